"""What the benchmark scripts share: timing a fresh process, and peak memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cold_seconds(args: list[str], env: dict[str, str] | None = None, runs: int = 3, *, bytecode: bool = True) -> float:
    """Best wall time of ``runs`` fresh processes running ``args``.

    ``bytecode``: as an installed package runs once it has been used, from the bytecode Python keeps of
    each module and the data files touchline keeps parsed (both written by one run before the timed
    ones, into folders of their own: ``PYTHONPYCACHEPREFIX``, ``TOUCHLINE_CACHE``); otherwise compiling
    every module of the project and parsing every data file in every run, as on a first use where
    ``PYTHONDONTWRITEBYTECODE`` is set (this machine's environment sets it)."""
    settings = dict(os.environ if env is None else env)
    with tempfile.TemporaryDirectory() as cache:
        if bytecode:
            settings.pop("PYTHONDONTWRITEBYTECODE", None)
            settings["PYTHONPYCACHEPREFIX"] = cache
            settings["TOUCHLINE_CACHE"] = str(Path(cache) / "touchline")
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=settings)
        else:
            settings["PYTHONDONTWRITEBYTECODE"] = "1"
            settings.pop("PYTHONPYCACHEPREFIX", None)
            settings["TOUCHLINE_CACHE"] = ""
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=settings)
            best = min(best, time.perf_counter() - start)
    return best


def print_cold(label: str, args: list[str], env: dict[str, str]) -> None:
    """Print the cold wall time of ``args`` against a cold ``python -c pass``, both with bytecode and
    parsed data kept and compiling every module, parsing every data file (see :func:`cold_seconds`)."""
    ways = ((True, "with bytecode and parsed data kept"), (False, "compiling every module, parsing all data"))
    for bytecode, how in ways:
        bare = cold_seconds([sys.executable, "-c", "pass"], env, bytecode=bytecode)
        cold = cold_seconds(args, env, bytecode=bytecode)
        print(f"`{label}` cold, {how}: {cold:.3f} s (bare `python -c pass`: {bare:.3f} s, ratio {cold / bare:.1f}x)")


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
