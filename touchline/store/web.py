"""The queries behind ``touchline serve``: a read-only connection, the store's state, a page of matches,
and what a club page shows (the names sources gave it over time, its seasons).

The web app keeps computed pages keyed by :func:`state`, so that a page is computed once for as long as
the store does not change; everything else it needs comes from the same queries as the CLI
(:mod:`touchline.store.read`, :mod:`touchline.store.people`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from touchline.config import is_postgres, store_url
from touchline.errors import StoreError
from touchline.model import Club, CompetitionKind, Match, Season
from touchline.store import SQLiteStore, open_store
from touchline.store.base import Store
from touchline.store.read import _MATCH_SELECT, match_filter, match_from_row
from touchline.store.schema import MIGRATIONS


def open_read_only(url: str | Path) -> Store:
    """Open an existing store for reading only.

    A SQLite file is opened with ``mode=ro`` (``immutable`` when nobody may write it), so the web app
    can never change it, while an import by another process stays visible; a PostgreSQL session is
    set read-only. A store whose schema is older than this touchline is an error (reading must not
    migrate it).
    """
    text = store_url(str(url))
    if is_postgres(text):
        store = open_store(text, create=False)
        store.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        store.read_only = True
        return store
    path = Path(text)
    if not path.is_file():
        raise StoreError(f"no store at {path} (run `touchline import` first, or pass --db)")
    immutable = "&immutable=1" if not os.access(path, os.W_OK) else ""
    try:
        connection = sqlite3.connect(
            f"file:{path.resolve().as_posix()}?mode=ro{immutable}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        connection.execute("PRAGMA query_only = 1")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    store = SQLiteStore(text, connection)
    store.read_only = True
    if store.version() != len(MIGRATIONS):
        store.close()
        raise StoreError(f"{path}: the store's schema is not this touchline's (open it once with `touchline import`)")
    return store


def state(store: Store) -> str:
    """A token that changes whenever the store's content does: its imported files (by content) and its
    people and spells. Pages computed from the store are kept under this token."""
    digest = hashlib.blake2b(digest_size=12)
    for query in (
        "SELECT id, sha256 FROM files ORDER BY id",
        "SELECT id, name, other_names FROM people ORDER BY id",
        "SELECT person_id, seq, team_id, role, start_date, end_date, start_year, end_year, label, first_match, "
        "last_match "
        "FROM spells "
        "ORDER BY person_id, seq",
    ):
        for row in store.query(query):
            digest.update(repr(row).encode())
        digest.update(b"|")
    return digest.hexdigest()


def match_page(
    store: Store,
    *,
    limit: int,
    offset: int,
    club: str | None = None,
    competitions: Iterable[str] | None = None,
    season: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kinds: Iterable[CompetitionKind] | None = None,
) -> tuple[int, list[Match]]:
    """(how many matches pass the filters, one page of them oldest first), with the filters of
    :func:`touchline.store.read.matches`; the page is read with LIMIT and OFFSET, never the whole list."""
    codes = list(competitions) if competitions is not None else None
    kind_list = list(kinds) if kinds is not None else None
    where, params = match_filter(
        club=club, competitions=codes, season=season, date_from=date_from, date_to=date_to, kinds=kind_list
    )
    total = int(store.scalar("SELECT COUNT(*) FROM matches m" + where, params) or 0)
    sql = _MATCH_SELECT + where + " ORDER BY m.date, m.time, m.id LIMIT ? OFFSET ?"
    return total, [match_from_row(row) for row in store.query(sql, [*params, limit, offset])]


def club(store: Store, club_id: str) -> Club | None:
    """A club by its id, with the other names sources use for it; ``None`` when there is none."""
    rows = store.query("SELECT id, name, country FROM clubs WHERE id = ?", (club_id,))
    if not rows:
        return None
    names = [
        str(r[0]) for r in store.query("SELECT DISTINCT name FROM nodes WHERE club_id = ? ORDER BY name", (club_id,))
    ]
    cid, name, country = rows[0]
    return Club(str(cid), str(name), country, tuple(n for n in names if n != name))


def club_index(store: Store) -> list[tuple[str, str, str | None]]:
    """(id, name, country) of every club, by name: what search and "did you mean" look through."""
    return [(str(r[0]), str(r[1]), r[2]) for r in store.query("SELECT id, name, country FROM clubs ORDER BY name, id")]


@dataclass(frozen=True, slots=True)
class NameUse:
    """A name sources gave a club: the first and last dates of the rows under it, the competitions and
    the sources."""

    name: str
    first: dt.date
    last: dt.date
    rows: int
    competitions: tuple[str, ...]
    sources: tuple[str, ...]


def club_names_over_time(store: Store, club_id: str) -> list[NameUse]:
    """The names the sources use for a club, each with when and where it was used, oldest first."""
    found: dict[str, dict[str, Any]] = {}
    for name, competition, first, last, count, source in store.query(
        "SELECT n.name, fn.competition, MIN(fn.first_date), MAX(fn.last_date), SUM(fn.row_count), f.source "
        "FROM nodes n JOIN file_nodes fn ON fn.node_id = n.id JOIN files f ON f.id = fn.file_id "
        "WHERE n.club_id = ? GROUP BY n.name, fn.competition, f.source",
        (club_id,),
    ):
        item = found.setdefault(
            str(name), {"first": None, "last": None, "rows": 0, "competitions": set(), "sources": set()}
        )
        first_day, last_day = Store.to_date(first), Store.to_date(last)
        item["first"] = first_day if item["first"] is None else min(item["first"], first_day)
        item["last"] = last_day if item["last"] is None else max(item["last"], last_day)
        item["rows"] += int(count or 0)
        item["competitions"].add(str(competition))
        item["sources"].add(str(source))
    uses = [
        NameUse(name, v["first"], v["last"], v["rows"], tuple(sorted(v["competitions"])), tuple(sorted(v["sources"])))
        for name, v in found.items()
    ]
    return sorted(uses, key=lambda u: (u.first, u.last, u.name))


@dataclass(frozen=True, slots=True)
class ClubSeason:
    """One competition-season a club played in: its matches and their first and last dates."""

    competition: str
    kind: CompetitionKind
    season: str
    matches: int
    first: dt.date
    last: dt.date


def club_seasons(store: Store, club_id: str) -> list[ClubSeason]:
    """Every competition-season the club has a match in, oldest first (league before cups within a season)."""
    rows = store.query(
        "SELECT m.competition, c.kind, m.season, COUNT(*), MIN(m.date), MAX(m.date) "
        "FROM matches m JOIN competitions c ON c.code = m.competition "
        "WHERE m.id IN (SELECT id FROM matches WHERE home_id = ? UNION ALL SELECT id FROM matches WHERE away_id = ?) "
        "GROUP BY m.competition, c.kind, m.season",
        (club_id, club_id),
    )
    out = [
        ClubSeason(str(r[0]), CompetitionKind(r[1]), str(r[2]), int(r[3]), Store.to_date(r[4]), Store.to_date(r[5]))
        for r in rows
    ]
    order = {kind: i for i, kind in enumerate(CompetitionKind)}
    return sorted(out, key=lambda s: (Season.parse(s.season).start, order[s.kind], s.first, s.competition))
