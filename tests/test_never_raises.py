"""The date engine never raises on text (issue 17, item 1): ``extract``, ``resolve`` (which may raise
``ResolutionError`` and nothing else), ``detect_published`` and the article loaders, over unrestricted
Unicode and over Arabic-heavy text (every Arabic block and presentation form, Persian and Urdu letters,
Quranic marks, the digits of every script, joiners, bidi controls, tatweel, mixed with the engine's own
words so that the rules meet them, not only the lexer). Every code point alone is read in
tests/test_every_code_point.py; a longer random-document fuzz is benchmarks/fuzz_dates.py.

Crashes these properties found (and that are fixed) keep their inputs pinned with ``@example``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline import strategies as sts
from syrtimeline.articles.reader import iter_records

MANY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

ANCHORS = hs.one_of(hs.none(), sts.anchors(), hs.dates(), hs.datetimes())
TEXTS = hs.one_of(hs.text(), sts.arabic_heavy_text())


def _extract_is_sound(text: str, anchor: dt.date | None) -> None:
    mentions = st.extract(text, anchor)
    last = 0
    for m in mentions:
        s, e = m.span
        assert last <= s < e <= len(text), (m, text)
        assert m.text == text[s:e]
        assert m.value is None or isinstance(m.value, st.DateSpan)
        str(m.explain())
        last = e


@MANY
@given(text=TEXTS, anchor=ANCHORS)
def test_extract_never_raises(text: str, anchor: dt.date | None) -> None:
    _extract_is_sound(text, anchor)


@MANY
@given(text=TEXTS, anchor=ANCHORS)
def test_resolve_raises_resolution_error_only(text: str, anchor: dt.date | None) -> None:
    try:
        span = st.resolve(text, anchor)
    except st.ResolutionError as exc:
        assert exc.expression == text
    else:
        assert span.start <= span.end


@MANY
@given(text=TEXTS)
def test_detect_published_never_raises(text: str) -> None:
    found = st.detect_published(text, latest=dt.date(2026, 1, 1))
    assert found is None or found.date is None or isinstance(found.date, dt.date)


@SOME
@given(text=TEXTS, published=hs.one_of(hs.none(), sts.anchors()))
def test_an_article_is_built_from_any_text(text: str, published: dt.date | None) -> None:
    article = st.Article.build("fuzz", text, published=published)
    for m in article.mentions():
        assert m.text == text[m.start:m.end]


@pytest.mark.filterwarnings("ignore::syrtimeline.LoadWarning")
@SOME
@given(texts=hs.lists(TEXTS, min_size=1, max_size=3), raw=hs.binary(max_size=200))
def test_the_loaders_read_any_text_and_any_bytes(tmp_path_factory: object, texts: list[str],
                                                 raw: bytes) -> None:
    assert hasattr(tmp_path_factory, "mktemp")
    folder: Path = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "raw.txt").write_bytes(raw)
    lines = "\n".join(json.dumps({"id": str(n), "text": t}) for n, t in enumerate(texts))
    (folder / "docs.jsonl").write_text(lines, encoding="utf-8", errors="surrogatepass")
    for article in st.load_corpus(folder):
        article.mentions()
    for record in iter_records(["-"], stdin=io.BytesIO(raw + b"\n" + lines.encode("utf-8", "surrogatepass"))):
        assert record is not None
