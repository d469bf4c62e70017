"""What a spell lacks, over the whole corpus, where coverage ends: the league nearest a spell without
data, a cup season held to a round before its final, a qualifying tie lost into another competition,
and the English cups of some tiers only."""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import GapKind
from touchline.store import Store


def _spell(store: Store, name: str, team: str, first: dt.date | None = None) -> SpellRecord:
    return next(
        s for s in manager_record(store, name).spells if s.team_name == team and (first is None or s.start >= first)
    )


def _notes(spell: SpellRecord) -> list[str]:
    return [str(g) for g in spell.gaps]


def test_a_spell_without_data_names_the_league_the_club_played_nearest_it(full: Store) -> None:
    # Nottingham Forest were in the Premier League in 2025-26 (en.wikipedia "2025–26 Nottingham Forest
    # F.C. season"), Blackpool in League One since 2023-24 (en.wikipedia "Blackpool F.C.")
    forest = _spell(full, "Sean Dyche", "Nottingham Forest")
    assert "(Premier League data in the store ends before this spell)" in _notes(forest)[0]
    blackpool = _spell(full, "Steve Bruce", "Blackpool FC")
    league = [g for g in blackpool.gaps if g.kind is GapKind.LEAGUE]
    assert league[0].why == "the store's EFL League One data ends with 2024-25"


def test_an_open_spell_of_fixtures_without_results_names_the_seasons_after_them(full: Store) -> None:
    # Moyes back at Everton from 11 January 2025 (BBC Sport): the store's Premier League ends with 2024-25
    everton = _spell(full, "David Moyes", "Everton FC", dt.date(2025, 1, 1))
    league = [g for g in everton.gaps if g.kind is GapKind.LEAGUE]
    assert league[0].seasons[0] == "2025-26" and league[0].why == "the store's Premier League data ends with 2024-25"


def test_the_rounds_after_a_cup_seasons_stored_end_are_named(full: Store) -> None:
    # the Coppa Italia of 2024-25 is held to its round of 16 (4 December 2024); Milan reached the final
    # (0-1 v Bologna, 14 May 2025) under Conceição, from 30 December 2024 (it.wikipedia "Coppa Italia
    # 2024-2025")
    milan = _spell(full, "Sérgio Conceição", "AC Milan")
    cut = [g for g in milan.gaps if g.kind is GapKind.CUP and g.competition == "it.cup"]
    assert [(g.seasons, g.last) for g in cut] == [(("2024-25",), dt.date(2024, 12, 4))]
    atalanta = _spell(full, "Gian Piero Gasperini", "Atalanta")
    assert [g.last for g in atalanta.gaps if g.kind is GapKind.CUP and g.competition == "it.cup"] == [
        dt.date(2024, 12, 4)
    ]


def test_a_lost_champions_league_play_off_expects_the_europa_league(full: Store) -> None:
    # Celtic lost the play-off to Kairat on penalties (August 2025) and played the Europa League's league
    # phase (en.wikipedia "2025–26 UEFA Europa League league phase")
    celtic = _spell(full, "Brendan Rodgers", "Celtic FC", dt.date(2023, 1, 1))
    continental = {(g.competition, s) for g in celtic.gaps if g.kind is GapKind.CONTINENTAL for s in g.seasons}
    assert ("uefa.el", "2025-26") in continental


def test_the_english_cups_of_some_tiers_are_named_by_era(full: Store) -> None:
    # Bournemouth: Third Division 1983-84 to 1986-87 and 1990-91 to 1991-92, Second Division 1987-88 to
    # 1989-90 (en.wikipedia "AFC Bournemouth"); the Associate Members' Cup (won in 1984) and Freight Rover,
    # Leyland DAF years; the Simod Cup and the Zenith Data Systems Cup in the Second Division
    # (en.wikipedia "EFL Trophy", "Full Members' Cup")
    bournemouth = _spell(full, "Harry Redknapp", "AFC Bournemouth")
    cups = {(g.name, s) for g in bournemouth.gaps if g.competition in ("eng.trophy", "eng.fmc") for s in g.seasons}
    assert cups == {
        ("Associate Members' Cup", "1983-84"),
        ("Freight Rover Trophy", "1984-85"),
        ("Freight Rover Trophy", "1985-86"),
        ("Freight Rover Trophy", "1986-87"),
        ("Simod Cup", "1987-88"),
        ("Simod Cup", "1988-89"),
        ("Zenith Data Systems Cup", "1989-90"),
        ("Leyland DAF Cup", "1990-91"),
        ("Leyland DAF Cup", "1991-92"),
    }
    # Preston in the Second Division (third tier) under Moyes, from January 1998 to 2000
    preston = _spell(full, "David Moyes", "Preston North End")
    assert {s for g in preston.gaps if g.competition == "eng.trophy" for s in g.seasons} == {
        "1997-98",
        "1998-99",
        "1999-00",
    }
    # a Premier League club plays neither
    for spell in manager_record(full, "Pep Guardiola").spells:
        assert not [g for g in spell.gaps if g.competition in ("eng.trophy", "eng.fmc")]
