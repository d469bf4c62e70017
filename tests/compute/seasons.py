"""A stored league season's champion and top places, as the research tests of rules files read them."""

from __future__ import annotations

from touchline.api.tables import competition_table, season_matches
from touchline.compute.titles import champion
from touchline.reference.rules import rules_for
from touchline.store import Store


def champion_of(store: Store, code: str, season: str) -> str | None:
    """The season's champion under its competition's rules (None: the data does not settle it)."""
    return champion(season_matches(store, code, season), rules_for(code, season))


def top(store: Store, code: str, season: str, places: int, *, modelled: bool = False) -> list[tuple[str, int]]:
    """The first ``places`` clubs of the final standings with their points; with ``modelled``, asserting
    that the rules count every stage of the season (no "Not counted" note)."""
    table = competition_table(store, code, season)
    if modelled:
        assert not any(note.startswith("Not counted") for note in table.notes), table.notes
    return [(row.club, row.points) for row in table.rows[:places]]
