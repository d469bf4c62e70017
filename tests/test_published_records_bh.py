"""Published records of managers of probe BH (Italy's Serie A and B, Portugal's Primeira Liga), against the
whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, a part of
one (a competition, or up to the day of the article), or one whose only missing matches are the
competitions the store names, counted by hand from the source.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import record
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = Filters(kinds=(CompetitionKind.LEAGUE,))
PORTUGUESE_CUPS = {("pt.cup", "2023-24"), ("pt.cup.l", "2023-24")}


def test_ventura_at_torino_217_matches(full: Store) -> None:
    # toronews.net, 14 January 2023 ("Gian Piero Ventura, 75 anni"): at Torino (summer 2011 to 2016) he
    # "superò ... Mondonico e Gigi Radice in numero di panchine consecutive alla guida dei granata,
    # raccogliendone ben 217" (the same in toronews.net, January 2021). Serie B 2011-12, four Serie A
    # seasons, the Coppa Italia and the Europa League of 2014-15 from its third qualifying round.
    spell = spell_of(full, "Gian Piero Ventura", "Torino FC")
    assert spell.record.played == 217
    assert spell.coverage == "full"


def test_maran_at_chievo_142_serie_a_matches(full: Store) -> None:
    # tuttomercatoweb.com, December 2018 ("Cosa accomuna Napoli, Cittadella e Cagliari-ChievoVerona"): "Rolando
    # Maran ha guidato i gialloblù per 142 gare di massimo campionato. Il suo bilancio racconta di 41
    # vittorie, 40 segni X, 61 sconfitte, con 140 gol fatti e 192 subiti."
    spell = spell_of(full, "Rolando Maran", "Chievo Verona", Filters(competitions=("it.1",)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (142, 41, 40, 61)
    assert (record.goals_for, record.goals_against) == (140, 192)
    assert spell.coverage == "full"


def test_joao_henriques_at_santa_clara_68_league_matches_85_points(full: Store) -> None:
    # acorianooriental.pt, March 2021 ("Daniel Ramos supera a marca do bicampeão Carlos Alberto Silva"): João
    # Henriques is second "com mais jogos pela equipa na I Liga, 68 no total, mas ... é o totalista de
    # vitórias: são 22 triunfos"; maisfutebol.iol.pt, July 2020 (his farewell, after 2-2 with Vitória):
    # "Ao longo destes dois anos conquistamos 85 pontos".
    spell = spell_of(full, "João Henriques", "CD Santa Clara", LEAGUE)
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (68, 22, 85)
    assert spell.coverage == "full"


def test_pacheco_at_estoril_is_the_published_record_less_two_taca_da_liga_wins(full: Store) -> None:
    # record.pt, September 2023 ("Álvaro Pacheco de saída do Estoril"): "comandou os canarinhos em oito jogos,
    # tendo alcançado três vitórias (duas na Allianz Cup e uma na Liga Betclic), um empate e quatro
    # derrotas"; maisfutebol.iol.pt (24 September 2023): "quatro pontos em seis jogos" of the league. The
    # store holds the six league matches and names both Portuguese cups as not held; the two Taça da Liga
    # (Allianz Cup) matches were wins.
    check_store_and_missing(
        full,
        "Álvaro Pacheco",
        "GD Estoril",
        Filters(),
        found=(6, 1, 1, 4),
        missing=PORTUGUESE_CUPS,
        lacked=(2, 2, 0, 0),
        published=(8, 3, 1, 4),
    )


def test_pacheco_at_vitoria_26_league_matches_47_points(full: Store) -> None:
    # sitesdeapostasdesportivas.com (Lusa, May 2024): Pacheco was Vitória's coach "ao longo de 26 jornadas";
    # desporto.sapo.pt (Lusa, 15 May 2024): his first match was the eighth round, and he left the team fifth
    # "com 60 pontos". Before him the club had 13 points from seven rounds: Moreno won the first (1-0 at
    # Estrela), the caretaker João Aroso the second (2-1 v Gil Vicente) (dn.pt, 21 August 2023), and Paulo
    # Turra's five league matches gave two wins and a draw (sapo.pt, Lusa, 4 October 2023: six
    # matches, "três derrotas, uma das quais com o Tondela (1-0), a ditar a eliminação da Taça da Liga").
    spell = spell_of(full, "Álvaro Pacheco", "Vitória Guimarães", LEAGUE)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (26, 60 - 13)
    assert spell.coverage == "full"


def test_turra_at_vitoria_is_the_published_record_less_the_taca_da_liga_defeat(full: Store) -> None:
    # record.pt, October 2023 ("Paulo Turra de saída do comando técnico do V. Guimarães"): "sai do Vitória após
    # apenas seis jogos no comando da equipa principal, nos quais somou duas vitórias, um empate e três
    # derrotas, uma das quais que ditou o afastamento da Allianz Cup" (1-0 at Tondela, sapo.pt, Lusa).
    # A spell of 44 days: the Taça da Liga is named from the day of its final the calendar gives (27 January
    # 2024), the Taça de Portugal is not (the Primeira Liga's clubs entered it in October).
    check_store_and_missing(
        full,
        "Paulo Turra",
        "Vitória Guimarães",
        Filters(),
        found=(5, 2, 1, 2),
        missing={("pt.cup.l", "2023-24")},
        lacked=(1, 0, 0, 1),
        published=(6, 2, 1, 3),
    )


def test_di_biagio_at_spal_4_points_in_11_matches(full: Store) -> None:
    # lospallino.com, 19 July 2020 ("La SPAL è tornata in serie B con 4 giornate d'anticipo", after the defeat
    # at Brescia): since Di Biagio took over on 10 February "la SPAL si è ulteriormente inabissata,
    # collezionando la miseria di 4 punti in 11 partite", scoring 0.63 a match (7 goals).
    spell = spell_of(full, "Luigi Di Biagio", "SPAL 2013 Ferrara", Filters(date_to=dt.date(2020, 7, 19)))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn, record.goals_for) == (11, 4, 7)
    assert spell.coverage == "full"


def test_semplici_at_spal_82_serie_a_matches_and_75_points_with_a_round_to_go(full: Store) -> None:
    # lospallino.com, 1 October 2019 ("Il senso dei numeri", after his 200th match, at Juventus on 28
    # September): "In 82 partite di serie A con Semplici alla guida della SPAL"; affaritaliani.it, 13 May
    # 2017 (promoted after the 2-1 at Ternana, the 41st round of Serie B): "Classifica: Spal 75".
    serie_a = spell_of(
        full, "Leonardo Semplici", "SPAL 2013 Ferrara", Filters(competitions=("it.1",), date_to=dt.date(2019, 9, 30))
    )
    assert serie_a.record.played == 82
    serie_b = spell_of(
        full, "Leonardo Semplici", "SPAL 2013 Ferrara", Filters(competitions=("it.2",), date_to=dt.date(2017, 5, 13))
    )
    record = serie_b.record
    assert (record.played, 3 * record.won + record.drawn) == (41, 75)


def test_carlos_alberto_silva_at_santa_clara_is_the_published_rounds_and_the_postponed_seventh(full: Store) -> None:
    # acorianooriental.pt, March 2021 ("Daniel Ramos supera a marca do bicampeão Carlos Alberto Silva"): in
    # 2002-03 he led Santa Clara "em 23 partidas. Naquele período somou apenas cinco vitórias: quatro em casa
    # e uma fora" - the rounds from the 12th to the 34th. His spell (from 22 November 2002, maisfutebol.iol.pt)
    # also holds the 7th round's match put off to 4 December 2002, Santa Clara 2-1 Marítimo in São Miguel
    # (cnnportugal.iol.pt, 5 December 2002: "no jogo em atraso da 7ª jornada"), a home win.
    spell = spell_of(full, "Carlos Alberto Silva", "CD Santa Clara", Filters(competitions=("pt.1",)))
    postponed = [m for m in spell.matches if m.round == "Matchday 7"]
    assert [(m.date, m.home, m.away) for m in postponed] == [(dt.date(2002, 12, 4), "CD Santa Clara", "CS Marítimo")]
    at_home = record([m for m in spell.matches if m.home == "CD Santa Clara"], "CD Santa Clara")
    assert (spell.record.played, spell.record.won, at_home.won) == (23 + 1, 5 + 1, 4 + 1)
