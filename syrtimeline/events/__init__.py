"""Events, actors, deconfliction channels, the knowledge base and the timeline.

``merge`` holds the rule of when reports are one event (the specification), ``columnar`` the same rule
fast and in little memory, ``Timeline`` the merged, ordered, queryable result.
"""

from .knowledge import Knowledge, KnowledgeError, load_knowledge
from .merge import GENERIC_ROLES, generic_actors
from .model import (
    Actor,
    Certainty,
    Channel,
    ChannelKind,
    Event,
    EventKind,
    Source,
    WhenBasis,
    Where,
    timeline_order,
)
from .serialize import converter, from_json, to_json
from .timeline import Conflict, Timeline, default_timeline, merge_events

__all__ = [
    "GENERIC_ROLES",
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
    "WhenBasis",
    "Where",
    "converter",
    "default_timeline",
    "from_json",
    "generic_actors",
    "load_knowledge",
    "merge_events",
    "timeline_order",
    "to_json",
]
