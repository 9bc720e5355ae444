"""format_date: write a date the way an Arabic outlet of a given region would.

The inverse of the reader: every spelling it writes is one the engine reads back (tested as a
round-trip property for every style and digit set).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from . import lexicon as L
from .calendar import ImpossibleDate, to_hijri

__all__ = ["DIGITS", "STYLES", "format_date"]

STYLES: Final[tuple[str, ...]] = ("levantine", "egyptian", "maghrebi", "moroccan", "hijri", "numeric")
DIGITS: Final[tuple[str, ...]] = ("western", "arabic-indic")
_INDIC: Final = str.maketrans("0123456789", L.ARABIC_INDIC_DIGITS)


def format_date(d: dt.date, style: str = "levantine", digits: str = "western", *,
                weekday: bool = False, of: bool = False) -> str:
    """Write *d* in Arabic.

    ``style``: ``levantine`` (17 كانون الأول 2021), ``egyptian`` (17 ديسمبر 2021), ``maghrebi``
    for Algeria / Tunisia (17 ديسمبر 2021 with جانفي, فيفري …), ``moroccan`` (… دجنبر 2021),
    ``hijri`` (13 جمادى الأولى 1443 هـ, Umm al-Qura) or ``numeric`` (17.12.2021).
    ``digits``: ``western`` or ``arabic-indic`` (١٧). ``weekday=True`` puts the weekday first,
    ``of=True`` writes "17 من كانون الأول".
    """
    if not isinstance(d, dt.date):
        raise TypeError(f"format_date needs a datetime.date, not {type(d).__name__}")
    if isinstance(d, dt.datetime):
        d = d.date()
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    if digits not in DIGITS:
        raise ValueError(f"unknown digits {digits!r}; choose one of {', '.join(DIGITS)}")
    if style == "numeric":
        text = f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
    elif style == "hijri":
        try:
            y, m, day = to_hijri(d)
        except ImpossibleDate as exc:
            raise ValueError(str(exc)) from None
        text = f"{day} {'من ' if of else ''}{L.FORMAT_MONTHS['hijri'][m - 1]} {y} هـ"
    else:
        text = f"{d.day} {'من ' if of else ''}{L.FORMAT_MONTHS[style][d.month - 1]} {d.year}"
    if weekday:
        text = f"{L.FORMAT_WEEKDAYS[d.weekday()]} {text}"
    return text.translate(_INDIC) if digits == "arabic-indic" else text
