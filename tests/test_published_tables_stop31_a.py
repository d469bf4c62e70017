"""Final Serie B tables against published ones, on the whole corpus (``full``): the "classifica avulsa"
(the mini-table of the clubs level on points) that touchline did not apply to Serie B, and points
deductions it did not have (2016-17 to 2023-24). Each test cites its source; each failed before
touchline/data/rules/it.2.toml was changed."""

from __future__ import annotations

from tests.published import final_rows
from touchline.store import Store


def _points(full: Store, code: str, season: str) -> list[tuple[int, str, int]]:
    """(position, club, points) of the final table."""
    return [(p, c, pts) for p, c, *_, pts in final_rows(full, code, season)]


def test_serie_b_2002_03_siena_champions_over_sampdoria_on_the_mini_table(full: Store) -> None:
    # en.wikipedia "2002–03 Serie B": "Promoted | Siena (1st title)", "1 | Siena (P, C) | 38 | 17 | 16 | 5
    # | 46 | 26 | +20 | 67", "2 | Sampdoria (P) | 38 | 17 | 16 | 5 | 53 | 31 | +22 | 67". Before:
    # Sampdoria first on goal difference.
    assert final_rows(full, "it.2", "2002-03")[:2] == [
        (1, "AC Siena", 38, 17, 16, 5, 46, 26, 67),
        (2, "Sampdoria", 38, 17, 16, 5, 53, 31, 67),
    ]


def test_serie_b_2021_22_pisa_third_over_monza_and_reggina_two_points_off(full: Store) -> None:
    # calcioparlando.com: "classifica finale del campionato di Serie B: Lecce 71 punti, Cremonese 69, Pisa
    # 67, Monza 67, Brescia 66, ... Parma 49, Como 47, Reggina 46, Spal 42"; gazzetta.it, 24 May 2022:
    # "Stessi punti ma una posizione di vantaggio in classifica per il Pisa"; Reggina's two points:
    # gazzetta.it, 19 April 2022. Before: Monza third on goal difference, Reggina 13th on 48.
    rows = _points(full, "it.2", "2021-22")
    assert rows[:5] == [
        (1, "US Lecce", 71),
        (2, "US Cremonese", 69),
        (3, "Pisa SC", 67),
        (4, "AC Monza", 67),
        (5, "Brescia Calcio", 66),
    ]
    assert rows[11:15] == [
        (12, "Parma Calcio 1913", 49),
        (13, "Como 1907", 47),
        (14, "Reggina 1914", 46),
        (15, "SPAL 2013 Ferrara", 42),
    ]


def test_serie_b_2019_20_pisa_out_of_the_play_offs_and_trapani_relegated(full: Store) -> None:
    # tuttomercatoweb.com, July 2020: "il Pisa che resta fuori di un soffio a causa della peggiore
    # classifica avulsa rispetto ad azzurri e gialloazzurri (Empoli 9, Frosinone 5, Pisa 2)"; "Retrocesse
    # in Serie C: Trapani, Juve Stabia, Livorno". perugiatoday.it, 31 July 2020: "Ascoli 46, Cosenza 46,
    # Perugia 45, Pescara 45, Trapani* (-2) 44, Juve Stabia 41, Livorno 21". Before: Pisa 7th, Empoli 9th,
    # Trapani 16th on 46. (Pescara above Perugia here: the play-out between them, which the data holds.)
    rows = final_rows(full, "it.2", "2019-20")
    assert [(p, c, pts) for p, c, *_, pts in rows[6:9]] == [
        (7, "Empoli FC", 54),
        (8, "Frosinone Calcio", 54),
        (9, "AC Pisa", 54),
    ]
    assert [(p, c, pts) for p, c, *_, pts in rows[17:]] == [
        (18, "Trapani Calcio", 44),
        (19, "SS Juve Stabia", 41),
        (20, "AS Livorno", 21),
    ]


def test_serie_b_2018_19_palermo_twenty_points_off_and_foggia_relegated(full: Store) -> None:
    # rainews.it (ANSA), the Corte d'appello federale's ruling of May 2019: "Brescia 67 36 18 13 5 69 42",
    # "Benevento 60 36 17 9 10 61 45", "Palermo** 43 36 16 15 5 57 38", "Foggia* 37 36 10 13 13 44 49",
    # "* Foggia 6 punti di penalizzazione ** Palermo 20 punti di penalizzazione", "Foggia, Padova e Carpi
    # retrocesse in serie C". Before: Palermo 3rd on 63, Foggia 13th on 43.
    rows = final_rows(full, "it.2", "2018-19")
    assert rows[0] == (1, "Brescia Calcio", 36, 18, 13, 5, 69, 42, 67)
    assert rows[2] == (3, "Benevento Calcio", 36, 17, 9, 10, 61, 45, 60)
    assert ("US Palermo", 36, 16, 15, 5, 57, 38, 43) in [r[1:] for r in rows]
    assert rows[16:] == [
        (17, "Foggia Calcio", 36, 10, 13, 13, 44, 49, 37),
        (18, "Calcio Padova", 36, 5, 16, 15, 36, 49, 31),
        (19, "Carpi FC", 36, 7, 8, 21, 39, 67, 29),
    ]


def test_serie_b_2022_23_genoa_parma_and_reggina_docked(full: Store) -> None:
    # mediapolitika.com, 19 May 2023: "CLASSIFICA: Frosinone 80; Genoa (-1) 73; Bari 65; Parma (-1) e
    # Cagliari 60; Sudtirol 58; Reggina (-5) 50; Venezia e Palermo 49". Before: Genoa 74, Parma 61,
    # Reggina 55.
    assert _points(full, "it.2", "2022-23")[:7] == [
        (1, "Frosinone Calcio", 80),
        (2, "Genoa CFC", 73),
        (3, "SSC Bari", 65),
        (4, "Parma Calcio 1913", 60),
        (5, "Cagliari Calcio", 60),
        (6, "FC Südtirol", 58),
        (7, "Reggina 1914", 50),
    ]


def test_serie_b_2023_24_sampdoria_two_points_off_below_palermo(full: Store) -> None:
    # sportface.it: Sampdoria "inizierà il prossimo campionato di Serie B con un -2 in classifica";
    # it.wikipedia "Serie B 2023-2024" (table of 1 May 2024): "6. Palermo 52", "7. Sampdoria (-2) 49",
    # "La Sampdoria ha scontato 2 punti di penalizzazione". Before: Sampdoria 6th on 57.
    assert _points(full, "it.2", "2023-24")[5:7] == [(6, "Palermo FC", 56), (7, "Sampdoria", 55)]


def test_serie_b_2016_17_four_clubs_docked(full: Store) -> None:
    # sanniosport.it, after the Corte Federale d'Appello cut Avellino's deduction "da tre a due": "Spal
    # 78, Verona 74, Frosinone 74, Perugia 65, Benevento 65, ... Brescia 50, Avellino 50, ... Vicenza 41,
    # Pisa 35, Latina 32"; Benevento's point: datasport.it. Before: Benevento 4th on 66, Avellino 52,
    # Latina and Pisa 39.
    rows = _points(full, "it.2", "2016-17")
    assert rows[3:5] == [(4, "AC Perugia Calcio", 65), (5, "Benevento Calcio", 65)]
    assert ("US Avellino", 50) in [(c, pts) for _, c, pts in rows]
    assert rows[19:] == [(20, "Vicenza Calcio", 41), (21, "AC Pisa", 35), (22, "Latina Calcio", 32)]
