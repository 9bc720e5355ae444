"""The corpus reader (an edge: files and stdin live here, nowhere below): sources → raw articles and
read errors, in input order. ``load_corpus`` / ``iter_corpus`` and ``syrtimeline process`` both read
through it.

A source is:

- a folder: its ``.txt`` files (one article each, named by the file's stem), with their metadata from
  an optional ``MANIFEST.toml`` (a table per file name: ``published``, ``outlet``, ``url``, ``title``,
  ``notes``), then any ``.jsonl``, ``.jsonl.gz`` and ``.parquet`` files in it, each in name order;
- a ``.jsonl`` or ``.jsonl.gz`` file: one JSON object a line, ``text`` (required), ``id``
  (default ``{file name up to its first dot}-{line}``), ``published`` (an ISO date or datetime),
  ``outlet``, ``url``, ``title``;
- a ``.parquet`` file with those fields as columns (pyarrow is imported only then);
- any other file: one text;
- ``-``: standard input, JSON Lines (when it starts with ``{``; ids ``stdin-{line}``) or one text.

Bytes are decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Windows-1256 Arabic;
anything else is an error naming the file and byte offset, never mojibake. Nothing is read ahead
beyond one line, file or Parquet row group, so memory does not grow with the corpus.

Bad input never raises: each problem is one :class:`ReadError` naming where it is (``file``,
``file:line``, ``file#row``, ``MANIFEST.toml [name]``) and what is wrong, and reading goes on. A
``published`` that is not a date is an error too, but the article is kept (its date is then read
from its text). Only a source that does not exist raises :class:`CorpusError`.

The reader only decodes and checks; :meth:`RawArticle.to_article` builds the
:class:`~syrtimeline.articles.Article` (site chrome, publication date read from the text).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tomllib
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .._optional import require
from ..dates import Lexed, Scan, as_date
from .model import Article

__all__ = ["ByteCounter", "CorpusError", "DecodeError", "RawArticle", "ReadError", "decode", "iter_records",
           "total_bytes"]

STDIN = "<stdin>"  # where standard input is, in errors and in Article.source


class CorpusError(ValueError):
    """A corpus cannot be read at all (a path that does not exist)."""


class DecodeError(ValueError):
    """Bytes that are not text in an encoding the reader knows; ``where`` names them, ``what`` says why."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


@attrs.frozen
class RawArticle:
    """An article as read: its text and metadata, not yet built. ``where`` is where it was read
    (``file``, ``file:line``, ``file#row``, ``<stdin>``)."""

    id: str
    text: str
    where: str
    published: dt.date | dt.datetime | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    notes: str | None = None

    def to_article(self, *, earliest: dt.date | None = None, latest: dt.date | None = None,
                   lexed: Lexed | Scan | None = None) -> Article:
        """The :class:`Article` (``Article.build``: chrome, title, publication date read from the
        text when the metadata has none). ``earliest`` / ``latest`` bound the years a dateline's
        weekday may fix (default 2011 to today); *lexed* is ``dates.lex(text)`` or
        ``dates.scan(text)`` when the caller has it. Its ``source`` is ``where``."""
        return Article.build(self.id, self.text, title=self.title, outlet=self.outlet, url=self.url,
                             published=self.published, source=self.where, notes=self.notes,
                             earliest=earliest, latest=latest, lexed=lexed)


@attrs.frozen
class ReadError:
    """One article or file that could not be read (or a field of it that was wrong): ``where`` names
    it, ``what`` says why, ``id`` is the article's id when it is known."""

    where: str
    what: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"where": self.where, "what": self.what, "id": self.id}


@attrs.define
class ByteCounter:
    """Bytes of input consumed so far (compressed bytes for .gz), for a progress bar."""

    done: int = 0


Record = RawArticle | ReadError


# -- bytes to text ------------------------------------------------------------------------------------
def _looks_arabic(text: str) -> bool:
    """Plausible Arabic prose: its non-ASCII letters are Arabic and it has no stray control bytes."""
    arabic = other = 0
    for ch in text:
        o = ord(ch)
        if o < 128:
            if o < 32 and ch not in "\t\n\r\f":
                return False
            continue
        if 0x0600 <= o <= 0x06FF:
            arabic += 1
        elif unicodedata.category(ch)[0] == "L":
            other += 1
    return arabic >= 20 and other <= arabic * 0.05


def decode(data: bytes, where: str) -> str:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256 Arabic; anything
    else raises :class:`DecodeError` naming *where* and the byte offset."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        offset = 3
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(where, f"invalid UTF-16 at byte {exc.start}") from None
    else:
        offset = 0
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(where, f"binary data, not text (NUL byte at offset {nul + offset})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start + offset
        legacy = data.decode("cp1256", errors="replace")
        if "\ufffd" not in legacy and _looks_arabic(legacy) and offset == 0:
            return legacy
        raise DecodeError(
            where, f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {bad}) nor Windows-1256 Arabic"
        ) from None


# -- fields -------------------------------------------------------------------------------------------
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


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _published(value: Any, where: str, ident: str) -> tuple[dt.date | dt.datetime | None, ReadError | None]:
    """The publication date given with an article, or None and the error saying why it is not one
    (the article is kept: its date is then read from its text)."""
    if isinstance(value, str) and not value.strip():
        return None, None
    try:
        return as_date(value), None
    except (ValueError, TypeError) as exc:
        return None, ReadError(where, f"{exc}; the article is kept, dated from its text", ident)


def _from_fields(obj: dict[str, Any], at: str, default_id: str) -> Iterator[Record]:
    """A JSON Lines object or a Parquet row: its article, after the error of a bad ``published``."""
    text = obj.get("text")
    ident = _str(obj.get("id")) or default_id
    if not isinstance(text, str) or not text.strip():
        yield ReadError(at, "no text", ident)
        return
    published, error = _published(obj.get("published"), at, ident)
    if error is not None:
        yield error
    yield RawArticle(ident, text, at, published, _str(obj.get("outlet")), _str(obj.get("url")),
                     _str(obj.get("title")))


def _stem(where: str) -> str:
    """The prefix of default ids: the file's name up to its first dot, ``stdin`` for standard input."""
    return "stdin" if where == STDIN else Path(where).name.split(".")[0]


# -- formats ------------------------------------------------------------------------------------------
def _jsonl(stream: Iterable[bytes], where: str, counter: ByteCounter,
           tell: Callable[[], int] | None = None) -> Iterator[Record]:
    stem = _stem(where)
    anything = False
    for lineno, raw in enumerate(stream, 1):
        if tell is None:
            counter.done += len(raw)
        else:
            counter.done = tell()
        at = f"{where}:{lineno}"
        if not raw.strip():
            continue
        anything = True
        try:
            obj = json.loads(decode(raw, at))
        except DecodeError as exc:
            yield ReadError(at, exc.what)
            continue
        except json.JSONDecodeError as exc:
            yield ReadError(at, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield ReadError(at, f"a line must be a JSON object, not {type(obj).__name__}")
            continue
        yield from _from_fields(obj, at, f"{stem}-{lineno}")
    if not anything:
        yield ReadError(where, "empty: no articles in this JSON Lines input")


def _jsonl_gz(path: Path, counter: ByteCounter) -> Iterator[Record]:
    start = counter.done
    with path.open("rb") as raw:
        try:
            import gzip  # only for .gz input

            with gzip.GzipFile(fileobj=raw) as gz:
                yield from _jsonl(gz, str(path), counter, lambda: start + raw.tell())
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadError(str(path), f"corrupt gzip: {exc}")


def _parquet(path: Path, counter: ByteCounter) -> Iterator[Record]:
    pq = require("pyarrow.parquet", "reading Parquet input", instead=None)
    try:
        pf = pq.ParquetFile(str(path))
    except Exception as exc:  # pyarrow raises its own ArrowInvalid / OSError
        yield ReadError(str(path), f"not a readable Parquet file: {exc}")
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield ReadError(str(path), "a Parquet input needs a 'text' column")
        return
    if pf.metadata.num_rows == 0:
        yield ReadError(str(path), "empty: no articles in this Parquet file")
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
            yield from _from_fields(obj, f"{path}#{row}", f"{_stem(str(path))}-{row}")
            row += 1
        counter.done = start + size * (g + 1) // groups


def _text_file(path: Path, counter: ByteCounter) -> str | ReadError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(str(path), f"cannot read: {exc.strerror}", path.stem)
    counter.done += len(data)
    try:
        text = decode(data, str(path))
    except DecodeError as exc:
        return ReadError(exc.where, exc.what, path.stem)
    if not text.strip():
        return ReadError(str(path), "empty file, no text", path.stem)
    return text


def _manifest(path: Path) -> tuple[dict[str, dict[str, Any]], list[ReadError]]:
    """The entries of a folder's MANIFEST.toml and the errors found in it. A manifest that cannot be
    read is ignored as a whole; an entry that is not a table, alone."""
    try:
        data = tomllib.loads(decode(path.read_bytes(), str(path)))
    except tomllib.TOMLDecodeError as exc:
        return {}, [ReadError(str(path), f"bad TOML, manifest ignored: {exc}")]
    except DecodeError as exc:
        return {}, [ReadError(exc.where, f"{exc.what}; manifest ignored")]
    except OSError as exc:
        return {}, [ReadError(str(path), f"cannot read manifest: {exc.strerror}; manifest ignored")]
    entries = {key: entry for key, entry in data.items() if isinstance(entry, dict)}
    errors = [ReadError(f"{path} [{key}]", "a manifest entry must be a table of fields")
              for key in data if key not in entries]
    return entries, errors


def _folder(folder: Path, counter: ByteCounter) -> Iterator[Record]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and _kind(p) is not None)
    texts = [p for p in files if _kind(p) == "txt"]
    mpath = folder / "MANIFEST.toml"
    manifest: dict[str, dict[str, Any]] = {}
    if mpath.exists():
        manifest, errors = _manifest(mpath)
        yield from errors
    names = {p.name for p in texts}
    for key in manifest:
        if key not in names:
            what = ("the manifest describes .txt files only; this entry is ignored"
                    if (folder / key).is_file() else "the manifest names a file that is not in the folder")
            yield ReadError(f"{mpath} [{key}]", what)
    for path in texts:
        text = _text_file(path, counter)
        if isinstance(text, ReadError):
            yield text
            continue
        entry = manifest.get(path.name, {})
        published, error = _published(entry.get("published"), f"{mpath} [{path.name}]", path.stem)
        if error is not None:
            yield error
        yield RawArticle(path.stem, text, str(path), published, _str(entry.get("outlet")),
                         _str(entry.get("url")), _str(entry.get("title")), _str(entry.get("notes")))
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
        text = _text_file(path, counter)
        yield text if isinstance(text, ReadError) else RawArticle(path.stem, text, str(path))


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(b))
        n = len(chunk)
        b[:n] = chunk
        return n


def _stdin(stream: IO[bytes], counter: ByteCounter) -> Iterator[Record]:
    head = stream.read(1 << 16)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        yield from _jsonl(io.BufferedReader(_Chain(head, stream)), STDIN, counter)
        return
    data = head + stream.read()
    counter.done += len(data)
    try:
        text = decode(data, STDIN)
    except DecodeError as exc:
        yield ReadError(STDIN, exc.what, "stdin")
        return
    if text.strip():
        yield RawArticle("stdin", text, STDIN)
    else:
        yield ReadError(STDIN, "no text", "stdin")


# -- the reader ---------------------------------------------------------------------------------------
def total_bytes(sources: Iterable[str | Path]) -> int | None:
    """The size on disk of what :func:`iter_records` reads from *sources*, or None when it is not
    known (stdin)."""
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


def iter_records(sources: Iterable[str | Path], *, stdin: IO[bytes] | None = None,
                 counter: ByteCounter | None = None) -> Iterator[Record]:
    """The raw articles and read errors of *sources*, in input order (see the module doc). *stdin*
    is read for ``-`` (default: ``sys.stdin``); *counter* follows the bytes read. A source that does
    not exist raises :class:`CorpusError` when the reader reaches it."""
    counter = counter if counter is not None else ByteCounter()
    for source in sources:
        if str(source) == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin.buffer, counter)
            continue
        p = Path(source)
        if not p.exists():
            raise CorpusError(f"{p}: no such file or folder")
        yield from _folder(p, counter) if p.is_dir() else _file(p, counter)
