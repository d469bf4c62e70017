"""Reports for knock-out ties: ``touchline tie`` (the ties two clubs played) and ``touchline cup`` (a
cup season round by round)."""

from __future__ import annotations

from collections.abc import Sequence

from touchline.api.ties import CupSeason
from touchline.compute.ties import Round, Tie
from touchline.model import Match, Score, Status
from touchline.reference.stages import round_label
from touchline.render import Cell, Column, Report
from touchline.views.listing import match_dict, round_text, season_name

TIE_COLUMNS = (
    Column("round", "Round"),
    Column("first", "Team 1"),
    Column("aggregate", "Agg.", "center"),
    Column("second", "Team 2"),
    Column("legs", "Legs"),
    Column("through", "Through"),
    Column("how", "How"),
)


def outcome(tie: Tie) -> str:
    """Who went through and why, as a sentence fragment: "APOEL Nicosia on away goals (2–2 on aggregate)"."""
    if tie.winner is None:
        return f"undecided: {tie.problem}"
    winner = tie_name(tie, tie.winner)
    return f"{winner}, {tie.how}" if tie.how else winner


def tie_name(tie: Tie, club: str) -> str:
    """A club of the tie as it was named in the tie's season (by its id in the legs' matches)."""
    ids = {}
    for match in tie.matches:
        ids[match.home] = match.extra.get("home_id")
        ids[match.away] = match.extra.get("away_id")
    return season_name(club, tie.season, ids.get(club))


def legs_text(tie: Tie) -> str:
    """The legs as results from the first club's side: "1–2, 1–0" (replays after a semicolon)."""
    text = ", ".join(seen_from(m, tie.first) for m in tie.legs)
    if tie.replays:
        text += "; replay " + ", ".join(seen_from(m, tie.first) for m in tie.replays)
    if tie.neutral:
        text += " (neutral venue)"
    return text


def seen_from(match: Match, club: str) -> str:
    """A match's result with ``club``'s goals first: ``2–2 (a.e.t., 4–3 p)``."""
    turn = match.away == club

    def pair(score: Score) -> str:
        return f"{score.away}–{score.home}" if turn else f"{score.home}–{score.away}"

    if match.final is None:
        return match.status.value
    text = pair(match.final)
    if match.et is not None and match.pens is not None:
        text += f" (a.e.t., {pair(match.pens)} p)"
    elif match.et is not None:
        text += " (a.e.t.)"
    elif match.pens is not None:
        text += f" ({pair(match.pens)} p)"
    if match.status is Status.AWARDED:
        text += " (awarded)"
    return text


def round_heading(found: Round) -> str:
    """A cup round as headed, its round in English ("Achtelfinale" -> "Round of 16"; see round_text)."""
    return round_text(found.stage, found.round) or found.name


def _tie_round(tie: Tie) -> str:
    return round_label(tie.round) if tie.round else (tie.stage or "")


def tie_row(tie: Tie) -> dict[str, Cell]:
    """One tie as a table row."""
    aggregate = "" if tie.aggregate is None else f"{tie.aggregate.home}–{tie.aggregate.away}"
    return {
        "round": " ".join(p for p in (tie.competition, tie.season, _tie_round(tie)) if p),
        "first": tie_name(tie, tie.first),
        "aggregate": aggregate if tie.two_legged else (aggregate or None),
        "second": tie_name(tie, tie.second),
        "legs": legs_text(tie),
        "through": tie_name(tie, tie.winner) if tie.winner else "?",
        "how": tie.how if tie.winner is not None else f"undecided: {tie.problem}",
    }


def tie_dict(tie: Tie) -> dict[str, object]:
    """A tie as JSON, with its matches (each with its source file and line); ``season_names``: the clubs
    (first, second, winner, loser) as they were named in the tie's season."""
    sides = {"first": tie.first, "second": tie.second, "winner": tie.winner, "loser": tie.loser}
    return {
        **tie.to_dict(),
        "round_label": None if tie.round is None else round_label(tie.round),
        "season_names": {side: None if club is None else tie_name(tie, club) for side, club in sides.items()},
        "legs": [match_dict(m) for m in tie.legs],
        "replays": [match_dict(m) for m in tie.replays],
    }


def ties_report(ties: Sequence[Tie], title: str) -> Report:
    """``touchline tie``: each tie with its legs, aggregate, and who went through and why."""
    notes = tuple(
        f"{t.competition} {t.season} {_tie_round(t)}: matches from "
        + ", ".join(f"{m.file}:{m.line}" for m in t.matches)
        for t in ties
    )
    return Report(
        title,
        TIE_COLUMNS,
        tuple(tie_row(t) for t in ties),
        notes=notes,
        data={"title": title, "ties": [tie_dict(t) for t in ties]},
        caption=f"{len(ties)} tie{'s' if len(ties) != 1 else ''}",
    )


def cup_report(season: CupSeason) -> Report:
    """``touchline cup``: the season round by round; rounds that are no knock-out say what they are."""
    rows: list[dict[str, Cell]] = []
    for found in season.rounds:
        if not found.knockout:
            group = f"{len(found.matches)} matches (a group or league round, no ties)"
            rows.append({"round": round_heading(found), "first": group})
            continue
        for tie in found.ties:
            rows.append({**tie_row(tie), "round": round_heading(found)})
    final = season.final
    name = season.competition.name
    title = f"{name} {season.season}"
    notes: list[str] = []
    if final is not None:
        notes.append(f"Final: {outcome(final)}")
    if season.rules.sources:
        notes.append("Rules for ties: " + "; ".join(season.rules.sources))
    return Report(
        title,
        TIE_COLUMNS,
        tuple(rows),
        notes=tuple(notes),
        data={
            "competition": season.competition.code,
            "season": season.season,
            "rounds": [_round_dict(r) for r in season.rounds],
            "final": None if final is None else tie_dict(final),
        },
        caption=f"{sum(len(r.ties) for r in season.rounds)} ties in {sum(r.knockout for r in season.rounds)} "
        "knock-out rounds",
    )


def _round_dict(found: Round) -> dict[str, object]:
    return {
        "stage": found.stage,
        "round": found.round,
        "round_label": None if found.round is None else round_label(found.round),
        "knockout": found.knockout,
        "matches": len(found.matches),
        "ties": [tie_dict(t) for t in found.ties],
    }
