"""Events, actors, deconfliction channels, the knowledge base and the timeline."""

from .knowledge import Knowledge, KnowledgeError, load_knowledge
from .model import Actor, Certainty, Channel, ChannelKind, Event, EventKind, Source
from .serialize import converter, from_json, to_json
from .timeline import Conflict, Timeline, default_timeline, merge_events

__all__ = [
    "Actor",
    "Certainty",
    "Channel",
    "ChannelKind",
    "Conflict",
    "Event",
    "EventKind",
    "Knowledge",
    "KnowledgeError",
    "Source",
    "Timeline",
    "converter",
    "default_timeline",
    "from_json",
    "load_knowledge",
    "merge_events",
    "to_json",
]
