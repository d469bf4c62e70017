"""Published records of managers of probe K, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it) that the store holds whole: a spell's
every match, or, where the source counts one competition only, that competition's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.store import Store


@pytest.mark.parametrize(
    ("name", "team", "start", "published"),
    [
        # The Independent, 21 May 2013, as quoted the same day by siwri88totalfootball.blogspot.com
        # ("Stoke part company with Pulis"): his second spell, 2006 to 2013, "333 games, and his record
        # stands at 122 wins, 98 draws and 113 defeats"
        ("Tony Pulis", "Stoke City", dt.date(2006, 6, 22), (333, 122, 98, 113)),
        # sportsmole.co.uk, 20 November 2017 ("West Bromwich Albion sack Tony Pulis"): "36 wins and 36
        # draws from his 121 games since being appointed at the start of 2015" (so 49 defeats); his
        # first match was the FA Cup tie with Gateshead on 3 January 2015, not the draw at West Ham on
        # 1 January, the day he was appointed
        ("Tony Pulis", "West Bromwich Albion", None, (121, 36, 36, 49)),
        # punditarena.com and the42.ie, 29 December 2020: sacked by Sheffield Wednesday after 10 league
        # matches in 45 days, "seven points from a possible 30", one win (1-0 v Coventry City): W1 D4 L5
        ("Tony Pulis", "Sheffield Wednesday", None, (10, 1, 4, 5)),
    ],
)
def test_published_records_the_store_holds_whole(
    full: Store, name: str, team: str, start: dt.date | None, published: tuple[int, ...]
) -> None:
    check_whole(full, name, team, published, start)


def test_pulis_premier_league_record_at_west_brom_as_published(full: Store) -> None:
    # Sky Sports Statto on Twitter, 20 November 2017, quoted by dhakatribune.com ("West Brom sack
    # manager Pulis", 21 November 2017): in the Premier League "P106 W31 D31 L44", "105 goals in 106
    # matches"
    spell = spell_of(full, "Tony Pulis", "West Bromwich Albion", Filters(competitions=("eng.1",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost, record.goals_for) == (106, 31, 31, 44, 105)
    assert spell.coverage == "full"


def test_pulis_premier_league_record_at_crystal_palace_as_published(full: Store) -> None:
    # goal.com, 13 May 2014 ("Pulis beats Pellegrini and Rodgers to LMA Premier League Manager of the
    # Year prize"): his first match the 1-0 defeat at Norwich City; Palace "conceded 27 goals in 26
    # games" under him and took 1.46 points a game (38 points: 45 at the end, 7 before he came)
    spell = spell_of(full, "Tony Pulis", "Crystal Palace", Filters(competitions=("eng.1",)))
    record = spell.record
    assert (record.played, record.goals_against, 3 * record.won + record.drawn) == (26, 27, 38)
    assert spell.coverage == "full"


def test_paisley_league_matches_as_published(full: Store) -> None:
    # lfchistory.net, managers, Bob Paisley: "LFC league games as manager: 378" (nine First Division
    # seasons of 42 matches, 1974-75 to 1982-83)
    spell = spell_of(full, "Bob Paisley", "Liverpool FC", Filters(competitions=("eng.1",)))
    assert spell.record.played == 378
    assert spell.coverage == "full"


def test_dalglish_second_liverpool_spell_played_and_won_as_published(full: Store) -> None:
    # givemegoal.com, 16 May 2012 ("Kenny Dalglish now officially sacked by Liverpool"): "Liverpool had
    # just won 35 out of his 74 games" (8 January 2011 to 16 May 2012; draws and defeats not given there)
    spell = spell_of(full, "Kenny Dalglish", "Liverpool FC", start=dt.date(2011, 1, 8))
    assert (spell.record.played, spell.record.won) == (74, 35)
    assert spell.coverage == "full"


def test_warnock_at_cardiff_played_as_published(full: Store) -> None:
    # Cardiff City's statement of 11 November 2019, quoted by standard.co.uk and sukankl.com ("Cardiff
    # City part company with Neil Warnock"): "Having joined the club in October 2016, Neil oversaw 144
    # matches" (wins, draws and defeats not given there)
    spell = spell_of(full, "Neil Warnock", "Cardiff City")
    assert spell.record.played == 144
    assert spell.coverage == "full"
