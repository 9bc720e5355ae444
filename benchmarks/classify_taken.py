"""The strict misses of class ``taken`` (``classify_misses.py``), classed by how one produced event came
to lie over two gold events.

    python benchmarks/classify_taken.py 1 1445           # the dev excerpts numbered 1-1445
    python benchmarks/classify_taken.py 1 1445 --rows    # ... and one line per miss

A *taken* gold event has produced events of its kind family over its words, each matched to another
gold event (the *other*). The produced event the most over the gold's words is read:

* ``joined by the merge`` — the gold and the other lie under two reports of the article that
  ``merge.group`` made one event (``Event.records``; ``classify_joins.py`` counts every join);
* ``one report, two spans`` — one report cites two spans of the text, one under each (a speech and its
  continuation joined by the coder: ``extract._one_speech``, the same speech told twice);
* ``one report, one clause`` — one cited span lies over both: the clause was read as one happening. It
  is classed by the words between the two gold evidences (the first class that fits): ``nested`` (one
  evidence inside the other), ``teller`` («بحسب», «وفق», «نقلاً عن»), ``what is said`` («أن», «إن»),
  ``another occasion`` (:data:`OCCASION`: «بعد», «إثر», «بالتزامن مع», «قبل أن»), ``و + verb or object``
  (the later evidence opens with «و»), ``comma`` (only a comma or «، فيما / حيث / كما»), else ``other``.

Each class is split statements / other kinds (of the gold). Only the dev part is read.
"""

from __future__ import annotations

import re
from collections import Counter

from dev_excerpts import excerpts, over_gold, print_counts, range_parser
from event_scoring import overlap, score_excerpt  # the scorer lives in tests/

from syrtimeline.dates import fold

#: Words (folded) that set what follows them at another occasion than what they follow.
OCCASION = frozenset({"بعد", "وبعد", "بعدما", "بعيد", "اثر", "عقب", "قبل", "قبيل", "تزامنا", "بالتزامن",
                      "ردا", "مقابل", "منذ", "لاحقا", "سابق", "لاحق"})
TELLER = frozenset({"بحسب", "وبحسب", "حسب", "وفق", "وفقا", "نقلا", "افادت", "افاد", "ذكرت", "ذكر"})
SAID = frozenset({"ان", "وان", "بان"})
COMMA_LEADS = frozenset({"فيما", "حيث", "كما", "بينما", "وذلك"})


def clause_class(text: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """How two gold evidences *a* and *b* of one clause stand: the words between them."""
    a, b = sorted([a, b])
    if b[0] < a[1]:
        return "nested"
    words = re.findall(r"\w+", fold(text[a[1]:b[0]]))
    lead = re.findall(r"\w+", fold(text[b[0]:b[1]]))[:1]
    if any(w in TELLER for w in words):
        return "teller"
    if any(w in SAID for w in words):
        return "what is said"
    if any(w in OCCASION for w in words + lead):
        return "another occasion"
    if (words and words[-1].startswith("و")) or (lead and lead[0].startswith("و")):
        return "و + verb or object"
    if all(w in COMMA_LEADS for w in words):
        return "comma"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = range_parser(__doc__)
    parser.add_argument("--rows", action="store_true", help="one line per taken miss")
    args = parser.parse_args(argv)
    classes: Counter[str] = Counter()
    rows: list[str] = []
    for x in excerpts(args.lo, args.hi):
        scored = score_excerpt(x)
        matched = {p: gi for gi, p in scored.strict.items()}
        gold = {g.index: g for g in x.events}
        for g in x.events:
            same = over_gold(g, scored.produced, x.id, family=True)
            if g.index in scored.strict or not same or any(p not in matched for _, p, _ in same):
                continue
            _, p, e = max(same, key=lambda t: (t[0], t[1]))
            other = gold[matched[p]]
            reports = [r for r in e.records if any(s.ref == x.id for s in r.sources)] or [e]
            mine = max(reports, key=lambda r: overlap(g, r, x.id))
            theirs = max(reports, key=lambda r: overlap(other, r, x.id))
            if mine.id != theirs.id:
                cls = "joined by the merge"
            else:
                spans = [s.span for s in mine.sources if s.ref == x.id and s.span is not None]
                under = {n for n, s in enumerate(spans) for h in (g, other)
                         if min(s[1], h.span[1]) > max(s[0], h.span[0])}
                one = any(all(min(s[1], h.span[1]) > max(s[0], h.span[0]) for h in (g, other)) for s in spans)
                cls = ("one report, one clause: " + clause_class(x.text, g.span, other.span) if one
                       else "one report, two spans" if len(under) > 1 else "one report, one clause: other")
            side = "statements" if g.family == "statement" else "other kinds"
            classes[f"{cls} ({side})"] += 1
            classes["all"] += 1
            rows.append(f"{x.id} #{g.index} {g.kind} (other #{other.index} {other.kind}): {cls} :: "
                        f"{' '.join(g.evidence.split())[:60]}")
    print_counts(classes, 5, lambda k: k == "all")
    if args.rows:
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
