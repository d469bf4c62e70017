"""Linking name nodes into clubs: pure, on small made-up inputs shaped like the real cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from touchline.compute.identity import Fixture, LinkKind, Node, Slot, link, rename_seasons
from touchline.reference.clubs import ClubRegistry, RegisteredClub

EMPTY = ClubRegistry([])
DAY = dt.date(1966, 8, 20).toordinal()


def nodes(*names: tuple[str, str]) -> list[Node]:
    return [Node(n, space, name, last=1966, rows=10) for n, (space, name) in enumerate(names, 1)]


def slot(node: int, file: int, first: int = DAY, last: int = DAY + 280, competition: str = "de.1") -> Slot:
    return Slot(node, file, competition, "1966-67", competition.count(".") == 1 and "uefa" not in competition,
                first, last)  # fmt: skip


def fixtures(rows: Sequence[tuple[int, int, int, int, int, int]]) -> dict[tuple[str, str], list[Fixture]]:
    """(file, day offset, home, away, home goals, away goals) -> one season's fixtures."""
    made = [Fixture(n, f, DAY + d, h, a, hg, ag) for n, (f, d, h, a, hg, ag) in enumerate(rows)]
    return {("de.1", "1966-67"): made}


def test_spellings_of_one_namespace_are_one_club() -> None:
    found = link(nodes(("GER", "1. FC Köln"), ("GER", "1. FC Koln"), ("AUT", "1. FC Köln")), [], {}, EMPTY)
    assert found.club_of[1] == found.club_of[2] != found.club_of[3]
    assert [lk.kind for lk in found.links] == [LinkKind.SPELLING]


def test_a_shared_fixture_links_two_names() -> None:
    # engsoccerdata: Meidericher SV 2-0 Rot-Weiss Essen; worldfootball the same day: MSV Duisburg 2-0 Essen
    named = nodes(("GER", "Meidericher SV"), ("GER", "Rot-Weiss Essen"), ("GER", "MSV Duisburg"))
    slots = [slot(1, 1), slot(2, 1), slot(2, 2), slot(3, 2)]
    found = link(named, slots, fixtures([(1, 0, 1, 2, 2, 0), (2, 0, 3, 2, 2, 0)]), EMPTY)
    assert found.club_of[1] == found.club_of[3]
    assert found.clubs[found.club_of[1]].name in ("Meidericher SV", "MSV Duisburg")
    [fixture] = [lk for lk in found.links if lk.kind is LinkKind.FIXTURE]
    assert (fixture.row_a, fixture.row_b) == (0, 1)


def test_a_club_renamed_in_mid_season_is_one_club() -> None:
    # one file names the club Meidericher SV until December, MSV Duisburg from January
    named = nodes(("GER", "Meidericher SV"), ("GER", "Rot-Weiss Essen"), ("GER", "MSV Duisburg"))
    slots = [slot(1, 2, DAY, DAY + 120), slot(3, 2, DAY + 140, DAY + 280), slot(2, 2), slot(1, 1), slot(2, 1)]
    rows = [(1, 140, 1, 2, 1, 0), (2, 140, 3, 2, 1, 0)]
    assert link(named, slots, fixtures(rows), EMPTY).club_of[1] == link(named, slots, fixtures(rows), EMPTY).club_of[3]


def _league(old_until: int, *, meet: bool = False) -> tuple[list[Node], list[Slot], list[Fixture]]:
    """A double round robin of six clubs (ten rounds, a week apart) in one file, where club 1's name
    gives way to club 7's after round ``old_until``; with ``meet``, the two names play each other."""
    named = nodes(*[("ESP", f"Club {n}") for n in range(1, 7)], ("ESP", "Club Seven"))
    pairs = [(0, 5), (1, 4), (2, 3)]
    rounds = []
    teams = list(range(1, 7))
    for _ in range(5):  # circle method
        rounds.append([(teams[a], teams[b]) for a, b in pairs])
        teams = [teams[0], teams[-1], *teams[1:-1]]
    rounds += [[(away, home) for home, away in games] for games in rounds]
    rows = []
    for number, games in enumerate(rounds, 1):
        for home, away in games:
            if number > old_until:
                home, away = (7 if home == 1 else home), (7 if away == 1 else away)
            rows.append(Fixture(len(rows), 1, DAY + 7 * number, home, away, 1, 0))
    if meet:
        rows.append(Fixture(len(rows), 1, DAY + 77, 1, 7, 1, 1))
    slots = []
    for club in range(1, 8):
        days = [r.day for r in rows if club in (r.home, r.away)]
        slots.append(slot(club, 1, min(days), max(days), "es.1")._replace(rows=len(days)))
    return named, slots, rows


def test_a_club_renamed_in_mid_season_in_one_file_is_one_club() -> None:
    # Atlético Aviación became Atlético Madrid in January 1947: worldfootball names the first half of the
    # season's matches one way and the rest the other, and no other source has the season
    named, slots, rows = _league(4)
    assert rename_seasons(named, slots) == {(1, "es.1", "1966-67")}
    found = link(named, slots, {}, EMPTY, {(1, "es.1", "1966-67"): rows})
    assert found.club_of[1] == found.club_of[7] == "esp-club-seven"
    [renamed] = [lk for lk in found.links if lk.kind is LinkKind.RENAMED]
    # the evidence: the old name's last row and the new name's first
    assert rows[renamed.row_a].day == DAY + 28 and rows[renamed.row_b].day == DAY + 35
    # two names that meet are two clubs; so are two the registry keeps apart (Leeds City and Port Vale,
    # who took over their fixtures)
    named, slots, rows = _league(4, meet=True)
    assert link(named, slots, {}, EMPTY, {(1, "es.1", "1966-67"): rows}).club_of[1] != "esp-club-seven"
    named, slots, rows = _league(4)
    apart = ClubRegistry([], [(("ESP", "Club 1"), ("ESP", "Club Seven"))])
    found = link(named, slots, {}, apart, {(1, "es.1", "1966-67"): rows})
    assert found.club_of[1] != found.club_of[7]


def test_two_teams_of_one_file_are_never_one_club() -> None:
    # VfB and VfL Oldenburg play in one league at the same time: a coincidence of fixtures cannot merge them
    named = nodes(("GER", "VfB Oldenburg"), ("GER", "Lupo"), ("GER", "VfL Oldenburg"))
    slots = [slot(1, 1), slot(3, 1), slot(2, 1), slot(2, 2), slot(3, 2)]
    found = link(named, slots, fixtures([(1, 0, 1, 2, 1, 1), (2, 1, 3, 2, 1, 1)]), EMPTY)
    assert found.club_of[1] != found.club_of[3]
    assert any("at the same time" in why for _, why in found.refused)


def test_namesakes_of_two_countries_stay_apart() -> None:
    named = nodes(("ENG", "Liverpool FC"), ("URU", "Liverpool FC"), ("URU", "Liverpool F.C."))
    found = link(named, [], {}, EMPTY)
    assert found.club_of[1] != found.club_of[2] == found.club_of[3]
    assert found.club_of[1] == "eng-liverpool-fc"


def test_a_name_without_country_joins_the_one_club_of_that_name_at_home() -> None:
    named = nodes(("", "Real Sociedad"), ("ESP", "Real Sociedad"), ("HON", "Real Sociedad"), ("ESP", "Real Madrid"))
    home = [slot(2, 1, competition="es.1"), slot(3, 2, competition="hn.1")]
    abroad = [slot(1, 3, competition="uefa.el"), slot(4, 4, competition="uefa.el")]  # Spain plays uefa.*
    found = link(named, home + abroad, {}, EMPTY)
    assert found.club_of[1] == found.club_of[2] != found.club_of[3]
    # without knowing which countries play in uefa.* the name is ambiguous: it stays apart
    unknown = link(named, [*home, slot(1, 3, competition="uefa.el")], {}, EMPTY)
    assert len({unknown.club_of[n] for n in (1, 2, 3)}) == 3


def test_national_teams_never_join_clubs() -> None:
    named = nodes(("", "Andorra"), ("ESP", "Andorra"))
    slots = [Slot(1, 1, "uefa.nl.d", "2022-23", False, national=True), Slot(2, 2, "es.2", "2022-23", True)]
    found = link(named, slots, {}, EMPTY)
    assert found.club_of[1] != found.club_of[2]


def test_the_registry_names_and_splits_clubs() -> None:
    registry = ClubRegistry(
        [RegisteredClub("bel-excelsior-mouscron", "Excelsior Mouscron", "BEL", ("Mouscron",),
                        name_seasons={"Mouscron": "..2009-10"}),
         RegisteredClub("bel-royal-excel-mouscron", "Royal Excel Mouscron", "BEL", ("Mouscron",))],
        distinct=[(("GER", "A"), ("GER", "B"))],
    )  # fmt: skip
    named = [Node(1, "BEL", "Mouscron", "..2009-10"), Node(2, "BEL", "Mouscron"), Node(3, "BEL", "Excelsior Mouscron")]
    found = link(named, [], {}, registry)
    assert found.club_of == {1: "bel-excelsior-mouscron", 2: "bel-royal-excel-mouscron", 3: "bel-excelsior-mouscron"}
    assert found.clubs["bel-excelsior-mouscron"].known
    # a [[distinct]] pair never links, whatever the fixtures say
    pair = nodes(("GER", "A"), ("GER", "Z"), ("GER", "B"))
    rows = [(1, 0, 1, 2, 1, 0), (2, 0, 3, 2, 1, 0)]
    apart = link(pair, [slot(1, 1), slot(2, 1), slot(2, 2), slot(3, 2)], fixtures(rows), registry)
    assert apart.club_of[1] != apart.club_of[3]


def test_derived_ids_that_collide_are_numbered_in_a_stable_order() -> None:
    found = link(nodes(("GER", "Union"), ("GER", "Union!")), [], {}, EMPTY)
    assert found.club_of[1] == found.club_of[2] == "ger-union"  # one key: one club
    apart = link([Node(1, "GER", "Union", "x"), Node(2, "GER", "Union", "y")], [], {}, EMPTY)
    assert sorted(apart.club_of.values()) == ["ger-union", "ger-union-2"]


def test_a_club_only_international_files_name_joins_the_one_league_club_with_its_words() -> None:
    named = nodes(
        ("FRA", "Olympique de Marseille"),  # openfootball's 2025-26 Champions League, no French file then
        ("FRA", "Olympique Marseille"),
        ("FRA", "Olympique Lyonnais"),
        ("SUI", "Auswahl Basel"),  # the city's select team of the 1950s Fairs Cup
        ("SUI", "FC Basel"),
    )
    abroad = [Slot(1, 1, "uefa.cl", "2025-26", False), Slot(4, 1, "uefa.el", "1955-56", False)]
    home = [
        Slot(2, 2, "fr.1", "2024-25", True),
        Slot(3, 2, "fr.1", "2024-25", True),
        Slot(5, 3, "ch.1", "1955-56", True),
    ]
    found = link(named, abroad + home, {}, EMPTY)
    assert found.club_of[1] == found.club_of[2] != found.club_of[3]
    assert found.club_of[4] != found.club_of[5]
    assert [lk.kind for lk in found.links] == [LinkKind.ABROAD]


def test_a_reserve_team_is_never_its_first_team() -> None:
    # openfootball's 2018-19 DFB-Pokal calls SSV Jeddeloh "SSV Jeddeloh II", the name worldfootball
    # gives the club's reserve team in the Regionalliga
    named = nodes(("GER", "SSV Jeddeloh II"), ("GER", "1. FC Köln"), ("GER", "SSV Jeddeloh"))
    slots = [slot(1, 1, competition="de.cup"), slot(2, 1, competition="de.cup"), slot(2, 2, competition="de.cup"),
             slot(3, 2, competition="de.cup")]  # fmt: skip
    rows = [(1, 0, 1, 2, 2, 5), (2, 0, 3, 2, 2, 5)]
    found = link(named, slots, {("de.cup", "1966-67"): fixtures(rows)[("de.1", "1966-67")]}, EMPTY)
    assert found.club_of[1] != found.club_of[3]
    assert any("reserve" in why for _, why in found.refused)
