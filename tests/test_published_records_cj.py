"""Published records of managers of probe CJ (La Liga head coaches of 2000-2015), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell the store holds whole.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def test_preciado_at_sporting_232_official_matches(full: Store) -> None:
    # lne.es, 28 August 2017: Preciado is "el segundo técnico que ha dirigido en más encuentros oficiales al
    # equipo rojiblanco (232)"; futbolbalear.es, 7 June 2012: "con 232 partidos oficiales"; eldesmarque.com,
    # 22 June 2021: "una etapa de seis años y 232 partidos" (June 2006 to 31 January 2012)
    spell = spell_of(full, "Manolo Preciado", "Sporting Gijón")
    assert spell.record.played == 232
    assert spell.coverage == "full"


def test_preciado_sacked_after_5_wins_3_draws_12_defeats_in_20_league_matches(full: Store) -> None:
    # publico.es, 31 January 2012: "El conjunto asturiano tan solo ha cosechado cinco victorias en 20
    # partidos, tres empates y doce derrotas" (Liga 2011-12, "con 18 puntos")
    filters = Filters(competitions=("es.1",), date_from=dt.date(2011, 7, 1))
    spell = spell_of(full, "Manolo Preciado", "Sporting Gijón", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (20, 5, 3, 12)
    assert 3 * record.won + record.drawn == 18
    assert spell.coverage == "full"


def test_jimenez_first_100_official_matches_at_sevilla_59_wins_14_draws_27_defeats(full: Store) -> None:
    # golesespana.com, October 2009 ("Manolo Jimenez cumplio 100 partidos dirigiendo al Sevilla FC"): "De los
    # cien partidos oficiales dirigidos por el entrenador nacido en la localidad de Arahal, 59 concluyeron con
    # triunfo, catorce con empate y 27 en derrota"; written after five league wins in a row and two Champions
    # League wins that season, i.e. after Sevilla 2-1 Real Madrid on 4 October 2009
    spell = spell_of(full, "Manolo Jiménez", "Sevilla FC", Filters(date_to=dt.date(2009, 10, 4)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (100, 59, 14, 27)
    assert spell.coverage == "full"


def test_irureta_resigned_at_zaragoza_after_6_matches_1_win_1_draw_4_defeats(full: Store) -> None:
    # as.com, 4 March 2008: "después de sólo seis partidos y bajo el peso de un balance con cuatro derrotas,
    # un empate y una victoria"; aragondigital.es: "durante seis jornadas ... una victoria, un empate y cuatro
    # derrotas"
    check_whole(full, "Javier Irureta", "Real Zaragoza", (6, 1, 1, 4))


def test_jimenez_sacked_after_7_matches_without_a_win_5_in_the_league(full: Store) -> None:
    # publico.es, 24 March 2010: "El Sevilla suma siete partidos consecutivos sin ganar, cinco en de Liga y
    # dos de la Liga de Campeones" when Jiménez was sacked after the 1-1 with Xerez on 23 March 2010
    # (elcorreoweb.es, 23 March 2010: "Siete partidos consecutivos sin ganar")
    after = Filters(date_from=dt.date(2010, 2, 21))
    spell = spell_of(full, "Manolo Jiménez", "Sevilla FC", after)
    assert (spell.record.played, spell.record.won) == (7, 0)
    league = spell_of(full, "Manolo Jiménez", "Sevilla FC", Filters(competitions=("es.1",), date_from=after.date_from))
    assert (league.record.played, league.record.won) == (5, 0)
    assert spell.coverage == "full"
