"""More clubs' founding (the registry's ``founded`` and ``first_match``): MLS and A-League clubs founded
since 2004 whose first match the store holds, and the coaches appointed before it.

The facts and their sources are in ``touchline/data/clubs.toml`` (Western Sydney Wanderers, Western
United, Austin FC, Chivas USA, Charlotte FC, Houston Dynamo, Inter Miami CF, Philadelphia Union, Real Salt
Lake, Seattle Sounders, St. Louis City SC, Toronto FC). The records are the whole corpus's (the ``full``
store).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.coverage import Coverage, GapKind
from touchline.reference.clubs import ClubRegistry, Founding
from touchline.store import Store
from touchline.views.manager import manager_report

# club id: (year founded, day founded where the sources give it, day of the first match)
FOUNDINGS = {
    "aus-western-sydney-wanderers": Founding(2012, dt.date(2012, 4, 4), dt.date(2012, 10, 6)),
    "aus-western-united": Founding(2018, None, dt.date(2019, 10, 13)),
    "usa-austin-fc": Founding(2019, dt.date(2019, 1, 15), dt.date(2021, 4, 17)),
    "usa-cd-chivas": Founding(2004, dt.date(2004, 8, 2), dt.date(2005, 4, 2)),
    "usa-charlotte-fc": Founding(2019, None, dt.date(2022, 2, 26)),
    "usa-houston-dynamo": Founding(2005, dt.date(2005, 12, 15), dt.date(2006, 4, 2)),
    "usa-inter-miami-cf": Founding(2018, dt.date(2018, 1, 29), dt.date(2020, 3, 1)),
    "usa-philadelphia-union": Founding(2008, dt.date(2008, 2, 28), dt.date(2010, 3, 25)),
    "usa-real-salt-lake": Founding(2004, dt.date(2004, 7, 14), dt.date(2005, 4, 2)),
    "usa-seattle-sounders": Founding(2007, dt.date(2007, 11, 13), dt.date(2009, 3, 19)),
    "usa-st-louis-city-sc": Founding(2019, dt.date(2019, 8, 20), dt.date(2023, 2, 25)),
    "can-toronto-fc": Founding(2006, None, dt.date(2007, 4, 7)),
}

WANDERERS = (
    "the club was founded on 4 April 2012 and first played on 6 October 2012 (no gap before then: it had not "
    "played yet)"
)
DYNAMO = (
    "the club was founded on 15 December 2005 and first played on 2 April 2006 (no gap before then: it had not "
    "played yet)"
)
SOUNDERS = (
    "the club was founded on 13 November 2007 and first played on 19 March 2009 (no gap before then: it had not "
    "played yet)"
)


def test_the_registry_gives_the_founding_of_the_expansion_clubs() -> None:
    registry = ClubRegistry.default()
    for club, founding in FOUNDINGS.items():
        assert registry.founding(club) == founding, club
    charlotte = registry.founding("usa-charlotte-fc")
    assert charlotte is not None and charlotte.founded_text == "in 2019"
    assert charlotte.began == dt.date(2022, 2, 26)


@pytest.mark.parametrize("club", sorted(FOUNDINGS))
def test_the_first_match_is_the_clubs_first_in_the_store(full: Store, club: str) -> None:
    """Each club's first match by its sources is the first the store holds of it: the store merges no
    earlier club (the USL Seattle Sounders, the San Jose Earthquakes) into it."""
    first = full.execute(
        "SELECT MIN(date) FROM matches WHERE (home_id = ? OR away_id = ?) AND ft_home IS NOT NULL", (club, club)
    ).fetchone()[0]
    assert str(first) == FOUNDINGS[club].first_match.isoformat()  # type: ignore[union-attr]


def test_popovic_at_the_wanderers_before_their_first_match(full: Store) -> None:
    """Tony Popovic, the Wanderers' first coach, appointed months before their first match (0-0 v Central
    Coast Mariners, 6 October 2012): the end of 2011-12 is no gap, and the note says why."""
    spell = spell_of(full, "Tony Popovic", "Western Sydney Wanderers")
    assert [g.kind for g in spell.gaps][:1] == [GapKind.FOUNDED]
    assert str(spell.gaps[0]) == WANDERERS and spell.gaps[0].seasons == ("2011-12",)
    first = spell_of(full, "Tony Popovic", "Western Sydney Wanderers", Filters(date_to=dt.date(2012, 10, 6))).record
    assert (first.played, first.drawn, first.goals_for, first.goals_against) == (1, 1, 0, 0)
    note = next(n for n in manager_report(manager_record(full, "Tony Popovic")).notes if "Wanderers:" in n)
    assert note.endswith(". " + WANDERERS[0].upper() + WANDERERS[1:] + ".")


def test_kinnear_at_houston_from_its_founding(full: Store) -> None:
    """Dominic Kinnear, Houston's coach from the day the club was created (15 December 2005): its first
    match, 5-2 v Colorado Rapids on 2 April 2006; its first MLS regular season "an 11-8-13 record"
    (wins, losses, ties; Wikipedia, "2006 Houston Dynamo season")."""
    spell = spell_of(full, "Dominic Kinnear", "Houston Dynamo")
    assert spell.coverage is Coverage.PARTIAL  # the U.S. Open Cup of 2006-2013 is not in the store
    # nor the CONCACAF Champions' Cup of 2007, which Houston played as MLS Cup winners (competitions.toml)
    assert [g.kind for g in spell.gaps] == [GapKind.FOUNDED, GapKind.CUP, GapKind.CONTINENTAL]
    assert str(spell.gaps[0]) == DYNAMO and spell.gaps[0].seasons == ("2005",)
    first = spell_of(full, "Dominic Kinnear", "Houston Dynamo", Filters(date_to=dt.date(2006, 4, 2))).record
    assert (first.played, first.won, first.goals_for, first.goals_against) == (1, 1, 5, 2)
    mls = manager_record(full, "Dominic Kinnear", Filters(competitions=("us.1",), date_to=dt.date(2006, 10, 14))).spells
    season = next(s for s in mls if s.team_name == "Houston Dynamo").record
    assert (season.played, season.won, season.lost, season.drawn) == (32, 11, 8, 13)


def test_schmid_at_seattle_before_its_first_match(full: Store) -> None:
    """Sigi Schmid, appointed by Seattle Sounders FC in December 2008: its first match, 3-0 v New York Red
    Bulls on 19 March 2009; its first regular season "12-7-11" (wins, losses, ties: Sounders FC release,
    24 March 2010), 30 matches to 24 October 2009."""
    spell = spell_of(full, "Sigi Schmid", "Seattle Sounders")
    assert [g.kind for g in spell.gaps] == [GapKind.FOUNDED, GapKind.CUP]
    assert str(spell.gaps[0]) == SOUNDERS and spell.gaps[0].seasons == ("2008",)
    mls = spell_of(full, "Sigi Schmid", "Seattle Sounders", Filters(competitions=("us.1",)))
    assert mls.coverage is Coverage.FULL and [str(g) for g in mls.gaps] == [SOUNDERS]
    first = spell_of(
        full, "Sigi Schmid", "Seattle Sounders", Filters(competitions=("us.1",), date_to=dt.date(2009, 10, 24))
    ).record
    assert (first.played, first.won, first.lost, first.drawn) == (30, 12, 7, 11)
    report = manager_report(manager_record(full, "Sigi Schmid"))
    assert any(n.startswith("Seattle Sounders: ") and n.endswith(SOUNDERS[1:] + ".") for n in report.notes)
