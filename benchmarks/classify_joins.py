"""Every in-article join of the merge, and what the joined event keeps, against the gold.

    python benchmarks/classify_joins.py                  # the whole dev part
    python benchmarks/classify_joins.py 1 1445           # the dev excerpts numbered 1-1445
    python benchmarks/classify_joins.py 1 1445 --rows    # ... and one line per date the join moved

A *join* is a report of an excerpt that ``merge.group`` put into an event led by another report of the
same excerpt (``Event.records``: the leader is the record whose id is the event's). Each join is
classed by the gold events of the event's kind family that lie under the two sides' cited spans:

* ``one`` — the member and another report of the event lie over one gold event (one happening told
  twice);
* ``two`` — they lie over two different gold events (two happenings made one: one of them is lost);
* ``empty`` — one side lies over no gold event of the family (a restatement, a summary, a detail, a
  false reading): kept apart, it would be a false event.

The first table counts the classes under every condition the merge can read (the two reports' date
ranks, places, actors, doers, how far apart their words are): a condition that would keep joins apart
gains the ``two`` column and frees the ``empty`` and ``one`` columns as false events. Then, for every
gold event matched (loosely) to a joined event, the report over its evidence (the one the gold would
have alone) against the joined event: strict alone and joined, which attribute moved (date, actor), the
date of groups that mix a precisely dated report and one dated by the publication window, and the doers
the event keeps (every report's, or the leader's) against the gold's actors. A ``cue …`` line counts the
joins whose later report's clause opens with one of the words (:data:`CUES`) that may tell a second
happening from a retelling (retell36). Only the dev part is read.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dev_excerpts import excerpts, print_counts, range_parser
from event_scoring import (  # the scorer lives in tests/
    Excerpt,
    GoldEvent,
    KnowsActors,
    _contained,
    _family,
    actor_in_common,
    overlap,
    produce,
    same_date,
    score_excerpt,
)

from syrtimeline.events.merge import date_rank

if TYPE_CHECKING:
    from syrtimeline import Event

RANKS = "PSWU"  # merge.date_rank: precise, since, window around publication, undated

#: The words that may tell a second happening from a retelling (retell36), sought in the later report's
#: clause: from the last clause mark before its cited span to a few letters into it («، كما قصفت»).
CUES = {
    "كما + a verb": re.compile(r"^\s*و?كما\s+(?!\S*(?:أن|ان|إن)\b)\S+"),
    "وكان … قد": re.compile(r"^\s*و?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,6}?قد\s"),
    "في وقت لاحق / سابق, لاحقاً": re.compile(r"في\s+وقت\s+(?:لاحق|سابق)|لاحقا"),
    "مرة ثانية / أخرى, مجدداً, من جديد": re.compile(r"مرة\s+(?:ثانية|أخرى|اخرى)|مجددا|من\s+جديد"),
    "هجوم / غارة … آخر": re.compile(r"(?:هجوم|غارة|غارات|قصف|هجمات|اجتماع|لقاء)\s+(?:آخر|أخرى|اخر|اخرى)"),
    "في حين, بينما": re.compile(r"^\s*(?:في\s+حين|بينما)"),
}
CLAUSE_MARKS = ".\n؛،,:"


def cues_of(span: tuple[int, int], text: str) -> list[str]:
    """The :data:`CUES` in the clause that opens the report cited at *span*."""
    cut = max(text.rfind(c, 0, span[0] + 1) for c in CLAUSE_MARKS)  # a span may open on its comma
    clause = text[cut + 1:span[0] + 12]
    return [name for name, cue in CUES.items() if cue.search(clause)]


def span_of(e: Event, ref: str) -> tuple[int, int]:
    spans = [s.span for s in e.sources if s.ref == ref and s.span is not None]
    return min(spans) if spans else (0, 0)


def relation(a: frozenset[str], b: frozenset[str]) -> str:
    if not a or not b:
        return "one or both none"
    if a == b:
        return "equal"
    return "overlap" if a & b else "disjoint"


def conditions(leader: Event, m: Event, x: Excerpt) -> list[str]:
    """What the merge could read of a join: each condition a line of the first table."""
    out = ["all", f"family {leader.kind.family.value}",
           "ranks " + "".join(RANKS[date_rank(e.when, e.when_basis)] for e in (leader, m))]
    if leader.where is None or m.where is None:
        out.append("places " + ("both unplaced" if leader.where is m.where else "one unplaced"))
    else:
        out.append("places " + ("same" if leader.where.key() == m.where.key() else "one inside the other"))
    out.append("actors " + relation(frozenset(leader.actors), frozenset(m.actors)))
    out.append("doers " + relation(frozenset(leader.source_actors), frozenset(m.source_actors)))
    out.append("targets " + relation(frozenset(leader.target_actors), frozenset(m.target_actors)))
    if leader.mode and m.mode:
        out.append("modes " + ("same" if leader.mode == m.mode else "differ"))
    out.append("words " + words_apart(span_of(leader, x.id), span_of(m, x.id), x.text))
    first = span_of(m, x.id) < span_of(leader, x.id)
    out.append("text order " + ("member first" if first else "leader first"))
    out += [f"cue {c}" for c in cues_of(max(span_of(m, x.id), span_of(leader, x.id)), x.text)]
    return out


def date_of(e: Event) -> tuple[object, str]:
    return (e.when, e.when_basis.value)


def read(excerpts: Sequence[Excerpt], rows: list[str]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    kept: Counter[str] = Counter()
    for x in excerpts:
        scored = score_excerpt(x)
        _, timeline = produce(x)
        for p, event in enumerate(scored.produced):
            reports = [r for r in event.records if any(s.ref == x.id for s in r.sources)]
            if len(reports) < 2:
                continue
            family = [g for g in x.events if g.family == _family(event.kind.value)]
            under = {r.id: {g.index for g in family if overlap(g, r, x.id) > 0} for r in reports}
            leader = next((r for r in reports if r.id == event.id), reports[0])
            for m in reports:
                if m is leader:
                    continue
                mine = under[m.id]
                others = set().union(*(under[r.id] for r in reports if r is not m))
                cls = "empty" if not mine or not others else ("one" if mine & others else "two")
                for c in conditions(leader, m, x):
                    table[c][cls] += 1
            for g in family:
                if scored.loose.get(g.index) == p:
                    keeps(g, event, leader, reports, scored.strict, p, timeline, x, kept, rows)
    return table, kept


def words_apart(a: tuple[int, int], b: tuple[int, int], text: str) -> str:
    """How far apart two cited spans are: overlapping, in one sentence, or in two."""
    a, b = sorted([a, b])
    if b[0] < a[1]:
        return "overlap"
    return "in two sentences" if any(c in text[a[1]:b[0]] for c in ".\n") else "in one sentence"


def mixed(g: GoldEvent, event: Event, report: Event, reports: Sequence[Event], joined: bool, alone: bool,
          x: Excerpt, kept: Counter[str]) -> None:
    """In a joined event that mixes a precisely dated report (P) and one dated by the publication window
    (W): which of the two the gold lies over, told before or after the nearest report of the other rank,
    and whether the report alone and the joined event (the P report's date) match it strictly."""
    rank = date_rank(report.when, report.when_basis)
    if rank not in (0, 2) or {0, 2} - {date_rank(r.when, r.when_basis) for r in reports}:
        return
    other = [r for r in reports if date_rank(r.when, r.when_basis) == 2 - rank]
    near = min(other, key=lambda r: abs(span_of(r, x.id)[0] - span_of(report, x.id)[0]))
    told = "first" if span_of(report, x.id) < span_of(near, x.id) else "later"
    apart = words_apart(span_of(report, x.id), span_of(near, x.id), x.text)
    kept[f"P+W: gold on the {RANKS[rank]} report, told {told}, {apart}: strict alone {alone}, "
         f"joined {joined}"] += 1


def keeps(g: GoldEvent, event: Event, leader: Event, reports: Sequence[Event], strict: dict[int, int], p: int,
          timeline: KnowsActors, x: Excerpt, kept: Counter[str], rows: list[str]) -> None:
    """What the joined *event* keeps for the gold *g*, against the report over g's evidence."""
    report = max(reports, key=lambda r: overlap(g, r, x.id))
    alone = actor_in_common(g, report, timeline) and same_date(g, report)
    joined = g.index in strict
    kept["gold events on a joined event"] += 1
    kept[f"strict: the report alone {'right' if alone else 'wrong'}, the joined event "
         f"{'right' if joined else 'wrong'}"] += 1
    if alone and not joined:
        taken = p in strict.values()
        why = ("the joined event is matched to another gold event" if taken else
               "date" if not same_date(g, event) else "actor")
        kept[f"  report right, joined wrong: {why}"] += 1
    if joined and not alone:
        kept["  joined right, report wrong: " + ("date" if not same_date(g, report) else "actor")] += 1
    if report is not leader:
        kept["the gold's report is not the leader"] += 1
        if not any(overlap(h, leader, x.id) > 0 for h in x.events if h.family == g.family):
            kept["  ... and the leader lies over no gold event of the family"] += 1
    mixed(g, event, report, reports, joined, alone, x, kept)
    if date_of(report) != date_of(event) and same_date(g, report) != same_date(g, event):
        rows.append(f"{x.id} #{g.index} {g.kind}: gold {g.date}; report {report.when} "
                    f"{report.when_basis.value}; joined {event.when} {event.when_basis.value}; "
                    f"{'report' if alone else 'joined'} right :: {' '.join(g.evidence.split())[:60]}")
    if g.actors:
        def names(a: str) -> Sequence[str]:
            actor = timeline.actors.get(a)
            return actor.names_ar if actor is not None else (a,)

        def names_gold(a: str) -> bool:
            return any(_contained(s, n) or _contained(n, s) for s in g.actors for n in names(a))

        first = leader.source_actors or next((r.source_actors for r in reports if r.source_actors), ())
        for rule, doers in (("every report's", event.source_actors), ("the leader's", first),
                            ("the gold's report's", report.source_actors)):
            kept[f"doers: {rule}: a gold actor among them"] += any(names_gold(a) for a in doers)
            kept[f"doers: {rule}: doers naming no gold actor"] += sum(not names_gold(a) for a in doers)


def main(argv: list[str] | None = None) -> int:
    parser = range_parser(__doc__)
    parser.add_argument("--rows", action="store_true",
                        help="one line per gold event whose date the join moved")
    args = parser.parse_args(argv)
    chosen = list(excerpts(args.lo, args.hi))
    rows: list[str] = []
    table, kept = read(chosen, rows)
    print("joins by condition               two  empty    one")
    for c in sorted(table, key=lambda c: (c != "all", c)):
        n = table[c]
        print(f"  {c:<30}{n['two']:>5}{n['empty']:>7}{n['one']:>7}")
    print_counts(kept, 6, lambda k: k.startswith("gold"))
    if args.rows:
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
