"""What ``import syrtimeline`` costs, and what the first ``extract()`` then pays (issue 17).

    python benchmarks/bench_import.py                 # best of 7 fresh interpreters, each way
    python benchmarks/bench_import.py --runs 15 --top 20

Each run is a fresh interpreter (``-X importtime``). Two ways, because what an import costs depends
on whether Python may reuse the bytecode of the package's source:

- **source** (``PYTHONDONTWRITEBYTECODE=1`` and no cached bytecode, as in a fresh checkout whose
  environment forbids writing it): every module of the package is compiled from its source on
  every import, and that compilation, not the module's own work, is most of a large module's time;
- **cached** (the bytecode written once to a temporary folder, ``PYTHONPYCACHEPREFIX``, and read on
  the next runs; the repository is never written to): what an installed package costs.

For each way it prints the ``syrtimeline`` cumulative time (best of the runs and the median), the
modules with the most time of their own (best of the runs), which modules of the package and which
third-party packages the import loads, and the first ``extract()`` of a short text in a fresh
interpreter after the import (it builds the grammar and, since import41, loads the rules module).
Figures only: nothing asserts, and the target (``TARGET_IMPORT_MS``) is informational.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_IMPORT_MS = 150.0
FIRST_CALL = (
    "import time, datetime, syrtimeline as st\n"
    "day = datetime.date(2020, 3, 20)\n"
    "t = time.perf_counter()\n"
    "st.extract('قصفت الطائرات المدينة يوم الثلاثاء 17 آذار 2020 وفي الشهر الماضي', day)\n"
    "first = time.perf_counter() - t\n"
    "t = time.perf_counter()\n"
    "st.extract('قصفت الطائرات المدينة يوم الأربعاء 18 آذار 2020 وفي الشهر الماضي', day)\n"
    "print(first * 1000, (time.perf_counter() - t) * 1000)\n"
)
LOADED = (
    "import sys, syrtimeline\n"
    "print(' '.join(sorted(m for m in sys.modules if m.startswith('syrtimeline'))))\n"
    "print(' '.join(sorted(m for m in ('attrs', 'dateutil', 'hijridate', 'tomllib', 'rich', 'dask',"
    " 'pyarrow', 'numpy', 'hypothesis') if m in sys.modules)))\n"
)


def env_for(cache: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if cache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    return env


def import_runs(env: dict[str, str], runs: int) -> tuple[list[float], dict[str, float]]:
    """The cumulative ``syrtimeline`` times (ms) of *runs* imports, and each module's best own time."""
    totals: list[float] = []
    own: dict[str, float] = {}
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-X", "importtime", "-c", "import syrtimeline"],
                           cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        for line in p.stderr.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) != 3 or not parts[0].strip().isdigit():
                continue
            name = parts[2].strip()
            own[name] = min(own.get(name, float("inf")), int(parts[0]) / 1000)
            if parts[2].rstrip() == " syrtimeline":
                totals.append(int(parts[1]) / 1000)
    return totals, own


def first_calls(env: dict[str, str], runs: int) -> tuple[float, float]:
    """The best first and second ``extract()`` of a short text (ms) over *runs* fresh interpreters."""
    firsts: list[float] = []
    seconds: list[float] = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", FIRST_CALL], cwd=ROOT, env=env, capture_output=True,
                           text=True, check=True)
        a, b = p.stdout.split()
        firsts.append(float(a))
        seconds.append(float(b))
    return min(firsts), min(seconds)


def report(title: str, env: dict[str, str], runs: int, top: int) -> None:
    totals, own = import_runs(env, runs)
    first, second = first_calls(env, runs)
    loaded = subprocess.run([sys.executable, "-c", LOADED], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=True).stdout.splitlines()
    best = min(totals)
    verdict = "PASS" if best < TARGET_IMPORT_MS else "MISS"
    print(f"## {title}")
    print(f"import syrtimeline: best {best:.1f} ms, median {statistics.median(totals):.1f} ms "
          f"of {runs} (target < {TARGET_IMPORT_MS:g} ms: {verdict})")
    print(f"first extract() after the import: {first:.1f} ms (best of {runs}); the second: {second:.2f} ms")
    print(f"top {top} modules by their own time (best of the runs):")
    for name, ms in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {ms:7.2f} ms  {name}")
    print(f"package modules loaded: {loaded[0]}")
    print(f"third-party and optional packages loaded: {loaded[1] if len(loaded) > 1 else '(none)'}")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh interpreters per figure (best of them)")
    ap.add_argument("--top", type=int, default=12, help="how many modules to list by their own time")
    args = ap.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}\n")
    report("compiled from source (no bytecode cache)", env_for(None), args.runs, args.top)
    with tempfile.TemporaryDirectory(prefix="syrtimeline-pyc-") as cache:
        env = env_for(cache)
        subprocess.run([sys.executable, "-c", "import syrtimeline, syrtimeline.dates.rules"], cwd=ROOT,
                       env=env, check=True)  # write the bytecode once
        report("bytecode cached", env, args.runs, args.top)


if __name__ == "__main__":
    main()
