"""Published records of managers of probe BB (second- and third-tier clubs of England, Germany, Italy, Spain
and France) and one table, against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are named and counted from a found page.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.api.tables import competition_table
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store


def test_farke_at_norwich_208_matches_counting_the_shootouts(full: Store) -> None:
    # gazzetta.gr, 6 November 2021 (Norwich sack Farke): "κάθισε στον πάγκο της σε 208 ματς ... με
    # απολογισμό 88 νίκες, 47 ισοπαλίες και 73 ήττες". The 88 and 73 count the FA Cup ties decided on
    # penalties as results (the store's matches): lost at Chelsea (1-1 a.e.t., 3-5 p., 17 January 2018),
    # won at Tottenham (1-1 a.e.t., 3-2 p., 4 March 2020); as draws the store's count is 87, 49, 72.
    spell = spell_of(full, "Daniel Farke", "Norwich City", Filters(shootouts=Shootouts.RESULT))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (208, 88, 47, 73)
    assert spell.coverage == "full"


def test_rowett_at_birmingham_won_42_of_106(full: Store) -> None:
    # NBC Sports, 14 December 2016 ("Gary Rowett out as Birmingham City manager"): "won 42 out of his
    # 106 matches at the helm"; "Win ratio of 39.6 per cent" (marvelbet369.com, January 2019)
    spell = spell_of(full, "Gary Rowett", "Birmingham City")
    assert (spell.record.played, spell.record.won) == (106, 42)
    assert spell.coverage == "full"


def test_rowett_at_derby_is_the_store_and_the_two_playoff_legs(full: Store) -> None:
    # marvelbet369.com, January 2019 ("Rowett's struggles at Stoke"): "Derby County
    # (2017-2018): Win ratio of 43.3 per cent", 26 wins in 60 matches. The store lacks the Championship
    # play-off semi-final against Fulham: won 1-0 at home on 11 May 2018 (dcfc.co.uk; the42.ie), lost 0-2 at
    # Craven Cottage on 14 May 2018 (The Guardian; Reuters, 14 May 2018).
    spell = spell_of(full, "Gary Rowett", "Derby County")
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (58, 25, 18, 15)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("eng.2", "2017-18")}
    played, won = spell.record.played + 2, spell.record.won + 1
    assert round(100 * won / played, 1) == 43.3


def test_neuhaus_at_union_berlin_is_the_store_and_the_berlin_cup(full: Store) -> None:
    # immerunioner.de, Trainerseite Uwe Neuhaus: 266 matches, 113 won, 71 drawn, 82 lost, by season:
    # Regionalliga Nord 2007-08 36 (17-9-10), 3. Liga 2008-09 38 (22-12-4), 2. Bundesliga 2009-10 to
    # 2013-14 170 (60-47-63), DFB-Pokal 9 (3-1-5), all in the store; and the Berliner Pilsner-Pokal (the
    # Berlin cup, which the store does not hold): 2007-08 6 (5-1-0), 2008-09 7 (6-1-0).
    spell = spell_of(full, "Uwe Neuhaus", "1. FC Union Berlin")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (253, 102, 69, 82)
    assert spell.coverage == "full"  # the store expects no regional cup
    berlin_cup = (13, 11, 2, 0)
    assert tuple(a + b for a, b in zip(found, berlin_cup, strict=True)) == (266, 113, 71, 82)


def test_inzaghi_at_venezia_league_and_playoffs(full: Store) -> None:
    # reggionelpallone.it, 10 November 2022: Lega Pro Girone B 2016-17 "23 vittorie, 11 pareggi e appena
    # 4 sconfitte"; Serie B 2017-18 "17 vittorie, 16 pareggi e 9 sconfitte", then the play-offs: "successo
    # sul Perugia per 3-0", semi-final with Palermo "dopo l'1-1 del Penzo ... sconfitti 1-0 al Barbera":
    # 38 + 42 + 3 = 83 league matches, 41 won, 28 drawn, 14 lost. (His 95 official matches add the Coppa
    # Italia Lega Pro and the Supercoppa di Lega Pro, which the store does not hold.)
    spell = spell_of(full, "Filippo Inzaghi", "Venezia FC", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (83, 41, 28, 14)
    assert spell.coverage == "full"


def test_rubi_at_huesca_segunda_2017_18(full: Store) -> None:
    # vavel.com, 6 June 2018 ("SD Huesca, unos números de Primera"): "Un total de 42 partidos de los
    # cuáles ha ganado 21, ha empatado 12 y ha perdido nueve". (The spell, from 27 June 2017, is also marked
    # partial for the 2016-17 play-offs, which touchline expects until 23 days after the regular season;
    # Huesca went out on 17 June 2017, 0-3 at Getafe: antena3.com, 17 June 2017.)
    spell = spell_of(full, "Rubi", "SD Huesca", Filters(competitions=("es.2",)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (42, 21, 12, 9)


def test_grosso_at_bari_46_matches_at_1_61_points(full: Store) -> None:
    # fanpage.it, 23 March 2021 ("Fabio Grosso è il nuovo allenatore del Frosinone"): at Bari "46 partite
    # con media punti di 1.61 a match" (74 points: 20 wins, 14 draws); the play-off tie at Cittadella
    # (2-2, 3 June 2018) is one of the 46
    spell = spell_of(full, "Fabio Grosso", "FC Bari 1908")
    record = spell.record
    assert record.played == 46
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.61
    assert spell.coverage == "full"


def test_serie_b_2017_18_bari_two_points_off(full: Store) -> None:
    # gianlucadimarzio.com, 21 June 2018: Grosso's Bari "ha ottenuto sul campo 67 punti e la sesta
    # posizione, diventati poi 65 con retrocessione al settimo posto per effetto della sentenza del
    # Tribunale Federale Nazionale"; sport.virgilio.it (Sportal), 18 June 2018: "la penalizzazione di due
    # punti inflitta alla società a campionato finito". Before the deduction: Bari 6th on 67.
    rows = competition_table(full, "it.2", "2017-18").rows
    assert [(r.position, r.club, r.points) for r in rows[4:7]] == [
        (5, "Venezia FC", 67),
        (6, "AS Cittadella", 66),
        (7, "FC Bari 1908", 65),
    ]


def test_guion_reims_ligue_2_to_20_april_2018(full: Store) -> None:
    # footmercato.net, 20 April 2018 ("Officiel : le Stade de Reims revient en Ligue 1"), after the 1-0
    # win over Ajaccio: "Grâce à ce 25e succès de la saison ... 78" points, "62 buts inscrits ... 18 buts
    # encaissés" (beinsports.com: "seulement 18 buts encaissés"); 33 matches, the 32nd round (Le Havre)
    # put off to 30 April
    filters = Filters(competitions=("fr.2",), date_to=dt.date(2018, 4, 20))
    spell = spell_of(full, "David Guion", "Stade de Reims", filters)
    record = spell.record
    assert (record.won, 3 * record.won + record.drawn, record.goals_for, record.goals_against) == (25, 78, 62, 18)
    assert spell.coverage == "full"
