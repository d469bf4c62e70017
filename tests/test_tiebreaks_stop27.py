"""La Liga's and Segunda's ties on points against published final tables, on the whole corpus (``full``).

Three or more clubs level go to the mini-table of the matches among all of them, and the clubs it leaves
level to the matches among them alone (``h2h_*``, recomputed), not to the whole group's mini-table kept
for them (Serie A's ``group_h2h_*``): every La Liga season of three or more below, and Segunda 1980-81,
order differently under the latter. Segunda
(es.2) takes La Liga's rule (it had the country's default, goal difference, and three wrong champions).
Each table cites its source.
"""

from __future__ import annotations

import pytest

from touchline.api.tables import competition_table
from touchline.store import Store


def _rows(full: Store, code: str, season: str) -> dict[str, tuple[int, int]]:
    """club: (position, points) of a season's final standings."""
    return {row.club: (row.position, row.points) for row in competition_table(full, code, season).rows}


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        # 1954-55: four on 27; "9. Real Valladolid ... 27:33", "10. Deportivo Alavés (N) ... 27:33",
        # "11. Celta Vigo ... 27:33" (de.wikipedia "Primera División 1954/55"), "12. UD Las Palmas (27)"
        # (lt.wikipedia, 1954-1955 season). The mini-table: Valladolid 9 points, the other three 5 each;
        # among those three alone Alavés 5, Celta 4, Las Palmas 3, though Celta had the better goal
        # difference in the four clubs' matches (+1 to -1)
        (
            "1954-55",
            {"Real Valladolid": (9, 27), "CD Alavés": (10, 27), "RC Celta": (11, 27), "UD Las Palmas": (12, 27)},
        ),
        # 1963-64: "7 | Atlético Madrid | 30 | 10 | 9 | 11 | 37 | 34 | +3 | 29", "8 | Atlético Bilbao | 30 |
        # 12 | 5 | 13 | 43 | 40 | +3 | 29", "9 | Sevilla | ... | 29" (en.wikipedia "1963–64 La Liga"): the
        # two Atléticos level on the three clubs' mini-table (5 points, +2), Atlético Madrid above on their
        # meetings (0-0, 2-0) though Bilbao scored more goals (43 to 37)
        ("1963-64", {"Atlético Madrid": (7, 29), "Athletic Bilbao": (8, 29), "Sevilla FC": (9, 29)}),
        # 1969-70: "3 | Sevilla | ... | 35", "4 | Barcelona | ... | 35", "5 | Valencia | 30 | 15 | 5 | 10 | 35
        # | 23 | +12 | 35", "6 | Real Madrid | 30 | 13 | 9 | 8 | 50 | 42 | +8 | 35" (en.wikipedia
        # "1969–70 La Liga"; bs.wikipedia the same): Valencia and Real Madrid on 3 points in the four
        # clubs' mini-table, Madrid with its better goal difference (-3 to -4); their meetings (1-0, 1-2)
        # level, Valencia above on the overall goal difference
        (
            "1969-70",
            {"Sevilla FC": (3, 35), "FC Barcelona": (4, 35), "Valencia CF": (5, 35), "Real Madrid": (6, 35)},
        ),
        # 1981-82: "8 | Atlético Madrid | ... | 34", "9 | Valladolid | ... | 34", "10 | Osasuna | 34 | 14 |
        # 6 | 14 | 45 | 45 | 0 | 34", "11 | Zaragoza | 34 | 13 | 8 | 13 | 45 | 56 | −11 | 34"
        # (en.wikipedia "1981–82 La Liga"; eurocupshistory.com the same): Osasuna and Zaragoza on 4 points
        # in the mini-table, Zaragoza's goal difference in it better (-2 to -3); Osasuna above on their
        # meetings (1-1, 1-0)
        (
            "1981-82",
            {"Atlético Madrid": (8, 34), "Real Valladolid": (9, 34), "CA Osasuna": (10, 34), "Real Zaragoza": (11, 34)},
        ),
        # 1995-96: "12 FC Sevilla 42 11 15 16 43 55 -12 48", "13 Real Saragossa ... 48", "14 Real Oviedo 42
        # 12 12 18 48 67 -19 48", "15 Athletic Bilbao 42 11 15 16 44 55 -11 48" (de.wikipedia "Primera
        # División 1995/96"): Oviedo and Athletic level in the mini-table (6 points, -1), Oviedo above
        # on their meetings (0-0, 1-0) though Athletic's goal difference was 8 better
        (
            "1995-96",
            {"Sevilla FC": (12, 48), "Real Zaragoza": (13, 48), "Real Oviedo": (14, 48), "Athletic Bilbao": (15, 48)},
        ),
    ],
)
def test_la_liga_three_or_more_clubs_level_go_to_their_mini_table_recomputed(
    full: Store, season: str, expected: dict[str, tuple[int, int]]
) -> None:
    rows = _rows(full, "es.1", season)
    assert {club: rows[club] for club in expected} == expected


def test_la_liga_two_clubs_level_go_to_their_meetings(full: Store) -> None:
    # 1970-71: Valencia champions over Barcelona, both on 43, on their meetings (1-1 and 2-0) though
    # Barcelona had the better goal difference, +28 to +22 (en.wikipedia "1970–71 La Liga", note 1)
    rows = _rows(full, "es.1", "1970-71")
    assert (rows["Valencia CF"], rows["FC Barcelona"]) == ((1, 43), (2, 43))


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        # 1948-49: "1. Real Sociedad (A) 26 17 1 8 080:410 1,95 35:17", "2. CD Málaga 26 15 5 6 073:330 2,21
        # 35:17", "3. FC Granada ... 35:17", "Platzierungskriterien: 1. Punkte – 2. Direkter Vergleich"
        # (de.wikipedia "Segunda División 1948/49"): champions on the three clubs' mini-table, though Málaga
        # had the better goal difference (+40 to +39); it was Málaga's on goal difference
        ("1948-49", {"Real Sociedad": (1, 35), "CD Málaga": (2, 35), "Granada CF": (3, 35)}),
        # 1978-79: "Primero AD Almería, Segundo CD Málaga, Tercero Real Betis" (es.wikipedia "Segunda
        # División de España 1978-79"): Almería and Málaga on 47, Málaga's goal difference better (+20 to
        # +18)
        ("1978-79", {"AD Almería": (1, 47), "CD Málaga": (2, 47)}),
        # 1980-81: five on 45, "1. CD Castellón ... +12 45:31", "2. FC Cádiz ... +18", "3. Racing Santander
        # ... +8", "4. FC Elche ... +11", "5. Rayo Vallecano (A) ... +14" (de.wikipedia "Segunda División
        # 1980/81"; en.wikipedia "1980–81 Segunda División" the same): Castellón first on the mini-table
        # (10 points), Cádiz and Racing level on it (9, +3, 11 goals) and Cádiz above on their meetings,
        # Elche and Rayo level on it (6, -4) and Elche above on theirs, though Rayo's overall goal
        # difference was better (the whole group's mini-table kept, Rayo would be 4th)
        (
            "1980-81",
            {
                "CD Castellón": (1, 45),
                "Cádiz CF": (2, 45),
                "Racing Santander": (3, 45),
                "Elche CF": (4, 45),
                "Rayo Vallecano": (5, 45),
            },
        ),
        # 2022-23: relegated in order "Ponferradina, Málaga, Ibiza, Lugo" (sv.wikipedia "Segunda División
        # 2022/2023"): Ponferradina and Málaga on 44, their meetings 0-1 and 2-0, Málaga's goal difference
        # better (-7 to -13)
        ("2022-23", {"SD Ponferradina": (19, 44), "Málaga CF": (20, 44), "UD Ibiza": (21, 34), "CD Lugo": (22, 31)}),
    ],
)
def test_segunda_ties_on_points_go_to_the_clubs_meetings(
    full: Store, season: str, expected: dict[str, tuple[int, int]]
) -> None:
    # each of these seasons ordered the clubs level on goal difference before es.2 had a rules file
    rows = _rows(full, "es.2", season)
    assert {club: rows[club] for club in expected} == expected
