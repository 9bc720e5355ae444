"""The yardstick of the event coder: hand-annotated excerpts of real news (``tests/events_real/``), and
a scorer.

The data
--------
One TOML file per excerpt, ``tests/events_real/NNN.toml``::

    id = "017"                      # the file's stem
    url = "https://..."             # the real article the facts come from
    outlet = "..."                  # who published it
    published = "2019-05-13"        # YYYY-MM-DD, or YYYY-MM-DDTHH:MM
    part = "dev"                    # "dev" or "held-out"
    notes = "..."                   # optional: how the date was fixed, doubts
    text = \"\"\"...\"\"\"                # the excerpt, written in our own words from the facts

    [[event]]
    kind = "strike"                 # one of KINDS
    mode = "aerial"                 # optional, one of MODES[kind]
    evidence = "..."                # the exact substring of text that reports it (found exactly once)
    actors = ["..."]                # surfaces of the acting party, exactly as written in text
    targets = ["..."]               # optional: what is acted on, exactly as written
    date = "2019-05-12"             # a day, "start/end", or one of BASES
    channel = "ru-tr-joint-patrols" # optional: the deconfliction channel concerned
    place = "ريف إدلب الجنوبي"        # optional: where it happened, the place's words exactly as written

An excerpt whose top level says ``places = true`` has every event's place annotated: an event with
no ``place`` there is one whose text names no place for it (an event placed anyway is a false place).
In the other excerpts a missing ``place`` says nothing.

Every event the excerpt reports is annotated (a background event with a date too); a negated,
prevented or hypothetical one is not. :func:`load_excerpt` validates a file and raises
:class:`GoldError` naming the file and the field (unknown kind, evidence not in the text, an actor
surface not in the text, a bad date ...).

The scoring
-----------
For an excerpt, :func:`produce` builds the coder's events through the public API only:
``Article.build(id, text, published=..., outlet=...)``, then
``Timeline.from_articles([article], knowledge=True)``, keeping the events that cite the excerpt
(a knowledge-base event merged with a report of the excerpt counts as produced); it hands over the
bundled knowledge base and its matchers, loaded and compiled once per process, which gives the same
timeline in less time.

Gold and produced events are matched one to one, greedily by the overlap (in characters) of the
produced event's cited span (``Source.span`` of a source whose ``ref`` is the excerpt) with the gold
evidence; a pair needs a positive overlap and

* **strict**: the same kind (``interview`` counts as ``statement`` and ``negotiation-round`` as
  ``meeting``: see :data:`FAMILY`), at least one actor in common, and the same date;
* **loose**: the same kind and the overlap only.

An actor is in common when a gold surface, folded (``syrtimeline.dates.fold_text``) and with the
leading clitics و ف ب ل ال of each word ignored, is equal to or contained in (as a run of whole
words) one of the Arabic names (``timeline.actors[id].names_ar``) of one of the produced event's
actors, or contains one of them whole (the gold «الطائرات الحربية الروسية» names Russia when
«الروسية» is one of Russia's names); an actor id the timeline does not know is compared as a name
itself. A gold event that
names no actor (a bombing by nobody named) needs no actor in common. The date is the same when a
gold span equals ``(e.when.start, e.when.end)``; a gold basis (``on-or-before-publication``,
``on-or-after-publication``, ``undated``) is compared with ``e.when_basis``.

:func:`score` gives, per part, gold and produced counts, recall (matched / gold) and precision
(matched / produced), overall and by kind family, strict and loose, and lists the misses and the
false events with their excerpt id; :func:`format_report` prints it. The held-out part is scored only
when asked for.

Today's coder is closed-world (a fixed list of trigger words and of known actors, about the
deconfliction channels): it reads few of these events and its figures are low. That is expected;
they are the baseline an open-world coder is measured against.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from syrtimeline.dates import fold_text

if TYPE_CHECKING:
    from syrtimeline import Actor, Article, Event, Timeline
    from syrtimeline.events import CompiledKnowledge, Knowledge

__all__ = [
    "BASES",
    "DATA",
    "FAMILY",
    "KINDS",
    "MODES",
    "PARTS",
    "Excerpt",
    "GoldError",
    "GoldEvent",
    "KnowsActors",
    "Report",
    "actor_in_common",
    "format_report",
    "load_all",
    "load_excerpt",
    "parse_date",
    "produce",
    "score",
    "score_excerpt",
]

DATA: Final = Path(__file__).parent / "events_real"

#: The event ontology: every kind a gold event may have.
KINDS: Final = frozenset({
    "strike", "clash", "attack", "ceasefire", "withdrawal", "deployment", "patrol", "meeting",
    "negotiation-round", "call", "statement", "interview", "agreement", "suspension", "resumption",
    "proposal", "incident", "end", "contact", "arrest", "protest", "capture",
})
#: The modes a kind may carry (a kind not listed takes none).
MODES: Final[dict[str, frozenset[str]]] = {
    "strike": frozenset({"aerial", "drone", "missile", "shelling"}),
    "attack": frozenset({"explosive"}),
    "statement": frozenset({"announce", "warn", "deny", "accuse", "condemn", "demand", "claim"}),
}
#: Kinds scored as one: an interview is a statement, a round of a negotiation format is a meeting.
FAMILY: Final = {"interview": "statement", "negotiation-round": "meeting"}
#: The dates a gold event may give instead of a span (compared with ``Event.when_basis``).
BASES: Final = frozenset({"on-or-before-publication", "on-or-after-publication", "undated"})
PARTS: Final = ("dev", "held-out")
_CHANNELS: Final = frozenset({
    "us-ru-air-safety-mou", "us-ru-email-backup", "us-ru-deconfliction-line", "us-ru-chiefs-of-staff",
    "ru-tr-joint-patrols", "astana-format", "geneva-process",
})
_TOP_KEYS: Final = frozenset({
    "id", "url", "outlet", "published", "part", "notes", "text", "event", "places",
})
_EVENT_KEYS: Final = frozenset({
    "kind", "mode", "evidence", "actors", "targets", "date", "channel", "note", "place",
})

DateValue = tuple[dt.date, dt.date] | str


class GoldError(ValueError):
    """A gold file that does not validate; the message names the file and the field."""


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event of an excerpt."""

    index: int  # its position among the excerpt's events (1-based, as in the file)
    kind: str
    evidence: str
    span: tuple[int, int]  # where the evidence lies in the text (half-open)
    actors: tuple[str, ...]
    date: DateValue
    mode: str | None = None
    targets: tuple[str, ...] = ()
    channel: str | None = None
    note: str = ""
    place: str | None = None  # where it happened, as written in the text

    @property
    def family(self) -> str:
        return FAMILY.get(self.kind, self.kind)

    def describe(self) -> str:
        when = self.date if isinstance(self.date, str) else _span_text(self.date)
        who = "/".join(self.actors[:2]) or "-"
        return f"#{self.index} {self.kind} [{who}] {when}: {_clip(self.evidence)}"


@dataclass(frozen=True)
class Excerpt:
    """One annotated excerpt: the metadata of the article it comes from, its text and its events."""

    id: str
    path: Path
    url: str
    outlet: str
    published: dt.date | dt.datetime
    part: str
    text: str
    events: tuple[GoldEvent, ...]
    notes: str = ""
    places: bool = False  # every event's place is annotated (no ``place``: the text names none)

    @property
    def day(self) -> dt.date:
        p = self.published
        return p.date() if isinstance(p, dt.datetime) else p


# --- loading and validation ------------------------------------------------------------------------------
def parse_date(value: object) -> DateValue:
    """A gold date: ``"YYYY-MM-DD"``, ``"YYYY-MM-DD/YYYY-MM-DD"`` (inclusive) or one of :data:`BASES`."""
    if not isinstance(value, str):
        raise ValueError(f"a date is a string, not {type(value).__name__}")
    if value in BASES:
        return value
    parts = value.split("/")
    if len(parts) > 2 or not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in parts):
        raise ValueError(f"{value!r} is not YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD or one of {sorted(BASES)}")
    start, end = dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[-1])
    if end < start:
        raise ValueError(f"{value!r} ends before it starts")
    return start, end


def _published(value: object) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value)
    raise ValueError(f"not a date: {value!r}")


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings")
    return tuple(value)


def _event(raw: Any, n: int, text: str, where: str) -> GoldEvent:
    at = f"{where}: event #{n}"
    if not isinstance(raw, dict):
        raise GoldError(f"{at}: not a table")
    unknown = set(raw) - _EVENT_KEYS
    if unknown:
        raise GoldError(f"{at}: unknown field(s) {sorted(unknown)}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise GoldError(f"{at}: kind: unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    mode = raw.get("mode")
    if mode is not None and mode not in MODES.get(kind, frozenset()):
        allowed = sorted(MODES.get(kind, frozenset())) or "none"
        raise GoldError(f"{at}: mode: {mode!r} is not a mode of {kind} (allowed: {allowed})")
    evidence = raw.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        raise GoldError(f"{at}: evidence: missing or empty")
    count = text.count(evidence)
    if count != 1:
        said = ("is not a substring of text" if count == 0
                else f"occurs {count} times in text (make it unique)")
        raise GoldError(f"{at}: evidence: {_clip(evidence)!r} {said}")
    start = text.index(evidence)
    try:
        actors = _strings(raw.get("actors", []), "actors")
        targets = _strings(raw.get("targets", []), "targets")
    except ValueError as exc:
        raise GoldError(f"{at}: {exc}") from None
    for field_name, surfaces in (("actors", actors), ("targets", targets)):
        for s in surfaces:
            if s not in text:
                raise GoldError(f"{at}: {field_name}: surface {s!r} is not in text")
    if "date" not in raw:
        raise GoldError(f"{at}: date: missing")
    try:
        date = parse_date(raw["date"])
    except ValueError as exc:
        raise GoldError(f"{at}: date: {exc}") from None
    channel = raw.get("channel")
    if channel is not None and channel not in _CHANNELS:
        raise GoldError(f"{at}: channel: unknown channel {channel!r}")
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise GoldError(f"{at}: note: not a string")
    place = raw.get("place")
    if place is not None and (not isinstance(place, str) or not place.strip()):
        raise GoldError(f"{at}: place: must be a non-empty string")
    if place is not None and place not in text:
        raise GoldError(f"{at}: place: {place!r} is not in text")
    return GoldEvent(index=n, kind=kind, evidence=evidence, span=(start, start + len(evidence)),
                     actors=actors, date=date, mode=mode, targets=targets, channel=channel, note=note,
                     place=place)


def load_excerpt(path: Path) -> Excerpt:
    """Read and validate one gold file; a :class:`GoldError` names the file and the field."""
    where = path.name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: not valid UTF-8 TOML: {exc}") from None
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise GoldError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in ("id", "url", "outlet", "published", "part", "text"):
        if key not in raw:
            raise GoldError(f"{where}: {key}: missing")
    for key in ("id", "url", "outlet", "part", "text"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise GoldError(f"{where}: {key}: must be a non-empty string")
    if raw["id"] != path.stem:
        raise GoldError(f"{where}: id: {raw['id']!r} is not the file's stem {path.stem!r}")
    if not re.match(r"https?://", raw["url"]):
        raise GoldError(f"{where}: url: {raw['url']!r} is not an http(s) URL")
    if raw["part"] not in PARTS:
        raise GoldError(f"{where}: part: {raw['part']!r} is not one of {PARTS}")
    try:
        published = _published(raw["published"])
    except ValueError as exc:
        raise GoldError(f"{where}: published: {exc}") from None
    notes = raw.get("notes", "")
    if not isinstance(notes, str):
        raise GoldError(f"{where}: notes: not a string")
    places = raw.get("places", False)
    if not isinstance(places, bool):
        raise GoldError(f"{where}: places: must be true or false")
    text = raw["text"]
    events_raw = raw.get("event", [])
    if not isinstance(events_raw, list):
        raise GoldError(f"{where}: event: must be an array of tables ([[event]])")
    events = tuple(_event(e, n, text, where) for n, e in enumerate(events_raw, 1))
    return Excerpt(id=raw["id"], path=path, url=raw["url"], outlet=raw["outlet"], published=published,
                   part=raw["part"], text=text, events=events, notes=notes, places=places)


def load_all(folder: Path = DATA) -> list[Excerpt]:
    """Every gold file of *folder*, in the order of their ids (1000 after 999), validated; ids unique."""
    paths = sorted(folder.glob("*.toml"), key=lambda p: (len(p.stem), p.stem))
    if not paths:
        raise GoldError(f"{folder.name}: no gold files")
    out = [load_excerpt(p) for p in paths]
    seen = Counter(x.id for x in out)
    twice = [i for i, n in seen.items() if n > 1]
    if twice:
        raise GoldError(f"{folder.name}: id: duplicated {twice}")
    return out


# --- the coder's events ------------------------------------------------------------------------------------
def article_of(excerpt: Excerpt) -> Article:
    from syrtimeline import Article

    return Article.build(excerpt.id, excerpt.text, published=excerpt.published, outlet=excerpt.outlet)


def produce(excerpt: Excerpt) -> tuple[list[Event], Timeline]:
    """The coder's events that cite *excerpt* (knowledge base on), and the timeline they belong to."""
    from syrtimeline import Timeline

    article = article_of(excerpt)
    if article.text != excerpt.text:
        raise GoldError(f"{excerpt.path.name}: text: the article's text is not the excerpt's "
                        "(the offsets would move)")
    kb, compiled = _coder()
    timeline = Timeline.from_articles([article], knowledge=kb, compiled=compiled)
    events = [e for e in timeline if any(s.ref == article.id for s in e.sources)]
    return events, timeline


@cache
def _coder() -> tuple[Knowledge, CompiledKnowledge]:
    """The bundled knowledge base and the coder's matchers of it, loaded and compiled once per process
    and handed to every :func:`produce` (``Timeline.from_articles`` proves them the plain call's)."""
    from syrtimeline import load_knowledge
    from syrtimeline.events import compile_knowledge

    kb = load_knowledge()
    return kb, compile_knowledge(kb.actors, kb.channels, kb.named)


# --- matching ----------------------------------------------------------------------------------------------
_PREFIXES: Final = tuple(c + p for c in ("", "و", "ف") for p in ("", "بال", "لل", "ال", "ب", "ل"))


@cache
def _forms(token: str) -> frozenset[str]:
    """A folded word with each reading of its leading clitics (و ف, then ب ل ال) taken off."""
    return frozenset(token[len(p):] for p in _PREFIXES if token.startswith(p) and len(token) - len(p) >= 2)


@cache
def _words(surface: str) -> tuple[frozenset[str], ...]:
    return tuple(_forms(w) for w in re.findall(r"\w+", fold_text(surface)))


def _contained(gold: str, name: str) -> bool:
    """Whether the words of *gold* are a run of the words of *name* (clitics ignored)."""
    g, n = _words(gold), _words(name)
    if not g or len(g) > len(n):
        return False
    return any(all(g[i] & n[k + i] for i in range(len(g))) for k in range(len(n) - len(g) + 1))


class KnowsActors(Protocol):
    """What the matching needs of a timeline: its actors by id."""

    @property
    def actors(self) -> Mapping[str, Actor]: ...


def _names(e: Event, timeline: KnowsActors) -> list[str]:
    out: list[str] = []
    for a in e.actors:
        actor = timeline.actors.get(a)
        out.extend(actor.names_ar if actor is not None else (a,))
    return out


def actor_in_common(gold: GoldEvent, e: Event, timeline: KnowsActors) -> bool:
    """Whether a gold surface is (or is contained in) a name of one of the produced event's actors, or
    holds one of those names whole («الطائرات الحربية الروسية» holds «الروسية», a name of Russia)."""
    if not gold.actors:
        return True
    names = _names(e, timeline)
    return any(_contained(s, n) or _contained(n, s) for s in gold.actors for n in names)


def same_date(gold: GoldEvent, e: Event) -> bool:
    if isinstance(gold.date, str):
        if gold.date == "undated" and e.when is None:
            return True
        return e.when_basis.value == gold.date
    return e.when is not None and (e.when.start, e.when.end) == gold.date


def _family(kind: str) -> str:
    return FAMILY.get(kind, kind)


def overlap(gold: GoldEvent, e: Event, ref: str) -> int:
    """The largest overlap, in characters, of a span *e* cites in the excerpt with the gold evidence."""
    best = 0
    for s in e.sources:
        if s.ref == ref and s.span is not None:
            best = max(best, min(s.span[1], gold.span[1]) - max(s.span[0], gold.span[0]))
    return best


@dataclass
class ExcerptScore:
    excerpt: Excerpt
    produced: list[Event]
    strict: dict[int, int] = field(default_factory=dict)  # gold index → produced position
    loose: dict[int, int] = field(default_factory=dict)


def _greedy(pairs: Iterable[tuple[int, int, int]],
            prefer: Collection[tuple[int, int]] = ()) -> dict[int, int]:
    """One to one, largest overlap first (ties: a pair in *prefer* first, then by position): gold
    index → produced position. Two events read from one clause cite the same span; the loose match
    prefers, among them, the one that also matches strictly."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(pairs, key=lambda t: (-t[0], (t[1], t[2]) not in prefer, t[1], t[2])):
        if g not in out and p not in taken:
            out[g] = p
            taken.add(p)
    return out


def score_excerpt(excerpt: Excerpt) -> ExcerptScore:
    produced, timeline = produce(excerpt)
    strict: list[tuple[int, int, int]] = []
    loose: list[tuple[int, int, int]] = []
    for g in excerpt.events:
        for p, e in enumerate(produced):
            ov = overlap(g, e, excerpt.id)
            if ov <= 0 or _family(e.kind.value) != g.family:
                continue
            loose.append((ov, g.index, p))
            if actor_in_common(g, e, timeline) and same_date(g, e):
                strict.append((ov, g.index, p))
    return ExcerptScore(excerpt, produced, _greedy(strict), _greedy(loose, {(g, p) for _, g, p in strict}))


# --- the report --------------------------------------------------------------------------------------------
@dataclass
class Figures:
    gold: int = 0
    produced: int = 0
    strict: int = 0
    loose: int = 0
    strict_produced: int = 0  # produced events matched (strict); equals strict, kept per kind
    loose_produced: int = 0

    def recall(self, loose: bool = False) -> float:
        return (self.loose if loose else self.strict) / self.gold if self.gold else 0.0

    def precision(self, loose: bool = False) -> float:
        matched = self.loose_produced if loose else self.strict_produced
        return matched / self.produced if self.produced else 0.0


@dataclass
class Report:
    part: str
    excerpts: int
    overall: Figures
    by_kind: dict[str, Figures]
    misses: list[tuple[str, GoldEvent]]  # (excerpt id, gold event) not matched (strict)
    false_events: list[tuple[str, str]]  # (excerpt id, description) of produced events not matched (strict)
    near: list[tuple[str, GoldEvent]]  # matched loosely but not strictly


def _describe(e: Event, text: str, ref: str) -> str:
    spans = [s.span for s in e.sources if s.ref == ref and s.span is not None]
    quote = text[spans[0][0]:spans[0][1]] if spans else (e.quote_ar or "")
    when = "-" if e.when is None else _span_text((e.when.start, e.when.end))
    return f"{e.kind.value} [{'/'.join(e.actors) or '-'}] {when} ({e.when_basis.value}): {_clip(quote)}"


def score(excerpts: Sequence[Excerpt], part: str = "dev") -> Report:
    """Score the excerpts of *part* ("dev", "held-out" or "all")."""
    chosen = [x for x in excerpts if part == "all" or x.part == part]
    overall = Figures()
    by_kind: dict[str, Figures] = {}
    misses: list[tuple[str, GoldEvent]] = []
    near: list[tuple[str, GoldEvent]] = []
    false_events: list[tuple[str, str]] = []
    for x in chosen:
        s = score_excerpt(x)
        for g in x.events:
            f = by_kind.setdefault(g.family, Figures())
            for fig in (overall, f):
                fig.gold += 1
                fig.strict += g.index in s.strict
                fig.loose += g.index in s.loose
            if g.index not in s.strict:
                misses.append((x.id, g))
                if g.index in s.loose:
                    near.append((x.id, g))
        matched_strict, matched_loose = set(s.strict.values()), set(s.loose.values())
        for p, e in enumerate(s.produced):
            f = by_kind.setdefault(_family(e.kind.value), Figures())
            for fig in (overall, f):
                fig.produced += 1
                fig.strict_produced += p in matched_strict
                fig.loose_produced += p in matched_loose
            if p not in matched_strict:
                false_events.append((x.id, _describe(e, x.text, x.id)))
    return Report(part, len(chosen), overall, dict(sorted(by_kind.items())), misses, false_events, near)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def format_report(report: Report, verbose: bool = False) -> list[str]:
    """The report as lines: the figures, then (``verbose``) every miss and false event."""
    o = report.overall
    lines = [
        f"event coder on the {report.part} part: {report.excerpts} excerpts, {o.gold} gold events, "
        f"{o.produced} produced",
        f"  strict (kind + actor + date): recall {_pct(o.recall())} ({o.strict}/{o.gold}), "
        f"precision {_pct(o.precision())} ({o.strict_produced}/{o.produced})",
        f"  loose (kind + evidence overlap): recall {_pct(o.recall(True))} ({o.loose}/{o.gold}), "
        f"precision {_pct(o.precision(True))} ({o.loose_produced}/{o.produced})",
        "  by kind            gold  strict recall  loose recall  produced  strict prec.  loose prec.",
    ]
    for kind, f in report.by_kind.items():
        lines.append(
            f"    {kind:<17}{f.gold:>5}  {_pct(f.recall()):>13}  {_pct(f.recall(True)):>12}  {f.produced:>8}"
            f"  {_pct(f.precision()):>12}  {_pct(f.precision(True)):>11}"
        )
    if verbose:
        lines.append(f"  misses (strict): {len(report.misses)}")
        near = {(i, g.index) for i, g in report.near}
        for xid, g in report.misses:
            tag = " (loose match)" if (xid, g.index) in near else ""
            lines.append(f"    {xid} {g.describe()}{tag}")
        lines.append(f"  false events (strict): {len(report.false_events)}")
        for xid, what in report.false_events:
            lines.append(f"    {xid} {what}")
    return lines


def _span_text(span: tuple[dt.date, dt.date]) -> str:
    a, b = span
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --- places ------------------------------------------------------------------------------------------------
@dataclass
class PlaceReport:
    """How the coder places events (:func:`score_places`)."""

    part: str
    excerpts: int
    gold_placed: int = 0  # gold events with a place
    matched: int = 0  # ... matched (loose) to a produced event
    right: int = 0  # ... whose produced event has the right place
    unplaced: int = 0  # ... whose produced event has no place
    judged_unplaced: int = 0  # gold events the text places nowhere (excerpts with places = true), matched
    false_places: int = 0  # ... whose produced event is placed all the same
    wrong: list[tuple[str, GoldEvent, str]] = field(default_factory=list)  # (excerpt, gold, produced place)
    false: list[tuple[str, GoldEvent, str]] = field(default_factory=list)

    def accuracy(self) -> float:
        return self.right / self.matched if self.matched else 0.0


@cache
def _gold_entries(words: str) -> frozenset[str]:
    """The gazetteer entries the gold words name (every candidate of an ambiguous name)."""
    from syrtimeline import extract_places

    return frozenset(p.id for m in extract_places(words) for p in m.candidates)


def right_place(gold: str, e: Event) -> bool:
    """Whether *e*'s place is the gold place: the same gazetteer entry, or one of its names (or its
    words as written) equal to, contained in or containing the gold words (clitics ignored)."""
    from syrtimeline.places import gazetteer

    w = e.where
    if w is None:
        return False
    ids = {w.place_id} if w.place_id else set(w.candidates)
    if ids & _gold_entries(gold):
        return True
    names = [w.location_ar]
    for i in ids:
        place = gazetteer().places.get(i)
        if place is not None:
            names += place.names_ar
    return any(_contained(n, gold) or _contained(gold, n) for n in names)


def report_of(gold: GoldEvent, e: Event, ref: str) -> Event:
    """The report of *e* (one of its ``records``, or *e* itself) that overlaps the gold evidence most:
    its place is the one its own clause gives, which the gold place is (a merged event's place may
    come from another report of it)."""
    reports = e.records or (e,)
    return max(reports, key=lambda r: overlap(gold, r, ref))


def score_places(excerpts: Sequence[Excerpt], part: str = "dev") -> PlaceReport:
    """The places of the coder's events against the gold places of *part* ("dev", "held-out" or "all"),
    on the loose matches (kind and evidence: a place is judged whoever the actors and whatever the
    date), each judged on the report that overlaps the gold evidence most (:func:`report_of`): of the
    matched gold events with a place, how many have the right one (:func:`right_place`); of the
    matched gold events the text places nowhere (in excerpts with ``places = true``), how many are
    placed all the same (false places)."""
    chosen = [x for x in excerpts if part == "all" or x.part == part]
    r = PlaceReport(part, len(chosen))
    for x in chosen:
        s = score_excerpt(x)
        for g in x.events:
            p = s.loose.get(g.index)
            e = report_of(g, s.produced[p], x.id) if p is not None else None
            if g.place is not None:
                r.gold_placed += 1
                if e is None:
                    continue
                r.matched += 1
                if right_place(g.place, e):
                    r.right += 1
                else:
                    r.unplaced += e.where is None
                    r.wrong.append((x.id, g, e.where.label() if e.where is not None else "-"))
            elif x.places and e is not None:
                r.judged_unplaced += 1
                if e.where is not None:
                    r.false_places += 1
                    r.false.append((x.id, g, e.where.label()))
    return r


def format_place_report(r: PlaceReport, verbose: bool = False) -> list[str]:
    lines = [
        f"places on the {r.part} part: {r.excerpts} excerpts, {r.gold_placed} gold events with a place, "
        f"{r.matched} of them matched (loose)",
        f"  right place {_pct(r.accuracy())} ({r.right}/{r.matched}; unplaced {r.unplaced}), "
        f"false places {r.false_places} (of {r.judged_unplaced} matched events the text places nowhere)",
    ]
    if verbose:
        lines += [f"    wrong {xid} #{g.index} {g.kind}: gold «{g.place}», produced {got}"
                  for xid, g, got in r.wrong]
        lines += [f"    false {xid} #{g.index} {g.kind}: produced {got}: {g.describe()}"
                  for xid, g, got in r.false]
    return lines
