"""A club's founding (the registry's ``founded`` and ``first_match``): the days of a spell before the club
first played are neither a gap nor "no data", but told plainly in the record's coverage.

The registry's facts and their sources are in ``touchline/data/clubs.toml`` (Auckland FC, Atlanta United
FC, Los Angeles FC). The records are the whole corpus's (the ``full`` store).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.published import spell_of
from touchline.api.honours import person_honours
from touchline.api.managers import Filters, manager_record
from touchline.compute import coverage as cover
from touchline.compute.coverage import Coverage, Gap, GapKind
from touchline.errors import DataError
from touchline.model import CompetitionKind
from touchline.reference.clubs import ClubRegistry, Founding
from touchline.store import Store
from touchline.views.manager import manager_report

AUCKLAND = (
    "the club was founded on 21 November 2023 and first played on 19 October 2024 (no gap before then: it had "
    "not played yet)"
)
ATLANTA = (
    "the club was founded on 16 April 2014 and first played on 5 March 2017 (no gap before then: it had not played yet)"
)
LAFC = (
    "the club was founded on 30 October 2014 and first played on 4 March 2018 (no gap before then: it had not "
    "played yet)"
)


# -- the registry ----------------------------------------------------------------------------------


def test_the_registry_gives_the_founding_of_the_new_clubs() -> None:
    registry = ClubRegistry.default()
    assert registry.founding("nzl-auckland-fc") == Founding(2023, dt.date(2023, 11, 21), dt.date(2024, 10, 19))
    assert registry.founding("usa-atlanta-united-fc") == Founding(2014, dt.date(2014, 4, 16), dt.date(2017, 3, 5))
    assert registry.founding("usa-los-angeles-fc") == Founding(2014, dt.date(2014, 10, 30), dt.date(2018, 3, 4))
    # a club registered without it, and one not registered
    assert registry.founding("usa-fc-dallas") is None
    assert registry.founding("no-such-club") is None


def _one(extra: str) -> ClubRegistry:
    return ClubRegistry.from_toml(f'[[club]]\nid = "xxx-new-fc"\nname = "New FC"\ncountry = "XXX"\n{extra}\n')


def test_founded_may_be_a_year_and_first_match_is_optional() -> None:
    found = _one("founded = 1907").founding("xxx-new-fc")
    assert found == Founding(1907)
    assert found is not None and found.began == dt.date(1907, 1, 1) and found.founded_text == "in 1907"
    found = _one("founded = 2014-04-16").founding("xxx-new-fc")
    assert found is not None and found.began == dt.date(2014, 4, 16) and found.founded_text == "on 16 April 2014"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("first_match = 2017-03-05", "first_match needs founded"),
        ('founded = "2014"', "founded must be a date"),
        ("founded = 2014-04-16T10:00:00", "founded must be a date"),
        ("founded = 1200", "no year a club was founded in"),
        ("founded = 2014-04-16\nfirst_match = 2013-03-05", "before the club was founded"),
        ('founded = 2014\nfirst_match = "2017-03-05"', "first_match must be a date"),
    ],
)
def test_a_bad_founding_is_refused(extra: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        _one(extra)


# -- the coverage rule, on made-up spells ------------------------------------------------------------

_FOUNDING = Founding(2014, dt.date(2014, 4, 16), dt.date(2017, 3, 5))


def _assess(start: dt.date, end: dt.date, dates: list[dt.date], **more: Any) -> tuple[Coverage, tuple[Gap, ...]]:
    slots = cover.season_slots(start, end, calendar=True)
    return cover.assess(
        [(day, CompetitionKind.LEAGUE) for day in dates],
        "us.1",
        "Major League Soccer",
        start,
        end,
        slots,
        [],
        lambda item: True,
        **more,
    )


def test_a_spell_over_before_the_first_match_is_full_without_matches() -> None:
    status, gaps = _assess(dt.date(2016, 1, 1), dt.date(2016, 12, 31), [], founding=_FOUNDING)
    assert status is Coverage.FULL
    assert gaps == (
        Gap(GapKind.FOUNDED, ("2016",), why="2014-04-16", first=dt.date(2014, 4, 16), last=_FOUNDING.began),
    )
    # without the registry's founding the same spell is "no data"
    assert _assess(dt.date(2016, 1, 1), dt.date(2016, 12, 31), [])[0] is Coverage.NONE


def test_the_seasons_before_the_first_match_are_no_gap() -> None:
    dates = [dt.date(2017, 3, 5), dt.date(2017, 10, 22)]
    without = _assess(dt.date(2016, 9, 27), dt.date(2017, 12, 31), dates, club_first=dates[0])
    assert without[0] is Coverage.PARTIAL
    assert [str(g) for g in without[1]] == [
        "no league matches of this team in 2016 (its first match in the store is on 5 March 2017)"
    ]
    status, gaps = _assess(dt.date(2016, 9, 27), dt.date(2017, 12, 31), dates, club_first=dates[0], founding=_FOUNDING)
    assert status is Coverage.FULL
    assert [str(g) for g in gaps] == [ATLANTA]
    # a founded note concerns every record, filtered or not, and leaves it as it is
    assert cover.filtered(gaps, {CompetitionKind.CUP}) == (Coverage.FULL, gaps)


def test_a_spell_from_the_first_match_on_has_no_note() -> None:
    dates = [dt.date(2017, 3, 5), dt.date(2017, 10, 22)]
    assert _assess(dt.date(2017, 3, 5), dt.date(2017, 12, 31), dates, founding=_FOUNDING) == (Coverage.FULL, ())


# -- the whole corpus --------------------------------------------------------------------------------


def test_corica_at_auckland_the_months_before_its_first_match_are_no_gap(full: Store) -> None:
    """Steve Corica, named Auckland FC's first head coach on 21 December 2023 (scoop.co.nz; Reuters), ten
    months before its first match: 2023-24 is no "division the store does not hold"."""
    spell = spell_of(full, "Steve Corica", "Auckland FC")
    assert spell.coverage is Coverage.NONE  # the store's 2024-25 fixtures have no result
    assert [g.kind for g in spell.gaps] == [GapKind.FOUNDED, GapKind.NO_RESULT, GapKind.LEAGUE]
    founded, fixtures, league = spell.gaps
    assert str(founded) == AUCKLAND and founded.seasons == ("2023-24",)
    # the A-League Men of 2024-25: 26 regular-season matches a club, 19 October 2024 to 3 May 2025 (Wikipedia,
    # "2024-25 A-League Men": 13 clubs, each playing 26 matches; Auckland's first v Brisbane Roar, AAP)
    assert (fixtures.seasons, fixtures.count, fixtures.first, fixtures.last) == (
        ("2024-25",),
        26,
        dt.date(2024, 10, 19),
        dt.date(2025, 5, 3),
    )
    assert league.seasons[0] == "2025-26" and "2023-24" not in league.seasons
    assert not any("division the store does not hold" in str(g) for g in spell.gaps)


def test_corica_at_auckland_in_text_and_json(full: Store) -> None:
    report = manager_report(manager_record(full, "Steve Corica"))
    note = next(n for n in report.notes if n.startswith("Auckland FC: "))
    assert note.startswith("Auckland FC: no data: A-League Men 2024-25: 26 fixtures of this team")
    assert note.endswith(". " + AUCKLAND[0].upper() + AUCKLAND[1:] + ".")
    assert "2023-24" not in note
    data = report.data
    assert isinstance(data, dict)
    auckland = next(s for s in data["spells"] if s["team"]["id"] == "nzl-auckland-fc")
    assert auckland["coverage"] == "none" and auckland["gaps"][0] == AUCKLAND
    assert auckland["missing"][0] == {
        "kind": "founded",
        "competition": None,
        "seasons": ["2023-24"],
        "why": "2023-11-21",
        "first_match": "2024-10-19",
    }


def test_martino_at_atlanta_united_is_full(full: Store) -> None:
    """Gerardo Martino, Atlanta United's coach from 27 September 2016: its first match was on 5 March 2017."""
    spell = spell_of(full, "Gerardo Martino", "Atlanta United FC")
    assert spell.coverage is Coverage.FULL
    assert [str(g) for g in spell.gaps] == [ATLANTA] and spell.gaps[0].seasons == ("2016",)
    # MLS under Martino: 2017, 15 W 10 D 9 L in the regular season (55 points; 70 goals for, 40 against),
    # then a 0-0 knock-out v Columbus Crew lost on penalties; 2018, 21 W 6 D 7 L (69 points, 70 goals for
    # and 44 against: AP, 21 October 2018, "21-6-6 for 69 points" before a last-day 1-4 at Toronto,
    # nbcsports.com, 28 October 2018), then the play-offs won: 1-0 and 3-1 v New York City FC, 3-0 and 0-1 v
    # New York Red Bulls, MLS Cup 2-0 v Portland Timbers (wgno.com, 8 December 2018)
    mls = spell_of(full, "Gerardo Martino", "Atlanta United FC", Filters(competitions=("us.1",))).record
    assert (mls.played, mls.won, mls.drawn, mls.lost, mls.goals_for, mls.goals_against) == (74, 40, 17, 17, 149, 86)
    report = manager_report(manager_record(full, "Gerardo Martino"))
    assert "Atlanta United FC: " + ATLANTA + "." in report.notes
    # no honour is hidden by a club that had not played yet
    assert not any(note.startswith("Atlanta United FC") for note in person_honours(full, "Gerardo Martino").unseen)


def test_bradley_at_lafc_names_only_what_is_missing(full: Store) -> None:
    """Bob Bradley, LAFC's coach from 27 July 2017: its first match was on 4 March 2018; the store lacks
    only the MLS is Back Tournament of 2020."""
    spell = spell_of(full, "Bob Bradley", "Los Angeles FC")
    assert spell.coverage is Coverage.PARTIAL
    assert [g.kind for g in spell.gaps] == [GapKind.FOUNDED, GapKind.CUP]
    assert str(spell.gaps[0]) == LAFC and spell.gaps[0].seasons == ("2017",)
    assert spell.gaps[1].seasons == ("2020",)
    note = next(n for n in manager_report(manager_record(full, "Bob Bradley")).notes if n.startswith("Los Angeles FC"))
    assert note == (
        "Los Angeles FC: partial data: MLS is Back Tournament 2020 is not in the store (reached its knock-out "
        "rounds). " + LAFC[0].upper() + LAFC[1:] + "."
    )
    # its league record alone lacks nothing: MLS 2018, 16 W 9 D 9 L in the regular season (57 points), then a
    # 2-3 knock-out v Real Salt Lake
    mls = spell_of(full, "Bob Bradley", "Los Angeles FC", Filters(competitions=("us.1",)))
    assert mls.coverage is Coverage.FULL and [str(g) for g in mls.gaps] == [LAFC]
