"""Published records of eight more managers, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it); where the store lacks matches, it names
them, and the published figure is the store's and the matches it names, counted by hand.
"""

from __future__ import annotations

import pytest

from tests.published import check_store_and_missing, check_whole
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # Wikipedia, Ralf Rangnick, managerial statistics: Manchester United (interim), 29-11-10-8, from
        # his first match (Crystal Palace, 5 December 2021: Michael Carrick took the three before it)
        ("Ralf Rangnick", "Manchester United", (29, 11, 10, 8)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


@pytest.mark.parametrize(
    ("name", "team", "filters", "found", "missing", "lacked", "published"),
    [
        # Niko Kovač at Bayern, 65 games, 45-12-8 (Wikipedia, Niko Kovač, managerial statistics): the
        # store lacks the two DFL-Supercups and names them (5-0 v Eintracht Frankfurt, 12 August 2018;
        # 0-2 at Dortmund, 3 August 2019)
        (
            "Niko Kovač",
            "Bayern München",
            Filters(),
            (63, 44, 12, 7),
            {("de.sc", "2018-19"), ("de.sc", "2019-20")},
            (2, 1, 0, 1),
            (65, 45, 12, 8),
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
