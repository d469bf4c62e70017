"""The store's schema: numbered migrations, applied once, in order, keeping what is there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from touchline.errors import StoreError
from touchline.store import open_store
from touchline.store.schema import MIGRATIONS, statements


def test_an_older_store_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:  # a store written by a touchline that had migration 1 only
        for sql in statements(1, "sqlite"):
            connection.execute(sql)
        connection.execute("INSERT INTO schema_version (version) VALUES (1)")
        connection.execute(
            "INSERT INTO clubs (id, name, country, known) VALUES ('den-esbjerg-fb', 'Esbjerg fB', 'DEN', 1)"
        )
    with open_store(path) as store:
        assert store.version() == len(MIGRATIONS) == 7
        assert store.query("SELECT name FROM clubs") == [("Esbjerg fB",)]
        assert store.scalar("SELECT COUNT(*) FROM spells") == 0  # migration 2's table is there
        assert store.scalar("SELECT COUNT(*) FROM source_rows") == 0  # and migration 4's
    with open_store(path) as store:  # opening again applies nothing
        assert store.query("SELECT version FROM schema_version") == [(7,)]


def test_a_store_of_merged_matches_only_asks_to_be_imported_again(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    with sqlite3.connect(path) as connection:
        for version in (1, 2, 3):
            for sql in statements(version, "sqlite"):
                connection.execute(sql)
        connection.execute("INSERT INTO schema_version (version) VALUES (3)")
        connection.execute(
            "INSERT INTO matches (competition, season, date, home_id, away_id, status, file_id, line) "
            "VALUES ('dk.1', '2020-21', '2020-09-12', 'a', 'b', 'played', 1, 1)"
        )
    with pytest.raises(StoreError, match=r"written by touchline 0.1 \(schema 3\).*import your files again"):
        open_store(path)
    with sqlite3.connect(path) as connection:  # refused whole: nothing of migration 4 was applied
        assert connection.execute("SELECT version FROM schema_version").fetchall() == [(3,)]


def test_a_store_from_a_newer_touchline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with open_store(path) as store:
        store.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match=r"schema version 99 is newer than this touchline \(7\); upgrade"):
        open_store(path)


def test_database_errors_are_one_line_store_errors(tmp_path: Path) -> None:
    with (
        open_store(tmp_path / "s.sqlite") as store,
        pytest.raises(StoreError, match=r"s.sqlite: no such table: nowhere$"),
    ):
        store.query("SELECT * FROM nowhere")
