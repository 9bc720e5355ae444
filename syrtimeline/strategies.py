"""Hypothesis strategies for property-testing code that reads Arabic dates.

Every strategy here draws a :class:`Case`: an Arabic temporal expression, the publication date it is
read against (the *anchor*) and the inclusive span of days it must resolve to. The expected span is
computed independently of the engine — with :mod:`datetime`, :mod:`calendar`, :mod:`dateutil` and
:mod:`hijridate` (Umm al-Qura) — following the product's date conventions, so the cases
can check :func:`syrtimeline.resolve` itself or any pipeline built on it::

    from hypothesis import given
    from syrtimeline.strategies import temporal_cases

    @given(temporal_cases())
    def test_my_pipeline(case):
        span = my_pipeline(case.expression, published=case.anchor)
        assert (span.start, span.end) == case.span

hypothesis is an optional dependency: ``pip install 'syrtimeline[strategies]'``.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Final, Literal

import attrs
from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

from .dates import lexicon as _lexicon
from .dates.format import DIGITS, STYLES, format_date

try:
    from hypothesis import strategies as hst
    from hypothesis.strategies import DrawFn, SearchStrategy
except ImportError as _exc:  # pragma: no cover - exercised by a test that hides hypothesis
    raise ImportError(
        "syrtimeline.strategies needs hypothesis: pip install 'syrtimeline[strategies]'"
    ) from _exc

__all__ = [
    "ARABIC_HEAVY_CHARACTERS",
    "CURRENT_MODIFIERS",
    "FUTURE_MODIFIERS",
    "GREGORIAN_MONTH_SPELLINGS",
    "HIJRI_MONTH_SPELLINGS",
    "HIJRI_RANGE",
    "PAST_MODIFIERS",
    "Case",
    "absolute_dates",
    "anchors",
    "arabic_heavy_text",
    "count_phrases",
    "month_expressions",
    "month_spellings",
    "orthographic_noise",
    "relative_day_expressions",
    "relative_month_expressions",
    "relative_unit_expressions",
    "temporal_cases",
    "to_numerals",
]

Numerals = Literal["western", "arabic-indic", "persian"]
Direction = Literal["past", "future", "current"]
Calendar = Literal["gregorian", "hijri"]
Unit = Literal["day", "week", "month", "year"]

NUMERALS: Final[tuple[Numerals, ...]] = ("western", "arabic-indic", "persian")
_NUMERAL_TABLES: Final[dict[str, dict[int, int]]] = {
    "western": str.maketrans("", ""),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}


def to_numerals(text: str, numerals: str) -> str:
    """*text* with its ASCII digits written in *numerals* (``western``, ``arabic-indic``, ``persian``)."""
    try:
        return text.translate(_NUMERAL_TABLES[numerals])
    except KeyError:
        raise ValueError(f"unknown numerals {numerals!r}; choose one of {', '.join(NUMERALS)}") from None


# ================================================================================================
# The case
# ================================================================================================
def _end_not_before_start(instance: Case, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
    if value < instance.start:
        raise ValueError(f"a Case ends before it starts: {instance.start} > {value}")


@attrs.frozen
class Case:
    """One Arabic temporal expression, its anchor and the inclusive span of days it must resolve to.

    ``note`` says how the case was built (the strategy and the choices it drew), to make a
    falsifying example readable.
    """

    expression: str
    anchor: dt.date
    start: dt.date
    end: dt.date = attrs.field(validator=_end_not_before_start)
    note: str = ""

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """``(start, end)``, to compare with a resolved span's ``(start, end)``."""
        return (self.start, self.end)

    @property
    def days(self) -> int:
        """The number of days in the expected span."""
        return (self.end - self.start).days + 1


# ================================================================================================
# Vocabulary, written out here (not read from the engine) so the expectations stay independent.
# ================================================================================================
#: Every Gregorian month spelling, by month number: Levantine / Iraqi, Egyptian / Gulf, Maghrebi
#: (Algeria / Tunisia), Moroccan, and the common variants and misspellings the reader accepts.
GREGORIAN_MONTH_SPELLINGS: Final[Mapping[int, tuple[str, ...]]] = {
    1: ("كانون الثاني", "كانون ثاني", "يناير", "جانفي"),
    2: ("شباط", "فبراير", "فيفري", "فبرير"),
    3: ("آذار", "مارس"),
    4: ("نيسان", "أبريل", "إبريل", "ابريل", "أفريل", "إبرايل"),
    5: ("أيار", "مايو", "ماي"),
    6: ("حزيران", "يونيو", "يونيه", "جوان"),
    7: ("تموز", "يوليو", "يوليه", "جويلية", "جويليه", "يوليوز"),
    8: ("آب", "أغسطس", "اغسطس", "أوت", "غشت"),
    9: ("أيلول", "سبتمبر", "سيبتمبر", "شتنبر"),
    10: ("تشرين الأول", "تشرين أول", "أكتوبر", "اكتوبر", "أكتوير"),
    11: ("تشرين الثاني", "تشرين ثاني", "نوفمبر", "نوفمير", "نونبر"),
    12: ("كانون الأول", "كانون أول", "ديسمبر", "ديسيمبر", "دجنبر"),
}
#: The Levantine name of each month (the first half of a paired form such as آذار/مارس).
_LEVANTINE: Final[tuple[str, ...]] = tuple(GREGORIAN_MONTH_SPELLINGS[m][0] for m in range(1, 13))
#: The names a paired form puts after the Levantine one (Egyptian, Maghrebi, Moroccan).
_PAIR_PARTNERS: Final[Mapping[int, tuple[str, ...]]] = {
    1: ("يناير", "جانفي"), 2: ("فبراير", "فيفري"), 3: ("مارس",), 4: ("أبريل", "إبريل", "أفريل"),
    5: ("مايو", "ماي"), 6: ("يونيو", "يونيه", "جوان"), 7: ("يوليو", "يوليه", "جويلية", "يوليوز"),
    8: ("أغسطس", "أوت", "غشت"), 9: ("سبتمبر", "شتنبر"), 10: ("أكتوبر",), 11: ("نوفمبر", "نونبر"),
    12: ("ديسمبر", "دجنبر"),
}

#: Every Hijri month spelling, by month number (Umm al-Qura numbering).
HIJRI_MONTH_SPELLINGS: Final[Mapping[int, tuple[str, ...]]] = {
    1: ("محرم",),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}

#: Modifier words after a month (masculine, as a month name is) and after a weekday (either gender).
PAST_MODIFIERS: Final[tuple[str, ...]] = ("الماضي", "الفائت", "المنصرم", "السابق", "الفارط")
FUTURE_MODIFIERS: Final[tuple[str, ...]] = ("المقبل", "القادم")
CURRENT_MODIFIERS: Final[tuple[str, ...]] = ("الجاري", "الحالي")
_MODIFIERS: Final[Mapping[Direction, tuple[str, ...]]] = {
    "past": PAST_MODIFIERS, "future": FUTURE_MODIFIERS, "current": CURRENT_MODIFIERS,
}
_WEEKDAY_PAST: Final[tuple[str, ...]] = ("الماضي", "الماضية")
_WEEKDAY_FUTURE: Final[tuple[str, ...]] = ("المقبل", "المقبلة", "القادم", "القادمة")

#: Weekday names, Monday first (datetime's weekday() numbering).
_WEEKDAYS: Final[tuple[tuple[str, ...], ...]] = (
    ("الاثنين", "الإثنين"), ("الثلاثاء",), ("الأربعاء",), ("الخميس",), ("الجمعة",), ("السبت",), ("الأحد",),
)

# Number words for 1..10 (both genders: the engine reads ثلاث أيام as well as ثلاثة أيام), the
# teens, the tens and a few compounds. Values are the counts.
_NUMBER_WORDS: Final[Mapping[int, tuple[str, ...]]] = {
    3: ("ثلاثة", "ثلاث"), 4: ("أربعة", "أربع"), 5: ("خمسة", "خمس"), 6: ("ستة", "ست", "ستّة", "ستّ"),
    7: ("سبعة", "سبع"), 8: ("ثمانية", "ثماني"), 9: ("تسعة", "تسع"), 10: ("عشرة", "عشر"),
    11: ("أحد عشر", "إحدى عشرة"), 12: ("اثني عشر", "اثنا عشر"), 13: ("ثلاثة عشر",), 15: ("خمسة عشر",),
    20: ("عشرين", "عشرون"), 25: ("خمسة وعشرين",), 30: ("ثلاثين",), 40: ("أربعين",), 50: ("خمسين",),
    60: ("ستين",), 90: ("تسعين",),
}
# Unit nouns: (singular, dual, plural for 3..10, accusative singular for 11 and up).
_UNIT_NOUNS: Final[Mapping[Unit, tuple[tuple[str, str, str, str], ...]]] = {
    "day": (("يوم", "يومين", "أيام", "يوماً"), ("يوم", "يومين", "أيام", "يوما")),
    "week": (("أسبوع", "أسبوعين", "أسابيع", "أسبوعاً"),),
    "month": (("شهر", "شهرين", "أشهر", "شهراً"), ("شهر", "شهرين", "شهور", "شهرا")),
    "year": (("سنة", "سنتين", "سنوات", "سنة"), ("عام", "عامين", "أعوام", "عاماً"),
             ("عام", "عامين", "سنوات", "عاما")),
}

#: The Gregorian days whose Umm al-Qura year is 1370–1500 AH (hijridate covers 1343–1500).
_HIJRI_FIRST_YEAR: Final = 1370
_HIJRI_LAST_YEAR: Final = 1500


def _hijri_to_date(year: int, month: int, day: int) -> dt.date:
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _hijri_month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = Hijri(year, month, 1)
    start = _hijri_to_date(year, month, 1)
    return start, start + dt.timedelta(days=first.month_length() - 1)


def _to_hijri(d: dt.date) -> tuple[int, int, int]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


HIJRI_RANGE: Final[tuple[dt.date, dt.date]] = (
    _hijri_to_date(_HIJRI_FIRST_YEAR, 1, 1),
    _hijri_month_bounds(_HIJRI_LAST_YEAR, 12)[1],
)
"""The first and last Gregorian day of Hijri 1370–1500 AH (1950-10-13 … 2077-11-16)."""


def _lexicon_month_numbers() -> dict[str, int]:
    """Every Gregorian month spelling the engine's lexicon lists, with its month number."""
    out: dict[str, int] = {}
    for word, month in {**_lexicon.GREGORIAN_MONTHS, **_lexicon.AMBIGUOUS_MONTHS}.items():
        out[word] = month
    for words, (category, value) in _lexicon.MULTIWORD.items():
        if category == "month" and isinstance(value, int):
            out[" ".join(words)] = value
    for style, names in _lexicon.FORMAT_MONTHS.items():
        if style != "hijri":
            for i, name in enumerate(names, 1):
                out.setdefault(name, i)
    return out


def _lexicon_hijri_numbers() -> dict[str, int]:
    """Every Hijri month spelling the engine's lexicon lists, with its month number."""
    out: dict[str, int] = dict(_lexicon.HIJRI_MONTHS)
    for words, (category, value) in _lexicon.MULTIWORD.items():
        if category == "hmonth" and isinstance(value, int):
            out[" ".join(words)] = value
    for i, name in enumerate(_lexicon.FORMAT_MONTHS.get("hijri", ()), 1):
        out.setdefault(name, i)
    return out


def _with_lexicon(own: Mapping[int, tuple[str, ...]],
                  lexicon: Mapping[str, int]) -> dict[int, tuple[str, ...]]:
    """Our own spellings, plus any spelling only the lexicon knows (the lexicon's number for it)."""
    out = {m: list(names) for m, names in own.items()}
    known = {name for names in own.values() for name in names}
    for name, month in sorted(lexicon.items()):
        if name not in known and 1 <= month <= 12:
            out[month].append(name)
    return {m: tuple(names) for m, names in out.items()}


_ALL_GREGORIAN: Final = _with_lexicon(GREGORIAN_MONTH_SPELLINGS, _lexicon_month_numbers())
_ALL_HIJRI: Final = _with_lexicon(HIJRI_MONTH_SPELLINGS, _lexicon_hijri_numbers())


# ================================================================================================
# Independent calendar arithmetic
# ================================================================================================
def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _calendar.monthrange(year, month)[1])


def _relative_gregorian_month(anchor: dt.date, month: int, direction: Direction) -> tuple[int, int]:
    """(year, month): the month named *month* strictly before / after the anchor's, or in its year."""
    if direction == "current":
        return anchor.year, month
    first = anchor.replace(day=1)
    step = -1 if direction == "past" else 1
    for k in range(1, 13):
        d = first + relativedelta(months=step * k)
        if d.month == month:
            return d.year, d.month
    raise AssertionError("unreachable: every month recurs within 12")


def _relative_hijri_month(anchor: dt.date, month: int, direction: Direction) -> tuple[int, int]:
    """(Hijri year, month), counted in Hijri months from the anchor's Hijri month."""
    ay, am, _ = _to_hijri(anchor)
    if direction == "current":
        return ay, month
    index = ay * 12 + am - 1
    step = -1 if direction == "past" else 1
    for k in range(1, 13):
        y, m0 = divmod(index + step * k, 12)
        if m0 + 1 == month:
            return y, month
    raise AssertionError("unreachable: every month recurs within 12")


def _iso_week(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.isoweekday() - 1)
    return monday, monday + dt.timedelta(days=6)


# ================================================================================================
# Strategies
# ================================================================================================
def anchors(min_year: int = 1950, max_year: int = 2075) -> SearchStrategy[dt.date]:
    """Publication dates from 1 January *min_year* to 31 December *max_year*."""
    if not 1 <= min_year <= max_year <= 9999:
        raise ValueError(f"need 1 <= min_year <= max_year <= 9999, got {min_year}..{max_year}")
    return hst.dates(min_value=dt.date(min_year, 1, 1), max_value=dt.date(max_year, 12, 31))


def _hijri_anchors() -> SearchStrategy[dt.date]:
    """Anchors whose Hijri year is 1371–1499, so a Hijri month twelve months away is in the table."""
    return hst.dates(min_value=_hijri_to_date(_HIJRI_FIRST_YEAR + 1, 1, 1),
                     max_value=_hijri_month_bounds(_HIJRI_LAST_YEAR - 1, 12)[1])


def _check_choices(kind: str, chosen: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    if isinstance(chosen, str):
        chosen = (chosen,)
    bad = [c for c in chosen if c not in allowed]
    if bad or not chosen:
        raise ValueError(f"unknown {kind} {bad or chosen!r}; choose from {', '.join(allowed)}")
    return tuple(chosen)


def absolute_dates(styles: Sequence[str] = STYLES, digits: Sequence[str] = DIGITS, *,
                   min_year: int = 1950, max_year: int = 2075) -> SearchStrategy[Case]:
    """Full dates written with :func:`syrtimeline.format_date`; expected: that one day.

    Any of *styles* (levantine, egyptian, maghrebi, moroccan, hijri, numeric) and *digits* (western,
    arabic-indic), with or without the weekday in front and with or without من before the month.
    Gregorian styles draw days of *min_year*..*max_year*; the Hijri style draws the days whose Umm
    al-Qura year is 1370–1500 AH (:data:`HIJRI_RANGE`), within the same years. The anchor is any day,
    as a full date needs none.
    """
    style_set = _check_choices("styles", styles, STYLES)
    digit_set = _check_choices("digits", digits, DIGITS)
    lo, hi = dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)
    hijri_lo, hijri_hi = max(lo, HIJRI_RANGE[0]), min(hi, HIJRI_RANGE[1])
    if "hijri" in style_set and hijri_lo > hijri_hi:
        raise ValueError(f"no day of {min_year}..{max_year} has a Hijri year in 1370–1500")

    @hst.composite
    def build(draw: DrawFn) -> Case:
        style = draw(hst.sampled_from(style_set))
        numerals = draw(hst.sampled_from(digit_set))
        if style == "hijri":
            d = draw(hst.dates(min_value=hijri_lo, max_value=hijri_hi))
        else:
            d = draw(hst.dates(min_value=lo, max_value=hi))
        weekday = draw(hst.booleans())
        of = draw(hst.booleans())
        anchor = draw(anchors(min(min_year, 1950), max(max_year, 2075)))
        text = format_date(d, style, numerals, weekday=weekday, of=of)
        return Case(text, anchor, d, d, f"absolute_dates: {style}, {numerals} digits, "
                                         f"weekday={weekday}, of={of}")

    return build()


def _gregorian_name(draw: DrawFn, month: int, paired: bool) -> str:
    if paired:
        first = _LEVANTINE[month - 1]
        second = draw(hst.sampled_from(_PAIR_PARTNERS[month]))
        shape = draw(hst.sampled_from(("{}/{}", "{} / {}", "{} ({})")))
        return shape.format(first, second)
    return draw(hst.sampled_from(_ALL_GREGORIAN[month]))


_YEAR_JOINERS: Final[tuple[str, ...]] = (" ", " عام ", " من عام ", " من العام ", " سنة ", "، ")
_HIJRI_MARKERS: Final[tuple[str, ...]] = ("", " هـ", "هـ", " ه", " هجري", " للهجرة")


def month_expressions(calendars: Sequence[Calendar] = ("gregorian", "hijri"), *,
                      min_year: int = 1950, max_year: int = 2075) -> SearchStrategy[Case]:
    """A month with its year; expected: the whole month.

    Gregorian: every spelling of every family (``آذار 2021``, ``شهر آذار 2021``, ``ماي من عام 2020``,
    paired forms ``تشرين الأول/أكتوبر 2019``, ``تشرين الأول (أكتوبر) 2019``), years *min_year*..
    *max_year* in western or Arabic-Indic digits. Hijri: ``رمضان 1443 هـ``, ``شهر ذي القعدة 1442``,
    years 1370–1500 AH, the month's Umm al-Qura days.
    """
    chosen = tuple(calendars)
    if not chosen or any(c not in ("gregorian", "hijri") for c in chosen):
        raise ValueError(f"calendars must be gregorian and/or hijri, not {calendars!r}")

    @hst.composite
    def build(draw: DrawFn) -> Case:
        kind = draw(hst.sampled_from(chosen))
        numerals = draw(hst.sampled_from(("western", "arabic-indic")))
        prefix = draw(hst.sampled_from(("", "شهر ")))
        month = draw(hst.integers(1, 12))
        anchor = draw(anchors())
        if kind == "gregorian":
            year = draw(hst.integers(min_year, max_year))
            name = _gregorian_name(draw, month, paired=draw(hst.booleans()))
            joiner = draw(hst.sampled_from(_YEAR_JOINERS))
            text = f"{prefix}{name}{joiner}{year}"
            start, end = _month_bounds(year, month)
        else:
            year = draw(hst.integers(_HIJRI_FIRST_YEAR, _HIJRI_LAST_YEAR))
            name = draw(hst.sampled_from(_ALL_HIJRI[month]))
            marker = draw(hst.sampled_from(_HIJRI_MARKERS))
            text = f"{prefix}{name} {year}{marker}"
            start, end = _hijri_month_bounds(year, month)
        return Case(to_numerals(text, numerals), anchor, start, end,
                    f"month_expressions: {kind} month {month} of {year}")

    return build()


def relative_month_expressions(directions: Sequence[Direction] = ("past", "future", "current"),
                               calendars: Sequence[Calendar] = ("gregorian", "hijri")
                               ) -> SearchStrategy[Case]:
    """A month name with a modifier and an anchor; expected: the whole month.

    ``<month> الماضي / الفائت / المنصرم / السابق / الفارط``: the most recent month of that name strictly
    before the anchor's month; ``المقبل / القادم``: the next one strictly after it; ``الجاري / الحالي``:
    that month in the anchor's year. Every spelling of every family, with or without شهر before it,
    paired forms included. A Hijri month (``رمضان الماضي``) counts in Hijri months from the anchor's
    Hijri month (Umm al-Qura) and is drawn with ``past`` / ``future`` only.
    """
    dirs = tuple(directions)
    cals = tuple(calendars)
    if not dirs or any(d not in _MODIFIERS for d in dirs):
        raise ValueError(f"directions must be past, future and/or current, not {directions!r}")
    if not cals or any(c not in ("gregorian", "hijri") for c in cals):
        raise ValueError(f"calendars must be gregorian and/or hijri, not {calendars!r}")
    hijri_dirs = tuple(d for d in dirs if d != "current")
    if cals == ("hijri",) and not hijri_dirs:
        raise ValueError("a Hijri month is drawn with past and / or future only")

    @hst.composite
    def build(draw: DrawFn) -> Case:
        kind = draw(hst.sampled_from(cals if hijri_dirs else ("gregorian",)))
        prefix = draw(hst.sampled_from(("", "شهر ")))
        month = draw(hst.integers(1, 12))
        if kind == "gregorian":
            direction = draw(hst.sampled_from(dirs))
            anchor = draw(anchors())
            name = _gregorian_name(draw, month, paired=draw(hst.integers(0, 4)) == 0)
            year, _ = _relative_gregorian_month(anchor, month, direction)
            start, end = _month_bounds(year, month)
        else:
            direction = draw(hst.sampled_from(hijri_dirs))
            anchor = draw(_hijri_anchors())
            name = draw(hst.sampled_from(_ALL_HIJRI[month]))
            year, _ = _relative_hijri_month(anchor, month, direction)
            start, end = _hijri_month_bounds(year, month)
        modifier = draw(hst.sampled_from(_MODIFIERS[direction]))
        return Case(f"{prefix}{name} {modifier}", anchor, start, end,
                    f"relative_month_expressions: {kind} month {month} {direction} → {year}-{month:02d}")

    return build()


def _count_phrase(draw: DrawFn, n: int, unit: Unit) -> str:
    """"N units" in Arabic: a dual, a number word or digits in any numeral set."""
    singular, dual, plural, accusative = draw(hst.sampled_from(_UNIT_NOUNS[unit]))
    if n == 1:
        one = f"{singular} واحدة" if singular == "سنة" else f"{singular} واحد"
        return draw(hst.sampled_from((singular, one)))
    if n == 2:
        return dual
    noun = plural if n <= 10 else accusative
    words = _NUMBER_WORDS.get(n, ())
    use_words: bool = draw(hst.booleans())
    if words and use_words:
        return f"{draw(hst.sampled_from(words))} {noun}"
    numerals = draw(hst.sampled_from(NUMERALS))
    return f"{to_numerals(str(n), numerals)} {noun}"


def count_phrases(n: int, unit: Unit = "day") -> SearchStrategy[str]:
    """Ways to write "*n* days / weeks / months / years".

    يومين, ثلاثة أيام, ٣ أيام, 11 يوماً, خمسة عشر يوماً, أسبوعين, ستة أشهر, ۱۲ عاماً …
    """
    if n < 1:
        raise ValueError(f"a count must be at least 1, not {n}")
    if unit not in _UNIT_NOUNS:
        raise ValueError(f"unit must be one of {', '.join(_UNIT_NOUNS)}, not {unit!r}")

    @hst.composite
    def build(draw: DrawFn) -> str:
        return _count_phrase(draw, n, unit)

    return build()


# fixed words with their offset in days from the anchor
_FIXED_DAYS: Final[tuple[tuple[str, int], ...]] = (
    ("أمس", -1), ("امس", -1), ("البارحة", -1), ("مساء أمس", -1), ("ليلة أمس", -1), ("صباح أمس", -1),
    ("يوم أمس", -1), ("أمسِ", -1),
    ("أول أمس", -2), ("أمس الأول", -2), ("أول من أمس", -2), ("قبل أمس", -2),
    ("اليوم", 0), ("صباح اليوم", 0), ("مساء اليوم", 0),
    ("غداً", 1), ("غدا", 1), ("غدًا", 1), ("يوم غد", 1), ("صباح غد", 1),
    ("بعد غد", 2), ("بعد غدٍ", 2),
)


def relative_day_expressions(max_days: int = 365) -> SearchStrategy[Case]:
    """A day relative to the anchor; expected: that day.

    أمس / امس / مساء أمس / ليلة أمس (−1), أول أمس / أمس الأول (−2), اليوم / صباح اليوم (0),
    غداً / غدا (+1), بعد غد (+2), قبل / منذ N أيام (−N) and بعد N أيام (+N) with N up to *max_days*
    written in western, Arabic-Indic or Persian digits, as number words or as the dual يومين; and
    weekdays: يوم الثلاثاء / الثلاثاء (the most recent on or before the anchor), الثلاثاء الماضي
    (strictly before), الثلاثاء المقبل / القادم (strictly after).
    """
    if max_days < 3:
        raise ValueError("max_days must be at least 3")

    @hst.composite
    def fixed(draw: DrawFn) -> Case:
        text, offset = draw(hst.sampled_from(_FIXED_DAYS))
        anchor = draw(anchors())
        d = anchor + dt.timedelta(days=offset)
        return Case(text, anchor, d, d, f"relative_day_expressions: {offset:+d} day(s)")

    @hst.composite
    def counted(draw: DrawFn) -> Case:
        n = draw(hst.one_of(hst.integers(1, 12), hst.sampled_from(sorted(_NUMBER_WORDS)),
                            hst.integers(1, max_days)))
        word = draw(hst.sampled_from(("قبل", "منذ", "بعد")))
        sign = 1 if word == "بعد" else -1
        anchor = draw(anchors())
        d = anchor + dt.timedelta(days=sign * n)
        return Case(f"{word} {_count_phrase(draw, n, 'day')}", anchor, d, d,
                    f"relative_day_expressions: {word} {n} day(s)")

    @hst.composite
    def weekday(draw: DrawFn) -> Case:
        wd = draw(hst.integers(0, 6))
        name = draw(hst.sampled_from(_WEEKDAYS[wd]))
        how = draw(hst.sampled_from(("bare", "yawm", "past", "future")))
        anchor = draw(anchors())
        if how in ("bare", "yawm"):
            d = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
            text = name if how == "bare" else f"يوم {name}"
        elif how == "past":
            d = anchor - dt.timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
            text = f"{name} {draw(hst.sampled_from(_WEEKDAY_PAST))}"
        else:
            d = anchor + dt.timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
            text = f"{name} {draw(hst.sampled_from(_WEEKDAY_FUTURE))}"
        if how != "yawm" and draw(hst.booleans()):
            text = f"يوم {text}"
        return Case(text, anchor, d, d, f"relative_day_expressions: weekday {wd} ({how})")

    return hst.one_of(fixed(), counted(), weekday())


# After الأسبوع / الشهر / العام only the unambiguous words: السابق after a unit often means "the one
# before" in the story's own time (اليوم السابق), not the publication date's.
_UNIT_MODIFIERS: Final[Mapping[Direction, tuple[str, ...]]] = {
    "past": ("الماضي", "الفائت", "المنصرم"), "future": FUTURE_MODIFIERS, "current": CURRENT_MODIFIERS,
}
_UNIT_REFERENCES: Final[Mapping[Unit, tuple[str, ...]]] = {
    "week": ("الأسبوع",), "month": ("الشهر",), "year": ("العام", "السنة"),
}


def _unit_span(anchor: dt.date, unit: Unit, shift: int) -> tuple[dt.date, dt.date]:
    """The ISO week / month / year *shift* units from the anchor's."""
    if unit == "day":
        d = anchor + dt.timedelta(days=shift)
        return d, d
    if unit == "week":
        return _iso_week(anchor + dt.timedelta(weeks=shift))
    if unit == "month":
        d = anchor.replace(day=1) + relativedelta(months=shift)
        return _month_bounds(d.year, d.month)
    return dt.date(anchor.year + shift, 1, 1), dt.date(anchor.year + shift, 12, 31)


def relative_unit_expressions() -> SearchStrategy[Case]:
    """The week, month or year relative to the anchor; expected: that ISO week / month / year.

    الأسبوع / الشهر / العام / السنة + الماضي / الفائت / المنصرم / المقبل / القادم / الجاري / الحالي
    (feminine after السنة), هذا الشهر, هذه السنة;
    قبل / منذ / بعد N أسابيع / أشهر / سنوات (the unit that lies N units from the anchor's).
    """

    @hst.composite
    def named(draw: DrawFn) -> Case:
        unit: Unit = draw(hst.sampled_from(("week", "month", "year")))
        noun = draw(hst.sampled_from(_UNIT_REFERENCES[unit]))
        feminine = noun == "السنة"
        how: Direction | Literal["this"] = draw(hst.sampled_from(("past", "future", "current", "this")))
        if how == "this":
            text, shift = f"{'هذه' if feminine else 'هذا'} {noun}", 0
        else:
            word = draw(hst.sampled_from(_UNIT_MODIFIERS[how]))
            text = f"{noun} {word}{'ة' if feminine else ''}"
            shift = {"past": -1, "future": 1, "current": 0}[how]
        anchor = draw(anchors())
        start, end = _unit_span(anchor, unit, shift)
        return Case(text, anchor, start, end, f"relative_unit_expressions: {unit} {shift:+d}")

    @hst.composite
    def counted(draw: DrawFn) -> Case:
        unit: Unit = draw(hst.sampled_from(("week", "month", "year")))
        limit = {"week": 104, "month": 120, "year": 60}[unit]
        n = draw(hst.one_of(hst.integers(1, 12), hst.integers(1, limit)))
        word = draw(hst.sampled_from(("قبل", "منذ", "بعد")))
        sign = 1 if word == "بعد" else -1
        anchor = draw(anchors())
        start, end = _unit_span(anchor, unit, sign * n)
        return Case(f"{word} {_count_phrase(draw, n, unit)}", anchor, start, end,
                    f"relative_unit_expressions: {word} {n} {unit}(s)")

    return hst.one_of(named(), counted())


def temporal_cases() -> SearchStrategy[Case]:
    """Any case from this module: absolute dates, months with a year, relative months, days, weeks,
    months and years."""
    return hst.one_of(
        absolute_dates(),
        month_expressions(),
        relative_month_expressions(),
        relative_day_expressions(),
        relative_unit_expressions(),
    )


# ================================================================================================
# Orthographic noise
# ================================================================================================
def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u063a" or "\u0641" <= ch <= "\u064a"


_INSIDE_WORD: Final[tuple[str, ...]] = ("\u0640", "\u0640\u0640", "\u200f", "\u0640.\u0640", "\u200c")
_BETWEEN_WORDS: Final[tuple[str, ...]] = (" ", "\u00a0", " \u200f", "\u200e ", "  ", "\u061c ")


def orthographic_noise(cases: SearchStrategy[Case]) -> SearchStrategy[Case]:
    """The same cases written the way news text often is: tatweel (أمـس), censorship dots inside
    words (أمـ.ـس), bidi and zero-width marks, non-breaking and doubled spaces. The expected span
    does not change, nor does the meaning for an Arabic reader."""

    @hst.composite
    def build(draw: DrawFn) -> Case:
        case = draw(cases)
        out: list[str] = []
        text = case.expression
        for i, ch in enumerate(text):
            if ch == " ":
                out.append(draw(hst.sampled_from(_BETWEEN_WORDS)))
                continue
            out.append(ch)
            if (i + 1 < len(text) and _is_letter(ch) and _is_letter(text[i + 1])
                    and draw(hst.integers(0, 5)) == 0):
                out.append(draw(hst.sampled_from(_INSIDE_WORD)))
        return attrs.evolve(case, expression="".join(out), note=f"{case.note} + orthographic noise")

    return build()


# ================================================================================================
# Arabic-heavy text for robustness properties ("never raises")
# ================================================================================================
def _code_points(*ranges: tuple[int, int]) -> str:
    return "".join(chr(c) for a, b in ranges for c in range(a, b + 1) if not 0xD800 <= c <= 0xDFFF)


def _decimal_digits() -> str:
    """Every decimal digit of every script Unicode knows (Arabic-Indic, Persian, Devanagari, N'Ko,
    full-width, mathematical …): the ones ``str.isdecimal`` accepts and ``int`` reads."""
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c).isdecimal())


#: The characters news text in Arabic script may hold, grouped by where they come from: every Arabic
#: block (Arabic, Supplement, Extended-A/B/C, the presentation forms, the mathematical letters), the
#: Persian and Urdu letters, the Quranic marks, the digits of every script, joiners and bidi controls,
#: tatweel, the punctuation and spaces dates are written with.
ARABIC_HEAVY_CHARACTERS: Final[dict[str, str]] = {
    "arabic": _code_points((0x0600, 0x06FF)),
    "arabic_supplement": _code_points((0x0750, 0x077F)),
    "arabic_extended": _code_points((0x0870, 0x08FF), (0x10EC0, 0x10EFF)),
    "presentation_forms": _code_points((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "mathematical_letters": _code_points((0x1EE00, 0x1EEFF)),
    "persian_urdu": "پچژگکیےۓٹڈڑںہھۃۀەۆۇۈۋێ",
    "quranic_marks": _code_points((0x06D6, 0x06ED), (0x08D3, 0x08FF)),
    "digits": _decimal_digits(),
    "joiners_bidi": "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2060\u2066\u2067\u2068\u2069\u061c\ufeff\u034f\u00ad",
    "tatweel": "\u0640",
    "punctuation": " \n\t\u00a0\u202f.,،؛:;/-–—()«»\"“”„'!؟?%٪+٫٬",
}

_LEXICON_WORDS: Final[tuple[str, ...]] = tuple(sorted({
    w for table in (_lexicon.GREGORIAN_MONTHS, _lexicon.AMBIGUOUS_MONTHS, _lexicon.HIJRI_MONTHS,
                    _lexicon.WEEKDAYS, _lexicon.CARDINALS, _lexicon.ORDINALS, _lexicon.UNIT_SINGULAR,
                    _lexicon.UNIT_PLURAL, _lexicon.UNIT_DUAL, _lexicon.MODIFIERS, _lexicon.PARTS,
                    _lexicon.PREPOSITIONS, _lexicon.SEASONS, _lexicon.VAGUE_WORDS, _lexicon.DAYPARTS)
    for w in table
} | {w for key in _lexicon.MULTIWORD for w in key} | set(_lexicon.YESTERDAY) | set(_lexicon.TOMORROW)
  | set(_lexicon.TODAY)))


def arabic_heavy_text(max_size: int = 80) -> SearchStrategy[str]:
    """Text that is mostly Arabic script and date words: each piece is a character of one of the
    groups of :data:`ARABIC_HEAVY_CHARACTERS`, a word of the engine's lexicon, or a number in any
    script's digits, so that the engine's rules, not only its lexer, meet the strange characters."""
    chars = hst.one_of(*(hst.sampled_from(group) for group in ARABIC_HEAVY_CHARACTERS.values()))
    digits = ARABIC_HEAVY_CHARACTERS["digits"]
    numbers = hst.lists(hst.sampled_from(digits), min_size=1, max_size=5).map("".join)
    words = hst.sampled_from(_LEXICON_WORDS)
    spaces = hst.sampled_from((" ", " ", "\u00a0", "\n", "\u200f ", ""))
    piece = hst.one_of(chars, words, numbers, spaces, hst.integers(1, 2100).map(str))
    return hst.lists(piece, max_size=max_size).map("".join)


def month_spellings(calendar: Calendar = "gregorian") -> dict[int, tuple[str, ...]]:
    """Every spelling the strategies draw for each month number: the tables of this module plus any
    further spelling the engine's lexicon lists (for exhaustive tests over all of them)."""
    if calendar == "gregorian":
        return dict(_ALL_GREGORIAN)
    if calendar == "hijri":
        return dict(_ALL_HIJRI)
    raise ValueError(f"calendar must be gregorian or hijri, not {calendar!r}")
