"""Published records of managers of probe I (Italian managers), against the whole corpus (``full``: all
of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole, or whose
missing matches the record names and the published figure accounts for.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters, Shootouts
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # clubdoria46.it, "Esonero assicurato" (December 2019): Montella at Sampdoria, from 15 November
        # 2015 to the end of 2015-16, "6 vittorie, 6 pareggi e 15 sconfitte (coppa Italia compresa)", 22.22%
        ("Vincenzo Montella", "Sampdoria", (27, 6, 6, 15)),
        # Wikipedia, 2016-17 Watford F.C. season: Premier League 11-7-20 (17th, 40 points), FA Cup: won
        # 2-0 v Burton Albion, lost 0-1 v Millwall; EFL Cup: lost 1-2 at Gillingham: 41-12-7-22 under
        # Mazzarri (27 May 2016 to 21 May 2017)
        ("Walter Mazzarri", "Watford FC", (41, 12, 7, 22)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # fcinternews.it, "Per Pioli sono poche le soddisfazioni contro la Lazio" (TMW): with Lazio "69
        # presenze come allenatore di Serie A (32 successi, 15 pareggi e 22 sconfitte)", to the 1-4
        # derby of 3 April 2016, his last match
        ("Stefano Pioli", "Lazio Roma", (69, 32, 15, 22)),
        # newsmondo.it, "Milan: tutti i numeri di Pioli" (Opta, October 2019): Bologna in Serie A "89
        # gare, con 27 vittorie, 28 pareggi e 34 sconfitte"
        ("Stefano Pioli", "Bologna FC", (89, 27, 28, 34)),
    ],
)
def test_published_serie_a_records(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    spell = spell_of(full, name, team, Filters(competitions=("it.1",)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == published
    assert spell.coverage == "full"


def test_pioli_at_milan_to_10_february_2024(full: Store) -> None:
    # gazzetta.it, 10 February 2024, "Milan, Pioli raggiunge Sacchi": "in 219 partite Pioli ha vinto
    # 122 volte, pareggiato 51 e perso 46" (shoot-outs counted as won or lost: the Europa League
    # qualifier at Rio Ave and the Coppa Italia tie with Torino, both won on penalties). The store
    # lacks the 2023 Supercoppa Italiana, lost 0-3 to Inter on 18 January 2023.
    check_store_and_missing(
        full,
        "Stefano Pioli",
        "AC Milan",
        Filters(date_to=dt.date(2024, 2, 10), shootouts=Shootouts.RESULT),
        found=(218, 122, 51, 45),
        missing={("it.sc", "2022-23")},
        lacked=(1, 0, 0, 1),
        published=(219, 122, 51, 46),
    )
