"""Final Süper Lig tables against published ones, on the whole corpus (``full``): the points taken off
İstanbulspor and Kayserispor in 2023-24, and goal average deciding ties on points to 1969-70 (the 1959
Red Group, 1964-65, 1969-70). Each test cites its source; each failed before tr.1.toml was changed."""

from __future__ import annotations

from tests.published import final_rows
from touchline.store import Store


def test_super_lig_2023_24_istanbulspor_and_kayserispor_three_points_off(full: Store) -> None:
    # tuttonapoli.net, May 2024, "La classifica": "Samsunspor 43", "Kayserispor 42 *", "Hatayspor 41",
    # "Konyaspor 41", "Ankaragucu 40", "Fatih Karamguruk 40", "Pendikspor 37", "Istanbulspor 16", "* 3
    # punti di penalizzazione"; anews.com.tr, 23 December 2023: "a 3-0 forfeit defeat along with a
    # deduction of 3 points". Before: Kayserispor 11th on 45, İstanbulspor 19.
    rows = final_rows(full, "tr.1", "2023-24")
    assert [(p, c, pts) for p, c, *_, pts in rows[12:]] == [
        (13, "Samsunspor", 43),
        (14, "Kayserispor", 42),
        (15, "Hatayspor", 41),
        (16, "Konyaspor", 41),
        (17, "MKE Ankaragücü", 40),
        (18, "Fatih Karagümrük", 40),
        (19, "Pendikspor", 37),
        (20, "İstanbulspor AŞ", 16),
    ]
    # İstanbulspor's 16: 4 wins and 7 draws ("4 galibiyeti", "7 beraberlik", anlatilaninotesi.com.tr, 20
    # April 2024, after 33 rounds; no win or draw after), 19 points less 3
    assert rows[19][3:5] == (4, 7)


def test_milli_lig_1959_red_group_galatasaray_first_on_goal_average(full: Store) -> None:
    # de.wikipedia "Millî Lig 1959", Gruppe Rot: "1. Galatasaray Istanbul 14 7 6 1 18:07 +11 20", "2. Vefa
    # Istanbul 14 7 6 1 21:10 +11 20"; Galatasaray then played the final ("Galatasaray won the Red Group",
    # en.wikipedia "1959 Turkish National League"). Before: Vefa first on goals scored.
    assert final_rows(full, "tr.1", "1959")[:2] == [
        (1, "Galatasaray", 14, 7, 6, 1, 18, 7, 20),
        (2, "Vefa Istanbul", 14, 7, 6, 1, 21, 10, 20),
    ]


def test_first_league_1964_65_ties_on_goal_ratio(full: Store) -> None:
    # en.wikipedia "1964–65 1.Lig" (findatwiki.com copy), "Rules for classification: 1. Points 2. Goal
    # ratio": "7 PTT 30 8 11 11 37 37 1.000 27", "8 Hacettepe 30 6 15 9 23 28 0.821 27", "9 Altay 30 7 13 10
    # 21 27 0.778 27", "10 Ankara Demirspor 30 7 13 10 34 47 0.723 27", "11 Feriköy 30 7 13 10 18 28 0.643
    # 27". Before: Feriköy 10th on goal difference.
    rows = final_rows(full, "tr.1", "1964-65")
    assert [(p, c, gf, ga, pts) for p, c, _, _, _, _, gf, ga, pts in rows[6:11]] == [
        (7, "Türk Telekom", 37, 37, 27),
        (8, "Hacettepe GK", 23, 28, 27),
        (9, "Altay Izmir", 21, 27, 27),
        (10, "Ankara Demirspor", 34, 47, 27),
        (11, "Feriköy", 18, 28, 27),
    ]


def test_first_league_1969_70_bursaspor_above_galatasaray(full: Store) -> None:
    # en.wikipedia "1969–70 1.Lig" (Misplaced Pages copy): "7 Bursaspor 30 10 10 10 26 20 +6 30", "8
    # Galatasaray 30 10 10 10 27 21 +6 30" (Bursaspor's ratio 1.30, Galatasaray's 1.29). Before:
    # Galatasaray 7th on goals scored.
    assert final_rows(full, "tr.1", "1969-70")[6:8] == [
        (7, "Bursaspor", 30, 10, 10, 10, 26, 20, 30),
        (8, "Galatasaray", 30, 10, 10, 10, 27, 21, 30),
    ]
