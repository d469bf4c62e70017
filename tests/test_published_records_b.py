"""Published records of eight more managers, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it); where the store lacks matches, it names
them, and the published figure is the store's and the matches it names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import check_store_and_missing, check_whole
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # newsbytesapp, 5 July 2023 ("Paris Saint-Germain appoint Luis Enrique as manager: Decoding his
        # stats"): Roma, M42 W17 D9 L16; Celta Vigo, M40 W15 D7 L18
        ("Luis Enrique", "AS Roma", (42, 17, 9, 16)),
        ("Luis Enrique", "RC Celta", (40, 15, 7, 18)),
        # Wikipedia, Marcelo Bielsa, managerial statistics (as of 17 October 2023): Athletic Bilbao,
        # 113-43-31-39 (La Liga, Copa del Rey and Europa League, qualifying included)
        ("Marcelo Bielsa", "Athletic Bilbao", (113, 43, 31, 39)),
        # Wikipedia, Louis van Gaal, managerial statistics: Manchester United, 103-54-25-24
        ("Louis van Gaal", "Manchester United", (103, 54, 25, 24)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


@pytest.mark.parametrize(
    ("name", "team", "filters", "found", "missing", "lacked", "published"),
    [
        # Luis Enrique at Barcelona, 181-138-22-21 (newsbytesapp, 5 July 2023): the store lacks seven
        # matches and names them: the Supercopas of 2015 (0-4, 1-1 v Athletic) and 2016 (2-0, 3-0 v
        # Sevilla), the UEFA Super Cup 2015 (5-4 a.e.t. v Sevilla) and the Club World Cup 2015 (3-0 v
        # Guangzhou Evergrande, 3-0 v River Plate)
        (
            "Luis Enrique",
            "FC Barcelona",
            Filters(),
            (174, 133, 21, 20),
            {("es.sc", "2015-16"), ("uefa.sc", "2015-16"), ("fifa.cwc", "2015-16"), ("es.sc", "2016-17")},
            (7, 5, 1, 1),
            (181, 138, 22, 21),
        ),
        # Xabi Alonso at Leverkusen, 140 games, 88-33-19 (si.com, May 2025: 17-10-10 in 2022-23, 43-9-1
        # in 2023-24, 28-14-8 in 2024-25): the store lacks the DFL-Supercup 2024 and names it (2-2 v
        # Stuttgart, won on penalties: a draw)
        (
            "Xabi Alonso",
            "Bayer Leverkusen",
            Filters(),
            (139, 88, 32, 19),
            {("de.sc", "2024-25")},
            (1, 0, 1, 0),
            (140, 88, 33, 19),
        ),
        # Hansi Flick at Bayern to the Club World Cup final of 11 February 2021: 68 competitive games, 58
        # wins, 5 draws, 5 defeats, the cup defeat on penalties at Holstein Kiel counted as a defeat
        # (fcbayern.com, February 2021, "Flicks historische Bilanz: Mehr Titel als Niederlagen"): the
        # store lacks four wins and names them: the DFL-Supercup 2020 (3-2 v Dortmund), the UEFA Super
        # Cup 2020 (2-1 a.e.t. v Sevilla) and the Club World Cup 2020 (2-0 v Al Ahly, 1-0 v Tigres)
        (
            "Hansi Flick",
            "Bayern München",
            Filters(date_to=dt.date(2021, 2, 11), shootouts=Shootouts.RESULT),
            (64, 54, 5, 5),
            {("de.sc", "2020-21"), ("uefa.sc", "2020-21"), ("fifa.cwc", "2020-21")},
            (4, 4, 0, 0),
            (68, 58, 5, 5),
        ),
        # Bielsa at Marseille, 41 games, 21-7-13 (en.wikipedia, managerial statistics): from his first
        # match (the appointment day's, 17 May 2014, was José Anigo's); the store lacks the Coupe de la
        # Ligue 2014-15 and names it (0-1 at Rennes)
        (
            "Marcelo Bielsa",
            "Olympique Marseille",
            Filters(),
            (40, 21, 7, 12),
            {("fr.cup.l", "2014-15")},
            (1, 0, 0, 1),
            (41, 21, 7, 13),
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
