"""The value of a resolved date: an inclusive span of calendar days."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import attrs

__all__ = ["DateSpan", "Granularity", "Mod"]


class Granularity(StrEnum):
    """How precisely the text fixed the span (compares equal to its string value)."""

    DAY = "day"
    WEEK = "week"
    PART_OF_WEEK = "part-of-week"
    MONTH = "month"
    PART_OF_MONTH = "part-of-month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    PART_OF_YEAR = "part-of-year"
    YEAR = "year"


class Mod(StrEnum):
    """A modifier the text put on the period (TIMEX3 ``mod``)."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    APPROXIMATE = "approximate"

    @property
    def timex(self) -> str:
        return _TIMEX_MOD[self]


_TIMEX_MOD = {Mod.EARLY: "START", Mod.MID: "MID", Mod.LATE: "END", Mod.APPROXIMATE: "APPROX"}


def _to_date(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"expected a datetime.date, got {value!r}")


def _check_order(instance: DateSpan, attribute: attrs.Attribute[Any], value: dt.date) -> None:
    if value < instance.start:
        raise ValueError(f"a DateSpan ends before it starts: {instance.start} > {value}")


@attrs.frozen(order=False, repr=False)
class DateSpan:
    """An inclusive span of calendar days ``[start, end]``.

    ``granularity`` says what unit the text named (a day, an ISO week, a month, a part of a month ...),
    ``mod`` the early / mid / late / approximate modifier it put on it, and ``timex`` a TIMEX3-style
    value such as ``2021-12-17``, ``2021-11`` (with ``mod`` late), ``2021-W10``, ``2017-SU`` or ``2014``.

    Spans are ordered by start, then end. ``a.before(b)`` is the strict, uncertainty-honouring
    relation: *a* ends before *b* starts.
    """

    start: dt.date = attrs.field(converter=_to_date)
    end: dt.date = attrs.field(converter=_to_date, validator=_check_order)
    granularity: Granularity = attrs.field(default=Granularity.DAY, converter=Granularity)
    mod: Mod | None = attrs.field(default=None, converter=attrs.converters.optional(Mod))
    timex: str = attrs.field(default="")

    def __attrs_post_init__(self) -> None:
        if not self.timex:
            object.__setattr__(self, "timex", _default_timex(self))

    # -- constructors ---------------------------------------------------------------------------
    @classmethod
    def day(cls, d: dt.date) -> DateSpan:
        if type(d) is dt.date:  # the common case, built without the converters (same value)
            return cls._trusted(d, d, Granularity.DAY, None, d.isoformat())
        d = _to_date(d)
        return cls(d, d, Granularity.DAY, None, d.isoformat())

    @classmethod
    def _trusted(cls, start: dt.date, end: dt.date, granularity: Granularity, mod: Mod | None,
                 timex: str) -> DateSpan:
        """For the engine's hot path: a span from values that already are what the converters and
        the validator would make of them (two ``datetime.date`` in order, a Granularity, a Mod or None,
        a non-empty timex)."""
        self = object.__new__(cls)
        setattr_ = object.__setattr__
        setattr_(self, "start", start)
        setattr_(self, "end", end)
        setattr_(self, "granularity", granularity)
        setattr_(self, "mod", mod)
        setattr_(self, "timex", timex)
        return self

    # -- views ----------------------------------------------------------------------------------
    @property
    def days(self) -> int:
        """Number of calendar days in the span."""
        return (self.end - self.start).days + 1

    @property
    def is_exact_day(self) -> bool:
        return self.start == self.end

    @property
    def timex_mod(self) -> str | None:
        return None if self.mod is None else self.mod.timex

    # -- relations ------------------------------------------------------------------------------
    def __contains__(self, item: object) -> bool:
        if isinstance(item, DateSpan):
            return self.start <= item.start and item.end <= self.end
        if isinstance(item, dt.date):
            d = _to_date(item)
            return self.start <= d <= self.end
        return False

    def contains(self, other: DateSpan | dt.date) -> bool:
        return other in self

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def before(self, other: DateSpan | dt.date) -> bool:
        """True when this span ends strictly before *other* starts."""
        start = other.start if isinstance(other, DateSpan) else _to_date(other)
        return self.end < start

    def after(self, other: DateSpan | dt.date) -> bool:
        """True when this span starts strictly after *other* ends."""
        end = other.end if isinstance(other, DateSpan) else _to_date(other)
        return self.start > end

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.start, self.end)

    def __lt__(self, other: DateSpan) -> bool:
        if not isinstance(other, DateSpan):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: DateSpan) -> bool:
        if not isinstance(other, DateSpan):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: DateSpan) -> bool:
        if not isinstance(other, DateSpan):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: DateSpan) -> bool:
        if not isinstance(other, DateSpan):
            return NotImplemented
        return self._key() >= other._key()

    def __repr__(self) -> str:
        extra = f", mod={self.mod.value!r}" if self.mod else ""
        return (
            f"DateSpan({self.start.isoformat()}..{self.end.isoformat()}, "
            f"{self.granularity.value}{extra}, timex={self.timex!r})"
        )

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _default_timex(span: DateSpan) -> str:
    s, e = span.start, span.end
    g = span.granularity
    if g is Granularity.DAY and s == e:
        return s.isoformat()
    if g is Granularity.YEAR:
        return f"{s.year:04d}" if s.year == e.year else f"{s.year:04d}/{e.year:04d}"
    if g in (Granularity.MONTH, Granularity.PART_OF_MONTH) and (s.year, s.month) == (e.year, e.month):
        return f"{s.year:04d}-{s.month:02d}"
    if g is Granularity.WEEK and s.isocalendar()[:2] == e.isocalendar()[:2]:
        y, w, _ = s.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if g is Granularity.PART_OF_YEAR and s.year == e.year:
        return f"{s.year:04d}"
    return f"{s.isoformat()}/{e.isoformat()}"
