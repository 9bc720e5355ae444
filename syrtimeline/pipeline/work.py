"""The tasks: one batch's articles, and building merged events from their reports (pure functions,
picklable); ``combine`` merges partial timelines for library users.

These run wherever the runner puts them: in the calling process, in local worker processes or on
Dask workers. Nothing here does I/O beyond loading the knowledge base once per process.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..articles import Article, RawArticle, ReadError
from ..dates import Lexed, Mention, Scan, scan
from ..events.columnar import GroupSummary, combine_group
from ..events.extract import CompiledKnowledge, compile_knowledge, events_from_articles
from ..events.knowledge import Knowledge, load_knowledge
from ..events.merge import generic_actors
from ..events.model import Actor, Event, Source, timeline_order
from ..events.ontology import export_codes
from ..events.serialize import (
    canonical,
    converter,
    digest,
    event_json,
    json_text,
    record_bytes,
    structure_event,
)
from ..events.timeline import merge_events
from .spill import KeyFields, Run, Spill, cluster_family, key_fields

__all__ = ["BatchResult", "MergedEvent", "build_events", "build_run", "combine", "event_rows", "generic",
           "in_timeline_order", "iter_event_rows", "knowledge", "matchers", "merged_events", "process_batch"]

Item = RawArticle | Article | ReadError  # a read error passes through, so errors keep input order

_KB: dict[str | None, Knowledge] = {}


def knowledge(folder: str | None = None) -> Knowledge:
    """The knowledge base (bundled, or from *folder*), loaded once per process."""
    if folder not in _KB:
        _KB[folder] = load_knowledge(folder)
    return _KB[folder]


_MATCHERS: dict[tuple[str | None, bool], CompiledKnowledge] = {}


def matchers(folder: str | None = None, named: bool = True) -> CompiledKnowledge:
    """The event coder's matchers of ``knowledge(folder)`` (its known events' names too when *named*),
    compiled once per process: every batch codes with them."""
    if (folder, named) not in _MATCHERS:
        kb = knowledge(folder)
        _MATCHERS[folder, named] = compile_knowledge(kb.actors, kb.channels, kb.named if named else None)
    return _MATCHERS[folder, named]


def generic(kb: Knowledge) -> frozenset[str]:
    """Actors that do not identify an event by themselves (as ``Timeline`` computes them)."""
    return generic_actors(kb.actors)


@attrs.frozen
class BatchResult:
    """What one batch gives: table rows in input order, errors, and its events merged."""

    articles: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    errors: list[ReadError]
    reports: list[tuple[KeyFields, bytes]]  # each report's merge key and canonical JSON, to spill
    chars: int = 0
    #: the actors the batch's articles name that the knowledge base does not hold (people met by title
    #: and name, states, unnamed speakers), for the timeline's list of actors
    actors: tuple[Actor, ...] = ()


@attrs.frozen
class _Mentioned(Article):
    """An article whose mentions are already known (so event extraction does not extract again)."""

    known: tuple[Mention, ...] = ()

    def mentions(self, lexed: Lexed | Scan | None = None) -> list[Mention]:
        return list(self.known)


def _mention_row(article_id: str, m: Mention) -> dict[str, Any]:
    v = m.value
    return {"article_id": article_id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
            "value_start": None if v is None else v.start, "value_end": None if v is None else v.end,
            "granularity": None if v is None else v.granularity.value,
            "mod": None if v is None or v.mod is None else v.mod.value, "timex": m.timex, "rule": m.rule}


def _build(item: RawArticle | Article, lexed: Lexed | Scan | None = None) -> Article:
    return item if isinstance(item, Article) else item.to_article(lexed=lexed)


def _where(item: RawArticle | Article) -> str:
    return item.where if isinstance(item, RawArticle) else (item.source or item.id)


def _with_mentions(item: RawArticle | Article) -> _Mentioned:
    """The article built and its mentions found, its text lexed and scanned once for both (the
    publication date read from its mentions against no anchor, then the mentions against that date,
    which scan again only from the first match whose rule asked about the anchor: ``dates.Scan``)."""
    scanned = scan(item.text)
    article = _build(item, scanned)
    fields = {a.name: getattr(article, a.name) for a in attrs.fields(Article)}
    return _Mentioned(**fields, known=tuple(article.mentions(scanned)))


def _failed(item: RawArticle | Article, exc: Exception) -> ReadError:
    return ReadError(_where(item), f"processing failed: {type(exc).__name__}: {exc}", item.id)


class _SameId(Exception):
    """Two articles of a batch share an id."""


def process_batch(items: Sequence[Item], knowledge_folder: str | None = None,
                  fail_fast: bool = False, named: bool = True) -> BatchResult:
    """Build one batch's articles and extract their mentions and reports (merged at the end of the
    run, see :class:`~syrtimeline.pipeline.spill.Spill`). An article whose processing raises becomes a
    :class:`ReadError` naming it; the others go on (with *fail_fast* the batch stops there).
    With *named*, a report naming a known event of the knowledge base refers to it (as
    ``Timeline.from_articles`` does when it includes the knowledge base)."""
    kb = knowledge(knowledge_folder)
    known = kb.named if named else None
    coder = matchers(knowledge_folder, named)
    # 1. each article built and its mentions found; a failure is that article's error
    slots: list[ReadError | tuple[RawArticle | Article, _Mentioned]] = []
    for item in items:
        if isinstance(item, ReadError):
            slots.append(item)
        else:
            try:
                slots.append((item, _with_mentions(item)))
            except Exception as exc:  # one article's failure must not stop the run
                slots.append(_failed(item, exc))
        if fail_fast and isinstance(slots[-1], ReadError):
            break
    # 2. events: the batch at once (the matchers are compiled once), one by one if that fails or if
    #    two articles share an id (their events could not be told apart)
    live = [(i, s[1]) for i, s in enumerate(slots) if not isinstance(s, ReadError)]
    index = {article.id: i for i, article in live}
    by_slot: dict[int, list[Event]] = {}
    met: dict[str, Actor] = {}
    try:
        if len(index) < len(live):
            raise _SameId
        for e in events_from_articles([a for _, a in live], kb.actors, kb.channels, known, met,
                                      compiled=coder):
            by_slot.setdefault(index[e.sources[0].ref], []).append(e)
    except Exception:
        by_slot = {}
        met = {}
        for i, article in live:
            try:
                by_slot[i] = events_from_articles([article], kb.actors, kb.channels, known, met,
                                                  compiled=coder)
            except Exception as exc:
                slot = slots[i]
                assert not isinstance(slot, ReadError)
                slots[i] = _failed(slot[0], exc)
                if fail_fast:
                    del slots[i + 1:]
                    break
    # 3. rows, in input order
    articles: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    errors: list[ReadError] = []
    reports: list[tuple[KeyFields, bytes]] = []
    chars = 0
    for i, slot in enumerate(slots):
        if isinstance(slot, ReadError):
            errors.append(slot)
            continue
        item, article = slot
        found = article.known
        evs = by_slot.get(i, [])
        chars += len(article.text)
        pub = article.published
        articles.append({
            "id": article.id, "outlet": article.outlet, "published": None if pub is None else pub.isoformat(),
            "published_from": article.published_from, "title": article.title, "url": article.url,
            "where": _where(item), "chars": len(article.text), "mentions": len(found), "events": len(evs),
            "warnings": len(article.warnings)})
        mentions.extend(_mention_row(article.id, m) for m in found)
        reports.extend((key_fields(e), record_bytes(e)) for e in evs)
    return BatchResult(articles, mentions, errors, reports, chars, tuple(met[k] for k in sorted(met)))


def build_run(run: Run) -> list[Event]:
    """The events of groups that tie on (start, end, id) (see ``Spill.runs``), in timeline order."""
    events = [combine_group([structure_event(json.loads(data)) for data in group])
              for group in run]
    return sorted(events, key=timeline_order) if len(events) > 1 else events


def merged_events(spill: Spill) -> Iterator[Event]:
    """The merged events of the reports in *spill*, in timeline order (as ``merge_events`` returns
    them), all in this process."""
    for family in spill.families():
        spill.grouped(family, cluster_family(spill.keys(family), spill.generic, spill.groups_path(family)))
    for run in spill.runs():
        yield from build_run(run)


def _structured(data: bytes | dict[str, Any]) -> Event:
    return structure_event(json.loads(data) if isinstance(data, bytes) else data)


class MergedEvent:
    """A merged event from its reports' JSON, read one report at a time by number (``read(n)``, ``n``
    below ``count``): from a group held in memory, or from the spill file on disk.

    Nothing that grows with the reports is held as objects: the reports are read once into a
    :class:`~syrtimeline.events.columnar.GroupSummary` that does not gather their sources, and what is
    kept is, per report and per source, a few numbers (the records' order, where each source is,
    which record first cites it). :meth:`pieces` and :meth:`rows` read the reports again as they go:
    the event is written by ``event_json`` with its sources and records streamed, each source once,
    in the one order of sources. So an event reported tens of thousands of times is written in
    little memory."""

    def __init__(self, read: Callable[[int], bytes], count: int,
                 load: Callable[[int], dict[str, Any]] | None = None) -> None:
        """*read* gives report *n*'s JSON; *load* (when given) the same parsed, for a group whose
        reports are parsed once and held (``build_events``): else each is parsed again as it is read."""
        self.read = read
        self.count = count
        self.load: Callable[[int], dict[str, Any]] = load or (lambda n: json.loads(read(n)))
        self._order_key: tuple[object, ...] | None = None
        if count == 1:  # one report: the event is the report (no records)
            data = read(0)
            self.head: dict[str, Any] = self.load(0)
            self.records: list[int] = []
            self._text = data
            return
        summary = GroupSummary(keep_sources=False)
        sort_keys = []
        cited: list[tuple[bool, str, int, int, int, int]] = []  # the sources, by their sort key's head
        for n in range(count):
            e = structure_event(self.load(n))
            summary.add(e)
            sort_keys.append(e.sort_key())
            assert len(e.sources) <= 0xFFFF, "a report cites at most 65,535 sources"
            for j, src in enumerate(e.sources):
                span = src.span or (-1, -1)
                cited.append((src.is_article, src.ref, span[0], span[1], n, j))
        del e
        # the records' order: by sort key, and by the whole timeline order where sort keys tie
        order: list[int] = []
        for _, run in itertools.groupby(sorted(range(count), key=sort_keys.__getitem__),
                                        key=sort_keys.__getitem__):
            tied = list(run)
            if len(tied) > 1:
                tied.sort(key=lambda n: timeline_order(structure_event(self.load(n))))
            order += tied
        del sort_keys
        self.records = order
        self._sources = self._source_order(cited)
        del cited
        self._event = summary.event()  # without its sources and records: they are streamed
        del summary
        self.head = canonical(self._event)
        # the date each source's own report gave: the first record (in order) that cites it
        first: dict[bytes, int] = {}
        for position, n in enumerate(order):
            for rs in self.load(n)["sources"]:
                first.setdefault(_source_digest(rs), position)
        self._first = first

    def _source(self, place: int) -> dict[str, Any]:
        source: dict[str, Any] = self.load(place >> 16)["sources"][place & 0xFFFF]
        return source

    def _source_order(self, cited: list[tuple[bool, str, int, int, int, int]]) -> array[int]:
        """The event's sources (each once) in the order of ``Source.sort_key``, as places
        (report << 16 | index)."""
        cited.sort()
        places = array("q")
        for _, run in itertools.groupby(cited, key=lambda c: c[:4]):
            here = [c[4] << 16 | c[5] for c in run]
            if len(here) == 1:
                places.append(here[0])
            else:  # the same article and span: the whole source decides, and the same source counts once
                tied = sorted(((converter.structure(self._source(p), Source).sort_key(), p) for p in here),
                              key=lambda t: t[0])
                places.extend(p for m, (k, p) in enumerate(tied) if m == 0 or k != tied[m - 1][0])
        return places

    @property
    def order_key(self) -> tuple[object, ...]:
        """The event's place in the timeline order. It reads the whole event (for a merged one, its
        reports again), so it is made only when asked: when events tie on (start, end, id)."""
        if self._order_key is None and self.count == 1:
            self._order_key = timeline_order(_structured(self.head))
        elif self._order_key is None:
            summary = GroupSummary()
            for n in range(self.count):
                summary.add(structure_event(self.load(n)))
            self._order_key = timeline_order(summary.event())
        return self._order_key

    def pieces(self) -> Iterator[bytes]:
        """Its JSON for timeline.json (UTF-8), in pieces."""
        if not self.records:
            yield self._text
            return
        yield from event_json(self._event, sources=(self._source(p) for p in self._sources),
                              records=(self.read(n) for n in self.records), fields=self.head)

    def rows(self) -> Iterator[dict[str, Any]]:
        """Its rows of the events table (see :func:`event_rows`)."""
        if not self.records:
            return iter_event_rows([self.head])
        return self._rows()

    def _rows(self) -> Iterator[dict[str, Any]]:
        base = _row_base(self.head)
        for place in self._sources:
            report = self.load(place >> 16)
            s = report["sources"][place & 0xFFFF]
            n = self.records[self._first[_source_digest(s)]]
            r = report if n == place >> 16 else self.load(n)  # often the source's own report
            yield _row(base, s, r.get("when"), r["when_basis"])


def in_timeline_order(run: list[MergedEvent]) -> list[MergedEvent]:
    """The events of a run (they tie on start, end and id) in the full timeline order. Their order
    keys are made only when there are several: for a merged event that reads its reports again."""
    return sorted(run, key=lambda b: b.order_key) if len(run) > 1 else run


def build_events(runs: Sequence[Run]) -> tuple[list[list[bytes]], list[dict[str, Any]]]:
    """Merged events from their reports' JSON (a task: pure, picklable): each event's JSON (UTF-8,
    in pieces that join into it: the records are the reports' own bytes, not copies) for
    timeline.json, and its rows of the events table. An event of one report is that report's JSON."""
    texts: list[list[bytes]] = []
    rows: list[dict[str, Any]] = []
    for run in runs:
        merged = []
        for group in run:  # each report parsed once, for all that the event reads of it
            parsed = [json.loads(data) for data in group] if len(group) > 1 else None
            merged.append(MergedEvent(group.__getitem__, len(group),
                                      None if parsed is None else parsed.__getitem__))
        for b in in_timeline_order(merged):
            texts.append(list(b.pieces()))
            rows += b.rows()
    return texts, rows


def combine(knowledge_folder: str | None, *parts: Sequence[Event]) -> list[Event]:
    """Partial timelines merged into one. Merging restarts from each event's reports
    (``Event.records``), so this is associative: any grouping of the parts gives the same timeline."""
    return merge_events([e for p in parts for e in p], generic(knowledge(knowledge_folder)))


def _source_id(s: dict[str, Any]) -> tuple[Any, ...]:
    span = s.get("span")
    return (s["ref"], None if span is None else tuple(span), s.get("url"), s.get("title"))


def _source_digest(s: dict[str, Any]) -> bytes:
    return digest(json_text(_source_id(s)).encode("utf-8"))  # json.dumps(..., ensure_ascii=False)


def event_rows(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per source of each (unstructured, canonical) event: the event's id and fields, the
    source, and the date that source's own report gave (``reported_*``; where sources disagree, the
    event's date is one of them). Per-event lists that grow with the reports (``other_dates``) stay in
    timeline.json: repeated on every source's row they would grow with the square of the reports."""
    return list(iter_event_rows(events))


def iter_event_rows(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """:func:`event_rows`, one row at a time."""
    for e in events:
        base = _row_base(e)
        # the date each source's own report gave: the first record (in order) that cites it
        report: dict[tuple[Any, ...], tuple[Any, str]] = {}
        for r in e.get("records") or (e,):
            for rs in r["sources"]:
                report.setdefault(_source_id(rs), (r.get("when"), r["when_basis"]))
        for s in e["sources"]:
            yield _row(base, s, *report.get(_source_id(s), (e.get("when"), e["when_basis"])))


def _row_base(e: dict[str, Any]) -> dict[str, Any]:
    """What every row of an event says of the event (its codes from its kind and mode)."""
    w = e.get("when")
    mode = e.get("mode")
    return {"event_id": e["id"], "kind": e["kind"], "mode": mode, **export_codes(e["kind"], mode),
            "when_start": None if w is None else _day(w["start"]),
            "when_end": None if w is None else _day(w["end"]),
            "granularity": None if w is None else w["granularity"],
            "timex": None if w is None else w["timex"],
            "when_basis": e["when_basis"], "certainty": e["certainty"], "summary": e["summary"],
            "actors": list(e["actors"]), "source_actors": list(e.get("source_actors") or ()),
            "target_actors": list(e.get("target_actors") or ()), "channel": e["channel"],
            "disagreements": len(e["other_dates"])}


def _row(base: dict[str, Any], s: dict[str, Any], rw: dict[str, Any] | None, rbasis: str) -> dict[str, Any]:
    """The row of one source: the event, the source, and the date that source's own report gave."""
    span = s.get("span")
    return {**base, "source_ref": s["ref"], "source_is_article": span is not None,
            "source_start": None if span is None else span[0],
            "source_end": None if span is None else span[1], "source_quote": s.get("quote"),
            "source_title": s.get("title"), "source_url": s.get("url"),
            "source_published": None if s.get("published") is None else _day(s["published"]),
            "reported_start": None if rw is None else _day(rw["start"]),
            "reported_end": None if rw is None else _day(rw["end"]),
            "reported_timex": None if rw is None else rw["timex"],
            "reported_basis": rbasis}


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)
