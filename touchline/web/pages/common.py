"""What every page builder shares: the store with a memo for the current store state, the "not found"
error that carries links to close names, and the search index those links come from."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from touchline.errors import NotFoundError
from touchline.reference.clubs import fold, key
from touchline.store import people as stored_people
from touchline.store import read
from touchline.store import web as web_store
from touchline.store.base import Store
from touchline.store.read import coverage
from touchline.web import links

T = TypeVar("T")


@dataclass(slots=True)
class Context:
    """The store a page is computed from, and values computed once per store state (the search index)."""

    store: Store
    memo: dict[str, object] = field(default_factory=dict)

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()``, kept until the store changes."""
        if name not in self.memo:
            self.memo[name] = compute()
        return self.memo[name]  # type: ignore[return-value]

    @property
    def index(self) -> SearchIndex:
        """The names of people, clubs and competitions, for search and suggestions."""
        return self.once("index", lambda: SearchIndex.build(self.store))


class Missing(NotFoundError):
    """Something a URL names that the store does not have, with links to close names."""

    def __init__(self, what: str, name: str, suggestions: list[tuple[str, str]]) -> None:
        super().__init__(what, name, [label for label, _ in suggestions])
        self.links = suggestions


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing search can find: its kind, id, display name, the names it answers to, and its URL."""

    kind: str
    id: str
    name: str
    names: tuple[str, ...]
    url: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """Every person, club and competition of the store with every name it answers to (folded)."""

    entries: tuple[Entry, ...]
    folded: tuple[tuple[str, ...], ...]
    keys: tuple[tuple[str, ...], ...]

    @classmethod
    def build(cls, store: Store) -> SearchIndex:
        """Read the names from the store."""
        entries: list[Entry] = []
        for person, _, coaching, _ in stored_people.people(store):
            detail = f"{coaching} coaching spells" if coaching else "no coaching spells"
            entries.append(
                Entry(
                    "person",
                    person.id,
                    person.name,
                    (person.name, *person.other_names),
                    links.manager(person.id),
                    detail,
                )
            )
        names: dict[str, set[str]] = {}
        for club_id, name, _, _ in read.club_names(store):
            names.setdefault(club_id, set()).add(name)
        for club_id, name, country in web_store.club_index(store):
            others = sorted(names.get(club_id, set()) - {name})
            entries.append(Entry("club", club_id, name, (name, *others), links.club(club_id), country or ""))
        seen: set[str] = set()
        for row in coverage(store):
            if row.competition not in seen:
                seen.add(row.competition)
                entries.append(
                    Entry(
                        "competition",
                        row.competition,
                        row.name,
                        (row.name, row.competition),
                        links.competition(row.competition),
                        row.competition,
                    )
                )
        folded = tuple(tuple(fold(n) for n in e.names) for e in entries)
        keys = tuple(tuple(key(n) for n in e.names) for e in entries)
        return cls(tuple(entries), folded, keys)

    def search(
        self, text: str, kinds: tuple[str, ...] = ("person", "club", "competition"), limit: int = 30
    ) -> list[Entry]:
        """Entries answering to ``text``, best first: the same name (accents and case aside), the same
        spelling key (``1 FC Koln`` = ``1. FC Köln``), a part of a name, then names spelt alike."""
        wanted = fold(text).strip()
        spelled = key(text)
        if not wanted:
            return []
        scored: list[tuple[float, int, Entry]] = []
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        for index, (entry, folded, keys) in enumerate(zip(self.entries, self.folded, self.keys, strict=True)):
            if entry.kind not in kinds:
                continue
            score = 0.0
            for folded_name, spelled_name in zip(folded, keys, strict=True):
                if folded_name == wanted or entry.id == text:
                    score = max(score, 100.0)
                elif spelled and spelled_name == spelled:
                    score = max(score, 90.0)
                elif wanted in folded_name:
                    score = max(score, 70.0 + 10.0 * len(wanted) / max(len(folded_name), 1))
                else:
                    matcher.set_seq1(folded_name)
                    close = matcher.real_quick_ratio() >= 0.72 and matcher.quick_ratio() >= 0.72
                    ratio = matcher.ratio() if close else 0.0
                    if ratio >= 0.72:
                        score = max(score, 60.0 * ratio)
                    else:
                        # a misspelt word of a longer name: "klop" in "jurgen klopp"
                        words = folded_name.split()
                        for part in wanted.split():
                            if len(part) >= 4 and difflib.get_close_matches(part, words, n=1, cutoff=0.75):
                                score = max(score, 40.0)
            if score:
                scored.append((score, index, entry))
        scored.sort(key=lambda item: (-item[0], item[2].name, item[1]))
        return [entry for _, _, entry in scored[:limit]]

    def suggestions(self, text: str, kinds: tuple[str, ...], limit: int = 5) -> list[tuple[str, str]]:
        """(name, URL) of the entries closest to a slug or name a URL gave."""
        hits = self.search(text.replace("-", " "), kinds, limit)
        if not hits:
            hits = self.search(text, kinds, limit)
        if not hits:
            candidates = {e.id: e for e in self.entries if e.kind in kinds}
            close = difflib.get_close_matches(text, list(candidates), n=limit, cutoff=0.5)
            hits = [candidates[c] for c in close]
        return [(e.name, e.url) for e in hits]
