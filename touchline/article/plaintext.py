"""Reading a plain-text rendering of a biography (floor 2: pure, text in, :class:`Layout` out).

The shape of ``shared/seed/jess-thorup-article.txt``: ``= Title =`` and ``==Heading==`` lines, the
infobox as ``- Key: value`` lines before the first heading (``- 2015–2018: FC Midtjylland`` lines
after a ``- Managerial career`` line or key name the clubs with years), tables as ``| a | b | c |``
rows whose spans were lost, lists as ``- item`` lines.
"""

from __future__ import annotations

import re

from touchline.article.dates import parse_years
from touchline.article.document import Career, InfoboxSpell
from touchline.article.layout import Layout, RawTable, born_in_lead
from touchline.article.tables import CARETAKER, RawCell, RawRow

HEADING = re.compile(r"^(=+)\s*(.+?)\s*\1\s*$")
_ITEM = re.compile(r"^\s*[-*•]\s+(.*)$")
_KEY_VALUE = re.compile(r"^\s*[-*•]\s+([^:]{1,60}):\s*(.*)$")
# an infobox line heading a career's years lines: the manager's (group 1), else the player's
_CAREER = re.compile(
    r"^(?:(managerial career|teams managed|coaching career|managerial|head coach)|"
    r"senior career|youth career|playing career|international career|national team)\*?:?\s*$",
    re.I,
)
_CAPTION = re.compile(r"^\s*(?:\|\+|[-*]\s+)?(.*?)\**\s*$")


def _cells(line: str) -> tuple[RawCell, ...]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return tuple(RawCell(" ".join(part.split()), header=False) for part in inner.split("|"))


def _caption(lines: list[str], first: int) -> str:
    """The caption a rendering writes above a table (``- Managerial record by team and tenure**``)."""
    for back in range(first - 1, max(first - 3, -1), -1):
        text = lines[back].strip()
        if not text:
            continue
        if text.endswith("**") or text.startswith("|+"):
            found = _CAPTION.match(text)
            return found.group(1).strip(" -*") if found else text
        break
    return ""


def _infobox_line(layout: Layout, number: int, key: str, value: str, career: Career) -> Career:
    """One ``- Key: value`` line of the infobox; a years key (``2015–2018``) is a club line."""
    if re.search(r"manag|coach|teams managed", key, re.I) and not value.strip():
        return Career.MANAGER
    try:
        start, end, is_open = parse_years(key)
    except ValueError:
        layout.infobox[key.strip().casefold().replace(" ", "_")] = (value.strip(), number)
        return career
    team = re.sub(r"\s*\((?:loan|caretaker|interim)\)\s*$", "", value.strip(), flags=re.I)
    spell = InfoboxSpell(number, career, team, (), start, end, is_open, bool(CARETAKER.search(value)))
    layout.infobox_spells.append(spell)
    return career


def read_layout(text: str) -> Layout:
    """The parts of a plain rendering: title, infobox lines, tables, headings, prose and list items."""
    layout = Layout()
    lines = text.splitlines()
    in_infobox = True
    career = Career.PLAYER
    table: list[RawRow] = []
    table_start = 0
    for index, line in enumerate([*lines, ""]):
        number = index + 1
        stripped = line.strip()
        if stripped.startswith("|") and not stripped.startswith("|+"):
            if not table:
                table_start = index
            table.append(RawRow(number, _cells(stripped)))
            continue
        if table:
            caption = _caption(lines, table_start)
            layout.tables.append(RawTable(table_start + 1, caption, table, index, plain=True))
            table = []
        if not stripped or (stripped.endswith("**") and not stripped.startswith("|")):
            continue
        heading = HEADING.match(stripped)
        if heading:
            level = len(heading.group(1))
            if level == 1 and not layout.title:
                layout.title = heading.group(2)
            else:
                in_infobox = False
            layout.headings.append((heading.group(2), level, number))
            continue
        pair = _KEY_VALUE.match(line)
        if in_infobox and pair:
            career = _infobox_line(layout, number, pair.group(1), pair.group(2), career)
            continue
        item = _ITEM.match(line)
        heading_of = _CAREER.match(item.group(1)) if in_infobox and item else None
        if heading_of:
            # "- Managerial career", "- Senior career*": the years lines below it are of that career
            career = Career.MANAGER if heading_of[1] else Career.PLAYER
            continue
        if item:
            layout.items.append((number, item.group(1).strip()))
            continue
        if in_infobox and not re.search(r"[.!?]\s*$", stripped):
            if not layout.name_line and not layout.infobox and not layout.headings:
                layout.name_line = stripped  # the infobox's title: the name, above its key lines
            continue  # a line of the infobox that is no key (its title)
        in_infobox = False
        layout.prose.append((number, stripped))
    layout.birth_date = born_in_lead(layout.prose)
    return layout
