"""Honours entered by hand (``data/honours.toml``), for competitions the match data does not hold.

Each entry names a club, a competition (a code, or a name the catalogue does not know), a season, a
place (winner or runner-up), and either the deciding date or the people its source credits, with
its source. The honours touchline derives from the data are in :mod:`touchline.api.honours`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

from touchline.errors import DataError
from touchline.model import Season
from touchline.reference import load_toml

FILE = "touchline/data/honours.toml"
PLACES = ("winner", "runner-up")
_KEYS = {"club", "competition", "season", "place", "date", "credited", "source"}


@dataclass(frozen=True, slots=True)
class HandHonour:
    """One hand-entered honour."""

    club: str
    competition: str
    season: str
    place: str
    source: str
    date: dt.date | None = None
    credited: tuple[str, ...] = ()


def hand_honours() -> tuple[HandHonour, ...]:
    """Every hand-entered honour, in file order."""
    return _load(resources.files("touchline").joinpath("data/honours.toml").read_text(encoding="utf-8"), FILE)


@cache
def _load(text: str, file: str) -> tuple[HandHonour, ...]:
    found = []
    for index, entry in enumerate(load_toml(text, file).get("honour", ()), 1):
        where = f"{file}: honour {index}"
        unknown = sorted(set(entry) - _KEYS)
        if unknown:
            raise DataError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
        missing = [k for k in ("club", "competition", "season", "place", "source") if not entry.get(k)]
        if missing:
            raise DataError(f"{where}: missing {missing[0]!r}")
        if entry["place"] not in PLACES:
            raise DataError(f"{where}: place must be one of {', '.join(PLACES)}, not {entry['place']!r}")
        try:
            season = str(Season.parse(str(entry["season"])))
        except ValueError:
            raise DataError(f"{where}: bad season {entry['season']!r} (expected 2012-13 or 2020)") from None
        date = entry.get("date")
        if date is not None and not isinstance(date, dt.date):
            raise DataError(f"{where}: date must be a date such as 2013-05-09")
        if not date and not entry.get("credited"):
            raise DataError(f"{where}: give the deciding date, or the people its source credits")
        found.append(
            HandHonour(
                club=str(entry["club"]),
                competition=str(entry["competition"]),
                season=season,
                place=str(entry["place"]),
                source=str(entry["source"]),
                date=date,
                credited=tuple(str(p) for p in entry.get("credited", ())),
            )
        )
    return tuple(found)


def decided_editions() -> frozenset[tuple[str, str]]:
    """The (competition, season) editions whose winner and runner-up are both entered by hand: their
    titles are shown whichever club a spell was at, so no note need say the store cannot show them.
    Each is also given by the year of its deciding day (a club of a calendar-year league names the
    Intercontinental Cup of December 1981 "1981", the file "1981-82")."""
    return _decided(hand_honours())


@cache
def _decided(entries: tuple[HandHonour, ...]) -> frozenset[tuple[str, str]]:
    places: dict[tuple[str, str], set[str]] = {}
    days: dict[tuple[str, str], set[int]] = {}
    for entry in entries:
        key = (entry.competition, entry.season)
        places.setdefault(key, set()).add(entry.place)
        if entry.date is not None:
            days.setdefault(key, set()).add(entry.date.year)
    decided = {key for key, found in places.items() if found >= set(PLACES)}
    return frozenset(decided | {(code, str(year)) for code, season in decided for year in days.get((code, season), ())})
