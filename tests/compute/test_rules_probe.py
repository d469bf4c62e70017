"""Rules the probes found wrong or missing: Belgium's first play-off season, the Danish Superliga's
autumn-spring seasons of 1991-92 to 1994-95, and the Allsvenskan's final of 1989 (a third match given as
a penalty shoot-out alone).

Every figure is computed from the whole corpus (the store of ``tests/conftest.py``) and checked against
the published result cited beside it; the rules' own sources are cited in the rules files.
"""

from __future__ import annotations

from tests.compute.seasons import champion_of, top
from touchline.api.tables import competition_table, season_matches
from touchline.compute.ties import rounds, shootout_only
from touchline.reference.ties import tie_rules
from touchline.store import Store


def test_belgium_2009_10_gent_second_level_with_club_brugge(full: Store) -> None:
    # 2009-10: Gent second ("vicekampioen", hln.be; Champions League third qualifying round, uefa.com),
    # Club Brugge third (Europa League), both on 41 points after Play-off I, both rounded up from the
    # regular season (vrt.be, 9 May 2010: after the 6-2 against Club Brugge "endet Gent ... auf dem
    # zweiten Platz", Club Brugge "Tabellen-Dritter")
    assert top(full, "be.1", "2009-10", 3) == [("RSC Anderlecht", 59), ("KAA Gent", 41), ("Club Brugge KV", 41)]


def test_belgium_play_off_ties_on_points(full: Store) -> None:
    # every season since 2009-10 whose title or European places were level on points after the play-offs
    # 2010-11: Genk champions level with Standard on 51 (Standard's half point rounded up; Wikipedia
    # "2010–11 Belgian Pro League": Genk champions, Standard second)
    assert top(full, "be.1", "2010-11", 2) == [("KRC Genk", 51), ("Standard Liège", 51)]
    # 2020-21: Club Brugge champions level with Genk on 44 (Wikipedia "2020–21 Belgian First Division A")
    assert top(full, "be.1", "2020-21", 2) == [("Club Brugge KV", 44), ("KRC Genk", 44)]
    # 2022-23: Antwerp champions, Genk second and Union Saint-Gilloise third, both on 46 (Wikipedia
    # "2022–23 Belgian Pro League": Genk runners-up, Union third)
    order = [row.club for row in competition_table(full, "be.1", "2022-23").rows[:3]]
    assert order == ["Royal Antwerp FC", "KRC Genk", "Union Saint-Gilloise"]
    # 2023-24: Cercle Brugge fourth and Genk fifth, both on 37 (Wikipedia "2023–24 Belgian Pro League":
    # Cercle Brugge fourth, into the Conference League)
    rows = competition_table(full, "be.1", "2023-24").rows
    assert [(row.club, row.points) for row in rows[3:5]] == [("Cercle Brugge", 37), ("KRC Genk", 37)]


def test_superliga_autumn_and_spring_seasons(full: Store) -> None:
    # champions (DBU; Wikipedia "Danish Superliga", list of champions): Brøndby in the short spring
    # season of 1991, then Lyngby, FC København, Silkeborg and Aalborg after the spring championship
    # rounds of 1991-92 to 1994-95
    assert champion_of(full, "dk.1", "1991") == "Brøndby IF"
    assert champion_of(full, "dk.1", "1991-92") == "Lyngby BK"
    assert champion_of(full, "dk.1", "1992-93") == "FC København"
    assert champion_of(full, "dk.1", "1993-94") == "Silkeborg IF"
    assert champion_of(full, "dk.1", "1994-95") == "Aalborg BK"
    # 1991-92: Brøndby led the autumn (24 points to Lyngby's 23, it.wikipedia "Superligaen 1991-1992");
    # Lyngby champions, B 1903 and Frem in the UEFA Cup (de.wikipedia "Dänische Superliga 1991/92")
    leaders = top(full, "dk.1", "1991-92", 3, modelled=True)
    assert leaders[0] == ("Lyngby BK", 32)
    assert {club for club, _ in leaders[1:]} == {"B 1903 København", "BK Frem København"}
    table = competition_table(full, "dk.1", "1991-92")
    assert [(row.club, row.stage) for row in table.rows[-2:]] == [
        ("Vejle BK", "Regular Season"),
        ("Odense BK", "Regular Season"),
    ]


def test_allsvenskan_1989_final_best_of_three(full: Store) -> None:
    # the third match of the final is in the data as "Malmö FF 3-4 pen. IFK Norrköping" (0-0 after extra
    # time, en.wikipedia "1989 Allsvenskan"): a shoot-out alone, which decides the final
    matches = [m for m in season_matches(full, "se.1", "1989") if m.stage == "Finals"]
    (third,) = [m for m in matches if shootout_only(m)]
    assert (third.date.isoformat(), third.home, third.away, str(third.pens)) == (
        "1989-11-15",
        "Malmö FF",
        "IFK Norrköping",
        "3-4",
    )
    (final,) = [t for r in rounds(matches, tie_rules("se.1", "1989")) if r.round == "Final" for t in r.ties]
    assert final.winner == "IFK Norrköping" and final.problem is None
    assert final.how == "in a replay (4–3 on penalties, the score after play not in the data)"
    # Swedish champions 1982-1990, the play-offs' winners (Wikipedia "List of Swedish football champions")
    champions = {year: champion_of(full, "se.1", str(year)) for year in range(1982, 1991)}
    assert champions == {
        1982: "IFK Göteborg",
        1983: "IFK Göteborg",
        1984: "IFK Göteborg",
        1985: "Örgryte IS",
        1986: "Malmö FF",
        1987: "IFK Göteborg",
        1988: "Malmö FF",
        1989: "IFK Norrköping",
        1990: "IFK Göteborg",
    }


def test_allsvenskan_1984_semi_final_on_penalties(full: Store) -> None:
    # 1984: IFK Norrköping reached the final (lost to IFK Göteborg, Wikipedia "1984 Allsvenskan") past
    # Hammarby after 0-0 and a second leg the data gives as a shoot-out alone (Hammarby 4-5 pen.)
    matches = [m for m in season_matches(full, "se.1", "1984") if m.round == "Semifinals"]
    ties = [t for r in rounds(matches, tie_rules("se.1", "1984")) for t in r.ties]
    (tie,) = [t for t in ties if "Hammarby IF" in (t.first, t.second)]
    assert tie.winner == "IFK Norrköping"
    assert tie.how == "5–4 on penalties (level on aggregate, the score after play not in the data)"
