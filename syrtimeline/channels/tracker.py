"""The channel tracker: an explicit state machine fed by one deconfliction channel's events.

Everything the machine does is written in the three tables at the top of this module, so reading
them is reading the protocol (the idea of h11's ``_state.py``). Every ``(state, event kind)`` pair is
in exactly one of them:

* ``TRANSITIONS`` — the event moves the channel to a state. A self-loop (``active`` + ``contact`` →
  ``active``) is a confirmation: the state does not change, the event is kept as evidence.
* ``FINDINGS`` — the sequence is impossible or suspicious (a resumption of a channel never
  suspended, two suspensions in a row, anything after the end, a channel in use while formally
  suspended). The state does **not** change; the machine records a :class:`Finding` with the event
  as its evidence. Nothing is smoothed over, and nothing raises.
* ``NO_CHANGE`` — the event bears on the channel but says nothing about its state (an incident, a
  proposal on a channel that already exists). It is kept as evidence.

Time: events are processed in the order of ``when.start``, then ``when.end``, then ``id``
(:meth:`Event.sort_key`). The state an event sets holds from its ``when.start``. When the day of a
deciding event is not exactly known (``when`` spans several days) a query date inside that span is
flagged ``uncertain``. An undated event (``when`` None) cannot be placed on any day: it does not go
through the machine and is kept apart in :attr:`ChannelHistory.undated`.

Pure: no I/O, no clock, no global state.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Final

import attrs

from ..dates.span import DateSpan
from ..events.model import Event, EventKind, Source

if TYPE_CHECKING:
    from ..events import Timeline

__all__ = [
    "FINDINGS",
    "HAPPENING_KINDS",
    "IN_USE_WHILE_SUSPENDED",
    "NO_CHANGE",
    "SAID_IN_USE_WHILE_SUSPENDED",
    "TRANSITIONS",
    "USE_KINDS",
    "ChannelHistory",
    "ChannelState",
    "Finding",
    "Interval",
    "Status",
    "Step",
    "channel_history",
    "channel_status",
    "step",
    "track",
]


class ChannelState(StrEnum):
    """Where a channel stands. ``unknown`` is the state before any event is on record."""

    UNKNOWN = "unknown"
    PROPOSED = "proposed"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    ENDED = "ended"


_S = ChannelState
_K = EventKind

#: Event kinds that show a channel in use (or spoken of as working): its first evidence of existence
#: on an unknown channel, a confirmation on an active one, a finding on a suspended one.
USE_KINDS: Final[frozenset[EventKind]] = frozenset(
    {_K.CONTACT, _K.MEETING, _K.CALL, _K.PATROL, _K.NEGOTIATION_ROUND, _K.STATEMENT, _K.INTERVIEW}
)
_WORK_KINDS = (_K.CONTACT, _K.MEETING, _K.CALL, _K.PATROL, _K.NEGOTIATION_ROUND)  # the channel is worked
#: What happens on the ground or in the air near a channel (a strike, a clash, an incident …): what
#: deconfliction is for, it does not by itself change the channel.
HAPPENING_KINDS: Final[frozenset[EventKind]] = frozenset(
    {_K.INCIDENT, _K.STRIKE, _K.CLASH, _K.ATTACK, _K.CEASEFIRE, _K.WITHDRAWAL, _K.DEPLOYMENT, _K.ARREST,
     _K.PROTEST, _K.CAPTURE}
)
_TALK_KINDS = (_K.STATEMENT, _K.INTERVIEW)  # someone says it works

# ------------------------------------------------------------------------------------------------
# THE PROTOCOL
# ------------------------------------------------------------------------------------------------

#: (state, event kind) → the state after the event.
TRANSITIONS: Final[Mapping[tuple[ChannelState, EventKind], ChannelState]] = {
    # An agreement makes a channel active; on an active channel it is a reaffirmation.
    (_S.UNKNOWN, _K.AGREEMENT): _S.ACTIVE,
    (_S.PROPOSED, _K.AGREEMENT): _S.ACTIVE,
    (_S.SUSPENDED, _K.AGREEMENT): _S.ACTIVE,
    (_S.ACTIVE, _K.AGREEMENT): _S.ACTIVE,
    # A proposal opens a channel that is not yet on record; proposing again confirms it.
    (_S.UNKNOWN, _K.PROPOSAL): _S.PROPOSED,
    (_S.PROPOSED, _K.PROPOSAL): _S.PROPOSED,
    # Only a suspended channel can be resumed.
    (_S.SUSPENDED, _K.RESUMPTION): _S.ACTIVE,
    # A suspension stops an active or proposed channel; on an unknown one it is the first evidence
    # that the channel existed, and it says exactly where it stands.
    (_S.UNKNOWN, _K.SUSPENSION): _S.SUSPENDED,
    (_S.PROPOSED, _K.SUSPENSION): _S.SUSPENDED,
    (_S.ACTIVE, _K.SUSPENSION): _S.SUSPENDED,
    # Anything not yet ended can end.
    (_S.UNKNOWN, _K.END): _S.ENDED,
    (_S.PROPOSED, _K.END): _S.ENDED,
    (_S.ACTIVE, _K.END): _S.ENDED,
    (_S.SUSPENDED, _K.END): _S.ENDED,
    # Use (contact, meeting, patrol, negotiation round, statement, interview) shows the channel at
    # work: the first evidence of an unknown channel, the start of a proposed one, a confirmation of
    # an active one. (On a suspended channel use is a finding, below, not a transition.)
    **{(_S.UNKNOWN, k): _S.ACTIVE for k in USE_KINDS},
    **{(_S.PROPOSED, k): _S.ACTIVE for k in USE_KINDS},
    **{(_S.ACTIVE, k): _S.ACTIVE for k in USE_KINDS},
}

IN_USE_WHILE_SUSPENDED: Final = "in use while formally suspended"
SAID_IN_USE_WHILE_SUSPENDED: Final = "spoken of as in use or in effect while formally suspended"

#: (state, event kind) → what is wrong with this event here. The state does not change.
FINDINGS: Final[Mapping[tuple[ChannelState, EventKind], str]] = {
    # A resumption needs a suspension to resume from.
    (_S.UNKNOWN, _K.RESUMPTION): "resumption of a channel never recorded as suspended",
    (_S.PROPOSED, _K.RESUMPTION): "resumption of a channel only proposed, never suspended",
    (_S.ACTIVE, _K.RESUMPTION): "resumption of an active channel: no suspension recorded since it began",
    # Two suspensions in a row: the resumption in between is missing (or one report is wrong).
    (_S.SUSPENDED, _K.SUSPENSION): "suspended again with no resumption recorded in between",
    # A suspended channel seen at work: the evidence is kept, the formal state is not smoothed over.
    **{(_S.SUSPENDED, k): IN_USE_WHILE_SUSPENDED for k in _WORK_KINDS},
    **{(_S.SUSPENDED, k): SAID_IN_USE_WHILE_SUSPENDED for k in _TALK_KINDS},
    # Nothing happens to an ended channel.
    **{(_S.ENDED, k): f"{k.value} after the channel ended" for k in _K},
}

#: (state, event kind) pairs that bear on the channel without changing or questioning its state.
NO_CHANGE: Final[frozenset[tuple[ChannelState, EventKind]]] = frozenset(
    {
        # A proposal about a channel that already exists or is suspended (to change or restore it).
        (_S.ACTIVE, _K.PROPOSAL),
        (_S.SUSPENDED, _K.PROPOSAL),
        # An incident, a strike, a clash … is what deconfliction is for; it does not by itself change
        # the channel.
        *((state, k) for state in (_S.UNKNOWN, _S.PROPOSED, _S.ACTIVE, _S.SUSPENDED)
          for k in HAPPENING_KINDS),
    }
)

# ------------------------------------------------------------------------------------------------


def step(state: ChannelState, kind: EventKind) -> tuple[ChannelState, str | None]:
    """One move of the machine: the next state and the finding (if any) for *kind* in *state*."""
    state, kind = ChannelState(state), EventKind(kind)
    key = (state, kind)
    if key in TRANSITIONS:
        return TRANSITIONS[key], None
    if key in FINDINGS:
        return state, FINDINGS[key]
    return state, None  # NO_CHANGE (and, defensively, any pair the tables were to miss)


# -- results ----------------------------------------------------------------------------------


@attrs.frozen
class Finding:
    """An impossible or suspicious sequence, with the event that shows it.

    ``date`` is the (earliest) day of the event; ``state`` is the state the channel was in.
    """

    event: Event
    message: str
    date: dt.date
    state: ChannelState


@attrs.frozen
class Step:
    """One event through the machine: the state before and after, and its finding if any."""

    event: Event
    before: ChannelState
    after: ChannelState
    finding: Finding | None = None

    @property
    def changed(self) -> bool:
        return self.before is not self.after


@attrs.frozen
class Interval:
    """A run of days in one state: ``start`` .. ``end`` inclusive (``end`` None = still open).

    ``event`` set the state and ``sources`` say so; ``uncertain`` is True when that event's day is
    not exactly known (its span covers several days, so the start of the interval is uncertain).
    ``evidence`` is every other event of the channel dated in the interval, in order.
    """

    state: ChannelState
    start: dt.date
    end: dt.date | None
    event: Event
    sources: tuple[Source, ...]
    uncertain: bool
    evidence: tuple[Event, ...] = ()

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, dt.date):
            return False
        return self.start <= item and (self.end is None or item <= self.end)


@attrs.frozen
class Status:
    """Where a channel stands on a day, why, and what else bears on it.

    ``event`` is the deciding event (None while the state is ``unknown``) and ``since`` the day its
    state holds from; ``uncertain`` is True when ``on`` falls inside the span of a deciding event
    whose day is not exactly known. ``evidence`` holds the channel's events from ``since`` up to
    ``on`` that did not change the state (confirmations, incidents, use while suspended …) and
    ``findings`` every finding of the channel up to ``on``.
    """

    on: dt.date
    state: ChannelState
    since: dt.date | None
    event: Event | None
    sources: tuple[Source, ...]
    uncertain: bool
    evidence: tuple[Event, ...]
    findings: tuple[Finding, ...]


@attrs.frozen
class ChannelHistory:
    """A channel's whole record: its events in order, the machine's steps, intervals and findings.

    ``intervals`` are contiguous and ordered, each in a different state from the one before; the
    first starts on the day of the first event that gave the channel a state, the last is open.
    ``prelude`` holds the events dated before that (they left the channel ``unknown``), ``undated``
    the events with no date at all (``when`` None), which no day's state can depend on.
    """

    channel_id: str
    events: tuple[Event, ...]
    steps: tuple[Step, ...]
    intervals: tuple[Interval, ...]
    findings: tuple[Finding, ...]
    prelude: tuple[Event, ...] = ()
    undated: tuple[Event, ...] = ()
    _starts: tuple[dt.date, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(i.start for i in self.intervals))

    @property
    def state(self) -> ChannelState:
        """The state after the last event."""
        return self.intervals[-1].state if self.intervals else ChannelState.UNKNOWN

    def interval_on(self, on: dt.date) -> Interval | None:
        """The interval that contains *on*, or None before the channel has a state."""
        i = bisect.bisect_right(self._starts, on) - 1
        return self.intervals[i] if i >= 0 else None

    def status(self, on: dt.date) -> Status:
        """Where the channel stands on *on* (after every event that starts on or before it)."""
        if isinstance(on, dt.datetime):
            on = on.date()
        findings = tuple(f for f in self.findings if f.date <= on)
        interval = self.interval_on(on)
        if interval is None:
            evidence = tuple(e for e in self.prelude if _start(e) <= on)
            return Status(on, ChannelState.UNKNOWN, None, None, (), False, evidence, findings)
        when = _span(interval.event)
        uncertain = not when.is_exact_day and when.start <= on <= when.end
        evidence = tuple(e for e in interval.evidence if _start(e) <= on)
        return Status(
            on,
            interval.state,
            interval.start,
            interval.event,
            interval.sources,
            uncertain,
            evidence,
            findings,
        )


# -- the machine run --------------------------------------------------------------------------


def _span(event: Event) -> DateSpan:
    assert event.when is not None, "undated events never reach the machine"
    return event.when


def _start(event: Event) -> dt.date:
    return _span(event).start


def track(channel_id: str, events: Iterable[Event]) -> ChannelHistory:
    """Run the channel's events (those with ``.channel == channel_id``) through the machine.

    Never raises on an odd sequence: what the protocol does not allow becomes a :class:`Finding`.
    """
    on_channel = [e for e in events if e.channel == channel_id]
    mine = sorted((e for e in on_channel if e.when is not None), key=Event.sort_key)
    undated = tuple(sorted((e for e in on_channel if e.when is None), key=lambda e: e.id))

    steps: list[Step] = []
    findings: list[Finding] = []
    # Intervals being built: [state, start, deciding event, evidence].
    built: list[tuple[ChannelState, dt.date, Event, list[Event]]] = []
    prelude: list[Event] = []
    state = ChannelState.UNKNOWN

    i = 0
    while i < len(mine):
        # All events that start on the same day decide that day together: the state on a day is the
        # state after every event starting on or before it.
        day = _start(mine[i])
        j = i
        while j < len(mine) and _start(mine[j]) == day:
            j += 1
        group = mine[i:j]
        before_day = state
        decider: Event | None = None
        for event in group:
            after, message = step(state, event.kind)
            finding = None if message is None else Finding(event, message, day, state)
            if finding is not None:
                findings.append(finding)
            steps.append(Step(event, state, after, finding))
            if after is not state:
                decider = event
            state = after
        if state is not before_day:
            assert decider is not None  # the day moved the state, so some event of it did
            built.append((state, day, decider, [e for e in group if e is not decider]))
        elif built:
            built[-1][3].extend(group)
        else:
            prelude.extend(group)
        i = j

    intervals = tuple(
        Interval(
            state=st,
            start=start,
            end=built[k + 1][1] - dt.timedelta(days=1) if k + 1 < len(built) else None,
            event=event,
            sources=event.sources,
            uncertain=not _span(event).is_exact_day,
            evidence=tuple(evidence),
        )
        for k, (st, start, event, evidence) in enumerate(built)
    )
    return ChannelHistory(
        channel_id=channel_id,
        events=tuple(mine),
        steps=tuple(steps),
        intervals=intervals,
        findings=tuple(findings),
        prelude=tuple(prelude),
        undated=undated,
    )


# -- over a timeline --------------------------------------------------------------------------------


def channel_history(timeline: Timeline, channel_id: str) -> ChannelHistory:
    """The whole record of a channel over *timeline*: its dated events run through the machine.

    Raises KeyError naming *channel_id* (and the known ids) when the timeline does not know it.
    """
    timeline.check_channel(channel_id)
    return track(channel_id, (e for e in timeline if e.when is not None))


def channel_status(timeline: Timeline, channel_id: str, on: dt.date) -> Status:
    """Where a channel stands on the day *on*, over *timeline* (see :meth:`ChannelHistory.status`)."""
    return channel_history(timeline, channel_id).status(on)
