"""Published records of managers of probe CD (Liga MX head coaches of 2021-2024), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), counted in Liga MX (mx.1) only: the store
holds no Leagues Cup nor CONCACAF match of these spells.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of, whole_gwdl
from touchline.api.managers import Filters
from touchline.store import Store

LIGA_MX = Filters(competitions=("mx.1",))


def test_gago_at_guadalajara_32_liga_mx_matches_14_wins_9_draws_9_defeats(full: Store) -> None:
    # wdeportes.com, 10 October 2024 ("Fernando Gago: Los números del ex Director Técnico con Chivas"):
    # "Gago dirigió a Chivas en 32 partidos de Liga MX, de los cuales ganó 14, empató 9 y perdió 9";
    # veras.mx: 28 regular-season matches (13 won, 7 drawn, 8 lost) and 4 in the Liguilla (1, 2, 1).
    assert whole_gwdl(full, "Fernando Gago", "Deportivo Guadalajara", LIGA_MX) == (32, 14, 9, 9)


def test_larcamon_at_puebla_81_matches_27_wins_32_draws_22_defeats(full: Store) -> None:
    # juanfutbol.com, 29 November 2022, on his two years at Puebla: "81 partidos dirigidos, 27 victorias,
    # 32 empates, 22 derrotas". (noroeste.com.mx and reporteindigo.com wrote 29 wins and 30 draws for the
    # same 81 matches; the store agrees with juanfutbol.com.)
    assert whole_gwdl(full, "Nicolás Larcamón", "Puebla FC", LIGA_MX) == (81, 27, 32, 22)


def test_larcamon_at_puebla_first_38_matches_15_wins_13_draws_10_defeats(full: Store) -> None:
    # infobae.com, 7 November 2021, after the last matchday of the Apertura 2021: "ha disputado un total de
    # 38 partidos como entrenador del Puebla, registrando 15 victorias, 13 empates y 10 derrotas, obteniendo
    # una suma total de 58 puntos entre el Guard1anes 2021 y Grita México A21"
    filters = Filters(competitions=("mx.1",), date_to=dt.date(2021, 11, 7))
    assert whole_gwdl(full, "Nicolás Larcamón", "Puebla FC", filters) == (38, 15, 13, 10)


def test_paiva_at_toluca_38_liga_mx_matches_store_lacks_8(full: Store) -> None:
    # primeroeditores.com.mx, December 2024: "dirigió 44 encuentros: 38 en la Liga MX (34 en fase regular
    # y 4 en Liguilla)". The store's Liga MX 2024-25 ends on 5 October 2024: it lists Toluca's last six
    # Apertura 2024 fixtures (18 October to 9 November) without a result, and holds none of that Liguilla,
    # where Toluca met América in the quarter-finals, two legs (0-2 at home in the return,
    # 4-0 on aggregate: entrelineas.com.mx, EFE, 4 December 2024).
    spell = spell_of(full, "Renato Paiva", "Deportivo Toluca", LIGA_MX)
    assert spell.record.played == 30
    assert spell.coverage == "partial"
    assert [(g.competition, g.count) for g in spell.gaps] == [("mx.1", 6)]
    assert spell.record.played + 6 + 2 == 38


def test_anselmi_at_cruz_azul_clausura_2024_regular_season_10_wins_3_draws_4_defeats(full: Store) -> None:
    # Mexican press, January 2025, on his leaving for Porto (the search gave the text without its address):
    # "llegó a la Máquina para el Clausura 2024, campeonato en el que finalizó en el segundo lugar con 33
    # puntos (10V-3E-4D) y llegó a la final, en la que cayó ante América por marcador global de 2-1"
    filters = Filters(competitions=("mx.1",), date_to=dt.date(2024, 4, 28))
    assert whole_gwdl(full, "Martín Anselmi", "Cruz Azul", filters) == (17, 10, 3, 4)
