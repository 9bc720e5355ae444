"""What the event coder costs on top of reading the dates: one run, ratios.

    python benchmarks/bench_events.py                  # the 20 MB corpus of bench_extract.py (a few minutes)
    python benchmarks/bench_events.py --size-mb 2      # a quick look

The corpus is the deterministic one of ``bench_extract.py`` (the five seeds and generated articles that
recombine seed sentences with dates in every style; seed 20211218). Each pass builds fresh
``Article`` objects (outside the clock: an article caches its mentions) and times, over every article:

1. **dates**: ``Article.mentions()`` — the date extraction alone;
2. **events**: ``events_from_articles`` with the bundled knowledge base — the dates, the actors and the
   event coder (what ``Timeline.from_articles`` does before merging);
3. **timeline**: ``Timeline.from_articles`` — the same and the merge of the reports.

The three run in turn in each pass and the best of ``--passes`` is kept, so the machine's load falls on
all three alike. The target of issue 15 is events / dates ≤ 2×. Nothing asserts: the summary says PASS
or MISS.

**Places** (issue 16): during the events run, the time spent placing events (the coder's one call per
event, ``syrtimeline.events.extract.where_of``: the article's place finding, done once, and the choice of
each event's place) is summed, and reported against the rest of the coding: places / (events − places),
target ≤ +20 %. Timed inside the same run, it is not thrown off by other work on the machine, as timing
two runs with and without places is.

**Phases** (``--phases``, issues 15 and 18): one more pass of the events run, with the coder's main
steps timed in CPU seconds (``time.process_time``) as they are called, each printed beside the date
extraction of the same pass (``× dates``): what the events / dates ratio is made of. The steps nest in
one place only (placing per event is ``_place_of`` less the article's place finding, ``where._places``);
the rest is the coder's own lines (tokenizing each clause, the rules read inline, building the events).
The timing wrappers cost a little: read the shares, not the total.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import Article as Raw
from bench_extract import build_corpus, nbytes

import syrtimeline as st
from syrtimeline.articles.model import Article
from syrtimeline.events import extract, fastpath, where
from syrtimeline.events.extract import compile_knowledge, events_from_articles

MB = 1_000_000


def fresh(raw: Sequence[Raw]) -> list[st.Article]:
    return [st.Article.build(r.name, r.text, published=r.published, detect=False) for r in raw]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (default 20)")
    ap.add_argument("--seed", type=int, default=20211218, help="random seed of the corpus")
    ap.add_argument("--passes", type=int, default=3, help="best of N passes (default 3)")
    ap.add_argument("--phases", action="store_true", help="one more pass: the coder's steps, × dates")
    args = ap.parse_args(argv)

    raw = build_corpus(args.size_mb, args.seed)
    size = nbytes(raw)
    kb = st.load_knowledge()
    compiled = compile_knowledge(kb.actors, kb.channels, kb.named)  # as the pipeline: once for all calls
    print(f"corpus: {size / MB:.1f} MB, {len(raw)} articles; best of {args.passes} passes", flush=True)

    best = {"dates": float("inf"), "events": float("inf"), "timeline": float("inf")}
    counts: dict[str, int] = {}
    placing, spent, share = extract.where_of, [0.0], float("inf")

    def timed_where(*a: Any, **k: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return placing(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0
    for n in range(args.passes):
        arts = fresh(raw)
        t, found = timed(lambda arts=arts: sum(len(a.mentions()) for a in arts))
        best["dates"], counts["mentions"] = min(best["dates"], t), found
        arts = fresh(raw)
        spent[0], extract.where_of = 0.0, timed_where  # type: ignore[assignment]
        try:
            t, events = timed(lambda arts=arts: events_from_articles(arts, kb.actors, kb.channels, kb.named,
                                                                     {}, compiled=compiled))
        finally:
            extract.where_of = placing
        best["events"], counts["reports"] = min(best["events"], t), len(events)
        share = min(share, spent[0] / (t - spent[0]))
        counts["placed"] = sum(e.where is not None for e in events)
        arts = fresh(raw)
        t, tl = timed(lambda arts=arts: st.Timeline.from_articles(arts))
        best["timeline"], counts["events"] = min(best["timeline"], t), len(tl)
        print(f"  pass {n + 1}: dates {best['dates']:.2f} s, events {best['events']:.2f} s, "
              f"timeline {best['timeline']:.2f} s, places +{100 * share:.1f} % (best so far)", flush=True)

    ratio = best["events"] / best["dates"]
    rows = [
        ("corpus", f"{size / MB:.1f} MB, {len(raw)} articles", "", ""),
        ("dates: Article.mentions()", f"{best['dates']:.2f} s, {size / MB / best['dates']:.2f} MB/s "
         f"({counts['mentions']:,} mentions)", "", ""),
        ("events: events_from_articles", f"{best['events']:.2f} s, {size / MB / best['events']:.2f} MB/s "
         f"({counts['reports']:,} reports)", "", ""),
        ("timeline: Timeline.from_articles", f"{best['timeline']:.2f} s ({counts['events']:,} events)",
         "", ""),
        ("events / dates", f"{ratio:.2f}×", "≤ 2×", "PASS" if ratio <= 2 else "MISS"),
        ("timeline / dates", f"{best['timeline'] / best['dates']:.2f}×", "", ""),
        ("places / the rest of event coding", f"+{100 * share:.1f} % ({counts['placed']:,} reports placed)",
         "≤ +20 %", "PASS" if share <= 0.20 else "MISS"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print()
    for r in [("measure", "value", "target", ""), *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    if args.phases:
        print()
        phases(raw, kb)
    return 0


#: The coder's steps timed by ``--phases``: (label, owner, attribute). Each is looked up where the
#: coder calls it (a module's global, or a class's method).
PHASES: list[tuple[str, Any, str]] = [
    ("dates (Article.mentions, inside the coder)", Article, "mentions"),
    ("strip and fold (once per article)", extract, "stripped_folded"),
    ("actors (the actor finder, per article)", extract, "_actor_spans"),
    ("channel and known-event names (per article)", extract, "_naming_marks"),
    ("clauses (per article)", extract, "_clauses_fast"),
    ("places: finding them (per article)", where, "_places"),
    ("places: all (_place_of, per event)", extract, "_place_of"),
    ("triggers (per clause)", extract, "_triggers_fast"),
    ("attributions (per clause)", extract, "_attributions_fast"),
    ("readings (per clause)", extract, "_readings"),
    ("the date that governs (per clause, per event)", fastpath.ClauseDates, "governing"),
    ("roles (per event)", extract, "_roles"),
    ("unnamed and described parties (per event)", extract, "_unnamed"),
    ("when (per event)", extract, "_when"),
    ("mode (per event)", extract, "_mode_fast"),
    ("one speech (per article)", extract, "_one_speech"),
]


def timed_into(spent: dict[str, float], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """*fn*, adding the CPU seconds of each call to ``spent[label]``: a step timed as it is called
    (``phases`` here, ``coder_steps.py`` for the coder's once-an-article steps)."""
    def timed_step(*a: Any, **k: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - t0
    return timed_step


def phases(raw: Sequence[Raw], kb: Any) -> None:
    """One pass of dates and one of events, the coder's steps (``PHASES``) timed as they are called."""
    spent: dict[str, float] = {}
    saved = [(owner, name, getattr(owner, name)) for _, owner, name in PHASES]
    compiled = compile_knowledge(kb.actors, kb.channels, kb.named)


    arts = fresh(raw)
    gc.collect()
    t0 = time.process_time()
    for a in arts:
        a.mentions()
    dates = time.process_time() - t0
    arts = fresh(raw)
    try:
        for (label, owner, name), (_, _, fn) in zip(PHASES, saved, strict=True):
            setattr(owner, name, timed_into(spent, label, fn))
        gc.collect()
        t0 = time.process_time()
        events_from_articles(arts, kb.actors, kb.channels, kb.named, {}, compiled=compiled)
        total = time.process_time() - t0
    finally:
        for owner, name, fn in saved:
            setattr(owner, name, fn)
    place_all = "places: all (_place_of, per event)"
    finding = "places: finding them (per article)"
    spent["places: placing each event (per event)"] = spent.pop(place_all, 0.0) - spent.get(finding, 0.0)
    spent["the rest: the coder's own lines"] = total - sum(spent.values())
    print(f"phases (CPU seconds, one pass): dates alone {dates:.2f} s; events {total:.2f} s = "
          f"{total / dates:.2f}× dates")
    print("| step | CPU s | share | × dates |")
    print("| --- | --- | --- | --- |")
    for label, t in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {t:.2f} | {100 * t / total:.1f} % | {t / dates:.2f} |")


if __name__ == "__main__":
    raise SystemExit(main())
