"""Managerial records: pure functions from matches and a spell to G, W, D, L, GF, GA.

Conventions (each a setting; the defaults are the encyclopedia's):

- a match decided by a penalty shoot-out counts as a draw (``Shootouts.DRAW``); with
  ``Shootouts.RESULT`` it counts as won or lost by the shoot-out. Goals are those after extra time,
  never shoot-out kicks;
- an awarded match counts with its awarded score; cancelled, abandoned, postponed and scheduled
  matches do not count (:attr:`touchline.model.Match.counts`); a walkover (awarded, never played:
  ``[[walkover]]`` of data/awarded.toml) counts in tables but not in a manager's spell
  (:func:`touchline.api.managers.spell_record` leaves it out);
- boundary days: a match on the start date counts (unless the spell gives a later ``first_match``,
  the day of the first match in charge); a match on the end date counts unless another coach's spell at
  that team starts the same day and takes that day's match (then it is the successor's), and none
  after a ``last_match`` the spell gives (a manager suspended before he left);
- a year given without a date gives way to another coach's date at that team (:func:`give_way`): a
  spell of "1985" begins the day after his predecessor's dated end in 1985, and one "to 1986" ends the
  day before his successor's dated first day in 1986, so that no match counts for both;
- where years stand for seasons (a league playing from summer to spring), season Y-(Y+1) begins on its
  turn (:func:`season_turn`): 1 July of Y unless the caller gives the club's own turn of that year
  (Zaragoza's 2019-20 ran to 20 July 2020; Budućnost's 2023-24 began with a Champions League
  qualifier on 27 June 2023);
- where the league plays in calendar years (Japan, Brazil, the MLS, Scandinavia), a year given without
  a date is that season, Y, which begins on its turn (:func:`year_turn`): 1 January of Y unless the
  caller gives the club's own, so that a match of season Y-1 played in January of Y belongs to Y-1 and
  its manager (Kawasaki Frontale's Emperor's Cup final of 2016, played on 1 January 2017, was Yahiro
  Kazama's last match, not Toru Oniki's "2017" first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from touchline.model import Match, Spell
from touchline.reference.people import overlap_days


class Shootouts(StrEnum):
    """How a match decided on penalties counts in a record."""

    DRAW = "draw"
    RESULT = "result"


@dataclass(frozen=True, slots=True)
class Record:
    """Games, wins, draws, losses and goals of one team over some matches."""

    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0

    @property
    def goal_difference(self) -> int:
        """Goals for minus goals against."""
        return self.goals_for - self.goals_against

    @property
    def win_pct(self) -> float | None:
        """100 x W / G, as the encyclopedia's templates compute it; ``None`` with no games."""
        return 100.0 * self.won / self.played if self.played else None

    @property
    def points_per_game(self) -> float | None:
        """(3 W + D) / G; ``None`` with no games."""
        return (3 * self.won + self.drawn) / self.played if self.played else None

    def __add__(self, other: Record) -> Record:
        return Record(
            self.played + other.played,
            self.won + other.won,
            self.drawn + other.drawn,
            self.lost + other.lost,
            self.goals_for + other.goals_for,
            self.goals_against + other.goals_against,
        )


def side(match: Match, team: str) -> str | None:
    """``"home"`` or ``"away"`` for the team id (or name) in a match, ``None`` if it did not play."""
    home = match.extra.get("home_id", match.home)
    away = match.extra.get("away_id", match.away)
    if team in (home, match.home):
        return "home"
    if team in (away, match.away):
        return "away"
    return None


def outcome(match: Match, team: str, shootouts: Shootouts = Shootouts.DRAW) -> str | None:
    """``"W"``, ``"D"`` or ``"L"`` for ``team``; ``None`` when the match does not count or is not theirs."""
    where = side(match, team)
    final = match.final
    if where is None or final is None or not match.counts:
        return None
    ours, theirs = (final.home, final.away) if where == "home" else (final.away, final.home)
    if ours == theirs and match.awarded_to is not None:
        return "W" if match.awarded_to == where else "L"
    if ours == theirs and match.pens is not None and shootouts is Shootouts.RESULT:
        pens = match.pens if where == "home" else match.pens.reversed()
        ours, theirs = pens.home, pens.away
    if ours > theirs:
        return "W"
    return "D" if ours == theirs else "L"


def record(matches: Iterable[Match], team: str, shootouts: Shootouts = Shootouts.DRAW) -> Record:
    """The team's record over the matches that count."""
    played = won = drawn = lost = goals_for = goals_against = 0
    for match in matches:
        result = outcome(match, team, shootouts)
        if result is None:
            continue
        final = match.final
        assert final is not None  # outcome() returned a result, so there is a score
        home = side(match, team) == "home"
        played += 1
        goals_for += final.home if home else final.away
        goals_against += final.away if home else final.home
        if result == "W":
            won += 1
        elif result == "D":
            drawn += 1
        else:
            lost += 1
    return Record(played, won, drawn, lost, goals_for, goals_against)


Turns = Mapping[int, dt.date]
"""The first day of a club's season Y-(Y+1) by its first year Y, where it is not 1 July of Y."""

_NO_TURNS: Turns = {}


def season_turn(year: int, turns: Turns = _NO_TURNS) -> dt.date:
    """The first day of season ``year``-(``year`` + 1): as ``turns`` gives it, else 1 July of ``year``.
    The day before is the last day of season (``year`` - 1)-``year``."""
    return turns.get(year, dt.date(year, 7, 1))


def year_turn(year: int, turns: Turns = _NO_TURNS) -> dt.date:
    """The first day of a calendar-year club's season ``year``: as ``turns`` gives it, else 1 January
    of ``year``. The day before is the last day of season ``year`` - 1 (Japan's Emperor's Cup final of
    season Y - 1 is played on 1 January of Y: season Y then begins on 2 January)."""
    return turns.get(year, dt.date(year, 1, 1))


def spell_window(
    spell: Spell,
    *,
    successor_same_day: bool = False,
    today: dt.date | None = None,
    seasons: bool = False,
    others: Sequence[Spell] = (),
    turns: Turns = _NO_TURNS,
    year_turns: Turns = _NO_TURNS,
) -> tuple[dt.date, dt.date]:
    """The first and last dates whose matches belong to the spell (both inclusive): a year given without
    a date covers the whole year (to ``today`` at most), a spell without an end runs to ``today``.

    With ``seasons`` (the club's league plays from summer to spring), years given without dates are its
    seasons' bounds: a first year Y from the first day of season Y-(Y+1), a last year Y to the last day
    of season (Y-1)-Y, as "1984–1987" at Nancy means 1984-85 to 1986-87 (whole years counted 1987 at
    Nancy and at Monaco both). Seasons turn on 1 July unless ``turns`` (:func:`season_turn`) gives the
    club's own day: "to 2020" at Zaragoza runs to 20 July 2020, the day of its last match of 2019-20. A
    spell within one year keeps the whole year. ``others`` are other people's coaching spells at the
    same team: a year given without a date gives way to their dates (:func:`give_way`).

    Without ``seasons`` (a league playing in calendar years), a year given without a date is that
    season, from its first day to the last: 1 January to 31 December unless ``year_turns``
    (:func:`year_turn`) gives the club's own first day of a season, as where the last match of the
    season before is played in January (Oniki's Kawasaki "2017" from 2 January 2017, the day after
    Kazama's Emperor's Cup final; Kazama's "to 2016" to 1 January 2017). ``year_turns`` are read only
    there: a spell within one year at a club playing from summer to spring keeps the calendar year."""
    within_one_year = spell.start is None and spell.end is None and spell.start_year == spell.end_year
    summer = seasons and not within_one_year
    # a calendar season's own turns, only where the league plays in calendar years
    new_years = _NO_TURNS if seasons else year_turns
    first_year = spell.start_year or 1
    year_start = season_turn(first_year, turns) if summer else year_turn(first_year, new_years)
    start = spell.first_match or spell.start or year_start
    now = today or dt.date.today()
    if spell.last_match is not None:
        end = spell.last_match
    elif spell.end is not None:
        # the end date is the successor's when they start that same day
        end = spell.end - dt.timedelta(days=1) if successor_same_day else spell.end
    elif spell.end_year is not None:
        next_year = season_turn(spell.end_year, turns) if summer else year_turn(spell.end_year + 1, new_years)
        end = min(next_year - dt.timedelta(days=1), now)
    else:
        end = now
    if others:
        return give_way(spell, start, end, others, seasons=summer, turns=turns, year_turns=new_years)
    return start, end


def give_way(
    spell: Spell,
    start: dt.date,
    end: dt.date,
    others: Sequence[Spell],
    *,
    seasons: bool = False,
    turns: Turns = _NO_TURNS,
    year_turns: Turns = _NO_TURNS,
) -> tuple[dt.date, dt.date]:
    """A spell's window ``start..end`` with each boundary given as a year only (no date, no
    ``first_match`` or ``last_match``) yielding to another person's dated spell at the same team:

    - a predecessor's dated ``end`` within the spell's first year (its first season with ``seasons``)
      moves the start to the day after it (Ferguson's Scotland "1985" from 11 September 1985, the day
      after Jock Stein's death); the latest such end counts (a caretaker after the sacked manager);
    - a successor's dated first day (``first_match``, else ``start``) within the last year (season)
      moves the end to the day before it; the earliest such day counts (a caretaker before the next
      manager).

    Seasons turn as ``turns`` gives (:func:`season_turn`), calendar years as ``year_turns`` gives
    (:func:`year_turn`), as in :func:`spell_window`. A dated spell wholly inside a year that is both the
    first and the last (a spell of one year, or of one season) is taken as the predecessor or the
    successor by the end of the window it lies nearer. A date within the middle years is no boundary
    of this spell (a caretaker while the manager was ill): it is left alone. ``others`` are other
    people's coaching spells at the team."""
    free_start = spell.start is None and spell.first_match is None and spell.start_year is not None
    free_end = spell.end is None and spell.end_year is not None and spell.last_match is None
    if not (free_start or free_end):
        return start, end
    day = dt.timedelta(days=1)
    # the span of the first and of the last year (season) the spell gives
    first_until = end
    if free_start and spell.start_year is not None:
        year = spell.start_year
        first_until = min(end, (season_turn(year + 1, turns) if seasons else year_turn(year + 1, year_turns)) - day)
    last_from = start
    if free_end and spell.end_year is not None:
        year = spell.end_year
        last_from = max(start, season_turn(year - 1, turns) if seasons else year_turn(year, year_turns))
    ends: list[dt.date] = []  # predecessors' dated last days
    takes: list[dt.date] = []  # successors' dated first days
    for other in others:
        if other.person == spell.person:
            continue
        left = other.end if free_start and other.end is not None and start <= other.end <= first_until else None
        came = other.first_match or other.start
        came = came if free_end and came is not None and last_from <= came <= end else None
        if left is not None and came is not None:
            # wholly inside a year that is both first and last: before or after, by the nearer end
            if came - start <= end - left:
                ends.append(left)
            else:
                takes.append(came)
        elif left is not None:
            ends.append(left)
        elif came is not None:
            takes.append(came)
    return (max(ends) + day if ends else start, min(takes) - day if takes else end)


def given_way(spell: Spell, other: Spell) -> Spell:
    """The dated ``spell`` with an end given as a year only ending where :func:`give_way` ends its record
    beside ``other``, another person's spell at the same club: the day before ``other``'s dated first
    day in that year (Van den Brom at AZ from 26 September 2014 "to 2019" and Slot from 1 July 2019
    share no day). Read in calendar years: the import's overlap check knows no season turns. Any other
    spell, or one that ``other`` would leave no day to (both begin the same day), is returned as it is."""
    if spell.start is None or spell.end is not None or spell.last_match is not None or spell.end_year is None:
        return spell
    start = spell.first_match or spell.start
    year_end = dt.date(spell.end_year, 12, 31)
    _, end = give_way(spell, start, year_end, [other])
    return spell if end in (year_end, start - dt.timedelta(days=1)) else replace(spell, end=end)


def shared_days(spell: Spell, other: Spell) -> int:
    """How many days two people's coaching spells at one club share, each read as its record reads it:
    narrowed to its first and last match in charge where given (Rangnick at Manchester United from 29
    November 2021, first match 5 December, leaves the days between to the caretaker Carrick), and an
    end given as a year giving way to the other's dated start (:func:`given_way`)."""

    def in_charge(one: Spell) -> Spell:
        return replace(one, start=one.first_match or one.start, end=one.last_match or one.end)

    return overlap_days(in_charge(given_way(spell, other)), in_charge(given_way(other, spell)))


def in_window(matches: Iterable[Match], start: dt.date, end: dt.date) -> list[Match]:
    """The matches dated from ``start`` to ``end`` inclusive."""
    return [m for m in matches if start <= m.date <= end]
