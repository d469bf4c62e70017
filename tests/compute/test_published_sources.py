"""Tables against tables published elsewhere, row by row where a published table could be read.

Sources (read through the project's look-up tools; cited per test):
- German Wikipedia, "Dänische Superliga 2021/22", section Vorrunde, Tabelle (regular season, 22 rounds).
- championat.net, "Итоговая турнирная таблица Бундеслиги сезона-2023/2024" (18 May 2024): final points.
"""

from __future__ import annotations

from touchline.compute.tables import league_table
from touchline.reference.rules import rules_for
from touchline.store import Store
from touchline.store.read import season_matches


def rows(store: Store, competition: str, season: str) -> list[tuple[object, ...]]:
    found = season_matches(store, competition, season)
    table = league_table(found, rules_for(competition, season))
    return [(r.position, r.club, r.played, r.won, r.drawn, r.lost, r.gf, r.ga, r.points) for r in table.rows]


def test_superliga_2021_22_regular_season_as_published(focused: Store) -> None:
    # de.wikipedia.org "Dänische Superliga 2021/22", Vorrunde: Pl., Verein, Sp., S, U, N, Tore, Punkte.
    published = [
        (1, "FC København", 22, 14, 6, 2, 43, 13, 48),
        (2, "FC Midtjylland", 22, 13, 3, 6, 37, 22, 42),
        (3, "Brøndby IF", 22, 11, 7, 4, 30, 24, 40),
        (4, "Aalborg BK", 22, 11, 5, 6, 36, 26, 38),
        (5, "Randers FC", 22, 9, 6, 7, 26, 25, 33),
        # published as 24:21 (+3); worldfootball and football-data (DNK.csv and footballcsv) all add up
        # Silkeborg's 22 games to 34:21, among them a 6-0 win at SønderjyskE on 31 October 2021 that the
        # English article's infobox also names. The published goals (24, +3) are a slip there: we keep 34.
        (6, "Silkeborg IF", 22, 7, 10, 5, 34, 21, 31),
        (7, "Viborg FF", 22, 6, 9, 7, 31, 33, 27),
        (8, "Aarhus GF", 22, 6, 8, 8, 24, 29, 26),
        (9, "Odense BK", 22, 4, 9, 9, 31, 35, 21),
        (10, "FC Nordsjælland", 22, 5, 6, 11, 24, 37, 21),
        (11, "Vejle BK", 22, 4, 4, 14, 21, 48, 16),
    ]
    computed = rows(focused, "dk.1", "2021-22")
    assert computed[:11] == published
    # the last row was cut off in the published text read here; its record follows from the others
    assert computed[11][:6] == (12, "SønderjyskE", 22, 2, 7, 13) and computed[11][8] == 13


def test_bundesliga_2023_24_final_points_as_published(focused: Store) -> None:
    # championat.net, 18 May 2024: Leverkusen 90, Stuttgart 73, Bayern 72, Leipzig 65, Dortmund 63,
    # Eintracht 47 (6th), Hoffenheim 46 (7th); Bochum 16th with 33, Köln 17th with 27, Darmstadt last with 17.
    points = {r[0]: (r[1], r[8]) for r in rows(focused, "de.1", "2023-24")}
    assert [points[n] for n in (1, 2, 3, 4, 5, 6, 7, 16, 17, 18)] == [
        ("Bayer Leverkusen", 90),
        ("VfB Stuttgart", 73),
        ("Bayern München", 72),
        ("RB Leipzig", 65),
        ("Borussia Dortmund", 63),
        ("Eintracht Frankfurt", 47),
        ("1899 Hoffenheim", 46),
        ("VfL Bochum", 33),
        ("1. FC Köln", 27),
        ("SV Darmstadt 98", 17),
    ]
