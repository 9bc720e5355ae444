"""syrtimeline: ordered, sourced event timelines from Arabic news about the war in Syria.

The heart is the Arabic date engine (:func:`extract`, :func:`resolve`, :class:`DateSpan`,
:func:`format_date`). Importing the package stays light: nothing here imports rich, dask or pyarrow.
"""

from __future__ import annotations

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

__version__ = "0.1.0"

__all__ = [
    "DateSpan",
    "Explanation",
    "Granularity",
    "Mention",
    "Mod",
    "ResolutionError",
    "__version__",
    "extract",
    "format_date",
    "resolve",
    "resolve_mention",
]
