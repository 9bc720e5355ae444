"""The ``process`` subcommand (edge layer: arguments, terminal, exit codes).

    syrtimeline process SOURCE... --out DIR [--format parquet|jsonl] [--jobs N | --scheduler ADDRESS]
                        [--batch-size N] [--fail-fast] [--quiet] [--no-knowledge] [--knowledge DIR]

``cli.py`` wires it in with ``register(subparsers)``; the parsed arguments carry their handler as
``args.handler``, which returns the exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

__all__ = ["register", "run"]

_EPILOG = """\
SOURCE is a folder of .txt files (with MANIFEST.toml; then any .jsonl, .jsonl.gz and .parquet files in
it), a .jsonl / .jsonl.gz file, a Parquet file with columns id, text, published, outlet, url, a text
file, or - for standard input. DIR receives mentions, events and articles tables, timeline.json and
errors.jsonl. Exit code: 0 when all the input was read and processed, 1 when anything was skipped or
wrong (listed in errors.jsonl), 2 for a usage error or a missing optional package.
"""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def register(subparsers: Any,
             parents: list[argparse.ArgumentParser] | None = None) -> argparse.ArgumentParser:
    """Add ``process`` to an argparse subparsers object; ``args.handler(args)`` runs it. *parents*
    are the options every subcommand takes (``--no-color``, ``--debug`` …, from ``cli.py``)."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "process", help="run a whole corpus: mention, event and article tables plus the merged timeline",
        description=__doc__.split("\n\n")[0], epilog=_EPILOG, parents=parents or [],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="folder, .jsonl, .jsonl.gz, .parquet or -")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    p.add_argument("--format", choices=("parquet", "jsonl"), default="parquet",
                   help="table format (default parquet; jsonl needs no optional package)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--jobs", type=_positive, default=None, metavar="N",
                       help=f"local worker processes (default: the machine's cores, {os.cpu_count()})")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="run on a Dask cluster: tcp://host:8786, or 'local' to start a LocalCluster")
    p.add_argument("--workers", type=_positive, default=None, metavar="N",
                   help="workers of the LocalCluster that --scheduler local starts (default: cores)")
    p.add_argument("--batch-size", type=_positive, default=None, metavar="N",
                   help="articles per batch (the output's merge shape depends on it; default 64)")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first article that cannot be read "
                   "or processed (errors.jsonl names it; no other table is left)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.add_argument("--no-knowledge", action="store_true",
                   help="leave the bundled knowledge-base events out of the timeline")
    p.add_argument("--knowledge", metavar="DIR", default=None, help="a knowledge-base folder to use")
    p.set_defaults(handler=run)
    return p


def run(args: argparse.Namespace) -> int:
    """Run ``process`` with parsed arguments; returns the exit code."""
    from .._optional import MissingExtra
    from ..articles import CorpusError
    from ..events.knowledge import KnowledgeError
    from . import BATCH_SIZE, process

    show = not args.quiet
    debug = getattr(args, "debug", False)
    # Arrow's default allocator (mimalloc) keeps freed memory for reuse, so a long run's RSS follows
    # its busiest moment, not what is in use (50 MB more at the end of a 50 MB run); the system
    # allocator gives it back. Set before pyarrow is imported; a user's own choice is kept.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    try:
        summary = process(
            args.sources if len(args.sources) > 1 else args.sources[0], args.out, format=args.format,
            jobs=args.workers if args.scheduler else args.jobs, scheduler=args.scheduler,
            batch_size=args.batch_size or BATCH_SIZE, fail_fast=args.fail_fast,
            knowledge_base=not args.no_knowledge, knowledge_folder=args.knowledge,
            progress=show and sys.stderr.isatty())
    except (MissingExtra, CorpusError, KnowledgeError, OSError) as exc:
        if debug:
            raise
        print(f"syrtimeline process: {exc}", file=sys.stderr)
        return 2
    if show:
        _summary_table(summary.rows(), no_color=getattr(args, "no_color", False))
        if summary.errors:
            print(f"syrtimeline process: {summary.errors:,} problems (articles skipped or fields dropped); "
                  f"see {summary.out / 'errors.jsonl'}", file=sys.stderr)
    return summary.exit_code


def _summary_table(rows: list[tuple[str, str]], no_color: bool = False) -> None:
    """The run's summary on stderr, as a two-column table (NO_COLOR is honoured)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="syrtimeline process", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for k, v in rows:
        table.add_row(k, v)
    Console(file=sys.stderr, width=100, no_color=no_color or None).print(table)


def main(argv: list[str] | None = None) -> int:
    """``python -m syrtimeline.pipeline.command``: the subcommand on its own (until cli.py wires it)."""
    parser = argparse.ArgumentParser(prog="syrtimeline")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
