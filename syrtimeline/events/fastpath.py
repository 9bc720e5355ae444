"""The event coder's fast paths: the same answers as its plain rules, with less work done per word.

The plain rules in :mod:`.extract` are the specification; each function here stands for one of them
and ``tests/test_fastpath.py`` proves the two equal with hypothesis (random clauses built from the
trigger vocabulary, clitics, Arabic letters, numbers and the seeds' sentences):

* :class:`TriggerIndex` stands for the first step of ``extract._triggers``: what each folded word can
  begin (the phrases its stems open, in the order the plain loop tries them) and what it reports on its
  own (``_Tables.reading``, through its clitics and conjugations), looked up once per distinct word
  and remembered, instead of spelling out the word's stems at every occurrence. A word that opens no
  phrase and reports nothing — most words — costs one lookup.
* :func:`has` stands for ``extract._has`` (does a word of these, through its clitics, belong to a set):
  one set operation per word instead of one Python step per stem; :func:`first_cue` for the same scan
  in ``extract._mode`` (which word, and which of its stems, says the mode).
* :class:`ClauseDates` stands for the scan of ``extract._governing``: the date mentions of an
  article sorted by where they begin, so that those inside a clause are found by bisection instead of
  by reading every mention of the article for every clause, and the relative pronouns and time
  boundaries of a clause's words found once per clause instead of once per reading of it — by a regex
  of those few words over the article's fold (:func:`folded_original`, made from the coder's fold of
  the stripped text), not by listing every word of the clause.

The tables are built on first use (never at import) from the coder's own tables; the remembered words
are a bounded ``functools.lru_cache``. Pure: nothing here reads or writes anything else.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Final, Protocol, TypeVar

from ..dates import Mention
from ..dates.normalize import OffsetMap, fold
from . import triggers as T
from .model import Event, EventKind, WhenBasis
from .morph import stems

__all__ = ["ClauseDates", "ClauseStems", "TriggerIndex", "any_word_in", "clause_stems", "first_cue",
           "first_words_folded", "folded_original", "has", "joined_statements", "nearest", "paired_trace",
           "speeches"]

H = TypeVar("H")

#: How many distinct words a :class:`TriggerIndex` remembers (news repeats its words; a corpus's
#: long tail of rare words is looked up again when it comes back).
WORDS_REMEMBERED: Final = 1 << 17

_Phrase = tuple[tuple[str, ...], EventKind, str | None]
_Found = tuple[str, EventKind, str | None, str]  # rule, kind, mode, tense (``_Tables.reading``)
#: What a word can begin: the phrases its stems open (in the plain loop's order), and its own reading.
_Entry = tuple[tuple[_Phrase, ...], _Found | None]
_NOTHING: Final[_Entry] = ((), None)


def clause_stems(texts: Sequence[str]) -> set[str]:
    """The stems of a clause's (folded) words, and the stem of each pair of ``PAIRED_STEMS`` told
    in turn («دفعة جديدة»: one stem, new_batch)."""
    out = {s for w in texts for s in stems(w)}
    if out.isdisjoint(_PAIR_FIRSTS):
        return out  # no pair's first word in the clause: no pair to look for
    for a, b in itertools.pairwise(texts):
        if not _PAIR_FIRSTS.isdisjoint(stems(a)):
            out.update(T.PAIRED_STEMS[pair] for pair in itertools.product(stems(a), stems(b))
                       if pair in T.PAIRED_STEMS)
    return out


def paired_trace(present: AbstractSet[str], wanted: AbstractSet[str] | None, surface: str) -> list[str]:
    """The trace of a word whose ``NEEDS`` only a pair of ``PAIRED_STEMS`` meets (new_batch), or none."""
    met = present & wanted if wanted is not None else set()
    if met and met <= _PAIRED:
        return [f"'{surface}' beside «{' / '.join(sorted(met))}», who arrives (new_batch)"]
    return []


_PAIRED: Final = frozenset(T.PAIRED_STEMS.values())
#: The first words of ``PAIRED_STEMS``: a clause with none of them holds no pair (clause_stems).
_PAIR_FIRSTS: Final = frozenset(first for first, _ in T.PAIRED_STEMS)


class _Word(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class _TriggerTables(Protocol):
    """What :class:`TriggerIndex` reads of ``extract._Tables``."""

    @property
    def phrases(self) -> Mapping[str, Sequence[_Phrase]]: ...
    @property
    def needs(self) -> Mapping[str, frozenset[str]]: ...
    def reading(self, word: str, after_preposition: bool = False) -> _Found | None: ...
    def noun_reading(self, word: str) -> _Found | None: ...


class TriggerIndex:
    """The trigger tables read word by word: built once per tables, then :meth:`scan` per clause."""

    def __init__(self, tables: _TriggerTables) -> None:
        self.tables = tables
        self.entry: Callable[[str, bool], _Entry] = functools.lru_cache(maxsize=WORDS_REMEMBERED)(
            self._entry)
        #: Whether a word can begin a trigger, after a preposition or not (False: it begins no phrase
        #: and reports nothing either way, so the scan passes it by), for the words met so far.
        self.live: dict[str, bool] = {}

    def _entry(self, word: str, after_preposition: bool) -> _Entry:
        """What *word* can begin, as the plain loop finds it: the phrases of each of its stems, the
        stems taken in the order ``morph.stems`` gives them (the whole word first), then its own reading
        (after a preposition or not: a verb-or-noun form is read as the noun after one)."""
        phrases = tuple(p for first in dict.fromkeys(stems(word)) for p in self.tables.phrases.get(first, ()))
        found = self.tables.reading(word, after_preposition)
        return _NOTHING if not phrases and found is None else (phrases, found)

    def scan(self, words: Sequence[_Word], trace: list[str], show: Callable[[int, int], str],
             hit: Callable[[int, int, EventKind, str | None, str, str, str], H],
             prepositions: frozenset[str] = frozenset()) -> list[H]:
        """The triggers of a clause before any is filtered out (the first loop of
        ``extract._triggers``): a phrase where one begins, else what the word reports, a word that
        reports its event only beside another (``NEEDS``) traced and left out when none is there.
        *hit* makes a trigger of (first, last, kind, mode, tense, rule, surface)."""
        entry = self.entry
        needs = self.tables.needs
        hits: list[H] = []
        present: set[str] | None = None  # the stems of the clause's words, on first need
        n_words = len(words)
        i = 0
        for at in self.candidates(words):  # a word that can begin nothing adds nothing: passed by
            if at < i:
                continue  # inside a phrase found before
            i = at
            phrases, found = entry(words[i].text, i > 0 and words[i - 1].text in prepositions)
            if phrases:
                matched = False
                for phrase, kind, mode in phrases:
                    n = len(phrase)
                    q = int(phrase[0] in T.QUANTIFIED_STOPS and n > 1 and phrase[1] not in T.ALL_OF
                            and i + 1 < n_words and words[i + 1].text in T.ALL_OF)  # all_stopped
                    if i + n + q <= n_words and all(phrase[k] in stems(words[i + k + q].text)
                                                    for k in range(1, n)):
                        hits.append(hit(i, i + n - 1 + q, kind, mode, "noun", "phrase " + " ".join(phrase),
                                        show(words[i].start, words[i + n - 1 + q].end)))
                        i += n + q
                        matched = True
                        break
                if matched:
                    continue
            if found is not None and attributed_reading(found, words, i):
                # attributed_by_verb (speak46), as ``extract._triggers`` reads it: the verb an attribution
                # hands the report to is a statement whatever its NEEDS («بحسب ما نقلته وكالة سانا»)
                rule, kind, mode, tense = found
                hits.append(hit(i, i, kind, mode, tense, "verb " + rule, show(words[i].start, words[i].end)))
                trace.append(attributed_note(show(words[i].start, words[i].end), rule))
                i += 1
                continue
            if found is not None and found[3] != "noun" and found[0] in needs:
                if present is None:
                    present = clause_stems([w.text for w in words])
                if not present & needs[found[0]]:  # a verb beside none of its words: the noun, if one
                    noun = self.tables.noun_reading(words[i].text)  # with context words of its own
                    found = noun if noun is not None and noun[0] in needs else found
            if found is not None:
                rule, kind, mode, tense = found
                wanted = needs.get(rule)
                if wanted is not None:
                    if present is None:
                        present = clause_stems([w.text for w in words])
                    if not present & wanted:
                        trace.append(f"'{show(words[i].start, words[i].end)}' ({rule}) reports {kind.value} "
                                     f"only beside one of {', '.join(sorted(T.NEEDS[rule]))}: not here")
                        other, needed = T.OTHERWISE.get(rule, (None, frozenset()))
                        if other is not None and (tense != "noun" or needed) and (  # a noun: beside them
                                not needed or present & needed):
                            label = ("verb " if tense != "noun" else "noun ") + rule
                            hits.append(hit(i, i, other, None, tense, label,  # the kind otherwise
                                            show(words[i].start, words[i].end)))
                            trace.append(f"'{show(words[i].start, words[i].end)}': {other.value} otherwise")
                        i += 1
                        continue
                label = ("verb " if tense != "noun" else "noun ") + rule
                if wanted is not None and present is not None:
                    trace += paired_trace(present, wanted, show(words[i].start, words[i].end))
                hits.append(hit(i, i, kind, mode, tense, label, show(words[i].start, words[i].end)))
            i += 1
        return hits

    def candidates(self, words: Sequence[_Word]) -> list[int]:
        """The indices of the words of a clause that can begin a trigger (after a preposition or
        not), in order: the words met for the first time looked up both ways, then one dictionary
        lookup per word inside ``map``. The scan's plain loop does nothing at any other word."""
        texts = list(map(_TEXT, words))
        live = self.live
        new = set(texts).difference(live)
        if new:
            if len(live) + len(new) > WORDS_REMEMBERED:
                live.clear()  # bounded, as the lookups are
                new = set(texts)
            entry = self.entry
            for word in new:
                live[word] = entry(word, False) != _NOTHING or entry(word, True) != _NOTHING
        return list(itertools.compress(range(len(texts)), map(live.__getitem__, texts)))


def attributed_reading(found: _Found, words: Sequence[_Word], i: int) -> bool:
    """attributed_by_verb (speak46): whether *found*, the reading of word *i*, is a statement's verb that an
    attribution hands the report to (:func:`handed_by_attribution`): a statement whatever its ``NEEDS``."""
    return found[1] is EventKind.STATEMENT and found[3] != "noun" and handed_by_attribution(words, i)


def attributed_note(surface: str, rule: str) -> str:
    """The trace line of attributed_by_verb, the plain and the fast trigger scans alike."""
    return f"'{surface}' ({rule}) after an attribution: what it carries is the report (attributed_by_verb)"


def handed_by_attribution(words: Sequence[_Word], i: int) -> bool:
    """attributed_by_verb (speak46): whether word *i* is the verb an attribution hands the report to
    («بحسب ما نقلته …», «وفقاً لما أوردته …»: ``ATTRIBUTIONS``, with «و» or «ف» or not, then
    ``ATTRIBUTED_BY_VERB``): what it carries is the attributed report, it needs no «عن» nor «أن»."""
    if i < 2 or words[i - 1].text not in T.ATTRIBUTED_BY_VERB:
        return False
    word = words[i - 2].text
    return word in T.ATTRIBUTIONS or (word[:1] in ("و", "ف") and word[1:] in T.ATTRIBUTIONS)


def has(words: Sequence[_Word], wanted: frozenset[str]) -> bool:
    """``extract._has``: whether a stem of one of *words* is in *wanted* (the words' stems are met
    one after the other inside ``map`` and ``all``, with no Python frame per word)."""
    return not all(map(wanted.isdisjoint, map(stems, map(_TEXT, words))))


_WORD: Final = re.compile(r"[^\W_]+")
_TEXT: Final = operator.attrgetter("text")


def any_word_in(words: Sequence[_Word], wanted: AbstractSet[str]) -> bool:
    """Whether the text of one of *words* itself (no clitic taken off) is in *wanted*: one set operation,
    no Python frame per word (``any(w.text in wanted for w in words)``)."""
    return not wanted.isdisjoint(map(_TEXT, words))


class ClauseStems:
    """:func:`has` for the words of one clause asked of several tables (the coder asks whether a
    clause speaks of contacts, of a first time since, of that time …, each once per reading: 1.6
    readings a clause that has one): the stems of its words gathered into one set on the first
    question, each question then one set operation. ``ClauseStems(words).has(wanted)`` is
    ``has(words, wanted)``."""

    __slots__ = ("_stems", "words")

    def __init__(self, words: Sequence[_Word]) -> None:
        self.words = words
        self._stems: set[str] | None = None

    def has(self, wanted: frozenset[str]) -> bool:
        if self._stems is None:
            self._stems = set(itertools.chain.from_iterable(map(stems, map(_TEXT, self.words))))
        return not wanted.isdisjoint(self._stems)

W = TypeVar("W", bound=_Word)
_T = TypeVar("_T", bound=tuple[int, int, str])


def clause_words(word: re.Pattern[str], folded: str, a: int, b: int, make: type[_T]) -> list[_T]:
    """The words of the clause ``folded[a:b]`` as the coder lists them, ``[make(a + m.start(), a +
    m.end(), m.group()) for m in word.finditer(folded[a:b])]`` (``extract._words``): *word* run over
    *folded* itself from *a* to *b* (no copy of the clause; a pattern with no look-around and no
    anchor, as ``_WORD`` is, reads the same matches there, in the text's offsets), and each word made
    as a tuple of type *make* (a named tuple of start, end and text) without a Python frame per word."""
    new = tuple.__new__
    return [new(make, (m.start(), m.end(), m.group())) for m in word.finditer(folded, a, b)]




def first_cue(words: Sequence[W], cues: Mapping[str, str]) -> tuple[str, W] | None:
    """The scan of ``extract._mode``: the first of *words* with a stem among *cues*' keys, and what
    its first such stem (in the order ``stems`` gives them) maps to; None when no word has one. The
    words whose stems miss every cue are passed by inside ``map`` and ``compress`` (one set
    operation per word, no Python frame); only the word found is read stem by stem."""
    if not cues:
        return None
    keys = cues.keys()
    k = next(itertools.compress(itertools.count(), map(operator.not_, map(
        keys.isdisjoint, map(stems, map(_TEXT, words))))), None)
    if k is None:
        return None
    word = words[k]
    return cues[next(s for s in stems(word.text) if s in cues)], word


class ClauseDates:
    """An article's date mentions, for ``extract._governing``: those inside a span found by bisection,
    and each span's words scanned once for relative pronouns and time boundaries.

    *mentions* must be the list the plain rule is given (its order is kept among equals); *text* the
    article's original text; *relative*, *boundaries*, *since* and *not_boundary_before* (the words
    after which a boundary word is part of a time of day) the word sets the plain rule reads.
    """

    def __init__(self, mentions: Sequence[Mention], text: str, relative: frozenset[str],
                 boundaries: frozenset[str], since: frozenset[str],
                 not_boundary_before: frozenset[str] = frozenset(), folded: str | None = None) -> None:
        self.mentions = mentions
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self.order = order
        self.starts = [mentions[k].start for k in order]
        self.text = text
        # folding is one character for one: a span's fold is this one's slice (*folded*, when the
        # caller has it: :func:`folded_original`)
        self.folded = fold(text) if folded is None else folded
        self.relative = relative
        self.boundaries = boundaries
        self.since = since
        self.not_boundary_before = not_boundary_before
        self._words: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
        self._inside: dict[tuple[int, int], list[Mention]] = {}
        self._wanted = _whole_words(relative | boundaries | since)

    def inside(self, a: int, b: int) -> list[Mention]:
        """The mentions within ``[a, b)``, in the order of the list (``[m for m in mentions if a <=
        m.start and m.end <= b]``), remembered per span (the clause's is asked for each of its
        readings): not to be changed."""
        found = self._inside.get((a, b))
        if found is None:
            lo = bisect.bisect_left(self.starts, a)
            hi = bisect.bisect_right(self.starts, b)
            ms = self.mentions
            picked = sorted(k for k in self.order[lo:hi] if ms[k].end <= b)
            found = self._inside[a, b] = [ms[k] for k in picked]
        return found

    def words(self, a: int, b: int) -> list[tuple[int, str, str]]:
        """(offset, folded word, the folded word after it) of the words of ``text[a:b]`` that are
        relative pronouns, time boundaries or «منذ» (the only words the plain rule's scan acts on),
        remembered per span."""
        key = (a, b)
        found = self._words.get(key)
        if found is None and (a <= 0 or not _WORD.match(self.folded, a - 1, a)):
            # the span begins a word: the words it wants, found by a regex of them alone, each
            # with the word after it (none read but those)
            found = []
            if self._wanted is not None:
                for w in self._wanted.finditer(self.folded, a, b):
                    after = _WORD.search(self.folded, w.end(), b)
                    found.append((w.start(), w.group(), after.group() if after is not None else ""))
            self._words[key] = found
        if found is None:  # the span cuts a word: its part in the span is a word of the span
            wanted = self.relative | self.boundaries | self.since
            all_words = [(w.start(), w.group()) for w in _WORD.finditer(self.folded, a, b)]
            found = [(at, word, all_words[n + 1][1] if n + 1 < len(all_words) else "")
                     for n, (at, word) in enumerate(all_words) if word in wanted]
            self._words[key] = found
        return found

    def governing(self, a: int, b: int, trigger: int, noun: bool = False,
                  latest: dt.date | None = None) -> tuple[Mention | None, str]:
        """``extract._governing(mentions, a, b, trigger, text, noun, latest)``, the same mention and
        reason."""
        inside = self.inside(a, b)
        dated = [m for m in inside if m.value is not None and m.kind in ("date", "range")
                 and (latest is None or m.value.start <= latest)]
        if not dated:
            return None, ""
        relatives: list[int] = []
        lo, hi = a, b
        apart: list[int] = []  # relative pronouns of clauses set off by commas (set_off_by_commas)
        for at, word, after in self.words(a, b):
            if word in self.relative:
                (apart if set_off(self.text, at, dated, b) else relatives).append(at)
            elif (word in self.boundaries or (word in self.since and not any(
                    0 <= m.start - (at + len(word)) <= 2 for m in inside))) \
                    and not any(m.start <= at < m.end for m in inside) \
                    and after not in self.not_boundary_before:
                if at <= trigger:
                    lo = at
                elif at < hi:
                    hi = at

        return past_set_off(*nearest(dated, lo, hi, relatives, trigger, noun), apart, trigger)


@functools.lru_cache(maxsize=8)
def _whole_words(words: frozenset[str]) -> re.Pattern[str] | None:
    """A regex of *words*, each only as a whole word (the whole of a match of ``_WORD``)."""
    if not words:
        return None
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})"
                      r"(?![^\W_])")


def folded_original(text: str, folded: str, omap: OffsetMap) -> str:
    """``fold(text)``, made from *folded* — ``fold(strip(text)[0])``, *omap* the map ``strip`` gave —
    without folding the text again: the runs ``strip`` kept are taken from *folded*, what it deleted
    between them (tatweel, diacritics, invisible marks, dots inside words) from *text*, for folding
    leaves all of those as they are."""
    norms, origs = omap.norm_starts, omap.orig_starts
    if not norms:  # nothing deleted: the stripped text is the text
        return folded
    out = [text[:origs[0]]]
    for k in range(len(norms) - 1):
        kept = norms[k + 1] - norms[k]
        out.append(folded[norms[k]:norms[k + 1]])
        out.append(text[origs[k] + kept:origs[k + 1]])
    return "".join(out)


#: Commas that set a relative clause off from its clause («قسد، التي تتولى حراسة السجن، الجمعة»).
COMMAS: Final = ("،", ",")
#: What ends a sentence: a relative clause closed past one is not closed by that comma (closed_before_a_day).
SENTENCE_ENDS: Final = (".", "\n", "؟", "!")


def set_off(text: str, at: int, dated: Sequence[Mention], b: int) -> bool:
    """Whether the relative pronoun at *at* in *text* opens a clause set off by commas that closes
    before any of the *dated* mentions after it (and before *b*): «وأعلنت قسد، التي تتولى حراسة السجن،
    الجمعة أنها …». A date after the closing comma is the clause's around it, not the relative's
    (``set_off_by_commas``); so is one after a relative clause that only the comma closes, the day right
    after it, in one sentence: «وقال التحالف الذي تقوده واشنطن، اليوم الاثنين، إن …»
    (``closed_before_a_day``)."""
    k = at
    while k > 0 and text[k - 1].isspace():  # the character before the pronoun's spaces, not a copy of all
        k -= 1                               # the text before it (once per relative pronoun of an article)
    opened = k > 0 and text[k - 1] in COMMAS
    close = min((k for k in (text.find(c, at, b) for c in COMMAS) if k >= 0), default=-1)
    if close < 0 or any(at < m.start < close for m in dated):
        return False
    if opened:
        return True
    # «وقال التحالف الذي تقوده واشنطن، اليوم الاثنين، إن …»: a relative clause closed by a comma the day
    # right after which opens, in one sentence (closed_before_a_day)
    if any(c in text[at:close] for c in SENTENCE_ENDS):
        return False
    after = close + 1
    while after < len(text) and text[after].isspace():
        after += 1
    return any(m.start == after for m in dated)


def past_set_off(best: Mention | None, why: str, apart: Sequence[int],
                 trigger: int) -> tuple[Mention | None, str]:
    """*best* and *why*, the reason naming ``set_off_by_commas`` when *best* stands after the trigger
    and a relative clause set off by commas (its pronoun among *apart*) between them."""
    if best is not None and best.start > trigger and any(trigger < p < best.start for p in apart):
        why += ", past a relative clause set off by commas (set_off_by_commas)"
    return best, why


def nearest(dated: Sequence[Mention], lo: int, hi: int, relatives: Sequence[int], trigger: int,
            noun: bool) -> tuple[Mention | None, str]:
    """The last step of the date choice, shared by ``extract._governing`` and :meth:`ClauseDates.governing`:
    of the *dated* mentions between the time boundaries *lo* and *hi*, the nearest to the *trigger*
    (after it on a tie), never one that a relative pronoun after a verb trigger opens, nor one inside a
    relative clause that ends where another, the verb trigger's own, begins (*relatives*: the pronouns'
    offsets, in order); and why."""
    def opens_relative(m: Mention) -> bool:
        if noun:
            return False
        if m.start <= trigger:  # «التفجير الذي هز … في 13 تشرين الثاني، والذي اتهمت أنقرة»: the date
            k = bisect.bisect_left(relatives, m.end)  # is in the relative clause before the trigger's own
            return 0 < k < len(relatives) and relatives[k] < trigger and relatives[k - 1] < m.start
        k = bisect.bisect_right(relatives, trigger)
        return k < len(relatives) and relatives[k] < m.start

    free = [m for m in dated if lo <= m.start and m.end <= hi and not opens_relative(m)]
    if not free:
        return None, ""

    def distance(m: Mention) -> int:
        return m.start - trigger if m.start >= trigger else trigger - m.end

    best = min(free, key=lambda m: (distance(m), m.start < trigger))
    return best, ("the nearest date after the trigger" if best.start >= trigger
                  else "the nearest date before the trigger")


#: The words that open a statement told as said before the article's news («وكان لافروف قد صرح»,
#: «وسبق أن أعلن»), and how many words after the first «قد» may stand (told_before).
TOLD_BEFORE: Final = T.WAS
TOLD_BEFORE_AT_ONCE: Final = T.HAD_ALREADY
_TOLD_BEFORE_REACH: Final = 12


def told_before(quote: str | None) -> bool:
    """told_before: a statement whose clause opens with «وكان … قد» (or «وسبق أن») was said on an
    occasion before the one the article reports: it is not a continuation of its speaker's speech
    (``extract._one_speech`` leaves it apart) but another statement."""
    words = (quote or "").split()[:_TOLD_BEFORE_REACH]
    if not words:
        return False
    return words[0] in TOLD_BEFORE_AT_ONCE or (words[0] in TOLD_BEFORE and "قد" in words[1:])


def on_one_s_part(quote: str | None) -> bool:
    """Whether a statement's clause opens with a speaker's turn («من جهته، قال …», «بدوره»:
    ``T.ON_ONE_S_PART``)."""
    words = (quote or "").replace("\u060c", " ").replace(",", " ").split()[:2]
    return bool(words) and (words[0] in T.ON_ONE_S_PART or " ".join(words) in T.ON_ONE_S_PART)


def announced_anew(quote: str | None) -> bool:
    """announced_anew (taken34): a later statement of a speaker whose clause opens with a verb of
    announcing («وأعلن الجيش …», ``T.ANNOUNCING_ANEW``) is a new announcement, not a continuation of the
    speech told before it («وأضاف», «وأوضح»): ``extract._one_speech`` leaves it apart."""
    words = (quote or "").split()[:_ANEW_REACH + 1]
    if not words:
        return False
    return words[0] in T.ANNOUNCING_ANEW or (words[0] in T.NEW_OCCASION and any(
        w in ANNOUNCED_ANEW_BARE for w in words[1:]))


def first_words_folded_plain(text: str, n: int) -> list[str]:
    """The first *n* words of *text* folded: the specification of :func:`first_words_folded`."""
    return fold(text).split()[:n]


def first_words_folded(text: str, n: int) -> list[str]:
    """``fold(text).split()[:n]`` (:func:`first_words_folded_plain`), folding only the first *n* words, each
    through ``fold``'s memo, not the whole statement: folding moves no offset and makes no space of a letter
    nor a letter of a space (tests/test_fastpath.py), so the words of the fold are the folds of the words
    (speed54: ``said_anew`` and ``told_by_unnamed`` read a few words of clauses of 90 characters and more)."""
    return [fold(w) for w in text.split(maxsplit=n)[:n]]


def said_anew(quote: str | None) -> bool:
    """said_anew (stmt48): whether a statement's clause names its occasion, in its first words, as
    another or a later one («وقالت الوزارة في بيان آخر اليوم إن», «وفي بيان لاحق، أعلن الجيش»:
    ``T.SAID_ANEW_OCCASIONS`` then ``T.SAID_ANEW_OTHER``): a statement of its own, which
    ``extract._one_speech`` joins to no speech of its speaker."""
    words = [w.strip("\u060c,.:;\u061b") for w in first_words_folded(quote or "", T.SAID_ANEW_REACH)]
    return any((w in T.SAID_ANEW_OCCASIONS or (w[1:] in T.SAID_ANEW_OCCASIONS and w[:1] == "ب"))
               and nxt in T.SAID_ANEW_OTHER
               for w, nxt in itertools.pairwise(words))


def told_by_unnamed(quote: str | None) -> bool:
    """unnamed_apart (taken47): whether a statement's clause names its speaker as an unnamed official or
    source, indefinite, in its first words (``T.UNNAMED_SPEAKERS``: «وقال مسؤول أمريكي إن», «ونقلت
    الشبكة عن مسؤولين أمريكيين أن»): a speaker of its own beside its party's other statements."""
    words = first_words_folded(quote or "", T.UNNAMED_REACH + 4)
    relaying = bool(words) and words[0] in T.UNNAMED_RELAYING
    reach = T.UNNAMED_REACH + 4 if relaying else T.UNNAMED_REACH
    return any(w in T.UNNAMED_SPEAKERS and (k == 0 or relaying or words[k - 1] not in T.UNNAMED_RELAYED)
               for k, w in enumerate(words[:reach]))


ANNOUNCED_ANEW_BARE: Final = frozenset(w.removeprefix("و") for w in T.ANNOUNCING_ANEW)
_ANEW_REACH: Final = 6  # words of a lead («وفي تطور آخر،») before the verb of announcing


def _lead(events: Sequence[Event], members: Sequence[int]) -> int:
    """The statement a speech is told at: the first dated by its own words, else the first."""
    return next((n for n in members if events[n].when_basis is WhenBasis.STATED), members[0])


def speeches(events: Sequence[Event], people: Collection[str] = (),
             officials: Collection[str] = ()) -> list[list[int]]:
    """The speeches ``extract._one_speech`` makes one event each, as the indices of their statements,
    the lead first (the first dated by its own words, else the first): two or more statements whose
    first source actor is one speaker, none told as said before (:func:`told_before`).

    official_apart: when the lead names no person (*people*: the ids of persons), the speaker's
    statements that name one of its *officials* (a person the knowledge base does not know, or a
    source the report does not name) are that official's, named as he speaks («وقال المتحدث باسم
    الوزارة باتريك رايدر إن», «ونقلت قناة … عن مسؤول في البنتاغون»): a speech of their own beside
    the body's, one for each set of officials named, not a continuation of the body's."""
    by_speaker: dict[str, list[int]] = {}
    turns: dict[str, int] = {}  # unnamed_apart: the speaker's unnamed officials or sources named so far
    turned: dict[str, str | None] = {}  # ... and the clause that named the last (read once per clause)
    for n, e in enumerate(events):
        if e.kind.family is EventKind.STATEMENT and e.source_actors and not told_before(e.quote_ar) \
                and not said_anew(e.quote_ar) \
                and not ((e.source_actors[0] in by_speaker or e.source_actors[0] in turns)
                         and announced_anew(e.quote_ar)):
            speaker = _speaker_told(events, by_speaker, e, people)
            if told_by_unnamed(e.quote_ar) and turned.get(speaker) != e.quote_ar:
                turns[speaker], turned[speaker] = turns.get(speaker, 0) + 1, e.quote_ar
            by_speaker.setdefault(f"{speaker}#{turns[speaker]}" if speaker in turns else speaker,
                                  []).append(n)
    out: list[list[int]] = []
    for members in by_speaker.values():
        lead = _lead(events, members)
        parts: dict[frozenset[str], list[int]] = {}
        for n in members:
            named: frozenset[str] = frozenset()
            if not any(a in people for a in events[lead].actors):
                named = frozenset(a for a in events[n].actors if a in officials)
            parts.setdefault(named, []).append(n)
        for part in parts.values():
            if len(part) >= 2:
                first = _lead(events, part)
                out.append([first, *(n for n in part if n != first)])
    return out


def _speaker_told(events: Sequence[Event], by_speaker: Mapping[str, list[int]], e: Event,
                  people: Collection[str]) -> str:
    """the_person_speaks_on (nothing35): the speech a person's statement goes on — the first told whose
    speakers are bodies or states, no person, and that names that person, not as spoken to or of
    («أعلن القائد العام لقوات سوريا الديمقراطية "قسد" الجنرال مظلوم عبدي»: read as the body's, its
    commander named … «ودعا عبدي»: the commander goes on) — else his own. A person named in another
    person's statement («وقال كيري في مؤتمر صحفي مشترك مع لافروف» … «من جهته، أبدى لافروف») speaks
    apart, and so does one whose turn opens his clause («من جهته، قال الأسد»: :func:`on_one_s_part`)."""
    speaker = e.source_actors[0]
    if speaker in by_speaker or speaker not in people or on_one_s_part(e.quote_ar):
        return speaker
    return next((k for k, members in by_speaker.items()
                 if speaker in events[members[0]].actors and speaker not in events[members[0]].target_actors
                 and not any(a in people for a in events[members[0]].source_actors)), speaker)


def joined_statements(events: Sequence[Event], people: Collection[str] = (),
                      officials: Collection[str] = (),
                      spoken: Sequence[Sequence[int]] | None = None) -> set[int]:
    """The indices of the events ``extract._one_speech`` joins to a speech of their speaker and lists
    no more: in each of the :func:`speeches`, every statement but the lead that has no precise date
    of its own and is on the lead's channel or none. ``_one_speech`` reads nothing of theirs but their
    kind, actors, channel, sources and quote, so the coder leaves them unplaced. *spoken*: the
    :func:`speeches` of *events*, when the caller has them already."""
    out: set[int] = set()
    for lead, *others in speeches(events, people, officials) if spoken is None else spoken:
        channel = events[lead].channel
        out.update(n for n in others if not events[n].when_basis.precise
                   and (events[n].channel is None or events[n].channel == channel))
    return out
