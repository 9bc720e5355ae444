"""The date engine's fast paths give what its plain paths give.

* The lexer scans with ``lexer._scan_regex()`` (each word with the character before it, so that the
  regex engine skips from candidate to candidate) and shows the scan a character where it cannot see
  one (the start of the text, right after a number) or passes a match over (after an astral letter):
  ``tokenize(text)`` must give exactly the tokens of ``tokenize(text, plain=True)``, which finds the
  words with the plain ``lexer_regex()``.
* The gap between two words is read without a copy when it begins with a word (the common case); the
  plain path copies every gap and reads it.
* ``fold`` remembers the folds of the short strings it has folded (dspeed51): whatever was folded
  before, each string folds as ``fold_plain`` folds it, the first time and every time after.

The texts are built from the lexicon's own words with clitics, digits of three scripts glued to words
or not, every kind of separator, letters and non-letters from outside the Basic Multilingual Plane,
and Arabic-heavy random text.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs

from syrtimeline import strategies as sts
from syrtimeline.dates import lexer as LX
from syrtimeline.dates import lexicon as L
from syrtimeline.dates import normalize as N
from syrtimeline.dates import rules as R
from syrtimeline.dates.context import Ctx, words_before_plain
from syrtimeline.dates.grammar import compiled
from syrtimeline.dates.kinds import MentionKind
from syrtimeline.dates.normalize import fold, strip

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_LEXICON = sorted({*LX.WORDS, *LX._LIL, "آذار", "أيار", "تشرين الأول", "هـ", "م"})
# One word each, as tokenize hands them to the word reading (a multi-word name is read by its first word).
_WORDS = [w for w in _LEXICON if " " not in w]
_PIECES = hs.one_of(
    hs.tuples(hs.sampled_from(["", "", "و", "ف", "ب", "ل", "ك", "وب", "فل", "بال", "لل", "وال"]),
              hs.sampled_from(_LEXICON)).map("".join),
    hs.integers(0, 3000).map(str),
    hs.tuples(hs.sampled_from(["", "ب", "و", "ال", "وال", "لل", "ك", "ال ", "الـ ", "بال "]),
              hs.integers(0, 40).map(str)).map("".join),
    hs.sampled_from(["9", "٢٠١٩", "۱۴۰۰", "2019/12/3", "12:30", "1,000", "2.5", "_", "x", "A",
                     "\U0001d400",  # MATHEMATICAL BOLD CAPITAL A: an astral letter
                     "\U0001f600",  # an emoji: an astral non-letter
                     "²", "½", "٫", "ـ", "\u200c", "\u064e", "ہ", "ۃ",
                     "ك1", "ك2", "ت1", "ت2", "وك2", "ت12", "لـ", "الموافق لـ",
                     # dates34: a pair's first word with its month's digit, glued or one space after
                     "تشرين2", "كانون1", "وتشرين 2", "كانون ٢", "تشرين١٢", "ك٢", "تشرين", "كانون"]),
    hs.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويءئؤةىأإآ", min_size=1, max_size=6),
)
_SEPARATORS = hs.sampled_from(["", "", " ", " ", " ", "\n", "، ", ",", "/", "-", " - ", "(", ")", "«", "»",
                               '"', ":", ".", "\t", "\u00a0", "\U0001f600", "\U0001d400", "_", "²", "  ",
                               " \n ", " x ", " قال المرصد ", " (قال) ", "\nقال ", " قال\n", " ، قال "])


@hs.composite
def _texts(draw: hs.DrawFn) -> str:
    parts = draw(hs.lists(hs.tuples(_PIECES, _SEPARATORS), max_size=14))
    return "".join(p + s for p, s in parts)


@MANY
@given(hs.one_of(_texts(), sts.arabic_heavy_text(), hs.text()))
@example("9آب 2014م و1442هـ")  # a word right after a number
@example("أمس")  # a word at the very start
@example("12ب5ب6 و3وال4")  # numbers glued after numbers
@example("2014 أمس")  # a number at the very start, then a word
@example("\U0001d400أمس \U0001f600أمس")  # after an astral letter: no word; after an emoji: a word
@example("الثلاثاء16 أبريل، عام2019، إف16 آذار، الجمعة الـ 15 من")  # digits after words, the article apart
@example("وبعده بيومين، لم، به، بالي، للغاية، باب الهوى، بآب")  # clitics that make no date word
@example("5 ك2 2022، ت1 2021، وك1، ت12، كت1، 3ت2، الموافق لـ 30-3- 2025")  # abbreviated months, لـ apart
@example("تشرين 2 2019")  # dates34: a month read across one space at the very start
@example("كانون ٢")  # ... the whole text
@example("تشرين 2x 3، 6 تشرين2 2019، ٥ ك٢ ٢٠٢٢، كانون  1، تشرين 12")
def test_the_lexer_scan_finds_the_plain_regexs_words(text: str) -> None:
    assert LX.tokenize(text) == LX.tokenize(text, plain=True)
    stripped, _ = strip(text)
    assert LX.tokenize(stripped) == LX.tokenize(stripped, plain=True)


def test_the_scan_is_in_use() -> None:
    """The fast path is taken (no word of the lexicon that the word branch reads ends with no letter)."""
    scan = LX._scan_regex()
    assert scan is not None
    assert re.match(r"\[", scan.pattern)  # it begins with a class: the regex engine can skip ahead


# -- speed17: the word reading, and years in words read only where one can begin ----------------------


@MANY
@given(hs.sampled_from(_WORDS), hs.booleans())
@example("ليوم", False)  # L.LIL_NEEDS_CLITIC: ل + يوم
@example("لامس", False)  # L.LIL_OTHER_WORD: the verb «touched»
@example("لامس", True)  # after the clitic ل: ل + أمس
@example("الفين", False)
def test_the_word_reading_is_what_tokenize_read_word_by_word(word: str, after_lam: bool) -> None:
    """``_read_word`` gives what tokenize read of a word before it was memoized, with flags that say
    what the tests after it asked of the symbol."""
    w = word
    if not after_lam and LX.fold(w) in LX._LIL_NEEDS_CLITIC:
        w = w[1:]
    if not after_lam and LX.fold(w) in LX._LIL_OTHER_WORD:
        expected = (LX.Sym.FILLER, None, "", False)
    else:
        expected = LX._classify(w)
    sym, value, canon, join, flags = LX._read_word(word, after_lam)
    assert (sym, value, canon, join) == expected
    assert bool(flags & LX._SECOND) == (canon in LX._MULTI_SECONDS)
    assert bool(flags & LX._MONTH_NAME) == (sym in LX._MONTHS)
    assert bool(flags & LX._DIGITS_GLUE) == (sym in LX._DIGITS_AFTER)
    assert bool(flags & LX._THOUSANDS) == (sym == LX.Sym.CARD and value in (1000, 2000))


_YEAR_PIECES = hs.sampled_from([
    (LX.Sym.CARD, 1000), (LX.Sym.CARD, 2000), (LX.Sym.CARD, 900), (LX.Sym.CARD, 14), (LX.Sym.CARD, 99),
    (LX.Sym.CARD, 100), (LX.Sym.CARD, 500), (LX.Sym.CARD, 1), (LX.Sym.CARD, 0), (LX.Sym.AND, "and"),
    (LX.Sym.AND, "and"), (LX.Sym.YEAR_WORD, "year"), (LX.Sym.THE_YEAR, "year"), (LX.Sym.FILLER, None),
    (LX.Sym.SMALL, 5), (LX.Sym.YEAR, 2014), (LX.Sym.ORD, 3),
])


@MANY
@given(hs.lists(_YEAR_PIECES, max_size=16))
def test_years_in_words_read_where_they_can_begin_are_the_plain_walks(
        pieces: list[tuple[LX.Sym, object]]) -> None:
    """``_year_words`` reads only the places where a year in words can begin (at ألف or ألفين, or two
    tokens before it): the tokens of the plain walk, which reads every place in turn."""
    tokens = [LX.Token(2 * k, 2 * k + 1, sym, value, str(value) if sym == LX.Sym.CARD else "")
              for k, (sym, value) in enumerate(pieces)]
    assert LX._year_words(tokens) == LX._year_words(tokens, plain=True)


@MANY
@given(hs.lists(hs.tuples(hs.sampled_from(["ألف", "ألفين", "ألفان", "الفين", "وألفين", "وتسعمائة", "تسعمائة",
                                           "وعشرين", "عشر", "ستة", "وأربعة", "عام", "العام", "و", "خمسمائة",
                                           "وخمسمائة", "2014", "قتيل", "في"]),
                          hs.sampled_from([" ", " ", "، ", "\n", " قال "])), max_size=10).map(
    lambda parts: "".join(p + s for p, s in parts)))
@example("عام ألفين")
@example("ألفين وأربعة عشر، ستة عشر وألفين وخمسمائة، ألف وتسعمائة واثنين وثمانين")
def test_years_in_words_tokenize_as_the_plain_path(text: str) -> None:
    assert LX.tokenize(text) == LX.tokenize(text, plain=True)


# -- speed17: the grammar's scanner skips a symbol before a break only where no rule can match -----------

_SYMBOL_ALPHABET = "".join(sorted(set(LX.SYMBOLS.values())))


@hs.composite
def _symbol_strings(draw: hs.DrawFn) -> str:
    """Symbol strings: random ones, and those of texts (the lexicon's words with separators, Arabic-heavy
    text), with breaks put in."""
    if draw(hs.booleans()):
        return draw(hs.text(alphabet=_SYMBOL_ALPHABET, max_size=16))
    text = draw(hs.one_of(_texts(), sts.arabic_heavy_text()))
    syms = "".join(t.sym for t in LX.tokenize(text))
    cuts = draw(hs.lists(hs.integers(0, len(syms)), max_size=3))
    for k in sorted(cuts, reverse=True):
        syms = syms[:k] + "_" + syms[k:]
    return syms


@MANY
@given(_symbol_strings())
@example("_i_")  # في between two unknown words
@example("pW_W")  # a rule that reads a break (night_weekdays_date): not skipped
@example("Wi_")
def test_the_scanner_skips_no_place_a_rule_can_match(symbols: str) -> None:
    """``starts`` passes over a place (a symbol that no rule can match before ``_``) only where the
    alternation of the rules that begin with its symbol finds no match: the engine's scan is the one
    that tries every place."""
    g = compiled()
    for at, sym in enumerate(symbols):
        if g.starts.match(symbols, at) is None and sym in g.by_first:
            assert g.by_first[sym].match(symbols, at) is None, (symbols, at)


def test_the_scanner_skips_in_and_from_between_unknown_words() -> None:
    """The skip is in use: في and من between two unknown words (most of the places a rule might begin)
    are passed over, although some rules read a break (they never begin with في or من)."""
    g = compiled()
    assert g.starts.match("_i_", 1) is None and g.starts.match("_x_", 1) is None
    assert g.starts.match("_i2", 1) is not None


# --- a bare weekday told elsewhere (dates39) -------------------------------------------------------------
# ``rules._weekday_told_in`` reads a text's weekdays once (``_weekday_index``) for all its bare weekdays;
# ``rules._weekday_told_plain``, its specification, folds the text and reads every weekday of the name again
# for each. The texts: weekdays with and without clitics, the relative days, modifiers and tense cues that
# tell them, numbers after them, and every kind of sentence, clause and quotation mark between them.
_TOLD_PIECES = hs.one_of(
    hs.tuples(hs.sampled_from(["", "", "و", "ف", "ب", "ال", "يوم ", "يوم ال"]),
              hs.sampled_from([w for w in L.WEEKDAYS if " " not in w])).map("".join),
    hs.sampled_from([w for w, n in L.WEEKDAYS.items() if n in (0, 3)]),  # two names, told again and again
    hs.sampled_from([w for w, n in L.WEEKDAYS.items() if n in (0, 3)]),
    hs.sampled_from([*L.YESTERDAY, *L.TOMORROW, *L.TODAY, "وغدا", "فاليوم", "يوم غدا \"",
                     *(w for w in L.MODIFIERS if " " not in w),
                     "سيعقد", "قال", "يتوقع", "من المقرر أن", "انعقد", "كان", "قد", "وسيلتقي", "أعلن",
                     "13", "٢٠", "تشرين الأول", "الوفد", "المعبر"]),
)
_TOLD_SEPARATORS = hs.sampled_from([" ", " ", " ", "\n", "\n", ". ", ". ", ". ", "، ", ",", ": ", "؛ ", "؟ ",
                                    "! ", " «", "» ", '"', "(", ") ", "  ", " - "])


@hs.composite
def _told_cases(draw: hs.DrawFn) -> tuple[str, int, int, int, dt.date]:
    parts = draw(hs.lists(hs.tuples(_TOLD_PIECES, _TOLD_SEPARATORS), max_size=24))
    text = "".join(p + s for p, s in parts)
    found = list(R._WEEKDAY_WORD.finditer(fold(text)))
    if found and draw(hs.booleans()):  # the span of a weekday of the text, a little wider or not
        m = draw(hs.sampled_from(found))
        at = max(0, m.start() - draw(hs.sampled_from([0, 0, 4, 8])))
        to = m.end() + draw(hs.sampled_from([0, 0, 3]))
        wd = R._WEEKDAY_FORMS[m.group(1)] if draw(hs.booleans()) else draw(hs.integers(0, 6))
    else:
        at = draw(hs.integers(0, len(text)))
        to = draw(hs.integers(at, len(text)))
        wd = draw(hs.integers(0, 6))
    return text, at, to, wd, draw(hs.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31)))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_told_cases())
@example(("غدا الاثنين\nوافق يوم الاثنين", 21, 28, 0, dt.date(2021, 3, 21)))
@example(("سيعقد الاثنين. قال الاثنين", 7, 14, 0, dt.date(2021, 3, 20)))
@example(("الاثنين 13\nغدا الاثنين\nالاثنين", 23, 30, 0, dt.date(2021, 3, 21)))  # a date of its own
@example(("غدا الاثنين.\nوافق يوم الاثنين ثم الاثنين", 22, 29, 0, dt.date(2021, 3, 21)))  # the next one
@example(("الاثنين الماضي. أمس الاثنين. غدا الاثنين. الاثنين", 42, 49, 0, dt.date(2021, 3, 23)))
def test_the_weekdays_read_once_tell_what_the_plain_reading_tells(
        case: tuple[str, int, int, int, dt.date]) -> None:
    text, at, to, wd, anchor = case
    assert R._weekday_told_in(text, at, to, wd, anchor) == R._weekday_told_plain(text, at, to, wd, anchor)


# ``rules._weekday_words`` finds the weekdays of a folded text from «ال» on and reads the look-behind and the
# clitic after the match; ``rules._WEEKDAY_WORD`` (the plain regex, its specification) tries them at every
# character. The texts glue the forms to clitics, letters, digits, marks and one another.
_WORD_PIECES = hs.one_of(
    hs.sampled_from(sorted(R._WEEKDAY_FORMS)),
    hs.sampled_from(["و", "ف", "ب", "وو", "بف", "ال", "ا", "ل", "x", "_", "2", "٢", "²", "\u064e", " ", "\n",
                     ".", "،", "«", "ء", "ة", "ه", "\U0001d400", "\U0001f600", "الاثنينن", "السبتت"]),
    hs.text(alphabet="ابتثجحخدسعلمنهويءوفب _2", max_size=4),
)


@settings(max_examples=500, deadline=None)
@given(hs.lists(_WORD_PIECES, max_size=20).map("".join))
@example("والخميس")
@example("xوالخميس")
@example("الالاثنين")
@example("2بالسبت")
@example("ال²الجمعه")
def test_the_weekday_words_are_the_plain_regex_s(text: str) -> None:
    plain = [(m.start(), m.end(), m.group(1)) for m in R._WEEKDAY_WORD.finditer(text)]
    assert list(R._weekday_words(text)) == plain


def test_a_weekday_told_elsewhere_is_read_from_the_index() -> None:
    """The headline's «الاثنين المقبل» tells the body's bare Monday; a second Monday in the body's sentence
    sets the two apart; a Monday with a number after it is a date of its own, which must name the day told
    (both readings agree)."""
    anchor = dt.date(2021, 3, 20)
    text = "تفتح المعبر الاثنين المقبل\nوافق على فتح المعبر يوم الاثنين"
    at = text.rindex("الاثنين")
    for read in (R._weekday_told_in, R._weekday_told_plain):
        assert read(text, at, at + 7, 0, anchor) == (dt.date(2021, 3, 22), "تفتح المعبر الاثنين المقبل وافق")
        assert read(text + " لا الاثنين", at, at + 7, 0, anchor) is None
        assert read(text + ".\nالاثنين 13 آذار", at, at + 7, 0, anchor) is None
        # dates54: a Monday with the day's own number (22 March) agrees with the day told
        assert read(text + ".\nالاثنين 22 آذار", at, at + 7, 0, anchor) == (
            dt.date(2021, 3, 22), "تفتح المعبر الاثنين المقبل وافق")


# --- the words before a match, read once for the match (speed25) ---------------------------------------
# ``Ctx.words_before`` and ``Ctx.written_before`` read the match's clause once and answer every ask from it;
# ``context.words_before_plain``, their specification, reads it afresh at each. Texts of words, clause and
# sentence marks, diacritics and tatweel; asks of both kinds, any number of words, one after another.
_CLAUSE_PIECES = hs.one_of(
    hs.sampled_from(["قال", "سيعقد", "حتى", "إلى", "اعتباراً", "من", "وسأل", "الإثنين", "يوم", "عاماً", "ـ",
                     "\u064e", "\u0670", "13", " ", "  ", "\n", ".", "،", ",", ":", ";", "؛", "!", "؟", "«",
                     "»"]),
    hs.text(alphabet="ابتحدسعلمنهويأإآة \u064b\u0640.،", max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(hs.lists(_CLAUSE_PIECES, max_size=40).map("".join), hs.data())
@example("ويستمر حتى الاثنين", None)
def test_the_words_before_a_match_are_read_once(text: str, data: hs.DataObject | None) -> None:
    at = len(text) if data is None else data.draw(hs.integers(0, len(text)))
    asks = [(True, 4), (False, 2), (True, 12)] if data is None else data.draw(
        hs.lists(hs.tuples(hs.booleans(), hs.integers(0, 14)), max_size=6))
    c = Ctx([], {}, None, None, MentionKind.DATE, at=at, text=text, to=at)
    for folded, n in asks:
        read = c.words_before(n) if folded else c.written_before(n)
        assert read == words_before_plain(text, at, n, folded=folded)
        read.append("؟")  # the caller's own list: the next ask does not see it


_FOLD_PIECES = hs.one_of(
    hs.sampled_from(["أ", "إ", "آ", "ٱ", "ى", "ة", "ی", "ک", "ي", "ه", "ا", "٣", "۴", "3", "\u064e", "\u0640",
                     " ", "الأحد", "إلى", "الماضى", "السنة", "أمس", "یوم", "\U0001d400"]),
    hs.text(max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(hs.lists(hs.lists(_FOLD_PIECES, max_size=30).map("".join), max_size=8))
@example(["أمس", "أمس", "x" * 40 + "أ", "x" * 41 + "أ", "ة" * 300, "ة" * 300])  # on the memo's edges
def test_the_remembered_folds_are_the_plain_folds(texts: list[str]) -> None:
    """``fold`` (remembered for strings up to ``_FOLD_MEMO_LEN`` characters) folds every string, asked once
    or again, short or long, as ``fold_plain`` (the specification) does."""
    for text in [*texts, *texts]:
        assert fold(text) == N.fold_plain(text)
    short = [t for t in texts if len(t) <= N._FOLD_MEMO_LEN]
    assert all(N._fold_short(t) == N.fold_plain(t) for t in short)  # what the memo holds for them


def test_the_fold_memo_is_bounded() -> None:
    """A long string is never remembered, and the memo holds at most ``_FOLD_MEMO_SIZE`` strings."""
    long = "أ" * (N._FOLD_MEMO_LEN + 1)
    before = N._fold_short.cache_info()
    assert fold(long) == "ا" * len(long)
    after = N._fold_short.cache_info()
    assert (after.hits, after.misses, after.currsize) == (before.hits, before.misses, before.currsize)
    assert after.maxsize == N._FOLD_MEMO_SIZE and after.currsize <= N._FOLD_MEMO_SIZE
