"""Table writers (an edge: files): Parquet through pyarrow, or JSON Lines in pure Python.

Each table is written batch by batch to a hidden temporary name in the output folder and renamed to
its real name only by :meth:`TableWriter.commit`, once complete; :meth:`TableWriter.abort` removes
it. An interrupted run therefore never leaves a file that looks whole.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal

from ._optional import require

__all__ = ["ARTICLES", "ERRORS", "EVENTS", "MENTIONS", "Format", "JsonTimelineWriter", "TableWriter",
           "write_text_atomic"]

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
    ("event_id", "str"), ("kind", "str"), ("when_start", "date"), ("when_end", "date"),
    ("granularity", "str"), ("timex", "str"), ("when_basis", "str"), ("certainty", "str"), ("summary", "str"),
    ("actors", "list"),
    ("channel", "str"), ("disagreements", "int"), ("source_ref", "str"), ("source_is_article", "bool"),
    ("source_start", "int"), ("source_end", "int"), ("source_quote", "str"), ("source_title", "str"),
    ("source_url", "str"), ("source_published", "date"), ("reported_start", "date"), ("reported_end", "date"),
    ("reported_timex", "str"), ("reported_basis", "str"))
ERRORS: Final[tuple[Column, ...]] = (("where", "str"), ("what", "str"), ("id", "str"))


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
        if fmt == "parquet":
            self._schema = _arrow_schema(self.columns)
            pq = require("pyarrow.parquet", "writing Parquet")
            self._pq = pq.ParquetWriter(str(self._tmp), self._schema, compression="zstd")
        else:
            self._fh = self._tmp.open("w", encoding="utf-8", newline="\n")

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        self.rows += len(rows)
        if self._pq is not None:
            pa = require("pyarrow", "writing Parquet")
            columns = {name: [r.get(name) for r in rows] for name, _ in self.columns}
            self._pq.write_table(pa.Table.from_pydict(columns, schema=self._schema))
        elif self._fh is not None:
            names = [name for name, _ in self.columns]
            self._fh.writelines(json.dumps({n: r.get(n) for n in names}, ensure_ascii=False,
                                           default=_json_default) + "\n" for r in rows)

    def _close(self) -> None:
        if self._pq is not None:
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
        self._close()
        self._tmp.unlink(missing_ok=True)


class JsonTimelineWriter:
    """``timeline.json`` written event by event (the layout of ``Timeline.to_json``), so the whole
    document is never held in memory as one string; temporary name, renamed by :meth:`commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp = _temp(path)
        self._fh: IO[str] | None = self._tmp.open("w", encoding="utf-8", newline="\n")
        self._fh.write('{"events": [')
        self._first = True

    def write(self, event: dict[str, Any] | str) -> None:
        """One event: unstructured, or already its JSON text."""
        assert self._fh is not None
        text = event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)
        self._fh.write(("\n" if self._first else ",\n") + text)
        self._first = False

    def commit(self, actors: list[Any], channels: list[Any]) -> Path:
        assert self._fh is not None
        self._fh.write('\n], "actors": ' + json.dumps(actors, ensure_ascii=False)
                       + ', "channels": ' + json.dumps(channels, ensure_ascii=False) + "}\n")
        self._fh.close()
        self._fh = None
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self._tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> Path:
    """Write *text* under a temporary name, then rename it to *path*."""
    tmp = _temp(path)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
