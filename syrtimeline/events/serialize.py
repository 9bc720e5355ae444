"""JSON for the event model, through cattrs: every event written anywhere goes through here.

``to_json`` / ``from_json`` round-trip any model value (a timeline written out loads back equal).
An event's JSON also carries the field's codes of its kind and mode, right after ``mode``
(:data:`CODE_FIELDS`: ``plover_event``, ``acled_event_type``, ``acled_sub_event_type``, from
:mod:`.ontology`); loading ignores them, so a timeline still loads back equal.
``canonical`` is an event as a JSON-ready dict with its sets (sources, other dates) in their one total
order (:meth:`Source.sort_key`, :func:`span_order`), so two processes write the same bytes whatever
order the sets were built in; ``record_bytes`` is that dict as UTF-8 JSON (what the batch pipeline
keeps on disk for each report) and ``event_json`` writes an event in pieces, its sources and records
streamed, for an event merged from more reports than memory should hold at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ..dates import DateSpan
from .model import Event, Source, Where, span_order
from .ontology import EXPORTED, export_codes

__all__ = ["CODE_FIELDS", "canonical", "content_digest", "converter", "digest", "event_json", "from_json",
           "json_text", "record_bytes", "structure_event", "to_json"]

T = TypeVar("T")

converter = cattrs.Converter()
#: ``json.dumps(value, ensure_ascii=False)``, the same text, its encoder made once: ``json.dumps`` with
#: any argument but the value makes a new ``JSONEncoder`` of the same settings at every call (for each
#: report's JSON, each source of a merged event).
json_text: Final[Callable[[Any], str]] = json.JSONEncoder(ensure_ascii=False).encode
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
converter.register_unstructure_hook(
    DateSpan,
    lambda s: {"start": s.start.isoformat(), "end": s.end.isoformat(), "granularity": s.granularity.value,
               "mod": None if s.mod is None else s.mod.value, "timex": s.timex},
)
converter.register_structure_hook(
    DateSpan,
    lambda v, _: DateSpan(dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"]),
                          v.get("granularity", "day"), v.get("mod"), v.get("timex", "")),
)


#: The codes an event's JSON carries after ``mode``, from its kind and mode (ignored on loading).
CODE_FIELDS: Final = EXPORTED
_head: Callable[[Event], dict[str, Any]] | None = None  # cattrs' unstructuring of the fields up to mode
_tail: Callable[[Event], dict[str, Any]] | None = None  # ... and of those after it


def _fields_but(omitted: list[str]) -> Callable[[Event], dict[str, Any]]:
    """cattrs' unstructuring of an Event without the fields *omitted*."""
    overrides: dict[str, Any] = {name: override(omit=True) for name in omitted}
    return make_dict_unstructure_fn(Event, converter, **overrides)


def _unstructure_event(event: Event) -> dict[str, Any]:
    """*event*'s fields as cattrs unstructures them, with its codes inserted after ``mode``."""
    global _head, _tail
    if _head is None or _tail is None:  # made on first use, as cattrs makes its own: importing stays light
        names = [a.name for a in attrs.fields(Event)]
        cut = names.index("mode") + 1
        _head, _tail = _fields_but(names[cut:]), _fields_but(names[:cut])
    out = _head(event)
    out.update(export_codes(event.kind.value, event.mode))
    out.update(_tail(event))
    return out


converter.register_unstructure_hook(Event, _unstructure_event)


def _span(v: dict[str, Any]) -> DateSpan:
    """A DateSpan from its JSON (as the hook registered above structures it)."""
    return DateSpan(dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"]),
                    v.get("granularity", "day"), v.get("mod"), v.get("timex", ""))


def _source(v: dict[str, Any]) -> Source:
    span, published = v.get("span"), v.get("published")
    day = None if published is None else dt.date.fromisoformat(published)
    return Source(v["ref"], None if span is None else (int(span[0]), int(span[1])), v.get("quote"),
                  v.get("title"), v.get("url"), day)


def _where(v: dict[str, Any]) -> Where:
    kw = {name: v[name] for name in _WHERE_FIELDS if name in v}
    for name in ("latitude", "longitude"):
        if kw.get(name) is not None:
            kw[name] = float(kw[name])
    return Where(**kw)


_WHERE_FIELDS: Final = tuple(a.name for a in attrs.fields(Where))
#: How each Event field that is not a string, a tuple of strings or an enum (which the model's own
#: converters make from their JSON) is made from its JSON; a test checks every field is one of these.
_EVENT_MAKERS: Final[dict[str, Callable[[Any], Any]]] = {
    "when": lambda v: None if v is None else _span(v),
    "sources": lambda v: tuple(map(_source, v)),
    "other_dates": lambda v: tuple(map(_span, v)),
    "records": lambda v: tuple(map(structure_event, v)),
    "where": lambda v: None if v is None else _where(v),
}
_EVENT_FIELDS: Final = tuple(a.name for a in attrs.fields(Event))


def structure_event(data: dict[str, Any]) -> Event:
    """``converter.structure(data, Event)`` for the JSON of an event (what ``canonical`` /
    ``record_bytes`` write), without cattrs' generic machinery: the batch pipeline's final merge reads
    every report back this way (a hypothesis property proves the two equal). Fields it lacks take
    their defaults; keys that are no field (the codes of :data:`CODE_FIELDS`) are ignored."""
    makers = _EVENT_MAKERS
    kw: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        if name in data:
            make = makers.get(name)
            kw[name] = data[name] if make is None else make(data[name])
    return Event(**kw)


def to_json(value: Any, **kw: Any) -> str:
    return json.dumps(converter.unstructure(value), ensure_ascii=False, **kw)


def from_json(text: str, cls: type[T]) -> T:
    return converter.structure(json.loads(text), cls)


def _reordered(items: list[Any], keys: list[Any]) -> list[Any]:
    """*items* in the order of *keys* (one key per item)."""
    return [items[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]


def canonical(event: Event) -> dict[str, Any]:
    """*event* unstructured (fields in the model's order), its sources and other dates, and those of
    its records, in their one total order; the records themselves stay in the order given."""
    out: dict[str, Any] = converter.unstructure(event)
    if len(event.sources) > 1:
        out["sources"] = _reordered(out["sources"], [s.sort_key() for s in event.sources])
    if len(event.other_dates) > 1:
        out["other_dates"] = _reordered(out["other_dates"], [span_order(d) for d in event.other_dates])
    if event.records:
        out["records"] = [canonical(r) for r in event.records]
    return out


def record_bytes(event: Event) -> bytes:
    """*event* as canonical JSON in UTF-8 (exactly as timeline.json holds it): what the batch pipeline
    keeps on disk for each report, and what :func:`content_digest` is taken over."""
    return json_text(canonical(event)).encode("utf-8")


def digest(data: bytes) -> bytes:
    """A 16-byte digest of *data*."""
    import hashlib  # not at import time: it loads OpenSSL (3 MB), and most merges never need a digest

    return hashlib.blake2b(data, digest_size=16).digest()


def content_digest(event: Event) -> bytes:
    """A digest of everything a report says (orders two reports that tie on id and dates)."""
    return digest(record_bytes(event))


def _array(items: Iterable[bytes]) -> Iterator[bytes]:
    yield b"["
    for n, item in enumerate(items):
        if n:
            yield b", "
        yield item
    yield b"]"


def _event_json_plain(event: Event, *, sources: Iterable[Source | dict[str, Any]] | None = None,
                      records: Iterable[bytes] | None = None) -> Iterator[bytes]:
    """:func:`event_json` as first written, one ``json.dumps`` a field: its specification
    (tests/test_serialize_fast.py proves the two write the same bytes)."""
    fields = canonical(event)
    for n, (name, value) in enumerate(fields.items()):
        yield (", " if n else "{").encode("utf-8") + json.dumps(name).encode("utf-8") + b": "
        if name == "sources" and sources is not None:
            yield from _array(json.dumps(s if isinstance(s, dict) else converter.unstructure(s),
                                         ensure_ascii=False).encode("utf-8") for s in sources)
        elif name == "records" and records is not None:
            yield from _array(records)
        else:
            yield json.dumps(value, ensure_ascii=False).encode("utf-8")
    yield b"}"


def event_json(event: Event, *, sources: Iterable[Source | dict[str, Any]] | None = None,
               records: Iterable[bytes] | None = None, fields: dict[str, Any] | None = None
               ) -> Iterator[bytes]:
    """*event* as :func:`record_bytes` writes it, in pieces (UTF-8), with its sources and its records
    streamed when given: *sources* (each a Source or its unstructured dict) are written in the order
    given instead of ``event.sources``, and *records* (each a record's own :func:`record_bytes`) instead
    of ``event.records``. An event merged from tens of thousands of reports is written this way
    without holding them all. *fields*: ``canonical(event)`` when the caller has it already.

    The fields between the streamed ones are written by one encoding of them all, its braces cut
    off, not one ``json.dumps`` a field (:func:`_event_json_plain`, the same bytes: the encoder joins
    a dict's items with ", " and a key to its value with ": ", as the plain pieces do; the keys are the
    model's field names and the codes', all ASCII), where each key and each value was encoded apart:
    some twenty calls an event, a new encoder for each value (speed23)."""
    fields = canonical(event) if fields is None else fields
    sep = b"{"  # what comes before the next field: the opening brace, then a comma
    run: dict[str, Any] = {}  # the fields not streamed since the last streamed one
    for name, value in fields.items():
        streamed = sources if name == "sources" else records if name == "records" else None
        if streamed is None:
            run[name] = value
            continue
        if run:
            yield sep + json_text(run)[1:-1].encode("utf-8")
            sep, run = b", ", {}
        yield sep + json.dumps(name).encode("utf-8") + b": "
        sep = b", "
        if name == "sources":
            yield from _array(json_text(s if isinstance(s, dict) else converter.unstructure(s))
                              .encode("utf-8") for s in streamed)
        else:
            yield from _array(streamed)  # type: ignore[arg-type]
    if run:
        yield sep + json_text(run)[1:-1].encode("utf-8")
    yield b"}"
