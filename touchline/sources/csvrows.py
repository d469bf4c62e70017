"""The row loop the CSV readers share: the header, each row with its line number, errors with both.

A reader gives :func:`parse_rows` a ``builder``: called with the header row, it returns a function
that turns one row (and its line number) into a Match, raising :class:`BadField` for a field it cannot
read. A header that does not fit raises :class:`~touchline.errors.ParseError` from the builder. Every
match built then goes through the limits of :mod:`touchline.sources.limits` (names, year, a result in
the future); a row over :data:`~touchline.sources.limits.MAX_LINE` characters is refused unread.

Files may be separated by commas, semicolons or tabs (the header row tells which), and columns are
matched by :func:`column_key`: case, spaces and underscores do not matter (``Team 1``, ``team1``,
``TEAM_1``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final

from touchline.errors import ParseError
from touchline.model import Match
from touchline.sources import report, text_error
from touchline.sources.limits import MAX_LINE, MatchLimits, line_problem

Build = Callable[[list[str], int], Match]


class BadField(Exception):
    """A field that cannot be read; the row loop turns it into a ParseError with file and line."""


class Lines:
    """A file's lines by 1-based number, split only when an error needs one."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: list[str] | None = None

    def __getitem__(self, number: int) -> str:
        if self._lines is None:
            # split as csv does (at \n, \r\n and a lone \r) so the numbers agree
            self._lines = io.StringIO(self._text, newline="").readlines()
        if 1 <= number <= len(self._lines):
            return self._lines[number - 1].rstrip("\r\n")
        return ""


# what the CSV readers read, for the reason a CSV file none of them knows is not read
KNOWN_LAYOUTS: Final = (
    "football-data.co.uk's Country,League,Season,Date,Home,Away,HG,AG; football.csv's Date,Team 1,FT,Team 2; "
    "or engsoccerdata's Date,Season,home,visitor,hgoal,vgoal,tier or champs.csv"
)
_DELIMITERS = (",", ";", "\t")
_KEY_NOISE = re.compile(r"[\s_]+")


def delimiter(first_line: str) -> str:
    """The separator of a CSV file, from its header row: a comma, unless semicolons or tabs outnumber it."""
    return max(_DELIMITERS, key=lambda d: (first_line.count(d), d == ","))


def column_key(name: str) -> str:
    """A column name as readers compare it: ``Team 1``, ``team_1`` and ``TEAM1`` are all ``team1``."""
    return _KEY_NOISE.sub("", name.replace("\ufeff", "")).casefold()


def column_index(header: Sequence[str]) -> dict[str, int]:
    """Each column's key (:func:`column_key`) -> its position (the first, when two share a key)."""
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(column_key(name), position)
    return index


def missing_columns(index: dict[str, int], required: Sequence[str]) -> list[str]:
    """The names in ``required`` that ``index`` (from :func:`column_index`) lacks."""
    return [name for name in required if column_key(name) not in index]


def header_names(head: str) -> list[str]:
    """The column names of a CSV file's first line, as written (stripped)."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].strip()
    try:
        return [column.strip() for column in next(csv.reader([first], delimiter=delimiter(first)), [])]
    except csv.Error:  # a NUL, or a field over the csv module's limit: no header to speak of
        return []


def header_columns(head: str) -> list[str]:
    """The column keys (:func:`column_key`) of a CSV file's first line (for ``sniff``)."""
    return [column_key(name) for name in header_names(head)]


def undecided(path: Path, head: str) -> bool:
    """Whether a ``.csv`` head is too short to tell: it ends inside the header row."""
    return path.suffix.lower() == ".csv" and "\n" not in head


def parse_rows(
    text: str, *, file: str, errors: list[ParseError] | None, builder: Callable[[list[str]], Build]
) -> Iterator[Match]:
    """The matches of a CSV text, row by row; each unreadable row reported with file and line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    error = text_error(text, file)
    if error is not None:
        report(error, errors)
        return
    first_line = text[: text.find("\n")] if "\n" in text else text
    lines = Lines(text)
    if len(first_line) > MAX_LINE:
        report(ParseError(line_problem(len(first_line)), file=file, line=1, text=first_line[:200]), errors)
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(first_line))
    try:
        header = next(reader, None) or []
        build = builder(header)
    except csv.Error as exc:
        report(ParseError(f"cannot read the CSV header: {exc}", file=file, line=1), errors)
        return
    except ParseError as exc:
        exc.text = lines[1]
        report(exc, errors)
        return
    width = len(header)
    last = reader.line_num
    limits = MatchLimits()
    known, first_day, last_day = limits.known, limits.first_day, limits.last_day
    # a row is measured only where it can break MAX_LINE: on a long line, or over several lines
    long_lines = max(map(len, text.splitlines()), default=0) > MAX_LINE
    rows = 0
    while True:
        line = last + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # the csv module cannot go on past this (a field over its size limit): stop the file here
            report(ParseError(f"cannot read the CSV: {exc}", file=file, line=line), errors)
            return
        last = reader.line_num
        if not row:
            continue
        rows += 1
        try:
            if long_lines or last != line:
                length = sum(map(len, row)) + len(row) - 1
                if length > MAX_LINE:
                    raise BadField(line_problem(length, "row"))
            if len(row) != width and (len(row) < width or any(field.strip() for field in row[width:])):
                more = "a missing comma or column?" if len(row) < width else "a stray comma or column?"
                raise BadField(f"row has {len(row)} fields, the header has {width} ({more})")
            match = build(row, line)
            home, away = match.home, match.away
            # the limits' fast path inline (names seen before, a date inside the range); else ask them
            if home == away or home not in known or away not in known or not first_day <= match.date <= last_day:
                problem = limits.problem(match)
                if problem is not None:
                    raise BadField(problem)
        except BadField as exc:
            report(ParseError(str(exc), file=file, line=line, text=lines[line][:MAX_LINE]), errors)
            continue
        yield match
    if rows == 0:
        report(
            ParseError(
                "a header row and no match rows (an empty or cut-short file?)", file=file, line=1, whole_file=True
            ),
            errors,
        )
