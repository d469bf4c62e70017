"""Published records of managers of probe H, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole.
"""

from __future__ import annotations

import pytest

from tests.published import check_whole
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # Wikipedia, Jesse Marsch, managerial statistics: Leeds United, 28 February 2022 to 6 February
        # 2023, 37-11-10-16 (Premier League 32, EFL Cup 2, FA Cup 3)
        ("Jesse Marsch", "Leeds United", (37, 11, 10, 16)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)
