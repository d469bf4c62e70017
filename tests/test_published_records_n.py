"""Published records of managers of probe N, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it); where the store lacks matches, it names
them, and the published figure is the store's and the matches it names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import check_whole, spell_of
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # scorum.com, "Claude Puel sacked by Leicester City after just 16 months" (February 2019), "Claude
        # Puel's Managerial Statistics", after the biography's statistics table: Southampton, 30 June 2016 to
        # 14 June 2017, 20 wins, 13 draws, 20 losses; Leicester City, 25 October 2017 to 24 February 2019,
        # 23 wins, 18 draws, 26 losses (Premier League, FA Cup, EFL Cup and, for Southampton, Europa League)
        ("Claude Puel", "Southampton FC", (53, 20, 13, 20)),
        ("Claude Puel", "Leicester City", (67, 23, 18, 26)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


def test_houllier_at_liverpool_played_as_published(full: Store) -> None:
    # lfchistory.net, Gérard Houllier's manager profile: sole manager from 12 November 1998 (first game 14
    # November 1998) to 24 May 2004, "Total LFC games as manager: 307". The store lacks three of them and
    # names them: the Charity Shield of 12 August 2001 (2-1 v Manchester United), the UEFA Super Cup of 24
    # August 2001 (3-2 v Bayern München) and the Community Shield of 11 August 2002 (0-1 v Arsenal).
    spell = spell_of(full, "Gérard Houllier", "Liverpool FC", start=dt.date(1998, 11, 12))
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("eng.sc", "2001-02"),
        ("uefa.sc", "2001-02"),
        ("eng.sc", "2002-03"),
    }
    assert spell.record.played + 3 == 307
