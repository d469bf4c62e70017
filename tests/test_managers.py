"""Managerial records from the real data: Jess Thorup's table, a published figure, properties, validation."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchline.api.importing import import_paths
from touchline.api.managers import Filters, manager_record
from touchline.api.people import import_people, remove_person
from touchline.compute.records import Record, Shootouts, record
from touchline.errors import DataError, NotFoundError
from touchline.model import Role, Spell
from touchline.reference.people import load_file
from touchline.store import Store, open_store
from touchline.store.read import find_club, matches
from touchline.store.records import window_records

SEED_ORDER = [
    ("Esbjerg fB (caretaker)", "2008-11-17", "2009-01-01"),
    ("Esbjerg fB", "2011-03-14", "2013-06-01"),
    ("Denmark U-21", "2013-06-01", "2015-07-12"),
    ("FC Midtjylland", "2015-07-12", "2018-10-10"),
    ("Gent", "2018-10-10", "2020-08-20"),
    ("Genk", "2020-09-24", "2020-11-02"),
    ("Copenhagen", "2020-11-02", "2022-09-20"),
    ("FC Augsburg", "2023-10-15", "2025-05-23"),
    ("Al-Ahly", "2025-10-08", None),
]


def cli_json(db: str, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "touchline", *args, "--db", db, "--format", "json"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    payload: dict[str, object] = json.loads(result.stdout)
    return payload


def test_thorup_table_lists_the_seed_spells_in_order(focused_db: str) -> None:
    payload = cli_json(focused_db, "manager", "Jess Thorup")
    spells = payload["spells"]
    assert isinstance(spells, list)
    assert [(s["team"]["label"], s["from"], s["to"]) for s in spells] == SEED_ORDER
    coverage = {s["team"]["label"]: s["coverage"] for s in spells}
    assert coverage["Denmark U-21"] == "none" and coverage["Al-Ahly"] == "none"
    assert all(s["record"] is None for s in spells if s["coverage"] == "none")  # "no data", never zeros
    assert coverage["Gent"] == coverage["Genk"] == coverage["FC Augsburg"] == "full"
    # partial: the Danish Cup (and the 1st Division season 2011-12) are not in the data
    assert coverage["FC Midtjylland"] == coverage["Copenhagen"] == coverage["Esbjerg fB"] == "partial"
    esbjerg = next(s for s in spells if s["team"]["label"] == "Esbjerg fB")
    assert "no league matches of this team in 2011-12" in " ".join(esbjerg["gaps"])
    total = payload["total"]
    rows = [s["record"] for s in spells if s["record"]]
    for key in ("played", "won", "drawn", "lost", "goals_for", "goals_against"):
        assert total[key] == sum(r[key] for r in rows)


def test_published_superliga_record_before_midtjylland(focused_db: str) -> None:
    # B.T. (Danish newspaper, 13 July 2015): Thorup's Superliga record before FC Midtjylland was
    # 48 games, 18 wins, 14 draws, 16 losses, goals 55-49 (68 points), across both Esbjerg spells.
    payload = cli_json(focused_db, "manager", "Jess Thorup", "--competition", "dk.1", "--to", "2015-07-12")
    total = payload["total"]
    assert (total["played"], total["won"], total["drawn"], total["lost"]) == (48, 18, 14, 16)
    assert (total["goals_for"], total["goals_against"]) == (55, 49)
    assert 3 * total["won"] + total["drawn"] == 68
    spells = payload["spells"]
    assert [s["team"]["label"] for s in spells] == ["Esbjerg fB (caretaker)", "Esbjerg fB", "Denmark U-21"]


def test_genk_spell_match_list_checked_by_hand(focused: Store) -> None:
    # Genk, 24 September to 2 November 2020: five Pro League games, checked by hand against
    # worldfootball's and openfootball's be.1 2020-21 files (both sources agree).
    result = manager_record(focused, "Thorup")
    genk = next(s for s in result.spells if s.spell.label == "Genk")
    assert [(m.date.isoformat(), m.home, str(m.final), m.away) for m in genk.matches] == [
        ("2020-09-28", "KRC Genk", "2-2", "KV Oostende"),
        ("2020-10-03", "Waasland-Beveren", "1-1", "KRC Genk"),
        ("2020-10-18", "KRC Genk", "2-1", "Sporting Charleroi"),
        ("2020-10-26", "KAA Gent", "1-2", "KRC Genk"),
        ("2020-10-30", "KRC Genk", "4-0", "KAS Eupen"),
    ]
    assert genk.record == Record(5, 3, 2, 0, 11, 5)


def test_shootouts_setting(focused: Store) -> None:
    # Augsburg won the 2024-25 cup tie at Karlsruhe 5-4 on penalties after 2-2: a draw by default
    as_draw = manager_record(focused, "Jess Thorup", Filters(competitions=("de.cup",)))
    as_result = manager_record(focused, "Jess Thorup", Filters(competitions=("de.cup",), shootouts=Shootouts.RESULT))
    draw = next(s.record for s in as_draw.spells if s.spell.label == "FC Augsburg")
    won = next(s.record for s in as_result.spells if s.spell.label == "FC Augsburg")
    assert (draw.played, draw.won, draw.drawn, draw.lost, draw.goals_for, draw.goals_against) == (4, 2, 1, 1, 9, 4)
    assert (won.won, won.drawn) == (3, 0) and won.goals_for == draw.goals_for


def test_lookup_is_forgiving_and_errors_list_candidates(focused: Store) -> None:
    person = manager_record(focused, "jess thorup").person
    assert person.id == "jess-thorup" and person.birth_date == dt.date(1970, 2, 21)
    assert person.source is not None and "seed" in person.source
    assert manager_record(focused, "THORUP").person.id == "jess-thorup"
    with pytest.raises(NotFoundError, match=r"no person 'Jess Thorp' \(did you mean: Jess Thorup\?\)"):
        manager_record(focused, "Jess Thorp")


def test_unknown_manager_is_a_one_line_error(focused_db: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "touchline", "manager", "Pep Nobody", "--db", focused_db], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == "Error: no person 'Pep Nobody'\n"


def _spells(store: Store) -> st.SearchStrategy[Spell]:
    clubs = [row[0] for row in store.query("SELECT id FROM clubs WHERE known ORDER BY id")]
    days = st.dates(dt.date(2008, 7, 1), dt.date(2025, 6, 30))
    return st.builds(
        lambda club, a, b: Spell("p", club, Role.HEAD_COACH, min(a, b), max(a, b)),
        st.sampled_from(clubs),
        days,
        days,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_records_equal_the_sum_over_their_match_lists(focused: Store, data: st.DataObject) -> None:
    spell = data.draw(_spells(focused))
    found = matches(focused, club=spell.team, date_from=spell.start, date_to=spell.end)
    total = record(found, spell.team)
    assert total.won + total.drawn + total.lost == total.played
    assert total.goals_for - total.goals_against == total.goal_difference
    # the record is the sum of one-match records, and of per-season records
    assert sum((record([m], spell.team) for m in found), Record()) == total
    seasons = {m.season for m in found}
    assert sum((record([m for m in found if m.season == s], spell.team) for s in seasons), Record()) == total
    assert total.played == sum(1 for m in found if m.counts)


def _person(path: Path, body: str) -> Path:
    path.write_text('id = "test-person"\nname = "Test Person"\n' + body, encoding="utf-8")
    return path


SPELL = '\n[[spell]]\nteam = "{team}"\nrole = "head_coach"\nstart = {start}\nend = {end}\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            SPELL.format(team="KAA Gent", start="2018-10-10", end="2018-10-01"),
            r"/test.toml:4: spell at KAA Gent ends 2018-10-01 before it starts 2018-10-10$",
        ),
        (SPELL.format(team="KAA Gent", start="2018-02-30", end="2020-08-20"), r"test.toml:7: Invalid date"),
        (
            '\n[[spell]]\nteam = "KAA Gent"\nstart_year = "two thousand"\n',
            r"/test.toml:4: start_year = 'two thousand' is not a year \(write it as 2013\)$",
        ),
        ('\n[[spell]]\nteam = "KAA Gent"\nstart = 2018-10-10\ncoach = "x"\n', r"unknown spell key\(s\) coach"),
    ],
)
def test_person_file_validation(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        load_file(_person(tmp_path / "test.toml", body))


@pytest.fixture(scope="module")
def small_store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the Superliga 2020-21 and the Belgian First Division A 2018-19 and 2020-21."""
    path = tmp_path_factory.mktemp("people") / "s.sqlite"
    with open_store(path) as store:
        import_paths(
            store,
            [
                data / f"worldfootball-cache.wfb.txt/{s}"
                for s in ("2020-21/dk.1.txt", "2018-19/be.1.txt", "2020-21/be.1.txt")
            ],
        )
    return path


def test_spells_name_any_club_in_the_store_and_every_bad_one_is_reported_at_once(
    small_store: Path, tmp_path: Path
) -> None:
    body = (
        SPELL.format(team="Esbjerg Rovers", start="2011-03-14", end="2013-06-01")
        + SPELL.format(team="Vejle Boldklub", start="2014-01-01", end="2014-06-30")
        + SPELL.format(team="KAA Gent", start="2018-10-10", end="2020-08-20")
        + SPELL.format(team="KRC Genk", start="2020-07-01", end="2020-11-02")
    )
    with open_store(small_store) as store, pytest.raises(DataError) as caught:
        import_people(store, [_person(tmp_path / "test.toml", body)])
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{tmp_path / 'test.toml'}: 3 problems:"
    assert lines[1] == f"  {tmp_path / 'test.toml'}:4: no club named 'Esbjerg Rovers' (did you mean: Esbjerg fB?)"
    assert lines[2].startswith(f"  {tmp_path / 'test.toml'}:10: no club named 'Vejle Boldklub' (did you mean: ")
    assert "Vejle BK" in lines[2]
    assert lines[3] == (
        f"  {tmp_path / 'test.toml'}:22: coaching spell at KRC Genk (2020-07-01..2020-11-02) overlaps the one at "
        "KAA Gent (2018-10-10..2020-08-20) by 51 days"
    )
    # a club the store has but the registry does not review: any club in the store will do
    fine = SPELL.format(team="Lyngby Boldklub", start="2020-07-01", end="2021-06-30")
    with open_store(small_store) as store:
        [loaded] = import_people(store, [_person(tmp_path / "fine.toml", fine.replace("Lyngby Boldklub", "Lyngby BK"))])
        assert loaded.spells[0].team == "den-lyngby-bk"
        remove_person(store, "test-person")


def test_overlap_with_another_coach_at_the_club_writes_nothing(tmp_path: Path, data: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        import_people(store, [Path(__file__).parent.parent / "touchline/data/people/jess-thorup.toml"])
        before = store.query("SELECT COUNT(*) FROM spells")
        body = SPELL.format(team="KAA Gent", start="2019-01-01", end="2019-06-30")
        with pytest.raises(DataError, match=r"test.toml:4: spell at KAA Gent .* overlaps jess-thorup's .* by 181 days"):
            import_people(store, [_person(tmp_path / "test.toml", body)])
        assert store.query("SELECT COUNT(*) FROM spells") == before
        assert store.scalar("SELECT COUNT(*) FROM people WHERE id = 'test-person'") == 0


def test_end_day_match_belongs_to_a_successor_starting_that_day(tmp_path: Path, data: Path) -> None:
    # Gent lost 2-1 at Sint-Truiden on Sunday 9 August 2020. With Thorup's spell ending that day the
    # match is his, unless a successor's spell at Gent starts that same day: then it is the successor's.
    with open_store(tmp_path / "s.sqlite") as store:
        import_paths(store, [data / "worldfootball-cache.wfb.txt/2020-21/be.1.txt"])
        original = Path(__file__).parent.parent / "touchline/data/people/jess-thorup.toml"
        thorup = tmp_path / "thorup.toml"
        thorup.write_text(original.read_text(encoding="utf-8").replace("end = 2020-08-20", "end = 2020-08-09"))
        import_people(store, [thorup])
        since = Filters(date_from=dt.date(2020, 8, 1))

        def gent(name: str) -> list[str]:
            spells = manager_record(store, name, since).spells
            return [m.date.isoformat() for s in spells if s.spell.team == "bel-kaa-gent" for m in s.matches]

        assert gent("Thorup") == ["2020-08-09"]
        successor = SPELL.format(team="KAA Gent", start="2020-08-09", end="2020-08-16")
        import_people(store, [_person(tmp_path / "successor.toml", successor)])
        assert gent("Thorup") == []
        assert gent("Test Person") == ["2020-08-09", "2020-08-15"]
        # a successor appointed that day whose first match in charge came later leaves the day's match
        # to the one who took it
        late = successor.replace("end = 2020-08-16", "first_match = 2020-08-15\nend = 2020-08-16")
        import_people(store, [_person(tmp_path / "successor.toml", late)])
        assert gent("Thorup") == ["2020-08-09"]
        assert gent("Test Person") == ["2020-08-15"]


def test_a_record_counts_to_the_last_match_in_charge(tmp_path: Path, data: Path) -> None:
    # a manager suspended before his spell ended (Bielsa at Lille, 2017): matches after his last one
    # in charge are not his, though the spell runs on (Gent: Sint-Truiden away on 9 August, Mouscron at
    # home on 15 August 2020)
    with open_store(tmp_path / "s.sqlite") as store:
        import_paths(store, [data / "worldfootball-cache.wfb.txt/2020-21/be.1.txt"])
        spell = SPELL.format(team="KAA Gent", start="2020-08-01", end="2020-08-20")
        import_people(store, [_person(tmp_path / "p.toml", spell.replace("end =", "last_match = 2020-08-09\nend ="))])
        record = manager_record(store, "Test Person").spells[0]
        assert [m.date.isoformat() for m in record.matches] == ["2020-08-09"]
        assert (record.start, record.end) == (dt.date(2020, 8, 1), dt.date(2020, 8, 9))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), shootouts=st.sampled_from(list(Shootouts)))
def test_counting_in_the_database_equals_counting_in_python(
    focused: Store, data: st.DataObject, shootouts: Shootouts
) -> None:
    spells = data.draw(st.lists(_spells(focused), min_size=1, max_size=20))
    windows = [(s.team, s.start, s.end) for s in spells if s.start and s.end]
    expected = [record(matches(focused, club=c, date_from=a, date_to=b), c, shootouts) for c, a, b in windows]
    assert window_records(focused, windows, shootouts) == expected


def test_window_records_on_postgresql(data: Path, pg_store_url: str) -> None:
    with open_store(pg_store_url) as store:
        import_paths(store, [data / "openfootball-deutschland/2024-25/cup.txt"])
        augsburg = find_club(store, "FC Augsburg").id
        window = [(augsburg, dt.date(2024, 8, 1), dt.date(2025, 5, 23))]
        # Viktoria Berlin 1-4, Schalke 3-0, Karlsruhe 2-2 (5-4 on penalties), Stuttgart 1-0
        assert window_records(store, window) == [Record(4, 2, 1, 1, 9, 4)]
        assert window_records(store, window, Shootouts.RESULT) == [Record(4, 3, 0, 1, 9, 4)]


def test_pandas_exports(focused: Store) -> None:
    import touchline

    result = touchline.manager_record(focused, "Jess Thorup")
    frame = touchline.manager_frame(result)
    assert list(frame["team"])[:2] == ["Esbjerg fB (caretaker)", "Esbjerg fB"]
    assert frame["played"].sum() == result.total.played == 439
    u21 = frame[frame["team"] == "Denmark U-21"].iloc[0]
    assert u21["coverage"] == "none" and u21["played"] is pd.NA  # missing, never zero
    genk = next(s for s in result.spells if s.spell.label == "Genk")
    games = touchline.matches_frame(genk.matches)
    assert len(games) == 5 and games["home_goals"].sum() + games["away_goals"].sum() == 11 + 5
