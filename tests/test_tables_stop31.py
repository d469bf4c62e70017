"""A club whose every match was cancelled (it withdrew or was expelled, its results struck out) has no
line of the table, and a note names it; on small made-up seasons and the whole corpus (``full``: all of
../shared/data and the people files of touchline/data/people)."""

from __future__ import annotations

import datetime as dt

from tests.madeup import made_up
from touchline.api.tables import competition_table, spell_positions
from touchline.compute.tables import league_table
from touchline.model import Status
from touchline.reference.rules import Carry, Rules, StageRule
from touchline.store import Store, read

RULES = Rules(competition="xx.1", season="2023-24")


def test_a_club_whose_every_match_was_cancelled_is_left_out_with_a_note() -> None:
    cancelled = Status.CANCELLED
    season = [
        made_up(1, "A", "B", (1, 0)),
        made_up(2, "B", "C", (2, 2)),
        made_up(3, "C", "A", (0, 3)),
        made_up(4, "D", "A", (1, 0), status=cancelled),
        made_up(5, "B", "D", (0, 0), status=cancelled),
    ]
    table = league_table(season, RULES)
    assert [(r.position, r.club, r.played, r.points) for r in table.rows] == [
        (1, "A", 2, 6),
        (2, "B", 2, 1),
        (3, "C", 2, 1),
    ]
    assert table.notes == ("Not listed, every match of theirs cancelled: D.",)
    # a season all of whose matches were cancelled lists every club
    void = [made_up(1, "A", "B", None, status=cancelled), made_up(2, "B", "C", None, status=cancelled)]
    assert [r.club for r in league_table(void, RULES).rows] == ["A", "B", "C"]


def test_a_club_whose_split_round_was_cancelled_keeps_its_line() -> None:
    # a championship round carrying the regular season in full, cut short before D's first match of it:
    # D played the regular season and stays
    rules = Rules(competition="xx.1", season="2023-24", stages=(StageRule("Championship", carry=Carry.FULL),))
    season = [
        made_up(1, "A", "B", (1, 0), stage="Regular Season"),
        made_up(2, "C", "D", (2, 0), stage="Regular Season"),
        made_up(3, "A", "C", (1, 1), stage="Championship"),
        made_up(4, "D", "B", None, stage="Championship", status=Status.CANCELLED),
    ]
    table = league_table(season, rules, stage="Championship")
    assert sorted(r.club for r in table.rows) == ["A", "B", "C", "D"]
    assert not any("Not listed" in note for note in table.notes)


def test_eerste_divisie_2009_10_without_haarlem_and_conference_without_chester(full: Store) -> None:
    # HFC Haarlem, bankrupt on 25 January 2010, was removed from the Eerste Divisie: "All points gained by
    # teams against Haarlem are now removed and the league will become a 19-team competition" (goal.com,
    # 25 January 2010); Chester City were expelled from the Conference on 26 February 2010: "Their record
    # in this season's Conference will be expunged" (fourfourtwo.com), 23 clubs left of 24
    eerste = competition_table(full, "nl.2", "2009-10")
    assert len(eerste.rows) == 19
    assert "Not listed, every match of theirs cancelled: HFC Haarlem." in eerste.notes
    conference = competition_table(full, "eng.5", "2009-10")
    assert len(conference.rows) == 23
    assert "Not listed, every match of theirs cancelled: Chester City." in conference.notes


def test_a_season_ended_before_his_first_match_is_not_one_he_saw_through(full: Store) -> None:
    # Rob Edwards was appointed by Watford "effective after the conclusion of the current 2021/22 season"
    # (The Times, 11 May 2022), which ended on Sunday 22 May (Watford 19th, relegated: en.wikipedia
    # "2021–22 Premier League"); a spell dated from that day whose first match came in July saw no
    # season through: the season's final table is not his
    watford = read.find_club(full, "Watford FC").id
    kept = spell_positions(full, "Watford FC", "eng.1", dt.date(2022, 5, 22), dt.date(2022, 9, 26), club=watford)
    assert [(s.season, s.position) for s in kept.season_ends] == [("2021-22", 19)]
    places = spell_positions(
        full,
        "Watford FC",
        "eng.1",
        dt.date(2022, 5, 22),
        dt.date(2022, 9, 26),
        club=watford,
        first_match=dt.date(2022, 7, 29),
    )
    assert places.season_ends == ()
