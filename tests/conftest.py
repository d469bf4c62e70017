"""Shared fixtures: the real data folder and fresh stores."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
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
    and the people of :data:`FOCUSED_PEOPLE`; built once per session, read-only for tests."""
    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    path = str(tmp_path_factory.mktemp("focused") / "focused.sqlite")
    with open_store(path) as store:
        summary = import_paths(store, [data], exclude=["worldfootball-cache-full"])
        assert summary.ok, summary.errors[:5]
        import_people(store, FOCUSED_PEOPLE)
    return path


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


@pytest.fixture(scope="session")
def full_db(data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the whole corpus (all of ../shared/data, 1.1 million matches) and the
    people files of touchline/data/people; built once per session, read-only for tests."""
    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    path = str(tmp_path_factory.mktemp("full") / "full.sqlite")
    with open_store(path) as store:
        summary = import_paths(store, [data])
        assert summary.ok, summary.errors[:5]
        import_people(store, sorted(PEOPLE.glob("*.toml")))
    return path


@pytest.fixture()
def full(full_db: str) -> Iterator[Store]:
    """The whole-corpus store, opened for one test."""
    from touchline.store import open_store

    with open_store(full_db, create=False) as store:
        yield store
