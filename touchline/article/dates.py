"""Dates as biographies write them, at the precision they give (floor 2: pure, no store, no files).

An article gives a spell's dates as ``17 November 2008``, ``November 17, 2008``, ``November 2008``,
``2008``, ``2008-11-17``, ``present``, or through templates the wikitext reader has already read
(``{{dts|2008|11|17}}``, ``{{start date|2008|11|17}}``). :func:`parse_date` reads them all into an
:class:`ArticleDate` that remembers what the article gave: a year stays a year, a month a month. Two
dates agree when they are equal at the coarser of the two precisions (``July 2019`` agrees with
``2019-07-15``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# what an article writes for an open spell
PRESENT = frozenset({"present", "current", "incumbent", "now", "today", "–", "-", "—"})
# years a spell of football management can fall in
FIRST_YEAR, LAST_YEAR = 1850, 2100

_MONTH = r"([A-Za-z]{3,9})\.?"
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})$")
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$")
_MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+(\d{{4}})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


class Precision(StrEnum):
    """How much of a date an article gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """A date at the precision the article gives it; ``text`` is the article's own words."""

    year: int
    month: int | None = None
    day: int | None = None
    text: str = ""

    @property
    def precision(self) -> Precision:
        """Day, month or year."""
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def first(self) -> dt.date:
        """The first day the date can mean (the 1st of the month, 1 January of the year)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> dt.date:
        """The last day the date can mean (the month's last day, 31 December of the year)."""
        if self.day is not None:
            return self.first
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def exact(self) -> dt.date | None:
        """The date when the article gives the day, else ``None``."""
        return self.first if self.day is not None else None

    def agrees(self, other: dt.date) -> bool:
        """Whether ``other`` falls within this date at its precision."""
        if other.year != self.year:
            return False
        if self.month is not None and other.month != self.month:
            return False
        return self.day is None or other.day == self.day

    def __str__(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"
        if self.month is not None:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        return str(self.year)


def long_date(day: dt.date) -> str:
    """``1 June 2013``, as biographies write a date."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def is_present(text: str) -> bool:
    """Whether a To cell means the spell is still open."""
    return text.strip().casefold().rstrip(".") in PRESENT


def _month(name: str) -> int:
    number = MONTHS.get(name.casefold())
    if number is None:
        raise ValueError(f"{name!r} is not a month")
    return number


def _checked(year: int, month: int | None, day: int | None, text: str) -> ArticleDate:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month {month} is out of range")
    if day is not None:
        dt.date(year, month or 1, day)  # ValueError for 30 February
    return ArticleDate(year, month, day, text)


def parse_date(text: str) -> ArticleDate:
    """An article's date (``17 November 2008``, ``November 2008``, ``2008``, ``2008-11-17``,
    ``November 17, 2008``, ``17.11.2008``); ``ValueError`` with the reason when it is none of them."""
    raw = " ".join(text.replace("\u00a0", " ").split()).strip(" .,")
    found = _DAY_MONTH_YEAR.match(raw)
    if found:
        return _checked(int(found[3]), _month(found[2]), int(found[1]), raw)
    found = _MONTH_DAY_YEAR.match(raw)
    if found:
        return _checked(int(found[3]), _month(found[1]), int(found[2]), raw)
    found = _MONTH_YEAR.match(raw)
    if found:
        return _checked(int(found[2]), _month(found[1]), None, raw)
    found = _ISO.match(raw)
    if found:
        return _checked(int(found[1]), int(found[2]), int(found[3]), raw)
    found = _ISO_MONTH.match(raw)
    if found:
        return _checked(int(found[1]), int(found[2]), None, raw)
    found = _SLASHED.match(raw)
    if found:
        return _checked(int(found[3]), int(found[2]), int(found[1]), raw)
    found = _YEAR.match(raw)
    if found:
        return _checked(int(found[1]), None, None, raw)
    raise ValueError(f"{text.strip()!r} is not a date")


def date_from_parts(parts: list[str], text: str) -> ArticleDate:
    """A date from template arguments (``{{dts|2008|11|17}}``: year, month, day; or one argument holding
    a whole date, ``{{dts|17 November 2008}}``); ``ValueError`` when they are not one."""
    values = [p.strip() for p in parts if p.strip()]
    if len(values) == 1:
        return parse_date(values[0])
    if not values or not values[0].isdigit():
        raise ValueError(f"{text!r} is not a date")
    year = int(values[0])
    month = day = None
    if len(values) > 1:
        month = int(values[1]) if values[1].isdigit() else _month(values[1])
    if len(values) > 2:
        if not values[2].isdigit():
            raise ValueError(f"{text!r} is not a date")
        day = int(values[2])
    return _checked(year, month, day, text)


_YEARS = re.compile(r"^(\d{4})\s*(?:[–—-]\s*(\d{4}|\d{2})?)?\s*$")


def parse_years(text: str) -> tuple[int, int | None, bool]:
    """An infobox's years: ``2015–2018`` -> (2015, 2018, False), ``2025–`` -> (2025, None, True),
    ``2020`` -> (2020, 2020, False); ``ValueError`` otherwise. The flag says the spell is open."""
    raw = " ".join(text.replace("\u00a0", " ").split())
    found = _YEARS.match(raw)
    if not found:
        raise ValueError(f"{text.strip()!r} is not a year or a range of years")
    start = int(found[1])
    if not FIRST_YEAR <= start <= LAST_YEAR:
        raise ValueError(f"year {start} is out of range")
    if found[2] is None:
        is_open = bool(re.search(r"[–—-]", raw))
        return start, (None if is_open else start), is_open
    end = int(found[2]) if len(found[2]) == 4 else (start // 100) * 100 + int(found[2])
    if end < start:
        raise ValueError(f"{text.strip()!r} ends before it starts")
    return start, end, False
