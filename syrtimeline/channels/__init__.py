"""Deconfliction channels over time: the channel tracker (an explicit, table-driven state machine), and
a channel's history and status over a timeline (``channel_history(timeline, id)``,
``channel_status(timeline, id, on)``)."""

from .tracker import (
    FINDINGS,
    HAPPENING_KINDS,
    IN_USE_WHILE_SUSPENDED,
    NO_CHANGE,
    SAID_IN_USE_WHILE_SUSPENDED,
    TRANSITIONS,
    USE_KINDS,
    ChannelHistory,
    ChannelState,
    Finding,
    Interval,
    Status,
    Step,
    channel_history,
    channel_status,
    step,
    track,
)

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
