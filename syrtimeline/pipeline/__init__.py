"""Corpora at scale: a streaming pipeline, parallel on one machine or on a Dask cluster.

``process(sources, out)`` reads articles through the corpus reader of :mod:`syrtimeline.articles`
(``iter_records``, re-exported here with ``RawArticle`` and ``ReadError``) in bounded batches,
extracts mentions and events on local worker processes or Dask workers, keeps event reports on disk
and merges them family by family at the end (on the workers too, see ``spill``), and writes tables
(Parquet through pyarrow, or JSON Lines) plus ``timeline.json`` and ``errors.jsonl``. pyarrow and
dask are optional (``pip install 'syrtimeline[scale]'``) and imported only when Parquet or a
scheduler is asked for.
"""

from .._optional import MissingExtra
from ..articles import RawArticle, ReadError, iter_records  # where the reader lives; kept here too
from .core import BATCH_SIZE, Summary, process

__all__ = ["BATCH_SIZE", "MissingExtra", "RawArticle", "ReadError", "Summary", "iter_records", "process"]
