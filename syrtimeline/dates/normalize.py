"""Seeing through Arabic orthography without losing the way back to the original text.

Two steps, both pure:

* ``strip(text)`` deletes what carries no meaning for dates — tatweel, diacritics, bidi and zero-width
  marks, soft hyphens and the censorship-dodging dots inside words (مسـ.ـؤول, القو.ات, أمـ.ـس) — and
  returns an :class:`OffsetMap` that takes any position in the stripped text back to the original.
* ``fold(word)`` unifies the letters and digits that vary in spelling (أ إ آ ٱ → ا, ى → ي, ة → ه,
  Persian ی ک, Arabic-Indic and Persian digits → ASCII). Folding is one character for one character,
  so it never moves an offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

import attrs

__all__ = ["OffsetMap", "fold", "fold_text", "strip", "trie_pattern"]

_DELETABLE: Final = (
    "\u0640"  # tatweel
    "\u064b-\u065f\u0670"  # harakat, shadda, sukun, superscript alef
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"  # zero-width, bidi, BOM, soft hyphen
)
_LETTER: Final = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_DOTS: Final = ".\u00b7\u2022\u2027\u066d"  # . · • ‧ ٭
# What is deleted: a run of marks, dots and marks between two letters (القو.ات, أمـ.ـس), or a run of
# marks anywhere. Written so that the pattern begins with the class of characters a match can begin
# with, which lets the regex engine skip ahead to the next such character instead of trying the
# look-behind at every position. It is the same as
#     (?<=[letter])[mark]*[dot]+[mark]*(?=[letter]) | [mark]+
# with the first character consumed before the look-behind checks it (marks and dots are disjoint).
_STRIP_RE: Final = re.compile(
    f"[{_DELETABLE}{_DOTS}]"
    f"(?:(?<=[{_LETTER}][{_DELETABLE}])[{_DELETABLE}]*[{_DOTS}]+[{_DELETABLE}]*(?=[{_LETTER}])"
    f"|(?<=[{_LETTER}][{_DOTS}])[{_DOTS}]*[{_DELETABLE}]*(?=[{_LETTER}])"
    f"|(?<=[{_DELETABLE}])[{_DELETABLE}]*)"
)

_FOLD_TABLE: Final = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
        "\u06c1": "ه", "\u06c3": "ه", "\u06d5": "ه",  # ہ, ۃ (teh marbuta goal), ە: the lexer reads them as ه
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "،": ",", "؛": ";", "٫": ".", "٬": ",", "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    }
)


@attrs.frozen(slots=True)
class OffsetMap:
    """Maps positions in a stripped text back to the original text.

    Stored as the start of every kept run in both texts, so memory grows with the number of
    deletions, not with the length of the text; the identity map stores nothing.
    """

    norm_starts: tuple[int, ...] = ()
    orig_starts: tuple[int, ...] = ()
    length: int = 0  # length of the original text

    def to_original(self, pos: int) -> int:
        """The original position of stripped position *pos* (a character, or the end)."""
        if not self.norm_starts:
            return pos
        k = bisect_right(self.norm_starts, pos) - 1
        if k < 0:
            return pos
        return self.orig_starts[k] + (pos - self.norm_starts[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Maps a half-open span; the result begins at the first and ends after the last kept
        character, so deleted marks at either edge stay outside and those inside stay in."""
        if not self.norm_starts:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1



def strip(text: str) -> tuple[str, OffsetMap]:
    """Delete marks that carry no meaning and return the text with its map back."""
    pieces: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    last = 0
    npos = 0
    for m in _STRIP_RE.finditer(text):
        s, e = m.span()
        if s > last:
            pieces.append(text[last:s])
            norm_starts.append(npos)
            orig_starts.append(last)
            npos += s - last
        last = e
    if last == 0:
        return text, OffsetMap(length=len(text))
    if last < len(text):
        pieces.append(text[last:])
        norm_starts.append(npos)
        orig_starts.append(last)
    # A run that is deleted at the very end still maps the end position correctly.
    norm_starts.append(npos + (len(text) - last if last < len(text) else 0))
    orig_starts.append(len(text))
    return "".join(pieces), OffsetMap(tuple(norm_starts), tuple(orig_starts), len(text))


def fold_plain(word: str) -> str:
    """Fold spelling variants of one word or phrase (no offsets move): the specification of :func:`fold`."""
    if len(word) >= _FOLD_BY_REPLACING:
        return _fold_by_replacing(word)
    return word.translate(_FOLD_TABLE)


#: ``fold`` is a pure function of its string, and a text's rules fold the same few hundred words again and
#: again (a date's cues, the words before it; dspeed51: 9,761 folds over the bench corpus, 2,313 strings):
#: the folds of strings up to ``_FOLD_MEMO_LEN`` characters are remembered, at most ``_FOLD_MEMO_SIZE`` of
#: them (a bounded ``functools.lru_cache``, as the event coder's word memo is).
_FOLD_MEMO_LEN: Final = 40
_FOLD_MEMO_SIZE: Final = 1 << 16
_fold_short: Final = lru_cache(maxsize=_FOLD_MEMO_SIZE)(fold_plain)


def fold(word: str) -> str:
    """Fold spelling variants of one word or phrase (no offsets move): :func:`fold_plain`, remembered for
    strings of up to ``_FOLD_MEMO_LEN`` characters (tests/test_dates_fastpath.py)."""
    return _fold_short(word) if len(word) <= _FOLD_MEMO_LEN else fold_plain(word)


#: ``_FOLD_TABLE`` as (character, its fold) pairs. No fold is a character the table folds (see
#: tests/test_normalize_fold.py): so replacing one character after another is translating all at once.
_FOLD_PAIRS: Final = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())
#: From this length on, :func:`fold` replaces (a whole article: ``str.translate`` looks each character
#: up in the table, about 14 times slower on Arabic text than a ``str.replace`` per folded character,
#: each a scan in C; below it, one call beats fifty).
_FOLD_BY_REPLACING: Final = 256


def _fold_by_replacing(text: str) -> str:
    """``text.translate(_FOLD_TABLE)``, one ``str.replace`` per character of the table."""
    for char, folded in _FOLD_PAIRS:
        text = text.replace(char, folded)
    return text


@lru_cache(maxsize=4)
def stripped_folded(text: str) -> tuple[str, OffsetMap, str]:
    """``strip(text)`` and the fold of the stripped text, remembered for the last few texts: the event
    coder and the place finder read each article's, one after the other (the map is frozen, the
    strings immutable: sharing them changes nothing)."""
    stripped, omap = strip(text)
    return stripped, omap, fold(stripped)


def fold_text(text: str) -> str:
    """Strip and fold a whole text: the canonical form used to compare Arabic words."""
    return fold(strip(text)[0])


def trie_pattern(forms: Iterable[str], space: str) -> str:
    """One regex alternation of *forms* as a trie: shared prefixes once, longer continuations tried
    first (so the longest form that ends where the pattern is anchored wins); a space in a form matches
    the pattern *space* (a run of spaces and quotes, say)."""
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + walk(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(root)
