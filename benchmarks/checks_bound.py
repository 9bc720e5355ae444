"""What the two leads of speed20 could save at most, measured before building them (issue 18, speed21).

    python benchmarks/checks_bound.py                # 4 MB corpus
    python benchmarks/checks_bound.py --size-mb 1

1. ``_not_an_event`` dispatched by kind and tense. Its calls of one run of the coder are recorded, then
   replayed: as they are, and through an ideal dispatch, one copy of the function per (kind, tense) met,
   from which every check whose conjuncts on ``h.kind`` / ``h.tense`` are false for the pair is dropped
   (the syntax tree, specialised here only; no function call per check, so no real table can do better).
   The copies are checked to give every recorded answer.
2. The rules' folds. Every ``fold`` call of ``events.extract`` and ``events.where`` in one run is
   recorded and replayed: their whole cost bounds what reading the clause's folded text could save.

Both are CPU time (``time.process_time``) as shares of the coder's own run. Nothing asserts.
"""

from __future__ import annotations

import argparse
import ast
import collections
import inspect
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _false_for(test: ast.expr, kind: str, tense: str) -> bool:
    """Whether *test* is surely false for a hit of *kind* and *tense* (only its conjuncts on them read)."""
    if isinstance(test, ast.BoolOp):
        values = [_false_for(v, kind, tense) for v in test.values]
        return any(values) if isinstance(test.op, ast.And) else all(values)
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Attribute)
            and isinstance(test.left.value, ast.Name) and test.left.value.id == "h"):
        return False
    attr, op, right = test.left.attr, test.ops[0], test.comparators[0]
    if attr == "kind":
        names = [e.attr for e in (right.elts if isinstance(right, ast.Tuple) else [right])
                 if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name)
                 and e.value.id == "EventKind"]
        if not names or (isinstance(right, ast.Tuple) and len(names) != len(right.elts)):
            return False
        if isinstance(op, ast.Is | ast.In):
            return kind not in names
        return isinstance(op, ast.IsNot | ast.NotIn) and kind in names
    if attr == "tense":
        constants = [e.value for e in (right.elts if isinstance(right, ast.Tuple) else [right])
                     if isinstance(e, ast.Constant)]
        if not constants or (isinstance(right, ast.Tuple) and len(constants) != len(right.elts)):
            return False
        if isinstance(op, ast.Eq | ast.In):
            return tense not in constants
        return isinstance(op, ast.NotEq | ast.NotIn) and tense in constants
    return False


def _specialised(plain: Callable[..., Any], namespace: dict[str, Any], kind: str, tense: str,
                 ) -> tuple[Callable[..., Any], int]:
    """*plain* without the checks that cannot fire on (kind, tense), and how many statements it keeps."""
    tree = ast.parse(inspect.getsource(plain))
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    fn.body = [s for s in fn.body if not (isinstance(s, ast.If) and _false_for(s.test, kind, tense))]
    scope = dict(namespace)
    exec(compile(ast.fix_missing_locations(tree), "<specialised>", "exec"), scope)
    return scope[fn.name], len(fn.body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from coder_steps import coded_corpus

    from syrtimeline.dates import fold
    from syrtimeline.events import EventKind
    from syrtimeline.events import extract as X
    from syrtimeline.events import where as W

    n_articles, run = coded_corpus(args.size_mb)

    plain = X._not_an_event
    judged: list[tuple[tuple[Any, ...], str | None]] = []
    folded: list[tuple[str, str]] = []

    def recorded_judge(*call: Any) -> str | None:
        why = plain(*call)
        judged.append((call, why))
        return why

    def recorded_fold(word: str) -> str:
        frame = sys._getframe(1)
        folded.append((word, f"{frame.f_code.co_name}, line {frame.f_lineno}"))
        return fold(word)

    def patch(judge: Callable[..., str | None], folder: Callable[[str], str]) -> None:
        """Set the coder's ``_not_an_event`` and the ``fold`` that extract and where imported."""
        X._not_an_event = judge
        for module, name in ((X, "fold"), (W, "fold")):  # names the modules import, not export
            setattr(module, name, folder)

    patch(recorded_judge, recorded_fold)
    run()
    patch(plain, fold)
    coder_s = min(run() for _ in range(args.rounds))
    print(f"{n_articles} articles, {args.size_mb:g} MB; coder CPU s (min of {args.rounds}): {coder_s:.2f}")

    pairs = collections.Counter((call[1].kind.name, call[1].tense) for call, _ in judged)
    table = {}
    for kind, tense in pairs:
        table[kind, tense] = _specialised(plain, vars(X), kind, tense)
    plain_def = ast.parse(inspect.getsource(plain)).body[0]
    assert isinstance(plain_def, ast.FunctionDef)
    total = len(plain_def.body)
    unequal = sum(table[call[1].kind.name, call[1].tense][0](*call) != why for call, why in judged)
    kept = sum(n * table[pair][1] for pair, n in pairs.items()) / max(1, len(judged))
    print(f"_not_an_event: {len(judged)} triggers judged, {len(pairs)} (kind, tense) pairs; statements kept "
          f"per trigger {kept:.1f} of {total}; answers unequal: {unequal}")
    dispatch = {(EventKind[k], t): f for (k, t), (f, _) in table.items()}
    for _ in range(args.rounds):
        start = time.process_time()
        for call, _why in judged:
            plain(*call)
        whole = time.process_time() - start
        start = time.process_time()
        for call, _why in judged:
            dispatch[call[1].kind, call[1].tense](*call)
        fast = time.process_time() - start
        print(f"  plain {whole:.3f} s ({whole / coder_s:.1%} of the coder), ideal dispatch {fast:.3f} s: "
              f"saves {(whole - fast) / coder_s:.2%}")

    spent: dict[str, float] = collections.defaultdict(float)
    calls = collections.Counter(caller for _, caller in folded)
    for word, caller in folded:
        start = time.perf_counter()
        fold(word)
        spent[caller] += time.perf_counter() - start
    whole = sum(spent.values())
    print(f"fold: {len(folded)} calls in extract and where, {sum(len(w) for w, _ in folded)} characters, "
          f"{whole:.3f} s ({whole / coder_s:.1%} of the coder); the biggest callers:")
    for caller, s in sorted(spent.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {caller}: {s / coder_s:.2%}, {calls[caller]} calls")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
