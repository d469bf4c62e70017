"""``touchline people``: load person files, list and remove people, and keep spells on their clubs.

A spell names its team as a biography does (``"FC København"``, ``"OB"``, ``"Liverpool FC"`` with
``country = "ENG"``). :func:`resolve_team` finds the club among every club in the store (any name any
source uses for it), the reviewed registry and every FIFA member's national team, forgiving accents
and spacing but not a part of a word (``"Spurs"`` names Tottenham Hotspur by the registry, never
Malta's Pietá Hotspurs); a name two clubs answer to needs a country. A national team's spell is
labelled by its English name (``Italy``, not the data's ``Italien``). Files live wherever their users
keep them. After each import the spells are resolved again (:func:`refresh_spells`), so they follow
their clubs when club identity changes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import heapq
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from touchline.compute.lookup import known_names, leagues, pick
from touchline.compute.records import shared_days, spell_window
from touchline.errors import DataError, NotFoundError
from touchline.model import Spell
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry, club_id, english_nation, is_national
from touchline.reference.people import (
    COACHING,
    PersonFile,
    SpellEntry,
    load_file,
    own_overlaps,
    problems,
)
from touchline.sources.limits import MAX_SPELLS
from touchline.store import people as stored
from touchline.store import read
from touchline.store.base import Store

__all__ = ["import_people", "list_people", "load_file", "refresh_spells", "remove_person", "resolve_team"]


class Teams:
    """Every club name the store and the registry know, and every national team, for resolving spells'
    team names."""

    def __init__(self, store: Store, registry: ClubRegistry | None = None) -> None:
        self.store = store
        self.registry = registry or ClubRegistry.default()
        self.names = known_names(read.club_names(store), self.registry, unstored=True, every_nation=True)
        self.plays_in = leagues(self.registry)
        # answers already worked out (a club, or the NotFoundError), by (team, country) where the spell's
        # window did not weigh in, else by (team, country, window): each look-up scans every name the
        # store knows, and a career names the same few clubs again and again
        self._known: dict[tuple[object, ...], tuple[str, str] | NotFoundError] = {}

    def resolve(
        self, team: str, country: str | None = None, window: tuple[dt.date, dt.date] | None = None
    ) -> tuple[str, str]:
        """(club id, canonical name) of the club ``team`` names (any name a source uses, or the club's id),
        as :func:`touchline.compute.lookup.pick` reads it, never by a part of a word: of clubs answering
        to it, the one that played in the spell's ``window``, else the one far the most played;
        :class:`NotFoundError` with candidates."""
        plain = (team, country)
        known = self._known.get(plain)
        if known is None and window is not None:
            known = self._known.get((team, country, window))
        if known is None:
            known = self._resolve(team, country, window)
        if isinstance(known, NotFoundError):
            # a new error each time: one raised again would carry every earlier traceback along
            raise NotFoundError(known.what, known.name, known.candidates) from None
        return known

    def _resolve(
        self, team: str, country: str | None, window: tuple[dt.date, dt.date] | None
    ) -> tuple[str, str] | NotFoundError:
        """:meth:`resolve` worked out and kept: by (team, country) when no count of matches was asked
        for (the answer is then the same in every window), else with the window too."""
        weighed = False

        def counts(ids: Sequence[str], *within: dt.date) -> dict[str, int]:
            nonlocal weighed
            weighed = True
            return dict(read.match_counts(self.store, ids, *within))

        weighs = [lambda ids: counts(ids)]
        if window is not None:
            weighs.insert(0, lambda ids: counts(ids, *window))
        found: tuple[str, str] | NotFoundError
        try:
            named = pick(
                team,
                self.names,
                *weighs,
                country=country,
                what="club named",
                ambiguous="single club named",
                hint=_COUNTRY_HINT,
                parts=False,
                plays_in=self.plays_in,
            )
        except NotFoundError as exc:
            found = _useful_advice(exc)
        else:
            found = (named.club, named.name)
        self._known[(team, country, window) if weighed else (team, country)] = found
        return found


_COUNTRY_HINT = 'or give country = "..."'
# a listed candidate: "Club Brugge KV (BEL) = bel-club-brugge-kv"
_CANDIDATE = re.compile(r"^.* \((?P<country>[^()]*)\) = (?P<id>\S+)$")


def _useful_advice(exc: NotFoundError) -> NotFoundError:
    """The error with advice that can tell its candidates apart: a country only where they are of more
    than one (Guadalajara's candidates are all Mexican: a country cannot choose between them), else the
    team written as one candidate's id."""
    if not exc.candidates or exc.candidates[-1] != _COUNTRY_HINT:
        return exc
    listed = exc.candidates[:-1]
    countries = {m["country"] for m in map(_CANDIDATE.match, listed) if m}
    if len(countries) > 1:
        return exc
    return NotFoundError(exc.what, exc.name, [*listed, 'or write its id as team = "..."'])


def spell_days(store: Store, spell: Spell, *, successor_same_day: bool = False) -> tuple[dt.date, dt.date]:
    """The first and last days whose matches belong to a stored spell (its team a club id):
    :func:`touchline.compute.records.spell_window`, years given without dates read as the seasons of
    the club's league where it plays from summer to spring, each season turning where the club's own
    matches turn it (:func:`touchline.store.read.season_turns`: Zaragoza's 2019-20 ended on 20 July 2020,
    so "to 2020" there runs to that day), and giving way to other people's dated coaching spells at the
    club (:func:`touchline.compute.records.give_way`: La Volpe's América "1996" from 26 March 1996, the
    day after Bielsa's spell ended). Where the league plays in calendar years, a year is that season,
    turning where the club's matches turn it (:func:`touchline.store.read.year_turns`: Kawasaki
    Frontale's Emperor's Cup final of 2016 was played on 1 January 2017, so "2017" there begins on 2
    January and "to 2016" runs to 1 January 2017)."""
    if not spell.in_years:
        return spell_window(spell, successor_same_day=successor_same_day)
    # a player's years are no coach's: only coaching spells give way to one another
    others = stored.coaching_spells_at(store, spell.team, spell.person) if spell.role in COACHING else []
    first = spell.start.year if spell.start else spell.start_year or 1
    seasons = _plays_across_years(store, spell.team, first, spell.end_year or first)
    turns = read.season_turns(store, spell.team, _turn_years(spell, seasons=True)) if seasons else {}
    new_years = {} if seasons else read.year_turns(store, spell.team, _turn_years(spell, seasons=False))
    return spell_window(
        spell,
        successor_same_day=successor_same_day,
        seasons=seasons,
        others=others,
        turns=turns,
        year_turns=new_years,
    )


def _turn_years(spell: Spell, *, seasons: bool) -> set[int]:
    """The years whose turns a spell given in years reads: its first year's and the next (the bounds of
    its first season); for its last season, played from summer to spring (``seasons``), its last year's
    and the one before, else (a calendar year) its last year's and the next."""
    years: set[int] = set()
    if spell.start is None and spell.first_match is None and spell.start_year is not None:
        years |= {spell.start_year, spell.start_year + 1}
    if spell.end is None and spell.last_match is None and spell.end_year is not None:
        years |= {spell.end_year - 1, spell.end_year} if seasons else {spell.end_year, spell.end_year + 1}
    return years


def _plays_across_years(store: Store, club: str, first: int, last: int) -> bool:
    """Whether the club's seasons ran from summer to spring in the years ``first`` to ``last``: as its
    own leagues' seasons tell (:func:`touchline.store.read.plays_across_years`); for a club the store
    holds no league match of (Workington's cup ties, Rheydter SV), as its country's top flight's seasons
    of those years are labelled (else the nearest), so that Workington's 1954-1955 reads as Carlisle's and
    Grimsby's years do, July to June."""
    if read.home_league(store, club) is not None:
        return read.plays_across_years(store, club, first, last)
    top = [season for code, season in stored.country_league_seasons(store, club) if catalog.tier(code) == 1]
    within = [season for season in top if first <= int(season[:4]) <= last]
    if within:
        return 2 * sum("-" in season for season in within) > len(within)
    nearest = min(top, key=lambda season: (abs(int(season[:4]) - first), season), default=None)
    return nearest is not None and "-" in nearest


def resolve_team(store: Store, team: str, country: str | None = None) -> tuple[str, str]:
    """(club id, name) of the club a spell's team name means (see :class:`Teams`)."""
    return Teams(store).resolve(team, country)


def _resolved(item: PersonFile, teams: Teams) -> tuple[list[SpellEntry], list[str]]:
    entries, messages = [], []
    for entry in item.entries:
        try:
            club, name = teams.resolve(entry.team, entry.country, spell_window(entry.spell))
        except NotFoundError as exc:
            if not entry.outside:
                messages.append(f"{entry.where}: {exc}")
                continue
            # a club no source holds (Al-Shabab of Saudi Arabia): its spell shows "no data"
            club, name = club_id(entry.country or "", entry.team), entry.team
        else:
            if entry.outside:
                messages.append(f"{entry.where}: {entry.team} is in the data as {name} ({club}): remove outside_data")
                continue
        spell = replace(entry.spell, team=club, label=entry.spell.label or _label(entry.team, club, name))
        entries.append(replace(entry, spell=spell))
    return entries, messages


def _label(team: str, club: str, name: str) -> str:
    """How a spell's table names its team by default: the club's name, but a national team's in
    English, as the file writes it or else the nation's (``Italy``, not the data's ``Italien``)."""
    if is_national(club, name):
        return english_nation(team) or english_nation(name) or name
    return name


def _own_overlaps(entries: Sequence[SpellEntry]) -> list[str]:
    """:func:`touchline.reference.people.own_overlaps` (the same messages, in the same order) in n log n
    time, not n squared: only pairs of coaching spells whose days may meet are compared. Each spell's
    days are widened to what any of its checks reads (a year given without days as the whole year, an
    open end as today); a sweep in order of first day pairs each spell with those still running."""
    coaching = [e for e in entries if e.spell.role in COACHING]
    spans = sorted((*_widest(entry.spell), n) for n, entry in enumerate(coaching))
    running: list[tuple[dt.date, int]] = []  # a heap of (last day, index) of the spells begun so far
    pairs = []
    for first, last, n in spans:
        while running and running[0][0] < first:
            heapq.heappop(running)
        pairs += [(min(n, m), max(n, m)) for _, m in running]
        heapq.heappush(running, (last, n))
    return [message for n, m in sorted(pairs) for message in own_overlaps([coaching[n], coaching[m]])]


def _widest(spell: Spell) -> tuple[dt.date, dt.date]:
    """The first and last day a spell may cover, for any overlap check: its days, else its years' first
    and last days, an open end today (the checks' own reading of it)."""
    first = spell.start or dt.date(spell.start_year or dt.MINYEAR, 1, 1)
    if spell.end is not None:
        last = spell.end
    elif spell.end_year is not None:
        last = dt.date(spell.end_year, 12, 31)
    else:
        last = dt.date.today()
    return first, max(first, last)


def _club_overlaps(
    store: Store, person_id: str, entries: Sequence[SpellEntry], run: Mapping[str, Sequence[SpellEntry]]
) -> list[str]:
    """Where the person's coaching spells overlap other people's at a club: those the store holds, but
    for the people of this import (``run``: person id -> resolved entries), read in their new versions."""
    out = []
    # other people's coaching spells, asked of the store once for each club
    at_club: dict[str, list[Spell]] = {}
    for entry in entries:
        spell = entry.spell
        if spell.role not in COACHING or spell.start is None:
            continue
        others = at_club.get(spell.team)
        if others is None:
            others = [s for s in stored.coaching_spells_at(store, spell.team, person_id) if s.person not in run]
            others += [
                e.spell
                for other, news in run.items()
                if other != person_id
                for e in news
                if e.spell.team == spell.team and e.spell.role in COACHING
            ]
            at_club[spell.team] = others
        for other in others:
            days = shared_days(spell, other)
            if days > 1:
                out.append(
                    f"{entry.where}: spell at {spell.label} ({spell.start}..{spell.end_text}) overlaps "
                    f"{other.person}'s ({other.start}..{other.end_text}) by {days} days"
                )
    return out


def import_people(store: Store, paths: Iterable[str | Path]) -> list[PersonFile]:
    """Check person files, resolve their teams and write them, all in one transaction; a
    :class:`DataError` lists every problem of the first file that has any, and writes nothing.

    Files imported together are checked against each other's new versions, not against what the store
    held before: Berizzo's Celta from 19 May 2014 and Luis Enrique's end corrected to 18 May, brought in
    together, overlap no more."""
    loaded = [_within_limits(load_file(p, keep_going=True)) for p in paths]
    _unique_ids(store, loaded)
    teams = Teams(store)
    out = []
    with store.transaction():
        resolved = [(item, *_resolved(item, teams)) for item in loaded]
        run = {item.person.id: entries for item, entries, _ in resolved}
        for item, entries, messages in resolved:
            messages += _own_overlaps(entries) + _club_overlaps(store, item.person.id, entries, run)
            if item.problems or messages:
                raise problems(sorted([*item.problems, *messages], key=_line), item.path)
            stored.write_person(
                store, item.person, [(e.spell, e.team, e.country) for e in entries], Path(item.path).name
            )
            out.append(replace(item, entries=tuple(entries)))
    return out


def _within_limits(item: PersonFile) -> PersonFile:
    """A loaded file, or a one-line :class:`DataError` naming it when it has more spells than
    :data:`touchline.sources.limits.MAX_SPELLS` (a generated or concatenated file, not a career)."""
    # every spell is an entry, or a problem when it could not be read
    count = len(item.entries) + len(item.problems)
    if count > MAX_SPELLS:
        raise DataError(
            f"{item.path}: {count:,} spells; a person file holds at most {MAX_SPELLS:,} "
            "(one person's career: is it several people's, or generated?)"
        )
    return item


def _line(message: str) -> int:
    """The line a problem names (``FILE:12: ...``), 0 for the whole file: problems are listed by line."""
    head = message.split(": ", 1)[0]
    number = head.rsplit(":", 1)[-1]
    return int(number) if number.isdigit() else 0


def _unique_ids(store: Store, loaded: Sequence[PersonFile]) -> None:
    """A person's id is theirs alone: a file may update the person it wrote (its file name), never
    replace another person, nor two files of one import share an id."""
    owners = {person.id: (person.name, file) for person, _, _, file in stored.people(store)}
    seen: dict[str, str] = {}
    for item in loaded:
        person = item.person
        if person.id in seen:
            raise DataError(f"{item.path}: id = {person.id!r} is also the id in {seen[person.id]} (one id, one person)")
        seen[person.id] = str(item.path)
        name, file = owners.get(person.id, (None, None))
        if file is not None and file != Path(item.path).name:
            raise DataError(
                f"{item.path}: id = {person.id!r} is already {name}'s, imported from {file}: give this person "
                f"another id, or run `touchline people remove {person.id}` first"
            )


def refresh_spells(store: Store) -> int:
    """Point every spell at the club its team name resolves to now; returns how many moved. A name that
    no longer resolves keeps its club. Call inside a transaction (the import does, after deriving)."""
    spells = stored.named_spells(store)
    if not spells:
        return 0
    teams = Teams(store)
    changes = []
    for seq, spell, name, country in spells:
        try:
            club, _ = teams.resolve(name, country, spell_window(spell))
        except NotFoundError:
            continue
        if club != spell.team:
            changes.append((club, spell.person, seq))
    stored.set_spell_team(store, changes)
    return len(changes)


def list_people(store: Store) -> list[tuple[str, str, int, int, str | None]]:
    """(id, name, spells, coaching spells, file) of everyone in the store."""
    return [(p.id, p.name, n, c, f) for p, n, c, f in stored.people(store)]


def remove_person(store: Store, person_id: str) -> None:
    """Take a person and their spells out of the store."""
    with store.transaction():
        if not stored.remove_person(store, person_id):
            ids = [p[0] for p in list_people(store)]
            raise NotFoundError("person with id", person_id, difflib.get_close_matches(person_id, ids, n=5))
