"""Where matches live: a SQLite file by default, PostgreSQL by ``postgresql://`` URL.

:func:`open_store` picks the backend from the URL, connects, and applies any migrations the store
lacks. The rest of touchline talks to :class:`~touchline.store.base.Store` only.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from touchline.config import is_postgres, redact, store_url, user_store
from touchline.errors import ConfigError, StoreError
from touchline.store.base import Row, Store

# names for the server-side cursors of one process
_CURSORS = itertools.count()


class SQLiteStore(Store):
    """SQLite backend: one file, WAL journal, foreign writers wait up to 30 s."""

    dialect = "sqlite"

    def _has_table(self, name: str) -> bool:
        return self.scalar("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)) is not None

    def data_version(self) -> Hashable:
        """SQLite's ``data_version`` (changed by other connections' commits, to this file from any
        process) with the rows this connection has written."""
        return (self.connection.execute("PRAGMA data_version").fetchone()[0], self.connection.total_changes)

    @contextmanager
    def import_journal(self) -> Iterator[None]:
        """A store that holds no files yet is filled in rollback-journal mode, then put back in WAL.

        In WAL mode each page of a bulk import is written twice, to the WAL and at the checkpoint into
        the store: about a second of a whole-corpus import. A rollback journal keeps only the pages the store
        had before the transaction (the schema); new pages go straight into the file, which a rollback
        cuts back. ``synchronous=FULL`` meanwhile keeps that as safe as WAL against a power cut. Another
        connection open on the store leaves it in WAL, and so does a store that holds data: readers must
        not wait for a long import. (A connection opened meanwhile waits in :func:`_wal` until the
        import ends: before it, the store holds nothing to read.)
        """
        empty = not self.read_only and not self._in_transaction and self.scalar("SELECT 1 FROM files LIMIT 1") is None
        switched = empty and self._rollback_journal()
        try:
            yield
        finally:
            if switched:
                _wal(self.connection)
                self.connection.execute("PRAGMA synchronous=NORMAL")
                _sort_helpers(self.connection, wal=True)

    def _rollback_journal(self) -> bool:
        """Switch the store to a rollback journal with ``synchronous=FULL``, at once; False when another
        connection keeps it from switching."""
        connection = self.connection
        timeout = connection.execute("PRAGMA busy_timeout").fetchone()[0]
        connection.execute("PRAGMA busy_timeout=0")
        try:
            mode = str(connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
        except sqlite3.OperationalError:
            return False
        finally:
            connection.execute(f"PRAGMA busy_timeout={timeout}")
        if mode != "delete":
            return False
        connection.execute("PRAGMA synchronous=FULL")
        _sort_helpers(connection, wal=False)
        return True


class PostgresStore(Store):
    """PostgreSQL backend (psycopg 3); ids come from MAX(id) under a table lock."""

    dialect = "postgresql"
    # COPY the rows decoded in Python: the server parses and writes while this process decodes the next
    # rows (a temporary table to decode them in SQL, emptied per file, costs PostgreSQL a new file each time)
    decodes_in_sql = False

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def executemany(self, sql: str, rows: Any) -> None:
        try:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), list(rows))
        except self.database_error as exc:
            raise self._error(exc) from exc

    def _has_table(self, name: str) -> bool:
        return self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)) is True

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        # inside a transaction, through a cursor on the server: a client-side result holds every row
        # in this process at once (identity's 196,437 shared rows of the corpus, about 30 MB)
        if not self._in_transaction:
            yield from super().stream(sql, params)
            return
        try:
            with self.connection.cursor(name=f"tl_stream_{next(_CURSORS)}") as cursor:
                cursor.itersize = 20_000
                cursor.execute(self._sql(sql), params)
                yield from cursor
        except self.database_error as exc:
            raise self._error(exc) from exc

    def lock_for_migration(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(7021)")  # any fixed number: touchline's migrations

    def analyze(self, table: str) -> None:
        self.execute(f"ANALYZE {table}")

    def drop_key(self, table: str) -> None:
        # a million rows inserted one by one into the key's B-tree cost more than sorting them once after
        self.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_pkey")

    def add_key(self, table: str) -> None:
        keyed = "SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'p'"
        if self.scalar(keyed, (table,)) is None:
            self.execute(f"ALTER TABLE {table} ADD CONSTRAINT {table}_pkey PRIMARY KEY (id)")

    def lock_for_import(self) -> None:
        # Concurrent importers into one shared database serialise here, for the whole run.
        self.execute("LOCK TABLE files, nodes, source_rows, file_nodes, matches, clubs IN SHARE ROW EXCLUSIVE MODE")

    def load(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        try:
            with (
                self.connection.cursor() as cursor,
                cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        except self.database_error as exc:
            raise self._error(exc) from exc


def _wal(connection: sqlite3.Connection) -> None:
    """Put the store in WAL mode. Switching a new store takes a lock SQLite does not wait for: another
    process opening the same new store at that moment makes it busy, so try again for a while."""
    for attempt in range(300):
        try:
            if str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 299:
                raise
            time.sleep(0.1)


def _sqlite(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to a SQLite store: WAL journal, foreign writers waited for up to 30 s; a file without
    write permission is opened read-only and immutable (nothing can change it while we read)."""
    if read_only:
        uri = f"file:{path.resolve().as_posix()}?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
    _wal(connection)
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    _sort_helpers(connection, wal=True)
    return connection


def _sort_helpers(connection: sqlite3.Connection, *, wal: bool) -> None:
    """Let SQLite sort with helper threads when it builds an index (after a bulk import), in WAL mode
    only. Building the store's six indexes over the whole corpus in WAL mode: 2.2 s with a helper, 2.75 s
    without, for 0.6 s more CPU; with a rollback journal the helper makes it slower (2.5 s, not 2.4 s)
    and nearly doubles its CPU (4.3 s, not 2.3 s)."""
    connection.execute(f"PRAGMA threads={min(4, os.cpu_count() or 1) if wal else 0}")


def open_store(url: str | Path, *, create: bool = True) -> Store:
    """Open (and migrate) the store at ``url``: a SQLite path or a ``postgresql://`` URL.

    With ``create=False`` a SQLite file that does not exist is a :class:`StoreError` rather than a new
    empty store (read-only commands use this so a typo does not answer "no data").
    """
    text = store_url(str(url))
    store: Store
    connection: Any
    if is_postgres(text):
        try:
            import psycopg
        except ImportError:  # pragma: no cover - depends on the install
            raise ConfigError("PostgreSQL stores need psycopg: pip install 'touchline[postgres]'") from None
        try:
            connection = psycopg.connect(text, autocommit=True)
        except psycopg.Error as exc:
            reason = redact(str(exc).strip().splitlines()[0], text)
            raise StoreError(f"cannot connect to {redact(text)}: {reason}") from None
        store = PostgresStore(text, connection)
        store.database_error = psycopg.Error
    else:
        path = Path(text)
        if not create and not path.exists():
            raise StoreError(f"no store at {path} (run `touchline import` first, or pass --db)")
        # a store file nobody may write (no write bit, or no access for this user) is only read
        read_only = path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222)
        # only the user's data folder is made: a path given with --db lies in a folder that exists
        if not path.parent.is_dir() and path != user_store():
            raise StoreError(f"cannot create a store at {path}: no folder {path.parent}")
        try:
            if not read_only:
                path.parent.mkdir(parents=True, exist_ok=True)
            connection = _sqlite(path, read_only)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open {path}: {getattr(exc, 'strerror', None) or exc}") from None
        store = SQLiteStore(text, connection)
        store.read_only = read_only
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store


__all__ = ["PostgresStore", "SQLiteStore", "Store", "open_store"]
