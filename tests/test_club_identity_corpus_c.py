"""Club identity across the whole corpus, outside Europe and in its five largest leagues.

worldfootball's files name a club as it was called in each season, so a club renamed over a winter or
summer (a sponsor's name, a new city, a shortened name) answers to several names that no evidence in
the data joins; ``touchline/data/clubs.toml`` lists them. Before the names were listed, each season
below was stored under another id than the club's, so the club's record for it was empty. Each figure
is the store's, checked against the published season named in its comment.
"""

from __future__ import annotations

import pytest

from touchline.store import Store
from touchline.store.read import find_club, matches


def _record(store: Store, club: str, competition: str, season: str) -> tuple[int, int]:
    """Matches played and won by ``club`` (an id) in one league season."""
    played = won = 0
    for m in matches(store, club=club, competitions=[competition], season=season):
        played += 1
        if m.ft is not None:
            goals, against = (m.ft.home, m.ft.away) if m.extra.get("home_id") == club else (m.ft.away, m.ft.home)
            won += goals > against
    return played, won


def assert_season(store: Store, club: str, competition: str, season: str, played: int, won: int | None) -> None:
    """``club`` (an id) played ``played`` matches of the league season, ``won`` of them won (if given)."""
    got_played, got_won = _record(store, club, competition, season)
    assert got_played == played
    if won is not None:
        assert got_won == won


@pytest.mark.parametrize(
    ("club", "names"),
    [
        # Shenzhen FC under its sponsors' names, 1996-2013 (Wikipedia, "Shenzhen F.C.")
        (
            "chn-shenzhen-fc",
            ["Shenzhen Feiyada", "Shenzhen Ping'an", "Shenzhen Jianlibao", "Shenzhen Kingway", "Shenzhen Ruby FC"],
        ),
        # Tianjin Samsung, Tianjin Lifei, Tianjin Teda, Tianjin Jinmen Tiger since 2021 (Wikipedia, "Tianjin
        # Jinmen Tiger F.C.")
        ("chn-tianjin-jinmen-tiger", ["Tianjin Samsung", "Tianjin Teda", "Tianjin Kangshifu", "Tianjin Jinmen Tiger"]),
        # Shanghai International moved to Xi'an in 2006, to Guiyang in 2012, to Beijing in 2016 (Wikipedia,
        # "Beijing Renhe F.C.")
        (
            "chn-guizhou-renhe",
            ["Shanghai International", "Xi'an Chanba", "Shaanxi Renhe", "Guizhou Renhe", "Beijing Renhe FC"],
        ),
        # Dalian Wanda, Dalian Wanda Shide (1999), Dalian Shide (Wikipedia, "Dalian Shide F.C.")
        ("chn-dalian-shide", ["Dalian Wanda", "Dalian Wanda Shide", "Dalian Shide"]),
        # Small Heath, Birmingham from 1905, Birmingham City from 1943 (Wikipedia, "Birmingham City F.C.")
        ("eng-birmingham-city", ["Small Heath Birmingham", "Birmingham FC", "Birmingham City"]),
        # Stevenage Borough, renamed Stevenage FC in 2010 (Wikipedia, "Stevenage F.C.")
        ("eng-stevenage-fc", ["Stevenage Borough FC", "Stevenage FC"]),
        # Kyoto Purple Sanga, renamed Kyoto Sanga FC in 2007 (Wikipedia, "Kyoto Sanga FC")
        ("jpn-kyoto-sanga-fc", ["Kyoto Purple Sanga", "Kyoto Sanga FC"]),
        # Busan I'Cons, renamed Busan IPark in 2005 (Wikipedia, "Busan IPark")
        ("kor-busan-ipark", ["Busan I'Cons", "Busan IPark"]),
        # Newcastle United (NSL, 2000-2004), Newcastle United Jets in the A-League (Wikipedia, "History of
        # Newcastle Jets FC"); "Newcastle United" alone is the English club, which has more matches
        ("aus-newcastle-united-jets", ["Newcastle United (AUS)", "Newcastle United Jets"]),
        # Inti Gas Deportes, renamed Ayacucho FC at the end of 2014 (Wikipedia, "Ayacucho FC")
        ("per-ayacucho-fc", ["Inti Gas", "Ayacucho FC"]),
    ],
)
def test_a_club_renamed_between_seasons_is_one_club(full: Store, club: str, names: list[str]) -> None:
    assert {find_club(full, name).id for name in names} == {club}


@pytest.mark.parametrize(
    ("club", "competition", "season", "played", "won"),
    [
        # Chinese Super League 2004, the first: Shenzhen Jianlibao champions P22 W11 D9 L2, 42 points; Shanghai
        # International P22 W8 D8 L6; Tianjin Kangshifu P22 W7 D8 L7 (de.wikipedia, "Chinese Super League 2004",
        # Abschlusstabelle)
        ("chn-shenzhen-fc", "cn.1", "2004", 22, 11),
        ("chn-guizhou-renhe", "cn.1", "2004", 22, 8),
        ("chn-tianjin-jinmen-tiger", "cn.1", "2004", 22, 7),
        # First Division 1938-39 (Birmingham's last season before the name Birmingham City): 22 clubs, 42 matches
        # each (Wikipedia, "1938–39 Football League")
        ("eng-birmingham-city", "eng.1", "1938-39", 42, None),
        # 1995 Jia-A League: 12 clubs, 22 matches each, Tianjin Samsung among them (Wikipedia, "1995 Chinese
        # Jia-A League"); 1998 Jia-A: 14 clubs, 26 matches each, Dalian Wanda champions (Wikipedia, "1998
        # Chinese Jia-A League")
        ("chn-tianjin-jinmen-tiger", "cn.1", "1995", 22, None),
        ("chn-dalian-shide", "cn.1", "1998", 26, None),
        # Conference National 2008-09: 24 clubs, 46 matches each, Stevenage Borough among them (Wikipedia,
        # "2008–09 Football Conference")
        ("eng-stevenage-fc", "eng.5", "2008-09", 46, None),
        # J1 League 2006 (Kyoto Purple Sanga's last season under the name): 18 clubs, 34 matches each
        # (Wikipedia, "2006 J.League Division 1")
        ("jpn-kyoto-sanga-fc", "jp.1", "2006", 34, None),
        # K League 2004: 13 clubs, two stages of 12 matches, Busan I'Cons among them (Wikipedia, "2004 K League")
        ("kor-busan-ipark", "kr.1", "2004", 24, None),
        # Newcastle United in the NSL 2003-04: P24 W6 D6 L12 (Wikipedia, "History of Newcastle Jets FC", NSL
        # history table)
        ("aus-newcastle-united-jets", "au.1", "2003-04", 24, 6),
        # Torneo Descentralizado 2009: 16 clubs, 30 matches in the first stage and 14 in the second, Inti Gas
        # among them (Wikipedia, "2009 Torneo Descentralizado")
        ("per-ayacucho-fc", "pe.1", "2009", 44, None),
    ],
)
def test_a_renamed_clubs_seasons_are_under_one_id(
    full: Store, club: str, competition: str, season: str, played: int, won: int | None
) -> None:
    assert_season(full, club, competition, season, played, won)
