"""Properties of discourse anchors and tense cues (issue 17, items 2 and 3; docs/conventions.md).

Every expectation is computed here with datetime and dateutil from the conventions, never by asking the
engine: a phrase that counts from the antecedent («اليوم التالي», «الشهر نفسه», «العام ذاته», «العاشر من
الشهر ذاته», narrative «بعد N أيام», «قبل ذلك بـN أيام», «الشهر التالي») lands where the antecedent says
whatever the publication date, and with no antecedent it has no value («الشهر التالي» is then the next
month after the anchor, and «قبل ذلك بيومين» no date); a tense cue puts a yearless date on its side of the
anchor.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline import strategies as sts

MEDIUM = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DAYS = hs.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2070, 12, 31))
STYLES = ("levantine", "egyptian", "maghrebi", "moroccan")


def _last_value(text: str, anchor: dt.date | None) -> st.DateSpan | None:
    mentions = st.extract(text, anchor)
    assert mentions, text
    return mentions[-1].value


@MEDIUM
@given(d=DAYS, style=hs.sampled_from(STYLES), anchor=hs.one_of(hs.none(), sts.anchors()),
       phrase=hs.sampled_from([("في اليوم التالي", 1), ("في اليوم نفسه", 0), ("في اليوم ذاته", 0),
                               ("في اليوم السابق", -1), ("صباح اليوم التالي", 1)]))
def test_a_day_told_before_is_counted_from(d: dt.date, style: str, anchor: dt.date | None,
                                           phrase: tuple[str, int]) -> None:
    words, shift = phrase
    text = f"قصفت الطائرات البلدة في {st.format_date(d, style)}، و{words} انسحبت القوات"
    value = _last_value(text, anchor)
    want = d + dt.timedelta(days=shift)
    assert value is not None and (value.start, value.end) == (want, want), (text, value)
    ante = st.extract(text, anchor)[-1]
    assert "antecedent:" in str(ante.explain())


@MEDIUM
@given(d=DAYS, style=hs.sampled_from(STYLES), anchor=sts.anchors(),
       unit=hs.sampled_from([("الشهر نفسه", "month"), ("الشهر ذاته", "month"), ("العام نفسه", "year"),
                             ("السنة ذاتها", "year")]))
def test_the_same_month_or_year_is_the_antecedents(d: dt.date, style: str, anchor: dt.date,
                                                   unit: tuple[str, str]) -> None:
    words, kind = unit
    text = f"وقع الاتفاق في {st.format_date(d, style)}، وفي {words} انهار"
    value = _last_value(text, anchor)
    if kind == "month":
        want = (d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1]))
    else:
        want = (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))
    assert value is not None and (value.start, value.end) == want, (text, value)


@MEDIUM
@given(d=DAYS, day=hs.integers(1, 31), anchor=sts.anchors())
def test_a_day_of_the_same_month(d: dt.date, day: int, anchor: dt.date) -> None:
    text = f"قصفت الطائرات في {st.format_date(d, 'levantine')}، ثم في {day} من الشهر ذاته"
    mention = st.extract(text, anchor)[-1]
    if day > calendar.monthrange(d.year, d.month)[1]:
        assert mention.kind == "invalid" and mention.value is None  # reported, not resolved
    else:
        assert mention.value is not None and mention.value.start == d.replace(day=day)


@MEDIUM
@given(d=DAYS, n=hs.integers(2, 10), anchor=sts.anchors())
def test_narrative_days_after_count_from_the_antecedent(d: dt.date, n: int, anchor: dt.date) -> None:
    text = f"دخلت القوات المدينة في {st.format_date(d, 'egyptian')}، وبعد {n} أيام أعلنت السيطرة عليها"
    value = _last_value(text, anchor)
    want = d + dt.timedelta(days=n)
    assert value is not None and (value.start, value.end) == (want, want)
    # in another paragraph the antecedent is gone: told with a past verb, the stretch is inside a story
    # whose start is not given, so no day is guessed (after_in_the_past, dates27); told of what is to come,
    # it counts from the publication date again
    other = text.replace("، وبعد", "\nوبعد")
    assert _last_value(other, anchor) is None
    value = _last_value(other.replace("أعلنت", "ستعلن"), anchor)
    want = anchor + dt.timedelta(days=n)
    assert value is not None and (value.start, value.end) == (want, want)


@MEDIUM
@given(d=DAYS, n=hs.integers(2, 10), anchor=sts.anchors(),
       pointer=hs.sampled_from([("قبل ذلك ب{n} أيام", -1), ("بعد ذلك ب{n} أيام", 1), ("قبلها ب{n} أيام", -1),
                                ("بعدها ب{n} أيام", 1), ("بعد {n} أيام من ذلك", 1)]))
def test_before_or_after_that_counts_from_the_antecedent(d: dt.date, n: int, anchor: dt.date,
                                                          pointer: tuple[str, int]) -> None:
    words, sign = pointer
    text = f"دخلت القوات المدينة في {st.format_date(d, 'levantine')}، و{words.format(n=n)} أعلنت السيطرة"
    mention = st.extract(text, anchor)[-1]
    want = d + dt.timedelta(days=sign * n)
    assert mention.value is not None and (mention.value.start, mention.value.end) == (want, want), text
    assert "antecedent:" in str(mention.explain())
    # bare «قبل N أيام» is N days before publication, whatever the story told before
    value = _last_value(f"دخلت القوات المدينة في {st.format_date(d, 'levantine')}، وقبل {n} أيام أعلنت",
                        anchor)
    want = anchor - dt.timedelta(days=n)
    assert value is not None and (value.start, value.end) == (want, want)


@MEDIUM
@given(d=DAYS, anchor=sts.anchors(),
       unit=hs.sampled_from([("الأسبوع التالي", "week"), ("الشهر التالي", "month"), ("العام التالي", "year"),
                             ("السنة التالية", "year")]))
def test_the_next_week_month_or_year_after_the_antecedents(d: dt.date, anchor: dt.date,
                                                           unit: tuple[str, str]) -> None:
    words, kind = unit

    def after(base: dt.date) -> tuple[dt.date, dt.date]:
        if kind == "week":
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=1)
            return monday, monday + dt.timedelta(days=6)
        if kind == "month":
            first = base.replace(day=1) + relativedelta(months=1)
            return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return dt.date(base.year + 1, 1, 1), dt.date(base.year + 1, 12, 31)

    value = _last_value(f"وقع الاتفاق في {st.format_date(d, 'egyptian')}، وفي {words} انهار", anchor)
    assert value is not None and (value.start, value.end) == after(d)
    # with nothing told before, the next one after the publication date
    value = _last_value(f"قالت المصادر إن الجولة تعقد في {words}", anchor)
    assert value is not None and (value.start, value.end) == after(anchor)


@MEDIUM
@given(anchor=hs.one_of(hs.none(), sts.anchors()),
       words=hs.sampled_from(["في اليوم التالي", "في الشهر نفسه", "في العام ذاته", "في العاشر من الشهر ذاته",
                              "ذلك اليوم", "الليلة نفسها"]))
def test_with_no_antecedent_nothing_is_guessed(anchor: dt.date | None, words: str) -> None:
    mentions = st.extract(f"قالت المصادر إنه {words} انسحبت القوات", anchor)
    assert mentions and all(m.value is None for m in mentions)
    assert any(m.reason and "told earlier" in m.reason for m in mentions)


PAST = ["منذ", "التوقيع الذي جرى في", "القرار الذي صدر في", "عقدت الجولة في", "اندلاع المعارك في"]
FUTURE = ["من المقرر أن تعقد الجولة في", "ستعقد الجولة في", "سيبدأ الانسحاب في", "تعتزم الحكومة في"]


@MEDIUM
@given(anchor=sts.anchors(), month=hs.integers(1, 12), day=hs.integers(1, 28),
       cue=hs.sampled_from([(w, -1) for w in PAST] + [(w, 1) for w in FUTURE]))
def test_a_tense_cue_puts_a_yearless_date_on_its_side(anchor: dt.date, month: int, day: int,
                                                      cue: tuple[str, int]) -> None:
    words, side = cue
    name = sts.month_spellings()[month][0]
    value = _last_value(f"{words} {day} {name}", anchor)
    assert value is not None
    d = value.start
    assert (d.month, d.day) == (month, day)
    assert (d <= anchor) if side < 0 else (d >= anchor)
    assert abs(relativedelta(d, anchor).years) < 1  # the first such day on that side
    # a month alone: the month on its side, the anchor's own month included
    value = _last_value(f"{words} {name}", anchor)
    assert value is not None
    months = (value.start.year - anchor.year) * 12 + value.start.month - anchor.month
    assert (-11 <= months <= 0) if side < 0 else (0 <= months <= 11)


def test_an_offset_from_an_event_stays_one_when_more_lines_follow() -> None:
    # the words between an offset and the line break are read before the break: «بعد أسبوع على
    # تفجير …» counts from the bombing, not from the day told before it, whatever follows the line
    one = "قصفت الطائرات البلدة فجر أمس، بعد أسبوع على تفجير إسطنبول."
    for text in (one, one + "\nوطالت الضربات ريف حلب الشمالي."):
        (offset,) = [m for m in st.extract(text, "2022-11-21") if "أسبوع" in m.text]
        assert (offset.rule, offset.value) == ("offset_from_event", None), text


def test_minutes_after_a_told_moment_name_no_day() -> None:
    # dates25: «بعد 3 دقائق» after «مساء الإثنين» is the gap between two quakes of that evening, vague;
    # hours still count from the antecedent's day
    for n, unit in ((3, "دقائق"), (40, "دقيقة")):
        text = f"ضرب الزلزال الأول مساء الإثنين، ووقع الثاني بعد {n} {unit} في المدينة نفسها."
        (offset,) = [m for m in st.extract(text, "2023-02-21") if "بعد" in m.text]
        assert (offset.kind, offset.value) == ("vague", None), text
    text = "ضرب الزلزال الأول مساء الإثنين، ووقع الثاني بعد ساعتين."
    (offset,) = [m for m in st.extract(text, "2023-02-21") if "بعد" in m.text]
    assert offset.value is not None and offset.value.start == dt.date(2023, 2, 20)


def test_a_schedule_goes_on_in_the_next_paragraph() -> None:
    # dates29 (dates_real 301): a yearless day with no cue after a date that lies ahead of the anchor
    # goes on telling the schedule, in the paragraph after it too; one before the anchor says nothing
    ahead = "قال إن التشريعية ستجري يوم 6 أكتوبر المقبل، والرئاسية في 10 نوفمبر."
    text = ahead + "\nوبحسب الهيئة، يفتتح التونسيون في الخارج التصويت يوم 4 من أكتوبر."
    (day,) = [m for m in st.extract(text, "2019-03-06") if m.text == "4 من أكتوبر"]
    assert str(day.value) == "2019-10-04"
    behind = "أجريت الانتخابات في 10 نوفمبر 2018.\nوبحسب الهيئة، فتح التصويت يوم 4 من أكتوبر."
    (day,) = [m for m in st.extract(behind, "2019-03-06") if m.text == "4 من أكتوبر"]
    assert str(day.value) == "2018-10-04"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("لجنة الأهلة: الأربعاء فاتح شهر محرم للعام 1445", dt.date(2023, 7, 18), "2023-07-19"),
    ("غداً المتمم لشعبان.. والخميس غرة شهر رمضان", dt.date(2015, 6, 16), "2015-06-18"),
    ("قتل ثلاثة مدنيين يوم الخميس غرة شهر رمضان", dt.date(2015, 6, 19), "2015-06-18"),
])
def test_weekday_before_first_of_month(text: str, published: dt.date, expected: str) -> None:
    """dates31: «فاتح / غرة» + a month after a bare weekday is announced ahead as «أول أيام» is (dates_real
    851, 974); a past cue before the weekday keeps the most recent."""
    wd = [m for m in st.extract(text, published=published) if m.rule == "weekday"]
    assert [str(m.value) for m in wd] == [expected]
    if expected > str(published):
        assert "first day of" in str(wd[0].explain())


WEEKDAY_WORDS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@MEDIUM
@given(anchor=sts.anchors(), wd=hs.integers(0, 6),
       told=hs.sampled_from([("{w} المقبل", 1), ("{w} القادم", 1), ("غدا {w}", 0), ("{w} الماضي", -1)]))
def test_a_bare_weekday_is_the_one_the_text_tells(anchor: dt.date, wd: int, told: tuple[str, int]) -> None:
    """dates35 (weekday_told_elsewhere): a headline that tells a weekday (المقبل, الماضي, غدا) makes the
    body's bare weekday of the same name, with no cue of its own, that day; the expectation is computed
    from the conventions' rows for the telling words, never by asking the engine."""
    words, side = told
    if side == 0 and (anchor + dt.timedelta(days=1)).weekday() != wd:
        return  # «غدا الخميس» tells a Thursday only when tomorrow is one
    headline = "افتتاح المعبر " + words.format(w=WEEKDAY_WORDS[wd])
    text = headline + "\nووافق رئيس الحكومة على افتتاح المعبر يوم " + WEEKDAY_WORDS[wd]
    step = (wd - anchor.weekday()) % 7 or 7
    want = anchor + dt.timedelta(days=step if side > 0 else 1 if side == 0 else step - 7)
    value = _last_value(text, anchor)
    assert value is not None and (value.start, value.end) == (want, want), (text, anchor, value)


@pytest.mark.parametrize(("text", "published", "hijri", "named"), [
    # dates50 (dated_apposition): a yearless Hijri day right before a weekday with its date, a comma
    # between them or nothing, names no day of its own (dates_real 1168, 1225): the named day is read
    ("فإن ثبتت الرؤية كان أول أيام العيد 1 شوال يوم الثلاثاء 9 أبريل 2024", dt.date(2024, 3, 24),
     None, "2024-04-09"),
    ("فإن ثبتت كان أول أيام العيد 1 شوال، يوم الثلاثاء 9 أبريل 2024", dt.date(2024, 3, 14),
     None, "2024-04-09"),
    ("حل 1 شوال، الثلاثاء 9/4/2024", dt.date(2024, 3, 14), None, "2024-04-09"),
    # a weekday without its date is no such apposition: the Umm al-Qura day stands
    ("كان أول أيام العيد 1 شوال يوم الثلاثاء", dt.date(2024, 3, 24), "2024-04-10", "2024-03-19"),
])
def test_a_hijri_day_before_a_dated_weekday_names_no_day(text: str, published: dt.date, hijri: str | None,
                                                         named: str) -> None:
    """dates50: the sighting row of docs/conventions.md (Hijri dates) with the named day as an apposition."""
    first, second = st.extract(text, published=published)
    assert (str(first.value) if first.value is not None else None, str(second.value)) == (hijri, named)


@pytest.mark.parametrize(("text", "read", "detail"), [
    # dates54: «الصباح», the name of Kuwait's ruling family after a name of its men, before a weekday or a
    # relative day (dates_real 191, 265, 338, 384): the day is read from the weekday on, no morning
    ("أعلن أمير الكويت الشيخ صباح الأحمد الصباح الاربعاء، في افتتاح مؤتمر المانحين", "الاربعاء", None),
    ("رفع استقالة حكومته إلى الشيخ نواف الأحمد الجابر الصباح اليوم الأربعاء", "اليوم الأربعاء", None),
    ("وجه أمير الكويت الشيخ صباح الأحمد الجابر الصباح، الاثنين، نداء", "الاثنين", None),
    # the morning of a day stays one
    ("وصل الوفد صباح الأربعاء إلى الكويت", "صباح الأربعاء", "part of day: morning"),
])
def test_the_ruling_familys_name_is_no_morning(text: str, read: str, detail: str | None) -> None:
    (m,) = [m for m in st.extract(text, published=dt.date(2014, 1, 15)) if m.value is not None]
    assert (m.text, m.detail) == (read, detail)


def test_a_headlines_weekday_told_again_with_its_date() -> None:
    """dates54 (told_with_date, dates_real 1224): a headline's bare «الاثنين» and the body's «يوم الاثنين
    المقبل» and «يوم الإثنين 29 من شوال 1443 هـ الموافق 2022/5/30م» (29 Shawwal 1443 is 30 May 2022 by
    Umm al-Qura) are one Monday, the one ahead; a Monday with another day's number stays apart."""
    text = ("دار الإفتاء تستطلع هلال ذي القعدة.. الاثنين\nتستطلع الدار الهلال مساء يوم الاثنين المقبل."
            "\nويولد الهلال يوم الإثنين {n} من شوال 1443 هـ.")
    monday = st.extract(text.format(n=29), published=dt.date(2022, 5, 28))[0]
    assert (monday.text, str(monday.value)) == ("الاثنين", "2022-05-30")
    other = st.extract(text.format(n=22), published=dt.date(2022, 5, 28))[0]
    assert (other.text, str(other.value)) == ("الاثنين", "2022-05-23")


@pytest.mark.parametrize(("text", "expected"), [
    # dates55: a day told relative to the anchor, then «(و)حتى اليوم»: one span to the anchor's day
    ("شهدت الفترة منذ انطلاقها الأربعاء الماضي وحتى اليوم خمسة تطورات",
     [("الأربعاء الماضي وحتى اليوم", "2019-10-09..2019-10-12")]),
    # a postponement «من … إلى اليوم» names two days, read apart
    ("أرجأت المحكمة الجلسة من الأربعاء الماضي إلى اليوم",
     [("الأربعاء الماضي", "2019-10-09"), ("اليوم", "2019-10-12")]),
    # «بين» the anchor's day «و» a part of next week: one span (dates_real 1185); today and the past, no span
    ("اتفقوا على وقف القتال في الفترة بين اليوم ومنتصف الأسبوع المقبل",
     [("بين اليوم ومنتصف الأسبوع المقبل", "2019-10-12..2019-10-17")]),
    ("الفرق بين اليوم والأمس كبير", [("اليوم", "2019-10-12"), ("الأمس", "2019-10-11")]),
])
def test_a_relative_day_until_today_is_one_span(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, str(m.value)) for m in st.extract(text, published=dt.date(2019, 10, 12))]
    assert got == expected
