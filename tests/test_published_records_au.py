"""Published records of managers of probe AU (Scottish, English, Welsh and Irish clubs), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of the league matches of a spell or of
a season of it: the store holds every league match of those (the cups the spells lack are filtered out).
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def _points(won: int, drawn: int) -> int:
    return 3 * won + drawn


def test_wilder_northampton_league_two_champions_with_99_points(full: Store) -> None:
    # cobblerspast.com ('#OnThisDay Chris Wilder appointed manager'): Northampton "won the title the
    # following season [2015-16] with 99 points"
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2015, 7, 1))
    spell = spell_of(full, "Chris Wilder", "Northampton Town", filters)
    record = spell.record
    assert (record.played, _points(record.won, record.drawn)) == (46, 99)
    assert spell.coverage == "full"


def test_wilder_left_sheffield_united_with_four_wins_in_28(full: Store) -> None:
    # latestly.com (ANI), 14 March 2021, on his leaving by mutual consent on 13 March: "Sheffield is
    # placed at the bottom of the Premier League table with only four wins in 28 games"
    filters = Filters(competitions=("eng.1",), date_from=dt.date(2020, 8, 1))
    spell = spell_of(full, "Chris Wilder", "Sheffield United", filters)
    assert (spell.record.played, spell.record.won) == (28, 4)
    assert spell.coverage == "full"


def test_harrison_tns_2023_24_unbeaten_league_season(full: Store) -> None:
    # thenorthernecho.co.uk (2024, 'Ex-Middlesbrough defender Craig Harrison ...'): "they won 30 of 32
    # league games this term, drawing the other two, smashing in 117 goals ... and conceding only 18"
    season = Filters(kinds=LEAGUE, date_from=dt.date(2023, 7, 1), date_to=dt.date(2024, 6, 30))
    spell = spell_of(full, "Craig Harrison", "The New Saints", season)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (32, 30, 2, 0)
    assert (record.goals_for, record.goals_against) == (117, 18)


def test_bradley_shamrock_rovers_first_year_as_head_coach_10_wins_in_21(full: Store) -> None:
    # the42.ie, July 2017 (before the Europa League tie with Stjarnan of 13 July): "another 10 wins from 21
    # games this season" in the league
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2017, 7, 12))
    spell = spell_of(full, "Stephen Bradley", "Shamrock Rovers", filters, start=dt.date(2016, 11, 17))
    assert (spell.record.played, spell.record.won) == (21, 10)


def test_bradley_shamrock_rovers_unbeaten_2020_title(full: Store) -> None:
    # echolive.ie, 11 December 2020: "It was an undefeated league campaign for Rovers", "only an 18-game
    # season"; independent.ie (December 2020): "the 11 point winning margin"
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31))
    spell = spell_of(full, "Stephen Bradley", "Shamrock Rovers", filters)
    record = spell.record
    assert (record.played, record.lost) == (18, 0)
    assert spell.coverage == "full"


def test_cook_wigan_won_10_of_the_last_18_of_2019_20(full: Store) -> None:
    # BBC Sport, July 2020 ('Paul Cook: Wigan Athletic manager resigns after three years in charge'):
    # "Wigan, who won 10 of their last 18 games in 2019-20, were relegated on 22 July after a 12-point
    # deduction"
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2020, 1, 28))
    spell = spell_of(full, "Paul Cook", "Wigan Athletic", filters)
    assert (spell.record.played, spell.record.won) == (18, 10)
    assert spell.coverage == "full"


def test_cowley_lincoln_national_league_champions_with_99_points(full: Store) -> None:
    # not606.com (his Lincoln record): "Club record for points in a season (99)", National League
    # champions "at the first attempt" (2016-17)
    spell = spell_of(full, "Danny Cowley", "Lincoln City", Filters(kinds=LEAGUE, date_to=dt.date(2017, 6, 30)))
    assert (spell.record.played, _points(spell.record.won, spell.record.drawn)) == (46, 99)


def test_davidson_left_st_johnstone_with_two_wins_in_16(full: Store) -> None:
    # dailyrecord.co.uk (via starsalert.com), April 2023, on his leaving on the Sunday after the 2-0 defeat
    # at Livingston of 15 April 2023: St Johnstone "have won just two of their last 16 games". The store
    # holds the last 15 league matches, from Celtic away on 24 December 2022 (two wins: at Motherwell and
    # at Dundee United); the 16th is the Scottish Cup fourth-round defeat by Rangers (0-1, 21 January 2023:
    # thecourier.co.uk, 21 January 2023, "knocked out of the Scottish Cup by Rangers and their losing run
    # has been extended to six"), which the store lacks.
    spell = spell_of(full, "Callum Davidson", "St. Johnstone FC", Filters(date_from=dt.date(2022, 12, 24)))
    assert (spell.record.played, spell.record.won) == (15, 2)
    assert ("sco.cup", ("2022-23",)) in {(g.competition, g.seasons) for g in spell.gaps}
    lacked_played, lacked_won = 1, 0
    assert (spell.record.played + lacked_played, spell.record.won + lacked_won) == (16, 2)


def test_beale_unbeaten_in_his_first_12_at_rangers(full: Store) -> None:
    # bbc.com, 10 February 2023 (Scottish Cup preview): Rangers "have yet to lose a game since [Beale]
    # took over ... that run of 11 wins and one draw". The store holds his ten league matches to then
    # (nine wins, the 2-2 with Celtic); it lacks the League Cup semi-final, 2-1 after extra time against
    # Aberdeen on 15 January 2023 (BBC Sport, 15 January 2023: "six wins and a draw from seven"), and the
    # Scottish Cup fourth round, 1-0 at St Johnstone on 21 January 2023 (thecourier.co.uk, 21 January
    # 2023: "St Johnstone were knocked out of the Scottish Cup by Rangers", Barisic's goal): two wins.
    spell = spell_of(full, "Michael Beale", "Rangers FC", Filters(date_to=dt.date(2023, 2, 9)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (10, 9, 1, 0)
    assert {(g.competition, g.seasons) for g in spell.gaps} == {
        ("sco.cup", ("2022-23",)),
        ("sco.cup.l", ("2022-23",)),
    }
    lacked = (2, 2, 0, 0)
    found = (record.played, record.won, record.drawn, record.lost)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (12, 11, 1, 0)
