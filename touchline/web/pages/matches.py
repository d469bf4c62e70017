"""The matches list: every filter a figure elsewhere needs to show the matches behind it, and pages.

Plain filters (club, competitions, kinds, season, dates) are read a page at a time from the store
(:func:`touchline.store.web.match_page`). Filters that need football rules are applied to the matches
the CLI's functions give: ``result`` (W, D, L from the club's side, as records count them, so the list
behind a G of 5 has 5 matches), ``manager`` (the matches of every spell of a manager's record),
``stage`` (``regular`` is the regular season as tables read it), ``matchday`` and ``venue``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict

from touchline.api.managers import manager_record
from touchline.api.tables import season_matches
from touchline.compute.records import Shootouts, outcome
from touchline.compute.tables import round_number
from touchline.model import CompetitionKind, Match
from touchline.reference import competitions as catalog
from touchline.reference.rules import rules_for
from touchline.store import read
from touchline.store import web as web_store
from touchline.views.listing import match_dict, matches_report
from touchline.web import links
from touchline.web.page import Page, Table
from touchline.web.pages import manager as manager_page
from touchline.web.pages.common import Context, Missing
from touchline.web.params import COMPETITIONS, FROM, KINDS, SHOOTOUTS, TO, BadInput, Param, Values

PER_PAGE = 100
PARAMS: tuple[Param, ...] = (
    Param("club", "slug", "Club id, e.g. ger-fc-augsburg (see /search)."),
    Param("manager", "slug", "Person id: the matches of every spell of the manager's record."),
    COMPETITIONS,
    KINDS,
    Param("season", "season", "Season, e.g. 2023-24."),
    FROM,
    TO,
    Param(
        "stage",
        "text",
        "Stage (repeatable); 'regular' is the regular season. Needs one competition and a season.",
        multi=True,
    ),
    Param("matchday", "int", "Up to this matchday (round number).", maximum=999),
    Param("result", "result", "Only these results from the club's side: any of W, D, L (WDL: all that count)."),
    Param("venue", "choice", "Only the club's home or away matches.", choices=("home", "away")),
    SHOOTOUTS,
    Param("page", "int", "Page number.", default=1),
    Param("per_page", "int", "Matches per page (at most 500).", maximum=500, default=PER_PAGE),
)


class PlainFilters(TypedDict):
    """The filters the store applies itself (:func:`~touchline.store.web.match_page` and
    :func:`~touchline.store.read.matches` take the same ones)."""

    club: str | None
    competitions: list[str] | None
    season: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    kinds: list[CompetitionKind] | None


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def build(ctx: Context, path: Values, query: Values) -> Page:
    """The matches page for the filters in ``query``."""
    store = ctx.store
    club = str(query["club"]) if query["club"] else None
    person = str(query["manager"]) if query["manager"] else None
    codes = [read.competition(store, code).code for code in _strings(query["competition"])]
    kinds = [CompetitionKind(k) for k in _strings(query["kind"])]
    season = str(query["season"]) if query["season"] else None
    first, last = _date(query["from"]), _date(query["to"])
    stages = _strings(query["stage"])
    matchday = query["matchday"] if isinstance(query["matchday"], int) else None
    result = str(query["result"]) if query["result"] else None
    venue = str(query["venue"]) if query["venue"] else None
    shootouts = Shootouts(str(query["shootouts"]))
    page = int(str(query["page"]))
    per_page = int(str(query["per_page"]))
    if first and last and last < first:
        raise BadInput("to", last.isoformat(), f"{last} is before from {first}")
    if (result or venue) and not (club or person):
        raise BadInput("result" if result else "venue", result or venue or "", "needs a club or a manager")
    if stages and (len(codes) != 1 or season is None):
        raise BadInput("stage", stages[0], "needs one competition and a season")
    title_club = None
    if club:
        found = web_store.club(store, club)
        if found is None:
            raise Missing("club", club, ctx.index.suggestions(club, ("club",)))
        title_club = found.name
    person_name = None
    if person:
        manager_page.find(ctx, person)
        person_name = next(e.name for e in ctx.index.entries if e.kind == "person" and e.id == person)

    plain = PlainFilters(
        club=club, competitions=codes or None, season=season, date_from=first, date_to=last, kinds=kinds or None
    )
    ruled = bool(person or result or venue or stages or matchday)
    if not ruled:
        total, shown = web_store.match_page(store, limit=per_page, offset=(page - 1) * per_page, **plain)
    else:
        teams: list[tuple[Match, str | None]]
        if person:
            record = manager_record(store, person, manager_page.filters_of(ctx, _manager_query(query)))
            teams = [(m, item.spell.team) for item in record.spells for m in item.matches if m.counts or not result]
            teams = [(m, t) for m, t in teams if club is None or t == club or club in _ids(m)]
        else:
            teams = [(m, club) for m in read.matches(store, **plain)]
        keep = _stage_keys(ctx, codes[0], season, stages) if stages and season else None
        chosen = []
        for match, team in teams:
            if person and not _passes(match, codes, kinds, season, first, last):
                continue
            if keep is not None and (match.date, match.home, match.away) not in keep:
                continue
            if matchday is not None and (round_number(match.round) or 0) > matchday:
                continue
            if venue and team is not None and match.extra.get(f"{venue}_id") != team:
                continue
            if result and (team is None or outcome(match, team, shootouts) not in tuple(result)):
                continue
            chosen.append(match)
        total = len(chosen)
        shown = chosen[(page - 1) * per_page : page * per_page]

    pages = max(1, -(-total // per_page))
    if page > pages and total:
        raise BadInput("page", str(page), f"there are {pages} pages")
    title = _title(title_club, person_name, codes, season, first, last, result)
    report = matches_report(shown, title)
    filters = {key: _plain(value) for key, value in query.items() if key not in ("page", "per_page")}
    data = {
        "title": title,
        "filters": filters,
        "count": total,
        "page": page,
        "pages": pages,
        "per_page": per_page,
        "matches": [match_dict(m) for m in shown],
    }
    here = [(k, v) for k, v in _pairs(query) if k != "page"]
    nav = {
        "previous": links.matches([*here, ("page", page - 1)]) if page > 1 else None,
        "next": links.matches([*here, ("page", page + 1)]) if page < pages else None,
    }
    row_links = tuple(
        {
            "home": links.club(str(m.extra.get("home_id"))),
            "away": links.club(str(m.extra.get("away_id"))),
            "competition": links.season(m.competition, m.season),
        }
        for m in shown
    )
    context = {"matches": Table("matches", report, row_links), "nav": nav, "total": total, "query": query}
    return Page("matches.html", title, data, report, context, (("Matches", "/matches"),))


def _ids(match: Match) -> tuple[object, object]:
    return match.extra.get("home_id"), match.extra.get("away_id")


def _manager_query(query: Values) -> Values:
    """The record filters of a manager's matches list (competitions, kinds, dates, shoot-outs)."""
    return {key: query[key] for key in ("competition", "kind", "from", "to", "shootouts")}


def _passes(
    match: Match,
    codes: Sequence[str],
    kinds: Sequence[CompetitionKind],
    season: str | None,
    first: dt.date | None,
    last: dt.date | None,
) -> bool:
    """The plain filters, for a manager's matches (which come from his record, not from a query)."""
    if codes and match.competition not in codes:
        return False
    if season and match.season != season:
        return False
    if first and match.date < first:
        return False
    if last and match.date > last:
        return False
    return not kinds or catalog.competition(match.competition).kind in kinds


def _stage_keys(ctx: Context, code: str, season: str, stages: list[str]) -> set[tuple[dt.date, str, str]]:
    """The matches of the stages asked for, as the tables read stages (``regular``: the regular season)."""
    rules = rules_for(code, season)
    wanted = {s.casefold() for s in stages}
    keys = set()
    for match in season_matches(ctx.store, code, season):
        regular = match.stage is None or rules.is_regular(match.stage)
        if (regular and "regular" in wanted) or (match.stage is not None and match.stage.casefold() in wanted):
            keys.add((match.date, match.home, match.away))
    return keys


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _pairs(query: Values) -> list[tuple[str, object]]:
    """The query as URL parameters again (defaults left out)."""
    out: list[tuple[str, object]] = []
    for key, value in query.items():
        if isinstance(value, list):
            out += [(key, v) for v in value]
        elif (
            value is not None
            and not (key == "shootouts" and value == "draw")
            and not (key == "per_page" and value == PER_PAGE)
        ):
            out.append((key, value))
    return out


def _title(
    club: str | None,
    person: str | None,
    codes: list[str],
    season: str | None,
    first: dt.date | None,
    last: dt.date | None,
    result: str | None,
) -> str:
    parts = ["Matches"]
    if club:
        parts.append(f"of {club}")
    if person:
        parts.append(f"under {person}")
    if codes:
        parts.append("in " + ", ".join(codes))
    if season:
        parts.append(season)
    if first or last:
        parts.append(f"from {first or '…'} to {last or '…'}")
    if result and result != "WDL":
        names = {"W": "won", "D": "drawn", "L": "lost"}
        parts.append("(" + " or ".join(names[r] for r in result) + ")")
    return " ".join(parts)
