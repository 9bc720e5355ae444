"""The article layer through its public API: Article, loaders, publication dates, site chrome, seeds.

Every broken input is built in ``tmp_path`` here (cp1256 with ``text.encode("cp1256")``, BOMs with
``utf-8-sig`` / ``utf-16``, binary with NUL bytes, latin-1 French). Windows for weekday-fixed years
always pass ``latest`` explicitly so no test depends on today's date. Bugs found are written up in
the issue; bugs found while writing them are fixed and pinned by the tests named after them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.articles import (
    CorpusError,
    Evidence,
    LoadWarning,
    Published,
    chrome,
    chrome_rules,
    find_chrome,
)

D = dt.date
LATEST = D(2024, 12, 31)  # a fixed "today" for weekday-fixed years
REPO = Path(__file__).resolve().parent.parent

EACUTE, FF = b"\xe9", b"\xff"
TITLE_002 = "الملف السوري.. واشنطن ترفض التواصل مع موسكو مالم يلتزم الأسد بشروطها"
BODY = (
    "أعلن وزير الدفاع الروسي أن روسيا والولايات المتحدة تتعاونان بشكل وثيق في سوريا على المستوى "
    "العملياتي والتكتيكي، وأضاف أن الاتصالات تجري عدة مرات في إدارة المجال الجوي."
)


# --- helpers ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed() -> dict[str, st.Article]:
    """The bundled seeds by their three-digit prefix ("000" … "004")."""
    return {a.id[:3]: a for a in st.seeds()}


def _load(path: str | Path, **kw: Any) -> tuple[list[st.Article], list[LoadWarning]]:
    """load_corpus (or iter_corpus with keywords), with the LoadWarnings it gave."""
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        arts = list(st.iter_corpus(path, **kw)) if kw else st.load_corpus(path)
    return arts, [w.message for w in rec if isinstance(w.message, LoadWarning)]


def _only(ws: list[LoadWarning], where: str, *what: str) -> LoadWarning:
    """Exactly one LoadWarning, naming ``where``, whose message says each of ``what``."""
    assert len(ws) == 1, [str(w) for w in ws]
    w = ws[0]
    assert w.where == where
    assert str(w).startswith(f"{where}: ")
    for part in what:
        assert part in w.what, w.what
    return w


def _article_text(*paras: str) -> str:
    return "\n\n".join(paras) + "\n"


def _jsonl(*objs: object) -> bytes:
    return b"".join(
        (o if isinstance(o, bytes) else json.dumps(o, ensure_ascii=False).encode()) + b"\n" for o in objs
    )


def _check_evidence(text: str, ev: Evidence) -> None:
    assert ev.span is not None
    s, e = ev.span
    assert text[s:e] == ev.text


def _content_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped line) of each non-empty line, offsets into ``text``."""
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            start = m.start() + len(line) - len(line.lstrip())
            yield start, start + len(line.strip()), line.strip()


def _covered(a: st.Article, start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in a.chrome)


# ==================================================================================================
# 1. Article
# ==================================================================================================
def test_article_is_a_frozen_attrs_class_with_the_issue_fields() -> None:
    import attrs

    assert attrs.has(st.Article)
    names = {f.name for f in attrs.fields(st.Article)}
    assert {"id", "text", "title", "outlet", "url", "published", "published_from", "evidence"} <= names
    a = st.Article.build("x", _article_text("عنوان", BODY))
    with pytest.raises(AttributeError):
        a.published = D(2020, 1, 1)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        a.text = ""  # type: ignore[misc]


@pytest.mark.parametrize("value", [None, D(2021, 3, 17), dt.datetime(2017, 6, 20, 19, 39)])
def test_article_published_is_a_date_a_datetime_or_none(value: dt.date | None) -> None:
    assert st.Article("x", "نص", published=value).published == value


@pytest.mark.parametrize("value", ["2021-03-17", 20210317, 2021.0])
def test_article_published_rejects_anything_else(value: object) -> None:
    with pytest.raises(TypeError, match="published must be a date"):
        st.Article("x", "نص", published=value)  # type: ignore[arg-type]


def test_build_reads_the_date_from_the_text_when_no_metadata_gives_it(seed: dict[str, st.Article]) -> None:
    a = st.Article.build("000", seed["000"].text, latest=LATEST)
    assert a.published == D(2021, 12, 18)
    assert a.published_from == "inferred"
    assert a.evidence is not None and a.evidence.method == "dateline-yesterday"
    assert a.evidence.text == "أمس الجمعة 17 كانون الأول"
    _check_evidence(a.text, a.evidence)
    assert a.warnings == ()


def test_build_with_metadata_keeps_it_and_says_so(seed: dict[str, st.Article]) -> None:
    a = st.Article.build("003", seed["003"].text, published=D(2018, 6, 9), outlet="Radio Al-Kul",
                         url="https://example.org/3", source="somewhere.txt", latest=LATEST)
    assert a.published == D(2018, 6, 9)
    assert a.published_from == "manifest"
    assert a.evidence is not None and a.evidence.method == "manifest" and a.evidence.span is None
    assert "somewhere.txt" in a.evidence.note
    assert (a.outlet, a.url, a.source) == ("Radio Al-Kul", "https://example.org/3", "somewhere.txt")


def test_build_without_detection_leaves_the_date_unknown(seed: dict[str, st.Article]) -> None:
    a = st.Article.build("004", seed["004"].text, detect=False)
    assert a.published is None and a.published_from is None and a.evidence is None


def test_an_article_with_no_date_anywhere_is_unknown() -> None:
    a = st.Article.build("x", _article_text("عنوان", BODY, BODY), latest=LATEST)
    assert (a.published, a.published_from, a.evidence, a.candidates) == (None, None, None, ())


def test_mentions_are_extract_of_text_and_published(seed: dict[str, st.Article]) -> None:
    a = seed["004"]  # no chrome at all: mentions() is exactly extract(text, published)
    assert a.chrome == ()
    assert a.mentions() == st.extract(a.text, a.published)
    b = st.Article.build("000", seed["000"].text, latest=LATEST)
    yesterday = next(m for m in b.mentions() if m.text == "أمس الجمعة 17 كانون الأول")
    assert yesterday.value == st.DateSpan.day(D(2021, 12, 17))  # resolved against the publication day


def test_mentions_leave_out_what_falls_in_chrome(seed: dict[str, st.Article]) -> None:
    a = seed["001"]
    everything = st.extract(a.text, a.published)
    monthly = [m for m in everything if m.text == "شهريًا"]
    assert monthly, "the donation appeal's 'شهريًا' is a date mention of the raw text"
    assert all(a.is_chrome(m.start, m.end) for m in monthly)
    assert not any(m.text == "شهريًا" for m in a.mentions())
    assert a.mentions() == [m for m in everything if not a.is_chrome(m.start, m.end)]
    assert "اليوم، الأربعاء 17 من آذار" in {m.text for m in a.mentions()}


def test_content_blanks_chrome_and_keeps_every_offset(seed: dict[str, st.Article]) -> None:
    a = seed["002"]
    assert len(a.content) == len(a.text)
    assert "fbpx" not in a.content and "زر الذهاب إلى الأعلى" not in a.content
    assert a.content.count("\n") == a.text.count("\n")
    start = a.text.index(TITLE_002)
    assert a.content[start:start + len(TITLE_002)] == TITLE_002


# ==================================================================================================
# 2. Loaders
# ==================================================================================================
def _folder(tmp_path: Path, seed: dict[str, st.Article], manifest: str | bytes | None = None) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(seed["002"].text, encoding="utf-8")
    (d / "b.txt").write_text(seed["003"].text, encoding="utf-8")
    (d / "c.txt").write_text(seed["004"].text, encoding="utf-8")
    (d / "README.md").write_text("not an article", encoding="utf-8")
    if manifest is not None:
        data = manifest.encode() if isinstance(manifest, str) else manifest
        (d / "MANIFEST.toml").write_bytes(data)
    return d


def test_folder_with_a_manifest(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, """
["a.txt"]
outlet = "Mena Monitor"
url = "https://example.org/a"
notes = "no date in the text"

["b.txt"]
outlet = "Radio Al-Kul"
published = 2018-06-09
title = "A title from the manifest"

["c.txt"]
published = "2017-06-20T19:39:00+03:00"
""")
    arts, ws = _load(d)
    assert ws == []
    assert [a.id for a in arts] == ["a", "b", "c"]  # .txt only, in name order
    a, b, c = arts
    assert (a.outlet, a.url, a.notes, a.published, a.published_from) == (
        "Mena Monitor", "https://example.org/a", "no date in the text", None, None)
    assert a.title == TITLE_002
    assert (b.published, b.published_from) == (D(2018, 6, 9), "manifest")
    assert b.title == "A title from the manifest"
    assert c.published == dt.datetime(2017, 6, 20, 19, 39, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    # the footer agrees with the manifest: the words are cited as the evidence
    assert c.published_from == "text" and c.warnings == ()
    assert c.evidence is not None and c.evidence.text == "20.06.2017 19:39"
    assert a.source == str(d / "a.txt")


def test_folder_without_a_manifest_reads_dates_from_the_text(tmp_path: Path,
                                                              seed: dict[str, st.Article]) -> None:
    arts, ws = _load(_folder(tmp_path, seed))
    assert ws == []
    by = {a.id: a for a in arts}
    assert by["c"].published == dt.datetime(2017, 6, 20, 19, 39) and by["c"].published_from == "text"
    assert by["a"].published is None and by["b"].published is None


def test_a_single_text_file_and_str_or_path(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    p = tmp_path / "one.txt"
    p.write_text(seed["004"].text, encoding="utf-8")
    for arg in (p, str(p)):
        arts, ws = _load(arg)
        assert ws == [] and [a.id for a in arts] == ["one"]
        assert arts[0].text == seed["004"].text and arts[0].source == str(p)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected_and_decoded(tmp_path: Path, seed: dict[str, st.Article],
                                            encoding: str) -> None:
    text = seed["003"].text
    p = tmp_path / "article.txt"
    p.write_bytes(text.encode(encoding))
    arts, ws = _load(p)
    assert ws == []
    assert [a.text for a in arts] == [text]  # no BOM left, no mojibake
    assert arts[0].title == text.splitlines()[0]


def test_a_legacy_cp1256_article_gets_its_date_and_offsets(tmp_path: Path,
                                                           seed: dict[str, st.Article]) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes(seed["000"].text.encode("cp1256"))
    [a], ws = _load(p)
    assert ws == []
    assert a.published == D(2021, 12, 18) and a.evidence is not None
    _check_evidence(a.text, a.evidence)


def test_bom_offsets_stay_in_the_loaded_text(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(seed["004"].text.encode("utf-8-sig"))
    [a], _ = _load(p)
    assert not a.text.startswith("\ufeff")
    assert a.evidence is not None and a.evidence.text == "20.06.2017 19:39"
    _check_evidence(a.text, a.evidence)


def test_french_latin1_is_not_taken_for_arabic(tmp_path: Path) -> None:
    french = ("Le ministre russe de la Défense a déclaré que la coopération était très étroite "
              "à l'échelon opérationnel en Syrie. ") * 4
    data = french.encode("latin-1")
    p = tmp_path / "french.txt"
    p.write_bytes(data)
    arts, ws = _load(p)
    assert arts == []
    _only(ws, str(p), f"offset {data.index(EACUTE)}", "not UTF-8", "Windows-1256")


def test_utf8_arabic_with_one_corrupt_byte_is_an_error_not_mojibake(tmp_path: Path,
                                                                    seed: dict[str, st.Article]) -> None:
    text = seed["002"].text
    cut = len(text[:50].encode())  # a character boundary, inside Arabic words
    data = text[:50].encode() + FF + text[50:].encode()
    p = tmp_path / "corrupt.txt"
    p.write_bytes(data)
    arts, ws = _load(p)
    assert arts == []
    _only(ws, str(p), f"offset {cut}", "0xff")


def test_the_offset_of_a_bad_byte_counts_the_bom(tmp_path: Path) -> None:
    data = "\ufeffنص".encode() + b"\xff"
    p = tmp_path / "bom-bad.txt"
    p.write_bytes(data)
    _, ws = _load(p)
    _only(ws, str(p), f"offset {data.index(FF)}")


def test_broken_utf16_is_an_error_naming_the_byte(tmp_path: Path) -> None:
    data = "نص عربي".encode("utf-16") + b"\x00\xd8"  # a lone high surrogate
    p = tmp_path / "u16.txt"
    p.write_bytes(data)
    arts, ws = _load(p)
    assert arts == []
    _only(ws, str(p), "UTF-16", f"byte {len(data) - 2}")


def test_utf16_without_bom_is_refused_as_binary(tmp_path: Path) -> None:
    p = tmp_path / "u16le.txt"
    data = BODY.encode("utf-16-le")
    p.write_bytes(data)
    arts, ws = _load(p)
    assert arts == []
    _only(ws, str(p), "binary", f"NUL byte at offset {data.index(bytes(1))}")


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\r\n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte at offset 8"),
        ("french.txt", "Défense nationale, déclaration".encode("latin-1") * 9, "offset 1"),
    ],
)
def test_a_broken_file_in_a_folder_gives_one_warning_and_the_rest_load(
        tmp_path: Path, seed: dict[str, st.Article], name: str, data: bytes, what: str) -> None:
    d = _folder(tmp_path, seed)
    (d / name).write_bytes(data)
    arts, ws = _load(d)
    assert [a.id for a in arts] == ["a", "b", "c"]
    _only(ws, str(d / name), what)


def test_bad_toml_is_one_warning_naming_file_and_line_and_every_article_loads(
        tmp_path: Path, seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, '["a.txt"]\noutlet = "x"\n\n["b.txt"\nurl = 3\n')
    arts, ws = _load(d)
    assert [a.id for a in arts] == ["a", "b", "c"]
    assert all(a.outlet is None for a in arts)  # the manifest is ignored as a whole
    _only(ws, str(d / "MANIFEST.toml"), "TOML", "line 4")


def test_a_manifest_naming_a_missing_file_is_one_warning(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, '["a.txt"]\noutlet = "Mena"\n\n["gone.txt"]\noutlet = "nobody"\n')
    arts, ws = _load(d)
    assert [a.id for a in arts] == ["a", "b", "c"]
    assert arts[0].outlet == "Mena"
    _only(ws, f"{d / 'MANIFEST.toml'} [gone.txt]", "not in the folder")


def test_a_manifest_entry_that_is_not_a_table_is_one_warning(tmp_path: Path,
                                                             seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, 'stray = 1\n\n["b.txt"]\npublished = 2018-06-09\n')
    arts, ws = _load(d)
    assert [a.id for a in arts] == ["a", "b", "c"]
    assert arts[1].published == D(2018, 6, 9)
    _only(ws, f"{d / 'MANIFEST.toml'} [stray]", "table")


def test_a_manifest_date_that_is_not_a_date_is_one_warning(tmp_path: Path,
                                                          seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, '["c.txt"]\npublished = "June"\noutlet = "SyriaNews"\n')
    arts, ws = _load(d)
    assert [a.id for a in arts] == ["a", "b", "c"]
    c = arts[2]
    assert c.outlet == "SyriaNews"
    assert c.published == dt.datetime(2017, 6, 20, 19, 39) and c.published_from == "text"  # falls back
    _only(ws, f"{d / 'MANIFEST.toml'} [c.txt]", "'June'", "ISO date")


def test_a_missing_path_is_a_corpus_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusError, match=re.escape(str(missing))):
        st.load_corpus(missing)
    with pytest.raises(CorpusError, match="no such file"):
        list(st.iter_corpus(str(missing)))
    assert issubclass(CorpusError, ValueError)


def test_an_empty_folder_is_an_empty_corpus(tmp_path: Path) -> None:
    assert _load(tmp_path) == ([], [])


# --- JSON Lines -------------------------------------------------------------------------------------
def test_jsonl_fields(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_bytes(_jsonl(
        {"id": "m1", "text": seed["002"].text, "outlet": "Mena", "url": "https://example.org/m1"},
        {"id": "r1", "text": seed["003"].text, "published": "2018-06-09", "title": "Given title"},
        {"text": seed["004"].text, "published": "2017-06-20T19:39:00"},
        {"id": "e1", "text": seed["001"].text},
    ))
    arts, ws = _load(p)
    assert ws == []
    m1, r1, anon, e1 = arts
    assert (m1.id, m1.outlet, m1.url, m1.title, m1.published) == (
        "m1", "Mena", "https://example.org/m1", TITLE_002, None)
    assert (r1.published, r1.published_from, r1.title) == (D(2018, 6, 9), "manifest", "Given title")
    assert anon.id == "feed-3" and anon.published == dt.datetime(2017, 6, 20, 19, 39)
    assert anon.published_from == "text" and anon.warnings == ()  # the footer agrees
    assert e1.published == D(2021, 3, 17) and e1.published_from == "inferred"
    assert [a.source for a in arts] == [f"{p}:{n}" for n in (1, 2, 3, 4)]


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (b"[1, 2]", "JSON object, not list"),
        (b'"just a string"', "JSON object, not str"),
        (b"42", "JSON object, not int"),
        (b"null", "JSON object, not NoneType"),
        (b"{not json", "not JSON"),
        (b'{"id": "x"}', "no text"),
        (b'{"id": "x", "text": 5}', "no text"),
        (b'{"id": "x", "text": "   "}', "no text"),
        (b"\x00\x01\x02", "binary"),
        (b'{"id": "x", "text": "\xff\xfe"}', "0xff at offset 21"),
    ],
)
def test_a_broken_jsonl_line_is_one_warning_naming_file_and_line(
        tmp_path: Path, seed: dict[str, st.Article], line: bytes, what: str) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_bytes(_jsonl({"id": "one", "text": seed["002"].text}, line,
                         {"id": "three", "text": seed["003"].text}))
    arts, ws = _load(p)
    assert [a.id for a in arts] == ["one", "three"]
    _only(ws, f"{p}:2", what)


def test_a_jsonl_line_with_a_bad_date_still_loads(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_bytes(_jsonl({"id": "a", "text": seed["004"].text, "published": "yesterday"},
                         {"id": "b", "text": seed["003"].text, "published": 20180609}))
    arts, ws = _load(p)
    assert [a.id for a in arts] == ["a", "b"]
    assert arts[0].published_from == "text" and arts[1].published is None
    assert [w.where for w in ws] == [f"{p}:1", f"{p}:2"]


def test_jsonl_blank_lines_crlf_bom_and_cp1256_lines(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    one = json.dumps({"id": "bom", "text": seed["002"].text}, ensure_ascii=False).encode("utf-8-sig")
    two = json.dumps({"id": "cp", "text": seed["003"].text}, ensure_ascii=False).encode("cp1256")
    three = json.dumps({"id": "ascii", "text": seed["004"].text}).encode()  # \\u escapes
    p = tmp_path / "mixed.JSONL"
    p.write_bytes(one + b"\r\n\r\n" + two + b"\n   \n" + three)
    arts, ws = _load(p)
    assert ws == []
    assert [a.id for a in arts] == ["bom", "cp", "ascii"]
    assert [a.text for a in arts] == [seed["002"].text, seed["003"].text, seed["004"].text]
    assert arts[1].source == f"{p}:3"


def test_jsonl_is_streamed_the_first_article_comes_before_a_later_line_is_read(
        tmp_path: Path, seed: dict[str, st.Article]) -> None:
    p = tmp_path / "big.jsonl"
    good = [{"id": f"n{i}", "text": seed["003"].text} for i in range(300)]
    p.write_bytes(_jsonl(*good, b"[1, 2]"))
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        it = st.iter_corpus(p)
        first = next(it)
        assert first.id == "n0"
        assert rec == []  # the broken last line has not been read yet
        rest = list(it)
    assert len(rest) == 299
    assert [str(w.message) for w in rec] == [f"{p}:301: a line must be a JSON object, not list"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_jsonl_from_a_pipe_yields_before_the_writer_has_finished(tmp_path: Path,
                                                                 seed: dict[str, st.Article]) -> None:
    fifo = tmp_path / "live.jsonl"
    os.mkfifo(fifo)
    order: list[str] = []
    got_first = threading.Event()

    def writer() -> None:
        with open(fifo, "wb") as fh:
            fh.write(_jsonl({"id": "first", "text": seed["002"].text}))
            fh.flush()
            got_first.wait(timeout=5)
            order.append("rest written")
            fh.write(_jsonl({"id": "second", "text": seed["003"].text}))

    t = threading.Thread(target=writer, daemon=True)
    t.start()
    it = st.iter_corpus(fifo)
    assert next(it).id == "first"
    order.append("first yielded")
    got_first.set()
    assert [a.id for a in it] == ["second"]
    t.join(timeout=10)
    assert order == ["first yielded", "rest written"]


class _Endless(io.RawIOBase):
    """A stdin that would give ``limit`` bytes of JSON Lines, counting what was read."""

    def __init__(self, line: bytes, limit: int) -> None:
        self._line, self._limit, self._buf, self.served = line, limit, b"", 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self.served >= self._limit:
            return 0
        while len(self._buf) < len(b):
            self._buf += self._line
        n = len(b)
        b[:n], self._buf = self._buf[:n], self._buf[n:]
        self.served += n
        return n


def test_jsonl_on_stdin_is_streamed(seed: dict[str, st.Article]) -> None:
    stream = _Endless(_jsonl({"text": seed["003"].text}), limit=20 << 20)
    got = list(islice(st.iter_corpus("-", stdin=stream), 3))  # type: ignore[arg-type]
    assert [a.id for a in got] == ["stdin-1", "stdin-2", "stdin-3"]  # as `process` names them
    assert stream.served < 1 << 20


# --- stdin ------------------------------------------------------------------------------------------
def test_stdin_text_through_the_stdin_argument(seed: dict[str, st.Article]) -> None:
    arts, ws = _load("-", stdin=io.BytesIO(seed["004"].text.encode("cp1256")))
    assert ws == []
    [a] = arts
    assert (a.id, a.source, a.text) == ("stdin", "<stdin>", seed["004"].text)
    assert a.published == dt.datetime(2017, 6, 20, 19, 39)


def test_load_corpus_dash_reads_sys_stdin(monkeypatch: pytest.MonkeyPatch,
                                          seed: dict[str, st.Article]) -> None:
    data = b"\n" + _jsonl({"id": "a", "text": seed["002"].text}, b"[1]",
                          {"id": "b", "text": seed["003"].text})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    arts, ws = _load("-")
    assert [a.id for a in arts] == ["a", "b"]
    _only(ws, "<stdin>:3", "JSON object")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"", "no text"),
        (b"\x00\x00binary", "NUL byte at offset 0"),
        ("Défense nationale, déclaration".encode("latin-1") * 9, "offset 1"),
    ],
)
def test_broken_stdin_is_one_warning_naming_stdin(data: bytes, what: str) -> None:
    arts, ws = _load("-", stdin=io.BytesIO(data))
    assert arts == []
    _only(ws, "<stdin>", what)


def test_stdin_in_a_real_subprocess(seed: dict[str, st.Article]) -> None:
    code = (
        "import syrtimeline as st\n"
        "for a in st.load_corpus('-'):\n"
        "    print(a.id, a.published.isoformat() if a.published else None, a.published_from)\n"
    )
    data = _jsonl({"id": "r", "text": seed["004"].text}, b"{oops", {"id": "m", "text": seed["002"].text})
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONWARNINGS": "always"}
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, cwd=REPO,
                         env=env, timeout=120, check=True)
    assert out.stdout.decode().splitlines() == ["r 2017-06-20T19:39:00 text", "m None None"]
    assert out.stderr.decode().count("LoadWarning") == 1
    assert "<stdin>:2: not JSON" in out.stderr.decode()


@pytest.mark.parametrize(
    "kind",
    [
        "txt",
        "jsonl",
    ],
)
def test_an_empty_file_is_one_warning(tmp_path: Path, kind: str) -> None:
    p = tmp_path / f"empty.{kind}"
    p.write_bytes(b"")
    arts, ws = _load(p)
    assert arts == []
    _only(ws, str(p), "empty")


def test_jsonl_on_stdin_with_a_bom(seed: dict[str, st.Article]) -> None:
    data = _jsonl({"id": "a", "text": seed["002"].text}, {"id": "b", "text": seed["003"].text})
    arts, ws = _load("-", stdin=io.BytesIO(b"\xef\xbb\xbf" + data))
    assert ws == []
    assert [a.id for a in arts] == ["a", "b"]


def test_a_manifest_with_a_bom(tmp_path: Path, seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, '["a.txt"]\noutlet = "Mena"\n'.encode("utf-8-sig"))
    arts, ws = _load(d)
    assert ws == []
    assert arts[0].outlet == "Mena"


# ==================================================================================================
# 3. Publication dates
# ==================================================================================================
@pytest.mark.parametrize(
    ("text", "value", "evidence"),
    [
        (_article_text("عنوان الخبر", BODY, BODY, "سيريانيوز", "20.06.2017 19:39"),
         dt.datetime(2017, 6, 20, 19, 39), "20.06.2017 19:39"),
        (_article_text("2017-06-20", "عنوان الخبر", BODY, BODY, BODY, BODY), D(2017, 6, 20), "2017-06-20"),
        (_article_text("عنوان الخبر", BODY, BODY, BODY, BODY, "2017-06-20"), D(2017, 6, 20), "2017-06-20"),
        (_article_text("عنوان الخبر", BODY, "نشر في 20 حزيران 2017", BODY, BODY, BODY, BODY),
         D(2017, 6, 20), "20 حزيران 2017"),
        (_article_text("عنوان الخبر", BODY + " نشر في 20 حزيران 2017 " + BODY, BODY, BODY, BODY),
         D(2017, 6, 20), "20 حزيران 2017"),
        (_article_text("الثلاثاء 20 حزيران 2017", "عنوان الخبر", BODY, BODY, BODY, BODY),
         D(2017, 6, 20), "الثلاثاء 20 حزيران 2017"),
    ],
    ids=["footer-dotted-clock", "header-iso", "footer-iso", "nashr-fi-line", "nashr-fi-in-prose",
         "header-weekday"],
)
def test_timestamps_in_headers_footers_and_after_published(text: str, value: dt.date, evidence: str) -> None:
    p = st.detect_published(text, latest=LATEST)
    assert isinstance(p, Published)
    assert p.value == value and type(p.value) is type(value)
    assert p.source == "text" and p.candidates == ()
    assert p.evidence.method == "timestamp" and p.evidence.text == evidence
    _check_evidence(text, p.evidence)
    assert p.date == (value.date() if isinstance(value, dt.datetime) else value)
    # the chrome found once (Article.build passes its own) gives the same answer
    assert st.detect_published(text, latest=LATEST, chrome=find_chrome(text)) == p


@pytest.mark.parametrize(
    ("dateline", "value", "method"),
    [
        ("وقال في مقابلة نشرت اليوم، الأربعاء 17 من آذار، إن التعاون مستمر.", D(2021, 3, 17),
         "dateline-today"),
        ("جاء ذلك في مقابلة مع مجلة أمريكية ونشرته أمس الجمعة 17 كانون الأول.", D(2021, 12, 18),
         "dateline-yesterday"),
    ],
)
def test_datelines_naming_today_or_yesterday(dateline: str, value: dt.date, method: str) -> None:
    text = _article_text("عنوان", BODY, dateline, BODY)
    p = st.detect_published(text, latest=LATEST)
    assert p is not None
    assert (p.value, p.source, p.evidence.method, p.candidates) == (value, "inferred", method, ())
    _check_evidence(text, p.evidence)
    assert str(value.year) in p.evidence.note


TODAY_WED = _article_text("عنوان", BODY, "وقال في مقابلة نشرت اليوم، الأربعاء 17 من آذار، إن التعاون مستمر.",
                          BODY)
YESTERDAY_FRI = _article_text("عنوان", BODY, "ونشرته أمس الجمعة 17 كانون الأول.", BODY)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "value"),
    [
        (TODAY_WED, D(2022, 1, 1), D(2030, 12, 31), D(2027, 3, 17)),
        (TODAY_WED, D(2005, 1, 1), D(2015, 12, 31), D(2010, 3, 17)),
        (TODAY_WED, D(2021, 3, 17), D(2021, 3, 17), D(2021, 3, 17)),  # a one-day window holds
        (TODAY_WED, D(2021, 3, 18), D(2030, 12, 31), D(2027, 3, 17)),
        (TODAY_WED, D(2011, 1, 1), D(2020, 12, 31), None),  # no year fits
        (YESTERDAY_FRI, D(2021, 12, 18), D(2021, 12, 18), D(2021, 12, 18)),
        (YESTERDAY_FRI, D(2011, 1, 1), D(2021, 12, 17), None),  # the article (the 18th) is after latest
        (YESTERDAY_FRI, D(2022, 1, 1), D(2030, 12, 31), D(2027, 12, 18)),
    ],
)
def test_the_window_is_configurable(text: str, earliest: dt.date, latest: dt.date,
                                    value: dt.date | None) -> None:
    p = st.detect_published(text, earliest=earliest, latest=latest)
    if value is None:
        assert p is None
    else:
        assert p is not None and p.value == value and p.source == "inferred"


def test_the_default_window_starts_in_2011() -> None:
    # Wednesday 17 March is 2010 and 2021: with latest before 2021, only 2010 — outside by default.
    assert st.detect_published(TODAY_WED, latest=D(2020, 12, 31)) is None
    p = st.detect_published(TODAY_WED, earliest=D(2010, 1, 1), latest=D(2020, 12, 31))
    assert p is not None and p.value == D(2010, 3, 17)


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        (TODAY_WED, [D(2004, 3, 17), D(2010, 3, 17), D(2021, 3, 17), D(2027, 3, 17)]),
        (YESTERDAY_FRI, [D(2004, 12, 18), D(2010, 12, 18), D(2021, 12, 18), D(2027, 12, 18)]),
    ],
)
def test_several_fitting_years_are_all_reported_and_none_is_guessed(text: str,
                                                                    candidates: list[dt.date]) -> None:
    p = st.detect_published(text, earliest=D(2000, 1, 1), latest=D(2030, 12, 31))
    assert p is not None
    assert p.value is None and p.date is None
    assert list(p.candidates) == candidates
    _check_evidence(text, p.evidence)
    for c in candidates:
        assert str(c.year) in p.evidence.note


def test_an_ambiguous_dateline_in_the_default_window() -> None:
    text = _article_text("عنوان", BODY, "نشرت اليوم، الخميس 17 من آذار، مقابلة مع الوزير.", BODY)
    p = st.detect_published(text, latest=LATEST)
    assert p is not None and p.value is None
    assert p.candidates == (D(2011, 3, 17), D(2016, 3, 17), D(2022, 3, 17))


def test_an_ambiguous_article_stays_unknown_with_its_candidates() -> None:
    a = st.Article.build("x", TODAY_WED, earliest=D(2000, 1, 1), latest=D(2030, 12, 31))
    assert a.published is None and a.published_from is None
    assert a.candidates == (D(2004, 3, 17), D(2010, 3, 17), D(2021, 3, 17), D(2027, 3, 17))
    assert a.evidence is not None and a.evidence.text == "اليوم، الأربعاء 17 من آذار"
    assert len(a.warnings) == 1 and "ambiguous" in a.warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        _article_text("عنوان", BODY),
        _article_text("عنوان", BODY, "ومنذ 22 من تشرين الأول 2019، تسيّر القوات الروسية والتركية دوريات "
                      "مشتركة في أرياف الرقة والحسكة وحلب.", BODY, BODY, BODY),
        _article_text("عنوان", BODY, "وقال الوزير أمس إن التعاون مستمر.", BODY),
        "",
    ],
    ids=["no-date", "date-in-the-body", "bare-yesterday", "empty"],
)
def test_no_publication_date(text: str) -> None:
    assert st.detect_published(text, latest=LATEST) is None


def test_a_timestamp_beats_a_dateline() -> None:
    text = TODAY_WED + "\n2021-03-18 09:00\n"
    p = st.detect_published(text, latest=LATEST)
    assert p is not None and p.value == dt.datetime(2021, 3, 18, 9, 0) and p.source == "text"


# --- manifest vs text -------------------------------------------------------------------------------
def test_a_manifest_date_contradicting_the_text_is_kept_and_reported(tmp_path: Path,
                                                                     seed: dict[str, st.Article]) -> None:
    d = _folder(tmp_path, seed, '["c.txt"]\npublished = 2017-06-25\n')
    arts, _ = _load(d)
    c = arts[2]
    assert c.published == D(2017, 6, 25) and c.published_from == "manifest"
    assert len(c.warnings) == 1
    assert "2017-06-25" in c.warnings[0] and "2017-06-20" in c.warnings[0]
    assert "20.06.2017 19:39" in c.warnings[0]
    assert [a.warnings for a in arts[:2]] == [(), ()]


@pytest.mark.parametrize(
    ("published", "warned"),
    [
        (D(2021, 12, 18), False),
        (dt.datetime(2021, 12, 18, 8, 30), False),
        (D(2021, 12, 17), True),  # the day the interview ran, not the article's day
        (D(2020, 12, 18), True),
    ],
)
def test_manifest_against_an_inferred_dateline(seed: dict[str, st.Article], published: dt.date,
                                               warned: bool) -> None:
    a = st.Article.build("000", seed["000"].text, published=published, latest=LATEST)
    # the metadata's value is kept; when the words agree they are the cited evidence
    assert a.published == published
    assert a.published_from == ("manifest" if warned else "inferred")
    assert bool(a.warnings) is warned
    if warned:
        assert "2021-12-18" in a.warnings[0]


def test_a_manifest_date_against_an_ambiguous_text_is_no_contradiction() -> None:
    a = st.Article.build("x", TODAY_WED, published=D(2010, 3, 17), earliest=D(2000, 1, 1),
                         latest=D(2030, 12, 31))
    assert a.published == D(2010, 3, 17) and a.warnings == ()


def test_a_year_stated_in_a_dateline_is_the_year() -> None:
    dateline = "وقال في مقابلة نشرت اليوم، الأربعاء 17 من آذار 2010، إن التعاون مستمر."
    text = _article_text("عنوان", BODY, dateline, BODY)
    p = st.detect_published(text, latest=LATEST)
    assert p is not None
    assert p.value == D(2010, 3, 17)
    assert p.source == "text"


def test_a_footer_timestamp_before_the_closing_chrome(seed: dict[str, st.Article]) -> None:
    text = seed["002"].text.replace("اظهر المزيد", "18.03.2021 14:05\n\nاظهر المزيد")
    p = st.detect_published(text, latest=LATEST)
    assert p is not None and p.value == dt.datetime(2021, 3, 18, 14, 5)


def test_the_evidence_note_after_a_published_word_reads_well() -> None:
    text = _article_text("عنوان الخبر", BODY + " نشر في 20 حزيران 2017 " + BODY, BODY, BODY, BODY)
    p = st.detect_published(text, latest=LATEST)
    assert p is not None
    assert "in after" not in p.evidence.note


# ==================================================================================================
# 4. The seeds
# ==================================================================================================
def test_seeds_are_the_five_bundled_articles_with_their_manifest(seed: dict[str, st.Article]) -> None:
    assert sorted(seed) == ["000", "001", "002", "003", "004"]
    assert seed["001"].outlet == "Enab Baladi (عنب بلدي)"
    assert seed["002"].outlet == "Mena Monitor (مرصد مينا)"
    assert seed["004"].outlet == "SyriaNews (سيريانيوز)"
    assert all(a.notes for a in seed.values())
    assert all(a.warnings == () for a in seed.values())  # the manifest agrees with every text


def test_seeds_load_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", LoadWarning)
        assert len(st.seeds()) == 5


@pytest.mark.parametrize(
    ("key", "value", "source", "method", "evidence"),
    [
        ("000", D(2021, 12, 18), "inferred", "dateline-yesterday", "أمس الجمعة 17 كانون الأول"),
        ("001", D(2021, 3, 17), "inferred", "dateline-today", "اليوم، الأربعاء 17 من آذار"),
        ("004", dt.datetime(2017, 6, 20, 19, 39), "text", "timestamp", "20.06.2017 19:39"),
    ],
)
def test_seed_dates_from_their_text_alone(seed: dict[str, st.Article], key: str, value: dt.date, source: str,
                                          method: str, evidence: str) -> None:
    text = seed[key].text
    p = st.detect_published(text, latest=LATEST)
    assert p is not None
    assert (p.value, p.source, p.evidence.method, p.evidence.text) == (value, source, method, evidence)
    _check_evidence(text, p.evidence)
    a = st.Article.build(key, text, latest=LATEST)  # no manifest: the text alone
    assert (a.published, a.published_from, a.evidence) == (value, source, p.evidence)


@pytest.mark.parametrize("key", ["002", "003"])
def test_seeds_without_a_date_in_their_text(seed: dict[str, st.Article], key: str) -> None:
    assert st.detect_published(seed[key].text, latest=LATEST) is None
    assert st.detect_published(seed[key].text, earliest=D(1990, 1, 1), latest=D(2035, 1, 1)) is None


def test_bundled_seed_dates(seed: dict[str, st.Article]) -> None:
    assert seed["000"].published == D(2021, 12, 18)
    assert seed["001"].published == D(2021, 3, 17)
    assert seed["002"].published is None and seed["002"].published_from is None
    assert seed["002"].evidence is None
    assert seed["003"].published == D(2018, 6, 9) and seed["003"].published_from == "manifest"
    p4 = seed["004"].published
    assert isinstance(p4, dt.datetime)
    assert (p4.date(), p4.hour, p4.minute) == (D(2017, 6, 20), 19, 39)


def test_bundled_seeds_keep_the_text_evidence(seed: dict[str, st.Article]) -> None:
    for key in ("000", "001", "004"):
        a = seed[key]
        assert a.published_from in ("text", "inferred"), key
        assert a.evidence is not None
        _check_evidence(a.text, a.evidence)
    assert seed["003"].published_from == "manifest"


SEED_CHROME = {
    "000": ("إقرأ أيضاً: ",),
    "001": ("camera icon", "tag icon", "مقالات متعلقة", "×", "الإعلام الموجّه يشوه الحقيقة",
            "سوريا بحاجة للصحافة الحرة", "ادعم عنب بلدي", "دولار واحد شهريًا", "اضغط هنا للمساهمة"),
    "002": ("fbpx", "أخر الأخبار", "اظهر المزيد", "مقالات ذات صلة", "زر الذهاب إلى الأعلى"),
    "003": ("مقالات ذات صلة", "زر الذهاب إلى الأعلى"),
    "004": (),
}


#: what a page's lines are made of: letters, the marks and dots stripping deletes (inside a word and at a
#: line's edges), the characters folding unifies, spaces and line breaks of every kind, the chrome's own words
CHROME_ALPHABET = "".join(sorted({*"ابتسمقلنهوي", *"\u0640\u064b\u0651\u200f\u00ad", *".·•‧٭", *"أإآىةی٣۴،",
                                  *" \t\n\r\u00a0\u2028\u000b",
                                  *(c for k in chrome_rules.LINE_PREFIX for c in k)}))


@settings(max_examples=300, deadline=None)
@given(pieces=hs.lists(hs.one_of(hs.text(alphabet=CHROME_ALPHABET, max_size=30),
                                 hs.sampled_from([*chrome_rules.LINE_EXACT, *chrome_rules.LINE_PREFIX,
                                                  *chrome_rules.LINE_CONTAINS, *chrome_rules.TAIL_FROM])),
                       max_size=12))
def test_the_lines_keyed_from_one_fold_of_the_page_are_the_plain_rule(pieces: list[str]) -> None:
    # speed54: the page stripped and folded once, not line by line; the chrome found is the same
    text = "".join(pieces)
    assert chrome._lines(text) == chrome._lines_plain(text)


@pytest.mark.parametrize("key", sorted(SEED_CHROME))
def test_seed_chrome_covers_exactly_the_chrome_lines(seed: dict[str, st.Article], key: str) -> None:
    a = seed[key]
    expected = SEED_CHROME[key]
    found = set()
    for start, end, line in _content_lines(a.text):
        is_chrome = line.startswith(expected) if expected else False
        if is_chrome:
            assert _covered(a, start, end), line
            found.add(next(p for p in expected if line.startswith(p)))
        else:
            assert not a.is_chrome(start, end), line
    assert found == set(expected)
    for r in a.chrome:
        assert 0 <= r.start < r.end <= len(a.text)
        assert a.text[r.start:r.end] == a.text[r.start:r.end].strip()
        assert r.start in r and r.end not in r


def test_seed_chrome_rules(seed: dict[str, st.Article]) -> None:
    assert [r.rule for r in seed["000"].chrome] == ["read-also"]
    assert [r.rule for r in seed["001"].chrome] == ["photo-caption", "tag-bar", "related-articles"]
    assert [r.rule for r in seed["002"].chrome] == ["tracking-pixel", "navigation", "related-articles"]
    assert [r.rule for r in seed["003"].chrome] == ["related-articles"]
    tail = seed["001"].chrome[-1]  # related articles and the donation appeal, to the end
    assert seed["001"].text[tail.start:tail.end].startswith("مقالات متعلقة")
    assert seed["001"].text[tail.start:tail.end].endswith("اضغط هنا للمساهمة")


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("000", "تحدث مسـ.ـؤول روسي عن تعاون فعال بين بلاده والولايات المتحدة الأمريكية في سوريا، "
                "معتبراً أن مواصلة الحوار لحل النـ.ـزاع في سوريا ضرورياً."),
        ("001", "“الدفاع الروسية”: نتعاون مع أمريكا في سوريا والعمل مع تركيا “صعب لكنه فعال”"),
        ("002", TITLE_002),
        ("003", "الولايات المتحدة تؤكد عدم انسحاب قواتها من سوريا قبل إنجاز الحل السياسي وتنسق مع روسيا "
                "حول العمليات العسكرية"),
        ("004", "موسكو تعارض الوجود الأمريكي جنوب سوريا وترجح عودة الاتصالات مع واشنطن"),
    ],
)
def test_seed_titles_are_the_first_content_line(seed: dict[str, st.Article], key: str, title: str) -> None:
    assert seed[key].title == title


# ==================================================================================================
# 5. Site chrome: rules as data, spans in the original text
# ==================================================================================================
def _rule_cases() -> list[tuple[str, str]]:
    cases = [(k, v) for k, v in chrome_rules.LINE_EXACT.items()]
    cases += [(f"{k}: عنوان مقال آخر عن سوريا", v) for k, v in chrome_rules.LINE_PREFIX.items()]
    cases += [(f"… {k} …", v) for k, v in chrome_rules.LINE_CONTAINS.items()]
    return cases


@pytest.mark.parametrize(("line", "rule"), _rule_cases())
def test_every_chrome_rule_marks_its_line_in_the_middle_of_an_article(line: str, rule: str) -> None:
    text = _article_text("عنوان", BODY, line, BODY)
    a = st.Article.build("x", text, detect=False)
    start = text.index(line)
    assert [(r.start, r.end, r.rule) for r in a.chrome] == [(start, start + len(line), rule)]
    assert a.title == "عنوان"


@pytest.mark.parametrize(
    "line",
    ["fbpx", "أخر الأخبار", "مقالات ذات صلة", "زر الذهاب إلى الأعلى", "اظهر المزيد",
     "camera iconوزير الدفاع الروسي (سبوتنيك)", "tag icon ع ع ع", "إقرأ أيضاً: عنوان مقال آخر",
     "اقـرأ أيضـاً: عنوان مقال آخر", "  إقرأ ايضا: عنوان  ", "ادعم عنب بلدي"],
)
def test_the_issue_chrome_lines_and_their_variants(line: str) -> None:
    text = _article_text(BODY, line, BODY)
    regions = find_chrome(text)
    assert len(regions) == 1
    r = regions[0]
    assert text[r.start:r.end] == line.strip()


def test_a_line_that_only_mentions_a_chrome_word_is_content() -> None:
    text = _article_text("عنوان", "قالت الشركة إن fbpx ليست كلمة عربية " + BODY, "شارك الوزير في الاجتماع",
                         BODY)
    assert find_chrome(text) == ()


def test_a_related_articles_heading_ends_the_article_only_before_short_lines() -> None:
    mid = _article_text("عنوان", "مقالات ذات صلة", BODY + " " + BODY, BODY)
    [r] = find_chrome(mid)
    assert mid[r.start:r.end] == "مقالات ذات صلة"
    tail = _article_text("عنوان", BODY, "مقالات ذات صلة", "خبر أول قصير", "خبر ثان قصير")
    [r] = find_chrome(tail)
    assert r.rule == "related-articles"
    assert tail[r.start:r.end] == "مقالات ذات صلة\n\nخبر أول قصير\n\nخبر ثان قصير"


def test_appeal_lines_are_chrome_without_a_related_heading(seed: dict[str, st.Article]) -> None:
    appeal = seed["001"].text[seed["001"].text.index("الإعلام الموجّه"):]
    text = _article_text("عنوان", BODY) + "\n" + appeal
    a = st.Article.build("x", text, detect=False)
    assert {r.rule for r in a.chrome} == {"appeal"}
    assert len(a.chrome) == 5
    assert not any(m.text == "شهريًا" for m in a.mentions())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256"])
def test_chrome_and_title_offsets_in_crlf_and_bom_files(tmp_path: Path, seed: dict[str, st.Article],
                                                        encoding: str) -> None:
    text = seed["002"].text.replace("\n", "\r\n")
    p = tmp_path / "crlf.txt"
    p.write_bytes(text.encode(encoding))
    [a], ws = _load(p)
    assert ws == [] and a.text == text
    assert a.title == TITLE_002
    assert [a.text[r.start:r.end] for r in a.chrome] == [
        "fbpx", "أخر الأخبار", "اظهر المزيد\r\n\r\nمقالات ذات صلة\r\n\r\nزر الذهاب إلى الأعلى"]


def test_the_title_is_the_first_line_that_is_not_chrome() -> None:
    text = "\n\nfbpx\n  أخر الأخبار  \n\n  العنوان الحقيقي  \n" + BODY
    assert st.Article.build("x", text).title == "العنوان الحقيقي"
    assert st.Article.build("x", "fbpx\n\nأخر الأخبار\n").title is None
    assert st.Article.build("x", "fbpx\n" + BODY, title="Given").title == "Given"


# ==================================================================================================
# 6. Public names
# ==================================================================================================
def test_public_names() -> None:
    from syrtimeline import articles

    assert st.Article is articles.Article
    assert st.load_corpus is articles.load_corpus
    assert st.iter_corpus is articles.iter_corpus
    assert st.detect_published is articles.detect_published
    assert st.seeds is articles.seeds
    assert {"Article", "load_corpus", "detect_published", "seeds"} <= set(st.__all__)
    assert issubclass(LoadWarning, UserWarning)
    with pytest.raises(AttributeError):
        _ = st.no_such_name  # type: ignore[attr-defined]


def test_load_warning_says_where_and_what() -> None:
    w = LoadWarning("feed.jsonl:7", "not JSON")
    assert (w.where, w.what, str(w)) == ("feed.jsonl:7", "not JSON", "feed.jsonl:7: not JSON")


def test_importing_the_package_does_not_load_the_article_layer() -> None:
    code = "import sys, syrtimeline\nprint('syrtimeline.articles' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         timeout=60, check=True)
    assert out.stdout.strip() == "False"
