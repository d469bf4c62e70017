"""What the data lacks for a spell: pure functions from the team's matches and what the store holds.

A spell's coverage is a :class:`Coverage` state with the :class:`Gap` objects behind it:

- ``none``: no matches of the team with a result in the spell's window (shown as "no data", never
  zeros): none at all, or only fixtures the data set lists without a result (its data ends before
  they were played);
- ``partial``: matches, but fixtures of the window that were due by today and have no result in the
  store, a season of the league without any of them (a division the store has no file for, or a
  season after the store's data of the league ends), a league season the store holds only to a day
  well before its end (a data set downloaded in mid-season), a national team's matches of some competitions
  only (it has no league), or a competition the team was expected to play that the store lacks for
  that season: its domestic cups (and league cup) where the spell covers the days clubs of its league
  played them, its country's super cup where the data shows it qualified (top-flight champions or cup
  winners of the season before, or a place of a super cup of four clubs), the continental super cup
  and the Club World Cup where it won a continental competition the season before, each where the
  spell covers the days it was played, and the end-of-season play-offs its league place qualified it
  for (the Championship's 3rd to 6th) where the spell covers their days;
  a national team's spell also names the stages of the competitions the store holds of national teams
  (the UEFA Nations League) that the team played in the spell's days and the store lacks (the 2024-25
  quarter-finals of March 2025, the 2026-27 league phase);
- ``full``: none of those gaps;
- ``empty``: matches in the window, none of the competitions a filter asks for.

A national team's window without a match in the store is never one in which it "played no match": the
store holds none of its friendlies, qualifiers or tournaments (Hungary beat Iceland 2-1 in the Euro
play-off final of 12 November 2020, between two Nations League matches), and its "no data" note says so.

A spell that began before its club's first match (the registry's ``founded`` and ``first_match``:
Steve Corica, appointed by Auckland FC on 21 December 2023, ten months before its first match) lacks
nothing for those days: a ``founded`` note says when the club was founded and first played, which is
no gap (it leaves the state as the rest of the spell has it), and the seasons before that are no
season of a division the store does not hold; a spell over before the club first played is ``full``,
without matches.

The caller (:mod:`touchline.api.managers`) reads the store and the catalogue; this module only
decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from touchline.model import CompetitionKind, Season
from touchline.reference.clubs import Founding

# A season overlapping a spell by fewer days than this is not expected to hold the team's matches.
MIN_OVERLAP_DAYS = 45
# A season the store holds no league match of the team in (a relegated club's new division, a league
# whose data ends before it) is expected to hold its league matches where the spell covers this many
# of the days its league played (or, for a season the store lacks, the days of its nearest season moved
# to that year): two weeks hold a round of any league in play, with a week's slack for a shifted
# season's days. Without it a spell ending within 45 days of such a season's start was silently short
# (Dieter Hecking at VfL Bochum to 15 September 2025: five 2. Bundesliga matchdays the store lacks).
MIN_PLAY_DAYS = 14


# a no_matches gap's ``why`` when the league's data ends before the spell, begins after it, or when
# the team played no match in the window (the store holds its matches either side of it)
_LEAGUE_ENDS = "league data ends"
_LEAGUE_BEGINS = "league data begins"
_NO_MATCH_DAY = "no match day"
# a no_matches gap's or a league gap's ``why`` where the store cannot tell the team's division: the data
# shows the team in no league within the spell or the season either side of it
UNKNOWN_DIVISION = "it played in a division the store does not hold"

# the competition code of a national team's ``national`` gap: the competitions the store holds none of
# (friendlies, qualifiers, other tournaments), which no competition filter names: a record filtered to
# competitions the store holds (``--competition uefa.nl.a``) drops the gap, one filtered to the kind
# (``--kind national``) keeps it
ELSEWHERE = ""

# the longest a club goes between two matches in an off-season: a window inside a pause no longer
# than this, with the team's matches either side of it in the store, held no match of the team
OFF_SEASON = dt.timedelta(days=120)


class Coverage(StrEnum):
    """How much of a spell the data covers."""

    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"
    EMPTY = "empty"


class GapKind(StrEnum):
    """What a spell lacks."""

    NO_MATCHES = "no_matches"  # nothing at all in the window
    NO_RESULT = "no_result"  # fixtures due in the window that the store has no result for
    NO_LEAGUE = "no_league"  # no league matches of the team anywhere in the store
    NATIONAL = "national"  # a national team's matches of some competitions only
    NATIONAL_STAGE = "national_stage"  # a stage of a national teams' competition the store lacks
    LEAGUE = "league"  # a season without league matches of the team
    LEAGUE_CUT = "league_cut"  # a league season the store holds only to a day before its end
    CUP = "cup"  # a domestic cup or league cup season the store lacks
    CUP_PART = "cup_part"  # a cup season the store holds only from its last rounds (its final only)
    SUPER_CUP = "super_cup"  # a super cup the team qualified for
    CLUB_WORLD_CUP = "club_world_cup"  # a club world cup the team qualified for
    CONTINENTAL = "continental"  # a continental cup the team qualified for (the Cup Winners' Cup)
    PLAYOFF = "playoff"  # an end-of-season play-off the team qualified for by its league place
    REGIONAL = "regional"  # a regional championship the club plays each year (Brazil's state leagues)
    FOUNDED = "founded"  # no gap: the spell began before the club first played (when it was founded)
    UNRELIABLE = "unreliable"  # a season whose results the data gives wrongly (its rules' ``unreliable``)


# the kinds of competition each gap concerns, for filtered records
GAP_KINDS: dict[GapKind, frozenset[CompetitionKind]] = {
    GapKind.NO_MATCHES: frozenset(CompetitionKind),
    GapKind.NO_RESULT: frozenset(CompetitionKind),  # narrowed to its competition's kind (Gap.about)
    GapKind.NO_LEAGUE: frozenset({CompetitionKind.LEAGUE}),
    GapKind.NATIONAL: frozenset({CompetitionKind.NATIONAL}),
    GapKind.NATIONAL_STAGE: frozenset({CompetitionKind.NATIONAL}),
    GapKind.LEAGUE: frozenset({CompetitionKind.LEAGUE}),
    GapKind.LEAGUE_CUT: frozenset({CompetitionKind.LEAGUE}),
    GapKind.CUP: frozenset({CompetitionKind.CUP}),
    GapKind.CUP_PART: frozenset({CompetitionKind.CUP}),
    GapKind.SUPER_CUP: frozenset({CompetitionKind.SUPER_CUP}),
    GapKind.CLUB_WORLD_CUP: frozenset({CompetitionKind.CONTINENTAL}),
    GapKind.CONTINENTAL: frozenset({CompetitionKind.CONTINENTAL}),
    GapKind.PLAYOFF: frozenset({CompetitionKind.LEAGUE}),
    GapKind.REGIONAL: frozenset({CompetitionKind.LEAGUE}),
    GapKind.FOUNDED: frozenset(CompetitionKind),
    GapKind.UNRELIABLE: frozenset(CompetitionKind),  # narrowed to its competition's kind (Gap.about)
}


@dataclass(frozen=True, slots=True)
class Gap:
    """Something a spell lacks: its kind, the competition (code and name) and the seasons concerned,
    why the team was expected there (``"league champions 2018-19"``), for ``no_matches`` the window
    and where the league's data ends, and for ``no_result`` how many fixtures lack a result, the
    first and last of their days and the kind of their competition; for a ``no_matches`` gap of a
    team that played none in the window, the days of its matches either side of it (``around``).
    A ``possible`` gap names a competition the club may have played, not certainly (the Copa
    Sudamericana, by places that varied by country and year): it leaves a spell ``full``. A
    ``founded`` one is no gap either: the spell began before the club first played (``why``: the day,
    ``2023-11-21``, or the year it was founded; ``last``: the day of its first match where known;
    ``seasons``: the spell's seasons wholly before it)."""

    kind: GapKind
    seasons: tuple[str, ...] = ()
    competition: str | None = None
    name: str = ""
    why: str = ""
    first: dt.date | None = None
    last: dt.date | None = None
    count: int = 0
    about: CompetitionKind | None = None
    around: tuple[dt.date, dt.date] | None = None
    possible: bool = False

    @property
    def certain(self) -> bool:
        """Whether the spell certainly lacks what the gap names: not a ``possible`` one, nor a
        ``founded`` note. A certain gap makes a spell ``partial``."""
        return not self.possible and self.kind is not GapKind.FOUNDED

    def __str__(self) -> str:
        seasons = ", ".join(self.seasons)
        if self.kind is GapKind.FOUNDED:
            on = f"on {_long(dt.date.fromisoformat(self.why))}" if "-" in self.why else f"in {self.why}"
            played = f" and first played on {_long(self.last)}" if self.last is not None else ""
            return f"the club was founded {on}{played} (no gap before then: it had not played yet)"
        if self.possible:
            return f"not in the store, which the club may have played: {self.name} {seasons} ({self.why})"
        if self.kind is GapKind.NO_MATCHES:
            where = ""
            if self.why == _NO_MATCH_DAY and self.around is not None:
                before, after = (_long(day) for day in self.around)
                return (
                    f"the team played no match between {self.first} and {self.last} (the store holds its "
                    f"matches of {before} and {after}, either side of this spell)"
                )
            if self.name and self.why == _LEAGUE_ENDS:
                where = f" ({self.name} data in the store ends before this spell)"
            elif self.name and self.why == _LEAGUE_BEGINS:
                where = f" ({self.name} data in the store begins after this spell, with {', '.join(self.seasons)})"
            elif self.name:
                where = f" (nor {self.name} matches: it played in a division the store does not hold)"
            elif self.why:
                where = f" ({self.why})"  # a division the store does not hold, or the leagues of the time
            return f"the store has no matches of this team between {self.first} and {self.last}{where}"
        if self.kind is GapKind.NO_RESULT:
            days = str(self.first) if self.first == self.last else f"{self.first} to {self.last}"
            matches = "1 match" if self.count == 1 else f"{self.count} matches"
            if self.why == "shootout":
                return (
                    f"{self.name} {seasons}: {matches} of this team ({days}) given in the data by the penalty "
                    "shoot-out only, without the score after play (not counted)"
                )
            if self.why == "abandoned":
                # left out of the record and of the table, as the data has no result or replay of it
                return (
                    f"{self.name} {seasons}: {matches} of this team ({days}) abandoned, without a result or replay "
                    "in the data (not counted)"
                )
            if self.why == "played":
                return f"{self.name} {seasons}: {matches} of this team ({days}) played, without a score in the data"
            if self.count == 1:
                return (
                    f"{self.name} {seasons}: 1 fixture of this team ({days}) without a result in the store "
                    "(its data set lists it but ends before it was played)"
                )
            return (
                f"{self.name} {seasons}: {self.count} fixtures of this team ({days}) without a result in the "
                "store (its data set lists them but ends before they were played)"
            )
        if self.kind is GapKind.NO_LEAGUE:
            return "the store holds no league matches of this team, only cup or continental ones"
        if self.kind is GapKind.UNRELIABLE:
            matches = "1 match" if self.count == 1 else f"{self.count} matches"
            return f"{self.name} {seasons}: the data's results are not the real ones ({self.why}): {matches} counted"
        if self.kind is GapKind.NATIONAL_STAGE:
            # a stage of the competition the store holds of national teams, lacking in it (``why``: the stage)
            days = ""
            if len(self.seasons) == 1 and self.first is not None and self.last is not None:
                days = f" ({_span(self.first, self.last)})"
            verb = "are" if self.why.endswith("s") else "is"  # the quarter-finals, the league phase
            return f"{self.name} {seasons} {self.why}{days}, which this team played, {verb} not in the store"
        if self.kind is GapKind.NATIONAL:
            return (
                f"the store holds this national team's {self.name} matches only; friendlies, qualifiers and "
                "other tournaments are not in it"
            )
        if self.kind is GapKind.LEAGUE_CUT and self.last is not None:
            return (
                f"{self.name} {seasons} is in the store only to {_long(self.last)}: its data ends there, "
                "before the season's end (the team's later matches are not in it)"
            )
        if self.kind is GapKind.LEAGUE and self.why:
            # the league's data in the store ends before these seasons (or begins after them)
            return f"no league matches of this team in {seasons} ({self.why})"
        if self.kind is GapKind.LEAGUE:
            return f"no league matches of this team in {seasons} (a division the store does not hold)"
        if self.kind is GapKind.CUP and self.last is not None:
            return (
                f"{self.name} {seasons} is in the store only to {_long(self.last)}, before its final: the later "
                f"rounds are not in it ({self.why})"
            )
        if self.kind is GapKind.CUP_PART:
            # the Coppa Italia of the 1970s: worldfootball's files hold its final only
            return f"{self.name} {seasons}: {self.why}"
        verb = "are" if len(self.seasons) > 1 or self.kind is GapKind.PLAYOFF else "is"
        why = f" (qualified as {self.why})" if self.why else ""
        if self.why.startswith(("invited", "won it", "reached", "played it")):
            # a club the organisers invited (the FA Charity Shield of 1972), one of its winners or finalists
            why = f" ({self.why})"
        if self.kind is GapKind.CUP and self.why:
            why = f" ({self.why})"  # a cup of some tiers only: who it was open to
        return f"{self.name} {seasons} {verb} not in the store{why}"

    def concerns(self, kinds: Iterable[CompetitionKind]) -> bool:
        """Whether the gap matters for a record of these kinds of competition."""
        concerned = GAP_KINDS[self.kind] if self.about is None else frozenset({self.about})
        return bool(concerned & set(kinds))


def _long(day: dt.date) -> str:
    """``13 September 2025``."""
    return f"{day.day} {day:%B %Y}"


def _span(first: dt.date, last: dt.date) -> str:
    """``20 to 23 March 2025``, ``24 September to 17 November 2026``, ``13 June 2025`` (one day)."""
    if first == last:
        return _long(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {_long(last)}"
    if first.year == last.year:
        return f"{first.day} {first:%B} to {_long(last)}"
    return f"{_long(first)} to {_long(last)}"


@dataclass(frozen=True, slots=True)
class NationalStage:
    """A stage of the competition the store holds of national teams (``UEFA Nations League``, season
    ``2024-25``, ``quarter-finals``, 20 to 23 March 2025) that the team played in the spell's days and the
    store lacks."""

    series: str
    season: str
    name: str
    first: dt.date
    last: dt.date


@dataclass(frozen=True, slots=True)
class National:
    """What the store holds of a national team's competitions: the series it holds of national teams
    (``UEFA Nations League``; none of their friendlies, qualifiers or other tournaments) and the stages
    of it the team played in the spell's days that the store lacks."""

    series: str
    lacking: tuple[NationalStage, ...] = ()

    def gaps(self) -> tuple[Gap, ...]:
        """The ``national`` note (its competition :data:`ELSEWHERE`) and a ``national_stage`` gap per
        stage lacking."""
        stages = (
            Gap(GapKind.NATIONAL_STAGE, (s.season,), None, s.series, s.name, first=s.first, last=s.last)
            for s in self.lacking
        )
        return (Gap(GapKind.NATIONAL, competition=ELSEWHERE, name=self.series), *stages)

    def why(self) -> str:
        """Why the store has no match of the team in a window: it holds only these."""
        return (
            f"it holds national teams' {self.series} matches only; friendlies, qualifiers and other "
            "tournaments are not in it"
        )


@dataclass(frozen=True, slots=True)
class Expected:
    """A competition the team was expected to play in one season of the spell, and why."""

    competition: str
    name: str
    kind: GapKind
    season: str
    first: dt.date
    last: dt.date
    why: str = ""
    # for a cup season the store holds only in part, the team still in it: the last day it holds
    held_to: dt.date | None = None
    # a competition the team may have played, not certainly (a Gap's ``possible``)
    possible: bool = False


def season_slots(start: dt.date, end: dt.date, calendar: bool = False) -> list[tuple[str, dt.date, dt.date]]:
    """The seasons overlapping ``start..end``, clipped to it: (``2012-13``, first, last) for July-to-June
    seasons, (``2012``, first, last) for calendar-year ones."""
    slots = []
    if calendar:
        for year in range(start.year, end.year + 1):
            slots.append((str(year), max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))))
        return slots
    year = start.year if start.month >= 7 else start.year - 1
    while dt.date(year, 7, 1) <= end:
        first = max(start, dt.date(year, 7, 1))
        last = min(end, dt.date(year + 1, 6, 30))
        slots.append((f"{year}-{(year + 1) % 100:02d}", first, last))
        year += 1
    return slots


def long_enough(first: dt.date, last: dt.date, unheld: bool = False) -> bool:
    """Whether a clipped season slot is long enough to expect matches in it: ``MIN_OVERLAP_DAYS``, or
    ``MIN_PLAY_DAYS`` of a league's play days in a season the store holds no league match of the team
    in (``unheld``): nothing then shows that the store holds the matches of the window."""
    return (last - first).days + 1 >= (MIN_PLAY_DAYS if unheld else MIN_OVERLAP_DAYS)


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A fixture of the spell's window, due by today, that the store has no result for."""

    date: dt.date
    competition: str
    name: str
    season: str
    kind: CompetitionKind
    # "played" for a match the data says was played without its score, "shootout" for one it gives by
    # its penalty shoot-out only ("3-4 pen."), "abandoned" for one abandoned that the data has no result
    # or replay of; "" for a fixture its data set lists before it was played
    why: str = ""


def unresolved_gaps(fixtures: Iterable[Unresolved]) -> list[Gap]:
    """One ``no_result`` gap per competition and reason, with its seasons, count and first and last days."""
    by_competition: dict[tuple[str, str], list[Unresolved]] = {}
    for fixture in sorted(fixtures, key=lambda f: f.date):
        by_competition.setdefault((fixture.competition, fixture.why), []).append(fixture)
    return [
        Gap(
            GapKind.NO_RESULT,
            tuple(dict.fromkeys(f.season for f in group)),
            code,
            group[0].name,
            why,
            first=group[0].date,
            last=group[-1].date,
            count=len(group),
            about=group[0].kind,
        )
        for (code, why), group in by_competition.items()
    ]


def assess(
    dates: Sequence[tuple[dt.date, CompetitionKind]],
    league: str | None,
    league_name: str,
    start: dt.date,
    end: dt.date,
    slots: Sequence[tuple[str, dt.date, dt.date]],
    expected: Sequence[Expected],
    stored: Callable[[Expected], bool],
    unresolved: Sequence[Unresolved] = (),
    league_last: dt.date | None = None,
    league_span: tuple[str, str] | None = None,
    held: Sequence[str] = (),
    cut: Sequence[tuple[str, dt.date]] = (),
    around: tuple[dt.date | None, dt.date | None] = (None, None),
    league_first: dt.date | None = None,
    club_first: dt.date | None = None,
    shown: bool = True,
    eras: Mapping[str, str] | None = None,
    latest: tuple[str, str, str] | None = None,
    unheld: Collection[str] = (),
    founded: bool = False,
    moved: Mapping[str, tuple[str, str, str]] | None = None,
    founding: Founding | None = None,
    national: National | None = None,
) -> tuple[Coverage, tuple[Gap, ...]]:
    """The coverage of a spell from the team's matches in it with a result (date and kind of
    competition each), the league it plays most in, the league's seasons in the spell, what it was
    expected to play, whether the store holds each expected competition-season, the fixtures of the
    window due by today that have no result, the last day of the league's data in the store, the
    first and last seasons the store holds of the league, the names of the competitions of the
    team's matches (for a national team, which has no league), the league's seasons of the spell
    that the store holds only to a day before their end (season and last day), the days of the team's
    matches just before and after the window, the first day of the league's data in the store, and the
    day of the club's first match in the store where it falls in the window, whether the data shows the
    team in ``league`` within the spell or the season either side of it (else the store cannot tell its
    division, and names none), and the spell's seasons played before the country's own leagues began,
    each with the leagues of the time (``"the Soviet leagues"``), and the league the team played in
    last in the spell where it is not ``league`` (code, name, last season the store holds of it): where
    the league data ends before a season of the spell, that is the league named (Ipswich Town's
    Premier League of 2024-25, not the League One it played most in), and the spell's seasons in which
    the store holds no league match of the team at all (``unheld``: a shorter stay in them is expected
    to hold league matches, see ``MIN_PLAY_DAYS``), and whether the store's first season of the league
    is the league's first ever (``founded``: the 3. Liga of 2008-09; a season before it is no season of
    the league the store lacks, and no gap says its data begins later), and for a season the store
    holds of ``league`` without the team, the division it moved to whose data ends before it
    (``moved``: code, name, last season the store holds; VfL Bochum's 2. Bundesliga of 2025-26), and when
    the club began (``founding``, from the registry): a spell that began before its first match is
    assessed from that day, the days before told by a ``founded`` note, which is no gap, and for a
    national team what the store holds of its competitions (``national``): a window without its matches
    is one the store lacks them in (never one it played no match in), and the stages of them the store
    lacks are named."""
    if founding is not None and start < founding.began:
        began = founding.began
        note = Gap(
            GapKind.FOUNDED,
            tuple(season for season, _, last in slots if last < began),
            why=founding.day.isoformat() if founding.day else str(founding.year),
            first=founding.day,
            last=founding.first_match,
        )
        if end < began and not dates and not unresolved:
            return Coverage.FULL, (note,)  # over before the club first played: nothing to miss
        status, gaps = assess(
            dates,
            league,
            league_name,
            max(start, min(began, end)),
            end,
            [(season, max(first, began), last) for season, first, last in slots if last >= began],
            [item for item in expected if item.last >= began],
            stored,
            unresolved,
            league_last,
            league_span,
            held,
            cut,
            around,
            league_first,
            club_first,
            shown,
            eras,
            latest,
            unheld,
            founded,
            moved,
            national=national,
        )
        return status, (note, *gaps)
    eras = eras or {}
    if not shown:
        league_span = None
    missing = unresolved_gaps(unresolved)
    if national is not None and not dates:
        # a national team: the store holds none of its friendlies, qualifiers or tournaments, so a window
        # without its Nations League matches is no window it played no match in (Hungary, 12 November 2020)
        if missing:
            return Coverage.NONE, (*missing, *national.gaps())
        gap = Gap(GapKind.NO_MATCHES, why=national.why(), first=start, last=end)
        return Coverage.NONE, (gap, *national.gaps()[1:])
    if national is not None and league is None:
        # a national team plays no league: the competitions the store holds of it, and what it lacks of them
        return Coverage.PARTIAL, (*missing, *national.gaps())
    if not dates:
        if missing and league is not None:
            # fixtures without a result only: no data, but the league's seasons past them are told too
            # (Everton from January 2025, the store's Premier League ending with 2024-25)
            gaps = _league_gaps(
                missing,
                dates,
                league,
                league_name,
                slots,
                expected,
                stored,
                unresolved,
                league_span,
                latest=latest,
                unheld=unheld,
                founded=founded,
                moved=moved,
            )
            return Coverage.NONE, gaps
        if missing:
            return Coverage.NONE, tuple(missing)
        before, after = around
        if before is not None and after is not None and after - before <= OFF_SEASON:
            # its matches either side of the window are there: it had no match day in it
            gap = Gap(GapKind.NO_MATCHES, why=_NO_MATCH_DAY, first=start, last=end, around=(before, after))
            return Coverage.NONE, (gap,)
        name = league_name if league and shown else ""
        if league and slots and all(season in eras for season, _, _ in slots):
            leagues = " and ".join(dict.fromkeys(eras[season] for season, _, _ in slots))
            why = f"it played in {leagues} then, which the store does not hold"
            return Coverage.NONE, (Gap(GapKind.NO_MATCHES, why=why, first=start, last=end),)
        if league and not shown:
            return Coverage.NONE, (Gap(GapKind.NO_MATCHES, why=UNKNOWN_DIVISION, first=start, last=end),)
        if league and league_first is not None and end < league_first and league_span is not None and not founded:
            gap = Gap(GapKind.NO_MATCHES, (league_span[0],), name=name, why=_LEAGUE_BEGINS, first=start, last=end)
            return Coverage.NONE, (gap,)
        ends = _LEAGUE_ENDS if league_last is not None and league_last < start else ""
        return Coverage.NONE, (Gap(GapKind.NO_MATCHES, name=name, why=ends, first=start, last=end),)
    if league is None and all(kind is CompetitionKind.NATIONAL for _, kind in dates):
        # a national team plays no league: say which of its competitions the store holds
        names = " and ".join(dict.fromkeys(held)) or "some"
        return Coverage.PARTIAL, (*missing, Gap(GapKind.NATIONAL, name=names))
    if league is None:
        return Coverage.PARTIAL, (*missing, Gap(GapKind.NO_LEAGUE))
    merged = _league_gaps(
        missing,
        dates,
        league,
        league_name,
        slots,
        expected,
        stored,
        unresolved,
        league_span,
        cut,
        club_first,
        eras,
        latest,
        unheld,
        founded,
        moved,
    )
    return _status(merged), merged


def _status(gaps: Sequence[Gap]) -> Coverage:
    """``partial`` where any gap is certain, else ``full`` (gaps that are only possible, or none)."""
    return Coverage.PARTIAL if any(gap.certain for gap in gaps) else Coverage.FULL


def _league_gaps(
    missing: Sequence[Gap],
    dates: Sequence[tuple[dt.date, CompetitionKind]],
    league: str,
    league_name: str,
    slots: Sequence[tuple[str, dt.date, dt.date]],
    expected: Sequence[Expected],
    stored: Callable[[Expected], bool],
    unresolved: Sequence[Unresolved],
    league_span: tuple[str, str] | None,
    cut: Sequence[tuple[str, dt.date]] = (),
    club_first: dt.date | None = None,
    eras: Mapping[str, str] | None = None,
    latest: tuple[str, str, str] | None = None,
    unheld: Collection[str] = (),
    founded: bool = False,
    moved: Mapping[str, tuple[str, str, str]] | None = None,
) -> tuple[Gap, ...]:
    """The gaps of a club's spell beside its fixtures without a result: the league's seasons without
    a match of the team (before ``club_first``, its first match in the store, a club that had not
    played yet; of the ``unheld`` seasons, a stay of ``MIN_PLAY_DAYS`` of their play days is enough,
    and the division of ``moved`` is named), those the store holds only in part, and what it was
    expected to play that the store lacks."""
    gaps: list[Gap] = list(missing)
    # a season whose league fixtures are there without results is a no_result gap, not a missing league
    league_days = [d for d, kind in dates if kind is CompetitionKind.LEAGUE]
    league_days += [u.date for u in unresolved if u.kind is CompetitionKind.LEAGUE]
    for season, first, last in slots:
        if long_enough(first, last, season in unheld) and not any(first <= d <= last for d in league_days):
            outside = _outside(season, league, league_name, league_span, latest, founded)
            if not outside[2] and moved and season in moved:
                # a relegated (or promoted) club's new division, whose data ends before the season
                code, name, final = moved[season]
                outside = (code, name, f"the store's {name} data ends with {final}")
            if eras and season in eras:
                # a Ukrainian club in 1974: the Soviet leagues, not the Vyshcha Liha
                outside = (None, "", f"it played in {eras[season]} then, which the store does not hold")
            elif not outside[2] and club_first is not None and last < club_first:
                # a club that had not played yet (Atlanta United in 2016), not a division the store lacks
                outside = (None, "", f"its first match in the store is on {_long(club_first)}")
            gaps.append(Gap(GapKind.LEAGUE, (season,), *outside))
    for season, day in cut:
        gaps.append(Gap(GapKind.LEAGUE_CUT, (season,), league, league_name, f"its data ends on {day}", last=day))
    for item in expected:
        if not stored(item):
            gap = Gap(item.kind, (item.season,), item.competition, item.name, item.why, last=item.held_to)
            gaps.append(replace(gap, possible=True) if item.possible else gap)
    return merge(gaps)


def _outside(
    season: str,
    league: str,
    name: str,
    span: tuple[str, str] | None,
    latest: tuple[str, str, str] | None = None,
    founded: bool = False,
) -> tuple[str | None, str, str]:
    """(competition, name, why) of a season without league matches: where the store's data of the
    league ends before the season (or begins after it, unless its first season there is the league's
    first ever: ``founded``), that says why (of ``latest``, the league the team played in last, where
    its data ends before the season too); a season inside the range the store holds, or before a
    league founded with the first season the store holds of it (Unterhaching's 2007-08, a season of
    the Regionalliga Süd, not of the 3. Liga, founded in 2008-09), is a genuine gap (a division the
    store has no file for), with no reason given."""
    if span is None:
        return None, "", ""
    when = Season.parse(season).start
    if when > Season.parse(span[1]).start:
        if latest is not None and when > Season.parse(latest[2]).start:
            league, name, last = latest
            return league, name, f"the store's {name} data ends with {last}"
        return league, name, f"the store's {name} data ends with {span[1]}"
    if when < Season.parse(span[0]).start and not founded:
        return league, name, f"the store's {name} data begins with {span[0]}"
    return None, "", ""


def _season_order(season: str) -> tuple[int, int]:
    """A season's place in time (its first and last year); a label that is no season name goes first."""
    try:
        parsed = Season.parse(season)
    except ValueError:
        return (0, 0)
    return parsed.start, parsed.end


def merge(gaps: Iterable[Gap]) -> tuple[Gap, ...]:
    """Gaps of one kind, competition and name (and reason) as one, with all their seasons in time order
    (the Cup Winners' Cup of 1962-63, 1963-64 and 1967-68, however found), the gaps in first-seen order
    (a cup renamed in the spell keeps each name's seasons: the Simod Cup of 1987-88 and 1988-89, the
    Zenith Data Systems Cup of 1989-90)."""
    out: dict[tuple[GapKind, str | None, str, str, bool], Gap] = {}
    for gap in gaps:
        key = (gap.kind, gap.competition, gap.name, gap.why, gap.possible)
        seen = out.get(key)
        if seen is None:
            out[key] = gap
        else:
            seasons = seen.seasons + tuple(s for s in gap.seasons if s not in seen.seasons)
            out[key] = replace(seen, seasons=tuple(sorted(seasons, key=_season_order)))
    return tuple(out.values())


def filtered(
    gaps: Sequence[Gap], kinds: Iterable[CompetitionKind], keeps: Callable[[str], bool] | None = None
) -> tuple[Coverage, tuple[Gap, ...]]:
    """Coverage of a record filtered to some kinds of competition: only the gaps that concern them;
    with ``keeps`` (whether a competition's matches pass the filter: ``--competition eng.1``), a gap
    of a named competition only where its competition passes (the Second Division's play-offs are no
    gap of a First Division record; a national team's friendlies, qualifiers and tournaments, the
    competitions :data:`ELSEWHERE` the store holds none of, are no gap of a record filtered to the Nations
    League's competitions; the stages of them the store lacks still are)."""
    kinds = set(kinds)
    kept = tuple(
        g for g in gaps if g.concerns(kinds) and (keeps is None or g.competition is None or keeps(g.competition))
    )
    return _status(kept), kept
