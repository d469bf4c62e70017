"""The audit as reports (article package, floor 5: like ``views/``): the table checked cell by cell,
the claims with the data's answers, the spells and dates, and the corrected table as wikitext.

Every text goes through :mod:`touchline.render`, which escapes names for each format. A cell shows
the verdict in a few characters: ``45 ✓`` (agrees), ``→ 45`` (empty: touchline proposes 45),
``46 ≠ 45`` (differs: the article's, then the data's), ``?`` (not checkable); the footnotes say why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from touchline.article.audit import Audit, CellCheck, ClaimCheck, RowCheck, Verdict
from touchline.article.dates import long_date
from touchline.article.document import RECORD_KEYS, TITLES
from touchline.article.tables import figure
from touchline.compute.coverage import Coverage
from touchline.compute.records import Record
from touchline.render import Cell, Column, Report, render
from touchline.views.listing import match_dict
from touchline.views.manager import COLUMNS, record_cells

LEGEND = "✓ agrees; → empty, touchline proposes the figure; a ≠ b: the article has a, the data b; ? not checkable"


def _mark(cell: CellCheck) -> str:
    if cell.verdict is Verdict.AGREES:
        return f"{cell.article} ✓"
    if cell.verdict is Verdict.EMPTY:
        return f"→ {cell.data}"
    if cell.verdict is Verdict.DIFFERS:
        return f"{cell.article} ≠ {cell.data}"
    return f"{cell.article} ?" if cell.article else "?"


def _row_notes(check: RowCheck) -> list[str]:
    label = check.label
    out = []
    reasons = sorted({c.reason for c in check.cells if c.reason and c.verdict is not Verdict.AGREES})
    for reason in reasons:
        verdicts = sorted({c.verdict.value for c in check.cells if c.reason == reason})
        out.append(f"{label}: {' / '.join(verdicts)}: {reason}")
    for date in check.dates:
        out.append(f"{label}: {date.which} date disagrees: article {date.article}, people file {date.data}")
    if check.differs:
        out.append(f"{label}: the matches behind the data's figures: {check.matches_command}")
        out += [f"{label}: {line}" for line in check.reconcile]
    return out


def table_report(audit: Audit) -> Report:
    """The managerial statistics table, every cell with its verdict."""
    keys = [k for k in RECORD_KEYS if any(any(c.key == k for c in r.cells) for r in audit.rows)]
    columns = (
        Column("team", "Team"),
        Column("from", "From"),
        Column("to", "To"),
        *(Column(k, TITLES[k], "right") for k in keys),
        Column("line", "Line", "right"),
    )
    notes: list[str] = []
    rows: list[dict[str, Cell]] = []
    for check in audit.rows:
        row: dict[str, Cell] = {
            "line": check.row.line,
            "team": check.label,
            "from": check.row.from_text or (str(check.row.start) if check.row.start else ""),
            "to": check.row.to_text or ("present" if check.row.open else str(check.row.end)),
        }
        row.update({c.key: _mark(c) for c in check.cells})
        marks = []
        for note in _row_notes(check):
            notes.append(note)
            marks.append(str(len(notes)))
        if marks:
            row["_note"] = ",".join(marks)
        rows.append(row)
    footer: tuple[dict[str, Cell], ...] = ()
    if audit.total:
        total: dict[str, Cell] = {
            "line": audit.article.table.total.line if audit.article.table and audit.article.table.total else None,
            "team": "Total",
        }
        total.update({c.key: _mark(c) for c in audit.total})
        reasons = sorted({c.reason for c in audit.total if c.reason})
        if reasons:
            notes.append("Total: " + "; ".join(reasons))
            total["_note"] = str(len(notes))
        footer = (total,)
    title = f"Managerial statistics of {audit.article.title} ({audit.article.file}) against the data"
    return Report(
        title,
        columns,
        tuple(rows),
        footer,
        tuple(notes),
        data=audit_dict(audit),
        caption=f"{LEGEND}. Spells from {audit.spells_from}.",
    )


def claims_report(audit: Audit) -> Report:
    """Each claim of the prose and the honours with the data's answer."""
    columns = (
        Column("line", "Line", "right"),
        Column("claim", "Claim"),
        Column("spell", "Spell"),
        Column("verdict", "Verdict"),
        Column("answer", "The data"),
    )
    notes: list[str] = []
    rows: list[dict[str, Cell]] = []
    for check in audit.claims:
        row: dict[str, Cell] = {
            "line": check.claim.line,
            "claim": f"“{check.claim.quote}”",
            "spell": check.spell or "",
            "verdict": check.verdict.value,
            "answer": f"{check.answer} [{check.reading}]" if check.reading else check.answer,
        }
        if check.evidence:
            notes.append(f"line {check.claim.line}: " + "; ".join(check.evidence))
            row["_note"] = str(len(notes))
        rows.append(row)
    return Report(f"Claims of {audit.article.title} that data can settle", columns, tuple(rows), notes=tuple(notes))


def spells_report(audit: Audit) -> Report:
    """Spells only one side has, and the findings in one list."""
    rows: list[dict[str, Cell]] = []
    for check in audit.rows:
        if check.problem:
            rows.append(
                {"what": "article only", "spell": check.label, "detail": f"line {check.row.line}: {check.problem}"}
            )
    for item in audit.only_in_data:
        start, end = item.spell.start, item.spell.end
        first = long_date(start) if start else item.spell.start_year
        span = f"{first} to {long_date(end) if end else item.spell.end_text}"
        rows.append(
            {
                "what": "data only",
                "spell": item.spell.label or item.team_name,
                "detail": f"{span}: not in the article's table",
            }
        )
    for finding in audit.findings:
        rows.append({"what": "finding", "spell": "", "detail": finding})
    columns = (Column("what", "What"), Column("spell", "Spell"), Column("detail", "Detail"))
    count = len(audit.findings)
    caption = f"{count} finding{'' if count == 1 else 's'}" if count else "no disagreement found"
    return Report(f"Spells and findings of {audit.article.title}", columns, tuple(rows), caption=caption)


def _typed(check: RowCheck) -> dict[str, Cell]:
    """The figures the article types in a row (template-computed ones left out), with the goal
    difference and win % they imply where the article leaves those to a template or empty."""
    typed: dict[str, Cell] = {k: c.text for k, c in check.row.cells.items() if c.text.strip() and not c.derived}
    keys = ("g", "w", "d", "l", "gf", "ga")
    values = {k: figure(str(typed.get(k, "")), k) for k in keys}
    whole = {k: int(v) for k, v in values.items() if v is not None and v >= 0 and v == int(v)}
    implied = record_cells(Record(*(whole.get(k, 0) for k in keys)))
    wanted = {"gd": ("gf", "ga"), "win_pct": ("g", "w")}
    extra = {
        k: implied[k] for k, needs in wanted.items() if all(n in whole for n in needs) and implied.get(k) is not None
    }
    return {**extra, **typed}


def _corrected_row(check: RowCheck) -> tuple[dict[str, Cell], str | None, bool]:
    """(figures, footnote, from the data) of a row of the corrected table: the data's figures where it
    covers the spell, or where the article has none; the article's own where the data is partial and
    cannot settle them (with the cells the data contradicts); "no data" where there is none."""
    item = check.record
    label = check.label
    if item is None or item.coverage is Coverage.NONE:
        reason = check.problem or ("; ".join(str(g) for g in item.gaps) if item is not None else "")
        return _typed(check) or {"g": "no data"}, f"{label}: no data in touchline: {reason}", False
    gaps = "; ".join(str(g) for g in item.gaps)
    if item.coverage is Coverage.PARTIAL and _typed(check):
        note = f"{label}: as the article gives it; touchline's data is partial ({gaps})"
        wrong = [f"{c.title} (the data holds {c.data})" for c in check.differs]
        if wrong:
            note += "; the data contradicts " + ", ".join(wrong)
        return _typed(check), note + ".", False
    partial = f"{label}: partial data: {gaps}." if item.coverage is Coverage.PARTIAL else None
    return dict(record_cells(item.record)), partial, True


def _filled(figures: dict[str, Cell]) -> dict[str, Cell]:
    """A row with figures and every other record cell empty (``""``), so that no figure is stretched
    over the columns the article left empty, as a "no data" cell is (the renderer spans a last
    figure over the empty cells after it)."""
    if figure(str(figures.get("g", "")), "g") is None:
        return figures
    return {**{k: "" for k in RECORD_KEYS}, **{k: v for k, v in figures.items() if v is not None}}


def _sum_rows(rows: Sequence[tuple[str, dict[str, Cell]]]) -> tuple[dict[str, Cell], list[str], list[str]]:
    """(the total's cells, the rows left out for want of figures, the columns some counted row
    lacks) of the rows shown: every row with figures counts, whether they are the data's or the
    article's."""
    keys = ("g", "w", "d", "l", "gf", "ga")
    sums = dict.fromkeys(keys, 0)
    lacking: set[str] = set()
    left_out = []
    for label, figures in rows:
        values = {k: figure(str(figures.get(k, "")), k) for k in keys}
        if values["g"] is None:
            left_out.append(label)
            continue
        for k, v in values.items():
            if v is None or v != int(v):
                lacking.add(k)
            else:
                sums[k] += int(v)
    if len(left_out) == len(rows):
        return {}, left_out, []
    cells: dict[str, Cell] = dict(record_cells(Record(*(sums[k] for k in keys))))
    for k in lacking:
        cells[k] = ""
    if lacking & {"gf", "ga"}:
        cells["gd"] = ""
    if lacking & {"g", "w"}:
        cells["win_pct"] = ""
    return _filled(cells), left_out, [TITLES[k] for k in keys if k in lacking]


def corrected_report(audit: Audit) -> Report:
    """The corrected table in the biography's shape (Team, From, To, G ... Win %), with a total of
    every row that has figures and footnotes on coverage (see :func:`_corrected_row`)."""
    notes: list[str] = []
    rows: list[dict[str, Cell]] = []
    shown: list[tuple[str, dict[str, Cell]]] = []
    all_data = True
    for check in audit.rows:
        row: dict[str, Cell] = {"team": check.label, "from": _day(check, "from"), "to": _day(check, "to")}
        figures, note, from_data = _corrected_row(check)
        figures = _filled(figures)
        row.update(figures)
        shown.append((check.label, figures))
        all_data = all_data and from_data
        if note:
            notes.append(note)
            row["_note"] = str(len(notes))
        rows.append(row)
    footer: dict[str, Cell] = {"team": "Total"}
    cells, left_out, lacking = _sum_rows(shown)
    footer.update(cells or {"g": "no data"})
    end = "."
    if not all_data:
        end = "; the total adds up the rows above, the article's figures where the data cannot settle them"
        if left_out:
            which = "has" if len(left_out) == 1 else "have"
            end += f"; it is partial: it leaves out {', '.join(left_out)}, which {which} no figures"
        if lacking:
            end += (
                f"; {', '.join(lacking)} {'is' if len(lacking) == 1 else 'are'} missing from some rows, so left empty"
            )
        end += "."
    notes.append("Computed by touchline from open match data; a match decided on penalties counts as a draw" + end)
    footer["_note"] = str(len(notes))
    return Report("Managerial record by team and tenure", COLUMNS, tuple(rows), (footer,), tuple(notes))


def _day(check: RowCheck, which: str) -> str:
    """A From or To date: the people file's where it disagrees with the article, else the article's."""
    stored = check.stored
    if which == "from":
        if stored is not None and stored.start is not None and any(d.which == "From" for d in check.dates):
            return long_date(stored.start)
        return str(check.row.start) if check.row.start else ""
    if stored is not None and any(d.which == "To" for d in check.dates):
        return long_date(stored.end) if stored.end else stored.end_text
    return str(check.row.end) if check.row.end else "present"


def corrected_wikitext(audit: Audit) -> str:
    """The corrected table as wikitext, ready to paste."""
    return render(corrected_report(audit), "wiki")


def _cell_dict(cell: CellCheck) -> dict[str, object]:
    return {
        "column": cell.key,
        "article": cell.article,
        "data": cell.data,
        "verdict": cell.verdict.value,
        "reason": cell.reason or None,
    }


def _claim_dict(check: ClaimCheck) -> dict[str, object]:
    claim = check.claim
    return {
        "line": claim.line,
        "kind": claim.kind.value,
        "quote": claim.quote,
        "sentence": claim.sentence,
        "spell": check.spell,
        "reading": check.reading,
        "verdict": check.verdict.value,
        "answer": check.answer,
        "evidence": list(check.evidence),
    }


def audit_dict(audit: Audit) -> dict[str, object]:
    """The audit as JSON."""

    def row(check: RowCheck) -> dict[str, object]:
        item = check.record
        return {
            "line": check.row.line,
            "team": check.label,
            "club": check.spell.club,
            "from": check.row.from_text,
            "to": check.row.to_text,
            "coverage": item.coverage.value if item else None,
            "cells": [_cell_dict(c) for c in check.cells],
            "dates": [{"which": d.which, "article": d.article, "people_file": d.data} for d in check.dates],
            "reconcile": list(check.reconcile),
            "problem": check.problem,
            "matches_command": check.matches_command or None,
            "matches": [match_dict(m) for m in item.matches if m.counts] if item and check.differs else [],
        }

    return {
        "article": {"file": audit.article.file, "title": audit.article.title, "format": audit.article.format.value},
        "person": audit.person.id if audit.person else None,
        "spells_from": audit.spells_from,
        "rows": [row(r) for r in audit.rows],
        "total": [_cell_dict(c) for c in audit.total],
        "only_in_data": [
            {
                "team": i.spell.label or i.team_name,
                "from": i.spell.start.isoformat() if i.spell.start else None,
                "to": i.spell.end.isoformat() if i.spell.end else None,
            }
            for i in audit.only_in_data
        ],
        "claims": [_claim_dict(c) for c in audit.claims],
        "findings": audit.findings,
        "corrected_wikitext": corrected_wikitext(audit),
        "generated": dt.date.today().isoformat(),
    }


def audit_output(audit: Audit, fmt: str) -> str:
    """The whole audit in one format: ``text`` and ``md`` print the three reports and the corrected
    table as wikitext; ``json`` one document."""
    if fmt == "json":
        return render(table_report(audit), "json")
    parts = [render(r, fmt) for r in (table_report(audit), claims_report(audit), spells_report(audit))]
    wiki = corrected_wikitext(audit)
    if fmt == "md":
        parts.append("**The corrected table, as wikitext**\n\n```wikitext\n" + wiki + "```\n")
    else:
        parts.append("The corrected table, as wikitext:\n\n" + wiki)
    return "\n".join(parts)
