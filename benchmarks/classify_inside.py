"""The strict misses coded only as a statement, classed by why the reported happening is lost (inside43).

    python benchmarks/classify_inside.py 1 1445            # the counts on the lower dev ids
    python benchmarks/classify_inside.py 1 1445 --list     # ... and every such miss with its class

A gold event of a kind other than a statement counts here when no produced event of its kind family
overlaps its evidence and a produced statement does (``classify_misses.py``'s "X under statement"). It
falls in one class, read from the coder's own finder on the evidence's sentence (``kinds_missed.py``'s
phenomenon) and from the gold's own words:

* ``d. gold doubtful`` — the gold's evidence holds a cue of what did not happen, may happen or is asked
  for (``_DOUBT``: «لم، لن، سوف، قد، إذا، لو، يجب، ستـ …»): the brief's rule makes it no event, or the
  evidence is the speech itself (it begins at the speech verb and holds no trigger of the kind);
* ``a. suppressed as what is said`` — a trigger of the kind is dropped as what the statement speaks of,
  only quoted, or what a warning, demand or pledge speaks of; or it is kept inside a speech's
  «أن / إن» complement and no event of its kind comes out (lost after the finder: no doer, no day,
  told again, merged);
* ``b. no trigger word`` — the finder reads no trigger of the kind in the evidence (a word missing from
  the tables, a passive, a kind told by another word);
* ``c. a guard drops it`` — a trigger of the kind is read and a guard other than the speech's drops it
  (``NEEDS`` unmet, negation or another rule of step 1, a verbal noun after a preposition, kept outside
  any complement and not emitted).

The lines say ``id #index kind [class: phenomenon] :: evidence``. Only the dev part is read.
"""

from __future__ import annotations

import re
from collections import Counter

from dev_excerpts import excerpts, over_gold, range_parser
from event_scoring import _family, score_excerpt  # in tests/
from kinds_missed import _phenomenon

#: The cues of a gold event that may not have happened: negation, the future, a condition, a demand.
_DOUBT = re.compile(r"(?:^|\s)[وف]?(?:لم|لن|سوف|قد|إذا|اذا|لو|لولا|يجب|ينبغي|يمكن|بإمكان|ستقوم|سيتم|"
                    r"سي\S+|ست\S+|يطالب|طالب\S*|دعا|دعت|هدد\S*|نفى|نفت)(?:\s|$)")
_SCOPE_WHYS = ("what the statement", "only spoken of inside a quotation", "what the speaker",
               "it is what '", "a threat or a plan")


def _class(text: str, span: tuple[int, int], family: str, evidence: str) -> tuple[str, str]:
    what = _phenomenon(text, span, family)
    if _DOUBT.search(evidence):
        return "d. gold doubtful", what
    if what.startswith("rejected: ") and any(w in what for w in _SCOPE_WHYS):
        return "a. suppressed as what is said", what
    if what == "in a speech's complement":
        return "a. suppressed as what is said", what
    if what.startswith("no trigger word"):
        return "b. no trigger word", what
    return "c. a guard drops it", what


def main(argv: list[str] | None = None) -> int:
    parser = range_parser(__doc__)
    parser.add_argument("--list", action="store_true", help="list every such miss")
    args = parser.parse_args(argv)
    classes: Counter[str] = Counter()
    whats: Counter[tuple[str, str]] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    rows = []
    for x in excerpts(args.lo, args.hi):
        scored = score_excerpt(x)
        for g in x.events:
            if g.index in scored.strict or g.family == "statement":
                continue
            over = over_gold(g, scored.produced, x.id)
            families = {_family(e.kind.value) for _, _, e in over}
            if g.family in families or "statement" not in families:
                continue
            label, what = _class(x.text, g.span, g.family, g.evidence)
            classes[label] += 1
            whats[label, re.sub(r"'[^']*'", "'…'", what)] += 1
            kinds[label, g.kind] += 1
            rows.append(f"{x.id} #{g.index} {g.kind} [{label[:1]}: {what}] :: {g.evidence[:110]}")
    print(f"misses under a statement, nothing of their kind: {sum(classes.values())}")
    for label, n in sorted(classes.items()):
        print(f"{n:5d}  {label}")
        for (lab, what), m in whats.most_common():
            if lab == label:
                print(f"       {m:4d}  {what}")
    print("\nby class and kind:")
    for (label, kind), n in sorted(kinds.items(), key=lambda t: (t[0][0], -t[1])):
        print(f"  {label[:1]} {kind}: {n}")
    if args.list:
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
