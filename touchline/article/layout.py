"""What a reader finds in a biography before it is read as one (floor 2: pure).

:class:`Layout` is the common ground of the two readers: the title, infobox keys and club lines, the
tables as raw rows, the headings, and every other line as prose, a list item or a label (a bold line
or a line of its own heading a list, as the honours section's club names do), each with its line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from touchline.article.dates import parse_date
from touchline.article.document import InfoboxSpell
from touchline.article.tables import RawRow


@dataclass(slots=True)
class RawTable:
    """A table as rows of raw cells, with its first and last line and caption; ``plain`` for a plain
    rendering, whose spans are lost."""

    line: int
    caption: str
    rows: list[RawRow]
    end_line: int
    plain: bool


@dataclass(slots=True)
class Layout:
    """The parts of an article, each with its line."""

    title: str = ""
    name_line: str = ""  # a plain rendering's infobox title line (the name above its ``- Key: value`` lines)
    infobox: dict[str, tuple[str, int]] = field(default_factory=dict)
    infobox_spells: list[InfoboxSpell] = field(default_factory=list)
    birth_date: dt.date | None = None
    tables: list[RawTable] = field(default_factory=list)
    headings: list[tuple[str, int, int]] = field(default_factory=list)  # (title, level, line)
    prose: list[tuple[int, str]] = field(default_factory=list)
    items: list[tuple[int, str]] = field(default_factory=list)
    labels: list[tuple[int, str]] = field(default_factory=list)


_LEAD_NAME = re.compile(r"^([^\W\d_][^()\[\]:;,.]{1,80}?)\s*\(\s*(?:born|n[ée]e?|\d)", re.I)


def name_in_lead(prose: list[tuple[int, str]]) -> str:
    """The name the lead sentence opens with (``Jess Thorup (born 21 February 1970) is ...``), or ""."""
    for _, text in prose[:3]:
        found = _LEAD_NAME.match(text)
        if found:
            return found.group(1).strip()
    return ""


_BORN = re.compile(r"\(\s*born\s+([^;)]+?)\s*[;)]", re.I)


def born_in_lead(prose: list[tuple[int, str]]) -> dt.date | None:
    """The birth date the lead sentence gives (``Jess Thorup (born 21 February 1970) is ...``)."""
    for _, text in prose[:3]:
        found = _BORN.search(text)
        if found:
            try:
                return parse_date(found.group(1).split(" in ")[0]).exact
            except ValueError:
                return None
    return None
