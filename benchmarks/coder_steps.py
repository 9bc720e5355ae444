"""The event coder's cost on the bench_scale corpus, measured without cProfile (issue 18, coderspeed5).

    python benchmarks/coder_steps.py                 # 4 MB corpus: the coder's CPU and its steps
    python benchmarks/coder_steps.py --sample        # and where events_from_article's time goes, by line

The corpus is ``bench_scale.write_corpus(path, SIZE, 20211218)``; its articles are built and dated as
``process`` builds them (``pipeline.work._with_mentions``, outside the clock), then coded as
``process_batch`` codes them (``events_from_articles`` with the bundled knowledge base compiled once).
cProfile makes this path about 5x slower and inflates the functions called most (the trace's ``show``:
0.51 s profiled, 0.04 s in fact), so the steps are timed here with ``time.process_time()`` around the
steps called once an article, and ``--sample`` samples the stack (``ITIMER_PROF``) to share the rest
out among the coder's lines. Nothing asserts; the figures are informational (a shared, noisy machine).
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The coder's steps called once an article, timed by wrapping them.
STEPS = ("_placed", "_actor_spans", "_naming_marks", "_clauses_fast", "_one_speech", "_in_their_period")


def generated_articles(size_mb: float) -> list[Any]:
    """bench_scale's corpus of *size_mb* (seed 20211218), its articles built and dated as ``process``
    builds them (also ``clause_first_pass.py``'s corpus)."""
    import bench_scale

    from syrtimeline.articles.reader import iter_records
    from syrtimeline.pipeline.work import _with_mentions

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        bench_scale.write_corpus(corpus, size_mb, 20211218)
        articles = [_with_mentions(r) for r in iter_records([corpus])]  # type: ignore[arg-type]
    for a in articles:
        a.mentions()
    return articles


def coded_corpus(size_mb: float) -> tuple[int, Callable[[], float]]:
    """bench_scale's corpus of *size_mb* built and dated as ``process`` builds it (outside the clock), and
    how many articles it holds, with a function that codes them all once as ``process_batch`` does and
    returns the CPU seconds it took (also ``checks_bound.py``'s corpus)."""
    from syrtimeline.events import extract as X
    from syrtimeline.pipeline.work import knowledge, matchers

    articles = generated_articles(size_mb)
    kb = knowledge(None)
    coder = matchers(None, True)

    def run() -> float:
        start = time.process_time()
        X.events_from_articles(articles, kb.actors, kb.channels, kb.named, {}, compiled=coder)
        return time.process_time() - start

    return len(articles), run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=4.0)
    parser.add_argument("--sample", action="store_true", help="sample the stack: the coder's lines")
    args = parser.parse_args(argv)

    from bench_events import timed_into

    from syrtimeline.events import extract as X

    n_articles, run = coded_corpus(args.size_mb)
    print(f"{n_articles} articles, {args.size_mb:g} MB; coder CPU s: {run():.2f}, {run():.2f}")
    spent: dict[str, float] = {}

    plain = {name: getattr(X, name) for name in STEPS}
    for name, step in plain.items():
        setattr(X, name, timed_into(spent, name, step))
    try:
        total = run()
    finally:
        for name, step in plain.items():
            setattr(X, name, step)
    print(f"steps (one more run, {total:.2f} s):")
    for name, s in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<20} {s:6.3f} s  {100 * s / total:4.1f} %")

    if args.sample:
        lines: collections.Counter[int] = collections.Counter()
        where: collections.Counter[str] = collections.Counter()
        samples = [0]

        def sample(_sig: int, frame: FrameType | None) -> None:
            samples[0] += 1
            seen: set[str] = set()
            while frame is not None:
                seen.add(f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}")
                if frame.f_code.co_name == "events_from_article":
                    lines[frame.f_lineno] += 1
                    where.update(seen)
                    return
                frame = frame.f_back

        signal.signal(signal.SIGPROF, sample)
        signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
        try:
            run()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
        n = max(samples[0], 1)
        print(f"{samples[0]} samples; events_from_article's lines (extract.py), with what they call:")
        for line, c in lines.most_common(15):
            print(f"  line {line:<6} {100 * c / n:4.1f} %")
        print("functions (inclusive):")
        for name, c in where.most_common(25):
            print(f"  {name:<45} {100 * c / n:4.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
