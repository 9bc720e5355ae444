"""Events from articles: sentences → actors, channels, triggers → dated, sourced events.

Each clause (a sentence, split again at "كما") is read for
* a trigger (``triggers.py``, data): what kind of event it reports;
* actors, matched through every Arabic spelling variant the knowledge base lists;
* channels, matched through their Arabic phrases, or inferred when the clause names the parties of
  a channel (روسيا … الولايات المتحدة → the US–Russia air-safety memorandum, the memorandum being
  preferred to the hotline, joint patrols for a patrol); on a negotiation format a meeting or an
  agreement is a round of it;
* a clause split off at "كما" keeps the subject of its sentence when it names no actor;
* incident words after a prevention word ("لمنع وقوع حوادث") are not incidents;
* the date mention that governs it (the first date or range in the clause; "حينها" takes the date of
  the clause before), else the report itself: "on or before publication" (a window of
  ``REPORT_WINDOW`` days up to the publication day, flagged in ``when_basis``), or "on or after
  publication" for an announced event ("لقاء أستانا المقبل", ``FUTURE_WINDOW`` days), else no date
  at all when the article has no publication date.
Modal clauses ("استئناف الاتصالات أمر ممكن", "سعيها لإعادة العمل") report a prospect, not a
resumption: they become proposals. Site chrome is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Final, TypeVar

from ..articles import Article
from ..dates import DateSpan, Granularity, Mention
from ..dates.normalize import fold, strip
from .model import Actor, Certainty, Channel, ChannelKind, Event, EventKind, Source, WhenBasis
from .triggers import ANAPHORIC, FUTURE, NEED_CHANNEL, PREVENTION, PRIORITY, ROUND_KINDS, TRIGGERS

__all__ = ["REPORT_WINDOW", "events_from_article", "events_from_articles"]

T = TypeVar("T")

REPORT_WINDOW: Final = 30  # days before publication that an undated report may cover
FUTURE_WINDOW: Final = 60  # days after publication that an undated announced event may fall in
_PREVENTION: Final = tuple(fold(w) for w in PREVENTION)
_FUTURE: Final = tuple(fold(w) for w in FUTURE)
_ANAPHORIC: Final = tuple(fold(w) for w in ANAPHORIC)
_MODAL: Final = tuple(fold(w) for w in ("ممكن", "محتمل", "احتمالية", "يمكن", "سعيها", "استعداد", "ترجح",
                                         "مستعدة", "مستعد"))
# A sentence ends at ! ? ؟, a line break, or a full stop that is not inside a number (20.06.2017, 2.5).
_SENTENCE: Final = re.compile(r"(?:[^.!?؟\n]|(?<=\d)\.(?=\d))+(?:[.!?؟]+|\n|$)")
_CLAUSE_BREAK: Final = re.compile(r"[،,]?\s+كما\s+")
_ONGOING: Final = frozenset({EventKind.PATROL, EventKind.CONTACT, EventKind.AGREEMENT})  # what "منذ" can date
_ONLY_ON: Final = {EventKind.PATROL: ChannelKind.JOINT_PATROLS,
                   EventKind.NEGOTIATION_ROUND: ChannelKind.NEGOTIATION_FORMAT}
_QUOTES: Final = re.compile(r"[“”\"«»']")
_CLITIC: Final = "(?:[وف]?(?:بال|لل|ال|ب|ل|ك)?)"


def _word_pattern(phrases: Iterable[str]) -> str:
    """One alternation of folded phrases, longest first, each a whole word after optional clitics."""
    forms = sorted({fold(" ".join(p.split())) for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"[\s“”\"«»']+") for f in forms)  # اتفاق “موسكو”
    return rf"(?<![^\W\d_]){_CLITIC}(?:{body})(?![^\W\d_])"


class _Matchers:
    """Compiled matchers for one knowledge base (built once per extraction call)."""

    def __init__(self, actors: Mapping[str, Actor], channels: Mapping[str, Channel],
                 named: Mapping[str, Event] | None = None) -> None:
        named = named or {}
        self.actors = actors
        self.channels = channels
        self.actor_of: dict[str, str] = {}
        for a in actors.values():
            for name in a.names_ar:
                self.actor_of[fold(" ".join(name.split()))] = a.id
        self.actor_re = re.compile(_word_pattern(self.actor_of)) if self.actor_of else None
        self.channel_of: dict[str, str] = {}
        for c in channels.values():
            for phrase in (*c.phrases_ar, *c.names_ar):
                self.channel_of[fold(" ".join(phrase.split()))] = c.id
        self.channel_re = re.compile(_word_pattern(self.channel_of)) if self.channel_of else None
        self.named = dict(named)
        self.event_of: dict[str, str] = {}
        for name in self.named:
            self.event_of[fold(" ".join(name.split()))] = name
        self.event_re = re.compile(_word_pattern(self.event_of)) if self.event_of else None
        self.trigger_of: dict[str, EventKind] = {fold(k): v for k, v in TRIGGERS.items()}
        self.trigger_re = re.compile(_word_pattern(TRIGGERS))

    def _key(self, matched: str, table: Mapping[str, T]) -> T | None:
        m = " ".join(_QUOTES.sub(" ", matched).split())
        for cut in (0, 1, 2, 3):
            if m[cut:] in table:
                return table[m[cut:]]
        return None

    def find(self, folded: str, regex: re.Pattern[str] | None, table: Mapping[str, str]) -> list[str]:
        if regex is None:
            return []
        out: list[str] = []
        for m in regex.finditer(folded):
            key = self._key(m.group(), table)
            if key and key not in out:
                out.append(key)
        return out

    def countries(self, actor_ids: Iterable[str]) -> set[str]:
        return {self.actors[a].country for a in actor_ids if a in self.actors and self.actors[a].country}

    def infer_channel(self, actor_ids: list[str], kind: EventKind) -> str | None:
        """The one channel whose parties the clause names (if exactly one fits)."""
        present = self.countries(actor_ids)
        fits = []
        for c in self.channels.values():
            need = self.countries(c.parties)
            if len(need) >= 2 and need <= present:
                fits.append(c)
        if kind in _ONLY_ON:
            fits = [c for c in fits if c.kind == _ONLY_ON[kind]]
        else:
            for tier in (ChannelKind.MEMORANDUM, ChannelKind.HOTLINE):
                preferred = [c for c in fits if c.kind == tier]
                if preferred:
                    fits = preferred
                    break
        return fits[0].id if len(fits) == 1 else None


def _clauses(text: str) -> list[tuple[int, int, int]]:
    """(start, end, sentence number) of each clause: sentences, split again at "كما"."""
    out = []
    for n, s in enumerate(_SENTENCE.finditer(text)):
        start, end = s.span()
        pos = start
        for br in _CLAUSE_BREAK.finditer(text, start, end):
            out.append((pos, br.start(), n))
            pos = br.start()
        out.append((pos, end, n))
    return [(a, b, n) for a, b, n in out if text[a:b].strip()]


def _triggers(mx: _Matchers, clause: str) -> list[EventKind]:
    """Kinds of the triggers in a folded clause; an incident word after a prevention word
    ("لمنع وقوع حوادث") is what deconfliction prevents, not an incident."""
    out = []
    for m in mx.trigger_re.finditer(clause):
        kind = mx._key(m.group(), mx.trigger_of)
        if kind is None:
            continue
        if kind is EventKind.INCIDENT:
            before = clause[max(0, m.start() - 16):m.start()].split()
            if any(w in _PREVENTION for w in before[-2:]):
                continue
        out.append(kind)
    return out


def _kind(found: list[EventKind], folded: str) -> EventKind | None:
    if not found:
        return None
    kind = min(found, key=PRIORITY.index)
    if any(m in folded for m in _MODAL):
        if {EventKind.RESUMPTION, EventKind.AGREEMENT, EventKind.CONTACT} & set(found):
            return EventKind.PROPOSAL  # "استئناف الاتصالات أمر ممكن": a prospect, not a resumption
        if kind is EventKind.SUSPENSION:
            return EventKind.STATEMENT
    return kind


def _governing(mentions: list[Mention], a: int, b: int) -> Mention | None:
    for m in mentions:
        if a <= m.start and m.end <= b and m.value is not None and m.kind in ("date", "range"):
            return m
    return None


def _when(article: Article, m: Mention | None, text: str, kind: EventKind,
          future: bool) -> tuple[DateSpan | None, WhenBasis]:
    pub = article.published
    pub_day = pub.date() if isinstance(pub, dt.datetime) else pub
    if m is not None and m.value is not None:
        before = fold(text[max(0, m.start - 6):m.start])
        if "منذ" not in before:
            return m.value, WhenBasis.STATED
        if kind in _ONGOING and pub_day is not None and m.value.start <= pub_day:
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


def _named(mx: _Matchers, clause: str, kind: EventKind) -> Event | None:
    """The known event a clause names ("اتفاق سوتشي"), when it is of the clause's kind of event."""
    if mx.event_re is None:
        return None
    for m in mx.event_re.finditer(clause):
        name = mx._key(m.group(), mx.event_of)
        event = mx.named.get(name) if name else None
        if event is not None and event.kind.family is kind.family:
            return event
    return None


def events_from_article(article: Article, actors: Mapping[str, Actor], channels: Mapping[str, Channel],
                        named: Mapping[str, Event] | None = None, *,
                        _matchers: _Matchers | None = None) -> list[Event]:
    """The events one article reports, each citing the article and the span of its clause.

    *named* maps Arabic names of known events ("اتفاق سوتشي") to them: a clause that names one and
    states no date of its own refers to it and takes its date (``when_basis`` "named").
    """
    mx = _matchers or _Matchers(actors, channels, named)
    text = article.text
    stripped, omap = strip(text)
    folded = fold(stripped)
    mentions = article.mentions()
    out: list[Event] = []
    previous: Mention | None = None  # the date of the clause before (for "حينها")
    sentence_actors: tuple[int, list[str]] = (-1, [])  # the subject of a sentence split at "كما"
    for a, b, n in _clauses(stripped):
        oa, ob = omap.span_to_original(a, b)
        if article.is_chrome(oa, ob):
            continue
        clause = folded[a:b]
        governing = _governing(mentions, oa, ob)
        words = clause.split()
        if governing is None and previous is not None and any(w.strip("،,.") in _ANAPHORIC for w in words):
            governing = previous
        if governing is not None:
            previous = governing
        actor_ids = mx.find(clause, mx.actor_re, mx.actor_of)
        if not actor_ids and sentence_actors[0] == n:
            actor_ids = list(sentence_actors[1])
        sentence_actors = (n, actor_ids)
        kind = _kind(_triggers(mx, clause), clause)
        if kind is None:
            continue
        channel_ids = mx.find(clause, mx.channel_re, mx.channel_of)
        channel = channel_ids[0] if channel_ids else mx.infer_channel(actor_ids, kind)
        if channel is None and (kind in NEED_CHANNEL or not actor_ids):
            continue
        if channel is not None and kind in ROUND_KINDS and channel in channels \
                and channels[channel].kind is ChannelKind.NEGOTIATION_FORMAT:
            kind = EventKind.NEGOTIATION_ROUND
        future = any(w.strip("،,.") in _FUTURE for w in words)
        when, basis = _when(article, governing, text, kind, future)
        known = _named(mx, clause, kind)
        if known is not None and basis is not WhenBasis.STATED and known.when is not None:
            # "اتفاق سوتشي" names a known event: the clause refers to it, and it has its date
            when, basis = known.when, WhenBasis.NAMED
            channel = known.channel or channel
            actor_ids += [x for x in known.actors if x not in actor_ids]
            governing = None
        quote = text[oa:ob].strip()
        qs = oa + (len(text[oa:ob]) - len(text[oa:ob].lstrip()))
        source = Source(article.id, (qs, qs + len(quote)), quote, article.title, article.url,
                        article.published.date() if isinstance(article.published, dt.datetime)
                        else article.published)
        names = ", ".join(actors[x].name for x in actor_ids if x in actors) or "unnamed actors"
        chan = channels[channel].name if channel is not None and channel in channels else "no channel"
        summary = f"{kind.value} — {names} ({chan}), reported by {article.outlet or article.id}"
        out.append(Event(
            id=f"{article.id}@{qs}", when=when, kind=kind, summary=summary, actors=tuple(actor_ids),
            channel=channel, quote_ar=quote, sources=(source,),
            certainty=(Certainty.REPORTED if basis in (WhenBasis.STATED, WhenBasis.NAMED)
                       else Certainty.UNCERTAIN),
            when_basis=basis,
            note=f"dated by {governing.text!r}" if governing is not None
            and basis in (WhenBasis.STATED, WhenBasis.SINCE)
            else f"names the known event {known.id!r}" if known is not None and basis is WhenBasis.NAMED
            else f"no date governs the clause: {basis.value.replace('-', ' ')}",
        ))
    return out


def events_from_articles(articles: Iterable[Article], actors: Mapping[str, Actor],
                         channels: Mapping[str, Channel], named: Mapping[str, Event] | None = None
                         ) -> list[Event]:
    mx = _Matchers(actors, channels, named)
    out: list[Event] = []
    for article in articles:
        out.extend(events_from_article(article, actors, channels, _matchers=mx))
    return out
