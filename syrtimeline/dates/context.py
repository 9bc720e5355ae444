"""What a resolver sees: :class:`Ctx`, and the two ways it declines (:class:`NotADate`, :class:`NeedsAnchor`).

A resolver reads the tokens its pattern matched by group name, through accessors that say what they
expect the token to hold:

* ``c.number(name)`` an int (a day, a month, a year, a count, an ordinal), ``c.weekday(name)`` a weekday
  (Monday = 0), ``c.month(name)`` the month of a month name (a paired name such as آذار/مارس reads its
  first and warns when the two disagree), ``c.text(name)`` a str (a unit such as ``day``, a part
  ``early`` / ``mid`` / ``late``, an era, a season code, a holiday id, a numeric date as written …);
* ``c.direction(name)``: -1, +1 or 0 for a past / future / current modifier (الماضي, المقبل, الجاري),
  and 0 when the group did not match;
* ``c.has(name)``, ``c.tok(name)``, ``c.toks(name)``, ``c.word(name)`` (the words as folded),
  ``c.before(name)`` (the token right before the group).

The contract: an accessor reads the group's first token. When that token does not hold what the
accessor expects (``c.number`` on a quantity such as 2.5, whose value is None), it raises
:class:`NotADate`: the rule declines the match, as it would on a closer look, and the rules after it
try the same place. It never fails an assertion: a surprise in the text is "not a date", not a crash.
A group that did not match is the rule's own mistake (it did not check ``c.has``) and raises KeyError,
except for ``direction``, for which no modifier means the current period.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, Protocol

from . import lexicon as L
from .kinds import MentionKind
from .lexer import Sym, Token
from .normalize import fold
from .span import DateSpan

if TYPE_CHECKING:
    class Quotations(Protocol):
        """Tells whether a position of the original text is inside a quotation (engine._Quotations)."""

        def inside(self, pos: int) -> bool: ...

__all__ = ["NO_ANTECEDENT_STEP", "UNRESOLVED_STEP", "Antecedent", "Ctx", "FramedDay", "NeedsAnchor",
           "NeedsAntecedent", "NotADate", "holds_day"]


class NeedsAnchor(Exception):
    """The expression is relative and no publication date was given."""


class NeedsAntecedent(Exception):
    """The expression counts from a date the text told before it («اليوم التالي», «الشهر نفسه»), and
    the text told none that it can count from: it stays unresolved, never guessed."""


class Antecedent(Protocol):
    """The last date the text fixed before a mention (the engine's Mention): its words, its value and
    where it stands in the original text."""

    @property
    def text(self) -> str: ...
    @property
    def value(self) -> DateSpan | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def rule(self) -> str: ...


class FramedDay:
    """antecedent_within_frame (dates40): «ارتفع السعر اليوم الخميس، الموافق 20 نوفمبر 2025، مع اختتام
    نشاط السوق لهذا الأسبوع … مقارنة بـ… في اليوم السابق» — a wider date (the week, a month, a year)
    told after a single day in the same sentence and holding that day frames it: the story still counts
    from the day, so «اليوم السابق» is the 19th, not unresolved for a week that gives no single day. The
    day's words, value and place, with the frame kept for ``explain()``."""

    __slots__ = ("day", "frame")

    def __init__(self, day: Antecedent, frame: Antecedent) -> None:
        self.day = day
        self.frame = frame

    @property
    def text(self) -> str:
        return self.day.text

    @property
    def value(self) -> DateSpan | None:
        return self.day.value

    @property
    def start(self) -> int:
        return self.day.start

    @property
    def end(self) -> int:
        return self.day.end

    @property
    def rule(self) -> str:
        return self.day.rule


def holds_day(frame: Antecedent, ante: Antecedent | None, text: str) -> bool:
    """Does *frame*, a date fixed after the antecedent *ante*, frame it (:class:`FramedDay`): *ante* a
    single day, *frame* wider and holding it, and no sentence's end (``FRAME_BREAKS``) between them?"""
    if ante is None or ante.value is None or not ante.value.is_exact_day:
        return False
    wide, day = frame.value, ante.value.start
    if wide is None or wide.is_exact_day or not wide.start <= day <= wide.end:
        return False
    return not any(ch in L.FRAME_BREAKS for ch in text[ante.end:frame.start])


class NotADate(Exception):
    """On a closer look the match is not a temporal expression; it is dropped."""


# the step the engine records when a resolver needs the anchor and there is none
UNRESOLVED_STEP: Final = "no publication date: left unresolved"
# the step the engine records when a resolver needs an antecedent and there is none
NO_ANTECEDENT_STEP: Final = "no earlier date in the text to count from: left unresolved"
# what a modifier's value says about the period it follows
_ORDINAL_MONTH_WORDS: Final = frozenset(fold(w) for w in L.ORDINAL_MONTH_WORDS)


_LEVANTINE: Final = frozenset(fold(w) for w in L.LEVANTINE_MONTH_NAMES)


def _ordinal_swapped(first: Token, other: Token) -> bool:
    """«تشرين الثاني/أكتوبر»: is *first* a Levantine month told by its ordinal, *other* a name of one
    word, and *first* the twin of *other*'s month (كانون / تشرين الأول ↔ الثاني)? Then the ordinal was
    swapped and *other* names the month (dates26)."""
    return (first.word.split()[0] in _ORDINAL_MONTH_WORDS
            and other.word.split()[0] not in _ORDINAL_MONTH_WORDS
            and L.ORDINAL_MONTH_TWINS.get(_number(first)) == other.value)


_DIRECTION: Final[dict[object, int]] = {"past": -1, "future": 1, "current": 0}
_MONTHS: Final = frozenset({Sym.MONTH, Sym.AMB_MONTH})
_CLAUSE_MARKS: Final = ".!?؟\n؛;،,:"
_SENTENCE_MARKS: Final = ".!?؟\n"
_QUOTES: Final = "«»\"'()“”،,:؛;"
# tatweel, diacritics and bidi / zero-width marks, deleted from the words before a date
_MARKS: Final = str.maketrans("", "", "\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"
                              "\u200b\u200c\u200d\u200e\u200f\u061c")


def _number(token: Token) -> int:
    value = token.value
    if not isinstance(value, int):
        raise NotADate
    return value


class Ctx:
    """What a resolver sees: the matched tokens by group, the anchor, and the trace it writes."""

    __slots__ = ("_anchor", "_anchor_dt", "_antecedent", "_at", "_clause", "_quotes", "_stripped", "_text",
                 "_to", "_words", "_written", "detail", "end", "groups", "kind", "read_anchor",
                 "read_antecedent", "start", "stated", "steps", "tokens", "warnings")

    def __init__(self, tokens: list[Token], groups: dict[str, tuple[int, int]],
                 anchor: dt.date | None, anchor_dt: dt.datetime | None, kind: MentionKind, start: int = 0,
                 end: int = 0, quotes: Quotations | None = None, at: int = 0,
                 antecedent: Antecedent | None = None, text: str = "", to: int = 0,
                 stripped: str | None = None) -> None:
        self.tokens = tokens
        self.start = start  # index of the first token of the match
        self.end = end  # index of the last token of the match
        self.groups = groups
        self._anchor = anchor
        self._anchor_dt = anchor_dt
        # did the resolver ask about the anchor (anchor, anchor_dt, has_anchor)? A scan against no anchor
        # keeps, up to the first match that did, the mentions a scan against an anchor would give
        self.read_anchor = False
        self.read_antecedent = False  # did it ask about the antecedent? (a match that asked about
        # neither resolves the same in both scans, wherever it stands)
        self._quotes = quotes
        self._at = at  # where the match begins in the original text
        self._antecedent = antecedent  # the last date the text fixed before the match
        self._text = text  # the original text
        self._to = to  # where the match ends in the original text
        # the text the tokens' offsets point into: the original with its marks deleted (strip)
        self._stripped = text if stripped is None else stripped
        # the clause before the match and its words, nearest first, folded and as written: read on the
        # first ask (most rules never ask; a weekday's cues ask up to eight times)
        self._clause: str | None = None
        self._words: list[str] | None = None
        self._written: list[str] | None = None
        self.steps: list[str] = []
        self.warnings: list[str] = []
        self.detail: str | None = None
        self.kind = kind
        # what the words themselves said: weekday, day, month, year, relative_days
        self.stated: dict[str, int] = {}

    # -- the tokens of a group ------------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name in self.groups

    def toks(self, name: str) -> list[Token]:
        i, j = self.groups.get(name, (0, 0))
        return self.tokens[i:j]

    def tok(self, name: str) -> Token:
        i, _ = self.groups[name]
        return self.tokens[i]

    def before(self, name: str) -> Token | None:
        """The token right before the group, or None at the start of the text."""
        i, _ = self.groups[name]
        return self.tokens[i - 1] if i > 0 else None

    def word(self, name: str) -> str:
        """The group's words as folded (its value as a string when it has no word, such as a gap)."""
        return " ".join(t.word for t in self.toks(name) if t.word) or str(self.tok(name).value)

    # -- typed values: NotADate when the token does not hold one ----------------------------------------
    def number(self, name: str) -> int:
        """The int of the group's first token: a day, a month, a year, a count, an ordinal."""
        value = self.tokens[self.groups[name][0]].value
        if not isinstance(value, int):
            raise NotADate
        return value

    def weekday(self, name: str) -> int:
        """The weekday of the group's first token, Monday = 0."""
        wd = self.number(name)
        if not 0 <= wd <= 6:
            raise NotADate
        return wd

    def written(self, name: str) -> str:
        """The group's tokens as the text writes them, its marks deleted (a word the lexicon does not
        know has no folded word of its own). The tokens' offsets are the stripped text's: read in the
        original, a mark before them (a shadda, a tanween) would shift the words (dates52)."""
        return " ".join(self._stripped[t.start:t.end] for t in self.toks(name))

    def text(self, name: str) -> str:
        """The str of the group's first token: a unit, a part, an era, a modifier, a season code, a
        holiday id, a part of day, a numeric date or a time as written."""
        value = self.tokens[self.groups[name][0]].value
        if not isinstance(value, str):
            raise NotADate
        return value

    def month(self, name: str = "month") -> int:
        """The month (1–12) of a group that names one; of a paired name (آذار/مارس, أيلول سبتمبر) the
        first, with a warning when the names disagree."""
        names = [t for t in self.toks(name) if t.sym in _MONTHS]
        if not names:
            raise NotADate
        first = _number(names[0])
        for other in names[1:]:
            if other.value != first and any(t.sym == Sym.DASH for t in self.toks(name)):
                raise NotADate  # يناير - فبراير: two months, not one month's two names
            if (other.value != first and len(self.toks(name)) == 2
                    and (names[0].word in _LEVANTINE) == (other.word in _LEVANTINE)):
                raise NotADate  # آب أيلول side by side: two months of one family, not one month's two names
            if other.value != first:
                self.warnings.append(f"the paired month names disagree: {names[0].word} ({first}) / "
                                     f"{other.word} ({other.value})")
                if _ordinal_swapped(names[0], other):
                    self.step(f"{names[0].word} is the twin of {other.word}'s month: the ordinal was "
                              f"swapped, {other.word} ({other.value}) stands")
                    return _number(other)
        return first

    def direction(self, name: str) -> int:
        """-1, +1 or 0 for the past / future / current modifier of the group (الماضي, المقبل, الجاري);
        0 when the group did not match: a period without a modifier is the current one."""
        if name not in self.groups:
            return 0
        shift = _DIRECTION.get(self.tok(name).value)
        if shift is None:
            raise NotADate
        return shift

    # -- the anchor and the place of the match ----------------------------------------------------------
    @property
    def anchor(self) -> dt.date:
        """The publication date; NeedsAnchor when there is none (the mention is left unresolved)."""
        self.read_anchor = True
        if self._anchor is None:
            raise NeedsAnchor
        return self._anchor

    @property
    def has_anchor(self) -> bool:
        self.read_anchor = True
        return self._anchor is not None

    @property
    def anchor_dt(self) -> dt.datetime | None:
        """The publication moment when it was given with a time of day, else None."""
        self.read_anchor = True
        return self._anchor_dt

    def antecedent(self, paragraph: bool = False) -> Antecedent:
        """The last date the text fixed before the match (for «اليوم التالي», «الشهر نفسه»);
        NeedsAntecedent when there is none, or, with *paragraph*, none in the match's paragraph."""
        self.read_antecedent = True
        ante = self._antecedent
        if ante is None or ante.value is None or (
                paragraph and self._text.find("\n", ante.end, self._at) >= 0):
            raise NeedsAntecedent
        return ante

    def text_after(self, n: int) -> str:
        """The next *n* characters of the original text after the match, white space before them
        left out."""
        return self._text[self._to:self._to + n + 4].lstrip()[:n]

    @property
    def surface(self) -> str:
        """The words of the match as the original text writes them."""
        return self._text[self._at:self._to]

    def _clause_before(self) -> str:
        """The text of the match's clause before it (at most 100 characters), marks left out: the clause
        ends at a full stop, a comma, a colon or a line break. Read once for the match."""
        if self._clause is None:
            at = self._at
            window = self._text[max(0, at - 100):at]
            cut = max(map(window.rfind, _CLAUSE_MARKS))
            self._clause = window[cut + 1:].translate(_MARKS)
        return self._clause

    def words_before(self, n: int) -> list[str]:
        """Up to *n* words (folded) before the match in its clause, the nearest first: the clause ends
        at a full stop, a comma, a colon or a line break. (A new list each time: the words of the clause
        are read once, :func:`words_before_plain` the specification.)"""
        if self._words is None:
            self._words = fold(self._clause_before()).split()[::-1]
        return self._words[:n]

    def written_before(self, n: int) -> list[str]:
        """The words of :meth:`words_before` as the text writes them (marks left out, not folded), the
        nearest first: for a cue only the written form tells (سأ with its hamza)."""
        if self._written is None:
            self._written = self._clause_before().split()[::-1]
        return self._written[:n]

    def line(self) -> str:
        """The line of the original text that holds the match, as written."""
        start = self._text.rfind("\n", 0, self._at) + 1
        end = self._text.find("\n", self._to)
        return self._text[start:end if end >= 0 else len(self._text)]

    def short_line(self, most: int) -> str | None:
        """The line of the original text that holds the match, as written, when it has at most *most*
        characters; else None, found without reading past *most* characters either side (a rule that
        asks whether a match stands on a short line stays linear on a text of one long line)."""
        start = self._text.rfind("\n", max(0, self._at - most), self._at)
        if start < 0 and self._at > most:
            return None
        end = self._text.find("\n", self._to, self._to + most + 1)
        if end < 0:
            end = len(self._text)
            if end - self._to > most:
                return None
        line = self._text[start + 1:end]
        return line if len(line) <= most else None

    def text_before(self, n: int) -> str:
        """The *n* characters of the original text before the match (fewer at its start), as written."""
        return self._text[max(0, self._at - n):self._at]

    def whole_text(self) -> tuple[str, int, int]:
        """The original text, and where the match begins and ends in it: for a rule that reads what the
        text says elsewhere of the same words (`weekday_told_elsewhere`)."""
        return self._text, self._at, self._to

    def text_since(self, pos: int) -> str:
        """The original text from offset *pos* up to the match (empty when *pos* is not before it)."""
        return self._text[pos:self._at]

    def sentence_before(self, n: int) -> list[str]:
        """Up to *n* words (folded, quotation marks and brackets left off) before the match in its
        sentence, the nearest first: the sentence ends at a full stop, a question or exclamation mark or
        a line break, not at a comma."""
        at = self._at
        window = self._text[max(0, at - 400):at]
        cut = max(map(window.rfind, _SENTENCE_MARKS))
        words = fold(window[cut + 1:].translate(_MARKS)).split()[::-1][:n]
        return [w for w in (w.strip(_QUOTES) for w in words) if w]

    @property
    def size(self) -> int:
        """The number of tokens the match covers."""
        return self.end - self.start + 1

    def in_quotation(self) -> bool:
        """Is the match inside a quotation opened earlier in its paragraph and not yet closed?"""
        return self._quotes is not None and self._quotes.inside(self._at)

    # -- what the match turned out to be --------------------------------------------------------------
    def vague(self, what: str) -> None:
        """Report the match as a vague reference (kind ``vague``, detail ``vague: <what>``), whatever
        the rule's kind; the resolver then returns None."""
        self.kind = MentionKind.VAGUE
        self.detail = f"vague: {what}"

    # -- the trace --------------------------------------------------------------------------------------
    def step(self, text: str) -> None:
        self.steps.append(text)

    def warn(self, text: str) -> None:
        """A warning the mention carries, written into the trace as a step too."""
        self.warnings.append(text)
        self.steps.append(text)


def words_before_plain(text: str, at: int, n: int, *, folded: bool = True) -> list[str]:
    """The specification of :meth:`Ctx.words_before` (*folded*) and :meth:`Ctx.written_before`: the words
    before *at* in its clause read afresh at each ask (tests/test_dates_fastpath.py proves the two equal)."""
    window = text[max(0, at - 100):at]
    cut = max(map(window.rfind, _CLAUSE_MARKS))
    clause = window[cut + 1:].translate(_MARKS)
    return (fold(clause) if folded else clause).split()[::-1][:n]
