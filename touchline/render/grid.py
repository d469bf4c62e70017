"""The terminal table drawn directly: what rich draws, at a fraction of its cost.

rich lays out every cell as a renderable (measured, wrapped, cropped and padded segment by segment):
about half a second for the 1,500 matches of one club, most of a cold ``touchline matches``. Nearly
every cell is one short line that fits its column, and needs none of that. :func:`draw` draws the
table line for line as rich's ``box.SIMPLE_HEAVY`` table does: the same column widths (each column
as wide as its widest cell, the name column at least :data:`NAME_MIN_WIDTH`; a table wider than the
terminal narrows its text columns as rich's ``Table._collapse_widths`` does, then all columns
evenly), title and caption centred, a heavy rule under the heading, a blank line before the footer
rows. Only a cell that does not fit its column (or holds spacing that rich's word wrap could fold) is
laid out word by word, as rich's ``Text.wrap`` does (with rich's own ``divide_line``). It gives
``None`` where rich would do something else (a title wider than the table, a terminal too narrow for
the columns), which
:func:`touchline.render.formats.render_text` then leaves to rich. Tests compare the two on real
reports and on generated ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from touchline.render import Align

# the least width rich gives the name column (``min_width`` of the first text column)
NAME_MIN_WIDTH = 12
# each cell's padding: a space either side
_PAD = 2


def _justify(text: str, width: int, align: Align) -> str:
    room = width - cell_len(text)
    if align == "right":
        return " " * room + text
    if align == "center":
        left = room // 2
        return " " * left + text + " " * (room - left)
    return text + " " * room


def _centred(text: str, width: int) -> str:
    room = width - cell_len(text)
    return " " * (room // 2) + text + " " * (room - room // 2)


def _plain_enough(text: str) -> bool:
    """Whether rich shows this text as it is when it fits: no space at either end or twice in a row
    (rich's word wrap may fold those), no character that is not printable (rich counts some apart)."""
    return text == text.strip() and "  " not in text and text.isprintable()


def fits(line: str, width: int) -> bool:
    """Whether rich prints this line (a footnote) as it is, on one line of ``width``."""
    return cell_len(line) <= width and _plain_enough(line)


def _wrapped(text: str, width: int, align: Align, wrap: bool) -> list[str]:
    """A cell's lines, each ``width`` wide, as rich's ``Text.wrap`` lays them out with the ellipsis
    overflow: a text column's words wrapped (a word longer than the width cropped, ending in "…"),
    a figure on one line, cropped the same way."""
    if cell_len(text) <= width and _plain_enough(text):
        return [_justify(text, width, align)]
    if wrap:
        breaks = divide_line(text, width, fold=False)
        parts = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
        # rich drops the whitespace that ends a line beyond the width
        parts = [_cut_trailing(part, width) for part in parts]
    else:
        parts = [text]
    return [set_cell_size(_aligned(part, width, align), width) for part in parts]


def _cut_trailing(part: str, width: int) -> str:
    excess = len(part) - width
    trailing = len(part) - len(part.rstrip()) if excess > 0 else 0
    return part[: len(part) - min(trailing, excess)] if trailing else part


def _ellipsis(text: str, width: int) -> str:
    return set_cell_size(text, width - 1) + "…" if cell_len(text) > width else text


def _aligned(part: str, width: int, align: Align) -> str:
    """One wrapped line justified as rich's ``Lines.justify`` does, then cropped."""
    if align == "left":
        size = cell_len(part)
        part = _ellipsis(part, width)
        if size < width:
            part += " " * (width - size)
    else:
        part = _ellipsis(part.rstrip(), width)
        room = width - cell_len(part)
        part = " " * (room // 2) + part + " " * (room - room // 2) if align == "center" else " " * room + part
    return _ellipsis(part, width)


def _collapse(widths: list[int], wrapable: list[bool], limit: int) -> list[int]:
    """rich's ``Table._collapse_widths``: narrow the widest text columns, step by step, until the
    widths fit ``limit`` (or all text columns are as narrow as the widest other one)."""
    total = sum(widths)
    excess = total - limit
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, ok in zip(widths, wrapable, strict=True) if ok)
            second = max(w if ok and w != widest else 0 for w, ok in zip(widths, wrapable, strict=True))
            ratios = [1 if (w == widest and ok) else 0 for w, ok in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not widest - second:
                break
            widths = ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
            total = sum(widths)
            excess = total - limit
    return widths


def _column_widths(longest: list[int], wraps: Sequence[bool], name: int | None, limit: int) -> list[int]:
    """Each column's width with its padding, as rich's ``Table._calculate_column_widths`` gives it for
    cells whose longest is ``longest``, within ``limit`` (the width less the borders)."""

    def measured(index: int, room: int) -> int:
        # a padded cell measures its text plus padding, at most the room; the name column at least its minimum
        width = room if room - _PAD < 1 else min(longest[index] + _PAD, room)
        return max(width, NAME_MIN_WIDTH + _PAD) if index == name else width

    widths = [measured(i, limit) or 1 for i in range(len(longest))]
    if sum(widths) > limit:
        widths = _collapse(widths, list(wraps), limit)
        if sum(widths) > limit:
            widths = ratio_reduce(sum(widths) - limit, [1] * len(widths), widths, widths)
        widths = [measured(i, room) for i, room in enumerate(widths)]
    return widths


def draw(
    title: str,
    caption: str,
    heading: Sequence[str],
    aligns: Sequence[Align],
    wraps: Sequence[bool],
    name: int | None,
    body: Sequence[Sequence[str]],
    footer: Sequence[Sequence[str]],
    width: int,
) -> str | None:
    """The table's lines (each ending in a line break), or ``None`` where rich would lay it out another
    way (a table still wider than ``width``, whose lines rich crops). ``wraps`` says which columns may
    wrap (text; figures are cropped instead); ``name`` is the index of the column kept at least
    :data:`NAME_MIN_WIDTH` wide, if any; cells are single-line texts, already made safe for the terminal."""
    count = len(heading)
    limit = width - (count + 1)  # the borders: an edge either side, a divider between columns
    if limit < 1:
        return None
    longest = [0] * count
    for row in (heading, *body, *footer):
        for index, text in enumerate(row):
            size = cell_len(text)
            if size > longest[index]:
                longest[index] = size
    widths = _column_widths(longest, wraps, name, limit)
    total = sum(widths) + count + 1
    if (
        total > width
        or any(w <= _PAD for w in widths)
        or any(cell_len(t) > total or not _plain_enough(t) for t in (title, caption) if t)
    ):
        return None
    inner = [w - _PAD for w in widths]
    blank = " " * total + "\n"

    def lines(row: Sequence[str], bottom: bool = False) -> list[str]:
        cells = [
            _wrapped(text, size, align, wrap) for text, size, align, wrap in zip(row, inner, aligns, wraps, strict=True)
        ]
        height = max(len(cell) for cell in cells)
        for cell, size in zip(cells, inner, strict=True):
            filler = [" " * size] * (height - len(cell))
            cell[:] = filler + cell if bottom else cell + filler
        return [" " + " ".join(" " + cell[i] + " " for cell in cells) + " \n" for i in range(height)]

    out = []
    if title:
        out.append(_centred(title, total) + "\n")
    out.append(blank)
    out += lines(heading, bottom=True)
    out.append(" " + "━" * (total - 2) + " \n")
    for row in body:
        out += lines(row)
    if footer:
        if body:  # rich's section line follows the last body row
            out.append(blank)
        for row in footer:
            out += lines(row)
    out.append(blank)
    if caption:
        out.append(_centred(caption, total) + "\n")
    return "".join(out)
