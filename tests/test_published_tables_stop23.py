"""Final league tables against published ones, on the whole corpus (``full``): point deductions in
England's second to fourth tiers, Serie A and Serie B, the Primeira Liga and the Scottish Premiership,
and the EFL's points-per-game ranking of 2019-20. Each table or row cites its source."""

from __future__ import annotations

import pytest

from tests.published import final_rows
from touchline.api.tables import competition_table
from touchline.store import Store

Row = tuple[int, str, int, int, int, int, int, int]  # position, club, P, W, D, L, GF, GA (points apart)


def test_premier_league_2009_10_is_the_published_table(full: Store) -> None:
    # en.wikipedia "2009–10 Premier League", league table: Portsmouth 19 points after 9 deducted
    assert final_rows(full, "eng.1", "2009-10") == [
        (1, "Chelsea FC", 38, 27, 5, 6, 103, 32, 86),
        (2, "Manchester United", 38, 27, 4, 7, 86, 28, 85),
        (3, "Arsenal FC", 38, 23, 6, 9, 83, 41, 75),
        (4, "Tottenham Hotspur", 38, 21, 7, 10, 67, 41, 70),
        (5, "Manchester City", 38, 18, 13, 7, 73, 45, 67),
        (6, "Aston Villa", 38, 17, 13, 8, 52, 39, 64),
        (7, "Liverpool FC", 38, 18, 9, 11, 61, 35, 63),
        (8, "Everton FC", 38, 16, 13, 9, 60, 49, 61),
        (9, "Birmingham City", 38, 13, 11, 14, 38, 47, 50),
        (10, "Blackburn Rovers", 38, 13, 11, 14, 41, 55, 50),
        (11, "Stoke City", 38, 11, 14, 13, 34, 48, 47),
        (12, "Fulham FC", 38, 12, 10, 16, 39, 46, 46),
        (13, "Sunderland AFC", 38, 11, 11, 16, 48, 56, 44),
        (14, "Bolton Wanderers", 38, 10, 9, 19, 42, 67, 39),
        (15, "Wolverhampton Wanderers", 38, 9, 11, 18, 32, 56, 38),
        (16, "Wigan Athletic", 38, 9, 9, 20, 37, 79, 36),
        (17, "West Ham United", 38, 8, 11, 19, 47, 66, 35),
        (18, "Burnley FC", 38, 8, 6, 24, 42, 82, 30),
        (19, "Hull City", 38, 6, 12, 20, 34, 75, 30),
        (20, "Portsmouth FC", 38, 7, 7, 24, 34, 66, 19),
    ]


@pytest.mark.parametrize(
    ("season", "bottom"),
    [
        # en.wikipedia "2006–07 Football League Championship": Southend 42, Luton 40, Leeds 36 (-10)
        ("2006-07", [("Southend United", 42), ("Luton Town", 40), ("Leeds United", 36)]),
        # "2009–10 Football League Championship": Crystal Palace 21st on 49 (-10), Sheffield Wednesday 47
        (
            "2009-10",
            [
                ("Crystal Palace", 49),
                ("Sheffield Wednesday", 47),
                ("Plymouth Argyle", 41),
                ("Peterborough United", 34),
            ],
        ),
        # "2011–12 Football League Championship": Portsmouth 22nd on 40 (-10) above Coventry 40, Doncaster 36
        ("2011-12", [("Portsmouth FC", 40), ("Coventry City", 40), ("Doncaster Rovers", 36)]),
        # "2019–20 EFL Championship": Charlton 48, Wigan 47 (-12), Hull 45
        ("2019-20", [("Charlton Athletic", 48), ("Wigan Athletic", 47), ("Hull City", 45)]),
        # "2020–21 EFL Championship": Wycombe 43, Rotherham 42, Sheffield Wednesday 41 (-6)
        ("2020-21", [("Wycombe Wanderers", 43), ("Rotherham United", 42), ("Sheffield Wednesday", 41)]),
        # "2021–22 EFL Championship": Reading 41 (-6), Peterborough 37, Derby 34 (-21), Barnsley 30
        (
            "2021-22",
            [("Reading FC", 41), ("Peterborough United", 37), ("Derby County", 34), ("Barnsley FC", 30)],
        ),
        # "2022–23 EFL Championship": Reading 44 (-6), Blackpool 44, Wigan 39 (-6: bbc.co.uk, 19 May 2023)
        ("2022-23", [("Reading FC", 44), ("Blackpool FC", 44), ("Wigan Athletic", 39)]),
    ],
)
def test_championship_deductions_give_the_published_foot_of_the_table(
    full: Store, season: str, bottom: list[tuple[str, int]]
) -> None:
    rows = competition_table(full, "eng.2", season).rows
    assert [(r.club, r.points) for r in rows[-len(bottom) :]] == bottom
    assert rows[-1].position == 24


def test_birmingham_2018_19_is_17th_on_52_after_nine_points(full: Store) -> None:
    # EFL, 22 March 2019 (itv.com): nine points off; en.wikipedia "2018–19 EFL Championship": 17th, 52
    row = competition_table(full, "eng.2", "2018-19").row("Birmingham City")
    assert (row.position, row.won, row.drawn, row.lost, row.points) == (17, 14, 19, 13, 52)


@pytest.mark.parametrize(
    ("season", "club", "position", "points"),
    [
        # en.wikipedia, League One season articles: each club's final place and points after deduction
        ("2004-05", "Wrexham AFC", 22, 43),
        ("2006-07", "Rotherham United", 23, 38),
        ("2009-10", "Southampton FC", 7, 73),
        ("2010-11", "Plymouth Argyle", 23, 42),
        ("2012-13", "Coventry City", 15, 55),
        ("2012-13", "Portsmouth FC", 24, 32),
        ("2013-14", "Coventry City", 18, 51),
        ("2007-08", "Leeds United", 5, 76),
    ],
)
def test_league_one_deductions(full: Store, season: str, club: str, position: int, points: int) -> None:
    row = competition_table(full, "eng.3", season).row(club)
    assert (row.position, row.points) == (position, points)


def test_league_one_2019_20_is_ranked_on_points_per_game(full: Store) -> None:
    # en.wikipedia "2019–20 EFL League One": the EFL's clubs voted on 9 June 2020 to end the season and
    # rank it on unweighted points per game; Coventry champions, Tranmere, Southend and Bolton (-12)
    # relegated; Bury expelled in August 2019
    table = competition_table(full, "eng.3", "2019-20")
    assert [r.club for r in table.rows] == [
        "Coventry City",
        "Rotherham United",
        "Wycombe Wanderers",
        "Oxford United",
        "Portsmouth FC",
        "Fleetwood Town",
        "Peterborough United",
        "Sunderland AFC",
        "Doncaster Rovers",
        "Gillingham FC",
        "Ipswich Town",
        "Burton Albion",
        "Blackpool FC",
        "Bristol Rovers",
        "Shrewsbury Town",
        "Lincoln City",
        "Accrington Stanley",
        "Rochdale AFC",
        "Milton Keynes Dons",
        "AFC Wimbledon",
        "Tranmere Rovers",
        "Southend United",
        "Bolton Wanderers",
    ]
    assert table.row("Bolton Wanderers").points == 14
    assert (table.row("Wycombe Wanderers").played, table.row("Wycombe Wanderers").points) == (34, 59)


def test_league_two_2019_20_top_and_boston_2006_07(full: Store) -> None:
    # en.wikipedia "2019–20 EFL League Two": on points per game, Swindon (69 from 36) champions over
    # Crewe (69 from 37), Plymouth, Cheltenham (64 from 36) above Exeter (65 from 37)
    top = competition_table(full, "eng.4", "2019-20").rows[:5]
    assert [(r.club, r.played, r.points) for r in top] == [
        ("Swindon Town", 36, 69),
        ("Crewe Alexandra", 37, 69),
        ("Plymouth Argyle", 37, 68),
        ("Cheltenham Town", 36, 64),
        ("Exeter City", 37, 65),
    ]
    # "2006–07 Football League Two": Boston United 23rd on 36 (-10), Torquay 24th on 35
    bottom = competition_table(full, "eng.4", "2006-07").rows[-2:]
    assert [(r.position, r.club, r.points) for r in bottom] == [(23, "Boston United", 36), (24, "Torquay United", 35)]


def test_serie_a_2006_07_is_the_published_table(full: Store) -> None:
    # en.wikipedia "2006–07 Serie A", league table: Calciopoli deductions (Fiorentina -15, Reggina -11,
    # Milan -8, Lazio -3) and Siena's point; Palermo above Fiorentina on their meetings
    assert [(p, c, pts) for p, c, *_, pts in final_rows(full, "it.1", "2006-07")] == [
        (1, "Inter", 97),
        (2, "AS Roma", 75),
        (3, "Lazio Roma", 62),
        (4, "AC Milan", 61),
        (5, "US Palermo", 58),
        (6, "ACF Fiorentina", 58),
        (7, "Empoli FC", 54),
        (8, "Atalanta", 50),
        (9, "Sampdoria", 49),
        (10, "Udinese Calcio", 46),
        (11, "AS Livorno", 43),
        (12, "Parma FC", 42),
        (13, "Calcio Catania", 41),
        (14, "Reggina Calcio", 40),
        (15, "AC Siena", 40),
        (16, "Torino FC", 40),
        (17, "Cagliari Calcio", 40),
        (18, "Chievo Verona", 39),
        (19, "Ascoli Calcio", 27),
        (20, "FC Messina", 26),
    ]


def test_serie_a_1980_81_totonero_deductions(full: Store) -> None:
    # it.wikipedia "Serie A 1980-1981" and en.wikipedia "1980–81 Serie A", league table (Avellino, Bologna
    # and Perugia started on -5). The five clubs on 25 points are ranked there by their meetings
    # ("classifica avulsa": Avellino, Ascoli, Udinese, Como, Brescia relegated); touchline ranks them
    # on goal difference, so only their points are held here.
    rows = final_rows(full, "it.1", "1980-81")
    published = [
        (1, "Juventus", 30, 17, 10, 3, 46, 15, 44),
        (2, "AS Roma", 30, 14, 14, 2, 43, 20, 42),
        (3, "SSC Napoli", 30, 14, 10, 6, 31, 21, 38),
        (4, "Inter", 30, 14, 8, 8, 41, 24, 36),
        (5, "ACF Fiorentina", 30, 9, 14, 7, 28, 25, 32),
        (6, "Cagliari Calcio", 30, 8, 14, 8, 29, 30, 30),
        (7, "Bologna FC", 30, 11, 12, 7, 32, 27, 29),
        (8, "US Catanzaro", 30, 6, 17, 7, 24, 27, 29),
        (9, "Torino FC", 30, 8, 10, 12, 26, 29, 26),
        (10, "US Avellino", 30, 10, 10, 10, 36, 33, 25),
    ]
    assert rows[:10] == published
    assert {(c, pts) for _, c, *_, pts in rows[10:14]} == {
        ("Ascoli Calcio", 25),
        ("Udinese Calcio", 25),
        ("Calcio Como", 25),
        ("Brescia Calcio", 25),
    }
    assert rows[14:] == [
        (15, "AC Perugia", 30, 5, 13, 12, 18, 31, 18),
        (16, "AC Pistoiese", 30, 6, 4, 20, 19, 46, 16),
    ]


def test_serie_a_2012_13_calcioscommesse_deductions(full: Store) -> None:
    # it.wikipedia "Serie A 2012-2013": Atalanta -2, Sampdoria -1, Torino -1, Siena -6; Palermo, Siena
    # and Pescara relegated
    rows = competition_table(full, "it.1", "2012-13").rows
    assert [(r.position, r.club, r.points) for r in rows[13:]] == [
        (14, "Sampdoria", 42),
        (15, "Atalanta", 40),
        (16, "Torino FC", 39),
        (17, "Genoa CFC", 38),
        (18, "US Palermo", 32),
        (19, "AC Siena", 30),
        (20, "Delfino Pescara", 22),
    ]


def test_serie_b_2006_07_juventus_and_arezzo(full: Store) -> None:
    # en.wikipedia "2006–07 Serie B" and "2006 Italian football scandal": Juventus champions on 85 (-9),
    # Napoli 79, Genoa 78; Arezzo (-6) relegated
    table = competition_table(full, "it.2", "2006-07")
    assert [(r.club, r.points) for r in table.rows[:3]] == [("Juventus", 85), ("SSC Napoli", 79), ("Genoa CFC", 78)]
    assert (table.row("AC Arezzo").position, table.row("AC Arezzo").points) == (20, 45)


def test_primeira_liga_2007_08_porto_loses_six_points_and_stays_champion(full: Store) -> None:
    # en.wikipedia "2007–08 Primeira Liga": Porto 69 (-6, Apito Final), Sporting 55
    rows = final_rows(full, "pt.1", "2007-08")
    assert rows[:2] == [(1, "FC Porto", 30, 24, 3, 3, 60, 13, 69), (2, "Sporting CP", 30, 16, 7, 7, 46, 28, 55)]


@pytest.mark.parametrize(
    ("season", "club", "position", "points"),
    [
        # en.wikipedia "2011–12 Scottish Premier League": Rangers 2nd on 73 (-10 for administration)
        ("2011-12", "Rangers FC", 2, 73),
        # "2013–14 Scottish Premiership": Hearts 12th on 23 (-15)
        ("2013-14", "Heart of Midlothian", 12, 23),
        # "2007–08 Scottish Premier League": Gretna 12th on 13 (-10 for administration)
        ("2007-08", "Gretna FC", 12, 13),
    ],
)
def test_scottish_deductions(full: Store, season: str, club: str, position: int, points: int) -> None:
    row = competition_table(full, "sco.1", season).row(club)
    assert (row.position, row.points) == (position, points)


@pytest.mark.parametrize(
    ("season", "club", "points"),
    [
        # en.wikipedia "2014–15 Serie A": Parma last on 19 (-7); "2018–19 Serie A": Chievo last on 17 (-3)
        ("2014-15", "Parma FC", 19),
        ("2018-19", "Chievo Verona", 17),
    ],
)
def test_serie_a_last_places_after_deductions(full: Store, season: str, club: str, points: int) -> None:
    last = competition_table(full, "it.1", season).rows[-1]
    assert (last.position, last.club, last.points) == (20, club, points)
