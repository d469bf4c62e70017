"""Security: no PostgreSQL password is printed whatever form its URL takes, a PostgreSQL URL is known in
any case, and a store argument naming a URL of another scheme is refused before anything is created."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from touchline.cli import cli
from touchline.config import is_postgres, redact, store_url
from touchline.errors import ConfigError

SECRET = "s3cret"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql://u:s3cret@127.0.0.1:1/db", "postgresql://u:***@127.0.0.1:1/db"),
        ("postgresql://u@127.0.0.1:1/db?password=s3cret", "postgresql://u@127.0.0.1:1/db?password=***"),
        ("postgresql://h/db?sslmode=require&password=s3cret", "postgresql://h/db?sslmode=require&password=***"),
        ("postgresql://u:s3@cret@host/db", "postgresql://u:***@host/db"),
        ("postgresql://u:s3c?ret@host/db?x=1", "postgresql://u:***@host/db?x=1"),
        ("POSTGRESQL://u:s3cret@host/db", "POSTGRESQL://u:***@host/db"),
        ("postgresql+psycopg://u:s3cret@host/db", "postgresql+psycopg://u:***@host/db"),
        ("Postgres://u:s3cret@host/db", "Postgres://u:***@host/db"),
        ("host=127.0.0.1 password=s3cret dbname=x", "host=127.0.0.1 password=*** dbname=x"),
        ("host=127.0.0.1 PASSWORD = 's3 cret' dbname=x", "host=127.0.0.1 PASSWORD = *** dbname=x"),
        (
            "cannot connect to postgresql://u:s3cret@h:5432/db: refused",
            "cannot connect to postgresql://u:***@h:5432/db: refused",
        ),
    ],
)
def test_redact_hides_every_form_of_password(text: str, shown: str) -> None:
    assert redact(text) == shown
    assert SECRET not in redact(text) and "cret" not in redact(text)


def test_redact_leaves_text_without_a_password_alone() -> None:
    for text in (
        "postgresql://postgres@127.0.0.1:55432/touchline_test",
        "/tmp/x.sqlite",
        "password authentication failed for user u",
    ):
        assert redact(text) == text


def test_redact_hides_the_password_a_driver_message_quotes() -> None:
    assert redact("FATAL: bad password s3cret", "postgresql://u@h/db?password=s3cret") == "FATAL: bad password ***"
    assert redact("FATAL: s3@cret", "postgresql://u:s3%40cret@h/db") == "FATAL: ***"


@pytest.mark.parametrize(
    ("given", "url"),
    [
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("POSTGRESQL://u:p@h/db", "postgresql://u:p@h/db"),
        ("Postgres://h/db", "postgresql://h/db"),
        ("postgresql+psycopg://u@h:5/db", "postgresql://u@h:5/db"),
        ("/tmp/store.sqlite", "/tmp/store.sqlite"),
        ("relative/store.sqlite", "relative/store.sqlite"),
    ],
)
def test_store_url_knows_postgresql_in_any_spelling(given: str, url: str) -> None:
    assert store_url(given) == url
    assert is_postgres(given) == url.startswith("postgresql://")


@pytest.mark.parametrize("given", ["mysql://u:s3cret@h/db", "file:///tmp/x.sqlite", "sqlite://x.sqlite", "http://x"])
def test_store_url_refuses_a_url_of_another_scheme(given: str) -> None:
    with pytest.raises(ConfigError) as caught:
        store_url(given)
    message = str(caught.value)
    assert "not a store touchline can open" in message and "\n" not in message and SECRET not in message


def test_serve_refuses_an_unknown_scheme_without_creating_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["serve", "--db", "mysql://u:s3cret@h/db", "--port", "18799"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: mysql://u:***@h/db: not a store touchline can open (a mysql:// URL); "
        "give a SQLite file path or a postgresql:// URL\n"
    )
    assert list(tmp_path.iterdir()) == []
