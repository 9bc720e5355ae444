"""The date engine's fast paths give what its plain paths give.

* The lexer scans with ``lexer._scan_regex()`` (each word with the character before it, so that the
  regex engine skips from candidate to candidate) and shows the scan a character where it cannot see
  one (the start of the text, right after a number) or passes a match over (after an astral letter):
  ``tokenize(text)`` must give exactly the tokens of ``tokenize(text, plain=True)``, which finds the
  words with the plain ``lexer_regex()``.
* The gap between two words is read without a copy when it begins with a word (the common case); the
  plain path copies every gap and reads it.

The texts are built from the lexicon's own words with clitics, digits of three scripts glued to words
or not, every kind of separator, letters and non-letters from outside the Basic Multilingual Plane,
and Arabic-heavy random text.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs

from syrtimeline import strategies as sts
from syrtimeline.dates import lexer as LX
from syrtimeline.dates.normalize import strip

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_LEXICON = sorted({*LX.WORDS, *LX._LIL, "آذار", "أيار", "تشرين الأول", "هـ", "م"})
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
                     "ك1", "ك2", "ت1", "ت2", "وك2", "ت12", "لـ", "الموافق لـ"]),
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
def test_the_lexer_scan_finds_the_plain_regexs_words(text: str) -> None:
    assert LX.tokenize(text) == LX.tokenize(text, plain=True)
    stripped, _ = strip(text)
    assert LX.tokenize(stripped) == LX.tokenize(stripped, plain=True)


def test_the_scan_is_in_use() -> None:
    """The fast path is taken (no word of the lexicon that the word branch reads ends with no letter)."""
    scan = LX._scan_regex()
    assert scan is not None
    assert re.match(r"\[", scan.pattern)  # it begins with a class: the regex engine can skip ahead
