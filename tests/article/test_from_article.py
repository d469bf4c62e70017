"""`touchline people from-article`: the seed's spells become a people file that, imported into a copy of the
store, gives the same record table as the shipped jess-thorup.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.article.conftest import ARTICLES
from touchline.api.managers import manager_record
from touchline.api.people import Teams, import_people, remove_person
from touchline.article.parse import read_article
from touchline.article.spells import article_spells, people_file
from touchline.errors import DataError
from touchline.model import Role
from touchline.reference import load_toml
from touchline.store import open_store


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "touchline", *args], capture_output=True, text=True)


def _table(db: str) -> list[tuple[object, ...]]:
    with open_store(db, create=False) as store:
        result = manager_record(store, "Jess Thorup")
    return [
        (
            s.spell.label or s.team_name,
            s.spell.start,
            s.spell.end,
            s.coverage.value,
            s.record.played,
            s.record.won,
            s.record.drawn,
            s.record.lost,
            s.record.goals_for,
            s.record.goals_against,
        )
        for s in result.spells
    ]


def test_the_seed_makes_a_people_file_with_the_shipped_record_table(
    seed: Path, focused_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "thorup.toml"
    result = run("people", "from-article", str(seed), "--out", str(out), "--db", focused_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Jess Thorup: 9 managerial spells, 0 as player -> ")
    data = load_toml(out.read_text(encoding="utf-8"), str(out))
    spells = data["spell"]
    assert len(spells) == 9
    assert spells[0] == {
        "team": "Esbjerg fB",
        "role": "caretaker",
        "label": "Esbjerg fB (caretaker)",
        "start": __import__("datetime").date(2008, 11, 17),
        "end": __import__("datetime").date(2009, 1, 1),
        "ended": "caretaker_ended",
    }
    assert [s["role"] for s in spells].count("caretaker") == 1
    assert spells[-1]["label"] == "Al-Ahly" and "end" not in spells[-1]
    text = out.read_text(encoding="utf-8")
    assert "# not read: the infobox lists no clubs with years (playing career not read)" in text
    assert "# read as Al Ahly SC (egy-al-ahly-sc)" in text
    # imported into a copy of the store, it gives the shipped file's record table, spell by spell
    copy = str(tmp_path / "copy.sqlite")
    shutil.copy(focused_db, copy)
    shipped = _table(copy)
    with open_store(copy) as store:
        # the same person from another file: the shipped file's spells go first (an id is one file's)
        remove_person(store, "jess-thorup")
        import_people(store, [out])
    assert _table(copy) == shipped
    assert [row[4] for row in shipped] == [3, 45, 0, 154, 82, 5, 85, 65, 0]


def test_playing_spells_come_from_the_infobox_with_years(focused_db: str) -> None:
    article = read_article(ARTICLES / "juergen-klopp.wiki")
    with open_store(focused_db, create=False) as store:
        spells = article_spells(article, Teams(store))
    assert [(s.role, s.club, s.start_year) for s in spells if s.role is Role.PLAYER] == [
        (Role.PLAYER, "ger-1-fsv-mainz-05", 1990)
    ]
    coaching = [(s.label, s.club, str(s.start)) for s in spells if s.role is not Role.PLAYER]
    assert coaching == [
        ("Mainz 05", "ger-1-fsv-mainz-05", "28 February 2001"),
        ("Borussia Dortmund", "ger-borussia-dortmund", "1 July 2008"),
        ("Liverpool", "eng-liverpool-fc", "8 October 2015"),
    ]
    text = people_file(article, spells)
    assert 'team = "1. FSV Mainz 05"' in text and "start_year = 1990" in text and "end_year = 2001" in text


def test_an_unknown_club_is_one_line_naming_the_line(focused_db: str) -> None:
    path = ARTICLES / "unknown-club.txt"
    result = run("people", "from-article", str(path), "--db", focused_db)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {path}:9: no club named 'Esbjerg Rovers' (did you mean: Esbjerg fB")
    assert result.stderr.count("\n") == 1
    article = read_article(path)
    with open_store(focused_db, create=False) as store:
        spells = article_spells(article, Teams(store))
    with pytest.raises(DataError):
        people_file(article, spells)
    kept = people_file(article, spells, keep_unknown=True)
    assert 'team = "Esbjerg Rovers"' in kept and "# line 9: no club named 'Esbjerg Rovers'" in kept


@pytest.mark.parametrize("name", ["no-table.txt", "bad-shape.wiki", "bad-date.txt"])
def test_bad_articles_fail_in_one_line(name: str, focused_db: str) -> None:
    result = run("people", "from-article", str(ARTICLES / name), "--db", focused_db)
    assert result.returncode == 1 and result.stderr.startswith(f"Error: {ARTICLES / name}:")
    assert result.stderr.count("\n") == 1
