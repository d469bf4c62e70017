"""Final league tables against published ones, on the whole corpus (``full``), for leagues of the
Americas and Asia: the Chinese Super League (cn.1: points deductions of 2013 and 2022, its head-to-head
tie-break, the revoked title of 2003), the Brasileirão's São Caetano deduction of 2004 (br.1), Chile's
curtailed 2019 and Melipilla's deduction of 2021 (cl.1) and the K League's championship play-offs of
2004 to 2011 (kr.1). Each test cites its source; each failed before the rules files were changed."""

from __future__ import annotations

from tests.published import final_rows
from touchline.api.tables import competition_table, season_matches
from touchline.compute.titles import champion
from touchline.reference.rules import rules_for
from touchline.store import Store


def test_csl_2013_shenhua_and_teda_six_points_down(full: Store) -> None:
    # goal.com, 18 February 2013: "Shenhua and Tianjin Teda will both start the 2013 season down six
    # points"; de.wikipedia "Chinese Super League 2013", Abschlusstabelle: "4. Guizhou Renhe 30 11 11 8
    # 040:410 −1 44", "5. Dalian Aerbin ... 41", "6. Guangzhou R&F ... −2 40", "7. Shanghai Shenxin ...
    # −11 40", "8. Shanghai Shenhua 30 11 11 8 036:360 ±0 38", "9. Shanghai SIPG ... 37", "10. Liaoning
    # Hongyun ... 35", "11. Tianjin Teda 30 11 7 12 035:390 −4 34", "12. Hangzhou Nabel Greentown ... −8
    # 34". Before: Shenhua 4th on 44, Teda 8th on 40.
    assert final_rows(full, "cn.1", "2013")[3:12] == [
        (4, "Guizhou Renhe", 30, 11, 11, 8, 40, 41, 44),
        (5, "Dalian Pro", 30, 11, 8, 11, 40, 43, 41),
        (6, "Guangzhou R&F", 30, 11, 7, 12, 45, 47, 40),
        (7, "Shanghai Shenxin", 30, 11, 7, 12, 31, 42, 40),
        (8, "Shanghai Shenhua", 30, 11, 11, 8, 36, 36, 38),
        (9, "Shanghai Port FC", 30, 10, 7, 13, 38, 35, 37),
        (10, "Liaoning Hongyun", 30, 8, 11, 11, 35, 44, 35),
        (11, "Tianjin Jinmen Tiger", 30, 11, 7, 12, 35, 39, 34),
        (12, "Hangzhou Greentown", 30, 8, 10, 12, 34, 42, 34),
    ]


def test_csl_2018_relegation_on_head_to_head(full: Store) -> None:
    # en.wikipedia template "2018 Chinese Super League table": "13 | Chongqing Dangdai Lifan | 30 | 8 |
    # 8 | 14 | 40 | 46 | −6 | 32", "14 | Tianjin Teda | 30 | 8 | 8 | 14 | 41 | 54 | −13 | 32", "15 |
    # Changchun Yatai (R) | 30 | 8 | 8 | 14 | 45 | 56 | −11 | 32"; "Rules for classification: 1) Points;
    # 2) Head-to-head points; 3) Head-to-head goal difference; 4) Head-to-head goals scored"; SCMP, 11
    # November 2018: "Changchun went down on account of having the worst results against their rivals".
    # Before (goal difference first): Changchun 14th, Tianjin Teda relegated 15th.
    assert final_rows(full, "cn.1", "2018")[12:15] == [
        (13, "Chongqing Lifan", 30, 8, 8, 14, 40, 46, 32),
        (14, "Tianjin Jinmen Tiger", 30, 8, 8, 14, 41, 54, 32),
        (15, "Changchun Yatai", 30, 8, 8, 14, 45, 56, 32),
    ]


def test_jia_a_1998_and_csl_2012_four_clubs_level_on_their_mini_table(full: Store) -> None:
    # en.wikipedia "1998 Chinese Jia-A League" (source rsssf.com): "6 Qingdao Yizhong Hainiu 26 8 8 10 24
    # 30 −6 32", "7 Qianwei Huandao 26 8 8 10 29 29 0 32", "8 Wuhan Hongjinlong 26 8 8 10 26 33 −7 32",
    # "9 Shandong Luneng 26 8 8 10 39 40 −1 32": the four clubs' mini-table has Qingdao 10 points,
    # Qianwei (Chongqing) and Wuhan 8, Qianwei +2 among the four and Wuhan 0 (though Wuhan had the better
    # of their own two meetings, 1-1 and 3-1). Before: Chongqing, Shandong, Qingdao, Wuhan.
    assert final_rows(full, "cn.1", "1998")[5:9] == [
        (6, "Qingdao Jonoon", 26, 8, 8, 10, 24, 30, 32),
        (7, "Chongqing Lifan", 26, 8, 8, 10, 29, 29, 32),
        (8, "Hubei Wuhan Zhiye", 26, 8, 8, 10, 26, 33, 32),
        (9, "Shandong Taishan", 26, 8, 8, 10, 39, 40, 32),
    ]
    # en.wikipedia "2012 in Chinese football": "10 | Liaoning Whowin | 30 | 8 | 12 | 10 | 40 | 41 | −1 |
    # 36", "11 | Hangzhou Greentown | 30 | 9 | 9 | 12 | 34 | 46 | −12 | 36", "12 | Shandong Luneng Taishan
    # | 30 | 8 | 12 | 10 | 46 | 43 | +3 | 36", "13 | Qingdao Jonoon | 30 | 10 | 6 | 14 | 26 | 34 | −8 |
    # 36". Before: Shandong 10th, Liaoning, Qingdao, Hangzhou.
    assert [(r[0], r[1], r[-1]) for r in final_rows(full, "cn.1", "2012")[9:13]] == [
        (10, "Liaoning Hongyun", 36),
        (11, "Hangzhou Greentown", 36),
        (12, "Shandong Taishan", 36),
        (13, "Qingdao Jonoon", 36),
    ]


def test_csl_2022_wage_arrears_deductions(full: Store) -> None:
    # btqiqiu.com (Chinese football news, German edition): three points off Hebei and Wuhan Changjiang
    # (52045: "jeweils drei Punkte für die Saison 2022"), six more off "Shanghai Shenhua, Wuhan
    # Changjiang, Hebei" on 23 November 2022 (51863); after the last round "Hebei ist mit 32 Niederlagen
    # und -3 Punkten das Schlusslicht", Shenhua "mit 47 Punkten" (51332); relegated: Wuhan Yangtze River,
    # Guangzhou, Hebei (it.wikipedia "Super League 2022 (Cina)"). Champions Wuhan Three Towns over
    # Shandong, both 78 (rtl.be: "91-28 pour 87-29"). Before: Shenhua 53, Wuhan Yangtze River 15th on
    # 28 above Guangzhou City, Hebei 6.
    rows = final_rows(full, "cn.1", "2022")
    assert [(r[1], r[-1]) for r in rows[:2]] == [("Wuhan Three Towns", 78), ("Shandong Taishan", 78)]
    got = {r[1]: (r[0], r[-1]) for r in rows}
    assert got["Shanghai Shenhua"] == (10, 47)
    assert [(r[0], r[1], r[-1]) for r in rows[14:]] == [
        (15, "Guangzhou R&F", 23),
        (16, "Wuhan Zall FC", 19),
        (17, "Guangzhou FC", 17),
        (18, "Hebei China Fortune", -3),
    ]


def test_jia_a_2003_title_revoked(full: Store) -> None:
    # goal.com, 18 February 2013: Shenhua "were additionally stripped of their 2003 league title which
    # will be declared vacant"; wikisum.wiki "Chinese Jia-A League 2003": Shanghai International "were
    # not retrospectively awarded the title". The table stands (Shenhua 55, International 54). Before:
    # Shanghai Shenhua champions.
    table = competition_table(full, "cn.1", "2003")
    assert [(r.club, r.points) for r in table.rows[:2]] == [("Shanghai Shenhua", 55), ("Guizhou Renhe", 54)]
    assert champion(season_matches(full, "cn.1", "2003"), rules_for("cn.1", "2003")) is None
    assert any("revoked" in note for note in table.notes)


def test_brasileirao_2004_sao_caetano_24_points(full: Store) -> None:
    # correiodobrasil.com.br, 7 December 2004: "o São Caetano foi punido com a perda de 24 pontos pelo
    # Superior Tribunal de Justiça Desportiva (STJD) ... o clube, que tinha 77 pontos"; pt.wikipedia
    # "Campeonato Brasileiro de Futebol de 2004": "terminando assim na 18º colocação"; ja.wikipedia's final
    # order: "15. パラナ (54)", "16. ヴァスコ・ダ・ガマ (54)", "17. フラメンゴ (54)", "18. サンカエターノ (53)",
    # "19. アトレチコ-MG (53)"; es.wikipedia: "5 Corinthians 74 46 20 14 12 54 54". Before: São Caetano 5th
    # on 77.
    rows = final_rows(full, "br.1", "2004")
    assert rows[4] == (5, "Corinthians SP", 46, 20, 14, 12, 54, 54, 74)
    assert [(r[0], r[1], r[-1]) for r in rows[14:19]] == [
        (15, "Paraná Clube", 54),
        (16, "Vasco da Gama RJ", 54),
        (17, "Flamengo RJ", 54),
        (18, "São Caetano SP", 53),
        (19, "Atlético Mineiro", 53),
    ]


def test_chile_2021_melipilla_six_points_and_2019_cut_short(full: Store) -> None:
    # emol.com, 13 January 2022: Melipilla "De los 38 puntos con los que acabaron el certamen, quedaron
    # con 32"; "Huachipato (37 puntos, diferencia de gol de -5) ... tomará el lugar de Curicó Unido (37
    # unidades, -2) ... al acabar en el puesto 14°". Before: Melipilla 14th on 38, Curicó 15th.
    assert [(r[0], r[1], r[-1]) for r in final_rows(full, "cl.1", "2021")[13:17]] == [
        (14, "Curicó Unido", 37),
        (15, "Huachipato", 37),
        (16, "Melipilla", 32),
        (17, "Santiago Wanderers", 21),
    ]
    # tycsports.com, 29 November 2019: the ANFP ended the season after 24 of 30 rounds, "la Universidad
    # Católica quedó como bicampeón local ... no habrá ascensos ni descensos". Before: no note that the
    # season was cut short.
    table = competition_table(full, "cl.1", "2019")
    assert (table.rows[0].club, table.rows[0].played, table.rows[0].points) == ("Universidad Católica", 24, 53)
    assert table.champion == "Universidad Católica"
    assert any("29 November 2019" in note for note in table.notes)


def test_k_league_play_off_finals_decide_the_top_two(full: Store) -> None:
    # en.wikipedia "2007 K League Championship": "Champions Pohang Steelers, Runners-up Seongnam Ilhwa
    # Chunma"; regular season "1 | Seongnam Ilhwa Chunma | 26 | 16 | 7 | 3 | 43 | 18 | +25 | 55", "5 |
    # Pohang Steelers | 26 | 12 | 5 | 9 | 27 | 31 | −4 | 41"; en.wikipedia "List of K-League champions":
    # runners-up Pohang 2004, Incheon 2005, FC Seoul 2008, Seongnam 2009, Jeju 2010. Before: the regular
    # season's order (2007 Seongnam, Suwon; 2004 Ulsan, Suwon; 2005 Incheon, Seongnam).
    expected = {
        "2004": ["Suwon Bluewings", "Pohang Steelers"],
        "2005": ["Ulsan HD FC", "Incheon United"],
        "2007": ["Pohang Steelers", "Seongnam FC"],
        "2008": ["Suwon Bluewings", "FC Seoul"],
        "2009": ["Jeonbuk FC", "Seongnam FC"],
        "2010": ["FC Seoul", "Jeju United"],
    }
    for season, top in expected.items():
        assert [r.club for r in competition_table(full, "kr.1", season).rows[:2]] == top, season
    # Seongnam's regular-season line, carried into the final standings
    assert final_rows(full, "kr.1", "2007")[1] == (2, "Seongnam FC", 26, 16, 7, 3, 43, 18, 55)
