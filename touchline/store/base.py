"""The store: one class over a DB-API connection, with SQLite and PostgreSQL behind one face.

SQL is written once with ``?`` placeholders; the PostgreSQL backend rewrites them. Dates are stored as
ISO text parameters (a ``DATE`` column in PostgreSQL) and come back as :class:`datetime.date`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from touchline.config import redact
from touchline.errors import StoreError
from touchline.store.schema import MIGRATIONS, statements

Row = tuple[Any, ...]


class Store:
    """A match store. Use :func:`touchline.store.open_store` to get one."""

    dialect = "sqlite"
    # whether encoded rows are turned into values in SQL (load_encoded); else the writer decodes them in
    # Python and loads them
    decodes_in_sql = True

    def __init__(self, url: str, connection: Any) -> None:
        self.url = url
        # how messages name the store: its URL without a password
        self.label = redact(url)
        self.connection = connection
        self._in_transaction = False
        # per thread: answers of read-only queries kept while a computation is :meth:`remembering`
        self._memos = threading.local()
        # answers kept while the store's data_version is unchanged (:meth:`lasting`)
        self._lasting: dict[Hashable, tuple[Hashable, Any]] = {}

    def _error(self, exc: Exception) -> StoreError:
        """A database error as one line naming the store, with no password in it."""
        reason = redact(str(exc).strip().splitlines()[0], self.url)
        if reason in ("database is locked", "database table is locked"):
            reason = "another process is writing to this store (an import?); try again when it has finished"
        elif reason == "attempt to write a readonly database":
            reason = "the store is read-only here (no write permission)"
        return StoreError(f"{self.label}: {reason}")

    # -- connection-level primitives (overridden per backend) ---------------------------------------

    def _sql(self, sql: str) -> str:
        return sql

    # the database module's error class (sqlite3.Error, psycopg.Error): turned into StoreError
    database_error: type[Exception] = sqlite3.Error

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement and return the cursor."""
        try:
            return self.connection.execute(self._sql(sql), params)
        except (self.database_error, OverflowError) as exc:
            raise self._error(exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows (a number too large for the store's integers is a
        :class:`StoreError` too: the file it came from is undone alone)."""
        try:
            self.connection.executemany(self._sql(sql), rows)
        except (self.database_error, OverflowError) as exc:
            raise self._error(exc) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query."""
        return [tuple(r) for r in self.execute(sql, params).fetchall()]

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """The rows of a query one by one, for results too large to hold as Python rows all at once."""
        cursor = self.execute(sql, params)
        try:
            yield from cursor
        except self.database_error as exc:
            raise self._error(exc) from exc

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row of a query, or ``None``."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def remembering(self) -> Iterator[None]:
        """Inside, :meth:`recall` keeps each answer it computes: for a read-only computation that asks
        the same question many times (a manager's record asks for a league's seasons hundreds of times).
        Nothing is kept after the block, so a later read sees what was written since; the block must not
        write."""
        if getattr(self._memos, "kept", None) is not None:
            yield
            return
        self._memos.kept = {}
        try:
            yield
        finally:
            self._memos.kept = None

    def recall(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept under ``key`` while this thread's computation is :meth:`remembering`."""
        kept: dict[Hashable, Any] | None = getattr(self._memos, "kept", None)
        if kept is None:
            return compute()
        if key not in kept:
            kept[key] = compute()
        return kept[key]

    def data_version(self) -> Hashable | None:
        """A value that changes whenever the store's data may have changed (any connection's commit,
        any row this one wrote); ``None`` where the backend cannot tell cheaply (then nothing
        :meth:`lasting` computes is kept beyond :meth:`remembering`)."""
        return None

    def lasting(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``, kept under ``key`` across computations for as long as the store's
        :meth:`data_version` is unchanged (a process asking the same question of an unchanged store, as a
        test session or a web app does, computes it once); else as :meth:`recall`. ``compute`` must
        depend on the store's data and touchline's own files only, and its answer must not be changed
        by its callers."""
        version = self.data_version()
        if version is None:
            return self.recall(key, compute)
        kept: dict[Hashable, tuple[Hashable, Any]] = self._lasting
        found = kept.get(key)
        if found is not None and found[0] == version:
            return found[1]
        value = compute()
        kept[key] = (version, value)
        return value

    @contextmanager
    def transaction(self, *, immediate: bool = True) -> Iterator[None]:
        """Everything inside is written together or not at all.

        SQLite transactions take the write lock at once (``immediate``), so that reading before
        writing cannot fail half-way; a caller whose first statement writes may pass ``False``, which
        leaves attached databases (the importer's staging files) free for their own writers.
        """
        if self._in_transaction:
            yield
            return
        self.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" and immediate and not self.read_only else "BEGIN")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        else:
            self.execute("COMMIT")
        finally:
            self._in_transaction = False

    @contextmanager
    def savepoint(self, name: str = "tl_file") -> Iterator[None]:
        """Inside a transaction: everything inside is kept, or undone alone when it raises."""
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.execute(f"RELEASE SAVEPOINT {name}")

    @contextmanager
    def meanwhile(self, work: Callable[[], None]) -> Iterator[None]:
        """Run ``work`` (statements on this store) on a helper thread while the block computes without
        touching the store; the block ends when both have, and an error of either is raised.

        The database engine runs without Python's global lock, so a long statement (an index build, a
        million-row ``INSERT ... SELECT``) and the block's Python overlap on two cores.
        """
        failed: list[BaseException] = []

        def run() -> None:
            try:
                work()
            except BaseException as exc:  # raised in the caller's thread below
                failed.append(exc)

        helper = threading.Thread(target=run, name="touchline-store", daemon=True)
        helper.start()
        try:
            yield
        finally:
            helper.join()
        if failed:
            raise failed[0]

    def load(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Append many rows to ``table`` (PostgreSQL overrides this with COPY)."""
        marks = ", ".join("?" * len(columns))
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def load_encoded(
        self,
        table: str,
        targets: Mapping[str, str],
        fields: Sequence[tuple[str, str]],
        rows: Sequence[Sequence[Any]],
    ) -> None:
        """Append ``rows``, tuples of ``fields`` ((name, SQL type) pairs), to ``table``: each target column
        gets its SQL expression over the fields, each written ``{name}`` (``NULLIF({leg}, -1)``).

        This is SQLite's bulk path for rows that spell absent values as data (see
        :data:`touchline.store.writer.ROW_FIELDS`): it binds each row's fields straight into the
        expressions, and binding ints and texts costs its Python driver a tenth of binding ``None``. A
        store that does not decode in SQL (``decodes_in_sql``: PostgreSQL) is given decoded rows to
        :meth:`load` instead.
        """
        marks = {name: f"?{n}" for n, (name, _) in enumerate(fields, 1)}
        values = ", ".join(expression.format_map(marks) for expression in targets.values())
        self.executemany(f"INSERT INTO {table} ({', '.join(targets)}) VALUES ({values})", rows)

    def lock_for_import(self) -> None:
        """Inside a transaction: keep other writers out until it ends (SQLite's write lock already does)."""

    def season_table(self, name: str, seasons: Iterable[tuple[str, str]]) -> None:
        """A temporary table ``name`` (competition, season) holding just ``seasons``, to join with."""
        self.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {name} (competition TEXT, season TEXT)")
        self.execute(f"DELETE FROM {name}")
        self.executemany(f"INSERT INTO {name} (competition, season) VALUES (?, ?)", sorted(seasons))

    def analyze(self, table: str) -> None:
        """Let the planner know what a just-filled temporary ``table`` holds, where a query needs it
        (PostgreSQL; SQLite plans without)."""

    def drop_key(self, table: str) -> None:
        """Before a bulk load: drop ``table``'s primary key where it is an index apart from the rows
        (PostgreSQL); :meth:`add_key` makes it again, in one sort. SQLite's integer key is the row's own
        id: nothing to drop."""

    def add_key(self, table: str) -> None:
        """Make ``table``'s primary key (``id``) again, if :meth:`drop_key` dropped it."""

    @contextmanager
    def import_journal(self) -> Iterator[None]:
        """Around a whole import, outside its transaction: how the backend journals it. Nothing changes
        here; SQLite fills a store that holds no files yet without its WAL."""
        yield

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------------

    def version(self) -> int:
        """The schema version of this store (0 for an empty database)."""
        if not self._has_table("schema_version"):
            return 0
        return int(self.scalar("SELECT MAX(version) FROM schema_version") or 0)

    def _has_table(self, name: str) -> bool:
        raise NotImplementedError

    def migrate(self) -> int:
        """Apply the migrations this store lacks, in one transaction; returns the new version.

        Two processes opening a new store at once both see it empty: the version is read again once the
        transaction holds the write lock, so only the first migrates.
        """
        if self.version() == len(MIGRATIONS):
            return len(MIGRATIONS)
        if self.read_only:
            raise StoreError(f"{self.label}: this store needs its schema updated, and it is read-only here")
        with self.transaction():
            self.lock_for_migration()
            current = self.version()
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.label}: schema version {current} is newer than this touchline ({len(MIGRATIONS)}); upgrade"
                )
            if 1 <= current < 4 and self.scalar("SELECT 1 FROM matches LIMIT 1") is not None:
                raise StoreError(
                    f"{self.label}: this store was written by touchline 0.1 (schema {current}), which kept merged "
                    "matches only; touchline now keeps every source's rows: import your files again into a new store"
                )
            for version in range(current + 1, len(MIGRATIONS) + 1):
                for sql in statements(version, self.dialect):
                    self.execute(sql)
                self.execute("DELETE FROM schema_version")
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        return len(MIGRATIONS)

    # whether the store was opened for reading only (a file without write permission)
    read_only = False

    def lock_for_migration(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time (SQLite's write
        lock, taken by BEGIN IMMEDIATE, already does)."""

    @staticmethod
    def to_date(value: Any) -> dt.date:
        """A date column's value as a date (SQLite gives text, PostgreSQL a date)."""
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value))
