"""Benchmark: `touchline honours NAME`, a manager's honours over a whole career, against an earlier
revision's code in the same run.

The earlier revision (``--rev``, default the commit before honours were made faster) is checked out
into a temporary git worktree; each command runs as a fresh process (``python -m touchline``) with
that tree or this one first on ``PYTHONPATH``, on the same store (``--store``, a whole-corpus store with
the people files imported). Prints, for each manager, the best wall time of ``--runs`` runs of each side,
the ratio, whether both printed the same, and the peak memory of the largest run.

    python benchmarks/bench_honours.py --store full.sqlite [--runs 3] [--rev 526e4d2] [NAME ...]

Target: at least 1.5x faster than the baseline on each manager (stop 26).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import peak_mib

ROOT = Path(__file__).resolve().parent.parent
# the last commit before honours were made faster
BEFORE = "526e4d2"
NAMES = ("Ron Atkinson", "Alex Ferguson", "Cuca", "Roy Hodgson")


def run(tree: Path, store: str, name: str, runs: int) -> tuple[float, str]:
    """Best wall time of ``runs`` fresh processes printing ``name``'s honours with ``tree``'s code, and
    what the last printed."""
    env = dict(os.environ, PYTHONPATH=str(tree), COLUMNS="120")
    args = [sys.executable, "-m", "touchline", "honours", name, "--db", store]
    best, out = float("inf"), ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(args, check=True, capture_output=True, text=True, env=env, cwd=tree)
        best = min(best, time.perf_counter() - start)
        out = done.stdout
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a whole-corpus store with the people files imported")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rev", default=BEFORE, help=f"the revision to compare against (default {BEFORE})")
    parser.add_argument("names", nargs="*", default=list(NAMES))
    args = parser.parse_args()
    store = str(Path(args.store).resolve())
    with tempfile.TemporaryDirectory() as scratch:
        old_tree = Path(scratch) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(old_tree), args.rev], cwd=ROOT, check=True)
        try:
            worst = float("inf")
            for name in args.names:
                old_s, old_out = run(old_tree, store, name, args.runs)
                new_s, new_out = run(ROOT, store, name, args.runs)
                worst = min(worst, old_s / new_s)
                same = "same output" if old_out == new_out else "output differs"
                print(f"{name}: {args.rev} {old_s:.2f} s, now {new_s:.2f} s, ratio {old_s / new_s:.2f}x ({same})")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old_tree)], cwd=ROOT, check=False)
    _, child = peak_mib()
    print(f"smallest ratio {worst:.2f}x (target >= 1.5x); peak memory of the largest run {child:.0f} MiB")


if __name__ == "__main__":
    main()
