"""The command line: help on every command, errors as one line, tables and positions from the real data."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from touchline.cli import cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchline", *args], capture_output=True, text=True)


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", commands(cli))
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    group: click.Command = cli
    for name in path:
        assert isinstance(group, click.Group)
        group = group.commands[name]
    assert group.help and group.help.strip(), f"{' '.join(path)} has no help"
    assert "Usage:" in result.output


def test_python_dash_m_works() -> None:
    result = run("--help")
    assert result.returncode == 0 and "managerial records" in result.stdout


def test_positions_match_the_biography(focused_db: str) -> None:
    result = run("manager", "Jess Thorup", "--db", focused_db, "--format", "json", "--positions")
    spells = {s["team"]["label"]: s for s in json.loads(result.stdout)["spells"]}

    def places(label: str) -> tuple[object, ...]:
        positions = spells[label]["positions"]
        arrival = positions["arrival"]["position"] if positions["arrival"] else None
        ends = [(e["season"], e["stage"], e["position"]) for e in positions["season_ends"]]
        return arrival, ends

    # "Thorup took over the club in 15th place and managed to guide them to an 11th place in his first
    # season. In the 2024-25 Bundesliga season, he guided the team to a 12th place."
    assert places("FC Augsburg") == (15, [("2023-24", None, 11), ("2024-25", None, 12)])
    # Gent: "leaving the Buffalos seventh", "finishing fifth" in the play-offs, "lying second" when
    # 2019-20 was stopped
    assert places("Gent") == (7, [("2018-19", "Playoff I", 5), ("2019-20", None, 2)])
    # Copenhagen: third in his first season, champions in 2021-22
    assert places("Copenhagen")[1] == [("2020-21", "Championship", 3), ("2021-22", "Championship", 1)]
    # Midtjylland: champions 2017-18; he arrived before the 2015-16 season had started
    assert places("FC Midtjylland") == (
        None,
        [("2015-16", None, 3), ("2016-17", "Championship", 4), ("2017-18", "Championship", 1)],
    )


def test_table_command(focused_db: str) -> None:
    result = run("table", "de.1", "2023-24", "--as-of", "2023-10-14", "--db", focused_db, "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "position,club,played,won,drawn,lost,gf,ga,gd,points"
    # Augsburg were 15th when Thorup took over on 15 October 2023
    assert lines[15] == "15,FC Augsburg,7,1,2,4,10,17,−7,5"


def test_table_errors_name_the_argument(focused_db: str) -> None:
    result = run("table", "de.1", "2031-32", "--db", focused_db)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: no season of de.1 '2031-32' (did you mean: 2025-26")
    result = run("table", "Bundesliag", "2023-24", "--db", focused_db)
    assert result.returncode == 1
    assert result.stderr == "Error: no competition 'Bundesliag' (did you mean: Bundesliga, 2. Bundesliga?)\n"


def test_unknown_club_lists_close_names(focused_db: str) -> None:
    result = run("matches", "--club", "Augsberg", "--db", focused_db)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: no club 'Augsberg' (did you mean: ")
    assert "FC Augsburg" in result.stderr and result.stderr[-1] == "\n" and result.stderr.count("\n") == 1


def test_bad_date_is_a_usage_error(focused_db: str) -> None:
    result = run("matches", "--from", "2023-13-01", "--db", focused_db)
    assert result.returncode == 2
    assert "'2023-13-01' is not a date (expected YYYY-MM-DD)" in result.stderr


def test_public_api_is_complete_and_importable() -> None:
    import touchline

    for name in touchline.__all__:
        assert getattr(touchline, name) is not None
    # every public name is also what the defining module exports under that name
    assert touchline.open_store is __import__("touchline.store", fromlist=["open_store"]).open_store


def test_all_lists_every_export() -> None:
    import touchline

    assert touchline.__all__ == sorted(touchline._EXPORTS)


def test_every_figure_equals_the_sum_over_its_listed_matches(focused_db: str) -> None:
    result = run("manager", "Jess Thorup", "--matches", "--by", "season", "--db", focused_db, "--format", "json")
    payload = json.loads(result.stdout)
    for spell in payload["spells"]:
        if spell["record"] is None:
            assert spell["coverage"] == "none" and spell["matches"] == []
            continue
        club = spell["team"]["id"]
        counted = [m for m in spell["matches"] if m["status"] in ("played", "awarded") and m["score"]["ft"]]
        won = drawn = lost = goals_for = goals_against = 0
        for m in counted:
            final = m["score"]["et"] or m["score"]["ft"]
            ours, theirs = final if m["home"]["id"] == club else final[::-1]
            goals_for, goals_against = goals_for + ours, goals_against + theirs
            won, drawn, lost = won + (ours > theirs), drawn + (ours == theirs), lost + (ours < theirs)
        record = spell["record"]
        assert (record["played"], record["won"], record["drawn"], record["lost"]) == (len(counted), won, drawn, lost)
        assert (record["goals_for"], record["goals_against"]) == (goals_for, goals_against)
        # the per-season rows add up to the spell
        seasons = spell["breakdown"].values()
        for key in ("played", "won", "drawn", "lost", "goals_for", "goals_against"):
            assert sum(s[key] for s in seasons) == record[key]
    augsburg = next(s for s in payload["spells"] if s["team"]["label"] == "FC Augsburg")
    assert sorted(augsburg["breakdown"]) == ["2023-24", "2024-25"]
    assert augsburg["breakdown"]["2023-24"]["played"] == 27  # Bundesliga from matchday 8; out of the cup already


def test_wikitext_is_a_sortable_table_with_footnotes(focused_db: str) -> None:
    result = run("manager", "Jess Thorup", "--db", focused_db, "--format", "wiki")
    text = result.stdout
    assert text.startswith('{| class="wikitable sortable"')
    assert '! Team !! From !! To !! data-sort-type="number" | G' in text
    assert "{{efn|name=n3|Denmark U-21: no data:" in text and text.rstrip().endswith("{{notelist}}")
    augsburg = (
        '| style="text-align: left" | FC Augsburg || 15 October 2023 || 23 May 2025 || 65 || 22 || 18 || 25 || 84 || 98'
    )
    assert augsburg + " || \u221214 || 33.85\n" in text
    assert "| 1 June 2013 || 12 July 2015 || colspan=\"8\" | ''no data''\n" in text
    assert "Pos. in" not in text  # wikitext keeps the biography table's shape


def test_positions_over_a_season(focused_db: str) -> None:
    result = run("positions", "Augsburg", "de.1", "2023-24", "--db", focused_db, "--format", "json")
    positions = json.loads(result.stdout)["positions"]
    assert len(positions) == 34
    # 15th after matchday 7, when Thorup took over; 11th at the end (checked against `touchline table`)
    assert positions[6] == {"matchday": "7", "position": 15}
    assert positions[-1] == {"matchday": "34", "position": 11}


def test_docs_cli_md_is_every_commands_help() -> None:
    from pathlib import Path

    from touchline.cli import reference

    written = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == reference(), "docs/cli.md is out of date: run `touchline cli-docs > docs/cli.md`"
