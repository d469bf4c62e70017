"""What a record's notes say it lacks, on the whole corpus: the league named where the store's data
ends is the one the team last played in, and a spell of fixtures without results names the cups the
store lacks too."""

from __future__ import annotations

from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import Coverage, GapKind
from touchline.store import Store


def _spell(store: Store, name: str, team: str) -> SpellRecord:
    [spell] = [s for s in manager_record(store, name).spells if s.team_name == team]
    return spell


def test_the_league_the_data_ends_with_is_the_one_the_team_left(full: Store) -> None:
    # Ipswich Town under McKenna: League One 2021-22 and 2022-23 (the league it played most in), the
    # Championship 2023-24, the Premier League 2024-25, relegated in 2025 (Premier League 2024-25 final
    # table, premierleague.com); the seasons after the store's data are told by the Premier League's end
    ipswich = _spell(full, "Kieran McKenna", "Ipswich Town")
    later = [g for g in ipswich.gaps if g.kind is GapKind.LEAGUE and "2025-26" in g.seasons]
    assert [(g.competition, g.why) for g in later] == [("eng.1", "the store's Premier League data ends with 2024-25")]


def test_a_spell_without_results_names_the_cups_the_store_lacks(full: Store) -> None:
    # Potter's West Ham: the store's Premier League 2024-25 lists his 18 league matches without results,
    # and he also played the FA Cup of 2024-25 (lost 2-1 at Aston Villa in the third round on 10 January
    # 2025, his first match; BBC Sport), which the store does not hold
    west_ham = _spell(full, "Graham Potter", "West Ham United")
    assert west_ham.coverage is Coverage.NONE
    kinds = {(g.kind, g.competition): g.seasons for g in west_ham.gaps}
    assert kinds[(GapKind.NO_RESULT, "eng.1")] == ("2024-25",)
    assert kinds[(GapKind.CUP, "eng.cup")] == ("2024-25",)


def test_a_calendar_year_title_reached_from_a_july_to_june_league_names_its_editions_by_year(full: Store) -> None:
    # River Plate won the Copa Libertadores of 1996 (v América de Cali, 26 June 1996) under Ramón Díaz, in
    # Argentina's 1995-96 season, and played the Intercontinental Cup of 1996 (v Juventus in Tokyo, 26
    # November 1996) and the Recopa Sudamericana of 1997 (v Vélez Sársfield; en.wikipedia "1996
    # Intercontinental Cup", "1997 Recopa Sudamericana"): named by their years, not "1996-97"
    river = next(s for s in manager_record(full, "Ramón Díaz").spells if s.team_name == "River Plate")
    editions = {(g.competition, g.seasons) for g in river.gaps if g.competition in ("world.icc", "copa.recopa")}
    assert editions == {("world.icc", ("1996",)), ("copa.recopa", ("1997",))}


def test_the_wars_seasons_without_football_are_no_gap(full: Store) -> None:
    # the Football League and the FA Cup stopped after 1914-15 and resumed in 1919-20; the league again
    # from 1939-40 to 1945-46 (en.wikipedia "Football League", "FA Cup"): Chapman's Leeds City (Second
    # Division, to 1918-19) and Busby's Manchester United (from October 1945) lack nothing there
    leeds = _spell(full, "Herbert Chapman", "Leeds City")
    wartime = {"1915-16", "1916-17", "1917-18", "1918-19"}
    assert not [g for g in leeds.gaps if wartime & set(g.seasons)]
    [united, _] = [s for s in manager_record(full, "Matt Busby").spells if s.team_name == "Manchester United"]
    assert not [g for g in united.gaps if "1945-46" in g.seasons and g.kind is GapKind.LEAGUE]


def test_a_charity_shield_of_professionals_v_amateurs_expects_no_club(full: Store) -> None:
    # the Charity Shields of 1923 to 1926 were Professionals v Amateurs; Huddersfield Town, FA Cup
    # winners of 1921-22, played that of 1922 (v Liverpool), not those of 1923 and 1924 as champions
    # (en.wikipedia "FA Community Shield", list of matches)
    huddersfield = _spell(full, "Herbert Chapman", "Huddersfield Town")
    shields = [g.seasons for g in huddersfield.gaps if g.competition == "eng.sc"]
    assert shields == [("1922-23",)]


def test_an_intertoto_cup_an_english_club_played_and_lost_is_named(full: Store) -> None:
    # Newcastle under Bobby Robson played the Intertoto Cup of 2001 (Lokeren 1-0 and 4-0, 1860 Munich 3-2
    # and 3-1, Troyes 0-0 and 4-4, out on away goals in its final; en.wikipedia "2001 UEFA Intertoto Cup"),
    # which the store lacks: his published Newcastle record, 255 games 119-64-72 (en.wikipedia "Bobby
    # Robson", managerial statistics), is the store's figures and those six matches (4-2-0)
    newcastle = _spell(full, "Bobby Robson", "Newcastle United")
    assert newcastle.coverage is Coverage.PARTIAL
    assert [g.seasons for g in newcastle.gaps if g.competition == "uefa.intertoto"] == [("2001-02",)]
    r = newcastle.record
    assert (r.played + 6, r.won + 4, r.drawn + 2, r.lost) == (255, 119, 64, 72)


def test_a_competition_qualified_for_that_began_after_the_spell_is_no_gap(full: Store) -> None:
    # Panathinaikos beat Samsunspor in the Europa League's play-offs (28 August 2025) under Rui Vitória,
    # dismissed on 15 September 2025; the league phase began on 24 September (UEFA.com): not his
    panathinaikos = _spell(full, "Rui Vitória", "Panathinaikos")
    assert not [g for g in panathinaikos.gaps if g.competition == "uefa.el"]


def test_a_play_off_or_a_lower_tiers_cup_over_before_the_spell_is_no_gap(full: Store) -> None:
    # Lampard took over Derby County on 31 May 2018; the Championship play-off final had been played on
    # 26 May 2018 (Fulham 1-0 Aston Villa; Derby out in the semi-finals), the season's last day 6 May
    derby = _spell(full, "Frank Lampard", "Derby County")
    assert not [g for g in derby.gaps if g.kind is GapKind.PLAYOFF and "2017-18" in g.seasons]
    # George Graham took over Arsenal, a First Division club, on 14 May 1986, after its season: no Freight
    # Rover Trophy (of the third and fourth tiers) of 1985-86 for it; Millwall's of 1983-84 (the Associate
    # Members' Cup) and 1984-85 stay, in the Third Division then (promoted in 1985)
    arsenal = _spell(full, "George Graham", "Arsenal FC")
    assert not [g for g in arsenal.gaps if g.competition == "eng.trophy"]
    millwall = _spell(full, "George Graham", "Millwall FC")
    assert [g.seasons for g in millwall.gaps if g.competition == "eng.trophy"] == [("1983-84",), ("1984-85",)]
