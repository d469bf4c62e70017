"""Readers of open match-data formats, one module per format, all with the same face.

Every reader module has:

- ``FORMAT``: its registry name (``"football.txt"``, ``"football.json"``, ...);
- ``parse(text, *, source, file, errors=None) -> Iterator[Match]``: pure, touches no files. ``file`` is
  the path as a string, used to infer competition and season and to name lines in errors. With
  ``errors=None`` the first unreadable line raises :class:`~touchline.errors.ParseError`; with a list,
  each unreadable line's ParseError is appended to it and parsing goes on. Every match goes through the
  limits of :mod:`touchline.sources.limits` (names, dates, scores); a text that gives no match at all
  (empty, binary, a header alone) is an error too;
- ``read(path, *, source="", errors=None) -> Iterator[Match]``: opens the file and calls ``parse``;
- ``sniff(path, head) -> bool``: whether a file (its path and the start of its text) is in this format;
- optionally ``undecided(path, head) -> bool``: whether the head is too short to tell (a long comment
  header, a JSON object whose ``"matches"`` come later), so :func:`classify` reads further;
- optionally ``explain(path, head) -> Refusal | None``: why a file of this reader's kind is not read.

Recognising files: :func:`classify` gives a file's reader or a one-line reason why there is none,
reading only as far as it must (:data:`SNIFF_LIMIT` at most); :func:`looks_like_match_data` tells an
unrecognised file that holds match data (an error to report) from one that does not (notes, maps).

Text: UTF-8 (with or without a BOM) and UTF-16 with a BOM (little or big endian) are read; anything else
is a ParseError naming the line (:func:`read_text`).

Adding a format = a module here + a row in ``READERS`` + sample files and tests + a row in the README's
formats table.
"""

from __future__ import annotations

import codecs
import importlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Final, NamedTuple, Protocol, cast

from touchline.errors import ParseError
from touchline.model import Match
from touchline.reference.competitions import competition_for_path

# registry name -> module, in the order sniffing tries them (most specific first)
READERS: dict[str, str] = {
    "engsoccerdata": "touchline.sources.engsoccer",
    "football-data": "touchline.sources.footballdata",
    "football.json": "touchline.sources.footballjson",
    "football.txt": "touchline.sources.footballtxt",
}

SUFFIXES = (".txt", ".json", ".csv")

HEAD_SIZE: Final = 4096
"""How much of a file :func:`read_head` reads by default, and :func:`classify` reads first."""
SNIFF_LIMIT: Final = 16 * 1024 * 1024
"""How far :func:`classify` reads into a file at most (a head 16 times longer each round until then)."""
# how many lines with a score, or with a date, make an unrecognised file look like match data
_MATCH_DATA_LINES: Final = 2


class Reader(Protocol):
    """What every reader module provides (see the module docstring)."""

    FORMAT: str

    def parse(
        self, text: str, *, source: str = "", file: str = "<text>", errors: list[ParseError] | None = None
    ) -> Iterator[Match]: ...

    def read(self, path: Path, *, source: str = "", errors: list[ParseError] | None = None) -> Iterator[Match]: ...

    def sniff(self, path: Path, head: str) -> bool: ...


class Refusal(NamedTuple):
    """Why a reader does not read a file of its kind (what a reader's ``explain`` returns)."""

    reason: str
    on_purpose: bool = False
    """Whether the reader knows the file and leaves it out on purpose (not match data to complain about)."""


Hook = Callable[[Path, str], object]


def reader(name: str) -> Reader:
    """The reader registered under ``name``."""
    try:
        module: ModuleType = importlib.import_module(READERS[name])
    except KeyError:
        from touchline.errors import ConfigError

        raise ConfigError(f"unknown format {name!r} (known: {', '.join(READERS)})") from None
    return cast(Reader, module)


def _hook(candidate: Reader, name: str) -> Hook | None:
    return cast(Hook | None, getattr(candidate, name, None))


# ---------------------------------------------------------------------------------------------------
# Text


def _encoding(raw: bytes) -> tuple[str, int]:
    """The codec of a file's bytes by its byte-order mark, and the mark's length (UTF-8 without one)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if raw.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    return "utf-8", 0


def _looks_utf16(raw: bytes) -> bool:
    """Whether bytes with NULs look like UTF-16 without a byte-order mark (a NUL in every other byte)."""
    sample = raw[:1024]
    pairs = len(sample) // 2
    return pairs >= 2 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.8 * pairs


def read_head(path: Path, size: int = HEAD_SIZE) -> str:
    """The first ``size`` bytes of a file as text (BOM stripped, UTF-16 decoded, bad bytes replaced)."""
    with path.open("rb") as handle:
        raw = handle.read(size)
    codec, skip = _encoding(raw)
    body = raw[skip:]
    if codec != "utf-8" and len(body) % 2:
        body = body[:-1]
    return body.decode(codec, errors="replace")


def read_text(path: Path) -> str:
    """A data file's text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else (other
    encodings, binary data) is a ParseError naming the line."""
    return decode_text(path.read_bytes(), path)


def decode_text(raw: bytes, path: Path) -> str:
    """The text of a data file's bytes (``path`` names it in errors), as :func:`read_text` reads it."""
    codec, skip = _encoding(raw)
    try:
        text = raw[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        before = raw[skip : skip + exc.start].decode(codec, errors="replace")
        if codec == "utf-8":
            reason = f"not UTF-8 text (byte 0x{raw[skip + exc.start]:02x}); re-save the file as UTF-8"
        else:
            reason = f"not UTF-16 text ({exc.reason} at byte {skip + exc.start}); re-save the file as UTF-8"
        raise ParseError(reason, file=str(path), line=before.count("\n") + 1) from None
    if skip == 0 and "\x00" in text and _looks_utf16(raw):
        raise ParseError(
            "not text: a NUL byte in every other byte (UTF-16 without a byte-order mark? re-save the file as UTF-8)",
            file=str(path),
            line=1,
        )
    error = text_error(text, str(path))
    if error is not None and error.reason != "empty file":  # an empty file is parse's to report
        raise error
    return text


def text_error(text: str, file: str) -> ParseError | None:
    """The error of a text no reader can read at all: empty (or only blank lines), or binary (a NUL)."""
    if not text or text.isspace():
        return ParseError("empty file", file=file, line=1, whole_file=True)
    at = text.find("\x00")
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return ParseError(
        f"not text: a NUL byte at column {at - start + 1} (binary data?)",
        file=file,
        line=text.count("\n", 0, at) + 1,
        text=text[start : end if end >= 0 and end - start < 200 else start + 200].replace("\x00", "\\0"),
        whole_file=True,
    )


# ---------------------------------------------------------------------------------------------------
# Recognising files


def detect(path: Path, head: str | None = None) -> Reader | None:
    """The reader for a file, or ``None`` when no reader recognises it.

    A ``head`` (from :func:`read_head`) is tried first; when it does not decide and the file exists,
    :func:`classify` reads further (a long comment header, a JSON object whose matches come late).
    """
    if path.suffix.lower() not in SUFFIXES:
        return None
    if head is not None:
        for name in READERS:
            candidate = reader(name)
            if candidate.sniff(path, head):
                return candidate
        if not path.is_file():
            return None
    return classify(path)[0]


def classify(path: Path) -> tuple[Reader | None, str]:
    """The reader of a file and its format name, or ``None`` and a one-line reason why no reader reads it.

    Reasons: ``not a .txt, .json or .csv file``, ``empty file``, ``not text (binary data)``, ``not UTF-8
    or UTF-16 text``, a CSV header no reader knows (``a CSV file with columns touchline does not know:
    a, b, c (expected ...)``), ``JSON without a "matches" list``, ``no match lines`` and the readers' own
    (``explain``). Reads the file's start, then 16 times more each round while a reader finds the head
    too short to tell, up to :data:`SNIFF_LIMIT` bytes; never the whole of a big file.
    """
    if path.suffix.lower() not in SUFFIXES:
        return None, f"not a {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} file"
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            raw = handle.read(HEAD_SIZE)
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"
    codec, skip = _encoding(raw)
    candidates = [reader(name) for name in READERS]
    limit = HEAD_SIZE
    while True:
        head = read_head(path, limit)
        if head.strip():
            for candidate in candidates:
                if candidate.sniff(path, head):
                    return candidate, candidate.FORMAT
        if size <= limit or limit >= SNIFF_LIMIT:
            break
        if head.strip() and not any((hook := _hook(c, "undecided")) and hook(path, head) for c in candidates):
            break
        limit *= 16
    if not head.strip():
        return None, "empty file"
    if codec == "utf-8" and b"\x00" in raw:
        # a file of match data with stray NULs is claimed above (its reader names the line)
        return None, "not text (UTF-16 without a byte-order mark?)" if _looks_utf16(raw) else "not text (binary data)"
    if _undecodable(raw[skip:], codec):
        return None, "not UTF-8 or UTF-16 text"
    for candidate in candidates:
        hook = _hook(candidate, "explain")
        refusal = hook(path, head) if hook else None
        if isinstance(refusal, Refusal):
            return None, refusal.reason
    return None, "no match lines"


def _undecodable(raw: bytes, codec: str) -> bool:
    """Whether the start of a file has bytes its codec cannot decode (a sequence cut at the end aside)."""
    try:
        codecs.getincrementaldecoder(codec)().decode(raw, final=False)
    except UnicodeDecodeError:
        return True
    return False


# a score ("2-1", "2:1", "[2, 1]") standing alone, and a date ("2020-08-08", "13/07/2012", "Jul/19",
# "Sat Jul 13"); a line holding either counts towards "looks like match data"
_SCORE_LIKE: Final = re.compile(r"(?<![\w./:-])\d{1,2} ?[-:–] ?\d{1,2}(?![\w./:-])|\[\s*\d{1,2}\s*,\s*\d{1,2}\s*\]")
_DATE_LIKE: Final = re.compile(
    r"\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b"
    r"|\b[0-3]?\d[./][01]?\d[./](?:\d\d)?\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*[/ ][0-3]?\d\b",
    re.I,
)


def looks_like_match_data(path: Path, head: str) -> bool:
    """Whether an unrecognised file looks like match data (so not reading it is an error to report).

    True when at least two lines of ``head`` hold a score-like token (``2-1``, ``2:1``, ``[2, 1]``) or
    at least two hold a date-like one (``2020-08-08``, ``13/07/2012``, ``Jul/19``); NULs are left out
    first, so UTF-16 without a byte-order mark and text with stray NULs are judged by their text. True
    too, whatever it holds, for a file whose name is a competition code (``2024-25/dk.1.txt``, an empty
    or unreadable download); False for a file a reader knows and leaves out on purpose (engsoccerdata's
    DFB-Pokal stub and team-name map).
    """
    head = head.replace("\x00", "")
    for name in READERS:
        hook = _hook(reader(name), "explain")
        refusal = hook(path, head) if hook else None
        if isinstance(refusal, Refusal) and refusal.on_purpose:
            return False
    if competition_for_path(path) is not None:
        return True
    scores = dates = 0
    for line in head.splitlines():
        scores += _SCORE_LIKE.search(line) is not None
        dates += _DATE_LIKE.search(line) is not None
        if scores >= _MATCH_DATA_LINES or dates >= _MATCH_DATA_LINES:
            return True
    return False


# ---------------------------------------------------------------------------------------------------
# What the readers share


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
    or UTF-16 text is a ParseError, raised or, with an error list, reported like any other."""
    try:
        text = read_text(path)
    except ParseError as exc:
        report(exc, errors)
        return iter(())
    return parse(text, source=source, file=str(path), errors=errors)
