"""From raw table rows to a :class:`RecordTable` (floor 2: pure).

Both readers hand over a table as rows of :class:`RawCell` (text, link targets, spans, whether a
header cell, and for cells a template expanded, the record column they fill). This module lays the
cells out in a grid (``rowspan`` and ``colspan`` as the browser would), names each column from the
header cells above it (the lowest header cell wins: a two-row header with a "Record" group over
G, W, D, L ...), and reads every data row: team, From and To dates, record cells. A table of another
shape (no Team/From/To columns, a row of the wrong width, a date that is none) is a
:class:`~touchline.errors.ParseError` naming the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from touchline.article.dates import ArticleDate, is_present, parse_date
from touchline.article.document import RECORD_KEYS, TITLES, Cell, RecordTable, TableRow
from touchline.errors import ParseError

# how tables name their columns, folded (lower case, no dots or spaces at the ends)
COLUMN_NAMES = {
    "team": ("team", "club", "nation", "team/club", "club/team", "national team", "side"),
    "from": ("from", "start", "appointed", "since"),
    "to": ("to", "until", "end", "left", "departed"),
    "g": ("g", "p", "pld", "played", "gp", "m", "mp", "games", "matches", "apps"),
    "w": ("w", "won", "wins"),
    "d": ("d", "drawn", "draws", "drew", "t", "ties"),
    "l": ("l", "lost", "losses", "defeats"),
    "gf": ("gf", "f", "goals for", "for", "gs", "goals scored"),
    "ga": ("ga", "a", "goals against", "against", "gc", "goals conceded"),
    "gd": ("gd", "goal difference", "+/-", "+/−", "diff", "dif", "±"),
    "win_pct": ("win %", "win%", "w%", "win percentage", "%", "win pct", "winning percentage", "pct"),
    "record": ("record", "managerial record", "results"),
    "ref": ("ref", "ref.", "refs", "refs.", "reference", "references", "notes", "note", "source", "sources"),
}
_BY_NAME = {name: key for key, names in COLUMN_NAMES.items() for name in names}
# a caretaker spell as tables mark it
CARETAKER = re.compile(r"\b(caretaker|interim)\b", re.I)
_NUMBER = re.compile(r"^[+\-−–]?\d+(?:[.,]\d+)?\s*%?$")
# a figure in groups of three digits: 1,225, 1 225, 1\u202f225 (the separator one kind throughout)
_GROUPED = re.compile(r"^([+\-−–]?\d{1,3})((?P<sep>[, \u00a0\u202f\u2009'])\d{3})(?:(?P=sep)\d{3})*$")
# a footnote marker a rendering leaves in a cell: Arsenal[a], 1,225[b], [1], [note 2], [nb 1]
_MARKER = re.compile(r"\s*\[(?:\d{1,3}|[a-z]{1,2}|(?:note|nb|n|lower-alpha|upper-alpha)\s*\d+|[a-z]\s*\d+)\]", re.I)
TOTAL_NAMES = ("total", "career total", "totals", "overall", "career")


def column_key(title: str) -> str | None:
    """The column a header text names (``"Pld"`` -> ``"g"``), or ``None``."""
    folded = " ".join(title.replace("\u00a0", " ").split()).strip(" .:*").casefold()
    return _BY_NAME.get(folded) or _BY_NAME.get(folded.rstrip("."))


@dataclass(frozen=True, slots=True)
class RawCell:
    """A table cell as a reader found it. ``key`` is set for cells a template expanded into a known
    record column (``{{WDL}}``), ``derived`` for those the template computes; ``date`` for a date a
    template gave (``{{dts|...}}``) and ``date_error`` when that template held no date."""

    text: str
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    links: tuple[str, ...] = ()
    key: str | None = None
    derived: bool = False
    date: ArticleDate | None = None
    date_error: str = ""


@dataclass(frozen=True, slots=True)
class RawRow:
    """A table row and the line of the file it starts on."""

    line: int
    cells: tuple[RawCell, ...]


@dataclass(slots=True)
class _Grid:
    """Cells carried down into later rows by their ``rowspan``: column -> (rows left, cell)."""

    pending: dict[int, tuple[int, RawCell]] = field(default_factory=dict)

    def place(self, cells: Sequence[RawCell]) -> dict[int, RawCell]:
        """Lay out one row: cells fill the columns not taken by rowspans from above."""
        out: dict[int, RawCell] = {}
        for column, (left, cell) in list(self.pending.items()):
            out[column] = cell
            if left <= 1:
                del self.pending[column]
            else:
                self.pending[column] = (left - 1, cell)
        cursor = 0
        for cell in cells:
            while cursor in out:
                cursor += 1
            for offset in range(max(cell.colspan, 1)):
                # the first column of a span holds the text; the rest hold an empty copy
                shown = cell if offset == 0 else RawCell("", cell.header, 1, 1)
                out[cursor + offset] = shown
                if cell.rowspan > 1:
                    self.pending[cursor + offset] = (cell.rowspan - 1, shown)
            cursor += max(cell.colspan, 1)
        return out


def _is_header(row: RawRow) -> bool:
    return bool(row.cells) and all(c.header for c in row.cells) and not _is_total(row)


def _is_total(row: RawRow) -> bool:
    return bool(row.cells) and row.cells[0].text.strip().casefold().rstrip(":") in TOTAL_NAMES


def header_columns(rows: Sequence[RawRow]) -> tuple[list[str | None], int]:
    """The column keys the header rows name (``None`` for a column touchline does not read) and how
    many rows the header takes."""
    grid = _Grid()
    names: dict[int, str | None] = {}
    used = 0
    for row in rows:
        if not _is_header(row):
            break
        used += 1
        for column, cell in grid.place(row.cells).items():
            key = column_key(cell.text)
            # a group title ("Record") is replaced by the column titles below it
            if key is not None or column not in names:
                names[column] = key
    if not names:
        return [], 0
    width = max(names) + 1
    return [names.get(c) for c in range(width)], used


def plain_header_columns(rows: Sequence[RawRow]) -> tuple[list[str | None], int]:
    """The columns of a plain rendering's header rows, where spans are lost: a "Record" group is
    replaced by the record columns of the next header row, which otherwise follow the first row's."""
    headers = []
    for row in rows:
        if not row.cells or _is_total(row):
            break
        keys = [column_key(c.text) for c in row.cells]
        if not all(k is not None for k in keys):
            break
        headers.append(keys)
    if not headers:
        return [], 0
    columns: list[str | None] = list(headers[0])
    for below in headers[1:]:
        if "record" in columns:
            at = columns.index("record")
            columns[at : at + 1] = below
        else:
            columns += [k for k in below if k not in columns]
    return columns, len(headers)


def _number_or_text(cell: RawCell) -> Cell:
    return Cell(" ".join(cell.text.split()), cell.derived)


def _date(cell: RawCell | None, file: str, line: int, what: str) -> tuple[ArticleDate | None, bool]:
    """(date, open) of a From or To cell; a ParseError naming the line when it is not a date."""
    if cell is None or (not cell.text.strip() and cell.date is None and not cell.date_error):
        if what == "To":
            return None, True
        raise ParseError(
            f"the {what} cell of this row is empty (expected a date such as 1 July 2019)", file=file, line=line
        )
    if cell.date_error:
        raise ParseError(f"{what} date {cell.date_error}", file=file, line=line)
    if cell.date is not None:
        return cell.date, False
    text = cell.text.strip()
    if what == "To" and is_present(text):
        return None, True
    try:
        return parse_date(text), False
    except ValueError:
        raise ParseError(
            f"{what} date {text!r} is not a date (expected 1 July 2019, July 2019, 2019 or present)",
            file=file,
            line=line,
        ) from None


def _unmarked_cell(cell: RawCell) -> RawCell:
    text = unmarked(cell.text)
    return cell if text == cell.text else replace(cell, text=text)


def _describe(columns: Sequence[str | None]) -> str:
    return ", ".join(TITLES.get(c or "", c or "?") for c in columns if c not in (None, "record", "ref"))


def shape(
    rows: Sequence[RawRow], *, file: str, line: int, caption: str = "", plain: bool = False, end_line: int = 0
) -> RecordTable:
    """The managerial statistics table from its raw rows; ParseError (file:line) on another shape.
    Footnote markers a rendering leaves in cells (``Arsenal[a]``, ``1,225[1]``) are left out."""
    rows = [RawRow(r.line, tuple(_unmarked_cell(c) for c in r.cells)) for r in rows]
    columns, used = plain_header_columns(rows) if plain else header_columns(rows)
    if not columns or not {"team", "from", "to"} <= set(columns):
        found = _describe(columns) if columns else "no header row"
        raise ParseError(
            f"the managerial statistics table has columns {found or 'none that touchline reads'} "
            "(expected Team, From and To, then G, W, D, L ...)",
            file=file,
            line=rows[0].line if rows else line,
        )
    out: list[TableRow] = []
    total = None
    grid = _Grid()
    for row in rows[used:]:
        if not row.cells or (_is_header(row) and not _is_total(row)):
            continue
        if _is_total(row):
            total = _total_row(row, columns, file, plain)
            continue
        placed = _place(row, columns, grid, file, plain)
        team_cell = placed.get("team")
        team = " ".join((team_cell.text if team_cell else "").split())
        if not team:
            raise ParseError("a row of the managerial statistics table without a team", file=file, line=row.line)
        start, _ = _date(placed.get("from"), file, row.line, "From")
        end, _ = _date(placed.get("to"), file, row.line, "To")
        if start is not None and end is not None and end.last < start.first:
            raise ParseError(f"the spell at {team} ends ({end}) before it starts ({start})", file=file, line=row.line)
        cells = {k: _number_or_text(c) for k, c in placed.items() if k in RECORD_KEYS}
        out.append(
            TableRow(
                line=row.line,
                team=team,
                links=team_cell.links if team_cell else (),
                start=start,
                end=end,
                cells=cells,
                caretaker=bool(CARETAKER.search(team)),
                from_text=(placed["from"].text.strip() if "from" in placed else ""),
                to_text=(placed["to"].text.strip() if "to" in placed else ""),
            )
        )
    if not out:
        raise ParseError("the managerial statistics table has no rows of spells", file=file, line=line)
    return RecordTable(line, caption, tuple(c or "" for c in columns), tuple(out), total, end_line or rows[-1].line)


def _place(row: RawRow, columns: list[str | None], grid: _Grid, file: str, plain: bool) -> dict[str, RawCell]:
    """A data row's cells by column key: positional cells fill the columns in order (record columns
    too, unless a template gave the record cells by key); a plain rendering's short row (Team, From,
    To only) leaves the record cells empty."""
    keyed = [c for c in row.cells if c.key is not None]
    positional = [c for c in row.cells if c.key is None]
    record = [i for i, k in enumerate(columns) if k in RECORD_KEYS]
    if keyed:
        # the template's cells take the record columns: lay out the others around them
        others = [k for k in columns if k not in RECORD_KEYS]
        placed = grid.place(positional)
        out = {others[i]: c for i, c in placed.items() if i < len(others) and others[i]}
        out.update({c.key: c for c in keyed if c.key})
        return {k: v for k, v in out.items() if k}
    if plain:
        return _plain_row(row, positional, columns, file)
    placed = grid.place(positional)
    width = max(placed) + 1 if placed else 0
    first_record = min(record, default=len(columns))
    if width > len(columns) or first_record < width < len(columns) - _trailing(columns):
        raise ParseError(
            f"a row of {width} cells in a table of {len(columns)} columns ({_describe(columns)})",
            file=file,
            line=row.line,
        )
    return {k: c for i, c in placed.items() if i < len(columns) and (k := columns[i])}


def _trailing(columns: Sequence[str | None]) -> int:
    """Columns after the record columns (a Ref. column), which a row may leave out."""
    last = max((i for i, k in enumerate(columns) if k in RECORD_KEYS), default=len(columns) - 1)
    return len(columns) - 1 - last


def _fits_standard(width: int, columns: Sequence[str | None]) -> bool:
    """Whether a plain row wider than its header fits Team, From, To and the standard record columns
    (a rendering that lost some header cells: the seed's ``| G | W | D |``)."""
    base = [k for k in columns if k not in RECORD_KEYS]
    extra = width - len(base)
    recorded = [k for k in columns if k in RECORD_KEYS]
    return width > len(columns) and 0 < extra <= len(RECORD_KEYS) and recorded == list(RECORD_KEYS[: len(recorded)])


def _plain_row(row: RawRow, cells: list[RawCell], columns: list[str | None], file: str) -> dict[str, RawCell]:
    """A plain rendering's row: as wide as the header, or Team, From, To alone (the record left
    empty), or wider than a header that lost cells, read in the standard order G, W, D, L, GF, GA ..."""
    width = len(cells)
    base = [k for k in columns if k not in RECORD_KEYS]
    if width == len(columns):
        keys: list[str | None] = list(columns)
    elif width == len(base) or (width == len(base) - 1 and base[-1] == "ref"):
        keys = base
    elif _fits_standard(width, columns):
        keys = [*base, *RECORD_KEYS[: width - len(base)]]
    else:
        raise ParseError(
            f"a row of {width} cells in a table of {len(columns)} columns ({_describe(columns)})",
            file=file,
            line=row.line,
        )
    return {k: c for k, c in zip(keys, cells, strict=False) if k}


def _total_row(row: RawRow, columns: list[str | None], file: str, plain: bool) -> TableRow:
    """The total row: a first cell spanning Team, From and To (or three cells), then the record."""
    record = [k for k in columns if k in RECORD_KEYS]
    rest = [c for c in row.cells[1:] if c.key is None]
    if row.cells[0].colspan < 2 and len(rest) not in (len(record), len(record) + _trailing(columns)):
        # Team, From and To as three cells ("| Total | | |"): the record starts after them
        rest = rest[2:]
    figures = {k: Cell(" ".join(c.text.split()), c.derived) for k, c in zip(record, rest, strict=False)}
    figures.update({c.key: Cell(" ".join(c.text.split()), c.derived) for c in row.cells if c.key is not None})
    return TableRow(row.line, "Total", (), None, None, figures)


def unmarked(text: str) -> str:
    """A cell's text without the footnote markers a rendering leaves in it (``Arsenal[a]``,
    ``1,225[1]``)."""
    return _MARKER.sub("", text).strip() if "[" in text else text


def figure(text: str, key: str = "g") -> float | None:
    """A record figure as the article writes it, or ``None`` when the cell holds none: ``−14``,
    ``+5``, ``55.19``, ``55,2 %``, and a count in groups of three digits (``1,225``, ``1 225``,
    ``1\u202f225`` read as 1225; in the win % column a comma is a decimal comma: ``33,333``)."""
    cleaned = " ".join(unmarked(text).replace("\u202f", " ").replace("\u2009", " ").split())
    cleaned = cleaned.replace("−", "-").replace("–", "-").replace("%", "").strip()
    if key != "win_pct" and _GROUPED.match(cleaned):
        cleaned = re.sub(r"[, ']", "", cleaned)
    cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def is_number(text: str) -> bool:
    """Whether a cell holds a figure (``154``, ``+109``, ``−14``, ``55.19``, ``55.2%``, ``1,225``)."""
    return bool(_NUMBER.match(text.strip())) or figure(text) is not None
