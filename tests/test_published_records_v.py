"""Published records of managers of probe V, against the whole corpus (``full``: all of ../shared/data
and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.model import CompetitionKind
from touchline.store import Store


def test_di_matteo_at_chelsea_is_the_published_record_less_the_two_super_cups(full: Store) -> None:
    # visir.is, 21 November 2012 ("Annar brottrekstur Di Matteo"): he won 24 of his 42 matches as Chelsea
    # manager (57.14%); osaseye.blogspot.com, 21 November 2012, quoting the sacking: "won 24 of his 42
    # games". The caretaker spell (4 March to 13 June 2012) is held whole; the permanent one lacks the
    # Community Shield (2-3 v Manchester City, 12 August 2012) and the UEFA Super Cup (1-4 v Atlético
    # Madrid, 31 August 2012): two defeats.
    spells = [s for s in manager_record(full, "Roberto Di Matteo", Filters()).spells if s.team_name == "Chelsea FC"]
    caretaker, permanent = sorted(spells, key=lambda s: s.start)
    assert caretaker.coverage == "full"
    assert permanent.coverage == "partial"
    assert {(g.competition, season) for g in permanent.gaps for season in g.seasons} == {
        ("eng.sc", "2012-13"),
        ("uefa.sc", "2012-13"),
    }
    lacked = (2, 0, 0, 2)
    counted = [
        sum(getattr(s.record, field) for s in (caretaker, permanent)) for field in ("played", "won", "drawn", "lost")
    ]
    total = tuple(a + b for a, b in zip(counted, lacked, strict=True))
    assert total == (42, 24, 9, 9)


def test_hasenhuettl_at_southampton_played_173(full: Store) -> None:
    # Kleine Zeitung, 18 March 2024: "173 Spiele absolvierte Hasenhüttl in fast vier Jahren"; bulinews.com
    # (March 2024): "After 173 games ... away from the German top league". Counted from his first match,
    # Cardiff at home on 8 December 2018 (Kelvin Davis took the match at Tottenham on 5 December).
    spell = spell_of(full, "Ralph Hasenhüttl", "Southampton FC")
    assert spell.record.played == 173
    assert spell.coverage == "full"


def test_hasenhuettl_at_wolfsburg_44_matches_at_1_36_points(full: Store) -> None:
    # laola1.at, 4 May 2025: "Hasenhüttl stand seit März 2024 in 44 Spielen beim VfL an der Seitenlinie,
    # sein Punkteschnitt beträgt 1,36" (60 points: 17 wins, 9 draws)
    spell = spell_of(full, "Ralph Hasenhüttl", "VfL Wolfsburg")
    record = spell.record
    assert record.played == 44
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.36
    assert spell.coverage == "full"


def test_hasenhuettl_leipzig_first_bundesliga_season(full: Store) -> None:
    # bulinews.com (March 2024): RB Leipzig's debut Bundesliga season 2016-17 under Hasenhüttl, second
    # place: "20 wins, 7 draws and 7 losses"
    spell = spell_of(
        full, "Ralph Hasenhüttl", "RB Leipzig", Filters(competitions=("de.1",), date_to=dt.date(2017, 6, 30))
    )
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (34, 20, 7, 7)
    assert spell.coverage == "full"


def test_labbadia_at_fuerth_34_league_matches_52_points(full: Store) -> None:
    # tagesspiegel.de, April 2020 ("Von Darmstadt 98 bis Hertha BSC"): Greuther Fürth 2007-08, "Bilanz: 34
    # Ligaspiele, 52 Punkte"
    spell = spell_of(full, "Bruno Labbadia", "SpVgg Greuther Fürth", Filters(kinds=(CompetitionKind.LEAGUE,)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (34, 52)
    assert spell.coverage == "full"
