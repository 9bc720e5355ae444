"""Articles: loading corpora, publication dates read from the text, site chrome."""

from .chrome import Region, find_chrome
from .loaders import CorpusError, LoadWarning, decode, iter_corpus, load_corpus, seeds
from .model import Article
from .published import Evidence, Published, detect_published

__all__ = [
    "Article",
    "CorpusError",
    "Evidence",
    "LoadWarning",
    "Published",
    "Region",
    "decode",
    "detect_published",
    "find_chrome",
    "iter_corpus",
    "load_corpus",
    "seeds",
]
