"""Would a first pass that skips the clauses holding no trigger speed the event coder? (issue 18, speed24)

    python benchmarks/clause_first_pass.py                  # bench_scale's 1 MB corpus
    python benchmarks/clause_first_pass.py --dev            # and the dev excerpts 1–1683 (no gold read)
    python benchmarks/clause_first_pass.py --size-mb 0.2 --count   # run as process_callgrind.py is run

Every clause ``events_from_article`` reads is put in one class, by what its words give (one run of the
coder, with the steps it calls once a clause wrapped to see their answers):

* ``no candidate``: no word of the clause can begin a trigger (``TriggerIndex.candidates``, the first
  step of the scan, finds none);
* ``filtered out``: a word can, but the scan and its filters leave no trigger (``_triggers_fast``);
* ``no reading``: triggers left, but none survives the names of actors and places and the attributions
  into a reading (``_readings`` finds none, or is not called);
* ``no event``: readings, but every one ends in a ``continue`` (no party, no date, the same event again);
* ``events``: the clause makes one event or more.

Then the coder runs again with the stack sampled (``ITIMER_PROF``, 0.5 ms of CPU): each sample inside
``events_from_article`` is charged to the article's steps before its clauses (the actor finder, the
place finder's names, the dates, the clauses), to the clause being read (its class), or to the steps
after them (placing, the one speech). The sampler charges a long C call to the next Python line: a
regex over a clause is charged to that clause, which is what is wanted here.

What a first pass could skip is bounded by the samples of the first classes, less what those clauses
must still give the clauses after them (their actors, for a clause that names none; their date, for
«حينها»). The article-wide steps are counted apart, with the share of
the article's characters in each class: they could be confined to the clauses that matter only if
nothing they find in the others reached those (it does: see docs/events.md, "Twenty-ninth round: a
first pass over the clauses (speed24)"). ``--count`` counts the instructions of the coder over the plain
and the overwritten articles instead of timing them (each a dump of its own, named in its ``desc:
Trigger``). Nothing asserts; the figures are informational.
"""

from __future__ import annotations

import argparse
import collections
import inspect
import re
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

CLASSES = ("no candidate", "filtered out", "no reading", "no event", "events")
_Key = tuple[str, int]  # (article id, clause start in the stripped text)


def _corpus(size_mb: float, dev: bool) -> list[Any]:
    """bench_scale's corpus (or the dev excerpts) built and dated as ``process`` builds them."""
    if not dev:
        from coder_steps import generated_articles

        return generated_articles(size_mb)
    from dev_excerpts import excerpts

    from syrtimeline.articles.model import Article

    articles = [Article.build(x.id, x.text, published=x.published, outlet=x.outlet)
                for x in excerpts(1, 1683)]
    for a in articles:
        a.mentions()
    return articles


def _caller_key() -> _Key:
    """The article and clause the coder reads, from its frame (the caller of the wrapped step)."""
    f = sys._getframe(2)
    return f.f_locals["article"].id, f.f_locals["a"]


def classify(articles: Sequence[Any], code: Callable[[], object]) -> dict[_Key, str]:
    """Each clause's class, from one run of *code* with the per-clause steps wrapped."""
    from syrtimeline.events import extract as X

    candidate: dict[_Key, bool] = {}
    triggered: dict[_Key, bool] = {}
    read: dict[_Key, bool] = {}
    plain = {name: getattr(X, name) for name in ("_triggers_fast", "_readings")}

    def triggers(tb: Any, words: Any, *rest: Any) -> Any:
        key = _caller_key()
        candidate[key] = bool(X._trigger_index(tb).candidates(words))
        found = plain["_triggers_fast"](tb, words, *rest)
        triggered[key] = bool(found)
        return found

    def readings(*args: Any) -> Any:
        found = plain["_readings"](*args)
        read[_caller_key()] = bool(found)
        return found

    X._triggers_fast, X._readings = triggers, readings  # type: ignore[assignment]
    try:
        events = code()
    finally:
        for name, step in plain.items():
            setattr(X, name, step)
    made: set[_Key] = set()
    from syrtimeline.dates.normalize import stripped_folded

    by_id = {a.id: a for a in articles}
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for e in events:  # type: ignore[attr-defined]
        ref, (qs, _) = e.sources[0].ref, e.sources[0].span
        if ref not in spans:
            stripped, omap, _ = stripped_folded(by_id[ref].text)
            spans[ref] = [(*omap.span_to_original(a, b), a) for a, b, _n in X._clauses_fast(stripped)]
        made.update((ref, a) for oa, ob, a in spans[ref] if oa <= qs < ob)
    out = {}
    for key, can in candidate.items():
        out[key] = ("no candidate" if not can else "filtered out" if not triggered[key]
                    else "no reading" if not read.get(key, False) else "events" if key in made
                    else "no event")
    return out


_SKIPPED = ("no candidate", "filtered out")  # what a first pass on the trigger words would skip
_BLANK = "ژ"  # a letter no table of names holds: the skipped clauses' letters and digits, overwritten


_WORD = re.compile(r"[^\W_]+")


def _blanked(text: str, spans: Sequence[tuple[int, int]], fill: str = _BLANK) -> str:
    """*text* with the letters and digits of *spans* overwritten by *fill* (every offset kept), but for
    each span's first two words (a clause break, «كما», «في حين», stays one: the clauses stay the same)."""
    chars = list(text)
    for a, b in spans:
        kept = [m.end() for _, m in zip(range(2), _WORD.finditer(text, a, b), strict=False)]
        for i in range(kept[-1] if kept else a, b):
            if chars[i].isalnum():
                chars[i] = fill
    return "".join(chars)


def _place_rows(text: str) -> list[tuple[int, int, str]]:
    """The place finder's mentions of *text* and its anaphors (end -1), with the place each names."""
    from syrtimeline.events import where as W

    found = W._places(text)
    return [(m.start, m.end, m.place.id if m.place else "") for m in found.mentions] + [
        (at, -1, m.place.id if m.place else "") for at, m in found.anaphors]


def blocked(articles: Sequence[Any], classes: dict[_Key, str], mx: Any) -> None:
    """What the clauses a first pass would keep read from those it would skip: the actor finder's and
    the place finder's answers in the kept clauses, with the skipped clauses' words overwritten."""
    from syrtimeline.dates.normalize import fold, stripped_folded
    from syrtimeline.events import extract as X

    kept = actors_differ = places_differ = events_kept = events_differ = 0
    for article in articles:
        text = article.text
        stripped, omap, folded = stripped_folded(text)
        clauses = [(a, b) for a, b, _n in X._clauses_fast(stripped) if (article.id, a) in classes]
        skipped = [(a, b) for a, b in clauses if classes[article.id, a] in _SKIPPED]
        if not skipped:
            kept += len(clauses)
            events_kept += sum(classes[article.id, a] == "events" for a, _ in clauses)
            continue
        stripped2 = _blanked(stripped, skipped)
        found = [(s.start, s.end, s.id) for s in mx.actor_mentions_stripped(stripped, folded)]
        found2 = [(s.start, s.end, s.id) for s in mx.actor_mentions_stripped(stripped2, fold(stripped2))]
        text2 = _blanked(text, [omap.span_to_original(a, b) for a, b in skipped])
        places, places2 = _place_rows(text), _place_rows(text2)
        for a, b in clauses:
            if classes[article.id, a] in _SKIPPED:
                continue
            oa, ob = omap.span_to_original(a, b)
            mine = [x for x in found if a <= x[0] < b] != [x for x in found2 if a <= x[0] < b]
            theirs = [x for x in places if oa <= x[0] < ob] != [x for x in places2 if oa <= x[0] < ob]
            kept += 1
            actors_differ += mine
            places_differ += theirs
            if classes[article.id, a] == "events":
                events_kept += 1
                events_differ += mine or theirs
    print(f"the kept clauses ({kept}) read with the skipped ones overwritten: the actors differ in "
          f"{actors_differ}, the places in {places_differ}; of the {events_kept} that make events, "
          f"{events_differ} differ in one or the other")


def _counted(batches: dict[str, Sequence[Any]], code: Callable[[Sequence[Any]], list[Any]]) -> None:
    """The coder over each batch with the instruction counter on around it alone, each count dumped
    apart and named (``process_callgrind.py``'s toggles: run the script under the counter, with its
    instrumentation off at the start; outside it they do nothing)."""
    import gc

    from process_callgrind import _toggles

    with tempfile.TemporaryDirectory() as tmp:
        cg = _toggles(Path(tmp))
        for name, batch in batches.items():
            gc.collect()
            cg.cg_start()
            code(batch)
            cg.cg_stop(name.encode())
    print("counted: " + ", ".join(batches))


def oracle(articles: Sequence[Any], classes: dict[_Key, str], code: Callable[[Sequence[Any]], list[Any]],
           rounds: int, count: bool = False) -> None:
    """The bound of a first pass that spared every step the skipped clauses: the coder on the articles
    with those clauses' words overwritten (their dates found again on that text) by a letter no table
    holds, the events that differ; and its CPU against the plain articles' with the words overwritten by
    spaces (no word left there for any step: the bound of the time they take, the article-wide passes
    included; the events differ more, words now touching across the gap)."""
    import time

    import attrs

    from syrtimeline.articles.model import Article
    from syrtimeline.dates.normalize import stripped_folded
    from syrtimeline.events import extract as X

    plain, blank, spaced = [], [], []
    for article in articles:
        fields = {f.name: getattr(article, f.name) for f in attrs.fields(Article)}
        stripped, omap, _ = stripped_folded(article.text)
        skipped = [omap.span_to_original(a, b) for a, b, _n in X._clauses_fast(stripped)
                   if classes.get((article.id, a)) in _SKIPPED]
        plain.append(Article(**fields))
        blank.append(Article(**{**fields, "text": _blanked(article.text, skipped)}))
        spaced.append(Article(**{**fields, "text": _blanked(article.text, skipped, " ")}))
    for a in (*plain, *blank, *spaced):
        a.mentions()
    ours, theirs = code(plain), code(blank)
    by_article: dict[str, list[list[Any]]] = collections.defaultdict(lambda: [[], []])
    for k, events in enumerate((ours, theirs)):
        for e in events:
            by_article[e.sources[0].ref][k].append(e)
    differ = [ref for ref, (x, y) in by_article.items() if x != y]
    lost = sum(len(set(by_article[r][0]) - set(by_article[r][1])) for r in differ)
    print(f"with the skipped clauses overwritten: {len(theirs)} events against {len(ours)}; the events of "
          f"{len(differ)} of {len(articles)} articles differ ({lost} of the plain events not made the same)")
    if count:
        _counted({"plain": plain, "overwritten": blank, "spaces": spaced}, code)
        return
    for _ in range(rounds):
        times = []
        for batch in (plain, blank, spaced):
            t = time.process_time()
            code(batch)
            times.append(time.process_time() - t)
        print(f"  coder CPU s: plain {times[0]:.3f}, skipped clauses overwritten {times[1]:.3f} "
              f"({times[1] / times[0]:.3f}), by spaces {times[2]:.3f} ({times[2] / times[0]:.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3, help="the oracle's timing rounds")
    parser.add_argument("--dev", action="store_true", help="the dev excerpts 1-1683, not generated ones")
    parser.add_argument("--count", action="store_true",
                        help="count the oracle's instructions (run under the counter), no timing, no samples")
    args = parser.parse_args(argv)

    from syrtimeline.dates.normalize import stripped_folded
    from syrtimeline.events import extract as X
    from syrtimeline.pipeline.work import knowledge, matchers

    articles = _corpus(args.size_mb, args.dev)
    kb = knowledge(None)
    coder = matchers(None, True)

    def code_these(batch: Sequence[Any]) -> list[Any]:
        return X.events_from_articles(batch, kb.actors, kb.channels, kb.named, {}, compiled=coder)

    def code() -> list[Any]:
        return code_these(articles)

    code()  # warm: the matchers compiled, the lexicons read
    classes = classify(articles, code)
    counts = collections.Counter(classes.values())
    chars: collections.Counter[str] = collections.Counter()
    total_chars = 0
    for article in articles:
        stripped = stripped_folded(article.text)[0]
        total_chars += len(stripped)
        for a, b, _n in X._clauses_fast(stripped):
            if (article.id, a) in classes:
                chars[classes[article.id, a]] += b - a
    n = sum(counts.values())
    print(f"{len(articles)} articles, {n} clauses read, {total_chars:,} characters")
    print(f"{'class':<14} {'clauses':>8} {'share':>6} {'chars':>7}")
    for c in CLASSES:
        print(f"{c:<14} {counts[c]:8d} {counts[c] / n:6.1%} {chars[c] / total_chars:7.1%}")

    blocked(articles, classes, X._Matchers(kb.actors, kb.channels, kb.named, coder))
    oracle(articles, classes, code_these, args.rounds, args.count)
    if args.count:
        return 0
    source, first = inspect.getsourcelines(X.events_from_article)
    loop = first + next(i for i, s in enumerate(source) if s.strip() == "for a, b, n in clauses:")
    after = first + next(i for i, s in enumerate(source) if s.strip() == "told_sentence = n")
    samples: collections.Counter[str] = collections.Counter()
    outside = [0]

    def sample(_sig: int, frame: FrameType | None) -> None:
        while frame is not None:
            if frame.f_code is X.events_from_article.__code__:
                line = frame.f_lineno or 0
                if line < loop:
                    samples["before the clauses"] += 1
                elif line > after:
                    samples["after the clauses"] += 1
                else:
                    key = (frame.f_locals["article"].id, frame.f_locals["a"])
                    samples[classes.get(key, "skipped (chrome, dateline)")] += 1
                return
            frame = frame.f_back
        outside[0] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(2):
            code()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(samples.values()) + outside[0]
    print(f"{total} samples of the coder's CPU (2 runs; {outside[0]} outside events_from_article)")
    for what in ("before the clauses", *CLASSES, "skipped (chrome, dateline)", "after the clauses"):
        print(f"  {what:<28} {samples[what] / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
