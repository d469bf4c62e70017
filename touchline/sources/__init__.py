"""Readers of open match-data formats, one module per format, all with the same face.

Every reader module has:

- ``FORMAT``: its registry name (``"football.txt"``, ``"football.json"``, ...);
- ``parse(text, *, source, file, errors=None) -> Iterator[Match]``: pure, touches no files. ``file`` is
  the path as a string, used to infer competition and season and to name lines in errors. With
  ``errors=None`` the first unreadable line raises :class:`~touchline.errors.ParseError`; with a list,
  each unreadable line's ParseError is appended to it and parsing goes on;
- ``read(path, *, source="", errors=None) -> Iterator[Match]``: opens the file and calls ``parse``;
- ``sniff(path, head) -> bool``: whether a file (its path and first 4 KiB of text) is in this format.

Adding a format = a module here + a row in ``READERS`` + sample files and tests + a row in the README's
formats table.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Protocol, cast

from touchline.errors import ParseError
from touchline.model import Match

# registry name -> module, in the order sniffing tries them (most specific first)
READERS: dict[str, str] = {
    "engsoccerdata": "touchline.sources.engsoccer",
    "football-data": "touchline.sources.footballdata",
    "football.json": "touchline.sources.footballjson",
    "football.txt": "touchline.sources.footballtxt",
}

SUFFIXES = (".txt", ".json", ".csv")


class Reader(Protocol):
    """What every reader module provides (see the module docstring)."""

    FORMAT: str

    def parse(
        self, text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
    ) -> Iterator[Match]: ...

    def read(self, path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]: ...

    def sniff(self, path: Path, head: str) -> bool: ...


def reader(name: str) -> Reader:
    """The reader registered under ``name``."""
    try:
        module: ModuleType = importlib.import_module(READERS[name])
    except KeyError:
        from touchline.errors import ConfigError

        raise ConfigError(f"unknown format {name!r} (known: {', '.join(READERS)})") from None
    return cast(Reader, module)


def read_head(path: Path, size: int = 4096) -> str:
    """The first ``size`` bytes of a file as text (BOM stripped, undecodable bytes replaced)."""
    with path.open("rb") as handle:
        raw = handle.read(size)
    return raw.decode("utf-8-sig", errors="replace")


def detect(path: Path, head: str | None = None) -> Reader | None:
    """The reader for a file, or ``None`` when no reader recognises it."""
    if path.suffix.lower() not in SUFFIXES:
        return None
    if head is None:
        head = read_head(path)
    for name in READERS:
        candidate = reader(name)
        if candidate.sniff(path, head):
            return candidate
    return None


class ParseFunction(Protocol):
    """The ``parse`` function of a reader module."""

    def __call__(
        self, text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
    ) -> Iterator[Match]: ...


def report(error: ParseError, errors: list[ParseError] | None) -> None:
    """Raise ``error``, or add it to ``errors`` when the caller collects them (the readers' contract)."""
    if errors is None:
        raise error from None
    errors.append(error)


def read_file(
    parse: ParseFunction, path: Path, *, source: str = "", errors: list[ParseError] | None = None
) -> Iterator[Match]:
    """The shared ``read`` of every reader: the file's text through ``parse``; a file that is not UTF-8
    is a ParseError, raised or, with an error list, reported like any other."""
    try:
        text = read_text(path)
    except ParseError as exc:
        report(exc, errors)
        return iter(())
    return parse(text, source=source, file=str(path), errors=errors)


def read_text(path: Path) -> str:
    """A data file's text: UTF-8 (a BOM is dropped); a file that is not UTF-8 is a ParseError naming the line."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ParseError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); re-save the file as UTF-8",
            file=str(path),
            line=line,
        ) from None
