"""Published records of a third group of managers, against the whole corpus (``full``: all of
../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it); where the store lacks matches, it names
them, and the published figure is the store's and the matches it names, counted by hand.
"""

from __future__ import annotations

import pytest

from tests.published import check_store_and_missing, check_whole
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # newsbytesapp, 31 January 2023 ("Everton sign Sean Dyche as manager: Decoding his stats"):
        # Watford, June 2011 to July 2012, 49 matches, 17 wins, 17 draws, 15 defeats; Burnley, October
        # 2012 to April 2022, 425 matches, W149 D118 L158
        ("Sean Dyche", "Watford FC", (49, 17, 17, 15)),
        ("Sean Dyche", "Burnley FC", (425, 149, 118, 158)),
        # BBC Sport, 1 May 2012 ("Roy Hodgson's route to the England manager's job"): Blackburn Rovers,
        # 1997 to his dismissal on 21 November 1998, all competitions, Pld 63 W22 D18 L23
        ("Roy Hodgson", "Blackburn Rovers", (63, 22, 18, 23)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


def test_redknapp_at_tottenham_played_and_won_as_published(full: Store) -> None:
    # Tottenham Hotspur's managers by win rate, June 2012 (hellbedisappointed.blogspot.com, "Tottenham
    # Hotspur: who was Spurs' best...", after his dismissal of 13 June 2012): Harry Redknapp, 2008-2012,
    # played 198, won 98, 49.49 per cent (draws and defeats are not given there)
    spell = next(s for s in manager_record(full, "Harry Redknapp").spells if s.team_name == "Tottenham Hotspur")
    assert (spell.record.played, spell.record.won) == (198, 98)
    assert spell.coverage == "full"


@pytest.mark.parametrize(
    ("name", "team", "filters", "found", "missing", "lacked", "published"),
    [
        # David Moyes at Manchester United, 1 July 2013 to his dismissal on 22 April 2014: 51 games, 27
        # won, 9 drawn, 15 lost (informationng.com, 22 April 2014, "Manchester United Sack David
        # Moyes"): the store lacks the Community Shield of 11 August 2013 (2-0 v Wigan Athletic, a
        # win) and names it
        (
            "David Moyes",
            "Manchester United",
            Filters(),
            (50, 26, 9, 15),
            {("eng.sc", "2013-14")},
            (1, 1, 0, 0),
            (51, 27, 9, 15),
        ),
    ],
)
def test_published_records_are_the_stores_and_the_matches_it_names_as_missing(
    full: Store,
    name: str,
    team: str,
    filters: Filters,
    found: tuple[int, ...],
    missing: set[tuple[str, str]],
    lacked: tuple[int, ...],
    published: tuple[int, ...],
) -> None:
    check_store_and_missing(full, name, team, filters, found, missing, lacked, published)
