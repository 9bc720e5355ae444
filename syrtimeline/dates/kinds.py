"""What a mention is: :class:`MentionKind`."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["MentionKind"]


class MentionKind(StrEnum):
    """The kind of a mention (compares equal to its string value, which JSON, tables and the CLI show).

    A rule gives ``date``, ``range``, ``duration``, ``set`` or ``vague``; the engine makes a mention
    ``invalid`` when its date cannot exist. Only ``date`` and ``range`` carry a calendar value.
    """

    DATE = "date"  # a day or a period of the calendar: 17 كانون الأول, آذار 2021, العام الماضي
    RANGE = "range"  # a stretch from one date to another: من 13 إلى 15 تموز
    DURATION = "duration"  # a length of time, never a date: لمدة 6 أشهر
    SET = "set"  # a frequency: كل يوم, مرتين في الأسبوع
    VAGUE = "vague"  # a time no calendar fixes: في وقت سابق, حينها
    INVALID = "invalid"  # an impossible date, with its reason: 31 شباط 2021
