"""When several reports are one event: the merge rule, in plain code.

This module is the specification. :mod:`syrtimeline.events.columnar` does the same work in little
memory and near-linear time for corpora of millions of reports; a property test proves the two give
identical timelines, and :class:`~syrtimeline.events.Timeline` uses this one for small inputs.

**Which reports may be one event** (:func:`same_event`). Two reports are the same event when

* their kinds are of one family (an interview is a statement) and they do not name different channels;
* their places are compatible (:func:`syrtimeline.events.where.compatible`: either unplaced, the same
  place, or one inside the other, a town inside its governorate; a strike on Saraqib and one on Ariha
  the same day are two strikes);
* they are not two knowledge-base entries (the knowledge base is curated: two entries are two events);
* they do not name different people (states, ministries and other bodies, ``GENERIC_ROLES``, do not
  identify an event by themselves: two reports naming only "Russia" are not thereby one event), unless
  one clause of their one article told them both, of a family one clause tells once
  (:func:`told_in_one_clause`: «أحكم الجيش السوري سيطرته على يبرود», the army and its state);
* they are not statements by different speakers (what Ankara says and what Moscow says the same day
  about the same strike are two statements: ``speakers``, a statement's source actors), nor one
  speaker's statements on days that are known and differ (what Lavrov said yesterday and today),
  nor one speaker's statements that the coder of their one article kept apart (:func:`kept_apart_here`:
  it joins a speech's continuations and leaves apart what was said on an earlier occasion);
* they are not strikes of one article told by different means, one from the ground and one not
  (:func:`moded_apart_here`: the artillery's shelling and the aircraft's raids are two strikes);
* and their dates fit: overlapping dates with a shared actor or the same channel, or with one of them
  telling the other again in their one article (:func:`told_again_here`: it names no actor, is dated
  only by its publication and is placed nowhere narrower), or with both read from one clause of their
  article, of a family one clause tells once (:func:`told_in_one_clause`); an undated report
  with a shared person; a "since" report starting on the same day; or two precise dates at most
  ``SAME_EVENT_GAP`` days apart for the same person (or the same channel's own event: suspension,
  resumption, agreement, negotiation round, end), unless one article dates them both, more than a day
  apart (:func:`dated_apart_here`: one writer giving two days tells two happenings).

**How reports are grouped** (:func:`group`). Reports are taken best-dated first (:func:`priority`:
knowledge-base entries, then precise dates, narrowest and earliest first, then by id), family by
family. Each one joins the group whose *leader* (its first report) it fits, or leads a new group. A
report is compared with leaders only, never with other members, so a run of reports a few days
apart cannot chain into one "event" spanning months; but its place must be compatible with the place
of every report of the group (:func:`placed_alike`), not only the leader's: an unplaced leader (or
one placed at a governorate) must not let a report at Harasta and one at Ayn Tarma be one event
through it. A report with a precise date joins the nearest
leader it fits (the earliest made on a tie); one dated only by a window around its publication, or
not at all, joins only when exactly one leader fits (otherwise which event it reports is unknown, and
it stands alone). The same report twice counts once.

**What the merged event says** (:func:`combine`). Its date is the narrowest (then earliest) precise
date among its reports, with the basis of the first report giving it; else the leader's. Sources that
disagree are kept, never smoothed over: every other precise date that does not overlap the event's
date goes into ``other_dates``, the certainty becomes "uncertain" and the note says so. It has the
leader's id and summary, the most precise place that fits every report's
(:func:`syrtimeline.events.where.merged_where`), every actor, source actor, target actor and source
of its reports, the first
channel and quote given, the kind of the knowledge-base entry (else the most telling kind, by
``triggers.PRIORITY``) and the first mode given for that kind, and is "confirmed" when the leader is or
when two sources and a precise date agree. Each report keeps its own trace (``records``).

Merging starts again from the reports each time (``Event.records``), so it is idempotent, does not
depend on the order of its input, and partial timelines merge into the timeline of the whole.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

from ..dates import DateSpan
from .model import Actor, Certainty, Event, EventKind, WhenBasis, span_order, timeline_order
from .serialize import content_digest
from .triggers import PRIORITY
from .where import compatible_keys, holds_key, merged_where

__all__ = [
    "GENERIC_ROLES",
    "GROUND_MODES",
    "REASONS",
    "SAME_EVENT_GAP",
    "MergeKey",
    "article_of",
    "clause_of",
    "combine",
    "date_rank",
    "dated_apart_here",
    "distance",
    "event_date",
    "generic_actors",
    "group",
    "judge",
    "kept_apart_here",
    "merge",
    "merged_certainty",
    "merged_kind",
    "merged_note",
    "mode_of",
    "moded_apart_here",
    "place_of",
    "placed_alike",
    "priority",
    "retells",
    "same_event",
    "speakers_of",
    "told_again_here",
    "told_in_one_clause",
]

SAME_EVENT_GAP: Final = 7  # days between two precise dates that can still be one event
#: Roles of actors that do not identify an event by themselves: every body's but an office's (a post
#: held by one person at a time). Two reports naming only Russia, or only the SOHR, are not thereby
#: one event; two naming Lavrov on overlapping dates are.
GENERIC_ROLES: Final = frozenset({
    "state", "ministry", "military", "armed group", "military coalition", "political body",
    "international organization", "un agency", "monitor", "civil defence", "humanitarian organization",
    "media", "unnamed source", "described party"})
#: The means of a strike fired from the ground: one article telling a strike by these and one from the
#: air (an air raid, a drone, a missile) tells two strikes (:func:`moded_apart_here`); a missile and an
#: air raid may be one strike told twice (missiles fired by aircraft).
GROUND_MODES: Final = frozenset({"shelling"})
#: Kinds that are a channel's own event: two reports of one on the same channel a few days apart fit.
CHANNEL_LEVEL: Final = frozenset({EventKind.SUSPENSION, EventKind.RESUMPTION, EventKind.AGREEMENT,
                                  EventKind.NEGOTIATION_ROUND, EventKind.END})
#: The families whose reports of one clause are one happening whoever they name (:func:`told_in_one_clause`):
#: troops sent, a town taken, a patrol run, told once by a clause whose other names (the areas' holders,
#: the army and its state) the coder read as a second doer. Not strikes, attacks or agreements (a clause
#: may tell a second doer's: «رداً على قصف نفذه جيش الإسلام», «ثم وافق فيلق الرحمن على اتفاق مماثل»), nor
#: meetings (the gold codes a visit and the host met during it as one meeting in some files, 1029, 1858,
#: and as two in others, 626).
ONE_CLAUSE_FAMILIES: Final = frozenset({EventKind.DEPLOYMENT, EventKind.CAPTURE, EventKind.PATROL})

#: How well a report is dated, from the most to the least telling.
PRECISE, SINCE, WINDOW, UNDATED = 0, 1, 2, 3


def generic_actors(actors: Mapping[str, Actor]) -> frozenset[str]:
    """The ids of the actors whose role is generic (:data:`GENERIC_ROLES`)."""
    return frozenset(a.id for a in actors.values() if a.role in GENERIC_ROLES)


def date_rank(when: DateSpan | None, basis: WhenBasis) -> int:
    """:data:`PRECISE`, :data:`SINCE`, :data:`WINDOW` (a window around publication) or :data:`UNDATED`."""
    if when is None:
        return UNDATED
    if basis is WhenBasis.SINCE:
        return SINCE
    return PRECISE if basis.precise else WINDOW


class MergeKey:
    """What merging reads of one report, and nothing else; ``ref`` is whatever the caller needs to
    find the report again (the event itself, by default)."""

    __slots__ = ("actor_set", "actors", "basis", "channel", "family", "id", "kb", "kind", "mode", "people",
                 "place", "rank", "ref", "speakers", "when")

    id: str
    kb: bool  # a knowledge-base entry
    when: DateSpan | None
    basis: WhenBasis
    kind: EventKind
    family: EventKind
    channel: str | None
    actors: tuple[str, ...]
    actor_set: frozenset[str]
    people: frozenset[str]  # the actors that identify an event (not generic)
    speakers: frozenset[str]  # who says it, when it is a statement (its source actors)
    place: tuple[str, str, str, str] | None  # where it happened (``Where.key()``), None unplaced
    mode: str | None  # how a strike was carried out (an air raid, shelling), None for other kinds
    rank: int
    ref: Any

    def __init__(self, id: str, kb: bool, when: DateSpan | None, basis: WhenBasis, kind: EventKind,
                 channel: str | None, actors: tuple[str, ...], people: frozenset[str], ref: Any,
                 speakers: frozenset[str] = frozenset(),
                 place: tuple[str, str, str, str] | None = None, mode: str | None = None) -> None:
        self.id, self.kb, self.when, self.basis, self.kind = id, kb, when, basis, kind
        self.place, self.mode = place, mode
        self.family = kind.family
        self.channel = channel
        self.actors, self.actor_set, self.people = actors, frozenset(actors), people
        self.speakers = speakers
        self.rank = date_rank(when, basis)
        self.ref = ref

    @classmethod
    def of(cls, event: Event, generic: frozenset[str], ref: Any = None) -> MergeKey:
        """The key of *event*; *ref* defaults to the event itself."""
        return cls(event.id, event.from_knowledge_base, event.when, event.when_basis, event.kind,
                   event.channel, event.actors, frozenset(event.actors) - generic,
                   event if ref is None else ref, speakers_of(event), place_of(event), mode_of(event))

    def __repr__(self) -> str:
        return f"MergeKey({self.id!r}, {self.family.value}, {self.when}, {self.basis.value})"


def place_of(event: Event) -> tuple[str, str, str, str] | None:
    """What merging compares of an event's place (``Where.key()``), None when it is unplaced."""
    return None if event.where is None else event.where.key()


def mode_of(event: Event) -> str | None:
    """How a strike was carried out (its mode: an air raid, shelling …), None for any other kind of event
    or when no mode is given."""
    return event.mode if event.kind.family is EventKind.STRIKE else None


def speakers_of(event: Event) -> frozenset[str]:
    """Who says a statement (its source actors); nobody for any other kind of event."""
    return frozenset(event.source_actors) if event.kind.family is EventKind.STATEMENT else frozenset()


def priority(k: MergeKey) -> tuple[object, ...]:
    """The order merging takes reports in: knowledge-base entries first, then the best dated (by
    rank, the narrowest, then the earliest), then by id."""
    if k.when is None:
        return (not k.kb, k.rank, 0, dt.date.max, dt.date.max, k.id)
    return (not k.kb, k.rank, k.when.days, k.when.start, k.when.end, k.id)


def gap(a: DateSpan, b: DateSpan) -> int:
    """Days between two spans (0 when they overlap)."""
    if a.overlaps(b):
        return 0
    return (b.start - a.end).days if a.end < b.start else (a.start - b.end).days


FAR: Final = 1 << 30  # the distance to or from an undated report


def distance(a: MergeKey, b: MergeKey) -> int:
    """Days between two reports' dates (:data:`FAR` when either is undated)."""
    return FAR if a.when is None or b.when is None else gap(a.when, b.when)


#: Why two reports are, or are not, one event (the reasons :func:`judge` gives).
REASONS: Final = {
    "channels": "they concern different channels",
    "places": "they happened in different places (neither inside the other)",
    "people": "they name different people",
    "speakers": "they are statements by different speakers",
    "kept-apart": "they are statements of one speaker that the coder of their article kept apart",
    "moded-apart": "they are strikes of one article carried out by different means",
    "said-apart": "they are statements of one speaker on different days",
    "dated-apart": "they are reports of one article, precisely dated more than a day apart",
    "undated-person": "one is undated, and they name the same person",
    "undated-nobody": "one is undated, and they name no person in common",
    "since": "ongoing since the same day, with an actor or the channel in common",
    "since-not": "a 'since' report needs the same first day and an actor or the channel in common",
    "overlap": "their dates overlap and they have an actor or the channel in common",
    "overlap-nobody": "their dates overlap but they have no actor nor channel in common",
    "told-again": "their dates overlap and, in their one article, one tells the other again: it names no "
                  "actor, is dated only by its publication and is placed nowhere narrower",
    "one-clause": "their dates overlap and they were read from one clause of their one article: one "
                  "happening (troops sent, a town taken, a patrol run) its coder read twice",
    "near": f"precise dates at most {SAME_EVENT_GAP} days apart, of the same person or the channel's own "
            "event",
    "far": f"dates apart, which only precise dates of the same person (or the channel's own event) within "
           f"{SAME_EVENT_GAP} days bridge",
}


def judge(a: MergeKey, b: MergeKey) -> tuple[bool, str]:
    """Whether two reports of one family can be the same event (see the module doc), and why (a key
    of :data:`REASONS`)."""
    if a.channel and b.channel and a.channel != b.channel:
        return False, "channels"
    if not compatible_keys(a.place, b.place):
        return False, "places"
    one_clause = told_in_one_clause(a, b) and a.when is not None and b.when is not None \
        and a.when.overlaps(b.when)
    people_apart = bool(a.people and b.people and not a.people & b.people)
    if people_apart and not one_clause:
        return False, "people"
    if a.speakers and b.speakers and not a.speakers & b.speakers:
        return False, "speakers"
    if kept_apart_here(a, b):
        return False, "kept-apart"
    if moded_apart_here(a, b):
        return False, "moded-apart"
    shared_person = bool(a.people & b.people)
    if a.when is None or b.when is None:
        return shared_person, "undated-person" if shared_person else "undated-nobody"
    shared = bool(a.actor_set & b.actor_set)
    same_channel = bool(a.channel) and a.channel == b.channel
    if WhenBasis.SINCE in (a.basis, b.basis):
        fits = a.when.start == b.when.start and (shared or same_channel) and not people_apart
        return fits, "since" if fits else "since-not"
    days = gap(a.when, b.when)
    if days == 0:
        if (shared or same_channel) and not people_apart:
            return True, "overlap"
        if one_clause:
            return True, "one-clause"
        if told_again_here(a, b):
            return True, "told-again"
        return False, "overlap-nobody"
    if a.family is EventKind.STATEMENT and a.rank == PRECISE == b.rank and a.speakers & b.speakers:
        return False, "said-apart"
    if dated_apart_here(a, b):
        return False, "dated-apart"
    related = shared_person or (a.kind in CHANNEL_LEVEL and same_channel)
    fits = related and a.rank == PRECISE and b.rank == PRECISE and days <= SAME_EVENT_GAP
    return fits, "near" if fits else "far"


def article_of(k: MergeKey) -> str | None:
    """The article a report was read from (its id is ``<article>@<offset>``), None for a knowledge-base
    entry."""
    article, at, _ = k.id.rpartition("@")
    return article if at and not k.kb else None


def kept_apart_here(a: MergeKey, b: MergeKey) -> bool:
    """kept_apart_here: two statements of one speaker read from one article, not both precisely dated,
    on one channel or none, are ones the article's coder kept apart (``extract._one_speech`` joins
    such a speaker's continuations into the speech and leaves apart what was said on an earlier
    occasion, «وكان … قد صرح»): two statements, which overlapping dates must not make one again."""
    return (a.family is EventKind.STATEMENT and bool(a.speakers & b.speakers) and a.channel == b.channel
            and not a.rank == PRECISE == b.rank and a.id != b.id
            and (here := article_of(a)) is not None and here == article_of(b))


def retells(k: MergeKey) -> bool:
    """Whether report *k* may tell again what its article told: it names no actor and is dated only by a
    window around its publication (no date of its own), so nothing it says sets it apart."""
    return not k.actors and k.rank == WINDOW and article_of(k) is not None


def told_again_here(a: MergeKey, b: MergeKey) -> bool:
    """told_again_here: two reports of one article whose dates overlap, one of which tells the other
    again (retell52): it names no actor, has no date but its publication's (:func:`retells`), and is
    placed nowhere or no narrower than the other («وقالت مصادر محلية إن الطائرات دمرت مواقع» after a
    lead's raids on a town: the raids told again, one strike). A report placed narrower (the lead's
    governorate, then a clash at one village) may be a second happening there, and stays apart; one
    with an actor or a date of its own is left to the other rules. (:func:`judge` asks this only of
    reports of one family whose dates overlap and that share no actor.)"""
    return a.id != b.id and article_of(a) == article_of(b) and any(
        retells(r) and (r.place is None or (o.place is not None and holds_key(r.place, o.place)))
        for r, o in ((a, b), (b, a)))


def clause_of(k: MergeKey) -> str | None:
    """The clause a report was read from: its id without the count of the reports its clause gave
    (``<article>@<offset>`` for the first, ``<article>@<offset>.<n>`` for the n-th), None for a
    knowledge-base entry."""
    if article_of(k) is None:
        return None
    head, dot, n = k.id.rpartition(".")
    return head if dot and n.isdigit() and "@" in head else k.id


def told_in_one_clause(a: MergeKey, b: MergeKey) -> bool:
    """told_in_one_clause: two reports of a family of :data:`ONE_CLAUSE_FAMILIES` read from one clause of
    one article (retell54) are one happening the coder read twice, by two names of its doer or by a name
    it took for a second doer, whatever people they name («أحكم الجيش السوري سيطرته على يبرود»: the army
    and its state; «أرسلت القوات الروسية تعزيزات إلى مناطق سيطرة قسد»: Russia and the areas' holders).
    :func:`judge` asks this only of reports whose places fit, spoken by one speaker, not kept apart,
    carried out by one means, and joins them only when their dates overlap."""
    return a.family in ONE_CLAUSE_FAMILIES and a.id != b.id and (here := clause_of(a)) is not None \
        and here == clause_of(b)


def moded_apart_here(a: MergeKey, b: MergeKey) -> bool:
    """moded_apart_here: two strikes read from one article, each with its means given, one fired from
    the ground (:data:`GROUND_MODES`) and the other not (an air raid and shelling, «غارات جوية … وقصفاً
    مدفعياً»), are two strikes: one writer telling the artillery's shelling and the aircraft's raids
    tells two happenings. A missile and an air raid may be one strike told twice; reports of two
    articles may name one strike's means differently, and are left to the other rules. Only strikes
    carry a mode in their keys (:func:`mode_of`)."""
    return (a.mode is not None and b.mode is not None
            and (a.mode in GROUND_MODES) != (b.mode in GROUND_MODES) and a.id != b.id
            and (here := article_of(a)) is not None and here == article_of(b))


def dated_apart_here(a: MergeKey, b: MergeKey) -> bool:
    """dated_apart_here: two reports of one article, each precisely dated, more than a day apart, are two
    happenings: one writer dating the summit «أمس الأربعاء» and the host's visit «الاثنين» tells two
    meetings, not one told twice. Sources that disagree on the day are reports of two articles, which
    the "near" rule still bridges; a day apart within one article may be one night's happening or «أمس»
    read from the day before, and stays to it too."""
    return (a.rank == PRECISE == b.rank and a.when is not None and b.when is not None
            and gap(a.when, b.when) > 1 and a.id != b.id
            and (here := article_of(a)) is not None and here == article_of(b))


def same_event(a: MergeKey, b: MergeKey) -> bool:
    """Whether two reports of one family can be the same event (see the module doc)."""
    return judge(a, b)[0]


def placed_alike(members: Iterable[MergeKey], k: MergeKey) -> bool:
    """Whether *k*'s place is compatible with the place of every report of a group (*members*), not
    only with its leader's: the reports of one event are placed alike pairwise, so reports at two
    towns are never one event through an unplaced leader, or through one placed at their governorate."""
    return all(compatible_keys(m.place, k.place) for m in members)


def _in_priority_order(keys: list[MergeKey], tiebreak: Callable[[MergeKey], Any]) -> list[MergeKey]:
    """*keys* by :func:`priority`, then by *tiebreak* where priorities tie; of two keys that tie on both
    (the same report twice) only the first."""
    out: list[MergeKey] = []
    for _, run in itertools.groupby(sorted(keys, key=priority), key=priority):
        tied = list(run)
        if len(tied) > 1:  # only now is the tiebreak needed: a digest of the whole report
            tied.sort(key=tiebreak)
            tied = [k for n, k in enumerate(tied) if n == 0 or tiebreak(k) != tiebreak(tied[n - 1])]
        out += tied
    return out


def group(keys: Iterable[MergeKey], tiebreak: Callable[[MergeKey], Any]) -> list[list[MergeKey]]:
    """Reports grouped into events, family by family (in the order of the families' names), each
    group its leader first, then its other reports in the order they were taken (see the module doc).

    Reports are taken in :func:`priority` order, then *tiebreak* order (of the report: a digest of
    all it says) where that ties; two reports that tie on both are the same report, counted once.
    """
    by_family: dict[EventKind, list[MergeKey]] = {}
    for k in keys:
        by_family.setdefault(k.family, []).append(k)
    out: list[list[MergeKey]] = []
    for family in sorted(by_family, key=lambda f: f.value):
        groups: list[list[MergeKey]] = []
        for k in _in_priority_order(by_family[family], tiebreak):
            fits = [] if k.kb else [n for n, g in enumerate(groups)
                                    if same_event(g[0], k) and placed_alike(g, k)]
            if fits and (k.rank == PRECISE or len(fits) == 1):
                groups[min(fits, key=lambda n: (distance(groups[n][0], k), n))].append(k)
            else:
                groups.append([k])
        out += groups
    return out


def event_date(reports: Sequence[Event]) -> tuple[DateSpan | None, WhenBasis]:
    """The date of an event merged from *reports* (the leader first) and its basis: the narrowest,
    then earliest, precise date among them, with the basis of the first report that gives that date;
    else the leader's date and basis."""
    precise = [r.when for r in reports if r.when is not None and r.when_basis.precise]
    if not precise:
        return reports[0].when, reports[0].when_basis
    best = min(precise, key=lambda s: (s.days, s.start, span_order(s)))
    return best, next(r.when_basis for r in reports if r.when == best)


def merged_kind(leader: Event, kinds: Sequence[EventKind]) -> EventKind:
    """The kind of a merged event: the knowledge-base entry's, else the most telling of *kinds* (the
    reports' kinds, each once, in order) by ``triggers.PRIORITY``."""
    if leader.from_knowledge_base:
        return leader.kind
    return min(kinds, key=lambda k: PRIORITY.index(k) if k in PRIORITY else len(PRIORITY))


def merged_certainty(leader: Event, disagree: bool, two_refs: bool, any_precise: bool) -> Certainty:
    """"uncertain" when sources disagree on the date; "confirmed" when the leader is, or when two
    sources and a precise date agree; else the leader's."""
    if disagree:
        return Certainty.UNCERTAIN
    if leader.certainty is Certainty.CONFIRMED or (two_refs and any_precise):
        return Certainty.CONFIRMED
    return leader.certainty


def merged_note(leader: Event, others: Iterable[DateSpan]) -> str:
    """The leader's note, saying which other dates sources give, if any."""
    listing = ", ".join(sorted(str(d) for d in others))
    if not listing:
        return leader.note
    return (leader.note + "; " if leader.note else "") + f"sources disagree on the date: also {listing}"


def combine(reports: Sequence[Event]) -> Event:
    """One event from the reports :func:`group` made one (the leader first)."""
    if len(reports) == 1:
        return reports[0]
    leader = reports[0]
    when, basis = event_date(reports)
    others = {d for r in reports for d in r.other_dates}
    if when is not None:
        others |= {r.when for r in reports if r.when is not None and r.when_basis.precise
                   and not r.when.overlaps(when)}
        others.discard(when)
    sources = {s for r in reports for s in r.sources}
    certainty = merged_certainty(leader, bool(others), len({s.ref for s in sources}) >= 2,
                                 any(r.when is not None and r.when_basis.precise for r in reports))
    kind = merged_kind(leader, list(dict.fromkeys(r.kind for r in reports)))
    return Event(
        id=leader.id, when=when, kind=kind,
        mode=next((r.mode for r in reports if r.kind is kind and r.mode), None),
        source_actors=tuple(dict.fromkeys(a for r in reports for a in r.source_actors)),
        target_actors=tuple(dict.fromkeys(a for r in reports for a in r.target_actors)),
        summary=leader.summary, actors=tuple(dict.fromkeys(a for r in reports for a in r.actors)),
        channel=next((r.channel for r in reports if r.channel), None),
        quote_ar=next((r.quote_ar for r in reports if r.quote_ar), None),
        sources=tuple(sorted(sources, key=lambda s: s.sort_key())), certainty=certainty, when_basis=basis,
        other_dates=tuple(sorted(others, key=span_order)), note=merged_note(leader, others),
        records=tuple(sorted(reports, key=timeline_order)), where=merged_where(r.where for r in reports))


def merge(events: Iterable[Event], generic: Iterable[str] = ()) -> list[Event]:
    """Reports of the same event merged (see the module doc), in timeline order. Merged events in
    *events* are taken apart into their reports first. *generic* names the actors that do not identify
    an event by themselves (:func:`generic_actors`)."""
    people_aside = frozenset(generic)
    reports = list({r for e in events for r in (e.records or (e,))})
    keys = [MergeKey.of(r, people_aside) for r in reports]
    groups = group(keys, lambda k: content_digest(k.ref))
    return sorted((combine([k.ref for k in g]) for g in groups), key=timeline_order)
