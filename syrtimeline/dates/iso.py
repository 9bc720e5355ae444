"""ISO dates given as strings: the one parser of the package.

Publication dates come as ISO strings from many places (a manifest, a JSON Lines field, a Parquet
column, ``extract(published=...)``, ``--anchor`` on the command line); all of them are read here, the
same way: a day (``2021-12-18``) is a :class:`datetime.date`, a string that carries a time
(``2017-06-20T19:39:00+03:00``) a :class:`datetime.datetime`.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["as_date", "parse_iso"]


def parse_iso(value: str) -> dt.date | dt.datetime:
    """A day or a moment from its ISO form; surrounding blanks are ignored.

    ``"2021-12-18"`` → ``date(2021, 12, 18)``; ``"2017-06-20T19:39:00+03:00"`` → an aware
    ``datetime``. Raises :class:`ValueError` ``not an ISO date: '…' (expected e.g. 2021-12-18)``.
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r} (expected e.g. 2021-12-18)") from None


def as_date(value: object, what: str = "published") -> dt.date | dt.datetime | None:
    """A date, a datetime, an ISO string (read by :func:`parse_iso`) or None, as a date, a datetime
    or None. *what* names the value in the errors: :class:`ValueError` ``published '…' is not an ISO
    date`` for a string that is not one, :class:`TypeError` ``published must be a datetime.date, a
    datetime or an ISO string, not int`` for anything else."""
    if value is None or isinstance(value, dt.date):  # a datetime is a date too
        return value
    if isinstance(value, str):
        try:
            return parse_iso(value)
        except ValueError:
            raise ValueError(f"{what} {value!r} is not an ISO date (expected e.g. 2021-12-18)") from None
    raise TypeError(
        f"{what} must be a datetime.date, a datetime or an ISO string, not {type(value).__name__}"
    )
