"""The dev part's strict misses with no produced event of their kind over their words (kinds15).

    python benchmarks/kinds_missed.py              # the counts: by (gold kind, kind produced over it)
                                                   # and by phenomenon
    python benchmarks/kinds_missed.py --list       # ... and every such miss with its phenomenon
    python benchmarks/kinds_missed.py 1 1445       # the excerpts numbered 1-1445 only (verbs44)

A gold event counts here when no produced event of its kind family overlaps its evidence (a miss by
the date or the actor alone is not counted). What lies over it is the kind of the produced events that
overlap it («none» when none do). The phenomenon is read from the coder's own triggers on the
evidence's sentence (the finder of extract.py, its trace) and from the words of the sentence:

* ``rejected: <why>`` — the sentence has a trigger of the gold kind and the finder drops it (negated,
  what a demand speaks of, only quoted …);
* ``in a speech's complement`` — a trigger of the kind is kept, and a speech verb with «إن / أن …»
  comes before it in the sentence: the happening a speaker reports;
* ``verbal noun after a preposition`` — a kept trigger that is a noun after «بعد، إثر، عقب، ب …»;
* ``kept, not emitted`` — a kept trigger of the kind that made no event (no party, merged …);
* ``needs a word beside it: <rule>`` — the word is in the data, but only beside words (``NEEDS``)
  the clause lacks;
* ``no trigger word`` — the finder reads no trigger of the gold kind in the evidence: a word
  missing from the data, or a passive («تم اعتقال»: ``passive``), or a kind told by another word.

Only the dev part (001-1683) is read; the held-out files are never opened.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from event_scoring import DATA, _family, load_excerpt, overlap, score_excerpt  # noqa: E402

from syrtimeline.dates.normalize import stripped_folded  # noqa: E402
from syrtimeline.events import extract as X  # noqa: E402

LAST_DEV = 1683  # the dev part since the join of 1446-1683 (twenty-fourth round); held-out: never opened
_SPEECH = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|أفاد|أفادت|أكد|أكدت|أضاف|أضافت|"
                     r"أوضح|أوضحت|أشار|أشارت|نقل|نقلت|كشف|كشفت|أورد|أوردت|وثق|وثقت|بيان|تقرير|يقول|تقول)\S*\s.*?"
                     r"(?:^|\s)[وب]?(?:إن|أن|ان|بأن|انه|أنه|أنها|بأنه|بأنها)(?:\s|$)")
_PREPOSITION = re.compile(r"(?:^|\s)(?:بعد|إثر|عقب|اثر|خلال|قبل|منذ)\s+\S+$|(?:^|\s)[وف]?ب\S+$")
_PASSIVE = re.compile(r"(?:^|\s)[وف]?(?:تم|يتم|جرى|جرت|تمّ)\s")


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, str]:
    a = max(text.rfind(c, 0, span[0]) for c in ".\n؟!") + 1
    ends = [e for e in (text.find(c, span[1]) for c in ".\n؟!") if e >= 0]
    return a, text[a:min(ends) if ends else len(text)]


def _phenomenon(text: str, span: tuple[int, int], family: str) -> str:
    start, sentence = _sentence(text, span)
    _, omap, folded = stripped_folded(sentence)
    words = [X._Word(m.start(), m.end(), m.group()) for m in X._WORD.finditer(folded)]
    trace: list[str] = []

    def show(a: int, b: int) -> str:
        oa, ob = omap.span_to_original(a, b)
        return sentence[oa:ob]

    tb = X._tables()
    kept = X._triggers(tb, words, folded, 0, trace, show)
    lo, hi = span[0] - start, span[1] - start

    def inside(w: X._Word) -> bool:
        oa, ob = omap.span_to_original(w.start, w.end)
        return lo <= oa and ob <= hi

    mine = [h for h in kept if _family(h.kind.value) == family and inside(words[h.first])]
    if mine:
        h = mine[0]
        at = omap.span_to_original(words[h.first].start, words[h.first].end)[0]
        before = sentence[:at]
        if h.tense == "noun" and _PREPOSITION.search(before.rstrip() + " x"):
            return "verbal noun after a preposition"
        if _SPEECH.search(before):
            return "in a speech's complement"
        return "kept, not emitted"
    why = [t for t in trace if f"is no {family}" in t or (family == "statement" and "is no interview" in t)]
    if why:
        reason = why[0].split(": ", 1)[1]
        reason = re.sub(r"'[^']*'", "'…'", reason)
        return "rejected: " + reason
    needs = [t for t in trace if f"reports {family} only beside" in t]
    if needs:
        return "needs a word beside it: " + needs[0].split("(", 1)[1].split(")", 1)[0]
    if _PASSIVE.search(text[span[0]:span[1]]):
        return "no trigger word (passive, تم …)"
    return "no trigger word"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lo", nargs="?", type=int, default=1, help="the first excerpt id (default 1)")
    parser.add_argument("hi", nargs="?", type=int, default=LAST_DEV, help="the last id (at most 1683)")
    parser.add_argument("--list", action="store_true", help="list every such miss")
    args = parser.parse_args(argv)
    hi = min(args.hi, LAST_DEV)
    paths = [p for p in sorted(DATA.glob("*.toml")) if p.stem.isdigit() and args.lo <= int(p.stem) <= hi]
    by_pair: Counter[tuple[str, str]] = Counter()
    by_what: Counter[str] = Counter()
    by_both: Counter[tuple[str, str, str]] = Counter()
    lines: list[str] = []
    misses = 0
    for p in paths:
        x = load_excerpt(p)
        if x.part != "dev":
            continue
        s = score_excerpt(x)
        for g in x.events:
            if g.index in s.strict:
                continue
            misses += 1
            over = [e for e in s.produced if overlap(g, e, x.id) > 0]
            if any(_family(e.kind.value) == g.family for e in over):
                continue
            kinds = {_family(e.kind.value) for e in over}
            under = "statement" if "statement" in kinds else "another kind" if kinds else "none"
            what = _phenomenon(x.text, g.span, g.family)
            by_pair[g.family, under] += 1
            by_what[what] += 1
            by_both[g.family, under, what] += 1
            lines.append(f"{x.id} #{g.index} {g.family} under {under} [{what}]: {g.evidence[:110]}")
    total = sum(by_pair.values())
    print(f"strict misses on {args.lo:03d}-{hi}: {misses}; with no produced event of their kind over "
          f"their words: {total}")
    print("\nby (gold kind, kind produced over it):")
    for (kind, under), n in by_pair.most_common():
        print(f"  {n:4d}  {kind:12s} under {under}")
    print("\nby phenomenon:")
    for what, n in by_what.most_common():
        print(f"  {n:4d}  {what}")
    if args.list:
        print("\nby kind, what lies over it, phenomenon:")
        for (kind, under, what), n in by_both.most_common():
            print(f"  {n:4d}  {kind} under {under}: {what}")
        print()
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
