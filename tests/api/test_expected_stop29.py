"""Which cups a manager's spell is expected in (touchline/api/expected.py), as the whole corpus shows:
a club's tier is read from where it played that season, never guessed from the leagues the store holds
it in none of; the calendar's entry rounds of lower tiers name the early rounds of a cup the store holds
only from later ones; a slot shorter than a league season is expected of still meets a cup's known days;
and a cup the team was out of before the spell began is not named. The sources of each round, day and
exit are in touchline/data/calendar.toml."""

from __future__ import annotations

import datetime as dt

from tests.published import certain_gaps
from tests.test_absent_stop22 import _spell
from touchline.api.expected import _round_key, _tier_in
from touchline.compute.coverage import Coverage, GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store


def test_a_clubs_tier_comes_from_where_it_played_that_season(full: Store) -> None:
    # Crystal Palace played no match from 1 July to 14 August 2014 (Pulis left two days before its
    # Premier League season began), but the Premier League all that season: the first tier, not a
    # tier below the store's five
    assert _tier_in(full, "eng-crystal-palace", "eng", "2014-15", dt.date(2014, 7, 1), dt.date(2014, 8, 14)) == 1
    pulis = _spell(full, "Tony Pulis", "Crystal Palace", 2013)
    assert certain_gaps(pulis, "eng.fatrophy") == {}
    # Bournemouth of 1983-84 were in the Third Division, which the store does not hold (it holds the
    # First and Second): no league of it that season, so no tier told by itself; a tier below the store's
    # two where the data shows it in the country's leagues near the spell (the Second Division from
    # 1987-88): the Associate Members' Cup of the third and fourth tiers
    first, last = dt.date(1983, 7, 1), dt.date(1984, 6, 30)
    assert _tier_in(full, "eng-afc-bournemouth", "eng", "1983-84", first, last) is None
    assert _tier_in(full, "eng-afc-bournemouth", "eng", "1983-84", first, last, below_top=True) == 3
    redknapp = _spell(full, "Harry Redknapp", "AFC Bournemouth", 1983)
    assert "1983-84" in certain_gaps(redknapp, "eng.trophy")
    # its Second Division seasons, which the store holds, keep the Full Members' Cup of the first two tiers
    assert set(certain_gaps(redknapp, "eng.fmc")) == {"1987-88", "1988-89", "1989-90"}


def test_a_second_tier_clubs_early_rounds_of_the_coupe_de_france(full: Store) -> None:
    # Angers, of Ligue 2 in 2013-14 and 2014-15, entered the Coupe de France at its seventh round
    # (foot-sur7.fr, 2013: "Le septième tour de la Coupe de France marque l'entrée en lice des clubs de
    # Ligue 2", "Mouilleron US - Angers", played "les samedi 16 et dimanche 17 novembre 2013"); the
    # store holds those seasons from the round of 64 ("Round 9") of 4 January 2014 and 3 January 2015:
    # Angers's seventh and eighth rounds of 2013-14 (it reached the semi-final, 2-3 at Rennes on 15
    # April 2014, in the store), and all it played of 2014-15 (in none of the stored rounds), are not
    # in it. From 2015-16 Angers were in Ligue 1, whose clubs enter at the round of 64.
    moulin = _spell(full, "Stéphane Moulin", "Angers", 2011)
    assert certain_gaps(moulin, "fr.cup", GapKind.CUP_PART) == {
        "2013-14": "only its rounds from 4 January 2014 are in the store; Ligue 2's clubs entered at its seventh round",
        "2014-15": "only its rounds from 3 January 2015 are in the store; Ligue 2's clubs entered at its seventh round",
    }
    # Lorient, of Ligue 2 in 2019-20, the store's season from 3 January 2020
    pelissier = _spell(full, "Christophe Pélissier", "Lorient", 2019)
    assert set(certain_gaps(pelissier, "fr.cup", GapKind.CUP_PART)) == {"2019-20"}


def test_cup_rounds_are_ordered_by_their_numbers() -> None:
    assert _round_key("seventh round") == (1, 7)
    assert _round_key("Round 9") == (1, 9)
    assert _round_key("1. Round") == (1, 1)
    assert _round_key("fourth qualifying round") == (0, 4)
    assert _round_key("Qualifying round 4") == (0, 4)
    assert _round_key("round of 64") is None
    assert _round_key("10. Runde") is None
    assert _round_key("Final") is None


def test_a_caretakers_weeks_meet_the_cup_final_he_won(full: Store) -> None:
    # Serhiy Rebrov, Dynamo Kyiv's caretaker from 17 April to 18 May 2014 (32 days, fewer than a league
    # season is expected of): 5 matches in the store (3 won, 1 drawn, 1 lost); he won the Ukrainian Cup
    # final of 15 May 2014, 2-1 against Shakhtar Donetsk in Poltava (en.wikipedia "2014 Ukrainian Cup
    # final"), which the store lacks (it holds no Ukrainian Cup)
    caretaker = _spell(full, "Serhiy Rebrov", "caretaker", 2014)
    assert (caretaker.record.played, caretaker.record.won, caretaker.record.drawn, caretaker.record.lost) == (
        5,
        3,
        1,
        1,
    )
    assert certain_gaps(caretaker, "ua.cup") == {"2013-14": ""}
    assert caretaker.coverage is Coverage.PARTIAL
    assert catalog.final_day("ua.cup", "2013-14") == dt.date(2014, 5, 15)


def test_a_few_weeks_after_a_cups_last_day_meet_none_of_it(full: Store) -> None:
    # Guy Roux at Lens from 1 June 2007: the 30 days of 2006-07 his spell covers come after the Coupe de
    # France's final of 12 May 2007 (in the store), and no day of the Coupe de la Ligue of 2006-07 is known
    # (the store holds none of that cup, the calendar gives its finals from 2007-08): no cup of 2006-07
    # is named
    roux = _spell(full, "Guy Roux", "Lens", 2007)
    assert not [g for g in roux.gaps if g.kind in (GapKind.CUP, GapKind.CUP_PART) and "2006-07" in g.seasons]
    # Sérgio Conceição at Porto from 8 June 2017: nothing of the Taça de Portugal or the Taça da Liga of
    # 2016-17, whose finals the store and the calendar do not give
    conceicao = _spell(full, "Sérgio Conceição", "Porto", 2017)
    assert "2016-17" not in certain_gaps(conceicao, "pt.cup")
    assert "2016-17" not in certain_gaps(conceicao, "pt.cup.l")


def test_a_cup_the_team_was_out_of_before_the_spell(full: Store) -> None:
    # Hearts went out of the Scottish League Cup of 2017-18 in its group stage on 29 July 2017 (bbc.co.uk,
    # 29 July 2017: "Hearts were knocked out of the Scottish League Cup"); Craig Levein's spell began on
    # 28 August 2017. The store holds no Scottish cup: those of 2018-19 and 2019-20 are still named, and
    # the Scottish Cup of 2017-18, which Hearts played in January 2018
    assert catalog.cup_out("sco.cup.l", "2017-18", "sco-heart-of-midlothian") == dt.date(2017, 7, 29)
    assert catalog.cup_out("sco.cup.l", "2018-19", "sco-heart-of-midlothian") is None
    levein = _spell(full, "Craig Levein", "Heart of Midlothian", 2017)
    assert set(certain_gaps(levein, "sco.cup.l")) == {"2018-19", "2019-20"}
    assert set(certain_gaps(levein, "sco.cup")) == {"2017-18", "2018-19"}
    assert levein.coverage is Coverage.PARTIAL
