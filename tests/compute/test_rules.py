"""Rules as data: every rules file loads, eras layer, and the defaults cover the rest."""

from __future__ import annotations

from importlib import resources

import pytest

from touchline.errors import DataError
from touchline.model import Season
from touchline.reference.rules import (
    Carry,
    Criterion,
    Points,
    SeasonFormat,
    _check_keys,
    _in_range,
    known_competitions,
    rules_for,
)


def test_unknown_competitions_get_the_default() -> None:
    rules = rules_for("zz.9", "2023-24")
    assert not rules.known
    assert rules.points == Points(3, 1, 0)
    assert rules.tiebreak == (Criterion.POINTS, Criterion.GOAL_DIFFERENCE, Criterion.GOALS_FOR)
    assert rules.format is SeasonFormat.SINGLE


@pytest.mark.parametrize(
    ("competition", "last_two", "first_three"),
    [("de.1", "1994-95", "1995-96"), ("eng.1", "1980-81", "1981-82"), ("be.1", "1994-95", "1995-96")],
)
def test_three_points_for_a_win_came_in_different_years(competition: str, last_two: str, first_three: str) -> None:
    assert rules_for(competition, last_two).points.win == 2
    assert rules_for(competition, first_three).points.win == 3


def test_goal_average_before_goal_difference() -> None:
    assert rules_for("eng.1", "1975-76").tiebreak[1] is Criterion.GOAL_AVERAGE
    assert rules_for("eng.1", "1976-77").tiebreak[1] is Criterion.GOAL_DIFFERENCE
    assert rules_for("de.1", "1968-69").tiebreak[1] is Criterion.GOAL_AVERAGE
    assert rules_for("de.1", "1969-70").tiebreak[1] is Criterion.GOAL_DIFFERENCE


def test_danish_split_season_from_2016_17() -> None:
    assert rules_for("dk.1", "2015-16").format is SeasonFormat.SINGLE
    rules = rules_for("dk.1", "2017-18")
    assert rules.format is SeasonFormat.SPLIT
    championship = rules.stage_rule("Championship")
    assert championship is not None and championship.carry is Carry.FULL
    assert rules.stage_rule("Playoffs - Relegation") == rules.stage_rule("Relegation")


def test_belgian_play_offs_by_era() -> None:
    rules = rules_for("be.1", "2018-19")
    playoff = rules.stage_rule("Playoff I")
    assert playoff is not None and playoff.carry is Carry.HALVED
    assert playoff.tiebreak == (Criterion.POINTS, Criterion.UNROUNDED_POINTS, Criterion.PREVIOUS_POSITION)
    assert rules.tiebreak[1] is Criterion.WINS
    later = rules_for("be.1", "2023-24").stage_rule("Championship")
    assert later is not None and Criterion.UNROUNDED_POINTS not in later.tiebreak
    decision = rules_for("be.1", "2019-20").decision
    assert decision is not None and decision.champion == "Club Brugge" and decision.source
    assert rules_for("be.1", "2018-19").decision is None


def test_deductions_belong_to_their_season() -> None:
    assert sum(d.points for d in rules_for("eng.1", "2023-24").deductions if d.club == "Everton") == 8
    assert rules_for("eng.1", "2022-23").deductions == ()


def test_calendar_year_seasons() -> None:
    assert rules_for("dk.1", "1990").points.win == 2
    assert rules_for("zz.1", "2023").season == "2023"


def test_every_rules_file_loads_for_every_season_and_cites_sources() -> None:
    folder = resources.files("touchline").joinpath("data/rules")
    files = sorted(e.name for e in folder.iterdir() if e.name.endswith(".toml") and not e.name.startswith("_"))
    assert {"be.1", "de.1", "dk.1", "eng.1"} <= set(known_competitions())
    assert len(files) == len(known_competitions())
    for code in known_competitions():
        for year in range(1888, 2026):
            rules = rules_for(code, f"{year}-{(year + 1) % 100:02d}")
            assert rules.known and rules.sources, code
            assert rules.tiebreak[0] in (Criterion.POINTS, Criterion.POINTS_PER_GAME)
        text = folder.joinpath(f"{code}.toml").read_text(encoding="utf-8")
        assert text.startswith("#"), f"{code}.toml should open with comments citing its sources"
        for deduction in rules_for(code, "2023-24").deductions:
            assert deduction.reason and deduction.source


def test_a_league_without_a_rules_file_gets_its_countrys_points_by_era() -> None:
    # Germany's third tier gave two points for a win until 1994-95, as all of Germany's leagues did
    assert (rules_for("de.3", "1974-75").points.win, rules_for("de.3", "1995-96").points.win) == (2, 3)
    # England's lower divisions: three points from 1981-82, goal average until 1975-76
    assert (rules_for("eng.3", "1980-81").points.win, rules_for("eng.3", "1981-82").points.win) == (2, 3)
    assert rules_for("eng.2", "1970-71").tiebreak == (Criterion.POINTS, Criterion.GOAL_AVERAGE)
    # calendar-year seasons: Norway from 1987, Sweden from 1990
    assert (rules_for("no.1", "1986").points.win, rules_for("no.1", "1987").points.win) == (2, 3)
    assert (rules_for("se.2", "1989").points.win, rules_for("se.2", "1990").points.win) == (2, 3)
    # every such rule names where its points come from, and is not passed off as a rules file
    assert not rules_for("de.3", "1974-75").known and rules_for("de.3", "1974-75").sources


def test_bad_season_ranges_are_config_errors() -> None:
    assert _in_range(Season.parse("2000-01"), "1995-96..", "x")
    assert not _in_range(Season.parse("1990-91"), "1995-96..", "x")
    assert _in_range(Season.parse("1990-91"), "..1994-95", "x")
    with pytest.raises(DataError, match="bad season range"):
        _in_range(Season.parse("2000-01"), "nineties..", "x")


def test_misspelt_keys_are_config_errors() -> None:
    _check_keys({"code": "xx.1", "era": [{"seasons": "..", "tiebreak": ["points"]}]}, "xx.1.toml")
    with pytest.raises(DataError, match="unknown key 'tiebrake' at \\[\\[era\\]\\]"):
        _check_keys({"code": "xx.1", "era": [{"seasons": "..", "tiebrake": ["points"]}]}, "xx.1.toml")
    with pytest.raises(DataError, match="unknown key 'cary'"):
        _check_keys({"code": "xx.1", "era": [{"stage": [{"name": "A", "cary": "full"}]}]}, "xx.1.toml")
