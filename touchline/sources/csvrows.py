"""The row loop the CSV readers share: the header, each row with its line number, errors with both.

A reader gives :func:`parse_rows` a ``builder``: called with the header row, it returns a function
that turns one row (and its line number) into a Match, raising :class:`BadField` for a field it cannot
read. A header that does not fit raises :class:`~touchline.errors.ParseError` from the builder.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from touchline.errors import ParseError
from touchline.model import Match
from touchline.sources import report

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


def header_columns(head: str) -> list[str]:
    """The column names of a CSV file's first line (for ``sniff``)."""
    first = head.lstrip("\ufeff").split("\n", 1)[0].strip()
    return [column.strip() for column in next(csv.reader([first]), [])]


def parse_rows(
    text: str, *, file: str, errors: list[ParseError] | None, builder: Callable[[list[str]], Build]
) -> Iterator[Match]:
    """The matches of a CSV text, row by row; each unreadable row reported with file and line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""))
    lines = Lines(text)
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
    while True:
        line = last + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # the csv module cannot go on past this (a field over its size limit): stop the file here
            report(ParseError(f"cannot read the CSV: {exc}", file=file, line=line), errors)
            return
        last = reader.line_num
        if not row:
            continue
        try:
            if len(row) < width:
                raise BadField(f"row has {len(row)} fields, the header has {width} (a missing comma or column?)")
            match = build(row, line)
        except BadField as exc:
            report(ParseError(str(exc), file=file, line=line, text=lines[line]), errors)
            continue
        yield match
