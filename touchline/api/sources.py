"""``touchline sources``: the files the store holds, and taking one out.

Removing a file takes its rows out and derives clubs and matches again, in one transaction: the store
is then what a clean import of the remaining files gives (a match another source also has stays, with
that source's values; a club only that file named is gone).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from touchline.api.importing import rederive
from touchline.api.summary import ImportSummary
from touchline.errors import NotFoundError
from touchline.store.base import Store
from touchline.store.read import files
from touchline.store.writer import Writer


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An imported file: its source, path, format, rows, unreadable lines skipped, and when."""

    id: int
    source: str
    path: str
    format: str
    matches: int
    skipped_lines: int
    imported_at: str


def list_sources(store: Store) -> list[SourceFile]:
    """Every imported file, by path."""
    return [SourceFile(*row) for row in files(store)]


def remove_sources(store: Store, paths: Iterable[str]) -> ImportSummary:
    """Take files out of the store (by their stored path, as `touchline sources` lists it, or the path
    they were imported from, which ends with it); what changed. A file named twice is removed once."""
    files = {f.path: f for f in list_sources(store)}
    wanted: dict[int, SourceFile] = {}
    for path in paths:
        text = path.rstrip("/")
        found = files.get(text)
        if found is None:
            # the path it was imported from: .../shared/data/ + the stored path
            ends = [f for stored, f in files.items() if text.endswith("/" + stored)]
            found = ends[0] if len(ends) == 1 else None
        if found is None:
            raise NotFoundError("imported file", path, difflib.get_close_matches(path, list(files), n=5, cutoff=0.5))
        wanted[found.id] = found
    summary = ImportSummary(files=len(wanted))
    with store.transaction():
        store.lock_for_import()
        writer = Writer(store)
        touched: set[tuple[str, str]] = set()
        for item in wanted.values():
            touched |= writer.remove(item.id)
        rederive(store, touched, summary)
    return summary
