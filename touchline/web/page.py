"""One data object per page, and the three faces it shows: HTML, ``.json`` and ``.csv``.

A page builder (:mod:`touchline.web.pages`) returns a :class:`Page`: the facts as plain data (the JSON
twin), the main table as a :class:`~touchline.render.Report` (the CSV twin, written by the same CSV
renderer as the CLI's ``--format csv``, formulas escaped), and what the HTML template needs besides
(tables with the links behind their figures, charts). The extension of the URL picks the face, so
``/managers/jess-thorup`` and ``/managers/jess-thorup.json`` always agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from touchline.render import Column, Report, render


@dataclass(frozen=True, slots=True)
class Table:
    """A Report as the HTML shows it: per row, the link behind each linked cell (by column key).

    ``key`` names the table in the page (its footnotes are ``#KEY-note-N``); ``anchors`` gives rows an
    id to link to.
    """

    key: str
    report: Report
    links: tuple[Mapping[str, str], ...] = ()
    footer_links: tuple[Mapping[str, str], ...] = ()
    anchors: tuple[str | None, ...] = ()

    @property
    def columns(self) -> list[Column]:
        """The columns shown (those whose key does not start with ``_``)."""
        return [c for c in self.report.columns if not c.key.startswith("_")]

    def link(self, index: int, key: str, footer: bool = False) -> str | None:
        """The link behind a cell, if any."""
        links = self.footer_links if footer else self.links
        return links[index].get(key) if index < len(links) else None

    def anchor(self, index: int) -> str | None:
        """The id of a body row, if any."""
        return self.anchors[index] if index < len(self.anchors) else None


@dataclass(frozen=True, slots=True)
class Page:
    """What one URL shows: its title, the JSON facts, the CSV table and the template's context."""

    template: str
    title: str
    data: Mapping[str, object]
    table: Report | None = None
    context: Mapping[str, object] = field(default_factory=dict)
    breadcrumbs: Sequence[tuple[str, str]] = ()


def json_text(payload: object) -> str:
    """JSON as the CLI's ``--format json`` writes it (the same renderer: UTF-8, control characters
    escaped), with ``<``, ``>`` and ``&`` written as ``\\u`` escapes: the same data, but no client that
    sniffs the body can read a club named ``<script>`` as markup."""
    text = render(Report("", (), (), data=payload), "json")
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def csv_text(report: Report) -> str:
    """CSV as the CLI's ``--format csv`` writes it (cells a spreadsheet would read as formulas escaped)."""
    return render(report, "csv")
