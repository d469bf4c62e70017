"""Reports for the commands that show what the store holds: matches, coverage, clubs, conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from touchline.model import Club, Match, Score
from touchline.reference.clubs import ClubRegistry
from touchline.reference.stages import round_label
from touchline.render import Cell, Column, Report
from touchline.store.read import Conflict, CoverageRow


def season_name(name: str, season: str, club: object = None) -> str:
    """The name a club carried in ``season`` (the registry's ``former_names``: ``Tokyo Verdy`` in 1993 is
    ``Verdy Kawasaki``): by its id ``club`` when known, else by its name; ``name`` for any other club."""
    return ClubRegistry.default().season_name(name, season, club if isinstance(club, str) else None)


def home_name(match: Match) -> str:
    """The home club's name in the match's season."""
    return season_name(match.home, match.season, match.extra.get("home_id"))


def away_name(match: Match) -> str:
    """The away club's name in the match's season."""
    return season_name(match.away, match.season, match.extra.get("away_id"))


def score_text(match: Match) -> str:
    """A match's result as the encyclopedia writes it: ``2–1``, ``2–2 (a.e.t.)``, ``2–2 (a.e.t., 4–5 p)``."""
    if match.final is None:
        if match.pens is not None:
            return f"{match.pens.home}–{match.pens.away} p"
        return match.status.value
    text = f"{match.final.home}–{match.final.away}"
    if match.et is not None and match.pens is not None:
        text += f" (a.e.t., {match.pens.home}–{match.pens.away} p)"
    elif match.et is not None:
        text += " (a.e.t.)"
    elif match.pens is not None:
        text += f" ({match.pens.home}–{match.pens.away} p)"
    if match.status.value == "awarded":
        side = {"home": home_name(match), "away": away_name(match)}.get(match.awarded_to or "")
        played = match.extra.get("played")  # a played result overturned (data/awarded.toml)
        was = f"played {played.home}–{played.away}, " if isinstance(played, Score) else ""
        if match.extra.get("walkover"):
            was = "not played, "  # a walkover (data/awarded.toml): no manager's record counts it
        text += f" ({was}awarded to {side})" if side else f" ({was}awarded)"
    return text


def round_text(stage: str | None, round_name: str | None) -> str:
    """A match's stage and round as shown ("Apertura / Final"), the round in English ("3. Platz" ->
    "third-place match", data/rules/_stages.toml); "" when the data gives neither."""
    return " / ".join(x for x in (stage, None if round_name is None else round_label(round_name)) if x)


def match_dict(match: Match) -> dict[str, object]:
    """The JSON shape of one match (documented in docs/json.md)."""

    def pair(score: object) -> list[int] | None:
        return None if score is None else [score.home, score.away]  # type: ignore[attr-defined]

    return {
        "id": match.extra.get("id"),
        "date": match.date.isoformat(),
        "time": match.time,
        "competition": match.competition,
        "season": match.season,
        "stage": match.stage,
        "round": match.round,
        # round_label: the round in English as touchline shows it ("10. Runde" -> "Round 10")
        "round_label": None if match.round is None else round_label(match.round),
        "leg": match.leg,
        # name: the club's name today; season_name: the name it carried in the match's season
        "home": {"id": match.extra.get("home_id"), "name": match.home, "season_name": home_name(match)},
        "away": {"id": match.extra.get("away_id"), "name": match.away, "season_name": away_name(match)},
        "score": {"ft": pair(match.ft), "ht": pair(match.ht), "et": pair(match.et), "p": pair(match.pens)},
        "status": match.status.value,
        # awarded_to: "home" or "away", the side an awarded match given level went to (data/awarded.toml)
        "awarded_to": match.awarded_to,
        # played: the score a match was played to where its result was overturned and awarded at
        # "score" (data/awarded.toml), else null
        "played": pair(match.extra.get("played")),
        # walkover: true for an awarded match never played (data/awarded.toml's [[walkover]]), which
        # managers' records leave out
        "walkover": bool(match.extra.get("walkover")),
        "source": {"name": match.source, "file": match.file, "line": match.line},
    }


MATCH_COLUMNS = (
    Column("date", "Date"),
    Column("competition", "Comp."),
    Column("round", "Round"),
    Column("home", "Home"),
    Column("score", "Score", "center"),
    Column("away", "Away"),
    Column("source", "Source"),
)


def match_row(match: Match) -> dict[str, str | int | float | None]:
    """One match as a table row."""
    shown = round_text(match.stage, match.round)
    return {
        "date": match.date.isoformat(),
        "competition": f"{match.competition} {match.season}",
        "round": shown or None,
        "home": home_name(match),
        "score": score_text(match),
        "away": away_name(match),
        "source": f"{match.file}:{match.line}",
    }


def matches_report(matches: Sequence[Match], title: str) -> Report:
    """A list of matches with where each came from."""
    return Report(
        title=title,
        columns=MATCH_COLUMNS,
        rows=tuple(match_row(m) for m in matches),
        data={"title": title, "count": len(matches), "matches": [match_dict(m) for m in matches]},
        caption=f"{len(matches)} matches",
    )


def coverage_report(rows: Sequence[CoverageRow]) -> Report:
    """Competitions x seasons with counts, date ranges and sources."""
    columns = (
        Column("competition", "Competition"),
        Column("name", "Name"),
        Column("season", "Season"),
        Column("matches", "Matches", "right", True),
        Column("played", "With score", "right", True),
        Column("first", "First"),
        Column("last", "Last"),
        Column("sources", "Sources"),
    )
    body: tuple[dict[str, Cell], ...] = tuple(
        {
            "competition": r.competition,
            "name": r.name,
            "season": r.season,
            "matches": r.matches,
            "played": r.played,
            "first": r.first.isoformat(),
            "last": r.last.isoformat(),
            "sources": ", ".join(r.sources),
        }
        for r in rows
    )
    return Report(
        "Coverage",
        columns,
        body,
        data={"coverage": [dict(row, sources=list(r.sources)) for row, r in zip(body, rows, strict=True)]},
        caption=f"{len(rows)} competition-seasons, {sum(r.matches for r in rows)} matches",
    )


def clubs_report(clubs: Sequence[tuple[Club, int, bool]], title: str) -> Report:
    """Clubs with their ids, the other names sources use, match counts, and reviewed or derived."""
    columns = (
        Column("id", "Id"),
        Column("name", "Name"),
        Column("country", "Country"),
        Column("matches", "Matches", "right", True),
        Column("status", "Status"),
        Column("other_names", "Other names seen"),
    )
    rows = tuple(
        {
            "id": club.id,
            "name": club.name,
            "country": club.country,
            "matches": count,
            "status": "reviewed" if known else "derived",
            "other_names": ", ".join(club.other_names) or None,
        }
        for club, count, known in clubs
    )
    return Report(
        title,
        columns,
        rows,
        data={"clubs": [dict(r, other_names=list(c.other_names)) for r, (c, _, _) in zip(rows, clubs, strict=True)]},
        caption=f"{len(rows)} clubs",
    )


def conflicts_report(conflicts: Sequence[Conflict]) -> Report:
    """Matches whose sources disagree (result, date or club), both sides with their files and lines."""
    columns = (
        Column("date", "Date"),
        Column("competition", "Comp."),
        Column("home", "Home"),
        Column("away", "Away"),
        Column("score", "Primary score", "center"),
        Column("source", "Primary source"),
        Column("other_date", "Other date"),
        Column("other_score", "Other score", "center"),
        Column("other_source", "Other source"),
    )
    rows = tuple(
        {
            "date": c.match.date.isoformat(),
            "competition": f"{c.match.competition} {c.match.season}",
            "home": c.match.home,
            "away": c.match.away,
            "score": score_text(c.match),
            "source": f"{c.match.file}:{c.match.line}",
            "other_date": c.other.date.isoformat(),
            "other_score": score_text(c.other),
            "other_source": f"{c.other.file}:{c.other.line}",
        }
        for c in conflicts
    )
    data = {"conflicts": [{"match": match_dict(c.match), "other": match_dict(c.other)} for c in conflicts]}
    return Report("Where sources disagree", columns, rows, data=data, caption=f"{len(rows)} conflicts")
