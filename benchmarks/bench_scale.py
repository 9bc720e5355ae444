"""Throughput and memory of `syrtimeline process` at scale: --jobs 1, --jobs 2 and a Dask LocalCluster(2).

    python benchmarks/bench_scale.py                 # 50 MB and 500 MB corpora (long: tens of minutes)
    python benchmarks/bench_scale.py --sizes 50      # one size
    python benchmarks/bench_scale.py --sizes 50 5000 --runs jobs2   # an archive: 5 GB (hours)
    python benchmarks/bench_scale.py --small         # a 2 MB sanity run (a minute)

For each size the script writes a deterministic (seeded) JSON Lines corpus — the generator of
bench_extract.py: seed sentences recombined with dates in every style, relative expressions, counts and
noise, each article with its own outlet and publication date — and runs, each in a fresh child process,

    syrtimeline process CORPUS --out DIR --jobs 1          (Parquet output)
    syrtimeline process CORPUS --out DIR --jobs 2
    syrtimeline process CORPUS --out DIR --scheduler local --workers 2

It reports wall time, MB/s and articles/s, the speed-up over --jobs 1, and memory: the peak of the summed
RSS of the whole process tree (sampled every 0.1 s) and the peak RSS of its largest process. It checks
that the three runs wrote the same tables and timeline. Beside them, in the same run and on the same
corpus, it times date extraction alone (``syrtimeline.dates.extract`` of every article's text against
its publication date, in one fresh process: wall and CPU seconds) and prints each run's MB/s as a share
of that (a run on N processes against N times the one-process figure), so the ratio holds under load
that moves both. Targets (informational, nothing asserts): two processes >= 1.7x one; the Dask
LocalCluster within 1.3x of --jobs 2; peak RSS at the larger size within 1.5x of that at the smaller;
--jobs 1 at >= 50 % of date extraction alone.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

MB = 1_000_000
TARGET_JOBS2 = 1.7
TARGET_DASK = 1.3
TARGET_RSS = 1.5
TARGET_DATES = 0.5  # --jobs 1 end to end against date extraction alone
OUTLETS = ("عنب بلدي", "راديو الكل", "سيريانيوز", "مرصد مينا", "تلفزيون سوريا", "الشرق الأوسط", "سانا")


def write_corpus(path: Path, size_mb: float, seed: int) -> tuple[int, int]:
    """A JSON Lines corpus of at least *size_mb* MB of text; returns (articles, bytes on disk)."""
    from bench_extract import Generator, load_seeds

    rng = random.Random(seed)
    gen = Generator(load_seeds(), rng)
    target = int(size_mb * MB)
    n = total = 0
    with path.open("w", encoding="utf-8") as fh:
        while total < target:
            a = gen.article(n)
            pub = a.published.isoformat() if a.published is not None else None
            row = {"id": a.name, "text": a.text, "published": pub, "outlet": rng.choice(OUTLETS),
                   "url": f"https://example.org/{a.name}"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            total += len(a.text.encode("utf-8"))
            n += 1
    return n, path.stat().st_size


def size_of_texts(corpus: Path) -> float:
    """MB of the articles' texts (UTF-8): what both date extraction and `process` read."""
    total = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            total += len(json.loads(line)["text"].encode("utf-8"))
    return total / MB


def run(label: str, corpus: Path, out: Path, extra: Sequence[str]) -> dict[str, Any]:
    """One `process` run in a child process: wall time and memory of its process tree."""
    import psutil

    cmd = [sys.executable, "-m", "syrtimeline.pipeline.command", "process", str(corpus), "--out", str(out),
           "--quiet", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    peak_sum = peak_one = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            rss = []
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    rss.append(p.memory_info().rss)
            peak_sum = max(peak_sum, sum(rss))
            peak_one = max(peak_one, max(rss, default=0))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the tree's processes, reaped
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{label} failed ({proc.returncode}):\n{err}")
    return {"label": label, "seconds": seconds, "cpu": cpu, "peak_sum": peak_sum, "peak_one": peak_one,
            "out": out}


_DATES = """
import datetime as dt, json, sys, time
from syrtimeline.dates import extract
n = chars = 0
wall, cpu = time.perf_counter(), time.process_time()
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        row = json.loads(line)
        published = row.get("published")
        extract(row["text"], dt.datetime.fromisoformat(published) if published else None)
        n += 1
print(json.dumps({"articles": n, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
"""


def dates_only(corpus: Path) -> dict[str, float]:
    """Date extraction alone over the corpus (its texts against their publication dates), in one
    fresh process: wall and CPU seconds, reading the JSON Lines included."""
    done = subprocess.run([sys.executable, "-c", _DATES, str(corpus)], check=True, capture_output=True,
                          text=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


_SPIN = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(20_000_000):\n    x += i\n" \
        "print(time.perf_counter() - t)"


def capacity() -> float:
    """How much faster two CPU-bound processes finish together than one after the other."""
    def spin(n: int) -> float:
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _SPIN], stdout=subprocess.DEVNULL) for _ in range(n)]
        for p in procs:
            p.wait()
        return time.perf_counter() - start

    return 2 * spin(1) / spin(2)


def same_output(a: Path, b: Path) -> bool:
    import pyarrow.parquet as pq

    for name in ("timeline.json", "errors.jsonl"):
        if (a / name).read_bytes() != (b / name).read_bytes():
            return False
    return all(pq.read_table(a / f"{t}.parquet").equals(pq.read_table(b / f"{t}.parquet"))
               for t in ("mentions", "events", "articles"))


def counts(out: Path) -> tuple[int, int, int]:
    import pyarrow.parquet as pq

    arts = pq.read_metadata(out / "articles.parquet").num_rows
    ments = pq.read_metadata(out / "mentions.parquet").num_rows
    events = len(json.loads((out / "timeline.json").read_text(encoding="utf-8"))["events"])
    return arts, ments, events


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[50.0, 500.0], help="corpus sizes in MB")
    ap.add_argument("--small", action="store_true", help="a quick sanity run: one 2 MB corpus")
    ap.add_argument("--seed", type=int, default=20211218)
    ap.add_argument("--keep", type=Path, default=None, help="keep corpora and outputs in this folder")
    ap.add_argument("--runs", nargs="+", choices=("jobs1", "jobs2", "dask"),
                    default=["jobs1", "jobs2", "dask"], help="which runs to make (default: all three)")
    ap.add_argument("--no-dates", action="store_true", help="skip timing date extraction alone")
    args = ap.parse_args(argv)
    sizes = [2.0] if args.small else args.sizes
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"# bench_scale: {platform.platform()}, nproc {os.cpu_count()}, "
          f"CPython {platform.python_version()}")
    print(f"# parallel capacity: two CPU-bound processes at once run {capacity():.2f}x as fast as one "
          f"(2.00 on two idle cores); load average {os.getloadavg()[0]:.2f}", flush=True)
    results: dict[float, list[dict[str, Any]]] = {}
    dates_mbps: dict[float, dict[str, float]] = {}
    try:
        for size in sizes:
            corpus = work / f"corpus-{size:g}MB.jsonl"
            t0 = time.perf_counter()
            free = shutil.disk_usage(work).free
            if free < 3 * size * MB:  # the corpus, the spilled reports and the output tables
                raise SystemExit(f"{size:g} MB needs about {3 * size:,.0f} MB free in {work}; "
                                 f"{free / MB:,.0f} MB are")
            n, nbytes = write_corpus(corpus, size, args.seed)
            print(f"\n## {size:g} MB: {n:,} articles, {nbytes / MB:,.1f} MB of JSON Lines "
                  f"(written in {time.perf_counter() - t0:.1f} s)", flush=True)
            text_mb = size_of_texts(corpus)
            dates: dict[str, float] | None = None
            if not args.no_dates:
                dates = dates_only(corpus)
                dates["mbps"] = text_mb / dates["wall"]
                dates["cpu_mbps"] = text_mb / dates["cpu"]
                print(f"  {'dates only (1 process)':<22} {dates['wall']:8.1f} s  {dates['mbps']:6.3f} MB/s "
                      f"({dates['cpu']:.1f} s CPU, {dates['cpu_mbps']:.3f} MB/s of CPU)", flush=True)
            rows = []
            modes = {"jobs1": ("--jobs 1", ["--jobs", "1"]), "jobs2": ("--jobs 2", ["--jobs", "2"]),
                     "dask": ("Dask LocalCluster(2)", ["--scheduler", "local", "--workers", "2"])}
            for label, extra in (modes[m] for m in ("jobs1", "jobs2", "dask") if m in args.runs):
                out = work / f"out-{size:g}-{label.split()[0].strip('-').lower()}{len(rows)}"
                shutil.rmtree(out, ignore_errors=True)
                r = run(label, corpus, out, extra)
                r["mbps"] = nbytes / MB / r["seconds"]
                r["aps"] = n / r["seconds"]
                r["text_mbps"] = text_mb / r["seconds"]
                r["procs"] = 1 if label == "--jobs 1" else 2
                rows.append(r)
                share = ""
                if dates is not None:
                    r["of_dates"] = r["text_mbps"] / (r["procs"] * dates["mbps"])
                    r["of_dates_cpu"] = dates["cpu"] / r["cpu"]  # MB per CPU second, against dates'
                    share = (f"  {r['of_dates']:6.1%} of dates only{' x2' if r['procs'] > 1 else ''} "
                             f"(CPU {r['cpu']:.1f} s: {r['of_dates_cpu']:.1%} of dates' MB per CPU s)")
                print(f"  {label:<22} {r['seconds']:8.1f} s  {r['mbps']:6.3f} MB/s  {r['aps']:7.1f} art/s  "
                      f"peak RSS {r['peak_sum'] / MB:7.0f} MB (tree), "
                      f"{r['peak_one'] / MB:6.0f} MB (largest); "
                      f"load average after {os.getloadavg()[0]:.2f}{share}", flush=True)
            arts, ments, events = counts(rows[0]["out"])
            same = all(same_output(rows[0]["out"], r["out"]) for r in rows[1:])
            agree = ("" if len(rows) == 1 else
                     f"; the {len(rows)} runs wrote {'the same' if same else 'DIFFERENT'} files")
            print(f"  output: {arts:,} articles, {ments:,} mentions, {events:,} timeline events{agree}")
            results[size] = rows
            if dates is not None:
                dates_mbps[size] = dates
            if not args.keep:
                for r in rows:
                    shutil.rmtree(r["out"], ignore_errors=True)
                corpus.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n## Summary")
    print("| size | run | time | CPU | MB/s | speed-up | share of dates only (wall; CPU) | peak RSS (tree) "
          "| peak RSS (largest process) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size, rows in results.items():
        base = rows[0]["seconds"]
        if size in dates_mbps:
            d = dates_mbps[size]
            print(f"| {size:g} MB | dates only | {d['wall']:.1f} s | {d['cpu']:.1f} s | {d['mbps']:.3f} "
                  f"| | 100 % | | |")
        for r in rows:
            share = f"{r['of_dates']:.1%}; {r['of_dates_cpu']:.1%}" if "of_dates" in r else "—"
            print(f"| {size:g} MB | {r['label']} | {r['seconds']:.1f} s | {r['cpu']:.1f} s | {r['mbps']:.3f} "
                  f"| {base / r['seconds']:.2f}x | {share} | {r['peak_sum'] / MB:,.0f} MB "
                  f"| {r['peak_one'] / MB:,.0f} MB |")
    print()
    for size, rows in results.items():
        one = next((r for r in rows if r["label"] == "--jobs 1"), None)
        if one is not None and "of_dates" in one:
            print(f"- {size:g} MB: --jobs 1 end to end at {one['of_dates']:.1%} of date extraction alone "
                  f"({one['of_dates_cpu']:.1%} by CPU seconds; target >= {TARGET_DATES:.0%}): "
                  f"{'PASS' if one['of_dates'] >= TARGET_DATES else 'MISS'}")
    for size, rows in results.items():
        if len(rows) < 3:
            break  # the speed ratios compare all three runs
        one, two, dask = rows
        s2 = one["seconds"] / two["seconds"]
        sd = dask["seconds"] / two["seconds"]
        print(f"- {size:g} MB: --jobs 2 is {s2:.2f}x --jobs 1 (target >= {TARGET_JOBS2}): "
              f"{'PASS' if s2 >= TARGET_JOBS2 else 'MISS'}; Dask takes {sd:.2f}x the time of --jobs 2 "
              f"(target <= {TARGET_DASK}): {'PASS' if sd <= TARGET_DASK else 'MISS'}")
    if len(results) >= 2:  # memory: each run at the largest size against the same run at the smallest
        small, large = min(results), max(results)
        for low, high in zip(results[small], results[large], strict=True):
            ratio = high["peak_sum"] / low["peak_sum"]
            print(f"- peak RSS {high['label']}: {large:g} MB / {small:g} MB = {ratio:.2f}x "
                  f"(target <= {TARGET_RSS}): {'PASS' if ratio <= TARGET_RSS else 'MISS'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
