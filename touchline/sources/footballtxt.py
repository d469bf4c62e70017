"""Reader of openfootball's Football.TXT, in both styles found in the open data.

Style A (worldfootball cache, older openfootball files) puts the score between the teams, columns
separated by two or more spaces, under bracketed dates without a year::

    = DK 1 2019/20
    # Date       Fri Jul/12 2019 - Wed Jul/29 2020 (383d)
    # Stages     Regular Season (182)  Relegation (26)  Europa League Finals (5)  Championship (30)
    # Regular Season
    Matchday 1
    [Fri Jul/12]
      19.00  FC Midtjylland           1-0 (0-0)  Esbjerg fB
             Lyngby BK                2-0 (1-0)  Aalborg BK

Style B (current openfootball repositories) separates the teams with ``v`` and puts the score last,
under indented date lines that give the year now and then::

    » Matchday 1
      Fri Aug/23 2024
        20.30  Borussia Mönchengladbach v Bayer 04 Leverkusen      2-3 (0-2)
      Sat Aug/24
               Karlsruher SC           v FC Augsburg              4-5 pen. 2-2 a.e.t. (1-1, 0-1)

Team names are kept exactly as written (``FC Midtjylland (DEN)`` included); the store resolves them.
A match line without a time kicks off at the time of the line above it, until the next date line (as
in openfootball's own parser). Stages come from ``# Stages``, ``# Regular Season``, ``== Championship``
and ``= Title, Stage`` lines and ``Stage, Round`` headings; rounds from the other heading lines. Dates
without a year get the year that puts them inside the file's ``# Date`` range (see :class:`_Calendar`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any, Final

from touchline.errors import ParseError
from touchline.model import Match, Score, Season, Status
from touchline.reference.competitions import competition_for_path
from touchline.sources import read_file, report

FORMAT = "football.txt"

__all__ = ["FORMAT", "parse", "read", "sniff"]

# ---------------------------------------------------------------------------------------------------
# Building matches fast
#
# A frozen dataclass's generated __init__ sets each of Match's 19 fields through object.__setattr__:
# about 6 µs a match, more than reading its line. _MatchBuilder has exactly Match's slot layout; the
# parser fills one with plain attribute stores (no call at all) and then turns it into a Match by
# assigning __class__ (CPython checks that the two layouts agree and raises TypeError if not). The
# result is an ordinary Match, equal to one from Match(...), for about a fifth of the cost. The swap is
# made only when Match's fields are the ones written out here and a probe compares equal field by
# field; otherwise the parser calls Match(...) like everyone else.

_FIELDS: Final = (
    "date", "home", "away", "competition", "season", "ft", "ht", "et", "pens", "status", "time", "stage", "round",
    "leg", "neutral", "source", "file", "line", "extra",
)  # fmt: skip


class _MatchBuilder:
    """A mutable twin of :class:`Match` (same slots, same order) that becomes a Match once filled."""

    __slots__ = _FIELDS


def _fast_build_works() -> bool:
    """Whether a _MatchBuilder turned Match equals, field by field, the Match the constructor builds."""
    if tuple(f.name for f in fields(Match)) != _FIELDS:
        return False
    slow = Match(dt.date(2000, 1, 2), "H", "A", "c", "2000", Score(1, 0), time="12:00", source="s", line=3)
    built: Any = object.__new__(_MatchBuilder)
    try:
        for name in _FIELDS:
            setattr(built, name, getattr(slow, name))
        built.__class__ = Match
    except TypeError:  # a layout CPython refuses to swap (another interpreter, a changed Match)
        return False
    return type(built) is Match and all(getattr(built, name) == getattr(slow, name) for name in _FIELDS)


FAST_BUILD: bool = _fast_build_works()
"""Whether matches are built the fast way (set to False to compare with Match(...))."""

# ---------------------------------------------------------------------------------------------------
# Line shapes

_MONTH_NAMES: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS: Final = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_WEEKDAYS: Final = {name: number for number, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))}

# style A: "TIME  HOME  SCORE  AWAY  [marker]", columns apart by two or more spaces, none holding two
# spaces in a row; the score column starts with a digit or "-" and the home column is no time (so a
# style B "20.30  1. FC Köln    v 1. FC Heidenheim 1846" is not taken for style A)
_COLUMN = r"[^ ]+(?: [^ ]+)*"
_MATCH_A: Final = re.compile(
    rf"^ +(?:(\d\d?[.:]\d\d) +)?(?!\d\d?[.:]\d\d )({_COLUMN})"  # time, home
    rf" {{2,}}([\d-][^ ]*(?: [^ ]+)*)"  # score
    rf" {{2,}}({_COLUMN})(?: {{2,}}\[(\w+)\])? *$"  # away, [marker]
)
# style B: "TIME  HOME v AWAY  SCORE [marker]"; the score must be strict here, or "v Hannover 96" would
# give its "96" to the score
_SCORE_TEXT = (
    r"\d+-\d+ pen\.(?: \d+-\d+(?: a\.e\.t\.)?)?(?: \(\d+-\d+(?:, \d+-\d+)?\))?"
    r"|\d+-\d+(?: a\.e\.t\.)?(?: \(\d+-\d+(?:, \d+-\d+)?\))?"
    r"|-"
)
_MATCH_B: Final = re.compile(rf"^ +(?:(\d\d?[.:]\d\d) +)?(.+?) +v +(.+?)(?: +({_SCORE_TEXT}))?(?: +\[(\w+)\])? *$")
# "[Sat Jul/19]" (style A); "  Fri Aug/23 2024", "  Sat Aug/24", "  Fri Jul 21 2023" (style B)
_DATE_A: Final = re.compile(r"^\[(?:([A-Za-z]{3}) +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))?\] *$")
_DATE_B: Final = re.compile(r"^ +(?:([A-Za-z]{3}) +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))? *$")
_SCORE: Final = re.compile(
    r"^(?:(\d+)-(\d+) pen\. ?)?(?:(\d+)-(\d+)( a\.e\.t\.)? ?)?(?:\((\d+)-(\d+)(?:, ?(\d+)-(\d+))?\))?$"
)
_HEADER: Final = re.compile(r"^# *(Date|Teams|Matches|Stages)\b *(.*?) *$")
_DATE_RANGE: Final = re.compile(
    r"^(?:[A-Za-z]{3} +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))? *- *"
    r"(?:[A-Za-z]{3} +)?([A-Za-z]{3})[/ ](\d{1,2}) +(\d{4})(?: *\((\d+)d\))?$"
)
_STAGE_COUNT: Final = re.compile(r"([^()]+?) *\((\d+)\)")
# "= DK 1 2008/09", "= Denmark Superligaen 2018/19, Playoffs - Championship": the last year before
# the first comma is the season, what follows the comma a stage
_TITLE: Final = re.compile(r"^= *([^,]*\b(\d{4})(?:/(\d{2}|\d{4}))?) *(?:, *(.+?))? *$")
_TITLE_CODE: Final = re.compile(r"^([A-Z]{2,8}(?: [A-Z0-9]+)*) \d{4}")
_SEASON_FOLDER: Final = re.compile(r"^(\d{4})(?:-(\d{2}|\d{4}))?$")
_SEASON_PREFIX: Final = re.compile(r"^(\d{4})(?:-(\d{2}))?_")
_SEPARATORS: Final = re.compile(r"[/\\]")

_MARKERS: Final = {
    "cancelled": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "postponed": Status.POSTPONED,
    "abandoned": Status.ABANDONED,
    "awarded": Status.AWARDED,
}
_EXPECTED_SCORE: Final = '(expected "2-1", "2-1 a.e.t." or "4-3 pen. 1-1 a.e.t.")'
_EXPECTED_MATCH: Final = (
    'expected "TIME  HOME  SCORE  AWAY" with two spaces between columns, or "TIME  HOME v AWAY  SCORE"'
)
_EXPECTED_MARKER: Final = "(expected [cancelled], [postponed], [abandoned] or [awarded])"

# ---------------------------------------------------------------------------------------------------
# Scores and times, each distinct text read once per process

ScoreParts = tuple[Score | None, Score | None, Score | None, Score | None, Status]
_SCORES: dict[str, ScoreParts] = {}
_SCORE_OBJECTS: dict[tuple[int, int], Score] = {(h, a): Score(h, a) for h in range(10) for a in range(10)}
_TIMES: dict[str, str] = {}


def _score(home: str, away: str) -> Score:
    key = (int(home), int(away))
    score = _SCORE_OBJECTS.get(key)
    if score is None:
        score = _SCORE_OBJECTS[key] = Score(*key)
    return score


def _read_score(text: str) -> ScoreParts:
    """``(ft, ht, et, pens, status)`` of a score column; ValueError naming the problem when unreadable.

    ``2-1 (1-0)`` = ft, ht; ``1-0 a.e.t. (0-0)`` = et, ft; ``3-2 a.e.t. (2-2, 2-1)`` = et, ft, ht;
    ``4-5 pen. 2-2 a.e.t. (1-1, 0-1)`` = shoot-out, et, ft, ht; ``1-3 pen. (1-1, 0-0)`` = shoot-out,
    ft, ht (straight to penalties); ``4-5 pen.`` = shoot-out only; ``-`` = not played (yet).
    """
    parts = _SCORES.get(text)
    if parts is not None:
        return parts
    unknown = f'unknown score "{text}" {_EXPECTED_SCORE}'
    if text == "-":
        parts = (None, None, None, None, Status.SCHEDULED)
    else:
        m = _SCORE.match(text)
        if m is None or not m.group(0):
            raise ValueError(unknown)
        p1, p2, s1, s2, aet, a1, a2, b1, b2 = m.groups()
        pens = _score(p1, p2) if p1 is not None else None
        main = _score(s1, s2) if s1 is not None else None
        first = _score(a1, a2) if a1 is not None else None
        second = _score(b1, b2) if b1 is not None else None
        if aet is not None:  # "et (ft, ht)"
            parts = (first, second, main, pens, Status.PLAYED)
        elif main is not None and second is None:  # "ft (ht)"
            parts = (main, first, None, pens, Status.PLAYED)
        elif main is None and pens is not None:  # "pens (ft, ht)": penalties straight after 90 minutes
            parts = (first, second, None, pens, Status.PLAYED)
        else:  # "(1-0)" alone, or "2-1 (1-1, 1-0)" without a.e.t.
            raise ValueError(unknown)
    _SCORES[text] = parts
    return parts


def _read_time(text: str) -> str:
    """``20.30`` or ``20:30`` -> ``20:30``; ValueError when the clock has no such time."""
    clock = _TIMES.get(text)
    if clock is None:
        hours, minutes = int(text[:-3]), int(text[-2:])
        if hours > 24 or minutes > 59:
            raise ValueError(f'impossible kick-off time "{text}"')
        clock = _TIMES[text] = f"{hours:02d}:{minutes:02d}"
    return clock


# ---------------------------------------------------------------------------------------------------
# Dates

DateKey = tuple[int | None, int, int, int | None]  # weekday 0-6, month, day, year
_DATE_KEYS: dict[str, DateKey] = {}


def _date_key(weekday: str | None, month: str, day: str, year: str | None) -> DateKey:
    """The key of a written date; ValueError for a name that is no month or weekday."""
    number = _MONTHS.get(month.title())
    if number is None:
        raise ValueError(f'unknown month "{month}" (expected Jan, Feb, ... Dec)')
    wd = None
    if weekday is not None:
        wd = _WEEKDAYS.get(weekday.title())
        if wd is None:
            raise ValueError(f'unknown weekday "{weekday}" (expected Mon, Tue, ... Sun)')
    return (wd, number, int(day), int(year) if year else None)


# date objects by (year, month, day): building one costs more than finding it, and every file of a
# corpus has its own dates on the same days
_DAYS: dict[tuple[int, int, int], dt.date] = {}


def _day(year: int, month: int, day: int) -> dt.date | None:
    """The date (remembered in _DAYS), or None when there is no such day."""
    try:
        date = _DAYS[(year, month, day)] = dt.date(year, month, day)
    except ValueError:
        return None
    return date


def _read_date_line(line: str) -> DateKey:
    """The key of a style A date line, ``[Sat Jul/19]``; ValueError when it is none."""
    m = _DATE_A.match(line)
    if m is None:
        raise ValueError(f'cannot read the date line "{line.strip()}" (expected "[Sat Jul/19]")')
    key = _DATE_KEYS[line] = _date_key(*m.groups())
    return key


def _real_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"impossible date: {_MONTH_NAMES[month - 1]}/{day} {year} does not exist") from None


class _Calendar:
    """Gives the dates of a file, choosing the year of dates written without one.

    The range comes from the ``# Date`` header; without one, from the season (2018-19: any day of 2018
    or 2019, counted from 1 July 2018). A day that falls in the range in one year only gets that year.
    When two years fit (seasons longer than twelve months: dk.1 2019-20 runs Jul 12 2019 - Jul 29 2020)
    and the weekday written with it is that day's weekday in one of them only, it gets that year (some
    worldfootball files list a season's stages out of order, so order alone misplaces them: ar.2.nacional
    2019-20 starts with Sat Nov/28, which is 2020). Failing that, it gets the first year that is not
    more than :attr:`SLACK` before the previous date of the same stage (stages restart earlier: a
    championship round is often listed after the relegation round); the first date of a stage is
    compared with the file's previous date, the file's first with the start of the range.
    """

    # how far a date may go back before the previous one and still be "after" it: lists are not
    # always sorted (worldfootball's at.cup 1963-64 has Apr/15 before Apr/14)
    SLACK = dt.timedelta(days=45)

    def __init__(self) -> None:
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.declared = False  # whether the range came from a # Date header
        self.anchor: dt.date | None = None
        self.last: dt.date | None = None
        self.last_by_stage: dict[str | None, dt.date] = {}
        self._one_year = False  # whether every day of the range has one year only
        self._start_day = (0, 0)

    def declare(self, start: dt.date, end: dt.date) -> None:
        """Take the range of a ``# Date`` header."""
        self._set(start, end, start)
        self.declared = True

    def assume(self, season: str) -> None:
        """Take the range of the season, unless a ``# Date`` header gave one."""
        if self.declared:
            return
        first, last = _years(season)
        start = dt.date(first, 1, 1)
        self._set(start, dt.date(last, 12, 31), dt.date(first, 7, 1) if last > first else start)

    def _set(self, start: dt.date, end: dt.date, anchor: dt.date) -> None:
        self.start, self.end, self.anchor = start, end, anchor
        self._one_year = (end - start).days < 365
        self._start_day = (start.month, start.day)

    def place(self, key: DateKey, stage: str | None) -> dt.date:
        """The date of a key; ValueError when it does not exist or does not fit the season."""
        weekday, month, day, year = key
        if year is not None:
            date = _real_date(year, month, day)
        elif self._one_year and self.start is not None and self.end is not None:
            # the common case, a range under a year: the day's year follows from the start's
            year = self.start.year if (month, day) >= self._start_day else self.start.year + 1
            date = _DAYS.get((year, month, day)) or _day(year, month, day) or self.end + self.SLACK
            if date > self.end:  # after the range, or no such day (Feb/30, Feb/29 of a common year)
                date = self._choose(month, day, weekday, stage)
        else:
            date = self._choose(month, day, weekday, stage)
        self.last = self.last_by_stage[stage] = date
        return date

    def _choose(self, month: int, day: int, weekday: int | None, stage: str | None) -> dt.date:
        fits = self._candidates(month, day)
        if len(fits) == 1:
            return fits[0]
        if weekday is not None:  # "Sat Nov/28" names its year when only one of them has it on a Saturday
            same = [date for date in fits if date.weekday() == weekday]
            if len(same) == 1:
                return same[0]
            fits = same or fits
        previous = self.last_by_stage.get(stage) or self.last or self.anchor or fits[0]
        floor = previous - self.SLACK
        for date in fits:
            if date >= floor:
                return date
        return fits[-1]

    def _candidates(self, month: int, day: int) -> list[dt.date]:
        if self.start is None or self.end is None:
            raise ValueError("date without a year, and neither a # Date header nor a season to take it from")
        # a day no year has (Feb/30, Apr/31) is impossible; one only leap years have (Feb/29) may not fit
        try:
            dt.date(2000, month, day)
        except ValueError:
            raise ValueError(f"impossible date: {_MONTH_NAMES[month - 1]}/{day} does not exist") from None
        fits = []
        for year in range(self.start.year, self.end.year + 1):
            if month == 2 and day == 29 and (year % 4 or (year % 100 == 0 and year % 400)):
                continue
            date = dt.date(year, month, day)
            if self.start <= date <= self.end:
                fits.append(date)
        if not fits:
            source = "# Date header" if self.declared else "season"
            raise ValueError(
                f"date {_MONTH_NAMES[month - 1]}/{day} cannot be placed in the season: it is outside "
                f"{self.start:%b/%d %Y} - {self.end:%b/%d %Y} (from the {source})"
            )
        return fits


def _read_range(value: str) -> tuple[dt.date, dt.date]:
    """The dates of a ``# Date`` header value: ``Fri Jul/12 2019 - Wed Jul/29 2020 (383d)``.

    A start without a year (``Sat Mar/9 - Sat Nov/9 2019 (245d)``) gets it from the day count when
    that agrees, else the latest year that keeps the start before the end.
    """
    m = _DATE_RANGE.match(value)
    if m is None:
        raise ValueError(f'cannot read the # Date range "{value}" (expected "Fri Jul/12 2019 - Wed Jul/29 2020")')
    month1, day1, year1, month2, day2, year2, days = m.groups()
    _, start_month, start_day, _ = _date_key(None, month1, day1, None)
    _, end_month, end_day, _ = _date_key(None, month2, day2, None)
    try:
        end = _real_date(int(year2), end_month, end_day)
        if year1 is not None:
            start = _real_date(int(year1), start_month, start_day)
        else:
            guess = end - dt.timedelta(days=int(days)) if days else None
            if guess is not None and (guess.month, guess.day) == (start_month, start_day):
                start = guess
            else:
                start = _real_date(end.year, start_month, start_day)
                if start > end:
                    start = start.replace(year=end.year - 1)
    except ValueError as exc:
        raise ValueError(f"{exc} (in the # Date range)") from None
    if start > end:
        raise ValueError(f'the # Date range "{value}" ends before it starts')
    return start, end


@cache
def _season_name(start: str, end: str | None) -> str:
    """``2019-20`` for ("2019", "20") or ("2019", "2020"); ``2019`` for ("2019", None)."""
    return str(Season.parse(f"{start}-{end}" if end else start))


@cache
def _years(season: str) -> tuple[int, int]:
    """The first and last calendar year of a season name."""
    parsed = Season.parse(season)
    return parsed.start, parsed.end


def season_from_path(file: str) -> str | None:
    """``2019-20`` from ``.../2019-20/dk.1.txt`` or ``denmark/2024-25_dk1.txt``; ``None`` without one."""
    parts = _SEPARATORS.split(file)  # not PurePath: this runs once a file, and PurePath is slow
    m = _SEASON_PREFIX.match(parts[-1])
    if m is None:
        for part in reversed(parts[:-1]):
            m = _SEASON_FOLDER.match(part)
            if m is not None:
                break
        else:
            return None
    start, end = m.groups()
    return _season_name(start, end)


# ---------------------------------------------------------------------------------------------------
# The parser


def parse(
    text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """The matches of a Football.TXT text, in file order.

    ``file`` names the text in errors and gives the competition (``2019-20/dk.1.txt`` -> ``dk.1``; else
    a worldfootball title such as ``= DK 1 2019/20``) and the season (a ``2019-20``/``2019`` folder or
    a ``2024-25_`` name prefix; else the title's year). With ``errors=None`` the first unreadable line
    raises :class:`ParseError`; with a list, each unreadable line's error is appended and reading goes on.
    """
    competition = competition_for_path(file)
    path_season = season_from_path(file)
    season = path_season
    extra: dict[str, object] | None = None  # what every match of the file carries in Match.extra
    calendar = _Calendar()
    if season is not None:
        calendar.assume(season)
    stages: list[str] = []
    stage: str | None = None
    round_: str | None = None
    date: dt.date | None = None
    date_line = 0  # line of the current date; minus the line after an unreadable date line
    last_time: str | None = None  # a match line without a time kicks off with the one above it
    title_season: str | None = None

    match_a = _MATCH_A.match
    scores = _SCORES
    times = _TIMES
    fast = FAST_BUILD
    new_object = object.__new__
    date_keys = _DATE_KEYS
    place = calendar.place

    def fail(reason: str, lineno: int, line: str) -> None:
        report(ParseError(reason, file=file, line=lineno, text=line), errors)

    if text.startswith("\ufeff"):
        text = text[1:]
    if "\t" in text:  # a tab indenting a match line must not turn it into a heading
        text = text.expandtabs(8)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line:
            continue
        first = line[0]
        if first == " ":
            m = match_a(line)
            if m is not None and m.group(4)[0] == "[":
                # "HOME v AWAY  SCORE  [awarded]": what looks like the away column is a marker, so the
                # line is style B (the home column held "HOME v AWAY")
                m = None
            if m is not None:
                clock, home, middle, away, marker = m.groups()
            else:
                key = date_keys.get(line)
                if key is None:
                    mb = _DATE_B.match(line)
                    if mb is not None:
                        try:
                            key = date_keys[line] = _date_key(*mb.groups())
                        except ValueError as exc:
                            fail(str(exc), lineno, line)
                            date, date_line = None, -lineno
                            continue
                if key is not None:  # "  Sat Aug/24 2024": a style B date line
                    try:
                        date, date_line = place(key, stage), lineno
                    except ValueError as exc:
                        fail(str(exc), lineno, line)
                        date, date_line = None, -lineno
                    last_time = None
                    continue
                mb = _MATCH_B.match(line)
                if mb is None:
                    if not line.isspace():
                        fail(_diagnose(line), lineno, line)
                    continue
                clock, home, away, middle, marker = mb.groups()
                if "  " in away:  # whatever follows the away team is no score
                    fail(f'unknown score "{away.split("  ", 1)[1].strip()}" {_EXPECTED_SCORE}', lineno, line)
                    continue
                if middle is None:
                    middle = "-"
            # a match line: first what the whole file must give, then the line itself
            if competition is None or season is None:
                fail(_missing(competition, file), lineno, line)
                return
            parts = scores.get(middle)
            if parts is None:
                try:
                    parts = _read_score(middle)
                except ValueError as exc:
                    fail(str(exc), lineno, line)
                    continue
            ft, ht, et, pens, status = parts
            match_date = date
            match_extra = extra
            if match_date is None:
                if date_line < 0:
                    fail(f"match under the unreadable date line {-date_line}", lineno, line)
                    continue
                # a result needs a date; a fixture never played may have none (a cancelled tie listed
                # above the round's first date), and some old files give no dates at all (au.cup
                # 1977-95): those get a stand-in date, see _undated
                if calendar.declared and (ft is not None or et is not None or pens is not None):
                    fail(
                        "match line before any date line (put a date such as [Sat Jul/19] above it)",
                        lineno,
                        line,
                    )
                    continue
                match_date = _undated(season, calendar)
                match_extra = {**(extra or {}), "undated": True}
            if marker is None and away[-1] == "]" and " [" in away:  # a marker one space after the team
                away, _, marker = away.rpartition(" [")
                away, marker = away.rstrip(), marker[:-1]
            if marker is not None:
                marked = _MARKERS.get(marker.lower())
                if marked is None:
                    fail(f'unknown marker "[{marker}]" {_EXPECTED_MARKER}', lineno, line)
                    continue
                status = marked
            if clock is None:
                time = last_time
            else:
                time = times.get(clock)
                if time is None:
                    try:
                        time = _read_time(clock)
                    except ValueError as exc:
                        fail(str(exc), lineno, line)
                        continue
                last_time = time
            extra_now = {} if match_extra is None else match_extra.copy()
            if fast:
                built: Any = new_object(_MatchBuilder)
                built.date = match_date
                built.home = home
                built.away = away
                built.competition = competition
                built.season = season
                built.ft = ft
                built.ht = ht
                built.et = et
                built.pens = pens
                built.status = status
                built.time = time
                built.stage = stage
                built.round = round_
                built.leg = None
                built.neutral = None
                built.source = source
                built.file = file
                built.line = lineno
                built.extra = extra_now
                built.__class__ = Match
                yield built
            else:
                yield Match(
                    match_date, home, away, competition, season, ft, ht, et, pens, status, time, stage, round_,
                    None, None, source, file, lineno, extra_now,
                )  # fmt: skip
        elif first == "[":
            last_time = None
            try:
                key = date_keys.get(line)
                if key is None:
                    key = _read_date_line(line)
                date, date_line = place(key, stage), lineno
            except ValueError as exc:
                fail(str(exc), lineno, line)
                date, date_line = None, -lineno
        elif first == "#":
            mh = _HEADER.match(line)
            if mh is None:
                name = line.lstrip("#").strip()
                if name in stages or name == "Regular Season":  # "# Regular Season" opens a stage
                    stage, round_ = name, None
                continue  # any other "#" line is a comment
            header, value = mh.groups()
            if header == "Date":
                try:
                    calendar.declare(*_read_range(value))
                except ValueError as exc:
                    fail(str(exc), lineno, line)
                if season == path_season and _folder_is_wrong(path_season, title_season, calendar):
                    season, extra = title_season, {**(extra or {}), "path_season": path_season}
            elif header == "Stages":
                stages = [name.strip() for name, _ in _STAGE_COUNT.findall(value)]
                if stage is None and stages:
                    stage = stages[0]  # until a line opens another: "» Matchday 1" is Regular Season
        elif first == "=":
            if line.startswith("=="):
                stage, round_ = line.strip("= ") or None, None
                continue
            mt = _TITLE.match(line)
            if mt is None:
                continue  # a title without a year: nothing to learn from it
            name, start, end, title_stage = mt.groups()
            title_season = _season_name(start, end)
            if competition is None:
                mc = _TITLE_CODE.match(name)
                if mc is not None:
                    competition = mc.group(1).lower().replace(" ", ".")
            stage, round_ = title_stage, None
            if season is None:
                season = title_season
                calendar.assume(season)
            elif season == path_season and _folder_is_wrong(path_season, title_season, calendar):
                season, extra = title_season, {**(extra or {}), "path_season": path_season}
        elif line.isspace():
            continue
        else:
            heading = line
            if first in "»▪":
                heading = line[1:]
            elif "  " in line and match_a("  " + line):
                fail("match line without indentation (indent match lines by two spaces)", lineno, line)
                continue
            heading = heading.strip()
            if ", " in heading:  # "Championship, Matchday 1": stage, then round
                stage, _, heading = heading.partition(", ")
            round_ = heading
            continue


def _folder_is_wrong(path_season: str | None, title_season: str | None, calendar: _Calendar) -> bool:
    """Whether the title's season beats the folder's: they differ and the ``# Date`` header sides with
    the title (openfootball-belgium/2021-22/be1.txt holds the 2020/21 season, dates and all)."""
    return (
        path_season is not None
        and title_season is not None
        and title_season != path_season
        and calendar.declared
        and calendar.start is not None
        and calendar.start.year == _years(title_season)[0]
    )


def _undated(season: str, calendar: _Calendar) -> dt.date:
    """The stand-in date of a match listed before any date line.

    Match.date cannot be empty, so such a match gets the first day of the ``# Date`` range, else of
    the season (1 Jul for a split season, 1 Jan for a calendar year); ``extra["undated"] = True`` says
    the date is not real.
    """
    if calendar.declared and calendar.start is not None:
        return calendar.start
    first, last = _years(season)
    return dt.date(first, 7, 1) if last > first else dt.date(first, 1, 1)


def _missing(competition: str | None, file: str) -> str:
    """Why a file's matches cannot be placed (reported once; the rest of the file is skipped)."""
    if competition is None:
        return (
            f"cannot tell the competition of {file}: name the file by its code (dk.1.txt, 2024-25_dk1.txt) "
            "or list its name in touchline/data/competitions.toml"
        )
    return (
        f"cannot tell the season of {file}: put it in a season folder (2019-20/) "
        "or give the title a year (= DK 1 2019/20)"
    )


def _diagnose(line: str) -> str:
    """Why an indented line is neither a date nor a match (only called for unreadable lines)."""
    body = line.strip()
    columns = re.split(r" {2,}", body)
    if re.fullmatch(r"\d\d?[.:]\d\d", columns[0]):
        columns = columns[1:]
    if len(columns) == 2 and re.match(r"\d+-", columns[1]):
        return f'match line cut short: no away team after the score "{columns[1]}"'
    if len(columns) == 1 and re.match(r"(?:[A-Za-z]{3} +)?[A-Za-z]{3}[/ ]\d", body):
        return f'cannot read the date line "{body}" (expected "Sat Jul/19" or "Sat Jul/19 2024")'
    if len(columns) == 1 and " v " not in body:
        return f'match line cut short: no score or away team after "{columns[0]}"' if columns else "empty match line"
    if len(columns) >= 3 and not re.match(r"[\d-]", columns[1]):
        return f'unknown score "{columns[1]}" {_EXPECTED_SCORE}'
    return f"cannot read match line ({_EXPECTED_MATCH})"


# ---------------------------------------------------------------------------------------------------
# The reader face


def read(path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]:
    """The matches of a Football.TXT file (see :func:`parse`); a file that is not UTF-8 is a ParseError."""
    return read_file(parse, path, source=source, errors=errors)


_SNIFF_SIGNS: Final = (
    re.compile(r"^= \S", re.M),  # title
    re.compile(r"^# *(?:Date|Teams|Matches|Stages) ", re.M),  # header
    re.compile(r"^[»▪] \S", re.M),  # style B heading
    re.compile(
        r"^(?:\[[A-Z][a-z]{2} [A-Z][a-z]{2}/\d{1,2}\]"  # date, style A
        r"| +[A-Z][a-z]{2} [A-Z][a-z]{2}[/ ]\d{1,2}(?: \d{4})?)\r?$",  # date, style B
        re.M,
    ),
    re.compile(r"^ +(?:\d\d?[.:]\d\d +)?\S.*?(?: {2,}(?:\d+-\d+|-) .*\S| +v +\S.*)\r?$", re.M),  # match
)


def sniff(path: Path, head: str) -> bool:
    """Whether a ``.txt`` file looks like Football.TXT: two or more of title, header, heading, date, match."""
    if path.suffix.lower() != ".txt":
        return False
    return sum(1 for sign in _SNIFF_SIGNS if sign.search(head)) >= 2
