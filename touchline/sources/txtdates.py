"""Football.TXT's dates and seasons: the year of dates written without one, seasons from paths and titles.

Split from :mod:`touchline.sources.footballtxt`, whose parser is the only user: :class:`Calendar` places
``[Sat Jul/19]`` in the file's ``# Date`` range (or its season), :func:`season_from_path` reads
``2019-20/`` folders and ``2024-25_`` prefixes. Every year must lie within
:data:`~touchline.sources.limits.FIRST_YEAR` and :data:`~touchline.sources.limits.LAST_YEAR`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from touchline.model import Season
from touchline.sources.limits import quoted, span_problem, year_problem

_MONTH_NAMES: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS: Final = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_WEEKDAYS: Final = {name: number for number, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))}

# "[Sat Jul/19]" (style A)
_DATE_A: Final = re.compile(r"^\[(?:([A-Za-z]{3}) +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))?\] *$")
_DATE_RANGE: Final = re.compile(
    r"^(?:[A-Za-z]{3} +)?([A-Za-z]{3})[/ ](\d{1,2})(?: +(\d{4}))? *- *"
    r"(?:[A-Za-z]{3} +)?([A-Za-z]{3})[/ ](\d{1,2}) +(\d{4})(?: *\((\d+)d\))?$"
)
_SEASON_FOLDER: Final = re.compile(r"^(\d{4})(?:-(\d{2}|\d{4}))?$")
_SEASON_PREFIX: Final = re.compile(r"^(\d{4})(?:-(\d{2}))?_")
_SEPARATORS: Final = re.compile(r"[/\\]")

DateKey = tuple[int | None, int, int, int | None]  # weekday 0-6, month, day, year
DATE_KEYS: dict[str, DateKey] = {}


def date_key(weekday: str | None, month: str, day: str, year: str | None) -> DateKey:
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
DAYS: dict[tuple[int, int, int], dt.date] = {}


def remembered_date(year: int, month: int, day: int) -> dt.date | None:
    """The date (remembered in DAYS), or None when there is no such day."""
    try:
        date = DAYS[(year, month, day)] = dt.date(year, month, day)
    except ValueError:
        return None
    return date


def read_date_line(line: str) -> DateKey:
    """The key of a style A date line, ``[Sat Jul/19]``; ValueError when it is none."""
    m = _DATE_A.match(line)
    if m is None:
        raise ValueError(f'cannot read the date line {quoted(line.strip())} (expected "[Sat Jul/19]")')
    key = DATE_KEYS[line] = date_key(*m.groups())
    return key


def real_date(year: int, month: int, day: int) -> dt.date:
    """The date; ValueError when there is no such day, or the year is out of touchline's range."""
    problem = year_problem(year)
    if problem is not None:
        raise ValueError(f"impossible date: {_MONTH_NAMES[month - 1]}/{day} {year:04d} ({problem})")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"impossible date: {_MONTH_NAMES[month - 1]}/{day} {year} does not exist") from None


class Calendar:
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
        first, last = season_years(season)
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
            date = real_date(year, month, day)
            first, last = self.start, self.end
            # (a date in the future is the limits' to judge: a result there is one no match has yet)
            outside = first and last and not first - self.SLACK <= date <= last + self.SLACK
            if self.declared and outside and date <= dt.date.today():
                raise ValueError(
                    f"date {date.isoformat()} is outside the file's # Date range {first:%b/%d %Y} - {last:%b/%d %Y}"
                )
        elif self._one_year and self.start is not None and self.end is not None:
            # the common case, a range under a year: the day's year follows from the start's
            year = self.start.year if (month, day) >= self._start_day else self.start.year + 1
            date = DAYS.get((year, month, day)) or remembered_date(year, month, day) or self.end + self.SLACK
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


def read_range(value: str) -> tuple[dt.date, dt.date]:
    """The dates of a ``# Date`` header value: ``Fri Jul/12 2019 - Wed Jul/29 2020 (383d)``.

    A start without a year (``Sat Mar/9 - Sat Nov/9 2019 (245d)``) gets it from the day count when
    that agrees, else the latest year that keeps the start before the end.
    """
    m = _DATE_RANGE.match(value)
    if m is None:
        raise ValueError(f'cannot read the # Date range {quoted(value)} (expected "Fri Jul/12 2019 - Wed Jul/29 2020")')
    month1, day1, year1, month2, day2, year2, days = m.groups()
    _, start_month, start_day, _ = date_key(None, month1, day1, None)
    _, end_month, end_day, _ = date_key(None, month2, day2, None)
    try:
        end = real_date(int(year2), end_month, end_day)
        if year1 is not None:
            start = real_date(int(year1), start_month, start_day)
        else:
            # a day count over five digits is no season's: leave it out rather than overflow the date
            guess = end - dt.timedelta(days=int(days)) if days and len(days) <= 5 else None
            if guess is not None and (guess.month, guess.day) == (start_month, start_day) and guess.year >= 1850:
                start = guess
            else:
                start = real_date(end.year, start_month, start_day)
                if start > end:
                    start = real_date(end.year - 1, start_month, start_day)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{exc} (in the # Date range)") from None
    if start > end:
        raise ValueError(f"the # Date range {quoted(value)} ends before it starts")
    return start, end


@cache
def season_name(start: str, end: str | None) -> str:
    """``2019-20`` for ("2019", "20") or ("2019", "2020"); ``2019`` for ("2019", None)."""
    return str(Season.parse(f"{start}-{end}" if end else start))


def season_problem(season: str) -> str | None:
    """Why a season (from a path or a title) cannot be used: a year out of range; or None."""
    first, last = season_years(season)
    return year_problem(first) or year_problem(last) or span_problem(Season(first, last))


@cache
def season_years(season: str) -> tuple[int, int]:
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
    return season_name(start, end)


def folder_is_wrong(path_season: str | None, title_season: str | None, calendar: Calendar) -> bool:
    """Whether the title's season beats the folder's: they differ and the ``# Date`` header sides with
    the title (openfootball-belgium/2021-22/be1.txt holds the 2020/21 season, dates and all)."""
    return (
        path_season is not None
        and title_season is not None
        and title_season != path_season
        and calendar.declared
        and calendar.start is not None
        and calendar.start.year == season_years(title_season)[0]
    )


# stage names that are a season's regular part, not its later stages (lower case)
REGULAR_STAGES: Final = frozenset({"regular season", "apertura", "clausura"})

# the last day (month, day) of its second year on which an autumn-spring season's later stages end
LATER_STAGES_END: Final = (7, 31)


def later_stages_of(file: str, season: str, stages: Sequence[str], calendar: Calendar) -> str | None:
    """The autumn-spring season whose later stages a calendar-year file holds; None for any other file.

    worldfootball files the split rounds and play-offs an autumn-spring league plays after its regular
    season under the year they end in, beside the season's own file: ``2001/sco.1.txt``
    (``= SCO 1 2001``) holds the championship and relegation rounds of the Scottish Premier League
    2000-01, played in April and May 2001, and ``2000-01/sco.1.txt`` the 33 rounds before them
    (``2002/pl.1.txt``: Poland's groups of 2001-02, November 2001 to May 2002). A file is read so when
    - its season is one calendar year Y, from its folder;
    - its ``# Stages`` header lists stages and none is a regular season's (``REGULAR_STAGES``);
    - its ``# Date`` range lies between 1 July of Y-1 and 31 July of Y;
    - and a file of the same name lies in the folder of season (Y-1)-(Y) beside its own.
    Its season is then (Y-1)-(Y). The last check keeps a transition season its own (Chile's Torneo
    Transición 2013, between the calendar seasons 2012 and 2013-14), and the caller's that the
    competition is a league keeps a continental cup's calendar year (the Copa Libertadores's) its season.
    """
    first, last = season_years(season)
    if first != last or not stages or any(stage.casefold() in REGULAR_STAGES for stage in stages):
        return None
    start, end = calendar.start, calendar.end
    if not calendar.declared or start is None or end is None:
        return None
    if start < dt.date(first - 1, 7, 1) or end > dt.date(first, *LATER_STAGES_END):
        return None
    folder = os.path.dirname(file)
    if os.path.basename(folder) != str(first):
        return None
    before = season_name(str(first - 1), str(first))
    return before if os.path.isfile(os.path.join(os.path.dirname(folder), before, os.path.basename(file))) else None


def undated_date(season: str, calendar: Calendar) -> dt.date:
    """The stand-in date of a match listed before any date line.

    Match.date cannot be empty, so such a match gets the first day of the ``# Date`` range, else of
    the season (1 Jul for a split season, 1 Jan for a calendar year); ``extra["undated"] = True`` says
    the date is not real.
    """
    if calendar.declared and calendar.start is not None:
        return calendar.start
    first, last = season_years(season)
    return dt.date(first, 7, 1) if last > first else dt.date(first, 1, 1)
