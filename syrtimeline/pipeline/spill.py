"""Reports kept on disk while a corpus streams through, and merged family by family at the end.

The reports are never all in memory, however large the corpus. While batches come in, each report
is appended to one file as the JSON that timeline.json holds (``record_bytes``), and a small key
(what merging reads: id, dates, kind, actors, channel, and a digest of the report) to a file of its
family (families never merge with each other). At the end:

1. each family's keys are grouped by the columnar merge (:mod:`syrtimeline.events.columnar`, proven
   equal to the rule of :mod:`syrtimeline.events.merge`; :func:`cluster_family`, one task per family,
   so families are grouped in parallel on the runner's workers), and its groups are written back
   sorted by the merged event's (start, end, id);
2. the families' groups are streamed together in that order (a k-way merge, :meth:`Spill.runs`),
   each with its reports read back from the report file, and built into events in chunks
   (``work.build_events``, again on the workers).

Only one family's keys per worker, and a few chunks of events, are in memory at a time.
"""

from __future__ import annotations

import collections
import datetime as dt
import heapq
import io
import itertools
import os
import pickle
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final

from ..dates import DateSpan
from ..events.columnar import DatePick, packed_priority
from ..events.merge import (
    PRECISE,
    SINCE,
    UNDATED,
    WINDOW,
    MergeKey,
    date_rank,
    mode_of,
    place_of,
    speakers_of,
)
from ..events.model import Event, EventKind, WhenBasis
from ..events.serialize import digest
from ..events.sweep import (
    BUNDLES,
    MARK_BITS,
    Leader,
    Placed,
    Unbundled,
    first_group,
    last_day,
    marks,
    starts,
    sweep,
    turn,
)

__all__ = ["KeyFields", "Run", "Spill", "cluster_family", "key_fields"]

_MARK_BYTES: Final = MARK_BITS // 8  # each of a chunk's two marks (sweep.marks), kept beside it

#: What a worker sends for each report besides its bytes:
#: (id, kb, (start, end, granularity, mod, timex) or None, when_basis, kind, channel, actors, speakers,
#: place: ``Where.key()`` or None, mode: a strike's, ``merge.mode_of``)
_When = tuple[int, int, str, str | None, str]
KeyFields = tuple[str, bool, _When | None, str, str, str | None, tuple[str, ...], tuple[str, ...],
                  tuple[str, str, str, str] | None, str | None]
#: Groups whose merged events tie on (start, end, id), each group the JSON of its reports
#: (leader first): the unit :func:`~syrtimeline.pipeline.work.build_events` turns into events.
Run = list[list[bytes]]

_MAX: Final = dt.date.max.toordinal()
#: Groups per pickled chunk of a family's grouped file: the final k-way merge holds one chunk of each
#: family (4,096 until the ninth round of issue 18: about 19 × 4,096 groups, some 25 MB, once the
#: families are that large).
_CHUNK: Final = 256
#: Key rows held in memory while the corpus streams, all families together: then every family's rows
#: are written to its key file. (A bound of 4,096 rows *per family* let the rows of the rarer families
#: pile up over most of a run, about 40,000 rows at 50 MB of input: most of the reading phase's extra
#: memory that the fifth round left unexplained; benchmarks/RESULTS.md, issue 18, sixth round.)
_PENDING: Final = 4096
_KINDS: Final = {k.value: k for k in EventKind}
_BASES: Final = {b.value: b for b in WhenBasis}
_LENGTH: Final = (1 << 24) - 1  # a report's JSON is under 16 MB
_OFFSET: Final = (1 << 40) - 1  # the report file is under 1 TB
_READ: Final = 256  # records per pickled chunk of a sorted run (what a merge holds of each run)
_FAN_IN: Final = 32  # sorted runs merged at a time
_SORT_RUN: Final = 1 << 13  # records sorted in memory at a time (about 6 MB)
_LEADERS: Final = 128  # leaders per chunk the sweep leaves on disk (at most; a chunk holds one bucket)


def key_fields(e: Event) -> KeyFields:
    w = e.when
    when = None if w is None else (w.start.toordinal(), w.end.toordinal(), w.granularity.value,
                                   None if w.mod is None else w.mod.value, w.timex)
    return (e.id, e.from_knowledge_base, when, e.when_basis.value, e.kind.value, e.channel, e.actors,
            tuple(sorted(speakers_of(e))), place_of(e), mode_of(e))


def _chunks(source: str | bytes) -> Iterator[Any]:
    """The pickled chunks of a file (a path) or of bytes, one after the other."""
    with (open(source, "rb") if isinstance(source, str) else io.BytesIO(source)) as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


class _Sorted:
    """Records (tuples that compare as they must be ordered) sorted in bounded memory: sorted runs of
    *size* records spilled to files in *folder* and merged, at most ``_FAN_IN`` at a time, so memory
    holds a run's buffer and one chunk per run merged, however many records there are."""

    def __init__(self, folder: str) -> None:
        self.folder, self.size = folder, _SORT_RUN
        self.buffer: list[tuple[Any, ...]] = []
        self.files: list[str] = []

    def add(self, record: tuple[Any, ...]) -> None:
        self.buffer.append(record)
        if len(self.buffer) >= self.size:
            self.buffer.sort()
            self.files.append(self._write(iter(self.buffer)))
            self.buffer = []

    def _write(self, records: Iterator[tuple[Any, ...]]) -> str:
        fd, path = tempfile.mkstemp(dir=self.folder, suffix=".run")
        with os.fdopen(fd, "wb") as fh:
            while chunk := list(itertools.islice(records, _READ)):
                pickle.dump(chunk, fh, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @staticmethod
    def _read(path: str) -> Iterator[tuple[Any, ...]]:
        for chunk in _chunks(path):
            yield from chunk
        os.unlink(path)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        self.buffer.sort()
        if not self.files:
            yield from self.buffer
            self.buffer = []
            return
        if self.buffer:
            self.files.append(self._write(iter(self.buffer)))
            self.buffer = []
        while len(self.files) > _FAN_IN:
            first, self.files = self.files[:_FAN_IN], self.files[_FAN_IN:]
            self.files.append(self._write(heapq.merge(*map(self._read, first))))
        files, self.files = self.files, []
        yield from heapq.merge(*map(self._read, files))


class _DiskStore:
    """A :class:`~syrtimeline.events.sweep.LeaderStore` in one file: chunks of leaders pickled one after
    the other, whatever their bucket, each found by where it ends (kept in memory by bucket, in arrays:
    about 100 bytes a chunk). A chunk holds one class's leaders of one bucket, so there are at most
    about the leaders / 128, plus the classes times the buckets (a family's sparse classes, however
    dense the corpus). Each chunk is two pickles: its leaders that name people, then the others, so
    the undated reports' pass reads the first alone (:meth:`read_named`)."""

    def __init__(self, folder: str, spans: _Spans) -> None:
        self.spans = spans
        self._fh: IO[bytes] = open(os.path.join(folder, "leaders.pkl"), "w+b")  # noqa: SIM115
        self._end = 0
        # by bucket: where each chunk starts, where its leaders naming nobody start, where it ends in
        # the file; the latest day its leaders end; the earliest and the latest day they start; their
        # smallest group number; their marks (sweep.marks: the names and the speakers, two by chunk)
        self._chunks: dict[int, tuple[array[int], array[int], array[int], array[int], bytearray]] = {}
        self._places: dict[int, array[int]] = {}  # by bucket: where each record of places starts, ends

    def write(self, bucket: int, chunk: list[Leader]) -> None:
        named = pickle.dumps([(g, _packed_key(k)) for g, k in chunk if k.people],
                             protocol=pickle.HIGHEST_PROTOCOL)
        others = pickle.dumps([(g, _packed_key(k)) for g, k in chunk if not k.people],
                              protocol=pickle.HIGHEST_PROTOCOL)
        found = self._chunks.get(bucket)
        if found is None:
            found = self._chunks[bucket] = (array("q"), array("i"), array("i"), array("q"), bytearray())
        found[0].extend((self._end, self._end + len(named), self._end + len(named) + len(others)))
        found[1].append(last_day(chunk))
        found[2].extend(starts(chunk))
        found[3].append(first_group(chunk))
        for mark in marks(chunk):
            found[4].extend(mark.to_bytes(_MARK_BYTES, "little"))
        self._fh.write(named)
        self._fh.write(others)
        self._end += len(named) + len(others)

    def buckets(self) -> list[int]:
        return sorted(self._chunks)

    def chunks(self, bucket: int) -> int:
        found = self._chunks.get(bucket)
        return 0 if found is None else len(found[1])

    def _load(self, start: int, end: int) -> list[Leader]:
        """The leaders pickled from *start* to *end* (one pickle or two, one after the other)."""
        self._fh.flush()
        data = io.BytesIO(os.pread(self._fh.fileno(), end - start, start))
        out: list[Leader] = []
        while data.tell() < end - start:
            out += [(g, self._key(*k)) for g, k in pickle.load(data)]
        return out

    def read(self, bucket: int, chunk: int) -> list[Leader]:
        places = self._chunks[bucket][0]
        # those that name people first: the sweep's choice does not depend on the order of a chunk
        # (merge.group's choice is by distance, then by the group's number, or the one fit)
        return self._load(places[3 * chunk], places[3 * chunk + 2])

    def read_named(self, bucket: int, chunk: int) -> list[Leader]:
        places = self._chunks[bucket][0]
        return self._load(places[3 * chunk], places[3 * chunk + 1])

    def last_day(self, bucket: int, chunk: int) -> int:
        return self._chunks[bucket][1][chunk]

    def starts(self, bucket: int, chunk: int) -> tuple[int, int]:
        found = self._chunks[bucket][2]
        return found[2 * chunk], found[2 * chunk + 1]

    def first_group(self, bucket: int, chunk: int) -> int:
        return self._chunks[bucket][3][chunk]

    def marks(self, bucket: int, chunk: int) -> tuple[int, int]:
        found, at = self._chunks[bucket][4], 2 * _MARK_BYTES * chunk
        return (int.from_bytes(found[at:at + _MARK_BYTES], "little"),
                int.from_bytes(found[at + _MARK_BYTES:at + 2 * _MARK_BYTES], "little"))

    def write_places(self, bucket: int, records: list[Placed]) -> None:
        data = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        found = self._places.get(bucket)
        if found is None:
            found = self._places[bucket] = array("q")
        found.extend((self._end, self._end + len(data)))
        self._fh.write(data)
        self._end += len(data)

    def places(self, bucket: int) -> list[Placed]:
        found = self._places.get(bucket)
        if found is None:
            return []
        self._fh.flush()
        out: list[Placed] = []
        for i in range(0, len(found), 2):
            out += pickle.loads(os.pread(self._fh.fileno(), found[i + 1] - found[i], found[i]))
        return out

    def _key(self, kb: bool, w: _When | None, basis: str, kind: str, channel: str | None,
             actors: tuple[str, ...], people: tuple[str, ...], speakers: tuple[str, ...],
             place: tuple[str, str, str, str] | None, mode: str | None, id_: str) -> MergeKey:
        # the id, for merge.kept_apart_here (the article a report was read from)
        return MergeKey(id_, kb, self.spans(w), _BASES[basis], _KINDS[kind], channel, actors,
                        frozenset(people), None, frozenset(speakers), place, mode)

    def close(self) -> None:
        self._fh.close()


_PackedKey = tuple[bool, _When | None, str, str, str | None, tuple[str, ...], tuple[str, ...],
                   tuple[str, ...], tuple[str, str, str, str] | None, str | None, str]


class _Spans:
    """Dates from their spilled form, the last few thousand distinct ones kept made."""

    def __init__(self, most: int = 1 << 14) -> None:
        self.made: dict[_When, DateSpan] = {}
        self.most = most

    def __call__(self, w: _When | None) -> DateSpan | None:
        if w is None:
            return None
        span = self.made.get(w)
        if span is None:
            if len(self.made) >= self.most:
                self.made.clear()
            span = self.made[w] = DateSpan(dt.date.fromordinal(w[0]), dt.date.fromordinal(w[1]), w[2], w[3],
                                           w[4])
        return span


def _packed_key(k: MergeKey) -> _PackedKey:
    w = k.when
    when = None if w is None else (w.start.toordinal(), w.end.toordinal(), w.granularity.value,
                                   None if w.mod is None else w.mod.value, w.timex)
    return (k.kb, when, k.basis.value, k.kind.value, k.channel, k.actors, tuple(sorted(k.people)),
            tuple(sorted(k.speakers)), k.place, k.mode, k.id)




def _rank(w: _When | None, basis: str) -> int:
    """:func:`merge.date_rank` of a spilled date."""
    if w is None:
        return UNDATED
    based = _BASES[basis]
    return SINCE if based is WhenBasis.SINCE else PRECISE if based.precise else WINDOW


def _in_priority_order(keys: str | bytes, folder: str, span: _Spans,
                       bundles: Sequence[tuple[int, int]] = BUNDLES) -> Iterator[tuple[Any, ...]]:
    """A family's key rows in the sweep's order (:func:`sweep.turn`, then the rule's order:
    :func:`merge.priority`, then the report's digest where that ties, then the order they came in; of
    the same report twice only the first), each as (id, kb, when, basis, kind, channel, actors,
    speakers, place, mode, report place), sorted on disk."""
    rows = _Sorted(folder)
    seq = 0
    for chunk in _chunks(keys):
        for id_, kb, w, basis, kind, channel, actors, speakers, place, mode, offset, length, report_digest \
                in chunk:
            when, based = span(w), _BASES[basis]
            prio = packed_priority(kb, when, based)
            first, days = (0, 0) if w is None else (w[0], w[1] - w[0] + 1)
            at = turn(kb, date_rank(when, based), first, days, bundles)
            rows.add((at, prio, id_.encode("utf-8"), report_digest, seq, id_, kb, w, basis, kind, channel,
                      actors, speakers, place, mode, offset << 24 | length))
            seq += 1
    last: tuple[Any, ...] | None = None
    for row in rows:
        if last is not None and row[1:4] == last:
            continue  # the same report again
        last = row[1:4]
        yield row[5:]


def cluster_family(keys: str | bytes, generic: frozenset[str], out: str | None = None) -> str | bytes:
    """One family's reports grouped into events (a task: pure, picklable).

    *keys* is the family's key file (a path) or its bytes. The groups, as (the merged event's
    (start, end, id), the places of its reports in the report file), sorted, are pickled in chunks
    to the file *out* (its path is returned) or returned as bytes.

    Memory does not grow with the family: its keys are put in the sweep's order (the rule's, with the
    classes of a bundle interleaved: :func:`syrtimeline.events.sweep.turn`) by a sort on disk,
    grouped by :func:`syrtimeline.events.sweep.sweep` (proven equal to :func:`merge.group`; the
    leaders reports can no longer fit wait on disk), and the groups gathered and put in timeline
    order by two more sorts on disk, in a temporary folder beside *out* (or the system's)."""
    try:
        return _cluster_family(keys, generic, out, BUNDLES)
    except Unbundled:  # a knowledge-base group joined across the classes of a bundle: one by one
        return _cluster_family(keys, generic, out, ())


def _cluster_family(keys: str | bytes, generic: frozenset[str], out: str | None,
                    bundles: Sequence[tuple[int, int]]) -> str | bytes:
    folder = tempfile.mkdtemp(prefix=".group-", dir=None if out is None else os.path.dirname(out))
    span = _Spans()
    store = _DiskStore(folder, span)
    try:
        rows = list[tuple[Any, ...]]()  # the rows the sweep has been given and not yet placed
        members = _Sorted(folder)  # (group, turn in the rule's order, id, when, basis, report place)

        def keys_in_order() -> Iterator[MergeKey]:
            for row in _in_priority_order(keys, folder, span, bundles):
                id_, kb, w, basis, kind, channel, actors, speakers, place, mode, _ = row
                rows.append(row)
                yield MergeKey(id_, kb, span(w), _BASES[basis], _KINDS[kind], channel, actors,
                               frozenset(actors) - generic, None, frozenset(speakers), place, mode)

        pending = collections.deque[tuple[Any, ...]]()
        # a report's turn in the rule's order, within its group: the rule takes the reports class by
        # class, each class in the sweep's order, so (its class, its place in its class) sorts alike
        taken: dict[tuple[bool, int, int], int] = {}
        for g in sweep(keys_in_order(), store, _LEADERS, bundles):
            pending.extend(rows)
            rows.clear()
            row = pending.popleft()
            w = row[2]
            c = (not row[1], _rank(w, row[3]), 0 if w is None or row[1] else w[1] - w[0] + 1)
            n = taken.get(c, 0)
            taken[c] = n + 1
            members.add((g, ((c[0] << 2 | c[1]) << 22 | c[2]) << 40 | n, row[0], w, row[3], row[10]))
        store.close()
        events = _Sorted(folder)  # (start, end, the leader's id, group, report places)
        for g, group in itertools.groupby(members, key=lambda m: m[0]):
            pick = DatePick()
            places: list[int] = []
            leader = ""
            for _, _, id_, w, basis, report in group:
                if not places:
                    leader = id_
                pick.add(span(w), _BASES[basis])
                places.append(report)
            when, _ = pick.result()
            start = _MAX if when is None else when.start.toordinal()
            end = _MAX if when is None else when.end.toordinal()
            events.add((start, end, leader.encode("utf-8"), g, leader, places))
        sink: IO[bytes] = open(out, "wb") if out is not None else io.BytesIO()  # noqa: SIM115
        with sink:
            done = (((start, end, leader), places) for start, end, _, _, leader, places in events)
            while chunk := list(itertools.islice(done, _CHUNK)):
                pickle.dump(chunk, sink, protocol=pickle.HIGHEST_PROTOCOL)
            return out if out is not None else sink.getvalue()  # type: ignore[attr-defined]
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


class Spill:
    """A temporary folder (inside *parent*) of reports and keys.

    :meth:`add` while the corpus streams; then, for each of :meth:`families`, run
    :func:`cluster_family` on :meth:`keys` and hand its result to :meth:`grouped`; then read the
    events' reports in timeline order from :meth:`runs` (``work.merged_events`` does it all in this
    process).
    """

    def __init__(self, parent: Path, generic: frozenset[str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=".spill-", dir=parent))
        self.generic = generic
        self._data: IO[bytes] | None = (self.folder / "reports.bin").open("wb")
        self._keys: dict[str, IO[bytes]] = {}
        self._pending: dict[str, list[tuple[Any, ...]]] = {}
        self._pending_rows = 0
        self.offset = 0
        self.reports = 0
        self._fd: int | None = None

    # -- while the corpus streams -----------------------------------------------------------------
    def add(self, reports: Iterable[tuple[KeyFields, bytes]]) -> None:
        assert self._data is not None, "add() after families()"
        for fields, data in reports:
            if len(data) > _LENGTH or self.offset > _OFFSET:
                raise ValueError(f"report {fields[0]!r}: {len(data):,} bytes of JSON at offset "
                                 f"{self.offset:,}: more than a spill holds ({_LENGTH:,} bytes a report, "
                                 f"{_OFFSET:,} in all)")
            self._data.write(data)
            family = _KINDS[fields[4]].family.value
            rows = self._pending.setdefault(family, [])
            rows.append((*fields, self.offset, len(data), digest(data)))
            self.offset += len(data)
            self.reports += 1
            self._pending_rows += 1
            if self._pending_rows >= _PENDING:
                for pending in list(self._pending):
                    self._flush(pending)

    def _flush(self, family: str) -> None:
        rows = self._pending.pop(family, [])
        self._pending_rows -= len(rows)
        if rows:
            fh = self._keys.get(family)
            if fh is None:
                fh = self._keys[family] = (self.folder / f"keys-{family}.pkl").open("wb")
            pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)

    # -- at the end -------------------------------------------------------------------------------
    def families(self) -> list[str]:
        """The families that have reports (after this, nothing more can be added)."""
        if self._data is not None:
            for family in list(self._pending):
                self._flush(family)
            for fh in self._keys.values():
                fh.close()
            self._data.close()
            self._data = None
        return sorted(self._keys)

    def keys(self, family: str, as_path: bool = True) -> str | bytes:
        """A family's key file: its path, or (for workers on other machines) its bytes."""
        path = self.folder / f"keys-{family}.pkl"
        return str(path) if as_path else path.read_bytes()

    def groups_path(self, family: str) -> str:
        return str(self.folder / f"groups-{family}.pkl")

    def grouped(self, family: str, result: str | bytes) -> None:
        """Take :func:`cluster_family`'s result for *family* (a path it wrote, or bytes to write)."""
        (self.folder / f"keys-{family}.pkl").unlink(missing_ok=True)
        if isinstance(result, bytes):
            Path(self.groups_path(family)).write_bytes(result)

    def placed_runs(self) -> Iterator[list[list[int]]]:
        """The merged events' reports in timeline order, as places (read them with :meth:`read`): runs
        of groups that tie on (start, end, id)."""
        families = self.families()
        if not self.offset:
            return
        streams = [(row for chunk in _chunks(self.groups_path(f)) for row in chunk) for f in families]
        run: list[list[int]] = []
        run_key: tuple[int, int, str] | None = None
        for key, places in heapq.merge(*streams, key=lambda item: item[0]):
            if key != run_key and run:
                yield run
                run = []
            run_key = key
            run.append(places)
        if run:
            yield run

    def read(self, place: int) -> bytes:
        """A report's JSON, from its place (offset << 24 | length)."""
        if self._fd is None:
            # read with pread, not a memory map: pages of a map count in the process's RSS as they
            # are read, so a map of a 1 GB report file would look like 1 GB of memory
            self._fd = os.open(self.folder / "reports.bin", os.O_RDONLY)
        return os.pread(self._fd, place & _LENGTH, place >> 24)

    @staticmethod
    def size(places: Iterable[int]) -> int:
        """Bytes of JSON of the reports at *places*."""
        return sum(p & _LENGTH for p in places)

    def read_run(self, run: list[list[int]]) -> Run:
        """A run of :meth:`placed_runs` with its reports read."""
        return [[self.read(p) for p in places] for places in run]

    def runs(self) -> Iterator[Run]:
        """The merged events' reports in timeline order: runs of groups that tie on (start, end, id)."""
        for run in self.placed_runs():
            yield self.read_run(run)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        for fh in self._keys.values():
            fh.close()
        if self._data is not None:
            self._data.close()
        shutil.rmtree(self.folder, ignore_errors=True)
