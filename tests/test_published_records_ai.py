"""Published records of managers of probe AI (German clubs), against the whole corpus (``full``: all of
../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell the store holds whole.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.records import outcome
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = Filters(kinds=(CompetitionKind.LEAGUE,))


def test_gisdol_at_hoffenheim_85_and_at_hamburg_48_bundesliga_matches(full: Store) -> None:
    # kicker.de, October 2015 ("Gisdol-Nachfolge: Stevens übernimmt Hoffenheim"): "muss somit auch Gisdol
    # exakt nach 85 Spielen als Cheftrainer der TSG seinen Platz räumen" (the Bundesliga matches: 7 of
    # 2012-13, 34, 34 and 10 of 2015-16). Hamburger Abendblatt (funkemedien), January 2018, on his
    # dismissal at Hamburg: "48 Bundesligaspiele (14 Siege, zehn Unentschieden, 24 Niederlagen)";
    # hsv24.mopo.de, 21 January 2018, the same 14, 10 and 24.
    spells = {s.team_name: s for s in manager_record(full, "Markus Gisdol", LEAGUE).spells}
    hoffenheim, hamburg = spells["1899 Hoffenheim"].record, spells["Hamburger SV"]
    assert hoffenheim.played == 85
    assert (hamburg.record.played, hamburg.record.won, hamburg.record.drawn, hamburg.record.lost) == (48, 14, 10, 24)
    assert hamburg.coverage == "full"


def test_keller_at_schalke_won_30_of_58_bundesliga_matches(full: Store) -> None:
    # bundesliga.com, October 2014 ("Zahlen und Fakten: Jens Keller mit guter Bilanz"): "Von seinen 58
    # Bundesliga-Spielen gewann Schalke über die Hälfte (30)".
    spell = spell_of(full, "Jens Keller", "FC Schalke 04", LEAGUE)
    assert (spell.record.played, spell.record.won) == (58, 30)
    assert spell.coverage == "full"


def test_korkut_at_hannover_and_at_stuttgart(full: Store) -> None:
    # kicker.de, April 2015 ("Korkut muss bei 96 gehen"): "In 46 Ligaspielen sammelte er 14 Siege und elf
    # Remis, 21 Partien gingen verloren". zeit.de and bild.de, October 2018, on his dismissal at Stuttgart:
    # "In 22 Bundesliga-Spielen holte er zehn Siege und sechs Unentschieden" (bild.de: 1,64 Punkte pro
    # Spiel, 36 from 22). The 22 are all his Stuttgart matches: 21 in the Bundesliga (from matchday 21 of
    # 2017-18, rb.sexy, January 2018: "Vor dem 21. Spieltag"; stuttgarter-wochenblatt.de, October 2018:
    # "Sieben Bundesligaspiele, ein Sieg, zwei Unentschieden, vier Niederlagen" in 2018-19) and the
    # DFB-Pokal defeat at Hansa Rostock (0-2, 18 August 2018), that source's "Aus im DFB-Pokal".
    spells = {s.team_name: s for s in manager_record(full, "Tayfun Korkut", Filters()).spells}
    hannover, stuttgart = spells["Hannover 96"], spells["VfB Stuttgart"]
    hannover_league = Counter(outcome(m, hannover.spell.team) for m in hannover.matches if m.competition == "de.1")
    assert (hannover_league["W"], hannover_league["D"], hannover_league["L"]) == (14, 11, 21)
    assert hannover.coverage == "full"
    record = stuttgart.record
    assert (record.played, record.won, record.drawn, record.lost) == (22, 10, 6, 6)
    assert [m.date for m in stuttgart.matches if m.competition != "de.1"] == [dt.date(2018, 8, 18)]
    assert stuttgart.coverage == "full"


def test_dutt_at_werder_43_bundesliga_matches_43_points(full: Store) -> None:
    # dfb.de (sid), October 2014, "Werder Bremen entlässt Trainer Dutt": "In 43 Liga-Spielen holte der
    # frühere DFB-Sportdirektor magere 43 Punkte"
    spell = spell_of(full, "Robin Dutt", "Werder Bremen", LEAGUE)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (43, 43)
    assert spell.coverage == "full"


def test_zorniger_at_stuttgart_13_bundesliga_matches_10_points(full: Store) -> None:
    # remszeitung.de, 24 November 2015: "nach nur 13 Bundesligaspielen, in denen der VfB Stuttgart zehn
    # Punkte holte"; kleinezeitung.at, November 2015: "in den bisherigen 13 Begegnungen nur 10 Punkte
    # geholt und mit 31 erhaltenen Treffern"
    spell = spell_of(full, "Alexander Zorniger", "VfB Stuttgart", LEAGUE)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn, record.goals_against) == (13, 10, 31)
    assert spell.coverage == "full"


def test_breitenreiter_at_schalke_31_bundesliga_matches_at_1_45_points(full: Store) -> None:
    # muensterlandzeitung.de, 27 April 2016: "In 31 Bundesligaspielen brachte es der 42-Jährige nur auf
    # einen Schnitt von 1,45 Zähler" (45 points).
    filters = Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2016, 4, 26))
    spell = spell_of(full, "André Breitenreiter", "FC Schalke 04", filters)
    record = spell.record
    assert record.played == 31
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.45
    assert spell.coverage == "full"
