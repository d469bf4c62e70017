"""League titles and honours where a season does not end with one table: split seasons with rules
(Poland, Korea), finals series and deciders the rules do not model (Australia, Korea until 2011,
Scotland, Belgium), and tie-breaks the rules files inherit from their country (Scottish goal average)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from touchline.api.honours import club_honours
from touchline.api.importing import import_paths
from touchline.api.tables import competition_table, season_matches
from touchline.compute.honours import HonourKind, Place
from touchline.compute.titles import champion
from touchline.reference.rules import rules_for
from touchline.store import Store, open_store


@pytest.fixture(scope="module")
def leagues(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Worldfootball's Ekstraklasa 2013-14 to 2019-20 (with 2015/pl.1.txt, the rounds after 2014-15's
    split), the K League of 2007 and 2012-2023, the Australian league of 1980, 2005-06 and 2018-19, Belgium
    2008-09 (its test matches filed under 2009) and Scotland 1890-91, 1904-05, 1952-53 and 1964-65."""
    full = data / "worldfootball-cache-full"
    files = [full / f"{y}-{(y + 1) % 100:02d}" / "pl.1.txt" for y in range(2013, 2020)] + [full / "2015" / "pl.1.txt"]
    files += [full / str(year) / "kr.1.txt" for year in (2007, *range(2012, 2024))]
    files += [full / "archive" / "1980s" / "1980" / "au.1.txt", full / "2005-06" / "au.1.txt"]
    files += [full / "2018-19" / "au.1.txt", full / "2008-09" / "be.1.txt", full / "2009" / "be.1.txt"]
    files += [full / "archive" / f"{s[:3]}0s" / s / "sco.1.txt" for s in ("1890-91", "1904-05", "1952-53", "1964-65")]
    with open_store(tmp_path_factory.mktemp("titles") / "titles.sqlite") as store:
        assert import_paths(store, files).ok
        yield store


def _champions(store: Store, code: str, seasons: list[str]) -> dict[str, str | None]:
    return {s: champion(season_matches(store, code, s), rules_for(code, s)) for s in seasons}


def test_ekstraklasa_titles_are_won_in_the_championship_round(leagues: Store) -> None:
    # Published champions (en.wikipedia.org/wiki/List_of_Polish_football_champions); Jagiellonia (2016-17)
    # and Lechia (2018-19) led after 30 rounds
    seasons = [f"{y}-{(y + 1) % 100:02d}" for y in range(2013, 2020)]
    assert _champions(leagues, "pl.1", seasons) == {
        "2013-14": "Legia Warszawa",
        "2014-15": "Lech Poznań",
        "2015-16": "Legia Warszawa",
        "2016-17": "Legia Warszawa",
        "2017-18": "Legia Warszawa",
        "2018-19": "Piast Gliwice",
        "2019-20": "Legia Warszawa",
    }


def test_ekstraklasa_halved_points_until_2016_17_and_full_points_after(leagues: Store) -> None:
    # 2016-17, final table (sportowefakty.wp.pl): Legia 44, then Jagiellonia, Lech and Lechia all on 42,
    # ranked by their regular-season points as the rules say; the halved points are carried
    table = competition_table(leagues, "pl.1", "2016-17")
    assert [(r.club, r.points) for r in table.rows[:4]] == [
        ("Legia Warszawa", 44),
        ("Jagiellonia Białystok", 42),
        ("Lech Poznań", 42),
        ("Lechia Gdańsk", 42),
    ]
    assert [r.previous_position for r in table.rows[1:4]] == sorted(r.previous_position or 0 for r in table.rows[1:4])
    # 2017-18 and 2018-19, final tables (sportowefakty.wp.pl): every point carried; Lech above Górnik on
    # 60, though Górnik won two of their three meetings: the regular-season position decides
    expected = {
        "2017-18": [
            ("Legia Warszawa", 37, 22, 4, 11, 55, 35, 70),
            ("Jagiellonia Białystok", 37, 20, 7, 10, 55, 41, 67),
            ("Lech Poznań", 37, 16, 12, 9, 53, 34, 60),
            ("Górnik Zabrze", 37, 16, 12, 9, 68, 54, 60),
        ],
        "2018-19": [
            ("Piast Gliwice", 37, 21, 9, 7, 57, 33, 72),
            ("Legia Warszawa", 37, 20, 8, 9, 55, 38, 68),
            ("Lechia Gdańsk", 37, 19, 10, 8, 54, 38, 67),
            ("KS Cracovia", 37, 17, 6, 14, 45, 43, 57),
        ],
    }
    for season, rows in expected.items():
        table = competition_table(leagues, "pl.1", season)
        assert [(r.club, r.played, r.won, r.drawn, r.lost, r.gf, r.ga, r.points) for r in table.rows[:4]] == rows


def test_k_league_titles_after_the_split_and_its_own_tie_breaks(leagues: Store) -> None:
    # Published champions (en.wikipedia.org/wiki/List_of_South_Korean_football_champions)
    seasons = [str(y) for y in range(2012, 2024)]
    assert _champions(leagues, "kr.1", seasons) == {
        "2012": "FC Seoul",
        "2013": "Pohang Steelers",
        "2014": "Jeonbuk FC",
        "2015": "Jeonbuk FC",
        "2016": "FC Seoul",
        **dict.fromkeys(("2017", "2018", "2019", "2020", "2021"), "Jeonbuk FC"),
        "2022": "Ulsan Hyundai FC",
        "2023": "Ulsan Hyundai FC",
    }
    # 2016: Jeonbuk docked nine points (76 to 67), Seoul champions on 70
    top = competition_table(leagues, "kr.1", "2016").rows[:2]
    assert [(r.club, r.points, r.deduction) for r in top] == [("FC Seoul", 70, 0), ("Jeonbuk FC", 67, 9)]
    # 2019: both on 79; Jeonbuk ahead on goals scored (72 to 71), the K League's first criterion since 2016
    top = competition_table(leagues, "kr.1", "2019").rows[:2]
    assert [(r.club, r.points, r.gf) for r in top] == [("Jeonbuk FC", 79, 72), ("Ulsan Hyundai FC", 79, 71)]


def test_a_finals_series_or_decider_the_leader_played_settles_the_title(leagues: Store) -> None:
    # Pohang, 5th in the K League's 2007 regular season, won its finals: 3-1 and 1-0 against Seongnam
    assert _champions(leagues, "kr.1", ["2007"]) == {"2007": "Pohang Steelers"}
    # A-League: Sydney FC won the grand finals of 2005-06 (Page system, the major semi-final's loser
    # plays again) and 2018-19 (on penalties against Perth Glory, the premiers)
    assert _champions(leagues, "au.1", ["2005-06", "2018-19"]) == {"2005-06": "Sydney FC", "2018-19": "Sydney FC"}
    # NSL 1980: the finals series did not decide the championship; Sydney City topped the table
    assert _champions(leagues, "au.1", ["1980"]) == {"1980": "Sydney City SC"}
    # deciders between clubs level on points: Standard over Anderlecht (2008-09, two test matches),
    # Celtic over Rangers (1904-05); Dumbarton and Rangers drew theirs in 1890-91 and shared the title
    assert _champions(leagues, "be.1", ["2008-09"]) == {"2008-09": "Standard Liège"}
    assert _champions(leagues, "sco.1", ["1904-05", "1890-91"]) == {"1904-05": "Celtic FC", "1890-91": None}


def test_a_rules_file_keeps_its_countrys_old_tie_breaks(leagues: Store) -> None:
    # Scotland's rules file models the split from 2000-01; before 1971-72 goal average decided ties on
    # points: Kilmarnock over Hearts in 1964-65, Rangers over Hibernian in 1952-53
    assert _champions(leagues, "sco.1", ["1964-65", "1952-53"]) == {"1964-65": "Kilmarnock FC", "1952-53": "Rangers FC"}


def test_honours_follow_the_title_not_the_top_of_the_table(leagues: Store) -> None:
    def league(club: str) -> list[tuple[str, str]]:
        honours = club_honours(leagues, club).honours
        return [(c.honour.season, c.honour.place.value) for c in honours if c.honour.kind is HonourKind.LEAGUE]

    # Pohang won 2007's final against Seongnam, who had topped the table
    assert ("2007", Place.WINNER.value) in league("Pohang Steelers")
    assert ("2007", Place.RUNNER_UP.value) in league("Seongnam Ilhwa Chunma")
    assert ("2007", Place.WINNER.value) not in league("Seongnam Ilhwa Chunma")
    # Perth Glory were premiers in 2018-19 and lost the grand final
    assert league("Perth Glory") == [("2018-19", Place.RUNNER_UP.value)]
    # Jagiellonia led 2016-17's regular season and finished second
    assert league("Jagiellonia Białystok") == [("2016-17", Place.RUNNER_UP.value), ("2017-18", Place.RUNNER_UP.value)]

