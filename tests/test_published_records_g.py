"""Published records of managers probed in round G, against the whole corpus (``full``: all of
../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), for spells the store holds whole.
"""

from __future__ import annotations

import pytest

from tests.published import check_whole
from touchline.api.managers import manager_record
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "published"),
    [
        # Christoph Daum at Eintracht Frankfurt, 22 March to 14 May 2011: seven Bundesliga matches
        # without a win, three draws and four defeats, and relegation (kicker, May 2011: "drei Punkte aus
        # sieben Spielen"); Frankfurt were out of the DFB-Pokal by then
        ("Christoph Daum", "Eintracht Frankfurt", (7, 0, 3, 4)),
        # Thomas Schaaf at Hannover 96, 29 December 2015 to 3 April 2016: eleven Bundesliga matches, one
        # win and ten defeats (kicker, 3 April 2016, on his dismissal: three points from eleven matches)
        ("Thomas Schaaf", "Hannover 96", (11, 1, 0, 10)),
    ],
)
def test_published_records_the_store_holds_whole(full: Store, name: str, team: str, published: tuple[int, ...]) -> None:
    check_whole(full, name, team, published)


def test_schaafs_caretaker_match_at_werder(full: Store) -> None:
    # Schaaf as Werder's caretaker for the last matchday of 2020-21: Werder 2-4 Borussia
    # Mönchengladbach, 22 May 2021, and relegation (Bundesliga, matchday 34)
    spell = [s for s in manager_record(full, "Thomas Schaaf").spells if s.team_name == "Werder Bremen"][-1]
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (1, 0, 0, 1)
    assert (spell.record.goals_for, spell.record.goals_against) == (2, 4)
    assert spell.coverage == "full"
