"""Honours: who won what, read off final standings and finals, and how a biography lists them.

Pure: :func:`league_honours` reads a season's final standings (a champion the competition declared at
their top: :func:`touchline.compute.standings.declared_first`), :func:`group_honours` those of a season
played as tournaments, :func:`final_honours` a decided final, :func:`premiership_honours` the top of a
regular season a finals series followed, :func:`regional_honours` a state championship's champion;
:func:`biography_lines` groups honours as an encyclopedia's Honours section writes them
("Danish Superliga: 2017–18"; "The Atlantic Cup runner-up (2): 2020, 2022").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from touchline.compute.standings import met_fixtures, round_robin_whole
from touchline.compute.tables import LeagueTable
from touchline.compute.ties import Tie
from touchline.compute.titles import Beyond, clinch_day
from touchline.model import Match
from touchline.reference.competitions import line_name
from touchline.reference.rules import Rules


class Place(StrEnum):
    """Where a club finished."""

    WINNER = "winner"
    RUNNER_UP = "runner-up"


def league_kind(tier: int | None) -> HonourKind | None:
    """The kind of a league title of a tier: a top flight's, a second tier's, a lower one's; ``None``
    for a competition that is no league of known tier."""
    if tier is None:
        return None
    return HonourKind.LEAGUE if tier == 1 else HonourKind.SECOND_TIER if tier == 2 else HonourKind.LOWER_TIER


class HonourKind(StrEnum):
    """What kind of competition an honour is in."""

    LEAGUE = "league"  # a top-flight title or runner-up
    SECOND_TIER = "second tier"  # second-tier champions or runners-up (promotion)
    LOWER_TIER = "lower tier"  # champions or runners-up of a third tier or below (a regional group's winners too)
    REGIONAL = "regional"  # champions of a league of no national tier (a Brazilian state championship)
    CUP = "cup"
    SUPER_CUP = "super cup"
    CONTINENTAL = "continental"
    OTHER = "other"  # hand-entered, in a competition the catalogue does not know


@dataclass(frozen=True, slots=True)
class Honour:
    """One honour of a club in one season.

    ``title`` is the competition's name that season ("1st Division"); ``date`` the deciding day (the
    day a league title was out of reach, else the season's last match; the final); ``evidence`` says
    what in the data shows it (the final with its file and line, the final table); ``source`` is set
    for a hand-entered honour.
    """

    club: str
    competition: str
    title: str
    season: str
    place: Place
    kind: HonourKind
    date: dt.date | None
    evidence: str = ""
    source: str | None = None
    credited: tuple[str, ...] = ()

    @property
    def hand_entered(self) -> bool:
        """Whether the honour comes from the facts file, not from the match data."""
        return self.source is not None

    @property
    def label(self) -> str:
        """The line's name: "Danish Superliga", "Belgian Cup runner-up"."""
        return _labelled(self.title, self.place)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {
            "club": self.club,
            "competition": self.competition,
            "title": self.title,
            "season": self.season,
            "place": self.place.value,
            "kind": self.kind.value,
            "date": self.date.isoformat() if self.date else None,
            "evidence": self.evidence,
            "hand_entered": self.hand_entered,
            "source": self.source,
        }


def league_honours(
    table: LeagueTable,
    club: str,
    code: str,
    title: str,
    tier: int | None,
    date: dt.date,
    won_on: dt.date | None = None,
) -> list[Honour]:
    """The club's honour in a complete season's final standings: champions or runners-up of any tier
    (biographies list a second tier's runners-up, promoted: Warnock's Sheffield United, Championship
    runner-up 2005-06), a group's winners where the tier was played in groups (no runner-up there).
    ``date`` is the season's last day; ``won_on`` the day a title was out of reach before it, if it was
    (:func:`touchline.compute.titles.clinch_day`): the title is dated, and credited, by it."""
    kind = league_kind(tier)
    if kind is None:
        return []
    row = next((r for r in table.rows if r.club == club), None)
    if row is None:
        return []
    name = f"{title} {row.group}" if row.group else title
    size = sum(1 for r in table.rows if r.group == row.group)
    evidence = f"final table of {code} {table.season}: {row.position} of {size}, {row.points} points"
    if row.position == 1 and not row.shared:
        if won_on is not None:
            evidence += f"; out of reach from {won_on.isoformat()}"
        return [Honour(club, code, name, table.season, Place.WINNER, kind, won_on or date, evidence)]
    if row.position == 2 and not row.group and not row.shared:
        return [Honour(club, code, name, table.season, Place.RUNNER_UP, kind, date, evidence)]
    return []


def clinched_honours(
    table: LeagueTable, club: str, code: str, title: str, tier: int | None, date: dt.date, unresolved: int
) -> list[Honour]:
    """The title of a season the club won though some of its fixtures have no result, none of which
    could have changed it; no runner-up (the order below the champion was still open)."""
    kind = league_kind(tier)
    if kind is None or not table.rows or table.rows[0].club != club:
        return []
    row = table.rows[0]
    matches = "match" if unresolved == 1 else "matches"
    evidence = (
        f"final table of {code} {table.season}: 1st, {row.points} points, out of reach whatever the "
        f"{unresolved} {matches} without a result"
    )
    return [Honour(club, code, title, table.season, Place.WINNER, kind, date, evidence)]


def group_honours(
    table: LeagueTable,
    matches: Sequence[Match],
    settled: Mapping[str, Beyond | None],
    club: str,
    code: str,
    title: str,
    tier: int | None,
    rules: Rules,
) -> list[Honour]:
    """The club's honours in a season played as groups or tournaments, each a title of its own
    (Argentina's Apertura and Clausura): each settled by its table, by a round-robin decider named after
    it (a triangular), or by the final of a play-off named after it (Mexico's liguilla), as
    ``settled`` (:func:`touchline.compute.titles.group_titles`) says. Neither a decider nor a play-off
    among some of the clubs (Uruguay's liguilla) is a title of its own; regional groups (2. Bundesliga
    Nord and Süd) each are."""
    found: list[Honour] = []
    clubs = {group: {r.club for r in table.rows if r.group == group} for group in settled}
    for group, beyond in settled.items():
        if any(group != other and group.startswith(other + " ") for other in settled):
            continue  # a decider of another group ("Apertura Playoffs"): that group's title
        # a match abandoned without a result was still the fixture's meeting (Clausura 2005: two)
        own = met_fixtures([m for m in matches if m.stage == group])
        if any(clubs[group] < clubs[other] for other in settled) or not round_robin_whole(own):
            continue  # a play-off among some of the clubs (a liguilla, a quadrangular): no title of its own
        if beyond is not None and beyond.final is not None:
            found += league_final_honours(beyond.final, club, f"{title} {group}", tier)
            continue
        ranked = group if beyond is None else beyond.stage
        rows = tuple(r._replace(group=group) for r in table.rows if r.group == ranked)
        dates = [m.date for m in matches if m.counts and m.stage == ranked]
        if rows and dates:
            won_on = clinch_day(matches, rules, club, stage=group) if beyond is None and rows[0].club == club else None
            found += league_honours(replace(table, rows=rows), club, code, title, tier, max(dates), won_on)
    return found


def premiership_honours(table: LeagueTable, club: str, code: str, title: str, date: dt.date) -> list[Honour]:
    """The club's premiership: the top of a top flight's regular season whose title a finals series
    then decided, an honour of its own where the rules name it ``title`` (MLS's Supporters' Shield)."""
    return [h for h in league_honours(table, club, code, title, 1, date) if h.place is Place.WINNER]


def regional_honours(
    table: LeagueTable, final: Tie | None, club: str, code: str, title: str, date: dt.date
) -> list[Honour]:
    """The club's title in a league of no national tier (a Brazilian state championship: Grêmio's
    Campeonato Gaúcho 2019, won in its final on penalties): the winner of the ``final`` that settled it
    where one did, else the top of its final standings (``table``, the season ending on ``date``).
    Champions only: biographies list a state championship's winners, not its runners-up."""
    if final is not None:
        return [h for h in final_honours(final, club, title, HonourKind.REGIONAL) if h.place is Place.WINNER]
    return [
        replace(h, kind=HonourKind.REGIONAL)
        for h in league_honours(table, club, code, title, 1, date)
        if h.place is Place.WINNER
    ]


def league_final_honours(final: Tie, club: str, title: str, tier: int | None) -> list[Honour]:
    """The club's honour in a league season whose title a final settled (a finals series, a decider
    between clubs level on points): champions or runners-up of any tier."""
    kind = league_kind(tier)
    if kind is None:
        return []
    return final_honours(final, club, title, kind)


def final_honours(final: Tie, club: str, title: str, kind: HonourKind) -> list[Honour]:
    """The club's honour in a decided final it played: winner or runner-up."""
    if final.winner is None or not final.involves(club):
        return []
    place = Place.WINNER if final.winner == club else Place.RUNNER_UP
    decided = final.matches[-1]
    sources = ", ".join(f"{m.file}:{m.line}" for m in final.matches)
    evidence = f"final: {final.first} v {final.second}, {final.winner} {final.how} ({sources})"
    return [Honour(club, final.competition, title, final.season, place, kind, decided.date, evidence)]


def season_text(season: str) -> str:
    """A season as a biography writes it: ``2017–18``, ``2020``; across a century the end year whole
    (``1999–2000``, as encyclopedias' style guides ask)."""
    start, dash, end = season.partition("-")
    if dash and start.isdigit() and end.isdigit() and len(end) == 2 and start[2:] == "99":
        return f"{start}–{int(start) + 1}"
    return season.replace("-", "–")


def biography_lines(honours: Iterable[Honour]) -> list[tuple[str, list[Honour]]]:
    """Honours grouped into a biography's lines, in order of first season: ("Danish Cup", [...]). A title
    renamed is one line, under the competition's name (FA Premier League and Premier League titles: the
    "Premier League" line; :func:`touchline.reference.competitions.line_name`)."""
    lines: dict[str, list[Honour]] = {}
    for honour in sorted(honours, key=lambda h: (h.date or dt.date(int(h.season[:4]), 12, 31), h.label)):
        label = _labelled(line_name(honour.competition, honour.title), honour.place)
        lines.setdefault(label, []).append(honour)
    return list(lines.items())


def _labelled(title: str, place: Place) -> str:
    return title if place is Place.WINNER else f"{title} runner-up"


def line_text(label: str, honours: Sequence[Honour], marker: str = "") -> str:
    """One line: "The Atlantic Cup runner-up (2): 2020, 2022" (``marker`` after hand-entered seasons)."""
    count = f" ({len(honours)})" if len(honours) > 1 else ""
    seasons = ", ".join(season_text(h.season) + (marker if h.hand_entered else "") for h in honours)
    return f"{label}{count}: {seasons}"
