"""The event model: actors, channels, events and their sources (frozen attrs values).

JSON goes through cattrs (``to_json`` / ``from_json``), so a timeline written out loads back equal.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Final

import attrs

from ..dates import DateSpan
from ..places import Precision

__all__ = [
    "Actor",
    "Certainty",
    "Channel",
    "ChannelKind",
    "Event",
    "EventExplanation",
    "EventKind",
    "Source",
    "WhenBasis",
    "Where",
    "span_order",
    "timeline_order",
]


class ChannelKind(StrEnum):
    MEMORANDUM = "memorandum"
    HOTLINE = "hotline"
    BACKUP_LINE = "backup-line"
    CHIEFS_TALKS = "chiefs-of-staff-talks"
    JOINT_PATROLS = "joint-patrols"
    NEGOTIATION_FORMAT = "negotiation-format"


class EventKind(StrEnum):
    """What happened. Each kind (with its mode, where one fits) maps to the field's codes: PLOVER event
    types and ACLED event / sub-event types (``syrtimeline.events.ontology``)."""

    STATEMENT = "statement"  #: someone says, announces, warns, denies, accuses, condemns, demands
    INTERVIEW = "interview"  #: an interview given (a statement's family)
    MEETING = "meeting"  #: talks in person, a summit
    CALL = "call"  #: a phone call
    AGREEMENT = "agreement"  #: an agreement or memorandum signed or agreed
    SUSPENSION = "suspension"  #: a channel, an agreement or a patrol suspended
    RESUMPTION = "resumption"  #: ... resumed
    CONTACT = "contact"  #: a deconfliction channel in use
    INCIDENT = "incident"  #: an air incident, an interception, a downing
    PATROL = "patrol"  #: a (joint) patrol
    NEGOTIATION_ROUND = "negotiation-round"  #: a round of a negotiation format (Astana, Geneva)
    PROPOSAL = "proposal"  #: something offered or proposed
    END = "end"  #: a channel or agreement ended
    STRIKE = "strike"  #: an air, drone or missile strike, or shelling
    CLASH = "clash"  #: armed fighting between parties
    ATTACK = "attack"  #: an armed attack or bombing that is neither a strike nor a two-sided clash
    CEASEFIRE = "ceasefire"  #: a truce agreed, announced or entering into force
    WITHDRAWAL = "withdrawal"  #: forces withdrawn
    DEPLOYMENT = "deployment"  #: forces sent or stationed
    ARREST = "arrest"  #: people arrested or detained
    PROTEST = "protest"  #: a demonstration
    CAPTURE = "capture"  #: territory taken

    @functools.cached_property
    def family(self) -> EventKind:
        """The family of a kind: reports of one family can be one event, of two never (an interview
        is a statement: the two are one family). Read once per kind, then kept on the member (the
        coder asks it many times a reading)."""
        return _FAMILY.get(self, self)


_FAMILY: Final = {EventKind.INTERVIEW: EventKind.STATEMENT}


class WhenBasis(StrEnum):
    """How an event's date is known."""

    STATED = "stated"  #: a date the words give
    WEEKDAY_DERIVED = "weekday-derived"  #: (knowledge base) worked out from a weekday in a source
    FROM_SEEDS = "from-seeds"  #: (knowledge base) known only from the bundled seed articles
    NAMED = "named"  #: the date of a known event the report names ("اتفاق سوتشي")
    ON_OR_AFTER_PUBLICATION = "on-or-after-publication"  #: announced, no date: a window after publication
    SINCE = "since"  #: ongoing from a stated day ("منذ …") up to publication
    ON_OR_BEFORE_PUBLICATION = "on-or-before-publication"  #: no date: a window up to publication
    UNDATED = "undated"  #: no date, and no publication date to date the report by

    @property
    def precise(self) -> bool:
        """Whether the date is the event's own: every basis but a "since", a window up to publication
        and none. (An announced event's window after publication counts: the report names the event
        to come.) Merging prefers these dates and lets only them lead or bridge a few days' gap."""
        return self not in (WhenBasis.SINCE, WhenBasis.ON_OR_BEFORE_PUBLICATION, WhenBasis.UNDATED)


class Certainty(StrEnum):
    """How sure the record is of the event and its date."""

    CONFIRMED = "confirmed"  # several independent sources, or a verified fact
    REPORTED = "reported"  # one source says so
    UNCERTAIN = "uncertain"  # the date or the event itself is in doubt


def _tuple(value: Any) -> tuple[Any, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _event_kind(value: str) -> EventKind:
    """``EventKind(value)``, the member itself when given one, with no call into the enum machinery (speed54:
    every event made or evolved converts its kind, its certainty and its basis; tests/test_fastpath.py)."""
    return value if type(value) is EventKind else EventKind(value)


def _certainty(value: str) -> Certainty:
    """``Certainty(value)``, as :func:`_event_kind`."""
    return value if type(value) is Certainty else Certainty(value)


def _when_basis(value: str) -> WhenBasis:
    """``WhenBasis(value)``, as :func:`_event_kind`."""
    return value if type(value) is WhenBasis else WhenBasis(value)


@attrs.frozen
class Actor:
    """A person or body, with every Arabic spelling news uses for it (أنتونوف / أنطونوف …)."""

    id: str
    name: str
    names_ar: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    role: str = ""
    country: str = ""


@attrs.frozen
class Channel:
    """A deconfliction channel: who it binds, what kind it is, and the Arabic phrases that name it."""

    id: str
    name: str
    kind: ChannelKind = attrs.field(converter=ChannelKind)
    names_ar: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    phrases_ar: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    description: str = ""


@attrs.frozen
class Source:
    """Where an event is reported: an article (id and character span of the words) or a reference."""

    ref: str  # article id, or a short name for a knowledge-base reference
    span: tuple[int, int] | None = None
    quote: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @property
    def is_article(self) -> bool:
        return self.span is not None

    def sort_key(self) -> tuple[bool, str, tuple[int, int], str, str, str, str]:
        """The one order of sources: references before articles, then by ref, span, url, title, quote
        and publication day. A merged event lists its sources in this order, and the batch pipeline
        writes every report's sources in it."""
        return (self.is_article, self.ref, self.span or (-1, -1), self.url or "", self.title or "",
                self.quote or "", self.published.isoformat() if self.published else "")


@attrs.frozen
class Where:
    """Where an event happened: the place its clause names (``syrtimeline.events.where``), with the
    fields of ACLED's location columns.

    ``location_ar`` is the place's words as the text writes them («ريف إدلب الجنوبي»); ``location``
    the gazetteer entry's English name and ``place_id`` its id (both empty when the name is
    ambiguous: then ``candidates`` holds the ids it may be, and nothing is guessed); ``kind`` its
    gazetteer kind; ``admin1`` the GeoNames code of its governorate (with ``admin1_ar`` /
    ``admin1_en``); ``country`` ISO alpha-2 (empty for a sea); ``latitude`` / ``longitude`` None
    where the gazetteer has none; ``geo_precision`` 1 (the place itself) to 4 (the country), as ACLED's
    ``geo_precision`` and UCDP's ``where_prec`` grade it: the precision of the point given. A place
    with no point of its own takes the point and precision of the smallest place holding it that has
    one (``point_of``: its governorate, else the country, which has none), never a made-up point, so
    ``geo_precision`` 1 always means coordinates of the place itself."""

    location_ar: str
    location: str = ""
    place_id: str = ""
    kind: str = ""
    admin1: str = ""
    admin1_ar: str = ""
    admin1_en: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: Precision = attrs.field(default=Precision.PLACE, converter=Precision)
    candidates: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: the id of the place whose point and precision stand in for a place with no point of its own
    #: (its governorate, else the country: «تل الحارة» → ``gov:daraa``, ``geo_precision`` 3); empty when
    #: the coordinates (or their absence) are the place's own
    point_of: str = ""
    #: the precision of the words themselves (the kind's and the frame's, 1 for a village) when
    #: ``point_of`` raised ``geo_precision``; None when the two are the same
    name_precision: Precision | None = attrs.field(default=None,
                                                  converter=attrs.converters.optional(Precision))

    @property
    def fineness(self) -> int:
        """How narrow the place the words name is (``name_precision``, else ``geo_precision``): what
        choosing the narrowest of several places compares, whatever point stands in for it."""
        return int(self.name_precision if self.name_precision is not None else self.geo_precision)

    def key(self) -> tuple[str, str, str, str]:
        """What merging compares (:func:`syrtimeline.events.where.compatible`): the entry (or the
        ambiguous name's candidates), its governorate, its country and its kind."""
        return (self.place_id or "?" + "|".join(self.candidates), self.admin1, self.country, self.kind)

    def label(self) -> str:
        """One short line: the words as written, then the English name and governorate."""
        governorate = self.admin1_en if self.admin1_en != self.location else ""
        extra = ", ".join(x for x in (self.location, governorate) if x)
        return f"{self.location_ar} ({extra})" if extra else self.location_ar


@attrs.frozen
class Event:
    """Something that happened, when, to which channel, and who says so.

    ``when`` is a DateSpan (exact day, month, "on or before publication" …); ``when_basis`` says how it
    was dated; ``other_dates`` keeps the dates of sources that disagree (never smoothed over).
    """

    id: str
    when: DateSpan | None  # None: the report gives no date and has no publication date
    kind: EventKind = attrs.field(converter=_event_kind)
    summary: str
    actors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    channel: str | None = None
    quote_ar: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    certainty: Certainty = attrs.field(default=Certainty.REPORTED, converter=_certainty)
    when_basis: WhenBasis = attrs.field(default=WhenBasis.STATED, converter=_when_basis)
    other_dates: tuple[DateSpan, ...] = attrs.field(default=(), converter=_tuple)
    note: str = ""
    #: How, within its kind (``aerial``, ``drone``, ``shelling`` for a strike; ``warn``, ``deny`` for a
    #: statement …): see ``syrtimeline.events.ontology``.
    mode: str | None = None
    #: Who acts and who is acted on, when the words say so (CAMEO/PLOVER source and target actors);
    #: ``actors`` is their union and any other actor named.
    source_actors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    target_actors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: How the report was read (its trigger, actors, date): the steps ``explain()`` shows.
    trace: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    #: The reports this event was merged from (empty for a single report). Merging always starts
    #: again from these, which makes it idempotent, order-independent and associative (partial
    #: timelines merged on several machines combine into the timeline of the whole).
    records: tuple[Event, ...] = attrs.field(default=(), converter=_tuple, eq=False, repr=False)
    #: Where it happened (the place that governs its clause), or None when the clause names none.
    where: Where | None = None

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """(start, end, id): the undated last."""
        if self.when is None:
            return (dt.date.max, dt.date.max, self.id)
        return (self.when.start, self.when.end, self.id)

    @property
    def from_knowledge_base(self) -> bool:
        """A knowledge-base entry (or an event merged with one): a source is a reference, not an article."""
        return any(not s.is_article for s in self.sources)

    def explain(self, why_merged: Callable[[Event, Event], tuple[bool, str]] | None = None
                ) -> EventExplanation:
        """Why the event came out as it did: each report it was read from (its words, its trigger and
        rule, each actor and its role, the date mention that governs it and its rule) and, for a
        merged event, its reports, the leader first. *why_merged(leader, report)* says whether and why
        a report is the same event as the leader: ``Timeline.explain(event_id)`` passes the merge
        rule's reasons. The event twin of ``Mention.explain()``."""
        when = "undated" if self.when is None else f"{self.when} ({self.when_basis.value})"
        lines = [f"{self.id}: {self.kind.value}{f' ({self.mode})' if self.mode else ''} — {when}, "
                 f"{self.certainty.value}", f"  {self.summary}"]
        if self.channel:
            lines.append(f"  channel: {self.channel}")
        if self.source_actors or self.target_actors:
            lines.append(f"  acts: {', '.join(self.source_actors) or '—'}; acted on: "
                         f"{', '.join(self.target_actors) or '—'}")
        lines.append(f"  actors: {', '.join(self.actors) or '—'}")
        if self.where is not None:
            w = self.where
            stand_in = (f" (no point of its own: the point and precision of {w.point_of})"
                        if w.point_of else "")
            lines.append(f"  where: {w.label()}, geo_precision {int(w.geo_precision)}{stand_in}")
        reports = self.records or (self,)
        if self.records:
            lines.append(f"merged from {len(reports)} reports (syrtimeline/events/merge.py): the date is the "
                         "narrowest precise one, and each report is compared with the leader")
        leader = next((r for r in reports if r.id == self.id), reports[0])
        for n, r in enumerate(reports, 1):
            where = ", ".join(s.ref + (f" chars {s.span[0]}–{s.span[1]}" if s.span else "")
                              for s in r.sources)
            r_when = "undated" if r.when is None else f"{r.when} ({r.when_basis.value})"
            head = f"{n}. {r.id} — {r.kind.value}, {r_when}; from {where}"
            if r is leader and self.records:
                head += " [the leader]"
            lines.append(head)
            if r.quote_ar:
                lines.append(f"   «{r.quote_ar}»")
            lines += [f"   {step}" for step in r.trace]
            if r.from_knowledge_base and not r.trace:
                lines.append(f"   a knowledge-base entry{': ' + r.note if r.note else ''}")
            if self.records and r is not leader and why_merged is not None:
                fits, why = why_merged(leader, r)
                lines.append(f"   {'joins' if fits else 'does not fit'} the leader: {why}")
        if self.other_dates:
            lines.append("sources disagree on the date: also " + ", ".join(str(d) for d in self.other_dates))
        return EventExplanation(self.id, tuple(lines))


@attrs.frozen
class EventExplanation:
    """Why an event came out as it did (``Event.explain()``): printable, line by line."""

    event_id: str
    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.lines)


def span_order(d: DateSpan) -> tuple[dt.date, dt.date, str, str, str]:
    """A total order of date spans (start, end, then granularity, mod and TIMEX)."""
    return (d.start, d.end, d.granularity.value, d.mod.value if d.mod else "", d.timex)


def timeline_order(e: Event) -> tuple[object, ...]:
    """The order of a timeline: by :meth:`Event.sort_key`, then by every other field, so it is total
    and never depends on the order events came in."""
    return (e.sort_key(), e.kind.value, e.channel or "", e.actors, tuple(s.sort_key() for s in e.sources),
            e.summary, e.when_basis.value, e.certainty.value, e.quote_ar or "", e.note,
            tuple(span_order(d) for d in e.other_dates), e.mode or "", e.source_actors, e.target_actors,
            e.trace, () if e.where is None else (e.where.key(), e.where.location_ar))
