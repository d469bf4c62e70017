"""What a spell lacks that the store holds no season of, named where the club certainly played it (the
sources of each club, day and rule are in touchline/data/calendar.toml and competitions.toml): the FA
Trophy of the fifth to eighth tiers' clubs since 2008-09, Adelaide United's AFC Champions League of
2016 (its qualifying play-off) and 2017 (its group stage), and the Supertaça Cândido de Oliveira of
August 2024, FC Porto's as the Taça de Portugal's winners. And the rounds at which Ligue 2's clubs enter
the Coupe de France and the National League's the FA Cup, before the rounds the store holds them from.
The records' figures are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.compute.coverage import Coverage
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_the_fa_trophy_of_a_national_league_club(full: Store) -> None:
    # Danny Cowley's Lincoln City (13 May 2016 to 9 September 2019): 161 matches in the store (86 won, 41
    # drawn, 34 lost); of the National League in 2016-17, it lost the FA Trophy's semi-final to York City
    # on 18 March 2017 (yorkpress.co.uk: "a 3-2 two-legged FA Trophy semi-final victory at Lincoln"),
    # which the store lacks; in League Two from 2017-18 it was in the EFL Trophy's tiers, not the FA
    # Trophy's
    cowley = _spell(full, "Danny Cowley", "Lincoln", 2016)
    assert (cowley.record.played, cowley.record.won, cowley.record.drawn, cowley.record.lost) == (161, 86, 41, 34)
    assert certain_gaps(cowley, "eng.fatrophy") == {"2016-17": "open to the fifth to eighth tiers' clubs"}
    assert certain_gaps(cowley, "eng.trophy") == {
        season: "open to the third and fourth tiers' clubs" for season in ("2017-18", "2018-19", "2019-20")
    }
    assert cowley.coverage is Coverage.PARTIAL


def test_no_fa_trophy_for_a_premier_league_club_between_seasons(full: Store) -> None:
    # Tony Pulis left Crystal Palace on 14 August 2014, two days before its Premier League season began:
    # the store holds no league match of Palace in his slot of 2014-15, which must not make it a
    # non-league club expected in the FA Trophy
    pulis = _spell(full, "Tony Pulis", "Crystal Palace", 2013)
    assert pulis.end == dt.date(2014, 8, 14)
    assert certain_gaps(pulis, "eng.fatrophy") == {}


def test_the_fa_trophys_tiers_from_2008_09() -> None:
    # open to Steps 1 to 4 of the National League System, the fifth to eighth tiers, "from 2008 onwards"
    # (en.wikipedia "FA Trophy"); listed for the fifth tier only, the store's lowest (a club it holds no
    # league match of in a slot counts as of the tier below the store's); before, from 1979-80 (the
    # Alliance Premier League's first season), open to the Conference's clubs; not listed before then
    assert catalog.cup_tiers("eng.fatrophy", "2008-09") == ((5,), "open to the fifth to eighth tiers' clubs")
    assert catalog.cup_tiers("eng.fatrophy", "1978-79") is None
    assert "eng.fatrophy" in catalog.cups("eng", "2016-17")
    assert "eng.fatrophy" in catalog.cups("eng", "2007-08")
    assert "eng.fatrophy" not in catalog.cups("eng", "1978-79")


def test_adelaide_uniteds_afc_champions_league_of_2016_and_2017(full: Store) -> None:
    # Guillermo Amor's Adelaide United (1 August 2015 to 9 May 2017): 60 matches in the store (23 won, 15
    # drawn, 22 lost); it lost the qualifying play-off of 9 February 2016 at home to Shandong Luneng
    # (inside.fifa.com) and went out in the group stage of 2017 on 9 May, 0-1 at Jiangsu Suning
    # (eldesmarque.com, 9 May 2017); the store holds no AFC Champions League
    amor = _spell(full, "Guillermo Amor", "Adelaide", 2015)
    assert (amor.record.played, amor.record.won, amor.record.drawn, amor.record.lost) == (60, 23, 15, 22)
    why = "one of its country's entrants, by league place"
    assert certain_gaps(amor, "afc.cl") == {"2016": why, "2017": why}
    assert amor.coverage is Coverage.PARTIAL
    out = {
        e.edition: e.clubs["aus-adelaide-united"]
        for e in catalog.ranked_entrants()
        if e.competition == "afc.cl" and "aus-adelaide-united" in e.clubs
    }
    # the final of 2008 (lost to Gamba Osaka), the group stage of 2007 and 2017, the play-off of 2016
    assert out == {
        "2007": dt.date(2007, 5, 31),
        "2008": dt.date(2008, 11, 12),
        "2016": dt.date(2016, 2, 9),
        "2017": dt.date(2017, 5, 9),
    }


def test_portos_supertaca_of_august_2024(full: Store) -> None:
    # Vítor Bruno's FC Porto (from 6 June 2024): 14 matches in the store (9 won, 2 drawn, 3 lost); his first
    # official match was the Supertaça of 3 August 2024 in Aveiro, Sporting CP 3-4 FC Porto after extra
    # time, Porto as the Taça de Portugal's winners of 2023-24 (rr.sapo.pt, 28 May 2024; jm-madeira.pt,
    # August 2024: "na estreia oficial do treinador Vítor Bruno"), which the store lacks
    bruno = _spell(full, "Vítor Bruno", "Porto", 2024)
    assert (bruno.record.played, bruno.record.won, bruno.record.drawn, bruno.record.lost) == (14, 9, 2, 3)
    assert certain_gaps(bruno, "pt.sc") == {"2024-25": "Taça de Portugal winners 2023-24"}
    assert catalog.played("pt.sc", "2024-25") == (dt.date(2024, 8, 3), dt.date(2024, 8, 3))
    assert catalog.also_entered("pt.sc", "2024-25") == {"por-fc-porto": "Taça de Portugal winners 2023-24"}


def test_the_entry_rounds_of_second_and_fifth_tier_clubs() -> None:
    # Ligue 2's clubs enter the Coupe de France at its seventh round (from late October: the 29th and 30th
    # in 2022), the National League's the FA Cup at its fourth qualifying round (from mid-October): before
    # the round of 64 and the first round proper the store holds them from
    ((coupe, places),) = catalog.cup_entries("fr.cup", "2014-15", 2)
    assert (coupe.round, coupe.first_day("2014-15"), places) == ("seventh round", dt.date(2014, 10, 28), None)
    ((fa_cup, places),) = catalog.cup_entries("eng.cup", "2019-20", 5)
    assert (fa_cup.round, fa_cup.first_day("2019-20"), places) == (
        "fourth qualifying round",
        dt.date(2019, 10, 10),
        None,
    )
    # the top flight's entries are unchanged, and no era is listed where no source was found
    assert [e.round for e, _ in catalog.cup_entries("fr.cup", "2014-15", 1)] == ["round of 64"]
    assert catalog.cup_entries("fr.cup", "2012-13", 2) == []
    assert catalog.cup_entries("eng.cup", "1998-99", 5) == []
