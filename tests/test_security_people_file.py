"""Security: a people file written by ``touchline people from-article`` carries no raw control character,
C1 control or bidirectional override (in its comments or its strings), reads back as the article's text,
and person files holding control characters are refused with one line naming the file and the field."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from touchline.api.people import Teams
from touchline.article.parse import parse_article
from touchline.article.spells import article_spells, people_file
from touchline.cli import cli
from touchline.errors import DataError
from touchline.reference.people import load_file
from touchline.store import open_store

# what a terminal or a browser acts on: C0 but newline, DEL, C1, bidirectional marks, overrides, isolates
RAW = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

TITLE = "Jo Normal \x1b]0;pwned\x07\u009b2J\u202eX"
TEAM = "Normal \x1b[31mFC\u009b31m \u202eRTL\u2066"


def _article(title: str, team: str) -> str:
    return f"""= {title} =

Jo Normal (born 21 February 1970) is a manager.

==Managerial statistics==

| Team | From | To |
| {team} | 1 August 2014 | 25 August 2014 |
| Total | | |
"""


def _people_file(tmp_path: Path, title: str, team: str) -> str:
    article = parse_article(_article(title, team), str(tmp_path / "article.txt"))
    with open_store(tmp_path / "empty.sqlite") as store:
        spells = article_spells(article, Teams(store))
    return people_file(article, spells, keep_unknown=True)


def test_from_article_writes_no_raw_control_character(tmp_path: Path) -> None:
    text = _people_file(tmp_path, TITLE, TEAM)
    assert not RAW.search(text), [m.group() for m in RAW.finditer(text)]
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    # the comments quote the title and the label, escaped as the terminal formats show them
    assert any("Jo Normal \\x1b]0;pwned\\x07\\x9b2J\\u202eX" in line for line in comments)
    assert any("Normal \\x1b[31mFC\\x9b31m \\u202eRTL\\u2066 | 1 August 2014" in line for line in comments)
    # the strings are \\u escapes that read back as the article's text, exactly
    data = tomllib.loads(text)
    assert data["name"] == TITLE
    assert data["spell"][0]["team"] == TEAM
    assert '"Jo Normal \\u001b]0;pwned\\u0007\\u009b2J\\u202eX"' in text


def test_a_bidirectional_name_round_trips_through_the_importer(tmp_path: Path) -> None:
    title = "Jo \u202eNormal\u202c \u2067X\u2069"
    team = "Normal \u200fFC\u061c \u202aX\u202c"
    text = _people_file(tmp_path, title, team)
    assert not RAW.search(text)
    path = tmp_path / "jo.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path)
    assert loaded.person.name == title
    assert loaded.entries[0].team == team


def test_a_written_file_with_an_escape_is_refused_by_its_field_not_its_syntax(tmp_path: Path) -> None:
    path = tmp_path / "jo.toml"
    path.write_text(_people_file(tmp_path, TITLE, "Normal FC"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_file(path)
    assert (
        str(caught.value) == f"{path}: name holds a control character U+001B at position 11 (write the text without it)"
    )


def test_from_article_then_import_through_the_cli(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(_article(TITLE, TEAM), encoding="utf-8")
    out = tmp_path / "jo.toml"
    db = str(tmp_path / "store.sqlite")
    open_store(db).close()
    runner = CliRunner()
    written = runner.invoke(
        cli, ["people", "from-article", str(article), "--keep-unknown", "--out", str(out), "--db", db]
    )
    assert written.exit_code == 0, written.output
    assert not RAW.search(out.read_text(encoding="utf-8"))
    imported = runner.invoke(cli, ["people", "import", str(out), "--db", db])
    assert imported.exit_code == 1
    assert imported.output == (
        f"Error: {out}: name holds a control character U+001B at position 11 (write the text without it)\n"
    )
    assert "Found invalid character" not in imported.output


PERSON = """id = "jo"
name = {name}
other_names = {other}
source = {source}

[[spell]]
team = {team}
start = 2014-08-01
label = {label}
note = {note}
"""
GOOD = {
    "name": '"Jo Normal"',
    "other": '["Normal"]',
    "source": '"a book"',
    "team": '"FC Augsburg"',
    "label": '"Augsburg"',
    "note": '"""two\nlines\tand a tab"""',
}


def _person(tmp_path: Path, **changes: str) -> Path:
    path = tmp_path / "jo.toml"
    path.write_text(PERSON.format(**{**GOOD, **changes}), encoding="utf-8")
    return path


def test_a_clean_person_file_still_loads(tmp_path: Path) -> None:
    loaded = load_file(_person(tmp_path))
    assert loaded.person.name == "Jo Normal" and loaded.spells[0].note == "two\nlines\tand a tab"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", '"Jo\\rNormal"', "{path}: name holds a control character U+000D at position 3"),
        ("name", '"Jo \\u0007Normal"', "{path}: name holds a control character U+0007 at position 4"),
        ("other", '["\\u001b[31mNormal"]', "{path}: other_names holds a control character U+001B at position 1"),
        ("source", '"a \\u009b book"', "{path}: source holds a control character U+009B at position 3"),
        ("team", '"FC\\tAugsburg"', "{path}:6: team holds a control character U+0009 at position 3"),
        ("label", '"Augsburg\\u001b]0;x\\u0007"', "{path}:6: label holds a control character U+001B at position 9"),
        ("note", '"note \\u001b[2J cleared"', "{path}:6: note holds a control character U+001B at position 6"),
        ("note", '"note\\rhidden"', "{path}:6: note holds a control character U+000D at position 5"),
    ],
)
def test_control_characters_in_a_person_file_are_refused(tmp_path: Path, field: str, value: str, message: str) -> None:
    path = _person(tmp_path, **{field: value})
    with pytest.raises(DataError) as caught:
        load_file(path)
    assert str(caught.value) == message.format(path=path) + " (write the text without it)"
    assert "\n" not in str(caught.value)
