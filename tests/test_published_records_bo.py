"""Published records of managers of probe BO (Bundesliga managers), against the whole corpus (``full``:
all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts, outcome
from touchline.store import Store


def test_dardai_at_hertha_172_matches_counting_the_shootouts(full: Store) -> None:
    # sportbuzzer.de (Märkische Allgemeine), 21 May 2019: "172 Pflichtspiele bestritt Pal Dardai als Trainer
    # von Hertha BSC ... 65 Spiele gewannen die Berliner in seiner Zeit, 65 Mal gingen sie als Verlierer vom
    # Platz, dazu kommen 42 Remis". Two DFB-Pokal ties went to penalties: won at Jahn Regensburg (1-1,
    # 21 August 2016) and lost at Borussia Dortmund (1-1, 8 February 2017); the paper counts them as a win
    # and a defeat, touchline as draws unless asked (64-44-64).
    spell = spell_of(full, "Pál Dárdai", "Hertha BSC", Filters(shootouts=Shootouts.RESULT))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (172, 65, 42, 65)
    assert spell.coverage == "full"


def test_terzic_interim_at_dortmund_won_20_of_32(full: Store) -> None:
    # fussballdaten.de, 26 May 2022: "Er gewann mit der Borussia 20 von 32 Pflichtsp[ielen]" (his first
    # spell, 13 December 2020 to the end of 2020-21); kurier.at, May 2021, after the DFB-Pokal final of
    # 13 May 2021: "Unter Terzic gab es 30 Spiele mit acht Niederlagen, aber 18 Siegen", two Bundesliga
    # wins (Mainz, Leverkusen) following.
    spell = spell_of(full, "Edin Terzić", "Borussia Dortmund", start=dt.date(2020, 12, 13))
    assert (spell.record.played, spell.record.won, spell.record.lost) == (32, 20, 8)
    assert spell.coverage == "full"


def test_sahin_at_dortmund_27_matches_at_1_48_points(full: Store) -> None:
    # reviersport.de, January 2025: "Der von Sahin liegt nach 27 Begegnungen bei 1,48" (points a match,
    # every competition; 90min.de, January 2025, the same from transfermarkt: "in lediglich 27
    # Pflichtspielen ... einen Schnitt von 1,48 Punkten pro Spiel"). Of them, in the Bundesliga: "Bei Sahin
    # sind es 25 Zähler nach 18 Spielen (1,39)" (reviersport.de).
    spell = spell_of(full, "Nuri Şahin", "Borussia Dortmund")
    record = spell.record
    assert record.played == 27
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.48
    league = [m for m in spell.matches if m.competition == "de.1"]
    results = [outcome(m, spell.team_name) for m in league]
    assert (len(league), 3 * results.count("W") + results.count("D")) == (18, 25)
    assert spell.coverage == "full"


def test_herrlich_at_leverkusen(full: Store) -> None:
    # bild.de, December 2018 ("Bayer Leverkusen feuert Heiko Herrlich"): "Herrlich (32 Siege, 14 Remis
    # und 18 Niederlagen in Leverkusen)"
    check_whole(full, "Heiko Herrlich", "Bayer Leverkusen", (64, 32, 14, 18))


def test_baum_at_augsburg_87_matches(full: Store) -> None:
    # br.de, April 2019 ("FC Augsburg: Trainer Baum entlassen"): "Manuel Baum stand zum ersten Mal am
    # 17. Dezember 2016 an der Seitenlinie des FCA und führten den Klub in 87 Spielen"
    spell = spell_of(full, "Manuel Baum", "FC Augsburg")
    assert spell.record.played == 87
    assert spell.coverage == "full"


def test_wagner_at_augsburg_14_matches_10_league_points(full: Store) -> None:
    # skysportaustria.at, 1 December 2025: "Nach nur 14 Pflichtspielen hat der FC Augsburg die Reißleine
    # gezogen"; mopo.de, 1 December 2025: "Mit nur zehn Zählern aus den ersten zwölf Spielen ... Im
    # DFB-Pokal scheiterte man in der 2. Runde gegen den Zweitligisten VfL Bochum"; tag24.de: two wins to
    # start, in the cup (at Hallescher FC) and the league, then "nur noch zwei weitere Dreier in der Liga".
    spell = spell_of(full, "Sandro Wagner", "FC Augsburg")
    league = [m for m in spell.matches if m.competition == "de.1"]
    assert (spell.record.played, len(league)) == (14, 12)
    assert (spell.record.won, spell.record.drawn, spell.record.lost) == (4, 1, 9)
    assert spell.coverage == "full"


def test_kohfeldt_at_werder_bundesliga_level_after_union(full: Store) -> None:
    # kreiszeitung.de, February 2020: "Seit dem Wochenende ist seine Bundesliga-Bilanz als Werder-Trainer
    # ausgeglichen. Das 0:2 gegen Union Berlin war Kohfeldts 28. Niederlage – der stehen 28 Siege und 23
    # Unentschieden gegenüber" (the 0-2 was on 8 February 2020). His spell as a whole lacks the Bundesliga
    # relegation play-offs of 2019-20 against 1. FC Heidenheim (0-0 at home, 2-2 away on 6 July 2020:
    # tagesschau.de), which the store does not hold.
    filters = Filters(competitions=("de.1",), date_to=dt.date(2020, 2, 8))
    spell = spell_of(full, "Florian Kohfeldt", "Werder Bremen", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (79, 28, 23, 28)
    assert spell.coverage == "full"


def test_toppmoeller_record_start_36_points_from_14(full: Store) -> None:
    # tagesspiegel.de ("Auf- und Abstieg des Klaus Toppmöller"): "24. November 2001: Mit 36 Punkten nach 14
    # Spieltagen stellt Bayer seit Einführung der Drei-Punkte-Wertung einen neuen Startrekord in der
    # Bundesliga auf" (unbeaten: 11 wins, 3 draws)
    filters = Filters(competitions=("de.1",), date_to=dt.date(2001, 11, 24))
    spell = spell_of(full, "Klaus Toppmöller", "Bayer Leverkusen", filters)
    assert (spell.record.played, 3 * spell.record.won + spell.record.drawn, spell.record.lost) == (14, 36, 0)
    assert spell.coverage == "full"
