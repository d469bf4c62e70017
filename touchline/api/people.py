"""``touchline people``: load person files, list and remove people, and keep spells on their clubs.

A spell names its team as a biography does (``"FC København"``, ``"OB"``, ``"Liverpool FC"`` with
``country = "ENG"``). :func:`resolve_team` finds the club among every club in the store (any name any
source uses for it) and the reviewed registry, forgiving accents and spacing; a name two clubs answer
to needs a country. Files live wherever their users keep them. After each import the spells are
resolved again (:func:`refresh_spells`), so they follow their clubs when club identity changes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from touchline.errors import NotFoundError
from touchline.reference.clubs import ClubRegistry, fold, key, split_country
from touchline.reference.people import COACHING, PersonFile, SpellEntry, load_file, overlap_days, own_overlaps, problems
from touchline.store import people as stored
from touchline.store.base import Store

__all__ = ["import_people", "list_people", "load_file", "refresh_spells", "remove_person", "resolve_team"]


class Teams:
    """Every club name the store and the registry know, for resolving spells' team names."""

    def __init__(self, store: Store, registry: ClubRegistry | None = None) -> None:
        self.registry = registry or ClubRegistry.default()
        # (club id, name, country, canonical name)
        self.names = stored.club_names(store)
        for club in self.registry.clubs():
            self.names += [(club.id, name, club.country, club.name) for name in (club.name, *club.other_names)]

    def resolve(self, team: str, country: str | None = None) -> tuple[str, str]:
        """(club id, canonical name) of the club ``team`` names (any name a source uses, or the club's id);
        :class:`NotFoundError` with candidates."""
        base, suffix = split_country(team)
        wanted = (suffix or country or "").upper() or None
        names = [n for n in self.names if wanted is None or n[2] == wanted]
        canonical = {n[0]: (n[3], n[2]) for n in names}
        folded, spelled = fold(base).strip(), key(base)
        for matcher in (
            lambda n: n[1] == base or n[0] == team,
            lambda n: key(n[1]) == spelled,
            lambda n: folded in fold(n[1]),
        ):
            hits = sorted({n[0] for n in names if matcher(n)})
            if len(hits) == 1:
                return hits[0], canonical[hits[0]][0]
            if len(hits) > 1:
                listed = [f"{canonical[h][0]} ({canonical[h][1] or '?'}) = {h}" for h in hits[:6]]
                raise NotFoundError("single club named", team, [*listed, 'or give country = "..."'])
        by_name: dict[str, str] = {}
        for _, name, _, canon in sorted(names):
            by_name.setdefault(name, canon)
        close = difflib.get_close_matches(base, sorted(by_name), n=10, cutoff=0.6)
        raise NotFoundError("club named", team, list(dict.fromkeys(by_name[n] for n in close))[:5])


def resolve_team(store: Store, team: str, country: str | None = None) -> tuple[str, str]:
    """(club id, name) of the club a spell's team name means (see :class:`Teams`)."""
    return Teams(store).resolve(team, country)


def _resolved(item: PersonFile, teams: Teams) -> tuple[list[SpellEntry], list[str]]:
    entries, messages = [], []
    for entry in item.entries:
        try:
            club, name = teams.resolve(entry.team, entry.country)
        except NotFoundError as exc:
            messages.append(f"{entry.where}: {exc}")
            continue
        spell = replace(entry.spell, team=club, label=entry.spell.label or name)
        entries.append(replace(entry, spell=spell))
    return entries, messages


def _club_overlaps(store: Store, person_id: str, entries: Sequence[SpellEntry]) -> list[str]:
    out = []
    for entry in entries:
        spell = entry.spell
        if spell.role not in COACHING or spell.start is None:
            continue
        for other in stored.coaching_spells_at(store, spell.team, person_id):
            if overlap_days(spell, other) > 1:
                out.append(
                    f"{entry.where}: spell at {spell.label} ({spell.start}..{spell.end or 'present'}) overlaps "
                    f"{other.person}'s ({other.start}..{other.end or 'present'}) by {overlap_days(spell, other)} days"
                )
    return out


def import_people(store: Store, paths: Iterable[str | Path]) -> list[PersonFile]:
    """Check person files, resolve their teams and write them, all in one transaction; a
    :class:`DataError` lists every problem of the first file that has any, and writes nothing."""
    loaded = [load_file(p) for p in paths]
    teams = Teams(store)
    out = []
    with store.transaction():
        for item in loaded:
            entries, messages = _resolved(item, teams)
            messages += own_overlaps(entries) + _club_overlaps(store, item.person.id, entries)
            if messages:
                raise problems(messages, item.path)
            stored.write_person(
                store, item.person, [(e.spell, e.team, e.country) for e in entries], Path(item.path).name
            )
            out.append(replace(item, entries=tuple(entries)))
    return out


def refresh_spells(store: Store) -> int:
    """Point every spell at the club its team name resolves to now; returns how many moved. A name that
    no longer resolves keeps its club. Call inside a transaction (the import does, after deriving)."""
    spells = stored.named_spells(store)
    if not spells:
        return 0
    teams = Teams(store)
    changes = []
    for person, seq, name, country, current in spells:
        try:
            club, _ = teams.resolve(name, country)
        except NotFoundError:
            continue
        if club != current:
            changes.append((club, person, seq))
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
