"""Published records of managers of probe AC (German, Austrian and Swiss clubs), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or a stretch of one, that the
store holds whole, or whose only missing or extra matches are named and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def test_matarazzo_at_stuttgart_100_competitive_matches(full: Store) -> None:
    # sportbuzzer.de, 10 October 2022 ("VfB Stuttgart trennt sich von Pellegrino Matarazzo"): "Matarazzo
    # trug bei den Stuttgartern in insgesamt 100 Pflichtspielen die sportliche Verantwortung. Dabei kam es
    # zu 31 Siegen, 29 Unentschieden und 40 Niederlagen."
    check_whole(full, "Pellegrino Matarazzo", "VfB Stuttgart", (100, 31, 29, 40))


def test_schwarz_at_hertha_28_league_matches(full: Store) -> None:
    # rbb24.de, 16 April 2023: "In 28 Bundesligaspielen gelangen dem Coach mit der Hertha nur fünf Siege
    # bei sieben Unentschieden und 16 Niederlagen"; berliner-zeitung.de (April 2023): "Das Torverhältnis:
    # 33:55". The DFB-Pokal defeat on penalties at Braunschweig is not a league match.
    spell = spell_of(full, "Sandro Schwarz", "Hertha BSC", Filters(kinds=LEAGUE))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (28, 5, 7, 16)
    assert (record.goals_for, record.goals_against) == (33, 55)
    assert spell.coverage == "full"


def test_slomka_at_hamburg_16_bundesliga_matches_and_the_missing_play_off(full: Store) -> None:
    # bild.de, 15 September 2014 ("HSV-Trainer Slomka entlassen"): "Der frühere Hannover-Trainer holte mit
    # Hamburg aus 16 Bundesliga-Spielen nur drei Siege (drei Unentschieden, zehn Niederlagen)". The store
    # lacks only the relegation play-off against Greuther Fürth (0-0 and 1-1, May 2014), a league-kind
    # competition: the Bundesliga alone is the published 16.
    spell = spell_of(full, "Mirko Slomka", "Hamburger SV", Filters(competitions=("de.1",)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (16, 3, 3, 10)
    league = spell_of(full, "Mirko Slomka", "Hamburger SV", Filters(kinds=LEAGUE))
    assert league.coverage == "partial"
    assert [season for g in league.gaps for season in g.seasons] == ["2013-14"]


def test_svensson_first_34_bundesliga_matches_at_mainz_54_points(full: Store) -> None:
    # kicker.de, December 2021 ("Nur vier Klubs besser als Mainz: Svenssons Super-Bilanz in seinen ersten
    # 34 Spielen"): "Sage und schreibe 54 Zähler, also 1,59 Punkte pro Spiel, holten die Rheinhessen seit
    # dem 15. Spieltag 2020/21"; written before the 15th matchday of 2021-22 (at Bayern, 11 December).
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2021, 12, 5))
    spell = spell_of(full, "Bo Svensson", "1. FSV Mainz 05", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (34, 54)
    assert spell.coverage == "full"


def test_fischer_at_union_78_bundesliga_matches_108_points_less_the_one_he_missed(full: Store) -> None:
    # berliner-zeitung.de, November 2021 (before the derby at Hertha on 20 November): "In seinen bisherigen
    # 78 Erstligaspielen als Eisern-Coach (beim 0:2 in der ersten Saison gegen die Bayern war er nicht
    # dabei) kommt Fischer auf 108 Punkte". The spell counts that 0-2 (17 May 2020, Markus Hoffmann on the
    # bench): 79 matches, the same 108 points. The spell's only gap is the 2018-19 promotion play-off.
    filters = Filters(competitions=("de.1",), date_to=dt.date(2021, 11, 19))
    spell = spell_of(full, "Urs Fischer", "1. FC Union Berlin", filters)
    record = spell.record
    missed = (1, 0, 0, 1)  # 0-2 against Bayern München
    assert (record.played, record.won, record.drawn, record.lost) == (79, 28, 24, 27)
    assert (record.played - missed[0], 3 * record.won + record.drawn) == (78, 108)
    assert [season for g in spell.gaps for season in g.seasons] == ["2018-19"]


def test_fischer_first_50_league_matches_at_basel(full: Store) -> None:
    # Schwarzwälder Bote (verlagshaus-jaumann.de), 19 November 2016, before Basel-Vaduz: "50 Mal saß er
    # bisher auf der Trainerbank des Abo-Meisters, 38 Mal durfte er nach 90 Minuten jubeln, dazu kommen
    # sieben Punkteteilungen und fünf Pleiten" (36 Super League matches of 2015-16 and 14 of 2016-17).
    filters = Filters(kinds=LEAGUE, date_to=dt.date(2016, 11, 18))
    spell = spell_of(full, "Urs Fischer", "FC Basel 1893", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (50, 38, 7, 5)
    assert spell.coverage == "full"


def test_baumgart_at_koeln_ten_points_ten_goals_from_16_matches_of_2023_24(full: Store) -> None:
    # rp-online.de, 21 December 2023: "Köln steht nach 16 Spielen mit nur zehn Toren und zehn Punkten auf
    # dem vorletzten Platz"; "nach der zehnten Niederlage im 16. Ligaspiel".
    filters = Filters(kinds=LEAGUE, date_from=dt.date(2023, 7, 1))
    spell = spell_of(full, "Steffen Baumgart", "1. FC Köln", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn, record.goals_for, record.lost) == (16, 10, 10, 10)
    assert spell.coverage == "full"


def test_kuehbauer_at_rapid_141_matches_70_wins(full: Store) -> None:
    # kurier.at, November 2022 ("Vor Wiedersehen mit Kühbauer: Die Bilanz der Ex-Trainer gegen Rapid"):
    # "Nach drei Jahren, 141 Spielen und 70 Siegen musste der Burgenländer seinen Platz bei den Wienern
    # räumen". The 70 count the cup semi-final at LASK won on penalties (1-1, 4-3 p., 3 April 2019) as a
    # win: the store's count with shoot-outs as results; as a draw it is 69.
    spell = spell_of(full, "Dietmar Kühbauer", "Rapid Wien", Filters(shootouts=Shootouts.RESULT))
    assert (spell.record.played, spell.record.won) == (141, 70)
    assert spell.coverage == "full"


def test_kuehbauer_first_100_matches_at_rapid(full: Store) -> None:
    # laola1.at, 21 February 2021 ("Verpatztes Rapid-Jubiläum für Kühbauer"), the 2-4 at Salzburg on the
    # 18th matchday being his 100th match: "In seinen ersten 100 Einsätzen als Rapid-Trainer konnte
    # Kühbauer 52 Siege verbuchen, 17 Mal spielte man Remis und 31 Mal musste man sich geschlagen geben"
    # (the shoot-out at LASK again a win).
    filters = Filters(shootouts=Shootouts.RESULT, date_to=dt.date(2021, 2, 21))
    spell = spell_of(full, "Dietmar Kühbauer", "Rapid Wien", filters)
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (100, 52, 17, 31)
    assert spell.coverage == "full"
