"""Bad input in every parameter of every page: a 400 with one JSON error shape (or a 404 with close
names), never a server error, never the input echoed unescaped; caching headers; a read-only store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from touchline.cli import cli
from touchline.errors import StoreError
from touchline.store.web import open_read_only
from touchline.web.app import create_app
from touchline.web.routes import ROUTES

ATTACKS = (
    "' OR 1=1 --",
    "de.1'; DROP TABLE matches; --",
    "<script>alert(1)</script>",
    "{{7*7}}",
    "=cmd|' /C calc'!A0",
    "../../etc/passwd",
    "2023-10-14T00:00:00",
    "\x00",
    "x" * 500,
    "1e9",
    "-1",
)
# a valid value of each path parameter, so that one parameter at a time can be attacked
VALID = {"slug": "jess-thorup", "code": "de.1", "season": "2023-24"}
PATHS = {"manager": {"slug": "jess-thorup"}, "club": {"slug": "ger-fc-augsburg"}}
# valid values of a page's required query parameters, so that one parameter at a time can be attacked
QUERIES = {"ties": {"club": "den-fc-midtjylland", "other": "cyp-apoel-nikosia"}}


def url_of(path: str, route_name: str, **values: str) -> str:
    given = {**VALID, **PATHS.get(route_name, {}), **values}
    for name, value in given.items():
        path = path.replace("{" + name + "}", value)
    return path


def assert_error_shape(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "type", "message", "parameter", "suggestions"}
    assert body["error"]["status"] == status
    return body["error"]


CASES = [
    (route.name, route.twin_path(".json"), param.name, attack)
    for route in ROUTES
    for param in route.params
    for attack in ATTACKS
]


@pytest.mark.parametrize(
    ("route", "path", "param", "attack"), CASES, ids=[f"{c[0]}-{c[2]}-{i % len(ATTACKS)}" for i, c in enumerate(CASES)]
)
def test_an_attack_in_any_query_parameter(client: TestClient, route: str, path: str, param: str, attack: str) -> None:
    params = {**QUERIES.get(route, {}), param: attack}
    response = client.get(url_of(path, route), params=params)
    assert response.status_code in (200, 400, 404), response.text
    if response.status_code != 200:
        error = assert_error_shape(response, response.status_code)
        if response.status_code == 400:
            assert error["parameter"] == param
    html = client.get(url_of(path.removesuffix(".json").replace("/index", "/"), route), params=params)
    assert html.status_code in (200, 400, 404)
    assert "<script>alert" not in html.text and "<script>alert" not in response.text


PATH_CASES = [
    (route.name, route.path, param.name, attack)
    for route in ROUTES
    for param in route.path_params
    for attack in ATTACKS
    if "/" not in attack and attack != "\x00"
]


@pytest.mark.parametrize(("route", "path", "param", "attack"), PATH_CASES)
def test_an_attack_in_any_path_parameter(client: TestClient, route: str, path: str, param: str, attack: str) -> None:
    url = url_of(path, route, **{param: attack})
    for suffix in ("", ".json"):
        response = client.get(url + suffix if suffix else url)
        assert response.status_code in (400, 404), (url, response.text[:200])
        if suffix or response.status_code == 400:
            assert_error_shape(response, response.status_code)
        assert "<script>alert" not in response.text


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/competitions/de.1/2023-24.json?as_of=2023-02-30", "as_of"),
        ("/competitions/de.1/2023-24?as_of=14.10.2023", "as_of"),
        ("/competitions/de.1/2023-24.json?as_of=2023-10-14&matchday=7", "matchday"),
        ("/competitions/de.1/2023-24.json?matchday=0", "matchday"),
        ("/competitions/de.1/2023-24.json?venue=middle", "venue"),
        ("/competitions/de.1/2023-24.json?colour=red", "colour"),
        ("/managers/jess-thorup.json?from=2020-01-01&to=2019-01-01", "to"),
        ("/managers/jess-thorup.json?shootouts=maybe", "shootouts"),
        ("/matches.json?result=W", "result"),
        ("/matches.json?club=ger-fc-augsburg&result=X", "result"),
        ("/matches.json?page=2&page=3", "page"),
        ("/matches.json?per_page=501", "per_page"),
        ("/matches.json?season=2023-26", "season"),
        ("/matches.json?club=Augsburg_FC", "club"),
        ("/matches.json?stage=regular", "stage"),
        ("/matches.json?competition=DE.1", "competition"),
        ("/competitions/be.cup/2018-19.json?matchday=3", "matchday"),
        ("/ties.json?club=den-fc-midtjylland", "other"),
        ("/ties.json?club=den-fc-midtjylland&other=cyp-apoel-nikosia&season=15-16", "season"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client: TestClient, url: str, parameter: str) -> None:
    assert assert_error_shape(client.get(url), 400)["parameter"] == parameter


def test_a_bad_page_number_is_a_400(client: TestClient) -> None:
    error = assert_error_shape(client.get("/matches.json?club=ger-fc-augsburg&page=999"), 400)
    assert error["parameter"] == "page"


@pytest.mark.parametrize(
    ("url", "suggestion"),
    [
        ("/managers/jess-thorpu", "/managers/jess-thorup"),
        ("/managers/jurgen-klop", "/managers/jurgen-klopp"),
        ("/clubs/ger-fc-augsbrug", "/clubs/ger-fc-augsburg"),
        ("/competitions/de.9", "/competitions/de.1"),
        ("/competitions/de.1/1950-51", "/competitions/de.1/1963-64"),
        ("/competitions/dk.1/2020-21?stage=Champions", "Championship"),
        ("/ties?club=den-fc-midtjylland&other=cyp-apoel-nikosi", "/clubs/cyp-apoel-nikosia"),
    ],
)
def test_unknown_names_are_a_404_suggesting_close_ones(client: TestClient, url: str, suggestion: str) -> None:
    page = client.get(url)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Did you mean" in page.text and suggestion in page.text
    path, _, query = url.partition("?")
    error = assert_error_shape(client.get(f"{path}.json" + (f"?{query}" if query else "")), 404)
    assert any(suggestion in s["url"] or suggestion in s["name"] for s in error["suggestions"])


def test_an_unknown_page_is_a_404(client: TestClient) -> None:
    page = client.get("/managerz/jess-thorup")
    assert page.status_code == 404 and "Not found" in page.text and "/managers/jess-thorup" in page.text
    assert_error_shape(client.get("/nothing/here.json"), 404)


def test_only_get_and_head(client: TestClient) -> None:
    assert_error_shape(client.post("/managers/jess-thorup"), 405)
    assert_error_shape(client.delete("/matches.json"), 405)
    head = client.head("/managers/jess-thorup.json")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == len(client.get("/managers/jess-thorup.json").content)


def test_etags(client: TestClient) -> None:
    first = client.get("/managers/jess-thorup")
    etag = first.headers["etag"]
    again = client.get("/managers/jess-thorup", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/managers/jess-thorup.json").headers["etag"] != etag
    static = client.get("/static/style.css")
    assert static.status_code == 200 and static.headers.get("etag")
    assert static.headers["x-content-type-options"] == "nosniff"


def test_the_store_is_opened_read_only(focused_db: str) -> None:
    store = open_read_only(focused_db)
    try:
        assert store.read_only
        with pytest.raises(StoreError):
            store.execute("CREATE TABLE intruder (x INTEGER)")
    finally:
        store.close()
    with pytest.raises(StoreError):
        open_read_only(focused_db + ".missing")


def test_serve_binds_loopback_by_default() -> None:
    from touchline.web.command import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "read-only" in result.output


def test_pages_are_kept_until_the_store_changes(focused_db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(focused_db, copy)
    store = open_read_only(copy)
    app = create_app(store, check_every=0.0)
    site = app.state.site
    with TestClient(app) as client:
        assert client.get("/managers/christian-streich.json").status_code == 200
        computed = site.computed
        for _ in range(3):
            assert client.get("/managers/christian-streich.json").status_code == 200
            assert client.get("/managers/christian-streich").status_code == 200
        assert site.computed == computed  # the HTML face reuses the page computed for the JSON one
        result = CliRunner().invoke(cli, ["people", "remove", "christian-streich", "--db", str(copy)])
        assert result.exit_code == 0, result.output
        assert client.get("/managers/christian-streich.json").status_code == 404
    store.close()
