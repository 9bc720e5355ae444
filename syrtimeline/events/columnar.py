"""The merge rule of :mod:`syrtimeline.events.merge`, fast and in little memory.

:func:`merge` gives exactly what :func:`syrtimeline.events.merge.merge` gives (a property test proves
it, ties, undated reports and knowledge-base entries included); the batch pipeline uses the parts
below to merge corpora of millions of reports family by family from disk. What makes it fast:

* :class:`KeyTable` holds the merge keys column by column: a report costs its id's UTF-8 and a few
  small integers (about 50 bytes), each distinct date, actor list, basis, kind and channel is kept
  once (a :class:`~syrtimeline.events.merge.MergeKey` object costs about 0.5 KB);
* reports are put in priority order by sorting plain packed integers (:func:`packed_order`), with no
  key object per row;
* :func:`cluster_table` compares a report only with the leaders an index files under its people,
  actors, channel and month (:func:`merge.same_event` can be true of no other); a report with a precise
  date takes those leaders in order of distance (then of their making) and stops at the first that
  fits, and a report that joins only when exactly one leader fits stops looking at the second fit;
* a group's places beyond its leader's (:class:`GroupPlaces`) are kept only for the groups a report
  placed elsewhere than the leader joined (:func:`merge.placed_alike` reads every member's);
* :class:`GroupSummary` reads a group one report at a time, so an event of any size is combined
  without holding its reports (the pipeline streams them from disk).
"""

from __future__ import annotations

import datetime as dt
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final

from ..dates import DateSpan
from .merge import (
    FAR,
    PRECISE,
    SAME_EVENT_GAP,
    MergeKey,
    article_of,
    clause_of,
    date_rank,
    merged_certainty,
    merged_kind,
    merged_note,
    mode_of,
    place_of,
    retells,
    same_event,
    speakers_of,
)
from .model import Event, EventKind, Source, WhenBasis, Where, span_order, timeline_order
from .serialize import content_digest
from .where import compatible_keys, merged_where

__all__ = ["DatePick", "GroupPlaces", "GroupSummary", "Groups", "KeyTable", "cluster", "cluster_table",
           "merge", "packed_order"]

#: the actors, as a set, the people, the speakers
_Actors = tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]
_MAX_DAY: Final = dt.date.max.toordinal()


def packed_priority(kb: bool, when: DateSpan | None, basis: WhenBasis) -> int:
    """:func:`merge.priority` but the id, packed into one plain int that sorts alike: not a
    knowledge-base entry, rank, days, start, end."""
    head = (not kb) << 4 | date_rank(when, basis)
    if when is None:
        return ((head << 32 | FAR) << 32 | _MAX_DAY) << 32 | _MAX_DAY
    return ((head << 32 | when.days) << 32 | when.start.toordinal()) << 32 | when.end.toordinal()


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
    """The merge keys of many reports, column by column. Rows are numbered from 0 in the order they
    are added; :func:`cluster_table` groups them. *generic* names the actors that do not identify an
    event (:func:`merge.generic_actors`)."""

    def __init__(self, generic: frozenset[str] = frozenset()) -> None:
        self.generic = generic
        self._dates, self._bases, self._kinds = _Interned(), _Interned(), _Interned()
        self._channels, self._families, self._places = _Interned(), _Interned(), _Interned()
        self._modes = _Interned()
        self._actor_rows: list[_Actors] = []
        self._actor_number: dict[tuple[tuple[str, ...], frozenset[str], frozenset[str]], int] = {}
        self._when, self._basis, self._kind = array("i"), array("i"), array("i")
        self._channel, self._family, self._actors = array("i"), array("i"), array("i")
        self._place, self._mode = array("i"), array("i")
        self._kb = bytearray()
        self._ids = bytearray()
        self._id_end = array("q", [0])

    def __len__(self) -> int:
        return len(self._kb)

    def add(self, id: str, kb: bool, when: DateSpan | None, basis: WhenBasis, kind: EventKind,
            channel: str | None, actors: tuple[str, ...], people: frozenset[str] | None = None,
            speakers: frozenset[str] = frozenset(), place: tuple[str, str, str, str] | None = None,
            mode: str | None = None) -> int:
        """Add a report's key; returns its row. *people* defaults to its actors that are not generic;
        *speakers* are who says a statement (:func:`merge.speakers_of`), *place* where it happened
        (:func:`merge.place_of`), *mode* how a strike was carried out (:func:`merge.mode_of`)."""
        actor_set = frozenset(actors)
        people = actor_set - self.generic if people is None else people
        a = self._actor_number.get((actors, people, speakers))
        if a is None:
            a = self._actor_number[(actors, people, speakers)] = len(self._actor_rows)
            self._actor_rows.append((actors, actor_set, people, speakers))
        self._actors.append(a)
        self._when.append(self._dates(when))
        self._basis.append(self._bases(basis))
        self._kind.append(self._kinds(kind))
        self._channel.append(self._channels(channel))
        self._family.append(self._families(kind.family))
        self._place.append(self._places(place))
        self._mode.append(self._modes(mode))
        self._kb.append(bool(kb))
        self._ids += id.encode("utf-8")
        self._id_end.append(len(self._ids))
        return len(self._kb) - 1

    def add_event(self, event: Event) -> int:
        return self.add(event.id, event.from_knowledge_base, event.when, event.when_basis, event.kind,
                        event.channel, event.actors, speakers=speakers_of(event), place=place_of(event),
                        mode=mode_of(event))

    def add_key(self, key: MergeKey) -> int:
        return self.add(key.id, key.kb, key.when, key.basis, key.kind, key.channel, key.actors, key.people,
                        key.speakers, key.place, key.mode)

    def id(self, row: int) -> str:
        return self._ids[self._id_end[row]:self._id_end[row + 1]].decode("utf-8")

    def id_bytes(self, row: int) -> bytes:
        """The id's UTF-8, which sorts as the id does (and costs less than the str while sorting)."""
        return bytes(self._ids[self._id_end[row]:self._id_end[row + 1]])

    def when(self, row: int) -> DateSpan | None:
        return self._dates.values[self._when[row]]  # type: ignore[no-any-return]

    def basis(self, row: int) -> WhenBasis:
        return self._bases.values[self._basis[row]]  # type: ignore[no-any-return]

    def family(self, row: int) -> EventKind:
        return self._families.values[self._family[row]]  # type: ignore[no-any-return]

    def key(self, row: int) -> MergeKey:
        """The row as a :class:`MergeKey` whose ``ref`` is the row (made without recomputing a thing)."""
        k = MergeKey.__new__(MergeKey)
        k.id, k.kb, k.when, k.basis = self.id(row), bool(self._kb[row]), self.when(row), self.basis(row)
        k.kind, k.family = self._kinds.values[self._kind[row]], self.family(row)
        k.channel = self._channels.values[self._channel[row]]
        k.actors, k.actor_set, k.people, k.speakers = self._actor_rows[self._actors[row]]
        k.place, k.mode = self._places.values[self._place[row]], self._modes.values[self._mode[row]]
        k.rank, k.ref = date_rank(k.when, k.basis), row
        return k

    def priority(self, row: int) -> int:
        return packed_priority(bool(self._kb[row]), self.when(row), self.basis(row))

    def priority_order(self) -> array[int]:
        """The rows by family (name), priority, id, then row."""
        names = self._families.values
        rank = array("i", [0]) * len(names)
        for r, n in enumerate(sorted(range(1, len(names)), key=names.__getitem__)):
            rank[n] = r
        return packed_order([(rank[self._family[row]] << 104 | self.priority(row)) << 32 | row
                             for row in range(len(self))], self.id_bytes)

    def group_when(self, rows: Iterable[int]) -> tuple[DateSpan | None, WhenBasis]:
        """The date of the event of a group of rows (the leader first) and its basis (:class:`DatePick`)."""
        pick = DatePick()
        for row in rows:
            pick.add(self.when(row), self.basis(row))
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


# -- the index of leaders ---------------------------------------------------------------------------

_BUCKET: Final = 32  # days per bucket of the index of leaders
_VIEWS: Final = 1 << 12  # leaders' keys kept made at a time (made again from the table when needed)


def _bucket(d: dt.date) -> int:
    """The index bucket of a day (buckets of a month: a leader is filed under a few of them)."""
    return d.toordinal() // _BUCKET


def _filed_under(k: MergeKey) -> list[str]:
    """The names a dated leader is filed under in the index. A leader naming people is found by
    reports that name one of them ("p:"); both kinds of leader are found by their actors and channel,
    by reports naming no people ("a:", "c:" for leaders with people, "n:", "m:" for leaders without):
    a report naming people is never the same event as a leader naming only other people. A leader read
    from an article is also found by the reports of that article that tell it again ("h:"), and one that
    may itself tell again what its article told (:func:`merge.retells`) by that article's other reports
    ("t:"; :func:`merge.told_again_here`), and by the other reports of its clause ("s:";
    :func:`merge.told_in_one_clause`)."""
    if k.people:
        out = [f"p:{p}" for p in k.people] + [f"a:{a}" for a in k.actors]
        if k.channel:
            out.append(f"c:{k.channel}")
        return out + _article_names(k, "h")
    out = [f"n:{a}" for a in k.actors]
    if k.channel:
        out.append(f"m:{k.channel}")
    return out + _article_names(k, "h")


def _article_names(k: MergeKey, side: str) -> list[str]:
    """The names a report of an article is filed under (*side* "h", a leader) or looks up ("t", a report)
    for :func:`merge.told_again_here`: a leader under its article ("h:"), and under "t:" too when it may
    tell again what its article told; a report looks up the "h:" name when it may, else the "t:" one.
    Both sides name the report's clause too ("s:"), for :func:`merge.told_in_one_clause`."""
    article = article_of(k)
    if article is None:
        return []
    clause = f"s:{clause_of(k)}"
    if side == "h":
        return [f"h:{article}", f"t:{article}", clause] if retells(k) else [f"h:{article}", clause]
    return [f"h:{article}" if retells(k) else f"t:{article}", clause]


def _looked_up(k: MergeKey) -> list[str]:
    """The names a dated report looks up in the index: the leaders it can be the same event as are
    filed under one of them (see :func:`_filed_under` and :func:`merge.same_event`)."""
    if k.people:
        out = [f"p:{p}" for p in k.people] + [f"n:{a}" for a in k.actors]
        if k.channel:
            out.append(f"m:{k.channel}")
        return out + _article_names(k, "t")
    out = [f"{prefix}:{a}" for a in k.actors for prefix in "an"]
    if k.channel:
        out += [f"c:{k.channel}", f"m:{k.channel}"]
    return out + _article_names(k, "t")


def _file(index: dict[Any, array[int]], key: object, g: int) -> None:
    found = index.get(key)
    if found is None:
        found = index[key] = array("i")
    found.append(g)


class _Index:
    """The leaders of one family, filed so that a report finds every leader it may fit."""

    def __init__(self) -> None:
        self.by_bucket: dict[tuple[str, int], array[int]] = {}
        self.by_person: dict[str, array[int]] = {}
        self.undated_by_person: dict[str, array[int]] = {}

    def file(self, k: MergeKey, g: int) -> None:
        """File *k* as the leader of group *g*."""
        for p in k.people:
            _file(self.by_person, p, g)
        if k.when is None:
            for p in k.people:
                _file(self.undated_by_person, p, g)
            return
        gap = dt.timedelta(days=SAME_EVENT_GAP)
        lo = k.when.start - gap if k.when.start >= dt.date.min + gap else dt.date.min
        hi = k.when.end + gap if k.when.end <= dt.date.max - gap else dt.date.max
        for name in _filed_under(k):
            for b in range(_bucket(lo), _bucket(hi) + 1):
                _file(self.by_bucket, (name, b), g)

    def candidates(self, k: MergeKey) -> Iterator[int]:
        """The groups whose leaders *k* may be the same event as (some more than once)."""
        if k.when is None:
            for p in k.people:
                yield from self.by_person.get(p, ())
            return
        first, last = _bucket(k.when.start), _bucket(k.when.end)
        for name in _looked_up(k):
            for b in range(first, last + 1):
                yield from self.by_bucket.get((name, b), ())
        for p in k.people:
            yield from self.undated_by_person.get(p, ())


_UNDATED: Final = -1  # the day number of an undated leader (day numbers start at 1)

Place = tuple[str, str, str, str]


class GroupPlaces:
    """The places of a group's reports beyond its leader's, each once, kept only for the groups that
    have any: with the leader's, what :func:`merge.placed_alike` reads (a report joins a group only
    when its place is compatible with every member's)."""

    __slots__ = ("extra",)

    def __init__(self) -> None:
        self.extra: dict[int, tuple[Place, ...]] = {}

    def fit(self, g: int, place: Place | None) -> bool:
        """Whether *place* is compatible with the places of group *g*'s reports other than its leader."""
        if place is None:
            return True
        got = self.extra.get(g)
        return got is None or all(compatible_keys(p, place) for p in got)

    def join(self, g: int, leader: Place | None, place: Place | None) -> None:
        """A report placed at *place* joined group *g*, whose leader is placed at *leader*."""
        if place is None or place == leader:
            return
        got = self.extra.get(g, ())
        if place not in got:
            self.extra[g] = (*got, place)

    def __len__(self) -> int:
        return len(self.extra)


def _only_fit(found: Iterable[int], fits: Callable[[int], bool]) -> int | None:
    """The one group among *found* (which may repeat) that *fits* (the report being taken), or None when
    none or more than one does: a second fit settles it, so the candidates are looked at one by one,
    not gathered first (a busy month has thousands)."""
    fitting: list[int] = []
    seen: set[int] = set()
    for g in found:
        if g not in seen:
            seen.add(g)
            if fits(g):
                fitting.append(g)
                if len(fitting) > 1:
                    return None
    return fitting[0] if fitting else None


def _nearest_fit(k: MergeKey, found: Iterable[int], starts: array[int], ends: array[int],
                 fits: Callable[[int], bool]) -> int | None:
    """``min(fitting, key=lambda g: (distance(leader(g), k), g))`` of the groups in *found* that *k* (a
    report with a precise date) *fits*: the candidates are put in that order first, from the
    leaders' day numbers (*starts*, *ends*), and the first that fits is the answer. A leader is made
    and compared only until then: in a crowded month most candidates fit, and the nearest one found
    first ends the search."""
    assert k.when is not None
    s, e = k.when.start.toordinal(), k.when.end.toordinal()
    order = sorted({(FAR if starts[g] == _UNDATED else max(0, starts[g] - e, s - ends[g])) << 32 | g
                    for g in found})
    for packed in order:
        g = packed & 0xFFFFFFFF
        if fits(g):
            return g
    return None


def cluster_table(table: KeyTable, tiebreak: Callable[[int], Any]) -> Groups:
    """The rows of *table* grouped as :func:`merge.group` groups reports (*tiebreak* of a row: a digest
    of the whole report), families in the order of their names, each family's groups in the order
    they were made."""
    order = table.priority_order()
    kept, group_of, leaders = array("i"), array("i"), array("i")
    starts, ends = array("i"), array("i")  # each leader's dates as day numbers (_UNDATED: none)
    views: dict[int, MergeKey] = {}
    places = GroupPlaces()

    def leader(g: int) -> MergeKey:
        k = views.get(g)
        if k is None:
            if len(views) >= _VIEWS:
                views.clear()
            k = views[g] = table.key(leaders[g])
        return k

    index = _Index()
    current: EventKind | None = None
    for (fam, _, _), same in itertools.groupby(order, key=lambda r: (table.family(r), table.priority(r),
                                                                       table.id(r))):
        if fam != current:  # families never merge: a new index for each
            current = fam
            index = _Index()
            views.clear()
            places = GroupPlaces()
        run = list(same)
        if len(run) > 1:  # equal priority (the same id twice): broken by the report's content, and
            # the same report twice counts once
            by_digest = sorted(((tiebreak(r), n, r) for n, r in enumerate(run)), key=lambda t: (t[0], t[1]))
            run = [r for m, (d, _, r) in enumerate(by_digest) if m == 0 or d != by_digest[m - 1][0]]
        for row in run:
            k = table.key(row)
            chosen: int | None = None
            if not k.kb:
                found = index.candidates(k)

                def fits(g: int, k: MergeKey = k, places: GroupPlaces = places) -> bool:
                    return same_event(leader(g), k) and places.fit(g, k.place)

                if k.rank == PRECISE:  # the nearest leader it fits, the earliest made on a tie
                    chosen = _nearest_fit(k, found, starts, ends, fits)
                else:  # only if exactly one fits
                    chosen = _only_fit(found, fits)
            kept.append(row)
            if chosen is not None:
                group_of.append(chosen)
                places.join(chosen, leader(chosen).place, k.place)
                continue
            g = len(leaders)
            leaders.append(row)
            starts.append(_UNDATED if k.when is None else k.when.start.toordinal())
            ends.append(_UNDATED if k.when is None else k.when.end.toordinal())
            group_of.append(g)
            index.file(k, g)
    views.clear()
    del order, index, starts, ends
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
    """:func:`merge.group` through :func:`cluster_table` (the keys' own ``ref`` is kept)."""
    keys = list(keys)
    table = KeyTable()
    for k in keys:
        table.add_key(k)
    return [[keys[r] for r in g] for g in cluster_table(table, lambda r: tiebreak(keys[r]))]


# -- combining a group, one report at a time ---------------------------------------------------------

def _when_rank(s: DateSpan) -> tuple[object, ...]:
    return (s.days, s.start, span_order(s))


class DatePick:
    """:func:`merge.event_date`, read one report at a time (the leader first)."""

    def __init__(self) -> None:
        self.leader: tuple[DateSpan | None, WhenBasis] | None = None
        self.best: DateSpan | None = None
        self.first_basis: dict[DateSpan, WhenBasis] = {}

    def add(self, when: DateSpan | None, basis: WhenBasis) -> None:
        if self.leader is None:
            self.leader = (when, basis)
        if when is None:
            return
        self.first_basis.setdefault(when, basis)
        if basis.precise and (self.best is None or _when_rank(when) < _when_rank(self.best)):
            self.best = when

    def result(self) -> tuple[DateSpan | None, WhenBasis]:
        assert self.leader is not None, "no report added"
        return self.leader if self.best is None else (self.best, self.first_basis[self.best])


class GroupSummary:
    """:func:`merge.combine`, read one report at a time (the leader first, then in group order), so a
    group of any size is combined without holding its reports; the batch pipeline streams them from
    disk."""

    def __init__(self, keep_sources: bool = True) -> None:
        """With *keep_sources* false the sources are not gathered (the event comes out with none, its
        certainty still counts them): for a caller that lists them itself, streaming."""
        self.keep_sources = keep_sources
        self.refs: set[str] = set()  # of the sources, the first two
        self.base: Event | None = None
        self.date = DatePick()
        self.precise: set[DateSpan] = set()
        self.n_precise = 0
        self.others: set[DateSpan] = set()
        self.kinds: list[EventKind] = []
        self.actors: list[str] = []
        self._seen_actors: set[str] = set()
        self.source_actors: dict[str, None] = {}
        self.target_actors: dict[str, None] = {}
        self.modes: dict[EventKind, str] = {}  # the first mode given for each kind
        self.channel: str | None = None
        self.sources: set[Source] = set()
        self.quote: str | None = None
        self.wheres: dict[Where, None] = {}  # the places given, each once, in order

    def add(self, e: Event) -> None:
        if self.base is None:
            self.base = e
        self.date.add(e.when, e.when_basis)
        if e.when is not None and e.when_basis.precise:
            self.n_precise += 1
            self.precise.add(e.when)
        self.others.update(e.other_dates)
        if e.kind not in self.kinds:
            self.kinds.append(e.kind)
        new = [a for a in e.actors if a not in self._seen_actors]
        self.actors += new
        self._seen_actors.update(new)
        self.source_actors.update(dict.fromkeys(e.source_actors))
        self.target_actors.update(dict.fromkeys(e.target_actors))
        if e.mode:
            self.modes.setdefault(e.kind, e.mode)
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
        if e.where is not None:
            self.wheres.setdefault(e.where)

    def event(self, records: tuple[Event, ...] = ()) -> Event:
        """The merged event (with *records*, the reports in timeline order, when they are at hand)."""
        base = self.base
        assert base is not None, "no report added"
        when, basis = self.date.result()
        others = set(self.others)
        others |= {s for s in self.precise if when is not None and not s.overlaps(when)}
        if when is not None:
            others.discard(when)
        sources = tuple(sorted(self.sources, key=Source.sort_key))
        certainty = merged_certainty(base, bool(others), len(self.refs) >= 2, self.n_precise >= 1)
        kind = merged_kind(base, self.kinds)
        return Event(id=base.id, when=when, kind=kind, summary=base.summary, actors=tuple(self.actors),
                     channel=self.channel, quote_ar=self.quote, sources=sources, certainty=certainty,
                     when_basis=basis, other_dates=tuple(sorted(others, key=span_order)),
                     note=merged_note(base, others), mode=self.modes.get(kind),
                     source_actors=tuple(self.source_actors), target_actors=tuple(self.target_actors),
                     records=records, where=merged_where(self.wheres))


def combine_group(group: Sequence[Event]) -> Event:
    """One event from the reports of a group (the leader first, then group order)."""
    if len(group) == 1:
        return group[0]
    summary = GroupSummary()
    for e in group:
        summary.add(e)
    return summary.event(records=tuple(sorted(group, key=timeline_order)))


def merge(events: Iterable[Event], generic: Iterable[str] = ()) -> list[Event]:
    """:func:`merge.merge`, the fast way."""
    table = KeyTable(frozenset(generic))
    reports = list({r for e in events for r in (e.records or (e,))})
    for r in reports:
        table.add_event(r)
    groups = cluster_table(table, lambda row: content_digest(reports[row]))
    return sorted((combine_group([reports[r] for r in g]) for g in groups), key=timeline_order)
