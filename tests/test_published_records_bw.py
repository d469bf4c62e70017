"""Published records of managers of probe BW (Ligue 1 and Bundesliga head coaches of 2015-2025), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), over a stretch of the spell the store holds
whole: the store lacks most results of Ligue 1 2024-25 and the Coupe de France from 2024-25, so the French
spells that run into 2024-25 are checked up to a published date before it.
"""

from __future__ import annotations

import datetime as dt

from tests.published import final_rows, spell_of, whole_gwdl
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.store import Store

BUNDESLIGA = ("de.1",)
LIGUE_1 = ("fr.1",)


def points(gwdl: tuple[int, int, int, int]) -> int:
    """Three points a win, one a draw."""
    return 3 * gwdl[1] + gwdl[2]


def test_letsch_at_bochum_1_09_points_a_bundesliga_match_and_16_wins(full: Store) -> None:
    # fussballdaten.de, 13 April 2024, on his release: "Thomas Letschs Bilanz: 1,09 Punkte" (Bochum's
    # Bundesliga coaches compared by points a match), and "Das 3:2 gegen den FC Bayern München am 18. Februar
    # 2024 war sein 16. und letzter Pflichtspiel-Sieg als Trainer des VfL Bochum"
    league = whole_gwdl(full, "Thomas Letsch", "VfL Bochum", Filters(competitions=BUNDESLIGA))
    assert league == (55, 15, 15, 25)
    assert round(points(league) / league[0], 2) == 1.09
    spell = spell_of(full, "Thomas Letsch", "VfL Bochum")
    assert spell.record.won == 16
    assert spell.coverage == "full"
    after_bayern = spell_of(full, "Thomas Letsch", "VfL Bochum", Filters(date_from=dt.date(2024, 2, 19)))
    assert after_bayern.record.won == 0


def test_julian_schuster_at_freiburg_15_wins_52_points_after_32_matchdays(full: Store) -> None:
    # bundesliga.com, May 2025, before the 33rd matchday at Holstein Kiel: Freiburg "steht zwei Spieltage vor
    # Schluss auf Rang vier ... Mit bereits 15 Siegen und 52 Punkten", and "Der SC kassierte zwar 49
    # Gegentore"
    filters = Filters(competitions=BUNDESLIGA, date_to=dt.date(2025, 5, 4))
    gwdl = whole_gwdl(full, "Julian Schuster", "SC Freiburg", filters)
    assert (gwdl[0], gwdl[1], points(gwdl)) == (32, 15, 52)
    assert spell_of(full, "Julian Schuster", "SC Freiburg", filters).record.goals_against == 49


def test_julian_schuster_at_freiburg_fifth_with_goals_49_53_in_2024_25(full: Store) -> None:
    # suedkurier.de, May 2025: "Der Sportclub hat die Saison zwar letztlich mit einem ... schwachen
    # Torverhältnis (49:53) beendet"; gea.de, May 2025: the season ended "auf dem fünften Rang"
    filters = Filters(competitions=BUNDESLIGA, date_to=dt.date(2025, 6, 30))
    spell = spell_of(full, "Julian Schuster", "SC Freiburg", filters)
    assert (spell.record.played, spell.record.goals_for, spell.record.goals_against) == (34, 49, 53)
    assert spell.coverage == "full"
    assert next(row[0] for row in final_rows(full, "de.1", "2024-25") if row[1] == "SC Freiburg") == 5


def test_sage_at_lyon_six_wins_in_his_first_10_matches(full: Store) -> None:
    # olympique-et-lyonnais.com, February 2024, after the 1-0 against Marseille (4 February 2024): it "était
    # sa 10e sur le banc lyonnais. Il l'a fêtée avec une victoire qui porte à six son nombre de succès depuis
    # sa prise de fonctions le 30 novembre dernier" (the cup wins at Pontarlier and Bergerac among them)
    spell = spell_of(full, "Pierre Sage", "Olympique Lyonnais", Filters(date_to=dt.date(2024, 2, 4)))
    assert (spell.record.played, spell.record.won) == (10, 6)
    assert spell.coverage == "full"


def test_sage_at_lyon_18_points_from_his_first_10_ligue_1_matches(full: Store) -> None:
    # footmercato.net, February 2024, after Lyon 1-0 Nice (16 February 2024), his tenth Ligue 1 match: "En 10
    # journées, le technicien de 44 ans a pris 18 points sur 30 possibles ... Il a remporté 6 victoires et
    # perdu 4 rencontres"
    filters = Filters(competitions=LIGUE_1, date_to=dt.date(2024, 2, 16))
    gwdl = whole_gwdl(full, "Pierre Sage", "Olympique Lyonnais", filters)
    assert gwdl == (10, 6, 0, 4)
    assert points(gwdl) == 18


def test_sage_at_lyon_whole_spell_lacks_ligue_1_and_cup_results_of_2024_25(full: Store) -> None:
    # olympique-et-lyonnais.com, January 2025: "Au total, Pierre Sage aura vécu 56 matchs toutes
    # compétitions confondues ... (33, pour 9 nuls et 14 revers)". The store holds 42 of them: twelve Ligue
    # 1 fixtures of 2024-25 are listed without a result and the Coupe de France 2024-25 is not in it, and
    # the spell says so rather than count them as played.
    spell = spell_of(full, "Pierre Sage", "Olympique Lyonnais")
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (42, 26, 5, 11)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("fr.1", "2024-25"),
        ("fr.cup", "2024-25"),
    }
    assert next(g.count for g in spell.gaps if g.competition == "fr.1") == 12


def test_roy_at_brest_28_points_from_12_matches_unbeaten_after_monaco(full: Store) -> None:
    # lequotidiendusport.fr, February 2024, before the 24th matchday (Le Havre at home): "Pour retrouver la
    # trace d'une défaite du Stade Brestois, il faut remonter au 5 novembre 2023 ... Depuis, les hommes d'Eric
    # Roy ont pris 28 points en 12 matchs (8 victoires et 4 matchs nuls)"
    filters = Filters(competitions=LIGUE_1, date_from=dt.date(2023, 11, 6), date_to=dt.date(2024, 3, 2))
    gwdl = whole_gwdl(full, "Éric Roy", "Stade Brestois 29", filters)
    assert gwdl == (12, 8, 4, 0)
    assert points(gwdl) == 28


def test_roy_at_brest_28_points_after_16_matchdays_and_40_after_marseille(full: Store) -> None:
    # sofoot.com, 17 December 2023, after the win at Nantes: "Avec 28 points en 16 journées"; sofoot.com,
    # 18 February 2024, after Brest 1-0 Marseille: "On avait dit que c'était 38 points pour nous. On en a 40"
    season = dt.date(2023, 7, 1)
    december = Filters(competitions=LIGUE_1, date_from=season, date_to=dt.date(2023, 12, 17))
    gwdl = whole_gwdl(full, "Éric Roy", "Stade Brestois 29", december)
    assert (gwdl[0], points(gwdl)) == (16, 28)
    february = Filters(competitions=LIGUE_1, date_from=season, date_to=dt.date(2024, 2, 18))
    assert points(whole_gwdl(full, "Éric Roy", "Stade Brestois 29", february)) == 40


def test_elsner_at_le_havre_a_draw_a_defeat_then_32_unbeaten_in_ligue_2(full: Store) -> None:
    # foot-sur7.fr, July 2023, on Le Havre's 2022-23: "après un nul et une défaite en début de saison, les
    # \"hacmen\" ont enchaîné 32 matchs sans défaite d'affillée, soit le record en Ligue 2"
    ligue_2 = ("fr.2",)
    first_two = whole_gwdl(full, "Luka Elsner", "Havre AC", Filters(competitions=ligue_2, date_to=dt.date(2022, 8, 6)))
    assert first_two == (2, 0, 1, 1)
    run = Filters(competitions=ligue_2, date_from=dt.date(2022, 8, 7), date_to=dt.date(2023, 5, 8))
    gwdl = whole_gwdl(full, "Luka Elsner", "Havre AC", run)
    assert (gwdl[0], gwdl[3]) == (32, 0)
    ended = Filters(competitions=ligue_2, date_from=dt.date(2023, 5, 9), date_to=dt.date(2023, 5, 15))
    assert whole_gwdl(full, "Luka Elsner", "Havre AC", ended) == (1, 0, 0, 1)


def test_elsner_at_le_havre_9_points_from_12_ligue_1_matches_of_2024(full: Store) -> None:
    # delo.si, April 2024, after Le Havre 0-1 Nantes (14 April 2024): "Le Havre je v letu 2024 v 12. kolih
    # osvojil le devet točk in ima ... 28 točk" (nine points from twelve rounds in 2024, 28 in all)
    year = Filters(competitions=LIGUE_1, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 4, 14))
    gwdl = whole_gwdl(full, "Luka Elsner", "Havre AC", year)
    assert (gwdl[0], points(gwdl)) == (12, 9)
    season = Filters(competitions=LIGUE_1, date_from=dt.date(2023, 7, 1), date_to=dt.date(2024, 4, 14))
    assert points(whole_gwdl(full, "Luka Elsner", "Havre AC", season)) == 28


def test_wolf_at_stuttgart_20_points_from_20_bundesliga_matches(full: Store) -> None:
    # tagesschau.de, 28 January 2018: "Nach dem 20. Spieltag steht der Club mit 20 Punkten auf Rang 15";
    # welt.de, same day: "Stuttgart hat aus den letzten acht Bundesligaspielen aber nur einen Sieg und ein
    # Remis geholt"; "nach der siebten Niederlage in den vergangenen acht Spielen" (tagesschau.de: the 3-1
    # cup defeat at Mainz among them)
    league = Filters(competitions=BUNDESLIGA)
    gwdl = whole_gwdl(full, "Hannes Wolf", "VfB Stuttgart", league)
    assert (gwdl[0], points(gwdl)) == (20, 20)
    last_eight = Filters(competitions=BUNDESLIGA, date_from=dt.date(2017, 11, 24))
    assert whole_gwdl(full, "Hannes Wolf", "VfB Stuttgart", last_eight) == (8, 1, 1, 6)
    all_last_eight = spell_of(full, "Hannes Wolf", "VfB Stuttgart", Filters(date_from=dt.date(2017, 12, 2)))
    assert (all_last_eight.record.played, all_last_eight.record.lost) == (8, 7)


def test_schubert_at_gladbach_62_matches_and_21_wins_in_45_bundesliga_matches(full: Store) -> None:
    # kicker.de, 21 December 2016: "Das Aus nach 62 Pflichtspielen"; zeit.de, same day: "In 45
    # Bundesligaspielen gewann die Mannschaft unter ihm 21 Mal"
    spell = spell_of(full, "André Schubert", "Borussia Mönchengladbach")
    assert spell.record.played == 62
    assert spell.coverage == "full"
    league = whole_gwdl(full, "André Schubert", "Borussia Mönchengladbach", Filters(competitions=BUNDESLIGA))
    assert league[:2] == (45, 21)


def test_dirk_schuster_at_augsburg_3_wins_5_draws_6_defeats(full: Store) -> None:
    # bild.de, 14 December 2016: "Nach 14 Spieltagen belegt der FCA mit 14 Punkten Platz 13 (3 Siege, 5
    # Unentschieden, 6 Pleiten)"; hna.de, same day: "Mit elf Toren aus bislang 14 Spielen"
    filters = Filters(competitions=BUNDESLIGA)
    gwdl = whole_gwdl(full, "Dirk Schuster", "FC Augsburg", filters)
    assert gwdl == (14, 3, 5, 6)
    assert points(gwdl) == 14
    assert spell_of(full, "Dirk Schuster", "FC Augsburg", filters).record.goals_for == 11


def test_reis_at_bochum_1_62_points_a_match_over_his_first_100(full: Store) -> None:
    # reviersport.de, April 2022: "Thomas Reis hat am Wochenende sein 100. Pflichtspiel als Trainer des VfL
    # Bochum bestritten" (the 0-0 against Leverkusen, 10 April 2022) ... "Nach gut zweieinhalb Jahren
    # erreicht Reis einen Schnitt von 1,62 Punkten pro Partie". The figure counts the two DFB-Pokal ties won
    # on penalties (at Mainz, 23 December 2020; against Augsburg, 27 October 2021) as wins: with them as
    # draws, as the store counts by default, it is 1.58.
    to_leverkusen = dt.date(2022, 4, 10)
    gwdl = whole_gwdl(full, "Thomas Reis", "VfL Bochum", Filters(date_to=to_leverkusen, shootouts=Shootouts.RESULT))
    assert gwdl == (100, 47, 21, 32)
    assert round(points(gwdl) / gwdl[0], 2) == 1.62
    drawn = whole_gwdl(full, "Thomas Reis", "VfL Bochum", Filters(date_to=to_leverkusen))
    assert round(points(drawn) / drawn[0], 2) == 1.58
