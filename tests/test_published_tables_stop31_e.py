"""Final tables of the Segunda División (es.2) against published ones, on the whole corpus (``full``):
Elche's two points off in 1949-50 (failed before es.2.toml had the deduction), and the ties of the
two-point group seasons, which the published tables settle on the clubs' meetings although the
es.wikipedia articles say goal average (already right, checked beside it). The groups are one table in
the data, the southern group ("A" here) first. Each test cites its source."""

from __future__ import annotations

from tests.published import final_rows
from touchline.store import Store


def test_segunda_1949_50_elche_two_points_off_below_levante(full: Store) -> None:
    # zh.wikipedia "1949年至1950年西班牙足球乙级联赛" (wikim.kfd.me copy), group 2 (rank | club | games |
    # points | W | D | L | for | against): "13 | 萊萬特 | 30 | 25 | 8 | 9 | 13 | 46 | 77 | -31", "14 | 埃爾切
    # [nb 1] | 30 | 23 | 11 | 3 | 16 | 46 | 67 | -21", "15 | ..." (the footnote's text not found). Before:
    # Elche 13th on 25 above Levante on their meetings.
    rows = final_rows(full, "es.2", "1949-50")
    assert rows[12:14] == [
        (13, "Levante UD", 30, 8, 9, 13, 46, 77, 25),
        (14, "Elche CF", 30, 11, 3, 16, 46, 67, 23),
    ]
    # the northern group, unchanged: eswiki.academic.ru "Segunda División de España 1949/50", Grupo I:
    # "1 Real Santander 30 24 0 6 99 47 +52 48", "2 UD Lérida 30 20 1 9 76 46 +30 41", "7 CA Osasuna 30 13
    # 2 15 71 77 -6 28", "8 UD Orensana 30 11 6 13 44 49 -5 28" (Osasuna above on their meetings, on the
    # worse goal difference), "11 SG Lucense 30 12 1 17 54 65 -11 25", "12 Club Ferrol 30 11 3 16 63 81
    # -18 25"
    north = rows[16:]
    assert [north[i] for i in (0, 1, 6, 7, 10, 11)] == [
        (1, "Racing Santander", 30, 24, 0, 6, 99, 47, 48),
        (2, "UE Lleida", 30, 20, 1, 9, 76, 46, 41),
        (7, "CA Osasuna", 30, 13, 2, 15, 71, 77, 28),
        (8, "UD Orensana", 30, 11, 6, 13, 44, 49, 28),
        (11, "SG Lucense", 30, 12, 1, 17, 54, 65, 25),
        (12, "Racing Ferrol", 30, 11, 3, 16, 63, 81, 25),
    ]


def test_segunda_1955_56_ties_on_the_meetings_not_goal_average(full: Store) -> None:
    # it.wikipedia "Segunda División 1955-1956 (Spagna)" (Pt G V N P GF GS): Gruppo I "6. Racing Ferrol
    # 32 30 11 10 9 44 47", "7. Sporting Gijón 32 30 14 4 12 51 46", "9. Terrassa 28 30 10 8 12 46 59",
    # "10. Barakaldo 28 30 10 8 12 45 54", "11. Racing Santander 28 30 12 4 14 47 47"; Gruppo II "10.
    # Badajoz 27 30 11 5 14 38 49", "11. Malaga 27 30 10 7 13 50 44", "15. Plus Ultra 21 30 7 7 16 47 76",
    # "16. Castellón 21 30 7 7 16 46 56": each time the club above has the worse goal average.
    rows = final_rows(full, "es.2", "1955-56")
    south, north = rows[:16], rows[16:]
    assert [south[i] for i in (9, 10, 14, 15)] == [
        (10, "CD Badajoz", 30, 11, 5, 14, 38, 49, 27),
        (11, "CD Málaga", 30, 10, 7, 13, 50, 44, 27),
        (15, "AD Plus Ultra", 30, 7, 7, 16, 47, 76, 21),
        (16, "CD Castellón", 30, 7, 7, 16, 46, 56, 21),
    ]
    assert [north[i] for i in (5, 6, 8, 9, 10)] == [
        (6, "Racing Ferrol", 30, 11, 10, 9, 44, 47, 32),
        (7, "Sporting Gijón", 30, 14, 4, 12, 51, 46, 32),
        (9, "Terrassa FC", 30, 10, 8, 12, 46, 59, 28),
        (10, "Barakaldo CF", 30, 10, 8, 12, 45, 54, 28),
        (11, "Racing Santander", 30, 12, 4, 14, 47, 47, 28),
    ]


def test_segunda_1952_53_southern_group_ties_on_the_meetings(full: Store) -> None:
    # it.wikipedia "Segunda División 1952-1953 (Spagna)", Gruppo II (Pt G V N P GF GS): "5. Melilla 33 30
    # 14 5 11 55 53", "6. Valencia Mestalla 33 30 13 7 10 56 45", "7. Alcoyano 30 30 14 2 14 70 64", "8.
    # Maiorca 30 30 11 8 11 47 59", "9. Granada 30 30 13 4 13 52 55", "10. Linense 29 30 13 3 14 53 61",
    # "11. Real Murcia 29 30 11 7 12 53 43", "12. Orihuela Deportiva CF 26 30 12 2 16 51 75", "13. Córdoba
    # 26 30 9 8 13 55 62". Goal average would have put Mestalla, Granada, Murcia and Córdoba higher.
    assert final_rows(full, "es.2", "1952-53")[4:13] == [
        (5, "UD Melilla", 30, 14, 5, 11, 55, 53, 33),
        (6, "CD Mestalla", 30, 13, 7, 10, 56, 45, 33),
        (7, "CD Alcoyano", 30, 14, 2, 14, 70, 64, 30),
        (8, "RCD Mallorca", 30, 11, 8, 11, 47, 59, 30),
        (9, "Granada CF", 30, 13, 4, 13, 52, 55, 30),
        (10, "RB Linense", 30, 13, 3, 14, 53, 61, 29),
        (11, "Real Murcia", 30, 11, 7, 12, 53, 43, 29),
        (12, "Orihuela Deportiva CF", 30, 12, 2, 16, 51, 75, 26),
        (13, "RCD Córdoba", 30, 9, 8, 13, 55, 62, 26),
    ]


def test_segunda_1950_51_san_andres_fourth_over_huesca(full: Store) -> None:
    # de.wikipedia "Segunda División 1950/51", Gruppe Nord: "1. | Real Gijón | 32 | 23 | 2 | 7 | 100:32 |
    # 3,13 | 48:16", "2. | Saragossa FC | 32 | 18 | 6 | 8 | 72:43 | 1,67 | 42:22", "3. | CE Sabadell | 32 |
    # 16 | 6 | 10 | 84:63 | 1,33 | 38:26", "4. | CD San Andrés (N) | 32 | 15 | 5 | 12 | 70:76 | 0,92 | 35".
    # The goals differ here (San Andrés 70:73, Sabadell 72:59: data differences, reported), so only the
    # records and points are compared; Huesca, 5th on 35 here with 65:53, had the better quotient.
    north = final_rows(full, "es.2", "1950-51")[15:]
    assert [(p, c, g, w, d, lost, pts) for p, c, g, w, d, lost, _, _, pts in north[:5]] == [
        (1, "Sporting Gijón", 32, 23, 2, 7, 48),
        (2, "Real Zaragoza", 32, 18, 6, 8, 42),
        (3, "CE Sabadell", 32, 16, 6, 10, 38),
        (4, "UE Sant Andreu", 32, 15, 5, 12, 35),
        (5, "UD Huesca", 32, 15, 5, 12, 35),
    ]


def test_segunda_1935_36_celta_above_zaragoza_on_their_meetings(full: Store) -> None:
    # es-academic.com "Segunda División de España 1935/36", Grupo 1: "1 Celta de Vigo 14 8 2 4 43 24 +19
    # 18 2 Zaragoza 14 7 4 3 31 12 +19 18 3 Sporting de Gijón 14 6 4 4 32 26 +6 16"; "El campeón de
    # Segunda esa temporada fue el Celta de Vigo". Zaragoza had the better goal average (2.58 to 1.79).
    # Zaragoza's goals are 30:11 here (a data difference, reported): records and points only.
    celta_group = final_rows(full, "es.2", "1935-36")[16:]
    assert [(p, c, g, w, d, lost, pts) for p, c, g, w, d, lost, _, _, pts in celta_group[:3]] == [
        (1, "RC Celta", 14, 8, 2, 4, 18),
        (2, "Real Zaragoza", 14, 7, 4, 3, 18),
        (3, "Sporting Gijón", 14, 6, 4, 4, 16),
    ]
