"""Published records of managers of probe AJ (clubs of the Danish Superliga, Allsvenskan and Eliteserien),
against the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), for a part of a spell the store holds
whole: the Danish, Swedish and Norwegian cups are not in the store before 2024-25, so the published
league figures are checked with a league filter.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.api.tables import competition_table
from touchline.model import CompetitionKind
from touchline.store import Store


def test_hamren_at_aab_145_superliga_matches_74_35_36(full: Store) -> None:
    # nordjyske.dk, 2023 ("Guldtræner overtager trænerjob i AaB"): "I alt stod Erik Hamrén fra sin
    # ansættelse i januar 2004 i front for AaB i 188 officielle kampe - heraf 145 i 3F Superligaen, hvilket
    # resulterede i 74 sejre, 35 uafgjorte og 36 nederlag"
    spell = spell_of(full, "Erik Hamrén", "Aalborg BK", Filters(kinds=(CompetitionKind.LEAGUE,)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (145, 74, 35, 36)
    assert spell.coverage == "full"


def test_wieghorst_at_aab_66_superliga_matches_67_goals_79_points(full: Store) -> None:
    # politiken.dk, November 2018 ("AaB fyrer Morten Wieghorst"), the club's statement: "I alt har vi i 66
    # superligakampe i 2017 og 2018 scoret 67 mål og opnået 79 point" (he took charge on 2 January 2017)
    spell = spell_of(full, "Morten Wieghorst", "Aalborg BK", Filters(competitions=("dk.1",)))
    record = spell.record
    assert (record.played, record.goals_for, 3 * record.won + record.drawn) == (66, 67, 79)
    assert spell.coverage == "full"


def test_frederiksen_at_brondby_117_superliga_matches(full: Store) -> None:
    # ekstrabladet.dk, November 2022 ("Niels Frederiksen forlader Brøndby efter et historisk dårligt år"):
    # "Niels Frederiksen nåede i alt 117 Superliga-kampe som Brøndby-træner"
    spell = spell_of(full, "Niels Frederiksen", "Brøndby IF", Filters(competitions=("dk.1",)))
    assert spell.record.played == 117
    assert spell.coverage == "full"


def test_laudrup_at_brondby_from_the_summer_of_2002_three_seconds_and_a_title(full: Store) -> None:
    # uefa.com, December 2003 ("Dane powers to another level"): he took over at Brøndby in the summer of
    # 2002 and had the autumn season; ekstrabladet.dk, May 2021: "Michael Laudrup var træner for Brøndby
    # fra 2002 til 2006 og førte klubben til tre sølvmedaljer foruden guldet i 2005". (Åge Hareide's
    # Brøndby spell, given in years 2000-2002, had been written to 31 December 2002, which took the
    # autumn of 2002 from Laudrup.)
    (spell,) = [
        s
        for s in manager_record(full, "Michael Laudrup", Filters(), positions=True).spells
        if s.team_name == "Brøndby IF"
    ]
    assert spell.start == dt.date(2002, 7, 1)
    assert spell.positions is not None
    finishes = [(s.season, s.position) for s in spell.positions.season_ends]
    assert finishes == [("2002-03", 2), ("2003-04", 2), ("2004-05", 1), ("2005-06", 2)]


def test_laudrup_at_swansea_2013_14_six_wins_in_24_premier_league_matches(full: Store) -> None:
    # fansided.com, 4 February 2014 ("Swansea City Sack Michael Laudrup"): "this season the team have won
    # only six of their 24 Premier League matches, losing 12"; lazone.id (February 2014): twelfth "dengan
    # raihan 24 poin"
    filters = Filters(competitions=("eng.1",), date_from=dt.date(2013, 7, 1))
    spell = spell_of(full, "Michael Laudrup", "Swansea City", filters)
    record = spell.record
    assert (record.played, record.won, record.lost, 3 * record.won + record.drawn) == (24, 6, 12, 24)
    assert spell.coverage == "full"


def test_laudrup_at_spartak_watched_his_first_match_from_the_stands(full: Store) -> None:
    # regnum.ru, 14 September 2008: on 13 September Spartak lost 1-2 to FK Moskva, "Лаудруп наблюдал за
    # ходом матча из трибуны" (signed on 12 September, ria.ru); champion.com.ua, 16 April 2009, at his
    # sacking: "З початку чемпіонату пройшло усього лише чотири матчі" (four league matches of 2009)
    spell = spell_of(full, "Michael Laudrup", "Spartak Moskva")
    assert min(m.date for m in spell.matches) == dt.date(2008, 9, 18)
    in_2009 = spell_of(
        full, "Michael Laudrup", "Spartak Moskva", Filters(competitions=("ru.1",), date_from=dt.date(2009, 1, 1))
    )
    assert in_2009.record.played == 4


def test_nilsson_at_copenhagen_one_win_two_draws_in_the_europa_league_group(full: Store) -> None:
    # cphpost.dk, 9 January 2012 ("FCK parts company with coach"): "performed dismally in the group stage
    # of the Europa League, picking up just one win and two draws in six games"
    spell = spell_of(full, "Roland Nilsson", "FC København", Filters(competitions=("uefa.el",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (6, 1, 2, 3)
    assert spell.coverage == "full"


def test_alm_at_ob_77_superliga_matches_23_wins(full: Store) -> None:
    # tv2fyn.dk, November 2023 ("To år, fire måneder og 15 dage i trænerstolen"): "Han nåede 77 kampe som
    # træner, i de 77 kampe er det blevet til 23 sejre" (the Superliga: 32 + 32 + 13 rounds; the Danish
    # Cup of those seasons, not in the store, is not counted in it); "I årets sæson er der spillet 13
    # kampe, i dem har den fynske superligaklub fået skuffende 12 point ... tre sejre, tre uafgjorte og syv
    # nederlag"
    spell = spell_of(full, "Andreas Alm", "Odense BK", Filters(competitions=("dk.1",)))
    assert (spell.record.played, spell.record.won) == (77, 23)
    assert spell.coverage == "full"
    season = spell_of(full, "Andreas Alm", "Odense BK", Filters(competitions=("dk.1",), date_from=dt.date(2023, 7, 1)))
    record = season.record
    assert (record.played, record.won, record.drawn, record.lost, 3 * record.won + record.drawn) == (13, 3, 3, 7, 12)


def test_backe_left_copenhagen_top_four_points_ahead_of_brondby(full: Store) -> None:
    # da.wikipedia.org/wiki/Hans_Backe (as stored): champions "med F.C. København i 2003 og 2004", farewell
    # on fck.dk on 8 December 2005; ekstrabladet.dk, December 2020: "Ståle Solbakken overtog FCK ved
    # vinterpausen 2005/2006 fra den svenske træner Hans Backe, da holdet lå fire point foran Brøndby"
    (spell,) = [
        s for s in manager_record(full, "Hans Backe", Filters(), positions=True).spells if s.team_name == "FC København"
    ]
    assert spell.positions is not None
    finishes = {s.season: s.position for s in spell.positions.season_ends}
    assert (finishes["2002-03"], finishes["2003-04"]) == (1, 1)
    assert spell.positions.departure is not None and spell.positions.departure.position == 1
    table = competition_table(full, "dk.1", "2005-06", as_of=spell.end)
    points = {row.club: row.points for row in table.rows}
    assert points["FC København"] - points["Brøndby IF"] == 4
