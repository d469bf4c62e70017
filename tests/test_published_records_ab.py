"""Published records of managers of probe AB (MLS, Liga MX, the J1 League, the K League, the Chinese Super
League), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it), counted over the competitions and the
days it covers: MLS and Liga MX write regular-season records apart from the play-offs, so those tests
stop at the regular season's last day.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.store import Store


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    record = spell.record
    return (record.played, record.won, record.drawn, record.lost)


def test_kreis_new_york_city_fc_2015_finished_10_17_7(full: Store) -> None:
    # si.com, 3 November 2015 ("Firing of Jason Kreis shows NYCFC has mind-set of a European club"):
    # "NYCFC finished the 2015 campaign 10-17-7" (wins-losses-ties; 37 points, nysportsday.com: "a points
    # tally which was the second lowest in the league"); sbisoccer.com: "only secured 10 wins through 34
    # games". His one U.S. Open Cup tie (2-2, out on penalties) is not in it.
    spell = spell_of(full, "Jason Kreis", "New York City FC", Filters(competitions=("us.1",)))
    assert _gwdl(spell) == (34, 10, 7, 17)


def test_kinnear_san_jose_2005_and_his_mls_wins_to_october_2014(full: Store) -> None:
    # sjearthquakes.com, 15 October 2014 ("Quakes announce Dominic Kinnear to return as club's head
    # coach"): in 2005 "he engineered one of the best regular seasons in MLS history with an 18-4-10
    # clip" (wins-losses-ties); "third all-time in MLS history with 139 wins", and "third all-time in
    # MLS Cup Playoff wins with 15". The 2005 regular season ended on 15 October (the play-offs v LA
    # Galaxy followed); the MLS wins of both clubs to that 15 October 2014 are the 139 and the 15.
    san_jose_2005 = spell_of(
        full,
        "Dominic Kinnear",
        "San Jose Earthquakes",
        Filters(competitions=("us.1",), date_from=dt.date(2005, 1, 1), date_to=dt.date(2005, 10, 15)),
    )
    assert _gwdl(san_jose_2005) == (32, 18, 10, 4)
    spells = manager_record(
        full, "Dominic Kinnear", Filters(competitions=("us.1",), date_to=dt.date(2014, 10, 15))
    ).spells
    assert sum(s.record.won for s in spells) == 139 + 15


def test_pareja_colorado_rapids_25_wins_13_draws_30_defeats_in_68(full: Store) -> None:
    # socceritalia.it, January 2014 ("Pareja nuovo allenatore del FC Dallas"): with Colorado "ha vinto 25
    # match su 68, perdendone 30 e pareggiandone 13": the regular seasons of 2012 and 2013 (34 matches
    # each; the 2013 regular season ended on 27 October, before the knock-out round lost at Seattle).
    spell = spell_of(
        full, "Óscar Pareja", "Colorado Rapids", Filters(competitions=("us.1",), date_to=dt.date(2013, 10, 27))
    )
    assert _gwdl(spell) == (68, 25, 13, 30)


def test_pareja_fc_dallas_78_regular_season_wins_and_a_3_3_4_playoff_record(full: Store) -> None:
    # espn.com, 19 November 2018 ("FC Dallas, Oscar Pareja part ways"): "second on the franchise's
    # all-time wins list (78 victories)" (regular season: five seasons of 34 matches); mlssoccer.com ("As
    # Oscar Pareja returns to FC Dallas with Orlando City, a look at his Frisco legacy"): "Pareja's
    # overall playoff record of 3W-4L-3D". MLS, play-offs included: 170 + 10 matches, 78 + 3 wins.
    spell = spell_of(full, "Óscar Pareja", "FC Dallas", Filters(competitions=("us.1",)))
    assert (spell.record.played, spell.record.won) == (5 * 34 + 3 + 4 + 3, 78 + 3)


def test_mohamed_apertura_2012_at_tijuana_and_apertura_2014_at_america(full: Store) -> None:
    # espndeportes.espn.go.com (2015, "Mohamed necesita 20 de 30 puntos para superar su mejor
    # rendimiento"): "En el Apertura 2012, con Xolos de Tijuana, el 'Turco' acumuló 34 puntos, producto de
    # 9 victorias, un partido perdido y 7 empates"; "el Apertura 2014 ... América acumuló 31 puntos ...
    # Tras nueve victorias, cuatro derrotas y cuatro empates". Regular phases: to 11 November 2012 and 22
    # November 2014 (the Liguillas, both won, followed).
    tijuana = spell_of(
        full,
        "Antonio Mohamed",
        "Club Tijuana",
        Filters(competitions=("mx.1",), date_from=dt.date(2012, 7, 1), date_to=dt.date(2012, 11, 11)),
    )
    assert _gwdl(tijuana) == (17, 9, 7, 1)
    america = spell_of(
        full,
        "Antonio Mohamed",
        "CF América",
        Filters(competitions=("mx.1",), date_from=dt.date(2014, 7, 1), date_to=dt.date(2014, 11, 22)),
    )
    assert _gwdl(america) == (17, 9, 4, 4)


def test_moriyasu_last_half_season_at_sanfrecce_two_wins_in_17(full: Store) -> None:
    # The Japan Times, 5 July 2017 ("Moriyasu can leave Sanfrecce head held high"): he quit after the 4-3
    # defeat at Urawa; "Sanfrecce have won twice, drawn four and lost 11 times in 17 games".
    spell = spell_of(
        full, "Hajime Moriyasu", "Sanfrecce Hiroshima", Filters(competitions=("jp.1",), date_from=dt.date(2017, 1, 1))
    )
    assert _gwdl(spell) == (17, 2, 4, 11)


def test_choi_jeonbuk_72_points_from_36_games_on_winning_the_2015_title(full: Store) -> None:
    # Reuters, 9 November 2015 ("Jeonbuk wrapped up their second consecutive league championship"):
    # "Jeonbuk's 1-0 win at Jeju United gave them an unassailable 72 points from 36 games".
    spell = spell_of(
        full,
        "Choi Kang-hee",
        "Jeonbuk FC",
        Filters(competitions=("kr.1",), date_from=dt.date(2015, 1, 1), date_to=dt.date(2015, 11, 8)),
    )
    assert spell.record.played == 36
    assert 3 * spell.record.won + spell.record.drawn == 72


def test_choi_dalian_yifang_4_5_6(full: Store) -> None:
    # Yonhap, 19 December 2019 ("S. Korean coach for Chinese FA Cup champs credits prized pupil"): at
    # Dalian Yifang "his stint there came to an end after five months, with an underwhelming 4-5-6
    # (wins-draws-losses) record": the first 15 Super League matchdays of 2019.
    spell = spell_of(full, "Choi Kang-hee", "Dalian Pro", Filters(competitions=("cn.1",)))
    assert _gwdl(spell) == (15, 4, 5, 6)
