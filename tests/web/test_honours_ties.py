"""Honours and knock-out ties on the web, against the CLI's own answers on the focused data: the 2019
Belgian Cup final, Midtjylland out against APOEL on away goals, Thorup's honours as a biography lists
them, Gent's honours credited to the manager in charge, and the final standings across stages."""

from __future__ import annotations

import html as html_lib
import json
import re

import pytest
from starlette.testclient import TestClient

from tests.web.test_pages import count

CUP = "/competitions/be.cup/2018-19"
APOEL = {"club": "den-fc-midtjylland", "other": "cyp-apoel-nikosia", "season": "2015-16"}


def text_of(fragment: str) -> str:
    """A fragment of a page as its reader sees it: tags dropped, entities read."""
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def section(page: str, section_id: str) -> str:
    """The first section of a page with this id (up to its first closing tag)."""
    start = page.index(f'<section id="{section_id}"')
    return page[start : page.index("</section>", start)]


def hrefs(fragment: str, column: str) -> list[str]:
    """The links in one column of the tables of a fragment, in order, unescaped."""
    found = re.findall(rf'data-col="{column}"><a href="([^"]+)"', fragment)
    return [h.replace("&amp;", "&") for h in found]


# -- a cup season: the bracket and the final ------------------------------------------------------------


def test_cup_season_is_the_clis_cup(client: TestClient, run_cli, cli_json) -> None:
    data = client.get(f"{CUP}.json").json()
    assert data["kind"] == "cup" and data["table"] is None
    assert data["knockout"] == cli_json("cup", "be.cup", "2018-19")
    assert client.get(f"{CUP}.csv").text == run_cli("cup", "be.cup", "2018-19", "--format", "csv")
    final = data["knockout"]["final"]
    # the 2019 Belgian Cup final, 1 May 2019: KAA Gent 1-2 KV Mechelen
    assert (final["first"], final["second"], final["aggregate"]) == ("KAA Gent", "KV Mechelen", [1, 2])
    assert final["winner"] == "KV Mechelen" and final["legs"][0]["date"] == "2019-05-01"


def test_cup_page_shows_the_bracket_and_every_round(client: TestClient) -> None:
    page = client.get(CUP).text
    assert 'id="table"' not in page and 'id="as-of"' not in page  # a cup has no table
    assert 'Final: <a href="#final">KV Mechelen, 2–1</a>' in page
    bracket = page[page.index('id="bracket"') : page.index('<section class="round-ties"')]
    columns = re.findall(r"<h3>([^<]+)</h3>", bracket)
    assert columns == ["Round of 16", "Quarterfinals", "Semifinals", "Final"]
    assert bracket.count('class="bracket-tie"') == 8 + 4 + 2 + 1
    # the final's row: Gent, 1-2, Mechelen through
    start = page.index('<tr id="final">')
    row = text_of(page[start : page.index("</tr>", start)])
    assert "KAA Gent" in row and "1–2" in row and "KV Mechelen" in row
    rounds = re.findall(r'<section class="round-ties" id="round-\d+">\s*<h3>([^<]+)</h3>', page)
    assert rounds == ["Round 5", "Round 6", "Round of 16", "Quarterfinals", "Semifinals", "Final"]


@pytest.mark.parametrize("param", ["as_of=2019-01-01", "matchday=3", "stage=Final", "venue=home", "form=1"])
def test_a_cup_has_no_table_to_ask_for(client: TestClient, param: str) -> None:
    response = client.get(f"{CUP}.json?{param}")
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == param.split("=")[0]


@pytest.mark.parametrize(("url", "ties"), [(CUP, 47), ("/competitions/dk.1/2017-18", 4)])
def test_every_tie_links_to_exactly_its_matches(client: TestClient, url: str, ties: int) -> None:
    data = client.get(f"{url}.json").json()["knockout"]
    expected = [t for r in data["rounds"] for t in r["ties"]]
    page = client.get(url).text
    found = hrefs(page[page.index('<section id="ties">') : page.index('<section id="results">')], "legs")
    assert len(found) == len(expected) == ties
    for href, tie in zip(found, expected, strict=True):
        assert count(client, href) == len(tie["legs"]) + len(tie["replays"]), tie


# -- ties between two clubs -----------------------------------------------------------------------------


def test_midtjylland_out_against_apoel_on_away_goals(client: TestClient, run_cli, cli_json) -> None:
    data = client.get("/ties.json", params=APOEL).json()
    assert data == cli_json("tie", "Midtjylland", "APOEL", "--season", "2015-16")
    (tie,) = data["ties"]
    # 2015-16 Champions League third qualifying round: 1-2 at home, 1-0 in Nicosia
    assert (tie["aggregate"], tie["winner"]) == ([2, 2], "APOEL Nicosia")
    assert tie["how"] == "2–2 on aggregate, on away goals"
    csv_text = client.get("/ties.csv", params=APOEL).text
    assert csv_text == run_cli("tie", "Midtjylland", "APOEL", "--season", "2015-16", "--format", "csv")
    page = client.get("/ties", params=APOEL).text
    assert "APOEL Nicosia, 2–2 on aggregate, on away goals" in text_of(page)
    assert count(client, hrefs(page, "legs")[0]) == 2
    # the same tie on its season's page, linking to the tie page
    season = client.get("/competitions/uefa.cl.q/2015-16").text
    assert "/ties?club=den-fc-midtjylland&amp;other=cyp-apoel-nikosia&amp;season=2015-16" in season


def test_midtjylland_manchester_united(client: TestClient) -> None:
    params = {"club": "den-fc-midtjylland", "other": "eng-manchester-united", "season": "2015-16"}
    (tie,) = client.get("/ties.json", params=params).json()["ties"]
    # Europa League round of 32, February 2016: 2-1 in Herning, 1-5 at Old Trafford
    assert [(leg["score"]["ft"]) for leg in tie["legs"]] == [[2, 1], [5, 1]]
    assert (tie["aggregate"], tie["winner"]) == ([3, 6], "Manchester United")


@pytest.mark.parametrize(
    ("query", "status", "parameter"),
    [
        ("club=den-fc-midtjylland", 400, "other"),
        ("other=den-fc-midtjylland", 400, "club"),
        ("club=den-fc-midtjylland&other=den-fc-midtjylland", 400, "other"),
        ("club=den-fc-midtjylland&other=cyp-apoel-nikosia&season=2015-17", 400, "season"),
        ("club=den-fc-midtjyland&other=cyp-apoel-nikosia", 404, None),
        ("club=den-fc-midtjylland&other=cyp-apoel-nikosia&season=1999-00", 404, None),
    ],
)
def test_tie_errors(client: TestClient, query: str, status: int, parameter: str | None) -> None:
    response = client.get(f"/ties.json?{query}")
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["parameter"] == parameter
    if "midtjyland" in query:
        assert "/clubs/den-fc-midtjylland" in [s["url"] for s in error["suggestions"]]
        assert client.get(f"/ties?{query}").status_code == 404


# -- honours ---------------------------------------------------------------------------------------------


def honours_groups(page: str) -> dict[tuple[str, str], list[str]]:
    """The manager page's Honours section as {(section, club): [line, ...]}, as a reader sees it."""
    part = section(page, "honours")
    out: dict[tuple[str, str], list[str]] = {}
    current = ""
    for kind, body in re.findall(r"<(h3|h4|li)>(.*?)</\1>", part, re.S):
        if kind == "h3":
            current = text_of(body)
        elif kind == "h4":
            club = text_of(body)
            out[(current, club)] = []
        else:
            out[(current, club)].append(text_of(body))
    return out


def test_manager_honours_are_the_clis(client: TestClient, run_cli, cli_json) -> None:
    data = client.get("/managers/jess-thorup.json").json()
    assert data["honours"] == cli_json("honours", "Jess Thorup")
    text = run_cli("manager", "Jess Thorup", "--honours", "--format", "json")
    decoder = json.JSONDecoder()
    _, end = decoder.raw_decode(text)
    assert data["spell_honours"] == decoder.raw_decode(text[end:].lstrip())[0]


def test_thorups_honours_by_club(client: TestClient, cli_json) -> None:
    page = client.get("/managers/jess-thorup").text
    groups = honours_groups(page)
    assert "Danish Superliga: 2017–18" in groups[("Manager", "FC Midtjylland")]
    assert "Danish Cup: 2012–13†" in groups[("Manager", "Esbjerg fB")]
    assert "Belgian Cup runner-up: 2018–19" in groups[("Manager", "KAA Gent")]
    # every line exactly as `touchline honours` writes it, in its order
    outline = cli_json("honours", "Jess Thorup")
    assert [k for k in groups if k[0] == "Manager"] == [("Manager", s["team"]) for s in _merged(outline["manager"])]
    notes = text_of(page[page.index('id="honours-notes"') : page.index("</ol>", page.index('id="honours-notes"'))])
    # the hand-entered cup with its source
    assert "Esbjerg fB, Danish Cup 2012–13: hand-entered; Encyclopedia biography of Jess Thorup" in notes
    assert "final against Randers" in notes
    part = section(page, "honours")
    # derived honours link to their evidence: the final table, the final's matches
    assert '<a href="/competitions/dk.1/2017-18" title="final table of dk.1 2017-18: 1 of 14' in part
    final = re.search(r'Belgian Cup runner-up: <a href="([^"]+)"', part)
    assert final is not None
    href = final.group(1).replace("&amp;", "&")
    assert count(client, href) == 1
    (match,) = client.get(href.replace("/matches", "/matches.json", 1)).json()["matches"]
    assert (match["date"], match["home"]["name"], match["away"]["name"]) == ("2019-05-01", "KAA Gent", "KV Mechelen")
    assert match["score"]["ft"] == [1, 2]
    # hand-entered seasons have no link, only their source
    assert re.search(r'<span class="hand" title="hand-entered: [^"]*">2012–13†</span>', part)


def _merged(spells: list[dict[str, object]]) -> list[dict[str, object]]:
    """Spells at one club once, in order (as the Honours section groups them)."""
    seen: list[dict[str, object]] = []
    for spell in spells:
        if spell["team"] not in [s["team"] for s in seen]:
            seen.append(spell)
    return seen


def test_gent_credits_the_2019_cup_final_to_thorup(client: TestClient, cli_json) -> None:
    data = client.get("/clubs/bel-kaa-gent.json").json()
    assert data["honours"] == cli_json("honours", "--club", "KAA Gent")
    final = next(h for h in data["honours"]["honours"] if (h["competition"], h["season"]) == ("be.cup", "2018-19"))
    assert (final["place"], final["date"], final["managers"]) == ("runner-up", "2019-05-01", ["Jess Thorup"])
    page = client.get("/clubs/bel-kaa-gent").text
    part = section(page, "honours")
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", part, re.S) if "2018–19" in r)
    assert '<a href="/managers/jess-thorup">Jess Thorup</a>' in row and "Belgian Cup runner-up" in row
    assert count(client, hrefs(row, "honour")[0]) == 1


# -- final standings across stages -----------------------------------------------------------------------


def test_final_standings_name_their_stage(client: TestClient, run_cli) -> None:
    url = "/competitions/dk.1/2017-18"
    assert client.get(f"{url}.csv").text == run_cli("table", "dk.1", "2017-18", "--format", "csv")
    table = client.get(f"{url}.json").json()["table"]
    assert table["final"] and table["rows"][0]["club"] == "FC Midtjylland"
    assert table["rows"][0]["stage"] == "Championship"
    page = client.get(url).text
    assert '<th class="left" scope="col" data-col="stage">Stage</th>' in page
    assert 'aria-current="page" class="current">Final standings</a>' in page
    # every Pld of the final standings links to the matches that make it (regular season + its stage)
    body = page[page.index("<tbody>", page.index('id="table"')) : page.index("</tbody>", page.index('id="table"'))]
    for href, row in zip(hrefs(body, "played"), table["rows"], strict=True):
        assert count(client, href) == row["played"], row["club"]


def test_a_matchday_gives_the_regular_season(client: TestClient, run_cli) -> None:
    url = "/competitions/dk.1/2017-18"
    csv_text = client.get(f"{url}.csv", params={"matchday": "26"}).text
    assert csv_text == run_cli("table", "dk.1", "2017-18", "--matchday", "26", "--format", "csv")
    assert csv_text.splitlines()[0].split(",")[:3] == ["position", "club", "played"]  # no Stage column
    assert csv_text.splitlines()[1].split(",")[1] == "Brøndby IF"  # first after the regular season
    regular = client.get(f"{url}.csv", params={"stage": "Regular Season"}).text
    assert regular == run_cli("table", "dk.1", "2017-18", "--stage", "Regular Season", "--format", "csv")
    page = client.get(url, params={"stage": "Regular Season"}).text
    assert 'aria-current="page" class="current">Regular season</a>' in page
    assert '<input type="hidden" name="stage" value="Regular Season">' in page  # the controls keep it
    as_of = client.get(f"{url}.csv", params={"as_of": "2018-05-27"}).text
    assert as_of == run_cli("table", "dk.1", "2017-18", "--as-of", "2018-05-27", "--format", "csv")
