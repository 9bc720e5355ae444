"""The grammar compiler (``dates/grammar.py``) and the one module that reads regex parse trees
(``dates/regex_facts.py``, built on the private ``re._parser``).

``regex_facts`` is run as a script, with the standard library alone, under every Python 3.12 and 3.13
found (on PATH as ``python3.12`` / ``python3.13``, or in pyenv's ``versions`` folder; the ones absent
are skipped), on the real expanded rule patterns, and its answers must equal those computed in this
process: a change to ``re._parser`` in a new Python shows here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from syrtimeline.dates import regex_facts
from syrtimeline.dates.grammar import build, compiled, expand
from syrtimeline.dates.lexer import SYMBOLS
from syrtimeline.dates.rules import MACROS, RULES

OTHER_PYTHONS = ("3.12", "3.13")
BREAK = SYMBOLS["filler"]
# patterns beyond the rules' own, for the parts of the parse tree no rule uses today
EXTRA_PATTERNS = ("(?>ab|c)d", "(?:a|b?c)d", "x*?y", "[^ab]c", "(?<=ab)c", "(?=a_)a", "a?", "(?:\\w)")


def _version_of(python: str) -> str | None:
    try:
        out = subprocess.run([python, "-I", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


@cache
def _find_python(version: str) -> str | None:
    """An interpreter of *version* that runs (a pyenv shim on PATH may exist and refuse to run)."""
    candidates = [p for p in (shutil.which(f"python{version}"),) if p]
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if pyenv.is_dir():
        candidates += sorted(str(p) for p in pyenv.glob(f"{version}.*/bin/python"))
    return next((p for p in candidates if _version_of(p) == version), None)


def _patterns() -> list[str]:
    return [p.pattern for p in compiled().single] + list(EXTRA_PATTERNS)


def _in_process(patterns: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in patterns:
        try:
            out.append(regex_facts.facts(p, BREAK).as_json())
        except ValueError as exc:
            out.append({"error": str(exc)})
    return out


@pytest.mark.parametrize("version", ["this", *OTHER_PYTHONS])
def test_regex_facts_agree_across_pythons(version: str) -> None:
    python = sys.executable if version == "this" else _find_python(version)
    if python is None:
        pytest.skip(f"no Python {version} here")
    patterns = _patterns()
    request = json.dumps({"patterns": patterns, "brk": BREAK})
    run = subprocess.run([python, "-I", regex_facts.__file__], input=request, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    there = json.loads(run.stdout)
    here = _in_process(patterns)
    assert len(there) == len(here) == len(patterns)
    for pattern, a, b in zip(patterns, there, here, strict=True):
        assert a == b, f"{version} differs on {pattern!r}: {a} != {b}"
    # the comparison is not empty: every rule has facts, and the extra patterns cover errors too
    assert all("first" in x for x in here[:len(RULES)])
    assert any("error" in x for x in here)


def test_regex_facts() -> None:
    f = regex_facts.facts("(?:a|b?c)d", "_")
    assert f.first == {"a", "b", "c"} and not f.nullable and not f.unbounded
    assert regex_facts.facts("(?=x)(?<!y)(?>ab|c)?d", "_").first == {"a", "c", "d"}
    assert regex_facts.facts("a?(?:b{0,2})", "_").nullable
    assert regex_facts.facts("x*?y", "_").unbounded
    assert regex_facts.facts("a_", "_").reads_break_or_looks_far  # consumes the break
    assert regex_facts.facts("a.", "_").reads_break_or_looks_far  # may consume anything
    assert regex_facts.facts("(?<=ab)c", "_").reads_break_or_looks_far  # looks two symbols back
    assert regex_facts.facts("(?=[^x]{2})c", "_").reads_break_or_looks_far  # a wide look-ahead past _
    assert not regex_facts.facts("(?<=[ab])c(?=d|e)[f-h]", "_").reads_break_or_looks_far
    with pytest.raises(ValueError, match="cannot bound"):
        regex_facts.facts("[^ab]c", "_")


def test_every_rule_has_a_bounded_first_set_and_cannot_match_nothing() -> None:
    g = compiled()
    assert len(g.first) == len(g.single) == len(g.rules) == len(RULES)
    for i, ((rule, _), pattern, first) in enumerate(zip(g.rules, g.single, g.first, strict=True)):
        f = regex_facts.facts(pattern.pattern, BREAK)
        assert f.first == first and first, rule.name
        assert not f.nullable, f"{rule.name} can match the empty string"
        for sym, alternation in g.by_first.items():  # in the alternation of each symbol it may begin with
            assert (f"(?P<r{i}>" in alternation.pattern) == (sym in first), (rule.name, sym)


def test_expand() -> None:
    assert expand("{month}", {}) == SYMBOLS["month"]
    assert expand("{A}{in_}", {"A": "(?:{B}|{slash})", "B": "{dash}"}) == "(?:\\-|/)i"
    with pytest.raises(KeyError):
        expand("{no_such_symbol}", MACROS)


def test_build_tries_rules_in_the_order_given() -> None:
    first, second = RULES[0], RULES[1]
    g = build([first, second], MACROS)
    assert [r.name for r, _ in g.rules] == [first.name, second.name]
    g2 = build([second, first], MACROS)
    assert [r.name for r, _ in g2.rules] == [second.name, first.name]


def test_the_grammar_is_built_on_first_use() -> None:
    code = ("import syrtimeline, syrtimeline.dates.grammar as g\n"
            "print(len(g._GRAMMAR))\n"
            "syrtimeline.extract('أمس', '2021-03-17')\n"
            "print(len(g._GRAMMAR))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "1"]


def test_the_priority_table_names_every_rule_once() -> None:
    from syrtimeline.dates.priority import PRIORITY, ordered
    from syrtimeline.dates.rules import _DEFINED

    assert len(set(PRIORITY)) == len(PRIORITY) == len(_DEFINED)
    assert set(PRIORITY) == set(_DEFINED)
    assert [r.name for r in RULES] == list(PRIORITY)
    assert [r.name for r, _ in compiled().rules] == list(PRIORITY)
    defined = {"a": 1, "b": 2}
    assert ordered(defined, ("b", "a")) == [2, 1]
    for table, problem in ((("a",), "not in the priority table: b"), (("a", "b", "a"), "named twice: a"),
                           (("a", "b", "c"), "not defined: c")):
        with pytest.raises(ValueError, match=problem):
            ordered(defined, table)
