"""Published records of managers of probe Q, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import pytest

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # metro.co.uk, 3 April 2023 ("Graham Potter's record at Chelsea after being sacked as manager"):
        # 31 games in all competitions, 12 won, 8 drawn, 11 lost (mbl.is, 2 April 2023, the same)
        ("Graham Potter", "Chelsea FC", (31, 12, 8, 11)),
        # skysports.com, 9 November 2021: Nuno left Tottenham "with a record of eight wins, two draws and
        # seven defeats in all competitions", 17 matches (the EFL Cup tie at Wolves, won on penalties,
        # a draw)
        ("Nuno Espírito Santo", "Tottenham Hotspur", (17, 8, 2, 7)),
        # mbl.is, 5 December 2019: Silva managed Everton in 60 matches, won 24, drew 12, lost 24
        # (skor.sozcu.com.tr, 5 December 2019: 60 matches, 24 wins, 24 defeats)
        ("Marco Silva", "Everton FC", (60, 24, 12, 24)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


def test_potter_goals_at_chelsea_as_published(full: Store) -> None:
    # metro.co.uk, 3 April 2023: "Chelsea only found the back of the net 33 times in all competitions
    # across his tenure ... whilst 31 goals were shipped"
    record = spell_of(full, "Graham Potter", "Chelsea FC").record
    assert (record.goals_for, record.goals_against) == (33, 31)


def test_nuno_at_porto_is_the_published_record_less_the_two_cups(full: Store) -> None:
    # publico.pt, 22 May 2017 ("FC Porto confirma a saída de Nuno Espírito Santo"): 49 official
    # matches, 27 wins, 16 draws, 6 defeats. The store lacks the two domestic cups of 2016-17: the Taça
    # de Portugal (a third-round win, then out on penalties at Chaves in the fourth round, a draw:
    # Reuters via sportskeeda.com, 22 May 2017) and the three Taça da Liga group matches ("dois
    # empates e uma derrota", publico.pt): 1 win, 3 draws, 1 defeat.
    check_store_and_missing(
        full,
        "Nuno Espírito Santo",
        "FC Porto",
        Filters(),
        found=(44, 26, 13, 5),
        missing={("pt.cup", "2016-17"), ("pt.cup.l", "2016-17")},
        lacked=(5, 1, 3, 1),
        published=(49, 27, 16, 6),
    )
