"""Who an Arabic news text names: knowledge-base actors, states, and people introduced by a title.

:class:`ActorFinder` reads one article and returns its :class:`ActorMention` s in text order, never
overlapping (the longest phrase wins), each with offsets into the text as given (whatever diacritics,
tatweel or censorship dots it holds) and the rule that found it (``how``):

``"name"``
    a knowledge-base actor by one of its spellings (``actors.toml``: «لافروف», «قسد», «المرصد السوري»).
``"country"``, ``"capital"``, ``"demonym"``
    a state by its country name («تركيا»), a capital or seat of power used for it («موسكو»), or a demonym
    adjective in any form («الطيران الروسي», «القوات التركية», «الأمريكيين»). The state is the
    knowledge base's actor where it has one (``russia``, ``usa``, ``turkey``, ``syria-government``: the
    actor of that id, else the first of role ``state`` with that country), else a new :class:`Actor`
    with the country's id from ``countries.toml`` (``israel``, ``france``), role ``state`` and its ISO
    code. A demonym's ``head`` is the noun it qualifies («القوات» in «القوات التركية»), its ``title``
    and ``role`` the title it qualifies when there is one («وزير الخارجية الروسي»). A demonym after a
    noun that names no actor («الأراضي السورية», «اللاجئين السوريين», ``words.toml``) is not a mention;
    one right after an actor of its own country («حزب الله اللبناني», «لافروف الروسي») extends that
    actor's mention.
``"title+name"``
    a person introduced by a title and a name (``titles.toml``): «وزير الخارجية البريطاني بوريس جونسون»,
    «المتحدث باسم البنتاغون جون كيربي», «نائب وزير الدفاع الروسي أناتولي أنتونوف». Between title and name
    may come a demonym, whose body or state («باسم البنتاغون», «لدى واشنطن»), more titles and ranks
    («العماد»), and adjectives («السابق»); the mention's ``title`` is the span of all that, ``role``
    the title's English role, ``affiliation`` the body or state named in it. The name is 1–5 words
    that are not known words (``words.toml``: particles, verbs, prepositions, the nouns that follow a
    subject; dates; actors; titles), the first without ال (a definite word after a title is part of
    the title: «قائد العمليات»), then at most two more words, or three when the third ends the phrase;
    «أبو», «بن», «عبد», «آل» … always take the next word (عبد الرحمن), and a definite nisba or a
    family name from the list ends the name (محمد شياع السوداني, بشار الأسد). A known person named
    this way (or a name ending with one: «سيرجيه لافروف») is the knowledge-base actor. An unknown one
    becomes a new actor: id :func:`person_id` of the folded name (the same name gives the same id in
    every article), ``name`` the name as written (diacritics out), ``names_ar`` that name and its last
    word (with its particle: «بن فرحان»), ``role`` the title's, ``country`` the demonym's or the
    affiliation's.
``"bare-name"``
    a later mention, in the same article, of a person introduced by title and name: the full name or
    its last word («جونسون», «وأضاف كيربي»), after clitics.

Everything is matched on the folded text (``syrtimeline.dates.normalize``: alef forms, ى/ي, ة/ه,
tatweel, diacritics, dots inside words) with the clitics و ف ب ل ك before a word and the article ال
where the name has it (a name written without ال never matches with it: «قطر» is not «القطر»). A
mention's span leaves the clitics out, except ل fused with the article («للأمم المتحدة»).

The finder is built once per knowledge base (one compiled regex per table) and :meth:`ActorFinder.find`
is pure: the package data (``countries.toml``, ``titles.toml``, ``words.toml``) is read on first use,
never at import.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zlib
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final, NamedTuple

import attrs

from ..dates import lexicon
from ..dates.normalize import fold, strip, trie_pattern
from ..places import gazetteer
from .model import Actor, EventKind
from .morph import PAST_ENDINGS
from .triggers import VERBS, WAS

__all__ = [
    "BODY_ROLES",
    "GENERIC_BODY_ROLES",
    "ActorFinder",
    "ActorMention",
    "Country",
    "a_place_s_edge",
    "agent_role",
    "countries",
    "described_party",
    "is_person",
    "person_id",
    "speaker_continues",
    "speaker_role",
    "transliterate",
    "unnamed_speaker",
    "with_country_names",
]

#: The closed set of roles of bodies (``actors.toml``); any other role is a person's office.
BODY_ROLES: Final = frozenset({
    "state",  # a state, its government or regime (russia, syria-government, a country of countries.toml)
    "ministry",  # a ministry or department (ru-mod, us-state-department)
    "military",  # a state's armed or security forces, or a unit of them (syrian-army, irgc, idf)
    "armed group",  # a non-state armed group (hts, isis, sdf, hezbollah, SNA factions, wagner)
    "military coalition",  # a coalition of states' forces (coalition, nato)
    "political body",  # a party, council, administration or opposition body (sdc, aanes, etilaf)
    "international organization",  # un, unsc, arab-league, eu, opcw
    "un agency",  # ocha, unhcr, wfp, unicef, who, unsmis
    "monitor",  # sohr, snhr
    "civil defence",  # white-helmets
    "humanitarian organization",  # icrc, sarc
    "office",  # a post whoever holds it (un-envoy-syria, un-secretary-general): it names one person
    "media",  # an outlet a report cites as a speaker (شبكة شام, وسائل إعلام مقربة من النظام)
    "unnamed source",  # a speaker a report does not name (مصادر محلية, مسؤول في البيت الأبيض)
    "described party",  # a party a report describes, not names (قوات الأمن, طائرات مسيرة, فصائل محلية)
})
#: The body roles that do not identify an event by themselves (for ``merge.GENERIC_ROLES``): every
#: body role but ``office``, which names one person at a time.
GENERIC_BODY_ROLES: Final = BODY_ROLES - {"office"}

_LETTER: Final = r"[^\W\d_]"
_SPACE: Final = "[\\s\u201c\u201d\"\u00ab\u00bb']+"  # between the words of a phrase: spaces, quotes
_QUOTES: Final = re.compile("[\u201c\u201d\"\u00ab\u00bb']")
_ARABIC_WORD: Final = re.compile("[\u0621-\u063a\u0641-\u064a]+")
_GAP: Final = re.compile("[ \t\u201c\u201d\"\u00ab\u00bb']*")  # what may stand between two words of a phrase
#: between coordinated demonyms: الروسي – الأمريكي
_JOIN: Final = re.compile("[ \t]*(?:[-\u2013\u2014][ \t]*)?")


def is_person(actor: Actor) -> bool:
    """Whether *actor* is a person: its role is not a body's (:data:`BODY_ROLES`)."""
    return actor.role not in BODY_ROLES


# -- person ids ---------------------------------------------------------------------------------------
_TRANSLIT: Final = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "ؤ": "", "ئ": "",
}


def transliterate(folded: str) -> str:
    """A readable ASCII rendering of a folded Arabic name, words joined by "-" (غير بيدرسن → ghir-bidrsn):
    consonants as in common romanisation, و and ي as w / y at the start of a word or next to ا, else as
    the vowels u / i. Lossy: ids add a checksum (:func:`person_id`)."""
    words = []
    for word in folded.split():
        out = []
        for i, ch in enumerate(word):
            if ch in "وي":
                edge = i == 0 or word[i - 1] == "ا" or (i + 1 < len(word) and word[i + 1] == "ا")
                out.append(("w" if ch == "و" else "y") if edge else ("u" if ch == "و" else "i"))
            else:
                out.append(_TRANSLIT.get(ch, ch if ch.isascii() and ch.isalnum() else ""))
        if "".join(out):
            words.append("".join(out))
    return "-".join(words)


def person_id(name: str, prefix: str = "person") -> str:
    """The stable id of a person known only by *name*: ``person:`` + :func:`transliterate` of the folded
    name + ``-`` + four hex digits of its CRC-32 (``person:ghir-bidrsn-3fa1``). The same name, however
    written (hamzas, ى/ي, ة/ه, diacritics), gives the same id in any article and any run. An unnamed
    speaker's id has the prefix ``source`` (:func:`unnamed_speaker`)."""
    key = " ".join(fold(strip(name)[0]).split())
    return f"{prefix}:{transliterate(key) or 'x'}-{zlib.crc32(key.encode('utf-8')) & 0xFFFF:04x}"


def speaker_role(word: str) -> str | None:
    """The role of a speaker whose phrase has *word* (folded) as its head — ``"media"`` for an outlet
    (وكالة, شبكة, وسائل …), ``"unnamed source"`` for a source the report does not name (مصادر, مسؤول,
    شهود …) — or None (``words.toml``, ``speaker_heads``)."""
    return _words().speaker_heads.get(word)


def told_to(word: str) -> bool:
    """told_to (none23): whether *word* (folded) is who a speaker tells, «ل» glued on a hearer or an
    outlet («لمندوبة», «لمراسل», «لوكالة», «للوكالة»): it ends the speaker's phrase (``words.toml``,
    ``speaker_heads``: ``hearers`` and ``media``)."""
    bare = _lam_off(word)
    if bare is None:
        return False
    w = _words()
    return bare in w.hearers or w.speaker_heads.get(bare) == "media"


def outlet_head(word: str) -> bool:
    """Whether *word* (folded) is «ل» glued on an outlet's head («لموقع», «لقناة», «للوكالة»), not on a
    hearer («لمراسل»): a report's owner after «تقرير» (the_report_of_an_outlet, speaker56)."""
    bare = _lam_off(word)
    return bare is not None and _words().speaker_heads.get(bare) == "media"


def _lam_off(word: str) -> str | None:
    """*word* (folded) without the «ل» glued on it («لموقع» → «موقع», «للوكالة» → «الوكالة»), or None
    when it has none."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word.startswith("ل"):
        return word[1:]
    return None


def speaker_continues(word: str) -> bool:
    """Whether *word* (folded) can qualify a speaker's head («مصادر **محلية**», «شبكة **شام**»): it is
    not one of the words that never continue a name (``words.toml``, ``stop``)."""
    return word not in _words().stop


def agent_role(word: str) -> str | None:
    """``"described party"`` when *word* (folded) heads the phrase of a party a report describes
    without naming it («طائرات مسيرة», «قوات الأمن»), or is such a head with a possessive pronoun
    glued on («وانسحبت قواته», «هجوم شنه مقاتلوها»: its_own_forces, none23), else None
    (``words.toml``, ``agent_heads``)."""
    w = _words()
    return "described party" if word in w.agent_heads or word in w.possessed_heads else None


def a_place_s_edge(word: str, following: str) -> bool:
    """a_place_s_edge (actors28): whether *word* (folded) heads a place's edge, not a party, before
    *following* (folded): «أطراف» before «البلدة», «حي» … is the outskirts hit («وقصفت أطراف البلدة»),
    not parties that act (``words.toml``, ``agent_heads.edges``)."""
    return following in _words().edges.get(word, ())


def possessed_head(word: str) -> bool:
    """Whether *word* (folded) is a head of a described party with a possessive pronoun glued on
    («قواته», «مقاتلوها»: its_own_forces), whose owner a speaker before it may be."""
    return word in _words().possessed_heads


def _possessed(heads: Iterable[str], pronouns: Iterable[str]) -> frozenset[str]:
    """its_own_forces: each indefinite head of *heads* (folded) in its construct form with each
    possessive pronoun of *pronouns* glued on: «قوات» → «قواته», «جماعة» → «جماعته», «مقاتلون» →
    «مقاتلوها», «مقاتلين» → «مقاتليها»."""
    stems: set[str] = set()
    for h in heads:
        if h.endswith("ه"):  # the taa marbuta, folded: «جماعة» → «جماعت…»
            stems.add(h[:-1] + "ت")
        elif h.endswith(("ون", "ين")):  # the construct drops the ن: «مقاتلو…», «مقاتلي…»
            stems.add(h[:-1])
        else:
            stems.add(h)
    return frozenset(stem + p for stem in stems for p in pronouns)


def in_its_period(actor_id: str, day: dt.date | None) -> str | None:
    """in_its_period: the successor of the body *actor_id* when an article published on *day* names it
    by words that outlived it («قوات الأمن» in 2025 are the new authorities' General Security, the
    regime's in 2012: ``successors`` in ``words.toml``), else None (no successor, or no day)."""
    later = _words().successors.get(actor_id)
    return later[1] if later is not None and day is not None and day >= later[0] else None


def in_its_story(actor_id: str, words: str, day: dt.date | None, named: Collection[str]) -> str | None:
    """in_its_story: the other body that *words* (folded), read as *actor_id*, name in an article
    published on *day* whose other words name the bodies *named* («قوى الأمن الداخلي», the Asayish, are
    the interior ministry's internal security in a 2025 story of Sweida that names neither the Asayish
    nor the SDF nor the Autonomous Administration: ``shared_names`` in ``words.toml``), else None."""
    rule = _words().shared_names.get((actor_id, words))
    if rule is None or day is None or day < rule[0] or not rule[2].isdisjoint(named):
        return None
    return rule[1]


def generic_body(actor_id: str) -> bool:
    """Whether *actor_id* is a body named by words any state's forces are called by («قوات الأمن»:
    ``generic_bodies`` in ``words.toml``)."""
    return actor_id in _words().generic_bodies


def pair_of(word: str) -> str | None:
    """The kind of the two parties a pair named as such stands for («الوزيران»: ``"person"``,
    «البلدان»: ``"state"``; ``pairs`` in ``words.toml``), or None when *word* (folded) names no pair."""
    return _words().pairs.get(word)


def fits_pair(actor: Actor, kind: str) -> bool:
    """Whether *actor* may be one of a pair of *kind* (:func:`pair_of`: a person, or a state)."""
    return is_person(actor) if kind == "person" else actor.role == "state"


def described_party(surface: str) -> Actor:
    """The actor of a party known only by the phrase *surface* («طائرات مسيرة من طراز شاهين»): id
    ``party:…`` (:func:`person_id`), its phrase as its only name, role ``"described party"``."""
    name = " ".join(_QUOTES.sub(" ", surface).split())
    return Actor(id=person_id(name, "party"), name=name, names_ar=(name,), role="described party")


def unnamed_speaker(surface: str, role: str) -> Actor:
    """The actor of a speaker known only by the phrase *surface* («مصادر محلية»): id ``source:…``
    (:func:`person_id`), its phrase as its only name, its *role* (:func:`speaker_role`)."""
    name = " ".join(_QUOTES.sub(" ", surface).split())
    return Actor(id=person_id(name, "source"), name=name, names_ar=(name,), role=role)


# -- package data -------------------------------------------------------------------------------------
@attrs.frozen
class Country:
    """A country of ``countries.toml``: ISO code (lower case), the actor id of its state, its names."""

    code: str
    id: str
    name: str
    names_ar: tuple[str, ...] = ()
    capitals_ar: tuple[str, ...] = ()
    demonyms_ar: tuple[str, ...] = ()


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("syrtimeline.events.kb").joinpath(name).read_text(encoding="utf-8"))


@cache
def countries() -> Mapping[str, Country]:
    """Every country of the bundled ``countries.toml``, by ISO code (read on first use)."""
    return {code: Country(code, t["id"], t["name"], tuple(t["names_ar"]), tuple(t["capitals_ar"]),
                          tuple(t["demonyms_ar"]))
            for code, t in _data("countries.toml").items()}


def with_country_names(actor: Actor) -> Actor:
    """A state *actor* with every Arabic name its country goes by added to its ``names_ar`` (country
    names, capitals used for it, demonyms in every form: «الروسية» names Russia as «روسيا» does); any
    other actor as it is. What a timeline lists, so a reader sees how each state was named."""
    country = countries().get(actor.country) if actor.role == "state" and actor.country else None
    if country is None:
        return actor
    names = tuple(dict.fromkeys((*actor.names_ar, *country.names_ar, *country.capitals_ar,
                                 *country.demonyms_ar)))
    return actor if names == actor.names_ar else attrs.evolve(actor, names_ar=names)


@attrs.frozen
class _Title:
    role: str
    kind: str  # office, rank, prefix
    complement: bool


@attrs.frozen
class _Words:
    stop: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    family_names: frozenset[str]
    name_seconds: frozenset[str]  # the second word of a compound given name (نور الدين)
    given_names: frozenset[str]  # given names as written (not folded) whose fold is a stop word (علي)
    place_nouns: frozenset[str]  # settlement nouns before a place's name in a title (place_in_title)
    topic_heads: frozenset[str]  # what talks discussed opens with: no name's first word (topic_after_a_title)
    complement_heads: frozenset[str]  # «وزارة» in «المتحدث باسم وزارة الداخلية»
    non_actor_heads: frozenset[str]
    blockers: tuple[str, ...]
    connectors: frozenset[str]
    speaker_heads: Mapping[str, str]  # folded head noun → role ("media", "unnamed source")
    agent_heads: frozenset[str]  # folded head nouns of parties a report describes without naming
    hearers: frozenset[str]  # who a speaker tells, besides the media («مراسل», «مندوبة»): told_to
    #: the indefinite heads with a possessive pronoun glued on («قواته», «مقاتلوها», «جماعته»)
    possessed_heads: frozenset[str]
    short_names: Mapping[str, tuple[str, ...]]  # folded short name → the actor ids it may stand for
    successors: Mapping[str, tuple[dt.date, str]]  # actor id → (the day it was succeeded, its successor)
    #: (actor id, folded words) → (the day from which they may name another, that body, the ids of the
    #: bodies whose naming keeps them the first's)
    shared_names: Mapping[tuple[str, str], tuple[dt.date, str, frozenset[str]]]
    generic_bodies: frozenset[str]  # ids of bodies named by words any state's forces are called by
    pairs: Mapping[str, str]  # folded pair word → the kind of its two parties ("person", "state")
    #: folded head of a described party → the folded words after it that make it a place's edge
    edges: Mapping[str, frozenset[str]]


def _key(phrase: str) -> str:
    """The folded form of a phrase, words separated by one space."""
    return fold(" ".join(strip(phrase)[0].split()))


@cache
def _titles() -> dict[str, _Title]:
    out: dict[str, _Title] = {}
    for t in _data("titles.toml")["title"]:
        title = _Title(t["role"], t.get("kind", "office"), bool(t.get("complement", False)))
        for ar in t["ar"]:
            out.setdefault(_key(ar), title)
    return out


@cache
def _words() -> _Words:
    w = _data("words.toml")
    dates = [*lexicon.GREGORIAN_MONTHS, *lexicon.AMBIGUOUS_MONTHS, *lexicon.WEEKDAYS, *lexicon.YESTERDAY,
             *lexicon.TOMORROW, *lexicon.TODAY, "كانون", "تشرين"]

    def folded(items: Iterable[str]) -> frozenset[str]:
        return frozenset(_key(x) for x in items)

    return _Words(stop=folded([*w["stop"], *dates]), particles=folded(w["particles"]),
                  suffixes=folded(w["suffixes"]), family_names=folded(w["family_names"]),
                  name_seconds=folded(w["name_seconds"]),
                  given_names=frozenset(strip(x)[0] for x in w["given_names"]),
                  place_nouns=folded(w["place_nouns"]), topic_heads=folded(w["topic_heads"]),
                  complement_heads=folded(w["complement_heads"]),
                  non_actor_heads=folded(w["non_actor_heads"]), blockers=tuple(w["blockers"]),
                  connectors=folded(["في", "إلى", "لدى", "لشؤون", "ضمن", "على"]),
                  speaker_heads={**{_key(x): "unnamed source" for x in w["speaker_heads"]["unnamed"]},
                                 **{_key(x): "media" for x in w["speaker_heads"]["media"]}},
                  agent_heads=folded(w["agent_heads"]["described"]),
                  hearers=folded(w["speaker_heads"]["hearers"]),
                  possessed_heads=_possessed(folded(w["agent_heads"]["possessed_heads"]),
                                             folded(w["agent_heads"]["possessive"])),
                  short_names={_key(k): tuple(v) for k, v in w["short_names"].items()},
                  successors={x["actor"]: (x["since"], x["successor"]) for x in w["successors"]},
                  shared_names={(x["actor"], _key(x["words"])):
                                (x["since"], x["reads"], frozenset(x["unless"])) for x in w["shared_names"]},
                  generic_bodies=frozenset(w["generic_bodies"]),
                  pairs=_both_cases({_key(k): v for k, v in w["pairs"].items()}),
                  edges={_key(k): folded(v) for k, v in w["agent_heads"]["edges"].items()})


def _both_cases(pairs: Mapping[str, str]) -> dict[str, str]:
    """pair_in_either_case (pairs38): each pair word of *pairs* (folded, nominative «الرئيسان») with its
    oblique form too («الرئيسين»: «بين الرئيسين», «لقاء جمع الزعيمين»), of the same kind."""
    return {**{k[:-2] + "ين": v for k, v in pairs.items() if k.endswith("ان")}, **pairs}


# -- matching -----------------------------------------------------------------------------------------
def _trie(forms: Iterable[str]) -> str:
    """:func:`~syrtimeline.dates.normalize.trie_pattern` of *forms*: a space matches any run of spaces
    and quotes."""
    return trie_pattern(forms, _SPACE)


def _phrase_regex(forms: Iterable[str]) -> re.Pattern[str] | None:
    """A regex for folded phrases, each a whole word after the clitics و ف ب ل ك; a phrase written with
    the article ال also after بال كال لل (groups: ``a`` the article, ``d`` the phrase after it, ``i`` a
    phrase without the article). Only phrases written with ال take it."""
    definite, indefinite = set(), set()
    for f in forms:
        if f.startswith("ال") and len(f) > 2:
            definite.add(f[2:])
        if f:
            indefinite.add(f)
    if not indefinite:
        return None
    branches = []
    if definite:
        branches.append(f"[وف]?(?:[بك]?(?P<a>ال)|(?P<a2>لل)|ل(?=ل))(?P<d>{_trie(definite)})")
    branches.append(f"[وف]?[بلك]?(?P<i>{_trie(indefinite)})")
    return re.compile(f"(?<!{_LETTER})(?:{'|'.join(branches)})(?!{_LETTER})")


def _matched(m: re.Match[str]) -> tuple[int, str]:
    """(start of the name in the folded text, its folded key) of a :func:`_phrase_regex` match."""
    if m.group("i") is not None:
        start, body = m.start("i"), m.group("i")
        key = body
    else:
        start = m.start("a") if m.group("a") else m.start("a2") if m.group("a2") else m.start("d")
        key = "ال" + m.group("d")
    return start, _phrase_key(key)


#: «اليوم» ("today"), folded, and the names of the days that may follow it in a date («اليوم السبت»).
_TODAY: Final = fold("اليوم")
_DAY_NAMES: Final = frozenset(fold(w) for w in lexicon.WEEKDAYS)
_NEXT_WORD: Final = re.compile(r"\s*([^\W\d_]+)")


def _a_day_follows(folded: str, end: int) -> bool:
    """Whether the word after *end* in *folded* names a day of the week («… اليوم السبت»)."""
    m = _NEXT_WORD.match(folded, end)
    return m is not None and m.group(1) in _DAY_NAMES


@lru_cache(maxsize=1 << 14)
def _phrase_key(matched: str) -> str:
    """The folded key of a phrase as matched: quotes and runs of spaces read as one space. Remembered
    (a bounded cache): an article's names recur, and this was 4 % of the event coder's time."""
    return " ".join(_QUOTES.sub(" ", matched).split())


@attrs.frozen
class _Entry:
    actor: Actor | None  # None: a blocker
    how: str
    masc_nisba: bool = False  # a definite masculine singular demonym (السوداني): may end a name
    also_demonym: bool = False  # a country name that is also its feminine demonym (سورية)


@attrs.frozen
class _Token:
    start: int  # folded-text offsets of the name (clitics out)
    end: int
    entry: _Entry
    wstart: int  # where the word begins (clitics in)


class _Found(NamedTuple):
    """A mention in folded-text offsets (what :class:`ActorMention` holds, before mapping)."""

    start: int
    end: int
    actor: Actor
    how: str
    title: tuple[int, int] | None = None
    role: str = ""
    head: tuple[int, int] | None = None
    affiliation: Actor | None = None


@attrs.frozen
class ActorMention:
    """One actor named in a text. Offsets point into the text given to :meth:`ActorFinder.find`."""

    start: int
    end: int
    actor: Actor
    surface: str  # text[start:end]
    how: str  # "name", "country", "capital", "demonym", "title+name", "bare-name"
    #: The span of the title words: for "title+name", the title, demonym, body … before the name;
    #: for a "demonym", the title it qualifies («وزير الخارجية» in «وزير الخارجية الروسي»).
    title: tuple[int, int] | None = None
    #: The English role of the title ("Minister of Foreign Affairs"), where there is one.
    role: str = ""
    #: For a "demonym": the span of the noun it qualifies («القوات» in «القوات التركية»).
    head: tuple[int, int] | None = None
    #: For "title+name": the body or state the title names (باسم البنتاغون → us-dod, الروسي → russia).
    affiliation: Actor | None = None


class ActorFinder:
    """The actor finder for one knowledge base: build once, then :meth:`find` per article."""

    def __init__(self, actors: Mapping[str, Actor]) -> None:
        self.actors: Mapping[str, Actor] = dict(actors)
        words = _words()
        self._words = words
        self._titles = _titles()
        #: The state actor of every country, by ISO code (the knowledge base's where it has one).
        self.states: dict[str, Actor] = {c.code: self._state(c) for c in countries().values()}
        entries: dict[str, _Entry] = {}
        for c in countries().values():
            state = self.states[c.code]
            tables = (("demonym", c.demonyms_ar), ("capital", c.capitals_ar), ("country", c.names_ar))
            for how, forms in tables:
                for form in forms:
                    k = _key(form)
                    masc = how == "demonym" and k.startswith("ال") and k.endswith("ي")
                    both = how == "country" and k in entries and entries[k].how == "demonym"
                    entries[k] = _Entry(state, how, masc, both)
        #: the body each successor succeeded (``successors`` in ``words.toml``)
        succeeded = {later: actor_id for actor_id, (_, later) in words.successors.items()}
        for a in self.actors.values():
            for name in a.names_ar:
                k = _key(name)
                if not k:
                    continue
                known = entries.get(k)
                if known is not None and known.actor is not None and known.actor.id == succeeded.get(a.id):
                    continue  # the_body_succeeded: its words stay its own; in_its_period dates them
                if known is not None and known.actor is not None and known.how != "name" \
                        and known.actor.country == a.country:
                    entries[k] = attrs.evolve(known, actor=a)  # keep how: "capital" دمشق, "demonym" الروس
                else:
                    entries[k] = _Entry(a, "name")
        for b in words.blockers:
            entries[_key(b)] = _Entry(None, "blocker")
        self._entries = entries
        #: Outlets named after a state and «اليوم» («روسيا اليوم»): before a day's name, the state, today.
        self._outlets_of_today = {
            k: entries[short] for k, e in entries.items()
            if e.actor is not None and e.actor.role == "media" and k.endswith(" " + _TODAY)
            and (short := k.removesuffix(" " + _TODAY)) in entries}
        self._entity_re = _phrase_regex_of(frozenset(entries))
        self._title_re = _phrase_regex_of(frozenset(self._titles))

    def _state(self, c: Country) -> Actor:
        if c.id in self.actors:
            return self.actors[c.id]
        for a in self.actors.values():
            if a.role == "state" and a.country == c.code:
                return a
        return Actor(id=c.id, name=c.name, names_ar=c.names_ar, role="state", country=c.code)

    @property
    def country_actors(self) -> dict[str, Actor]:
        """Every state the finder can name, by actor id (for filters that check ids before reading)."""
        return {a.id: a for a in self.states.values()}

    def find(self, text: str) -> list[ActorMention]:
        """The actors *text* names, in text order, never overlapping; offsets into *text*."""
        stripped, omap = strip(text)
        found = self.found(stripped, fold(stripped))

        def span(s: tuple[int, int] | None) -> tuple[int, int] | None:
            return omap.span_to_original(*s) if s is not None else None

        out = []
        for f in found:
            s, e = omap.span_to_original(f.start, f.end)
            out.append(ActorMention(s, e, f.actor, text[s:e], f.how, span(f.title), f.role, span(f.head),
                                    f.affiliation))
        return out

    def found(self, stripped: str, folded: str) -> list[_Found]:
        """What :meth:`find` finds, before it is mapped back to the text: in offsets of *stripped*
        (``strip(text)[0]``), *folded* its fold (for a caller that has stripped and folded the text
        already)."""
        return _Reader(self, stripped, folded).read()

    # -- tokens ---------------------------------------------------------------------------------------
    def _entities(self, folded: str) -> list[_Token]:
        out = []
        if self._entity_re is not None:
            for m in self._entity_re.finditer(folded):
                start, key = _matched(m)
                entry = self._entries.get(key)
                if key in self._outlets_of_today and _a_day_follows(folded, m.end()):
                    # «توصلت الولايات المتحدة وروسيا اليوم السبت»: Russia, today — not the channel RT
                    cut = folded.rfind(_TODAY, start, m.end())  # the state's name ends before «اليوم»
                    out.append(_Token(start, len(folded[:cut].rstrip()), self._outlets_of_today[key],
                                      m.start()))
                    continue
                if entry is not None:
                    out.append(_Token(start, m.end(), entry, m.start()))
        return out

    def _title_tokens(self, folded: str) -> list[tuple[int, int, _Title, int]]:
        """(start, end, title, where the word begins) of every title in the text."""
        out = []
        if self._title_re is not None:
            for m in self._title_re.finditer(folded):
                start, key = _matched(m)
                title = self._titles.get(key)
                if title is not None:
                    out.append((start, m.end(), title, m.start()))
        return out


_Person = tuple[_Found, tuple[int, int], tuple[int, int]]  # the mention, its title span, its name span
_NAME_LETTERS: Final = frozenset(chr(c) for c in range(0x0621, 0x064B) if not 0x063B <= c <= 0x0640)


class _Reader:
    """The reading of one text: tokens, titles and names, then the mentions (folded-text offsets)."""

    def __init__(self, finder: ActorFinder, stripped: str, folded: str) -> None:
        self.w = finder._words
        self.stripped = stripped
        self.text = folded
        self.tokens = finder._entities(folded)
        self.starts = [t.start for t in self.tokens]
        self.at = {t.start: t for t in self.tokens}
        self.at_word = {t.wstart: t for t in self.tokens}
        self.titles = finder._title_tokens(folded)
        self.title_at = {s: (s, e, t) for s, e, t, _ in self.titles}
        self.title_words = {w for *_, w in self.titles}
        self.title_end_at = {e: (s, e, t) for s, e, t, _ in self.titles if t.kind != "rank"}
        self.title_keys = finder._titles
        self.people: dict[str, Actor] = {}  # new persons of this text, by id (the first made is kept)

    # -- small helpers --------------------------------------------------------------------------------
    def covering(self, pos: int) -> _Token | None:
        """The entity token that starts at or covers *pos*."""
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.tokens[k].start <= pos < self.tokens[k].end:
            return self.tokens[k]
        return None

    def skip(self, pos: int) -> int:
        q = _GAP.match(self.text, pos)
        return q.end() if q else pos

    def word_at(self, pos: int) -> tuple[int, int, str] | None:
        """The Arabic word after *pos* (spaces and quotes skipped) as (start, end, word), or None when
        something else comes first or the word is glued to digits or Latin letters."""
        start = self.skip(pos)
        m = _ARABIC_WORD.match(self.text, start)
        if m is None:
            return None
        end = m.end()
        if end < len(self.text) and (self.text[end].isalnum() or self.text[end] == "_"):
            return None
        return start, end, m.group()

    def given_name(self, start: int, end: int) -> bool:
        """given_name: whether the word at *start*..*end* is written as a given name whose fold is a stop
        word («علي», the preposition being «على»: ``given_names`` in ``words.toml``)."""
        return self.stripped[start:end] in self.w.given_names

    def stop(self, word: str) -> bool:
        """Whether *word*, or it without a clitic (وقال, لهذه, وبعد), is a stop word."""
        stop = self.w.stop
        if word in stop or len(word) < 2:
            return True
        if len(word) > 2 and word[0] in "وفبلك" and word[1:] in stop:
            return True
        return len(word) > 3 and word[0] in "وف" and word[1] in "بلك" and word[2:] in stop

    def word_before(self, pos: int) -> tuple[int, int] | None:
        """The span of the Arabic word that ends just before *pos* (spaces and quotes between)."""
        j = pos
        while j > 0 and self.text[j - 1] in " \t\u201c\u201d\"\u00ab\u00bb'":
            j -= 1
        i = j
        while i > 0 and self.text[i - 1] in _NAME_LETTERS:
            i -= 1
        return (i, j) if i < j else None

    # -- reading --------------------------------------------------------------------------------------
    def read(self) -> list[_Found]:
        people: list[_Found] = []
        absorbed: list[tuple[int, int]] = []  # title and name spans of people: their tokens are taken
        done = -1
        for start, end, title, _ in self.titles:
            if start < done:
                continue
            person = self.person(start, end, title) or self.name_before_title(start, end, title)
            if person is None:
                continue
            found, title_span, name_span = person
            people.append(found)
            absorbed += [title_span, name_span]
            done = name_span[1]
        for found in self.set_off_names(absorbed):
            people.append(found)
            absorbed.append((found.start, found.end))
        absorbed.sort()
        kept, k = [], 0
        for t in self.tokens:
            while k < len(absorbed) and absorbed[k][1] <= t.start:
                k += 1
            if k < len(absorbed) and absorbed[k][0] <= t.start < absorbed[k][1]:
                continue
            kept.append(t)
        mentions = self.entity_mentions(kept)
        mentions += people
        mentions += self.bare_mentions_fast([*people, *self.known_people_in_full(mentions)], mentions)
        mentions = _no_overlaps(mentions)
        return _no_overlaps([*mentions, *self.short_mentions(mentions)])

    def entity_mentions(self, tokens: list[_Token]) -> list[_Found]:
        out: list[_Found] = []
        previous: _Found | None = None  # the mention just before
        demonym_end = -1  # the end of the last demonym read (kept or not), for coordination
        demonym_head: tuple[int, int] | None = None
        demonym_dropped = False
        for t in tokens:
            e = t.entry
            actor, how = e.actor, e.how
            if actor is None:
                previous, demonym_end = None, -1
                continue
            if e.also_demonym and t.start == t.wstart:
                before = self.word_before(t.start)  # مروحية سورية: the demonym; في سورية: the country
                if before is not None and not self.stop(self.text[before[0]:before[1]]):
                    how = "demonym"
            if how != "demonym":
                previous = _Found(t.start, t.end, actor, how)
                out.append(previous)
                demonym_end = -1
                continue
            title: tuple[int, int] | None = None
            role = ""
            if demonym_end >= 0 and self.joined(demonym_end, t):
                # الروسي – الأمريكي, الطائرات الروسية والسورية, الحدود السورية التركية
                if demonym_dropped:
                    demonym_end = t.end
                    continue
                head = demonym_head
                if previous is not None and previous.how == "demonym":
                    title, role = previous.title, previous.role
            elif previous is not None and self.joined(previous.end, t) and previous.how != "demonym":
                if self.text[previous.end:t.start].strip(" \t") == "" \
                        and previous.actor.country == actor.country:
                    # حزب الله اللبناني, لافروف الروسي: the adjective belongs to the actor before it
                    previous = previous._replace(end=t.end)
                    out[-1] = previous
                    continue
                if self.another_states(previous, t):
                    head = (previous.start, previous.end)  # قوات الأمن العراقية: Iraq's, not Syria's
                    previous = _Found(t.start, t.end, actor, "demonym", None, "", head)
                    out[-1] = previous
                    demonym_head, demonym_dropped, demonym_end = head, False, t.end
                    continue
                # القوات الروسية والسورية: the head of the body before; none after a person
                space = self.text.find(" ", previous.start, previous.end)
                head = (previous.start, space) if space > 0 and not is_person(previous.actor) else None
            else:
                head = self.word_before(t.wstart)
                if head is not None and head[1] in self.title_end_at:
                    s, end, tt = self.title_end_at[head[1]]
                    title, role = (s, end), tt.role
                    head = (s, end)
            if head is not None and self.names_no_actor(self.text[head[0]:head[1]]):
                demonym_head, demonym_dropped, demonym_end = head, True, t.end
                continue
            previous = _Found(t.start, t.end, actor, "demonym", title, role, head)
            out.append(previous)
            demonym_head, demonym_dropped, demonym_end = head, False, t.end
        return out

    def another_states(self, previous: _Found, t: _Token) -> bool:
        """another_states: a body named by words any state's forces are called by (``generic_bodies``
        in ``words.toml``: «قوات الأمن») with another state's demonym right after it is that state's
        («قوات الأمن العراقية»: Iraq, not Syria's security forces)."""
        return (previous.actor.id in self.w.generic_bodies
                and self.text[previous.end:t.start].strip(" \t") == "")

    def names_no_actor(self, word: str) -> bool:
        """Whether *word* (or it without its clitics: والحدود, للاجئين) is a noun that a demonym
        qualifies without naming an actor (``words.toml``)."""
        heads = self.w.non_actor_heads
        if word in heads:
            return True
        for cut in (1, 2):
            rest = word[cut:]
            if word[:cut] in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك") and rest in heads:
                return True
        return word.startswith(("لل", "ولل", "فلل")) and "ال" + word[word.index("لل") + 2:] in heads

    def joined(self, end: int, t: _Token) -> bool:
        """Whether the demonym *t* is coordinated with, or follows, what ends at *end* (spaces, a dash,
        or the conjunction و as its clitic between)."""
        m = _JOIN.match(self.text, end)
        return m is not None and (m.end() == t.start or (m.end() == t.wstart and self.text[t.wstart] == "و"))

    # -- title + name -----------------------------------------------------------------------------------
    def person(self, start: int, end: int, title: _Title) -> _Person | None:
        """The person a title at *start*..*end* introduces, or None when no name follows it."""
        role, kind = title.role, title.kind
        need = title.complement or kind == "prefix"
        affiliation: Actor | None = None
        country = ""
        pos = title_end = end
        definite_words = 0
        for _ in range(12):
            q = self.skip(pos)
            if q in self.title_at:
                _s, e, t2 = self.title_at[q]
                if kind == "prefix" and t2.kind != "rank":
                    role = f"{role} {t2.role}"
                elif not role:
                    role = t2.role
                kind = t2.kind
                need = t2.complement or t2.kind == "prefix"
                pos = title_end = e
                continue
            tok = self.covering(q)
            if tok is not None:
                actor = tok.entry.actor
                if actor is None:
                    return None
                if tok.entry.how == "name" and is_person(actor):
                    if need:
                        return None
                    found = _Found(tok.start, tok.end, actor, "title+name", (start, title_end), role, None,
                                   affiliation)
                    return found, (start, title_end), (tok.start, tok.end)
                affiliation = affiliation or actor
                country = country or actor.country
                if tok.entry.how != "demonym":
                    need = False
                pos = title_end = tok.end
                continue
            word = self.word_at(q)
            if word is None:
                return None
            ws_, we, w = word
            if self.given_name(ws_, we):
                if need:
                    return None
                break
            if self.stop(w):
                if w in self.w.connectors:  # قائد القوات الروسية في سوريا, سفير روسيا لدى واشنطن
                    after = self.covering(self.skip(we))
                    body = after.entry.actor if after is not None else None
                    if body is not None and not is_person(body):
                        pos = we
                        continue
                    # «مدير الاتصالات في الرئاسة فخر الدين ألتون»: a body no actor names, one definite
                    # word, then the name
                    place = self.word_at(self.skip(we))
                    nxt = self.word_at(place[1]) if place is not None else None
                    if after is None and place is not None and nxt is not None \
                            and place[2].startswith("ال") and len(place[2]) > 3 and not self.stop(place[2]) \
                            and not nxt[2].startswith("ال") and not self.stop(nxt[2]) \
                            and self.covering(nxt[0]) is None and nxt[0] not in self.title_at:
                        pos = title_end = place[1]
                        continue
                    if after is None and place is not None and nxt is not None \
                            and place[2] in self.w.complement_heads and nxt[2].startswith("ال") \
                            and len(nxt[2]) > 3 and not self.stop(nxt[2]) and self.covering(nxt[0]) is None:
                        # «مدير المراسم في وزارة الخارجية حمزة الدواليبي»: a body's head and one definite
                        # word no actor names, then the name (in_a_body, none23)
                        pos = title_end = nxt[1]
                        continue
                    at_place = self.place_in_title(we) if after is None else None
                    if at_place is not None:
                        pos = title_end = at_place  # «الناشط في حمص محمد مروح»
                        continue
                    if self.body_in_construct(place, nxt):
                        # «رئيس لجنة الدفاع في مجلس الاتحاد الروسي فيكتور أوزيروف»
                        assert place is not None
                        pos = title_end = place[1]
                        continue
                if need and w in self.w.complement_heads and (nxt := self.word_at(we)) is not None \
                        and nxt[2].startswith("ال"):
                    pos = title_end = we  # «المتحدث باسم وزارة الداخلية»: the complement's head
                    continue
                return None
            if (w.startswith("ال") and len(w) > 3 and w not in self.w.family_names) \
                    or self.conjoined_definite(w, definite_words):
                definite_words += 1  # قائد العمليات, المبعوث الخاص: part of the title
                if definite_words > 3:
                    return None
                need = False
                pos = title_end = we
                continue
            if need:
                # an indefinite noun of the complement: «مدير مكتب الأمم المتحدة», «قائد فصيل …»
                nxt = self.word_at(we)
                if nxt is not None and (nxt[2].startswith("ال") or self.covering(nxt[0]) is not None
                                        or self.a_place(nxt)):
                    pos = title_end = we  # a_place (speakers28): «عضو مجلس عفرين المدني آزاد عثمان»
                    continue
                return None
            break
        else:
            return None
        return self.named(start, title_end, pos, role, affiliation, country)

    def set_off_names(self, taken: Sequence[tuple[int, int]]) -> list[_Found]:
        """set_off_name (speakers28): a person no title introduces, named by one or two plain words right
        after a speech verb with its conjunction and set off by a comma or a bracket after them («وقال
        مصطفى، صاحب ورشة …، إنه», «وقالت كولي محو (70 عاماً) إن»): the first not definite, none a stop word,
        a title, a head of a speaker or a party the report does not name, a verb, or part of a known name."""
        out: list[_Found] = []
        for m in _speech_with_conjunction().finditer(self.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            words: list[tuple[int, int, str]] = []
            q = m.end()
            while len(words) < 2 and (word := self.word_at(q)) is not None:
                ws, we, w = word
                if (w.startswith("ال") and not words) or self.stop(w) or ws in self.title_words \
                        or ws in self.title_at or self.covering(ws) is not None or w in self.w.speaker_heads \
                        or w in self.w.agent_heads or w in _verb_pasts() or self.joined_word(w):
                    break
                words.append(word)
                q = we
                rest = self.text[we:we + 2]
                if rest[:1] in "،," or rest.lstrip(" ")[:1] == "(":
                    if len(words) == 1 and _told_before(w, self.text[:ws]):
                        break  # «وأوضح مود، …»: a surname told before is that person's (bare_mentions)
                    after = self.word_at(we + 1)
                    if after is not None and after[2] in _HE_IS:
                        break  # «وقال عمر التلاوي، وهو صحفي في حمص القديمة، إن»: the place in what he
                        # is would be read as the statement's (places)
                    actor = self.new_person(words, "")
                    out.append(_Found(words[0][0], words[-1][1], actor, "title+name"))
                    break
                if self.text[we:self.skip(we)] != " " and self.skip(we) != we:
                    break
        return out

    def new_person(self, words: Sequence[tuple[int, int, str]], role: str, country: str = "") -> Actor:
        """The person of this text named by *words* (made once: the first made is kept)."""
        name_start, name_end = words[0][0], words[-1][1]
        pid = person_id(" ".join(w for _, _, w in words))
        actor = self.people.get(pid)
        if actor is None:
            names = [self.stripped[name_start:name_end]]
            last = words[-1]
            if len(words) > 1 and len(last[2]) >= 3 and not self.stop(last[2]):
                names.append(self.stripped[last[0]:last[1]])
            actor = Actor(id=pid, name=names[0], names_ar=tuple(names), role=role or "person",
                          country=country)
            self.people[pid] = actor
        return actor

    def name_before_title(self, start: int, end: int, title: _Title) -> _Person | None:
        """The person named right before a comma and the title at *start*..*end*, the subject of the
        verb (a verb the coder reads, or any word with the conjunction و or ف) before the name:
        «وتوقع أندريه كراسوف، النائب الأول لرئيس لجنة الدفاع» (name_before_title). The name is two plain
        words, neither known, the first not definite («وأوضح أحمد الأبرش، المتحدث باسم …»)."""
        comma = start - 1
        while comma >= 0 and self.text[comma] in " \t":
            comma -= 1
        if comma < 0 or self.text[comma] not in "\u060c," or not title.role:
            return None
        second = self.word_before(comma)
        first = self.word_before(second[0]) if second is not None else None
        verb = self.word_before(first[0]) if first is not None else None
        if second is None or first is None or verb is None or self.text[verb[1]:first[0]] != " " \
                or self.text[first[1]:second[0]] != " ":
            return None
        words = [(a, b, self.text[a:b]) for a, b in (first, second)]
        if words[0][2].startswith("ال") or any(
                self.stop(w) or a in self.title_words or self.covering(a) is not None
                or w in _action_verbs() for a, _, w in words):
            return None
        v = self.text[verb[0]:verb[1]]
        if v not in _action_verbs() and not (v[:1] in "وف" and v[1:] in _verb_pasts()) \
                and not (len(v) > 3 and v[0] in "وف" and not self.stop(v) and verb[0] not in self.title_words
                         and self.covering(verb[0]) is None):
            return None  # «وتوقع», «وقال»: a verb with its conjunction
        return self.named(start, end, verb[1], title.role, None, "")

    def a_place(self, word: tuple[int, int, str]) -> bool:
        """Whether *word* is the name of a place in the gazetteer («عفرين» in «مجلس عفرين»)."""
        return bool(gazetteer().lookup(self.stripped[word[0]:word[1]]))

    def place_in_title(self, pos: int) -> int | None:
        """place_in_title: where a place named after a title's «في» ends — a gazetteer name of one or two
        words, a settlement noun before it or none — when a name begins right after it («الناشط في حمص
        محمد مروح», «الناشطة المقيمة في مدينة السويداء داليا حمزة»); else None."""
        first = self.word_at(pos)
        if first is None:
            return None
        if first[2] in self.w.place_nouns:
            pos = first[1]
        places = gazetteer()
        for n in (2, 1):
            words: list[tuple[int, int, str]] = []
            q = pos
            while len(words) < n and (word := self.word_at(q)) is not None:
                words.append(word)
                q = word[1]
            if len(words) < n or not places.lookup(self.stripped[words[0][0]:words[-1][1]]):
                continue
            nxt = self.word_at(q)
            if nxt is None or nxt[2].startswith(("ال", "ل")) or self.stop(nxt[2]) \
                    or self.joined_word(nxt[2]) or nxt[0] in self.title_at \
                    or self.covering(nxt[0]) is not None or nxt[2] in _action_verbs():
                return None
            return q
        return None

    def conjoined_definite(self, word: str, definite_words: int) -> bool:
        """Whether *word* is a definite word with the conjunction و joined to the definite words of a
        title's complement: «رئيس لجنة الدفاع **والأمن**» (conjoined_definite)."""
        return definite_words > 0 and word.startswith("وال") and len(word) > 4 \
            and word[1:] not in self.w.family_names and not self.stop(word[1:])

    def body_in_construct(self, place: tuple[int, int, str] | None,
                          nxt: tuple[int, int, str] | None) -> bool:
        """Whether the words after a connector in a title are an indefinite noun in construct with a known
        body or state: «في **مجلس** الاتحاد الروسي», «في مجلس الدوما» (body_in_construct)."""
        if place is None or nxt is None or place[2].startswith("ال") or self.stop(place[2]) \
                or place[0] in self.title_at or self.covering(place[0]) is not None:
            return False
        tok = self.covering(nxt[0])
        return tok is not None and tok.start == nxt[0] and tok.entry.actor is not None \
            and not is_person(tok.entry.actor)

    def named(self, start: int, title_end: int, pos: int, role: str, affiliation: Actor | None,
              country: str) -> _Person | None:
        """The person whose name begins after *pos*, or None when no name follows."""
        words = self.name(pos)
        if not words:
            return None
        name_start, name_end = words[0][0], words[-1][1]
        tok = self.at.get(words[-1][0])
        if tok is not None and tok.entry.actor is not None and tok.entry.how == "name" \
                and is_person(tok.entry.actor):
            # «سيرجيه لافروف»: a name that ends with a known person's is that person
            found = _Found(name_start, name_end, tok.entry.actor, "title+name", (start, title_end), role,
                           None, affiliation)
            return found, (start, title_end), (name_start, name_end)
        folded_name = " ".join(w for _, _, w in words)
        pid = person_id(folded_name)
        actor = self.people.get(pid)
        if actor is None:
            tail = words[-2:] if len(words) >= 2 and words[-2][2] in self.w.particles else words[-1:]
            names = [self.stripped[name_start:name_end]]
            tail_key = " ".join(w for _, _, w in tail)
            if len(words) > len(tail) and len(tail_key) >= 3 and not self.stop(tail_key):
                names.append(self.stripped[tail[0][0]:tail[-1][1]])
            actor = Actor(id=pid, name=names[0], names_ar=tuple(names), role=role or "person",
                          country=country)
            self.people[pid] = actor
        found = _Found(name_start, name_end, actor, "title+name", (start, title_end), role, None, affiliation)
        return found, (start, title_end), (name_start, name_end)

    def name(self, pos: int) -> list[tuple[int, int, str]]:
        """The words of a person's name beginning after *pos* (empty when none): see the module."""
        w = self.w
        out: list[tuple[int, int, str]] = []
        free = 0  # words neither particles nor after one
        q = pos
        after_particle = False
        while len(out) < 5:
            word = self.word_at(q)
            if word is None:
                break
            ws, we, text = word
            if out and _QUOTES.search(self.text, q, ws):
                break  # a closing quote ends the name
            if after_particle:
                out.append(word)
                after_particle = False
                q = we
                continue
            if self.joined_word(text) or ws in self.title_words:
                break  # والرئيس, والشرع, للصحفيين, وعائلته: another phrase begins
            inner = next((self.at[k] for k in (ws + 1, ws + 2) if k < we and k in self.at), None)
            if inner is not None and inner.entry.actor is not None and not is_person(inner.entry.actor):
                break  # «فايز عمرو لرويترز»: a known body after a clitic begins another phrase
            tok = self.at.get(ws)
            if tok is not None:
                e = tok.entry
                if e.actor is not None and e.how == "name" and is_person(e.actor):
                    out.append((ws, tok.end, self.text[ws:tok.end]))
                elif out and e.masc_nisba:
                    out.append(word)
                break
            if ws in self.title_at or (self.stop(text) and not self.given_name(ws, we)):
                break
            if text in w.particles:
                out.append(word)
                after_particle = True
                q = we
                continue
            if out and text in w.name_seconds and len(out) == free:  # «نور الدين»: a compound given name
                out.append(word)
                q = we
                continue
            if text.startswith("ال") and len(text) > 3:
                # «الجولاني», «الأسد», and any other after a given name that ends the phrase
                # («المتحدث باسم الوزارة نور الدين البابا، في بيان»)
                if out and (text.endswith("ي") or text in w.family_names
                            or (self.ends_phrase(we) and not self.qualified_noun(we))):
                    out.append(word)
                break
            if free >= 3 or (free == 2 and text not in w.suffixes and not self.ends_phrase(we)):
                break
            if not out and (text in _action_verbs() or text in w.topic_heads):
                # «قائد قوة المهام المشتركة استخدم الخط»: the verb of the clause, no name; «مع نظيره التركي
                # ملف إدلب»: what was discussed (topic_after_a_title)
                break
            out.append(word)
            free += 1
            q = we
        while out and out[-1][2] in w.particles:
            out.pop()
        if out and self.given_name(out[0][0], out[0][1]) and (
                len(out) == 1 or out[1][2].startswith(("ل", "ب", "ك"))):
            # «حوش السيد علي المحاذية», «السيد علي لقصف»: a given name that folds to a stop word, alone or
            # before a word a preposition is glued to, names nobody
            return []
        return out

    def ends_phrase(self, pos: int) -> bool:
        """Whether nothing of a name can follow *pos*: punctuation, the end, a stop word, an actor, a
        word with the conjunction و."""
        word = self.word_at(pos)
        if word is None:
            return True
        ws, _, text = word
        return bool(self.text[pos:ws].strip(" \t")) or self.stop(text) or text.startswith("و") \
            or ws in self.at_word or ws in self.title_words

    def qualified_noun(self, pos: int) -> bool:
        """Whether the word after *pos* is a demonym, so that the definite word before it is the noun it
        qualifies, not a family name: «ناصر كنعاني **الضربات** الأمريكية» (the strikes, American)."""
        tok = self.at_word.get(self.skip(pos))
        return tok is not None and (tok.entry.how == "demonym" or tok.entry.also_demonym)

    def joined_word(self, word: str) -> bool:
        """Whether *word* is a preposition or conjunction joined to a word that is no name: a definite
        noun (والرئيس, للصحفيين, بالهجوم), a stop word or title (وقال, ونائب), or a noun with a pronoun
        (وعائلته)."""
        if word.startswith(("وال", "فال", "بال", "كال", "لل", "ولل", "فلل")):
            return True
        if len(word) > 3 and word[0] in "وف":
            rest = word[1:]
            return rest in self.w.stop or rest in self.title_keys or rest[:-1] in self.title_keys \
                or rest.endswith(("ته", "تها", "تهم", "هما"))
        return False

    # -- later mentions ---------------------------------------------------------------------------------
    def short_mentions(self, mentions: list[_Found]) -> list[_Found]:
        """Short names of bodies named before («الهيئة» after «هيئة تحرير الشام»: ``short_names`` of
        ``words.toml``): each names the last-named of its actors (or of the bodies people were
        introduced by), or nobody."""
        table = self.w.short_names
        regex = _short_regex() if mentions else None
        if regex is None:
            return []
        starts = [m.start for m in mentions]
        out: list[_Found] = []
        for m in regex.finditer(self.text):
            start, key = _matched(m)
            ids = table.get(key, ())
            k = bisect_right(starts, start) - 1
            if k >= 0 and mentions[k].end > start:
                continue  # inside a longer mention («المجلس العسكري»)
            # short_name_of_the_affiliation (nothing37): or the body a person was introduced by («زعيم
            # تنظيم داعش أبي إبراهيم القرشي … وكان التنظيم قد أعلن»)
            named = next((p.actor if p.actor.id in ids or self.headed_by(p, key) else p.affiliation
                          for p in reversed(mentions[:k + 1])
                          if p.actor.id in ids or self.headed_by(p, key)
                          or (p.affiliation is not None and p.affiliation.id in ids)), None)
            if named is not None and self.short_name_ends(m.end()):
                out.append(_Found(start, m.end(), named, "short-name"))
        return out

    def headed_by(self, mention: _Found, key: str) -> bool:
        """headed_by: whether *mention* is a state's body told by its head and a demonym, the head the
        short name («الجيش» after «الجيش الأردني»: Jordan's army named again by its head alone)."""
        return mention.head is not None and self.text[mention.head[0]:mention.head[1]] == key

    def short_name_ends(self, end: int) -> bool:
        """Whether the word after *end* does not continue the short name into another body's name
        («الهيئة العامة», «المجلس الوطني»): it is no letter-word or a known non-qualifier."""
        rest = self.text[end:end + 30].split()
        nxt = rest[0] if rest else ""
        return not (nxt.startswith("ال") and nxt not in self.w.stop and len(nxt) > 3)

    def known_people_in_full(self, mentions: Sequence[_Found]) -> list[_Found]:
        """known_surname (nothing35): the knowledge base's people named here by a name of two words or more
        («فيصل المقداد», «خلوصي أكار»), whose family name alone names them afterwards in the article as a
        new person's does («وأكد المقداد», «وقال أكار»: :meth:`bare_mentions`)."""
        return [m for m in mentions if m.how in ("name", "title+name")
                and not m.actor.id.startswith("person:") and is_person(m.actor)
                and " " in self.text[m.start:m.end].strip()]

    def surnames(self, actor: Actor) -> list[str]:
        """The family names of a person's names of two words or more, with the particle before one
        («عبد الرحمن»), none that is already one of its names or a stop word: what names a known person
        alone once the article named it in full (known_surname)."""
        names = {_key(n) for n in actor.names_ar}
        out: list[str] = []
        for n in names:
            words = n.split()
            if len(words) < 2:
                continue
            tail = " ".join(words[-2:] if len(words) > 2 and words[-2] in self.w.particles else words[-1:])
            if len(tail) >= 3 and tail not in names and not self.stop(tail) and tail not in out:
                out.append(tail)
        return out

    def bare_mentions_fast(self, people: list[_Found], mentions: list[_Found]) -> list[_Found]:
        """:meth:`bare_mentions`, whose regex of the people's names is built only when a name can be met
        again: a later mention holds the last word of one of the person's names (without its article)
        as written, after where the person was introduced; with no such word there, there is none."""
        intro: dict[str, int] = {}
        for p in people:
            at = intro.setdefault(p.actor.id, p.end)
            for n in self.names_again(p.actor):
                last = (_key(n).split() or [""])[-1]
                if self.text.find(last[2:] if last.startswith("ال") else last, at) >= 0:
                    return self.bare_mentions(people, mentions)
        return []

    def speaks(self, start: int, end: int) -> bool:
        """Whether the name at *start*..*end* is the subject of a speech verb: right after it («وقال
        أكار», «وأكد المقداد») or before «قد» and it («وكان عبدي قد أعلن»). A known person's family name
        alone is read only there (known_surname): as a meeting's partner or a verb's object («يلتقي
        عبدي», «لقاءه بعبدي») it would join two meetings of one day through the person they share."""
        before = self.word_before(start)
        if before is not None and self.text[before[0]:before[1]] in _speech_pasts():
            return True
        after = self.word_at(end)
        verb = self.word_at(after[1]) if after is not None and after[2] == "قد" else None
        return before is not None and self.text[before[0]:before[1]] in WAS \
            and verb is not None and verb[2] in _speech_pasts()

    def names_again(self, actor: Actor) -> Sequence[str]:
        """The names that name *actor* again after it was introduced: a new person's names, a known
        person's family names (:meth:`surnames`)."""
        return actor.names_ar if actor.id.startswith("person:") else self.surnames(actor)

    def bare_mentions(self, people: list[_Found], mentions: list[_Found]) -> list[_Found]:
        """Mentions of the new persons by full or last name after they were introduced."""
        forms: dict[str, Actor | None] = {}
        intro: dict[str, int] = {}
        for p in people:
            intro.setdefault(p.actor.id, p.end)
            for n in self.names_again(p.actor):
                form = _key(n)
                if form in forms and (forms[form] is None or forms[form] != p.actor):
                    forms[form] = None  # two people share it: it names neither
                else:
                    forms[form] = p.actor
        regex = _names_regex(frozenset(k for k, v in forms.items() if v is not None))
        if regex is None:
            return []
        taken = sorted((m.start, m.end) for m in mentions)
        out: list[_Found] = []
        for m in regex.finditer(self.text):
            start, key = _matched(m)
            actor = forms.get(key)
            end = m.end()
            if actor is None or start < intro[actor.id]:
                continue
            if not actor.id.startswith("person:") and not self.speaks(start, end):
                continue
            k = bisect_right(taken, (start, end)) - 1
            if (k >= 0 and taken[k][1] > start) or (k + 1 < len(taken) and taken[k + 1][0] < end):
                continue
            out.append(_Found(start, end, actor, "bare-name"))
        return out


@lru_cache(maxsize=8)
@cache
def _action_verbs() -> frozenset[str]:
    """The past forms, with a subject ending or none, of the verbs the event coder reads
    (``triggers.VERBS``), four letters or more («استخدم», «سيطرت», «انسحبوا»): a word that begins a
    clause's predicate, never a person's name right after a title."""
    return frozenset(v for v in _verb_pasts() if len(v) >= 4)


def a_past_verb(word: str) -> bool:
    """Whether *word* (folded) is a past form of a verb the coder reads (``triggers.VERBS``), bare or after
    «و» / «ف» («دخلت», «فقصفت»): a phrase that holds one is a clause, no subject's words (actor48)."""
    pasts = _verb_pasts()
    return word in pasts or (word[:1] in ("و", "ف") and word[1:] in pasts)


@cache
def _verb_pasts() -> frozenset[str]:
    """Every past form of ``triggers.VERBS`` with a subject ending or none, short ones too («قال»): after
    the conjunction و or ف («وقال», «فقالت») a verb, never the start of a name."""
    out: set[str] = set()
    for spec in VERBS:
        for past in spec.split("/")[0].split("|"):
            out.update(past + e for e in PAST_ENDINGS)
    return frozenset(out)


#: «وهو», «وهي»: a description of who speaks opens after the name's comma (set_off_name)
_HE_IS: Final = frozenset({"وهو", "وهي"})


_LETTERS: Final = "\u0621-\u064a"  # the Arabic letters, for whole-word patterns


def _told_before(word: str, before: str) -> bool:
    """Whether *word* stands as a whole word in the text *before* it (folded)."""
    return re.search(f"(?<![{_LETTERS}]){re.escape(word)}(?![{_LETTERS}])", before) is not None


@cache
def _speech_pasts() -> frozenset[str]:
    """The past forms of the speech verbs of ``triggers.VERBS`` with a subject ending or none, bare or
    with the conjunction و or ف («قال», «وأكدت», «فأضاف»; folded), as whole words (known_surname)."""
    out: set[str] = set()
    for spec, (kind, _) in VERBS.items():
        if kind is EventKind.STATEMENT:
            for past in spec.split("/")[0].split("|"):
                out.update(c + past + e for e in PAST_ENDINGS for c in ("", "و", "ف"))
    return frozenset(out)


def _speech_verb_pasts() -> list[str]:
    """The past forms of the speech verbs of ``triggers.VERBS`` (its statements: «قال», «أكدت»), longest
    first."""
    pasts: set[str] = set()
    for spec, (kind, _) in VERBS.items():
        if kind is EventKind.STATEMENT:
            for past in spec.split("/")[0].split("|"):
                pasts.update(past + e for e in PAST_ENDINGS)
    return sorted(pasts, key=len, reverse=True)


def _speech_with_conjunction_plain() -> re.Pattern[str]:
    """The past forms of the speech verbs (:func:`_speech_verb_pasts`) with the conjunction و or ف glued on,
    as whole words (set_off_name): the rule as written, one alternative a form
    (:func:`_speech_with_conjunction` is its fast path)."""
    return re.compile(f"(?<![{_LETTERS}])[وف](?:" + "|".join(_speech_verb_pasts()) + f")(?![{_LETTERS}])")


@cache
def _speech_with_conjunction() -> re.Pattern[str]:
    """:func:`_speech_with_conjunction_plain`, the same matches (tests/test_fastpath.py proves it) about five
    times faster over an article: the conjunction is read first as a class of two letters, which lets
    the regex engine skip to the next «و» or «ف» instead of trying the pattern at every character (a
    pattern that opens on a look-behind tries every one), and only then is the letter before it looked
    at (a look-behind of two characters, the conjunction among them: at the text's start it finds
    nothing, as the plain one finds no letter there); the forms are one trie (``trie_pattern``: the
    longest form that fits is tried first, as in the plain alternation sorted longest first)."""
    forms = trie_pattern(_speech_verb_pasts(), " ")
    return re.compile(f"[وف](?<![{_LETTERS}][وف])(?:{forms})(?![{_LETTERS}])")


def _phrase_regex_of(forms: frozenset[str]) -> re.Pattern[str] | None:
    """:func:`_phrase_regex` of the knowledge base's names or of the titles, remembered: a finder is
    built for each batch of articles, and the pattern does not depend on the forms' order."""
    return _phrase_regex(forms)


@lru_cache(maxsize=512)
def _names_regex(forms: frozenset[str]) -> re.Pattern[str] | None:
    """:func:`_phrase_regex` of a text's new people's names, remembered: the same people recur."""
    return _phrase_regex(sorted(forms))


@cache
def _short_regex() -> re.Pattern[str] | None:
    """The regex of the short names of bodies (``words.toml``), built once."""
    return _phrase_regex(_words().short_names)


def _no_overlaps(found: Iterable[_Found]) -> list[_Found]:
    """In text order; of two overlapping mentions the earlier (then the longer) is kept."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out
