"""A manager's record per spell, from the store: the library function behind ``touchline manager``.

:func:`manager_record` finds the person, takes each coaching spell (head coach or caretaker), pulls the
team's matches in the spell's window from the store and counts them (:mod:`touchline.compute.records`).
It also says, honestly, what the data lacks for each spell (:func:`spell_coverage`): a spell with no
matches at all is "no data", never zeros; a spell whose team played a league season or a domestic cup
the store has nothing of is marked partial, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from touchline.compute.records import Record, Shootouts, record, spell_window
from touchline.model import CompetitionKind, Match, Person, Role, Spell
from touchline.reference import competitions as catalog
from touchline.reference.people import COACHING
from touchline.standings import SpellPositions, spell_positions
from touchline.store.base import Store
from touchline.store.people import find_person, person_spells, successor_starts
from touchline.store.read import matches as stored_matches

# A season slot overlapping a spell by fewer days than this is not expected to hold matches.
MIN_OVERLAP_DAYS = 45


@dataclass(frozen=True, slots=True)
class Filters:
    """Which matches count towards a record."""

    competitions: tuple[str, ...] = ()
    kinds: tuple[CompetitionKind, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    shootouts: Shootouts = Shootouts.DRAW

    def keep(self, match: Match) -> bool:
        """Whether a match passes the competition and kind filters."""
        if self.competitions and match.competition not in self.competitions:
            return False
        return not self.kinds or catalog.competition(match.competition).kind in self.kinds


@dataclass(frozen=True, slots=True)
class SpellRecord:
    """One spell with its matches, record, coverage status and gaps.

    Coverage is ``full``, ``partial`` (the gaps say what is missing), ``none`` (no data at all: shown as
    "no data", never zeros) or ``empty`` (data, but no match passes the filters).
    """

    spell: Spell
    team_name: str
    start: dt.date
    end: dt.date
    matches: tuple[Match, ...]
    record: Record
    coverage: str
    gaps: tuple[str, ...] = ()
    breakdown: dict[str, Record] = field(default_factory=dict)
    positions: SpellPositions | None = None


@dataclass(frozen=True, slots=True)
class ManagerRecord:
    """A person's coaching spells with their records, and the total over spells with data."""

    person: Person
    spells: tuple[SpellRecord, ...]
    filters: Filters

    @property
    def total(self) -> Record:
        """The sum over spells that have data."""
        total = Record()
        for spell in self.spells:
            total = total + spell.record
        return total


def _season_slots(start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """July-to-June season slots overlapping ``start..end``, clipped to it: (``2012-13``, first, last)."""
    slots = []
    year = start.year if start.month >= 7 else start.year - 1
    while dt.date(year, 7, 1) <= end:
        first = max(start, dt.date(year, 7, 1))
        last = min(end, dt.date(year + 1, 6, 30))
        slots.append((f"{year}-{(year + 1) % 100:02d}", first, last))
        year += 1
    return slots


def spell_coverage(
    store: Store, league: str | None, start: dt.date, end: dt.date, found: Sequence[Match]
) -> tuple[str, list[str]]:
    """(``full``/``partial``/``none``, reasons) for a team's matches in ``start..end``; ``league`` is the
    league the team plays most in (:func:`_home_league`)."""
    if not found:
        where = f" ({catalog.competition(league).name} data in the store ends before this spell)" if league else ""
        return "none", [f"the store has no matches of this team between {start} and {end}{where}"]
    gaps: list[str] = []
    if league is None:
        return "partial", ["the store holds no league matches of this team, only cup or continental ones"]
    prefix = league.split(".", 1)[0]
    cup = f"{prefix}.cup"
    cup_name = catalog.competition(cup).name if cup != "uefa.cup" else None
    league_dates = [m.date for m in found if catalog.competition(m.competition).kind is CompetitionKind.LEAGUE]
    for season, first, last in _season_slots(start, end):
        if (last - first).days + 1 < MIN_OVERLAP_DAYS:
            continue
        if not any(first <= d <= last for d in league_dates):
            gaps.append(
                f"no league matches of this team in {season} (a league the store has no file for, "
                "e.g. a lower division)"
            )
        # the cup counts as covered when the store has that season of it (even if the club played no
        # cup match in the window) or any cup match inside the window (for differently labelled seasons)
        if cup_name and not store.scalar(
            "SELECT 1 FROM matches WHERE competition = ? AND (season = ? OR date BETWEEN ? AND ?) LIMIT 1",
            (cup, season, first.isoformat(), last.isoformat()),
        ):
            gaps.append(f"{cup_name} {season} is not in the store")
    return ("partial" if gaps else "full"), _merge_gaps(gaps)


def _merge_gaps(gaps: list[str]) -> list[str]:
    """``X 2015-16 is not in the store`` x4 -> ``X 2015-16, 2016-17, ... are not in the store``."""
    grouped: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    for gap in gaps:
        words = gap.split(" ")
        index = next(i for i, w in enumerate(words) if len(w) == 7 and w[4] == "-" and w[:4].isdigit())
        key = " ".join(words[:index]) + " {} " + " ".join(words[index + 1 :])
        if key not in grouped:
            order.append(key)
        grouped[key].append(words[index])
    out = []
    for key in order:
        seasons = grouped[key]
        text = key.format(", ".join(seasons))
        if len(seasons) > 1:
            text = text.replace(" is not in ", " are not in ")
        out.append(text)
    return out


def _home_league(store: Store, team: str) -> str | None:
    """The league code the team plays most matches in, across the whole store."""
    row = store.query(
        "SELECT m.competition, COUNT(*) AS n FROM matches m JOIN competitions c ON c.code = m.competition "
        "WHERE c.kind = 'league' AND (m.home_id = ? OR m.away_id = ?) GROUP BY m.competition ORDER BY n DESC LIMIT 1",
        (team, team),
    )
    return str(row[0][0]) if row else None


def _team_name(store: Store, team: str) -> str:
    return str(store.scalar("SELECT name FROM clubs WHERE id = ?", (team,)) or team)


def spell_record(
    store: Store, spell: Spell, filters: Filters, by: str | None = None, positions: bool = False
) -> SpellRecord:
    """The record of one spell under the filters (and, if asked, the club's league positions)."""
    start, end = spell_window(spell, successor_same_day=successor_starts(store, spell))
    if filters.date_from:
        start = max(start, filters.date_from)
    if filters.date_to:
        end = min(end, filters.date_to)
    everything = stored_matches(store, club=spell.team, date_from=start, date_to=end) if start <= end else []
    found = [m for m in everything if filters.keep(m)]
    league = _home_league(store, spell.team)
    status, gaps = spell_coverage(store, league, start, end, everything) if start <= end else ("none", [])
    if (filters.competitions or filters.kinds) and status != "none":
        # the gaps speak of leagues and cups; with a filter only those that the filter asks for matter
        gaps = [g for g in gaps if _gap_applies(g, filters)]
        status = "partial" if gaps else "full"
    if everything and not found:
        # the team has data in the window, just none the filters ask for: an empty spell, not "no data"
        status, gaps = "empty", []
    counted = [m for m in found if m.counts]
    breakdown: dict[str, Record] = {}
    if by == "season":
        keys = sorted({m.season for m in counted})
        breakdown = {k: record([m for m in counted if m.season == k], spell.team, filters.shootouts) for k in keys}
    elif by == "competition":
        keys = sorted({m.competition for m in counted})
        breakdown = {k: record([m for m in counted if m.competition == k], spell.team, filters.shootouts) for k in keys}
    team_name = _team_name(store, spell.team)
    places = None
    if positions and status not in ("none", "empty"):
        places = spell_positions(store, team_name, league, start, end)
    return SpellRecord(
        spell=spell,
        team_name=team_name,
        start=start,
        end=end,
        matches=tuple(found),
        record=record(counted, spell.team, filters.shootouts),
        coverage=status,
        gaps=tuple(gaps),
        breakdown=breakdown,
        positions=places,
    )


def _gap_applies(gap: str, filters: Filters) -> bool:
    kinds = set(filters.kinds)
    for code in filters.competitions:
        kinds.add(catalog.competition(code).kind)
    if "league" in gap:
        return CompetitionKind.LEAGUE in kinds
    return CompetitionKind.CUP in kinds


def manager_record(
    store: Store,
    name: str,
    filters: Filters | None = None,
    *,
    by: str | None = None,
    roles: Iterable[Role] = COACHING,
    positions: bool = False,
) -> ManagerRecord:
    """A person's coaching record per spell (head coach and caretaker spells, in file order).

    With ``positions`` each spell also carries the club's league position on arrival, on departure
    and at the end of each season in the spell.
    """
    filters = filters or Filters()
    person = find_person(store, name)
    wanted = set(roles)
    spells = [s for s in person_spells(store, person.id) if s.role in wanted]
    if filters.date_from or filters.date_to:
        spells = [s for s in spells if _touches(s, filters.date_from, filters.date_to)]
    records = (spell_record(store, s, filters, by, positions) for s in spells)
    # spells with data, none of it in the competitions asked for, are left out of a filtered table
    return ManagerRecord(person, tuple(r for r in records if r.coverage != "empty"), filters)


def _touches(spell: Spell, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether a spell shares more than a boundary day with ``first..last``.

    A spell that starts on the last day of the range (Midtjylland from 12 July 2015 for
    ``--to 2015-07-12``) only touches it and is left out.
    """
    start, end = spell_window(spell)
    low = max(start, first) if first else start
    high = min(end, last) if last else end
    return (high - low).days >= 1
