"""Arabic word forms for event triggers: verbs through their conjugations, nouns through their clitics.

A trigger table (``triggers.py``) gives each verb by its two stems in folded spelling (see
:func:`syrtimeline.dates.fold`): the past stem (the 3rd person masculine singular: قصف, استهدف, اعلن)
and the present stem (what follows the prefix ي/ت/ن/ا: قصف, ستهدف, علن; for hollow and defective
verbs the stem as the present writes it: قال → قول, نفى → نفي, دعا → دعو). :func:`verb_forms` spells out
every form news writes: the past with its subject endings (قصفت, قصفوا, قصفا, قصفتا ...), the present
and the future with its prefixes and endings (يقصف, تقصف, يقصفون, سيقصف, ستقصف ...), each with an
object pronoun or none (قصفها, استهدفتهم). Nouns are listed as words with their plurals. The clitics
و ف ب ل ك and the article ال are taken off a word before it is looked up (:func:`stems_of`).

Pure: tables in, tables out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Final

__all__ = ["Form", "clitic_forms", "noun_forms", "stems", "stems_of", "verb_forms"]

PAST_ENDINGS: Final = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن")
PRESENT_PREFIXES: Final = ("ي", "ت", "ن", "ا")
PRESENT_ENDINGS: Final = ("", "ان", "ون", "ين", "ن", "وا", "ا")
OBJECT_PRONOUNS: Final = ("", "ه", "ها", "هم", "هما", "هن")
FUTURE: Final = "س"  # سيقصف: the future
#: Pronouns glued to a noun for its owner (اتفاقهما, هجومها, انسحابهم); not ي («هجومي» is «offensive»).
POSSESSIVE_PRONOUNS: Final = ("ه", "ها", "هم", "هما", "هن", "نا")
#: Clitics a word may carry before it, longest first (و and ف conjunctions, the prepositions ب ل ك,
#: the article ال and their combinations): وبال, فلل, بال, لل, وال, ال, و, ف, ب, ل, ك.
PREFIX_CLITICS: Final = ("وبال", "فبال", "وكال", "ولل", "فلل", "بال", "كال", "لل", "وال", "فال", "وب", "فب",
                         "ول", "فل", "ال", "و", "ف", "ب", "ل", "ك")

#: What a form is: the tense of a verb (its polarity and time are read around it) or a noun.
Form = str  # "past", "present", "future", "noun"


def verb_forms(past: str, present: str) -> Iterator[tuple[str, Form]]:
    """Every written form of the verb with these stems, with its tense."""
    for ending in PAST_ENDINGS:
        for pronoun in OBJECT_PRONOUNS:
            yield past + ending + pronoun, "past"
    for prefix in PRESENT_PREFIXES:
        for ending in PRESENT_ENDINGS:
            for pronoun in OBJECT_PRONOUNS:
                word = prefix + present + ending + pronoun
                yield word, "present"
                yield FUTURE + word, "future"


def noun_forms(word: str, possessive: bool = True) -> Iterator[tuple[str, Form]]:
    """A noun as listed (plurals are listed as nouns of their own), with the dual/accusative ا ending
    news glues to some of them (اتصالا هاتفيا), and with a possessive pronoun (اتفاقهما «their
    agreement», هجومها, سيطرته: ة is written ت before it)."""
    yield word, "noun"
    if word.endswith("ه"):  # غاره → غارتين, غارتان (two strikes)
        yield word[:-1] + "تين", "noun"
        yield word[:-1] + "تان", "noun"
    else:
        yield word + "ا", "noun"
    base = word[:-1] + "ت" if word.endswith("ه") else word
    for pronoun in POSSESSIVE_PRONOUNS if possessive else ():
        yield base + pronoun, "noun"
        if word.endswith("اء"):  # لقاء → لقائه: the hamza sits on ي before a pronoun (the genitive)
            yield word[:-1] + "ئ" + pronoun, "noun"


def clitic_forms(words: Iterable[str], before: Sequence[str] = ("",),
                 after: Sequence[str] = ("",)) -> frozenset[str]:
    """*words* (folded, each listed bare once), each with each of *before* glued before it and each of
    *after* after it (a final ه, the ة folded, written ت before a pronoun: سفاره → سفارتها); "" keeps the
    word bare on that side. The one helper that spells a word table's clitic forms (clitics22):
    ``clitic_forms(("جاء",), ("", "و"))`` is «جاء», «وجاء»."""
    return frozenset(clitic + (word[:-1] + "ت" if pronoun and word.endswith("ه") else word) + pronoun
                     for word in words for clitic in before for pronoun in after)


def stems_of(word: str) -> Iterator[str]:
    """*word* and what is left of it with each clitic it may carry taken off (وبالقصف → بالقصف,
    القصف, قصف ...), the whole word first. A word of two letters or fewer is only itself."""
    yield word
    for clitic in PREFIX_CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            yield word[len(clitic):]


@lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """:func:`stems_of` as a tuple, remembered for the words met most (news repeats its words)."""
    return tuple(stems_of(word))
