"""Awarded matches the data gives level, and who they went to: ``data/awarded.toml``.

A match awarded by a competition's body is a win for one side. Where the data keeps it at 0-0 (France's
"match perdu par pénalité", goals not counted; worldfootball.net's ``0-0 [awarded]``, which lost the
winner) the score alone would make it a draw. Each entry names the club it went *against*: in one
match (``date``), or in every awarded match of the club that season given level (a club that withdrew,
its remaining matches awarded to its opponents). Each cites its source. An awarded match given level
that no entry explains stays as the data gives it.

An entry with ``score`` overturns a result: the match on ``date`` (played, or awarded at another
score) was later awarded to the other side at that score, the winner's goals first (Allsvenskan 2004:
GIF Sundsvall 1-1 Örgryte IS, played on 18 April, awarded 3-0 to Sundsvall in November). It counts so
in tables, records and head-to-head; the played score is kept beside it (``Match.extra["played"]``).

The file looks like this::

    [[awarded]]
    competition = "fr.1"
    season = "2016-17"
    against = "SC Bastia"          # the club's name as the store shows it, or its id
    date = 2017-04-16              # one match; without it, every awarded match given level that season
    source = "LFP, commission de discipline, 4 May 2017: 'match perdu par pénalité au SC Bastia'"

    [[awarded]]                    # a played result overturned
    competition = "se.1"
    season = "2004"
    against = "Örgryte IS"
    date = 2004-04-18              # required with score
    score = "3-0"                  # the awarded score, the winner's goals first
    source = "..."

A ``[[walkover]]`` entry says which awarded matches were never played: those of ``club`` (a club expelled
or withdrawn) that season, from ``from`` on (without it, all of them). They count in tables, titles and
ties as the data gives them, but not in managers' records: no one managed a match that was not played
(the Spanish press leaves CF Reus Deportiu's walkovers of 2019 out of every opponent's coach's record)::

    [[walkover]]
    competition = "es.2"
    season = "2018-19"
    club = "CF Reus Deportiu"      # the club that did not play, as the store shows it, or its id
    from = 2019-01-19              # optional: its first match not played
    source = "abc.es, 28 January 2019: 'dar por perdido al Reus todos los partidos por 1-0'"
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from touchline.errors import DataError
from touchline.model import Score
from touchline.reference import load_toml

FILE = "touchline/data/awarded.toml"
_KEYS = {"competition", "season", "against", "date", "source", "note", "score"}
_WALKOVER_KEYS = {"competition", "season", "club", "from", "source", "note"}


@dataclass(frozen=True, slots=True)
class Award:
    """Awarded matches (one, or a season's) given level, that went against ``against``."""

    competition: str
    season: str
    against: str
    source: str
    date: dt.date | None = None
    note: str = ""
    score: tuple[int, int] | None = None  # an overturned result's awarded score, the winner's goals first

    def concerns(self, date: dt.date, club: Iterable[str]) -> bool:
        """Whether this entry is about a match on ``date`` of the club known by ``club`` (id, names)."""
        wanted = self.against.casefold()
        return (self.date is None or self.date == date) and any(wanted == name.casefold() for name in club)


def awarded_to(competition: str, season: str, date: dt.date, home: Iterable[str], away: Iterable[str]) -> str | None:
    """ "home" or "away": the side an awarded match given level went to, by ``data/awarded.toml``;
    ``None`` when no entry explains it. ``home`` and ``away`` are each club's id and names."""
    entries = _awards().get((competition, season))
    if not entries:
        return None
    home, away = tuple(home), tuple(away)
    for entry in entries:
        if entry.score is not None:
            continue  # an overturned result: :func:`overturned`
        if entry.concerns(date, home):
            return "away"
        if entry.concerns(date, away):
            return "home"
    return None


def overturning() -> frozenset[tuple[str, str]]:
    """The (competition, season) pairs with an overturned result: a cheap test before
    :func:`overturned` for every match read."""
    return _overturning()


@cache
def _overturning() -> frozenset[tuple[str, str]]:
    return frozenset(key for key, entries in _awards().items() if any(e.score is not None for e in entries))


def overturned(
    competition: str, season: str, date: dt.date, home: Iterable[str], away: Iterable[str]
) -> tuple[str, Score, Award] | None:
    """("home" or "away", the awarded score as home-away goals, the entry) for a match whose result
    ``data/awarded.toml`` overturns; ``None`` for every other match. ``home`` and ``away`` are each
    club's id and names."""
    home, away = tuple(home), tuple(away)
    for entry in _awards().get((competition, season), ()):
        if entry.score is None:
            continue
        winner, loser = entry.score
        if entry.concerns(date, home):
            return "away", Score(loser, winner), entry
        if entry.concerns(date, away):
            return "home", Score(winner, loser), entry
    return None


@dataclass(frozen=True, slots=True)
class Walkover:
    """Awarded matches of ``club`` that season, from ``start`` on, that were never played."""

    competition: str
    season: str
    club: str
    source: str
    start: dt.date | None = None
    note: str = ""

    def covers(self, date: dt.date, club: Iterable[str]) -> bool:
        """Whether a match on ``date`` of the club known by ``club`` (id, names) is one of them."""
        wanted = self.club.casefold()
        return (self.start is None or date >= self.start) and any(wanted == name.casefold() for name in club)


@cache
def walkover_seasons() -> frozenset[tuple[str, str]]:
    """The (competition, season) pairs with walkovers: a cheap test before :func:`walkover`."""
    return frozenset(_walkovers())


def walkover(competition: str, season: str, date: dt.date, home: Iterable[str], away: Iterable[str]) -> Walkover | None:
    """The entry by which an awarded match was never played (``[[walkover]]``), else ``None``. ``home``
    and ``away`` are each club's id and names."""
    home, away = tuple(home), tuple(away)
    for entry in _walkovers().get((competition, season), ()):
        if entry.covers(date, home) or entry.covers(date, away):
            return entry
    return None


def walkovers() -> list[Walkover]:
    """Every ``[[walkover]]`` entry of ``data/awarded.toml``, in file order."""
    return [entry for entries in _walkovers().values() for entry in entries]


@cache
def _walkovers() -> dict[tuple[str, str], tuple[Walkover, ...]]:
    return parse_walkovers(resources.files("touchline").joinpath("data/awarded.toml").read_text(encoding="utf-8"))


def parse_walkovers(text: str) -> dict[tuple[str, str], tuple[Walkover, ...]]:
    """The ``[[walkover]]`` entries of an awarded-matches file by (competition, season); :class:`DataError`
    naming the file and the entry for a broken one."""
    found: dict[tuple[str, str], list[Walkover]] = defaultdict(list)
    for _, entry, start in _entries(text, "walkover", "club", "from", "2019-01-19"):
        item = Walkover(
            str(entry["competition"]), str(entry["season"]), str(entry["club"]), str(entry["source"]), start,
            str(entry.get("note", "")),
        )  # fmt: skip
        found[(item.competition, item.season)].append(item)
    return {key: tuple(entries) for key, entries in found.items()}


def _entries(
    text: str, table: str, club: str, day: str, example: str
) -> Iterator[tuple[str, dict[str, Any], dt.date | None]]:
    """Each ``[[table]]`` entry of an awarded-matches file, checked: where it is (for errors), its
    keys, and its date (key ``day``), if it gives one; :class:`DataError` for an unknown or missing key or
    a date that is none. ``club`` is the key naming the club."""
    known = _KEYS if table == "awarded" else _WALKOVER_KEYS
    for index, entry in enumerate(load_toml(text, FILE).get(table, ()), 1):
        where = f"{FILE}: [[{table}]] {index}"
        unknown = sorted(set(entry) - known)
        if unknown:
            raise DataError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})")
        missing = sorted({"competition", "season", club, "source"} - set(entry))
        if missing:
            raise DataError(f"{where}: missing {missing[0]!r}")
        date = entry.get(day)
        if date is not None and not isinstance(date, dt.date):
            raise DataError(f"{where}: {day} must be a date such as {example}, not {date!r}")
        yield where, entry, date


def awards() -> list[Award]:
    """Every entry of ``data/awarded.toml``, in file order."""
    return [award for entries in _awards().values() for award in entries]


@cache
def _awards() -> dict[tuple[str, str], tuple[Award, ...]]:
    return parse(resources.files("touchline").joinpath("data/awarded.toml").read_text(encoding="utf-8"))


def parse(text: str) -> dict[tuple[str, str], tuple[Award, ...]]:
    """The entries of an awarded-matches file by (competition, season); :class:`DataError` naming the
    file and the entry for a broken one."""
    found: dict[tuple[str, str], list[Award]] = defaultdict(list)
    for where, entry, date in _entries(text, "awarded", "against", "date", "2017-04-16"):
        award = Award(
            str(entry["competition"]),
            str(entry["season"]),
            str(entry["against"]),
            str(entry["source"]),
            date,
            str(entry.get("note", "")),
            _score(entry.get("score"), date, where),
        )
        found[(award.competition, award.season)].append(award)
    return {key: tuple(entries) for key, entries in found.items()}


def _score(value: object, date: dt.date | None, where: str) -> tuple[int, int] | None:
    """An entry's awarded score ("3-0", the winner's goals first), or ``None`` without one."""
    if value is None:
        return None
    if date is None:
        raise DataError(f"{where}: an overturned result (score) needs the match's date")
    winner, dash, loser = str(value).partition("-")
    if not dash or not winner.strip().isdigit() or not loser.strip().isdigit():
        raise DataError(f'{where}: score must be the awarded score, winner first, such as "3-0", not {value!r}')
    if int(winner) <= int(loser):
        raise DataError(f"{where}: score {value!r} must be a win, the winner's goals first")
    return int(winner), int(loser)
