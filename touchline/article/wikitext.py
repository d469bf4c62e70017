"""Reading encyclopedia wikitext with mwparserfromhell (floor 2: pure, text in, :class:`Layout` out).

The reader turns markup into what the article shows: ``[[KAA Gent|Gent]]`` reads as ``Gent`` (and
remembers the link target ``KAA Gent``), ``{{sortname|Jess|Thorup}}`` as ``Jess Thorup``,
``{{dts|2008|11|17}}`` as a date, ``{{abbr|P|Played}}`` as ``P``, ``{{WDL|154|85|32|37|for=291|
against=182}}`` as the record cells G, W, D, L, GF, GA (with the goal difference and win % the
template computes marked as such); references, notes and comments are left out. Every table row,
infobox line, heading and prose line keeps the line of the file it stands on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, HTMLEntity, Node, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

from touchline.article.dates import ArticleDate, date_from_parts, parse_years
from touchline.article.document import Career, InfoboxSpell
from touchline.article.layout import Layout, RawTable, born_in_lead
from touchline.article.tables import CARETAKER, RawCell, RawRow

# templates whose first argument is what the reader sees
_SHOWN_FIRST = {
    "abbr",
    "abbrlink",
    "nowrap",
    "nobr",
    "small",
    "big",
    "center",
    "tooltip",
    "lang",
    "flag",
    "ill",
    "nbsp",
}
# templates that hold a date
_DATES = {"dts", "dtsort", "date", "start date", "end date", "start-date", "end-date", "date table sorting", "dte"}
_BIRTH = {"birth date and age", "birth date", "bda", "birth-date and age", "birth date and age2"}
# templates that show nothing a reader of the table or the prose needs (notes, citations, flags)
_HIDDEN = re.compile(
    r"^(efn|refn|ref|sfn|sfnp|cite|citation|harv|flagicon|flag icon|fbaicon|fbicon|cn|citation needed)"
)
_WDL = {"wdl", "wdltot", "wdl-tot", "wdl tot"}


def _name(template: Template) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).casefold()


def _positional(template: Template) -> list[str]:
    return [str(p.value).strip() for p in template.params if not p.showkey]


def _named(template: Template, key: str) -> str | None:
    return str(template.get(key).value).strip() if template.has(key) else None


def _template_text(template: Template, links: list[str]) -> str:
    name = _name(template)
    args = _positional(template)
    if name == "sortname" and len(args) >= 2:
        shown = f"{plain(args[0])} {plain(args[1])}".strip()
        target = args[2] if len(args) > 2 and args[2] and args[2] != "nolink" else shown
        links.append(plain(target))
        return shown
    if name in _DATES or name in _BIRTH:
        try:
            return str(date_from_parts(args[:3], str(template)))
        except ValueError:
            return " ".join(args)
    if name in _SHOWN_FIRST and args:
        return plain(args[-1] if name in ("lang", "tooltip") and len(args) > 1 else args[0])
    if name in ("n/a", "na", "n.a.", "–", "—", "dash", "ndash", "mdash"):
        return "–"
    return ""


def text_of(nodes: Iterable[Node], links: list[str] | None = None) -> str:
    """What the markup shows, on one line; link targets are added to ``links``."""
    found = links if links is not None else []
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            parts.append(str(node.value))
        elif isinstance(node, Wikilink):
            target = str(node.title).split("#", 1)[0].strip()
            if target.casefold().startswith(("file:", "image:", "category:")):
                continue
            found.append(plain(target))
            parts.append(text_of(node.text.nodes) if node.text is not None else plain(target))
        elif isinstance(node, Template):
            name = _name(node)
            if not _HIDDEN.match(name) and name not in _WDL:
                parts.append(_template_text(node, found))
        elif isinstance(node, Tag):
            tag = str(node.tag).casefold()
            if tag in ("ref", "references"):
                continue
            if tag == "br":
                parts.append(" ")
            elif node.contents is not None:
                parts.append(text_of(node.contents.nodes, found))
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                parts.append(text_of(node.title.nodes))
        elif isinstance(node, HTMLEntity):
            parts.append(node.normalize())
        elif isinstance(node, Comment):
            continue
        elif isinstance(node, Heading):
            parts.append(text_of(node.title.nodes, found))
    text = "".join(parts).replace("'''", "").replace("''", "").replace("\u00a0", " ")
    return " ".join(text.split())


def plain(markup: str) -> str:
    """What a piece of wikitext shows, on one line."""
    return text_of(mwparserfromhell.parse(markup).nodes)


def _wdl_cells(template: Template) -> list[RawCell]:
    """``{{WDL|G|W|D|L|for=GF|against=GA|diff=yes}}`` as the record cells it shows."""
    args = _positional(template)
    keys = ("g", "w", "d", "l")
    cells = [RawCell(plain(v), key=k) for k, v in zip(keys, args, strict=False)]
    goals_for = _named(template, "for") or (args[4] if len(args) > 4 else None)
    against = _named(template, "against") or (args[5] if len(args) > 5 else None)
    if goals_for is not None and against is not None:
        cells += [RawCell(plain(goals_for), key="gf"), RawCell(plain(against), key="ga")]
        if goals_for.strip().isdigit() and against.strip().isdigit():
            diff = int(goals_for) - int(against)
            cells.append(RawCell(f"{diff:+d}" if diff else "0", key="gd", derived=True))
    values = [int(v) for v in args[:2] if v.strip().isdigit()]
    if len(values) == 2 and values[0]:
        cells.append(RawCell(f"{100 * values[1] / values[0]:.2f}", key="win_pct", derived=True))
    return cells


def _cell(tag: Tag) -> list[RawCell]:
    header = str(tag.tag).casefold() == "th"
    spans = {str(a.name).strip().casefold(): str(a.value).strip().strip("\"'") for a in tag.attributes}
    colspan = int(spans["colspan"]) if spans.get("colspan", "").isdigit() else 1
    rowspan = int(spans["rowspan"]) if spans.get("rowspan", "").isdigit() else 1
    nodes = tag.contents.nodes if tag.contents is not None else []
    before: list[Node] = []
    out: list[RawCell] = []
    for at, node in enumerate(nodes):
        if isinstance(node, Template) and _name(node) in _WDL:
            out.append(_raw(before, header, colspan, rowspan))
            out += _wdl_cells(node)
            # what follows the template on its line (rare) is a cell of its own only if it shows text
            tail = text_of(nodes[at + 1 :])
            if tail:
                out.append(RawCell(tail, header))
            return out
        before.append(node)
    return [_raw(before, header, colspan, rowspan)]


def _raw(nodes: list[Node], header: bool, colspan: int, rowspan: int) -> RawCell:
    links: list[str] = []
    date: ArticleDate | None = None
    error = ""
    for node in nodes:
        if isinstance(node, Template) and _name(node) in _DATES:
            try:
                date = date_from_parts(_positional(node)[:3], str(node).strip())
            except ValueError:
                error = f"{str(node).strip()!r} is not a date (expected {{{{dts|2019|7|1}}}} or 1 July 2019)"
    return RawCell(text_of(nodes, links), header, colspan, rowspan, tuple(links), date=date, date_error=error)


class _Lines:
    """Offsets in the source to line numbers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        low, high = 0, len(self.starts) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.starts[mid] <= offset:
                low = mid
            else:
                high = mid - 1
        return low + 1


def _table(tag: Tag, offset: int, lines: _Lines) -> RawTable:
    source = str(tag)
    cursor = 0
    rows: list[RawRow] = []
    caption = ""
    loose: list[RawCell] = []
    loose_line = 0
    for node in tag.contents.nodes if tag.contents is not None else []:
        text = str(node)
        at = source.find(text, cursor)
        at = cursor if at < 0 else at
        cursor = at + len(text)
        line = lines.line(offset + at + (len(text) - len(text.lstrip("\n"))))
        if isinstance(node, Tag) and str(node.tag) == "tr":
            if loose:
                rows.append(RawRow(loose_line, tuple(loose)))
                loose = []
            cells: list[RawCell] = []
            for cell in node.contents.nodes if node.contents is not None else []:
                if isinstance(cell, Tag) and str(cell.tag) in ("td", "th"):
                    cells += _cell(cell)
            first = next((c for c in (node.contents.nodes if node.contents else []) if isinstance(c, Tag)), None)
            row_line = line
            if first is not None:
                row_line = lines.line(offset + at + max(text.find(str(first)), 0))
            rows.append(RawRow(row_line, tuple(cells)))
        elif isinstance(node, Tag) and str(node.tag) in ("td", "th"):
            if text.lstrip().startswith("|+"):
                caption = text_of(node.contents.nodes) if node.contents is not None else ""
            else:
                # cells before the first |- belong to an implicit first row
                loose_line = loose_line or line
                loose += _cell(node)
    if loose:
        rows.append(RawRow(loose_line, tuple(loose)))
    return RawTable(lines.line(offset), caption, rows, lines.line(offset + len(source)), plain=False)


_CLUB_KEYS = re.compile(
    r"^(youthclubs|clubs|manageryears|managerclubs|years|youthyears|nationalteam|nationalyears)(\d+)$"
)


def _infobox(
    template: Template, offset: int, lines: _Lines
) -> tuple[dict[str, tuple[str, int]], list[InfoboxSpell], dt.date | None]:
    source = str(template)
    cursor = 0
    values: dict[str, tuple[str, int]] = {}
    raw: dict[str, tuple[Wikicode, int]] = {}
    birth: dt.date | None = None
    for param in template.params:
        text = str(param)
        at = source.find(text, cursor)
        at = cursor if at < 0 else at
        cursor = at + len(text)
        key = str(param.name).strip().casefold().replace(" ", "_")
        line = lines.line(offset + at)
        raw[key] = (param.value, line)
        values[key] = (text_of(param.value.nodes), line)
        if key in ("birth_date", "birthdate"):
            for node in param.value.nodes:
                if isinstance(node, Template) and _name(node) in _BIRTH:
                    try:
                        exact = date_from_parts(_positional(node)[:3], str(node)).exact
                    except ValueError:
                        exact = None
                    birth = exact or birth
    spells: list[InfoboxSpell] = []
    for key, (value, line) in raw.items():
        found = _CLUB_KEYS.match(key)
        if not found or found[1] not in ("clubs", "managerclubs"):
            continue
        years_key = ("manageryears" if found[1] == "managerclubs" else "years") + found[2]
        if years_key not in raw:
            continue
        links: list[str] = []
        team = text_of(value.nodes, links)
        years = values[years_key][0]
        if not team or not years:
            continue
        try:
            start, end, is_open = parse_years(years)
        except ValueError:
            continue
        career = Career.MANAGER if found[1] == "managerclubs" else Career.PLAYER
        shown = re.sub(r"\s*\((?:loan|caretaker|interim)\)\s*$", "", team, flags=re.I).lstrip("→ ").strip()
        spells.append(
            InfoboxSpell(line, career, shown, tuple(links), start, end, is_open, bool(CARETAKER.search(team)))
        )
    spells.sort(key=lambda s: (s.career.value, s.line))
    return values, spells, birth


def read_layout(text: str) -> Layout:
    """The parts of a wikitext biography: title, infobox, tables, headings and prose lines."""
    code = mwparserfromhell.parse(text)
    lines = _Lines(text)
    layout = Layout()
    offset = 0
    hidden: set[int] = set()
    for node in code.nodes:
        size = len(str(node))
        first, last = lines.line(offset), lines.line(offset + max(size - 1, 0))
        if isinstance(node, Tag) and str(node.tag) == "table":
            layout.tables.append(_table(node, offset, lines))
            hidden.update(range(first, last + 1))
        elif isinstance(node, Template) and _name(node).startswith("infobox"):
            values, spells, birth = _infobox(node, offset, lines)
            layout.infobox.update(values)
            layout.infobox_spells += spells
            layout.birth_date = layout.birth_date or birth
            hidden.update(range(first, last + 1))
        elif isinstance(node, Heading):
            layout.headings.append((text_of(node.title.nodes), node.level, first))
            hidden.add(first)
        elif isinstance(node, (Template, Tag, Comment)) and last > first:
            hidden.update(range(first, last + 1))
        offset += size
    for number, line in enumerate(text.splitlines(), 1):
        if number in hidden or not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith(("{|", "|", "!", "{{", "}}", "[[Category:", "[[File:", "[[Image:", "__")):
            continue  # markup of its own: a table, a template on its own line, a category
        shown = plain(line)
        if not shown:
            continue
        if stripped.startswith(("*", "#")):
            layout.items.append((number, plain(stripped.lstrip("*#:"))))
        elif stripped.startswith(";") or re.fullmatch(r"'''[^']+'''", stripped):
            layout.labels.append((number, shown))
        else:
            layout.prose.append((number, shown))
    title = layout.infobox.get("name", ("", 0))[0]
    if not title and layout.prose:
        bold = re.search(r"'''([^']+)'''", text)
        title = plain(bold.group(1)) if bold else ""
    layout.title = title
    if layout.birth_date is None:
        layout.birth_date = born_in_lead(layout.prose)
    return layout
