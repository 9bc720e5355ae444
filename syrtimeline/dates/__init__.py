"""The Arabic date engine: normalize, find and resolve temporal expressions.

Pure: no I/O, no clocks, no global state beyond compiled patterns.
"""

from .calendar import ImpossibleDate
from .engine import (
    Explanation,
    Lexed,
    Mention,
    Offset,
    ResolutionError,
    Scan,
    extract,
    lex,
    resolve,
    resolve_mention,
    scan,
)
from .iso import as_date, parse_iso
from .kinds import MentionKind
from .normalize import fold, fold_text, strip
from .span import DateSpan, Granularity, Mod

__all__ = [
    "DateSpan",
    "Explanation",
    "Granularity",
    "ImpossibleDate",
    "Lexed",
    "Mention",
    "MentionKind",
    "Mod",
    "Offset",
    "ResolutionError",
    "Scan",
    "as_date",
    "extract",
    "fold",
    "fold_text",
    "lex",
    "parse_iso",
    "resolve",
    "resolve_mention",
    "scan",
    "strip",
]
