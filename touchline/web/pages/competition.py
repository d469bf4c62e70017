"""Competition pages: a competition's seasons (the CLI's ``touchline coverage``), and one season: the
table (``touchline table``) as of a date or after a matchday, in each stage that has one, with every
figure linked to its matches, and the results round by round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from touchline.api.tables import competition_table, season_matches
from touchline.compute.tables import LeagueTable, round_number, season_tables
from touchline.errors import NotFoundError
from touchline.model import Match
from touchline.reference.rules import Carry, rules_for
from touchline.store import read
from touchline.store.read import coverage
from touchline.views.listing import coverage_report, match_dict, score_text
from touchline.views.table import table_report
from touchline.web import links
from touchline.web.page import Page, Table
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
    Param("stage", "text", "A stage such as Championship or Playoff I (default: the regular season)."),
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
    """A competition-season: the table with its controls, the stages, and the results by round."""
    code, name = _competition(ctx, str(path["code"]))
    label = str(path["season"])
    as_of = query["as_of"] if isinstance(query["as_of"], dt.date) else None
    matchday = query["matchday"] if isinstance(query["matchday"], int) else None
    stage = str(query["stage"]) if query["stage"] else None
    venue = str(query["venue"]) if query["venue"] else "all"
    if as_of and matchday:
        raise BadInput("matchday", str(matchday), "give as_of or matchday, not both")
    seasons = [s for s, _, _ in read.seasons(ctx.store, code)]
    if label not in seasons:
        near = sorted(seasons, key=lambda s: abs(int(s[:4]) - int(label[:4])))[:5]
        raise Missing(f"season of {code}", label, [(f"{name} {s}", links.season(code, s)) for s in near])
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
    everything = read.matches(ctx.store, competitions=[code], season=label)
    ids = {}
    for match in everything:
        ids[match.home] = str(match.extra.get("home_id"))
        ids[match.away] = str(match.extra.get("away_id"))
    rules = rules_for(code, label)
    found = season_matches(ctx.store, code, label)
    stages = [t.stage for t in season_tables(found, rules)]
    stage_links = [
        (s or "Regular season", links.season(code, label, query=[("stage", s)]), s == table.stage) for s in stages
    ]
    rounds = _rounds(everything)
    days = sorted({m.date for m in found})
    numbers = sorted(
        {n for m in found if _in_stage(m, table.stage, rules.is_regular) and (n := round_number(m.round)) is not None}
    )
    position = seasons.index(label)
    nav = {
        "previous": links.season(code, seasons[position - 1]) if position > 0 else None,
        "next": links.season(code, seasons[position + 1]) if position + 1 < len(seasons) else None,
    }
    table_view = Table("table", report, tuple(_row_links(table, ids, code, label)))
    data = {
        "competition": {"code": code, "name": name},
        "season": label,
        "table": report.data,
        "stages": [s for s in stages],
        "matchdays": numbers,
        "first": days[0].isoformat() if days else None,
        "last": days[-1].isoformat() if days else None,
        "rounds": [{"stage": s, "round": r, "matches": [match_dict(m) for m in ms]} for (s, r), ms in rounds],
    }
    context = {
        "standings": table_view,
        "league_table": table,
        "code": code,
        "name": name,
        "season": label,
        "stages": stage_links,
        "rounds": [
            (
                " / ".join(x for x in (s, r) if x) or "Matches",
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
        "matchdays": numbers,
        "as_of": as_of,
        "matchday": matchday,
        "stage": table.stage,
        "venue": venue,
        "form": bool(query["form"]),
        "nav": nav,
        "csv": links.season(code, label, ".csv", _query_pairs(query)),
        "json": links.season(code, label, ".json", _query_pairs(query)),
    }
    return Page(
        "season.html",
        f"{name} {label}",
        data,
        report,
        context,
        (("Competitions", "/#competitions"), (name, links.competition(code))),
    )


def _query_pairs(query: Values) -> list[tuple[str, object]]:
    return [(k, v) for k, v in query.items() if v is not None and v is not False]


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


def _row_links(table: LeagueTable, ids: dict[str, str], code: str, label: str) -> list[dict[str, str]]:
    """The links behind each row's figures: the club's matches of this table (its stage, or the regular
    season and the stage when the stage carries the regular season over in full), up to its date or
    matchday, at home or away."""
    stages: list[str] = ["regular"]
    if table.stage is not None:
        rule = table.rules.stage_rule(table.stage)
        stages = ["regular", table.stage] if rule is not None and rule.carry is Carry.FULL else [table.stage]
    out = []
    for row in table.rows:
        club = ids.get(row.club)
        cells = {}
        if club:
            cells["club"] = links.club(club)
            query: list[tuple[str, object]] = [("club", club), ("competition", code), ("season", label)]
            query += [("stage", s) for s in stages]
            query += [("to", table.as_of), ("matchday", table.matchday)]
            if table.venue != "all":
                query.append(("venue", table.venue))
            cells.update({key: links.matches([*query, ("result", r)]) for key, r in _BEHIND.items()})
        out.append(cells)
    return out
