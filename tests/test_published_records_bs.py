"""Published records of managers of probe BS (coaches in Colombia, Chile, Peru, Uruguay and Paraguay, and
their Copa Libertadores matches), against the whole corpus (``full``: all of ../shared/data and the people
files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a stretch of a spell the store holds
whole, one competition of it, or the store's figure and the cup matches it lacks, counted as the source
counts them.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, SpellRecord
from touchline.compute.records import record
from touchline.model import Match
from touchline.store import Store

LIBERTADORES = Filters(competitions=("copa.l",))


def gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    """The spell's games, wins, draws and losses."""
    record = spell.record
    return (record.played, record.won, record.drawn, record.lost)


def scored(match: Match, team: str) -> int:
    """The goals ``team`` scored in the match (before any shoot-out)."""
    assert match.final is not None and team in (match.home, match.away)
    return match.final.home if match.home == team else match.final.away


def conceded(match: Match, team: str) -> int:
    """The goals ``team`` conceded in the match (before any shoot-out)."""
    assert match.final is not None and team in (match.home, match.away)
    return match.final.away if match.home == team else match.final.home


def clean_sheets(spell: SpellRecord) -> int:
    """The spell's counted matches in which its team conceded no goal."""
    return sum(conceded(m, spell.team_name) == 0 for m in spell.matches if m.counts)


def test_arce_at_cerro_porteno_20_libertadores_matches_and_116_league_matches(full: Store) -> None:
    # d10.ultimahora.com, February 2023 ("Los números que dejó Francisco Arce en Cerro Porteño"), on his
    # second spell (23 December 2019 to 6 February 2023): "dirigió un total de 141 partidos al frente del
    # Ciclón. De esos 141 juegos ganó 77, empató 33 y perdió 31"; "Fueron 121 partidos locales (116 en
    # torneos Apertura y Clausura, 4 en Copa Paraguay y 1 en Supercopa Paraguay), con el siguiente balance:
    # 71 partidos ganados, 29 empatados y 21 perdidos. En el plano internacional dirigió 20 partidos en Copa
    # Libertadores entre el 2020, 2021 y 2022: 6 partidos ganados, 4 empatados y 10 perdidos".
    libertadores = spell_of(full, "Francisco Arce", "Cerro Porteño", LIBERTADORES)
    assert gwdl(libertadores) == (20, 6, 4, 10)
    assert libertadores.coverage == "full"
    league = spell_of(full, "Francisco Arce", "Cerro Porteño", Filters(competitions=("py.1",)))
    assert league.record.played == 116
    assert league.coverage == "full"
    # The whole spell: the store holds the league and the Libertadores; the Copa Paraguay and the Supercopa
    # Paraguay (5 matches by the same count, 1 won, 1 drawn, 3 lost by the difference of the two balances:
    # 71-29-21 at home less the league's) are not in it.
    whole = spell_of(full, "Francisco Arce", "Cerro Porteño")
    assert gwdl(whole) == (136, 76, 32, 28)
    assert tuple(a + b for a, b in zip(gwdl(whole), (5, 1, 1, 3), strict=True)) == (141, 77, 33, 31)
    assert gwdl(league)[1:] == (71 - 1, 29 - 1, 21 - 3)
    assert whole.coverage == "partial"
    assert "py.cup" in {g.competition for g in whole.gaps}


def test_quinteros_first_ten_matches_at_colo_colo_two_wins_three_draws_five_defeats(full: Store) -> None:
    # redgol.cl, 6 December 2020: "El actual técnico del Cacique completó ante Huachipato su décimo partido al
    # mando del equipo, con saldo de dos triunfos, tres empates y cinco derrotas, para completar un 30 por
    # ciento de rendimiento, sumando Copa Libertadores y Campeonato Nacional" (the 2-2 at Huachipato on
    # 5 December 2020; the count takes in the two matches Walter Lemma led while Quinteros was suspended).
    filters = Filters(date_to=dt.date(2020, 12, 5))
    spell = spell_of(full, "Gustavo Quinteros", "Colo-Colo", filters)
    assert gwdl(spell) == (10, 2, 3, 5)
    assert round(100 * (3 * spell.record.won + spell.record.drawn) / (3 * spell.record.played)) == 30
    assert spell.coverage == "full"


def test_rueda_won_the_2016_libertadores_with_10_wins_3_draws_1_defeat(full: Store) -> None:
    # futbolred.com: "volvió a ganar, en 2016, la Copa Libertadores de América tras 27 años, en una gran
    # campaña de 10 partidos ganados de los 14 que jugaron, 3 empates y una sola derrota, contra Rosario
    # Central, en la ida de los cuartos de final".
    filters = Filters(competitions=("copa.l",), date_to=dt.date(2016, 12, 31))
    spell = spell_of(full, "Reinaldo Rueda", "Atlético Nacional", filters)
    assert gwdl(spell) == (14, 10, 3, 1)
    assert spell.coverage == "full"
    (defeat,) = [m for m in spell.matches if conceded(m, spell.team_name) > scored(m, spell.team_name)]
    assert (defeat.home, defeat.round, str(defeat.final)) == ("Rosario Central", "Quarterfinals", "1-0")


def test_osorio_second_half_of_2019_at_nacional_11_wins_11_draws_7_defeats(full: Store) -> None:
    # pulzo.com, November 2019, after the 1-1 with Deportes Tolima (24 November 2019) that ended Nacional's
    # Liga II-2019: "la escuadra verde y blanca, bajo la dirección técnica del estratega risaraldense en este
    # segundo semestre, tiene un rendimiento del 50 por ciento, producto de 11 victorias, siete derrotas y
    # 11 empates" (the league and the Copa Colombia, out in the quarter-finals).
    filters = Filters(date_to=dt.date(2019, 11, 24))
    spell = spell_of(full, "Juan Carlos Osorio", "Atlético Nacional", filters, start=dt.date(2019, 6, 10))
    assert gwdl(spell) == (29, 11, 11, 7)
    assert round(100 * (3 * spell.record.won + spell.record.drawn) / (3 * spell.record.played)) == 51
    assert spell.coverage == "full"


def test_comizzo_back_at_universitario_32_matches_14_wins_7_draws_11_defeats(full: Store) -> None:
    # depor.com, May 2021 ("Desde que regresó en el 2020: los números de Ángel Comizzo con la U"), after
    # three Libertadores matches without a point: "de los 32 encuentros que ha sumado el 'Indio', desde
    # aquel 8 de agosto frente a Cantolao, acumula 14 victorias, siete empates y once derrotas (incluyendo
    # ambas competencias). Además, tiene en su haber 47 goles a favor y 46 en contra"; "De los 13 partidos
    # que disputó en la primera parte del campeonato, solo perdió uno y empató tres"; "De los nueve
    # compromisos de la Fase 2, ganó tres, empató dos y perdió cuatro". The third Libertadores match was
    # at Independiente del Valle on 5 May 2021.
    filters = Filters(date_to=dt.date(2021, 5, 5))
    spell = spell_of(full, "Ángel Comizzo", "Universitario de Deportes", filters)
    assert gwdl(spell) == (32, 14, 7, 11)
    assert (spell.record.goals_for, spell.record.goals_against) == (47, 46)
    assert spell.coverage == "full"
    fase_1 = [m for m in spell.matches if m.date < dt.date(2020, 10, 20)]
    assert [m.stage for m in fase_1] == ["Apertura"] * 13
    assert record(fase_1, spell.team_name).lost == 1 and record(fase_1, spell.team_name).drawn == 3
    fase_2 = [m for m in spell.matches if m.stage == "Clausura Grupo A"]
    assert (len(fase_2), record(fase_2, spell.team_name).won, record(fase_2, spell.team_name).lost) == (9, 3, 4)
    libertadores = spell_of(
        full,
        "Ángel Comizzo",
        "Universitario de Deportes",
        Filters(competitions=("copa.l",), date_to=dt.date(2021, 5, 5)),
    )
    assert gwdl(libertadores) == (3, 0, 0, 3)


def test_gutierrez_at_nacional_kept_18_clean_sheets_in_31_matches(full: Store) -> None:
    # ovaciondigital.com.uy, October 2019, after the 3-1 at River Plate (24 October 2019): "cuando ya
    # pasaron 31 partidos oficiales desde ese momento (contabilizando Uruguayo y Copa Libertadores)";
    # "Con Álvaro Gutiérrez, Nacional logró dejar su arco invicto en 18 de 31 partidos, 16 de 25 sólo por
    # el Uruguayo".
    filters = Filters(date_to=dt.date(2019, 10, 24))
    spell = spell_of(full, "Álvaro Gutiérrez", "Nacional", filters)
    assert spell.record.played == 31
    assert clean_sheets(spell) == 18
    league = spell_of(
        full, "Álvaro Gutiérrez", "Nacional", Filters(competitions=("uy.1",), date_to=dt.date(2019, 10, 24))
    )
    assert (league.record.played, clean_sheets(league)) == (25, 16)
    # tenfield.com.uy, 15 August 2019: from the sixth matchday of the Apertura to the fourth of the
    # Intermedio (10 August 2019) "el tricolor ganó 31 puntos de 42, 73.81%".
    first = spell_of(
        full, "Álvaro Gutiérrez", "Nacional", Filters(competitions=("uy.1",), date_to=dt.date(2019, 8, 10))
    )
    assert (first.record.played, 3 * first.record.won + first.record.drawn) == (14, 31)


def test_gamero_won_none_of_six_libertadores_matches_in_2024(full: Store) -> None:
    # lafm.com.co, May 2024 ("La millonada que perdió Millonarios tras quedar eliminado de la Copa
    # Libertadores"): the group began with "el gran empate conseguido ante Flamengo", then "caídas fuertes
    # ante Bolívar en La Paz y Palestino en condición de visitante", "un empate frente a Bolívar en Bogotá",
    # "agónica igualdad de los chilenos" and "una derrota por 3-0" at the Maracanã, "sin ninguna victoria";
    # semana.com, May 2024: "no logró ganar ni un solo partido en la presente edición".
    filters = Filters(competitions=("copa.l",), date_from=dt.date(2024, 1, 1))
    spell = spell_of(full, "Alberto Gamero", "Millonarios", filters)
    assert gwdl(spell) == (6, 0, 3, 3)
    last = max(spell.matches, key=lambda m: m.date)
    assert (last.home, str(last.final)) == ("Flamengo RJ", "3-0")


def test_aguirre_first_penarol_year_libertadores_group_and_clausura_2003_title(full: Store) -> None:
    # elobservador.com.uy, 21 November 2023: "En ese año, durante el primer semestre, Aguirre condujo a los
    # mirasoles en la Copa Libertadores donde terminaron últimos en la fase de grupos que integraban Gremio,
    # Pumas y Bolívar. Ganaron 2 partidos, empataron 1 y perdieron 3 encuentros, sumando 7 unidades";
    # "Para el Clausura mejoró su nivel y se llevó el título con 39 unidades". The spell is given in years
    # (2003-2004), so the stretch is cut at the last Clausura matchday, 30 November 2003.
    libertadores = spell_of(
        full, "Diego Aguirre", "Peñarol", Filters(competitions=("copa.l",), date_to=dt.date(2003, 12, 31))
    )
    assert gwdl(libertadores) == (6, 2, 1, 3)
    assert 3 * libertadores.record.won + libertadores.record.drawn == 7
    league = spell_of(full, "Diego Aguirre", "Peñarol", Filters(competitions=("uy.1",), date_to=dt.date(2003, 11, 30)))
    clausura = [m for m in league.matches if m.stage == "Clausura"]
    points = 3 * record(clausura, "Peñarol").won + record(clausura, "Peñarol").drawn
    assert (len(clausura), points) == (17, 39)
    # The store's uy.1 2003 holds the Clausura only (from 20 July 2003): the Apertura 2003 (38 points,
    # elobservador.com.uy) and the final against Nacional are not in it, and these 17 are all his league
    # matches of 2003 it has.
    assert len(league.matches) == 17
