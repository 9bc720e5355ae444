"""The grammar compiler: every rule pattern compiled for one pass over a symbol string.

A rule pattern is a template over the symbols of ``lexer.py``: ``{month}`` stands for the symbol of that
category (``lexer.SYMBOLS``) and ``{DAY}``, ``{MNAME}`` … for the macros of ``rules.MACROS``, which may
use symbols and other macros. :func:`expand` turns a template into a regular expression.

:func:`build` compiles the rules, in priority order, into a :class:`Grammar`: one alternation per
symbol that can begin a match, holding just the rules that can begin with it (their FIRST sets, see
``regex_facts.py``), and a scanner ``starts`` that finds the next position worth trying. :func:`compiled`
is the grammar of ``rules.RULES``, built on first use so that importing the package stays fast: the
module ``rules.py`` itself (some 5,000 lines: every pattern and its resolver) loads then, not when the
package is imported (import41).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from .lexer import SYMBOLS

if TYPE_CHECKING:
    from .regex_facts import Facts
    from .rules import Rule

__all__ = ["Grammar", "build", "compiled", "expand"]

_BREAK: Final = SYMBOLS["filler"]  # the symbol of a word the lexicon does not know: the chain breaks
_REF: Final = re.compile(r"\{(\w+)\}")
_GROUP_NAME: Final = re.compile(r"\(\?P<(\w+)>")


def expand(template: str, macros: Mapping[str, str]) -> str:
    """The regular expression of a pattern template: each ``{name}`` is a macro (expanded in turn) or
    the symbol of a lexer category. An unknown name raises KeyError."""

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in macros:
            return expand(macros[key], macros)
        return re.escape(SYMBOLS[key])

    return _REF.sub(sub, template)


class Grammar(NamedTuple):
    """Every rule compiled for one pass over a symbol string.

    ``starts`` finds the next symbol that can begin a match; ``by_first[symbol]`` is the alternation
    of just the rules that can begin with that symbol, in priority order, so a position is only ever
    tried against the rules that could match there. ``rules[i]`` pairs rule *i* with its group names
    (the name in the rule's pattern, the name in the alternation); ``single[i]`` is rule *i* alone and
    ``first[i]`` its FIRST set.
    """

    starts: re.Pattern[str]
    by_first: dict[str, re.Pattern[str]]
    single: tuple[re.Pattern[str], ...]
    rules: tuple[tuple[Rule, tuple[tuple[str, str], ...]], ...]
    first: tuple[frozenset[str], ...]


def build(rules: Sequence[Rule], macros: Mapping[str, str]) -> Grammar:
    """Compile *rules*, tried in the order given. Each rule's pattern becomes the group ``r<i>`` and
    its group ``name`` the group ``g<i>_name``, so one alternation can hold every rule."""
    from .regex_facts import facts  # on first use only, like the grammar itself

    bodies: list[str] = []
    named: list[tuple[Rule, tuple[tuple[str, str], ...]]] = []
    found: list[Facts] = []
    for i, r in enumerate(rules):
        names: list[tuple[str, str]] = []

        def rename(m: re.Match[str], i: int = i, names: list[tuple[str, str]] = names) -> str:
            names.append((m.group(1), f"g{i}_{m.group(1)}"))
            return f"(?P<g{i}_{m.group(1)}>"

        body = f"(?P<r{i}>{_GROUP_NAME.sub(rename, expand(r.pattern, macros))})"
        bodies.append(body)
        named.append((r, tuple(names)))
        found.append(facts(body, _BREAK))
    firsts = [f.first for f in found]
    symbols = sorted(set().union(*firsts))
    by_first = {
        sym: re.compile("|".join(b for b, f in zip(bodies, firsts, strict=True) if sym in f))
        for sym in symbols
    }
    # the symbols some rule that reads _ or looks far may begin with: never skipped before _
    far = frozenset(sym for f in found if f.reads_break_or_looks_far for sym in f.first)
    live = _live_start(by_first, far)
    starts = re.compile("[" + "".join(re.escape(x) for x in symbols) + "]" + live)
    return Grammar(starts, by_first, tuple(re.compile(b) for b in bodies), tuple(named), tuple(firsts))


def _live_start(by_first: dict[str, re.Pattern[str]], far: frozenset[str] = frozenset()) -> str:
    """A check to put after the first symbol of ``starts``: skip a symbol that no rule can match when
    a break ``_`` follows it (في and من between two unknown words are most of the symbols that can
    begin a rule). A symbol of *far* (one that a rule that consumes ``_`` or looks behind more than one
    symbol may begin with) is never skipped. For any other symbol, every rule it may begin stops before
    the ``_`` and looks back at most one symbol: then trying it after every possible previous symbol (or
    none) and before ``_`` is exact (speed17: before, one such rule anywhere turned the check off for
    every symbol; tests/test_grammar.py)."""
    alphabet = ["", *sorted(set(SYMBOLS.values()))]
    dead = [sym for sym, pat in by_first.items() if sym not in far
            and all(pat.match(f"{p}{sym}{_BREAK}", len(p)) is None for p in alphabet)]
    if not dead:
        return ""
    live = [sym for sym in by_first if sym not in dead]
    not_before_break = f"(?!{re.escape(_BREAK)})"
    if not live:
        return not_before_break
    return "(?:(?<=[" + "".join(re.escape(x) for x in live) + "])|" + not_before_break + ")"


_GRAMMAR: list[Grammar] = []


def compiled() -> Grammar:
    """The grammar of ``rules.RULES``, built on first use (the rules module loads here, import41)."""
    if not _GRAMMAR:
        from .rules import MACROS, RULES

        _GRAMMAR.append(build(RULES, MACROS))
    return _GRAMMAR[0]
