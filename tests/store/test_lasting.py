"""`Store.lasting`: an answer kept across computations while the store's data is unchanged, computed
afresh after any write (this connection's or another's, from another process too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from touchline.store import open_store
from touchline.store.base import Store


def _counting(store: Store) -> tuple[list[int], object]:
    """A computation that counts its runs and answers with the number of competitions stored."""
    runs: list[int] = []

    def compute() -> int:
        runs.append(1)
        return int(store.scalar("SELECT COUNT(*) FROM competitions") or 0)

    return runs, compute


def _add_competition(store: Store, code: str) -> None:
    with store.transaction():
        store.execute(
            "INSERT INTO competitions (code, name, country, kind) VALUES (?, ?, 'DEN', 'league')", (code, code)
        )


def test_sqlite_keeps_an_answer_until_this_connection_writes(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        runs, compute = _counting(store)
        assert store.lasting(("n",), compute) == 0
        assert store.lasting(("n",), compute) == 0
        assert len(runs) == 1  # kept: the store is unchanged
        _add_competition(store, "dk.1")
        assert store.lasting(("n",), compute) == 1
        assert len(runs) == 2


def test_sqlite_computes_afresh_after_another_process_wrote(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with open_store(path) as store:
        runs, compute = _counting(store)
        assert store.lasting(("n",), compute) == 0
        writer = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            'c.execute("INSERT INTO competitions (code, name, country, kind) '
            "VALUES ('dk.2', 'x', 'DEN', 'league')\"); "
            "c.commit()"
        )
        subprocess.run([sys.executable, "-c", writer, str(path)], check=True)
        assert store.lasting(("n",), compute) == 1
        assert len(runs) == 2


def test_postgresql_keeps_nothing_beyond_a_computation(pg_store_url: str) -> None:
    with open_store(pg_store_url) as store:
        runs, compute = _counting(store)
        assert store.data_version() is None
        assert store.lasting(("n",), compute) == 0
        assert store.lasting(("n",), compute) == 0
        assert len(runs) == 2  # no cheap version to tell a change by: computed each time
        with store.remembering():
            store.lasting(("n",), compute)
            store.lasting(("n",), compute)
        assert len(runs) == 3  # within one computation, as recall keeps it
