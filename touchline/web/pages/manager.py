"""The manager page: the record per spell with its total and coverage notes (the CLI's ``touchline
manager``), league positions on arrival, departure and at season ends, the season-by-season record, and
charts (a timeline of spells, points per game, the club's position matchday by matchday), and honours
as player and manager by club (``touchline honours``) and per spell.

Every figure links to the matches behind it: a spell's G, W, D, L and goals to the matches list of that
club in the spell's window (with the same competition filters and result), the total to the matches of
every spell (``/matches?manager=...``), a position to the table on that day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from touchline.api.managers import Filters, ManagerRecord, SpellRecord, manager_record
from touchline.api.tables import competition_table, season_matches
from touchline.compute.coverage import Coverage
from touchline.compute.records import Record, Shootouts
from touchline.compute.tables import position_over_time, round_number
from touchline.errors import NotFoundError
from touchline.model import CompetitionKind, Match
from touchline.reference import competitions as catalog
from touchline.reference.rules import rules_for
from touchline.render import Cell, Column, Report
from touchline.store import people as stored_people
from touchline.store import read
from touchline.views.manager import COLUMNS, manager_report, positions_report, record_cells, record_dict
from touchline.web import charts, links
from touchline.web.page import Page, Table
from touchline.web.pages import honours as honours_page
from touchline.web.pages.common import Context, Missing
from touchline.web.params import COMPETITIONS, FROM, KINDS, SHOOTOUTS, TO, BadInput, Param, Values

PARAMS: tuple[Param, ...] = (COMPETITIONS, KINDS, FROM, TO, SHOOTOUTS)
PATH = (Param("slug", "slug", "The person's id, e.g. jess-thorup."),)

# the figures of a record row and the results whose matches lie behind each
_BEHIND = {"g": "WDL", "w": "W", "d": "D", "l": "L", "gf": "WDL", "ga": "WDL", "gd": "WDL", "win_pct": "W"}


def filters_of(ctx: Context, query: Values) -> Filters:
    """The record filters a manager URL gives (as the CLI's options)."""
    codes = tuple(read.competition(ctx.store, str(code)).code for code in _list(query["competition"]))
    kinds = tuple(CompetitionKind(str(k)) for k in _list(query["kind"]))
    first, last = query["from"], query["to"]
    assert first is None or isinstance(first, dt.date)
    assert last is None or isinstance(last, dt.date)
    if first and last and last < first:
        raise BadInput("to", last.isoformat(), f"{last} is before from {first}")
    return Filters(codes, kinds, first, last, Shootouts(str(query["shootouts"])))


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def filter_query(filters: Filters) -> list[tuple[str, object]]:
    """The filters as matches-list parameters (the shoot-out setting only where it changes results)."""
    query: list[tuple[str, object]] = [("competition", c) for c in filters.competitions]
    query += [("kind", k.value) for k in filters.kinds]
    if filters.shootouts is Shootouts.RESULT:
        query.append(("shootouts", "result"))
    return query


def spell_query(item: SpellRecord, filters: Filters) -> list[tuple[str, object]]:
    """The matches-list parameters of one spell: its club and window, and the filters."""
    return [("club", item.spell.team), ("from", item.start), ("to", item.end), *filter_query(filters)]


def record_links(query: list[tuple[str, object]]) -> dict[str, str]:
    """The link behind each figure of a record row."""
    return {column: links.matches([*query, ("result", results)]) for column, results in _BEHIND.items()}


def find(ctx: Context, person_id: str) -> str:
    """The person's id, exactly as the URL gives it, or :class:`Missing` with close names."""
    ids = {person.id for person, _, _, _ in stored_people.people(ctx.store)}
    if person_id not in ids:
        raise Missing("manager", person_id, ctx.index.suggestions(person_id, ("person",)))
    return person_id


def build(ctx: Context, path: Values, query: Values) -> Page:
    """The manager page of ``path["slug"]``."""
    person_id = find(ctx, str(path["slug"]))
    filters = filters_of(ctx, query)
    full = manager_record(ctx.store, person_id, filters, by="season", positions=True)
    # the record table is the CLI's (no breakdown rows); the season breakdown gets a table of its own
    result = dataclasses.replace(full, spells=tuple(dataclasses.replace(s, breakdown={}) for s in full.spells))
    report = manager_report(result)
    places = positions_report(result)
    charts_out = position_charts(ctx, result)
    seasons = season_table(full)
    data = dict(report.data) if isinstance(report.data, Mapping) else {}
    data["seasons"] = [
        {"team": row["team"], "season": row["season"], "record": rec}
        for row, rec in zip(seasons.report.rows, _season_records(full), strict=True)
    ]
    data["position_charts"] = [chart_data for chart_data, _ in charts_out]
    won = honours_page.person(ctx, person_id)
    data["honours"] = won.outline.data  # `touchline honours NAME --format json`
    data["spell_honours"] = won.spell_report_data  # `touchline manager NAME --honours`
    name = result.person.name
    context = {
        "record": record_table(result, report),
        "positions": position_table(result, places) if places else None,
        "seasons": seasons,
        "timeline": timeline(result),
        "ppg_spells": ppg_spells(result),
        "ppg_seasons": ppg_seasons(full),
        "position_charts": [chart for _, chart in charts_out],
        "honours": won,
        "person": result.person,
        "filters": filters,
        "query": query,
    }
    return Page("manager.html", f"{name}: managerial record", data, report, context, (("Managers", "/#managers"),))


def record_table(result: ManagerRecord, report: Report) -> Table:
    """The record with the links behind every figure (spell rows, then the total)."""
    row_links: list[dict[str, str]] = []
    for item in result.spells:
        cells = {"team": links.club(item.spell.team)}
        if item.coverage is not Coverage.NONE:
            cells.update(record_links(spell_query(item, result.filters)))
        row_links.append(cells)
    total_query: list[tuple[str, object]] = [("manager", result.person.id), *filter_query(result.filters)]
    total_query += [("from", result.filters.date_from), ("to", result.filters.date_to)]
    anchors = tuple(f"spell-{i + 1}" for i in range(len(result.spells)))
    return Table("record", report, tuple(row_links), (record_links(total_query),), anchors)


def position_table(result: ManagerRecord, report: Report) -> Table:
    """The positions on arrival and departure, each linked to the table of that day."""
    row_links = []
    for item in (s for s in result.spells if s.positions is not None):
        places = item.positions
        assert places is not None
        cells = {"team": links.club(item.spell.team), "finishes": links.club(item.spell.team) + "#seasons"}
        for key, standing in (("arrived", places.arrival), ("left", places.departure)):
            if standing is not None:
                query = [("as_of", standing.date), ("stage", standing.stage)]
                cells[key] = links.season(standing.competition, standing.season, query=query)
        row_links.append(cells)
    return Table("positions", report, tuple(row_links))


def _season_records(full: ManagerRecord) -> list[dict[str, object]]:
    return [record_dict(rec) for item in full.spells for rec in item.breakdown.values()]


def season_table(full: ManagerRecord) -> Table:
    """The record of every spell season by season, each figure linked to its matches."""
    columns = (COLUMNS[0], Column("season", "Season"), *COLUMNS[3:], Column("ppg", "Pts/G", "right", True))
    rows: list[dict[str, Cell]] = []
    row_links: list[dict[str, str]] = []
    for item in full.spells:
        for season, rec in item.breakdown.items():
            ppg = rec.points_per_game
            rows.append(
                {
                    "team": item.spell.label or item.team_name,
                    "season": season,
                    **record_cells(rec),
                    "ppg": f"{ppg:.2f}" if ppg is not None else None,
                }
            )
            query = [*spell_query(item, full.filters), ("season", season)]
            row_links.append({**record_links(query), "ppg": links.matches([*query, ("result", "WDL")])})
    report = Report(f"Season by season: {full.person.name}", columns, tuple(rows))
    return Table("seasons", report, tuple(row_links))


def _ppg(rec: Record) -> float:
    return rec.points_per_game or 0.0


def timeline(result: ManagerRecord) -> charts.Chart | None:
    """A bar per coaching spell on a time axis, linked to its row."""
    spans = [
        charts.Span(
            item.spell.label or item.team_name,
            item.start,
            max(item.end, item.start),
            f"#spell-{i + 1}",
            item.coverage.value,
        )
        for i, item in enumerate(result.spells)
    ]
    return charts.timeline(spans, f"Spells of {result.person.name}")


def ppg_spells(result: ManagerRecord) -> charts.Chart | None:
    """Points per game (3 for a win, 1 for a draw) in each spell with data."""
    values = [
        charts.Value(
            item.spell.label or item.team_name,
            _ppg(item.record),
            f"{_ppg(item.record):.2f} ({item.record.played} G)",
            links.matches([*spell_query(item, result.filters), ("result", "WDL")]),
        )
        for item in result.spells
        if item.coverage is not Coverage.NONE and item.record.played
    ]
    return charts.bars(values, "Points per game, by spell", 3.0)


def ppg_seasons(full: ManagerRecord) -> charts.Chart | None:
    """Points per game in each season of each spell."""
    values = [
        charts.Value(
            f"{item.spell.label or item.team_name} {season}",
            _ppg(rec),
            f"{_ppg(rec):.2f} ({rec.played} G)",
            links.matches([*spell_query(item, full.filters), ("season", season), ("result", "WDL")]),
        )
        for item in full.spells
        for season, rec in item.breakdown.items()
        if rec.played
    ]
    return charts.bars(values, "Points per game, by season", 3.0)


def position_charts(ctx: Context, result: ManagerRecord) -> list[tuple[dict[str, object], charts.Chart]]:
    """For each league season a spell reaches, the club's position after every matchday, with the
    manager's arrival and departure marked."""
    out = []
    for item in result.spells:
        if item.positions is None:
            continue
        league = read.home_league(ctx.store, item.spell.team)
        if league is None:
            continue
        for season, first, last in read.seasons(ctx.store, league):
            if last < item.start - dt.timedelta(days=1) or first > item.end:
                continue
            made = _season_chart(ctx, item, league, season)
            if made is not None:
                out.append(made)
    return out


def _season_chart(
    ctx: Context, item: SpellRecord, league: str, season: str
) -> tuple[dict[str, object], charts.Chart] | None:
    found = season_matches(ctx.store, league, season)
    club = item.team_name
    own = [m for m in found if m.counts and club in (m.home, m.away) and _regular(m, league, season)]
    if not own:
        return None
    rules = rules_for(league, season)
    try:
        by = "matchday"
        series = position_over_time(found, rules, club, by="matchday")
        if not series:
            by = "date"
            series = position_over_time(found, rules, club, by="date")
        size = len(competition_table(ctx.store, league, season))
    except NotFoundError:
        return None
    days = _days(own, by)
    points = []
    for when, place in series:
        label = str(when)
        target = [("matchday", when)] if by == "matchday" else [("as_of", when)]
        points.append((label, place, links.season(league, season, query=target)))
    before = sum(1 for when, _ in series if days.get(when, dt.date.max) < item.start)
    through = sum(1 for when, _ in series if days.get(when, dt.date.max) <= item.end)
    marks = []
    if 0 < before < len(series):
        marks.append((before - 0.5, "arrived", "arrival"))
    if 0 < through < len(series):
        marks.append((through - 0.5, "left", "departure"))
    name = catalog.name_in(league, season)
    title = f"{club}: {name} {season}, position after each {by}"
    chart = charts.positions(points, size, title, marks)
    if chart is None:
        return None
    data: dict[str, object] = {
        "team": club,
        "competition": league,
        "season": season,
        "by": by,
        "arrived_after": before if 0 < before < len(series) else None,
        "left_after": through if 0 < through < len(series) else None,
        "positions": [{by: str(when), "position": place} for when, place in series],
    }
    return data, chart


def _regular(match: Match, league: str, season: str) -> bool:
    return match.stage is None or rules_for(league, season).is_regular(match.stage)


def _days(own: list[Match], by: str) -> dict[object, dt.date]:
    """The date of the club's match on each matchday (or each date itself)."""
    if by == "date":
        return {m.date: m.date for m in own}
    days: dict[object, dt.date] = {}
    for match in own:
        number = round_number(match.round)
        if number is not None:
            days[number] = max(days.get(number, match.date), match.date)
    return days
