"""Benchmark: import the whole worldfootball corpus into a fresh SQLite store.

Prints wall time, matches per second and peak memory (this process and its workers), and the ratio
against two floors measured in the same run: reading every file and splitting every line in Python,
and applying one regular expression per line. Then times ``touchline matches --club ...`` from a cold
process on the imported store, against a cold ``python -c pass`` baseline.

    python benchmarks/bench_import.py [--corpus PATH] [--workers N] [--keep DB]

Targets (issue 2): whole import under 15 s (at most 30); `touchline matches` under 0.5 s cold.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from common import cold_seconds, peak_mib

from touchline.api.importing import import_paths
from touchline.config import data_dir
from touchline.store import open_store

LINE = re.compile(r"^  (?:\d\d\.\d\d|     )  (.+?)\s{2,}(\S.*?)\s{2,}(.+)$")


def corpus_files(root: Path) -> list[Path]:
    """Every Football.TXT file of the corpus."""
    return sorted(p for p in root.rglob("*.txt"))


def floor_split(files: list[Path]) -> tuple[float, int]:
    """Seconds to read every file and split every line; the number of lines."""
    start = time.perf_counter()
    lines = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            line.split()
            lines += 1
    return time.perf_counter() - start, lines


def floor_regex(files: list[Path]) -> tuple[float, int]:
    """Seconds to read every file and apply one regex per line; the number of matching lines."""
    start = time.perf_counter()
    hits = 0
    match = LINE.match
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if match(line):
                hits += 1
    return time.perf_counter() - start, hits


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=data_dir() / "worldfootball-cache-full")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="keep the store at this path")
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    split_s, lines = floor_split(files)
    regex_s, hits = floor_regex(files)
    print(f"corpus: {len(files)} files, {lines} lines, {hits} match lines")
    print(f"floor, read + split every line: {split_s:.2f} s")
    print(f"floor, one regex per line:      {regex_s:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.sqlite"
        if db.exists():
            db.unlink()
        store = open_store(db)
        start = time.perf_counter()
        summary = import_paths(store, [args.corpus], workers=args.workers)
        import_s = time.perf_counter() - start
        store.close()
        own, children = peak_mib()
        print(
            f"import: {import_s:.2f} s, {summary.new} matches ({summary.new / import_s:,.0f} matches/s), "
            f"{summary.imported} files, {summary.rejected} rejected, {len(summary.errors)} errors"
        )
        print(f"import / regex floor: {import_s / regex_s:.2f}x;  import / split floor: {import_s / split_s:.2f}x")
        print(f"peak memory: main process {own:.0f} MiB, largest worker {children:.0f} MiB")
        print(f"store size: {os.path.getsize(db) / 2**20:.0f} MiB")

        env = dict(os.environ, TOUCHLINE_DB=str(db))
        baseline = cold_seconds([sys.executable, "-c", "pass"])
        command = [
            sys.executable,
            "-m",
            "touchline",
            "matches",
            "--club",
            "FC Augsburg",
            "--from",
            "2023-10-15",
            "--to",
            "2025-05-23",
        ]
        best = cold_seconds(command, env)
        print(
            f"`touchline matches --club 'FC Augsburg' ...` cold: {best:.3f} s "
            f"(bare `python -c pass`: {baseline:.3f} s, ratio {best / baseline:.1f}x)"
        )


if __name__ == "__main__":
    main()
