"""The event coder's fast paths (``syrtimeline/events/fastpath.py``) give what its plain rules give.

The plain rules of ``syrtimeline/events/extract.py`` are the specification: ``_triggers`` (the trigger
words of a clause and what is not an event among them) and ``_governing`` (the date that governs a
trigger). The coder calls their fast paths (``_triggers_fast``, ``ClauseDates.governing``); these
properties check, on random clauses and articles built from the trigger vocabulary (verbs through their
conjugations, nouns, phrases, the words that need another, negations, modals), clitics, Arabic letters,
numbers, dates, relative pronouns, time boundaries, quotation marks and the seeds' own sentences, that
both give the same triggers, the same trace, the same date and reason, and — the whole coder run once
with the plain rules and once with the fast paths — the same events.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Callable

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.dates import Mention
from syrtimeline.dates.normalize import _FOLD_TABLE, fold, strip
from syrtimeline.events import actors as A
from syrtimeline.events import extract as X
from syrtimeline.events import fastpath, model
from syrtimeline.events import triggers as T
from syrtimeline.events.fastpath import ClauseDates, folded_original
from syrtimeline.events.morph import PREFIX_CLITICS, noun_forms, verb_forms

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
E2E = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD = re.compile(r"[^\W_]+")


def _verb_forms() -> list[str]:
    out = []
    for spec in T.VERBS:
        pasts, presents = (part.split("|") for part in spec.split("/"))
        for past in pasts:
            for present in presents:
                out += [f for f, _ in verb_forms(past, present)][::7]  # every seventh: all tenses
    return sorted(set(out))


VERB_FORMS = _verb_forms()
NOUN_FORMS = sorted({f for w in T.NOUNS for f, _ in noun_forms(w)})
PHRASE_WORDS = sorted({w for p in T.PHRASES for w in p.split()})
CONTEXT = sorted({*T.NOT_TRIGGERS, *(w for ws in T.NEEDS.values() for w in ws), *T.NEGATION, *T.PREVENTION,
                  *(w for m in T.MODAL for w in m.split()), T.MAYBE, *T.FUTURE, *T.ANAPHORIC,
                  *T.TIME_BOUNDARIES, *X._RELATIVE, *X._COMPLEMENTIZERS, "منذ", "ومنذ", "حيز", "علي",
                  *X._PREPOSITIONS, *T.NOT_A_BOUNDARY_BEFORE,
                  "روسيا", "الولايات", "المتحده", "تركيا", "القوات", "الروسيه", "لافروف", "وزير", "الخارجيه"})
SEED_SENTENCES = sorted({s.group().strip() for a in st.seeds() for s in X._SENTENCE.finditer(a.text)
                         if len(s.group().split()) > 2})
DATES = ["أمس", "يوم الثلاثاء", "في 17 كانون الأول", "الشهر الماضي", "منذ سبع سنوات", "20.06.2017",
         "قبل أسبوعين", "في الثامن من كانون الأول 2024", "صباح اليوم", "عام 2019", "بعد يومين",
         "منذ سقوط النظام", "ومنذ ذلك الحين", "بعدما انسحب", "وفق ما أعلنته الوزارة", "الذي وقع أمس",
         "التي دخلت حيز التنفيذ قبل أسبوع", "بعد ظهر أمس", "قبيل منتصف الليل", "يوم الاثنين المقبل",
         "في 20 كانون الأول المقبل"]

#: forms read one way after a preposition and another elsewhere («تحدث عن قصف جوي»: the noun)
TWO_WAY = sorted(w for w in {*X._tables().verbs, *VERB_FORMS}
                 if X._tables().reading(w, True) != X._tables().reading(w, False))

clitic = hs.sampled_from(["", "", "", *PREFIX_CLITICS])
vocab_word = hs.one_of(
    hs.tuples(clitic, hs.sampled_from(VERB_FORMS)).map("".join),
    hs.tuples(clitic, hs.sampled_from(NOUN_FORMS)).map("".join),
    hs.tuples(clitic, hs.sampled_from(PHRASE_WORDS)).map("".join),
    hs.tuples(clitic, hs.sampled_from(sorted(T.PHRASES))).map("".join),  # a whole phrase
    hs.sampled_from(PHRASE_WORDS),
    hs.sampled_from(CONTEXT),
    hs.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويءئؤةىأإآ", min_size=1, max_size=7),
    hs.integers(0, 3000).map(str),
    hs.tuples(hs.sampled_from(sorted(X._PREPOSITIONS)), hs.just(" "), hs.sampled_from(TWO_WAY)).map("".join),
)
separator = hs.sampled_from([" ", " ", " ", " ", "، ", " «", "» ", ' "', " “", "” ", ": ", " - "])


@hs.composite
def clause_texts(draw: hs.DrawFn) -> str:
    """A clause: vocabulary words and separators, sometimes a seed sentence's words among them."""
    parts = draw(hs.lists(hs.tuples(vocab_word, separator), min_size=1, max_size=25))
    text = "".join(w + s for w, s in parts)
    if draw(hs.booleans()):
        seed = draw(hs.sampled_from(SEED_SENTENCES))
        cut = draw(hs.integers(0, len(text)))
        text = text[:cut] + " " + seed.rstrip(".!?؟") + " " + text[cut:]
    return text


@hs.composite
def article_texts(draw: hs.DrawFn) -> str:
    """An article: seed sentences, random clauses and date expressions, in sentences and lines."""
    pieces = draw(hs.lists(hs.one_of(hs.sampled_from(SEED_SENTENCES), clause_texts(), hs.sampled_from(DATES),
                                     hs.sampled_from(EVENT_NAMES)), min_size=1, max_size=12))
    ends = draw(hs.lists(hs.sampled_from([". ", " ", "\n", "، ", " كما ", "؛ ", " و"]),
                         min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + e for p, e in zip(pieces, ends, strict=True))


@hs.composite
def dated_texts(draw: hs.DrawFn) -> str:
    """A short text dense in dates and in the words around them that the date choice reads."""
    around = sorted({*T.TIME_BOUNDARIES, *X._RELATIVE, *X._SINCE_WORDS, "قصفت", "الهجوم", "قال", "ان"})
    pieces = draw(hs.lists(hs.one_of(hs.sampled_from(DATES), hs.sampled_from(around), vocab_word),
                           min_size=1, max_size=30))
    seps = draw(hs.lists(separator, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + e for p, e in zip(pieces, seps, strict=True))


def _words(folded: str, a: int = 0) -> list[X._Word]:
    return [X._Word(a + m.start(), a + m.end(), m.group()) for m in _WORD.finditer(folded)]


@SETTINGS
@given(text=clause_texts(), data=hs.data())
def test_the_trigger_scan_is_the_plain_rule(text: str, data: hs.DataObject) -> None:
    folded = fold(text)
    words = _words(folded)
    sentence_start = data.draw(hs.integers(0, words[0].start if words else 0))

    def show(start: int, end: int) -> str:
        return text[start:end]

    tb = X._tables()
    plain_trace: list[str] = []
    fast_trace: list[str] = []
    plain = X._triggers(tb, words, folded, sentence_start, plain_trace, show)
    fast = X._triggers_fast(tb, words, folded, sentence_start, fast_trace, show)
    assert fast == plain
    assert fast_trace == plain_trace


@SETTINGS
@given(text=clause_texts(), data=hs.data())
def test_the_trigger_scan_passes_by_only_what_the_plain_rule_passes_by(text: str,
                                                                         data: hs.DataObject) -> None:
    """The scan visits only the words that can begin a trigger (``TriggerIndex.candidates``): phrases
    (whose inner words may be triggers of their own: «تبادل القصف»), words read one way after a
    preposition and another elsewhere, and words met again once the remembered words were cleared."""
    for _ in range(data.draw(hs.integers(1, 4))):
        phrase = data.draw(hs.sampled_from(sorted(T.PHRASES)) | hs.tuples(
            hs.sampled_from(sorted(X._PREPOSITIONS)), hs.just(" "), hs.sampled_from(TWO_WAY)).map("".join))
        cut = data.draw(hs.integers(0, len(text)))
        text = f"{text[:cut]} {data.draw(clitic)}{phrase} {text[cut:]}"
    folded = fold(text)
    words = _words(folded)
    tb = X._tables()
    index = X._trigger_index(tb)
    remembered = data.draw(hs.sampled_from([fastpath.WORDS_REMEMBERED, 0, 1, len(index.live) + 2]))

    def show(start: int, end: int) -> str:
        return text[start:end]
    plain_trace: list[str] = []
    fast_trace: list[str] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastpath, "WORDS_REMEMBERED", remembered)
        fast = X._triggers_fast(tb, words, folded, 0, fast_trace, show)
    assert fast == X._triggers(tb, words, folded, 0, plain_trace, show)
    assert fast_trace == plain_trace


@SETTINGS
@given(text=hs.one_of(dated_texts(), article_texts()), data=hs.data())
def test_the_date_choice_is_the_plain_rule(text: str, data: hs.DataObject) -> None:
    mentions = st.extract(text, dt.date(2021, 12, 18))
    dates = ClauseDates(mentions, text, X._RELATIVE, T.TIME_BOUNDARIES, X._SINCE_WORDS,
                        T.NOT_A_BOUNDARY_BEFORE)
    spans = [(0, len(text)), *((a, b) for a, b, _ in X._clauses(text))]
    for _ in range(data.draw(hs.integers(1, 10))):  # several questions to the same article's index
        a, b = data.draw(hs.sampled_from(spans))
        if data.draw(hs.booleans()):
            a = data.draw(hs.integers(0, len(text)))
            b = data.draw(hs.integers(a, len(text)))
        edges = [*(w.start() for w in _WORD.finditer(text, a, b)), *(m.start for m in mentions),
                 *(m.end for m in mentions)]
        trigger = data.draw(hs.one_of(hs.integers(max(0, a - 5), b + 5), hs.sampled_from(edges or [a])))
        noun = data.draw(hs.booleans())
        latest = data.draw(hs.sampled_from([None, dt.date(2021, 12, 18), dt.date(2021, 12, 1)]))
        assert dates.governing(a, b, trigger, noun, latest) == X._governing(mentions, a, b, trigger, text,
                                                                            noun, latest)
        assert dates.inside(a, b) == [m for m in mentions if a <= m.start and m.end <= b]


@SETTINGS
@given(text=hs.one_of(dated_texts(), article_texts(), hs.lists(hs.sampled_from(
    ["وبعد", "وقبل", "ومنذ", "فبعد", "قصفت", "الذي", " ", "، "])).map("".join)), data=hs.data())
def test_the_words_the_date_choice_reads_are_those_of_the_span(text: str, data: hs.DataObject) -> None:
    dates = ClauseDates([], text, X._RELATIVE, T.TIME_BOUNDARIES, X._SINCE_WORDS, T.NOT_A_BOUNDARY_BEFORE)
    wanted = X._RELATIVE | T.TIME_BOUNDARIES | X._SINCE_WORDS
    # cuts anywhere, and inside the words it wants («وبعد» read from its «بعد»)
    inner = [m.start() + k for m in _WORD.finditer(fold(text)) for k in range(len(m.group()) + 1)]
    after_clitic = [m.start() + 1 for m in _WORD.finditer(fold(text)) if m.group()[:1] in ("و", "ف")]
    cut = hs.integers(0, len(text)) | hs.sampled_from(inner or [0]) | hs.sampled_from(after_clitic or [0])
    for _ in range(data.draw(hs.integers(1, 10))):
        a, b = sorted(data.draw(hs.tuples(cut, cut)))
        runs = [(a + m.start(), m.group()) for m in _WORD.finditer(fold(text[a:b]))]
        plain = [(at, w, runs[n + 1][1] if n + 1 < len(runs) else "") for n, (at, w) in enumerate(runs)
                 if w in wanted]
        assert dates.words(a, b) == plain


@SETTINGS
@given(text=clause_texts(), cut=hs.integers(0, 30), wanted=hs.sampled_from(
    [frozenset(T.ANAPHORIC), T.CHANNEL_WORDS, frozenset(T.FUTURE), X._BY_PHONE, frozenset(PHRASE_WORDS)]))
def test_a_word_of_a_set_is_found_as_the_plain_rule_finds_it(text: str, cut: int,
                                                              wanted: frozenset[str]) -> None:
    words = _words(fold(text))
    for region in (words, words[cut:], words[:cut]):
        assert X._has_any(region, wanted) == X._has(region, wanted)


CUE_WORDS = sorted({w for cues in T.MODE_CUES.values() for w in cues})


@SETTINGS
@given(text=clause_texts(), cues=hs.lists(hs.tuples(clitic, hs.sampled_from(CUE_WORDS)).map("".join),
                                          max_size=3),
       kind=hs.sampled_from(list(X.EventKind)), mode=hs.sampled_from([None, None, "", "aerial"]),
       data=hs.data())
def test_the_mode_and_its_cue_are_the_plain_rules(text: str, cues: list[str], kind: X.EventKind,
                                                   mode: str | None, data: hs.DataObject) -> None:
    words = _words(fold(" ".join([*cues, text, *cues[:1]])))
    first = data.draw(hs.integers(0, len(words)))
    main = X._Hit(first, first, kind, mode, "noun", "noun x", "x")
    cut = data.draw(hs.integers(0, len(words)))
    for region in (words, words[cut:], words[:cut], []):
        assert X._mode_fast(main, region) == X._mode(main, region)


KB = st.load_knowledge()
EVENT_NAMES = sorted(KB.named)


FAMILIES = sorted({e.kind.family for e in KB.named.values()}, key=lambda k: k.value)
MX = X._Matchers(KB.actors, KB.channels, KB.named)


@SETTINGS
@given(text=clause_texts(), family=hs.sampled_from(FAMILIES), kind=hs.sampled_from(list(T.PRIORITY)),
       data=hs.data())
def test_the_known_events_a_clause_names_are_the_plain_rules(
        text: str, family: X.EventKind, kind: X.EventKind, data: hs.DataObject) -> None:
    kin = [n for n in EVENT_NAMES if KB.named[n].kind.family is family]  # often several of one family
    names = data.draw(hs.lists(hs.tuples(hs.sampled_from(kin) | hs.sampled_from(EVENT_NAMES), clitic),
                               max_size=4))
    for name, glued in names:
        cut = data.draw(hs.integers(0, len(text)))
        text = f"{text[:cut]} {glued}{name} {text[cut:]}"
    clause = fold(text)
    for k in (kind, family):
        assert X._NamedHere(MX, clause).of(k) == X._named(MX, clause, k)


#: What strip() deletes (tatweel, harakat, a bidi mark) and the dots it deletes between letters.
MARKS = ["\u0640", "\u064e", "\u0651", "\u0650", "\u200f", ".", "ـ.ـ"]


@hs.composite
def marked_texts(draw: hs.DrawFn) -> str:
    """An article with marks strip() deletes sprinkled in it (مسـ.ـؤول, حزبُ الله …)."""
    text = draw(article_texts())
    for _ in range(draw(hs.integers(0, 12))):
        cut = draw(hs.integers(0, len(text)))
        text = text[:cut] + draw(hs.sampled_from(MARKS)) + text[cut:]
    return text


@SETTINGS
@given(text=marked_texts(), data=hs.data())
def test_the_actors_read_from_the_stripped_text_are_the_plain_rules(text: str, data: hs.DataObject) -> None:
    stripped, omap = strip(text)
    folded = fold(stripped)
    to_stripped = X._stripped_position(omap, len(stripped))
    plain_mx = X._Matchers(KB.actors, KB.channels, KB.named)
    fast_mx = X._Matchers(KB.actors, KB.channels, KB.named)
    plain = plain_mx.actor_mentions(text, to_stripped)
    fast = X._actor_spans(fast_mx, text, to_stripped, stripped, folded)
    assert fast == plain
    assert fast_mx.new_actors == plain_mx.new_actors
    starts = X._span_starts(fast)
    assert starts is not None  # the finder gives its mentions in order
    edges = [0, len(stripped), *(x for s in fast for x in (s.lead, s.start, s.end))]
    for _ in range(data.draw(hs.integers(1, 8))):
        a = data.draw(hs.sampled_from(edges) | hs.integers(0, len(stripped)))
        b = data.draw(hs.sampled_from(edges) | hs.integers(0, len(stripped)))
        assert X._spans_within(fast, starts, a, b) == [s for s in fast if a <= s.lead and s.end <= b]


@SETTINGS
@given(text=marked_texts() | hs.text(alphabet=" \n\t.!?؟،,;؛0123456789٠٣كمافيبنحـَ", max_size=60)
       | hs.lists(hs.sampled_from([" كما ", "، فيما ", " بينما ", " في  حين ", "؛", " ; ", ".", "5.5", "3.",
                                   ".4", "\n", "!؟", "قال", "في", "حين", " "]), max_size=20).map("".join))
def test_the_sentences_and_clauses_are_the_plain_rules(text: str) -> None:
    stripped = strip(text)[0]
    assert X._clauses_fast(stripped) == X._clauses(stripped)
    spans = [m.span() for m in X._SENTENCE.finditer(text)]
    assert [m.span() for m in X._SENTENCE_FAST.finditer(text)] == spans


@pytest.mark.parametrize(("text", "reach"), [
    ("قصفت الطائرات مواقع في إدلب " * 400, "parts end at the last space before the reach"),
    ("ا" * 4500, "a run with no space is cut at the reach"),
    ("قال لافروف إن الوضع معقد. " + "قصفت الطائرات مواقع " * 150 + "، كما " + "انسحبت القوات " * 200,
     "a long clause after a short sentence and a break"),
])
def test_no_clause_is_longer_than_the_reach(text: str, reach: str) -> None:
    """A clause of more than ``CLAUSE_REACH`` characters is read in parts (the coder's work on a clause
    grows with the square of its length): the parts follow each other with nothing lost."""
    clauses = X._clauses(text)
    assert clauses == X._clauses_fast(text)
    assert all(b - a <= X.CLAUSE_REACH for a, b, _ in clauses), reach
    assert max(b - a for a, b, _ in clauses) > X.CLAUSE_REACH - 30, reach  # cut near the reach, not before
    sentences = X._clauses(text, clause_break=re.compile(r"(?!)"))  # the sentences, cut at the reach only
    assert "".join(text[a:b] for a, b, _ in sentences).strip() == text.strip(), reach



@SETTINGS
@given(text=marked_texts() | hs.text(alphabet="ـَُِّ\u200f\u00ad.·ابةىأ٣، ", max_size=40))
def test_the_fold_of_the_original_text_is_made_from_the_stripped_ones(text: str) -> None:
    stripped, omap = strip(text)
    assert folded_original(text, fold(stripped), omap) == fold(text)


TITLES = ["وزير الخارجية البريطاني", "المتحدث باسم البنتاغون", "نائب وزير الدفاع الروسي", "وزير الدفاع",
          "الرئيس", "المبعوث الأممي"]
NAMES = ["بوريس جونسون", "جون كيربي", "أناتولي أنتونوف", "مارك جونسون", "عبد الله بن زايد", "سيرغي لافروف",
         "غير بيدرسن", "محمد شياع السوداني", "جونسون", "أبو محمد الجولاني", "خالد العلي", "أحمد الحسيني"]
name_word = hs.one_of(hs.sampled_from(NAMES), hs.text(alphabet="ابتجحدرسعفقلمنهوي", min_size=3, max_size=6))


@hs.composite
def people_texts(draw: hs.DrawFn) -> str:
    """Texts that introduce people by title and name and name them again, whole or by a last word,
    with clitics and the article, before or after, among other words."""
    named = draw(hs.lists(hs.tuples(name_word, name_word).map(" ".join) | name_word, min_size=1, max_size=3))
    first = draw(hs.sampled_from(named))  # one introduced first, maybe named again at once
    again = draw(hs.sampled_from(["", " " + first.split()[-1]]))
    pieces = [f"{draw(hs.sampled_from(TITLES))} {first}،{again}"]
    pieces += draw(hs.lists(hs.one_of(
        hs.tuples(hs.sampled_from(TITLES), hs.sampled_from(named)).map(" ".join).map(lambda s: s + "،"),
        hs.tuples(clitic, hs.sampled_from(named).map(lambda n: n.split()[-1])).map("".join),
        hs.tuples(clitic, hs.sampled_from(named)).map("".join),
        hs.tuples(hs.sampled_from(["ال", "لل", "وال"]), hs.sampled_from(named)).map("".join),
        hs.sampled_from(named).map(lambda n: "لل" + n.split()[-1].removeprefix("ال")),  # للعلي
        hs.tuples(hs.sampled_from(TITLES), hs.sampled_from(named)).map(  # named again at once
            lambda tn: f"{tn[0]} {tn[1]}، {tn[1].split()[-1]}"),
        vocab_word), min_size=1, max_size=14))
    seps = draw(hs.lists(separator, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + e for p, e in zip(pieces, seps, strict=True))


@SETTINGS
@given(text=people_texts() | marked_texts())
def test_later_mentions_of_people_are_the_plain_rules(text: str) -> None:
    finder = MX.finder
    fast = finder.find(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(A._Reader, "bare_mentions_fast", A._Reader.bare_mentions)
        plain = finder.find(text)
    assert fast == plain


CHANNEL_NAMES = sorted({p for c in KB.channels.values() for p in (*c.phrases_ar, *c.names_ar)})


@hs.composite
def naming_texts(draw: hs.DrawFn) -> str:
    """Articles naming channels and known events, with clitics, quotes between a name's words, and
    names glued to the letters before or after them."""
    text = draw(article_texts())
    for _ in range(draw(hs.integers(0, 6))):
        name = draw(hs.sampled_from(CHANNEL_NAMES) | hs.sampled_from(EVENT_NAMES))
        name = name.replace(" ", draw(hs.sampled_from([" ", " ", " «", "» ", "\n"])))
        glue = draw(hs.tuples(hs.sampled_from(["", " ", "منذ ", "ب", "س", ". ", "، كما "]), clitic,
                              hs.sampled_from(["", " ", "ة", ". ", "؛"])))
        cut = draw(hs.integers(0, len(text)))
        text = f"{text[:cut]}{glue[0]}{glue[1]}{name}{glue[2]}{text[cut:]}"
    return text


@SETTINGS
@given(text=naming_texts(), data=hs.data())
def test_a_clause_that_may_name_nothing_names_nothing(text: str, data: hs.DataObject) -> None:
    stripped = strip(text)[0]
    folded = fold(stripped)
    marks = X._naming_marks(MX, folded)
    # cuts anywhere, and where a name's first or last word begins or ends (inside a longer word too)
    edges = [x for key in [*MX.channel_of, *MX.event_of] for w in (key.split()[0], key.split()[-1])
             for m in re.finditer(re.escape(w), folded) for x in m.span()]
    cuts = hs.integers(0, len(folded)) | hs.sampled_from(edges or [0])
    spans = [(a, b) for a, b, _ in X._clauses(stripped)]
    spans += [tuple(sorted(data.draw(hs.tuples(cuts, cuts)))) for _ in range(data.draw(hs.integers(0, 10)))]
    for a, b in spans:
        if not X._may_name(marks, folded, a, b):
            clause = folded[a:b]
            assert MX.find(clause, MX.channel_re, MX.channel_of) == []
            assert X._NamedHere(MX, clause).events == []
            assert X._since_known_event(MX, folded, a, b) is None


PHRASE_PIECES = ["اتفاق", "موسكو", "سوتشي", "قمه", "هلسنكي", "الثاني", "خط", "منع", "الصدام", "ال", "اتفاقيه",
                 "2", "17", "ب", "و", "ا", "قم"]


@hs.composite
def phrase_sets(draw: hs.DrawFn) -> list[str]:
    """Phrases of the kind the coder names (channels and known events), and made-up ones that are
    the starts of each other («اتفاق», «اتفاق موسكو», «اتفاقيه»), with digits; sometimes one with a
    quote, a dash or two spaces in it beside its plain spelling (then the alternation is kept)."""
    made = draw(hs.lists(hs.lists(hs.sampled_from(PHRASE_PIECES), min_size=1, max_size=4).map(" ".join),
                         max_size=8))
    known = draw(hs.lists(hs.sampled_from(CHANNEL_NAMES) | hs.sampled_from(EVENT_NAMES), max_size=8))
    odd = draw(hs.lists(hs.sampled_from(["اتفاق «موسكو»", "خط - منع", "اتفاق  موسكو", "قمه'"]), max_size=1))
    return [*made, *known, *odd, *(" ".join(o.replace("«", " ").replace("»", " ").split()) for o in odd)] \
        or ["اتفاق"]


@SETTINGS
@given(phrases=phrase_sets(), data=hs.data())
def test_the_trie_of_names_matches_as_the_alternation_of_them(phrases: list[str],
                                                              data: hs.DataObject) -> None:
    """The text: the phrases (their spaces spelled as any run of spaces and quotes), their words and
    the coder's vocabulary, with clitics, glued to each other or apart."""
    pieces = data.draw(hs.lists(hs.sampled_from(phrases) | hs.sampled_from(PHRASE_PIECES) | vocab_word,
                                min_size=1, max_size=20))
    gaps = hs.sampled_from([" ", " ", "  ", " «", "» ", "'", "“", "\n", " \"", "»"])
    text = ""
    for piece in pieces:
        piece = " ".join(piece.split(" ")).replace(" ", data.draw(gaps))
        text += data.draw(gaps | hs.sampled_from(["", "، ", "-", "."])) + data.draw(clitic) + piece
    text = fold(text)
    plain = re.compile(X._word_pattern(phrases))
    fast = re.compile(X._word_pattern_fast(phrases))
    assert [(m.span(), m.span("w")) for m in fast.finditer(text)] == \
        [(m.span(), m.span("w")) for m in plain.finditer(text)]


class _PlainNamed:
    def __init__(self, mx: X._Matchers, clause: str) -> None:
        self.mx, self.clause = mx, clause

    def of(self, kind: X.EventKind) -> X.Event | None:
        return X._named(self.mx, self.clause, kind)

    def at(self, pos: int) -> X.Event | None:
        return X._named_at(self.mx, self.clause, pos)


ATTRIBUTION_WORDS = sorted({*T.ATTRIBUTIONS, *T.ATTRIBUTED_BY_VERB})


@SETTINGS
@given(text=clause_texts(), data=hs.data())
def test_the_attributions_of_a_clause_are_the_plain_rules(text: str, data: hs.DataObject) -> None:
    """``_attributions_fast`` (nothing when no word but the last is an attribution word, through its
    و or ف) gives what ``_attributions`` gives, on clauses with such words glued, at the end, or not."""
    for _ in range(data.draw(hs.integers(0, 3))):
        word = data.draw(hs.tuples(clitic, hs.sampled_from(ATTRIBUTION_WORDS)).map("".join))
        cut = data.draw(hs.sampled_from([0, len(text), data.draw(hs.integers(0, len(text)))]))
        text = f"{text[:cut]} {word} {text[cut:]}"
    folded = fold(text)
    words = _words(folded)
    spans = MX.actor_mentions_stripped(text, folded)

    def show(start: int, end: int) -> str:
        return text[start:end]
    assert X._attributions_fast(words, spans, folded, show) == X._attributions(words, spans, folded, show)


ACTOR_IDS = sorted(KB.actors)
PARTY_IDS = sorted({p for c in KB.channels.values() for p in c.parties})


@SETTINGS
@given(asked=hs.lists(hs.tuples(
    hs.lists(hs.sampled_from(PARTY_IDS) | hs.sampled_from(ACTOR_IDS) | hs.just("person:nobody"), max_size=6),
    hs.sampled_from(list(X.EventKind))), min_size=1, max_size=12))
def test_the_channel_inferred_from_the_parties_is_the_plain_rules(
        asked: list[tuple[list[str], X.EventKind]]) -> None:
    """``_inferred_channel`` (each channel's countries read once, answers remembered) answers a run of
    questions to one set of matchers as ``infer_channel`` does, with parties of channels, other actors
    and unknown ids."""
    mx = X._Matchers(KB.actors, KB.channels, KB.named)
    for ids, kind in asked:
        assert X._inferred_channel(mx, ids, kind) == mx.infer_channel(ids, kind)


def _plain_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make events_from_article call the plain rules instead of their fast paths."""
    monkeypatch.setattr(X, "_triggers_fast", X._triggers)
    monkeypatch.setattr(X, "_has_any", X._has)
    monkeypatch.setattr(X, "_mode_fast", X._mode)
    monkeypatch.setattr(X, "_word_pattern_fast", X._word_pattern)
    monkeypatch.setattr(X, "_NamedHere", _PlainNamed)

    def governing(self: ClauseDates, a: int, b: int, trigger: int, noun: bool = False,
                  latest: dt.date | None = None) -> tuple[Mention | None, str]:
        return X._governing(self.mentions, a, b, trigger, self.text, noun, latest)
    monkeypatch.setattr(ClauseDates, "governing", governing)

    def actor_spans(mx: X._Matchers, text: str, to_stripped: Callable[[int], int], stripped: str,
                    folded: str) -> list[X._Actor]:
        return mx.actor_mentions(text, to_stripped)
    monkeypatch.setattr(X, "_actor_spans", actor_spans)
    monkeypatch.setattr(X, "_span_starts", lambda spans: None)
    monkeypatch.setattr(X, "_clauses_fast", X._clauses)
    monkeypatch.setattr(X, "_words_fast", X._words)
    monkeypatch.setattr(X, "_may_name", lambda marks, folded, a, b: True)
    monkeypatch.setattr(X, "folded_original", lambda text, folded, omap: fold(text))
    monkeypatch.setattr(X, "_attributions_fast", X._attributions)
    monkeypatch.setattr(X, "_inferred_channel", lambda mx, actor_ids, kind: mx.infer_channel(actor_ids, kind))
    monkeypatch.setattr(X, "_clause_has", lambda words: functools.partial(X._has, words))
    monkeypatch.setattr(X, "_achieved_fast", X._achieved)
    monkeypatch.setattr(X, "_spoken", lambda events, people, officials: None)  # each step reads its own
    monkeypatch.setattr(A, "_speech_with_conjunction", A._speech_with_conjunction_plain)


def _coded(texts: list[str]) -> list[str]:
    kb = KB
    arts = [st.Article.build(f"a{n}", t, published=dt.date(2021, 12, 18), detect=False)
            for n, t in enumerate(texts)]
    return [repr(e) for e in X.events_from_articles(arts, kb.actors, kb.channels, kb.named, {})]


def _both(texts: list[str]) -> tuple[list[str], list[str]]:
    fast = _coded(texts)
    with pytest.MonkeyPatch.context() as mp:
        _plain_coder(mp)
        plain = _coded(texts)
    return fast, plain


@E2E
@given(texts=hs.lists(article_texts(), min_size=1, max_size=3))
def test_the_coder_with_its_fast_paths_is_the_plain_coder(texts: list[str]) -> None:
    fast, plain = _both(texts)
    assert fast == plain


def test_the_seeds_are_coded_alike_both_ways() -> None:
    fast, plain = _both([a.text for a in st.seeds()])
    assert fast == plain and len(fast) > 20


@pytest.mark.parametrize("texts", [
    ["وقال مسؤول إن القوات انسحبت، وفق ما أعلنته الوزارة."],
    ["وفق ما أعلنته الوزارة"],
    ["وفقاً لما ذكرته الوزارة أمس."],
    ["جرى ذلك أمس.", "وبحسب ما نقلته وكالة سانا فإن الوزير التقى نظيره."],
])
def test_a_verb_an_attribution_hands_the_report_to_is_coded_alike_both_ways(texts: list[str]) -> None:
    # attributed_by_verb (speak46): the trigger scan's fast path read it only for verbs with NEEDS, after
    # their noun fallback; the plain scan reads it for every statement verb, first (found by the property)
    fast, plain = _both(texts)
    assert fast == plain


@pytest.mark.parametrize("texts", [
    ["استهدفت طائرة مسيّرة يرجح أنها تابعة للتحالف الدولي سيارة في ريف إدلب، بحسب المرصد السوري."],
    ['أفاد موقع "سبوتنيك" الروسي بأن الرئيس السوري بشار الأسد طلب من روسيا مساعدة عسكرية.'],
    ["وذكرت وكالة الأناضول، في تقرير نشرته أمس الأحد، أن الجيش التركي طالب المدنيين بمغادرة الناحية."],
    ["وقال وزير الخارجية التركي إن الجيش السوري الحر أبلغهم بأنه احتجزهم."],
])
def test_a_speech_believed_or_told_of_is_coded_alike_both_ways(texts: list[str]) -> None:
    # believed_to_be and the_speaker_told_of (speaker55): read in the steps both paths share
    fast, plain = _both(texts)
    assert fast == plain


@pytest.mark.parametrize("texts", [
    ["كشف تقرير لموقع «ديفينس إكسبريس»، الأحد، أن الكتيبة الروسية انسحبت من مدينة."],
    ["وفتح الأردن الباب أمام تصدير المواد الغذائية إلى سوريا، بحسب تقرير لقناة الجزيرة."],
])
def test_the_report_of_an_outlet_is_coded_alike_both_ways(texts: list[str]) -> None:
    # the_report_of_an_outlet (speaker56): read where the speaker's phrase is, a step both paths share
    fast, plain = _both(texts)
    assert fast == plain


CLAUSE_TABLES = [X._tables().anaphoric, T.CHANNEL_WORDS, X._BACKGROUND, T.FIRST_SINCE, T.LANDING, frozenset()]


@SETTINGS
@given(text=clause_texts(), asked=hs.lists(hs.sampled_from(CLAUSE_TABLES), max_size=6))
def test_a_clauses_stems_gathered_once_are_the_plain_rule(text: str, asked: list[frozenset[str]]) -> None:
    words = [X._Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(fold(text))]
    here = fastpath.ClauseStems(words)
    for wanted in asked:
        assert here.has(wanted) == X._has(words, wanted)


@SETTINGS
@given(text=article_texts(), data=hs.data())
def test_a_clauses_words_read_in_place_are_the_plain_rule(text: str, data: hs.DataObject) -> None:
    stripped = strip(text)[0]
    folded = fold(stripped)
    # the coder's clauses, and cuts anywhere (inside a word too)
    spans = [(a, b) for a, b, _ in X._clauses_fast(stripped)]
    cuts = hs.integers(0, len(folded))
    spans += [tuple(sorted(data.draw(hs.tuples(cuts, cuts)))) for _ in range(data.draw(hs.integers(0, 6)))]
    for a, b in spans:
        fast = X._words_fast(folded, a, b)
        assert fast == X._words(folded, a, b)
        assert all(type(w) is X._Word for w in fast)


#: what a statement's first words are made of: every character the fold table folds and what it folds them
#: to, spaces of every kind, punctuation the statement rules strip, tatweel and diacritics
FOLD_ALPHABET = "".join(sorted({*(chr(k) for k in _FOLD_TABLE), *_FOLD_TABLE.values(),
                                *" \t\n\u00a0\u2009\u3000،,.:;؛ـَُ", *"قالمسؤولبيانآخرلاحق"}))


@SETTINGS
@given(text=hs.one_of(article_texts(), hs.text(alphabet=FOLD_ALPHABET, max_size=80)), n=hs.integers(-2, 14))
def test_a_statements_first_words_folded_one_by_one_are_the_plain_rule(text: str, n: int) -> None:
    # said_anew and told_by_unnamed (speed54) fold the words they read, not the whole statement
    assert fastpath.first_words_folded(text, n) == fastpath.first_words_folded_plain(text, n)
    assert fastpath.said_anew(text) == any(
        (w in T.SAID_ANEW_OCCASIONS or (w[1:] in T.SAID_ANEW_OCCASIONS and w[:1] == "ب"))
        and nxt in T.SAID_ANEW_OTHER
        for w, nxt in itertools.pairwise([w.strip("\u060c,.:;\u061b")
                                          for w in fold(text).split()[:T.SAID_ANEW_REACH]]))


ENUM_CONVERTERS = [(X.EventKind, model._event_kind), (X.WhenBasis, model._when_basis),
                   (model.Certainty, model._certainty)]


@SETTINGS
@given(pair=hs.sampled_from(ENUM_CONVERTERS), data=hs.data())
def test_an_events_enums_converted_without_the_enum_call_are_the_plain_conversion(
        pair: tuple[type[enum.StrEnum], Callable[[str], enum.StrEnum]], data: hs.DataObject) -> None:
    # speed54: a member is kept as it is, anything else goes through the enum's own call (a value, an error)
    cls, convert = pair
    value = data.draw(hs.one_of(hs.sampled_from(list(cls)), hs.sampled_from([m.value for m in cls]),
                                hs.text(max_size=8)))
    try:
        plain: enum.StrEnum | str = cls(value)
    except ValueError as exc:
        plain = str(exc)
    try:
        fast: enum.StrEnum | str = convert(value)
    except ValueError as exc:
        fast = str(exc)
    assert fast is plain or (type(fast) is str and fast == plain)


@hs.composite
def told_events(draw: hs.DrawFn) -> list[X.Event]:
    """An article's events as the coder tells them before ``_one_speech``: statements and others, of a
    few speakers, dated in every way, on a few channels; each with a place of its own."""
    out = []
    for n in range(draw(hs.integers(0, 12))):
        out.append(X.Event(
            id=f"a@{n}", when=None, summary="", sources=(X.Source("a", (n, n + 1)),),
            kind=draw(hs.sampled_from([X.EventKind.STATEMENT, X.EventKind.INTERVIEW, X.EventKind.STRIKE,
                                       X.EventKind.MEETING])),
            source_actors=draw(hs.sampled_from([(), ("russia",), ("turkey",), ("russia", "turkey")])),
            when_basis=draw(hs.sampled_from(list(X.WhenBasis))),
            channel=draw(hs.sampled_from([None, "c1", "c2"])), where=X.Where(f"w{n}")))
    return out


@SETTINGS
@given(events=told_events())
def test_the_statements_joined_to_a_speech_are_the_plain_rules(events: list[X.Event]) -> None:
    joined = fastpath.joined_statements(events)
    spoken = X._one_speech(events)
    # the others are listed, in order, each keeping its place; the joined ones' places are never read
    assert [e.where for e in spoken] == [e.where for n, e in enumerate(events) if n not in joined]
    assert X._one_speech([attrs.evolve(e, where=None) if n in joined else e
                          for n, e in enumerate(events)]) == spoken


def test_the_matchers_compiled_once_are_the_matchers_built_anew() -> None:
    kept = X.compile_knowledge(KB.actors, KB.channels, KB.named)
    assert kept.of(dict(KB.actors), dict(KB.channels), dict(KB.named))
    fresh = X._compile(KB.actors, KB.channels, KB.named)
    built = kept.matchers
    assert (built.channel_of, built.named, built.event_of) == (fresh.channel_of, fresh.named, fresh.event_of)
    for regex in ("channel_re", "event_re", "names_re"):
        assert getattr(built, regex).pattern == getattr(fresh, regex).pattern
    assert built.finder._entries == fresh.finder._entries
    texts = [a.text for a in st.seeds()]
    arts = [st.Article.build(f"a{n}", t, published=dt.date(2021, 12, 18), detect=False)
            for n, t in enumerate(texts)]
    handed = [[repr(e) for e in X.events_from_articles(arts, KB.actors, KB.channels, KB.named, {},
                                                       compiled=kept)] for _ in range(2)]
    assert handed[0] == handed[1] == _coded(texts) and len(handed[0]) > 20


def test_the_matchers_of_another_knowledge_base_are_refused() -> None:
    kept = X.compile_knowledge(KB.actors, KB.channels, KB.named)
    art = st.Article.build("a", st.seeds()[0].text, published=dt.date(2021, 12, 18), detect=False)
    # a mapping that differs in an object (even an equal one), a key or the order is another's
    first = next(iter(KB.actors))
    for actors in ({**KB.actors, first: attrs.evolve(KB.actors[first])}, dict(reversed(KB.actors.items())),
                   {k: v for k, v in KB.actors.items() if k != first}):
        assert not kept.of(actors, KB.channels, KB.named)
        with pytest.raises(ValueError, match="another knowledge base"):
            X.events_from_articles([art], actors, KB.channels, KB.named, compiled=kept)
    assert not kept.of(KB.actors, KB.channels, {})
    assert X.compile_knowledge(KB.actors, KB.channels).of(KB.actors, KB.channels, None)


def test_the_new_actors_of_one_call_are_not_the_next_calls() -> None:
    texts = [a.text for a in st.seeds()]
    first, again = _coded(texts), _coded(texts)
    assert first == again
    met: dict[str, X.Actor] = {}
    X.events_from_articles([st.Article.build("a", texts[0], published=dt.date(2021, 12, 18), detect=False)],
                           KB.actors, KB.channels, KB.named, met)
    alone: dict[str, X.Actor] = {}
    X.events_from_articles([st.Article.build("a", texts[0], published=dt.date(2021, 12, 18), detect=False)],
                           KB.actors, KB.channels, KB.named, alone)
    assert met == alone and X._Matchers(KB.actors, KB.channels, KB.named).new_actors == {}


def test_a_fast_path_is_built_on_first_use_not_at_import() -> None:
    import subprocess
    import sys
    code = ("import syrtimeline, sys; from syrtimeline.events import extract as X; "
            "print(len(X._INDEX), 'syrtimeline.events.fastpath' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == "0"



ACHIEVED_WORDS = sorted({*X._tables().achieved, *T.ACHIEVED_BY, *T.ENTERED_INTO,
                         *(w for _, ws in T.ACHIEVED.values() for w in ws)})


@SETTINGS
@given(text=clause_texts(), data=hs.data())
def test_the_achieved_nouns_are_found_as_the_plain_rule_finds_them(text: str, data: hs.DataObject) -> None:
    """``_achieved_fast`` (nothing when no word of the clause is one of the nouns) gives what
    ``_achieved`` gives, on clauses with those nouns, «من / في» and the verbs of succeeding at either edge
    of the clause, inside it, or nowhere."""
    for _ in range(data.draw(hs.integers(0, 4))):
        word = data.draw(hs.sampled_from(ACHIEVED_WORDS) | hs.sampled_from(sorted(X._tables().succeeded)))
        cut = data.draw(hs.sampled_from([0, len(text), data.draw(hs.integers(0, len(text)))]))
        text = f"{text[:cut]} {word} {text[cut:]}"
    words = _words(fold(text))

    def show(start: int, end: int) -> str:
        return text[start:end]
    assert X._achieved_fast(X._tables(), words, show) == X._achieved(X._tables(), words, show)


@SETTINGS
@given(text=clause_texts())
def test_a_clause_with_no_trigger_has_no_reading(text: str) -> None:
    """The coder reads a clause only when it has a trigger: ``_readings`` of no trigger is nothing, and it
    traces nothing, whatever the clause's words and parties."""
    folded = fold(text)
    words = _words(folded)
    trace: list[str] = []
    doers = [(k, "russia") for k in range(0, len(words), 3)]
    assert X._readings([], words, folded, trace, doers, lambda first, last, h: None) == []
    assert trace == []


@SETTINGS
@given(events=told_events(), placed=hs.lists(hs.booleans(), max_size=12))
def test_the_speeches_read_before_placing_are_those_after(events: list[X.Event], placed: list[bool]) -> None:
    """The coder reads an article's speeches once, before its events are placed, for ``_placed`` and
    ``_one_speech`` both: placing an event (or not) changes none of them."""
    later = [attrs.evolve(e, where=None if n < len(placed) and placed[n] else X.Where("elsewhere"))
             for n, e in enumerate(events)]
    spoken = fastpath.speeches(events)
    assert fastpath.speeches(later) == spoken
    assert fastpath.joined_statements(later, spoken=spoken) == fastpath.joined_statements(later)
    assert X._one_speech(later, spoken=spoken) == X._one_speech(later)


SPEECH_PASTS = A._speech_verb_pasts()


SPEECH_PIECES = ["", "ا", "ه", "7"]


@SETTINGS
@given(pieces=hs.lists(hs.tuples(hs.sampled_from(["", "و", "ف", "وف", "ب", "ال"]),
                                 hs.sampled_from(SPEECH_PASTS) | vocab_word | hs.sampled_from(SPEECH_PIECES),
                                 hs.sampled_from(["", "ا", "ه", "ها"]),
                                 hs.sampled_from(["", " ", "، ", "«", ".", "_", "5", "\n"])),
                       min_size=1, max_size=20))
def test_the_speech_verbs_with_a_conjunction_are_found_as_the_plain_rule_finds_them(
        pieces: list[tuple[str, str, str, str]]) -> None:
    """``actors._speech_with_conjunction`` (the conjunction read first, then the letter before it; the
    forms a trie) finds the matches ``_speech_with_conjunction_plain`` (a look-behind, then one alternative
    a form) finds: the speech verbs' past forms behind «و», «ف» or other clitics, with letters glued before
    or after them or none, at the text's start, apart or run together."""
    text = "".join(clitic + word + tail + gap for clitic, word, tail, gap in pieces)
    plain = A._speech_with_conjunction_plain()
    assert [m.span() for m in A._speech_with_conjunction().finditer(text)] == \
        [m.span() for m in plain.finditer(text)]
    for start in range(min(len(text), 4)):  # read from inside the text, as ``finditer(text, pos)`` may be
        assert [m.span() for m in A._speech_with_conjunction().finditer(text, start)] == \
            [m.span() for m in plain.finditer(text, start)]
