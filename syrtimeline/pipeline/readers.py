"""Streaming readers (an edge: files and stdin): sources → raw articles and read errors, in order.

A source is a folder (its ``.txt`` files with an optional MANIFEST.toml, then any ``.jsonl``,
``.jsonl.gz`` and ``.parquet`` files in it), a ``.jsonl`` or ``.jsonl.gz`` file, a Parquet file with
columns id / text / published / outlet / url (title optional), a single text file, or ``-`` for
standard input (JSON Lines, or one text). Nothing is read ahead beyond one line, file or Parquet
row group, so memory does not grow with the corpus. Bad input never raises: each problem becomes a
:class:`ReadError` naming where it is (file, file:line, file#row) and what is wrong, and reading goes
on. Only a source that does not exist at all raises :class:`~syrtimeline.articles.CorpusError`.

The readers only decode and check; building the :class:`~syrtimeline.articles.Article` (chrome,
publication date read from the text) is work, done by the workers.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
import tomllib
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from ..articles.loaders import CorpusError, _Chain, decode
from ._optional import require

__all__ = ["ByteCounter", "RawArticle", "ReadError", "iter_records", "total_bytes"]


@attrs.frozen
class RawArticle:
    """An article as read: its text and metadata, not yet built."""

    id: str
    text: str
    where: str
    published: dt.date | dt.datetime | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@attrs.frozen
class ReadError:
    """One article or file that could not be read: ``where`` names it, ``what`` says why."""

    where: str
    what: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"where": self.where, "what": self.what, "id": self.id}


@attrs.define
class ByteCounter:
    """Bytes of input consumed so far (compressed bytes for .gz), for the progress bar."""

    done: int = 0


Record = RawArticle | ReadError


def total_bytes(sources: Iterable[str | Path]) -> int | None:
    """The size of the input on disk, or None when unknown (stdin)."""
    total = 0
    for s in sources:
        if str(s) == "-":
            return None
        p = Path(s)
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.iterdir() if f.is_file() and _kind(f) is not None)
        elif p.is_file():
            total += p.stat().st_size
    return total


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".txt"):
        return "txt"
    return None


def _published(value: Any) -> dt.date | dt.datetime | None:
    """A publication date from metadata; raises ValueError saying why it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, str):
        v = value.strip()
        try:
            parsed = dt.datetime.fromisoformat(v)
        except ValueError:
            raise ValueError(f"published {value!r} is not an ISO date") from None
        return parsed if len(v) > 10 else parsed.date()
    raise ValueError(f"published must be a date, not {type(value).__name__}")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _from_fields(obj: dict[str, Any], at: str, default_id: str) -> Record:
    text = obj.get("text")
    ident = _str(obj.get("id")) or default_id
    if not isinstance(text, str) or not text.strip():
        return ReadError(at, "no text", ident)
    try:
        published = _published(obj.get("published"))
    except ValueError as exc:
        return ReadError(at, str(exc), ident)
    return RawArticle(ident, text, at, published, _str(obj.get("outlet")), _str(obj.get("url")),
                      _str(obj.get("title")))


def _jsonl(stream: Iterable[bytes], where: str, counter: ByteCounter, tell: Any = None) -> Iterator[Record]:
    stem = Path(where).name.split(".")[0] if where != "<stdin>" else "stdin"
    for lineno, raw in enumerate(stream, 1):
        if tell is None:
            counter.done += len(raw)
        else:
            counter.done = tell()
        at = f"{where}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(decode(raw, at))
        except ValueError as exc:  # DecodeError and JSONDecodeError are ValueErrors
            what = getattr(exc, "what", None) or f"not JSON: {getattr(exc, 'msg', exc)}"
            yield ReadError(at, what)
            continue
        if not isinstance(obj, dict):
            yield ReadError(at, f"a line must be a JSON object, not {type(obj).__name__}")
            continue
        yield _from_fields(obj, at, f"{stem}-{lineno}")


def _jsonl_gz(path: Path, counter: ByteCounter) -> Iterator[Record]:
    start = counter.done
    with path.open("rb") as raw:
        try:
            with gzip.GzipFile(fileobj=raw) as gz:
                yield from _jsonl(gz, str(path), counter, lambda: start + raw.tell())
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadError(str(path), f"corrupt gzip: {exc}")


def _parquet(path: Path, counter: ByteCounter) -> Iterator[Record]:
    pq = require("pyarrow.parquet", "to read Parquet input")
    try:
        pf = pq.ParquetFile(str(path))
    except Exception as exc:  # pyarrow raises its own ArrowInvalid / OSError
        yield ReadError(str(path), f"not a readable Parquet file: {exc}")
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield ReadError(str(path), "a Parquet input needs a 'text' column")
        return
    cols = [c for c in ("id", "text", "published", "outlet", "url", "title") if c in names]
    size = path.stat().st_size
    start = counter.done
    row = 0
    groups = max(pf.num_row_groups, 1)
    for g in range(pf.num_row_groups):
        try:
            table = pf.read_row_group(g, columns=cols)
        except Exception as exc:
            yield ReadError(f"{path}#group{g}", f"unreadable row group: {exc}")
            continue
        for obj in table.to_pylist():
            yield _from_fields(obj, f"{path}#{row}", f"{path.name.split('.')[0]}-{row}")
            row += 1
        counter.done = start + size * (g + 1) // groups


def _text_file(path: Path, counter: ByteCounter, entry: dict[str, Any] | None = None,
               manifest: str | None = None) -> Iterator[Record]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror}", path.stem)
        return
    counter.done += len(data)
    try:
        text = decode(data, str(path))
    except ValueError as exc:
        yield ReadError(str(path), getattr(exc, "what", str(exc)), path.stem)
        return
    if not text.strip():
        yield ReadError(str(path), "no text (empty file)", path.stem)
        return
    entry = entry or {}
    try:
        published = _published(entry.get("published"))
    except ValueError as exc:
        yield ReadError(f"{manifest} [{path.name}]", str(exc), path.stem)
        return
    yield RawArticle(path.stem, text, str(path), published, _str(entry.get("outlet")), _str(entry.get("url")),
                     _str(entry.get("title")))


def _folder(folder: Path, counter: ByteCounter) -> Iterator[Record]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and _kind(p) is not None)
    manifest: dict[str, Any] = {}
    mpath = folder / "MANIFEST.toml"
    if mpath.exists():
        try:
            manifest = tomllib.loads(decode(mpath.read_bytes(), str(mpath)))
        except (ValueError, OSError) as exc:
            yield ReadError(str(mpath), f"manifest ignored: {exc}")
    for path in files:
        if _kind(path) == "txt":
            entry = manifest.get(path.name)
            yield from _text_file(path, counter, entry if isinstance(entry, dict) else None, str(mpath))
    for path in files:
        if _kind(path) != "txt":
            yield from _file(path, counter)


def _file(path: Path, counter: ByteCounter) -> Iterator[Record]:
    kind = _kind(path)
    if kind == "jsonl":
        with path.open("rb") as fh:
            yield from _jsonl(fh, str(path), counter)
    elif kind == "jsonl.gz":
        yield from _jsonl_gz(path, counter)
    elif kind == "parquet":
        yield from _parquet(path, counter)
    else:
        yield from _text_file(path, counter)


def _stdin(stream: IO[bytes], counter: ByteCounter) -> Iterator[Record]:
    head = stream.read(1 << 16)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        yield from _jsonl(io.BufferedReader(_Chain(head, stream)), "<stdin>", counter)
        return
    data = head + stream.read()
    counter.done += len(data)
    try:
        text = decode(data, "<stdin>")
    except ValueError as exc:
        yield ReadError("<stdin>", getattr(exc, "what", str(exc)), "stdin")
        return
    if text.strip():
        yield RawArticle("stdin", text, "<stdin>")
    else:
        yield ReadError("<stdin>", "no text", "stdin")


def iter_records(sources: Iterable[str | Path], *, stdin: IO[bytes] | None = None,
                 counter: ByteCounter | None = None) -> Iterator[Record]:
    """Raw articles and read errors of *sources*, in order (see the module doc)."""
    counter = counter if counter is not None else ByteCounter()
    for source in sources:
        if str(source) == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin.buffer, counter)
            continue
        p = Path(source)
        if not p.exists():
            raise CorpusError(f"{p}: no such file or folder")
        yield from _folder(p, counter) if p.is_dir() else _file(p, counter)
