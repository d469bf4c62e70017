"""Which club a user means by a name: pure, over the names the store and the registry know.

A user writes what an article writes: ``Benfica``, ``St Mirren``, ``Mainz 05``, ``Scotland``. The
look-up tries, in order, the exact name (or id), its spelling key, its loose form (``St. Mirren FC``
and ``St Mirren`` are both ``st mirren``), its whole words, then any part of a name. At the first step
that finds clubs, a reserve or youth team is left out unless the name asks for one (``Mainz 05`` is
not ``Mainz 05 II``); where several clubs remain, the one with ``PROMINENT`` times the matches of any
other is meant (``Everton``: Everton FC of England, not Everton of Chile, whose name is exactly
``Everton``); otherwise the name is ambiguous and the error lists the clubs with their countries.
A national team's English name reads as the name the data gives it (``Scotland``: ``Schottland``).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from touchline.compute.identity import reserve_mark
from touchline.errors import NotFoundError
from touchline.reference.clubs import fold, key, nation_name, normalize, split_country

# an ambiguous name means the club with at least this many times the matches of every other one
PROMINENT = 3


class Named(NamedTuple):
    """A name a club answers to: its id, the name, its country and the club's own name."""

    club: str
    name: str
    country: str | None
    canonical: str


Weigh = Callable[[Sequence[str]], Mapping[str, int]]


def pick(
    query: str,
    names: Sequence[Named],
    *weighs: Weigh,
    country: str | None = None,
    what: str = "club",
    ambiguous: str = "single club matching",
    hint: str = 'or add the country: "Everton (CHI)"',
) -> Named:
    """The club ``query`` means among ``names`` (see the module docstring). Each of ``weighs`` gives the
    number of matches of the clubs it is asked about (in a spell's window, then over all time): the
    first that makes one club prominent decides. :class:`NotFoundError` with the candidates
    (ambiguous) or the closest names (none)."""
    base, suffix = split_country(query)
    wanted = (suffix or country or "").upper() or None
    pool = [n for n in names if wanted is None or n.country == wanted]
    if wanted is not None and not pool:
        countries = sorted({n.country for n in names if n.country})
        raise NotFoundError("country with clubs", wanted, difflib.get_close_matches(wanted, countries, n=5))
    bases = {base, nation_name(base)}
    folded = {fold(b).strip() for b in bases}
    keys = {key(b) for b in bases}
    loose = {normalize(b) for b in bases}
    youth = reserve_mark(base)
    for matcher in (
        lambda n: n.name in bases or n.club == query,
        lambda n: key(n.name) in keys,
        lambda n: normalize(n.name) in loose,
        lambda n: any(f" {f} " in f" {fold(n.name)} " for f in folded),
        lambda n: any(f in fold(n.name) for f in folded),
    ):
        hits = {n.club: n for n in pool if matcher(n)}
        if not hits:
            continue
        if not youth:
            first_teams = {c: n for c, n in hits.items() if not reserve_mark(n.canonical)}
            hits = first_teams or hits
        if len(hits) == 1:
            return _canonical(next(iter(hits.values())))
        ranked = sorted(hits)
        for weigh in weighs:
            weights = weigh(sorted(hits))
            ranked = sorted(hits, key=lambda c: (-weights.get(c, 0), c))
            top, runner_up = weights.get(ranked[0], 0), weights.get(ranked[1], 0)
            if top > 0 and top >= PROMINENT * runner_up:
                return _canonical(hits[ranked[0]])
        listed = [f"{hits[c].canonical} ({hits[c].country or '?'}) = {c}" for c in ranked[:8]]
        raise NotFoundError(ambiguous, query, [*listed, hint])
    close = difflib.get_close_matches(base, sorted({n.canonical for n in pool}), n=5, cutoff=0.6)
    raise NotFoundError(what, query, close)


def _canonical(found: Named) -> Named:
    """The club of a matched name, under its own name."""
    return Named(found.club, found.canonical, found.country, found.canonical)
