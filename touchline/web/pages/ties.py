"""Knock-out ties on the web: a competition-season's knock-out rounds tie by tie (the CLI's ``touchline
cup``) with a bracket of its last rounds, and the ties two clubs played (``touchline tie``, ``/ties``).

The ties and their outcomes are :mod:`touchline.api.ties`' and the rows :mod:`touchline.views.ties`';
this module only adds the links. Every tie links to its matches: the first club's matches in the tie's
competition and season (and stage, where it has one) from the tie's first match to its last, which are
exactly its legs and replays (a club plays one tie of a round at a time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from touchline.api.ties import CupSeason, season_rounds, ties_between
from touchline.compute.ties import Round, Tie
from touchline.model import Match
from touchline.render import Report
from touchline.store import web as web_store
from touchline.views.listing import score_text
from touchline.views.ties import TIE_COLUMNS, cup_report, outcome, round_heading, tie_name, tie_row, ties_report
from touchline.web import links
from touchline.web.page import Page, Table
from touchline.web.pages.common import Context, Missing
from touchline.web.params import BadInput, Param, Values

PARAMS: tuple[Param, ...] = (
    Param("club", "slug", "A club's id, e.g. den-fc-midtjylland (see /search).", required=True),
    Param("other", "slug", "The other club's id, e.g. cyp-apoel-nikosia.", required=True),
    Param("season", "season", "Only ties of this season, e.g. 2015-16."),
)
BRACKET_ROUNDS = 4  # the bracket shows the final and up to three rounds before it


def club_ids(tie: Tie) -> dict[str, str]:
    """The store's club id of each club of a tie (by the name the tie uses)."""
    ids: dict[str, str] = {}
    for match in tie.matches:
        for side in ("home", "away"):
            club = match.extra.get(f"{side}_id")
            if club:
                ids[match.home if side == "home" else match.away] = str(club)
    return ids


def matches_link(tie: Tie, club: str | None = None) -> str:
    """The matches list holding exactly the tie's matches (see the module docstring), as ``club``'s
    matches (by name; the first club's by default)."""
    days = [m.date for m in tie.matches]
    query: list[tuple[str, object]] = [
        ("club", club_ids(tie).get(club or tie.first)),
        ("competition", tie.competition),
        ("season", tie.season),
        ("stage", tie.stage),
        ("from", min(days)),
        ("to", max(days)),
    ]
    return links.matches(query)


def tie_page_link(tie: Tie) -> str | None:
    """``/ties?club=...&other=...&season=...``: the ties the two clubs played that season."""
    ids = club_ids(tie)
    if tie.first not in ids or tie.second not in ids:
        return None
    return links.ties(ids[tie.first], ids[tie.second], tie.season)


def row_links(tie: Tie) -> dict[str, str]:
    """The links of one tie's row: its clubs, its matches (aggregate and legs), the tie page."""
    ids = club_ids(tie)
    behind = matches_link(tie)
    cells = {"aggregate": behind, "legs": behind}
    for key, club in (("first", tie.first), ("second", tie.second), ("through", tie.winner)):
        if club is not None and club in ids:
            cells[key] = links.club(ids[club])
    page = tie_page_link(tie)
    if page is not None:
        cells["how"] = page
    return cells


@dataclass(frozen=True, slots=True)
class RoundView:
    """One round of a cup season as the page shows it: its ties, or why it has none."""

    name: str
    anchor: str
    table: Table | None
    matches: int


@dataclass(frozen=True, slots=True)
class BracketTie:
    """A tie in the bracket: its two clubs with their goals, the winner, and the link to its matches."""

    first: str
    second: str
    goals: tuple[int, int] | None
    winner: str | None
    how: str
    href: str


@dataclass(frozen=True, slots=True)
class Knockout:
    """What the season page shows of a season's knock-out rounds."""

    rounds: tuple[RoundView, ...]
    bracket: tuple[tuple[str, tuple[BracketTie, ...]], ...]
    final: str | None
    notes: tuple[str, ...]
    report: Report


def round_views(season: CupSeason) -> tuple[RoundView, ...]:
    """Each round: a table of its ties (the CLI's rows without the round column), each linked."""
    out = []
    columns = TIE_COLUMNS[1:]
    final = season.final
    for index, found in enumerate(season.rounds, 1):
        if not found.knockout:
            out.append(RoundView(round_heading(found), f"round-{index}", None, len(found.matches)))
            continue
        rows = tuple(tie_row(t) for t in found.ties)
        anchors = tuple("final" if t is final else None for t in found.ties)
        report = Report(round_heading(found), columns, rows)
        table = Table(f"round-{index}-ties", report, tuple(map(row_links, found.ties)), (), anchors)
        out.append(RoundView(round_heading(found), f"round-{index}", table, len(found.matches)))
    return tuple(out)


def bracket(season: CupSeason) -> tuple[tuple[str, tuple[BracketTie, ...]], ...]:
    """The final and the rounds before it as a bracket, each tie beside the two it grew from; empty
    when the data does not hold the rounds whole (a club of a tie missing from the round before)."""
    final = season.final
    knockouts = [r for r in season.rounds if r.knockout and r.ties]
    if final is None:
        return ()
    at = next(i for i, r in enumerate(knockouts) if final in r.ties)
    columns: list[tuple[Round, list[Tie]]] = [(knockouts[at], [final])]
    for earlier in reversed(knockouts[:at]):
        if len(columns) == BRACKET_ROUNDS:
            break
        wanted = [club for tie in columns[0][1] for club in (tie.first, tie.second)]
        by_club = {club: tie for tie in earlier.ties for club in (tie.first, tie.second)}
        feeders = [by_club.get(club) for club in wanted]
        ordered = [t for t in feeders if t is not None]
        if len(ordered) != len(wanted) or len({id(t) for t in ordered}) != len(wanted):
            continue  # not the round that fed this one (a third-place match, a round the data lacks)
        columns.insert(0, (earlier, ordered))
    if len(columns) < 2:
        return ()
    return tuple((round_heading(found), tuple(_bracket_tie(t) for t in ties)) for found, ties in columns)


def _bracket_tie(tie: Tie) -> BracketTie:
    goals = None if tie.aggregate is None else (tie.aggregate.home, tie.aggregate.away)
    # the clubs as they were named in the tie's season (the winner alike, so that it still matches one)
    first, second = tie_name(tie, tie.first), tie_name(tie, tie.second)
    winner = None if tie.winner is None else tie_name(tie, tie.winner)
    return BracketTie(first, second, goals, winner, outcome(tie), matches_link(tie))


def knockout(ctx: Context, code: str, season: str, *, always: bool = False) -> Knockout | None:
    """The season's knock-out rounds (cups and continental competitions; a league's play-off stages),
    or ``None`` when it has none (unless ``always``: a cup's rounds, knock-out or not)."""
    found = season_rounds(ctx.store, code, season)
    if not always and not any(r.knockout for r in found.rounds):
        return None
    report = cup_report(found)
    final = found.final
    return Knockout(
        round_views(found),
        bracket(found),
        None if final is None else outcome(final),
        report.notes,
        report,
    )


def legs(tie: Tie) -> list[tuple[Match, str, str, str]]:
    """Each match of a tie with its score and the links to its clubs (for the page's list of legs)."""
    ids = club_ids(tie)
    return [(m, score_text(m), links.club(ids.get(m.home, "")), links.club(ids.get(m.away, ""))) for m in tie.matches]


def build(ctx: Context, path: Values, query: Values) -> Page:
    """``/ties``: the knock-out ties two clubs played, with their legs (``touchline tie``)."""
    first, second = (_club(ctx, str(query[name]), name) for name in ("club", "other"))
    if first == second:
        raise BadInput("other", second, "is the same club as club (a tie needs two)")
    season = str(query["season"]) if query["season"] else None
    found = ties_between(ctx.store, first, second, season)
    if not found:
        # they met, but only in league or group matches (as the CLI says)
        names = [(_name(ctx, c), links.club(c)) for c in (first, second)]
        raise Missing("knock-out tie between", f"{names[0][0]} and {names[1][0]}", names)
    title = _title(found, season)
    report = ties_report(found, title)
    data = report.data
    context = {
        "ties": Table("ties", report, tuple(map(row_links, found))),
        "detail": [(t, outcome(t), links.season(t.competition, t.season), matches_link(t), legs(t)) for t in found],
    }
    assert isinstance(data, dict)
    return Page("ties.html", title, data, report, context, (("Matches", "/matches"),))


def _club(ctx: Context, club_id: str, parameter: str) -> str:
    if web_store.club(ctx.store, club_id) is None:
        raise Missing(f"club ({parameter})", club_id, ctx.index.suggestions(club_id, ("club",)))
    return club_id


def _name(ctx: Context, club_id: str) -> str:
    found = web_store.club(ctx.store, club_id)
    return found.name if found is not None else club_id


def _title(found: Sequence[Tie], season: str | None) -> str:
    """The CLI's title: the first tie's clubs, and the season when one is asked for."""
    return f"{found[0].first} v {found[0].second}" + (f", {season}" if season else "")
