"""What touchline reads from a biography (floor 2: pure types, no store, no files).

Both readers (:mod:`~touchline.article.wikitext` for encyclopedia markup, :mod:`~touchline.article.plaintext`
for a plain rendering such as the seed article) produce one :class:`Article`: its title, infobox, the
managerial statistics table (:class:`RecordTable`), the honours lists and the prose, sentence by
sentence, each with the line of the file it stands on, so every report can quote it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from touchline.article.dates import ArticleDate

# the record columns of a managerial statistics table, in the encyclopedia's order
RECORD_KEYS = ("g", "w", "d", "l", "gf", "ga", "gd", "win_pct")
# the columns compared with the data (goal difference and win % follow from them, and are checked too)
TITLES = {
    "team": "Team",
    "from": "From",
    "to": "To",
    "g": "G",
    "w": "W",
    "d": "D",
    "l": "L",
    "gf": "GF",
    "ga": "GA",
    "gd": "GD",
    "win_pct": "Win %",
}


# the particles a surname keeps ("van Nistelrooy", "de Boer", "di Matteo", "von Neumann")
PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "le", "la", "ten", "ter", "te"]
)


# the nationalities (FIFA codes) whose names English writes family name first, and calls their bearer by
# it: Korea's, China's, Taiwan's, Hong Kong's and Macau's ("Hong Myung-bo" is "Hong", "Gao Hongbo" is
# "Gao"; Chinese and Taiwanese names are "written ... with the family name first", and "to be brief"
# their bearers are called "by their family names only": "How to Write Chinese and other Asian Names
# in English", randomnotesandmiscellaneousmusings.blogspot.com, 30 June 2011). Not Japan's or
# Hungary's: English "switches" modern Japanese and Hungarian names to given name first ("Puskás
# Ferenc is known as Ferenc Puskás": "Eastern name order", section "Lexical order",
# liquisearch.com/eastern_name_order/lexical_order), so the last word is the family name; nor
# Vietnam's: a Vietnamese person is called by the last given name, the last word in subsequent
# references (UNSW Writing Style Guide, p. 42: "Use the third name in subsequent references")
FAMILY_NAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TPE", "HKG", "MAC"})


def short_name(name: str, other_names: Sequence[str] = (), nationality: str | None = None) -> str:
    """The name a biography calls its subject by after the first mention: another name of the person
    that ends the full name ("van Nistelrooy"); else, for a nationality whose names are written family
    name first (:data:`FAMILY_NAME_FIRST`), the first word ("Hong Myung-bo" -> "Hong"); else the last
    word with the particles before it ("Ruud van Nistelrooy" -> "van Nistelrooy", "José Mourinho" ->
    "Mourinho"). A person of such a nationality whose file writes the name given name first says so by
    an other name that ends it (``other_names = ["Goulart"]``)."""
    words = name.split()
    if not words:
        return ""
    for other in other_names:
        if 0 < len(other.split()) < len(words) and name.casefold().endswith(" " + " ".join(other.split()).casefold()):
            return " ".join(other.split())
    if nationality is not None and nationality.strip().upper() in FAMILY_NAME_FIRST:
        return words[0]
    at = len(words) - 1
    while at > 1 and words[at - 1].casefold() in PARTICLES:
        at -= 1
    return " ".join(words[at:])


def sentence_case(text: str) -> str:
    """``text`` to open a sentence: its first letter upper case ("van Nistelrooy was ..." -> "Van
    Nistelrooy was ...")."""
    return text[:1].upper() + text[1:]


class Format(StrEnum):
    """Which reader read an article."""

    WIKITEXT = "wikitext"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Cell:
    """A record cell as the article writes it; ``derived`` when a template computes it (``{{WDL}}``'s
    goal difference and win %), so the article's author never typed it."""

    text: str
    derived: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of the managerial statistics table: the team as written (with the link targets the
    wikitext gives for it), the dates at the article's precision (``end`` is ``None`` for "present"),
    and the record cells by key (``g``, ``w``, ... ``win_pct``; a key is missing when the table has
    no such column)."""

    line: int
    team: str
    links: tuple[str, ...]
    start: ArticleDate | None
    end: ArticleDate | None
    cells: dict[str, Cell]
    caretaker: bool = False
    from_text: str = ""
    to_text: str = ""

    @property
    def open(self) -> bool:
        """Whether the spell runs to the present."""
        return self.end is None

    def figure(self, key: str) -> str:
        """The text of a record cell ('' when empty or missing)."""
        cell = self.cells.get(key)
        return cell.text if cell is not None else ""


@dataclass(frozen=True, slots=True)
class RecordTable:
    """The managerial statistics table: its first line, caption, column keys and rows, and its total
    row (``None`` when it has none)."""

    line: int
    caption: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    total: TableRow | None = None
    end_line: int = 0

    @property
    def record_columns(self) -> tuple[str, ...]:
        """The record columns the table has, in order."""
        return tuple(c for c in self.columns if c in RECORD_KEYS)


class Career(StrEnum):
    """Which part of a career an infobox line or an honour belongs to."""

    PLAYER = "player"
    MANAGER = "manager"


@dataclass(frozen=True, slots=True)
class InfoboxSpell:
    """A club with years from the infobox (``manageryears3 = 2015–2018``, ``managerclubs3 = [[FC
    Midtjylland]]``)."""

    line: int
    career: Career
    team: str
    links: tuple[str, ...]
    start_year: int
    end_year: int | None
    open: bool
    caretaker: bool = False


@dataclass(frozen=True, slots=True)
class Honour:
    """One line of the honours section: whose career, the club heading it stands under, its text."""

    line: int
    career: Career
    club: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of prose, its line, and the headings it stands under (outermost first)."""

    line: int
    text: str
    sections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A heading: its title, level (``==`` is 2) and line."""

    title: str
    level: int
    line: int


@dataclass(frozen=True, slots=True)
class Article:
    """A biography as touchline reads it. ``infobox`` maps a key to its value and line; ``unread``
    lists what the reader saw but could not use, each as ``line: what``."""

    file: str
    format: Format
    title: str
    infobox: dict[str, tuple[str, int]]
    infobox_spells: tuple[InfoboxSpell, ...]
    table: RecordTable | None
    honours: tuple[Honour, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    birth_date: dt.date | None = None
    unread: tuple[str, ...] = field(default=())
    table_heading_line: int | None = None

    def where(self, line: int | None) -> str:
        """``FILE:LINE`` (or ``FILE``) for messages."""
        return f"{self.file}:{line}" if line else self.file
