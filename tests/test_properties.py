"""Property tests of the date engine through its public API, and of the public strategies.

Every expectation is computed here or in ``syrtimeline.strategies`` with datetime / calendar /
dateutil / hijridate, never by asking the engine. Engine bugs these properties found (and that are
fixed) keep their falsifying examples pinned below with ``@example``, so they can never come back.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import sys
from itertools import pairwise

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline import strategies as sts

D = dt.date
STYLES = ("levantine", "egyptian", "maghrebi", "moroccan", "hijri", "numeric")
DIGITS = ("western", "arabic-indic")
FIRST, LAST = D(1950, 1, 1), D(2075, 12, 31)
HIJRI_FIRST, HIJRI_LAST = sts.HIJRI_RANGE  # Hijri 1370-01-01 .. 1500-12-30 AH (Umm al-Qura)

# Sized so the whole file runs in a few seconds here and well under a minute on two slow cores.
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MEDIUM = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WIDE = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _span(expression: str, anchor: dt.date | None) -> tuple[dt.date, dt.date]:
    v = st.resolve(expression, anchor)
    return v.start, v.end


def _date_range(style: str) -> tuple[dt.date, dt.date]:
    return (HIJRI_FIRST, HIJRI_LAST) if style == "hijri" else (FIRST, LAST)


def _month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _hijri(d: dt.date) -> tuple[int, int, int]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day


# ==================================================================================================
# format_date → resolve round trip, every style and digit set
# ==================================================================================================
@pytest.mark.parametrize("digits", DIGITS)
@pytest.mark.parametrize("style", STYLES)
@FAST
@given(data=hs.data(), weekday=hs.booleans(), of=hs.booleans(),
       anchor=hs.one_of(hs.none(), sts.anchors()))
def test_format_then_resolve_is_the_same_day(style: str, digits: str, data: hs.DataObject, weekday: bool,
                                             of: bool, anchor: dt.date | None) -> None:
    lo, hi = _date_range(style)
    d = data.draw(hs.dates(min_value=lo, max_value=hi), label="d")
    text = st.format_date(d, style, digits, weekday=weekday, of=of)
    v = st.resolve(text, anchor)  # a full date needs no anchor
    assert (v.start, v.end) == (d, d), text
    assert v.granularity == "day"


@pytest.mark.parametrize("style", STYLES)
def test_round_trip_holds_at_the_edges_of_the_range(style: str) -> None:
    lo, hi = _date_range(style)
    edges = [lo, hi, lo + dt.timedelta(days=1), hi - dt.timedelta(days=1)]
    if style != "hijri":
        edges += [D(2000, 2, 29), D(1999, 12, 31), D(2000, 1, 1), D(2072, 2, 29)]
    for d in edges:
        for digits in DIGITS:
            for weekday in (False, True):
                for of in (False, True):
                    text = st.format_date(d, style, digits, weekday=weekday, of=of)
                    assert _span(text, None) == (d, d), text


# ==================================================================================================
# <month> الماضي / المقبل: strictly before / after the anchor's month, within 12 months
# ==================================================================================================
def _modifiers(direction: str) -> tuple[str, ...]:
    return sts.PAST_MODIFIERS if direction == "past" else sts.FUTURE_MODIFIERS


@MEDIUM
@given(anchor=sts.anchors(), month=hs.integers(1, 12), direction=hs.sampled_from(("past", "future")),
       data=hs.data())
def test_relative_gregorian_month_is_strictly_on_its_side_and_within_a_year(
        anchor: dt.date, month: int, direction: str, data: hs.DataObject) -> None:
    name = data.draw(hs.sampled_from(sts.month_spellings("gregorian")[month]), label="name")
    modifier = data.draw(hs.sampled_from(_modifiers(direction)), label="modifier")
    prefix = data.draw(hs.sampled_from(("", "شهر ")), label="prefix")
    start, end = _span(f"{prefix}{name} {modifier}", anchor)
    assert start == D(start.year, month, 1)
    assert end == D(start.year, month, calendar.monthrange(start.year, month)[1])
    gap = _month_index(anchor) - _month_index(start)
    if direction == "past":
        assert 1 <= gap <= 12
    else:
        assert 1 <= -gap <= 12


@MEDIUM
@given(anchor=hs.dates(min_value=D(1952, 1, 1), max_value=D(2075, 12, 31)), month=hs.integers(1, 12),
       direction=hs.sampled_from(("past", "future")), data=hs.data())
def test_relative_hijri_month_counts_in_hijri_months(anchor: dt.date, month: int, direction: str,
                                                      data: hs.DataObject) -> None:
    name = data.draw(hs.sampled_from(sts.month_spellings("hijri")[month]), label="name")
    modifier = data.draw(hs.sampled_from(_modifiers(direction)), label="modifier")
    start, end = _span(f"{name} {modifier}", anchor)
    hy, hm, hd = _hijri(start)
    assert (hm, hd) == (month, 1)
    assert (end - start).days + 1 == Hijri(hy, hm, 1).month_length()
    ay, am, _ = _hijri(anchor)
    gap = (ay * 12 + am) - (hy * 12 + hm)
    if direction == "past":
        assert 1 <= gap <= 12
    else:
        assert 1 <= -gap <= 12


def test_every_month_spelling_with_every_modifier() -> None:
    """Exhaustive over the spellings and modifiers; anchors in the month itself (the edge case)."""
    wrong: list[str] = []
    mods = {"past": sts.PAST_MODIFIERS, "future": sts.FUTURE_MODIFIERS, "current": sts.CURRENT_MODIFIERS}
    for month, names in sts.month_spellings("gregorian").items():
        for anchor in (D(2021, month, 15), D(2021, 12, 31) if month != 12 else D(2021, 1, 1)):
            expected = {
                "past": anchor.year if month < anchor.month else anchor.year - 1,
                "future": anchor.year if month > anchor.month else anchor.year + 1,
                "current": anchor.year,
            }
            for name in names:
                for direction, words in mods.items():
                    for word in words:
                        for prefix in ("", "شهر "):
                            text = f"{prefix}{name} {word}"
                            y = expected[direction]
                            want = (D(y, month, 1), D(y, month, calendar.monthrange(y, month)[1]))
                            try:
                                got: object = _span(text, anchor)
                            except st.ResolutionError as exc:
                                got = exc
                            if got != want:
                                wrong.append(f"{text!r} @ {anchor}: want {want}, got {got}")
    assert not wrong, "\n".join(wrong)


# ==================================================================================================
# extract never raises, and its spans point into the original text in order
# ==================================================================================================
_NOISE = (
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ ./-:,،؛()[]\n\t"
    "\u200e\u200f\u061c\u0640\u00a0\u202f\u200b\u200c\u200d\ufeff\u00ad\u064b\u0651\u0670هـ"
)
_ALPHABET = hs.one_of(
    hs.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    hs.sampled_from(_NOISE),
    hs.characters(),
)
_PHRASES = hs.sampled_from((
    "أمس", "أمـ.ـس", "أول أمس", "اليوم", "غداً", "بعد غد", "قبل ٣ أيام", "منذ ستّ سنوات", "4 و5 تموز",
    "بين 3 و5 آذار", "من 3 إلى 5 آذار", "31 شباط 2021", "لمدة 6 أشهر", "عدة مرات في اليوم",
    "14-09-1432 هـ", "11/30/2017", "2017-06-20", "الثلاثاء الماضي", "أمس الجمعة", "صيف 2017",
    "النصف الأول من 2014", "أواخر شهر تشرين الثاني الفائت", "رمضان المقبل", "غرة شوال",
    "الأربعاء 17 من آذار", "آذار/مارس", "تشرين الأول (أكتوبر)", "منذ 2015", "الأسبوع الماضي",
    "في وقت سابق", "الجولة المقبلة", "33 جندياً", "كل جمعة", "يومياً", "1442 هـ", "2017م", "عام",
))
_TEXTS = hs.lists(
    hs.one_of(hs.text(_ALPHABET, max_size=12), _PHRASES, sts.temporal_cases().map(lambda c: c.expression)),
    max_size=8,
).map(" ".join)
_ANY_ANCHOR = hs.one_of(hs.none(), sts.anchors(), hs.dates(), hs.datetimes())


def _check_mentions(text: str, anchor: dt.date | None) -> None:
    mentions = st.extract(text, anchor)
    for m in mentions:
        s, e = m.span
        assert 0 <= s < e <= len(text), (m, text)
        assert m.text == text[s:e], (m, text)
        assert m.value is None or isinstance(m.value, st.DateSpan)
        str(m.explain())  # an explanation never raises either
    for a, b in pairwise(mentions):
        assert a.span[1] <= b.span[0], (a, b, text)


@WIDE
@given(text=_TEXTS, anchor=_ANY_ANCHOR)
def test_extract_never_raises_and_spans_point_into_the_text(text: str, anchor: dt.date | None) -> None:
    _check_mentions(text, anchor)


@WIDE
@given(text=hs.text(hs.sampled_from('ab "“”«»„\n'), max_size=60), data=hs.data())
def test_quotation_state_read_once_agrees_with_reading_each_paragraph_again(text: str,
                                                                            data: hs.DataObject) -> None:
    from syrtimeline.dates.engine import _inside_quotation, _Quotations

    positions = sorted(data.draw(hs.lists(hs.integers(0, len(text)), max_size=8)))
    quotes = _Quotations(text)
    for pos in positions:
        assert quotes.inside(pos) == _inside_quotation(text, pos), (text, pos)


@MEDIUM
@given(text=hs.text(), anchor=_ANY_ANCHOR)
def test_extract_never_raises_on_any_unicode(text: str, anchor: dt.date | None) -> None:
    _check_mentions(text, anchor)


@MEDIUM
@given(case=sts.orthographic_noise(sts.temporal_cases()), before=hs.text(_ALPHABET, max_size=10),
       after=hs.text(_ALPHABET, max_size=10), anchor=hs.one_of(hs.none(), sts.anchors()))
def test_real_phrases_inside_noise_keep_their_spans(case: sts.Case, before: str, after: str,
                                                    anchor: dt.date | None) -> None:
    _check_mentions(f"{before} {case.expression} {after}", anchor)
    _check_mentions(f"{before}{case.expression}{after}", anchor)


# ==================================================================================================
# Monotonicity
# ==================================================================================================
@MEDIUM
@given(style=hs.sampled_from(STYLES), digits=hs.sampled_from(DIGITS), data=hs.data())
def test_later_dates_resolve_later(style: str, digits: str, data: hs.DataObject) -> None:
    lo, hi = _date_range(style)
    d1 = data.draw(hs.dates(min_value=lo, max_value=hi), label="d1")
    d2 = data.draw(hs.dates(min_value=lo, max_value=hi), label="d2")
    assume(d1 != d2)
    d1, d2 = min(d1, d2), max(d1, d2)
    s1, _ = _span(st.format_date(d1, style, digits), None)
    s2, _ = _span(st.format_date(d2, style, digits), None)
    assert s1 < s2


@MEDIUM
@given(anchor=sts.anchors(), n1=hs.integers(1, 400), n2=hs.integers(1, 400),
       word=hs.sampled_from(("قبل", "منذ")), data=hs.data())
def test_n_days_ago_is_non_increasing_in_n(anchor: dt.date, n1: int, n2: int, word: str,
                                           data: hs.DataObject) -> None:
    n1, n2 = min(n1, n2), max(n1, n2)
    p1 = data.draw(sts.count_phrases(n1, "day"), label="p1")
    p2 = data.draw(sts.count_phrases(n2, "day"), label="p2")
    s1, _ = _span(f"{word} {p1}", anchor)
    s2, _ = _span(f"{word} {p2}", anchor)
    assert s2 <= s1
    assert s1 == anchor - dt.timedelta(days=n1) and s2 == anchor - dt.timedelta(days=n2)


# ==================================================================================================
# The public strategies: every case resolves to exactly its expected span
# ==================================================================================================
@WIDE
@given(case=sts.temporal_cases())
@example(case=sts.Case("أول من أمس", D(2000, 1, 1), D(1999, 12, 30), D(1999, 12, 30),
                       "found by this property: أول من أمس read as yesterday"))
@example(case=sts.Case("كانون الثاني (جانفي)، 2014", D(2021, 3, 17), D(2014, 1, 1), D(2014, 1, 31),
                       "found by this property: a bracket then a comma lost the year"))
def test_strategy_cases_resolve_to_their_expected_span(case: sts.Case) -> None:
    assert _span(case.expression, case.anchor) == case.span, case.note


@MEDIUM
@given(case=sts.orthographic_noise(sts.temporal_cases()))
def test_strategy_cases_survive_orthographic_noise(case: sts.Case) -> None:
    assert _span(case.expression, case.anchor) == case.span, case.note


@pytest.mark.parametrize(
    "strategy",
    [sts.absolute_dates(), sts.month_expressions(), sts.relative_month_expressions(),
     sts.relative_day_expressions(), sts.relative_unit_expressions()],
    ids=["absolute", "month", "relative_month", "relative_day", "relative_unit"],
)
@FAST
@given(data=hs.data())
def test_each_strategy_on_its_own(strategy: hs.SearchStrategy[sts.Case], data: hs.DataObject) -> None:
    case = data.draw(strategy, label="case")
    assert case.start <= case.end
    assert _span(case.expression, case.anchor) == case.span, case.note


def test_strategy_month_tables_agree_with_the_lexicon() -> None:
    """The strategies' own month tables and the engine's lexicon give every shared spelling the
    same number, and the strategies draw every spelling the lexicon lists."""
    from syrtimeline.dates import lexicon

    ours = {name: m for m, names in sts.GREGORIAN_MONTH_SPELLINGS.items() for name in names}
    theirs = {**lexicon.GREGORIAN_MONTHS, **lexicon.AMBIGUOUS_MONTHS}
    theirs |= {" ".join(k): v for k, (cat, v) in lexicon.MULTIWORD.items() if cat == "month"}  # type: ignore[misc]
    assert {w: (ours[w], v) for w, v in theirs.items() if w in ours and ours[w] != v} == {}
    drawn = {name for names in sts.month_spellings("gregorian").values() for name in names}
    assert set(theirs) <= drawn
    hijri_ours = {name: m for m, names in sts.HIJRI_MONTH_SPELLINGS.items() for name in names}
    hijri_theirs = dict(lexicon.HIJRI_MONTHS)
    hijri_theirs |= {" ".join(k): v for k, (cat, v) in lexicon.MULTIWORD.items() if cat == "hmonth"}  # type: ignore[misc]
    assert {w: (hijri_ours[w], v) for w, v in hijri_theirs.items()
            if w in hijri_ours and hijri_ours[w] != v} == {}


def test_case_and_argument_validation() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        sts.Case("أمس", D(2021, 1, 2), D(2021, 1, 1), D(2020, 12, 31))
    with pytest.raises(ValueError, match="unknown styles"):
        sts.absolute_dates(styles=("gulf",))
    with pytest.raises(ValueError, match="unknown digits"):
        sts.absolute_dates(digits=("roman",))
    with pytest.raises(ValueError, match="min_year"):
        sts.anchors(2000, 1999)
    with pytest.raises(ValueError, match="unknown numerals"):
        sts.to_numerals("12", "roman")
    assert sts.to_numerals("2021", "arabic-indic") == "٢٠٢١"
    first, last = sts.HIJRI_RANGE
    assert (first, last) == (D(1950, 10, 13), D(2077, 11, 16))


def test_strategies_need_hypothesis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.setitem(sys.modules, "hypothesis.strategies", None)
    monkeypatch.delitem(sys.modules, "syrtimeline.strategies")
    with pytest.raises(ImportError, match=r"pip install 'syrtimeline\[strategies\]'"):
        importlib.import_module("syrtimeline.strategies")


# ==================================================================================================
# Weekday pairs, parts of weeks, bilingual twin months, lists of years
# ==================================================================================================
_WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@MEDIUM
@given(anchor=sts.anchors(), wd1=hs.integers(0, 6), step=hs.integers(1, 6),
       mod=hs.sampled_from(("", " الماضيين", " المقبلين")))
def test_weekday_pair_is_one_stretch_on_its_side_of_the_anchor(anchor: dt.date, wd1: int, step: int,
                                                               mod: str) -> None:
    wd2 = (wd1 + step) % 7
    span = st.resolve(f"يومي {_WEEKDAY_NAMES[wd1]} و{_WEEKDAY_NAMES[wd2]}{mod}", anchor)
    assert span.start.weekday() == wd1 and span.end.weekday() == wd2
    assert (span.end - span.start).days == step
    if mod == "":  # the most recent stretch that ends on or before the anchor
        assert span.end <= anchor < span.end + dt.timedelta(days=7)
    elif mod == " الماضيين":
        assert span.end < anchor <= span.end + dt.timedelta(days=7)
    else:
        assert anchor < span.start <= anchor + dt.timedelta(days=7)


_PARTS_OF_WEEK = {"بداية": ("early", 0, 1), "منتصف": ("mid", 2, 3), "نهاية": ("late", 4, 6)}


@MEDIUM
@given(anchor=sts.anchors(), part=hs.sampled_from(sorted(_PARTS_OF_WEEK)),
       which=hs.sampled_from((("الماضي", -1), ("الجاري", 0), ("المقبل", 1))))
def test_part_of_week_lies_in_its_iso_week(anchor: dt.date, part: str, which: tuple[str, int]) -> None:
    word, shift = which
    span = st.resolve(f"{part} الأسبوع {word}", anchor)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
    mod, a, b = _PARTS_OF_WEEK[part]
    assert (span.start, span.end) == (monday + dt.timedelta(days=a), monday + dt.timedelta(days=b))
    assert span.mod == mod and span.granularity == "part-of-week"
    year, week, _ = monday.isocalendar()
    assert span.timex == f"{year:04d}-W{week:02d}"


@FAST
@given(month=hs.integers(1, 12), year=hs.integers(1950, 2075), day=hs.integers(1, 28),
       order=hs.booleans())
def test_a_month_and_its_twin_are_one_month(month: int, year: int, day: int, order: bool) -> None:
    # the month's name in each style: format_date writes "1 <name> <year>"
    lev, egy = (st.format_date(D(year, month, 1), style=s).split(" ", 1)[1].rsplit(" ", 1)[0]
                for s in ("levantine", "egyptian"))
    pair = f"{lev} {egy}" if order else f"{egy} {lev}"
    assert _span(f"{day} {pair} {year}", None) == (D(year, month, day), D(year, month, day))
    last = calendar.monthrange(year, month)[1]
    assert _span(f"{pair} {year}", None) == (D(year, month, 1), D(year, month, last))


@FAST
@given(first=hs.integers(1950, 2070), extra=hs.integers(1, 5), word=hs.sampled_from(("عامي", "في", "عام")))
def test_a_list_of_years_is_one_span(first: int, extra: int, word: str) -> None:
    years = list(range(first, first + extra + 1))
    if word == "عام":
        text = " و".join(f"عام {y}" for y in years)
    else:
        text = f"{word} " + " و".join(str(y) for y in years)
    assert _span(text, None) == (D(first, 1, 1), D(years[-1], 12, 31))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.lists(hs.one_of(sts.temporal_cases().map(lambda c: c.expression), sts.arabic_heavy_text(40)),
                max_size=6).map(" ".join),
       hs.one_of(hs.none(), sts.anchors(2000, 2030)), sts.arabic_heavy_text(20))
def test_a_text_lexed_once_gives_the_same_mentions_against_any_anchor(text: str, anchor: dt.date | None,
                                                                       other: str) -> None:
    # Article.build reads the publication date against no anchor and the pipeline then extracts against
    # that date: both from one lex(text). The same mentions as lexing each time; another text's is ignored
    lexed = st.dates.lex(text)
    assert st.dates.extract(text, None, lexed=lexed) == st.dates.extract(text, None)
    assert st.dates.extract(text, anchor, lexed=lexed) == st.dates.extract(text, anchor)
    assert st.dates.extract(text, anchor, lexed=st.dates.lex(other + "x")) == st.dates.extract(text, anchor)
