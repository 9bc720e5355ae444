"""Every closed set the terminal colours has a colour for each of its members."""

from __future__ import annotations

from syrtimeline.channels import ChannelState
from syrtimeline.events import EventKind
from syrtimeline.render import KIND_STYLES, STATE_STYLES


def test_every_event_kind_has_a_style() -> None:
    assert set(KIND_STYLES) == set(EventKind)
    assert all(KIND_STYLES.values())


def test_every_channel_state_has_a_style() -> None:
    assert set(STATE_STYLES) == set(ChannelState)
    assert all(STATE_STYLES.values())
