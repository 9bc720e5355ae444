"""Exports of a timeline: JSON, CSV, GeoJSON, iCalendar, TimelineJS3 JSON and Markdown.

Every exporter takes a :class:`~syrtimeline.events.Timeline` (or any iterable of events plus the
timeline they come from) and returns text; nothing here writes files or reads the clock unless told
to (the iCalendar ``DTSTAMP`` defaults to now).

* :func:`to_json` — the timeline's own JSON (``Timeline.from_json`` loads it back equal).
* :func:`to_csv` — one row per event, the columns an event-data coder expects (:data:`CSV_COLUMNS`),
  with ``date_prec`` in the UCDP GED convention (:func:`precision_code`) and the PLOVER and ACLED
  codes of the event's kind and mode (:mod:`syrtimeline.events.ontology`) and its place in ACLED's
  columns (``location``, ``admin1``, ``latitude``, ``longitude``, ``geo_precision``).
* :func:`to_geojson` — a GeoJSON FeatureCollection (RFC 7946) of the placed events: a Point at
  ``[longitude, latitude]`` each, with the event's id, date, kind, codes, actors, sources and place as
  properties; events with no place, or a place with no coordinates, are left out
  (:func:`geojson_left_out` counts them). It opens in QGIS, kepler.gl and geojson.io.
* :func:`to_ics` — RFC 5545 all-day events spanning each event's dates (``DTEND`` exclusive), written
  with the ``icalendar`` package; undated events are left out.
* :func:`to_timelinejs` — TimelineJS3 JSON; ``start_date``/``end_date`` carry only the parts the
  sources fix (a month-level event has no ``day``); undated events are left out.
* :func:`to_markdown` — headings per year and month, one bullet per event with quote and sources.

:func:`date_label` is the short human form of an event's date used by the Markdown export and the
terminal rendering ("2021-11 (late)", "≤ 2017-06-20" for "on or before publication"); :func:`kind_label`
is its kind with its mode ("strike (aerial)") and :func:`codes_label` its codes, which the iCalendar,
TimelineJS and Markdown exports show.

This module does not import rich (``import syrtimeline.export`` stays light); ``icalendar`` is
imported only by :func:`to_ics`.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

from .dates.span import DateSpan, Granularity
from .events.model import WhenBasis
from .events.ontology import export_codes

if TYPE_CHECKING:
    from .events import Event, Source, Timeline

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "codes_label",
    "date_label",
    "export",
    "geojson_left_out",
    "kind_label",
    "precision_code",
    "span_label",
    "to_csv",
    "to_geojson",
    "to_ics",
    "to_json",
    "to_markdown",
    "to_timelinejs",
]

#: The CSV header, in order.
CSV_COLUMNS: Final = (
    "event_id",
    "date_start",
    "date_end",
    "date_prec",
    "granularity",
    "timex",
    "date_basis",
    "kind",
    "mode",
    "plover_event",
    "acled_event_type",
    "acled_sub_event_type",
    "channel",
    "actors",
    "source_actors",
    "target_actors",
    "location",
    "location_ar",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "certainty",
    "summary",
    "quote_ar",
    "sources",
    "source_titles",
    "source_published",
    "source_urls",
    "source_quotes",
    "other_dates",
    "note",
)

_SEP: Final = "; "  # between several values in one CSV cell
_PLACE_COLUMNS: Final = ("location", "location_ar", "admin1", "latitude", "longitude", "geo_precision")


# -- dates ------------------------------------------------------------------------------------------
def precision_code(span: DateSpan | None) -> int | None:
    """The UCDP GED ``date_prec`` of *span*: 1 exact day; 2 a range of 2–6 days; 3 only the week
    known; 4 only the month known (or a range of 8–31 days); 5 only the year known (or a longer
    range). ``None`` for an undated event."""
    if span is None:
        return None
    if span.days == 1:
        return 1
    if span.granularity is Granularity.WEEK or span.days == 7:
        return 3
    if span.days <= 6:
        return 2
    if span.granularity in (Granularity.MONTH, Granularity.PART_OF_MONTH) or span.days <= 31:
        return 4
    return 5


def _range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.isoformat()}–{end.day:02d}"
    if start.year == end.year:
        return f"{start.isoformat()} – {end.month:02d}-{end.day:02d}"
    return f"{start.isoformat()} – {end.isoformat()}"


def span_label(span: DateSpan) -> str:
    """A short label for a span: "2021-12-17", "2017-05-03–04", "2021-11", "2021-11 (late)",
    "2014", "2017-SU (early)"."""
    g = span.granularity
    if g is Granularity.DAY:
        base = _range(span.start, span.end)
    elif g is Granularity.MONTH or (g is Granularity.PART_OF_MONTH and span.mod is not None):
        base = f"{span.start.year:04d}-{span.start.month:02d}"
        if span.end.month != span.start.month or span.end.year != span.start.year:
            base = _range(span.start, span.end)
    elif g is Granularity.PART_OF_MONTH:
        base = f"{span.start.year:04d}-{span.start.month:02d} ({span.start.day}–{span.end.day})"
    elif g is Granularity.YEAR and span.start.year == span.end.year:
        base = f"{span.start.year:04d}"
    else:
        base = span.timex or _range(span.start, span.end)
    return f"{base} ({span.mod.value})" if span.mod is not None else base


def date_label(event: Event) -> str:
    """The date of *event* as shown to a reader: exact days, months and ranges differ, and the
    publication-relative windows say so ("≤ 2017-06-20", "≥ 2021-03-17", "since 2014")."""
    when = event.when
    if when is None:
        return "undated"
    basis = event.when_basis
    if basis is WhenBasis.ON_OR_BEFORE_PUBLICATION:
        return f"≤ {when.end.isoformat()}"
    if basis is WhenBasis.ON_OR_AFTER_PUBLICATION:
        return f"≥ {when.start.isoformat()}"
    if basis is WhenBasis.SINCE:
        return f"since {when.start.isoformat()}"
    return span_label(when)


def kind_label(event: Event) -> str:
    """The kind of *event* with its mode, as shown to a reader: "strike (aerial)", "meeting"."""
    return f"{event.kind.value} ({event.mode})" if event.mode else event.kind.value


def codes_label(event: Event) -> str:
    """The field's codes of *event* in one line ("PLOVER ASSAULT; ACLED Explosions/Remote violence /
    Air/drone strike"); empty when neither dataset has a code for it."""
    c = export_codes(event.kind.value, event.mode)
    parts = []
    if c["plover_event"]:
        parts.append(f"PLOVER {c['plover_event']}")
    if c["acled_event_type"]:
        sub = c["acled_sub_event_type"]
        parts.append(f"ACLED {c['acled_event_type']}" + (f" / {sub}" if sub else ""))
    return "; ".join(parts)


def _events(timeline: Timeline, events: Iterable[Event] | None) -> list[Event]:
    return list(timeline if events is None else events)


def _source_text(s: Source) -> str:
    parts = [s.title or s.ref]
    if s.published is not None:
        parts.append(s.published.isoformat())
    if s.span is not None:
        parts.append(f"chars {s.span[0]}–{s.span[1]}")
    return ", ".join(parts)


# -- JSON -------------------------------------------------------------------------------------------
def to_json(timeline: Timeline, events: Iterable[Event] | None = None, *, indent: int | None = 2) -> str:
    """The timeline as JSON (with only *events* when given); ``Timeline.from_json`` loads it back."""
    if events is not None:
        from .events import Timeline as _Timeline

        timeline = _Timeline(events=list(events), actors=timeline.actors, channels=timeline.channels)
    return timeline.to_json(indent=indent) + "\n"


# -- CSV --------------------------------------------------------------------------------------------
def _csv_row(e: Event) -> dict[str, str]:
    w = e.when
    prec = precision_code(w)
    c = export_codes(e.kind.value, e.mode)
    return {
        "event_id": e.id,
        "date_start": w.start.isoformat() if w else "",
        "date_end": w.end.isoformat() if w else "",
        "date_prec": "" if prec is None else str(prec),
        "granularity": w.granularity.value if w else "",
        "timex": w.timex if w else "",
        "date_basis": e.when_basis.value,
        "kind": e.kind.value,
        "mode": e.mode or "",
        "plover_event": c["plover_event"] or "",
        "acled_event_type": c["acled_event_type"] or "",
        "acled_sub_event_type": c["acled_sub_event_type"] or "",
        "channel": e.channel or "",
        "actors": _SEP.join(e.actors),
        "source_actors": _SEP.join(e.source_actors),
        "target_actors": _SEP.join(e.target_actors),
        **_place_cells(e),
        "certainty": e.certainty.value,
        "summary": e.summary,
        "quote_ar": e.quote_ar or "",
        "sources": _SEP.join(s.ref for s in e.sources),
        "source_titles": _SEP.join(s.title for s in e.sources if s.title),
        "source_published": _SEP.join(sorted({s.published.isoformat() for s in e.sources if s.published})),
        "source_urls": _SEP.join(s.url for s in e.sources if s.url),
        "source_quotes": _SEP.join(s.quote for s in e.sources if s.quote),
        "other_dates": _SEP.join(str(d) for d in e.other_dates),
        "note": e.note,
    }


def _place_cells(e: Event) -> dict[str, str]:
    """The place columns of an event: its English name (else its words), its words as written, its
    governorate's English name, its coordinates and ``geo_precision``; empty when unplaced."""
    w = e.where
    if w is None:
        return dict.fromkeys(_PLACE_COLUMNS, "")
    return {"location": w.location or w.location_ar, "location_ar": w.location_ar, "admin1": w.admin1_en,
            "latitude": "" if w.latitude is None else f"{w.latitude:.5f}",
            "longitude": "" if w.longitude is None else f"{w.longitude:.5f}",
            "geo_precision": str(int(w.geo_precision))}


def to_csv(timeline: Timeline, events: Iterable[Event] | None = None) -> str:
    """One row per event, with the header :data:`CSV_COLUMNS` (RFC 4180: CRLF line ends, quoting);
    several values in one cell (actors, sources) are joined by "; "; a code the field's datasets do
    not have for the event is an empty cell."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in _events(timeline, events):
        writer.writerow(_csv_row(e))
    return buf.getvalue()


# -- GeoJSON ----------------------------------------------------------------------------------------
def geojson_left_out(events: Iterable[Event]) -> tuple[int, int]:
    """How many of *events* :func:`to_geojson` leaves out: (unplaced, placed with no coordinates)."""
    unplaced = no_point = 0
    for e in events:
        if e.where is None:
            unplaced += 1
        elif e.where.latitude is None or e.where.longitude is None:
            no_point += 1
    return unplaced, no_point


def _feature(e: Event) -> dict[str, Any] | None:
    w = e.where
    if w is None or w.latitude is None or w.longitude is None:
        return None
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [w.longitude, w.latitude]},
        "properties": {
            "id": e.id,
            "date": date_label(e),
            "date_start": e.when.start.isoformat() if e.when else None,
            "date_end": e.when.end.isoformat() if e.when else None,
            "kind": e.kind.value,
            "mode": e.mode,
            "codes": export_codes(e.kind.value, e.mode),
            "actors": list(e.actors),
            "sources": [s.ref for s in e.sources],
            "place": w.location or w.location_ar,
            "place_ar": w.location_ar,
            "place_id": w.place_id,
            "admin1": w.admin1_en,
            "country": w.country,
            "geo_precision": int(w.geo_precision),
            "point_of": w.point_of,
            "summary": e.summary,
        },
    }


def to_geojson(timeline: Timeline, events: Iterable[Event] | None = None, *, indent: int | None = 2) -> str:
    """A GeoJSON FeatureCollection (RFC 7946: ``[longitude, latitude]``) of the events that have a
    place with coordinates, in timeline order; :func:`geojson_left_out` counts the others."""
    features = [f for f in map(_feature, _events(timeline, events)) if f is not None]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      indent=indent) + "\n"


# -- iCalendar --------------------------------------------------------------------------------------
def _description(e: Event, timeline: Timeline) -> str:
    lines = [e.summary]
    if e.quote_ar:
        lines.append(f"«{e.quote_ar}»")
    lines.append(f"Date: {date_label(e)} ({e.when_basis.value}); certainty: {e.certainty.value}")
    codes = codes_label(e)
    lines.append(f"Kind: {kind_label(e)}" + (f" ({codes})" if codes else ""))
    if e.channel:
        ch = timeline.channels.get(e.channel)
        lines.append(f"Channel: {ch.name if ch else e.channel}")
    if e.actors:
        lines.append("Actors: " + ", ".join(_actor_name(timeline, a) for a in e.actors))
    if e.source_actors:
        lines.append("Acting: " + ", ".join(_actor_name(timeline, a) for a in e.source_actors))
    if e.target_actors:
        lines.append("Acted on: " + ", ".join(_actor_name(timeline, a) for a in e.target_actors))
    lines += [f"Source: {_source_text(s)}" + (f" <{s.url}>" if s.url else "") for s in e.sources]
    if e.note:
        lines.append(f"Note: {e.note}")
    return "\n".join(lines)


def _actor_name(timeline: Timeline, actor_id: str) -> str:
    actor = timeline.actors.get(actor_id)
    return actor.name if actor else actor_id


def to_ics(timeline: Timeline, events: Iterable[Event] | None = None, *,
           stamp: dt.datetime | None = None) -> str:
    """An RFC 5545 calendar: one all-day VEVENT per dated event, ``DTSTART`` its first day and
    ``DTEND`` the day after its last (exclusive, as RFC 5545 has it). *stamp* is the ``DTSTAMP``
    (default: now, UTC)."""
    import icalendar

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//syrtimeline//syrtimeline timeline//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "syrtimeline")
    for e in _events(timeline, events):
        if e.when is None:
            continue
        ev = icalendar.Event()
        ev.add("uid", f"{e.id}@syrtimeline")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", e.when.start)
        ev.add("dtend", e.when.end + dt.timedelta(days=1))
        ev.add("summary", e.summary)
        ev.add("description", _description(e, timeline))
        ev.add("categories", [c for c in (e.kind.value, e.channel) if c])
        ev.add("transp", "TRANSPARENT")
        url = next((s.url for s in e.sources if s.url), None)
        if url:
            ev.add("url", url)
        cal.add_component(ev)
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")


# -- TimelineJS3 ------------------------------------------------------------------------------------
def _tjs_date(d: dt.date, parts: int) -> dict[str, str]:
    out = {"year": str(d.year)}
    if parts >= 2:
        out["month"] = str(d.month)
    if parts >= 3:
        out["day"] = str(d.day)
    return out


def _known_parts(span: DateSpan) -> int:
    """3 when days are known, 2 months, 1 the year only."""
    g = span.granularity
    if g is Granularity.DAY:
        return 3
    if g is Granularity.YEAR:
        return 1
    if g in (Granularity.WEEK, Granularity.PART_OF_WEEK):
        return 3  # an ISO week (or part of one) is a range of known days
    return 2


def _tjs_event(e: Event, timeline: Timeline) -> dict[str, Any]:
    assert e.when is not None
    w = e.when
    parts = _known_parts(w)
    start = _tjs_date(w.start, parts)
    end = _tjs_date(w.end, parts)
    text = [f"<p>{_html(e.summary)}</p>"]
    if e.quote_ar:
        text.append(f'<blockquote dir="rtl" lang="ar">{_html(e.quote_ar)}</blockquote>')
    cites = []
    for s in e.sources:
        label = _html(_source_text(s))
        cites.append(f'<a href="{_html(s.url)}">{label}</a>' if s.url else label)
    codes = codes_label(e)
    if codes:
        text.append(f"<p>{_html(codes)}</p>")
    if cites:
        text.append("<p>Sources: " + "; ".join(cites) + "</p>")
    out: dict[str, Any] = {"start_date": start}
    if end != start:
        out["end_date"] = end
    out["display_date"] = date_label(e)
    out["text"] = {"headline": _headline(e, timeline), "text": "".join(text)}
    if e.channel:
        ch = timeline.channels.get(e.channel)
        out["group"] = ch.name if ch else e.channel
    out["unique_id"] = e.id
    return out


def _headline(e: Event, timeline: Timeline) -> str:
    who = ", ".join(_actor_name(timeline, a) for a in e.actors[:3])
    return _html(kind_label(e).replace("-", " ").capitalize() + (f": {who}" if who else ""))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def to_timelinejs(timeline: Timeline, events: Iterable[Event] | None = None, *,
                  title: str = "US–Russia deconfliction in Syria") -> str:
    """TimelineJS3 JSON (``{"title": …, "events": […]}``); undated events are left out."""
    data = {
        "title": {"text": {"headline": _html(title),
                           "text": "<p>Built by syrtimeline from sourced Arabic news and its knowledge "
                                   "base.</p>"}},
        "events": [_tjs_event(e, timeline) for e in _events(timeline, events) if e.when is not None],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- Markdown ---------------------------------------------------------------------------------------
def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("\n", " ")


def to_markdown(timeline: Timeline, events: Iterable[Event] | None = None, *,
                title: str = "Timeline") -> str:
    """Markdown: ``## year``, ``### month`` headings and one bullet per event (date, kind and mode,
    channel, summary), its Arabic quote as a block quote, its PLOVER and ACLED codes when it has any
    and its sources; undated events come last."""
    lines = [f"# {title}", ""]
    year: int | None = None
    month: tuple[int, int] | None = None
    undated_heading = False
    for e in _events(timeline, events):
        if e.when is None:
            if not undated_heading:
                lines += ["## Undated", ""]
                undated_heading = True
        else:
            if e.when.start.year != year:
                year = e.when.start.year
                month = None
                lines += [f"## {year}", ""]
            key = (e.when.start.year, e.when.start.month)
            if key != month:
                month = key
                lines += [f"### {calendar.month_name[key[1]]} {key[0]}", ""]
        head = f"- **{date_label(e)}** · {kind_label(e)}"
        if e.channel:
            head += f" · `{e.channel}`"
        lines.append(f"{head} — {_md(e.summary)}")
        if e.quote_ar:
            lines.append(f"  > {_md(e.quote_ar)}")
        codes = codes_label(e)
        if codes:
            lines.append(f"  - codes: {_md(codes)}")
        for s in e.sources:
            cite = _md(_source_text(s))
            lines.append(f"  - source: [{cite}]({s.url})" if s.url else f"  - source: {cite}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# -- dispatch ---------------------------------------------------------------------------------------
FORMATS: Final[dict[str, Callable[..., str]]] = {
    "json": to_json,
    "csv": to_csv,
    "geojson": to_geojson,
    "ics": to_ics,
    "timelinejs": to_timelinejs,
    "markdown": to_markdown,
}


def export(timeline: Timeline, fmt: str, events: Iterable[Event] | None = None) -> str:
    """The timeline (or only *events*) in format *fmt*, one of :data:`FORMATS`."""
    try:
        fn = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    return fn(timeline, events)
