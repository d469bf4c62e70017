"""Published records of managers of Italian clubs (probe AT), against the whole corpus (``full``: all of
../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are named and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store


def test_juric_at_verona_79_matches(full: Store) -> None:
    # goal.com (Italian edition), May 2021, on Hellas Verona's announcement that his contract was ended:
    # "79 partite complessive tra campionato e Coppa Italia nelle quali ha ottenuto 23 vittorie, 26
    # pareggi e 30 sconfitte"
    check_whole(full, "Ivan Jurić", "Hellas Verona", (79, 23, 26, 30))


def test_nicola_at_salernitana_38_matches_41_goals_for_69_against(full: Store) -> None:
    # salernitananews.it, February 2023 ("UFFICIALE. Ciao, Nicola"): "38 panchine ufficiali (una in Coppa
    # Italia) e un bottino nove vittorie, dodici pareggi e diciassette sconfitte, con quarantuno gol fatti
    # contro i sessantanove subiti"
    check_whole(full, "Davide Nicola", "US Salernitana 1919", (38, 9, 12, 17))
    record = spell_of(full, "Davide Nicola", "US Salernitana 1919").record
    assert (record.goals_for, record.goals_against) == (41, 69)


def test_daversa_at_parma_is_the_published_record_less_the_lega_pro_play_offs(full: Store) -> None:
    # gazzettadiparma.it, 13 August 2020 (Carlo Brugnoli): "D'Aversa è arrivato a quota 151 panchine
    # «crociate» ... 64 le vittorie ..., 34 i pareggi e 53 le sconfitte" (no match was played before his
    # sacking on 23 August 2020). Counted from his first match, at Südtirol on 8 December 2016 (Stefano
    # Morrone took Parma-Bassano 1-1 on 3 December, sport.sky.it). The store lacks the Lega Pro promotion
    # play-offs of 2017 (foxsports.it, 18 June 2017; reggioprimapagina.com, 19 June 2017): Piacenza 0-0
    # and 2-0, Lucchese 2-1 and 2-1, Pordenone 1-1 after extra time (won 6-5 on penalties, a draw here),
    # Alessandria 2-0 in the final: 4 wins, 2 draws (the spell's coverage names them: its Lega Pro
    # play-offs of 2016-17, tests/test_coverage_stop27c.py).
    record = spell_of(full, "Roberto D'Aversa", "Parma Calcio 1913").record
    found = (record.played, record.won, record.drawn, record.lost)
    assert found == (145, 60, 32, 53)
    lacked = (6, 4, 2, 0)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (151, 64, 34, 53)


def test_italiano_at_fiorentina_before_his_last_home_match(full: Store) -> None:
    # labaroviola.com, quoting Tuttosport on the day of Fiorentina-Napoli (17 May 2024: "Oggi contro il
    # Napoli"): "un totale di 158 partite, 77 vittorie, 33 pareggi e 48 sconfitte alla guida della
    # Fiorentina" (shoot-outs counted as won or lost: Parma, 6 December 2023, and Bologna, 9 January
    # 2024, both won on penalties in the Coppa Italia). The store lacks the Supercoppa Italiana
    # semi-final in Riyadh, Napoli 3-0 Fiorentina on 18 January 2024 (timesofmalta.com, 18 January
    # 2024): one defeat.
    filters = Filters(date_to=dt.date(2024, 5, 16), shootouts=Shootouts.RESULT)
    spell = spell_of(full, "Vincenzo Italiano", "ACF Fiorentina", filters)
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (157, 77, 33, 47)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("it.sc", "2023-24")}
    lacked = (1, 0, 0, 1)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (158, 77, 33, 48)


def test_italiano_at_fiorentina_162_matches_in_three_seasons(full: Store) -> None:
    # firenzeviola.it, May 2024, quoting the Corriere Fiorentino: "160 partite, che diventeranno 162 dopo
    # il recupero di Bergamo" (Atalanta-Fiorentina 2-3 on 2 June 2024, his last match): the store's 161
    # and the Supercoppa semi-final it lacks.
    spell = spell_of(full, "Vincenzo Italiano", "ACF Fiorentina")
    assert spell.record.played + 1 == 162


def test_mihajlovic_first_half_season_at_bologna_30_points_in_17(full: Store) -> None:
    # tuttomercatoweb.com, 6 September 2022: from 3 February 2019 "In totale furono 30 i punti conquistati
    # nelle 17 partite della sua gestione, con sole 5 sconfitte"
    filters = Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2019, 6, 30))
    spell = spell_of(full, "Siniša Mihajlović", "Bologna FC", filters)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn, record.lost) == (17, 30, 5)
    assert spell.coverage == "full"


def test_corini_first_spell_at_brescia_league_figures(full: Store) -> None:
    # ilsussidiario.net, 1 May 2019, before Brescia-Ascoli: "il Brescia è al primo posto con 63 punti
    # raccolti in 33 partite, frutto di 17 vittorie, 12 pareggi ed appena 4 sconfitte", of which David
    # Suazo's first three matchdays brought "due pareggi e una sconfitta" (Corini's first match: 1-1 at
    # Carpi, 22 September 2018). goal.com, 3 November 2019, on his sacking: "sette punti in dieci giornate"
    # of Serie A 2019-20.
    start = dt.date(2018, 9, 18)
    serie_b = Filters(competitions=("it.2",), date_to=dt.date(2019, 4, 30))
    record = spell_of(full, "Eugenio Corini", "Brescia Calcio", serie_b, start).record
    assert (record.played, record.won, record.drawn, record.lost) == (33 - 3, 17, 12 - 2, 4 - 1)
    serie_a = Filters(competitions=("it.1",))
    record = spell_of(full, "Eugenio Corini", "Brescia Calcio", serie_a, start).record
    assert (record.played, 3 * record.won + record.drawn) == (10, 7)


def test_corini_recalled_at_brescia_for_nine_matches(full: Store) -> None:
    # sport.it, 5 February 2020: "Il Corini-bis, dunque, è durato appena 9 partite"; desporto.sapo.pt
    # (February 2020): "a vencer os dois primeiros jogos, mas a ter, posteriormente, uma sequência de dois
    # empates e cinco derrotas"
    check_whole(full, "Eugenio Corini", "Brescia Calcio", (9, 2, 2, 5), start=dt.date(2019, 12, 2))
