"""How fast the Football.TXT reader reads the whole worldfootball cache (5,155 files, 1.1M matches).

Prints wall time, matches per second and peak memory for the reader, and how it compares with two
floors measured in the same run over the same files:

- read: read every file (``read_text``) and split it into lines, doing nothing with them;
- regex: the same plus one precompiled regular expression matched against every line.

Run ``python benchmarks/bench_parse.py`` (one process, then two worker processes over the files);
``--processes 1`` skips the parallel run, ``--plain-match`` builds matches with ``Match(...)`` instead
of the reader's fast builder, ``--keep`` holds every match in memory as a caller that collects them
would. The ratios are printed, never asserted: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from touchline.config import data_dir
from touchline.model import Match
from touchline.sources import footballtxt, read_text

CORPUS = "worldfootball-cache-full"


def corpus_files(root: Path) -> list[Path]:
    """Every Football.TXT file of the corpus (its README.md and NOTES.md are not data)."""
    return sorted(root.rglob("*.txt"))


def floor_read(paths: Sequence[Path]) -> int:
    """Read and split every file; the number of lines."""
    lines = 0
    for path in paths:
        for _ in read_text(path).splitlines():
            lines += 1
    return lines


# one regular expression per line: the reader's own style A match line pattern
_LINE = re.compile(footballtxt._MATCH_A.pattern)


def floor_regex(paths: Sequence[Path]) -> int:
    """Read, split and match one regex against every line; the number of lines it matched."""
    matched = 0
    match = _LINE.match
    for path in paths:
        for line in read_text(path).splitlines():
            if match(line) is not None:
                matched += 1
    return matched


def parse_files(paths: Sequence[Path], keep: bool = False, plain: bool = False) -> int:
    """Parse every file with the reader; the number of matches."""
    if plain:
        footballtxt.FAST_BUILD = False
    kept: list[Match] = []
    count = 0
    for path in paths:
        if keep:
            kept.extend(footballtxt.read(path))
        else:
            for _ in footballtxt.read(path):
                count += 1
    return len(kept) if keep else count


def _parse_chunk(args: tuple[list[str], bool]) -> int:
    paths, plain = args
    return parse_files([Path(p) for p in paths], plain=plain)


def parse_parallel(paths: Sequence[Path], processes: int, plain: bool = False) -> int:
    """Parse the files in worker processes, big files dealt out round-robin so the loads even out."""
    by_size = sorted(paths, key=lambda p: p.stat().st_size, reverse=True)
    chunks = [[str(p) for p in by_size[i::processes]] for i in range(processes)]
    with ProcessPoolExecutor(max_workers=processes) as pool:
        return sum(pool.map(_parse_chunk, [(chunk, plain) for chunk in chunks]))


def timed(label: str, run: Callable[[], int]) -> float:
    """Run once, print and return the wall time."""
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:7.2f} s   ({result:,})")
    return seconds


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: Sequence[str] | None = None) -> None:
    """Measure the floors and the reader; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=data_dir() / CORPUS, help="the corpus folder")
    parser.add_argument("--processes", type=int, default=2, help="worker processes for the parallel run")
    parser.add_argument("--plain-match", action="store_true", help="build matches with Match(...)")
    parser.add_argument("--keep", action="store_true", help="keep every match in memory")
    args = parser.parse_args(argv)

    paths = corpus_files(args.data)
    size = sum(p.stat().st_size for p in paths) / 1e6
    builder = "Match(...)" if args.plain_match or not footballtxt.FAST_BUILD else "the fast builder"
    print(f"{len(paths):,} files, {size:.1f} MB under {args.data}; building matches with {builder}")
    read_s = timed("floor (a): read + split lines", lambda: floor_read(paths))
    regex_s = timed("floor (b): + one regex per line", lambda: floor_regex(paths))
    counted = 0

    def run() -> int:
        nonlocal counted
        counted = parse_files(paths, keep=args.keep, plain=args.plain_match)
        return counted

    parse_s = timed("reader, 1 process", run)
    print(f"  {counted / parse_s:,.0f} matches/s; peak memory {peak_mib():.0f} MiB (this process, ru_maxrss)")
    print(f"  ratio to floor (a) {parse_s / read_s:.2f}x, to floor (b) {parse_s / regex_s:.2f}x")
    if args.processes > 1:
        workers = min(args.processes, os.cpu_count() or 1)
        par_s = timed(f"reader, {workers} processes", lambda: parse_parallel(paths, workers, args.plain_match))
        peak = peak_mib(resource.RUSAGE_CHILDREN)
        print(f"  {counted / par_s:,.0f} matches/s; peak memory {peak:.0f} MiB (largest worker)")
        print(f"  ratio to floor (a) {par_s / read_s:.2f}x, to floor (b) {par_s / regex_s:.2f}x")


if __name__ == "__main__":
    main()
