"""The one corpus reader (syrtimeline.articles.reader), as the library (``load_corpus``: LoadWarnings)
and the pipeline (``process``: errors.jsonl) both see it: the same articles, the same problems, each
reported once, in input order."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import syrtimeline as st
from syrtimeline import articles, pipeline
from syrtimeline.articles import LoadWarning, RawArticle, ReadError, iter_records
from syrtimeline.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Seed texts whose dates come out of their own words without a warning, by prefix."""
    return {a.id[:3]: a.text for a in st.seeds()}


def _jsonl(*objs: object) -> bytes:
    return b"".join((o if isinstance(o, bytes) else json.dumps(o, ensure_ascii=False).encode()) + b"\n"
                    for o in objs)


Problems = list[tuple[str, str]]  # (where, what) of each problem, in order


def _library(source: str | Path, stdin: bytes | None = None) -> tuple[list[st.Article], Problems]:
    with warnings.catch_warnings(record=True) as rec:
        warnings.simplefilter("always")
        arts = list(st.iter_corpus(source, stdin=None if stdin is None else io.BytesIO(stdin)))
    return arts, [(w.message.where, w.message.what) for w in rec if isinstance(w.message, LoadWarning)]


def _pipeline(source: str | Path, out: Path,
              stdin: bytes | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    st.process(source, out, format="jsonl", jobs=1, knowledge_base=False,
               stdin=None if stdin is None else io.BytesIO(stdin))
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return rows, errors


def _both(source: str | Path, out: Path, stdin: bytes | None = None) -> tuple[list[str], Problems]:
    """The ids read and the problems reported, which must be the same for the library and the pipeline."""
    arts, problems = _library(source, stdin)
    rows, errors = _pipeline(source, out, stdin)
    assert [r["id"] for r in rows] == [a.id for a in arts]
    assert [r["where"] for r in rows] == [a.source for a in arts]
    assert [r["published"] for r in rows] == [None if a.published is None else a.published.isoformat()
                                              for a in arts]
    assert [(e["where"], e["what"]) for e in errors] == problems
    return [a.id for a in arts], problems


def _says(problem: tuple[str, str], where: str | Path, *what: str) -> None:
    assert problem[0] == str(where), problem
    for part in what:
        assert part in problem[1], problem


# -- folders ----------------------------------------------------------------------------------------
def test_a_folder_reads_its_txt_files_then_its_json_lines_and_parquet(tmp_path: Path,
                                                                      texts: dict[str, str]) -> None:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "b.txt").write_text(texts["003"], encoding="utf-8")
    (d / "a.txt").write_text(texts["002"], encoding="utf-8")
    (d / "MANIFEST.toml").write_text('["a.txt"]\noutlet = "Mena"\nnotes = "kept"\n', encoding="utf-8")
    (d / "README.md").write_text("not an article", encoding="utf-8")
    (d / "feed.jsonl").write_bytes(_jsonl({"id": "f1", "text": texts["004"]}, {"text": texts["001"]}))
    (d / "more.jsonl.gz").write_bytes(gzip.compress(_jsonl({"text": texts["003"], "outlet": "gz"})))
    ids, problems = _both(d, tmp_path / "out")
    assert problems == []
    assert ids == ["a", "b", "f1", "feed-2", "more-1"]
    arts, _ = _library(d)
    assert (arts[0].outlet, arts[0].notes, arts[4].outlet) == ("Mena", "kept", "gz")
    assert arts[4].source == f"{d / 'more.jsonl.gz'}:1"


def test_every_problem_of_a_folder_is_reported_once_by_both(tmp_path: Path, texts: dict[str, str]) -> None:
    d = tmp_path / "corpus"
    d.mkdir()
    for name, key in (("a.txt", "002"), ("b.txt", "003"), ("c.txt", "004")):
        (d / name).write_text(texts[key], encoding="utf-8")
    (d / "empty.txt").write_bytes(b" \n")
    (d / "blank.jsonl").write_bytes(b"\n  \n")
    (d / "feed.jsonl").write_bytes(_jsonl({"id": "f1", "text": texts["002"]}, b'{"id": oops}',
                                          {"id": "f3", "text": texts["004"], "published": "yesterday"},
                                          {"id": "f4", "text": texts["003"], "published": 20180609}))
    (d / "MANIFEST.toml").write_text(
        'stray = 1\n\n["c.txt"]\npublished = "June"\noutlet = "SyriaNews"\n\n["gone.txt"]\noutlet = "x"\n\n'
        '["feed.jsonl"]\noutlet = "y"\n', encoding="utf-8")
    ids, problems = _both(d, tmp_path / "out")
    m = d / "MANIFEST.toml"
    assert ids == ["a", "b", "c", "f1", "f3", "f4"]  # a bad date loses the date, not the article
    assert len(problems) == 9
    _says(problems[0], f"{m} [stray]", "table")
    _says(problems[1], f"{m} [gone.txt]", "not in the folder")
    _says(problems[2], f"{m} [feed.jsonl]", ".txt files only")
    _says(problems[3], f"{m} [c.txt]", "'June'", "not an ISO date", "kept")
    _says(problems[4], d / "empty.txt", "empty")
    _says(problems[5], d / "blank.jsonl", "empty: no articles")
    _says(problems[6], f"{d / 'feed.jsonl'}:2", "not JSON", "at column 8")
    _says(problems[7], f"{d / 'feed.jsonl'}:3", "'yesterday' is not an ISO date", "kept")
    _says(problems[8], f"{d / 'feed.jsonl'}:4", "published must be", "not int", "kept")
    arts, _ = _library(d)
    c, f3, f4 = arts[2], arts[4], arts[5]
    assert (c.outlet, c.published_from, f3.published_from) == ("SyriaNews", "text", "text")
    assert f4.published is None  # its text has no date of its own
    _, errors = _pipeline(d, tmp_path / "again")
    assert [e["id"] for e in errors] == [None, None, None, "c", "empty", None, None, "f3", "f4"]


def test_bad_toml_is_reported_by_both_and_the_manifest_ignored(tmp_path: Path, texts: dict[str, str]) -> None:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(texts["002"], encoding="utf-8")
    (d / "MANIFEST.toml").write_text('["a.txt"]\noutlet = "x"\n\n["b.txt"\n', encoding="utf-8")
    ids, [problem] = _both(d, tmp_path / "out")
    assert ids == ["a"]
    _says(problem, d / "MANIFEST.toml", "TOML", "line 4", "ignored")
    assert _library(d)[0][0].outlet is None


# -- JSON Lines --------------------------------------------------------------------------------------
def test_a_json_lines_file_of_blank_lines_is_empty_but_one_of_broken_lines_is_not(
        tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\r\n\n")
    _, problems = _both(blank, tmp_path / "o1")
    assert problems == [(str(blank), "empty: no articles in this JSON Lines input")]
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"[1]\n\n{oops\n")
    _, problems = _both(broken, tmp_path / "o2")
    assert [where for where, _ in problems] == [f"{broken}:1", f"{broken}:3"]  # each line, once


def test_default_ids_are_the_file_name_up_to_its_first_dot_and_the_line(tmp_path: Path,
                                                                        texts: dict[str, str]) -> None:
    p = tmp_path / "news.2021.jsonl.gz"
    p.write_bytes(gzip.compress(_jsonl({"text": texts["002"]}, {"id": 0, "text": texts["003"]})))
    ids, problems = _both(p, tmp_path / "out")
    assert (ids, problems) == (["news-1", "0"], [])


def test_stdin_json_lines_and_stdin_text(tmp_path: Path, texts: dict[str, str]) -> None:
    ids, problems = _both("-", tmp_path / "o1", stdin=_jsonl({"text": texts["002"]}, b"7",
                                                             {"id": "x", "text": texts["003"]}))
    assert ids == ["stdin-1", "x"]
    assert problems == [("<stdin>:2", "a line must be a JSON object, not int")]
    ids, problems = _both("-", tmp_path / "o2", stdin=texts["004"].encode("utf-16"))
    assert (ids, problems) == (["stdin"], [])


# -- Parquet -----------------------------------------------------------------------------------------
def test_parquet_through_the_library_too(tmp_path: Path, texts: dict[str, str]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    p = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([
        {"id": None, "text": texts["002"], "published": None},
        {"id": "r", "text": texts["003"], "published": "June"},
        {"id": "e", "text": None, "published": None},
    ]), p, row_group_size=2)
    ids, problems = _both(p, tmp_path / "out")
    assert ids == ["in-0", "r"]
    assert [w for w, _ in problems] == [f"{p}#1", f"{p}#2"]
    _says(problems[0], f"{p}#1", "'June' is not an ISO date")
    _says(problems[1], f"{p}#2", "no text")
    empty = tmp_path / "empty.parquet"
    pq.write_table(pa.Table.from_pylist([], schema=pa.schema([("text", pa.string())])), empty)
    assert _both(empty, tmp_path / "o2") == ([], [(str(empty), "empty: no articles in this Parquet file")])


def test_parquet_without_pyarrow_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.parquet"
    p.write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(pipeline.MissingExtra, match=r"Parquet input needs pyarrow.*syrtimeline\[scale\]'$"):
        st.load_corpus(p)
    assert main(["timeline", str(p)]) == 2
    assert "pip install 'syrtimeline[scale]'" in capsys.readouterr().err


# -- one reader --------------------------------------------------------------------------------------
def test_the_pipeline_reads_through_the_articles_reader(tmp_path: Path, texts: dict[str, str]) -> None:
    assert pipeline.iter_records is articles.iter_records
    assert (pipeline.RawArticle, pipeline.ReadError) == (RawArticle, ReadError)
    p = tmp_path / "one.txt"
    p.write_text(texts["004"], encoding="utf-8")
    [raw] = iter_records([p])
    assert isinstance(raw, RawArticle)
    assert raw.to_article() == st.load_corpus(p)[0]
    with pytest.raises(st.CorpusError, match="no such file or folder"):
        list(iter_records([tmp_path / "nowhere"]))


def test_the_reader_is_importable_without_the_pipeline_or_pyarrow() -> None:
    code = ("import sys, syrtimeline.articles as a; list(a.iter_records([a.reader.__file__]))\n"
            "print([m for m in ('syrtimeline.pipeline', 'pyarrow', 'rich') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_the_command_line_reads_a_folder_s_json_lines_too(tmp_path: Path, texts: dict[str, str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text(texts["002"], encoding="utf-8")
    (d / "feed.jsonl").write_bytes(_jsonl({"id": "f1", "text": texts["004"]}, b"[1]"))
    assert main(["extract", str(d), "--no-text", "--width", "400"]) == 0
    out, err = capsys.readouterr()
    assert str(d / "a.txt") in out and f"{d / 'feed.jsonl'}:1" in out
    assert f"syrtimeline: warning: {d / 'feed.jsonl'}:2: a line must be a JSON object, not list" in err
