"""Published records of managers of probe J, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it); a spell the store holds whole is
checked as it is, one whose missing match the store names is checked with that match added by hand.
"""

from __future__ import annotations

import pytest

from tests.published import check_store_and_missing, check_whole
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # André Villas-Boas at Chelsea, 2011-12: P40 W19 D11 L10 (PA news agency, "A closer look at how
        # the four bosses to lead both Chelsea and Tottenham fared", sportsmax.tv, 29 May 2023)
        ("André Villas-Boas", "Chelsea FC", (40, 19, 11, 10)),
        # André Villas-Boas at Tottenham, July 2012 to December 2013: P80 W44 D20 L16 (the same PA piece)
        ("André Villas-Boas", "Tottenham Hotspur", (80, 44, 20, 16)),
        # Manuel Pellegrini at West Ham, May 2018 to 28 December 2019: 24 wins, 11 draws, 29 defeats
        # (eurofootball.com, "West Ham unable to bear another defeat, fires M. Pellegrini"), "24 of 64
        # matches" (sportklub.n1info.si, 28 December 2019)
        ("Manuel Pellegrini", "West Ham United", (64, 24, 11, 29)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


@pytest.mark.parametrize(
    ("name", "team", "found", "missing", "lacked", "published"),
    [
        # Julen Lopetegui at Real Madrid, 14 games, 6 wins, 2 draws, 6 defeats (bolasport.com and OptaJose,
        # 29 October 2018); among the defeats the UEFA Super Cup of 15 August 2018, 2-4 a.e.t. v Atlético
        # Madrid (bndestem.nl, October 2018), which the store lacks and names
        ("Julen Lopetegui", "Real Madrid", (13, 6, 2, 5), {("uefa.sc", "2018-19")}, (1, 0, 0, 1), (14, 6, 2, 6)),
    ],
)
def test_published_records_are_the_stores_and_the_super_cup_it_names_as_missing(
    full: Store,
    name: str,
    team: str,
    found: tuple[int, ...],
    missing: set[tuple[str, str]],
    lacked: tuple[int, ...],
    published: tuple[int, ...],
) -> None:
    check_store_and_missing(full, name, team, Filters(), found, missing, lacked, published)
