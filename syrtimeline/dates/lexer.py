"""From stripped text to a string of symbols, one per word the grammar knows.

One compiled regular expression walks the stripped text once and stops only at numbers, numeric dates,
times and the words of the lexicon (with their clitics و ف ب ل ك). Everything else is skipped inside the
regex engine. Between two stops the gap is read: white space joins them, a comma / slash / dash /
bracket becomes a symbol of its own, anything else breaks the chain. The rules in ``rules.py`` are
regular expressions over this symbol string, so matching every rule is one more pass over a string
far shorter than the text.
"""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum, unique
from typing import Any, Final, NamedTuple, Protocol, TypeVar

from . import lexicon as L
from .normalize import fold

__all__ = ["SYMBOLS", "Sym", "Token", "tokenize"]


@unique
class Sym(StrEnum):
    """The symbols of the symbol string: one character per word the grammar knows, named by the
    category of that word. A rule pattern writes a symbol by its category, which is the member's name in
    lower case (``{month}``, ``{amb_month}``), with ``_`` after a Python keyword (``{in_}``, ``{from_}``,
    ``{and_}``, ``{for_}``); see :attr:`category` and ``SYMBOLS``. A member is its character (a str),
    so the symbol string is the tokens' symbols joined, and a resolver compares ``t.sym == Sym.LAST``."""

    # months and weekdays
    MONTH = "M"  # a Gregorian month: كانون الثاني, يناير, جانفي (value: 1–12)
    AMB_MONTH = "m"  # a month name that is also a common word, a month only in a date context: آب, مارس, ماي
    HMONTH = "H"  # a Hijri month: رمضان, ذو الحجة (value: 1–12)
    WEEKDAY = "W"  # الثلاثاء (value: Monday = 0)
    WEEKDAY_INDEF = "w"  # ثلاثاء, as in أول ثلاثاء
    WEEKDAY_WEEK = "3"  # ثلاثاء الأسبوع: a weekday of a week
    WEEKDAY_PLURAL = "1"  # الآحاد, الجمعات: a weekday that recurs (value: Monday = 0)
    # numbers written as words
    CARD = "c"  # a cardinal: ثلاثة, خمسة عشر (value: the number)
    SEVERAL = "v"  # عدة, بضعة, القليلة: an unstated number
    ORD = "o"  # an ordinal: الثالث, الحادي عشر (value: the number)
    ORDI = "q"  # an indefinite ordinal: ثالث, as in ثالث يوم
    FIRST = "f"  # أول
    LAST = "l"  # آخر, الأخير
    # units
    DAY_WORD = "a"  # يوم
    WEEK_WORD = "k"  # أسبوع
    MONTH_WORD = "s"  # شهر
    YEAR_WORD = "e"  # عام, سنة
    HOUR_WORD = "h"  # ساعة, دقيقة (value: hour / minute)
    PLURAL = "V"  # أيام, أشهر (value: the unit)
    DUAL = "X"  # يومين, شهرين (value: the unit)
    PLURAL_DEF = "Z"  # الأيام, الأشهر (value: the unit)
    DUAL_DEF = "2"  # العامين, الشهرين (value: the unit)
    THE_WEEK = "K"  # الأسبوع
    THE_MONTH = "S"  # الشهر
    THE_YEAR = "E"  # العام, السنة
    # days relative to the publication date
    TODAY = "A"  # اليوم
    YESTERDAY = "Q"  # أمس, البارحة
    TOMORROW = "T"  # غداً, بكرة
    # modifiers
    PAST = "R"  # الماضي, الفائت, السابق (value: "past")
    FUTURE = "F"  # المقبل, القادم (value: "future")
    CURRENT = "C"  # الجاري, الحالي (value: "current")
    THIS = "t"  # هذا, هذه
    THAT = "="  # ذلك, as in قبل ذلك بيومين: the date the text told before
    BEFORE_THAT = "<"  # قبلها, قبله: قبل pointing at the date the text told before
    AFTER_THAT = ">"  # بعدها, بعده
    SAME = "^"  # ذاك, نفسه, ذاته after a weekday: «يوم الخميس ذاك» is the day the text told before
    # parts of periods
    PART = "P"  # بداية, منتصف, أواخر (value: early / mid / late)
    HALF = "N"  # النصف
    QUARTER = "U"  # الربع
    SEASON = "G"  # الصيف (value: SU, WI, SP, FA)
    # words that join or frame a date
    IN = "i"  # في, خلال
    FROM = "x"  # من
    SINCE = "z"  # منذ
    BEFORE = "B"  # قبل
    AFTER = "b"  # بعد
    BETWEEN = "j"  # بين
    TO = "r"  # إلى, حتى
    AND = "&"  # و
    FOR = "g"  # لمدة, طوال
    APPROX = "~"  # نحو, حوالي
    UNDER = "0"  # أقل من: a count that is a bound, «بعد أقل من 12 ساعة» (dates19)
    DATE_OF = "y"  # بتاريخ, الموافق
    GHURRA = "u"  # غرة: the first day of
    CLOCK = "L"  # الساعة
    FROM_NOW = "!"  # من الآن
    HIJRI_MARK = "J"  # هـ, هجري
    GREG_MARK = "I"  # م, ميلادي
    # frequencies, vague words, parts of the day, holidays
    TIMES = "*"  # مرة, مرات, مرتين
    EVERY = "%"  # كل
    FREQ = "$"  # يومياً, شهرياً (value: the unit)
    VAGUE = "?"  # حينها, مؤخراً, في وقت سابق (value: narrative / past / present / future)
    DAYPART = "p"  # صباح, مساء, ليلة (value: morning, evening, night …)
    MORROW = "+"  # غداة: the day after (value: +1)
    HOLIDAY = "O"  # عيد الفطر (value: its id)
    DISCOURSE = "9"  # اليوم نفسه, الشهر ذاته, اليوم التالي: a day, month or year told before (unit, shift)
    # decades
    DECADE = "4"  # عقد
    DECADES = "5"  # عقدين, عقود (value: 2, or None)
    THE_DECADE = "6"  # العقد
    DECADE_NAME = "7"  # الثمانينيات (value: 8)
    THE_CENTURY = "8"  # القرن
    # digits (the value is the number)
    SMALL = "d"  # 1–12: a day or a month
    BIG = "D"  # 13–31: a day
    YEAR = "Y"  # four digits, 1000–2999
    OTHER_NUM = "n"  # any other number; a quantity such as 2.5 or 1,000 (value: None)
    NUMDATE = "#"  # 20.06.2017, 2017-06-20 (value: as written)
    TIME = "@"  # 14:30 (value: as written)
    # marks between words
    COMMA = ","
    SLASH = "/"
    DASH = "-"
    LPAREN = "("
    RPAREN = ")"
    COLON = ":"
    DOT = "."  # a full stop glued on both sides, between a number and a word: 19.آذار.2016 (dates16)
    BRK = "|"  # a line break
    FILLER = "_"  # a word the lexicon does not know (or knows only inside a longer name): the chain breaks

    @property
    def category(self) -> str:
        """The name a pattern template writes: ``month``, ``in_``."""
        name = self.name.lower()
        return name + "_" if keyword.iskeyword(name) else name


class Token(NamedTuple):
    start: int  # in the stripped text
    end: int
    sym: Sym
    value: object
    word: str  # folded surface form ("" for gaps)


# category → symbol, for the pattern templates. Units and modifiers pick their symbol by value.
SYMBOLS: Final[dict[str, Sym]] = {s.category: s for s in Sym}

_PREP_CAT: Final = {
    "in": "in_", "from": "from_", "since": "since", "before": "before", "after": "after",
    "between": "between", "to": "to", "and": "and_", "for": "for_", "approx": "approx",
    "date-of": "date_of", "first-day": "ghurra", "hour-word": "clock",
}
_UNIT_WORD_CAT: Final = {
    "day": "day_word", "week": "week_word", "month": "month_word", "year": "year_word",
    "hour": "hour_word", "minute": "hour_word",
}
_UNIT_DEF_CAT: Final = {"week": "the_week", "month": "the_month", "year": "the_year"}


_V = TypeVar("_V")


def _article_forms(table: dict[str, _V]) -> dict[str, _V]:
    """الآذار, المحرم: the month names of *table* with the article (see MONTHS_WITHOUT_ARTICLE)."""
    return {"ال" + w: v for w, v in table.items() if w not in L.MONTHS_WITHOUT_ARTICLE}


# The multi-word names, with the article on the first word of a month's name (الكانون الثاني).
MULTIWORD: Final[dict[tuple[str, ...], tuple[str, object]]] = {
    **L.MULTIWORD,
    **{("ال" + key[0], *key[1:]): val for key, val in L.MULTIWORD.items()
       if val[0] in ("month", "hmonth") and key[0] not in L.MONTHS_WITHOUT_ARTICLE},
}


def _build_words() -> dict[str, tuple[str, object]]:
    words: dict[str, tuple[str, object]] = {}

    def put(items: Iterable[tuple[str, object]], category: str | None = None) -> None:
        for word, value in items:
            cat = category
            if cat is None:  # value carries (category, value)
                cat, value = value  # type: ignore[misc]
            assert cat is not None
            words.setdefault(fold(word), (cat, value))

    # Order matters where a word has two readings: the first table that lists it wins.
    put(((w, 1) for w in L.FIRST), "first")
    put(((w, 0) for w in L.LAST), "last")
    put(L.GREGORIAN_MONTHS.items(), "month")
    put(L.GLUED_TWIN_MONTHS.items(), "month")
    put(L.AMBIGUOUS_MONTHS.items(), "amb_month")
    put(L.ENGLISH_MONTHS.items(), "amb_month")
    put(L.HIJRI_MONTHS.items(), "hmonth")
    put(_article_forms(L.GREGORIAN_MONTHS).items(), "month")
    put(_article_forms(L.AMBIGUOUS_MONTHS).items(), "amb_month")
    put(_article_forms(L.HIJRI_MONTHS).items(), "hmonth")
    put(L.WEEKDAYS.items(), "weekday")
    put(L.WEEKDAYS_INDEFINITE.items(), "weekday_indef")
    put(L.WEEKDAY_PLURALS.items(), "weekday_plural")
    put(((w, -1) for w in L.YESTERDAY), "yesterday")
    put(((w, 1) for w in L.TOMORROW), "tomorrow")
    put(((w, 0) for w in L.TODAY), "today")
    put(((w, (c, v)) for w, (c, v) in ((w, ("vague", v)) for w, v in L.VAGUE_WORDS.items())))
    put(L.DAYPARTS.items(), "daypart")
    put(((w, 1) for w in L.MORROW), "morrow")
    put(((w, (_UNIT_DEF_CAT[u], u)) for w, u in L.UNIT_DEFINITE.items()))
    put(((w, (_UNIT_WORD_CAT[u], u)) for w, u in L.UNIT_SINGULAR.items()))
    put(L.UNIT_PLURAL.items(), "plural")
    put(L.UNIT_DUAL.items(), "dual")
    put(L.UNIT_PLURAL_DEFINITE.items(), "plural_def")
    put(L.UNIT_DUAL_DEFINITE.items(), "dual_def")
    put(((w, (m, m)) for w, m in L.MODIFIERS.items()))
    put(((w, 0) for w in L.THIS), "this")
    put(((w, 0) for w in L.THAT), "that")
    put(((w, 0) for w in L.SAME_AS_TOLD), "same")
    put(L.PARTS.items(), "part")
    put(((w, 0) for w in L.HALF), "half")
    put(((w, 0) for w in L.QUARTER), "quarter")
    put(L.SEASONS.items(), "season")
    put(L.ORDINALS.items(), "ord")
    put(L.ORDINALS_INDEFINITE.items(), "ordi")
    put(L.CARDINALS.items(), "card")
    # a cardinal after a definite noun takes the article: الأشهر الستة الماضية
    put((("ال" + w, v) for w, v in L.CARDINALS.items()), "card")
    put(((w, None) for w in L.SEVERAL), "several")
    put(((w, (_PREP_CAT[p], p)) for w, p in L.PREPOSITIONS.items()))
    put(((w, (p + "_that", p)) for w, p in L.PREPOSITIONS_OF_THAT.items()))
    put(((w, "hijri") for w in L.HIJRI_MARKERS), "hijri_mark")
    put(((w, "gregorian") for w in L.GREGORIAN_MARKERS), "greg_mark")
    put(((w, 1) for w in L.DECADE_SINGULAR), "decade")
    put(L.DECADE_COUNTED.items(), "decades")
    put(((w, 0) for w in L.DECADE_DEFINITE), "the_decade")
    put(L.DECADE_NAMES.items(), "decade_name")
    put(((w, 0) for w in L.CENTURY_DEFINITE), "the_century")
    put(((w, 0) for w in L.TIMES_WORDS), "times")
    put(((w, 0) for w in L.EVERY), "every")
    put(L.FREQUENCY_ADVERBS.items(), "freq")
    # Words that only count inside a multi-word name (الفطر, القعدة, وقت ...).
    for key in MULTIWORD:
        for w in key:
            words.setdefault(fold(w), ("filler", None))
    return words


WORDS: Final = _build_words()
# The multi-word table, folded, indexed by its first two words; longest first.
_MULTI: Final[dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[str, object]]]]] = {}
for _key, _val in sorted(MULTIWORD.items(), key=lambda kv: -len(kv[0])):
    _fkey = tuple(fold(w) for w in _key)
    _MULTI.setdefault((_fkey[0], _fkey[1]), []).append((_fkey, _val))
_MULTI_SECONDS: Final = frozenset(k[1] for k in _MULTI)

# Characters that spelling folds together: the regex accepts every variant of a folded letter.
_VARIANTS: Final = {"ا": "[اأإآٱ]", "ي": "[يىی]", "ه": "[هةۃە]", "ك": "[كک]"}
# The pronoun ه of «بعده», «قبلها» (L.PRONOUN_HA) in the trie: read as written, never as a ة.
_PRONOUN_HA: Final = "\x00"
_VARIANTS[_PRONOUN_HA] = L.PRONOUN_HA


def _trie_regex(words: Iterable[str]) -> str:
    """One alternation of *words* as a trie (spelling variants of a letter as a class). A word that
    begins with a digit (the 14 of «قوى 14 آذار») does not begin inside a run of digits: its first
    digit is checked to follow none, after it matched (so the check costs nothing elsewhere)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, top: bool = False) -> str:  # type: ignore[type-arg]
        alts = []
        terminal = "" in node
        for ch in sorted(k for k in node if k):
            guard = r"(?<!\d\d)" if top and ch.isdecimal() else ""
            alts.append(_VARIANTS.get(ch, re.escape(ch)) + guard + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if terminal else body

    return emit(trie, top=True)


# A word that starts with ال also appears after the preposition ل as لل… (للعام = ل + العام).
_LIL: Final = {"ل" + w[2:]: w for w in WORDS if w.startswith("ال") and len(w) > 3}
# ... but without that clitic ل before it, the ل… form of these words is ل + the bare noun (dates20):
# «زيارة ليوم واحد» is a visit of one day (ل + يوم), «لليوم» is ل + اليوم.
_LIL_NEEDS_CLITIC: Final = frozenset("ل" + fold(w)[2:] for w in L.LIL_NEEDS_CLITIC)
_LIL_OTHER_WORD: Final = frozenset("ل" + fold(w)[2:] for w in L.LIL_OTHER_WORD)


# The abbreviated months (ك2, ت1: L.ABBREVIATED_MONTHS) are read by the number branch: their letter is
# its clitic, and tokenize turns «letter + digit» into the month. A letter that is no clitic (ت) is
# taken only before the digit of such a month. The digit may be written in any script (٥ ك٢ ٢٠٢٢).
_ABBR: Final[dict[tuple[str, str], int]] = {(w[:-1], w[-1]): v for w, v in L.ABBREVIATED_MONTHS.items()}


def _digit_class(digits: Iterable[str]) -> str:
    """A class of the ASCII *digits* in every script fold reads: ASCII, Arabic-Indic and Persian."""
    return "[" + "".join(d + chr(0x660 + int(d)) + chr(0x6F0 + int(d)) for d in sorted(digits)) + "]"


_ABBR_SPACED: Final = frozenset(k[0] for k in _ABBR)  # ك, ت: the letters of the abbreviations
_ABBR_LETTERS: Final = "".join(sorted({k[0] for k in _ABBR} - set("وفبالك")))
_ABBR_ONLY: Final = "|".join(
    f"{re.escape(letter)}(?={_digit_class(d for x, d in _ABBR if x == letter)}(?!\\d))"
    for letter in sorted({k[0] for k in _ABBR} - set("وفبالك")))
# The whole first word of a Levantine month pair (تشرين, كانون: a word the word branch stops at, as the
# first word of a name) with the digit that picks its month glued or one space after it (تشرين2, كانون 1:
# L.ORDINAL_DIGIT_MONTHS; dates34): tokenize reads the digit after the word, a month alone. Read there,
# not by the number branch, whose look-ahead would then be tried at every word (20 % slower scan).
# With the article too («الكانون2», as «الكانون الثاني» is read; dates35), and the digit up to
# L.PAIR_DIGIT_MAX_SPACES spaces after the word («كانون  2», a page's doubled space).
_PAIR_DIGIT: Final[dict[tuple[str, str], int]] = {
    (fold(w), d): v for w, ds in {**L.ORDINAL_DIGIT_MONTHS, **_article_forms(L.ORDINAL_DIGIT_MONTHS)}.items()
    for d, v in ds.items()}
_PAIR_WORDS: Final = frozenset(k[0] for k in _PAIR_DIGIT)
_ONE_DIGIT: Final = re.compile(rf" {{0,{L.PAIR_DIGIT_MAX_SPACES}}}(\d)(?!\d)")


def _pair_month(text: str, end: int, word: str) -> tuple[int, Sym, int, str] | None:
    """(end, symbol, month, word) of the month the pair's first word *word* (folded), which ends at
    *end*, names with the one digit glued or one space after it («تشرين2», «كانون ١»); None without one."""
    digit = _ONE_DIGIT.match(text, end)
    if digit is None:
        return None
    d = fold(digit.group(1))
    month = _PAIR_DIGIT.get((word, d))
    return None if month is None else (digit.end(), Sym.MONTH, month, word + d)


@functools.cache
def _lexer_source() -> str:
    """The lexer pattern's source: a word of the lexicon (with its clitics) or a number, after no letter."""
    pronoun = {fold(w) for w in L.PREPOSITIONS_OF_THAT}
    words = _trie_regex(sorted({w.replace(L.PRONOUN_HA, _PRONOUN_HA) if w in pronoun else w
                                for w in (*WORDS, *_LIL)}))
    # a clitic ب / ل / ك does not stand before the words of L.NO_CLITIC, nor before a month of
    # L.MADDA_AFTER_CLITIC written without its madda
    barred = _trie_regex(sorted({fold(w) for w in L.NO_CLITIC}))
    bare_madda = "|".join("[اأإٱ]" + re.escape(w[1:]) for w in L.MADDA_AFTER_CLITIC)
    clitic = rf"[بلك](?!(?:{barred}|{bare_madda})(?![^\W\d_]))"
    # Neither branch begins inside a run of digits: «F16 آذار» holds no 6.
    # For speed, without changing what matches: the number branch first checks that a digit follows
    # at most four clitic letters, and the clitics of a word are never tried as an empty group (which
    # would walk the trie a second time at every word that is not in the lexicon).
    return (
        _WORD_START + rf"(?:(?=[وفبالك{_ABBR_LETTERS}]{{0,4}}\d)"
        rf"(?P<ncl>[وف]?(?:بال|ال|لل|ب|ل|ك|{_ABBR_ONLY})?)"
        r"(?<!\d)(?P<num>\d{1,4}\\\d{1,2}\\\d{1,4}(?!\d)|\d[\d./:,٫٬-]*\d|\d)"
        rf"|(?P<cl>(?:[وف](?:{clitic})??|{clitic})??)(?P<w>{words})(?:(?![^\W\d_])|(?=(?P<glued>{_GLUED_AHEAD}))))"
    )


@functools.cache
def lexer_regex() -> re.Pattern[str]:
    """The one lexer pattern (built on first use, so importing the package stays fast): its plain form.

    One look-behind per position (is this the start of a word?), then either a run of digits and
    date punctuation or a lexicon word with its clitics; digit runs are classified in Python.
    :func:`tokenize` finds the same matches faster with ``_scan_regex()`` (see :func:`_words`).
    """
    return re.compile(_lexer_source())


# A match of the lexer begins where no letter stands before it ([^\W\d_]: a word character that is no
# digit and no underscore).
_WORD_START: Final = r"(?<![^\W\d_])"


def _no_letter(ch: str) -> bool:
    """True for a character after which a word may begin: no letter as ``_WORD_START`` reads one."""
    return not ch.isalnum() or ch.isdecimal() or ch == "_"


@functools.cache
def _scan_regex() -> re.Pattern[str] | None:
    """``lexer_regex()`` for scanning: each word with the character before it, which the class at its
    head requires to be no letter, instead of the look-behind. A pattern that begins with a class of
    characters lets the regex engine skip from candidate to candidate in C rather than try every
    position inside a word. The class is every character that is no letter, written out (the
    complement of the letters of the Basic Multilingual Plane as ranges), and every astral character
    (a rare astral letter before a word is caught in :func:`_words`). None, and the plain regex is
    used, if a word of the lexicon that the word branch can reach ends with no letter (a word could
    then begin right after it, where the scan does not look) or holds white space (see _words)."""
    if any((_no_letter(w[-1]) and not w[0].isdecimal()) or any(ch.isspace() for ch in w)
           for w in (*WORDS, *_LIL)):
        return None
    plain = _lexer_source()
    assert plain.startswith(_WORD_START)
    ranges: list[str] = []
    start = -1
    for c in range(0x10001):
        if c < 0x10000 and _no_letter(chr(c)):
            if start < 0:
                start = c
        elif start >= 0:
            ranges.append(re.escape(chr(start)) + ("" if c - 1 == start else "-" + re.escape(chr(c - 1))))
            start = -1
    return re.compile("[" + "".join(ranges) + "\U00010000-\U0010ffff](?:" + plain[len(_WORD_START):] + ")")


class WordMatch(Protocol):
    """What tokenize reads of a lexer match: a ``re.Match``, or the first match of a text (_AtStart)."""

    @property
    def lastindex(self) -> int | None: ...
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...
    def span(self) -> tuple[int, int]: ...
    def group(self, group1: int, group2: int, /) -> tuple[Any, ...]: ...


class _AtStart:
    """A match of the scan regex at the start of a text, read on a copy of the text's first run with
    a space before it (the scan needs a character before a word), seen at its place in the text: the
    space it consumed stands at -1."""

    __slots__ = ("_m", "lastindex")

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.lastindex = m.lastindex

    def start(self, group: int = 0, /) -> int:
        s = self._m.start(group)
        return s - 1 if s >= 0 else s

    def end(self, group: int = 0, /) -> int:
        e = self._m.end(group)
        return e - 1 if e >= 0 else e

    def span(self) -> tuple[int, int]:
        return self.start(), self.end()

    def group(self, group1: int, group2: int, /) -> tuple[Any, ...]:
        return self._m.group(group1, group2)


_SPACE: Final = re.compile(r"\s")


def _at_start(text: str, scan: re.Pattern[str]) -> _AtStart | None:
    """The match of the scan regex at the start of *text*: read on a copy of the text up to its first
    white space (no match and no look-ahead goes past white space) with a space before it."""
    space = _SPACE.search(text)
    first = scan.match(" " + (text[:space.end()] if space is not None else text))
    return None if first is None else _AtStart(first)


# A modifier glued to the word before it (نيسانالماضي): the word may end before it, and tokenize reads it.
_GLUED_AHEAD: Final = "ال(?:" + "|".join(L.GLUED_MODIFIERS) + ")"
_GLUED: Final = re.compile(r"ال(?:" + "|".join(L.GLUED_MODIFIERS) + r")[ةه]?(?![^\W\d_])")
# Digits glued after a month name, a weekday or the word for year (آذار2019, الثلاثاء16, عام2019): the
# number branch does not start after a letter, nor inside a run of digits (F16 holds no number 6).
_GLUED_DIGITS: Final = re.compile(r"\d[\d./:,٫٬-]*\d|\d")


# A backslash between the parts as well («بتاريخ 22\3\2020», «8\9\2016م»; dates30): typed for the slash.
_NUMDATE: Final = re.compile(r"\d{1,4}([./\\-])\d{1,2}\1\d{1,4}")
_CLOCK: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_PAIR: Final = re.compile(r"(\d{1,4})([/-])(\d{1,4})")
# A first day glued by a dash to a numeric date with a slash or a dot and a four-digit year («05-08/12/2025»,
# «10-12.3.2020»): the day, a dash and the date, three tokens, as «5 - 8/12/2025» (dates28, dates_real 930).
_DAY_DASH_NUMDATE: Final = re.compile(r"(\d{1,2})([-–])(\d{1,2}([./])\d{1,2}\4\d{4})")


def _digit_tokens(run: str, start: int) -> list[Token]:
    """Classify a run of digits and date punctuation: a numeric date, a clock time, a pair such as
    13-15 or 2/2013 (three tokens), a plain number, or a quantity (2.5, 1,000)."""
    if _NUMDATE.fullmatch(run):
        return [Token(start, start + len(run), Sym.NUMDATE, run, "")]
    if _CLOCK.fullmatch(run):
        return [Token(start, start + len(run), Sym.TIME, run, "")]
    glued = _DAY_DASH_NUMDATE.fullmatch(run)
    if glued:
        day, sep, date = glued.group(1, 2, 3)
        mid = start + len(day)
        sd, vd = _number_symbol(day)
        return [Token(start, mid, sd, vd, day), Token(mid, mid + 1, _GAP_SYMBOLS[sep], None, ""),
                Token(mid + 1, start + len(run), Sym.NUMDATE, date, "")]
    pair = _PAIR.fullmatch(run)
    if pair:
        a, sep, b = pair.groups()
        mid = start + len(a)
        sa, va = _number_symbol(a)
        sb, vb = _number_symbol(b)
        return [Token(start, mid, sa, va, a), Token(mid, mid + 1, _GAP_SYMBOLS[sep], None, ""),
                Token(mid + 1, start + len(run), sb, vb, b)]
    sym, value = _number_symbol(run)
    return [Token(start, start + len(run), sym, value, run)]


_GAP_SYMBOLS: Final[dict[str, Sym]] = {
    ",": Sym.COMMA, "،": Sym.COMMA, "/": Sym.SLASH, "-": Sym.DASH, "–": Sym.DASH, "—": Sym.DASH,
    "−": Sym.DASH, "(": Sym.LPAREN, ")": Sym.RPAREN, ":": Sym.COLON, "(-": Sym.LPAREN, "-)": Sym.RPAREN,
    ")/": Sym.SLASH,
    # a backslash typed for the slash between a month's two names («تشرين الثاني \ نوفمبر»; dates32), as
    # inside a numeric date (22\3\2020, the number branch)
    "\\": Sym.SLASH,
    # guillemets around the second name of a paired month («مارس «آذار» الماضي»), read as brackets
    "«": Sym.LPAREN, "»": Sym.RPAREN,
}


def _gap_tokens(gap: str, start: int, end: int) -> list[Token]:
    """A gap of several marks: ")، " is a closing bracket then a comma. Any other character breaks
    the chain, after the marks before it (a bracket there still closes the date before it)."""
    toks: list[Token] = []
    for k, ch in enumerate(gap):
        if ch.isspace():
            continue
        sym = _GAP_SYMBOLS.get(ch)
        if sym is None:
            toks.append(Token(start + k, end, Sym.FILLER, None, ""))
            return toks
        toks.append(Token(start + k, start + k + 1, sym, None, ""))
    return toks


# A run of more digits than this is no date and no count a resolver reads; it is never given to int()
# (which refuses strings of over 4,300 digits and is quadratic on long ones).
_MAX_NUMBER_DIGITS: Final = 18


def _number_symbol(text: str) -> tuple[Sym, object]:
    if not text.isdecimal() or len(text) > _MAX_NUMBER_DIGITS:  # 2.5, 1,000: a quantity
        return Sym.OTHER_NUM, None
    value = int(text)
    if len(text) == 4 and 1000 <= value <= 2999:
        return Sym.YEAR, value
    if len(text) <= 2 and 1 <= value <= 12:
        return Sym.SMALL, value
    if len(text) <= 2 and 13 <= value <= 31:
        return Sym.BIG, value
    return Sym.OTHER_NUM, value


# The number words _merge may join with the words after them; the month names and what may stand right
# before a month in a pair of twin names (_twins).
_NUMBER_WORDS: Final = frozenset({Sym.ORD, Sym.CARD, Sym.ORDI})
_MONTHS: Final = frozenset({Sym.MONTH, Sym.AMB_MONTH})
_BEFORE_TWIN: Final = _MONTHS | {Sym.ORD, Sym.ORDI, Sym.FIRST}
# ... and after في / خلال / منذ (في9 آب, منذ2019): the preposition a date begins with, glued to its digits
_DIGITS_AFTER: Final = _MONTHS | {Sym.WEEKDAY, Sym.YEAR_WORD, Sym.THE_YEAR, Sym.IN, Sym.SINCE}


@functools.lru_cache(maxsize=4096)
def _classify(surface: str) -> tuple[Sym, object, str, bool]:
    """(symbol, value, folded word, may begin a compound) of a lexicon word as written (memoized: a
    pure function). The flag is set for the number words that ``_merge`` may join with the words after
    them (الحادي عشر, الثالث والعشرون); multi-word names are found by their first two words."""
    w = fold(surface)
    canon = _LIL.get(w, w)
    cat, value = WORDS[canon]
    sym = SYMBOLS[cat]
    return sym, value, canon, sym in _NUMBER_WORDS and isinstance(value, int) and value < 10


# What :func:`_read_word` says of a word beyond its symbol: bits of its flags.
_SECOND: Final = 1  # the second word of a multi-word name (كانون الأول): _merge may join it to the one before
_MONTH_NAME: Final = 2  # a month name (_twins)
_DIGITS_GLUE: Final = 4  # digits glued after it are a number of their own (آذار2019, الثلاثاء16)
_THOUSANDS: Final = 8  # ألف, ألفين: a year in words may hold it (_year_words)
_PAIR_WORD: Final = 16  # تشرين, كانون: a digit glued or one space after it picks the month (_pair_month)


@functools.lru_cache(maxsize=8192)
def _read_word(w: str, after_lam: bool) -> tuple[Sym, object, str, bool, int]:
    """What tokenize reads of the lexicon word *w* as matched, after a clitic that ends in ل
    (*after_lam*) or not: ``_classify``'s (symbol, value, folded word, may begin a compound) and the
    flags above (memoized: a pure function; the word and the clitic's last letter are all it reads)."""
    if not after_lam and fold(w) in _LIL_NEEDS_CLITIC:
        w = w[1:]  # ليوم واحد: ل + يوم, not ل + اليوم
    if not after_lam and fold(w) in _LIL_OTHER_WORD:
        return Sym.FILLER, None, "", False, 0  # لامس: the verb «touched»
    sym, value, canon, join = _classify(w)
    flags = ((_SECOND if canon in _MULTI_SECONDS else 0) | (_MONTH_NAME if sym in _MONTHS else 0)
             | (_DIGITS_GLUE if sym in _DIGITS_AFTER else 0)
             | (_THOUSANDS if sym is Sym.CARD and value in (1000, 2000) else 0)
             | (_PAIR_WORD if canon in _PAIR_WORDS else 0))
    return sym, value, canon, join, flags


@functools.lru_cache(maxsize=4096)
def _number_token(num: str) -> tuple[Sym, object, str]:
    """(symbol, value, word) of a run of decimal digits (memoized: a pure function)."""
    sym, value = _number_symbol(num)
    return sym, value, num if value is None else str(value)


# The first characters of the gap symbols: a gap that starts (after white space) with anything else
# is one FILLER symbol from that character to the next word.
_GAP_FIRST: Final = frozenset(k[0] for k in _GAP_SYMBOLS)


def tokenize(text: str, plain: bool = False) -> list[Token]:
    """The known words of *text* (already stripped), with gap symbols between them.

    The words are the matches of ``lexer_regex()``, found with the scan regex (``_scan_regex()``: each
    word with the character before it, no letter). Where that character is not in the unread text,
    the scan is shown one: at the start of the text (:func:`_at_start`), and right after a number
    (9آب: the only matches that end with no letter), where it starts on the number's last digit. A
    match found after an astral letter is no match of the plain regex, and is passed over. The gap
    between two words is read without a copy when it begins with a word. With *plain*, the plain
    regex is used and every gap copied: the specification the fast paths are tested against
    (tests/test_dates_fastpath.py).
    """
    out: list[Token] = []
    joins: list[int] = []  # indices in out of the words that may begin a name or a compound number
    append = out.append
    new = tuple.__new__
    classify, read_word = _classify, _read_word
    gaps = _GAP_SYMBOLS
    gap_first = _GAP_FIRST
    seconds, multi, number_token = _MULTI_SECONDS, _MULTI, _number_token
    months, before_twin = _MONTHS, _BEFORE_TWIN
    brk, filler, and_, in_, dot = Sym.BRK, Sym.FILLER, Sym.AND, Sym.IN, Sym.DOT
    prev_end = -1
    skip = -1  # the end of digits glued to a month name, read already
    twins = False  # a month name right after a month name (or the ordinal of كانون الأول): _twins
    thousands = False  # ألف or ألفين read: _year_words
    fast = not plain
    scan = None if plain else _scan_regex()
    source, shift = (lexer_regex(), 0) if scan is None else (scan, 1)  # a scan match starts 1 early
    glued_after = None if scan is None else scan.match
    m: WordMatch | None = None if scan is None else _at_start(text, scan)
    found: Iterator[re.Match[str]] | None = None
    pos = 0
    while True:
        if m is None:
            if found is None:
                found = source.finditer(text, pos)
            m = next(found, None)
            if m is None:
                break
            if shift and text[m.start()] > "\uffff" and not _no_letter(text[m.start()]):
                pos, found, m = m.start() + 1, None, None  # after an astral letter: no word
                continue
        start, end = m.span()
        start += shift
        if found is None:  # a match the scan did not find: it goes on after it
            pos = end
        last = m.lastindex
        if last == 2 and glued_after is not None:  # a number: a word may begin right after it
            after = glued_after(text, end - 1)
            if after is not None:
                found = None
        else:
            after = None
        if start > prev_end >= 0:
            # the first character that is not white space (most gaps are " word …")
            k = 1 if text[prev_end] == " " and start - prev_end > 1 else 0
            c = text[prev_end + k]
            if c == " " and start - prev_end == 1:  # one space, as often as not: nothing between
                pass
            elif c == "." and start - prev_end == 1:  # 19.آذار.2016: a dot glued on both sides
                append(new(Token, (prev_end, start, dot, None, "")))
            elif fast and c not in gap_first and not c.isspace() and text.find("\n", prev_end, start) < 0:
                # a word, the common gap (read without a copy): the chain breaks from it to here
                append(new(Token, (prev_end + k, start, filler, None, "")))
            else:
                gap = text[prev_end:start]
                if gap == " ":
                    pass
                elif "\n" in gap:
                    head = gap[:gap.index("\n")]
                    if head and not head.isspace():  # the end of the line before the break
                        if fast and head[0] not in gap_first and not head[0].isspace():
                            # a word or a full stop: what _gap_tokens gives, one break from it to here
                            append(new(Token, (prev_end, prev_end + len(head), filler, None, "")))
                        else:
                            out.extend(_gap_tokens(head, prev_end, prev_end + len(head)))
                    append(new(Token, (prev_end, start, brk, None, "")))
                    if not gap[gap.rindex("\n"):].isspace():  # words before it on its own line
                        append(new(Token, (prev_end, start, filler, None, "")))
                else:
                    if c.isspace():
                        g = gap.lstrip()
                        if g:
                            k, c = len(gap) - len(g), g[0]
                    if c.isspace():  # white space only
                        pass
                    elif c not in gap_first:  # a word: the chain breaks from it to here
                        append(new(Token, (prev_end + k, start, filler, None, "")))
                    else:
                        sym = gaps.get(gap.strip())
                        if sym is not None:
                            append(new(Token, (prev_end, start, sym, None, "")))
                        else:
                            out.extend(_gap_tokens(gap, prev_end, start))
        elif prev_end < 0:
            line_start = text.rfind("\n", 0, start) + 1
            if start > line_start and not text[line_start:start].isspace():
                append(new(Token, (line_start, start, gaps.get(text[line_start:start].strip(), filler),
                                   None, "")))
        prev_end = end
        if last != 2:  # a word (group 4), with a modifier glued after it (group 5)
            cl, w = m.group(3, 4)
            m = None
            if cl and cl[0] == "و":
                append(new(Token, (start, start + 1, and_, "and", "و")))
                start += 1
            sym, value, canon, join, flags = read_word(w, cl.endswith("ل"))
            if flags & _SECOND and out and (out[-1][4], canon) in multi:  # كانون الأول
                joins.append(len(out) - 1)
                if len(out) > 1 and out[-2][2] in months:  # يناير كانون الثاني
                    twins = True
            if join:
                joins.append(len(out))
            append(new(Token, (start, end, sym, value, canon)))
            if flags:  # most words have none: من, إلى, ذلك ...
                if flags & _THOUSANDS:
                    thousands = True
                if flags & _PAIR_WORD:  # تشرين2, كانون 1: the month its digit picks (dates34)
                    pair = _pair_month(text, end, canon)
                    if pair is not None:
                        out[-1] = new(Token, (start, *pair))
                        prev_end = skip = pair[0]
                if flags & _MONTH_NAME and len(out) > 1 and out[-2][2] in before_twin:
                    twins = True
                if flags & _DIGITS_GLUE and end < len(text) and text[end].isdecimal():
                    # آذار2019, الثلاثاء16, عام2019: digits glued to the word, a number of their own
                    digits = _GLUED_DIGITS.match(text, end)
                    if digits is not None:
                        out.extend(_digit_tokens(digits.group(), end))
                        prev_end = skip = digits.end()
            if last == 5:  # نيسانالماضي: a modifier glued to the word
                glued = _GLUED.match(text, end)
                if glued is not None:
                    gsym, gvalue, gcanon, _ = classify(glued.group())
                    append(new(Token, (end, glued.end(), gsym, gvalue, gcanon)))
                    prev_end = glued.end()
            continue
        cl, num = m.group(1, 2)
        number_start = m.start(2)
        m = after
        if start < skip:  # inside digits read already, glued to the month name before them
            continue
        if not cl and text[start - 3:start] == "ال " and out:
            # the article written apart before the number (الـ 15, its tatweel stripped) is the number's,
            # as in ال15, when nothing else stands between the word before and the number
            before = out[-1]
            if (before[2] is filler and before[1] == start and not text[before[0]:start - 3].strip()
                    and (start == 3 or _no_letter(text[start - 4]))):
                out.pop()
                start -= 3
        abbr_letter = text[start - 2:start - 1]
        if (not cl and abbr_letter in _ABBR_SPACED and text[start - 1:start] == " "
                and out and out[-1][2] is filler and out[-1][0] == start - 2
                and (start == 2 or _no_letter(text[start - 3]))):
            # the abbreviation written apart from its digit («5 ك 2 2022», «ت 1»; dates35): a letter that
            # stands alone is no clitic, and the number is the month's, as in ك2
            digit = num if num.isascii() else fold(num)
            abbr = _ABBR.get((abbr_letter, digit))
            if abbr is not None:
                out.pop()
                append(new(Token, (start - 2, end, Sym.AMB_MONTH, abbr, abbr_letter + digit)))
                continue
        if cl and cl[0] == "و":
            append(new(Token, (start, start + 1, and_, "and", "و")))
            start += 1
            cl = cl[1:]
        if cl:
            digit = num if num.isascii() else fold(num)  # ك٢: the digit in another script
            abbr = _ABBR.get((cl, digit))
            if abbr is not None:  # ك2, ت1: an abbreviated Levantine month, not «like 2»
                append(new(Token, (start, end, Sym.AMB_MONTH, abbr, cl + digit)))
                continue
        if cl.endswith("ب"):  # بـ2014: "in 2014"
            start = number_start - 1
            append(new(Token, (start, start + 1, in_, "in", "ب")))
            start += 1
        # the span keeps a clitic (ال30) but not the conjunction و, its own token
        if num.isdecimal():
            sym, value, word = number_token(num)
            if word in seconds and out and (out[-1][4], word) in multi:  # قوى 14 آذار
                joins.append(len(out) - 1)
            append(new(Token, (start, end, sym, value, word)))
        else:
            toks = _digit_tokens(num, number_start)
            toks[0] = new(Token, (start, *toks[0][1:]))  # toks[0]._replace(start=start)
            if toks[0].word in seconds and out and (out[-1][4], toks[0].word) in multi:
                joins.append(len(out) - 1)
            out.extend(toks)
    if prev_end >= 0 and text[prev_end:].lstrip(" ")[:1] == ")":
        close = text.index(")", prev_end) + 1
        append(new(Token, (prev_end, close, Sym.RPAREN, None, "")))
    elif 0 <= prev_end < len(text):
        # a word after the last known one, on its line, breaks the chain as it does between two
        # known words ("قبل عقد الاجتماع" at the end of a text: عقد is "holding", not "a decade")
        line = text[prev_end:text.find("\n", prev_end) if "\n" in text[prev_end:] else len(text)]
        rest = line.lstrip()
        if rest and rest[0] not in gap_first:
            k = prev_end + len(line) - len(rest)
            append(new(Token, (k, prev_end + len(line), filler, None, "")))
    if joins:
        out = _merge(out, joins)
    if thousands or (plain and _THOUSAND in text):  # _year_words changes nothing without ألف or ألفين
        out = _year_words(out, plain)
    return _twins(out) if twins else out


_THOUSAND: Final = "لف"  # in every spelling of ألف, ألفين, ألفان (the plain path's test before _year_words)


def _year_words(tokens: list[Token], plain: bool = False) -> list[Token]:
    """A year written in words is one year token, as its digits would be (dates26): ألفين و + 1–99
    («الفين واربعة عشر», «ألفين وعشرين»: 2014, 2020), 1–99 + وألفين («ستة عشر وألفين»), ألف وتسعمائة
    و + 0–99 («ألف وتسعمائة واثنين وثمانين»: 1982), and ألفين alone after a year's word («عام ألفين»).
    ألفين before another number («ألفين وخمسمائة») or alone elsewhere stays a count.

    Each place is read by :func:`_year_word_at`. With *plain*, every place in turn; else only the places
    where one can begin (at ألف or ألفين, or two tokens before it), the tokens between copied as they
    are: the same tokens (tests/test_dates_fastpath.py)."""
    out: list[Token] = []
    n = len(tokens)
    if plain:
        places: Iterable[int] = range(n)
    else:
        card = Sym.CARD
        at = [k for k, t in enumerate(tokens) if t[2] is card and t[3] in (1000, 2000)]
        places = sorted({p for k in at for p in (k - 2, k) if p >= 0})
    i = 0  # tokens before i are done
    for place in places:
        if place < i:  # inside a year read already
            continue
        out.extend(tokens[i:place])
        i = place + _year_word_at(tokens, place, out)
        if i == place:  # no year begins here
            out.append(tokens[place])
            i += 1
    out.extend(tokens[i:])
    return out


def _year_word_at(tokens: list[Token], i: int, out: list[Token]) -> int:
    """The year in words that begins at token *i* (see :func:`_year_words`), appended to *out* (the
    tokens before *i*, as read); the number of tokens it takes, 0 when none begins there."""
    n = len(tokens)
    card, and_, year = Sym.CARD, Sym.AND, Sym.YEAR

    def num(k: int, lo: int, hi: int) -> bool:
        return k < n and tokens[k].sym == card and isinstance(v := tokens[k].value, int) and lo <= v <= hi

    def joined(a: int, b: int, value: int) -> Token:
        word = " ".join(t.word or "و" for t in tokens[a:b + 1]).replace("و ", "و")
        return Token(tokens[a].start, tokens[b].end, year, value, word)

    tok = tokens[i]
    has_and = i + 1 < n and tokens[i + 1].sym == and_
    if num(i, 2000, 2000) and has_and and num(i + 2, 1, 99):
        out.append(joined(i, i + 2, 2000 + int(str(tokens[i + 2].value))))
        return 3
    if num(i, 1000, 1000) and has_and and num(i + 2, 900, 900):
        if i + 4 < n and tokens[i + 3].sym == and_ and num(i + 4, 1, 99):
            out.append(joined(i, i + 4, 1900 + int(str(tokens[i + 4].value))))
            return 5
        out.append(joined(i, i + 2, 1900))
        return 3
    if num(i, 1, 99) and has_and and num(i + 2, 2000, 2000) and not num(i + 4, 1, 999):
        out.append(joined(i, i + 2, 2000 + int(str(tok.value))))
        return 3
    if num(i, 2000, 2000) and out and out[-1].sym in (Sym.YEAR_WORD, Sym.THE_YEAR) and not has_and:
        out.append(Token(tok.start, tok.end, year, 2000, tok.word))
        return 1
    return 0


def _twins(tokens: list[Token]) -> list[Token]:
    """A Levantine month followed directly by its Egyptian / Western twin (أيلول سبتمبر, آذار مارس,
    تشرين الأول أكتوبر) is one bilingual month, like آذار/مارس. Only names of the same month number
    are paired; the pair is a plain month (M) when either name is unambiguous."""
    out: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and tok.sym in _MONTHS and nxt.sym in _MONTHS and tok.value == nxt.value:
            sym = Sym.MONTH if Sym.MONTH in (tok.sym, nxt.sym) else Sym.AMB_MONTH
            out.append(Token(tok.start, nxt.end, sym, tok.value, tok.word + " " + nxt.word))
            i += 2  # a pair, never a chain: آذار مارس آذار is a twin then a month
        else:
            out.append(tok)
            i += 1
    return out


_TEENS: Final = frozenset(fold(w) for w in L.TEEN_WORDS)


def _merge(tokens: list[Token], joins: list[int]) -> list[Token]:
    """Join multi-word names (كانون الأول, عيد الفطر, في وقت سابق) and compound numbers
    (الحادي عشر, الثالث والعشرون, خمسة عشر) into single tokens. *joins* are the indices of the
    tokens that may begin one, in order; the tokens between them are copied as they are."""
    out: list[Token] = []
    i = 0  # tokens before i are done
    n = len(tokens)
    for at in joins:
        if at < i:  # already joined into the name before it
            continue
        out.extend(tokens[i:at])
        i = at
        tok = tokens[at]
        cands = _MULTI.get((tok.word, tokens[at + 1].word)) if at + 1 < n else None
        if cands:
            done = False
            for key, (cat, value) in cands:
                k = len(key)
                if at + k <= n and all(tokens[at + j].word == key[j] for j in range(k)):
                    last = tokens[at + k - 1]
                    out.append(Token(tok.start, last.end, SYMBOLS[cat], value, " ".join(key)))
                    i = at + k
                    done = True
                    break
            if done:
                continue
        if tok.sym in _NUMBER_WORDS and isinstance(tok.value, int) and tok.value < 10 and i + 1 < n:
            nxt = tokens[i + 1]
            # الحادي عشر, خمسة عشر → 11, 15
            if nxt.word in _TEENS:
                out.append(Token(tok.start, nxt.end, tok.sym, tok.value + 10, tok.word + " " + nxt.word))
                i += 2
                continue
            # الثالث والعشرون, خمسة وعشرين → 23, 25
            if nxt.sym == Sym.AND and i + 2 < n:
                tens = tokens[i + 2]
                if tens.sym in (Sym.ORD, Sym.CARD) and tens.value in (20, 30, 40, 50, 60, 70, 80, 90):
                    assert isinstance(tens.value, int)
                    out.append(Token(tok.start, tens.end, tok.sym, tens.value + tok.value,
                                     tok.word + " و" + tens.word))
                    i += 3
                    continue
        out.append(tok)
        i = at + 1
    out.extend(tokens[i:])
    return out
