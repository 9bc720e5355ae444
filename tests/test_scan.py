"""One scan of a text for its mentions against no anchor and against one (``dates.scan``, issue 18).

An article's publication date is read from its mentions against no anchor, then its mentions are
wanted against that date. ``scan(text).anchored(published)`` keeps the first scan's mentions up to the
first match whose rule asked about the anchor and scans on from there: it must give exactly
``extract(text, published)`` (every field of every mention), for the seeds, the benchmarks' generated
articles and texts made of the corpus's expressions, against no anchor, the article's own date, a time
of day and dates far from it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from test_corpus import CASES

from syrtimeline import Article
from syrtimeline._seeds import seed_texts
from syrtimeline.dates import Scan, extract, lex, scan

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _generated(n: int) -> Iterator[tuple[str, str, dt.date | dt.datetime | None]]:
    """The first *n* articles of the benchmarks' generator (bench_scale's corpus, seed 20211218)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        bench = importlib.import_module("bench_extract")
    finally:
        sys.path.remove(str(BENCHMARKS))
    gen = bench.Generator(bench.load_seeds(), random.Random(20211218))
    for i in range(n):
        a = gen.article(i)
        yield a.name, a.text, a.published


def _anchors(published: dt.date | dt.datetime | None) -> list[dt.date | dt.datetime | None]:
    day = published.date() if isinstance(published, dt.datetime) else published or dt.date(2019, 7, 4)
    return [None, published, day, dt.datetime.combine(day, dt.time(23, 50)), day + dt.timedelta(days=400),
            dt.date(2011, 1, 1)]


def _check(text: str, published: dt.date | dt.datetime | None) -> Scan:
    scanned = scan(text)
    assert list(scanned.mentions) == extract(text)
    for anchor in _anchors(published):
        assert scanned.anchored(anchor) == extract(text, anchor), anchor
    return scanned


ARTICLES = [*seed_texts(), *_generated(120)]


@pytest.mark.parametrize(("name", "text", "published"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_one_scan_gives_the_mentions_of_both_extractions(name: str, text: str,
                                                         published: dt.date | dt.datetime | None) -> None:
    _check(text, published)


def test_the_articles_reuse_part_of_the_scan_and_scan_on_from_the_anchor() -> None:
    """Every way is taken: texts in which no rule asks about the anchor (all kept), texts kept up to a
    match in their middle (the rest scanned again), and places beyond it taken from the first scan."""
    whole = partly = beyond = 0
    for _, text, _ in ARTICLES:
        scanned = scan(text)
        resume = scanned.resume
        whole += resume is None
        partly += resume is not None and resume.found > 0
        beyond += resume is not None and any(at > resume.pos for at in scanned.taken)
    assert whole > 0
    assert partly > 0
    assert beyond > 0


@pytest.mark.parametrize(("name", "text", "published"), ARTICLES[:8], ids=[a[0] for a in ARTICLES[:8]])
def test_an_article_built_from_a_scan_is_the_article_built_from_its_text(
        name: str, text: str, published: dt.date | dt.datetime | None) -> None:
    for given_date in (published, None):
        plain = Article.build(name, text, published=given_date, latest=dt.date(2026, 1, 1))
        scanned = scan(text)
        built = Article.build(name, text, published=given_date, latest=dt.date(2026, 1, 1), lexed=scanned)
        assert built == plain
        assert built.mentions(scanned) == plain.mentions() == built.mentions(lex(text))
    other = scan(text + " ")  # another text's scan is not used for this one
    assert plain.mentions(other) == plain.mentions()


_PIECES = [c.expression for c in CASES]
_GLUE = ["، ", " و", ". ", "\n", " في ", " حتى ", " «", "» ", " قال إن ", " "]


@settings(max_examples=150, deadline=None)
@given(hs.lists(hs.tuples(hs.sampled_from(_PIECES), hs.sampled_from(_GLUE)), min_size=1, max_size=8),
       hs.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), hs.integers(0, 23))
def test_texts_of_the_corpus_expressions_give_the_same_mentions_scanned_once(
        parts: list[tuple[str, str]], day: dt.date, hour: int) -> None:
    text = "".join(p + g for p, g in parts)
    _check(text, dt.datetime.combine(day, dt.time(hour)))


def test_a_day_its_frame_holds_is_carried_over_where_the_scan_resumes() -> None:
    """dates40 (`antecedent_within_frame`): the year told after a day in its sentence frames the day, which
    stays the antecedent; a scan resumed right after them (at the weekday, which asks about the anchor)
    starts from the day and its frame, as one scan from the start does."""
    text = "صدر ملف 16/10/2017 لعام 2017، ومن عناوينه: يتوقع انتهاء العملية يوم الاثنين"
    scanned = _check(text, dt.date(2017, 10, 17))
    assert scanned.resume is not None and scanned.resume.frame >= 0
    day = extract("وصل الوفد في 3 آذار 2019 خلال عام 2019، وغادر في اليوم التالي", dt.date(2021, 5, 20))[-1]
    assert str(day.value) == "2019-03-04"
    assert "antecedent_within_frame" in str(day.explain())
