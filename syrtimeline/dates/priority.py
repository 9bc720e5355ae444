"""The order in which the rules are tried: the priority table, kept apart from where rules are defined.

The grammar reads the symbol string from left to right. At each position it tries the rules that can
begin there in the order of :data:`PRIORITY`, and the first that matches (and whose resolver does not
decline with NotADate) reads the expression; reading goes on after it. So where two rules match at the
same place, the one listed first wins, and **a rule must come before every rule that matches a part of
what it matches from the same place** (أمس الجمعة 17 كانون الأول before أمس الجمعة, 13 تموز إلى 15 تموز
before 13 تموز), or the shorter reading wins there and the longer rule never fires. A rule of another
kind that reads the same words differently (a frequency, a vague word, an offset from an event) comes
before the date rules those words would otherwise feed.

Rules are defined in ``rules.py`` under headings by family; this table alone says which is tried first.
Every rule is named here exactly once (``ordered`` checks it when ``rules.py`` is imported), and the
corpus test checks that every rule reads at least one row of ``tests/corpus``, so a rule that an earlier
one shadows entirely shows. The list in docs/dates.md ("Every rule, in order") is rendered from this
order and the rules' docstrings (``python -m syrtimeline.dates.ruledoc``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Final, TypeVar

__all__ = ["PRIORITY", "ordered"]

PRIORITY: Final[tuple[str, ...]] = (
    # Readings that are never calendar dates: frequencies, vague words, offsets from an event and
    # offsets without a number (قبل يوم من التصعيد, منذ سنوات).
    "frequency_times_per",
    "annual_date",  # 21 آب من كل عام: before the day and month it begins with, and before كل عام
    "weekday_every_week",  # يومي الجمعة والسبت من كل أسبوع: before the weekdays it begins with
    "frequency_every",
    "frequency_adverb",
    "per_day",
    "anniversary_of_year",  # في مثل هذا اليوم من عام 2013: before the vague words it begins with
    "anniversary_years_ago",  # في مثل هذا اليوم قبل 12 عاماً: the same (dates33)
    "earlier_today",  # في وقت سابق من اليوم: the day, before the vague words it begins with
    "from_today",  # اعتباراً من اليوم: the anchor's day (dates28)
    "vague_reference",
    # An offset from the date told before (قبل ذلك بيومين, بعد يومين من ذلك), before the offset from
    # an event that بعد يومين من begins.
    "distance",  # على بعد ساعة من بغداد: a distance, before every offset بعد + a count begins (dates16)
    "offset_from_that",
    "offset_from_event",
    "described_period",  # بعد أسبوع حافل: a stretch described, before the offsets بعد + a unit begins
    "time_spent",  # بعد 24 عاماً في الحكم: a length of time spent, before the offsets بعد + a count begins
    "stretch_lived",  # بعد أربع سنوات عاشها أهلها: a stretch lived, before the offsets (dates20)
    # A count and a half (منذ عام ونصف, عام ونصف العام): before the whole units alone and before the
    # half of a period that «نصف العام» would otherwise be.
    "offset_and_a_half",
    "duration_and_a_half",
    "vague_some_units_ago",
    # The first / last days or months OF a period (الأيام الأخيرة من الشهر الماضي), before the stretch
    # of recent units they begin with (الأيام الأخيرة).
    "counted_units_of_year",  # الأشهر الستة الأولى من العام: a count of them, before the first months
    "counted_days_of_month",  # الأيام الثلاثة الأخيرة من الشهر
    "counted_days_of_hijri_month",  # العشر الأواخر من رمضان
    "months_of_year",
    "days_of_month",
    "vague_recent_units",
    # The morrow (غداة) or the eve (عشية) of a date, and the morrow of a weekday: before the dates and
    # the weekdays they begin with.
    "morrow_or_eve_of_date",
    "morrow_of_weekday",
    # A day told relative to the anchor, then (و)حتى اليوم: one span, before the weekday or the day of a
    # relative month it begins with (dates55).
    "relative_day_until_today",
    "between_today_and",  # بين اليوم ومنتصف الأسبوع المقبل: before «اليوم» it begins with (dates55)
    # A relative day confirmed by a weekday and a date, then by a weekday.
    "relday_weekday_pair",  # غداً الأربعاء وبعد غدٍ الخميس، الموافق 16 و17 آذار: before its parts (dates37)
    "relday_weekday_date",
    "relday_weekday_date_hijri",
    "relday_weekday",
    "weekday_relday",  # يوم الجمعة (أمس): the weekday glossed by its relative day, before the weekday alone
    # A weekday that points at the day told before (يوم الخميس ذاك), before the weekday alone.
    "discourse_weekday",
    # A weekday with a date (before the weekday alone, below), and a bare weekday up to one (الجمعة
    # وحتى فجر السبت 26 ماي 2012) before both.
    "weekday_to_date",
    # صباح يوم الثلاثاء 4 من حزيران ولغاية الخميس 6 من حزيران: before the first weekday and its date alone
    "weekday_dates_range",
    "weekday_relative_date",  # الجمعة الماضية 22 فيفري 2019: before «الجمعة الماضية» alone
    "weekday_day_of_discourse_month",  # السبت 15 من الشهر ذاته: before the weekday alone
    "night_weekdays_date",  # ليل الأربعاء الخميس 10 أكتوبر 2019: before the night alone (dates21)
    "weekday_pair_dates",  # يومي الأحد والاثنين الموافقين لـ7 و8 كانون الأول 2025: before the pair alone
    # (الأحد) 22 ذو القعدة 1441 هـ الموافق 12 يوليو 2020: before the Hijri date alone (dates24)
    "hijri_date_equated",
    "weekday_date_hijri",
    "weekday_date",
    "weekday_numeric_date",
    # A day and a month told again as a relative month (27 نوفمبر، من الشهر الماضي), before the day and
    # the month alone.
    "day_month_restated",
    # A byline in English order (يونيو 14, 2020), its weekday first.
    "month_day_year",
    # The nth weekday, day or week of a month (before اليوم and the weekdays they begin with), and
    # "Saturday the 16th".
    "nth_weekday_of_month",
    # يوم الجمعة 31 الشهر: after the nth weekday of this month, before the weekday alone (dates21)
    "weekday_day_of_relative_month",
    "nth_day_of_month",
    "nth_day_of_hijri_month",
    # The first or last day of a year, of a month's days, of a Hijri month (before اليوم and the
    # parts of a year «الأخير من عام 2020» would otherwise be read as).
    "edge_day_of_year",
    "edge_day_of_month",
    "edge_day_of_hijri_month",
    "week_of_month",
    "weekday_count_in_a_row",  # للجمعة الـ 19 على التوالي: a count, before "Friday the 19th"
    "weekday_ordinal_of_it",  # يوم الجمعة العاشر منه: before "Friday the 10th" nearest the anchor
    "day_of_it",  # في التاسع منه: the antecedent's month
    "weekday_ordinal_day",
    # Two relative days (اليوم وغداً), then the nth day of something that goes on (لليوم العاشر على
    # التوالي), before اليوم alone.
    "midnight_tonight",  # منتصف هذه الليلة, منتصف ليل اليوم: before the today it may end with
    "tonight",  # هذه الليلة (dates24)
    "relday_pair",
    # ثاني أيام عيد الفطر, اليوم الثاني من عيد الفطر: before the count of days and the feast alone (dates24)
    "nth_day_of_feast",
    "ordinal_day_count",
    # Relative days: the day before yesterday / after tomorrow before أمس, غداً and اليوم alone.
    "day_before_yesterday",
    "day_after_tomorrow",
    "relative_day",
    # A day, month or year the text told before (before اليوم, which such a phrase begins with).
    "discourse_quarter_of_year",  # نفس الفصل سنة 2022: the told quarter in that year, before «سنة 2022»
    "discourse_day",
    "today",
    # The week, month or year after the one told before (الشهر التالي), before relative_unit.
    "discourse_next_unit",
    # Weekdays: in the plural (a frequency), two or more, of a named week, relative, of this week, then
    # alone.
    "weekday_range_timetable",  # من الساعة 21 … من الإثنين إلى الجمعة: a timetable, before the weekdays
    "weekday_plural_set",
    "weekday_plural_past",  # أيام الجمعة الفائتة: before «الجمعة الفائتة» inside it
    "weekday_pair",
    "weekday_of_week",
    "weekday_after_next",  # يوم الاثنين بعد القادم: before «الاثنين» alone (dates31)
    "weekday_relative",
    "weekday_this_week",
    "weekday",
    # Ranges and lists, before the single days, months and years they begin with.
    "since_until_today",  # منذ 23 أيلول وحتى اليوم 18 تشرين الثاني (dates24)
    "range_days_two_months",
    "range_days_relative_month",
    "range_days_hijri",
    "range_days_numeric_date",  # 20 ـ 21 /10 /2019: before the numeric dates it ends with (dates24)
    "range_days",
    "range_days_month_first",
    "range_months",
    "range_years_era",  # 941–1014م: before the years alone (dates24)
    "range_years",
    "list_years",
    "list_months",
    # A year or a month of a year up to a year, a month or a part of one (منذ عام 2011 وحتى نهاية عام
    # 2024): after the ranges that read «من … إلى» whole, before the years, months and parts it joins.
    "since_until",
    # Numeric dates: two as a span (من 1/3/2019 إلى 15/4/2020) before each alone.
    "range_numeric_dates",
    "numeric_date",
    "agency_dateline",  # بغداد - 19 - 2 (كونا)
    "spaced_ymd_line",  # 2016 02 27 on its own line
    "spaced_year_first_date",  # 2023 - 02 - 21: year first, spaced alike
    "spaced_numeric_date",  # 30-3- 2025: a numeric date that spaces broke apart
    "day_slash_month_year",  # 05/يناير/2022
    "numeric_day_month_context",
    "numeric_month_year",
    # A day and a month: Hijri, an impossible day, with a year, غرة, of a relative month, alone.
    "hijri_day_month",
    "half_of_month",  # النصف الثاني من نوفمبر: before «الثاني من نوفمبر», the 2nd
    "impossible_day",
    "english_day_month_year",  # 15th, August 2023: before the month and year it ends with (dates32)
    "day_month_year",
    "ghurra_month",
    "day_of_relative_month",
    "month_of_the_year_told",  # أيلول من العام نفسه: before the day, part and month it begins with
    "day_of_discourse_month",
    "day_month",
    # Parts of months, weeks and years; halves and quarters; seasons.
    "part_of_month",
    "part_of_hijri_month",
    "part_of_relative_month",
    "part_of_week",
    "part_of_month_number",
    "part_of_year",
    "half_or_quarter",
    "season",
    "season_context",
    # Months: with a year, Hijri, relative, named after شهر or a preposition, alone, by number.
    "year_month",
    "month_epithet_year",  # يونيو الحارة عام 2014: before the month alone (dates38)
    "month_year",
    "hijri_month",
    "hijri_month_named",
    "hijri_month_completed",
    "month_relative",
    "month_named",
    "month_alone",
    "month_number",
    "month_ordinal",  # الشهر الحادي عشر من العام 2015: with its year only
    # This / last / next week, month, year.
    "relative_unit",
    # Years.
    "year_with_word",
    "hijri_year_named",  # للعام الهجري 1446 (dates24)
    "year_with_era",
    "year_context",
    "year_three_digits",  # في العام 722 (dates52)
    "year_of_named_event",  # ثورة 2011 (dates24)
    # Holidays: with their own yearly day (a frequency), then alone.
    "holiday_yearly_day",
    "holiday_epithet_year",  # عيد الأضحى المبارك 2023: before the feast alone (dates54)
    "holiday",
    # Decades (the duration لمدة عقد included).
    "offset_decades",
    "relative_decade",
    "decade_of_century",
    "duration_decades",
    # Stretches and offsets counted from the publication date, then durations (recent_units before the
    # count and the unit it begins with: 48 ساعة الماضية).
    "recent_units",
    "offset_within",  # بعد أقل من 12 ساعة: a bound, before the offsets it would otherwise feed
    "offset_from_antecedent",
    "offset_from_anchor",
    "duration",
)

_T = TypeVar("_T")


def ordered(defined: Mapping[str, _T], priority: Sequence[str] = PRIORITY) -> list[_T]:
    """The values of *defined* (by rule name) in the order of *priority*. Raises ValueError when the
    table names a rule twice, names one that is not defined, or leaves one out."""
    counts = Counter(priority)
    twice = sorted(n for n, k in counts.items() if k > 1)
    unknown = sorted(set(counts) - set(defined))
    missing = sorted(set(defined) - set(counts))
    problems = [f"{what}: {', '.join(names)}" for what, names in
                (("named twice", twice), ("not defined", unknown), ("not in the priority table", missing))
                if names]
    if problems:
        raise ValueError("the rule priority table is wrong: " + "; ".join(problems))
    return [defined[n] for n in priority]
