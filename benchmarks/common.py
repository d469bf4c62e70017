"""What the benchmark scripts share: timing a fresh process, and peak memory."""

from __future__ import annotations

import resource
import subprocess
import time
from pathlib import Path


def cold_seconds(args: list[str], env: dict[str, str] | None = None, runs: int = 3) -> float:
    """Best wall time of ``runs`` fresh processes running ``args``."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def peak_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def reset_peak() -> bool:
    """Start this process's peak memory afresh (Linux 4.0+: ``/proc/self/clear_refs``), so that
    :func:`peak_mib` gives the peak of what follows; False where it cannot (the peak then counts
    everything the process did before)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True
