"""The date engine measured on real news: the hand-annotated excerpts of ``tests/dates_real/``.

The data is checked (every file loads and validates; the set is as broad as promised), the validator is
shown to reject broken files, and the engine is scored on the **dev** part: its figures are printed in
the terminal summary (``measured_report``) and each has a floor or a ceiling. The held-out part is never
scored here (``python benchmarks/score_dates.py --part held-out``, once, at the end of a round). See
``tests/date_scoring.py`` for the format and the rules.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from date_scoring import Excerpt, GoldError, Report, format_report, load_all, load_excerpt, score

MIN_EXCERPTS = 1701  # 40 blind files 1662–1701 written in the twenty-seventh round (1622–1661 before)
MIN_HELD_OUT = 546  # a quarter, scored only at the end of a round
MIN_OUTLETS = 1491
MIN_NOT_DATES = 3164  # numbers that name no date: road and round names, decrees, counts, scores, ages, times
# (dates32: 327's «منذ نحو عامين» is a date by the conventions now, no longer a not_date)

# --- floors of the dev figures -------------------------------------------------------------------------
# Today's figures. When a change raises one, raise the floor in the same commit; never lower a floor to
# let a change pass, never tune the engine on the held-out part, never edit the gold to suit the engine.
FLOOR_READ = 0.9826  # 3292 of 3350 (98.3 %), 43 wrong, 15 missed; dates37 (3287 by the gold's mends)
# (dates37: ten gold files mended by the conventions, 3277 → 3287 of 3350; the code, 826 ×2, 921, 926, 180.)
# Before: 0.9799, 3277 of 3344 (98.0 %), 52 wrong, 15 missed; dates35
# (dates33: 768 «في مثل هذا اليوم قبل 12 عاماً», 1008 and 1064 a feast's weekday in the table's week, 1012
# «الليلة التالية».)
# Before: 0.976, 3267 of 3344 (97.7 %), 61 wrong, 16 missed; dates32
# (dates32: the engine 3262 → 3267 on the same gold; five approximate offsets from the anchor given their
# value per docs/conventions.md, 327 350 434 971 1078: 3257 of 3339 → 3262 of 3344 with the old engine.)
# (before dates32: 0.975, 3257 of 3339 (97.5 %), 64 wrong, 18 missed; dates31)
# (before dates31: 0.972, dates30 met dates29 and the join: 3247 of 3339 (97.2 %), 74 wrong, 18 missed.)
# (dates30 alone: 0.967, 3225 of 3332 (96.8 %): the joined part's false dates and misses by class; 10 gold
# dates added where the conventions plainly make them: headline relatives, a repeat, هذا المساء …)
# (before dates30: 0.967, dates29 met the join: 3222 of 3329 (96.8 %; 931-1155 unchanged, 634 of 702).)
# (0.963, 3200 of 3322 (96.3 %), set anew at the join of 931-1155 (twenty-fourth round): 931-1155,
# written blind in the nineteenth round, scored once at the round's start (634 of 702, 90.3 %, 50 wrong, 18
# missed, 32 false), joined the dev part: 1155 excerpts; 1156-1541 are the held-out part.
# Before the join: 0.979, dates28: 2566 of 2620 (97.9 %): لشهر ×2, هذا الصباح, 05-08/12/2025, أشهر مايو
# (dates29 alone: 0.985, dates29 measured 2588 of 2627 (98.5 %): the engine 2577 → 2588 on the same
# gold (story ahead across a paragraph ×3, scheduled ×2, «أول أمس الأحد», «يوم الجمعة (أمس)», «نهار
# الأربعاء», «17 حزيران يوليو», «انتخابات 2014», «من يوم 18 … حتى فجر اليوم الخميس 27 …»); the gold fixed
# per docs/conventions.md in 13 files (docs/dates.md, dates29).)
# Before dates29: 0.979, dates28 measured 2566 of 2620 (97.9 %): لشهر ×2, هذا الصباح, 05-08/12/2025, أشهر مايو
# ويونيو ويوليو, ابتداءً من اليوم.
# Before dates28: 0.977, 2560 of 2620 (97.7 %), set anew at the join of 762-930 (nineteenth round): 762-930,
# written blind, scored once after dates26 and dates27 met the round (429 of 463, 92.7 %, 22 wrong, 12 missed,
# 16 false; the round's start read 423), joined the dev part: 930 excerpts; 931-1241 are the held-out part.
# (before the join: 0.987, dates26: 2131 of 2157 (98.8 %; «اليوم الأربعاء» written the day before its posting
# ×2, «8 تشرين الثاني/أكتوبر» an ordinal swapped, «الفين واربعة عشر» a year in words, «الأزمة السورية 2011»).
# Before: 0.985, dates25: 2126 of 2157 (98.6 %; the story's year «22 شباط» ×5, «في التاسع منه», «Aug 09
# 2018», «النصف الثاني من نوفمبر», «من تاريخ 22 أيار الجاري وحتى 26 أيار», «يوم النحر» …). Before: 0.976,
# 2107 of 2157 (97.7 %), set anew at the eighteenth round's join (2026-12-06): the
# seventeenth round's held-out part (570-761), written blind, scored once after dates24 met the round
# (525 of 557 read, 94.3 %, 21 wrong, 11 missed, 16 false; the round's start read it alike: 525, 20 wrong,
# 12 missed) and joined the dev part; 762-1041, written blind, are the new held-out part.
# Before the join: 0.988, dates24: 1582 of 1600 (98.9 %; «هذه الليلة», a day of the anchor's month with
# «المقبل», a Hijri year after «لهذا العام», a Hijri date equated with a Gregorian one, the nth day of a
# feast, spans from a day to a month / up to today, years of an era joined by a dash, a year after a noun
# of an event). Before: 0.978, dates23: 1565 of 1600 (97.8 %; weekdays read ahead by «أول أيام» + a feast
# or a month, «المقررة», a list of weekdays, eight words for a tense cue). Before: 0.973, 1558 of 1600, set
# anew at the seventeenth round's join (2026-12-06): the sixteenth round's held-out part (423-569),
# written blind, scored once after dates21 and dates22 met the round's
# other branches (381 of 404 read, 94.3 %, 19 wrong, 4 missed, 15 false) and joined the dev part;
# 570-761, written blind, are the new held-out part. Before the join: 0.984, 1177 of 1196 after dates22
# too (measured: its rules generalise dates21's forms, which the dev part's gold does not hold);
# 1177 of 1196 after dates21 (the weekday and the date that names it as one mention, a
# night of two weekdays with its date, «31 الشهر» / «18 الجاري», a Hijri month between slashes, a quoted
# «اليوم» after a gathering, arrival and victory verbs as past cues, «يوم 6 أو يوم 7»: 321, 340, 342, 348,
# 351, 363, 367, 371, 381 ×2, 402, 404, 306);
# 1164 of 1196 after dates20 (379's «اعتباراً من الأربعاء», a start still to come);
# 1163 of 1196, set anew at the sixteenth round's join (2026-12-06): the fifteenth
# round's held-out part (315-422), written blind, scored once after dates19 met the round's other branches
# (271 of 288 read, 94.1 %, 16 wrong, 1 missed, 9 false) and joined the dev part; 423-569, written blind, are
# the new held-out part. Before the join: 0.982, 892 of 908 after dates18 and dates19 (260's first
# Friday of Ramadan, 301's «10 نوفمبر» by story_ahead, 302 and 313's «رمضان المبارك» with its Hijri year,
# 271's «لشهر ذي القعدة» and its two relative days with a weekday and a date, one mention each); 885 of 908,
# set anew at the fifteenth round's join (2026-12-06): the fourteenth round's
# held-out 235-314, written blind, joined at 213 of 233 (16 wrong: 260, 271 ×2, 301 ×4, 302, 306, 312 ×4,
# 313, 314 ×2 — nine of them a span the engine joins where the gold parts it, or the reverse; 4 missed:
# 271 ×2, 291, 301) with 1 false date (298); 315-422, written blind, are the new held-out part (a quarter).
# Before: 0.995, 672 of 675 after dates16 (182: «19.آذار.2016», day_slash_month_year with dots; 212: a
# quoted «اليوم بدمشق», _at_place_today; 198:
# «على أن تبلغ ذروتها يومي الاثنين والثلاثاء», _clause_to_come; 205:
# «الستة أشهر الأولى من هذا العام», counted_units_of_year with the count first).
# Before: 0.989, 668 of 675, set anew at the fourteenth round's join (2026-12-06): the thirteenth
# round's held-out 176-234, written blind, joined at 181 of 188 (6 wrong: 180, 198, 205, 211, 212, 213;
# 1 missed: 182) with 7 false dates (182, 189, 196 ×2, 197, 199, 202); 235-314, written blind, are the new
# held-out part (a quarter). Before: 1.0, 487 of 487 after dates14's rules (weekday_relative_date,
# weekday_day_of_discourse_month;
# and described_period, weekday_count_in_a_row, holiday_yearly_day for the 3 false dates).
# 0.993, 484 of 487, set anew at the thirteenth round's join (2026-12-06): the twelfth round's
# held-out 141-175 joined at 102 of 105, 3 false (153, 172 wrong; 153, 155, 172 false); 176-234, written
# blind, are the new held-out part (a quarter). Before: 1.0, 382 of 382 dev dates read after dates12's rules
# (month_ordinal, since_until, _pause_ahead); dates13's rules kept it.
# 0.989, 378 of 382, set anew at the twelfth round's join (2026-12-05): the
# eleventh round's held-out 113-140 joined at 61 of 65, 0 false (113, 115, 136, 140 wrong); 141-175, written
# blind, are the new held-out part. Before: 1.0, 317 of 317 dev dates read (eleventh round: the tenth
# round's held-out 22 joined at 49 of
# 51 with 2 false dates, 020 and 102, and the floor was set anew at the join to 315 / 317 with 2 false; the
# new dev 111–112 read 3 of 3 at their first scoring; 317 of 317, 0 false after the round's rules).
# Before: 1.0, 263 of 263 (tenth round: the eighth round's held-out ten joined at 31 of 31
# with one false date, 077, none after the sighting rule; the new dev 091–096 read 16 of 20 at their first
# scoring, 20 after their rules. Before: 212 of 212 (seventh round: 036–054 joined at 128 of 132, 132 after
# its rules; its 12 new dev excerpts 055–072 read 37 of 37 at their first scoring. Eighth round: its held-out
# quarter 057–070 joined at 17 of 18, 18 after «ولا سيما» is no cue; 073 1 of 1 and the 7 new dev excerpts
# 074–086 24 of 24 at their first scoring)
CEILING_FALSE = 6  # dates37: nine false dates were gold slips by the conventions (the last 24 hours ×5,
# 805's and 833's feasts ×3, 851's «هذه الليلة»), now annotated. Before: 15; dates33: 933's «يومي السبت
# والأحد» after a stretch of hours (timetable_pair).
# Before: 16; dates32: 24 → 19 by the five approximate offsets the conventions make dates, → 16 by
# «اليوم الانتخابي» (day_of_a_kind), «شعائر الجمعة» and «صلاة الجمعة والصلوات» (friday_plural).
# Before dates32: 24; dates30 met dates29 and the join (dates30 alone: 30 on 001-930, 10 on 931-1155).
# (before dates30: 46, dates29 met the join: 14 on 001-930 (gold fixes and rules), 32 on 931-1155.)
# (62, set anew at the join of 931-1155: the 30 of 001-930 and the joined part's 32.)
# Before the join: 30, dates28 measured 30 on dev 001-930 («العام 2967 ليرة», «الغد برس» no longer read).
# (dates29 alone: 14, dates29 measured 14 on dev 001-930 (30 → 20 by the gold’s plain omissions, then 893 ×4,
# «الأردن اليوم:», «لواء السابع عشر من فبراير» no longer read).)
# Before dates29: 30, dates28 measured 30 on dev 001-930 («العام 2967 ليرة», «الغد برس» no longer read).
# Before dates28: 32 on dev 001-930, set anew at the join of 762-930 (16 of them on 762-930).
# (before the join: 16  # dates27 measured 16 (past_habit 714, the_past 630); dates26 measured 18.
# dates25: «بعد (نحو) عقد من …» ×3 counted from an event, «لامس» the verb, the
# Fridays of a series ×2 («الجمعة 22 من عمر الحراك»), «الأيام الستة الأخيرة من المعارك», «بعد 3 دقائق»
# vague. Before: 26,
# set anew at the eighteenth round's join: the 10 of dev 001-569 and the 16 of the joined
# 570-761 («بالأمس», «لامس», a bare «الجمعة» ×3, «اليوم» ×2, «بعد عقد» ×3, «4مايو», «هذا العام», «الأيام
# الستة الأخيرة», «بعد 3 دقائق», a timestamp, «أول أيام عيد الفطر»). Before the join: 10, dates24: 10
# (a feast or a month's first day equated with a named day is vague, «نفس هذا اليوم» an anniversary).
# Before: 16, dates23: 16 («1800م» is metres, «2011م» of «رقم (175/2011م)» a reference number,
# «بعد يوم سقط فيه» a day a relative clause describes).
# Before: 19 at the seventeenth round's join (the 15 of the joined
# 423-569: «بعد يوم» and «بعد عام» read from an antecedent or the anchor, «هذا اليوم», «قبل نحو ثلاثة أشهر»,
# a bare «الجمعة», years of an era («1800م», «2011م»), a span of days, «27 فبراير», «الأربع والعشرين ساعة
# الماضية», «عيد الفطر» ×3 and «فاتح شهر شوال» as occasions, «أول شهر رمضان»; and the four of before);
# 4 after dates22 (measured, the same four);
# 4 after dates20 (199's «الـ24 ساعة الأخيرة», 327's «منذ نحو
# عامين» and 350's «منذ نحو أسبوع», which docs/conventions.md reads as dates (approximate), and 355's headline
# «اليوم», left: the annotations and the conventions differ there; «للجمعة الـ47», «ليوم واحد», «بعد أربع
# سنوات عاشها», «موقع الليرة اليوم» and 394's «عيد الأضحى» twice dropped);
# 10 at the sixteenth round's join (the 9 of the joined
# 315-422: «منذ نحو عامين», «منذ نحو أسبوع», «بعد أربع سنوات», three «اليوم / ليوم» of names, «للجمعة», «عيد
# الأضحى» twice; and 199's); 1 after dates18 (298's «اليوم» of «مأرب برس - أخبار
# اليوم», a field of a header line, dropped); 2 at the fifteenth round's join (199 and the joined 298's
# «اليوم»); 1 after dates16 (199's «الـ24 ساعة الأخيرة», which
# tests/corpus/offsets.tsv reads as the last 24 hours, left); 7 at the fourteenth round's join (182, 189,
# 196 ×2, 197, 199, 202); 0 after dates14; 3 at the thirteenth round's join: 153,
# 155, 172; 2 at the eleventh round's join, 020 and 102; 0 after)


@pytest.fixture(scope="module")
def excerpts() -> list[Excerpt]:
    return load_all()


def test_the_set_is_as_broad_as_promised(excerpts: list[Excerpt]) -> None:
    assert len(excerpts) >= MIN_EXCERPTS
    parts = Counter(x.part for x in excerpts)
    assert parts["held-out"] >= MIN_HELD_OUT
    assert parts["held-out"] * 4 >= len(excerpts)  # at least a quarter held out
    assert len({x.outlet for x in excerpts}) >= MIN_OUTLETS
    assert sum(len(x.not_dates) for x in excerpts) >= MIN_NOT_DATES
    assert len({x.published.year for x in excerpts}) >= 10


def test_every_excerpt_has_dates_in_its_text(excerpts: list[Excerpt]) -> None:
    for x in excerpts:
        assert x.dates, f"{x.id}: no date annotated"
        for g in x.dates:
            assert x.text[g.start:g.end] == g.surface


@pytest.mark.parametrize(("field", "value", "message"), [
    ("published", '"2020-13-01"', "published"),
    ("part", '"test"', "part"),
    ("value", '"yesterday"', "date[0].value"),
    ("surface", '"لا يوجد في النص"', "is not in the text"),
])
def test_the_validator_names_the_field(tmp_path: Path, field: str, value: str, message: str) -> None:
    good = {"published": '"2020-07-29"', "part": '"dev"', "value": '"2020-07-29"', "surface": '"اليوم"'}
    good[field] = value
    path = tmp_path / "001.toml"
    path.write_text(
        'id = "001"\nurl = "https://example.org"\noutlet = "x"\n'
        f'published = {good["published"]}\npart = {good["part"]}\ntext = """قصف اليوم"""\n\n'
        f'[[date]]\nsurface = {good["surface"]}\nvalue = {good["value"]}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=re.escape(message)):
        load_excerpt(path)


@pytest.fixture(scope="module")
def dev_report(excerpts: list[Excerpt]) -> Report:
    (report,) = score(excerpts, "dev")
    return report


def test_the_engine_on_the_dev_part(dev_report: Report, measured_report: list[str]) -> None:
    measured_report.extend(format_report([dev_report]))
    assert dev_report.gold >= 317
    assert dev_report.read / dev_report.gold >= FLOOR_READ, format_report([dev_report], verbose=True)
    assert len(dev_report.false) <= CEILING_FALSE, dev_report.false
