"""Published records of managers of probe AW (German, Austrian, Swiss and Nordic clubs), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand from a cited page.
German clubs' published counts take a cup tie decided on penalties as won or lost
(``Shootouts.RESULT``), not as the draw touchline counts by default.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store

RESULTS = Filters(shootouts=Shootouts.RESULT)


def test_walter_at_hamburg_103_matches_at_1_82_points(full: Store) -> None:
    # sportschau.de, 12 February 2024 ("HSV trennt sich von Trainer Walter"): "Walter holte in 103 Spielen im
    # Schnitt 1,82 Punkte pro Partie". The store lacks the two relegation play-offs, which the same article
    # gives from Hamburg's side: "2022 scheiterte der HSV in der Relegation an Hertha BSC (1:0, 0:2), im
    # vergangenen Jahr gegen den VfB Stuttgart (0:3, 1:3)": one win and three defeats.
    spell = spell_of(full, "Tim Walter", "Hamburger SV", RESULTS)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (99, 54, 22, 23)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("de.1", "2021-22"),
        ("de.1", "2022-23"),
    }
    played, won, drawn = record.played + 4, record.won + 1, record.drawn
    assert played == 103
    assert round((3 * won + drawn) / played, 2) == 1.82


def test_werner_at_bremen_to_december_2024(full: Store) -> None:
    # sportschau.de / buten un binnen, 1 December 2024 ("Werders Bessermacher Werner blickt zurück"): "In 104
    # Pflichtspielen stand Werner mittlerweile für Werder an der Seitenlinie. Dabei holte er 41 Siege und 23
    # Unentsch[ieden]" (the stored excerpt ends there), after the 2-2 against VfB Stuttgart, which the store
    # dates 30 November 2024.
    spell = spell_of(
        full, "Ole Werner", "Werder Bremen", Filters(date_to=dt.date(2024, 12, 1), shootouts=Shootouts.RESULT)
    )
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (104, 41, 23, 40)
    assert spell.coverage == "full"


def test_werner_at_bremen_128_matches_at_1_44_points(full: Store) -> None:
    # tag24.de, May 2025 ("Er wollte nicht verlängern, jetzt ist Werner seinen Job sofort los"): "Werner stand
    # in 128 Spielen an der Seitenlinie der Bremer, holte 1,44 Punkte im Schnitt".
    spell = spell_of(full, "Ole Werner", "Werder Bremen", RESULTS)
    record = spell.record
    assert record.played == 128
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.44
    assert spell.coverage == "full"


def test_hoeness_at_stuttgart_first_49_bundesliga_matches(full: Store) -> None:
    # weltfussball.de, October 2024 ("Hoeneß mit irrem Vereinsrekord beim VfB Stuttgart"), before his 50th
    # Bundesliga match, at home to Holstein Kiel on 26 October 2024: "Seine bisherige Ausbeute von 28 Siegen,
    # elf Unentschieden und zehn Niederlagen". The store names the 2023 relegation play-off as missing (it
    # files it under de.1), which the Bundesliga's own count leaves out.
    spell = spell_of(
        full, "Sebastian Hoeneß", "VfB Stuttgart", Filters(competitions=("de.1",), date_to=dt.date(2024, 10, 25))
    )
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (49, 28, 11, 10)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("de.1", "2022-23")}


def test_hoeness_at_stuttgart_52_bundesliga_wins_before_cologne(full: Store) -> None:
    # stuttgarter-nachrichten.de, 11 February 2026: a win at home to 1. FC Köln on 14 February 2026 "wäre dies
    # der 53. Bundesligasieg unter Sebastian Hoeneß".
    spell = spell_of(
        full, "Sebastian Hoeneß", "VfB Stuttgart", Filters(competitions=("de.1",), date_to=dt.date(2026, 2, 13))
    )
    assert spell.record.won == 52


def test_hoeness_at_stuttgart_supercup_2025_was_his_100th_match(full: Store) -> None:
    # murrhardter-zeitung.de, before the 2025 DFL-Supercup ("Hoeneß knackt die 100er-Marke"): against Bayern
    # "wird Sebastian Hoeneß zum 100. Mal in einem Pflichtspiel auf der Trainerbank Platz nehmen". The
    # store holds 96 of the 99 before it and names the three it lacks: the two legs of the 2023 relegation
    # play-off (de.1 2022-23) and the 2024 DFL-Supercup (de.sc 2024-25).
    spell = spell_of(full, "Sebastian Hoeneß", "VfB Stuttgart", Filters(date_to=dt.date(2025, 8, 15)))
    assert spell.record.played == 96
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("de.1", "2022-23"),
        ("de.sc", "2024-25"),
    }
    assert spell.record.played + 2 + 1 == 99


def test_huerzeler_at_st_pauli_29_league_matches_67_points(full: Store) -> None:
    # tag24.de ("FC St. Pauli: Fabian Hürzeler wird zum Rekord-Jäger"), written after the 2-0 at SV
    # Elversberg "am vergangenen Freitag", which the store dates Friday 3 November 2023: "In 29 Partien
    # holten die Kiezkicker unter seiner Regie beeindruckende 67 Punkte. Zudem war es bereits der 20. Sieg
    # Hürzelers als Zweitliga-Coach", and Braunschweig and Hamburg had been "zwei Niederlagen ... in 31
    # Pflichtspielen unter Hürzeler".
    spell = spell_of(
        full,
        "Fabian Hürzeler",
        "FC St. Pauli",
        Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2023, 11, 3)),
        start=dt.date(2022, 12, 23),
    )
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn, record.lost) == (29, 20, 67, 2)
    assert spell.coverage == "full"
