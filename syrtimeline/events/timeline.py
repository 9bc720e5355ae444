"""Timeline: the knowledge base and the events of articles, merged, ordered and queried.

Merging: two records are the same event when
* they are of the same family (a statement and an interview are both "said") and do not name
  different channels;
* they are not two knowledge-base entries (the knowledge base is curated: two entries are two events,
  and a group never holds more than one of them);
* they do not name different people (states, ministries and other bodies, ``GENERIC_ROLES``, do not
  identify an event by themselves);
* and their dates fit: overlapping dates with a shared actor or the same channel; an undated report
  with a shared person; a "since" report starting on the same day; or two stated dates at most
  ``SAME_EVENT_GAP`` days apart for the same person (or the same channel's own event: suspension,
  resumption, agreement, negotiation round) — then the disagreement is kept in ``other_dates`` and
  reported, never smoothed over.
Records are grouped into connected components and each group combined; this repeats until nothing
more merges, so merging is idempotent and does not depend on the order of its input.

Ordering honours uncertainty: ``a.when.before(b.when)`` only when a ends before b starts; events whose
spans overlap are ordered by start and flagged (``Timeline.ordered()``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Final

import attrs

from ..dates import DateSpan
from .model import Actor, Certainty, Channel, Event, EventKind, Source
from .triggers import PRIORITY

if TYPE_CHECKING:
    from ..articles import Article
    from ..channels import ChannelHistory, Status

__all__ = ["GENERIC_ROLES", "SAME_EVENT_GAP", "Conflict", "Timeline", "default_timeline", "merge_events"]

SAME_EVENT_GAP: Final = 7  # days between two stated dates that can still be one event
_FAMILY: Final = {EventKind.STATEMENT: "said", EventKind.INTERVIEW: "said"}
_CHANNEL_LEVEL: Final = frozenset({EventKind.SUSPENSION, EventKind.RESUMPTION, EventKind.AGREEMENT,
                                   EventKind.NEGOTIATION_ROUND, EventKind.END})
_IMPRECISE: Final = frozenset({"on-or-before-publication", "undated", "since"})


def _family(e: Event) -> str:
    return _FAMILY.get(e.kind, e.kind.value)


def _precise(e: Event) -> bool:
    return e.when is not None and e.when_basis not in _IMPRECISE


def _gap(a: DateSpan, b: DateSpan) -> int:
    """Days between two spans (0 when they overlap)."""
    if a.overlaps(b):
        return 0
    return (b.start - a.end).days if a.end < b.start else (a.start - b.end).days


def _same_event(a: Event, b: Event, generic: frozenset[str] = frozenset()) -> bool:
    """Whether two records of the same family report the same event (see the module doc).

    (That two knowledge-base entries are never one event is enforced by :func:`merge_events` on
    whole groups.)"""
    if a.channel and b.channel and a.channel != b.channel:
        return False
    people_a, people_b = set(a.actors) - generic, set(b.actors) - generic
    if people_a and people_b and not people_a & people_b:
        return False  # different people
    shared_person = bool(people_a & people_b)
    shared = bool(set(a.actors) & set(b.actors))
    same_channel = bool(a.channel) and a.channel == b.channel
    if a.when is None or b.when is None:
        return shared_person
    if "since" in (a.when_basis, b.when_basis):
        return a.when.start == b.when.start and (shared or same_channel)
    gap = _gap(a.when, b.when)
    if gap == 0:
        return shared or same_channel
    related = shared_person or (a.kind in _CHANNEL_LEVEL and same_channel)
    return related and _precise(a) and _precise(b) and gap <= SAME_EVENT_GAP


def _span_order(d: DateSpan) -> tuple[object, ...]:
    return (d.start, d.end, d.granularity.value, d.mod.value if d.mod else "", d.timex)


def _source_order(s: Source) -> tuple[object, ...]:
    return (s.is_article, s.ref, s.span or (-1, -1), s.url or "", s.title or "", s.quote or "",
            s.published.isoformat() if s.published else "")


def _order(e: Event) -> tuple[object, ...]:
    """A total, deterministic order of records that does not depend on the order they came in."""
    return (e.sort_key(), e.kind.value, e.channel or "", e.actors,
            tuple(_source_order(s) for s in e.sources), e.summary, e.when_basis,
            e.certainty.value, e.quote_ar or "", e.note, tuple(_span_order(d) for d in e.other_dates))


def _is_kb(e: Event) -> bool:
    return any(not s.is_article for s in e.sources)


def _combine(group: list[Event]) -> Event:
    group = [r for e in group for r in (e.records or (e,))]  # always from the reports themselves
    if len(group) == 1:
        return group[0]
    records = tuple(sorted(group, key=_order))
    group = sorted(group, key=lambda e: (not _is_kb(e), not _precise(e), e.when.days if e.when else 1 << 30,
                                         e.id))
    base = group[0]
    precise = [e.when for e in group if _precise(e) and e.when is not None]
    when: DateSpan | None
    if precise:
        when = min(precise, key=lambda s: (s.days, s.start))
        basis = next(e.when_basis for e in group if e.when == when)
    else:
        windows = [e.when for e in group if e.when is not None]
        when = min(windows, key=lambda s: (s.days, s.start)) if windows else None
        basis = next((e.when_basis for e in group if e.when == when), "undated")
    others = {s for e in group for s in e.other_dates}
    others |= {s for s in precise if when is not None and not s.overlaps(when)}
    if when is not None:
        others.discard(when)
    kind = base.kind if _is_kb(base) else min((e.kind for e in group), key=lambda k: PRIORITY.index(k.value)
                                              if k.value in PRIORITY else len(PRIORITY))
    actors: list[str] = []
    for e in group:
        actors += [a for a in e.actors if a not in actors]
    channel = base.channel or next((e.channel for e in group if e.channel), None)
    sources = tuple(sorted({s for e in group for s in e.sources}, key=_source_order))
    refs = {s.ref for s in sources}
    if others:
        certainty = Certainty.UNCERTAIN
    elif base.certainty is Certainty.CONFIRMED or (len(refs) >= 2 and len(precise) >= 1):
        certainty = Certainty.CONFIRMED
    else:
        certainty = base.certainty
    quote = base.quote_ar or next((e.quote_ar for e in group if e.quote_ar), None)
    note = base.note
    if others:
        listing = ", ".join(sorted(str(s) for s in others))
        note = (note + "; " if note else "") + f"sources disagree on the date: also {listing}"
    return Event(id=base.id, when=when, kind=kind, summary=base.summary, actors=tuple(actors),
                 channel=channel, quote_ar=quote, sources=sources, certainty=certainty, when_basis=basis,
                 other_dates=tuple(sorted(others, key=_span_order)), note=note, records=records)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _candidates(events: list[Event], nodes: list[int], generic: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The pairs of *nodes* (indices into *events*) that could be one event, without comparing every pair.

    Two records can only be one event when they are of the same family and share an actor or a
    channel (their "keys"). Within each (family, key) block a sweep over start dates pairs only
    records at most ``SAME_EVENT_GAP`` days apart; an undated record pairs with the records that
    share a person with it. Pairs come in an order fixed by the order of *events*; a pair may come
    more than once (once per shared key).
    """
    blocks: dict[tuple[str, str], list[int]] = {}
    people: dict[tuple[str, str], list[int]] = {}
    for i in nodes:
        e = events[i]
        fam = _family(e)
        keys = {f"actor:{a}" for a in e.actors}
        if e.channel:
            keys.add(f"channel:{e.channel}")
        for k in keys:
            blocks.setdefault((fam, k), []).append(i)
        for a in set(e.actors) - generic:
            people.setdefault((fam, a), []).append(i)
    for key in sorted(people):
        members = people[key]
        for u in (i for i in members if events[i].when is None):
            yield from ((u, j) for j in members if j != u)
    gap = dt.timedelta(days=SAME_EVENT_GAP)
    for key in sorted(blocks):
        dated = sorted((i for i in blocks[key] if events[i].when is not None),
                       key=lambda i: events[i].sort_key())
        active: list[tuple[dt.date, int]] = []
        for i in dated:
            when = events[i].when
            assert when is not None
            active = [(limit, j) for limit, j in active if limit >= when.start]
            yield from ((j, i) for _, j in active)
            active.append((when.end + gap if when.end <= dt.date.max - gap else dt.date.max, i))


def _signature(e: Event, generic: frozenset[str]) -> tuple[object, ...] | None:
    """What the merge rule reads of a report, when two reports with it are always one event (None
    when they are not: knowledge-base entries, undated reports naming no person, reports naming
    neither actor nor channel). Reports sharing a signature are merged without comparing pairs."""
    if _is_kb(e):
        return None
    if e.when is None:
        if not set(e.actors) - generic:
            return None
    elif not e.actors and not e.channel:
        return None
    basis = "since" if e.when_basis == "since" else ("imprecise" if e.when_basis in _IMPRECISE else "precise")
    return (_family(e), e.channel, frozenset(e.actors), e.when, basis)


def merge_events(events: Iterable[Event], generic: Iterable[str] = ()) -> list[Event]:
    """Merge records of the same event (see module doc); the result is sorted and independent of the
    order of *events*, and merging it again changes nothing.

    *generic* names actors that do not identify an event by themselves (states, ministries): two
    reports naming only "Russia" are not thereby the same event.
    """
    gen = frozenset(generic)
    raw = {r for e in events for r in (e.records or (e,))}
    current = sorted(raw, key=_order)
    while True:
        n = len(current)
        parent = list(range(n))
        kb = [int(_is_kb(e)) for e in current]  # knowledge-base entries per group: at most one
        first: dict[tuple[object, ...], int] = {}
        nodes = []
        for i, e in enumerate(current):
            sig = _signature(e, gen)
            if sig is None or sig not in first:
                nodes.append(i)
                if sig is not None:
                    first[sig] = i
            else:
                parent[i] = first[sig]
        for i, j in _candidates(current, nodes, gen):
            ri, rj = _root(parent, i), _root(parent, j)
            if ri == rj or kb[ri] + kb[rj] > 1:
                continue
            if _same_event(current[i], current[j], gen):
                parent[ri] = rj
                kb[rj] += kb[ri]
        groups: dict[int, list[Event]] = {}
        for i in range(n):
            groups.setdefault(_root(parent, i), []).append(current[i])
        merged = sorted((_combine(g) for g in groups.values()), key=_order)
        if len(merged) == n:
            return merged
        current = merged


GENERIC_ROLES: Final = frozenset({"state", "ministry", "military coalition", "political body", "armed group"})


def _as_tuple(events: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(events)


def _generic(actors: Mapping[str, Actor]) -> frozenset[str]:
    return frozenset(a.id for a in actors.values() if a.role in GENERIC_ROLES)


@attrs.frozen
class Conflict:
    """Sources that disagree on an event's date."""

    event: Event
    dates: tuple[DateSpan, ...]


@attrs.frozen
class Timeline:
    """Events in order, with the actors and channels they refer to."""

    _events: tuple[Event, ...] = attrs.field(alias="events", converter=_as_tuple)
    actors: Mapping[str, Actor] = attrs.field(factory=dict, eq=False)
    channels: Mapping[str, Channel] = attrs.field(factory=dict, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_events", tuple(merge_events(self._events, _generic(self.actors))))

    # -- building ---------------------------------------------------------------------------------
    @classmethod
    def from_articles(cls, articles: Iterable[Article], knowledge: bool = True) -> Timeline:
        """Events of *articles*, merged with the bundled knowledge base unless ``knowledge=False``."""
        from .extract import events_from_articles
        from .knowledge import load_knowledge

        kb = load_knowledge()
        events = events_from_articles(articles, kb.actors, kb.channels, kb.named if knowledge else None)
        if knowledge:
            events += list(kb.events)
        return cls(events=events, actors=kb.actors, channels=kb.channels)

    # -- reading ----------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def __getitem__(self, event_id: str) -> Event:
        for e in self._events:
            if e.id == event_id:
                return e
        raise KeyError(f"no event {event_id!r} in the timeline")

    def events(self, actor: str | None = None, channel: str | None = None, kind: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None) -> list[Event]:
        """The events, in order, that involve *actor*, concern *channel*, are of *kind* and overlap
        the dates *start*..*end* (either may be open)."""
        if channel is not None and self.channels and channel not in self.channels:
            raise KeyError(f"unknown channel id {channel!r}; known: {', '.join(sorted(self.channels))}")
        if actor is not None and self.actors and actor not in self.actors:
            raise KeyError(f"unknown actor id {actor!r}")
        kind_value = EventKind(kind) if kind is not None else None
        out = []
        for e in self._events:
            if actor is not None and actor not in e.actors:
                continue
            if channel is not None and e.channel != channel:
                continue
            if kind_value is not None and e.kind is not kind_value:
                continue
            if (start is not None or end is not None) and e.when is None:
                continue
            if start is not None and e.when is not None and e.when.end < start:
                continue
            if end is not None and e.when is not None and e.when.start > end:
                continue
            out.append(e)
        return out

    def ordered(self) -> list[tuple[Event, tuple[str, ...]]]:
        """Each event with the ids of the events whose dates overlap it (their order is uncertain)."""
        out = []
        for e in self._events:
            overlaps = tuple(o.id for o in self._events if o is not e and e.when is not None
                             and o.when is not None and e.when.overlaps(o.when))
            out.append((e, overlaps))
        return out

    @property
    def conflicts(self) -> list[Conflict]:
        return [Conflict(e, e.other_dates) for e in self._events if e.other_dates]

    # -- channels ---------------------------------------------------------------------------------
    def channel_history(self, channel_id: str) -> ChannelHistory:
        from ..channels import track

        if self.channels and channel_id not in self.channels:
            raise KeyError(f"unknown channel id {channel_id!r}; known: {', '.join(sorted(self.channels))}")
        return track(channel_id, (e for e in self._events if e.when is not None))

    def channel_status(self, channel_id: str, on: dt.date) -> Status:
        return self.channel_history(channel_id).status(on)

    # -- JSON -------------------------------------------------------------------------------------
    def to_json(self, **kw: object) -> str:
        from .serialize import to_json

        return to_json({"events": list(self._events), "actors": list(self.actors.values()),
                        "channels": list(self.channels.values())}, **kw)

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        import json

        from .serialize import converter

        data = json.loads(text)
        return cls(events=[converter.structure(e, Event) for e in data.get("events", [])],
                   actors={a["id"]: converter.structure(a, Actor) for a in data.get("actors", [])},
                   channels={c["id"]: converter.structure(c, Channel) for c in data.get("channels", [])})


def default_timeline() -> Timeline:
    """The bundled knowledge base and the five bundled seed articles."""
    from ..articles import seeds

    return Timeline.from_articles(seeds(), knowledge=True)



