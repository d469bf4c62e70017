"""touchline's domain model: frozen, typed dataclasses and string enums.

This module imports nothing of touchline's own, so every other layer (sources, store, compute, render)
can depend on it. Source-specific extras go into a match's ``extra`` mapping, never new fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """What happened to a fixture."""

    PLAYED = "played"
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    AWARDED = "awarded"
    ABANDONED = "abandoned"


class CompetitionKind(StrEnum):
    """The broad kind of a competition; filters for records use it."""

    LEAGUE = "league"
    CUP = "cup"
    SUPER_CUP = "super_cup"
    CONTINENTAL = "continental"
    NATIONAL = "national"  # competitions of national teams (the Nations League)


class Role(StrEnum):
    """A person's role in a spell."""

    PLAYER = "player"
    HEAD_COACH = "head_coach"
    CARETAKER = "caretaker"
    ASSISTANT = "assistant"


class SpellEnd(StrEnum):
    """How a spell ended."""

    SACKED = "sacked"
    RESIGNED = "resigned"
    CONTRACT_ENDED = "contract_ended"
    MUTUAL_CONSENT = "mutual_consent"
    MOVED = "moved"
    RETIRED = "retired"
    CARETAKER_ENDED = "caretaker_ended"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Score:
    """Goals of the home and the away side."""

    home: int
    away: int

    def __str__(self) -> str:
        return f"{self.home}-{self.away}"

    def reversed(self) -> Score:
        """The same score seen from the away side."""
        return Score(self.away, self.home)


@dataclass(frozen=True, slots=True)
class Match:
    """One match as a source gives it.

    ``ft`` is the score after 90 minutes; ``et`` the score after extra time (when played); ``pens`` the
    penalty shoot-out alone. ``home`` and ``away`` are the names as the source spells them; the store
    resolves them to clubs. ``file`` and ``line`` say where the match came from. ``awarded_to``
    ("home" or "away") is the side an awarded match went to where its score does not say so: a match
    "lost by penalty" kept at 0-0 (France), or one the data gives 0-0 having lost the winner
    (``data/awarded.toml``); such a match is that side's win and the other's loss.
    """

    date: dt.date
    home: str
    away: str
    competition: str
    season: str
    ft: Score | None
    ht: Score | None = None
    et: Score | None = None
    pens: Score | None = None
    status: Status = Status.PLAYED
    time: str | None = None
    stage: str | None = None
    round: str | None = None
    leg: int | None = None
    neutral: bool | None = None
    source: str = ""
    file: str = ""
    line: int = 0
    extra: Mapping[str, object] = field(default_factory=dict, compare=False)
    awarded_to: str | None = None

    def __repr__(self) -> str:
        score = str(self.final) if self.final else self.status.value
        return f"<Match {self.date.isoformat()} {self.home} {score} {self.away} ({self.competition} {self.season})>"

    @property
    def final(self) -> Score | None:
        """The score the match ended with before any shoot-out: after extra time if played, else full time."""
        return self.et if self.et is not None else self.ft

    @property
    def counts(self) -> bool:
        """Whether the match has a result that counts (played or awarded, with a score)."""
        return self.final is not None and self.status in (Status.PLAYED, Status.AWARDED)

    @property
    def awaiting_result(self) -> bool:
        """Whether the fixture has no result that counts but will or should have one: scheduled,
        postponed, or played without a score (a cancelled or abandoned match never will). Once its day
        has passed, the data lacks it."""
        return not self.counts and self.status not in (Status.CANCELLED, Status.ABANDONED)


@dataclass(frozen=True, slots=True)
class Club:
    """A club (or national team) with its canonical name, country code and other names."""

    id: str
    name: str
    country: str | None = None
    other_names: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"<Club {self.id} {self.name!r}>"


@dataclass(frozen=True, slots=True)
class Competition:
    """A competition such as ``dk.1`` (Danish Superliga) or ``uefa.cl.q`` (Champions League qualifying)."""

    code: str
    name: str
    country: str | None = None
    kind: CompetitionKind = CompetitionKind.LEAGUE

    def __repr__(self) -> str:
        return f"<Competition {self.code} {self.name!r}>"


@dataclass(frozen=True, slots=True, order=True)
class Season:
    """A season, either split over two years (``2023-24``) or one calendar year (``2023``)."""

    start: int
    end: int

    @classmethod
    def parse(cls, text: str) -> Season:
        """Read ``2023-24``, ``2023/24``, ``2023/2024`` or ``2023``."""
        text = text.strip().replace("/", "-")
        if "-" in text:
            first, second = text.split("-", 1)
            start = int(first)
            end = int(second)
            if end < 100:
                end += (start // 100) * 100
                if end < start:
                    end += 100
            return cls(start, end)
        year = int(text)
        return cls(year, year)

    def __str__(self) -> str:
        if self.start == self.end:
            return str(self.start)
        return f"{self.start}-{self.end % 100:02d}"


@dataclass(frozen=True, slots=True)
class SeasonRange:
    """A range of seasons, either end open: ``"1995-96..2019-20"``, ``"..2009-10"``, ``"2016-17.."``, or
    one season (``"2019-20"``). The one parser of season ranges in touchline's data files."""

    first: Season | None
    last: Season | None

    @classmethod
    def parse(cls, text: str) -> SeasonRange:
        """Read a range; ``ValueError`` when either end is not a season."""
        first, sep, last = text.strip().partition("..")
        if not sep:
            one = Season.parse(first)
            return cls(one, one)
        return cls(Season.parse(first) if first.strip() else None, Season.parse(last) if last.strip() else None)

    def __contains__(self, season: object) -> bool:
        if not isinstance(season, Season):
            return False
        if self.first is not None and season < self.first:
            return False
        return not (self.last is not None and self.last < season)

    def covers_start(self, year: int) -> bool:
        """Whether a season starting in ``year`` lies in the range (comparing start years only)."""
        low = self.first.start if self.first else 0
        high = self.last.start if self.last else 9999
        return low <= year <= high


@dataclass(frozen=True, slots=True)
class Person:
    """A player, coach or both."""

    id: str
    name: str
    other_names: tuple[str, ...] = ()
    birth_date: dt.date | None = None
    birth_place: str | None = None
    nationality: str | None = None
    position: str | None = None
    source: str | None = None
    death_date: dt.date | None = None
    death_place: str | None = None

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.name!r}>"


@dataclass(frozen=True, slots=True)
class Spell:
    """A person's time at a club or national team in one role.

    ``end`` is ``None`` for an open spell ("present"). ``team`` is the club id; ``label`` is the team
    as the biography's table shows it (for example ``Esbjerg fB (caretaker)``). ``first_match`` is the
    day of the first match in charge when a match on the appointment day was still another's (Ancelotti,
    appointed at Everton on 21 December 2019, watched that day's match): the record counts from it.
    ``last_match`` is the day of the last match in charge when the spell ended later (Bielsa, suspended
    by Lille on 22 November 2017, left on 15 December): the record counts to it.
    """

    person: str
    team: str
    role: Role
    start: dt.date | None
    end: dt.date | None = None
    ended: SpellEnd | None = None
    label: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    note: str | None = None
    first_match: dt.date | None = None
    last_match: dt.date | None = None

    def __repr__(self) -> str:
        return f"<Spell {self.person} {self.role.value} {self.team} {self.start_text}..{self.end_text}>"

    @property
    def start_text(self) -> str:
        """Its start as given: ``2011-03-14`` or ``1971``."""
        return self.start.isoformat() if self.start else str(self.start_year)

    @property
    def end_text(self) -> str:
        """Its end as given: ``2013-06-01``, ``1993``, or ``present``."""
        if self.end is not None:
            return self.end.isoformat()
        return str(self.end_year) if self.end_year is not None else "present"

    @property
    def in_years(self) -> bool:
        """Whether a date is given as a year only: the spell then covers whole years."""
        return self.start is None or (self.end is None and self.end_year is not None)
