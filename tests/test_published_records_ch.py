"""Published records of managers of probe CH (Championship managers of 2005-2024), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or the part of
one (a league's matches) the source counts.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.store import Store

CHAMPIONSHIP = Filters(competitions=("eng.2",))
PREMIER_LEAGUE = Filters(competitions=("eng.1",))


def test_jokanovic_at_watford_36_matches_21_wins_5_draws(full: Store) -> None:
    # footballleagueworld (eurosport247.com, 2025), on Watford's head coaches: "Slaviša Jokanović and Xisco
    # Muńoz have led Watford for 36 matches each ... Both ... won 21 matches in their respective
    # promotion-winning seasons at the club, with 58.33% of them ending in three points. Jokanović's team
    # ... earning five draws" (10 defeats). Appointed 7 October 2014 (BBC Sport), gone in June 2015.
    check_whole(full, "Slaviša Jokanović", "Watford FC", (36, 21, 5, 10))


def test_jokanovic_sacked_by_fulham_with_one_win_and_five_points_from_12_games(full: Store) -> None:
    # AFP (thenews.com.pk, 15 November 2018): "After 12 games, Fulham sit bottom of the pile with just five
    # points and one win from 12 games" (one win, two draws, nine defeats)
    spell = spell_of(full, "Slaviša Jokanović", "Fulham FC", PREMIER_LEAGUE)
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (12, 1, 5)
    assert record.lost == 9
    assert spell.coverage == "full"


def test_jokanovic_sacked_by_sheffield_united_after_six_wins_in_19_league_games(full: Store) -> None:
    # the42.ie (Press Association), 25 November 2021: he "has won only six of his 19 league games since
    # taking over at Bramall Lane ... with Jokanovic's side losing eight Championship matches"; 23 points
    # from 19 games (footballleagueworld.co.uk, same day): five draws
    spell = spell_of(full, "Slaviša Jokanović", "Sheffield United", CHAMPIONSHIP)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (19, 6, 5, 8)
    assert 3 * record.won + record.drawn == 23
    assert spell.coverage == "full"


def test_adkins_at_southampton_54_per_cent_and_the_trophy_tie_lost_before_he_came(full: Store) -> None:
    # The Independent (Glenn Moore), 18 January 2013, on his sacking: "he has earned the best win percentage
    # of any Saints manager (54 per cent)". Appointed on 12 September 2010 (scunthorpeunited-mad.co.uk,
    # 12 September 2010; the91st.blogspot.com). The store lacks the Johnstone's Paint Trophy of 2010-11 and
    # names it as a gap, but Southampton's only tie in it was lost 0-3 at home to Swindon Town on
    # 31 August 2010 (stevesfootballstats.uk; Wikipedia, 2010-11 Football League Trophy), under the
    # caretaker Dean Wilkins after Alan Pardew's sacking: no match of Adkins's is missing.
    spell = spell_of(full, "Nigel Adkins", "Southampton FC")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (124, 67, 25, 32)
    assert round(100 * record.won / record.played) == 54
    assert [(g.competition, g.seasons, g.count) for g in spell.gaps] == [("eng.trophy", ("2010-11",), 0)]


def test_bowyer_won_four_of_his_first_six_games_at_birmingham(full: Store) -> None:
    # Birmingham City's statement on his departure (ITV; The Guardian, 2 July 2022): "Four victories in his
    # first six games in charge helped lift the club away from the relegation zone". Appointed on
    # 16 March 2021, first game at home to Reading the next day (BBC Sport, 16 March 2021); the sixth was
    # at Rotherham on 18 April 2021.
    spell = spell_of(full, "Lee Bowyer", "Birmingham City", Filters(date_to=dt.date(2021, 4, 18)))
    assert (spell.record.played, spell.record.won) == (6, 4)
    assert spell.coverage == "full"


def test_bowyer_at_birmingham_five_points_from_six_league_games_in_february_2022(full: Store) -> None:
    # the72.co.uk, 23 February 2022: Birmingham "currently sit 18th in the Championship table ... after 34
    # games played ... picking up just five points from their last six league games" (30 January to
    # 22 February 2022: a draw at Derby, a win over Luton, another draw, three defeats). The same piece's
    # "win record of 32.6% since being at the helm" is the record before the 34th game (15 wins in 46
    # games to 19 February); with the defeat at Reading on 22 February it is 15 in 47, 31.9%: not asserted.
    filters = Filters(competitions=("eng.2",), date_from=dt.date(2022, 1, 30), date_to=dt.date(2022, 2, 22))
    spell = spell_of(full, "Lee Bowyer", "Birmingham City", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (6, 5)
    assert spell.coverage == "full"
