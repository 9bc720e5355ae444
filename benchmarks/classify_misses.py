"""Every strict miss of the event coder, classed by what the coder produced over its words.

    python benchmarks/classify_misses.py                 # the whole dev part
    python benchmarks/classify_misses.py 1446 1683       # the dev excerpts numbered 1446-1683
    python benchmarks/classify_misses.py 1684 2239 --held-out   # once, when a held-out part is scored

A gold event the scorer does not match strictly (``tests/event_scoring.py``) falls in one class:

* ``no kind: under K`` — no produced event of its kind family overlaps its evidence; ``K`` lists the
  kinds that do (``none`` when nothing does);
* ``taken`` — events of its family overlap it, but each is already matched to another gold event;
* ``actor``, ``date``, ``both`` — the best free event of its family over its words has another actor,
  another date (gold and produced dates are printed), or both.

The first line counts the classes; then the (gold kind, kinds over it) pairs of the ``no kind`` class;
then one line per miss: ``id #index kind: class :: evidence``. Only the dev part is read unless
``--held-out`` is given: held-out files are scored once, at the end of a round, never tuned on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from event_scoring import (  # the scorer lives in tests/
    _family,
    actor_in_common,
    load_all,
    overlap,
    produce,
    same_date,
    score_excerpt,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lo", nargs="?", type=int, default=1, help="the first excerpt id (default 1)")
    parser.add_argument("hi", nargs="?", type=int, default=10**6, help="the last excerpt id")
    parser.add_argument("--held-out", action="store_true", help="read held-out excerpts too (end of round)")
    args = parser.parse_args(argv)
    classes: Counter[str] = Counter()
    pairs: Counter[tuple[str, tuple[str, ...]]] = Counter()
    rows = []
    for x in load_all():
        if not args.lo <= int(x.id) <= args.hi or (x.part != "dev" and not args.held_out):
            continue
        scored = score_excerpt(x)
        _, timeline = produce(x)
        taken = set(scored.strict.values())
        for g in x.events:
            if g.index in scored.strict:
                continue
            over = [(overlap(g, e, x.id), p, e) for p, e in enumerate(scored.produced)
                    if overlap(g, e, x.id) > 0]
            same = [(o, p, e) for o, p, e in over if _family(e.kind.value) == g.family]
            if not same:
                kinds = tuple(sorted({e.kind.value for _, _, e in over}))
                label = "no kind: under " + ("/".join(kinds) if kinds else "none")
                classes["no kind (other)" if kinds else "no kind (none)"] += 1
                pairs[(g.kind, kinds)] += 1
            else:
                free = [t for t in same if t[1] not in taken]
                if not free:
                    label = "taken"
                    classes[label] += 1
                else:
                    _, _, e = max(free, key=lambda t: (t[0], t[1]))
                    actor, date = actor_in_common(g, e, timeline), same_date(g, e)
                    label = "both" if not actor and not date else ("actor" if not actor else "date")
                    classes[label] += 1
                    if label in ("date", "both"):
                        label += f" (gold {g.date} produced {e.when} {e.when_basis.value})"
            rows.append(f"{x.id} #{g.index} {g.kind}: {label} :: {g.evidence[:70]}")
    print(dict(classes), sum(classes.values()))
    for (kind, under), n in pairs.most_common():
        print(f"  {kind} under {'/'.join(under) or 'none'}: {n}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
