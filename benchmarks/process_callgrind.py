"""`process --jobs 1` end to end and date extraction alone, their instructions counted by callgrind in
one run (issue 18, speed23).

    valgrind --tool=callgrind --instr-atstart=no python benchmarks/process_callgrind.py 0.2

The run writes ``bench_scale.write_corpus(path, SIZE, 20211218)`` and warms the path once on the
corpus's first article (the knowledge base loaded, the coder's matchers compiled, the gazetteer and
the date lexicon read: what a process does once however large its corpus), uninstrumented. Then,
each with callgrind's instrumentation on and its counts dumped apart (``callgrind.out.<pid>.<n>``,
named in the dump's ``desc: Trigger``), it extracts every article's dates against its publication
date as ``bench_scale.dates_only`` does (``dates-only``) and runs ``process(corpus, out,
format="jsonl", jobs=1)`` (``process``); the instructions of each are its dump's ``totals``, and
``dates-only`` over ``process`` is issue 18's share of date-extraction throughput, counted instead
of timed (callgrind counts this process alone, whatever else the machine runs). The toggles are
callgrind's client requests, in a small C library compiled here with ``cc`` (valgrind's headers
needed); outside valgrind they do nothing. ``--keep DIR`` keeps the process's output (to compare two
trees byte for byte). Set ``PYTHONHASHSEED`` for counts that repeat. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_scale

from syrtimeline.dates import extract
from syrtimeline.pipeline import process

_TOGGLES = r"""
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(const char *name) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT(name); }
"""


def _toggles(folder: Path) -> ctypes.CDLL:
    """callgrind's start and stop, from a library compiled in *folder*."""
    source, lib = folder / "toggles.c", folder / "toggles.so"
    source.write_text(_TOGGLES, encoding="utf-8")
    subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", str(lib), str(source)], check=True)
    return ctypes.CDLL(str(lib))


def _dates(corpus: Path) -> int:
    n = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            published = row.get("published")
            extract(row["text"], dt.datetime.fromisoformat(published) if published else None)
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("size_mb", type=float)
    parser.add_argument("--keep", type=Path, default=None, help="copy the process's output here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cg = _toggles(Path(tmp))
        corpus = Path(tmp) / "corpus.jsonl"
        bench_scale.write_corpus(corpus, args.size_mb, 20211218)
        first = Path(tmp) / "first.jsonl"
        with corpus.open(encoding="utf-8") as fh:
            first.write_text(fh.readline(), encoding="utf-8")
        process(first, Path(tmp) / "warm", format="jsonl", jobs=1)
        _dates(first)
        gc.collect()
        cg.cg_start()
        n = _dates(corpus)
        cg.cg_stop(b"dates-only")
        gc.collect()
        cg.cg_start()
        summary = process(corpus, Path(tmp) / "out", format="jsonl", jobs=1)
        cg.cg_stop(b"process")
        print(f"{n} articles, {bench_scale.size_of_texts(corpus):.3f} MB of text; process: {summary.events} "
              f"events", file=sys.stderr)
        if args.keep is not None:
            shutil.copytree(Path(tmp) / "out", args.keep, dirs_exist_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
