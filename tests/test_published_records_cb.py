"""Published records of managers of probe CB (coaches in the J1 League and the A-League), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of league matches the store holds whole.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of, whole_gwdl
from touchline.api.managers import Filters
from touchline.store import Store

A_LEAGUE = Filters(competitions=("au.1",))


def test_babbel_sacked_by_western_sydney_after_41_a_league_games(full: Store) -> None:
    # eltaszone.com and heraldsun.com.au, 20 January 2020: sacked the morning after the 1-0 home defeat
    # to Perth Glory, "a total 10 wins, 23 losses and eight draws from his 41 games in charge"; AP
    # (taiwannews.com.tw): "The former A-League finalists won only 10 of 41 games with Babbel in charge"
    assert whole_gwdl(full, "Markus Babbel", "Western Sydney Wanderers", A_LEAGUE) == (41, 10, 8, 23)


def test_stajcic_won_two_of_his_six_games_as_central_coast_caretaker(full: Store) -> None:
    # nine.com.au, 2 May 2019 (made head coach): "Stajcic's six-game stint at season's end, which yielded
    # two wins"; euronews.com (Reuters): "The 45-year-old managed two wins in his six games in charge"
    spell = spell_of(full, "Alen Stajcic", "Central Coast Mariners", start=dt.date(2019, 3, 12))
    assert (spell.record.played, spell.record.won) == (6, 2)
    assert spell.coverage == "full"


def test_stajcic_central_coast_third_in_2020_21_with_12_wins_6_draws_8_losses(full: Store) -> None:
    # abc.net.au, June 2021 (on his leaving): the club "finished the 2020/21 season in third place with
    # 12 wins, 6 draws and 8 losses" (the regular season, before the elimination final of 12 June 2021)
    # (a date filter clips the spell: his head coach's spell then reads as starting on 1 December 2020)
    season = dt.date(2020, 12, 1)
    regular = Filters(competitions=("au.1",), date_from=season, date_to=dt.date(2021, 6, 11))
    gwdl = whole_gwdl(full, "Alen Stajcic", "Central Coast Mariners", regular, start=season)
    assert gwdl == (26, 12, 6, 8)


def test_talay_won_41_per_cent_of_103_a_league_matches_at_wellington(full: Store) -> None:
    # nzherald.co.nz, 14 April 2023 (announcing he would leave, three regular-season games left): "The
    # team have won 41 per cent of the 103 A-League matches they have played since Talay took charge
    # while claiming 1.45 points per game"
    filters = Filters(competitions=("au.1",), date_to=dt.date(2023, 4, 14))
    played, won, drawn, _ = whole_gwdl(full, "Ufuk Talay", "Wellington Phoenix", filters)
    assert played == 103
    assert round(100 * won / played) == 41
    assert round((3 * won + drawn) / played, 2) == 1.45


def test_rodriguez_urawa_10_wins_14_draws_9_defeats_with_one_matchday_left_in_2022(full: Store) -> None:
    # goal.com/jp, 31 October 2022 (the club ending his post with the season): "今季のリーグ戦では
    # 最終節を残して10勝14分9敗の8位" (10 wins, 14 draws, 9 defeats, eighth, with the last matchday left)
    filters = Filters(competitions=("jp.1",), date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 10, 31))
    assert whole_gwdl(full, "Ricardo Rodríguez", "Urawa Red Diamonds", filters) == (33, 10, 14, 9)


def test_skibbe_hiroshima_30_matches_51_points_less_the_two_draws_before_he_arrived(full: Store) -> None:
    # footballchannel.jp, 1 October 2022 (before matchday 31 that day): Hiroshima third, "勝ち点51(30試合
    # 14勝9分7敗)" (51 points from 30 matches, 14 wins, 9 draws, 7 defeats). footballchannel.jp, 13 July
    # 2022: the first two matches, both draws, were under head coach Shinya Sakoi ("迫井深也ヘッドコーチの
    # 下で戦った開幕2試合はすべてドロー"), Skibbe's first being matchday 3 against Vissel Kobe: his own
    # record is the team's less those two draws.
    filters = Filters(competitions=("jp.1",), date_to=dt.date(2022, 9, 30))
    gwdl = whole_gwdl(full, "Michael Skibbe", "Sanfrecce Hiroshima", filters)
    assert gwdl == (28, 14, 7, 7)
    before_him = (2, 0, 2, 0)
    assert tuple(a + b for a, b in zip(gwdl, before_him, strict=True)) == (30, 14, 9, 7)
    assert 3 * (gwdl[1] + before_him[1]) + gwdl[2] + before_him[2] == 51
