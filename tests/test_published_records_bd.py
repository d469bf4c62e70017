"""Published records of managers of probe BD (clubs of Romania, Serbia, Croatia, Bulgaria, Slovenia and
Israel), against the whole corpus (``full``: all of ../shared/data and the people files of
touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell the store holds whole, a part of
one picked by competition and dates, or one whose only missing match is named and counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.compute.records import record
from touchline.model import CompetitionKind
from touchline.store import Store


def test_iordanescu_caretaker_at_steaua_2010_won_the_cup_tie_and_lost_at_otelul(full: Store) -> None:
    # sport.ro, May 2019 ("Cum s-a descurcat Edi Iordanescu la precedenta aventura pe banca echipei lui
    # Becali"): "Dupa plecarea lui Dumitrescu, Edi Iordanescu a fost 'principal' pentru doua meciuri: 1-0 cu
    # Gaz CFR Craiova in Cupa Romaniei si 0-1 cu Otelul in campionat."
    check_whole(full, "Edward Iordănescu", "FCSB", (2, 1, 0, 1), start=dt.date(2010, 9, 21))


def test_iordanescu_at_cfr_2018_is_the_published_three_matches_less_the_supercupa(full: Store) -> None:
    # evz.ro, December 2020 ("CFR și-a găsit antrenor"): from 13 June to 26 July 2018 "a stat pe banca
    # echipei campioane în trei meciuri oficiale, cucerind Supercupa României (1-0 cu Universitatea
    # Craiova), remizând acasă cu FC Botoşani (1-1, în prima etapă a Ligii I) şi pierzând acasă cu Malmo FF
    # (0-1 în prima manşă din turul al doilea preliminar al Ligii Campionilor)". The store holds the last
    # two; the Supercupa (a win) is the one it lacks, which its gaps name (tests/api/test_super_cups_stop29.py)
    spell = spell_of(full, "Edward Iordănescu", "CFR Cluj")
    found = (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)
    assert found == (2, 0, 1, 1)
    assert [(m.date, m.competition) for m in spell.matches] == [
        (dt.date(2018, 7, 20), "ro.1"),
        (dt.date(2018, 7, 24), "uefa.cl.q"),
    ]
    lacked = (1, 1, 0, 0)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (3, 1, 1, 1)


def test_kek_won_his_110th_croatian_league_match_against_lokomotiva(full: Store) -> None:
    # siol.net, March 2018 ("Hrvaška se klanja reškemu kralju Matjažu Keku"): "je na Rujevici premagal
    # zagrebško Lokomotivo (3:1), dosegel že 110. zmago v hrvaškem prvenstvu". His league record from his
    # first match (Inter Zaprešić, 9 March 2013) to that 3-1 (4 March 2018 in the store; the article says
    # "on Saturday", the 3rd).
    league_to = Filters(kinds=(CompetitionKind.LEAGUE,), date_to=dt.date(2018, 3, 4))
    spell = spell_of(full, "Matjaž Kek", "HNK Rijeka", league_to)
    assert spell.record.won == 110
    last = spell.matches[-1]
    assert (last.home, last.away, str(last.ft)) == ("HNK Rijeka", "Lokomotiva Zagreb", "3-1")
    assert spell.coverage == "full"


def test_bakhar_maccabi_haifa_regular_season_2022_23(full: Store) -> None:
    # sportske.net, spring 2023 ("Bahar u Beograd dolazi sa dvostrukim šampionskim het-trikom?"): "Makabi je
    # 'regularni' deo šampionata završio na prvom mestu sa 62 boda iz 26 utakmica. Upisali su 20 pobeda, dva
    # remija i četiri poraza uz gol razliku 51:24". The championship round began on 18 March 2023.
    season = Filters(competitions=("il.1",), date_from=dt.date(2022, 7, 1), date_to=dt.date(2023, 3, 17))
    haifa = spell_of(full, "Barak Bakhar", "Maccabi Haifa", season).record
    assert (haifa.played, haifa.won, haifa.drawn, haifa.lost) == (26, 20, 2, 4)
    assert (haifa.goals_for, haifa.goals_against, 3 * haifa.won + haifa.drawn) == (51, 24, 62)


def test_vladan_milojevic_unbeaten_in_four_league_derbies_by_february_2019(full: Store) -> None:
    # republika.rs, 27 February 2019, from Sportski žurnal's archive ("Večiti derbi: Milojević nadomak
    # istorije"): of Red Star's coaches who led them four times against Partizan in the league, "Milojević
    # ima trijumf i tri remija".
    league = Filters(competitions=("rs.1",), date_to=dt.date(2019, 2, 27))
    spell = spell_of(full, "Vladan Milojević", "Crvena Zvezda", league)
    derbies = record((m for m in spell.matches if "Partizan" in (m.home, m.away)), "Crvena Zvezda")
    assert (derbies.played, derbies.won, derbies.drawn, derbies.lost) == (4, 1, 3, 0)
    assert spell.coverage == "full"


def test_stankovic_red_star_2021_22_twelve_european_matches_by_bacska_topola(full: Store) -> None:
    # mozzartsport.com, 13 December 2021 ("Još jedna ovakva jesen ruši Milojevića"): "Crvena zvezda će
    # zaključno sa utakmicom protiv TSC-a u Bačkoj Topoli u četvrtak doći do ... 34 meča u dosadašnjem toku
    # sezone, od čega je 12 odigrala na evrosceni" (Kairat and Sheriff in the Champions League qualifiers,
    # Omonia in the Europa League play-off, the six group matches). (Of the other 22 the store holds 21 league matches;
    # it lacks the Serbian Cup, which the spell's gaps name.)
    europe = Filters(kinds=(CompetitionKind.CONTINENTAL,), date_from=dt.date(2021, 7, 1), date_to=dt.date(2021, 12, 16))
    spell = spell_of(full, "Dejan Stanković", "Crvena Zvezda", europe)
    assert spell.record.played == 12
    assert spell.coverage == "full"
