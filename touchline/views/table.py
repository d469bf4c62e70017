"""The league-table view: a computed :class:`~touchline.compute.tables.LeagueTable` as a Report.

The columns are those of an encyclopedia season article's league table (Pos, Team, Pld, W, D, L, GF,
GA, GD, Pts), so ``--format wiki`` pastes straight into an article; form, groups and carried points
are added when asked for or when the table has them, and deductions, halved points and a
competition's decisions become footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from touchline.api.tables import ordinal
from touchline.compute.tables import LeagueTable, TableRow
from touchline.compute.totals import deduction_note, halved_clubs
from touchline.render import Cell, Column, Report
from touchline.views.listing import season_name

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
    # each club as it was named that season (Verdy Kawasaki in the J.League of 1993, not Tokyo Verdy),
    # in its row and in the notes (the JSON keeps both names: "club" today's, "season_name" that season's)
    names = {row.club: season_name(row.club, table.season) for row in rows}
    body = tuple(_row(row, marks.get(row.club), names[row.club]) for row in rows)
    data = table.to_dict()
    for row in data["rows"]:
        row["season_name"] = names.get(row["club"], row["club"])
    return Report(
        title=title or table_title(table),
        columns=tuple(columns),
        rows=body,
        notes=tuple(renamed_in(note, names) for note in notes),
        data=data,
    )


def renamed_in(text: str, names: dict[str, str]) -> str:
    """``text`` with each club's name today replaced by its name that season (``names``: today's ->
    that season's), whole names only ("Hartlepool United" is not replaced inside a longer name)."""
    changed = {old: new for old, new in names.items() if old != new}
    if not changed:
        return text
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(changed, key=len, reverse=True)) + r")(?!\w)"
    )
    return pattern.sub(lambda found: changed[found.group(1)], text)


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


def _row(row: TableRow, note: str | None, name: str) -> dict[str, Cell]:
    cells: dict[str, Cell] = {
        "position": row.position,
        "club": name,
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


def positions_report(name: str, competition: str, season: str, by: str, found: Sequence[tuple[object, int]]) -> Report:
    """``touchline positions``: a club's place after each matchday (``by="matchday"``) or date, the club
    named as it was that season (``name`` is its name today, kept in the JSON's ``club``)."""
    key = "matchday" if by == "matchday" else "date"
    shown = season_name(name, season)
    rows = tuple({key: str(when), "position": ordinal(place)} for when, place in found)
    data = {
        "club": name,
        "season_name": shown,
        "competition": competition,
        "season": season,
        "positions": [{key: str(when), "position": place} for when, place in found],
    }
    return Report(
        f"{shown}: {competition} {season}",
        (Column(key, key.title()), Column("position", "Position", "right")),
        rows,
        data=data,
    )
