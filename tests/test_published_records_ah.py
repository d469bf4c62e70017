"""Published records of managers of probe AH (Brazilian, Argentine and Mexican clubs), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def test_almeyda_first_year_at_guadalajara_50_matches(full: Store) -> None:
    # AS (as.com/us), 16 September 2016, "Almeyda cumple su primer año como estratega de Chivas": from
    # taking charge on 16 September 2015, "obtuvo 22 victorias y 15 empates, además de haber sufrido 13
    # descalabros" (Liga MX, Copa MX and the Supercopa MX of July 2016)
    spell = spell_of(full, "Matías Almeyda", "Deportivo Guadalajara", Filters(date_to=dt.date(2016, 9, 16)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (50, 22, 15, 13)
    assert spell.coverage == "full"


def test_mano_menezes_third_spell_at_corinthians_less_the_sudamericana_semi_final(full: Store) -> None:
    # Lance, 2 November 2025: in his third spell "comandou 20 partidas, com seis vitórias, cinco empates
    # e nove derrotas". The store lacks his first match, the Copa Sudamericana semi-final second leg,
    # Fortaleza 2-0 Corinthians on 3 October 2023 (UOL-Folhapress in portaldoholanda.com.br, October
    # 2023: "O Fortaleza venceu o Corinthians com facilidade por 2 a 0 nesta terça-feira (3)"): a defeat.
    # Corinthians, third of its Copa Libertadores group of 2023 in the store, certainly played the
    # Sudamericana: a certain gap, the spell "partial" (tests/test_coverage_stop27.py).
    spell = spell_of(full, "Mano Menezes", "Corinthians SP")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (19, 6, 5, 8)
    assert [(g.seasons, g.possible) for g in spell.gaps if g.competition == "copa.sudamericana"] == [(("2023",), False)]
    lacked = (1, 0, 0, 1)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (20, 6, 5, 9)


def test_reynoso_first_49_matches_at_cruz_azul_are_the_store_and_the_campeon_de_campeones(full: Store) -> None:
    # codelist.biz, 10 January 2022 ("The numbers of Juan Reynoso that excite for the tenth star"): after
    # the Clausura 2022's first match (2-0 v Tijuana, 8 January 2022), his 49 matches "26 games won, 10
    # more with defeat and 13 draws ... 72 goals scored and only 43 against". The store holds 48 of them;
    # the one more is the Campeón de Campeones 2021, Cruz Azul 2-1 León (publimetro.com.mx, 20 May 2022:
    # "se llevó el triunfo por marcador de 2-1"), which no source of the data holds and the store names
    # as missing. The Campeones Cup of September 2021 (lost to Columbus Crew, publimetro) the store names
    # as missing is not among the published 49.
    spell = spell_of(full, "Juan Reynoso", "Cruz Azul", Filters(date_to=dt.date(2022, 1, 9)))
    record = spell.record
    found = (record.played, record.won, record.drawn, record.lost, record.goals_for, record.goals_against)
    assert found == (48, 25, 13, 10, 70, 42)
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("mx.sc", "2021-22"),
        ("concacaf.campeones", "2021"),
    }
    campeon_de_campeones = (1, 1, 0, 0, 2, 1)
    assert tuple(a + b for a, b in zip(found, campeon_de_campeones, strict=True)) == (49, 26, 13, 10, 72, 43)


def test_almada_goals_at_pachuca_to_4_august_2024(full: Store) -> None:
    # tuzos.com.mx (the club), August 2024, "Pachuca suma 200 goles de la mano del 'almadismo'": 200 goals
    # for and 138 against in 120 matches to the Leagues Cup match at Toronto on 4 August 2024: "178 goles
    # en los 4 torneos completos y 4 jornadas de Liga MX (142 en torneo regular, 35 en liguilla y 1 en
    # campeón de campeones), 20 goles en las dos ediciones de Concacaf Champions Cup y 2 más en la Leagues
    # Cup (2023 y 2024)". The store holds the league and the Champions Cup (142 + 35 + 20 = 197) and names
    # the Leagues Cups and the Campeón de Campeones (of 25 June 2023) as missing.
    spell = spell_of(full, "Guillermo Almada", "CF Pachuca", Filters(date_to=dt.date(2024, 8, 4)))
    assert spell.record.goals_for == 200 - 2 - 1
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {
        ("concacaf.leagues", "2023"),
        ("concacaf.leagues", "2024"),
        ("mx.sc", "2022-23"),
    }


def test_heinze_at_velez_may_have_played_the_sudamericana_of_february_2020(full: Store) -> None:
    # Olé, March 2020, on Heinze's last weeks at Vélez (to the match at Unión on 9 March 2020): "Autocrítica
    # tras el partido de vuelta ante Aucas por Sudamericana" (the Copa Sudamericana 2020's first stage, in
    # February 2020, in the second year of the Superliga's 2019-20). The store holds no Copa Sudamericana:
    # the edition of 2020 is named as possibly missing beside those of 2018 and 2019.
    spell = spell_of(full, "Gabriel Heinze", "Vélez Sarsfield")
    sudamericana = [g for g in spell.gaps if g.competition == "copa.sudamericana"]
    assert {season for g in sudamericana for season in g.seasons} == {"2018", "2019", "2020"}
    assert all(g.possible for g in sudamericana)
