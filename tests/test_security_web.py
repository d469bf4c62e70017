"""Security of the web app: names holding control characters and bidirectional overrides (a store written
before the readers refused them, or a name a reader keeps) are shown as visible escapes on every page, as
the CLI's ``--format html`` shows them; the JSON twins and error bodies escape them; ``touchline serve``
checks ``--host`` and prints its banner escaped."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from touchline.api.importing import import_paths
from touchline.api.people import import_people
from touchline.cli import cli
from touchline.reference import people as people_module
from touchline.render import Column, Report, render
from touchline.store import open_store
from touchline.store.web import open_read_only
from touchline.web.app import create_app
from touchline.web.site import shown

# what a terminal or a browser acts on: C0 but tab and newline, DEL, C1, bidirectional overrides and isolates
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# club names a reader keeps (a bidirectional override is not a control character), and a plain one with
# accents and CJK, which must stay as written
RTL = "Alpha \u202eCF"
ISOLATE = "Beta\u2066 FC\u2069"
ACCENTS = "Ærøskøbing 東京 FC"
OTHER = "Gamma FC"
SEASON = f"""= DK 1 2023/24

Matchday 1
[Fri Jul/21]
  19.00  {RTL}    1-0  {ISOLATE}
         {ACCENTS}  2-2  {OTHER}
[Sun Jul/30]
  14.00  {ISOLATE}  0-3  {ACCENTS}
         {OTHER}  1-1  {RTL}
"""
# a person written with control characters, as a store imported before people files refused them holds
PERSON = "Ctl \x1b[31mRED\x1b[0m evil\rhidden \x07bell \u202eRTL"
LABEL = "Lbl \x1b[1mB\x1b[0m\r\x07"
SOURCE = "src \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ end"
# a JSON string (ASCII, \\u escapes) is a TOML basic string
PEOPLE = f"""id = "evil-ctl"
name = {json.dumps(PERSON)}
source = {json.dumps(SOURCE)}

[[spell]]
team = {json.dumps(RTL)}
role = "head_coach"
label = {json.dumps(LABEL)}
start = 2023-07-01
end = 2023-12-31
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("controls")
    (folder / "2023-24").mkdir()
    (folder / "2023-24" / "dk.1.txt").write_text(SEASON, encoding="utf-8")
    (folder / "evil.toml").write_text(PEOPLE, encoding="utf-8")
    path = folder / "controls.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        # people files now refuse control characters: let this one in, as an older touchline did
        patch.setattr(people_module, "_CONTROL", re.compile(r"(?!)"))
        with open_store(path) as store:
            assert import_paths(store, [folder / "2023-24"]).ok
            (loaded,) = import_people(store, [folder / "evil.toml"])
            assert loaded.person.name == PERSON
    store = open_read_only(path)
    with TestClient(create_app(store)) as client:
        yield client
    store.close()


PAGES = [
    "/",
    "/managers/evil-ctl",
    "/competitions/dk.1",
    "/competitions/dk.1/2023-24",
    "/matches",
    "/matches?manager=evil-ctl",
    "/search?q=Alpha",
    "/search?q=Ctl",
    "/managers/evil-ctx",
]


@pytest.mark.parametrize("url", PAGES)
def test_pages_send_no_raw_control_character(hostile: TestClient, url: str) -> None:
    response = hostile.get(url)
    assert response.status_code in (200, 404), response.text[:300]
    assert not RAW.search(response.text), [m.group() for m in RAW.finditer(response.text)][:5]


def test_the_manager_page_shows_the_escapes_as_the_cli_html_does(hostile: TestClient) -> None:
    html = hostile.get("/managers/evil-ctl").text
    visible = "Ctl \\x1b[31mRED\\x1b[0m evil\\x0dhidden \\x07bell \\u202eRTL"
    assert f"<title>{visible}: managerial record" in html
    assert f"<h1>{visible}</h1>" in html
    assert "Lbl \\x1b[1mB\\x1b[0m\\x0d\\x07" in html
    assert "src \\x1b]8;;http://evil\\x1b\\link" in html
    # the same text as the CLI's html format writes for the name
    cli_html = render(Report(PERSON, (Column("name", "Name"),), ({"name": PERSON},)), "html")
    assert visible in cli_html


def test_club_pages_and_names_in_links(hostile: TestClient) -> None:
    html = hostile.get("/competitions/dk.1/2023-24").text
    assert "Alpha \\u202eCF" in html and "Beta\\u2066 FC\\u2069" in html
    assert ACCENTS in html  # accents and CJK stay as written
    index = hostile.get("/").text
    assert not RAW.search(index)
    for href in sorted(set(re.findall(r'href="(/clubs/[^"]+)"', html))):
        page = hostile.get(href)
        assert page.status_code == 200 and not RAW.search(page.text), href


def test_json_twins_escape_the_overrides_and_keep_the_names(hostile: TestClient) -> None:
    for url in ("/index.json", "/managers/evil-ctl.json", "/competitions/dk.1/2023-24.json", "/matches.json"):
        response = hostile.get(url)
        assert response.status_code == 200
        assert not RAW.search(response.text), url
    manager = hostile.get("/managers/evil-ctl.json")
    assert "\\u202eRTL" in manager.text and "\\u001b[31mRED" in manager.text
    assert manager.json()["person"]["name"] == PERSON
    rows = hostile.get("/competitions/dk.1/2023-24.json").json()["table"]["rows"]
    assert {row["club"] for row in rows} == {RTL, ISOLATE, ACCENTS, OTHER}


def test_json_errors_escape_names_they_quote(hostile: TestClient) -> None:
    response = hostile.get("/managers/evil-ctx.json")
    assert response.status_code == 404
    assert not RAW.search(response.text)
    assert "<" not in response.text
    assert response.json()["error"]["type"] == "not_found"


def test_shown_escapes_text_but_not_markup() -> None:
    import markupsafe

    assert shown("a\x1bb\u202ec") == "a\\x1bb\\u202ec"
    assert shown(ACCENTS) == ACCENTS
    assert shown(markupsafe.Markup("<b>x</b>")) == markupsafe.Markup("<b>x</b>")
    assert shown(3) == 3


# -- touchline serve ----------------------------------------------------------------------------------


@pytest.fixture()
def no_server(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """uvicorn.run replaced by a recorder, so that ``touchline serve`` returns at once."""
    import uvicorn

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))
    return calls


@pytest.mark.parametrize("host", ["bad\x1b[31mhost", "a b", "", "-x", "host/path", "évil.example"])
def test_serve_refuses_a_bad_host_in_one_line(host: str, no_server: list[dict[str, object]]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--host", host, "--db", "/nonexistent.sqlite"])
    assert result.exit_code == 2
    assert "is not an IP address or a host name" in result.output
    assert not RAW.search(result.output)
    assert "Traceback" not in result.output and no_server == []


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "0.0.0.0", "example.org", "my-host"])
def test_serve_accepts_addresses_and_host_names(host: str, tmp_path: Path, no_server: list[dict[str, object]]) -> None:
    db = tmp_path / "s.sqlite"
    open_store(db).close()
    result = CliRunner().invoke(cli, ["serve", "--host", host, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert no_server[0]["host"] == host


def test_serve_banner_shows_the_store_escaped(tmp_path: Path, no_server: list[dict[str, object]]) -> None:
    db = tmp_path / "e\x1b]0;T\x07\u202e.sqlite"
    open_store(db).close()
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not RAW.search(result.output)
    assert "warning: listening on 0.0.0.0, reachable from other machines" in result.output
    assert f"serving {tmp_path}/e\\x1b]0;T\\x07\\u202e.sqlite read-only" in result.output


def test_serve_knows_an_uppercase_postgresql_url(pg_url: str, no_server: list[dict[str, object]]) -> None:
    upper = pg_url.replace("postgresql://", "POSTGRESQL://").replace("postgres@", "postgres:s3cret@")
    result = CliRunner().invoke(cli, ["serve", "--db", upper])
    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.output
    assert "serving postgresql://postgres:***@127.0.0.1:" in result.output
