"""Competition pages: a competition's seasons (the CLI's ``touchline coverage``), and one season: a
league's table (``touchline table``: by default the season's final standings across its stages, each
row naming its stage) as of a date or after a matchday, in each stage that has one, with every figure
linked to its matches; the knock-out rounds as ties (``touchline cup``: a cup's bracket, a league's
play-offs), each tie linked to its matches; and the results round by round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from touchline.api.tables import competition_table, season_matches
from touchline.compute.standings import REGULAR
from touchline.compute.tables import LeagueTable, round_number, season_tables
from touchline.errors import NotFoundError
from touchline.model import CompetitionKind, Match
from touchline.reference.rules import Carry, Rules, rules_for
from touchline.store import read
from touchline.store.read import coverage
from touchline.views.listing import coverage_report, match_dict, round_text, score_text
from touchline.views.table import table_report
from touchline.web import links
from touchline.web.page import Page, Table
from touchline.web.pages import ties as ties_page
from touchline.web.pages.common import Context, Missing
from touchline.web.params import BadInput, Param, Values

CODE = Param("code", "code", "Competition code, e.g. de.1.")
SEASON = Param("season", "season", "Season, e.g. 2023-24.")
COMPETITION_PATH = (CODE,)
SEASON_PATH = (CODE, SEASON)
COMPETITION_PARAMS: tuple[Param, ...] = ()
SEASON_PARAMS: tuple[Param, ...] = (
    Param("as_of", "date", "The table after this date's matches (YYYY-MM-DD)."),
    Param("matchday", "int", "The table after this matchday.", maximum=999),
    Param(
        "stage",
        "text",
        "A stage such as Championship, Playoff I or Regular Season (default: the final standings across stages).",
    ),
    Param("venue", "choice", "Home or away matches only.", choices=("home", "away")),
    Param("form", "flag", "Add the last five results (1 or 0)."),
)
# the table figures and the results whose matches lie behind each
_BEHIND = {
    "played": "WDL",
    "won": "W",
    "drawn": "D",
    "lost": "L",
    "gf": "WDL",
    "ga": "WDL",
    "gd": "WDL",
    "points": "WDL",
}


def _competition(ctx: Context, code: str) -> tuple[str, str]:
    """(code, name) of a competition in the store, or :class:`Missing` with close names."""
    try:
        found = read.competition(ctx.store, code)
    except NotFoundError:
        raise Missing("competition", code, ctx.index.suggestions(code, ("competition",))) from None
    if found.code != code:  # a name, not the code: URLs name competitions by code only
        raise Missing("competition", code, [(found.name, links.competition(found.code))])
    return found.code, found.name


def competition(ctx: Context, path: Values, query: Values) -> Page:
    """A competition's seasons with their match counts, dates and sources."""
    code, name = _competition(ctx, str(path["code"]))
    rows = coverage(ctx.store, code)
    report = coverage_report(rows)
    row_links = tuple(
        {
            "season": links.season(code, r.season),
            "matches": links.matches([("competition", code), ("season", r.season)]),
        }
        for r in rows
    )
    data = {"competition": {"code": code, "name": name}, **_mapping(report.data)}
    context = {"seasons": Table("coverage", report, row_links), "code": code, "name": name}
    return Page("competition.html", name, data, report, context, (("Competitions", "/#competitions"),))


def _mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def season(ctx: Context, path: Values, query: Values) -> Page:
    """A competition-season: a league's table with its controls and stages, the knock-out rounds as
    ties (a cup's bracket; a league's play-offs), and the results by round."""
    code, name = _competition(ctx, str(path["code"]))
    label = str(path["season"])
    seasons = [s for s, _, _ in read.seasons(ctx.store, code)]
    if label not in seasons:
        near = sorted(seasons, key=lambda s: abs(int(s[:4]) - int(label[:4])))[:5]
        raise Missing(f"season of {code}", label, [(f"{name} {s}", links.season(code, s)) for s in near])
    cup = read.competition(ctx.store, code).kind is not CompetitionKind.LEAGUE
    if cup:
        # a cup (or a continental or national-team competition) is played in ties: no table to ask for
        given = next((p for p in _TABLE_PARAMS if query[p]), None)
        if given is not None:
            raise BadInput(given, str(query[given]), f"{name} is played in ties: its seasons have no table")
    everything = read.matches(ctx.store, competitions=[code], season=label)
    rounds = _rounds(everything)
    found = season_matches(ctx.store, code, label)
    days = sorted({m.date for m in found})
    knockout = ties_page.knockout(ctx, code, label, always=cup)
    position = seasons.index(label)
    nav = {
        "previous": links.season(code, seasons[position - 1]) if position > 0 else None,
        "next": links.season(code, seasons[position + 1]) if position + 1 < len(seasons) else None,
    }
    standings = None if cup else _standings(ctx, code, label, query, everything, found)
    data = {
        "competition": {"code": code, "name": name},
        "season": label,
        "kind": "cup" if cup else "league",
        "table": standings.table.report.data if standings else None,
        "stages": standings.data_stages if standings else [],
        "matchdays": standings.numbers if standings else [],
        "first": days[0].isoformat() if days else None,
        "last": days[-1].isoformat() if days else None,
        # `touchline cup CODE SEASON --format json`: the knock-out rounds with their ties
        "knockout": knockout.report.data if knockout else None,
        "rounds": [{"stage": s, "round": r, "matches": [match_dict(m) for m in ms]} for (s, r), ms in rounds],
    }
    context = {
        "standings": standings,
        "knockout": knockout,
        "code": code,
        "name": name,
        "season": label,
        "rounds": [
            (
                round_text(s, r) or "Matches",
                [
                    (
                        m,
                        score_text(m),
                        links.club(str(m.extra.get("home_id"))),
                        links.club(str(m.extra.get("away_id"))),
                    )
                    for m in ms
                ],
            )
            for (s, r), ms in rounds
        ],
        "first": days[0] if days else None,
        "last": days[-1] if days else None,
        "nav": nav,
    }
    # the CSV twin is the page's main table: a league's standings, a cup's ties (`touchline cup`)
    main = standings.table.report if standings else knockout.report if knockout else None
    return Page(
        "season.html",
        f"{name} {label}",
        data,
        main,
        context,
        (("Competitions", "/#competitions"), (name, links.competition(code))),
    )


_TABLE_PARAMS = ("as_of", "matchday", "stage", "venue", "form")


@dataclass(frozen=True, slots=True)
class Standings:
    """A league season's table as the page shows it, with its controls: the stages to choose from
    (``(label, link, current)``), the matchdays, and what the request asked for."""

    table: Table
    league_table: LeagueTable
    stages: list[tuple[str, str, bool]]
    data_stages: list[str | None]
    numbers: list[int]
    as_of: dt.date | None
    matchday: int | None
    stage: str | None
    venue: str


def _standings(
    ctx: Context, code: str, label: str, query: Values, everything: list[Match], found: list[Match]
) -> Standings:
    """The table a league season's page asks for (by default the season's final standings across its
    stages), with the links behind its figures and the controls."""
    as_of = query["as_of"] if isinstance(query["as_of"], dt.date) else None
    matchday = query["matchday"] if isinstance(query["matchday"], int) else None
    stage = str(query["stage"]) if query["stage"] else None
    venue = str(query["venue"]) if query["venue"] else "all"
    if as_of and matchday:
        raise BadInput("matchday", str(matchday), "give as_of or matchday, not both")
    try:
        table = competition_table(
            ctx.store,
            code,
            label,
            as_of=as_of,
            matchday=matchday,
            stage=stage,
            venue="home" if venue == "home" else "away" if venue == "away" else "all",
        )
    except NotFoundError as exc:
        if exc.what.startswith("stage"):
            options = [(s, links.season(code, label, query=[("stage", s)])) for s in exc.candidates]
            raise Missing(exc.what, exc.name, options) from None
        raise
    report = table_report(table, form=bool(query["form"]))
    ids = {}
    for match in everything:
        ids[match.home] = str(match.extra.get("home_id"))
        ids[match.away] = str(match.extra.get("away_id"))
    rules = rules_for(code, label)
    stages = [t.stage for t in season_tables(found, rules)]
    # the stage the request named (the regular season's own name kept, so the controls keep it)
    shown = table.stage or (stage if stage and not table.final else None)
    stage_links = []
    if len(stages) > 1:
        stage_links.append(("Final standings", links.season(code, label), table.final))
    for s in stages:
        target = s or REGULAR
        current = not table.final and (table.stage == s or (s is None and table.stage is None))
        stage_links.append((s or "Regular season", links.season(code, label, query=[("stage", target)]), current))
    numbers = sorted(
        {n for m in found if _in_stage(m, table.stage, rules.is_regular) and (n := round_number(m.round)) is not None}
    )
    return Standings(
        Table("table", report, tuple(_row_links(table, ids, code, label))),
        table,
        stage_links,
        stages,
        numbers,
        as_of,
        matchday,
        shown,
        venue,
    )


def _in_stage(match: Match, stage: str | None, is_regular: object) -> bool:
    regular = match.stage is None or (callable(is_regular) and bool(is_regular(match.stage)))
    if stage is None:
        return regular
    return match.stage is not None and match.stage.casefold() == stage.casefold()


def _rounds(matches: list[Match]) -> list[tuple[tuple[str | None, str | None], list[Match]]]:
    """The season's matches grouped by stage and round, in the order each round was first played."""
    groups: dict[tuple[str | None, str | None], list[Match]] = {}
    for match in matches:
        groups.setdefault((match.stage, match.round), []).append(match)
    return list(groups.items())


def _behind(rules: Rules, stage: str | None) -> list[str]:
    """The stages whose matches make a table's figures: the regular season (``regular``), a stage, or
    both when the stage carries the regular season's results over (in full, or with its points halved:
    Austria, Kazakhstan 2011-15)."""
    if stage is None or rules.is_regular(stage):
        return ["regular"]
    rule = rules.stage_rule(stage)
    carried = (Carry.FULL, Carry.HALVED_DOWN, Carry.HALVED_RECORD)
    return ["regular", stage] if rule is not None and rule.carry in carried else [stage]


def _row_links(table: LeagueTable, ids: dict[str, str], code: str, label: str) -> list[dict[str, str]]:
    """The links behind each row's figures: the club's matches of this table (its stage, or the regular
    season and the stage when the stage carries the regular season over in full; in final standings
    the stage that placed the row), up to its date or matchday, at home or away."""
    out = []
    for row in table.rows:
        club = ids.get(row.club)
        cells = {}
        if club:
            cells["club"] = links.club(club)
            query: list[tuple[str, object]] = [("club", club), ("competition", code), ("season", label)]
            query += [("stage", s) for s in _behind(table.rules, row.stage if table.final else table.stage)]
            query += [("to", table.as_of), ("matchday", table.matchday)]
            if table.venue != "all":
                query.append(("venue", table.venue))
            cells.update({key: links.matches([*query, ("result", r)]) for key, r in _BEHIND.items()})
        out.append(cells)
    return out
