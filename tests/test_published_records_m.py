"""Published records of managers of probe M, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole, or, for
Sampaoli's first Sevilla spell, the store's figure plus the matches of the competitions it names as
lacking, counted by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import check_store_and_missing, check_whole
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "start", "published"),
    [
        # Wikipedia, Luiz Felipe Scolari, managerial statistics: Chelsea, 1 July 2008 to 9 February 2009,
        # 36-20-11-5 (Premier League 25, Champions League 6, League Cup 2, FA Cup 3)
        ("Luiz Felipe Scolari", "Chelsea FC", None, (36, 20, 11, 5)),
        # Sevilla FC's statement on his dismissal, 21 March 2023 (quoted by fute11.com.br): 31 matches
        # since he replaced Lopetegui (LaLiga 19, Champions League 3, Europa League 4, Copa del Rey 5),
        # won 13, drawn 6, lost 12
        ("Jorge Sampaoli", "Sevilla FC", dt.date(2022, 10, 6), (31, 13, 6, 12)),
        # maisfutebol.iol.pt ("Roberto Carlos recorda Vanderlei no Real Madrid"): 45 matches at Real
        # Madrid, 28 won, 7 drawn, 10 lost (30 December 2004 to 4 December 2005)
        ("Vanderlei Luxemburgo", "Real Madrid", None, (45, 28, 7, 10)),
    ],
)
def test_published_records_the_store_holds_whole(
    full: Store, name: str, team: str, start: dt.date | None, published: tuple[int, ...]
) -> None:
    check_whole(full, name, team, published, start=start)


def test_sampaoli_first_sevilla_spell_is_the_store_and_the_two_super_cups(full: Store) -> None:
    # en.77577.com, 7 October 2022: Sampaoli's first Sevilla season, 53 matches, 27 won, 12 drawn,
    # 14 lost. The store lacks the Supercopa de España 2016 (lost 0-2 and 0-3 to Barcelona) and the
    # UEFA Super Cup 2016 (lost 2-3 after extra time to Real Madrid): three defeats.
    check_store_and_missing(
        full,
        "Jorge Sampaoli",
        "Sevilla FC",
        Filters(),
        found=(50, 27, 12, 11),
        missing={("es.sc", "2016-17"), ("uefa.sc", "2016-17")},
        lacked=(3, 0, 0, 3),
        published=(53, 27, 12, 14),
    )
