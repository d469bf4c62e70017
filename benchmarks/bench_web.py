"""Benchmark: ``touchline serve`` under load, with ``wrk`` on loopback.

Starts the server (uvicorn, one process, as ``touchline serve`` runs it) over a store holding the focused
data and the people files, asks each page once (so that it is computed and kept), then runs ``wrk`` for a
bounded time against:

1. the manager page (``/managers/jess-thorup``, with its honours): target at least 300 requests/s, p99 under 100 ms, no
   errors, on a 2-core machine with ``wrk`` on the same machine;
2. a table page (``/competitions/de.1/2023-24?as_of=2023-10-14``) and a cup season's page with its
   bracket and ties (``/competitions/be.cup/2018-19``);
3. baseline, same run and server: a static file (``/static/style.css``), the fastest thing it serves.

Prints requests per second, p50 and p99 latency, errors (socket errors and non-2xx answers), the ratio
to the baseline, and the server's peak resident memory (``VmHWM``).

    python benchmarks/bench_web.py [--db STORE] [--duration 10] [--connections 16] [--threads 2]

Without ``--db`` it builds the focused store in a temporary folder first (about 10 s, not timed). Needs
Debian's ``wrk`` (``apt-get install wrk``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from touchline.config import PROJECT_ROOT, data_dir

PAGES = (
    ("manager page", "/managers/jess-thorup", True),
    ("table page", "/competitions/de.1/2023-24?as_of=2023-10-14", False),
    ("cup page (bracket)", "/competitions/be.cup/2018-19", False),
    ("static file (baseline)", "/static/style.css", False),
)
TARGET_RPS = 300.0
TARGET_P99_MS = 100.0


@dataclass(frozen=True, slots=True)
class Load:
    """What one wrk run measured."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def build_store(folder: Path) -> str:
    """The focused store (all of the data folder but the 1.1M-match cache) with the people whose every
    club it holds (as tests/conftest.py's focused store: the others name clubs of the whole corpus)."""
    from touchline.api.importing import import_paths
    from touchline.api.people import import_people
    from touchline.store import open_store

    path = folder / "focused.sqlite"
    with open_store(path) as store:
        summary = import_paths(store, [data_dir()], exclude=["worldfootball-cache-full"])
        assert summary.ok, summary.errors[:3]
        people = PROJECT_ROOT / "touchline" / "data" / "people"
        names = ("christian-streich", "jess-thorup", "juergen-klopp", "ole-gunnar-solskjaer")
        import_people(store, [people / f"{name}.toml" for name in names])
    return str(path)


def free_port() -> int:
    """A free TCP port on the loopback address."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(base: str, server: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    """Wait until the server answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/static/style.css", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start in time")


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)(us|ms|s)", text.strip()).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def parse_wrk(output: str) -> Load:
    """The figures of wrk's ``--latency`` report."""
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = 0
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if sockets:
        errors += sum(int(g) for g in sockets.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    return Load(rps, p50, p99, requests, errors)


def run_wrk(url: str, duration: int, connections: int, threads: int) -> Load:
    """One bounded wrk run against ``url`` (loopback only)."""
    assert url.startswith("http://127.0.0.1:"), url
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 30,
    )
    return parse_wrk(result.stdout)


def peak_rss_mib(pid: int) -> float:
    """The peak resident memory of a running process (Linux ``VmHWM``), in MiB."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else float("nan")


def main() -> int:
    """Run the benchmark and print its figures; exit code 1 when the manager page misses a target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--db", help="the store to serve (default: build the focused store)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="open connections (default 16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or build_store(Path(folder))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        server = subprocess.Popen(
            [sys.executable, "-m", "touchline", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_ready(base, server)
            warm = {}
            for _, path, _ in PAGES:
                start = time.perf_counter()
                with urllib.request.urlopen(base + path, timeout=60) as response:
                    response.read()
                warm[path] = time.perf_counter() - start
            results = {
                path: run_wrk(base + path, args.duration, args.connections, args.threads) for _, path, _ in PAGES
            }
            memory = peak_rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait(10)
    baseline = results[PAGES[-1][1]]
    print(f"touchline serve under wrk: {args.threads} threads, {args.connections} connections, {args.duration} s each")
    print(f"{'page':<24} {'first (ms)':>10} {'req/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'vs static':>9}")
    ok = True
    for label, path, targeted in PAGES:
        load = results[path]
        ratio = load.requests_per_second / baseline.requests_per_second if baseline.requests_per_second else 0.0
        print(
            f"{label:<24} {warm[path] * 1000:>10.0f} {load.requests_per_second:>9.0f} {load.p50_ms:>7.1f} "
            f"{load.p99_ms:>7.1f} {load.errors:>6} {ratio:>8.2f}x"
        )
        if targeted:
            ok = load.requests_per_second >= TARGET_RPS and load.p99_ms < TARGET_P99_MS and load.errors == 0
    print(f"server peak memory: {memory:.0f} MiB")
    verdict = "met" if ok else "MISSED"
    print(f"target (manager page: >= {TARGET_RPS:.0f} req/s, p99 < {TARGET_P99_MS:.0f} ms, 0 errors): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
