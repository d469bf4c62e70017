"""Published records of managers of probe AS (managers of German and Dutch clubs), against the whole
corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it), of a spell or part of one the store
holds whole.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_whole, spell_of
from touchline.api.managers import Filters
from touchline.model import CompetitionKind
from touchline.store import Store


def test_steijn_at_ajax_won_2_of_11_and_5_points_from_7_league_matches(full: Store) -> None:
    # alinea.id, October 2023, after the Mirror: Steijn's time at Ajax "berakhir setelah hanya 11
    # pertandingan ... hanya meraih dua kemenangan" (ended after only 11 matches, two wins): the
    # Eredivisie's 4-1 v Heracles and the 4-1 at Ludogorets in the Europa League play-off. sporza.be, 23
    # October 2023: "na 7 wedstrijden telt de Amsterdamse club slechts 5 luttele puntjes" (the match at
    # RKC Waalwijk, abandoned at 2-3 and finished on 6 December 2023 under his successor, not one of them).
    spell = spell_of(full, "Maurice Steijn", "AFC Ajax")
    assert (spell.record.played, spell.record.won) == (11, 2)
    assert spell.coverage == "full"
    league = spell_of(full, "Maurice Steijn", "AFC Ajax", Filters(competitions=("nl.1",)))
    assert (league.record.played, 3 * league.record.won + league.record.drawn) == (7, 5)


def test_maassen_at_augsburg_bundesliga_points_per_game_0_95(full: Store) -> None:
    # kicker.de, November 2023 ("Augsburg und Maaßen lösen Vertrag auf"): "Insgesamt kam Maaßen ... in 15
    # Monaten als FCA-Coach auf einen Punkteschnitt von 0,95"; kicker.de, October 2023: "Nur fünf Zähler
    # holte der FCA aus den ersten sieben Ligaspielen" of 2023-24. 41 Bundesliga matches, 39 points.
    spell = spell_of(full, "Enrico Maaßen", "FC Augsburg", Filters(competitions=("de.1",)))
    record = spell.record
    assert round((3 * record.won + record.drawn) / record.played, 2) == 0.95
    assert spell.coverage == "full"
    season = spell_of(
        full, "Enrico Maaßen", "FC Augsburg", Filters(competitions=("de.1",), date_from=dt.date(2023, 7, 1))
    )
    assert (season.record.played, 3 * season.record.won + season.record.drawn) == (7, 5)


def test_lieberknecht_saved_braunschweig_with_two_wins_and_a_draw(full: Store) -> None:
    # abendblatt.de, February 2017 ("Wo Kontinuität mehr als ein Wort ist"): appointed on 12 May 2008,
    # three matches before the end of the Regionalliga Nord season, "Lieberknecht führte das Team mit
    # zwei Siegen und einem Unentschieden gerade noch auf den zehnten Rang"
    spell = spell_of(full, "Torsten Lieberknecht", "Eintracht Braunschweig", Filters(date_to=dt.date(2008, 6, 30)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (3, 2, 1, 0)
    assert spell.coverage == "full"


def test_lukkien_at_emmen_64_league_matches_100_points(full: Store) -> None:
    # rtvdrenthe.nl, February 2018 ("Lukkien tot zomer van 2020 bij FC Emmen"), after 26 matches of
    # 2017-18: "Onder leiding van Dick Lukkien boekte FC Emmen in de 64 competitieduels tot nu toe 100
    # punten. Vorig seizoen behaalde de club 55 punten en dit jaar staat de teller op 45. Lukkien won 25
    # duels, zag zijn ploeg 25 keer gelijkspelen en 14 keer verliezen". The 26th was 1-1 at Cambuur on
    # 23 February 2018.
    league = (CompetitionKind.LEAGUE,)
    spell = spell_of(full, "Dick Lukkien", "FC Emmen", Filters(kinds=league, date_to=dt.date(2018, 2, 23)))
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (64, 25, 25, 14)
    assert 3 * record.won + record.drawn == 100
    first = spell_of(full, "Dick Lukkien", "FC Emmen", Filters(kinds=league, date_to=dt.date(2017, 6, 30)))
    assert 3 * first.record.won + first.record.drawn == 55


def test_runjaic_left_kaiserslautern_with_9_points_from_8_matches(full: Store) -> None:
    # media-sportservice.de, 23 September 2015 ("Kaiserslautern: Trainer Runjaic tritt zurück"): "Der
    # Ex-Duisburger hatte mit den ,Roten Teufeln' neun Punkte aus acht Spielen geholt" in 2015-16
    spell = spell_of(
        full, "Kosta Runjaić", "1. FC Kaiserslautern", Filters(competitions=("de.2",), date_from=dt.date(2015, 7, 1))
    )
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (8, 9)
    assert spell.coverage == "full"


def test_luhukay_at_hertha_2014_15_nineteen_matches_eleven_defeats(full: Store) -> None:
    # welt.de, February 2015 ("Abstiegsangst – Hertha wirft Trainer Luhukay raus"): "19 Spiele, elf
    # Niederlagen" in the 2014-15 Bundesliga, the last the 0:1 against Bayer Leverkusen
    spell = spell_of(full, "Jos Luhukay", "Hertha BSC", Filters(competitions=("de.1",), date_from=dt.date(2014, 7, 1)))
    assert (spell.record.played, spell.record.lost) == (19, 11)
    assert spell.coverage == "full"


def test_keizer_at_ajax_24_matches_14_wins_5_draws_5_defeats(full: Store) -> None:
    # nu.nl, 21 December 2017 ("Keizer met 174 dagen kortst zittende trainer van Ajax sinds 1988"): "In de
    # 174 dagen dat Keizer trainer van Ajax was, zat hij 24 officiële duels op de bank. Daarvan werden er
    # veertien gewonnen, vijf gelijkgespeeld en vijf verloren" (the cup defeat on penalties at FC Twente
    # a draw); voetbal4u.com, 21 February 2018, Keizer: "Zes gespeeld tien punten ... Daarna haalden we 28
    # punten uit elf wedstrijden" in the Eredivisie
    check_whole(full, "Marcel Keizer", "AFC Ajax", (24, 14, 5, 5))
    league = spell_of(full, "Marcel Keizer", "AFC Ajax", Filters(competitions=("nl.1",)))
    assert (league.record.played, 3 * league.record.won + league.record.drawn) == (17, 38)


def test_van_de_looi_at_willem_ii_4_wins_17_points_from_19(full: Store) -> None:
    # voetbalonline.nl, January 2018 ("Van de Looi verlengt contract niet"), after the 1-1 against FC
    # Groningen on 21 January 2018: "Willem II won tot nu toe vier van haar 19 duels in de Eredivisie en
    # verzamelde daarin 17 punten"
    spell = spell_of(
        full,
        "Erwin van de Looi",
        "Willem II",
        Filters(competitions=("nl.1",), date_from=dt.date(2017, 7, 1), date_to=dt.date(2018, 1, 21)),
    )
    record = spell.record
    assert (record.played, record.won, 3 * record.won + record.drawn) == (19, 4, 17)
    assert spell.coverage == "full"
