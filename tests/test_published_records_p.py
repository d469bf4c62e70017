"""Published records of managers of probe P, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole: a spell's
every match, or, where the source counts one competition only, that competition's.
"""

from __future__ import annotations

import pytest

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # theguardian.com, 27 December 2016 ("Bob Bradley sacked as Swansea City manager after only 11
        # games in charge"): "a record of two wins, seven defeats and two draws", 29 goals conceded;
        # all 11 in the Premier League (estadao.com.br, same day)
        ("Bob Bradley", "Swansea City", (11, 2, 2, 7)),
        # Wikipedia, Jürgen Klinsmann, managerial statistics: Bayern Munich, 1 July 2008 to 27 April
        # 2009, 43-25-9-9 (Bundesliga 29, DFB-Pokal 4, Champions League 10)
        ("Jürgen Klinsmann", "Bayern München", (43, 25, 9, 9)),
        # Wikipedia, Jürgen Klinsmann, managerial statistics: Hertha BSC, 27 November 2019 to 11
        # February 2020, 10-3-3-4 (Bundesliga 9, DFB-Pokal 1)
        ("Jürgen Klinsmann", "Hertha BSC", (10, 3, 3, 4)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


def test_bradley_conceded_at_swansea_as_published(full: Store) -> None:
    # bbc.co.uk, 27 December 2016 ("Bob Bradley: Swansea City sack American manager"): "eight points out
    # of a possible 33 since, conceding 29 goals in the process"; Swansea 19th, second from bottom
    spell = spell_of(full, "Bob Bradley", "Swansea City")
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn, record.goals_against) == (11, 8, 29)
    assert spell.coverage == "full"


def test_klinsmann_bundesliga_record_at_bayern_as_published(full: Store) -> None:
    # thehimalayantimes.com (AFP), 27 April 2009: he "lost seven of his 29 league games"; irishtimes.com,
    # 28 April 2009: Bayern "conceding 37 goals this season"
    spell = spell_of(full, "Jürgen Klinsmann", "Bayern München", Filters(competitions=("de.1",)))
    record = spell.record
    assert (record.played, record.lost, record.goals_against) == (29, 7, 37)
    assert spell.coverage == "full"
