"""A club named as it was named that season (clubs.toml's ``former_names``), on the whole corpus: league
tables, positions, cup rounds, ties and match lists, in every format, on the command line and the web.

The figures are the published ones, each with its source; the names are the season's.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from touchline.api.tables import club_positions, competition_table
from touchline.cli import cli
from touchline.reference.clubs import ClubRegistry
from touchline.render import render
from touchline.store import Store
from touchline.store.read import clubs
from touchline.store.web import open_read_only
from touchline.views.table import positions_report, table_report
from touchline.web.app import create_app


@pytest.fixture(scope="module")
def run(full_db: str):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> str:
        result = CliRunner().invoke(cli, [*args, "--db", full_db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout  # a CSV's notes go to standard error

    return invoke


@pytest.fixture(scope="module")
def web(full_db: str) -> Iterator[TestClient]:
    store = open_read_only(full_db)
    with TestClient(create_app(store)) as client:
        yield client
    store.close()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_j_league_1993_names_verdy_kawasaki(run) -> None:  # type: ignore[no-untyped-def]
    # The first J.League season: Verdy Kawasaki champions, 72 goals for and 31 against over its two
    # stages (29-21 and 43-10); JEF United Ichihara 51-67 (26-23 and 25-44) (jsoccer.com, "J League
    # History: 1993"; Wikipedia, "1993 J.League": winners Verdy Kawasaki).
    rows = _rows(run("table", "jp.1", "1993", "--format", "csv"))
    first = rows[0]
    assert (first["position"], first["club"], first["gf"], first["ga"]) == ("1", "Verdy Kawasaki", "72", "31")
    jef = next(r for r in rows if r["club"].startswith("JEF"))
    assert (jef["club"], jef["gf"], jef["ga"]) == ("JEF United Ichihara", "51", "67")
    assert not any(r["club"] in ("Tokyo Verdy", "JEF United Chiba") for r in rows)
    text = run("table", "jp.1", "1993")
    # the note on the title decider names the club as the table does
    assert "Verdy Kawasaki first, Kashima Antlers second" in text
    assert "Tokyo Verdy" not in text
    wiki = run("table", "jp.1", "1993", "--format", "wiki")
    assert "Verdy Kawasaki" in wiki and "Tokyo Verdy" not in wiki
    for fmt in ("md", "html"):
        assert "Verdy Kawasaki" in run("table", "jp.1", "1993", "--format", fmt)


def test_table_json_keeps_the_current_name_and_adds_the_seasons(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(run("table", "jp.1", "1993", "--format", "json"))
    first = data["rows"][0]
    assert (first["club"], first["season_name"]) == ("Tokyo Verdy", "Verdy Kawasaki")
    kashima = next(r for r in data["rows"] if r["club"] == "Kashima Antlers")
    assert kashima["season_name"] == "Kashima Antlers"


def test_mls_2000_names_the_wizards_metrostars_and_burn(run) -> None:  # type: ignore[no-untyped-def]
    # MLS 2000: the Kansas City Wizards won the Supporters' Shield on 57 points, level with Chicago Fire;
    # the MetroStars third on 54; the Dallas Burn 46 (Wikipedia, "2000 Major League Soccer season").
    rows = {r["club"]: r for r in _rows(run("table", "us.1", "2000", "--format", "csv"))}
    assert rows["Kansas City Wizards"]["position"] == "1"
    assert rows["Kansas City Wizards"]["points"] == "57"
    assert rows["Chicago Fire"]["points"] == "57"
    assert rows["MetroStars"]["points"] == "54"
    assert rows["Dallas Burn"]["points"] == "46"
    assert not {"Sporting Kansas City", "New York RB", "FC Dallas"} & set(rows)


def test_the_current_name_outside_the_former_names_seasons(run) -> None:  # type: ignore[no-untyped-def]
    # Tokyo Verdy 1969 from 2001 (Wikipedia, "Tokyo Verdy"); Sporting Kansas City from its 2011 season,
    # FC Dallas from 2005 (Wikipedia, "Sporting Kansas City", "FC Dallas")
    assert "Tokyo Verdy" in {r["club"] for r in _rows(run("table", "jp.1", "2001", "--format", "csv"))}
    assert "Sporting Kansas City" in {r["club"] for r in _rows(run("table", "us.1", "2011", "--format", "csv"))}
    assert "FC Dallas" in {r["club"] for r in _rows(run("table", "us.1", "2005", "--format", "csv"))}


def test_the_wednesday_champions_of_1928_29(run) -> None:  # type: ignore[no-untyped-def]
    # The Wednesday (renamed Sheffield Wednesday in 1929) won the First Division of 1928-29 with 52
    # points, one ahead of Leicester City (Wikipedia, "1928–29 Football League"); Sheffield Wednesday
    # won it again in 1929-30 under its new name.
    rows = _rows(run("table", "eng.1", "1928-29", "--format", "csv"))
    assert (rows[0]["club"], rows[0]["points"]) == ("The Wednesday", "52")
    assert (rows[1]["club"], rows[1]["points"]) == ("Leicester City", "51")
    assert _rows(run("table", "eng.1", "1929-30", "--format", "csv"))[0]["club"] == "Sheffield Wednesday"


def test_the_tie_and_cup_round_name_hartlepools_united(run) -> None:  # type: ignore[no-untyped-def]
    # FA Cup 1956-57, third round: Hartlepools United 3-4 Manchester United's "Busby Babes" (Hartlepool
    # United Supporters' Trust, "Milestones & Millstones": "lose 4-3"; the club was Hartlepools United
    # until 1968, Wikipedia, "Hartlepool United F.C.").
    rows = _rows(run("tie", "Hartlepool United", "Manchester United", "--season", "1956-57", "--format", "csv"))
    assert [(r["first"], r["aggregate"], r["second"], r["through"]) for r in rows] == [
        ("Hartlepools United", "3–4", "Manchester United", "Manchester United")
    ]
    data = json.loads(run("tie", "Hartlepool United", "Manchester United", "--season", "1956-57", "--format", "json"))
    tie = data["ties"][0]
    assert tie["first"] == "Hartlepool United"
    assert tie["season_names"]["first"] == "Hartlepools United"
    assert tie["season_names"]["loser"] == "Hartlepools United"
    assert tie["legs"][0]["home"] == {
        "id": "eng-hartlepool-united",
        "name": "Hartlepool United",
        "season_name": "Hartlepools United",
    }
    cup = _rows(run("cup", "eng.cup", "1956-57", "--round", "Round 3", "--format", "csv"))
    assert ("Hartlepools United", "Manchester United") in {(r["first"], r["second"]) for r in cup}
    assert not any("Hartlepool United" in (r["first"], r["second"]) for r in cup)


def test_match_list_names_each_match_by_its_season(run) -> None:  # type: ignore[no-untyped-def]
    # Verdy Kawasaki opened the J.League on 15 May 1993 at home to Yokohama Marinos and lost, 1-2 (Italian
    # Wikipedia, "Verdy Kawasaki 1993"; Henny Meijer's goal was the league's first, Ramón Díaz scored the
    # winner)
    rows = _rows(run("matches", "--club", "Tokyo Verdy", "--season", "1993", "--format", "csv"))
    assert (rows[0]["date"], rows[0]["home"], rows[0]["score"]) == ("1993-05-15", "Verdy Kawasaki", "1–2")
    assert all("Tokyo Verdy" not in (r["home"], r["away"]) for r in rows)
    later = _rows(run("matches", "--club", "Tokyo Verdy", "--season", "2001", "--format", "csv"))
    assert any("Tokyo Verdy" in (r["home"], r["away"]) for r in later)


def test_positions_report_names_the_club_as_that_season(full: Store) -> None:
    name, code, found = club_positions(full, "Tokyo Verdy", "jp.1", "1993")
    report = positions_report(name, code, "1993", "matchday", found)
    assert report.title == "Verdy Kawasaki: jp.1 1993"
    data = json.loads(render(report, "json"))
    assert (data["club"], data["season_name"]) == ("Tokyo Verdy", "Verdy Kawasaki")


def test_table_report_from_the_library(full: Store) -> None:
    report = table_report(competition_table(full, "us.1", "2000"))
    assert report.rows[0]["club"] == "Kansas City Wizards"


def test_web_season_page_and_its_twins(web: TestClient) -> None:
    page = web.get("/competitions/jp.1/1993")
    assert page.status_code == 200
    assert "Verdy Kawasaki" in page.text and "Tokyo Verdy" not in page.text
    data = web.get("/competitions/jp.1/1993.json").json()
    assert (data["table"]["rows"][0]["club"], data["table"]["rows"][0]["season_name"]) == (
        "Tokyo Verdy",
        "Verdy Kawasaki",
    )
    assert _rows(web.get("/competitions/jp.1/1993.csv").text)[0]["club"] == "Verdy Kawasaki"
    cup = web.get("/competitions/eng.cup/1956-57")
    assert "Hartlepools United" in cup.text and "Hartlepool United" not in cup.text
    matches = web.get("/matches.csv?club=jpn-tokyo-verdy&season=1993")
    assert _rows(matches.text)[0]["home"] == "Verdy Kawasaki"


def test_a_renamed_clubs_name_is_its_own_in_the_store(full: Store) -> None:
    # a table's rows carry names only: the club with former names is found by its name, which must be
    # no other stored club's
    renamed = {club.name: club.id for club in ClubRegistry.default().clubs() if club.former_names}
    assert len(renamed) >= 15
    for club, _, _ in clubs(full):
        if club.name in renamed:
            assert club.id == renamed[club.name], club
