"""The bundled knowledge base: actors, channels and dated events, kept as TOML data files.

The files live in ``syrtimeline/events/kb/`` (``actors.toml``, ``channels.toml``,
``events.toml``); each begins with a comment listing its fields. Adding an event is adding one
``[[event]]`` table. Everything is validated on load, and a mistake raises :class:`KnowledgeError`
naming the file and the key (``events.toml: event 'astana-5': unknown actor 'kazakhstan'``).

``load_knowledge(folder)`` reads another folder laid out the same way (a research group's own
knowledge base); files missing there are taken from the bundled one.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

from ..dates import DateSpan, Granularity
from .model import Actor, Certainty, Channel, ChannelKind, Event, EventKind, Source, WhenBasis
from .ontology import ModeError, check_mode

__all__ = ["DATE_BASES", "Knowledge", "KnowledgeError", "load_knowledge"]

#: How a knowledge-base event's date may be known (``date_basis``).
DATE_BASES: Final = (WhenBasis.STATED, WhenBasis.WEEKDAY_DERIVED, WhenBasis.FROM_SEEDS)

_ACTOR_FIELDS: Final[dict[str, type]] = {"name": str, "names_ar": list, "role": str, "country": str}
_CHANNEL_FIELDS: Final[dict[str, type]] = {"name": str, "names_ar": list, "kind": str, "parties": list,
                                           "phrases_ar": list, "description": str}
_EVENT_FIELDS: Final[dict[str, type]] = {"id": str, "fact": str, "date": str, "kind": str, "summary": str,
                                         "actors": list, "channel": str, "certainty": str, "date_basis": str,
                                         "quote_ar": str, "note": str, "sources": list, "names_ar": list,
                                         "mode": str, "source_actors": list, "target_actors": list}
_REQUIRED: Final = {"actors.toml": ("name", "names_ar"), "channels.toml": ("name", "kind"),
                    "events.toml": ("id", "date", "kind", "summary", "sources")}


class KnowledgeError(ValueError):
    """A knowledge-base file is unreadable or says something invalid; the message names file and key."""


@attrs.frozen
class Knowledge:
    """What the knowledge base holds: actors and channels by id, and the dated events."""

    actors: Mapping[str, Actor]
    channels: Mapping[str, Channel]
    events: tuple[Event, ...]
    #: Arabic names of known events ("اتفاق سوتشي") → the event: a report naming one refers to it.
    named: Mapping[str, Event] = attrs.field(factory=dict)


def _read(folder: Path | None, name: str) -> tuple[str, dict[str, Any]]:
    """The parsed TOML of *name* (from *folder* when it has one, else the bundled copy)."""
    if folder is not None and (folder / name).is_file():
        path = folder / name
        where = str(path)
        raw = path.read_bytes()
    else:
        where = name
        raw = resources.files(__package__).joinpath("kb", name).read_bytes()
    try:
        return where, tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{where}: not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{where}: invalid TOML: {exc}") from None


def _check_fields(where: str, key: str, table: Any, fields: Mapping[str, type]) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise KnowledgeError(f"{where}: {key}: expected a table, got {type(table).__name__}")
    for field, value in table.items():
        if field not in fields:
            raise KnowledgeError(f"{where}: {key}: unknown field {field!r} (known: {', '.join(fields)})")
        want = fields[field]
        if not isinstance(value, want):
            raise KnowledgeError(f"{where}: {key}: field {field!r} must be a {want.__name__}, "
                                 f"got {type(value).__name__}")
        if isinstance(value, list) and field != "sources" and not all(isinstance(v, str) for v in value):
            raise KnowledgeError(f"{where}: {key}: field {field!r} must be a list of strings")
    base = where.rsplit("/", 1)[-1]
    for field in _REQUIRED.get(base, ()):
        if not table.get(field):
            raise KnowledgeError(f"{where}: {key}: missing required field {field!r}")
    return table


def _parse_day(where: str, key: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KnowledgeError(f"{where}: {key}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_when(where: str, key: str, text: str) -> DateSpan:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY-MM-DD/YYYY-MM-DD`` as a DateSpan."""
    text = text.strip()
    if "/" in text:
        a, b = (p.strip() for p in text.split("/", 1))
        start, end = _parse_day(where, key, a), _parse_day(where, key, b)
        if end < start:
            raise KnowledgeError(f"{where}: {key}: date range {text!r} ends before it starts")
        return DateSpan(start, end, Granularity.DAY, None, f"{start}/{end}")
    if len(text) == 7:
        try:
            first = dt.date.fromisoformat(text + "-01")
        except ValueError:
            raise KnowledgeError(f"{where}: {key}: {text!r} is not a month (YYYY-MM)") from None
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return DateSpan(first, nxt - dt.timedelta(days=1), Granularity.MONTH, None, text)
    return DateSpan.day(_parse_day(where, key, text))


def _enum(where: str, key: str, field: str, value: str, enum: type[Any]) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise KnowledgeError(f"{where}: {key}: {field} {value!r} is not one of: {allowed}") from None


def _actors(where: str, data: dict[str, Any]) -> dict[str, Actor]:
    out = {}
    for aid, table in data.items():
        t = _check_fields(where, f"[{aid}]", table, _ACTOR_FIELDS)
        out[aid] = Actor(id=aid, name=t["name"], names_ar=tuple(t["names_ar"]), role=t.get("role", ""),
                         country=t.get("country", ""))
    return out


def _channels(where: str, data: dict[str, Any], actors: Mapping[str, Actor]) -> dict[str, Channel]:
    out = {}
    for cid, table in data.items():
        key = f"[{cid}]"
        t = _check_fields(where, key, table, _CHANNEL_FIELDS)
        kind = _enum(where, key, "kind", t["kind"], ChannelKind)
        for party in t.get("parties", []):
            if party not in actors:
                raise KnowledgeError(f"{where}: {key}: unknown party {party!r} (not in actors.toml)")
        out[cid] = Channel(id=cid, name=t["name"], kind=kind, names_ar=tuple(t.get("names_ar", ())),
                           parties=tuple(t.get("parties", ())), phrases_ar=tuple(t.get("phrases_ar", ())),
                           description=t.get("description", ""))
    return out


def _sources(where: str, key: str, items: list[Any]) -> tuple[Source, ...]:
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not ({"url", "article"} & item.keys()):
            raise KnowledgeError(f"{where}: {key}: source {n} must be a table with a url or an article")
        unknown = set(item) - {"url", "title", "article"}
        if unknown:
            raise KnowledgeError(f"{where}: {key}: source {n}: unknown field {sorted(unknown)[0]!r}")
        if "article" in item:
            out.append(Source(ref=str(item["article"]), title=item.get("title"), url=item.get("url")))
            continue
        url = str(item["url"])
        host = urlsplit(url).hostname
        if not host or urlsplit(url).scheme not in ("http", "https"):
            raise KnowledgeError(f"{where}: {key}: source {n}: {url!r} is not an http(s) address")
        out.append(Source(ref=host.removeprefix("www."), title=item.get("title"), url=url))
    return tuple(out)


def _events(where: str, data: dict[str, Any], actors: Mapping[str, Actor],
            channels: Mapping[str, Channel]) -> tuple[tuple[Event, ...], dict[str, Event]]:
    tables = data.get("event", [])
    unknown = set(data) - {"event"}
    if unknown:
        raise KnowledgeError(f"{where}: unknown top-level key {sorted(unknown)[0]!r} (events are [[event]])")
    seen: set[str] = set()
    out = []
    named: dict[str, Event] = {}
    for n, table in enumerate(tables, 1):
        key = f"event {table.get('id')!r}" if isinstance(table, dict) and table.get("id") else f"event #{n}"
        t = _check_fields(where, key, table, _EVENT_FIELDS)
        eid = t["id"]
        if eid in seen:
            raise KnowledgeError(f"{where}: {key}: duplicate id")
        seen.add(eid)
        when = parse_when(where, key, t["date"])
        kind = _enum(where, key, "kind", t["kind"], EventKind)
        try:
            check_mode(kind, t.get("mode"))
        except ModeError as exc:
            raise KnowledgeError(f"{where}: {key}: {exc}") from None
        certainty = _enum(where, key, "certainty", t.get("certainty", "confirmed"), Certainty)
        basis = t.get("date_basis", WhenBasis.STATED.value)
        if basis not in DATE_BASES:
            raise KnowledgeError(f"{where}: {key}: date_basis {basis!r} is not one of: "
                                 f"{', '.join(b.value for b in DATE_BASES)}")
        for field in ("actors", "source_actors", "target_actors"):
            for a in t.get(field, []):
                if a not in actors:
                    raise KnowledgeError(f"{where}: {key}: unknown actor {a!r} in {field} "
                                         "(not in actors.toml)")
        channel = t.get("channel")
        if channel is not None and channel not in channels:
            raise KnowledgeError(f"{where}: {key}: unknown channel {channel!r} (not in channels.toml)")
        note = t.get("note", "")
        if t.get("fact"):
            note = (note + " " if note else "") + f"(facts row {t['fact']})"
        roles = tuple(t.get("source_actors", ())) + tuple(t.get("target_actors", ()))
        event = Event(id=eid, when=when, kind=kind, summary=t["summary"],
                         actors=tuple(dict.fromkeys((*t.get("actors", ()), *roles))), mode=t.get("mode"),
                         source_actors=tuple(t.get("source_actors", ())),
                         target_actors=tuple(t.get("target_actors", ())),
                         channel=channel, quote_ar=t.get("quote_ar"),
                         sources=_sources(where, key, t["sources"]), certainty=certainty,
                         when_basis=basis, note=note)
        out.append(event)
        for name in t.get("names_ar", []):
            if name in named:
                raise KnowledgeError(f"{where}: {key}: the name {name!r} is already event {named[name].id!r}")
            named[name] = event
    return tuple(out), named


def load_knowledge(folder: str | Path | None = None) -> Knowledge:
    """The knowledge base: the bundled one, or the one in *folder* (files it lacks come bundled).

    Raises :class:`KnowledgeError` naming the file and key of the first invalid entry.
    """
    base = Path(folder) if folder is not None else None
    if base is not None and not base.is_dir():
        raise KnowledgeError(f"{base}: not a folder")
    where, data = _read(base, "actors.toml")
    actors = _actors(where, data)
    where, data = _read(base, "channels.toml")
    channels = _channels(where, data, actors)
    where, data = _read(base, "events.toml")
    events, named = _events(where, data, actors, channels)
    return Knowledge(actors=actors, channels=channels, events=events, named=named)
