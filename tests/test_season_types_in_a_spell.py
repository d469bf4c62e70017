"""A spell across a change of its league between autumn-to-spring and calendar-year seasons, against the
whole corpus (``full``): each part of it read in its own seasons' type for the cups the spell's one type
of season never lists (touchline.api.managers._cups_of_other_seasons).

Miguel Ángel Russo at Boca Juniors, 30 December 2019 to 17 August 2021 (touchline/data/people/
miguel-angel-russo.toml): the Superliga of 2019-20 (autumn to spring), then the calendar-year seasons of
2020 and 2021. The store holds neither the Copa de la Superliga of 2019-20 (one matchday, 13 to 16 March
2020, ultimahoradiario.com.ar, March 2020: "Viernes 13 de marzo ... Lunes 16 de marzo"; Boca among its
24 clubs, only River Plate, Atlético Tucumán, Defensa y Justicia and Estudiantes playing none of it,
mdzol.com and cba24n.com.ar, April 2020, as data/calendar.toml cites) nor the Copa de la Liga Profesional
of 2021 (from 12 February 2021, laautenticadefensa.net, February 2021; Boca's semi-final against Racing
on 31 May 2021, informadostdf.com, July 2025: "El 31 de mayo, por las semifinales de la Copa de la Liga
Profesional, igualó 0-0 ante Racing").
"""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps, spell_of
from touchline.api.managers import Filters, _cups_of_other_seasons
from touchline.compute.coverage import GapKind
from touchline.store import Store

RUSSO = "Miguel Ángel Russo"
BOCA = "Boca Juniors"


def test_whole_spell_names_both_cups(full: Store) -> None:
    # read by calendar years (most of its league seasons: 2020, 2021), the Copa de la Superliga of
    # 2019-20, listed for autumn-to-spring seasons only, was never named
    spell = spell_of(full, RUSSO, BOCA)
    assert spell.coverage == "partial"
    assert certain_gaps(spell, "ar.cup.sl", GapKind.CUP) == {"2019-20": "open to the Superliga's clubs"}
    assert certain_gaps(spell, "ar.cup.l", GapKind.CUP) == {"2021": "open to the Primera División's clubs"}
    # the gaps in time order: the Copa de la Superliga first
    cups = [g.competition for g in spell.gaps if g.competition in ("ar.cup.sl", "ar.cup.l")]
    assert cups == ["ar.cup.sl", "ar.cup.l"]


def test_spell_to_june_2021_names_both_cups(full: Store) -> None:
    # read by autumn-to-spring seasons (the league's 2019-20, and 2020-21 to June 2021), the Copa de la
    # Liga of 2021, listed from the calendar year 2021, was never named
    spell = spell_of(full, RUSSO, BOCA, Filters(date_to=dt.date(2021, 6, 30)))
    assert spell.coverage == "partial"
    assert certain_gaps(spell, "ar.cup.sl", GapKind.CUP) == {"2019-20": "open to the Superliga's clubs"}
    assert certain_gaps(spell, "ar.cup.l", GapKind.CUP) == {"2021": "open to the Primera División's clubs"}


def test_spell_before_the_copa_de_la_liga_names_the_superliga_cup_only(full: Store) -> None:
    # to 31 January 2021 (before the Copa de la Liga's first round of 12 February 2021): the Copa de la
    # Superliga of 2019-20 still lacking, no Copa de la Liga yet
    spell = spell_of(full, RUSSO, BOCA, Filters(date_to=dt.date(2021, 1, 31)))
    assert certain_gaps(spell, "ar.cup.sl", GapKind.CUP) == {"2019-20": "open to the Superliga's clubs"}
    assert certain_gaps(spell, "ar.cup.l") == {}


def test_a_spell_of_one_season_type_adds_nothing(full: Store) -> None:
    # every league season of the slots calendar years (Boca's 2021): no part of another type to read
    club = spell_of(full, RUSSO, BOCA).spell.team
    slots = [("2021", dt.date(2021, 1, 1), dt.date(2021, 8, 17))]
    assert _cups_of_other_seasons(full, club, BOCA, "ar.1", slots, slots) == []
    # a part of the other type whose cups the spell's seasons already list adds none of them again:
    # the cups of 2019-20 (the Copa Argentina, the Copa de la Superliga) read in calendar years
    cup_slots = [
        ("2019", dt.date(2019, 7, 1), dt.date(2019, 12, 31)),
        ("2020", dt.date(2020, 1, 1), dt.date(2020, 6, 30)),
    ]
    other = [("2019-20", dt.date(2019, 7, 1), dt.date(2020, 6, 30))]
    assert _cups_of_other_seasons(full, club, BOCA, "ar.1", other, cup_slots) == []
