"""Published records of managers of probe AX (MLS, the K League, the A-League and Argentina), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or part of one, that the store
holds whole, or whose only missing matches are the ones the store names, counted by hand. MLS publishes
a coach's record as wins-losses-ties of the regular season and of the MLS Cup playoffs apart: the store's
Major League Soccer matches are split by their stage ("Regular Season", "Playoffs") to compare.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tests.published import MLS, certain_gaps, mls_playoff, mls_wlt, spell_of
from touchline.api.managers import Filters, SpellRecord, manager_record
from touchline.compute.coverage import GapKind
from touchline.compute.records import record
from touchline.store import Store


def _regular(spells: Iterable[SpellRecord]) -> tuple[int, int, int]:
    """The regular-season W-L-T of the spells' MLS matches together."""
    spells = list(spells)
    team = spells[0].spell.team
    assert all(s.spell.team == team for s in spells)
    return mls_wlt((m for s in spells for m in s.matches if not mls_playoff(m)), team)


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def test_nicol_at_new_england_112_108_81_in_301_regular_season_games(full: Store) -> None:
    # cbsnews.com/boston and nesoccertoday.com (24 October 2011): "a career record of 112-108-81, ranking
    # second in Major League Soccer in overall career games coached (301)"; revolutionsoccer.net, 25
    # October 2011: "coached 299 consecutive regular-season games from 2002-11". The other two are his
    # interim matches of 1999 (frankdellapa.com, "Oct. 2, 1999 - Steve Nicol's first win"): the 2-1 over
    # the MetroStars and "a draw and shootout win over D.C. United the next week", which the published 112
    # wins count as one (110 + 2). The store gives that match of 9 October 1999 by its shoot-out only, and names it.
    interim, permanent = manager_record(full, "Steve Nicol", MLS).spells
    assert permanent.coverage == "full"
    regular = [m for m in permanent.matches if m.counts and not mls_playoff(m)]
    assert len(regular) == 299
    won, lost, tied = _regular([permanent])
    assert (won, lost, tied) == (110, 108, 81)
    assert _gwdl(interim) == (1, 1, 0, 0)
    assert [(g.kind, g.competition, g.seasons) for g in interim.gaps] == [(GapKind.NO_RESULT, "us.1", ("1999",))]
    shootout = [m for m in interim.matches if not m.counts]
    assert [(m.date, m.away, m.pens and (m.pens.home, m.pens.away)) for m in shootout] == [
        (dt.date(1999, 10, 9), "New England Revolution", (1, 2))
    ]
    assert (won + interim.record.won + len(shootout), lost, tied) == (112, 108, 81)


def test_heaps_at_new_england_75_81_43_and_4_3_1(full: Store) -> None:
    # boston.cbslocal.com, 19 September 2017 ("Revolution Fire Head Coach Jay Heaps"): "finishing with a
    # 75-81-43 record in the regular season to go with a 4-3-1 postseason mark" (mlssoccer.com, the same
    # day: "a 75W-81L-43D record in his six seasons").
    spell = spell_of(full, "Jay Heaps", "New England Revolution", MLS)
    assert spell.coverage == "full"
    assert _regular([spell]) == (75, 81, 43)
    assert mls_wlt((m for m in spell.matches if mls_playoff(m)), spell.spell.team) == (4, 3, 1)


def test_robinson_at_vancouver_64_59_42_in_the_regular_season(full: Store) -> None:
    # theprovince.com, 25 September 2018 ("Whitecaps have fired head coach Carl Robinson"): "an MLS regular
    # season record of 64-59-42" (AP, usatoday.com: "an MLS record of 64-59-42"; tsn.ca: "165 games, 64
    # wins, 42 draws, 59 losses").
    spell = spell_of(full, "Carl Robinson", "Vancouver Whitecaps", MLS)
    assert spell.coverage == "full"
    assert _regular([spell]) == (64, 59, 42)


def test_olsen_at_dc_united_113_137_84_interim_months_included(full: Store) -> None:
    # seattletimes.com (AP), 8 October 2020 ("Ben Olsen out as DC United coach"): "The team went 113-137-84
    # during his tenure", the regular season from his interim start of August 2010 (dcunited.com, 4 August
    # 2010). blackandredunited.com's "113W-88D-137L in MLS play" the same day gives 88 for the 84 ties.
    spells = manager_record(full, "Ben Olsen", MLS).spells
    assert [s.coverage for s in spells] == ["full", "full"]
    assert _regular(spells) == (113, 137, 84)


def test_choi_yong_soo_at_fc_seoul_2020_three_wins_in_thirteen(full: Store) -> None:
    # osen.co.kr, 30 July 2020 (his resignation): "올 시즌 리그 13경기서 3승 1무 9패"; slist.kr, the same
    # day: "득점력 10골에 실점은 29골" (10 goals for, 29 against).
    filters = Filters(competitions=("kr.1",), date_from=dt.date(2020, 1, 1))
    spell = spell_of(full, "Choi Yong-soo", "FC Seoul", filters)
    assert spell.coverage == "full"
    assert (*_gwdl(spell), spell.record.goals_for, spell.record.goals_against) == (13, 3, 1, 9, 10, 29)


def test_amor_at_adelaide_winless_eight_rounds_then_one_defeat_in_21(full: Store) -> None:
    # theroar.com.au, 30 November 2015: "Eight rounds, no wins, three points, last place"; indailysa.com.au,
    # 2 May 2016 (the grand final won 3-1 over Western Sydney): "After round eight, Adelaide lost just
    # once in 21 matches" (19 rounds and the two finals). aleagues.com.au (season review 2016-17):
    # "Played 27, Won 5, Drawn 8, Lost 14 / Goals: 25 / Conceded: 46".
    spell = spell_of(full, "Guillermo Amor", "Adelaide United", Filters(competitions=("au.1",)))
    team = spell.spell.team
    first = sorted((m for m in spell.matches if m.season == "2015-16"), key=lambda m: m.date)
    assert len(first) == 29
    opening = record(first[:8], team)
    assert (opening.won, 3 * opening.won + opening.drawn) == (0, 3)
    assert record(first[8:], team).lost == 1
    second = record([m for m in spell.matches if m.season == "2016-17"], team)
    assert (second.played, second.won, second.drawn, second.lost) == (27, 5, 8, 14)
    assert (second.goals_for, second.goals_against) == (25, 46)


def test_russo_at_boca_a_draw_then_six_wins_to_the_2019_20_title(full: Store) -> None:
    # ole.com.ar, 17 August 2021: his second spell "arrancó ... con un empate 0 a 0 ante Independiente";
    # dobleamarilla.com.ar, 17 August 2021: "El inicio del ciclo fue inmejorable: seis victorias seguidas y
    # campeón en la última vuelta" (the Superliga 2019-20, matchdays 17 to 23; elfutbolero.com.ar, 17 August
    # 2021: the title won on the last day against Diego Maradona's Gimnasia y Esgrima La Plata).
    filters = Filters(competitions=("ar.1",), date_to=dt.date(2020, 6, 30))
    spell = spell_of(full, "Miguel Ángel Russo", "Boca Juniors", filters)
    assert _gwdl(spell) == (7, 6, 1, 0)
    assert spell.coverage == "full"
    last = max(spell.matches, key=lambda m: m.date)
    assert (last.date, last.away, last.final and (last.final.home, last.final.away)) == (
        dt.date(2020, 3, 7),
        "Gimnasia de La Plata",
        (1, 0),
    )


def test_russo_at_boca_ten_without_a_win_one_of_them_in_a_named_gap(full: Store) -> None:
    # informadostdf.com (July 2025): his last win at Boca was "el 26 de mayo de 2021 ... 3 a 0 ante The
    # Strongest"; "El 31 de mayo, por las semifinales de la Copa de la Liga Profesional, igualó 0-0 ante
    # Racing ... Fue el inicio de un tramo de 10 partidos consecutivos sin triunfos" (two of them led by
    # Sebastián Battaglia with the reserves, ole.com.ar, 17 August 2021). The store lacks the Copa de la
    # Liga 2021, and names it: that semi-final is the tenth.
    spell = spell_of(full, "Miguel Ángel Russo", "Boca Juniors", Filters(date_from=dt.date(2021, 5, 26)))
    last_win = min(spell.matches, key=lambda m: m.date)
    assert (last_win.date, last_win.home, last_win.final and (last_win.final.home, last_win.final.away)) == (
        dt.date(2021, 5, 26),
        "Boca Juniors",
        (3, 0),
    )
    after = record([m for m in spell.matches if m.date > last_win.date], spell.spell.team)
    assert set(certain_gaps(spell, "ar.cup.l")) == {"2021"}
    assert (after.played + 1, after.won) == (10, 0)
