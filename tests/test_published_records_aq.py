"""Published records of managers of probe AQ (clubs of the A-League, the J1 League and the K League), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), checked against the spell the person file
gives (its dates and their sources are in the file).
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store


def test_kisnorbo_at_troyes_three_wins_in_40(full: Store) -> None:
    # sofoot.com, December 2023, quoting OptaJean (26 November 2023): "Patrick Kisnorbo TCC avec l'Estac : 3
    # victoires 14 nuls 23 défaites"; allezlens.fr: "40 rencontres de Ligue 1 et Ligue 2 ... 3 victoires, 14
    # nuls et 23 défaites" (the Coupe de France defeat at Épinal among them)
    check_whole(full, "Patrick Kisnorbo", "ESTAC Troyes", (40, 3, 14, 23))


def test_aloisi_at_melbourne_heart_eight_wins_in_39(full: Store) -> None:
    # theroar.com.au, 18 January 2018: at Melbourne Heart "he managed just eight victories in 39 matches";
    # brisbanetimes.com.au, 29 May 2015: "he presided over 24 losses from 39 matches". The club is Melbourne
    # City FC since 2014; the spell's label keeps "Melbourne Heart".
    check_whole(full, "John Aloisi", "Melbourne City FC", (39, 8, 7, 24))


def test_merrick_a_league_record_308_games_128_wins(full: Store) -> None:
    # en.wikipedia.org/wiki/Ernie_Merrick: "Merrick holds the A-League Men records for most games managed
    # (308) and most games won (128)" (Melbourne Victory, Wellington Phoenix, Newcastle Jets)
    spells = manager_record(full, "Ernie Merrick", Filters(kinds=(CompetitionKind.LEAGUE,))).spells
    assert len(spells) == 3
    assert (sum(s.record.played for s in spells), sum(s.record.won for s in spells)) == (308, 128)


def test_merrick_at_wellington_90_league_games(full: Store) -> None:
    # The Post (Wellington), 6 December 2016: "He lost half of the 90 games he presided over as Phoenix
    # manager, with 30 wins and 15 draws" (A-League matches; the store also holds four FFA Cup ties)
    spell = spell_of(full, "Ernie Merrick", "Wellington Phoenix", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (90, 30, 15, 45)


def test_hwang_at_fc_seoul_2018_two_wins_in_ten(full: Store) -> None:
    # false-nine.tistory.com, May 2018 (his resignation of 30 April): "10라운드까지 2승 4무 4패" (2 wins, 4 draws,
    # 4 defeats in the first ten rounds of 2018)
    filters = Filters(competitions=("kr.1",), date_from=dt.date(2018, 1, 1))
    spell = spell_of(full, "Hwang Sun-hong", "FC Seoul", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (10, 2, 4, 4)


def test_kim_do_hoon_at_incheon_2016_bottom_after_28_rounds(full: Store) -> None:
    # nocutnews.co.kr, 31 August 2016: "인천은 올해 28라운드까지 5승9무14패 승점 24점으로 ... 최하위" (5 wins, 9
    # draws, 14 defeats after 28 rounds, bottom)
    filters = Filters(competitions=("kr.1",), date_from=dt.date(2016, 1, 1))
    spell = spell_of(full, "Kim Do-hoon", "Incheon United", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (28, 5, 9, 14)


def test_nishino_200_j1_wins_in_369_matches(full: Store) -> None:
    # imidas.jp: on 5 December 2009, the last round of 2009, against JEF United Chiba, Nishino became the first J1
    # coach to win 200 matches: "通算成績は369戦200勝115敗54分け" (Kashiwa Reysol 1998-2001, Gamba Osaka from
    # 2002). J1 matches of 1998 decided on penalties counted as wins and defeats (that season had no draws).
    filters = Filters(competitions=("jp.1",), date_to=dt.date(2009, 12, 5), shootouts=Shootouts.RESULT)
    spells = manager_record(full, "Akira Nishino", filters).spells
    totals = tuple(sum(getattr(s.record, f) for s in spells) for f in ("played", "won", "drawn", "lost"))
    assert totals == (369, 200, 54, 115)


def test_oniki_j1_record_2017_to_2021(full: Store) -> None:
    # xn--vcktab9fwb6ef2c0edb7846k4gc.com (Frontale fan site, December 2021), "鬼木達監督のJリーグ全成績": "J1
    # リーグ通算174試合112勝40分22敗" (2017 21-9-4, 2018 21-6-7, 2019 16-12-6, 2020 26-5-3, 2021 28-8-2)
    filters = Filters(competitions=("jp.1",), date_to=dt.date(2021, 12, 31))
    spell = spell_of(full, "Toru Oniki", "Kawasaki Frontale", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (174, 112, 40, 22)


def test_hasegawa_at_fc_tokyo_j1_seasons(full: Store) -> None:
    # fctokyo.co.jp, 7 November 2021 (his resignation): J1 2018 "34試合14勝8分12敗", 2019 "34試合19勝7分8敗",
    # 2020 "34試合17勝6分11敗", 2021 "35試合14勝7分14敗" (to 7 November 2021)
    spell = spell_of(full, "Kenta Hasegawa", "FC Tokyo", Filters(competitions=("jp.1",)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (137, 64, 28, 45)
