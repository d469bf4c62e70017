"""What a spell lacks, at the edges: a super cup played before he arrived, a league position the store
cannot give, a national team's spell, a club whose own data ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.managers import manager_record
from touchline.compute.coverage import GapKind
from touchline.store import Store
from touchline.views.manager import positions_report

PEOPLE = person(
    "Thomas Tuchel",
    'team = "Bayern München"\nstart = 2023-03-24\nend = 2024-06-30',
    'team = "Scotland"\nstart = 2024-07-01\nend = 2024-12-31',
    'team = "Aberdeen FC"\nstart = 1974-10-20\nend = 1976-03-01',
)
FERGUSON = person("Alex Ferguson", 'team = "Manchester United"\nstart = 1986-11-06\nend = 1991-06-30')


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    full = data / "worldfootball-cache-full"
    files = [full / season / "de.1.txt" for season in ("2021-22", "2022-23", "2023-24")]
    files += [full / "2024-25" / "uefa.nl.a.txt", full / "archive" / "1970s" / "1975-76" / "sco.1.txt"]
    files += [full / "archive" / "1980s" / "1989-90" / name for name in ("eng.1.txt", "eng.cup.txt")]
    files.append(full / "archive" / "1990s" / "1990-91" / "eng.1.txt")
    with store_with(tmp_path_factory.mktemp("coverage"), files, [PEOPLE, FERGUSON]) as opened:
        yield opened


def test_a_super_cup_played_before_he_arrived_is_no_gap(store: Store) -> None:
    # Bayern, champions in 2021-22 and 2022-23, played the DFL-Supercup in July 2022 (before Tuchel came in
    # March 2023) and August 2023 (under him): only the second is missing from the store for his spell
    bayern = manager_record(store, "Thomas Tuchel").spells[0]
    supercups = [(g.competition, g.seasons) for g in bayern.gaps if g.kind is GapKind.SUPER_CUP]
    assert supercups == [("de.sc", ("2023-24",))]


def test_a_cup_won_the_season_before_qualifies_for_the_cup_winners_cup(store: Store) -> None:
    # Manchester United won the FA Cup of 1989-90 (the replay against Crystal Palace) and played the Cup
    # Winners' Cup of 1990-91, which no data set here holds; English clubs were banned until 1989-90
    united = manager_record(store, "Alex Ferguson").spells[0]
    continental = [(g.competition, g.name, g.seasons, g.why) for g in united.gaps if g.kind is GapKind.CONTINENTAL]
    assert continental == [("uefa.cwc", "European Cup Winners' Cup", ("1990-91",), "FA Cup winners 1989-90")]


def test_positions_the_store_cannot_give_say_so(store: Store) -> None:
    found = manager_record(store, "Thomas Tuchel", positions=True)
    _, scotland, aberdeen = found.spells
    # a national team has no league position: no cells at all
    assert scotland.team_name == "Scotland" and scotland.positions is None  # (the data: "Schottland")
    # Aberdeen from October 1974: the store holds 1975-76 only (the first Premier Division), so the
    # table on his arrival is unknown, not "pre-season"
    assert aberdeen.positions is not None and "arrival" in aberdeen.positions.unknown
    report = positions_report(found)
    assert report is not None
    rows = {row["team"]: row for row in report.rows}
    assert rows["Aberdeen FC"]["arrived"] == "no data"
    assert rows["Bayern München"]["arrived"] == "2nd"  # a point behind Dortmund on 23 March 2023
