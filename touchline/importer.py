"""``touchline import``: read match files of any known format into the store.

How it works, and the promises it keeps:

- Files are found under the given paths (recursively), recognised by :func:`touchline.sources.detect`,
  and parsed in worker processes (both cores), which also resolve club names to club ids.
- Each file is written in one transaction. A file with any unreadable line is rejected whole (its
  errors are listed with file:line) unless ``skip_bad_lines`` is set, in which case it is imported
  without those lines and each one is listed as a warning.
- A file whose exact content is already in the store (from any source) is skipped, so importing the
  same file again changes nothing.
- The same match from another source (same competition, same clubs, dates at most a day apart) is
  stored once; the extra source is recorded beside it, and if its score differs the disagreement is
  kept and shown by ``touchline conflicts``. The first source imported stays primary; missing details
  (stage, round, kick-off, half-time, extra time, shoot-out) are filled from later sources.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import functools
import hashlib
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from touchline import staging
from touchline.errors import ConfigError, ParseError, TouchlineError
from touchline.model import CompetitionKind, Match, Status
from touchline.reference import competitions as catalog
from touchline.reference.clubs import ClubRegistry, split_country
from touchline.sources import detect, read_head, read_text, reader
from touchline.store import Store

# Importing through worker processes pays off from this many files on.
PARALLEL_FROM = 16

# Row layout shared by the workers and the writer (matches table order, without id and file_id).
MATCH_COLUMNS = staging.MATCH_COLUMNS
_DATE, _HOME, _AWAY, _FT, _ET, _PEN, _STATUS, _LINE = 2, 7, 8, 9, 13, 15, 17, 19


@dataclass(frozen=True, slots=True)
class Job:
    """One file to import: where it is, what to call it, and how to read it."""

    path: str
    label: str
    source: str
    format: str
    sha256: str
    skip_bad_lines: bool
    number: int = 0
    size: int = 0


@dataclass(slots=True)
class Parsed:
    """What a worker hands back for one file."""

    job: Job
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    clubs: dict[str, tuple[str, str | None, bool]] = field(default_factory=dict)
    names: set[tuple[str, str, str]] = field(default_factory=set)
    fatal: bool = False
    count: int = 0
    # (competition, season) -> first and last date, to tell whether a file may meet stored matches
    spans: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # where a worker staged the rows (see touchline.staging), if it did
    stage: staging.Staged | None = None


@dataclass(slots=True)
class ImportSummary:
    """Counts and messages of one import run."""

    files: int = 0
    imported: int = 0
    already_imported: int = 0
    rejected: int = 0
    not_match_data: int = 0
    new: int = 0
    known: int = 0
    conflicting: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every file was imported or already there."""
        return not self.errors


def _country_of(match: Match) -> str | None:
    competition = catalog.competition(match.competition)
    if competition.kind is CompetitionKind.CONTINENTAL:
        return None
    return competition.country


def parse_job(job: Job) -> Parsed:
    """Parse one file and resolve its clubs (runs in a worker process)."""
    parsed = Parsed(job)
    registry = ClubRegistry.default()
    errors: list[ParseError] = []
    try:
        text = read_text(Path(job.path))
        matches = list(reader(job.format).parse(text, source=job.source, file=job.path, errors=errors))
    except ParseError as exc:
        # the whole file is unreadable (encoding, header): no --skip-bad-lines can save it
        parsed.errors.append(str(exc))
        parsed.fatal = True
        return parsed
    parsed.errors.extend(str(e) for e in errors)
    # errors and not one readable match (a header without the needed columns): the file is unreadable
    parsed.fatal = bool(errors) and not matches
    rows = parsed.rows
    clubs = parsed.clubs
    # Per-file caches: a file repeats the same few dozen names, dates and competitions thousands of times.
    club_ids: dict[tuple[str, str | None, str], str] = {}
    countries: dict[str, str | None] = {}
    days: dict[dt.date, str] = {}

    def club_id(name: str, country: str | None, season: str) -> str:
        # the season matters for names two clubs bore in turn ("Mouscron": Excelsior until 2009, then Royal Excel)
        key = (name, country, season)
        found = club_ids.get(key)
        if found is None:
            ref = registry.resolve(name, country, season=season)
            found = club_ids[key] = ref.id
            if ref.id not in clubs:
                clubs[ref.id] = (ref.name, ref.country, ref.known)
            parsed.names.add((split_country(name)[0], ref.country or "", ref.id))
        return found

    statuses = {status: status.value for status in Status}
    spans = parsed.spans
    for m in matches:
        country = countries.get(m.competition, "?")
        if country == "?":
            country = countries[m.competition] = _country_of(m)
        extra = m.extra
        if extra and "home_country" in extra:
            home = club_id(m.home, str(extra["home_country"]), m.season)
            away = club_id(m.away, str(extra.get("away_country") or "") or None, m.season)
        else:
            home = club_id(m.home, country, m.season)
            away = club_id(m.away, country, m.season)
        day = days.get(m.date)
        if day is None:
            day = days[m.date] = m.date.isoformat()
        key = (m.competition, m.season)
        span = spans.get(key)
        if span is None:
            spans[key] = (day, day)
        elif day < span[0] or day > span[1]:
            spans[key] = (min(span[0], day), max(span[1], day))
        ft, ht, et, pens = m.ft, m.ht, m.et, m.pens
        rows.append(
            (
                m.competition,
                m.season,
                day,
                m.time,
                m.stage,
                m.round,
                m.leg,
                home,
                away,
                None if ft is None else ft.home,
                None if ft is None else ft.away,
                None if ht is None else ht.home,
                None if ht is None else ht.away,
                None if et is None else et.home,
                None if et is None else et.away,
                None if pens is None else pens.home,
                None if pens is None else pens.away,
                statuses[m.status],
                m.neutral,
                m.line,
            )
        )
    parsed.count = len(rows)
    parsed.stage = staging.stage(rows)
    if parsed.stage is not None:
        parsed.rows = []  # they wait in the staging file; no need to send them back
    return parsed


def source_label(path: Path, root: Path) -> tuple[str, str]:
    """(source name, path label) for a file found under the import argument ``root``.

    ``data/openfootball-belgium/2018-19/be1.txt`` imported as ``data`` -> (``openfootball-belgium``,
    ``openfootball-belgium/2018-19/be1.txt``); imported as ``data/openfootball-belgium`` -> the same.
    """
    base = root.parent if root.is_file() else root
    relative = path.relative_to(base)
    first = relative.parts[0]
    if len(relative.parts) > 1 and not first[:4].isdigit() and first not in ("history", "archive"):
        return first, relative.as_posix()
    name = _folder_name(base)
    return name, f"{name}/{relative.as_posix()}"


@functools.cache
def _folder_name(folder: Path) -> str:
    """A folder's own name, even when given as ``.`` or ``..`` (resolving is slow: once per folder)."""
    return folder.resolve().name


def find_files(
    paths: Sequence[Path], summary: ImportSummary, exclude: Sequence[str] = ()
) -> Iterator[tuple[Path, Path, str]]:
    """(file, import root, format) for every match file under ``paths``; explicit files must be known.

    A file is left out when any part of its path below the root matches an ``exclude`` glob.
    """
    for root in paths:
        if not root.exists():
            raise ConfigError(f"no such file or folder: {root}")
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            parts = path.relative_to(root).parts if path != root else (path.name,)
            if any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in exclude):
                continue
            found = detect(path, read_head(path)) if path.suffix.lower() in (".txt", ".json", ".csv") else None
            if found is None:
                if root.is_file():
                    raise ConfigError(f"{path}: not a match file touchline can read (see `touchline import --help`)")
                summary.not_match_data += 1
                continue
            yield path, root, found.FORMAT


# Sources read first stay primary when the same match comes from several: richer formats first.
FORMAT_ORDER = {"football.txt": 0, "football.json": 1, "football-data": 2, "engsoccerdata": 3}


def plan(
    store: Store,
    paths: Sequence[Path],
    skip_bad_lines: bool,
    summary: ImportSummary,
    exclude: Sequence[str] = (),
) -> list[Job]:
    """The files to import, minus those whose content the store already has."""
    known = {row[0] for row in store.query("SELECT sha256 FROM files")}
    jobs: list[Job] = []
    for path, root, fmt in find_files(paths, summary, exclude):
        summary.files += 1
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in known:
            summary.already_imported += 1
            continue
        known.add(digest)
        source, label = source_label(path, root)
        jobs.append(Job(str(path), label, source, fmt, digest, skip_bad_lines, size=path.stat().st_size))
    jobs.sort(key=lambda j: (FORMAT_ORDER.get(j.format, 9), j.label))
    return [dataclasses.replace(job, number=n) for n, job in enumerate(jobs)]


def worker_count(jobs: Sequence[Job], workers: int | None = None) -> int:
    """How many parser processes to use: up to two (this is a two-core machine class), one for few files."""
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    return workers if len(jobs) >= PARALLEL_FROM else 1


def parse_all(jobs: Sequence[Job], workers: int = 1, stages: staging.Staging | None = None) -> Iterator[Parsed]:
    """Parsed files in job order, from worker processes when ``workers`` > 1 (staging rows if given)."""
    if workers <= 1:
        yield from map(parse_job, jobs)
        return
    context = multiprocessing.get_context("fork")
    initializer = None
    initargs: tuple[Any, ...] = ()
    if stages is not None:
        queue: Any = context.Queue()
        for number, path in enumerate(stages.paths):
            queue.put((number, str(path)))
        initializer, initargs = staging.claim, (queue,)
    with context.Pool(workers, initializer=initializer, initargs=initargs) as pool:
        yield from pool.imap(parse_job, jobs, chunksize=4)


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    skip_bad_lines: bool = False,
    exclude: Sequence[str] = (),
    workers: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportSummary:
    """Import every match file under ``paths`` into ``store`` and say what happened.

    ``progress(done, total, label)`` is called after each file.
    """
    summary = ImportSummary()
    jobs = plan(store, [Path(p) for p in paths], skip_bad_lines, summary, exclude)
    workers = worker_count(jobs, workers)
    stages = staging.Staging(workers) if workers > 1 and store.dialect == "sqlite" else None
    bulk = stages is not None and _is_bulk(store, jobs)
    if stages is not None:
        stages.attach(store.connection)
    if bulk:
        _drop_club_indexes(store)
    try:
        _import_jobs(store, jobs, workers, stages, skip_bad_lines, summary, progress)
    finally:
        if bulk:
            _create_club_indexes(store)
        if stages is not None:
            stages.detach(store.connection)
            stages.remove()
    return summary


# A file line of Football.TXT is about this many bytes: enough to guess how many matches a run brings.
_BYTES_PER_MATCH = 60
_CLUB_INDEXES = {"matches_home": "matches (home_id, date)", "matches_away": "matches (away_id, date)"}


def _is_bulk(store: Store, jobs: Sequence[Job]) -> bool:
    """Whether this run brings more matches than the store holds: then the club indexes are cheaper
    to build once at the end than to keep up row by row."""
    incoming = sum(job.size for job in jobs) // _BYTES_PER_MATCH
    return incoming > int(store.scalar("SELECT COUNT(*) FROM matches") or 0)


def _drop_club_indexes(store: Store) -> None:
    for name in _CLUB_INDEXES:
        store.execute(f"DROP INDEX IF EXISTS {name}")


def _create_club_indexes(store: Store) -> None:
    for name, target in _CLUB_INDEXES.items():
        store.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def _import_jobs(
    store: Store,
    jobs: Sequence[Job],
    workers: int,
    stages: staging.Staging | None,
    skip_bad_lines: bool,
    summary: ImportSummary,
    progress: Callable[[int, int, str], None] | None,
) -> None:
    writer = _Writer(store)
    for done, parsed in enumerate(parse_all(jobs, workers, stages), 1):
        label = parsed.job.label
        if parsed.errors and (parsed.fatal or not skip_bad_lines):
            summary.rejected += 1
            summary.errors.extend(parsed.errors)
            summary.errors.append(
                f"{parsed.job.path}: rejected ({len(parsed.errors)} unreadable line(s)); "
                "fix it, or import with --skip-bad-lines"
            )
        else:
            summary.warnings.extend(f"{e} (line skipped)" for e in parsed.errors)
            try:
                writer.write(parsed, summary)
            except TouchlineError as exc:
                summary.rejected += 1
                summary.errors.append(f"{parsed.job.path}: {exc}")
            else:
                summary.imported += 1
        if progress is not None:
            progress(done, len(jobs), label)


class _Writer:
    """Writes parsed files into the store, one transaction each, merging matches across sources."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.clubs: set[str] = {row[0] for row in store.query("SELECT id FROM clubs")}
        self.competitions: set[str] = {row[0] for row in store.query("SELECT code FROM competitions")}

    def write(self, parsed: Parsed, summary: ImportSummary) -> None:
        store = self.store
        job = parsed.job
        # the first statement writes, so a deferred transaction holds the store's write lock from the start
        # without locking the attached staging files, which the workers go on writing
        with store.transaction(immediate=False):
            file_id = int(
                store.scalar(
                    "INSERT INTO files (source, path, format, sha256, matches, skipped_lines, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (
                        job.source,
                        job.label,
                        job.format,
                        job.sha256,
                        parsed.count,
                        len(parsed.errors),
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    ),
                )
            )
            self._write_reference_data(parsed)
            rows = parsed.rows
            if parsed.stage is not None:
                if not self._may_meet_stored(parsed.spans):
                    # nothing in the store these could be merged with: copy them over in one statement
                    staged = parsed.stage
                    store.execute(staging.copy_sql(staged), staging.copy_params(staged, file_id))
                    summary.new += parsed.count
                    return
                staged = parsed.stage
                rows = [tuple(r) for r in store.query(staging.fetch_sql(staged), staging.fetch_params(staged))]
            new_rows, merged = self._merge(rows)
            if new_rows:
                first = store.allocate_ids("matches", len(new_rows))
                store.executemany(
                    f"INSERT INTO matches (id, file_id, {MATCH_COLUMNS}) VALUES ({', '.join('?' * 22)})",
                    [(first + i, file_id, *row) for i, row in enumerate(new_rows)],
                )
            for match_id, row, agrees in merged:
                self._record_source(match_id, file_id, row, agrees)
                summary.known += agrees
                summary.conflicting += not agrees
            summary.new += len(new_rows)

    def _may_meet_stored(self, spans: dict[tuple[str, str], tuple[str, str]]) -> bool:
        """Whether the store holds a match of the same competition and season within a day of these."""
        for (competition, season), (low, high) in spans.items():
            first = (dt.date.fromisoformat(low) - dt.timedelta(days=1)).isoformat()
            last = (dt.date.fromisoformat(high) + dt.timedelta(days=1)).isoformat()
            if self.store.scalar(
                "SELECT 1 FROM matches WHERE competition = ? AND season = ? AND date BETWEEN ? AND ? LIMIT 1",
                (competition, season, first, last),
            ):
                return True
        return False

    def _write_reference_data(self, parsed: Parsed) -> None:
        store = self.store
        new_clubs = [(cid, *info) for cid, info in parsed.clubs.items() if cid not in self.clubs]
        if new_clubs:
            store.executemany(
                "INSERT INTO clubs (id, name, country, known) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                [(cid, name, country, bool(known)) for cid, name, country, known in new_clubs],
            )
            self.clubs.update(c[0] for c in new_clubs)
        store.executemany(
            "INSERT INTO club_names (name, country, club_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            sorted(parsed.names),
        )
        for code in sorted({competition for competition, _ in parsed.spans} - self.competitions):
            competition = catalog.competition(code)
            store.execute(
                "INSERT INTO competitions (code, name, country, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (code, competition.name, competition.country, competition.kind.value),
            )
            self.competitions.add(code)

    def _merge(
        self, rows: list[tuple[Any, ...]]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[int, tuple[Any, ...], bool]]]:
        """Split a file's rows into new matches and (existing id, row, scores agree) for known ones.

        Candidates share competition and season (every source here labels seasons alike), so the
        look-up uses the whole (competition, season, date) index.
        """
        by_competition: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for row in rows:
            by_competition[(row[0], row[1])].append(row)
        new: list[tuple[Any, ...]] = []
        merged: list[tuple[int, tuple[Any, ...], bool]] = []
        for (competition, season), group in by_competition.items():
            dates = [row[_DATE] for row in group]
            low = (dt.date.fromisoformat(min(dates)) - dt.timedelta(days=1)).isoformat()
            high = (dt.date.fromisoformat(max(dates)) + dt.timedelta(days=1)).isoformat()
            existing = self.store.query(
                "SELECT id, home_id, away_id, date, ft_home, ft_away, et_home, et_away, pen_home, pen_away "
                "FROM matches WHERE competition = ? AND season = ? AND date BETWEEN ? AND ?",
                (competition, season, low, high),
            )
            if not existing:
                new.extend(group)
                continue
            index: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
            for match in existing:
                index[(match[1], match[2])].append(match)
            taken: set[int] = set()
            for row in group:
                hit = _find(index, row, taken)
                if hit is None:
                    new.append(row)
                else:
                    match, swapped = hit
                    taken.add(match[0])
                    # recorded as the stored match is oriented, whatever the order this source gives
                    merged.append((match[0], _flipped(row) if swapped else row, _agrees(match, row, swapped)))
        return new, merged

    def _record_source(self, match_id: int, file_id: int, row: tuple[Any, ...], agrees: bool) -> None:
        """Record another source of a stored match (``row`` oriented as the stored match) and fill in
        what the stored match lacks."""
        store = self.store
        # the result as this source gives it: full time, extra time, shoot-out (home, away each), status
        result = (*row[_FT : _FT + 2], *row[_ET : _ET + 2], *row[_PEN : _PEN + 2], row[_STATUS])
        store.execute(
            "INSERT INTO match_sources (match_id, file_id, line, ft_home, ft_away, et_home, et_away, "
            "pen_home, pen_away, status, agrees) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (match_id, file_id, row[_LINE], *result, agrees),
        )
        # Fill what the primary source lacks (kick-off, stage, round, half-time, extra time, shoot-out).
        store.execute(
            "UPDATE matches SET time = COALESCE(time, ?), stage = COALESCE(stage, ?), round = COALESCE(round, ?), "
            "leg = COALESCE(leg, ?), ht_home = COALESCE(ht_home, ?), ht_away = COALESCE(ht_away, ?) WHERE id = ?",
            (row[3], row[4], row[5], row[6], row[11], row[12], match_id),
        )
        if row[_FT] is not None:
            store.execute(
                "UPDATE matches SET ft_home = ?, ft_away = ?, et_home = COALESCE(et_home, ?), "
                "et_away = COALESCE(et_away, ?), pen_home = COALESCE(pen_home, ?), pen_away = COALESCE(pen_away, ?), "
                "status = ? WHERE id = ? AND ft_home IS NULL",
                (*result, match_id),
            )


def _find(
    index: dict[tuple[str, str], list[tuple[Any, ...]]], row: tuple[Any, ...], taken: set[int]
) -> tuple[tuple[Any, ...], bool] | None:
    """The stored match this row describes (same clubs, at most a day apart), and whether sides are swapped."""
    day = dt.date.fromisoformat(row[_DATE])
    for key, swapped in (((row[_HOME], row[_AWAY]), False), ((row[_AWAY], row[_HOME]), True)):
        for match in index.get(key, ()):
            if match[0] in taken:
                continue
            if abs((Store.to_date(match[3]) - day).days) <= 1:
                return match, swapped
    return None


def _agrees(match: tuple[Any, ...], row: tuple[Any, ...], swapped: bool) -> bool:
    """Whether two sources agree on a match's result wherever both say something.

    The final scores (after extra time when a source has it, else full time) must be equal, and so
    must the outcomes (who won, counting a shoot-out): football-data's 1-1 draws for the Superliga
    play-offs Aarhus-Aalborg 2021 (worldfootball: 2-2 a.e.t., 3-1 on penalties) and Aalborg-Viborg
    2022 (1-1 a.e.t., 1-3 on penalties) disagree with worldfootball. When both give extra time, their
    full-time scores must agree too; so must the shoot-outs.
    """

    def pair(values: tuple[Any, ...], at: int, flip: bool = False) -> tuple[Any, Any] | None:
        home, away = values[at], values[at + 1]
        if home is None or away is None:
            return None
        return (away, home) if flip else (home, away)

    stored_ft, stored_et, stored_pen = pair(match, 4), pair(match, 6), pair(match, 8)
    given_ft, given_et, given_pen = pair(row, _FT, swapped), pair(row, _ET, swapped), pair(row, _PEN, swapped)
    stored_final = stored_et or stored_ft
    given_final = given_et or given_ft
    if (
        stored_final
        and given_final
        and (stored_final != given_final or _winner(stored_final, stored_pen) != _winner(given_final, given_pen))
    ):
        return False
    if stored_et and given_et and stored_ft and given_ft and stored_ft != given_ft:
        return False
    return not (stored_pen and given_pen and stored_pen != given_pen)


def _flipped(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row with home and away swapped: the clubs and every score pair."""
    values = list(row)
    values[_HOME], values[_AWAY] = row[_AWAY], row[_HOME]
    for home in (_FT, _FT + 2, _ET, _PEN):  # full time, half time, extra time, shoot-out
        values[home], values[home + 1] = row[home + 1], row[home]
    return tuple(values)


def _winner(final: tuple[Any, Any], pens: tuple[Any, Any] | None) -> int:
    """1 for a home win, -1 for an away win, 0 for a draw; a shoot-out decides a level score."""
    home, away = final
    if home == away and pens is not None:
        home, away = pens
    return int(home > away) - int(home < away)
