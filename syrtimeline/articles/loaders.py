"""Reading corpora (an edge: files and stdin live here, nowhere below).

``load_corpus(path)`` takes a folder of .txt files (with an optional MANIFEST.toml), a JSON Lines
file, a single text file, or ``"-"`` for standard input. Bytes are decoded as UTF-8 (with or without
BOM), UTF-16 with BOM, or legacy Windows-1256 Arabic; anything else is an error naming the file and
byte offset, never mojibake. A broken article is reported as a :class:`LoadWarning` naming where and
what, and the others still load.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tomllib
import unicodedata
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from .._seeds import seed_dir
from .model import Article

__all__ = ["CorpusError", "LoadWarning", "decode", "iter_corpus", "load_corpus", "seeds"]


class CorpusError(ValueError):
    """A corpus cannot be read at all (missing path, unreadable file)."""


class LoadWarning(UserWarning):
    """One article or file could not be read; ``where`` names it, ``what`` says why."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


class DecodeError(ValueError):
    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


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
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256 Arabic."""
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


def _warn(where: str, what: str) -> None:
    warnings.warn(LoadWarning(where, what), stacklevel=3)


def _as_published(value: Any, where: str) -> dt.date | dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{where}: published {value!r} is not an ISO date") from None
        return parsed if len(value.strip()) > 10 else parsed.date()
    raise ValueError(f"{where}: published must be a date, not {type(value).__name__}")


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = tomllib.loads(decode(path.read_bytes(), str(path)))
    except tomllib.TOMLDecodeError as exc:
        _warn(str(path), f"bad TOML, manifest ignored: {exc}")
        return {}
    except DecodeError as exc:
        _warn(exc.where, f"{exc.what}; manifest ignored")
        return {}
    except OSError as exc:
        _warn(str(path), f"cannot read manifest: {exc.strerror}")
        return {}
    out = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            _warn(f"{path} [{key}]", "a manifest entry must be a table of fields")
            continue
        out[key] = entry
    return out


def _read_text_file(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        _warn(str(path), f"cannot read: {exc.strerror}")
        return None
    try:
        text = decode(data, str(path))
    except DecodeError as exc:
        _warn(exc.where, exc.what)
        return None
    if not text.strip():
        _warn(str(path), "empty file, skipped")
        return None
    return text


class _Window(NamedTuple):
    earliest: dt.date | None
    latest: dt.date | None


def _checked(article: Article) -> Article:
    """Report an article's own warnings (metadata contradicting the text, an ambiguous date)."""
    for w in article.warnings:
        _warn(article.source or article.id, w)
    return article


def _from_folder(folder: Path, window: _Window) -> Iterator[Article]:
    manifest_path = folder / "MANIFEST.toml"
    manifest = _read_manifest(manifest_path) if manifest_path.exists() else {}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    names = {p.name for p in files}
    for key in manifest:
        if key not in names:
            _warn(f"{manifest_path} [{key}]", "the manifest names a file that is not in the folder")
    for path in files:
        text = _read_text_file(path)
        if text is None:
            continue
        entry = manifest.get(path.name, {})
        try:
            published = _as_published(entry.get("published"), f"{manifest_path} [{path.name}]")
        except ValueError as exc:
            _warn(f"{manifest_path} [{path.name}]", str(exc).split(": ", 1)[-1])
            published = None
        yield _checked(Article.build(
            path.stem, text, title=_str_or_none(entry.get("title")), outlet=_str_or_none(entry.get("outlet")),
            url=_str_or_none(entry.get("url")), published=published, source=str(path),
            notes=_str_or_none(entry.get("notes")), earliest=window.earliest, latest=window.latest))


def _from_jsonl(stream: IO[bytes], where: str, window: _Window) -> Iterator[Article]:
    seen = 0
    for lineno, raw in enumerate(stream, 1):
        at = f"{where}:{lineno}"
        if not raw.strip():
            continue
        try:
            line = decode(raw, at)
            obj = json.loads(line)
        except DecodeError as exc:
            _warn(at, exc.what)
            continue
        except json.JSONDecodeError as exc:
            _warn(at, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            _warn(at, f"a line must be a JSON object, not {type(obj).__name__}")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            _warn(at, "no text")
            continue
        try:
            published = _as_published(obj.get("published"), at)
        except ValueError as exc:
            _warn(at, str(exc).split(": ", 1)[-1])
            published = None
        seen += 1
        yield _checked(Article.build(
            str(obj.get("id") or f"{Path(where).stem}-{lineno}"), body, title=_str_or_none(obj.get("title")),
            outlet=_str_or_none(obj.get("outlet")), url=_str_or_none(obj.get("url")), published=published,
            source=at, earliest=window.earliest, latest=window.latest))
    if not seen:
        _warn(where, "empty: no articles in this JSON Lines input")


def iter_corpus(path: str | Path, *, stdin: IO[bytes] | None = None, earliest: dt.date | None = None,
                latest: dt.date | None = None) -> Iterator[Article]:
    """Stream the articles of a corpus (see module doc); problems become LoadWarnings.

    ``earliest`` / ``latest`` bound the years a dateline's weekday may fix (default 2011 to today).
    """
    window = _Window(earliest, latest)
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        head = stream.read(1 << 16)
        rest = io.BufferedReader(_Chain(head, stream))
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
            yield from _from_jsonl(rest, "<stdin>", window)
            return
        data = rest.read()
        try:
            text = decode(data, "<stdin>")
        except DecodeError as exc:
            _warn(exc.where, exc.what)
            return
        if text.strip():
            yield _checked(Article.build("stdin", text, source="<stdin>", earliest=window.earliest,
                                         latest=window.latest))
        else:
            _warn("<stdin>", "no text")
        return
    p = Path(path)
    if not p.exists():
        raise CorpusError(f"{p}: no such file or folder")
    if p.is_dir():
        yield from _from_folder(p, window)
    elif p.name.lower().endswith(".jsonl"):
        with p.open("rb") as fh:
            yield from _from_jsonl(fh, str(p), window)
    else:
        content = _read_text_file(p)
        if content is not None:
            yield _checked(Article.build(p.stem, content, source=str(p), earliest=window.earliest,
                                         latest=window.latest))


def load_corpus(path: str | Path, *, earliest: dt.date | None = None,
                latest: dt.date | None = None) -> list[Article]:
    """All the articles of a corpus: a folder (with MANIFEST.toml), a .jsonl file, a text file, or "-"."""
    return list(iter_corpus(path, earliest=earliest, latest=latest))


def seeds() -> list[Article]:
    """The five bundled seed articles, with their manifest."""
    return load_corpus(seed_dir())


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
