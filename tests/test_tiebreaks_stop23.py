"""Serie A's tie-breaks by era against published final tables, on the whole corpus (``full``): the
"classifica avulsa" of the whole group level on points (from 1980-81, not recomputed for the clubs it
leaves level), the play-offs between two clubs level that the data holds, and the point deductions the
earlier probe left open (League Two 2019-20, Eredivisie 2023-24, Serie A 2011-12, 1986-87 and 1987-88).
Each table or row cites its source."""

from __future__ import annotations

import datetime as dt

import pytest

from touchline.api.tables import competition_table
from touchline.store import Store


def _rows(full: Store, code: str, season: str) -> dict[str, tuple[int, int]]:
    """club: (position, points) of a season's final standings."""
    return {row.club: (row.position, row.points) for row in competition_table(full, code, season).rows}


def test_serie_a_1980_81_relegated_brescia_on_the_five_clubs_mini_table(full: Store) -> None:
    # magliarossonera.it "Serie A 1980-1981: classifica finale" (and calciointvoggi.it, it.wikipedia
    # "Serie A 1980-1981"): five clubs on 25, 10 Avellino (-5 deducted), 11 Ascoli, 12 Udinese, 13 Como,
    # 14 Brescia, "BRESCIA retrocesso in Serie B per peggiore classifica avulsa": Como -1 and Brescia -2
    # in the goal difference of the five clubs' matches, though Brescia had the better overall goal
    # difference (-6 to -8) and the better of its two meetings with Como
    rows = _rows(full, "it.1", "1980-81")
    assert [rows[club] for club in ("US Avellino", "Ascoli Calcio", "Udinese Calcio", "Calcio Como")] == [
        (10, 25),
        (11, 25),
        (12, 25),
        (13, 25),
    ]
    assert rows["Brescia Calcio"] == (14, 25)
    assert rows["AC Perugia"] == (15, 18)


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        # 1992-93: Brescia, Udinese and Fiorentina on 30; Fiorentina relegated on the mini-table, the
        # other two to a play-off (it.wikipedia "Classifica avulsa": until 2004-05 the mini-table decided
        # which two clubs of three or more played the spareggio)
        ("1992-93", {"ACF Fiorentina": (16, 30)}),
        # 1996-97: Cagliari, Piacenza and Perugia on 37; Perugia relegated on the mini-table
        ("1996-97", {"AC Perugia": (16, 37)}),
        # 1998-99: Roma, Juventus and Udinese on 54; "solo una ha l'accesso immediato in Coppa Uefa, la
        # Roma in virtù della classifica avulsa" (tabletquotidiano.it, 23 May 1999)
        ("1998-99", {"AS Roma": (5, 54)}),
        # 2002-03: Modena, Empoli, Atalanta and Reggina on 38; Modena and Empoli safe on the mini-table
        ("2002-03", {"Modena FC": (12, 38), "Empoli FC": (13, 38)}),
    ],
)
def test_serie_a_mini_table_settled_three_or_more_clubs_level(
    full: Store, season: str, expected: dict[str, tuple[int, int]]
) -> None:
    rows = _rows(full, "it.1", season)
    assert {club: rows[club] for club in expected} == expected


@pytest.mark.parametrize(
    ("season", "expected", "note"),
    [
        # 2004-05: Fiorentina, Parma and Bologna on 42; Fiorentina safe on the mini-table, Parma beat
        # Bologna in the play-off (0-1, 2-0) and stayed up (en.wikipedia "2004–05 Serie A")
        (
            "2004-05",
            {"ACF Fiorentina": (16, 42), "Parma FC": (17, 42), "Bologna FC": (18, 42)},
            "Parma FC above Bologna FC",
        ),
        # 2022-23: Spezia and Verona on 31, Verona won the play-off 3-1 on 11 June 2023 and stayed up
        # (en.wikipedia "2022–23 Serie A")
        ("2022-23", {"Hellas Verona": (17, 31), "Spezia Calcio": (18, 31)}, "Hellas Verona above Spezia Calcio"),
        # 1999-00: Inter and Parma on 58, Inter won the Champions League play-off 3-1 (23 May 2000)
        ("1999-00", {"Inter": (4, 58), "Parma AC": (5, 58)}, "Inter above Parma AC"),
    ],
)
def test_a_play_off_between_two_clubs_level_places_its_winner_above(
    full: Store, season: str, expected: dict[str, tuple[int, int]], note: str
) -> None:
    table = competition_table(full, "it.1", season)
    rows = {row.club: (row.position, row.points) for row in table.rows}
    assert {club: rows[club] for club in expected} == expected
    assert any(n.startswith(note) for n in table.notes)
    assert not any(n.startswith("Not counted") for n in table.notes)


def test_serie_a_2011_12_atalanta_started_on_minus_six(full: Store) -> None:
    # strettoweb.com, final table of 14 May 2012: "Atalanta pt.46* Fiorentina pt.46 ... *penalizzata di
    # sei punti" (52 won on the pitch: 13 wins, 13 draws)
    rows = _rows(full, "it.1", "2011-12")
    assert (rows["Atalanta"], rows["ACF Fiorentina"]) == ((12, 46), (13, 46))


@pytest.mark.parametrize(
    ("season", "club", "expected"),
    [
        # en.wikipedia "1986–87 Serie A": Udinese 16th on 15, "penalised of 9 points" (Totonero 1986)
        ("1986-87", "Udinese Calcio", (16, 15)),
        # en.wikipedia "1987–88 Serie A": Empoli 16th on 20, "deducted 5 points from start of the season"
        ("1987-88", "Empoli FC", (16, 20)),
    ],
)
def test_serie_a_1980s_deductions(full: Store, season: str, club: str, expected: tuple[int, int]) -> None:
    assert _rows(full, "it.1", season)[club] == expected


def test_league_two_2019_20_macclesfield_lost_seventeen_points(full: Store) -> None:
    # EFL statement and Sky Sports, 11 August 2020: Macclesfield 24th on 19 points from 37 (23.62 on
    # points per game), relegated; Stevenage (22 from 36) 23rd
    rows = _rows(full, "eng.4", "2019-20")
    assert (rows["Stevenage FC"], rows["Macclesfield Town"]) == ((23, 22), (24, 19))


def test_eredivisie_2023_24_vitesse_lost_eighteen_points(full: Store) -> None:
    # KNVB, 19 April 2024 (voetbalzone.nl): 18 points off Vitesse, from 17 to -1 with four rounds left;
    # last on 6, Volendam 17th on 19
    rows = _rows(full, "nl.1", "2023-24")
    assert (rows["FC Volendam"], rows["Vitesse"]) == ((17, 19), (18, 6))
    table = competition_table(full, "nl.1", "2023-24", as_of=dt.date(2024, 4, 20))
    assert {row.club: row.points for row in table.rows}["Vitesse"] == -1
