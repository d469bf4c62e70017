"""End-of-season play-offs in a spell's coverage, over the whole corpus: the sources hold none of the
English Football League's or the National League's, nor Germany's Relegation, so a spell whose team
finished in the play-off places names them as missing; Serie B's they hold to 2023-24."""

from __future__ import annotations

import pytest

from tests.published import playoff_gaps
from touchline.api.tables import competition_table, season_matches
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_bielsas_leeds_lack_the_play_offs_of_2018_19(full: Store) -> None:
    # Leeds finished 3rd in the Championship of 2018-19 and lost the semi-final to Derby County, 1-0 and
    # 2-4 (11 and 15 May 2019); 1st in 2019-20 (promoted automatically), then in the Premier League
    # (en.wikipedia "2019 EFL Championship play-offs"; "Marcelo Bielsa", Managerial statistics)
    assert playoff_gaps(full, "Marcelo Bielsa", "Leeds United") == [
        "Championship play-offs 2018-19 are not in the store (qualified as 3rd in the Championship 2018-19)"
    ]


def test_franks_brentford_lack_two_seasons_of_play_offs(full: Store) -> None:
    # Brentford were 11th in 2018-19; 3rd in 2019-20 (lost the final to Fulham, 4 August 2020) and 3rd
    # in 2020-21 (beat Swansea City in the final, 29 May 2021) (en.wikipedia "2020 EFL Championship
    # play-off final", "2021 EFL Championship play-off final")
    assert playoff_gaps(full, "Thomas Frank", "Brentford FC") == [
        "Championship play-offs 2019-20 are not in the store (qualified as 3rd in the Championship 2019-20)",
        "Championship play-offs 2020-21 are not in the store (qualified as 3rd in the Championship 2020-21)",
    ]


def test_weinzierls_regensburg_lack_the_relegation_play_offs_of_2012(full: Store) -> None:
    # Jahn Regensburg finished 3rd in the 3. Liga of 2011-12 and went up through the Relegation against
    # the 2. Bundesliga's 16th, Karlsruher SC (1-1 and 2-2, on away goals, 14 and 18 May 2012)
    # (de.wikipedia "3. Fußball-Liga 2011/12", "Relegation (Fußball)")
    assert playoff_gaps(full, "Markus Weinzierl", "Jahn Regensburg") == [
        "2. Bundesliga relegation play-offs 2011-12 are not in the store (qualified as 3rd in the 3. Liga 2011-12)"
    ]


# the clubs of each play-off, from the store's final tables by the catalogue's places, against the
# published entrants (en.wikipedia "1987 Football League play-offs", "1991 Football League play-offs",
# "1995 Football League play-offs", "2019 EFL League One play-offs", "2019 EFL League Two play-offs",
# "2019 National League play-offs", "2012 2. Bundesliga relegation play-offs" in "Relegation (Fußball)")
ENTRANTS = [
    ("eng", "eng.2", "1986-87", {"Oldham Athletic", "Leeds United", "Ipswich Town", "Charlton Athletic"}),
    ("eng", "eng.3", "1986-87", {"Sunderland AFC"}),  # (the Second Division's 20th; no Third Division here)
    ("eng", "eng.2", "1987-88", {"Middlesbrough FC", "Bradford City", "Blackburn Rovers", "Chelsea FC"}),
    ("eng", "eng.2", "1990-91", {"Notts County", "Millwall FC", "Brighton & Hove Albion", "Middlesbrough FC"}),
    ("eng", "eng.2", "1994-95", {"Reading FC", "Bolton Wanderers", "Wolverhampton Wanderers", "Tranmere Rovers"}),
    ("eng", "eng.3", "2018-19", {"Charlton Athletic", "Portsmouth FC", "Sunderland AFC", "Doncaster Rovers"}),
    ("eng", "eng.4", "2018-19", {"Mansfield Town", "Forest Green Rovers", "Tranmere Rovers", "Newport County"}),
    (
        "eng",
        "eng.5",
        "2018-19",
        {"Solihull Moors", "Salford City", "Wrexham AFC", "AFC Fylde", "Harrogate Town", "Eastleigh FC"},
    ),
    ("de", "de.2", "2011-12", {"Karlsruher SC", "Jahn Regensburg"}),
]


@pytest.mark.parametrize(("prefix", "competition", "season", "clubs"), ENTRANTS)
def test_the_play_off_places_give_the_published_entrants(
    full: Store, prefix: str, competition: str, season: str, clubs: set[str]
) -> None:
    found = set()
    for playoff in catalog.playoffs(prefix, season):
        if playoff.competition != competition or not season_matches(full, playoff.league, season):
            continue  # (another league's play-off, or a league the store lacks that season)
        rows = competition_table(full, playoff.league, season).rows
        first, last = playoff.places
        found |= {row.club for row in rows[first - 1 : last]}
    assert found == clubs


def test_the_serie_b_play_offs_listed_are_those_the_store_holds(full: Store) -> None:
    # worldfootball's Serie B files hold the play-offs of 2003-04 to 2023-24 but for 2006-07, when none
    # were played (Genoa went up as 3rd, ten points clear); the catalogue lists the same seasons
    for year in range(2003, 2024):
        season = f"{year}-{(year + 1) % 100:02d}"
        listed = [p for p in catalog.playoffs("it", season) if p.competition == "it.2"]
        stages = {m.stage for m in season_matches(full, "it.2", season)}
        held = bool(stages & {"Aufstieg", "Playoff"})
        assert bool(listed) == held, season
