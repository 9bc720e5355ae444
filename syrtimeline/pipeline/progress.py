"""Progress on stderr (rich, when installed and stderr is a terminal) and the final summary table."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from .._optional import available

__all__ = ["Progress", "summary_table"]

MB = 1_000_000


class Progress:
    """A progress bar: articles/s, MB/s, errors so far, and an ETA when the input size is known.

    Silent unless *enabled* (the caller passes ``stderr.isatty() and not quiet``).
    """

    def __init__(self, total_bytes: int | None, enabled: bool, stream: IO[str] | None = None) -> None:
        self.total = total_bytes
        self.start = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None
        if not enabled or not available("rich"):
            return
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        columns: list[Any] = [TextColumn("[bold]{task.description}"), BarColumn()]
        if total_bytes:
            columns += [TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn()]
        columns += [TextColumn("{task.fields[articles]:,} articles  {task.fields[aps]:.0f}/s  "
                               "{task.fields[mbps]:.2f} MB/s  errors {task.fields[errors]:,}")]
        self._bar = RichProgress(*columns, console=Console(file=stream or sys.stderr), transient=False)
        self._task = self._bar.add_task("process", total=total_bytes or None, articles=0, aps=0.0, mbps=0.0,
                                        errors=0)
        self._bar.start()

    def update(self, nbytes: int, articles: int, errors: int) -> None:
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


def summary_table(rows: list[tuple[str, str]], stream: IO[str] | None = None, no_color: bool = False) -> None:
    """Print a two-column summary (a rich table when rich is installed; NO_COLOR is honoured)."""
    out = stream or sys.stderr
    if available("rich"):
        from rich.console import Console
        from rich.table import Table

        table = Table(title="syrtimeline process", show_header=False)
        table.add_column(style="bold")
        table.add_column(justify="right")
        for k, v in rows:
            table.add_row(k, v)
        Console(file=out, width=100, no_color=no_color or None).print(table)
        return
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}", file=out)
