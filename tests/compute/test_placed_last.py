"""A club the competition places last (a deduction's ``last``) ranks below every other, whatever its
points; its footnote says so, with any points taken."""

from __future__ import annotations

import datetime as dt

from touchline.compute.tiebreak import Line, rank
from touchline.compute.totals import deduct, deduction_note
from touchline.reference.rules import Criterion, Deduction, Rules


def _order(lines: dict[str, Line], criteria: tuple[Criterion, ...]) -> list[str]:
    return [line.club for tied in rank(list(lines.values()), criteria, None) for line in tied]


def test_placed_last_ranks_below_clubs_with_fewer_points() -> None:
    lines = {name: Line(name, points=points) for name, points in (("A", 40), ("B", 26), ("C", 17))}
    expelled = Deduction("B", 0, "licence withdrawn", "a source", date=dt.date(2012, 1, 18), last=True)
    rules = Rules("xx.1", "2011-12", deductions=(expelled,))
    criteria = (Criterion.POINTS, Criterion.GOAL_DIFFERENCE)
    assert deduct(lines, rules, None, dt.date(2012, 1, 17)) == []  # not yet decided
    assert [[line.club for line in tied] for tied in rank(list(lines.values()), criteria, None)] == [
        ["A"],
        ["B"],
        ["C"],
    ]
    assert deduct(lines, rules, None, None) == [expelled]
    assert [[line.club for line in tied] for tied in rank(list(lines.values()), criteria, None)] == [
        ["A"],
        ["C"],
        ["B"],
    ]
    assert lines["B"].points == 26


def test_the_footnote_of_a_club_placed_last() -> None:
    placed = Deduction("B", 0, "licence refused", "a source", date=dt.date(2009, 5, 30), last=True)
    assert deduction_note(placed) == "B: placed last (2009-05-30): licence refused."
    with_points = Deduction("B", 6, "licence withdrawn", "a source", last=True)
    assert deduction_note(with_points) == "B: placed last, 6 points deducted: licence withdrawn."
