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

_LAZY = frozenset({"Article", "CorpusError", "LoadWarning", "detect_published", "iter_corpus",
                   "load_corpus", "seeds"})


def __getattr__(name: str) -> Any:
    """The article layer loads on first use, so ``import syrtimeline`` stays fast."""
    if name in _LAZY or name == "articles":
        articles = importlib.import_module(".articles", __name__)
        return articles if name == "articles" else getattr(articles, name)
    raise AttributeError(f"module 'syrtimeline' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "Article",
    "CorpusError",
    "DateSpan",
    "Explanation",
    "Granularity",
    "LoadWarning",
    "Mention",
    "Mod",
    "ResolutionError",
    "__version__",
    "detect_published",
    "extract",
    "format_date",
    "iter_corpus",
    "load_corpus",
    "resolve",
    "resolve_mention",
    "seeds",
]
