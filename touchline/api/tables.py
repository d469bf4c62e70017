"""League tables from the store, and where a manager's club stood when he came, left and at season ends.

:func:`competition_table` is the library function behind ``touchline table``; :func:`spell_positions`
gives the positions the manager output shows ("took over in 15th place, 11th at the end of the season").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from touchline.compute.tables import LeagueTable, league_table, position_over_time, season_tables
from touchline.compute.totals import Venue
from touchline.errors import NotFoundError
from touchline.model import Match
from touchline.reference.rules import Rules, rules_for
from touchline.store.base import Store
from touchline.store.read import competition as find_competition
from touchline.store.read import find_club
from touchline.store.read import season_matches as stored_season
from touchline.store.read import seasons as stored_seasons

# the stage given to matches a source lists without one, played after the regular season of a season
# whose other matches carry stages (football-data's Superliga relegation play-offs, for instance)
UNPLACED = "Play-offs (stage not given by the source)"


def season_matches(store: Store, competition: str, season: str) -> list[Match]:
    """A competition-season's matches for tables: stage-less matches dated after the regular season,
    in a season whose other matches carry stages, are play-offs and are kept out of the regular table."""
    found = stored_season(store, competition, season)
    rules = rules_for(competition, season)
    regular = [m.date for m in found if m.stage is not None and rules.is_regular(m.stage)]
    if not regular or all(m.stage is not None for m in found):
        return found
    last = max(regular)
    return [dataclasses.replace(m, stage=UNPLACED) if m.stage is None and m.date > last else m for m in found]


def competition_table(
    store: Store,
    competition: str,
    season: str,
    *,
    as_of: dt.date | None = None,
    matchday: int | None = None,
    stage: str | None = None,
    venue: Venue = "all",
) -> LeagueTable:
    """The table of a competition-season from the store, under that competition's rules."""
    code = find_competition(store, competition).code
    found = season_matches(store, code, season)
    if not found:
        seasons = [s for s, _, _ in stored_seasons(store, code)]
        close = sorted(seasons, key=lambda s: abs(int(s[:4]) - int(season[:4])) if season[:4].isdigit() else 0)[:5]
        raise NotFoundError(f"season of {code}", season, close)
    if stage is not None:
        stages = sorted({m.stage for m in found if m.stage})
        wanted = next((s for s in stages if s.casefold() == stage.casefold()), None)
        if wanted is None:
            raise NotFoundError(f"stage of {code} {season}", stage, stages)
        stage = wanted
    return league_table(found, rules_for(code, season), as_of=as_of, matchday=matchday, stage=stage, venue=venue)


def club_positions(
    store: Store, club: str, competition: str, season: str, *, by: Literal["date", "matchday"] = "matchday"
) -> tuple[str, str, list[tuple[dt.date | int, int]]]:
    """(club name, competition code, [(matchday or date, position), ...]) over a season's regular stage."""
    code = find_competition(store, competition).code
    name = find_club(store, club).name
    found = season_matches(store, code, season)
    if not found:
        raise NotFoundError(f"season of {code}", season)
    return name, code, position_over_time(found, rules_for(code, season), name, by=by)


@dataclass(frozen=True, slots=True)
class Standing:
    """A club's place in a league table on a date: position, number of clubs, and which table."""

    competition: str
    season: str
    stage: str | None
    date: dt.date
    position: int
    clubs: int

    def __str__(self) -> str:
        return ordinal(self.position)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {
            "competition": self.competition,
            "season": self.season,
            "stage": self.stage,
            "date": self.date.isoformat(),
            "position": self.position,
            "of": self.clubs,
        }


@dataclass(frozen=True, slots=True)
class SpellPositions:
    """Where the club stood when the manager arrived, when he left, and at each season end in between."""

    arrival: Standing | None
    departure: Standing | None
    season_ends: tuple[Standing, ...]


def ordinal(number: int) -> str:
    """``1`` -> ``1st``, ``12`` -> ``12th``, ``22`` -> ``22nd``."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _stage_for(rules: Rules, own: list[Match], day: dt.date) -> str | None:
    """The stage of the club's last match up to ``day`` (None for the regular season)."""
    before = [m for m in own if m.date <= day and m.counts]
    if not before or before[-1].stage is None or rules.is_regular(before[-1].stage):
        return None
    return before[-1].stage


def _standing(season: list[Match], rules: Rules, club: str, day: dt.date, code: str, name: str) -> Standing | None:
    own = [m for m in season if club in (m.home, m.away)]
    if not any(m.counts and m.date <= day for m in own):
        return None  # the club had not played yet: before the season
    stage = _stage_for(rules, own, day)
    table = league_table(season, rules, as_of=day, stage=stage)
    try:
        position = table.position(club)
    except NotFoundError:
        return None
    return Standing(code, name, stage, day, position, len(table))


def spell_positions(store: Store, team_name: str, league: str | None, start: dt.date, end: dt.date) -> SpellPositions:
    """The team's league positions on arrival (before ``start``), on departure (after ``end``) and at
    the end of every season whose last league match falls inside the spell."""
    if league is None:
        return SpellPositions(None, None, ())
    arrival = departure = None
    ends: list[Standing] = []
    for season, first_day, last_day in stored_seasons(store, league):
        if last_day < start - dt.timedelta(days=1) or first_day > end:
            continue
        found = season_matches(store, league, season)
        if not any(team_name in (m.home, m.away) for m in found):
            continue
        rules = rules_for(league, season)
        if first_day < start <= last_day + dt.timedelta(days=1) and arrival is None:
            arrival = _standing(found, rules, team_name, start - dt.timedelta(days=1), league, season)
        if first_day <= end:
            # the last season the spell reaches: after the club's last match up to the end date
            departure = _standing(found, rules, team_name, min(end, last_day), league, season)
        own_last = max((m.date for m in found if team_name in (m.home, m.away) and m.counts), default=None)
        if own_last is not None and start <= own_last <= end:
            final = _season_end(found, rules, team_name, league, season)
            if final is not None:
                ends.append(final)
    return SpellPositions(arrival, departure, tuple(ends))


def _season_end(found: list[Match], rules: Rules, club: str, code: str, season: str) -> Standing | None:
    """The club's final place: in the last table of the season (a play-off round after a split) it is in."""
    for table in reversed(season_tables(found, rules)):
        if any(row.club == club for row in table.rows):
            last = max(m.date for m in found)
            return Standing(code, season, table.stage, last, table.position(club), len(table))
    return None
