"""League tables on small made-up seasons, one rule at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.madeup import made_up
from touchline.compute.tables import league_table, position_at, position_over_time, season_tables
from touchline.errors import NotFoundError
from touchline.model import Match, Status
from touchline.reference.rules import Carry, Criterion, Decision, Deduction, Points, Rules, StageRule

DEFAULT = Rules(competition="xx.1", season="2023-24")
H2H_FIRST = replace(
    DEFAULT,
    tiebreak=(
        Criterion.POINTS,
        Criterion.H2H_POINTS,
        Criterion.H2H_GOAL_DIFFERENCE,
        Criterion.GOAL_DIFFERENCE,
    ),
)


def match(
    day: int,
    home: str,
    away: str,
    score: tuple[int, int] | None,
    *,
    stage: str | None = None,
    round: int | None = None,
    status: Status = Status.PLAYED,
) -> Match:
    """A match on day ``day`` of 2024 (1 = 1 January)."""
    unplayed = status is Status.PLAYED and not score
    matchday = f"Matchday {round}" if round else None
    return made_up(day, home, away, score, status=None if unplayed else status, stage=stage, round=matchday)


def line(table: object, club: str) -> tuple[int, int, int, int, int, int, int, int]:
    from touchline.compute.tables import LeagueTable

    assert isinstance(table, LeagueTable)
    r = table.row(club)
    return (r.position, r.played, r.won, r.drawn, r.lost, r.gf, r.ga, r.points)


def test_counts_results_goals_and_points() -> None:
    matches = [match(1, "A", "B", (2, 1)), match(2, "B", "C", (0, 0)), match(3, "C", "A", (3, 1))]
    table = league_table(matches, DEFAULT)
    assert [r.club for r in table] == ["C", "A", "B"]
    assert line(table, "C") == (1, 2, 1, 1, 0, 3, 1, 4)
    assert line(table, "A") == (2, 2, 1, 0, 1, 3, 4, 3)
    assert line(table, "B") == (3, 2, 0, 1, 1, 1, 2, 1)
    assert table.row("A").form == "WL"
    assert table.row("A").gd == -1


def test_two_points_for_a_win() -> None:
    rules = replace(DEFAULT, points=Points(2, 1, 0))
    table = league_table([match(1, "A", "B", (1, 0)), match(2, "B", "A", (1, 1))], rules)
    assert table.row("A").points == 3


def test_only_matches_that_count_go_in() -> None:
    matches = [
        match(1, "A", "B", (1, 0)),
        match(2, "B", "A", None),  # scheduled
        match(3, "A", "C", (5, 0), status=Status.AWARDED),
        match(4, "C", "B", None, status=Status.CANCELLED),
        match(5, "B", "C", None, status=Status.POSTPONED),
    ]
    table = league_table(matches, DEFAULT)
    assert table.row("A").played == 2
    assert table.row("B").played == 1
    assert table.row("C").played == 1


def test_clubs_equal_on_every_criterion_share_a_position() -> None:
    matches = [match(1, "A", "C", (1, 0)), match(2, "B", "D", (1, 0)), match(3, "C", "D", (0, 0))]
    table = league_table(matches, DEFAULT)
    assert [(r.position, r.club, r.shared) for r in table] == [
        (1, "A", True),
        (1, "B", True),
        (3, "C", True),
        (3, "D", True),
    ]


def test_head_to_head_before_goal_difference() -> None:
    level = [
        match(1, "A", "B", (1, 0)),
        match(2, "B", "A", (3, 2)),
        match(3, "A", "C", (0, 0)),
        match(4, "B", "C", (4, 0)),
    ]
    # A and B: 4 points each; head-to-head 1-0 and 2-3 -> 3 points each, goal difference 0, so it's
    # overall goal difference: B (+4) above A (0)
    table = league_table(level, H2H_FIRST)
    assert [r.club for r in table][:2] == ["B", "A"]


def test_head_to_head_cannot_decide_mid_season() -> None:
    # A beat B; the return match is still to come. A and B are level on 4 points: head-to-head cannot
    # count yet, so goal difference puts B (+3) above A (+1)
    matches = [
        match(1, "A", "B", (1, 0)),
        match(2, "C", "A", (0, 0)),
        match(3, "B", "C", (4, 0)),
        match(4, "C", "B", (0, 0)),
        match(9, "B", "A", None),
    ]
    table = league_table(matches, H2H_FIRST)
    assert [r.club for r in table][:2] == ["B", "A"]
    # once B-A is played (a draw), A is above on head-to-head despite the worse goal difference
    matches[4] = match(9, "B", "A", (1, 1))
    table = league_table(matches, H2H_FIRST)
    assert [r.club for r in table][:2] == ["A", "B"]
    # and on the date before that match, head-to-head still could not decide
    assert position_at(matches, H2H_FIRST, "A", dt.date(2024, 1, 8)) == 2


def test_head_to_head_last_leaves_a_shared_position_until_complete() -> None:
    rules = replace(DEFAULT, tiebreak=(Criterion.POINTS, Criterion.GOAL_DIFFERENCE, Criterion.H2H_POINTS))
    matches = [match(1, "A", "B", (1, 1)), match(2, "B", "A", None)]
    table = league_table(matches, rules)
    assert [(r.position, r.club) for r in table] == [(1, "A"), (1, "B")]


def test_head_to_head_mini_league_of_three() -> None:
    # D 9 points; A, B and C all on 6
    matches = [
        match(1, "A", "B", (2, 0)),
        match(2, "B", "C", (1, 0)),
        match(3, "C", "A", (1, 0)),
        match(4, "A", "D", (0, 1)),
        match(5, "B", "D", (3, 0)),
        match(6, "C", "D", (5, 0)),
        match(7, "D", "A", (0, 3)),
        match(8, "D", "B", (1, 0)),
        match(9, "D", "C", (2, 0)),
    ]
    table = league_table(matches, H2H_FIRST)
    # each of A, B, C won one and lost one among themselves (3 points each): mini-league goal
    # difference A +1, B -1, C 0
    assert [r.club for r in table] == ["D", "A", "C", "B"]


def test_as_of_and_matchday() -> None:
    matches = [match(1, "A", "B", (1, 0), round=1), match(8, "B", "A", (3, 0), round=2)]
    assert league_table(matches, DEFAULT, as_of=dt.date(2024, 1, 1)).rows[0].club == "A"
    assert league_table(matches, DEFAULT, matchday=1).rows[0].club == "A"
    assert league_table(matches, DEFAULT).rows[0].club == "B"


def test_home_and_away_tables() -> None:
    matches = [match(1, "A", "B", (1, 0)), match(2, "B", "A", (2, 2))]
    home = league_table(matches, DEFAULT, venue="home")
    away = league_table(matches, DEFAULT, venue="away")
    assert line(home, "A") == (1, 1, 1, 0, 0, 1, 0, 3)
    assert line(home, "B")[1:] == (1, 0, 1, 0, 2, 2, 1)
    assert line(away, "A")[1:] == (1, 0, 1, 0, 2, 2, 1)
    assert line(away, "B")[1:] == (1, 0, 0, 1, 0, 1, 0)


def _split_season(carry: Carry) -> tuple[list[Match], Rules]:
    regular = [
        match(1, "A", "B", (1, 0)),
        match(2, "C", "D", (1, 1)),
        match(3, "A", "C", (2, 2)),
        match(4, "B", "D", (3, 0)),
        match(5, "A", "D", (0, 0)),
        match(6, "B", "C", (1, 0)),
    ]
    # A 5 pts, B 6, C 2, D 2
    top = [
        match(10, "A", "B", (2, 0), stage="Championship"),
        match(11, "B", "A", (0, 1), stage="Championship"),
    ]
    bottom = [match(10, "C", "D", (0, 1), stage="Relegation")]
    rules = replace(
        DEFAULT,
        stages=(
            StageRule("Championship", carry=carry, tiebreak=(Criterion.POINTS, Criterion.PREVIOUS_POSITION)),
            StageRule("Relegation", carry=carry),
        ),
    )
    return regular + top + bottom, rules


def test_championship_round_with_everything_carried_over() -> None:
    matches, rules = _split_season(Carry.FULL)
    table = league_table(matches, rules, stage="Championship")
    assert [r.club for r in table] == ["A", "B"]
    assert line(table, "A") == (1, 5, 3, 2, 0, 6, 2, 11)
    assert line(table, "B") == (2, 5, 2, 0, 3, 4, 4, 6)
    assert table.row("A").previous_position == 2
    relegation = league_table(matches, rules, stage="Relegation")
    assert line(relegation, "D") == (1, 4, 1, 2, 1, 2, 4, 5)


def test_halved_points_rounded_up_and_the_half_point_loses_ties() -> None:
    matches, rules = _split_season(Carry.HALVED)
    stage = (Criterion.POINTS, Criterion.UNROUNDED_POINTS, Criterion.PREVIOUS_POSITION)
    rules = replace(rules, stages=(StageRule("Championship", carry=Carry.HALVED, tiebreak=stage),))
    table = league_table(matches, rules, stage="Championship")
    a, b = table.row("A"), table.row("B")
    # A: 5 -> 3 (rounded up) + 6; B: 6 -> 3 + 0
    assert (a.carried, a.rounded, a.points, a.played) == (3, True, 9, 2)
    assert (b.carried, b.rounded, b.points, b.played) == (3, False, 3, 2)
    # level on points after a draw each: the rounded-up club loses the tie
    drawn = [m for m in matches if m.stage != "Championship"] + [
        match(10, "A", "B", (1, 1), stage="Championship"),
    ]
    table = league_table(drawn, rules, stage="Championship")
    assert [(r.club, r.points) for r in table] == [("B", 4), ("A", 4)]


def test_stage_groups_that_never_meet_are_ranked_apart() -> None:
    matches = [match(1, "A", "B", (1, 0), stage="Relegation"), match(1, "C", "D", (0, 2), stage="Relegation")]
    table = league_table(matches, DEFAULT, stage="Relegation")
    assert [(r.group, r.position, r.club) for r in table] == [
        ("A", 1, "A"),
        ("A", 2, "B"),
        ("B", 1, "D"),
        ("B", 2, "C"),
    ]


def test_deductions_apply_from_their_date() -> None:
    rules = replace(
        DEFAULT,
        deductions=(Deduction("A", 4, "administration", "league", dt.date(2024, 1, 5)),),
    )
    matches = [match(1, "A", "B", (1, 0)), match(8, "B", "C", (0, 0))]
    before = league_table(matches, rules, as_of=dt.date(2024, 1, 4))
    after = league_table(matches, rules)
    assert (before.row("A").points, before.row("A").deduction) == (3, 0)
    assert (after.row("A").points, after.row("A").deduction) == (-1, 4)
    assert after.rows[-1].club == "A"
    assert any("administration" in note for note in after.notes)


def test_curtailed_season_ranked_on_points_per_game() -> None:
    decision = Decision(
        note="stopped",
        source="board",
        date=dt.date(2024, 2, 1),
        champion="B",
        tiebreak=(Criterion.POINTS_PER_GAME,),
    )
    rules = replace(DEFAULT, decision=decision)
    matches = [match(1, "A", "C", (1, 0)), match(2, "A", "C", (1, 0)), match(3, "B", "C", (1, 0))]
    table = league_table(matches, rules)
    # A 6 points from 2, B 3 from 1, C 0 from 3: per game A and B are level on 3
    assert [(r.position, r.club) for r in table] == [(1, "A"), (1, "B"), (3, "C")]
    assert table.champion == "B"
    assert table.notes == ("stopped",)
    # before the decision the usual rules apply
    assert league_table(matches, rules, as_of=dt.date(2024, 1, 31)).rows[1].position == 2


def test_unknown_stage_and_club_say_what_there_is() -> None:
    matches = [match(1, "Aarhus GF", "B", (1, 0), stage="Championship")]
    with pytest.raises(NotFoundError, match="Championship"):
        league_table(matches, DEFAULT, stage="Playoff I")
    table = league_table(matches, DEFAULT, stage="Championship")
    with pytest.raises(NotFoundError, match="Aarhus GF"):
        table.row("Aarhus")


def test_position_over_time() -> None:
    matches = [
        match(1, "A", "B", (0, 1), round=1),
        match(1, "C", "D", (1, 0), round=1),
        match(8, "A", "C", (3, 0), round=2),
        match(8, "B", "D", (0, 0), round=2),
    ]
    assert position_over_time(matches, DEFAULT, "A") == [(dt.date(2024, 1, 1), 3), (dt.date(2024, 1, 8), 2)]
    assert position_over_time(matches, DEFAULT, "A", by="matchday") == [(1, 3), (2, 2)]
    with pytest.raises(NotFoundError):
        position_over_time(matches, DEFAULT, "Z")


def test_season_tables_leave_out_knockout_stages() -> None:
    matches = [
        match(1, "A", "B", (1, 0)),
        match(2, "B", "C", (1, 0)),
        match(3, "C", "A", (1, 0)),
        match(9, "A", "B", (1, 0), stage="Final"),
    ]
    tables = season_tables(matches, DEFAULT)
    assert [t.stage for t in tables] == [None]


def test_to_dataframe() -> None:
    table = league_table([match(1, "A", "B", (2, 1))], DEFAULT)
    frame = table.to_dataframe()
    assert list(frame["club"]) == ["A", "B"]
    assert list(frame["gd"]) == [1, -1]
    assert {"position", "played", "won", "drawn", "lost", "gf", "ga", "points", "form"} <= set(frame.columns)
    assert table.to_dict()["rows"][0]["points"] == 3
