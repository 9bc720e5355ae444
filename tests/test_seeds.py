"""The five bundled seed articles, end to end.

The table below is what an Arabic-reading analyst finds in each article, written from the articles and
docs/conventions.md, not from the engine's output. Where the engine disagrees and the
conventions back the table, the case is marked xfail(strict=True) with the reason (none at present).

Span policy (one rule, applied everywhere):
- A preposition in front of a date that stands on its own is context, not part of the mention:
  "في شهر آب الماضي" → "شهر آب الماضي", "في أيار" → "أيار", "ومنذ 22 من تشرين الأول 2019" → the date,
  "منذ عام 2014" → "عام 2014", "منذ 2015" → "2015". Words such as شهر / عام before the name are kept.
- The word is part of the mention when it makes the meaning: منذ / قبل / بعد + a count of units (the
  offset operator: "منذ سبع سنوات", "قبل يوم"), لمدة + a duration, في + a unit in a frequency ("في اليوم"
  = per day), and the fixed vague phrases ("في وقت سابق", "في السابق", "في الوقت القريب", "في أقرب وقت").
- Quantity modifiers outside the expression stay out ("أكثر من ستّ ساعات" → "ستّ ساعات").
- A frequency counts events, not times, only when its count word is a time word: "عدة مرات في اليوم" is
  one mention; in "عدّة اتصالات في اليوم" the contacts are events, so the frequency is "في اليوم".

Left out on purpose: counts (4 جولات, 4 مناطق, 33 جندياً), ordinals (الدورة الخامسة, المرة الأولى),
"M4", "ستارت 3", "2254", events named with المقبل / القادم (لقاء استانا المقبل, اجتماع استانا القادم),
"الرئيس الأمريكي السابق" (a former president), discourse phrases (في نفس الوقت = "at the same time" as a
concession; في الوقت الذي = "while"), "غير مرة" (a count: more than once), "بشكل دوري" and "المنتظمة"
(regular / periodic without a period: no calendar unit), "أخر الأخبار" (site chrome).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

import pytest

import syrtimeline
from syrtimeline._seeds import seed_dir, seed_texts
from syrtimeline.dates.engine import KINDS

Published = dt.date | dt.datetime | None


class Exp(NamedTuple):
    """One expected mention. ``start``/``end`` are ISO dates (``end`` defaults to ``start``); both None
    means the mention carries no calendar value (durations, frequencies, vague references)."""

    text: str
    kind: str
    start: str | None = None
    end: str | None = None
    year: bool = False  # the words carry their own year: the value survives without a publication date
    timex: str | None = None  # checked when given (ISO durations)
    bug: str | None = None  # the engine disagrees: xfail(strict=True) with this reason

    @property
    def span_value(self) -> tuple[dt.date, dt.date] | None:
        if self.start is None:
            return None
        return dt.date.fromisoformat(self.start), dt.date.fromisoformat(self.end or self.start)


EXPECTED: dict[str, list[Exp]] = {
    # published 2021-12-18 (Saturday)
    "000_6bf70da0005c9e2e.txt": [
        Exp("أمس الجمعة 17 كانون الأول", "date", "2021-12-17"),  # Friday: the weekday confirms it
        Exp("أواخر شهر تشرين الثاني الفائت", "date", "2021-11-21", "2021-11-30"),
        Exp("منذ سبع سنوات", "date", "2014-01-01", "2014-12-31"),
        Exp("شهر آب الماضي", "date", "2021-08-01", "2021-08-31"),
    ],
    # published 2021-03-17 (Wednesday)
    "001_c6769aa8b692ce2c.txt": [
        Exp("في اليوم", "set"),  # "عدّة اتصالات في اليوم": several contacts a day
        Exp("اليوم، الأربعاء 17 من آذار", "date", "2021-03-17"),  # "نشرت اليوم، الأربعاء 17 من آذار"
        Exp("اليوم", "vague"),  # "أنه اليوم في سوريا لدينا اتصالات وثيقة"
        Exp("عدة مرات في اليوم", "set"),
        Exp("21 من كانون الثاني الماضي", "date", "2021-01-21"),
        Exp("حينها", "vague"),
        Exp("18 من كانون الثاني الماضي", "date", "2021-01-18"),
        Exp("22 من تشرين الأول 2019", "date", "2019-10-22", year=True),  # "ومنذ 22 ..."
        Exp("شهريًا", "set"),  # "دولار واحد شهريًا" (donation appeal)
    ],
    # no publication date
    "002_e063d5590c4c2dcd.txt": [
        Exp("في وقت سابق", "vague"),
        Exp("عدة مرات في اليوم", "set"),
        Exp("اليوم", "vague"),  # "توجد لدينا اليوم في سوريا": Shoigu's present
        Exp("الآن", "vague"),  # "من الواضح الآن": now, present reference
        # "قبل يوم من التصعيد" / "بعد يوم من هذا التصعيد": offsets from an event the text names, never
        # from the publication date
        Exp("قبل يوم", "vague"),
        Exp("بعد يوم", "vague"),
    ],
    # published 2018-06-09 (known from outside the text)
    "003_381361e2d55509a7.txt": [
        Exp("أمس", "date", "2018-06-08"),  # NATO ministers in Brussels
        Exp("بداية الشهر الماضي", "date", "2018-05-01", "2018-05-10"),
        Exp("أمس", "date", "2018-06-08"),  # Helsinki chiefs of staff
        Exp("ستّ ساعات", "duration", timex="PT6H"),  # "أكثر من ستّ ساعات"
        Exp("في أقرب وقت ممكن", "vague"),
        Exp("عام 2014", "date", "2014-01-01", "2014-12-31", year=True),  # "منذ عام 2014"
        Exp("2015", "date", "2015-01-01", "2015-12-31", year=True),  # "منذ 2015"
        Exp("في السابق", "vague"),
    ],
    # published 2017-06-20T19:39+03:00 (Tuesday)
    "004_404a58289b33eae6.txt": [
        Exp("في الوقت القريب", "vague"),  # lead
        Exp("يوم الثلاثاء", "date", "2017-06-20"),  # bare weekday: on or before the anchor = the anchor
        Exp("في الوقت القريب", "vague"),  # body repeats the lead
        Exp("في أقرب وقت", "vague"),
        Exp("4 و5 تموز المقبل", "range", "2017-07-04", "2017-07-05"),
        Exp("4 – 5 من شهر تموز المقبل", "range", "2017-07-04", "2017-07-05"),
        Exp("أيار", "date", "2017-05-01", "2017-05-31"),  # "آخرها كان في أيار": nearest May
        Exp("لمدة 6 أشهر", "duration", timex="P6M"),
        Exp("20.06.2017 19:39", "date", "2017-06-20", year=True),  # footer, day-first
    ],
}

MANIFEST_DATES: dict[str, Published] = {
    "000_6bf70da0005c9e2e.txt": dt.date(2021, 12, 18),
    "001_c6769aa8b692ce2c.txt": dt.date(2021, 3, 17),
    "002_e063d5590c4c2dcd.txt": None,
    "003_381361e2d55509a7.txt": dt.date(2018, 6, 9),
    "004_404a58289b33eae6.txt": dt.datetime(2017, 6, 20, 19, 39, tzinfo=dt.timezone(dt.timedelta(hours=3))),
}

# The whole-list comparison (text and span, in order) fails where a single mention's text differs.
WHOLE_LIST_BUGS: dict[str, str] = {}


# --- helpers ----------------------------------------------------------------------------------------
@cache
def _seed(name: str) -> tuple[str, Published]:
    for n, text, published in seed_texts():
        if n == name:
            return text, published
    raise AssertionError(f"seed {name} is not bundled")


@cache
def _extract(name: str, with_anchor: bool) -> tuple[syrtimeline.Mention, ...]:
    text, published = _seed(name)
    return tuple(syrtimeline.extract(text, published if with_anchor else None))


@cache
def _expected_spans(name: str) -> tuple[tuple[int, int], ...]:
    """Where each expected mention is: found in order, each after the one before it."""
    text, _ = _seed(name)
    spans, pos = [], 0
    for exp in EXPECTED[name]:
        at = text.find(exp.text, pos)
        assert at >= 0, f"{name}: expected mention {exp.text!r} does not occur after offset {pos}"
        spans.append((at, at + len(exp.text)))
        pos = at + len(exp.text)
    return tuple(spans)


def _describe(mentions: tuple[syrtimeline.Mention, ...]) -> str:
    return "\n".join(f"  {m.span} {m.text!r} {m.kind} {m.value!r}" for m in mentions)


def _mention_cases() -> list[object]:
    cases = []
    for name, exps in EXPECTED.items():
        for i, exp in enumerate(exps):
            marks = [pytest.mark.xfail(strict=True, reason=exp.bug)] if exp.bug else []
            cases.append(pytest.param(name, i, id=f"{name[:3]}-{i + 1:02d}", marks=marks))
    return cases


def _seed_cases(bugs: dict[str, str] | None = None) -> list[object]:
    bugs = bugs or {}
    return [
        pytest.param(
            name, id=name[:3],
            marks=[pytest.mark.xfail(strict=True, reason=bugs[name])] if name in bugs else [],
        )
        for name in EXPECTED
    ]


# --- (c) the bundled data is there ------------------------------------------------------------------
def test_seeds_are_bundled_and_loaded_by_the_package_helper(
    seeds: dict[str, tuple[str, Published]],
) -> None:
    assert (seed_dir() / "MANIFEST.toml").is_file()
    assert list(seeds) == list(EXPECTED) == sorted(EXPECTED)
    for name, (text, published) in seeds.items():
        assert len(text) > 1000, f"{name} looks truncated"
        assert published == MANIFEST_DATES[name], name
        assert type(published) is type(MANIFEST_DATES[name]), name
    assert MANIFEST_DATES["004_404a58289b33eae6.txt"].utcoffset() == dt.timedelta(hours=3)  # type: ignore[union-attr]


def test_expected_table_is_consistent() -> None:
    for name, exps in EXPECTED.items():
        _expected_spans(name)  # every expected text occurs, in order
        for exp in exps:
            assert exp.kind in KINDS, exp
            if exp.kind in ("date", "range"):
                assert exp.start is not None, exp
            else:
                assert exp.start is None and not exp.year, exp
            if exp.year:
                assert exp.start is not None, exp


# --- (a) with the publication date: each mention on its own ------------------------------------------
@pytest.mark.parametrize(("name", "index"), _mention_cases())
def test_seed_mention(name: str, index: int) -> None:
    exp = EXPECTED[name][index]
    span = _expected_spans(name)[index]
    mentions = _extract(name, True)
    found = [m for m in mentions if m.span == span]
    if not found:
        near = tuple(m for m in mentions if m.start < span[1] and span[0] < m.end)
        pytest.fail(
            f"{name}: no mention {exp.text!r} at {span}; overlapping:\n{_describe(near) or '  (none)'}"
        )
    m = found[0]
    assert m.text == exp.text
    assert m.kind == exp.kind, f"{exp.text!r}: kind {m.kind}, expected {exp.kind} ({m.rule})"
    got = None if m.value is None else (m.value.start, m.value.end)
    assert got == exp.span_value, f"{exp.text!r}: value {m.value!r} (reason {m.reason}), expected {exp}"
    if exp.timex is not None:
        assert m.timex == exp.timex


# --- (a) with the publication date: the whole list, exact count and order ----------------------------
@pytest.mark.parametrize("name", _seed_cases(WHOLE_LIST_BUGS))
def test_seed_whole_list(name: str) -> None:
    text, _ = _seed(name)
    mentions = _extract(name, True)
    for m in mentions:
        assert m.text == text[m.start:m.end], m
    got = [(m.text, m.span) for m in mentions]
    want = [(e.text, s) for e, s in zip(EXPECTED[name], _expected_spans(name), strict=True)]
    assert got == want, f"{name}: found\n{_describe(mentions)}"


# --- (b) without a publication date nothing relative resolves ---------------------------------------
@pytest.mark.parametrize("name", _seed_cases())
def test_seed_without_publication_date(name: str) -> None:
    text, _ = _seed(name)
    bare = _extract(name, False)
    for m in bare:
        assert m.text == text[m.start:m.end], m
        assert m.anchor is None
    # finding a mention never depends on the anchor, only resolving it does
    anchored = _extract(name, True)
    assert [(m.text, m.span, m.kind) for m in bare] == [(m.text, m.span, m.kind) for m in anchored]
    by_span = {m.span: m for m in bare}
    with_year = {}
    for exp, span in zip(EXPECTED[name], _expected_spans(name), strict=True):
        m = by_span.get(span)
        if exp.year:
            assert m is not None, f"{exp.text!r} not found without a publication date"
            assert m.value is not None and (m.value.start, m.value.end) == exp.span_value, m
            with_year[span] = exp
        elif exp.kind in ("date", "range") and m is not None:
            assert m.value is None and m.needs_anchor, f"{exp.text!r} resolved without an anchor: {m!r}"
    invented = [m for m in bare if m.value is not None and m.span not in with_year]
    assert not invented, f"resolved without a publication date:\n{_describe(tuple(invented))}"


def test_event_relative_offsets_never_use_the_anchor() -> None:
    """002 is of about 2021-03-18..20; even with that anchor, 'قبل يوم من التصعيد' is not anchor − 1."""
    text, _ = _seed("002_e063d5590c4c2dcd.txt")
    mentions = syrtimeline.extract(text, dt.date(2021, 3, 19))
    offsets = [m for m in mentions if m.text in ("قبل يوم", "بعد يوم")]
    assert len(offsets) == 2
    assert all(m.value is None and m.kind != "date" for m in offsets), offsets
