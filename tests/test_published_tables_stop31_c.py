"""Final league tables against published ones, on the whole corpus (``full``), for Sweden's Allsvenskan and
Norway's top flight: the goal quotient of the early Allsvenskan (1937-38 failed before se.1.toml gained
its era), goal difference later in both countries, and the Swedish champions of the play-off era who did
not top the league. Each test cites its source."""

from __future__ import annotations

from tests.published import final_rows
from touchline.api.tables import competition_table, season_matches
from touchline.compute.titles import champion
from touchline.reference.rules import rules_for
from touchline.store import Store


def test_allsvenskan_1937_38_goal_quotient_puts_helsingborg_above_landskrona(full: Store) -> None:
    # de.wikipedia "Fotbollsallsvenskan 1937/38" (Pl. Verein Sp. S U N Tore Quote Punkte): "1. IK Sleipner
    # 22 12 6 4 046:28 1,64 30:14", "2. Helsingborgs IF (N) 22 12 2 8 036:27 1,33 26:18", "3. Landskrona
    # BoIS 22 10 6 6 040:31 1,29 26:18", "4. IF Elfsborg 22 12 2 8 044:37 1,19 26:18", "5. Gårda BK 22 8 9
    # 5 029:28 1,04 25:19". Before (goal difference, then goals): Landskrona 2nd, Helsingborg 3rd.
    assert final_rows(full, "se.1", "1937-38")[:5] == [
        (1, "IK Sleipner", 22, 12, 6, 4, 46, 28, 30),
        (2, "Helsingborgs IF", 22, 12, 2, 8, 36, 27, 26),
        (3, "Landskrona BoIS", 22, 10, 6, 6, 40, 31, 26),
        (4, "IF Elfsborg", 22, 12, 2, 8, 44, 37, 26),
        (5, "Gårda BK", 22, 8, 9, 5, 29, 28, 25),
    ]


def test_allsvenskan_goal_difference_by_1957_58(full: Store) -> None:
    # it.wikipedia "Allsvenskan 1959": "1 | Djurgården | 22 | 11 | 10 | 1 | 46 | 20 | 32", "2 | IFK
    # Norrköping | 22 | 14 | 3 | 5 | 58 | 30 | 31", "3 | IFK Göteborg | 22 | 14 | 3 | 5 | 56 | 28 | 31"
    # (the same in sv.wikipedia "Fotbollsallsvenskan 1959"): level on +28, Norrköping ahead on goals,
    # though Göteborg's quotient (2.00) beat Norrköping's (1.93). en.wikipedia "1957–58 Allsvenskan": "7
    # IFK Malmö 33 11 6 16 39 59 −20 28", "8 Halmstads BK 33 11 6 16 47 68 −21 28" (quotients 0.66, 0.69).
    assert final_rows(full, "se.1", "1959")[:3] == [
        (1, "Djurgårdens IF", 22, 11, 10, 1, 46, 20, 32),
        (2, "IFK Norrköping", 22, 14, 3, 5, 58, 30, 31),
        (3, "IFK Göteborg", 22, 14, 3, 5, 56, 28, 31),
    ]
    assert final_rows(full, "se.1", "1957-58")[6:8] == [
        (7, "IFK Malmö", 33, 11, 6, 16, 39, 59, 28),
        (8, "Halmstads BK", 33, 11, 6, 16, 47, 68, 28),
    ]


def test_allsvenskan_play_off_champions_who_did_not_top_the_league(full: Store) -> None:
    # en.wikipedia "Allsvenskan play-offs": "a Swedish football cup held to decide the Swedish football
    # champions between 1982 and 1990", winners IFK Göteborg 1983 and 1987, Örgryte IS 1985, IFK
    # Norrköping 1989; en.wikipedia "1985 Allsvenskan": "Malmö FF winning the league and Örgryte IS
    # winning the Swedish championship after the play-offs", "1 Malmö FF (AC) 22 11 8 3 29 14 +15 30",
    # "3 Örgryte IS (SC) 22 9 8 5 36 21 +15 26".
    winners = {"1983": "IFK Göteborg", "1985": "Örgryte IS", "1987": "IFK Göteborg", "1989": "IFK Norrköping"}
    for season, club in winners.items():
        assert champion(season_matches(full, "se.1", season), rules_for("se.1", season)) == club
    rows = {r[1]: r[2:] for r in final_rows(full, "se.1", "1985")}
    assert rows["Malmö FF"] == (22, 11, 8, 3, 29, 14, 30)
    assert rows["Örgryte IS"] == (22, 9, 8, 5, 36, 21, 26)


def test_norway_ties_on_points_go_to_goal_difference_then_goals(full: Store) -> None:
    # ru.wikipedia "Чемпионат Норвегии по футболу 1975": "2 | Бранн | 22 | 10 | 7 | 5 | 36 − 27 | +9 |
    # 27", "3 | Старт | 22 | 11 | 5 | 6 | 29 − 20 | +9 | 27", "4 | Русенборг | 22 | 11 | 5 | 6 | 36 − 28 |
    # +8 | 27" (the same in en.wikipedia "1975 Norwegian First Division"): Brann over Start on goals,
    # though Start's quotient (1.45) beat Brann's (1.33).
    assert final_rows(full, "no.1", "1975")[1:4] == [
        (2, "SK Brann", 22, 10, 7, 5, 36, 27, 27),
        (3, "IK Start", 22, 11, 5, 6, 29, 20, 27),
        (4, "Rosenborg BK", 22, 11, 5, 6, 36, 28, 27),
    ]
    # en.wikipedia "1956–57 Norwegian Main League", its Group A (touchline's B): "2 Larvik Turn 14 7 3 4
    # 25 16 +9 17", "3 Sandefjord BK 14 8 1 5 23 14 +9 17" (quotients 1.56, 1.64).
    table = competition_table(full, "no.1", "1956-57")
    rows = [(r.position, r.club, r.won, r.drawn, r.lost, r.gf, r.ga, r.points) for r in table.rows]
    assert (2, "Larvik Turn og IF", 7, 3, 4, 25, 16, 17) in rows
    assert (3, "Sandefjord BK", 8, 1, 5, 23, 14, 17) in rows
