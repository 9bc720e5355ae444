"""JSON round trips for the event model through cattrs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from ..dates import DateSpan

__all__ = ["canonical", "converter", "from_json", "record_bytes", "to_json"]

T = TypeVar("T")

converter = cattrs.Converter()
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
converter.register_unstructure_hook(
    DateSpan,
    lambda s: {"start": s.start.isoformat(), "end": s.end.isoformat(), "granularity": s.granularity.value,
               "mod": None if s.mod is None else s.mod.value, "timex": s.timex},
)
converter.register_structure_hook(
    DateSpan,
    lambda v, _: DateSpan(dt.date.fromisoformat(v["start"]), dt.date.fromisoformat(v["end"]),
                          v.get("granularity", "day"), v.get("mod"), v.get("timex", "")),
)


def to_json(value: Any, **kw: Any) -> str:
    return json.dumps(converter.unstructure(value), ensure_ascii=False, **kw)


def from_json(text: str, cls: type[T]) -> T:
    return converter.structure(json.loads(text), cls)


def _source_key(s: dict[str, Any]) -> tuple[Any, ...]:
    return (s.get("span") is not None, s.get("ref") or "", s.get("span") or (0, 0), s.get("quote") or "",
            s.get("title") or "", s.get("url") or "", s.get("published") or "")


def _span_key(d: dict[str, Any]) -> tuple[Any, ...]:
    return (d["start"], d["end"], d.get("granularity") or "", d.get("mod") or "", d.get("timex") or "")


def canonical(event: dict[str, Any]) -> dict[str, Any]:
    """An unstructured event (and its records) with sources and other dates in a total order.

    An event's sources and other dates are sets; their order in a merged event follows its sort keys,
    and ties (two knowledge-base sources of one outlet) would keep set order, which follows the
    process's string hashing (PYTHONHASHSEED). This breaks the ties by every remaining field, so
    output written by different processes, or different runs, is identical.
    """
    out = dict(event)
    out["sources"] = sorted(event.get("sources", []), key=_source_key)
    out["other_dates"] = sorted(event.get("other_dates", []), key=_span_key)
    if event.get("records"):
        out["records"] = [canonical(r) for r in event["records"]]
    return out


def record_bytes(event: Any) -> bytes:
    """One report as canonical JSON in UTF-8 (fields in the model's order, exactly as timeline.json
    writes an event): what the batch pipeline spills to disk, and what a digest is taken over."""
    return json.dumps(canonical(converter.unstructure(event)), ensure_ascii=False).encode("utf-8")
