"""Club identity across the whole corpus: a club renamed between seasons is one club.

worldfootball's files name a club as it was called in each season, so a club renamed over a summer
(not in mid-season, which :mod:`touchline.compute.identity` detects) answers to two names that no
evidence in the data joins; ``touchline/data/clubs.toml`` lists the names. Each figure below is the
store's, checked against the published season named in its comment.
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


@pytest.mark.parametrize(
    ("club", "names"),
    [
        # Jinan Taishan in the 1994 Jia-A, Shandong Luneng Taishan 1998-2020, Shandong Taishan since
        # 2021: one club (Wikipedia, "Shandong Taishan F.C.")
        ("chn-shandong-taishan", ["Shandong Taishan FC", "Shandong Jinan Taishan General FC", "Shandong Taishan"]),
        # The Wednesday, renamed Sheffield Wednesday in 1929 (Wikipedia, "Sheffield Wednesday F.C.")
        ("eng-sheffield-wednesday", ["The Wednesday FC", "Sheffield Wednesday"]),
        # Linzer ASK, LASK Linz, LASK: one club (Wikipedia, "LASK")
        ("aut-lask", ["Linzer ASK", "LASK Linz", "LASK"]),
        # Videoton FC, MOL Vidi FC (2018), MOL Fehérvár FC (2019) (Wikipedia, "Fehérvár FC")
        ("hun-videoton-fc", ["Videoton FC", "MOL Vidi FC", "Fehérvár FC"]),
        # Kansas City Wizards, Sporting Kansas City from November 2010 (Wikipedia, "Sporting Kansas City")
        ("usa-sporting-kansas-city", ["Kansas City Wizards", "Sporting Kansas City"]),
        # ADO until 1971, FC Den Haag(-ADO) 1971-1996, ADO Den Haag since: one club, KNVB Cup winners in 1968
        # and 1975 (Wikipedia, "ADO Den Haag")
        ("ned-ado-den-haag", ["ADO", "FC Den Haag-ADO", "FC Den Haag", "ADO Den Haag"]),
        # Hartlepools United until 1968, Hartlepool United since 1977 (Wikipedia, "Hartlepool United F.C.")
        ("eng-hartlepool-united", ["Hartlepools United", "Hartlepool United"]),
        # SC Veendam, BV Veendam, SC Veendam again from 2011 (Wikipedia, "SC Veendam")
        ("ned-sc-veendam", ["BV Veendam", "SC Veendam"]),
        # Seongnam Ilhwa Chunma, renamed Seongnam FC in 2014 (Wikipedia, "Seongnam FC")
        ("kor-seongnam-fc", ["Seongnam Ilhwa Chunma", "Seongnam FC"]),
        # FC Swarovski Tirol (1986-1992) and TSV 1860 München as editors write them (Wikipedia, "FC Swarovski
        # Tirol", "TSV 1860 Munich")
        ("aut-fc-tirol", ["FC Swarovski Tirol", "Swarovski Tirol"]),
        ("ger-tsv-1860-munchen", ["1860 Munich", "TSV 1860 München"]),
        # AEK Athens, not the German "AEK Athen" (Wikipedia, "AEK Athens F.C.")
        ("gre-aek-athen", ["AEK Athen", "AEK Athens"]),
        # FC Brugeois, renamed Club Brugge KV in 1972 (Wikipedia, "Club Brugge KV")
        ("bel-club-brugge-kv", ["FC Brugeois", "Club Brugge KV"]),
        # IF Odd, Odd Grenland 1994-2012, Odds BK from 2013 (Wikipedia, "Odds BK")
        ("nor-odds-bk", ["IF Odd", "Odd Grenland", "Odds BK"]),
        # Clapton Orient, renamed Leyton Orient in 1946 (Wikipedia, "Leyton Orient F.C.")
        ("eng-leyton-orient", ["Clapton Orient", "Leyton Orient"]),
        # Guangzhou Pharmaceutical, Guangzhou Evergrande from 2010, Guangzhou FC from 2021 (Wikipedia,
        # "Guangzhou F.C."); the MetroStars, Red Bull New York from 2006 (Wikipedia, "New York Red Bulls")
        ("chn-guangzhou-fc", ["Guangzhou Pharmaceutical", "Guangzhou Evergrande", "Guangzhou FC"]),
        ("usa-new-york-rb", ["MetroStars", "New York RB"]),
    ],
)
def test_a_club_renamed_between_seasons_is_one_club(full: Store, club: str, names: list[str]) -> None:
    assert {find_club(full, name).id for name in names} == {club}


@pytest.mark.parametrize(
    ("club", "competition", "season", "played", "won"),
    [
        # 1994 Chinese Jia-A League: 12 clubs, 22 matches each, Jinan Taishan among them; 1995 likewise
        # (Wikipedia, "1994 Chinese Jia-A League", "1995 Chinese Jia-A League")
        ("chn-shandong-taishan", "cn.1", "1994", 22, None),
        ("chn-shandong-taishan", "cn.1", "1995", 22, None),
        # The Wednesday, champions 1928-29: P42 W21 D10 L11, 52 points; Sheffield Wednesday, champions
        # 1929-30: P42 W26 D8 L8, 60 points (Wikipedia, "1928–29 Football League", "1929–30 Football League")
        ("eng-sheffield-wednesday", "eng.1", "1928-29", 42, 21),
        ("eng-sheffield-wednesday", "eng.1", "1929-30", 42, 26),
        # Austrian Bundesliga 1996-97 and 1997-98: 10 clubs, four rounds, 36 matches each; LASK Linz took
        # over FC Linz's place in 1997 (Wikipedia, "LASK")
        ("aut-lask", "at.1", "1996-97", 36, None),
        ("aut-lask", "at.1", "1997-98", 36, None),
        # NB I 2018-19 (as MOL Vidi) and 2019-20 (as MOL Fehérvár): 12 clubs, 33 rounds
        # (Wikipedia, "2018–19 Nemzeti Bajnokság I", "2019–20 Nemzeti Bajnokság I")
        ("hun-videoton-fc", "hu.1", "2018-19", 33, None),
        ("hun-videoton-fc", "hu.1", "2019-20", 33, None),
        # Kansas City Wizards' last season, MLS 2010: 30 matches, 11-13-6 (Wikipedia, "2010 Major League
        # Soccer season"); the store has no 2010 play-off match for them (they missed the play-offs)
        ("usa-sporting-kansas-city", "us.1", "2010", 30, 11),
        # Eredivisie 1970-71 (as ADO) and 1971-72 (as FC Den Haag-ADO): 18 clubs, 34 matches each
        # (Wikipedia, "1970–71 Eredivisie", "1971–72 Eredivisie")
        ("ned-ado-den-haag", "nl.1", "1970-71", 34, None),
        ("ned-ado-den-haag", "nl.1", "1971-72", 34, None),
        # K League Classic 2013 (Seongnam Ilhwa Chunma's last season): 14 clubs, 38 matches each; 2014 (as
        # Seongnam FC): 12 clubs, 38 matches each (Wikipedia, "2013 K League Classic", "2014 K League Classic")
        ("kor-seongnam-fc", "kr.1", "2013", 38, None),
        ("kor-seongnam-fc", "kr.1", "2014", 38, None),
        # Belgian First Division 1971-72 (as FC Brugeois) and 1972-73 (as Club Brugge, champions): 16
        # clubs, 30 matches each (Wikipedia, "1971–72 Belgian First Division", "1972–73 Belgian First Division")
        ("bel-club-brugge-kv", "be.1", "1971-72", 30, None),
        ("bel-club-brugge-kv", "be.1", "1972-73", 30, None),
        # Tippeligaen 2012 (Odd Grenland's last season) and 2013 (as Odds BK): 16 clubs, 30 matches each
        # (Wikipedia, "2012 Tippeligaen", "2013 Tippeligaen")
        ("nor-odds-bk", "no.1", "2012", 30, None),
        ("nor-odds-bk", "no.1", "2013", 30, None),
        # Second Division 1928-29: 22 clubs, 42 matches each, Clapton Orient among them (Wikipedia,
        # "1928–29 Football League")
        ("eng-leyton-orient", "eng.2", "1928-29", 42, None),
        # Chinese Super League 2011: Guangzhou Evergrande champions in their first season up, P30 W20 D8 L2
        # (Wikipedia, "2011 Chinese Super League")
        ("chn-guangzhou-fc", "cn.1", "2011", 30, 20),
    ],
)
def test_a_renamed_clubs_seasons_are_under_one_id(
    full: Store, club: str, competition: str, season: str, played: int, won: int | None
) -> None:
    got_played, got_won = _record(full, club, competition, season)
    assert got_played == played
    if won is not None:
        assert got_won == won
