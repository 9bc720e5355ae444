"""The named rules of the date grammar, by family.

A rule is a **name**, a **pattern** over the symbol string of ``lexer.py`` and a **resolver**, registered
with the :func:`rule` decorator; its kind (:class:`MentionKind`) says what it reads, and its docstring
(examples, then what they mean) is what ``explain()`` and the rule list of docs/dates.md show. Patterns
are written with ``{names}``: the symbol categories of ``lexer.Sym`` (``{month}``, ``{in_}``) and the
macros of :data:`MACROS` below (``{DAY}``, ``{MNAME}`` …); ``grammar.py`` compiles them. A resolver reads
the matched tokens by group name through its :class:`~.context.Ctx` (typed accessors: ``c.number``,
``c.month``, ``c.direction`` …), reads the anchor only when it needs it, records each step it takes
and returns a :class:`DateSpan`, or ``None`` for durations, frequencies and vague references; it
declines with ``NotADate`` and reports an impossible date with ``ImpossibleDate``.

Where a rule sits in this file says nothing about when it is tried. Rules sit under headings by
family (relative days, weekdays, months …), each family with its own helpers after the helpers shared
by several; the order in which they are tried at each position is the priority table of
``priority.py``, which names every rule once. :data:`RULES` is the rules in that order.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Final, NamedTuple, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from . import calendar as cal
from . import lexicon as L
from .calendar import ImpossibleDate
from .context import UNRESOLVED_STEP, Antecedent, Ctx, FramedDay, NeedsAnchor, NeedsAntecedent, NotADate
from .kinds import MentionKind
from .lexer import WORDS, Sym
from .normalize import fold, fold_text
from .priority import ordered
from .span import DateSpan, Granularity, Mod

__all__ = ["MACROS", "RULES", "Rule", "rule"]

WEEKDAY_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


Resolver = Callable[[Ctx], DateSpan | None]
_R = TypeVar("_R", bound=Resolver)


@attrs.frozen
class Rule:
    name: str
    kind: MentionKind  # date, range, duration, set or vague: never invalid
    pattern: str
    resolve: Resolver
    doc: str


_DEFINED: dict[str, Rule] = {}  # by name, in the order of this file; RULES (at the end) is by priority


def rule(name: str, kind: MentionKind, pattern: str) -> Callable[[_R], _R]:
    """Register the decorated resolver as the rule *name*; its docstring is the rule's documentation."""

    def register(fn: _R) -> _R:
        if name in _DEFINED:
            raise ValueError(f"two rules are named {name!r}")
        _DEFINED[name] = Rule(name, kind, pattern, fn, (fn.__doc__ or "").strip())
        return fn

    return register


# --- macros ---------------------------------------------------------------------------------------
MACROS: Final[dict[str, str]] = {
    "DAY": "(?:{small}|{big}|{ord})",
    "ANYMONTH": "(?:{month}|{amb_month})",
    # a month's two names: آذار/مارس, آذار (مارس), يناير-كانون الثاني (a dash pair must name one month:
    # Ctx.month declines يناير - فبراير, a span of two months); side by side, two names of one month are one
    # token already (the lexer's twins), two that disagree a typist's slip when of two families (حزيران
    # يوليو; Ctx.month, dates29)
    "MNAME": "{ANYMONTH}(?:{slash}{ANYMONTH}|{lparen}{ANYMONTH}{rparen}|{dash}{ANYMONTH}|{ANYMONTH})?",
    "OF": "(?:{from_})?(?:{month_word})?",
    "ERA": "(?P<era>{hijri_mark}|{greg_mark})",
    "YEARTAIL": "(?:{comma}|{dash})?(?:{from_}|{in_})?(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?",
    # the year of a Hijri date: 15 رمضان 1441, ... من العام 1441 للهجرة, ... لعام 1441 هـ
    # ... لهذا العام 1441هـ, ... للعام الهجري 1446: «هذا» before the year's word, «الهجري» after it (dates24)
    "HYEARTAIL": "{comma}?{from_}?(?:{this}?(?:{year_word}|{the_year}){hijri_mark}?)?(?P<year>{year}){ERA}?",
    # what joins a Hijri day, its month's name and its year as a header prints them: a slash, a dash or
    # a full stop (23/شعبان/1447, 23 - شعبان - 1447 هـ, 23.شعبان.1447), only with the year (dates21, dates22)
    "HSEP": "(?:{slash}|{dash}|{dot})",
    # a numeric date that spaces broke into numbers (30-3- 2025, 5 / 4 / 2021): dd, one separator twice, a
    # year; the same separator both times
    "SPACEDND": "(?P<sd>{small}|{big})(?:{dash}(?P<sm>{small}){dash}|{slash}(?P<sm2>{small}){slash})"
                "(?P<sy>{year})",
    # what announces a date: بتاريخ, الموافق (لـ), الواقع في
    "DATEOF": "(?:{date_of}{in_}?|{in_})",
    # what stands between a weekday and the date that names it: nothing, a comma, a colon or a dash, a
    # bracket, a word that announces the date (الأحد، (25 تشرين الأول، 2020), السبت: 2 نوفمبر, الثلاثاء - 19
    # أغسطس; dates21)
    "WDJOIN": "(?:{comma}|{colon}|{dash})?{lparen}?{DATEOF}?{comma}?",
    "PERIOD": "(?:{from_}|{in_})?(?:(?:{month_word}?(?P<month>{MNAME})|{month_word}(?P<mnum>{small}|{card})"
              # الشهر التاسع سنة 2014: the ninth month, only with its year (الشهر الأول للحرب is no date)
              "|{the_month}(?P<mord>{ord})(?={comma}?(?:{from_}|{in_})?(?:{year_word}|{the_year})?{year}))"
              "(?:{YEARTAIL}|{RELYEAR}|{MOD})?|(?P<this>{this}){the_month}|{the_month}(?P<rmod>{past}|{future}|{current}))",
    "RELYEAR": "(?:{from_})?(?:(?P<ythis>{this}){the_year}|{the_year}(?P<ymod>{past}|{future}|{current}))",
    "MOD": "(?P<mod>{past}|{future}|{current})",
    # the month of a day told relative to the anchor's: من الشهر الجاري, من هذا الشهر, الشهر الماضي;
    # «الجاري» / «الحالي» alone (في 18 الجاري), and «الشهر» alone right after a day in digits (في 31
    # الشهر): the anchor's month (dates21)
    "DAYRELMONTH": "(?:(?:{from_})?(?:(?P<this>{this}){the_month}"
                   # the month's name may gloss «الشهر» in brackets before the modifier: «العاشر من الشهر
                   # (أكتوبر/تشرين الأول) المقبل» (dates52; `_month_glossed`)
                   "|{the_month}(?:{lparen}(?P<gloss>{MNAME}){rparen})?(?P<mod>{past}|{future}|{current})"
                   "|(?P<cur>{current}))"
                   "|(?<=[{small}{big}])(?P<bare>{the_month})(?!{ord}))",
    # a comma may stand before حتى / إلى (من آذار 2019، حتى نيسان 2020), never before a bare و or a dash
    "TO": "(?:{to}|{dash}|{and_}{to}|{and_}|{dash}{to}|{comma}{and_}?{to})",
    # 4 و5 و6 … و9: a list of at most 31 days (a month has no more) ending in TO d2. Each "و DAY" is
    # taken possessively and only when another TO DAY follows it, so nothing is backtracked into, and
    # the bound keeps the work at one start constant: a list of 10^5 days without a month costs
    # linear time, not quadratic.
    # «يوم» may stand again before each day after the first: يوم 6 أو يوم 7 ماي, بين يوم 3 ويوم 5 آذار
    # (dates21)
    "DAYLIST": "(?P<d1>{DAY})(?:{and_}{day_word}?{DAY}(?={TO}{day_word}?{DAY})){0,29}+"
               "{TO}{day_word}?(?P<d2>{DAY})",
    "COUNT": "(?:{small}|{big}|{other_num}|{year}|{card})",
    "UNITWORD": "(?:{day_word}|{week_word}|{month_word}|{year_word}|{hour_word})",
    "UNIT": "(?:{plural}|{day_word}|{week_word}|{month_word}|{year_word}|{hour_word})",
}


# --- helpers shared by several families -----------------------------------------------------------
def _is_hijri_era(c: Ctx) -> bool:
    return c.has("era") and c.text("era") == "hijri"


def _greg_year(c: Ctx, name: str = "year") -> int:
    y = c.number(name)
    if _is_hijri_era(c):
        raise ImpossibleDate(f"a Gregorian month with the Hijri year {y} هـ")
    return y


def _rel_year(c: Ctx) -> int:
    a = c.anchor
    if c.has("ythis"):
        c.step(f"هذا العام: the anchor's year {a.year}")
        return a.year
    y = a.year + c.direction("ymod")
    c.step(f"{c.word('ymod')}: year {y} from the anchor {a.isoformat()}")
    return y


def _given_year(c: Ctx) -> int:
    """The year a match gives as its number, else the relative year it names (العام الماضي, هذا العام)."""
    return c.number("year") if c.has("year") else _rel_year(c)


def _the_anchor_day(c: Ctx, step: str, detail: str) -> DateSpan:
    """The anchor's own day, told as no count of days from it (midnight tonight, tonight, earlier or later
    today): the step that explains it and the part of the day kept as a detail."""
    c.stated["relative_days"] = 0
    c.step(step)
    c.detail = detail
    return DateSpan.day(c.anchor)


def _year_or_anchor(c: Ctx) -> int:
    """The year a relative word names (العام الماضي, هذا العام), else the anchor's (a bare العام)."""
    if c.has("ythis") or c.has("ymod"):
        return _rel_year(c)
    c.step(f"العام: the anchor's year {c.anchor.year}")
    return c.anchor.year


def _month_year_by_mod(c: Ctx, month: int, shift: int) -> int:
    a = c.anchor
    if shift < 0:
        y = a.year if month < a.month else a.year - 1
        c.step(f"{cal.MONTH_NAMES_EN[month]} + past: the most recent {cal.MONTH_NAMES_EN[month]} strictly "
               f"before {a.year}-{a.month:02d} → {y}")
    elif shift > 0:
        y = a.year if month > a.month else a.year + 1
        c.step(f"{cal.MONTH_NAMES_EN[month]} + next: the next {cal.MONTH_NAMES_EN[month]} strictly "
               f"after {a.year}-{a.month:02d} → {y}")
    else:
        y = a.year
        c.step(f"{cal.MONTH_NAMES_EN[month]} + current: in the anchor's year {y}")
    return y


_EVENT_OFFSET: Final = tuple(fold(w) + " " for w in L.EVENT_OFFSET_WORDS)
_NOT_EVENT: Final = tuple(fold(w) for w in L.NOT_EVENT_AFTER_OFFSET)
_PLACES: Final = frozenset(fold(w) for w in L.PLACE_AFTER_OFFSET)
_OFFSET_PREPOSITIONS: Final = frozenset(fold(w) for w in (*L.EVENT_OFFSET_WORDS, "من"))
_PAST_CUES: Final = frozenset(fold(w) for w in L.PAST_CUES)
_FUTURE_CUES: Final = frozenset(fold(w) for w in L.FUTURE_CUES)
_NOT_FUTURE: Final = frozenset(fold(w) for w in (*L.FUTURE_PREFIX_STOPWORDS, *L.REMAIN_VERBS))


# The letter after سـ in a future verb: يـ تـ نـ (سيعقد, ستبدأ, سنعلن), and for a date without its year
# also ا, folded from سأ (سأعود) — only when the text writes the hamza (`_HAMZA_FUTURE`): سا… without it is
# far more often a noun (ساعات «hours», سابق «earlier», ساحة), as in «بعد ساعات من انقضاء مهلة شهر شباط»
# (events_real 108: was the next February). A weekday's cue leaves ا out altogether: a bare weekday is
# far more common than a yearless date.
_FUTURE_AFTER_S: Final = "يتنا"
_FUTURE_AFTER_S_WEEKDAY: Final = "يتن"
_HAMZA_FUTURE: Final = "سأ"
_NOT_CUES: Final = frozenset(fold(w) for w in L.NOT_TENSE_CUES)


def _cue(word: str, after_s: str = _FUTURE_AFTER_S, written: str = "") -> int:
    """−1 when *word* points back (a past verb, منذ), +1 forward (المقرر, يأمل, سـ + a verb), else 0.
    *written* is the word as the text writes it: سا… (folded from سأ) is a future verb only when it
    starts with `_HAMZA_FUTURE`."""
    if word in _PAST_CUES:
        return -1
    if word in _FUTURE_CUES:
        return 1
    if len(word) >= 4 and word[0] == "س" and word[1] in after_s and word not in _NOT_FUTURE:
        return 1 if word[1] != "ا" or written.startswith(_HAMZA_FUTURE) else 0
    return 0


_NAMED_BY_DATE: Final = frozenset(fold(w) for w in L.NAMED_BY_DATE_NOUNS)
_NOUN_PREFIX: Final = frozenset("وفبل")  # one letter before the noun: و, ف, ب, ل
_NOUN_PREFIX_PAIRS: Final = frozenset(("وب", "ول", "فب", "فل"))  # two: وب, ول, فب, فل


def _with_clitics(words: tuple[str, ...],
                  clitics: tuple[str, ...] = ("", "و", "ف", "ب", "ل")) -> frozenset[str]:
    """*words* folded, each alone and with each of *clitics* glued before it: the forms a word-by-word
    test meets («وخطب», «بصلاة»)."""
    return frozenset(fold(clitic + w) for w in words for clitic in clitics)


def _named_by_date(word: str, names: frozenset[str] = _NAMED_BY_DATE) -> bool:
    """event_named_by_date: is *word* (folded) a noun of ``NAMED_BY_DATE_NOUNS`` (or of *names*), with و /
    ف / ب / ل before it or not? Such a noun right before a yearless date is named by it («باتفاق العاشر من
    آذار»)."""
    return (word in names or (word[:1] in _NOUN_PREFIX and word[1:] in names)
            or (word[:2] in _NOUN_PREFIX_PAIRS and word[2:] in names))


_PLACE_NAMED_BY_DATE: Final = frozenset(fold(w) for w in L.PLACE_NAMED_BY_DATE_NOUNS)


def _place_named_by_date(c: Ctx) -> bool:
    """place_named_by_date: a noun of a place or a body (``PLACE_NAMED_BY_DATE_NOUNS``) right before a day
    and a month makes them its name: «مدينة 6 أكتوبر», «بملعب 5 جويلية», «كتلة 14 آذار», «لواء السابع عشر من
    فبراير» (an ordinal with its article, dates29). No date."""
    if not c.surface[:1].isdigit() and not c.surface.startswith("ال"):
        return False  # the day in digits, or an ordinal with its article: «لواء السابع عشر من فبراير»
    before = [w for w in c.words_before(2) if any(ch.isalpha() for ch in w)]
    if not (before and _named_by_date(before[0], _PLACE_NAMED_BY_DATE)):
        return False
    c.step(f"{before[0]!r} + a day and a month: the name of a place or a body, not a date")
    if c.surface[:1].isdigit():
        raise NotADate
    # an ordinal day: declined, «من فبراير» after it would be read as the month; a vague name (dates29)
    c.vague("a name")
    return True


# How many words before a yearless date or a bare weekday `_tense` reads for a cue: eight (dates23; six
# before) so that an intent verb before a verbal noun and its object is seen: «فيما يعتزم قادة الحراك
# إعلان أسماء المجلس المدني يوم الأحد» (dates_real 486), «سيعود إلى دمشق بعد العيد الذي يبدأ يوم الجمعة».
_TENSE_WINDOW: Final = 8


def _tense(c: Ctx, after_s: str = _FUTURE_AFTER_S) -> int:
    """The tense the words before a date without a year say (−1 past, +1 future, 0 none): the nearest
    cue among the few words before it in its clause, with و / ف before it or not. The words of
    ``NOT_TENSE_CUES`` (سيما of «ولا سيما») are no cue: the words before them are read on. A noun of an
    event right before the date (`_named_by_date`) points back."""
    written_words = c.written_before(_TENSE_WINDOW)
    if written_words and _named_by_date(fold(written_words[0])):
        c.step(f"tense: the date names the event {written_words[0]!r}, past")
        return -1
    cue, why = _cue_of_words(written_words, after_s)
    if cue:
        c.step(why)
        return cue
    return _clause_to_come(c) or _cue_after(c, after_s)


def _cue_of_words(written_words: list[str], after_s: str) -> tuple[int, str]:
    """The nearest cue among *written_words* (the words before a date in its clause as written, the
    nearest first) and the step that says so: (0, "") when none."""
    for k, written in enumerate(written_words):
        word = fold(written)
        if word in _NOT_CUES:
            continue
        cue = _cue_or_after_conjunction(word, after_s, written)
        if cue > 0 and k + 1 < len(written_words) and fold(written_words[k + 1]) == "قد":
            cue = 0  # «قد سيّرت»: «قد» never stands before a future, the verb is a perfect (dates32)
        if cue > 0 and any(fold(w) in _PAST_HABIT_KANA for w in written_words[k + 1:k + 3]):
            continue  # «كان من المقرر», «كانت الجلسة مقررة»: a plan told in the past (dates35)
        if cue:
            return cue, f"tense: {word!r} points {'back' if cue < 0 else 'forward'}"
        if word == "قد" and any(fold(w) in _PAST_HABIT_KANA for w in written_words[k + 1:]):
            return -1, "tense: «كان … قد» before the date, the pluperfect of a story: points back"
    return 0, ""


def _cue_or_after_conjunction(word: str, after_s: str, written: str) -> int:
    """``_cue`` of a folded *word* (as *written*), or of it without a leading «و / ف» when the whole word
    gives none (a word longer than three letters: «وصدر», «فسيعقد»)."""
    cue = _cue(word, after_s, written)
    if not cue and len(word) > 3 and word[0] in "وف":
        cue = _cue(word[1:], after_s, written[1:])
    return cue


_FRONTING: Final = frozenset(fold(w) for w in L.DATE_FRONTING_WORDS)


def _cue_after(c: Ctx, after_s: str) -> int:
    """cue_after: a date that opens its clause (nothing before it there but ``DATE_FRONTING_WORDS``: في,
    وفي …) takes its tense from the verb right after it, a comma between them or not: «وفي الثامن عشر من
    شباط صدر قانون …», «وفي 10 أيار، كان …» (the order of a story that opens its sentence with the date).
    Not a date inside its clause («علقت الجمعة ستُستأنف», «… يوم الثلاثاء، سيقام»): the verb after it
    belongs to another clause."""
    if any(fold(w) not in _FRONTING for w in c.written_before(6)):
        return 0
    after = c.text_after(24).lstrip("،, ")
    words = after.split()
    if not words:
        return 0
    written = words[0]
    word = fold(written)
    cue = _cue_or_after_conjunction(word, after_s, written)
    if cue:
        c.step(f"tense: {word!r} right after the date points {'back' if cue < 0 else 'forward'}")
    return cue


_TO_COME: Final = frozenset(tuple(fold(w) for w in opener) for opener in L.TO_COME_OPENERS)
_TO_COME_WINDOW: Final = 6


def _clause_to_come(c: Ctx) -> int:
    """clause_to_come: +1 when the clause of the date opens with «على أن» (``TO_COME_OPENERS``, و / ف
    before it or not) and an imperfect verb: «…، على أن تبلغ ذروتها يومي الاثنين والثلاثاء» tells what is
    still to come. The whole clause must lie within the words read (at most ``_TO_COME_WINDOW``)."""
    words = [fold(w) for w in c.written_before(_TO_COME_WINDOW + 1)]
    if not 3 <= len(words) <= _TO_COME_WINDOW:
        return 0
    head, verb = words[:-3:-1], words[-3]
    if head[0][:1] in "وف" and head[0][1:] and (head[0][1:], head[1]) in _TO_COME:
        head = [head[0][1:], head[1]]
    if tuple(head) not in _TO_COME or verb[:1] not in L.IMPERFECT_PREFIXES or len(verb) < 3:
        return 0
    c.step(f"tense: the clause opens with {' '.join(head)!r} and the imperfect {verb!r}: still to come")
    return 1


_UNTIL: Final = frozenset(fold(w) for w in L.UNTIL_WORDS)
_LASTING: Final = frozenset(fold(w) for w in L.LASTING_VERBS)


def _lasting_until(c: Ctx) -> bool:
    """lasting_until: «ويستمر حتى الاثنين», «تستمر الهدنة حتى الأحد» — the word before the match is
    «حتى / لغاية / إلى» and one of the three before it an imperfect verb of lasting (``LASTING_VERBS``,
    with و / ف or not): what lasts goes on now, and the day it lasts until lies ahead."""
    words = [fold(w) for w in c.written_before(4)]
    if not words or words[0] not in _UNTIL:
        return False
    for word in words[1:4]:
        if word in _LASTING or (len(word) > 3 and word[0] in "وف" and word[1:] in _LASTING):
            c.step(f"lasting until: {word!r} + {words[0]!r} points forward")
            return True
    return False


_POSTPONE: Final = _with_clitics(L.POSTPONE_WORDS)
_POSTPONED_TO: Final = frozenset(fold(w) for w in L.POSTPONED_TO_WORDS)
# How many words before the weekday (in its clause, «إلى» among them) may hold the word of putting off:
# the thing put off stands between them («تأجيل التصويت على مشروع القرار الخاص بالصحراء الغربية إلى»).
_POSTPONE_REACH: Final = 12


def _postponed_to(c: Ctx) -> bool:
    """postponed_to: «قرر مجلس الأمن تأجيل التصويت على مشروع القرار إلى يوم الجمعة» — «إلى / حتى» right
    before the weekday and a word of putting off (``POSTPONE_WORDS``, و / ف / ب / ل before it or not)
    among the words before it in its clause: the day a thing is put off to lies ahead (dates35)."""
    words = c.words_before(_POSTPONE_REACH)
    if not words or words[0] not in _POSTPONED_TO:
        return False
    word = next((w for w in words[1:] if w in _POSTPONE), None)
    if word is None:
        return False
    c.step(f"postponed to: {word!r} … {words[0]!r} points forward")
    return True


_STARTING_FROM: Final = frozenset(fold(w) for w in L.STARTING_FROM)
_TANWEEN: Final = str.maketrans("", "", "\u064b\u064c\u064d")


def _starting_from(c: Ctx) -> bool:
    """starting_from: «اعتباراً من الأربعاء», «ابتداءً من يوم الأحد» — the start of a measure that holds
    from then on (``STARTING_FROM``): the weekday lies on or after the anchor (dates20)."""
    words = [fold(w).translate(_TANWEEN) for w in c.written_before(2)]
    if len(words) < 2 or words[0] != L.STARTING_FROM_PREPOSITION or words[1] not in _STARTING_FROM:
        return False
    c.step(f"starting from: {words[1]!r} {words[0]!r} opens a measure that holds from then on")
    return True


_PAUSES: Final = frozenset(fold(w) for w in L.PAUSE_NOUNS)
_PAUSE_LENGTHS: Final = frozenset(fold(w) for w in L.PAUSE_LENGTH_WORDS)
_HOURS: Final = frozenset(fold(w) for table in (L.UNIT_SINGULAR, L.UNIT_PLURAL, L.UNIT_DUAL)
                          for w, unit in table.items() if unit == "hour")


_CARDINALS: Final = frozenset(fold(w) for w in L.CARDINALS)
_HOUR_STEM: Final = "ساع"  # every hour word of the lexicon (ساعة, ساعات, ساعتين …) holds it as written


def _hour_length(words: list[str], k: int) -> bool:
    """Is the hour unit ``words[k]`` a length: a length word (``PAUSE_LENGTH_WORDS``) one to three words
    before it, or its count written with ل (لعشر ساعات, لـ 48 ساعة)?"""
    if _PAUSE_LENGTHS.intersection(words[k + 1:k + 4]):
        return True
    count = words[k + 1] if k + 1 < len(words) else ""
    return count in ("ل", "لـ") or (count[:1] == "ل" and (count[1:] in _CARDINALS or count[1:].isdigit()))


def _pause_ahead(c: Ctx) -> bool:
    """pause_ahead: «هدنة إنسانية جديدة في حلب مدتها عشر ساعات الجمعة», «وقفاً لإطلاق النار لمدة ثماني
    ساعات في حلب الخميس» — the weekday follows, at most three words on, the length in hours of a pause
    (an hour unit with a length word ``PAUSE_LENGTH_WORDS`` before it or its count written with ل), and a
    pause noun (``PAUSE_NOUNS``) stands earlier in the sentence with no past verb between it and the
    weekday: the slot the pause is set for lies ahead."""
    if _HOUR_STEM not in c.text_before(60):  # no hour word among the words before: most weekdays
        return False
    words = c.sentence_before(40)
    hours = [k for k, w in enumerate(words[:4]) if w in _HOURS and _hour_length(words, k)]
    if not hours or any(_cue(w) for w in words[:hours[0]]):
        return False
    for word in words[hours[0] + 1:]:
        if _cue(word) < 0 or (len(word) > 3 and word[0] in "وف" and _cue(word[1:]) < 0):
            return False
        if word in _PAUSES or (len(word) > 3 and word[0] in "وب" and word[1:] in _PAUSES):
            c.step(f"pause ahead: {word!r} set for {words[hours[0]]!r} … points forward")
            return True
    return False


def _resolve_month_year(c: Ctx, month: int) -> int:
    """The year of a month named with a year, a relative year, a modifier, or nothing."""
    if c.has("year"):
        y = _greg_year(c)
        c.step(f"year given: {y}")
        return y
    if c.has("ythis") or c.has("ymod"):
        return _rel_year(c)
    if c.has("mod"):
        return _month_year_by_mod(c, month, c.direction("mod"))
    return _month_by_tense(c, month)


def _month_by_tense(c: Ctx, month: int) -> int:
    """The year of a month named without a year or a modifier: on the side its tense cue says, else
    the occurrence nearest the anchor."""
    side = _tense(c)
    y, why = cal.month_on_side(month, c.anchor, side) if side else cal.nearest_month(month, c.anchor)
    c.step(why)
    return y


def _dm(c: Ctx, day: int, month: int) -> DateSpan:
    """A day and a month, with whatever year the match gives or the anchor implies."""
    c.stated.update(day=day, month=month)
    if c.has("year"):
        c.stated["year"] = c.number("year")
    if (c.has("mod") and not (c.has("year") or c.has("ythis") or c.has("ymod")) and _own_month(c, month)
            and c.direction("mod") > 0):
        return cal.day_span(_day_ahead_in_own_month(c, day, month), month, day)
    if c.has("year") or c.has("ythis") or c.has("ymod") or c.has("mod"):
        y = _resolve_month_year(c, month)
        return cal.day_span(y, month, day)
    # no year: check the day exists at all before asking for an anchor
    if day > cal.max_days(month):
        raise ImpossibleDate(f"{cal.MONTH_NAMES_EN[month]} never has {day} days")
    anchor = c.anchor
    told = _told_again(c, day, month) or _of_antecedents_month(c, day, month)
    if told is not None:
        return told
    side = _tense(c) or _story_ahead(c, month, day) or _story_behind(c, month, day)
    y, why = cal.day_on_side(month, day, anchor, side) if side else cal.nearest_day(month, day, anchor)
    c.step(why)
    return cal.day_span(y, month, day)


def _own_month(c: Ctx, month: int) -> bool:
    return c.has_anchor and c.anchor.month == month


def _day_ahead_in_own_month(c: Ctx, day: int, month: int) -> int:
    """day_ahead_in_own_month: a day and the anchor's own month with المقبل / القادم: the word marks the
    day as still to come, not the month as next year's («يوم 25 نوفمبر المقبل» told on 23 November 2019
    is 2019-11-25; «5 نوفمبر المقبل» told then is 2020-11-05): the first such day strictly after the
    anchor (dates24). With الماضي the month's reading stands (the latest such month strictly before the
    anchor's)."""
    a = c.anchor
    y = a.year if day > a.day else a.year + 1
    c.step(f"{day} {cal.MONTH_NAMES_EN[month]} in the anchor's own month with {c.word('mod')}: the first "
           f"strictly after {a.isoformat()} → {y}")
    return y


_SCHEDULE_REACH: Final = 183  # days: how far after a schedule's day its next step may lie (dates25)


def _story_ahead(c: Ctx, month: int, day: int) -> int:
    """story_ahead: +1 when the date the text fixed last (the antecedent, in any paragraph since dates29;
    in the same paragraph before) lies after the anchor: a day and a month without a year and without a
    cue of their own go on telling a schedule still to come («ستجري يوم 6 أكتوبر المقبل، على أن تُنظّم
    الدورة الأولى في 10 نوفمبر», anchor 2019-03-06: 2019-11-10, not the nearer November 2018; the next
    paragraph's «يوم 4 من أكتوبر» too). An antecedent on or before the anchor says nothing: the nearest
    occurrence stands (dates18). Nor does one the day read
    ahead would follow by more than half a year (dates25): «سيبدأ … يوم الأحد الموافق للأول من آب، …
    خلال زيارته للمركز في الثامن من تموز» (anchor 2021-07-29) turns back to a July gone by, not to the
    next one, eleven months after the schedule's day."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return 0
    v = ante.value
    if v is None or v.start <= c.anchor:
        return 0
    y, _ = cal.day_on_side(month, day, c.anchor, 1)
    gap = (dt.date(y, month, day) - v.start).days
    if gap > _SCHEDULE_REACH:
        c.step(f"the text fixed {v.timex} last ({ante.text!r}), after the anchor, but the day ahead would "
               f"follow it by {gap} days: no next step of a schedule")
        return 0
    c.step(f"story ahead: the text fixed {v.timex} last ({ante.text!r}), after the anchor: on or after it")
    return 1


def _story_behind(c: Ctx, month: int, day: int) -> int:
    """story_behind: −1 when the nearest occurrence of a day and a month without a year or a cue lies
    after the anchor, while the date the text fixed last (its antecedent, a day or a month) lies wholly
    before it and nearer to the occurrence before the anchor than to that one: a chronology told of the
    past goes on in its own year («… وتموز 2019 … الحراك الذي انطلق في 22 شباط», anchor 2019-12-12:
    2019-02-22, not the nearer February 2020; dates25). An antecedent of a year or wider, one on or after
    the anchor, one of another year than the day before the anchor, or one nearer to the day ahead
    («في 3 تشرين الثاني … الانتخابات في 10 كانون الثاني», anchor 2019-12-12: 2020-01-10) says nothing: the
    nearest occurrence stands."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return 0
    v = ante.value
    a = c.anchor
    if v is None or v.end >= a or v.granularity not in (Granularity.DAY, Granularity.MONTH):
        return 0
    y, _ = cal.nearest_day(month, day, a)
    ahead = dt.date(y, month, day)
    if ahead <= a:
        return 0
    yb, _ = cal.day_on_side(month, day, a, -1)
    behind = dt.date(yb, month, day)
    if behind.year not in (v.start.year, v.end.year) or abs((behind - v.start).days) >= abs(
            (ahead - v.start).days):
        return 0
    c.step(f"story behind: the text fixed {v.timex} last ({ante.text!r}), before the anchor and nearer "
           f"{behind.isoformat()} than {ahead.isoformat()}: on or before the anchor")
    return -1


def _told_again(c: Ctx, day: int, month: int) -> DateSpan | None:
    """A day and a month without a year, the same as the day the text fixed last (its antecedent, a
    single day of whatever year): that day told again («… في 4/ نيسان/ 2017 … هجوم الرابع من نيسان» is
    2017-04-04, not the April nearest the anchor). None when the antecedent is another day."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return None
    v = ante.value
    if v is None or not v.is_exact_day or (v.start.day, v.start.month) != (day, month):
        return None
    c.step(f"told again: the text fixed {v.start.isoformat()} last ({ante.text!r})")
    return DateSpan.day(v.start)


def _of_antecedents_month(c: Ctx, day: int, month: int) -> DateSpan | None:
    """of_antecedents_month: a day and a month without a year whose month is the antecedent's — the date
    the text fixed last, a day of that month in the same paragraph or the month of one year in the same
    sentence: «في إحدى ليالي يونيو الحارة عام 2014، وتحديداً يوم التاسع من يونيو» is 2014-06-09, and «يوم
    11 يونيو» in the next sentence 2014-06-11, not the June nearest the anchor (2017; dates38, dates_real
    857): the story goes on in the month it has just told, as «told again» reads the same day. A month
    told in an earlier sentence says nothing (it may be a frame the next sentence leaves: dates_real 468's
    «تموز من العام الماضي … بتاريخ 13 تموز»). None with another month, a wider antecedent or none."""
    try:
        ante = c.antecedent(paragraph=True)
    except NeedsAntecedent:
        return None
    v = ante.value
    if (v is None or v.granularity not in (Granularity.DAY, Granularity.MONTH)
            or (v.start.year, v.start.month) != (v.end.year, v.end.month) or v.start.month != month
            or (v.granularity == Granularity.MONTH and _mark_since(c, ante.end, _SENTENCE_MARK))):
        return None
    if day > cal.month_days(v.start.year, month):
        return None
    c.step(f"the month the text fixed last ({ante.text!r}, {v.start.year}-{month:02d}) told again: "
           f"its year {v.start.year}")
    return cal.day_span(v.start.year, month, day)


def _check_weekday(c: Ctx, span: DateSpan, name: str = "wd") -> None:
    wd = c.weekday(name)
    c.stated["weekday"] = wd
    actual = span.start.weekday()
    if actual == wd:
        c.step(f"weekday {WEEKDAY_EN[wd]} confirms {span.start.isoformat()}")
    else:
        msg = (f"weekday mismatch: the text says {c.word(name)} ({WEEKDAY_EN[wd]}) but "
               f"{span.start.isoformat()} is a {WEEKDAY_EN[actual]}")
        c.warn(msg)


def _range(c: Ctx, a: DateSpan, b: DateSpan, granularity: Granularity | None = None) -> DateSpan:
    if b.end < a.start:
        raise ImpossibleDate(f"the range ends ({b.end.isoformat()}) before it starts ({a.start.isoformat()})")
    g = granularity or a.granularity
    span = DateSpan(a.start, b.end, g, None, f"{a.timex}/{b.timex}")
    c.step(f"one span from {a.start.isoformat()} to {b.end.isoformat()}")
    return span


_UNIT_ISO: Final = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M"}


def _iso_duration(n: int | None, unit: str) -> str:
    count = "X" if n is None else str(n)
    return f"PT{count}{_UNIT_ISO[unit]}" if unit in ("hour", "minute") else f"P{count}{_UNIT_ISO[unit]}"


def _count_and_unit(c: Ctx) -> tuple[int, str]:
    if c.has("dual"):
        return 2, c.text("dual")
    if c.has("one"):
        return 1, c.text("one")
    return c.number("n"), c.text("unit")


# ==================================================================================================
# Relative days: أمس, اليوم, غداً, أول أمس, بعد غد; with a weekday and a date, every part is checked
# against the others.
# ==================================================================================================
def _relday(c: Ctx) -> DateSpan:
    off = c.number("rel")
    c.stated["relative_days"] = off
    d = c.anchor + dt.timedelta(days=off)
    c.step(f"{c.word('rel')}: anchor {c.anchor.isoformat()} {off:+d} day(s) → {d.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    elif c.tok("rel").word.startswith("الليله "):  # الليلة الماضية: last night
        c.detail = "part of day: night"
    return DateSpan.day(d)


# ==================================================================================================
# The morrow and the eve of a day: «غداة 15 آذار», «عشية 17 نيسان 2013», «غداة يوم الجمعة».
# ==================================================================================================
_EVE: Final = fold(L.EVE)


def _next_to(c: Ctx, allow_eve: bool = True) -> int:
    """+1 after «غداة» (the morrow of), −1 after «عشية» (the eve of); NotADate for another part of a
    day («صباح 15 آذار» is read by the rules after this one)."""
    if c.tok("cue").sym == Sym.MORROW:
        return 1
    if allow_eve and c.word("cue") == _EVE:
        return -1
    raise NotADate


def _next_to_day(c: Ctx, span: DateSpan, shift: int) -> DateSpan:
    d = span.start + dt.timedelta(days=shift)
    c.step(f"{c.word('cue')}: the day {'after' if shift > 0 else 'before'} {span.start.isoformat()} "
           f"→ {d.isoformat()}")
    return DateSpan.day(d)


@rule("morrow_or_eve_of_date", MentionKind.DATE,
      "(?P<cue>{morrow}|{daypart}){day_word}?(?:(?P<wd>{weekday}){comma}?)?"
      "(?:(?P<day>{DAY}){OF}(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?|(?P<nd>{numdate}))")
def morrow_or_eve_of_date(c: Ctx) -> DateSpan:
    """غداة 15 آذار, عشية 17 نيسان 2013, غداة يوم 20/06/2017: the day after (غداة) or before (عشية) the
    date named; a weekday before the date is checked against the date, not against the day after it.
    «مساء 15 آذار» is no eve: another part of a day leaves the date to the rules after this one."""
    shift = _next_to(c, allow_eve=not c.has("wd"))
    span = _numeric(c) if c.has("nd") else _dm(c, c.number("day"), c.month())
    if not span.is_exact_day:
        raise NotADate
    if c.has("wd"):
        _check_weekday(c, span)
    return _next_to_day(c, span, shift)


@rule("morrow_of_weekday", MentionKind.DATE,
      "(?P<cue>{morrow}){day_word}?(?P<wd>{weekday})(?!{comma}?(?:{date_of}|{in_})?{comma}?(?:{DAY}|{numdate}))")
def morrow_of_weekday(c: Ctx) -> DateSpan:
    """غداة يوم الجمعة, غداة الثلاثاء: the day after that weekday, read as a bare weekday is (the latest
    on or before the anchor, or after a future cue the first on or after it). «عشية الجمعة» is left to
    the weekday: عشية there is as often Friday evening as its eve."""
    shift = _next_to(c, allow_eve=False)
    return _next_to_day(c, weekday(c), shift)


@rule("relday_weekday_date", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?{this}?(?P<rel>{yesterday}|{today}|{tomorrow}){comma}?{day_word}?(?P<wd>{weekday})"
      "{WDJOIN}(?:(?P<day>{DAY}){OF}(?P<month>{MNAME})(?:{YEARTAIL})?|(?P<nd>{numdate}))"
      "{rparen}?")
def relday_weekday_date(c: Ctx) -> DateSpan:
    """أمس الجمعة 17 كانون الأول, يوم أمس الأربعاء 26/5/2021, اليوم السبت (الثاني من تشرين الثاني 2024; the
    date in brackets, dates21): the day named relative to the anchor,
    confirmed by the weekday and the date; with no anchor, a date that has its year still stands. When
    the weekday agrees with the date and not with the relative word, the two outvote it
    (`_outvoted`): a dispatch copied a day later keeps its «يوم أمس» beside the date it meant."""
    if c.has("nd"):
        return _relday_numeric(c)
    day, month = c.number("day"), c.month()
    wd = c.weekday("wd")
    c.stated.update(day=day, month=month, weekday=wd, relative_days=c.number("rel"))
    if c.has("year"):
        c.stated["year"] = c.number("year")
    if not c.has_anchor:
        if not c.has("year"):
            raise NeedsAnchor
        span = cal.day_span(_greg_year(c), month, day)
        c.step(f"no anchor: the stated date {span.start.isoformat()} stands")
        _check_weekday(c, span)
        return span
    span = _relday(c)
    return _relative_and_stated(c, span, _dm(c, day, month))


@rule("relday_weekday_date_hijri", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?{this}?(?P<rel>{yesterday}|{today}|{tomorrow}){comma}?{day_word}?(?P<wd>{weekday})"
      "{comma}?{DATEOF}?{comma}?(?P<day>{DAY})(?:{OF}|{the_month}|{HSEP})(?P<hmonth>{hmonth})(?:{HSEP}?{HYEARTAIL})?")
def relday_weekday_date_hijri(c: Ctx) -> DateSpan:
    """اليوم الإثنين الـ 29 من ذي القعدة لعام 1441 للهجرة, أمس الجمعة 10 ذو الحجة 1441 هـ: a relative day,
    a weekday and a Hijri date, one mention, read as ``relday_weekday_date`` reads a Gregorian one (the
    weekday and the date outvote the relative word when they agree on another day; dates18)."""
    wd = c.weekday("wd")
    c.stated.update(weekday=wd, relative_days=c.number("rel"))
    if not c.has_anchor:
        if not c.has("year"):
            raise NeedsAnchor
        stated = _hijri_dmy(c)
        c.step(f"no anchor: the stated date {stated.start.isoformat()} stands")
        _check_weekday(c, stated)
        return stated
    span = _relday(c)
    return _relative_and_stated(c, span, _hijri_dmy(c))


def _relative_and_stated(c: Ctx, span: DateSpan, stated: DateSpan) -> DateSpan:
    """The day the relative word names (*span*), checked against the *stated* date beside it: the
    stated date when the weekday outvotes the relative word (`_outvoted`), else the relative day, with
    a warning when the two disagree."""
    if _outvoted(c, span, stated):
        return stated
    if stated.start != span.start and stated.start.weekday() != c.weekday("wd") and _weekday_set_off(c):
        raise NotADate
    if stated.start != span.start:
        msg = (f"date mismatch: {c.word('rel')} is {span.start.isoformat()} but the text gives "
               f"{stated.start.isoformat()}")
        c.warn(msg)
    else:
        c.step(f"the stated date {stated.start.isoformat()} agrees")
    _check_weekday(c, span)
    return span


def _outvoted(c: Ctx, relative: DateSpan, stated: DateSpan) -> bool:
    """Do the weekday and the stated date agree on a day other than the relative word's? Then the
    stated date stands (the relative word is the one out of three that disagrees)."""
    wd = c.weekday("wd")
    if stated.start == relative.start or stated.start.weekday() != wd or relative.start.weekday() == wd:
        return False
    msg = (f"date mismatch: {c.word('rel')} is {relative.start.isoformat()} but the weekday and the date "
           f"agree on {stated.start.isoformat()}: the date stands")
    c.warn(msg)
    _check_weekday(c, stated)
    return True


def _relday_numeric(c: Ctx) -> DateSpan:
    """«يوم أمس الأربعاء 26/5/2021»: a relative day and a weekday before a numeric date, one mention."""
    c.stated.update(weekday=c.weekday("wd"), relative_days=c.number("rel"))
    stated = _numeric(c)
    if not stated.is_exact_day:
        raise NotADate
    if not c.has_anchor:
        c.step(f"no anchor: the stated date {stated.start.isoformat()} stands")
        _check_weekday(c, stated)
        return stated
    return _relative_and_stated(c, _relday(c), stated)


@rule("relday_weekday", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<rel>{yesterday}|{today}|{tomorrow}){comma}?{day_word}?"
      "(?:(?P<wd>{weekday})|{lparen}(?P<wd2>{weekday}){rparen})")
def relday_weekday(c: Ctx) -> DateSpan:
    """أمس الجمعة, اليوم الأربعاء, يوم غد الجمعة, أمس (الأربعاء): the relative day, confirmed by the
    weekday (in brackets as wire copy writes it)."""
    wd = "wd" if c.has("wd") else "wd2"
    c.stated.update(weekday=c.weekday(wd), relative_days=c.number("rel"))
    span = _relday(c)
    _check_weekday(c, span, wd)
    return _written_the_day_before(c, span, wd)


@rule("weekday_relday", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){lparen}(?P<rel>{yesterday}|{today}|{tomorrow}){rparen}")
def weekday_relday(c: Ctx) -> DateSpan:
    """يوم الجمعة (أمس), الأحد (أمس): a weekday and the relative day in brackets after it, as wire copy
    glosses a weekday for the reader: one mention, the relative day confirmed by the weekday, as
    «أمس (الأربعاء)» (dates29, dates_real 815, 656). Never the weekday read alone, which a cue before it
    («ابتداءً من يوم الجمعة (أمس)») would send ahead."""
    c.stated.update(weekday=c.weekday("wd"), relative_days=c.number("rel"))
    span = _relday(c)
    _check_weekday(c, span, "wd")
    return _written_the_day_before(c, span, "wd")


def _written_the_day_before(c: Ctx, span: DateSpan, wd: str) -> DateSpan:
    """«اليوم الأربعاء» posted on a Thursday, «أمس الأربعاء» on a Friday: the weekday names the day before
    the relative word's day. The text was written a day before its posting (a dispatch filed the day
    before, a page dated on the morrow) and its «اليوم», «أمس» are a day early: the weekday's day stands,
    the mismatch stays reported (dates26). A weekday a day after, or further off, leaves the relative day."""
    before = span.start - dt.timedelta(days=1)
    if before.weekday() != c.weekday(wd):
        return span
    c.step(f"the weekday names the day before {span.start.isoformat()}: the text was written a day "
           f"before its posting → {before.isoformat()}")
    return DateSpan.day(before)


@rule("day_before_yesterday", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?"
      "(?:{first}{from_}?{yesterday}|{yesterday}(?P<o>{ord})|{today}?{before}{yesterday})"
      "(?:{comma}?(?P<wd>{weekday}))?")
def day_before_yesterday(c: Ctx) -> DateSpan:
    """أول أمس, أول من أمس, أمس الأول, قبل أمس, صباح أمس الأول, مساء أول أمس: two days before the
    anchor (a part of day before it is kept as a detail; a weekday after it, أمس الأول الخميس, is
    checked against it)."""
    if c.has("o") and c.number("o") != 1:
        raise NotADate
    d = c.anchor - dt.timedelta(days=2)
    c.stated["relative_days"] = -2
    c.step(f"the day before yesterday: anchor {c.anchor.isoformat()} − 2 days → {d.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    span = DateSpan.day(d)
    if c.has("wd"):
        _check_weekday(c, span)
        return _written_the_day_before(c, span, "wd")  # «أول أمس الأحد» told on a Wednesday (dates29)
    return span


@rule("day_after_tomorrow", MentionKind.DATE,
      "(?:{day_word}|{today})?{after}{tomorrow}(?:{comma}?(?P<wd>{weekday}))?")
def day_after_tomorrow(c: Ctx) -> DateSpan:
    """بعد غد: two days after the anchor; a weekday after it (بعد غد الإثنين) is checked against it,
    never read alone as the last such weekday."""
    d = c.anchor + dt.timedelta(days=2)
    c.stated["relative_days"] = 2
    c.step(f"the day after tomorrow: anchor {c.anchor.isoformat()} + 2 days → {d.isoformat()}")
    span = DateSpan.day(d)
    if c.has("wd"):
        _check_weekday(c, span)
    return span


@rule("relative_day", MentionKind.DATE, "(?P<dp>{daypart})?{day_word}?(?P<rel>{yesterday}|{tomorrow})")
def relative_day(c: Ctx) -> DateSpan | None:
    """أمس, مساء أمس, ليلة أمس, غداً, يوم غد: one day before or after the anchor. Followed by a word of
    ``THEN_WORDS`` («بالأمس - وقتها -», yesterday at the time) it counts from a day the story tells, not
    from the anchor: a vague mention (`_at_the_time`). A bare «الغد» right after an outlet's kind or alone
    between quote marks («لقناة الغد», «صحيفة «الغد»»; `outlet_kind_name`, dates36) or in a dateline
    («القاهرة - الغد»; `tomorrow_in_dateline`, dates36) names the outlet."""
    if c.size == 1 and (_outlet_tail(c) or _outlet_kind_name(c) or _tomorrow_in_dateline(c)):
        raise NotADate
    if _at_the_time(c):
        return _yesterday_at_the_time(c)
    if _the_past(c):
        c.vague("the past")
        return None
    return _relday(c)


_THE_TOMORROW: Final = fold("الغد")


def _tomorrow_in_dateline(c: Ctx) -> bool:
    """tomorrow_in_dateline: is a bare «الغد» in a dateline or an outlet's name that opens its line, as a
    bare «اليوم» is («القاهرة - الغد», «أخبار الغد - …»; `_in_dateline`)? Then it is the outlet's name
    (dates36)."""
    if fold(c.surface) != _THE_TOMORROW or not _in_dateline(c):
        return False
    c.step("الغد in a dateline: an outlet's name, no day")
    return True


_THE_PAST_AFTER: Final = frozenset(fold(w) for w in L.THE_PAST_AFTER)
_THE_YESTERDAY: Final = fold("الأمس")


def _the_past(c: Ctx) -> bool:
    """the_past: «الأمس» with its article as «the past», not yesterday: before «القريب / البعيد»
    (``THE_PAST_AFTER``: «بالأمس القريب», «حتى الأمس القريب»), or between a form of كان and an imperfect
    verb («لقد كنا بالأمس نشكو», «كانوا بالأمس يحكمون»: a past habit; dates27, dates_real 630). A bare
    «أمس» («وكان المرصد قد قال أمس») stays yesterday."""
    if c.has("dp") or _THE_YESTERDAY not in fold(c.surface):
        return False
    words = _next_words(c, 1)
    if words and words[0] in _THE_PAST_AFTER:
        c.step(f"الأمس {words[0]}: the past, not yesterday")
        return True
    if (words and _imperfect(words[0])
            and any(w in _PAST_HABIT_KANA for w in c.words_before(2))):
        c.step(f"كان … الأمس {words[0]}: a past habit, «the past», not yesterday")
        return True
    return False


def _yesterday_at_the_time(c: Ctx) -> DateSpan | None:
    """«بالأمس - وقتها -» in a story that told a day before it: the speaker's yesterday is that day (a
    spokesman quoted on the morrow of the strike the story dated); «غداً حينها», or no single day told
    before: a vague mention, never counted from the anchor."""
    if c.number("rel") < 0:
        try:
            ante = c.antecedent()
        except NeedsAntecedent:
            ante = None
        if ante is not None and ante.value is not None and ante.value.is_exact_day:
            c.step(f"yesterday at the time: the day the story told last, {ante.value.start.isoformat()} "
                   f"({ante.text!r})")
            return DateSpan.day(ante.value.start)
    c.vague("then")
    return None


_THEN: Final = frozenset(fold(w) for w in L.THEN_WORDS)
_SIGHTING: Final = frozenset(fold(w) for w in L.SIGHTING_WORDS)


def _next_words(c: Ctx, n: int) -> list[str]:
    """Up to *n* words (folded, punctuation left out) after the match, in its clause."""
    after = c.text_after(60)
    cut = min((i for i in (after.find(ch) for ch in _CLAUSE_ENDS) if i >= 0), default=len(after))
    return [w for w in fold(after[:cut]).split() if any(ch.isalpha() for ch in w)][:n]


_CLAUSE_ENDS: Final = ".!?؟\n؛;،,:"


def _at_the_time(c: Ctx) -> bool:
    """Is the word right after the match «وقتها / حينها / آنذاك …» (``THEN_WORDS``)? (Asked of every
    أمس and غداً: the few characters after the match are looked at first, the words only if one of
    the forms is among them.)"""
    head = fold(c.text_after(12))
    if not any(w in head for w in _THEN):
        return False
    words = _next_words(c, 1)
    if words and words[0] in _THEN:
        c.step(f"{words[0]!r}: at the time the story tells, not counted from the anchor")
        return True
    return False


def _sighted(c: Ctx) -> bool:
    """Does a word of ``SIGHTING_WORDS`` (ستكون, توافق …) come among the next three words of the clause
    of a Hijri day without its year? Then the day the text names carries it (`hijri_day_month`). An
    apposition between commas may stand between them («فاتح شهر شوال، يوم عيد الفطر، هو يوم غد»), and a
    comma right before the word («يوم عيد الفطر، هو يوم غد»; dates24)."""
    if c.has("year"):
        return False
    for word in _next_words(c, 3) or _past_apposition(c):
        if word in _SIGHTING:
            c.step(f"{word!r}: the text names the day this Hijri date falls on (a sighting); the Umm "
                   "al-Qura count is not its day")
            return True
    return _dated_apposition(c)


_NUMBER_START: Final = re.compile(r"[\d٠-٩۰-۹]")


def _dated_apposition(c: Ctx) -> bool:
    """dated_apposition: a Hijri day without its year right before a weekday with its date, a comma between
    them or nothing («كان أول أيام العيد 1 شوال، يوم الثلاثاء 9 أبريل 2024»): the apposition names the day
    it falls on, as a sighting word does; the Hijri day names none of its own (dates50)."""
    after = c.text_after(40)
    words = (after[1:] if after.startswith(("،", ",")) else after).split()[:3]
    if words and fold(words[0]) == _YAWM:
        words = words[1:]
    if len(words) < 2 or fold(words[0].strip(_TOLD_STRIP)) not in _WEEKDAY_NAMES or not _NUMBER_START.match(
            words[1]):
        return False
    c.step(f"{words[0]} {words[1]} after a comma: the text names the day this Hijri date falls on; the Umm "
           "al-Qura count is not its day")
    return True


def _past_apposition(c: Ctx) -> list[str]:
    """The first word after a comma right after the match, or, when an apposition of at most
    ``APPOSITION_MAX_WORDS`` words between two commas follows it, the first word after the second comma
    (folded; empty when neither)."""
    after = c.text_after(80)
    if not after.startswith(("،", ",")):
        return []
    parts = re.split(r"[،,]", after[1:], maxsplit=1)
    head = re.split(r"[.!?؟\n؛;:]", parts[0], maxsplit=1)
    head_words = head[0].split()
    words = [fold(head_words[0])] if head_words else []
    if len(parts) > 1 and len(head) == 1 and len(head_words) <= L.APPOSITION_MAX_WORDS:
        tail = re.split(r"[.!?؟\n؛;:،,]", parts[1], maxsplit=1)[0].split()
        if tail:
            words.append(fold(tail[0]))
    return words


def _feast_equated(c: Ctx) -> bool:
    """feast_equated: a feast without its year that the sentence equates with a day the text names —
    a sighting word among the words after it (`_sighted`), a sighting word right before it, «يوم» between
    them or not («يوم الأحد الموافق لـ 24 أيار هو يوم عيد الفطر»), or «أول أيام» after a weekday
    («تعلن الإثنين أول أيام عيد الفطر»). The feast falls on the day of a sighting, which the text gives and
    which countries differ on: the day named is read, the feast names no day of its own (dates24)."""
    if c.has("mod"):
        return False
    if _sighted(c):
        return True
    before = c.words_before(3)
    k = 1 if before[:1] == [_YAWM] else 0
    if len(before) > k and before[k] in _SIGHTING:
        c.step(f"{before[k]!r} before the feast: the text names the day it falls on (a sighting)")
        return True
    if len(before) == 3 and (before[1], before[0]) in _FIRST_DAY_WORDS and before[2] in _WEEKDAY_NAMES:
        c.step(f"the weekday {before[2]!r} is the feast's first day: the feast names no day of its own")
        return True
    return False


_YAWM: Final = fold("يوم")
_FIRST_OF: Final = frozenset(fold(w) for w in L.FIRST_OF_MONTH_WORDS)
_WEEKDAY_NAMES: Final = frozenset(fold(w) for w in L.WEEKDAYS)


_DATELINE_DASHES: Final = frozenset(L.DATELINE_DASHES)


def _in_dateline(c: Ctx) -> bool:
    """Does the match stand in a dateline: a line of at most ``DATELINE_MAX_WORDS`` words with a dash
    standing alone among them («بغداد - المغرب اليوم»)?"""
    if _outlet_heads_line(c):
        return True
    line = c.short_line(L.DATELINE_MAX_CHARS)
    if line is None:
        return False  # a long line is no dateline (read without reading it whole: linear time)
    if L.HEADER_FIELD_SEPARATOR in line:
        # a page's header line of fields («السبت 21 سبتمبر 2019 الساعة 08 صباحاً / مأرب برس - أخبار اليوم»):
        # the field that holds the match is read as a line of its own (dates18)
        before = c.text_before(len(line)).rsplit("\n", 1)[-1]
        after = line[len(before) + len(c.surface):]
        line = (before.rsplit(L.HEADER_FIELD_SEPARATOR, 1)[-1] + c.surface
                + after.split(L.HEADER_FIELD_SEPARATOR, 1)[0])
    words = line.split()
    dashes = sum(1 for w in words if set(w) <= _DATELINE_DASHES)
    # a dash glued to the city or the outlet («دمشق- العرب اليوم», «دمشق -العرب اليوم»); not the tatweel,
    # which is glued to a clitic as often (بـ«داعش»)
    glued = sum(1 for w in words if not set(w) <= _DATELINE_DASHES
                and (w[0] in L.DATELINE_GLUED_DASHES or w[-1] in L.DATELINE_GLUED_DASHES))
    return dashes + glued > 0 and len(words) - dashes <= L.DATELINE_MAX_WORDS


def _outlet_heads_line(c: Ctx) -> bool:
    """Does «اليوم» end an outlet's name that opens its line, a dash standing alone after it («تونس اليوم -
    المنتخب الجزائري يواجه …») or a colon, glued or spaced («الأردن اليوم: نظراً …», dates29): one word
    before it on the line, whatever the line's length?"""
    after = c.text_after(3)
    if after[:1] == " " and after[1:2] and after[1:2] in L.OUTLET_HEAD_COLONS:
        after = after[1:]
    if after[:1] and after[:1] in L.OUTLET_HEAD_COLONS:
        after = "-" + after[1:]
    if after[:1] not in _DATELINE_DASHES or after[1:2] not in ("", " "):
        return False
    before = c.text_before(40)
    cut = before.rfind("\n")
    if cut < 0 and len(before) == 40:
        return False
    return len(before[cut + 1:].split()) == 1


_OUTLET_KINDS: Final = tuple(fold(w) for w in L.OUTLET_KINDS)
_OUTLET_NAMES: Final = frozenset(fold(w) for w in L.OUTLET_NAMES_BEFORE_TODAY)


def _outlet_named(c: Ctx) -> bool:
    """Does «اليوم» end an outlet's name after the word for its kind, «موقع الليرة اليوم», «قناة روسيا
    اليوم» (``OUTLET_NAMES_BEFORE_TODAY``)? Then it names no day (dates20)."""
    words = [w for w in (w.strip(_QUOTE_MARKS) for w in c.words_before(3)) if w][:2]
    if len(words) < 2 or words[0] not in _OUTLET_NAMES:
        return False
    kind, name = words[1], words[0]
    for k in _OUTLET_KINDS:
        clitic = kind[:len(kind) - len(k)]
        if kind.endswith(k) and clitic in L.OUTLET_KIND_CLITICS:
            # «التلفزيون السوري اليوم»: the kind's adjective, today
            return not (clitic in L.OUTLET_KIND_ARTICLES and _is_relation_adjective(name))
    return False


_OUTLET_DAY_NAMES: Final = frozenset(fold(w) for w in L.OUTLET_DAY_NAMES)
_OUTLET_BARE_KINDS: Final = tuple(k for k in _OUTLET_KINDS
                                  if k not in {fold(w) for w in L.OUTLET_KINDS_NAMED_ONLY})
_OPENING_QUOTES: Final = "«\"“„'"


def _spoken_to(text_before: str) -> bool:
    """Does *text_before* (the text before an opening quote mark) end with «لـ» / «ل» written apart, the
    preposition of whom one speaks to («وقال لـ«الغد» إن»)? A word quoted with nothing of the kind before
    it («"اليوم" كلمة») stays what the quote makes it (dates36)."""
    head = text_before.replace("\u0640", "").rstrip()
    return head.endswith("ل") and (len(head) == 1 or not head[-2].isalpha())
_CLOSING_QUOTES: Final = "»\"”'"


def _outlet_kind_name(c: Ctx) -> bool:
    """outlet_kind_name: is a bare «اليوم» / «الغد» (``OUTLET_DAY_NAMES``) right after the word for an
    outlet's kind without the article («لقناة الغد», «صحيفة «الغد»», «قناة اليوم»), or alone between quote
    marks after «لـ» («لـ«الغد»»)? Then it is the outlet's name, no day (dates36)."""
    if fold(c.surface) not in _OUTLET_DAY_NAMES:
        return False
    before, after = c.text_before(2).rstrip(), c.text_after(2).lstrip()
    if (before[-1:] and before[-1] in _OPENING_QUOTES and after[:1] and after[0] in _CLOSING_QUOTES
            and _spoken_to(c.text_before(8)[:-1])):
        c.step(f"لـ«{c.surface}» alone between quote marks: an outlet's name, no day")
        return True
    words = [w for w in (w.strip(_QUOTE_MARKS) for w in c.words_before(2)) if w]
    if not words:
        return False
    kind = words[0]
    if not any(kind.endswith(k) and kind[:len(kind) - len(k)] in L.OUTLET_KIND_NAME_CLITICS
               for k in _OUTLET_BARE_KINDS):
        return False
    c.step(f"{words[0]} {c.surface}: an outlet's name after its kind, no day")
    return True


_OUTLET_TAILS: Final = tuple(tuple(fold(w) for w in tail) for tail in L.OUTLET_NAME_TAILS)


def _outlet_tail(c: Ctx) -> bool:
    """outlet_tail: is the bare «اليوم» / «الغد» followed by a borrowed word that ends an outlet's name
    («الغد برس/بغداد», «اليوم نيوز», «اليوم تي في»; ``OUTLET_NAME_TAILS``)? Then it names no day (dates28)."""
    words = re.split(r"[\s/\-–—]+", fold(c.text_after(12)).strip())
    for tail in _OUTLET_TAILS:
        if tuple(words[:len(tail)]) == tail:
            c.step(f"{' '.join(tail)} after it: an outlet's name, no day")
            return True
    return False


def _at_place_today(c: Ctx) -> bool:
    """today_at_a_place: is «اليوم» followed by a place glued to ب (``AT_PLACE_CLITIC``), «اليوم بدمشق»?
    In a quotation that tells where someone is on the day (an arrival), not the speaker's «nowadays»."""
    words = fold(c.text_after(30)).split()
    if not words or not words[0].startswith(L.AT_PLACE_CLITIC):
        return False
    place = words[0][len(L.AT_PLACE_CLITIC):].rstrip("،,.»\"")
    if place not in _PLACES:
        return False
    c.step(f"اليوم {words[0]}: someone at a place on the day, in a quotation too")
    return True


_EVENT_OF_THE_DAY: Final = frozenset(fold(w) for w in L.EVENT_OF_THE_DAY)
_QUOTE_MARKS: Final = "«»\"'“”„()"
_EVENT_CLITICS: Final = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
_EVENT_POSSESSIVES: Final = tuple(fold(w) for w in L.EVENT_OF_THE_DAY_POSSESSIVES)


def _event_of_the_day(c: Ctx) -> bool:
    """event_of_the_day: is a quoted «اليوم» right after the noun of an event held on a day or a
    participle of holding (``EVENT_OF_THE_DAY``: «مسيرة اليوم», «القمة المنعقدة اليوم»), a possessive after
    the noun or not («تجمعكم اليوم», ``EVENT_OF_THE_DAY_POSSESSIVES``; dates50)? Then it names the day of
    that event, not the speaker's «nowadays» (dates21)."""
    words = c.words_before(1)
    if not words:
        return False
    word = words[0].strip(_QUOTE_MARKS)
    forms = [word] + [word[len(p):] for p in _EVENT_CLITICS if word.startswith(p) and len(word) > len(p) + 2]
    forms += [f[:-len(s)] for f in forms for s in _EVENT_POSSESSIVES if f.endswith(s) and len(f) > len(s) + 2]
    if not any(f in _EVENT_OF_THE_DAY or "ال" + f in _EVENT_OF_THE_DAY for f in forms):
        return False
    c.step(f"{word} اليوم: the day of an event, in a quotation too")
    return True


_TODAY_CLITICS: Final = ("و", "ف")
_QUOTED_NOT_PAST: Final = frozenset(fold(w) for w in L.QUOTED_TODAY_NOT_PAST)
_QUOTED_PAST_VERBS: Final = frozenset(
    fold(stem + ending)
    for stem in (*L.QUOTED_TODAY_PAST_STEMS, *(w for w in L.PAST_CUES if fold(w) not in _QUOTED_NOT_PAST))
    for ending in L.PAST_PERSON_ENDINGS) - _QUOTED_NOT_PAST
_QUOTED_PRESENT_ACTS: Final = frozenset(fold(w) for w in L.QUOTED_TODAY_PRESENT_ACTS)


def _quoted_words_before(c: Ctx, n: int) -> list[str]:
    """Up to *n* words before the match in its clause and inside its quotation (an opening quote mark
    ends them), the nearest first, folded, quote marks left off."""
    words: list[str] = []
    for raw in c.words_before(n):
        if raw[-1:] in _OPENING_QUOTES or raw[-1:] in _CLOSING_QUOTES:
            break
        words.append(raw.strip(_QUOTE_MARKS))
        if raw[:1] in _OPENING_QUOTES:
            break
    return [w for w in words if w]


def _verb_form(word: str, forms: frozenset[str]) -> bool:
    """Is *word* (folded) one of *forms*, with و / ف before it or not?"""
    return word in forms or (word[:1] in _TODAY_CLITICS and word[1:] in forms)


def _quoted_today_verb(c: Ctx) -> bool:
    """quoted_today_verb: is a quoted bare «اليوم» beside a verb of what the speaker did or does that day:
    a past verb one of the two words before it or the word after it («توجت قواتنا اليوم», «توصلنا
    اليوم»), a first-person present verb of an act right before or after it («نرافق اليوم», «اليوم
    نعيد»)? Then it is the article's day, not «nowadays» (today41)."""
    before = _quoted_words_before(c, 2)
    after = fold(re.split(r"[.,،:;!؟?\n«»\"“”]", c.text_after(40), maxsplit=1)[0]).split()[:1]
    for k, word in enumerate(before):
        if _verb_form(word, _QUOTED_PAST_VERBS) or (k == 0 and _verb_form(word, _QUOTED_PRESENT_ACTS)):
            c.step(f"quoted_today_verb: {word} … اليوم: the speaker's act that day, not «nowadays»")
            return True
    if after and (_verb_form(after[0], _QUOTED_PAST_VERBS) or _verb_form(after[0], _QUOTED_PRESENT_ACTS)):
        c.step(f"quoted_today_verb: اليوم {after[0]}: the speaker's act that day, not «nowadays»")
        return True
    return False


_NOWADAYS_NOUNS: Final = _with_clitics(L.NOWADAYS_NOUNS, ("", "و", "ف", "ب", "ل", "وب", "ول", "ك"))


def _nowadays_noun(c: Ctx) -> bool:
    """nowadays_noun: is a bare «اليوم» in construct with a noun of ``NOWADAYS_NOUNS`` («عالم اليوم», «جيل
    اليوم», «لإنسان اليوم»)? Then it is «of our days», not a day (dates27)."""
    words = c.words_before(1)
    if not words or words[0].strip(_QUOTE_MARKS) not in _NOWADAYS_NOUNS:
        return False
    c.step(f"{words[0]} اليوم: «of our days», not a day")
    return True


def _day_of_a_kind(c: Ctx) -> bool:
    """day_of_a_kind: is a bare «اليوم» right before an adjective of relation the lexicon does not know
    (ال + a word ending in ي: «اليوم الانتخابي الأول», «اليوم العالمي للمرأة», «اليوم الوطني»)? Then it
    is a day named by its kind, «the electoral day», not the anchor's (dates32)."""
    if c.end + 1 >= len(c.tokens) or c.tokens[c.end + 1].sym != Sym.FILLER:
        return False
    after = c.text_after(30).split()
    if not after:
        return False
    written = after[0].strip(_QUOTE_MARKS)
    if not (_is_relation_adjective(fold(written)) and written.endswith("ي")):  # «الذكرى» is a noun
        return False
    c.step(f"اليوم {after[0]}: a day named by its kind, not the publication day")
    return True


@rule("today", MentionKind.DATE, "(?:(?P<dp>{daypart})|{in_}?{this})?(?P<rel>{today})")
def today(c: Ctx) -> DateSpan | None:
    """اليوم, صباح اليوم, في هذا اليوم: the anchor day. A bare اليوم inside a quotation is the
    speaker's "nowadays" (a present reference), not a calendar day: a vague mention. A bare اليوم in a
    dateline («بغداد - المغرب اليوم») or after an outlet's kind («موقع الليرة اليوم», «قناة روسيا اليوم»;
    dates20), or bare right after an outlet's kind or alone between quote marks after «لـ» («قناة اليوم»,
    «لـ"اليوم"»; `outlet_kind_name`, dates36) is the outlet's name: no mention. Right after the noun of an
    event or a participle of holding («مسيرة اليوم», «القمة المنعقدة اليوم»; dates21) a quoted اليوم is the
    day again, and so beside a verb of what the speaker did or does that day («توصلنا اليوم», «نرافق
    اليوم»; `quoted_today_verb`, today41)."""
    if c.size == 1 and (_in_dateline(c) or _outlet_named(c) or _outlet_tail(c) or _outlet_kind_name(c)):
        raise NotADate
    if c.size == 1 and (_nowadays_noun(c) or _day_of_a_kind(c)):
        c.vague("present")
        return None
    if c.size > 1 or not c.in_quotation():
        return _relday(c)
    if _at_place_today(c) or _event_of_the_day(c) or _quoted_today_verb(c):
        return _relday(c)
    try:
        _relday(c)  # the day it would be, for the trace
    except NeedsAnchor:
        c.step(UNRESOLVED_STEP)
    c.step("a bare اليوم inside a quotation: the speaker's 'nowadays', a present reference, not the "
           "publication day")
    c.vague("present")
    return None


_MIDNIGHT: Final = fold(L.MIDNIGHT)
_TONIGHT: Final = frozenset(fold(w) for w in L.TONIGHT)
_THIS_DAYPARTS: Final = frozenset(fold(w) for w in L.THIS_DAYPARTS)


@rule("midnight_tonight", MentionKind.DATE,
      "(?P<mid>{part})(?:{this}?(?P<night>{daypart})(?!{weekday}|{today}|{yesterday}|{tomorrow}|{between}|{comma}?{small}"
      "|{comma}?{big}|{numdate})|(?P<dp>{daypart})(?P<rel>{today}))")
def midnight_tonight(c: Ctx) -> DateSpan:
    """منتصف هذه الليلة, منتصف الليلة, منتصف ليل اليوم: midnight tonight, the anchor's day (the part of
    day is kept as a detail, as for «ليل اليوم»). Not «منتصف ليل الجمعة» (the weekday's night, read by
    the weekday), nor «منتصف الليلة بين السبت والأحد»."""
    if c.word("mid") != _MIDNIGHT:
        raise NotADate
    if c.has("night") and c.word("night") not in _TONIGHT:
        raise NotADate
    if c.has("dp") and c.tok("dp").value != "night":
        raise NotADate
    return _the_anchor_day(c, f"midnight tonight: the anchor's day {c.anchor.isoformat()}",
                           "part of day: midnight")


@rule("tonight", MentionKind.DATE,
      "{this}(?P<night>{daypart})(?!{weekday}|{today}|{yesterday}|{tomorrow}|{between}|{comma}?{small}"
      "|{comma}?{big}|{numdate}|{same})")
def tonight(c: Ctx) -> DateSpan:
    """هذه الليلة (tonight), هذا الصباح, هذا المساء: the anchor's day, the part of the day kept as a detail,
    as «ليل اليوم» is (dates24; the morning and the evening, dates28). Only the parts of
    ``THIS_DAYPARTS``; a part of the day before a weekday, a relative day or a date is read by those."""
    if c.word("night") not in _THIS_DAYPARTS:
        raise NotADate
    part = str(c.tok("night").value)
    return _the_anchor_day(c, f"this {part}: the anchor's day {c.anchor.isoformat()}", f"part of day: {part}")


def _relative_pair(c: Ctx) -> tuple[int, int]:
    """The day offsets of a pair of relative days («r1» then «r2», or «بعد غد» as «dat»): the first before
    the second, or no date."""
    r1, r2 = c.number("r1"), (2 if c.has("dat") else c.number("r2"))
    if r1 >= r2:
        raise NotADate
    return r1, r2


@rule("relday_pair", MentionKind.RANGE,
      "{day_word}?(?P<r1>{yesterday}|{today}|{tomorrow})(?:{comma}?{and_})(?:(?P<r2>{today}|{tomorrow})|(?P<dat>{after}{tomorrow}))"
      "(?!{comma}?{day_word}?{weekday})")
def relday_pair(c: Ctx) -> DateSpan:
    """اليوم وغداً, أمس واليوم, غداً أو بعد غد, يومي غد وبعد غد (dates22): one stretch of days from the
    first to the second."""
    r1, r2 = _relative_pair(c)
    a = c.anchor
    second = c.text("dat") if c.has("dat") else c.word("r2")
    c.step(f"{c.word('r1')} and {second}: anchor {a.isoformat()} {r1:+d} to {r2:+d} day(s)")
    return _range(c, DateSpan.day(a + dt.timedelta(days=r1)), DateSpan.day(a + dt.timedelta(days=r2)))


@rule("relday_weekday_pair", MentionKind.RANGE,
      "{day_word}?(?P<r1>{yesterday}|{today}|{tomorrow}){comma}?{day_word}?(?P<wd1>{weekday}){comma}?{and_}"
      "{day_word}?(?:(?P<r2>{today}|{tomorrow})|(?P<dat>{after}{tomorrow})){comma}?{day_word}?(?P<wd2>{weekday})"
      "(?:(?:{comma}|{lparen})?{DATEOF}?{comma}?{DAYLIST}{OF}(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?"
      "{rparen}?)?")
def relday_weekday_pair(c: Ctx) -> DateSpan:
    """ليومي غدٍ الأربعاء وبعد غدٍ الخميس، الموافق 16 و17 آذار, اليوم الثلاثاء وغداً الأربعاء: two relative
    days of a pair, each with its weekday, one stretch as «يومي غد وبعد غد» is (``relday_pair``), and the
    days joined after them («الموافق 16 و17 آذار») the same stretch told again: one mention (dates37). A
    weekday that is not its relative day's leaves each read alone; days that disagree with the relative
    days stand (the explicit date wins), the mismatch reported."""
    r1, r2 = _relative_pair(c)
    a = c.anchor
    first, last = (DateSpan.day(a + dt.timedelta(days=r)) for r in (r1, r2))
    if first.start.weekday() != c.weekday("wd1") or last.start.weekday() != c.weekday("wd2"):
        raise NotADate
    c.step(f"{c.word('r1')} {c.word('wd1')} and {c.word('wd2')}: anchor {a.isoformat()} {r1:+d} to "
           f"{r2:+d} day(s), the weekdays confirm them")
    span = _range(c, first, last)
    if c.has("month"):
        told = _range_days_span(c)
        if (told.start, told.end) != (span.start, span.end):
            c.warn(f"the days told after them ({told.start.isoformat()}..{told.end.isoformat()}) are not "
                   "the relative days': the days told stand")
            span = told
    c.stated.pop("weekday", None)  # two weekdays: no one weekday was stated
    return span


@rule("ordinal_day_count", MentionKind.DURATION, "(?P<rel>{today})(?P<o>{ord}|{small}|{big}|{other_num})")
def ordinal_day_count(c: Ctx) -> None:
    """لليوم العاشر على التوالي, في اليوم الثاني للهجوم, لليوم الـ 12 على التوالي: the nth day of
    something that goes on, a count of days, not the publication day (اليوم الثالث من أكتوبر, a day of a
    month, is read before). In digits only before «على التوالي»: «اليوم 15 آذار» is today, 15 March."""
    if c.tok("o").sym is not Sym.ORD and not fold(c.text_after(len(_IN_A_ROW))).startswith(_IN_A_ROW) \
            and not _nth_day_with_article(c):
        raise NotADate
    n = c.number("o")
    c.detail = f"P{n}D (day {n} of something that goes on)"
    c.step(f"{c.word('rel')} {c.word('o')}: the day {n} of a stretch the text counts, not a calendar day")
    return None


_IN_A_ROW: Final = fold(L.IN_A_ROW)
_MONTH_LEAD: Final = frozenset(fold(w) for w in L.MONTH_LEAD_WORDS)


def _nth_day_with_article(c: Ctx) -> bool:
    """nth_day_with_article: «لليوم الـ22 إلى 1191 شهيد», «مع دخول اليوم الـ24 للعدوان»: the number
    carries the article, so it is «the 22nd day» of a stretch, not today and the 22nd; unless a month
    follows (after «من» or not: «اليوم الـ 14 من آذار» is a day of March). dates30."""
    words = c.surface.split()
    if len(words) < 2 or not words[1].startswith("ال"):
        return False
    after = fold(c.text_after(40)).split()
    if after and after[0] == "من":
        after = after[1:]
    return not (after and after[0] in _MONTH_LEAD)


# ==================================================================================================
# Weekdays: with a date (which they confirm), two or more, of a named week, relative, alone.
# ==================================================================================================


# A day and month without a year nearer to the anchor than this is in no doubt about its year.
YEAR_IN_DOUBT_DAYS: Final = 91


def _weekday_year(c: Ctx, nearest: dt.date, wd: int) -> dt.date | None:
    """When the nearest occurrence of a yearless day and month is not the stated weekday: the
    occurrence on the other side of the anchor, if the weekday fits it and the year is in doubt.

    The year is in doubt only when the nearest occurrence lies more than three months from the anchor
    (so the other lies less than nine months away, on the other side): "الخميس 15 اغسطس" in February
    2013 is 15 August 2013, a Thursday. Nearer than that, the date is the one around the publication
    day and a weekday that does not fit it is a mismatch to report, not a reason to move a year.
    """
    a = c.anchor
    near = abs((nearest - a).days)
    name = f"{nearest.day} {cal.MONTH_NAMES_EN[nearest.month]}"
    if near <= YEAR_IN_DOUBT_DAYS:
        c.step(f"{nearest.isoformat()} is {near} days from the anchor: its year is not in doubt")
        return None
    y = nearest.year + (1 if nearest <= a else -1)
    if nearest.day > cal.month_days(y, nearest.month):  # 29 February
        return None
    other = nearest.replace(year=y)
    if other.weekday() != wd:
        return None
    c.step(f"{nearest.isoformat()} is not a {WEEKDAY_EN[other.weekday()]} and lies {near} days from the "
           f"anchor, so its year is in doubt: the {name} on the other side of the anchor is one "
           f"→ {other.isoformat()}")
    return other


@rule("weekday_date", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){WDJOIN}(?:(?P<day>{DAY})|(?P<gh>{ghurra}))"
      "{rparen}?(?:{slash}|{OF})(?P<month>{MNAME})(?:{slash}?{YEARTAIL}|{RELYEAR}|{MOD})?{rparen}?")
def weekday_date(c: Ctx) -> DateSpan:
    """الأربعاء 17 من آذار, يوم الاثنين في 18 شباط, يوم الخميس (13) آب 2015: the date, confirmed by the
    weekday (the day may stand in brackets, as an agenda prints it; dates21; or be «غرة / فاتح», the first:
    الإثنين فاتح نونبر 2021, dates22). With an ordinal (الثلاثاء الثالث من أيلول) the weekday decides between
    "Tuesday the 3rd" and "the third Tuesday"."""
    wd = c.weekday("wd")
    c.stated["weekday"] = wd
    day, month = (1 if c.has("gh") else c.number("day")), c.month()
    span = _dm(c, day, month)
    if span.start.weekday() != wd and not any(c.has(g) for g in ("year", "ythis", "ymod", "mod")):
        best = _weekday_year(c, span.start, wd)
        if best is not None:
            _check_weekday(c, DateSpan.day(best))
            return DateSpan.day(best)
    if c.has("day") and c.tok("day").sym == Sym.ORD and span.start.weekday() != wd and day <= 5:
        first = span.start.replace(day=1)
        nth = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (day - 1))
        if nth.month == first.month:
            c.step(f"{span.start.isoformat()} is not a {WEEKDAY_EN[wd]}: read as the {day}. "
                   f"{WEEKDAY_EN[wd]} of the month → {nth.isoformat()}")
            return DateSpan.day(nth)
    if span.start.weekday() != wd and _weekday_set_off(c):
        raise NotADate
    _check_weekday(c, span)
    return span


_COMMAS: Final = ("،", ",")


def _weekday_set_off(c: Ctx) -> bool:
    """weekday_set_off: a weekday between two commas («حددت الأمم المتحدة، الاثنين، تاريخ 22 كانون الثاني
    المقبل موعداً») is the day of its clause's verb, not the date's: when the date after it is another
    weekday, the two are read apart (the weekday alone, the date alone), not one date with a mismatch
    (dates21); so is a relative day and its weekday between two commas («، أمس الاثنين، تاريخ …»;
    dates22). Without the comma before it, or with no comma between, the date stands and the mismatch is
    reported."""
    i, j = c.groups["wd"][1], c.groups[next(g for g in ("day", "nd", "gh") if c.has(g))][0]
    if not c.text_before(3).rstrip().endswith(_COMMAS):
        return False
    if not any(t.sym == Sym.COMMA for t in c.tokens[i:j]):
        return False
    c.step(f"{c.word('wd')} stands between two commas and the date is another weekday: read apart")
    return True


@rule("weekday_relative_date", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday})(?P<wmod>{past}|{future})(?:{comma}|{lparen})?{DATEOF}?{comma}?"
      "(?P<day>{DAY}){OF}(?P<month>{MNAME})(?:{YEARTAIL})?{rparen}?")
def weekday_relative_date(c: Ctx) -> DateSpan:
    """الجمعة الماضية 22 فيفري 2019, الثلاثاء المقبل 5 آذار: a weekday with الماضي / المقبل and its date,
    one mention: the date, confirmed by the weekday as ``weekday_date`` confirms it. «الماضية» is often
    the last such weekday before the story's day, not before the publication date, so it never moves
    the date; a date on the wrong side of the anchor for the word is reported, not moved."""
    span = weekday_date(c)
    if c.has_anchor:
        shift, a = c.direction("wmod"), c.anchor
        if (shift < 0 and span.start >= a) or (shift > 0 and span.start <= a):
            msg = (f"tense mismatch: the text says {c.word('wmod')} but {span.start.isoformat()} lies "
                   f"{'on or after' if shift < 0 else 'on or before'} the anchor {a.isoformat()}")
            c.warn(msg)
        else:
            c.step(f"{c.word('wmod')}: {span.start.isoformat()} lies on that side of the anchor")
    return span


@rule("weekday_to_date", MentionKind.RANGE,
      "(?:{daypart})?{day_word}?(?P<wd1>{weekday}){and_}?{to}"
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday})(?:{comma}|{lparen})?{DATEOF}?{comma}?(?P<day>{DAY})"
      "{OF}(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?{rparen}?")
def weekday_to_date(c: Ctx) -> DateSpan:
    """الجمعة وحتى فجر السبت 26 ماي 2012, من الخميس إلى الأحد 5 آذار: a bare weekday, «حتى / إلى», and a
    weekday with its date: one stretch from the latest such first weekday before the dated day (at most
    a week before it) to that day, read as ``weekday_date`` reads it."""
    end = weekday_date(c)
    wd1 = c.weekday("wd1")
    start = end.start - dt.timedelta(days=(end.start.weekday() - wd1) % 7 or 7)
    c.step(f"{WEEKDAY_EN[wd1]}: the latest before {end.start.isoformat()} → {start.isoformat()}")
    return _range(c, DateSpan.day(start), end)


@rule("weekday_dates_range", MentionKind.RANGE,
      "(?P<dp1>{daypart})?{day_word}?(?P<wd1>{weekday}){WDJOIN}(?P<d1>{DAY}){OF}(?P<m1>{MNAME})"
      "(?:{comma}?{and_}?{to})"
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){WDJOIN}(?P<day>{DAY}){OF}(?P<month>{MNAME})"
      "(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def weekday_dates_range(c: Ctx) -> DateSpan:
    """صباح يوم الثلاثاء 4 من حزيران ولغاية الخميس 6 من حزيران, ليلة الأربعاء 26 تموز إلى الخميس 27 تموز
    الجاري: two weekdays with their dates joined by «إلى / حتى / لغاية» (و before it or not) are one stretch
    from the first date to the second, as «من 4 حزيران إلى 6 حزيران» is; each weekday confirms its date (a
    mismatch is reported). The second date is read as ``weekday_date`` reads it, the first in its year, or
    the year before when its month comes later (dates50)."""
    end = weekday_date(c)
    d1, m1 = c.number("d1"), c.month("m1")
    y1 = end.start.year if (m1, d1) <= (end.start.month, end.start.day) else end.start.year - 1
    start = cal.day_span(y1, m1, d1)
    _check_weekday(c, start, "wd1")
    if c.has("dp1"):
        c.detail = f"part of day: {c.text('dp1')}"
    return _range(c, start, end)


_NIGHT_JOINERS: Final = frozenset(fold(w) for w in L.NIGHT_JOINERS)


def _night_joined(c: Ctx) -> bool:
    """night_joined: a word between the two weekdays of a night is one of ``NIGHT_JOINERS`` («ليلة السبت على
    الأحد»; dates22); a dash, a slash, «إلى» or nothing join them too."""
    return not c.has("on") or fold(c.written("on").strip()) in _NIGHT_JOINERS


@rule("night_weekdays_date", MentionKind.RANGE,
      "(?P<night>{daypart})(?P<wd1>{weekday})(?:{dash}|{slash}|{to}|(?P<on>{filler}))?(?P<wd>{weekday})(?:{comma}|{lparen})?"
      "{DATEOF}?{comma}?(?:(?P<day>{DAY}){OF}(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?{rparen}?"
      "|(?P<nd>{numdate})|{SPACEDND})")
def night_weekdays_date(c: Ctx) -> DateSpan:
    """ليل الأربعاء الخميس 10 أكتوبر 2019, ليلة السبت - الأحد 3/5/2020: a night from one weekday into the
    next and the date that names one of them, one mention: the night's two days, placed by the date
    (the date is the second day, or the first when it is the first weekday); a date that is neither
    weekday stands as the second day, and the mismatch is reported (dates21). After «منتصف» (منتصف ليل
    الجمعة السبت 27 شباط) the night's midnight is meant, a moment of the day the date names: that day
    alone, midnight kept as a detail."""
    wd1, wd2 = c.weekday("wd1"), c.weekday("wd")
    if c.text("night") != "night" or (wd2 - wd1) % 7 != 1 or not _night_joined(c):
        raise NotADate
    if c.has("nd"):
        stated = _numeric(c)
    elif c.has("sd"):
        stated = _spaced_numeric(c)
    else:
        stated = _dm(c, c.number("day"), c.month())
    if not stated.is_exact_day:
        raise NotADate
    if c.words_before(1) == [_MIDNIGHT]:
        _check_weekday(c, stated)
        c.detail = "part of day: midnight"
        c.step(f"منتصف: the night's midnight, on the day the date names → {stated.start.isoformat()}")
        return stated
    if stated.start.weekday() == wd1:
        c.stated["weekday"] = wd1
        c.step(f"weekday {WEEKDAY_EN[wd1]} confirms {stated.start.isoformat()}: the night's first day")
        start = stated.start
    else:
        _check_weekday(c, stated)
        start = stated.start - dt.timedelta(days=1)
    c.detail = "part of day: night"
    return _range(c, DateSpan.day(start), DateSpan.day(start + dt.timedelta(days=1)))


@rule("weekday_pair_dates", MentionKind.RANGE,
      "(?:{day_word}|{plural})?(?P<wd1>{weekday})(?:{and_}{day_word}?{weekday}(?={and_}{day_word}?{weekday})){0,5}+"
      "{and_}{day_word}?(?P<wd2>{weekday})(?:{comma}|{lparen})?{DATEOF}?{comma}?"
      "{DAYLIST}{OF}(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?{rparen}?")
def weekday_pair_dates(c: Ctx) -> DateSpan:
    """يومي الأحد والاثنين الموافقين لـ7 و8 كانون الأول 2025, يومي الأربعاء والخميس 25 و26 ديسمبر: two
    weekdays and their days, one stretch: the days, read as ``range_days`` reads them, confirmed by the
    weekdays (a mismatch is reported), never the latest such weekdays before the anchor."""
    span = _range_days_span(c)
    _check_weekday(c, DateSpan.day(span.start), "wd1")
    _check_weekday(c, DateSpan.day(span.end), "wd2")
    c.stated.pop("weekday", None)  # two weekdays: no one weekday was stated
    return span


@rule("weekday_every_week", MentionKind.SET,
      "(?:{day_word}|{plural})?(?P<wd1>{weekday})(?:{and_}{day_word}?{weekday}){0,6}+{from_}?{every}{week_word}")
def weekday_every_week(c: Ctx) -> None:
    """يومي الجمعة والسبت من كل أسبوع, يوم الجمعة من كل أسبوع: weekdays that come back every week, a
    frequency (as أيام الخميس والجمعة), not the latest such days before the anchor."""
    names = [WEEKDAY_EN[int(t.value)] + "s" for t in c.tokens[c.start:c.end + 1]
             if t.sym == Sym.WEEKDAY and isinstance(t.value, int)]
    c.detail = "every week: " + " and ".join(names)
    c.step(f"من كل أسبوع: {c.detail}, a frequency")
    return None


@rule("weekday_date_hijri", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){WDJOIN}(?P<day>{DAY})(?:{OF}|{the_month}|{HSEP})"
      "(?P<hmonth>{hmonth})(?:{HSEP}?{HYEARTAIL})?")
def weekday_date_hijri(c: Ctx) -> DateSpan:
    """الجمعة 15 رمضان 1442, يوم الأحد الواقع في 13 ربيع الثاني 1447 هـ: a Hijri date confirmed by its
    weekday (one mention, whatever joins them: في, الموافق, الموافق لـ, الواقع في). With an ordinal up to
    5 (الجمعة الأولى من / لشهر رمضان) the weekday decides, as ``weekday_date`` does: the nth such weekday
    of the Hijri month when that day of the month is not that weekday (dates18)."""
    span = _hijri_dmy(c)
    wd, day = c.weekday("wd"), c.number("day")
    if c.tok("day").sym == Sym.ORD and day <= 5 and span.start.weekday() != wd:
        first = span.start - dt.timedelta(days=day - 1)
        nth = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (day - 1))
        if cal.to_hijri(nth)[1] == cal.to_hijri(first)[1]:
            c.stated["weekday"] = wd
            c.step(f"{span.start.isoformat()} is not a {WEEKDAY_EN[wd]}: read as the {day}. "
                   f"{WEEKDAY_EN[wd]} of the Hijri month → {nth.isoformat()}")
            return DateSpan.day(nth)
    sighted = _sighted_by_weekday(c, span, wd)
    if sighted is not None:
        return sighted
    _check_weekday(c, span)
    return span


def _sighted_by_weekday(c: Ctx, table: DateSpan, wd: int) -> DateSpan | None:
    """sighted_by_weekday: a Hijri day without its year whose weekday is a day off the Umm al-Qura table's
    («مساء يوم الخميس الموافق للتاسع والعشرين من شهر شعبان», the table's Wednesday) is the day of that
    weekday, the month as the writer's country sighted it: a sighting moves a month's days by one, the
    weekday says which way (dates50). With its year, or a weekday further off, the table's day stands."""
    if c.has("year") or not table.is_exact_day:
        return None
    gap = (wd - table.start.weekday()) % 7
    if gap not in (1, 6):
        return None
    d = table.start + dt.timedelta(days=1 if gap == 1 else -1)
    c.stated["weekday"] = wd
    c.step(f"{table.start.isoformat()} by the table is not a {WEEKDAY_EN[wd]}: the month as sighted, a day "
           f"off the table → {d.isoformat()}")
    return DateSpan.day(d)


@rule("weekday_numeric_date", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){WDJOIN}"
      "(?:(?:(?P<nd>{numdate})(?P<time>{time})?|{SPACEDND}){ERA}?|(?P<dd>{small}|{big}){slash}(?P<mm>{small}))"
      "{rparen}?")
def weekday_numeric_date(c: Ctx) -> DateSpan:
    """الأحد 20/06/2017, يوم السبت 21/09, يوم الأربعاء الواقع في 22-7-2020, يوم الأحد الموافق لـ 30-3- 2025,
    فجر الإثنين 06 / 02 / 2023: a numeric date confirmed by the weekday; a part of the day before the
    weekday is kept as a detail (dates21). A spaced date takes its era too: «يوم الأحد 1 / 1 / 1446هـ»
    (dates24)."""
    span = _numeric(c) if c.has("nd") else _spaced_numeric(c) if c.has("sd") else _ddmm(c)
    _check_weekday(c, span)
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return span


@rule("weekday_day_of_relative_month", MentionKind.DATE,
      "{day_word}?(?P<wd>{weekday}){comma}?{DATEOF}?{comma}?(?P<day>{DAY}){DAYRELMONTH}")
def weekday_day_of_relative_month(c: Ctx) -> DateSpan:
    """يوم الجمعة 31 الشهر, الخميس 10 الشهر الجاري, الأحد 5 من الشهر المقبل: a weekday and a day of the
    month the words name, one mention: that day, confirmed by the weekday (a mismatch is reported, the
    day stands), never the weekday alone before the anchor (dates21)."""
    return day_of_relative_month(c)


@rule("weekday_ordinal_day", MentionKind.DATE,
      "{day_word}?(?P<wd>{weekday})(?P<day>{ord})"
      "(?!{from_}?(?:{this}|{the_month}|{month}|{amb_month}|{hmonth}|{month_word}))")
def weekday_ordinal_day(c: Ctx) -> DateSpan:
    """السبت السادس عشر: "Saturday the 16th" — the nearest such day that is that weekday."""
    day = c.number("day")
    wd = c.weekday("wd")
    if day <= 5:  # الجمعة الأولى: "the first Friday" of something unnamed
        raise NotADate
    a = c.anchor
    cands = []
    for k in range(-6, 7):
        m = cal.shift_months(a.replace(day=1), k)
        if day <= cal.month_days(m.year, m.month):
            d = m.replace(day=day)
            if d.weekday() == wd:
                cands.append(d)
    if not cands:
        raise NotADate
    best = min(cands, key=lambda d: (abs((d - a).days), d > a))
    c.step(f"the {day}th nearest to {a.isoformat()} that is a {WEEKDAY_EN[wd]} → {best.isoformat()}")
    c.stated.update(day=day, weekday=wd)
    return DateSpan.day(best)


_WEEK_OF = "(?:{from_}?(?:(?P<this>{this}){the_week}|{the_week}(?P<wmod>{past}|{future}|{current})))"


_TIMETABLE: Final = frozenset(fold(w) for w in L.TIMETABLE_WORDS)


@rule("weekday_range_timetable", MentionKind.SET,
      "{from_}{day_word}?(?P<wd1>{weekday}){to}{day_word}?(?P<wd2>{weekday})(?!{comma}?{DAY}|{past}|{future})")
def weekday_range_timetable(c: Ctx) -> None:
    """ويسري الحظر من الساعة 21 ليلا إلى الخامسة فجرا من الإثنين إلى الجمعة, يومياً من الإثنين إلى الخميس: a
    stretch of bare weekdays after the hours of a day or a daily habit (``TIMETABLE_WORDS``, in the clause
    before it) is the days of a timetable that recurs, a frequency, no dates (dates30, dates_real 933)."""
    cue = next((w for w in c.words_before(10) if w in _TIMETABLE), None)
    if cue is None:
        raise NotADate
    c.detail = f"every week: {WEEKDAY_EN[c.weekday('wd1')]} to {WEEKDAY_EN[c.weekday('wd2')]}"
    c.step(f"{cue} … {c.surface}: the days of a timetable, not one stretch of dates")
    return None


@rule("weekday_plural_set", MentionKind.SET,
      "(?:(?P<pl>{plural})?(?P<wdp>{weekday_plural})"
      "|(?P<pl2>{plural})(?P<wd1>{weekday})(?:{and_}{day_word}?{weekday}){0,6}+)"
      "(?!{past}|{future}|{current}|{from_}?(?:{this}|{the_week}|{the_month}))")
def weekday_plural_set(c: Ctx) -> None:
    """أيام الآحاد, الجمعات, أيام الخميس والجمعة: weekdays that recur ("on Thursdays and Fridays"), a
    frequency, not dates (with الماضية / المقبلة they are one stretch: ``weekday_pair``)."""
    if c.has("pl2") and c.text("pl2") != "day":
        raise NotADate
    if c.has("pl") and c.text("pl") != "day":
        raise NotADate
    names = [WEEKDAY_EN[int(t.value)] + "s" for t in c.toks("wdp" if c.has("wdp") else "pl2")
             if t.sym in (Sym.WEEKDAY, Sym.WEEKDAY_PLURAL) and isinstance(t.value, int)]
    if c.has("pl2"):
        names = [WEEKDAY_EN[int(t.value)] + "s" for t in c.tokens[c.start:c.end + 1]
                 if t.sym == Sym.WEEKDAY and isinstance(t.value, int)]
    c.detail = "on " + " and ".join(names) if names else "recurring weekdays"
    c.step(f"weekdays in the plural: {c.detail}, a frequency")
    return None


@rule("weekday_plural_past", MentionKind.VAGUE, "(?P<pl>{plural})(?P<wd>{weekday})(?P<mod>{past}|{future})")
def weekday_plural_past(c: Ctx) -> None:
    """أيام الجمعة الفائتة, أيام الجمعة المقبلة: one weekday in the plural with a modifier, the Fridays
    gone by (or to come) — several days the words do not count, vague; never the one last Friday."""
    if c.text("pl") != "day":
        raise NotADate
    when = "gone by" if c.direction("mod") < 0 else "to come"
    c.vague(f"the {WEEKDAY_EN[c.weekday('wd')]}s {when}")
    c.step(f"a weekday in the plural with a modifier: {c.detail}")
    return None


@rule("weekday_pair", MentionKind.RANGE,
      "(?:(?P<dp>{daypart})?(?:{day_word}|{plural})?(?P<wd1>{weekday})"
      "(?:{and_}{day_word}?{weekday}(?={and_}{day_word}?{weekday})){0,5}+(?:{and_}|(?P<to>{and_}?{to}))"
      "(?P<dp2>{daypart})?{day_word}?(?P<wd2>{weekday})"
      "|(?P<night>{daypart})(?P<nwd1>{weekday})(?:{dash}|{slash}|{to}|(?P<on>{filler}))?(?P<nwd2>{weekday}))"
      # the modifier of the pair may follow a comma, as a page prints it («يومي الثلاثاء والأربعاء،
      # المقبلين»: dates52, dates_real 1355)
      "(?:" + _WEEK_OF + "|{comma}?(?P<mod>{past}|{future}))?")
def weekday_pair(c: Ctx) -> DateSpan | None:
    """يومي السبت والأحد, الخميس والجمعة الماضيين, أيام الجمعة والسبت والأحد: one stretch of days
    from the first weekday to the last. Bare, it is the most recent such stretch that ends on or before
    the anchor (as a bare weekday), after a future cue the first that starts on or after it
    (سيتبادلون الآراء يومي الخميس والجمعة); with الماضيين / المقبلين it lies wholly before / after the anchor;
    with a week (من الأسبوع الماضي) it starts on the first weekday of that ISO week. ليلة السبت -
    الأحد, ليل الجمعة السبت, ليلة السبت/الأحد, ليلة السبت إلى الأحد, ليلة السبت على الأحد (dates22): the
    night from one day to the next, the two days. A part of the day may stand before each weekday
    («مساء السبت وصباح الأحد»; dates24): one stretch still, as a list is. «حتى / إلى» may join the last
    two («من ظهر الجمعة وحتى فجر السبت», no modifier after it: dates38); after a date of the first weekday
    told in its sentence (`_weekday_of_date_told`), the stretch starts on that day."""
    if c.has("night"):
        if c.text("night") != "night" or (c.weekday("nwd2") - c.weekday("nwd1")) % 7 != 1:
            raise NotADate
        if not _night_joined(c):
            raise NotADate
        c.groups.update(wd1=c.groups["nwd1"], wd2=c.groups["nwd2"], dp=c.groups["night"])
    wd1, wd2 = c.weekday("wd1"), c.weekday("wd2")
    length = (wd2 - wd1) % 7
    if length == 0 or (c.has("to") and (c.has("mod") or c.has("this") or c.has("wmod") or (
            c.has("dp") and c.text("dp") == "night" and length != 1))):
        raise NotADate
    if _timetable_pair(c):
        return None
    a = c.anchor
    told = None if c.has("mod") or c.has("this") or c.has("wmod") else _weekday_of_date_told(c, wd1)
    if told is not None:
        start, end = told, told + dt.timedelta(days=length)
    elif c.has("this") or c.has("wmod"):
        shift = c.direction("wmod")
        week = cal.week_span(a + dt.timedelta(weeks=shift))
        start = week.start + dt.timedelta(days=wd1)
        c.step(f"{WEEKDAY_EN[wd1]} of the ISO week {week.timex} → {start.isoformat()}")
        end = start + dt.timedelta(days=length)
    elif c.direction("mod") > 0:
        start = a + dt.timedelta(days=(wd1 - a.weekday()) % 7 or 7)
        end = start + dt.timedelta(days=length)
        c.step(f"the next {WEEKDAY_EN[wd1]}–{WEEKDAY_EN[wd2]} wholly after {a.isoformat()}")
    elif not c.has("mod") and _tense(c, _FUTURE_AFTER_S_WEEKDAY) > 0:
        start = a + dt.timedelta(days=(wd1 - a.weekday()) % 7)
        end = start + dt.timedelta(days=length)
        c.step(f"the first {WEEKDAY_EN[wd1]}–{WEEKDAY_EN[wd2]} starting on or after {a.isoformat()}")
    else:
        past = c.direction("mod") < 0
        back = (a.weekday() - wd2) % 7
        if past:
            back = back or 7
        end = a - dt.timedelta(days=back)
        start = end - dt.timedelta(days=length)
        c.step(f"the most recent {WEEKDAY_EN[wd1]}–{WEEKDAY_EN[wd2]} ending "
               f"{'strictly before' if past else 'on or before'} {a.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return _range(c, DateSpan.day(start), DateSpan.day(end))


_TO: Final = fold("إلى")


def _timetable_pair(c: Ctx) -> bool:
    """timetable_pair: a bare list of weekdays after the hours of a day or a daily habit in its clause
    («ومن الساعة 19 مساء إلى الخامسة صباحا يومي السبت والأحد»): the days of a timetable that recurs, a
    frequency, as a stretch «من الإثنين إلى الجمعة» after them is (`weekday_range_timetable`; dates33).
    The hours must be a stretch («إلى» among the words before): «قصفت عند الساعة العاشرة يومي السبت
    والأحد» tells two days."""
    if c.has("night") or c.has("mod") or c.has("this") or c.has("wmod"):
        return False
    before = c.words_before(10)
    cue = next((w for w in before if w in _TIMETABLE), None)
    if cue is None or (cue.startswith("الساع") and _TO not in before):
        return False
    c.kind = MentionKind.SET
    c.detail = f"every week: {WEEKDAY_EN[c.weekday('wd1')]} to {WEEKDAY_EN[c.weekday('wd2')]}"
    c.step(f"{cue} … {c.surface}: the days of a timetable, not one stretch of dates")
    return True


@rule("weekday_of_week", MentionKind.DATE,
      "(?:(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}|{weekday_indef})(?:{from_})?"
      "(?:(?P<this>{this}){the_week}|{the_week}(?P<mod>{past}|{future}|{current}))"
      "|(?P<wdw>{weekday_week})(?P<mod2>{past}|{future}|{current})?)")
def weekday_of_week(c: Ctx) -> DateSpan:
    """الأحد من الأسبوع الماضي, الاثنين من هذا الأسبوع, ثلاثاء الأسبوع الفائت: that weekday of the
    named ISO week; a part of the day before the weekday is kept as a detail («مساء الجمعة من هذا
    الأسبوع»; dates24)."""
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    if c.has("wdw"):
        c.groups["wd"] = c.groups["wdw"]
        if c.has("mod2"):
            c.groups["mod"] = c.groups["mod2"]
    shift = 7 * c.direction("mod")
    week = cal.week_span(c.anchor + dt.timedelta(days=shift))
    wd = c.weekday("wd")
    d = week.start + dt.timedelta(days=wd)
    c.step(f"{WEEKDAY_EN[wd]} of the ISO week {week.timex} → {d.isoformat()}")
    return DateSpan.day(d)


@rule("weekday_relative", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday})(?P<mod>{past}|{future})")
def weekday_relative(c: Ctx) -> DateSpan:
    """الثلاثاء الماضي / المقبل: the nearest such weekday strictly before / after the anchor."""
    wd = c.weekday("wd")
    a = c.anchor
    if c.direction("mod") < 0:
        back = (a.weekday() - wd) % 7 or 7
        d = a - dt.timedelta(days=back)
        c.step(f"the most recent {WEEKDAY_EN[wd]} strictly before {a.isoformat()} → {d.isoformat()}")
    else:
        fwd = (wd - a.weekday()) % 7 or 7
        d = a + dt.timedelta(days=fwd)
        c.step(f"the next {WEEKDAY_EN[wd]} strictly after {a.isoformat()} → {d.isoformat()}")
    return DateSpan.day(d)


@rule("weekday_after_next", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){after}(?P<mod>{future})")
def weekday_after_next(c: Ctx) -> DateSpan:
    """يوم الاثنين بعد القادم, يوم الخميس بعد المقبل: the weekday after next, the second such weekday
    strictly after the anchor, a week after the one «المقبل» names (dates31: the three such uses of the
    dates dev texts, 993 ×2 and 1047, all so; none in the events dev texts)."""
    wd = c.weekday("wd")
    a = c.anchor
    d = a + dt.timedelta(days=((wd - a.weekday()) % 7 or 7) + 7)
    c.step(f"the {WEEKDAY_EN[wd]} after the next one after {a.isoformat()} → {d.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return DateSpan.day(d)


@rule("weekday_this_week", MentionKind.DATE, "{this}{day_word}?(?P<wd>{weekday})")
def weekday_this_week(c: Ctx) -> DateSpan:
    """هذا الاثنين: that weekday in the anchor's ISO week."""
    wd = c.weekday("wd")
    week = cal.week_span(c.anchor)
    d = week.start + dt.timedelta(days=wd)
    c.step(f"{WEEKDAY_EN[wd]} of the anchor's ISO week {week.timex} → {d.isoformat()}")
    return DateSpan.day(d)


_THE_TWO_BEFORE: Final = frozenset(fold(w) for w in L.THE_TWO_BEFORE)


def _the_two(c: Ctx, wd: int) -> None:
    """the_two: «الاثنين» right after a word of ``THE_TWO_BEFORE`` (بين, كلا) is «the two», not Monday:
    «الخلاف بين الاثنين», «كلا الاثنين» (a pair of weekdays, «بين الاثنين والخميس», is read before)."""
    if wd != 0 or c.has("dp") or c.surface.startswith(("يوم", "يوم ")):
        return
    before = c.words_before(1)
    if before and before[0] in _THE_TWO_BEFORE:
        c.step(f"{before[0]} الاثنين: the two, not Monday")
        raise NotADate


_ELEVEN_AFTER: Final = frozenset(fold(w) for w in L.ELEVEN_AFTER_AHAD)


def _eleven(c: Ctx, wd: int) -> None:
    """eleven: «الأحد» right before «عشر» (``ELEVEN_AFTER_AHAD``) is the number eleven with its article,
    «اللبنانيون الأحد عشر» (the eleven Lebanese), not Sunday (dates29)."""
    if wd != 6 or c.has("dp") or c.surface.startswith("يوم"):
        return
    after = fold(c.text_after(8)).split()
    if after and after[0].rstrip("،,.") in _ELEVEN_AFTER:
        c.step(f"الأحد {after[0]}: the number eleven, not Sunday")
        raise NotADate


_WEEKDAY_EPITHETS: Final = frozenset(fold(w) for w in L.WEEKDAY_EPITHETS)


def _named_weekday(c: Ctx) -> None:
    """named_weekday: a bare weekday right before an epithet of colour or blood (``WEEKDAY_EPITHETS``) is
    the name of an event: «ملف «الخميس الأسود»», «الأحد الدامي». No date (dates30, dates_real 1022)."""
    if c.has("dp") or c.surface.startswith("يوم"):
        return
    after = fold(c.text_after(12).translate(_MARKS_AFTER)).split()
    if after and after[0] in _WEEKDAY_EPITHETS:
        c.step(f"{c.surface} {after[0]}: the name of an event, not a date")
        raise NotADate


_MONTH_NAMES_ONLY: Final = frozenset(fold(w) for w in L.MONTH_LEAD_WORDS if "شهر" not in w)


def _weekday_of_a_month(c: Ctx) -> None:
    """weekday_of_a_month: a weekday right before a month's name and its year with no day between or after
    («رفع المجلس جلسته يوم الثلاثاء شباط/فبراير 2023»): some Tuesday of that month, which the words do not
    fix: not the Tuesday nearest the anchor (dates30, dates_real 1102). A day after the month («الأربعاء
    يوليو 03, 2024», English order) leaves it to the rule that reads it."""
    words = re.split(r"[\s/،,]+", fold(c.text_after(30)).strip())
    if not words or words[0] not in _MONTH_NAMES_ONLY:
        return
    number = next((w for w in words[1:4] if w.isdigit()), None)
    if number is None or int(number) <= _MAX_MONTH_DAY:
        return
    c.step(f"{c.surface} and a month with its year, no day: a weekday of that month the text does not fix")
    raise NotADate


_FRIDAY_PRAYER_PLURALS: Final = _with_clitics(L.FRIDAY_PRAYER_PLURALS)


def _friday_plural(c: Ctx, wd: int) -> None:
    """friday_plural: a bare «الجمعة» right after the plural of its prayer or sermon
    (``FRIDAY_PRAYER_PLURALS``: «وخطب الجمعة») names the Fridays of a custom, no one day (dates30,
    dates_real 994)."""
    if wd != 4 or c.has("dp") or c.surface.startswith("يوم"):
        return
    before = c.words_before(1)
    if before and before[0] in _FRIDAY_PRAYER_PLURALS:
        c.step(f"{before[0]} {c.surface}: the Fridays of a custom, no one day")
        raise NotADate
    after = c.text_after(12).split()
    if (before and before[0] in _FRIDAY_PRAYER_NOUNS and after
            and fold(after[0]) in _FRIDAY_PRAYER_PLURALS_AFTER):
        c.step(f"{before[0]} {c.surface} {after[0]}: the Friday prayer among the prayers, a kind, no one day")
        raise NotADate


_FRIDAY_PRAYER_NOUNS: Final = _with_clitics(L.FRIDAY_PRAYER_NOUNS)
#: The plurals after «صلاة الجمعة», with their article too («والخطب»; clitics22).
_FRIDAY_PRAYER_PLURALS_AFTER: Final = _with_clitics(
    L.FRIDAY_PRAYER_PLURALS, ("", "و", "ف", "ب", "ل", "ال", "وال", "وب", "ول"))
_PAST_HABIT_KANA: Final = _with_clitics(L.PAST_HABIT_KANA, ("", "و", "ف"))
_PAST_HABIT_TIME_WORDS: Final = frozenset(fold(w) for w in L.PAST_HABIT_TIME_WORDS)


_WEEKLY_DAY_OFF_NOUNS: Final = frozenset(fold(w) for w in L.WEEKLY_DAY_OFF_NOUNS)
_WEEKLY_ADJECTIVES: Final = frozenset(fold(w) for w in L.WEEKLY_ADJECTIVES)
_USUAL_TIME_WORDS: Final = frozenset(fold(w) for w in L.USUAL_TIME_WORDS)


def _weekly_day(c: Ctx) -> None:
    """weekly_day: a bare weekday right before a weekly day off (``WEEKLY_DAY_OFF_NOUNS`` and then
    ``WEEKLY_ADJECTIVES``: «تعتمد يوم الجمعة عطلة أسبوعية»), or after the usual time of a thing, one word
    between them or none (``USUAL_TIME_WORDS``: «عن موعده المعتاد ضحى الأربعاء»), names the day a thing
    comes back on every week: a habit, no one day (dates50)."""
    after = [fold(w.strip(_TOLD_STRIP)) for w in c.text_after(30).split()[:2]]
    if len(after) == 2 and after[0] in _WEEKLY_DAY_OFF_NOUNS and after[1] in _WEEKLY_ADJECTIVES:
        c.step(f"{c.surface} {' '.join(after)}: the weekly day off, no one day")
        raise NotADate
    usual = next((w for w in c.words_before(2) if w in _USUAL_TIME_WORDS), None)
    if usual is not None and not c.has("dp"):
        c.step(f"{usual} … {c.surface}: the usual weekday of a thing, no one day")
        raise NotADate


_NUMBER_WORDS: Final = frozenset(fold(w) for w in L.NUMBER_WORDS)
_A_NUMBER: Final = re.compile(r"[\d٠-٩۰-۹]")


def _numbered_weekday(c: Ctx) -> None:
    """numbered_weekday: a bare weekday right before a word of number (``NUMBER_WORDS``) and a number in
    digits («في الجمعة رقم 12 على التوالي») is the nth of a weekly series, a count, no one day (dates50)."""
    after = c.text_after(20).split()[:2]
    if len(after) == 2 and fold(after[0]) in _NUMBER_WORDS and _A_NUMBER.match(after[1]):
        c.step(f"{c.surface} {after[0]} {after[1]}: the nth of a weekly series, a count, no one day")
        raise NotADate


def _imperfect(word: str) -> bool:
    """Whether a folded word reads as an imperfect verb after a form of كان (its prefix ي / ت / ن and more
    than three letters: «يحكمون», «تنطلق», «نشكو»): a past habit (past_habit, the_past; dates27)."""
    return word[:1] in "يتن" and len(word) > 3


def _past_habit(c: Ctx, wd: int) -> None:
    """past_habit: a bare weekday right after a form of كان (a subject between them or not) and an imperfect
    verb (``PAST_HABIT_KANA``), or
    after them, a word of time and the noun of the Friday prayer (``FRIDAY_PRAYER_NOUNS``): «احتجاجاتهم
    التي كانت تنطلق بعد صلاة الجمعة», «كانوا يتظاهرون الجمعة» tell the Fridays of a habit, no one day
    (dates27, dates_real 714). «يوم الجمعة» and a part of the day are left to the rule."""
    if c.has("dp") or c.surface.startswith("يوم"):
        return
    words = c.words_before(5)
    if (wd == 4 and len(words) >= 2 and words[0] in _FRIDAY_PRAYER_NOUNS
            and words[1] in _PAST_HABIT_TIME_WORDS):
        words = words[2:]
    if len(words) >= 2 and _imperfect(words[0]) and (
            kana := next((w for w in words[1:3] if w in _PAST_HABIT_KANA), None)):
        c.step(f"{kana} … {words[0]} … {c.surface}: a past habit, no one day")
        raise NotADate


@rule("weekday", MentionKind.DATE, "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday})")
def weekday(c: Ctx) -> DateSpan:
    """يوم الثلاثاء, الثلاثاء: the most recent such weekday on or before the anchor; after a future cue
    (سيلتقي الثلاثاء, من المقرر أن تبدأ الخميس), as the end of what lasts (ويستمر حتى الاثنين), or as
    the start of what holds from then on (اعتباراً من الأربعاء; dates20), or as the first day of a month
    or a feast (الإثنين أول أيام عيد الفطر; dates23), the first such weekday on or after it; after a bare
    weekday of its sentence read ahead (… يوم الاثنين و31 درجة يوم الثلاثاء; dates23), the first on or
    after that day; before «الذي يليه», the first after the day told before (dates31); as the day a
    thing is put off to («تأجيل التصويت إلى يوم الجمعة»), on or after the anchor (dates35); with no cue, the
    day the text tells for the same weekday in another sentence (a headline's «الاثنين المقبل»; dates35)."""
    wd = c.weekday("wd")
    _the_two(c, wd)
    _eleven(c, wd)
    _past_habit(c, wd)
    _weekly_day(c)
    _numbered_weekday(c)
    _named_weekday(c)
    _friday_plural(c, wd)
    _weekday_of_a_month(c)
    a = c.anchor
    following = _weekday_following(c, wd)
    if following is not None:
        return DateSpan.day(following)
    ahead = _lasting_until(c) or _pause_ahead(c) or _starting_from(c) or _postponed_to(c)
    told = _weekday_of_date_told(c, wd) if not ahead else None
    if told is not None:
        return DateSpan.day(told)
    tense = 0 if ahead else _tense_or_first_day(c)
    after = _weekday_ahead_before(c) if not ahead and tense >= 0 else None
    if after is not None:
        d = after + dt.timedelta(days=(wd - after.weekday()) % 7)
        c.step(f"the first {WEEKDAY_EN[wd]} on or after {after.isoformat()} → {d.isoformat()}")
    elif ahead or tense > 0:
        feast = _occasion_week(c, wd) if not ahead else None
        if feast is not None:
            d = feast
        else:
            d = a + dt.timedelta(days=(wd - a.weekday()) % 7)
            c.step(f"the first {WEEKDAY_EN[wd]} on or after {a.isoformat()} → {d.isoformat()}")
    else:
        d = a - dt.timedelta(days=(a.weekday() - wd) % 7)
        told = _weekday_told_elsewhere(c, wd) if tense == 0 else None
        if told is not None and told != d:
            d = told
        else:
            c.step(f"the most recent {WEEKDAY_EN[wd]} on or before {a.isoformat()} → {d.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return DateSpan.day(d)


_SENTENCE_MARK: Final = re.compile(r"[.!?؟]")
_SENTENCE_END: Final = re.compile(r"[.!?؟\n]")  # a sentence's end or a line's


def _mark_since(c: Ctx, pos: int, mark: re.Pattern[str]) -> bool:
    """Is there a *mark* (one character of a class) between *pos* (an antecedent's end) and the match?
    ``mark.search(c.text_since(pos))``, read in the text itself: no copy of what lies between, and it
    stops at the first mark (an antecedent far back costs no more than one nearby; dates39)."""
    text, at, _ = c.whole_text()
    return mark.search(text, pos, at) is not None


def _weekday_of_date_told(c: Ctx, wd: int) -> dt.date | None:
    """weekday_of_date_told: «ملف 16/10/2017، ومن عناوينه: … يتوقع انتهاء عملية الرقة يوم الاثنين»,
    «الزمان: 25 مايو 2012، من ظهر الجمعة وحتى فجر السبت» — a bare weekday whose antecedent, the date told
    last before it in its sentence, is a day of that same weekday, is that day: the sentence tells its
    days, and the weekday names the day it has just dated, not the one nearest the anchor (Monday 16
    October 2017, not the 23rd a forecast read from the anchor gives; Friday 25 May 2012, not a Friday of
    July; dates38). A weekday told by its name before it is no such date (``_WEEKDAY_BY_NAME_RULES``: two
    of a sentence are set apart, dates35); nor is a weekday another cue reads ahead («حتى الاثنين»: the
    next). The day, or None."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return None
    value = ante.value
    if (value is None or not value.is_exact_day or value.start.weekday() != wd
            or ante.rule in _WEEKDAY_BY_NAME_RULES or _mark_since(c, ante.end, _SENTENCE_END)):
        return None
    c.step(f"the date told before it in its sentence, {ante.text!r}, is a {WEEKDAY_EN[wd]}: that day "
           f"→ {value.start.isoformat()}")
    return value.start


# Weekdays read by their name, with no day of the month («الخميس المقبل», «أمس الخميس», «الخميس»): one of
# them told before another of its sentence does not date it, two such are set apart (dates35;
# `_weekday_of_date_told`).
_WEEKDAY_BY_NAME_RULES: Final = frozenset((
    "weekday", "weekday_pair", "weekday_relative", "weekday_after_next", "weekday_this_week",
    "weekday_of_week", "relday_weekday", "weekday_relday", "relday_weekday_pair", "morrow_of_weekday",
    "discourse_weekday"))


_WEEKDAY_FORMS: Final = {fold(w): n for w, n in L.WEEKDAYS.items()}
# A weekday of the table as a word of the folded text, و / ف / ب before it or not.
_WEEKDAY_WORD: Final = re.compile(
    r"(?<![^\W\d_])[وفب]?(" + "|".join(sorted(map(re.escape, _WEEKDAY_FORMS), key=len, reverse=True))
    + r")(?![^\W\d_])")
# The same forms with no look-behind and no clitic before them (``_weekday_words``): every form begins with
# «ال», so the regex engine jumps from one «ال» to the next instead of trying the look-behind at every
# character of the text (a tenth of the time on an article).
_WEEKDAY_FORM: Final = re.compile(
    "(" + "|".join(sorted(map(re.escape, _WEEKDAY_FORMS), key=len, reverse=True)) + r")(?![^\W\d_])")
_LETTER: Final = re.compile(r"[^\W\d_]")
_RELDAY_BEFORE: Final = {**{fold(w): -1 for w in L.YESTERDAY}, **{fold(w): 1 for w in L.TOMORROW},
                         **{fold(w): 0 for w in L.TODAY}}
_MODIFIER_AFTER: Final = {fold(w): (1 if v == "future" else -1)
                          for w, v in L.MODIFIERS.items() if v in ("future", "past")}
_TOLD_STRIP: Final = "«»\"'“”().,،:؛;!?؟"


def _weekday_words(folded: str) -> Iterator[tuple[int, int, str]]:
    """The weekdays of *folded* as ``_WEEKDAY_WORD.finditer`` finds them: each one's start (its clitic
    و / ف / ب's, if any), end and form. A form found with a letter before it (or before its clitic) is
    passed over, as the look-behind passes it over; no weekday can begin inside one passed over (its
    letters stand before every place in it), so the two find the same (tests/test_dates_fastpath.py)."""
    letter = _LETTER.match
    for m in _WEEKDAY_FORM.finditer(folded):
        start = m.start()
        if start and folded[start - 1] in "وفب":
            start -= 1
        if start and letter(folded, start - 1):
            continue
        yield start, m.end(), m.group(1)


def _weekday_told_elsewhere(c: Ctx, wd: int) -> dt.date | None:
    """weekday_told_elsewhere: a bare weekday with no cue of its own names the day the text tells for the
    same weekday elsewhere: a headline's «… الاثنين المقبل» and the body's «وافق على فتح المعبر يوم
    الاثنين» are one Monday, as are a headline's «والإعلان عن مجلس مدني الأحد» and the body's «يعتزم … إعلان
    … يوم الأحد» (dates35). Told: a relative day right before the weekday (أمس / غدا / اليوم, quotation
    marks between them or not: «يوم غدا " الثلاثاء "»), a modifier right after it (المقبل, الماضي …) or a
    tense cue before it in its clause. None unless every telling gives one day; a weekday of the same
    name in the same sentence («قالت الوزارة الخميس إن الاجتماع يعقد الخميس المقبل»: two Thursdays set
    apart) makes it None too, and so does one with a number after it («الأحد 13 تشرين الأول», a date of its
    own) unless the number is that day's day of the month, Gregorian or Hijri by the table (`told_with_date`,
    dates54: «يوم الإثنين 29 من شوال 1443 هـ الموافق 2022/5/30م» beside «يوم الاثنين المقبل»). A
    day told ahead is not taken after a verb of saying in the weekday's clause or before the commas that
    set it off («وقال المندوب، الخميس، إن …», ``SAYING_VERBS``; a past cue before such commas likewise):
    the day of the saying, gone by, whatever a headline's «الخميس المقبل» tells (dates37)."""
    text, at, to = c.whole_text()
    found = _weekday_told_in(text, at, to, wd, c.anchor)
    if found is None:
        return None
    d, told = found
    if d > c.anchor and _said_before(c):
        return None
    c.step(f"weekday_told_elsewhere: the text tells the same {WEEKDAY_EN[wd]} («…{told}…») as "
           f"{d.isoformat()}")
    return d


def _weekday_told_plain(text: str, at: int, to: int, wd: int, a: dt.date) -> tuple[dt.date, str] | None:
    """The specification of ``_weekday_told_in`` (dates35, dates37): the day the text tells for the bare
    weekday *wd* at *at*..*to* elsewhere, and the words around the first telling, or None; the text
    folded and every weekday of the same name read again, for each bare weekday (dates39: kept for the
    property test that proves the two equal)."""
    folded = fold(text)
    days: set[dt.date] = set()
    numbers: list[int] = []
    told = ""
    for m in _WEEKDAY_WORD.finditer(folded):
        if _WEEKDAY_FORMS[m.group(1)] != wd:
            continue
        own = at <= m.start() and m.end() <= to
        if not own and not re.search(r"[.!?؟\n]", folded[min(m.end(), at):max(m.start(), to)]):
            return None  # the same sentence names the weekday twice: two days set apart, not one
        after = folded[m.end():m.end() + 24].lstrip(" ،,")
        if after[:1].isdigit():
            numbers.append(_leading_number(after))
            continue  # a date of its own: it tells no day here, it must agree with the day told
        clause = re.split(r"[.!?؟\n؛;،,:]", folded[max(0, m.start() - 100):m.start()])[-1]
        before = [w for w in (w.strip(_TOLD_STRIP) for w in clause.split()[::-1]) if w]
        rel = before[0] if before else ""
        rel = rel[1:] if rel[:1] in "وف" and rel[1:] in _RELDAY_BEFORE else rel
        nxt = after.split()[0].strip(_TOLD_STRIP) if after.split() else ""
        if rel in _RELDAY_BEFORE:
            day = a + dt.timedelta(days=_RELDAY_BEFORE[rel])
            if day.weekday() != wd:
                continue
        elif nxt in _MODIFIER_AFTER:
            step = (wd - a.weekday()) % 7 or 7
            day = a + dt.timedelta(days=step if _MODIFIER_AFTER[nxt] > 0 else step - 7)
        elif own:
            continue  # the weekday itself: no cue of its own (its tense was read)
        else:
            cue, _ = _cue_of_words(clause.split()[::-1][:_TENSE_WINDOW], _FUTURE_AFTER_S_WEEKDAY)
            if not cue:
                continue
            day = a + dt.timedelta(days=(wd - a.weekday()) % 7) if cue > 0 else (
                a - dt.timedelta(days=(a.weekday() - wd) % 7))
        days.add(day)
        told = told or text[max(0, m.start() - 12):m.end() + 12].replace("\n", " ").strip()
    if len(days) != 1:
        return None
    day = days.pop()
    if not _dated_tellings_agree(numbers, day):
        return None
    return day, told


def _leading_number(after: str) -> int:
    """The number a weekday's words begin with (its date's day): «13 تشرين الأول» → 13."""
    m = re.match(r"\d+", after)
    return int(m.group()) if m else -1


def _dated_tellings_agree(numbers: Sequence[int], day: dt.date) -> bool:
    """told_with_date: every weekday of the same name told with a number after it names *day*: the number
    is its Gregorian or its Hijri (Umm al-Qura) day of the month (dates54)."""
    if not numbers:
        return True
    try:
        hijri = cal.to_hijri(day)[2]
    except ValueError:
        hijri = -1
    return all(n in (day.day, hijri) for n in numbers)


class _Telling(NamedTuple):
    """One weekday of the folded text as ``_weekday_told_plain`` reads it, whatever the mention: where
    it stands, how it is told (``rel``: a relative day before it, *value* its offset; ``mod``: a
    modifier after it, *value* its direction; ``cue``: a tense cue in its clause, *value* its
    direction; ``none``: nothing) and the words around it."""

    start: int
    end: int
    kind: str
    value: int
    shown: str


class _WeekdayIndex(NamedTuple):
    """A text's weekdays of one name read once (``_weekday_index``): their tellings in the text's order,
    where they begin, the tellings by how they tell (``kind`` and ``value``), the numbers right after those
    that have one (a date of its own: it must name the day told) and the folded text."""

    tellings: list[_Telling]
    starts: list[int]
    kinds: dict[tuple[str, int], list[_Telling]]
    numbers: tuple[int, ...]
    folded: str


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """``fold(text)``, remembered for the last few texts (one fold a text for all its weekdays)."""
    return fold(text)


@lru_cache(maxsize=32)
def _weekday_index(text: str, wd: int) -> _WeekdayIndex:
    """*text*'s weekdays named *wd*, told or not, read once for all its bare weekdays of that name
    (dates39; the reading of each is ``_weekday_told_plain``'s)."""
    folded = _folded(text)
    tellings: list[_Telling] = []
    numbers: list[int] = []
    for start, end, form in _weekday_words(folded):
        if _WEEKDAY_FORMS[form] != wd:
            continue
        after = folded[end:end + 24].lstrip(" ،,")
        if after[:1].isdigit():
            numbers.append(_leading_number(after))
            tellings.append(_Telling(start, end, "date", 0, ""))
            continue
        clause = re.split(r"[.!?؟\n؛;،,:]", folded[max(0, start - 100):start])[-1]
        before = [w for w in (w.strip(_TOLD_STRIP) for w in clause.split()[::-1]) if w]
        rel = before[0] if before else ""
        rel = rel[1:] if rel[:1] in "وف" and rel[1:] in _RELDAY_BEFORE else rel
        nxt = after.split()[0].strip(_TOLD_STRIP) if after.split() else ""
        if rel in _RELDAY_BEFORE:
            kind, value = "rel", _RELDAY_BEFORE[rel]
        elif nxt in _MODIFIER_AFTER:
            kind, value = "mod", _MODIFIER_AFTER[nxt]
        else:
            value, _ = _cue_of_words(clause.split()[::-1][:_TENSE_WINDOW], _FUTURE_AFTER_S_WEEKDAY)
            kind = "cue" if value else "none"
        shown = text[max(0, start - 12):end + 12].replace("\n", " ").strip()
        tellings.append(_Telling(start, end, kind, value, shown))
    kinds: dict[tuple[str, int], list[_Telling]] = {}
    for t in tellings:
        if t.kind not in ("none", "date"):
            kinds.setdefault((t.kind, t.value), []).append(t)
    return _WeekdayIndex(tellings, [t.start for t in tellings], kinds, tuple(numbers), folded)


def _weekday_told_in(text: str, at: int, to: int, wd: int, a: dt.date) -> tuple[dt.date, str] | None:
    """``_weekday_told_plain``'s answer from the text's weekdays read once (``_weekday_index``): the
    weekdays of the same name in the same sentence are the nearest on each side (one farther off has
    more text between it and the mention), and the tellings give a handful of days, not one each."""
    index = _weekday_index(text, wd)
    tellings = index.tellings
    i = bisect_left(index.starts, at)
    j = i
    while j < len(tellings) and tellings[j].end <= to:
        j += 1  # the mention's own weekday
    for t in (tellings[i - 1] if i else None, tellings[j] if j < len(tellings) else None):
        if t is not None and _SENTENCE_END.search(index.folded, min(t.end, at), max(t.start, to)) is None:
            return None  # the same sentence names the weekday twice: two days set apart, not one
    days: set[dt.date] = set()
    first: _Telling | None = None
    for (kind, value), told in index.kinds.items():
        t = told[0]
        if kind == "rel":
            day = a + dt.timedelta(days=value)
            if day.weekday() != wd:
                continue
        elif kind == "mod":
            step = (wd - a.weekday()) % 7 or 7
            day = a + dt.timedelta(days=step if value > 0 else step - 7)
        else:  # a tense cue, not the mention's own weekday (its tense was read)
            other = next((t for t in told if not (at <= t.start and t.end <= to)), None)
            if other is None:
                continue
            t = other
            day = a + dt.timedelta(days=(wd - a.weekday()) % 7) if value > 0 else (
                a - dt.timedelta(days=(a.weekday() - wd) % 7))
        days.add(day)
        first = t if first is None or t.start < first.start else first
    if len(days) != 1 or first is None:
        return None
    day = days.pop()
    if not _dated_tellings_agree(index.numbers, day):
        return None
    return day, first.shown


_SAYING: Final = frozenset(fold(w) for w in L.SAYING_VERBS)


def _said_before(c: Ctx) -> bool:
    """said_before: a verb of saying (``SAYING_VERBS``, و / ف before it or not) among the words before a
    bare weekday in its clause, or before the commas that set it off, or a past cue there: the weekday is
    the day something was said, on or before the anchor (dates37)."""
    set_off = _words_before_set_off(c)
    for word in c.words_before(_TENSE_WINDOW) + set_off:
        if word in _SAYING or (word[:1] in "وف" and word[1:] in _SAYING):
            c.step(f"{word!r}: the weekday is the day of the saying, gone by, not a day told ahead")
            return True
    if set_off and _cue_of_words(set_off, _FUTURE_AFTER_S_WEEKDAY)[0] < 0:
        c.step("a past cue before the commas that set the weekday off: its day is gone by")
        return True
    return False


_FOLLOWING: Final = re.compile("(?:" + "|".join(L.FOLLOWING_WORDS) + r")(?![^\W\d_])")


def _weekday_following(c: Ctx, wd: int) -> dt.date | None:
    """weekday_following: «والعيد يوم الاثنين الذي يليه» — a bare weekday right before «الذي يليه / التي
    تليه» (``FOLLOWING_WORDS``) is the first such weekday after the day the text told before (after «يوم
    الأحد الحادي عشر من شهر سبتمبر 2016م»: Monday 12 September), never the one nearest the anchor (dates31,
    dates_real 1047, 1064). A feast told right before is the day the weekday names, and the weekday is
    the first on or after the feast's day by the table («ويكون أول أيام عيد الأضحى المبارك يوم الجمعة
    الذي يليه», after «يوم الخميس … الموافق 30 يوليو 2020»: Friday 31 July). Unresolved with no antecedent
    day; None when the words do not follow."""
    if _FOLLOWING.match(c.text_after(14)) is None:
        return None
    ante = c.antecedent()
    value = ante.value
    if value is None or not value.is_exact_day:
        raise NeedsAntecedent
    if ante.rule in _FEAST_RULES:  # «ويكون أول أيام عيد الأضحى يوم الجمعة الذي يليه»: the feast's own day
        d = value.start + dt.timedelta(days=(wd - value.start.weekday()) % 7)
        c.step(f"the feast {ante.text!r} ({value.start.isoformat()} by the table) is the day the weekday "
               f"names: the first {WEEKDAY_EN[wd]} on or after it → {d.isoformat()}")
        return d
    d = value.start + dt.timedelta(days=(wd - value.start.weekday()) % 7 or 7)
    c.step(f"«الذي يليه»: the first {WEEKDAY_EN[wd]} after {ante.text!r} ({value.start.isoformat()}) "
           f"→ {d.isoformat()}")
    return d


# A feast's mentions: before «الذي يليه» the feast is what the weekday dates, not the day it follows.
_FEAST_RULES: Final = frozenset(("holiday", "nth_day_of_feast"))


# Diacritics, tatweel and the marks that may stand between the weekday and «أول أيام» («الخميس، أول أيام»).
_MARKS_AFTER: Final = str.maketrans("", "", "\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"
                                    + "،,()«»\"'")
# The farthest (in characters) a bare weekday read ahead may stand before the next one of its sentence
# for the next one to follow it (`_weekday_ahead_before`).
_WEEKDAY_LIST_REACH: Final = 60


def _weekday_ahead_before(c: Ctx) -> dt.date | None:
    """weekday_after_weekday_ahead: «من المتوقع أن تبلغ الحرارة 28 درجة يوم الاثنين و31 درجة يوم الثلاثاء،
    قبل أن تصل إلى ذروتها يوم الأربعاء» — a bare weekday with no cue of its own, whose antecedent is a bare
    weekday of the same sentence (at most ``_WEEKDAY_LIST_REACH`` characters before it) read after the
    anchor, goes on from that day: the days of a list follow each other (dates23, dates_real 477). The
    antecedent's day, or None."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return None
    value, anchor = ante.value, c.anchor
    if (ante.rule != "weekday" or value is None or not value.is_exact_day or value.start <= anchor
            or c.whole_text()[1] - ante.end > _WEEKDAY_LIST_REACH or _mark_since(c, ante.end, _SENTENCE_END)):
        return None
    c.step(f"the bare weekday {ante.text!r} before it in its sentence lies ahead ({value.start.isoformat()})")
    return value.start


_FIRST_DAY_WORDS: Final = frozenset((fold(a), fold(b)) for a, b in L.FIRST_DAY_WORDS)
_FIRST_DAY_OCCASIONS: Final = frozenset(fold(w) for w in L.FIRST_DAY_OCCASIONS)
_FIRST_DAY_SINGLE: Final = frozenset(fold(w) for w in L.FIRST_DAY_SINGLE_WORDS)


def _tense_or_first_day(c: Ctx) -> int:
    """The tense of a bare weekday (`_tense`), or +1 when no cue points back and «أول أيام / أول يوم» and a
    month or a feast follow it (`_first_day_of_occasion`), or when there is no cue at all and a verb of a
    scheduled event stands before it (`_scheduled`, dates29)."""
    tense = _tense(c, _FUTURE_AFTER_S_WEEKDAY)
    if (tense == 0 or (tense < 0 and _cue_beyond_that(c))) and _first_day_of_occasion(c):
        return 1
    if tense == 0 and _scheduled(c):
        return 1
    return tense


def _words_before_set_off(c: Ctx) -> list[str]:
    """The words (folded, the nearest first, at most ``_TENSE_WINDOW``) of the clause before a match that
    commas set off on both sides («…، الأحد، …»), or [] when it is not set off so."""
    before = c.text_before(160).rstrip()
    if not before.endswith(("،", ",")) or c.text_after(2)[:1] not in ("،", ","):
        return []
    clause = re.split(r"[.!?؟\n؛;،,:]", before[:-1])[-1]
    return [fold(w) for w in clause.split()][::-1][:_TENSE_WINDOW]


_SCHEDULED: Final = frozenset(fold(w) for w in L.SCHEDULED_EVENT_VERBS)
_SCHEDULED_NEGATORS: Final = frozenset(fold(w) for w in L.SCHEDULED_VERB_NEGATORS)


def _scheduled(c: Ctx) -> bool:
    """scheduled: the imperfect of a verb of holding, convening or travelling (``SCHEDULED_EVENT_VERBS``,
    و / ف before it or not) among the words before a bare weekday in its clause, «لم» or «كان» not right
    before it: «جلسة رسمية تُعقد صباح يوم الاثنين» is set for the Monday ahead (dates29, dates_real 838). A
    weekday set off by commas («يتوجه سلطان عمان هيثم بن طارق، الأحد، إلى الرياض») is its clause's: the
    words before the first comma are read."""
    words = c.words_before(_TENSE_WINDOW) or _words_before_set_off(c)
    for k, word in enumerate(words):
        verb = word[1:] if word[:1] in "وف" and word[1:] in _SCHEDULED else word
        if verb in _SCHEDULED:
            if k + 1 < len(words) and words[k + 1] in _SCHEDULED_NEGATORS:
                return False
            c.step(f"tense: {word!r}, the present of a scheduled event, points forward")
            return True
    return False


_THAT: Final = frozenset(fold(w) for w in L.THAT_WORDS)


def _cue_beyond_that(c: Ctx) -> bool:
    """cue_beyond_that: does «أن / بأن» stand between the weekday and the past cue before it («أعلنت
    الوزارة أن الخميس أول أيام شهر رمضان»)? The verb of saying governs the clause «أن» opens, not the day
    announced in it (dates24; asked only of a weekday before the first day of a month or a feast)."""
    for written in c.written_before(_TENSE_WINDOW):
        word = fold(written)
        if word in _THAT:
            c.step(f"{written!r} opens the clause of what was said: the cue before it is the saying's")
            return True
        if _cue_or_after_conjunction(word, _FUTURE_AFTER_S_WEEKDAY, written):
            return False
    return False


def _occasion_after(c: Ctx) -> list[str] | None:
    """The words (folded) after a bare weekday from «أول أيام» / «غرة» / «فاتح» on, when a month or a feast
    follows them (`_first_day_of_occasion`); None otherwise."""
    after = re.split(r"[.!?؟\n]", c.text_after(44), maxsplit=1)[0]
    words = [fold(w) for w in after.translate(_MARKS_AFTER).split()[:5]]
    if words[:1] in (["هو"], ["هي"]):
        words = words[1:]
    size = 1 if words[:1] and words[0] in _FIRST_DAY_SINGLE else 2
    if len(words) < size + 1 or (size == 2 and (words[0], words[1]) not in _FIRST_DAY_WORDS):
        return None
    rest = words[size + 1:] if words[size] == "من" and len(words) > size + 1 else words[size:]
    if rest[0] not in _FIRST_DAY_OCCASIONS:
        return None
    return words[:size] + rest


def _first_day_of_occasion(c: Ctx) -> bool:
    """first_day_of_occasion: «تعلن الإثنين أول أيام عيد الفطر», «ويكون يوم الخميس أول أيام شهر رمضان» —
    the weekday is the first day of a month or a feast (``FIRST_DAY_WORDS``, then ``FIRST_DAY_OCCASIONS``
    or a Hijri month's name, «من» between them or not), announced ahead (dates23). «هو / هي» may stand
    between them: «وأن الأحد هو أول أيام عيد الفطر» (dates25). «غرة» or «فاتح» may stand for «أول أيام»
    (``FIRST_DAY_SINGLE_WORDS``): «لجنة الأهلة: الأربعاء فاتح شهر محرم» (dates31)."""
    words = _occasion_after(c)
    if words is None:
        return False
    size = 1 if words[0] in _FIRST_DAY_SINGLE else 2
    c.step(f"first day of: {' '.join(words[:size + 1])!r} after the weekday points forward")
    return True


_FEAST_FIRST_DAYS: Final = {fold(w): hday for w, hday in L.FEAST_FIRST_DAYS.items()}
_HIJRI_MONTH_WORDS: Final = {fold(w): m for w, m in L.HIJRI_MONTHS.items()}


def _occasion_week(c: Ctx, wd: int) -> dt.date | None:
    """occasion_week: a bare weekday that is the first day of a named feast or Hijri month («والجمعة أول
    أيام عيد الأضحى», «ويوم الاثنين هو أول أيام عيد الأضحى», «الخميس غرة شهر رمضان»): the feast's or the
    month's first day by the Umm al-Qura table nearest the anchor fixes the week, the weekday the day —
    the such weekday nearest the table's day, at most three days from it (a country's sighting moves the
    day by one or two, never by a week). The first such weekday after the anchor is a week off when the
    announcement comes more than a week ahead (dates33). None when no named feast or Hijri month follows
    («أول أيام العيد», «أول أيام الشهر»), outside the table, or when that weekday lies before the anchor
    (an announcement looks ahead)."""
    words = _occasion_after(c)
    if words is None:
        return None
    size = 1 if words[0] in _FIRST_DAY_SINGLE else 2
    named = words[size:size + 3]
    if named[:1] in (["شهر"], ["الشهر"]):
        named = named[1:]
    hday = _FEAST_FIRST_DAYS.get(" ".join(named[:2])) or (
        (_HIJRI_MONTH_WORDS[named[0]], 1) if named and named[0] in _HIJRI_MONTH_WORDS else None)
    if hday is None:
        return None
    a = c.anchor
    try:
        ay = cal.to_hijri(a)[0]
        days = [cal.hijri_day(y, *hday).start for y in (ay - 1, ay, ay + 1)]
    except ImpossibleDate:
        return None
    table = min(days, key=lambda d: (abs((d - a).days), d > a))
    d = table + dt.timedelta(days=(wd - table.weekday() + 3) % 7 - 3)
    if d < a:  # announced ahead: a week of the table's before the anchor is no such week
        return None
    c.step(f"{' '.join(named[:2])!r} by the table nearest {a.isoformat()}: {table.isoformat()}; the "
           f"{WEEKDAY_EN[wd]} of its week → {d.isoformat()}")
    return d


# The highest day a month has: a weekday with a greater count names no day of a month.
_MAX_MONTH_DAY: Final = 31


_SERIES: Final = tuple(fold(w) for w in L.SERIES_OF_WEEKDAYS)


def _nth_alone(c: Ctx, after: str) -> bool:
    """series_nth_alone: «للجمعة الـ 22،»: a weekday with ل and a number with «الـ», and then a comma,
    a full stop or the end of the text, no month: «for the 22nd Friday», a count (dates25)."""
    words = c.surface.split()
    return (len(words) > 1 and words[0].startswith(("ل", "ول", "فل")) and words[1].startswith("ال")
            and (not after or after[0] in "،,.؛;"))


@rule("weekday_count_in_a_row", MentionKind.VAGUE,
      "{day_word}?(?P<wd>{weekday})(?P<o>{ord}|{small}|{big}|{other_num})")
def weekday_count_in_a_row(c: Ctx) -> None:
    """للجمعة الـ 19 على التوالي, للجمعة الثالثة على التوالي: the nth such weekday of something that
    comes back every week (a march each Friday), a count, not a calendar day: neither the latest Friday
    nor "Friday the 19th". Only before «على التوالي», or (dates20) with a number no month has as a day
    (للجمعة الـ47 منذ انطلاق الحراك); the day it falls on is told by other words."""
    after = fold(c.text_after(24))
    series = next((w for w in (_IN_A_ROW, *_SERIES) if after.startswith(w)), None)
    if series is None and _nth_alone(c, after):
        series = "الـ N alone"
    if series is None and c.number("o") <= _MAX_MONTH_DAY:
        raise NotADate
    n = c.number("o")
    c.detail = f"{WEEKDAY_EN[c.weekday('wd')]} number {n} in a row"
    why = series if n <= _MAX_MONTH_DAY else f"{n} > {_MAX_MONTH_DAY}, no day of a month"
    c.step(f"{c.word('wd')} {c.word('o')} ({why}): the {n}th {WEEKDAY_EN[c.weekday('wd')]} of a "
           "series, a count, not a calendar day")
    return None


# ==================================================================================================
# The nth weekday, day or week of a month.
# ==================================================================================================
def _period_month(c: Ctx) -> tuple[int, int]:
    """(year, month) of a PERIOD group: a named month, a month by number, or a relative month."""
    if c.has("month"):
        month = c.month()
    elif c.has("mnum") or c.has("mord"):
        month = c.number("mnum" if c.has("mnum") else "mord")
        if c.has("mnum") and c.tok("mnum").sym == Sym.CARD and month == 1:  # شهر واحد: "one month"
            raise NotADate
        if not 1 <= month <= 12:
            raise NotADate
    else:
        shift = c.direction("rmod")
        d = cal.shift_months(c.anchor.replace(day=1), shift)
        c.step(f"the month {d.year}-{d.month:02d} ({shift:+d} from the anchor's month)")
        return d.year, d.month
    return _resolve_month_year(c, month), month


def _nth(c: Ctx) -> int:
    """1, 2, 3 … for first / second / third; -1 for last."""
    for name in ("q", "o", "last"):
        if c.has(name):
            t = c.tok(name)
            if t.sym == Sym.LAST:
                return -1
            if t.sym == Sym.FIRST:
                return 1
            return c.number(name)
    raise NotADate


@rule("nth_weekday_of_month", MentionKind.DATE,
      "(?:(?P<q>{first}|{last}|{ordi}){day_word}?(?P<wd>{weekday_indef}|{weekday}|{card})"
      "|(?P<wd2>{weekday})(?P<o>{ord}|{last})){PERIOD}")
def nth_weekday_of_month(c: Ctx) -> DateSpan:
    """أول ثلاثاء من تشرين الأول, الثلاثاء الثالث من أيلول 2014, آخر اثنين من الشهر القادم."""
    if c.has("wd2"):
        c.groups["wd"] = c.groups["wd2"]
        if c.tok("o").sym == Sym.LAST:
            c.groups["last"] = c.groups.pop("o")
    wd_tok = c.tok("wd")
    if wd_tok.sym == Sym.CARD:  # اثنين: Monday when it stands where a weekday must
        if wd_tok.value != 2:
            raise NotADate
        wd = 0
    else:
        wd = c.weekday("wd")
    n = _nth(c)
    if n > 5:  # الثلاثاء التاسع عشر: "Tuesday the 19th", a day of the month
        raise NotADate
    y, month = _period_month(c)
    first = dt.date(y, month, 1)
    if n > 0:
        d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if d.month != month:
            raise ImpossibleDate(f"{y}-{month:02d} has no {n}th {WEEKDAY_EN[wd]}")
    else:
        last = cal.month_span(y, month).end
        d = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    c.step(f"{'the last' if n < 0 else f'weekday no. {n}:'} {WEEKDAY_EN[wd]} of {y}-{month:02d} → {d}")
    return DateSpan.day(d)


@rule("nth_day_of_month", MentionKind.DATE,
      "(?:{today}(?P<o>{ord}|{last})|(?P<q>{ordi}|{first}|{last}){day_word}){PERIOD}")
def nth_day_of_month(c: Ctx) -> DateSpan:
    """اليوم الثالث من أكتوبر, ثالث يوم من شهر عشرة, آخر يوم بشهر عشرة سنة 2015."""
    if c.has("o") and c.tok("o").sym == Sym.LAST:
        c.groups["last"] = c.groups.pop("o")
    n = _nth(c)
    y, month = _period_month(c)
    span = cal.month_span(y, month)
    day = span.end.day if n < 0 else n
    c.step(f"day {day} of {y}-{month:02d}")
    return cal.day_span(y, month, day)


@rule("week_of_month", MentionKind.DATE,
      "(?:{the_week}(?P<o>{ord}|{last})|(?P<q>{ordi}|{first}|{last}){week_word}){PERIOD}")
def week_of_month(c: Ctx) -> DateSpan:
    """الأسبوع الأول من آذار 2021, الأسبوع الأخير من شهر أيار, أول أسبوع من شهر تشرين الأول, الأسبوع
    الأخير من الشهر الماضي: weeks of a month counted from its first day (days 1–7, 8–14, 15–21, 22–28,
    29–end), not ISO weeks; the last week is the month's last seven days."""
    if c.has("o") and c.tok("o").sym == Sym.LAST:
        c.groups["last"] = c.groups.pop("o")
    n = _nth(c)
    if n > 5:
        raise NotADate
    y, month = _period_month(c)
    whole = cal.month_span(y, month)
    if n < 0:
        start, end = whole.end - dt.timedelta(days=6), whole.end
        c.step(f"the last week of {y}-{month:02d}: its last seven days → {start}..{end}")
    else:
        first = 1 + 7 * (n - 1)
        if first > whole.end.day:
            raise ImpossibleDate(f"{y}-{month:02d} has no week no. {n}")
        start = dt.date(y, month, first)
        end = min(start + dt.timedelta(days=6), whole.end)
        c.step(f"week no. {n} of {y}-{month:02d}, counted from day 1 → {start}..{end}")
    return DateSpan(start, end, Granularity.PART_OF_MONTH, None, f"{start.isoformat()}/{end.isoformat()}")


# ==================================================================================================
# Months: with a year, relative, after شهر or a preposition, alone, by number.
# ==================================================================================================
@rule("month_day_year", MentionKind.DATE,
      "(?:{day_word}?(?P<wd>{weekday}){comma}?)?(?P<month>{MNAME})(?P<day>{small}|{big})"
      "(?:{comma}|(?P<suf>{filler}))?(?P<year>{year})")
def month_day_year(c: Ctx) -> DateSpan:
    """يونيو 14, 2020, أيار 3، 2021: a byline in English order, the month, the day, the year. An English
    month's day may carry its ordinal suffix («August 15th, 2023»; dates32)."""
    if c.has("suf"):
        _english_ordinal_suffix(c)
    span = cal.day_span(_greg_year(c), c.month(), c.number("day"))
    c.step(f"month, day, year (English order) → {span.start.isoformat()}")
    if c.has("wd"):
        _check_weekday(c, span)
    return span


#: An English ordinal day's suffix, glued to its digits, then a comma or spaces: «15th, », «22nd ».
_ENGLISH_ORDINAL_SUFFIX: Final = re.compile(r"(?:st|nd|rd|th)[\s,]*")


def _english_ordinal_suffix(c: Ctx) -> None:
    """The words between a day and an English month's name (either way round) are the day's ordinal
    suffix glued to it («15th», «1st»), and the month is written in English: else no date."""
    if (not c.written("month").isascii() or c.tok("suf").start != c.tok("day").end
            or not _ENGLISH_ORDINAL_SUFFIX.fullmatch(c.written("suf"))):
        raise NotADate
    c.step("an English ordinal day: its suffix is no word")


@rule("english_day_month_year", MentionKind.DATE,
      "(?P<day>{small}|{big})(?:{comma}|(?P<suf>{filler}))(?P<month>{MNAME})(?P<year>{year})")
def english_day_month_year(c: Ctx) -> DateSpan:
    """15th, August 2023, Wednesday 30, January 2013, 22nd August 2023: a byline's day in English, its
    ordinal suffix or a comma between it and the month's English name (dates32). Only an English month:
    «3، يناير» is a list's end and a month."""
    if c.has("suf"):
        _english_ordinal_suffix(c)
    elif not c.written("month").isascii():
        raise NotADate
    span = cal.day_span(_greg_year(c), c.month(), c.number("day"))
    c.stated.update(day=span.start.day, month=span.start.month, year=span.start.year)
    c.step(f"an English byline's day, month and year → {span.start.isoformat()}")
    return span


@rule("year_month", MentionKind.DATE, "(?P<year>{year})(?P<month>{MNAME})")
def year_month(c: Ctx) -> DateSpan:
    """2019آذار: a year glued to the month after it (the words run together in the text), that month."""
    if c.tok("year").end != c.tok("month").start:
        raise NotADate
    span = cal.month_span(_greg_year(c), c.month())
    c.step(f"a year glued to a month → {span.timex}")
    return span


@rule("month_year", MentionKind.DATE, "{month_word}?(?P<month>{MNAME}){YEARTAIL}")
def month_year(c: Ctx) -> DateSpan:
    """آذار 2021, شهر آب 2020, تشرين الأول/أكتوبر 2019. Not a make of vehicles and its model's year
    after a vehicle's noun («سيارة نيسان 2015», «بيك آب 2015»; `_vehicle_make`)."""
    _vehicle_make(c)
    month = c.month()
    y = _greg_year(c)
    c.step(f"month {month} of {y}")
    return cal.month_span(y, month)


_VEHICLE_MAKES: Final = frozenset(fold(w) for w in L.VEHICLE_MAKE_MONTHS)
_VEHICLE_NOUNS: Final = frozenset(fold(w) for w in L.VEHICLE_NOUNS_BEFORE_MAKE)


def _vehicle_make(c: Ctx) -> None:
    """vehicle_make: a month's name that is also a make of vehicles (``VEHICLE_MAKE_MONTHS``) right after a
    vehicle's noun (``VEHICLE_NOUNS_BEFORE_MAKE``): «سيارة نيسان 2015», «بيك آب 2015» name a vehicle and its
    model's year, no month (dates55)."""
    if fold(c.written("month")).strip() not in _VEHICLE_MAKES:
        return
    before = c.words_before(1)
    if before and before[0].strip("«»\"()") in _VEHICLE_NOUNS:
        c.step(f"{before[0]!r} before {c.written('month').strip()!r}: a vehicle's make, no month")
        raise NotADate


@rule("month_epithet_year", MentionKind.DATE, "{month_word}?(?P<month>{MNAME})(?P<ep>{filler}){YEARTAIL}")
def month_epithet_year(c: Ctx) -> DateSpan:
    """يونيو الحارة عام 2014, تموز الدامي 2012: a month, a word of its weather or mood
    (``MONTH_EPITHETS``), then a year: that month of that year, one mention (dates38, dates_real 857),
    never the month nearest the anchor and the year apart. Another word there leaves them apart."""
    if fold(c.written("ep")).strip() not in _MONTH_EPITHETS:
        raise NotADate
    c.step(f"{c.written('ep').strip()!r}: the month's epithet, before its year")
    return month_year(c)


_MONTH_EPITHETS: Final = frozenset(fold(w) for w in L.MONTH_EPITHETS)


@rule("month_relative", MentionKind.DATE,
      "{month_word}?(?P<month>{MNAME})(?:{RELYEAR}|{MOD}|(?P<mthis>{this}))")
def month_relative(c: Ctx) -> DateSpan:
    """شهر آب الماضي, كانون الثاني الماضي, تموز المقبل, آذار من العام الماضي, شهر أيار هذا."""
    month = c.month()
    if c.has("mthis"):
        c.step(f"{cal.MONTH_NAMES_EN[month]} هذا: in the anchor's year {c.anchor.year}")
        return cal.month_span(c.anchor.year, month)
    return cal.month_span(_resolve_month_year(c, month), month)


@rule("month_named", MentionKind.DATE,
      "(?:{month_word}(?P<month>{MNAME})|(?<=[{in_}{since}{to}{from_}{before}{after}{approx}])"
      "(?P<m2>{month}(?:{slash}{ANYMONTH}|{lparen}{ANYMONTH}{rparen})?)"
      "|(?<=[{in_}{since}{to}])(?P<m3>{MNAME}))")
def month_named(c: Ctx) -> DateSpan:
    """شهر آب, في أيار, منذ آذار: the occurrence nearest the anchor (ties to the past)."""
    name = "month" if c.has("month") else ("m2" if c.has("m2") else "m3")
    month = c.month(name)
    return cal.month_span(_month_by_tense(c, month), month)


@rule("month_alone", MentionKind.DATE,
      "(?<![^{brk}{comma}{lparen}{colon}])(?P<month>{month}(?:{slash}{ANYMONTH}|{lparen}{ANYMONTH}{rparen})?)"
      "(?![^{brk}{comma}{rparen}])")
def month_alone(c: Ctx) -> DateSpan:
    """نيسان on its own (a line, a cell, a bracket): the occurrence nearest the anchor. Inside a
    sentence a month name needs a preposition, شهر, a day or a year: سيارة نيسان is a car."""
    month = c.month()
    return cal.month_span(_month_by_tense(c, month), month)


@rule("month_ordinal", MentionKind.DATE,
      "{the_month}(?P<mord>{ord})(?:{YEARTAIL}|{from_}(?:(?P<ythis>{this}){the_year}"
      "|{the_year}(?P<ymod>{past}|{future}|{current})))")
def month_ordinal(c: Ctx) -> DateSpan:
    """الشهر الحادي عشر من العام 2015, الشهر الأول من العام الماضي: a month of the calendar by its
    ordinal, only with its year (absolute or relative); «للشهر الثالث على التوالي» and «الشهر الأول
    للحرب» are counts, no month of the calendar."""
    month = c.number("mord")
    if not 1 <= month <= 12:
        raise NotADate
    c.step(f"{c.word('mord')}: month {month} of the calendar")
    return cal.month_span(_resolve_month_year(c, month), month)


@rule("month_number", MentionKind.DATE, "(?<!{for_}){month_word}(?P<mnum>{small})(?:{YEARTAIL})?")
def month_number(c: Ctx) -> DateSpan:
    """شهر 3, شهر 10 2014: a month by its number."""
    month = c.number("mnum")
    y = _resolve_month_year(c, month)
    return cal.month_span(y, month)


# ==================================================================================================
# A day and a month: with a year or without, غرة, of a relative month; an impossible day.
# ==================================================================================================
@rule("impossible_day", MentionKind.DATE,
      "(?P<day>{other_num}){OF}(?:(?P<month>{MNAME})|(?P<hmonth>{hmonth}))(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def impossible_day(c: Ctx) -> DateSpan:
    """32 آذار 2021, 0 شباط: a number that can never be a day (0, 32–99) written as the day of a month.
    An impossible date, reported as invalid with its reason, not a month whose day was dropped."""
    day = c.number("day")
    if not (day == 0 or 32 <= day <= 99):
        raise NotADate  # 2.5 آذار, 150 آذار: a quantity, not a day
    if c.has("hmonth"):
        name = cal.HIJRI_MONTHS_EN[c.number("hmonth")]
    else:
        month = c.month()
        name = cal.MONTH_NAMES_EN[month]
        if c.has("year") and day and not _is_hijri_era(c):
            cal.day_span(c.number("year"), month, day)  # raises
    raise ImpossibleDate(f"{name} has no day 0" if day == 0 else f"{name} never has {day} days")


@rule("day_month_year", MentionKind.DATE,
      "{ghurra}?(?P<day>{DAY}){OF}(?P<month>{MNAME}){YEARTAIL}(?P<time>{time})?")
def day_month_year(c: Ctx) -> DateSpan | None:
    """22 من تشرين الأول 2019, 17 آذار 2021. Not after a noun of a place, whose name they are, year and
    all («بملعب 20 أوت 1955», Skikda's stadium; dates30): a name, kept whole so that «أوت 1955» is not
    read as a month."""
    try:
        _place_named_by_date(c)
    except NotADate:
        c.vague("the name of a place")
        return None
    span = cal.day_span(_greg_year(c), c.month(), c.number("day"))
    c.stated.update(day=span.start.day, month=span.start.month, year=span.start.year)
    if c.has("time"):
        c.detail = f"time: {c.text('time')}"
    c.step(f"explicit date {span.start.isoformat()}")
    return span


@rule("ghurra_month", MentionKind.DATE,
      "{ghurra}{from_}?{month_word}?(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def ghurra_month(c: Ctx) -> DateSpan:
    """غرة آذار, الفاتح من نوفمبر 1954: the first day of a Gregorian month («من» between them or not;
    dates50)."""
    c.step("غرة: the first day of the month")
    return _dm(c, 1, c.month())


def _month_glossed(c: Ctx, month: dt.date) -> None:
    """month_glossed: the name in brackets after «الشهر» («من الشهر (أكتوبر/تشرين الأول) المقبل») is the
    month the modifier gives, told again: one date (dates52, dates_real 1375). A name of another month
    is no gloss: the words are read apart, as `day_month_restated`'s two months that differ."""
    if c.has("gloss"):
        if c.month("gloss") != month.month:
            raise NotADate
        c.step(f"month_glossed: «{c.written('gloss')}» names that month again")


@rule("day_of_relative_month", MentionKind.DATE,
      "(?P<day>{DAY}){DAYRELMONTH}")
def day_of_relative_month(c: Ctx) -> DateSpan:
    """15 من الشهر الجاري, الخامس من الشهر الماضي, التاسع عشر من هذا الشهر, في 18 الجاري, في 31 الشهر: that
    day of the month the words name, «الجاري» or «الشهر» alone the anchor's (dates21). A weekday before it
    is read by ``weekday_day_of_relative_month``."""
    shift = c.direction("mod")
    d = cal.shift_months(c.anchor.replace(day=1), shift)
    c.step(f"the month {d.year}-{d.month:02d} ({shift:+d} from the anchor's month)")
    _month_glossed(c, d)
    span = cal.day_span(d.year, d.month, c.number("day"))
    if c.has("wd"):
        _check_weekday(c, span)
    return span


@rule("day_month_restated", MentionKind.DATE,
      "(?P<day>{DAY}){OF}(?P<month>{MNAME}){comma}?{from_}"
      "(?:(?P<this>{this}){the_month}|{the_month}(?P<rmod>{past}|{future}|{current}))")
def day_month_restated(c: Ctx) -> DateSpan:
    """27 نوفمبر، من الشهر الماضي: a day and a month's name, and the same month told again relative to
    the anchor's: one date, in the year that relative month gives (an article of 8 December 2024:
    2024-11-27). When the two months differ, each is read alone."""
    d = cal.shift_months(c.anchor.replace(day=1), c.direction("rmod"))
    if d.month != c.month():
        raise NotADate
    c.step(f"{cal.MONTH_NAMES_EN[d.month]} told again as the month {d.year}-{d.month:02d}")
    return cal.day_span(d.year, d.month, c.number("day"))


@rule("day_month", MentionKind.DATE, "(?P<day>{DAY}){OF}(?P<month>{MNAME})(?:{RELYEAR}|{MOD})?")
def day_month(c: Ctx) -> DateSpan | None:
    """17 كانون الأول, 21 من كانون الثاني الماضي, 17 آذار من العام الماضي, الأول من شباط. Not after a noun
    of a place or a body, whose name the day and the month are: «مدينة 6 أكتوبر», «ملعب 5 جويلية»."""
    if _place_named_by_date(c):
        return None
    return _dm(c, c.number("day"), c.month())


# ==================================================================================================
# Parts of periods: early / mid / late parts of months, weeks and years, their first and last days or
# months, halves and quarters.
# ==================================================================================================
def _first_or_last(c: Ctx, unit: str) -> Mod:
    if c.text("u") != unit:
        raise NotADate
    if c.tok("part").sym == Sym.LAST:
        return Mod.LATE
    if c.number("part") == 1:
        return Mod.EARLY
    raise NotADate


@rule("months_of_year", MentionKind.DATE,
      "(?P<u>{plural_def})(?P<part>{last}|{ord}){from_}"
      "(?:(?:{year_word}|{the_year})?(?P<year>{year})|(?P<ythis>{this}){the_year}"
      "|{the_year}(?P<ymod>{past}|{future}|{current})?)(?!{hijri_mark})")
def months_of_year(c: Ctx) -> DateSpan:
    """الأشهر الأخيرة من العام الماضي, الأشهر الأولى من 2020: the first / last months of a year, its
    early / late part (Jan–Apr / Sep–Dec)."""
    part = _first_or_last(c, "month")
    y = c.number("year") if c.has("year") else _year_or_anchor(c)
    c.step(f"the {part.value} months of {y}: its {part.value} part")
    return cal.part_of_year(y, part)


@rule("days_of_month", MentionKind.DATE,
      "(?P<u>{plural_def})(?P<part>{last}|{ord}){from_}"
      "(?:(?P<this>{this}){the_month}|{the_month}(?P<rmod>{past}|{future}|{current})?"
      "|{month_word}?(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?)")
def days_of_month(c: Ctx) -> DateSpan:
    """الأيام الأخيرة من الشهر الماضي, الأيام الأولى من آذار 2021: the first / last days of a month,
    its early / late part (days 1–10 / 21–end)."""
    part = _first_or_last(c, "day")
    if c.has("month"):
        month = c.month()
        y = _resolve_month_year(c, month)
    else:
        d = cal.shift_months(c.anchor.replace(day=1), c.direction("rmod"))
        y, month = d.year, d.month
    c.step(f"the {part.value} days of {y}-{month:02d}: its {part.value} part")
    return cal.part_of_month(y, month, part)


def _edge(c: Ctx, name: str) -> int:
    """1 for the first (أول, الأول, الأوائل), -1 for the last (آخر, الأخير, الأواخر); any other ordinal
    is no edge of a period (اليوم الثالث من عام 2020 is left to the other rules)."""
    t = c.tok(name)
    if t.sym == Sym.LAST:
        return -1
    if t.sym == Sym.FIRST or (t.sym == Sym.ORD and t.value == 1):
        return 1
    raise NotADate


def _n_units(c: Ctx, whole: DateSpan, unit: str, n: int, edge: int, what: str) -> DateSpan:
    """The first (edge 1) or last (edge -1) *n* days, weeks or months of *whole* (a month or a year),
    counted from its first or its last day; more than the period holds is an impossible date."""
    if n < 1:
        raise NotADate
    if unit == "month":
        if whole.granularity != Granularity.YEAR:
            raise NotADate  # الأشهر الثلاثة الأولى من آذار
        if n > 12:
            raise ImpossibleDate(f"a year has 12 months, not {n}")
        y = whole.start.year
        m1, m2 = (1, n) if edge > 0 else (13 - n, 12)
        start, end = dt.date(y, m1, 1), cal.month_span(y, m2).end
    else:
        days = n * (7 if unit == "week" else 1)
        length = (whole.end - whole.start).days + 1
        if days > length:
            raise ImpossibleDate(f"{what} has {length} days, fewer than {n} {unit}(s)")
        if edge > 0:
            start, end = whole.start, whole.start + dt.timedelta(days=days - 1)
        else:
            start, end = whole.end - dt.timedelta(days=days - 1), whole.end
    c.step(f"the {'first' if edge > 0 else 'last'} {n} {unit}(s) of {what} → {start}..{end}")
    of_year = whole.granularity == Granularity.YEAR
    granularity = Granularity.PART_OF_YEAR if of_year else Granularity.PART_OF_MONTH
    return DateSpan(start, end, granularity, None, f"{start.isoformat()}/{end.isoformat()}")


def _edge_day(c: Ctx, whole: DateSpan, edge: int, what: str) -> DateSpan:
    d = whole.start if edge > 0 else whole.end
    c.step(f"the {'first' if edge > 0 else 'last'} day of {what} → {d}")
    return DateSpan.day(d)


def _counted(c: Ctx) -> tuple[int, str]:
    """The count and the unit of «الأيام العشرة», «الأسابيع الثلاثة», «العشر» (days, with no unit)."""
    if c.has("u"):
        return c.number("n"), c.text("u")
    return c.number("n2"), "day"


# «الأيام العشرة الأولى»: a unit in the plural and a count; in a Hijri month also the count alone
# («العشر الأواخر من رمضان»: days)
_COUNTED = "(?P<u>{plural_def})(?P<n>{card}|{small}|{big})(?P<part>{last}|{first}|{ord}){from_}"
_COUNTED_H = ("(?:(?P<u>{plural_def})(?P<n>{card}|{small}|{big})|(?P<n2>{card}))"
              "(?P<part>{last}|{first}|{ord}){from_}")
_YEAR_OF = ("(?:{from_}|{in_})?(?:(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?"
            "|(?P<ythis>{this}){the_year}|{the_year}(?P<ymod>{past}|{future}|{current}))")
_HMONTH = "{month_word}?(?P<hmonth>{hmonth})(?:{MOD}|{HYEARTAIL}|{RELYEAR})?"


@rule("counted_days_of_month", MentionKind.DATE, _COUNTED + "(?:{PERIOD}|{the_month})")
def counted_days_of_month(c: Ctx) -> DateSpan:
    """الأيام الثلاثة الأخيرة من الشهر, الأيام الخمسة الأولى من آذار 2020, الأسابيع الثلاثة الأولى من أيار:
    the first or last N days (or weeks, seven days each) of a month, counted from its first or last day."""
    n, unit = _counted(c)
    if unit not in ("day", "week"):
        raise NotADate
    edge = _edge(c, "part")
    y, month = _period_month(c)
    return _n_units(c, cal.month_span(y, month), unit, n, edge, f"{y}-{month:02d}")


@rule("counted_days_of_hijri_month", MentionKind.DATE, _COUNTED_H + _HMONTH)
def counted_days_of_hijri_month(c: Ctx) -> DateSpan:
    """الأيام العشرة الأولى من رمضان, العشر الأواخر من رمضان, العشر الأوائل من ذي الحجة: the first or
    last N days of a Hijri month (Umm al-Qura)."""
    n, unit = _counted(c)
    if unit not in ("day", "week"):
        raise NotADate
    edge = _edge(c, "part")
    whole = hijri_month(c)
    what = f"{cal.HIJRI_MONTHS_EN[c.number('hmonth')]} ({whole.start}..{whole.end})"
    return _n_units(c, whole, unit, n, edge, what)


# «الستة أشهر الأولى من هذا العام»: the count before the unit, the unit without its article (dates16);
# the count in digits too, «خلال 5 أشهر الأولى من 2014», «الـ 6 أشهر الأولى من العام الجاري» (dates17)
_COUNTED_Y = ("(?:(?P<u>{plural_def})(?P<n>{card}|{small}|{big})|(?P<n3>{card}|{small})(?P<u3>{plural}))"
              "(?P<part>{last}|{first}|{ord}){from_}")


@rule("counted_units_of_year", MentionKind.DATE,
      _COUNTED_Y + "(?:(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?|(?P<ythis>{this}){the_year}"
      "|{the_year}(?P<ymod>{past}|{future}|{current})?(?:(?P<hera>{hijri_mark})(?P<hmod>{past}|{future}|{current})?)?)")
def counted_units_of_year(c: Ctx) -> DateSpan:
    """الأشهر الستة الأولى من العام الجاري, الأشهر الثلاثة الأخيرة من 2020, الأسابيع الثلاثة الأولى من عام
    2020, الأيام العشرة الأخيرة من العام الماضي, الستة أشهر الأولى من هذا العام (the count first): the
    first or last N months, weeks or days of a year (a bare العام is the anchor's, as in الأشهر الأولى من
    العام); العام الهجري or هـ: of the Hijri year."""
    n, unit = (c.number("n"), c.text("u")) if c.has("u") else (c.number("n3"), c.text("u3"))
    if unit not in ("day", "week", "month"):
        raise NotADate
    edge = _edge(c, "part")
    if _is_hijri_era(c) or c.has("hera"):  # العام الهجري (المقبل), عام 1442 هـ: the Hijri year
        if c.has("year"):
            y = c.number("year")
        else:
            y = cal.to_hijri(c.anchor)[0] + c.direction("hmod" if c.has("hmod") else "ymod")
        whole = cal.hijri_year_span(y)
        c.step(f"the Hijri year {y} AH: {whole.start}..{whole.end}")
        if unit != "month":
            return _n_units(c, whole, unit, n, edge, f"{y} AH")
        if not 1 <= n <= 12:
            raise ImpossibleDate(f"a year has 12 months, not {n}")
        m1, m2 = (1, n) if edge > 0 else (13 - n, 12)
        start, end = cal.hijri_month_span(y, m1).start, cal.hijri_month_span(y, m2).end
        c.step(f"the {'first' if edge > 0 else 'last'} {n} month(s) of {y} AH → {start}..{end}")
        return DateSpan(start, end, Granularity.PART_OF_YEAR, None, f"{start.isoformat()}/{end.isoformat()}")
    y = c.number("year") if c.has("year") else _year_or_anchor(c)
    return _n_units(c, cal.year_span(y), unit, n, edge, str(y))


@rule("edge_day_of_year", MentionKind.DATE,
      "(?:{today}(?P<o>{last}|{ord})|(?P<q>{first}|{last})(?:{day_word}|(?P<u>{plural})))" + _YEAR_OF)
def edge_day_of_year(c: Ctx) -> DateSpan:
    """آخر يوم من العام الماضي, اليوم الأخير من عام 2020, أول أيام العام الجاري: the first or last day of
    a year named by its number (with هـ, the Hijri year's) or relative to the anchor. «اليوم الأول من
    العام» (no number, no modifier) stays a count of days."""
    if c.has("u") and c.text("u") != "day":
        raise NotADate
    edge = _edge(c, "o" if c.has("o") else "q")
    y = _given_year(c)
    if _is_hijri_era(c):  # اليوم الأخير من عام 1442 هـ: the Hijri year's
        return _edge_day(c, cal.hijri_year_span(y), edge, f"{y} AH")
    return _edge_day(c, cal.year_span(y), edge, str(y))


@rule("edge_day_of_month", MentionKind.DATE, "(?P<q>{first}|{last})(?P<u>{plural}){PERIOD}")
def edge_day_of_month(c: Ctx) -> DateSpan:
    """أول أيام آذار, آخر أيام الشهر الماضي: the first or last of the days of a month is its first or
    last day (آخر يوم من … is nth_day_of_month)."""
    if c.text("u") != "day":
        raise NotADate
    edge = _edge(c, "q")
    y, month = _period_month(c)
    return _edge_day(c, cal.month_span(y, month), edge, f"{y}-{month:02d}")


@rule("edge_day_of_hijri_month", MentionKind.DATE,
      "(?:{today}(?P<o>{last})|(?P<q>{first}|{last})(?:{day_word}|(?P<u>{plural}))){OF}" + _HMONTH)
def edge_day_of_hijri_month(c: Ctx) -> DateSpan | None:
    """أول أيام رمضان, آخر يوم من رمضان, اليوم الأخير من شهر رمضان 1442: the first or last day of a Hijri
    month (Umm al-Qura: the 29th or the 30th). «اليوم الأول من رمضان» is nth_day_of_hijri_month. The first
    day without its year right after a weekday («أعلنت أن الخميس أول أيام شهر رمضان») or equated with a day
    by the words after it is a sighting: vague, the day the text names read instead (dates24)."""
    if c.has("u") and c.text("u") != "day":
        raise NotADate
    if c.has("q") and c.tok("q").sym == Sym.FIRST and not _has_year(c):
        named = _first_day_named_before(c)
        if named is not None:
            return DateSpan.day(named)
        before = c.words_before(1)
        if (before and before[0] in _WEEKDAY_NAMES) or _sighted(c):
            c.step("the month's first day is the day the text names (a sighting)")
            c.vague("sighting")
            return None
    edge = _edge(c, "o" if c.has("o") else "q")
    whole = hijri_month(c)
    return _edge_day(c, whole, edge, cal.HIJRI_MONTHS_EN[c.number("hmonth")])


def _first_day_named_before(c: Ctx) -> dt.date | None:
    """first_day_named_before: «أن يوم بعد غد الخميس هو أول أيام شهر رمضان», «غدا الخميس أوّل أيام شهر
    رمضان» — the first day of a Hijri month without its year right after the day the text names (a day told
    right before it, a sighting word (``SIGHTING_WORDS``) or a comma between them or nothing) is that day:
    the month begins on the day the country sighted its crescent, which the text gives (Thursday 17 May 2018
    in Yemen, the Umm al-Qura table's Wednesday 16; dates38). The named day, or None."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return None
    value = ante.value
    if value is None or not value.is_exact_day:
        return None
    between = fold(c.text_since(ante.end)).replace("،", " ").replace(",", " ").split()
    if len(between) > 1 or (between and between[0] not in _SIGHTING):
        return None
    c.step(f"{ante.text!r} is the month's first day the text names (a sighting) → {value.start.isoformat()}")
    return value.start


_PART_MOD: Final = {"early": Mod.EARLY, "mid": Mod.MID, "late": Mod.LATE}


def _part(c: Ctx, name: str = "part") -> Mod:
    t = c.tok(name)
    if t.sym == Sym.FIRST:
        return Mod.EARLY
    if t.sym == Sym.LAST:
        return Mod.LATE
    return _PART_MOD[str(t.value)]


_PARTS = "(?P<part>{part}|{first}|{last})(?:{from_})?"


@rule("part_of_month", MentionKind.DATE,
      _PARTS + "{month_word}?(?P<month>{MNAME})(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def part_of_month(c: Ctx) -> DateSpan:
    """أواخر شهر تشرين الثاني الفائت, مطلع آذار 2020: days 1–10, 11–20 or 21–end."""
    month = c.month()
    part = _part(c)
    y = _resolve_month_year(c, month)
    span = cal.part_of_month(y, month, part)
    c.step(f"{c.word('part')}: the {part.value} part of {y}-{month:02d} → days "
           f"{span.start.day}–{span.end.day}")
    return span


@rule("half_of_month", MentionKind.DATE,
      "(?P<which>{half})(?P<o>{ord}|{last})(?:{from_})?{month_word}?(?P<month>{MNAME})"
      "(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def half_of_month(c: Ctx) -> DateSpan:
    """النصف الثاني من نوفمبر, النصف الأول من شهر آذار 2020: days 1–15 or 16 to the month's last day
    (dates25), never «the second of November» the words after النصف would give alone."""
    n = 2 if c.tok("o").sym == Sym.LAST else c.number("o")
    if n not in (1, 2):
        raise NotADate
    month = c.month()
    y = _resolve_month_year(c, month)
    span = cal.half_of_month(y, month, n)
    c.step(f"half {n} of {y}-{month:02d} → days {span.start.day}–{span.end.day}")
    return span


@rule("part_of_hijri_month", MentionKind.DATE,
      _PARTS + "{month_word}?(?P<hmonth>{hmonth})"
      "(?:{MOD}|{comma}?{year_word}?(?P<year>{year}){ERA}?|{RELYEAR})?")
def part_of_hijri_month(c: Ctx) -> DateSpan | None:
    """أواخر رمضان, منتصف شعبان 1442. «أول» before the month without its year, equated by the next words
    with a day the text names («أول شهر رمضان سيكون هذا الأربعاء»), is the month's first day, a sighting:
    vague, the day named read instead (`_sighted`; dates24). With a relative year after the month
    («أواخر رمضان من العام الماضي»), the part of the month that begins in that year (`hijri_relative_year`,
    dates54), as «رمضان من العام الماضي» is that year's month: never the nearest month and the year apart."""
    if fold(c.word("part")) in _FIRST_OF and _sighted(c):
        c.vague("sighting")
        return None
    month = c.number("hmonth")
    part = _part(c)
    try:
        if c.has("ythis") or c.has("ymod"):
            raise _GregorianYear(_rel_year(c))
        y = _hijri_year(c, month, None)
    except _GregorianYear as g:
        whole = _hijri_in_gregorian_year(c, month, g.year, None)
        hy, _, _ = cal.to_hijri(whole.start)
        y = hy if cal.to_hijri(whole.start)[1] == month else hy + 1
    span = cal.hijri_month_span(y, month, part)
    c.step(f"{c.word('part')}: the {part.value} part of {cal.HIJRI_MONTHS_EN[month]} {y} AH")
    return span


@rule("part_of_relative_month", MentionKind.DATE,
      _PARTS + "(?:(?P<this>{this}){the_month}|{the_month}(?P<mod>{past}|{future}|{current})?)")
def part_of_relative_month(c: Ctx) -> DateSpan:
    """بداية الشهر الماضي, نهاية الشهر, مطلع هذا الشهر."""
    shift = c.direction("mod")
    d = cal.shift_months(c.anchor.replace(day=1), shift)
    part = _part(c)
    c.step(f"the month {d.year}-{d.month:02d} ({shift:+d} from the anchor's month), {part.value} part")
    return cal.part_of_month(d.year, d.month, part)


@rule("part_of_week", MentionKind.DATE,
      _PARTS + "(?:(?P<this>{this}){the_week}"
      "|{the_week}(?P<twice>{before})?(?P<mod>{past}|{future}|{current})?)")
def part_of_week(c: Ctx) -> DateSpan:
    """نهاية الأسبوع الماضي, مطلع الأسبوع الجاري, منتصف الأسبوع المقبل, أواخر الأسبوع: a part of an ISO
    week: Monday–Tuesday, Wednesday–Thursday or Friday–Sunday (the weekend, Friday–Saturday in Syria
    and Saturday–Sunday elsewhere, is in the last part)."""
    shift = c.direction("mod")
    if c.has("twice"):  # الأسبوع قبل الماضي
        if shift >= 0:
            raise NotADate
        shift = -2
    week = cal.week_span(c.anchor + dt.timedelta(weeks=shift))
    part = _part(c)
    span = cal.part_of_week(week, part)
    c.step(f"the ISO week {week.timex} ({shift:+d} from the anchor's week), {part.value} part → "
           f"{span.start.isoformat()}..{span.end.isoformat()}")
    return span


@rule("part_of_month_number", MentionKind.DATE, _PARTS + "{month_word}(?P<mnum>{small})(?:{YEARTAIL})?")
def part_of_month_number(c: Ctx) -> DateSpan:
    """بداية شهر 3."""
    month = c.number("mnum")
    y = _resolve_month_year(c, month)
    return cal.part_of_month(y, month, _part(c))


@rule("part_of_year", MentionKind.DATE,
      _PARTS + "(?:(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?"
      "|(?P<ythis>{this}){the_year}|{the_year}(?P<ymod>{past}|{future}|{current})?(?!{hijri_mark}))")
def part_of_year(c: Ctx) -> DateSpan:
    """منتصف 2014, مطلع العام الجاري, نهاية العام الماضي: Jan–Apr, May–Aug or Sep–Dec."""
    part = _part(c)
    if c.has("year"):
        y = c.number("year")
        if _is_hijri_era(c):
            whole = cal.hijri_year_span(y)
            third = (whole.end - whole.start).days // 3
            i = {Mod.EARLY: 0, Mod.MID: 1, Mod.LATE: 2}[part]
            start = whole.start + dt.timedelta(days=i * third)
            end = whole.end if i == 2 else start + dt.timedelta(days=third - 1)
            c.step(f"the {part.value} third of {y} AH")
            return DateSpan(start, end, Granularity.PART_OF_YEAR, part, f"{start}/{end}")
    else:
        y = _year_or_anchor(c)
    c.step(f"{c.word('part')}: the {part.value} part of {y}")
    return cal.part_of_year(y, part)


_QUARTER_NEEDS_YEAR: Final = frozenset(fold(w) for w in L.QUARTER_NEEDS_YEAR)


@rule("half_or_quarter", MentionKind.DATE,
      "(?P<which>{half}|{quarter})(?P<o>{ord}|{last})(?:{from_})?(?:(?:{year_word}|{the_year})?(?P<year>{year})"
      "|(?P<ythis>{this}){the_year}|{the_year}(?P<ymod>{past}|{future}|{current})?)")
def half_or_quarter(c: Ctx) -> DateSpan:
    """النصف الأول من 2014, الربع الثالث من العام الماضي, الربع الأخير من 2020 (the fourth). «الفصل»
    (quarter_word_fasl, dates30) only with an ordinal and a year in digits: «الفصل الثاني من سنة 2022»; «الفصل
    السابع من الميثاق», «الفصل الثاني من العام الدراسي» are a chapter and a semester."""
    if fold(c.word("which")) in _QUARTER_NEEDS_YEAR and (not c.has("year") or c.tok("o").sym is Sym.LAST):
        raise NotADate
    last = 2 if c.tok("which").sym == Sym.HALF else 4  # الأخير: the last half or quarter
    n = last if c.tok("o").sym == Sym.LAST else c.number("o")
    if c.has("year"):
        y = c.number("year")
    elif c.has("ythis") or c.has("ymod"):
        y = _rel_year(c)
    else:
        y = c.anchor.year
    if c.tok("which").sym == Sym.HALF:
        if n not in (1, 2):
            raise NotADate
        c.step(f"half {n} of {y}")
        return cal.half_span(y, n)
    if not 1 <= n <= 4:
        raise NotADate
    c.step(f"quarter {n} of {y}")
    return cal.quarter_span(y, n)


# ==================================================================================================
# Seasons.
# ==================================================================================================
def _season_nearest(code: str, anchor: dt.date, future_ties: bool) -> DateSpan:
    spans = [cal.season_span(y, code) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    for s in spans:
        if anchor in s:
            return s

    def dist(s: DateSpan) -> tuple[int, bool]:
        d = (s.start - anchor).days if s.start > anchor else (anchor - s.end).days
        return (d, (s.start > anchor) != future_ties)

    return min(spans, key=dist)


@rule("season", MentionKind.DATE,
      "(?:(?P<this>{this})(?P<s1>{season})|(?P<season>{season})(?:{comma}?(?:{year_word}|{the_year})?"
      "(?P<year>{year})|(?P<mod>{past}|{future}|{current})|{RELYEAR}))")
def season(c: Ctx) -> DateSpan:
    """صيف 2017, الشتاء الماضي, هذا الصيف: meteorological seasons (winter starts in December)."""
    code = c.text("season" if c.has("season") else "s1")
    if c.has("year"):
        y = c.number("year")
        c.step(f"season {code} of {y}")
        return cal.season_span(y, code)
    if c.has("ythis") or c.has("ymod"):
        y = _rel_year(c)
        c.step(f"season {code} of {y}")
        return cal.season_span(y, code)
    a = c.anchor
    shift = c.direction("mod")
    if shift:
        spans = [cal.season_span(y, code) for y in range(a.year - 2, a.year + 3)]
        current = next((s for s in spans if a in s), None)
        if shift < 0:
            limit = current.start if current else a
            span = max(s for s in spans if s.end < limit)
        else:
            limit = current.end if current else a
            span = min(s for s in spans if s.start > limit)
        c.step(f"the {code} season {'before' if shift < 0 else 'after'} the anchor's → {span.timex}")
        return span
    span = _season_nearest(code, a, future_ties=True)
    c.step(f"this {code} season relative to {a.isoformat()} → {span.timex}")
    return span


@rule("season_context", MentionKind.DATE, "(?<=[{in_}{since}])(?P<season>{season})")
def season_context(c: Ctx) -> DateSpan:
    """في الصيف: the nearest such season (ties to the past)."""
    span = _season_nearest(c.text("season"), c.anchor, future_ties=False)
    c.step(f"season nearest to {c.anchor.isoformat()} → {span.timex}")
    return span


# ==================================================================================================
# Years.
# ==================================================================================================
def _year(c: Ctx) -> DateSpan:
    y = c.number("year")
    if _is_hijri_era(c):
        c.step(f"Hijri year {y} (Umm al-Qura)")
        return cal.hijri_year_span(y)
    c.step(f"the year {y}")
    return cal.year_span(y)


@rule("year_with_word", MentionKind.DATE, "(?:{year_word}|{the_year})(?P<year>{year}){ERA}?")
def year_with_word(c: Ctx) -> DateSpan:
    """عام 2014, العام 2015, سنة 1442 هـ. Not on a copyright line («جميع الحقوق محفوظة لعام 2024»), nor
    before a counted noun («القطاع العام 2967 ليرة»: the public sector's price; dates28)."""
    _in_copyright(c)
    _counted_noun(c)
    return _year(c)


@rule("hijri_year_named", MentionKind.DATE, "(?:{year_word}|{the_year})(?P<era>{hijri_mark})(?P<year>{year})")
def hijri_year_named(c: Ctx) -> DateSpan:
    """للعام الهجري 1446, العام الهجري 1445, سنة هجرية 1440: the Hijri year, its mark between the word
    for a year and the number (dates24)."""
    return _year(c)


@rule("year_with_era", MentionKind.DATE, "(?P<year>{year}){ERA}")
def year_with_era(c: Ctx) -> DateSpan:
    """1442 هـ, 2017م. Not a number of metres after a noun of length or area («تبلغ مساحته «1800م»»;
    `_measured`), nor the year of a reference number («رقم (175/2011م)»; `_reference_number`)."""
    _measured(c)
    _reference_number(c)
    return _year(c)


_MEASURE_NOUNS: Final = frozenset(fold(w) for w in L.MEASURE_NOUNS)
_REFERENCE_WORDS: Final = "|".join(re.escape(w) for w in L.REFERENCE_NUMBER_WORDS)
_REFERENCE_BEFORE: Final = re.compile(rf"(?:^|\s)(?:{_REFERENCE_WORDS})\s*[(«\"]?\s*\d+\s*/\s*$")
_REFERENCE_RIGHT_BEFORE: Final = re.compile(rf"(?:^|\s)(?:{_REFERENCE_WORDS})\s*[(«\"]?\s*$")


def _measured(c: Ctx) -> None:
    """measured: a number with «م» after a noun of ``MEASURE_NOUNS`` among the three words before it in
    its clause is metres: «تبلغ مساحته «1800م»», «بطول 2000م». No year (dates23)."""
    if not c.surface.rstrip().endswith("م"):
        return
    for word in c.words_before(3):
        if word.strip("«»\"()") in _MEASURE_NOUNS:
            c.step(f"{word!r} before the number: «م» is metres, no year")
            raise NotADate


def _reference_number(c: Ctx) -> None:
    """reference_number: «قرار المجلس رقم (175/2011م)» — a number and a slash before the year, after a word
    of ``REFERENCE_NUMBER_WORDS``: the year is part of a reference's number, no date (dates23); so is a
    number and a year after the word itself: «ملف رقم 12/2019» (dates55)."""
    if _REFERENCE_BEFORE.search(c.text_before(24)) or _REFERENCE_RIGHT_BEFORE.search(c.text_before(12)):
        c.step("a reference number (رقم N/…) before the year: part of the number, no date")
        raise NotADate


_COUNTED_NOUNS: Final = frozenset(fold(w) for w in L.COUNTED_NOUNS_AFTER_NUMBER)


def _counted_noun(c: Ctx) -> None:
    """counted_noun: does a noun of ``COUNTED_NOUNS_AFTER_NUMBER`` follow the number right after the match
    («حتى 2000 ليرة», «في 2015 غارة»)? Then the number counts it: a price or a toll, no year."""
    words = fold(c.text_after(16)).split()
    if words and words[0].rstrip("،,.»\")") in _COUNTED_NOUNS:
        c.step(f"{words[0]!r} after the number: it counts, it is no year")
        raise NotADate


@rule("year_three_digits", MentionKind.DATE, "(?<=[{in_}])(?P<the>{the_year})(?P<year>{other_num})")
def year_three_digits(c: Ctx) -> DateSpan:
    """في العام 722: «في» and the word for a year with its article, then a number of three digits (100 to
    999), no era mark: that year of the first millennium, as a history tells it (dates52, dates_real
    1364). Only so: «عام 32», «سنة 44» (no article, no «في») are left, and a counted noun after the number
    («في العام 300 قتيل») makes it a count."""
    y = c.number("year")
    if len(c.written("year")) != 3 or not 100 <= y <= 999:
        raise NotADate
    _counted_noun(c)
    c.step(f"the year {y}, three digits after «في» and the year's word")
    return cal.year_span(y)


@rule("year_context", MentionKind.DATE, "(?<=[{in_}{since}{to}{before}{after}])(?P<year>{year})")
def year_context(c: Ctx) -> DateSpan:
    """في 2015, منذ 2015, حتى 2020 (1900–2100). A bare four-digit number is not a year, nor is
    one after من, إلى or نحو ("أكثر من 2000 مقاتل", "إلى 2000", "نحو 2000"), nor one a counted noun
    follows ("حتى 2000 ليرة", "في 2015 غارة"): those are counts."""
    y = c.number("year")
    before = c.before("year")
    if not 1900 <= y <= 2100 or (before is not None and before.word == "الي"):  # ارتفع إلى 2000: a count
        raise NotADate
    _counted_noun(c)
    return _year(c)


def _named_by_date_the(word: str, names: frozenset[str] = _NAMED_BY_DATE) -> bool:
    """The noun of an event with its article before a year («منذ اندلاع الأزمة 2011», «بعد الثورة 2011»;
    و / ف / ب / ل before it or not; dates25): the year the event is known by, as without the article."""
    for head in ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل"):
        if word.startswith(head) and len(word) > len(head) + 2:
            return word[len(head):] in names
    return False


_NAMED_BY_YEAR: Final = _NAMED_BY_DATE | frozenset(fold(w) for w in L.NAMED_BY_YEAR_NOUNS)
_NAMED_BY_YEAR_PHRASES: Final = frozenset((fold(a), fold(b)) for a, b in L.NAMED_BY_YEAR_PHRASES)
_YEAR_DEADLINE_WORDS: Final = frozenset(fold(w) for w in L.YEAR_DEADLINE_WORDS)


def _year_named_or_due(before: list[str]) -> str | None:
    """year_by_deadline / year_of_named_act: «بحلول 2025» (by that year), «قانون المالية 2026» (a yearly act
    known by its year): why the bare number is a year, or None (dates32)."""
    if before[0] in _YEAR_DEADLINE_WORDS:
        return "a word of «by» a time right before: that year"
    if len(before) >= 2 and (before[0], before[1]) in _NAMED_BY_YEAR_PHRASES:
        return "a yearly act known by its year right before: that year"
    return None


@rule("year_of_named_event", MentionKind.DATE, "(?P<year>{year})(?!{ERA}|{ANYMONTH})")
def year_of_named_event(c: Ctx) -> DateSpan:
    """منذ ثورة 2011, انتفاضة 2019, مجزرة 2013, اتفاق 2018: a bare four-digit number (1900–2100) right after
    a noun of an event (``NAMED_BY_DATE_NOUNS``, و / ف / ب / ل before it or not) is the year the event is
    known by (dates24). Not before a counted noun («هجوم 2000 مقاتل» is no year)."""
    y = c.number("year")
    before = c.words_before(2)
    if not 1900 <= y <= 2100 or not before:
        raise NotADate
    why = _year_named_or_due(before)
    named = (_named_by_date(before[0], _NAMED_BY_YEAR) or _named_by_date_the(before[0], _NAMED_BY_YEAR)
             or _event_adjective(before) or _year_word_adjective(before))
    if why is None and not named:
        raise NotADate
    _counted_noun(c)
    c.step(f"{' '.join(before[::-1])!r} right before: " + (why or "the year the event is known by"))
    return _year(c)


_YEAR_WORDS_BEFORE_ADJECTIVE: Final = frozenset(fold(w) for w in L.YEAR_WORDS_BEFORE_ADJECTIVE)
_NOT_YEAR_ADJECTIVES: Final = frozenset(fold(w) for w in L.NOT_YEAR_ADJECTIVES)


def _is_relation_adjective(word: str) -> bool:
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _year_word_adjective(before: list[str]) -> bool:
    """year_word_adjective: «للسنة المالية 2015», «السنة القضائية 2018»: the word for a year with its
    article and one adjective of relation, then the number: that year (dates30)."""
    return (len(before) >= 2 and _is_relation_adjective(before[0]) and before[0] not in _NOT_YEAR_ADJECTIVES
            and before[1] in _YEAR_WORDS_BEFORE_ADJECTIVE)


def _event_adjective(before: list[str]) -> bool:
    """«الأزمة السورية 2011», «الثورة الشعبية 2011», «الاتفاق النووي 2015»: the noun of an event with its
    article and one adjective of relation (ال + a word ending in ي / ية) between it and the year (dates26)."""
    if len(before) < 2:
        return False
    adj = before[0]
    return (adj.startswith("ال") and len(adj) > 4 and adj.endswith(("ي", "يه"))
            and _named_by_date_the(before[1], _NAMED_BY_YEAR))


# ==================================================================================================
# Decades: منذ عقد, العقد الماضي, ثمانينيات القرن الماضي, لمدة عقد. A decade is ten calendar years
# (2010–2019), granularity year, TIMEX3 decade value "201".
# ==================================================================================================
def _decade_span(first_year: int) -> DateSpan:
    return DateSpan(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), Granularity.YEAR, None,
                    str(first_year // 10))


def _decade_count(c: Ctx) -> int:
    """1 for عقد, 2 for عقدين, N for N عقود; NotADate for a plural without its number (منذ عقود).
    The word alone (group dec1, no number before it) is read as group dec."""
    if c.has("dec1"):
        c.groups["dec"] = c.groups["dec1"]
    n = c.number("n" if c.has("n") else "dec")
    if not 0 < n <= 20:
        raise NotADate
    return n


def _word_follows(c: Ctx) -> bool:
    """A word the lexicon does not know right after the match: قبل عقد الاجتماع is "before the
    meeting is held" (عقد, a verbal noun), not "a decade ago"."""
    nxt = c.end + 1
    if nxt >= len(c.tokens):
        return False
    t, last = c.tokens[nxt], c.tokens[c.end]
    return t.sym == Sym.FILLER and t.start > last.end


_DECADE_FROM_NOW: Final = tuple(fold(w) for w in L.DECADE_FROM_NOW_WORDS)


def _decade_from_event(c: Ctx) -> bool:
    """decade_from_event: «قبل / بعد» + decades and then «من» and a word other than الآن / الزمن: the
    decade is counted from an event the text names, or is the length of a stretch («بعد نحو عقد من قطع
    تونس علاقاتها», «بعد عقد من الخلاف»), not from the publication date (dates25)."""
    words = fold(c.text_after(30)).split()
    if len(words) < 2 or words[0] != "من" or words[1] in _DECADE_FROM_NOW:
        return False
    c.step(f"من {words[1]} after the decades: counted from an event or a stretch, not from the anchor")
    return True


@rule("offset_decades", MentionKind.DATE,
      "(?P<rel>{since}|{before}|{after})(?P<approx>{approx})?(?:(?P<n>{small}|{card})(?P<dec>{decades})"
      "|(?P<dec1>{decade}|{decades}))")
def offset_decades(c: Ctx) -> DateSpan | None:
    """منذ عقد, قبل عقدين, منذ ثلاثة عقود, بعد عقد: the year N × 10 years before or after the anchor, as
    offset_from_anchor reads منذ عشر سنوات; «بعد عقد» told in the past is no date (`_after_in_the_past`)."""
    n = _decade_count(c)
    if _word_follows(c):
        raise NotADate
    if c.tok("rel").sym != Sym.SINCE and _decade_from_event(c):
        raise NotADate
    if _after_in_the_past(c):
        c.vague("a stretch after a past event")
        return None
    sign = 1 if c.tok("rel").sym == Sym.AFTER else -1
    a = c.anchor
    y = a.year + sign * 10 * n
    s = cal.year_span(y)
    c.step(f"{c.word('rel')} {n} decade(s): {a.year} {sign * 10 * n:+d} years → {y}")
    return DateSpan(s.start, s.end, s.granularity, Mod.APPROXIMATE if c.has("approx") else None, s.timex)


@rule("relative_decade", MentionKind.DATE, "{the_decade}(?P<mod>{past}|{future}|{current})")
def relative_decade(c: Ctx) -> DateSpan:
    """العقد الماضي, العقد الحالي, العقد المقبل: the previous / current / next calendar decade
    (2010–2019, 2020–2029 ... for an anchor in 2021), TIMEX3 decade value 201, 202 ..."""
    if c.tok("mod").word in ("السابق", "السابقه"):  # العقد السابق: the previous contract, as often
        raise NotADate
    shift = c.direction("mod")
    a = c.anchor
    first = (a.year // 10 + shift) * 10
    c.step(f"decade {shift:+d} from the anchor's ({a.year // 10 * 10}s) → {first}–{first + 9}")
    return _decade_span(first)


@rule("decade_of_century", MentionKind.DATE,
      "(?:(?<=[{in_}{since}{to}{from_}])(?P<dn>{decade_name})(?!{the_century})"
      "|(?P<dn2>{decade_name}){the_century}(?:(?P<cmod>{past}|{current})|(?P<cent>{ord})))")
def decade_of_century(c: Ctx) -> DateSpan:
    """ثمانينيات القرن الماضي, تسعينيات القرن العشرين, في الثمانينيات: that decade of the century
    named; alone (after في, منذ, حتى, من), the most recent such decade that began by the anchor's year."""
    if c.has("dn2"):
        c.groups["dn"] = c.groups["dn2"]
    d = c.number("dn")
    if c.has("cent"):
        cent = c.number("cent")
        if not 15 <= cent <= 21:
            raise NotADate
        first = (cent - 1) * 100 + d * 10
        c.step(f"the {d * 10}s of century {cent} → {first}–{first + 9}")
        return _decade_span(first)
    a = c.anchor
    if c.has("cmod"):
        base = (a.year // 100 + c.direction("cmod")) * 100
        first = base + d * 10
        c.step(f"the {d * 10}s of the century {base}–{base + 99} (from the anchor {a.year}) → "
               f"{first}–{first + 9}")
        return _decade_span(first)
    _decade_of_age(c)
    first = a.year // 100 * 100 + d * 10
    if first > a.year:
        first -= 100
    c.step(f"the {d * 10}s: the most recent that began by {a.year} → {first}–{first + 9}")
    return _decade_span(first)


_AGE_WORDS: Final = frozenset(fold(w) for w in L.AGE_WORDS_AFTER_DECADE)


def _decade_of_age(c: Ctx) -> None:
    """decade_of_age: a bare decade with «من» and a word of a person's age after it («رجل في الخمسينيات من
    عمره», «في الستينيات من العمر») is the decade of a life, no date (dates55)."""
    after = fold(c.text_after(20)).split()
    if len(after) >= 2 and after[0] == "من" and after[1].strip(".,،؛") in _AGE_WORDS:
        c.step(f"«من {after[1]}» after the decade: a person's age, no date")
        raise NotADate


@rule("duration_decades", MentionKind.DURATION,
      "{for_}(?:{approx})?(?:(?P<n>{small}|{card})(?P<dec>{decades})|(?P<dec1>{decade}|{decades}))")
def duration_decades(c: Ctx) -> None:
    """لمدة عقد, على مدى عقدين, طوال ثلاثة عقود: a length of time, never a calendar date."""
    n = _decade_count(c)
    c.detail = f"P{10 * n}Y"
    c.step(f"a duration of {n} decade(s): {c.detail}")
    return None


# ==================================================================================================
# Discourse anchors: a day, month or year the text told before (the antecedent): اليوم التالي,
# الشهر نفسه, في العام ذاته, العاشر من الشهر ذاته. With no antecedent they stay unresolved.
# ==================================================================================================
def _antecedent_step(c: Ctx, ante: Antecedent) -> None:
    if isinstance(ante, FramedDay):  # antecedent_within_frame (dates40)
        f = ante.frame
        c.step(f"antecedent: {ante.text!r} → {ante.value} (at {ante.start}–{ante.end}; rule "
               f"antecedent_within_frame: {f.text!r} → {f.value}, told after it in its sentence, frames it)")
        return
    c.step(f"antecedent: {ante.text!r} → {ante.value} (the last date the text fixed before, at "
           f"{ante.start}–{ante.end})")


def _fits(v: DateSpan, unit: str) -> bool:
    """Does the span *v* lie in one *unit* (a day, an ISO week, a month, a year)?"""
    if unit == "day":
        return v.start == v.end
    if unit == "week":
        return v.start.isocalendar()[:2] == v.end.isocalendar()[:2]
    if unit == "month":
        return (v.start.year, v.start.month) == (v.end.year, v.end.month)
    return v.start.year == v.end.year


def _antecedent_unit(c: Ctx, unit: str) -> tuple[Antecedent, dt.date]:
    """The antecedent and its day (unit day), its day (week: the week it falls in), its month's first
    day (month) or its year's (year); NeedsAntecedent when its span is wider than that unit (a month
    gives no day)."""
    ante = c.antecedent()
    _antecedent_step(c, ante)
    v = ante.value
    if v is None:
        raise NeedsAntecedent
    if not _fits(v, unit):
        c.step(f"the antecedent {v} gives no single {unit}")
        raise NeedsAntecedent
    if unit in ("day", "week"):
        return ante, v.start
    return ante, v.start.replace(day=1) if unit == "month" else v.start.replace(month=1, day=1)


@rule("discourse_day", MentionKind.DATE, "(?P<dp>{daypart})?(?P<ref>{discourse})")
def discourse_day(c: Ctx) -> DateSpan:
    """اليوم نفسه, في اليوم التالي, صباح اليوم التالي, في الشهر ذاته, في العام نفسه, ذلك اليوم: the
    day, month or year of the antecedent (the last date the text fixed before), or the one after or
    before it (التالي, السابق); unresolved with no antecedent, or one that gives no such unit."""
    ref = c.tok("ref").value
    if not (isinstance(ref, tuple) and len(ref) == 2):
        raise NotADate
    unit, shift = ref
    if unit == "quarter":
        return _antecedent_quarter(c, None)
    _, base = _antecedent_unit(c, unit)
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    if unit == "day":
        d = base + dt.timedelta(days=shift)
        c.step(f"{c.word('ref')}: the antecedent's day {shift:+d} → {d.isoformat()}")
        return DateSpan.day(d)
    span = _shifted(base, unit, shift)
    c.step(f"{c.word('ref')}: the antecedent's {unit} {shift:+d} → {span.timex}")
    return span


@rule("discourse_weekday", MentionKind.DATE, "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday})(?P<same>{same})")
def discourse_weekday(c: Ctx) -> DateSpan:
    """وفي 30 يونيو 2011 … يوم الخميس ذاك, الجمعة نفسها: the antecedent's day, when it is that weekday;
    unresolved with no antecedent, or one that is no single day or another weekday (never the latest
    such weekday before the anchor)."""
    wd = c.weekday("wd")
    _, d = _antecedent_unit(c, "day")
    if d.weekday() != wd:
        c.step(f"the antecedent's day {d.isoformat()} is a {WEEKDAY_EN[d.weekday()]}, not a {WEEKDAY_EN[wd]}")
        raise NeedsAntecedent
    c.step(f"{c.word('same')}: the antecedent's day, a {WEEKDAY_EN[wd]} → {d.isoformat()}")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return DateSpan.day(d)


@rule("weekday_ordinal_of_it", MentionKind.DATE, "{day_word}?(?P<wd>{weekday})(?P<day>{ord})")
def weekday_ordinal_of_it(c: Ctx) -> DateSpan:
    """ويوم الجمعة العاشر منه: a weekday and an ordinal day «of it», of the month the text told before
    (after «يوم الخميس التاسع من ذي الحجة 1438 هـ الموافق 31/8/2017م»: the 10th of Dhu al-Hijja). The
    antecedent's calendar is tried first, then the other; the weekday decides. Unresolved with no
    antecedent or when neither day is that weekday, never "Friday the 10th" nearest the anchor. Only
    with منه / منها right after the ordinal."""
    if _OF_IT.match(c.text_after(5)) is None:
        raise NotADate
    day, wd = c.number("day"), c.weekday("wd")
    c.stated["weekday"] = wd
    ante, base = _antecedent_unit(c, "month")
    calendars = ["Hijri", "Gregorian"] if "hijri" in ante.rule else ["Gregorian", "Hijri"]
    for name in calendars:  # the antecedent's calendar first; the weekday decides
        try:
            if name == "Hijri":
                assert ante.value is not None
                hy, hm, _ = cal.to_hijri(ante.value.start)
                span = cal.hijri_day(hy, hm, day)
            else:
                span = cal.day_span(base.year, base.month, day)
        except (ImpossibleDate, ValueError):
            continue
        if span.start.weekday() == wd:
            c.step(f"day {day} of the antecedent's {name} month is a {WEEKDAY_EN[wd]} → "
                   f"{span.start.isoformat()}")
            return span
    c.step(f"day {day} of the antecedent's month is no {WEEKDAY_EN[wd]} in either calendar")
    raise NeedsAntecedent


# «منه» / «منها» (of it) right after the ordinal of weekday_ordinal_of_it
_OF_IT: Final = re.compile(r"منه[اآ]?(?![^\W\d_])")


@rule("day_of_it", MentionKind.DATE, "(?<=[{in_}])(?P<day>{DAY})")
def day_of_it(c: Ctx) -> DateSpan:
    """وفي 26 منه, في التاسع منه: after «في», a day and «منه / منها» (of it): that day of the month the
    text told last (after «في 2 نيسان»: 9 April of the antecedent's year), as «العاشر من الشهر ذاته»
    (dates25). Only with منه / منها right after the day, and a month the text told before: without one
    («قتل في 17 منها») the number counts something, no date."""
    if _OF_IT.match(c.text_after(5)) is None:
        raise NotADate
    try:
        _, base = _antecedent_unit(c, "month")
    except NeedsAntecedent:  # «قتل في 17 منها» with no date before: a count of something
        raise NotADate from None
    span = cal.day_span(base.year, base.month, c.number("day"))
    c.step(f"day {c.number('day')} «of it»: of the antecedent's month → {span.start.isoformat()}")
    return span


@rule("day_of_discourse_month", MentionKind.DATE,
      "(?P<day>{DAY})(?:{from_})?(?P<ref>{discourse})")
def day_of_discourse_month(c: Ctx) -> DateSpan:
    """العاشر من الشهر ذاته, الـ 7 من الشهر نفسه: that day of the antecedent's month."""
    ref = c.tok("ref").value
    if ref != ("month", 0):
        raise NotADate
    _, base = _antecedent_unit(c, "month")
    span = cal.day_span(base.year, base.month, c.number("day"))
    c.step(f"day {c.number('day')} of the antecedent's month → {span.start.isoformat()}")
    return span


@rule("month_of_the_year_told", MentionKind.DATE,
      "(?:(?P<day>{DAY}){OF}|" + _PARTS + ")?{month_word}?(?P<month>{MNAME})"
      "(?:{from_})?(?P<yref>{discourse})")
def month_of_the_year_told(c: Ctx) -> DateSpan:
    """في أيلول من العام نفسه, 5 حزيران من السنة ذاتها, أواخر آذار من ذلك العام: one mention, that month
    (its day, its part) of the antecedent's year, never of the year nearest the anchor; unresolved with
    no antecedent, or one that spans more than a year."""
    if c.tok("yref").value != ("year", 0):
        raise NotADate
    month = c.month()
    _, base = _antecedent_unit(c, "year")
    y = base.year
    if c.has("day"):
        day = c.number("day")
        c.stated.update(day=day, month=month)
        span = cal.day_span(y, month, day)
        c.step(f"{c.word('yref')}: day {day} of month {month} in the antecedent's year → {span.timex}")
        return span
    if c.has("part"):
        part = _part(c)
        span = cal.part_of_month(y, month, part)
        c.step(f"{c.word('yref')}: the {part.value} part of month {month} in the antecedent's year "
               f"{y} → days {span.start.day}–{span.end.day}")
        return span
    c.step(f"{c.word('yref')}: month {month} in the antecedent's year → {y}-{month:02d}")
    return cal.month_span(y, month)


@rule("weekday_day_of_discourse_month", MentionKind.DATE,
      "(?P<dp>{daypart})?{day_word}?(?P<wd>{weekday}){comma}?(?P<day>{DAY})(?:{from_})?(?P<ref>{discourse})")
def weekday_day_of_discourse_month(c: Ctx) -> DateSpan:
    """السبت 15 من الشهر ذاته, يوم الأربعاء 19 من الشهر نفسه: one mention, that day of the antecedent's
    month (the last date the text fixed before the weekday), confirmed by the weekday: a mismatch is
    reported, the day stands. Never the weekday alone, which would itself become the antecedent."""
    c.stated["weekday"] = c.weekday("wd")
    span = day_of_discourse_month(c)
    _check_weekday(c, span)
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    return span


@rule("discourse_next_unit", MentionKind.DATE,
      "(?P<u>{the_week}|{the_month}|{the_year})(?P<mod>{future})")
def discourse_next_unit(c: Ctx) -> DateSpan:
    """وقع الاتفاق في آذار 2019، وفي الشهر التالي انسحبت القوات; الأسبوع التالي, العام التالي, السنة
    التالية: the week, month or year after the antecedent's (the last date the text fixed before), as
    «اليوم التالي» counts the day after it; unresolved when the antecedent gives no single such unit.
    With no antecedent, التالي is «the next» from the anchor (``relative_unit``)."""
    if c.word("mod") not in _NEXT_IN_STORY:
        raise NotADate
    try:
        c.antecedent()
    except NeedsAntecedent:
        raise NotADate from None  # nothing told before: the next unit after the anchor
    unit = c.text("u")
    _, base = _antecedent_unit(c, unit)
    span = _shifted(base, unit, 1)
    c.step(f"{c.word('u')} {c.word('mod')}: the {unit} after the antecedent's → {span.timex}")
    return span


_NEXT_IN_STORY: Final = frozenset(fold(w) for w in L.NEXT_IN_STORY)


# ==================================================================================================
# Relative units: this / last / next week, month, year.
# ==================================================================================================
@rule("relative_unit", MentionKind.DATE,
      "(?:(?P<this>{this})(?P<u1>{the_week}|{the_month}|{the_year})|(?P<u>{the_week}|{the_month}|{the_year})"
      "(?P<twice>{before}|{after})?(?P<mod>{past}|{future}|{current}))")
def relative_unit(c: Ctx) -> DateSpan:
    """الشهر الماضي, العام المقبل, الأسبوع الجاري, هذا العام, الشهر قبل الماضي."""
    unit = c.text("u" if c.has("u") else "u1")
    shift = c.direction("mod")
    if c.has("twice"):  # قبل الماضي / بعد المقبل: one more step the same way
        if (c.tok("twice").sym == Sym.BEFORE) != (shift < 0) or shift == 0:
            raise NotADate
        shift *= 2
    a = c.anchor
    span = _shifted(a, unit, shift)
    c.step(f"{unit} {shift:+d} from the anchor {a.isoformat()} → {span.timex}")
    return span


def _antecedent_quarter(c: Ctx, year: int | None) -> DateSpan:
    """The quarter of the antecedent (a quarter the text told before, «الفصل الثاني من سنة 2021»), in
    *year* when the words give one; NeedsAntecedent when the antecedent is no quarter (dates30)."""
    ante = c.antecedent()
    _antecedent_step(c, ante)
    v = ante.value
    if v is None or v.granularity is not Granularity.QUARTER:
        c.step("the antecedent is no quarter")
        raise NeedsAntecedent
    q = (v.start.month - 1) // 3 + 1
    y = v.start.year if year is None else year
    c.step(f"{c.word('ref')}: the antecedent's quarter {q}, of {y}")
    return cal.quarter_span(y, q)


@rule("discourse_quarter_of_year", MentionKind.DATE,
      "(?P<ref>{discourse})(?:{from_})?(?:{year_word}|{the_year})?(?P<year>{year})")
def discourse_quarter_of_year(c: Ctx) -> DateSpan:
    """نفس الفصل سنة 2022, نفس الربع من عام 2021: the quarter the text told before, in the year given
    (dates30, dates_real 1120)."""
    ref = c.tok("ref").value
    if ref != ("quarter", 0):
        raise NotADate
    return _antecedent_quarter(c, c.number("year"))


def _shifted(base: dt.date, unit: str, shift: int) -> DateSpan:
    """The week, month or year *shift* units from the one *base* falls in."""
    if unit == "week":
        return cal.week_span(base + dt.timedelta(weeks=shift))
    if unit == "month":
        d = cal.shift_months(base.replace(day=1), shift)
        return cal.month_span(d.year, d.month)
    return cal.year_span(base.year + shift)


# ==================================================================================================
# Offsets and stretches: N units before or after the publication date or an event, the last N units;
# without a number, vague.
# ==================================================================================================
_POINTING: Final = frozenset({Sym.BEFORE_THAT, Sym.AFTER_THAT})  # قبلها, بعده


@rule("offset_from_that", MentionKind.DATE,
      # only where something points at the date told before: ذلك after قبل / بعد, a pronoun, من ذلك
      "(?=(?:{before}|{after}){that}|{before_that}|{after_that}"
      "|(?:{before}|{after}){approx}?(?:{COUNT}{UNIT}|{dual}|{UNITWORD}){from_}{that})"
      "(?P<rel>{before}|{after}|{before_that}|{after_that})(?P<that>{that})?(?P<bi>{in_})?(?P<approx>{approx})?"
      "(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))"
      "(?!{year}|{month}|{amb_month}|{hmonth}|{small}|{big}|{weekday}|{ord})(?P<of>{from_}{that})?")
def offset_from_that(c: Ctx) -> DateSpan:
    """في 3 آذار قصفت الطائرات البلدة، وقبل ذلك بيومين انسحبت القوات; بعد ذلك بثلاثة أيام, بعدها
    بيومين, قبله بأسبوع, بعد يومين من ذلك: N units before or after the date the paragraph fixed before
    (the antecedent), which «ذلك» or the pronoun points at. With no such date in the paragraph, or
    one wider than the unit, the words are read as without it (بيومين a duration, بعد يومين من an
    offset from an event)."""
    pointed = c.has("that") + c.has("of") + (c.tok("rel").sym in _POINTING)
    if pointed != 1 or (c.has("bi") and c.word("bi") != "ب"):  # no pointer, or two; بـ alone: ب3 أيام
        raise NotADate
    try:
        ante = c.antecedent(paragraph=True)
    except NeedsAntecedent:
        raise NotADate from None
    _, unit = _count_and_unit(c)
    value = ante.value
    if value is None or not _fits(value, "day" if unit in ("hour", "minute", "week") else unit):
        raise NotADate
    _antecedent_step(c, ante)
    return _offset(c, value.start, None, "the antecedent")


@rule("offset_from_anchor", MentionKind.DATE,
      "(?P<rel>{since}|{before}|{after})(?P<approx>{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})"
      "|(?P<one>{UNITWORD}))(?!{year}|{month}|{amb_month}|{hmonth}|{small}|{big}|{weekday}|{ord}){from_now}?")
def offset_from_anchor(c: Ctx) -> DateSpan | None:
    """منذ سبع سنوات, قبل 3 أيام, قبل أسبوعين, بعد شهرين (من الآن): the day / ISO week / month / year
    that lies N units before or after the anchor. Not «بعد يوم سقط فيه …» (`_unit_with_relative_clause`),
    nor «بعد» told in the past (`_after_in_the_past`)."""
    _unit_with_relative_clause(c)
    _unit_in_construct(c)
    _unit_repeated(c)
    if _after_in_the_past(c):
        c.vague("a stretch after a past event")
        return None
    if _minutes_later(c):
        c.vague("minutes after a moment the story told: a gap between two events, no day of its own")
        return None
    return _offset(c, c.anchor, c.anchor_dt, "the anchor")


_NOW: Final = fold("الآن")


def _minutes_later(c: Ctx) -> bool:
    """minutes_later: «بعد» + a count of minutes, without «من الآن» («سجل الهدف الثاني بعد دقيقتين», «انفجرت
    سيارة ثانية بعد 10 دقائق»): the gap between two moments the story tells, no day of its own, as minutes
    after a day the paragraph fixed are (dates25); never the publication day (dates33)."""
    if c.tok("rel").sym != Sym.AFTER or _count_and_unit(c)[1] != "minute" or _NOW in fold(c.surface):
        return False
    c.step(f"{c.surface}: minutes later than a moment of the story, not counted from the publication date")
    return True


def _after_in_the_past(c: Ctx) -> bool:
    """after_in_the_past: «بعد» + a count whose clause points back (`_tense`: «عاد اللاجئ بعد عقد»,
    «قتل بعد عام»): what a past verb tells cannot lie after the publication date; the count runs from a
    time of the story, no date (dates27)."""
    if c.tok("rel").sym != Sym.AFTER:
        return False
    if _tense(c) >= 0:
        return False
    c.step(f"{c.surface} told in the past: a stretch from a time of the story, not after the anchor")
    return True


_RELATIVE_PRONOUNS: Final = frozenset(fold(w) for w in L.RELATIVE_CLAUSE_PRONOUNS)


def _unit_in_construct(c: Ctx) -> None:
    """unit_in_construct: «قبل يوم الاقتراع بـ25 يوماً», «بعد عام الانتخابات» — one unit without a count,
    right before a noun with the article that no date word is (the lexicon knows it not, ``WORDS``): the
    unit is in construct with it (the day of the vote), no offset from the anchor (dates50)."""
    if not c.has("one"):
        return
    words = _next_words(c, 1)
    head = c.text_after(1)
    if (words and words[0].startswith("ال") and len(words[0]) > 4 and words[0] not in WORDS
            and head[:1].isalpha()):
        c.step(f"{c.surface} {words[0]}: the unit in construct with a noun, no offset")
        raise NotADate


def _unit_repeated(c: Ctx) -> None:
    """unit_repeated: «يوماً بعد يوم», «عاماً بعد عام», «ساعة بعد ساعة» — one unit after «بعد» right after the
    same unit: day after day, a thing that grows as time goes by, no offset and no date (dates55)."""
    if not c.has("one"):
        return
    prev = c.before("rel")
    if prev is not None and prev.sym == c.tok("one").sym and prev.value == c.tok("one").value:
        c.step(f"{c.word('one')} بعد {c.word('one')}: the unit repeated, day after day, no offset")
        raise NotADate


def _unit_with_relative_clause(c: Ctx) -> None:
    """unit_with_relative_clause: «بعد يوم سقط فيه 43 قتيلاً» — one unit without a count, and a pronoun of
    ``RELATIVE_CLAUSE_PRONOUNS`` among the three words after it in its clause: the unit is a noun a
    relative clause describes (a day in which …), no offset (dates23)."""
    if not c.has("one"):
        return
    words = _next_words(c, 3)
    if any(w in _RELATIVE_PRONOUNS for w in words[1:]):
        c.step(f"{c.surface} … {' '.join(words)}: a relative clause describes the unit, no offset")
        raise NotADate


def _offset(c: Ctx, a: dt.date, a_dt: dt.datetime | None, base: str) -> DateSpan:
    """N units before or after the day *a* (the anchor or an antecedent, called *base* in the steps)."""
    n, unit = _count_and_unit(c)
    sign = 1 if c.tok("rel").sym in (Sym.AFTER, Sym.AFTER_THAT) else -1
    mod = Mod.APPROXIMATE if c.has("approx") else None
    word = c.word("rel")
    if unit in ("hour", "minute"):
        if a_dt is not None:
            moment = a_dt + dt.timedelta(**{unit + "s": sign * n})
            d = moment.date()
            c.step(f"{word} {n} {unit}(s) from {a_dt.isoformat(' ', 'minutes')} → {d.isoformat()}")
        else:
            # hours_in_days: without the hour, whole days of the count are counted and the rest falls on
            # the base's own day (بعد 48 ساعة: two days on; بعد 5 ساعات: the day itself)
            days = n // 24 if unit == "hour" else n // 1440
            d = a + dt.timedelta(days=sign * days)
            c.step(f"{word} {n} {unit}(s): {base}'s own day {sign * days:+d} whole days → {d.isoformat()}")
        return DateSpan(d, d, Granularity.DAY, mod, d.isoformat())
    if unit == "day":
        d = a + dt.timedelta(days=sign * n)
        c.step(f"{word} {n} day(s): {a.isoformat()} {sign * n:+d} days → {d.isoformat()}")
        return DateSpan(d, d, Granularity.DAY, mod, d.isoformat())
    if unit == "week":
        w = cal.week_span(a + dt.timedelta(weeks=sign * n))
        c.step(f"{word} {n} week(s): the ISO week of {a.isoformat()} {sign * n:+d} weeks → {w.timex}")
        return DateSpan(w.start, w.end, w.granularity, mod, w.timex)
    if unit == "month":
        d = cal.shift_months(a, sign * n)
        s = cal.month_span(d.year, d.month, mod)
        c.step(f"{word} {n} month(s): the month {sign * n:+d} from {base}'s → {s.timex}")
        return s
    y = a.year + sign * n
    s = cal.year_span(y)
    c.step(f"{word} {n} year(s): {a.year} {sign * n:+d} → {y}")
    return DateSpan(s.start, s.end, s.granularity, mod, s.timex)


@rule("offset_within", MentionKind.DATE,
      "(?P<rel>{before}|{after})(?P<under>{under})(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})"
      "|(?P<one>{UNITWORD}))(?!{year}|{month}|{amb_month}|{hmonth}|{small}|{big}|{weekday}|{ord})(?P<now>{from_now})?")
def offset_within(c: Ctx) -> DateSpan:
    """في 3 آذار قصفت الطائرات البلدة، وبعد أقل من 12 ساعة انسحبت; قبل أقل من أسبوع: «أقل من» makes the
    count a bound: the days from the base up to the day N units away, both included — hours and
    minutes as whole days reached (بعد أقل من 12 ساعة: the base's day or the next). «بعد» counts from
    the day the paragraph fixed before it (as ``offset_from_antecedent``), else from the anchor, as
    «قبل» always does. Not before من / على and an event named («بعد أقل من 24 ساعة على بث الشريط»): no
    day is counted there, the count is left a duration."""
    following = fold(c.text_after(24))
    if following.startswith((*_EVENT_OFFSET, "من ")) and not following.startswith(_NOT_EVENT):
        c.step("an event named after it: the bound counts from that event, no day given here")
        raise NotADate
    n, unit = _count_and_unit(c)
    after = c.tok("rel").sym == Sym.AFTER
    sign = 1 if after else -1
    base, _, name = _offset_base(c, sign)  # the paragraph's day before «بعد», else the publication date
    if unit in ("hour", "minute"):
        per_day = 24 if unit == "hour" else 1440
        far = base + dt.timedelta(days=sign * -(-n // per_day))  # the whole days the bound reaches
    elif unit in ("day", "week"):
        far = base + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    elif unit == "month":
        far = cal.shift_months(base, sign * n)
    else:
        far = cal.shift_months(base, sign * 12 * n)
    start, end = (base, far) if after else (far, base)
    c.step(f"{c.word('rel')} {c.word('under')} {n} {unit}(s): within the bound from {name}'s day "
           f"{base.isoformat()} → {start.isoformat()}..{end.isoformat()}")
    return DateSpan(start, end, Granularity.DAY)


@rule("offset_from_antecedent", MentionKind.DATE,
      "(?P<rel>{after})(?P<approx>{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})"
      "|(?P<one>{UNITWORD}))(?!{year}|{month}|{amb_month}|{hmonth}|{small}|{big}|{weekday}|{ord})(?P<now>{from_now})?")
def offset_from_antecedent(c: Ctx) -> DateSpan | None:
    """في 3 آذار قصفت الطائرات البلدة، وبعد يومين انسحبت: in a story, «بعد» + a count counts from
    the last date the paragraph fixed before it (the antecedent), not from the publication date.
    With no date before it in its paragraph, or one that gives no day (a month, a year, a stretch),
    or with من الآن, it counts from the anchor (``offset_from_anchor``). Minutes after the antecedent's
    day («وقع الأول مساء الإثنين … فيما وقع الثاني بعد 3 دقائق») are the gap between two moments of that
    day, no day of their own: vague (dates25)."""
    if c.has("now"):
        raise NotADate
    _unit_with_relative_clause(c)
    _unit_repeated(c)
    try:
        ante = c.antecedent(paragraph=True)
    except NeedsAntecedent:
        raise NotADate from None
    value = ante.value
    if value is None or not value.is_exact_day:
        raise NotADate
    _antecedent_step(c, ante)
    if _count_and_unit(c)[1] == "minute":
        c.vague("minutes after a moment the story told: a gap between two events, no day of its own")
        return None
    return _offset(c, value.start, None, "the antecedent")


_ONLY: Final = frozenset(fold(w) for w in L.ONLY_WORDS)


def _restricted_event(after: str) -> bool:
    """Does *after* (folded) begin with a word of ``ONLY_WORDS`` (فقط) and then من or على?"""
    words = after.split()
    return len(words) > 1 and words[0] in _ONLY and words[1] in _OFFSET_PREPOSITIONS


@rule("offset_from_event", MentionKind.VAGUE,
      "(?P<rel>{before}|{after})(?:{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})"
      "|(?P<one>{UNITWORD})(?P<single>{card})?)(?:{and_}(?P<half>{part})(?:{the_week}|{the_month}|{the_year}"
      "|{today}|{day_word}|{week_word}|{month_word}|{year_word}|{hour_word})?)?(?:(?={from_})|(?P<on>(?={filler})))")
def offset_from_event(c: Ctx) -> None:
    """قبل يوم من التصعيد, قبل ساعة واحدة من الهجوم, بعد ساعة على انتهاء المهلة, قبل ساعة ونصف من
    الانفجار: an offset from another event, not from the publication date (but قبل ثلاثة أيام من الآن
    counts from now, the publication date)."""
    if c.has("single") and c.number("single") != 1:
        raise NotADate
    if c.has("half") and c.word("half") not in ("نصف", "نص"):
        raise NotADate
    if c.has("on"):  # a word the lexicon does not know follows: an offset from an event after على
        after = fold(c.text_after(24))
        if _restricted_event(after):
            c.step(f"{' '.join(after.split()[:2])}: a restricted count, its event follows")
        elif not after.startswith(_EVENT_OFFSET) or after.startswith(_NOT_EVENT):
            raise NotADate
    if c.tok("rel").sym == Sym.BEFORE and _place_follows(c):
        c.step("a place follows, not an event: the offset counts from the publication date")
        raise NotADate
    n, unit = _count_and_unit(c)
    direction = "before" if c.tok("rel").sym == Sym.BEFORE else "after"
    iso = _iso_duration(n, unit)
    if c.has("half") and unit not in ("hour", "minute"):  # بعد يوم ونصف من: no whole number of days
        iso = iso[:-1] + ".5" + iso[-1]
    c.detail = f"{iso} {direction} an event named in the text"
    c.step(f"{c.word('rel')} … من: {n} {unit}(s) {direction} an event, not the publication date")
    return None


_DISTANCE: Final = frozenset(fold(w) for w in L.DISTANCE_BEFORE_AFTER)


@rule("distance", MentionKind.DURATION,
      "(?P<rel>{after})(?:{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))")
def distance(c: Ctx) -> None:
    """على بعد ساعة بالسيارة من بغداد, على بعد أيام من الانتخابات: «بعد» + a count after «على» is a
    distance (an hour's drive away, days away from), a length: never an offset from the date told
    before or from the anchor."""
    before = c.words_before(1)
    if not before or before[0] not in _DISTANCE:
        raise NotADate
    n, unit = _count_and_unit(c)
    c.detail = _iso_duration(n, unit)
    c.step(f"{before[0]} {c.word('rel')}: a distance of {n} {unit}(s), {c.detail}, not an offset")
    return None


@rule("described_period", MentionKind.VAGUE,
      "(?P<rel>{before}|{after})(?P<one>{day_word}|{week_word}|{month_word}|{year_word})(?={filler})")
def described_period(c: Ctx) -> None:
    """وجاء ذلك بعد أسبوع حافل بمسيرات الطلبة, بعد يوم دامٍ في إدلب: «بعد» or «قبل» + a unit that an
    adjective describes (`DESCRIBED_PERIOD_ADJECTIVES`) is a stretch the text tells of ("after a busy
    week"), its days not given by these words: never an offset from the date told before or from the
    anchor."""
    words = fold_text(c.text_after(24)).split()
    if not words or words[0].rstrip("،,.") not in _DESCRIBED_PERIOD:
        raise NotADate
    c.detail = f"{c.word('one')} {words[0]}: a stretch described, no day given"
    c.step(f"{c.word('rel')} {c.word('one')} {words[0]}: a stretch the text describes, not an offset")
    return None


_DESCRIBED_PERIOD: Final = frozenset(fold(w) for w in L.DESCRIBED_PERIOD_ADJECTIVES)


@rule("time_spent", MentionKind.DURATION,
      "(?P<rel>{after})(?:{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))"
      "(?={in_})")
def time_spent(c: Ctx) -> None:
    """بعد 24 عاماً في الحكم, بعد سنتين في المنفى, بعد عشرة أشهر في السجن: «بعد» + years or months + «في»
    + a word of no time is the length of time spent in a state or a place (after 24 years in power),
    never a day counted from the date told before or from the anchor. Days and weeks stay offsets
    («وبعد يومين في هجوم آخر» is two days later)."""
    n, unit = _count_and_unit(c)
    after_in = c.end + 2  # the word after في (read here, not in the pattern: a pattern that reads an
    # unknown word would cost the grammar its skip of في and من before unknown words)
    if unit not in ("year", "month") or after_in >= len(c.tokens) or c.tokens[after_in].sym != Sym.FILLER:
        raise NotADate
    c.detail = _iso_duration(n, unit)
    c.step(f"{c.word('rel')} {n} {unit}(s) + في: time spent, {c.detail}, not an offset")
    return None


_STRETCH_VERBS: Final = frozenset(fold(w) for w in L.VERBS_OF_A_STRETCH_LIVED)


@rule("stretch_lived", MentionKind.DURATION,
      "(?P<rel>{after})(?:{approx})?(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))")
def stretch_lived(c: Ctx) -> None:
    """بعد أربع سنوات عاشتها المدينة تحت الحصار, بعد عامين قضاهما في السجن: «بعد» + a count and a verb
    of living or spending it, with a pronoun that takes the count back (عاشها, قضاها, أمضاها), is the
    length of a stretch that ends with the event told (dates20): never a day counted from the date
    told before (which may be that stretch's end) nor from the anchor."""
    words = fold(c.text_after(16)).split()
    if not words or words[0] not in _STRETCH_VERBS:
        raise NotADate
    n, unit = _count_and_unit(c)
    c.detail = _iso_duration(n, unit)
    c.step(f"{c.word('rel')} {n} {unit}(s) + {words[0]}: a stretch lived or spent, {c.detail}, not an offset")
    return None


# «عام ونصف العام», «سنة ونصف», «شهر ونصف الشهر», «ساعتين ونصف»: a count of units and a half of one (the
# unit may be said again after نصف), a length of one and a half units — never «نصف العام», half of a year.
_AND_A_HALF: Final = ("(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))"
                      "{and_}(?P<half>{part})(?:{the_week}|{the_month}|{the_year}|{today}|{day_word}"
                      "|{week_word}|{month_word}|{year_word}|{hour_word})?")
_HALF_WORDS: Final = frozenset(fold(w) for w in L.HALF_OF_A_UNIT)


def _and_a_half(c: Ctx) -> tuple[int, str]:
    """The whole units and the unit of a count and a half; NotADate unless the word after و is نصف."""
    if c.word("half") not in _HALF_WORDS:
        raise NotADate
    return _count_and_unit(c)


@rule("offset_and_a_half", MentionKind.DATE,
      "(?P<rel>{since}|{before}|{after})(?P<approx>{approx})?" + _AND_A_HALF + "(?P<now>{from_now})?")
def offset_and_a_half(c: Ctx) -> DateSpan | None:
    """منذ عام ونصف, قبل سنتين ونصف السنة, قبل ساعة ونصف: N units and a half before (after) the
    anchor; «بعد» in a story counts from the day its paragraph fixed before it, as offset_from_antecedent
    does. Years and a half are counted in months: the month that lies 12 × N + 6 months away; hours and
    a half give that day (with a datetime anchor, the day the minutes reach). Days, weeks and months and
    a half fall between two days, weeks or months: vague, never the whole units alone."""
    n, unit = _and_a_half(c)
    sign = 1 if c.tok("rel").sym == Sym.AFTER else -1
    mod = Mod.APPROXIMATE if c.has("approx") else None
    word = c.word("rel")
    base, base_dt, name = _offset_base(c, sign)
    if unit == "year":
        months = 12 * n + 6
        d = cal.shift_months(base, sign * months)
        c.step(f"{word} {n} year(s) and a half: {months} months, the month {sign * months:+d} from "
               f"{name}'s → {d.year}-{d.month:02d}")
        return cal.month_span(d.year, d.month, mod)
    if unit in ("hour", "minute"):
        seconds = (3600 * n + 1800) if unit == "hour" else (60 * n + 30)
        d = (base_dt + dt.timedelta(seconds=sign * seconds)).date() if base_dt is not None else base
        c.step(f"{word} {n} {unit}(s) and a half: {name}'s own day → {d.isoformat()}")
        return DateSpan(d, d, Granularity.DAY, mod, d.isoformat())
    c.vague("past" if sign < 0 else "future")
    c.detail = f"P{n}.5{_UNIT_ISO[unit]} {'before' if sign < 0 else 'after'} {name}"
    c.step(f"{word} {n} {unit}(s) and a half: between two {unit}s, no single {unit} of the calendar")
    return None


def _offset_base(c: Ctx, sign: int) -> tuple[dt.date, dt.datetime | None, str]:
    """The day an offset counts from: for «بعد» (*sign* > 0) without من الآن, the day its paragraph
    fixed before it, when there is one (as ``offset_from_antecedent``); else the anchor."""
    if sign > 0 and not c.has("now"):
        try:
            ante = c.antecedent(paragraph=True)
        except NeedsAntecedent:
            ante = None
        if ante is not None and ante.value is not None and ante.value.is_exact_day:
            _antecedent_step(c, ante)
            return ante.value.start, None, "the antecedent"
    return c.anchor, c.anchor_dt, "the publication date"


@rule("duration_and_a_half", MentionKind.DURATION, "(?P<for>{for_})?(?:{approx})?" + _AND_A_HALF)
def duration_and_a_half(c: Ctx) -> None:
    """عام ونصف العام, لمدة سنة ونصف, شهر ونصف الشهر: a length of one and a half units (P1.5Y), never
    «نصف العام» read as the middle of this year."""
    n, unit = _and_a_half(c)
    if not c.has("for") and not c.has("dual") and unit == "year" and c.has("n") \
            and c.tok("n").sym == Sym.YEAR:
        raise NotADate
    iso = _iso_duration(n, unit)
    c.detail = iso[:-1] + ".5" + iso[-1]
    c.step(f"a duration of {n} {unit}(s) and a half: {c.detail}")
    return None


def _place_follows(c: Ctx) -> bool:
    """place_after_offset: «قبل يومين على شمال شرق سوريا», «قبل أسبوع من إدلب» — the words after the
    offset's على / من begin a place (``PLACE_AFTER_OFFSET``), not an event: the offset is no offset from
    an event."""
    words = fold(c.text_after(40)).split()
    return len(words) >= 2 and words[0] in _OFFSET_PREPOSITIONS and words[1] in _PLACES


@rule("vague_some_units_ago", MentionKind.VAGUE,
      "(?P<rel>{since}|{before}|{after})(?:{approx}|{several})?(?P<unit>{plural}){several}?"
      "(?!{small}|{big}|{card}|{year})")
def vague_some_units_ago(c: Ctx) -> None:
    """منذ سنوات, قبل أيام: an unstated number of units."""
    c.detail = f"some {c.text('unit')}s {'ago' if c.tok('rel').sym != Sym.AFTER else 'later'}"
    c.step(f"{c.word('rel')} {c.word('unit')}: no number given")
    return None


@rule("recent_units", MentionKind.RANGE,
      "(?:(?P<u>{plural_def})(?P<n>{card}|{small}|{big}|{other_num})|(?P<u2>{dual_def})"
      "|(?P<n3>{card}|{small}|{big}|{other_num})(?P<u3>{plural}|{UNITWORD}))(?P<mod>{past}|{future}|{last})"
      # الأيام الثلاثة الأخيرة من الشهر: the last days OF a period, not the days before the anchor
      "(?!{from_}(?:{the_month}|{the_year}|{this}|{month}|{amb_month}|{month_word}|{year_word}|{year}))")
def recent_units(c: Ctx) -> DateSpan:
    """الأشهر الستة الماضية, العامين الماضيين, الساعات الـ24 الماضية, خلال الـ48 ساعة المقبلة: from the
    anchor back / forward N units (hours reach back to the day they begin on)."""
    if c.has("n3"):
        c.groups["n"], c.groups["u"] = c.groups["n3"], c.groups["u3"]
    n = c.number("n") if c.has("n") else 2
    if c.has("u2"):
        c.groups["u"] = c.groups["u2"]
    unit = c.text("u")
    if not 0 < n <= 1000:
        raise NotADate
    if c.tok("mod").sym == Sym.LAST and fold(c.text_after(4)).split()[:1] == ["من"]:
        # last_of_a_stretch: «الأيام الستة الأخيرة من المعارك»: the last days of a stretch the text
        # names (its end not said to be the anchor's day), not the days up to the anchor (dates25)
        c.step(f"{c.word('mod')} من: the last {unit}s of a stretch the text names, not up to the anchor")
        raise NotADate
    a = c.anchor
    if unit in ("hour", "minute"):
        ahead = c.tok("mod").sym == Sym.FUTURE
        hours = n if unit == "hour" else n / 60
        if c.anchor_dt is not None:
            edge = (c.anchor_dt + dt.timedelta(hours=hours if ahead else -hours)).date()
            c.step(f"{n} {unit}s {'after' if ahead else 'before'} {c.anchor_dt.isoformat()} → {edge}")
        else:  # the hour of publication is unknown: the hours may reach back to this day
            days = -(-int(hours * 60) // (24 * 60))
            edge = a + dt.timedelta(days=days if ahead else -days)
            c.step(f"{n} {unit}s from an unknown hour of {a.isoformat()} reach {edge.isoformat()}")
        start, end = (a, edge) if ahead else (edge, a)
        return DateSpan(start, end, Granularity.DAY, None, "")
    delta = {"day": relativedelta(days=n), "week": relativedelta(weeks=n),
             "month": relativedelta(months=n), "year": relativedelta(years=n)}[unit]
    if c.tok("mod").sym == Sym.FUTURE:
        span = DateSpan(a, a + delta, Granularity.DAY, None, "")
        c.step(f"the next {n} {unit}s from {a.isoformat()} → {span}")
    else:
        span = DateSpan(a - delta, a, Granularity.DAY, None, "")
        c.step(f"the last {n} {unit}s up to {a.isoformat()} → {span}")
    return span


@rule("vague_recent_units", MentionKind.VAGUE,
      "(?P<u2>{plural_def})(?P<dir2>{past}|{future}|{last}){several}"
      "|(?P<u>{plural_def}){several}?(?P<dir>{past}|{future}|{last})")
def vague_recent_units(c: Ctx) -> None:
    """الأشهر الماضية, الأيام الأخيرة, الأيام القليلة الماضية, الأسابيع المقبلة: a stretch of unstated
    length, before or after the publication date."""
    if c.has("u2"):
        c.groups["u"], c.groups["dir"] = c.groups["u2"], c.groups["dir2"]
    ahead = c.tok("dir").sym == Sym.FUTURE
    c.detail = f"{'coming' if ahead else 'recent'} {c.text('u')}s"
    c.step(f"{c.word('u')} with no count: a stretch of unstated length "
           f"{'after' if ahead else 'up to'} the publication date")
    return None


# ==================================================================================================
# Ranges and lists: from one day, month or year to another.
# ==================================================================================================
@rule("range_days_two_months", MentionKind.RANGE,
      "(?:{from_}{date_of}?|{between})?(?P<d1>{DAY}){OF}(?P<m1>{MNAME})(?:(?P<y1>{year})|(?P<cur1>{current}))?{TO}"
      "(?P<d2>{DAY}){OF}(?P<m2>{MNAME})(?:{YEARTAIL}|{MOD})?")
def range_days_two_months(c: Ctx) -> DateSpan:
    """من 13 تموز إلى 15 تموز, بين 28 شباط و3 آذار 2021. The first month may be the anchor's with
    «الجاري / الحالي», and «تاريخ» may follow «من»: «من تاريخ 22 أيار الجاري وحتى 26 أيار» is one stretch,
    the second month going on from the first (dates25)."""
    d1, m1, d2, m2 = c.number("d1"), c.month("m1"), c.number("d2"), c.month("m2")
    if c.has("cur1") and not (c.has("year") or c.has("mod")):
        y1 = c.anchor.year
        y2 = y1 if m1 <= m2 else y1 + 1
        c.step(f"{c.word('cur1')}: the anchor's {y1}; the second month goes on from the first → {y2}")
        return _range(c, cal.day_span(y1, m1, d1), cal.day_span(y2, m2, d2))
    if c.has("year") or c.has("mod"):
        y2 = _resolve_month_year(c, m2)
    else:
        y2, why = cal.nearest_day(m2, d2, c.anchor)
        c.step(why)
    y1 = c.number("y1") if c.has("y1") else (y2 if m1 <= m2 else y2 - 1)
    return _range(c, cal.day_span(y1, m1, d1), cal.day_span(y2, m2, d2))


@rule("range_days_relative_month", MentionKind.RANGE, "(?:{from_}|{between})?{DAYLIST}{DAYRELMONTH}")
def range_days_relative_month(c: Ctx) -> DateSpan:
    """بين 3 و5 من الشهر الجاري, في 18 و19 الجاري: the days of the month the words name (dates21: «الجاري»
    alone)."""
    shift = c.direction("mod")
    d = cal.shift_months(c.anchor.replace(day=1), shift)
    c.step(f"the month {d.year}-{d.month:02d} ({shift:+d} from the anchor's month)")
    _month_glossed(c, d)
    first, last = cal.day_span(d.year, d.month, c.number("d1")), cal.day_span(d.year, d.month, c.number("d2"))
    return _range(c, first, last)


@rule("range_days_hijri", MentionKind.RANGE,
      "(?:{from_}|{between})?{DAYLIST}{OF}(?P<hmonth>{hmonth})"
      "(?:{MOD}|{comma}?(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?)?")
def range_days_hijri(c: Ctx) -> DateSpan:
    """بين 10 و12 رمضان 1442."""
    month = c.number("hmonth")
    try:
        y = _hijri_year(c, month, None)
    except _GregorianYear as g:
        first = _hijri_in_gregorian_year(c, month, g.year, None)
        y = cal.to_hijri(first.start)[0]
    return _range(c, cal.hijri_day(y, month, c.number("d1")), cal.hijri_day(y, month, c.number("d2")))


@rule("range_days", MentionKind.RANGE,
      "(?:{from_}|{between})?{DAYLIST}{OF}(?P<month>{MNAME})"
      "(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def range_days(c: Ctx) -> DateSpan | None:
    """4 و5 تموز, 4 و5 و6 تموز, 4 – 5 من شهر تموز المقبل, بين 3 و5 آذار, من 3 إلى 5 آذار. Not after a
    noun of a place or a body, whose names the days are: «قوى 8 و14 آذار» (dates55), kept whole so that
    «14 آذار» is not read alone."""
    try:
        if _place_named_by_date(c):
            return None
    except NotADate:
        c.vague("the name of a place or a body")
        return None
    return _range_days_span(c)


def _range_days_span(c: Ctx) -> DateSpan:
    """The span of `range_days`: from the first day named to the last, in the year the words give."""
    d1, d2, month = c.number("d1"), c.number("d2"), c.month()
    if c.has("year") or c.has("ythis") or c.has("ymod") or c.has("mod"):
        y = _resolve_month_year(c, month)
    else:
        side = _story_ahead(c, month, d1)
        y, why = cal.day_on_side(month, d1, c.anchor, side) if side else cal.nearest_day(month, d1, c.anchor)
        c.step(why)
    return _range(c, cal.day_span(y, month, d1), cal.day_span(y, month, d2))


@rule("range_days_month_first", MentionKind.RANGE,
      "(?P<month>{MNAME})(?P<d1>{small}|{big}){TO}(?P<d2>{small}|{big})(?:{YEARTAIL})?")
def range_days_month_first(c: Ctx) -> DateSpan:
    """يوليو 13-15, تموز 13 إلى 15."""
    return _range_days_span(c)


@rule("range_months", MentionKind.RANGE,
      "(?:{from_}|{between}){month_word}?(?P<m1>{MNAME})(?P<y1>{year})?{TO}{month_word}?(?P<m2>{MNAME})"
      "(?:{YEARTAIL}|{MOD})?")
def range_months(c: Ctx) -> DateSpan:
    """من كانون الثاني إلى آذار 2020, بين آذار ونيسان."""
    m1, m2 = c.month("m1"), c.month("m2")
    y2 = _resolve_month_year(c, m2)
    y1 = c.number("y1") if c.has("y1") else (y2 if m1 <= m2 else y2 - 1)
    return _range(c, cal.month_span(y1, m1), cal.month_span(y2, m2))


_COPYRIGHT: Final = tuple(fold(w).lower() for w in L.COPYRIGHT_MARKS)


def _in_copyright(c: Ctx) -> None:
    """copyright: is the year on a page's copyright line (a mark of ``COPYRIGHT_MARKS`` on its line, within
    ``COPYRIGHT_REACH`` characters): «جميع الحقوق محفوظة لموقع … 2012-2024», «Copyright © 2012-2025»? The
    site's years, no date."""
    reach = L.COPYRIGHT_REACH
    before, after = c.text_before(reach), c.text_after(reach)
    line = fold(before[before.rfind("\n") + 1:] + " " + after.split("\n", 1)[0]).lower()
    if any(mark in line for mark in _COPYRIGHT):
        c.step("the years of a copyright line: the site's, not a date")
        raise NotADate


@rule("range_years_era", MentionKind.RANGE,
      "(?P<y1>{year}|{other_num}|{big}|{small}){dash}(?P<y2>{year}|{other_num}|{big}){ERA}")
def range_years_era(c: Ctx) -> DateSpan:
    """الدولة الحسنوية (941–1014م), الدولة الأموية 661-750م: two years joined by a dash, the era mark after
    the second: one span of years, in any century (the mark says they are years; dates24). Not in the
    Hijri calendar outside the Umm al-Qura table, and not over more than ``ERA_RANGE_MAX_YEARS``."""
    a, b = c.number("y1"), c.number("y2")
    if not 0 < b - a <= L.ERA_RANGE_MAX_YEARS or a < 1:
        raise NotADate
    if _is_hijri_era(c):
        if not (a >= cal.HIJRI_MIN_YEAR and b <= cal.HIJRI_MAX_YEAR):
            raise NotADate
        return _range(c, cal.hijri_year_span(a), cal.hijri_year_span(b), Granularity.YEAR)
    c.step(f"years {a} to {b} with the era mark")
    return _range(c, cal.year_span(a), cal.year_span(b), Granularity.YEAR)


@rule("range_years", MentionKind.RANGE,
      "(?:(?:{from_}|{between}){year_word}?(?P<y1>{year})"
      "(?:{and_}{year_word}?{year}(?={and_}{year_word}?{year})){0,10}+{TO}{year_word}?(?P<y2>{year})"
      "|(?P<y1b>{year}){dash}(?P<y2b>{year})){ERA}?(?!{ANYMONTH})")
def range_years(c: Ctx) -> DateSpan:
    """بين عامي 2014 و2016, من 2014 إلى 2016, 2014-2016. Not when a month follows the last year (من 2019
    حتى 2020نيسان: since_until reads it to April), nor on a copyright line («جميع الحقوق محفوظة …
    2012-2024»), nor before a counted noun («من 1950 إلى 2000 ليرة»)."""
    _in_copyright(c)
    _counted_noun(c)  # من 1950 إلى 2000 ليرة: a price
    a = c.number("y1" if c.has("y1") else "y1b")
    b = c.number("y2" if c.has("y2") else "y2b")
    if not 0 < b - a <= 100 or (not c.has("y1") and b - a > 50):
        raise NotADate
    if not _is_hijri_era(c) and not (1900 <= a <= 2100 and 1900 <= b <= 2100):
        raise NotADate  # من 1500 إلى 2000 مقاتل: counts
    if _is_hijri_era(c):
        return _range(c, cal.hijri_year_span(a), cal.hijri_year_span(b), Granularity.YEAR)
    return _range(c, cal.year_span(a), cal.year_span(b), Granularity.YEAR)


_YW = "(?:{year_word}|{the_year})"


@rule("since_until_today", MentionKind.RANGE,
      "(?:{from_}|{since}){day_word}?(?P<d1>{DAY}){OF}(?P<m1>{MNAME})"
      "(?:{comma}?(?:{year_word}|{the_year})?(?P<y1>{year}))?"
      "{comma}?{and_}?{to}(?P<dp>{daypart})?(?P<rel>{today})(?P<wd>{weekday})?"
      "(?:(?P<d2>{DAY}){OF}(?P<m2>{MNAME})(?:{comma}?(?P<y2>{year}))?)?")
def since_until_today(c: Ctx) -> DateSpan:
    """منذ 23 أيلول وحتى اليوم 18 تشرين الثاني, من 1 آذار 2024 حتى اليوم: one span from the day named to the
    anchor's day (dates24). Without its year the first day is the latest on or before the anchor; a date
    after «اليوم» confirms the anchor's day (a mismatch is reported, the anchor's day stands). «يوم» before
    the first day, a part of the day before «اليوم» and its weekday after it change nothing: «من يوم 18
    كانون الثاني حتى فجر اليوم الخميس 27 كانون الثاني» (dates29)."""
    a = c.anchor
    if c.has("wd"):
        _check_weekday(c, DateSpan.day(a), "wd")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    d1, m1 = c.number("d1"), c.month("m1")
    if c.has("y1"):
        y1 = c.number("y1")
        c.step(f"year given: {y1}")
    else:
        y1, why = cal.day_on_side(m1, d1, a, -1)
        c.step(why)
    start = cal.day_span(y1, m1, d1)
    if c.has("d2"):
        told = (c.number("d2"), c.month("m2"))
        if told != (a.day, a.month) or (c.has("y2") and c.number("y2") != a.year):
            c.warn(f"the date after اليوم ({told[0]}/{told[1]}) is not the anchor's day {a.isoformat()}")
        else:
            c.step(f"the date after اليوم confirms the anchor's day {a.isoformat()}")
    c.step(f"until today: {start.start.isoformat()} → {a.isoformat()}")
    return _range(c, start, DateSpan.day(a))


@rule("relative_day_until_today", MentionKind.RANGE,
      "{since}?(?:{day_word}?(?P<wd>{weekday})(?P<wmod>{past})|(?P<day>{DAY}){DAYRELMONTH})"
      "{comma}?{and_}?{to}(?P<dp>{daypart})?(?P<rel>{today})(?P<wd2>{weekday})?")
def relative_day_until_today(c: Ctx) -> DateSpan:
    """الأربعاء الماضي وحتى اليوم, منذ بدئها في السابع من الشهر الجاري وحتى اليوم: a day told relative to the
    anchor (a weekday with الماضي, a day of the month الجاري / الماضي names), then (و)حتى «اليوم» — one span
    from that day to the anchor's, as «منذ 23 أيلول وحتى اليوم» is (dates55). Not after «من» («أرجأ
    الجلسة من الأربعاء الماضي إلى اليوم»: a postponement names two days, read apart)."""
    if c.words_before(1) == [fold("من")]:
        raise NotADate
    a = c.anchor
    if c.has("wd2"):
        _check_weekday(c, DateSpan.day(a), "wd2")
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    if c.has("wd"):
        c.groups["mod"] = c.groups.pop("wmod")
        start = weekday_relative(c)
    else:
        start = day_of_relative_month(c)
    c.step(f"until today: {start.start.isoformat()} → {a.isoformat()}")
    return _range(c, start, DateSpan.day(a))


@rule("between_today_and", MentionKind.RANGE,
      "{between}(?P<rel>{today}){and_}(?:" + _PARTS + "(?:(?P<this>{this}){the_week}|{the_week}"
      "(?P<mod>{future}|{current})?)|{day_word}?(?P<wd>{weekday})(?P<wmod>{future}))")
def between_today_and(c: Ctx) -> DateSpan:
    """بين اليوم ومنتصف الأسبوع المقبل, بين اليوم والخميس المقبل: «بين» the anchor's day «و» a later day told
    relative to it (a part of a week, a weekday with المقبل) — one span from the anchor's day to the end of
    the second, as «بين 3 و5 آذار» is one span (dates55, dates_real 1185)."""
    a = c.anchor
    if c.has("wd"):
        c.groups["mod"] = c.groups.pop("wmod")
        end = weekday_relative(c)
    else:
        end = part_of_week(c)
    if end.end < a:
        raise NotADate
    c.step(f"between today and … → {a.isoformat()}..{end.end.isoformat()}")
    return _range(c, DateSpan.day(a), end)


@rule("since_until", MentionKind.RANGE,
      "(?<=[{from_}{since}{in_}])(?:(?P<part1>{part}|{first}|{last})(?:{from_})?)?"
      "(?:(?:(?P<d1>{DAY}){OF})?(?:{month_word}?(?P<m1>{MNAME}))?(?:{year_word}|{the_year})?(?P<y1>{year})"
      "|(?P<y1b>{year})(?P<m1b>{MNAME})"
      "|(?:(?P<y1this>{this}){the_year}|(?P<y1rel>{the_year})(?P<y1mod>{past}|{future}|{current})?))"
      "{comma}?{and_}?{to}(?:(?P<part>{part}|{first}|{last})(?:{from_})?)?"
      "(?:(?:(?P<d2>{DAY}){OF})?{month_word}?(?P<month>{MNAME})(?:{YEARTAIL}|{MOD})?|(?P<y2b>{year})(?P<mb>{MNAME})"
      "|(?:{year_word}|{the_year})?(?P<y2>{year})"
      "|(?P<ythis>{this}){the_year}|{the_year}(?P<ymod>{past}|{future}|{current}))")
def since_until(c: Ctx) -> DateSpan:
    """منذ عام 2011 وحتى نهاية عام 2024, في 2021 وحتى أبريل, منذ آذار 2011 حتى 2015, منذ مطلع 2019 وحتى
    آذار 2020: a year, a month of a year or a part of either after من / منذ / في, then حتى / إلى / لغاية
    and a year, a month or a part of one: one span from the start of the first to the end of the second.
    A month without its year is read as alone (by its tense, else the nearest); an end before the start
    reads the two apart. A month may follow its year (منذ 2019آذار حتى 2020نيسان), and a comma may stand
    before حتى. Not before a counted noun («من 1950 إلى 2000 ليرة»). A day may stand before either month
    («من 4 سبتمبر 2012 إلى مارس 2014», «من 2011 إلى غاية 20 نونبر 2017»: from or to that day; dates24)."""
    _counted_noun(c)  # ارتفع من 1950 إلى 2000 ليرة: a price
    if c.has("y1b"):  # 2019آذار: the year first
        c.groups["y1"], c.groups["m1"] = c.groups.pop("y1b"), c.groups.pop("m1b")
    if c.has("y2b"):
        c.groups["year"], c.groups["month"] = c.groups.pop("y2b"), c.groups.pop("mb")
    if c.has("y1this") or c.has("y1rel"):  # منذ بداية العام الحالي وحتى …: the anchor's year, or one off
        y1 = c.anchor.year + c.direction("y1mod")
        c.step(f"the year {y1} ({c.direction('y1mod'):+d} from the anchor's)")
    else:
        y1 = c.number("y1")
    if not 1900 <= y1 <= 2100:
        raise NotADate
    if c.has("d1") and (not c.has("m1") or c.has("part1")):
        raise NotADate
    if c.has("d1"):
        start = cal.day_span(y1, c.month("m1"), c.number("d1"))
    elif c.has("m1"):
        m1 = c.month("m1")
        start = cal.part_of_month(y1, m1, _part(c, "part1")) if c.has("part1") else cal.month_span(y1, m1)
    else:
        start = cal.part_of_year(y1, _part(c, "part1")) if c.has("part1") else cal.year_span(y1)
    if c.has("month"):
        month = c.month()
        y = _resolve_month_year(c, month)
        if c.has("d2"):
            if c.has("part"):
                raise NotADate
            end = cal.day_span(y, month, c.number("d2"))
        else:
            end = cal.part_of_month(y, month, _part(c)) if c.has("part") else cal.month_span(y, month)
    else:
        y = c.number("y2") if c.has("y2") else _rel_year(c)
        end = cal.part_of_year(y, _part(c)) if c.has("part") else cal.year_span(y)
    if not 1900 <= y <= 2100 or end.end < start.start or y - y1 > 100:
        raise NotADate
    c.step(f"since … until: from the start of {start.timex} to the end of {end.timex}")
    return _range(c, start, end)


@rule("list_years", MentionKind.RANGE,
      "(?:(?P<yw>" + _YW + ")|(?P<ydual>{dual_def})|(?P<yplural>{plural}|{plural_def}))?(?P<y1>{year})"
      "(?:{and_}" + _YW + "?{year}(?={and_}" + _YW + "?{year})){0,10}+"
      "{and_}" + _YW + "?(?P<y2>{year}){ERA}?")
def list_years(c: Ctx) -> DateSpan:
    """عامي 2015 و2016, في 2014 و2015 و2016, العامين 2019 و2020: years joined by و are one span from
    the first to the last, like a list of days (4 و5 تموز). Without عام / عامي / العامين the list
    needs في, خلال or منذ before it. The plural of the word for a year before the list as well («لسنوات
    2023 و2024 و2025», dates30)."""
    before = c.before("y1")
    if c.has("yplural") and c.tok("yplural").value != "year":
        raise NotADate
    if c.has("ydual"):
        if c.text("ydual") != "year":
            raise NotADate
    elif not (c.has("yw") or c.has("yplural")) and (before is None or before.sym not in (Sym.IN, Sym.SINCE)):
        raise NotADate
    a, b = c.number("y1"), c.number("y2")
    if not 0 < b - a <= 50:
        raise NotADate
    if _is_hijri_era(c):
        return _range(c, cal.hijri_year_span(a), cal.hijri_year_span(b), Granularity.YEAR)
    if not (1900 <= a <= 2100 and 1900 <= b <= 2100):
        raise NotADate
    c.step(f"a list of years joined by و: one span from {a} to {b}")
    return _range(c, cal.year_span(a), cal.year_span(b), Granularity.YEAR)


@rule("list_months", MentionKind.RANGE,
      "(?:(?P<mw>{month_word})|(?P<mpl>{plural}))?(?P<m1>{MNAME})(?P<y1>{year})?"
      "(?:{and_}{month_word}?{MNAME}(?={and_}{month_word}?{MNAME})){0,10}+{and_}{month_word}?(?P<m2>{MNAME})"
      "(?:{YEARTAIL}|{RELYEAR}|{MOD})?")
def list_months(c: Ctx) -> DateSpan:
    """شهري أيار وحزيران, أشهر مايو ويونيو ويوليو (dates28), في تموز وآب 2020, آذار ونيسان الماضيين: months
    joined by و are one span from the first to the last. Without شهر / شهري / أشهر, a year or a modifier,
    the list needs a preposition before it (في, منذ, حتى), like a month alone."""
    if c.has("mpl") and c.tok("mpl").value != "month":
        raise NotADate  # أيام أيار وحزيران: no month's word
    before = c.before("m1")
    framed = c.has("mw") or c.has("mpl") or (before is not None and before.sym in (Sym.IN, Sym.SINCE, Sym.TO))
    if not (framed or any(c.has(g) for g in ("year", "ythis", "ymod", "mod"))):
        raise NotADate
    m1, m2 = c.month("m1"), c.month("m2")
    if m1 == m2:
        raise NotADate
    y2 = _resolve_month_year(c, m2)
    y1 = c.number("y1") if c.has("y1") else (y2 if m1 < m2 else y2 - 1)
    c.step(f"a list of months joined by و: one span from {y1}-{m1:02d} to {y2}-{m2:02d}")
    return _range(c, cal.month_span(y1, m1), cal.month_span(y2, m2))


# ==================================================================================================
# Numeric dates.
# ==================================================================================================
_ND = re.compile(r"(\d+)([./\\-])(\d+)\2(\d+)")


def _numeric(c: Ctx) -> DateSpan:
    raw = c.text("nd")
    m = _ND.fullmatch(raw)
    if m is None:  # mixed separators (2.05/916) are not dates
        raise NotADate
    a, sep, b, e = m.group(1), m.group(2), m.group(3), m.group(4)
    if c.has("time"):
        c.detail = f"time: {c.text('time')}"
    if len(a) == 4:  # year first
        if len(e) > 2:
            raise NotADate
        y, mo, d = int(a), int(b), int(e)
        c.step(f"{raw}: year first, read as yyyy{sep}mm{sep}dd")
    elif len(e) in (2, 4):
        if len(e) == 2 and (len(a) != 2 or len(b) != 2) and sep != "/":
            raise NotADate  # 1.2.33 is a version, not a date; 21/2/23 is a date (slashes; dates26)
        y = int(e) if len(e) == 4 else (2000 + int(e) if int(e) < 70 else 1900 + int(e))
        x1, x2 = int(a), int(b)
        if 1 <= x2 <= 12:
            d, mo = x1, x2
            c.step(f"{raw}: read day first as dd{sep}mm{sep}yyyy")
        elif 1 <= x1 <= 12 and 13 <= x2 <= 31:
            d, mo = x2, x1
            c.step(f"{raw}: day first is impossible (month {x2}); read month first as mm{sep}dd{sep}yyyy")
        else:
            raise ImpossibleDate(f"{raw} has no month between 1 and 12")
        if len(e) == 2:
            c.step(f"two-digit year {e} → {y}")
    else:
        raise NotADate
    if _is_hijri_era(c) or (cal.HIJRI_MIN_YEAR - 43 <= y <= cal.HIJRI_MAX_YEAR and len(str(y)) == 4):
        c.step(f"year {y} {'is marked هـ' if _is_hijri_era(c) else 'can only be Hijri'}: Umm al-Qura")
        return cal.hijri_day(y, mo, d)
    span = cal.day_span(y, mo, d)
    c.stated.update(day=d, month=mo, year=y)
    return span


@rule("range_numeric_dates", MentionKind.RANGE,
      "(?:{from_}|{between})(?P<nd1>{numdate}){TO}(?P<nd>{numdate})(?P<time>{time})?{ERA}?")
def range_numeric_dates(c: Ctx) -> DateSpan:
    """من 1/3/2019 إلى 15/4/2020, خلال الفترة بين 1-1-2020 و31-12-2020: two numeric dates after من or بين
    are one span from the first to the second, each read as a numeric date alone."""
    end = _numeric(c)
    c.groups["nd"] = c.groups.pop("nd1")
    c.groups.pop("time", None)
    start = _numeric(c)
    return _range(c, start, end, Granularity.DAY)


_AGENCY_MARKS: Final = tuple(L.DATELINE_AGENCY_MARKS)
_SPACED_YMD: Final = re.compile(r"\d{4} \d{2} \d{2}")


@rule("agency_dateline", MentionKind.DATE, "(?P<d>{small}|{big}){dash}(?P<m>{small})")
def agency_dateline(c: Ctx) -> DateSpan:
    """بغداد - 19 - 2 (كونا) --: a day and a month number joined by a dash, right before a news agency's
    mark (``DATELINE_AGENCY_MARKS``): the dispatch's day, in the year nearest the anchor (dates25). Not
    without the mark: «19 - 2» alone is a score as often as a date."""
    if not c.text_after(12).startswith(_AGENCY_MARKS):
        raise NotADate
    day, month = c.number("d"), c.number("m")
    if not 1 <= month <= 12 or day > cal.max_days(month):
        raise NotADate
    c.step(f"an agency's dateline: day {day}, month {month}")
    y, why = cal.nearest_day(month, day, c.anchor)
    c.step(why)
    return cal.day_span(y, month, day)


@rule("spaced_ymd_line", MentionKind.DATE, "(?P<y>{year})(?P<m>{small})(?P<d>{small}|{big})")
def spaced_ymd_line(c: Ctx) -> DateSpan:
    """2016 02 27 on a line of its own: a byline's date, year, month and day of two digits each, with one
    space between them (dates25). Not inside a sentence, where numbers side by side are counts."""
    if c.line().strip() != c.surface or _SPACED_YMD.fullmatch(c.surface) is None:
        raise NotADate
    y, month, day = c.number("y"), c.number("m"), c.number("d")
    if not 1 <= month <= 12:
        raise NotADate
    c.step(f"a byline's date on its own line: {y}-{month:02d}-{day:02d}")
    return cal.day_span(y, month, day)


# A year-first numeric date that spaces broke apart alike at both separators: 2023 - 02 - 21, 2023 / 2 / 21.
_SPACED_YEAR_FIRST: Final = re.compile(r"\d{4}(\s*)([-/])(\s*)\d{1,2}\1\2\3\d{1,2}")


@rule("spaced_year_first_date", MentionKind.DATE,
      "(?P<y>{year})(?:{dash}(?P<m>{small}){dash}|{slash}(?P<m2>{small}){slash})(?P<d>{small}|{big})")
def spaced_year_first_date(c: Ctx) -> DateSpan:
    """2023 - 02 - 21, ٢٠٢٣ / ٢ / ٢١: year, month and day with one separator twice, spaced alike at both
    (dates26). Spaced unlike («2011 - 12-15») the year stands apart from what follows: no date."""
    if _SPACED_YEAR_FIRST.fullmatch(c.surface) is None:
        raise NotADate
    y, month, day = c.number("y"), c.number("m" if c.has("m") else "m2"), c.number("d")
    if cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR:
        raise NotADate
    c.step(f"{c.surface}: year first, spaced alike, read as yyyy-mm-dd")
    c.stated.update(day=day, month=month, year=y)
    return cal.day_span(y, month, day)


@rule("numeric_date", MentionKind.DATE, "(?P<nd>{numdate})(?P<time>{time})?{ERA}?")
def numeric_date(c: Ctx) -> DateSpan:
    """20.06.2017, 2017-06-20, 11/30/2017, 14-09-1432 هـ: day first unless the year comes first."""
    return _numeric(c)


# The end of a spaced numeric date as written: day, separator and month glued (30-3-), then the year;
# or, with slashes only, spaces on either side of both (9 / 1 / 1986, 19 / 6/ 2019): a slash does not
# join a score (3-4 - 2025) or a share; or two dashes spaced alike (21- 2- 2023, 2 - 10 - 2014; dates26):
# a score and a year are spaced apart unlike the score's own dash.
_SPACED_TAIL: Final = re.compile(r"(?<!\d)(?:\d{1,2}([-/])\d{1,2}\1|\d{1,2}\s*/\s*\d{1,2}\s*/"
                                 r"|\d{1,2}([ \t]*)-([ \t]*)\d{1,2}\2-\3)\s*\d{4}(?!\d)")


def _spaced_numeric(c: Ctx) -> DateSpan:
    d, y = c.number("sd"), c.number("sy")
    mo = c.number("sm" if c.has("sm") else "sm2")
    if _SPACED_TAIL.search(c.surface) is None:
        raise NotADate  # only the year stands apart: «3-4 - 2025» is a score and a year
    if _is_hijri_era(c) and "/" in c.surface and cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR:
        c.step(f"{d} {mo} {y} هـ: a Hijri numeric date written with spaces, read day first: Umm al-Qura")
        c.stated.update(day=d, month=mo, year=y)
        return cal.hijri_day(y, mo, d)
    if _is_hijri_era(c) or cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR:
        raise NotADate  # a Hijri year in a numeric date is written whole (14-09-1432 هـ) or marked هـ
    c.step(f"{d} {mo} {y}: a numeric date written with spaces, read day first")
    c.stated.update(day=d, month=mo, year=y)
    return cal.day_span(y, mo, d)


_TATWEEL_DASH: Final = re.compile(r"[0-9٠-٩۰-۹]+\s*ـ+\s*[0-9٠-٩۰-۹]")


@rule("range_days_numeric_date", MentionKind.RANGE,
      "(?P<d1>{small}|{big})(?P<sep>{dash}|{to}|{and_})?(?:(?P<nd>{numdate})|{SPACEDND}){ERA}?")
def range_days_numeric_date(c: Ctx) -> DateSpan:
    """20 - 21/10/2019, 20 ـ 21 /10 /2019, 20 و21/10/2019: a first day before a numeric date, one stretch
    from that day of the date's month to the date (dates24). Without a dash, «إلى» or «و» between them,
    only a tatweel «ـ» written as a dash joins them (two numbers side by side are nothing else)."""
    if not c.has("sep") and _TATWEEL_DASH.match(c.surface) is None:
        raise NotADate
    end = _numeric(c) if c.has("nd") else _spaced_numeric(c)
    if not end.is_exact_day:
        raise NotADate
    d1 = c.number("d1")
    if not 1 <= d1 < end.start.day:
        raise NotADate
    start = end.start.replace(day=d1)
    c.step(f"from day {d1} of the date's month: {start.isoformat()} → {end.start.isoformat()}")
    return _range(c, DateSpan.day(start), end)


@rule("spaced_numeric_date", MentionKind.DATE, "{SPACEDND}{ERA}?")
def spaced_numeric_date(c: Ctx) -> DateSpan:
    """30-3- 2025, 5 / 4 / 2021, 21- 2- 2023: a numeric date that spaces broke apart, day first; one
    separator twice and a four-digit year, or it is no date (3-4 is a score, 2/3 a share); two dashes
    spaced alike (dates26)."""
    return _spaced_numeric(c)


@rule("day_slash_month_year", MentionKind.DATE,
      "(?P<day>{small}|{big})(?:{slash}(?P<month>{MNAME}){slash}|{dash}(?P<month2>{MNAME}){dash}"
      "|{dot}(?P<month3>{MNAME}){dot}|{dash}(?P<month4>{MNAME}))(?P<year>{year})")
def day_slash_month_year(c: Ctx) -> DateSpan:
    """05/يناير/2022, 5-آذار-2021, 19.آذار.2016: a day, a month's name and a year joined by slashes,
    dashes or full stops written without a space. A dash glued to the day and none after the month
    («التقرير الأسبوعي 21- حزيران 2013», a report's header) is that day too (dates40); a dash spaced from
    the day («العدد 21 - حزيران 2013», an issue's number) is no day: the month and its year are read."""
    if c.has("month4") and _DAY_GLUED_DASH.match(c.surface) is None:
        raise NotADate
    day = c.number("day")
    month = c.month(next(g for g in ("month", "month2", "month3", "month4") if c.has(g)))
    c.stated.update(day=day, month=month, year=c.number("year"))
    return cal.day_span(_greg_year(c), month, day)


# the day of day_slash_month_year's one dash, glued to it: «21- حزيران 2013», «21-حزيران 2013»
_DAY_GLUED_DASH: Final = re.compile(r"[0-9٠-٩۰-۹]{1,2}[-–—]")


def _ddmm(c: Ctx) -> DateSpan:
    d, mo = c.number("dd"), c.number("mm")
    c.step(f"{d}/{mo}: day/month without a year")
    return _dm_explicit(c, d, mo)


def _dm_explicit(c: Ctx, d: int, mo: int) -> DateSpan:
    y, why = cal.nearest_day(mo, d, c.anchor)
    c.step(why)
    return cal.day_span(y, mo, d)


@rule("numeric_day_month_context", MentionKind.DATE,
      "(?<={date_of})(?P<dd>{small}|{big}){slash}(?P<mm>{small})")
def numeric_day_month_context(c: Ctx) -> DateSpan:
    """بتاريخ 17/3: day/month after a word that announces a date."""
    return _ddmm(c)


@rule("numeric_month_year", MentionKind.DATE, "(?<!{slash})(?P<mm>{small}){slash}(?P<year>{year}){ERA}?")
def numeric_month_year(c: Ctx) -> DateSpan:
    """2/2013, 03/2021: a month and a year. Not a reference's number after «رقم» («ملف رقم 12/2019»,
    «بلاغ رقم 3/2020»; `_reference_number`)."""
    _reference_number(c)
    mo, y = c.number("mm"), c.number("year")
    if _is_hijri_era(c) or cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR:
        c.step(f"{mo}/{y}: Hijri month and year")
        return cal.hijri_month_span(y, mo)
    c.step(f"{mo}/{y}: month and year")
    return cal.month_span(y, mo)


# ==================================================================================================
# Hijri dates and holidays.
# ==================================================================================================
def _hijri_year(c: Ctx, month: int, day: int | None) -> int:
    """The Hijri year: stated, or the occurrence nearest the anchor."""
    if c.has("year"):
        y = c.number("year")
        if cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR or _is_hijri_era(c):
            c.step(f"Hijri year {y}")
            return y
        raise _GregorianYear(y)
    shift = c.direction("mod") if c.has("mod") else None
    ay, am, _ = cal.to_hijri(c.anchor)
    a_idx = cal.hijri_month_index(ay, am)
    if shift is None:
        best = min((ay - 1, ay, ay + 1), key=lambda yy: (abs(cal.hijri_month_index(yy, month) - a_idx),
                                                          cal.hijri_month_index(yy, month) > a_idx))
        y = best
        c.step(f"{cal.HIJRI_MONTHS_EN[month]} nearest to {c.anchor.isoformat()} ({ay}-{am:02d} AH): {y} AH")
    elif shift < 0:
        y = ay if month < am else ay - 1
        c.step(f"Hijri month {cal.HIJRI_MONTHS_EN[month]} + past: strictly before {ay}-{am:02d} AH → {y}")
    elif shift > 0:
        y = ay if month > am else ay + 1
        c.step(f"Hijri month {cal.HIJRI_MONTHS_EN[month]} + next: strictly after {ay}-{am:02d} AH → {y}")
    else:
        y = ay
        c.step(f"Hijri month in the anchor's Hijri year {ay}")
    return y


class _GregorianYear(Exception):
    def __init__(self, year: int) -> None:
        self.year = year


def _hijri_in_gregorian_year(c: Ctx, month: int, year: int, day: int | None) -> DateSpan:
    """رمضان 2019: the occurrence of a Hijri month that begins in a Gregorian year."""
    c.step(f"year {year} is Gregorian: the {cal.HIJRI_MONTHS_EN[month]} that begins in {year}")
    hy, _, _ = cal.to_hijri(dt.date(year, 1, 1))
    for y in (hy, hy + 1):
        span = cal.hijri_month_span(y, month)
        if span.start.year == year:
            return cal.hijri_day(y, month, day) if day else span
    raise ImpossibleDate(f"no {cal.HIJRI_MONTHS_EN[month]} begins in {year}")


_HIJRI_SEPARATORS: Final = frozenset((Sym.SLASH, Sym.DASH, Sym.DOT))


def _hijri_dmy(c: Ctx) -> DateSpan:
    month = c.number("hmonth")
    slashed = c.before("hmonth")
    if slashed is not None and slashed.sym in _HIJRI_SEPARATORS and not c.has("year"):
        raise NotADate  # ٢٩/ذي القعدة/١٤٤١ (dates21), 23-شعبان-1447 (dates22): only with its year
    day = c.number("day") if c.has("day") else 1
    try:
        y = _hijri_year(c, month, day)
    except _GregorianYear as g:
        return _hijri_in_gregorian_year(c, month, g.year, day)
    return cal.hijri_day(y, month, day)


@rule("hijri_date_equated", MentionKind.DATE,
      "(?:(?P<dp>{daypart})?{day_word}?(?P<wd0>{weekday}){comma}?)?(?:(?P<hday>{DAY})|{ghurra})(?:{OF}|{HSEP})(?P<hmonth>{hmonth}){HSEP}?{comma}?{from_}?"
      "(?:{this}?(?:{year_word}|{the_year}){hijri_mark}?)?(?P<hyear>{year}){hijri_mark}?"
      "(?:{comma}|{dash})?(?:{DATEOF}|(?P<eq>{filler}){day_word}?)(?:(?P<wd>{weekday}){comma}?)?"
      "(?:(?P<day>{DAY}){OF}(?P<month>{MNAME}){YEARTAIL}|(?P<nd>{numdate}){greg_mark}?)")
def hijri_date_equated(c: Ctx) -> DateSpan:
    """22 ذو القعدة 1441 هـ – الموافق 12 يوليو 2020 م, فاتح شعبان 1440 هو يوم الأحد 7 أبريل 2019, 1 شوال لعام
    1443 هـ الموافق 2/5/2022: a Hijri date with its year and the Gregorian date the text equates it with
    (الموافق, موافق, هو, هي …: ``HIJRI_GREGORIAN_JOINS``), one mention: the Gregorian day. The Hijri day
    is the one its country counted, which may be a day off the Umm al-Qura table: the text's equation
    stands, a gap of more than a day is reported (dates24). A weekday before the Hijri date or before the
    Gregorian one confirms the Gregorian day («مساء الأحد 29 رمضان 1443 هـ موافق 1 ماي 2022م»)."""
    if c.has("eq") and fold(c.written("eq")).split() not in ([w] for w in _HIJRI_GREGORIAN_JOINS):
        raise NotADate
    hy = c.number("hyear")
    if not cal.HIJRI_MIN_YEAR <= hy <= cal.HIJRI_MAX_YEAR:
        raise NotADate
    greg = _numeric(c) if c.has("nd") else day_month_year(c)
    if greg is None or not greg.is_exact_day:  # None: a place's name (`_place_named_by_date`)
        raise NotADate
    for name in ("wd0", "wd"):
        if c.has(name):
            _check_weekday(c, greg, name)
    if c.has("dp"):
        c.detail = f"part of day: {c.text('dp')}"
    hm, hd = c.number("hmonth"), c.number("hday") if c.has("hday") else 1
    try:
        table = cal.hijri_day(hy, hm, hd).start
    except ImpossibleDate:
        table = None
    if table is None or abs((table - greg.start).days) > 1:
        c.warn(f"the Hijri date {hd}/{hm}/{hy} is not within a day of {greg.start.isoformat()} by the "
               "Umm al-Qura table; the Gregorian date stands")
    else:
        c.step(f"the Hijri date {hd}/{hm}/{hy} ({table.isoformat()} by the table) equated with "
               f"{greg.start.isoformat()}: the Gregorian date stands")
    return greg


_HIJRI_GREGORIAN_JOINS: Final = frozenset(fold(w) for w in L.HIJRI_GREGORIAN_JOINS)


@rule("hijri_day_month", MentionKind.DATE,
      "(?:(?P<day>{DAY})|{ghurra})(?:{OF}|{HSEP})(?P<hmonth>{hmonth})(?:{MOD}|{HSEP}?{HYEARTAIL}|{hijri_mark})?")
def hijri_day_month(c: Ctx) -> DateSpan | None:
    """15 رمضان 1442, غرة شوال, 1 محرم 1443 هـ: Umm al-Qura; غرة is the first day. Without its year and
    equated by the next words with another day («غرة رمضان في البلاد ستكون غداً السبت»): a vague
    mention, the day named after it read instead (`_sighted`)."""
    if not c.has("day"):
        c.step("غرة: the first day of the month")
    _score_zero(c)
    if _sighted(c):
        c.vague("sighting")
        return None
    span = _hijri_dmy(c)
    twin = _gregorian_twin(c, span) if c.has("year") else None
    return span if twin is None else twin


_SCORE_WORDS: Final = frozenset(fold(w) for w in L.SCORE_WORDS)
_SAFAR: Final = fold("صفر")


def _score_zero(c: Ctx) -> None:
    """score_zero: a number right before a bare «صفر» (no year, no «هـ», no relative word after it) with a
    word of a match (``SCORE_WORDS``) among the six words before it in its clause is a score: «فاز الوحدة
    3 صفر», «انتهت المباراة 1 صفر» (dates55). No day of Safar."""
    if not c.has("day") or not fold(c.surface).rstrip().endswith(_SAFAR):
        return
    words = c.words_before(6)
    if any(w.strip("«»\"()") in _SCORE_WORDS for w in words):
        c.step("a word of a match before «N صفر»: a score, no day of Safar")
        raise NotADate


# What may stand between a Gregorian day and the Hijri date that follows it as its twin: nothing, a bar,
# or a page's clock time with its ص / م («الثلاثاء 10 يونيو 2025 07:43 مـ 13 ذو الحجة 1446 هـ»; dates31);
# a dash, as a paper's header line sets its two dates apart («الأحد 25 أكتوبر 2015 م - ١١ محرم ١٤٣٧ هـ»;
# dates50).
_TWIN_GAP: Final = re.compile(r"\s*(?:[|\-–—]\s*|\d{1,2}:\d{2}\s*(?:صـ?|مـ?)?\s*)?")


def _gregorian_twin(c: Ctx, table: DateSpan) -> DateSpan | None:
    """gregorian_twin: a Hijri date with its year right after a Gregorian day (nothing between them but a
    bar, a dash or a page's clock time), the table's day within a day of it, is that day's twin as the writer
    counted it: the Gregorian day («الثلاثاء 19 نوفمبر 2019 07:39 مـ 21 ربيع أول 1441 هـ», the table's
    18 November; «غدًا السبت الثالث من شهر سبتمبر 2016م غرة شهر ذي الحجة لهذا العام 1437 ه»), as the
    equated Hijri date of ``hijri_date_equated`` is (dates31: dates_real 660, 1064, 1092, the three such
    pairs a day apart in the dev texts; the same-day pairs do not move). None when there is no such twin."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return None
    value = ante.value
    if (value is None or not value.is_exact_day or not table.is_exact_day
            or ante.rule.startswith("hijri") or abs((value.start - table.start).days) != 1
            or not _TWIN_GAP.fullmatch(c.text_since(ante.end))):
        return None
    c.step(f"the Hijri date is the twin of {ante.text!r} right before it ({table.start.isoformat()} by the "
           f"table): the Gregorian day {value.start.isoformat()} stands")
    return DateSpan.day(value.start)


@rule("nth_day_of_hijri_month", MentionKind.DATE,
      "{today}(?P<day>{ord}){OF}(?P<hmonth>{hmonth})(?:{MOD}|{HYEARTAIL}|{hijri_mark})?")
def nth_day_of_hijri_month(c: Ctx) -> DateSpan:
    """اليوم الأول من رمضان, اليوم العاشر من محرم 1443: that day of the Hijri month (Umm al-Qura)."""
    return _hijri_dmy(c)


@rule("hijri_month", MentionKind.DATE,
      "{month_word}?(?P<hmonth>{hmonth})(?:{MOD}|{HYEARTAIL}|{hijri_mark}|{RELYEAR})")
def hijri_month(c: Ctx) -> DateSpan:
    """رمضان 1443 هـ, رمضان المقبل, رمضان 2019 (the Ramadan that begins in 2019). With a relative year
    after it («شهر رمضان هذه السنة», «رمضان من العام الماضي»), the one that begins in that year: one
    mention, as «آذار من هذا العام» is (dates37), never the month and the year apart."""
    month = c.number("hmonth")
    if c.has("ythis") or c.has("ymod"):
        return _hijri_in_gregorian_year(c, month, _rel_year(c), None)
    try:
        y = _hijri_year(c, month, None)
    except _GregorianYear as g:
        return _hijri_in_gregorian_year(c, month, g.year, None)
    return cal.hijri_month_span(y, month)


@rule("hijri_month_named", MentionKind.DATE, "(?:{month_word}|{the_month}|(?<={in_}))(?P<hmonth>{hmonth})")
def hijri_month_named(c: Ctx) -> DateSpan:
    """شهر رمضان, في رمضان, لشهر ذي القعدة (ل + شهر): the occurrence nearest the anchor. After a word that
    completes a month («هو المكمل لشهر شعبان»), it ends on the day the text names (`_completed_on`)."""
    before = c.words_before(1)
    if c.surface.startswith("ل") and before and before[0] in _MONTH_COMPLETING:
        c.step(f"{before[0]} ل…: the month a crescent announcement completes")
        return _completed_on(c, hijri_month(c))
    return hijri_month(c)


_MONTH_COMPLETING: Final = frozenset(fold(w) for w in L.MONTH_COMPLETING_WORDS)


def _completed_on(c: Ctx, month: DateSpan) -> DateSpan:
    """completed_on_named_day: «أعلنت الوزارة أن غداً الأربعاء هو المتمم لشعبان», «يكون يوم غدٍ الأربعاء
    الموافق 22 مارس متمماً لشهر شعبان»: the text names the day that completes the month (the date told
    right before the word of completing, a sighting word between them or none), and the month, as the
    country counts it, ends on that day, a day before or after the Umm al-Qura table's last day (a
    sighting moves it by one; dates37, the conventions' Hijri rows: the day the text equates a Hijri day
    with stands). Its first day stays the table's. No day told there, or one further off: the table's
    month."""
    try:
        ante = c.antecedent()
    except NeedsAntecedent:
        return month
    day = ante.value.start if ante.value is not None and ante.value.is_exact_day else None
    if day is None or day == month.end or abs((day - month.end).days) > 1:
        return month
    between = fold(c.text_since(ante.end)).split()
    if not 1 <= len(between) <= 2 or between[-1] not in _MONTH_COMPLETING or (
            len(between) == 2 and between[0] not in _SIGHTING):
        return month
    c.step(f"{ante.text!r} completes the month: it ends on {day.isoformat()}, not on the table's "
           f"{month.end.isoformat()} (a sighting)")
    return DateSpan(month.start, day, month.granularity, None, "")


@rule("hijri_month_completed", MentionKind.DATE, "(?P<hmonth>{hmonth})")
def hijri_month_completed(c: Ctx) -> DateSpan:
    """غداً المتمم لشعبان: a bare Hijri month with ل right after a word that completes a month
    (``MONTH_COMPLETING_WORDS``): that month, the occurrence nearest the anchor (dates30, dates_real 974),
    ending on the day the text names as the one that completes it (`_completed_on`, dates37)."""
    before = c.words_before(1)
    if not (c.surface.startswith("ل") and before and before[0] in _MONTH_COMPLETING):
        raise NotADate
    c.step(f"{before[0]} ل…: the month a crescent announcement completes")
    return _completed_on(c, hijri_month(c))


@rule("holiday_yearly_day", MentionKind.SET,
      "(?P<hol>{holiday})(?P<falls>{filler}{filler}?)?{comma}?{in_}?"
      "(?:{today}(?P<day>{ord})|(?P<dayn>{DAY})|(?P<first>{first}){day_word}){OF}(?P<hmonth>{hmonth})"
      "(?!{comma}?{from_}?(?:{year_word}|{the_year})?{year}|{hijri_mark}|{past}|{future}|{current})")
def holiday_yearly_day(c: Ctx) -> None:
    """يحتفل المسلمون بعيد الأضحى في اليوم العاشر من شهر ذي الحجة, عيد الفطر في الأول من شوال: a Hijri
    holiday with its own day of the month and no year says when the feast falls every year, a frequency,
    not the feast nearest the anchor. So does «الذي يصادف / يبدأ في» between them («رأس السنة الهجرية الذي
    يصادف أول يوم من شهر محرم», ``HOLIDAY_FALLS_ON_VERBS``; dates29). Another day, or a year after it,
    leaves the holiday and the day to the date rules."""
    if c.has("falls"):
        words = [w.strip("،,") for w in fold(c.written("falls")).split()]
        if not any(w in _FALLS_ON_VERBS for w in words) or not all(
                w in _FALLS_ON_VERBS or w in _FALLS_ON_WORDS or w in _EPITHETS for w in words):
            raise NotADate
    hid = c.text("hol")
    day = 1 if c.has("first") else c.number("day" if c.has("day") else "dayn")
    if L.HIJRI_HOLIDAYS.get(hid) != (c.number("hmonth"), day):
        raise NotADate
    c.detail = f"every year: {hid}, day {day} of Hijri month {c.number('hmonth')}"
    c.step(f"{c.word('hol')} and its own day {day} of the Hijri month {c.number('hmonth')} without a "
           "year: when the feast falls every year, not one date")
    return None


_EPITHETS: Final = frozenset(fold(w) for w in L.HOLIDAY_EPITHETS)
_FALLS_ON_VERBS: Final = frozenset(fold(w) for w in L.HOLIDAY_FALLS_ON_VERBS)
_FALLS_ON_WORDS: Final = frozenset(fold(w) for w in L.HOLIDAY_FALLS_ON_WORDS)
_OCCASION: Final = frozenset(fold(w) for w in L.HOLIDAY_AS_OCCASION)


def _holiday_as_occasion(c: Ctx) -> bool:
    """Is the feast the subject of what it means, a word of ``HOLIDAY_AS_OCCASION`` after it and its
    epithets (عيد الأضحى المبارك يرمز إلى)? Then it is reported as vague."""
    words = [w.strip("،,.:«»\"") for w in fold(c.text_after(40)).split()]
    while words and words[0] in _EPITHETS:
        words.pop(0)
    if not words or words[0] not in _OCCASION:
        return False
    c.step(f"{c.surface} … {words[0]}: the feast named as an occasion (what it means), not a day")
    c.vague("occasion")
    return True


@rule("nth_day_of_feast", MentionKind.DATE,
      "(?:(?P<o>{ordi}|{first})(?:{day_word}|{plural}){from_}?|{today}(?P<o2>{ord}){from_})"
      "(?P<hol>{holiday})(?:{comma}?(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?|{RELYEAR}|{MOD})?")
def nth_day_of_feast(c: Ctx) -> DateSpan | None:
    """ثاني أيام عيد الفطر, أول أيام عيد الأضحى, ثالث يوم من عيد الأضحى, اليوم الثاني من عيد الفطر: the nth
    day of a feast of several days (``FEASTS_OF_DAYS``, up to ``FEAST_MAX_DAY``), counted from the feast's
    first day as the holiday rule reads it (dates24). A feast the text equates with another day, or names
    as an occasion, is no day (as for the feast alone)."""
    if c.text("hol") not in L.FEASTS_OF_DAYS:
        raise NotADate
    n = c.number("o2") if c.has("o2") else c.number("o")
    if not 1 <= n <= L.FEAST_MAX_DAY:
        raise NotADate
    before = c.words_before(1)
    if n == 1 and before and before[0] in _WEEKDAY_NAMES:
        c.step(f"the weekday {before[0]!r} is the feast's first day: the feast names no day of its own")
        c.vague("sighting")
        return None
    first = holiday(c)
    if first is None:
        return None
    d = first.start + dt.timedelta(days=n - 1)
    c.step(f"day {n} of the feast: {first.start.isoformat()} + {n - 1} → {d.isoformat()}")
    return DateSpan.day(d)


@rule("holiday", MentionKind.DATE,
      "(?P<hol>{holiday})(?:{comma}?(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?|{RELYEAR}|{MOD})?")
def holiday(c: Ctx) -> DateSpan | None:
    """عيد الفطر 2013, عيد الأضحى, رأس السنة الهجرية, عيد الفصح. A feast without a year named as an
    occasion, the subject of what it means («عيد الأضحى رمز للتضحية», «عيد الفطر المبارك يرمز إلى …»;
    ``HOLIDAY_AS_OCCASION``), is no day: a vague mention (dates20). With a relative year after it («عيد
    الأضحى من العام الماضي», «عيد الفطر لهذا العام»), the feast that falls in that Gregorian year, as with
    the year's number (`hijri_relative_year`, dates54): one mention, never the nearest feast and the year
    apart."""
    hid = c.text("hol")
    if not _has_year(c) and _holiday_as_occasion(c):
        return None
    if not _has_year(c) and _feast_equated(c):
        c.vague("sighting")
        return None
    if hid in L.HIJRI_HOLIDAYS:
        hm, hd = L.HIJRI_HOLIDAYS[hid]
        if _has_year(c):
            y = _given_year(c)
            if c.has("year") and (cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR or _is_hijri_era(c)):
                return cal.hijri_day(y, hm, hd)
            c.step(f"{hid} in the Gregorian year {y}")
            hy, _, _ = cal.to_hijri(dt.date(y, 1, 1))
            for cand in (hy, hy + 1):
                s = cal.hijri_day(cand, hm, hd)
                if s.start.year == y:
                    return s
            raise ImpossibleDate(f"no {hid} falls in {y}")
        ay, _, _ = cal.to_hijri(c.anchor)
        days = [cal.hijri_day(y, hm, hd) for y in (ay - 1, ay, ay + 1)]
        best = _pick_holiday(c, days)
        c.step(f"{hid} relative to {c.anchor.isoformat()} → {best.start.isoformat()}")
        return best
    # Gregorian holidays
    if _has_year(c):
        y = _given_year(c)
        return _greg_holiday(hid, y)
    days = [_greg_holiday(hid, y) for y in (c.anchor.year - 1, c.anchor.year, c.anchor.year + 1)]
    best = _pick_holiday(c, days)
    c.step(f"{hid} relative to {c.anchor.isoformat()} → {best.start.isoformat()}")
    return best


@rule("holiday_epithet_year", MentionKind.DATE,
      "(?P<hol>{holiday})(?P<ep>{filler})(?:{comma}?(?:{year_word}|{the_year})?(?P<year>{year}){ERA}?|{RELYEAR})")
def holiday_epithet_year(c: Ctx) -> DateSpan | None:
    """عيد الأضحى المبارك 2023, عيد الفطر السعيد من العام الماضي: a feast, its epithet (``HOLIDAY_EPITHETS``),
    then its year or a relative year: the feast of that year, one mention, as without the epithet
    (`hijri_relative_year`, dates54), never the nearest feast and the year apart. Another word between
    them leaves the feast and the year apart."""
    if fold(c.written("ep")).strip() not in _EPITHETS:
        raise NotADate
    c.step(f"{c.written('ep').strip()!r}: the feast's epithet, before its year")
    return holiday(c)


def _has_year(c: Ctx) -> bool:
    """Does the match give its year: a number, or a relative year («من العام الماضي», «لهذا العام»)?"""
    return c.has("year") or c.has("ythis") or c.has("ymod")


def _pick_holiday(c: Ctx, days: list[DateSpan]) -> DateSpan:
    a = c.anchor
    shift = c.direction("mod")
    if shift < 0:
        return max(d for d in days if d.start < a)
    if shift > 0:
        return min(d for d in days if d.start > a)
    return min(days, key=lambda d: (abs((d.start - a).days), d.start > a))


def _greg_holiday(hid: str, year: int) -> DateSpan:
    if hid == "easter":
        return DateSpan.day(cal.easter_day(year))
    m, d = L.GREGORIAN_HOLIDAYS[hid]
    return cal.day_span(year, m, d)


# ==================================================================================================
# Durations, frequencies and vague words: never calendar dates.
# ==================================================================================================
@rule("duration", MentionKind.DURATION,
      "(?P<for>{for_})?(?:{approx})?(?:(?P<n>{COUNT})(?P<unit>{plural}|{UNITWORD})|(?P<dual>{dual})"
      "|(?<={for_})(?P<one>{UNITWORD}))")
def duration(c: Ctx) -> None:
    """لمدة 6 أشهر, ستّ ساعات, 48 ساعة, أسبوعين: a length of time, never a calendar date."""
    n, unit = _count_and_unit(c)
    if not c.has("for") and not c.has("dual") and unit == "year" and c.tok("n").sym == Sym.YEAR:
        raise NotADate
    if _ordinal_before_day(c, unit):
        raise NotADate
    c.detail = _iso_duration(n, unit)
    c.step(f"a duration of {n} {unit}(s): {c.detail}")
    return None


_YAWM_SINGULAR: Final = frozenset((fold("يوم"),))
_DATE_AFTER_YAWM: Final = frozenset(fold(w) for w in (*L.WEEKDAYS, *L.TOMORROW, *L.YESTERDAY))


def _ordinal_before_day(c: Ctx, unit: str) -> bool:
    """ordinal_before_day: «وجرت الانتخابات العراقية الـ6 يوم 11 تشرين الثاني», «وتُختتم الجولة الـ12 يوم غد
    الجمعة»: a number with the article right before the bare «يوم» and a day after it (a number, a weekday,
    a relative day) is the ordinal of the noun before it (the 6th elections) and «يوم» the date's: no
    duration (dates33: the two such uses in the dev texts of both yardsticks, dates_real 174 and 832)."""
    if unit != "day" or c.has("for") or not c.has("n") or not c.surface.startswith("ال"):
        return False
    if fold(c.surface.split()[-1]) not in _YAWM_SINGULAR:
        return False
    words = fold(c.text_after(20)).split()
    if not words or not (words[0][:1].isdigit() or words[0] in _DATE_AFTER_YAWM):
        return False
    c.step(f"{c.surface.split()[0]} before «يوم» and a day: the ordinal of the noun before it, «يوم» the "
           "date's")
    return True


@rule("frequency_times_per", MentionKind.SET,
      "(?:{several}|{card}|{small}|{big}|{other_num})?{times}{card}?(?:{in_}|{from_})?{every}?"
      "(?P<unit>{today}|{the_week}|{the_month}|{the_year}|{day_word}|{week_word}|{month_word}|{year_word})")
def frequency_times_per(c: Ctx) -> None:
    """مرتين في الأسبوع, عدة مرات في اليوم: a frequency, not a date. Not when a number follows the unit
    (times_then_date, dates30): «أقيم لأول مرة سنة 1980» is «first held in 1980», the year a date."""
    if c.text_after(1)[:1].isdigit():
        c.step(f"{c.text('unit')} and a number after it: a date, not a count of times per unit")
        raise NotADate
    u = "day" if c.tok("unit").sym == Sym.TODAY else c.text("unit")
    c.detail = f"frequency: per {u}"
    c.step(f"a count of times per {u}: a frequency, not a date")
    return None


@rule("annual_date", MentionKind.SET,
      "(?:{in_})?(?:(?:{day_word}?(?P<wd>{weekday}))?(?P<day>{DAY}){from_}?)?{month_word}?"
      "(?:(?P<month>{MNAME})|(?P<hmonth>{hmonth})){from_}?{every}(?:{year_word}|{the_year})")
def annual_date(c: Ctx) -> None:
    """في الـ 21 من آب من كل عام, في آب من كل سنة: a day or month that comes back every year, no date; a
    Hijri one as well («في 15 ذي القعدة من كل عام هجري», dates30); a weekday of the month too («في الجمعة
    الثانية من شهر أكتوبر من كل سنة», the day a parliament opens every year; dates50)."""
    month = (f"Hijri month {cal.HIJRI_MONTHS_EN[c.number('hmonth')]}" if c.has("hmonth")
             else f"month {c.month()}")
    what = f"day {c.number('day')} of {month}" if c.has("day") else month
    if c.has("wd"):
        what = f"{WEEKDAY_EN[c.weekday('wd')]} number {c.number('day')} of {month}"
    c.detail = f"every year: {what}"
    c.step(f"من كل عام: {what} every year, not one date")
    return None


@rule("frequency_every", MentionKind.SET,
      "{every}(?P<n>{small}|{big}|{card})?(?P<unit>{day_word}|{week_word}|{month_word}|{year_word}|{plural}"
      "|{dual}|{weekday_indef}|{weekday})(?:{weekday_indef}|{weekday})?")
def frequency_every(c: Ctx) -> None:
    """كل يوم, كل ثلاثة أشهر, كل جمعة: a recurring time."""
    unit = c.tok("unit").sym
    n = c.number("n") if c.has("n") else (2 if unit == Sym.DUAL else 1)
    what = WEEKDAY_EN[c.weekday("unit")] if unit in (Sym.WEEKDAY, Sym.WEEKDAY_INDEF) else c.text("unit")
    c.detail = f"every {n} {what}" if n != 1 else f"every {what}"
    c.step(f"كل: {c.detail}")
    return None


@rule("frequency_adverb", MentionKind.SET, "(?P<f>{freq})")
def frequency_adverb(c: Ctx) -> None:
    """يومياً, شهرياً: once per unit."""
    c.detail = f"frequency: per {c.text('f')}"
    c.step(c.detail)
    return None


@rule("per_day", MentionKind.SET, "{in_}{today}(?!{ord}|{weekday}|{comma}{weekday}|{daypart})")
def per_day(c: Ctx) -> None:
    """في اليوم after a count means "per day" (عدة مرات في اليوم), not today."""
    c.detail = "frequency: per day"
    c.step("في اليوم: per day, a frequency")
    return None


@rule("from_today", MentionKind.DATE,
      "(?P<now>{from_now})(?!{weekday}|{ord}|{small}|{big}|{numdate}|{year}|{month}|{amb_month}|{hmonth}"
      "|{same}|{daypart}|{today})")
def from_today(c: Ctx) -> DateSpan:
    """اعتباراً من اليوم, وابتداءً من اليوم, بدءاً من اليوم: starting today, the anchor's day (dates28). Only
    after a word of ``STARTING_FROM`` (و before it or not), and with no weekday or date after it
    («اعتباراً من اليوم الأحد 19 تشرين الأول» is read by the date)."""
    words = c.words_before(1)
    starting = bool(words) and words[0].removeprefix("و") in _STARTING_FROM
    if not c.tok("now").word.endswith("اليوم") or not starting:
        raise NotADate
    return _the_anchor_day(c, f"{words[0]} من اليوم: starting on the anchor's day {c.anchor.isoformat()}",
                           "starting that day")


@rule("earlier_today", MentionKind.DATE, "(?P<v>{vague})(?:(?P<now>{from_now})|(?P<rel>{today}))")
def earlier_today(c: Ctx) -> DateSpan:
    """في وقت سابق من اليوم, في وقت لاحق اليوم: earlier or later on the anchor day, that day (the
    vague «في وقت سابق» alone is no day)."""
    side = c.tok("v").value
    if side not in ("past", "future") or (c.has("now") and not c.tok("now").word.endswith("اليوم")):
        raise NotADate  # «في وقت لاحق من الآن» is no day
    return _the_anchor_day(
        c, f"{c.word('v')} … اليوم: {'earlier' if side == 'past' else 'later'} on the anchor day "
        f"→ {c.anchor.isoformat()}", "earlier in the day" if side == "past" else "later in the day")


@rule("anniversary_of_year", MentionKind.DATE,
      "(?P<v>{vague})(?:{from_})?(?:{year_word}|{the_year})?(?P<year>{year})")
def anniversary_of_year(c: Ctx) -> DateSpan:
    """في مثل هذا اليوم من عام 2013: the anchor's day of the month in that year (an anniversary)."""
    if c.tok("v").value != "anniversary":
        raise NotADate
    a, y = c.anchor, c.number("year")
    span = cal.day_span(y, a.month, a.day)
    c.step(f"{c.word('v')}: the anchor's day {a.month:02d}-{a.day:02d} in {y} → {span.start.isoformat()}")
    return span


@rule("anniversary_years_ago", MentionKind.DATE,
      "(?P<v>{vague})(?P<rel>{before})(?:(?P<n>{COUNT})(?P<unit>{UNIT})|(?P<dual>{dual})|(?P<one>{UNITWORD}))")
def anniversary_years_ago(c: Ctx) -> DateSpan:
    """في مثل هذا اليوم قبل 12 عاماً: the anchor's day of the month N years before it, as «في مثل هذا اليوم
    من عام 2011» names it by its year (dates33). Another unit than years (قبل أسبوع) is no anniversary."""
    if c.tok("v").value != "anniversary":
        raise NotADate
    n, unit = _count_and_unit(c)
    if unit != "year":
        raise NotADate
    a = c.anchor
    y = a.year - n
    try:
        span = cal.day_span(y, a.month, a.day)
    except ImpossibleDate:  # 29 February in a common year
        raise NotADate from None
    c.step(f"{c.word('v')} {c.word('rel')} {n} year(s): the anchor's day {a.month:02d}-{a.day:02d} in {y} "
           f"→ {span.start.isoformat()}")
    return span


@rule("vague_reference", MentionKind.VAGUE, "(?P<v>{vague})")
def vague_reference(c: Ctx) -> None:
    """في وقت سابق, حينها, في الوقت القريب: a time no calendar fixes."""
    c.detail = f"vague: {c.text('v')}"
    c.step(f"{c.word('v')}: refers to a time ({c.text('v')}) that the text does not date")
    return None


# --------------------------------------------------------------------------------------------------
RULES: Final[list[Rule]] = ordered(_DEFINED)  # in the order they are tried: see priority.py
