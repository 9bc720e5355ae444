"""One step of the event coder left out, for counting its instructions under callgrind (issue 15).

    valgrind --tool=callgrind python benchmarks/steps_callgrind.py 0.1 setup
    valgrind --tool=callgrind python benchmarks/steps_callgrind.py 0.1 full
    valgrind --tool=callgrind python benchmarks/steps_callgrind.py 0.1 places     # any key of STEPS

Each run builds the bench corpus of ``bench_extract.py`` (*size* MB, seed 20211218) and the knowledge
base and its matchers (``compile_knowledge``, as the pipeline does once per process), then runs
``events_from_articles`` once over fresh articles while recording the results of the
step's functions (``STEPS``), in call order. Then, on fresh articles again, the measured pass: nothing
(``setup``), the date extraction alone (``dates-only``), ``Timeline.from_articles`` (``timeline``), or
the events run with the step's functions *replayed* (each call hands back the next recorded result,
doing none of the step's work; ``full`` replays nothing). The instructions of the events run are
``full`` less ``setup``; a step's are ``full`` less the run that replays it; the merge's are
``timeline`` less ``full``. Compare counts of one tree and one corpus; set ``PYTHONHASHSEED`` for
counts that repeat (set orders move them by about a percent). Nothing is timed or asserted.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import build_corpus

import syrtimeline as st
from syrtimeline.articles.model import Article
from syrtimeline.events import extract, fastpath
from syrtimeline.events.extract import compile_knowledge, events_from_articles

#: The coder's steps: (owner, attribute) of the functions a step is made of, looked up where the coder
#: calls them.
STEPS: dict[str, list[tuple[Any, str]]] = {
    "dates": [(Article, "mentions")],
    "clauses": [(extract, "_clauses_fast")],
    "triggers": [(extract, "_triggers_fast"), (extract, "_attributions_fast"), (extract, "_readings")],
    "actors": [(extract, "_actor_spans"), (extract, "_naming_marks")],
    "dating": [(fastpath.ClauseDates, "governing"), (extract, "_when")],
    "places": [(extract, "_place_of")],
    "roles": [(extract, "_roles"), (extract, "_unnamed")],
    "matchers": [(extract, "_Matchers")],
}


def main(argv: list[str]) -> int:
    size, mode = float(argv[0]), argv[1]
    raw = build_corpus(size, 20211218)
    kb = st.load_knowledge()
    compiled = compile_knowledge(kb.actors, kb.channels, kb.named)  # as the pipeline: once for all calls

    def fresh() -> list[st.Article]:
        return [st.Article.build(r.name, r.text, published=r.published, detect=False) for r in raw]

    recorded: dict[str, list[Any]] = {}
    targets = STEPS.get(mode, [])
    saved = [(owner, name, getattr(owner, name)) for owner, name in targets]

    def recorder(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        out = recorded.setdefault(name, [])

        def record(*a: Any, **k: Any) -> Any:
            result = fn(*a, **k)
            out.append(result)
            return result
        return record

    def replayer(name: str) -> Callable[..., Any]:
        results: Iterator[Any] = iter(recorded[name])

        def replay(*a: Any, **k: Any) -> Any:
            return next(results)
        return replay

    for owner, name, fn in saved:
        setattr(owner, name, recorder(name, fn))
    events_from_articles(fresh(), kb.actors, kb.channels, kb.named, {}, compiled=compiled)
    for owner, name, _ in saved:
        setattr(owner, name, replayer(name))
    articles = fresh()
    gc.collect()
    if mode == "dates-only":
        sum(len(a.mentions()) for a in articles)
    elif mode == "timeline":
        st.Timeline.from_articles(articles)
    elif mode != "setup":
        events = events_from_articles(articles, kb.actors, kb.channels, kb.named, {}, compiled=compiled)
        print(f"{mode}: {len(events)} reports", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
