"""A point more for a big win and one less for a big loss (Poland's Ekstraklasa of 1986-87 to 1989-90:
``margin_bonus``), in tables, head-to-head and title clinching, against the published tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from touchline.api.tables import competition_table
from touchline.compute.tiebreak import HeadToHead
from touchline.compute.titles import clinch_day
from touchline.compute.totals import accumulate, lines_for
from touchline.errors import DataError
from touchline.model import Match, Score
from touchline.reference.rules import DEFAULT, Points, _points, rules_for
from touchline.store import Store

BONUS = "Points include a bonus: a win by 3 goals or more gave its winner 1 point more and its loser 1 point less."


def _match(day: int, home: str, away: str, home_goals: int, away_goals: int) -> Match:
    return Match(dt.date(1988, 3, day), home, away, "xx.1", "1987-88", Score(home_goals, away_goals))


def test_pl1_eras_give_the_margin_bonus_from_1986_87_to_1989_90() -> None:
    # de.wikipedia "1. Liga (Polen) 1986/87" to "1989/90": "Die Mannschaft, die mit drei Toren Unterschied
    # oder höher gewann, bekam einen Extrapunkt, während dem unterlegenen Team ein Punkt abgezogen wurde."
    for season in ("1986-87", "1987-88", "1988-89", "1989-90"):
        assert rules_for("pl.1", season).points == Points(2, 1, 0, margin_bonus=3)
    # 1985-86 (mondefootball.fr, 27th round: Górnik 18-4-5, 40 points) and 1990-91 (Zagłębie Lubin
    # 18-8-4, 44 points) had none
    assert rules_for("pl.1", "1985-86").points == Points(2, 1, 0)
    assert rules_for("pl.1", "1990-91").points == Points(2, 1, 0)


def test_margin_bonus_parsing_and_bounds() -> None:
    points = _points({"win": 2, "draw": 1, "loss": 0, "margin_bonus": 3}, "test")
    assert (points.margin(2), points.margin(3), points.margin(7), points.most, points.least) == (0, 1, 1, 3, -1)
    plain = Points(2, 1, 0)
    assert (plain.margin(9), plain.most, plain.least) == (0, 2, 0)
    for bad in (0, -1, "3", True, 2.5):
        with pytest.raises(DataError, match="margin_bonus"):
            _points({"win": 2, "margin_bonus": bad}, "test")


def test_lines_count_the_bonus_home_and_away() -> None:
    played = [
        _match(1, "A", "B", 3, 0),  # A by three: 2 + 1, B 0 - 1
        _match(2, "B", "C", 1, 4),  # C by three away: 3, B -1
        _match(3, "C", "A", 2, 0),  # by two: C 2, A 0
        _match(4, "A", "C", 1, 1),  # a draw: 1 each
    ]
    rules = replace(DEFAULT, points=Points(2, 1, 0, margin_bonus=3))
    totals, _ = accumulate(played, rules.points.margin_bonus)
    clubs = ["A", "B", "C"]
    assert {c: line.points for c, line in lines_for(totals, rules, "all", clubs).items()} == {"A": 4, "B": -2, "C": 6}
    assert {c: line.points for c, line in lines_for(totals, rules, "home", clubs).items()} == {"A": 4, "B": -1, "C": 2}
    assert {c: line.points for c, line in lines_for(totals, rules, "away", clubs).items()} == {"A": 0, "B": -1, "C": 4}
    # without the margin counted (or without the rule) the same matches give plain two points a win
    plain, _ = accumulate(played)
    assert {c: line.points for c, line in lines_for(plain, rules, "all", clubs).items()} == {"A": 3, "B": 0, "C": 5}


def test_head_to_head_counts_the_bonus() -> None:
    played = [_match(1, "A", "B", 3, 0), _match(2, "B", "A", 1, 0)]
    bonus = HeadToHead(played, lambda: played, Points(2, 1, 0, margin_bonus=3))
    assert bonus.mini_league({"A", "B"}) == {"A": (3, 2, 3, 0), "B": (1, -2, 1, 0)}
    plain = HeadToHead(played, lambda: played, Points(2, 1, 0))
    assert plain.mini_league({"A", "B"})["A"][0] == plain.mini_league({"A", "B"})["B"][0] == 2


def test_clinch_day_allows_for_the_bonus_points_still_to_play_for() -> None:
    # after day 4, A has 6 points and one match left, B 1 point and one left, C 1 point and two left; at
    # two points a win C can reach 5 < 6: won on day 4. With the bonus C can reach 1 + 2 x 3 = 7 while A
    # could fall to 6 - 1 = 5; after day 5 C (2) can still reach 5, A's floor: not won before the last day
    played = [
        _match(1, "A", "B", 1, 0),
        _match(2, "A", "C", 1, 0),
        _match(3, "B", "C", 0, 0),
        _match(4, "A", "B", 1, 0),
        _match(5, "C", "B", 0, 0),
        _match(6, "C", "A", 0, 0),
    ]
    assert clinch_day(played, replace(DEFAULT, points=Points(2, 1, 0)), "A") == dt.date(1988, 3, 4)
    assert clinch_day(played, replace(DEFAULT, points=Points(2, 1, 0, margin_bonus=3)), "A") is None


def test_ekstraklasa_1987_88_and_1989_90_give_the_published_tables(full: Store) -> None:
    # de.wikipedia "1. Liga (Polen) 1987/88", Abschlusstabelle (Sp. S(3) U N(3) Tore Diff. Punkte):
    # "1.Górnik Zabrze (M)3019 (6)74 (0)65:30+3551", "2.GKS Katowice3014 (3)97 (0)40:23+1740", ...;
    # lt.wikipedia "Lenkijos futbolo varžybos 1987–1988 m." lists the same points for all sixteen.
    # Before, touchline gave Górnik 45 and Legia second on 38.
    table = competition_table(full, "pl.1", "1987-88")
    assert [(r.position, r.club, r.points) for r in table.rows] == [
        (1, "Górnik Zabrze", 51),
        (2, "GKS Katowice", 40),
        (3, "Legia Warszawa", 39),
        (4, "ŁKS Łódź", 39),
        (5, "Widzew Łódź", 31),
        (6, "Śląsk Wrocław", 29),
        (7, "Szombierki Bytom", 29),
        (8, "Jagiellonia Białystok", 29),
        (9, "Lech Poznań", 28),
        (10, "Pogoń Szczecin", 28),
        (11, "Zagłębie Lubin", 26),
        (12, "Lechia Gdańsk", 26),
        (13, "Olimpia Poznań", 24),
        (14, "Gornik Walbrzych", 24),
        (15, "Baltyk Gdynia", 21),
        (16, "Stal Stalowa Wola", 16),
    ]
    assert BONUS in table.notes
    # dewiki.de "1. Liga (Polen) 1989/90": "01.Lech Posen3013 0 (5)1205 0 (1)45:25+2042", "02.Zagłębie
    # Lubin (N)3014 0 (2)1006 0 (0)37:23+1440", "03.GKS Katowice3012 0 (2)1404 0 (0)31:17+1440", ...;
    # the French Wikipedia's table (de.frwiki.wiki "Championnat de Pologne de football 1989-1990") lists
    # the same sixteen. Before, touchline gave Lech 38, level with Zagłębie Lubin and GKS Katowice.
    table = competition_table(full, "pl.1", "1989-90")
    assert [(r.position, r.club, r.points) for r in table.rows] == [
        (1, "Lech Poznań", 42),
        (2, "Zagłębie Lubin", 40),
        (3, "GKS Katowice", 40),
        (4, "Zawisza Bydgoszcz", 37),
        (5, "Olimpia Poznań", 36),
        (6, "Górnik Zabrze", 36),
        (7, "Legia Warszawa", 35),
        (8, "ŁKS Łódź", 34),
        (9, "Wisła Kraków", 31),
        (10, "Śląsk Wrocław", 27),
        (11, "FKS Stal Mielec", 26),
        (12, "Ruch Chorzów", 25),
        (13, "Motor Lublin", 21),
        (14, "Zagłębie Sosnowiec", 20),
        (15, "Widzew Łódź", 17),
        (16, "Jagiellonia Białystok", 13),
    ]
    lech = table.row("Lech Poznań")
    assert (lech.won, lech.drawn, lech.lost, lech.gf, lech.ga) == (13, 12, 5, 45, 25)  # 26 + 12 + 5 - 1


def test_ekstraklasa_1988_89_and_1986_87_against_the_published_tables(full: Store) -> None:
    # en.wikipedia "1988–89 Ekstraklasa" (W 3W D 3L L ... Pts): "1 | Ruch Chorzów (C) | 30 | 13 | 6 | 8 | 0
    # | 3 | 48 | 18 | +30 | 52", GKS Katowice 47, Górnik Zabrze 45, Legia 43, Stal Mielec 33, Lech 33, "7 |
    # Śląsk Wrocław | 30 | 5 | 2 | 15 | 2 | 6 | 34 | 35 | −1 | 29", Widzew 29, Jagiellonia 29, ŁKS 26,
    # Olimpia 25, Wisła 23, "13 | Pogoń Szczecin (R) | 30 | 5 | 1 | 10 | 4 | 10 | 34 | 50 | −16 | 19",
    # Jastrzębie 19, Wałbrzych 15, Szombierki 13. The data has Pogoń 2-1 Śląsk on 10 June 1989 where
    # that table counts a draw with the same goals (Śląsk 7-15-8, Pogoń 6-10-14): Śląsk 28 and 9th here,
    # Pogoń 20 (as lt.wikipedia "Lenkijos futbolo varžybos 1988–1989 m." has them: "9. Slask Wroclaw
    # (28)", "13. Pogon Szczecin (20)"). Every other club has its published points and place.
    table = competition_table(full, "pl.1", "1988-89")
    assert [(r.position, r.club, r.points) for r in table.rows] == [
        (1, "Ruch Chorzów", 52),
        (2, "GKS Katowice", 47),
        (3, "Górnik Zabrze", 45),
        (4, "Legia Warszawa", 43),
        (5, "FKS Stal Mielec", 33),
        (6, "Lech Poznań", 33),
        (7, "Widzew Łódź", 29),
        (8, "Jagiellonia Białystok", 29),
        (9, "Śląsk Wrocław", 28),
        (10, "ŁKS Łódź", 26),
        (11, "Olimpia Poznań", 25),
        (12, "Wisła Kraków", 23),
        (13, "Pogoń Szczecin", 20),
        (14, "GKS Jastrzebie", 19),
        (15, "Gornik Walbrzych", 15),
        (16, "Szombierki Bytom", 13),
    ]
    # en.wikipedia "1986–87 Ekstraklasa": "1 | Górnik Zabrze (C) | 30 | 9 | 7 | 10 | 0 | 4 | 52 | 21 | +31
    # | 49", Pogoń 44, GKS Katowice 43, "4 | Śląsk Wrocław | 30 | 10 | 3 | 11 | 0 | 6 | 37 | 23 | +14 | 40",
    # Legia 38, Widzew 36, ..., "9 | ŁKS Łódź | 30 | ... | 27", Górnik Wałbrzych 25, Lechia 24, "16 | Motor
    # Lublin (R) | 30 | 6 | 0 | 9 | 8 | 7 | 20 | 50 | −30 | 13". Three matches among Lech, Zagłębie
    # Lubin, Olimpia, Polonia Bytom, Ruch and Stal Mielec were annulled (29 played each there); the data
    # holds all 240, so those six differ (Lech 30 to 29, Ruch 20 to 18, ...) and are left out here.
    table = competition_table(full, "pl.1", "1986-87")
    published = {
        "Górnik Zabrze": (1, 49),
        "Pogoń Szczecin": (2, 44),
        "GKS Katowice": (3, 43),
        "Śląsk Wrocław": (4, 40),
        "Legia Warszawa": (5, 38),
        "Widzew Łódź": (6, 36),
        "ŁKS Łódź": (9, 27),
        "Gornik Walbrzych": (10, 25),
        "Lechia Gdańsk": (11, 24),
        "Motor Lublin": (16, 13),
    }
    assert {r.club: (r.position, r.points) for r in table.rows if r.club in published} == published
