"""``touchline check``: store-wide invariants that hold when club identity and merging are right.

Each check looks at the whole store and reports every *breach* with the file:line evidence behind it:

- ``self``: a match whose two sides are one club;
- ``merged-names``: two names one file lists as two teams playing at the same time, made one club;
- ``clubs``: a league season with more clubs than any of its sources lists (a club split in two, or a
  duplicate under another name);
- ``meetings``: a home-away pairing of a league season stored more often than any source has it
  (the same match stored twice);
- ``twice-a-day``: a club with two matches on one day from two files. When both files are of one
  source and name the club with its country (a domestic file, or a country code), the source itself
  dates two of its matches on one day (worldfootball does, for dates it does not know): a *note*,
  not a breach;
- ``countries``: a club in two countries' leagues in one season;
- ``lookalike``: two matches of one competition-season at most a day apart, with the same score and
  one club in common, the other differing (one match under two names).

Known breaches that are facts of the data (a source that really lists a club twice on one day) are
listed, each with its reason and source, in ``touchline/data/check-exceptions.toml``; they are shown
as excepted and do not fail the check.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from touchline.errors import DataError
from touchline.reference import load_toml
from touchline.store import checks
from touchline.store.base import Store

CHECKS = ("self", "merged-names", "clubs", "meetings", "twice-a-day", "countries", "lookalike")


@dataclass(frozen=True, slots=True)
class Breach:
    """One breach: which check, a stable key (what exceptions name), a sentence, and the evidence."""

    check: str
    key: str
    message: str
    evidence: tuple[str, ...]
    excepted: str | None = None
    note: bool = False


@dataclass(frozen=True, slots=True)
class Exception_:
    """A breach that is a fact of the data: its key, why, and where that is documented."""

    key: str
    reason: str
    source: str


@cache
def exceptions() -> dict[str, Exception_]:
    """The listed exceptions, by key."""
    text = resources.files("touchline").joinpath("data/check-exceptions.toml").read_text(encoding="utf-8")
    out = {}
    for number, entry in enumerate(load_toml(text, "touchline/data/check-exceptions.toml").get("exception", []), 1):
        if not all(isinstance(entry.get(k), str) and entry[k] for k in ("key", "reason", "source")):
            raise DataError(f"touchline/data/check-exceptions.toml: exception #{number} needs key, reason and source")
        out[entry["key"]] = Exception_(entry["key"], entry["reason"], entry["source"])
    return out


def check(store: Store, only: Iterable[str] = (), progress: Callable[[str], None] | None = None) -> list[Breach]:
    """Every breach of the chosen checks (all by default), excepted ones marked."""
    wanted = set(only) or set(CHECKS)
    unknown = wanted - set(CHECKS)
    if unknown:
        raise DataError(f"unknown check(s) {', '.join(sorted(unknown))} (known: {', '.join(CHECKS)})")
    say = progress or (lambda _: None)
    found: list[Breach] = []
    runs: list[tuple[str, Callable[[Store], list[Breach]]]] = [
        ("self", _self),
        ("merged-names", _merged_names),
        ("clubs", _leagues),
        ("twice-a-day", _twice),
        ("countries", _countries),
        ("lookalike", _lookalikes),
    ]
    for name, run in runs:
        if name in wanted or (name == "clubs" and "meetings" in wanted):
            say(name)
            found += [b for b in run(store) if b.check in wanted]
    listed = exceptions()
    return [
        Breach(b.check, b.key, b.message, b.evidence, listed[b.key].reason, b.note) if b.key in listed else b
        for b in found
    ]


def _self(store: Store) -> list[Breach]:
    return [
        Breach("self", f"self:{competition}:{day}:{club}", f"{club} plays itself on {day} ({competition})", (str(at),))
        for _, competition, day, club, at in checks.self_matches(store)
    ]


def _merged_names(store: Store) -> list[Breach]:
    return [
        Breach(
            "merged-names",
            f"merged-names:{competition}:{season}:{club}:{name}:{other}",
            f"{path} lists {name!r} and {other!r} as two teams of {competition} {season}; the store makes them one "
            f"club ({club})",
            (path,),
        )
        for club, name, other, competition, season, path in checks.merged_names(store)
    ]


def _leagues(store: Store) -> list[Breach]:
    out = []
    for competition, season, rows in checks.league_seasons(store):
        # by data set, not by file: a data set may split a season over files (worldfootball files the
        # split rounds and play-offs played in a season's second year under that year), and its files'
        # clubs and meetings add up
        by_source: dict[str, list[tuple[object, ...]]] = defaultdict(list)
        declared: dict[str, int] = defaultdict(int)
        files: dict[str, set[str]] = defaultdict(set)
        for _, path, teams, home, away in rows:
            source = str(path).split("/", 1)[0]
            by_source[source].append((home, away))
            declared[source] = max(declared[source], teams or 0)
            files[source].add(str(path))
        paths = {source: " + ".join(sorted(names)) for source, names in files.items()}
        listed = {f: max(len({c for pair in pairs for c in pair}), declared[f]) for f, pairs in by_source.items()}
        most = max(listed.values())
        stored = checks.league_matches(store, competition, season)
        clubs = {str(c) for m in stored for c in m[:2]}
        if len(clubs) > most:
            biggest = max(listed, key=lambda f: listed[f])
            theirs = {str(c) for pair in by_source[biggest] for c in pair}
            extra = sorted(clubs - theirs)
            evidence = tuple(
                f"{club}: {next(f'{m[4]}:{m[5]}' for m in stored if club in (m[0], m[1]))}" for club in extra[:6]
            )
            out.append(
                Breach(
                    "clubs",
                    f"clubs:{competition}:{season}",
                    f"{competition} {season} has {len(clubs)} clubs; its sources list at most {most} "
                    f"({paths[biggest]}); not there: {', '.join(extra[:6])}",
                    evidence,
                )
            )
        most_pairs: Counter[tuple[str, str]] = Counter()
        for pairs in by_source.values():
            most_pairs |= Counter((str(h), str(a)) for h, a in pairs)
        have = Counter((str(m[0]), str(m[1])) for m in stored)
        for pair, count in sorted(have.items()):
            if count > most_pairs[pair]:
                where = tuple(f"{m[2]} {m[4]}:{m[5]}" for m in stored if (str(m[0]), str(m[1])) == pair)
                out.append(
                    Breach(
                        "meetings",
                        f"meetings:{competition}:{season}:{pair[0]}:{pair[1]}",
                        f"{pair[0]} v {pair[1]} is stored {count} times in {competition} {season}; "
                        f"no source has it more than {most_pairs[pair]} times",
                        where,
                    )
                )
    return out


def _twice(store: Store) -> list[Breach]:
    out = []
    for club, day, found in checks.twice_a_day(store):
        files = {where.file for _, _, where, _, _ in found}
        if len(files) == 1:
            continue  # one file lists them: the source's own dates
        sources = {path.split("/", 1)[0] for path in files}
        seen = [(opponent, result) for _, opponent, _, _, result in found]
        # the same opponent, venue and score twice on one day is one match stored twice (in two
        # competitions: a file that repeats another's under another code), not a source's two dates
        twin = len(set(seen)) < len(seen)
        out.append(
            Breach(
                "twice-a-day",
                f"twice-a-day:{club}:{day}",
                f"{club} plays {len(found)} matches on {day}"
                + (" (the same match in two competitions)" if twin else ""),
                tuple(f"{competition} v {opponent} {where}" for competition, opponent, where, _, _ in found),
                note=not twin and len(sources) == 1 and all(space for _, _, _, space, _ in found),
            )
        )
    return out


def _countries(store: Store) -> list[Breach]:
    return [
        Breach(
            "countries",
            f"countries:{club}:{season}",
            f"{club} plays in the leagues of two countries in {season}: {', '.join(codes)}",
            (),
        )
        for club, season, codes in checks.league_countries(store)
    ]


def _lookalikes(store: Store) -> list[Breach]:
    out = []
    for first, second in checks.lookalikes(store):
        out.append(
            Breach(
                "lookalike",
                f"lookalike:{first[1]}:{first[2]}:{first[3]}:{second[1]}:{second[2]}:{second[3]}",
                f"{first[1]} {first[2]} {first[4]} {first[3]} and {second[1]} {second[2]} {second[4]} {second[3]} "
                "look like one match under two names",
                (f"{first[5]}:{first[6]}", f"{second[5]}:{second[6]}"),
            )
        )
    return out
