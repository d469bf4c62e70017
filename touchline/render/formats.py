"""The built-in renderers: text, wiki, md, html, csv, json."""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
from collections.abc import Callable, Mapping

from rich import box
from rich.console import Console
from rich.table import Table

from touchline.render import Cell, Column, Report, cell_text, note_marks, register, visible


def _first_key(report: Report) -> str:
    return visible(report.columns, report.rows)[0].key


@register("text")
def render_text(report: Report) -> str:
    """A rich table for the terminal, footnotes below it."""
    table = Table(title=report.title, box=box.SIMPLE_HEAVY, caption=report.caption, show_footer=False)
    columns = visible(report.columns, report.rows)
    name = next((c for c in columns if not c.numeric), None)
    for column in columns:
        # figures never wrap; text columns may, the first of them (the name) keeping room for a word or two
        table.add_column(
            column.title, justify=column.align, no_wrap=column.numeric, min_width=12 if column is name else None
        )
    first = columns[0].key
    for row in report.rows:
        table.add_row(*_text_cells(row, columns, first))
    if report.footer:
        table.add_section()
        for row in report.footer:
            table.add_row(*_text_cells(row, columns, first), style="bold")
    buffer = io.StringIO()
    # the terminal's width, or COLUMNS, or 120 when printing to a pipe: the same output for the same width
    width = shutil.get_terminal_size((120, 24)).columns
    console = Console(file=buffer, width=width, color_system=None, legacy_windows=False)
    console.print(table)
    for number, note in enumerate(report.notes, 1):
        console.print(f"[{number}] {note}", highlight=False, markup=False)
    return buffer.getvalue()


def _text_cells(row: Mapping[str, Cell], columns: list[Column], first: str) -> list[str]:
    cells = []
    for column in columns:
        text = cell_text(row.get(column.key))
        if column.key == first:
            text += note_marks(row, lambda n: f" [{n}]")
        cells.append(text)
    return cells


@register("wiki")
def render_wiki(report: Report) -> str:
    """A sortable wikitable, ready to paste into an encyclopedia article; footnotes as <ref> groups."""
    columns = visible(report.columns, report.rows)
    first = columns[0].key
    lines = ['{| class="wikitable sortable" style="text-align: center"']
    if report.caption or report.title:
        lines.append(f"|+ {report.caption or report.title}")
    lines.append("|-")
    lines.append("! " + " !! ".join(_wiki_heading(c) for c in columns))
    defined: set[int] = set()

    def efn(number: int) -> str:
        # the first mark of a note carries its text; later marks refer to it by name
        if number in defined:
            return f"{{{{efn|name=n{number}}}}}"
        defined.add(number)
        return f"{{{{efn|name=n{number}|{report.notes[number - 1]}}}}}"

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


def _wiki_heading(column: Column) -> str:
    if column.numeric:
        return f'data-sort-type="number" | {column.title}'
    return column.title


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
        text = cell_text(value)
        if column.key == first:
            text += note_marks(row, efn)
        if bold and text:
            text = f"'''{text}'''"
        if index == last and span > 1:
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
    lines = [f"**{report.title}**", ""] if report.title else []
    lines.append("| " + " | ".join(c.title for c in columns) + " |")
    lines.append("| " + " | ".join(align[c.align] for c in columns) + " |")
    for row in report.rows:
        lines.append(_md_row(row, columns, first))
    for row in report.footer:
        lines.append(_md_row(row, columns, first, bold=True))
    if report.notes:
        lines.append("")
        lines.extend(f"[{n}] {note}  " for n, note in enumerate(report.notes, 1))
    return "\n".join(lines) + "\n"


def _md_row(row: Mapping[str, Cell], columns: list[Column], first: str, bold: bool = False) -> str:
    cells = []
    for column in columns:
        text = cell_text(row.get(column.key)).replace("|", "\\|")
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
        out.append(f"<caption>{html.escape(report.title)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{html.escape(c.title)}</th>" for c in columns) + "</tr></thead>")
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
        out.extend(f'<li id="note-{n}">{html.escape(note)}</li>' for n, note in enumerate(report.notes, 1))
        out.append("</ol>")
    return "\n".join(out) + "\n"


def _html_row(row: Mapping[str, Cell], columns: list[Column], first: str) -> str:
    cells = []
    for column in columns:
        text = html.escape(cell_text(row.get(column.key)))
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
    writer.writerow([c.key for c in columns])
    for row in (*report.rows, *report.footer):
        writer.writerow(["" if row.get(c.key) is None else row.get(c.key) for c in columns])
    return buffer.getvalue()


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
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
