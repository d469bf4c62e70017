"""What a merged match says, detail by detail: the precedence of sources the module docstring of
:mod:`touchline.compute.agreement` states (each detail from the highest-ranked row that has it, the
result and the match's identity from the highest-ranked row with a score)."""

from __future__ import annotations

import datetime as dt

from touchline.compute.agreement import SourceRow, merge

BASE = dt.date(1975, 2, 1)


def row(n: int, file: int, home: str, away: str, ft: tuple[int, int] | None, **kw: object) -> SourceRow:
    return SourceRow(n, file, file, n, "de.1", "1974-75", BASE, home, away, ft, **kw)  # type: ignore[arg-type]


def test_a_row_alone_is_its_match_and_agrees() -> None:
    alone = row(1, 1, "A", "B", None, status="scheduled", time="15.30")
    [match] = merge([alone], league=True)
    assert match.match == alone and match.rows == [(alone, True)]


def test_each_detail_comes_from_the_highest_ranked_row_that_has_it() -> None:
    unplayed = row(1, 1, "A", "B", None, status="postponed", time="18.00")
    played = row(2, 2, "A", "B", (2, 1), ht=(1, 0), time="15.30", stage="Final", round="Final")
    other = row(3, 3, "A", "B", (2, 2), ht=(2, 0), stage="Endspiel", leg=1, neutral=True)
    [match] = merge([other, played, unplayed], league=False)
    m = match.match
    # identity and result from the highest-ranked row with a score; the half-time score from it too
    assert (m.id, m.file, m.ft, m.status, m.ht) == (2, 2, (2, 1), "played", (1, 0))
    # every other detail from the highest-ranked row that has it, scored or not
    assert (m.time, m.stage, m.round, m.leg, m.neutral) == ("18.00", "Final", "Final", 1, True)
    # the unplayed row says nothing against the result; the lowest-ranked gives another score
    assert [(r.id, ok) for r, ok in match.rows] == [(1, True), (2, True), (3, False)]


def test_a_detail_the_scored_row_lacks_comes_from_a_lower_ranked_row() -> None:
    first = row(1, 1, "A", "B", (0, 0), stage="Final")
    second = row(2, 2, "A", "B", (0, 0), ht=(0, 0), time="20.45", stage="Finale", leg=2, neutral=False)
    [match] = merge([second, first], league=False)
    m = match.match
    assert (m.id, m.ht, m.time, m.stage, m.leg, m.neutral) == (1, (0, 0), "20.45", "Final", 2, False)
    assert [ok for _, ok in match.rows] == [True, True]
