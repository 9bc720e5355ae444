"""syrtimeline process: streaming readers, tables, bad input, --fail-fast, --jobs, a Dask LocalCluster."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline._seeds import seed_dir, seed_texts
from syrtimeline.dates import DateSpan
from syrtimeline.events import Event, Source
from syrtimeline.events.serialize import canonical
from syrtimeline.events.timeline import Timeline, merge_events
from syrtimeline.pipeline import RawArticle, ReadError, iter_records, process
from syrtimeline.pipeline.command import main
from syrtimeline.pipeline.work import combine

D = dt.date.fromisoformat
TABLES = ("mentions", "events", "articles")


def _rows(seeds: int = 3) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i in range(seeds):
        for name, text, pub in seed_texts():
            out.append({"id": f"{name[:3]}-{i}", "text": text, "outlet": f"outlet{i}",
                        "published": pub.isoformat() if pub else None, "url": f"https://x/{name}/{i}"})
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with good and bad input: .txt with a manifest, .jsonl with bad lines, .jsonl.gz."""
    root = tmp_path_factory.mktemp("corpus")
    for path in seed_dir().iterdir():
        (root / path.name).write_bytes(path.read_bytes())
    (root / "zz_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    rows = _rows(3)
    with (root / "a.jsonl").open("w", encoding="utf-8") as fh:
        for j, r in enumerate(rows):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            if j == 2:
                fh.write("[1, 2, 3]\n")  # not an object
            if j == 4:
                fh.write('{"id": "hollow", "text": "   "}\n')  # no text
            if j == 6:
                fh.write("{not json\n")
    with gzip.open(root / "b.jsonl.gz", "wt", encoding="utf-8") as gz:
        for r in _rows(2):
            gz.write(json.dumps({**r, "id": f"gz-{r['id']}"}, ensure_ascii=False) + "\n")
    return root


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _outputs(out: Path, ext: str) -> dict[str, bytes]:
    names = [f"{t}.{ext}" for t in TABLES] + ["timeline.json", "errors.jsonl"]
    return {n: (out / n).read_bytes() for n in names}


@pytest.fixture(scope="module")
def jsonl_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("jsonl1")
    code = main(["process", str(corpus), "--out", str(out), "--format", "jsonl", "--jobs", "1", "--quiet"])
    return out, code


# -- bad input: logged, counted, the run goes on ------------------------------------------------------
def test_bad_input_goes_to_errors_and_the_run_goes_on(jsonl_run: tuple[Path, int], corpus: Path) -> None:
    out, code = jsonl_run
    assert code == 1  # something was skipped
    errors = _read_jsonl(out / "errors.jsonl")
    where = {str(e["where"]).replace(str(corpus), "C"): e["what"] for e in errors}
    assert set(where) == {"C/zz_binary.txt", "C/a.jsonl:4", "C/a.jsonl:7", "C/a.jsonl:10"}
    assert "NUL byte" in str(where["C/zz_binary.txt"])
    assert "JSON object, not list" in str(where["C/a.jsonl:4"])
    assert where["C/a.jsonl:7"] == "no text"
    assert "not JSON" in str(where["C/a.jsonl:10"])
    articles = _read_jsonl(out / "articles.jsonl")
    assert len(articles) == 5 + 15 + 10  # every good article is there
    assert [a["id"] for a in articles[:5]] == [p.stem for p in sorted(seed_dir().glob("*.txt"))]
    first = articles[0]
    assert set(first) == {"id", "outlet", "published", "published_from", "title", "url", "where", "chars",
                          "mentions", "events", "warnings"}
    mentions = _read_jsonl(out / "mentions.jsonl")
    assert sum(int(str(a["mentions"])) for a in articles) == len(mentions)
    m = next(m for m in mentions if m["text"] == "أمس الجمعة 17 كانون الأول")
    assert (m["value_start"], m["granularity"], m["timex"], m["rule"]) == \
        ("2021-12-17", "day", "2021-12-17", "relday_weekday_date")
    assert not list(out.glob(".*partial*"))  # no temporary file left


def test_timeline_json_loads_and_event_rows_cite_sources(jsonl_run: tuple[Path, int]) -> None:
    out, _ = jsonl_run
    timeline = st.Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    rows = _read_jsonl(out / "events.jsonl")
    assert {r["event_id"] for r in rows} == {e.id for e in timeline}
    assert len(rows) == sum(len(e.sources) for e in timeline)
    quoted = [r for r in rows if r["source_is_article"]]
    assert quoted and all(r["source_quote"] and r["source_start"] is not None for r in quoted)
    # each row carries the date its own report gave; an event of one source has that date
    assert all(r["reported_basis"] for r in rows)
    single = [r for r in rows if sum(x["event_id"] == r["event_id"] for x in rows) == 1]
    assert single and all((r["reported_start"], r["reported_end"]) == (r["when_start"], r["when_end"])
                          for r in single)
    assert any(r["disagreements"] for r in rows) or not any(e.other_dates for e in timeline)


def test_the_timeline_is_that_of_the_library(tmp_path: Path) -> None:
    summary = process(seed_dir(), tmp_path, format="jsonl", jobs=1)
    assert summary.exit_code == 0 and summary.errors == 0 and summary.articles == 5
    ours = st.Timeline.from_json((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    library = st.default_timeline()
    assert _written(ours) == _written(library)
    # the same actors, those the seeds name that the knowledge base does not hold among them
    assert ours.actors == library.actors
    assert any(a.startswith(("person:", "source:")) for a in ours.actors)


def _written(events: object) -> list[dict[str, object]]:
    # the fields that make an event equal (its records, the reports it was merged from, are not compared)
    return [{k: v for k, v in canonical(e).items() if k != "records"}
            for e in events]  # type: ignore[attr-defined]


def test_processing_failure_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from syrtimeline.pipeline import work

    real = work.events_from_articles

    def flaky(articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any(a.id.startswith("002") for a in articles):
            raise RuntimeError("boom")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(work, "events_from_articles", flaky)
    summary = process(seed_dir(), tmp_path, format="jsonl", jobs=1)
    assert (summary.articles, summary.errors, summary.exit_code) == (4, 1, 1)
    [err] = _read_jsonl(tmp_path / "errors.jsonl")
    assert err["id"] == "002_e063d5590c4c2dcd" and "RuntimeError: boom" in str(err["what"])
    assert str(err["where"]).endswith("002_e063d5590c4c2dcd.txt")


def test_fail_fast_stops_at_the_first_error(corpus: Path, tmp_path: Path) -> None:
    code = main(["process", str(corpus), "--out", str(tmp_path), "--format", "jsonl", "--jobs", "1",
                 "--fail-fast", "--quiet"])
    assert code == 1
    [err] = _read_jsonl(tmp_path / "errors.jsonl")
    assert str(err["where"]).endswith("zz_binary.txt")  # reading order: the .txt files, then a.jsonl
    assert sorted(p.name for p in tmp_path.iterdir()) == ["errors.jsonl"]  # nothing that looks whole


def test_an_interrupted_run_leaves_no_file_that_looks_whole(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from syrtimeline.pipeline import core

    def interrupted(*args: object, **kw: object) -> object:
        raise KeyboardInterrupt

    # interrupted while the timeline is being written: no table, no timeline, no spilled reports left
    monkeypatch.setattr(core, "build_events", interrupted)
    with pytest.raises(KeyboardInterrupt):
        process(seed_dir(), tmp_path, format="jsonl", jobs=1)
    assert list(tmp_path.iterdir()) == []


# -- readers --------------------------------------------------------------------------------------------
def test_readers_stream_stdin_and_report_where(tmp_path: Path) -> None:
    lines = b'{"id": "a", "text": "\xd9\x82\xd8\xa7\xd9\x84", "published": "2021-02-03"}\n7\n'
    recs = list(iter_records(["-"], stdin=io.BytesIO(lines)))
    assert recs[0].id == "a" and recs[0].published == dt.date(2021, 2, 3)  # type: ignore[union-attr]
    assert recs[1] == ReadError("<stdin>:2", "a line must be a JSON object, not int")
    bad_date = tmp_path / "d.jsonl"
    bad_date.write_text('{"id": "x", "text": "نص", "published": "yesterday"}\n', encoding="utf-8")
    error, kept = list(iter_records([bad_date]))  # the bad date is reported, the article kept
    assert isinstance(error, ReadError) and "not an ISO date" in error.what and error.id == "x"
    assert isinstance(kept, RawArticle) and (kept.id, kept.published) == ("x", None)
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(b'{"id": "ok", "text": "\xd9\x86\xd8\xb5"}\n' * 50)[:-30])
    recs = list(iter_records([broken]))
    assert isinstance(recs[-1], ReadError) and "gzip" in recs[-1].what
    summary = process("-", tmp_path / "o", format="jsonl", jobs=1,
                      stdin=io.BytesIO(seed_texts()[0][1].encode("utf-8")))
    assert summary.articles == 1 and summary.mentions > 0


# -- jobs and Parquet --------------------------------------------------------------------------------------
def test_two_processes_give_the_same_files_as_one(corpus: Path, jsonl_run: tuple[Path, int],
                                                  tmp_path: Path) -> None:
    one, _ = jsonl_run
    code = main(["process", str(corpus), "--out", str(tmp_path), "--format", "jsonl", "--jobs", "2",
                 "--batch-size", "4", "--quiet"])
    assert code == 1
    assert _outputs(tmp_path, "jsonl") == _outputs(one, "jsonl")


def test_parquet_tables_and_a_dask_local_cluster(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("distributed")
    one = tmp_path / "one"
    assert main(["process", str(corpus), "--out", str(one), "--jobs", "1", "--quiet"]) == 1
    mentions = pq.read_table(one / "mentions.parquet")
    assert mentions.column_names == ["article_id", "start", "end", "text", "kind", "value_start", "value_end",
                                     "granularity", "mod", "timex", "rule"]
    assert str(mentions.schema.field("value_start").type) == "date32[day]"
    events = pq.read_table(one / "events.parquet").to_pylist()
    assert events and {"event_id", "source_ref", "source_quote"} <= set(events[0])
    pq.read_table(one / "articles.parquet")
    # a cluster started here with two worker processes: the same files, byte for byte
    cluster = tmp_path / "dask"
    assert main(["process", str(corpus), "--out", str(cluster), "--scheduler", "local", "--workers", "2",
                 "--batch-size", "4", "--quiet"]) == 1
    for name in ("timeline.json", "errors.jsonl"):
        assert (cluster / name).read_bytes() == (one / name).read_bytes()
    for t in TABLES:
        theirs, ours = (pq.read_table(d / f"{t}.parquet").to_pylist() for d in (cluster, one))
        assert theirs == ours


def test_parquet_input(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = _rows(1)
    rows.append({"id": "empty", "text": None, "outlet": None, "published": None, "url": None})
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet", row_group_size=2)
    summary = process(tmp_path / "in.parquet", tmp_path / "o", format="jsonl", jobs=1)
    assert (summary.articles, summary.errors) == (5, 1)
    [err] = _read_jsonl(tmp_path / "o" / "errors.jsonl")
    assert err == {"where": f"{tmp_path / 'in.parquet'}#5", "what": "no text", "id": "empty"}


def test_without_the_extra_parquet_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    code = main(["process", str(seed_dir()), "--out", str(tmp_path / "p"), "--jobs", "1"])
    assert code == 2 and "pip install 'syrtimeline[scale]'" in capsys.readouterr().err
    code = main(["process", str(seed_dir()), "--out", str(tmp_path / "d"), "--format", "jsonl",
                 "--scheduler", "local"])
    assert code == 2 and "dask[distributed]" in capsys.readouterr().err
    # JSON Lines on local processes needs neither
    assert main(["process", str(seed_dir()), "--out", str(tmp_path / "j"), "--format", "jsonl", "--jobs", "1",
                 "--quiet"]) == 0


def test_import_syrtimeline_never_imports_pyarrow_or_dask() -> None:
    code = ("import sys, syrtimeline as st; st.extract('أمس', '2021-01-02'); st.seeds(); "
            "bad = [m for m in ('pyarrow', 'dask', 'distributed', 'syrtimeline.pipeline') "
            "if m in sys.modules]; "
            "print(bad); sys.exit(bool(bad))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_missing_source_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--format", "jsonl"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# -- the reduction: partial timelines combine in any grouping -----------------------------------------------
_DAY0 = D("2019-05-01")


@hs.composite
def _events(draw: hs.DrawFn) -> list[Event]:
    out = []
    for i in range(draw(hs.integers(0, 10))):
        start = _DAY0 + dt.timedelta(days=draw(hs.integers(0, 30)))
        when = draw(hs.sampled_from([DateSpan(start, start), DateSpan(start, start + dt.timedelta(days=8)),
                                     None]))
        kb = draw(hs.booleans())
        # knowledge-base sources of one outlet (same ref, no span) tie in merge_events' own sort
        source = Source("tass.com", None, None, f"title {i % 2}", f"https://t/{i}") if kb \
            else Source(f"art{i % 4}", (i, i + 3), "quote")
        kind = draw(hs.sampled_from(["statement", "meeting", "suspension", "strike"]))
        out.append(Event(
            # a report's id names its article («<article>@»): the rules of one article's reports
            id=f"r{i}" if kb else f"art{i % 4}@{i}", when=when, kind=kind, summary="s",
            mode=draw(hs.sampled_from([None, "aerial", "shelling"])) if kind == "strike" else None,
            actors=tuple(draw(hs.sets(hs.sampled_from(["lavrov", "antonov", "russia"]), max_size=2))),
            channel=draw(hs.sampled_from([None, "us-ru-air-safety-mou"])), sources=(source,),
            when_basis=draw(hs.sampled_from(["stated", "on-or-before-publication"]))))
    return out


@settings(max_examples=120, deadline=None)
@given(_events(), hs.lists(hs.integers(0, 3), min_size=10, max_size=10), hs.randoms(use_true_random=False))
def test_combining_partials_in_any_grouping_is_the_whole(evs: list[Event], labels: list[int],
                                                         rnd: object) -> None:
    whole = merge_events(evs, ("russia",))
    parts = [merge_events([e for e, k in zip(evs, labels, strict=False) if k == p], ("russia",))
             for p in range(4)]
    rnd.shuffle(parts)  # type: ignore[attr-defined]
    assert combine(None, *parts) == whole  # one reduction step
    a, b, c, d = parts
    assert combine(None, combine(None, a, b), combine(None, c, d)) == whole  # a tree
    assert combine(None, a, combine(None, b, combine(None, c, d))) == whole  # a fold
    # and the written form does not depend on how the sources' ties happened to be ordered
    flipped = [attrs.evolve(e, sources=tuple(reversed(e.sources))) for e in whole]
    assert [canonical(e) for e in flipped] == \
        [canonical(e) for e in whole]


@settings(max_examples=100, deadline=None)
@given(_events(), hs.lists(hs.integers(0, 9), max_size=4))
def test_the_merge_from_disk_is_merge_events(evs: list[Event], repeats: list[int]) -> None:
    # the pipeline merges family by family from spilled keys and reports; it must give exactly what
    # merge_events gives in memory, also for the same report read twice and ids that tie
    import tempfile

    from syrtimeline.events.serialize import record_bytes
    from syrtimeline.pipeline.spill import Spill, cluster_family, key_fields
    from syrtimeline.pipeline.work import build_events, event_rows, merged_events

    evs = evs + [evs[i] for i in repeats if i < len(evs)]
    evs += [attrs.evolve(e, summary="other report, same id") for e in evs[:2]]

    rows: dict[str, list[dict[str, Any]]] = {}

    def spilled(read: str) -> list[Any]:
        rows[read] = []
        with tempfile.TemporaryDirectory() as folder:
            spill = Spill(Path(folder), frozenset({"russia"}))
            try:
                spill.add((key_fields(e), record_bytes(e)) for e in evs)
                if read == "events":
                    out: list[Any] = list(merged_events(spill))
                elif read == "streamed":  # every event built from its reports read from disk as written
                    from syrtimeline.pipeline.core import _merged
                    from syrtimeline.pipeline.runners import make_runner

                    serial = make_runner(1, None, None, False, True)
                    out = []
                    for texts, built_rows in _merged(spill, serial, big=0):
                        out += [b"".join(t) for t in texts]
                        rows[read] += built_rows
                else:  # as the pipeline does it: families as bytes (a remote worker), events in chunks
                    for family in spill.families():
                        spill.grouped(family, cluster_family(spill.keys(family, as_path=False),
                                                             spill.generic))
                    runs = list(spill.runs())
                    out = []
                    for i in range(0, len(runs), 3):
                        texts, built_rows = build_events(runs[i:i + 3])
                        out += [b"".join(t) for t in texts]
                        rows[read] += built_rows
            finally:
                spill.close()
            assert list(Path(folder).iterdir()) == []
        return out

    in_memory = merge_events(evs, ("russia",))
    expected = [json.loads(json.dumps(canonical(e), ensure_ascii=False))
                for e in in_memory]
    from_disk = spilled("events")
    assert [canonical(e) for e in from_disk] == \
        [canonical(e) for e in in_memory]
    assert [len(e.records) for e in from_disk] == [len(e.records) for e in in_memory]
    # and as timeline.json holds them: the text, and the rows' source
    assert [json.loads(t) for t in spilled("written")] == expected
    assert [json.loads(t) for t in spilled("streamed")] == expected
    # the events table: what event_rows makes of the merged events, records and all
    assert rows["written"] == rows["streamed"] == event_rows(expected)


@settings(max_examples=100, deadline=None)
@given(_events(), hs.lists(hs.integers(0, 9), max_size=4))
def test_grouping_on_disk_in_tiny_pieces_is_merge_events(evs: list[Event], repeats: list[int]) -> None:
    # cluster_family sorts on disk and leaves leaders out of reach on disk: with runs of three
    # records merged two at a time, chunks of two and leaders in chunks of one, every file path of
    # it is taken; it must still give exactly what merge_events gives in memory
    import tempfile
    from unittest import mock

    from syrtimeline.events.serialize import record_bytes
    from syrtimeline.pipeline import spill as spill_module
    from syrtimeline.pipeline.work import merged_events

    evs = evs + [evs[i] for i in repeats if i < len(evs)]
    with tempfile.TemporaryDirectory() as folder, \
            mock.patch.multiple(spill_module, _SORT_RUN=3, _FAN_IN=2, _READ=2, _LEADERS=1,
                                _PENDING=2):
        spill = spill_module.Spill(Path(folder), frozenset({"russia"}))
        try:
            spill.add((spill_module.key_fields(e), record_bytes(e)) for e in evs)
            from_disk = list(merged_events(spill))
        finally:
            spill.close()
        assert list(Path(folder).iterdir()) == []
    assert [canonical(e) for e in from_disk] == [canonical(e) for e in merge_events(evs, ("russia",))]


def test_the_key_rows_held_while_streaming_are_bounded_for_all_families_together(tmp_path: Path) -> None:
    # each family's rows used to wait until that family alone had 4,096: a rare family's piled up
    # over most of a run (the reading phase's memory grew with the corpus)
    from syrtimeline.events.serialize import record_bytes
    from syrtimeline.pipeline import spill as spill_module

    kinds = ["statement", "meeting", "suspension", "strike", "agreement", "patrol"]
    evs = [Event(id=f"r{i}", when=DateSpan(_DAY0, _DAY0), kind=kinds[i % len(kinds)], summary="s",
                 sources=(Source(f"art{i}", (0, 3)),)) for i in range(60)]
    from unittest import mock

    with mock.patch.multiple(spill_module, _PENDING=7):
        spill = spill_module.Spill(tmp_path, frozenset())
        try:
            for e in evs:
                spill.add([(spill_module.key_fields(e), record_bytes(e))])
                held = sum(len(rows) for rows in spill._pending.values())
                assert held == spill._pending_rows < 7
        finally:
            spill.close()


def test_the_subcommand_under_the_syrtimeline_command(tmp_path: Path) -> None:
    from syrtimeline import cli

    argv = ["process", str(seed_dir()), "--out", str(tmp_path), "--format", "jsonl", "--jobs", "1", "--quiet"]
    assert cli.main(argv) == 0
    assert st.process is process  # syrtimeline.process, loaded on first use
    assert len(_read_jsonl(tmp_path / "articles.jsonl")) == 5


def test_articles_in_memory_and_any_batch_size_give_the_same_files(tmp_path: Path) -> None:
    process(seed_dir(), tmp_path / "folder", format="jsonl", jobs=1)
    process(st.seeds(), tmp_path / "articles", format="jsonl", jobs=1, batch_size=2)
    for name in ("mentions.jsonl", "timeline.json", "events.jsonl"):
        assert (tmp_path / "articles" / name).read_bytes() == (tmp_path / "folder" / name).read_bytes()


def test_events_too_big_for_one_task_are_streamed_from_disk_to_the_same_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an event whose reports exceed BIG_EVENT_BYTES is built in the main process, reading its reports
    # from the spill as it is written; with the threshold at 0 every event is, and nothing changes
    import syrtimeline.pipeline.core as core

    process(seed_dir(), tmp_path / "tasks", format="jsonl", jobs=1)
    monkeypatch.setattr(core, "BIG_EVENT_BYTES", 0)
    process(seed_dir(), tmp_path / "streamed", format="jsonl", jobs=2, batch_size=2)
    assert _outputs(tmp_path / "streamed", "jsonl") == _outputs(tmp_path / "tasks", "jsonl")
    timeline = Timeline.from_json((tmp_path / "streamed" / "timeline.json").read_text(encoding="utf-8"))
    assert any(e.records for e in timeline)  # merged events, with their records spliced in


def test_the_files_do_not_depend_on_string_hashing(tmp_path: Path) -> None:
    # merge_events breaks ties between sources by set order, which follows PYTHONHASHSEED; the
    # pipeline writes sources in a total order, so two runs with different seeds agree byte for byte
    import os

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        argv = [sys.executable, "-m", "syrtimeline.pipeline.command", "process", str(seed_dir()), "--out",
                str(out), "--format", "jsonl", "--jobs", "1", "--quiet"]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(argv, env=env, capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        outs.append(out)
    assert _outputs(outs[0], "jsonl") == _outputs(outs[1], "jsonl")


def test_the_shared_options_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from syrtimeline import cli
    from syrtimeline.articles import CorpusError

    missing = str(tmp_path / "nope")
    assert cli.main(["process", missing, "--out", str(tmp_path / "o"), "--no-color"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(CorpusError):  # --debug: the exception itself, with its traceback
        cli.main(["process", missing, "--out", str(tmp_path / "o"), "--debug"])
    argv = ["process", str(seed_dir()), "--out", str(tmp_path / "s"), "--format", "jsonl", "--jobs", "1",
            "--no-color"]
    assert cli.main(argv) == 0  # accepted after the subcommand too, like every other subcommand's


def test_two_articles_with_one_id_in_a_batch_keep_their_own_events(tmp_path: Path) -> None:
    seeds = st.seeds()
    twin = attrs.evolve(seeds[1], id=seeds[0].id)  # another article under the first one's id
    process([seeds[0], twin], tmp_path / "both", format="jsonl", jobs=1)
    process([seeds[0]], tmp_path / "a", format="jsonl", jobs=1)
    process([seeds[1]], tmp_path / "b", format="jsonl", jobs=1)
    both = _read_jsonl(tmp_path / "both" / "articles.jsonl")
    alone = _read_jsonl(tmp_path / "a" / "articles.jsonl") + _read_jsonl(tmp_path / "b" / "articles.jsonl")
    assert [r["events"] for r in both] == [r["events"] for r in alone]
    assert [r["mentions"] for r in both] == [r["mentions"] for r in alone]
    assert all(int(str(r["events"])) > 0 for r in both)
