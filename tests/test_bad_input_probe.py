"""A hostile or careless user's input, as found by probing the command line: hostile folder and round
names come out escaped in every format, files the readers cannot read are one line each and change
nothing, a link loop is named, one file imported under several spellings of its path is one file, and
a person id given twice in one command writes nothing.

Every file here is small and synthetic, written by the test.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.store.dump import dump
from touchline.cli import cli
from touchline.store import open_store

# a Superliga file of two matches, read as Football.TXT (competition from the name, season from the title)
TXT = (
    "= DK 1 2019/20\n"
    "# Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)\n"
    "[Fri Jul/12]\n"
    "  Alpha FC v Beta FC 1-0\n"
    "[Sat Jul/13]\n"
    "  Gamma FC v Delta FC 2-2\n"
)
FORMATS = ("text", "csv", "wiki", "md", "html", "json")
# a folder name a spreadsheet would run, wikitext would break on, HTML would render and a terminal obey
HOSTILE = "=cmd|' C calc'!A0 <i>x<\\i> ]]}}|\x1b[31mred"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _json(round_: str, ft: str = "[1, 0]") -> str:
    """A football.json file of one match, its round and full-time score written as given."""
    return (
        '{"name": "Superliga 2019/20", "matches": [{"round": '
        + json.dumps(round_)
        + ', "date": "2019-07-12", "team1": "Alpha FC", "team2": "Beta FC", "score": {"ft": '
        + ft
        + "}}]}"
    )


def _store_dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with open_store(db) as store:
        return dump(store)


def test_a_hostile_folder_name_is_escaped_where_a_match_cites_its_file(tmp_path: Path) -> None:
    # a data set named HOSTILE beside another: its file is cited as HOSTILE/dk.1.txt
    folder = tmp_path / HOSTILE
    folder.mkdir()
    (tmp_path / "another-data-set").mkdir()
    (folder / "dk.1.txt").write_text(TXT, encoding="utf-8")  # the season is the title's
    db = str(tmp_path / "s.sqlite")
    imported = _run("import", str(folder), "--db", db)
    assert imported.exit_code == 0, imported.output
    out = {f: _run("matches", "--club", "Alpha FC", "--db", db, "--format", f) for f in FORMATS}
    for f, result in out.items():
        assert result.exit_code == 0, (f, result.output)
        assert "\x1b" not in result.output, f
    # the source cell begins with the folder's "=": a spreadsheet must read it as text
    row = out["csv"].output.splitlines()[1]
    assert ",'=cmd" in row and ",=cmd" not in row
    assert "<nowiki>" in out["wiki"].output and "<i>" not in out["wiki"].output
    assert "&lt;i&gt;" in out["html"].output and "<i>" not in out["html"].output
    assert "=cmd\\|" in out["md"].output and "<i>" not in out["md"].output
    assert json.loads(out["json"].output)["matches"][0]["source"]["file"].startswith(HOSTILE)


def test_a_round_name_with_an_escape_never_reaches_the_output_raw(tmp_path: Path) -> None:
    (tmp_path / "d" / "2019-20").mkdir(parents=True)
    (tmp_path / "d" / "2019-20" / "dk.1.json").write_text(_json("Matchday\x1b[2J\x1b[31m 1"), encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    imported = _run("import", str(tmp_path / "d"), "--db", db)
    assert "\x1b" not in imported.output
    if imported.exit_code != 0:  # refusing the round is as good as escaping it: one line, file and line
        assert "dk.1.json:1: " in imported.output
        return
    for f in FORMATS:
        result = _run("matches", "--db", db, "--format", f)
        assert result.exit_code == 0, (f, result.output)
        assert "\x1b" not in result.output, f
        assert "Matchday" in result.output


@pytest.mark.parametrize(
    ("ft", "shown"),
    [("[NaN, 1]", "[NaN, 1]"), ("[1e400, 1]", "[Infinity, 1]"), ("[-1, 1]", "[-1, 1]"), ("[1.5, 1]", "[1.5, 1]")],
)
def test_a_json_score_that_is_no_whole_number_is_one_line_and_stores_nothing(
    tmp_path: Path, ft: str, shown: str
) -> None:
    (tmp_path / "d" / "2019-20").mkdir(parents=True)
    bad = tmp_path / "d" / "2019-20" / "dk.1.json"
    bad.write_text(_json("Matchday 1", ft), encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = _run("import", str(tmp_path / "d"), "--db", str(db))
    assert result.exit_code == 1
    assert f"dk.1.json:1: bad score {shown} in score.ft (expected two whole numbers such as [2, 1])" in result.output
    assert "Traceback" not in result.output
    assert _store_dump(db)["matches"] == []


def test_a_json_file_nested_too_deep_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "d" / "2019-20"
    folder.mkdir(parents=True)
    db = tmp_path / "s.sqlite"
    (folder / "dk.1.txt").write_text(TXT, encoding="utf-8")
    assert _run("import", str(tmp_path / "d"), "--db", str(db)).exit_code == 0
    before = _store_dump(db)
    (folder / "dk.1.json").write_text('{"name": "x", "matches": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = _run("import", str(tmp_path / "d"), "--db", str(db))
    assert result.exit_code == 1
    assert "dk.1.json:1: not readable JSON: nested too deep" in result.output
    assert "Traceback" not in result.output and "RecursionError" not in result.output
    assert _store_dump(db) == before


def test_a_link_loop_is_named_and_the_other_files_import(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "2019-20").mkdir(parents=True)
    (folder / "2019-20" / "dk.1.txt").write_text(TXT, encoding="utf-8")
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    db = tmp_path / "s.sqlite"
    result = _run("import", str(folder), "--db", str(db))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for name in ("a", "b"):
        assert any(line.startswith(f"error: {folder / name}: ") and "left out" in line for line in lines), lines
    assert "(1 imported" in result.output
    assert len(_store_dump(db)["matches"]) == 2


def test_one_file_under_every_spelling_of_its_path_is_imported_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "d" / "2019-20").mkdir(parents=True)
    (tmp_path / "d" / "2019-20" / "dk.1.txt").write_text(TXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "s.sqlite")
    assert _run("import", "d", "--db", db).exit_code == 0
    before = _store_dump(Path(db))
    for spelling in ("d/", "./d", str(tmp_path / "d"), "d/2019-20/dk.1.txt", str(tmp_path / "d/2019-20/dk.1.txt")):
        result = _run("import", spelling, "--db", db)
        assert result.exit_code == 0, (spelling, result.output)
        assert "(0 imported, 0 updated, 1 already imported, 0 rejected)" in result.output, spelling
        assert "matches: 0 new, 0 changed, 0 removed" in result.output
    assert _store_dump(Path(db)) == before


def _person(id_: str, name: str) -> str:
    return f'id = "{id_}"\nname = "{name}"\n\n[[spell]]\nteam = "Alpha FC"\nstart = 2019-07-01\nend = 2019-12-31\n'


def test_one_id_in_two_files_of_one_command_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "d" / "2019-20").mkdir(parents=True)
    (tmp_path / "d" / "2019-20" / "dk.1.txt").write_text(TXT, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    assert _run("import", str(tmp_path / "d"), "--db", str(db)).exit_code == 0
    first, second = tmp_path / "first.toml", tmp_path / "second.toml"
    first.write_text(_person("probe-one", "Probe One"), encoding="utf-8")
    second.write_text(_person("probe-one", "Probe Two"), encoding="utf-8")
    before = _store_dump(db)
    result = _run("people", "import", str(first), str(second), "--db", str(db))
    assert result.exit_code == 1
    assert result.output == f"Error: {second}: id = 'probe-one' is also the id in {first} (one id, one person)\n"
    assert _store_dump(db) == before
    # the first alone goes in, and again changes nothing
    assert _run("people", "import", str(first), "--db", str(db)).exit_code == 0
    loaded = _store_dump(db)
    assert _run("people", "import", str(first), "--db", str(db)).exit_code == 0
    assert _store_dump(db) == loaded


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("manager", "\x1b[31mX"), "Error: no person '\\x1b[31mX'"),
        (("matches", "--club", "\x1b[2J\x1b[31mX"), "Error: no club '\\x1b[2J\\x1b[31mX'"),
        (("table", "dk.1\x1b[31m", "2019-20"), "Error: no competition 'dk.1\\x1b[31m'"),
    ],
)
def test_an_argument_with_terminal_codes_is_quoted_escaped_in_one_line(
    tmp_path: Path, args: tuple[str, ...], line: str
) -> None:
    (tmp_path / "d" / "2019-20").mkdir(parents=True)
    (tmp_path / "d" / "2019-20" / "dk.1.txt").write_text(TXT, encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    assert _run("import", str(tmp_path / "d"), "--db", db).exit_code == 0
    result = _run(*args, "--db", db)
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert len(result.output.splitlines()) == 1
    assert result.output.startswith(line)
