"""What a fifth-tier or League Two spell lacks (touchline/api/expected.py, touchline/data/calendar.toml):
the FA Trophy the Conference's clubs played since the Alliance Premier League's first season, 1979-80,
not only since 2008-09; the FA Cup's fourth qualifying round, at which they have entered since 1999-00,
before the first round proper the store holds; and no League Two play-off of 2020-21 for a spell begun
after its final of 31 May 2021. The sources of each round and day are in calendar.toml and
competitions.toml; the records' figures are the whole corpus's."""

from __future__ import annotations

import datetime as dt

from tests.madeup import made_up
from tests.published import certain_gaps, spell_of
from touchline.api.expected import _entry_missing
from touchline.api.managers import SpellRecord, manager_record
from touchline.compute.coverage import Coverage, GapKind
from touchline.reference import competitions as catalog
from touchline.store import Store

_BEFORE_2008 = "open to the Conference's clubs and other leading non-league clubs"
_CONFERENCE = "Conference National's clubs entered at its fourth qualifying round"
_NATIONAL = "National League's clubs entered at its fourth qualifying round"


def _gwdl(spell: SpellRecord) -> tuple[int, int, int, int]:
    return (spell.record.played, spell.record.won, spell.record.drawn, spell.record.lost)


def _lacking(spell: SpellRecord) -> set[tuple[str | None, str]]:
    return {(g.competition, season) for g in spell.gaps for season in g.seasons}


def test_the_calendar_gives_the_fifth_tiers_cups_and_league_twos_play_offs_of_2021() -> None:
    # the FA Trophy from the Alliance Premier League's first season, 1979-80 (en.wikipedia "1979–80 FA
    # Trophy"), open to the fifth to eighth tiers "from 2008 onwards" (en.wikipedia "FA Trophy")
    assert catalog.cup_tiers("eng.fatrophy", "2006-07") == ((5,), _BEFORE_2008)
    assert catalog.cup_tiers("eng.fatrophy", "1979-80") == ((5,), _BEFORE_2008)
    assert catalog.cup_tiers("eng.fatrophy", "2008-09") == ((5,), "open to the fifth to eighth tiers' clubs")
    assert catalog.cup_tiers("eng.fatrophy", "1978-79") is None
    assert "eng.fatrophy" in catalog.cups("eng", "1979-80")
    assert "eng.fatrophy" not in catalog.cups("eng", "1978-79")
    # the Conference's clubs in the FA Cup's fourth qualifying round since 1999-00 ("16 October 1999 |
    # Football Conference | 22", en.wikipedia "1999–2000 FA Cup qualifying rounds"), not before (clubs
    # exempt to the first round proper in 1991-92; 1998-99 not found)
    ((fa_cup, places),) = catalog.cup_entries("eng.cup", "2006-07", 5)
    assert (fa_cup.round, fa_cup.first_day("2006-07"), places) == (
        "fourth qualifying round",
        dt.date(2006, 10, 10),
        None,
    )
    assert catalog.cup_entries("eng.cup", "1998-99", 5) == []
    # League Two's play-offs of 2020-21, 18 to 31 May 2021 (the42.ie, 23 May 2021; en.wikipedia "2021 EFL
    # League Two play-off final": "played on 31 May 2021")
    assert catalog.playoff_days("eng.4", "2020-21") == (dt.date(2021, 5, 18), dt.date(2021, 5, 31))


def test_a_made_up_fifth_tier_spell_lacks_the_fa_cups_fourth_qualifying_round() -> None:
    # a cup season the store holds from its first round proper ("Round 1", 10 November 2006): a spell at
    # a Conference club over 2006-07 lacks the round its clubs entered at (from 10 October 2006)
    held = [
        made_up(314, "A", "B", (1, 0), season="2006-07", year=2006, round="Round 1"),
        made_up(335, "A", "C", (2, 1), season="2006-07", year=2006, round="Round 2"),
    ]
    whole = (dt.date(2006, 7, 1), dt.date(2007, 6, 30))
    assert _entry_missing("eng.cup", "2006-07", 5, held, *whole, "eng.5") == (
        f"only its rounds from 10 November 2006 are in the store; {_CONFERENCE}"
    )
    # a spell begun after the first day the store holds lacks none of it; nor does one ended before the
    # entry round's first day, nor one of a season before the era (1998-99), nor a Football League club's
    assert _entry_missing("eng.cup", "2006-07", 5, held, dt.date(2006, 11, 20), whole[1], "eng.5") == ""
    assert _entry_missing("eng.cup", "2006-07", 5, held, whole[0], dt.date(2006, 9, 30), "eng.5") == ""
    earlier = [made_up(314, "A", "B", (1, 0), season="1998-99", year=1998, round="Round 1")]
    assert _entry_missing("eng.cup", "1998-99", 5, earlier, dt.date(1998, 7, 1), dt.date(1999, 6, 30), "eng.5") == ""
    assert _entry_missing("eng.cup", "2006-07", 4, held, *whole, "eng.4") == ""


def test_tisdales_exeter_lacks_the_fa_trophy_and_fourth_qualifying_rounds_of_its_conference_years(
    full: Store,
) -> None:
    # BBC Sport, 1 June 2018: the League Two play-off final lost to Coventry was "his 626th game in
    # charge"; miltonkeynes.co.uk (June 2018): "Tisdale won 241 of his 626 games". The store holds 586 (227
    # wins). Of the Conference seasons 2006-07 and 2007-08 it lacks the FA Trophy and the FA Cup's fourth
    # qualifying round, where Exeter entered: "Saturday 28 October 2006. FA Cup 4th Qualifying Round.
    # Exeter City 2 AFC Wimbledon 1" (grecianarchive.exeter.ac.uk, "Match 18"), before the first round
    # proper of 11 November 2006 (1-2 v Stockport County) the store holds
    spell = spell_of(full, "Paul Tisdale", "Exeter City")
    assert _gwdl(spell) == (586, 227, 150, 209)
    assert spell.coverage == Coverage.PARTIAL
    assert certain_gaps(spell, "eng.fatrophy") == {"2006-07": _BEFORE_2008, "2007-08": _BEFORE_2008}
    assert certain_gaps(spell, "eng.cup", GapKind.CUP_PART) == {
        "2006-07": f"only its rounds from 10 November 2006 are in the store; {_CONFERENCE}",
        "2007-08": f"only its rounds from 9 November 2007 are in the store; {_CONFERENCE}",
    }
    fa_cup = [m for m in spell.matches if m.competition == "eng.cup" and m.season == "2006-07"]
    assert [(m.date, m.round, m.home, m.away) for m in fa_cup] == [
        (dt.date(2006, 11, 11), "Round 1", "Exeter City", "Stockport County")
    ]
    trophy = {("eng.trophy", f"{y}-{str(y + 1)[2:]}") for y in range(2008, 2018)}
    play_offs = {("eng.5", "2006-07"), ("eng.5", "2007-08"), ("eng.4", "2016-17"), ("eng.4", "2017-18")}
    cups = {(code, season) for code in ("eng.fatrophy", "eng.cup") for season in ("2006-07", "2007-08")}
    assert _lacking(spell) == trophy | play_offs | cups
    # the fourth qualifying round won v AFC Wimbledon, named above, is one of the 40 the store lacks
    assert (626 - spell.record.played, 241 - spell.record.won) == (40, 14)


def test_cowleys_lincoln_lacks_its_fourth_qualifying_round_tie_of_2016(full: Store) -> None:
    # Danny Cowley's Lincoln City (13 May 2016 to 9 September 2019), of the National League in 2016-17:
    # Guiseley, in the fourth qualifying round, were "faced with clearing the considerable hurdle of Lincoln
    # City before hopefully booking a place in the first round" (yorkshireeveningpost.co.uk, October 2016,
    # "Lockwood hoping for a cup run with Guiseley"); Lincoln went through to the first round proper (2-1 v
    # Altrincham, 5 November 2016, which the store holds) and on to the quarter-final at Arsenal (the
    # store's 0-5 of 11 March 2017). Its League Two seasons keep their gaps (the EFL Trophy of the third and
    # fourth tiers); the FA Cup's rounds from the first proper, where League Two's clubs enter, are whole.
    spell = spell_of(full, "Danny Cowley", "Lincoln City")
    assert _gwdl(spell) == (161, 86, 41, 34)
    assert certain_gaps(spell, "eng.cup", GapKind.CUP_PART) == {
        "2016-17": f"only its rounds from 4 November 2016 are in the store; {_NATIONAL}"
    }
    fa_cup = [m for m in spell.matches if m.competition == "eng.cup" and m.season == "2016-17"]
    assert (fa_cup[0].date, fa_cup[0].home, fa_cup[0].away) == (dt.date(2016, 11, 5), "Lincoln City", "Altrincham FC")
    assert (fa_cup[-1].date, fa_cup[-1].round) == (dt.date(2017, 3, 11), "Quarterfinals")


def test_mellons_tranmere_lacks_two_fourth_qualifying_rounds_but_not_the_play_offs_of_2021(full: Store) -> None:
    # ryanferguson.co.uk (July 2020): "He took charge of the Superwhites on 200 occasions, winning 46.5% of
    # the time" (93 wins); the store holds 173 (79 wins). Appointed on 7 October 2016, a week before the FA
    # Cup's fourth qualifying round of 15 October (Tranmere in none of the stored rounds of 2016-17); of
    # 2017-18 it holds Tranmere from the first round proper (1-1 and 0-5 v Peterborough United)
    first, second = manager_record(full, "Micky Mellon").spells
    assert _gwdl(first) == (173, 79, 41, 53)
    assert certain_gaps(first, "eng.cup", GapKind.CUP_PART) == {
        "2016-17": f"only its rounds from 4 November 2016 are in the store; {_NATIONAL}",
        "2017-18": f"only its rounds from 3 November 2017 are in the store; {_NATIONAL}",
    }
    assert (200 - first.record.played, 93 - first.record.won) == (27, 14)
    # back "with effect from 1st June" 2021 (The Scottish Sun, 31 May 2021): Tranmere, seventh in League
    # Two, had lost their play-off semi-final to Morecambe, 1-2 at Prenton Park on 20 May and 1-1 at
    # Morecambe on 23 May (lep.co.uk, 8 May 2021; thetimes.co.uk, 23 May 2021: "built on the 2-1 advantage
    # they had established in the first leg"), and the final was played on 31 May (en.wikipedia "2021 EFL
    # League Two play-off final"): the spell lacks no play-off, only the EFL Trophy of its two seasons
    assert second.start == dt.date(2021, 6, 1)
    assert _gwdl(second) == (89, 35, 23, 31)
    assert second.coverage == Coverage.PARTIAL
    assert _lacking(second) == {("eng.trophy", "2021-22"), ("eng.trophy", "2022-23")}
