"""From the rows as sources gave them to clubs and matches: the store's side of derivation.

:func:`derive` runs at the end of every import and removal, in the same transaction:

1. **identity**: every name node gets its club (:func:`touchline.compute.identity.link`), from the
   registry, spellings, the fixtures that two files share, and domestic leagues; the evidence of each
   link is kept in ``club_links`` and the clubs in ``clubs``;
2. **matches**: each competition-season the import touched (or whose clubs changed) is built again
   from its rows: a season only one file holds is copied over in one statement; a season several files
   hold is merged match by match (:func:`touchline.compute.agreement.merge`), every row recording the
   match it belongs to and whether it agrees.

The result depends only on the stored rows, the registry and the precedence of sources, never on the
order files came in: importing the same files in any order, or updating and removing files, leaves
the same clubs and matches as a clean import of the final files.
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from touchline.compute.agreement import MergedMatch, SourceRow, merge
from touchline.compute.identity import Fixture, Identity, Node, Slot, link, rename_seasons
from touchline.model import CompetitionKind
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry
from touchline.reference.precedence import file_rank
from touchline.store.base import Store

Season = tuple[str, str]  # (competition, season)
Ranks = dict[int, tuple[int, str]]  # file id -> (precedence, source)

MATCH_COLUMNS = (
    "id, competition, season, date, time, stage, round, leg, home_id, away_id, ft_home, ft_away, ht_home, ht_away, "
    "et_home, et_away, pen_home, pen_away, status, neutral, file_id, line"
)
_CLUB_INDEXES = {
    "matches_competition": "matches (competition, season, date)",
    "matches_home": "matches (home_id, date)",
    "matches_away": "matches (away_id, date)",
}


@dataclass(frozen=True, slots=True)
class Derived:
    """What a derivation changed: clubs, nodes that moved to another club, and seasons rebuilt."""

    clubs: int
    moved_nodes: int
    seasons: int
    merged_seasons: int
    identity: Identity
    # file id -> (its rows in a match another file also holds, of which in a match whose sources disagree)
    shared: dict[int, tuple[int, int]]


def derive(
    store: Store,
    registry: ClubRegistry,
    touched: Iterable[Season],
    *,
    progress: Callable[[str], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
    mapper: Mapper = map,
) -> Derived:
    """Derive clubs for every node, and rebuild the matches of the ``touched`` seasons and of every
    season whose clubs changed. Call inside the import's transaction.

    ``meanwhile`` is store work that may run while the clubs are linked (a bulk import's index builds);
    ``mapper`` maps the merging of seasons several files hold over their payloads, in order (``map``,
    or a process pool's ``imap``)."""
    say = progress or (lambda _: None)
    # names no stored row uses any more (their files were removed or replaced) are gone
    store.execute("DELETE FROM nodes WHERE NOT EXISTS (SELECT 1 FROM file_nodes fn WHERE fn.node_id = nodes.id)")
    ranks = _ranks(store)
    say("linking club names")
    nodes, slots, shared = _names_and_slots(store, ranks)
    fixtures, schedules = _fixtures(store, shared, ranks, rename_seasons(nodes, slots))
    with store.meanwhile(meanwhile) if meanwhile is not None else nullcontext():
        identity = link(nodes, slots, fixtures, registry, schedules)
    del fixtures, schedules
    moved, regrouped = _write_identity(store, identity)
    scope = set(touched)
    if regrouped:
        scope |= _seasons_of_nodes(store, regrouped)
    say("building matches")
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    merged = _rebuild(store, scope, shared, ranks, counts, mapper)
    return Derived(
        len(identity.clubs), len(moved), len(scope), merged, identity, {f: (k, c) for f, (k, c) in counts.items()}
    )


def _ranks(store: Store) -> dict[int, tuple[int, str]]:
    """Each file's precedence (0 first), by the documented order of formats, then path; and its source."""
    files = store.query("SELECT id, format, source, path FROM files")
    ordered = sorted(files, key=lambda f: file_rank(str(f[1]), str(f[3])))
    return {int(f[0]): (n, str(f[2])) for n, f in enumerate(ordered)}


def _start(season: str) -> int:
    head = season[:4]
    return int(head) if head.isdigit() else 0


def _names_and_slots(store: Store, ranks: Ranks) -> tuple[list[Node], list[Slot], set[Season]]:
    """One pass over ``file_nodes``: the nodes (with their last season, rows and best rank), the slots
    (where each node plays), and the competition-seasons two or more files hold."""
    stats: dict[int, list[int]] = {}
    kinds: dict[str, tuple[bool, bool]] = {}
    days: dict[Any, int] = {}
    texts: dict[str, str] = {}  # one string per competition code and season label
    starts: dict[str, int] = {}
    files: dict[Season, set[int]] = defaultdict(set)
    slots = []
    unranked = (1 << 30, "")
    for node, file_id, competition, season, count, first, last in store.stream(
        "SELECT node_id, file_id, competition, season, row_count, first_date, last_date FROM file_nodes"
    ):
        node, file_id = int(node), int(file_id)
        code = texts.setdefault(competition, str(competition))
        label = texts.setdefault(season, str(season))
        start = starts.get(label)
        if start is None:
            start = starts[label] = _start(label)
        entry = stats.get(node)
        if entry is None:
            entry = stats[node] = [0, 0, 1 << 30]
        entry[0] = max(entry[0], start)
        entry[1] += int(count)
        entry[2] = min(entry[2], ranks.get(file_id, unranked)[0])
        files[(code, label)].add(file_id)
        flags = kinds.get(code)
        if flags is None:
            flags = kinds[code] = _kinds(code)
        begin, end = days.get(first), days.get(last)
        if begin is None:
            begin = days[first] = Store.to_date(first).toordinal()
        if end is None:
            end = days[last] = Store.to_date(last).toordinal()
        slots.append(Slot(node, file_id, code, label, flags[0], begin, end, flags[1], int(count)))
    nodes = []
    for node, namespace, name, era in store.stream("SELECT id, namespace, name, era FROM nodes ORDER BY id"):
        last_season, rows, rank = stats.get(int(node), (0, 0, 1 << 30))
        nodes.append(Node(int(node), str(namespace), str(name), str(era), last_season, rows, rank))
    return nodes, slots, {season for season, held in files.items() if len(held) > 1}


def _kinds(code: str) -> tuple[bool, bool]:
    """(domestic, of national teams) for a competition code."""
    competition = catalog.competition(code)
    international = (CompetitionKind.CONTINENTAL, CompetitionKind.NATIONAL)
    domestic = competition.kind not in international and competition.country is not None
    return domestic, competition.kind is CompetitionKind.NATIONAL


Schedule = tuple[int, str, str]  # (file, competition, season)


def _fixtures(
    store: Store, shared: set[Season], ranks: Ranks, renames: set[Schedule]
) -> tuple[dict[Season, list[Fixture]], dict[Schedule, list[Fixture]]]:
    """In one pass over the rows: those of the seasons several files hold, each file named by its rank,
    in a fixed order (so that identity never depends on the order files were imported in); and those of
    the ``renames`` file-seasons, where a club may have been renamed in mid-season (each row's file is
    its own id there)."""
    store.season_table("tl_shared", shared | {(competition, season) for _, competition, season in renames})
    # unanalysed, PostgreSQL guessed the 367 shared seasons of the corpus at 880 and hashed the 1.25
    # million rows instead, in 32 batches on disk: 0.47 s against 0.19 s. (Analysing the other season
    # tables made their joins slower: a Memoize over unique keys.)
    store.analyze("tl_shared")
    found: dict[Season, list[Fixture]] = defaultdict(list)
    schedules: dict[Schedule, list[Fixture]] = defaultdict(list)
    days: dict[Any, int] = {}
    rank_of = {file: rank for file, (rank, _) in ranks.items()}
    current: Season | None = None
    here: list[Fixture] | None = None
    for file_id, competition, season, date, home, away, ft_home, ft_away, row in store.stream(
        "SELECT r.file_id, r.competition, r.season, r.date, r.home_node, r.away_node, r.ft_home, r.ft_away, "
        "r.id FROM source_rows r JOIN tl_shared s ON s.competition = r.competition AND s.season = r.season"
    ):
        day = days.get(date)
        if day is None:
            day = days[date] = Store.to_date(date).toordinal()
        if current is None or current[0] != competition or current[1] != season:
            current = (competition, season)
            here = found[current] if current in shared else None
        if here is not None:
            here.append(Fixture(row, rank_of[file_id], day, home, away, ft_home, ft_away))
        if renames and (file_id, competition, season) in renames:
            schedules[(file_id, competition, season)].append(Fixture(row, file_id, day, home, away, ft_home, ft_away))
    # each season's rows by file precedence, then place in the file (a file's rows are numbered in the
    # order its lines come): the same order whatever the import order
    by_place = attrgetter("file", "row")
    for rows in found.values():
        rows.sort(key=by_place)
    for rows in schedules.values():
        rows.sort(key=attrgetter("row"))
    return dict(sorted(found.items())), schedules


def _write_identity(store: Store, identity: Identity) -> tuple[set[int], set[int]]:
    """Store clubs, each node's club and the links; returns the nodes whose club changed, and those of
    them that had another club before. (A node without a club is new in this run: only the files just
    written use it, and their seasons are rebuilt anyway; every derivation gives every node a club.)"""
    before = {int(n): c for n, c in store.query("SELECT id, club_id FROM nodes")}
    moved = {node for node, club in identity.club_of.items() if before.get(node) != club}
    regrouped = {node for node in moved if before.get(node) is not None}
    store.executemany(
        "UPDATE nodes SET club_id = ? WHERE id = ?", [(identity.club_of[node], node) for node in sorted(moved)]
    )
    store.execute("DELETE FROM clubs")
    store.load(
        "clubs",
        ("id", "name", "country", "known"),
        sorted((c.id, c.name, c.country, c.known) for c in identity.clubs.values()),
    )
    store.execute("DELETE FROM club_links")
    store.load(
        "club_links",
        ("node_a", "node_b", "kind", "row_a", "row_b", "support"),
        [(lk.a, lk.b, lk.kind.value, lk.row_a, lk.row_b, lk.count) for lk in identity.links],
    )
    return moved, regrouped


def _seasons_of_nodes(store: Store, nodes: set[int]) -> set[Season]:
    store.execute("CREATE TEMPORARY TABLE IF NOT EXISTS tl_nodes (id INTEGER)")
    store.execute("DELETE FROM tl_nodes")
    store.executemany("INSERT INTO tl_nodes (id) VALUES (?)", [(n,) for n in sorted(nodes)])
    return {
        (str(c), str(s))
        for c, s in store.query(
            "SELECT DISTINCT competition, season FROM file_nodes WHERE node_id IN (SELECT id FROM tl_nodes)"
        )
    }


def _rebuild(
    store: Store,
    scope: set[Season],
    shared: set[Season],
    ranks: Ranks,
    counts: dict[int, list[int]],
    mapper: Mapper,
) -> int:
    """Build the matches of the ``scope`` seasons again; returns how many seasons were merged.

    The seasons one file holds are copied in one statement on a helper thread while the seasons several
    files hold are merged (in Python, or in worker processes by ``mapper``); then the merged ones are
    written."""
    if not scope:
        return 0
    total = int(store.scalar("SELECT COUNT(*) FROM matches") or 0)
    bulk = len(scope) > 50 and len(scope) * 300 > total
    if bulk:
        for name in _CLUB_INDEXES:
            store.execute(f"DROP INDEX IF EXISTS {name}")
        store.drop_key("matches")
    store.season_table("tl_scope", scope)
    store.execute(
        "DELETE FROM matches WHERE EXISTS (SELECT 1 FROM tl_scope s "
        "WHERE s.competition = matches.competition AND s.season = matches.season)"
    )
    store.season_table("tl_single", scope - shared)
    merged = sorted(scope & shared)
    payloads = _season_payloads(store, merged, ranks)
    with store.meanwhile(lambda: _copy_single(store)):
        results = list(mapper(merge_payload, payloads))
    del payloads
    changed: list[tuple[int, bool, int]] = []
    results.reverse()
    while results:
        # each season's result is unpickled only to be written, then let go: as objects, all the
        # corpus's merged seasons took 51 MB at once, pickled 9 MB
        values, changes, shares = pickle.loads(results.pop())
        store.load("matches", MATCH_COLUMNS.split(", "), values)
        changed += changes
        for file, known, conflicting in shares:
            counts[file][0] += known
            counts[file][1] += conflicting
    _set_matches(store, changed)
    if bulk:
        store.add_key("matches")
        for name, target in _CLUB_INDEXES.items():
            store.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    return len(merged)


def _set_matches(store: Store, changed: Sequence[tuple[int, bool, int]]) -> None:
    """Point rows at their matches ((match id, agrees, row id) each), in one statement: one UPDATE per
    row costs PostgreSQL a round trip each."""
    store.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS tl_changed (id INTEGER PRIMARY KEY, match_id INTEGER, agrees INTEGER)"
    )
    store.execute("DELETE FROM tl_changed")
    store.load("tl_changed", ("match_id", "agrees", "id"), [(m, int(ok), row) for m, ok, row in changed])
    store.execute(
        "UPDATE source_rows SET match_id = c.match_id, agrees = c.agrees <> 0 FROM tl_changed c "
        "WHERE c.id = source_rows.id"
    )


def _copy_single(store: Store) -> None:
    """The matches of the seasons one file holds (``tl_single``): its rows, with their clubs."""
    store.execute(
        f"INSERT INTO matches ({MATCH_COLUMNS}) SELECT r.id, r.competition, r.season, r.date, r.time, r.stage, "
        "r.round, r.leg, h.club_id, a.club_id, r.ft_home, r.ft_away, r.ht_home, r.ht_away, r.et_home, r.et_away, "
        "r.pen_home, r.pen_away, r.status, r.neutral, r.file_id, r.line FROM source_rows r "
        "JOIN tl_single s ON s.competition = r.competition AND s.season = r.season "
        "JOIN nodes h ON h.id = r.home_node JOIN nodes a ON a.id = r.away_node"
    )
    # rows of a season that one file holds are their own matches (they may have been merged before)
    store.execute(
        "UPDATE source_rows SET match_id = id, agrees = ? WHERE (match_id <> id OR NOT agrees) AND EXISTS "
        "(SELECT 1 FROM tl_single s WHERE s.competition = source_rows.competition AND s.season = source_rows.season)",
        (True,),
    )


_ROW_SELECT = (
    "SELECT r.id, r.file_id, r.line, r.date, h.club_id, a.club_id, r.ft_home, r.ft_away, r.ht_home, r.ht_away, "
    "r.et_home, r.et_away, r.pen_home, r.pen_away, r.status, r.time, r.stage, r.round, r.leg, r.neutral, "
    "r.match_id, r.agrees FROM source_rows r JOIN nodes h ON h.id = r.home_node JOIN nodes a ON a.id = r.away_node "
    "WHERE r.competition = ? AND r.season = ?"
)


# what merging one season gives: the matches' values, the rows' (match id, agrees, row id) that changed,
# and per file (file id, its rows in a match another file also holds, of which in a match whose sources disagree)
MergeResult = tuple[list[tuple[Any, ...]], list[tuple[int, bool, int]], list[tuple[int, int, int]]]
Mapper = Callable[[Callable[[bytes], bytes], Sequence[bytes]], Iterable[bytes]]


def _season_payloads(store: Store, seasons: Sequence[Season], ranks: Ranks) -> list[bytes]:
    """Each season's rows and what merging them needs, pickled (compact while they wait for a worker)."""
    payloads = []
    for competition, season in seasons:
        rows = store.query(_ROW_SELECT, (competition, season))
        league = catalog.competition(competition).kind is CompetitionKind.LEAGUE
        files = {int(r[1]): ranks[int(r[1])][0] for r in rows}
        payloads.append(pickle.dumps((competition, season, league, files, rows), pickle.HIGHEST_PROTOCOL))
    return payloads


def merge_payload(payload: bytes) -> bytes:
    """Merge one season (see :func:`_season_payloads`), and give its :data:`MergeResult` pickled; runs
    in a worker process or in the caller's."""
    competition, season, league, files, found = pickle.loads(payload)
    rows = []
    stored: dict[int, tuple[Any, Any]] = {}
    days: dict[Any, Any] = {}
    # spelled out, positionally, each row made as the tuple it is (``tuple.__new__``, not the named
    # tuple's own ``__new__``, a Python function): this runs for every row of every season two files hold
    for (row_id, file, line, date, home, away, fh, fa, hh, ha, eh, ea, ph, pa, status, time, stage, round_, leg,
         neutral, match_id, agrees) in found:  # fmt: skip
        day = days.get(date)
        if day is None:
            day = days[date] = Store.to_date(date)
        rows.append(_new_row(SourceRow, (
            row_id, file, files[file], line, competition, season, day, home, away,
            None if fh is None or fa is None else (fh, fa),
            None if hh is None or ha is None else (hh, ha),
            None if eh is None or ea is None else (eh, ea),
            None if ph is None or pa is None else (ph, pa),
            status, time, stage, round_, leg, None if neutral is None else bool(neutral),
        )))  # fmt: skip
        stored[row_id] = (match_id, None if agrees is None else bool(agrees))
    matches = merge(rows, league=league)
    changes = [
        (m.match.id, ok, row.id) for m in matches for row, ok in m.rows if stored.get(row.id) != (m.match.id, ok)
    ]
    shares: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for m in matches:
        if len(m.rows) > 1:
            # a row whose sources disagree, its own value chosen or not: updating the file the match's
            # values come from makes the other sources' rows disagree with it
            disagree = not all(ok for _, ok in m.rows)
            for row, _ in m.rows:
                shares[row.file][0] += 1
                shares[row.file][1] += disagree
    result: MergeResult = [_match_values(m) for m in matches], changes, [(f, k, c) for f, (k, c) in shares.items()]
    return pickle.dumps(result, pickle.HIGHEST_PROTOCOL)


_new_row = tuple.__new__  # a SourceRow from a tuple of its fields, with no Python call between
_NO_PAIR = (None, None)


def _match_values(merged: MergedMatch) -> tuple[Any, ...]:
    """A match's values in the order of :data:`MATCH_COLUMNS` (each score two columns)."""
    (id_, file, _, line, competition, season, date, home, away, ft, ht, et, pens, status, time, stage, round_, leg,
     neutral) = merged.match  # fmt: skip
    return (
        id_,
        competition,
        season,
        date.isoformat(),
        time,
        stage,
        round_,
        leg,
        home,
        away,
        *(ft or _NO_PAIR),
        *(ht or _NO_PAIR),
        *(et or _NO_PAIR),
        *(pens or _NO_PAIR),
        status,
        neutral,
        file,
        line,
    )
