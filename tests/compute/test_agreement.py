"""Several sources' rows of one season into matches: which rows are one match, and what it says."""

from __future__ import annotations

import datetime as dt

from touchline.compute.agreement import SourceRow, agrees, merge

BASE = dt.date(1975, 2, 1)


def row(n: int, file: int, day: int, home: str, away: str, ft: tuple[int, int] | None, **kw: object) -> SourceRow:
    return SourceRow(n, file, file, n, "de.1", "1974-75", BASE + dt.timedelta(day), home, away, ft, **kw)  # type: ignore[arg-type]


def test_the_same_fixture_a_day_apart_is_one_match_and_the_higher_ranked_source_leads() -> None:
    rows = [row(1, 2, 1, "A", "B", (2, 1), time="15.30"), row(2, 1, 0, "A", "B", (2, 1), ht=(1, 0))]
    [match] = merge(rows, league=True)
    assert (match.match.id, match.match.date, match.match.time, match.match.ht) == (2, BASE, "15.30", (1, 0))
    assert [ok for _, ok in match.rows] == [True, True]


def test_a_final_listed_the_other_way_round_is_one_match() -> None:
    [match] = merge([row(1, 1, 0, "A", "B", (2, 1)), row(2, 2, 0, "B", "A", (1, 3))], league=False)
    other = next(r for r, _ in match.rows if r.id == 2)
    assert (other.home, other.ft) == ("A", (3, 1))  # turned round as the match is
    assert [ok for _, ok in match.rows] == [True, False]


def test_sources_naming_different_opponents_the_same_day_with_the_same_score_are_one_match() -> None:
    [match] = merge([row(1, 1, 0, "A", "B", (1, 0)), row(2, 2, 0, "A", "C", (1, 0))], league=False)
    assert match.match.away == "B" and [ok for _, ok in match.rows] == [True, False]
    # two matches of one file are never merged
    assert len(merge([row(1, 1, 0, "A", "B", (1, 0)), row(2, 1, 0, "A", "C", (1, 0))], league=False)) == 2


def test_a_league_fixture_dated_a_month_apart_is_one_match_by_the_season_structure() -> None:
    # Hertha BSC 4-0 VfB Stuttgart: 1 March 1975 in one source, 1 February in the other
    rows = [row(1, 1, 28, "H", "S", (4, 0)), row(2, 2, 0, "H", "S", (4, 0)), row(3, 2, 90, "S", "H", (1, 1))]
    matches = merge(rows, league=True)
    assert len(matches) == 2
    first = next(m for m in matches if m.match.home == "H")
    assert first.match.date == BASE + dt.timedelta(28)
    assert [ok for _, ok in first.rows] == [True, False]  # the dates disagree: a conflict


def test_a_pairing_played_twice_in_one_source_is_not_forced_together() -> None:
    # a split season: the pairing twice in one file, once in the other; a month apart, nothing pairs
    rows = [row(1, 1, 0, "A", "B", (1, 0)), row(2, 1, 120, "A", "B", (2, 2)), row(3, 2, 30, "A", "B", (1, 0))]
    assert len(merge(rows, league=True)) == 3


def test_files_that_split_a_season_are_never_paired_by_structure() -> None:
    # openfootball: the regular season in one file (August to March), the play-off rounds in another
    regular = [row(1, 1, 0, "A", "B", (0, 1)), row(2, 1, 200, "C", "D", (1, 1))]
    play_offs = [row(3, 2, 210, "A", "B", (0, 1)), row(4, 2, 300, "C", "D", (2, 2))]
    assert len(merge(regular + play_offs, league=True)) == 4


def test_a_file_of_later_stages_is_another_part_of_the_season_even_where_the_dates_overlap() -> None:
    # worldfootball, Scotland 2007-08: the regular season's postponed last matches ran into May, weeks
    # after the split rounds (a file of their own) began; a pairing once in each file is two matches
    regular = [row(1, 1, 0, "A", "B", (0, 1)), row(2, 1, 40, "C", "D", (1, 1)), row(3, 1, 80, "E", "F", (2, 0))]
    split = [row(4, 2, 50, "A", "B", (2, 2), stage="Championship"), row(5, 2, 90, "E", "F", (1, 0), stage="Relegation")]
    assert len(merge(regular + split, league=True)) == 5
    # a file naming the regular season ("Regular Season", or no stage) is the same part as one without
    other = [row(6, 3, 45, "A", "B", (0, 1), stage="Regular Season")]
    assert len(merge(regular + other, league=True)) == 3
    # a file that shares a stage with the split file may cover the same part: dates and pairings decide,
    # as before (A v B once in each, the spans overlapping: one fixture)
    whole = [row(7, 3, 45, "A", "B", (0, 1)), row(8, 3, 50, "C", "D", (2, 2), stage="Championship")]
    assert len(merge(split + whole, league=True)) == 3


def test_a_moved_match_within_a_week_pairs_with_the_old_date() -> None:
    rows = [row(1, 1, 0, "A", "B", (3, 1)), row(2, 2, 2, "A", "B", None, status="scheduled")]
    [match] = merge(rows, league=True)
    assert match.match.ft == (3, 1) and [ok for _, ok in match.rows] == [True, False]
    # the played row gives the match its date and result, even where an unplayed one ranks higher
    rows = [row(1, 2, 0, "A", "B", (3, 1)), row(2, 1, 2, "A", "B", None, status="postponed")]
    [match] = merge(rows, league=True)
    assert (match.match.id, match.match.date, match.match.status) == (1, BASE, "played")


def test_agrees_reads_extra_time_and_shoot_outs() -> None:
    # worldfootball: Aarhus GF 3-1 pen. 2-2 a.e.t. (1-1) Aalborg BK
    played = row(1, 1, 0, "A", "B", (1, 1), et=(2, 2), pens=(3, 1))
    assert agrees(played, row(2, 2, 0, "A", "B", (1, 1)))  # football-data: the score after 90 minutes
    assert agrees(played, row(3, 2, 0, "A", "B", (2, 2)))  # another source: the final score
    assert not agrees(played, row(4, 2, 0, "A", "B", (2, 1)))  # neither
    assert not agrees(played, row(5, 2, 0, "A", "B", (1, 1), et=(3, 3)))  # another score after extra time
    assert not agrees(played, row(6, 2, 0, "A", "B", (1, 1), et=(2, 2), pens=(4, 4)))  # another shoot-out
    assert agrees(played, row(7, 2, 1, "A", "B", None))  # a fixture without a score, a day apart
    assert not agrees(played, row(8, 2, 3, "A", "B", (1, 1)))  # three days apart
    assert not agrees(played, row(9, 2, 0, "A", "C", (1, 1)))  # another club
