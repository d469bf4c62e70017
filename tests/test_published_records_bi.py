"""Published records of managers of probe BI (Spain's and France's leagues), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or the part of it the source
counts, held whole by the store. Two Spanish figures leave out a walkover: CF Reus Deportiu were
expelled from the 2018-19 Segunda División in January 2019 and every fixture of theirs in the second
half of the season was given to the opponent 1-0 without being played ("todos concluyan el campeonato
con 41 partidos jugados en lugar de los 42", abc.es, 28 January 2019). The data gives those matches as
``1-0 (awarded)``; data/awarded.toml's ``[[walkover]]`` says they were never played, and managers'
records leave them out, as the press does (before, touchline counted them: 193 and 101 matches).
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, SpellRecord
from touchline.model import CompetitionKind, Status
from touchline.store import Store

LEAGUE = Filters(kinds=(CompetitionKind.LEAGUE,))


def gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    """The spell's games, wins, draws and losses."""
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def reus_walkovers(spell: SpellRecord) -> list[dt.date]:
    """The days of the spell's walkovers (awarded, never played) against CF Reus Deportiu."""
    return [m.date for m in spell.walkovers if m.status is Status.AWARDED and "Reus" in f"{m.home} {m.away}"]


def test_arrasate_at_osasuna_192_matches_81_wins_without_the_reus_walkover(full: Store) -> None:
    # noticiasdenavarra.com, 6 February 2023 ("A distancia de Zabalza"), after the 1-1 at Espanyol on
    # 4 February: "Arrasate ha logrado en los 192 partidos con Osasuna un total de 81 victorias, lo que
    # supone el 42,2%". The press leaves out the walkover against Reus (noticiasdealava.eus, 30 December
    # 2020, on his 100th official match: "no contabiliza el partido ante el Reus que no se disputó al
    # haber sido descalificado el equipo catalán"): Osasuna 1-0 (awarded) Reus, 12 May 2019.
    spell = spell_of(full, "Jagoba Arrasate", "CA Osasuna", Filters(date_to=dt.date(2023, 2, 5)))
    assert gwdl(spell) == (192, 81, 51, 60)
    assert spell.coverage == "full"
    assert reus_walkovers(spell) == [dt.date(2019, 5, 12)]


def test_diego_martinez_at_granada_100_matches_without_the_reus_walkover(full: Store) -> None:
    # marca.com, 6 November 2020 ("Diego Martínez, una vida en cien partidos"), the day after the 2-0 at
    # Omonia Nicosia (his 100th, vavel.com, 6 November 2020): "52 victorias, 24 empates y otras tantas
    # derrotas"; the same article's Segunda 2018-19, "21 triunfos, 13 empates y únicamente 7 derrotas",
    # is 41 matches: both leave out Granada 1-0 (awarded) Reus, 24 February 2019, a walkover.
    spell = spell_of(full, "Diego Martínez", "Granada CF", Filters(date_to=dt.date(2020, 11, 5)))
    assert gwdl(spell) == (100, 52, 24, 24)
    assert spell.coverage == "full"
    assert reus_walkovers(spell) == [dt.date(2019, 2, 24)]


def test_pepe_mel_at_betis_2014_15_24_matches(full: Store) -> None:
    # realbetisbalompie.es ("Un año del regreso al banquillo bético de Pepe Mel", December 2015): "En la
    # temporada de su vuelta al Club, Pepe Mel dirigió al Real Betis en 24 partidos con un balance de 15
    # victorias, 6 empates y 3 derrotas, en los que registró 47 goles a favor y 21 en contra."
    spell = spell_of(full, "Pepe Mel", "Real Betis", Filters(date_to=dt.date(2015, 6, 30)), start=dt.date(2014, 12, 22))
    assert gwdl(spell) == (24, 15, 6, 3)
    assert (spell.record.goals_for, spell.record.goals_against) == (47, 21)
    assert spell.coverage == "full"


def test_laurey_at_strasbourg_179_league_matches(full: Store) -> None:
    # francebleu.fr, May 2021 ("Thierry Laurey sur son bilan à Strasbourg"): "Au total, il a dirigé 179
    # rencontres de championnat à la suite" (Ligue 2 2016-17, Ligue 1 2017-18 to 2020-21, the 2019-20
    # season stopped after 27 of Strasbourg's matches).
    spell = spell_of(full, "Thierry Laurey", "RC Strasbourg", LEAGUE)
    assert spell.record.played == 179
    assert spell.coverage == "full"


def test_gillot_at_bordeaux_first_99_ligue_1_matches(full: Store) -> None:
    # girondins33.com ("Gillot, le « centenaire » avec le plus de nuls"), written when the match with
    # Lorient (matchday 24 of 2013-14) was put off: "Bordeaux n'a remporté « que » 38 de ses 99 matches
    # avec Francis Gillot sur le banc de touche, pour 36 nuls et 25 défaites" (150 points).
    spell = spell_of(
        full, "Francis Gillot", "Girondins Bordeaux", Filters(competitions=("fr.1",), date_to=dt.date(2014, 2, 9))
    )
    assert gwdl(spell) == (99, 38, 36, 25)
    assert 3 * spell.record.won + spell.record.drawn == 150
    assert spell.coverage == "full"


def test_casanova_second_spell_at_toulouse_47_league_matches_10_wins(full: Store) -> None:
    # rtl.be (AFP), 10 October 2019: "A la tête de l'équipe toulousaine, Alain Casanova a dirigé 47
    # matches mais n'a obtenu que 10 victoires" (Ligue 1 2018-19 and the first nine matchdays of 2019-20).
    spell = spell_of(full, "Alain Casanova", "Toulouse FC", LEAGUE, start=dt.date(2018, 6, 20))
    assert (spell.record.played, spell.record.won) == (47, 10)
    assert spell.coverage == "full"


def test_casanova_at_toulouse_2019_20_before_his_departure(full: Store) -> None:
    # rmcsport.bfmtv.com, 10 October 2019 ("Toulouse: Casanova n'est plus l'entraîneur du Téfécé"): "Le
    # bilan désastreux (2 victoires, 3 nuls et 4 défaites) du technicien français", 18th with nine points.
    spell = spell_of(full, "Alain Casanova", "Toulouse FC", Filters(date_from=dt.date(2019, 7, 1)))
    assert (spell.spell.start, spell.start) == (dt.date(2018, 6, 20), dt.date(2019, 7, 1))
    assert gwdl(spell) == (9, 2, 3, 4)
    assert 3 * spell.record.won + spell.record.drawn == 9


def test_dalloglio_at_dijon_228_league_matches(full: Store) -> None:
    # francebleu.fr, July 2018 ("Le DFCO conserve Olivier Dall'Oglio un an de plus"): "En 228 matchs de
    # championnat, Ligue 1 et Ligue 2 confondues, Olivier Dall'Oglio présente un bilan de 87 victoires,
    # 71 nuls et 70 défaites" (Ligue 2 2012-13 to 2015-16, Ligue 1 2016-17 and 2017-18).
    spell = spell_of(
        full, "Olivier Dall'Oglio", "Dijon FCO", Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2018, 6, 30))
    )
    assert gwdl(spell) == (228, 87, 71, 70)
    assert spell.coverage == "full"
