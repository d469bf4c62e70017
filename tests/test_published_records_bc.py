"""Published records of managers of probe BC (head coaches of national teams), against the whole corpus
(``full``: all of ../shared/data and the people files of touchline/data/people).

The store holds national teams' UEFA Nations League matches only (from 2018-19; its 2024-25 season lists
the autumn's later fixtures without results). Each whole spell is checked to tell what it lacks as a gap,
never counted as zeros: the friendlies, qualifiers and tournaments by the national-team note, the unplayed
fixtures by name; a record filtered to the Nations League, that nothing of it lacks a result. Each figure
is a published one (the source is cited beside it): a spell or a Nations League campaign the store holds
whole, or one whose only missing matches are named and counted from a found page.
"""

from __future__ import annotations

import datetime as dt

from tests.published import check_national_partial, spell_of
from touchline.api.managers import Filters, manager_record
from touchline.compute.coverage import GapKind
from touchline.model import Score, Status
from touchline.store import Store


def test_lodeweges_interim_netherlands_two_nations_league_matches(full: Store) -> None:
    # nu.nl, August 2020: interim head coach from the Wednesday Koeman signed for Barcelona, until a
    # successor was found; cceit.com, September 2020: "The 1-0 victory over Poland"; straitstimes.com,
    # September 2020: Italy won 1-0 in Amsterdam, "their second game under interim coach Dwight
    # Lodeweges". Frank de Boer took over on 23 September 2020: two matches, one won, one lost, both in the
    # Nations League (the store's only competition of national teams), so the published record is the
    # store's, and the spell is still "partial": the store cannot tell there was no friendly.
    spell = spell_of(full, "Dwight Lodeweges", "Netherlands")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (2, 1, 0, 1)
    assert (record.goals_for, record.goals_against) == (1, 1)
    check_national_partial(spell)


def test_carsley_interim_england_five_wins_from_six(full: Store) -> None:
    # maltasport.mt, November 2024: Carsley "leaves with an impressive record of five wins from six
    # matches"; expressandstar.com, 17 November 2024: "the end of the Under-21s coach's six-game stint".
    # The store's Nations League B 2024-25 ends with the 1-2 against Greece (10 October 2024) and lists the
    # last three fixtures without a result, named as a gap; counted by hand: won 3-1 in Finland (13
    # October: uk.news.yahoo.com, "Sunday's 3-1 bounce-back against Finland"), 3-0 in Greece (14 November:
    # expressandstar.com, "England's 3-0 win in Athens on Thursday"), 5-0 against the Republic of Ireland
    # (17 November: cityam.com, "a record 5-0 win over the Republic of Ireland at Wembley").
    spell = spell_of(full, "Lee Carsley", "England")
    record = spell.record
    found = (record.played, record.won, record.drawn, record.lost)
    assert found == (3, 2, 0, 1)
    check_national_partial(spell, {("uefa.nl.b", "2024-25"): 3})
    lacked = (3, 3, 0, 0)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (6, 5, 0, 1)
    assert (record.goals_for + 3 + 3 + 5, record.goals_against + 1) == (16, 3)


def test_giggs_record_stops_at_his_last_match_before_his_leave(full: Store) -> None:
    # kicker.de, June 2022 ("Keine Rückkehr"): "Das letzte Spiel mit Giggs an der Seitenlinie hatte Wales
    # im Oktober 2020 gespielt (1:0 gegen Bulgarien)", Robert Page in charge "ab dem 3. November 2020";
    # Giggs resigned on 20 June 2022 (digestwire.com). With last_match = 14 October 2020 his record ends
    # with the 1-0 in Sofia, and the November 2020 Nations League matches are Page's, not both.
    spell = spell_of(full, "Ryan Giggs", "Wales")
    assert spell.end == dt.date(2020, 10, 14)
    last = max(spell.matches, key=lambda m: m.date)
    assert (last.date, last.ft) == (dt.date(2020, 10, 14), Score(0, 1))
    assert all(m.date <= dt.date(2020, 10, 14) for m in spell.matches)
    check_national_partial(spell)


def test_page_wales_nations_league_2022_23_without_a_win_across_his_two_spells(full: Store) -> None:
    # eurosport.com, 25 September 2022 (Wales 0-1 Poland): "Wales finished their Nations League campaign
    # without a win from their six group matches"; channelnewsasia.com, 26 September 2022: "Fourth-placed
    # Wales, on one point". Four of the six were in his interim spell (June 2022), two after his contract
    # of 12 September 2022 (thecourier.co.uk): six matches, one draw, five defeats.
    spells = manager_record(full, "Robert Page", Filters(competitions=("uefa.nl.a",))).spells
    assert [s.spell.role for s in spells] == ["caretaker", "head_coach"]
    counted = [sum(getattr(s.record, f) for s in spells) for f in ("played", "won", "drawn", "lost")]
    assert counted == [6, 0, 1, 5]
    assert [s.record.played for s in spells] == [4, 2]
    # filtered to the Nations League: nothing of it lacks a result (the national-team note may stay)
    assert all(g.kind is GapKind.NATIONAL for s in spells for g in s.gaps)


def test_dalic_croatia_nations_league_2022_23_group_13_points_from_six(full: Store) -> None:
    # channelnewsasia.com (Reuters), 26 September 2022: Croatia "topped League A Group 1 with 13 points from
    # six matches, one point ahead of second-placed Denmark"; tportal.hr, 25 September 2022: "s četiri
    # pobjede u nizu i ukupno 13 bodova". 13 points from six matches is four wins, a draw and a defeat.
    group = Filters(competitions=("uefa.nl.a",), date_from=dt.date(2022, 6, 1), date_to=dt.date(2022, 9, 30))
    spell = spell_of(full, "Zlatko Dalić", "Croatia", group)
    record = spell.record
    assert (record.played, 3 * record.won + record.drawn) == (6, 13)
    assert (record.won, record.drawn, record.lost) == (4, 1, 1)
    assert all(g.kind is GapKind.NATIONAL for g in spell.gaps)


def test_martinez_belgium_nations_league_2020_21_group_15_points(full: Store) -> None:
    # guardianmag.us, November 2020: after the 2-0 against England in the fifth round Belgium "qualified for
    # the finals ... after raising its tally to 12 points"; thehindu.com, 19 November 2020: "a 4-2 win over
    # Denmark" in the last round. 12 points from five matches and a win: six matches, five won, one lost.
    group = Filters(competitions=("uefa.nl.a",), date_from=dt.date(2020, 9, 1), date_to=dt.date(2020, 11, 30))
    spell = spell_of(full, "Roberto Martínez", "Belgium", group)
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (6, 5, 0, 1)
    assert 3 * record.won + record.drawn == 15
    assert all(g.kind is GapKind.NATIONAL for g in spell.gaps)


def test_bellamy_wales_unbeaten_first_six_three_wins_three_draws(full: Store) -> None:
    # sports.ndegeya.com, 19 November 2024: Wales "finished top of Group 4 in League B on 12 points thanks
    # to three wins and three draws", Bellamy unbeaten in his six matches. The store holds the first two
    # (0-0 against Turkey, 2-1 in Montenegro) and lists the last four without a result, named as a gap;
    # counted by hand: 2-2 in Iceland (11 October: flashscore.com, "Wales draw with Iceland"), the home
    # match with Montenegro won (14 October: eurosuperfootball.blogspot.com, before the Kayseri match,
    # "two wins and two draws in their opening games"), 0-0 in Turkey (16 November: flashscore.com), 4-1
    # against Iceland (19 November: itv.com).
    spell = spell_of(full, "Craig Bellamy", "Wales")
    record = spell.record
    found = (record.played, record.won, record.drawn, record.lost)
    assert found == (2, 1, 1, 0)
    # and the 2026-27 league phase, which the store lacks (Wales in Group A4: uefa.com, 12 February 2026)
    check_national_partial(spell, {("uefa.nl.b", "2024-25"): 4}, [("2026-27", "league phase")])
    lacked = (4, 2, 2, 0)
    assert tuple(a + b for a, b in zip(found, lacked, strict=True)) == (6, 3, 3, 0)


def test_shevchenko_ukraine_nations_league_counts_the_awarded_defeat(full: Store) -> None:
    # xsport.ua, June 2021 (before the Euro 2020 round of 16 against Sweden, his 50th match): "9 – Лига наций"
    # among his matches, those played; the tenth, at Switzerland on 17 November 2020, was not played and
    # was awarded 3-0 to Switzerland (urdupoint.com, 25 November 2020: "UEFA announced on Wednesday that
    # Switzerland have been awarded a 3-0 victory over Ukraine"). The store counts it as a defeat, as the
    # published final record does: 52 matches, 25 won, 13 drawn, 14 lost (detik.com, cissoccer.com, 1 August
    # 2021), one more defeat than xsport.ua's 49 matches (24 won, 13 drawn, 12 lost) and the two played after.
    spell = spell_of(full, "Andriy Shevchenko", "Ukraine")
    record = spell.record
    assert (record.played, record.won, record.drawn, record.lost) == (10, 5, 0, 5)
    assert [m.status for m in spell.matches].count(Status.AWARDED) == 1
    assert [m.status for m in spell.matches].count(Status.PLAYED) == 9
    check_national_partial(spell)
