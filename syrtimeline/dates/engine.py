"""extract() and resolve(): the public face of the date engine.

text → strip (offset map) → one lexer pass → symbol string → one pass of all rules → resolvers with
the anchor → Mentions whose spans point into the ORIGINAL text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from .calendar import ImpossibleDate, month_span, shift_months, year_span
from .context import (
    NO_ANTECEDENT_STEP,
    UNRESOLVED_STEP,
    Antecedent,
    Ctx,
    FramedDay,
    NeedsAnchor,
    NeedsAntecedent,
    NotADate,
    holds_day,
)
from .grammar import Grammar, compiled
from .iso import as_date
from .kinds import MentionKind
from .lexer import Token, tokenize
from .normalize import OffsetMap, strip
from .span import DateSpan

if TYPE_CHECKING:
    from .rules import Rule

__all__ = ["Explanation", "Lexed", "Mention", "Offset", "ResolutionError", "Scan", "extract", "lex",
           "resolve", "resolve_mention", "scan"]

KINDS: Final = tuple(MentionKind)


class ResolutionError(ValueError):
    """An expression holds no date that can be resolved; the message names the text and why."""

    def __init__(self, expression: str, reason: str) -> None:
        super().__init__(f"{expression!r}: {reason}")
        self.expression = expression
        self.reason = reason


@attrs.frozen
class Explanation:
    """Why a mention came out as it did: the rule, the anchor and every step taken."""

    text: str
    rule: str
    rule_doc: str
    anchor: dt.date | None
    steps: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    result: str = ""

    def __str__(self) -> str:
        lines = [f"{self.text!r} → {self.result}", f"rule: {self.rule} — {self.rule_doc}",
                 f"anchor: {self.anchor.isoformat() if self.anchor else 'none (no publication date)'}"]
        lines += [f"  {i}. {s}" for i, s in enumerate(self.steps, 1)]
        lines += [f"  ! {w}" for w in self.warnings]
        return "\n".join(lines)


class Offset(NamedTuple):
    """An offset from an event, as an ``offset_from_event`` mention gives it (:attr:`Mention.offset`)."""

    amount: int
    unit: str  # D, W, M, Y; with *clock*, H, M or S
    clock: bool  # a time of day (PT3H): the event's own day
    after: bool  # «بعد»: after the event; else before it («قبل»)
    iso: str  # as ISO 8601 writes it: P2W, PT3H


@attrs.frozen
class Mention:
    """One temporal expression found in a text.

    ``text`` is exactly ``original[span[0]:span[1]]``. ``value`` is None for durations, frequencies
    (kind ``set``), vague references, impossible dates (kind ``invalid``, with ``reason``) and relative
    expressions found without a publication date (``reason`` says so).
    """

    text: str
    span: tuple[int, int]
    kind: MentionKind
    value: DateSpan | None
    rule: str
    anchor: dt.date | None = None
    steps: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    detail: str | None = None
    reason: str | None = None
    stated: tuple[tuple[str, int], ...] = ()

    def said(self, part: str) -> int | None:
        """What the words themselves stated, whatever the anchor: ``weekday`` (Monday = 0), ``day``,
        ``month``, ``year`` (Gregorian) and ``relative_days`` (أمس = −1, اليوم = 0, غداً = 1)."""
        return dict(self.stated).get(part)

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def timex(self) -> str | None:
        """The TIMEX3-style value (a date, or an ISO duration such as ``P6M`` for durations)."""
        if self.value is not None:
            return self.value.timex
        if self.kind == MentionKind.DURATION and self.detail:
            return self.detail.split()[0]
        return None

    @property
    def needs_anchor(self) -> bool:
        return self.value is None and self.kind in _VALUED and self.reason == _NEEDS_ANCHOR

    @property
    def offset(self) -> Offset | None:
        """The offset an ``offset_from_event`` mention counts from its event («بعد أسبوعين من قمة
        هلسنكي»: 2 W after), or None for any other mention and an offset with no number («بعد ساعات
        من»)."""
        found = _OFFSET.match(self.detail or "") if self.rule == "offset_from_event" else None
        if found is None:
            return None
        return Offset(int(found["n"]), found["unit"], bool(found["t"]), found["dir"] == "after", found["iso"])

    def from_event(self, event: DateSpan, name: str) -> Mention | None:
        """An offset from another event («بعد أسبوعين من قمة هلسنكي», rule ``offset_from_event``)
        resolved against the date of that event, *event*, called *name* in the steps: days and weeks
        give a day, months a month, years a year; hours and minutes the event's own day. None for
        any other mention, or an offset with no number («بعد ساعات من»)."""
        off = self.offset
        if off is None:
            return None
        n, unit, direction = off.amount, off.unit, "after" if off.after else "before"
        sign = 1 if off.after else -1
        base = event.end if sign > 0 else event.start
        if off.clock:  # hours or minutes: the same day as the event
            value = DateSpan.day(base)
        elif unit in ("D", "W"):
            value = DateSpan.day(base + dt.timedelta(days=sign * n * (7 if unit == "W" else 1)))
        elif unit == "M":
            shifted = shift_months(base, sign * n)
            value = month_span(shifted.year, shifted.month)
        else:
            value = year_span(base.year + sign * n)
        step = f"{off.iso} {direction} {name} ({event}) → {value}"
        return attrs.evolve(self, kind=value_kind(value), value=value, steps=(*self.steps, step))

    def explain(self) -> Explanation:
        rule = _rules_by_name()[self.rule]
        if self.value is not None:
            result = f"{self.value} ({self.value.granularity.value}, timex {self.value.timex})"
        elif self.reason:
            result = f"{self.kind}: {self.reason}"
        else:
            result = f"{self.kind}: {self.detail or 'no calendar value'}"
        return Explanation(self.text, self.rule, rule.doc, self.anchor, self.steps, self.warnings, result)


#: The detail of an ``offset_from_event`` mention: "P2W after an event named in the text".
_OFFSET: Final = re.compile(r"(?P<iso>P(?P<t>T?)(?P<n>\d+)(?P<unit>[DWMYHS]))\s+(?P<dir>before|after)\b")


def value_kind(value: DateSpan) -> MentionKind:
    """A day's value is a date; any longer span a range (the kinds ``Mention.from_event`` gives)."""
    return MentionKind.DATE if value.start == value.end else MentionKind.RANGE


_WORD_MARKS: Final = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")
_NEEDS_ANCHOR: Final = "relative to the publication date, and none was given"
_NEEDS_ANTECEDENT: Final = "relative to a date told earlier in the text, and none before it fixes one"
_VALUED: Final = (MentionKind.DATE, MentionKind.RANGE)  # the kinds with a calendar value
_WHAT: Final = {MentionKind.DURATION: "a duration", MentionKind.SET: "a frequency",
                MentionKind.VAGUE: "a vague time reference"}


@functools.cache
def _rules_by_name() -> dict[str, Rule]:
    """The rules by name, for :meth:`Mention.explain`: read on first use, as the grammar loads the rules
    module on first use (``grammar.compiled``), not when the package is imported (import41)."""
    from .rules import RULES

    return {r.name: r for r in RULES}


def _as_anchor(value: object, what: str) -> tuple[dt.date | None, dt.datetime | None]:
    parsed = as_date(value, what)
    if isinstance(parsed, dt.datetime):
        return parsed.date(), parsed
    return parsed, None


_QUOTES: Final = (("“", "”"), ("«", "»"), ("„", "“"))


def _inside_quotation(text: str, pos: int) -> bool:
    """Is *pos* inside a quotation opened earlier in its paragraph and not yet closed?"""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    if any(before.rfind(o) > before.rfind(c) for o, c in _QUOTES):
        return True
    return before.count('"') % 2 == 1


class _Quotations:
    """``_inside_quotation`` for positions asked in increasing order, reading each part of the text
    once: a long paragraph with many bare اليوم costs linear time, not quadratic."""

    __slots__ = ("_last", "_odd", "_pos", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0  # the paragraph is read up to here
        self._last = [-1] * (2 * len(_QUOTES))  # last opening / closing mark of each pair, or -1
        self._odd = False  # an odd number of " so far in the paragraph

    def inside(self, pos: int) -> bool:
        text = self._text
        if pos < self._pos:  # asked out of order: read the paragraph again
            return _inside_quotation(text, pos)
        start = self._pos
        newline = text.rfind("\n", start, pos)
        if newline >= 0:  # a new paragraph: forget the old one
            start = newline + 1
            self._last = [-1] * (2 * len(_QUOTES))
            self._odd = False
        last = self._last
        for k, (o, c) in enumerate(_QUOTES):
            i = text.rfind(o, start, pos)
            if i >= 0:
                last[2 * k] = i
            i = text.rfind(c, start, pos)
            if i >= 0:
                last[2 * k + 1] = i
        if text.count('"', start, pos) % 2:
            self._odd = not self._odd
        self._pos = pos
        return self._odd or any(last[2 * k] > last[2 * k + 1] for k in range(len(_QUOTES)))


def _char_span(tokens: list[Token], i: int, j: int, stripped: str) -> tuple[int, int]:
    """The stripped-text span of tokens i..j, without the white space a gap symbol may hold."""
    s, e = tokens[i].start, tokens[j - 1].end
    while e > s and stripped[e - 1].isspace():
        e -= 1
    while s < e and stripped[s].isspace():
        s += 1
    return s, e


@attrs.frozen(eq=False)
class Lexed:
    """What :func:`extract` reads of a text before it looks at the anchor: the text stripped, the
    offset map and the tokens (:func:`lex`). Extracting one text against two anchors (no anchor to
    read its publication date, then that date) can lex it once."""

    text: str
    stripped: str
    omap: OffsetMap
    tokens: list[Token]


def lex(text: str) -> Lexed:
    """*text* stripped and tokenized, for :func:`extract`'s ``lexed``."""
    stripped, omap = strip(text)
    return Lexed(text, stripped, omap, tokenize(stripped))


def extract(text: str, published: dt.date | dt.datetime | str | None = None, *,
            lexed: Lexed | None = None) -> list[Mention]:
    """Every temporal expression in *text*, in order, resolved against *published* when given.

    Without a publication date nothing relative is resolved (its value is None); dates that carry
    their year still are. Never raises on any string. *lexed* is ``lex(text)`` when the caller has
    it (another text's is ignored): the same mentions, without lexing again.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    anchor, anchor_dt = _as_anchor(published, "published")
    if lexed is None or lexed.text != text:
        lexed = lex(text)
    out: list[Mention] = []
    if lexed.tokens:
        _scan(lexed, anchor, anchor_dt, out, 0, None, _Quotations(text))
    return out


class _Resume(NamedTuple):
    """Where a scan against no anchor first asked about the anchor: what a scan against an anchor
    would hold there (the same, by the rules' purity)."""

    pos: int  # the place in the symbols the match began at
    found: int  # how many mentions came before it
    antecedent: int  # the index among them of the last date the text fixed, or -1
    quotes: tuple[int, list[int], bool]  # the quotation reader's state before the match
    frame: int  # the index among them of a wider date that frames the antecedent (FramedDay), or -1


@attrs.frozen(eq=False)
class Scan:
    """A text's mentions against no anchor (``mentions``, what ``extract(text)`` gives), kept with
    what it takes to give its mentions against an anchor (:meth:`anchored`) without resolving again
    what the anchor does not change (:func:`scan`).

    An article's publication date is read from its mentions against no anchor, then its mentions are
    wanted against that date: one scan serves both. A rule's resolver is a pure function of the
    match, the text, the antecedent (the last date fixed before it) and the anchor. Up to the first
    match whose resolver (or a resolver that declined at its place) asked about the anchor, both
    scans take the same matches with the same values: :meth:`anchored` keeps those (their ``anchor``
    set) and scans on from that match with the anchor. Beyond it, a place whose resolvers asked about
    neither the anchor nor the antecedent resolves the same wherever the scan stands: its mention
    (or its refusal) is taken from the first scan, not resolved again.
    """

    lexed: Lexed
    mentions: tuple[Mention, ...]
    resume: _Resume | None  # None: no rule asked about the anchor
    #: the places (in the symbols) whose resolvers asked about neither: their mention (or None) and end
    taken: dict[int, tuple[Mention | None, int]]

    def anchored(self, published: dt.date | dt.datetime | str | None) -> list[Mention]:
        """``extract(text, published)``: the same mentions, without resolving again what the anchor
        does not change."""
        anchor, anchor_dt = _as_anchor(published, "published")
        if anchor is None:
            return list(self.mentions)
        r = self.resume
        kept = self.mentions if r is None else self.mentions[:r.found]
        out = [attrs.evolve(m, anchor=anchor) for m in kept]
        if r is not None:
            quotes = _Quotations(self.lexed.text)
            quotes._pos, last, quotes._odd = r.quotes
            quotes._last = list(last)
            ante: Antecedent | None = out[r.antecedent] if r.antecedent >= 0 else None
            if ante is not None and r.frame >= 0:
                ante = FramedDay(ante, out[r.frame])
            _scan(self.lexed, anchor, anchor_dt, out, r.pos, ante, quotes, taken=self.taken)
        return out


def scan(text: str, *, lexed: Lexed | None = None) -> Scan:
    """*text* scanned once against no anchor, for its mentions against no anchor and then against
    one (:class:`Scan`); *lexed* as for :func:`extract`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if lexed is None or lexed.text != text:
        lexed = lex(text)
    out: list[Mention] = []
    resume = None
    taken: dict[int, tuple[Mention | None, int]] = {}
    if lexed.tokens:
        resume = _scan(lexed, None, None, out, 0, None, _Quotations(text), watch=taken)
    return Scan(lexed, tuple(out), resume, taken)


def _scan(lexed: Lexed, anchor: dt.date | None, anchor_dt: dt.datetime | None, out: list[Mention],
          pos: int, antecedent: Antecedent | None, quotes: _Quotations, *,
          watch: dict[int, tuple[Mention | None, int]] | None = None,
          taken: dict[int, tuple[Mention | None, int]] | None = None) -> _Resume | None:
    """The engine's one pass over the symbols from *pos*, appending to *out*. With *watch* (a scan
    against no anchor), where the first match whose resolution asked about the anchor began (else
    None), and in *watch* the places whose resolution asked about neither the anchor nor the
    antecedent; with *taken* (a scan against an anchor), those places' outcomes are not resolved
    again (their mentions given the anchor)."""
    text, stripped, omap, tokens = lexed.text, lexed.stripped, lexed.omap, lexed.tokens
    symbols = "".join([t[2] for t in tokens])  # t.sym
    grammar = compiled()
    starts, by_first = grammar.starts, grammar.by_first
    resume: _Resume | None = None
    first_read = watch is not None  # still looking for the first match that asked about the anchor
    before: tuple[int, list[int], bool] = (0, [], False)
    ante_index = -1  # with *watch*: the index in *out* of *antecedent*
    frame_index = -1  # and of the wider date that frames it (FramedDay), or -1
    while True:
        first = starts.search(symbols, pos)
        if first is None:
            break
        at = first.start()
        if taken is not None and (known := taken.get(at)) is not None:
            mention, end = known
            if mention is not None:
                mention = attrs.evolve(mention, anchor=anchor)
        else:
            m = by_first[symbols[at]].match(symbols, at)
            if m is None:
                pos = at + 1
                continue
            assert m.lastgroup is not None
            index = int(m.lastgroup[1:])
            if first_read:
                before = (quotes._pos, list(quotes._last), quotes._odd)
            mention, end, asked = _resolve_match(m, index, grammar, tokens, anchor, anchor_dt, text, stripped,
                                                 omap, quotes, antecedent)
            if mention is None:
                # The rule looked closer and declined: let the rules after it try the same place.
                for k in range(index + 1, len(grammar.rules)):
                    if symbols[at] not in grammar.first[k]:
                        continue
                    mm = grammar.single[k].match(symbols, at)
                    if mm is None:
                        continue
                    mention, end, also = _resolve_match(mm, k, grammar, tokens, anchor, anchor_dt, text,
                                                        stripped, omap, quotes, antecedent)
                    asked |= also
                    if mention is not None:
                        break
            if watch is not None:
                if not asked:
                    watch[at] = (mention, end)
                elif first_read and asked & 1:
                    resume = _Resume(at, len(out), ante_index, before, frame_index)
                    first_read = False
        if mention is not None:
            out.append(mention)
            if mention.value is not None and mention.kind in _VALUED:
                if holds_day(mention, antecedent, text):  # antecedent_within_frame: the day stays
                    assert antecedent is not None
                    day = antecedent.day if isinstance(antecedent, FramedDay) else antecedent
                    antecedent = FramedDay(day, mention)
                    frame_index = len(out) - 1
                else:
                    antecedent = mention
                    ante_index, frame_index = len(out) - 1, -1
            pos = end
        else:
            pos = at + 1
    return resume


# (pattern source, rule index) → the rule's (group name, group number) pairs in that pattern. Keyed by
# the source string (whose hash the string keeps), not by the Pattern: a Pattern's hash reads its whole
# compiled code every time, some 15,000 instructions for an alternation of the grammar.
_SLOTS: dict[tuple[str, int], tuple[tuple[str, int], ...]] = {}


def _resolve_match(m: re.Match[str], index: int, grammar: Grammar,
                   tokens: list[Token], anchor: dt.date | None, anchor_dt: dt.datetime | None,
                   text: str, stripped: str, omap: OffsetMap,
                   quotes: _Quotations, antecedent: Antecedent | None) -> tuple[Mention | None, int, int]:
    """The mention of a match, or None when its rule declines; where the match ends in the symbols;
    what the rule asked about: 1 the anchor, 2 the antecedent, 3 both, 0 neither."""
    rule, names = grammar.rules[index]
    key = (m.re.pattern, index)
    slots = _SLOTS.get(key)
    if slots is None:  # the rule's groups by number in this pattern, looked up once
        slots = _SLOTS[key] = tuple((short, m.re.groupindex[full]) for short, full in names)
    # each of the rule's groups asked alone, (-1, -1) for one that did not take part: not m.regs, which
    # builds the spans of every group of the alternation (up to 135) at each match
    span = m.span
    gd = {short: sp for short, g in slots if (sp := span(g))[0] >= 0}
    i, j = span()
    s, e = _char_span(tokens, i, j, stripped)
    os_, oe = omap.span_to_original(s, e)
    ctx = Ctx(tokens, gd, anchor, anchor_dt, rule.kind, i, j - 1, quotes, os_, antecedent, text, oe,
              stripped)
    # keep the word's own marks that were stripped after its last letter (عاماً, ستّ)
    while oe < len(text) and text[oe] in _WORD_MARKS:
        oe += 1
    reason: str | None = None
    value: DateSpan | None = None
    try:
        value = rule.resolve(ctx)
    except NotADate:
        return None, j, ctx.read_anchor + 2 * ctx.read_antecedent
    except NeedsAnchor:
        reason = _NEEDS_ANCHOR
        ctx.steps.append(UNRESOLVED_STEP)
    except NeedsAntecedent:
        reason = _NEEDS_ANTECEDENT
        ctx.steps.append(NO_ANTECEDENT_STEP)
    except ImpossibleDate as exc:
        ctx.kind = MentionKind.INVALID
        reason = str(exc)
        ctx.steps.append(f"impossible: {exc}")
    except (OverflowError, ValueError) as exc:  # dates beyond the calendar's range
        ctx.kind = MentionKind.INVALID
        reason = f"outside the calendar: {exc}"
        ctx.steps.append(reason)
    mention = Mention(
        text=text[os_:oe], span=(os_, oe), kind=ctx.kind, value=value, rule=rule.name,
        anchor=anchor, steps=tuple(ctx.steps), warnings=tuple(ctx.warnings), detail=ctx.detail,
        reason=reason, stated=tuple(sorted(ctx.stated.items())),
    )
    return mention, j, ctx.read_anchor + 2 * ctx.read_antecedent


def resolve_mention(expression: str, anchor: dt.date | dt.datetime | str | None) -> Mention:
    """The mention that best covers *expression* (the longest resolved one), for explain()."""
    mentions = extract(expression, anchor)
    if not mentions:
        raise ResolutionError(expression, "no temporal expression found")
    valued = [x for x in mentions if x.value is not None]
    if valued:
        return max(valued, key=lambda x: (x.end - x.start, -x.start))
    best = max(mentions, key=lambda x: (x.end - x.start, -x.start))
    if best.kind == MentionKind.INVALID:
        raise ResolutionError(expression, f"not a possible date: {best.reason}")
    if best.reason in (_NEEDS_ANCHOR, _NEEDS_ANTECEDENT):
        raise ResolutionError(expression, f"{best.text!r} is {best.reason}")
    what = _WHAT.get(best.kind, best.kind)
    raise ResolutionError(expression, f"{best.text!r} is {what}, not a calendar date")


def resolve(expression: str, anchor: dt.date | dt.datetime | str | None) -> DateSpan:
    """Resolve one Arabic temporal expression against *anchor* (the publication date).

    Raises :class:`ResolutionError` (a ValueError naming the text) when there is no date in it,
    when the date is impossible, or when it is a duration, a frequency or a vague reference.
    """
    value = resolve_mention(expression, anchor).value
    assert value is not None
    return value
