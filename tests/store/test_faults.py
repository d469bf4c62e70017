"""Faults and concurrency: an interrupted import leaves no damage, two imports into one store take
turns, a store without write permission can still be read, and no password is ever printed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.store.dump import dump
from touchline.api.importing import import_paths
from touchline.errors import StoreError
from touchline.store import Store, open_store

# a part of the real data big enough to take a few seconds: the Bundesliga and 2. Bundesliga of
# worldfootball's cache, and engsoccerdata's germany.csv (which overlaps them)
PARTS = ["worldfootball-cache-full/archive/1970s", "worldfootball-cache-full/archive/1980s", "engsoccerdata"]


def _command(data: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "touchline", "import", *(str(data / p) for p in PARTS), "--db", str(db), "-q"]


def _indexes(db: Path) -> set[str]:
    with open_store(db) as store:
        return {
            str(r[0])
            for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
        }


@pytest.fixture(scope="module")
def clean(data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    db = tmp_path_factory.mktemp("clean") / "clean.sqlite"
    subprocess.run(_command(data, db), check=True, capture_output=True)
    with open_store(db) as store:
        return db, dump(store)


@pytest.mark.parametrize("after", [0.3, 1.0, 2.5, 4.0, 6.0])
def test_an_import_killed_at_any_point_leaves_nothing_half_written(
    data: Path, tmp_path: Path, clean: tuple[Path, dict[str, object]], after: float
) -> None:
    db = tmp_path / "s.sqlite"
    temp_before = set(os.listdir(tempfile.gettempdir()))
    process = subprocess.Popen(_command(data, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # the store opens, holds nothing of the killed run but what a run completes, and imports again
    subprocess.run(_command(data, db), check=True, capture_output=True)
    with open_store(db) as store:
        assert dump(store) == clean[1]
    assert _indexes(db) == _indexes(clean[0])
    left = set(os.listdir(tempfile.gettempdir())) - temp_before
    assert not [name for name in left if "touchline" in name]


def test_an_import_told_to_stop_ends_as_ctrl_c_does(data: Path, tmp_path: Path) -> None:
    # SIGTERM (a service manager, `kill`): one line, exit 1, the transaction rolled back, no worker left
    # behind writing a traceback to a closed pipe
    db = tmp_path / "s.sqlite"
    # the whole corpus (about 13 s), so that the signal finds it at work (PARTS take about 2 s)
    command = [
        sys.executable,
        "-m",
        "touchline",
        "import",
        str(data / "worldfootball-cache-full"),
        "--db",
        str(db),
        "-q",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(2.0)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err.strip()) == (1, "Aborted.")
    with open_store(db) as store:
        assert store.scalar("SELECT COUNT(*) FROM files") == 0


def test_two_imports_into_one_store_take_turns(
    data: Path, tmp_path: Path, clean: tuple[Path, dict[str, object]]
) -> None:
    db = tmp_path / "new.sqlite"  # a new store: both processes find it empty and migrate it
    first = subprocess.Popen(_command(data, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(_command(data, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = [p.communicate() for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    # one imported everything, the other waited and found it all there
    lines = sorted(out.splitlines()[-1] for out, _ in outputs)
    assert "0 imported" in lines[0] or "0 imported" in lines[1]
    with open_store(db) as store:
        assert dump(store) == clean[1]


def test_read_commands_work_on_a_store_nobody_may_write(clean: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    db = tmp_path / "ro.sqlite"
    db.write_bytes(clean[0].read_bytes())
    db.chmod(0o444)
    run = [sys.executable, "-m", "touchline"]
    shown = subprocess.run(
        [*run, "table", "de.1", "1975-76", "--db", str(db), "--format", "csv"], capture_output=True, text=True
    )
    assert shown.returncode == 0 and shown.stdout.splitlines()[1].startswith("1,Bor")  # Mönchengladbach, champions
    coverage = subprocess.run([*run, "coverage", "--db", str(db)], capture_output=True, text=True)
    assert coverage.returncode == 0
    refused = subprocess.run(
        [*run, "sources", "remove", "engsoccerdata/data-raw/germany.csv", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1
    assert refused.stderr == f"Error: {db}: the store is read-only here (no write permission)\n"


def test_read_commands_work_while_an_import_runs(
    data: Path, tmp_path: Path, clean: tuple[Path, dict[str, object]]
) -> None:
    db = tmp_path / "busy.sqlite"
    db.write_bytes(clean[0].read_bytes())
    # another import (the 1990s) writes for a few seconds; reading the 1970s meanwhile works
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "touchline",
            "import",
            str(data / "worldfootball-cache-full/archive/1990s"),
            "--db",
            str(db),
            "-q",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    shown = subprocess.run(
        [sys.executable, "-m", "touchline", "table", "de.1", "1975-76", "--db", str(db), "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    writer.wait()
    assert shown.returncode == 0 and shown.stdout.splitlines()[1].startswith("1,Bor")
    assert writer.returncode == 0


def test_a_command_that_opens_a_new_store_during_its_first_import_waits_for_it(data: Path, tmp_path: Path) -> None:
    # the first import into a new store writes without the WAL: a reader arriving meanwhile cannot read
    # beside it, so it waits, and then answers from the finished import rather than failing as locked
    db = tmp_path / "new.sqlite"
    writer = subprocess.Popen(_command(data, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    run = [sys.executable, "-m", "touchline", "table", "de.1", "1975-76", "--db", str(db), "--format", "csv"]
    shown = subprocess.run(run, capture_output=True, text=True, timeout=60)
    writer.wait()
    assert writer.returncode == 0
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].startswith("1,Bor")


def test_no_password_is_ever_printed(pg_url: str) -> None:
    wrong = pg_url.replace("postgres@", "postgres:hunter2secret@").replace("/touchline_test", "/no_such_database")
    result = subprocess.run(
        [sys.executable, "-m", "touchline", "coverage", "--db", wrong], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "hunter2secret" not in result.stderr + result.stdout
    assert result.stderr.startswith("Error: cannot connect to postgresql://postgres:***@127.0.0.1:")
    assert len(result.stderr.splitlines()) == 1
    # and a store error after connecting names the store without its password
    with (
        open_store(pg_url.replace("postgres@", "postgres:hunter2secret@")) as store,
        pytest.raises(StoreError) as caught,
    ):
        store.query("SELECT * FROM nowhere")
    assert "hunter2secret" not in str(caught.value) and "postgres:***@" in str(caught.value)


def test_an_import_into_a_store_that_cannot_be_created_is_one_line(data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "touchline",
            "import",
            str(data / "football-data.co.uk-DNK"),
            "--db",
            str(blocker / "s.sqlite"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    # the folder the store would lie in is a file: no folder, and none is made
    assert result.stderr == f"Error: cannot create a store at {blocker / 's.sqlite'}: no folder {blocker}\n"
    assert blocker.read_text() == "not a folder"


def test_a_store_opened_by_two_processes_at_once_is_migrated_once(tmp_path: Path) -> None:
    db = tmp_path / "race.sqlite"
    code = f"from touchline.store import open_store\nfor _ in range(20): open_store({str(db)!r}).close()"
    runs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [p.communicate()[1] for p in runs]
    assert [p.returncode for p in runs] == [0, 0, 0, 0], errors
    with open_store(db) as store:
        assert store.query("SELECT version FROM schema_version") == [(7,)]


def _journals(store: Store, path: Path) -> tuple[set[tuple[str, int]], tuple[str, int]]:
    """The journal modes a store was in while ``path`` was imported into it, and the one after, each with
    the helper threads SQLite may sort with."""

    def mode() -> tuple[str, int]:
        return str(store.scalar("PRAGMA journal_mode")), int(store.scalar("PRAGMA threads"))

    seen: set[tuple[str, int]] = set()
    import_paths(store, [path], progress=lambda *_: seen.add(mode()))
    return seen, mode()


def test_a_new_store_is_filled_without_its_wal_and_then_is_in_wal_again(data: Path, tmp_path: Path) -> None:
    # a store with no files takes its first import in rollback-journal mode (each page written once,
    # not to the WAL and again at the checkpoint); a store that holds data stays in WAL, so its readers
    # never wait for an import. SQLite sorts for an index with helper threads in WAL mode only: with a
    # rollback journal they make the sort slower and cost it twice the CPU
    folder = data / "openfootball-belgium"
    wal = ("wal", min(4, os.cpu_count() or 1))
    with open_store(tmp_path / "s.sqlite") as store:
        assert _journals(store, folder / "2018-19") == ({("delete", 0)}, wal)
        assert store.scalar("PRAGMA synchronous") == 1  # NORMAL again; FULL while in rollback mode
        assert _journals(store, folder / "2019-20") == ({wal}, wal)
    assert not (tmp_path / "s.sqlite-journal").exists()
    # another connection open on a new store keeps it in WAL, and the import does not wait for it
    db = tmp_path / "shared.sqlite"
    with open_store(db) as reader, open_store(db) as store:
        assert reader.scalar("SELECT COUNT(*) FROM files") == 0
        assert _journals(store, folder / "2018-19") == ({wal}, wal)
        assert reader.scalar("SELECT COUNT(*) FROM files") == 1


# a database that refuses the rows of one file (a trigger standing in for any failure to store it):
# the Belgian First Division 2020-21, which only openfootball-belgium/2021-22/be1.txt holds
REFUSE = {
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON source_rows WHEN NEW.season = '2020-21' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'refused by the test trigger'; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON source_rows FOR EACH ROW WHEN (NEW.season = '2020-21') "
        "EXECUTE FUNCTION refuse()",
    ],
}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_file_the_store_refuses_is_undone_alone_and_the_files_written_with_it_go_in(
    kind: str, data: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # the seven files are written together (one savepoint; one COPY on PostgreSQL): the store refuses
    # one, and each is written again on its own
    folder = data / "openfootball-belgium"
    url = str(tmp_path / "s.sqlite") if kind == "sqlite" else request.getfixturevalue("pg_store_url")
    with open_store(url) as store:
        for sql in REFUSE[kind]:
            store.execute(sql)
        summary = import_paths(store, [folder])
        refused, label, numbers = dump(store), store.label, _numbers(store)
    assert (summary.imported, summary.rejected) == (6, 1)
    assert summary.errors == [f"{folder / '2021-22' / 'be1.txt'}: {label}: refused by the test trigger"]
    # the other six are stored exactly as an import of them alone stores them, numbered alike
    with open_store(tmp_path / "clean.sqlite") as store:
        assert import_paths(store, [folder], exclude=["2021-22"]).imported == 6
        assert dump(store) == refused
        assert _numbers(store) == numbers


INDEXES = {
    "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index'",
    "postgresql": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_bulk_import_leaves_every_index_and_key_of_the_schema(
    kind: str, data: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # an import into an empty store drops the indexes of the rows and of the matches (and PostgreSQL's
    # primary keys, apart from the rows there) and makes them again once, at the end
    folders = [data / "worldfootball-cache-full/archive/1890s", data / "worldfootball-cache-full/archive/1900s"]
    url = str(tmp_path / "s.sqlite") if kind == "sqlite" else request.getfixturevalue("pg_store_url")
    with open_store(url) as store:
        schema = sorted(store.query(INDEXES[kind]))
        summary = import_paths(store, folders)
        seasons = store.scalar("SELECT COUNT(*) FROM (SELECT DISTINCT competition, season FROM matches) s")
        assert (summary.imported, seasons) == (84, 84)  # more than 50 seasons: the matches are built in bulk
        assert sorted(store.query(INDEXES[kind])) == schema
        if kind == "postgresql":
            keys = store.query("SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'p'")
            assert {"matches", "source_rows"} <= {k for (k,) in keys}


def _numbers(store: Store) -> list[list[tuple[object, ...]]]:
    """The ids a store gave its files, names and rows."""
    return [
        [tuple(row) for row in store.query(sql)]
        for sql in (
            "SELECT id, path FROM files ORDER BY id",
            "SELECT id, namespace, name, era FROM nodes ORDER BY id",
            "SELECT id, file_id, line FROM source_rows ORDER BY id",
        )
    ]
