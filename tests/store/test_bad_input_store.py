"""The bad-input corpus imported into a real store: each bad file is refused with its exact one-line
errors and the store is left as it was (a dump compared before and after), on SQLite and PostgreSQL.
A folder import leaves no file out in silence: every file ends imported, already known, or listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sources.test_bad_input import CASES, CORPUS, UNREAD
from tests.store.dump import dump
from touchline.api.importing import import_paths
from touchline.api.sources import list_sources
from touchline.errors import ConfigError
from touchline.store import Store, open_store

BASE = "worldfootball-cache.wfb.txt/2012-13/dk.1.txt"
REFUSED = sorted(name for name, (_, errors, _) in CASES.items() if errors)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def base(request: pytest.FixtureRequest, data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store holding one real season (Superliga 2012-13), on each backend, shared by the module:
    every case must leave it exactly as it was."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("bad") / "s.sqlite")
    else:
        url = _pg_schema(request.getfixturevalue("pg_url"), request)
    with open_store(url) as store:
        assert import_paths(store, [data / BASE]).new == 198
        yield store


def _pg_schema(pg_url: str, request: pytest.FixtureRequest) -> str:
    import uuid

    import psycopg

    schema = f"bad_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(pg_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")

    request.addfinalizer(drop)
    return f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture(scope="module")
def before(base: Store) -> dict[str, object]:
    return dump(base)


@pytest.mark.parametrize("name", REFUSED)
def test_a_bad_file_is_refused_with_its_one_line_errors_and_changes_nothing(
    name: str, base: Store, before: dict[str, object]
) -> None:
    path = CORPUS / name
    summary = import_paths(base, [path])
    expected = [line.format(file=path) for line in CASES[name][1]]
    assert summary.errors[: len(expected)] == expected
    rest = summary.errors[len(expected) :]
    assert rest == [
        f"{path}: rejected ({len(expected)} unreadable line(s)); fix it, or import with --skip-bad-lines"
    ] or (rest == [] and len(expected) == 1)  # an unreadable file (encoding) is one error
    assert (summary.rejected, summary.imported, summary.new) == (1, 0, 0)
    assert all("\n" not in line and "Traceback" not in line for line in summary.errors)
    assert dump(base) == before


@pytest.mark.parametrize("name", sorted(n for n, (_, match_data) in UNREAD.items() if match_data))
def test_a_named_file_no_reader_reads_is_one_line_and_changes_nothing(
    name: str, base: Store, before: dict[str, object]
) -> None:
    path = CORPUS / name
    with pytest.raises(ConfigError) as caught:
        import_paths(base, [path])
    assert str(caught.value) == f"{path}: not a match file touchline can read: {UNREAD[name][0]}"
    assert dump(base) == before


def test_a_folder_of_every_bad_file_leaves_no_file_out_in_silence(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        summary = import_paths(store, [CORPUS])
        stored = sorted(f.path for f in list_sources(store))
        again = import_paths(store, [CORPUS], skip_unknown=True)
    # every file is accounted for: read (and imported or refused), refused as match data no reader reads,
    # or listed as not match data with its reason
    unread_data = sorted(n for n, (_, match_data) in UNREAD.items() if match_data)
    others = sorted(n for n, (_, match_data) in UNREAD.items() if not match_data)
    assert summary.files == len(CASES)
    assert summary.not_match_data == [f"{CORPUS / n}: not match data ({UNREAD[n][0]})" for n in others]
    for name in unread_data:
        assert (
            f"{CORPUS / name}: looks like match data, but touchline cannot read it: {UNREAD[name][0]}; "
            "fix it, or import with --skip-unknown"
        ) in summary.errors
    assert summary.rejected == len(REFUSED) + len(unread_data)
    # the files without errors are good data and are imported; the refused ones left nothing behind
    assert stored == sorted(n for n in CASES if n not in REFUSED)
    assert f"{len(others)} other files, not match data" in summary.line()
    # --skip-unknown turns the unreadable match data into warnings, and nothing is imported twice
    assert not any("looks like match data" in e for e in again.errors)
    assert sum("looks like match data" in w for w in again.warnings) == len(unread_data)
    assert (again.already_imported, again.imported, again.new) == (len(stored), 0, 0)


def test_an_unreadable_folder_and_a_link_out_are_named(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    root = tmp_path / "data"
    (root / "2012-13").mkdir(parents=True)
    (root / "locked").mkdir()
    (root / "2012-13" / "dk.1.txt").write_bytes((data / BASE).read_bytes())
    outside = tmp_path / "elsewhere"
    (outside / "2012-13").mkdir(parents=True)
    (outside / "2012-13" / "dk.1.txt").write_bytes((data / BASE).read_bytes())
    (root / "mirror").symlink_to(outside)
    scandir = os.scandir

    def locked(path: object = ".") -> object:  # tests run as root, where chmod 000 locks nothing
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", locked)
    with open_store(tmp_path / "s.sqlite") as store:
        summary = import_paths(store, [root])
        assert summary.errors == [f"{root / 'locked'}: cannot read this folder (Permission denied)"]
        assert summary.warnings == [f"{root / 'mirror'}: a link out of {root}, left out (--follow-symlinks reads it)"]
        assert (summary.imported, summary.new) == (1, 198)
        followed = import_paths(store, [root], follow_symlinks=True)
        # the link's file is a copy of the season already stored: imported, and merged with it
        assert (followed.imported, followed.already_imported, followed.new, followed.known) == (1, 1, 0, 198)
