"""Articles: reading corpora, publication dates read from the text, site chrome."""

from .chrome import Region, find_chrome
from .loaders import LoadWarning, iter_corpus, load_corpus, seeds
from .model import Article
from .published import Evidence, Published, detect_published
from .reader import (
    ByteCounter,
    CorpusError,
    DecodeError,
    RawArticle,
    ReadError,
    decode,
    iter_records,
    total_bytes,
)

__all__ = [
    "Article",
    "ByteCounter",
    "CorpusError",
    "DecodeError",
    "Evidence",
    "LoadWarning",
    "Published",
    "RawArticle",
    "ReadError",
    "Region",
    "decode",
    "detect_published",
    "find_chrome",
    "iter_corpus",
    "iter_records",
    "load_corpus",
    "seeds",
    "total_bytes",
]
