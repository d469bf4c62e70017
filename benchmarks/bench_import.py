"""Benchmark: import the whole data folder (1.12 million matches, every source) into a fresh store.

Prints wall and CPU time (this process and its workers), matches per second and each import's peak
memory (counted afresh for each import where Linux allows), each
time with its ratio against two floors measured in the same run: reading every file and splitting
every line in Python, and applying one regular expression per line. With ``--postgres URL`` it imports
into PostgreSQL too and prints the ratio to SQLite. Then times ``touchline matches --club ...`` from a
cold process on the imported store, against a cold ``python -c pass`` baseline.

    python benchmarks/bench_import.py [--corpus PATH] [--workers N] [--keep DB] [--postgres URL] [--runs N]

``--runs N`` imports into SQLite N times (each into a fresh store) and prints every run and the median:
on a noisy machine one run says little about a target.

Targets: the whole import under 30 s with peak memory under 1 GiB (issue 7); under 15 s wall, CPU at
most 8x the regex floor, PostgreSQL at most 1.3x SQLite, peak memory under 256 MiB (issue 9);
`touchline matches --club "FC Augsburg"` under 0.3 s cold (benchmarks/bench_matches.py measures it
on its own, with the rendering it saves).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from common import peak_mib, print_cold, reset_peak

from touchline.api.importing import import_paths
from touchline.api.summary import ImportSummary
from touchline.config import data_dir, redact
from touchline.store import open_store

LINE = re.compile(r"^  (?:\d\d\.\d\d|     )  (.+?)\s{2,}(\S.*?)\s{2,}(.+)$")


def corpus_files(root: Path) -> list[Path]:
    """Every data file of the corpus (Football.TXT, JSON, CSV)."""
    return sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".json", ".csv") and p.is_file())


def floor_split(files: list[Path]) -> tuple[float, int]:
    """Seconds to read every file and split every line; the number of lines."""
    start = time.perf_counter()
    lines = 0
    for path in files:
        for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
            line.split()
            lines += 1
    return time.perf_counter() - start, lines


def floor_regex(files: list[Path]) -> tuple[float, int]:
    """Seconds to read every file and apply one regex per line; the number of matching lines."""
    start = time.perf_counter()
    hits = 0
    match = LINE.match
    for path in files:
        for line in path.read_text(encoding="utf-8-sig", errors="replace").splitlines():
            if match(line):
                hits += 1
    return time.perf_counter() - start, hits


class StoreFloor(NamedTuple):
    """CPU seconds SQLite spends writing what an import of the corpus writes, from rows already built:
    the source rows (bound from Python, as the import binds them), the matches (copied inside SQLite,
    the cheapest way there is) and the indexes both tables have."""

    rows: float
    matches: float
    indexes: float

    @property
    def total(self) -> float:
        """The three together."""
        return self.rows + self.matches + self.indexes


_FLOOR_TABLES = ("source_rows", "matches")


def floor_store(imported: Path, scratch: Path) -> StoreFloor:
    """Write ``imported``'s source rows and matches into an empty copy of its two tables at ``scratch``,
    in one transaction with a rollback journal as a first import has, and time each step in CPU seconds.
    Rows are fetched 20,000 at a time outside the timing: only SQLite's work and the binding count. No
    parsing, club identity or merging is done: no import writing this store can take less."""
    if scratch.exists():
        scratch.unlink()
    target = sqlite3.connect(scratch, isolation_level=None)
    target.execute("PRAGMA journal_mode=DELETE")
    target.execute("PRAGMA threads=0")  # as a store sorts with a rollback journal: see store._sort_helpers
    target.execute("ATTACH DATABASE ? AS imported", (f"file:{imported}?mode=ro",))
    names = ", ".join(f"'{table}'" for table in _FLOOR_TABLES)
    schema = target.execute(
        f"SELECT type, sql FROM imported.sqlite_master WHERE tbl_name IN ({names}) AND sql IS NOT NULL"
    ).fetchall()
    for kind, sql in schema:
        if kind == "table":
            target.execute(sql)
    # match_id and agrees are set after merging; a floor writes only what the rows bring
    columns = [
        row[1]
        for row in target.execute("PRAGMA imported.table_info(source_rows)")
        if row[1] not in ("match_id", "agrees")
    ]
    insert = f"INSERT INTO main.source_rows ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    reader = sqlite3.connect(imported)
    cursor = reader.execute(f"SELECT {', '.join(columns)} FROM source_rows")
    target.execute("BEGIN")
    rows = 0.0
    while chunk := cursor.fetchmany(20_000):
        start = time.process_time()
        target.executemany(insert, chunk)
        rows += time.process_time() - start
    reader.close()
    start = time.process_time()
    target.execute("INSERT INTO main.matches SELECT * FROM imported.matches")
    matches = time.process_time() - start
    start = time.process_time()
    for kind, sql in schema:
        if kind == "index":
            target.execute(sql)
    target.execute("COMMIT")
    indexes = time.process_time() - start
    target.close()
    scratch.unlink()
    return StoreFloor(rows, matches, indexes)


class Timing(NamedTuple):
    """One import: wall seconds, CPU seconds (this process and its finished workers) and this process's
    share of them, this process's peak memory during it (MiB), its summary, and the CPU seconds of the
    PostgreSQL server's process for the connection (None for SQLite, whose engine runs in this process,
    or when the server's process cannot be read: another machine, another user)."""

    wall: float
    cpu: float
    own: float
    peak: float
    summary: ImportSummary
    server: float | None


def _process_cpu(pid: int) -> float | None:
    """CPU seconds (user and system) process ``pid`` of this machine has used; None if unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_import(url: str, corpus: Path, workers: int | None) -> Timing:
    """Import ``corpus`` into a fresh store at ``url`` and time it (see :class:`Timing`)."""
    fresh = reset_peak()
    store = open_store(url)
    if store.scalar("SELECT 1 FROM files LIMIT 1") is not None:
        # a store that holds files imports only what changed: no timing of a whole import
        store.close()
        raise SystemExit(f"{redact(url)} already holds imported files: give an empty store")
    backend = int(store.scalar("SELECT pg_backend_pid()")) if store.dialect == "postgresql" else None
    server = None if backend is None else _process_cpu(backend)
    cpu = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    summary = import_paths(store, [corpus], workers=workers)
    wall = time.perf_counter() - start
    if backend is not None and server is not None:
        now = _process_cpu(backend)
        server = None if now is None else now - server
    store.close()
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own, workers_cpu = (a.ru_utime + a.ru_stime - (b.ru_utime + b.ru_stime) for a, b in zip(after, cpu, strict=True))
    peak = peak_mib()[0]
    if not fresh:
        print(f"(this system cannot reset a process's peak memory: {peak:.0f} MiB is the peak so far)")
    return Timing(wall, own + workers_cpu, own, peak, summary, server)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=data_dir())
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="keep the store at this path")
    parser.add_argument("--postgres", help="also import into this (empty) PostgreSQL database URL")
    parser.add_argument("--runs", type=int, default=1, help="SQLite imports to time (the median is printed too)")
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    split_s, lines = floor_split(files)
    regex_s, hits = floor_regex(files)
    print(f"corpus: {len(files)} files, {lines} lines, {hits} match lines")
    print(f"floor, read + split every line: {split_s:.2f} s")
    print(f"floor, one regex per line:      {regex_s:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.sqlite"
        runs = []
        own = 0.0
        for run in range(1, args.runs + 1):
            if db.exists():
                db.unlink()
            import_s, cpu_s, own_s, peak, summary, _ = timed_import(str(db), args.corpus, args.workers)
            runs.append((import_s, cpu_s))
            own = max(own, peak)
            label = f"import (run {run} of {args.runs})" if args.runs > 1 else "import"
            print(
                f"{label}: {import_s:.2f} s wall, {cpu_s:.2f} s CPU ({own_s:.2f} s this process, "
                f"{cpu_s - own_s:.2f} s workers); {summary.new} matches from {summary.rows} "
                f"source rows ({summary.new / import_s:,.0f} matches/s), {summary.imported} files, "
                f"{summary.rejected} rejected; peak memory {peak:.0f} MiB"
            )
        import_s = statistics.median(wall for wall, _ in runs)
        cpu_s = statistics.median(cpu for _, cpu in runs)
        median = "median " if args.runs > 1 else ""
        print(f"{median}wall / regex floor: {import_s / regex_s:.2f}x;  CPU / regex floor: {cpu_s / regex_s:.2f}x")
        if args.runs > 1:
            print(f"median of {args.runs} runs: {import_s:.2f} s wall, {cpu_s:.2f} s CPU")
        print(f"peak memory: main process {own:.0f} MiB (the largest run), largest worker {peak_mib()[1]:.0f} MiB")
        print(f"store size: {os.path.getsize(db) / 2**20:.0f} MiB")
        floor = floor_store(db, Path(tmp) / "floor.sqlite")
        print(
            f"floor, writing the store's rows (no parsing, identity or merging): {floor.total:.2f} s CPU = "
            f"{floor.total / regex_s:.1f}x the regex floor (source rows {floor.rows:.2f} s, matches "
            f"{floor.matches:.2f} s, indexes {floor.indexes:.2f} s); with the regex floor: "
            f"{(floor.total + regex_s) / regex_s:.1f}x"
        )
        if args.postgres:
            pg_s, pg_cpu, _, pg_own, _, server = timed_import(args.postgres, args.corpus, args.workers)
            # SQLite's engine works in this process; PostgreSQL's in the server's
            backend = "not readable here" if server is None else f"{server:.2f} s"
            print(
                f"PostgreSQL import: {pg_s:.2f} s wall, {pg_cpu:.2f} s CPU here (the server's process: "
                f"{backend}; its parallel index builders not counted); "
                f"PostgreSQL / SQLite: {pg_s / import_s:.2f}x; "
                f"peak memory: main {pg_own:.0f} MiB, largest worker so far {peak_mib()[1]:.0f} MiB"
            )
            own = max(own, pg_own)
        targets = [
            ("wall < 15 s", f"{import_s:.2f} s", import_s < 15),
            ("CPU <= 8x the regex floor", f"{cpu_s / regex_s:.1f}x", cpu_s / regex_s <= 8),
            ("peak memory of the main process < 256 MiB", f"{own:.0f} MiB", own < 256),
        ]
        if args.postgres:
            targets.append(("PostgreSQL <= 1.3x SQLite", f"{pg_s / import_s:.2f}x", pg_s / import_s <= 1.3))
        print("issue 9's targets: " + "; ".join(f"{t}: {v}, {'met' if ok else 'NOT met'}" for t, v, ok in targets))

        env = dict(os.environ, TOUCHLINE_DB=str(db))
        command = [sys.executable, "-m", "touchline", "matches", "--club", "FC Augsburg"]
        print_cold("touchline matches --club 'FC Augsburg'", command, env)


if __name__ == "__main__":
    main()
