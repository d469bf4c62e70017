"""Every page, its .json and .csv twins, against the CLI's own answers on the focused data, and the links
behind the figures leading to exactly the matches counted."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from starlette.testclient import TestClient

from tests.web.conftest import cell_links
from touchline.web.routes import ROUTES


def count(client: TestClient, href: str) -> int:
    """How many matches the matches list behind a link holds (its JSON twin's count)."""
    parts = urlsplit(href)
    assert parts.path == "/matches", href
    response = client.get("/matches.json", params=parse_qsl(parts.query))
    assert response.status_code == 200, response.text
    return int(response.json()["count"])


# -- manager ------------------------------------------------------------------------------------------


def test_manager_json_is_the_clis(client: TestClient, cli_json) -> None:
    expected = cli_json("manager", "Jess Thorup")
    got = client.get("/managers/jess-thorup.json").json()
    assert got["total"] == expected["total"]
    assert got["spells"] == expected["spells"]
    assert got["person"] == expected["person"]
    # hand-checked: 439 matches, 215 won, over the spells with data
    assert (got["total"]["played"], got["total"]["won"], got["total"]["drawn"], got["total"]["lost"]) == (
        439,
        215,
        103,
        121,
    )


def test_manager_filters_are_the_clis(client: TestClient, cli_json) -> None:
    expected = cli_json("manager", "Jess Thorup", "--competition", "dk.1", "--to", "2015-07-12")
    got = client.get("/managers/jess-thorup.json", params={"competition": "dk.1", "to": "2015-07-12"}).json()
    assert got["total"] == expected["total"]
    # B.T., 13 July 2015: 48 games, 18-14-16, goals 55-49
    total = got["total"]
    assert (total["played"], total["won"], total["drawn"], total["lost"]) == (48, 18, 14, 16)
    assert (total["goals_for"], total["goals_against"]) == (55, 49)


def test_manager_csv_is_the_clis(client: TestClient, run_cli) -> None:
    response = client.get("/managers/jess-thorup.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text == run_cli("manager", "Jess Thorup", "--format", "csv")


def test_manager_html_total_row(client: TestClient, cli_json) -> None:
    html = client.get("/managers/jess-thorup").text
    total = cli_json("manager", "Jess Thorup")["total"]
    footer = html[html.index("<tfoot>") : html.index("</tfoot>")]
    for col, key in (("g", "played"), ("w", "won"), ("d", "drawn"), ("l", "lost"), ("gf", "goals_for")):
        assert re.search(rf'data-col="{col}"><a href="[^"]+">{total[key]}</a>', footer), col
    assert '<section id="honours">' in html and "<h3>Manager</h3>" in html


def test_every_figure_of_every_spell_links_to_its_matches(client: TestClient) -> None:
    html = client.get("/managers/jess-thorup").text
    data = client.get("/managers/jess-thorup.json").json()
    for index, spell in enumerate(data["spells"], 1):
        found = cell_links(html, f"spell-{index}")
        if spell["record"] is None:
            assert set(found) == {"team"}, spell["team"]
            continue
        rec = spell["record"]
        assert count(client, found["g"]) == rec["played"], spell["team"]
        assert count(client, found["w"]) == rec["won"]
        assert count(client, found["d"]) == rec["drawn"]
        assert count(client, found["l"]) == rec["lost"]


def test_the_genk_spell_has_five_matches(client: TestClient) -> None:
    html = client.get("/managers/jess-thorup").text
    genk = cell_links(html, "spell-6")
    assert count(client, genk["g"]) == 5
    page = client.get(genk["g"]).text
    assert page.count("KRC Genk") >= 5 and '<span id="match-count">5</span>' in page


def test_the_total_links_to_every_counted_match(client: TestClient) -> None:
    html = client.get("/managers/jess-thorup").text
    footer = html[html.index("<tfoot>") : html.index("</tfoot>")]
    href = re.search(r'data-col="g"><a href="([^"]+)"', footer).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert count(client, href) == 439


def test_manager_positions_and_charts(client: TestClient, cli_json) -> None:
    data = client.get("/managers/jess-thorup.json").json()
    charts = {(c["team"], c["season"]): c for c in data["position_charts"]}
    augsburg = charts[("FC Augsburg", "2023-24")]
    expected = cli_json("positions", "FC Augsburg", "de.1", "2023-24")["positions"]
    assert [p["position"] for p in augsburg["positions"]] == [p["position"] for p in expected]
    assert len(augsburg["positions"]) == 34
    # he took over after matchday 7, in 15th place, and the season ended with Augsburg 11th
    assert augsburg["arrived_after"] == 7 and augsburg["positions"][6]["position"] == 15
    assert augsburg["positions"][-1]["position"] == 11
    html = client.get("/managers/jess-thorup").text
    figures = re.findall(r'<figure class="chart chart-positions">(.*?)</figure>', html, re.S)
    svg = next(f for f in figures if "<figcaption>FC Augsburg: Bundesliga 2023-24" in f)
    assert svg.count("<circle") == 34 and 'class="mark arrival' in svg
    # the season-by-season table splits each spell into seasons that add up to the spell
    seasons = [s for s in data["seasons"] if s["team"] == "FC Augsburg"]
    assert sum(s["record"]["played"] for s in seasons) == 65


# -- tables -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("as_of", "place"), [("2023-10-14", 15), ("2024-05-18", 11)])
def test_table_as_of_is_the_clis(client: TestClient, run_cli, cli_json, as_of: str, place: int) -> None:
    url = "/competitions/de.1/2023-24"
    csv_text = client.get(f"{url}.csv", params={"as_of": as_of}).text
    assert csv_text == run_cli("table", "de.1", "2023-24", "--as-of", as_of, "--format", "csv")
    table = client.get(f"{url}.json", params={"as_of": as_of}).json()["table"]
    assert table == cli_json("table", "de.1", "2023-24", "--as-of", as_of)
    augsburg = next(r for r in table["rows"] if r["club"] == "FC Augsburg")
    assert augsburg["position"] == place
    html = client.get(url, params={"as_of": as_of}).text
    assert re.search(
        rf'data-col="position">{place}</td>\s*<td class="left" data-col="club"><a href="/clubs/ger-fc-augsburg">', html
    )


def test_every_figure_of_a_table_links_to_its_matches(client: TestClient) -> None:
    url = "/competitions/de.1/2023-24"
    table = client.get(f"{url}.json", params={"as_of": "2023-10-14"}).json()["table"]
    html = client.get(url, params={"as_of": "2023-10-14"}).text
    body = html[html.index("<tbody>", html.index('id="table"')) :]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    link = re.compile(r'data-col="(?P<col>\w+)"><a href="(?P<href>[^"]+)"')
    for row, expected in zip(rows[:6], table["rows"][:6], strict=True):
        found = {m["col"]: m["href"].replace("&amp;", "&") for m in link.finditer(row)}
        assert count(client, found["played"]) == expected["played"], expected["club"]
        assert count(client, found["won"]) == expected["won"]
        assert count(client, found["lost"]) == expected["lost"]


def test_a_stage_carrying_the_regular_season_links_to_both(client: TestClient) -> None:
    url = "/competitions/dk.1/2020-21"
    data = client.get(f"{url}.json", params={"stage": "Championship"}).json()
    assert "Championship" in data["stages"]
    html = client.get(url, params={"stage": "Championship"}).text
    first = data["table"]["rows"][0]
    href = re.search(r'data-col="played"><a href="([^"]+)"', html).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert count(client, href) == first["played"] == 32


def test_matchday_control_and_rounds(client: TestClient, run_cli) -> None:
    url = "/competitions/de.1/2023-24"
    assert client.get(f"{url}.csv", params={"matchday": "7"}).text == run_cli(
        "table", "de.1", "2023-24", "--matchday", "7", "--format", "csv"
    )
    data = client.get(f"{url}.json").json()
    assert data["matchdays"] == list(range(1, 35))
    assert len(data["rounds"]) == 34 and sum(len(r["matches"]) for r in data["rounds"]) == 306
    html = client.get(url).text
    assert 'id="as-of"' in html and 'id="matchday"' in html and "Matchday 34" in html


def test_competition_page_is_the_coverage(client: TestClient, run_cli) -> None:
    assert client.get("/competitions/de.1.csv").text == run_cli("coverage", "--competition", "de.1", "--format", "csv")
    html = client.get("/competitions/de.1").text
    assert 'href="/competitions/de.1/2023-24"' in html


# -- club, matches, search, home ------------------------------------------------------------------------


def test_club_page(client: TestClient, cli_json) -> None:
    data = client.get("/clubs/ger-fc-augsburg.json").json()
    finals = {(s["competition"], s["season"]): s["final_position"] for s in data["seasons"]}
    assert finals[("de.1", "2023-24")]["position"] == 11
    assert finals[("de.1", "2024-25")]["position"] == 12
    thorup = next(m for m in data["managers"] if m["person"]["id"] == "jess-thorup")
    spell = next(s for s in cli_json("manager", "Jess Thorup")["spells"] if s["team"]["id"] == "ger-fc-augsburg")
    assert thorup["record"] == spell["record"]
    assert "FC Augsburg" in [n["name"] for n in data["names"]]
    season = next(s for s in data["seasons"] if s["competition"] == "de.1" and s["season"] == "2023-24")
    assert season["record"]["played"] == 34
    csv_lines = client.get("/clubs/ger-fc-augsburg.csv").text.splitlines()
    assert csv_lines[0] == "season,competition,position,g,w,d,l,gf,ga,gd,win_pct"
    assert "2023-24,Bundesliga,11th,34," in client.get("/clubs/ger-fc-augsburg.csv").text
    html = client.get("/clubs/ger-fc-augsburg").text
    assert 'href="/managers/jess-thorup"' in html and 'id="names"' in html


def test_matches_filters_and_pages(client: TestClient, cli_json) -> None:
    expected = cli_json("matches", "--club", "FC Augsburg", "--season", "2023-24")
    got = client.get("/matches.json", params={"club": "ger-fc-augsburg", "season": "2023-24"}).json()
    assert got["count"] == expected["count"]
    assert got["matches"] == expected["matches"][:100]
    first = client.get("/matches.json", params={"competition": "de.1", "per_page": "50"}).json()
    second = client.get("/matches.json", params={"competition": "de.1", "per_page": "50", "page": "2"}).json()
    assert first["count"] == second["count"] > 100 and first["pages"] == -(-first["count"] // 50)
    assert first["matches"][-1]["date"] <= second["matches"][0]["date"]
    assert {m["id"] for m in first["matches"]}.isdisjoint(m["id"] for m in second["matches"])
    html = client.get("/matches", params={"competition": "de.1", "per_page": "50"}).text
    assert 'rel="next"' in html and "page=2" in html
    csv_text = client.get("/matches.csv", params={"club": "ger-fc-augsburg", "season": "2023-24"}).text
    assert csv_text.splitlines()[0] == "date,competition,round,home,score,away,source"
    assert len(csv_text.splitlines()) == expected["count"] + 1
    home = client.get("/matches.json", params={"club": "ger-fc-augsburg", "season": "2023-24", "venue": "home"})
    assert all(m["home"]["id"] == "ger-fc-augsburg" for m in home.json()["matches"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("kobenhavn", "den-fc-kobenhavn"),
        ("Jurgen Klop", "jurgen-klopp"),
        ("solskjaer", "ole-gunnar-solskjaer"),
        ("1 FC Koln", "ger-1-fc-koln"),
        ("Bundesliga", "de.1"),
        ("jess thorup", "jess-thorup"),
    ],
)
def test_search_forgives_accents_and_spelling(client: TestClient, text: str, found: str) -> None:
    results = client.get("/search.json", params={"q": text}).json()["results"]
    assert found in [r["id"] for r in results[:3]], [r["id"] for r in results[:5]]
    assert found in client.get("/search", params={"q": text}).text


def test_home_page(client: TestClient) -> None:
    data = client.get("/index.json").json()
    assert "jess-thorup" in [m["id"] for m in data["managers"]]
    assert "de.1" in [c["competition"] for c in data["competitions"]]
    html = client.get("/").text
    assert 'href="/managers/jess-thorup"' in html and 'href="/competitions/de.1"' in html
    assert client.get("/index.csv").text.startswith("competition,name,seasons")


def test_openapi_describes_every_twin(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for route in ROUTES:
        operation = spec["paths"][route.twin_path(".json")]["get"]
        names = {p["name"] for p in operation["parameters"]}
        assert names == {p.name for p in (*route.path_params, *route.params)}
        assert (route.twin_path(".csv") in spec["paths"]) == route.csv
        assert "400" in operation["responses"] and "404" in operation["responses"]


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/managers/jess-thorup",
        "/clubs/ger-fc-augsburg",
        "/competitions/de.1",
        "/competitions/de.1/2023-24",
        "/competitions/be.cup/2018-19",
        "/matches",
        "/ties?club=den-fc-midtjylland&other=cyp-apoel-nikosia",
        "/search?q=genk",
    ],
)
def test_every_page_and_its_twins(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<meta name="viewport"' in page.text
    path, _, query = url.partition("?")
    base = "/index" if path == "/" else path
    as_json = client.get(f"{base}.json" + (f"?{query}" if query else ""))
    assert as_json.status_code == 200 and as_json.headers["content-type"] == "application/json"
    as_csv = client.get(f"{base}.csv" + (f"?{query}" if query else ""))
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    for response in (page, as_json, as_csv):
        assert response.headers["etag"].startswith('"')
        assert "default-src 'none'" in response.headers["content-security-policy"]
