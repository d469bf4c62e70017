"""Pure computations over model objects: managerial records (records.py) and league tables.

Tables: :func:`~touchline.compute.tables.league_table` at any date, matchday or stage under a
competition's :class:`~touchline.reference.rules.Rules`; :func:`~touchline.compute.tables.season_tables` for every
stage of a season; :func:`~touchline.compute.tables.position_over_time` and
:func:`~touchline.compute.tables.position_at` for one club.
"""

from __future__ import annotations

from touchline.compute.tables import (
    LeagueTable,
    TableRow,
    league_table,
    position_at,
    position_over_time,
    season_tables,
)
from touchline.compute.totals import Venue

__all__ = [
    "LeagueTable",
    "TableRow",
    "Venue",
    "league_table",
    "position_at",
    "position_over_time",
    "season_tables",
]
