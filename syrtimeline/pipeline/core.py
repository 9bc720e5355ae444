"""process(): a corpus in, the tables and the merged timeline out, in bounded batches."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final

import attrs

from .._optional import require
from ..articles import Article, ByteCounter, CorpusError, RawArticle, ReadError, iter_records, total_bytes
from ..events.actors import with_country_names
from ..events.merge import generic_actors
from ..events.model import Actor
from ..events.serialize import converter, record_bytes
from ..progress import Progress
from .runners import Runner, make_runner
from .spill import Run, Spill, cluster_family, key_fields
from .work import BatchResult, MergedEvent, build_events, generic, in_timeline_order, knowledge
from .writers import ARTICLES, ERRORS, EVENTS, MENTIONS, Format, JsonTimelineWriter, TableWriter

__all__ = ["BATCH_SIZE", "Summary", "process"]

BATCH_SIZE: Final = 64  # articles (and read errors) per batch: the unit of work and of the merge tree

SourcePath = str | Path  # a corpus to read: a path, or "-" for stdin


@attrs.frozen
class Summary:
    """What a run did. ``exit_code`` is 1 when anything was skipped or wrong (a line of errors.jsonl),
    or the run stopped; else 0."""

    out: Path
    format: str
    runner: str
    articles: int
    errors: int
    mentions: int
    events: int
    event_rows: int
    input_bytes: int
    chars: int
    seconds: float
    stopped: bool = False
    files: tuple[Path, ...] = ()
    merge_seconds: float = 0.0  # of ``seconds``: the last step, merging the timeline and writing it

    @property
    def exit_code(self) -> int:
        return 1 if self.errors or self.stopped else 0

    def rows(self) -> list[tuple[str, str]]:
        mb = self.input_bytes / 1e6
        rate = self.articles / self.seconds if self.seconds else 0.0
        return [("ran on", self.runner), ("articles", f"{self.articles:,}"),
                ("problems (errors.jsonl)", f"{self.errors:,}"), ("mentions", f"{self.mentions:,}"),
                ("events in the timeline", f"{self.events:,}"), ("input", f"{mb:,.1f} MB"),
                ("time", f"{self.seconds:,.1f} s (final merge {self.merge_seconds:,.1f} s)"),
                ("articles/s", f"{rate:,.1f}"),
                ("MB/s", f"{mb / self.seconds if self.seconds else 0.0:,.2f}"),
                ("output", f"{self.out} ({self.format})" + ("  STOPPED at the first error" if self.stopped
                                                           else ""))]


def _is_sources(articles: Any) -> bool:
    if isinstance(articles, str | Path):
        return True
    return isinstance(articles, list | tuple) and all(isinstance(a, str | Path) for a in articles) \
        and bool(articles)


def _records(articles: Any, counter: ByteCounter, stdin: IO[bytes] | None) -> Iterator[RawArticle | ReadError
                                                                                       | Article]:
    if _is_sources(articles):
        sources = [articles] if isinstance(articles, str | Path) else list(articles)
        yield from iter_records(sources, stdin=stdin, counter=counter)
        return
    for a in articles:
        if not isinstance(a, Article | RawArticle | ReadError):
            raise TypeError(f"process() takes paths or Articles, not {type(a).__name__}")
        if isinstance(a, Article | RawArticle):
            counter.done += len(a.text.encode("utf-8"))
        yield a


def _batches(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(records)
    while batch := list(itertools.islice(it, size)):
        yield batch


_BUILD_BYTES: Final = 1 << 20  # reports' JSON per event-building task
#: An event whose reports' JSON is larger is built in this process, streaming its reports from disk
#: (``MergedEvent``), rather than sent whole to a worker with all its reports.
BIG_EVENT_BYTES: Final = 4 << 20
_ROWS: Final = 1024  # rows of a big event handed to the table at a time

Merged = tuple[Sequence[Iterable[bytes]], list[dict[str, Any]]]  # events' JSON pieces, their rows


def _reader(spill: Spill, places: list[int]) -> Callable[[int], bytes]:
    return lambda n: spill.read(places[n])


def _merged(spill: Spill, runner: Runner, big: int | None = None) -> Iterator[Merged]:
    """The final merge, on the runner's workers: families grouped in parallel (one task each), then
    the events built in chunks of about a megabyte of reports, in timeline order. An event of more
    than *big* bytes of reports (default ``BIG_EVENT_BYTES``) is built here, reading its reports
    from disk as it is written, so it never is in memory whole."""
    big = BIG_EVENT_BYTES if big is None else big
    families = spill.families()
    calls = [(spill.keys(f, runner.shared_disk), spill.generic, spill.groups_path(f) if runner.shared_disk
              else None) for f in families]
    for family, result in zip(families, runner.imap(cluster_family, calls), strict=True):
        spill.grouped(family, result)
    runs = spill.placed_runs()
    waiting: list[list[list[int]]] = []

    def chunks() -> Iterator[tuple[list[Run]]]:
        """Runs of ordinary events, up to the next run with a big event (left in *waiting*)."""
        chunk: list[Run] = []
        size = 0
        for run in runs:
            sizes = [spill.size(places) for places in run]
            if max(sizes) > big:
                waiting.append(run)
                break
            chunk.append(spill.read_run(run))
            size += sum(sizes)
            if size >= _BUILD_BYTES:
                yield (chunk,)
                chunk, size = [], 0
        if chunk:
            yield (chunk,)

    while True:
        yield from runner.imap(build_events, chunks())
        if not waiting:
            return
        for b in in_timeline_order([MergedEvent(_reader(spill, places), len(places))
                                    for places in waiting.pop()]):
            yield [b.pieces()], []
            rows = b.rows()
            while batch := list(itertools.islice(rows, _ROWS)):
                yield [], batch


def process(articles: SourcePath | Iterable[SourcePath] | Iterable[Article], out: str | Path, *,
            format: Format = "parquet", jobs: int | None = None, scheduler: str | None = None,
            batch_size: int = BATCH_SIZE, fail_fast: bool = False, knowledge_base: bool = True,
            knowledge_folder: str | Path | None = None, progress: bool = False,
            stdin: IO[bytes] | None = None) -> Summary:
    """Run the whole pipeline over a corpus and write, in *out*: ``mentions``, ``events`` and
    ``articles`` tables (``.parquet``, or ``.jsonl`` with ``format="jsonl"``), ``timeline.json`` (load
    it with :meth:`Timeline.from_json`) and ``errors.jsonl``.

    *articles* is a source (a folder, a ``.jsonl`` / ``.jsonl.gz`` / ``.parquet`` / text file, or
    ``"-"`` for stdin, read by :func:`syrtimeline.articles.iter_records`), a list of sources, or an
    iterable of :class:`Article`. *jobs* local processes (default: the machine's cores), or a Dask
    cluster at *scheduler* (``"local"`` starts one). The output does not depend on *jobs*,
    *scheduler* or *batch_size*: rows come in input order, and the reports are merged at the end,
    family by family from disk, exactly as ``merge_events`` merges them (see
    :class:`~syrtimeline.pipeline.spill.Spill`), so the reports are never all in memory.

    Bad input never stops the run: each unreadable or failing article (or bad field of an article
    that is kept, like a ``published`` that is not a date) is one line of errors.jsonl, counted in
    the summary. With *fail_fast* the run stops at the first one, writes errors.jsonl and
    leaves no other table behind.
    """
    started = time.perf_counter()
    if format not in ("parquet", "jsonl"):
        raise ValueError(f"format must be 'parquet' or 'jsonl', not {format!r}")
    if format == "parquet":
        require("pyarrow.parquet", "Parquet output (the default --format)")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    sources: list[SourcePath] | None = None
    if _is_sources(articles):
        sources = [articles] if isinstance(articles, str | Path) else list(articles)  # type: ignore[arg-type]
        for s in sources:
            if str(s) != "-" and not Path(s).exists():
                raise CorpusError(f"{s}: no such file or folder")
    kf = None if knowledge_folder is None else str(knowledge_folder)
    kb = knowledge(kf)  # fail early on a bad knowledge base, before any worker starts
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    ext = "parquet" if format == "parquet" else "jsonl"
    size = total_bytes(sources) if sources is not None else None
    counter = ByteCounter()
    bar = Progress("process", total=size, enabled=progress, transient=False, rates=True)
    spill = Spill(outdir, generic(kb))  # reports wait on disk for the final merge
    runner = make_runner(jobs, scheduler, kf, fail_fast, knowledge_base)
    tables = {
        "mentions": TableWriter(outdir / f"mentions.{ext}", MENTIONS, format),
        "articles": TableWriter(outdir / f"articles.{ext}", ARTICLES, format),
        "errors": TableWriter(outdir / "errors.jsonl", ERRORS, "jsonl"),
    }
    n_articles = n_errors = n_mentions = chars = 0
    met: dict[str, Actor] = {}  # actors the articles name that the knowledge base does not hold
    stopped = False
    committed: list[Path] = []
    tl_file: JsonTimelineWriter | None = None
    merge_seconds = 0.0
    try:
        if knowledge_base:
            spill.add((key_fields(e), record_bytes(e)) for e in kb.events)
        result: BatchResult
        for result in runner.map(_batches(_records(articles, counter, stdin), batch_size)):
            tables["errors"].write([e.to_dict() for e in result.errors])
            n_errors += len(result.errors)
            if fail_fast and result.errors:
                stopped = True
                break
            tables["mentions"].write(result.mentions)
            tables["articles"].write(result.articles)
            n_articles += len(result.articles)
            n_mentions += len(result.mentions)
            chars += result.chars
            spill.add(result.reports)
            for actor in result.actors:
                met.setdefault(actor.id, actor)
            bar.update(counter.done, n_articles, n_errors)
        if stopped:
            for name in ("mentions", "articles"):
                tables.pop(name).abort()
            committed.append(tables.pop("errors").commit())
            n_events = n_rows = 0
        else:
            merge_started = time.perf_counter()
            bar.stage("merging the timeline")
            # as Timeline.from_articles: the actors met are listed, and generic ones merge as generic
            spill.generic = spill.generic | generic_actors(met)
            listed = [with_country_names(a) for a in {**kb.actors, **dict(sorted(met.items()))}.values()]
            # written event by event: sources and other dates in a total order (see canonical)
            ev_table = TableWriter(outdir / f"events.{ext}", EVENTS, format)
            tables["events"] = ev_table
            tl_file = JsonTimelineWriter(outdir / "timeline.json")
            n_rows = n_events = 0
            for texts, rows in _merged(spill, runner):
                for text in texts:
                    tl_file.write(text)
                n_events += len(texts)
                ev_table.write(rows)
                n_rows += len(rows)
            committed.append(tl_file.commit(converter.unstructure(listed),
                                            converter.unstructure(list(kb.channels.values()))))
            merge_seconds = time.perf_counter() - merge_started
            for name in ("mentions", "events", "articles", "errors"):
                committed.append(tables.pop(name).commit())
    except BaseException:
        for t in tables.values():
            t.abort()
        if tl_file is not None:
            tl_file.abort()
        raise
    finally:
        spill.close()
        bar.close()
        runner.close()
    return Summary(out=outdir, format=format, runner=runner.description, articles=n_articles,
                   errors=n_errors, mentions=n_mentions, events=n_events, event_rows=n_rows,
                   input_bytes=size if size is not None else counter.done, chars=chars,
                   seconds=time.perf_counter() - started, stopped=stopped, files=tuple(committed),
                   merge_seconds=merge_seconds)
