"""Writing imported files: the file's entry, the names it uses (nodes) and its rows as given.

Nothing here merges or decides anything: :mod:`touchline.store.derive` turns the stored rows into clubs
and matches afterwards. A :class:`Writer` lives for one import run, inside its transaction; the caller
writes files in batches under a savepoint, and a batch that fails again file by file, so that a file
that fails is undone alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from touchline.model import Competition
from touchline.store.base import Store

# A row as a worker hands it over: its place among the file's rows, then what the reader gave, the clubs
# as indexes into the file's names (see FileRows). An absent value is spelled as data: NO_NUMBER for a
# number (no goal count, leg or line is negative; neutral is 1, 0 or NO_NUMBER) and NO_TEXT for a text (no
# reader gives an empty time, stage or round). The store turns them back into NULL as it writes: binding
# None or a bool costs SQLite's Python driver about ten times binding an int, and a row has ten of them.
NO_NUMBER = -1
NO_TEXT = ""
ROW_FIELDS = (
    ("n", "INTEGER"), ("line", "INTEGER"), ("competition", "TEXT"), ("season", "TEXT"), ("date", "DATE"),
    ("time", "TEXT"), ("stage", "TEXT"), ("round", "TEXT"), ("leg", "INTEGER"), ("home", "INTEGER"),
    ("away", "INTEGER"), ("ft_home", "INTEGER"), ("ft_away", "INTEGER"), ("ht_home", "INTEGER"),
    ("ht_away", "INTEGER"), ("et_home", "INTEGER"), ("et_away", "INTEGER"), ("pen_home", "INTEGER"),
    ("pen_away", "INTEGER"), ("status", "TEXT"), ("neutral", "INTEGER"),
)  # fmt: skip
_OPTIONAL_TEXT = ("time", "stage", "round")
_OPTIONAL_NUMBER = ("leg", "ft_home", "ft_away", "ht_home", "ht_away", "et_home", "et_away", "pen_home", "pen_away")


# a file with at most this many names maps its name indexes to nodes in the statement itself (a CASE);
# one with more looks them up in the tl_names table
CASE_NAMES = 64


def _row_targets(file_id: int, first: int, nodes: Sequence[int]) -> dict[str, str]:
    """source_rows' columns as SQL expressions over a file's encoded row (``{field}``; see ROW_FIELDS).
    ``nodes`` are the file's names' nodes (their ids: integers, safe to write into the statement)."""
    targets = {"id": f"{{n}} + {first}", "file_id": str(file_id)}
    cases = " ".join(f"WHEN {index} THEN {int(node)}" for index, node in enumerate(nodes))
    for name, _ in ROW_FIELDS[1:]:
        if name in _OPTIONAL_TEXT:
            targets[name] = f"NULLIF({{{name}}}, '{NO_TEXT}')"
        elif name in _OPTIONAL_NUMBER:
            targets[name] = f"NULLIF({{{name}}}, {NO_NUMBER})"
        elif name in ("home", "away"):
            if len(nodes) <= CASE_NAMES:
                targets[f"{name}_node"] = f"CASE {{{name}}} {cases} END"
            else:
                targets[f"{name}_node"] = f"(SELECT node FROM tl_names WHERE name = {{{name}}})"
        elif name == "neutral":
            targets[name] = f"CAST(NULLIF({{neutral}}, {NO_NUMBER}) AS BOOLEAN)"
        else:
            targets[name] = f"{{{name}}}"
    targets["match_id"] = targets["id"]
    targets["agrees"] = "TRUE"
    return targets


# source_rows' columns, in the order of a decoded row
SOURCE_ROW_COLUMNS = tuple(_row_targets(0, 0, ()))
FILE_COLUMNS = (
    "id", "source", "path", "format", "sha256", "matches", "skipped_lines", "imported_at", "declared_teams",
    "declared_matches", "reading",
)  # fmt: skip
FILE_NODE_COLUMNS = ("file_id", "node_id", "competition", "season", "row_count", "first_date", "last_date")
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
    reading: str = ""  # what the club registry decided as the file was read (ClubRegistry.reading)


@dataclass(frozen=True, slots=True)
class FileRows:
    """A parsed file, compact: its names as (namespace, name, era), its rows (``ROW_FIELDS``, clubs as
    indexes into ``names``), and where each name plays: (name index, competition, season, rows, first and
    last date)."""

    names: Sequence[tuple[str, str, str]]
    rows: Sequence[tuple[Any, ...]]
    slots: Sequence[tuple[int, str, str, int, str, str]]


def _row_decoder(file_id: int, first: int, nodes: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """What :func:`_row_targets` says in SQL, in Python: source_rows' values from a file's encoded row
    (spelled out field by field: it runs for every row a PostgreSQL store gets)."""
    none = NO_NUMBER

    def decode(r: Sequence[Any]) -> tuple[Any, ...]:
        (n, line, competition, season, date, time, stage, round_, leg, home, away,
         fh, fa, hh, ha, eh, ea, ph, pa, status, neutral) = r  # fmt: skip
        row_id = first + n
        return (
            row_id, file_id, line, competition, season, date, time or None, stage or None, round_ or None,
            None if leg == none else leg, nodes[home], nodes[away],
            None if fh == none else fh, None if fa == none else fa,
            None if hh == none else hh, None if ha == none else ha,
            None if eh == none else eh, None if ea == none else ea,
            None if ph == none else ph, None if pa == none else pa,
            status, None if neutral == none else neutral == 1, row_id, True,
        )  # fmt: skip

    return decode


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
        self._next_file = int(store.scalar("SELECT MAX(id) FROM files") or 0) + 1
        self._new_files: list[tuple[Any, ...]] = []
        self._new_nodes: list[tuple[int, str, str, str]] = []
        self._new_slots: list[tuple[int, int, str, str, int, str, str]] = []
        if store.decodes_in_sql:
            # the clubs of the file being written: index in its names -> node
            store.execute(
                "CREATE TEMPORARY TABLE IF NOT EXISTS tl_names (name INTEGER PRIMARY KEY, node INTEGER NOT NULL)"
            )

    def drop_indexes(self) -> None:
        """Before a bulk import: drop the rows tables' indexes and the rows' key index, where the store
        keeps one (:meth:`build_indexes` makes them again)."""
        for name in ROW_INDEXES:
            self.store.execute(f"DROP INDEX IF EXISTS {name}")
        self.store.drop_key("source_rows")

    def build_indexes(self, names: Sequence[str] | None = None) -> None:
        """Make the rows tables' indexes (again): those ``names``, or all of them and the rows' key."""
        for name in ROW_INDEXES if names is None else names:
            self.store.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {ROW_INDEXES[name]}")
        if names is None:
            self.store.add_key("source_rows")

    def rows(self) -> int:
        """How many source rows the store holds."""
        return int(self.store.scalar("SELECT COUNT(*) FROM source_rows") or 0)

    def add(self, files: Sequence[tuple[FileEntry, FileRows]]) -> list[tuple[int, set[tuple[str, str]]]]:
        """Store files and their rows; returns each file's id and the competition-seasons it brings. Their
        entries, names and where the names play are written by :meth:`flush`.

        PostgreSQL gets the rows of all ``files`` in one ``COPY`` (each statement costs it a round trip).
        Should writing fail, the writer forgets the files and the names they brought, and raises: the
        caller's savepoint undoes the rows."""
        mark = (self._next_file, self._next_row, self._next_node, self.rows_written)
        counts = (len(self._new_files), len(self._new_nodes), len(self._new_slots))
        try:
            return self._add(files)
        except BaseException:
            self._next_file, self._next_row, self._next_node, self.rows_written = mark
            for _, namespace, name, era in self._new_nodes[counts[1] :]:
                del self.nodes[(namespace, name, era)]
            del self._new_files[counts[0] :], self._new_nodes[counts[1] :], self._new_slots[counts[2] :]
            raise

    def _add(self, files: Sequence[tuple[FileEntry, FileRows]]) -> list[tuple[int, set[tuple[str, str]]]]:
        store = self.store
        added = []
        decoded: list[Iterable[Sequence[Any]]] = []  # the rows PostgreSQL gets in one COPY
        for entry, parsed in files:
            file_id = self._next_file
            self._next_file += 1
            self._new_files.append(
                (
                    file_id,
                    entry.source,
                    entry.path,
                    entry.format,
                    entry.sha256,
                    entry.matches,
                    entry.skipped_lines,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    entry.declared_teams,
                    entry.declared_matches,
                    entry.reading,
                )
            )
            node_ids = []
            for name in parsed.names:
                found = self.nodes.get(name)
                if found is None:
                    found = self.nodes[name] = self._next_node
                    self._next_node += 1
                    self._new_nodes.append((found, *name))
                node_ids.append(found)
            first = self._next_row
            self._next_row += len(parsed.rows)
            if not store.decodes_in_sql:
                decoded.append(map(_row_decoder(file_id, first, node_ids), parsed.rows))
            else:
                if len(node_ids) > CASE_NAMES:
                    # the file's names (a small table: SQLite empties it without leaving anything behind)
                    store.execute("DELETE FROM tl_names")
                    store.executemany("INSERT INTO tl_names (name, node) VALUES (?, ?)", list(enumerate(node_ids)))
                store.load_encoded("source_rows", _row_targets(file_id, first, node_ids), ROW_FIELDS, parsed.rows)
            # the file's entry, new names and where its names play wait for flush(): a statement per file and
            # table costs PostgreSQL a round trip each
            self._new_slots.extend(
                (file_id, node_ids[index], competition, season, count, first_day, last_day)
                for index, competition, season, count, first_day, last_day in parsed.slots
            )
            self.rows_written += len(parsed.rows)
            added.append((file_id, {(competition, season) for _, competition, season, *_ in parsed.slots}))
        if decoded:
            store.load("source_rows", SOURCE_ROW_COLUMNS, itertools.chain.from_iterable(decoded))
        return added

    def flush(self) -> None:
        """Write the entries, names and name slots of the files added since the last flush (call before
        anything reads ``files``, ``nodes`` or ``file_nodes``: :mod:`touchline.store.derive` does)."""
        self.store.load("files", FILE_COLUMNS, self._new_files)
        self.store.load("nodes", ("id", "namespace", "name", "era"), self._new_nodes)
        self.store.load("file_nodes", FILE_NODE_COLUMNS, self._new_slots)
        self._new_files, self._new_nodes, self._new_slots = [], [], []

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


def stored_files(store: Store) -> dict[tuple[str, str], tuple[int, str, str]]:
    """(source, path) -> (id, sha256, reading) of every imported file."""
    return {
        (str(s), str(p)): (int(i), str(h), str(r))
        for i, s, p, h, r in store.query("SELECT id, source, path, sha256, reading FROM files")
    }


def register_competitions(store: Store, competitions: Sequence[Competition]) -> None:
    """Add competitions the store does not list yet (name, country and kind from the catalogue)."""
    store.executemany(
        "INSERT INTO competitions (code, name, country, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(c.code, c.name, c.country, c.kind.value) for c in competitions],
    )
