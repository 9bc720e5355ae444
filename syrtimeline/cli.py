"""The syrtimeline command (edge layer: files, terminal, clock).

    syrtimeline                                  the timeline of the bundled seeds + knowledge base
    syrtimeline timeline [PATH...] [--actor ID] [--channel ID] [--kind KIND] [--from DATE] [--to DATE]
                         [--place NAME] [--admin1 NAME]
                         [--format rich|json|csv|geojson|ics|timelinejs|markdown] [--output FILE]
    syrtimeline resolve EXPRESSION --anchor DATE
    syrtimeline extract FILE... [--published DATE]     (alias: dates)
    syrtimeline channels [--on DATE]
    syrtimeline channels history ID
    syrtimeline places FILE...                         the places a text names (- for stdin)

Common options (before or after the subcommand): --no-color (NO_COLOR is honoured too), --width N,
--debug (tracebacks instead of one-line errors).

Exit codes: 0 success; 1 a data error (a file that cannot be read or parsed, an expression with no
date in it); 2 a usage error (a bad option, a malformed date, an unknown channel, actor or kind id,
an unknown place or governorate name).

Subcommands are registered by functions ``register(subparsers)`` listed in :data:`COMMANDS`: each
adds its parser and sets ``func`` (or ``handler``) to a function ``(args) -> int``. Another module
adds a subcommand by appending its own ``register`` to ``COMMANDS`` (or passing it to :func:`main` as
``commands``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .dates import parse_iso

if TYPE_CHECKING:
    from rich.console import Console

    from .articles import Article
    from .events import Event, Timeline

__all__ = ["COMMANDS", "DataError", "UsageError", "build_parser", "main"]

FORMATS = ("rich", "json", "csv", "geojson", "ics", "timelinejs", "markdown")

SubParsers = Any  # argparse._SubParsersAction[argparse.ArgumentParser]: private in typeshed
Register = Callable[[SubParsers], None]


class UsageError(Exception):
    """The user asked for something malformed or unknown: exit 2."""


class DataError(Exception):
    """The data cannot be read or makes no sense: exit 1."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


# -- argument types -----------------------------------------------------------------------------------
def _date(value: str) -> dt.date | dt.datetime:
    try:
        return parse_iso(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _day(value: str) -> dt.date:
    d = _date(value)
    return d.date() if isinstance(d, dt.datetime) else d


def _width(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}") from None
    if n < 20:
        raise argparse.ArgumentTypeError(f"at least 20 columns, not {n}")
    return n


def _common() -> argparse.ArgumentParser:
    """Options every (sub)command takes; SUPPRESS so a subparser does not reset the main one's."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--no-color", "--no-colour", dest="no_color", action="store_true",
                   default=argparse.SUPPRESS, help="no colour (also when NO_COLOR is set)")
    p.add_argument("--width", type=_width, default=argparse.SUPPRESS, metavar="N",
                   help="render at this many columns (default: the terminal's)")
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="show tracebacks instead of one-line errors")
    p.add_argument("--version", action="version", version=f"syrtimeline {__version__}")
    return p


# -- consoles -----------------------------------------------------------------------------------------
def _console(args: argparse.Namespace, file: Any = None, stderr: bool = False) -> Console:
    from .render import make_console

    return make_console(file, no_color=getattr(args, "no_color", False),
                        width=None if stderr else getattr(args, "width", None), stderr=stderr)


def _warn_line(message: str) -> None:
    print(f"syrtimeline: warning: {message}", file=sys.stderr)


# -- loading ------------------------------------------------------------------------------------------
def _count(path: Path) -> int | None:
    """How many articles *path* holds, when that is known without reading it: one a text file. A
    JSON Lines or Parquet file (alone or in a folder) holds an unknown number."""
    files = [p for p in path.iterdir() if p.is_file()] if path.is_dir() else [path]
    if any(p.name.lower().endswith((".jsonl", ".jsonl.gz", ".parquet")) for p in files):
        return None
    return sum(1 for p in files if p.name.lower().endswith(".txt")) if path.is_dir() else 1


def _articles(paths: Sequence[str], args: argparse.Namespace) -> Iterator[Article]:
    """The articles of *paths*, with a progress bar on stderr for long corpora; load warnings are
    printed one per line."""
    from ._optional import MissingExtra
    from .articles import CorpusError, LoadWarning, iter_corpus
    from .progress import track

    err = _console(args, stderr=True)
    for raw in paths:
        path = Path(raw)
        if raw != "-" and not path.exists():
            raise DataError(f"{raw}: no such file or folder")
        total = _count(path) if raw != "-" else None
        read = 0
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", LoadWarning)
            try:
                for article in track(iter_corpus(raw), err, total=total, description=f"reading {raw}"):
                    read += 1
                    yield article
            except CorpusError as exc:
                raise DataError(str(exc)) from exc
            except MissingExtra as exc:  # a Parquet file without pyarrow
                raise UsageError(str(exc)) from exc
            except OSError as exc:
                raise DataError(f"cannot read {raw}: {exc.strerror or exc}") from exc
        problems = [str(w.message) for w in caught if issubclass(w.category, LoadWarning)]
        for w in caught:
            if not issubclass(w.category, LoadWarning):
                warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if read == 0:  # nothing at all could be read from a path the user named: a data error
            raise DataError(problems[0] if problems else f"{raw}: no articles")
        for message in problems:
            _warn_line(message)


def _timeline(args: argparse.Namespace, paths: Sequence[str] = ()) -> Timeline:
    from .events import KnowledgeError, Timeline, default_timeline

    try:
        if not paths:
            return default_timeline()
        # a generator: the progress bar follows the reading and the extraction of each article
        return Timeline.from_articles(_articles(paths, args),
                                      knowledge=not getattr(args, "no_knowledge", False))
    except KnowledgeError as exc:
        raise DataError(f"knowledge base: {exc}") from exc


def _write(args: argparse.Namespace, text: str) -> None:
    out = getattr(args, "output", None)
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        return
    try:
        Path(out).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise DataError(f"cannot write {out}: {exc.strerror or exc}") from exc


# -- timeline -----------------------------------------------------------------------------------------
def _check_ids(args: argparse.Namespace) -> None:
    """Unknown channel or actor ids are usage errors, found before a long corpus is read (not a place
    name the gazetteer lacks: the texts may name it, so it is checked once they are read)."""
    from .events import KnowledgeError, Timeline, load_knowledge

    try:
        kb = load_knowledge()
    except KnowledgeError as exc:
        raise DataError(f"knowledge base: {exc}") from exc
    _filter(Timeline(events=(), actors=kb.actors, channels=kb.channels), argparse.Namespace(**{
        **vars(args), "place": None}))


def _run_timeline(args: argparse.Namespace) -> int:
    if args.paths:
        _check_ids(args)
    timeline = _timeline(args, args.paths)
    if args.explain is not None:
        try:
            explanation = timeline.explain(args.explain)
        except KeyError as exc:
            known = ", ".join(e.id for e in list(timeline)[:5])
            raise UsageError(f"no event {args.explain!r} in the timeline (ids look like: {known} …; "
                             "see --format json)") from exc
        _write(args, str(explanation) + "\n")
        return 0
    events = _filter(timeline, args)
    if args.format == "rich":
        if args.output is not None and str(args.output) != "-":
            import io

            buf = io.StringIO()
            from .render import make_console, render_timeline

            render_timeline(make_console(buf, no_color=True, width=getattr(args, "width", None) or 100),
                            timeline, events, legend=not args.no_legend)
            _write(args, buf.getvalue())
        else:
            from .render import render_timeline

            render_timeline(_console(args), timeline, events, legend=not args.no_legend)
        return 0
    from .export import export, geojson_left_out

    _write(args, export(timeline, args.format, events))
    if args.format == "geojson":
        unplaced, no_point = geojson_left_out(events)
        if unplaced or no_point:
            _warn_line(f"geojson: {unplaced} event(s) with no place and {no_point} placed with no "
                       "coordinates (a region, a road) left out")
    return 0


def _filter(timeline: Timeline, args: argparse.Namespace) -> list[Event]:
    if args.start and args.end and args.end < args.start:
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    try:
        return timeline.events(actor=args.actor, channel=args.channel, kind=args.kind, start=args.start,
                               end=args.end, place=args.place, admin1=args.admin1)
    except KeyError as exc:
        message = exc.args[0] if exc.args else str(exc)
        if message.startswith("unknown actor") and timeline.actors:
            message += f"; known: {', '.join(sorted(timeline.actors))}"
        raise UsageError(message) from exc


def register_timeline(sub: SubParsers) -> None:
    from .events.model import EventKind

    p = sub.add_parser("timeline", parents=[_common()], help="the timeline (default: bundled seeds + KB)",
                       description="Print or export the timeline of the bundled seeds and knowledge "
                                   "base, or of your own articles (folders with MANIFEST.toml, .jsonl, "
                                   ".jsonl.gz, .parquet, .txt files, - for stdin) merged with the "
                                   "knowledge base.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="corpora to read (default: the bundled seeds)")
    p.add_argument("--actor", metavar="ID", help="only events involving this actor id")
    p.add_argument("--channel", metavar="ID", help="only events of this channel id")
    p.add_argument("--kind", choices=[k.value for k in EventKind], metavar="KIND",
                   help="only events of this kind: " + ", ".join(k.value for k in EventKind))
    p.add_argument("--from", dest="start", type=_day, metavar="DATE", help="only events on or after DATE")
    p.add_argument("--to", dest="end", type=_day, metavar="DATE", help="only events on or before DATE")
    p.add_argument("--place", metavar="NAME",
                   help="only events at this place or inside it (Arabic or English: إدلب, Idlib, Saraqib; "
                        "or a name the texts give after قرية / بلدة / حي that the gazetteer lacks)")
    p.add_argument("--admin1", metavar="NAME",
                   help="only events in this governorate (Arabic or English name, or GeoNames code)")
    p.add_argument("--format", "-f", choices=FORMATS, default="rich", help="output format (default: rich)")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--no-knowledge", action="store_true",
                   help="with PATHs: only their events, without the bundled knowledge base")
    p.add_argument("--no-legend", action="store_true", help="rich format: leave out the legend")
    p.add_argument("--explain", metavar="ID", default=None,
                   help="say why the event ID came out as it did: its reports, triggers, actors and "
                        "their roles, the date mention that governs it, and the merges")
    p.set_defaults(func=_run_timeline)


# -- resolve ------------------------------------------------------------------------------------------
def _run_resolve(args: argparse.Namespace) -> int:
    from .dates import ResolutionError, resolve_mention

    try:
        mention = resolve_mention(args.expression, args.anchor)
    except ResolutionError as exc:
        raise DataError(str(exc)) from exc
    print(mention.explain())
    return 0


def register_resolve(sub: SubParsers) -> None:
    p = sub.add_parser("resolve", parents=[_common()], help="resolve one expression and show why",
                       description="Resolve an Arabic temporal expression against an anchor date: the "
                                   "span, granularity, TIMEX value and the rule trace.")
    p.add_argument("expression")
    p.add_argument("--anchor", type=_date, required=True, help="publication date (ISO)")
    p.set_defaults(func=_run_resolve)


# -- extract ------------------------------------------------------------------------------------------
def _run_extract(args: argparse.Namespace) -> int:
    from .dates import extract
    from .render import render_mentions

    console = _console(args)
    if args.files:
        articles: Iterator[Article] | list[Article] = _articles(args.files, args)
    else:
        from .articles import seeds

        articles = seeds()
    for article in articles:
        name = article.source or article.id
        if not args.files:  # the bundled seeds: their file names, not where they are installed
            name = Path(name).name
        published = args.published if args.published is not None else article.published
        mentions = extract(article.text, published) if args.published is not None else article.mentions()
        day = published.date() if isinstance(published, dt.datetime) else published
        render_mentions(console, name, article.text, mentions, day, show_text=not args.no_text)
    return 0


def register_extract(sub: SubParsers) -> None:
    p = sub.add_parser("extract", aliases=["dates"], parents=[_common()],
                       help="the temporal expressions in files, highlighted, with their resolutions",
                       description="List the temporal expressions in articles (default: the bundled "
                                   "seeds), resolved against each article's publication date.")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="articles: .txt files, folders, .jsonl, .jsonl.gz, .parquet, -")
    p.add_argument("--published", type=_date, metavar="DATE",
                   help="publication date (ISO) to resolve against, instead of the article's own")
    p.add_argument("--no-text", action="store_true", help="only the table of mentions, not the text")
    p.set_defaults(func=_run_extract)


# -- places -------------------------------------------------------------------------------------------
def _run_places(args: argparse.Namespace) -> int:
    from .places import GazetteerError, PlaceFinder
    from .render import render_places

    try:
        finder = PlaceFinder()
    except GazetteerError as exc:
        raise DataError(f"gazetteer: {exc}") from exc
    console = _console(args)
    for article in _articles(args.files, args):
        name = article.source or article.id
        render_places(console, name, finder.find(article.text))
    return 0


def register_places(sub: SubParsers) -> None:
    p = sub.add_parser("places", parents=[_common()], help="the places a text names, resolved",
                       description="List the places named in texts: the words and their offsets, the "
                                   "gazetteer entry (or the candidates of an ambiguous name), its "
                                   "governorate, coordinates and precision (1 the place, 2 near it or "
                                   "its district, 3 the governorate, 4 the country), and the frame.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="texts: .txt files, folders, .jsonl, .jsonl.gz, .parquet, - for stdin")
    p.set_defaults(func=_run_places)


# -- channels -----------------------------------------------------------------------------------------
def _run_channels(args: argparse.Namespace) -> int:
    from .channels import channel_history, channel_status
    from .render import render_channel_history, render_channels

    timeline = _timeline(args, args.corpus or ())
    console = _console(args)
    if getattr(args, "channel_command", None) == "history":
        try:
            history = channel_history(timeline, args.id)
        except KeyError as exc:
            raise UsageError(exc.args[0] if exc.args else str(exc)) from exc
        render_channel_history(console, timeline, history)
        return 0
    on = args.on or dt.date.today()
    ids = list(timeline.channels) or sorted({e.channel for e in timeline if e.channel})
    statuses = [(cid, channel_status(timeline, cid, on)) for cid in ids]
    render_channels(console, timeline, statuses, on)
    return 0


def register_channels(sub: SubParsers) -> None:
    p = sub.add_parser("channels", parents=[_common()], help="each channel's state on a day; its history",
                       description="Each deconfliction channel's state on a day (default: today) with "
                                   "the deciding event and its sources; 'channels history ID' lists a "
                                   "channel's intervals and findings.")
    p.add_argument("--on", type=_day, metavar="DATE", help="the day to ask about (default: today)")
    p.add_argument("--corpus", action="append", metavar="PATH",
                   help="read these articles too (repeatable; default: the bundled seeds)")
    inner = p.add_subparsers(dest="channel_command", metavar="{history}", parser_class=_Parser)
    h = inner.add_parser("history", parents=[_common()], help="a channel's intervals and findings")
    h.add_argument("id", metavar="ID", help="channel id (see 'syrtimeline channels')")
    p.set_defaults(func=_run_channels)


_DESCRIPTION = "Sourced event timelines from Arabic news about Syria." + __doc__.split("clock).", 1)[1].split(
    "\n\nSubcommands are registered", 1)[0]

#: The subcommands, in the order --help lists them. Add ``register(subparsers)`` functions here.
def register_process(sub: SubParsers) -> None:
    """``process``: a whole corpus to tables and a timeline (syrtimeline.pipeline)."""
    from .pipeline.command import register

    register(sub, parents=[_common()])


COMMANDS: list[Register] = [register_timeline, register_resolve, register_extract, register_places,
                            register_channels, register_process]


def build_parser(commands: Sequence[Register] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="syrtimeline", parents=[_common()], description=_DESCRIPTION,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in COMMANDS if commands is None else commands:
        register(sub)
    return parser


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int] | None:
    """The subcommand's function: ``func`` (set by the registers here) or ``handler``."""
    fn: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    return fn or getattr(args, "handler", None)


def main(argv: Sequence[str] | None = None, commands: Sequence[Register] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1 data error, 2 usage error)."""
    parser = build_parser(commands)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if _handler(args) is None:  # no subcommand: the default timeline
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "timeline"])
    debug = getattr(args, "debug", False)
    try:
        code: int = _handler(args)(args)  # type: ignore[misc]  # not None: "timeline" was added
        return code
    except UsageError as exc:
        if debug:
            raise
        print(f"syrtimeline: error: {exc}", file=sys.stderr)
        return 2
    except DataError as exc:
        if debug:
            raise
        print(f"syrtimeline: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `syrtimeline | head`
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        if debug:
            raise
        print("syrtimeline: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
