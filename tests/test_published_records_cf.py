"""Published records of managers of probe CF (coaches in Italy's Serie B and Spain's Segunda División),
against the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the promotion play-offs the store names, counted by hand from reports.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.store import Store


def test_pecchia_at_cremonese_60_matches_59_in_serie_b(full: Store) -> None:
    # cuoregrigiorosso.com, May 2022 ("Cremonese, Pecchia lascia dopo 60 partite"): "Parliamo di un totale
    # di 60 partite, di cui 59 di campionato e una di Coppa Italia (persa col Torino solo ai calci di
    # rigore). Contando solo le gare di Serie B, abbiamo un complessivo di 103 punti, frutto di 29 vittorie,
    # 15 pareggi e 15 sconfitte" (29 x 3 + 15 = 102: the article's 103 points is one too many)
    spell = spell_of(full, "Fabio Pecchia", "US Cremonese")
    assert spell.record.played == 60
    assert spell.coverage == "full"
    league = spell_of(full, "Fabio Pecchia", "US Cremonese", Filters(competitions=("it.2",)))
    record = league.record
    assert (record.played, record.won, record.drawn, record.lost) == (59, 29, 15, 15)
    assert league.coverage == "full"


def test_albes_at_lugo_51_matches(full: Store) -> None:
    # estadiodeportivo.com, 27 June 2022 (Albacete's announcement): he "cuenta con experiencia en fútbol
    # profesional - 51 partidos en un banquillo de la división de plata", all at Lugo. The 51 are all his
    # official matches there: 49 in Segunda (7 in 2020-21, 42 in 2021-22) and the two Copa del Rey ties of
    # 2021-22 (at Unión Adarve, and Mirandés at home).
    spell = spell_of(full, "Rubén Albés", "CD Lugo")
    assert spell.record.played == 51
    assert spell.coverage == "full"
    league = spell_of(full, "Rubén Albés", "CD Lugo", Filters(competitions=("es.2",)))
    assert league.record.played == 49


def test_albes_at_albacete_79_matches_with_the_2023_play_off_semi_final(full: Store) -> None:
    # muchacalidad.com, 26 March 2024, on Albacete's statement sacking him: "a lo largo de los 79 partidos
    # que estuvieron al frente del equipo". The store lacks the 2022-23 promotion play-offs, where sixth-
    # placed Albacete lost the semi-final to Levante: 1-3 at the Carlos Belmonte on 3 June 2023 (record.pt;
    # cope.es: "La victoria 1-3 en el Carlos Belmonte") and 3-0 at the Ciutat de València on 7 June 2023
    # (cope.es, 8 June 2023: "con un resultado global de 6-1"; ojogo.pt): two matches, both lost.
    spell = spell_of(full, "Rubén Albés", "Albacete")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (77, 25, 28, 24)
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("es.2", "2022-23")}
    semi_final = 2  # the two legs against Levante, named above
    assert record.played + semi_final == 79


def test_mignani_sacked_by_bari_after_nine_serie_b_matches_one_won_seven_drawn(full: Store) -> None:
    # mediagol.it, 9 October 2023: "Dieci i punti conquistati ... Uno score frutto di una vittoria, sette
    # pareggi e una sconfitta. Otto i gol all'attivo, altrettante le reti subite". borderline24.com
    # ("sette pareggi su nove gare ufficiali") leaves out the 0-3 at home to Parma in the Coppa Italia
    # on 12 August 2023: the figure is of Serie B 2023-24 only.
    filters = Filters(competitions=("it.2",), date_from=dt.date(2023, 7, 1))
    spell = spell_of(full, "Michele Mignani", "SSC Bari", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (9, 1, 7, 1)
    assert (record.goals_for, record.goals_against, 3 * record.won + record.drawn) == (8, 8, 10)
    assert spell.coverage == "full"
