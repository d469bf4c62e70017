"""Published records of managers of probe L, against the whole corpus (``full``: all of ../shared/data
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
        # French Wikipedia, Peter Bosz, teams coached (official matches, mirrored at
        # https://de.frwiki.wiki/wiki/Peter_Bosz): Ajax 2016-2017, 36 won, 11 drawn, 9 lost
        # (Eredivisie, KNVB Cup, Champions League qualifying, Europa League to the 2017 final)
        ("Peter Bosz", "AFC Ajax", (56, 36, 11, 9)),
        # French Wikipedia, Peter Bosz, teams coached (as above): Bayer Leverkusen January 2019 to
        # March 2021, 59 won, 16 drawn, 33 lost
        ("Peter Bosz", "Bayer Leverkusen", (108, 59, 16, 33)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)
