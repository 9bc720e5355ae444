"""Events, actors, deconfliction channels, the knowledge base and the timeline."""

from .model import Actor, Certainty, Channel, ChannelKind, Event, EventKind, Source
from .serialize import converter, from_json, to_json

__all__ = [
    "Actor",
    "Certainty",
    "Channel",
    "ChannelKind",
    "Event",
    "EventKind",
    "Source",
    "converter",
    "from_json",
    "to_json",
]
