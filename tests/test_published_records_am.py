"""Published records of managers of probe AM (Dutch, Belgian, French, Scottish and English clubs), against
the whole corpus (``full``: all of ../shared/data and the people files of touchline/data/people).

Each figure is a published one (the source is cited beside it): a spell, or a part of one, the store holds
whole, or one whose only missing matches are the competitions the store names, counted by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.published import spell_of
from touchline.api.managers import Filters, SpellRecord
from touchline.model import CompetitionKind
from touchline.store import Store

LEAGUE = (CompetitionKind.LEAGUE,)


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    record = spell.record
    return record.played, record.won, record.drawn, record.lost


def _missing(spell: SpellRecord) -> set[tuple[str, str]]:
    return {(g.competition, season) for g in spell.gaps for season in g.seasons}


def test_verbeek_at_feyenoord_lost_14_of_26_less_the_johan_cruijff_schaal(full: Store) -> None:
    # de.uefa.com, January 2009 ("Verbeek und Feyenoord trennen sich"): "er verlor mit seiner Mannschaft
    # allerdings 14 von 26 Pflichtspielen". The store lacks the Johan Cruijff Schaal of 23 August 2008,
    # Feyenoord 0-2 PSV (en.wikipedia "2008 Johan Cruyff Shield", citing PSV.nl and de Volkskrant of that
    # day): one defeat.
    spell = spell_of(full, "Gertjan Verbeek", "Feyenoord")
    assert _gwdl(spell) == (25, 8, 4, 13)
    assert spell.coverage == "partial"
    assert _missing(spell) == {("nl.sc", "2008-09")}
    lacked_played, lacked_lost = 1, 1
    assert (spell.record.played + lacked_played, spell.record.lost + lacked_lost) == (26, 14)


def test_ten_cate_at_ajax_68_matches_with_the_two_shields_and_the_2007_play_offs(full: Store) -> None:
    # headtopics.com, November 2023: "De oefenmeester stond tussen juli 2006 en oktober 2007 bij 68
    # wedstrijden van de Amsterdammers langs de lijn". The store lacks the Johan Cruijff Schaal of 2006
    # and of 2007 (Ajax the KNVB Cup winners both years) and the Eredivisie's play-offs of May 2007 for
    # the Champions League: Heerenveen v Ajax and the return (PZC, 10 May 2007: "de eerste ontmoeting met
    # Heerenveen in de play-offs"), then the final AZ v Ajax, 2-1, and Ajax v AZ, 3-0, on 27 May
    # (sport.aktuality.sk, 27 May 2007): six matches.
    spell = spell_of(full, "Henk ten Cate", "AFC Ajax")
    assert spell.coverage == "partial"
    assert _missing(spell) == {("nl.sc", "2006-07"), ("nl.sc", "2007-08"), ("nl.1", "2006-07")}
    shields, play_offs = 2, 4
    assert spell.record.played + shields + play_offs == 68


def test_perrin_at_marseille_ten_wins_and_eight_defeats_in_18_ligue_1_matches_of_2003_04(full: Store) -> None:
    # fr.uefa.com, January 2004 ("Marseille débarque Perrin"): "Marseille occupe la sixième place de
    # Ligue 1 après dix victoires et huit défaites sur 18 matches"; his last, 2-0 at Auxerre on 10 January
    spell = spell_of(
        full, "Alain Perrin", "Olympique Marseille", Filters(competitions=("fr.1",), date_from=dt.date(2003, 7, 1))
    )
    assert _gwdl(spell) == (18, 10, 0, 8)
    assert spell.coverage == "full"


def test_levein_at_hearts_one_win_and_eight_points_in_11_league_matches_of_2019_20(full: Store) -> None:
    # skysports.com, 31 October 2019: "the club managing just one win in 11 league games so far this
    # season", "11th in the Scottish top flight, level on eight points with bottom club St Mirren": one
    # win and five draws, so five defeats
    spell = spell_of(full, "Craig Levein", "Heart of Midlothian", Filters(kinds=LEAGUE, date_from=dt.date(2019, 7, 1)))
    assert _gwdl(spell) == (11, 1, 5, 5)
    assert spell.coverage == "full"


def test_mcinnes_at_aberdeen_two_wins_in_13_matches_of_2021(full: Store) -> None:
    # thetimes.co.uk, 9 March 2021 ("Time up for Derek McInnes at Aberdeen"): "just two wins having been
    # recorded in 13 matches this year" (the store's 13 are all Premiership matches)
    spell = spell_of(full, "Derek McInnes", "Aberdeen FC", Filters(date_from=dt.date(2021, 1, 1)))
    assert (spell.record.played, spell.record.won) == (13, 2)


def test_adriaanse_at_ajax_ten_points_from_his_first_six_league_matches(full: Store) -> None:
    # volkskrant.nl, September 2017 ("Ajax-trainers met 10 punten na 6 duels"): Co Adriaanse, 2000-2001,
    # "7e (na zes duels)"; his sixth league match was RBC at home on 22 September 2000
    spell = spell_of(full, "Co Adriaanse", "AFC Ajax", Filters(kinds=LEAGUE, date_to=dt.date(2000, 9, 22)))
    played, won, drawn, _ = _gwdl(spell)
    assert (played, 3 * won + drawn) == (6, 10)


def test_royle_at_everton_nine_points_from_42_after_the_win_at_derby(full: Store) -> None:
    # irishtimes.com, March 1997 ("Royle vacates Everton throne"): "Since defeating Derby County at the
    # Baseball Ground in mid-December [...] they have collected only nine of the 42 points available"
    # (Derby 0-1 Everton, 16 December 1996; he left on 27 March 1997)
    spell = spell_of(full, "Joe Royle", "Everton FC", Filters(kinds=LEAGUE, date_from=dt.date(1996, 12, 17)))
    played, won, drawn, _ = _gwdl(spell)
    assert (3 * played, 3 * won + drawn) == (42, 9)
