"""Published records of managers of probe CI (Serie A head coaches of 2000-2015), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), over matches the store holds whole.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, manager_record
from touchline.store import Store

SERIE_A = ("it.1",)


def test_colantuono_88_matches_in_his_first_atalanta_spell_and_193_in_his_second(full: Store) -> None:
    # vavel.com, 4 March 2015 (on his sacking): "Per Colantuono 193 partite alla guida del club, dopo le 88
    # del primo mandato, risalente al periodo tra il 2005 e il 2007". Second spell: signed on Monday 14 June
    # 2010 (bergamosera.com, 15 June 2010), sacked on 4 March 2015 (atalantaoggi.it).
    first = spell_of(full, "Stefano Colantuono", "Atalanta")
    second = spell_of(full, "Stefano Colantuono", "Atalanta", start=dt.date(2010, 6, 14))
    assert (first.record.played, second.record.played) == (88, 193)
    assert first.coverage == second.coverage == "full"


def test_colantuono_177_serie_a_matches_at_atalanta_56_wins_49_draws_72_defeats(full: Store) -> None:
    # interris.it, 4 March 2015: "Colantuono è stato alla guida dell'Atalanta per 177 partite, totalizzando
    # 56 vittorie, 49 pareggi e 72 sconfitte, con 201 goal fatti e 241 subiti": his Serie A matches of both
    # spells (2006-07, and 2011-12 to the 25th matchday of 2014-15; 38 + 3 x 38 + 25 = 177).
    spells = [
        s
        for s in manager_record(full, "Stefano Colantuono", Filters(competitions=SERIE_A)).spells
        if s.team_name == "Atalanta"
    ]
    assert len(spells) == 2
    assert all(s.coverage == "full" for s in spells)
    totals = tuple(
        sum(getattr(s.record, field) for s in spells)
        for field in ("played", "won", "drawn", "lost", "goals_for", "goals_against")
    )
    assert totals == (177, 56, 49, 72, 201, 241)


def test_delio_rossi_took_48_points_from_25_serie_a_matches_of_palermo_in_2009_10(full: Store) -> None:
    # blog.libero.it (April 2011, on his recall) and filodirettomonreale.it (24 April 2019): appointed on
    # 23 November 2009 after the 13th matchday, "con una media-punti a fine stagione di 1,92 (48 in 25
    # giornate)"
    filters = Filters(competitions=SERIE_A, date_to=dt.date(2010, 6, 30))
    spell = spell_of(full, "Delio Rossi", "US Palermo", filters, start=dt.date(2009, 11, 23))
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (25, 48)
    assert round((3 * record.won + record.drawn) / record.played, 2) == 1.92
    assert spell.coverage == "full"


def test_delio_rossi_won_4_of_his_first_6_serie_a_matches_back_at_palermo(full: Store) -> None:
    # calciomercato.com, May 2011, before the last matchday (Palermo-Chievo, 22 May 2011): back after Cosmi
    # (recalled on 3 April 2011, after the 4-0 at Catania: his first match back, and the spell's start, was
    # Palermo-Cesena of 10 April), "In 6 gare di campionato, appunto, 4 vittorie, 1 pareggio e 1 sconfitta
    # a Parma"; "ha la media punti di 2,17"
    filters = Filters(competitions=SERIE_A, date_to=dt.date(2011, 5, 21))
    spell = spell_of(full, "Delio Rossi", "US Palermo", filters, start=dt.date(2011, 4, 10))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (6, 4, 1, 1)
    assert round((3 * record.won + record.drawn) / record.played, 2) == 2.17
    assert spell.coverage == "full"


def test_cosmi_at_palermo_won_one_and_lost_three_of_his_four_matches(full: Store) -> None:
    # blitzquotidiano.it, April 2011, on his sacking after Catania-Palermo 4-0 of 3 April 2011: "Cosmi alla
    # guida del Palermo ha collezionato il poco edificante ruolino di marcia di tre sconfitte (Lazio, Genoa
    # e Catania), a fronte di un solo successo: quello sul Milan"
    spell = spell_of(full, "Serse Cosmi", "US Palermo")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (4, 1, 0, 3)
    assert spell.coverage == "full"


def test_cosmi_won_one_and_lost_four_of_udineses_last_8_league_matches_before_his_sacking(full: Store) -> None:
    # origo.hu, 10 February 2006, on his sacking by Udinese: "az utolsó nyolc meccséből csak egyet nyert a
    # csapat, míg négyszer kikapott" (of its last eight matches the team won one and lost four): the Serie A
    # matchdays 17 to 24, from Udinese-Sampdoria 2-0 of 21 December 2005 to Udinese-Reggina 1-2 of
    # 8 February 2006.
    filters = Filters(competitions=SERIE_A, date_from=dt.date(2005, 12, 21))
    spell = spell_of(full, "Serse Cosmi", "Udinese Calcio", filters)
    record = spell.record
    assert (record.played, record.won, record.lost) == (8, 1, 4)
    assert spell.coverage == "full"
