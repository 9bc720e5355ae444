"""Events from articles: each clause read for what happened, who did it to whom, and when.

An article is cut into clauses (sentences, split again at كما, فيما, بينما, في حين and ؛). Each clause
is read in steps, and each step is written into the event's trace, so ``Event.explain()`` says why:

1. **Triggers** (``triggers.py``, data; ``morph.py``): verbs through their conjugations and clitics
   (قصفت, يقصفون, ستقصف, وقصفها), nouns (القصف, غارات), phrases (وقف إطلاق النار). A trigger is
   dropped when the word right before it negates it (لم, لن, عدم …), when the words before it make it
   a prospect or a condition (ربما, في حال, يعتزم, قد + present …) or the thing prevented (لمنع …),
   when a statement before it only demands, threatens or denies it (دعا إلى وقف إطلاق النار, نفى أن
   تكون … قصفت; not what the speaker goes on to affirm, «مؤكدة أن …», nor a relative clause's verb),
   and when it is only spoken of inside a quotation (a report of a past happening in
   a quotation stays). A word that reports an event only beside another (نشر beside قوات) needs it.
2. **The kind**: of the triggers left, the first in ``PRIORITY``; its mode from the trigger or the
   clause's cue words (``MODE_CUES``). A modal clause ("استئناف الاتصالات أمر ممكن") is a proposal.
3. **Actors and their roles** (the knowledge base's actors, through every spelling): who acts (the
   subject the trigger's verb takes after it or before it, the party a noun names: غارات روسية,
   the speaker of a statement) and who is acted on (after على, ضد, مع, بين … و, the object of the
   verb). A clause split off at كما keeps its sentence's actors when it names none. A party the
   report describes without naming it («طائرات مسيرة», «قوات الأمن») acts when the phrase next to
   the verb names nobody known (``words.toml`` ``agent_heads``; a noun's doer is the subject of the
   verb that carries it, ``LIGHT_VERBS``).
4. **The date**: the date mention that governs the trigger — the nearest one after it in the clause,
   else the nearest one before it, never one that opens a relative clause about something else
   (الذي, التي …), never one after publication for a past-tense verb — "حينها" takes the date of
   the clause before; an offset of hours («وبعد ساعات») the day of the last event told; "منذ" dates
   only something ongoing (patrols, contacts, agreements, strikes, clashes, truces …); what an
   announcement reports as done is dated by its own words only, and what «على أن» agrees to do is to
   come; with no date, the report's: on or before publication
   (a window of ``REPORT_WINDOW`` days), on or after it for an announced event (``FUTURE_WINDOW``),
   else none at all when the article has no publication date.
5. **Channel and known events**: a channel named by its phrases, or inferred from the parties the
   clause names (for the channel's own kinds of event); a known event named ("اتفاق سوتشي") with no
   date of its own in the clause gives its date.

A clause with no trigger left is no event; nor is one with no actor, unless a day is told for what
it reports. Site chrome is skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Final, NamedTuple, TypeVar

import attrs

from ..articles import Article
from ..dates import DateSpan, Granularity, Mention
from ..dates.normalize import OffsetMap, fold, strip, stripped_folded, trie_pattern
from . import dating
from . import triggers as T
from .actors import (
    ActorFinder,
    a_past_verb,
    a_place_s_edge,
    agent_role,
    described_party,
    fits_pair,
    generic_body,
    in_its_period,
    in_its_story,
    is_person,
    outlet_head,
    pair_of,
    possessed_head,
    speaker_continues,
    speaker_role,
    told_to,
    unnamed_speaker,
)
from .dating import LASTING, at_present, in_the_wake_of, led_up_to, next_to_the_day, occasion_at, speaker_part
from .fastpath import (
    ClauseDates,
    ClauseStems,
    TriggerIndex,
    any_word_in,
    attributed_note,
    attributed_reading,
    clause_stems,
    clause_words,
    first_cue,
    folded_original,
    handed_by_attribution,
    has,
    joined_statements,
    nearest,
    paired_trace,
    past_set_off,
    set_off,
    speeches,
)
from .model import Actor, Certainty, Channel, ChannelKind, Event, EventKind, Source, WhenBasis, Where
from .morph import noun_forms, stems, verb_forms
from .where import compatible, one_conjunct, settlement_names, where_of

__all__ = ["FUTURE_WINDOW", "REPORT_WINDOW", "CompiledKnowledge", "compile_knowledge", "events_from_article",
           "events_from_articles"]

X = TypeVar("X")

REPORT_WINDOW: Final = 30  # days before publication that an undated report may cover
FUTURE_WINDOW: Final = 60  # days after publication that an undated announced event may fall in
#: What «منذ» can date: what goes on from a day up to the report («تعرضت المدينة منذ مساء أمس لقصف
#: مدفعي», «معارك متواصلة منذ الأحد», «الدوريات منذ آذار»), not a one-off (a capture, a meeting, a call)
_ONGOING: Final = frozenset({
    EventKind.PATROL, EventKind.CONTACT, EventKind.AGREEMENT, EventKind.STRIKE, EventKind.CLASH,
    EventKind.ATTACK, EventKind.PROTEST, EventKind.DEPLOYMENT, EventKind.CEASEFIRE})
_ONLY_ON: Final = {EventKind.PATROL: ChannelKind.JOINT_PATROLS,
                   EventKind.NEGOTIATION_ROUND: ChannelKind.NEGOTIATION_FORMAT}
#: Kinds whose channel may be inferred from the parties a clause names (a strike is not a channel event
#: because it names Russia and the United States; it is one when it names the channel).
_CHANNEL_KINDS: Final = frozenset({
    EventKind.STATEMENT, EventKind.INTERVIEW, EventKind.MEETING, EventKind.CALL, EventKind.AGREEMENT,
    EventKind.SUSPENSION, EventKind.RESUMPTION, EventKind.CONTACT, EventKind.INCIDENT, EventKind.PATROL,
    EventKind.NEGOTIATION_ROUND, EventKind.PROPOSAL, EventKind.END})
#: What a definite noun may refer back to besides its own kind («ردت على الهجوم» after a strike told:
#: that strike, called an attack).
_TOLD_AS: Final[dict[EventKind, frozenset[EventKind]]] = {EventKind.ATTACK: frozenset({EventKind.STRIKE})}
#: Kinds whose noun after a verb of discussing is the topic («ناقشا خلال اتصال هاتفي اتفاق مناطق خفض
#: التوتر»), and how many words may stand between them.
_DISCUSSED_KINDS: Final = frozenset({EventKind.AGREEMENT, EventKind.CEASEFIRE, EventKind.PROPOSAL})
_TOPIC_REACH: Final = 5
#: Words of a clause that tell background (what had happened before: «وكان … قد»).
#: Fighting the news followed («إثر معارك», «بعد هجوم») went on before it, not on the news's day.
_FIGHTING: Final = frozenset({EventKind.CLASH, EventKind.ATTACK, EventKind.STRIKE})
_BACKGROUND: Final = T.WAS | T.HAD_ALREADY
#: How the trace tells a date of hours from the day the clause before told (the_statement_again).
_HOURS_AFTER_THE_CLAUSE_BEFORE: Final = "hours from the day the clause before tells"
#: Kinds of a clause's event that hit what a patrol's or a meeting's noun names (patrol_hit, meeting_hit).
_HITTING: Final = frozenset({EventKind.ATTACK, EventKind.STRIKE, EventKind.INCIDENT})
#: A comma or semicolon between two words: a part of the day across one is another verb's
#: («طوقت مدينة الزبداني، التي تتعرض منذ الصباح لقصف»: the shelling's morning, not the tanks').
_COMMA: Final = re.compile("[،,؛;]")
_DURING: Final = frozenset({"خلال", "عبر", "في"})  # before the call talks were held in («بحثا خلال اتصال»)
#: Kinds that words of carrying out («تنفيذ الاتفاق», «بموجب الهدنة») refer back to.
_CARRIED_OUT_KINDS: Final = frozenset({EventKind.AGREEMENT, EventKind.CEASEFIRE})
_RELAY_REACH: Final = 8  # words after a relaying verb in which its «عن» stands (the outlet's name between)
_TERMS_REACH: Final = 8  # words before a trigger where a word that opens an agreement's terms makes it one
#: Kinds never read as an agreement's terms: the agreement itself, the truce it makes, what is said of it.
_NOT_TERMS: Final = frozenset({EventKind.AGREEMENT, EventKind.CEASEFIRE, EventKind.STATEMENT,
                               EventKind.INTERVIEW})
#: told48 (carried_anew): kinds whose definite noun a light verb carries («وألقت عناصر الأمن العام …
#: القبض على», «تمكنت القوات من السيطرة على», «بدأت القوات الروسية الانسحاب») tells a happening of its
#: own, not the one of its kind told before named again.
_CARRIED_ANEW: Final = frozenset({EventKind.CAPTURE, EventKind.ARREST, EventKind.WITHDRAWAL,
                                  EventKind.DEPLOYMENT})
#: ... unless the noun is what the verb is for («يخوضون معارك للسيطرة على القصير»: an aim, no capture).
_AIMED_LAM: Final = ("لل", "ولل")
#: Kinds whose noun reports what was reached or concluded (an agreement), so by publication unless
#: the clause puts it to come: a later day in the clause is another event's (what it agrees on).
_REACHED: Final = frozenset({EventKind.AGREEMENT})
#: The "tense" of a statement told by an attribution («بحسب المرصد»): no verb, and not the clause's speech.
_ATTRIBUTED: Final = "attribution"
#: Statement modes whose content did not happen.
_SPEECH_SCOPE: Final = frozenset({"demand", "warn", "deny", "pledge"})
#: Kinds a speaker's declaring makes happen: the speaker is their agent when the words name no other.
_DECLARED: Final = frozenset({EventKind.CEASEFIRE, EventKind.SUSPENSION, EventKind.RESUMPTION, EventKind.END})
#: Kinds that are events by where they happen, when nobody is named for them and no day is told (a
#: protest seldom has a named party; strikes, attacks and clashes set at a place with nobody named
#: were measured and found no more events right).
_HAPPENS_AT: Final = frozenset({EventKind.PROTEST})
#: Kinds of what an announcement reports as done before it («أعلنت قسد اليوم سيطرتها على الرقة»):
#: the announcement's date is not theirs. (An agreement or a meeting is announced as it is made.)
_REPORTED_DONE: Final = frozenset({
    EventKind.CAPTURE, EventKind.WITHDRAWAL, EventKind.DEPLOYMENT, EventKind.STRIKE, EventKind.ATTACK,
    EventKind.CLASH, EventKind.ARREST, EventKind.INCIDENT})
#: Modes of a speech verb besides an announcement («أعلنت قسد اليوم سيطرتها على الرقة») whose object, a
#: happening of ``_REPORTED_DONE`` named by a noun, is dated by its own words only, not by the speech's day
#: (``told_of_done``, evdate37): a condemnation or an accusation («دان الائتلاف، في بيان صدر اليوم الخميس،
#: الكمين الذي نصبته قوات الأسد», «اتهمت فجر الأحد قوات سوريا الديمقراطية بتفجير جسرين»). Not a claim
#: («تبنى»): +2 strict (1234, 1390), but the gold gives 322's claimed blasts the claim's month, and an
#: undated claimed attack takes the place of the later report that dates it (1050): 2 loose matches lost.
_TELLS_OF_DONE: Final = frozenset({"condemn", "accuse"})
#: Kinds of what a report names with its day set off after its source («أفاد المرصد، الثلاثاء، بمقتل 4 جنود
#: بقصف», «وأفادت قناة الإخبارية، الثلاثاء، بالتوصل إلى اتفاق لوقف إطلاق النار»): dated by their own words
#: only (``dating.reported_on_the_day``, dategov52); a truce reached and reported is not declared.
_REPORTED_ON: Final = _REPORTED_DONE | {EventKind.CEASEFIRE}
#: Kinds whose agent is the speaker when the words name no other («أعلن الجيش السيطرة على …»).
_ANNOUNCED: Final = frozenset({
    EventKind.CAPTURE, EventKind.WITHDRAWAL, EventKind.DEPLOYMENT, EventKind.STRIKE,
    EventKind.AGREEMENT, EventKind.ARREST})
# A sentence ends at ! ? ؟, a line break, or a full stop that is not inside a number (20.06.2017, 2.5).
_SENTENCE: Final = re.compile(r"(?:[^.!?؟\n]|(?<=\d)\.(?=\d))+(?:[.!?؟]+|\n|$)")


def _alef_free(word: str) -> str:
    """A regex of *word* that matches it whatever alef or hamza seat its first letter is written with."""
    return re.sub(r"\s+", r"\\s+", re.sub("[أإآا]", "[أإآا]", word))


#: A clause also breaks before «وهو ما» and a verb that restates what was just told (``RESTATED_BY``;
#: restated_by_who_follows, actor50): a word set off by «أيضاً» may come between.
_RESTATED: Final = (r"(?:" + "|".join(_alef_free(w) for w in T.RESTATED_OPENERS) + r")\s+(?:"
                    + "|".join(_alef_free(w) for w in T.RESTATED_BY) + r")(?![^\W_])")
_CLAUSE_BREAK: Final = re.compile(r"[،,;؛]?\s+(?:كما|فيما|بينما|في\s+حين)\s+|\s*[;؛]\s*"
                                  rf"|[،,]?\s+(?={_RESTATED})")
#: A dateline on a line of its own: a place, a dash, an outlet or a byline («دمشق - البيان»), a few
#: words in all.
_DATELINE: Final = re.compile(r"[^\s\-–—][^\n\-–—]{0,30}\s[-–—]\s(?:\S+\s?){1,4}")
_QUOTES: Final = re.compile(r"[“”\"«»']")
_OPENERS: Final = (("“", "”"), ("«", "»"))
_CLITIC: Final = "(?:[وف]?(?:بال|لل|ال|ب|ل|ك)?)"
_WORD: Final = re.compile(r"[^\W_]+")
#: Words before an actor that make it who is acted on, not who acts.
_TARGET_MARKS: Final = frozenset({"علي", "ضد", "مع", "مواقع", "نقاط", "مقرات", "استهدفت", "استهدف", "نظيره",
                                  "نظيرته", "بنظيره", "بنظيرته"})
_PREPOSITIONS: Final = frozenset({"علي", "ضد", "مع", "في", "من", "الي", "عن", "بين", "لدي", "عبر", "حول",
                                  "تجاه"})
#: Words before a country's or a capital's name that make it the place of the event, not an actor
#: («في سوريا», «إلى موسكو», «داخل تركيا»); «بسوريا» is the same with ب glued on.
_PLACE_MARKS: Final = frozenset({"في", "الي", "داخل", "نحو", "باتجاه", "عبر", "اراضي", "اجواء",
                                 # a part of a country («في شمال شرقي سوريا», «جنوب لبنان»)
                                 "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
                                 # a_capital_s_place (actors28): near the capital or at its airport
                                 # («قرب مطار دمشق الدولي», «في مطار دمشق»: where, not who)
                                 "قرب", "مطار"})
#: Words before an actor that say it reports the event rather than takes part in it.
_ATTRIBUTION: Final = frozenset({"وفق", "وفقا", "بحسب", "حسب", "نقلا", "عن", "افاد", "افادت", "ذكر", "ذكرت",
                                 "اوردت", "اورد"})
#: «منذ» before something other than a date («منذ سقوط النظام في الثامن من …») opens a part of the
#: clause with a time of its own; before a date («منذ مساء أمس») it is that date's.
_SINCE_WORDS: Final = frozenset({"منذ", "ومنذ"})
_SINCE: Final = re.compile(r"(?:^|\s)[وف]?منذ\s+$")
_RELATIVE: Final = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
                              "والذي", "والتي", "والذين"})
#: Roles of actors that report what others do: their words make no one else's event theirs.
_REPORTERS: Final = frozenset({
    "monitor", "un agency", "international organization", "humanitarian organization",
    "civil defence", "office", "media", "unnamed source"})
#: self_told (actor48): reporters that the speaker's own pronoun after the complementizer makes the doer.
_SELF_TELLERS: Final = frozenset({"unnamed source"})
#: Roles of bodies, states and groups (``kb/actors.toml``); a known actor with another role is a person
#: («Spokesperson», «US Secretary of State (2018–2021)» …), as is one read by title and name.
_BODY_ROLES: Final = frozenset({
    "armed group", "media", "military", "political body", "un agency", "state", "ministry",
    "international organization", "office", "monitor", "humanitarian organization", "military coalition",
    "civil defence", "unnamed source", "described party"})
_BY_PHONE: Final = frozenset({"هاتفي", "هاتفيه", "هاتفيا", "هاتفيين", "الهاتفي", "الهاتفيه", "هاتف"})
#: The kinds ``dating.agreed_there`` dates: what the parties of a meeting or a call agreed there.
_AGREED_THERE: Final = frozenset({EventKind.AGREEMENT, EventKind.CEASEFIRE})
#: Words that begin what a speaker says (إن, أن, بأن …, folded).
#: «أنه قصف», «بأنها سيطرت»: a complementizer with a pronoun, the subject of the verb right after it.
_SELF_COMPLEMENTIZERS: Final = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", "بانهما"})
_COMPLEMENTIZERS: Final = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وان"})
#: What opens the words an attribution by a verb goes on to tell («وبحسب ما نقلته سانا، فإن الوزير التقى
#: …»): the report is told after it, and the verb is no statement of its own (attributed_by_verb, speak46).
_SAID_AFTER: Final = _COMPLEMENTIZERS | {"فان"}
#: Names whose first word is spelt, folded, as a word of ``_COMPLEMENTIZERS``, each with the word that
#: follows it in the name: «بان كي مون» is no «بأن» (when21).
_NAMES_LIKE_COMPLEMENTIZERS: Final = frozenset({("بان", "كي")})


def _said_right_after(text: str, end: int) -> bool:
    """Whether the first word after *end* in *text* is a complementizer («أمس الأحد أنها دمرت»): the
    day right before it is the speech's (``day_of_what_is_told`` does not act)."""
    after = _WORD.findall(fold(text[end:end + 12]))
    return bool(after) and after[0] in _COMPLEMENTIZERS


def _opens_what_is_said(words: Sequence[_Word], k: int) -> bool:
    """Whether the word at *k* is a complementizer that opens what a speaker says («أن», «بأن»), not the
    first word of a name spelt as one (``_NAMES_LIKE_COMPLEMENTIZERS``: «بان كي مون»)."""
    return words[k].text in _COMPLEMENTIZERS and not (
        k + 1 < len(words) and (words[k].text, words[k + 1].text) in _NAMES_LIKE_COMPLEMENTIZERS)


def _word_pattern(phrases: Iterable[str]) -> str:
    """One alternation of folded phrases, longest first, each a whole word after optional clitics
    (the phrase itself in group ``w``)."""
    forms = sorted({fold(" ".join(p.split())) for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"[\s“”\"«»']+") for f in forms)  # اتفاق “موسكو”
    return rf"(?<![^\W\d_]){_CLITIC}(?P<w>{body})(?![^\W\d_])"


class _Word(NamedTuple):
    start: int  # in the stripped text
    end: int
    text: str  # folded


class _Hit(NamedTuple):
    """A trigger in a clause."""

    first: int  # index of its first word in the clause
    last: int  # of its last word
    kind: EventKind
    mode: str | None
    tense: str  # past, present, future, noun
    rule: str  # the table entry: "verb قصف/قصف", "noun غارات", "phrase وقف اطلاق النار"
    surface: str


class _Actor(NamedTuple):
    """An actor named in the text (``actors.ActorFinder``), in stripped offsets: where its words begin
    for the roles (a demonym's noun or title first: «مواقع القوات التركية» is read from «القوات»), where
    its name is, its id and the finder's rule."""

    start: int
    end: int
    id: str
    how: str
    lead: int  # where the phrase that names it begins (≤ start)


class _Tables:
    """The trigger tables spelled out: every written form to what it reports (built once)."""

    def __init__(self) -> None:
        self.verbs: dict[str, tuple[str, EventKind, str | None, str]] = {}
        for spec, (kind, mode) in T.VERBS.items():
            pasts, presents = (part.split("|") for part in spec.split("/"))
            for past in pasts:
                for present in presents:
                    for form, tense in verb_forms(past, present):
                        if _past_over_present(self.verbs.get(form), tense):
                            self.verbs[form] = (spec, kind, mode, tense)
        self.nouns: dict[str, tuple[str, EventKind, str | None]] = {}
        for word, (kind, mode) in T.NOUNS.items():
            # «كثف اتصالاته»: one's contacts in general are no contact on a channel; «لعودته إلى العمل»:
            # the return told before (``BARE_NOUNS``)
            for form, _ in noun_forms(word, possessive=kind is not EventKind.CONTACT
                                      and word not in T.BARE_NOUNS):
                self.nouns.setdefault(form, (word, kind, mode))
        self.phrases: dict[str, list[tuple[tuple[str, ...], EventKind, str | None]]] = {}
        for phrase, (kind, mode) in sorted(T.PHRASES.items(), key=lambda kv: -len(kv[0].split())):
            words = tuple(phrase.split())
            self.phrases.setdefault(words[0], []).append((words, kind, mode))
        self.needs = {key: frozenset(_carrying_pronouns(words)) for key, words in T.NEEDS.items()}
        self.partner_with = frozenset(_carrying_pronouns(T.PARTNER_WITH))
        self.not_triggers = T.NOT_TRIGGERS
        self.negation = frozenset(T.NEGATION)
        self.prevention = frozenset(T.PREVENTION)
        self.aimed_at = frozenset(T.AIMED_AT)
        self.hit_by = frozenset(T.HIT_BY)
        self.refused = frozenset(T.REFUSED)
        self.discussed = frozenset(T.DISCUSSED)
        self.modal = frozenset(w for w in T.MODAL if " " not in w)
        self.modal_pairs = frozenset(tuple(w.split()) for w in T.MODAL if " " in w)
        self.future = frozenset(T.FUTURE)
        self.anaphoric = frozenset(T.ANAPHORIC)
        self.light_verbs = _done_forms(T.LIGHT_VERBS)
        self.light_verbs |= {c + f for f in self.light_verbs for c in ("و", "ف")}
        self.relative_doers = _done_forms(T.RELATIVE_DOERS)
        self.kind_light_verbs = {kind: frozenset(c + f for f in _done_forms(verbs) for c in ("", "و", "ف"))
                                 for kind, verbs in T.KIND_LIGHT_VERBS.items()}
        self.launch = _done_forms(T.LAUNCH)
        self.succeeded = frozenset(c + f for f in _done_forms(T.SUCCEEDED) for c in ("", "و", "ف"))
        self.achieved = {c + form: noun for noun in T.ACHIEVED for form, _ in noun_forms(noun)
                         for c in ("", "ال", "بال", "و", "وال")}
        self.achieved_objects = {noun: frozenset(words) for noun, (_, words) in T.ACHIEVED.items()}
        self.modal_clause = tuple(T.MODAL_CLAUSE)

    def reading(self, word: str,
                after_preposition: bool = False) -> tuple[str, EventKind, str | None, str] | None:
        """What a single word reports (rule, kind, mode, tense), through its clitics. After a
        preposition a form that is a verb and a verbal noun is the noun («تحدث عن قصف جوي»), and a
        form with no noun reading is none («بناء على طلب الرئيس»: a request, not «he demanded»)."""
        if word in self.not_triggers:
            return None
        found = self.verbs.get(word) if word not in T.NOUN_NOT_VERB else None
        if found is None and word[:1] in ("و", "ف") and len(word) > 3 and word not in T.NOUN_NOT_VERB:
            found = self.verbs.get(word[1:])
        if found is not None and not after_preposition:
            return found
        return self.noun_reading(word) or (None if after_preposition else found)

    def noun_reading(self, word: str) -> tuple[str, EventKind, str | None, str] | None:
        """What a word reports read as a noun, through its clitics (الحملة, حملتها), or None.
        (Where a verb form fails its ``NEEDS``, the extractor tries this reading only for a noun that
        has context words of its own, «حملة» beside «جوية»: one that needs none, «ضربه», is no better
        a reading of the form than the verb was.)"""
        for stem in stems(word):
            noun = self.nouns.get(stem)
            if noun is not None:
                return (noun[0], noun[1], noun[2], "noun")
        return None


def _past_over_present(kept: tuple[str, EventKind, str | None, str] | None, tense: str) -> bool:
    """Whether a verb's form takes the place of the reading *kept* (the first verb's that spells it):
    a past beats another verb's present, as news tells in the third person — «أسقط الجيش التركي طائرة»
    is «downed» (أسقط), not «I fall» (سقط)."""
    return kept is None or (tense == "past" and kept[3] == "present")


def _carrying_pronouns(words: Iterable[str]) -> Iterator[str]:
    """*words*, and each preposition among them with the pronouns it carries (علي → عليها, عليه …), each
    noun of ``OWNED_NEEDS`` with a possessive one (مسؤوليه → مسؤوليته)."""
    for word in words:
        yield word
        if word in T.PRONOUN_CARRIERS:
            yield from (word + pronoun for pronoun in T.PREPOSITION_PRONOUNS)
        if word in T.OWNED_NEEDS:
            yield from (word[:-1] + "ت" + pronoun for pronoun in T.PREPOSITION_PRONOUNS)


def _done_forms(specs: Iterable[str]) -> frozenset[str]:
    """The past and present forms (``morph.verb_forms``) of the verbs given as "past/present" stems."""
    return frozenset(f for spec in specs for past, present in [spec.split("/")]
                     for f, tense in verb_forms(past, present) if tense in ("past", "present"))


_TABLES: list[_Tables] = []


def _tables() -> _Tables:
    if not _TABLES:
        _TABLES.append(_Tables())
    return _TABLES[0]


def _has(words: Sequence[_Word], wanted: frozenset[str]) -> bool:
    return any(s in wanted for w in words for s in stems(w.text))


def _stems_of_clause(words: Sequence[_Word], cache: set[str]) -> set[str]:
    """The stems of every word of a clause, computed once into *cache*."""
    if not cache and words:
        cache.update(clause_stems([w.text for w in words]))
    return cache


def _stems(word: _Word) -> set[str]:
    return set(stems(word.text))


class _Matchers:
    """Compiled matchers for one knowledge base (built once per extraction call, or handed over
    compiled: ``CompiledKnowledge``)."""

    def __init__(self, actors: Mapping[str, Actor], channels: Mapping[str, Channel],
                 named: Mapping[str, Event] | None = None, compiled: CompiledKnowledge | None = None) -> None:
        self.actors = actors
        self.channels = channels
        # what depends on the knowledge base only: the caller's, compiled once for many calls, or built
        if compiled is None:
            compiled = compile_knowledge(actors, channels, named)
        elif not compiled.of(actors, channels, named):
            raise ValueError("the compiled knowledge was built from another knowledge base")
        (self.channel_of, self.channel_re, self.named, self.event_of, self.event_re, self.names_re,
         self.finder) = compiled.matchers
        self.tables = _tables()
        self.new_actors: dict[str, Actor] = {}  # the article's own: never shared between articles
        self.parties: _ChannelParties | None = None  # ``_inferred_channel``'s, on first use

    @staticmethod
    def _key(matched: str, table: Mapping[str, X]) -> X | None:
        return table.get(" ".join(_QUOTES.sub(" ", matched).split()))

    def find(self, folded: str, regex: re.Pattern[str] | None, table: Mapping[str, str]) -> list[str]:
        """The distinct ids a folded text names, in order."""
        if regex is None:
            return []
        out: list[str] = []
        for m in regex.finditer(folded):
            key = self._key(m.group("w"), table)
            if key and key not in out:
                out.append(key)
        return out

    def actor(self, actor_id: str) -> Actor | None:
        """A known actor, or one the finder met in an article read with these matchers."""
        return self.actors.get(actor_id) or self.new_actors.get(actor_id)

    def actor_mentions(self, text: str, stripped_of: Callable[[int], int]) -> list[_Actor]:
        """The actors an article names (``ActorFinder``), in stripped offsets; actors the knowledge
        base does not know (a person introduced by title and name, a state) are kept in
        ``new_actors``."""
        out = []
        for m in self.finder.find(text):
            if m.actor.id not in self.actors:
                self.new_actors.setdefault(m.actor.id, m.actor)
            lead = min(x[0] for x in (m.head, m.title, (m.start, m.end)) if x is not None)
            out.append(_Actor(stripped_of(m.start), stripped_of(m.end), m.actor.id, m.how, stripped_of(lead)))
        return out

    def actor_mentions_stripped(self, stripped: str, folded: str) -> list[_Actor]:
        """``actor_mentions(text, stripped_of)`` read from the article's stripped and folded text
        (*stripped* is ``strip(text)[0]``, *folded* its fold): the same mentions in the same stripped
        offsets, without stripping and folding the text a second time and mapping each mention to the
        original text and back."""
        out = []
        for m in self.finder.found(stripped, folded):
            if m.actor.id not in self.actors:
                self.new_actors.setdefault(m.actor.id, m.actor)
            lead = min(x[0] for x in (m.head, m.title, (m.start, m.end)) if x is not None)
            out.append(_Actor(m.start, m.end, m.actor.id, m.how, lead))
        return out

    def countries(self, actor_ids: Iterable[str]) -> set[str]:
        found = (self.actor(a) for a in actor_ids)
        return {a.country for a in found if a is not None and a.country}

    def infer_channel(self, actor_ids: list[str], kind: EventKind) -> str | None:
        """The one channel whose parties the clause names (if exactly one fits)."""
        present = self.countries(actor_ids)
        fits = []
        for c in self.channels.values():
            need = self.countries(c.parties)
            if len(need) >= 2 and need <= present:
                fits.append(c)
        return _the_one_channel(fits, kind)


class _Compiled(NamedTuple):
    """What ``_Matchers`` compiles from a knowledge base: the phrases of its channels and known
    events, their regexes, and the actor finder. Nothing here changes once built, nor holds an
    article's actors (``_Matchers.new_actors`` does)."""

    channel_of: dict[str, str]
    channel_re: re.Pattern[str] | None
    named: dict[str, Event]
    event_of: dict[str, str]
    event_re: re.Pattern[str] | None
    names_re: re.Pattern[str] | None
    finder: ActorFinder


def _compile(actors: Mapping[str, Actor], channels: Mapping[str, Channel],
             named: Mapping[str, Event]) -> _Compiled:
    """The matchers of one knowledge base (the plain build: ``compile_knowledge``)."""
    channel_of: dict[str, str] = {}
    for c in channels.values():
        for phrase in (*c.phrases_ar, *c.names_ar):
            channel_of[fold(" ".join(phrase.split()))] = c.id
    for phrase in T.NOT_CHANNELS:  # a longer phrase that names something else: no channel
        channel_of.setdefault(fold(" ".join(phrase.split())), "")
    channel_re = re.compile(_word_pattern_fast(channel_of)) if channel_of else None
    event_of: dict[str, str] = {}
    for name in named:
        event_of[fold(" ".join(name.split()))] = name
    event_re = re.compile(_word_pattern_fast(event_of)) if event_of else None
    names = [*channel_of, *event_of]  # both at once, for ``_naming_marks``
    names_re = re.compile(_word_pattern_fast(names)) if names else None
    return _Compiled(channel_of, channel_re, dict(named), event_of, event_re, names_re, ActorFinder(actors))


_Items = tuple[tuple[str, object], ...]


def _items(mapping: Mapping[str, object]) -> _Items:
    return tuple(mapping.items())


def _same(kept: _Items, items: _Items) -> bool:
    """Whether two mappings' items are the same keys, in the same order, with the same objects."""
    return len(kept) == len(items) and all(
        k == j and v is w for (k, v), (j, w) in zip(kept, items, strict=True))


@attrs.frozen(eq=False)
class CompiledKnowledge:
    """The matchers of one knowledge base (:func:`compile_knowledge`), compiled once and handed to each
    call of :func:`events_from_articles` that codes with that knowledge base (the batch pipeline calls
    it once per batch of articles: 0.04 s of compiling each time). It holds the items of the mappings
    it was built from (the build reads them in order) and is the call's when the call's mappings hold
    the same keys in the same order with the same objects (:meth:`of`). Nothing in it changes once
    built, nor holds an article's actors."""

    matchers: _Compiled
    built_from: tuple[_Items, _Items, _Items]

    def of(self, actors: Mapping[str, Actor], channels: Mapping[str, Channel],
           named: Mapping[str, Event] | None = None) -> bool:
        """Whether these are the matchers of *actors*, *channels* and *named*."""
        return all(map(_same, self.built_from, (_items(actors), _items(channels), _items(named or {}))))


def compile_knowledge(actors: Mapping[str, Actor], channels: Mapping[str, Channel],
                      named: Mapping[str, Event] | None = None) -> CompiledKnowledge:
    """The matchers of a knowledge base, for :func:`events_from_articles` (``compiled=``): compiling
    them is the same for every call with the same *actors*, *channels* and *named*."""
    named = named or {}
    return CompiledKnowledge(_compile(actors, channels, named),
                             (_items(actors), _items(channels), _items(named)))


def _the_one_channel(fits: list[Channel], kind: EventKind) -> str | None:
    """Of the channels whose parties a clause names, the one an event of *kind* is on: a kind that
    lives on one kind of channel only there (``_ONLY_ON``), else a memorandum before a hotline before
    the rest; None unless exactly one is left."""
    if kind in _ONLY_ON:
        fits = [c for c in fits if c.kind == _ONLY_ON[kind]]
    else:
        for tier in (ChannelKind.MEMORANDUM, ChannelKind.HOTLINE):
            preferred = [c for c in fits if c.kind == tier]
            if preferred:
                fits = preferred
                break
    return fits[0].id if len(fits) == 1 else None


def _clauses(text: str, sentence: re.Pattern[str] = _SENTENCE,
             clause_break: re.Pattern[str] = _CLAUSE_BREAK) -> list[tuple[int, int, int]]:
    """(start, end, sentence number) of each clause: sentences, split again at كما, فيما, بينما,
    في حين and ؛."""
    out: list[tuple[int, int, int]] = []
    for n, s in enumerate(sentence.finditer(text)):
        start, end = s.span()
        pos = start
        for br in clause_break.finditer(text, start, end):
            _within_reach(text, pos, br.start(), n, out)
            pos = br.start()
        _within_reach(text, pos, end, n, out)
    return [(a, b, n) for a, b, n in out if text[a:b].strip()]


#: The longest clause the coder reads at once, in characters. A longer run with no sentence end or
#: clause break (a page whose markup lost its full stops, a megabyte on one line) is cut at the last
#: space before each ``CLAUSE_REACH``: no news clause is that long (the longest of the 3,037 clauses of
#: the dev excerpts and the seeds is 615 characters), and the coder's work on one clause grows with the
#: square of its length (each trigger looks back over the clause's actors, places and triggers).
CLAUSE_REACH: Final = 2000


def _within_reach(text: str, a: int, b: int, n: int, out: list[tuple[int, int, int]]) -> None:
    """Append the clause ``text[a:b]`` of sentence *n* to *out*, cut into parts of at most
    ``CLAUSE_REACH`` characters, each ending at the last space before the limit (or at the limit
    where a part holds none)."""
    while b - a > CLAUSE_REACH:
        cut = text.rfind(" ", a + 1, a + CLAUSE_REACH)
        cut = cut if cut > a else a + CLAUSE_REACH
        out.append((a, cut, n))
        a = cut
    out.append((a, b, n))


#: Kinds a quotation only speaks of, whatever verb comes before them (done_in_quotes).
_SPOKEN_KINDS: Final = frozenset({EventKind.STATEMENT, EventKind.CONTACT, EventKind.PROPOSAL})

#: How far back a quotation is looked for (a sentence longer than this is not news prose).
_QUOTE_REACH: Final = 2000


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    """Is *pos* inside a quotation opened in ``text[start:pos]`` (at most ``_QUOTE_REACH`` characters
    back) and not yet closed?"""
    before = text[max(start, pos - _QUOTE_REACH):pos]
    if any(before.rfind(o) > before.rfind(c) for o, c in _OPENERS):
        return True
    return before.count('"') % 2 == 1


def _set_off(text: str, start: int, pos: int) -> bool:
    """Whether the quotation *pos* is in holds at most ``SET_OFF_WORDS`` words: a name or a word set
    off («أعلنت روسيا "هدنة إنسانية" يومية», «بدأ سريان "الهدنة الإنسانية اليومية"»), not words
    quoted from a speaker (set_off)."""
    marks = (*_OPENERS, ('"', '"'))
    before = text[max(start, pos - _QUOTE_REACH):pos]
    opened = max(before.rfind(o) for o, _ in marks)
    after = text[pos:pos + _QUOTE_REACH]
    closed = min((k for k in (after.find(c) for _, c in marks) if k >= 0), default=-1)
    inner = before[opened + 1:] + after[:closed]
    return opened >= 0 and closed >= 0 and len(inner.split()) <= T.SET_OFF_WORDS


def _triggers(tb: _Tables, words: Sequence[_Word], text: str, sentence_start: int,
              trace: list[str], show: Callable[[int, int], str]) -> list[_Hit]:
    """The triggers of a clause that report an event (see the module doc, step 1). *text* is the
    folded text the words point into; *show* gives the original words of a span of it."""
    hits: list[_Hit] = []
    present: set[str] = set()  # the stems of the clause's words, filled on first need
    i = 0
    while i < len(words):
        phrase_hit: _Hit | None = None
        for first in dict.fromkeys(stems(words[i].text)):  # the whole word first, then without clitics
            for phrase, kind, mode in tb.phrases.get(first, ()):
                n = len(phrase)
                # all_stopped (accords30): «وقف جميع / كل الأعمال القتالية» is the phrase with «جميع» in it
                q = int(phrase[0] in T.QUANTIFIED_STOPS and n > 1 and phrase[1] not in T.ALL_OF
                        and i + 1 < len(words) and words[i + 1].text in T.ALL_OF)
                if i + n + q <= len(words) and all(phrase[k] in _stems(words[i + k + q])
                                                   for k in range(1, n)):
                    phrase_hit = _Hit(i, i + n - 1 + q, kind, mode, "noun", "phrase " + " ".join(phrase),
                                      show(words[i].start, words[i + n - 1 + q].end))
                    break
            if phrase_hit:
                break
        if phrase_hit is not None:
            hits.append(phrase_hit)
            i = phrase_hit.last + 1
            continue
        found = tb.reading(words[i].text, i > 0 and words[i - 1].text in _PREPOSITIONS)
        if found is not None and attributed_reading(found, words, i):
            # attributed_by_verb (speak46): «بحسب ما نقلته وكالة سانا», «وفق ما أوردته»: the attribution
            # is what the relaying verb carries, it needs no «عن» nor «أن» of its own
            rule, kind, mode, tense = found
            hits.append(_Hit(i, i, kind, mode, tense, "verb " + rule, show(words[i].start, words[i].end)))
            trace.append(attributed_note(show(words[i].start, words[i].end), rule))
            i += 1
            continue
        if found is not None and found[3] != "noun" and found[0] in tb.needs \
                and not _stems_of_clause(words, present) & tb.needs[found[0]]:
            noun = tb.noun_reading(words[i].text)  # «حملتها الجوية»: her campaign, not «she carried it»
            found = noun if noun is not None and noun[0] in tb.needs else found
        if found is not None:
            rule, kind, mode, tense = found
            if rule in tb.needs and not _stems_of_clause(words, present) & tb.needs[rule]:
                trace.append(f"'{show(words[i].start, words[i].end)}' ({rule}) reports {kind.value} only "
                             f"beside one of {', '.join(sorted(T.NEEDS[rule]))}: not here")
                other, needed = T.OTHERWISE.get(rule, (None, frozenset()))
                # a noun reads otherwise only beside the words that reading needs («شنت … حملة»)
                if other is not None and (tense != "noun" or needed) and (
                        not needed or _stems_of_clause(words, present) & needed):
                    label = ("verb " if tense != "noun" else "noun ") + rule
                    hits.append(_Hit(i, i, other, None, tense, label, show(words[i].start, words[i].end)))
                    trace.append(f"'{show(words[i].start, words[i].end)}': {other.value} otherwise")
            else:
                label = ("verb " if tense != "noun" else "noun ") + rule
                if rule in tb.needs:
                    trace += paired_trace(present, tb.needs[rule], show(words[i].start, words[i].end))
                hits.append(_Hit(i, i, kind, mode, tense, label, show(words[i].start, words[i].end)))
        i += 1
    return _events_only(tb, _framed(tb, hits, words, trace, show), words, text, sentence_start, trace)


def _framed(tb: _Tables, hits: list[_Hit], words: Sequence[_Word], trace: list[str],
            show: Callable[[int, int], str]) -> list[_Hit]:
    """*hits* read in their frame (stmt32): with the clause's ``achieved`` verbal nouns among them, in
    order, and «دخل» read by its object (``entered_taken``)."""
    found = _achieved_fast(tb, words, show)
    hits = sorted([*hits, *found], key=lambda h: h.first) if found else hits
    hits = [_entered_taken(h, words, trace) for h in hits]
    more = [*_press_with(hits, words, trace, show), *_answered_with_fire(hits, words, trace, show),
            *_received_by(words, trace, show), *_shells_fell(hits, words, trace, show)]
    return sorted([*hits, *more], key=lambda h: h.first) if more else hits


_PRESS_WITH: Final = "press_with"  # the rule of the meeting a press conference held with another is


def _press_with(hits: Sequence[_Hit], words: Sequence[_Word], trace: list[str],
                show: Callable[[int, int], str]) -> list[_Hit]:
    """``press_with`` (inside43): a press conference a speech was made at (``PRESS_AT`` right before
    ``PRESS_CONFERENCE``) held «مع» another (``PRESS_WITH`` within ``PRESS_WITH_REACH`` words after the
    phrase) is a meeting beside what is said at it, its
    trigger the phrase through the «مع» (dated as an occasion is); the phrase's own hit stays the
    statement."""
    found: list[_Hit] = []
    for h in hits:
        if h.rule != T.PRESS_CONFERENCE or h.first == 0 or words[h.first - 1].text not in T.PRESS_AT:
            continue
        with_ = next((k for k in range(h.last + 1, min(len(words), h.last + 1 + T.PRESS_WITH_REACH))
                      if words[k].text in T.PRESS_WITH), None)
        if with_ is not None and not any(o.kind is EventKind.MEETING for o in hits):
            trace.append(f"'{h.surface}' held with another ('{words[with_].text}'): a meeting beside what "
                         "is said at it (press_with)")
            found.append(_Hit(h.first, with_, EventKind.MEETING, None, "noun", _PRESS_WITH,
                              show(words[h.first].start, words[with_].end)))
    return found


def _answered_with_fire(hits: Sequence[_Hit], words: Sequence[_Word], trace: list[str],
                        show: Callable[[int, int], str]) -> list[_Hit]:
    """``answered_with_fire`` (inside43): a verb of answering (``ANSWERED``) with a word of fire
    (``ANSWERED_WITH``) within ``ANSWERED_REACH`` words after it, itself no trigger of fighting, and no air
    defences answering (``ANSWERED_NOT_BY``: an interception) («ردت القوات التركية على الهجوم بإطلاق
    النار على أهداف محددة») is a strike, its trigger the verb."""
    if not any_word_in(words, T.ANSWERED):
        return []
    found: list[_Hit] = []
    for i, w in enumerate(words):
        if w.text not in T.ANSWERED:
            continue
        fire = next((k for k in range(i + 1, min(len(words), i + 1 + T.ANSWERED_REACH))
                     if words[k].text in T.ANSWERED_WITH), None)
        if fire is None or any(o.first == fire and o.kind in _FIGHTING for o in hits) \
                or any_word_in(words[max(0, i - T.ANSWERED_NOT_BY_REACH):fire], T.ANSWERED_NOT_BY):
            continue
        trace.append(f"'{show(w.start, w.end)}' with '{show(words[fire].start, words[fire].end)}': answered "
                     "with fire, a strike (answered_with_fire)")
        found.append(_Hit(i, i, EventKind.STRIKE, None, "past", "answered_with_fire", show(w.start, w.end)))
    return found


def _shells_fell(hits: Sequence[_Hit], words: Sequence[_Word], trace: list[str],
                 show: Callable[[int, int], str]) -> list[_Hit]:
    """``shells_fell`` (inner52): a word of falling (``FELL``) with a shell or a rocket (``FELL_SHELLS``)
    after it across at most ``FELL_REACH`` words of a number or a time (``FELL_BETWEEN``, digits), or a
    definite one right after «من» (``FELL_OF_A_NUMBER``: «سقوط عدد من القذائف»), is a strike, its trigger
    the words from the verb to the shell; not where a hit of fighting already holds either word (the
    phrases of two words)."""
    if not any_word_in(words, T.FELL):
        return []
    found: list[_Hit] = []
    for i, w in enumerate(words):
        if w.text not in T.FELL:
            continue
        k, mode = i + 1, None
        while k < len(words) and k - i - 1 <= T.FELL_REACH:
            t = words[k].text
            mode = T.FELL_SHELLS.get(t) or (T.FELL_OF_A_NUMBER.get(t) if words[k - 1].text == "من" else None)
            if mode is not None or not (t in T.FELL_BETWEEN or t.isdigit()):
                break
            k += 1
        if mode is None or k - i - 1 > T.FELL_REACH \
                or any(o.kind in _FIGHTING and o.first <= k and o.last >= i for o in hits):
            continue
        trace.append(f"'{show(w.start, words[k].end)}': a shell fell, a strike (shells_fell)")
        found.append(_Hit(i, k, EventKind.STRIKE, mode, "past", "shells_fell", show(w.start, words[k].end)))
    return found


_RECEIVED_BY: Final = "received_by"  # the rule of a reception told as «كان … في استقباله»


def _received_by(words: Sequence[_Word], trace: list[str], show: Callable[[int, int], str]) -> list[_Hit]:
    """``received_by`` (recv44): a word of ``RECEPTION`` right after one of ``RECEIVED_IN`` with a «كان»
    (``WAS``) within ``RECEIVED_REACH`` words before it («وكان المقداد في استقباله», «وكان في استقبال
    الوزير … وزير الشؤون الخارجية»): a meeting of the receiver and the visitor, its trigger the two words,
    told as done («كان»: the reception took place); not after a word of ``RECEIVED_SAID`` in its clause (told
    by another, planned)."""
    if not any_word_in(words, T.RECEPTION):
        return []
    found: list[_Hit] = []
    for i in range(2, len(words)):
        if words[i].text not in T.RECEPTION or words[i - 1].text not in T.RECEIVED_IN:
            continue
        was = next((k for k in range(i - 2, max(-1, i - 2 - T.RECEIVED_REACH), -1) if words[k].text in T.WAS),
                   None)
        if was is None or any_word_in(words[:i - 1], T.RECEIVED_SAID):
            continue
        was_said = show(words[was].start, words[was].end)
        trace.append(f"'{show(words[i - 1].start, words[i].end)}' after '{was_said}': a reception that took "
                     "place, a meeting (received_by)")
        found.append(_Hit(i - 1, i, EventKind.MEETING, None, "past", _RECEIVED_BY,
                          show(words[i - 1].start, words[i].end)))
    return found


def _visitors(spans: Sequence[_Actor], folded: str, at: int) -> list[_Actor]:
    """``received_by``'s visitor: the last party named after the last verb of arrival (``ARRIVED``) within
    ``ARRIVED_BACK`` characters before *at* (the reception's first word, stripped offsets), within
    ``ARRIVED_REACH`` words of the verb and before its «إلى» (``ARRIVED_TO``): the name that ends the
    visitor's phrase, «وصل وزير الخارجية والمغتربين السوري الدكتور فيصل المقداد إلى …» the minister (not
    his ministry's state, which names no visit of its own); none, or one."""
    arrivals = [m for m in _WORD.finditer(folded, max(0, at - T.ARRIVED_BACK), at) if m.group() in T.ARRIVED]
    if not arrivals:
        return []
    verb = arrivals[-1]
    after = list(itertools.islice(_WORD.finditer(folded, verb.end(), at), T.ARRIVED_REACH))
    end = next((w.start() for w in after if w.group() in T.ARRIVED_TO),
               after[-1].end() if after else verb.end())
    return [s for s in spans if verb.end() <= s.lead and s.end <= end][-1:]


def _achieved_fast(tb: _Tables, words: Sequence[_Word], show: Callable[[int, int], str]) -> list[_Hit]:
    """``_achieved``, which finds nothing in a clause none of whose words is one of its nouns (most
    clauses: one set operation instead of a Python step per word)."""
    return _achieved(tb, words, show) if any_word_in(words, tb.achieved.keys()) else []


def _achieved(tb: _Tables, words: Sequence[_Word], show: Callable[[int, int], str]) -> list[_Hit]:
    """``achieved``: each word of ``ACHIEVED`` (none of which is a trigger otherwise) after «من / في» with
    a verb of succeeding within ``SUCCEEDED_REACH`` words before («تمكنت القوات الحكومية من دخول البلدة»,
    «نجح الجيش في فك الطوق»): what the subject brought about, the siege right after «فك / كسر / رفع», the
    place the object of «دخول» (not after «إلى»)."""
    found: list[_Hit] = []
    for i in range(2, len(words)):
        if words[i - 1].text not in T.ACHIEVED_BY or (noun := tb.achieved.get(words[i].text)) is None:
            continue
        kind, object_words = T.ACHIEVED[noun]
        last = i
        if noun == T.ENTERING and i + 1 < len(words) and words[i + 1].text in T.ENTERED_INTO:
            continue  # «تمكن الانتحاري من الدخول إلى بهو القصر»: a way in, no place taken
        if object_words:
            if i + 1 == len(words) or not tb.achieved_objects[noun] & set(stems(words[i + 1].text)):
                continue
            last = i + 1
        if any(w.text in tb.succeeded for w in words[max(0, i - 1 - T.SUCCEEDED_REACH):i - 1]):
            found.append(_Hit(i, last, kind, None, "noun", "achieved " + noun,
                              show(words[i].start, words[last].end)))
    return found


#: The object pronouns of a verb: «التي دخلتها» enters a place told before.
_OBJECT_PRONOUNS: Final = ("ها", "ه", "هم", "هما")


def _entered_taken(h: _Hit, words: Sequence[_Word], trace: list[str]) -> _Hit:
    """``entered_taken``: a past «دخل» with its place as direct object (no word of ``ENTERED_INTO`` within
    ``ENTERED_REACH`` words after it, no object pronoun) and no word of ``ENTERED_NOT_TAKEN`` in the
    clause is a capture («دخلت قوات المعارضة العاصمة دمشق»); *h* as it is otherwise."""
    if h.rule != "verb " + T.ENTERED or h.tense != "past" or words[h.first].text.endswith(_OBJECT_PRONOUNS):
        return h
    if any(w.text in T.ENTERED_INTO for w in words[h.last + 1:h.last + 1 + T.ENTERED_REACH]) \
            or any(s in T.ENTERED_NOT_TAKEN for w in words for s in stems(w.text)):
        return h
    trace.append(f"'{h.surface}': a place entered as its object, with no deal nor border: a capture "
                 "(entered_taken)")
    return h._replace(kind=EventKind.CAPTURE)


def _not_exposed(tb: _Tables, words: Sequence[_Word], first: int,
                 verbs: frozenset[str] = T.EXPOSED) -> str | None:
    """The negation and verb of exposure («لم يتعرض») a few words before a happening's noun at *first*
    (``EXPOSED``, ``EXPOSED_REACH``), or None: «أي مواطن إيراني لم يتعرض لاعتداء» is no assault. With
    *verbs* ``NOT_SEEN``: a negated verb of seeing, recording, announcing or planning (not_seen)."""
    for k in range(max(1, first - T.EXPOSED_REACH), first):
        verb, before = words[k].text, words[k - 1].text
        bare = before[1:] if before[:1] in ("و", "ف") and len(before) > 2 else before
        if verb in verbs and (before in tb.negation or bare in tb.negation):
            return f"{before} {verb}"
    return None


def _events_only(tb: _Tables, hits: list[_Hit], words: Sequence[_Word], text: str, sentence_start: int,
                 trace: list[str]) -> list[_Hit]:
    """The triggers that report an event (``_not_an_event`` says why the others do not, into *trace*)."""
    hits = [_published(tb, h, words, trace) for h in hits]
    kept = []
    scopes = [o for o in hits if o.kind is EventKind.STATEMENT and o.mode in _SPEECH_SCOPE
              and not _an_adjective(o, words)  # «ساد هدوء حذر»: no warning, no scope
              and not _not_named(o, words)
              # «اجتماعاً طارئاً دعت إليه أنقرة لبحث …»: called for the noun before it (called_for_it)
              and not (o.last + 1 < len(words) and words[o.last + 1].text in T.CALLED_FOR_IT)]
    scope = scopes[0] if scopes else None
    affirmed = _affirmed_from(hits, words) if scope is not None else []
    for h in hits:
        governing = _in_scope(h, scope, scopes, affirmed, words)
        if governing is not None and _the_occasion(h, words):
            trace.append(f"'{h.surface}': the occasion '{governing.surface}' ({governing.mode}) was said at, "
                         "told, not what it speaks of (the_occasion)")
            governing = None
        elif governing is None and scope is not None and scope.last < h.first \
                and h.kind in _FIGHTING and (where := next((
                    w.text for w in words[scope.last + 1:h.first] if w.text in T.WHERE_TOLD), None)):
            trace.append(f"'{h.surface}': told after '{where}', a clause of its own, not what "
                         f"'{scope.surface}' ({scope.mode}) speaks of (where_told)")
        elif governing is None and scope is not None and scope.last < h.first \
                and h.kind is not EventKind.STATEMENT:
            trace.append(f"'{h.surface}': what the speaker affirms after '{scope.surface}' ({scope.mode}), "
                         "a report (affirmed_report)")
        why = _not_an_event(tb, h, words, governing, text, sentence_start)
        if not why and h.rule.removeprefix("noun ") in T.OPERATION_NOUNS and h.kind is EventKind.ATTACK \
                and any(o.kind is EventKind.ARREST for o in hits):
            # false25: «اعتقال قيادي خلال عملية نفذها التحالف»: the operation is the arrest's
            why = "the operation of the clause's arrest, not an attack (operation_of_an_arrest)"
        if not why and h.rule.removeprefix("verb ") in T.FIRE_OPENED and h.kind is EventKind.ATTACK \
                and any(o.first < h.first and o.kind in (EventKind.ATTACK, EventKind.STRIKE) for o in hits):
            # fire_of_the_attack (inner48): «هجوماً شنته مجموعة مسلحة …، وأطلق المهاجمون النار على …»
            why = "the fire of the attack or strike its clause told before it (fire_of_the_attack)"
        if not why:
            why = _what_was_hit(h, words, hits)
        if why:
            trace.append(f"'{h.surface}' ({h.rule}) is no {h.kind.value}: {why}")
        else:
            kept.append(h)
    return kept


#: patrol_hit, meeting_hit (false25): the noun of a patrol or a meeting a clause's attack, strike or incident
#: hit, told by a letter glued to it or the word right before it («هجوم … على دورية», «عبوة ناسفة انفجرت
#: بدورية», «استهدف نقاطاً وحواجز ودوريات»; «غارة على اجتماع لقيادة التنظيم», «قصفت مقر الاجتماع»):
#: kind → (glued letters, words before, the rule's name).
_HIT_TARGETS: Final = {
    EventKind.PATROL: (T.PATROL_HIT_PREFIXES, T.PATROL_HIT_AFTER, "patrol_hit"),
    EventKind.MEETING: (frozenset[str](), T.MEETING_HIT_AFTER, "meeting_hit"),
}


def _what_was_hit(h: _Hit, words: Sequence[_Word], hits: Sequence[_Hit]) -> str | None:
    """Why *h* is no event when it names what the clause's attack hit (``_HIT_TARGETS``), or None."""
    target = _HIT_TARGETS.get(h.kind)
    if target is None or h.tense != "noun":
        return None
    glued, before, name = target
    if not (words[h.first].text[:1] in glued or (h.first > 0 and words[h.first - 1].text in before)):
        return None
    if not any(o.kind in _HITTING for o in hits):
        return None
    what = h.kind.value
    return f"the {what} the clause's attack hit, no {what} told ({name})"


def _published(tb: _Tables, h: _Hit, words: Sequence[_Word], trace: list[str]) -> _Hit:
    """*h*, or a statement when it publishes what it names before any of the forces it would send
    («ونشرت الصفحة المركزية لقاعدة حميميم صوراً لجنود ومدرعات روسية»: pictures of soldiers; published)."""
    if h.rule not in T.PUBLISHING or h.kind is EventKind.STATEMENT:
        return h
    for w in words[max(0, h.first - T.PUBLISHED_BEFORE_REACH):h.first]:
        if w.text in T.PUBLISHED_BEFORE:
            trace.append(f"'{h.surface}' describes '{w.text}' before it, published: a statement "
                         "(published_before)")
            return h._replace(kind=EventKind.STATEMENT, mode=None)
    forces = tb.needs[h.rule.removeprefix("verb ")]
    for w in words[h.last + 1:]:
        found = set(stems(w.text))
        if found & forces:
            return h
        if found & T.PUBLISHED:
            trace.append(f"'{h.surface}' publishes '{w.text}' before any forces: a statement (published)")
            return h._replace(kind=EventKind.STATEMENT, mode=None)
    return h


def _affirmed_from(hits: Sequence[_Hit], words: Sequence[_Word]) -> list[int]:
    """Where a speaker goes on to affirm, add or explain (a speech verb that neither demands, warns nor
    denies, or a participle of ``AFFIRMING``, with «أن / إن» within ``AFFIRMING_REACH`` words after it):
    the words of the complementizers that open a report (``affirmed_report``)."""
    at = [h.last for h in hits if h.kind is EventKind.STATEMENT and h.tense in ("past", "present")
          and h.mode not in _SPEECH_SCOPE]
    at += [k for k, w in enumerate(words) if _bare(w.text, T.AFFIRMING) in T.AFFIRMING]
    return sorted({c for k in at for c in range(k + 1, min(k + 2 + T.AFFIRMING_REACH, len(words)))
                   if words[c].text in _COMPLEMENTIZERS and not any(
                       words[j].text in _COMPLEMENTIZERS for j in range(k + 1, c))})


def _in_scope(h: _Hit, first: _Hit | None, scopes: Sequence[_Hit], affirmed: Sequence[int],
              words: Sequence[_Word]) -> _Hit | None:
    """The statement that demands, warns or denies whose words *h* is in (``affirmed_report``): the
    clause's first (*first*), unless a speaker affirms with «أن» between the last such statement before
    *h* and it — «نفت أن تكون قصفت …، مؤكدة أنها أبلغت الجانب الأمريكي»: the notice is reported, the
    strike denied — or *h* is the verb of a relative clause that describes what the statement names
    («توعدت بتدمير القوات التي تهاجم القرى»: the attack is told, not threatened; relative_in_scope), or
    «حيث» opens a clause of its own between them and *h* is fighting there (``WHERE_TOLD``: where_told;
    «حيث تنتشر قوات أمريكية», where forces stand, stays in the pledge's words)."""
    last = next((s for s in reversed(scopes) if s.last < h.first), None)
    if last is not None and any(last.last < c < h.first for c in affirmed):
        return None
    if last is not None and h.kind in _FIGHTING \
            and any(w.text in T.WHERE_TOLD for w in words[last.last + 1:h.first]):
        return None  # where_told: «حذر من هجوم وشيك في إدلب، حيث تشن القوات هجوماً»: the fighting there
    if last is not None and h.tense != "noun" and h.first > last.last + 1 \
            and words[h.first - 1].text in _RELATIVE:
        return None  # «توعدت بتدمير القوات التي تهاجم القرى»: what a relative clause tells of its noun
    return first


#: Kinds of the occasions a speech is made at (the_occasion; stmt25).
_OCCASIONS: Final = frozenset({EventKind.MEETING, EventKind.CALL, EventKind.NEGOTIATION_ROUND})


def _the_occasion(h: _Hit, words: Sequence[_Word]) -> bool:
    """``the_occasion`` (stmt25): whether *h* is the noun of a meeting, a summit or a call right after a
    word that sets an occasion (``OCCASION_BEFORE``: «خلال قمة جمعتهم في القاهرة», «بعد لقائه الرئيس
    الأسد في دمشق», «في ختام اجتماعاتها»): where a demand, a warning or a pledge was made, told, not
    what it speaks of."""
    return (h.kind in _OCCASIONS and h.tense == "noun" and h.first > 0
            and words[h.first - 1].text in T.OCCASION_BEFORE)


def _became(h: _Hit, words: Sequence[_Word]) -> bool:
    """Whether a verb of becoming stands a few words before the trigger («باتت العشائر تسيطر»)."""
    return any(w.text in T.BECAME for w in words[max(0, h.first - T.BECAME_REACH):h.first])


def _an_adjective(h: _Hit, words: Sequence[_Word]) -> bool:
    """Whether the trigger's word is an adjective of the word before it («وسط هدوء حذر»: cautious)."""
    return h.first > 0 and words[h.first - 1].text in T.NOT_AFTER.get(words[h.first].text, ())


def _a_decline(h: _Hit, words: Sequence[_Word]) -> bool:
    """Whether the verb «تراجع» has what declines right after it («تراجعت الليرة إلى أدنى مستوى»;
    ``DECLINED``, a_decline, moves30)."""
    return h.rule == "verb تراجع/تراجع" and h.last + 1 < len(words) \
        and _bare_and(words[h.last + 1].text).removeprefix("ال") in T.DECLINED


def _a_time(h: _Hit, words: Sequence[_Word]) -> bool:
    """Whether the trigger's word (its «و» / «ف» aside) is a noun of time before a day («فجر اليوم»:
    dawn, not «blew up») or of the land before a hill («قمة التل»: a hilltop, not a summit;
    ``NOT_BEFORE``)."""
    bare = _bare(words[h.first].text, T.NOT_BEFORE)
    return h.last + 1 < len(words) and words[h.last + 1].text in T.NOT_BEFORE.get(bare, ())


def _described_as(h: _Hit, words: Sequence[_Word], text: str) -> bool:
    """Whether a verb of describing (``DESCRIBING``) goes on the clause it is in, with what it calls the
    thing right after it in «ب»: «أهداف وصفها بالإيرانية», «ما وصفته بـ"أنشطة غير معتادة"», «مواجهات وُصفت
    بالمحتدمة», «في ما وصف بأنه القصف الأعنف» (described_as; false34). Not one that opens a clause (its
    «و» or a comma before it: «ووصف الرئيس …», «، واصفاً إياها بأنها …») nor one whose speaker is named
    after it («في هجوم وصفه مدير أمن اللاذقية … بأنه»)."""
    if h.kind is not EventKind.STATEMENT or h.rule.removeprefix("verb ") not in T.DESCRIBING \
            or h.first == 0 or h.last + 1 >= len(words):
        return False
    word = words[h.first].text
    return not word.startswith(T.DESCRIBING_OPENS) and words[h.last + 1].text.startswith("ب") \
        and not any(c in T.CLAUSE_BREAKS for c in text[words[h.first - 1].end:words[h.first].start])


def _not_named(h: _Hit, words: Sequence[_Word]) -> bool:
    """Whether a demand verb asks that its speaker not be named («طلب عدم كشف اسمه»): no demand."""
    return (h.mode == "demand" and h.last + 2 < len(words) and words[h.last + 1].text == "عدم"
            and words[h.last + 2].text in T.NOT_NAMED)


def _waged_told(h: _Hit, words: Sequence[_Word]) -> bool:
    """waged_told (inner48): whether *h*, a noun of fighting, has a verb of waging or carrying out with
    its pronoun (``WAGED``) within ``WAGED_REACH`` words after it («الهجوم الذي تشنه القوات التركية»,
    «الغارة التي نفذتها إسرائيل أمس»): the happening told done or going on, not only spoken of; not with a
    prospect or a negation between them («الهجمات التي قد تشنها قوات النظام»)."""
    after = words[h.last + 1:h.last + 1 + T.WAGED_REACH]
    return h.tense == "noun" and h.kind in _FIGHTING and any(  # not «التي قد تشنها», «التي لم ينفذها»
        _bare_and(w.text) in T.WAGED and not any(v.text == T.MAYBE or v.text in T.NEGATION for v in after[:k])
        for k, w in enumerate(after))


#: The kinds a relative clause of happening tells done (happened_told, inner55).
_TOLD_DONE_KINDS: Final = _FIGHTING | {EventKind.PROTEST}


def _happened_told(h: _Hit, words: Sequence[_Word]) -> bool:
    """happened_told (inner55): whether *h*, a noun of fighting or of protest, is told done by the words
    right after it: a relative pronoun (``HAPPENED_WHICH``) within ``HAPPENED_REACH`` words with a verb
    of ``HAPPENED`` right after it («الاشتباكات التي اندلعت فجر الثلاثاء»), or a verb of witnessing with
    its pronoun (``HAPPENED_WITNESSED``: «احتجاجات سلمية شهدتها مدينة السويداء»); not with a prospect or a
    negation between («الهجمات التي قد تستهدف»)."""
    if h.tense != "noun" or h.kind not in _TOLD_DONE_KINDS:
        return False
    after = words[h.last + 1:h.last + 1 + T.HAPPENED_REACH]
    for k, w in enumerate(after):
        if w.text in T.NEGATION or w.text == T.MAYBE:
            return False
        if w.text in T.HAPPENED_WITNESSED:
            return True
        if w.text in T.HAPPENED_WHICH:
            nxt = words[h.last + 2 + k] if h.last + 2 + k < len(words) else None
            return nxt is not None and nxt.text in T.HAPPENED
    return False


def _own_predicate(h: _Hit, scope: _Hit, words: Sequence[_Word]) -> bool:
    """Whether *h* is a past verb joined by «و» / «ف» after a demand or a pledge (``DEMAND_MODES``):
    a report of its own («طلبها الإبراهيمي ووافق عليها الطرفان»), not what was asked for."""
    return (scope.mode in T.DEMAND_MODES and h.tense == "past" and h.first == h.last
            and words[h.first].text[:1] in ("و", "ف"))


_OPERATION_LAUNCHED: Final = frozenset(T.OPERATION_LAUNCHED)


def _launch_words(tb: _Tables, h: _Hit, words: Sequence[_Word]) -> list[int]:
    """ops46: where the words stand that meet an operation noun's ``NEEDS``, when each is a word of
    launching it (``OPERATION_LAUNCHED``); none when *h* is no operation noun or another word meets them
    («عملية عسكرية», «نفذت عملية»)."""
    rule = h.rule.removeprefix("noun ")
    needs = tb.needs.get(rule)
    if h.tense != "noun" or rule not in T.OPERATION_NOUNS or needs is None:
        return []
    at: list[int] = []
    for k, w in enumerate(words):
        met = needs.intersection(stems(w.text))
        if met and not met <= _OPERATION_LAUNCHED:
            return []
        if met:
            at.append(k)
    return at


def _launched_otherwise(tb: _Tables, h: _Hit, words: Sequence[_Word]) -> bool:
    """ops46 (launched_otherwise): whether an operation noun meets its ``NEEDS`` only through words of
    launching it, each right before a word that makes it a name given or fire (``LAUNCHED_OTHERWISE``:
    «عملية أطلقت عليها أنقرة اسم …», «وقف لإطلاق النار»)."""
    at = _launch_words(tb, h, words)
    return bool(at) and all(k + 1 < len(words) and words[k + 1].text in T.LAUNCHED_OTHERWISE for k in at)


def _launch_announced(h: _Hit, words: Sequence[_Word]) -> bool:
    """ops46 (launch_announced): whether a happening's noun, not one told before (no article), stands right
    after a noun of its start (``STARTING_WORDS``): «أعلنت رئاسة الأركان أمس السبت انطلاق عملية «غصن
    الزيتون»» is launched on the day it is announced, unlike what an announcement tells of as done
    (told_of_done); «أعلن فجر اليوم انطلاق العملية» is the operation told before, dated by it."""
    return h.first > 0 and words[h.first - 1].text in T.STARTING_WORDS and not _definite(words[h.first].text)


def _since_the_operation(tb: _Tables, h: _Hit, words: Sequence[_Word]) -> bool:
    """ops46 (since_the_operation): whether an operation told before («العملية», with the article), whose
    ``NEEDS`` only words of launching it meet, stands right after «منذ», or after «منذ» and a noun of its
    start («منذ انطلاق العملية»): the time since which another happening is counted («حيّدت 3291 إرهابياً
    منذ انطلاق العملية»), no attack told. («منذ العملية العسكرية التي شنها الجيش في تشرين الأول» tells
    its own.)"""
    if not words[h.first].text.startswith("ال") or not _launch_words(tb, h, words):
        return False
    k = h.first - 1
    if k >= 0 and words[k].text in T.STARTING_WORDS:
        k -= 1
    return k >= 0 and words[k].text in T.COUNTED_SINCE


def _fire_loosed(h: _Hit, words: Sequence[_Word]) -> bool:
    """inner48 (fire_opened): whether a word of ``FIRE`` stands within ``FIRE_REACH`` words after *h*
    («أطلقت قوات الأمن النار»), not right after a word of ``LAUNCHING`` («وقف إطلاق النار»), with no word of
    ``FIRE_INTO`` within ``FIRE_INTO_REACH`` words after it («النار في الهواء»), no air defences between
    (``FIRE_NOT_BY``), and not on forces (``FIRE_ON`` and ``FIRE_ON_FORCES`` within ``FIRE_ON_REACH`` words
    after it)."""
    return any(_stems(words[k]) & T.FIRE and words[k - 1].text not in T.LAUNCHING and not any(
        w.text in T.FIRE_INTO for w in words[k + 1:k + 1 + T.FIRE_INTO_REACH]) and not any(
        w.text in T.FIRE_NOT_BY for w in words[h.last + 1:k]) and not any(
        words[j].text in T.FIRE_ON and words[j + 1].text in T.FIRE_ON_FORCES
        for j in range(k + 1, min(len(words) - 1, k + 1 + T.FIRE_ON_REACH)))
        for k in range(h.last + 1, min(len(words), h.last + 1 + T.FIRE_REACH)))


def _not_an_event(tb: _Tables, h: _Hit, words: Sequence[_Word], scope: _Hit | None, text: str,
                  sentence_start: int) -> str | None:
    """Why a trigger reports no event (negated, prevented, a prospect, what the statement *scope* —
    the clause's first that demands, warns or denies — speaks of, only quoted), or None."""
    if h.kind is EventKind.CAPTURE and h.tense == "present" and not _became(h, words):
        return "the present of سيطر says who controls a place, not that it was taken"
    if h.kind is EventKind.ATTACK and h.tense == "present" and h.rule.removeprefix("verb ") in \
            T.AIMED_IN_THE_PRESENT and not any(w.text in _SINCE_WORDS for w in words):
        return "the present of استهدف says what is aimed at, not an attack (aimed_in_the_present)"
    if h.tense == "present" and h.rule.removeprefix("verb ") in T.STATES_IN_THE_PRESENT:
        return f"the present of {h.rule.removeprefix('verb ')} says how things stand, not what happened"
    if h.rule.removeprefix("noun ") in T.OPERATION_NOUNS and h.last + 1 < len(words) and (
            words[h.last + 1].text.removeprefix("ال") in T.NOT_MILITARY
            or ((other := tb.noun_reading(words[h.last + 1].text)) is not None and other[1] is not h.kind)):
        return f"the operation is the '{words[h.last + 1].text}' it names, not an attack"
    if _launched_otherwise(tb, h, words):
        return "no word launches the operation: they name it or fire (launched_otherwise)"
    if _since_the_operation(tb, h, words):
        return "the operation told before is the time another is counted from (since_the_operation)"
    if h.rule.removeprefix("verb ") in T.FIRE_OPENED and h.kind is EventKind.ATTACK \
            and not _fire_loosed(h, words):
        return "no fire loosed at anyone right after it (fire_opened)"
    if (reach := T.NEEDED_AFTER.get(bare_rule := h.rule.removeprefix("verb ").removeprefix("noun "))) \
            is not None and not _has(words[h.last + 1:h.last + 1 + reach], tb.needs[bare_rule]) \
            and h.kind is not T.OTHERWISE.get(bare_rule, (None,))[0]:  # read otherwise: needs none of them
        if h.tense == "noun":  # deconf20: «إجلاء المقاتلين», not «جرى الإجلاء بموجب اتفاق بين المقاتلين»
            return "who it takes away is not right after it (needed_after)"
        if bare_rule in T.OTHERWISE:  # deconf23: «بعد أن اعترض مسلحون سيارة»: no objection «على / أن»
            return "what it needs is not right after it (needed_after)"
        return "what it fires is told before it, a projectile described, not fired (fired_after)"
    if h.rule in T.RELAYED_BY and not _has(words, T.RELAYED_FROM) and not any(
            w.text in T.RELAYED_THAT for w in words[h.last + 1:h.last + 1 + T.RELAYED_THAT_REACH]) \
            and not (handed_by_attribution(words, h.first) and not any(  # attributed_by_verb (speak46):
                w.text in _SAID_AFTER for w in words[h.last + 1:])):  # «…، بحسب ما نقلته سانا»: the report
        return "it relays nobody's words: no «عن», no «أن» right after it (relayed_that)"
    if h.kind is EventKind.PROPOSAL and h.tense == "noun" and _ready_to_carry_out(words):
        return "a readiness to carry out, go on or answer: a pledge, no offer (ready_to_carry_out)"
    if _an_adjective(h, words):
        return f"after '{words[h.first - 1].text}' it is an adjective"
    if h.rule in T.BLAST_VERBS and any(_opens_what_is_said(words, k) for k in range(h.first)):
        # blast_retold (nothing43): «وقال المرصد إن السيارة انفجرت عند …»: what went off, told in what a
        # speaker says, is the bombing the story told already (its noun, «انفجار», reads there)
        return "what went off, told after «أن», is the blast told before (blast_retold)"
    if h.first > 0 and words[h.first - 1].text in T.CAUSED_BY.get(h.rule.removeprefix("verb "), ()):
        return f"'{words[h.first - 1].text} {h.surface}': what a happening drove someone to (caused_to)"
    if h.rule.removeprefix("noun ") in T.OPERATION_NOUNS and h.first > 0 \
            and words[h.first - 1].text in T.OPERATION_AREA:
        return f"'{words[h.first - 1].text} {h.surface}': the area of an operation (area_of_operation)"
    if _a_time(h, words):
        return f"before '{words[h.last + 1].text}' it is a time of day or a place's top (NOT_BEFORE)"
    if h.last + 1 < len(words) and words[h.last + 1].text in T.BELIEVED_TO_BE.get(
            _bare(words[h.first].text, T.BELIEVED_TO_BE), ()):
        return f"'{h.surface} {words[h.last + 1].text}': it is believed, no one's statement (believed_to_be)"
    if _a_decline(h, words):
        return f"before '{words[h.last + 1].text}' it is a decline, not forces falling back (a_decline)"
    if h.kind is EventKind.STATEMENT and h.tense == "present" and (
            any(w.text in T.PROTEST_VOICES for w in words[max(0, h.first - 2):h.first])
            or (h.last + 1 < len(words) and words[h.last + 1].text in T.PROTEST_VOICES)):
        return "what a protest's banners, chants or crowd say, no statement (protest_voice)"
    if h.tense == "noun" and any(w.text in T.EXPECTED
                                 for w in words[h.last + 1:h.last + 1 + T.EXPECTED_REACH]):
        return "a happening expected, not one that happened (expected)"
    if h.kind is EventKind.CAPTURE and h.first > 0 and words[h.first - 1].text in T.CONTROL_OF:
        return f"'{words[h.first - 1].text} سيطرة' is the control of an area, not its capture"
    if h.kind is EventKind.DEPLOYMENT and h.tense == "noun" and h.first > 0 \
            and words[h.first - 1].text in T.DEPLOYED_AT:
        return f"'{words[h.first - 1].text} {h.surface}' is where forces stand, not forces deployed"
    if h.kind is EventKind.DEPLOYMENT and any(w.text == "حيز" for w in words[h.last + 1:]):
        return "دخل حيز التنفيذ: a truce entering into force, not forces going in"
    before = [w.text for w in words[max(0, h.first - 3):h.first]]
    last = before[-1] if before else ""
    last_bare = last[1:] if last[:1] in ("و", "ف") and len(last) > 2 else last  # وقد, ولم, فلن
    if last in tb.negation or last_bare in tb.negation:
        return f"negated by '{last}'"
    if any(w in tb.prevention for w in before[-2:]):
        return "it is what is prevented"
    if h.tense == "noun" and (exposed := _not_exposed(tb, words, h.first)) is not None:
        return f"negated by '{exposed}': nobody was exposed to it (not_exposed)"
    if h.tense == "noun" and (seen := _not_exposed(tb, words, h.first, T.NOT_SEEN)) is not None:
        return f"negated by '{seen}': not seen, recorded, announced nor planned (not_seen)"
    if h.kind is EventKind.WITHDRAWAL and h.tense == "noun" and (way := next((
            w.text for w in words[max(0, h.first - 12):h.first] if _bare(w.text, T.CORRIDORS) in T.CORRIDORS),
            None)):
        return f"'{way}': the way out made ready, no one gone out yet (a_way_out)"
    if h.tense == "noun" and h.rule.removeprefix("noun ") in T.GENERIC_NOUNS and (
            words[h.first].text[words[h.first].text[:1] in ("و", "ف"):].startswith("ال")):
        # «وكان ترامب قد وصف الحادث بـ"المروع"», «وأعقب الحادثة إعلان …»: the incident told before, named
        # again, no new one (told_before; deconf21)
        return f"'{h.surface}' names again the incident told before (told_before)"
    if h.tense == "noun" and h.kind not in T.ATTEMPT_DONE and (tried := next((
            w.text for w in words[max(0, h.first - T.ATTEMPT_REACH):h.first] if w.text in T.ATTEMPT), None)) \
            and (words[h.first].text.startswith("ل") or words[h.first - 1].text.startswith("ل")
                 or words[h.first - 1].text == tried):  # «لسحب», «لعقد اجتماع», «محاولة هدنة»
        return f"it is what '{tried}' tried, not done (attempted_not_done)"
    if last in tb.refused and not words[h.first].text.startswith("لل"):  # «رفضهم للهجوم»: it happened
        return f"it is refused ('{last}')"
    if last in tb.aimed_at:
        return f"it is what '{last}' aims at"
    if last in T.TIME_FOR_IT:
        return f"the time ('{last}') of a happening to come, not a happening (time_for_it)"
    if h.tense == "noun" and last in tb.hit_by and h.kind not in (EventKind.STRIKE, EventKind.ATTACK):
        return f"it is what '{last}' hits"
    if h.tense == "noun" and h.kind in _DISCUSSED_KINDS and (talk := next((
            w.text for w in words[max(0, h.first - _TOPIC_REACH):h.first] if w.text in tb.discussed), None)):
        return f"it is what '{talk}' discusses, not an agreement made"
    if (h.kind not in _NOT_TERMS or h.rule.removeprefix("phrase ") in T.EXCHANGES) and (term := next((
            w.text for w in words[max(0, h.first - _TERMS_REACH):h.first] if w.text in T.PROVISIONS), None)):
        # an exchange is an agreement carried out (exchanged), a term when a deal provides for it («اتفاق
        # هدنة شامل يقضي بتبادل الأسرى»)
        return f"a term the agreement provides for ('{term}'), not a happening"
    if any(w in tb.modal for w in before) or any(
            tuple(before[k:k + 2]) in tb.modal_pairs for k in range(len(before) - 1)):
        return "a prospect or a condition, not a happening"
    if last_bare == T.MAYBE and h.tense in ("present", "future"):
        return "قد before a present verb: a prospect"
    if len(before) >= 2 and (_bare_and(before[-2]), before[-1]) in T.HABITUAL:
        return f"'{before[-2]} {before[-1]}': what is usually or rarely done, not a happening (habitual)"
    if _a_tally(h, words):
        return "a count of times since a day: a tally of happenings, not one (tally)"
    if h.kind is EventKind.CLASH and h.tense == "noun" and last in T.FRONT_OF:
        return f"'{last} {h.surface}': the front or the rules of fighting, not a clash (front_of)"
    if h.kind is EventKind.CLASH and words[h.first].text in T.FACING and last in T.FACING_AFTER and not (
            h.last + 1 < len(words) and words[h.last + 1].text in T.FACING_SIDES):
        return f"'{last} {h.surface}': in the face of what follows, not a clash (in_the_face_of)"
    if _not_named(h, words):
        return "who asks not to be named demands nothing"
    if h.first == h.last and h.last + 1 < len(words) and words[h.last + 1].text.startswith(
            T.FOR_THE_REASON.get(words[h.first].text, ("\0",))) and not (
            h.kind is EventKind.PROTEST and any(_bare_and(w.text) in T.PROTEST_CROWD for w in words)):
        return f"'{h.surface} {words[h.last + 1].text}': the reason of what the clause tells (for_the_reason)"
    if h.tense == "noun" and h.kind is not EventKind.STATEMENT and h.first >= 2 \
            and words[h.first - 1].text in T.ORDINALS \
            and _bare_and(words[h.first - 2].text) in T.SERIES_OPENERS:
        return (f"'{words[h.first - 2].text} {words[h.first - 1].text} {h.surface}': the happening its "
                "clause tells, placed in a series (in_a_series)")
    if h.kind is EventKind.CONTACT and h.tense == "noun" and (
            reach := T.PARTNER_AFTER.get(h.rule.removeprefix("noun "))) is not None \
            and not _has(words[:h.first], tb.partner_with) \
            and not _has(words[h.last + 1:h.last + 1 + reach], tb.partner_with):
        return "no partner in «مع» in its clause: the topic, aim or name of a coordination (no_partner)"
    if h.tense == "noun" and h.kind is not EventKind.STATEMENT and last in T.TOLD_AGAIN \
            and _bare_and(words[h.first].text).startswith("ال"):
        return f"'{last} {h.surface}': the happening told before, placed in its time (told_again)"
    if _described_as(h, words, text):
        return (f"'{h.surface} {words[h.last + 1].text}': what a thing told is called, inside the clause "
                "that tells it, no statement (described_as)")
    if h.kind is not EventKind.STATEMENT and scope is not None and scope.last < h.first and not (
            _own_predicate(h, scope, words)) and not _waged_told(h, words) \
            and not _happened_told(h, words):
        return f"what the statement '{scope.surface}' ({scope.mode}) speaks of"
    at = words[h.first].start
    if _inside_quotes(text, sentence_start, at) and not (
            h.kind not in (EventKind.STATEMENT, EventKind.CONTACT, EventKind.PROPOSAL) and h.tense == "past"
            ) and not (h.kind in T.SET_OFF_KINDS and _set_off(text, sentence_start, at)) \
            and not _waged_told(h, words) \
            and not (h.tense == "noun" and h.kind not in _SPOKEN_KINDS and any(  # done_in_quotes
                _bare(w.text, T.DONE_IN_QUOTES) in T.DONE_IN_QUOTES
                for w in words[max(0, h.first - T.DONE_IN_QUOTES_REACH):h.first])):
        return "only spoken of inside a quotation"
    if h.kind is EventKind.MEETING and h.tense != "noun" and "التقي" in h.rule and (
            (nxt := [w.text for w in words[h.last + 1:h.last + 3]]) and (
                nxt[0] in T.FORCES_JOINED or (nxt[0] == "مع" and nxt[1:2] and nxt[1] in T.FORCES_JOINED))):
        return "forces joining up on the ground, no meeting (forces_joined)"
    if h.kind is EventKind.NEGOTIATION_ROUND and h.rule.removeprefix("noun ") in T.TOUR_RULES and any(
            w.text in T.NOT_TALKS for w in words[h.last + 1:h.last + 1 + T.NOT_TALKS_REACH]):
        return "a tour in the field, a trip or a wave of fire, no round of talks (tour_not_talks)"
    if h.kind is EventKind.NEGOTIATION_ROUND and h.rule.removeprefix("noun ") in T.SESSION_RULES and any(
            w.text in T.SESSION_OF for w in words[h.last + 1:h.last + 1 + T.SESSION_REACH]):
        return "a council's session, no round of talks (council_session)"
    if h.kind is EventKind.MEETING and h.rule.removeprefix("verb ") in T.RECEIVING_RULES and (
            any(w.text in T.FLIGHTS for w in words[h.last + 1:h.last + 1 + T.FLIGHTS_REACH])
            or any(w.text in T.FLIGHTS for w in words[max(0, h.first - 3):h.first])):
        return "an airport receiving flights, no visitors (received_flights)"
    if h.kind is EventKind.ATTACK and h.rule.removeprefix("verb ").removeprefix("noun ") in T.ADVANCE_RULES \
            and (made := next((w.text for w in (*words[max(0, h.first - T.PROGRESS_REACH):h.first],
                                                *words[h.last + 1:h.last + 1 + T.PROGRESS_REACH])
                               if w.text in T.PROGRESS_MADE), None)):
        return f"'{made}': ground gained, a summary, not an attack (progress_made)"
    if h.kind in (EventKind.ATTACK, EventKind.STRIKE) and (
            h.tense == "future" or (h.tense == "noun" and last in T.FUTURE_LAUNCH)):
        return "an attack or a strike told in the future: a threat or a plan (fire_to_come)"
    if (denied := next((w for w in before[-T.NOT_TO_COME_REACH:] if w in T.NOT_TO_COME), None)):
        return f"'{denied}': what will not be done, no happening (not_to_come)"
    if h.kind is not EventKind.STRIKE and (last in T.ANY_OF or (  # after «أي» a verb's reading is a noun
            len(before) >= 2 and before[-2] in T.ANY_OF and last in T.ATTEMPT)):
        return f"'{last} {h.surface}' after «أي»: a kind of happening, none that happened (any_of)"
    if h.kind is not EventKind.STATEMENT and (plan := next((
            w for w in before[-T.PLANNING_REACH:] if w in T.PLANNING), None)):
        return f"'{plan}': a happening planned, intended or threatened, not one that happened (planned)"
    if h.kind is EventKind.DEPLOYMENT and "نشر" in h.rule and (shown := next((
            w.text for w in words[h.last + 1:h.last + 1 + T.SHOWN_REACH] if w.text in T.SHOWN), None)):
        return f"'{h.surface} … {shown}': something published, no forces deployed (shown)"
    if len(before) >= 2 and last in T.AIMING_TO and before[-2] in T.AIMING:
        return f"'{before[-2]} {last} {h.surface}': what a step aims at, no happening (aimed_to)"
    if h.tense == "present" and h.rule.removeprefix("verb ") == T.RAIDING and not (
            h.last + 1 < len(words) and words[h.last + 1].text in T.RAIDED_ON):
        return f"'{h.surface}' with no «على» after it: a change, no raid (a_change)"
    if (waited := next((w for w in before if w in T.AWAITED), None)):
        return f"'{waited}': a happening waited for, none yet (awaited)"
    if h.kind is not EventKind.STATEMENT and (feared := next((
            w for w in before[-T.FEARED_REACH:] if w in T.FEARED_OR_SPARED), None)):
        return f"'{feared}': a happening feared or averted, none that happened (feared_or_spared)"
    if len(before) == 3 and last in T.PREVENTED_FROM_THEN and before[0] in T.PREVENTED_FROM:
        return f"'{before[0]} … {last} {h.surface}': what is prevented (prevented_from)"
    if h.kind is EventKind.CALL and last in T.PRESS_CALLED_AT and _phoned_to_the_press(h, words):
        return f"'{last} {h.surface}': how a speaker spoke to the press (phoned_to_the_press)"
    if (ranked := _ranked(tb, h, words)) is not None:
        return f"'{ranked}': the happening told, ranked, none of its own (ranked_as)"
    if any(before[k] in T.WITHOUT and before[k + 1] in T.WITHOUT_THEN for k in range(len(before) - 1)):
        return "after «دون أن / دون التوصل»: what was not done, no happening (without)"
    if len(before) >= 2 and last in T.NOT_BY_CAUSE and before[-2] in T.NOT_BY:
        return f"'{before[-2]} {last} {h.surface}': what it was not caused by, no happening (not_by)"
    if h.kind is EventKind.MEETING and h.rule.removeprefix("verb ") == T.SEARCHING \
            and h.last + 1 < len(words) and words[h.last + 1].text in T.SEARCHED_FOR:
        return f"'{h.surface} {words[h.last + 1].text}': a search, no talks (searched_for)"
    if h.kind is EventKind.STATEMENT and h.tense in T.REPORTS_SPOKE_RULES.get(
            h.rule.removeprefix("verb "), ()) and h.last + 1 < len(words) \
            and words[h.last + 1].text in T.REPORTS_SPOKE:
        return f"'{h.surface} {words[h.last + 1].text}': what reports say, no speaker (reports_spoke)"
    if h.kind in _SERIES_KINDS and h.tense == "noun" and (
            _bare_and(words[h.first].text).startswith("ال") or last in T.SERIES_RANKS) and any(
            words[k].text in T.SERIES_OF and words[k - 1].text == "من"
            for k in range(h.last + 2, min(len(words), h.last + 1 + T.SERIES_REACH))):
        return f"'{h.surface} … من نوعه': the happening told, ranked in its series (one_of_a_series)"
    if h.kind is EventKind.AGREEMENT and h.tense == "noun" \
            and _bare_and(words[h.first].text).startswith("ال") and h.last + 1 < len(words) \
            and words[h.last + 1].text in T.TERMS_TOLD:
        return f"'{h.surface} {words[h.last + 1].text}': the terms of an agreement told before (terms_told)"
    if (frame := _agreement_as_frame(h, words)) is not None:
        return f"'{frame}': an agreement named as the frame of another act (agreement_as_frame)"
    if h.kind is not EventKind.STATEMENT and (ready := next((
            w for w in before[-T.PREPARING_REACH:] if w in T.PREPARING), None)):
        return f"'{ready}': a happening got ready for, not one that happened (prepared_for)"
    return None


_SERIES_KINDS: Final = (EventKind.ATTACK, EventKind.STRIKE, EventKind.CLASH)


def _phoned_to_the_press(h: _Hit, words: Sequence[_Word]) -> bool:
    """phoned_to_the_press (false54): whether the call's noun *h* has an outlet after «مع» or the place
    its speaker speaks from after «من» right after it («في اتصال هاتفي مع وكالة فرانس برس», «في اتصال
    هاتفي من بريطانيا»: ``T.PRESS_HEADS``)."""
    after = [w.text for w in words[h.last + 1:h.last + 3]]
    return h.tense == "noun" and bool(after) and (after[0] in T.PRESS_CALLED_FROM or (
        after[0] in T.PRESS_CALLED_WITH and len(after) > 1 and after[1] in T.PRESS_HEADS))


def _ranked(tb: _Tables, h: _Hit, words: Sequence[_Word]) -> str | None:
    """ranked_as (false54): the verb of ranking (``T.RANKED_AS``) when the noun trigger *h* is the
    happening it ranks — a noun of *h*'s kind within ``T.RANKED_REACH`` words after the verb, *h* itself
    or the one it is ranked among («ويعد تفجير الثلاثاء من أعنف التفجيرات», «وتعد هذه الاشتباكات أحدث حلقة
    في الاقتتال») — with no relative pronoun nor «منذ» between (another happening: «يُعدّ الأكبر من نوعه منذ
    سقوط نظام الأسد»), else None. The happening ranked is one told before: pointed at («هذا / هذه / ذلك»,
    ``T.RANKED_THIS``) or named by its day (``T.RANKED_DAYS``); one named with its doer («ويعد هجوم تنظيم
    داعش على الكنيسة الأول من نوعه») may be the report's only telling and stays. Right after the verb with
    «ل», the noun is what one got ready for («كانت تعدّ لاغتيال ناشطين»)."""
    if h.tense != "noun" or h.kind is EventKind.STATEMENT:
        return None
    for k in range(h.first - 1, -1, -1):
        word = words[k].text
        if word in _RELATIVE or word in T.SINCE_RANKED:
            return None
        if word in T.RANKED_AS:
            this = k + 1 < len(words) and words[k + 1].text in T.RANKED_THIS
            ready = k + 1 == h.first and words[h.first].text.startswith("ل")  # «تعدّ لاغتيال»
            for j in range(k + 1, min(len(words), k + 1 + T.RANKED_REACH)):
                reading = tb.noun_reading(words[j].text)
                if reading is not None and reading[1] is h.kind:
                    dated = j + 1 < len(words) and words[j + 1].text in T.RANKED_DAYS
                    return word if this or dated or ready else None
            return None
    return None


def _agreement_as_frame(h: _Hit, words: Sequence[_Word]) -> str | None:
    """The frame word when *h* is an agreement named by the truce it sets («بموجب اتفاق وقف إطلاق النار»),
    or that truce, right after a frame word, with no party or making of it after (frames29), else None."""
    if h.tense != "noun" or h.kind not in (EventKind.AGREEMENT, EventKind.CEASEFIRE):
        return None
    at, named = h.first, h.last + 1  # the agreement word, and the word that names it
    if h.kind is EventKind.CEASEFIRE:
        if at == 0 or words[at - 1].text not in T.AGREEMENT_WORDS:
            return None
        at, named = at - 1, at
    elif named >= len(words) or words[named].text not in T.AGREEMENT_NAMED_BY:
        return None
    if any(w.text in T.FRAME_PARTIES for w in words[named:h.last + 1 + T.FRAME_PARTIES_REACH]):
        return None
    return next((w.text for w in words[max(0, at - T.AGREEMENT_FRAME_REACH):at]
                 if w.text in T.AGREEMENT_FRAMES), None)


def _hearsay(words: Sequence[_Word], first: int, last: int) -> bool:
    """Whether the source credited by «بحسب» at *first* (to *last*) is reports, informed sources or local
    media (``HEARSAY``, ``HEARSAY_PAIRS``; frames29): no speaker, no statement (hearsay)."""
    return any(w.text in T.HEARSAY for w in words[first + 1:last + 1]) or any(
        (words[k].text, words[k + 1].text) in T.HEARSAY_PAIRS for k in range(first + 1, last))


def _bare_and(word: str) -> str:
    """*word* without the «و» or «ف» it opens with (a word of three letters or more is left so)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _a_tally(h: _Hit, words: Sequence[_Word]) -> bool:
    """«مرات» within ``TALLY_REACH`` words of *h*, and «منذ» within as many of «مرات» (tally; false24)."""
    n = T.TALLY_REACH
    for k in range(max(0, h.first - n), min(len(words), h.last + 1 + n)):
        if words[k].text in T.TALLY_TIMES and any(
                w.text in T.TALLY_SINCE for w in words[max(0, k - n):k + 1 + n]):
            return True
    return False


def _ready_to_carry_out(words: Sequence[_Word]) -> bool:
    """Whether a readiness in the clause is to carry out, go on or answer (``READY_TO_CARRY_OUT``
    within ``READY_REACH`` words after it: «مستعدة لتطبيق الاتفاق»): a pledge, no offer
    (ready_to_carry_out; kinds34)."""
    n = T.READY_REACH
    return any(T.READINESS[0] in w.text or _bare_and(w.text).removeprefix("ال").startswith(T.READINESS[1])
               for k, w in enumerate(words)
               if any(v.text in T.READY_TO_CARRY_OUT for v in words[k + 1:k + 1 + n]))


def _without(folded: str, phrases: Iterable[str]) -> str:
    """*folded* with each of *phrases* taken out."""
    for p in phrases:
        folded = folded.replace(p, " ")
    return folded


def _kind(hits: Sequence[_Hit], words: Sequence[_Word], folded: str, trace: list[str]) -> _Hit | None:
    """The trigger of what happened: the clause's first verb (its predicate: «قصفت … المشمولة باتفاق»
    is a strike), else the noun first in PRIORITY among those that do not follow a preposition, else
    among all; a modal clause is read as a prospect."""
    if not hits:
        return None
    verbs = [h for h in hits if h.tense != "noun"]
    free = [h for h in hits if h.tense == "noun" and not (
        h.first > 0 and words[h.first - 1].text in _PREPOSITIONS) and not words[h.first].text.startswith(
        ("ب", "لل", "وب", "فب"))]
    pool = verbs[:1] or free or hits
    main = min(pool, key=lambda h: T.PRIORITY.index(h.kind) if h.kind in T.PRIORITY else len(T.PRIORITY))
    kinds = {h.kind for h in hits}
    if any(m in _without(folded, T.AS_SOON_AS) for m in _tables().modal_clause) \
            and not _ready_to_carry_out(words):  # as_soon_as, ready_to_carry_out: no prospect
        if {EventKind.RESUMPTION, EventKind.AGREEMENT, EventKind.CONTACT} & kinds:
            trace.append("a modal clause ('ممكن', 'استعداد' …): a prospect, read as a proposal")
            return main._replace(kind=EventKind.PROPOSAL, mode=None)
        if main.kind is EventKind.SUSPENSION:
            trace.append("a modal clause: a suspension spoken of, read as a statement")
            return main._replace(kind=EventKind.STATEMENT, mode=None)
    return main


def _mode(main: _Hit, words: Sequence[_Word]) -> tuple[str | None, _Word | None]:
    """The mode and the word that says it (the trigger's own, else a cue word of the clause)."""
    if main.mode:
        return main.mode, words[main.first] if main.first < len(words) else None
    cues = T.MODE_CUES.get(main.kind, {})
    for w in words:
        for s in stems(w.text):
            if s in cues:
                return cues[s], w
    return None, None


class _Roles(NamedTuple):
    source: list[str]
    target: list[str]
    others: list[str]
    notes: list[str]

    def acted_by(self, doers: list[str]) -> _Roles:
        """The roles with *doers* as the source, and the parties read before (source or target) that
        are not among them acted on."""
        return self._replace(source=doers, target=[
            x for x in dict.fromkeys([*self.source, *self.target]) if x not in doers])


def _word_index(words: Sequence[_Word], pos: int) -> int:
    """The index of the first word that ends after *pos* (len(words) if none)."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid].end > pos:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _the_crowd(main: _Hit, words: Sequence[_Word]) -> int | None:
    """The index of the crowd (a word of ``T.CROWDS``) nearest before the protest *main* within
    ``T.CROWDS_REACH`` words, else nearest after it; not the clause's first word (the_crowd, finding33).
    A number word (``T.CROWD_NUMBERS``) only when no other crowd is there: «وتجمع أقرباء المخطوفين ومعهم
    مئات الأشخاص للاحتجاج» is the relatives' (the_crowd_by_its_number, actor53)."""
    before = range(main.first - 1, max(0, main.first - T.CROWDS_REACH) - 1, -1)
    after = range(main.last + 1, min(len(words), main.last + 1 + T.CROWDS_REACH))
    near = [k for k in (*before, *after) if k > 0 and _bare_and(words[k].text) in T.CROWDS]
    return next((k for k in near if _bare_and(words[k].text) not in T.CROWD_NUMBERS),
                near[0] if near else None)


def _crowd_role(word: str) -> str | None:
    """The role of a protest's crowd (:func:`_the_crowd`): a described party's head (``agent_role``), or
    a number word without the article («خرج عشرات المواطنين في مظاهرة»), a crowd beside a protest only
    (``T.CROWD_NUMBERS``: the_crowd_by_its_number, actor53)."""
    return agent_role(word) or ("described party" if word in T.CROWD_NUMBERS else None)


def _what_it_demands(main: _Hit, words: Sequence[_Word]) -> int | None:
    """Where what a protest demands or opposes begins: the start of the first word of
    ``T.DEMANDED`` within ``T.DEMANDED_REACH`` words after the protest's trigger *main*; None for
    other kinds or with none (what_it_demands, finding33)."""
    if main.kind is not EventKind.PROTEST:
        return None
    return next((w.start for w in words[main.last + 1:main.last + 1 + T.DEMANDED_REACH]
                 if _bare_and(w.text) in T.DEMANDED), None)


def _roles(main: _Hit, hits: Sequence[_Hit], actors: Sequence[_Actor], words: Sequence[_Word],
           names: Mapping[str, Actor], text: str, show: Callable[[int, int], str]) -> _Roles:
    """Who acts, who is acted on, and who else is named (see the module doc, step 3). Who acts is
    the subject of the clause's first verb when it comes before the trigger ("قال شويغو في مقابلة":
    the interview is Shoigu's), else the trigger's own: the actor right after it, else right before."""
    source: list[str] = []
    target: list[str] = []
    others: list[str] = []
    notes: list[str] = []

    def before_word(a: _Actor) -> tuple[str, str]:
        """The word before the phrase that names the actor, and the clitics glued to it (بالقوات → بال).
        The trigger's own verb is no mark of a target: «استهدفت طائرات تركية مواقع لقسد» (VSO: the
        subject), unlike «غارة استهدفت القوات التركية» (the verb describes the noun before it)."""
        k = _word_index(words, a.lead)
        prev = words[k - 1].text if k > 0 else ""
        clitic = text[words[k].start:a.lead] if k < len(words) and words[k].start < a.lead else ""
        if main.tense != "noun" and k - 1 == main.first:
            prev = ""
        return prev, clitic

    placed: list[tuple[_Actor, str]] = []
    noun_end = words[main.last].end if main.tense == "noun" and main.last < len(words) else -1
    for a in actors:
        prev, clitic = before_word(a)
        if noun_end >= 0 and clitic.endswith(("ل", "لل")) and 0 <= a.lead - noun_end <= 2:
            placed.append((a, "free"))  # مقابلة للسفير, غارات للطيران الروسي: the noun's agent
            continue
        if prev in _ATTRIBUTION and main.kind is not EventKind.STATEMENT:
            notes.append(f"'{text[a.start:a.end]}' after '{prev}' reports it: not a party")
            continue
        if prev in _TARGET_MARKS or (prev in _PREPOSITIONS and prev not in ("بين", "من", "في", "عن"))\
                or clitic.endswith(("ب", "ل", "لل", "بال")):
            placed.append((a, "target"))
        elif prev in _OBLIQUE and main.kind.family is not EventKind.STATEMENT:
            placed.append((a, "oblique"))  # «انتزعت منبج من تنظيم داعش»: not who took it
        else:
            placed.append((a, "free"))
    verb = main if main.tense != "noun" else next(
        (h for h in hits if h.tense != "noun" and h.first <= main.first), main)
    trigger_at = words[verb.first].start if verb.first < len(words) else 0
    # what a speaker says begins at إن / أن / : — a subject comes before it ("قال مصدر إن سوريا …")
    said_at = next((w.start for w in words[verb.first + 1:] if w.text in _COMPLEMENTIZERS), None)
    if said_at is None and verb.kind is EventKind.STATEMENT:
        colon = text.find(":", trigger_at)
        said_at = colon if colon >= 0 else None
    free_after = [a for a, r in placed if r == "free" and a.lead >= trigger_at
                  and (said_at is None or a.lead < said_at or verb.kind is not EventKind.STATEMENT)]
    demanded = _what_it_demands(main, words)
    if demanded is not None:
        # «الاحتجاجات المطالبة بتغيير سياسي عبر تطبيق قرار مجلس الأمن»: whom a protest's demand names is
        # what it is about, not who protests (what_it_demands)
        about = [a for a in free_after if a.lead >= demanded]
        free_after = [a for a in free_after if a.lead < demanded]
        placed = [(a, "about" if a in about else r) for a, r in placed]
        if about:
            notes.append("acts: not " + ", ".join(show(a.start, a.end) for a in about) + ", named in what "
                         "the protest demands (what_it_demands)")
    free_before = [a for a, r in placed if r == "free" and a.lead < trigger_at]
    oblique = [a for a, r in placed if r == "oblique" and a.lead >= trigger_at]
    # «عقب غارات جوية تركية»: a demonym that qualifies a noun trigger names its own agent, before the
    # subject of the clause's verb (the_nouns_demonym)
    noun = fold(main.surface).split()[0] if main.tense == "noun" and main.surface.strip() else ""

    def qualifies_the_noun(a: _Actor) -> bool:  # the demonym's head is the noun or the word after it
        k = _word_index(words, a.lead)
        return a.how == "demonym" and k < len(words) and (
            words[k].text == noun or (k > 0 and words[k - 1].text == noun))
    own = [a for a in actors if qualifies_the_noun(a)] if noun and verb is not main else []
    for a in own[:1] or free_after[:1] or free_before[-1:] or oblique[:1]:
        source.append(a.id)
    if own:
        notes.append(f"'{text[own[0].start:own[0].end]}' qualifies '{main.surface}': its agent "
                     "(the_nouns_demonym)")
    for a, r in placed:
        if a.id in source:
            continue
        if r == "target" or (main.kind in (EventKind.CLASH, EventKind.MEETING, EventKind.CALL) and source):
            if a.id not in target:
                target.append(a.id)
        elif a.id not in others:
            others.append(a.id)
    def said(ids: list[str]) -> str:
        return ", ".join(f"{names[x].name if x in names else x} ('{show(a.start, a.end)}', {a.how})"
                         for x in ids for a in actors if a.id == x)

    if source:
        notes.append("acts: " + said(source))
    if target:
        notes.append("acted on: " + said(target))
    return _Roles(source, target, others, notes)


def _governing(mentions: Sequence[Mention], a: int, b: int, trigger: int, text: str,
               noun: bool = False, latest: dt.date | None = None) -> tuple[Mention | None, str]:
    """The date mention that governs a trigger at *trigger* (original offset) in the clause a..b, and
    why it was chosen: the nearest one, before or after it. A relative clause after a verb («حمّلت …
    مسؤولية الهجوم الذي وقع يوم الثلاثاء») dates what it describes, not the verb; after a noun trigger
    («الهدنة التي دخلت حيز التنفيذ قبل أسبوع») it describes the trigger itself. Only dates on the
    trigger's side of a time boundary count («سيطرت أمس … بعدما انسحب منها …»: ``TIME_BOUNDARIES``;
    «بعد ظهر أمس» is a time of day, not a boundary: ``NOT_A_BOUNDARY_BEFORE``). A trigger in the past
    tense happened by *latest* (the publication day): a date after it belongs to something else («أعلن
    … اتفاقاً على هدنة تبدأ يوم الاثنين المقبل»)."""
    inside = [m for m in mentions if a <= m.start and m.end <= b]
    dated = [m for m in inside if m.value is not None and m.kind in ("date", "range")
             and (latest is None or m.value.start <= latest)]
    if not dated:
        return None, ""

    # one pass over the clause: where relative pronouns and time boundaries stand
    relatives: list[int] = []
    apart: list[int] = []  # relative pronouns of clauses set off by commas (set_off_by_commas)
    lo, hi = a, b  # the part of the clause between the time boundaries around the trigger
    folded_clause = fold(text[a:b])
    for w in _WORD.finditer(folded_clause):
        at = a + w.start()
        if w.group() in _RELATIVE:
            (apart if set_off(text, at, dated, b) else relatives).append(at)
        elif (w.group() in T.TIME_BOUNDARIES or (w.group() in _SINCE_WORDS and not any(
                0 <= m.start - (at + len(w.group())) <= 2 for m in inside))) \
                and not any(m.start <= at < m.end for m in inside) \
                and _next_word(folded_clause, w.end()) not in T.NOT_A_BOUNDARY_BEFORE:
            if at <= trigger:
                lo = at
            elif at < hi:
                hi = at

    return past_set_off(*nearest(dated, lo, hi, relatives, trigger, noun), apart, trigger)


def _light_verb(tb: _Tables, noun: _Hit, words: Sequence[_Word], folded: str) -> _Hit | None:
    """The verb that carries a noun trigger («وشنت طائرات حربية اليوم غارات», «نفذت القوات
    الأمريكية عملية إنزال»: ``triggers.LIGHT_VERBS``) a few words before it, as a hit whose subject is
    the noun's doer; or None. A day set off by commas between them is not counted («أطلقت القوات …،
    الخميس 6 آذار 2025، عملية واسعة»: a_day_set_off, actors21)."""
    k, counted = noun.first - 1, 0
    if noun.first > 1 and words[k].text in T.ACHIEVED_BY:
        # achieved_doer (actor48): «تمكنت فصائل معارضة، يوم الثلاثاء، من إسقاط طائرة»: the verb of
        # succeeding before «من / في» and the noun right after it carries the noun of any kind
        for j in range(k - 1, max(-1, k - 1 - T.SUCCEEDED_REACH), -1):
            if words[j].text in tb.succeeded:
                return noun._replace(first=j, last=j, tense="past")
    own = tb.kind_light_verbs.get(noun.kind, frozenset())  # a_kind_s_light_verb (actors23)
    while k >= 0 and counted < _LIGHT_VERB_REACH:
        if words[k].text in tb.light_verbs or words[k].text in own:
            return noun._replace(first=k, last=k, tense="past")
        k, counted = _before_a_day_set_off(words, folded, k) if counted == 0 else k - 1, counted + 1
    return None


def _before_a_day_set_off(words: Sequence[_Word], folded: str, k: int) -> int:
    """a_day_set_off: the word before a stretch of at most ``_SET_OFF_DAY`` words that ends at word *k*
    with a comma after it, begins after a comma and holds a number (a day: «، الخميس 6 آذار 2025،»);
    else *k* - 1. The text is folded: its commas are ",", whatever they were."""
    if k + 1 >= len(words) or "," not in folded[words[k].end:words[k + 1].start]:
        return k - 1
    for j in range(k, max(-1, k - _SET_OFF_DAY), -1):
        if j > 0 and "," in folded[words[j - 1].end:words[j].start]:
            return j - 1 if any(w.text.isdigit() for w in words[j:k + 1]) else k - 1
    return k - 1


#: How many words a day set off by commas may have (``_before_a_day_set_off``).
_SET_OFF_DAY: Final = 5


#: How many words a light verb may stand before its noun («وشنت طائرات حربية روسية اليوم غارات»).
_LIGHT_VERB_REACH: Final = 10


def _relative_doer(tb: _Tables, noun: _Hit, words: Sequence[_Word]) -> _Hit | None:
    """the_relative_doer: the verb of a relative clause a few words after a noun trigger whose glued
    pronoun stands for the noun («كمين نصبته فلول النظام», «الكمائن التي نفذتها الفلول», «قصف بقذائف
    الهاون شنته فصائل مسلحة»: ``triggers.RELATIVE_DOERS``), as a hit whose subject is the noun's doer;
    or None. Only the first verb after the noun is looked at (actors21)."""
    for k in range(noun.last + 1, min(len(words), noun.last + 1 + _RELATIVE_DOER_REACH)):
        w = words[k].text
        if w in _COMPLEMENTIZERS:
            return None
        for pronoun in T.PREPOSITION_PRONOUNS:
            if w.endswith(pronoun) and w[:-len(pronoun)] in tb.relative_doers:
                return noun._replace(first=k, last=k, tense="past")
    return None


def _genitive_doer(noun: _Hit) -> _Hit | None:
    """the_genitive_doer: a noun trigger of a happening with no object (``triggers.GENITIVE_DOERS``:
    «انسحاب», «خروج», «هجوم») as the hit whose subject, right after it, is its doer («انسحاب القوات
    الكردية», «خروج فصائل الثوار منها»); or None (actors23)."""
    return noun if noun.rule.removeprefix("noun ") in T.GENITIVE_DOERS else None


def _object_after_lam(noun: _Hit, words: Sequence[_Word], folded: str) -> int | None:
    """the_genitive_before_its_object (actor54): a noun trigger of ``triggers.GENITIVE_BEFORE_LAM`` right
    before a definite head of ``agent_heads`` whose phrase ends at a word glued to «ل», the one it is done
    to («جراء استهداف المجموعات المسلحة للبلدتين»): the index of that word (where the doer's phrase
    stops), or None — a time or an owner after «ل» (``LAM_NO_OBJECT``, ``GENITIVE_OWNED``), a comma, a
    word of «و / ف / ب» or a preposition first, and the genitive is whom it is done to. A head of what
    fires and flies (``GENITIVE_WEAPONS``: «قصف مسيّرات «شاهين»») acts with no «ل» object: the clause's
    end is where it stops."""
    k = noun.last + 1
    if noun.tense != "noun" or noun.rule.removeprefix("noun ") not in T.GENITIVE_BEFORE_LAM \
            or k >= len(words) or not agent_role(words[k].text):
        return None
    if words[k].text in T.GENITIVE_WEAPONS:
        return len(words)
    if not words[k].text.startswith("ال"):
        return None
    for j in range(k + 1, min(len(words), k + 2 + _PARTY_WORDS)):
        w = words[j].text
        if folded[words[j - 1].end:words[j].start].strip() or w in T.GENITIVE_OWNED \
                or w in T.LAM_NO_OBJECT:
            return None
        if w[:1] == "ل" and not agent_role(w):
            return j
        if w[:1] in _NOT_AN_ADJECTIVE or w in _PREPOSITIONS or agent_role(w):
            return None
    return None


def _lam_doer(noun: _Hit, words: Sequence[_Word], folded: str) -> tuple[_Hit, list[_Word]] | None:
    """the_doer_after_lam (actor51): a noun trigger of ``triggers.LAM_DOERS`` whose doer follows it after
    «ل», at most ``LAM_DOER_REACH`` adjectives between («بقصف لطائرات مجهولة», «توغلاً للقوات
    الإسرائيلية», «اجتماع مغلق لوزراء الخارجية»), as a hit right before the doer's head and the words
    with that head read without its «ل»; or None."""
    if noun.tense != "noun" or noun.rule.removeprefix("noun ") not in T.LAM_DOERS:
        return None
    for k in range(noun.last + 1, min(len(words), noun.last + 2 + T.LAM_DOER_REACH)):
        w = words[k].text
        if folded[words[k - 1].end:words[k].start].strip():
            return None  # a comma or a quote: the phrase ended
        head = "ا" + w[1:] if w.startswith("لل") else w[1:] if w[:1] == "ل" else ""
        if head and agent_role(head) and not possessed_head(head):
            return noun._replace(last=k - 1), [*words[:k], words[k]._replace(text=head), *words[k + 1:]]
        if w[:1] in _NOT_AN_ADJECTIVE or w in _PREPOSITIONS or agent_role(w):
            return None
    return None


#: The first letters of a word that is no adjective between a noun and its «ل» doer (the_doer_after_lam).
_NOT_AN_ADJECTIVE: Final = frozenset({"و", "ف", "ب", "ل"})


#: How many words may stand between a noun trigger and the verb of the relative clause that names its
#: doer («الكمائن التي نفذتها», «قصف بقذائف الهاون شنته»).
_RELATIVE_DOER_REACH: Final = 4


#: How many characters before a date the words that make it a start may stand («بدءاً من يوم غد»).
_STARTING_REACH: Final = 16


#: How many characters may stand between an offset from an event and the event's noun («بعد أسبوع على
#: تفجير»: « على »).
_OFFSET_GAP: Final = 8
_OFFSET_DAYS: Final = {"D": 1, "W": 7}


def _uncounted_offset(mentions: Iterable[Mention], text: str, trigger: int) -> Mention | None:
    """The offset from an event right before a trigger at *trigger* (only «من / على» between) that counts
    no day for it («بعد أيام من المعارك», «بعد نحو شهرين من انطلاق …»: ``dating.offset_not_counted``), or
    None (uncounted_offset)."""
    for m in mentions:
        if not 0 <= trigger - m.end <= _OFFSET_GAP \
                or fold(text[m.end:trigger]).split() not in (["من"], ["علي"]):
            continue
        unit = None if m.offset is None else m.offset.unit
        if dating.offset_not_counted(fold(m.text).split(), m.rule, unit):
            return m
    return None


def _counted_from(mentions: Iterable[Mention], text: str, trigger: int, told: Mention,
                  lasting: bool = False) -> DateSpan | None:
    """The day of a happening named right after an offset from an event («بعد أسبوع على تفجير
    إسطنبول», «بعد يومين من سحب القوات»): the day the clause told (*told*) less the offset («بعد»), or
    plus it («قبل»); None unless the offset is in days or weeks and *told* is one day. A happening that
    lasts (*lasting*: fighting, talks) went on all that span up to the day told («انسحب الجيش مساء
    الأربعاء، بعد أربعة أيام من المواجهات»: the four days up to Wednesday; ``dating.LASTING``)."""
    if told.value is None or told.value.start != told.value.end:
        return None
    for m in mentions:
        if m.rule != "offset_from_event" or not 0 <= trigger - m.end <= _OFFSET_GAP:
            continue
        between = fold(text[m.end:trigger]).split()
        off = m.offset
        if between not in (["من"], ["علي"]) or off is None or off.clock or off.unit not in _OFFSET_DAYS \
                or dating.offset_not_counted(fold(m.text).split(), m.rule, off.unit):
            continue
        days = off.amount * _OFFSET_DAYS[off.unit]
        after = fold(m.text).split()[0] in T.AFTER_OFFSET
        if lasting and after:
            first = told.value.start - dt.timedelta(days=days - 1)
            return DateSpan(first, told.value.start, Granularity.DAY, None, f"{first}/{told.value.start}")
        day = told.value.start - dt.timedelta(days=days if after else -days)
        return DateSpan.day(day)
    return None


_A_COUNT: Final = re.compile(r"P(\d+)([DW])")


def _days_up_to(mentions: Iterable[Mention], text: str, trigger: int) -> int | None:
    """The days talks named at *trigger* went on up to the day told: a count of days
    ending right before «من» and the trigger, after a word of ``dating.AT_THE_END_OF`` («بعد أربعة أيام
    من المباحثات», the date engine's offset from an event; «عقب ثلاثة أيام من المحادثات», its duration)
    (``days_up_to_it``); or None."""
    for m in mentions:
        if m.end > trigger or fold(text[m.end:trigger]).split() != ["من"]:
            continue
        off = m.offset
        if off is not None and off.after and not off.clock:
            cue, amount, unit = fold(m.text).split()[0], off.amount, off.unit
        elif m.kind == "duration" and (count := _A_COUNT.fullmatch(m.timex or "")) is not None:
            before = fold(text[max(0, m.start - 12):m.start]).split()
            if not before:
                continue
            cue, amount, unit = before[-1], int(count[1]), count[2]
        else:
            continue
        return dating.days_up_to_it(cue, amount, unit)
    return None


def _days_it_lasted(mentions: Iterable[Mention], text: str, trigger: int) -> int | None:
    """The days talks named at *trigger* lasted up to the day told: the first count of days after it
    with a word of ``dating.LASTED`` right before it or opening it («التي استمرت يومين», «على مدى
    يومين»), a few words after the trigger (``days_it_lasted``); or None."""
    for m in mentions:
        if m.start <= trigger or m.kind != "duration" \
                or (count := _A_COUNT.fullmatch(m.timex or "")) is None:
            continue
        before = fold(text[trigger:m.start]).split()
        own = fold(m.text).split()
        cue = own[0] if len(own) > 1 and own[0] in dating.LASTED else (before[-1] if before else "")
        return dating.days_it_lasted(cue, int(count[1]), count[2], len(before) - 1)
    return None


def _starting_from(mentions: Iterable[Mention], text: str, trigger: int) -> Mention | None:
    """The first day after a trigger that words of starting introduce («بدءاً من يوم غد الثلاثاء»,
    «اعتباراً من منتصف ليل الجمعة», ``triggers.STARTING_FROM``): the day what the trigger reports
    begins, whatever date stands nearer before it; or None."""
    for m in mentions:
        if m.start <= trigger or m.value is None or m.kind not in ("date", "range"):
            continue
        before = fold(strip(text[max(trigger, m.start - _STARTING_REACH):m.start])[0]).split()
        if len(before) >= 2 and before[-1] == "من" and before[-2] in T.STARTING_FROM:
            return m
    return None


def _right_after(mentions: Iterable[Mention], text: str, pos: int) -> Mention | None:
    """The first dated mention that starts right after *pos*, at most one word between («تسري اليوم»,
    «دخلت حيز التنفيذ في السادسة من صباح أمس الخميس»: ``dating.in_force``), or None."""
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= pos and m.value is not None and m.kind in ("date", "range"):
            return m if len(text[pos:m.start].split()) <= 1 else None
    return None


def _right_before(mentions: Iterable[Mention], text: str, pos: int) -> Mention | None:
    """The last dated mention that ends right before *pos*, nothing but spaces between («بدأ صباح
    الأربعاء سريان»: ``dating.in_force_before``), or None."""
    for m in sorted(mentions, key=lambda m: m.end, reverse=True):
        if m.end <= pos and m.value is not None and m.kind in ("date", "range"):
            return m if not text[m.end:pos].strip() else None
    return None


def _hours_from_an_event(m: Mention) -> bool:
    """Whether a mention is an offset of hours or minutes («بعد ساعات», «قبل أقل من دقيقة»), which
    news counts from the happening it has just told, not from the day it is published."""
    words = fold(m.text).split()
    return bool(words) and words[0] in T.OFFSET_WORDS and any(w in T.SHORT_UNITS for w in words)


def _counts_for(m: Mention, trigger: int, words: Sequence[_Word], hits: Sequence[_Hit],
                omap: OffsetMap) -> bool:
    """Whether a mention (original offsets) stands where it can date the trigger at *trigger*: before
    it, or after it but before the next trigger or what a speaker says («وقال المرصد بعد ساعة … إنه»;
    not «… إن الفصائل سيطرت بعد 12 ساعة»)."""
    if m.start < trigger:
        return True
    stops = [omap.to_original(w.start) for w in words if w.text in _COMPLEMENTIZERS]
    stops += [omap.to_original(words[h.first].start) for h in hits]
    return not any(trigger < at <= m.start for at in stops)


def _in_a_name(h: _Hit, words: Sequence[_Word], actors: Sequence[_Actor], trace: list[str]) -> bool:
    """Whether a trigger's word is part of an actor's name («العماد آصف شوكت»: آصف is not «I
    describe»), which the trace then says."""
    at = words[h.first].start
    name = next((s for s in actors if s.start <= at < s.end), None)
    if name is not None:
        trace.append(f"'{h.surface}' is part of the name of {name.id}, not a {h.kind.value}")
    return name is not None


def _in_a_place_name(h: _Hit, words: Sequence[_Word], omap: OffsetMap, names: Sequence[tuple[int, int]],
                     text: str, trace: list[str]) -> bool:
    """Whether a trigger's word is part of a place's name that a settlement noun frames («قصفت قرية
    الزيارة»: the village, not a visit; ``where.settlement_names``, offsets into the original *text*),
    which the trace then says."""
    if not names:
        return False
    at = omap.to_original(words[h.first].start)
    name = next(((a, b) for a, b in names if a <= at < b), None)
    if name is not None:
        named = text[name[0]:name[1]]
        trace.append(f"'{h.surface}' is part of the place name «{named}», not a {h.kind.value}")
    return name is not None


def _next_word(folded: str, end: int) -> str:
    """The word that follows position *end* of a folded text, or ''."""
    m = _WORD.search(folded, end)
    return m.group() if m is not None else ""


class _Either(Mapping[str, Actor]):
    """Two mappings read as one, the first before the second (never copied: the actors an article
    meets grow as it is read, and it looks up a few of them)."""

    def __init__(self, first: Mapping[str, Actor], second: Mapping[str, Actor]) -> None:
        self.first, self.second = first, second

    def __getitem__(self, key: str) -> Actor:
        found = self.first.get(key)
        return self.second[key] if found is None else found

    def __iter__(self) -> Iterator[str]:
        yield from self.first
        yield from (k for k in self.second if k not in self.first)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _published_day(article: Article) -> dt.date | None:
    """The day an article was published (a datetime's date), or None."""
    pub = article.published
    return pub.date() if isinstance(pub, dt.datetime) else pub


def _day_before(before: Sequence[Mention], pub_day: dt.date | None,
                told_before: Mention | None) -> Mention | None:
    """The last mention of *before* (a clause's up to a word) that tells one day, not after *pub_day*;
    else *told_before* (the day the clause before told) when it tells one day; else None
    (``dating.then_pulled_out``)."""
    for m in reversed(before):
        if m.value is not None and m.kind in ("date", "range") and m.value.start == m.value.end \
                and (pub_day is None or m.value.start <= pub_day):
            return m
    if told_before is not None and told_before.value is not None \
            and told_before.value.start == told_before.value.end:
        return told_before
    return None


def _when(article: Article, m: Mention | None, text: str, ongoing: bool,
          future: bool, begun: bool = False) -> tuple[DateSpan | None, WhenBasis]:
    """The date of a trigger that *m* governs (or none does), and its basis. A «منذ» date dates what goes
    on since then (*ongoing*: from it up to publication) and not a one-off; a state that began then
    (*begun*: ``triggers.BEGUN_SINCE``, «علقت عضوية سوريا منذ 2011») began on that day (begun_since)."""
    pub_day = _published_day(article)
    if m is not None and m.value is not None:
        before = fold(text[max(0, m.start - 6):m.start])
        if not dating.told_since(before, fold(m.text)) or begun:
            return m.value, WhenBasis.STATED
        if ongoing and pub_day is not None and m.value.start <= pub_day:
            return DateSpan(m.value.start, pub_day, Granularity.DAY, None, ""), WhenBasis.SINCE
        # "منذ" dates something ongoing; a one-off event in the same clause is not dated by it
    if pub_day is None:
        return None, WhenBasis.UNDATED
    if future:
        end = pub_day + dt.timedelta(days=FUTURE_WINDOW)
        return (DateSpan(pub_day, end, Granularity.DAY, None, f"{pub_day}/{end}"),
                WhenBasis.ON_OR_AFTER_PUBLICATION)
    start = pub_day - dt.timedelta(days=REPORT_WINDOW)
    return (DateSpan(start, pub_day, Granularity.DAY, None, f"{start}/{pub_day}"),
            WhenBasis.ON_OR_BEFORE_PUBLICATION)


def _evening_to_morning(dates: ClauseDates, m: Mention, text: str) -> tuple[DateSpan, str] | None:
    """The span of two days that *m* and the mention joined to it right after or right before it make
    (``dating.evening_to_morning``: «مساء أمس وصباح اليوم»), and the other mention's words; None when
    no mention of the day after (or before) is joined to it."""
    assert m.value is not None
    after = [o for o in dates.inside(m.end, m.end + JOINED_REACH) if o.value is not None]
    before = [o for o in dates.inside(max(0, m.start - JOINED_REACH), m.start) if o.value is not None]
    pairs = []
    if after:
        o = min(after, key=lambda o: o.start)
        pairs.append((m, o, o))
    if before:
        o = max(before, key=lambda o: o.end)
        pairs.append((o, m, o))
    for first, second, other in pairs:
        assert first.value is not None and second.value is not None
        both = dating.evening_to_morning(fold(text[first.end:second.start]),
                                         (first.value.start, first.value.end),
                                         (second.value.start, second.value.end))
        if both is not None:
            return DateSpan(both[0], both[1], Granularity.DAY, None, f"{both[0]}/{both[1]}"), other.text
    return None


#: How far from a mention another joined to it is looked for (``_evening_to_morning``), in characters.
JOINED_REACH: Final = 40


def _named(mx: _Matchers, clause: str, kind: EventKind) -> Event | None:
    """The known event a clause names ("اتفاق سوتشي"), when it is of the clause's kind of event."""
    if mx.event_re is None:
        return None
    for m in mx.event_re.finditer(clause):
        name = mx._key(m.group("w"), mx.event_of)
        event = mx.named.get(name) if name else None
        if event is not None and event.kind.family is kind.family:
            return event
    return None


def _named_at(mx: _Matchers, clause: str, pos: int) -> Event | None:
    """The known event whose name in the clause the word at *pos* is part of, whatever its kind
    («سقوط نظام الأسد», read as an end, is the fall the knowledge base knows)."""
    if mx.event_re is None:
        return None
    for m in mx.event_re.finditer(clause):
        name = mx._key(m.group("w"), mx.event_of)
        event = mx.named.get(name) if name else None
        if event is not None and m.start("w") <= pos < m.end("w"):
            return event
    return None


class _Reading(NamedTuple):
    """One event a clause reports: its trigger and the part of the clause that speaks of it."""

    hit: _Hit
    first: int  # index of the first word of its part
    last: int  # of the last (inclusive)
    speaker: list[str]  # for what a speaker says: who says it (the event's agent when it names none)
    agreed: bool = False  # what an agreement before it is on («اتفقا على هدنة …»): an event only if dated
    told: bool = False  # the_speaker_told_of: a speech the statement before it tells, dated from its name on


#: Quotes that open and close a name («مجموعة "العصائب الحمراء"»), and how many words it may have.
_OPENING_QUOTES: Final = frozenset({'"', "«", "“"})
_CLOSING_QUOTES: Final = frozenset({'"', "»", "”"})
_QUOTED_NAME: Final = 4
#: Prepositions whose object is not who acts, when someone else is named free of one («انتزعت
#: الوحدات منبج من تنظيم داعش»).
_OBLIQUE: Final = frozenset({"من", "في", "عن"})
#: Words that tie an unnamed speaker to the body it speaks for («مسؤول في البيت الأبيض», «متحدث باسم …»).
_OF_A_BODY: Final = frozenset({"في", "من", "باسم", "لدي", "داخل", "ب"})
#: How many words may qualify an unnamed speaker's head («مصدر امني سوري رفيع»).
_SPEAKER_WORDS: Final = 3
#: How many words may qualify a described party's head: fewer, for the object often follows the subject
#: at once («استهدفت طائرات مسيرة مجهولة | سيارة»).
_PARTY_WORDS: Final = 2
#: The partitive «من» between a party's head and the group it is of («مقاتلين من العشائر العربية»,
#: «عناصر من الجيش»), and how many words of the group may stand between it and the verb.
_PARTITIVE: Final = "من"
#: spoken_for (actors25): a spokesman's head and the «باسم» («in the name of») of whom he speaks for, which
#: a name of no known body may follow («المتحدث باسم القبائل», «الناطق باسم العملية»): the speaker's phrase.
_SPEAKS_FOR: Final = frozenset({"المتحدث", "متحدث", "الناطق", "ناطق",
                                "المتحدثه", "متحدثه", "الناطقه", "ناطقه"})  # a spokeswoman (speak46)
_IN_THE_NAME_OF: Final = "باسم"
_PARTITIVE_WORDS: Final = 3
#: the_complement_s_subject (actor48): the complementizers a described subject may follow, and how many
#: words its phrase may run to before the verb («أن الوحدات المدافعة عن المطار خاضت»).
_THAT: Final = frozenset({"ان", "بان", "وان"})
_COMPLEMENT_SUBJECT_WORDS: Final = 5
#: ... its role: a described party that names the doer of an event read anyway, and saves none that names
#: nobody else (``nobody``: no added event, only its actor).
_SUBJECT_AFTER_THAT: Final = "described subject"


#: A bracket or a dash between a phrase and the speech verb after it: the phrase is set apart, a
#: dateline's desk («أوغاريت بوست (مركز الأخبار) - أعلن»), no speaker (set_apart).
_SET_APART: Final = re.compile("[()\\[\\]\\-\u2013\u2014]")


def _spoken_to(first: int, last: int, words: Sequence[_Word], part: Sequence[_Actor]) -> int | None:
    """the_one_spoken_to (actor50): the index of the first word of a party named by its name (no
    demonym) inside a speaker's phrase *first*..*last* right after a definite word or after a word that
    qualifies the head («المقاتلون الأكراد | دمشق», «عواصم غربية وعربية | موسكو»), or None. Not a name
    after «ل» («المركز الإعلامي لقسد»: whose the centre is), nor one after a preposition."""
    for x in part:
        if x.how == "demonym" or not words[first].end < x.lead <= words[last].end:
            continue
        k = _word_index(words, x.lead)
        if words[k].text.startswith("ل") or words[k - 1].text == "ل" or words[k - 1].text in _PREPOSITIONS:
            continue  # «لقسد», «لـ"قسد"» (the ل set apart by a tatweel and a quote), «من حزب الله»
        if k - 1 > first or words[first].text.startswith("ال") or words[first].text in T.KEEPS_ITS_NUN:
            return k  # «ويتهم ناشطون التنظيم»: a head with its «ن» governs none (the_head_keeps_its_nun)
    return None


def _unnamed(verb: _Hit, words: Sequence[_Word], folded: str,
             role_of: Callable[[str], str | None] = speaker_role,
             stop: int | None = None, after_only: bool = False) -> tuple[int, int, str] | None:
    """The speaker of a speech verb that the report does not name: a head noun of ``speaker_heads``
    right after the verb («وقالت مصادر محلية إن …») or just before it («مصادر تركية قد أكدت»), with
    the words that qualify it — as (first word, last word, role), or None. With *role_of*
    :func:`~syrtimeline.events.actors.agent_role`, the party a verb of what happened describes: its
    subject right before it («قوات الأمن انتشرت», «الطيران الحربي لا يزال يستهدف …»: the subject, not
    the object after the verb), else right after it («استهدفت طائرات مسيرة …»); with *after_only*, right
    after it only (a relative clause's verb: «ضربات بطائرات مسيرة شنتها قسد», the word before is the noun's).
    """
    party = role_of is agent_role or role_of is _crowd_role

    def joined(i: int) -> bool:  # words i and i+1 with nothing but spaces and quotes between them
        return not folded[words[i].end:words[i + 1].start].strip(" \t\"'«»“”")

    def extent(k: int) -> int:
        j = k
        while (j + 1 < len(words) and j + 1 != stop and j - k < (_PARTY_WORDS if party else _SPEAKER_WORDS)
               and joined(j)
               and words[j + 1].text not in _COMPLEMENTIZERS
               and ((speaker_continues(words[j + 1].text)
                     and (party or not told_to(words[j + 1].text)))  # «مصادر | لمندوبة سانا»: told_to
                    or (not party and owned_report(k, j)))
               and not new_phrase(j)):
            j += 1
        if (not party and j == k and words[k].text in _SPEAKS_FOR and j + 2 < len(words) and joined(j)
                and joined(j + 1) and words[j + 1].text == _IN_THE_NAME_OF and j + 2 != stop
                and words[j + 2].text not in _COMPLEMENTIZERS and speaker_continues(words[j + 2].text)
                and (j + 3 == len(words) or not joined(j + 2) or words[j + 3].text in _COMPLEMENTIZERS)):
            # spoken_for (actors25): «وأفاد المتحدث باسم القبائل بأن»: whom the spokesman speaks for, one
            # word the phrase ends with (a longer one, «باسم القيادة المشتركة للجيش الحر», may name a body)
            j += 2
        return j

    def owned_report(k: int, j: int) -> bool:  # «تقرير | لموقع …»: its owner (the_report_of_an_outlet)
        return j == k and words[k].text in T.REPORT_OF and outlet_head(words[j + 1].text)

    def new_phrase(j: int) -> bool:  # «الدفاعات الجوية | طائرة مسيرة»: a definite word, then a head;
        nxt = words[j + 1].text       # «فصائل محلية | ومجموعات عشائرية»: «و» and a head
        return party and ((words[j].text.startswith("ال") and bool(role_of(nxt)))
                          or (nxt[:1] == "و" and bool(role_of(nxt[1:])))
                          # and_the_next: «السلطات المحلية | والأمم المتحدة»: a definite phrase, then «و»
                          # and another definite word: a second party (actors20)
                          or (words[j].text.startswith("ال") and nxt.startswith("وال")))

    def edge(k: int) -> bool:  # «وقصفت أطراف البلدة»: the town's outskirts, no party (a_place_s_edge)
        return party and k + 1 < len(words) and a_place_s_edge(words[k].text, words[k + 1].text)

    def quoted_from(k: int) -> int | None:  # «سيطر "جيش الفتح" على …»: a name in quotes, its last word
        if not party or folded[words[k].start - 1:words[k].start] not in _OPENING_QUOTES:
            return None
        for j in range(k, min(len(words), k + _QUOTED_NAME)):
            if folded[words[j].end:words[j].end + 1] in _CLOSING_QUOTES:
                return j
            if j + 1 == len(words) or not joined(j):  # a quote the clause never closes names nobody
                return None
        return None

    def after() -> tuple[int, int, str] | None:
        k = verb.last + 1
        while k < len(words) and words[k].text in T.SPEAKER_GAP and joined(k - 1):
            k += 1
        if party and k + 1 < len(words) and words[k].text in T.PARTY_DEMONSTRATIVES and joined(k - 1):
            k += 1  # «عقب سيطرة هذه القوات على …»: the party is the head after the demonstrative (this_party)
        if k < len(words) and (j := quoted_from(k)) is not None:
            return k, j, "described party"
        if k < len(words) and joined(k - 1) and (role := role_of(words[k].text)) and not edge(k):
            j = extent(k)
            # «نقلت وكالة سانا عن مصدر عسكري قوله»: the outlet carries the words of the one it quotes
            if j + 2 < len(words) and words[j + 1].text == "عن" and (quoted := role_of(words[j + 2].text)):
                return j + 2, extent(j + 2), quoted
            return k, j, role
        return None

    def partitive(k: int) -> tuple[int, int, str] | None:
        """«مقاتلين من العشائر العربية سيطروا»: a head, «من» and the group it is of, run up to the
        verb (word *k* is the last before it): the whole phrase is the subject."""
        for of in range(k - 1, max(0, k - _PARTITIVE_WORDS - 1), -1):
            if words[of].text != _PARTITIVE:
                continue
            head = of - 1
            free = head == 0 or words[head - 1].text not in _PREPOSITIONS
            if (free and (role := role_of(words[head].text))
                    and all(joined(j) and (j + 1 == of or speaker_continues(words[j + 1].text))
                            for j in range(head, k))):
                return head, k, role
            return None
        return None

    def after_that(k: int) -> tuple[int, int, str] | None:
        """the_complement_s_subject (actor48): «أفادت سانا بأن مجموعات خارجة عن القانون اعتدت على …»:
        right after «أن / إن / بأن», a head whose phrase runs, unbroken, up to the verb (word *k* is the
        last before it) is the subject, however many words qualify it: none of them a verb, a relative
        pronoun, an accusative with tanween or a word joined by «و / ف», nor the verb joined so."""
        if words[k + 1].text[:1] in ("و", "ف"):
            return None  # «أن الدفاعات الجوية تصدت للصواريخ وأسقطت»: a verb joined to another has its subject
        for head in range(k - 1, max(0, k - _COMPLEMENT_SUBJECT_WORDS) - 1, -1):
            if head == 0 or words[head - 1].text not in _THAT:
                continue
            role = role_of(words[head].text)
            if role and not edge(head) and all(
                    joined(j) and not a_past_verb(w := words[j + 1].text) and w not in _RELATIVE
                    and not w.endswith(_TANWEEN) and w[:1] not in ("و", "ف") for j in range(head, k)):
                return head, k, _SUBJECT_AFTER_THAT  # «أن المدفعية التركية دخلت …، فقصفت»: no verb in it
            return None
        return None

    def before() -> tuple[int, int, str] | None:
        k = verb.first - 1
        qad = False
        while k >= 0 and (words[k].text in ("قد", "لقد") or (party and words[k].text in T.AUXILIARIES)):
            qad = qad or words[k].text in ("قد", "لقد")
            k -= 1
        # a speaker's phrase may run up to the verb; a party's subject stands right before it, or a
        # head and the quoted name after it («مجموعة "العصائب الحمراء" نفذت»); subject_before_qad
        # (actors30): before «قد» the subject's whole phrase, its head and the words that qualify it
        # («وكانت مجموعة إرهابية مسلحة قد اغتالت»), as a speaker's may
        back = (_PARTY_WORDS + 1 if qad else 1) if party else _SPEAKER_WORDS
        if party and k >= 0 and folded[words[k].end:words[k].end + 1] in _CLOSING_QUOTES:
            def opens(i: int) -> bool:  # a quote right before word i
                return folded[words[i].start - 1:words[i].start] in _OPENING_QUOTES

            j = k
            while j > max(0, k - _QUOTED_NAME) and not opens(j):
                j -= 1
            if opens(j):
                back = k - j + 1
        if party and (whose := partitive(k)) is not None:
            return whose
        if party and k >= 1 and role_of(words[k].text) and (first := role_of(words[k - 1].text)) \
                and joined(k - 1) and extent(k - 1) >= k and not edge(k - 1) \
                and (k == 1 or words[k - 2].text not in _PREPOSITIONS):
            # the_head_before_its_qualifier (heads54): a head qualified by a word the table reads as a head
            # too («إن مسلحين مجهولين أطلقوا», «عناصر الفصائل انسحبوا»): the phrase opens at the first
            return k - 1, k, first
        for head in range(k, max(-1, k - back - 1), -1):
            if party and head > 0 and words[head - 1].text in _PREPOSITIONS:
                continue  # «على الفصائل»: the object of a preposition acts in nothing
            if not party and head > 0 and words[head - 1].text in _IN_AN_OCCASION:
                continue  # occasion_not_speaker (stmt48): «وفي بيان لاحق، أعلنت الوزارة»: where it was said
            text = words[head].text
            role = role_of(text) or (role_of(text[1:]) if text[:1] in ("و", "ف") else None)
            if not role or edge(head):
                continue
            end = extent(head)
            if not party and _SET_APART.search(folded, words[k].end, words[k + 1].start):
                return None  # set_apart (speakers28): «أوغاريت بوست (مركز الأخبار) - أعلن»: a dateline
            if end >= k or (not party and words[end + 1].text in _OF_A_BODY and k - end <= 2):
                return head, k, role  # «مصدرين في المعارضة أكدا»: with the body it speaks for
        return after_that(k) if party and k >= 0 else None

    if after_only:
        return after()
    if party:
        return before() or after()
    told = after()
    if told is not None and told[2] == "media" and (subject := before()) is not None \
            and subject[1] == verb.first - 1:
        # «غير أن مصدرين أفادا وكالة فرانس برس بأنه»: a speaker right before the verb says it, and the
        # outlet after the verb is told it (told_to)
        return subject
    return told or before()


#: occasion_not_speaker (stmt48): the words before a speaker's head that make it the occasion of the
#: speech, not who speaks («وفي بيان لاحق، أعلنت الوزارة»).
_IN_AN_OCCASION: Final = frozenset({"في", "وفي"})
#: a_speaker_written_out (kinds35): how many words the subject of a speech verb may run to.
_WRITTEN_OUT_WORDS: Final = 4
#: ... and how many words of its seat («في X») may follow it.
_SEAT_WORDS: Final = 3
#: ... or of who the speaker is, told after a comma («، وهو صحفي مدني في حمص القديمة،»).
_APPOSED_WORDS: Final = 8
#: ... and between «كان» and «قد» before the verb.
_BEFORE_QAD_WORDS: Final = 6
#: ... the tanween of an accusative that ends it («تعليقاً»), and how many letters an indefinite plural alone
#: must have to be read as a group of people.
_TANWEEN: Final = "\u064b"
_GROUP_LETTERS: Final = 5


def _joined_in(folded: str, words: Sequence[_Word], i: int) -> bool:
    """Whether word *i* follows the word before it with nothing but spaces and quotes between them."""
    return not folded[words[i - 1].end:words[i].start].strip(" \t\"'«»“”")


def _seat_end(words: Sequence[_Word], folded: str, last: int) -> int | None:
    """a_speaker_written_out (kinds35): where the seat a speaker's phrase (ending at word *last*) is
    told with ends — «في» (``_OF_A_BODY``) and up to ``_SEAT_WORDS`` words, up to a comma — or None."""
    if last + 2 < len(words) and words[last + 1].text in T.APPOSED \
            and not _joined_in(folded, words, last + 1):
        # «وقال عمر التلاوي، وهو صحفي مدني في حمص القديمة، …»: who he is, up to the next comma
        end = last + 1
        while end + 1 < len(words) and _joined_in(folded, words, end + 1) and end - last < _APPOSED_WORDS:
            end += 1
        return words[end].end
    if last + 2 >= len(words) or words[last + 1].text not in _OF_A_BODY:
        return None
    end = last + 2
    while end + 1 < len(words) and end + 1 - (last + 2) < _SEAT_WORDS and _joined_in(folded, words, end + 1) \
            and words[end + 1].text not in _COMPLEMENTIZERS:
        end += 1
    return words[end].end


#: What «ل» glued on a pronoun or a place's preposition makes of a word: who is told or where, no name.
_LAM_TOLD: Final = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "دي", "ـ"})


def _a_name_with_lam(word: str) -> bool:
    """a_name_with_lam (stmt50): whether *word* (folded), which begins with «ل», may begin a speaker's
    name written out («وقالت ليزا أبو خالد، …»): not «ل» glued on a hearer, an outlet, a pronoun or
    «لدى» («وقال لوكالة», «وقالت لها», «وقال لـ»), nor a word after «لل»."""
    return not (told_to(word) or word[1:] in _LAM_TOLD or word.startswith(("لل", "لـ")) or len(word) < 4)


def _written_out(main: _Hit, words: Sequence[_Word], folded: str, shown: Callable[[int, int], str],
                 spoken: Collection[str] | None = None) -> tuple[int, int] | None:
    """a_speaker_written_out (kinds35): the subject right after a past speech verb that opens a statement
    of its own (``OPENING_SPEECH``), written out as a noun phrase no speaker head names — up to a
    comma, a complementizer, a preposition or who is told — as (first word, last word); the caller
    lets the party it holds speak («القيادة العامة لقوات النظام»), else the phrase itself («مديرية
    الصحة», «ثلاثة مصادر أمنية»). None when no such phrase follows the verb («وقال إن», «أعلن في بيان»).
    With *spoken* (the words of the clauses told before that hold a statement), a bare name is read
    when it is a person's name written in full before and none of those words (the_name_told_before)."""
    if main.tense != "past" or main.rule.removeprefix("verb ") not in T.OPENING_SPEECH:
        return None
    k = main.last + 1

    def joined(i: int) -> bool:  # words i and i+1
        return _joined_in(folded, words, i + 1)

    def free(w: str) -> bool:
        return (w not in _COMPLEMENTIZERS and w not in _PREPOSITIONS and w not in T.NOT_A_SUBJECT
                and not told_to(w) and speaker_continues(w) and not w.isdigit())

    def adverb(i: int) -> bool:  # «وقال أكار تعليقاً على …»: an accusative with tanween ends the phrase
        return _TANWEEN in shown(words[i].start, words[i].end)[-2:]

    if main.first >= 3 and words[main.first - 1].text == "قد":
        # «وكانت القيادة العامة لقوات النظام قد أعلنت»: the subject between «كان» and «قد»
        # (bounded by both, the phrase may hold a preposition: «مجلس الأمن القومي في البيت الأبيض»)
        was = next((i for i in range(main.first - 2, max(-1, main.first - 3 - _BEFORE_QAD_WORDS), -1)
                    if words[i].text in T.WAS), None)
        if was is not None and main.first - 2 > was + 1 and all(
                joined(i) and words[i].text not in _COMPLEMENTIZERS for i in range(was + 1, main.first - 1)) \
                and words[was + 1].text not in T.NEWS_NOT_A_SPEAKER:
            return was + 1, main.first - 2
        return None
    first = words[k].text if k < len(words) else ""
    if not first or not joined(k - 1) or not (free(first) or first in T.OFFICE_HEADS) \
            or first.startswith("ب") or (first.startswith("ل") and not _a_name_with_lam(first)) \
            or first in T.NEWS_NOT_A_SPEAKER:
        return None
    j = k
    reach = _WRITTEN_OUT_WORDS
    while j + 1 < len(words) and j + 1 - k < reach and joined(j) and not adverb(j + 1):
        if free(words[j + 1].text):
            j += 1
        elif reach == _WRITTEN_OUT_WORDS and words[j + 1].text in T.TITLE_IN and first in T.TITLES_IN \
                and j + 2 < len(words) and joined(j + 1) and free(words[j + 2].text) \
                and words[j + 2].text not in T.NOT_A_SEAT and not adverb(j + 2):
            # the_title_in_its_body (speaker54): «ورأى الخبير في الشؤون الدولية نسيب حطيط أن»: a person's
            # title with «في» and the body or field it holds in, and the name after them, is one phrase (a
            # body's seat, «مديرية الصحة في إدلب», is read apart: _seat_end)
            reach += _SEAT_WORDS + 1
            j += 2
        else:
            break
    # a bare name or noun alone («وقال جيفري», «وقال الناشطون») is as often the speaker told before going on
    # (the gold's one statement) as another: only a phrase of two words or more is read
    # (an unnamed group of people told by the indefinite plural of a participle alone speaks, م…ون: «قال
    # مشاركون إن», «ذكر مواطنون»; a name is not so spelt, «جونسون» is)
    group = j == k and first.startswith("م") and len(first) >= _GROUP_LETTERS and first.endswith(("ون", "ين"))
    if j == k and not group and spoken is not None and first not in spoken \
            and _a_name_told_before(folded, words, k):
        # the_name_told_before (speaker54): «وأكد الصفدي أن» after «… ووزير الخارجية … أيمن الصفدي» told
        # arriving: a person named in full before and speaking for the first time speaks by the surname;
        # one who spoke before («وقال المراسل عمرو الحلبي … وأكد الحلبي») goes on, as the bare name does
        return k, k
    return (k, j) if j > k or group else None


def _a_name_told_before(folded: str, words: Sequence[_Word], k: int) -> bool:
    """the_name_told_before (speaker54): whether word *k* (folded), alone after a speech verb and ending its
    phrase (a complementizer, a preposition or a break right after it: «وأكد الصفدي أن», «وكتب الصدر في
    منشور»), is the last word of a person's name written in full earlier in the article, right after a word
    that may be a given name («أيمن الصفدي», «مقتدى الصدر», «توم باراك»): of ``GIVEN_NAME_LETTERS``
    letters or more, not definite, no particle, time nor word that never continues a name."""
    name = words[k].text
    if len(name) < T.GIVEN_NAME_LETTERS or not (
            k + 1 == len(words) or words[k + 1].text in _COMPLEMENTIZERS or words[k + 1].text in _PREPOSITIONS
            or not _joined_in(folded, words, k + 1)):
        return False
    told = re.compile(rf"(?<![^\W_])([^\W\d_]+)[ \t]+{re.escape(name)}(?![^\W_])")
    return any(len(given) >= T.GIVEN_NAME_LETTERS and not _definite(given) and given not in _PREPOSITIONS
               and given not in _COMPLEMENTIZERS and given not in T.NOT_A_SUBJECT and speaker_continues(given)
               for given in (m.group(1) for m in told.finditer(folded, 0, words[0].start)))


def _name_before_title(main: _Hit, words: Sequence[_Word], folded: str) -> tuple[int, int] | None:
    """the_name_before_its_title (actor51): the name written before its title, set off by a comma, as the
    subject of a past speech verb: right after it («أدان عبد الملك الحوثي، قائد حركة أنصار الله،
    الخميس …») or between «كان» and «قد» («وكان جمال رشدي، المتحدث باسم الأمين العام للجامعة، قد أعلن»),
    as (first word, last word); or None. The name is one to ``NAME_BEFORE_TITLE_WORDS`` words, the first
    not definite, none a head, a time or a particle; the title is a word of ``TITLES_AFTER_A_NAME``."""
    if main.tense != "past":
        return None

    def a_name(k: int) -> tuple[int, int] | None:
        j = k
        while j + 1 < len(words) and j + 1 - k < T.NAME_BEFORE_TITLE_WORDS \
                and _joined_in(folded, words, j + 1):
            j += 1
        if j + 1 >= len(words) or folded[words[j].end:words[j + 1].start].strip() not in _COMMAS \
                or words[j + 1].text not in T.TITLES_AFTER_A_NAME or words[k].text.startswith(("ال", "و")):
            return None
        if any(w.text in _COMPLEMENTIZERS or w.text in _PREPOSITIONS or w.text in T.NOT_A_SUBJECT
               or w.text.isdigit() or agent_role(w.text) or speaker_role(w.text) for w in words[k:j + 1]):
            return None
        return k, j

    if main.first >= 2 and words[main.first - 1].text == "قد":
        if folded[words[main.first - 2].end:words[main.first - 1].start].strip() not in _COMMAS:
            return None  # the title's phrase, set off, ends right before «قد»
        was = next((i for i in range(main.first - 2, max(-1, main.first - 3 - _BEFORE_QAD_TITLE), -1)
                    if words[i].text in T.WAS), None)
        return a_name(was + 1) if was is not None and was + 1 < main.first - 1 else None
    return a_name(main.last + 1) if main.last + 1 < len(words) and _joined_in(folded, words, main.last + 1) \
        else None


#: the_name_before_its_title: how many words may stand between «كان» and «قد» around a name and its title;
#: a comma as the folded text writes it (or as written).
_BEFORE_QAD_TITLE: Final = 14
_COMMAS: Final = frozenset({",", "،"})


def _no_subject(main: _Hit, words: Sequence[_Word]) -> bool:
    """the_subject_before: whether *main* is a verb joined to what came before («و», «ف», «ثم») whose
    subject is its own pronoun: a plural ending («وانسحبوا») or a preposition right after it («واتفقا
    على», «وسيطرت على مواقع», «واستهدفوا بالصواريخ»), not a noun that could be its subject."""
    if main.tense in ("noun", _ATTRIBUTED) or main.last + 1 >= len(words):
        return False
    verb = words[main.first].text
    if not (verb[:1] in ("و", "ف") or (main.first > 0 and words[main.first - 1].text == "ثم")):
        return False
    nxt = words[main.last + 1].text
    return verb.endswith("وا") or nxt in _PREPOSITIONS or nxt.startswith("بال")


class _DoersTold(NamedTuple):
    """the_subject_of_the_sentence_before (actors43): the doers of the last happening told, the sentence
    and the paragraph (line) that told it, its trigger's words and where it stood, the speaker whose
    words told it (none: the outlet's own), and the number and gender its doer is spoken of in."""

    sentence: int
    ids: list[str]
    trigger: str
    at: int
    speaker: list[str]
    agrees: frozenset[str]  # the forms a verb whose subject is their pronoun takes (``_doers_agree``)


def _verb_agrees(text: str, tense: str) -> str | None:
    """The number and gender a verb (folded, «و» or «ف» glued on or not) is spoken in: "pl" (a plural
    ending, «وتمكنوا», «يواصلون»), "f" («سيطرت», «تواصل»), "m" («سيطر», «يواصل»); None for a dual
    («اتفقا») or a present of no person's prefix."""
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text
    if bare.endswith(("وا", "ون")):
        return "pl"
    if bare.endswith("ا"):
        return None
    if tense == "past":
        return "f" if bare.endswith("ت") else "m"
    return "f" if bare[:1] == "ت" else "m" if bare[:1] == "ي" else None


def _doers_agree(verb: str, tense: str, surface: str, actor: Actor | None, several: bool) -> frozenset[str]:
    """The forms (``_verb_agrees``) a verb whose subject is the pronoun of the doers of *verb* may take:
    the form of *verb* itself (a verb agrees with its subject in gender), and the plural when they are
    several or a plural of people written *surface* (folded: «مسلحون», «مقاتلين», ``PEOPLE_PLURALS``;
    «هاجم مسلحون … واستهدفوا»: a verb before its subject is singular)."""
    head = next(iter(surface.split()), "")
    head = head[1:] if head[:1] == "و" and head[1:3] == "ال" else head
    person = actor is not None and is_person(actor) and actor.role != "described party"
    sound = len(head) >= _PLURAL_LETTERS and head.endswith(("ون", "ين"))  # not «فلسطين», a state
    plural = several or (not person and (head in T.PEOPLE_PLURALS or (
        sound and (actor is None or actor.role != "state"))))
    own = _verb_agrees(verb, tense)
    return frozenset({own} if own is not None else set()) | (frozenset({"pl"}) if plural else frozenset())


#: Kinds whose party named after a verb with no subject of its own acts as well («والتقى خلالها الرئيس»:
#: who was met): it keeps its place, and the doers told before are not carried over it.
_MET_AFTER: Final = frozenset({EventKind.MEETING, EventKind.CALL})
#: Sound plurals of people are words of five letters or more (not «بين»).
_PLURAL_LETTERS: Final = 5


def _carried_subject(verb: _Hit, words: Sequence[_Word], named_at: Collection[int], head: bool) -> str | None:
    """the_subject_of_the_sentence_before: the number and gender («pl», «f», «m») of the pronoun that is
    the subject of *verb* when it writes out no subject; None otherwise. With *head*, the verb opens its
    clause (nothing but ``CARRIED_SUBJECT_OPENERS`` before it); else it is joined by «و», «ف» or «ثم» to
    what came before. No subject is written out after a plural ending («وتمكنوا»), or when the word after
    it, past the words of a time (``CARRIED_SUBJECT_TIMES``: «ثم تمكنت الأربعاء من دخول …»), is a
    preposition, a definite noun with «ب» («بالصواريخ»), or an indefinite word that heads no party, named
    (*named_at*: where the clause's parties begin) or described («وأوقعت عدداً من عناصرها», «كما دفعت
    بتعزيزات»; not «وقصفت طائرات حربية», nor a definite noun: «واستهدفت الغارات مواقع»). A dual
    («واتفقا»: the_dual_s_pair) is left."""
    if verb.tense not in ("past", "present"):
        return None
    text = words[verb.first].text
    if head:
        if any(words[i].text not in T.CARRIED_SUBJECT_OPENERS for i in range(verb.first)):
            return None
    elif not (text[:1] in ("و", "ف") or (verb.first > 0 and words[verb.first - 1].text == "ثم")):
        return None
    own = _verb_agrees(text, verb.tense)
    if own is None or own == "pl":  # a dual or no person's prefix; a plural ending is its own subject
        return own
    j = verb.last + 1
    while j < len(words) and words[j].text in T.CARRIED_SUBJECT_TIMES:
        j += 1
    if j >= len(words):
        return None
    after = words[j].text
    if not (after in _PREPOSITIONS or after.startswith("بال") or (
            not after.startswith(("ال", "وال")) and words[j].start not in named_at
            and agent_role(after) is None and after not in T.DUAL_HEADS)):
        return None
    return own


#: the_subject_written_before (actors44): how many words the verb told before may stand after the
#: complementizer that opens its clause (its subject's head and the words that qualify it).
_SUBJECT_WORDS: Final = 4
#: «قبل أن», «بعد أن»: a complementizer after these opens a clause of time, not what a speaker says.
_WHEN_THAT: Final = frozenset({"قبل", "بعد"})


def _quoted_between(folded: str, a: int, b: int) -> bool:
    """Whether a quotation may stand between *a* and *b* in *folded*: a colon, or quotation marks that do
    not pair up there; marks that open and close within («تصدت لـ«أهداف معادية» في سماء دمشق») set a few
    words apart and quote no one."""
    between = folded[a:b]
    return ":" in between or len(_QUOTES.findall(between)) % 2 == 1


def _past_in(word: str, form: str) -> bool:
    """Whether a folded word may be a past verb of *form* (``_verb_agrees``): of the feminine singular,
    «ت» at its end («تصدت», «واصلت»), not the «ات» of a plural («الدفاعات», «وحدات»); of the plural,
    «وا» («هاجموا»); in four letters or more, with no article."""
    if len(word) < 4 or word.startswith(("ال", "وال", "فال")):
        return False
    return word.endswith("وا") if form == "pl" else word.endswith("ت") and not word.endswith("ات")


def _subject_right_after(before: Sequence[_Word], k: int, folded: str, named: Sequence[_Actor]
                         ) -> tuple[int, _Actor | None] | None:
    """The subject written right after the word *k* of *before*: a party named there (*named*), or one
    described by ``agent_heads`` (``_unnamed``) whose phrase opens there — as (its last word, the named
    actor or None), or None (``_subject_written_before``, ``_owner_written_before``)."""
    nxt = before[k + 1]
    actor = next((s for s in named if nxt.start <= s.lead < nxt.end), None)
    if actor is not None:
        return _word_index(before, actor.end - 1), actor
    found = _unnamed(_Hit(k, k, EventKind.STATEMENT, None, "past", "", ""), before, folded,
                     agent_role, after_only=True)
    return (found[1], None) if found is not None and found[0] == k + 1 else None


def _subject_written_before(before: Sequence[_Word], folded: str, own: str, named: Sequence[_Actor]
                            ) -> tuple[int, int, _Actor | None, int] | None:
    """the_subject_written_before (actors44): the subject written out with the verb before a verb
    joined to it that has none of its own (of the form *own*, ``_carried_subject``: «، وأسقطت معظم
    صواريخ إسرائيلية»), which goes on with it — as (its first word, its last word, the named actor it
    is or None for a described party, the verb's word), or None. *before* are the words of the sentence
    before the joined verb, read back from it to the first of: a past verb of the same form
    (``_past_in``) that opens the sentence or a clause after a comma, its subject right after it (VSO:
    «دخلت تركيا …، إذ أسقطت طائرة … واستهدفت مواقع»; one joined by «و» or «ف» inside the sentence is
    passed over, joined to one before it in turn); or a complementizer (not «قبل أن»: a time's) whose
    clause writes its subject first (SVO: «أن وسائط الدفاع الجوي تصدت …»), the verb of that form right
    after it. The subject is a party named there (*named*: the sentence's named parties), or one
    described by ``agent_heads`` (``_unnamed``, its phrase cut before the verb)."""
    if own not in ("f", "pl"):
        return None
    for k in range(len(before) - 2, -1, -1):
        if _past_in(before[k].text, own) and (k == 0 or any(
                c in folded[before[k - 1].end:before[k].start] for c in ("،", ","))):
            # VSO: «دخلت تركيا …، إذ أسقطت طائرة حربية سورية واستهدفت مواقع»: a verb of the same form
            # opening the sentence or a clause after a comma, its subject right after it; one joined by «و»
            # or «ف» inside the sentence («، وأصابت طائرة حربية») is joined to one before it in turn, the
            # word after it its object
            if k > 0 and before[k].text[:1] in ("و", "ف"):
                continue
            subject = _subject_right_after(before, k, folded, named)
            return None if subject is None else (k + 1, subject[0], subject[1], k)
        if not _opens_what_is_said(before, k) or (k > 0 and before[k - 1].text in _WHEN_THAT):
            continue  # «قبل أن يفجرا»: a time's clause, no speech's
        subject = _subject_right_after(before, k, folded, named)
        if subject is None:
            return None
        first, (last, actor) = k + 1, subject
        verb = next((j for j in range(first + 1, min(len(before), last + 2))
                     if _past_in(before[j].text, own)), None)
        if verb is None or verb - first > _SUBJECT_WORDS or (actor is not None and verb != last + 1) \
                or _quoted_between(folded, before[k].end, before[verb].start):
            return None
        return first, verb - 1, actor, verb
    return None


def _written_doers(told: tuple[int, int, _Actor | None, int], before: Sequence[_Word],
                   spans: Sequence[_Actor], show: Callable[[int, int], str], new_actors: dict[str, Actor],
                   *, side: bool) -> tuple[list[str], str]:
    """The doers of a subject written before (*told*, as ``_subject_written_before`` and
    ``_owner_written_before`` give it) and its words: the named party; or the described one
    (``described_party``, added to *new_actors*) with the parties named inside its phrase and, with
    *side*, after «من» right after it («قوات الجيش الإسرائيلي», «قوات من الجيش الإسرائيلي»:
    described_with_its_side)."""
    first, last, named, _verb = told
    if named is not None:
        return [named.id], show(named.start, named.end)
    said = " ".join(_QUOTES.sub(" ", show(before[first].start, before[last].end)).split())
    party = described_party(said)
    new_actors.setdefault(party.id, party)
    of = before[last + 2] if side and last + 2 < len(before) and before[last + 1].text == _PARTITIVE else None
    return list(dict.fromkeys([party.id, *(
        x.id for x in spans if before[first].end <= x.lead < before[last].end
        or (of is not None and of.start <= x.lead < of.end))])), said


def _owned(word: str, rule: str) -> bool:
    """Whether a trigger's word (folded) is its noun, or its verb's form, with a possessive pronoun of
    ``OWNER_PRONOUNS`` glued on: the noun's table entry (*rule*: "noun هجوم") ends the word without it
    («هجومه», «انسحابها»), or does with its feminine ending «ة» (folded «ه») written «ت» («سيطرته»); a
    verb's past stem («verb سيطر/سيطر») does with «ت» («سيطرتها», «سيطرته»: the noun read as the verb of
    the same letters), or without it before a pronoun other than «ه» («تقدمها»); not «السيطره» nor
    «استعاده» (read as «استعاد»), a noun whose «ة» is folded to «ه», with no pronoun."""
    verb = rule.startswith("verb ")
    entry = rule.split(" ", 1)[-1].split("/")[0]
    for pronoun in T.OWNER_PRONOUNS:
        if word.endswith(pronoun):
            base = word[:-len(pronoun)]
            if base.endswith((entry + "ت", *([entry] if pronoun != "ه" else [])) if verb
                             else (entry, entry.removesuffix("ه") + "ت")):
                return True
    return False


def _owner_written_before(before: Sequence[_Word], folded: str, named: Sequence[_Actor]
                          ) -> tuple[int, int, _Actor | None, int] | None:
    """the_owner_written_before (actors45): the party that owns a happening told by its noun with a
    possessive pronoun glued on, the noun right after *before* (the words of its sentence before it):
    the subject written right after a verb of ``OWN_DEED_VERBS`` («أعلنت فصائل معارضة محلية سيطرتها»),
    named (*named*) or described (``_unnamed``), ending right before the noun or one of ``OWNED_MEASURES``
    — as (its first word, its last word, the named actor or None, the verb's word), or None. A verb
    right before the noun (past the words of a time, ``CARRIED_SUBJECT_TIMES``: «واصلت صباح اليوم
    تقدمها») writes its subject before it, as a joined verb does: ``_subject_written_before`` reads it
    (SVO, «أن وحدات الجيش أحكمت سيطرتها», or VSO)."""
    v = len(before) - 1
    while v > 0 and before[v].text in T.CARRIED_SUBJECT_TIMES:
        v -= 1
    if v >= 0 and T.OWN_DEED_VERBS.intersection(stems(before[v].text)):
        own = _verb_agrees(before[v].text, "past")
        told = _subject_written_before(before[:v + 1], folded, own, named) if own is not None else None
        if told is not None and told[2] is None and told[1] > told[0] \
                and before[told[1]].text in T.OWNED_MEASURES:  # «ووسعت وحدات الجيش نطاق سيطرتها»
            told = (told[0], told[1] - 1, None, told[3])
        return told
    for k in range(len(before) - 2, max(-1, len(before) - 2 - T.OWNER_REACH), -1):
        if not T.OWN_DEED_VERBS.intersection(stems(before[k].text)):
            continue
        subject = _subject_right_after(before, k, folded, named)
        if subject is None:
            return None
        last, actor = subject
        if last > k + 1 and before[last].text in T.OWNED_MEASURES:
            last -= 1  # «وسعت القوات الكردية نطاق سيطرتها»: the measure is no word of the party's
        measured = last == len(before) - 2 and before[-1].text in T.OWNED_MEASURES
        if not (last == len(before) - 1 or measured) \
                or _quoted_between(folded, before[k].end, before[-1].end):
            return None
        return k + 1, last, actor, k
    return None


def _force_owner_before(before: Sequence[_Word], folded: str, own: str, named: Sequence[_Actor]
                        ) -> tuple[int, int, _Actor | None, int] | None:
    """the_force_s_owner_before (pron47): the party that owns a force named by a possessive pronoun
    right after a noun trigger («إثر انتشار قواتها», «بعد انتشار عناصرها»), *own* the pronoun's form
    (``FORCE_OWNER_FORMS``): the subject of the nearest past verb of that form before the noun in its
    sentence (*before*), a pronoun of its object glued on or not (``OWNER_PRONOUNS``: «بذلتها») —
    written right after it (VSO: «جهود بذلتها الوزارة لتطبيق الاتفاق، إثر انتشار قواتها») or before
    it after a complementizer (SVO: «إن الوزارة تمكنت … بعد انتشار عناصرها», as
    ``_subject_written_before`` reads it) — as (its first word, its last word, the named actor or None,
    the verb's word), or None."""
    for k in range(len(before) - 2, -1, -1):
        word = before[k].text
        bare = next((word[:-len(p)] for p in T.OWNER_PRONOUNS if word.endswith(p)), word)
        if not (_past_in(word, own) or (bare != word and _past_in(bare, own))):
            continue
        subject = _subject_right_after(before, k, folded, named)
        if subject is not None:
            last = subject[0]
            if subject[1] is None:  # «بذلتها الوزارة لتطبيق الاتفاق»: the purpose is not the party's
                last = next((j for j in range(k + 2, last + 1) if before[j].text.startswith("ل")),
                            last + 1) - 1
            return k + 1, last, subject[1], k
        return _subject_written_before(before[:k + 1], folded, own, named) if bare == word else None
    return None


def _owner_named_before(spans: Sequence[_Actor], start: int, end: int, speaker: Collection[str],
                        folded: str) -> _Actor | None:
    """the_owner_named_before (owner46): the last party named in its sentence (from *start*) before the
    owned noun at *end*, no place («في سوريا») and not the speaker; or None."""
    for x in reversed(spans):
        if start <= x.lead and x.end <= end:
            return None if x.id in speaker or _a_place(x, folded, start) else x
    return None


#: «نقلت عنها»: the verb and the pronoun of one who carried the words of the sources before them.
_CARRIED: Final = frozenset({"نقلت", "نقل", "نقلتها", "نقلته"})
_FROM_THEM: Final = frozenset({"عنها", "عنه", "عنهم", "عنهما"})


def _the_dual_before(before: Sequence[_Word]) -> _Word | None:
    """the_dual_s_pair: the last dual head (``triggers.DUAL_HEADS``: «الطرفين», «الوزيران») among the
    words *before* a dual verb in its sentence that a dual verb follows right after («الطرفين جددا»,
    «الجنرالين ناقشا»); or None (actors23)."""
    for k in range(len(before) - 2, -1, -1):
        if before[k].text in T.DUAL_HEADS and before[k + 1].text.endswith("ا"):
            return before[k]
    return None


def _relaying_outlet(words: Sequence[_Word], last: int, here: Sequence[_Actor]) -> _Actor | None:
    """relayed_by_outlet (none23): the named actor right after «نقلت عنها» that follows the unnamed
    sources ending at word *last* («وفق مصادر محلية نقلت عنها وكالة الأنباء السورية "سانا"»), or None."""
    if last + 3 >= len(words) or words[last + 1].text not in _CARRIED \
            or words[last + 2].text not in _FROM_THEM:
        return None
    return _actor_in(here, words[last + 3])


def _actor_in(here: Sequence[_Actor], word: _Word) -> _Actor | None:
    """The first actor of *here* whose phrase begins in *word*, or None."""
    return next((s for s in here if word.start <= s.lead < word.end), None)


def _relayed(main: _Hit, words: Sequence[_Word], folded: str, here: Sequence[_Actor],
             show: Callable[[int, int], str]) -> tuple[str, str, Actor | None] | None:
    """Whose words a relaying verb carries («نقلت الوكالة عن محافظ حمص …», ``RELAYED_BY``): the actor
    named right after its «عن», else the speaker's phrase there (``_unnamed``), as (actor id, words,
    the new actor of an unnamed speaker or None)."""
    at = next((k for k in range(main.last + 1, min(len(words), main.last + 1 + _RELAY_REACH))
               if words[k].text == "عن"), None)
    if at is None or at + 1 >= len(words):
        return None
    nxt = words[at + 1]
    named = _actor_in(here, nxt)
    if named is not None:
        return named.id, show(named.start, named.end), None
    found = _unnamed(main._replace(first=at, last=at), words, folded)
    if found is None or found[0] != at + 1:
        return None
    first, last, role = found
    said = show(words[first].start, words[last].end)
    teller = unnamed_speaker(said, role)
    return teller.id, said, teller


def _attributions(words: Sequence[_Word], here: Sequence[_Actor], folded: str,
                  show: Callable[[int, int], str]) -> list[_Hit]:
    """«بحسب المرصد», «وفقاً لوكالة سانا»: a report attributed to a teller named right after a word of
    ``ATTRIBUTIONS`` is that teller's statement. The hit runs from the word over the teller's phrase:
    a speaker's head right after it, with the words that qualify it («بحسب مراسل الأناضول», «وفقاً
    لوكالة الأنباء السورية», ``_unnamed``), or an actor whose phrase begins in the next word."""
    out: list[_Hit] = []
    for i, w in enumerate(words[:-1]):
        bare = _bare(w.text, T.ATTRIBUTIONS)
        nxt = words[i + 1]
        if bare not in T.ATTRIBUTIONS or nxt.text in T.ATTRIBUTED_BY_VERB:
            continue
        last = -1
        teller = _actor_in(here, nxt)
        if teller is not None:
            last = max(i + 1, _word_index(words, teller.end - 1))
        found = _unnamed(_Hit(i, i, EventKind.STATEMENT, None, _ATTRIBUTED, "", ""),
                         _told_by(words, i), folded)
        if found is not None and found[0] == i + 1 and nxt.text not in T.STATEMENT_SPEAKS:
            last = max(last, found[1])  # not «بحسب بيان الخارجية»: a statement speaks after a verb only
        if last > i and not _hearsay(words, i, last):
            out.append(_Hit(i, last, EventKind.STATEMENT, None, _ATTRIBUTED, f"attribution {bare}",
                            show(w.start, words[last].end)))
    return out


def _side_next_to_head(described: tuple[int, int, str], words: Sequence[_Word],
                       here: Sequence[_Actor]) -> bool:
    """Whether a described phrase names no one, or names its side right after its head («وحدات الجيش»,
    «وحدات من الجيش السوري»: described_with_its_side) or another party joined by «و»; a name further
    in («القيادة العامة للجيش السوري») is the phrase's own name, which acts alone."""
    first, last, _ = described
    inside = [s.lead for s in here if words[first].start < s.lead < words[last].end]
    if not inside:
        return True
    nxt = first + 1 + (first + 2 <= last and words[first + 1].text == "من")
    at = next((k for k in range(first, last + 1) if words[k].start <= inside[0] < words[k].end), last)
    # «السلطات المحلية والأمم المتحدة»: a name joined by «و» is another party, not the phrase's
    return (nxt <= last and inside[0] == words[nxt].start) or words[at].text[:1] == "و"


#: How many words may stand between a speech verb whose subject is elided and the «أن» it speaks
#: («وأوردت في بيان على موقعها أن»).
_ELIDED_REACH: Final = 6


def _the_body_told_before(mx: _Matchers, said_by: str, last_speakers: Sequence[str],
                          before: str) -> str | None:
    """``the_body_goes_on`` (false25): the name of *said_by* when it is one definite noun («الوزارة»,
    «القيادة», «اللجنة») that the name of one of *last_speakers* opens with («وزارة الداخلية», «القيادة
    العامة للجيش»), that name written in *before* (the folded text before the clause: stmt50,
    told_as_written — «السلطات» after a ministry of a state whose names hold «السلطات السورية» but
    the text never wrote them is another speaker): the body told before, named again; else None."""
    told = mx.actor(said_by)
    if told is None or len(told.names_ar) != 1:
        return None
    name = fold(told.names_ar[0])
    if " " in name or not name.startswith("ال") or len(name) < 5:
        return None
    for x in last_speakers:
        told_before = mx.actor(x)
        if told_before is not None and any(fold(n).split()[0] in (name, name[2:]) and fold(n) in before
                                           for n in told_before.names_ar if fold(n) != name):
            return told.names_ar[0]
    return None


def _speaker_elided(main: _Hit, words: Sequence[_Word], here: Sequence[_Actor]) -> str | None:
    """``speaker_elided``: the «أن» (folded) a speech verb speaks when its clause names no one before it
    («وأضافت في بيانها أنها اعتقلت …»: the verb's pronoun is the speaker told before); else None."""
    if main.tense == "noun" or main.tense == _ATTRIBUTED:
        return None
    stop = next((k for k in range(main.last + 1, min(len(words), main.last + 1 + _ELIDED_REACH))
                 if words[k].text in _COMPLEMENTIZERS), None)
    if stop is None:
        return None
    if any(s.lead < words[stop].start for s in here):
        return None
    return words[stop].text


def _bare(word: str, known: Collection[str]) -> str:
    """*word*, or the word of *known* it is with a و or ف glued on («وبحسب» → بحسب; «وفقا» stays,
    it is a word of its own)."""
    return word[1:] if word not in known and word[:1] in ("و", "ف") and word[1:] in known else word


def _laid_to(words: Sequence[_Word], spans: Sequence[_Actor]) -> _Actor | None:
    """laid_to (actors28): the actor a word of ``LAID_TO`` lays what happened to, named right after the
    «إلى» that follows it within ``LAID_TO_REACH`` words («نسبتها دمشق وموسكو إلى إسرائيل»), or None."""
    for i, w in enumerate(words):
        if _bare(w.text, T.LAID_TO) not in T.LAID_TO:
            continue
        for j in range(i + 1, min(len(words) - 1, i + 1 + T.LAID_TO_REACH)):
            if words[j].text == "الي":
                return next((s for s in spans if s.lead == words[j + 1].start), None)
    return None


def _told_by(words: Sequence[_Word], i: int) -> Sequence[_Word]:
    """The words of a clause with the ل of the teller after an attribution word *i* taken off
    («وفقاً لوكالة» → وكالة, «للوكالة» → الوكالة), so that its head reads as a speaker's."""
    if i + 1 >= len(words) or not words[i + 1].text.startswith("ل") or len(words[i + 1].text) < 4:
        return words
    told = words[i + 1].text
    told = "ا" + told[1:] if told.startswith("لل") else told[1:]
    return [*words[:i + 1], words[i + 1]._replace(text=told), *words[i + 2:]]


def _between(main: _Hit, words: Sequence[_Word], folded: str) -> tuple[int, int, str] | None:
    """«اشتباكات في السويداء بين فصائل محلية ومجموعات عشائرية»: the first party a clash (or an
    agreement: «بموجب اتفاق بين السلطات المحلية والأمم المتحدة», «اتفاق 5 آذار بين الجانبين», actors19) is
    between, when the report describes it rather than names it (the phrase after «بين», a few words on)."""
    for b in range(main.last + 1, min(len(words) - 1, main.last + 1 + _PARTIES_WITHIN)):
        # agreed_with (actors23): an agreement made with a party it describes («بعد الاتفاق مع الأهالي»)
        if words[b].text == "بين" or (main.kind is EventKind.AGREEMENT and words[b].text == "مع"):
            return _unnamed(main._replace(first=b, last=b), words, folded, agent_role)
    return None


def _the_pair_met(main: _Hit, words: Sequence[_Word]) -> tuple[int, int, str] | None:
    """the_pair_met (pairs38): a pair named as such in its oblique case right after a meeting noun
    («لقاء الرئيسين»), after the «بين» that follows it («المحادثات بين الرئيسين») or after the verb
    that brings the two together («لقاء جمع الزعيمين»): the pair met (:func:`~syrtimeline.events.actors.
    pair_of`), as (its word, its word, role); or the two officials of the pair there, a dual of
    ``PAIR_OFFICIALS`` with the words of their office and the pair («بين وزيري خارجية البلدين»:
    the_pair_s_officials, owner46), as (their first word, the pair's word, role); or None."""
    k = main.last + 1
    if k < len(words) and words[k].text in _BRINGS_TOGETHER:
        k += 1
    if k < len(words) and pair_of(words[k].text) is not None and words[k].text.endswith("ين"):
        return k, k, "described party"
    if k < len(words) and words[k].text in T.PAIR_OFFICIALS:
        # the_pair_s_officials (owner46): «اجتماع بين وزيري خارجية البلدين»: the two officials of the pair
        # met, a party described by their phrase (the two persons, not the two states: no pair read)
        for j in range(k + 1, min(len(words), k + 2 + T.PAIR_OFFICE_WORDS)):
            if _oblique_pair(words[j].text):
                return k, j, "described party"
    return None


def _oblique_pair(word: str) -> bool:
    """Whether a folded word is a pair named as such in its oblique case («البلدين», «الجيشين»:
    :func:`~syrtimeline.events.actors.pair_of`)."""
    return word.endswith("ين") and pair_of(word) is not None


def _the_pair_before(main: _Hit, words: Sequence[_Word]) -> tuple[int, int, str] | None:
    """the_pair_s_deed (owner46): a pair named as such in its oblique case right before a noun trigger,
    the genitive of the noun before it and the doer of the noun after it («بدء الجيشين تسيير دوريات»):
    the pair acts (as its word, its word, role), or None."""
    k = main.first - 1
    if main.tense == "noun" and k > 0 and _oblique_pair(words[k].text):
        return k, k, "described party"
    return None


#: The words between a meeting noun and the pair it names that bring the two together (the_pair_met).
_BRINGS_TOGETHER: Final = frozenset({"بين", "جمع"})

#: How many words may stand between a battle and the verb after it that launches it («معركة "إدلب"
#: التي أطلقتها الفصائل»: two); a verb before it is its light verb («أطلقت الفصائل … معركة»).
_LAUNCH_REACH: Final = 4
#: How many words may stand between a happening and the «بين» that names its parties (``_others_between``).
_BETWEEN_WITHIN: Final = 4
#: ... and between a clash and the «بين» of the parties it describes when none is named (``_between``): a
#: clause and a day may come first («احتدمت المعارك التي اندلعت ليل الخميس - الجمعة بين مجموعات …»).
_PARTIES_WITHIN: Final = 7

#: How many words may stand between a noun trigger and the relative pronoun whose clause describes it
#: («الهجوم الكيميائي الذي استهدف …»: one).
_DESCRIBED_WITHIN: Final = 3


def _described(hits: Sequence[_Hit], words: Sequence[_Word], trace: list[str],
               folded: str = "") -> list[_Hit]:
    """Hits with each verb of a relative clause that describes a noun trigger folded into that noun:
    «الهجوم الذي استهدف خان شيخون» is one event, of the kind ``PRIORITY`` puts first. *folded*: the
    folded text the words stand in (a comma after the noun sets off what it describes)."""
    out: list[_Hit] = []
    for h in hits:
        rel = h.first - 1
        if h.tense != "noun" and rel >= 0 and words[rel].text not in _RELATIVE and (bare := next((
                n for n in reversed(out) if n.tense == "noun" and 0 <= h.first - n.last - 1 <= 1
                and not _definite(words[n.first].text) and n.kind is h.kind
                # set_off_after_the_noun (stmt48): «وفي بيان لاحق، أعلن الجيش»: a verb past a comma
                # opens the clause the noun's phrase leads, it does not describe the noun
                and not (n.first > 0 and words[n.first - 1].text in _IN_AN_OCCASION
                         and _COMMA.search(folded[words[h.first - 1].end:words[h.first].start]))),
                None)) is not None:
            # «غارة جوية استهدفت القوات التركية»: after an indefinite noun a verb with no relative
            # pronoun describes it (Arabic writes none there): the noun's event, the verb's words
            trace.append(f"'{h.surface}' describes '{bare.surface}' (a relative clause): one event, "
                         f"{bare.kind.value}")
            continue
        if h.tense == "noun" or rel < 1 or words[rel].text not in _RELATIVE:
            out.append(h)
            continue
        antecedent = next((
            n for n in reversed(out) if n.tense == "noun" and rel >= 1 and words[rel].text in _RELATIVE
            and 0 <= rel - n.last - 1 <= _DESCRIBED_WITHIN and h.tense != "noun"
            and EventKind.STATEMENT not in (h.kind.family, n.kind.family)), None)
        if antecedent is None:
            out.append(h)
            continue
        kind = min(antecedent.kind, h.kind, key=T.PRIORITY.index)
        trace.append(f"'{h.surface}' describes '{antecedent.surface}' (a relative clause): one event, "
                     f"{kind.value}")
        out[out.index(antecedent)] = antecedent._replace(kind=kind)
    return out


def _another_time(h: _Hit, firsts: Sequence[_Hit], words: Sequence[_Word]) -> bool:
    """Whether a verb trigger of a kind already read in the clause reports another happening of it:
    a time boundary stands between them («قصفت الطائرات الروسية أمس مواقع …، وبعد ساعات قصفت
    طائرات تركية …»: two strikes)."""
    same = [f for f in firsts if f.kind is h.kind]
    return h.tense != "noun" and bool(same) and any(
        w.text in T.TIME_BOUNDARIES for w in words[same[-1].last + 1:h.first])


def _another_doer(h: _Hit, firsts: Sequence[_Hit], doers: Sequence[tuple[int, str]],
                  words: Sequence[_Word]) -> bool:
    """Whether a trigger of a kind already read in the clause reports another happening of it by
    another party: the actors named from the earlier one to it and from it to the clause's end are
    different («انسحبت الفصائل عقب غارات جوية تركية على محيط السد، وضربات بطائرات مسيرة شنتها قسد
    على مواقع الفصائل»: two strikes). *doers* are the clause's actors, as (word index, actor id). (A
    trigger before the clause's main event of its kind stays one with it: measured, no event more
    right.) A noun that restates the verb before it is no other happening (``_restated``)."""
    same = [f for f in firsts if f.kind is h.kind]
    if not same or not doers:
        return False
    if _restated(h, same[-1], words):
        return False
    before = {x for k, x in doers if same[-1].first <= k < h.first}
    after = {x for k, x in doers if k >= h.first}
    return bool(before) and bool(after) and not before & after


def _restated(h: _Hit, verb: _Hit, words: Sequence[_Word]) -> bool:
    """restated_noun (false25): whether the noun trigger *h* names again the happening the verb of its
    kind before it tells, as the verb's complement («توصلت القوات الكردية والحكومية إلى اتفاق هدنة
    بوساطة روسية», «التقى الأسد خلال زيارة لدمشق», «هاجمت المجموعات نقاطاً أمنية في هجوم وصفه …»): the
    word right before it is one of ``RESTATING``, and nothing that opens the next happening stands
    between them («… فردت الولايات المتحدة بضربات جوية»: another)."""
    return (h.tense == "noun" and verb.tense != "noun" and verb.last < h.first
            and h.first > 0 and words[h.first - 1].text in T.RESTATING
            and not any(w.text in T.NEXT_HAPPENING for w in words[verb.last + 1:h.first]))


#: Kinds of happening a sentence opened by «كما» that names no party tells of the parties of the sentence
#: before (also_by_them: «كما أخلت نقطة شير مغار», «كما سيطرت على المستشفى الوطني»).
_GOES_ON: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK, EventKind.CAPTURE, EventKind.WITHDRAWAL,
                             EventKind.DEPLOYMENT, EventKind.CLASH})


def _before_the_main(h: _Hit, main: _Hit, words: Sequence[_Word], hits: Sequence[_Hit]) -> bool:
    """before_the_main: a trigger of the main event's kind told before it is a happening of its own
    when a word that opens the next happening stands between them (``T.NEXT_HAPPENING``: «شن الطيران
    غارات على محيط المطار، ثم قصف بلدتي إعزاز والأتارب»: two strikes); else it is the same one told
    twice («شنت الطائرات غارات … قصفت خلالها»), and so is one a speaker corrects («قصفت طائرة مجهولة …،
    ثم أكد أن مقاتلة أميركية استهدفت»: a speech between them)."""
    return h.kind is main.kind and h.last < main.first and any(
        w.text in T.NEXT_HAPPENING for w in words[h.last + 1:main.first]) and not any(
        g.kind.family is EventKind.STATEMENT and h.last < g.first < main.first for g in hits)


#: Kinds of happening that one clause may tell twice at two places («غارات على رأس العين …، وأربع
#: غارات على قرى قرب تل أبيض»: two strikes), each read where its own words set it (``_another_place``).
_SPLIT_BY_PLACE: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK, EventKind.CLASH})

#: Where the words of a clause from one word to another set what a trigger reports (word indexes: the
#: part's first and last, the trigger's first), or None.
_PlacedPart = Callable[[int, int, "_Hit"], "Where | None"]


def _another_place(h: _Hit, firsts: Sequence[_Hit], placed: _PlacedPart | None) -> bool:
    """Whether a trigger of a kind already read in the clause reports another happening of it at
    another place: the earlier one's part (from it up to this one) and this one's part (from it on) are
    set at places neither of which holds the other («شنت طائرات حربية غارات على منطقة رأس العين …،
    وعن أربع غارات على الأقل على قرى قرب تل أبيض»: two strikes; «قصف على المدينة» after a strike on
    Ras al-Ain, the same town, is the same strike). Only a noun not joined by و to the one before
    tells another: a verb's second happening is another time's or another doer's (``_another_time``,
    ``_another_doer``), and a noun in a list is the same one's («استخدمت الدبابات والمدفعية وقذائف
    الهاون»: its weapons)."""
    if placed is None or h.kind not in _SPLIT_BY_PLACE or h.tense != "noun" or h.surface.startswith("و"):
        return False
    same = [f for f in firsts if f.kind is h.kind]
    if not same:
        return False
    here = placed(h.first, h.first + _PLACE_PART, h)
    if here is None:
        return False
    before = placed(same[-1].first, h.first - 1, same[-1])
    return before is not None and not compatible(before, here)


#: How many words after a trigger may set its place, when a clause tells its kind twice.
_PLACE_PART: Final = 12

_ROUND_OF_REACH: Final = 3  # words from a round's noun to the talks it is of («جولة جديدة من المحادثات»)
_AGREED_REACH: Final = 8  # words from an agreement's verb to the «على» before what it is on


def _agreed_on(h: _Hit, content: Sequence[_Hit], words: Sequence[_Word]) -> str:
    """How *h* is the truce an agreement before it is on (``AGREED_ON``), or "": "name" when it names
    the agreement («اتفاق وقف إطلاق النار»: one event, the agreement), "object" when it is what the
    agreement is on («اتفقتا في الخامس من آذار على وقف إطلاق النار»: no second event, unless the truce's
    own words date it, «اتفاق على هدنة تبدأ يوم الاثنين»)."""
    if h.kind not in T.AGREED_ON:
        return ""
    before = [g for g in content if g.kind is EventKind.AGREEMENT and g.last < h.first]
    if any(h.first == g.last + 1 for g in before):
        return "name"
    if h.first > 0 and words[h.first - 1].text in T.AGREED_TO and any(
            h.first - g.last <= _AGREED_REACH for g in before):
        return "object"
    return ""


def _truce_agreed(content: list[_Hit], words: Sequence[_Word], trace: list[str]) -> list[_Hit]:
    """truce_agreed (accords30): the parties' verb of agreeing on a truce («اتفق لبنان وسوريا على وقف
    إطلاق النار», «توصلت سوريا وإسرائيل إلى اتفاق لوقف إطلاق النار», «توافق الأطراف على وقف …») tells the
    truce made, as the dev gold codes it (a ceasefire five times to an agreement twice): the verb reads a
    ceasefire, and the truce's words (and the agreement's noun between them) no event of their own. The
    truce an agreement's noun names stays that agreement («اتفاق وقف إطلاق النار»), and so does one on a
    truce and more («اتفقتا على وقف لإطلاق النار وعلى تسيير دوريات مشتركة», «على وقف إطلاق النار في إدلب
    وتسيير دوريات»: another term, or another event's trigger joined after the truce)."""
    for h in content:
        agreed = _agreed_on(h, content, words)
        if not agreed:
            continue
        named = next((g for g in content if g.kind is EventKind.AGREEMENT and g.last + 1 == h.first), None)
        if agreed == "name" and not (named is not None and named.tense == "noun" and named.first > 0
                                     and words[named.first - 1].text in T.REACHED_TO
                                     and words[h.first].text.startswith("ل")):
            continue  # «إلى اتفاق لوقف إطلاق النار», not «إلى اتفاق تهدئة» (an agreement's name)
        upto = named.first if agreed == "name" and named is not None else h.first
        # the nearest agreement before: a verb, not an agreement's noun on the truce («توصله إلى اتفاق على
        # هدنة تبدأ يوم الاثنين»: the agreement, and the truce its own event when its words date it)
        verb = next((g for g in reversed(content) if g.kind is EventKind.AGREEMENT and g.last < upto
                     and upto - g.last <= _AGREED_REACH), None)
        verb = verb if verb is not None and verb.tense != "noun" else None
        if verb is None or verb.rule.removeprefix("verb ") not in T.TRUCE_AGREED \
                or any(w.text in T.AND_ON for w in words[h.last + 1:]) \
                or any(g.first > h.last and words[g.first].text.startswith("و") for g in content):
            continue  # accepting a truce is an agreement («وافقت على الهدنة»), as one with more terms is
        trace.append(f"'{verb.surface}' agrees on the truce '{h.surface}': the truce made (truce_agreed)")
        gone = {h.first} | ({named.first} if agreed == "name" and named is not None else set())
        return [verb._replace(kind=h.kind, mode=h.mode) if g is verb else g for g in content
                if g.first not in gone]
    return content


def _in_force(content: list[_Hit], words: Sequence[_Word], trace: list[str]) -> list[_Hit]:
    """in_force_is_the_truce (false54): a truce named by an agreement's noun before the words of its
    entering into force («دخل اتفاق وقف إطلاق النار حيز التنفيذ», ``T.IN_FORCE``) is one happening, the
    ceasefire those words tell: the agreement's noun and the truce it names read no event of their own. Not
    an agreement the clause reaches («توصلا إلى اتفاق لوقف إطلاق النار يدخل حيز التنفيذ»: both told)."""
    force = next((h for h in content if h.kind is EventKind.CEASEFIRE and h.mode in T.IN_FORCE), None)
    if force is None:
        return content
    gone: set[int] = set()
    for h in content:
        if h.last < force.first and _agreed_on(h, content, words) == "name":
            named = next(g for g in content if g.kind is EventKind.AGREEMENT and g.last + 1 == h.first)
            reached = named.first > 0 and words[named.first - 1].text in T.REACHED_TO
            if named.tense == "noun" and not reached:
                trace.append(f"'{named.surface} {h.surface}' enters into force: the ceasefire "
                             f"'{force.surface}' tells (in_force_is_the_truce)")
                gone |= {named.first, h.first}
    return [h for h in content if h.first not in gone] if gone else content


def _truce_named(content: list[_Hit], words: Sequence[_Word], trace: list[str]) -> list[_Hit]:
    """truce_named (guide55): an agreement's noun that names the truce it makes («اتفاق وقف إطلاق النار
    الذي توصلت إليه تركيا مع روسيا», «اتفاقاً لوقف إطلاق النار جرى التوصل إليه», «إلى اتفاق هدنة») is that
    truce, one ceasefire, as the guide's row (a) has it: the noun reads the truce's kind, the truce's words
    no event of their own, nor a noun of reaching it («أعلن التوصل إلى اتفاق لوقف إطلاق النار»). Not when
    the clause tells the truce's start as well (another ceasefire: the agreement and its start are two
    events, row (d)), nor an agreement on further terms («وعلى تسيير دوريات»)."""
    for h in content:
        if _agreed_on(h, content, words) != "name":
            continue
        named = next(g for g in content if g.kind is EventKind.AGREEMENT and g.last + 1 == h.first)
        if named.tense != "noun" or words[named.first].text not in T.NAMING_AGREEMENTS \
                or any(g.kind is EventKind.CEASEFIRE and g is not h for g in content) \
                or any(w.text in T.AND_ON or w.text in T.TRUCE_STARTS for w in words[h.last + 1:]):
            continue
        reached = named.first > 0 and words[named.first - 1].text in T.REACHED_TO
        gone = {h.first} | {g.first for g in content if reached and g.kind is EventKind.AGREEMENT
                            and g.tense == "noun" and g.last < named.first
                            and named.first - g.last <= _AGREED_REACH}
        trace.append(f"'{named.surface} {h.surface}': the truce the agreement names (truce_named)")
        return [named._replace(mode=T.TRUCE_NAMED_MODE) if g is named else g for g in content
                if g.first not in gone]
    return content


def _exchanged(content: list[_Hit], words: Sequence[_Word], trace: list[str]) -> list[_Hit]:
    """exchanged (guide55): a release (``T.RELEASES``, an end) beside an exchange of prisoners or the dead
    (``T.EXCHANGES``: «جرت عملية تبادل أسرى …، أُفرج فيها عن 27 أسيراً») is the exchange told again, no end; a
    release with «مقابل» and a word of release after it («أفرج التنظيم عن سيدتين مقابل إفراج الحكومة عن 17
    معتقلة») is the exchange itself, an agreement (the guide's row (c))."""
    released = [h for h in content if h.kind is EventKind.END and h.rule.removeprefix("verb ") in T.RELEASES]
    if not released:
        return content
    if any(h.rule.removeprefix("phrase ") in T.EXCHANGES for h in content):
        trace.append(f"'{released[0].surface}': the exchange's release, no end (exchanged)")
        return [h for h in content if h not in released]
    first = released[0]
    returned = next((k for k in range(first.last + 1, len(words)) if words[k].text in T.IN_RETURN), None)
    if returned is None or not any(w.text in T.RELEASED_IN_RETURN
                                   for w in words[returned + 1:returned + 1 + T.IN_RETURN_REACH]):
        return content
    trace.append(f"'{first.surface}' for a release in return: an exchange, an agreement (exchanged)")
    exchange = first._replace(kind=EventKind.AGREEMENT, mode=T.EXCHANGE_MODE)
    return [exchange if h is first else h for h in content if h is first or h not in released]


def _stopped(h: _Hit, content: Sequence[_Hit], words: Sequence[_Word]) -> _Hit | None:
    """The stop (``STOPPING``: a suspension) whose object the noun trigger *h* is, or None: «أعلنت
    الوزارة إيقاف جميع الدوريات المشتركة» is one suspension, not a patrol beside it."""
    if h.tense != "noun":
        return None
    gap = [w.text for w in words[:h.first]]
    return next((g for g in content if g.kind in T.STOPPING and g.last < h.first
                 and all(t in T.ALL_OF for t in gap[g.last + 1:])), None)


def _fired(h: _Hit, firsts: Sequence[_Hit], words: Sequence[_Word]) -> _Hit | None:
    """The verb of firing (``NEEDED_AFTER``) whose projectile the noun trigger *h* is, or None: «أطلق
    مسلحو المعارضة قذائف على القاعدة» is one strike, not a second one by whoever the clause names next."""
    if h.tense == "noun":
        for f in firsts:
            reach = T.NEEDED_AFTER.get(f.rule.removeprefix("verb "))
            if reach is not None and f.kind is h.kind and 0 < h.first - f.last <= reach:
                return f
    return None


def _readings(hits: Sequence[_Hit], words: Sequence[_Word], clause: str, trace: list[str],
              doers: Sequence[tuple[int, str]] = (), placed: _PlacedPart | None = None,
              folded: str = "") -> list[_Reading]:
    """What a clause reports (see the module doc, step 2): the speech of a named speaker, and what it
    says or what the clause says happened — its main event (the predicate's), then each other kind of
    event it names, each read in its own part of the clause (from its trigger to the next). A declared
    truce, suspension, resumption or end is an event beside the statement that declares it (measured:
    the gold codes both, «أعلنت الولايات المتحدة وروسيا في بيان مشترك أن وقفاً لإطلاق النار سيبدأ …»)."""
    hits = _described(hits, words, trace, folded)
    attributed = [h for h in hits if h.tense == _ATTRIBUTED]  # «بحسب المرصد»: a telling of its own
    hits = [h for h in hits if h.tense != _ATTRIBUTED]
    speech = next((h for h in hits if h.kind.family is EventKind.STATEMENT and h.tense != "noun"), None) \
        or next((h for h in hits if h.kind.family is EventKind.STATEMENT), None)
    content = [h for h in hits if h.kind.family is not EventKind.STATEMENT]
    said_from = len(words)  # where what a speaker says begins (إن / أن …); with none, nothing is quoted
    if speech is not None:
        said_from = next((k for k in range(speech.last + 1, len(words))
                          if _opens_what_is_said(words, k)), len(words))
    content = _truce_agreed(content, words, trace)
    content = _in_force(content, words, trace)
    content = _truce_named(content, words, trace)
    content = _exchanged(content, words, trace)
    main = _kind(content, words, clause, trace) if content else None
    out: list[_Reading] = []
    if main is not None:
        # each kind of event once, in the order of the clause; a part runs to the next trigger
        firsts: list[_Hit] = []
        objects: set[int] = set()  # the first words of the truces agreements are on (``_agreed_on``)
        for h in content:
            if h.first == main.first:
                h = main
            if main.kind is EventKind.PROPOSAL and h is not main:
                continue  # what a proposal names is what it proposes, not another event
            if h.kind is EventKind.MEETING and h.tense == "noun" and any(
                    g.kind is EventKind.NEGOTIATION_ROUND and g.tense == "noun"
                    and 0 < h.first - g.last <= _ROUND_OF_REACH for g in content):
                trace.append(f"'{h.surface}': what the round before it is of, not a meeting of its own")
                continue  # «الجولة العشرون من محادثات أستانا»: one round
            agreed = _agreed_on(h, content, words) if h is not main else ""
            if agreed == "name":
                trace.append(f"'{h.surface}': the name of the agreement before it, not an event of its own")
                continue
            if h is not main and (shot := _fired(h, firsts, words)) is not None:
                trace.append(f"'{h.surface}': what '{shot.surface}' fires, no event of its own (fired_after)")
                continue
            if h is not main and (stop := _stopped(h, content, words)) is not None:
                trace.append(f"'{h.surface}': what '{stop.surface}' stops, not an event of its own")
                continue
            if agreed == "object":
                objects.add(h.first)
            if h is main or (all(f.kind is not h.kind for f in firsts) and h.kind is not main.kind) \
                    or _another_time(h, firsts, words) or _another_doer(h, firsts, doers, words) \
                    or _another_place(h, firsts, placed) or _before_the_main(h, main, words, hits):
                if h is not main and _before_the_main(h, main, words, hits):
                    trace.append(f"'{h.surface}': a happening of its own before '{main.surface}', the next "
                                 "one opened between them (before_the_main)")
                firsts.append(h)
        start = said_from if speech is not None and firsts[0].first >= said_from else 0
        if start and speech is not None and speech.mode in _SPEECH_SCOPE:
            # «نفت أن تكون قصفت …، مؤكدة أنها استهدفت داعش»: the report begins at what is affirmed
            start = max((c for c in _affirmed_from(hits, words) if c < firsts[0].first), default=start)
        where = max((k for k in range(firsts[0].first) if words[k].text in T.WHERE_TOLD and any(
            s.kind is EventKind.STATEMENT and s.mode in _SPEECH_SCOPE and s.last < k for s in hits)),
            default=0)
        start = max(start, where)  # where_told: what «حيث» tells is read from it on
        for n, h in enumerate(firsts):
            last = firsts[n + 1].first - 1 if n + 1 < len(firsts) else len(words) - 1
            first = start if n == 0 or h is main else firsts[n - 1].last + 1  # the predicate's: all
            if n > 0 and any(f.kind is h.kind for f in firsts[:n]):  # another time: from its boundary on
                first = max((k for k in range(firsts[n - 1].last + 1, h.first)
                             if words[k].text in T.TIME_BOUNDARIES
                             or (h is main and words[k].text in T.NEXT_HAPPENING)),  # _before_the_main
                            default=h.first)  # another doer
            if h is not main and n + 1 < len(firsts) and firsts[n + 1] is main and main.kind is h.kind:
                last = min((k for k in range(h.last + 1, main.first) if words[k].text in T.NEXT_HAPPENING),
                           default=last + 1) - 1  # _before_the_main: up to what opens the main one
            if h is main and n + 1 < len(firsts) and firsts[n + 1].kind is h.kind:
                last = max((k for k in range(h.last + 1, firsts[n + 1].first)
                            if words[k].text in T.TIME_BOUNDARIES), default=last + 1) - 1
            reading = _Reading(h, min(first, h.first), max(last, h.last), [], h.first in objects)
            out.insert(0, reading) if h is main else out.append(reading)
    # a readiness or a wish a speaker voices with no «أن» is the speech itself: «أبدت استعدادها
    # لاستخدام البريد الإلكتروني» is the proposal, not a statement beside it
    if speech is not None and (held := _a_call_to_hold(speech, words)) is not None:
        # a_call_to_hold (kinds35): «ودعت موسكو إلى عقد اجتماع طارئ»: a proposal, not a statement
        trace.append(f"'{speech.surface}' calls for '{held}' to be held: a proposal (a_call_to_hold)")
        speech = speech._replace(kind=EventKind.PROPOSAL, mode=None)
    declared = main is not None and main.kind is EventKind.PROPOSAL and said_from == len(words)
    if speech is not None and not declared:
        if any(h.kind is EventKind.INTERVIEW for h in hits):  # قال … في مقابلة: the speech is an interview
            speech = speech._replace(kind=EventKind.INTERVIEW)
        out.append(_Reading(speech, 0, max(said_from - 1, speech.last), []))
    elif speech is not None and main is not None:
        out[0] = out[0]._replace(first=0)
    # «أكد أنتونوف توقيع الوثيقة، بحسب وكالة ريا نوفوستي»: who relays a speech the clause reports
    # tells no second one; told_first (stmt30): a teller named before the speech verb tells a statement
    # of its own («وبحسب وكالة سانا، أعلنت إدارة الأمن العام …», the gold's two), unless the verb is its
    # relay right after it («وفق مصادر محلية نقلت عنها وكالة سانا»: one telling, relayed_by_outlet)
    out += [_Reading(h, h.first, h.last, []) for h in attributed
            if speech is None or speech.tense == "noun" or (h.last < speech.first and not (
                speech.rule in T.RELAYED_BY and speech.first == h.last + 1))]
    if speech is not None and speech.tense != "noun" and (told := _the_speaker_told_of(
            hits, words, said_from, doers, folded)) is not None:
        # the_speaker_told_of (speaker55): «ذكرت وسائل إعلام روسية أن وزير الدفاع سيرغي شويغو أبلغ
        # الرئيس …»: the party whose speech the statement tells speaks a statement of its own (the gold's
        # two), read from its name to its verb (made only when the teller relays: ``RELAYING_ROLES``)
        out.append(_Reading(told[0], told[1], told[0].last, [], told=True))
    return out


def _the_speaker_told_of(hits: Sequence[_Hit], words: Sequence[_Word], said_from: int,
                         doers: Sequence[tuple[int, str]], folded: str) -> tuple[_Hit, int] | None:
    """the_speaker_told_of (speaker55): the first trigger after the «أن / إن» at *said_from* when it is a
    past verb of speech (``TOLD_SPEAKING``) right after a party's name that begins at most
    ``TOLD_SPEAKING_TITLE`` words after the «أن» (a title before the name, not a phrase that names it
    after «في / من …»: «أن القوات المدعومة من واشنطن أعلنت» is the forces' speech; no comma between, which
    opens a clause of its own: «بأن "الزعيم المفترض" لتنظيم داعش، الذي أعلنت أنقرة …»), with the first
    word of that name; else None."""
    told = next((h for h in hits if h.first > said_from), None)
    if told is None or told.kind is not EventKind.STATEMENT or words[told.first].text not in T.TOLD_SPEAKING:
        return None
    lead = min((k for k, _ in doers if said_from < k <= said_from + 1 + T.TOLD_SPEAKING_TITLE
                and k < told.first), default=None)
    if lead is None or told.first - lead > T.TOLD_SPEAKING_NAME \
            or any(words[k].text in _COMPLEMENTIZERS or words[k].text in T.TIME_BOUNDARIES
                   for k in range(said_from + 1, told.first)) \
            or any(words[k].text in _OF_A_BODY for k in range(said_from + 1, lead)) \
            or any(c in folded[words[said_from].end:words[told.first].start] for c in _COMMAS):
        return None
    return told, lead


def _after_own_pronoun(main: _Hit, words: Sequence[_Word]) -> bool:
    """Whether *main* follows the speaker's own pronoun after a complementizer (``_SELF_COMPLEMENTIZERS``:
    «أعلن الجيش أنه قصف …»): what the speaker tells as its own deed."""
    return main.first > 0 \
        and _bare(words[main.first - 1].text, _SELF_COMPLEMENTIZERS) in _SELF_COMPLEMENTIZERS


def _own_verb(main: _Hit, light: _Hit | None, words: Sequence[_Word]) -> _Hit:
    """The word the speaker's own pronoun may stand before (``_after_own_pronoun``): the trigger, or
    else the light verb of its noun («أعلن مجلس الأمن أنه سيعقد غداً اجتماعاً»: the_own_light_verb)."""
    return light if light is not None and not _after_own_pronoun(main, words) else main


def _vouching(main: _Hit, words: Sequence[_Word]) -> bool:
    """Whether the speech verb *main* is the one an attribution hands its report to: right after «ما» /
    «لما» after a word of ``ATTRIBUTIONS`` («…، وفق ما أفاد التلفزيون الرسمي السوري»), or right after
    the two written as one word (``ATTRIBUTED_BY_VERB_FUSED``: «…، حسبما أفاد مرصد حرب»; actor49)."""
    if main.first < 1:
        return False
    before = words[main.first - 1].text
    if before in T.ATTRIBUTED_BY_VERB:
        return main.first > 1 and _bare(words[main.first - 2].text, T.ATTRIBUTIONS) in T.ATTRIBUTIONS
    return _bare(before, T.ATTRIBUTED_BY_VERB_FUSED) in T.ATTRIBUTED_BY_VERB_FUSED


def _points_back(speech: _Hit, words: Sequence[_Word]) -> bool:
    """A call whose «إليه / إليها» (``CALLED_FOR_IT``) right after it points back to what it asks for,
    told before it (called_for_before, kinds48)."""
    return speech.last + 1 < len(words) and words[speech.last + 1].text in T.CALLED_FOR_IT


def _envoy_to(words: Sequence[_Word], k: int) -> bool:
    """envoy_to (kinds50): the «إلى» at *k* is where an envoy is sent, an envoy's word (``ENVOYS``) within
    ``ENVOY_REACH`` words before it («ودعا موفد الأمم المتحدة إلى سوريا …»), not what a call is to."""
    return any(w.text in T.ENVOYS for w in words[max(0, k - T.ENVOY_REACH):k])


def _a_call_to_hold(speech: _Hit, words: Sequence[_Word]) -> str | None:
    """a_call_to_hold (kinds35): the word of what a call (``CALLING``) asks to be held — a meeting, talks,
    a dialogue, a truce (``CALLED_TO_HOLD``, «وقف» before a word of fighting) right after its «إلى»,
    or after a noun of holding («عقد», «فتح»: ``HOLDING``) — or None."""
    if speech.rule.removeprefix("verb ") not in T.CALLING:
        return None
    if _points_back(speech, words):
        # called_for_before (kinds48): «الهدنة التي دعا إليها المبعوث»: what is called for comes first
        return next((head for k in range(max(0, speech.first - T.CALLED_BEFORE_REACH), speech.first)
                     if (head := words[k].text.removeprefix("ال")) in T.CALLED_TO_HOLD), None)
    to, k, limit = None, speech.last + 1, speech.last + 1 + T.CALL_REACH
    while to is None and k < min(len(words), limit):
        if words[k].text in ("الي", "الى") and _envoy_to(words, k):
            limit = k + 1 + T.CALL_REACH  # envoy_to (kinds50): the call's reach counts on from there
        elif words[k].text in ("الي", "الى") or words[k].text in _COMPLEMENTIZERS:
            to = k
        k += 1
    if to is None or words[to].text in _COMPLEMENTIZERS:
        return None  # no «إلى», or «دعا … أن»: what is said, not a call to hold
    k = to + 1
    if k < len(words) and words[k].text in T.HOLDING:
        k += 1
    if k >= len(words):
        return None
    head = words[k].text.removeprefix("ال")  # kinds50: «إلى حضور القمة», «إلى الحوار»
    if head in T.CALLED_TO_HOLD or (head in T.CALLED_TRUCE and k + 1 < len(words)
                                    and words[k + 1].text in T.CALLED_TRUCE_NEXT):
        return head
    return None


def events_from_article(article: Article, actors: Mapping[str, Actor], channels: Mapping[str, Channel],
                        named: Mapping[str, Event] | None = None, *,
                        _matchers: _Matchers | None = None) -> list[Event]:
    """The events one article reports, each citing the article and the span of its clause.

    *named* maps Arabic names of known events ("اتفاق سوتشي") to them: a clause that names one and
    states no date of its own refers to it and takes its date (``when_basis`` "named").
    """
    mx = _matchers or _Matchers(actors, channels, named)
    tb = mx.tables
    text = article.text
    stripped, omap, folded = stripped_folded(text)  # shared with the place finder (where_of)
    pub_day = _published_day(article)
    own_outlet = " ".join(fold((article.outlet or "").split("(")[0]).split())  # «الراي (الكويت)»: الراي
    to_stripped = _stripped_position(omap, len(stripped))
    mentions, anchors = _on_known_events(article.mentions(), folded, to_stripped, mx)
    dates = ClauseDates(mentions, text, _RELATIVE, T.TIME_BOUNDARIES, _SINCE_WORDS,  # _governing's fast path
                        T.NOT_A_BOUNDARY_BEFORE, folded=folded_original(text, folded, omap))
    spans = _in_their_period(_actor_spans(mx, text, to_stripped, stripped, folded), pub_day, folded)
    span_starts = _span_starts(spans)
    marks = _naming_marks(mx, folded)
    names = _Either(mx.new_actors, actors)  # not a copy: the article's new actors grow as it is read
    unnamed_by_head: dict[str, Actor] = {}  # folded head without ال → the last unnamed speaker with it
    out: list[Event] = []
    unplaced: dict[int, _Placing] = {}  # the events to place once the article's are all told
    previous: Mention | None = None  # the date of the clause before (for "حينها")
    told_last: Mention | None = None  # the date of the last event told (for «وبعد ساعات، …»)
    day_told: Mention | None = None  # the same, leaving out days after publication (at_the_occasion)
    told_here: Mention | None = None
    spoken_here = False  # whether *told_here* is a speech's own day (speech_day_kept)
    met: Mention | None = None  # the day of the last meeting told (for what is said at it)
    called: Mention | None = None  # the day of the last call told (during_the_call)
    sentence_actors: tuple[int, list[str]] = (-1, [])  # the actors of a sentence split at "كما"
    told_sentence = -1  # the sentence of the clause before
    last_speakers: list[str] = []  # who spoke in the last statement told (for «ودعا البيان …»)
    last_relayed = ""  # whose words the last statement told carried (relayed_speaks_on)
    last_doers: tuple[int, list[str]] = (-1, [])  # the sentence and doers of the last happening told
    first_told: _DoersTold | None = None  # the same, of a sentence's first verb (for the next sentence)
    last_told: _DoersTold | None = None  # ... and of its last verb (for a verb joined to it)
    last_speech_at = -1  # where the last statement told stands
    speech_words: set[str] = set()  # the_name_told_before: what earlier speech clauses hold
    said_here: set[str] = set()  # ... and of this clause, when it holds one
    clauses = _clauses_fast(stripped)
    sentence_starts = {n: a for a, _, n in reversed(clauses)}
    place_names = settlement_names(text)  # «قرية الزيارة»: no visit (_in_a_place_name)

    def show(start: int, end: int) -> str:
        """The original words of a span of the stripped text."""
        os_, oe = omap.span_to_original(start, end)
        return text[os_:oe]

    def shown_on(start: int, end: int) -> str:
        """... with the character after them (a diacritic the stripped text left out: «تعليقاً»)."""
        os_, oe = omap.span_to_original(start, end)
        return text[os_:oe + 1]

    for a, b, n in clauses:
        oa, ob = omap.span_to_original(a, b)
        if article.is_chrome(oa, ob) or (n == 0 and _DATELINE.fullmatch(text[oa:ob].strip())):
            continue  # «دمشق - البيان»: where and by whom, not what happened
        clause = folded[a:b]
        words = _words_fast(folded, a, b)  # ``_words(folded, a, b)``
        has_here = _clause_has(words)  # ``_has_any(words, …)``, the clause's stems gathered once
        texts = [w.text for w in words]
        clause_trace: list[str] = []
        here = _spans_within(spans, span_starts, a, b)  # [s for s in spans if a <= s.lead and s.end <= b]
        hits = [h for h in _triggers_fast(tb, words, folded, sentence_starts[n], clause_trace, show)
                if not _in_a_name(h, words, here, clause_trace)
                and not _in_a_place_name(h, words, omap, place_names, text, clause_trace)]
        hits += _attributions_fast(words, here, folded, show)
        places = [s for s in here if _a_place(s, folded, a)]  # «في سوريا»: where, not who
        parties = [s for s in here if s not in places]
        readings = _readings(hits, words, clause, clause_trace, [
            (_word_index(words, s.lead), s.id) for s in parties],
            _placer(text, omap, (oa, ob), words, parties), folded) if hits else []  # no trigger: none
        here = [s for s in here if s not in places]
        actor_ids = list(dict.fromkeys(s.id for s in here))
        inherited = ""  # whose parties a clause that names none takes
        if not actor_ids and sentence_actors[0] == n:
            actor_ids, inherited = list(sentence_actors[1]), "its sentence's"
        elif not actor_ids and sentence_actors[0] == n - 1 and a == sentence_starts[n] \
                and dating.also_that_day(texts) and sentence_actors[1] and readings \
                and all(r.hit.kind in _GOES_ON for r in readings):
            # also_by_them: «… بدأت القوات التركية إخلاء نقطة مورك. كما أخلت نقطة شير مغار»: a sentence
            # opened by «كما» that names no party goes on with the parties of the sentence before, when
            # what it tells is the fighting's (``_GOES_ON``): a suspension of flights is no one's doing
            actor_ids = list(sentence_actors[1])
            inherited = "the sentence's before it, which «كما» goes on with (also_by_them)"
        sentence_actors = (n, actor_ids)
        first_at = omap.to_original(words[readings[0].hit.first].start) if readings else oa
        clause_date, clause_why = dates.governing(oa, ob, first_at)
        if clause_date is None and previous is not None and has_here(tb.anaphoric):
            clause_date, clause_why = previous, "'حينها': the date of the clause before"
        # «وبعد ساعات، استهدفت …», «بعد ساعة على انتهاء المهلة»: hours from what the story told
        # before, not from the day of publication; with nothing told before, no day at all
        also = False  # whether *told_before* is the sentence before's, this one opening with «كما»
        told_before = told_here if told_sentence == n else None  # the day this sentence told so far
        spoken_before = spoken_here  # whether that day is a speech's own (speech_day_kept)
        if told_before is None and told_sentence == n - 1 and a == sentence_starts[n] \
                and told_here is not None and told_here.value is not None \
                and told_here.value.start == told_here.value.end == pub_day and dating.also_that_day(texts):
            # «… كما استهدفت طائرة مسيرة تركية موقعاً عسكرياً»: a sentence opened by «كما» goes on
            # with the one before, and takes the day it told last (also_that_day)
            told_before, also = told_here, True
        said_today: Mention | None = None  # the publication day a statement of this clause is dated by
        if told_here is not None and told_here.value is not None \
                and (pub_day is None or told_here.value.start <= pub_day):
            day_told = told_here  # «اتفقت على عقد الاجتماع المقبل في النصف الأول من عام 2025»: ahead
        told_last, told_here, spoken_here = told_here or told_last, None, False  # what clauses before told
        short = next((m for m in dates.inside(oa, ob) if _hours_from_an_event(m)), None)
        if short is not None:
            antecedent = told_last if told_last is not None and told_last.value is not None \
                and told_last.value.start == told_last.value.end else None
            clause_date, clause_why = antecedent, (f"'{short.text}': {_HOURS_AFTER_THE_CLAUSE_BEFORE}"
                                                   if antecedent is not None else "")
        if clause_date is not None:
            previous = clause_date
        quote = text[oa:ob].strip()
        qs = oa + (len(text[oa:ob]) - len(text[oa:ob].lstrip()))
        source = Source(article.id, (qs, qs + len(quote)), quote, article.title, article.url, pub_day)
        speaker: list[str] = []
        voiced: list[str] = []  # the speaker of the clause's speech verb (the_subject_of_the_sentence_before)
        elided = ""  # the «أن» of a speech verb whose speaker is the one told last (speaker_elided)
        announces = False  # whether the clause's speaker announces (أعلن, كشف, بيان), not only says
        vouching = False  # the speaker only vouches for the report («وفق ما أفاد …»)
        relaying = False  # the clause's speaker is an outlet or a source unnamed (the_speaker_told_of)
        made = 0
        may_name = bool(readings) and _may_name(marks, folded, a, b)  # else neither regex finds anything
        clause_channels = mx.find(clause, mx.channel_re, mx.channel_of) if may_name else []
        named_here = _NamedHere(mx, clause) if may_name else None
        speech_before_clause = last_speech_at  # where the last statement told before this clause stands
        speech_words |= said_here
        said_here = {w.text for w in words} if any(
            r.hit.kind.family is EventKind.STATEMENT for r in readings) else set()
        for reading in sorted(readings, key=lambda r: r.hit.kind.family is not EventKind.STATEMENT):
            main = reading.hit
            quoted_in: list[str] = []  # whose words a relaying teller carries
            seat: list[_Actor] = []  # a_speaker_written_out: the speaker's phrase with its seat, no scene
            body_goes_on = False  # the_body_goes_on: the speaker told before, named again, goes on
            if any(s <= words[main.first].start < e for s, e in anchors):
                continue  # «بعد أسبوعين من قمة هلسنكي»: the known event a date counts from
            if reading.told and not relaying:
                continue  # the_speaker_told_of: a named speaker's own account of another's speech is his
            trace = [f"trigger: '{main.surface}' ({main.rule}, {main.tense}) → {main.kind.value}",
                     *clause_trace]
            if reading.told:
                trace.append(f"'{main.surface}': the speech of the party named right before it, which the "
                             "outlet or source of the clause tells (the_speaker_told_of)")
            if inherited and actor_ids:
                trace.append(f"no actor named in the clause: {inherited}, " + ", ".join(actor_ids))
            kind = main.kind
            part = [s for s in here if words[reading.first].start <= s.lead <= words[reading.last].end]
            if kind.family is not EventKind.STATEMENT and (credit := next((
                    w for w in words[main.last + 1:reading.last + 1]
                    if _bare(w.text, T.ATTRIBUTIONS) in T.ATTRIBUTIONS), None)) is not None \
                    and any(s.lead > credit.start for s in part):
                # «غادرت الحافلات …، وفق ما أفاد التلفزيون الرسمي السوري»: who the report is attributed
                # to tells it, and takes no part in it
                trace.append(f"'{show(credit.start, credit.end)}' and what follows credit it: no party there")
                part = [s for s in part if s.lead < credit.start]
            channel_ids = clause_channels
            # a statement is on a channel when its words name it or speak of contacts («قنوات الاتصال
            # العسكرية مع واشنطن», ``CHANNEL_WORDS``) and it reports no change of the channel: that
            # its parties are a channel's says nothing by itself (Russia speaking of the United
            # States); a whole interview of one of them is taken to be about the channel they share
            talk_only = kind is EventKind.STATEMENT and (
                not has_here(T.CHANNEL_WORDS) or any(r.hit.kind in T.CHANNEL_CHANGE for r in readings))
            channel = channel_ids[0] if channel_ids else (
                _inferred_channel(mx, actor_ids, kind) if kind in _CHANNEL_KINDS and not talk_only else None)
            attributed = main.tense == _ATTRIBUTED
            unnamed = (_unnamed(main._replace(last=main.first), _told_by(words, main.first), folded)
                       if attributed else _unnamed(main, words, folded)) \
                if kind.family is EventKind.STATEMENT and not (attributed and part) else None
            next_word = words[main.last + 1].text if main.last + 1 < len(words) else ""
            if unnamed is not None and T.STATEMENT_SPEAKS & {words[unnamed[0]].text, next_word} and (
                    attributed or main.rule in T.RELAYED_BY):
                # a_statement_speaks (stmt30): a statement speaks as the subject of a speech verb — not
                # told by «بحسب بيان الخارجية», not carrying another's words («ونقل بيان صحفي عن مصدر
                # عسكري»: the body told before speaks there)
                unnamed = None
            light = main if main.tense != "noun" else _light_verb(tb, main, words, folded)
            doer = light or (_relative_doer(tb, main, words) if main.tense == "noun" else None)
            described = (_unnamed(doer, words, folded, agent_role, main.first,  # «كثف الطيران غاراته»
                                  after_only=light is None)  # «كمين نصبته فلول»: after the verb only
                         if doer is not None and unnamed is None else None)
            if described is None and unnamed is None and main.tense == "noun" \
                    and (genitive := _genitive_doer(main)) is not None:  # «بدأ انسحاب القوات الكردية»
                described = _unnamed(genitive, words, folded, agent_role, after_only=True)
                if described is not None and possessed_head(words[described[0]].text):
                    described = None  # «انسحاب مقاتليها»: whose they are is told before, not here
            object_at = -1  # where the «ل» object of the_genitive_before_its_object begins
            if described is None and unnamed is None and light is None \
                    and (lam_object := _object_after_lam(main, words, folded)) is not None:
                # «جراء استهداف المجموعات المسلحة للبلدتين»: the genitive before the «ل» object acts
                # (the_genitive_before_its_object)
                described = _unnamed(main, words, folded, agent_role, stop=lam_object, after_only=True)
                if described is not None and lam_object < len(words):
                    object_at = words[lam_object].start
            lam = _lam_doer(main, words, folded) if described is None and unnamed is None and light is None \
                else None  # «نصب مقاتلو العشائر كميناً لقوة»: with a light verb, its subject acts
            if lam is not None:  # «بقصف لطائرات مجهولة»: the doer after «ل» (the_doer_after_lam)
                described = _unnamed(lam[0], lam[1], folded, agent_role, after_only=True)
            if described is None and unnamed is None and kind in (EventKind.CLASH, EventKind.AGREEMENT):
                described = _between(main, words, folded)
            if described is None and unnamed is None and kind is EventKind.MEETING:
                described = _the_pair_met(main, words)
            if described is None and unnamed is None:
                described = _the_pair_before(main, words)
            if described is None and unnamed is None and kind is EventKind.PROTEST \
                    and (crowd := _the_crowd(main, words)) is not None:
                # «توافد المئات، اليوم الجمعة، إلى وسط مدينة السويداء … للمشاركة في الاحتجاجات»: the crowd
                # the clause names near the protest protests (the_crowd)
                described = _unnamed(main._replace(first=crowd - 1, last=crowd - 1), words, folded,
                                     _crowd_role, after_only=True)
            pair_word = _the_dual_before(_words_fast(folded, sentence_starts[n], words[main.first].start)) \
                if kind.family is not EventKind.STATEMENT and described is None and unnamed is None \
                and _no_subject(main, words) and words[main.first].text.endswith("ا") else None
            nobody = channel is None and not (actor_ids or unnamed or pair_word or places or (
                described is not None and described[2] != _SUBJECT_AFTER_THAT))
            if channel is None and kind in T.NEED_CHANNEL:
                continue
            if channel_ids:
                trace.append(f"channel: {channel} (named)")
            elif channel is not None:
                trace.append(f"channel: {channel} (inferred from the parties named)")
            if channel is not None and kind in T.ROUND_KINDS and channel in channels \
                    and channels[channel].kind is ChannelKind.NEGOTIATION_FORMAT:
                kind = EventKind.NEGOTIATION_ROUND
                trace.append("on a negotiation format: a round of it")
            region = words[reading.first:reading.last + 1]
            if kind is EventKind.ATTACK and _has_any(region, T.BY_GROUND):  # by_ground_too
                trace.append("from the ground as well as the air («هجوم بري وجوي»): an offensive, an attack")
            elif kind is EventKind.ATTACK and not _has_any(region, T.LANDING):
                # هجوم صاروخي وجوي, عملية جوية: an attack from the air is a strike (a landing is not)
                air, air_cue = _mode_fast(main._replace(kind=EventKind.STRIKE, mode=None),
                                          _air_means_words(words, reading.first, reading.last))
                if air in ("aerial", "drone", "missile"):
                    kind = EventKind.STRIKE
                    trace.append(f"an attack from the air ('{show(air_cue.start, air_cue.end)}'): a strike"
                                 if air_cue else "an attack from the air: a strike")
            if kind is EventKind.ATTACK and main.tense == "past" \
                    and main.rule.removeprefix("verb ") in T.ADVANCING \
                    and main.last + 1 < len(words) and words[main.last + 1].text in T.INSIDE:
                kind = EventKind.CAPTURE  # «تقدم الجيش داخل البلدة»: into it, taken (advanced_inside)
                trace.append(f"'{main.surface}' inside a place: taken, a capture (advanced_inside)")
            if kind is EventKind.ATTACK and main.tense == "past" \
                    and main.rule.removeprefix("verb ") in T.STORMING \
                    and (held := next((words[k].text for k in range(main.last + 1, min(
                        reading.last + 1, main.last + 1 + T.STORMED_REACH))
                        if words[k].text in T.STORMED_HELD), None)) is not None:
                kind = EventKind.CAPTURE  # «اقتحمت مبنى الإذاعة»: taken (stormed_and_held)
                trace.append(f"'{main.surface}' a {held}: stormed and held, a capture (stormed_and_held)")
            if kind is EventKind.CAPTURE and main.tense == "noun" and any(
                    _bare_and(w.text) in T.TRYING
                    for w in words[max(0, main.first - T.TRYING_REACH):main.first]):
                kind = EventKind.ATTACK  # «تحاول الفصائل استعادة سراقب»: fought for, not taken
                trace.append(f"'{main.surface}' tried: an offensive, an attack (tried_to_take)")
            if kind is EventKind.ATTACK and _abducting(main, words[main.first].text) \
                    and not (main.first > 0 and words[main.first - 1].text in T.CASES_OF) \
                    and not _has_any(region, T.KILLING) and not any(
                    r.hit is not main and r.hit.kind in _ASSAULTS for r in readings):
                kind = EventKind.ARREST  # «خطف مسلحون أمس صحفيين»: carried off and held (abducted_held)
                trace.append(f"'{main.surface}' with no killing nor other assault told: held, an arrest "
                             "(abducted_held)")
            if main.rule.removeprefix("verb ") in T.ADOPTING and _has_any(
                    words[main.last + 1:reading.last + 1], T.ADOPTED):  # its object, after it
                kind, main = EventKind.AGREEMENT, main._replace(mode=None)  # adopted, not a claim
                trace.append(f"'{main.surface}' a document: adopted, an agreement")
            if kind is EventKind.STRIKE and main.rule.removeprefix("noun ") in T.TARGETING \
                    and _mode_fast(main, region)[0] is None:
                kind = EventKind.ATTACK  # «استهداف مسلحين عربة مدرعة»: targeting by no fire from afar
                trace.append(f"'{main.surface}' by no air, missile or shell: an attack")
            if kind is EventKind.CLASH and main.rule.removeprefix("noun ") in T.LAUNCHED and (any(
                    _bare(w.text, tb.launch) in tb.launch for w in (
                        *words[main.last + 1:main.last + 1 + _LAUNCH_REACH],  # «… التي أطلقتها»
                        *([words[doer.first]] if doer is not None and doer is not main else [])))
                    or (main.first > 0 and _bare(words[main.first - 1].text, T.LAUNCHING) in T.LAUNCHING)):
                kind = EventKind.ATTACK
                trace.append("a battle launched («أطلقت الفصائل معركة …»): an offensive, an attack")
            if kind is EventKind.ATTACK and main.tense == "noun" and any(  # repelled
                    w.text in T.REPELLED for w in words[max(0, main.first - T.REPELLED_REACH):main.first]):
                kind = EventKind.CLASH
                trace.append("an attack repelled («صدّوا هجوماً»): fighting between both sides, a clash")
            if kind is EventKind.MEETING and main.tense != "noun" and any(
                    h.kind is EventKind.CALL and h.first > main.last
                    and words[h.first - 1].text in _DURING for h in hits):
                continue  # «ناقشا خلال اتصال هاتفي»: the talks are the call the clause reports
            if kind is EventKind.MEETING and _has_any(region, _BY_PHONE):
                kind = EventKind.CALL
                trace.append("talks by phone: a call")
            if main.rule.removeprefix("noun ") in T.GENERIC_NOUNS and any(
                    r.hit.kind.family not in (kind.family, EventKind.STATEMENT) for r in readings):
                continue  # «في ثاني حادث من هذا النوع»: the clause's other event, named in general
            mode, cue = _mode_fast(main._replace(kind=kind), region if kind is not main.kind else words)
            if mode:
                trace.append(f"mode: {mode}" + (f" ('{show(cue.start, cue.end)}')" if cue else ""))
            roles = (_roles(main, hits, part, region, names, folded, show) if part and not attributed
                     else _Roles([part[0].id], [], [x.id for x in part[1:] if x.id != part[0].id],
                                 [f"acts: '{show(part[0].start, part[0].end)}', to whom '{main.surface}' "
                                  "attributes the report"]) if part
                     else _Roles([], [], [], []))
            done_to = [x.id for x in part if 0 <= object_at <= x.lead and x.id in roles.source]
            if done_to:
                # «استهداف المجموعات المسلحة للقوات الحكومية»: who is named from the «ل» object on is acted
                # on, whoever the roles took to act (the_genitive_before_its_object)
                roles = roles._replace(source=[x for x in roles.source if x not in done_to],
                                       target=list(dict.fromkeys([*roles.target, *done_to])))
            if described is not None and not any(
                    words[described[0]].start == s.lead for s in here) and _side_next_to_head(
                        described, words, here):
                # the party that acts is the one the phrase next to the verb describes, unless that
                # phrase is a name («قوات النظام», «القوات التركية»): then the named one acts; a head
                # before a name («وحدات الجيش السوري», «عناصر المجلس») is the phrase and the named one
                # (described_with_its_side)
                first, last, _ = described
                side = any(words[first].start < s.lead < words[last].end for s in here)
                glued = words[first].text[:1] in ("و", "ف") and not agent_role(words[first].text) \
                    and words[first].text not in T.PAIR_OFFICIALS  # «وزيري»: its «و» is its own
                said = show(words[first].start + glued, words[last].end)  # «والمسلحون»: not its و
                if lam is not None and first == lam[0].last + 1:  # «للقوات»: «القوات», «لطائرات»: «طائرات»
                    said = ("ا" if words[first].text.startswith("لل") else "") + said[1:]
                said = " ".join(_QUOTES.sub(" ", said).split())  # «مجموعة "العصائب الحمراء"»: its words
                party = described_party(said)
                mx.new_actors.setdefault(party.id, party)
                pair = _the_pair_named_before(words[first], spans, names, folded)
                roles = roles._replace(source=list(dict.fromkeys([party.id, *pair, *roles.source])))
                held = words[first].text[1:] if glued else words[first].text
                # its_own_forces_joined (actors28): «أن مقاتلاته ومروحياته قصفت»: another force of its
                # own right before the phrase, joined to it by «و», stands after the «أن»
                lead = first - 1 if glued and first > 1 and possessed_head(words[first - 1].text) else first
                if kind.family is not EventKind.STATEMENT and speaker and lead > 0 \
                        and possessed_head(held) and words[lead - 1].text in _COMPLEMENTIZERS \
                        and all(_is_party(mx.actor(x)) for x in speaker):
                    # «أعلنت رئاسة الأركان التركية أن مقاتلاتها استأنفت غاراتها»: the pronoun of a force
                    # right after the «أن» of a speech is the speaker's, who acts with it (its_own_forces)
                    roles = roles._replace(source=list(dict.fromkeys([*roles.source, *speaker])),
                                           target=[x for x in roles.target if x not in speaker])
                    roles.notes.append(f"acts: the speaker, whose forces '{said}' are: "
                                       + ", ".join(speaker) + " (its_own_forces)")
                roles.notes.append(f"acts: '{said}' (described, " + (
                    "with its side named: described_with_its_side)" if side else "not named)") + (
                    f", the pair named before it: {', '.join(pair)}" if pair else "") + (
                    f", the subject of '{words[doer.first].text}' (the_relative_doer)"
                    if light is None and doer is not None else ""))
            if kind in _LAID_KINDS and (laid := _laid_to(words, [*here, *places])) is not None:
                # «ضربات صاروخية نسبتها دمشق وموسكو إلى إسرائيل», «وُجهت أصابع الاتهام فيه إلى إسرائيل»:
                # the one it is laid to did it, as far as the report goes; who lays it did not (laid_to)
                roles = roles._replace(source=[laid.id], target=[x for x in roles.target if x != laid.id],
                                       others=[x for x in dict.fromkeys([*roles.source, *roles.others])
                                               if x != laid.id])
                roles.notes.append(f"acts: '{show(laid.start, laid.end)}', to whom it is laid (laid_to)")
            visitors = _visitors(spans, folded, words[main.first].start) if main.rule == _RECEIVED_BY else []
            if visitors := [v for v in visitors if v.id not in (*roles.source, *roles.target, *roles.others)]:
                # «وصل المقداد إلى مطار الملك عبد العزيز …. وكان في استقباله …»: the visitor, received
                roles = roles._replace(target=list(dict.fromkeys([*roles.target, *(v.id for v in visitors)])))
                roles.notes.append(f"acted on: '{show(visitors[0].start, visitors[0].end)}', who arrived "
                                   "before it, the visitor received (received_by)")
            if kind.family is EventKind.STATEMENT:
                if unnamed is not None:
                    first, last, role = unnamed
                    if words[first].text in T.STATEMENT_SPEAKS:
                        # a_statement_speaks (stmt30): «وقال بيان صادر عن وزارة الدفاع إن»: the statement's
                        # phrase runs up to what it says, with whoever issued it or read it out
                        last = next((j - 1 for j in range(last + 1, min(len(words), first + T.ISSUER_REACH))
                                     if words[j].text in _COMPLEMENTIZERS), last)
                    elif role == "unnamed source" and (spoken_to := _spoken_to(first, last, words, part)) \
                            is not None:
                        # the_one_spoken_to (actor50): «دعا المقاتلون الأكراد دمشق إلى», «تتهم عواصم
                        # غربية وعربية موسكو بأن»: a party named by its name right after a definite word
                        # or an adjective is whom the speaker speaks to, no part of the speaker's phrase
                        # (only the head takes a name after it: «مصادر حزب الله» are the party's)
                        roles.notes.append(f"'{show(words[spoken_to].start, words[last].end)}': spoken to, "
                                           "not the speaker's (the_one_spoken_to)")
                        last = spoken_to - 1
                        part = [x for x in part if x.lead < words[spoken_to].start]
                    said = show(words[first].start, words[last].end)
                    head = words[first].text
                    if attributed and first == main.first + 1 and head.startswith("ل"):
                        # «وفقاً لوكالة سانا», «للوكالة …»: the teller without the ل
                        said = ("ا" if head.startswith("لل") else "") + said[1:]
                        head = _told_by(words, main.first)[first].text
                    teller: Actor | None = unnamed_speaker(said, role)
                    # «مصدر أمني سوري», «مسؤول في البيت الأبيض»: the named party qualifies the phrase;
                    # «أكدت وكالة أنباء الفرات …، والتي تبث من تركيا»: a party named further on does not
                    reach = last + 2 if last + 2 < len(words) and words[last + 1].text in _OF_A_BODY else last
                    qualified = any(words[first].start <= x.lead <= words[reach].end for x in part)
                    close_to = role == "media" and any(w.text in T.CLOSE_TO for w in words[first:last + 1])
                    if roles.source and qualified and close_to and teller is not None:
                        # «وسائل إعلام مقربة من التنظيم»: an outlet close to a side speaks, not the side
                        # (outlet_close_to, actors21)
                        roles = roles._replace(others=list(dict.fromkeys([*roles.source, *roles.others])),
                                               source=[])
                    elif roles.source and qualified and role == "media" and teller is not None \
                            and main.rule not in T.RELAYED_BY and all(
                            x.how == "demonym" for x in part
                            if words[first].start <= x.lead <= words[reach].end):
                        # «وذكرت صحيفة تركية», «وأفاد التلفزيون الإيراني»: an outlet named with its
                        # state's adjective only is the outlet reporting, not the state acting; an
                        # outlet known by its name speaks by it; one relaying another's words («ونقلت
                        # وسائل إعلام روسية عن نائب وزير الخارجية») leaves them to the state
                        # (outlet_s_state, speak46)
                        roles = roles._replace(others=list(dict.fromkeys([*roles.source, *roles.others])),
                                               source=[])
                        roles.notes.append(f"'{said}': an outlet, its state's adjective no speaker "
                                           "(outlet_s_state)")
                    if roles.source and qualified:
                        # «مصدر أمني سوري»: a named party's source; «المصدر» later is it
                        teller = None
                        if (told := mx.actor(roles.source[0])) is not None:
                            unnamed_by_head[head.removeprefix("ال")] = told
                    elif first == last and head.startswith("ال") and not (
                            head in T.SPEAK_ALONE and head[2:] not in unnamed_by_head):
                        # «وأضافت الشبكة»: the network named before; with none, a speaker we cannot tell
                        # (the_activists_alone, speaker54: «وأوضح الناشطون أن» with no «ناشطون» named
                        # before speak by that word, as «قال مشاركون» does)
                        teller = unnamed_by_head.get(head[2:])
                        said = f"{said}: {teller.name}" if teller is not None else said
                    if teller is not None and own_outlet and own_outlet in fold(said):
                        if head.removeprefix("ال") not in T.SOURCES_TOLD:
                            continue  # «وقال مراسل عنب بلدي» in Enab Baladi: the report itself, no one else's
                        roles.notes.append(f"'{said}': sources who speak to the outlet, not its own report "
                                           "(sources_of_the_outlet)")
                        # «مصادر عنب بلدي في داريا»: where the sources are is in their name, not the scene
                        seat_end = _seat_end(words, folded, last) or words[last].end
                        seat = [_Actor(words[first].start, seat_end, "", "name", words[first].start)]
                    if teller is not None:
                        unnamed_by_head[head.removeprefix("ال")] = teller
                        mx.new_actors.setdefault(teller.id, teller)
                        roles = roles._replace(source=[teller.id])
                        roles.notes.append(f"acts: '{said}' ({role}, not named)")
                    if attributed and (outlet := _relaying_outlet(words, last, here)) is not None:
                        # «وفق مصادر محلية نقلت عنها وكالة سانا»: the outlet that carried the sources' words
                        # tells them; the sources are whose words it carries (relayed_by_outlet)
                        quoted_in = [x for x in roles.source if x != outlet.id]
                        roles = roles._replace(source=[outlet.id])
                        roles.notes.append(f"acts: '{show(outlet.start, outlet.end)}', which carried the "
                                           f"words of '{said}' (relayed_by_outlet)")
                if main.rule in T.RELAYED_BY and roles.source and (
                        relayed := _relayed(main, words, folded, here, show)) is not None:
                    # «نقلت وكالة سانا عن محافظ حمص طلال البرازي أن …»: the words are the governor's,
                    # carried by the agency
                    said_by, said, new = relayed
                    if new is not None:
                        mx.new_actors.setdefault(new.id, new)
                    if said_by not in roles.source:
                        quoted_in = [said_by]
                        roles.notes.append(f"involved: '{said}', whose words '{main.surface}' carries")
                if main.tense != "noun" and main.last + 1 < len(words) \
                        and words[main.last + 1].text in T.THE_STATEMENT and last_speakers and not (
                            main.last + 2 < len(words) and words[main.last + 2].text in T.OTHER_STATEMENT):
                    # «ودعا البيان القوات الروسية إلى …»: the statement told before speaks on, its
                    # speaker's; who it names after it is spoken to
                    roles = roles.acted_by(list(last_speakers))
                    roles.notes.append(f"acts: '{show(words[main.last + 1].start, words[main.last + 1].end)}'"
                                       " told before, its speaker: " + ", ".join(last_speakers))
                if last_relayed and roles.source == [last_relayed] and last_speakers \
                        and main.tense == "past" and words[main.first].text[:1] == "و" and not quoted_in \
                        and clause_date is None:
                    # «ونقلت قناة "العربية" عن المعارضة قولها … وأوضحت المعارضة أن …»: the words the
                    # statement before carried go on, the same report by its teller (relayed_speaks_on);
                    # a clause with a date of its own is another occasion
                    roles = roles.acted_by(list(last_speakers))
                    roles.notes.append(f"acts: {', '.join(last_speakers)}, whose report of {last_relayed}'s "
                                       "words goes on (relayed_speaks_on)")
                last_relayed = quoted_in[0] if quoted_in else ""
                if last_speakers and len(roles.source) == 1 and roles.source != last_speakers \
                        and words[main.first].text in T.GOES_ON and clause_date is None \
                        and (
                        body := _the_body_told_before(mx, roles.source[0], last_speakers,
                                              folded[:words[main.first].start])) is not None:
                    # «وقالت وزارة الداخلية في بيان إن …» … «وأضافت الوزارة أن …»: the body told before
                    # goes on, the same speaker (the_body_goes_on; false25); a clause with a date of its
                    # own is left as read. «في بيانها» is the statement told before, no occasion of the
                    # story's day (its_own_statement, stmt50: at_the_occasion is not read for it)
                    body_goes_on = True
                    roles = roles.acted_by(list(last_speakers))
                    roles.notes.append(f"acts: '{body}' is {', '.join(last_speakers)}, told before, who goes "
                                       "on (the_body_goes_on)")
                speaker = roles.source
                if not reading.told and main.tense != _ATTRIBUTED:  # the_speaker_told_of: the verb's teller
                    relaying = bool(speaker) and all((teller := mx.actor(x)) is not None
                                                     and teller.role in T.RELAYING_ROLES for x in speaker)
                if unnamed is None and last_speakers and (
                        that := _speaker_elided(main, words, here)) is not None:
                    # «وأضافت في بيانها أنها اعتقلت …»: a speech verb whose subject is its pronoun speaks
                    # for the speaker told last, who did what «أنها» reports; the statement itself is
                    # left as read (its speaker's continuation or not is the merge's)
                    speaker, elided = list(last_speakers), f"'{main.surface}' names no one before '{that}'"
                if speaker:
                    last_speakers = list(speaker)
                if main.tense != "noun":  # a speech verb: whose words the clause tells from here on
                    voiced, last_speech_at = list(speaker), words[main.first].start
                announces = main.mode == "announce"
                # «…، وفق ما أفاد التلفزيون الرسمي السوري»: a speaker the report is attributed to after
                # it tells the report, and makes none of it his own deed
                vouching = _vouching(main, words)
                if vouching and roles.source:
                    # vouched_by_who_follows (actor49): «…، حسبما أفاد مرصد حرب»: the verb the attribution
                    # hands the report to speaks by its subject after it; a party told before it is what
                    # the report tells, not its teller
                    named_before = {p.id for p in part if p.lead < words[main.first].start}
                    vouchers = [x for x in roles.source if x not in named_before or any(
                        p.id == x and p.lead >= words[main.last].end for p in part)]
                    if vouchers != roles.source and (vouchers or (  # with no one after it, left as read
                            channel is None and unnamed is None
                            and _written_out(main, words, folded, shown_on) is not None)):
                        roles = roles._replace(source=vouchers)
                        roles.notes.append(f"'{main.surface}' vouches for what is told before it: its "
                                           "speaker follows it (vouched_by_who_follows)")
                if (titled := _name_before_title(main, words, folded)) is not None and not any(
                        words[titled[0]].start <= x.lead < words[titled[1]].end for x in part):
                    # the_name_before_its_title (actor51): «أدان عبد الملك الحوثي، قائد حركة أنصار الله»:
                    # the name speaks, not the body its title names
                    name_a, name_b = words[titled[0]].start, words[titled[1]].end
                    teller = unnamed_speaker(show(name_a, name_b), "unnamed source")
                    mx.new_actors.setdefault(teller.id, teller)
                    roles = roles._replace(source=[teller.id], others=list(dict.fromkeys(
                        [*roles.source, *roles.others])))
                    roles.notes.append(f"acts: '{show(name_a, name_b)}', the name before its title "
                                       "(the_name_before_its_title)")
                    speaker = list(roles.source)
                if not roles.source and channel is None and unnamed is None \
                        and (written := _written_out(main, words, folded, shown_on, speech_words)):
                    # a_speaker_written_out (kinds35): «قالت ثلاثة مصادر أمنية، الأحد، إن», «وكانت القيادة
                    # العامة لقوات النظام قد أعلنت»: the subject after the verb speaks, a party it holds
                    # or the phrase itself
                    subject_a, subject_b = words[written[0]].start, words[written[1]].end
                    holding = [x.id for x in part if subject_a <= x.lead < subject_b][:1]
                    if holding:
                        roles = roles._replace(source=holding,
                                               target=[x for x in roles.target if x not in holding])
                    else:
                        teller = unnamed_speaker(show(subject_a, subject_b), "unnamed source")
                        mx.new_actors.setdefault(teller.id, teller)
                        roles = roles._replace(source=[teller.id])
                    # «مديرية الصحة في السويداء»: the body's seat, read as in its name (not where it spoke)
                    seat_end = _seat_end(words, folded, written[1]) or subject_b
                    seat = [_Actor(subject_a, seat_end, "", "name", subject_a)]
                    roles.notes.append(f"acts: '{show(subject_a, subject_b)}', the subject written out after "
                                       f"'{main.surface}' (a_speaker_written_out)")
                    # self_told (actor48): the phrase is who speaks in the clause's readings after it too
                    speaker = list(roles.source)
                if not roles.source and channel is None:
                    continue  # a statement is an event when someone says it
            elif not roles.source and speaker and not vouching and (
                    kind in _DECLARED or (kind in _ANNOUNCED and announces)) and all(
                    _is_party(mx.actor(x)) or (kind in _DECLARED and _tells_of_itself(mx.actor(x)))
                    for x in speaker):
                # declared_by_its_teller (kinds52): a speaker no table names, written out after the verb
                # («أعلن محافظ حلب عزام الغريب تعطيل الدوام»), makes the suspension or truce it declares
                roles = roles._replace(source=list(speaker))
                roles.notes.append("acts: the speaker, " + ", ".join(speaker))
            elif speaker and _after_own_pronoun(own_verb := _own_verb(main, light, words), words) \
                    and all(_is_party(mx.actor(x)) or _tells_of_itself(mx.actor(x)) for x in speaker) \
                    and roles.source != speaker:
                # «أعلن الجيش الإسرائيلي أنه قصف …», «أعلنت الوزارة أنها أعادت تفعيل الخط»: «أنه» is the
                # speaker, who did it; so the light verb of a noun («أعلن مجلس الأمن أنه سيعقد غداً
                # اجتماعاً طارئاً»: the_own_light_verb)
                roles = roles._replace(source=list(speaker),
                                       target=[x for x in roles.target if x not in speaker])
                roles.notes.append("acts: the speaker ('" + words[own_verb.first - 1].text + "'), "
                                   + (f"the one told last ({elided}: speaker_elided), " if elided else "")
                                   + ", ".join(speaker))
            if kind.family is not EventKind.STATEMENT and not roles.source and described is None \
                    and last_doers[0] == n and last_doers[1] and _no_subject(main, words) \
                    and not any(s.lead < words[main.first].start for s in part):
                # «انضم مقاتلون من العشائر إلى المعارك …، وتمكنوا من السيطرة على حواجز»: a verb joined by
                # «و» whose subject is its pronoun goes on with the doers of the happening told before it
                # in the sentence (the_subject_before)
                roles = roles._replace(source=list(last_doers[1]),
                                       target=[x for x in roles.target if x not in last_doers[1]])
                trace.append(f"acts: '{main.surface}' names no subject: the doers told before it in the "
                             "sentence, " + ", ".join(last_doers[1]) + " (the_subject_before)")
            opens = light is not None and all(  # the verb opens its clause
                w.text in T.CARRIED_SUBJECT_OPENERS for w in words[:light.first])
            # the_speech_after_it: the clause's statements are read first; a speech verb after *light*
            # («وحاصرت ما تبقى من عناصر التنظيم … قبل أن تعلن خلو المدينة») stands between no verb
            # told before and it, nor gives it a speaker: what was heard before the clause holds
            heard_at, heard = (speech_before_clause, []) if light is not None \
                and last_speech_at > words[light.first].start else (last_speech_at, voiced)
            subject_before = None
            if kind.family is not EventKind.STATEMENT and described is None and unnamed is None \
                    and light is not None and (not roles.source or kind not in _MET_AFTER) \
                    and (form := _carried_subject(light, words, {s.lead for s in here}, opens)) is not None:
                sentence_at = sentence_starts[n]
                before = _words_fast(folded, sentence_at, words[light.first].start)
                subject_before = _subject_written_before(before, folded, form, [
                    x for x in spans if sentence_at <= x.lead < words[light.first].start])
                if subject_before is not None and (
                        before[subject_before[0] - 1].start < heard_at
                        or _quoted_between(folded, before[subject_before[1]].end, words[light.first].start)
                        or any(x.lead < before[subject_before[0]].start
                               for x in part if x.id in roles.source)):
                    # another's speech, or a quotation, between the two verbs; or a doer named before
                    # the subject, in the clause
                    subject_before = None
            if subject_before is not None and light is not None:
                # «أعلنت الوكالة أن وسائط الدفاع الجوي تصدت لـ«أهداف معادية» …، وأسقطت معظم صواريخ
                # إسرائيلية»: a verb joined to the verb before it with no subject of its own goes on with
                # the subject that verb's clause writes out after its «أن», named or described, over the
                # parties named after it (the_subject_written_before)
                its_verb = subject_before[3]
                doers, said = _written_doers(subject_before, before, spans, show, mx.new_actors, side=True)
                roles = roles.acted_by(doers)
                trace.append(f"acts: '{words[light.first].text}' names no subject: '{said}', the subject "
                             f"of '{before[its_verb].text}', the verb it is joined to "
                             "(the_subject_written_before)")
            owned_by = None
            if kind.family is not EventKind.STATEMENT and described is None and unnamed is None \
                    and subject_before is None and pair_word is None \
                    and _owned(words[main.first].text, main.rule):
                before = _words_fast(folded, sentence_starts[n], words[main.first].start)
                owned_by = _owner_written_before(before, folded, [
                    x for x in spans if sentence_starts[n] <= x.lead < words[main.first].start])
                if owned_by is not None and owned_by[2] is None and possessed_head(before[owned_by[0]].text):
                    owned_by = None  # «أن مقاتلاتها استأنفت غاراتها»: whose forces (its_own_forces)
            if owned_by is None and kind.family is not EventKind.STATEMENT and described is None \
                    and unnamed is None and subject_before is None and pair_word is None and main.first > 0 \
                    and words[main.first - 1].text in T.OWNER_GOVERNORS \
                    and _owned(words[main.first].text, main.rule) \
                    and (named_owner := _owner_named_before(
                        spans, sentence_starts[n], words[main.first].start, speaker, folded)) is not None:
                # «زحف "داعش" الذي استولى على قرى عدة منذ بدء هجومه السريع»: a happening told by its noun
                # with a pronoun, governed by a noun or a word of time, is the last party's named before
                # it in its sentence, over the parties named after it (the_owner_named_before)
                roles = roles.acted_by([named_owner.id])
                whose = show(named_owner.start, named_owner.end)
                trace.append(f"acts: '{words[main.first].text}' is owned by '{whose}', named before it "
                             "(the_owner_named_before)")
            held_at = main.last + 1 + (  # «سحب جميع مقاتليه»: a word of quantity between
                main.last + 2 < len(words) and words[main.last + 1].text in T.FORCE_QUANTIFIERS)
            if owned_by is None and main.tense == "noun" and kind.family is not EventKind.STATEMENT \
                    and described is None and unnamed is None and subject_before is None \
                    and pair_word is None \
                    and held_at < len(words) and possessed_head(words[held_at].text) \
                    and (form_of := T.FORCE_OWNER_FORMS.get(next((
                        p for p in T.OWNER_PRONOUNS if words[held_at].text.endswith(p)), ""))) is not None:
                before = _words_fast(folded, sentence_starts[n], words[main.first].start)
                owner_told = _force_owner_before(before, folded, form_of, [
                    x for x in spans if sentence_starts[n] <= x.lead < words[main.first].start])
                if owner_told is not None and (
                        before[owner_told[3]].start <= last_speech_at
                        or (owner_told[2] is not None and (owner_told[2].id in speaker or _a_place(
                            owner_told[2], folded, sentence_starts[n])))
                        or _quoted_between(folded, before[owner_told[1]].end, words[main.first].start)):
                    owner_told = None  # the speech's verb or one before it, the speaker, a place, a quotation
                if owner_told is not None:
                    # «جهود حثيثة بذلتها الوزارة لتطبيق الاتفاق، إثر انتشار قواتها»: a force named by a
                    # pronoun right after a noun trigger acts, and so does its owner, the subject of the
                    # nearest verb before it of the pronoun's form (the_force_s_owner_before)
                    doers, said = _written_doers(owner_told, before, spans, show, mx.new_actors, side=False)
                    force_said = _QUOTES.sub("", show(words[held_at].start, words[held_at].end)).strip()
                    party = described_party(force_said)
                    mx.new_actors.setdefault(party.id, party)
                    roles = roles.acted_by(list(dict.fromkeys([*doers, party.id])))
                    trace.append(f"acts: '{force_said}', whose owner is '{said}', the subject of "
                                 f"'{before[owner_told[3]].text}' (the_force_s_owner_before)")
            if owned_by is not None:
                # «أعلنت فصائل معارضة محلية سيطرتها على محافظة درعا»: a happening told by its noun with a
                # possessive pronoun, the object of a verb whose object is its subject's own deed, is that
                # subject's, over the parties named after it (the_owner_written_before)
                its_verb = owned_by[3]
                doers, said = _written_doers(owned_by, before, spans, show, mx.new_actors, side=False)
                roles = roles.acted_by(doers)
                trace.append(f"acts: '{words[main.first].text}' is owned by '{said}', the subject of "
                             f"'{before[its_verb].text}' (the_owner_written_before)")
            went_on = (last_told if last_told is not None and last_told.sentence == n
                    else first_told if opens and a == sentence_starts[n] and first_told is not None
                    and first_told.sentence == n - 1 and "\n" not in folded[first_told.at:a]
                    else None)  # the sentence before in the same paragraph (line)
            if kind.family is not EventKind.STATEMENT and described is None and unnamed is None \
                    and subject_before is None and owned_by is None \
                    and light is not None and went_on is not None and (not roles.source or (
                        kind not in _MET_AFTER and all(
                            s.lead > words[light.first].start for s in part if s.id in roles.source))) \
                    and went_on.speaker == heard and heard_at < went_on.at \
                    and not _QUOTES.search(folded, went_on.at, words[light.first].start) \
                    and (went_on.sentence == n or not any(s.lead < words[light.first].start for s in part)) \
                    and went_on.at < words[light.first].start \
                    and _carried_subject(light, words, {s.lead for s in here}, opens) in went_on.agrees:
                # «… أرسلت القوات الروسية تعزيزات …، كما دفعت بتعزيزات إلى كوباني», «سيطرت القوات على
                # القرية. ثم تمكنت الأربعاء من دخول …»: a verb at the head of its clause or sentence whose
                # subject is its pronoun, agreeing with the doers of the happening told last in the
                # sentence or the one before it in the paragraph, goes on with them; not across a
                # quotation nor another's speech (the_subject_of_the_sentence_before)
                roles = roles.acted_by(list(went_on.ids))
                trace.append(f"acts: '{words[light.first].text}' names no subject: the doers of "
                             f"'{went_on.trigger}'"
                             + (" told before it in its sentence, " if went_on.sentence == n
                                else " in the sentence before, ") + ", ".join(went_on.ids)
                             + " (the_subject_of_the_sentence_before)")
            if pair_word is not None:
                # «أن الطرفين جددا التزامهما …، واتفقا على إنشاء آلية»: a dual verb with no subject goes on
                # with the pair that is the subject of the dual verb before it in the sentence
                said = show(pair_word.start, pair_word.end)
                party = described_party(said)
                mx.new_actors.setdefault(party.id, party)
                pair = _the_pair_named_before(pair_word, spans, names, folded)
                roles = roles._replace(source=list(dict.fromkeys([party.id, *pair, *roles.source])))
                trace.append(f"acts: '{main.surface}' names no subject: '{said}', the pair of the dual verb "
                             "before it in the sentence (the_dual_s_pair)")
            own_deed = _after_own_pronoun(_own_verb(main, light, words), words)
            reporters = {x for x in speaker if not _is_party(mx.actor(x))  # self_told (actor48), and
                         and not ((own_deed or kind in _DECLARED)  # declared_by_its_teller (kinds52)
                                  and _tells_of_itself(mx.actor(x)))}
            if kind.family is not EventKind.STATEMENT and reporters:
                # «أعلن المرصد مقتل 27 مدنياً في قصف جوي»: who reports a happening takes no part in it
                if set(roles.source) & reporters:
                    roles.notes.append("acts: not " + ", ".join(sorted(set(roles.source) & reporters))
                                       + ", who reports it")
                roles = roles._replace(source=[x for x in roles.source if x not in reporters],
                                       target=[x for x in roles.target if x not in reporters])
                part = [x for x in part if x.id not in reporters]
            trace += roles.notes
            if kind is EventKind.ATTACK and roles.source and set(roles.source) <= T.STRIKES_FROM_AFAR \
                    and main.rule.removeprefix("verb ").removeprefix("noun ") not in T.ON_THE_GROUND \
                    and not _has_any(region, T.BY_GROUND) and not _has_any(region, T.LANDING):
                kind = EventKind.STRIKE  # «هجوم إسرائيلي استهدف مطار دمشق» (struck_from_afar, kinds21)
                trace.append(f"an attack by {', '.join(roles.source)}, who strike from afar: a strike "
                             "(struck_from_afar)")
            elif kind is EventKind.ATTACK and set(roles.source) & T.TARGETING_FROM_AFAR \
                    and main.rule == "verb " + T.TARGETED and not _has_any(region, T.BY_GROUND) and (
                    hit := next((words[k] for k in range(main.last + 1, min(reading.last + 1, main.last + 1
                                 + T.POSITIONS_REACH)) if words[k].text in T.POSITIONS), None)) is not None:
                kind = EventKind.STRIKE  # «استهدفت الولايات المتحدة … مقرات عسكرية» (targeted_positions)
                far = ", ".join(sorted(set(roles.source) & T.TARGETING_FROM_AFAR))
                trace.append(f"'{main.surface}' by {far} at '{hit.text}': a strike (targeted_positions)")
            at = omap.to_original(words[main.first].start)
            noun = main.tense == "noun"
            latest = pub_day if main.tense == "past" else None  # what has happened, by publication
            if noun and kind in _REACHED and not _has_any(region, tb.future):
                latest = pub_day  # «توصله إلى اتفاق على هدنة تبدأ يوم الاثنين المقبل»: the truce's day
            # «اتفقتا … على أن تسيّر قوات تركية وروسية دوريات»: what is agreed to be done, from then on
            agreed = kind.family is not EventKind.STATEMENT and main.tense in ("present", "future") and any(
                words[k].text in T.AGREED_TO and words[k + 1].text in _COMPLEMENTIZERS
                for k in range(max(0, main.first - 3), main.first - 1))
            # «اتفقا على عقد لقاء مباشر»: a meeting agreed to be held is to come too (agreed_to_hold)
            agreed = agreed or (noun and main.first >= 2 and words[main.first - 1].text in T.TO_HOLD
                                and words[main.first - 2].text in T.AGREED_TO)
            if agreed:
                governing, why_date = dates.governing(at, ob, at, noun)
                trace.append("what «على أن» agrees to be done: dated by its own words, else to come")
            elif kind.family is EventKind.STATEMENT:
                # «نفت يوم الخميس (21 آذار 2019) أن …»: a day closed by a bracket is the speech's too
                limit = dating.past_closing(text, said_end := omap.to_original(words[reading.last].end))
                # the_speaker_told_of: a day told before the name is the teller's, not the speech's
                told_from = omap.to_original(words[reading.first].start) if reading.told else oa
                governing, why_date = dates.governing(told_from, limit, at, noun, latest)
                if governing is not None and governing.end > said_end:
                    trace.append(f"'{governing.text}' closes with a bracket past the speech's last word: "
                                 "read within it (past_closing)")
                if governing is not None and governing.end <= at and (owner := next((
                        h for h in hits if h.kind.family is not EventKind.STATEMENT
                        and governing.end <= omap.to_original(words[h.first].start) < at), None)) \
                        and (then := dating.said_then(texts, main.last, reading.last)) is not None:
                    # «حين استهدفت طائرات … مطار الشعيرات، وأعلن النظام حينها أنه …»: said then, at the time
                    # of the happening told before it, on its day (said_then)
                    trace.append(f"'{show(words[then].start, words[then].end)}': said at the time of "
                                 f"'{owner.surface}', told before it (said_then)")
                elif governing is not None and governing.end <= at and (owner := next((
                        h for h in hits if h.kind.family is not EventKind.STATEMENT
                        and governing.end <= omap.to_original(words[h.first].start) < at), None)):
                    # «تواصلت الخروقات للهدنة التي بدأت في الـ30 من كانون الأول، إذ وثق المرصد …»:
                    # a date before another happening told before the statement is that one's
                    trace.append(f"'{governing.text}' dates '{owner.surface}', told between it and the "
                                 "statement")
                    governing = None
                elif governing is not None and governing.end <= at and (was := dating.what_it_was(
                        folded, sentence_starts[n], words[main.first].start)) is not None \
                        and omap.to_original(was) >= governing.end:
                    # «تتواصل الاضطرابات في المدينة اليوم الثلاثاء، إذ أفاد تلفزيون سوريا …»: the day before
                    # «إذ» is of what the clause before tells, not of the speech telling what it was
                    trace.append(f"'{governing.text}' is told before «{show(was, was + 2)}», of what the "
                                 "clause before it tells, not of the statement (what_it_was)")
                    governing = None
                elif governing is not None and governing.start > at and (what_told := next((
                        h for h in hits if h.kind.family is not EventKind.STATEMENT and h.first > main.last
                        and omap.to_original(words[h.last].end) <= governing.start
                        and dating.day_of_what_is_told(h.kind)), None)) is not None \
                        and not _said_right_after(text, governing.end):
                    # «تبنى التنظيم سلسلة تفجيرات ضربت صباح اليوم …»: a day told past another happening the
                    # statement names is that happening's, not the statement's (day_of_what_is_told); not
                    # one it declares, nor an occasion («أعلن الهدنة يوم الخميس»: dating.DECLARED_THERE),
                    # nor a day right before what is said («أعلنت الوزارة، التي تشرف على العملية، أمس أنها»)
                    trace.append(f"'{governing.text}' is told past '{what_told.surface}', of what the "
                                 "statement tells, not its own day (day_of_what_is_told)")
                    governing = None
                elif governing is not None and governing.start > at and (dead := dating.dead_counted(
                        texts, main.last + 1, reading.last)) is not None \
                        and omap.to_original(words[dead].end) <= governing.start and not any(
                            h.kind.family is EventKind.STATEMENT and h.first > dead
                            and omap.to_original(words[h.first].start) < governing.start for h in hits):
                    # «أحصت الخوذ البيضاء مقتل 28 شخصاً أمس السبت»: the day is the dead's, not the
                    # count's (count_of_the_dead); not a day another speech tells after them («وأوضحت في
                    # بيان نشرته اليوم»)
                    trace.append(f"'{governing.text}' dates the dead "
                                 f"'{show(words[dead].start, words[dead].end)}' counts, not the count "
                                 "(count_of_the_dead)")
                    governing = None
            elif reading.first > 0:  # what a speaker says: only its own words date it
                governing, why_date = dates.governing(omap.to_original(words[reading.first].start), ob,
                                                      at, noun, latest)
                if governing is None and reading.first == main.first and dating.the_means(texts[main.first]) \
                        and (right := _right_before(
                        dates.inside(oa, at), text, at)) is not None and right.value is not None \
                        and (latest is None or right.value.start <= latest):
                    # «ردّت عليه أنقرة يومي الأربعاء والخميس بقصف …»: the means of the verb the day right
                    # before it dates, of that day (by_that_means)
                    governing, why_date = right, "the means of the verb the day right before it dates " \
                        "(by_that_means)"
            elif kind in _REPORTED_DONE and not _launch_announced(main, words) and (announced := next((
                    r.hit for r in readings if r.hit.kind.family is EventKind.STATEMENT
                    and (r.hit.mode == "announce" or (noun and r.hit.mode in _TELLS_OF_DONE) or (
                        r.hit.mode in _SPEECH_SCOPE and _waged_told(main, words)))
                    and r.hit.tense != "noun" and r.hit.last < main.first),
                    None)) is not None:
                # «أعلنت قسد اليوم سيطرتها على الرقة»: «اليوم» dates the announcement; what it
                # announces is dated by its own words, else it happened by then; so what a speech
                # condemns or blames («أدانت قطر اليوم … استمرار … شن غاراته») (told_of_done), and the
                # happening a warning tells done by its own verb («هدد أمس بتوسيع الهجوم الذي تشنه …»,
                # waged_told)
                governing, why_date = dates.governing(at, ob, at, noun, latest)
                if governing is None:
                    trace.append(f"what '{announced.surface}' tells of: the speech's date is not its own "
                                 f"(told_of_done)")
            else:
                governing, why_date = dates.governing(oa, ob, at, noun, latest)
            if governing is not None and kind is EventKind.PROPOSAL \
                    and main.rule.removeprefix("verb ") in T.CALLING and _points_back(main, words):
                # called_for_before (kinds48): «شارك أمس في اجتماع وزاري دعا إليه كيري»: the clause's day
                # is what was called for's (the meeting's, the truce's); the call came before it
                trace.append(f"'{governing.text}' dates what '{main.surface}' called for, not the call "
                             "(called_for_before)")
                governing = None
            if governing is not None and governing.start > at and dating.heaviest_since(
                    _WORD.findall(fold(text[max(0, governing.start - 60):governing.start])),
                    _WORD.findall(fold(governing.text))):
                # «تعرضت أمس الجمعة "لأعنف قصف منذ 14 يوماً"»: the heaviest since, measured against that
                # day, not of it; the day told before it dates it (heaviest_since)
                compared = governing.text
                governing, why_date = dates.governing(oa, at, at, noun, latest)
                trace.append(f"'{compared}' is what a superlative measures against, not its day "
                             "(heaviest_since)")
            if governing is not None and governing.end <= at and kind.family is not EventKind.STATEMENT \
                    and (was := dating.what_it_was(folded, sentence_starts[n], words[main.first].start)) \
                    is not None and omap.to_original(was) >= governing.end \
                    and (own_told := dates.governing(at, ob, at, noun, latest))[0] is not None \
                    and not dating.set_apart(text[at:own_told[0].start]):
                # «…منذ تولي بايدن السلطة في كانون الثاني/يناير، إذ قتلت غارة … في شباط/فبراير»: a happening
                # past «، إذ» with a day of its own after it, in its clause, is of that day (own_day_past_idh)
                trace.append(f"'{governing.text}' is told before «{show(was, was + 2)}»: the happening has a "
                             "day of its own after it (own_day_past_idh)")
                governing, why_date = own_told
            if governing is not None and governing.start < at and dating.dateline_day(
                    text[text.rfind("\n", 0, governing.start) + 1:governing.start],
                    text[governing.end:governing.end + 3]):
                # «موسكو 20 أكتوبر 2016 - أفادت وزارة الخارجية …»: the dateline's date is the dispatch's,
                # not the day of what it tells (dateline_day)
                trace.append(f"'{governing.text}' is the dateline's date, not the event's (dateline_day)")
                governing, why_date = None, "none governs it"
            roughly = governing is not None \
                and dating.told_roughly(governing.rule, fold(governing.text).split(), main.tense)
            if roughly and governing is not None:
                # «وكانت تركيا قد بدأت قبل نحو أسبوع هجوماً»: an age told roughly dates nothing; the
                # happening is of what the report tells, on or before publication (told_roughly)
                trace.append(f"'{governing.text}' is an age told roughly, no day of it (told_roughly)")
                governing, why_date = None, "none governs it"
            if governing is not None and governing.start > at and dating.told_repeated(texts, main.last):
                # «وتوغلها المتكرر في مناطق من القنيطرة … لاتفاق فض الاشتباك لعام 1974»: what is told
                # repeated is of no one day; the day told after it is another's (told_repeated)
                trace.append(f"'{main.surface}' is told repeated; '{governing.text}' is not its day "
                             "(told_repeated)")
                governing, why_date = None, "none governs it"
            if governing is not None and governing.start > at and kind.family is not EventKind.STATEMENT \
                    and (and_that := dating.another_said(texts, main.last + 1, len(texts))) is not None \
                    and omap.to_original(words[and_that].end) <= governing.start:
                # «وأشار أكار إلى أن الاتفاق دخل حيز التنفيذ، وأن أولى خطواته تنظيم دورية … في 15 آذار»:
                # a day told past «وأن» is another thing said's (another_said)
                trace.append(f"'{governing.text}' is told past "
                             f"'{show(words[and_that].start, words[and_that].end)}', of another thing said "
                             "(another_said)")
                governing = None
            if governing is not None and governing.start > at and not _definite(texts[main.first]) \
                    and dating.another_clause(
                    fold(strip(text[omap.to_original(words[main.last].end):governing.start])[0])) is not None:
                # «… وقصف القوات الحكومية على المنطقة، ثم تمكنت الأربعاء من دخول …»: a day told past a comma
                # and a word that opens another clause is that clause's (another_clause); not a definite noun,
                # one the story told
                trace.append(f"'{governing.text}' is told in another clause after it, not its own day "
                             "(another_clause)")
                governing = None
            if governing is not None and governing.start > at and (other := dating.of_another_noun(
                    _WORD.findall(fold(text[omap.to_original(words[main.last].end):governing.start])),
                    _WORD.findall(fold(governing.text)), kind.family is EventKind.AGREEMENT)) is not None:
                # «تمسكهما بدعم وقف إطلاق النار … القائم منذ ستة أسابيع», «انهيار اتفاقية فصل القوات لعام
                # 1974»: the date of another noun told between them, not the trigger's (of_another_noun)
                trace.append(f"'{governing.text}' is told after '{other}', of another noun than "
                             f"'{main.surface}' (of_another_noun)")
                governing = None
            if governing is not None and noun and governing.end <= at and (
                    uncounted := _uncounted_offset(dates.inside(governing.end, at), text, at)) is not None:
                # «سيطرت القوات … أمس على مدينة عفرين، بعد نحو شهرين من انطلاق عملية "غصن الزيتون"»: the day
                # before the offset is the later happening's; the offset counts none (uncounted_offset)
                trace.append(f"'{uncounted.text}' counts no day from '{governing.text}': not the day of "
                             f"'{main.surface}' (uncounted_offset)")
                governing, why_date = None, "none governs it"
            if governing is not None and governing.end <= at and kind in _REPORTED_ON \
                    and dating.reported_on_the_day(texts[0], text[oa:governing.start],
                                                   text[governing.end:at]):
                # «أفاد المرصد السوري لحقوق الإنسان، الثلاثاء، بمقتل 4 جنود أتراك بقصف مدفعي»: the day set off
                # after the source is the report's; what it reports, its own words date (reported_on_the_day)
                trace.append(f"'{governing.text}' is set off after the source of '{texts[0]}', the report's "
                             "day, not what it reports (reported_on_the_day)")
                governing, why_date = dates.governing(at, ob, at, noun, latest)
            if governing is not None and kind.family is not EventKind.AGREEMENT and dating.named_by_its_day(
                    _WORD.findall(fold(text[max(0, governing.start - 20):governing.start]))):
                # «اتفقت يوم أمس الأحد … على وقف إطلاق النار وتنفيذ بنود اتفاق 1 أيلول»: the day names the
                # agreement, not this happening; the date on its other side, if any (named_by_its_day)
                agreement_day = governing.text
                lo, hi = (oa, governing.start) if governing.start > at else (governing.end, ob)
                governing, why_date = dates.governing(lo, hi, at, noun, latest)
                trace.append(f"'{agreement_day}' names the agreement before it, not its day "
                             "(named_by_its_day)")
            if governing is not None and noun and governing.end <= at and pub_day is not None \
                    and (own := dating.its_own_clause(texts, main.last)) is not None \
                    and (own_day := next((
                        m for m in dates.inside(omap.to_original(words[own[0]].end),
                                                omap.to_original(words[own[1]].end))
                        if m.value is not None and m.kind in ("date", "range") and m.value.start <= pub_day
                        and not _COMMA.search(text, omap.to_original(words[own[0]].end), m.start)), None)) \
                    is not None:
                # «أُنجزت الخميس الفائت، في إطار اتفاق وقف إطلاق النار الذي أبرمه الرئيسان … في الخامس من
                # آذار الماضي»: the day the noun's own relative clause tells is its own (its_own_clause)
                governing, why_date = own_day, ("told in its own relative clause "
                                                f"'{show(words[own[0]].start, words[own[0]].end)}' "
                                                "(its_own_clause)")
            if governing is not None and noun and kind in _CARRIED_OUT_KINDS and governing.start < at \
                    and main.first > 0 and (carried := next((
                        w.text for w in words[max(0, main.first - 2):main.first]
                        if _bare(w.text, T.CARRIED_OUT) in T.CARRIED_OUT), None)) is not None:
                # «بدأ اليوم تنفيذ الاتفاق»: the agreement carried out today was made before; the day
                # before it is the carrying out's, not the agreement's
                trace.append(f"'{carried}': the agreement carried out, not made on '{governing.text}'")
                governing = None
            if kind.family is not EventKind.STATEMENT and (start := _starting_from(
                    dates.inside(at, omap.to_original(words[reading.last].end)), text, at)) is not None:
                # «أمر بوتين اليوم بسحب القوات بدءاً من يوم غد الثلاثاء»: the day it starts from is its day
                governing, why_date = start, "the day it starts from («بدءاً من …»)"
            if kind is EventKind.CEASEFIRE \
                    and (force := dating.in_force(texts, main.last, reading.last)) is not None \
                    and (entry := _right_after(dates.inside(omap.to_original(words[force].end), ob), text,
                                               omap.to_original(words[force].end))) is not None:
                # «أعلنتا الاثنين الماضي هدنة إنسانية في … حلب، تسري اليوم من الثامنة صباحاً»: the truce is
                # of the day it comes into force, not of the announcement's
                governing, why_date = entry, (f"'{show(words[force].start, words[force].end)}': the day it "
                                              "comes into force (in_force_from)")
            elif kind is EventKind.CEASEFIRE \
                    and (force := dating.in_force_before(texts, main.first)) is not None \
                    and (entry := _right_before(dates.inside(oa, omap.to_original(words[force].start)), text,
                                                omap.to_original(words[force].start))) is not None:
                # «بدأ صباح الأربعاء سريان اتفاق «درعا البلد» … القاضي بوقف إطلاق النار»: the day the
                # agreement's truce comes into force
                governing, why_date = entry, (f"'{show(words[force].start, words[force].end)}': the day it "
                                              "comes into force (in_force_from)")
            if governing is not None and governing.end <= at and (wake := in_the_wake_of(
                    texts, main.first)) is not None \
                    and omap.to_original(words[wake].start) >= governing.end \
                    and (after := dates.governing(omap.to_original(words[wake].end), ob, at, noun,
                                                  latest)[0]) is not None and after.start > at:
                # «عقد الحلف اجتماعاً طارئاً اليوم الجمعة، إثر مقتل 33 جندياً في قصف جوي … مساء أمس
                # الخميس»: Friday is the meeting's; what came before it has its own day after it
                governing, why_date = after, (f"'{show(words[wake].start, words[wake].end)}': what the day "
                                              "told before came in the wake of (in_the_wake_of)")
            if governing is None and kind.family is not EventKind.STATEMENT and (was := dating.what_it_was(
                    folded, sentence_starts[n], words[main.first].start)) is not None \
                    and (was_day := next((m for m in reversed(dates.inside(
                        omap.to_original(sentence_starts[n]), omap.to_original(was)))
                        if m.value is not None and m.kind in ("date", "range")
                        and (pub_day is None or m.value.start <= pub_day)), None)) is not None:
                # «شهد الشريط الحدودي صباح اليوم توغلات إسرائيلية جديدة، إذ تقدمت دورية …»: what «إذ» tells is
                # what the clause before it was, of the day told there (what_it_was)
                governing, why_date = was_day, (f"'{was_day.text}': told before «{show(was, was + 2)}», "
                                                "whose clause tells what that one was (what_it_was)")
            followed = False  # whether the day told before is of what came after this happening
            if governing is not None and noun and main.first > 0 and led_up_to(words[main.first - 1].text) \
                    and kind not in _FIGHTING \
                    and kind.family not in (EventKind.MEETING, EventKind.STATEMENT) \
                    and governing.value is not None and governing.value.start == governing.value.end \
                    and governing.end <= omap.to_original(words[main.first - 1].start):
                # «ثم تمكنت الأربعاء من دخول خان شيخون إثر انسحاب مقاتلي الهيئة منها»: Wednesday is the
                # entry's; what it followed has no day of its own (what_came_before)
                cue = words[main.first - 1]
                trace.append(f"'{show(cue.start, cue.end)}': '{governing.text}' is the day of what came "
                             "after it, not its own (what_came_before)")
                governing, followed = None, True
            if governing is None and clause_date is not None and clause_why.startswith("'حينها'"):
                governing, why_date = clause_date, clause_why
            if governing is None and kind.family is EventKind.STATEMENT and met is not None \
                    and main.rule not in T.RELAYED_BY and (any(
                    h.kind.family is EventKind.MEETING and h.tense == "noun"
                    and reading.first <= h.first <= reading.last for h in hits)
                    or _has_any(words[reading.first:reading.last + 1], T.AT_A_MEETING)):
                # «وقال بوتين بعد اجتماع استمر ساعتين إن …»: said at the meeting told before, that day
                # (a meeting in what is said, «قالت إن الاجتماع …», dates nothing)
                governing, why_date = met, "said at the meeting told before it, on its day"
            story_day = day_told if day_told is not None and day_told.value is not None \
                and day_told.value.start == day_told.value.end else None
            occasion = None if story_day is None else occasion_at(
                texts, *speaker_part(texts, main.last, reading.last, _COMPLEMENTIZERS)) \
                if kind.family is EventKind.STATEMENT and main.tense != "noun" \
                and main.rule not in T.RELAYED_BY \
                else occasion_at(texts, main.first, main.first) if noun and kind.family is EventKind.MEETING \
                and reading.first == 0 and not _definite(texts[main.first]) else None
            if body_goes_on and occasion is not None and texts[occasion] in T.THE_STATEMENT:
                occasion = None  # «وأوضحت الوزارة في بيانها أن»: the speech told before goes on
            if occasion is not None and a == sentence_starts[n] \
                    and (anchor := dating.came_after(texts, main.first)) is not None:
                # «وجاء الإعلان عقب اجتماع عقده الأسد …»: what the story's happening came after, dated by its
                # own words only, not at the occasion of the story's day (what_it_came_after)
                trace.append(f"'{show(words[anchor].start, words[anchor].end)}': what the story's happening "
                             "came after, not at the occasion of its day (what_it_came_after)")
                occasion = None
            if occasion is not None and story_day is not None and (governing is None or (
                    kind.family is EventKind.MEETING and governing.value is not None and pub_day is not None
                    and governing.value.start > pub_day)):
                # «وقال بوتين، بعد محادثات أجراها في سوتشي …، إن», «خلال اجتماع عقده في الكرملين»: said
                # at an occasion the story goes on with (which has happened, whatever date the words
                # said there give), of the day the story told last
                governing, why_date = story_day, (f"at '{show(words[occasion].start, words[occasion].end)}', "
                                                  "an occasion of the day the story told (at_the_occasion)")
            if governing is None and main.rule == _RECEIVED_BY and (arrival_day := _day_before(
                    dates.inside(max(0, oa - T.ARRIVED_BACK), oa), pub_day, story_day)) is not None:
                # «وصل المعلم إلى طهران فجر اليوم الاثنين …. وكان في استقبال المعلم في المطار …»: the
                # reception on arrival, of the last day told before it, the arrival's (received_on_the_day)
                governing, why_date = arrival_day, ("a reception on the arrival told before it, of the last "
                                                    "day told (received_on_the_day)")
            if governing is None and kind.family is EventKind.STATEMENT and called is not None \
                    and main.tense != "noun" and main.rule not in T.RELAYED_BY \
                    and (call := dating.during_the_call(texts, main.last + 1, len(texts) - 1)) is not None:
                # «قالت الخارجية الأمريكية إن كيري أبلغ نظيره خلال الاتصال …»: what was said during the
                # call the story told, of its day (during_the_call)
                governing, why_date = called, (f"'{show(words[call].start, words[call].end)}': said during "
                                               "the call told before it, on its day (during_the_call)")
            if governing is not None and kind.family is EventKind.STATEMENT and main.tense != "noun" \
                    and (earlier := dating.said_earlier(texts, main.last, reading.last)) is not None \
                    and not dating.earlier_that_day(text, *omap.span_to_original(
                        words[earlier[0]].start, words[earlier[1]].end), dates.inside(
                            omap.to_original(words[earlier[0]].start), len(text))):
                # «وكانت الدفاع التركية قد أعلنت في وقت سابق وصول أكار …»: said earlier, on no day told
                # («في وقت سابق اليوم», «… من يوم الاثنين» tell it): on or before publication (said_earlier)
                trace.append(f"'{show(words[earlier[0]].start, words[earlier[1]].end)}': said earlier, "
                             f"'{governing.text}' is not its day (said_earlier)")
                governing = None
            there = max((d for d in (met, called) if d is not None), key=lambda d: d.start, default=None)
            if governing is None and there is not None and kind.family in _AGREED_THERE \
                    and (pub_day is None or there.value is None or there.value.start <= pub_day) \
                    and not any(e.kind.family is kind.family for e in out) \
                    and not any(h.kind.family is EventKind.STATEMENT and h.first < main.first
                                and h.tense not in ("noun", _ATTRIBUTED) for h in hits) \
                    and (agreed_at := dating.agreed_there(texts, main.first, reading.first)) is not None:
                # «التقى أبو قصرة، اليوم الثلاثاء، مظلوم عبدي …، واتفق الجانبان على وقف شامل لإطلاق النار»:
                # agreed at the meeting or the call told before, on its day (agreed_there)
                governing, why_date = there, (f"'{show(words[agreed_at].start, words[agreed_at].end)}': "
                                              "agreed at the meeting or call told before it, on its day "
                                              "(agreed_there)")
            begins = dating.to_begin(texts, main.first, reading.first) if noun else None
            if begins is not None and governing is not None \
                    and governing.end <= omap.to_original(words[begins].start):
                # «أعلن فوتيل، اليوم الأحد، أن القوات … ستبدأ خلال الأيام المقبلة تسيير دوريات»: Sunday is
                # the speech's; what is to begin has no day of its own (to_begin)
                governing = None
            if governing is None and begins is None and not followed \
                    and (then := dating.then_pulled_out(texts, main.first, kind)) is not None \
                    and (then_day := _day_before(dates.inside(oa, omap.to_original(words[then].start)),
                                                 pub_day, told_before)) is not None:
                # «توغلت قوة إسرائيلية، يوم السبت، …، ورفعت العلم … ثم انسحبت منها»: the pull-out ends what
                # its clause told before «ثم» / «قبل أن», that day (then_pulled_out)
                then_cue = show(words[then].start, words[then].end)
                governing, why_date = then_day, (f"'{then_day.text}': the day of what «{then_cue}» follows, "
                                                 "which this pull-out ends (then_pulled_out)")
            if governing is None and begins is None and not followed and told_before is not None and (
                    main.tense == "past" or (
                    noun and not _definite(words[main.first].text))) \
                    and kind.family is not EventKind.STATEMENT and not has_here(_BACKGROUND) \
                    and not any(h.kind.family is EventKind.STATEMENT for h in hits) \
                    and told_before.value is not None and told_before.value.start == told_before.value.end:
                if spoken_before:
                    # «أعلنت قسد، اليوم الأحد، أنها …، بينما تدور اشتباكات عنيفة في عين عيسى»: the day is the
                    # speech's own, not what the clause joined after it tells (speech_day_kept)
                    trace.append(f"'{told_before.text}' is a speech's own day, not carried to what is joined "
                                 "after it (speech_day_kept)")
                else:
                    # «قتل 14 شخصاً صباح اليوم في تفجير …، فيما قتل 11 مدنياً في قصف على أريحا»: a happening
                    # the sentence joins to one it dated, with no day of its own, is of that day
                    governing, why_date = told_before, ("the day the sentence before told, which this one "
                                                        "goes on with (also_that_day)" if also
                                                        else "the day the sentence told before it")
            if governing is None and begins is None and not followed and said_today is not None \
                    and reading.first > 0 and not roughly \
                    and kind.family not in (EventKind.STATEMENT, EventKind.PROPOSAL) \
                    and (main.tense == "past" or (noun and not _definite(words[main.first].text))) \
                    and _bare(words[main.first - 1].text, T.CARRIED_OUT) not in T.CARRIED_OUT \
                    and dating.the_day_s_news(kind) \
                    and words[reading.first].text not in T.WHERE_TOLD \
                    and not (kind in _FIGHTING and led_up_to(words[main.first - 1].text)):
                # «أعلنت الهيئة، الأربعاء، أنها سيطرت على الفوج 46»: what a speech of the publication day
                # reports done, with no day of its own, is that day's news — not an agreement carried
                # out («بموجب اتفاق»), nor what the news followed («إثر معارك عنيفة»), nor what it tells
                # done some time before, told roughly («الذي سيطرت عليه الوحدات قبل نحو يومين»: told_roughly),
                # nor what goes on where «حيث» tells it («طلبت …، حيث يشن الجيش هجوماً»: where_told).
                # Only a truce the speech declares (evdate34): what else it reports is dated by its own
                # words (reported_not_dated)
                governing, why_date = said_today, ("what a speech of the publication day reports done "
                                                   "(news_of_the_day)")
            elif governing is None and said_today is not None and reading.first > 0 \
                    and dating.not_the_day_s_news(kind, main.tense):
                # «أعلن الجيش، اليوم الأحد، أن قواته اشتبكت مع مجموعات مسلحة»: fighting went on up to the
                # speech, not on its day (not_the_day_s_news)
                trace.append(f"fighting, a deployment or a downing a speech of the publication day reports "
                             f"('{said_today.text}') is dated by its own words only, not its day's news "
                             "(not_the_day_s_news)")
            elif governing is None and said_today is not None and reading.first > 0 \
                    and kind.family not in (EventKind.STATEMENT, EventKind.PROPOSAL) \
                    and not dating.the_day_s_news(kind):
                # «ذكر المرصد اليوم الثلاثاء أن قسد استعادت السيطرة على رأس العين»: the capture is dated by
                # its own words only, not by the speech's day (reported_not_dated)
                trace.append(f"what a speech of the publication day ('{said_today.text}') reports is dated "
                             "by its own words only (reported_not_dated)")
            if reading.agreed and dates.governing(
                    at, omap.to_original(words[reading.last].end), at, noun)[0] is None:
                continue  # «اتفقتا على وقف إطلاق النار»: what the agreement is on, with no day of its own
            if short is not None and (governing is None or governing is short) and _counts_for(
                    short, at, words, hits, omap):
                governing, why_date = clause_date, clause_why
                if told_here is not None and told_here.value is not None \
                        and told_here.value.start == told_here.value.end and told_here.end <= short.start:
                    # «قصفت … أمس …، وبعد ساعات قصفت …»: hours after what this clause told first
                    governing, why_date = told_here, f"'{short.text}': hours from the day told before it"
            # «أكد مشاركته في لقاء أستانا المقبل»: what was said is past, whatever it speaks of
            future = main.tense == "future" or agreed or (
                main.tense != "past" and _has_any(region, tb.future))
            if noun and not future and governing is None and begins is not None:
                # «ستبدأ خلال الأيام المقبلة تسيير دوريات مشتركة»: what a verb of starting not told in the
                # past sets going is to come (to_begin)
                future = True
                trace.append(f"'{show(words[begins].start, words[begins].end)}': what it starts is to come "
                             "(to_begin)")
            if noun and not future and (ready := dating.in_preparation(
                    texts, main.first, reading.first)) is not None:
                # «تستعد القوات الأميركية … للانسحاب»: what they get ready for is to come (in_preparation)
                future = True
                trace.append(f"'{show(words[ready].start, words[ready].end)}': what it gets ready for is "
                             "to come (in_preparation)")
            if main.tense in ("noun", "present") and not future and governing is None and (
                    terms := dating.in_the_terms(texts, main.first, kind)) is not None:
                # «وتشمل بنود الاتفاق … انسحاب جميع التشكيلات»: what the terms say is to be done is to come
                # (in_the_terms)
                future = True
                trace.append(f"'{show(words[terms].start, words[terms].end)}': what the terms of an "
                             "agreement say is to be done is to come (in_the_terms)")
            # «أول هجوم من نوعه منذ سقوط النظام»: the first since, a one-off, not what goes on since
            first_since = has_here(T.FIRST_SINCE)
            # (not «الأول» of a month's name: «منذ الخامس من تشرين الأول»: of_a_month_name)
            ongoing = kind in _ONGOING and not (first_since and not dating.of_a_month_name(texts))
            when, basis = _when(article, governing, text, ongoing, future, kind in T.BEGUN_SINCE)
            since_told = governing is not None and dating.since_in_the_mention(fold(governing.text))
            if since_told and governing is not None and basis is not WhenBasis.STATED:
                # «تتعرض لقصف متواصل بالمدفعية والصواريخ منذ 26 يوماً»: the mention's own «منذ»
                # (since_in_the_mention)
                trace.append(f"'{governing.text}' opens with «منذ»: told since, not on its day "
                             "(since_in_the_mention)")
            if kind in T.BEGUN_SINCE and governing is not None and basis is WhenBasis.STATED \
                    and "منذ" in fold(text[max(0, governing.start - 6):governing.start]):
                trace.append(f"'{governing.text}' after «منذ» is the day the state began (begun_since)")
            if not future and pub_day is not None \
                    and (little := dating.moments_ago(texts, main.first, main.last)) is not None:
                # «رصد قبل قليل هجوماً لمسلحين», «وانتشرت منذ قليل قوة تركية»: a moment ago, of the
                # publication day (moments_ago)
                when, basis = DateSpan.day(pub_day), WhenBasis.STATED
                trace.append(f"'{show(words[little].start, words[little + 1].end)}': a moment ago, the "
                             f"publication day {pub_day} (moments_ago)")
            if basis is WhenBasis.STATED and governing is not None and when is not None \
                    and kind.family not in (EventKind.STATEMENT, EventKind.AGREEMENT) and dating.midnight(
                        fold(text[max(0, governing.start - 12):governing.start]).split(), governing.rule,
                        governing.detail):
                # «اشتباكات اندلعت فور سريان الهدنة عند منتصف ليل الخميس»: the midnight that ends
                # Thursday, of Friday; «منتصف ليل الخميس-الجمعة»: of Friday (midnight_of_the_day); not
                # what is said or agreed («وينص اتفاق … على وقف الأعمال ابتداءً من منتصف ليل الخميس»),
                # nor past publication (midnight_before_publication)
                if (day := dating.midnight_day(when.start, when.end, pub_day)) is not None:
                    when = DateSpan.day(day)
                    why_date = (f"{why_date}; the midnight that ends that night's day: {day} "
                                "(midnight_of_the_day)")
                else:
                    why_date = (f"{why_date}; the midnight that ends that night's day is after publication: "
                                "the day told (midnight_before_publication)")
            if basis is WhenBasis.STATED and governing is not None and when is not None \
                    and when == governing.value and kind.family is not EventKind.STATEMENT \
                    and (both := _evening_to_morning(dates, governing, text)):
                # «وردت تركيا بقصف مدفعي … مساء أمس وصباح اليوم»: from one day's time to the next
                # day's, both days (evening_to_morning); not what is said, at one time
                # («وقال … في مؤتمر صحفي» after it)
                when = both[0]
                why_date = f"{why_date}; joined to '{both[1]}' of the next or the day before: {when} " \
                    "(evening_to_morning)"
            if basis is WhenBasis.STATED and governing is not None and governing.anchor is not None \
                    and when is not None and when == governing.value \
                    and (ago := dating.a_week_ago(governing.rule, fold(governing.text).split(), when.start,
                                                  when.end, governing.anchor)) is not None:
                # «وكانت السلطات قد اعتقلت قبل أسبوع نمير الأسد»: the day seven days before the anchor,
                # not the ISO week before its week; «قبل ثلاثة أسابيع» 21 days (a_week_ago)
                when = DateSpan.day(governing.anchor - dt.timedelta(days=ago))
                why_date = f"{why_date}; {ago} days ago: {when.start} (a_week_ago)"
            if kind is EventKind.CEASEFIRE and basis is WhenBasis.STATED and when is not None \
                    and when.start == when.end and governing is not None and governing.end <= at \
                    and (force := dating.in_force(texts, main.last, reading.last)) is not None \
                    and dating.in_force_at_midnight(texts, force):
                # «اتفق الرئيسان … اليوم الخميس على وقف لإطلاق النار … يسري اعتباراً من منتصف الليل»: the
                # midnight that ends the day told: the truce is of the day after (in_force_from_midnight)
                day = when.start + dt.timedelta(days=1)
                when = DateSpan.day(day)
                why_date = (f"{why_date}; '{show(words[force].start, words[force].end)}' from the midnight "
                            f"that ends that day: {day} (in_force_from_midnight)")
            clause_told = told_here or (clause_date if clause_date is not None and clause_date.end <= at
                                        and not clause_why.startswith("'حينها'") else None)
            came_after = clause_told is None and noun and a == sentence_starts[n] \
                and dating.placed_in_its_time(texts[0]) and told_last is not None \
                and told_last.value is not None and (pub_day is None or told_last.value.start <= pub_day)
            if came_after:
                # «… صباح الاثنين. ويأتي التفجير بعد يومين من انفجار سيارة مفخخة أخرى»: the offset counts
                # from the day the story told last, the day of the happening told again (came_after_counted)
                clause_told = told_last
            if noun and basis is not WhenBasis.STATED and clause_told is not None \
                    and (moved := _counted_from(dates.inside(oa, at), text, at, clause_told,
                                                kind.family in LASTING)) is not None:
                # «شنت مقاتلات تركية فجر أمس غارات …، بعد أسبوع على تفجير إسطنبول»: the bombing is
                # a week before the day the clause told; fighting («بعد أربعة أيام من المواجهات») went
                # on all those days up to it
                when, basis = moved, WhenBasis.STATED
                governing, why_date = clause_told, (
                    "the day the clause told, less the span of time before it" if moved.start == moved.end
                    else "the span it went on, up to the day the clause told (lasted_until)")
                if came_after:
                    why_date = (f"'{texts[0]}' places what the story told in its time: the day told last, "
                                "less the span of time before it (came_after_counted)")
            elif noun and basis is not WhenBasis.STATED and clause_told is not None \
                    and (uncounted := _uncounted_offset(dates.inside(oa, at), text, at)) is not None:
                # «دفع الجيش اليوم بتعزيزات …، بعد نحو أسبوع على الهجوم»: a rough offset counts no day
                trace.append(f"'{uncounted.text}' counts no day from '{clause_told.text}': not the day of "
                             f"'{main.surface}' (uncounted_offset)")
            if noun and basis is WhenBasis.STATED and when is not None and when.start == when.end \
                    and governing is not None and governing.start < at:
                lasted: tuple[int, str] | None = None
                if kind.family in dating.DAYS_OF \
                        and (span_days := _days_up_to(dates.inside(oa, at), text, at)) is not None:
                    # «أعلن كيري اليوم السبت، عقب ثلاثة أيام من المحادثات مع لافروف»: the talks went on
                    # those days up to the day told
                    lasted = (span_days, "went on, up to that day (days_up_to_it)")
                elif kind.family in dating.LASTED_OF \
                        and (span_days := _days_it_lasted(dates.inside(at, ob), text, at)) is not None:
                    # «أعلن الوزير اليوم الخميس انتهاء جولة المحادثات التي استمرت يومين»: the talks went on
                    # those days up to the day told (days_it_lasted)
                    lasted = (span_days, "lasted, up to that day (days_it_lasted)")
                if lasted is not None:
                    began = when.start - dt.timedelta(days=lasted[0] - 1)
                    when = DateSpan(began, when.start, Granularity.DAY, None, f"{began}/{when.start}")
                    why_date = f"{why_date}; the {lasted[0]} days it {lasted[1]}"
            told_day: Mention | None = next((  # the day the clause told before the trigger
                m for m in (told_here, governing) if m is not None and m.start < at and m.value is not None
                and m.value.start == m.value.end), None)
            # «غداة قصف روسي»: only a noun follows «غداة / عشية», so a trigger read as a verb there
            # («قصف») is the noun too
            if main.first > 0 and told_day is not None and told_day.value is not None \
                    and (shift := next_to_the_day(words[main.first - 1].text)) is not None \
                    and (governing is None or governing.start < at):
                # «دفعت تركيا اليوم الخميس بعشر دبابات، غداة هجوم خاطف شنته الفصائل»: the attack is the
                # day before the day the clause told («عشية»: the day after)
                day = told_day.value.start + dt.timedelta(days=shift)
                when, basis = DateSpan.day(day), WhenBasis.STATED
                cue = words[main.first - 1]
                governing, why_date = told_day, (f"'{show(cue.start, cue.end)}': {abs(shift)} day "
                                                 f"{'before' if shift < 0 else 'after'} the day the clause "
                                                 "told (next_to_the_day)")
            where: Where | None = None
            sought = False  # whether *where* is the event's place, found already
            if nobody and ((basis is not WhenBasis.STATED and not since_told)
                           or kind.family is EventKind.STATEMENT):
                # nobody named, no day told: too little to be an event of the story — unless it is a
                # happening the clause sets at a place («خرجت مظاهرات ليلية في عدة أحياء من مدينة حلب»);
                # a day told with its «منذ» is told, whatever it dates (since_in_the_mention)
                unclaimed = _set_off_unclaimed(main, kind, mode, readings)
                fierce = not unclaimed and _fierce_fight(main, kind, words)
                toll = "" if unclaimed or fierce else _the_toll_s_cause(main, kind, words)
                if kind in _HAPPENS_AT or unclaimed or fierce or toll:
                    where, sought = _place_of(text, omap, (oa, ob), region, at, kind, here), True
                if where is None:
                    continue
                if fierce:
                    trace.append(f"'{main.surface}': fighting told fierce at a place, by nobody named "
                                 "(fierce_fight)")
                if unclaimed:
                    trace.append(f"'{main.surface}': a device set off at a place, by nobody named "
                                 "(set_off_unclaimed)")
                if toll:
                    trace.append(f"'{main.surface}': {toll}, at a place, by nobody named")
            involved = list(dict.fromkeys([*(s.id for s in part), *roles.source, *roles.target, *quoted_in]))
            if not involved:
                # the clause's actors, save who reports it; an outlet takes part only in speech
                # («أكد مصدران لوكالة رويترز أن علوش قتل في الغارة»: not Reuters' strike)
                involved = [x for x in actor_ids if x not in reporters and (
                    kind.family is EventKind.STATEMENT or not _an_outlet(mx.actor(x)))]
                if kind in _REPORTED_DONE and speaker and _in_the_complement(main, readings, words):
                    # «وأوضح مود … أن حشوداً غاضبة استهدفت المراقبين»: a person who tells of a strike,
                    # an attack, a withdrawal … in what he says did not do it (speaker_not_doer)
                    kept_ids = [x for x in involved if not (x in speaker and _a_person(x, mx.actor(x)))]
                    if kept_ids != involved:
                        trace.append("acts: not " + ", ".join(x for x in involved if x not in kept_ids)
                                     + ", who tells of it (speaker_not_doer)")
                    involved = kept_ids
            since = (_since_known_event(mx, folded, a, b)  # none where the clause may name none (_may_name)
                     if ongoing and not first_since and basis is not WhenBasis.STATED and pub_day is not None
                     and named_here is not None else None)
            known = None if since is not None or named_here is None else (
                named_here.of(kind) or named_here.at(words[main.first].start - a))
            if since is not None and since.when is not None and pub_day is not None:
                # «منذ سقوط النظام»: what goes on since a known event, up to publication
                when = DateSpan(since.when.start, max(since.when.start, pub_day), Granularity.DAY, None, "")
                basis = WhenBasis.SINCE
                trace.append(f"date: since the known event {since.id!r} ({since.when}) up to publication")
            elif known is not None and basis is not WhenBasis.STATED and known.when is not None:
                # "اتفاق سوتشي" names a known event: the clause refers to it, and it has its date
                when, basis = known.when, WhenBasis.NAMED
                channel = known.channel or channel
                involved += [x for x in known.actors if x not in involved]
                governing = None
                trace.append(f"names the known event {known.id!r}: its date {known.when}")
            elif basis is not WhenBasis.STATED and kind.family is not EventKind.STATEMENT \
                    and pub_day is not None and main.tense != "past" and (now := at_present(
                        texts, main.first, main.last, reading.first, reading.last)) is not None:
                # «وأن قوات البلدين تنتشر حالياً في المواقع المخصصة لها»: what goes on now is of the
                # publication day
                when, basis = DateSpan.day(pub_day), \
                    WhenBasis.STATED
                governing = None
                trace.append(f"date: '{show(words[now].start, words[now].end)}': what goes on at the time of "
                             f"writing, the publication day → {when} (at_present)")
            elif basis is not WhenBasis.STATED and pub_day is not None and (now := dating.just_now(
                    texts, main.first, main.last, reading.first, reading.last)) is not None:
                # «وأعلنت الوكالة السورية الرسمية قبل قليل عودة المطار إلى العمل»: a short while before the
                # time of writing is the publication day (just_now)
                when, basis = DateSpan.day(pub_day), WhenBasis.STATED
                governing = None
                trace.append(f"date: '{show(words[now].start, words[now + 1].end)}': a short while before "
                             f"writing, the publication day → {when} (just_now)")
            elif basis is WhenBasis.ON_OR_BEFORE_PUBLICATION and kind.family is not EventKind.STATEMENT \
                    and pub_day is not None \
                    and (part_of_day := dating.part_of_the_day(
                        texts, main.first, main.last, reading.first, reading.last)) is not None \
                    and ((main.tense == "past" and not dating.said_alone(texts, part_of_day)) or (
                        noun and (not (_definite(texts[main.first]) or dating.said_alone(texts, part_of_day))
                                  or dating.right_after(texts, main.last, part_of_day)))) \
                    and not _COMMA.search(folded, *sorted((words[part_of_day].start,
                                                           words[main.first].start))) \
                    and not any(m.start <= omap.to_original(words[part_of_day].start) < m.end
                                for m in dates.inside(oa, ob)):
                # «انسحبوا من القصير خلال الليل», «التي تتعرض منذ الصباح لقصف عنيف»: a part of the day with
                # no day, in the trigger's own words (no comma between), is of the day the story told
                # last, else of the publication day
                day = next((m.value.start for m in (told_before, story_day) if m is not None
                            and m.value is not None and m.value.start == m.value.end
                            and m.value.start <= pub_day), pub_day)
                when, basis = DateSpan.day(day), WhenBasis.STATED
                governing = None
                trace.append(f"date: '{show(words[part_of_day].start, words[part_of_day].end)}': a part of "
                             f"the day with no day, the day the story told → {when} (part_of_the_day)")
            elif ongoing and pub_day is not None and (count := _days_running(dates.inside(oa, ob), text)) \
                    and (governing is None or abs(count[0].start - at) < abs(governing.start - at)):
                # «تشهد أرياف دير الزور لليوم الثاني على التوالي اشتباكات»: the day before and today; the
                # count is the trigger's own when it stands nearer to it than the date that governs
                m, running = count  # not ``n``: that is the clause's sentence, read again further on
                when = DateSpan(pub_day - dt.timedelta(days=running - 1), pub_day, Granularity.DAY, None,
                                "")
                basis, governing = WhenBasis.SINCE, m
                trace.append(f"date: '{m.text} على التوالي': day {running} running up to publication → "
                             f"{when}")
            elif governing is not None and (basis is WhenBasis.STATED or since_told) and pub_day is not None \
                    and governing.end <= at and governing.value is not None \
                    and governing.value.start <= pub_day and dating.within_the_span(
                        _WORD.findall(fold(governing.text)),
                        _WORD.findall(fold(text[max(0, governing.start - 8):governing.start])),
                        _WORD.findall(fold(text[governing.end:at])) + texts[main.last + 1:main.last + 2]):
                # «تتواجد القوات … منذ سبع سنوات، تخللتها غارات …»: what happened within the span, from
                # its start up to publication (within_the_span)
                when = DateSpan(governing.value.start, pub_day, Granularity.DAY, None, "")
                basis = WhenBasis.STATED  # a one-off too, within the span of its «منذ» (since_in_the_mention)
                trace.append(f"date: '{governing.text}' (rule {governing.rule}) and a word of within it: "
                             f"within the span up to publication → {when} (within_the_span)")
            elif governing is not None and basis in (WhenBasis.STATED, WhenBasis.SINCE):
                trace.append(f"date: '{governing.text}' (rule {governing.rule}) → {when}, {why_date}")
            else:
                if basis is WhenBasis.ON_OR_BEFORE_PUBLICATION and kind.family is not EventKind.STATEMENT \
                        and (alone := dating.part_of_the_day(texts, main.first, main.last, reading.first,
                                                             reading.last)) is not None \
                        and dating.said_alone(texts, alone):
                    # «انسحبوا ليلاً», «شن ليلاً غارات»: said alone, not right after a noun, it dates
                    # nothing (time_of_day_alone)
                    trace.append(f"'{show(words[alone].start, words[alone].end)}': a part of the day said "
                                 "alone dates only a noun right before it (time_of_day_alone)")
                trace.append(f"date: none governs it: {basis.value.replace('-', ' ')}")
            if (noun and basis not in (WhenBasis.STATED, WhenBasis.SINCE, WhenBasis.NAMED)
                    and _definite(words[main.first].text)
                    and not (light is not None and kind in _CARRIED_ANEW
                             and not words[main.first].text.startswith(_AIMED_LAM)) and any(
                        (e.kind.family is kind.family or e.kind in _TOLD_AS.get(kind, ()))
                        and not _others_between(e, involved, main, words) for e in out)):
                continue  # «الدورية» once a patrol is reported, with no date of its own: that patrol again
            if (noun and kind.family is EventKind.STATEMENT and governing is not None
                    and why_date.endswith(_HOURS_AFTER_THE_CLAUSE_BEFORE)
                    and _definite(words[main.first].text)
                    and not any(h is not main and h.kind.family is EventKind.STATEMENT for h in hits)
                    and any(e.kind.family is kind.family and e.when == when for e in out)):
                # «أعلنت قسد، …، يوم الجمعة سيطرتها … وجاء الإعلان بعد ساعات قليلة من انسحاب …»: a definite
                # statement noun dated only hours from the day told before, a statement of that day told,
                # none other in its clause, is that statement again (the_statement_again, evdate35)
                continue
            if (noun and not involved and _definite(words[main.first].text) and any(
                    e.kind.family is kind.family and (e.when is None or when is None or e.when.overlaps(when))
                    for e in out)):
                continue  # «واستمرت اليوم عملية الانسحاب», by nobody named, once one is told: it again
            if (noun and kind is EventKind.CEASEFIRE and _definite_phrase(words, main)
                    and any(e.kind is kind for e in out)):
                continue  # «أعلن الهدنة يوم الخميس» once the truce is told: the truce again, dated by another
            if kind.family is not EventKind.STATEMENT and roles.source:
                last_doers = (n, list(roles.source))
            if kind.family is not EventKind.STATEMENT and roles.source and main.tense in ("past", "present"):
                doer_actor = mx.actor(roles.source[0])
                surface = next((folded[s.start:s.end] for s in part if s.id == roles.source[0]), fold(
                    doer_actor.names_ar[0]) if doer_actor is not None and doer_actor.names_ar else "")
                last_told = _DoersTold(n, list(roles.source), main.surface, words[main.first].start,
                                       list(voiced), _doers_agree(words[main.first].text, main.tense, surface,
                                                                  doer_actor, len(roles.source) > 1))
                if first_told is None or first_told.sentence != n:  # the sentence's first verb told
                    first_told = last_told
            who = ", ".join(a.name for a in map(mx.actor, involved) if a is not None) or "unnamed actors"
            chan = channels[channel].name if channel is not None and channel in channels else "no channel"
            read, read_mode = T.READ_AS.get((kind, mode), (kind, mode))  # truce_named: a ceasefire
            summary = f"{read.value} — {who} ({chan}), reported by {article.outlet or article.id}"
            made += 1
            if governing is not None and basis is WhenBasis.STATED:
                if told_here is None:
                    # «أعلن الوزير، يوم الثلاثاء، وقفاً لإطلاق النار»: a day told within the speech's own
                    # words is the speech's (speech_day_kept)
                    spoken_here = kind.family is EventKind.STATEMENT \
                        and governing.end <= omap.to_original(words[reading.last].end)
                told_here = told_here or governing
                if kind.family is EventKind.STATEMENT and when is not None \
                        and when.start == when.end == pub_day:
                    said_today = governing  # what this speech reports done is of the day (news_of_the_day)
                if kind.family is EventKind.MEETING and when is not None and when.start == when.end:
                    met = governing
                if kind is EventKind.CALL and when is not None and when.start == when.end:
                    called = governing
            out.append(Event(
                id=f"{article.id}@{qs}" + (f".{made}" if made > 1 else ""), when=when, kind=read,
                summary=summary, actors=tuple(involved), channel=channel, quote_ar=quote, sources=(source,),
                certainty=(Certainty.REPORTED if basis in (WhenBasis.STATED, WhenBasis.NAMED)
                           else Certainty.UNCERTAIN),
                when_basis=basis, mode=read_mode, source_actors=tuple(roles.source),
                target_actors=tuple(roles.target), trace=tuple(trace),
                note=f"dated by {governing.text!r}" if governing is not None
                and basis in (WhenBasis.STATED, WhenBasis.SINCE)
                else f"names the known event {known.id!r}" if known is not None and basis is WhenBasis.NAMED
                else f"no date governs it: {basis.value.replace('-', ' ')}",
                # «بحسب رويترز، وقع القصف على أريحا»: told, not where; a place found above is not sought again
                where=None if attributed else where,  # placed below unless found already (*sought*)
            ))
            if not (attributed or sought):
                span = (oa, ob)
                if main.rule == _PRESS_WITH:  # placed by its own words, not by what is said at it
                    said_at = next((k for k in range(main.last + 1, len(words))
                                    if _opens_what_is_said(words, k)), len(words))
                    region = words[reading.first:max(main.last + 1, min(said_at, reading.last + 1))]
                    span = omap.span_to_original(region[0].start, region[-1].end)
                placing = T.PLACED_AS.get((kind, mode), kind)  # exchanged: where it was carried out
                unplaced[len(out) - 1] = (span, region, at, placing, [*here, *seat])
        told_sentence = n
    people = frozenset(a for e in out for a in e.actors
                       if (one := names.get(a)) is not None and is_person(one))
    # official_apart: who may speak for a body beside it, the people the knowledge base does not know
    # (a spokesman named) and the sources a report does not name («مسؤول في البنتاغون»)
    officials = (people - actors.keys()) | {a for e in out for a in e.actors if (one := mx.new_actors.get(a))
                                            is not None and one.role == "unnamed source"} \
        | _a_monitor_s_people(out, people, names)
    spoken = _spoken(out, people, officials)
    placed = _placed(out, unplaced, text, omap, people, officials, spoken)
    return _one_speech(placed, people, officials, spoken)


def _spoken(events: Sequence[Event], people: frozenset[str],
            officials: frozenset[str]) -> list[list[int]] | None:
    """An article's speeches (``fastpath.speeches``), read once for ``_placed`` and ``_one_speech``
    instead of once by each: placing an event changes nothing they read (None: each reads its own)."""
    return speeches(events, people, officials)


def _placed(events: list[Event], unplaced: Mapping[int, _Placing], text: str, omap: OffsetMap,
            people: frozenset[str] = frozenset(), officials: frozenset[str] = frozenset(),
            spoken: Sequence[Sequence[int]] | None = None) -> list[Event]:
    """The article's events, each of *unplaced* (by index: its clause, region, trigger, kind and
    actors) placed by ``_place_of`` — save those ``_one_speech`` joins to a speech of their speaker
    (``joined_statements``: about 12 % of the events), which it lists no more and whose place it never
    reads (*spoken*: ``fastpath.speeches`` of *events*, when the caller has them)."""
    joined = joined_statements(events, people, officials, spoken)
    out = events
    told: dict[tuple[tuple[int, int], EventKind], tuple[int, int]] = {}  # a clause's first placed report
    # in the order the text tells them, so that a twin's first report is placed before it is read (places55)
    for n, (clause, region, at, kind, here) in sorted(unplaced.items(), key=lambda item: item[1][2]):
        if n in joined:
            continue
        where = _place_of(text, omap, clause, region, at, kind, here)
        first = told.get((clause, kind)) if where is None and kind in TWIN_KINDS else None
        if first is not None and first[0] < at and one_conjunct(text, first[0], at) and _one_happening(
                out[first[1]], events[n]):
            # twin_told (places54): a happening told again in its conjunct by another word of its kind
            # («استهدفت إسرائيل … محافظة القنيطرة … بعدة قذائف», «طوّقت قوات الأسد مدينة الصنمين …، بعد أن
            # حشدت مئات العناصر») is where the conjunct placed it first; not a next conjunct's («، وقصفت
            # المدفعية مواقع للفصائل»)
            # (its date holds the first's, its actors are of the first's: one happening, whose place splits it
            # from no other report it merges with)
            where = out[first[1]].where
        if where is not None:
            out[n] = attrs.evolve(events[n], where=where)
            told.setdefault((clause, kind), (at, n))
    return out


def _one_happening(first: Event, again: Event) -> bool:
    """Whether a report told again in its conjunct (*again*) may be the happening *first* told: its date
    holds the first's (a day told, or a window around it) and its actors are among the first's."""
    return (first.when is not None and again.when is not None and again.when.start <= first.when.start
            and first.when.end <= again.when.end and set(again.actors) <= set(first.actors))


#: Kinds whose report a clause tells again by another word of the kind, unplaced, is placed where the clause
#: placed the first (``_placed``: twin_told): happenings, not speeches, whose second one is another speech.
TWIN_KINDS: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK, EventKind.DEPLOYMENT})


#: What ``_place_of`` reads of an event beside the article: its clause (original offsets), its region
#: (stripped words), its trigger's offset, its kind and the clause's actors.
_Placing = tuple[tuple[int, int], Sequence[_Word], int, EventKind, Sequence[_Actor]]


def _set_off_unclaimed(main: _Hit, kind: EventKind, mode: str | None, readings: Sequence[_Reading]) -> bool:
    """set_off_unclaimed (attack30): a bomb told by its device or its blast, a noun or a phrase («انفجرت
    سيارة مفخخة قرب الجامع», «بتفجير سيارة ملغومة استهدف حافلات»), is an attack at the place the clause
    names though nobody is named for it: a bombing's doer is seldom known when it is told. Not a verb
    with its subject («فجّر مجهولون عبوة»: a doer the coder may not name), nor a second attack of a
    clause that tells one already («… إذ انفجرت سيارة مفخخة، ثم فجّر انتحاري نفسه»). A verb whose subject
    is the device itself (``BLAST_VERBS``, nothing43: «انفجرت دراجة نارية مفخخة») reads as its noun does."""
    return kind is EventKind.ATTACK and mode in T.SET_OFF_MODES and (
        main.tense == "noun" or main.rule in T.BLAST_VERBS) and not any(
        r.hit is not main and r.hit.kind is kind for r in readings)


def _fierce_fight(main: _Hit, kind: EventKind, words: Sequence[_Word]) -> bool:
    """fierce_fight (inner50): a clash, a strike or an attack (``FIERCE_KINDS``) told by its noun with a
    word of fierceness right after it (``FIERCE`` within ``FIERCE_REACH`` words: «اشتباكات عنيفة تدور في
    محيط قرية تعنيتا», «مواجهات دامية في السويداء», «لغارات جوية عنيفة») took place at the place the clause
    names, though nobody is named for it; fighting spoken of at large («اشتباكات مماثلة», «مواجهات واسعة»)
    is no event of the story."""
    return kind in T.FIERCE_KINDS and main.tense == "noun" and any(
        w.text in T.FIERCE for w in words[main.last + 1:main.last + 1 + T.FIERCE_REACH])


def _the_toll_s_cause(main: _Hit, kind: EventKind, words: Sequence[_Word]) -> str:
    """What makes a strike or an attack told by its noun with nobody named an event (drop53), or "": what
    the dead or the wounded fell to (``TOLL_CAUSES`` right before it, or «في» with a word of
    ``DEAD_OR_WOUNDED`` within ``DEAD_REACH`` words before it: the_toll_s_cause), or what its verb of hitting
    after it tells it hit (``HITTING_AFTER``, the noun indefinite: aimed_at); a strike by its projectiles
    falling (``FALLING`` beside its words, none definite: fell_at)."""
    if kind is EventKind.STRIKE and any(w.text.removeprefix("و") in T.FALLING
                                        for w in words[max(0, main.first - 1):main.last + 2]) \
            and not any(_definite(w.text) for w in words[main.first:main.last + 1]):
        return "what its projectiles falling tell (fell_at)"
    if kind not in T.TOLL_CAUSE_KINDS or main.tense != "noun" or main.first == 0:
        return ""
    before = words[main.first - 1].text
    if before in T.TOLL_CAUSES or (before == "في" and any(
            w.text.removeprefix("و") in T.DEAD_OR_WOUNDED
            for w in words[max(0, main.first - 1 - T.DEAD_REACH):main.first - 1])):
        return "what the dead or the wounded fell to (the_toll_s_cause)"
    if not _definite(words[main.first].text) and any(
            w.text in T.HITTING_AFTER for w in words[main.last + 1:main.last + 1 + T.HITTING_REACH]):
        return "what its verb after it tells it hit (aimed_at)"
    return ""


def _place_of(text: str, omap: OffsetMap, clause: tuple[int, int], region: Sequence[_Word], at: int,
              kind: EventKind, here: Sequence[_Actor]) -> Where | None:
    """Where an event happened (``where.where_of``): its clause (original offsets), the part of it that
    speaks of it (stripped words), its trigger's offset and the actors the clause names."""
    return where_of(text, clause, omap.span_to_original(region[0].start, region[-1].end), at, kind,
                    ((*omap.span_to_original(s.lead, s.end), s.how) for s in here))


def _placer(text: str, omap: OffsetMap, clause: tuple[int, int], words: Sequence[_Word],
            here: Sequence[_Actor]) -> _PlacedPart:
    """Where a clause's words from one to another set what a trigger reports (``_another_place``)."""
    def placed(first: int, last: int, h: _Hit) -> Where | None:
        last = min(last, len(words) - 1)
        if last < first:
            return None
        return _place_of(text, omap, clause, words[first:last + 1], omap.to_original(words[h.first].start),
                         h.kind, here)
    return placed


def _a_place(actor: _Actor, folded: str, clause_start: int) -> bool:
    """Whether a state named by its country or capital is where the event happens, not who acts in
    it: right after a mark of place («في سوريا», «إلى موسكو») or with ب glued on («بسوريا»)."""
    if actor.how not in ("country", "capital"):
        return False
    before = folded[clause_start:actor.start]
    if before.endswith("ب") and (len(before) == 1 or not before[-2].isalpha()):
        return True
    words = _WORD.findall(before[-40:])
    if not words or before.rstrip() == before or words[-1] not in _PLACE_MARKS:
        return False
    # «مسؤول في البيت الأبيض», «مصدر في موسكو»: whom the speaker works for, not a place
    return not (len(words) > 1 and speaker_role(words[-2]) is not None)


_AFTER_OFFSET: Final = re.compile(r"[\s“”\"«»']*(?:من|علي)[\s“”\"«»']+")


def _known_event_at(mx: _Matchers, folded: str, pos: int) -> tuple[Event, tuple[int, int]] | None:
    """The known event whose name begins at *pos* of the folded text, and the span of that name."""
    found = mx.event_re.match(folded, pos) if mx.event_re is not None else None
    name = mx._key(found.group("w"), mx.event_of) if found else None
    event = mx.named.get(name) if name else None
    return (event, found.span()) if event is not None and found is not None else None


def _on_known_events(mentions: Sequence[Mention], folded: str, to_stripped: Callable[[int], int],
                     mx: _Matchers) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The article's date mentions, with each offset from a known event the words name resolved
    against its date («بعد أسبوعين من قمة هلسنكي»: two weeks after the summit's day); and the spans
    (stripped offsets) of the names of the known events such offsets count from, whose words report
    no event of their own there."""
    out = []
    anchors: list[tuple[int, int]] = []
    for m in mentions:
        if m.rule == "offset_from_event":
            gap = _AFTER_OFFSET.match(folded, to_stripped(m.end))
            known = _known_event_at(mx, folded, gap.end()) if gap else None
            event, span = known if known is not None else (None, (0, 0))
            if event is not None and event.when is not None:
                m = m.from_event(event.when, f"the known event {event.id!r}") or m
                anchors.append(span)
        out.append(m)
    return out, anchors


def _since_known_event(mx: _Matchers, folded: str, a: int, b: int) -> Event | None:
    """The known event a clause (folded a..b) counts from with «منذ» («منذ سقوط النظام»), if any."""
    if mx.event_re is None:
        return None
    for found in mx.event_re.finditer(folded, a, b):
        if _SINCE.search(folded[max(a, found.start() - 8):found.start()]):
            name = mx._key(found.group("w"), mx.event_of)
            event = mx.named.get(name) if name else None
            if event is not None and event.when is not None:
                return event
    return None


def _definite(word: str) -> bool:
    """Whether a folded word is a definite noun, through its clitics (الدورية، والدورية، للاتفاق، بالهجوم)."""
    for clitic in ("", "و", "ف"):
        if not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        if rest.startswith(("ال", "لل")) or (rest[:1] in ("ب", "ك") and rest[1:].startswith("ال")):
            return True
    return False


_RUNNING: Final = re.compile(r"\s+على\s+التوالي")
_DAYS: Final = re.compile(r"P(\d+)D")


def _days_running(mentions: Sequence[Mention], text: str) -> tuple[Mention, int] | None:
    """The count of a stretch of days running up to publication («لليوم الثاني على التوالي»: the
    date engine's ``ordinal_day_count``, followed by «على التوالي»), as the mention and the number of
    days, or None. Not «في اليوم الثاني للهجوم»: the second day of an attack is counted from it."""
    for m in mentions:
        if m.rule == "ordinal_day_count" and (days := _DAYS.match(m.detail or "")) \
                and _RUNNING.match(text, m.end) and int(days.group(1)) >= 1:
            return m, int(days.group(1))
    return None


def _definite_phrase(words: Sequence[_Word], h: _Hit) -> bool:
    """Whether a noun trigger is definite: its first word (الهدنة), or the last word of a construct
    phrase whose first word is no indefinite accusative (وقف إطلاق النار, not وقفاً لإطلاق النار)."""
    if _definite(words[h.first].text):
        return True
    if h.first > 0 and words[h.first].text.startswith("ل") and words[h.first - 1].text.endswith("ا"):
        return False  # indefinite_with_lam (stmt31): «وقفاً شاملاً لإطلاق النار», an adjective between
    return h.last > h.first and _definite(words[h.last].text) and not words[h.first].text.endswith("ا")


def _others_between(told: Event, involved: Sequence[str], main: _Hit, words: Sequence[_Word]) -> bool:
    """Whether a definite noun's happening is told between parties of its own («بين» right after it),
    none of them in the one told before («تجددت المواجهات بين حرس الحدود التركي وقسد» after clashes of
    the Turkish artillery with the YPG): another happening, not that one again."""
    return bool(involved) and not set(involved) & set(told.actors) and any(
        w.text == "بين" for w in words[main.last + 1:main.last + 1 + _BETWEEN_WITHIN])


def _an_outlet(actor: Actor | None) -> bool:
    """Whether an actor is an outlet (a news agency, a channel), which takes part in no happening."""
    return actor is not None and actor.role == "media"


def _a_person(actor_id: str, actor: Actor | None) -> bool:
    """Whether an actor is a person (one read by title and name, or a known one with a title for a
    role), not a body, a state or a group."""
    return actor_id.startswith("person:") or (actor is not None and actor.role not in _BODY_ROLES)


def _in_the_complement(main: _Hit, readings: Sequence[_Reading], words: Sequence[_Word]) -> bool:
    """Whether *main* lies in what a speech verb of its clause says — after the verb and a complementizer
    («أن», «بأن») that carries no pronoun of the speaker («أنه قصف …»: the speaker,
    ``_SELF_COMPLEMENTIZERS``)."""
    return any(r.hit.kind.family is EventKind.STATEMENT and r.hit.tense != "noun" and r.hit.last < main.first
               and any(_opens_what_is_said(words, k) for k in range(r.hit.last + 1, main.first))
               and not any(_bare(words[k].text, _SELF_COMPLEMENTIZERS) in _SELF_COMPLEMENTIZERS
                           for k in range(r.hit.last + 1, main.first))
               for r in readings)


def _is_party(actor: Actor | None) -> bool:
    """Whether an actor takes part in what it announces (a state, its forces, an armed group, an
    official) rather than reports it (a monitor, a UN agency, an envoy, a humanitarian body)."""
    return actor is not None and actor.role not in _REPORTERS


def _tells_of_itself(actor: Actor | None) -> bool:
    """self_told (actor48): a speaker no table names («أعلنت الجهات الأمنية في محافظة اللاذقية أنها ألقت
    القبض …») is who acts when the complement's pronoun is the speaker («أنها», ``_SELF_COMPLEMENTIZERS``),
    as a party is: the words are its own deed, not a report of another's."""
    return actor is not None and actor.role in _SELF_TELLERS


def _a_monitor_s_people(events: Sequence[Event], people: frozenset[str],
                        names: Mapping[str, Actor]) -> frozenset[str]:
    """a_monitor_s_people (actors25): the persons who speak for a monitor («وقال مدير المرصد رامي عبد
    الرحمن إن»), known to the knowledge base or not, are officials apart (``fastpath.speeches``): what
    the director says is a speech of his own beside the monitor's reports, not a continuation of them."""
    return frozenset(a for e in events if e.kind.family is EventKind.STATEMENT and e.source_actors
                     and (body := names.get(e.source_actors[0])) is not None and body.role == "monitor"
                     for a in e.actors if a in people)


def _one_speech(events: list[Event], people: frozenset[str] = frozenset(),
                officials: frozenset[str] = frozenset(),
                spoken: Sequence[Sequence[int]] | None = None) -> list[Event]:
    """One speaker's statements in one article are one event: the speech the article reports
    ("وقال شويغو في مقابلة … نشرت اليوم، الأربعاء 17 من آذار" … "وأضاف شويغو" … "وأشار شويغو").
    The speaker's first dated statement (else the first) is the event; the other statements of the
    speaker with no date of their own join it (their clauses become sources of it) when they concern
    the same channel or none; those about another channel stay apart but take its date. A statement
    with a date of its own ("وكان لافروف قد صرح في 18 كانون الثاني"), or told as said before
    («وكان لافروف قد صرح»: ``fastpath.told_before``), is another event; so is what a body's official
    says, named as he speaks (``fastpath.speeches``: *people* are the ids of persons; *spoken*, those
    speeches when the caller has them already)."""
    fused: dict[int, list[Event]] = {}
    replaced: dict[int, Event | None] = {}
    for lead, *members in speeches(events, people, officials) if spoken is None else spoken:
        anchor = events[lead]
        for n in members:
            e = events[n]
            if e.when_basis.precise:
                continue
            if e.channel is None or e.channel == anchor.channel:
                fused.setdefault(lead, []).append(e)
                replaced[n] = None
            elif anchor.when_basis.precise:
                replaced[n] = attrs.evolve(e, when=anchor.when, when_basis=anchor.when_basis,
                                           note=f"dated by the speaker's statement at {anchor.id}",
                                           trace=(*e.trace, f"date: the speaker's dated statement in this "
                                                            f"article ({anchor.id}) → {anchor.when}"))
    out = []
    for n, e in enumerate(events):
        if n in replaced:
            e2 = replaced[n]
            if e2 is not None:
                out.append(e2)
            continue
        joined = fused.get(n)
        if joined:
            kinds = {e.kind, *(j.kind for j in joined)}
            e = attrs.evolve(
                e, kind=EventKind.INTERVIEW if EventKind.INTERVIEW in kinds else e.kind,
                actors=tuple(dict.fromkeys([*e.actors, *(a for j in joined for a in j.actors)])),
                source_actors=tuple(dict.fromkeys([*e.source_actors, *(a for j in joined
                                                                        for a in j.source_actors)])),
                target_actors=tuple(dict.fromkeys([*e.target_actors, *(a for j in joined
                                                                        for a in j.target_actors)])),
                channel=e.channel or next((j.channel for j in joined if j.channel), None),
                sources=(*e.sources, *(s for j in joined for s in j.sources)),
                trace=(*e.trace, *(f"the same speech, also at {j.sources[0].span}: "
                                   f"'{(j.quote_ar or '')[:60]}'" for j in joined)))
        out.append(e)
    return out


def events_from_articles(articles: Iterable[Article], actors: Mapping[str, Actor],
                         channels: Mapping[str, Channel], named: Mapping[str, Event] | None = None,
                         new_actors: dict[str, Actor] | None = None, *,
                         compiled: CompiledKnowledge | None = None) -> list[Event]:
    """The events the articles report (see :func:`events_from_article`). The actors they name that
    *actors* does not hold (people introduced by title and name, states) are added to *new_actors*
    when it is given: a timeline lists them beside the known ones. *compiled*: the matchers of
    *actors*, *channels* and *named* (:func:`compile_knowledge`) when the caller codes many calls with
    one knowledge base; else they are compiled for this call (ValueError when they are another's)."""
    mx = _Matchers(actors, channels, named, compiled)
    out: list[Event] = []
    met: dict[str, Actor] = {}  # the articles' new actors, the first article's record of each
    for article in articles:
        # each_article_its_own_actors (leak54): an article sees the knowledge base and the actors it
        # names itself, never those an article coded before it in the call met (its events are the
        # same alone as in a batch)
        mx.new_actors = {}
        out.extend(events_from_article(article, actors, channels, _matchers=mx))
        for k, v in mx.new_actors.items():
            met.setdefault(k, v)
    if new_actors is not None:
        used = {a for e in out for a in e.actors}
        new_actors.update((k, v) for k, v in met.items() if k in used)
    return out


def _stripped_position(omap: OffsetMap, size: int) -> Callable[[int], int]:
    """The stripped position of an original one (a deleted character: the next kept one)."""
    starts = omap.orig_starts
    norms = omap.norm_starts
    if not norms:
        return lambda p: p

    def position(p: int) -> int:
        k = bisect.bisect_right(starts, p) - 1
        if k < 0:
            return 0
        end_of_run = (norms[k + 1] if k + 1 < len(norms) else size) - norms[k]
        return norms[k] + min(p - starts[k], end_of_run)
    return position


# --------------------------------------------------------------------------------------------------
# Fast paths (``fastpath.py``): what events_from_article calls in place of the plain rules above,
# which stay the specification; tests/test_fastpath.py proves each equal to its rule. Below: the
# triggers through ``TriggerIndex``; the clauses cut by faster regexes of the same matches
# (``_clauses_fast``); the actors read from the coder's stripped and folded text (``_actor_spans``)
# and a clause's found by bisection (``_spans_within``); the channels and known events a clause
# names looked for only where one scan of the article finds one (``_may_name``).

_INDEX: list[TriggerIndex] = []


def _trigger_index(tb: _Tables) -> TriggerIndex:
    """The ``TriggerIndex`` of the coder's tables (built on first use), or of other tables."""
    if tb is not _tables():
        return TriggerIndex(tb)
    if not _INDEX:
        _INDEX.append(TriggerIndex(tb))
    return _INDEX[0]


def _triggers_fast(tb: _Tables, words: Sequence[_Word], text: str, sentence_start: int,
                   trace: list[str], show: Callable[[int, int], str]) -> list[_Hit]:
    """``_triggers``, the words looked up through ``TriggerIndex`` (each distinct word once)."""
    hits = _trigger_index(tb).scan(words, trace, show, _Hit, _PREPOSITIONS)
    return _events_only(tb, _framed(tb, hits, words, trace, show), words, text, sentence_start, trace)


def _words(folded: str, a: int, b: int) -> list[_Word]:
    """The words of the clause ``folded[a:b]`` (letters and digits), in the folded text's offsets."""
    return [_Word(a + m.start(), a + m.end(), m.group()) for m in _WORD.finditer(folded[a:b])]


def _words_fast(folded: str, a: int, b: int) -> list[_Word]:
    """``_words``, through ``fastpath.clause_words`` (no copy of the clause, no Python frame per word)."""
    return clause_words(_WORD, folded, a, b, _Word)


_has_any = has  # ``_has``, one set operation per word


def _clause_has(words: Sequence[_Word]) -> Callable[[frozenset[str]], bool]:
    """``functools.partial(_has, words)`` for the words of a whole clause, which the coder asks of
    several tables, each once per reading (``fastpath.ClauseStems``)."""
    return ClauseStems(words).has


#: The kinds of an assault beside which an abduction is part of the attack (abducted_held).
_ASSAULTS: Final = frozenset({EventKind.ATTACK, EventKind.STRIKE, EventKind.CLASH})


def _abducting(main: _Hit, surface: str) -> bool:
    """A verb of abduction («خطف مسلحون صحفيين»), or its noun told as one happening (nothing46: «أقدم
    مسلحون على خطف متروبوليت حلب», «مسؤوليتها عن خطف طيار تركي»), not a charge it follows «ب» in
    («اتهمت … بخطف كادرين»: ``T.ABDUCTION_CHARGED``); *surface* is the trigger's word, folded."""
    if main.tense != "noun":
        return main.rule.removeprefix("verb ") in T.ABDUCTING
    return main.rule.removeprefix("noun ") in T.ABDUCTIONS and not surface.startswith(T.ABDUCTION_CHARGED)


#: What may be laid to one doer (laid_to, actors28): an attack or a strike, not the truce or the clash
#: its clause also tells («دخل وقف إطلاق النار حيز التنفيذ وسط قصف محدود نسبته المعارضة إلى قوات النظام»).
_LAID_KINDS: Final = frozenset({EventKind.ATTACK, EventKind.STRIKE})


def _air_means_words(words: Sequence[_Word], first: int, last: int) -> list[_Word]:
    """The words of a clause (*first* to *last*) that may tell an attack's means from the air: none
    one or two words after ``AIR_NO_MEANS`` («كتيبة الدفاع الجوي», «سوء الأحوال الجوية», «قاعدة
    جوية»: compounds that name no weapon; air_no_means, kinds25)."""
    return [words[k] for k in range(first, last + 1)
            if not any(words[j].text in T.AIR_NO_MEANS for j in range(max(first, k - 2), k))]


def _mode_fast(main: _Hit, words: Sequence[_Word]) -> tuple[str | None, _Word | None]:
    """``_mode``, its scan of the words for a cue through ``fastpath.first_cue`` (one set operation
    per word)."""
    if main.mode:
        return main.mode, words[main.first] if main.first < len(words) else None
    found = first_cue(words, T.MODE_CUES.get(main.kind, {}))
    return found if found is not None else (None, None)


#: A folded phrase :func:`_word_pattern_fast` writes as a trie: words of letters and digits, one space
#: between them.
_PLAIN_PHRASE: Final = re.compile(r"[^\W_]+(?: [^\W_]+)*")
_PHRASE_SPACE: Final = r"[\s“”\"«»']+"  # ``_word_pattern``'s space between a phrase's words


def _word_pattern_fast(phrases: Iterable[str]) -> str:
    """``_word_pattern(phrases)`` with its alternation written as a trie (``trie_pattern``: shared
    prefixes once, longer continuations first), which the regex engine reads a character at a time
    instead of trying every phrase at every word. The same matches and the same group ``w``: the
    phrases that match where a match begins are each the start of the next (two of them part where
    one has a letter and the other another letter or a space), so the longest, which the alternation
    tries first, is the deepest, which the trie tries first. When a phrase holds anything else (a
    quote, a dash, two spaces), ``_word_pattern`` as it is."""
    forms = sorted({fold(" ".join(p.split())) for p in phrases if p.strip()})
    if not all(_PLAIN_PHRASE.fullmatch(f) for f in forms):
        return _word_pattern(phrases)
    return rf"(?<![^\W\d_]){_CLITIC}(?P<w>{trie_pattern(forms, _PHRASE_SPACE)})(?![^\W\d_])"


#: ``_SENTENCE``, a run of the characters of a sentence read at once rather than one by one (the same
#: matches: the run is greedy either way and the end that follows it never fails).
_SENTENCE_FAST: Final = re.compile(r"(?:[^.!?؟\n]+|(?<=\d)\.(?=\d))+(?:[.!?؟]+|\n|$)")
#: ``_CLAUSE_BREAK``, tried only where a break can begin (at a comma, a semicolon or a space: each of
#: its branches begins with one), so the regex engine skips the letters between.
_CLAUSE_BREAK_FAST: Final = re.compile(rf"(?=[،,;؛\s])(?:{_CLAUSE_BREAK.pattern})")


def _clauses_fast(text: str) -> list[tuple[int, int, int]]:
    """``_clauses(text)``, its sentences and breaks found by ``_SENTENCE_FAST`` and
    ``_CLAUSE_BREAK_FAST``."""
    return _clauses(text, _SENTENCE_FAST, _CLAUSE_BREAK_FAST)


_LETTER_AT: Final = re.compile(r"[^\W\d_]")


class _Marks(NamedTuple):
    starts: list[int]
    ends: list[int]


def _naming_marks(mx: _Matchers, folded: str) -> _Marks:
    """Where an article may name a channel or a known event: the matches of ``mx.names_re`` (the
    phrases of both) over its whole folded text, read once."""
    spans = [m.span() for m in mx.names_re.finditer(folded)] if mx.names_re is not None else []
    return _Marks([s for s, _ in spans], [e for _, e in spans])


def _may_name(marks: _Marks, folded: str, a: int, b: int) -> bool:
    """Whether the clause ``folded[a:b]`` may name a channel or a known event: when it may not,
    ``mx.find`` of its channels and ``_NamedHere`` find nothing in it (nor ``_since_known_event``). A
    phrase the clause names is one of the article too, unless a letter stands right before or after
    the clause (the article's word goes on there: then the clause is read as it is); so one of the
    article's *marks* overlaps the clause (its own match there, or an earlier one that covers it)."""
    if (a > 0 and _LETTER_AT.match(folded, a - 1)) or (b < len(folded) and _LETTER_AT.match(folded, b)):
        return True
    k = bisect.bisect_right(marks.ends, a)
    return k < len(marks.ends) and marks.starts[k] < b


def _actor_spans(mx: _Matchers, text: str, to_stripped: Callable[[int], int], stripped: str,
                 folded: str) -> list[_Actor]:
    """``mx.actor_mentions(text, to_stripped)``, read from the stripped and folded text the coder has
    already (``_Matchers.actor_mentions_stripped``)."""
    return mx.actor_mentions_stripped(stripped, folded)


def _coordinated_generic(s: _Actor, folded: str) -> bool:
    """coordinated_generic: a body named by generic words («القوات الأمنية») joined by «و» to the word
    before it («دعماً للجيش والقوات الأمنية», «مسلحين وقوات الأمن») shares that word's part, which the
    roles cannot tell; it is left to the reading of a described party, as words naming no one."""
    return generic_body(s.id) and s.start >= 2 and folded[s.start - 2:s.start] == " و"


class _OtherBodies(Collection[str]):
    """The ids of the *spans* whose words differ from *span*'s (the other bodies an article names, for
    ``in_its_story``), listed only when asked: ``in_its_story`` reads them only for words of its table,
    and listing them for every span of an article took time quadratic in its spans."""

    __slots__ = ("_folded", "_ids", "_span", "_spans")

    def __init__(self, spans: list[_Actor], folded: str, span: _Actor) -> None:
        self._spans, self._folded, self._span = spans, folded, span
        self._ids: set[str] | None = None

    def _listed(self) -> set[str]:
        if self._ids is None:
            folded, s = self._folded, self._span
            words = folded[s.start:s.end]
            self._ids = {t.id for t in self._spans if folded[t.start:t.end] != words}
        return self._ids

    def __contains__(self, x: object) -> bool:
        return x in self._listed()

    def __iter__(self) -> Iterator[str]:
        return iter(self._listed())

    def __len__(self) -> int:
        return len(self._listed())


def _in_their_period(spans: list[_Actor], day: dt.date | None, folded: str) -> list[_Actor]:
    """Each span naming a body by words that outlived it as its successor's in an article published
    on *day* (:func:`~syrtimeline.events.actors.in_its_period`; its rule says so), or by words another
    body shares in the article's story (:func:`~syrtimeline.events.actors.in_its_story`), leaving out the
    generic bodies joined to the word before (:func:`_coordinated_generic`)."""
    out = []
    for s in spans:
        if _coordinated_generic(s, folded):
            continue
        if (later := in_its_period(s.id, day)) is not None:
            s = s._replace(id=later, how=f"{s.how}, in_its_period")
        elif (other := in_its_story(s.id, folded[s.start:s.end], day, _OtherBodies(spans, folded, s))):
            s = s._replace(id=other, how=f"{s.how}, in_its_story")
        out.append(s)
    return out


def _the_pair_named_before(word: _Word, spans: Sequence[_Actor], names: Mapping[str, Actor],
                           folded: str) -> list[str]:
    """the_pair_named_before: the two parties a pair named as such stands for («الوزيران» after «لافروف
    … كيري»: :func:`~syrtimeline.events.actors.pair_of`), the last two of its kind named before it in
    the article (a state named as a place, «في سوريا», is none), nearest first; none when fewer than two
    were."""
    kind = pair_of(word.text[1:] if word.text[:1] in ("و", "ف") and pair_of(word.text) is None else word.text)
    if kind is None:
        return []
    out: list[str] = []
    for s in reversed(spans):
        if s.end <= word.start and s.id not in out and (a := names.get(s.id)) is not None \
                and fits_pair(a, kind) and not _a_place(s, folded, max(0, s.start - 60)):
            out.append(s.id)
            if len(out) == 2:
                return out
    return []


def _span_starts(spans: Sequence[_Actor]) -> list[int] | None:
    """Where each span begins, for :func:`_spans_within`; None when they are not in that order (never,
    from the actor finder)."""
    starts = [s.start for s in spans]
    return starts if starts == sorted(starts) else None


def _spans_within(spans: Sequence[_Actor], starts: Sequence[int] | None, a: int, b: int) -> list[_Actor]:
    """``[s for s in spans if a <= s.lead and s.end <= b]``, reading only the spans that begin in
    ``[a, b]`` (*starts*: :func:`_span_starts`; a span's phrase begins at or before its name,
    ``lead <= start``, and its name, within the clause, begins by *b*)."""
    if starts is None:
        return [s for s in spans if a <= s.lead and s.end <= b]
    lo = bisect.bisect_left(starts, a)
    hi = bisect.bisect_right(starts, b)
    return [s for s in spans[lo:hi] if a <= s.lead and s.end <= b]


class _NamedHere:
    """The known events a clause names, in order: ``_named`` and ``_named_at`` with their regex run
    once per clause instead of once per reading (``of(kind)`` is ``_named(mx, clause, kind)``,
    ``at(pos)`` is ``_named_at(mx, clause, pos)``)."""

    def __init__(self, mx: _Matchers, clause: str) -> None:
        self.events: list[Event] = []
        self.spans: list[tuple[int, int]] = []  # where each is named, in the clause
        if mx.event_re is not None:
            for m in mx.event_re.finditer(clause):
                name = mx._key(m.group("w"), mx.event_of)
                event = mx.named.get(name) if name else None
                if event is not None:
                    self.events.append(event)
                    self.spans.append(m.span("w"))

    def of(self, kind: EventKind) -> Event | None:
        return next((e for e in self.events if e.kind.family is kind.family), None)

    def at(self, pos: int) -> Event | None:
        """``_named_at(mx, clause, pos)``: the known event whose name the word at *pos* is part of."""
        return next((e for e, (s, t) in zip(self.events, self.spans, strict=True) if s <= pos < t), None)


#: The words ``_attributions`` reads as an attribution word: one of ``ATTRIBUTIONS``, or one with a و
#: or ف glued on (what ``_bare`` takes off).
_ATTRIBUTION_FORMS: Final = frozenset({*T.ATTRIBUTIONS, *(c + w for w in T.ATTRIBUTIONS for c in ("و", "ف"))})


def _attributions_fast(words: Sequence[_Word], here: Sequence[_Actor], folded: str,
                       show: Callable[[int, int], str]) -> list[_Hit]:
    """``_attributions``, which finds nothing in a clause none of whose words but the last is an
    attribution word (``_bare(w) in ATTRIBUTIONS`` exactly when ``w in _ATTRIBUTION_FORMS``): that
    is one set operation, not a Python step per word. Most clauses have none."""
    if _ATTRIBUTION_FORMS.isdisjoint([w.text for w in words[:-1]]):
        return []
    return _attributions(words, here, folded, show)


class _ChannelParties:
    """``_Matchers.infer_channel`` with each channel's countries read once instead of at every call
    (``countries(c.parties)`` for every channel, for every event that may be on one), and the answer
    for a set of countries and a kind remembered. A channel's parties are knowledge-base actors, which
    do not change; a party the knowledge base does not hold (one a text may add) is read at each call,
    as the plain rule does."""

    def __init__(self, mx: _Matchers) -> None:
        self.mx = mx
        self.needs: list[tuple[Channel, set[str] | None]] = [
            (c, mx.countries(c.parties) if all(p in mx.actors for p in c.parties) else None)
            for c in mx.channels.values()]
        self.known: dict[tuple[frozenset[str], EventKind], str | None] = {}
        self.fixed = all(need is not None for _, need in self.needs)

    def infer(self, actor_ids: list[str], kind: EventKind) -> str | None:
        mx = self.mx
        present = mx.countries(actor_ids)
        key = (frozenset(present), kind)
        if self.fixed and key in self.known:
            return self.known[key]
        fits = [c for c, need in self.needs
                if len(n := (need if need is not None else mx.countries(c.parties))) >= 2 and n <= present]
        found = _the_one_channel(fits, kind)
        if self.fixed:
            self.known[key] = found
        return found


def _inferred_channel(mx: _Matchers, actor_ids: list[str], kind: EventKind) -> str | None:
    """``mx.infer_channel(actor_ids, kind)`` through the matchers' ``_ChannelParties`` (made on first
    use)."""
    if mx.parties is None:
        mx.parties = _ChannelParties(mx)
    return mx.parties.infer(actor_ids, kind)
