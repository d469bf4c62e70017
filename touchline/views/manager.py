"""The managerial-statistics table of a biography, as a :class:`~touchline.render.Report`.

Columns follow the encyclopedia's table: Team, From, To, G, W, D, L, GF, GA, GD, Win %. A spell with
no data shows "no data" (never zeros) and is left out of the total; a partial spell carries a footnote
saying what the store lacks.
"""

from __future__ import annotations

import datetime as dt

from touchline.api.managers import ManagerRecord, SpellRecord
from touchline.api.tables import SpellPositions, Standing
from touchline.compute.coverage import Coverage, Gap, GapKind
from touchline.compute.records import Record
from touchline.reference import competitions as catalog
from touchline.reference.clubs import is_national
from touchline.render import Cell, Column, Report
from touchline.views.listing import away_name, home_name, match_dict

COLUMNS = (
    Column("team", "Team"),
    Column("from", "From"),
    Column("to", "To"),
    Column("g", "G", "right", True),
    Column("w", "W", "right", True),
    Column("d", "D", "right", True),
    Column("l", "L", "right", True),
    Column("gf", "GF", "right", True),
    Column("ga", "GA", "right", True),
    Column("gd", "GD", "right", True),
    Column("win_pct", "Win %", "right", True),
)


def long_date(day: dt.date) -> str:
    """``1 June 2013``, the way the biography writes dates."""
    return f"{day.day} {day:%B %Y}"


def record_cells(rec: Record) -> dict[str, Cell]:
    """The record columns of a row; GD signed, Win % with two decimals."""
    pct = rec.win_pct
    return {
        "g": rec.played,
        "w": rec.won,
        "d": rec.drawn,
        "l": rec.lost,
        "gf": rec.goals_for,
        "ga": rec.goals_against,
        # the typographic minus, as encyclopedia tables write negative goal differences
        "gd": f"{rec.goal_difference:+d}".replace("-", "\u2212") if rec.goal_difference else "0",
        "win_pct": f"{pct:.2f}" if pct is not None else None,
    }


def record_dict(rec: Record) -> dict[str, object]:
    """The JSON shape of a record (documented in docs/json.md)."""
    return {
        "played": rec.played,
        "won": rec.won,
        "drawn": rec.drawn,
        "lost": rec.lost,
        "goals_for": rec.goals_for,
        "goals_against": rec.goals_against,
        "goal_difference": rec.goal_difference,
        "win_pct": round(rec.win_pct, 2) if rec.win_pct is not None else None,
        "points_per_game": round(rec.points_per_game, 3) if rec.points_per_game is not None else None,
    }


def _gap_dict(gap: Gap) -> dict[str, object]:
    """What a spell lacks, as JSON."""
    return {
        "kind": gap.kind.value,
        "competition": gap.competition or None,
        "seasons": list(gap.seasons),
        "why": gap.why or None,
        **({"possible": True} if gap.possible else {}),
        **_first_match(gap),
    }


def _first_match(gap: Gap) -> dict[str, object]:
    """A ``founded`` note's first match of the club, where the registry gives it (docs/json.md)."""
    if gap.kind is not GapKind.FOUNDED:
        return {}
    return {"first_match": gap.last.isoformat() if gap.last is not None else None}


POSITION_COLUMNS = (
    Column("arrived", "Pos. in", "right"),
    Column("left", "Pos. out", "right"),
    Column("finishes", "Season finishes"),
)


def _finish(standing: Standing) -> str:
    stage = f", {standing.stage}" if standing.stage else ""
    return f"{standing} {standing.season}{stage}"


def _no_table(when: str, places: SpellPositions) -> str | None:
    """What a position cell says without a standing: "no data" where the data lacks results due by
    then; before the season, "pre-season" on arrival and nothing on departure."""
    if when in places.unknown:
        return "no data"
    return "pre-season" if when == "arrival" else None


def _position_cells(item: SpellRecord) -> dict[str, Cell]:
    places = item.positions
    if places is None:
        return {"arrived": "no data", "left": "no data"}  # the store holds none of its league in the spell
    return {
        "arrived": str(places.arrival) if places.arrival else _no_table("arrival", places),
        "left": str(places.departure) if places.departure else _no_table("departure", places),
        "finishes": "; ".join(_finish(s) for s in places.season_ends) or None,
    }


def _spell_row(item: SpellRecord, notes: list[str]) -> dict[str, Cell]:
    spell = item.spell
    row: dict[str, Cell] = {
        "team": item.shown_name,
        "from": long_date(spell.start) if spell.start else str(spell.start_year),
        "to": long_date(spell.end) if spell.end else spell.end_text,
    }
    label = item.shown_name
    if spell.in_years:
        span = f"{long_date(item.start)} to {long_date(item.end)}"
        _mark(row, notes, f"{label}: dates given as years only: the record counts every match from {span}.")
    # when the club was founded, where the spell began before it first played: no gap, told after them
    founded = [str(gap) for gap in item.gaps if gap.kind is GapKind.FOUNDED]
    gaps = [str(gap) for gap in item.gaps if gap.kind is not GapKind.FOUNDED]
    after = "".join(f" {text[0].upper()}{text[1:]}." for text in founded) if gaps else ""
    if item.coverage is Coverage.NONE:
        row["g"] = "no data"
        _mark(row, notes, f"{label}: no data: " + "; ".join(gaps or founded) + (f".{after}" if after else ""))
        return row
    row.update(record_cells(item.record))
    if item.walkovers:
        listed = "; ".join(f"{long_date(m.date)}, {home_name(m)} v {away_name(m)}" for m in item.walkovers)
        count = f"{len(item.walkovers)} walkover{'s' if len(item.walkovers) > 1 else ''}"
        _mark(row, notes, f"{label}: {count} not counted (awarded, never played): {listed}.")
    if item.coverage is Coverage.PARTIAL:
        _mark(row, notes, f"{label}: partial data: " + "; ".join(gaps) + "." + after)
    elif item.gaps:
        # full, but for competitions the club may have played that the store lacks (the Copa Sudamericana),
        # or a spell that began before the club first played
        _mark(row, notes, f"{label}: " + "; ".join(gaps or founded) + "." + after)
    return row


def _mark(row: dict[str, Cell], notes: list[str], note: str) -> None:
    """Add a footnote and mark the row with it (beside any mark it has)."""
    notes.append(note)
    row["_note"] = ",".join(filter(None, (str(row.get("_note") or ""), str(len(notes)))))


def _competition_names(code: str, item: SpellRecord) -> str:
    """A competition as the spell's seasons called it, each name once in order: "UEFA Cup / UEFA Europa
    League" for a spell across its renaming, "UEFA Cup" for one before it."""
    seasons = sorted({m.season for m in item.matches if m.competition == code})
    names = dict.fromkeys(catalog.name_in(code, season) for season in seasons)
    return " / ".join(names) or catalog.competition(code).name


def manager_report(result: ManagerRecord, *, with_matches: bool = False) -> Report:
    """The managerial-statistics table with a Total row and footnotes for partial or missing spells."""
    notes: list[str] = []
    rows: list[dict[str, Cell]] = []
    for item in result.spells:
        rows.append(_spell_row(item, notes))
        for key, rec in item.breakdown.items():
            label = _competition_names(key, item) if "." in key else key
            rows.append({"team": f"  {label}", "from": None, "to": None, **record_cells(rec)})
    total: dict[str, Cell] = {"team": "Total", "from": None, "to": None, **record_cells(result.total)}
    if result.spells and all(s.coverage is Coverage.NONE for s in result.spells):
        # no spell with data: the total is no data too, never zeros
        total = {"team": "Total", "from": None, "to": None, "g": "no data"}
    elif any(s.coverage is Coverage.NONE for s in result.spells):
        notes.append("The total counts only spells with data.")
        total["_note"] = str(len(notes))
    title = f"Managerial record of {result.person.name}"
    filters = result.filters
    scope = []
    if filters.competitions:
        scope.append(", ".join(filters.competitions))
    if filters.kinds:
        scope.append(", ".join(k.value for k in filters.kinds))
    if filters.tiers:
        scope.append("tier " + ", ".join(str(n) for n in filters.tiers))
    if filters.date_from or filters.date_to:
        scope.append(f"{filters.date_from or '…'} to {filters.date_to or '…'}")
    if scope:
        title += " (" + "; ".join(scope) + ")"
    data = {
        "person": {"id": result.person.id, "name": result.person.name, "source": result.person.source},
        "filters": {
            "competitions": list(filters.competitions),
            "kinds": [k.value for k in filters.kinds],
            "tiers": list(filters.tiers),
            "from": filters.date_from.isoformat() if filters.date_from else None,
            "to": filters.date_to.isoformat() if filters.date_to else None,
            "shootouts": filters.shootouts.value,
        },
        "spells": [_spell_dict(s, with_matches) for s in result.spells],
        "total": None
        if result.spells and all(s.coverage is Coverage.NONE for s in result.spells)
        else record_dict(result.total),
    }
    return Report(title, COLUMNS, tuple(rows), (total,), tuple(notes), data)


def positions_report(result: ManagerRecord) -> Report | None:
    """Where each club stood in its league when the manager came, when he left and at season ends."""
    if all(item.positions is None for item in result.spells):
        return None  # positions were not asked for, or no spell has a league
    # every club's spell has its row, "no data" where the store holds none of its league then (Shankly's
    # Workington, whose Third Division North it lacks); a national team's has none
    rows = tuple(
        {"team": item.shown_name, **_position_cells(item)}
        for item in result.spells
        if item.positions is not None or not is_national(item.spell.team, item.team_name)
    )
    return Report(
        f"League positions under {result.person.name}",
        (Column("team", "Team"), *POSITION_COLUMNS),
        rows,
        notes=(
            "Pos. in: the table the day before he took over; Pos. out: the table the day he left; "
            "season finishes: the last table of each season he ended, after any split or play-off round.",
        ),
    )


def _spell_dict(item: SpellRecord, with_matches: bool) -> dict[str, object]:
    spell = item.spell
    out: dict[str, object] = {
        "team": {"id": spell.team, "name": item.team_name, "label": spell.label, "shown_name": item.shown_name},
        "role": spell.role.value,
        "from": spell.start.isoformat() if spell.start else None,
        "to": spell.end.isoformat() if spell.end else None,
        "ended": spell.ended.value if spell.ended else None,
        "window": [item.start.isoformat(), item.end.isoformat()],
        "coverage": item.coverage.value,
        "gaps": [str(gap) for gap in item.gaps],
        "missing": [
            {
                "kind": gap.kind.value,
                "competition": gap.competition or None,
                "seasons": list(gap.seasons),
                "why": gap.why or None,
                **({"count": gap.count} if gap.kind in (GapKind.NO_RESULT, GapKind.UNRELIABLE) else {}),
                **({"possible": True} if gap.possible else {}),
                **_first_match(gap),
            }
            for gap in item.gaps
        ],
        "record": record_dict(item.record) if item.coverage is not Coverage.NONE else None,
        # awarded matches never played (data/awarded.toml's [[walkover]]), left out of the record
        "walkovers": [
            {"date": m.date.isoformat(), "competition": m.competition, "home": home_name(m), "away": away_name(m)}
            for m in item.walkovers
        ],
    }
    if item.breakdown:
        out["breakdown"] = {k: record_dict(v) for k, v in item.breakdown.items()}
    if item.positions:
        places = item.positions
        out["positions"] = {
            "arrival": places.arrival.to_dict() if places.arrival else None,
            "departure": places.departure.to_dict() if places.departure else None,
            "season_ends": [s.to_dict() for s in places.season_ends],
            "unknown": sorted(places.unknown),
        }
    if with_matches:
        out["matches"] = [match_dict(m) for m in item.matches]
    return out
