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
Reports are grouped around leaders (:func:`cluster`): taken best-dated first (knowledge-base entries,
then stated dates, narrowest first), each joins the group whose *leader* it fits, or leads a new one.
A report is compared with leaders only, never with other members, so a run of reports a few days
apart cannot chain into one "event" spanning months or years (connected components did: on a dense
corpus one "interview" absorbed 2,781 reports from 2005 to 2024). A report with a stated date joins
the nearest leader it fits; one dated only by a window around publication, or not at all, joins only
when exactly one leader fits (otherwise which event it reports is unknown, and it stands alone).
Merging starts again from the reports each time (``Event.records``), so it is idempotent, does not
depend on the order of its input, and partial timelines combine into the timeline of the whole.

Ordering honours uncertainty: ``a.when.before(b.when)`` only when a ends before b starts; events whose
spans overlap are ordered by start and flagged (``Timeline.ordered()``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

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


def family(kind: EventKind | str) -> str:
    """The family of a kind of event: reports of different families are never one event."""
    return _FAMILY.get(EventKind(kind), str(kind))


def _precise(e: Event) -> bool:
    return e.when is not None and e.when_basis not in _IMPRECISE


def _gap(a: DateSpan, b: DateSpan) -> int:
    """Days between two spans (0 when they overlap)."""
    if a.overlaps(b):
        return 0
    return (b.start - a.end).days if a.end < b.start else (a.start - b.end).days


#: How a report is dated, from the most to the least telling: a stated (or named) date, a "since",
#: a window around the publication date, nothing.
_RANK: Final = {"precise": 0, "since": 1, "imprecise": 2, "undated": 3}
_FAR: Final = 1 << 30


class MergeKey:
    """What merging reads of one report, and nothing else (a few hundred bytes whatever the report).

    :func:`cluster` groups keys; ``ref`` is whatever the caller needs to find the report again (the
    event itself in :func:`merge_events`, a place in a spill file in the batch pipeline)."""

    __slots__ = ("actor_set", "actors", "channel", "family", "id", "kb", "kind", "people", "rank", "ref",
                 "when", "when_basis")

    id: str
    kb: bool
    when: DateSpan | None
    when_basis: str
    kind: EventKind
    family: str
    channel: str | None
    actors: tuple[str, ...]
    actor_set: frozenset[str]
    people: frozenset[str]
    rank: int
    ref: object

    def __init__(self, id: str, kb: bool, when: DateSpan | None, when_basis: str, kind: EventKind,
                 channel: str | None, actors: tuple[str, ...], generic: frozenset[str], ref: object,
                 cache: dict[object, object] | None = None) -> None:
        self.id = id
        self.kb = kb
        self.when_basis = when_basis
        self.kind = kind
        self.family = family(kind)
        self.channel = channel
        if cache is not None:  # many reports share actors and dates: keep one copy of each
            when = cache.setdefault(when, when)  # type: ignore[assignment]
            shared = cache.get(actors)
            if shared is None:
                shared = cache[actors] = (actors, frozenset(actors), frozenset(actors) - generic)
            self.actors, self.actor_set, self.people = shared  # type: ignore[misc]
        else:
            self.actors = actors
            self.actor_set = frozenset(actors)
            self.people = self.actor_set - generic
        self.when = when
        if when is None:
            self.rank = _RANK["undated"]
        elif when_basis == "since":
            self.rank = _RANK["since"]
        else:
            self.rank = _RANK["imprecise" if when_basis in _IMPRECISE else "precise"]
        self.ref = ref

    @classmethod
    def of(cls, event: Event, generic: frozenset[str], ref: object = None,
           cache: dict[object, object] | None = None) -> MergeKey:
        """The key of *event*; *ref* defaults to the event itself."""
        return cls(event.id, _is_kb(event), event.when, event.when_basis, event.kind, event.channel,
                   event.actors, generic, event if ref is None else ref, cache)

    def priority(self) -> tuple[object, ...]:
        """Knowledge-base entries first, then the best dated (narrowest, earliest), then by id."""
        if self.when is None:
            return (not self.kb, self.rank, _FAR, dt.date.max, dt.date.max, self.id)
        return (not self.kb, self.rank, self.when.days, self.when.start, self.when.end, self.id)


def _same_event(a: MergeKey, b: MergeKey) -> bool:
    """Whether two reports of the same family can be the same event (see the module doc)."""
    if a.channel and b.channel and a.channel != b.channel:
        return False
    if a.people and b.people and not a.people & b.people:
        return False  # different people
    shared_person = bool(a.people & b.people)
    if a.when is None or b.when is None:
        return shared_person
    shared = bool(a.actor_set & b.actor_set)
    same_channel = bool(a.channel) and a.channel == b.channel
    if "since" in (a.when_basis, b.when_basis):
        return a.when.start == b.when.start and (shared or same_channel)
    gap = _gap(a.when, b.when)
    if gap == 0:
        return shared or same_channel
    related = shared_person or (a.kind in _CHANNEL_LEVEL and same_channel)
    return related and a.rank == 0 and b.rank == 0 and gap <= SAME_EVENT_GAP


def _distance(a: MergeKey, b: MergeKey) -> int:
    return _FAR if a.when is None or b.when is None else _gap(a.when, b.when)


_BUCKET: Final = 32  # days per bucket of the index of leaders


def _week(d: dt.date) -> int:
    """The index bucket of a day (buckets of a month: a leader is filed under a few of them)."""
    return d.toordinal() // _BUCKET


def _index_keys(k: MergeKey) -> list[str]:
    out = [f"a:{a}" for a in k.actors]
    if k.channel:
        out.append(f"c:{k.channel}")
    return out


def _cluster_family(keys: list[MergeKey], tiebreak: Callable[[MergeKey], Any]) -> list[list[MergeKey]]:
    """Reports of one family grouped into events, each group led by its best-dated report.

    Reports are taken in :meth:`MergeKey.priority` order (independent of the input order). A
    knowledge-base entry always leads its own group. Any other report joins the group whose *leader*
    it can be the same event as (:func:`_same_event`), never a group it only resembles through
    another member, so reports do not chain into one "event" spanning months. A report with a stated
    date joins the nearest such group; a report dated only by a window or not at all joins a group
    only when exactly one fits (otherwise which event it reports is unknown, and it stands alone).
    """
    keys.sort(key=MergeKey.priority)
    ordered: list[MergeKey] = []
    for _, same in itertools.groupby(keys, key=MergeKey.priority):
        run = list(same)
        if len(run) > 1:  # equal priority (the same id twice): broken by the report's content, and
            # the same report twice (one article read twice) counts once
            by_digest = sorted(((tiebreak(k), n, k) for n, k in enumerate(run)), key=lambda t: (t[0], t[1]))
            run = [k for m, (d, _, k) in enumerate(by_digest) if m == 0 or d != by_digest[m - 1][0]]
        ordered += run
    keys = ordered
    groups: list[list[MergeKey]] = []
    by_week: dict[tuple[str, int], list[int]] = {}
    by_person: dict[str, list[int]] = {}
    undated_by_person: dict[str, list[int]] = {}
    gap = dt.timedelta(days=SAME_EVENT_GAP)
    for k in keys:
        chosen: int | None = None
        if not k.kb:
            found: set[int] = set()
            if k.when is None:
                for p in k.people:
                    found.update(by_person.get(p, ()))
            else:
                first, last = _week(k.when.start), _week(k.when.end)
                for name in _index_keys(k):
                    for w in range(first, last + 1):
                        found.update(by_week.get((name, w), ()))
                for p in k.people:
                    found.update(undated_by_person.get(p, ()))
            fits = [g for g in sorted(found) if _same_event(groups[g][0], k)]
            if len(fits) == 1 or (fits and k.rank == 0):
                chosen = min(fits, key=lambda g: (_distance(groups[g][0], k), g))
        if chosen is not None:
            groups[chosen].append(k)
            continue
        g = len(groups)
        groups.append([k])
        for p in k.people:
            by_person.setdefault(p, []).append(g)
        if k.when is None:
            for p in k.people:
                undated_by_person.setdefault(p, []).append(g)
            continue
        lo = k.when.start - gap if k.when.start >= dt.date.min + gap else dt.date.min
        hi = k.when.end + gap if k.when.end <= dt.date.max - gap else dt.date.max
        for name in _index_keys(k):
            for w in range(_week(lo), _week(hi) + 1):
                by_week.setdefault((name, w), []).append(g)
    return groups


def cluster(keys: Iterable[MergeKey], tiebreak: Callable[[MergeKey], Any]) -> list[list[MergeKey]]:
    """Keys grouped into events, family by family (a statement never merges with a meeting); each
    group lists its leader first, then its other reports in priority order. *tiebreak* orders two
    reports with the same id and dates (a digest of the whole report, as bytes or as the big-endian
    int of those bytes: both order alike), so the result never depends on the order of *keys*."""
    families: dict[str, list[MergeKey]] = {}
    for k in keys:
        families.setdefault(k.family, []).append(k)
    return [g for fam in sorted(families) for g in _cluster_family(families[fam], tiebreak)]


class _DatePick:
    """The date of a merged event and its basis, read one report at a time (the leader first): the
    narrowest (then earliest) stated date among its reports, with the basis of the first report
    that gives that date; else the leader's date and basis."""

    def __init__(self) -> None:
        self.leader: tuple[DateSpan | None, str] | None = None
        self.best: DateSpan | None = None
        self.first_basis: dict[DateSpan, str] = {}

    def add(self, when: DateSpan | None, basis: str) -> None:
        if self.leader is None:
            self.leader = (when, basis)
        if when is None:
            return
        self.first_basis.setdefault(when, basis)
        if basis not in _IMPRECISE and (self.best is None or _when_rank(when) < _when_rank(self.best)):
            self.best = when

    def result(self) -> tuple[DateSpan | None, str]:
        assert self.leader is not None, "no report added"
        return self.leader if self.best is None else (self.best, self.first_basis[self.best])


def group_when(members: Sequence[Event] | Sequence[MergeKey]) -> tuple[DateSpan | None, str]:
    """The date of a merged event and its basis (see :class:`_DatePick`; ``members[0]`` leads)."""
    pick = _DatePick()
    for m in members:
        pick.add(m.when, m.when_basis)
    return pick.result()


def _span_order(d: DateSpan) -> tuple[object, ...]:
    return (d.start, d.end, d.granularity.value, d.mod.value if d.mod else "", d.timex)


def _source_order(s: Source) -> tuple[object, ...]:
    return (s.is_article, s.ref, s.span or (-1, -1), s.url or "", s.title or "", s.quote or "",
            s.published.isoformat() if s.published else "")


def _order(e: Event) -> tuple[object, ...]:
    """A total, deterministic order of events that does not depend on the order they came in."""
    return (e.sort_key(), e.kind.value, e.channel or "", e.actors,
            tuple(_source_order(s) for s in e.sources), e.summary, e.when_basis,
            e.certainty.value, e.quote_ar or "", e.note, tuple(_span_order(d) for d in e.other_dates))


def _is_kb(e: Event) -> bool:
    return any(not s.is_article for s in e.sources)


class GroupSummary:
    """What a merged event takes from its reports, gathered one report at a time (the leader first,
    then in :func:`cluster` order), so a group of any size can be combined without holding its
    reports: :func:`combine_group` uses it, and so does the batch pipeline, streaming from disk."""

    def __init__(self) -> None:
        self.base: Event | None = None
        self.date = _DatePick()
        self.precise: set[DateSpan] = set()
        self.n_precise = 0
        self.others: set[DateSpan] = set()
        self.kinds: list[EventKind] = []
        self.actors: list[str] = []
        self._seen_actors: set[str] = set()
        self.channel: str | None = None
        self.sources: set[Source] = set()
        self.quote: str | None = None

    def add(self, e: Event) -> None:
        if self.base is None:
            self.base = e
        self.date.add(e.when, e.when_basis)
        if e.when is not None and _precise(e):
            self.n_precise += 1
            self.precise.add(e.when)
        self.others.update(e.other_dates)
        if e.kind not in self.kinds:
            self.kinds.append(e.kind)
        new = [a for a in e.actors if a not in self._seen_actors]
        self.actors += new
        self._seen_actors.update(new)
        if self.channel is None and e.channel:
            self.channel = e.channel
        self.sources.update(e.sources)
        if self.quote is None and e.quote_ar:
            self.quote = e.quote_ar

    def event(self, records: tuple[Event, ...] = ()) -> Event:
        """The merged event (with *records*, the reports in timeline order, when they are at hand)."""
        base = self.base
        assert base is not None, "no report added"
        when, basis = self.date.result()
        others = set(self.others)
        others |= {s for s in self.precise if when is not None and not s.overlaps(when)}
        if when is not None:
            others.discard(when)
        kind = base.kind if _is_kb(base) else min(self.kinds, key=lambda k: PRIORITY.index(k.value)
                                                   if k.value in PRIORITY else len(PRIORITY))
        sources = tuple(sorted(self.sources, key=_source_order))
        refs = {s.ref for s in sources}
        if others:
            certainty = Certainty.UNCERTAIN
        elif base.certainty is Certainty.CONFIRMED or (len(refs) >= 2 and self.n_precise >= 1):
            certainty = Certainty.CONFIRMED
        else:
            certainty = base.certainty
        note = base.note
        if others:
            listing = ", ".join(sorted(str(s) for s in others))
            note = (note + "; " if note else "") + f"sources disagree on the date: also {listing}"
        return Event(id=base.id, when=when, kind=kind, summary=base.summary, actors=tuple(self.actors),
                     channel=self.channel, quote_ar=self.quote, sources=sources, certainty=certainty,
                     when_basis=basis, other_dates=tuple(sorted(others, key=_span_order)), note=note,
                     records=records)


def _when_rank(s: DateSpan) -> tuple[object, ...]:
    return (s.days, s.start, _span_order(s))


def combine_group(group: Sequence[Event]) -> Event:
    """One event from the reports :func:`cluster` grouped (the leader first, then priority order)."""
    if len(group) == 1:
        return group[0]
    summary = GroupSummary()
    for e in group:
        summary.add(e)
    return summary.event(records=tuple(sorted(group, key=_order)))


def record_digest(e: Event) -> bytes:
    """A digest of everything a report says (orders two reports that tie on id and dates)."""
    import hashlib

    from .serialize import record_bytes

    return hashlib.blake2b(record_bytes(e), digest_size=16).digest()


def merge_events(events: Iterable[Event], generic: Iterable[str] = ()) -> list[Event]:
    """Merge reports of the same event (see the module doc); the result is sorted, independent of
    the order of *events*, and merging it again changes nothing: merging always starts again from the
    reports (``Event.records``), so partial timelines merged anywhere combine into the whole.

    *generic* names actors that do not identify an event by themselves (states, ministries): two
    reports naming only "Russia" are not thereby the same event.
    """
    gen = frozenset(generic)
    raw = {r for e in events for r in (e.records or (e,))}
    keys = [MergeKey.of(r, gen) for r in raw]
    groups = cluster(keys, lambda k: record_digest(k.ref))  # type: ignore[arg-type]
    return sorted((combine_group([k.ref for k in g]) for g in groups), key=_order)  # type: ignore[misc]


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



