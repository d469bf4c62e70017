"""What a spell lacks, at the edges: a super cup played before he arrived, a league position the store
cannot give, a national team's spell, a club whose own data ends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from touchline.api.managers import manager_record
from touchline.compute.coverage import Coverage, GapKind
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


# spells at the edges of the store's data, as touchline/data/people gives them
EDGES = [
    person("Sean Dyche", 'team = "Nottingham Forest"\ncountry = "ENG"\nstart = 2025-10-21'),
    person("David Moyes", 'team = "Everton"\ncountry = "ENG"\nstart = 2025-01-11'),
    # (the last two of Gasperini's seasons at Atalanta, 2016 to 2025)
    person("Gian Piero Gasperini", 'team = "Atalanta"\ncountry = "ITA"\nstart = 2023-07-01\nend = 2025-06-06'),
    person("Brendan Rodgers", 'team = "Celtic"\ncountry = "SCO"\nstart = 2023-06-19\nend = 2025-10-27'),
    person("Eddie Howe", 'team = "AFC Bournemouth"\ncountry = "ENG"\nstart = 2008-12-31\nend = 2011-01-14'),
]


@pytest.fixture(scope="module")
def edges(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    full = data / "worldfootball-cache-full"
    # Nottingham Forest: two Championship seasons (92 matches) before the Premier League of 2024-25 (38)
    files = [full / season / "eng.2.txt" for season in ("2020-21", "2021-22")] + [full / "2024-25" / "eng.1.txt"]
    files += [full / season / f"{code}.txt" for season in ("2023-24", "2024-25") for code in ("it.1", "it.cup")]
    files += [full / "2024-25" / "sco.1.txt", data / "openfootball-champions-league" / "2025-26" / "clq.txt"]
    files += [full / "2008-09" / "eng.4.txt", full / "2009-10" / "eng.4.txt", full / "2010-11" / "eng.3.txt"]
    with store_with(tmp_path_factory.mktemp("edges"), files, EDGES) as opened:
        yield opened


def test_a_spell_without_data_names_the_league_nearest_it(edges: Store) -> None:
    # Forest played the Premier League of 2024-25 and 2025-26 (en.wikipedia "2025–26 Nottingham Forest
    # F.C. season"), not the Championship it played more matches of in this store
    forest = manager_record(edges, "Sean Dyche").spells[0]
    assert forest.coverage is Coverage.NONE
    assert [str(g) for g in forest.gaps] == [
        f"the store has no matches of this team between 2025-10-21 and {forest.end} (Premier League data in "
        "the store ends before this spell)"
    ]


def test_fixtures_without_results_do_not_hide_the_seasons_after_them(edges: Store) -> None:
    # Moyes returned to Everton on 11 January 2025 (BBC Sport); the store's Premier League of 2024-25
    # lists his fixtures without results, and holds nothing of 2025-26
    everton = manager_record(edges, "David Moyes").spells[0]
    assert everton.coverage is Coverage.NONE
    league = [g for g in everton.gaps if g.kind is GapKind.LEAGUE]
    assert league[0].seasons[0] == "2025-26"
    assert league[0].why == "the store's Premier League data ends with 2024-25"
    assert [g.count for g in everton.gaps if g.kind is GapKind.NO_RESULT] == [18]  # 18 rounds from 14 January


def test_a_cup_held_to_a_round_the_team_had_not_played_names_the_later_rounds(edges: Store) -> None:
    # the Coppa Italia of 2024-25 is held to its round of 16 (4 December 2024, without results); Atalanta
    # beat Cesena 6-1 that day and lost the quarter-final to Bologna in February 2025 (it.wikipedia
    # "Coppa Italia 2024-2025"): the fixture without a result is told, and the rounds after it
    atalanta = manager_record(edges, "Gian Piero Gasperini").spells[0]
    cut = [g for g in atalanta.gaps if g.kind is GapKind.CUP]
    assert [(g.competition, g.seasons, g.last) for g in cut] == [("it.cup", ("2024-25",), dt.date(2024, 12, 4))]
    assert str(cut[0]) == (
        "Coppa Italia 2024-25 is in the store only to 4 December 2024, before its final: the later rounds are "
        "not in it (the team's round of 16 tie v Cesena FC has no result in the store)"
    )
    unresolved = [(g.competition, g.count) for g in atalanta.gaps if g.kind is GapKind.NO_RESULT]
    assert ("it.cup", 1) in unresolved


def test_a_lost_play_off_drops_the_club_into_the_europa_league(edges: Store) -> None:
    # Celtic drew 0-0 twice with Kairat in the Champions League's play-off round and lost on penalties
    # (August 2025), then played the Europa League's league phase (en.wikipedia "2025–26 UEFA Champions
    # League qualifying phase and play-off round", "2025–26 UEFA Europa League league phase")
    celtic = manager_record(edges, "Brendan Rodgers").spells[0]
    continental = {(g.competition, s): g.why for g in celtic.gaps if g.kind is GapKind.CONTINENTAL for s in g.seasons}
    assert continental == {
        ("uefa.el", "2025-26"): "losers of their UEFA Champions League qualifying Play-offs tie v FK Kairat"
    }


def test_the_football_league_trophy_is_expected_of_the_third_and_fourth_tiers(edges: Store) -> None:
    # Bournemouth played League Two in 2008-09 and 2009-10, League One in 2010-11 under Howe (en.wikipedia
    # "AFC Bournemouth"), and so the Football League Trophy, the Johnstone's Paint Trophy then
    # (en.wikipedia "EFL Trophy"), which no data set here holds
    bournemouth = manager_record(edges, "Eddie Howe").spells[0]
    cups = [str(g) for g in bournemouth.gaps if g.competition == "eng.trophy"]
    assert cups == [
        "Johnstone's Paint Trophy 2008-09, 2009-10, 2010-11 are not in the store (open to the third and fourth "
        "tiers' clubs)"
    ]
