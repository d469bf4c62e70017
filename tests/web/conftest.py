"""Fixtures of the web tests: the app over the focused store, in-process, and the CLI's own answers to
compare its pages with."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from touchline.cli import cli
from touchline.store.web import open_read_only
from touchline.web.app import create_app


@pytest.fixture(scope="session")
def client(focused_db: str) -> Iterator[TestClient]:
    """The app over the focused store (SQLite, read-only), called in-process."""
    store = open_read_only(focused_db)
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


@pytest.fixture(scope="session")
def run_cli(focused_db: str):  # type: ignore[no-untyped-def]
    """Run a touchline command on the focused store and give its output."""

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, [*args, "--db", focused_db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout  # a CSV's notes go to standard error

    return run


@pytest.fixture(scope="session")
def cli_json(run_cli):  # type: ignore[no-untyped-def]
    """Run a touchline command with ``--format json`` and parse what it prints."""

    def run(*args: str) -> object:
        return json.loads(run_cli(*args, "--format", "json"))

    return run


HREF = re.compile(r'<td class="[a-z]+" data-col="(?P<col>[a-z_]+)"><a href="(?P<href>[^"]+)">')


def cell_links(html: str, row_id: str) -> dict[str, str]:
    """The links in the cells of the table row ``id=row_id`` of a page (by column key), unescaped."""
    start = html.index(f'<tr id="{row_id}">')
    row = html[start : html.index("</tr>", start)]
    return {m["col"]: m["href"].replace("&amp;", "&") for m in HREF.finditer(row)}
