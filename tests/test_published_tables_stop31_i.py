"""Final league tables of Greece's Super League against published ones, on the whole corpus (``full``):
points deductions touchline did not have (Panathinaikos 2014-15; Panathinaikos, AEK, PAOK and Atromitos
2015-16) and ties on points settled by the matches between the clubs (2015-16). Each test cites its
source; each failed before the rules file was changed."""

from __future__ import annotations

from tests.published import final_rows
from touchline.store import Store


def test_super_league_2015_16_four_clubs_docked_and_ties_on_meetings(full: Store) -> None:
    # zh.wikipedia "2015年至2016年希臘足球超級聯賽" (wiwiki.kfd.me): "1 奧林匹克科斯 (C) 30 28 1 1 81 16 +65
    # 85", "2 Panathinaikos[a] 30 18 4 8 52 26 +26 55", "3 AEK雅典[b] 30 17 6 7 43 21 +22 54", "4 PAOK[c]
    # 30 13 9 8 45 32 +13 45", "5 Panionios 30 12 8 10 33 27 +6 44", "6 PAS Giannina 30 12 6 12 36 40 −4
    # 42", "7 Asteras Tripoli 30 11 8 11 31 30 +1 41", "8 Atromitos[e] 30 12 6 12 26 31 −5 39", "9
    # Platanias 30 10 9 11 32 30 +2 39", "10 Levadiakos 30 9 10 11 27 36 −9 37", "11 Panetolikos 30 9 8
    # 13 30 46 −16 35", "12 Iraklis Thessaloniki 30 8 11 11 24 32 −8 35", "13 Skoda Xanthi 30 6 15 9 27
    # 32 −5 33", "14 Veria 30 5 12 13 19 33 −14 27", "15 Panthrakikos (R) 30 3 8 19 18 58 −40 17", "16
    # AEL Kalloni (R) 30 3 7 20 19 53 −34 16"; "Rules for classification: 1) Points; 2) Head-to-head
    # points". Panathinaikos: "Με 55 βαθμούς ολοκλήρωσε το πρωτάθλημα" (novasports.gr, 26 April 2016).
    # Before: Panathinaikos 58, AEK 57, PAOK 48, Atromitos 7th on 42, Iraklis 11th above Panetolikos.
    assert final_rows(full, "gr.1", "2015-16") == [
        (1, "Olympiakos Piraeus", 30, 28, 1, 1, 81, 16, 85),
        (2, "Panathinaikos", 30, 18, 4, 8, 52, 26, 55),
        (3, "AEK Athens", 30, 17, 6, 7, 43, 21, 54),
        (4, "PAOK", 30, 13, 9, 8, 45, 32, 45),
        (5, "Panionios GSS", 30, 12, 8, 10, 33, 27, 44),
        (6, "PAS Giannina", 30, 12, 6, 12, 36, 40, 42),
        (7, "Asteras Tripolis", 30, 11, 8, 11, 31, 30, 41),
        (8, "Atromitos", 30, 12, 6, 12, 26, 31, 39),
        (9, "Platanias Chanion", 30, 10, 9, 11, 32, 30, 39),
        (10, "Levadiakos", 30, 9, 10, 11, 27, 36, 37),
        (11, "Panetolikos", 30, 9, 8, 13, 30, 46, 35),
        (12, "AEP Iraklis FC", 30, 8, 11, 11, 24, 32, 35),
        (13, "Xanthi FC", 30, 6, 15, 9, 27, 32, 33),
        (14, "Veria FC", 30, 5, 12, 13, 19, 33, 27),
        (15, "Panthrakikos", 30, 3, 8, 19, 18, 58, 17),
        (16, "AEL Kalloni", 30, 3, 7, 20, 19, 53, 16),
    ]


def test_super_league_2014_15_panathinaikos_three_points_off(full: Store) -> None:
    # The league's table (slgr.gr/el/scoreboard/13/), note 3: "Από την Π.Α.Ε. ΠΑΝΑΘΗΝΑΪΚΟΣ Α.Ο.
    # αφαιρέθηκαν τρείς (3) βαθμοί"; Olympiakos champions "zwölf Punkte vor Panathinaikos und dreizehn vor
    # PAOK" (fr.wikipedia "Championnat de Grèce de football 2014-2015", as de.frwiki.wiki gives it): 78,
    # 66, 65. Before: Panathinaikos 69.
    rows = final_rows(full, "gr.1", "2014-15")
    assert [(p, c, pts) for p, c, *_, pts in rows[:3]] == [
        (1, "Olympiakos Piraeus", 78),
        (2, "Panathinaikos", 66),
        (3, "PAOK", 65),
    ]
