"""The syrtimeline command (edge layer: files, terminal, clock).

    syrtimeline                          dates in the bundled seed articles
    syrtimeline dates FILE... [--published DATE]
    syrtimeline resolve EXPRESSION --anchor DATE
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .dates import Mention, ResolutionError, extract, resolve_mention


def _date(value: str) -> dt.date | dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (expected e.g. 2021-12-18)") from None
    return parsed.date() if len(value) <= 10 else parsed


def _print_mentions(name: str, text: str, published: object, out: list[str]) -> None:
    pub = published.isoformat() if isinstance(published, dt.date) else "unknown"
    out.append(f"== {name} (published {pub})")
    for m in extract(text, published):  # type: ignore[arg-type]
        out.append("  " + _line(m))


def _line(m: Mention) -> str:
    if m.value is not None:
        val = f"{m.value}  [{m.value.granularity.value}{', ' + m.value.mod.value if m.value.mod else ''}]"
    elif m.reason:
        val = f"unresolved: {m.reason}"
    else:
        val = m.detail or ""
    warn = "".join(f"  ! {w}" for w in m.warnings)
    return f"{m.span[0]:>5}-{m.span[1]:<5} {m.kind:<8} {m.text}  →  {val}  ({m.rule}){warn}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="syrtimeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"syrtimeline {__version__}")
    sub = parser.add_subparsers(dest="command")
    p_dates = sub.add_parser("dates", help="list the temporal expressions in files (default: the seeds)")
    p_dates.add_argument("files", nargs="*", type=Path)
    p_dates.add_argument("--published", type=_date, help="publication date (ISO) to resolve against")
    p_res = sub.add_parser("resolve", help="resolve one expression and show why")
    p_res.add_argument("expression")
    p_res.add_argument("--anchor", type=_date, required=True, help="publication date (ISO)")
    args = parser.parse_args(argv)

    out: list[str] = []
    if args.command == "resolve":
        try:
            mention = resolve_mention(args.expression, args.anchor)
        except ResolutionError as exc:
            print(f"syrtimeline: {exc}", file=sys.stderr)
            return 1
        print(mention.explain())
        return 0
    files = getattr(args, "files", None) or []
    if files:
        for path in files:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except OSError as exc:
                print(f"syrtimeline: cannot read {path}: {exc.strerror}", file=sys.stderr)
                return 1
            except UnicodeDecodeError as exc:
                print(f"syrtimeline: {path} is not UTF-8 (byte {exc.start})", file=sys.stderr)
                return 1
            _print_mentions(str(path), text, args.published, out)
    else:
        from ._seeds import seed_texts

        for name, text, published in seed_texts():
            _print_mentions(name, text, published, out)
    print("\n".join(out))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
