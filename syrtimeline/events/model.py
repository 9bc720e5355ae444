"""The event model: actors, channels, events and their sources (frozen attrs values).

JSON goes through cattrs (``to_json`` / ``from_json``), so a timeline written out loads back equal.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import attrs

from ..dates import DateSpan

__all__ = [
    "Actor",
    "Certainty",
    "Channel",
    "ChannelKind",
    "Event",
    "EventKind",
    "Source",
]


class ChannelKind(StrEnum):
    MEMORANDUM = "memorandum"
    HOTLINE = "hotline"
    BACKUP_LINE = "backup-line"
    CHIEFS_TALKS = "chiefs-of-staff-talks"
    JOINT_PATROLS = "joint-patrols"
    NEGOTIATION_FORMAT = "negotiation-format"


class EventKind(StrEnum):
    STATEMENT = "statement"
    INTERVIEW = "interview"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    SUSPENSION = "suspension"
    RESUMPTION = "resumption"
    CONTACT = "contact"
    INCIDENT = "incident"
    PATROL = "patrol"
    NEGOTIATION_ROUND = "negotiation-round"
    PROPOSAL = "proposal"
    END = "end"


class Certainty(StrEnum):
    """How sure the record is of the event and its date."""

    CONFIRMED = "confirmed"  # several independent sources, or a verified fact
    REPORTED = "reported"  # one source says so
    UNCERTAIN = "uncertain"  # the date or the event itself is in doubt


def _tuple(value: Any) -> tuple[Any, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


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


@attrs.frozen
class Event:
    """Something that happened, when, to which channel, and who says so.

    ``when`` is a DateSpan (exact day, month, "on or before publication" …); ``when_basis`` says how it
    was dated; ``other_dates`` keeps the dates of sources that disagree (never smoothed over).
    """

    id: str
    when: DateSpan | None  # None: the report gives no date and has no publication date
    kind: EventKind = attrs.field(converter=EventKind)
    summary: str
    actors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    channel: str | None = None
    quote_ar: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple)
    certainty: Certainty = attrs.field(default=Certainty.REPORTED, converter=Certainty)
    when_basis: str = "stated"
    other_dates: tuple[DateSpan, ...] = attrs.field(default=(), converter=_tuple)
    note: str = ""
    #: The reports this event was merged from (empty for a single report). Merging always starts
    #: again from these, which makes it idempotent, order-independent and associative (partial
    #: timelines merged on several machines combine into the timeline of the whole).
    records: tuple[Event, ...] = attrs.field(default=(), converter=_tuple, eq=False, repr=False)

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        if self.when is None:
            return (dt.date.max, dt.date.max, self.id)
        return (self.when.start, self.when.end, self.id)
