"""Bad person files: every problem named with its file and line, and nothing written."""

# ruff: noqa: E501  (exact messages read best one a line)

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from touchline.store import open_store

BAD = Path(__file__).parent / "fixtures" / "bad-people"
PEOPLE = Path(__file__).parent.parent / "touchline" / "data" / "people"

# file -> the message after "Error: FILE" (":LINE: reason" or ": reason")
MESSAGES = {
    "ambiguous_team.toml": ":4: no single club named 'Brugge' (did you mean: Club Brugge KV (BEL) = bel-club-brugge-kv, Cercle Brugge (BEL) = bel-cercle-brugge, or write its id as team = \"...\"?)",
    "bad_ended.toml": ":4: ended = 'fired' is not one of sacked, resigned, contract_ended, mutual_consent, moved, retired, caretaker_ended, unknown",
    "bad_role.toml": ":4: role 'chairman' is not one of player, head_coach, caretaker, assistant",
    "empty.toml": ': missing id = "..."',
    "empty_team.toml": ':4: spell without team = "..."',
    "ends_before_start.toml": ":4: spell at KAA Gent ends 2018-10-01 before it starts 2018-10-10",
    # a contract's end is a plan, not a fact: the record would run to a day that has not come
    "ends_after_today.toml": f":4: spell at KAA Gent: end = 2099-06-30 is after today ({dt.date.today()}): leave end out for a spell that goes on",
    "id_not_a_slug.toml": ": id = 'Test Person' must be a slug such as \"jess-thorup\" (a-z, 0-9, -)",
    "impossible_date.toml": ":6: Invalid date or datetime (write dates as 2013-06-01)",
    "latin1.toml": ":2: not UTF-8 text (byte 0xf8); re-save the file as UTF-8",
    "long_name.toml": ": name is 600 characters long or spans lines (at most 500, one line)",
    "malformed_toml.toml": ":4: Expected ']]' at the end of an array declaration",
    "missing_id.toml": ': missing id = "..."',
    "no_start.toml": ":4: spell at KAA Gent needs start = YYYY-MM-DD or start_year = YYYY",
    "no_team.toml": ':4: spell without team = "..."',
    "overlaps_another_coach.toml": ":4: spell at KAA Gent (2019-01-01..2019-06-30) overlaps jess-thorup's (2018-10-10..2020-08-20) by 181 days",
    "spell_not_a_table.toml": ": spell must be [[spell]] tables (see docs/people.md)",
    "unknown_key.toml": ": unknown key(s) shoe_size (see docs/people.md)",
    "unknown_spell_key.toml": ":4: unknown spell key(s) coach (see docs/people.md)",
    "unknown_team.toml": ":4: no club named 'Esbjerg Rovers' (did you mean: Esbjerg fB, Sligo Rovers, Blackburn Rovers?)",
    "year_before_year.toml": ":4: spell at KAA Gent ends in 2016 before it starts in 2018",
    "year_not_a_year.toml": ":4: start_year = 'two thousand' is not a year (write it as 2013)",
    # a caretaker spell inside his own head coach's spell: its matches would count twice
    "same_club_overlap.toml": ":9: coaching spell at Brøndby IF (2012-08-01..2012-11-01) overlaps the one at Brøndby IF (2011-03-14..2013-01-01) by 93 days",
    # a spell given as one year counts all of it: the days of another spell that year would count twice
    "one_year_overlaps_dated.toml": ":9: coaching spell at Borussia Dortmund (1976-07-01..1978-04-30) overlaps the one at Werder Bremen (1976..1976) in 1976 (a spell given as one year counts all of it: give its days)",
    "years_overlap.toml": ":9: coaching spell at Aarhus GF (2012..2013) overlaps the one at Brøndby IF (2011..2014) in 2012-2013",
    "born_after_spell.toml": ":5: spell at Brøndby IF starts 1985-03-14, before Test Person was born (1990-01-01)",
    "date_and_year_disagree.toml": ":4: start = 2013-03-14 and start_year = 2012 disagree (give one of them)",
    # the first match in charge is a day of the spell
    "first_match_outside.toml": ":4: spell at KAA Gent: first_match = 2018-10-01 is not within 2018-10-10..2019-06-30",
    # a spell in years spans them whole: a last match inside them is taken, one after them is not
    "last_match_outside_years.toml": ":4: spell at KAA Gent: last_match = 2020-02-01 is not within 2018..2019",
    # a club outside the data is named with its country, its id made of both
    "outside_data_without_country.toml": ':4: spell at Al-Shabab: outside_data needs the club\'s country = "..."',
    "last_match_before_first.toml": ":4: spell at KAA Gent: last_match = 2018-10-15 is before first_match = 2018-10-20",
    "year_1700.toml": ":4: start = 1700-03-14 is not a date of football's (1850 to 2100)",
    # another file's person: never replaced in silence
    "id_taken.toml": ": id = 'jess-thorup' is already Jess Thorup's, imported from jess-thorup.toml: give this person another id, or run `touchline people remove jess-thorup` first",
}  # fmt: skip


@pytest.fixture(scope="module")
def store(focused_db: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the focused store with Jess Thorup in it."""
    path = tmp_path_factory.mktemp("people") / "s.sqlite"
    path.write_bytes(Path(focused_db).read_bytes())
    return path


def _people(path: Path) -> tuple[object, ...]:
    """What a person import can change: the people and spells tables."""
    with open_store(path) as store:
        return tuple(store.query(f"SELECT * FROM {table} ORDER BY 1, 2") for table in ("people", "spells"))


def _import(path: Path, store: Path) -> subprocess.CompletedProcess[str]:
    """``touchline people import PATH`` into ``store``, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "touchline", "people", "import", str(path), "--db", str(store)],
        capture_output=True,
        text=True,
    )


def test_the_corpus_is_covered() -> None:
    assert sorted(p.name for p in BAD.glob("*.toml")) == sorted([*MESSAGES, "overlapping_own_spells.toml"])


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_a_bad_person_file_is_one_line_and_writes_nothing(store: Path, name: str) -> None:
    snapshot = _people(store)
    path = BAD / name
    result = _import(path, store)
    assert (result.returncode, result.stderr) == (1, f"Error: {path}{MESSAGES[name]}\n")
    assert _people(store) == snapshot


def test_every_problem_of_a_file_is_reported_at_once(store: Path) -> None:
    path = BAD / "overlapping_own_spells.toml"
    result = _import(path, store)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}: 3 problems:",
        f"  {path}:4: spell at KAA Gent (2018-10-10..2020-08-20) overlaps jess-thorup's (2018-10-10..2020-08-20) by 681 days",
        f"  {path}:9: coaching spell at KRC Genk (2020-07-01..2020-11-02) overlaps the one at KAA Gent (2018-10-10..2020-08-20) by 51 days",
        f"  {path}:9: spell at KRC Genk (2020-07-01..2020-11-02) overlaps jess-thorup's (2020-09-24..2020-11-02) by 40 days",
    ]


def test_unreadable_spells_and_unknown_clubs_are_reported_together(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "multi.toml"
    path.write_text(
        'id = "multi"\nname = "Multi"\n\n[[spell]]\nteam = "Esbjerg Rovers"\nstart = 2011-03-14\n\n'
        '[[spell]]\nteam = "Esbjerg fB"\nrole = "manager"\nstart = 2014-03-14\n',
        encoding="utf-8",
    )
    result = _import(path, store)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"Error: {path}: 2 problems:"
    assert [line.split(": ", 1)[0] for line in lines[1:]] == [
        f"  {path}:4",  # the unknown club
        f"  {path}:8",  # the unknown role
    ]


def test_a_national_team_may_be_coached_beside_a_club(store: Path, tmp_path: Path) -> None:
    # Hiddink coached Russia and, as caretaker, Chelsea in 2009; here: Denmark's under-21s beside Esbjerg
    path = tmp_path / "both.toml"
    path.write_text(
        'id = "two-jobs"\nname = "Two Jobs"\n\n'
        '[[spell]]\nteam = "Denmark U21"\nstart = 2016-01-01\nend = 2017-06-30\n\n'
        '[[spell]]\nteam = "Esbjerg fB"\nrole = "caretaker"\nstart = 2016-03-01\nend = 2016-04-01\n',
        encoding="utf-8",
    )
    result = _import(path, store)
    assert (result.returncode, result.stdout.strip()) == (0, f"Two Jobs: 2 spells ({path})")


def test_a_spell_in_years_takes_a_last_match_within_them(store: Path, tmp_path: Path) -> None:
    # Chapman managed Arsenal from 1925 until his death on 6 January 1934, his last match on 30 December
    # 1933 (Arsenal History Society): a spell in years with a last match inside them
    path = tmp_path / "years.toml"
    path.write_text(
        'id = "in-years"\nname = "In Years"\n\n'
        '[[spell]]\nteam = "KAA Gent"\nstart_year = 2018\nend = 2019-06-30\nlast_match = 2019-05-26\n',
        encoding="utf-8",
    )
    result = _import(path, store)
    assert (result.returncode, result.stdout.strip()) == (0, f"In Years: 1 spell ({path})")


def test_files_imported_together_are_checked_against_each_others_new_versions(store: Path, tmp_path: Path) -> None:
    # Luis Enrique's Celta end corrected to 18 May 2014 and Berizzo's start of 19 May, brought in together:
    # the store's old end (30 June) is no longer anyone's
    def person(name: str, start: str, end: str) -> Path:
        path = tmp_path / f"{name}.toml"
        path.write_text(
            f'id = "{name}"\nname = "{name.title()}"\n\n[[spell]]\nteam = "Brøndby IF"\nstart = {start}\nend = {end}\n',
            encoding="utf-8",
        )
        return path

    work = tmp_path / "s.sqlite"
    work.write_bytes(store.read_bytes())
    assert _import(person("before", "2010-07-01", "2011-06-30"), work).returncode == 0
    after = person("after", "2011-05-19", "2012-06-30")
    alone = _import(after, work)
    assert alone.returncode == 1 and "overlaps before's (2010-07-01..2011-06-30) by 43 days" in alone.stderr
    together = subprocess.run(
        [sys.executable, "-m", "touchline", "people", "import", str(after), str(person("before", "2010-07-01", "2011-05-18")),
         "--db", str(work)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert together.returncode == 0, together.stderr
    # two new files of one import that overlap each other are still refused, and nothing is written
    snapshot = _people(work)
    clash = subprocess.run(
        [sys.executable, "-m", "touchline", "people", "import", str(person("third", "2012-07-01", "2013-06-30")),
         str(person("fourth", "2013-01-01", "2013-12-31")), "--db", str(work)],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert clash.returncode == 1 and "third.toml:4: spell at Brøndby IF" in clash.stderr
    assert "overlaps fourth's (2013-01-01..2013-12-31)" in clash.stderr
    assert _people(work) == snapshot
