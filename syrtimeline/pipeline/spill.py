"""Reports kept on disk while a corpus streams through, and merged family by family at the end.

Memory stays flat however large the corpus: while batches come in, each report is appended to one
file as canonical JSON (``record_bytes``) and a small key (what merging reads: id, dates, kind,
actors, channel) is appended to a file of its family (families never merge with each other). At the
end each family's keys are loaded alone and grouped by the same :func:`cluster` that
``merge_events`` uses, its groups are written back sorted by the merged event's date and id, and the
families are streamed together (a k-way merge); each event is then built from its reports, read back
from the report file. Only one family's keys, and one event's reports, are in memory at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import mmap
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final, cast

from ..dates import DateSpan
from ..events.model import Event, EventKind
from ..events.serialize import canonical, converter
from ..events.timeline import MergeKey, _order, cluster, combine_group, group_when

__all__ = ["KeyFields", "Spill", "key_fields"]

#: What a worker sends for each report besides its bytes:
#: (id, kb, (start, end, granularity, mod, timex) or None, when_basis, kind, channel, actors)
_When = tuple[int, int, str, str | None, str]
KeyFields = tuple[str, bool, _When | None, str, str, str | None, tuple[str, ...]]

_MAX: Final = dt.date.max.toordinal()
_CHUNK: Final = 4096  # keys or groups per pickled chunk


def key_fields(e: Event) -> KeyFields:
    w = e.when
    when = None if w is None else (w.start.toordinal(), w.end.toordinal(), w.granularity.value,
                                   None if w.mod is None else w.mod.value, w.timex)
    return (e.id, any(not s.is_article for s in e.sources), when, e.when_basis, e.kind.value, e.channel,
            e.actors)


def _family(kind: str) -> str:
    return "said" if kind in ("statement", "interview") else kind


class Spill:
    """A temporary folder (inside *parent*) of reports and keys; :meth:`events` merges them."""

    def __init__(self, parent: Path, generic: frozenset[str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=".spill-", dir=parent))
        self.generic = generic
        self._data: IO[bytes] | None = (self.folder / "reports.bin").open("wb")
        self._keys: dict[str, IO[bytes]] = {}
        self._pending: dict[str, list[tuple[Any, ...]]] = {}
        self.offset = 0
        self.reports = 0

    # -- while the corpus streams -----------------------------------------------------------------
    def add(self, reports: Iterable[tuple[KeyFields, bytes]]) -> None:
        assert self._data is not None
        for fields, data in reports:
            self._data.write(data)
            rows = self._pending.setdefault(_family(fields[4]), [])
            rows.append((*fields, self.offset, len(data)))
            self.offset += len(data)
            self.reports += 1
            if len(rows) >= _CHUNK:
                self._flush(_family(fields[4]))

    def _flush(self, family: str) -> None:
        rows = self._pending.pop(family, [])
        if rows:
            fh = self._keys.get(family)
            if fh is None:
                fh = self._keys[family] = (self.folder / f"keys-{family}.pkl").open("wb")
            pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)

    # -- at the end -------------------------------------------------------------------------------
    def events(self) -> Iterator[Event]:
        """The merged events, in timeline order (as ``merge_events`` would return them)."""
        for run, data in self._runs():
            yield from self._build(run, data)

    def written(self) -> Iterator[tuple[dict[str, Any], str]]:
        """Each merged event in timeline order, unstructured (canonical) and as the JSON text that
        timeline.json holds. An event of one report is its spilled text as it is."""
        for run, data in self._runs():
            if len(run) == 1 and len(run[0]) == 1:
                offset, length = run[0][0]
                text = data[offset:offset + length].decode("utf-8")
                yield json.loads(text), text
                continue
            for e in self._build(run, data):
                d = canonical(converter.unstructure(e))
                yield d, json.dumps(d, ensure_ascii=False)

    def _runs(self) -> Iterator[tuple[list[list[tuple[int, int]]], mmap.mmap]]:
        """Groups (the places of their reports) in timeline order, those that tie on (start, end,
        id) together, with the report file they point into."""
        for family in list(self._pending):
            self._flush(family)
        for fh in self._keys.values():
            fh.close()
        assert self._data is not None
        self._data.close()
        self._data = None
        if not self.offset:
            return
        with (self.folder / "reports.bin").open("rb") as fh, \
                mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            streams = [self._grouped(family, data) for family in sorted(self._keys)]
            run: list[list[tuple[int, int]]] = []
            run_key: tuple[int, int, str] | None = None
            for key, refs in heapq.merge(*streams, key=lambda item: item[0]):
                if key != run_key and run:
                    yield run, data
                    run = []
                run_key = key
                run.append(refs)
            if run:
                yield run, data

    def _grouped(self, family: str, data: mmap.mmap) -> Iterator[tuple[tuple[int, int, str],
                                                                       list[tuple[int, int]]]]:
        """One family's groups, sorted by the merged event's (start, end, id), from a file."""
        path = self.folder / f"groups-{family}.pkl"
        self._cluster_family(family, data, path)
        with path.open("rb") as fh:
            while True:
                try:
                    chunk = pickle.load(fh)
                except EOFError:
                    break
                yield from chunk
        path.unlink()

    def _cluster_family(self, family: str, data: mmap.mmap, out: Path) -> None:
        cache: dict[object, object] = {}
        spans: dict[tuple[Any, ...], DateSpan] = {}
        keys: list[MergeKey] = []
        kinds = {k.value: k for k in EventKind}
        with (self.folder / f"keys-{family}.pkl").open("rb") as fh:
            while True:
                try:
                    rows = pickle.load(fh)
                except EOFError:
                    break
                for id_, kb, w, basis, kind, channel, actors, offset, length in rows:
                    when = None
                    if w is not None:
                        when = spans.get(w)
                        if when is None:
                            when = spans[w] = DateSpan(dt.date.fromordinal(w[0]), dt.date.fromordinal(w[1]),
                                                       w[2], w[3], w[4])
                    keys.append(MergeKey(id_, kb, when, basis, kinds[kind], channel, actors, self.generic,
                                         (offset, length), cache))
        (self.folder / f"keys-{family}.pkl").unlink()

        def digest(k: MergeKey) -> bytes:
            start, size = cast(tuple[int, int], k.ref)
            return hashlib.blake2b(data[start:start + size], digest_size=16).digest()

        groups = cluster(keys, digest)
        del keys, cache
        rows_out = []
        for g in groups:
            when, _ = group_when(g)
            order = (_MAX, _MAX, g[0].id) if when is None else (when.start.toordinal(), when.end.toordinal(),
                                                                 g[0].id)
            rows_out.append((order, [k.ref for k in g]))
        del groups
        rows_out.sort(key=lambda r: r[0])
        with out.open("wb") as sink:
            for i in range(0, len(rows_out), _CHUNK):
                pickle.dump(rows_out[i:i + _CHUNK], sink, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def _build(run: Sequence[list[tuple[int, int]]], data: mmap.mmap) -> list[Event]:
        """Events of groups that tie on (start, end, id), in the full timeline order."""
        events = [combine_group([converter.structure(json.loads(data[o:o + n]), Event) for o, n in refs])
                  for refs in run]
        return sorted(events, key=_order) if len(events) > 1 else events

    def close(self) -> None:
        for fh in self._keys.values():
            fh.close()
        if self._data is not None:
            self._data.close()
        shutil.rmtree(self.folder, ignore_errors=True)
