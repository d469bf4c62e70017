"""The catalogue of competitions and countries, read from ``data/competitions.toml``.

Readers ask it which competition a file holds (``competition_for_path``) and the store asks it for a
competition's name, country and kind (``competition``). Codes it does not list still work: their country
and kind are derived from the code's shape, so the whole worldfootball corpus is covered.
"""

from __future__ import annotations

import datetime as dt
import re
from fnmatch import fnmatch
from functools import cache
from importlib import resources
from pathlib import PurePath
from typing import Any, NamedTuple

from touchline.model import Competition, CompetitionKind, Season, SeasonRange
from touchline.reference import load_toml

# worldfootball / football.json style file names: "dk.1", "uefa.cl.q", "de.4.bayern", "eng.cup.l"
_CODE_STEM = re.compile(r"^[a-z]{2,8}(?:\.[a-z0-9]+)+$")


@cache
def _data() -> dict[str, Any]:
    text = resources.files("touchline").joinpath("data/competitions.toml").read_text(encoding="utf-8")
    return load_toml(text, "touchline/data/competitions.toml")


def country_code(key: str) -> str | None:
    """FIFA-style code for an openfootball country key: ``dk`` -> ``DEN``; ``None`` when unknown."""
    countries: dict[str, str] = _data()["countries"]
    return countries.get(key)


def competition(code: str) -> Competition:
    """The competition with this code, named if the catalogue lists it, derived from the code if not."""
    return _competition(code)


@cache
def _competition(code: str) -> Competition:
    entry = _data()["competition"].get(code)
    prefix = code.split(".", 1)[0]
    confederation = _data()["confederations"].get(prefix)
    country = confederation or country_code(prefix)
    if entry is not None:
        return Competition(code, entry["name"], country, CompetitionKind(entry["kind"]))
    if confederation:
        kind = CompetitionKind.CONTINENTAL
    elif ".cup" in code:
        kind = CompetitionKind.CUP
    else:
        kind = CompetitionKind.LEAGUE
    return Competition(code, code, country, kind)


@cache
def _file_patterns() -> list[tuple[str | None, str, str]]:
    """(folder fragment or None, stem, code) for every ``files`` entry of the catalogue."""
    patterns: list[tuple[str | None, str, str]] = []
    for code, entry in _data()["competition"].items():
        for pattern in entry.get("files", ()):
            folder, _, stem = pattern.rpartition("/")
            patterns.append((folder or None, stem, code))
    # patterns naming a folder are more specific: try them first
    patterns.sort(key=lambda p: p[0] is None)
    return patterns


def _ranged(entry: str) -> tuple[str, SeasonRange | None]:
    """``"eng.cup.l 1960-61.."`` -> (``eng.cup.l``, its range); a bare code has no range."""
    code, _, seasons = entry.strip().partition(" ")
    return code, SeasonRange.parse(seasons) if seasons.strip() else None


def _held(entry: str, season: str) -> str | None:
    code, seasons = _ranged(entry)
    try:
        when = Season.parse(season)
    except ValueError:
        return code
    return code if seasons is None or seasons.covers_start(when.start) else None


def is_code(text: str) -> bool:
    """Whether ``text`` is a competition code touchline can read (``dk.cup``, ``eg.sc``), not a name."""
    prefix, dot, _ = text.partition(".")
    return (
        bool(dot)
        and " " not in text
        and (text in _data()["competition"] or prefix in _data()["countries"] or prefix in _data()["confederations"])
    )


def name_in(code: str, season: str) -> str:
    """The competition's name in ``season``: an earlier name the catalogue gives for it then, else its
    name (``dk.1`` in 1989: "1st Division")."""
    entry = _data()["competition"].get(code) or {}
    try:
        when = Season.parse(season)
    except ValueError:
        return competition(code).name
    for name, seasons in entry.get("names", ()):
        if SeasonRange.parse(seasons).covers_start(when.start):
            return str(name)
    return competition(code).name


def line_name(code: str, title: str) -> str:
    """The name a biography's Honours section lists a title under: the competition's name for an
    earlier name the catalogue marks as the same title renamed (``renamed``: "FA Premier League" ->
    "Premier League"), else ``title`` itself."""
    entry = _data()["competition"].get(code) or {}
    return competition(code).name if title in entry.get("renamed", ()) else title


def cups(prefix: str, season: str) -> list[str]:
    """The domestic cups of the country with this code prefix held in ``season``: ``[f"{prefix}.cup"]``
    unless the catalogue lists more (a league cup)."""
    listed: list[str] = _data()["cups"].get(prefix, [f"{prefix}.cup"])
    return [code for code in (_held(entry, season) for entry in listed) if code]


def predecessor(prefix: str, season: str) -> tuple[str, str] | None:
    """The leagues (as a note names them) and the cup's code the country's clubs played in ``season``
    before its own began (``[predecessors]``: Ukraine's clubs, the Soviet leagues and the Soviet Cup
    to 1991); ``None`` for a season of its own leagues."""
    entry = _data().get("predecessors", {}).get(prefix)
    if entry is None:
        return None
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    if start > Season.parse(str(entry["until"])).start:
        return None
    return str(entry["leagues"]), str(entry["cup"])


def founded(code: str) -> Season | None:
    """The first season ever played of a competition where the catalogue gives it (``founded``: the
    3. Liga, 2008-09): no season before it is missing from the store; ``None`` where it gives none."""
    entry = _data()["competition"].get(code)
    if entry is None or "founded" not in entry:
        return None
    return Season.parse(str(entry["founded"]))


def cups_abroad(country: str, season: str) -> list[str] | None:
    """The cups a club of ``country`` (a FIFA code) playing in another country's league enters in
    ``season`` instead of that country's (``cups_abroad``: Canada's MLS clubs); ``None`` where it enters
    the league country's."""
    listed: list[str] | None = _data().get("cups_abroad", {}).get(country)
    if listed is None:
        return None
    return [code for code in (_held(entry, season) for entry in listed) if code]


def super_cup(prefix: str, season: str) -> str | None:
    """The country's super cup of ``season`` (its league champions and cup winners of the season
    before), if the catalogue lists one held then."""
    entry = _data()["super_cups"].get(prefix)
    entries = [entry] if isinstance(entry, str) else list(entry or ())  # a run, or several runs
    return next((code for code in (_held(e, season) for e in entries) if code), None)


def after_a_double(prefix: str, season: str) -> str | None:
    """Who meets the champions in the country's super cup of ``season`` when they also won the cup:
    ``"league runner-up"`` or ``"cup runner-up"``, if the catalogue says."""
    entry = _data()["super_cup_after_a_double"].get(prefix)
    if entry is None:
        return None
    who, _, seasons = entry.partition(" ..")
    if seasons and not SeasonRange.parse(".." + seasons).covers_start(Season.parse(season).start):
        return None
    return str(who)


def cup_winners_cup(prefix: str, season: str) -> str | None:
    """The continental competition the country's cup winners of the season before play in ``season``
    (the Cup Winners' Cup), if the catalogue lists one held then and open to the country."""
    entry = _data()["cup_winners_cups"]
    if prefix not in entry["countries"]:
        return None
    banned = entry.get("banned", {}).get(prefix)
    if banned and SeasonRange.parse(banned).covers_start(Season.parse(season).start):
        return None
    return _held(entry["competition"], season)


def cup_winners_cup_instead() -> list[str]:
    """The competitions a club played instead of the Cup Winners' Cup when it was in them that season
    (the Champions League and its qualifying rounds)."""
    return list(_data()["cup_winners_cups"].get("instead", ()))


def qualifies_for(title: str, season: str, *, runners_up: bool = False) -> list[str]:
    """What winning continental competition ``title`` qualifies for in ``season`` (the next one); with
    ``runners_up``, what its runners-up went to in the winners' place (``continental_runners_up``: the
    Intercontinental Cups the European champions of the 1970s declined)."""
    table = "continental_runners_up" if runners_up else "continental_titles"
    listed: list[str] = _data()[table].get(title, [])
    return [code for code in (_held(entry, season) for entry in listed) if code]


def tier(code: str) -> int | None:
    """A league's tier from its code: ``eng.1`` -> 1, ``de.4.n`` -> 4, ``ar.2.metro`` -> 2; ``None`` for
    cups and continental competitions."""
    if competition(code).kind is not CompetitionKind.LEAGUE:
        return None
    parts = code.split(".")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def same_season_titles() -> list[str]:
    """Continental titles whose winners played what they qualify for in the title's own calendar year
    (``continental_same_season``)."""
    return list(_data().get("continental_same_season", {}).get("titles", []))


def continental_titles() -> list[str]:
    """Continental competitions whose winners qualify for something the next season."""
    return list(_data()["continental_titles"])


def canonical(code: str) -> str:
    """The code the catalogue lists a competition under: ``xk.1`` (Kosovo's ISO code) -> ``kos.1``."""
    return _aliases().get(code, code)


@cache
def _aliases() -> dict[str, str]:
    return {alias: code for code, entry in _data()["competition"].items() for alias in entry.get("codes", ())}


@cache
def _misnamed() -> list[tuple[str, tuple[str, ...], str]]:
    """(glob, globs excepted, competition) of every ``[[misnamed]]`` entry."""
    return [(str(e["files"]), tuple(e.get("except", ())), str(e["competition"])) for e in _data().get("misnamed", ())]


def misnamed(path: str | PurePath) -> str | None:
    """The competition a file holds that its data set names by another (see ``[[misnamed]]``), or None."""
    text = PurePath(path).as_posix()
    for pattern, excepted, code in _misnamed():
        if fnmatch(text, pattern) and not any(fnmatch(text, other) for other in excepted):
            return code
    return None


class Misdated(NamedTuple):
    """Dates a data set gives a year wrong, from a ``[[misdated]]`` entry: those from ``first`` to
    ``last`` (as the file gives them) move by ``years``."""

    first: dt.date
    last: dt.date
    years: int

    def covers(self, date: dt.date) -> bool:
        """Whether the entry moves this date."""
        return self.first <= date <= self.last

    def moved(self, date: dt.date) -> dt.date:
        """The date as it was."""
        return date.replace(year=date.year + self.years)


@cache
def _misdated() -> list[tuple[str, Misdated]]:
    found = []
    for entry in _data().get("misdated", ()):
        first, _, last = str(entry["dates"]).partition("..")
        fix = Misdated(dt.date.fromisoformat(first), dt.date.fromisoformat(last), int(entry["years"]))
        found.append((str(entry["files"]), fix))
    return found


def misdated(path: str | PurePath) -> Misdated | None:
    """How a file's data set got some of its dates wrong (see ``[[misdated]]``), or None."""
    text = PurePath(path).as_posix()
    return next((fix for pattern, fix in _misdated() if fnmatch(text, pattern)), None)


def competition_for_path(path: str | PurePath) -> str | None:
    """The competition code a file's path names, or ``None``.

    ``2019-20/be.1.txt`` -> ``be.1``; ``2018-19/be1.txt`` -> ``be.1``; ``denmark/2023-24_dk1.txt`` ->
    ``dk.1``; ``deutschland/2024-25/cup.txt`` -> ``de.cup``; ``2016-17/xk.1.txt`` -> ``kos.1`` (another
    code of it); a file the catalogue lists as misnamed -> the competition it holds.
    """
    pure = PurePath(path)
    stem = pure.name
    for suffix in (".txt", ".json", ".csv"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    if _CODE_STEM.match(stem):
        return misnamed(pure) or canonical(stem)
    # "2023-24_dk1" -> "dk1"
    stem = re.sub(r"^\d{4}(?:-\d{2})?_", "", stem)
    folders = [part.lower() for part in pure.parts[:-1]]
    for folder, pattern_stem, code in _file_patterns():
        if stem != pattern_stem:
            continue
        if folder is None or any(folder in part for part in folders):
            return code
    return None


def super_cup_places(prefix: str, season: str) -> tuple[int, int] | None:
    """For a country's super cup of ``season`` played by more than two clubs: how many of its league's
    top places and of its cup's finalists qualify (``(2, 2)`` for Spain's from 2019-20), a place held
    twice passing down the league table; ``None`` for a super cup of the champions and the cup winners."""
    entry = _data().get("super_cup_entrants", {}).get(prefix)
    if entry is None or not SeasonRange.parse(str(entry["seasons"])).covers_start(Season.parse(season).start):
        return None
    return int(entry["league"]), int(entry["cup"])


def series(code: str) -> str:
    """The name of the series a competition is a division of (``uefa.nl.b`` -> "UEFA Nations League"),
    else its name."""
    entry = _data()["competition"].get(code) or {}
    return str(entry.get("series", competition(code).name))


@cache
def _calendar() -> dict[str, Any]:
    text = resources.files("touchline").joinpath("data/calendar.toml").read_text(encoding="utf-8")
    return load_toml(text, "touchline/data/calendar.toml")


class CupEntry(NamedTuple):
    """When a club of some league tiers enters a domestic cup in an era (``data/calendar.toml``): the
    round, the earliest month and day it is played, and the seasons of the era."""

    round: str
    month: int
    day: int
    seasons: SeasonRange

    def first_day(self, season: str) -> dt.date:
        """The earliest day of the entry round in ``season`` (a month before July falls in its second
        calendar year)."""
        when = Season.parse(season)
        return dt.date(when.end if self.month < 7 and when.end > when.start else when.start, self.month, self.day)


def cup_entries(code: str, season: str, tier: int | None) -> list[tuple[CupEntry, tuple[int, int] | None]]:
    """The entries into cup ``code`` of ``season`` for a club of league ``tier``, each with the league
    places of the season before it is for (``None``: every place); none where the calendar lists none."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return []
    found = []
    for entry in _calendar().get("cup_entry", {}).get(code, ()):
        seasons = SeasonRange.parse(str(entry["seasons"]))
        if tier not in entry["tiers"] or not seasons.covers_start(start):
            continue
        month, day = (int(part) for part in str(entry["from"]).split("-"))
        places = entry.get("places")
        found.append((CupEntry(str(entry["round"]), month, day, seasons), (places[0], places[1]) if places else None))
    return found


def cup_tiers(code: str, season: str) -> tuple[tuple[int, ...], str] | None:
    """The league tiers domestic cup ``code`` was open to in ``season`` and what a note says of who
    played it (``[cup_tiers]`` of ``data/calendar.toml``: the Football League Trophy's third and fourth);
    ``None`` for a cup open to every tier (or a season the calendar does not list)."""
    entry = _calendar_entry("cup_tiers", code, season)
    if entry is None:
        return None
    return tuple(int(t) for t in entry["tiers"]), str(entry.get("why", ""))


def _calendar_entry(table: str, code: str, season: str) -> dict[str, Any] | None:
    """The entry of ``table`` of ``data/calendar.toml`` for competition ``code`` whose seasons cover
    ``season``'s start; ``None`` where none does (or the season is no season)."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    for entry in _calendar().get(table, {}).get(code, ()):
        if SeasonRange.parse(str(entry["seasons"])).covers_start(start):
            return dict(entry)
    return None


def cup_absent(code: str, season: str) -> frozenset[str]:
    """The clubs (registry ids) known not to have entered cup ``code`` of ``season``, open to them by
    their tier (``absent`` of ``[cup_tiers]`` in ``data/calendar.toml``: Liverpool never entered the
    Full Members' Cup)."""
    entry = _calendar_entry("cup_tiers", code, season)
    return frozenset() if entry is None else frozenset(str(club) for club in entry.get("absent", ()))


def cup_out(code: str, season: str, club: str) -> dt.date | None:
    """The day club ``club`` (a registry id) went out of cup ``code`` of ``season`` where the store lacks
    that cup and ``data/calendar.toml`` gives it (``[cup_out]``: Heart of Midlothian, out of the
    Scottish League Cup of 2017-18 in its group stage on 29 July 2017); ``None`` where it gives none. A
    spell beginning after that day expects nothing more of that cup season."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    editions: dict[str, dict[str, str]] = _calendar().get("cup_out", {}).get(code, {})
    for label, clubs in editions.items():
        if Season.parse(label).start == start and club in clubs:
            return dt.date.fromisoformat(str(clubs[club]))
    return None


def cup_instead(code: str, season: str) -> tuple[str, str] | None:
    """The competition whose clubs of ``season`` did not enter domestic cup ``code`` that season, and
    why (``[cup_instead]`` of ``data/calendar.toml``: the Copa Libertadores' Brazilian clubs, out of
    the Copa do Brasil from 2001 to 2012); ``None`` where every club of its tiers entered."""
    entry = _calendar_entry("cup_instead", code, season)
    return None if entry is None else (str(entry["competition"]), str(entry.get("why", "")))


def played(code: str, season: str) -> tuple[dt.date, dt.date] | None:
    """The first and last days a one-off competition (a super cup, the Club World Cup) of ``season``
    was played, where ``data/calendar.toml`` gives them (the edition of a calendar year ``2018`` is that
    of ``2018-19``); else ``None``."""
    return _days("played", code, season)


def _days(table: str, code: str, season: str) -> tuple[dt.date, dt.date] | None:
    """The first and last days ``data/calendar.toml``'s ``table`` gives competition ``code`` in
    ``season`` (``"2020-07-26..2020-08-04"``, or one day), matched by the year the season starts in;
    ``None`` where it gives none."""
    editions: dict[str, str] = _calendar().get(table, {}).get(code, {})
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    for label, days in editions.items():
        if Season.parse(label).start == start:
            first, _, last = days.partition("..")
            return dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)
    return None


def final_day(code: str, season: str) -> dt.date | None:
    """The day of a domestic cup's final in ``season``, where ``data/calendar.toml`` gives it (the
    edition of a calendar year ``2018`` is that of ``2018-19``); else ``None``."""
    days = _days("final", code, season)
    return None if days is None else days[0]


class RankedEntrants(NamedTuple):
    """An edition of a competition whose clubs qualified by a ranking (``[[ranked_entrants]]``): its
    code and edition, why its clubs were there, and each club's id with the last day it could have
    played in it (the day of the round it went out in)."""

    competition: str
    edition: str
    why: str
    clubs: dict[str, dt.date]


@cache
def ranked_entrants() -> list[RankedEntrants]:
    """Every edition the catalogue lists the ranked entrants of (the Club World Cup of 2025)."""
    return [
        RankedEntrants(
            str(e["competition"]),
            str(e["edition"]),
            str(e["why"]),
            {str(club): dt.date.fromisoformat(str(day)) for club, day in e["clubs"].items()},
        )
        for e in _data().get("ranked_entrants", ())
    ]


def onward(code: str) -> str | None:
    """The competition the winners of qualifying competition ``code`` go on to (``uefa.conf.q`` ->
    ``uefa.conf``), if the catalogue lists one."""
    found = _data().get("qualifying", {}).get(code)
    return None if found is None else str(found)


def qualifying_round(label: str) -> str | None:
    """A qualifying round's key from the heading a source files it under: ``"play-off"`` for
    "Playoffs", "Play-offs" or "Playoff Round", the round's number for "Round 3", "3. Round" or
    "Qual. Round 3"; ``None`` for another heading ("Preliminary Final")."""
    if re.search(r"play-?off", label, re.IGNORECASE):
        return "play-off"
    found = re.fullmatch(r"(?:(?:qual\.?|qualifying)\s+)?round\s+(\d+)|(\d+)\.\s*round", label.strip(), re.IGNORECASE)
    return None if found is None else (found.group(1) or found.group(2))


def dropped_to(code: str, season: str, label: str) -> str | None:
    """The competition a club that lost its last tie of qualifying competition ``code`` in ``season``
    went on to, by the round's heading (``[[qualifying_losers]]``): ``uefa.el`` for a Champions League
    play-off lost in 2025-26; ``None`` where it went out, or where the rule hangs on a path the data
    cannot tell."""
    key = qualifying_round(label)
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    for entry in _data().get("qualifying_losers", ()):
        seasons = SeasonRange.parse(str(entry["seasons"]))
        if entry["competition"] == code and entry["round"] == key and seasons.covers_start(start):
            return str(entry["to"])
    return None


class Playoff(NamedTuple):
    """An end-of-season play-off of an era (``[[playoffs]]`` of ``data/competitions.toml``): the league
    whose season it closes (its files hold it where a source has it), the league whose places qualified
    (the same, or the division above for a relegation place), those places (first and last), the
    seasons, the play-off's name then, the qualifying league's name as a note says it ("the
    Championship", "League One") and the stages a source files its matches under."""

    competition: str
    league: str
    places: tuple[int, int]
    seasons: SeasonRange
    name: str
    table: str
    stages: tuple[str, ...]


@cache
def _playoffs() -> list[Playoff]:
    found = []
    for entry in _data().get("playoffs", ()):
        competition = str(entry["competition"])
        first, last = (int(p) for p in entry["places"])
        found.append(
            Playoff(
                competition,
                str(entry.get("league", competition)),
                (first, last),
                SeasonRange.parse(str(entry["seasons"])),
                str(entry["name"]),
                str(entry["table"]),
                tuple(str(s) for s in entry["stages"]),
            )
        )
    return found


def playoffs(prefix: str, season: str) -> list[Playoff]:
    """The play-offs of the country with this code prefix that closed ``season``, in the catalogue's
    order (``eng`` 1986-87: the Second Division's, which the First Division's 19th played too)."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return []
    return [p for p in _playoffs() if p.league.split(".", 1)[0] == prefix and p.seasons.covers_start(start)]


def playoff_days(code: str, season: str) -> tuple[dt.date, dt.date] | None:
    """The first and last days of the play-offs that closed league ``code``'s ``season``, where
    ``data/calendar.toml`` gives them (``[playoff_days]``); else ``None``."""
    return _days("playoff_days", code, season)


def not_held(code: str, season: str) -> bool:
    """Whether the edition of ``season`` of competition ``code`` was never played (``[not_held]`` of
    ``data/calendar.toml``: the UEFA Super Cup of 1985-86, cancelled after Heysel; the U.S. Open Cup of
    2020, the pandemic), matched by the year the season starts in."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return False
    listed: list[str] = _calendar().get("not_held", {}).get(code, [])
    return any(Season.parse(label).start == start for label in listed)


def entrant_competitions() -> list[str]:
    """The competitions ``[entrants]`` of ``data/calendar.toml`` lists editions of."""
    return list(_calendar().get("entrants", {}))


def also_entered_competitions() -> list[str]:
    """The competitions ``[also_entered]`` of ``data/calendar.toml`` lists clubs of."""
    return list(_calendar().get("also_entered", {}))


def also_entered(code: str, season: str) -> dict[str, str]:
    """Clubs (registry ids) known to have played the edition of ``season`` beside those the rules give
    (``[also_entered]`` of ``data/calendar.toml``: the Cup Winners' Cup's finalists and holders, KV
    Mechelen in 1987-88 and 1988-89, whose Belgian Cup the store lacks), each with why it was there."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return {}
    editions: dict[str, dict[str, str]] = _calendar().get("also_entered", {}).get(code, {})
    return next((dict(clubs) for label, clubs in editions.items() if Season.parse(label).start == start), {})


def entrants(code: str, season: str) -> dict[str, str] | None:
    """The clubs (registry ids) that played the edition of ``season`` of a one-off competition whose
    clubs the qualification rules do not give (``[entrants]`` of ``data/calendar.toml``: the FA
    Charity Shield of 1972, Manchester City v Aston Villa, the champions Derby County declining), each
    with why it was there; ``None`` where the rules give them."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    editions: dict[str, dict[str, str]] = _calendar().get("entrants", {}).get(code, {})
    for label, clubs in editions.items():
        if Season.parse(label).start == start:
            return dict(clubs)
    return None


def window(code: str, season: str) -> tuple[dt.date, dt.date] | None:
    """The days a competition of ``season`` is played in an era whose editions' days the calendar does
    not give one by one (``[window]`` of ``data/calendar.toml``: the AFC Champions League's group
    stage, February to May): its month-days from the year the season starts in (a last month-day
    before the first falls in the next year); ``None`` where it gives none."""
    try:
        start = Season.parse(season).start
    except ValueError:
        return None
    for entry in _calendar().get("window", {}).get(code, ()):
        if not SeasonRange.parse(str(entry["seasons"])).covers_start(start):
            continue
        first = dt.date(start, *(int(p) for p in str(entry["from"]).split("-")))
        last = dt.date(start, *(int(p) for p in str(entry["to"]).split("-")))
        return first, last if last >= first else last.replace(year=start + 1)
    return None


def next_year_codes() -> frozenset[str]:
    """What a same-season title (``continental_same_season``) qualifies for that is played the year
    after all the same (the Recopa Sudamericana of February 2018 for the Libertadores winners of 2017)."""
    return frozenset(_data().get("continental_same_season", {}).get("next_year", ()))


class PastWinners(NamedTuple):
    """A competition of an era whose clubs were a title's past winners (``[[past_winners]]``: the
    Supercopa Libertadores of 1988 to 1997, for every past winner of the Copa Libertadores)."""

    competition: str
    title: str
    seasons: SeasonRange


@cache
def past_winners() -> list[PastWinners]:
    """Every ``[[past_winners]]`` entry of the catalogue."""
    return [
        PastWinners(str(e["competition"]), str(e["title"]), SeasonRange.parse(str(e["seasons"])))
        for e in _data().get("past_winners", ())
    ]


class ChampionsEnter(NamedTuple):
    """A competition of an era whose entrants include the league champions of the season before of
    some countries (``[[champions_enter]]``: the AFC Champions League, for China's, Japan's and Korea's),
    and the edition's label from a year on (``split_from``: ``2023-24``)."""

    competition: str
    leagues: tuple[str, ...]
    seasons: SeasonRange
    split_from: int | None

    def edition(self, season: str) -> str:
        """The edition's label for the season a spell's slot names (``2020``; ``2023-24`` from 2023)."""
        start = Season.parse(season).start
        if self.split_from is not None and start >= self.split_from:
            return f"{start}-{(start + 1) % 100:02d}"
        return str(start)


@cache
def champions_enter() -> list[ChampionsEnter]:
    """Every ``[[champions_enter]]`` entry of the catalogue."""
    return [
        ChampionsEnter(
            str(e["competition"]),
            tuple(str(code) for code in e["leagues"]),
            SeasonRange.parse(str(e["seasons"])),
            int(e["split_from"]) if "split_from" in e else None,
        )
        for e in _data().get("champions_enter", ())
    ]


class DroppedFrom(NamedTuple):
    """Where a possible competition's clubs certainly came from in part (``dropped_from`` of a
    ``[[possible]]`` entry): the competition whose groups' clubs in a place dropped into it, that place,
    and the first year it was so (the Copa Libertadores' third-placed clubs, into the Copa
    Sudamericana's next round, since 2017)."""

    competition: str
    place: int
    since: int


class Possible(NamedTuple):
    """A competition of an era that clubs of some countries' leagues may have played, by places that
    vary by country and year (``[[possible]]``: the Copa Sudamericana): named as possible, never as
    certain; ``instead``, the competition whose clubs did not play it from its start that season (the
    Copa Libertadores), and ``dropped_from``, the place of that competition's groups whose clubs
    certainly played it, where the catalogue gives them."""

    competition: str
    countries: tuple[str, ...]
    tiers: tuple[int, ...]
    seasons: SeasonRange
    why: str
    instead: str | None = None
    dropped_from: DroppedFrom | None = None


def _dropped_from(entry: dict[str, Any] | None) -> DroppedFrom | None:
    """A ``dropped_from`` table of a ``[[possible]]`` entry, read (``None`` where it has none)."""
    if entry is None:
        return None
    return DroppedFrom(str(entry["competition"]), int(entry["place"]), int(entry["since"]))


@cache
def possible() -> list[Possible]:
    """Every ``[[possible]]`` entry of the catalogue."""
    return [
        Possible(
            str(e["competition"]),
            tuple(str(c) for c in e["countries"]),
            tuple(int(t) for t in e.get("tiers", (1,))),
            SeasonRange.parse(str(e["seasons"])),
            str(e["why"]),
            str(e["instead"]) if "instead" in e else None,
            _dropped_from(e.get("dropped_from")),
        )
        for e in _data().get("possible", ())
    ]


def regional_leagues(prefix: str) -> list[str]:
    """The regional championships the clubs of a country play beside its national leagues each year
    (``[regional]``: Brazil's state championships), by code."""
    return list(_data().get("regional", {}).get(prefix, ()))
