"""Pure computations over model objects: managerial records (records.py) and league tables.

Tables: :func:`~touchline.compute.tables.league_table` at any date, matchday or stage under a
competition's :class:`~touchline.reference.rules.Rules`; :func:`~touchline.compute.tables.season_tables` for every
stage of a season; :func:`~touchline.compute.tables.position_over_time` and
:func:`~touchline.compute.tables.position_at` for one club.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchline.compute.tables import (
        LeagueTable,
        TableRow,
        league_table,
        position_at,
        position_over_time,
        season_tables,
    )
    from touchline.compute.totals import Venue

# each name's module, imported when the name is first asked for: a command that needs one computation
# (``touchline matches`` looks up a club) does not load the tables' rules
_HOMES = {
    "LeagueTable": "tables",
    "TableRow": "tables",
    "league_table": "tables",
    "position_at": "tables",
    "position_over_time": "tables",
    "season_tables": "tables",
    "Venue": "totals",
}

__all__ = [
    "LeagueTable",
    "TableRow",
    "Venue",
    "league_table",
    "position_at",
    "position_over_time",
    "season_tables",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
