"""A manager's record per spell, from the store: the library function behind ``touchline manager``.

:func:`manager_record` finds the person, takes each coaching spell (head coach or caretaker), pulls the
team's matches in the spell's window from the store and counts them (:mod:`touchline.compute.records`).
It also says, honestly, what the data lacks for each spell (:mod:`touchline.compute.coverage`): a spell
with no matches at all is "no data", never zeros; a spell whose team played a league season, a
domestic cup, a super cup or club world cup it qualified for, or the end-of-season play-offs its league
place qualified it for (``[[playoffs]]`` of ``data/competitions.toml``), that the store has nothing of,
is marked partial, with the reason. A cup or one-off counts only where the spell covers the days the
team would have played it: the store's own dates where it holds the competition near that season,
the calendar's (``data/calendar.toml``: when top-flight clubs enter each cup, the days of one-offs
the store lacks) where it does not, a guess last. What the team was expected to play besides its
league is :mod:`touchline.api.expected`'s question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from touchline.api.expected import cut_seasons, expected_competitions, held, league_slots, qualified_onward
from touchline.api.national import national_coverage
from touchline.api.people import spell_days
from touchline.api.tables import SpellPositions, spell_positions
from touchline.compute import coverage as cover
from touchline.compute.coverage import Coverage, Expected, Gap, GapKind
from touchline.compute.records import Record, Shootouts, record
from touchline.errors import NotFoundError
from touchline.model import CompetitionKind, Match, Person, Role, Season, Spell, Status
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry
from touchline.reference.people import COACHING
from touchline.reference.rules import rules_for
from touchline.store import people as stored_people
from touchline.store import read
from touchline.store.base import Store
from touchline.store.people import find_person, person_spells, successor_starts


@dataclass(frozen=True, slots=True)
class Filters:
    """Which matches count towards a record: competitions, kinds, league tiers, dates, shoot-outs.

    ``kinds`` of ``league`` counts every tier of league (a second division too); ``tiers`` keeps leagues
    of those tiers only (``1`` for a top flight: ``eng.1``, ``de.1``).
    """

    competitions: tuple[str, ...] = ()
    kinds: tuple[CompetitionKind, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    shootouts: Shootouts = Shootouts.DRAW
    tiers: tuple[int, ...] = ()

    def keep(self, match: Match) -> bool:
        """Whether a match passes the competition, kind and tier filters."""
        if self.competitions and match.competition not in self.competitions:
            return False
        if self.tiers and catalog.tier(match.competition) not in self.tiers:
            return False
        return not self.kinds or catalog.competition(match.competition).kind in self.kinds

    @property
    def active(self) -> bool:
        """Whether any competition, kind or tier filter is set."""
        return bool(self.competitions or self.kinds or self.tiers)

    def concerned(self) -> set[CompetitionKind]:
        """The kinds of competition the filters keep (every kind without filters)."""
        kinds = set(self.kinds)
        kinds |= {catalog.competition(code).kind for code in self.competitions}
        if self.tiers:
            kinds.add(CompetitionKind.LEAGUE)
        return kinds or set(CompetitionKind)

    def passes(self, code: str) -> bool:
        """Whether matches of competition ``code`` pass the competition and tier filters (a gap of it
        matters to the record only then)."""
        if self.competitions and code not in self.competitions:
            return False
        return (
            not self.tiers
            or catalog.competition(code).kind is not CompetitionKind.LEAGUE
            or (catalog.tier(code) in self.tiers)
        )


@dataclass(frozen=True, slots=True)
class SpellRecord:
    """One spell with its matches, record, coverage state and the gaps behind it.

    Coverage is ``full``, ``partial`` (the gaps say what is missing), ``none`` (no data at all: shown as
    "no data", never zeros) or ``empty`` (data, but no match passes the filters).
    """

    spell: Spell
    team_name: str
    start: dt.date
    end: dt.date
    matches: tuple[Match, ...]
    record: Record
    coverage: Coverage
    gaps: tuple[Gap, ...] = ()
    breakdown: dict[str, Record] = field(default_factory=dict)
    positions: SpellPositions | None = None

    @property
    def walkovers(self) -> tuple[Match, ...]:
        """The spell's awarded matches that were never played (``[[walkover]]`` of data/awarded.toml),
        which its record leaves out."""
        return tuple(m for m in self.matches if m.counts and m.extra.get("walkover"))

    @property
    def shown_name(self) -> str:
        """The team as the spell is shown: its label, else its name when the spell began (Terek Grozny
        for a spell of 2011 at the club named Akhmat Grozny since 2017); see :func:`spell_team_name`."""
        return spell_team_name(self.spell, self.team_name)


def spell_team_name(spell: Spell, team_name: str, *, labelled: bool = True) -> str:
    """The team of a spell as touchline shows it: the person file's ``label`` where it gives one, else the
    name the club carried on the spell's first day (``former_names`` in ``data/clubs.toml``: Terek Grozny
    for a spell of 2011 at today's Akhmat Grozny; a spell given by years from the 1st of January of its
    first), else its label or ``team_name`` (its name today). Without ``labelled`` (the honours' headings,
    which name a club, not a spell: "KAA Gent", not a file's "Gent") the label is left out."""
    shown = (spell.label if labelled else None) or team_name
    # the import labels a spell whose file gives none with the club's name today (api/people.py _label):
    # such a label is no choice of the file's
    if labelled and spell.label and spell.label not in (team_name, _registered_name(spell.team)):
        return spell.label
    began = spell.start or (dt.date(spell.start_year, 1, 1) if spell.start_year else None)
    try:
        club = ClubRegistry.default().get(spell.team)
    except NotFoundError:
        return shown  # a club not in the registry (derived from the data): no former names
    if began is None or not club.former_names:
        return shown
    then = club.name_on(began)
    return then if then != club.name else shown


def _registered_name(club: str) -> str | None:
    try:
        return ClubRegistry.default().get(club).name
    except NotFoundError:
        return None


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


def _calendar(store: Store, league: str | None, start: dt.date, end: dt.date) -> bool:
    """Whether a league's seasons from ``start`` to ``end`` are calendar years (``2019``) in the store:
    as most of its seasons played then are labelled, else as its season nearest them (Norway played
    from autumn to spring until 1961, in calendar years since)."""
    seasons = read.seasons(store, league) if league is not None else []
    if not seasons:
        return False
    inside = [label for label, first, last in seasons if first <= end and last >= start]
    if inside:
        return 2 * sum("-" not in label for label in inside) > len(inside)
    nearest = min(seasons, key=lambda s: min(abs((s[1] - end).days), abs((s[2] - start).days)))
    return "-" not in nearest[0]


def _cups_of_other_seasons(
    store: Store,
    club: str,
    team_name: str,
    league: str,
    slots: Sequence[tuple[str, dt.date, dt.date]],
    cup_slots: Sequence[tuple[str, dt.date, dt.date]],
) -> list[Expected]:
    """The cups expected of a spell across a change of its league between autumn-to-spring and
    calendar-year seasons that the spell's cup seasons (``cup_slots``, all of the one type most of the
    league's seasons then are labelled in: :func:`_calendar`) never list: each read in the part of the
    spell whose league seasons (``slots``, :func:`_season_slots`) are of the other type. Boca Juniors
    under Russo, December 2019 to August 2021, read by calendar years: the Copa de la Superliga of
    2019-20 (one matchday, March 2020), listed for the autumn-to-spring seasons of 2018-19 and 2019-20
    only; read to June 2021, by autumn-to-spring seasons: the Copa de la Liga of 2021, listed from the
    calendar year 2021. Only cups (and cups held in part) that no slot of ``cup_slots`` long enough to
    expect matches lists: a cup the spell's seasons already meet keeps them (the Russian Cup of 2009-10
    and 2010-11 across Russia's change to autumn-to-spring), and a spell of one type of season adds
    nothing."""
    calendar = bool(cup_slots) and "-" not in cup_slots[0][0]
    other = [slot for slot in slots if ("-" not in slot[0]) is not calendar]
    if not other:
        return []
    prefix = league.split(".", 1)[0]
    seen = {
        code
        for season, first, last in cup_slots
        if cover.long_enough(first, last)
        for code in catalog.cups(prefix, season)
    }
    unseen = {
        code
        for season, first, last in other
        if cover.long_enough(first, last)
        for code in catalog.cups(prefix, season)
        if code not in seen
    }
    if not unseen:
        return []
    kinds = (cover.GapKind.CUP, cover.GapKind.CUP_PART)
    found = expected_competitions(store, club, team_name, league, other)
    return [item for item in found if item.kind in kinds and item.competition in unseen]


def _outside_named(
    store: Store, gap: Gap, competitions: Sequence[str], slots: Sequence[tuple[str, dt.date, dt.date]]
) -> bool:
    """Whether ``gap`` is a league season of a division the store does not hold (no league match of
    the team anywhere in it: Raków Częstochowa's third and second tiers of 2016 to 2019) while the store
    holds each league among ``competitions`` for it: the team played in none of them, so a record of them
    (Papszun's in the Ekstraklasa) lacks nothing there."""
    if gap.kind is not cover.GapKind.LEAGUE or gap.competition is not None:
        return False
    leagues = [c for c in competitions if catalog.competition(c).kind is CompetitionKind.LEAGUE]
    windows = {label: (first, last) for label, first, last in slots}
    return bool(leagues) and all(
        season in windows and read.holds(store, code, season, *windows[season])
        for season in gap.seasons
        for code in leagues
    )


def _season_slots(
    store: Store, club: str, league: str | None, start: dt.date, end: dt.date
) -> list[tuple[str, dt.date, dt.date]]:
    """The spell's season slots, each year as the league's seasons of it are labelled, else as its
    country's other leagues' are (Russia's First Division, calendar years until 2010, for a spell the
    store holds none of), else as :func:`_calendar` reads them: a window across a change of format has
    both kinds (Kuban Krasnodar from October 2009: 2009, 2010, then 2011-12 from January 2011, the
    long season of Russia's move to autumn-to-spring)."""
    own = {label for label, _, _ in read.seasons(store, league)} if league is not None else set()
    country = {season for _, season in stored_people.country_league_seasons(store, club)}
    years = range(start.year - 1, end.year + 1)
    kinds: dict[int, bool] = {}  # a year's seasons: calendar (True) or autumn to spring (False)
    from_own = ambiguous = False
    for year in years:
        for labels in (own, country):
            calendar = str(year) in labels
            split = any(label.startswith((f"{year}-", f"{year}/")) for label in labels)
            ambiguous = ambiguous or (calendar and split)  # a short season and a long one begun that year
            if calendar != split:
                kinds[year] = calendar
                from_own = from_own or labels is own
                break
    if len(set(kinds.values())) < 2 or ambiguous:
        # one kind of season (or none known, or a year of both: Argentina's 2016 and 2016-17), as the
        # league's own seasons are labelled, else its country's leagues'
        calendar = _calendar(store, league, start, end) if from_own or not kinds else next(iter(kinds.values()))
        return cover.season_slots(start, end, calendar)
    slots: list[tuple[str, dt.date, dt.date]] = []
    for year in years:
        near = min(kinds, key=lambda known: (abs(known - year), known))
        if kinds[near]:
            label, begin, until = str(year), dt.date(year, 1, 1), dt.date(year, 12, 31)
        else:
            label, begin, until = f"{year}-{(year + 1) % 100:02d}", dt.date(year, 7, 1), dt.date(year + 1, 6, 30)
        if slots:
            # a long season of a change of format begins the day after the last (2011-12 in Russia, from
            # January 2011); a calendar year after an autumn-to-spring season, the day after it ends
            begin = slots[-1][2] + dt.timedelta(days=1)
        slots.append((label, begin, until))
    return [
        (label, max(first, start), min(last, end)) for label, first, last in slots if first <= end and last >= start
    ]


def _shown(
    store: Store, club: str, league: str, start: dt.date, end: dt.date, stored: Sequence[tuple[str, dt.date, dt.date]]
) -> bool:
    """Whether the data shows the club in ``league`` within ``start..end`` or the season either side,
    or (a top flight) in the first season the store holds of it (Atlas in Mexico's Primera División of
    2000-01, the first the store holds, for a spell of 1993-95): else a season without its league
    matches names no division (Siena of 1986-87, in Serie C1, is not in "Serie B, whose data begins
    with 1994-95")."""
    year = dt.timedelta(days=366)
    if any(code == league for code, _, _ in read.league_seasons(store, club, start - year, end + year)):
        return True
    return catalog.tier(league) == 1 and bool(stored) and read.plays_in(store, club, league, stored[0][0])


def _first_match_in(
    store: Store, club: str, start: dt.date, end: dt.date, everything: Sequence[Match]
) -> dt.date | None:
    """The day of the club's first match in the store where it falls in the spell (none before it):
    a club that began then (Atlanta United, first match 5 March 2017); ``None`` otherwise."""
    counted = [m.date for m in everything if m.counts]
    if not counted or start > end or read.neighbour_match_days(store, club, start, end)[0] is not None:
        return None
    return min(counted)


def _left_out(everything: Sequence[Match]) -> list[Match]:
    """The team's abandoned matches that the data has no replay of (a later counted match of the same
    two clubs in the same competition and season: home and away as they were in a league, either way
    round in a cup): left out of the record, and of the table (Treviso v Grosseto, Serie B, 14 May
    2008)."""
    out = []
    for match in everything:
        if match.status is not Status.ABANDONED or match.counts:
            continue
        league = catalog.competition(match.competition).kind is CompetitionKind.LEAGUE
        pair = (match.home, match.away)
        replayed = any(
            m.counts
            and m.competition == match.competition
            and m.season == match.season
            and m.date > match.date
            and ((m.home, m.away) == pair if league else {m.home, m.away} == set(pair))
            for m in everything
        )
        if not replayed:
            out.append(match)
    return out


def _latest_league(store: Store, everything: Sequence[Match], league: str | None) -> tuple[str, str, str] | None:
    """The league of the team's last league fixture in the spell where it is not ``league`` (the one it
    played in most): its code, its name that season and the last season the store holds of it."""
    fixtures = [m for m in everything if catalog.competition(m.competition).kind is CompetitionKind.LEAGUE]
    if not fixtures:
        return None
    last = max(fixtures, key=lambda m: m.date)
    if last.competition == league:
        return None
    seasons = read.seasons(store, last.competition)
    final = max((label for label, _, _ in seasons), key=lambda label: Season.parse(label).start, default=last.season)
    return last.competition, catalog.name_in(last.competition, last.season), final


def _without_league(store: Store, club: str, slots: Sequence[tuple[str, dt.date, dt.date]]) -> frozenset[str]:
    """The spell's seasons in which the store holds no league match of the club at all, with a result
    or without (a season label of the same first year counts as the same season: ``2025`` and
    ``2025-26``): nothing shows that the store holds the league the club played then (VfL Bochum's
    2. Bundesliga of 2025-26, after its relegation, is not in the store)."""
    if not slots:
        return frozenset()
    year = dt.timedelta(days=366)
    starts = set()
    for code, label in read.club_seasons(store, club, slots[0][1] - year, slots[-1][2] + year):
        if catalog.competition(code).kind is CompetitionKind.LEAGUE:
            try:
                starts.add(Season.parse(label).start)
            except ValueError:
                continue
    return frozenset(season for season, _, _ in slots if Season.parse(season).start not in starts)


def _moved_to(
    store: Store, club: str, league: str | None, slots: Sequence[tuple[str, dt.date, dt.date]], unheld: frozenset[str]
) -> dict[str, tuple[str, str, str]]:
    """For each season of ``unheld`` that the store holds of ``league`` (the club not in it), the one
    league of its country a tier above or below whose data in the store ends before that season, where
    there is exactly one and no league of those tiers holds the season: the division the club moved to,
    which the store lacks (code, name and the last season the store holds of it: VfL Bochum, relegated
    from the Bundesliga in 2025, and the 2. Bundesliga, whose data ends with 2024-25)."""
    level = catalog.tier(league) if league is not None else None
    if league is None or level is None or not unheld:
        return {}
    prefix = league.split(".", 1)[0]
    last: dict[str, Season] = {}
    for code, label in stored_people.country_league_seasons(store, club):
        try:
            season = Season.parse(label)
        except ValueError:
            continue
        if code.split(".", 1)[0] == prefix and catalog.tier(code) in (level - 1, level + 1):
            last[code] = max(last.get(code, season), season)
    held = {Season.parse(label).start for label, _, _ in read.seasons(store, league)}
    out = {}
    for label, _, _ in slots:
        start = Season.parse(label).start
        if label not in unheld or start not in held:
            continue
        if any(final.start >= start for final in last.values()):
            continue  # a league of the next tiers may hold the season (the store cannot tell which)
        if len(last) == 1:
            code, final = next(iter(last.items()))
            out[label] = (code, catalog.name_in(code, str(final)), str(final))
    return out


def _founded_in_store(league: str | None, stored: Sequence[tuple[str, dt.date, dt.date]]) -> bool:
    """Whether the first season the store holds of ``league`` is its first ever, or earlier (the
    catalogue's ``founded``: the 3. Liga, 2008-09): then no earlier season of it is missing."""
    founded = catalog.founded(league) if league is not None else None
    if founded is None or not stored:
        return False
    return min(Season.parse(label).start for label, _, _ in stored) <= founded.start


def _unresolved(match: Match, why: str = "") -> cover.Unresolved:
    competition = catalog.competition(match.competition)
    name = catalog.name_in(match.competition, match.season)
    played = match.status in (Status.PLAYED, Status.AWARDED)
    why = why or (("shootout" if match.pens is not None else "played") if played else "")
    return cover.Unresolved(match.date, match.competition, name, match.season, competition.kind, why)


def _unreliable(counted: Sequence[Match]) -> list[Gap]:
    """A gap for each competition-season of the counted matches whose rules say the data's results are
    wrong (``unreliable``: Argentina's Primera División of 1988-89, each draw's shoot-out in its score)."""
    seasons: dict[tuple[str, str], int] = {}
    for match in counted:
        seasons[(match.competition, match.season)] = seasons.get((match.competition, match.season), 0) + 1
    gaps = []
    for (code, season), count in seasons.items():
        why = rules_for(code, season).unreliable
        if why:
            kind = catalog.competition(code).kind
            name = catalog.name_in(code, season)
            gaps.append(Gap(GapKind.UNRELIABLE, (season,), code, name, why, count=count, about=kind))
    return gaps


def spell_record(
    store: Store, spell: Spell, filters: Filters, by: str | None = None, positions: bool = False
) -> SpellRecord:
    """The record of one spell under the filters (and, if asked, the club's league positions)."""
    start, end = spell_days(store, spell, successor_same_day=successor_starts(store, spell))
    if filters.date_from:
        start = max(start, filters.date_from)
    if filters.date_to:
        end = min(end, filters.date_to)
    everything = read.matches(store, club=spell.team, date_from=start, date_to=end) if start <= end else []
    found = [m for m in everything if filters.keep(m)]
    # the league it played in nearest the spell (not over all time: Nottingham Forest's Premier League
    # of 2024-25 for a spell from October 2025, not the Championship it played most seasons in)
    league = (read.league_near(store, spell.team, start, end) if start <= end else None) or read.home_league(
        store, spell.team
    )
    team_name = read.club_name(store, spell.team) or spell.label or spell.team
    slots = _season_slots(store, spell.team, league, start, end) if start <= end else []
    # the cups keep their own seasons across a change of the league's format (the Russian Cup of 2009-10
    # and 2010-11, not "2010")
    cup_slots = cover.season_slots(start, end, _calendar(store, league, start, end)) if start <= end else []
    stored = read.seasons(store, league) if league else []
    expected = expected_competitions(store, spell.team, team_name, league, cup_slots) if league and everything else []
    if league and everything and start <= end:
        # and the cups those seasons never list, in the part of the spell of the other type of season,
        # each before the first expected competition of a later part of the spell
        for item in _cups_of_other_seasons(store, spell.team, team_name, league, slots, cup_slots):
            at = next((i for i, other in enumerate(expected) if other.first > item.first), len(expected))
            expected.insert(at, item)
    expected += qualified_onward(store, team_name, everything, end)
    prefix = league.split(".", 1)[0] if league else ""
    eras = {label: era[0] for label, _, _ in slots if (era := catalog.predecessor(prefix, label)) is not None}
    unheld = _without_league(store, spell.team, slots)
    status, gaps = cover.assess(
        [(m.date, catalog.competition(m.competition).kind) for m in everything if m.counts],
        league,
        (catalog.name_in(league, slots[0][0]) if slots else catalog.competition(league).name) if league else "",
        start,
        end,
        [s for s in league_slots(store, league, slots) if not catalog.not_held(league, s[0])] if league else slots,
        expected,
        lambda item: held(store, item, team_name),
        [_unresolved(m) for m in everything if m.awaiting_result and m.date <= dt.date.today()]
        + [_unresolved(m, "abandoned") for m in _left_out(everything)],
        max((last for _, _, last in stored), default=None) if not everything else None,
        (stored[0][0], max((s for s, _, _ in stored), key=lambda s: Season.parse(s).start)) if stored else None,
        [catalog.series(m.competition) for m in everything if m.counts],
        cut_seasons(store, league, slots, everything) if league and everything else [],
        read.neighbour_match_days(store, spell.team, start, end) if not everything and start <= end else (None, None),
        min((first for _, first, _ in stored), default=None),
        _first_match_in(store, spell.team, start, end, everything),
        _shown(store, spell.team, league, start, end, stored) if league and start <= end else True,
        eras,
        _latest_league(store, everything, league),
        unheld,
        _founded_in_store(league, stored),
        _moved_to(store, spell.team, league, slots, unheld),
        ClubRegistry.default().founding(spell.team),
        national_coverage(store, spell.team, team_name, start, end) if start <= end else None,
    )
    if filters.active and status is not Coverage.NONE:
        if filters.competitions:
            # a season in a division the store does not hold is none of the named leagues it holds then
            gaps = tuple(g for g in gaps if not _outside_named(store, g, filters.competitions, slots))
        # the gaps speak of leagues, cups and super cups; with a filter only those it asks for matter
        status, gaps = cover.filtered(gaps, filters.concerned(), filters.passes)
    if everything and not found:
        # the team has data in the window, just none the filters ask for: an empty spell, not "no data"
        status, gaps = Coverage.EMPTY, ()
    # a walkover (awarded, never played: data/awarded.toml) counts in tables, not in a manager's record
    counted = [m for m in found if m.counts and not m.extra.get("walkover")]
    wrong = _unreliable(counted)
    if wrong and status not in (Coverage.NONE, Coverage.EMPTY):
        # the spell counts results the data gives wrongly: not full, whatever else it holds
        gaps = (*gaps, *wrong)
        status = Coverage.PARTIAL
    breakdown: dict[str, Record] = {}
    if by in ("season", "competition"):
        groups: dict[str, list[Match]] = {}
        for match in counted:
            groups.setdefault(match.season if by == "season" else match.competition, []).append(match)
        breakdown = {k: record(groups[k], spell.team, filters.shootouts) for k in sorted(groups)}
    places = None
    if positions and league is not None and status not in (Coverage.NONE, Coverage.EMPTY):
        # he took over on the day he was appointed, though his first match came later (Ancelotti at Everton)
        arrived = spell.start if spell.start and spell.first_match == start else start
        places = spell_positions(store, team_name, league, arrived, end, club=spell.team, first_match=start)
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
        spells = [s for s in spells if _touches(store, s, filters.date_from, filters.date_to)]
    # a record asks for the same seasons and season tables many times: each is read once
    with store.remembering():
        records = [spell_record(store, s, filters, by, positions) for s in spells]
    # spells with data, none of it in the competitions asked for, are left out of a filtered table
    return ManagerRecord(person, tuple(r for r in records if r.coverage is not Coverage.EMPTY), filters)


def _touches(store: Store, spell: Spell, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether a spell's days (as its record reads them: :func:`touchline.api.people.spell_days`) share
    more than a boundary day with ``first..last``.

    A spell that starts on the last day of the range (Midtjylland from 12 July 2015 for
    ``--to 2015-07-12``) only touches it and is left out. A spell of one day (an assistant standing in
    for one match: Will Still's 8 October 2022 at Reims) shares no more than that day with any range,
    and is kept when the range holds it; so is a spell holding a range of one day (``--from 2010-02-20
    --to 2010-02-20``: Manolo Jiménez's Sevilla that day).
    """
    start, end = spell_days(store, spell)
    low = max(start, first) if first else start
    high = min(end, last) if last else end
    shared = (high - low).days
    one_day = first is not None and first == last
    return shared >= 1 or (shared == 0 and (start == end or one_day))
