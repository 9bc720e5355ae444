"""Timeline: the knowledge base and the events of articles, merged, ordered and queried.

Reports of one event are merged by the rule of :mod:`syrtimeline.events.merge` (the plain version for
small inputs, the columnar one of :mod:`syrtimeline.events.columnar` above ``COLUMNAR_ABOVE``
reports: the two are proven equal). Ordering honours uncertainty: ``a.when.before(b.when)`` only when
a ends before b starts; events whose spans overlap are ordered by start and flagged
(:meth:`Timeline.ordered`). A channel's state over a timeline is asked of :mod:`syrtimeline.channels`
(``channel_status(timeline, channel_id, on)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Final

import attrs

from ..dates import DateSpan
from ..places import Place
from . import columnar, merge, where
from .model import Actor, Channel, Event, EventExplanation, EventKind

if TYPE_CHECKING:
    from ..articles import Article
    from .extract import CompiledKnowledge
    from .knowledge import Knowledge

__all__ = ["COLUMNAR_ABOVE", "Conflict", "Timeline", "default_timeline", "merge_events"]

#: Above this many reports, merging takes the columnar fast path (the same result, in less time and
#: memory); at or below it, the plain specification.
COLUMNAR_ABOVE: Final = 1_000


def merge_events(events: Iterable[Event], generic: Iterable[str] = ()) -> list[Event]:
    """Reports of the same event merged, in timeline order (see :mod:`syrtimeline.events.merge`):
    idempotent, independent of the order of *events*, and partial timelines merged anywhere combine
    into the whole. *generic* names actors that do not identify an event by themselves (states,
    ministries: :func:`merge.generic_actors`)."""
    events = list(events)
    reports = sum(len(e.records) or 1 for e in events)
    return (columnar.merge if reports > COLUMNAR_ABOVE else merge.merge)(events, generic)


def _as_tuple(events: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(events)


@attrs.frozen
class Conflict:
    """Sources that disagree on an event's date."""

    event: Event
    dates: tuple[DateSpan, ...]


@attrs.frozen
class Timeline:
    """Events in order, merged, with the actors and channels they refer to."""

    _events: tuple[Event, ...] = attrs.field(alias="events", converter=_as_tuple)
    actors: Mapping[str, Actor] = attrs.field(factory=dict, eq=False)
    channels: Mapping[str, Channel] = attrs.field(factory=dict, eq=False)

    def __attrs_post_init__(self) -> None:
        merged = merge_events(self._events, merge.generic_actors(self.actors))
        object.__setattr__(self, "_events", tuple(merged))

    # -- building ---------------------------------------------------------------------------------
    @classmethod
    def from_articles(cls, articles: Iterable[Article], knowledge: bool | Knowledge = True, *,
                      compiled: CompiledKnowledge | None = None) -> Timeline:
        """Events of *articles*, merged with the bundled knowledge base unless ``knowledge=False``.

        *knowledge* may also be a knowledge base the caller loaded (``load_knowledge()``, or
        ``load_knowledge(folder)`` for one's own): the articles are coded with it and it is included,
        as ``True`` does with the bundled one, which is otherwise read anew at every call. *compiled*
        is the coder's matchers of that knowledge base, ``compile_knowledge(kb.actors, kb.channels,
        kb.named)`` (``named=None`` with ``knowledge=False``), else they are compiled for the call; a
        caller that builds many timelines loads and compiles once and hands both over (the same
        timeline as the plain call, in less time). ValueError when *compiled* is another knowledge
        base's (with ``True`` or ``False`` the bundled one is read anew, so *compiled* cannot be its
        own: pass the knowledge base too)."""
        from .actors import with_country_names
        from .extract import events_from_articles
        from .knowledge import Knowledge, load_knowledge

        kb, include = (knowledge, True) if isinstance(knowledge, Knowledge) else (load_knowledge(), knowledge)
        met: dict[str, Actor] = {}  # actors the articles name that the knowledge base does not hold
        events = events_from_articles(articles, kb.actors, kb.channels, kb.named if include else None, met,
                                      compiled=compiled)
        if include:
            events += list(kb.events)
        named = {k: with_country_names(a) for k, a in {**kb.actors, **dict(sorted(met.items()))}.items()}
        return cls(events=events, actors=named, channels=kb.channels)

    # -- reading ----------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def __getitem__(self, event_id: str) -> Event:
        for e in self._events:
            if e.id == event_id:
                return e
        raise KeyError(f"no event {event_id!r} in the timeline")

    def check_channel(self, channel_id: str) -> None:
        """Raise KeyError naming *channel_id* and the known ids when the timeline does not know it."""
        if self.channels and channel_id not in self.channels:
            raise KeyError(f"unknown channel id {channel_id!r}; known: {', '.join(sorted(self.channels))}")

    def events(self, actor: str | None = None, channel: str | None = None, kind: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None, place: str | None = None,
               admin1: str | None = None) -> list[Event]:
        """The events, in order, that involve *actor*, concern *channel*, are of *kind*, overlap the
        dates *start*..*end* (either may be open), happened at *place* or inside it (a gazetteer
        name, Arabic or English: «إدلب» holds the events of the city and of the governorate) and in
        the governorate *admin1* (its name or GeoNames code). A name the gazetteer lacks holds the
        events placed at it as a text wrote it («قرية عثمان»: *place* «عثمان»). KeyError naming an
        unknown id or name."""
        places = self._places_named(place) if place is not None else None
        code = where.governorate_named(admin1) if admin1 is not None else None
        if channel is not None:
            self.check_channel(channel)
        if actor is not None and self.actors and actor not in self.actors:
            raise KeyError(f"unknown actor id {actor!r}")
        kind_value = EventKind(kind) if kind is not None else None
        out = []
        for e in self._events:
            if actor is not None and actor not in e.actors:
                continue
            if channel is not None and e.channel != channel:
                continue
            if kind_value is not None and e.kind is not kind_value:
                continue
            if (start is not None or end is not None) and e.when is None:
                continue
            if start is not None and e.when is not None and e.when.end < start:
                continue
            if end is not None and e.when is not None and e.when.start > end:
                continue
            if places is not None and not where.inside(e.where, places):
                continue
            if code is not None and (e.where is None or e.where.admin1 != code):
                continue
            out.append(e)
        return out

    def _places_named(self, name: str) -> tuple[Place, ...]:
        """The gazetteer entries *name* names, else the place a text named so when events of this
        timeline are placed at it (``where.written_place_id``); KeyError naming *name* otherwise."""
        try:
            return where.places_named(name)
        except KeyError:
            written = where.written_place_id(name)
            at = next((e.where for e in self._events if e.where is not None and e.where.place_id == written),
                      None)
            if at is None:
                raise KeyError(f"unknown place {name!r}: not a name in the gazetteer (Arabic or English), "
                               "nor a place as written at an event of this timeline") from None
            return (Place(written, (at.location_ar,), at.location, at.kind, at.admin1, at.admin1_ar,
                          at.admin1_en, at.country, source="text"),)

    def ordered(self) -> list[tuple[Event, tuple[str, ...]]]:
        """Each event with the ids of the events whose dates overlap it (their order is uncertain)."""
        out = []
        for e in self._events:
            overlaps = tuple(o.id for o in self._events if o is not e and e.when is not None
                             and o.when is not None and e.when.overlaps(o.when))
            out.append((e, overlaps))
        return out

    def explain(self, event_id: str) -> EventExplanation:
        """Why the event *event_id* came out as it did (``Event.explain`` with this timeline's generic
        actors). KeyError for an id the timeline does not hold."""
        generic = merge.generic_actors(self.actors)

        def why(leader: Event, report: Event) -> tuple[bool, str]:
            fits, reason = merge.judge(merge.MergeKey.of(leader, generic), merge.MergeKey.of(report, generic))
            return fits, merge.REASONS[reason]

        return self[event_id].explain(why)

    @property
    def conflicts(self) -> list[Conflict]:
        return [Conflict(e, e.other_dates) for e in self._events if e.other_dates]

    # -- JSON -------------------------------------------------------------------------------------
    def to_json(self, **kw: object) -> str:
        from .serialize import to_json

        return to_json({"events": list(self._events), "actors": list(self.actors.values()),
                        "channels": list(self.channels.values())}, **kw)

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        import json

        from .serialize import converter

        data = json.loads(text)
        return cls(events=[converter.structure(e, Event) for e in data.get("events", [])],
                   actors={a["id"]: converter.structure(a, Actor) for a in data.get("actors", [])},
                   channels={c["id"]: converter.structure(c, Channel) for c in data.get("channels", [])})


def default_timeline() -> Timeline:
    """The bundled knowledge base and the five bundled seed articles."""
    from ..articles import seeds

    return Timeline.from_articles(seeds(), knowledge=True)
