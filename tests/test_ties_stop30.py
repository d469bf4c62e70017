"""Legs or a replay when the data numbers no legs: a round's lone tie whose drawn first match is followed
within days by one at the other club's ground is two legs (a league's play-off final), not a replay,
unless a domestic cup replays it; a first match level after extra time is always replayed.

Figures from the whole corpus (the ``full`` store) and from small fixtures copying its matches."""

from __future__ import annotations

import datetime as dt

import pytest

from touchline.api.ties import final, ties_between
from touchline.compute.ties import Tie, rounds
from touchline.model import Match, Score
from touchline.reference.ties import tie_rules
from touchline.store import Store


def _summary(tie: Tie | None) -> tuple[int, int, str | None, str, tuple[int, int] | None]:
    """(legs, replays, winner, how, aggregate) of a tie."""
    assert tie is not None and tie.problem is None
    aggregate = None if tie.aggregate is None else (tie.aggregate.home, tie.aggregate.away)
    return len(tie.legs), len(tie.replays), tie.winner, tie.how, aggregate


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        # en.wikipedia.org/wiki/2008_K_League_Championship (read 2 December 2026): "Each match was played
        # as a single match, excluding the final which consisted of two matches. Suwon Samsung Bluewings
        # became the champions by defeating FC Seoul 3–2 on aggregate in the final." (1-1 in Seoul on
        # 3 December, 2-1 in Suwon on 7 December)
        ("2008", (2, 0, "Suwon Bluewings", "3–2 on aggregate", (2, 3))),
        # app.surf/wiki/2009-k-league-championship (a copy of en.wikipedia's page): "Jeonbuk Hyundai
        # Motors became the champions for the first time by defeating Seongnam Ilhwa Chunma 3–1 on
        # aggregate in the final." (0-0, then 3-1)
        ("2009", (2, 0, "Jeonbuk FC", "3–1 on aggregate", (1, 3))),
        # goodnames.eth.link/wiki/2010_K-League_Championship.html (a copy of en.wikipedia's page): "The
        # final is played home and away format. ... FC Seoul won the 2010 K League by the aggregate score
        # of 4-3." (2-2 in Jeju on 1 December, 2-1 in Seoul on 5 December)
        ("2010", (2, 0, "FC Seoul", "4–3 on aggregate", (3, 4))),
    ],
)
def test_the_k_league_finals_of_2008_10_are_won_on_aggregate(
    full: Store, season: str, expected: tuple[int, int, str, str, tuple[int, int]]
) -> None:
    assert _summary(final(full, "kr.1", season)) == expected


def test_the_k_league_final_of_2004_is_two_legs_settled_on_penalties(full: Store) -> None:
    # en.wikipedia.org/wiki/K_League_Championship: 2004-2006 "Each semi-final was a single match, and
    # the final comprised two matches"; the data: Pohang 0-0 Suwon (8 December), then Suwon v Pohang on
    # 12 December given as a 4-3 shoot-out alone
    tie = final(full, "kr.1", "2004")
    assert tie is not None and (len(tie.legs), tie.replays, tie.aggregate) == (2, (), None)
    assert (tie.winner, tie.how) == (
        "Suwon Bluewings",
        "4–3 on penalties (level on aggregate, the score after play not in the data)",
    )


def test_the_fa_cup_final_of_1876_stays_a_replay(full: Store) -> None:
    # en.wikipedia.org/wiki/1876_FA_Cup_final: "The match ended in a 1-1 draw ... A week later, the teams
    # met again at the same venue ... the revised team lost 3–0." The data lists the replay with the
    # clubs the other way round (Old Etonians 1-1 Wanderers, then Wanderers 3-0 Old Etonians)
    assert _summary(final(full, "eng.cup", "1875-76")) == (1, 1, "The Wanderers", "in a replay (3–0)", (1, 1))


def test_fa_cup_finals_replayed_at_the_same_ground_stay_replays(full: Store) -> None:
    # en.wikipedia.org/wiki/1970_FA_Cup_final: 2-2 after extra time at Wembley, Chelsea won the replay
    # at Old Trafford 2-1 after extra time
    assert _summary(final(full, "eng.cup", "1969-70")) == (
        1,
        1,
        "Chelsea FC",
        "in a replay (2–1 after extra time)",
        (2, 2),
    )


def test_a_first_match_level_after_extra_time_is_replayed(full: Store) -> None:
    # de.wikipedia.org/wiki/Österreichischer_Fußball-Cup_1920/21 (copy at austria-forum.org), round of
    # 32: "SK Rapid Wien  Wiener Amateur SV  3:3 (Wiederholungsspiel: 1:2)"; the data gives the first
    # match after extra time and the replay at the Amateure's ground, ten days later
    (tie,) = ties_between(full, "Rapid Wien", "Wiener Amateur-Sportverein", "1920-21")
    assert _summary(tie) == (1, 1, "Wiener Amateur-Sportverein", "in a replay (2–1)", (3, 3))


# small fixtures: the K League's final of 2008 as the data gives it, moved to other competitions and dates


def _final(code: str, season: str, first: Match | None = None, days: int = 4) -> Tie:
    one = first or Match(
        dt.date(2008, 12, 3), "FC Seoul", "Suwon Bluewings", code, season, Score(1, 1), stage="Finals", round="Final"
    )
    two = Match(
        one.date + dt.timedelta(days=days),
        "Suwon Bluewings",
        "FC Seoul",
        code,
        season,
        Score(2, 1),
        stage="Finals",
        round="Final",
    )
    (found,) = rounds([one, two], tie_rules(code, season))
    (tie,) = found.ties
    return tie


def test_a_league_final_drawn_then_played_at_the_other_ground_is_two_legs() -> None:
    tie = _final("kr.1", "2008")
    assert (tie.two_legged, tie.winner, tie.how) == (True, "Suwon Bluewings", "3–2 on aggregate")


def test_a_domestic_cup_final_drawn_then_played_at_the_other_ground_is_replayed() -> None:
    tie = _final("kr.cup", "2008")  # a cup code (the Korean FA Cup's shape): kind "cup"
    assert (len(tie.legs), len(tie.replays), tie.how) == (1, 1, "in a replay (2–1)")


def test_a_second_meeting_weeks_later_is_a_replay() -> None:
    assert (len(_final("kr.1", "2008", days=21).legs), len(_final("kr.1", "2008", days=22).legs)) == (2, 1)


def test_a_drawn_first_match_after_extra_time_is_no_first_leg() -> None:
    drawn = Match(
        dt.date(2008, 12, 3),
        "FC Seoul",
        "Suwon Bluewings",
        "kr.1",
        "2008",
        Score(1, 1),
        et=Score(1, 1),
        stage="Finals",
        round="Final",
    )
    tie = _final("kr.1", "2008", drawn)
    assert (len(tie.legs), tie.how) == (1, "in a replay (2–1)")


def test_a_first_leg_decided_in_golden_goal_extra_time_stays_a_first_leg(full: Store) -> None:
    # puntogiappone.com/jleague-1/jleague1-1998: "ANDATA - Sabato 21 Novembre 1998 ... JUBILO IWATA 1 - 2
    # KASHIMA ANTLERS (d.t.s.)", "RITORNO - Sabato 28 Novembre 1998 ... KASHIMA ANTLERS 2 - 1 JUBILO IWATA"
    assert _summary(final(full, "jp.1", "1998")) == (
        2,
        0,
        "Kashima Antlers",
        "4–2 on aggregate",
        (2, 4),
    )
