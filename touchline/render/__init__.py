"""Renderers: one :class:`Report` in, text out, chosen by format name.

Every command builds one :class:`Report` (title, columns, rows, footer rows, footnotes and a JSON
payload) and :func:`render` turns it into ``text`` (a rich terminal table), ``wiki`` (a sortable
wikitable), ``md``, ``html``, ``csv`` or ``json``. The web view and the CLI share the same reports, so
every format of one page agrees.

Every piece of text in a Report may come from a data file (club, person and stage names, file paths),
so every renderer escapes all of it (cells, titles, captions, column titles, footnotes, footer rows)
for its format and for the terminal the CLI prints it on:

- control characters never reach the output raw: :func:`plain` shows them as ``\\xNN`` (``json``
  writes them as ``\\u00NN`` escapes instead, keeping the data exact);
- in ``text``, ``wiki`` and ``md`` a line break or tab inside a name becomes one space (:func:`inline`),
  so a table row stays one row; ``html``, ``csv`` and ``json`` keep line breaks (as whitespace, in a
  quoted field, as ``\\n``);
- ``text`` never reads data as rich markup; ``wiki`` wraps text holding wikitext markup in
  ``<nowiki>``; ``md`` backslash-escapes Markdown punctuation and writes ``<``, ``>`` as entities;
  ``html`` escapes with :func:`html.escape`; ``csv`` prefixes a text cell that a spreadsheet would read
  as a formula with ``'`` (but never a figure such as ``+17`` or ``-3``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from touchline.errors import ConfigError

Cell = str | int | float | None
Align = Literal["left", "right", "center"]


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its key in each row, its heading, alignment and, for wikitext, whether it sorts as a number."""

    key: str
    title: str
    align: Align = "left"
    numeric: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """What a command shows, independent of the output format.

    ``rows`` and ``footer`` map column keys to cells; a row may carry a ``"_note"`` key naming the
    footnote (1-based index into ``notes``) that applies to it. ``data`` is the JSON payload.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[Mapping[str, Cell], ...]
    footer: tuple[Mapping[str, Cell], ...] = ()
    notes: tuple[str, ...] = ()
    data: object = None
    caption: str | None = None
    extra: Mapping[str, object] = field(default_factory=dict)


# C0 and C1 control characters but tab and newline (what starts a terminal escape sequence), and the
# bidirectional overrides and isolates, which make a name display reordered
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape sequences) shown as ``\\xNN``."""
    return _CONTROL.sub(lambda m: _shown(ord(m.group())), text)


def _shown(code: int) -> str:
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


# what ends a line in a terminal, in Markdown (CR, LF, CRLF) or in an editor (U+2028, U+2029), and the
# tab, whose width depends on where it falls
_BREAKS = re.compile(r"\r\n|[\t\n\r\u2028\u2029]")


def inline(text: str) -> str:
    """Text for one table cell or one line: line breaks and tabs as one space, then :func:`plain`."""
    return plain(_BREAKS.sub(" ", text))


Renderer = Callable[[Report], str]
_RENDERERS: dict[str, Renderer] = {}

FORMATS = ("text", "wiki", "md", "html", "csv", "json")


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer under a format name."""

    def wrap(function: Renderer) -> Renderer:
        _RENDERERS[name] = function
        return function

    return wrap


def render(report: Report, fmt: str = "text") -> str:
    """The report in format ``fmt`` (one of :data:`FORMATS`)."""
    from touchline.render import formats  # noqa: F401  (registers the renderers)

    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})") from None
    return renderer(report)


def cell_text(value: Cell) -> str:
    """A cell as plain text: ``None`` -> empty, floats with one decimal."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}" if value == value else ""
    return str(value)


def note_numbers(row: Mapping[str, Cell]) -> list[int]:
    """The numbers (from 1) of the notes a row refers to (``_note`` holds one or a comma-separated list)."""
    notes = row.get("_note")
    if notes is None:
        return []
    return [int(n) for n in str(notes).split(",") if n]


def note_marks(row: Mapping[str, Cell], style: Callable[[int], str]) -> str:
    """The footnote marks a row carries, each written by ``style``."""
    return "".join(style(n) for n in note_numbers(row))


def visible(columns: Sequence[Column], rows: Sequence[Mapping[str, Cell]]) -> list[Column]:
    """The columns to show (all of them; a hook for hiding empty optional columns)."""
    return [c for c in columns if not c.key.startswith("_")]


def writable(path: str | os.PathLike[str]) -> Path:
    """``path`` as a file an output may be written to, checked before the work that fills it: its folder
    exists; a :class:`ConfigError` naming the path otherwise (never a traceback after a report)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ConfigError(f"cannot write {plain(str(target))}: no folder {plain(str(folder))}")
    if target.is_dir():
        raise ConfigError(f"cannot write {plain(str(target))}: it is a folder")
    return target


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write an output file (UTF-8); a :class:`ConfigError` naming the path when it cannot be written."""
    target = writable(path)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {plain(str(target))}: {exc.strerror or exc}") from None
