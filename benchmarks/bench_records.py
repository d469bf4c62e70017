"""Benchmark: records of 10,000 synthetic spells over the whole worldfootball corpus.

Random clubs (among those with at least 20 matches) and random date windows inside each club's span
of matches. Counted two ways in the same run, on the same spells:

- touchline: :func:`touchline.store.records.window_records`, one grouped query for all windows;
- baseline: a naive loop, one :func:`touchline.store.read.matches` query per spell and
  :func:`touchline.compute.records.record` over its matches.

Both must give the same records (checked). Then times ``touchline manager "Jess Thorup"`` from a cold
process on a store of the focused data sets, against a cold ``python -c pass``.

    python benchmarks/bench_records.py [--store full.sqlite] [--spells 10000] [--seed 1]

Without --store the corpus is imported into a temporary store first (not timed). Targets (issue 3):
10,000 spells under 2 s; `touchline manager` under 1 s cold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from common import cold_seconds, peak_mib

from touchline.api.importing import import_paths
from touchline.api.people import import_people
from touchline.compute.records import record
from touchline.config import PROJECT_ROOT, data_dir
from touchline.store import Store, open_store
from touchline.store.read import matches
from touchline.store.records import window_records


def spells(store: Store, count: int, seed: int) -> list[tuple[str, dt.date, dt.date]]:
    """``count`` random (club, first, last) windows inside clubs' spans of matches."""
    clubs = store.query(
        "SELECT club, MIN(date), MAX(date) FROM (SELECT home_id AS club, date FROM matches UNION ALL "
        "SELECT away_id, date FROM matches) AS sides GROUP BY club HAVING COUNT(*) >= 20"
    )
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        club, first, last = rng.choice(clubs)
        low, high = Store.to_date(first), Store.to_date(last)
        start = low + dt.timedelta(days=rng.randrange(max(1, (high - low).days)))
        out.append((club, start, min(high, start + dt.timedelta(days=rng.randrange(30, 1500)))))
    return out


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a store holding worldfootball-cache-full (else one is built)")
    parser.add_argument("--spells", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data = data_dir()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store
        if path is None:
            path = Path(tmp) / "full.sqlite"
            with open_store(path) as store:
                import_paths(store, [data / "worldfootball-cache-full"])
        with open_store(path, create=False) as store:
            count = int(store.scalar("SELECT COUNT(*) FROM matches"))
            windows = spells(store, args.spells, args.seed)
            print(f"store: {count} matches; {len(windows)} random spells")

            start = time.perf_counter()
            fast = window_records(store, windows)
            fast_s = time.perf_counter() - start

            start = time.perf_counter()
            naive = [record(matches(store, club=c, date_from=a, date_to=b), c) for c, a, b in windows]
            naive_s = time.perf_counter() - start
        assert fast == naive, "the two ways of counting disagree"
        games = sum(r.played for r in fast)
        print(f"touchline (one grouped query): {fast_s:.2f} s  ({len(windows) / fast_s:,.0f} spells/s, {games} games)")
        print(f"baseline (query per spell):    {naive_s:.2f} s  ({len(windows) / naive_s:,.0f} spells/s)")
        print(f"ratio baseline / touchline: {naive_s / fast_s:.1f}x; records identical")
        print(f"peak memory: {peak_mib()[0]:.0f} MiB")

        focused = Path(tmp) / "focused.sqlite"
        with open_store(focused) as store:
            import_paths(store, [data], exclude=["worldfootball-cache-full"])
            # the one person timed (the others name clubs of the whole corpus, which this store lacks)
            import_people(store, [PROJECT_ROOT / "touchline" / "data" / "people" / "jess-thorup.toml"])
        env = dict(os.environ, TOUCHLINE_DB=str(focused))
        manager = cold_seconds([sys.executable, "-m", "touchline", "manager", "Jess Thorup"], env)
        bare = cold_seconds([sys.executable, "-c", "pass"], env)
        print(
            f'`touchline manager "Jess Thorup"` cold: {manager:.2f} s (bare python: {bare:.2f} s, '
            f"ratio {manager / bare:.1f}x)"
        )


if __name__ == "__main__":
    main()
