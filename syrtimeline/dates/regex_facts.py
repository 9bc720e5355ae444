"""What the grammar must know about a regular expression and that no public API of ``re`` tells.

The grammar compiler (``grammar.py``) needs three facts about each rule pattern over the symbol string:

* its FIRST set: the symbols a match can begin with, so that a position is only tried against the rules
  that can begin there (the per-first-symbol alternations);
* whether it can consume the break symbol, or looks behind more than one symbol (when no pattern does,
  the scanner may skip a symbol that no rule can match before a break);
* whether it holds an unbounded repeat (none may: the work at one start position must not grow with the
  text; a test checks it).

``re`` compiles a pattern but exposes nothing of its structure, and no other module of the standard
library parses regular expressions. The only reader of that structure is the private ``re._parser``
(``sre_parse`` before Python 3.11), whose parse trees may change between versions. So it is used here
and nowhere else in the package: a change in a new Python breaks this one module, and
``tests/test_grammar.py`` runs it under every Python 3.11+ it finds and compares the facts it computes
for the real rule patterns with those computed in-process.

This module imports the standard library only, so that it can run as a script under a bare interpreter
(``-I`` keeps the package folder, which holds a ``calendar.py``, off the path)::

    python -I regex_facts.py < request.json

where the request is ``{"patterns": [...], "brk": "_"}`` and the answer, on standard output, is one
object per pattern: ``{"first": [...], "nullable": ..., "reads_break_or_looks_far": ...,
"unbounded": ...}``, or ``{"error": "..."}`` when the pattern's first symbol cannot be bounded.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]  # private: see the module docstring
from typing import Any

__all__ = ["Facts", "facts"]

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


@dataclass(frozen=True)
class Facts:
    """What :func:`facts` finds in one pattern."""

    first: frozenset[str]  # the symbols a match can begin with (look-arounds are zero-width)
    nullable: bool  # the pattern can match the empty string
    reads_break_or_looks_far: bool  # it can consume the break symbol, or looks behind > 1 symbol
    unbounded: bool  # it holds a repeat without an upper bound (*, +, {n,})

    def as_json(self) -> dict[str, Any]:
        return {"first": sorted(self.first), "nullable": self.nullable,
                "reads_break_or_looks_far": self.reads_break_or_looks_far, "unbounded": self.unbounded}


def facts(pattern: str, brk: str) -> Facts:
    """The facts of *pattern*; *brk* is the break symbol (one character).

    Raises ValueError when the pattern may begin with a symbol from an open set (``.``, ``[^…]``, a
    category such as ``\\w``): its FIRST set cannot be bounded.
    """
    tree = list(_parser.parse(pattern))
    first, nullable = _first(tree)
    return Facts(frozenset(first), nullable, _reads_break_or_looks_far(tree, ord(brk)), _unbounded(tree))


def _first(items: list[Any]) -> tuple[set[str], bool]:
    """(FIRST set, nullable) of a sequence of parse items."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
            return out, False
        if name == "IN":
            for sub_op, sub_av in av:
                if str(sub_op) == "LITERAL":
                    out.add(chr(sub_av))
                elif str(sub_op) == "RANGE":
                    out.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
                else:  # a negated or category class: anything may start here
                    raise ValueError(f"cannot bound the first symbol of {sub_op}")
            return out, False
        if name == "SUBPATTERN":
            f, nullable = _first(list(av[-1]))
        elif name == "ATOMIC_GROUP":
            f, nullable = _first(list(av))
        elif name == "BRANCH":
            f, nullable = set(), False
            for alt in av[1]:
                fa, na = _first(list(alt))
                f |= fa
                nullable = nullable or na
        elif name in _REPEATS:
            lo, _hi, sub = av
            f, nullable = _first(list(sub))
            nullable = nullable or lo == 0
        elif name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        else:
            raise ValueError(f"cannot bound the first symbol of {name}")
        out |= f
        if not nullable:
            return out, False
    return out, True


def _reads_break_or_looks_far(items: Any, brk: int) -> bool:
    """Can a sequence of parse items consume the symbol *brk*, or look behind more than one symbol?"""
    for op, av in items:
        name = str(op)
        if name in ("ANY", "NOT_LITERAL") or (name == "LITERAL" and av == brk):
            return True
        if name == "IN" and any(str(o) in ("NEGATE", "CATEGORY") or (str(o) == "LITERAL" and a == brk)
                                or (str(o) == "RANGE" and a[0] <= brk <= a[1]) for o, a in av):
            return True
        subs: list[Any] = []
        if name in _REPEATS:
            subs = [av[2]]
        elif name == "SUBPATTERN":
            subs = [av[-1]]
        elif name == "ATOMIC_GROUP":
            subs = [av]
        elif name == "BRANCH":
            subs = list(av[1])
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            if direction < 0 and sub.getwidth()[1] > 1:
                return True
            if direction > 0 and sub.getwidth()[1] > 1:
                subs = [sub]  # a wider look-ahead must not read past a break either
        if any(_reads_break_or_looks_far(x, brk) for x in subs):
            return True
    return False


def _unbounded(items: Any) -> bool:
    """Does a sequence of parse items hold a repeat with no upper bound?"""
    for op, av in items:
        name = str(op)
        inner: list[Any] = []
        if name in _REPEATS:
            if av[1] == _parser.MAXREPEAT:
                return True
            inner = [av[2]]
        elif name == "SUBPATTERN":
            inner = [av[-1]]
        elif name == "ATOMIC_GROUP":
            inner = [av]
        elif name == "BRANCH":
            inner = list(av[1])
        elif name in ("ASSERT", "ASSERT_NOT"):
            inner = [av[1]]
        if any(_unbounded(sub) for sub in inner):
            return True
    return False


def _answer(pattern: str, brk: str) -> dict[str, Any]:
    try:
        return facts(pattern, brk).as_json()
    except ValueError as exc:
        return {"error": str(exc)}


def main() -> None:
    import json  # only when run as a script: importing the package stays light

    request = json.load(sys.stdin)
    json.dump([_answer(p, request["brk"]) for p in request["patterns"]], sys.stdout)


if __name__ == "__main__":
    main()
