"""Optional dependencies (pyarrow, dask): imported only when asked for, with a clear message.

Used by the corpus reader (Parquet input) and the pipeline (Parquet tables, Dask clusters).
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingExtra", "require"]

_PACKAGE = {"pyarrow": "pyarrow", "dask": "dask[distributed]", "distributed": "dask[distributed]"}
_PURE_PYTHON = "use --format jsonl and --jobs for a pure-Python run"


class MissingExtra(ImportError):
    """An optional package the request needs is not installed; the message says what to install."""


def require(module: str, purpose: str, instead: str | None = _PURE_PYTHON) -> ModuleType:
    """Import *module*, or raise :class:`MissingExtra` saying what to install for *purpose* (and,
    when there is one, what to do *instead*)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise MissingExtra(
            f"{purpose} needs {_PACKAGE.get(top, top)}, which is not installed: "
            f"pip install 'syrtimeline[scale]'" + (f" (or {instead})" if instead else "")
        ) from None
