"""Benchmark: merging every competition-season several files hold (566 in the whole corpus), as the
import does (:func:`touchline.store.derive.merge_payload` on each season's payload), against the
code of the last commit.

The payloads are built from the store given by ``--store`` (not timed). The baseline is
``touchline/compute/agreement.py`` and ``touchline/store/derive.py`` as ``git show REV:...`` gives
them, loaded as modules of their own (the old ``merge_payload`` calling the old ``merge``). Prints
the CPU time (``time.process_time``, best of ``--runs``) of the baseline and of the current code, in
the same run, their ratio and this process's peak memory, and checks that every season's pickled
result is byte for byte the same.

    python benchmarks/bench_merge.py --store full.sqlite [--runs 3] [--rev bd3c511]

Target (issue 9): the current code at least 1.5x faster than the baseline.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path

from common import peak_mib

from touchline.store import derive, open_store

# the last commit before merging was made faster
BEFORE = "bd3c511"

ROOT = Path(__file__).resolve().parent.parent

# the competition-seasons two or more files hold (as ``derive._names_and_slots`` finds them)
SHARED = (
    "SELECT competition, season FROM file_nodes GROUP BY competition, season "
    "HAVING COUNT(DISTINCT file_id) > 1 ORDER BY competition, season"
)


def load_revision(rev: str, path: str, name: str) -> types.ModuleType:
    """A module built from ``path`` as revision ``rev`` of the repository holds it."""
    source = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True)
    module = types.ModuleType(name)
    module.__file__ = f"{rev}:{path}"
    sys.modules[name] = module  # dataclasses look their module up while the source runs
    exec(compile(source.stdout, module.__file__, "exec"), module.__dict__)
    return module


def baseline(rev: str) -> Callable[[bytes], bytes]:
    """``merge_payload`` of revision ``rev``, calling that revision's ``merge``."""
    agreement = load_revision(rev, "touchline/compute/agreement.py", "_baseline_agreement")
    old = load_revision(rev, "touchline/store/derive.py", "_baseline_derive")
    old.merge = agreement.merge  # type: ignore[attr-defined]
    old.SourceRow = agreement.SourceRow  # type: ignore[attr-defined]
    old.MergedMatch = agreement.MergedMatch  # type: ignore[attr-defined]
    function: Callable[[bytes], bytes] = old.merge_payload
    return function


def payloads(store_path: str) -> list[bytes]:
    """The payloads of every season several files hold, as the import builds them."""
    with open_store(store_path, create=False) as store:
        seasons = [(str(c), str(s)) for c, s in store.query(SHARED)]
        return derive._season_payloads(store, seasons, derive._ranks(store))


def best_cpu(runs: int, work: Callable[[bytes], bytes], loads: Sequence[bytes]) -> tuple[float, list[bytes]]:
    """The best CPU time of ``runs`` passes of ``work`` over ``loads``, and what the last pass gave."""
    best, out = float("inf"), []
    for _ in range(runs):
        start = time.process_time()
        out = [work(load) for load in loads]
        best = min(best, time.process_time() - start)
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a store holding the whole corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--rev", default=BEFORE, help=f"the revision to compare against (default {BEFORE}, before the change)"
    )
    args = parser.parse_args()
    old = baseline(args.rev)
    loads = payloads(args.store)
    rows = sum(len(pickle.loads(load)[4]) for load in loads)
    print(f"{len(loads)} seasons several files hold, {rows:,} rows")
    old_s, expected = best_cpu(args.runs, old, loads)
    new_s, got = best_cpu(args.runs, derive.merge_payload, loads)
    # alternate once more, so that neither side gains from running while the machine is quieter
    old_s = min(old_s, best_cpu(1, old, loads)[0])
    new_s = min(new_s, best_cpu(1, derive.merge_payload, loads)[0])
    differ = [i for i, (one, other) in enumerate(zip(expected, got, strict=True)) if one != other]
    own, _ = peak_mib()
    print(f"merge_payload CPU, best of {args.runs + 1}: {args.rev} {old_s:.3f} s, now {new_s:.3f} s")
    print(f"ratio {old_s / new_s:.2f}x; peak memory of this process {own:.0f} MiB")
    if differ:
        raise SystemExit(f"{len(differ)} seasons' pickled results differ, the first: season #{differ[0]}")
    print(f"all {len(got)} seasons' pickled results identical")


if __name__ == "__main__":
    main()
