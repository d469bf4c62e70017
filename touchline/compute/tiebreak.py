"""Ranking clubs under a competition's ordered tie-break criteria.

The criteria come from the rules (:class:`touchline.reference.rules.Criterion`), never from ``if`` chains here.
Clubs are sorted on the criteria in order; head-to-head criteria are computed on a mini-league of the
matches among the clubs still tied at that point, and only once every match among them that is due
has been played (mid-season, head-to-head cannot decide: La Liga's rule, and common sense). The
``pair_h2h_*`` criteria look at the meetings only where exactly two clubs are still level and are skipped
for three or more. The ``group_h2h_*`` criteria take the mini-league of the whole group level when the
first of them comes up and keep it for the clubs still level after some are separated (Serie A's
"classifica avulsa", from 1980-81). Clubs equal on every criterion share a position.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from touchline.model import Match
from touchline.reference.rules import HEAD_TO_HEAD, Criterion, Points

Key = int | float | Fraction

# a mini-league: (points, goal difference, goals for, away goals) per club
MiniLeague = dict[str, tuple[int, int, int, int]]


@dataclass(slots=True)
class Line:
    """A club's running totals while a table is built (internal, mutable)."""

    club: str
    won: int = 0
    drawn: int = 0
    lost: int = 0
    gf: int = 0
    ga: int = 0
    away_won: int = 0
    away_gf: int = 0
    points: int = 0  # after deduction, including carried points
    deduction: int = 0
    carried: int | None = None
    rounded: bool = False  # carried points were halved from an odd number
    rounded_down: bool = False  # ... and rounded down (else up)
    previous: int | None = None  # position in the stage points were carried from
    form: str = ""
    last: bool = False  # placed last by the competition (a deduction's ``last``), whatever its points
    # of ``drawn``: the level matches won and lost on penalties, where the season gave a shoot-out its
    # own points (:attr:`touchline.reference.rules.Points.shootouts`); the rest had no shoot-out in the data
    shootout_won: int = 0
    shootout_lost: int = 0

    @property
    def played(self) -> int:
        """Matches played."""
        return self.won + self.drawn + self.lost


def _goal_average(line: Line) -> float:
    if line.ga:
        return line.gf / line.ga
    return float("inf") if line.gf else 0.0


def _rounding(line: Line) -> int:
    """The half points rounding took from a club's halved points (+1) or gave it (-1)."""
    if not line.rounded:
        return 0
    return 1 if line.rounded_down else -1


def _per_game(line: Line) -> Fraction:
    return Fraction(line.points, line.played) if line.played else Fraction(0)


# Larger is better for every key: criteria where less is better are negated.
_PLAIN: dict[Criterion, Callable[[Line], Key]] = {
    Criterion.POINTS: lambda line: line.points,
    Criterion.GOAL_DIFFERENCE: lambda line: line.gf - line.ga,
    Criterion.GOAL_AVERAGE: _goal_average,
    Criterion.GOALS_FOR: lambda line: line.gf,
    Criterion.FEWER_GOALS_AGAINST: lambda line: -line.ga,
    Criterion.WINS: lambda line: line.won,
    Criterion.FEWER_LOSSES: lambda line: -line.lost,
    Criterion.AWAY_GOALS_FOR: lambda line: line.away_gf,
    Criterion.AWAY_WINS: lambda line: line.away_won,
    Criterion.POINTS_PER_GAME: _per_game,
    # halved points: compare twice the points before rounding, less the half point a club rounded up
    # gained (Belgium: it loses a tie on points), plus the half point one rounded down lost (Austria)
    Criterion.UNROUNDED_POINTS: lambda line: 2 * line.points + _rounding(line),
    Criterion.PREVIOUS_POSITION: lambda line: -(line.previous if line.previous is not None else 10_000),
}


class HeadToHead:
    """The matches a table's head-to-head criteria look at, and which of them are still due.

    ``played`` are the counted matches in the table's scope; ``fixtures`` every fixture of the scope
    that is or will be played (all statuses but cancelled), to tell whether a mini-league is complete.
    """

    def __init__(self, played: Sequence[Match], fixtures: Callable[[], Iterable[Match]], points: Points) -> None:
        self.played = played
        self._fixtures = fixtures
        self._due: Counter[frozenset[str]] | None = None
        self.points = points

    def complete(self, clubs: set[str]) -> bool:
        """Whether every fixture among ``clubs`` that is due has been played."""
        if self._due is None:
            self._due = Counter(frozenset((m.home, m.away)) for m in self._fixtures())
        done: Counter[frozenset[str]] = Counter(
            frozenset((m.home, m.away)) for m in self.played if m.home in clubs and m.away in clubs
        )
        return all(done[pair] >= count for pair, count in self._due.items() if pair <= clubs)

    def mini_league(self, clubs: set[str]) -> MiniLeague:
        """(points, goal difference, goals for, away goals) per club over the matches among ``clubs``."""
        totals = {club: [0, 0, 0, 0] for club in clubs}
        win, draw, loss = self.points.win, self.points.draw, self.points.loss
        shootouts = self.points.shootouts
        for match in self.played:
            if match.home not in clubs or match.away not in clubs:
                continue
            score = match.final
            assert score is not None  # counted matches have a score
            home, away = totals[match.home], totals[match.away]
            side = match.awarded_to if score.home == score.away else None  # an awarded 0-0's winner
            if score.home > score.away or side == "home":
                bonus = self.points.margin(score.home - score.away)  # a big win's point (Poland 1986-90)
                home[0] += win + bonus
                away[0] += loss - bonus
            elif score.home < score.away or side == "away":
                bonus = self.points.margin(score.away - score.home)
                home[0] += loss - bonus
                away[0] += win + bonus
            elif shootouts:
                # a level match with points for its shoot-out (Norway 1987, the NSL 1994-95)
                pens = match.pens
                got = self.points.level(None if pens is None else (pens.home, pens.away))
                home[0] += got[0]
                away[0] += got[1]
            else:
                home[0] += draw
                away[0] += draw
            home[1] += score.home - score.away
            away[1] += score.away - score.home
            home[2] += score.home
            away[2] += score.away
            away[3] += score.away
        return {club: (t[0], t[1], t[2], t[3]) for club, t in totals.items()}


_H2H_INDEX = {
    Criterion.H2H_POINTS: 0,
    Criterion.H2H_GOAL_DIFFERENCE: 1,
    Criterion.H2H_GOALS_FOR: 2,
    Criterion.H2H_AWAY_GOALS: 3,
}

# head-to-head on the whole group's mini-league, not recomputed for sub-groups
_GROUP = {
    Criterion.GROUP_H2H_POINTS: 0,
    Criterion.GROUP_H2H_GOAL_DIFFERENCE: 1,
    Criterion.GROUP_H2H_GOALS_FOR: 2,
}

# head-to-head criteria that apply only to two clubs level when they come up (Israel: two clubs by
# their meetings, three or more by goal difference); a larger group skips them
_PAIR = {
    Criterion.PAIR_H2H_POINTS: Criterion.H2H_POINTS,
    Criterion.PAIR_H2H_GOAL_DIFFERENCE: Criterion.H2H_GOAL_DIFFERENCE,
}


def rank(lines: Sequence[Line], criteria: Sequence[Criterion], h2h: HeadToHead | None) -> list[list[Line]]:
    """The clubs in order, as groups of clubs that share a position (most groups have one club).

    Clubs within a group that no criterion separates are listed by name.
    """
    # fast path: sort on every criterion before the first head-to-head one in a single pass
    lead: list[Criterion] = []
    for criterion in criteria:
        if criterion in HEAD_TO_HEAD:
            break
        lead.append(criterion)
    rest = list(criteria[len(lead) :])
    functions = [_PLAIN[c] for c in lead]

    def key(line: Line) -> tuple[Key, ...]:
        return tuple([f(line) for f in functions])

    # every key is a number, larger first: sort once on the negated keys, then the club's name; a club
    # the competition placed last goes below all others whatever its points
    keyed = sorted(
        ((key(line), line) for line in lines), key=lambda pair: (pair[1].last, [-k for k in pair[0]], pair[1].club)
    )
    groups: list[list[Line]] = []
    previous: tuple[bool, tuple[Key, ...]] | None = None
    for keys, line in keyed:
        current = (line.last, keys)
        if groups and current == previous:
            groups[-1].append(line)
        else:
            groups.append([line])
        previous = current
    if not rest:
        return groups
    result: list[list[Line]] = []
    for group in groups:
        if len(group) == 1:
            result.append(group)
        else:
            result.extend(_split(group, rest, h2h))
    return result


def _split(
    group: list[Line],
    criteria: Sequence[Criterion],
    h2h: HeadToHead | None,
    whole: MiniLeague | None = None,
) -> list[list[Line]]:
    """Separate a tied group with the remaining criteria, recomputing head-to-head on each subgroup.

    ``whole`` is the mini-league of the group the ``group_h2h_*`` criteria first met, kept for its
    sub-groups.
    """
    if len(group) == 1 or not criteria:
        return [group]
    criterion, rest = criteria[0], criteria[1:]
    if criterion in _PAIR:
        if len(group) != 2:
            return _split(group, rest, h2h, whole)
        criterion = _PAIR[criterion]
    value: Callable[[Line], Key]
    if criterion in _GROUP:
        if whole is None:
            clubs = {line.club for line in group}
            if h2h is None or not h2h.complete(clubs):
                return _split(group, rest, h2h, whole)
            whole = h2h.mini_league(clubs)
        table, index = whole, _GROUP[criterion]
        value = lambda line: table[line.club][index]  # noqa: E731
    elif criterion in HEAD_TO_HEAD:
        clubs = {line.club for line in group}
        if h2h is None or not h2h.complete(clubs):
            # head-to-head cannot decide until the tied clubs have played all their matches
            return _split(group, rest, h2h, whole)
        mini = h2h.mini_league(clubs)
        index = _H2H_INDEX[criterion]
        value = lambda line: mini[line.club][index]  # noqa: E731
    else:
        value = _PLAIN[criterion]
    ordered = sorted(group, key=value, reverse=True)
    result: list[list[Line]] = []
    current: list[Line] = []
    last: Key | None = None
    for line in ordered:
        v = value(line)
        if current and v != last:
            result.extend(_split(current, rest, h2h, whole))
            current = []
        current.append(line)
        last = v
    result.extend(_split(current, rest, h2h, whole))
    return result
