"""The league-table view: a computed :class:`~touchline.compute.tables.LeagueTable` as a Report.

The columns are those of an encyclopedia season article's league table (Pos, Team, Pld, W, D, L, GF,
GA, GD, Pts), so ``--format wiki`` pastes straight into an article; form, groups and carried points
are added when asked for or when the table has them, and deductions, halved points and a
competition's decisions become footnotes.
"""

from __future__ import annotations

from touchline.compute.tables import LeagueTable, TableRow
from touchline.compute.totals import deduction_note, halved_clubs
from touchline.render import Cell, Column, Report

MINUS = "\u2212"  # the encyclopedia's minus sign in goal differences: "−32"


def goal_difference(value: int) -> str:
    """A goal difference as a league table prints it: ``+65``, ``0``, ``−32``."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"{MINUS}{-value}"
    return "0"


def table_title(table: LeagueTable) -> str:
    """``Bundesliga 2023-24``, ``Belgian First Division A 2018-19, Playoff I, as of 2019-04-01``."""
    parts = [f"{table.rules.name or table.competition} {table.season}".strip()]
    if table.stage:
        parts.append(table.stage)
    if table.venue != "all":
        parts.append(f"{table.venue} table")
    if table.matchday is not None:
        parts.append(f"after matchday {table.matchday}")
    if table.as_of is not None:
        parts.append(f"as of {table.as_of.isoformat()}")
    return ", ".join(parts)


def table_report(table: LeagueTable, *, title: str | None = None, form: bool = False) -> Report:
    """The table as a Report for every output format (text, wiki, md, html, csv, json).

    ``form`` adds the last-five-results column. A ``Group`` column appears when the stage was ranked
    in groups, a ``Stage`` column in final standings placed by several stages, and a ``Carried``
    column when clubs started the stage with carried (halved) points.
    """
    rows = table.rows
    columns = [Column("position", "Pos", "right", numeric=True), Column("club", "Team")]
    if any(row.group for row in rows):
        columns.insert(0, Column("group", "Group", "center"))
    elif table.final and len({row.stage for row in rows}) > 1:
        columns.append(Column("stage", "Stage"))  # final standings: the stage whose table placed the club
    columns += [
        Column("played", "Pld", "right", numeric=True),
        Column("won", "W", "right", numeric=True),
        Column("drawn", "D", "right", numeric=True),
        Column("lost", "L", "right", numeric=True),
        Column("gf", "GF", "right", numeric=True),
        Column("ga", "GA", "right", numeric=True),
        Column("gd", "GD", "right", numeric=True),
    ]
    if any(row.carried is not None for row in rows):
        columns.append(Column("carried", "Carried", "right", numeric=True))
    columns.append(Column("points", "Pts", "right", numeric=True))
    if form:
        columns.append(Column("form", "Form", "center"))

    notes = list(table.notes)
    marks = _row_marks(table, notes)
    body = tuple(_row(row, marks.get(row.club)) for row in rows)
    return Report(
        title=title or table_title(table),
        columns=tuple(columns),
        rows=body,
        notes=tuple(notes),
        data=table.to_dict(),
    )


def _row_marks(table: LeagueTable, notes: list[str]) -> dict[str, str]:
    """Footnote indexes per club: its deductions and, where points were halved, its rounded points."""
    marks: dict[str, list[int]] = {}
    for row in table.rows:
        for deduction in table.deductions:
            text = deduction_note(deduction)
            if deduction.applies_to(row.club) and text in notes:
                index = notes.index(text) + 1
                if index not in marks.setdefault(row.club, []):
                    marks[row.club].append(index)
        if row.rounded:
            # the halving note that lists the club (a split has one per stage: championship, relegation)
            halved = next((n for n in notes if row.club in halved_clubs(n)), None)
            if halved is not None:
                marks.setdefault(row.club, []).append(notes.index(halved) + 1)
    return {club: ",".join(str(i) for i in sorted(indexes)) for club, indexes in marks.items()}


def _row(row: TableRow, note: str | None) -> dict[str, Cell]:
    cells: dict[str, Cell] = {
        "position": row.position,
        "club": row.club,
        "group": row.group,
        "stage": row.stage,
        "played": row.played,
        "won": row.won,
        "drawn": row.drawn,
        "lost": row.lost,
        "gf": row.gf,
        "ga": row.ga,
        "gd": goal_difference(row.gd),
        "carried": row.carried,
        "points": row.points,
        "form": row.form,
    }
    if note:
        cells["_note"] = note
    return cells
