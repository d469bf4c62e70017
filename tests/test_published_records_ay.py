"""Published records of managers of probe AY (French, Belgian, Dutch and Italian clubs), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the competitions the store names, counted by hand from a cited page.
Where the press counts a match decided on penalties as won or lost, the record is asked for with
``Shootouts.RESULT``, as the source counts it.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_store_and_missing, check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import Shootouts
from touchline.model import CompetitionKind
from touchline.store import Store


def test_deila_at_club_brugge_49_matches(full: Store) -> None:
    # voetbalbelgie.be, 18 March 2024 ("Ronny Deila reageert na ontslag"): "Na 49 matchen bij Club Brugge
    # is het afgelopen voor Ronny Deila"; from the Conference League qualifier against Aarhus (27 July
    # 2023) to the 2-1 defeat at Sint-Truiden (17 March 2024).
    spell = spell_of(full, "Ronny Deila", "Club Brugge KV")
    assert spell.record.played == 49
    assert spell.coverage == "full"


def test_van_bommel_at_psv_75_matches_with_two_johan_cruijff_schalen(full: Store) -> None:
    # sporten.com, December 2019: "42-åringen har ledet PSV i 75 kamper". The store lacks both Johan
    # Cruijff Schalen: PSV 0-0 Feyenoord on 4 August 2018, lost on penalties (nrc.nl, nu.nl, 4 August
    # 2018: "PSV had in de eerste officiële wedstrijd met Mark van Bommel als trainer wel de overhand"), a
    # draw here; Ajax 2-0 PSV on 27 July 2019 (nrc.nl, hartvannederland.nl, 27 July 2019).
    check_store_and_missing(
        full,
        "Mark van Bommel",
        "PSV Eindhoven",
        Filters(),
        found=(73, 44, 14, 15),
        missing={("nl.sc", "2018-19"), ("nl.sc", "2019-20")},
        lacked=(2, 0, 1, 1),
        published=(75, 44, 15, 16),
    )


def test_stephan_at_rennes_won_34_of_77_ligue_1_matches(full: Store) -> None:
    # news.7mfr.com, March 2021, quoting the statistics of his departure: "Rennes a affiché 44% de
    # victoires sous l'ère Julien Stéphan en Ligue 1 (34/77)" (3 December 2018 to 1 March 2021)
    spell = spell_of(full, "Julien Stéphan", "Stade Rennais", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert (spell.record.played, spell.record.won) == (77, 34)
    assert spell.coverage == "full"


def test_tudor_at_marseille_before_his_last_match(full: Store) -> None:
    # onzemondial.com, 1 June 2023: "Son bilan avant son dernier match à Ajaccio est de 27 victoires, 7
    # nuls et 13 défaites en 47 matchs toutes compétitions confondues"; the Coupe de France quarter-final
    # against Annecy (2-2, lost 6-7 on penalties, 1 March 2023) counted as lost.
    spell = spell_of(
        full, "Igor Tudor", "Olympique Marseille", Filters(date_to=dt.date(2023, 6, 2), shootouts=Shootouts.RESULT)
    )
    assert (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost) == (47, 27, 7, 13)
    assert spell.coverage == "full"


def test_de_rossi_at_roma_30_matches(full: Store) -> None:
    # corrieredellosport.it, 18 September 2024 ("De Rossi esonerato: i numeri da allenatore della Roma"):
    # "Dal 16 gennaio al 18 settembre ... 30 partite ...: 14 vittorie, 9 pareggi e 7 sconfitte ... 51 punti";
    # the Europa League play-off against Feyenoord (1-1, won 4-2 on penalties, 22 February 2024)
    # counted as won.
    spell = spell_of(full, "Daniele De Rossi", "AS Roma", Filters(shootouts=Shootouts.RESULT))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (30, 14, 9, 7)
    assert 3 * record.won + record.drawn == 51
    assert spell.coverage == "full"


def test_de_rossi_at_spal_17_matches_15_points(full: Store) -> None:
    # sport.ro, February 2023: "În 17 meciuri la SPAL, De Rossi a bifat opt înfrângeri, șase rezultate de
    # egalitate și doar trei victorii"; mediagol.it, February 2023: "Quindici punti conquistati dai
    # ferraresi in diciassette gare"; ilrestodelcarlino.it: "17 gare ufficiali (16 di serie B e una di
    # Coppa Italia)".
    check_whole(full, "Daniele De Rossi", "SPAL 2013 Ferrara", (17, 3, 6, 8))


def test_dionisi_at_sassuolo_107_matches(full: Store) -> None:
    # sassuolonews.net, February 2024: "dopo 107 partite (101 in Serie A, le altre in Coppa Italia), con
    # una media di 1.16 punti raccolti a gara con 33 vittorie, 25 pareggi e 49 sconfitte"; the Coppa Italia
    # tie against Spezia (0-0, won 5-4 on penalties, 2 November 2023) counted as won.
    spell = spell_of(full, "Alessio Dionisi", "Sassuolo Calcio", Filters(shootouts=Shootouts.RESULT))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (107, 33, 25, 49)
    assert spell.coverage == "full"


def test_le_bris_at_lorient_72_ligue_1_matches(full: Store) -> None:
    # FC Lorient's statement of 22 June 2024 (foot01.com): "Il quitte aujourd'hui ses fonctions chez les
    # Merlus après 72 matches de Ligue 1" (Ligue 1 2022-23 and 2023-24)
    spell = spell_of(full, "Régis Le Bris", "FC Lorient", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert spell.record.played == 72
    assert spell.coverage == "full"
