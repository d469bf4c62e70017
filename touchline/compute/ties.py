"""Knock-out ties: the legs of each tie of a round, and who went through and why.

Pure functions over one competition-season's matches. A round (the matches sharing a stage and a
round heading) is a knock-out round when no club in it meets two opponents, its heading is not a group's
or a league phase's, and its clubs are not exactly those of another round of its stage (matchdays); its
matches are grouped by the pair of clubs. How many legs a tie has comes from the data: the legs the sources number, else
the number of matches most ties of the round have. A round's lone tie (a final, a league's play-off) is
two legs when its first two matches swap the venue, unless the first was level after extra time or a
shoot-out (a first leg never goes to either: what follows is a replay); a lone final is one match unless
the rules say it was two-legged, or its first match is followed at the other club's ground by one
decided, or by one within three weeks after a draw (a league's play-off final, a continental final: the
K League's of 2008-10) -- a domestic cup replays its drawn final (the FA Cup's of 1876, listed at swapped
venues). A match after the legs is a replay.

A tie is decided by the aggregate score (extra time included), then the away goals rule where the
rules say it applied, then the penalty shoot-out, then a replay. A tie the data cannot settle (a leg
missing, a result unknown, level with no extra time, shoot-out or replay in the data, a match too
many) has no winner and says why: never a wrong winner.

A match the data gives as a shoot-out alone (Football.TXT's ``3-4 pen.``: "cup ties decided straight
on penalties") was level after play, its goals unknown: it decides the tie it ends (a single match, a
replay, the last leg, the aggregate then being level and unknown); on points it counts as a draw. Such
a match has no score (:attr:`Match.final` is ``None``), so tables and records leave it out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from touchline.model import CompetitionKind, Match, Score, Status
from touchline.reference.competitions import competition
from touchline.reference.ties import TieRules, replay_of

_FINAL = "final"
# the most days between the legs of a final whose first leg was drawn (two-legged finals are a week or
# two apart; a first leg three weeks or more before the next match is read as a replayed draw)
_SECOND_LEG_DAYS = 21
# round headings of group and league phases: never knock-out rounds, even when each club plays once
_GROUP_ROUND = re.compile(r"(?i)\b(group|gruppe|gr\.|league phase|matchday|spieltag|poule)\b")


@dataclass(frozen=True, slots=True)
class Tie:
    """One tie: ``first`` is the club at home in the first leg.

    ``aggregate`` is (first, second) over the legs, extra time included; ``winner`` is ``None`` when
    the data does not settle the tie, and ``problem`` then says why. ``how`` reads after the winner's
    name: "on away goals", "4–3 on penalties", "in a replay".
    """

    competition: str
    season: str
    stage: str | None
    round: str | None
    first: str
    second: str
    legs: tuple[Match, ...]
    replays: tuple[Match, ...] = ()
    aggregate: Score | None = None
    winner: str | None = None
    how: str = ""
    problem: str | None = None

    @property
    def loser(self) -> str | None:
        """The club that went out, when the tie is decided."""
        if self.winner is None:
            return None
        return self.second if self.winner == self.first else self.first

    @property
    def matches(self) -> tuple[Match, ...]:
        """Every match of the tie, legs then replays."""
        return self.legs + self.replays

    @property
    def two_legged(self) -> bool:
        """Whether the tie is played over two legs."""
        return len(self.legs) == 2

    @property
    def neutral(self) -> bool:
        """Whether the tie's single match was played at a neutral venue (as the source marks it)."""
        return len(self.legs) == 1 and bool(self.legs[0].neutral)

    def involves(self, club: str) -> bool:
        """Whether ``club`` plays in the tie."""
        return club in (self.first, self.second)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON); matches as ids with their file:line."""
        return {
            "competition": self.competition,
            "season": self.season,
            "stage": self.stage,
            "round": self.round,
            "first": self.first,
            "second": self.second,
            "aggregate": None if self.aggregate is None else [self.aggregate.home, self.aggregate.away],
            "winner": self.winner,
            "loser": self.loser,
            "how": self.how,
            "problem": self.problem,
            "neutral": self.neutral,
        }


@dataclass(frozen=True, slots=True)
class Round:
    """One round of a cup season: its ties, or why it is not a knock-out round (a group, a league phase)."""

    stage: str | None
    round: str | None
    matches: tuple[Match, ...]
    ties: tuple[Tie, ...]
    knockout: bool

    @property
    def name(self) -> str:
        """The round as headed: ``"Round of 16"``, ``"Playoffs / Final"``."""
        return " / ".join(part for part in (self.stage, self.round) if part) or "(no round given)"


def rounds(matches: Iterable[Match], rules: TieRules) -> list[Round]:
    """Every round of one competition-season, in order of its first match, each knock-out round with
    its ties decided."""
    ordered = sorted(matches, key=_order)
    names = {(m.stage, m.round) for m in ordered}
    by_round: dict[tuple[str | None, str | None], list[Match]] = {}
    for match in ordered:
        # replays a data set files as a round of their own join the round they replay ("Replay finale")
        of = replay_of(match.round, match.competition) if match.round else None
        key = (match.stage, of) if of is not None and (match.stage, of) in names else (match.stage, match.round)
        by_round.setdefault(key, []).append(match)
    repeated = _repeated_club_sets(by_round)
    result = []
    for (stage, name), found in by_round.items():
        pairs = _pairs(found)
        heading = " ".join(p for p in (stage, name) if p)
        if pairs is not None and ((stage, name) in repeated or _GROUP_ROUND.search(heading)):
            pairs = None  # group or league matchdays: each club plays once, but they are no ties
        ties = tuple(_ties(found, pairs, rules, stage, name)) if pairs is not None else ()
        result.append(Round(stage, name, tuple(found), ties, pairs is not None))
    return result


def _repeated_club_sets(
    by_round: dict[tuple[str | None, str | None], list[Match]],
) -> set[tuple[str | None, str | None]]:
    """Rounds whose clubs (four or more) are exactly those of another round of the same stage: matchdays."""
    clubs = {key: frozenset(c for m in found for c in (m.home, m.away)) for key, found in by_round.items()}
    seen: dict[tuple[str | None, frozenset[str]], list[tuple[str | None, str | None]]] = {}
    for key, own in clubs.items():
        if len(own) >= 4:
            seen.setdefault((key[0], own), []).append(key)
    return {key for keys in seen.values() if len(keys) > 1 for key in keys}


def _order(match: Match) -> tuple[object, str]:
    return (match.date, match.time or "")


def _pairs(matches: Sequence[Match]) -> dict[frozenset[str], list[Match]] | None:
    """The round's matches by pair of clubs, or ``None`` when a club meets two opponents (not knock-out)."""
    pairs: dict[frozenset[str], list[Match]] = {}
    opponent: dict[str, str] = {}
    for match in matches:
        if match.home == match.away:
            return None
        for club, other in ((match.home, match.away), (match.away, match.home)):
            if opponent.setdefault(club, other) != other:
                return None
        pairs.setdefault(frozenset((match.home, match.away)), []).append(match)
    return pairs


def _ties(
    matches: Sequence[Match],
    pairs: dict[frozenset[str], list[Match]],
    rules: TieRules,
    stage: str | None,
    name: str | None,
) -> list[Tie]:
    """Each pair's tie, the legs per tie read from the data (see the module docstring)."""
    counts = Counter(len(found) for found in pairs.values())
    if len(pairs) == 1:
        (found,) = pairs.values()
        legs = _lone_legs(found, rules, (name or stage or "").casefold() == _FINAL)
    else:
        # the most common number of matches per pair; a draw between 1 and 2 goes to 2 (replays are rarer)
        legs = max(counts, key=lambda n: (counts[n], n))
        legs = min(legs, 2)
    return [_tie(found, legs, rules, stage, name) for found in pairs.values()]


def _lone_legs(found: Sequence[Match], rules: TieRules, final: bool) -> int:
    """How many legs a round's only tie has, its matches in date order (see the module docstring)."""
    if final and rules.two_legged_final:
        return 2
    if len(found) < 2:
        return 1
    first, then = found[0], found[1]
    if (first.home, first.away) != (then.away, then.home):
        return 1  # the same club at home (or a neutral ground as the source lists it): a replay
    # a first leg is never played to extra time or a shoot-out: a first match level after either is
    # replayed (the Austrian Cup's first round of 1920-21, Rapid Wien 3-3 a.e.t., then 1-2 away); one
    # decided in extra time is a first leg where every match had golden-goal extra time (the J.League's
    # championship finals of 1997-99)
    score = first.final
    if first.pens is not None or (first.et is not None and (score is None or score.home == score.away)):
        return 1
    if not final or (score is not None and score.home != score.away):
        # a lone play-off, or a final whose decided first match is followed by one at the other club's
        # ground (Austrian Cup finals until 1989, the Copa do Brasil's, the CAF Champions League's)
        return 2
    # a drawn first match of a final: a second leg follows within weeks at the other club's ground (the
    # K League's championship finals of 2008-10, Liga MX-style play-off finals); a domestic cup's is
    # replayed (the FA Cup's final of 1876, its replay listed at swapped venues)
    days = (then.date - first.date).days
    cup = competition(first.competition).kind is CompetitionKind.CUP
    return 2 if not cup and 0 < days <= _SECOND_LEG_DAYS else 1


def _tie(found: list[Match], legs: int, rules: TieRules, stage: str | None, name: str | None) -> Tie:
    ordered, replays = _legs(found, legs)
    # the first match is the first leg, unless the data holds only a match numbered as the second leg
    at_home = not (len(ordered) == 1 and ordered[0].leg == 2)
    tie = Tie(
        competition=found[0].competition,
        season=found[0].season,
        stage=stage,
        round=name,
        first=ordered[0].home if at_home else ordered[0].away,
        second=ordered[0].away if at_home else ordered[0].home,
        legs=tuple(ordered),
        replays=tuple(replays),
    )
    if legs == 2 and len(ordered) < 2:
        return replace(tie, problem=f"the {'second' if at_home else 'first'} leg is not in the data")
    return _decide(tie, rules)


def _legs(found: list[Match], legs: int) -> tuple[list[Match], list[Match]]:
    """(legs, replays) of one pair's matches, in date order.

    Legs the sources number are taken as numbered; a leg missing from the numbering is the unnumbered
    match before (a first leg) or after (a second leg) the numbered one; what is left after the legs
    is a replay. Numbers given twice are ignored (the matches are taken in date order).
    """
    numbers = [m.leg for m in found if m.leg in (1, 2)]
    if not numbers or len(numbers) != len(set(numbers)):
        return found[:legs], found[legs:]
    slots = {m.leg: m for m in found if m.leg in (1, 2)}
    rest = [m for m in found if m.leg not in (1, 2)]
    if 2 in slots or legs == 2:
        if 1 not in slots:
            before = [m for m in rest if m.date < slots[2].date]
            if before:
                slots[1] = before[0]
                rest.remove(before[0])
        elif 2 not in slots:
            after = [m for m in rest if m.date > slots[1].date]
            if after:
                slots[2] = after[0]
                rest.remove(after[0])
    return [slots[n] for n in sorted(slots)], rest


def shootout_only(match: Match) -> bool:
    """Whether the data gives a played match's penalty shoot-out but not its score (``3-4 pen.``): it
    was level after play, by how much is unknown."""
    return match.final is None and match.pens is not None and match.status is Status.PLAYED


def _decide(tie: Tie, rules: TieRules) -> Tie:
    unsettled = next((m for m in tie.matches if not m.counts and not shootout_only(m)), None)
    if unsettled is not None:
        what = "has no result in the data" if unsettled.status is Status.PLAYED else f"is {unsettled.status.value}"
        return _with(tie, problem=f"the match of {unsettled.date.isoformat()} {what}")
    first, second = tie.first, tie.second
    on_points = tie.two_legged and (rules.decided_on_points or (rules.final_on_points and _is_final(tie)))
    unknown = [leg for leg in tie.legs if shootout_only(leg)]
    if unknown and not on_points:
        return _shootout(tie, unknown)
    goals = {first: 0, second: 0}
    for leg in tie.legs:
        score = leg.final
        if score is None:  # a shoot-out alone: level, the goals unknown (on points only)
            continue
        goals[leg.home] += score.home
        goals[leg.away] += score.away
    aggregate = None if unknown else Score(goals[first], goals[second])
    last = tie.legs[-1]
    if on_points:
        # the Copa Libertadores until 1987, the Allsvenskan's final of 1989: two points a win; one win
        # each (or two draws) is a play-off
        points = {first: 0, second: 0}
        for leg in tie.legs:
            outcome = _single(leg)
            if outcome is None or leg.final is None or leg.final.home == leg.final.away:
                points[first] += 1
                points[second] += 1
            else:
                points[outcome[0]] += 2
        if points[first] != points[second] and not tie.replays:
            ahead = first if points[first] > points[second] else second
            return _with(
                tie,
                aggregate,
                winner=ahead,
                how=f"on points ({points[ahead]}–{points[first] + points[second] - points[ahead]})",
            )
        if points[first] != points[second]:
            return _with(tie, aggregate, problem="decided on points yet the data has another match")
        return _replayed(tie, aggregate, f"level on points ({points[first]}–{points[second]})")
    assert aggregate is not None  # no shoot-out alone among the legs (see above)
    extra = " after extra time" if last.et is not None else ""
    total = f"{aggregate.home}–{aggregate.away}" if tie.two_legged else _score_text(last)
    settled: str | None = None
    winner: str | None = None
    if aggregate.home != aggregate.away:
        winner = first if aggregate.home > aggregate.away else second
        if tie.two_legged:
            settled = f"{_won(aggregate)} on aggregate{extra}"
        else:
            settled = f"{_won(aggregate)}{extra}"
            if last.status is Status.AWARDED:
                settled += " (awarded)"
    elif tie.two_legged and rules.away_goals and last.home != tie.legs[0].home and not tie.replays:
        # (a replay in the data shows the tie was level under its rules: the away goals rule did not
        # decide it, as in the European Cup quarter-final of 1967-68, Juventus v Braunschweig)
        away = _away_goals(tie, rules)
        if away[first] != away[second]:
            winner = first if away[first] > away[second] else second
            settled = f"{total} on aggregate{extra}, on away goals"
    if winner is None and last.pens is not None and last.pens.home != last.pens.away:
        winner = last.home if last.pens.home > last.pens.away else last.away
        shootout = f"{_won(last.pens)} on penalties"
        settled = f"{total} on aggregate, {shootout}" if tie.two_legged else f"{total}, {shootout}"
    if winner is not None:
        if tie.replays:
            dates = ", ".join(m.date.isoformat() for m in tie.replays)
            return _with(tie, aggregate, problem=f"decided ({settled}) yet the data has another match: {dates}")
        return _with(tie, aggregate, winner=winner, how=settled or "")
    return _replayed(tie, aggregate, f"level ({total} on aggregate)" if tie.two_legged else f"level ({total})")


def _is_final(tie: Tie) -> bool:
    return _FINAL in ((tie.round or "").casefold(), (tie.stage or "").casefold())


def _shootout(tie: Tie, unknown: Sequence[Match]) -> Tie:
    """A tie whose last leg the data gives as a shoot-out alone: level after play (on aggregate), the
    shoot-out decides it. A shoot-out alone before the last leg leaves the aggregate unknown."""
    last = tie.legs[-1]
    if unknown != [last]:
        return _with(
            tie, problem=f"the match of {unknown[0].date.isoformat()} has a shoot-out but no score in the data"
        )
    assert last.pens is not None
    if last.pens.home == last.pens.away:
        return _with(tie, problem=f"the shoot-out of {last.date.isoformat()} is level in the data")
    winner = last.home if last.pens.home > last.pens.away else last.away
    level = "level on aggregate" if tie.two_legged else "level"
    how = f"{_won(last.pens)} on penalties ({level}, the score after play not in the data)"
    if tie.replays:
        dates = ", ".join(m.date.isoformat() for m in tie.replays)
        return _with(tie, problem=f"decided ({how}) yet the data has another match: {dates}")
    return _with(tie, winner=winner, how=how)


def _replayed(tie: Tie, aggregate: Score | None, level: str) -> Tie:
    """A tie level after its legs: decided by its replay (a play-off), or undecided saying why."""
    for replay in tie.replays:
        result = _single(replay)
        if result is not None:
            winner, how = result
            rest = tie.replays[tie.replays.index(replay) + 1 :]
            if rest:
                return _with(tie, aggregate, problem="decided in a replay yet the data has another match after it")
            return _with(tie, aggregate, winner=winner, how=f"in a replay ({how})")
    after = " after a replay" if tie.replays else ""
    lacks = "no replay, coin toss or shoot-out" if tie.replays else "no extra time, shoot-out or replay"
    return _with(tie, aggregate, problem=f"{level}{after}: the data holds {lacks} that settles it")


def _single(match: Match) -> tuple[str, str] | None:
    """(winner, how) of one match, or ``None`` when it is level after extra time and penalties."""
    score = match.final
    if score is None:
        if shootout_only(match):
            assert match.pens is not None
            if match.pens.home != match.pens.away:
                winner = match.home if match.pens.home > match.pens.away else match.away
                return winner, f"{_won(match.pens)} on penalties, the score after play not in the data"
        return None
    extra = " after extra time" if match.et is not None else ""
    if score.home != score.away:
        return (match.home if score.home > score.away else match.away), f"{_won(score)}{extra}"
    if match.awarded_to is not None:
        return (match.home if match.awarded_to == "home" else match.away), f"awarded ({score.home}–{score.away})"
    if match.pens is not None and match.pens.home != match.pens.away:
        winner = match.home if match.pens.home > match.pens.away else match.away
        return winner, f"{score.home}–{score.away}, {_won(match.pens)} on penalties"
    return None


def _away_goals(tie: Tie, rules: TieRules) -> dict[str, int]:
    """Goals each club scored away from home over the legs (extra time counted where the rules say)."""
    away = {tie.first: 0, tie.second: 0}
    for leg in tie.legs:
        score = leg.final if rules.away_goals_in_extra_time else leg.ft
        if score is None:
            score = leg.final
        assert score is not None
        away[leg.away] += score.away
    return away


def _won(score: Score) -> str:
    """A score as the winner's side reads it: ``3–1``."""
    return f"{max(score.home, score.away)}–{min(score.home, score.away)}"


def _score_text(match: Match) -> str:
    score = match.final
    return "" if score is None else f"{score.home}–{score.away}"


def _with(tie: Tie, aggregate: Score | None = None, **changes: Any) -> Tie:
    return replace(tie, aggregate=aggregate, **changes)


def final_of(found: Sequence[Round]) -> Tie | None:
    """The season's final: the last round headed "Final", or the season's only round when it is one tie
    (a super cup). A season cut short before its final, or a qualifying competition, has none."""
    named = [r for r in found if _FINAL in ((r.round or "").casefold(), (r.stage or "").casefold())]
    last = named[-1] if named else (found[0] if len(found) == 1 else None)
    if last is None or not last.knockout or len(last.ties) != 1:
        return None
    return last.ties[0]
