"""Published records of managers probed in the whole corpus: the store's figures against the press's.

Each case names its source. The whole-corpus store is the ``full`` fixture of ``tests/conftest.py``, which
imports every person file of ``touchline/data/people``.
"""

from __future__ import annotations

import pytest

from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def test_vanhaezebrouck_at_anderlecht_is_the_clubs_published_record(full: Store) -> None:
    # Het Nieuwsblad, 16 December 2018 (www.nieuwsblad.be/cnt/dmf20181216_04039465), on his dismissal:
    # "over alle competities heen 62 wedstrijden ... won er slechts 26 ... 25 keer verloren ...
    # doelsaldo (87-93)"; the store holds the whole spell (league, cup, Europe), so it must be exact.
    spell = next(s for s in manager_record(full, "Hein Vanhaezebrouck").spells if s.team_name == "RSC Anderlecht")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (62, 26, 11, 25)
    assert (record.goals_for, record.goals_against) == (87, 93)
    assert spell.coverage == "full"
    assert not spell.gaps


@pytest.mark.parametrize(
    ("filters", "played", "points"),
    [
        # 24 games in charge of Mainz (aftenposten via nyhetssaker.no and nemzetisport.hu, September 2025:
        # "24 kamper", "24 mérkőzés után menesztették"): 21 Bundesliga games, the DFB-Pokal tie at Chemnitz
        # (a draw on the day, lost on penalties) and the two Europa League qualifiers against Asteras
        (Filters(), 24, None),
        # "nur 22 Punkte aus 21 Spielen in der Bundesliga" (kei-fussball.de, September 2025)
        (Filters(competitions=("de.1",)), 21, 22),
    ],
)
def test_hjulmand_at_mainz(full: Store, filters: Filters, played: int, points: int | None) -> None:
    spell = next(s for s in manager_record(full, "Kasper Hjulmand", filters).spells if s.team_name == "1. FSV Mainz 05")
    assert spell.record.played == played
    if points is not None:
        assert 3 * spell.record.won + spell.record.drawn == points
