"""A canonical dump of a store: everything it says, without the numbers it happens to give rows.

Two stores with equal dumps hold the same files, rows, clubs, names, matches, conflicts and people,
whatever order their files came in.
"""

from __future__ import annotations

from typing import Any

from touchline.store.base import Store


def _norm(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return str(value) if hasattr(value, "isoformat") else value


def _rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    return sorted((tuple(_norm(v) for v in row) for row in store.query(sql)), key=repr)


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What the store holds, as sorted plain tuples (ids replaced by what they stand for)."""
    return {
        "files": _rows(
            store,
            "SELECT source, path, format, sha256, matches, skipped_lines, declared_teams, declared_matches FROM files",
        ),
        "clubs": _rows(store, "SELECT id, name, country, known FROM clubs"),
        "nodes": _rows(store, "SELECT namespace, name, era, club_id FROM nodes"),
        "rows": _rows(
            store,
            "SELECT f.path, r.line, r.competition, r.season, r.date, r.time, r.stage, r.round, r.leg, h.name, a.name, "
            "r.ft_home, r.ft_away, r.ht_home, r.ht_away, r.et_home, r.et_away, r.pen_home, r.pen_away, r.status, "
            "r.neutral, mf.path, m.line, r.agrees FROM source_rows r JOIN files f ON f.id = r.file_id "
            "JOIN nodes h ON h.id = r.home_node JOIN nodes a ON a.id = r.away_node "
            "JOIN matches m ON m.id = r.match_id JOIN files mf ON mf.id = m.file_id",
        ),
        "matches": _rows(
            store,
            "SELECT m.competition, m.season, m.date, m.time, m.stage, m.round, m.leg, m.home_id, m.away_id, m.ft_home, "
            "m.ft_away, m.ht_home, m.ht_away, m.et_home, m.et_away, m.pen_home, m.pen_away, m.status, m.neutral, "
            "f.path, m.line FROM matches m JOIN files f ON f.id = m.file_id",
        ),
        "competitions": _rows(store, "SELECT code, name, country, kind FROM competitions"),
        "people": _rows(store, "SELECT id, name, other_names, birth_date, source FROM people"),
        "spells": _rows(store, "SELECT person_id, seq, team_id, label, role, start_date, end_date FROM spells"),
    }
