"""The league-table view: a computed table as a Report, in every output format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from touchline.compute.tables import LeagueTable, league_table
from touchline.reference.rules import rules_for
from touchline.render import FORMATS, render
from touchline.sources import detect
from touchline.views.table import goal_difference, table_report, table_title

GOLDEN = Path(__file__).parent / "golden"
WFB = "worldfootball-cache.wfb.txt"


def table(data: Path, relative: str, stage: str | None = None) -> LeagueTable:
    path = data / relative
    reader = detect(path)
    assert reader is not None
    matches = list(reader.read(path))
    return league_table(matches, rules_for(matches[0].competition, matches[0].season), stage=stage)


def test_goal_difference_as_an_encyclopedia_prints_it() -> None:
    assert [goal_difference(n) for n in (65, 0, -32)] == ["+65", "0", "\u221232"]


def test_columns_are_those_of_a_season_article(data: Path) -> None:
    report = table_report(table(data, f"{WFB}/2023-24/de.1.txt"))
    assert [c.title for c in report.columns] == ["Pos", "Team", "Pld", "W", "D", "L", "GF", "GA", "GD", "Pts"]
    assert report.title == "Bundesliga 2023-24"
    assert report.rows[0]["club"] == "Bayer Leverkusen"
    assert report.rows[0]["gd"] == "+65"


@pytest.mark.parametrize(
    ("name", "relative", "stage", "fmt"),
    [
        ("bundesliga-2023-24.wiki", f"{WFB}/2023-24/de.1.txt", None, "wiki"),
        ("belgium-2018-19-playoff-i.wiki", f"{WFB}/2018-19/be.1.txt", "Playoff I", "wiki"),
        ("belgium-2018-19-playoff-i.txt", f"{WFB}/2018-19/be.1.txt", "Playoff I", "text"),
        ("superliga-2017-18-relegation.md", f"{WFB}/2017-18/dk.1.txt", "Relegation", "md"),
    ],
)
def test_golden_output(
    data: Path, name: str, relative: str, stage: str | None, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # the text renderer follows the terminal's width
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert render(table_report(table(data, relative, stage)), fmt) == expected


def test_every_format_renders_and_json_carries_the_numbers(data: Path) -> None:
    report = table_report(table(data, f"{WFB}/2019-20/be.1.txt"), form=True)
    for fmt in FORMATS:
        assert "Club Brugge KV" in render(report, fmt)
    payload = json.loads(render(report, "json"))
    assert payload["champion"] == "Club Brugge"
    assert payload["rows"][0]["points"] == 70
    assert payload["rows"][0]["gd"] == 44
    assert "Form" in [c.title for c in report.columns]
    assert render(report, "csv").splitlines()[0].startswith("position,club,played,won,drawn,lost,gf,ga,gd,points")


def test_deductions_are_footnotes_on_their_rows(data: Path) -> None:
    report = table_report(table(data, "worldfootball-cache-full/2023-24/eng.1.txt"))
    everton = next(row for row in report.rows if row["club"] == "Everton FC")
    forest = next(row for row in report.rows if row["club"] == "Nottingham Forest")
    assert everton["_note"] == "1,2,3"
    assert forest["_note"] == "4"
    assert "4 points deducted" in report.notes[3]


def test_titles_say_what_the_table_is(data: Path) -> None:
    import datetime as dt

    path = data / f"{WFB}/2018-19/be.1.txt"
    reader = detect(path)
    assert reader is not None
    matches = list(reader.read(path))
    rules = rules_for("be.1", "2018-19")
    at = league_table(matches, rules, as_of=dt.date(2018, 12, 31), venue="home")
    assert table_title(at) == "Belgian First Division A 2018-19, home table, as of 2018-12-31"
    assert table_title(league_table(matches, rules, matchday=3)) == "Belgian First Division A 2018-19, after matchday 3"
