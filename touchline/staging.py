"""Staging files: how parsed rows reach a SQLite store without the main process binding each value.

Handing a row's 22 values to SQLite costs about 10 µs in Python on a small machine; for a million
matches that alone would take longer than the whole import may. So each worker process writes the rows
it parses into a staging SQLite file of its own (in parallel with the other worker), and the main
process copies a file's rows into the store with one ``INSERT ... SELECT`` (C speed), inside that
file's transaction. Where a file's matches may already be in the store from another source, the main
process reads the staged rows back and merges them in Python as usual.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

# What a staged row holds. Competition and season are the same for every row of a staged file and
# travel with it instead; the eight score numbers (full time, half time, extra time, shoot-out; home and
# away) are packed into one integer, two decimal digits each, 99 standing for "none". Binding a value
# is what costs, so 11 values a row instead of 20 nearly halves the staging time.
STAGED_COLUMNS = "date, time, stage, round, leg, home_id, away_id, scores, status, neutral, line"
MATCH_COLUMNS = (
    "competition, season, date, time, stage, round, leg, home_id, away_id, ft_home, ft_away, ht_home, "
    "ht_away, et_home, et_away, pen_home, pen_away, status, neutral, line"
)
_NONE = 99
_SCORES = ", ".join(f"NULLIF(scores / {100 ** (7 - k)} % 100, {_NONE})" for k in range(8))
_SELECT = f"?, ?, date, time, stage, round, leg, home_id, away_id, {_SCORES}, status, neutral, line"

# the staging connection of this worker process (set by ``claim`` in the pool initializer)
_worker: tuple[int, sqlite3.Connection] | None = None


class Staging:
    """A temporary folder of staging files, one per worker; attach them to the store to read from."""

    def __init__(self, workers: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="touchline-stage-"))
        self.paths = [self.folder / f"stage{n}.sqlite" for n in range(workers)]
        for path in self.paths:
            with sqlite3.connect(path) as connection:
                connection.execute("PRAGMA journal_mode=WAL")
                # no index: a job's rows are one rowid range, which the worker hands back
                connection.execute(f"CREATE TABLE staged ({STAGED_COLUMNS})")

    def attach(self, connection: sqlite3.Connection) -> None:
        """Attach every staging file to the store's connection as ``stage0``, ``stage1``, ..."""
        for n, path in enumerate(self.paths):
            connection.execute(f"ATTACH DATABASE ? AS stage{n}", (str(path),))

    def detach(self, connection: sqlite3.Connection) -> None:
        """Detach the staging files again."""
        for n in range(len(self.paths)):
            connection.execute(f"DETACH DATABASE stage{n}")

    def remove(self) -> None:
        """Delete the staging files."""
        shutil.rmtree(self.folder, ignore_errors=True)


def claim(queue: Queue[tuple[int, str]]) -> None:
    """Pool initializer: take one staging file for this worker process."""
    global _worker
    number, path = queue.get()
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
    connection.execute("PRAGMA synchronous=OFF")
    _worker = (number, connection)


@dataclass(frozen=True, slots=True)
class Staged:
    """Where a file's rows wait: staging file ``number``, rowids ``first`` to ``last``, and the
    competition and season they all share."""

    number: int
    first: int
    last: int
    competition: str
    season: str


def _packed(rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]] | None:
    """The rows in the staged layout, or None when they do not fit it (several competition-seasons,
    a score of 99 or more)."""
    if len({(row[0], row[1]) for row in rows}) != 1:
        return None
    cache: dict[tuple[Any, ...], int | None] = {}
    out = []
    for row in rows:
        key = row[9:17]
        packed = cache.get(key, -1)
        if packed == -1:
            if any(v is not None and not 0 <= v < _NONE for v in key):
                return None
            packed = None
            if any(v is not None for v in key):
                packed = 0
                for value in key:
                    packed = packed * 100 + (_NONE if value is None else value)
            cache[key] = packed
        out.append((row[2], row[3], row[4], row[5], row[6], row[7], row[8], packed, row[17], row[18], row[19]))
    return out


def stage(rows: Sequence[tuple[Any, ...]]) -> Staged | None:
    """Write a file's rows (importer layout) to this worker's staging file; where they are, or None
    outside workers or when the rows do not fit the staged layout (they then travel back as they are)."""
    if _worker is None or not rows:
        return None
    compact = _packed(rows)
    if compact is None:
        return None
    number, connection = _worker
    connection.execute("BEGIN IMMEDIATE")
    first = int(connection.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM staged").fetchone()[0])
    connection.executemany(f"INSERT INTO staged VALUES (?{', ?' * 10})", compact)
    connection.execute("COMMIT")
    return Staged(number, first, first + len(rows) - 1, rows[0][0], rows[0][1])


def copy_sql(staged: Staged) -> str:
    """The statement that copies staged rows into ``matches`` (parameters: :func:`copy_params`)."""
    return (
        f"INSERT INTO matches (file_id, {MATCH_COLUMNS}) SELECT ?, {_SELECT} "
        f"FROM stage{staged.number}.staged WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
    )


def copy_params(staged: Staged, file_id: int) -> tuple[Any, ...]:
    """The parameters of :func:`copy_sql`."""
    return (file_id, staged.competition, staged.season, staged.first, staged.last)


def fetch_sql(staged: Staged) -> str:
    """The query that reads staged rows back in the importer's layout (parameters: :func:`fetch_params`)."""
    return f"SELECT {_SELECT} FROM stage{staged.number}.staged WHERE rowid BETWEEN ? AND ? ORDER BY rowid"


def fetch_params(staged: Staged) -> tuple[Any, ...]:
    """The parameters of :func:`fetch_sql`."""
    return (staged.competition, staged.season, staged.first, staged.last)
