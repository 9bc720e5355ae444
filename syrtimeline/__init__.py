"""syrtimeline: ordered, sourced event timelines from Arabic news about the war in Syria.

The heart is the Arabic date engine (:func:`extract`, :func:`resolve`, :class:`DateSpan`,
:func:`format_date`). Importing the package stays light: nothing here imports rich, dask or pyarrow.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .dates import (
    DateSpan,
    Explanation,
    Granularity,
    Mention,
    Mod,
    ResolutionError,
    extract,
    resolve,
    resolve_mention,
)
from .dates.format import format_date

if TYPE_CHECKING:
    from .articles import Article, CorpusError, LoadWarning, detect_published, iter_corpus, load_corpus, seeds
    from .channels import ChannelState, channel_history, channel_status
    from .events import (
        Actor,
        Channel,
        Event,
        EventKind,
        KnowledgeError,
        Source,
        Timeline,
        WhenBasis,
        Where,
        default_timeline,
        load_knowledge,
    )
    from .pipeline import process
    from .places import GazetteerError, Place, PlaceMention, extract_places

_LAZY = {
    **dict.fromkeys(("Article", "CorpusError", "LoadWarning", "detect_published", "iter_corpus",
                     "load_corpus", "seeds"), ".articles"),
    **dict.fromkeys(("Actor", "Channel", "Event", "EventKind", "KnowledgeError", "Source", "Timeline",
                     "WhenBasis", "Where", "default_timeline", "load_knowledge"), ".events"),
    **dict.fromkeys(("ChannelState", "channel_history", "channel_status"), ".channels"),
    **dict.fromkeys(("process",), ".pipeline"),
    **dict.fromkeys(("GazetteerError", "Place", "PlaceMention", "extract_places"), ".places"),
}


def __getattr__(name: str) -> Any:
    """The article, place, event and channel layers load on first use: ``import syrtimeline`` stays fast."""
    if name in ("articles", "events", "channels", "pipeline", "places"):
        return importlib.import_module(f".{name}", __name__)
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'syrtimeline' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Channel",
    "ChannelState",
    "CorpusError",
    "DateSpan",
    "Event",
    "EventKind",
    "Explanation",
    "GazetteerError",
    "Granularity",
    "KnowledgeError",
    "LoadWarning",
    "Mention",
    "Mod",
    "Place",
    "PlaceMention",
    "ResolutionError",
    "Source",
    "Timeline",
    "WhenBasis",
    "Where",
    "__version__",
    "channel_history",
    "channel_status",
    "default_timeline",
    "detect_published",
    "extract",
    "extract_places",
    "format_date",
    "iter_corpus",
    "load_corpus",
    "load_knowledge",
    "process",
    "resolve",
    "resolve_mention",
    "seeds",
]
