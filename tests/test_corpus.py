"""The corpus: a table of Arabic temporal expressions with what the conventions say they mean.

Every row of ``tests/corpus/*.tsv`` is one case: ``expression<TAB>anchor<TAB>expected<TAB>rule<TAB>note``
(the note may be left out). Lines starting with ``#`` are comments; the first other line is the header.
``\\uXXXX`` in an expression stands for that character (NBSP, bidi marks ...). ``anchor`` is an ISO
date or ``-`` (no publication date). ``expected`` is one of:

* ``2021-12-17`` or ``2021-11-21..2021-11-30`` (inclusive), optionally followed by checks
  ``granularity=…`` ``mod=…`` ``timex=…``, ``explain=day_first`` (explain() says so; ``_`` for a
  space) and flags ``warn`` (the mention must carry a warning: a weekday that contradicts its date),
  ``whole`` (the mention covers the whole expression) and ``detail`` (a part of day is kept as the
  mention's detail); without ``warn`` the mention must carry no warning;
* ``duration`` / ``set`` / ``vague``: a mention of that kind, no calendar value anywhere;
* ``invalid``: an impossible date, reported as kind invalid with a reason; resolve() raises;
* ``none``: extract() finds nothing at all;
* ``unresolved`` (anchor ``-``): a relative expression without an anchor has value None;
* ``no-antecedent``: a discourse anchor («اليوم التالي», «الشهر نفسه») with no date told before it
  that it can count from has value None, and says so.

The flag ``last`` checks the last dated mention of the expression instead of the longest one: a
discourse anchor's row holds its antecedent first.

``rule`` names the rule that must read the expression: the rule of the mention that decides the row
(the one resolve() explains for a date; the longest mention for a kind; the longest mention that needs
an anchor for ``unresolved``), and ``-`` for ``none``. Every rule of the grammar reads at least one
row, so a rule that the rules before it shadow entirely fails the corpus.

A row whose note contains the word ``xfail`` documents the contract where the engine is known to be
wrong; it runs as a strict xfail, so a fix makes it fail loudly until the marker is removed.

Expected values were computed from docs/conventions.md with datetime, dateutil and
hijridate — never copied from the engine.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import syrtimeline as st
from syrtimeline.dates.rules import RULES

CORPUS = Path(__file__).parent / "corpus"
KINDS_WITHOUT_VALUE = ("duration", "set", "vague")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DATES = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?")
_XFAIL = re.compile(r"\bxfail\b")
CHECKS = ("granularity", "mod", "timex", "explain")
FLAGS = ("warn", "whole", "detail", "last")


_BUCKWALTER = str.maketrans({
    "ء": "'", "آ": "|", "أ": ">", "ؤ": "&", "إ": "<", "ئ": "}", "ا": "A", "ب": "b", "ة": "p", "ت": "t",
    "ث": "v", "ج": "j", "ح": "H", "خ": "x", "د": "d", "ذ": "*", "ر": "r", "ز": "z", "س": "s", "ش": "$",
    "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "ع": "E", "غ": "g", "ـ": "_", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ى": "Y", "ي": "y", "ً": "F", "ٌ": "N", "ٍ": "K",
    "َ": "a", "ُ": "u", "ِ": "i", "ّ": "~", "ْ": "o", "ٰ": "`", "ٱ": "{", "،": ",", "؛": ";", "؟": "?",
    "–": "-", "—": "-", " ": "_",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})


def buckwalter(text: str) -> str:
    """An ASCII transliteration; other characters (bidi marks, NBSP ...) as ``<U+XXXX>``."""
    out = text.translate(_BUCKWALTER)
    return "".join(c if c.isascii() else f"<U+{ord(c):04X}>" for c in out)


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    expression: str
    anchor: dt.date | None
    expected: str
    rule: str
    note: str
    start: dt.date | None = None
    end: dt.date | None = None
    checks: dict[str, str] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()

    @property
    def id(self) -> str:
        """``file:line:expression``, the expression in Buckwalter transliteration (pytest escapes
        non-ASCII ids to ``\\uXXXX``, which nobody can read)."""
        return f"{self.file}:{self.line}:{buckwalter(self.expression)}"

    @property
    def where(self) -> str:
        anchor = self.anchor.isoformat() if self.anchor else "no anchor"
        return f"{self.expression!r} @ {anchor} [{self.file}:{self.line}]"

    @property
    def xfail(self) -> bool:
        return bool(_XFAIL.search(self.note))


def _parse_row(path: Path, lineno: int, line: str) -> Case:
    cols = line.split("\t")
    if len(cols) == 4:
        cols.append("")
    if len(cols) != 5:
        raise ValueError(f"{path.name}:{lineno}: expected 5 tab-separated columns, got {len(cols)}")
    expression, anchor_s, expected, rule, note = (c.strip() for c in cols)
    expression = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), expression)
    if not expression:
        raise ValueError(f"{path.name}:{lineno}: empty expression")
    anchor = None if anchor_s == "-" else dt.date.fromisoformat(anchor_s)
    head, *rest = expected.split()
    if not rule or (rule == "-") != (head == "none"):
        raise ValueError(f"{path.name}:{lineno}: the rule is '-' for 'none' and a rule's name otherwise")
    case = Case(path.name, lineno, expression, anchor, head, rule, note)
    m = _DATES.fullmatch(head)
    if m is None:
        if head not in (*KINDS_WITHOUT_VALUE, "invalid", "none", "unresolved", "no-antecedent") or rest:
            raise ValueError(f"{path.name}:{lineno}: bad expected value {expected!r}")
        if head == "unresolved" and anchor is not None:
            raise ValueError(f"{path.name}:{lineno}: 'unresolved' needs the anchor '-'")
        return case
    start = dt.date.fromisoformat(m.group(1))
    end = dt.date.fromisoformat(m.group(2)) if m.group(2) else start
    checks: dict[str, str] = {}
    flags: set[str] = set()
    for item in rest:
        key, sep, value = item.partition("=")
        if sep and key in CHECKS:
            checks[key] = value
        elif not sep and item in FLAGS:
            flags.add(item)
        else:
            raise ValueError(f"{path.name}:{lineno}: unknown check {item!r}")
    return Case(path.name, lineno, expression, anchor, "date", rule, note, start, end, checks,
                frozenset(flags))


def load_corpus(folder: Path = CORPUS) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(folder.glob("*.tsv")):
        header_seen = False
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not header_seen:
                if line.split("\t")[:4] != ["expression", "anchor", "expected", "rule"]:
                    raise ValueError(f"{path.name}:{lineno}: missing header line")
                header_seen = True
                continue
            cases.append(_parse_row(path, lineno, line))
    return cases


CASES = load_corpus()


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=case.note)] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


def _check_offsets(text: str, mentions: list[st.Mention]) -> None:
    for m in mentions:
        assert text[m.span[0]:m.span[1]] == m.text, f"offsets of {m.text!r} do not point into the text"


def _describe(mentions: list[st.Mention]) -> str:
    return "; ".join(f"{m.text!r} {m.kind} {m.value!r} ({m.rule})" for m in mentions) or "no mention"


def _check_rule(case: Case, mention: st.Mention) -> None:
    assert mention.rule == case.rule, (
        f"{mention.text!r} is read by {mention.rule}, not by {case.rule} (the rule column)")


_FROM_ANTECEDENT = ("discourse_day", "day_of_discourse_month", "offset_from_antecedent")


def _length(m: st.Mention) -> tuple[int, int]:
    """The longest mention first, the earliest of equal length."""
    return m.end - m.start, -m.start


def _check_date(case: Case) -> None:
    text, anchor = case.expression, case.anchor
    mentions = st.extract(text, anchor)
    assert mentions, "extract() found no mention"
    _check_offsets(text, mentions)
    if "last" in case.flags:
        valued = [m for m in mentions if m.value is not None]
        assert valued, f"no dated mention: {_describe(mentions)}"
        value = valued[-1].value
        assert value is not None
    else:
        try:
            value = st.resolve(text, anchor)
        except st.ResolutionError as exc:
            raise AssertionError(f"resolve() raised {exc}; mentions: {_describe(mentions)}") from None
    got = (value.start, value.end)
    assert got == (case.start, case.end), (
        f"expected {case.start}..{case.end}, got {value!r}; mentions: {_describe(mentions)}")
    for key, want in case.checks.items():
        if key == "explain":
            continue
        have = getattr(value, key)
        assert have is not None and str(have) == want, f"{key}: expected {want!r}, got {have!r} in {value!r}"
    mention = valued[-1] if "last" in case.flags else st.resolve_mention(text, anchor)
    _check_rule(case, mention)
    if mention.rule in _FROM_ANTECEDENT:
        assert "antecedent:" in str(mention.explain()), "explain() does not name the antecedent"
    if "explain" in case.checks:
        words = case.checks["explain"].replace("_", " ").lower()
        explanation = str(mention.explain())
        said = explanation.replace("-", " ").lower()
        assert words in said, f"explain() does not say {words!r}:\n{explanation}"
    if "detail" in case.flags:
        assert mention.detail, f"the part of day is not kept as a detail of {mention.text!r}"
    assert mention.value == value
    assert text[mention.span[0]:mention.span[1]] == mention.text
    if "warn" in case.flags:
        assert mention.warnings, f"expected a warning on {mention.text!r} ({value!r})"
    else:
        assert not mention.warnings, f"unexpected warnings: {mention.warnings}"
    if "whole" in case.flags:
        assert mention.text == text.strip(), f"the mention {mention.text!r} does not cover the expression"


def _check_kind(case: Case) -> None:
    text, anchor = case.expression, case.anchor
    mentions = st.extract(text, anchor)
    assert mentions, "extract() found no mention"
    _check_offsets(text, mentions)
    valued = [m for m in mentions if m.value is not None]
    assert not valued, f"expected no calendar value, got: {_describe(valued)}"
    longest = max(mentions, key=_length)
    assert longest.kind == case.expected, f"expected kind {case.expected}, got: {_describe(mentions)}"
    _check_rule(case, longest)
    if case.expected == "invalid":
        assert longest.reason, "an invalid mention must say why"
    with pytest.raises(st.ResolutionError):
        st.resolve(text, anchor)


def _check_none(case: Case) -> None:
    mentions = st.extract(case.expression, case.anchor)
    assert not mentions, f"expected no mention, got: {_describe(mentions)}"


def _check_unresolved(case: Case) -> None:
    text = case.expression
    mentions = st.extract(text, None)
    assert mentions, "extract() found no mention"
    _check_offsets(text, mentions)
    valued = [m for m in mentions if m.value is not None]
    assert not valued, f"resolved without an anchor: {_describe(valued)}"
    needs = [m for m in mentions if m.needs_anchor]
    assert needs, f"no mention says it needs an anchor: {_describe(mentions)}"
    _check_rule(case, max(needs, key=_length))
    with pytest.raises(st.ResolutionError):
        st.resolve(text, None)


def _check_no_antecedent(case: Case) -> None:
    text = case.expression
    mentions = st.extract(text, case.anchor)
    assert mentions, "extract() found no mention"
    _check_offsets(text, mentions)
    waiting = [m for m in mentions if m.value is None and m.reason and "told earlier" in m.reason]
    assert waiting, f"no mention waits for an antecedent: {_describe(mentions)}"
    last = waiting[-1]
    _check_rule(case, last)
    assert "no earlier date" in str(last.explain()) or "gives no single" in str(last.explain())


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_corpus(case: Case) -> None:
    check = {"date": _check_date, "none": _check_none, "unresolved": _check_unresolved,
             "no-antecedent": _check_no_antecedent}.get(case.expected, _check_kind)
    try:
        check(case)
    except (AssertionError, pytest.fail.Exception) as exc:
        raise AssertionError(f"{case.where}: {exc}") from None


def test_corpus_is_large_and_covers_every_category() -> None:
    assert len(CASES) >= 400
    files = {c.file for c in CASES}
    for name in ("relative_days", "weekdays", "nth_of_month", "weeks_of_month", "months_levantine",
                 "months_egyptian", "months_maghrebi", "months_paired", "hijri", "holidays", "parts",
                 "seasons", "relative_units", "offsets", "ranges", "numeric", "years", "numbers",
                 "orthography", "not_dates", "durations_sets_vague", "invalid", "no_anchor"):
        assert f"{name}.tsv" in files, name
    kinds = {c.expected for c in CASES}
    assert kinds >= {"date", "duration", "set", "vague", "invalid", "none", "unresolved"}
    assert any("warn" in c.flags for c in CASES)


def test_corpus_rows_are_unique() -> None:
    seen: dict[tuple[str, dt.date | None], str] = {}
    for c in CASES:
        key = (c.expression, c.anchor)
        assert key not in seen, f"{c.id} repeats {seen[key]}"
        seen[key] = c.id


def test_every_rule_reads_a_row_and_every_row_names_a_rule() -> None:
    """A rule that no row reaches is untested, or shadowed entirely by the rules tried before it."""
    names = [r.name for r in RULES]
    named = {c.rule for c in CASES} - {"-"}
    assert not named - set(names), f"rows name rules that do not exist: {sorted(named - set(names))}"
    unread = [n for n in names if n not in named]
    assert not unread, f"no row of tests/corpus is read by: {', '.join(unread)}"
