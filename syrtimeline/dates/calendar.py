"""Calendar arithmetic for the resolvers: pure functions from numbers and an anchor to spans.

Gregorian spans use the standard library and dateutil; Hijri spans use the Umm al-Qura tables of
hijridate (1343–1500 AH, 1924–2077 CE). Both load on the first call that needs them (a month's shift,
Easter, a Hijri date), not when the package is imported (import41).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from typing import Final

from .span import DateSpan, Granularity, Mod

__all__ = [
    "ImpossibleDate",
    "day_span",
    "easter_day",
    "hijri_day",
    "hijri_month_index",
    "hijri_month_span",
    "hijri_year_span",
    "month_span",
    "nearest_day",
    "nearest_month",
    "part_of_month",
    "part_of_year",
    "season_span",
    "to_hijri",
    "week_span",
    "year_span",
]

MONTH_NAMES_EN: Final = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December")
HIJRI_MONTHS_EN: Final = ("", "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Akhir", "Jumada al-Ula",
                          "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qada",
                          "Dhu al-Hijja")
HIJRI_MIN_YEAR: Final = 1343
HIJRI_MAX_YEAR: Final = 1500


class ImpossibleDate(ValueError):
    """The text names a date that does not exist (31 شباط) or that no table covers."""


# --- Gregorian ----------------------------------------------------------------------------------
def day_span(year: int, month: int, day: int) -> DateSpan:
    if not 1 <= month <= 12:
        raise ImpossibleDate(f"there is no month {month}")
    if not 1 <= year <= 9999:
        raise ImpossibleDate(f"year {year} is outside the calendar")
    last = _cal.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ImpossibleDate(f"{MONTH_NAMES_EN[month]} {year} has {last} days, not {day}")
    return DateSpan.day(dt.date(year, month, day))


def month_days(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def max_days(month: int) -> int:
    """The most days *month* ever has (29 for February)."""
    return 29 if month == 2 else _cal.monthrange(2001, month)[1]


def month_span(year: int, month: int, mod: Mod | None = None) -> DateSpan:
    if not 1 <= year <= 9999:
        raise ImpossibleDate(f"year {year} is outside the calendar")
    last = _cal.monthrange(year, month)[1]
    return DateSpan._trusted(dt.date(year, month, 1), dt.date(year, month, last), Granularity.MONTH, mod,
                             f"{year:04d}-{month:02d}")


def year_span(year: int) -> DateSpan:
    if not 1 <= year <= 9999:
        raise ImpossibleDate(f"year {year} is outside the calendar")
    return DateSpan._trusted(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR, None,
                             f"{year:04d}")


def week_span(day: dt.date) -> DateSpan:
    """The ISO week (Monday–Sunday) that contains *day*."""
    start = day - dt.timedelta(days=day.weekday())
    y, w, _ = day.isocalendar()
    return DateSpan(start, start + dt.timedelta(days=6), Granularity.WEEK, None, f"{y:04d}-W{w:02d}")


_PART_DAYS: Final = {Mod.EARLY: (1, 10), Mod.MID: (11, 20), Mod.LATE: (21, 31)}
_PART_MONTHS: Final = {Mod.EARLY: (1, 4), Mod.MID: (5, 8), Mod.LATE: (9, 12)}


# Parts of an ISO week, as days after its Monday: Mon–Tue, Wed–Thu, Fri–Sun (the weekend is late).
_PART_WEEKDAYS: Final = {Mod.EARLY: (0, 1), Mod.MID: (2, 3), Mod.LATE: (4, 6)}


def part_of_week(week: DateSpan, part: Mod) -> DateSpan:
    """The early / mid / late part of the ISO *week*; its TIMEX stays the week's (mod says which)."""
    a, b = _PART_WEEKDAYS[part]
    return DateSpan(week.start + dt.timedelta(days=a), week.start + dt.timedelta(days=b),
                    Granularity.PART_OF_WEEK, part, week.timex)


def part_of_month(year: int, month: int, part: Mod) -> DateSpan:
    a, b = _PART_DAYS[part]
    b = min(b, _cal.monthrange(year, month)[1])
    return DateSpan(dt.date(year, month, a), dt.date(year, month, b), Granularity.PART_OF_MONTH, part,
                             f"{year:04d}-{month:02d}")


def part_of_year(year: int, part: Mod) -> DateSpan:
    a, b = _PART_MONTHS[part]
    return DateSpan(dt.date(year, a, 1), dt.date(year, b, _cal.monthrange(year, b)[1]),
                    Granularity.PART_OF_YEAR, part, f"{year:04d}")


def half_of_month(year: int, month: int, which: int) -> DateSpan:
    """The first half of a month (days 1–15) or the second (16 to its last day)."""
    a, b = (1, 15) if which == 1 else (16, _cal.monthrange(year, month)[1])
    return DateSpan(dt.date(year, month, a), dt.date(year, month, b), Granularity.PART_OF_MONTH, None,
                    f"{year:04d}-{month:02d}")


def half_span(year: int, which: int) -> DateSpan:
    a, b = (1, 6) if which == 1 else (7, 12)
    return DateSpan(dt.date(year, a, 1), dt.date(year, b, _cal.monthrange(year, b)[1]),
                    Granularity.HALF_YEAR, None, f"{year:04d}-H{which}")


def quarter_span(year: int, which: int) -> DateSpan:
    a = 3 * (which - 1) + 1
    b = a + 2
    return DateSpan(dt.date(year, a, 1), dt.date(year, b, _cal.monthrange(year, b)[1]),
                    Granularity.QUARTER, None, f"{year:04d}-Q{which}")


_SEASON_MONTHS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def season_span(year: int, code: str) -> DateSpan:
    """Meteorological seasons; winter *year* runs from December of the year before to February."""
    if code == "WI":
        end = dt.date(year, 2, _cal.monthrange(year, 2)[1])
        return DateSpan(dt.date(year - 1, 12, 1), end, Granularity.SEASON, None, f"{year:04d}-WI")
    a, b = _SEASON_MONTHS[code]
    return DateSpan(dt.date(year, a, 1), dt.date(year, b, _cal.monthrange(year, b)[1]),
                    Granularity.SEASON, None, f"{year:04d}-{code}")


def nearest_day(month: int, day: int, anchor: dt.date) -> tuple[int, str]:
    """The year in which *day* *month* lies nearest to *anchor* (ties go to the past)."""
    candidates = []
    for y in range(anchor.year - 4, anchor.year + 5):
        if 1 <= y <= 9999 and day <= _cal.monthrange(y, month)[1]:
            candidates.append((y, (dt.date(y, month, day) - anchor).days))
    if not candidates:
        raise ImpossibleDate(f"{MONTH_NAMES_EN[month]} never has {day} days")
    y, dist = min(candidates, key=lambda c: (abs(c[1]), c[1] > 0))
    return y, f"{day} {MONTH_NAMES_EN[month]} nearest to {anchor.isoformat()}: {y} ({dist:+d} days)"


def nearest_month(month: int, anchor: dt.date) -> tuple[int, str]:
    """The year in which *month* lies nearest to *anchor*'s month (ties go to the past)."""
    diff = month - anchor.month
    best = min((diff, diff - 12, diff + 12), key=lambda x: (abs(x), x > 0))
    year = anchor.year + (best - diff) // 12
    return year, f"{MONTH_NAMES_EN[month]} nearest to {anchor.isoformat()}: {year}"


def day_on_side(month: int, day: int, anchor: dt.date, side: int) -> tuple[int, str]:
    """The year of the latest *day* *month* on or before *anchor* (side −1), or of the first on or after
    it (side +1): a date whose words point back or forward."""
    years = range(anchor.year, anchor.year - 9, -1) if side < 0 else range(anchor.year, anchor.year + 9)
    for y in years:
        if 1 <= y <= 9999 and day <= _cal.monthrange(y, month)[1]:
            d = dt.date(y, month, day)
            if (d <= anchor) if side < 0 else (d >= anchor):
                where = "on or before" if side < 0 else "on or after"
                return y, f"{day} {MONTH_NAMES_EN[month]} {where} {anchor.isoformat()}: {y}"
    raise ImpossibleDate(f"{MONTH_NAMES_EN[month]} never has {day} days")


def month_on_side(month: int, anchor: dt.date, side: int) -> tuple[int, str]:
    """The year of the latest *month* up to *anchor*'s month (side −1), or of the first from it on
    (side +1)."""
    if side < 0:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        where = "up to"
    else:
        year = anchor.year if month >= anchor.month else anchor.year + 1
        where = "from"
    return year, f"{MONTH_NAMES_EN[month]} {where} {anchor.year}-{anchor.month:02d}: {year}"


def shift_months(anchor: dt.date, months: int) -> dt.date:
    from dateutil.relativedelta import relativedelta

    return anchor + relativedelta(months=months)


def easter_day(year: int) -> dt.date:
    from dateutil.easter import easter

    return easter(year)


# --- Hijri (Umm al-Qura) ------------------------------------------------------------------------
def _check_hijri_year(year: int) -> None:
    if not HIJRI_MIN_YEAR <= year <= HIJRI_MAX_YEAR:
        raise ImpossibleDate(
            f"Hijri year {year} is outside the Umm al-Qura table ({HIJRI_MIN_YEAR}–{HIJRI_MAX_YEAR} AH)"
        )


def to_hijri(d: dt.date) -> tuple[int, int, int]:
    if not dt.date(1924, 8, 1) <= d <= dt.date(2077, 11, 16):
        raise ImpossibleDate(f"{d.isoformat()} is outside the Umm al-Qura table (1924–2077)")
    from hijridate import Gregorian

    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


def hijri_month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def hijri_day(year: int, month: int, day: int) -> DateSpan:
    _check_hijri_year(year)
    from hijridate import Hijri

    length = Hijri(year, month, 1).month_length()
    if not 1 <= day <= length:
        raise ImpossibleDate(f"{HIJRI_MONTHS_EN[month]} {year} AH has {length} days, not {day}")
    g = Hijri(year, month, day).to_gregorian()
    return DateSpan.day(dt.date(g.year, g.month, g.day))


def hijri_month_span(year: int, month: int, mod: Mod | None = None) -> DateSpan:
    _check_hijri_year(year)
    from hijridate import Hijri

    first = Hijri(year, month, 1)
    g = first.to_gregorian()
    start = dt.date(g.year, g.month, g.day)
    length = first.month_length()
    if mod is not None and mod is not Mod.APPROXIMATE:
        a, b = _PART_DAYS[mod]
        b = min(b, length)
        return DateSpan(start + dt.timedelta(days=a - 1), start + dt.timedelta(days=b - 1),
                        Granularity.PART_OF_MONTH, mod,
                        f"{start.isoformat()}/{(start + dt.timedelta(days=length - 1)).isoformat()}")
    return DateSpan(start, start + dt.timedelta(days=length - 1), Granularity.MONTH, None, "")


def hijri_year_span(year: int) -> DateSpan:
    _check_hijri_year(year)
    from hijridate import Hijri

    g = Hijri(year, 1, 1).to_gregorian()
    start = dt.date(g.year, g.month, g.day)
    end = start + dt.timedelta(days=Hijri(year, 1, 1).year_length() - 1)
    return DateSpan(start, end, Granularity.YEAR, None, "")
