"""Published records of managers of probe BP (head coaches in Romania's Liga I and Bulgaria's First League),
against the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it). Romanian and Bulgarian clubs and press count a
match decided on penalties by its shoot-out (a win or a defeat), as ``Shootouts.RESULT`` does; the store holds
neither the Bulgarian Cup nor the Romanian and Bulgarian super cups, so a spell that takes in one of them is
checked as the store's figure plus the missing matches, each named from a report.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of
from touchline.api.managers import Filters
from touchline.api.tables import competition_table
from touchline.compute.records import Shootouts
from touchline.store import Store

LIGA_I = ("ro.1",)
FIRST_LEAGUE = ("bg.1",)
SHOOTOUT_RESULT = Filters(shootouts=Shootouts.RESULT)


def test_petrea_first_fcsb_spell_49_matches_28_wins_8_draws_13_defeats(full: Store) -> None:
    # as.ro, 16 November 2021: "49 de meciuri a adunat Toni Petrea pe banca FCSB-ului în primul mandat.
    # Bilanțul său a fost pozitiv: 28 de victorii, 8 remize și 13 înfrângeri". The store holds 48 of them
    # (the 6-6 at TSC Bačka Topola of 17 September 2020, won 5-4 on penalties, a win as the club counts
    # it); it lacks the 2020 Supercupa României, 0-0 with CFR Cluj at Ploieşti on 15 April 2021, lost 1-4 on
    # penalties (news.ro; en.wikipedia "2020 Supercupa României": a defeat as the club counts it).
    check_store_and_missing(
        full,
        "Anton Petrea",
        "FCSB",
        SHOOTOUT_RESULT,
        found=(48, 28, 8, 12),
        missing={("ro.sc", "2020-21")},
        lacked=(1, 0, 0, 1),
        published=(49, 28, 8, 13),
    )


def test_petrea_77_fcsb_matches_in_his_two_spells(full: Store) -> None:
    # sport.ro, October 2022: "77 de meciuri a strâns Toni Petrea pe banca tehnică a celor de la FCSB",
    # 49 in the first spell (as.ro, above), so 28 in the second (16 November 2021 to 25 July 2022), all in the
    # store; spotmedia.ro, March 2022, after the 3-2 at FC Argeş: "În cele 17 meciuri disputate în Liga 1 până
    # acum, el a obținut 11 victorii, 4 remize și a suferit 2 înfrângeri"
    second = spell_of(full, "Anton Petrea", "FCSB", start=dt.date(2021, 11, 16))
    assert second.record.played == 77 - 49
    assert second.coverage == "full"
    league = spell_of(
        full, "Anton Petrea", "FCSB", Filters(competitions=LIGA_I, date_to=dt.date(2022, 3, 20)), dt.date(2021, 11, 16)
    )
    assert (league.record.played, league.record.won, league.record.drawn, league.record.lost) == (17, 11, 4, 2)


def test_reghecampf_lost_4_of_68_league_matches_at_steaua(full: Store) -> None:
    # de.uefa.com, 27 May 2014, as he left Steaua for Al-Hilal: "Reghecampf, der in 68 Ligaspielen nur vier
    # Niederlagen erlitt" (two seasons of 34 matchdays, 2012-13 and 2013-14)
    spell = spell_of(full, "Laurențiu Reghecampf", "FCSB", Filters(competitions=LIGA_I))
    assert (spell.record.played, spell.record.lost) == (68, 4)
    assert spell.coverage == "full"


def test_petev_second_ludogorets_spell_39_matches_26_wins_6_draws_7_defeats(full: Store) -> None:
    # actualno.com, 24 October 2023: "Той води Лудогорец в общо 39 мача във всички турнири, в които записа
    # 26 победи, 6 равенства и 7 загуби". The store holds 35 (no shoot-out among them). It lacks his four
    # Bulgarian Cup matches of 2022-23 (varnae.bg, May 2023): the 2-1 v Spartak Varna in the quarter-final,
    # the 2-1 at Cherno More and the 1-2 v Cherno More in the semi-final, won on penalties (a win as the club
    # counts it), and the 3-1 v CSKA 1948 in the final of 24 May 2023 (bgonair.bg). The spell also names the
    # Bulgarian Cup and Super Cup of 2023-24 as missing, though none of their matches was his: the cup's first
    # round for First League clubs was played from 31 October to 2 November 2023 (novsport.com), after he left
    # on 24 October, and the 2023 Super Cup on 10 February 2024 (cska1948.bg), under Georgi Dermendzhiev.
    check_store_and_missing(
        full,
        "Ivaylo Petev",
        "PFC Ludogorets Razgrad",
        SHOOTOUT_RESULT,
        found=(35, 22, 6, 7),
        missing={("bg.cup", "2022-23"), ("bg.cup", "2023-24"), ("bg.sc", "2023-24")},
        lacked=(4, 4, 0, 0),
        published=(39, 26, 6, 7),
    )


def test_petev_won_his_first_5_league_matches_back_at_ludogorets(full: Store) -> None:
    # gol.bg, 29 April 2023, before the match at CSKA Sofia: "7 победи от 7 мача. Петев спечели 5 пъти в
    # първенство, а по веднъж победи двата варненски клуба в турнира за Купата на България"
    filters = Filters(competitions=FIRST_LEAGUE, date_to=dt.date(2023, 4, 29))
    spell = spell_of(full, "Ivaylo Petev", "PFC Ludogorets Razgrad", filters)
    assert (spell.record.played, spell.record.won) == (5, 5)
    assert spell.coverage == "full"


def test_dambrauskas_one_point_from_two_europa_league_group_matches(full: Store) -> None:
    # 19min.bg, October 2021, on his sacking: Ludogorets "бе надигран от Мидтиланд и Цървена звезда в групите
    # на Лига Европа, като след две срещи активът е само една точка" (1-1 at Midtjylland, 0-1 v Crvena Zvezda).
    # He had COVID-19 at Midtjylland and his assistant Stanislav Genchev sat on the bench (delfi.lt,
    # mondo.rs); the record counts the match in his spell, as it does a suspended coach's.
    spell = spell_of(full, "Valdas Dambrauskas", "PFC Ludogorets Razgrad", Filters(competitions=("uefa.el",)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (2, 1)
    assert spell.coverage == "full"


def test_dambrauskas_whole_spell_lacks_the_cups_the_store_does_not_hold(full: Store) -> None:
    # lrytas.lt, 5 October 2021: "per jo vadovautas 37 dvikovas ekipa pelnė 25 pergales". The store holds 32
    # (21 won counting the 2-2 with Olympiacos won on penalties), to the 0-1 v Crvena Zvezda of 30 September
    # 2021; the Levski match of 3 October was Genchev's (19min.bg). The five others are the Bulgarian Cup's
    # and the Super Cup's, not all named in the sources consulted: the semi-final with CSKA Sofia, 1-1 and 1-2
    # (novsport.com), and the 1/16 final won at Spartak Varna (19min.bg) leave at most 24 wins, so the
    # published 25 cannot be reached: left unchecked, and reported.
    spell = spell_of(full, "Valdas Dambrauskas", "PFC Ludogorets Razgrad", SHOOTOUT_RESULT)
    assert (spell.record.played, spell.record.won) == (32, 21)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("bg.cup", "2020-21"),
        ("bg.cup", "2021-22"),
        ("bg.sc", "2021-22"),
    }


def test_sumudica_unbeaten_in_his_first_6_league_matches_at_astra(full: Store) -> None:
    # gandul.ro, 29 May 2015, after the 2-0 at Dinamo on the last matchday of 2014-15: "Astra este neînvinsă
    # cu Șumudică antrenor: 5 victorii și un egal. Astfel, Astra a luat 16 puncte din 18 posibile"
    filters = Filters(competitions=LIGA_I, date_to=dt.date(2015, 6, 30))
    spell = spell_of(full, "Marius Şumudică", "Astra Giurgiu", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (6, 5, 1, 0)
    assert 3 * record.won + record.drawn == 16
    assert spell.coverage == "full"


def test_sumudica_won_the_last_8_matchdays_of_the_2016_17_regular_season(full: Store) -> None:
    # record.pt, March 2017, after the 3-0 v Botoşani that closed the regular season: Astra "ocupava apenas a
    # 10.ª posição à 18.ª jornada ... Desde então, ganhou os 8 jogos no campeonato" (matchday 18 was the 1-2 v
    # CFR Cluj of 1 December 2016)
    filters = Filters(competitions=LIGA_I, date_from=dt.date(2016, 12, 2), date_to=dt.date(2017, 3, 6))
    spell = spell_of(full, "Marius Şumudică", "Astra Giurgiu", filters)
    assert (spell.record.played, spell.record.won) == (8, 8)
    assert spell.coverage == "full"


def test_mladenov_cska_unbeaten_2007_08_champions_16_points_clear(full: Store) -> None:
    # novsport.bg: "През сезон 2007-2008 ЦСКА става шампион с рекордните 16 точки разлика пред втория
    # Левски"; btvsport.bg: "стана шампион в безпрецедентен сезон без загубен мач"
    filters = Filters(competitions=FIRST_LEAGUE, date_from=dt.date(2007, 7, 1))
    spell = spell_of(full, "Stoycho Mladenov", "CSKA Sofia", filters)  # the filter's start is the spell's
    assert spell.end == dt.date(2008, 6, 30)  # end_year = 2008: to the turn of the season
    record = spell.record
    assert (record.played, record.lost) == (30, 0)
    assert spell.coverage == "full"
    rows = competition_table(full, "bg.1", "2007-08").rows
    assert [(r.position, r.club) for r in rows[:2]] == [(1, "CSKA Sofia"), (2, "Levski Sofia")]
    assert rows[0].points - rows[1].points == 16


def test_mladenov_left_cska_with_44_points_from_22_league_matches(full: Store) -> None:
    # Reuters, 20 March 2015, as he quit: "CSKA ... are second in the table with 44 points from 22 matches,
    # three points behind champions Ludogorets" (the 2014-15 regular season, all under him)
    filters = Filters(competitions=FIRST_LEAGUE, date_from=dt.date(2014, 7, 1))
    spell = spell_of(full, "Stoycho Mladenov", "CSKA Sofia", filters)
    assert spell.end == dt.date(2015, 3, 20)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (22, 44)
    assert spell.coverage == "full"


def test_dica_first_fcsb_spell_80_matches_46_wins_18_draws_16_defeats(full: Store) -> None:
    # sport.ro, July 2022: "Nicolae Dică a mai antrenat-o pe FCSB în perioda iunie 2017 - decembrie 2018, când
    # a strâns 80 de meciuri pe banca bucureștenilor, înregistrând 46 de victorii, 18 remize și 16
    # înfrângeri" (so too spotmedia.ro; sport.ro of December 2018 wrote 45, 19 and 16). The spell names the
    # 2016-17 Cupa Ligii as missing, though no match of it was his: its one match after 15 May 2017 was the
    # final of 20 May 2017, ACS Poli Timişoara v Dinamo (telegrafonline.ro).
    spell = spell_of(full, "Nicolae Dică", "FCSB", start=dt.date(2017, 5, 15))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (80, 46, 18, 16)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("ro.cup.l", "2016-17")}


def test_dica_second_fcsb_spell_23_matches_9_wins_7_draws_7_defeats(full: Store) -> None:
    # sport.ro, November 2022: "Bilanțul lui Dică în al doilea său mandat la FCSB este unul foarte slab: 23
    # de partide, doar 9 victorii, 7 egaluri și 7 înfrângeri, golaveraj negativ (34-39)"
    spell = spell_of(full, "Nicolae Dică", "FCSB", start=dt.date(2022, 7, 26))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (23, 9, 7, 7)
    assert (record.goals_for, record.goals_against) == (34, 39)
    assert spell.coverage == "full"
