"""Pure computations over model objects: league tables (and, later, records, ties and honours)."""

from __future__ import annotations

from touchline.compute.tables import (
    LeagueTable,
    TableRow,
    league_table,
    position_at,
    position_over_time,
    season_tables,
)

__all__ = ["LeagueTable", "TableRow", "league_table", "position_at", "position_over_time", "season_tables"]
