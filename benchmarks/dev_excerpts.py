"""What the miss-classing scripts (``classify_misses.py``, ``classify_taken.py``, ``classify_joins.py``)
share: the scorer of ``tests/`` on the path, the excerpt-range arguments, the excerpts of that range,
the produced events over a gold event's words, and the printing of a table of counts.

Imported by the scripts run as ``python benchmarks/NAME.py`` (their folder is first on the path).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from event_scoring import Excerpt, GoldEvent, _family, load_all, overlap  # the scorer lives in tests/

if TYPE_CHECKING:
    from syrtimeline import Event


def range_parser(doc: str) -> argparse.ArgumentParser:
    """A parser of the first and last excerpt ids (``lo``, ``hi``), described by *doc*'s first line."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("lo", nargs="?", type=int, default=1, help="the first excerpt id (default 1)")
    parser.add_argument("hi", nargs="?", type=int, default=10**6, help="the last excerpt id")
    return parser


def excerpts(lo: int, hi: int, held_out: bool = False) -> Iterator[Excerpt]:
    """The dev excerpts numbered *lo*-*hi* (and the held-out ones too when *held_out*), in order."""
    for x in load_all():
        if lo <= int(x.id) <= hi and (x.part == "dev" or held_out):
            yield x


def over_gold(g: GoldEvent, produced: Sequence[Event], ref: str,
              family: bool = False) -> list[tuple[int, int, Event]]:
    """``(overlap, index, event)`` for each produced event over *g*'s words (of *g*'s kind family only
    when *family*), in the order produced."""
    over = [(overlap(g, e, ref), p, e) for p, e in enumerate(produced)]
    return [t for t in over if t[0] > 0 and (not family or _family(t[2].kind.value) == g.family)]


def print_counts(counts: Counter[str], width: int, first: Callable[[str], bool]) -> None:
    """One line per count, right-aligned in *width*: the keys *first* picks, then the rest, each sorted."""
    for k in sorted(counts, key=lambda k: (not first(k), k)):
        print(f"{counts[k]:{width}d}  {k}")
