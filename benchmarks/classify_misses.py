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

from collections import Counter

from dev_excerpts import excerpts, over_gold, range_parser
from event_scoring import _family, actor_in_common, produce, same_date, score_excerpt  # in tests/


def main(argv: list[str] | None = None) -> int:
    parser = range_parser(__doc__)
    parser.add_argument("--held-out", action="store_true", help="read held-out excerpts too (end of round)")
    args = parser.parse_args(argv)
    classes: Counter[str] = Counter()
    pairs: Counter[tuple[str, tuple[str, ...]]] = Counter()
    rows = []
    for x in excerpts(args.lo, args.hi, args.held_out):
        scored = score_excerpt(x)
        _, timeline = produce(x)
        taken = set(scored.strict.values())
        for g in x.events:
            if g.index in scored.strict:
                continue
            over = over_gold(g, scored.produced, x.id)
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
