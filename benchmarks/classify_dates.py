"""The date misses of the event coder between a day and the publication window, classed by cue.

    python benchmarks/classify_dates.py 1 1445          # the lower dev ids (tuned on)
    python benchmarks/classify_dates.py 1 1445 --rows   # one line per event too

Every gold event loosely matched by a produced event of its family with an actor in common falls in
one of two populations by the produced date:

* ``window`` — the coder leaves it on or before publication (no date governs it); the gold gives a
  day (``gold day``), the window too (``gold window``), or another date;
* ``stated`` — the coder gives a stated day; the gold gives the window (``gold window``), that day
  (``gold same``), or another date.

Each event is classed by: where the gold's day comes from (the sentence of the event before or after
its words, an earlier sentence — the lead, the headline, the dateline, how far back —, a later one,
the publication day unstated, nowhere); the tense of its clause (the pluperfect «وكان … قد», «كانت
قد», «سبق أن», a present verb, a verbal noun: the trigger's reading in the trace); the sentence's
opening connective; whether it goes on with the lead's story (a doer or a place of the lead's events)
or is background. Each cue prints how many events of each gold class it covers, so a cue that splits
the gold cleanly shows (carry43). Only the dev part is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from dev_excerpts import excerpts, over_gold, range_parser
from event_scoring import (  # in tests/
    Excerpt,
    GoldEvent,
    KnowsActors,
    _family,
    actor_in_common,
    produce,
    same_date,
    score_excerpt,
)

from syrtimeline import extract
from syrtimeline.dates.normalize import fold

if TYPE_CHECKING:
    from syrtimeline import Event

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
#: Sentence openers, folded, longest first (a connective of several words before its first word).
OPENERS = (
    "وفي سياق متصل", "في سياق متصل", "وفي سياق اخر", "من جهه اخري", "ومن جهه اخري", "من ناحيه اخري",
    "ومن ناحيه اخري", "علي صعيد اخر", "وعلي صعيد اخر", "في سياق اخر", "بدوره", "بدورها", "ميدانيا",
    "الي ذلك", "والي ذلك", "في غضون ذلك", "وفي غضون ذلك", "في الاثناء", "وفي الاثناء", "في هذه الاثناء",
    "من جهته", "من جهتها", "ومن جهته", "ومن جهتها", "في حين", "وفي وقت سابق", "في وقت سابق",
    "وفي وقت لاحق", "وبحسب", "بحسب", "وحسب", "وكان", "وكانت", "كما", "وكما", "واضاف", "واضافت", "وقال",
    "وقالت", "واكد", "واكدت", "واشار", "واشارت", "واوضح", "واوضحت", "وذكر", "وذكرت", "واعلن", "واعلنت",
    "فيما", "بينما", "وفي", "في", "ومن", "و", "يذكر ان", "ويذكر ان", "وتاتي", "وياتي", "وجاء",
    "وسبق", "وتابع", "وتابعت", "ولفت", "ولفتت", "ثم",
)
_PLUPERFECT = re.compile(r"\b(و?كان|و?كانت|و?كانوا)\b(?:\s+\S+){0,6}?\s+قد\b")
_ALREADY = re.compile(r"\b(و?سبق|و?سبقت)\s+(ان|له|لها|لهم)\b")
_DATELINE = re.compile(r"^\S+(?:\s+\S+){0,3}\s*[-–—]")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < len(text):
        out.append((at, len(text)))
    return out


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> int:
    for k, (a, b) in enumerate(sents):
        if a <= pos < b + 1:
            return k
    return len(sents) - 1


def opener(sentence: str) -> str:
    """The connective a sentence opens with (folded), else its first word."""
    f = fold(sentence).strip()
    f = _DATELINE.sub("", f, count=1).strip() if _DATELINE.match(f) and len(f.split()) > 6 else f
    for o in OPENERS:
        if f.startswith(o) and f[len(o):len(o) + 1] in (" ", ",", "،", ""):
            return o
    return "(" + (f.split()[0].rstrip(",،") if f.split() else "") + ")"


def tense(e_trace: tuple[str, ...], before: str) -> str:
    """The tense of the event's clause: pluperfect, «سبق أن», else the trigger's reading."""
    f = fold(before)
    if _PLUPERFECT.search(f):
        return "pluperfect"
    if _ALREADY.search(f):
        return "sabaqa"
    for t in e_trace:
        if t.startswith("trigger:"):
            m = re.search(r", (\w+)\) →", t)
            return m.group(1) if m else "?"
    return "?"


def _why(e_trace: tuple[str, ...]) -> str:
    """The date step of the trace, shortened: the named rule, or where the date stood."""
    for t in e_trace:
        if t.startswith("date:") or ("(" in t and "date" in t):
            m = re.findall(r"\((\w+)\)", t)
            if m and m[-1] not in ("rule",):
                return m[-1]
            for w in ("nearest date after", "nearest date before", "none governs", "the clause before",
                      "sentence told before", "sentence before told"):
                if w in t:
                    return w
    return "-"


def _pairs(x: Excerpt, strict: dict[int, int], loose: dict[int, int], produced: list[Event],
           timeline: KnowsActors, taken: set[int]) -> Iterator[tuple[GoldEvent, str, Event]]:
    """Each gold event with the produced event it is measured against: ``all`` for the loose match
    with an actor in common (the cue's cover), ``miss`` for a strict miss of class ``date`` (the best
    free event of its family over its words, as ``classify_misses.py`` picks it)."""
    for g in x.events:
        p = loose.get(g.index)
        if p is not None and _family(produced[p].kind.value) == g.family \
                and actor_in_common(g, produced[p], timeline):
            yield g, "all", produced[p]
        if g.index in strict:
            continue
        free = [t for t in over_gold(g, produced, x.id, family=True) if t[1] not in taken]
        if free:
            _, _, e = max(free, key=lambda t: (t[0], t[1]))
            if actor_in_common(g, e, timeline) and not same_date(g, e):
                yield g, "miss", e


def _day(v: tuple[dt.date, dt.date] | str) -> dt.date | None:
    return v[0] if not isinstance(v, str) and v[0] == v[1] else None


def main(argv: list[str] | None = None) -> int:
    parser = range_parser(__doc__)
    parser.add_argument("--rows", action="store_true", help="one line per event")
    args = parser.parse_args(argv)
    cues: dict[str, Counter[str]] = defaultdict(Counter)  # every event loosely matched, its actor right
    missed: dict[str, Counter[str]] = defaultdict(Counter)  # the strict misses of class ``date``
    rows: list[str] = []
    split: dict[tuple[str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for x in excerpts(args.lo, args.hi):
        scored = score_excerpt(x)
        produced, timeline = produce(x)
        mentions = [m for m in extract(x.text, x.published) if m.value is not None]
        sents = _sentences(x.text)
        lead = 1 if len(sents) > 1 and len(x.text[slice(*sents[0])].split()) <= 4 else 0  # «دمشق - البيان»
        lead_actors: set[str] = set()
        lead_places: set[str] = set()
        for e in produced:
            sp = next((s.span for s in e.sources if s.ref == x.id and s.span), None)
            if sp is not None and _sentence_of(sents, sp[0]) <= lead:
                lead_actors.update(e.actors)
                if e.where is not None:
                    lead_places.add(e.where.place_id)
        taken = set(scored.strict.values())
        for g, tag, e in _pairs(x, scored.strict, scored.loose, produced, timeline, taken):
            basis = e.when_basis.value
            gday = _day(g.date)
            if basis == "on-or-before-publication":
                pop = "window"
                gold = "day" if gday else ("window" if g.date == basis else "other")
            elif basis == "stated" and e.when is not None and e.when.start == e.when.end:
                pop = "stated"
                gold = ("same" if gday == e.when.start else "window" if g.date == "on-or-before-publication"
                        else "other")
            else:
                continue
            k = _sentence_of(sents, g.span[0])
            sa, sb = sents[k]
            # where the gold's day (or, for the window, the last day told) comes from
            told = [m for m in mentions if m.end <= g.span[0] and m.value.start == m.value.end]
            last = told[-1] if told else None
            src = "none told before"
            if last is not None:
                j = _sentence_of(sents, last.start)
                where = "same sentence" if j == k else ("lead" if j <= lead else f"back {min(k - j, 4)}")
                pubday = "pub" if last.value.start == x.day else (
                    "pub-1" if last.value.start == x.day - dt.timedelta(days=1) else "other day")
                src = f"{where}, {pubday}"
            if gday is not None:
                same = [m for m in mentions if m.value.start == m.value.end == gday]
                before = [m for m in same if m.end <= g.span[0]]
                if any(sa <= m.start < sb for m in same):
                    origin = "in its sentence"
                elif before:
                    j = _sentence_of(sents, before[-1].start)
                    origin = ("the first line (a dateline, a headline)" if j < lead
                              else "the lead" if j == lead else f"{min(k - j, 4)} sentences back")
                elif same:
                    origin = "later"
                elif gday == x.day:
                    origin = "publication day, unstated"
                else:
                    origin = "nowhere"
            else:
                origin = "-"
            sent = x.text[sa:sb]
            op = opener(sent)
            tn = tense(e.trace, x.text[sa:g.span[1]])
            story = "lead" if k <= lead else (
                "same doer" if set(e.actors) & lead_actors else (
                    "same place" if e.where is not None and e.where.place_id in lead_places else "other"))
            key = f"{pop}:{gold}"
            why = "merged" if e.records else _why(e.trace)
            for name, value in (("origin", origin), ("last told", src), ("opener", op), ("tense", tn),
                                ("story", story), ("kind", g.kind), ("date rule", why)):
                (cues if tag == "all" else missed)[f"{name} = {value}"][key] += 1
            if tag == "miss":
                continue
            if pop == "window" and last is not None and k > lead and gold in ("day", "window") and (
                    gold == "window" or gday == last.value.start):
                # the same day told before, carried by the gold to one event and not to another
                split[(x.id, last.start)][gold].append(g.index)
            if args.rows:
                rows.append(f"{x.id} #{g.index} {key} {g.kind} [{origin}] [{src}] {op} {tn} {story} <{why}>"
                            f" :: {g.evidence[:60]}")
    keys = ("window:day", "window:window", "window:other", "stated:window", "stated:same", "stated:other")
    print("the strict misses of class date (as classify_misses.py picks the produced event), by class:")
    print("cue".ljust(44), " ".join(k.rjust(14) for k in ("window:day", "stated:window")))
    for cue in sorted(missed, key=lambda c: (c.split(" = ")[0], -sum(missed[c].values()))):
        if missed[cue]["window:day"] + missed[cue]["stated:window"] >= 3:
            print(cue[:44].ljust(44), " ".join(str(missed[cue][k]).rjust(14) for k in ("window:day",
                                                                                          "stated:window")))
    print(f"  in all: {sum(c['window:day'] for c in missed.values()) // 7} window:day, "
          f"{sum(c['stated:window'] for c in missed.values()) // 7} stated:window")
    print("\nevery event loosely matched with an actor in common, by cue (the cue's cover):")
    print("cue".ljust(44), " ".join(k.rjust(14) for k in keys))
    for cue in sorted(cues, key=lambda c: (c.split(" = ")[0], -sum(cues[c].values()))):
        if sum(cues[cue].values()) >= 5:
            print(cue[:44].ljust(44), " ".join(str(cues[cue][k]).rjust(14) for k in keys))
    print("\nthe gold split within one text (events after the lead, no day of their own, the same day "
          "told last before them: carried to some, not to others):")
    both = {key: v for key, v in split.items() if v["day"] and v["window"]}
    for (xid, _), v in sorted(both.items()):
        print(f"  {xid}: the day told last carried to #{' #'.join(map(str, v['day']))}, "
              f"not to #{' #'.join(map(str, v['window']))}")
    print(f"  {len(both)} texts of {len({k[0] for k in split})} with such events")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
