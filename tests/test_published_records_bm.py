"""Published records of managers of probe BM (coaches in the Netherlands and Belgium), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, or one
whose only missing matches are the play-offs the store names.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store


def test_blessin_at_oostende_65_matches(full: Store) -> None:
    # unionistes.be (July 2023, on his appointment at Union): "De juillet 2020 à janvier 2022,
    # l'entraîneur allemand a coaché 65 rencontres à la tête d'Ostende". He left for Genoa on
    # 19 January 2022 (walfoot.be, 19 January 2022).
    spell = spell_of(full, "Alexander Blessin", "KV Oostende")
    assert spell.record.played == 65
    assert spell.coverage == "full"


def test_blessin_at_union_58_matches_36_wins_2_07_points(full: Store) -> None:
    # voetbalkrant.com, 23 June 2024: "Bij Union stond Blessin 58 wedstrijden aan het roer. Daarin won de
    # Duitse coach 36 keer, een gemiddelde van 2,07 punten per wedstrijd" (120 points: 12 draws)
    spell = spell_of(full, "Alexander Blessin", "Union Saint-Gilloise")
    record = spell.record
    assert (record.played, record.won) == (58, 36)
    assert round((3 * record.won + record.drawn) / record.played, 2) == 2.07
    assert spell.coverage == "full"


def test_vrancken_at_genk_lost_one_of_his_first_17_league_matches(full: Store) -> None:
    # sporza.be, 15 November 2022: Genk lost at Club Brugge on the opening day, "En het zou de enige
    # nederlaag zijn in 17 competitiewedstrijden. Het speelde daarin ook maar 1 keer gelijk, de rest
    # waren overwinningen" (the World Cup break began after the 17th matchday)
    filters = Filters(competitions=("be.1",), date_to=dt.date(2022, 11, 15))
    spell = spell_of(full, "Wouter Vrancken", "KRC Genk", filters)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (17, 15, 1, 1)
    assert spell.coverage == "full"


def test_geraerts_50th_match_at_union_was_leverkusen_at_home(full: Store) -> None:
    # rtl.be, 19 April 2023 ("50e match à la tête de l'Union pour Geraerts"), on the eve of the Europa
    # League quarter-final return against Bayer Leverkusen (20 April 2023)
    spell = spell_of(full, "Karel Geraerts", "Union Saint-Gilloise", Filters(date_to=dt.date(2023, 4, 20)))
    assert spell.record.played == 50
    assert spell.coverage == "full"


def test_maes_sacked_by_genk_after_81_official_matches(full: Store) -> None:
    # nieuwsblad.be, 26 December 2016: Maes "was van bij de start van het seizoen 2015-2016 overgekomen
    # van Lokeren en stond in totaal in 81 officiële wedstrijden aan het roer bij Genk"; hbvl.be, same
    # day: "81 wedstrijden hield Maes het vol in de Luminus Arena"
    spell = spell_of(full, "Peter Maes", "KRC Genk")
    assert spell.record.played == 81
    assert spell.coverage == "full"


def test_buijs_sacked_by_mechelen_after_12_matches_11_points_7_defeats(full: Store) -> None:
    # hbvl.be, 17 October 2022: "KV Mechelen begon zwak aan het seizoen met amper 11 punten uit 12
    # wedstrijden"; nu.nl, October 2022: "KV Mechelen verloor zeven van de eerste twaalf duels"
    spell = spell_of(full, "Danny Buijs", "KV Mechelen")
    record = spell.record
    assert (record.played, record.lost, 3 * record.won + record.drawn) == (12, 7, 11)
    assert spell.coverage == "full"


def test_erwin_koeman_at_feyenoord_lacks_the_2006_play_offs_not_those_after_he_left(full: Store) -> None:
    # Feyenoord, third in 2005-06, lost both play-off legs to Ajax for a Champions League place: 3-0 in
    # Amsterdam on 20 April 2006 and 2-4 at home on 23 April (frontpage.fok.nl, April 2006;
    # voetbalprimeur.nl, 10 November 2021: "3-0 en 2-4 werd het"). The store holds no Eredivisie
    # play-off: that season is named as missing. He resigned after the last matchday of 2006-07 and his
    # assistants John Metgod and Henk Duut led the team in that season's play-offs (kicker.de, May
    # 2007): those are not his.
    spell = spell_of(full, "Erwin Koeman", "Feyenoord")
    assert spell.coverage == "partial"
    assert {(g.competition, season) for g in spell.gaps for season in g.seasons} == {("nl.1", "2005-06")}


def test_fraser_at_utrecht_won_7_of_14_league_matches(full: Store) -> None:
    # telegraaf.nl, December 2022: "Zijn dienstverband in Utrecht is echter beperkt gebleven tot veertien
    # competitiewedstrijden, waarvan er zeven werden gewonnen" (he left on 14 December 2022,
    # fcutrecht.nl)
    spell = spell_of(full, "Henk Fraser", "FC Utrecht", Filters(kinds=(CompetitionKind.LEAGUE,)))
    assert (spell.record.played, spell.record.won) == (14, 7)
    assert spell.coverage == "full"
