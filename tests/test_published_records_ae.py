"""Published records of managers of probe AE (English clubs in the Premier League and the Football
League), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def test_hughes_at_stoke_200_matches_71_wins_48_draws(full: Store) -> None:
    # independent.ie (Press Association Sport), 6 January 2018 ("Mark Hughes' time in charge of Stoke in
    # numbers"): "200 - matches in charge of the club for Hughes. 35.5 - his winning percentage as Stoke
    # boss, with 71 triumphs to go with 48 draws"; ESPN FC, 6 January 2018: "He had exactly 200 games in
    # charge of the Potters" (30 May 2013 to the FA Cup defeat at Coventry City, 6 January 2018).
    check_whole(full, "Mark Hughes", "Stoke City", (200, 71, 48, 81))


def test_hughton_at_brighton_215_matches_less_the_2016_play_offs(full: Store) -> None:
    # BBC Sport, 13 May 2019 ("Chris Hughton: Brighton sack manager"): "Hughton won 40.93% of his 215
    # games in charge" (88 wins). The store lacks the Championship play-off semi-final of 2016 against
    # Sheffield Wednesday (BBC Sport, 16 May 2016: "Brighton & Hove Albion 1-1 Sheffield Wednesday (1-3
    # agg)", after the Owls' "2-0 first-leg win"): a defeat and a draw.
    spell = spell_of(full, "Chris Hughton", "Brighton & Hove Albion")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (213, 88, 56, 69)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("eng.2", "2015-16")}
    played, won = record.played + 2, record.won + 0
    assert (played, won, round(100 * won / played, 2)) == (215, 88, 40.93)


def test_pardew_at_west_ham_55_premier_league_matches(full: Store) -> None:
    # nufcblog.org, 1 May 2013 ("Alan Pardew in statistics"): "his Premier League win percentage was 36.36%
    # with West Ham (P 55, W 20, D 9, L 26)" (2005-06 and 2006-07, to his sacking on 11 December 2006).
    spell = spell_of(full, "Alan Pardew", "West Ham United", Filters(competitions=("eng.1",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (55, 20, 9, 26)
    assert spell.coverage == "full"


def test_lambert_at_wolves_and_stoke_counts_from_his_first_match(full: Store) -> None:
    # He was appointed at both clubs on a matchday and took charge from the next match (first_match in
    # his file). Vavel, 30 May 2017 ("Wolves on search for new manager as Lambert departs"): "he managed
    # 14 wins, five draws and 14 defeats in 33 matches in all competitions" (from Preston North End 0-0
    # Wolves, 19 November 2016; Wolves 2-3 Derby County on 5 November was Rob Edwards's, as caretaker).
    # Reuters, 18 May 2018: at Stoke City he "recorded two wins from his 15 games in charge" (from Stoke
    # 2-0 Huddersfield Town, 20 January 2018; not Manchester United 3-0 Stoke on 15 January).
    spells = {s.team_name: s for s in manager_record(full, "Paul Lambert", Filters()).spells}
    wolves, stoke = spells["Wolverhampton Wanderers"], spells["Stoke City"]
    assert (wolves.record.played, wolves.record.won, wolves.record.drawn, wolves.record.lost) == (33, 14, 5, 14)
    assert (stoke.record.played, stoke.record.won) == (15, 2)
    assert wolves.coverage == stoke.coverage == "full"


def test_mccarthy_at_ipswich_201_matches_less_the_2015_play_offs(full: Store) -> None:
    # TWTD, 1 November 2016 ("McCarthy Reaches Four-Year Milestone"): "Saturday's 2-2 draw with Rotherham
    # was McCarthy's 201st match as Blues boss - including the 4-0 home victory over Middlesbrough in
    # February 2013 which he missed ... with his overall record standing at won 79, drawn 59 and lost 63".
    # The store lacks the Championship play-off semi-final of 2015 against Norwich City: Ipswich Town 1-1
    # Norwich City (BBC Sport, 9 May 2015) and Norwich City 3-1 Ipswich Town (TWTD, 16 May 2015).
    check_store_and_missing(
        full,
        "Mick McCarthy",
        "Ipswich Town",
        Filters(date_to=dt.date(2016, 10, 29)),
        found=(199, 79, 58, 62),
        missing={("eng.2", "2014-15")},
        lacked=(2, 0, 1, 1),
        published=(201, 79, 59, 63),
    )


def test_mcleish_at_villa_42_matches_9_wins(full: Store) -> None:
    # Daily Mail, 14 May 2012 ("McLeish pays the price as Aston Villa sack manager"): "McLeish's record at
    # Villa: P 42 W 9 D 17 L 16 WIN% 21.43"; avfchistory.co.uk ("Alex McLeish"): "Games 42, Win Rate 21.43%".
    check_whole(full, "Alex McLeish", "Aston Villa", (42, 9, 17, 16))


def test_strachan_at_middlesbrough_won_13_of_46(full: Store) -> None:
    # The Scotsman and The Independent, 18 October 2010: "The 53-year-old Scot won just 13 of the 46 games
    # for which he was in charge" (appointed 26 October 2009); FourFourTwo: "Strachan leaves after 46 games
    # in charge, winning just 13 of them".
    spell = spell_of(full, "Gordon Strachan", "Middlesbrough FC")
    assert (spell.record.played, spell.record.won) == (46, 13)
    assert spell.coverage == "full"


def test_mcclaren_at_newcastle_won_6_of_28_premier_league_matches(full: Store) -> None:
    # BBC Sport, 11 March 2016 ("Steve McClaren: Newcastle United sack head coach"): "The former England
    # boss won just six of 28 Premier League games in charge of the Magpies".
    spell = spell_of(full, "Steve McClaren", "Newcastle United", Filters(competitions=("eng.1",)))
    assert (spell.record.played, spell.record.won) == (28, 6)
    assert spell.coverage == "full"


def test_lennon_at_rapid_bucharest_five_draws_and_a_defeat_in_six(full: Store) -> None:
    # The42, 20 August 2024 ("Neil Lennon sacked by Rapid Bucharest after six games"): "The Armagh native
    # drew five of his six games in charge since his appointment in May. The run of draws and one defeat
    # sees Rapid Bucharest sit 12th in the 16-team SuperLiga." The person file writes "Rapid București"
    # (s with a comma below), the data "Rapid Bucureşti" (s with a cedilla): one club.
    check_whole(full, "Neil Lennon", "Rapid Bucureşti", (6, 0, 5, 1))
