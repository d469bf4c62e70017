"""Search across people, clubs and competitions, and the home page listing them.

Search forgives accents, case, punctuation and small misspellings (``kobenhavn``, ``Jurgen Klop``,
``1 FC Koln``) with touchline's one name fold (:func:`touchline.reference.clubs.fold`); the name the CLI's
``manager`` and ``--club`` options would resolve (:func:`~touchline.store.people.find_person`,
:func:`~touchline.store.read.find_club`) comes first.
"""

from __future__ import annotations

import contextlib

from touchline.errors import NotFoundError
from touchline.render import Cell, Column, Report
from touchline.store import people as stored_people
from touchline.store import read
from touchline.views.listing import coverage_report
from touchline.web import links
from touchline.web.page import Page, Table
from touchline.web.pages.common import Context, Entry
from touchline.web.params import Param, Values

PARAMS: tuple[Param, ...] = (
    Param("q", "text", "What to look for: a person, club or competition, in any spelling."),
    Param("kind", "choice", "Only people, clubs or competitions.", choices=("person", "club", "competition")),
)
KINDS = ("person", "club", "competition")


def _resolved(ctx: Context, text: str) -> list[str]:
    """The ids the CLI's look-ups give for the text (a person, a club), if they give one."""
    out = []
    with contextlib.suppress(NotFoundError):
        out.append(stored_people.find_person(ctx.store, text).id)
    with contextlib.suppress(NotFoundError):
        out.append(read.find_club(ctx.store, text).id)
    return out


def build(ctx: Context, path: Values, query: Values) -> Page:
    """The search results for ``q``."""
    text = str(query["q"] or "")
    kinds = (str(query["kind"]),) if query["kind"] else KINDS
    hits: list[Entry] = ctx.index.search(text, kinds) if text else []
    if text:
        first = _resolved(ctx, text)
        by_id = {e.id: e for e in ctx.index.entries if e.kind in kinds}
        top = [by_id[i] for i in first if i in by_id]
        hits = top + [h for h in hits if h not in top]
    columns = (Column("kind", "Kind"), Column("name", "Name"), Column("id", "Id"), Column("detail", "Detail"))
    rows: tuple[dict[str, Cell], ...] = tuple(
        {"kind": e.kind, "name": e.name, "id": e.id, "detail": e.detail} for e in hits
    )
    report = Report(f"Search: {text}" if text else "Search", columns, rows)
    data = {
        "q": text,
        "results": [
            {"kind": e.kind, "id": e.id, "name": e.name, "url": e.url, "names": list(e.names), "detail": e.detail}
            for e in hits
        ],
    }
    table = Table("results", report, tuple({"name": e.url} for e in hits))
    return Page("search.html", report.title, data, report, {"results": table, "q": text, "hits": hits})


def home(ctx: Context, path: Values, query: Values) -> Page:
    """The people (managers) and competitions in the store."""
    people = stored_people.people(ctx.store)
    columns = (Column("name", "Name"), Column("spells", "Coaching spells", "right", True), Column("id", "Id"))
    rows: tuple[dict[str, Cell], ...] = tuple(
        {"name": p.name, "spells": coaching, "id": p.id} for p, _, coaching, _ in people
    )
    people_report = Report("Managers", columns, rows)
    rows_coverage = read.coverage(ctx.store)
    competitions: dict[str, list[read.CoverageRow]] = {}
    for row in rows_coverage:
        competitions.setdefault(row.competition, []).append(row)
    comp_columns = (
        Column("competition", "Code"),
        Column("name", "Name"),
        Column("seasons", "Seasons", "right", True),
        Column("first", "First"),
        Column("last", "Last"),
        Column("matches", "Matches", "right", True),
    )
    comp_rows: tuple[dict[str, Cell], ...] = tuple(
        {
            "competition": code,
            "name": items[0].name,
            "seasons": len(items),
            "first": items[0].season,
            "last": items[-1].season,
            "matches": sum(i.matches for i in items),
        }
        for code, items in sorted(competitions.items())
    )
    comp_report = Report("Competitions", comp_columns, comp_rows)
    data = {
        "managers": [{"id": p.id, "name": p.name, "coaching_spells": c} for p, _, c, _ in people],
        "competitions": list(comp_rows),
        "coverage": coverage_report(rows_coverage).data,
    }
    context = {
        "people": Table("people", people_report, tuple({"name": links.manager(p.id)} for p, _, _, _ in people)),
        "competitions": Table(
            "competitions",
            comp_report,
            tuple(
                {
                    "name": links.competition(code),
                    "competition": links.competition(code),
                    "first": links.season(code, items[0].season),
                    "last": links.season(code, items[-1].season),
                    "matches": links.matches([("competition", code)]),
                }
                for code, items in sorted(competitions.items())
            ),
        ),
    }
    return Page("home.html", "touchline", data, comp_report, context)
