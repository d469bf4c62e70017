"""Short spells and cups the store and the calendar give no day of (``touchline.api.expected``), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

A spell shorter than a season is expected of a cup only on days something gives; where nothing does
(the store holds no season of the cup, the calendar no round of it), a spell covering two weeks of its
league's days away from the season's first and last weeks is told it may have played it: the gap is
possible, its coverage stays full.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def _gaps(full: Store, name: str, team: str, start: dt.date) -> list[tuple[str | None, tuple[str, ...], bool]]:
    spell = spell_of(full, name, team, start=start)
    return [(g.competition, g.seasons, g.possible) for g in spell.gaps]


def test_cruyffs_41_days_as_caretaker_may_have_met_the_israel_state_cup(full: Store) -> None:
    # soccerway.com: "eight wins and one draw" as Maccabi Tel Aviv's caretaker (4 January to 13 February
    # 2017); the store holds his 6 league matches, the State Cup's (among them Bnei Lod, 7 January 2017,
    # a win) it holds of no season
    spell = spell_of(full, "Jordi Cruyff", "Maccabi Tel Aviv", start=dt.date(2017, 1, 4))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (6, 5, 1, 0)
    assert spell.coverage == "full"
    assert [(g.competition, g.seasons, g.possible) for g in spell.gaps] == [("il.cup", ("2016-17",), True)]


def test_shalimov_as_krasnodar_caretaker_may_have_met_the_russian_cup(full: Store) -> None:
    # sport-express.ru: six matches as caretaker (13 September to 6 October 2016), five won and one
    # drawn; the store holds five league ones, not the Russian Cup tie at Zenit Izhevsk (0-1)
    assert _gaps(full, "Igor Shalimov", "FK Krasnodar", dt.date(2016, 9, 13)) == [("ru.cup", ("2016-17",), True)]


def test_a_spell_begun_in_the_leagues_last_weeks_meets_no_cup_it_knows_no_day_of(full: Store) -> None:
    # Mircea Lucescu took Shakhtar Donetsk over on 1 June 2004, after the Ukrainian Cup's final of 30
    # May 2004 (Dnipro 0-2 Shakhtar: wikimili.com, "2004 Ukrainian Cup final"), in the league's last
    # weeks: the cup of 2003-04 is not his, only those from 2004-05
    spell = next(s for s in manager_record(full, "Mircea Lucescu").spells if s.start == dt.date(2004, 6, 1))
    cups = [g for g in spell.gaps if g.competition == "ua.cup"]
    assert [(g.seasons[0], g.possible) for g in cups] == [("2004-05", False)]


def test_no_uruguayan_cup_before_its_first_edition_of_2022(full: Store) -> None:
    # the Copa AUF Uruguay was first played from 22 June to 13 November 2022 (en.wikipedia "Copa
    # Uruguay"; montevideo.com.uy, 2023): Álvaro Gutiérrez's Nacional of 2019 played no cup, and the store
    # holds all its league and Libertadores matches (ovaciondigital.com.uy: 31 matches by his 18 clean
    # sheets' count in August 2019)
    spell = spell_of(full, "Álvaro Gutiérrez", "Nacional")
    assert (spell.coverage, spell.gaps) == ("full", ())


def test_bate_played_the_belarusian_super_cup_each_march_as_champions(full: Store) -> None:
    # the Belarusian Super Cup since 2010 (ru.wikipedia "Суперкубок Белоруссии по футболу": "Основан
    # 2010"), BATE its holder in 2014 and 2015 and sixth time in 2016 (kalininets.ru, 2016); 2014's
    # champions BATE through the championship round the data holds (points carried over in full: en.wikipedia
    # "2014 Belarusian Premier League")
    (spell,) = manager_record(full, "Aleksandr Yermakovich").spells
    assert [g.seasons for g in spell.gaps if g.competition == "by.sc"] == [("2014",), ("2015",), ("2016",), ("2017",)]


def test_a_range_of_one_day_inside_a_spell_holds_that_days_match(full: Store) -> None:
    # Liverpool 2-0 Tottenham Hotspur, the Champions League final of 1 June 2019 in Madrid (uefa.com),
    # in the middle of Jürgen Klopp's spell: a range of that one day keeps the spell and its match
    (spell,) = manager_record(
        full, "Jürgen Klopp", Filters(date_from=dt.date(2019, 6, 1), date_to=dt.date(2019, 6, 1))
    ).spells
    assert (
        spell.team_name,
        spell.record.played,
        spell.record.won,
        spell.record.goals_for,
        spell.record.goals_against,
    ) == (
        "Liverpool FC",
        1,
        1,
        2,
        0,
    )
