"""Table writers (an edge: files): Parquet through pyarrow, or JSON Lines in pure Python.

Each table is written batch by batch to a hidden temporary name in the output folder and renamed to
its real name only by :meth:`TableWriter.commit`, once complete; :meth:`TableWriter.abort` removes
it. An interrupted run therefore never leaves a file that looks whole.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal

from .._optional import require

__all__ = ["ARTICLES", "ERRORS", "EVENTS", "MENTIONS", "Format", "JsonTimelineWriter", "TableWriter"]

Format = Literal["parquet", "jsonl"]
Column = tuple[str, str]  # name, type: str | int | bool | date | list

MENTIONS: Final[tuple[Column, ...]] = (
    ("article_id", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("kind", "str"),
    ("value_start", "date"), ("value_end", "date"), ("granularity", "str"), ("mod", "str"), ("timex", "str"),
    ("rule", "str"))
ARTICLES: Final[tuple[Column, ...]] = (
    ("id", "str"), ("outlet", "str"), ("published", "str"), ("published_from", "str"), ("title", "str"),
    ("url", "str"), ("where", "str"), ("chars", "int"), ("mentions", "int"), ("events", "int"),
    ("warnings", "int"))
EVENTS: Final[tuple[Column, ...]] = (
    ("event_id", "str"), ("kind", "str"), ("mode", "str"),
    ("plover_event", "str"), ("acled_event_type", "str"), ("acled_sub_event_type", "str"),
    ("when_start", "date"), ("when_end", "date"),
    ("granularity", "str"), ("timex", "str"), ("when_basis", "str"), ("certainty", "str"), ("summary", "str"),
    ("actors", "list"), ("source_actors", "list"), ("target_actors", "list"),
    ("channel", "str"), ("disagreements", "int"), ("source_ref", "str"), ("source_is_article", "bool"),
    ("source_start", "int"), ("source_end", "int"), ("source_quote", "str"), ("source_title", "str"),
    ("source_url", "str"), ("source_published", "date"), ("reported_start", "date"), ("reported_end", "date"),
    ("reported_timex", "str"), ("reported_basis", "str"))
ERRORS: Final[tuple[Column, ...]] = (("where", "str"), ("what", "str"), ("id", "str"))
ROW_GROUP_ROWS: Final = 65_536  # rows per Parquet row group, at most
ROW_GROUP_BYTES: Final = 2 << 20  # Arrow bytes buffered before a row group is written, at most


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial-{os.getpid()}")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _arrow_schema(columns: Sequence[Column]) -> Any:
    pa = require("pyarrow", "writing Parquet")
    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_(), "date": pa.date32(),
             "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns])


class TableWriter:
    """One output table, written in batches under a temporary name."""

    def __init__(self, path: Path, columns: Sequence[Column], fmt: Format) -> None:
        self.path = path
        self.columns = tuple(columns)
        self.fmt = fmt
        self.rows = 0
        self._tmp = _temp(path)
        self._fh: IO[str] | None = None
        self._pq: Any = None
        self._schema: Any = None
        self._buffer: list[Any] = []
        self._buffered_rows = self._buffered_bytes = 0
        if fmt == "parquet":
            self._schema = _arrow_schema(self.columns)
            pq = require("pyarrow.parquet", "writing Parquet")
            self._pq = pq.ParquetWriter(str(self._tmp), self._schema, compression="zstd")
        else:
            self._fh = self._tmp.open("w", encoding="utf-8", newline="\n")
        #: ``json.dumps(row, ensure_ascii=False, default=_json_default)``, its encoder made once, not
        #: once a row
        self._encode = json.JSONEncoder(ensure_ascii=False, default=_json_default).encode

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        self.rows += len(rows)
        if self._pq is not None:
            # buffered as Arrow batches and written as row groups of up to ROW_GROUP_ROWS rows (or
            # ROW_GROUP_BYTES): one row group per small batch would make the file's footer, which
            # the writer holds in memory until it closes, grow with the input
            pa = require("pyarrow", "writing Parquet")
            columns = {name: [r.get(name) for r in rows] for name, _ in self.columns}
            batch = pa.RecordBatch.from_pydict(columns, schema=self._schema)
            self._buffer.append(batch)
            self._buffered_rows += batch.num_rows
            self._buffered_bytes += batch.nbytes
            if self._buffered_rows >= ROW_GROUP_ROWS or self._buffered_bytes >= ROW_GROUP_BYTES:
                self._flush()
        elif self._fh is not None:
            names = [name for name, _ in self.columns]
            encode = self._encode
            self._fh.writelines(encode({n: r.get(n) for n in names}) + "\n" for r in rows)

    def _flush(self) -> None:
        if self._buffer:
            pa = require("pyarrow", "writing Parquet")
            self._pq.write_table(pa.Table.from_batches(self._buffer, schema=self._schema),
                                 row_group_size=max(self._buffered_rows, 1))
            self._buffer = []
            # Arrow's allocator keeps freed memory for reuse; give it back, so a long run's RSS
            # stays at what is in use (measured: 50 MB less at the end of a 50 MB run)
            pa.default_memory_pool().release_unused()
        self._buffer = []
        self._buffered_rows = self._buffered_bytes = 0

    def _close(self, flush: bool = True) -> None:
        if self._pq is not None:
            if flush:
                self._flush()
            self._pq.close()
            self._pq = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def commit(self) -> Path:
        """Close the table and give it its real name."""
        self._close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Close the table and remove what was written."""
        self._buffer = []
        self._close(flush=False)
        self._tmp.unlink(missing_ok=True)


class JsonTimelineWriter:
    """``timeline.json`` written event by event (the layout of ``Timeline.to_json``), so the whole
    document is never held in memory as one string; temporary name, renamed by :meth:`commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp = _temp(path)
        self._fh: IO[bytes] | None = self._tmp.open("wb")
        self._fh.write(b'{"events": [')
        self._first = True

    def write(self, event: dict[str, Any] | Iterable[bytes]) -> None:
        """One event: unstructured, or already its JSON (UTF-8, in pieces)."""
        assert self._fh is not None
        self._fh.write(b"\n" if self._first else b",\n")
        if isinstance(event, dict):
            self._fh.write(json.dumps(event, ensure_ascii=False).encode("utf-8"))
        else:
            self._fh.writelines(event)
        self._first = False

    def commit(self, actors: list[Any], channels: list[Any]) -> Path:
        assert self._fh is not None
        tail = ('\n], "actors": ' + json.dumps(actors, ensure_ascii=False)
                + ', "channels": ' + json.dumps(channels, ensure_ascii=False) + "}\n")
        self._fh.write(tail.encode("utf-8"))
        self._fh.close()
        self._fh = None
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self._tmp.unlink(missing_ok=True)
