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
