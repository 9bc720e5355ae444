"""The rule list of docs/dates.md ("## Every rule, in order"), rendered from the code.

The rules' docstrings are the source of truth; the table is one row per rule, in the order they are
tried (``priority.py``), with its kind and its docstring on one line. To regenerate it after changing
a rule, from the repository's root::

    python -m syrtimeline.dates.ruledoc --write docs/dates.md

``--check docs/dates.md`` exits with status 1 when the file's table differs from the code (the tests do
the same check), and no option prints the table.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from .rules import RULES, Rule

__all__ = ["SECTION", "rule_table", "table_of", "with_rule_table"]

SECTION: Final = "## Every rule, in order"
_HEADER: Final = "| # | Rule | Kind | What it reads |\n|---|---|---|---|\n"


def _cell(doc: str) -> str:
    return " ".join(doc.split()).replace("|", "\\|")


def rule_table(rules: Sequence[Rule] = RULES) -> str:
    """The Markdown table of *rules*: number, name, kind and docstring, in the order given."""
    return _HEADER + "".join(f"| {i} | `{r.name}` | {r.kind} | {_cell(r.doc)} |\n"
                             for i, r in enumerate(rules, 1))


def _table_lines(lines: list[str]) -> tuple[int, int]:
    """(first, end) line indices of the table under SECTION."""
    try:
        at = lines.index(SECTION)
    except ValueError:
        raise ValueError(f"no {SECTION!r} heading") from None
    first = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("|")
                  or lines[i].startswith("## ")), len(lines))
    if first == len(lines) or not lines[first].startswith("|"):
        raise ValueError(f"no table under {SECTION!r}")
    end = first
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return first, end


def table_of(document: str) -> str:
    """The rule table as it stands in *document* (the text of docs/dates.md)."""
    lines = document.split("\n")
    first, end = _table_lines(lines)
    return "\n".join(lines[first:end]) + "\n"


def with_rule_table(document: str, rules: Sequence[Rule] = RULES) -> str:
    """*document* with its rule table replaced by the one rendered from *rules*."""
    lines = document.split("\n")
    first, end = _table_lines(lines)
    return "\n".join([*lines[:first], *rule_table(rules).rstrip("\n").split("\n"), *lines[end:]])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m syrtimeline.dates.ruledoc", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--write", metavar="FILE", type=Path, help="replace the rule table in FILE")
    what.add_argument("--check", metavar="FILE", type=Path, help="exit 1 when FILE's rule table differs")
    args = parser.parse_args(argv)
    if args.write is not None:
        text = args.write.read_text(encoding="utf-8")
        args.write.write_text(with_rule_table(text), encoding="utf-8")
        return 0
    if args.check is not None:
        if table_of(args.check.read_text(encoding="utf-8")) != rule_table():
            print(f"{args.check}: the rule table differs from the rules; regenerate it with "
                  f"python -m syrtimeline.dates.ruledoc --write {args.check}", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(rule_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
