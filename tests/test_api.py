"""The public API: shapes, errors, offsets and explanations."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

import syrtimeline as st
from syrtimeline.cli import main
from syrtimeline.dates import MentionKind, strip

D = dt.date


# --- DateSpan ---------------------------------------------------------------------------------------
def test_datespan_is_frozen_ordered_and_has_relations() -> None:
    a = st.DateSpan(D(2017, 6, 1), D(2017, 6, 30), "month")
    b = st.DateSpan.day(D(2017, 6, 20))
    c = st.DateSpan(D(2017, 7, 4), D(2017, 7, 5))
    assert b in a and D(2017, 6, 20) in a and c not in a
    assert a.contains(b) and not b.contains(a)
    assert a.overlaps(b) and not a.overlaps(c)
    assert a.before(c) and c.after(a) and not b.before(a)
    assert sorted([c, b, a]) == [a, b, c]
    assert a.days == 30 and b.is_exact_day
    assert a.timex == "2017-06" and b.timex == "2017-06-20" and c.timex == "2017-07-04/2017-07-05"
    with pytest.raises(AttributeError):
        a.start = D(2000, 1, 1)  # type: ignore[misc]


def test_datespan_rejects_an_end_before_its_start() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        st.DateSpan(D(2020, 2, 2), D(2020, 2, 1))


def test_datespan_mod_and_granularity_compare_as_strings() -> None:
    v = st.resolve("أواخر شهر تشرين الثاني الفائت", anchor=D(2021, 12, 18))
    assert (v.start, v.end) == (D(2021, 11, 21), D(2021, 11, 30))
    assert v.granularity == "part-of-month" and v.mod == "late" and v.timex == "2021-11"
    assert v.timex_mod == "END"


@pytest.mark.parametrize(
    ("expression", "anchor", "timex"),
    [
        ("الأسبوع الماضي", D(2021, 3, 17), "2021-W10"),
        ("صيف 2017", D(2021, 3, 17), "2017-SU"),
        ("منذ سبع سنوات", D(2021, 12, 18), "2014"),
        ("النصف الأول من 2014", D(2021, 3, 17), "2014-H1"),
        ("17 كانون الأول 2021", D(2021, 3, 17), "2021-12-17"),
    ],
)
def test_timex_values(expression: str, anchor: dt.date, timex: str) -> None:
    assert st.resolve(expression, anchor).timex == timex


# --- resolve ----------------------------------------------------------------------------------------
def test_resolve_accepts_datetimes_and_iso_strings_as_anchor() -> None:
    assert st.resolve("أمس", dt.datetime(2017, 6, 20, 19, 39)).start == D(2017, 6, 19)
    assert st.resolve("أمس", "2017-06-20").start == D(2017, 6, 19)


def test_resolution_error_names_the_text_and_is_a_value_error() -> None:
    with pytest.raises(st.ResolutionError) as info:
        st.resolve("قال المسؤول إن الوضع هادئ", D(2021, 1, 1))
    assert isinstance(info.value, ValueError)
    assert "قال المسؤول" in str(info.value)
    assert info.value.expression == "قال المسؤول إن الوضع هادئ"


@pytest.mark.parametrize(
    ("expression", "why"),
    [
        ("31 شباط 2021", "28 days"),
        ("لمدة 6 أشهر", "duration"),
        ("عدة مرات في اليوم", "frequency"),
        ("في وقت سابق", "vague"),
    ],
)
def test_resolve_refuses_what_is_not_a_calendar_date(expression: str, why: str) -> None:
    with pytest.raises(st.ResolutionError, match=why):
        st.resolve(expression, D(2021, 3, 17))


def test_relative_expression_without_anchor_is_an_error_for_resolve() -> None:
    with pytest.raises(st.ResolutionError, match="publication date"):
        st.resolve("أمس", None)
    assert st.resolve("17 آذار 2021", None).start == D(2021, 3, 17)


def test_bad_anchor_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not an ISO date"):
        st.extract("أمس", published="yesterday")
    with pytest.raises(TypeError, match="published must be"):
        st.extract("أمس", published=20170620)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        st.extract(b"\xd8\xa3\xd9\x85\xd8\xb3")  # type: ignore[arg-type]


# --- extract: offsets into the original text ------------------------------------------------------------
def test_offsets_point_into_the_original_text_through_tatweel_dots_and_marks() -> None:
    text = "وقال المسـ.ـؤول \u200fأمـ.ـس\u200f إن القو.ات انسحبت منذ ستّ سنوات، في ٢٠ حزيران ٢٠١٧."
    ms = st.extract(text, published=D(2021, 3, 17))
    assert [m.text for m in ms] == ["أمـ.ـس", "منذ ستّ سنوات", "٢٠ حزيران ٢٠١٧"]
    for m in ms:
        assert text[m.span[0]:m.span[1]] == m.text
    assert ms[0].value is not None and ms[0].value.start == D(2021, 3, 16)
    assert ms[1].value is not None and ms[1].value.start == D(2015, 1, 1)
    assert ms[2].value == st.DateSpan.day(D(2017, 6, 20))


def test_strip_map_round_trips_every_kept_character() -> None:
    text = "ـأمـ.ـس\u200f الجُمُعَة ١٧ كانون‌الأول"
    stripped, omap = strip(text)
    for i, ch in enumerate(stripped):
        assert text[omap.to_original(i)] == ch
    assert omap.to_original(len(stripped)) == len(text)


def test_without_publication_date_nothing_relative_is_resolved() -> None:
    ms = st.extract("وبحث أمس في هلسنكي، ومنذ 22 من تشرين الأول 2019 تسير الدوريات", published=None)
    by_text = {m.text: m for m in ms}
    assert by_text["أمس"].value is None and by_text["أمس"].needs_anchor
    assert by_text["22 من تشرين الأول 2019"].value == st.DateSpan.day(D(2019, 10, 22))


def test_kinds_cover_the_documented_set() -> None:
    text = ("عقدت 4 جولات في أيار، وتجري الاتصالات عدة مرات في اليوم لمدة 6 أشهر، "
            "وذكر في وقت سابق أن 31 شباط 2021 موعد، وذلك من 4 إلى 5 تموز.")
    kinds = {m.text: m.kind for m in st.extract(text, published=D(2021, 3, 17))}
    assert kinds == {
        "أيار": "date",
        "عدة مرات في اليوم": "set",
        "لمدة 6 أشهر": "duration",
        "في وقت سابق": "vague",
        "31 شباط 2021": "invalid",
        "من 4 إلى 5 تموز": "range",
    }


def test_kinds_are_a_str_enum_that_shows_as_its_value() -> None:
    """Mention.kind is a MentionKind: it compares, formats and serialises as its plain string. A rule
    gives every kind but invalid, which only the engine gives (to a date that cannot exist)."""
    from syrtimeline.dates.rules import RULES

    text = ("عقدت 4 جولات في أيار، وتجري الاتصالات عدة مرات في اليوم لمدة 6 أشهر، "
            "وذكر في وقت سابق أن 31 شباط 2021 موعد، وذلك من 4 إلى 5 تموز.")
    mentions = st.extract(text, published=D(2021, 3, 17))
    assert {m.kind for m in mentions} == set(MentionKind)
    for m in mentions:
        assert type(m.kind) is MentionKind
        assert json.dumps({"kind": m.kind}) == json.dumps({"kind": m.kind.value})
        assert f"{m.kind}" == str(m.kind) == m.kind.value
    assert {r.kind for r in RULES} == set(MentionKind) - {MentionKind.INVALID}


def test_every_mention_kind_has_its_own_style() -> None:
    from syrtimeline.render import _MENTION_STYLES

    assert set(_MENTION_STYLES) == set(MentionKind)
    assert len(set(_MENTION_STYLES.values())) == len(MentionKind)


def test_invalid_mention_carries_its_reason() -> None:
    (m,) = st.extract("31 شباط 2021")
    assert m.kind == "invalid" and m.value is None
    assert m.reason == "February 2021 has 28 days, not 31"


def test_weekday_mismatch_is_reported_not_silently_accepted() -> None:
    m = st.resolve_mention("الخميس 17 من آذار 2021", D(2021, 3, 20))
    assert m.value is not None and m.value.start == D(2021, 3, 17)
    assert m.warnings and "Wednesday" in m.warnings[0]
    ok = st.resolve_mention("الأربعاء 17 من آذار 2021", D(2021, 3, 20))
    assert ok.warnings == ()


def test_explain_gives_rule_anchor_and_steps() -> None:
    m = st.resolve_mention("شهر آب الماضي", D(2021, 12, 18))
    e = m.explain()
    assert e.rule == "month_relative" and e.anchor == D(2021, 12, 18)
    assert any("strictly before 2021-12" in s for s in e.steps)
    text = str(e)
    assert "month_relative" in text and "2021-12-18" in text and "2021-08-01..2021-08-31" in text


def test_importing_the_package_leaves_the_rules_for_the_first_extract() -> None:
    """The rules module (every pattern and its resolver, most of the engine's source) loads on the first
    extract(), not on import, and the calendars' libraries (dateutil, hijridate) on the first call that
    needs them: what ``import syrtimeline`` reads, a fresh process shows (import41)."""
    code = ("import sys, datetime, syrtimeline as st\n"
            "print(*[m in sys.modules for m in ('syrtimeline.dates.rules', 'syrtimeline.dates.priority',"
            " 'dateutil', 'hijridate')])\n"
            "m = st.resolve_mention('شهر آب الماضي', datetime.date(2021, 12, 18))\n"
            "print('syrtimeline.dates.rules' in sys.modules, m.explain().rule, bool(m.explain().rule_doc))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], timeout=60, check=True)
    assert out.stdout.split("\n")[:2] == ["False False False False", "True month_relative True"]


def test_mentions_are_in_order_and_do_not_overlap() -> None:
    text = "في 4 و5 تموز المقبل، و4 – 5 من شهر تموز المقبل، وفي أيار، ويوم الثلاثاء"
    ms = st.extract(text, published=D(2017, 6, 20))
    assert [m.span for m in ms] == sorted(m.span for m in ms)
    assert all(a.end <= b.start for a, b in pairwise(ms))



# linear, this takes seconds; a quadratic step would take many minutes: fail, do not hang
@pytest.mark.timeout(180)
def test_a_list_of_20000_days_without_a_month_is_scanned_in_linear_time() -> None:
    """"4 و5 و6 و…" with no month: every start inside the list used to rescan the rest of it, so
    20,000 items took minutes (quadratic); linear, this is a fraction of a second."""
    days = " و".join(str(1 + k % 28) for k in range(20_000))
    assert st.extract(days, D(2021, 3, 20)) == []
    (m,) = st.extract(days + " تموز", D(2021, 3, 20))
    # a list of days is at most a month long: the mention is the last 31 days before the month
    assert m.kind == "range" and m.rule == "range_days" and m.text.endswith("و8 تموز")
    assert m.text.count(" و") == 30
    whole = " و".join(str(k) for k in range(1, 32)) + " تموز"
    (m,) = st.extract(whole, D(2021, 3, 20))
    assert m.text == whole and m.value == st.DateSpan(D(2021, 7, 1), D(2021, 7, 31), timex=m.value.timex)


def test_no_rule_can_scan_without_bound() -> None:
    """The deterministic guard behind the test above: no rule pattern holds an unbounded repeat, so
    the work the grammar does at one start position does not grow with the text."""
    from syrtimeline.dates.grammar import compiled
    from syrtimeline.dates.lexer import SYMBOLS
    from syrtimeline.dates.regex_facts import facts

    for pattern in compiled().single:
        assert not facts(pattern.pattern, SYMBOLS["filler"]).unbounded, pattern.pattern
    assert facts("(?:ab)+", "_").unbounded and facts("(?<=x)[ab]{0,3}?y*", "_").unbounded
    assert not facts("(?:ab){1,5}+(?=c{0,2})", "_").unbounded


def test_a_bare_today_inside_a_quotation_is_the_speakers_present() -> None:
    text = 'قال: "نحن اليوم أقوى" ثم غادر اليوم.\n«اليوم» كلمة، و„اليوم“ و“اليوم”\nاليوم'
    kinds = [(m.start, m.kind) for m in st.extract(text, D(2021, 3, 20))]
    assert kinds == [(10, "vague"), (30, "date"), (38, "vague"), (53, "vague"), (62, "vague"), (69, "date")]


# linear, this takes seconds; a quadratic step would take many minutes: fail, do not hang
@pytest.mark.timeout(180)
def test_a_long_paragraph_of_bare_todays_is_read_in_linear_time() -> None:
    """Each bare اليوم asks whether it stands inside a quotation opened earlier in its paragraph. That
    used to reread the paragraph from its start: quadratic, about 11 s for these 50,000 in one
    paragraph (and growing fourfold with each doubling); the paragraph is now read once."""
    text = "قال اليوم إن " * 50_000 + '"اليوم'
    ms = st.extract(text, D(2021, 3, 20))
    assert len(ms) == 50_001
    assert all(m.kind == "date" for m in ms[:-1]) and ms[-1].kind == "vague"


# linear, this takes seconds; a quadratic step would take hours: fail, do not hang
@pytest.mark.timeout(180)
def test_a_long_text_of_bare_weekdays_told_once_is_read_in_linear_time() -> None:
    """A bare weekday with no cue of its own is the day the text tells for the same weekday elsewhere
    (``weekday_told_elsewhere``: the headline's «الاثنين المقبل»). Each bare weekday used to fold the
    whole text and read every weekday of its name again: 2,000 of them took 50 s (quadratic); the
    text's weekdays are now read once (dates39)."""
    text = "الحكومة تفتح المعبر الاثنين المقبل\n" + "وافقت الحكومة على فتح المعبر يوم الاثنين.\n" * 20_000
    ms = st.extract(text, D(2021, 3, 20))
    assert len(ms) == 20_001
    assert {m.value for m in ms} == {st.DateSpan.day(D(2021, 3, 22))}
    assert "weekday_told_elsewhere" in ms[-1].steps[-1]


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,                      # over int()'s 4,300-digit limit
        "١" * 5000,                      # Arabic-Indic digits
        "و" + "7" * 5000,                # with the conjunction
        "ب" + "2" * 5000,                # with the preposition بـ
        "12/" + "3" * 5000,              # a pair
        "في " + "2021" * 2000 + " آذار",  # before a month name
        "منذ " + "9" * 4400 + " سنوات",    # a count
    ],
)
def test_extract_never_raises_on_a_very_long_digit_run(text: str) -> None:
    """A run of thousands of digits is no date: extract() skips it rather than raising."""
    for anchor in (None, D(2021, 3, 20)):
        ms = st.extract(text, anchor)
        assert all(m.value is None and m.text == text[m.start:m.end] for m in ms)

# --- format_date ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("style", "digits", "expected"),
    [
        ("levantine", "western", "17 كانون الأول 2021"),
        ("egyptian", "western", "17 ديسمبر 2021"),
        ("maghrebi", "western", "17 ديسمبر 2021"),
        ("moroccan", "arabic-indic", "١٧ دجنبر ٢٠٢١"),
        ("hijri", "western", "13 جمادى الأولى 1443 هـ"),
        ("numeric", "western", "17.12.2021"),
    ],
)
def test_format_date_styles(style: str, digits: str, expected: str) -> None:
    assert st.format_date(D(2021, 12, 17), style, digits) == expected
    assert st.resolve(expected, D(2000, 1, 1)) == st.DateSpan.day(D(2021, 12, 17))


def test_format_date_rejects_unknown_styles_by_name() -> None:
    with pytest.raises(ValueError, match="unknown style 'syriac'"):
        st.format_date(D(2021, 1, 1), "syriac")
    with pytest.raises(ValueError, match="outside the Umm al-Qura"):
        st.format_date(D(1900, 1, 1), "hijri")


# --- command line -----------------------------------------------------------------------------------
def test_cli_runs_on_the_bundled_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0  # no arguments: the timeline of the bundled seeds and knowledge base
    out = capsys.readouterr().out
    assert "2021-12-17" in out and "Legend" in out
    assert main(["extract", "--no-text"]) == 0
    out = capsys.readouterr().out
    assert "أمس الجمعة 17 كانون الأول" in out and "2021-12-17" in out
    assert "000_6bf70da0005c9e2e.txt (published 2021-12-18)" in out


def test_cli_resolve_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "الثلاثاء الماضي", "--anchor", "2017-06-20"]) == 0
    out = capsys.readouterr().out
    assert "2017-06-13" in out and "weekday_relative" in out


def test_cli_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    assert main(["resolve", "لا تاريخ هنا", "--anchor", "2017-06-20"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "لا تاريخ هنا" in err
    assert main(["dates", "/nonexistent/file.txt"]) == 1
    assert "/nonexistent/file.txt: no such file or folder" in capsys.readouterr().err
    assert main(["resolve", "أمس", "--anchor", "not-a-date"]) == 2


# --- stretches around the anchor, parts of weeks, lists ---------------------------------------------
@pytest.mark.parametrize(("text", "detail"), [
    ("خلال الأيام القليلة الماضية", "recent days"),
    ("في الأيام المقبلة", "coming days"),
    ("خلال الأسابيع القليلة القادمة", "coming weeks"),
    ("الأشهر الأخيرة", "recent months"),
])
def test_vague_stretches_say_which_side_of_the_anchor(text: str, detail: str) -> None:
    (m,) = st.extract(text, published=D(2021, 3, 20))
    assert m.kind == "vague" and m.value is None and m.detail == detail


@pytest.mark.parametrize(("published", "start"), [
    (dt.datetime(2021, 3, 20, 18, 0), D(2021, 3, 20)),  # 12 hours before 18:00 is the same day
    (dt.datetime(2021, 3, 20, 2, 0), D(2021, 3, 19)),  # ... before 02:00 is the day before
    (D(2021, 3, 20), D(2021, 3, 19)),  # unknown hour: the hours may reach the day before
])
def test_the_last_hours_reach_back_from_the_publication_time(published: object, start: dt.date) -> None:
    span = st.resolve("خلال الساعات الـ12 الماضية", published)  # type: ignore[arg-type]
    assert (span.start, span.end) == (start, D(2021, 3, 20))


def test_part_of_week_keeps_the_modifier_and_the_week() -> None:
    (m,) = st.extract("وقعت الاشتباكات نهاية الأسبوع الماضي في درعا", published=D(2021, 3, 20))
    assert m.text == "نهاية الأسبوع الماضي" and m.rule == "part_of_week"
    assert m.value == st.DateSpan(D(2021, 3, 12), D(2021, 3, 14), "part-of-week", "late", "2021-W10")
    assert m.value.timex_mod == "END"
    assert "2021-W10" in str(m.explain())


def test_lists_are_one_mention_and_explain_says_so() -> None:
    ms = st.extract("جرت الانتخابات في عامي 2015 و2016 وخلال شهري أيار وحزيران 2020", published=None)
    assert [(m.text, m.kind) for m in ms] == [("عامي 2015 و2016", "range"),
                                               ("شهري أيار وحزيران 2020", "range")]
    assert "a list of years" in str(ms[0].explain())
    assert ms[1].value is not None and (ms[1].value.start, ms[1].value.end) == (D(2020, 5, 1), D(2020, 6, 30))


def test_a_quoted_today_beside_the_speakers_act_is_the_day_and_explain_names_the_rule() -> None:
    """today41: a quoted bare «اليوم» beside a verb of what the speaker did or does that day is the
    article's day (``quoted_today_verb``); a verb of a state leaves it «nowadays»."""
    (m,) = st.extract("وأعلن الرئيس: «توصلنا اليوم إلى اتفاق»", published=D(2019, 10, 22))
    assert m.value == st.DateSpan.day(D(2019, 10, 22))
    assert "quoted_today_verb: توصلنا" in str(m.explain())
    (m,) = st.extract("وقال الرئيس: «نعيش اليوم بسلام»", published=D(2019, 10, 22))
    assert m.kind == "vague" and not any("quoted_today_verb" in step for step in m.explain().steps)


def test_weekday_pair_and_twin_month_are_single_mentions() -> None:
    ms = st.extract("اجتمع الطرفان يومي السبت والأحد، وسيعودان في 2 أيلول سبتمبر 2021",
                    published=D(2021, 3, 20))
    assert [m.text for m in ms] == ["يومي السبت والأحد", "2 أيلول سبتمبر 2021"]
    pair = ms[0].value
    assert pair is not None and (pair.start, pair.end) == (D(2021, 3, 13), D(2021, 3, 14))
    assert ms[1].value == st.DateSpan.day(D(2021, 9, 2))


def test_part_of_day_before_the_day_before_yesterday() -> None:
    (m,) = st.extract("صباح أمس الأول", published=D(2021, 3, 20))
    assert m.value == st.DateSpan.day(D(2021, 3, 18))
    assert m.detail == "part of day: morning" and m.said("relative_days") == -2


# --- offsets from another event ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "start", "end"), [
    ("بعد أسبوعين من القمة", D(2018, 7, 30), D(2018, 7, 30)),
    ("قبل ثلاثة أيام من القمة", D(2018, 7, 13), D(2018, 7, 13)),
    ("بعد يوم من القمة", D(2018, 7, 17), D(2018, 7, 17)),
    ("بعد شهرين من القمة", D(2018, 9, 1), D(2018, 9, 30)),
    ("بعد عامين من القمة", D(2020, 1, 1), D(2020, 12, 31)),
    ("بعد ساعتين من القمة", D(2018, 7, 16), D(2018, 7, 16)),  # hours: the event's own day
])
def test_an_offset_from_an_event_resolves_against_that_events_date(text: str, start: D, end: D) -> None:
    (m,) = st.extract(text, D(2018, 12, 1))
    assert (m.rule, m.value) == ("offset_from_event", None)  # alone, it counts from nothing
    summit = st.DateSpan.day(D(2018, 7, 16))
    r = m.from_event(summit, "the summit")
    assert r is not None and r.value is not None and (r.value.start, r.value.end) == (start, end)
    assert r.span == m.span and "the summit (2018-07-16)" in r.steps[-1]


def test_only_an_offset_from_an_event_resolves_against_one() -> None:
    summit = st.DateSpan.day(D(2018, 7, 16))
    (vague,) = st.extract("بعد ساعات من القمة", D(2018, 12, 1))  # no number
    (day,) = st.extract("أمس", D(2018, 12, 1))
    assert vague.from_event(summit, "x") is None and day.from_event(summit, "x") is None
    assert vague.offset is None and day.offset is None


@pytest.mark.parametrize(("text", "amount", "unit", "clock", "after"), [
    ("بعد أسبوعين من القمة", 2, "W", False, True),
    ("قبل ثلاثة أيام من القمة", 3, "D", False, False),
    ("بعد ساعتين من القمة", 2, "H", True, True),
])
def test_an_offset_from_an_event_says_how_far_and_which_way(text: str, amount: int, unit: str, clock: bool,
                                                           after: bool) -> None:
    (m,) = st.extract(text, D(2018, 12, 1))
    assert m.offset is not None and m.offset[:4] == (amount, unit, clock, after)
