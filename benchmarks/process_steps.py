"""Where `syrtimeline process --jobs 1` spends its CPU, end to end, by step (issue 18, speed18).

    python benchmarks/process_steps.py                     # the 2 MB bench_scale corpus, Parquet output
    python benchmarks/process_steps.py --size-mb 4 --format jsonl
    python benchmarks/process_steps.py --corpus FILE.jsonl # another corpus

The corpus is ``bench_scale.write_corpus(path, SIZE, 20211218)`` (bench_scale's ``--small`` is 2 MB).
``process`` runs in this process with the stack sampled (``ITIMER_PROF`` every millisecond of CPU, so
the load of other processes does not count), and each sample is charged to every step on its stack
(inclusive shares). cProfile is not used: it makes the coder about 5x slower and inflates the functions
called most (coder_steps.py's doc). The steps are named below (``STEPS``); the coder's own children
are listed apart, as what ``events_from_article`` calls, so that a cost done once an article (the
actors, the places, the trigger scan) stands beside the per-reading rules it is compared with.
Nothing asserts; the figures are informational (a shared, noisy machine: read the shares).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The steps of a run, by file and function name, in the order they are printed (inclusive shares).
STEPS = (
    ("core.py:process", "the whole run, but the imports and the command line"),
    ("work.py:process_batch", "a batch: articles built and dated, then coded"),
    ("work.py:_with_mentions", "- an article built and its dates found (scan, chrome, publication date)"),
    ("engine.py:scan", "- - the date engine's scan (lexing included)"),
    ("engine.py:anchored", "- - its pass against the publication date"),
    ("extract.py:events_from_article", "- the event coder, one article"),
    ("serialize.py:record_bytes", "- each report's JSON, to spill"),
    ("work.py:matchers", "- the knowledge base's matchers, compiled once a process"),
    ("core.py:_merged", "the final merge: families grouped, events built"),
    ("spill.py:cluster_family", "- grouping (the sweep)"),
    ("work.py:build_events", "- events built from their reports' JSON"),
    ("writers.py:write", "the tables and the timeline written"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--corpus", type=Path, default=None, help="a JSON Lines corpus (else bench_scale's)")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--top", type=int, default=25, help="how many of the coder's children to list")
    args = parser.parse_args(argv)

    import bench_scale

    from syrtimeline.pipeline import process

    steps = {name for name, _ in STEPS}
    inclusive: collections.Counter[str] = collections.Counter()
    coder: collections.Counter[str] = collections.Counter()  # what events_from_article calls, by name
    samples = [0]

    def sample(_sig: int, frame: FrameType | None) -> None:
        samples[0] += 1
        seen: set[str] = set()
        child = "(its own lines)"
        while frame is not None:
            key = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
            if key == "extract.py:events_from_article" and key not in seen:
                coder[child] += 1
            if key in steps:
                seen.add(key)
            child = key
            frame = frame.f_back
        inclusive.update(seen)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus.jsonl"
            bench_scale.write_corpus(corpus, args.size_mb, 20211218)
        mb = bench_scale.size_of_texts(corpus)
        signal.signal(signal.SIGPROF, sample)
        signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
        start = time.process_time()
        try:
            summary = process(corpus, Path(tmp) / "out", format=args.format, jobs=1)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
        cpu = time.process_time() - start
    n = max(samples[0], 1)
    print(f"{summary.articles} articles, {mb:.2f} MB of text, {summary.events} timeline events; "
          f"process CPU {cpu:.2f} s ({mb / cpu:.3f} MB per CPU s), {samples[0]} samples")
    print("steps (inclusive; a step inside another is counted in both):")
    for name, what in STEPS:
        print(f"  {100 * inclusive[name] / n:5.1f} %  {name:<32} {what}")
    print(f"what events_from_article calls (inclusive, the {args.top} dearest):")
    for name, c in coder.most_common(args.top):
        print(f"  {100 * c / n:5.1f} %  {name}")
    rest = sum(coder.values()) - sum(c for _, c in coder.most_common(args.top))
    print(f"  {100 * rest / n:5.1f} %  the rest ({len(coder) - min(args.top, len(coder))} functions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
