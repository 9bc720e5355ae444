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

import datetime as dt
import heapq
import io
import os
import pickle
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Final

from ..dates import DateSpan
from ..events.columnar import Groups, KeyTable, cluster_table, packed_order
from ..events.merge import place_of, speakers_of
from ..events.model import Event, EventKind, WhenBasis
from ..events.serialize import digest

__all__ = ["KeyFields", "Run", "Spill", "cluster_family", "key_fields"]

#: What a worker sends for each report besides its bytes:
#: (id, kb, (start, end, granularity, mod, timex) or None, when_basis, kind, channel, actors, speakers,
#: place: ``Where.key()`` or None)
_When = tuple[int, int, str, str | None, str]
KeyFields = tuple[str, bool, _When | None, str, str, str | None, tuple[str, ...], tuple[str, ...],
                  tuple[str, str, str, str] | None]
#: Groups whose merged events tie on (start, end, id), each group the JSON of its reports
#: (leader first): the unit :func:`~syrtimeline.pipeline.work.build_events` turns into events.
Run = list[list[bytes]]

_MAX: Final = dt.date.max.toordinal()
_CHUNK: Final = 4096  # keys or groups per pickled chunk
_KINDS: Final = {k.value: k for k in EventKind}
_BASES: Final = {b.value: b for b in WhenBasis}
_LENGTH: Final = (1 << 24) - 1  # a report's JSON is under 16 MB
_OFFSET: Final = (1 << 40) - 1  # the report file is under 1 TB


def key_fields(e: Event) -> KeyFields:
    w = e.when
    when = None if w is None else (w.start.toordinal(), w.end.toordinal(), w.granularity.value,
                                   None if w.mod is None else w.mod.value, w.timex)
    return (e.id, e.from_knowledge_base, when, e.when_basis.value, e.kind.value, e.channel, e.actors,
            tuple(sorted(speakers_of(e))), place_of(e))


def _chunks(source: str | bytes) -> Iterator[Any]:
    """The pickled chunks of a file (a path) or of bytes, one after the other."""
    with (open(source, "rb") if isinstance(source, str) else io.BytesIO(source)) as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


def _load(keys: str | bytes, generic: frozenset[str]) -> tuple[KeyTable, array[int], bytearray]:
    """A family's keys as a table, the places of its reports (offset << 24 | length) and their
    digests (16 bytes a row), row by row."""
    table = KeyTable(generic)
    places = array("Q")
    digests = bytearray()
    spans: dict[tuple[Any, ...], DateSpan] = {}
    for rows in _chunks(keys):
        for id_, kb, w, basis, kind, channel, actors, speakers, place, offset, length, report_digest in rows:
            when = None
            if w is not None:
                when = spans.get(w)
                if when is None:
                    when = spans[w] = DateSpan(dt.date.fromordinal(w[0]), dt.date.fromordinal(w[1]), w[2],
                                               w[3], w[4])
            table.add(id_, kb, when, _BASES[basis], _KINDS[kind], channel, actors,
                      speakers=frozenset(speakers), place=place)
            places.append(offset << 24 | length)
            digests += report_digest
    return table, places, digests


def _timeline_order(table: KeyTable, groups: Groups, starts: array[int], ends: array[int]) -> array[int]:
    """The groups by (start, end, the leader's id), then in the order they were made."""
    return packed_order([(starts[g] << 32 | ends[g]) << 32 | g for g in range(len(groups))],
                        lambda g: table.id_bytes(groups.leader(g)))


def cluster_family(keys: str | bytes, generic: frozenset[str], out: str | None = None) -> str | bytes:
    """One family's reports grouped into events (a task: pure, picklable).

    *keys* is the family's key file (a path) or its bytes. The groups, as (the merged event's
    (start, end, id), the places of its reports in the report file), sorted, are pickled in chunks
    to the file *out* (its path is returned) or returned as bytes. The keys are held in a
    :class:`~syrtimeline.events.columnar.KeyTable` (tens of bytes a report, not objects)."""
    table, places, digests = _load(keys, generic)
    groups = cluster_table(table, lambda row: digests[16 * row:16 * row + 16])
    starts, ends = array("i"), array("i")
    for g in groups:
        when, _ = table.group_when(g)
        starts.append(_MAX if when is None else when.start.toordinal())
        ends.append(_MAX if when is None else when.end.toordinal())
    order = _timeline_order(table, groups, starts, ends)
    sink: IO[bytes] = open(out, "wb") if out is not None else io.BytesIO()  # noqa: SIM115
    with sink:
        for i in range(0, len(order), _CHUNK):
            chunk = [((starts[g], ends[g], table.id(groups.leader(g))), [places[r] for r in groups[g]])
                     for g in order[i:i + _CHUNK]]
            pickle.dump(chunk, sink, protocol=pickle.HIGHEST_PROTOCOL)
        return out if out is not None else sink.getvalue()  # type: ignore[attr-defined]


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
            if len(rows) >= _CHUNK:
                self._flush(family)

    def _flush(self, family: str) -> None:
        rows = self._pending.pop(family, [])
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
