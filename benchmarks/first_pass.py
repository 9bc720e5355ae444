"""Would a cheap first pass that skips sentences with no temporal word speed the date engine? (speed19)

    python benchmarks/first_pass.py                        # the analysis, the identity check, the timing
    python benchmarks/first_pass.py --mode plain           # one process: extract() over the corpus
    python benchmarks/first_pass.py --mode first-pass      # the same, each text lexed with the first pass

The first pass (issue 17, item 6) finds the sentences that can hold a mention and lexes only those: every
other sentence of the stripped text is overwritten, in place, with a run of one letter that no word of the
lexicon holds (so every offset stays where it was and the lexer's scan crosses the run in C), and the
engine runs as before on the tokens of that text. Which sentences can hold a mention is read from the
rules themselves, not from a copy:

1. *Heads.* A symbol set H such that every rule's match consumes at least one symbol of H, found on the
   rules' parse trees (``re._parser``, as ``regex_facts.py`` reads them): greedily, each symbol is left out
   of H (the commonest first) when no rule can then match without one. Look-arounds are taken as always
   true, so a rule is never thought to need a symbol it does not consume. A rule that can match without
   any head but whose resolver declines without a word after it (``CUE_RULES``) is left out of that test;
   its cue joins the trigger.
2. *The trigger*, built from the lexer's tables: the words whose symbol is a head (months of every calendar,
   weekdays, the relative words, the units …), ألف and ألفين (a year in words), one word of each
   multi-word name that gives a head, the ل-forms of all of them, with any clitic before them; four digits
   (a year), a numeric date, an abbreviated month (ك2); the cues.
3. *Sentences* end at a full stop, a question or exclamation mark followed by white space, or a line break.
   A sentence with no trigger is overwritten, unless the sentence after it holds a cue.

The script checks that the mentions are those of the plain path on every article of the corpus, measures
the share of the text skipped and the CPU of both paths (alternated in one process), and, as an upper
bound, the path that skips exactly the sentences that hold no mention (an oracle: the plain path's own
answer). The finding of speed19 (benchmarks/RESULTS.md): the trigger costs more than it saves.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]  # private, as in syrtimeline/dates/regex_facts.py
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_extract as bench

from syrtimeline.dates import engine as E
from syrtimeline.dates import lexer as LX
from syrtimeline.dates import rules as R
from syrtimeline.dates.grammar import compiled
from syrtimeline.dates.normalize import strip

S = LX.Sym
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
# A rule that can match with no head, and the words its resolver needs after the match (it declines
# without them): day_of_it (في 26 منه), agency_dateline (19 - 2 (كونا)), and numeric_day_month_context,
# whose look-behind needs «بتاريخ» (its symbol date_of joins the trigger).
CUE_RULES = ("day_of_it", "agency_dateline", "numeric_day_month_context")
# The order in which symbols are tried out of H: the commonest in running news text first (the tokens of
# the 2 MB bench corpus), so that the trigger is as rare as the rules allow. Any order gives a sound H.
_COMMON_FIRST = (
    "FILLER", "IN", "BRK", "FROM", "TO", "THAT", "SMALL", "COMMA", "OTHER_NUM", "BIG", "AND", "CARD",
    "BETWEEN", "PAST", "SINCE", "THIS", "PART", "ORD", "TIMES", "BEFORE", "APPROX", "LAST", "TIME",
    "SEVERAL", "CURRENT", "SAME", "AFTER", "EVERY", "FOR", "SLASH", "COLON", "LPAREN", "DASH", "RPAREN",
    "FIRST", "HALF", "DATE_OF",
)
_OVERWRITE = "ژ"  # no word of the lexicon holds it (checked in main)
_SENTENCE_END = re.compile(r"[.!?؟]\s+|\n")


def avoids(items: Iterable[Any], heads: set[str]) -> bool:
    """Can the parsed pattern *items* match a string that holds no symbol of *heads*?"""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if chr(av) in heads:
                return False
        elif name == "IN":
            if not any((str(o) == "LITERAL" and chr(a) not in heads)
                       or (str(o) == "RANGE" and any(chr(c) not in heads for c in range(a[0], a[1] + 1)))
                       or str(o) in ("NEGATE", "CATEGORY") for o, a in av):
                return False
        elif name == "SUBPATTERN":
            if not avoids(av[-1], heads):
                return False
        elif name == "ATOMIC_GROUP":
            if not avoids(av, heads):
                return False
        elif name == "BRANCH":
            if not any(avoids(alt, heads) for alt in av[1]):
                return False
        elif name in _REPEATS:
            if av[0] > 0 and not avoids(av[2], heads):
                return False
        elif name not in ("ASSERT", "ASSERT_NOT", "AT", "ANY", "NOT_LITERAL"):
            raise ValueError(f"unknown parse item {name}")
    return True


def heads() -> set[str]:
    """The head symbols: every rule not in CUE_RULES consumes at least one."""
    g = compiled()
    trees = [list(_parser.parse(p.pattern)) for (r, _), p in zip(g.rules, g.single, strict=True)
             if r.name not in CUE_RULES]
    order = [*_COMMON_FIRST, *(s.name for s in S if s.name not in _COMMON_FIRST)]
    found = {s.value for s in S}
    assert not any(avoids(t, found) for t in trees)
    for name in order:
        fewer = found - {S[name].value}
        if not any(avoids(t, fewer) for t in trees):
            found = fewer
    return found


def cues() -> re.Pattern[str]:
    """The words the resolvers of CUE_RULES need after a match (R._OF_IT, R._AGENCY_MARKS)."""
    return re.compile("|".join(["منه", *(re.escape(m) for m in R._AGENCY_MARKS)]))


def trigger(head: set[str]) -> re.Pattern[str]:
    """The first pass's regex over the stripped text (after a space put before it), from the tables."""
    words = set()
    for w, (cat, value) in LX.WORDS.items():
        sym = LX.SYMBOLS[cat]
        if sym.value in head or sym is S.DATE_OF or (sym is S.CARD and value in (1000, 2000)):
            words.add(w)
    for key, (cat, _) in LX.MULTIWORD.items():
        if LX.SYMBOLS[cat].value in head:
            words.add(LX.fold(max(key, key=len)))
    words |= {lil for lil, w in LX._LIL.items() if w in words}
    scan = LX._scan_regex()
    assert scan is not None
    no_letter = scan.pattern[:scan.pattern.index("](?:") + 1]
    abbreviated = "".join(sorted({letter for letter, _ in LX._ABBR}))
    # a run of digits (after at most four clitic letters) that holds a year or a numeric date, or the
    # digit of an abbreviated month (ك2); both after no letter, as the lexer's number branch reads them
    digits = (rf"[وفبالك{abbreviated}]{{0,4}}(?=\d)[\d./:,٫٬\\-]*?"
              r"(?:\d{4}|\d[./\\-]\d{1,2}[./\\-]\d)|" f"[{abbreviated}]\\d")
    return re.compile(f"{no_letter}(?:[وفبلك]{{0,3}}(?:{LX._trie_regex(sorted(words))})"
                      r"(?:(?![^\W\d_])|ال)|" f"{digits})")


def _sentences(stripped: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENTENCE_END.finditer(stripped):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(stripped)))
    return spans


def _overwritten(stripped: str, skip: Callable[[int, int], bool]) -> tuple[str, int]:
    """*stripped* with the sentences *skip* says to skip overwritten, and how many characters they hold."""
    out, last, skipped = [], 0, 0
    for s, e in _sentences(stripped):
        if e > s and skip(s, e):
            out += [stripped[last:s], _OVERWRITE * (e - s)]
            last, skipped = e, skipped + e - s
    out.append(stripped[last:])
    return "".join(out), skipped


def lex_first_pass(text: str, trig: re.Pattern[str], cue: re.Pattern[str]) -> tuple[E.Lexed, int]:
    """``E.lex(text)`` with the first pass: the sentences with no trigger are overwritten before tokenize,
    but for a sentence right before one that holds a cue (the cue may follow the match across the break)."""
    stripped, omap = strip(text)
    sentences = _sentences(stripped)
    starts = [s for s, _ in sentences]
    spaced = " " + stripped  # the trigger reads the character before a word: sentence [s, e) is here
    search = trig.search  # [s, e + 1), its first trigger only
    keep = [search(spaced, s, e + 1) is not None for s, e in sentences]
    for m in cue.finditer(stripped):
        k = bisect.bisect_right(starts, m.start()) - 1
        keep[k] = True
        keep[max(k - 1, 0)] = True
    kept = dict(zip(starts, keep, strict=True))
    overwritten, skipped = _overwritten(stripped, lambda s, e: not kept[s])
    return E.Lexed(text, stripped, omap, LX.tokenize(overwritten)), skipped


def lex_oracle(text: str, published: object) -> tuple[E.Lexed, int, str]:
    """The bound: exactly the sentences that hold no mention of the plain path overwritten."""
    stripped, omap = strip(text)
    spans = [m.span for m in E.extract(text, published)]  # type: ignore[arg-type]

    def skip(s: int, e: int) -> bool:
        os_, oe = omap.span_to_original(s, e)
        return not any(a <= oe and b >= os_ for a, b in spans)

    overwritten, skipped = _overwritten(stripped, skip)
    return E.Lexed(text, stripped, omap, LX.tokenize(overwritten)), skipped, overwritten


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=20211218)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--mode", choices=("plain", "first-pass"), help="one process, one mode: its CPU")
    args = ap.parse_args(argv)
    assert not any(_OVERWRITE in w for w in (*LX.WORDS, *LX._LIL))
    articles = bench.build_corpus(args.size_mb, args.seed)
    total = sum(len(a.text) for a in articles)
    head = heads()
    trig = trigger(head)
    cue = cues()
    if args.mode:
        t = time.process_time()
        for a in articles:
            lexed = lex_first_pass(a.text, trig, cue)[0] if args.mode == "first-pass" else None
            E.extract(a.text, a.published, lexed=lexed)
        print(f"{args.mode}: {time.process_time() - t:.3f} s CPU, {len(articles)} articles")
        return 0
    print("heads:", " ".join(sorted(S(x).name for x in head)))
    same = skipped = oracle_skipped = 0
    for a in articles:
        plain = E.extract(a.text, a.published)
        lexed, n = lex_first_pass(a.text, trig, cue)
        if E.extract(a.text, a.published, lexed=lexed) == plain:
            same += 1
        else:
            print("first pass differs:", a.name)
        skipped += n
        lexed, n, _ = lex_oracle(a.text, a.published)
        if E.extract(a.text, a.published, lexed=lexed) == plain:
            same += 1
        else:
            print("oracle differs:", a.name)
        oracle_skipped += n
    print(f"identical mentions: {same} of {2 * len(articles)} (first pass and oracle, {len(articles)} texts)")
    print(f"skipped: first pass {skipped / total:.1%} of the characters, oracle {oracle_skipped / total:.1%}")
    oracles = [lex_oracle(a.text, a.published) for a in articles]
    t = time.process_time()
    for a in articles:
        list(trig.finditer(" " + strip(a.text)[0]))
    print(f"the trigger alone: {time.process_time() - t:.3f} s CPU")
    for _ in range(args.rounds):
        row = []
        for name in ("plain", "first-pass", "oracle"):
            t = time.process_time()
            for a, (lo, _, text) in zip(articles, oracles, strict=True):
                if name == "plain":
                    E.extract(a.text, a.published)
                elif name == "first-pass":
                    E.extract(a.text, a.published, lexed=lex_first_pass(a.text, trig, cue)[0])
                else:  # the oracle's tokens, lexed again
                    relexed = E.Lexed(a.text, lo.stripped, lo.omap, LX.tokenize(text))
                    E.extract(a.text, a.published, lexed=relexed)
            row.append(time.process_time() - t)
        print(f"CPU s: plain {row[0]:.3f}, first pass {row[1]:.3f} ({row[1] / row[0]:.2f}x), "
              f"oracle {row[2]:.3f} ({row[2] / row[0]:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
