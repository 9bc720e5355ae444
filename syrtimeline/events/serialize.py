"""JSON round trips for the event model through cattrs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs

from ..dates import DateSpan

__all__ = ["converter", "from_json", "to_json"]

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
