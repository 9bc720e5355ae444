"""When was an article published? Read it from the article's own words, and keep the evidence.

Three kinds of evidence, strongest first:

1. a timestamp in a header or footer line, or after "نشر في" / "تاريخ النشر": ``20.06.2017 19:39``,
   ``2017-06-20``, ``نشر في 20 حزيران 2017`` — the article is of that day (``published_from="text"``);
2. a dateline that names today or yesterday with a weekday and a date: ``نشرت اليوم، الأربعاء 17 من
   آذار`` (the article is of that day), ``ونشرته أمس الجمعة 17 كانون الأول`` (the day after). Without a
   year, the weekday fixes it: within the plausible window only one year may fit
   (``published_from="inferred"``); where several fit, all are reported and nothing is guessed;
3. nothing: ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

import attrs

from ..dates import Lexed, Mention, Scan, extract
from ..dates.normalize import fold_text
from .chrome import Region, find_chrome

__all__ = ["Evidence", "Published", "detect_published"]

DEFAULT_EARLIEST: Final = dt.date(2011, 1, 1)
_PUBLISHED_WORDS: Final = tuple(
    fold_text(w) for w in ("نشر في", "نشرت في", "تاريخ النشر", "آخر تحديث", "تم النشر", "نشر بتاريخ")
)
_CLOCK: Final = re.compile(r"time: (\d{1,2}):(\d{2})")
_EDGE_LINES: Final = 3


@attrs.frozen
class Evidence:
    """The words a publication date was read from."""

    method: str  # "manifest", "timestamp", "dateline-today", "dateline-yesterday", ...
    text: str
    span: tuple[int, int] | None = None
    note: str = ""


@attrs.frozen
class Published:
    """A detected publication date (``value``), or — when several fit — only the ``candidates``."""

    value: dt.date | dt.datetime | None
    source: Literal["text", "inferred"]
    evidence: Evidence
    candidates: tuple[dt.date, ...] = ()

    @property
    def date(self) -> dt.date | None:
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


def _content_lines(text: str, chrome: tuple[Region, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each line of *text* that holds words and is not site chrome."""
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        start = pos
        pos += len(raw)
        if raw.strip() and not any(r.start <= start + len(raw) - len(raw.lstrip()) < r.end for r in chrome):
            lines.append((start, start + len(raw)))
    return lines


def _edge_role(text: str, m: Mention, lines: list[tuple[int, int]]) -> str | None:
    """"header" or "footer" when the mention stands (nearly) alone on one of the first or last few
    content lines (*lines*: :func:`_content_lines`); chrome lines do not count. A header may add one
    word (a city: دمشق –), a footer two (an outlet's name); a headline that merely contains a date is
    neither."""
    for role, group, max_words in (("header", lines[:_EDGE_LINES], 1), ("footer", lines[-_EDGE_LINES:], 2)):
        for s, e in group:
            if s <= m.start and m.end <= e:
                rest = (text[s:m.start] + " " + text[m.end:e]).strip(" \t\r\n-–—،,:|/()")
                words = [w for w in rest.split() if any(ch.isalpha() for ch in w)]
                if len(words) <= max_words and len(rest) <= 25:
                    return role
    return None


def _after_published_word(text: str, m: Mention) -> bool:
    before = fold_text(text[max(0, m.start - 25):m.start])
    return any(w in before for w in _PUBLISHED_WORDS)


def _with_clock(m: Mention, day: dt.date) -> dt.date | dt.datetime:
    clock = _CLOCK.match(m.detail or "")
    if clock is None:
        return day
    return dt.datetime(day.year, day.month, day.day, int(clock.group(1)), int(clock.group(2)))


def detect_published(text: str, *, earliest: dt.date = DEFAULT_EARLIEST,
                     latest: dt.date | None = None,
                     chrome: tuple[Region, ...] | None = None,
                     lexed: Lexed | Scan | None = None) -> Published | None:
    """The publication date an article's own words give, with the evidence; None if they give none.

    ``earliest`` / ``latest`` bound the years a weekday may fix (default 2011 to today). *chrome* is
    ``find_chrome(text)`` and *lexed* ``dates.lex(text)`` (or ``dates.scan(text)``, whose mentions
    against no anchor are the ones read here) when the caller has them already (``Article.build``
    may).
    """
    if latest is None:
        latest = dt.date.today()
    if isinstance(lexed, Scan):
        mentions = list(lexed.mentions) if lexed.lexed.text == text else extract(text, None)
    else:
        mentions = extract(text, None, lexed=lexed)
    if chrome is None:
        chrome = find_chrome(text)
    lines: list[tuple[int, int]] | None = None  # the content lines, found once (for the first timestamp)
    for m in mentions:  # 1. timestamps
        if m.value is None or not m.value.is_exact_day or m.kind != "date" or m.said("year") is None:
            continue
        if m.said("relative_days") is not None:
            continue
        if lines is None:
            lines = _content_lines(text, chrome)
        role = _edge_role(text, m, lines)
        if role or _after_published_word(text, m):
            note = f"a full date in the {role} line" if role else "a full date after a word for 'published'"
            return Published(_with_clock(m, m.value.start), "text",
                             Evidence("timestamp", m.text, m.span, note))
    for m in mentions:  # 2. datelines naming today / yesterday
        rel, wd, day, month = m.said("relative_days"), m.said("weekday"), m.said("day"), m.said("month")
        if rel is None or wd is None or day is None or month is None:
            continue
        method = {0: "dateline-today", -1: "dateline-yesterday", 1: "dateline-tomorrow"}.get(rel)
        if method is None:
            continue
        year = m.said("year")
        years = [year] if year is not None else range(earliest.year, latest.year + 1)
        fits = []
        for y in years:
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            pub = d - dt.timedelta(days=rel)
            # the window bounds only a year the weekday has to fix, not one the text states
            if d.weekday() == wd and (year is not None or earliest <= pub <= latest):
                fits.append(pub)
        if not fits:
            continue
        how = "the article is of that day" if rel == 0 else (
            "the article is of the day after" if rel < 0 else "the article is of the day before")
        if year is not None:
            return Published(fits[0], "text", Evidence(method, m.text, m.span, how))
        if len(fits) == 1:
            note = (f"{how}; the weekday fits only {fits[0].year} between {earliest.year} and "
                    f"{latest.year}")
            return Published(fits[0], "inferred", Evidence(method, m.text, m.span, note))
        note = f"{how}; the weekday fits {len(fits)} years: " + ", ".join(str(f.year) for f in fits)
        return Published(None, "inferred", Evidence(method, m.text, m.span, note), tuple(fits))
    return None
