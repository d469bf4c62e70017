"""Published records of managers of probe BK (Turkey, Greece, Russia, Ukraine), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, a
league's share of a spell (the store holds no Turkish, Greek, Russian or Ukrainian cup), or a spell whose
only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store


def _points(won: int, drawn: int) -> int:
    """League points at three for a win."""
    return 3 * won + drawn


def test_de_zerbi_at_shakhtar_is_the_club_figure_less_the_super_cup_and_the_cup_tie(full: Store) -> None:
    # shakhtar.com, 11 July 2022 ("Thank you, Mister!"): "30 competitive matches, in which they secured 20
    # wins, alongside 5 draws and 5 defeats (aggregate goal difference of 64-26)". The store lacks the
    # Ukrainian Super Cup, won 3-0 against Dynamo Kyiv in September 2021 (the same statement), and the
    # Ukrainian Cup's round of 16, Chornomorets 0-3 Shakhtar on 27 October 2021 (fakty.ua and isport.ua, 27
    # October 2021); the cup was abandoned before the quarter-finals (sportnews.com.ua, 8 May 2022).
    check_store_and_missing(
        full,
        "Roberto De Zerbi",
        "Shakhtar Donetsk",
        Filters(),
        found=(28, 18, 5, 5),
        missing={("ua.cup", "2021-22"), ("ua.sc", "2021-22")},
        lacked=(2, 2, 0, 0),
        published=(30, 20, 5, 5),
    )
    spell = spell_of(full, "Roberto De Zerbi", "Shakhtar Donetsk")
    assert (spell.record.goals_for + 3 + 3, spell.record.goals_against) == (64, 26)


def test_jovicevic_at_shakhtar_40_matches_24_wins_held_whole(full: Store) -> None:
    # sovsport.ru, June 2023: "под руководством хорватского специалиста «горняки» сыграли 40 встреч, в
    # которых одержали 24 победы" (Premier League, Champions League group, Europa League play-off and
    # round of 16). No Ukrainian Cup was played in 2022-23 (ukr-futbol.com; dynamo.kiev.ua: "розыгрыш
    # Кубка Украины-2022/23 не состоится"): calendar.toml's [not_held], so the spell is whole.
    spell = spell_of(full, "Igor Jovićević", "Shakhtar Donetsk")
    assert (spell.record.played, spell.record.won) == (40, 24)
    assert spell.coverage == "full"


def test_kartal_fenerbahce_2023_24_league_99_points_99_goals(full: Store) -> None:
    # ntv.com.tr (August 2025): "Kartal, Mourinho'dan bir sezon önce 99 gol atıp 99 puan toplayarak rekor
    # kırmış ancak 102 puan toplayan Galatasaray'ın ardından sezonu 2. tamamlamıştı"; haberspor.info
    # (FotoMaç), a week before the end: "Süper Lig'de oynadığı 37 maçta 30 galibiyet ... 6 beraberlik ...
    # sadece 1 kez kaybetti"; the last match, İstanbulspor at home, was won (kosehaberleri.com: the
    # contract "İstanbulspor maçıyla sona erdi").
    spell = spell_of(full, "İsmail Kartal", "Fenerbahçe", Filters(competitions=("tr.1",)), start=dt.date(2023, 6, 23))
    record = spell.record
    assert (record.played, _points(record.won, record.drawn), record.goals_for) == (38, 99, 99)
    assert (record.won, record.drawn, record.lost) == (31, 6, 1)
    assert spell.coverage == "full"


def test_kartal_89_league_matches_for_fenerbahce_before_the_last_round_of_2023_24(full: Store) -> None:
    # kosehaberleri.com (May 2024, after the win at Galatasaray, before the last round): "89 lig
    # karşılaşmasında görev aldı", his three spells (2014-15, January to June 2022, 2023-24); trthaber.com
    # (January 2022): 2014-15 "34 maçta topladığı 74 puanla ligi ikinci sırada tamamlayan Kartal"; mynet.com:
    # "Süper Lig'de 34 haftalık maratonda 22 kez kazanan Fenerbahçe".
    league = Filters(competitions=("tr.1",), date_to=dt.date(2024, 5, 20))
    spells = [s for s in manager_record(full, "İsmail Kartal", league).spells if s.team_name == "Fenerbahçe"]
    assert sum(s.record.played for s in spells) == 89
    first = min(spells, key=lambda s: s.start)
    assert (first.record.played, first.record.won, _points(first.record.won, first.record.drawn)) == (34, 22, 74)


def test_berdyev_rubin_champions_2008_on_60_points_and_24_points_when_sacked(full: Store) -> None:
    # solovei.info (2 November 2008): champions after 27 rounds with "60 очков (27 матчей)", three matches
    # left; the goalkeeper Sergei Ryzhikov (dzen.ru): "потом смазали тремя поражениями «Тереку»,
    # «Локомотиву» и ЦСКА": 60 points from 30 matches. obozrevatel.com (December 2013), on his dismissal
    # of 20 December 2013: "В 19 матчах чемпионата России сезона-2013/14 «Рубин» набрал 24 очка".
    spell = manager_record(full, "Kurban Berdyev", Filters(competitions=("ru.1",)), by="season").spells[0]
    season_2008, season_2013 = spell.breakdown["2008"], spell.breakdown["2013-14"]
    assert (season_2008.played, _points(season_2008.won, season_2008.drawn), season_2008.lost) == (30, 60, 6)
    assert (season_2013.played, _points(season_2013.won, season_2013.drawn)) == (19, 24)


def test_hasi_olympiacos_8_points_from_5_league_matches(full: Store) -> None:
    # sport.interia.pl (September 2017), on his dismissal after the 2-3 at AEK: "z dorobkiem 8 punktów w
    # pięciu meczach, zajmuje 4. miejsce ... w lidze nie zdobyli trzech punktów od trzech meczów, kolejno
    # remisując dwa spotkania i notując porażkę z AEK"; dekrantenkoppen.be: "Olympiakos ontslaat Hasi na 8
    # op 15".
    spell = spell_of(full, "Besnik Hasi", "Olympiakos Piraeus", Filters(competitions=("gr.1",)))
    record = spell.record
    assert (record.played, _points(record.won, record.drawn), record.lost) == (5, 8, 1)
    assert spell.coverage == "full"


def test_yalcin_besiktas_champions_2020_21_on_84_points(full: Store) -> None:
    # fotomac.com.tr (16 May 2021): Beşiktaş "had 84 points in 40 matches" to win the title; ekonomim.com
    # (May 2021): "Beşiktaş, bu sezon 89 gol atıp, 44 gol yiyerek artı 45 averaj yakaladı". From August:
    # 2019-20 was played to 26 July 2020 (its last five rounds, which the store lacks, are no part of this).
    season = Filters(competitions=("tr.1",), date_from=dt.date(2020, 8, 1), date_to=dt.date(2021, 6, 30))
    spell = spell_of(full, "Sergen Yalçın", "Beşiktaş", season)
    record = spell.record
    assert (record.played, _points(record.won, record.drawn)) == (40, 84)
    assert (record.goals_for, record.goals_against) == (89, 44)
    assert spell.coverage == "full"


def test_ouzounidis_took_aek_through_celtic_and_vidi_unbeaten(full: Store) -> None:
    # documentonews.gr and the AEK unbeaten-run list (August 2018): "Σέλτικ - ΑΕΚ 1-1, ΑΕΚ - Σέλτικ 2-1,
    # Βίντι - ΑΕΚ 1-2, ΑΕΚ - Βίντι 1-1"; newsit.gr: Ouzounidis took AEK into the Champions League groups.
    spell = spell_of(full, "Marinos Ouzounidis", "AEK Athens", Filters(competitions=("uefa.cl.q",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (4, 2, 2, 0)
    assert (record.goals_for, record.goals_against) == (6, 4)
    assert spell.coverage == "full"
