"""Which club a user means by a name: pure, over the names the store and the registry know.

A user writes what an article writes: ``Benfica``, ``St Mirren``, ``Mainz 05``, ``Scotland``. The
look-up tries, in order, the exact name (or id), its spelling key, its loose form (``St. Mirren FC``
and ``St Mirren`` are both ``st mirren``), its whole words, then any part of a name. At the first step
that finds clubs, a reserve or youth team is left out unless the name asks for one (``Mainz 05`` is
not ``Mainz 05 II``); where several clubs remain, the one with ``PROMINENT`` times the matches of any
other is meant (``Everton``: Everton FC of England, not Everton of Chile, whose name is exactly
``Everton``); otherwise the name is ambiguous and the error lists the clubs with their countries.
A national team's English name reads as the name the data gives it (``Scotland``: ``Schottland``).

A part of a word is a guess (``Spurs`` is part of Malta's ``Pietá Hotspurs``, not of ``Tottenham
Hotspur``): a command may take it (``Germain``: Paris Saint-Germain), a person file, an editor's
record of fact, may not (``parts=False``): there the step's clubs are the error's suggestions. The
names a club answers to are the store's and the registry's alike (:func:`known_names`), so that a
registered name editors write (``Spurs``) is found by the exact step, before any part of a word. A
country given means a club of that country or one playing in its leagues (the registry's
``plays_in``: AS Monaco in France).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

from touchline.errors import NotFoundError
from touchline.reference.clubs import (
    ClubRegistry,
    club_id,
    fold,
    is_national,
    key,
    nation_name,
    nations,
    normalize,
    reserve_mark,
    split_country,
)

# an ambiguous name means the club with at least this many times the matches of every other one
PROMINENT = 3

# the age groups of national youth teams a spell may name (as "Denmark U17" or "Denmark U-17")
YOUTH_TEAMS = ("U15", "U16", "U17", "U18", "U19", "U20", "U21", "U23")


class Named(NamedTuple):
    """A name a club answers to: its id, the name, its country and the club's own name."""

    club: str
    name: str
    country: str | None
    canonical: str


def known_names(
    stored: Iterable[tuple[str, str, str | None, str]],
    registry: ClubRegistry,
    *,
    unstored: bool = False,
    every_nation: bool = False,
) -> list[Named]:
    """The names clubs answer to: the store's (``stored``: id, a name, country, canonical name), then
    each registered club's names (of the stored clubs only, unless ``unstored``). With
    ``every_nation``, also every FIFA member's national team (``touchline/data/nations.toml``), by its
    English names and the one the data gives it, and its youth teams (:data:`YOUTH_TEAMS`), whether
    the store holds their matches or not: a spell may name a team the data lacks (it shows "no data")."""
    names = [Named(*row) for row in stored]
    ids = {n.club for n in names}
    for club in registry.clubs():
        if unstored or club.id in ids:
            names += [Named(club.id, n, club.country, club.name) for n in (club.name, *club.other_names)]
    if every_nation:
        known = {key(n.name) for n in names}
        for nation in nations():
            team = club_id("", nation.data)
            spellings = (nation.data, nation.name, *nation.other_names)
            names += [Named(team, n, None, nation.data) for n in spellings]
            for age in YOUTH_TEAMS:  # "Denmark U17", "Dänemark U-17": no data unless a source has it
                youth = [f"{n} {age}" for n in spellings]
                if known.isdisjoint(key(n) for n in youth):  # a team the store or registry names is that one
                    team = club_id("", f"{nation.data} {age}")
                    names += [Named(team, n, None, f"{nation.name} {age}") for n in youth]
    return names


def leagues(registry: ClubRegistry) -> dict[str, tuple[str, ...]]:
    """Club id -> the countries whose leagues it plays in besides its own (the registry's ``plays_in``:
    AS Monaco in France), for :func:`pick`'s ``plays_in``."""
    return {club.id: club.plays_in for club in registry.clubs() if club.plays_in}


Weigh = Callable[[Sequence[str]], Mapping[str, int]]


def pick(
    query: str,
    names: Sequence[Named],
    *weighs: Weigh,
    country: str | None = None,
    what: str = "club",
    ambiguous: str = "single club matching",
    hint: str = 'or add the country: "Everton (CHI)"',
    parts: bool = True,
    plays_in: Mapping[str, Sequence[str]] | None = None,
    exact: bool = False,
    suggest: bool = True,
) -> Named:
    """The club ``query`` means among ``names`` (see the module docstring). Each of ``weighs`` gives the
    number of matches of the clubs it is asked about (in a spell's window, then over all time): the
    first that makes one club prominent decides. A country (a suffix, or ``country``) means a club of
    it or one whose ``plays_in`` (club id -> countries, :func:`leagues`) lists it. Without ``parts``,
    a name found only as part of a word of clubs' names is not taken: the error suggests those clubs.
    With ``exact``, only the exact name and its spelling key are tried.
    :class:`NotFoundError` with the candidates (ambiguous, or part of a word) or the closest names
    (none; without ``suggest``, none are looked for: a caller that tries again or takes "not found" as
    an answer has no use for them, and ranking the closest of 100,000 names takes a tenth of a second)."""
    base, suffix = split_country(query)
    wanted = (suffix or country or "").upper() or None
    abroad = plays_in or {}
    pool = [n for n in names if wanted is None or n.country == wanted or wanted in abroad.get(n.club, ())]
    if wanted is not None and not pool:
        countries = sorted({c for n in names for c in (n.country, *abroad.get(n.club, ())) if c})
        raise NotFoundError("country with clubs", wanted, difflib.get_close_matches(wanted, countries, n=5))
    # a national team's English name reads as the data's name whole, never loosely ("Brazil" is
    # "Brasilien", not part of "Brasiliense DF")
    bases = {base, nation_name(base)}
    folded = {fold(base).strip()}
    keys = {key(b) for b in bases}
    loose = {normalize(base)}
    youth = reserve_mark(base)
    steps: tuple[Callable[[Named], bool], ...] = (
        lambda n: n.name in bases or n.club == query,
        lambda n: key(n.name) in keys,
        lambda n: normalize(n.name) in loose,
        lambda n: any(f" {f} " in f" {fold(n.name)} " for f in folded),
        lambda n: any(f in fold(n.name) for f in folded),  # part of a word: the last step
    )
    for step, matcher in enumerate(steps[:_LOOSE] if exact else steps, 1):
        hits = {n.club: n for n in pool if matcher(n)}
        if youth:
            # a reserve or youth team is the one its name marks ("Denmark U-17" is not "Denmark U-21")
            hits = {c: n for c, n in hits.items() if youth in (reserve_mark(n.name), reserve_mark(n.canonical))}
        if not hits:
            continue
        if not youth:
            first_teams = {c: n for c, n in hits.items() if not reserve_mark(n.canonical)}
            hits = first_teams or hits
        if step == len(steps) and not parts:
            # "Spurs" in "Pietá Hotspurs": a guess, never taken silently for a record of fact
            listed = [f"{hits[c].canonical} ({hits[c].country or '?'}) = {c}" for c in _ranked(hits, weighs)[:5]]
            raise NotFoundError(what, query, [*listed, "or the club's name or whole words of it, not part of a word"])
        # the clubs with the name as a whole word that this step did not find ("Palermo" is the word of
        # US Palermo, and the exact name of Uruguay's Palermo)
        words = {
            n.club: n
            for n in pool
            if step - 1 <= _WORDS
            and steps[_WORDS](n)
            and n.club not in hits
            and (youth or not reserve_mark(n.canonical))
            and (not youth or youth == reserve_mark(n.name))
        }
        single = next(iter(hits.values())) if len(hits) == 1 else None
        if single is not None and step - 1 in (0, _LOOSE) and words and not is_national(single.club, single.name):
            # an exact name or a loose form may be a lesser club's ("Almería CF" read loosely as "Almería",
            # Uruguay's "Palermo"): a club that has the name as a whole word and far the more matches (in
            # the spell, else at all) is meant (UD Almería, US Palermo); never instead of a national team
            # ("England" is not New England Revolution)
            rival = _prominent({**hits, **words}, weighs)
            if rival is not None and rival in words:
                return _canonical(words[rival])
        if len(hits) == 1:
            return _canonical(next(iter(hits.values())))
        found = _prominent(hits, weighs)
        if found is None and words:
            # clubs of the name's era: where none found so far far outplays the others, a club with the
            # name as a whole word may (Palermo in 2012: US Palermo, not Palermo FC or SSC Palermo)
            found = _prominent({**hits, **words}, weighs)
            if found is not None and found in words:
                return _canonical(words[found])
            found = found if found in hits else None
        if found is not None:
            return _canonical(hits[found])
        listed = [f"{hits[c].canonical} ({hits[c].country or '?'}) = {c}" for c in _ranked(hits, weighs)[:8]]
        raise NotFoundError(ambiguous, query, [*listed, hint])
    close = difflib.get_close_matches(base, sorted({n.canonical for n in pool}), n=5, cutoff=0.6) if suggest else []
    raise NotFoundError(what, query, close)


# the steps of :func:`pick` by index: the loose form (``St. Mirren FC`` as ``st mirren``), whole words
_LOOSE, _WORDS = 2, 3


def _prominent(hits: Mapping[str, Named], weighs: Sequence[Weigh]) -> str | None:
    """The club of ``hits`` (id) with ``PROMINENT`` times the matches of every other by the first of
    ``weighs`` that makes one so (in a spell's window, then over all time), or None."""
    for weigh in weighs:
        weights = weigh(sorted(hits))
        ranked = sorted(hits, key=lambda c: (-weights.get(c, 0), c))
        top, runner_up = weights.get(ranked[0], 0), weights.get(ranked[1], 0)
        if top > 0 and top >= PROMINENT * runner_up:
            return ranked[0]
    return None


def _ranked(hits: Mapping[str, Named], weighs: Sequence[Weigh]) -> list[str]:
    """The clubs of ``hits`` (ids), the most played first by each of ``weighs`` in turn."""
    weights = [weigh(sorted(hits)) for weigh in weighs]
    return sorted(hits, key=lambda c: (*(-w.get(c, 0) for w in weights), c))


def _canonical(found: Named) -> Named:
    """The club of a matched name, under its own name."""
    return Named(found.club, found.canonical, found.country, found.canonical)
