"""The merge rule of :mod:`syrtimeline.events.merge`, grouping in memory that does not grow with the corpus.

:func:`sweep` groups reports exactly as :func:`merge.group` does (a property test proves it) and takes
them in the same order, the rule's :func:`merge.priority` order, one at a time. What differs is where
the leaders wait: :func:`merge.group` (and :func:`columnar.cluster_table`) keep every leader made so
far; here only the leaders a report can still fit are in memory, the others wait in a
:class:`LeaderStore` (on disk, in the batch pipeline) until the order of the reports comes near them
again. This is exact because of what the rule reads:

* two dated reports fit only when their dates are at most ``SAME_EVENT_GAP`` days apart
  (:func:`merge.judge`: "since" needs the same first day, "overlap" no gap, "near" at most that gap);
* the priority order takes the reports class by class, a class being the reports of one rank and one
  number of days (:func:`merge.priority`: rank, days, start, end, id), and within a class by their
  first day: so within a class the reports come in the order of time, and the leaders a class makes
  are made in the order of their first day. The store files each leader by time, under the 32-day
  bucket of its first day widened by the gap (the first bucket of the window it can be filed under),
  in chunks appended as the leaders are made and never rewritten;
* so, while a class is taken, the leaders of the classes before it are read from the store bucket by
  bucket as the reports come to them (those its own reports make are in its window already), each
  filed in an index of 32-day buckets as :class:`columnar._Index` files it, and a bucket is dropped
  as soon as the reports have passed it:
  a report is compared with the leaders the whole index would give it (those filed under its names
  in its buckets), or more, so it joins the same group; a "since" report fits only leaders that start
  its first day, and a "since" leader only reports that start its first day, so both are looked up
  and filed under that day's bucket alone, and a "since" class reads back only the chunks whose
  leaders' first days (the earliest and the latest, kept beside each chunk) include its report's
  (since the tenth round of issue 18: the since classes, a thousand of a few reports each on the 50
  MB bench corpus, read 40,237 leaders, now 7,914); the leaders that end, widened by the gap, before the
  bucket of the report being taken are not read (each chunk's latest last day is kept beside it),
  so a class of a few reports reads only the buckets near them. (Until the seventh round the
  leaders waited in runs sorted by time, merged two by two as they grew, and each class read them
  from its first report to its last: on the 50 MB bench corpus, whose timeline has about 170,000
  events, 2.29 M leaders were read back; now 0.75 M, and none is written twice);
* a precise class taken alone (one of 12 to 27 days, 32 days or more: the half-years, the years)
  reads the store's chunks only as its reports need them (:func:`_read_to_fit`): the chunks near a
  report (those whose leaders may start and end within the gap of its dates), in the order of their
  first group, until the best fit so far overlaps the report (distance 0, the least) and was made
  before every leader of the chunks left; those stay unread for the class's next reports, and are
  dropped unread once the window passes them. The rule's choice is the nearest fit, the earliest made
  on a tie, so no leader left unread can change it. (Until the eleventh round of issue 18 such a
  class read every chunk near its reports: a report of months overlaps more leaders as a corpus grows
  denser, and on the bench corpus these classes were all of the growth of the reads per report; at
  10 MB they read 37,011 leaders, now 18,812) — and it skips the chunks whose marks (two
  masks of 256 bits kept beside each chunk, :func:`marks`: the names its leaders are filed under,
  their speakers) share no bit with the report's (the names it looks up, its speakers): none of their
  leaders fits it, and they too wait unread for the next reports. (Until the twelfth round a report
  that fits none of the leaders near it read every chunk near it: on the 10 MB bench corpus 16 leaders
  each, 42 at 50 MB);
* the precise classes of a bundle (:data:`BUNDLES`: those of 1 to 11 days, those of 28 to 31) are
  taken together, in one pass over time (since the ninth round of issue 18; until then each class
  read back the leaders of the classes before it near its reports, and as a corpus grew denser every
  class came to read nearly all of them: on the 50 MB bench corpus the statements' day, week and
  month classes read 21,000–22,600 leaders each). Each report comes at its first day plus its
  class's :func:`lag` (:func:`turn`), and sees only the leaders of its class and the classes before
  it. The lags keep the pass exact: every report of an earlier class that can lead or join a group a
  report may fit comes before it, every report of a later class that can join one comes after it
  (:func:`lag` gives the bound). The window holds the leaders of the bundle's whole lag (about nine
  buckets for the first bundle, seven for the months) and those of earlier classes are read back
  once for the bundle. A knowledge-base entry's dates can be of any length (or none): when one class
  of a bundle changes the places of a knowledge-base group another class compares a placed report
  with out of the rule's order, the pass stops (:class:`Unbundled`) and the family is grouped again
  class by class; its groups are numbered by class (:func:`_number`) so that the numbers keep the
  rule's order of making;
* a leader that names no actor and no channel, and was read from no article (a knowledge-base entry),
  fits no report (:func:`merge.judge` needs a shared actor, a person or the channel, or a report of its
  article telling it again: :func:`merge.told_again_here`), so it is never filed, in the window or in
  the store; a report's leader is filed under its article too (:func:`columnar._filed_under`);
* knowledge-base entries come first and are few: they stay in memory all along;
* a group's places beyond its leader's (:class:`columnar.GroupPlaces`, what :func:`merge.placed_alike`
  reads) are in memory only while its leader is in the window (:class:`_SpilledPlaces`): they leave
  with it, written to the store under its bucket when they changed, and come back with it when a
  later class reads that bucket; the undated reports' pass reads them bucket by bucket;
* undated reports come last (rank ``UNDATED``): each fits only leaders that name one of its people,
  at any date, and joins only when exactly one fits. They are kept in memory (a small share of the
  reports), the store is read once to find, for each of them, up to two dated leaders it fits (a
  second settles that it stands alone), and then they are taken in order as the rule takes them.
  Only the leaders that name people are read for them (:meth:`LeaderStore.read_named`): an undated
  report fits only a leader that names one of its people.

Groups are numbered in the order they are made, as :func:`merge.group` makes them; a precisely dated
report that fits several leaders at one distance joins the earliest made, as there.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, Protocol

from .columnar import GroupPlaces, Place, _filed_under, _Index, _looked_up, _only_fit
from .merge import (
    FAR,
    PRECISE,
    SAME_EVENT_GAP,
    SINCE,
    UNDATED,
    MergeKey,
    _in_priority_order,
    priority,
    same_event,
)
from .model import WhenBasis
from .where import compatible_keys

__all__ = ["BUNDLES", "MARK_BITS", "Leader", "LeaderStore", "MemoryStore", "Placed", "Unbundled", "group",
           "lag", "marks", "sweep", "turn", "turn_order"]

#: A leader as a store keeps it: its group (numbered in the order of making) and its key.
Leader = tuple[int, MergeKey]
#: A group's places beyond its leader's, as a store keeps them: its group and the places.
Placed = tuple[int, tuple[Place, ...]]

_BUCKET: Final = 32  # days per bucket of the index (as columnar's)
_RUN_CHUNK: Final = 128  # leaders per chunk at most (a chunk holds leaders of one bucket)

#: The precise classes taken together, in one pass over time, by their numbers of days (first, last):
#: the day, two days, a week and ten days; the months. Each class of a bundle lags the one before it
#: (:func:`lag`), so that a report is taken only after every report of an earlier class that can
#: lead or join a group it may fit, and before every report of a later class that can (see the
#: module doc). Longer classes would need lags of years (a window of years of leaders): they, and
#: the classes of the other ranks, are taken one by one.
BUNDLES: Final = ((1, 11), (28, 31))


def _bundle(rank: int, days: int, bundles: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The bundle (first, last number of days) a class of dated reports is taken in, if any."""
    if rank == PRECISE:
        for first, last in bundles:
            if first <= days <= last:
                return first, last
    return None


def lag(days: int, bundle: tuple[int, int]) -> int:
    """How many days the class of *days* days lags the first class of its *bundle*: each class lags
    the one before by twice its days and the gap, and one day more. A report of *d* days starting on
    day *s* fits only leaders that start at most ``d + 6`` days after it (within the gap of its end),
    each of at most *d* days (an earlier class's), and a report that joins such a leader starts at most
    ``d + 6`` days after that leader's end: so every report of an earlier class that can lead or join
    a group the report may fit starts at most ``2·d + 12`` days after *s*, and is taken before it. The
    same bound, read the other way, keeps a later class's report from being taken before it when it
    can join a group the report may fit."""
    first = bundle[0]  # the sum of 2·d + 2·gap − 1 for d from first + 1 to days
    return days * (days + 1) - first * (first + 1) + (2 * SAME_EVENT_GAP - 1) * (days - first)


def turn(kb: bool, rank: int, start: int, days: int, bundles: Sequence[tuple[int, int]] = BUNDLES) -> int:
    """Where a report of the given rank and dates (*start* its first day's number, *days* its number of
    days; 0 and 0 when undated) comes in the sweep's order, before :func:`merge.priority` settles the
    rest: knowledge-base entries first, then class by class as the rule takes them, but the classes
    of a bundle (:data:`BUNDLES`) interleaved, each report at its first day plus its class's
    :func:`lag`. Ties go to the earlier class, then to the rule's order (one class by its first day)."""
    head = (not kb) << 2 | rank
    if kb or rank == UNDATED:
        return head << 64
    bundle = _bundle(rank, days, bundles)
    if bundle is None:
        return (head << 32 | days) << 32
    return (head << 32 | bundle[0]) << 32 | (start + lag(days, bundle))


def turn_order(k: MergeKey, bundles: Sequence[tuple[int, int]] = BUNDLES) -> tuple[object, ...]:
    """The order :func:`sweep` takes reports in (:func:`turn`, then :func:`merge.priority`)."""
    if k.when is None:
        return (turn(k.kb, k.rank, 0, 0, bundles), *priority(k))
    return (turn(k.kb, k.rank, k.when.start.toordinal(), k.when.days, bundles), *priority(k))


class Unbundled(Exception):
    """A bundled sweep met a knowledge-base group whose places one class of a bundle changed while
    another class of it compared a report with that group out of the rule's order (a knowledge-base
    entry's dates can be of any length, so no lag keeps them apart): the family must be grouped
    again class by class (``bundles=()``)."""


def _number(kb: bool, rank: int, days: int, n: int) -> int:
    """The number of the *n*-th group a class makes: groups are numbered in the rule's order of
    making (class by class: knowledge-base entries, then by rank and days), whatever the order a
    bundled pass makes them in."""
    if kb:
        return n
    return ((4 | rank) << 22 | days) << 34 | n


class LeaderStore(Protocol):
    """Where the leaders of the classes already taken wait, filed by time: each leader under the bucket
    of its first day widened by the gap (:func:`_first_bucket`: the first bucket it can be filed under
    in the window), a bucket's leaders written as chunks (appended, never rewritten) and read back
    chunk by chunk."""

    def write(self, bucket: int, chunk: list[Leader]) -> None:
        """Append a chunk of leaders to *bucket*."""

    def buckets(self) -> list[int]:
        """The buckets that hold leaders, in order."""

    def chunks(self, bucket: int) -> int:
        """How many chunks *bucket* has."""

    def read(self, bucket: int, chunk: int) -> list[Leader]:
        """The *chunk*-th chunk of *bucket*."""

    def read_named(self, bucket: int, chunk: int) -> list[Leader]:
        """The leaders of that chunk that name people (``MergeKey.people``), in the chunk's order: all
        that undated reports can fit (:func:`_undated`), read without the others."""

    def last_day(self, bucket: int, chunk: int) -> int:
        """The latest day number any leader of that chunk ends on (to skip chunks unread)."""

    def starts(self, bucket: int, chunk: int) -> tuple[int, int]:
        """The earliest and the latest day number a leader of that chunk starts on (a "since" report
        reads only the chunks that may hold leaders starting its first day)."""

    def first_group(self, bucket: int, chunk: int) -> int:
        """The smallest group number of that chunk's leaders (a precise class taken alone reads the
        chunks near a report in the order of their groups, and stops at its fit: :func:`_read_to_fit`)."""

    def marks(self, bucket: int, chunk: int) -> tuple[int, int]:
        """:func:`marks` of that chunk's leaders (a precise class taken alone does not read a chunk
        whose marks say none of its leaders can fit the report: :func:`_read_to_fit`)."""

    def write_places(self, bucket: int, records: list[Placed]) -> None:
        """Append the places of groups whose leaders are filed under *bucket* (:class:`_SpilledPlaces`)."""

    def places(self, bucket: int) -> list[Placed]:
        """Every record :meth:`write_places` appended to *bucket*, in order (a group may have several:
        the last is the whole of its places, each a superset of the ones before)."""


class MemoryStore:
    """A :class:`LeaderStore` in memory (for tests and small inputs)."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[list[Leader]]] = {}
        self._places: dict[int, list[Placed]] = {}

    def write(self, bucket: int, chunk: list[Leader]) -> None:
        self._buckets.setdefault(bucket, []).append(list(chunk))

    def buckets(self) -> list[int]:
        return sorted(self._buckets)

    def chunks(self, bucket: int) -> int:
        return len(self._buckets.get(bucket, ()))

    def read(self, bucket: int, chunk: int) -> list[Leader]:
        return self._buckets[bucket][chunk]

    def read_named(self, bucket: int, chunk: int) -> list[Leader]:
        return [(g, k) for g, k in self._buckets[bucket][chunk] if k.people]

    def last_day(self, bucket: int, chunk: int) -> int:
        return last_day(self._buckets[bucket][chunk])

    def starts(self, bucket: int, chunk: int) -> tuple[int, int]:
        return starts(self._buckets[bucket][chunk])

    def first_group(self, bucket: int, chunk: int) -> int:
        return first_group(self._buckets[bucket][chunk])

    def marks(self, bucket: int, chunk: int) -> tuple[int, int]:
        return marks(self._buckets[bucket][chunk])

    def write_places(self, bucket: int, records: list[Placed]) -> None:
        self._places.setdefault(bucket, []).extend(records)

    def places(self, bucket: int) -> list[Placed]:
        return list(self._places.get(bucket, ()))


def _day(d: dt.date) -> int:
    return d.toordinal()


def last_day(chunk: Sequence[Leader]) -> int:
    """The latest day number a leader of *chunk* (dated leaders) ends on."""
    return max(_day(k.when.end) for _, k in chunk if k.when is not None)


def starts(chunk: Sequence[Leader]) -> tuple[int, int]:
    """The earliest and the latest day number a leader of *chunk* (dated leaders) starts on."""
    days = [_day(k.when.start) for _, k in chunk if k.when is not None]
    return min(days), max(days)


def first_group(chunk: Sequence[Leader]) -> int:
    """The smallest group number of the leaders of *chunk*."""
    return min(g for g, _ in chunk)


#: The bits of each of a chunk's marks (:func:`marks`): a chunk of 128 leaders is filed under a few
#: hundred names, and with fewer bits nearly every bit is set.
MARK_BITS: Final = 256
_EVERY_MARK: Final = (1 << MARK_BITS) - 1


def _marked(names: Iterable[str]) -> int:
    """A bit for each of *names* (a hash of it: two names may share one), or'ed."""
    out = 0
    for name in names:
        out |= 1 << (zlib.crc32(name.encode()) % MARK_BITS)
    return out


def marks(chunk: Sequence[Leader]) -> tuple[int, int]:
    """What a chunk of leaders may fit, in two masks of bits: the names its leaders are filed under
    (:func:`columnar._filed_under`: a report fits only a leader filed under a name it looks up,
    :func:`columnar._looked_up`) and its leaders' speakers (a statement fits no statement by other
    speakers: :func:`merge.judge`), every bit when one of them has none. A report whose marks share no
    bit with one of them fits none of the chunk's leaders."""
    named = _marked(name for _, k in chunk for name in _filed_under(k))
    if any(not k.speakers for _, k in chunk):
        return named, _EVERY_MARK
    return named, _marked(speaker for _, k in chunk for speaker in k.speakers)


_GAP: Final = SAME_EVENT_GAP
_MIN_DAY: Final = dt.date.min.toordinal()
_MAX_DAY: Final = dt.date.max.toordinal()


def _filed_range(k: MergeKey) -> tuple[int, int]:
    """The buckets a dated leader is filed under: as :meth:`columnar._Index.file` files it (its dates
    widened by the gap, within the calendar), but a "since" leader only under the bucket of its
    first day: it fits only reports that start that day (:func:`merge.judge`), and each of those
    looks that bucket up."""
    assert k.when is not None
    if k.basis is WhenBasis.SINCE:
        b = _day(k.when.start) // _BUCKET
        return b, b
    lo = max(_day(k.when.start) - _GAP, _MIN_DAY)
    hi = min(_day(k.when.end) + _GAP, _MAX_DAY)
    return lo // _BUCKET, hi // _BUCKET


def _ends(k: MergeKey) -> int:
    """The day number a dated leader ends on."""
    assert k.when is not None
    return _day(k.when.end)


def _first_bucket(k: MergeKey) -> int:
    """The first bucket any leader that starts when *k* does is filed under: the store's bucket of a
    leader (a class's leaders are made in the order of this, whatever their basis)."""
    assert k.when is not None
    return max(_day(k.when.start) - _GAP, _MIN_DAY) // _BUCKET


def _looked_up_buckets(k: MergeKey) -> range:
    """The buckets a dated report looks its leaders up in: those of its dates, or for a "since"
    report only that of its first day (it fits only leaders that start that day)."""
    assert k.when is not None
    first = _day(k.when.start) // _BUCKET
    if k.basis is WhenBasis.SINCE:
        return range(first, first + 1)
    return range(first, _day(k.when.end) // _BUCKET + 1)


class _Window:
    """The leaders of one class's sweep (or one bundle's) that reports can still fit: filed by
    (bucket, name), a bucket dropped once the reports have passed it. A leader a bundle makes is
    found only by reports of its class and later ones (``days``: its class's, 0 for those read from
    the store)."""

    def __init__(self) -> None:
        self.buckets: dict[int, dict[str, list[int]]] = {}
        self.keys: dict[int, MergeKey] = {}
        self.days: dict[int, tuple[int, int]] = {}  # each leader's first and last day
        self.cls: dict[int, int] = {}  # the days of the class of each leader the bundle made
        self.expires: dict[int, list[int]] = {}  # last bucket -> groups filed up to it
        self.low = _MIN_DAY // _BUCKET  # buckets below this are gone

    def file(self, k: MergeKey, g: int, names: Sequence[str], cls: int = 0) -> None:
        first, last = _filed_range(k)
        if last < self.low:
            return
        self.keys[g] = k
        assert k.when is not None
        self.days[g] = (k.when.start.toordinal(), k.when.end.toordinal())
        if cls:
            self.cls[g] = cls
        self.expires.setdefault(last, []).append(g)
        for b in range(max(first, self.low), last + 1):
            by_name = self.buckets.get(b)
            if by_name is None:
                by_name = self.buckets[b] = {}
            for name in names:
                found = by_name.get(name)
                if found is None:
                    by_name[name] = [g]
                else:
                    found.append(g)

    def advance(self, low: int) -> list[Leader]:
        """Forget the buckets below *low* and the leaders filed only under them (returned)."""
        if low <= self.low:
            return []
        for b in [b for b in self.buckets if b < low]:
            del self.buckets[b]
        gone: list[Leader] = []
        for b in [b for b in self.expires if b < low]:
            for g in self.expires.pop(b):
                gone.append((g, self.keys.pop(g)))
                del self.days[g]
                self.cls.pop(g, None)
        self.low = low
        return gone

    def candidates(self, k: MergeKey) -> Iterator[int]:
        assert k.when is not None
        buckets = _looked_up_buckets(k)
        cls, mine = self.cls, k.when.days
        for name in _looked_up(k):
            for b in buckets:
                by_name = self.buckets.get(b)
                if by_name is not None:
                    if cls:  # a bundle: not the leaders of its later classes
                        yield from (g for g in by_name.get(name, ()) if cls.get(g, 0) <= mine)
                    else:
                        yield from by_name.get(name, ())


class _SpilledPlaces(GroupPlaces):
    """The groups' places (:class:`columnar.GroupPlaces`), in memory only while their leaders are in the
    window (and for knowledge-base groups, which stay in memory all along): a group's places leave with
    its leader (:meth:`out`), written to the store beside it when they changed since they came in, and
    come back with it (:meth:`load`) when a later class reads its bucket back. A group's places only
    grow, so the last record of a group is the whole of them, and the union of its records is too.
    (Until the tenth round of issue 18 one map held every group's places for the whole family.)"""

    __slots__ = ("changed",)

    def __init__(self) -> None:
        super().__init__()
        self.changed: set[int] = set()  # groups whose places changed since they came into memory

    def join(self, g: int, leader: Place | None, place: Place | None) -> None:
        before = self.extra.get(g)
        super().join(g, leader, place)
        if self.extra.get(g) is not before:
            self.changed.add(g)

    def load(self, g: int, places: Iterable[Place]) -> None:
        """Places of group *g* read back from the store (added to those in memory, if any)."""
        got = self.extra.get(g, ())
        more = tuple(p for p in dict.fromkeys(places) if p not in got)
        if more:
            self.extra[g] = (*got, *more)

    def out(self, gone: Iterable[Leader]) -> dict[int, list[Placed]]:
        """Forget the places of the groups *gone* (their leaders left the window); those that changed
        since they came into memory, by the store's bucket of their leaders, to be written."""
        records: dict[int, list[Placed]] = {}
        for g, k in gone:
            got = self.extra.pop(g, None)
            if g in self.changed:
                self.changed.discard(g)
                if got is not None:
                    records.setdefault(_first_bucket(k), []).append((g, got))
        return records


def _stored_places(store: LeaderStore, bucket: int) -> dict[int, tuple[Place, ...]]:
    """The places of the groups filed under *bucket*, as the store keeps them (the union of each
    group's records)."""
    out: dict[int, tuple[Place, ...]] = {}
    for g, places in store.places(bucket):
        got = out.get(g, ())
        out[g] = (*got, *(p for p in places if p not in got))
    return out


def _fits_stored(places: GroupPlaces, stored: dict[int, tuple[Place, ...]], g: int,
                 place: Place | None) -> bool:
    """:meth:`GroupPlaces.fit` of a dated group whose places are in memory (*places*) if they came back
    there, else only in the store (*stored*: its bucket's)."""
    if place is None or g in places.extra:
        return places.fit(g, place)
    return all(compatible_keys(p, place) for p in stored.get(g, ()))


class _KbTouched:
    """Which classes of a bundle compared a placed report with a knowledge-base group, and which
    changed its places (a join, :meth:`GroupPlaces.join`), by the days of their classes: a bundled
    pass is the rule's only if no class compares after a later class changed, nor changes after a
    later class compared (:class:`Unbundled`)."""

    def __init__(self) -> None:
        self.compared: dict[int, int] = {}
        self.changed: dict[int, int] = {}

    def compare(self, g: int, days: int) -> None:
        if self.changed.get(g, 0) > days:
            raise Unbundled(g)
        if self.compared.get(g, 0) < days:
            self.compared[g] = days

    def change(self, g: int, days: int) -> None:
        if self.compared.get(g, 0) > days:
            raise Unbundled(g)
        if self.changed.get(g, 0) < days:
            self.changed[g] = days


def _choose(k: MergeKey, found: Iterable[int], window: _Window, kb: dict[int, MergeKey],
            kb_days: dict[int, tuple[int, int] | None], places: GroupPlaces,
            kb_touched: _KbTouched | None = None) -> int | None:
    """The group *k* joins among the candidate leaders *found*, as :func:`merge.group` chooses.

    Only the leaders near enough are compared (:func:`merge.judge` is true of no other): for a
    precisely dated report those at most ``SAME_EVENT_GAP`` days from it, for any other those whose
    dates overlap its own, and undated ones. The index's buckets are 32 days wide, so in a busy month
    many candidates are farther than that."""
    leader_of = window.keys

    def fits(g: int) -> bool:
        got = leader_of.get(g)
        if got is None:
            if not same_event(kb[g], k):
                return False
            if kb_touched is not None and k.place is not None:
                assert k.when is not None
                kb_touched.compare(g, k.when.days)
            return places.fit(g, k.place)
        return same_event(got, k) and places.fit(g, k.place)

    assert k.when is not None
    s, e = k.when.start.toordinal(), k.when.end.toordinal()
    days = window.days
    if k.rank == PRECISE:  # the nearest leader it fits (merge.distance), the earliest made on a tie
        order = []
        for g in set(found):
            d = days.get(g) or kb_days[g]
            if d is None:
                order.append((FAR, g))
            else:
                apart = max(0, d[0] - e, s - d[1])
                if apart <= _GAP:
                    order.append((apart, g))
        order.sort()
        for _, g in order:
            if fits(g):
                return g
        return None

    def overlapping(found: Iterable[int]) -> Iterator[int]:
        for g in found:
            d = days.get(g) or kb_days[g]
            if d is None or (d[0] <= e and s <= d[1]):
                yield g

    return _only_fit(overlapping(found), fits)


#: A chunk of the store a precise class taken alone has not read yet, near its reports: its first
#: group, bucket, number in its bucket, the earliest day its leaders start and the latest they end,
#: and its :func:`marks`.
_Unread = tuple[int, int, int, int, int, int, int]


def _read_to_fit(k: MergeKey, chosen: int | None, unread: list[_Unread], store: LeaderStore,
                 window: _Window, kb_days: dict[int, tuple[int, int] | None],
                 places: _SpilledPlaces) -> tuple[int | None, set[int]]:
    """The group a precisely dated report *k* of a class taken alone joins (:func:`merge.group`'s choice:
    the nearest leader it fits, the earliest made on a tie), reading from the store only the chunks
    that may change the answer; and which of *unread* it read (their places in it).

    *chosen* is the answer among the leaders in memory (:func:`_choose`: the window's and the knowledge
    base's); *unread* the chunks near the report's dates not read yet. They are read in the order of
    their first group, each leader filed in the window and compared as :func:`_choose` compares (a
    leader within the gap that fits), until the best fit is a leader whose dates overlap the report's
    (distance 0, the least) and made before every leader of the chunks left: no leader of theirs can
    be nearer, nor as near and made earlier. A chunk whose :func:`marks` share no bit with the
    report's (the names it looks up, its speakers) is not read: none of its leaders fits it. The
    chunks left unread stay in *unread* for the next reports of the class. (A report of months
    overlaps most leaders near it and fits one of the earliest made: until the eleventh round of
    issue 18 it read them all; until the twelfth, a report that fits none of them read every chunk
    near it.)"""
    assert k.when is not None
    s, e = _day(k.when.start), _day(k.when.end)
    looks, says = _marked(_looked_up(k)), _marked(k.speakers) if k.speakers else _EVERY_MARK

    def apart(g: int) -> int:
        d = window.days.get(g) or kb_days[g]
        return FAR if d is None else max(0, d[0] - e, s - d[1])

    best = None if chosen is None else (apart(chosen), chosen)
    read: set[int] = set()
    near = sorted((u[0], n) for n, u in enumerate(unread) if u[3] <= e + _GAP and u[4] >= s - _GAP)
    for first, n in near:
        if best is not None and best[0] == 0 and best[1] < first:
            break
        b, c, _, _, named, speakers = unread[n][1:]
        if not (named & looks and speakers & says):  # none of its leaders fits the report
            continue
        read.add(n)
        fresh = []
        for g, leader in store.read(b, c):
            window.file(leader, g, _filed_under(leader))
            if g in window.keys:
                fresh.append(g)
        if not fresh:
            continue
        wanted = set(fresh)
        for g, back in store.places(b):  # their places come back with them
            if g in wanted:
                places.load(g, back)
        for g in fresh:
            d = apart(g)
            if d <= _GAP and (best is None or (d, g) < best) and same_event(window.keys[g], k) \
                    and places.fit(g, k.place):
                best = (d, g)
    return (None if best is None else best[1]), read


def sweep(keys: Iterable[MergeKey], store: LeaderStore, chunk_size: int = _RUN_CHUNK,
          bundles: Sequence[tuple[int, int]] = BUNDLES) -> Iterator[int]:
    """The group each of *keys* joins, in turn, as :func:`merge.group` groups one family's reports
    (groups numbered in the rule's order of making, not consecutively: :func:`_number`). *keys* must
    come in the sweep's order (:func:`turn_order` with the same *bundles*: the rule's order,
    :func:`merge.priority`, but the classes of a bundle interleaved; ties settled and the same report
    twice given once, as :func:`merge.group` takes them); *store* keeps the leaders that wait (see
    the module doc), in chunks of *chunk_size* leaders. With ``bundles=()`` the classes are taken one
    by one (the rule's order). Raises :class:`Unbundled` (before the end) when a bundle cannot be
    taken in one pass: group the family again with ``bundles=()``."""
    made_kb = 0
    made: dict[tuple[int, int], int] = {}  # groups made by each class
    kb: dict[int, MergeKey] = {}
    kb_days: dict[int, tuple[int, int] | None] = {}
    kb_index = _Index()
    undated: list[MergeKey] = []
    cls: tuple[int, int] | None = None  # the class taken (a bundle's first class: the bundle)
    window = _Window()
    shelf: list[tuple[int, int]] = []  # the classes taken before: (bucket, its chunks then), in order
    at = 0  # the shelf's buckets before this one are in the window
    since_read: set[tuple[int, int]] = set()  # a "since" class's chunks read back: (bucket, chunk)
    behind = 0  # how many days the bundle's last class lags its first (0: a class alone)
    kb_touched: _KbTouched | None = None
    last_turn = 0
    # each class's newest leaders, all of one bucket, not yet written: its days -> (bucket, leaders)
    chunks: dict[int, tuple[int, list[Leader]]] = {}
    places = _SpilledPlaces()  # the groups' places beyond their leaders' (merge.placed_alike)
    # a precise class taken alone reads the store's chunks only as its reports need them (_read_to_fit):
    # those near the reports so far, not read yet
    alone = False
    unread: list[_Unread] = []
    pruned = _MIN_DAY  # the limit *unread* was last pruned at

    def flush() -> None:
        for bucket, chunk in chunks.values():
            store.write(bucket, chunk)
        chunks.clear()

    def spill(gone: Iterable[Leader]) -> None:  # the places of groups whose leaders left the window
        for bucket, records in places.out(gone).items():
            store.write_places(bucket, records)

    for k in keys:
        if k.kb:  # always leads its own group, and waits in memory
            kb[made_kb] = k
            kb_days[made_kb] = None if k.when is None else (k.when.start.toordinal(), k.when.end.toordinal())
            kb_index.file(k, made_kb)
            yield made_kb
            made_kb += 1
            continue
        if k.when is None:
            undated.append(k)
            continue
        days = k.when.days
        start = _day(k.when.start)
        bundle = _bundle(k.rank, days, bundles)
        c = (k.rank, days if bundle is None else bundle[0])
        if c != cls:
            flush()
            spill(window.keys.items())
            cls = c
            window = _Window()
            shelf = [(b, store.chunks(b)) for b in store.buckets()]  # not what this class will add
            at = 0
            since_read = set()
            behind = 0 if bundle is None else lag(bundle[1], bundle)
            kb_touched = None if bundle is None else _KbTouched()
            last_turn = 0
            alone = k.rank == PRECISE and bundle is None
            unread, pruned = [], _MIN_DAY
        here = start if bundle is None else start + lag(days, bundle)
        if here < last_turn:
            raise ValueError("keys out of the sweep's order (sweep.turn_order)")
        last_turn = here
        # the reports still to come start at least *behind* days before this one's turn
        gone = window.advance((here - behind) // _BUCKET)
        if gone:
            spill(gone)
        last = _looked_up_buckets(k)[-1]
        # bring in the leaders of the buckets up to this report's last, but the chunks whose leaders
        # all end (widened by the gap) before the window's first bucket: filed below it only, the
        # window would drop them, and no later report of the class (or bundle) looks below it
        limit = window.low * _BUCKET - _GAP
        if k.rank == SINCE:  # it fits only leaders that start its first day: filed under one bucket
            b = _first_bucket(k)
            i = bisect.bisect_left(shelf, (b, 0))
            if i < len(shelf) and shelf[i][0] == b:
                filed = False
                for j in range(shelf[i][1]):
                    if (b, j) not in since_read:
                        first, final = store.starts(b, j)
                        if first <= start <= final:
                            since_read.add((b, j))
                            for g, leader in store.read(b, j):
                                if g not in window.keys:
                                    window.file(leader, g, _filed_under(leader))
                                    filed = True
                if filed:
                    for g, back in store.places(b):
                        if g in window.keys:
                            places.load(g, back)
        while k.rank != SINCE and at < len(shelf) and shelf[at][0] <= last:
            b, n = shelf[at]
            at += 1
            if alone:  # read as the reports need them
                for i in range(n):
                    end = store.last_day(b, i)
                    if end >= limit:
                        unread.append((store.first_group(b, i), b, i, store.starts(b, i)[0], end,
                                       *store.marks(b, i)))
                continue
            filed = False
            for i in range(n):
                if store.last_day(b, i) >= limit:
                    for g, leader in store.read(b, i):
                        window.file(leader, g, _filed_under(leader))
                    filed = True
            if filed:  # their places come back with them
                for g, back in store.places(b):
                    if g in window.keys:
                        places.load(g, back)
        found = itertools.chain(window.candidates(k), kb_index.candidates(k))
        chosen = _choose(k, found, window, kb, kb_days, places, kb_touched)
        if unread:
            # the chunks whose leaders all end, widened by the gap, before the window are of no use
            if limit > pruned:
                unread, pruned = [c for c in unread if c[4] >= limit], limit
            chosen, read = _read_to_fit(k, chosen, unread, store, window, kb_days, places)
            if read:
                unread = [c for n, c in enumerate(unread) if n not in read]
        if chosen is not None:
            got = window.keys.get(chosen)
            before = places.extra.get(chosen) if got is None and kb_touched is not None else None
            places.join(chosen, (kb[chosen] if got is None else got).place, k.place)
            if got is None and kb_touched is not None and places.extra.get(chosen) != before:
                kb_touched.change(chosen, days)
            yield chosen
            continue
        n = made.get((k.rank, days), 0)
        made[(k.rank, days)] = n + 1
        g = _number(False, k.rank, days, n)
        names = _filed_under(k)
        if not names:  # no actor, channel nor article: no report can fit it (:func:`merge.judge`),
            # so it is filed nowhere, in the window or the store (until the eighth round of issue 18
            # every later class read it back: 13,303 of the 168,321 leaders of the 50 MB bench corpus)
            yield g
            continue
        window.file(k, g, names, days if bundle is not None else 0)
        # a class's leaders are made in the order of their first day: their buckets never go back
        bucket = _first_bucket(k)
        pending = chunks.get(days)
        if pending is not None and (bucket != pending[0] or len(pending[1]) >= chunk_size):
            store.write(*pending)
            pending = None
        if pending is None:
            chunks[days] = (bucket, [(g, k)])
        else:
            pending[1].append((g, k))
        yield g
    flush()
    spill(window.keys.items())
    if undated:
        yield from _undated(undated, store, kb, kb_index, _number(False, UNDATED, 0, 0), places)


def _dated_fits(u: MergeKey, store: LeaderStore, places: _SpilledPlaces,
                most: int) -> list[tuple[int, Place | None]]:
    """Up to *most* dated leaders *u* fits (their groups and places), read from the whole store: the
    slow way, for the rare undated report whose fits were cut short and then ruled out by places."""
    found: list[tuple[int, Place | None]] = []
    for b in store.buckets():
        stored = _stored_places(store, b)
        for c in range(store.chunks(b)):
            for g, leader in store.read_named(b, c):
                if same_event(leader, u) and _fits_stored(places, stored, g, u.place):
                    if g not in places.extra and g in stored:  # it may be joined: its places to memory
                        places.load(g, stored[g])
                    found.append((g, leader.place))
                    if len(found) >= most:
                        return found
    return found


def _undated(undated: list[MergeKey], store: LeaderStore, kb: dict[int, MergeKey], kb_index: _Index,
             made: int, places: _SpilledPlaces) -> Iterator[int]:
    """The groups of the undated reports (the last of the priority order), as :func:`merge.group`
    takes them: each fits only leaders naming one of its people and joins only when exactly one fits.

    The store is read once for all of them, to find the dated leaders each fits (up to three: two
    settle that it stands alone, but an undated report placed elsewhere that joined one of them
    earlier may rule it out, :func:`merge.placed_alike`; a report of three fits of which two are ruled
    out so is looked up again, the slow way)."""
    by_person: dict[str, list[int]] = {}
    for n, u in enumerate(undated):
        for p in u.people:
            by_person.setdefault(p, []).append(n)
    most = 3
    dated_fits: list[list[tuple[int, Place | None]]] = [[] for _ in undated]  # up to *most* each fits
    cut = bytearray(len(undated))  # 1: it fits more dated leaders than it kept
    for b in store.buckets():
        stored = _stored_places(store, b)  # the dated groups' places are in the store now
        for c in range(store.chunks(b)):
            for g, leader in store.read_named(b, c):
                looked: set[int] = set()
                for p in leader.people:
                    for n in by_person.get(p, ()):
                        if n not in looked:
                            looked.add(n)
                            u = undated[n]
                            if cut[n] or not same_event(leader, u) or not _fits_stored(places, stored, g,
                                                                                         u.place):
                                continue
                            if len(dated_fits[n]) < most:
                                dated_fits[n].append((g, leader.place))
                                if g not in places.extra and g in stored:  # kept: its places to memory
                                    places.load(g, stored[g])
                            else:
                                cut[n] = 1
    leaders: dict[int, MergeKey] = {}
    mine: dict[str, list[int]] = {}  # the undated leaders made here, by person
    for n, u in enumerate(undated):
        # the dated leaders it fits still, now that undated reports may have joined them
        fitting = [(g, at) for g, at in dated_fits[n] if places.fit(g, u.place)]
        if cut[n] and len(fitting) < 2:
            fitting = _dated_fits(u, store, places, 2)
        fits = [g for g, _ in fitting]
        seen: set[int] = set(fits)
        for g in itertools.chain(kb_index.candidates(u), *(mine.get(p, ()) for p in u.people)):
            if len(fits) > 1:
                break
            if g not in seen:
                seen.add(g)
                if same_event(kb[g] if g in kb else leaders[g], u) and places.fit(g, u.place):
                    fits.append(g)
        if len(fits) == 1:
            g = fits[0]
            at = kb[g].place if g in kb else leaders[g].place if g in leaders else dict(fitting)[g]
            places.join(g, at, u.place)
            yield g
            continue
        leaders[made] = u
        for p in u.people:
            mine.setdefault(p, []).append(made)
        yield made
        made += 1


def group(keys: Iterable[MergeKey], tiebreak: Callable[[MergeKey], Any],
          store: Callable[[], LeaderStore] = MemoryStore,
          chunk_size: int = _RUN_CHUNK, bundles: Sequence[tuple[int, int]] = BUNDLES) -> list[list[MergeKey]]:
    """:func:`merge.group` through :func:`sweep` (a new *store* for each family; a family a bundled
    pass cannot take, :class:`Unbundled`, is taken again class by class)."""
    by_family: dict[Any, list[MergeKey]] = {}
    for k in keys:
        by_family.setdefault(k.family, []).append(k)
    out: list[list[MergeKey]] = []
    for family in sorted(by_family, key=lambda f: f.value):
        ordered = _in_priority_order(by_family[family], tiebreak)  # the rule's order, ties settled
        try:
            out += _grouped(ordered, store(), chunk_size, bundles)
        except Unbundled:
            out += _grouped(ordered, store(), chunk_size, ())
    return out


def _grouped(ordered: list[MergeKey], store: LeaderStore, chunk_size: int,
             bundles: Sequence[tuple[int, int]]) -> list[list[MergeKey]]:
    """One family's groups (:func:`merge.group`'s, in its order) by :func:`sweep`, *ordered* in the
    rule's order."""
    turns = sorted(range(len(ordered)), key=lambda n: (turn_order(ordered[n], bundles), n))
    taken = [ordered[n] for n in turns]
    of = dict(zip(turns, sweep(taken, store, chunk_size, bundles), strict=True))
    groups: dict[int, list[MergeKey]] = {}
    for n, k in enumerate(ordered):  # the rule's order: a group's leader first, then its members
        groups.setdefault(of[n], []).append(k)
    return [groups[g] for g in sorted(groups)]
