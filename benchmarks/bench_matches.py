"""Benchmark: a cold ``touchline matches --club "FC Augsburg"`` (every match of the club: 1,029 in the
whole corpus), and the terminal table it prints.

Prints, in the same run:

- the cold command, best of 3 fresh processes, against a cold ``python -c pass``: once as an
  installed package runs once used (from the bytecode Python keeps and the data files touchline keeps
  parsed), once compiling every module of the project and parsing every data file (as on a first use
  where ``PYTHONDONTWRITEBYTECODE`` is set, which this machine's environment does);
- the text table of the same report drawn by :mod:`touchline.render.grid` against rich's table (the
  renderer every text output used before), in this process, best of 5; the two must be equal (checked).

    python benchmarks/bench_matches.py [--store full.sqlite] [--club "FC Augsburg"]

Without --store the whole corpus is imported into a temporary store first (not timed). Target (issue
9): the cold command under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import print_cold

from touchline.api.importing import import_paths
from touchline.config import data_dir
from touchline.render import Report, visible
from touchline.render.formats import _rich_text, render_text
from touchline.store import open_store
from touchline.store.read import find_club, matches
from touchline.views.listing import matches_report


def best_of(runs: int, work: Callable[[], str]) -> tuple[float, str]:
    """The best wall time of ``runs`` calls of ``work``, and what it gave."""
    best, out = float("inf"), ""
    for _ in range(runs):
        start = time.perf_counter()
        out = work()
        best = min(best, time.perf_counter() - start)
    return best, out


def club_report(store_path: str, club: str) -> Report:
    """The report ``touchline matches --club CLUB`` prints."""
    with open_store(store_path, create=False) as store:
        found = find_club(store, club)
        return matches_report(matches(store, club=found.id), f"Matches of {found.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a store holding the whole corpus (default: import one first)")
    parser.add_argument("--club", default="FC Augsburg")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store_path = args.store
        if store_path is None:
            store_path = str(Path(tmp) / "bench.sqlite")
            print(f"importing {data_dir()} into a temporary store (not timed) ...", flush=True)
            with open_store(store_path) as store:
                import_paths(store, [data_dir()])
        env = dict(os.environ, TOUCHLINE_DB=store_path, COLUMNS="120")
        command = [sys.executable, "-m", "touchline", "matches", "--club", args.club]
        print_cold(f"touchline matches --club {args.club!r}", command, env)
        report = club_report(store_path, args.club)
        os.environ["COLUMNS"] = "120"
        columns = visible(report.columns, report.rows)
        name = next((c for c in columns if not c.numeric), None)
        drawn_s, drawn = best_of(5, lambda: render_text(report))
        rich_s, by_rich = best_of(5, lambda: _rich_text(report, columns, name, 120))
        if drawn != by_rich:
            raise SystemExit("the drawn table differs from rich's")
        print(
            f"text table of {len(report.rows)} matches, 120 columns: drawn {drawn_s * 1000:.0f} ms, rich "
            f"{rich_s * 1000:.0f} ms ({rich_s / drawn_s:.1f}x); identical output"
        )


if __name__ == "__main__":
    main()
