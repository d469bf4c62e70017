"""Writing imported files: the file's entry, the names it uses (nodes) and its rows as given.

Nothing here merges or decides anything: :mod:`touchline.store.derive` turns the stored rows into clubs
and matches afterwards. A :class:`Writer` lives for one import run, inside its transaction; each file
goes in under a savepoint of its own, so a file that fails is undone alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from touchline.model import Competition
from touchline.store.base import Store

# a row as a reader gives it, with its clubs as indexes into the file's names (see FileRows)
ROW_FIELDS = (
    "line", "competition", "season", "date", "time", "stage", "round", "leg", "home", "away",
    "ft_home", "ft_away", "ht_home", "ht_away", "et_home", "et_away", "pen_home", "pen_away", "status", "neutral",
)  # fmt: skip
SOURCE_ROW_COLUMNS = (
    "id", "file_id", "line", "competition", "season", "date", "time", "stage", "round", "leg", "home_node",
    "away_node", "ft_home", "ft_away", "ht_home", "ht_away", "et_home", "et_away", "pen_home", "pen_away", "status",
    "neutral", "match_id", "agrees",
)  # fmt: skip
_HOME, _AWAY = ROW_FIELDS.index("home"), ROW_FIELDS.index("away")
# the indexes of the rows tables; a bulk import builds them once at the end instead of row by row
ROW_INDEXES = {
    "source_rows_file": "source_rows (file_id)",
    "source_rows_season": "source_rows (competition, season)",
    "source_rows_match": "source_rows (match_id)",
    "file_nodes_node": "file_nodes (node_id)",
}


@dataclass(frozen=True, slots=True)
class FileEntry:
    """What the ``files`` table says of an imported file."""

    source: str
    path: str
    format: str
    sha256: str
    matches: int
    skipped_lines: int = 0
    declared_teams: int | None = None
    declared_matches: int | None = None


@dataclass(frozen=True, slots=True)
class FileRows:
    """A parsed file, compact: its names as (namespace, name, era), its rows (``ROW_FIELDS``, clubs as
    indexes into ``names``), and where each name plays: (name index, competition, season, rows, first and
    last date)."""

    names: Sequence[tuple[str, str, str]]
    rows: Sequence[tuple[Any, ...]]
    slots: Sequence[tuple[int, str, str, int, str, str]]


class Writer:
    """Adds and removes files' rows; keeps the name nodes in memory for the run."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.nodes: dict[tuple[str, str, str], int] = {
            (ns, name, era): int(node)
            for node, ns, name, era in store.query("SELECT id, namespace, name, era FROM nodes")
        }
        self._next_node = max(self.nodes.values(), default=0) + 1
        self._next_row = int(store.scalar("SELECT MAX(id) FROM source_rows") or 0) + 1
        self.rows_written = 0

    def drop_indexes(self) -> None:
        """Before a bulk import: drop the rows tables' indexes (:meth:`build_indexes` makes them again)."""
        for name in ROW_INDEXES:
            self.store.execute(f"DROP INDEX IF EXISTS {name}")

    def build_indexes(self) -> None:
        """Make the rows tables' indexes (again)."""
        for name, target in ROW_INDEXES.items():
            self.store.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")

    def rows(self) -> int:
        """How many source rows the store holds."""
        return int(self.store.scalar("SELECT COUNT(*) FROM source_rows") or 0)

    def file_id(self, source: str, path: str) -> int | None:
        """The id of a stored file, by source and path."""
        found = self.store.scalar("SELECT id FROM files WHERE source = ? AND path = ?", (source, path))
        return None if found is None else int(found)

    def add(self, entry: FileEntry, parsed: FileRows) -> tuple[int, set[tuple[str, str]]]:
        """Store a file and its rows; returns its id and the competition-seasons it brings."""
        store = self.store
        file_id = int(
            store.scalar(
                "INSERT INTO files (source, path, format, sha256, matches, skipped_lines, imported_at, "
                "declared_teams, declared_matches) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    entry.source,
                    entry.path,
                    entry.format,
                    entry.sha256,
                    entry.matches,
                    entry.skipped_lines,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    entry.declared_teams,
                    entry.declared_matches,
                ),
            )
        )
        created: list[tuple[str, str, str]] = []
        try:
            return self._add_rows(file_id, parsed, created)
        except BaseException:
            # the savepoint undoes the rows; forget the nodes it undid too
            for name in created:
                del self.nodes[name]
            raise

    def _add_rows(
        self, file_id: int, parsed: FileRows, created: list[tuple[str, str, str]]
    ) -> tuple[int, set[tuple[str, str]]]:
        store = self.store
        node_ids = []
        for name in parsed.names:
            if name not in self.nodes:
                created.append(name)
            node_ids.append(self._node(*name))
        first = self._next_row
        self._next_row += len(parsed.rows)
        home, away = _HOME, _AWAY
        store.load(
            "source_rows",
            SOURCE_ROW_COLUMNS,
            (
                (
                    first + n,
                    file_id,
                    *row[:home],
                    node_ids[row[home]],
                    node_ids[row[away]],
                    *row[away + 1 :],
                    first + n,
                    True,
                )
                for n, row in enumerate(parsed.rows)
            ),
        )
        store.load(
            "file_nodes",
            ("file_id", "node_id", "competition", "season", "row_count", "first_date", "last_date"),
            (
                (file_id, node_ids[index], competition, season, count, first, last)
                for index, competition, season, count, first, last in parsed.slots
            ),
        )
        self.rows_written += len(parsed.rows)
        return file_id, {(competition, season) for _, competition, season, _, _, _ in parsed.slots}

    def remove(self, file_id: int) -> set[tuple[str, str]]:
        """Take a file and its rows out; returns the competition-seasons it held."""
        store = self.store
        seasons = {
            (str(c), str(s))
            for c, s in store.query("SELECT DISTINCT competition, season FROM file_nodes WHERE file_id = ?", (file_id,))
        }
        store.execute("DELETE FROM source_rows WHERE file_id = ?", (file_id,))
        store.execute("DELETE FROM file_nodes WHERE file_id = ?", (file_id,))
        store.execute("DELETE FROM files WHERE id = ?", (file_id,))
        return seasons

    def _node(self, namespace: str, name: str, era: str) -> int:
        found = self.nodes.get((namespace, name, era))
        if found is None:
            found = self.nodes[(namespace, name, era)] = self._next_node
            self._next_node += 1
            self.store.execute(
                "INSERT INTO nodes (id, namespace, name, era) VALUES (?, ?, ?, ?)", (found, namespace, name, era)
            )
        return found


def stored_files(store: Store) -> dict[tuple[str, str], tuple[int, str]]:
    """(source, path) -> (id, sha256) of every imported file."""
    return {
        (str(s), str(p)): (int(i), str(h)) for i, s, p, h in store.query("SELECT id, source, path, sha256 FROM files")
    }


def register_competitions(store: Store, competitions: Sequence[Competition]) -> None:
    """Add competitions the store does not list yet (name, country and kind from the catalogue)."""
    store.executemany(
        "INSERT INTO competitions (code, name, country, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(c.code, c.name, c.country, c.kind.value) for c in competitions],
    )
