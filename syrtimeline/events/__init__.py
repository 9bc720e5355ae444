"""Events, actors, deconfliction channels, the knowledge base and the timeline.

``merge`` holds the rule of when reports are one event (the specification), ``columnar`` the same rule
fast and in little memory, ``Timeline`` the merged, ordered, queryable result. ``compile_knowledge``
(the coder's matchers of a knowledge base, to build many timelines with one: ``Timeline.from_articles``)
loads the coder on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .extract import CompiledKnowledge, compile_knowledge

_LAZY = ("CompiledKnowledge", "compile_knowledge")


def __getattr__(name: str) -> Any:
    """The coder (``extract``) loads on first use: ``import syrtimeline.events`` stays light."""
    if name in _LAZY:
        return getattr(importlib.import_module(".extract", __name__), name)
    raise AttributeError(f"module 'syrtimeline.events' has no attribute {name!r}")


__all__ = [
    "GENERIC_ROLES",
    "Actor",
    "Certainty",
    "Channel",
    "ChannelKind",
    "CompiledKnowledge",
    "Conflict",
    "Event",
    "EventKind",
    "Knowledge",
    "KnowledgeError",
    "Source",
    "Timeline",
    "WhenBasis",
    "Where",
    "compile_knowledge",
    "converter",
    "default_timeline",
    "from_json",
    "generic_actors",
    "load_knowledge",
    "merge_events",
    "timeline_order",
    "to_json",
]
