"""``touchline clubs derive``: the derived club registry, as reviewable data with its evidence.

Every club of the store that answers to more than one name, with each name (its namespace, the
seasons and sources it is used in) and the evidence that made the names one club (the registry, one
spelling, a renaming in mid-season, the fixtures two files share with the rows of the first, a domestic
league, a club abroad).
:func:`derived_toml` writes it as TOML; :func:`compare` says what changed against an earlier
derivation (clubs added or gone, names that moved from one club to another, clubs renamed), which is
what a re-derivation after new data shows. The shipped ``touchline/data/clubs-derived.toml`` is the
derivation of the whole of ``../shared/data``; hand-checked facts live in ``clubs.toml``, which wins.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from touchline.errors import DataError
from touchline.reference import load_toml
from touchline.store import identity as stored
from touchline.store.base import Store

HEADER = """\
# The derived club registry: every club of the store that answers to more than one name, with the
# evidence that made the names one club (facts derived from the data, for review). Written by
# `touchline clubs derive`; `touchline clubs derive --compare FILE` shows what a new derivation changes.
# Hand-checked facts belong in touchline/data/clubs.toml, which always wins.
#
#   names  "NAMESPACE: name (first season..last season; sources)"; NAMESPACE is the country a source
#          reads the name in ("-" when the source gives none).
#   links  why two names are one club: registry | spelling | renamed (in mid-season: the old name's
#          last row, the new one's first) | fixture (N shared fixtures, the first pair of rows) |
#          domestic | abroad.
"""


@dataclass(frozen=True, slots=True)
class DerivedClub:
    """A club with several names, and why."""

    id: str
    name: str
    country: str | None
    reviewed: bool
    names: tuple[str, ...]
    links: tuple[str, ...]


def derived_clubs(store: Store) -> list[DerivedClub]:
    """Every club of the store with more than one name, by id."""
    names: dict[str, list[str]] = defaultdict(list)
    for club, namespace, name, first, last, sources in stored.name_usage(store):
        span = first if first == last else f"{first}..{last}"
        names[club].append(f"{namespace or '-'}: {name} ({span}; {sources})")
    links: dict[str, list[str]] = defaultdict(list)
    for club, kind, name_a, name_b, support, where_a, where_b in stored.link_evidence(store):
        text = f"{kind}: {name_a} = {name_b}"
        if kind == "fixture":
            text += f" ({support} shared fixture{'s' if support > 1 else ''}; {where_a} = {where_b})"
        elif kind == "renamed":
            text += f" (last as {name_a}: {where_a}; first as {name_b}: {where_b})"
        links[club].append(text)
    out = []
    for club_id, name, country, known in stored.clubs_brief(store):
        if len(names.get(club_id, ())) > 1:
            out.append(DerivedClub(club_id, name, country, known, tuple(names[club_id]), tuple(links[club_id])))
    return out


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def derived_toml(clubs: list[DerivedClub]) -> str:
    """The derived registry as TOML."""
    lines = [HEADER]
    for club in clubs:
        lines.append("[[club]]")
        lines.append(f"id = {_quote(club.id)}")
        lines.append(f"name = {_quote(club.name)}")
        if club.country:
            lines.append(f"country = {_quote(club.country)}")
        lines.append(f"status = {_quote('reviewed' if club.reviewed else 'derived')}")
        lines.append("names = [")
        lines.extend(f"    {_quote(n)}," for n in club.names)
        lines.append("]")
        if club.links:
            lines.append("links = [")
            lines.extend(f"    {_quote(link)}," for link in club.links)
            lines.append("]")
        lines.append("")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two derivations."""

    kind: str  # added | gone | moved | joined | left | renamed
    club: str
    text: str


def _bare(entry: str) -> str:
    """``"GER: MSV Duisburg (1967-68..2024-25; worldfootball)"`` -> ``"GER: MSV Duisburg"``."""
    return entry.rsplit(" (", 1)[0]


def load_derived(path: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """An earlier derivation: club id -> (name, its names without seasons and sources)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from None
    data = load_toml(text, str(path))
    return {c["id"]: (c["name"], frozenset(_bare(n) for n in c.get("names", []))) for c in data.get("club", [])}


def compare(before: dict[str, tuple[str, frozenset[str]]], now: list[DerivedClub]) -> list[Change]:
    """What a derivation changes against an earlier one."""
    after = {c.id: (c.name, frozenset(_bare(n) for n in c.names)) for c in now}
    owner_before = {n: club for club, (_, names) in before.items() for n in names}
    owner_after = {n: club for club, (_, names) in after.items() for n in names}
    changes = []
    for club in sorted(after.keys() - before.keys()):
        changes.append(Change("added", club, f"{after[club][0]}: " + ", ".join(sorted(after[club][1]))))
    for club in sorted(before.keys() - after.keys()):
        changes.append(Change("gone", club, f"{before[club][0]}: " + ", ".join(sorted(before[club][1]))))
    for club in sorted(before.keys() & after.keys()):
        if before[club][0] != after[club][0]:
            changes.append(Change("renamed", club, f"{before[club][0]} -> {after[club][0]}"))
    for name in sorted(owner_before.keys() & owner_after.keys()):
        if owner_before[name] != owner_after[name]:
            changes.append(Change("moved", owner_after[name], f"{name}: {owner_before[name]} -> {owner_after[name]}"))
    # a name that stood alone (no club of several names) joining a club listed before, and the reverse:
    # the names of a club added or gone are listed with it
    for name in sorted(owner_after.keys() - owner_before.keys()):
        if owner_after[name] in before:
            changes.append(Change("joined", owner_after[name], f"{name} -> {owner_after[name]}"))
    for name in sorted(owner_before.keys() - owner_after.keys()):
        if owner_before[name] in after:
            changes.append(Change("left", owner_before[name], f"{name}: {owner_before[name]}"))
    return changes
