"""What a spell lacks at a season's edge: a season the store holds no league match of the team in (a
relegated club's new division, which the store lacks) is named where the spell covers two weeks of its
play days, not only 45 days of it; and a league founded with the first season the store holds of it
(the 3. Liga, 2008-09) is not said to have data "beginning" after an earlier season of the spell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stores import person, store_with
from tests.test_absent_stop22 import _spell
from touchline.api.managers import manager_record
from touchline.compute import coverage as cover
from touchline.compute.coverage import Coverage, GapKind
from touchline.model import CompetitionKind, Season
from touchline.reference import competitions as catalog
from touchline.store import Store, read

# Dieter Hecking at VfL Bochum, 5 November 2024 to 15 September 2025, as his person file gives it:
# released "Bochum 16th in the 2. Bundesliga after five matchdays (sport1.de, stuttgarter-zeitung.de,
# ran.de, 15 September 2025)"
HECKING = person(
    "Dieter Hecking", 'team = "VfL Bochum"\ncountry = "GER"\nstart = 2024-11-05\nend = 2025-09-15\nended = "sacked"'
)
# Ralph Hasenhüttl (his file's other name "Ralph Hasenhuettl") at Unterhaching from 11 October 2007
# (Regionalliga Süd, the third tier until the 3. Liga began in 2008-09) to 22 February 2010, as his
# person file gives it
HASENHUETTL = person(
    "Ralph Hasenhuettl", 'team = "SpVgg Unterhaching"\ncountry = "GER"\nstart = 2007-10-11\nend = 2010-02-22'
)


@pytest.fixture(scope="module")
def store(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    germany, full = data / "openfootball-deutschland", data / "worldfootball-cache-full"
    files = [germany / season / name for season in ("2024-25", "2025-26") for name in ("1-bundesliga.txt", "cup.txt")]
    files += [full / "2024-25" / "de.2.txt", full / "2006-07" / "de.2.txt"]
    files += [full / season / "de.3.txt" for season in ("2008-09", "2009-10")]
    with store_with(tmp_path_factory.mktemp("stop24"), files, [HECKING, HASENHUETTL]) as opened:
        yield opened


def _bochum(store: Store) -> None:
    spell = _spell(store, "Dieter Hecking", "Bochum", 2024)
    # the store: 25 Bundesliga matches of 2024-25 from 9 November 2024 and the DFB-Pokal's first round at
    # BFC Dynamo (16 August 2025, 1-1); no 2. Bundesliga match of 2025-26 at all (its data ends with
    # 2024-25), though Bochum played five matchdays of it under him
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (26, 7, 6, 13)
    assert max(Season.parse(label) for label, _, _ in read.seasons(store, "de.2")) == Season(2024, 2025)
    kinds = {(m.competition, m.season) for m in spell.matches}
    assert kinds == {("de.1", "2024-25"), ("de.cup", "2025-26")}
    # the window's 2025-26 covers 25 days of the Bundesliga's (from 22 August 2025): short of 45, it was
    # silently full; the season is now named as lacking
    assert spell.coverage is Coverage.PARTIAL
    league = [g for g in spell.gaps if g.kind is GapKind.LEAGUE]
    assert [g.seasons for g in league] == [("2025-26",)]
    # the division it was relegated to, the one next to the Bundesliga, is named
    assert league[0].competition == "de.2"
    ends = "(the store's 2. Bundesliga data ends with 2024-25)"
    assert str(league[0]) == f"no league matches of this team in 2025-26 {ends}"


def test_a_relegated_clubs_new_season_is_named(store: Store) -> None:
    _bochum(store)


def test_a_relegated_clubs_new_season_is_named_in_the_whole_corpus(full: Store) -> None:
    _bochum(full)


def test_a_short_stay_counts_only_in_a_season_the_store_holds_no_league_match_of_the_team_in() -> None:
    # 14 days of a season's play days are enough where the store holds no league match of the team in it
    # (unheld), 13 are not; where it holds some, 45 days are still needed (a pause of the team's own)
    start = dt.date(2024, 11, 5)
    dates = [(dt.date(2024, 11, 9), CompetitionKind.LEAGUE), (dt.date(2025, 5, 17), CompetitionKind.LEAGUE)]

    def gaps(days: int, unheld: frozenset[str]) -> tuple[cover.Gap, ...]:
        end = dt.date(2025, 8, 22) + dt.timedelta(days=days - 1)
        slots = [("2024-25", start, dt.date(2025, 5, 17)), ("2025-26", dt.date(2025, 8, 22), end)]
        _, found = cover.assess(dates, "de.1", "Bundesliga", start, end, slots, [], lambda item: True, unheld=unheld)
        return found

    assert [g.seasons for g in gaps(14, frozenset({"2025-26"}))] == [("2025-26",)]
    assert gaps(13, frozenset({"2025-26"})) == ()
    assert gaps(44, frozenset()) == ()
    assert [g.seasons for g in gaps(45, frozenset())] == [("2025-26",)]


def _unterhaching(store: Store) -> None:
    # his head coach's spell, not the four days as caretaker in March 2007
    spell = next(s for s in manager_record(store, "Ralph Hasenhuettl").spells if s.start == dt.date(2007, 10, 11))
    league = [g for g in spell.gaps if g.kind is GapKind.LEAGUE]
    # 2007-08 was a season of the Regionalliga Süd, which the store does not hold: no 3. Liga season is
    # missing, its first was 2008-09
    assert [g.seasons for g in league] == [("2007-08",)]
    assert league[0].why == ""
    assert str(league[0]) == "no league matches of this team in 2007-08 (a division the store does not hold)"


def test_a_league_founded_with_its_first_stored_season_has_no_earlier_data_to_lack(store: Store) -> None:
    # en.wikipedia "3. Liga": "The modern 3. Liga was formed for the 2008–09 season, replacing the
    # Regionalliga, which had previously served as the third-tier in the country"
    assert catalog.founded("de.3") == Season(2008, 2009)
    assert catalog.founded("de.2") is None
    _unterhaching(store)


def test_a_league_founded_with_its_first_stored_season_in_the_whole_corpus(full: Store) -> None:
    _unterhaching(full)


def test_a_spell_before_a_founded_league_has_no_data_beginning_after_it() -> None:
    # a spell with no match, wholly before the league's first season: the league did not exist, so
    # its data does not "begin after this spell"; a league founded earlier still says so
    start, end = dt.date(2007, 10, 11), dt.date(2008, 2, 22)
    slots = [("2007-08", start, end)]
    for founded, text in ((True, ""), (False, "begins after this spell")):
        status, found = cover.assess(
            [],
            "de.3",
            "3. Liga",
            start,
            end,
            slots,
            [],
            lambda item: True,
            league_span=("2008-09", "2024-25"),
            league_first=dt.date(2008, 7, 25),
            founded=founded,
        )
        assert status is Coverage.NONE
        assert (text in str(found[0])) if text else ("begins" not in str(found[0]))


def test_other_spells_ending_early_in_a_season_the_store_lacks(full: Store) -> None:
    # the store's Premier League and Süper Lig data end with 2024-25; the Premier League of 2025-26 began
    # on 15 August 2025 with Nottingham Forest v Brentford on the 16th (gamereactor.eu, "When does Premier
    # League 2025/26 start?": "Premier League officially starting on August 15, 2025", "12:30: Nottingham
    # Forest v Brentford"): Nuno Espírito Santo, sacked on 9 September 2025, and José Mourinho, sacked by
    # Fenerbahçe on 29 August 2025 (their person files), each left in a season the store lacks
    for name, team, year, league in (
        ("Nuno Espírito Santo", "Nottingham Forest", 2023, "Premier League"),
        ("José Mourinho", "Fenerbahçe", 2024, "Süper Lig"),
    ):
        spell = _spell(full, name, team, year)
        gaps = [str(g) for g in spell.gaps if g.kind is GapKind.LEAGUE]
        assert gaps == [f"no league matches of this team in 2025-26 (the store's {league} data ends with 2024-25)"]
        assert spell.coverage is Coverage.PARTIAL
