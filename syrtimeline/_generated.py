"""The command line of the scripts that rebuild a bundled data file from a maintained library
(``python -m syrtimeline.events.kb.countries``, ``python -m syrtimeline.places.generate``): print the
file, ``--write`` it, or ``--check`` that the bundled one is up to date. Used at development time only;
the package itself reads the bundled files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

__all__ = ["dedupe", "write_or_check"]


def dedupe(names: Iterable[str], key: Callable[[str], str]) -> list[str]:
    """*names* in order, each kept once by its *key* (its folded spelling, say); a name whose key is
    empty is left out."""
    seen: set[str] = set()
    out = []
    for n in names:
        k = key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def write_or_check(prog: str, description: str, output: Path, generate: Callable[[], str],
                   count: Callable[[str], str], argv: Sequence[str] | None = None) -> int:
    """Run a generator's command line: *generate* makes the text of *output*; *count* says what it
    holds («120 countries») after ``--write``. Returns the exit status (1 when ``--check`` finds the
    bundled file out of date)."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true", help=f"write {output.name}")
    g.add_argument("--check", action="store_true", help=f"exit 1 when {output.name} is not up to date")
    args = p.parse_args(argv)
    text = generate()
    if args.write:
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output.name}: {count(text)}")
        return 0
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"{output.name} is not up to date: run with --write", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0
