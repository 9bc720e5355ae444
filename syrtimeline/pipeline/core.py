"""process(): a corpus in, the tables and the merged timeline out, in bounded batches."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Final

import attrs

from ..articles import Article, CorpusError
from ..events.serialize import converter
from ..events.timeline import Timeline
from ._optional import require
from .progress import Progress
from .readers import ByteCounter, RawArticle, ReadError, iter_records, total_bytes
from .runners import Runner, make_runner
from .work import BatchResult, canonical, event_rows, knowledge
from .writers import ARTICLES, ERRORS, EVENTS, MENTIONS, Format, JsonTimelineWriter, TableWriter

__all__ = ["BATCH_SIZE", "Summary", "process"]

BATCH_SIZE: Final = 64  # articles (and read errors) per batch: the unit of work and of the merge tree

Source = str | Path


@attrs.frozen
class Summary:
    """What a run did. ``exit_code`` is 1 when anything was skipped (or the run stopped), else 0."""

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
                ("skipped (errors.jsonl)", f"{self.errors:,}"), ("mentions", f"{self.mentions:,}"),
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


class _Tree:
    """Partial timelines combined FAN_IN at a time where the runner runs work (on a Dask cluster: on
    the workers), in a shape fixed by the number of batches alone (a counter in base FAN_IN). Merging
    restarts from each event's reports, so it is associative and the shape cannot change the result;
    the last step, all that is left plus the knowledge base, is the ``Timeline`` built here. Runners
    whose ``reduce`` is False (this process, local processes) keep the partials for that last step:
    an intermediate combination would only merge the same reports twice on the same cores."""

    FAN_IN: Final = 16

    def __init__(self, runner: Runner) -> None:
        self.runner = runner
        self.stack: list[tuple[int, Any]] = []

    def push(self, partial: Any) -> None:
        height = 0
        self.stack.append((height, partial))
        while self.runner.reduce and len(self.stack) >= self.FAN_IN \
                and all(h == height for h, _ in self.stack[-self.FAN_IN:]):
            parts = [p for _, p in self.stack[-self.FAN_IN:]]
            del self.stack[-self.FAN_IN:]
            height += 1
            self.stack.append((height, self.runner.combine(parts)))

    def partials(self) -> list[list[Any]]:
        """What is left to combine (at most FAN_IN - 1 per height); the caller makes the last step."""
        parts = [self.runner.value(p) for _, p in self.stack]
        self.stack = []
        return parts


def process(articles: Source | Iterable[Source] | Iterable[Article], out: str | Path, *,
            format: Format = "parquet", jobs: int | None = None, scheduler: str | None = None,
            batch_size: int = BATCH_SIZE, fail_fast: bool = False, knowledge_base: bool = True,
            knowledge_folder: str | Path | None = None, progress: bool = False,
            stdin: IO[bytes] | None = None) -> Summary:
    """Run the whole pipeline over a corpus and write, in *out*: ``mentions``, ``events`` and
    ``articles`` tables (``.parquet``, or ``.jsonl`` with ``format="jsonl"``), ``timeline.json`` (load
    it with :meth:`Timeline.from_json`) and ``errors.jsonl``.

    *articles* is a source (a folder, a ``.jsonl`` / ``.jsonl.gz`` / ``.parquet`` / text file, or
    ``"-"`` for stdin), a list of sources, or an iterable of :class:`Article`. *jobs* local processes
    (default: the machine's cores), or a Dask cluster at *scheduler* (``"local"`` starts one). The
    output does not depend on *jobs*, *scheduler* or *batch_size*: rows come in input order, and
    merging restarts from each event's reports, so partial timelines combine into the timeline of the
    whole however they are grouped (see :class:`_Tree`).

    Bad input never stops the run: each unreadable or failing article is one line of errors.jsonl,
    counted in the summary. With *fail_fast* the run stops at the first one, writes errors.jsonl and
    leaves no other table behind.
    """
    started = time.perf_counter()
    if format not in ("parquet", "jsonl"):
        raise ValueError(f"format must be 'parquet' or 'jsonl', not {format!r}")
    if format == "parquet":
        require("pyarrow.parquet", "Parquet output (the default --format)")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    sources: list[Source] | None = None
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
    bar = Progress(size, progress)
    runner = make_runner(jobs, scheduler, kf, fail_fast, knowledge_base)
    tables = {
        "mentions": TableWriter(outdir / f"mentions.{ext}", MENTIONS, format),
        "articles": TableWriter(outdir / f"articles.{ext}", ARTICLES, format),
        "errors": TableWriter(outdir / "errors.jsonl", ERRORS, "jsonl"),
    }
    n_articles = n_errors = n_mentions = chars = 0
    stopped = False
    committed: list[Path] = []
    tl_file: JsonTimelineWriter | None = None
    merge_seconds = 0.0
    try:
        tree = _Tree(runner)
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
            tree.push(result.events)
            bar.update(counter.done, n_articles, n_errors)
        if stopped:
            for name in ("mentions", "articles"):
                tables.pop(name).abort()
            committed.append(tables.pop("errors").commit())
            n_events = n_rows = 0
        else:
            merge_started = time.perf_counter()
            bar.stage("merging the timeline")
            # the last step of the reduction: the remaining partials (and the knowledge base) merged
            # into the Timeline, as Timeline.from_articles would merge them
            events = [e for part in tree.partials() for e in part]
            if knowledge_base:
                events += kb.events
            timeline = Timeline(events=events, actors=kb.actors, channels=kb.channels)
            del events
            # written event by event: sources and other dates in a total order (see canonical)
            ev_table = TableWriter(outdir / f"events.{ext}", EVENTS, format)
            tables["events"] = ev_table
            tl_file = JsonTimelineWriter(outdir / "timeline.json")
            rows: list[dict[str, Any]] = []
            n_rows = 0
            for e in timeline:
                data = canonical(converter.unstructure(e))
                tl_file.write(data)
                rows += event_rows([data])
                if len(rows) >= 4096:
                    ev_table.write(rows)
                    n_rows += len(rows)
                    rows = []
            ev_table.write(rows)
            n_rows += len(rows)
            n_events = len(timeline)
            committed.append(tl_file.commit(converter.unstructure(list(timeline.actors.values())),
                                            converter.unstructure(list(timeline.channels.values()))))
            del timeline
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
        bar.close()
        runner.close()
    return Summary(out=outdir, format=format, runner=runner.description, articles=n_articles,
                   errors=n_errors, mentions=n_mentions, events=n_events, event_rows=n_rows,
                   input_bytes=size if size is not None else counter.done, chars=chars,
                   seconds=time.perf_counter() - started, stopped=stopped, files=tuple(committed),
                   merge_seconds=merge_seconds)
