"""Published records of managers of Spanish, Portuguese and Turkish clubs (probe AV), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are named and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store


def test_berizzo_at_celta_148_matches(full: Store) -> None:
    # yoentrenealcelta.blogspot.com, 20 February 2022 ("Eduardo Berizzo"): three seasons (2014-17), "TOTAL
    # PARTIDOS 148, PARTIDOS GANADOS 61, PARTIDOS EMPATADOS 36, PARTIDOS PERDIDOS 51" (La Liga, Copa del Rey,
    # Europa League). Faro de Vigo, 21 May 2017, before the last match: La Liga 43 wins, 26 draws, 44
    # defeats, Copa del Rey 12 wins, 4 draws, 4 defeats (the last match, 2-2 with Real Sociedad, makes 27
    # league draws).
    check_whole(full, "Eduardo Berizzo", "RC Celta", (148, 61, 36, 51))


def test_berizzo_at_athletic_won_two_of_fifteen(full: Store) -> None:
    # El Periódico de Aragón, 5 December 2018, on his dismissal: "Con Berizzo, el Athletic solo ha ganado
    # dos partidos de los quince que ha disputado en lo que va de temporada"
    spell = spell_of(full, "Eduardo Berizzo", "Athletic Bilbao")
    assert (spell.record.played, spell.record.won) == (15, 2)
    assert spell.coverage == "full"


def test_garitano_at_athletic_79_league_matches(full: Store) -> None:
    # as.com, 5 January 2021 ("Garitano se va por la puerta de atrás con números fabulosos"): "Tras 79
    # partidos, el promedio ... es de 1,44 puntos ... Garitano cerró etapa con 31 victorias, 21 empates y
    # 27 derrotas", 87 goals for and 79 against (La Liga, 5 December 2018 to 3 January 2021)
    spell = spell_of(full, "Gaizka Garitano", "Athletic Bilbao", Filters(kinds=(CompetitionKind.LEAGUE,)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (79, 31, 21, 27)
    assert (record.goals_for, record.goals_against) == (87, 79)
    assert spell.coverage == "full"


def test_baraja_at_valencia_first_45_matches(full: Store) -> None:
    # castellonplaza.com, February 2024, after the defeat by Las Palmas (10 February 2024): in charge
    # since 14 February 2023, "ha conseguido en su primer año diecinueve victorias, nueve empates ... y
    # diecisiete derrotas" in 45 matches
    spell = spell_of(full, "Rubén Baraja", "Valencia CF", Filters(date_to=dt.date(2024, 2, 10)))
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (45, 19, 9, 17)
    assert spell.coverage == "full"


def test_denizli_third_galatasaray_spell_won_4_of_11_league_matches(full: Store) -> None:
    # medyaradar.com, 1 March 2016, on his resignation: from the 13th round at Kasımpaşa, "Ligdeki 11
    # maçtan 4'ünü kazanabilen Denizli, deplasmandaki 6 maçtan ise sadece 2 puan çıkarabildi"; his 22
    # official matches (11 wins, 6 draws, 5 defeats) also hold Turkish Cup ties, which the store lacks.
    league = spell_of(full, "Mustafa Denizli", "Galatasaray", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert (league.record.played, league.record.won) == (11, 4)
    assert league.coverage == "full"
    spell = spell_of(full, "Mustafa Denizli", "Galatasaray")
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("tr.cup", "2015-16")}


def test_xavi_at_barcelona_first_50_matches_with_the_super_cup_defeat(full: Store) -> None:
    # footmercato.net and ciudadnoticias.es, October 2022: the Clásico lost 3-1 on 16 October 2022 was
    # Xavi's 50th match as Barcelona coach, "28 victoires, 11 nuls et 11 défaites". The store lacks the
    # Supercopa de España of January 2022, his one match there that season a defeat: "among the games
    # lost is the elimination in the Super Cup" (pledgetimes.com, January 2022, after 13 matches).
    check_store_and_missing(
        full,
        "Xavi Hernández",
        "FC Barcelona",
        Filters(date_to=dt.date(2022, 10, 16)),
        found=(49, 28, 11, 10),
        missing={("es.sc", "2021-22")},
        lacked=(1, 0, 0, 1),
        published=(50, 28, 11, 11),
    )


def test_vitor_bruno_at_porto_europa_league(full: Store) -> None:
    # maisfutebol.iol.pt, 20 January 2025 ("Os números de Vítor Bruno como treinador do FC Porto"): "Liga
    # Europa: 6 jogos: 2 vitórias, 2 empates, 2 derrotas (12-10 em golos)"
    spell = spell_of(full, "Vítor Bruno", "FC Porto", Filters(competitions=("uefa.el",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (6, 2, 2, 2)
    assert (record.goals_for, record.goals_against) == (12, 10)
    assert spell.coverage == "full"
