"""One match from several sources: which source rows describe the same match, and what the match says.

Pure functions over :class:`SourceRow` (a row as a file gives it, its clubs already resolved).
:func:`merge` groups the rows of one competition-season into matches and builds each one by the
**precedence of sources**, not by the order files arrived in: every file has a ``rank`` (lower first;
the store orders formats Football.TXT, football.json, football-data, engsoccerdata, then source and
path names), the highest-ranked row is the match's *primary* row, and each detail (kick-off, stage,
round, leg, half time, neutral ground) comes from the highest-ranked row that has it. The result (full
time, extra time, shoot-out, status) comes from the highest-ranked row that has a score.

Rows are one match when they come from different files and, tried in this order:

1. name the same two clubs at most a day apart: the same way round first, then the other way round
   (a final at a neutral ground, listed either way);
2. are at most a day apart with the same score (or on the same day, one without a score yet), one
   club in common on the same side, and the other club different: two sources naming different
   opponents (worldfootball's Žalgiris Kaunas, engsoccerdata's FK Žalgiris), which the club identity
   could not make one. A club plays one match a day, so it is one match, and the sources disagree on
   a club;
3. name the same home and away club on other dates: in a league, within a week of each other with
   the same score or one without a score yet (a match moved and one source kept the old date), or on
   any dates where each of the two files has that pairing once in the season: the league's
   structure says it is one fixture (a typo in one source's date, or a postponement one source does
   not know); in a cup, with the same score, where each file has that pairing once. Only files that
   cover the same part of the season pair this way: a source that splits a season over files
   (openfootball's regular season and play-off rounds, worldfootball's split rounds filed under the
   calendar year) has each match once. Files cover different parts when their dates (each widened by
   a week) share under half of the shorter span, or when one holds the regular season and the other
   only later stages that it does not name (the later rounds of a split can overlap the regular
   season's postponed last matches by weeks: Scotland 2007-08).

A row that disagrees with the match's result (:func:`agrees`), date or clubs is a conflict, shown by
``touchline conflicts``; both sources stay recorded.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from touchline.reference.rules import DEFAULT

Pair = tuple[int, int]


class SourceRow(NamedTuple):
    """A match as one file gives it (``home``/``away`` are club ids). (A named tuple: every row of every
    season two files hold is one, built three times faster than a frozen dataclass.)"""

    id: int
    file: int
    rank: int
    line: int
    competition: str
    season: str
    date: dt.date
    home: str
    away: str
    ft: Pair | None = None
    ht: Pair | None = None
    et: Pair | None = None
    pens: Pair | None = None
    status: str = "played"
    time: str | None = None
    stage: str | None = None
    round: str | None = None
    leg: int | None = None
    neutral: bool | None = None

    def flipped(self) -> SourceRow:
        """The same row seen the other way round: clubs and every score swapped."""

        def turn(pair: Pair | None) -> Pair | None:
            return None if pair is None else (pair[1], pair[0])

        return self._replace(
            home=self.away,
            away=self.home,
            ft=turn(self.ft),
            ht=turn(self.ht),
            et=turn(self.et),
            pens=turn(self.pens),
        )


@dataclass(slots=True)
class MergedMatch:
    """A match built from one or more rows: ``match`` holds the chosen values (``id``, ``file`` and
    ``line`` of the primary row) and ``rows`` each member row with whether it agrees."""

    match: SourceRow
    rows: list[tuple[SourceRow, bool]] = field(default_factory=list)


def _final(ft: Pair | None, et: Pair | None) -> Pair | None:
    return et if et is not None else ft


def agrees(chosen: SourceRow, row: SourceRow) -> bool:
    """Whether a row (oriented as ``chosen``) agrees with the chosen match wherever both say something.

    The clubs must be the same, and the dates a day apart at most (a fixture matched by the league's
    structure on another date disagrees). Scores are compared like with like: when both give extra
    time, the scores after extra time and after 90 minutes must both be equal; a source that gives one
    score only agrees when it is the match's score after 90 minutes or its final score
    (football-data's 1-1 for the Superliga play-off Aarhus-Aalborg 2021 is the score after 90
    minutes of worldfootball's "3-1 pen. 2-2 a.e.t. (1-1, 1-0)"). Shoot-outs must agree when both give
    one: a source that leaves a shoot-out out says less, not otherwise.
    """
    if abs((chosen.date - row.date).days) > 1 or (chosen.home, chosen.away) != (row.home, row.away):
        return False
    if chosen.et is not None and row.et is not None:
        if chosen.et != row.et or (chosen.ft and row.ft and chosen.ft != row.ft):
            return False
    else:
        one, other = (chosen, row) if row.et is None else (row, chosen)
        # ``other`` gives one score (its ft); ``one`` may give two
        if other.ft is not None and one.ft is not None and other.ft not in (one.ft, one.et):
            return False
    return not (chosen.pens and row.pens and chosen.pens != row.pens)


# a fixture one source dates this many days from another is matched by the clubs alone
MOVED_DAYS = 7


class _Groups:
    """The matches built so far: rows oriented as each group's first row (its *head*), with look-ups by
    clubs. The heads and their dates (as ordinals: a day's gap is a subtraction of two ints) are kept
    apart, as every look-up reads them. The look-ups index the groups added since they were last asked
    for: the last file's groups are never indexed, nor are any groups by side where no row was left
    for rule 2."""

    def __init__(self) -> None:
        self.groups: list[list[SourceRow]] = []
        self.heads: list[SourceRow] = []
        self.days: list[int] = []
        self._by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._paired = 0
        self._by_side: dict[tuple[int, str], list[int]] = defaultdict(list)
        self._sided = 0

    def add(self, row: SourceRow, day: int) -> None:
        self.groups.append([row])
        self.heads.append(row)
        self.days.append(day)

    def attach(self, index: int, row: SourceRow, claimed: set[int]) -> None:
        self.groups[index].append(row)
        claimed.add(index)

    def by_pair(self) -> dict[tuple[str, str], list[int]]:
        """The groups by their head's (home, away), in order."""
        for index in range(self._paired, len(self.heads)):
            head = self.heads[index]
            self._by_pair[(head.home, head.away)].append(index)
        self._paired = len(self.heads)
        return self._by_pair

    def by_side(self) -> dict[tuple[int, str], list[int]]:
        """The groups by (0, their head's home) and by (1, its away), in order."""
        for index in range(self._sided, len(self.heads)):
            head = self.heads[index]
            self._by_side[(0, head.home)].append(index)
            self._by_side[(1, head.away)].append(index)
        self._sided = len(self.heads)
        return self._by_side


# a row with its date as an ordinal
Dated = tuple[SourceRow, int]


def merge(rows: Iterable[SourceRow], *, league: bool) -> list[MergedMatch]:
    """Group one competition-season's rows into matches (see the module docstring), by date."""
    by_file: dict[int, list[SourceRow]] = defaultdict(list)
    for row in rows:
        by_file[row.file].append(row)
    files = sorted(by_file, key=lambda f: (by_file[f][0].rank, f))
    places = {f: sorted(rows, key=_by_place) for f, rows in by_file.items()}
    spans = {f: (own[0].date, own[-1].date) for f, own in places.items()}
    parts = {f: frozenset(map(_part, {r.stage for r in rows})) for f, rows in by_file.items()}
    found = _Groups()
    for file in files:
        own = places[file]
        pending = [(row, row.date.toordinal()) for row in own]
        # each rule in turn over the rows the rules before it left (a group takes one row of a file)
        claimed: set[int] = set()
        if found.groups:  # (the first file's rows start the groups)
            pending = _nearest(found, pending, claimed, False)
            pending = _nearest(found, pending, claimed, True)
            if pending:
                pending = _lookalike(found, pending, claimed)
        if pending and found.groups:
            mine = Counter((r.home, r.away) for r in own)
            pending = [(r, day) for r, day in pending if not _moved(found, r, day, claimed, mine, league, spans, parts)]
        for row, day in pending:
            found.add(row, day)
    return sorted(map(_build, found.groups), key=_by_date)


_by_place = attrgetter("date", "line")
_by_date = attrgetter("match.date", "match.id")


def _nearest(found: _Groups, pending: list[Dated], claimed: set[int], swapped: bool) -> list[Dated]:
    """Attach each row to the nearest unclaimed group with these clubs (``swapped``: the other way round)
    at most a day away, the earliest of equally near ones; gives the rows left."""
    left = []
    by_pair, days = found.by_pair(), found.days
    for row, day in pending:
        best, gap = -1, 2
        # (a row of a club against itself is never turned round)
        if not (swapped and row.home == row.away):
            for index in by_pair.get((row.away, row.home) if swapped else (row.home, row.away), ()):
                if index not in claimed:
                    near = abs(days[index] - day)
                    if near < gap:
                        best, gap = index, near
        if best < 0:
            left.append((row, day))
        else:
            found.attach(best, row.flipped() if swapped else row, claimed)
    return left


def _lookalike(found: _Groups, pending: list[Dated], claimed: set[int]) -> list[Dated]:
    """Attach each row to the unclaimed group at most a day away with the same score (on the same day
    when either has no score) and one club in common on the same side, when exactly one group fits;
    gives the rows left."""
    left = []
    by_side, heads, days = found.by_side(), found.heads, found.days
    for row, day in pending:
        hits = set()
        for key in ((0, row.home), (1, row.away)):
            for index in by_side.get(key, ()):
                if index in claimed:
                    continue
                gap = abs(days[index] - day)
                ft = heads[index].ft
                if ft is None or row.ft is None:
                    if gap:
                        continue
                elif ft != row.ft or gap > 1:
                    continue
                hits.add(index)
        if len(hits) == 1:
            found.attach(hits.pop(), row, claimed)
        else:
            left.append((row, day))
    return left


def _part(stage: str | None) -> str:
    """The part of a season a row's stage names: ``""`` for the regular season (no stage, or "Regular
    Season"), else the stage's name in lower case."""
    return "" if stage is None or DEFAULT.is_regular(stage) else stage.casefold()


def _same_part(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two files' stages allow them to cover the same part of a season: not when exactly one
    holds the regular season and they share no stage."""
    return ("" in one) == ("" in other) or not one.isdisjoint(other)


def _overlap(one: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date]) -> bool:
    """Whether two files' date spans, each widened by a week, share at least half of the shorter one."""
    shared = (min(one[1], other[1]) - max(one[0], other[0])).days + 2 * MOVED_DAYS
    shorter = min((one[1] - one[0]).days, (other[1] - other[0]).days) + 2 * MOVED_DAYS
    return shared >= shorter / 2


def _moved(
    found: _Groups,
    row: SourceRow,
    day: int,
    claimed: set[int],
    mine: Counter[tuple[str, str]],
    league: bool,
    spans: dict[int, tuple[dt.date, dt.date]],
    parts: dict[int, frozenset[str]],
) -> bool:
    """Attach a fixture another source dates elsewhere, if any: to the nearest unclaimed group with the
    same home and away club, if within a week (leagues), or if this file and the group's file have that
    pairing once each (in a cup, with the same score too)."""
    pair = (row.home, row.away)
    heads, days = found.heads, found.days
    groups = found.by_pair().get(pair, ())
    candidates = [
        index
        for index in groups
        if index not in claimed
        and _overlap(spans[heads[index].file], spans[row.file])
        and _same_part(parts[heads[index].file], parts[row.file])
        and (league or _same_result(heads[index], row))
    ]
    if not candidates:
        return False
    nearest = min(candidates, key=lambda i: (abs(days[i] - day), i))
    first = heads[nearest]
    if league and abs(days[nearest] - day) <= MOVED_DAYS and (_same_result(first, row) or _unscored(first, row)):
        found.attach(nearest, row, claimed)
        return True
    # the season's structure: this file and the group's file each have the pairing once
    theirs = first.file
    count = sum(1 for index in groups if any(r.file == theirs for r in found.groups[index]))
    if mine[pair] == 1 and count == 1 and len(candidates) == 1:
        found.attach(nearest, row, claimed)
        return True
    return False


def _same_result(one: SourceRow, other: SourceRow) -> bool:
    """Whether two rows give one final score (after extra time where played), and a score at all."""
    final = _final(one.ft, one.et)
    return final is not None and final == _final(other.ft, other.et)


def _unscored(one: SourceRow, other: SourceRow) -> bool:
    """Whether either row lacks a score (a fixture not played yet, or postponed)."""
    return _final(one.ft, one.et) is None or _final(other.ft, other.et) is None


# the details each taken from the highest-ranked row that has it (the half-time score first from the
# row the result comes from), by position in a SourceRow
_HT = SourceRow._fields.index("ht")
_DETAILS = tuple(SourceRow._fields.index(name) for name in ("ht", "time", "stage", "round", "leg", "neutral"))
_by_rank = attrgetter("rank", "file", "id")


def _build(group: list[SourceRow]) -> MergedMatch:
    """The match a group of rows describes: primary row's identity, each field by precedence."""
    if len(group) == 1:
        # a row alone is its match, and agrees with itself
        return MergedMatch(group[0], [(group[0], True)])
    ranked = sorted(group, key=_by_rank)
    # the match is the highest-ranked row that has a result (a fixture one source still lists unplayed,
    # or on the day first planned, takes the date of the source that has it played)
    at = 0
    for n, row in enumerate(ranked):
        if row.ft is not None or row.et is not None or row.pens is not None:
            at = n
            break
    scored = ranked[at]
    values = list(scored)
    for index in _DETAILS:
        # the scored row's own value where it is the highest-ranked row (or for the half-time score)
        # and has one; else the first row's that has one
        if values[index] is None or (at and index != _HT):
            for row in ranked:
                if row[index] is not None:
                    values[index] = row[index]
                    break
    chosen = SourceRow._make(values)
    return MergedMatch(chosen, [(row, row is scored or agrees(chosen, row)) for row in ranked])
