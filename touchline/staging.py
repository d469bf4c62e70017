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

STAGED_COLUMNS = (
    "competition, season, date, time, stage, round, leg, home_id, away_id, ft_home, ft_away, ht_home, "
    "ht_away, et_home, et_away, pen_home, pen_away, status, neutral, line"
)
_WIDTH = 20

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
    """Where a file's rows wait: staging file ``number``, rowids ``first`` to ``last``."""

    number: int
    first: int
    last: int


def stage(rows: Sequence[tuple[Any, ...]]) -> Staged | None:
    """Write a file's rows to this worker's staging file; where they are, or None outside workers."""
    if _worker is None or not rows:
        return None
    number, connection = _worker
    connection.execute("BEGIN IMMEDIATE")
    first = int(connection.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM staged").fetchone()[0])
    connection.executemany(f"INSERT INTO staged VALUES (?{', ?' * (_WIDTH - 1)})", rows)
    connection.execute("COMMIT")
    return Staged(number, first, first + len(rows) - 1)


def copy_sql(staged: Staged) -> str:
    """The statement that copies staged rows into ``matches`` (parameters: file id, first, last rowid)."""
    return (
        f"INSERT INTO matches (file_id, {STAGED_COLUMNS}) SELECT ?, {STAGED_COLUMNS} "
        f"FROM stage{staged.number}.staged WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
    )


def fetch_sql(staged: Staged) -> str:
    """The query that reads staged rows back (parameters: first, last rowid)."""
    return f"SELECT {STAGED_COLUMNS} FROM stage{staged.number}.staged WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
