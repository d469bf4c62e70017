"""Benchmark: league tables over the whole worldfootball corpus, against a pandas groupby baseline.

1. Every final table of every competition-season of ``worldfootball-cache-full/`` (5,155 files): for
   each competition-season, the regular-season table and the table of every further stage (championship
   and relegation rounds, play-off groups, Apertura/Clausura; knock-out stages too, as the baseline
   groups them), each in full, home and away, under its competition's rules. Target: over 20,000
   tables in under 10 s. Baseline, same run: one pandas groupby per venue over all those tables at once
   (points, then goal difference, then goals; no rules), on a DataFrame built beforehand (not timed).
2. One table at an arbitrary date on a store holding the whole corpus: read the competition-season
   from the SQLite store and rank it as of a random date. Target: under 5 ms. Baseline, same run:
   filter the whole-corpus DataFrame to the competition-season and date, group and sort.

Parsing the corpus is not timed (``bench_import.py`` times it). Where R and its engsoccerdata package
are installed, engsoccerdata's own ``maketable`` is timed in the same run (ms per table, measured
inside R); where they are not, no R figure is printed.

    python benchmarks/bench_tables.py [--corpus PATH] [--store DB] [--samples N] [--no-store]

Prints wall times, tables per second, peak memory (``resource.getrusage``) and the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pandas as pd

from touchline.compute.tables import LeagueTable, league_table, season_tables
from touchline.config import data_dir
from touchline.model import Match
from touchline.reference.rules import rules_for
from touchline.sources import footballtxt

Season = tuple[str, str]


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(corpus: Path) -> dict[Season, list[Match]]:
    """Every match of the corpus, by (competition, season)."""
    seasons: dict[Season, list[Match]] = {}
    for path in sorted(corpus.rglob("*.txt")):
        for match in footballtxt.read(path, errors=[]):
            seasons.setdefault((match.competition, match.season), []).append(match)
    return seasons


def all_tables(seasons: dict[Season, list[Match]]) -> list[LeagueTable]:
    """Part 1: every final table, full, home and away (see the module docstring)."""
    tables: list[LeagueTable] = []
    for (code, season), matches in seasons.items():
        tables.extend(season_tables(matches, rules_for(code, season), venues=("all", "home", "away"), knockout=True))
    return tables


def frame(seasons: dict[Season, list[Match]]) -> pd.DataFrame:
    """One row per club per counted match (two per match), for the pandas baseline."""
    columns: dict[str, list[object]] = {
        k: [] for k in ("competition", "season", "stage", "date", "club", "home", "gf", "ga")
    }
    for (code, season), matches in seasons.items():
        for m in matches:
            score = m.final
            if score is None or not m.counts:
                continue
            for club, home, gf, ga in (
                (m.home, True, score.home, score.away),
                (m.away, False, score.away, score.home),
            ):
                columns["competition"].append(code)
                columns["season"].append(season)
                columns["stage"].append(m.stage or "")
                columns["date"].append(m.date)
                columns["club"].append(club)
                columns["home"].append(home)
                columns["gf"].append(gf)
                columns["ga"].append(ga)
    df = pd.DataFrame(columns)
    df["date"] = pd.to_datetime(df["date"])
    for name in ("competition", "season", "stage", "club"):
        df[name] = df[name].astype("category")
    return df


def pandas_tables(df: pd.DataFrame) -> int:
    """Baseline for part 1: full, home and away tables of every stage in three groupbys; returns the count."""
    df = df.assign(
        won=(df["gf"] > df["ga"]).astype("int32"),
        drawn=(df["gf"] == df["ga"]).astype("int32"),
        lost=(df["gf"] < df["ga"]).astype("int32"),
    )
    count = 0
    for subset in (df, df[df["home"]], df[~df["home"]]):
        table = (
            subset.groupby(["competition", "season", "stage", "club"], observed=True)[
                ["won", "drawn", "lost", "gf", "ga"]
            ]
            .sum()
            .reset_index()
        )
        table["points"] = 3 * table["won"] + table["drawn"]
        table["gd"] = table["gf"] - table["ga"]
        table = table.sort_values(
            ["competition", "season", "stage", "points", "gd", "gf"],
            ascending=[True, True, True, False, False, False],
        )
        table["position"] = table.groupby(["competition", "season", "stage"], observed=True).cumcount() + 1
        count += table.groupby(["competition", "season", "stage"], observed=True).ngroups
    return count


def pandas_one(df: pd.DataFrame, code: str, season: str, date: dt.date) -> pd.DataFrame:
    """Baseline for part 2: one table at a date."""
    part = df[(df["competition"] == code) & (df["season"] == season) & (df["date"] <= pd.Timestamp(date))]
    part = part.assign(won=part["gf"] > part["ga"], drawn=part["gf"] == part["ga"], lost=part["gf"] < part["ga"])
    table = part.groupby("club", observed=True)[["won", "drawn", "lost", "gf", "ga"]].sum()
    table["points"] = 3 * table["won"] + table["drawn"]
    table["gd"] = table["gf"] - table["ga"]
    return table.sort_values(["points", "gd", "gf"], ascending=False)


T = TypeVar("T")


def timed(function: Callable[[], T]) -> tuple[float, T]:
    """Seconds a call takes, and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


Reader = Callable[[str, str], list[Match]]


def store_readers(corpus: Path, db: Path | None) -> tuple[Reader, Reader, str]:
    """Two ways to read one competition-season from a SQLite store of the whole corpus: the store's
    ``read.matches`` (complete matches, sources and all) and ``read.season_matches`` (what tables use)."""
    from touchline.api.importing import import_paths
    from touchline.store import open_store
    from touchline.store.read import matches as stored_matches
    from touchline.store.read import season_matches

    if db is not None and db.exists():
        store = open_store(db, create=False)
        label = f"store {db}"
    else:
        path = db or Path(tempfile.mkdtemp()) / "bench-tables.sqlite"
        store = open_store(path)
        seconds, _ = timed(lambda: import_paths(store, [corpus]))
        label = f"store {path} (imported in {seconds:.1f} s)"

    def read(code: str, season: str) -> list[Match]:
        return stored_matches(store, competitions=[code], season=season)

    def lean(code: str, season: str) -> list[Match]:
        return season_matches(store, code, season)

    return read, lean, label


def samples(seasons: dict[Season, list[Match]], n: int) -> list[tuple[str, str, dt.date]]:
    """``n`` random (competition, season, date) picks among league seasons with at least 100 matches."""
    rng = random.Random(4)
    pool = [key for key, matches in seasons.items() if len(matches) >= 100 and any(m.counts for m in matches)]
    picks = []
    for _ in range(n):
        code, season = rng.choice(pool)
        dates = sorted({m.date for m in seasons[(code, season)] if m.counts})
        picks.append((code, season, rng.choice(dates)))
    return picks


def per_call(function: Callable[[str, str, dt.date], object], picks: Sequence[tuple[str, str, dt.date]]) -> list[float]:
    times = []
    for code, season, date in picks:
        start = time.perf_counter()
        function(code, season, date)
        times.append(time.perf_counter() - start)
    return times


def read_and_rank(reader: Reader, picks: Sequence[tuple[str, str, dt.date]]) -> tuple[list[float], list[float]]:
    """Seconds to read each pick's competition-season, and to rank it at the pick's date."""
    reads: list[float] = []
    ranks: list[float] = []
    for code, season, date in picks:
        start = time.perf_counter()
        matches = reader(code, season)
        middle = time.perf_counter()
        league_table(matches, rules_for(code, season), as_of=date)
        reads.append(middle - start)
        ranks.append(time.perf_counter() - middle)
    return reads, ranks


def describe(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    median = statistics.median(ordered)
    return f"median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms"


R_TIMING = """
suppressMessages(library(engsoccerdata))
seasons <- 1960:2015
elapsed <- system.time(for (s in seasons) engsoccerdata::maketable(engsoccerdata::england, Season = s, tier = 1))
cat(1000 * elapsed[["elapsed"]] / length(seasons))
"""


def r_maketable_ms() -> float | None:
    """Milliseconds per table of engsoccerdata's ``maketable`` (England's top flight, 1960-2015), timed
    inside R; ``None`` when R or the engsoccerdata package is missing (CRAN is not reachable here)."""
    import shutil
    import subprocess

    rscript = shutil.which("Rscript")
    if rscript is None:
        return None
    done = subprocess.run([rscript, "-e", R_TIMING], capture_output=True, text=True, timeout=600, check=False)
    try:
        return float(done.stdout.strip()) if done.returncode == 0 else None
    except ValueError:
        return None


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=data_dir() / "worldfootball-cache-full")
    parser.add_argument("--store", type=Path, help="SQLite store of the corpus (imported there if missing)")
    parser.add_argument("--samples", type=int, default=300, help="tables at a random date to time")
    parser.add_argument("--no-store", action="store_true", help="part 2 from memory, without a store")
    args = parser.parse_args()

    load_s, seasons = timed(lambda: load(args.corpus))
    matches = sum(len(m) for m in seasons.values())
    print(f"corpus: {len(seasons)} competition-seasons, {matches:,} matches (parsed in {load_s:.1f} s, not timed)")
    print(f"peak memory after parsing: {peak_mib():.0f} MiB")

    # part 1
    ours_s, tables = timed(lambda: all_tables(seasons))
    count = len(tables)
    print(
        f"\n1. every final table: {count:,} tables in {ours_s:.2f} s ({count / ours_s:,.0f} tables/s, "
        f"{ours_s / count * 1000:.3f} ms per table)"
    )
    build_s, df = timed(lambda: frame(seasons))
    base_s, base_count = timed(lambda: pandas_tables(df))
    print(
        f"   pandas groupby baseline: {base_count:,} tables in {base_s:.2f} s "
        f"({base_count / base_s:,.0f} tables/s;"
        f" DataFrame of {len(df):,} rows built beforehand in {build_s:.1f} s)"
    )
    print(
        f"   ratio touchline / pandas: {ours_s / base_s:.2f}x wall time "
        f"({(ours_s / count) / (base_s / base_count):.2f}x per table)"
    )
    r_ms = r_maketable_ms()
    if r_ms is None:
        print("   engsoccerdata's R maketable: R or its engsoccerdata package is not installed, no R figure")
    else:
        print(
            f"   engsoccerdata's R maketable, same run: {r_ms:.2f} ms per table ({ours_s / count * 1000 / r_ms:.2f}x)"
        )
    print(f"   peak memory: {peak_mib():.0f} MiB")

    # part 2. The parsed corpus and the DataFrame stay in memory for the baseline: freeze them so that
    # the garbage collector does not walk a million matches on every collection, as a process that
    # only reads the store would not have them (both sides get the same treatment)
    gc.collect()
    gc.freeze()
    picks = samples(seasons, args.samples)
    readers: list[tuple[str, Reader]] = []
    if args.no_store:
        readers.append(("in-memory lists (--no-store)", lambda code, season: seasons[(code, season)]))
    else:
        read, lean, label = store_readers(args.corpus, args.store)
        readers.append((f"{label}, store.read.matches", read))
        readers.append((f"{label}, read.season_matches (the table command's read)", lean))
    theirs = per_call(lambda c, s, d: pandas_one(df, c, s, d), picks)
    print(f"\n2. one table at a random date, {len(picks)} samples")
    print(f"   pandas baseline (filter whole-corpus frame + groupby): {describe(theirs)}")
    for label, reader in readers:
        reader(*picks[0][:2])  # warm caches (rules files, SQLite pages)
        reads, ranks = read_and_rank(reader, picks)
        total = [r + k for r, k in zip(reads, ranks, strict=True)]
        print(f"   touchline, read from {label}:")
        print(f"     read + rank: {describe(total)}")
        print(f"     read alone: {describe(reads)}; rank alone: {describe(ranks)}")
        print(f"     ratio touchline / pandas (median): {statistics.median(total) / statistics.median(theirs):.2f}x")
    print(f"   peak memory: {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
