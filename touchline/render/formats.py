"""The built-in renderers: text, wiki, md, html, csv, json.

Each escapes every piece of text it prints for its format (the rules are listed in
:mod:`touchline.render`), so a name from a data file is shown as written and never read as markup.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from touchline.render import (
    Cell,
    Column,
    Report,
    cell_text,
    grid,
    inline,
    note_marks,
    note_numbers,
    plain,
    register,
    visible,
)

if TYPE_CHECKING:
    from rich.text import Text


def _first_key(report: Report) -> str:
    return visible(report.columns, report.rows)[0].key


@register("text")
def render_text(report: Report) -> str:
    """A table for the terminal, footnotes below it: drawn directly where it fits the terminal's width
    (:mod:`touchline.render.grid`), by rich otherwise (its text columns wrap)."""
    columns = visible(report.columns, report.rows)
    name = next((c for c in columns if not c.numeric), None)
    first = columns[0].key
    # the terminal's width, or COLUMNS, or 120 when printing to a pipe: the same output for the same width
    width = shutil.get_terminal_size((120, 24)).columns
    notes = [inline(f"[{number}] {note}") for number, note in enumerate(report.notes, 1)]
    drawn = grid.draw(
        inline(report.title) if report.title else "",
        inline(report.caption) if report.caption else "",
        [inline(c.title) for c in columns],
        [c.align for c in columns],
        [not c.numeric for c in columns],
        None if name is None else columns.index(name),
        [_cell_texts(row, columns, first) for row in report.rows],
        [_cell_texts(row, columns, first) for row in report.footer],
        width,
    )
    if drawn is not None and all(grid.fits(note, width) for note in notes):
        return drawn + "".join(f"{note}\n" for note in notes)
    return _rich_text(report, columns, name, width)


def _rich_text(report: Report, columns: list[Column], name: Column | None, width: int) -> str:
    """The report as a rich table (which wraps text columns to fit ``width``), footnotes below it."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=_text(report.title, "table.title") if report.title else None,
        box=box.SIMPLE_HEAVY,
        caption=_text(report.caption, "table.caption") if report.caption else None,
        show_footer=False,
    )
    for column in columns:
        # figures never wrap; text columns may, the first of them (the name) keeping room for a word or two
        table.add_column(
            _text(column.title),
            justify=column.align,
            no_wrap=column.numeric,
            min_width=grid.NAME_MIN_WIDTH if column is name else None,
        )
    first = columns[0].key
    for row in report.rows:
        table.add_row(*map(_text, _cell_texts(row, columns, first)))
    if report.footer:
        table.add_section()
        for row in report.footer:
            table.add_row(*map(_text, _cell_texts(row, columns, first)), style="bold")
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, legacy_windows=False)
    console.print(table)
    for number, note in enumerate(report.notes, 1):
        console.print(_text(f"[{number}] {note}"))
    return buffer.getvalue()


def _text(text: str, style: str = "") -> Text:
    """Data text for rich: a Text, which rich never reads as markup (a club named ``[/x]`` would crash a
    str cell), on one line and with control characters (terminal escape sequences) shown as ``\\xNN``."""
    from rich.text import Text

    return Text(inline(text), style=style)


def _cell_texts(row: Mapping[str, Cell], columns: list[Column], first: str) -> list[str]:
    """A row's cells as single-line terminal text, the first with the row's footnote marks."""
    cells = []
    for column in columns:
        text = inline(cell_text(row.get(column.key)))
        if column.key == first:
            text += note_marks(row, lambda n: f" [{n}]")
        cells.append(text)
    return cells


@register("wiki")
def render_wiki(report: Report) -> str:
    """A sortable wikitable, ready to paste into an encyclopedia article; footnotes as <ref> groups."""
    columns = visible(report.columns, report.rows)
    first = columns[0].key
    defined: set[int] = set()

    def efn(number: int) -> str:
        # the first mark of a note carries its text; later marks refer to it by name
        if number in defined:
            return f"{{{{efn|name=n{number}}}}}"
        defined.add(number)
        return f"{{{{efn|name=n{number}|{_wiki(report.notes[number - 1], argument=True)}}}}}"

    # a note no row carries (one on the whole table: shoot-outs missing from the data, fixtures without a
    # result) is marked on the caption, so that {{notelist}} lists it too
    carried = {n for row in (*report.rows, *report.footer) for n in note_numbers(row)}
    table_wide = "".join(efn(n) for n in range(1, len(report.notes) + 1) if n not in carried)
    lines = ['{| class="wikitable sortable" style="text-align: center"']
    if report.caption or report.title or table_wide:
        lines.append(f"|+ {_wiki(report.caption or report.title or '')}{table_wide}")
    lines.append("|-")
    lines.append("! " + " !! ".join(_wiki_heading(c) for c in columns))
    for row in report.rows:
        lines.append("|-")
        lines.append(_wiki_row(row, columns, first, efn))
    for row in report.footer:
        lines.append('|- class="sortbottom"')
        lines.append(_wiki_row(row, columns, first, efn, bold=True))
    lines.append("|}")
    if report.notes:
        lines.append("{{notelist}}")
    return "\n".join(lines) + "\n"


# what wikitext reads as markup anywhere in a line: cell and attribute bars ("a || b", "a | b"), heading
# cell separators, templates and parser functions, links, tags and comments, bold and italics,
# signatures, behaviour switches such as __NOTOC__, and character references (shown as written)
_WIKI_MARKUP = re.compile(r"[|{}\[\]<>]|!!|''|~~~|__|&#?\w+;")
# beside the bold or italic quote marks the renderer puts around a cell, an apostrophe at either end of
# the text would join them
_WIKI_EDGE_QUOTE = re.compile(r"^'|'$")


def _wiki(text: str, *, quoted: bool = False, argument: bool = False) -> str:
    """Text as wikitext that cannot change the table: on one line (so it never starts a line such as
    ``|-`` or ``*``) and, when it holds markup, inside ``<nowiki>`` with its ``&``, ``<`` and ``>`` as
    entities (so a ``</nowiki>`` in it cannot end the tag). ``quoted``: the text goes between bold or
    italic quote marks; ``argument``: it is a template argument, where ``=`` would name a parameter.
    Names without markup are left as they are."""
    text = inline(text)
    if _WIKI_MARKUP.search(text) or (quoted and _WIKI_EDGE_QUOTE.search(text)) or (argument and "=" in text):
        return f"<nowiki>{html.escape(text, quote=False)}</nowiki>"
    return text


def _wiki_heading(column: Column) -> str:
    if column.numeric:
        return f'data-sort-type="number" | {_wiki(column.title)}'
    return _wiki(column.title)


def _wiki_row(
    row: Mapping[str, Cell], columns: list[Column], first: str, efn: Callable[[int], str], bold: bool = False
) -> str:
    values = [row.get(column.key) for column in columns]
    name = next((c for c in columns if not c.numeric), None)  # the name column is left-aligned
    # a figure cell followed only by empty ones ("no data") spans them, as encyclopedia tables do
    last = max((i for i, v in enumerate(values) if v is not None), default=0)
    span = len(values) - last if last > 0 and columns[last].numeric else 1
    cells = []
    for index, (column, value) in enumerate(zip(columns, values, strict=True)):
        if index > last and span > 1:
            break
        spans = index == last and span > 1
        text = _wiki(cell_text(value), quoted=bold or spans)
        if column.key == first:
            text += note_marks(row, efn)
        if bold and text:
            text = f"'''{text}'''"
        if spans:
            text = f'colspan="{span}" | ' + "''" + text + "''"
        elif column is name:
            text = f'style="text-align: left" | {text}'
        cells.append(text)
    return "| " + " || ".join(cells)


@register("md")
def render_md(report: Report) -> str:
    """A GitHub-flavoured Markdown table with footnotes below."""
    columns = visible(report.columns, report.rows)
    first = columns[0].key
    align = {"left": ":---", "right": "---:", "center": ":---:"}
    lines = [f"**{_md(report.title)}**", ""] if report.title else []
    lines.append("| " + " | ".join(_md(c.title) for c in columns) + " |")
    lines.append("| " + " | ".join(align[c.align] for c in columns) + " |")
    for row in report.rows:
        lines.append(_md_row(row, columns, first))
    for row in report.footer:
        lines.append(_md_row(row, columns, first, bold=True))
    if report.notes:
        lines.append("")
        lines.extend(f"[{n}] {_md(note)}  " for n, note in enumerate(report.notes, 1))
    return "\n".join(lines) + "\n"


# backslash-escaped: the backslash itself (or "a\|b" would end a cell), GFM's cell bar, code spans,
# emphasis, links and images, strikethrough; "_" only where it can open or close emphasis, that is not
# between two letters or digits (so a path such as "2024-25_dk1.txt" stays as it is)
_MD_PUNCTUATION = re.compile(r"[\\|`*\[\]~]|(?<![^\W_])_|_(?![^\W_])")
# an "&" that would start a character reference ("&amp;" would show as "&")
_MD_REFERENCE = re.compile(r"&(?=#?\w+;)")


def _md(text: str) -> str:
    """Text for a Markdown table cell or line that can neither end the cell nor render as markup or HTML.

    ``<`` and ``>`` become entities, not backslash escapes, which some Markdown dialects do not honour;
    a ``#`` opening the text is escaped so that it never starts a heading.
    """
    text = _MD_REFERENCE.sub("&amp;", inline(text))
    text = _MD_PUNCTUATION.sub(lambda m: "\\" + m.group(), text).replace("<", "&lt;").replace(">", "&gt;")
    return "\\" + text if text.startswith("#") else text


def _md_row(row: Mapping[str, Cell], columns: list[Column], first: str, bold: bool = False) -> str:
    cells = []
    for column in columns:
        text = _md(cell_text(row.get(column.key)))
        if column.key == first:
            text += note_marks(row, lambda n: f" [{n}]")
        if bold and text:
            text = f"**{text}**"
        cells.append(text)
    return "| " + " | ".join(cells) + " |"


@register("html")
def render_html(report: Report) -> str:
    """An HTML fragment: a table with caption, a footer section and an ordered list of notes."""
    columns = visible(report.columns, report.rows)
    first = columns[0].key
    out = ['<table class="touchline">']
    if report.title:
        out.append(f"<caption>{_html(report.title)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{_html(c.title)}</th>" for c in columns) + "</tr></thead>")
    out.append("<tbody>")
    out.extend(_html_row(row, columns, first) for row in report.rows)
    out.append("</tbody>")
    if report.footer:
        out.append("<tfoot>")
        out.extend(_html_row(row, columns, first) for row in report.footer)
        out.append("</tfoot>")
    out.append("</table>")
    if report.notes:
        out.append('<ol class="notes">')
        out.extend(f'<li id="note-{n}">{_html(note)}</li>' for n, note in enumerate(report.notes, 1))
        out.append("</ol>")
    return "\n".join(out) + "\n"


def _html(text: str) -> str:
    """Text as HTML element content: ``&<>"'`` as entities, control characters as ``\\xNN``."""
    return html.escape(plain(text))


def _html_row(row: Mapping[str, Cell], columns: list[Column], first: str) -> str:
    cells = []
    for column in columns:
        text = _html(cell_text(row.get(column.key)))
        if column.key == first:
            text += note_marks(row, lambda n: f'<sup><a href="#note-{n}">[{n}]</a></sup>')
        style = f' class="{column.align}"' if column.align != "left" else ""
        cells.append(f"<td{style}>{text}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


@register("csv")
def render_csv(report: Report) -> str:
    """CSV with a header row of column keys; footer rows follow the body rows."""
    columns = visible(report.columns, report.rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_csv(c.key) for c in columns])
    for row in (*report.rows, *report.footer):
        writer.writerow([_csv(row.get(c.key)) for c in columns])
    return buffer.getvalue()


# OWASP on CSV injection: a spreadsheet reads a cell starting with one of these as a formula; spreadsheets
# differ in whether they trim leading spaces first, so a cell is judged by its first character after them
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# a figure as the reports write it ("+17", "-3", "48.97", "12.5%"): a spreadsheet reads it as a number,
# never as a formula, so it keeps its sign ("−6", with the typographic minus, starts no formula at all)
_FIGURE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?%?")


def _csv(value: Cell) -> Cell:
    """A cell for the csv module (which quotes commas, quotes and newlines): numbers as they are; text
    with control characters as ``\\xNN`` (the csv module leaves a bare carriage return unquoted, and a
    spreadsheet would end the row there) and prefixed with ``'`` when a spreadsheet would read it as a
    formula."""
    if not isinstance(value, str):
        return "" if value is None else value
    text = plain(value)
    if text.lstrip(" ").startswith(_FORMULA_START) and not _FIGURE.fullmatch(text):
        return "'" + text
    return text


# what json.dumps(ensure_ascii=False) leaves raw but a terminal or a browser would act on: DEL and the C1
# control characters (U+009B is a terminal's CSI), the bidirectional embeddings, overrides and isolates
# (U+202A-U+202E, U+2066-U+2069) and marks (U+200E, U+200F, U+061C), which display a name reordered, and
# the line and paragraph separators (U+2028, U+2029), which end a line in an editor and, before ES2019, a
# JavaScript string
_JSON_CONTROL = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@register("json")
def render_json(report: Report) -> str:
    """The report's JSON payload (``data``), or its rows when it has none."""
    payload = report.data
    if payload is None:
        payload = {
            "title": report.title,
            "rows": [dict(r) for r in report.rows],
            "footer": [dict(r) for r in report.footer],
            "notes": list(report.notes),
        }
    text = json.dumps(payload, ensure_ascii=False, indent=2, default=str)
    # json.dumps escapes C0 control characters but, with ensure_ascii=False, writes the characters of
    # _JSON_CONTROL raw; outside its strings JSON text is ASCII, so this changes strings only
    return _JSON_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
