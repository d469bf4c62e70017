"""Tables cross-checked between independent sources in ``../shared/data``.

worldfootball (Football.TXT), openfootball, football-data.co.uk (two copies: footballcsv's cache and
the DNK.csv file) and engsoccerdata were compiled independently; a table computed from each must agree
row by row. This is the check for the tables whose published rows could not be retrieved (Danish
Superliga) and a second check for the others: never a comparison with touchline's own earlier output.

football-data has no stage column, so its Superliga matches are given the stage of the worldfootball
match with the same date, clubs and score; every worldfootball match must find its twin. Its extra
matches are the 2017-18 relegation play-offs (first among the relegation round's bottom clubs, then
against 1st Division clubs), which worldfootball leaves out.

Investigated: SOURCES.md lists two "score disagreements" between worldfootball and football-data
(2021-05-28 Aarhus v Aalborg, 2022-05-29 Aalborg v Viborg). Both are European play-off finals decided
on penalties: worldfootball writes "3-1 pen. 2-2 a.e.t. (1-1, 1-0)" and "1-3 pen. 1-1 a.e.t.", and
football-data gives the score after 90 minutes (1-1 both). Neither source is wrong, and neither match
is in a table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.compute.conftest import Load
from touchline.compute.tables import LeagueTable, league_table
from touchline.model import Match
from touchline.reference.rules import rules_for

WFB = "worldfootball-cache.wfb.txt"
FCSV = "footballcsv-cache.footballdata"
DNK = "football-data.co.uk-DNK/DNK.csv"

# football-data's English/ASCII names -> worldfootball's
DANISH_NAMES = {
    "Aalborg": "Aalborg BK",
    "Aarhus": "Aarhus GF",
    "Brondby": "Brøndby IF",
    "FC Copenhagen": "FC København",
    "Helsingor": "FC Helsingør",
    "Hobro": "Hobro IK",
    "Horsens": "AC Horsens",
    "Lyngby": "Lyngby BK",
    "Midtjylland": "FC Midtjylland",
    "Nordsjaelland": "FC Nordsjælland",
    "Odense": "Odense BK",
    "Randers FC": "Randers FC",
    "Silkeborg": "Silkeborg IF",
    "Sonderjyske": "SønderjyskE",
    "Vejle": "Vejle BK",
    "Viborg": "Viborg FF",
}

Numbers = tuple[int, int, int, int, int, int, int, int]


def numbers(table: LeagueTable) -> list[Numbers]:
    """Every column but the club's name, row by row (the sources spell clubs differently)."""
    return [(r.position, r.played, r.won, r.drawn, r.lost, r.gf, r.ga, r.points) for r in table.rows]


def season(matches: list[Match], competition: str, name: str) -> list[Match]:
    return [m for m in matches if m.competition == competition and m.season == name]


@pytest.mark.parametrize(
    ("competition", "season_name", "sources"),
    [
        (
            "de.1",
            "2023-24",
            [f"{WFB}/2023-24/de.1.txt", f"{FCSV}/2023-24/de.1.csv", "engsoccerdata/data-raw/germany.csv"],
        ),
        (
            "de.1",
            "2024-25",
            [
                "openfootball-deutschland/2024-25/1-bundesliga.txt",
                "openfootball-football.json/2024-25/de.1.json",
                "engsoccerdata/data-raw/germany.csv",
            ],
        ),
        (
            "be.1",
            "2018-19",
            [f"{WFB}/2018-19/be.1.txt", f"{FCSV}/2018-19/be.1.csv", "engsoccerdata/data-raw/belgium.csv"],
        ),
        (
            "be.1",
            "2019-20",
            [f"{WFB}/2019-20/be.1.txt", f"{FCSV}/2019-20/be.1.csv", "engsoccerdata/data-raw/belgium.csv"],
        ),
    ],
)
def test_regular_season_agrees_between_sources(
    load: Load, competition: str, season_name: str, sources: list[str]
) -> None:
    rules = rules_for(competition, season_name)
    tables = [league_table(season(load(path), competition, season_name), rules) for path in sources]
    first = numbers(tables[0])
    assert len(first) in (16, 18)
    for path, table in zip(sources[1:], tables[1:], strict=True):
        assert numbers(table) == first, path


def _restaged(wfb: list[Match], other: list[Match]) -> tuple[list[Match], list[Match]]:
    """football-data's matches with the stage of their worldfootball twin; and those without one."""
    from dataclasses import replace

    twins = {(m.date, m.home, m.away): m for m in wfb}
    staged: list[Match] = []
    unmatched: list[Match] = []
    for match in other:
        home, away = DANISH_NAMES[match.home], DANISH_NAMES.get(match.away, match.away)
        twin = None
        for shift in (0, -1, 1):  # kick-off dates agree; allow a day for late kick-offs
            twin = twins.get((match.date + dt.timedelta(days=shift), home, away))
            if twin is not None:
                break
        if twin is None:
            unmatched.append(match)
            continue
        assert match.ft == twin.ft or twin.et is not None, f"{match!r} v {twin!r}"
        staged.append(replace(match, home=home, away=away, stage=twin.stage, round=twin.round))
    return staged, unmatched


@pytest.mark.parametrize("source", [DNK, "footballcsv"])
@pytest.mark.parametrize(("season_name", "playoffs"), [("2017-18", 12), ("2021-22", 0)])
def test_superliga_stages_agree_with_football_data(load: Load, source: str, season_name: str, playoffs: int) -> None:
    wfb = load(f"{WFB}/{season_name}/dk.1.txt")
    path = DNK if source == DNK else f"{FCSV}/{season_name}/dk.1.csv"
    other = season(load(path), "dk.1", season_name)
    staged, unmatched = _restaged(wfb, [m for m in other if m.home in DANISH_NAMES])
    unmatched += [m for m in other if m.home not in DANISH_NAMES]
    # every worldfootball match has its football-data twin; the rest are relegation play-offs v 1st Division
    assert len(staged) == len([m for m in wfb if m.counts])
    assert len(unmatched) == playoffs
    # the play-offs (among the relegation round's bottom clubs, then against 1st Division clubs) all
    # come after the relegation round
    last = max(m.date for m in wfb if m.stage == "Relegation")
    assert all(m.date > last for m in unmatched)
    rules = rules_for("dk.1", season_name)
    for stage in (None, "Championship", "Relegation"):
        ours = league_table(wfb, rules, stage=stage)
        theirs = league_table(staged, rules, stage=stage)
        assert [(r.club, *n) for r, n in zip(ours.rows, numbers(ours), strict=True)] == [
            (r.club, *n) for r, n in zip(theirs.rows, numbers(theirs), strict=True)
        ], stage
