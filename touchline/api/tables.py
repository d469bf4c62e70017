"""League tables from the store, and where a manager's club stood when he came, left and at season ends.

:func:`competition_table` is the library function behind ``touchline table``; :func:`spell_positions`
gives the positions the manager output shows ("took over in 15th place, 11th at the end of the season").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from touchline.compute.standings import complete, declared_first, final_standings
from touchline.compute.tables import LeagueTable, league_table, position_over_time, round_number
from touchline.compute.titles import champion
from touchline.compute.totals import Venue
from touchline.errors import ConfigError, NotFoundError
from touchline.model import CompetitionKind, Match
from touchline.reference.rules import Rules, rules_for
from touchline.reference.stages import stage_label
from touchline.store import read
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
    """The table of a competition-season from the store, under that competition's rules.

    Without ``stage``, ``matchday`` or a venue: the season's final standings across its stages (as of
    ``as_of``); ``stage="Regular Season"`` gives the regular season's table alone.
    """
    code = _with_table(store, competition)
    found = season_matches(store, code, season)
    if not found:
        seasons = [s for s, _, _ in stored_seasons(store, code)]
        close = sorted(seasons, key=lambda s: abs(int(s[:4]) - int(season[:4])) if season[:4].isdigit() else 0)[:5]
        raise NotFoundError(f"season of {code}", season, close)
    if matchday is not None:
        last = max((round_number(m.round) or 0 for m in found), default=0)
        if matchday > last:
            raise ConfigError(f"--matchday {matchday}: {code} {season} has {last} matchdays in the data")
    rules = rules_for(code, season)
    if stage is not None and rules.is_regular(stage):
        # "Regular Season" (or a source's name for it): the regular season's table alone
        return league_table(found, rules, as_of=as_of, matchday=matchday, venue=venue)
    if stage is not None:
        stages = sorted({m.stage for m in found if m.stage})
        wanted = next((s for s in stages if s.casefold() == stage.casefold()), None)
        # or its English label, as positions name it ("top six" for sco.1's "Championship")
        wanted = wanted or next((s for s in stages if stage_label(code, s).casefold() == stage.casefold()), None)
        if wanted is None:
            raise NotFoundError(f"stage of {code} {season}", stage, stages)
        stage = wanted
    if stage is None and matchday is None and venue == "all":
        standings = final_standings(found, rules, as_of=as_of)
        # a champion the competition declared heads them (Lithuania 1993-94: ROMAR, level with Žalgiris)
        return declared_first(standings, champion(found, rules)) if standings.champion else standings
    return league_table(found, rules, as_of=as_of, matchday=matchday, stage=stage, venue=venue)


def _with_table(store: Store, competition: str) -> str:
    """The code of a competition played in tables (a league, a group stage); a cup is an error."""
    found = find_competition(store, competition)
    if found.kind in (CompetitionKind.CUP, CompetitionKind.SUPER_CUP):
        raise ConfigError(
            f"{found.code} ({found.name}) is a cup, played in ties, not a table: "
            f"see `touchline cup {found.code} SEASON`"
        )
    return found.code


def club_positions(
    store: Store, club: str, competition: str, season: str, *, by: Literal["date", "matchday"] = "matchday"
) -> tuple[str, str, list[tuple[dt.date | int, int]]]:
    """(club name, competition code, [(matchday or date, position), ...]) over a season's regular stage."""
    code = _with_table(store, competition)
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
    # the stage as the data names it ("Nord", "Championship"); ``stage`` is its English label
    # (data/rules/_stages.toml: sco.1's "Championship" is the "top six" after the split)
    key: str | None = None

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
    # "arrival" / "departure" when the data lacks the result of a match due by that day: the table that
    # day is unknown (not "pre-season")
    unknown: frozenset[str] = frozenset()


# how long before a season's first match a manager arriving counts as taking over in pre-season, at
# least (and where the store holds no earlier season of the league); the league's own off-season
# otherwise (:func:`_off_season`): the A-League's lasts five to six months
_PRE_SEASON = dt.timedelta(days=120)


def _off_season(store: Store, code: str, season: str, team_name: str, first_own: dt.date) -> dt.date:
    """The day the off-season before the team's first match of a league season began: its last match of
    the league's season before (the last of the finals series it played in, or none: Central Coast
    Mariners, out of the A-League's finals of 2009-10 in February 2010), or, where it did not play that
    season (a club's first season, Western Sydney Wanderers' of 2012-13; a promoted club), the end of
    that season's regular season. ``first_own - _PRE_SEASON`` where the store holds no earlier season."""
    earlier = [(label, last) for label, _, last in stored_seasons(store, code) if label != season and last < first_own]
    if not earlier:
        return first_own - _PRE_SEASON
    before = max(earlier, key=lambda pair: pair[1])[0]
    found = season_matches(store, code, before)
    own = [m.date for m in found if team_name in (m.home, m.away) and m.counts]
    if own:
        return max(own)
    rules = rules_for(code, before)
    return max((m.date for m in found if m.counts and rules.is_regular(m.stage)), default=first_own - _PRE_SEASON)


def _known(found: list[Match], day: dt.date) -> bool:
    """Whether the data holds every result of the season due by the end of ``day``."""
    return not any(m.awaiting_result and m.date <= day for m in found)


def ordinal(number: int) -> str:
    """``1`` -> ``1st``, ``12`` -> ``12th``, ``22`` -> ``22nd``."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _standings(
    found: list[Match], rules: Rules, club: str, day: dt.date, code: str, season: str, *, rulings: dt.date | None = None
) -> list[Standing]:
    """The club's places in the season's standings after ``day`` (across stages: a club in a relegation
    round is placed below the championship round); in a season played as tournaments or groups of their
    own (Argentina's Apertura and Clausura), one per tournament begun by then, in the order they began,
    each among its own clubs. Empty before the club's first match. Deductions dated after ``rulings``
    (``day`` if not given) are not yet made; the final standings (``day`` the season's last) make them all.
    """
    if not any(m.counts and m.date <= day and club in (m.home, m.away) for m in found):
        return []  # the club had not played yet: before the season
    last = max(m.date for m in found)
    table = final_standings(found, rules, as_of=rulings or (None if day >= last else day))
    rows = [row for row in table.rows if row.club == club]
    if not rows:
        return []
    if not all(row.group for row in rows):
        row = rows[0]
        stage = row.stage if row.stage not in (None, "Regular Season") else None
        label = stage_label(code, stage) if stage is not None else None
        return [Standing(code, season, label, day, row.position, len(table), key=stage)]
    began: dict[str, dt.date] = {}
    for match in found:
        if match.stage is not None and match.date < began.get(match.stage, dt.date.max):
            began[match.stage] = match.date
    out = [
        (
            began.get(str(row.group), dt.date.min),
            Standing(code, season, _group_label(code, row.group, began), day, row.position, size, key=row.group),
        )
        for row in rows
        if began.get(str(row.group), dt.date.min) <= day
        for size in [sum(1 for other in table.rows if other.group == row.group)]
    ]
    return [standing for _, standing in sorted(out, key=lambda pair: pair[0])]


def _label(code: str, stage: str | None) -> str | None:
    return stage_label(code, stage) if stage is not None else None


def _group_label(code: str, group: str | None, stages: Mapping[str, dt.date]) -> str | None:
    """A group's label: its stage's (a tournament of its own, "Apertura"), or "group A" for a group of a
    regular season played as separate round robins (the Chinese Super League of 2020), no stage's name."""
    if group is None or group in stages:
        return _label(code, group)
    return f"group {group}"


def _standing(
    found: list[Match], rules: Rules, club: str, day: dt.date, code: str, season: str, *, rulings: dt.date | None = None
) -> Standing | None:
    """The club's place after ``day`` in the table then being played (:func:`_standings`' last), or
    ``None`` before its first match."""
    places = _standings(found, rules, club, day, code, season, rulings=rulings)
    return places[-1] if places else None


def _last_of(found: list[Match], club: str, stage: str | None) -> dt.date:
    """The club's last counted match of a stage."""
    return max(
        (m.date for m in found if m.stage == stage and m.counts and club in (m.home, m.away)), default=dt.date.min
    )


def spell_positions(
    store: Store,
    team_name: str,
    league: str | None,
    start: dt.date,
    end: dt.date,
    *,
    club: str | None = None,
    first_match: dt.date | None = None,
) -> SpellPositions:
    """The team's league positions on arrival (the table the day before ``start``), on departure (the
    table of the day he left, ``end``; the final table when he left after the season) and at the end of
    every season the spell saw
    through: the club's last league match inside the spell, in a season the data holds whole; where his
    first match came later than ``start`` (``first_match``), on or after it (Rob Edwards, appointed by
    Watford on the Premier League's last day of 2021-22, saw none of that season through).

    With ``club`` (its id) each season's league is the one the club played in that season; without,
    ``league`` for every season.
    """
    if club is None and league is None:
        return SpellPositions(None, None, ())
    if club is not None:
        seasons = read.league_seasons(store, club, start - dt.timedelta(days=1), end)
    else:
        assert league is not None
        seasons = []
        for season, first_day, last_day in stored_seasons(store, league):
            if last_day >= start - dt.timedelta(days=1) and first_day <= end:
                games = season_matches(store, league, season)
                own = [m.date for m in games if team_name in (m.home, m.away) and m.counts]
                if own:
                    seasons.append((league, season, max(own)))
    arrival = departure = None
    unknown: set[str] = set()
    seen_start = False
    ends: list[Standing] = []
    for code, season, own_last in seasons:
        found = season_matches(store, code, season)
        rules = rules_for(code, season)
        own = [m.date for m in found if team_name in (m.home, m.away) and m.counts]
        if not own:
            continue
        first_own = min(own)
        # he took over during this season, or in the weeks before it started ("pre-season")
        if not seen_start and start <= own_last + dt.timedelta(days=1):
            off = min(first_own - _PRE_SEASON, _off_season(store, code, season, team_name, first_own))
            seen_start = off <= start
        if arrival is None and first_own < start <= own_last + dt.timedelta(days=1):
            day = start - dt.timedelta(days=1)
            if _known(found, day):
                arrival = _standing(found, rules, team_name, day, code, season)
            else:
                unknown.add("arrival")
        if first_own <= end:
            # the table on the day he left, as the press gives it (Pochettino, sacked on 19 November
            # 2019 with Tottenham 14th: 12th after his last match, on the Saturday, before Sunday's);
            # after the season's end, its final table (a later league season replaces an earlier one)
            season_last = max(m.date for m in found if m.counts)
            day = min(end, season_last)
            # a season the data stops in before he left (a file cut short) leaves that table unknown
            cut = end > season_last and not complete(found, rules)
            if _known(found, day) and not cut:
                # a ruling after he left is not the table he left (Juventus, placed last on 25 July 2006)
                departure = _standing(found, rules, team_name, day, code, season, rulings=end)
                unknown.discard("departure")
            else:
                departure = None
                unknown.add("departure")
        finals = _standings(found, rules, team_name, max(m.date for m in found), code, season)
        if len(finals) > 1:
            # tournaments of their own: each seen through where the club's last match of it falls in the
            # spell and the data holds it whole (Newell's Apertura 1991, though not the Clausura 1992);
            # a tournament cut short has no finish, though the competition decided the season (Liga MX's
            # Clausura 2020, cancelled with no champion; its Apertura 2019 stands)
            whole = rules if rules.decision is None or rules.decision.champion else replace(rules, decision=None)
            for final in finals:
                tournament = [m for m in found if m.stage == final.key]
                if (first_match or start) <= _last_of(found, team_name, final.key) <= end and complete(
                    tournament, whole
                ):
                    ends.append(final)
        elif finals and (first_match or start) <= own_last <= end and complete(found, rules):
            ends += finals
    if arrival is None and not seen_start:
        unknown.add("arrival")  # the store holds no league season of the club around his first day
    if departure is not None and _played_elsewhere(store, departure, end, team_name):
        # its league's next season began before he left, without the club: it was in a division the
        # store does not hold (Stabæk, relegated from the Eliteserien of 2023), its table unknown
        departure = None
        unknown.add("departure")
    return SpellPositions(arrival, departure, tuple(ends), frozenset(unknown))


def _played_elsewhere(store: Store, standing: Standing, end: dt.date, team_name: str) -> bool:
    """Whether a later season of the standing's league began before ``end`` without the club in it at all
    (had the club played it, that season's standing would have replaced this one)."""
    held = stored_seasons(store, standing.competition)
    last = next((last for season, _, last in held if season == standing.season), None)
    if last is None:
        return False
    later = [season for season, first, _ in held if last < first <= end]
    return any(
        not any(team_name in (m.home, m.away) for m in season_matches(store, standing.competition, season))
        for season in later
    )
