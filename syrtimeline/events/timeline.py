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
from array import array
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


def _rank(when: DateSpan | None, when_basis: str) -> int:
    if when is None:
        return _RANK["undated"]
    if when_basis == "since":
        return _RANK["since"]
    return _RANK["imprecise" if when_basis in _IMPRECISE else "precise"]


_MAX_DAY: Final = dt.date.max.toordinal()


def _priority(kb: bool, when: DateSpan | None, when_basis: str) -> int:
    """A report's place in the order merging takes reports, but its id, as one integer (it packs
    into a plain int to sort: not a knowledge-base entry, rank, days, start, end)."""
    head = (not kb) << 4 | _rank(when, when_basis)
    if when is None:
        return ((head << 32 | _FAR) << 32 | _MAX_DAY) << 32 | _MAX_DAY
    return ((head << 32 | when.days) << 32 | when.start.toordinal()) << 32 | when.end.toordinal()


_Actors = tuple[tuple[str, ...], frozenset[str], frozenset[str]]  # the actors, as a set, the people


class MergeKey:
    """What merging reads of one report, and nothing else.

    :func:`cluster` groups keys; ``ref`` is whatever the caller needs to find the report again (the
    event itself, say). A :class:`KeyTable` holds many keys more compactly and makes one of these for
    a row only while it is compared."""

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
                 channel: str | None, actors: tuple[str, ...], generic: frozenset[str], ref: object) -> None:
        actor_set = frozenset(actors)
        self._fill(id, kb, when, when_basis, kind, family(kind), channel,
                   (actors, actor_set, actor_set - generic), ref)

    def _fill(self, id: str, kb: bool, when: DateSpan | None, when_basis: str, kind: EventKind, family: str,
              channel: str | None, actors: _Actors, ref: object) -> None:
        self.id = id
        self.kb = kb
        self.when = when
        self.when_basis = when_basis
        self.kind = kind
        self.family = family
        self.channel = channel
        self.actors, self.actor_set, self.people = actors
        self.rank = _rank(when, when_basis)
        self.ref = ref

    @classmethod
    def of(cls, event: Event, generic: frozenset[str], ref: object = None) -> MergeKey:
        """The key of *event*; *ref* defaults to the event itself."""
        return cls(event.id, _is_kb(event), event.when, event.when_basis, event.kind, event.channel,
                   event.actors, generic, event if ref is None else ref)

    def priority(self) -> tuple[int, str]:
        """Knowledge-base entries first, then the best dated (narrowest, earliest), then by id."""
        return _priority(self.kb, self.when, self.when_basis), self.id


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


class _Interned:
    """Distinct values, each kept once and numbered (0 is None)."""

    __slots__ = ("number", "values")

    def __init__(self) -> None:
        self.values: list[Any] = [None]
        self.number: dict[Any, int] = {None: 0}

    def __call__(self, value: Any) -> int:
        n = self.number.get(value)
        if n is None:
            n = self.number[value] = len(self.values)
            self.values.append(value)
        return n


class KeyTable:
    """The merge keys of many reports, held column by column: a report costs its id's UTF-8 and a
    few small integers (about 50 bytes), and each distinct date, actor list, basis, kind and channel
    is kept once. Rows are numbered from 0 in the order they are added; :func:`cluster_table`
    groups them. This is what lets the batch pipeline group a family of a million reports in memory
    (``MergeKey`` objects cost about 0.5 KB a report)."""

    def __init__(self, generic: frozenset[str] = frozenset()) -> None:
        self.generic = generic
        self._dates, self._bases, self._kinds = _Interned(), _Interned(), _Interned()
        self._channels, self._families = _Interned(), _Interned()
        self._actor_rows: list[_Actors] = []
        self._actor_number: dict[tuple[tuple[str, ...], frozenset[str]], int] = {}
        self._when, self._basis, self._kind = array("i"), array("i"), array("i")
        self._channel, self._family, self._actors = array("i"), array("i"), array("i")
        self._kb = bytearray()
        self._ids = bytearray()
        self._id_end = array("q", [0])

    def __len__(self) -> int:
        return len(self._kb)

    def add(self, id: str, kb: bool, when: DateSpan | None, when_basis: str, kind: EventKind,
            channel: str | None, actors: tuple[str, ...], people: frozenset[str] | None = None) -> int:
        """Add a report's key; returns its row. *people* defaults to its actors that are not generic."""
        actor_set = frozenset(actors)
        people = actor_set - self.generic if people is None else people
        a = self._actor_number.get((actors, people))
        if a is None:
            a = self._actor_number[(actors, people)] = len(self._actor_rows)
            self._actor_rows.append((actors, actor_set, people))
        self._actors.append(a)
        self._when.append(self._dates(when))
        self._basis.append(self._bases(when_basis))
        self._kind.append(self._kinds(kind))
        self._channel.append(self._channels(channel))
        self._family.append(self._families(family(kind)))
        self._kb.append(bool(kb))
        self._ids += id.encode("utf-8")
        self._id_end.append(len(self._ids))
        return len(self._kb) - 1

    def add_key(self, key: MergeKey) -> int:
        return self.add(key.id, key.kb, key.when, key.when_basis, key.kind, key.channel, key.actors,
                        key.people)

    def id(self, row: int) -> str:
        return self._ids[self._id_end[row]:self._id_end[row + 1]].decode("utf-8")

    def _id_bytes(self, row: int) -> bytes:
        """The id's UTF-8, which sorts as the id does (and costs less than the str while sorting)."""
        return bytes(self._ids[self._id_end[row]:self._id_end[row + 1]])

    def when(self, row: int) -> DateSpan | None:
        return self._dates.values[self._when[row]]  # type: ignore[no-any-return]

    def when_basis(self, row: int) -> str:
        return self._bases.values[self._basis[row]]  # type: ignore[no-any-return]

    def family(self, row: int) -> str:
        return self._families.values[self._family[row]]  # type: ignore[no-any-return]

    def key(self, row: int) -> MergeKey:
        """The row as a :class:`MergeKey` (its ``ref`` is the row)."""
        k = MergeKey.__new__(MergeKey)
        k._fill(self.id(row), bool(self._kb[row]), self.when(row), self.when_basis(row),
                self._kinds.values[self._kind[row]], self.family(row),
                self._channels.values[self._channel[row]], self._actor_rows[self._actors[row]], row)
        return k

    def _priority(self, row: int) -> int:
        return _priority(bool(self._kb[row]), self.when(row), self.when_basis(row))

    def group_when(self, rows: Iterable[int]) -> tuple[DateSpan | None, str]:
        """The date of the event of a group of rows (the leader first) and its basis (:class:`_DatePick`)."""
        pick = _DatePick()
        for row in rows:
            pick.add(self.when(row), self.when_basis(row))
        return pick.result()


class Groups:
    """Rows of a :class:`KeyTable` grouped into events: ``groups[g]`` lists group *g*'s rows, its
    leader first, then its other reports in priority order (an ``array`` of ints)."""

    __slots__ = ("_members", "_starts")

    def __init__(self, members: array[int], starts: array[int]) -> None:
        self._members = members
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, g: int) -> array[int]:
        return self._members[self._starts[g]:self._starts[g + 1]]

    def __iter__(self) -> Iterator[array[int]]:
        return (self[g] for g in range(len(self)))

    def leader(self, g: int) -> int:
        return self._members[self._starts[g]]


_BUCKET: Final = 32  # days per bucket of the index of leaders
_VIEWS: Final = 1 << 12  # leaders' keys kept made at a time (made again from the table when needed)


def _week(d: dt.date) -> int:
    """The index bucket of a day (buckets of a month: a leader is filed under a few of them)."""
    return d.toordinal() // _BUCKET


def _filed_under(k: MergeKey) -> list[str]:
    """The names a dated leader is filed under in the index. A leader naming people is found by
    reports that name one of them ("p:"); both kinds of leader are found by their actors and channel,
    by reports naming no people ("a:", "c:" for leaders with people, "n:", "m:" for leaders without):
    a report naming people is never the same event as a leader naming only other people."""
    if k.people:
        out = [f"p:{p}" for p in k.people] + [f"a:{a}" for a in k.actors]
        if k.channel:
            out.append(f"c:{k.channel}")
        return out
    out = [f"n:{a}" for a in k.actors]
    if k.channel:
        out.append(f"m:{k.channel}")
    return out


def _looked_up(k: MergeKey) -> list[str]:
    """The names a dated report looks up in the index: the leaders it can be the same event as are
    filed under one of them (see :func:`_filed_under` and :func:`_same_event`)."""
    if k.people:
        out = [f"p:{p}" for p in k.people] + [f"n:{a}" for a in k.actors]
        if k.channel:
            out.append(f"m:{k.channel}")
        return out
    out = [f"{prefix}:{a}" for a in k.actors for prefix in "an"]
    if k.channel:
        out += [f"c:{k.channel}", f"m:{k.channel}"]
    return out


def _file(index: dict[Any, array[int]], key: object, g: int) -> None:
    found = index.get(key)
    if found is None:
        found = index[key] = array("i")
    found.append(g)


def _candidates(k: MergeKey, by_week: dict[tuple[str, int], array[int]], by_person: dict[str, array[int]],
                undated_by_person: dict[str, array[int]]) -> Iterator[int]:
    """The groups whose leaders *k* may be the same event as, from the index (some more than once)."""
    if k.when is None:
        for p in k.people:
            yield from by_person.get(p, ())
        return
    first, last = _week(k.when.start), _week(k.when.end)
    for name in _looked_up(k):
        for w in range(first, last + 1):
            yield from by_week.get((name, w), ())
    for p in k.people:
        yield from undated_by_person.get(p, ())


def packed_order(packed: list[int], tie: Callable[[int], Any]) -> array[int]:
    """The items of *packed* (plain ints: a sort key above the low 32 bits, an item below them) in
    the order of their keys, then of *tie* (of the item) where keys tie, then of the items. Sorting
    plain ints costs no key objects: a way to sort millions of rows in little memory."""
    packed.sort()
    order = array("i")
    for _, run in itertools.groupby(packed, key=lambda p: p >> 32):
        tied = [p & 0xFFFFFFFF for p in run]
        if len(tied) > 1:
            tied.sort(key=tie)  # stable: items that tie here too stay in their order
        order.extend(tied)
    return order


def _priority_order(table: KeyTable) -> array[int]:
    """The rows by family (name), priority, id, then row."""
    names = table._families.values
    rank = array("i", [0]) * len(names)
    for r, n in enumerate(sorted(range(1, len(names)), key=names.__getitem__)):
        rank[n] = r
    return packed_order([(rank[table._family[row]] << 104 | table._priority(row)) << 32 | row
                         for row in range(len(table))], table._id_bytes)


def cluster_table(table: KeyTable, tiebreak: Callable[[int], Any]) -> Groups:
    """The rows of *table* grouped into events, family by family (a statement never merges with a
    meeting), each group led by its best-dated report; groups are numbered family by family (in the
    order of their names), then in the order they were made.

    Rows are taken in :meth:`MergeKey.priority` order (independent of the order they were added).
    Two rows with the same priority are ordered by *tiebreak* (of the row: a digest of the whole
    report), and the same report twice (one article read twice) counts once. A knowledge-base entry
    always leads its own group. Any other report joins the group whose *leader* it can be the same
    event as (:func:`_same_event`), never a group it only resembles through another member, so
    reports do not chain into one "event" spanning months. A report with a stated date joins the
    nearest such group; a report dated only by a window or not at all joins a group only when
    exactly one fits (otherwise which event it reports is unknown, and it stands alone).
    """
    order = _priority_order(table)
    kept, group_of, leaders = array("i"), array("i"), array("i")
    views: dict[int, MergeKey] = {}

    def leader(g: int) -> MergeKey:
        k = views.get(g)
        if k is None:
            if len(views) >= _VIEWS:
                views.clear()
            k = views[g] = table.key(leaders[g])
        return k

    by_week: dict[tuple[str, int], array[int]] = {}
    by_person: dict[str, array[int]] = {}
    undated_by_person: dict[str, array[int]] = {}
    gap = dt.timedelta(days=SAME_EVENT_GAP)
    current_family: str | None = None
    for (fam, _, _), same in itertools.groupby(order, key=lambda r: (table.family(r), table._priority(r),
                                                                       table.id(r))):
        if fam != current_family:  # families never merge: a new index for each
            current_family = fam
            by_week, by_person, undated_by_person = {}, {}, {}
            views.clear()
        run = list(same)
        if len(run) > 1:  # equal priority (the same id twice): broken by the report's content, and
            # the same report twice counts once
            by_digest = sorted(((tiebreak(r), n, r) for n, r in enumerate(run)), key=lambda t: (t[0], t[1]))
            run = [r for m, (d, _, r) in enumerate(by_digest) if m == 0 or d != by_digest[m - 1][0]]
        for row in run:
            k = table.key(row)
            chosen: int | None = None
            if not k.kb:
                found = _candidates(k, by_week, by_person, undated_by_person)
                if k.rank == 0:  # a stated date: the nearest leader it fits
                    fits = [g for g in set(found) if _same_event(leader(g), k)]
                    if fits:
                        chosen = min(fits, key=lambda g: (_distance(leader(g), k), g))
                else:  # only if exactly one fits: a second one settles it, so the candidates are
                    # looked at one by one (not gathered first: a busy month has thousands)
                    fits, seen = [], set()
                    for g in found:
                        if g not in seen:
                            seen.add(g)
                            if _same_event(leader(g), k):
                                fits.append(g)
                                if len(fits) > 1:
                                    break
                    if len(fits) == 1:
                        chosen = fits[0]
            kept.append(row)
            if chosen is not None:
                group_of.append(chosen)
                continue
            g = len(leaders)
            leaders.append(row)
            group_of.append(g)
            for p in k.people:
                _file(by_person, p, g)
            if k.when is None:
                for p in k.people:
                    _file(undated_by_person, p, g)
                continue
            lo = k.when.start - gap if k.when.start >= dt.date.min + gap else dt.date.min
            hi = k.when.end + gap if k.when.end <= dt.date.max - gap else dt.date.max
            for name in _filed_under(k):
                for w in range(_week(lo), _week(hi) + 1):
                    _file(by_week, (name, w), g)
    views.clear()
    del order, by_week, by_person, undated_by_person
    # the members of each group together, in the order they were taken (a counting sort)
    starts = array("i", [0]) * (len(leaders) + 1)
    for g in group_of:
        starts[g + 1] += 1
    for g in range(len(leaders)):
        starts[g + 1] += starts[g]
    place = starts[:-1]
    members = array("i", [0]) * len(kept)
    for row, g in zip(kept, group_of, strict=True):
        members[place[g]] = row
        place[g] += 1
    return Groups(members, starts)


def cluster(keys: Iterable[MergeKey], tiebreak: Callable[[MergeKey], Any]) -> list[list[MergeKey]]:
    """Keys grouped into events (see :func:`cluster_table`): each group lists its leader first, then
    its other reports in priority order. *tiebreak* orders two reports with the same id and dates (a
    digest of the whole report, as bytes or as the big-endian int of those bytes: both order alike),
    so the result never depends on the order of *keys*."""
    keys = list(keys)
    table = KeyTable()
    for k in keys:
        table.add_key(k)
    return [[keys[r] for r in g] for g in cluster_table(table, lambda r: tiebreak(keys[r]))]


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

    def __init__(self, keep_sources: bool = True) -> None:
        """With *keep_sources* false the sources are not gathered (the event comes out with none, its
        certainty still counts them): for a caller that lists them itself, streaming."""
        self.keep_sources = keep_sources
        self.refs: set[str] = set()  # of the sources, the first two
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
        if self.keep_sources:
            self.sources.update(e.sources)
        for src in e.sources:
            if len(self.refs) >= 2:
                break
            self.refs.add(src.ref)
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
        if others:
            certainty = Certainty.UNCERTAIN
        elif base.certainty is Certainty.CONFIRMED or (len(self.refs) >= 2 and self.n_precise >= 1):
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
    raw = list({r for e in events for r in (e.records or (e,))})
    table = KeyTable(gen)
    for r in raw:
        table.add(r.id, _is_kb(r), r.when, r.when_basis, r.kind, r.channel, r.actors)
    groups = cluster_table(table, lambda row: record_digest(raw[row]))
    return sorted((combine_group([raw[r] for r in g]) for g in groups), key=_order)


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



