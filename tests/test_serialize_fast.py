"""The batch pipeline's fast reading of an event's JSON (``serialize.structure_event``) against cattrs'
(``converter.structure``), its specification: equal events and equal written bytes for any event."""

from __future__ import annotations

import datetime as dt
import json
import typing

import attrs
from hypothesis import given, settings
from hypothesis import strategies as hs

from syrtimeline.dates import DateSpan, Granularity, Mod
from syrtimeline.events.model import Certainty, Event, EventKind, Source, WhenBasis, Where
from syrtimeline.events.serialize import (
    _EVENT_MAKERS,
    _event_json_plain,
    canonical,
    converter,
    event_json,
    record_bytes,
    structure_event,
)
from syrtimeline.places import Precision

_TEXT = hs.text(alphabet=hs.sampled_from("abc ابتثجحخد«»\"\\\n0é"), max_size=8)
_DAY = hs.dates(min_value=dt.date(1946, 1, 1), max_value=dt.date(2030, 12, 31))


@hs.composite
def _spans(draw: hs.DrawFn) -> DateSpan:
    start = draw(_DAY)
    end = start + dt.timedelta(days=draw(hs.sampled_from([0, 0, 1, 6, 30, 365])))
    return DateSpan(start, end, draw(hs.sampled_from(list(Granularity))),
                    draw(hs.sampled_from([None, *Mod])), draw(hs.sampled_from(["", "2021-03", "X"])))


_SOURCES = hs.builds(Source, _TEXT, hs.none() | hs.tuples(hs.integers(0, 10**6), hs.integers(0, 10**6)),
                     hs.none() | _TEXT, hs.none() | _TEXT, hs.none() | _TEXT, hs.none() | _DAY)
_COORD = hs.none() | hs.floats(-90, 90, allow_nan=False) | hs.sampled_from([36.0, -0.0, 0.0, 1e-7])
_WHERES = hs.builds(Where, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, _COORD, _COORD,
                    hs.sampled_from(list(Precision)), hs.lists(_TEXT, max_size=3).map(tuple))
_NAMES = hs.lists(hs.sampled_from(["lavrov", "russia", "us", "صحفيون", ""]), max_size=3).map(tuple)


@hs.composite
def _events(draw: hs.DrawFn, depth: int = 1) -> Event:
    records = tuple(draw(hs.lists(_events(0), max_size=2))) if depth else ()
    return Event(id=draw(_TEXT), when=draw(hs.none() | _spans()), kind=draw(hs.sampled_from(list(EventKind))),
                 summary=draw(_TEXT), actors=draw(_NAMES), channel=draw(hs.none() | _TEXT),
                 quote_ar=draw(hs.none() | _TEXT), sources=tuple(draw(hs.lists(_SOURCES, max_size=3))),
                 certainty=draw(hs.sampled_from(list(Certainty))),
                 when_basis=draw(hs.sampled_from(list(WhenBasis))),
                 other_dates=tuple(draw(hs.lists(_spans(), max_size=2))), note=draw(_TEXT),
                 mode=draw(hs.none() | hs.sampled_from(["aerial", "warn", "x"])), source_actors=draw(_NAMES),
                 target_actors=draw(_NAMES), trace=tuple(draw(hs.lists(_TEXT, max_size=2))), records=records,
                 where=draw(hs.none() | _WHERES))


@settings(max_examples=400, deadline=None)
@given(_events())
def test_the_fast_reading_of_an_events_json_is_cattrs(e: Event) -> None:
    data = json.loads(record_bytes(e))
    fast, plain = structure_event(data), converter.structure(data, Event)
    assert fast == plain
    assert [canonical(r) for r in fast.records] == [canonical(r) for r in plain.records]  # records: eq=False
    assert record_bytes(fast) == record_bytes(plain) == record_bytes(e)
    # missing optional keys take the defaults, as cattrs gives them
    short = {k: v for k, v in data.items() if k in ("id", "when", "kind", "summary")}
    assert structure_event(short) == converter.structure(short, Event)


def test_every_event_field_is_one_the_fast_reading_knows() -> None:
    # a field the fast reading would pass through raw must be one the model's converters make from
    # JSON (a string, a tuple of strings, an enum); any other needs a maker in _EVENT_MAKERS
    hints = typing.get_type_hints(Event)
    plain = {str, str | None, tuple[str, ...], EventKind, Certainty, WhenBasis}
    for field in attrs.fields(Event):
        hint = hints[field.name]
        assert field.name in _EVENT_MAKERS or hint in plain, \
            f"Event.{field.name}: {hint} needs a maker in serialize._EVENT_MAKERS"


@settings(max_examples=100, deadline=None)
@given(_events(), hs.sampled_from(["none", "sources", "records", "both"]), hs.booleans(), hs.booleans())
def test_event_json_writes_the_bytes_of_its_plain_version(e: Event, streamed: str, as_dicts: bool,
                                                          with_fields: bool) -> None:
    # event_json encodes the fields between the streamed ones at once (speed23): the same bytes as
    # one json.dumps a field, whatever is streamed, the sources given as Sources or as their dicts
    # (in their one order: then the event's JSON is record_bytes's)
    sources = None
    if streamed in ("sources", "both"):
        ordered = sorted(e.sources, key=lambda s: s.sort_key())
        sources = [converter.unstructure(s) for s in ordered] if as_dicts else ordered
    records = [record_bytes(r) for r in e.records] if streamed in ("records", "both") else None
    fields = canonical(e) if with_fields else None
    fast = b"".join(event_json(e, sources=sources, records=records, fields=fields))
    assert fast == b"".join(_event_json_plain(e, sources=sources, records=records))
    assert fast == record_bytes(e)
    if streamed == "none":
        assert fast == json.dumps(canonical(e), ensure_ascii=False).encode("utf-8")
