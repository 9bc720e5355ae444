"""Loading corpora as :class:`Article` objects: ``load_corpus``, ``iter_corpus``, ``seeds``.

They read through the one corpus reader (:mod:`syrtimeline.articles.reader`, which ``syrtimeline
process`` uses too): a folder of ``.txt`` files with an optional MANIFEST.toml (then any ``.jsonl``,
``.jsonl.gz`` and ``.parquet`` files in it), a ``.jsonl`` / ``.jsonl.gz`` file, a Parquet file, a
single text file, or ``"-"`` for standard input. Each problem the reader reports becomes one
:class:`LoadWarning` naming where and what, and the other articles still load; so do an article's
own warnings (metadata contradicting its text, an ambiguous date).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .._seeds import seed_dir
from .model import Article
from .reader import CorpusError, ReadError, iter_records

__all__ = ["CorpusError", "LoadWarning", "iter_corpus", "load_corpus", "seeds"]


class LoadWarning(UserWarning):
    """One article or file could not be read, or not wholly; ``where`` names it, ``what`` says why."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


def _warn(where: str, what: str) -> None:
    warnings.warn(LoadWarning(where, what), stacklevel=3)


def iter_corpus(path: str | Path, *, stdin: IO[bytes] | None = None, earliest: dt.date | None = None,
                latest: dt.date | None = None) -> Iterator[Article]:
    """Stream the articles of a corpus (see the module doc); problems become LoadWarnings.

    ``earliest`` / ``latest`` bound the years a dateline's weekday may fix (default 2011 to today).
    A path that does not exist raises :class:`CorpusError`.
    """
    for record in iter_records([path], stdin=stdin):
        if isinstance(record, ReadError):
            _warn(record.where, record.what)
            continue
        article = record.to_article(earliest=earliest, latest=latest)
        for w in article.warnings:
            _warn(article.source or article.id, w)
        yield article


def load_corpus(path: str | Path, *, earliest: dt.date | None = None,
                latest: dt.date | None = None) -> list[Article]:
    """All the articles of a corpus: a folder (with MANIFEST.toml), a .jsonl / .jsonl.gz / .parquet
    file, a text file, or "-"."""
    return list(iter_corpus(path, earliest=earliest, latest=latest))


def seeds() -> list[Article]:
    """The five bundled seed articles, with their manifest."""
    return load_corpus(seed_dir())
