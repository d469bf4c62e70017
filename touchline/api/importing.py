"""``touchline import``: read match files of any known format into the store.

How it works, and the promises it keeps:

- Files are found under the given paths (recursively) and recognised by content
  (:func:`touchline.sources.detect`). Worker processes (both cores) parse them into compact rows; each
  name is read in its namespace (the file's country, a ``(DEN)`` suffix, a country column, or none).
- The whole run is one transaction; files are written in batches, each under a savepoint, and a batch
  the store refuses again file by file. A file with an unreadable line is rejected whole (its errors
  listed with file:line) unless ``skip_bad_lines`` is set, and a file that fails to store is undone
  alone. An interrupted run leaves the store as it was.
- A file already imported with the same content is skipped; a file whose content changed since is
  replaced (its old rows out, its new rows in); a copy of a stored file under another path is imported
  like any file (see :func:`plan`). Importing the same files again changes nothing. Each file is read
  once: a new one by the worker that parses it.
- Each source's rows are kept as given. Clubs and matches are then derived from them
  (:mod:`touchline.store.derive`): the same match from several sources is stored once, its values
  chosen by the documented precedence of sources, and disagreements are kept for ``touchline
  conflicts``. The order files arrive in never matters.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import multiprocessing
import os
import pickle
import re
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any

from touchline.api.finding import find_files, forget_folders, prunable, source_label
from touchline.api.people import refresh_spells
from touchline.api.summary import ImportSummary
from touchline.errors import ParseError, TouchlineError
from touchline.model import CompetitionKind, Match, Status
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry, split_country
from touchline.sources import decode_text, reader
from touchline.sources.limits import is_placeholder, score_oddity
from touchline.store import Store
from touchline.store.changes import changes, snapshot
from touchline.store.derive import Derived, Mapper, derive
from touchline.store.writer import (
    NO_NUMBER,
    NO_TEXT,
    FileEntry,
    FileRows,
    Writer,
    register_competitions,
    stored_files,
)

# Importing through worker processes pays off from this many files on.
PARALLEL_FROM = 16
# about this many bytes of a file make one row: enough to tell whether a run is a bulk import
BYTES_PER_ROW = 60
# a count of up to nine digits, as the parser reads one (a longer number is no count: left unread, not
# passed to the store, whose integers it may not fit)
_DECLARED = re.compile(r"^# *(Teams|Matches) +(\d{1,9})\b", re.M)


@dataclass(frozen=True, slots=True)
class Job:
    """One file to import: where it is, what to call it, how to read it, and what it replaces."""

    path: str
    label: str
    source: str
    format: str
    skip_bad_lines: bool
    replaces: int | None = None
    size: int = 0
    reading: str = ""  # what the club registry decides as the file is read (ClubRegistry.reading)


@dataclass(slots=True)
class Parsed:
    """What a worker hands back for one file."""

    job: Job
    sha256: str = ""  # of the bytes parsed
    rows: FileRows | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fatal: bool = False
    count: int = 0
    placeholders: int = 0
    declared_teams: int | None = None
    declared_matches: int | None = None


def _namespace(competition: str) -> str:
    """The namespace a domestic file's names are read in: its country; '' for international files."""
    found = catalog.competition(competition)
    if found.kind in (CompetitionKind.CONTINENTAL, CompetitionKind.NATIONAL):
        return ""
    return found.country or ""


def parse_job(job: Job) -> Parsed:
    """Parse one file into compact rows (runs in a worker process)."""
    parsed = Parsed(job)
    errors: list[ParseError] = []
    try:
        # each file is read once, here: its digest is of the bytes parsed
        raw = Path(job.path).read_bytes()
        parsed.sha256 = hashlib.sha256(raw).hexdigest()
        text = decode_text(raw, Path(job.path))
        matches = list(reader(job.format).parse(text, source=job.source, file=job.path, errors=errors))
    except ParseError as exc:
        # the whole file is unreadable (encoding, header): no --skip-bad-lines can save it
        parsed.errors.append(str(exc))
        parsed.fatal = True
        return parsed
    parsed.errors.extend(str(e) for e in errors)
    # a whole-file problem (empty, cut short, not text), or errors and not one readable match (a header
    # without the needed columns): leaving lines out cannot mend the file
    parsed.fatal = any(e.whole_file for e in errors) or (bool(errors) and not matches)
    declared = _declared(text) if job.format == "football.txt" else {}
    parsed.declared_teams = declared.get("Teams")
    parsed.declared_matches = declared.get("Matches")
    parsed.rows = _compact(matches, parsed)
    parsed.count = len(parsed.rows.rows)
    return parsed


def _declared(text: str) -> dict[str, int]:
    """The first ``# Teams`` and ``# Matches`` counts of a Football.TXT header (looked for in the file's
    head first: scanning every file whole for them cost a twentieth of parsing)."""
    found = dict(reversed(_DECLARED.findall(text, 0, 4096)))
    if len(found) < 2:
        found = dict(reversed(_DECLARED.findall(text)))
    return {name: int(count) for name, count in found.items()}


def _compact(matches: Sequence[Match], parsed: Parsed) -> FileRows:
    """A file's matches as compact rows (see :class:`FileRows`); duplicates and fixtures without known
    teams are left out and counted in ``parsed``. Runs once per row of the corpus: each name, date and
    competition-season is worked out once per file, and a row costs a few dictionary look-ups."""
    registry = ClubRegistry.default()
    names: dict[tuple[str, str, str], int] = {}
    spaces: dict[str, str] = {}
    rows: list[tuple[Any, ...]] = []
    statuses = {status: status.value for status in Status}
    placeholder: dict[str, bool] = {}
    days: dict[dt.date, str] = {}
    # per competition-season: its names' indexes by spelling, its matches by (day, home, away), and
    # where each name plays ([rows, first day, last day] by name index)
    contexts: dict[tuple[str, str], tuple[dict[str, int], dict[tuple[str, int, int], Match], dict[int, list[Any]]]]
    contexts = {}
    given_names: dict[tuple[str, object, str, str], int] = {}

    def node(raw: str, given: object, competition: str, season: str) -> int:
        """The index of the (namespace, name, era) a side's name is, in this file's names."""
        base, suffix = split_country(raw)
        if given is not None:
            namespace = str(given or "").upper()
        elif suffix:
            namespace = suffix
        else:
            known = spaces.get(competition)
            if known is None:
                known = spaces[competition] = _namespace(competition)
            namespace = known
        era = registry.era(namespace, base, season) if namespace else ""
        return names.setdefault((namespace, base, era), len(names))

    # names this file gives the wrong club (clubs.toml's [[correction]]): almost always none
    fixes = registry.corrections_for(parsed.job.label)

    def corrected(raw: str, given: object, m: Match) -> int:
        """The node of a side whose name a correction may cover: the club the correction means, else
        the name's own node (not cached: a name's node then depends on the match)."""
        club = registry.corrected(fixes, raw, m.stage, m.round)
        if club is None:
            return node(raw, given, m.competition, m.season)
        era = registry.era(club.country, club.name, m.season)
        return names.setdefault((club.country, club.name, era), len(names))

    competition = season = ""
    cache: dict[str, int] = {}
    seen: dict[tuple[str, int, int], Match] = {}
    plays: dict[int, list[Any]] = {}
    for m in matches:
        raw_home, raw_away = m.home, m.away
        home_placeholder = placeholder.get(raw_home)
        if home_placeholder is None:
            home_placeholder = placeholder[raw_home] = is_placeholder(raw_home)
        away_placeholder = placeholder.get(raw_away)
        if away_placeholder is None:
            away_placeholder = placeholder[raw_away] = is_placeholder(raw_away)
        if (home_placeholder or away_placeholder) and not m.counts:
            parsed.placeholders += 1
            continue
        if m.competition != competition or m.season != season:
            competition, season = m.competition, m.season
            context = contexts.get((competition, season))
            if context is None:
                context = contexts[(competition, season)] = ({}, {}, {})
            cache, seen, plays = context
        extra = m.extra
        if fixes and (raw_home in fixes or raw_away in fixes):
            home = corrected(raw_home, extra.get("home_country") if extra else None, m)
            away = corrected(raw_away, extra.get("away_country") if extra else None, m)
        elif extra and "home_country" in extra:
            sides = []
            for raw, given in ((raw_home, extra.get("home_country")), (raw_away, extra.get("away_country"))):
                index = given_names.get((raw, given, competition, season))
                if index is None:
                    index = given_names[(raw, given, competition, season)] = node(raw, given, competition, season)
                sides.append(index)
            home, away = sides
        else:
            found_home, found_away = cache.get(raw_home), cache.get(raw_away)
            home = cache[raw_home] = node(raw_home, None, competition, season) if found_home is None else found_home
            away = cache[raw_away] = node(raw_away, None, competition, season) if found_away is None else found_away
        day = days.get(m.date)
        if day is None:
            day = days[m.date] = m.date.isoformat()
        twin = (day, home, away)
        first = seen.get(twin)
        if first is not None:
            same = first.final == m.final and first.pens == m.pens
            there, here = (str(x.final) if x.final is not None else "no result" for x in (first, m))
            how = "with the same result" if same else f"with another result ({there} there, {here} here)"
            parsed.warnings.append(
                f"{m.file}:{m.line}: {raw_home} v {raw_away} on {day} is listed twice in this file "
                f"(first at line {first.line}) {how}; the first is kept"
            )
            continue
        seen[twin] = m
        ft, ht, et, pens, leg, neutral = m.ft, m.ht, m.et, m.pens, m.leg, m.neutral
        if ft is not None and (
            (ht is not None and (ht.home > ft.home or ht.away > ft.away))
            or (et is not None and (et.home < ft.home or et.away < ft.away))
            or (pens is not None and pens.home == pens.away)
        ):
            odd = score_oddity(m)
            if odd:
                parsed.warnings.append(f"{m.file}:{m.line}: {raw_home} v {raw_away} on {day}: {odd}")
        # encoded as ROW_FIELDS says: no None, no bool
        rows.append(
            (
                len(rows),
                m.line,
                competition,
                season,
                day,
                m.time or NO_TEXT,
                m.stage or NO_TEXT,
                m.round or NO_TEXT,
                NO_NUMBER if leg is None else leg,
                home,
                away,
                NO_NUMBER if ft is None else ft.home,
                NO_NUMBER if ft is None else ft.away,
                NO_NUMBER if ht is None else ht.home,
                NO_NUMBER if ht is None else ht.away,
                NO_NUMBER if et is None else et.home,
                NO_NUMBER if et is None else et.away,
                NO_NUMBER if pens is None else pens.home,
                NO_NUMBER if pens is None else pens.away,
                statuses[m.status],
                NO_NUMBER if neutral is None else int(neutral),
            )
        )
        for side in (home, away):
            slot = plays.get(side)
            if slot is None:
                plays[side] = [1, day, day]
            else:
                slot[0] += 1
                if day < slot[1]:
                    slot[1] = day
                elif day > slot[2]:
                    slot[2] = day
    return FileRows(
        names=list(names),
        rows=rows,
        slots=[
            (side, competition, season, n, first_day, last_day)
            for (competition, season), (_, _, plays) in contexts.items()
            for side, (n, first_day, last_day) in plays.items()
        ],
    )


def plan(
    store: Store,
    paths: Sequence[Path],
    skip_bad_lines: bool,
    summary: ImportSummary,
    exclude: Sequence[str] = (),
    *,
    skip_unknown: bool = False,
    follow_symlinks: bool = False,
    found: set[tuple[str, str]] | None = None,
) -> list[Job]:
    """The files to import: new ones, and stored ones whose content changed or that were read under
    other corrections or name eras of the club registry than today's (:meth:`ClubRegistry.reading`: a
    newer touchline corrected a name in them); each replaces its old version. A file imported before
    with the same content, read the same way, is skipped. (A copy of a stored file under another path
    is imported like any file: its rows agree with the original's, and which of the two the matches
    cite is decided by the precedence of sources, not by which came first.) The (source, label) of
    every match file found is added to ``found``, if given."""
    stored = stored_files(store)
    registry = ClubRegistry.default()
    jobs: list[Job] = []
    for path, root, fmt in find_files(
        paths, summary, exclude, skip_unknown=skip_unknown, follow_symlinks=follow_symlinks
    ):
        summary.files += 1
        source, label = source_label(path, root)
        if found is not None:
            found.add((source, label))
        before = stored.get((source, label))
        reading = registry.reading(label)
        # a file the store has is read here to tell whether it changed; a new one only by its worker
        if before is not None and before[2] == reading and before[1] == hashlib.sha256(path.read_bytes()).hexdigest():
            summary.already_imported += 1
            continue
        replaces = before[0] if before is not None else None
        jobs.append(
            Job(str(path), label, source, fmt, skip_bad_lines, replaces, size=path.stat().st_size, reading=reading)
        )
    # in path order, so that a clean import numbers rows (and matches) the same every time
    return sorted(jobs, key=lambda j: j.label)


def worker_count(jobs: Sequence[Job], workers: int | None = None) -> int:
    """How many parser processes to use: up to two (this is a two-core machine class), one for few files."""
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    return workers if len(jobs) >= PARALLEL_FROM else 1


# Accepted files are written in batches of about this many rows, under one savepoint (PostgreSQL: in one
# COPY); each statement costs PostgreSQL a round trip, and the corpus has 5,000 files.
BATCH_ROWS = 20_000
# Workers run at a lower priority than the writer: the run is as fast as the writer (the main process),
# and on two cores three busy processes would otherwise slow it by a third.
WORKER_NICENESS = 19
# how much source text may be parsed ahead of the writer (a cap on the import's memory: a parsed file,
# pickled, is about the size of its text); the more, the less a large file holds up the files behind it
IN_FLIGHT_BYTES = 12 * 2**20


@contextmanager
def worker_pool(workers: int) -> Iterator[Pool | None]:
    """Worker processes for one import run (parsing, then merging seasons), or None for one worker."""
    if workers <= 1:
        yield None
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
        yield pool


def _start_worker() -> None:
    os.nice(WORKER_NICENESS)
    gc.set_threshold(*RARE_COLLECTIONS)
    # the importing process stops its workers (Ctrl-C reaches the whole process group; SIGTERM is the
    # pool's own way to end them): they end quietly, with no traceback of their own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class Terminated(KeyboardInterrupt):
    """A SIGTERM that stops an import as Ctrl-C does (the CLI tells the two apart by exit status)."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """A SIGTERM to the importing process ends the import as Ctrl-C does: its transaction rolled back and
    its workers stopped (it left them writing to a closed pipe, each printing a traceback)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# Python's cyclic garbage collector during an import: a young generation of 100,000 objects (not 700), a
# full collection almost never. A run builds millions of objects that live until it ends (rows, names,
# fixtures), and with the default thresholds the collector walks them again and again: 1.4 s of the main
# process's 16 s of CPU in a whole-corpus import, 1.0 s of it in full collections. An import makes no
# garbage cycles (a whole-corpus import in one process with the collector off leaves no unreachable
# object behind); reference counting frees its objects as before.
RARE_COLLECTIONS = (100_000, 20, 100)


@contextmanager
def rare_collections() -> Iterator[None]:
    """Run the block with the garbage collector's :data:`RARE_COLLECTIONS` thresholds."""
    before = gc.get_threshold()
    gc.set_threshold(*RARE_COLLECTIONS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def parse_all(jobs: Sequence[Job], pool: Pool | None = None, workers: int = 1) -> Iterator[Parsed]:
    """Parsed files in job order, from the pool's ``workers`` processes when there is a pool."""
    if pool is None:
        yield from map(parse_job, jobs)
        return
    # back-pressure: at most IN_FLIGHT_BYTES of files (and always a file per worker) are parsed ahead
    pending: deque[tuple[int, AsyncResult[bytes]]] = deque()
    ahead = 0
    for job in jobs:
        while pending and len(pending) >= workers and ahead + job.size > IN_FLIGHT_BYTES:
            size, result = pending.popleft()
            ahead -= size
            yield pickle.loads(result.get())
        pending.append((job.size, pool.apply_async(_parse_pickled, (job,))))
        ahead += job.size
    for _, result in pending:
        yield pickle.loads(result.get())


def _parse_pickled(job: Job) -> bytes:
    """A parsed file, pickled in the worker: the writer unpickles it in its own thread, rather than the
    pool's result thread competing with the writer for Python's lock while it writes."""
    return pickle.dumps(parse_job(job), pickle.HIGHEST_PROTOCOL)


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    skip_bad_lines: bool = False,
    exclude: Sequence[str] = (),
    workers: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    skip_unknown: bool = False,
    follow_symlinks: bool = False,
    prune: bool = False,
) -> ImportSummary:
    """Import every match file under ``paths`` into ``store`` and say what happened.

    With ``prune``, stored files of the folders given that are no longer there are taken out in the same
    transaction (see :func:`prunable` for what is never pruned), named in ``summary.pruned``.
    ``progress(done, total, label)`` is called after each file, and with ``done == total`` while clubs
    and matches are derived.
    """
    summary = ImportSummary()
    roots = [Path(p) for p in paths]
    # folders are read afresh each run: a long-lived process (a test, a server) may import again after
    # the data changed
    forget_folders()
    with _terminate_as_interrupt(), rare_collections(), store.import_journal(), store.transaction():
        # plan once the store is ours: another import may have brought these files while we waited
        store.lock_for_import()
        found: set[tuple[str, str]] = set()
        jobs = plan(
            store,
            roots,
            skip_bad_lines,
            summary,
            exclude,
            skip_unknown=skip_unknown,
            follow_symlinks=follow_symlinks,
            found=found,
        )
        gone = prunable(store, roots, found, summary, exclude) if prune else {}
        if prune:
            summary.pruned = sorted(gone.values())
        if not jobs and not gone:
            return summary
        writer = Writer(store)
        touched: set[tuple[str, str]] = set()
        for file_id in gone:
            touched |= writer.remove(file_id)
        # a run that brings more rows than the store holds builds the rows' indexes once, at the end
        bulk = sum(job.size for job in jobs) // BYTES_PER_ROW > writer.rows()
        if bulk:
            writer.drop_indexes()
        added: list[int] = []
        count = worker_count(jobs, workers)
        with worker_pool(count) as pool:
            batch: list[tuple[Parsed, FileRows]] = []
            rows = 0
            for done, parsed in enumerate(parse_all(jobs, pool, count), 1):
                accepted = _accept(parsed, summary)
                if accepted is not None:
                    batch.append((parsed, accepted))
                    rows += parsed.count
                    if rows >= BATCH_ROWS:
                        _store_files(store, writer, batch, summary, touched, added)
                        batch, rows = [], 0
                if progress is not None:
                    progress(done, len(jobs), parsed.job.label)
            _store_files(store, writer, batch, summary, touched, added)
            writer.flush()
            register_competitions(store, [catalog.competition(code) for code in sorted({c for c, _ in touched})])
            # the rows' indexes are built while clubs are linked; the names' index is needed before
            if bulk:
                writer.build_indexes(("file_nodes_node",))
            derived = rederive(
                store,
                touched,
                summary,
                None if progress is None else lambda what: progress(len(jobs), len(jobs), what),
                meanwhile=writer.build_indexes if bulk else None,
                mapper=map if pool is None else pool.imap,
            )
        for file_id in added:
            known, conflicting = derived.shared.get(file_id, (0, 0))
            summary.known += known
            summary.conflicting += conflicting
    summary.rows = writer.rows_written
    return summary


def _accept(parsed: Parsed, summary: ImportSummary) -> FileRows | None:
    """A parsed file's rows, to be stored; None for a file rejected whole, its errors in ``summary`` (a
    file with unreadable lines is, unless its job skips bad lines and the file is not broken as a whole)."""
    job = parsed.job
    if parsed.rows is None or (parsed.errors and (parsed.fatal or not job.skip_bad_lines)):
        summary.rejected += 1
        summary.errors.extend(parsed.errors)
        summary.errors.append(
            f"{job.path}: rejected ({len(parsed.errors)} unreadable line(s)); fix it, or import with --skip-bad-lines"
        )
        return None
    summary.warnings.extend(f"{e} (line skipped)" for e in parsed.errors)
    summary.warnings.extend(parsed.warnings)
    summary.placeholders += parsed.placeholders
    return parsed.rows


def _store_files(
    store: Store,
    writer: Writer,
    batch: Sequence[tuple[Parsed, FileRows]],
    summary: ImportSummary,
    touched: set[tuple[str, str]],
    added: list[int],
) -> None:
    """Store accepted files (each replacing its old version, if any) under one savepoint. Should that
    fail, each is stored again under a savepoint of its own: a file that cannot be stored is undone alone
    and named in ``summary``, and the others go in."""
    if not batch:
        return
    try:
        with store.savepoint():
            removed: set[tuple[str, str]] = set()
            for parsed, _ in batch:
                if parsed.job.replaces is not None:
                    removed |= writer.remove(parsed.job.replaces)
            stored = writer.add([(_entry(parsed), rows) for parsed, rows in batch])
    except TouchlineError as exc:
        if len(batch) > 1:
            for one in batch:
                _store_files(store, writer, [one], summary, touched, added)
            return
        summary.rejected += 1
        summary.errors.append(f"{batch[0][0].job.path}: {exc}")
        return
    touched |= removed
    for (parsed, _), (file_id, seasons) in zip(batch, stored, strict=True):
        touched |= seasons
        added.append(file_id)
        if parsed.job.replaces is None:
            summary.imported += 1
        else:
            summary.updated += 1


def _entry(parsed: Parsed) -> FileEntry:
    """What the ``files`` table is to say of a parsed file."""
    job = parsed.job
    return FileEntry(
        job.source,
        job.label,
        job.format,
        parsed.sha256,
        parsed.count,
        len(parsed.errors),
        parsed.declared_teams,
        parsed.declared_matches,
        job.reading,
    )


def rederive(
    store: Store,
    touched: set[tuple[str, str]],
    summary: ImportSummary,
    say: Callable[[str], None] | None = None,
    *,
    meanwhile: Callable[[], None] | None = None,
    mapper: Mapper = map,
) -> Derived:
    """Derive clubs and matches again after rows were added or removed (inside the run's transaction),
    count what changed in the touched seasons into ``summary``, and point spells at their clubs.
    ``meanwhile`` and ``mapper`` are passed to :func:`touchline.store.derive.derive`."""
    snapshot(store, touched)
    with rare_collections():
        derived = derive(store, ClubRegistry.default(), touched, progress=say, meanwhile=meanwhile, mapper=mapper)
    found = changes(store)
    summary.new, summary.changed, summary.removed = found.new, found.changed, found.removed
    refresh_spells(store)
    return derived
