"""Published records of managers of probe BV (Serie A and La Liga head coaches of 2019-2025), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell or a stretch of it the store
holds whole, or the store's figure and the matches it lacks, each named from a report.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of, whole_gwdl
from touchline.api.managers import Filters, SpellRecord
from touchline.compute.records import Shootouts
from touchline.model import Match
from touchline.store import Store
from touchline.store.read import matches


def gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    """The spell's games, wins, draws and losses."""
    record = spell.record
    return (record.played, record.won, record.drawn, record.lost)


def points(spell: SpellRecord) -> int:
    """The spell's points, three for a win."""
    return 3 * spell.record.won + spell.record.drawn


def played_on(spell: SpellRecord, day: dt.date) -> Match:
    """The spell's counted match of that day."""
    return next(m for m in spell.matches if m.counts and m.date == day)


def test_gilardino_at_genoa_79_matches_32_wins_23_draws_24_defeats(full: Store) -> None:
    # tuttomercatoweb.com and calciomercato.com, 19 November 2024, on his sacking: "In totale il bottino di
    # Gilardino sulla panchina rossoblù parla di 32 vittorie, 23 pareggi e 24 sconfitte in 79 partite tra
    # A, B e Coppa Italia. I gol segnati sono stati 104 a fronte dei 95 incassati".
    # The store ends Serie A 2024-25 after matchday 7; the five matches he led after it, each from a report:
    # Genoa-Bologna, a draw (laroma24.it, 31 October 2024: after Genoa-Fiorentina "Il Genoa resta ultimo a
    # 6 punti", five after seven matchdays, calcionews24.com); Lazio 3-0 Genoa on 27 October (liguria24.it);
    # Genoa 0-1 Fiorentina on 31 October (gazzettadelsud.it); "vittoria sul Parma e pari contro il Como"
    # (sport.sky.it, 19 November 2024): 1 won, 2 drawn, 2 lost.
    # The club's count takes the Coppa Italia tie lost on penalties to Sampdoria (1-1, 5-6 on penalties,
    # 25 September 2024) as a defeat, and its goals count the shoot-out's (99 + 5 = 104, 89 + 6 = 95):
    # counted so (Shootouts.RESULT), the store and the five lacked matches give the club's figure.
    results = Filters(shootouts=Shootouts.RESULT)
    check_store_and_missing(
        full,
        "Alberto Gilardino",
        "Genoa CFC",
        results,
        found=(74, 31, 21, 22),
        missing={("it.1", "2024-25")},
        lacked=(5, 1, 2, 2),
        published=(79, 32, 23, 24),
    )
    derby = played_on(spell_of(full, "Alberto Gilardino", "Genoa CFC"), dt.date(2024, 9, 25))
    assert (derby.competition, derby.away) == ("it.cup", "Sampdoria")
    # mediagol.it, June 2023: his Serie B of 2022-23, "Cinquantuno punti in ventitré partite: di cui quindici
    # successi, sei pari e soli due ko".
    serie_b = spell_of(full, "Alberto Gilardino", "Genoa CFC", Filters(competitions=("it.2",)))
    assert gwdl(serie_b) == (23, 15, 6, 2)
    assert points(serie_b) == 51
    assert serie_b.coverage == "full"


def test_vanoli_at_venezia_101_points_in_59_regular_season_matches(full: Store) -> None:
    # gazzetta.it, 18 April 2024, after the 2-0 win over Brescia (14 April): "salendo a quota 101 (40 nella
    # passata stagione, 61 nell'attuale) in 59 partite (29 vittorie, 14 pareggi e 16 sconfitte) nella
    # stagione regolare", and 99 goals, "non viene conteggiato quello di Pierini nel turno preliminare dei
    # playoff perso 2-1 contro il Cagliari". The store holds that play-off tie among Serie B's matches: its
    # Serie B count is the 59 and the defeat at Cagliari (27 May 2023).
    filters = Filters(competitions=("it.2",), date_to=dt.date(2024, 4, 14))
    spell = spell_of(full, "Paolo Vanoli", "Venezia FC", filters)
    assert gwdl(spell) == (60, 29, 14, 17)
    assert spell.record.goals_for == 99 + 1
    assert spell.coverage == "full"
    playoff = played_on(spell, dt.date(2023, 5, 27))
    assert playoff.home == "Cagliari Calcio"
    assert playoff.final is not None and (playoff.final.home, playoff.final.away) == (2, 1)
    assert points(spell) == 101  # the play-off defeat adds no point


def test_baroni_won_serie_b_with_lecce_kept_it_up_and_then_verona(full: Store) -> None:
    # pugliaviva.it, 7 May 2022: Lecce won Serie B 2021-22 "con 71 punti frutto di 19 vittorie 14 pareggi e
    # appena 5 sconfitte".
    serie_b = whole_gwdl(full, "Marco Baroni", "US Lecce", Filters(competitions=("it.2",)))
    assert serie_b == (38, 19, 14, 5)
    # salentosport.net, May 2025: in Serie A 2022-23 "il Lecce di Baroni ne fece 36" (points).
    serie_a = spell_of(full, "Marco Baroni", "US Lecce", Filters(competitions=("it.1",)))
    assert serie_a.record.played == 38
    assert points(serie_a) == 36
    assert serie_a.coverage == "full"
    # lazionews24.com and fastbet.news, September 2024: "Il bilancio di Baroni con il Verona recita ...
    # 9 vittorie, 11 pareggi e ben 18 sconfitte, concludendo al 13° posto".
    verona = whole_gwdl(full, "Marco Baroni", "Hellas Verona", Filters(competitions=("it.1",)))
    assert verona == (38, 9, 11, 18)


def test_gotti_at_udinese_83_league_matches_counting_the_one_he_led_for_tudor(full: Store) -> None:
    # udineseblog.it, 7 December 2021: "Gotti lascia l'Udinese dopo averla guidata, da primo allenatore, in
    # 83 partite di campionato, in cui ha ottenuto 23 vittorie, 25 pareggi e 35 sconfitte", counting the
    # win over Torino that he led while Tudor was suspended ("aveva già sostituito (in quanto squalificato)
    # nella gara vittoriosa contro il Torino"): Udinese 1-0 Torino, 20 October 2019, in Tudor's spell.
    # His own spell, from 1 November 2019, holds the other 82.
    league = Filters(competitions=("it.1",))
    assert whole_gwdl(full, "Luca Gotti", "Udinese Calcio", league) == (82, 22, 25, 35)
    day = dt.date(2019, 10, 20)
    torino = next(
        m for m in matches(full, competitions=["it.1"], date_from=day, date_to=day) if m.home == "Udinese Calcio"
    )
    assert (torino.home, torino.away) == ("Udinese Calcio", "Torino FC")
    assert torino.final is not None and (torino.final.home, torino.final.away) == (1, 0)
    # rainews.it, December 2021: "In Serie A l'Udinese ha ottenuto in 16 partite 3 vittorie, 7 pareggi e
    # 6 sconfitte" in 2021-22.
    season = Filters(competitions=("it.1",), date_from=dt.date(2021, 7, 1))
    assert whole_gwdl(full, "Luca Gotti", "Udinese Calcio", season) == (16, 3, 7, 6)


def test_gotti_sacked_by_spezia_with_19_points_from_22_matches(full: Store) -> None:
    # 11contro11.it and repubblica.it, 15 February 2023: "Luca Gotti in questa stagione ha totalizzato
    # 19 punti in 22 gare".
    spell = spell_of(full, "Luca Gotti", "Spezia Calcio", Filters(competitions=("it.1",)))
    assert spell.record.played == 22
    assert points(spell) == 19
    assert spell.coverage == "full"


def test_garcia_pimienta_at_las_palmas_105_matches_two_of_them_play_offs(full: Store) -> None:
    # as.com, 26 May 2024: he "dejará el banquillo grancanario 105 partidos después", the last at home to
    # Alavés that day; the club's statement (May 2024, as quoted): "104 partidos al frente del banquillo
    # (repartidos en 41 victorias, 33 [empates] y 30 derrotas)" before it, and it ended 1-1: 41, 34, 30.
    # The store lacks the Segunda play-offs of 2022: both semi-final legs were lost to Tenerife, "perdió en
    # la ida contra el CD Tenerife (1-0) y luego, en la vuelta, ... con un 1-2 en el Gran Canaria"
    # (canarias7.es, 28 May 2023).
    check_store_and_missing(
        full,
        "García Pimienta",
        "UD Las Palmas",
        Filters(),
        found=(103, 41, 34, 28),
        missing={("es.2", "2021-22")},
        lacked=(2, 0, 0, 2),
        published=(105, 41, 34, 30),
    )
    last = played_on(spell_of(full, "García Pimienta", "UD Las Palmas"), dt.date(2024, 5, 26))
    assert last.away == "CD Alavés"
    assert last.final is not None and (last.final.home, last.final.away) == (1, 1)


def test_garcia_pimienta_80_points_in_his_first_42_league_matches(full: Store) -> None:
    # as.com, January 2023: "Ante el Mirandés se cumplieron los primeros 42 encuentros ligueros de García
    # Pimienta al frente de los amarillos. ... 80 puntos en estos primeros 42 partidos" (Las Palmas 2-1
    # Mirandés, 20 January 2023). The play-offs between are no league matches of his count.
    filters = Filters(competitions=("es.2",), date_to=dt.date(2023, 1, 20))
    spell = spell_of(full, "García Pimienta", "UD Las Palmas", filters)
    assert spell.record.played == 42
    assert points(spell) == 80


def test_inigo_perez_at_rayo_two_points_from_his_first_four_matches(full: Store) -> None:
    # telemadrid.es, 3 January 2026: he took over on 14 February 2024 "y en sus cuatro primeros partidos no
    # ganó, sumando dos puntos de doce" (Real Madrid 1-1, at Girona 0-3, Cádiz 1-1, at Alavés 0-1).
    first_four = spell_of(full, "Iñigo Pérez", "Rayo Vallecano", Filters(date_to=dt.date(2024, 3, 10)))
    assert first_four.record.played == 4
    assert first_four.record.won == 0
    assert points(first_four) == 2
    assert first_four.coverage == "full"
    # pasionporelrayo.com, spring 2024: "después de cuatro jornadas lejos de Vallecas, aún no ha sido capaz
    # de hacer gol como visitante. Ni en Girona, ni en Vitoria, ni en Vigo, ni en Villarreal", with "un
    # punto" (the draw at Celta).
    to_villarreal = spell_of(full, "Iñigo Pérez", "Rayo Vallecano", Filters(date_to=dt.date(2024, 4, 28)))
    away = [m for m in to_villarreal.matches if m.counts and m.away == "Rayo Vallecano"]
    assert len(away) == 4
    assert all(m.final is not None and m.final.away == 0 for m in away)
    assert sum(m.final is not None and m.final.home == m.final.away for m in away) == 1


def test_giraldez_at_celta_9_wins_3_draws_7_defeats_in_his_first_19_matches(full: Store) -> None:
    # elgoldigital.com, October 2024: "De los 19 partidos al frente del RC Celta, el entrenador gallego ha
    # ganado 9, empatado 3 y perdido 7. Lo que quiere decir que ha sumado 30 puntos" (the last ten of
    # 2023-24 and the first nine of 2024-25, to the win at Las Palmas on 5 October 2024).
    first_19 = spell_of(full, "Claudio Giráldez", "RC Celta", Filters(date_to=dt.date(2024, 10, 5)))
    assert gwdl(first_19) == (19, 9, 3, 7)
    assert points(first_19) == 30
    # Celta's first tie of the Copa del Rey 2024-25 came after this day (its first round, late October
    # 2024): no match of the 19 is missing
    assert (first_19.coverage, first_19.gaps) == ("full", ())
    # moiceleste.com, August 2024: "Claudio Giráldez es junto a Eduardo Berizzo el técnico que más puntos
    # (20) ha conseguido en sus primeros 11 partidos" (the 11th: Celta 2-1 Alavés, 16 August 2024).
    first_11 = spell_of(full, "Claudio Giráldez", "RC Celta", Filters(date_to=dt.date(2024, 8, 16)))
    assert first_11.record.played == 11
    assert points(first_11) == 20
