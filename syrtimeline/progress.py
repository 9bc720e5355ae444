"""Progress bars on the terminal (an edge: the terminal and the clock), for the command line and the
pipeline alike.

:class:`Progress` is the one bar: it counts items (``syrtimeline timeline PATH`` reading articles:
a spinner, ``done/total`` or ``N done``, gone when it ends) or, with ``rates=True``, bytes of input
(``syrtimeline process``: percent and time left when the size is known, articles, articles/s, MB/s,
errors so far). :func:`track` wraps an iterable in an item bar when it is worth one. rich is imported
only when a bar is drawn, so ``import syrtimeline`` never loads it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Progress", "track"]

T = TypeVar("T")

MB = 1_000_000


class Progress:
    """A progress bar on *console* (default: stderr), or nothing at all unless *enabled*.

    Without *rates* it counts items: :meth:`advance` after each one; *total* items when known. With
    *rates* it follows bytes of input: :meth:`update` with the bytes read so far (of *total* when
    known), the articles done and the errors so far. :meth:`stage` renames what is being done;
    :meth:`close` (or leaving a ``with`` block) ends the bar, and a *transient* bar disappears then.
    """

    def __init__(self, description: str, *, total: int | None = None, console: Console | None = None,
                 enabled: bool = True, transient: bool = True, rates: bool = False) -> None:
        self.total = total
        self.start = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        columns: list[Any]
        if rates:
            columns = [TextColumn("[bold]{task.description}"), BarColumn()]
            if total:
                columns += [TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn()]
            columns.append(TextColumn("{task.fields[articles]:,} articles  {task.fields[aps]:.0f}/s  "
                                      "{task.fields[mbps]:.2f} MB/s  errors {task.fields[errors]:,}"))
        else:
            columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                       MofNCompleteColumn() if total is not None else TextColumn("{task.completed} done")]
        self._bar = RichProgress(*columns, console=console or Console(file=sys.stderr), transient=transient)
        self._task = self._bar.add_task(description, total=total or None, articles=0, aps=0.0, mbps=0.0,
                                        errors=0)
        self._bar.start()

    def advance(self, n: int = 1) -> None:
        """*n* more items done."""
        if self._bar is not None:
            self._bar.advance(self._task, n)

    def update(self, nbytes: int, articles: int, errors: int) -> None:
        """*nbytes* of input read so far, *articles* done and *errors* so far (the rates follow)."""
        if self._bar is None:
            return
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        self._bar.update(self._task, completed=nbytes, articles=articles, aps=articles / elapsed,
                         mbps=nbytes / MB / elapsed, errors=errors)

    def stage(self, description: str) -> None:
        """Name what is being done now (the bar's label)."""
        if self._bar is not None:
            self._bar.update(self._task, description=description)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def track(items: Iterable[T], console: Console, *, total: int | None = None,
          description: str = "reading articles", threshold: int = 20) -> Iterator[T]:
    """Yield *items*, with a transient item bar on *console* (meant to be stderr) when it is a
    terminal and there are many items (*total* unknown or at least *threshold*)."""
    show = console.is_terminal and (total is None or total >= threshold)
    with Progress(description, total=total, console=console, enabled=show) as bar:
        for item in items:
            yield item
            bar.advance()
