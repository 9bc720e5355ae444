"""Deconfliction channels over time: the channel tracker (an explicit, table-driven state machine)."""

from .tracker import (
    FINDINGS,
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
    step,
    track,
)

__all__ = [
    "FINDINGS",
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
    "step",
    "track",
]
