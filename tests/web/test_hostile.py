"""Hostile club and person names from data files are shown as written on every page and in every twin:
never as markup, never as a template, never as a spreadsheet formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from starlette.testclient import TestClient

from touchline.api.importing import import_paths
from touchline.api.people import import_people
from touchline.store import open_store
from touchline.store.web import open_read_only
from touchline.web.app import create_app

SCRIPT = "<script>alert(1)</script>"
TEMPLATE = "{{7*7}} FC"
FORMULA = "=cmd|' /C calc'!A0"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
PERSON = "<script>alert('p')</script> {{7*7}}"

SEASON = f"""= DK 1 2023/24

# Date       Fri Jul/21 2023 - Sun Jul/30 2023 (10d)
# Teams      4
# Matches    4

Matchday 1
[Fri Jul/21]
  19.00  {SCRIPT}    1-0 (0-0)  {TEMPLATE}
         {FORMULA}           2-2 (1-1)  {ATTRIBUTE}

Matchday 2
[Sun Jul/30]
  14.00  {TEMPLATE}                   0-3 (0-1)  {FORMULA}
         {ATTRIBUTE}  1-1  {SCRIPT}
"""
# a cup season between the same clubs: a two-legged semi-final and a final, so that ties, the bracket
# and an honour (the final falls in the hostile manager's spell) carry the names too
CUP = f"""= DK CUP 2023/24

Semifinals
[Tue Aug/1]
  19.00  {SCRIPT}    2-1  {FORMULA}
         {TEMPLATE}  1-0  {ATTRIBUTE}
[Tue Aug/8]
  19.00  {FORMULA}    1-1  {SCRIPT}
         {ATTRIBUTE}  0-2  {TEMPLATE}

Final
[Thu Aug/17]
  19.00  {SCRIPT}    2-1  {TEMPLATE}
"""
PEOPLE = """id = "hostile-person"
name = "<script>alert('p')</script> {{7*7}}"
source = "=HYPERLINK(\\"http://x\\")"

[[spell]]
team = "<script>alert(1)</script>"
role = "head_coach"
start = 2023-07-01
end = 2023-12-31
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "2023-24").mkdir()
    (folder / "2023-24" / "dk.1.txt").write_text(SEASON, encoding="utf-8")
    (folder / "2023-24" / "dk.cup.txt").write_text(CUP, encoding="utf-8")
    (folder / "hostile.toml").write_text(PEOPLE, encoding="utf-8")
    path = folder / "hostile.sqlite"
    with open_store(path) as store:
        assert import_paths(store, [folder / "2023-24"]).ok
        import_people(store, [folder / "hostile.toml"])
    store = open_read_only(path)
    with TestClient(create_app(store)) as client:
        yield client
    store.close()


class Tags(HTMLParser):
    """Every start tag of a page, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


PAGES = [
    "/",
    "/managers/hostile-person",
    "/clubs/den-script-alert-1-script",
    "/clubs/den-cmd-c-calc-a0",
    "/clubs/den-img-src-x-onerror-alert-1",
    "/competitions/dk.1",
    "/competitions/dk.1/2023-24",
    "/competitions/dk.1/2023-24?as_of=2023-07-21",
    "/competitions/dk.cup/2023-24",
    "/ties?club=den-script-alert-1-script&other=den-7-7-fc",
    "/ties?club=den-script-alert-1-script&other=den-cmd-c-calc-a0&season=2023-24",
    "/matches",
    "/matches?club=den-7-7-fc&result=WDL",
    "/matches?manager=hostile-person&result=WDL",
    "/search?q=script",
    "/search?q=%3Cscript%3E",
    "/managers/hostile-persn",
]


@pytest.mark.parametrize("url", PAGES)
def test_html_shows_hostile_names_as_text(hostile: TestClient, url: str) -> None:
    response = hostile.get(url)
    assert response.status_code in (200, 404)
    parser = Tags()
    parser.feed(response.text)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert SCRIPT not in response.text and "<img" not in response.text
    text = "".join(parser.text)
    assert "49 FC" not in text
    if url.startswith(("/competitions/dk.1/", "/competitions/dk.cup/")):
        for name in (SCRIPT, TEMPLATE, FORMULA, ATTRIBUTE):
            assert name in text


@pytest.mark.parametrize("url", [u for u in PAGES if "persn" not in u])
def test_twins_keep_names_exact_and_safe(hostile: TestClient, url: str) -> None:
    path, _, query = url.partition("?")
    base = "/index" if path == "/" else path
    as_json = hostile.get(f"{base}.json" + (f"?{query}" if query else ""))
    assert as_json.status_code == 200 and "<" not in as_json.text
    as_csv = hostile.get(f"{base}.csv" + (f"?{query}" if query else ""))
    assert as_csv.status_code == 200
    for row in csv.reader(io.StringIO(as_csv.text)):
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "@")), cell


def test_names_round_trip(hostile: TestClient) -> None:
    table = hostile.get("/competitions/dk.1/2023-24.json").json()["table"]
    assert {row["club"] for row in table["rows"]} == {SCRIPT, TEMPLATE, FORMULA, ATTRIBUTE}
    manager = hostile.get("/managers/hostile-person.json").json()
    assert manager["person"]["name"] == PERSON
    assert manager["total"]["played"] == 5  # 2 league matches, the semi-final's 2 legs and the final
    # the final, won in his spell: his honour, and the club's with his name as the manager in charge
    (spell,) = manager["honours"]["manager"]
    assert spell["team"] == SCRIPT and spell["honours"][0]["title"] == "Danish Cup"
    club = hostile.get("/clubs/den-script-alert-1-script.json").json()["honours"]
    assert club["honours"][0]["managers"] == [PERSON]
    cup = hostile.get("/competitions/dk.cup/2023-24.json").json()["knockout"]
    assert (cup["final"]["first"], cup["final"]["second"], cup["final"]["winner"]) == (SCRIPT, TEMPLATE, SCRIPT)
    ties = hostile.get("/ties.json", params={"club": "den-script-alert-1-script", "other": "den-cmd-c-calc-a0"})
    (tie,) = ties.json()["ties"]
    assert (tie["first"], tie["second"], tie["aggregate"]) == (SCRIPT, FORMULA, [3, 2])
    rows = list(csv.reader(io.StringIO(hostile.get("/competitions/dk.1/2023-24.csv").text)))
    assert "'" + FORMULA in [row[1] for row in rows]
