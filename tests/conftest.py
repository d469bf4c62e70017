"""Shared fixtures: the real data folder and fresh stores."""

from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from touchline.config import data_dir
from touchline.store import Store

DATA = data_dir()
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def data() -> Path:
    """The real data folder (``TOUCHLINE_DATA``, default ``../shared/data``); its absence is a failure."""
    assert DATA.is_dir(), f"real data folder {DATA} is missing: set TOUCHLINE_DATA"
    return DATA


PEOPLE = Path(__file__).parent.parent / "touchline" / "data" / "people"
# the people whose every club the focused data sets hold (the others coach national teams and clubs
# only the whole corpus has: the full store imports every file of PEOPLE)
FOCUSED_PEOPLE = [
    PEOPLE / f"{name}.toml" for name in ("christian-streich", "jess-thorup", "juergen-klopp", "ole-gunnar-solskjaer")
]


@pytest.fixture(scope="session")
def focused_db(data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding every focused data set (all of ../shared/data but the 1.1M-match cache)
    and the people of :data:`FOCUSED_PEOPLE`; built once per run (:func:`_built_once`), read-only for
    tests."""
    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    def build(path: str) -> None:
        with open_store(path) as store:
            summary = import_paths(store, [data], exclude=["worldfootball-cache-full"])
            assert summary.ok, summary.errors[:5]
            import_people(store, FOCUSED_PEOPLE)

    return _built_once(tmp_path_factory, "focused.sqlite", build)


@pytest.fixture(scope="session")
def focused_pg(data: Path, pg_url: str) -> Iterator[str]:
    """The same focused data and people in a PostgreSQL schema of its own, for the session."""
    import psycopg

    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    schema = f"focused_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    url = f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
    with open_store(url) as store:
        summary = import_paths(store, [data], exclude=["worldfootball-cache-full"])
        assert summary.ok, summary.errors[:5]
        import_people(store, FOCUSED_PEOPLE)
    yield url
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def focused(request: pytest.FixtureRequest, focused_db: str) -> Iterator[Store]:
    """The focused store, opened for one test: every test that uses it runs on SQLite and PostgreSQL."""
    from touchline.store import open_store

    url = focused_db if request.param == "sqlite" else request.getfixturevalue("focused_pg")
    with open_store(url, create=False) as store:
        yield store


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL server for the PostgreSQL half of the store tests (``.ci/start-postgres`` starts one)."""
    url = os.environ.get("TOUCHLINE_TEST_PG_URL")
    assert url, "set TOUCHLINE_TEST_PG_URL to a PostgreSQL URL (`.ci/start-postgres` starts a server and prints it)"
    return url


@pytest.fixture()
def pg_store_url(pg_url: str) -> Iterator[str]:
    """A URL of a fresh, empty PostgreSQL schema, dropped after the test."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


def _built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[str], None]) -> str:
    """A store built by ``build(path)`` once for the whole run, and copied for this test process: with
    pytest-xdist the first process to ask builds it while the others wait (two whole-corpus imports at
    once on two cores take as long as one after the other), then each gets a copy of its own, as if
    it had built it."""
    base = tmp_path_factory.getbasetemp()
    shared_dir = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    shared = shared_dir / f"shared-{name}"
    with open(shared_dir / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not shared.exists():
            building = shared.with_suffix(".building")
            building.unlink(missing_ok=True)
            build(str(building))
            building.rename(shared)
    own = tmp_path_factory.mktemp(name.partition(".")[0]) / name
    shutil.copyfile(shared, own)
    return str(own)


@pytest.fixture(scope="session")
def full_db(data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the whole corpus (all of ../shared/data, 1.1 million matches) and the
    people files of touchline/data/people; built once per run (:func:`_built_once`), read-only for
    tests."""
    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    def build(path: str) -> None:
        with open_store(path) as store:
            summary = import_paths(store, [data])
            assert summary.ok, summary.errors[:5]
            import_people(store, sorted(PEOPLE.glob("*.toml")))

    return _built_once(tmp_path_factory, "full.sqlite", build)


@pytest.fixture()
def full(full_db: str) -> Iterator[Store]:
    """The whole-corpus store, opened for one test."""
    from touchline.store import open_store

    with open_store(full_db, create=False) as store:
        yield store
