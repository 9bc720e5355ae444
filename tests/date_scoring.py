"""The yardstick of the date engine on real news: hand-annotated excerpts (``tests/dates_real/``) and a
scorer.

The data
--------
One TOML file per excerpt, ``tests/dates_real/NNN.toml``::

    id = "007"                      # the file's stem
    url = "https://..."             # the real article the facts and date forms come from
    outlet = "..."                  # who published it
    published = "2017-11-30"        # YYYY-MM-DD: the anchor
    part = "dev"                    # "dev" or "held-out"
    notes = "..."                   # how the publication date was fixed, what is not a date and why
    text = \"\"\"...\"\"\"                # the excerpt, written in our own words: facts and date forms carry
                                    # over, sentences do not

    [[date]]                        # every expression that names days of the calendar
    surface = "يوم أمس الأربعاء"      # its words, exactly as in text (the first occurrence)
    value = "2017-11-29"            # the days it names per docs/conventions.md: a day or "start..end"
    occurrence = 2                  # optional (dates30): a later occurrence of the same words (a
                                    # headline's «غدا» repeated in the body), 1 when left out

    [[not_date]]                    # a number or phrase that names no date (M4, جنيف 8, a decree's
    surface = "جنيف 8"               # number, a count, a score, an age, a calibre, a clock time ...)

    [[ignore]]                      # words neither counted for nor against (a tournament's year:
    surface = "كأس العالم 2022"      # «كأس العالم 2022»)

Durations, frequencies and vague words («منذ عدة أيام», «قبل قليل») are not annotated: a mention with no
calendar value is neither a date read nor a false date.

The scoring
-----------
``syrtimeline.extract(text, published=...)`` through the public API. A gold date is **read** when a
mention with a calendar value overlaps its words and every such mention names its days (``str(m.value)``
equal to ``value``: «الثلاثاء16 أبريل» read as the Tuesday and as «6 أبريل» is not read), **wrong** when
a mention that overlaps it names other days (or none), **missed** when no mention overlaps
it. A mention with a calendar value that overlaps no gold date and no ignored words is a **false
date**; those that overlap a ``not_date`` are counted among them and listed by it.

:func:`score` gives per part the gold count, read, wrong, missed and false dates with their excerpt
id; :func:`format_report` prints it. The held-out part is scored only when asked for
(``python benchmarks/score_dates.py --part held-out``), once, at the end of a round.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import syrtimeline as st

ROOT = Path(__file__).parent / "dates_real"
PARTS = ("dev", "held-out")
_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?$")


class GoldError(ValueError):
    """A gold file is malformed: the message names the file and the field."""


@dataclass(frozen=True)
class Gold:
    surface: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Excerpt:
    id: str
    url: str
    outlet: str
    published: dt.date
    part: str
    text: str
    dates: tuple[Gold, ...]
    not_dates: tuple[tuple[int, int, str], ...]
    ignore: tuple[tuple[int, int, str], ...]


def _span(path: Path, text: str, surface: object, field_name: str, occurrence: object = 1) -> tuple[int, int]:
    if not isinstance(surface, str) or not surface:
        raise GoldError(f"{path.name}: {field_name}: a surface must be a non-empty string")
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise GoldError(f"{path.name}: {field_name}: occurrence {occurrence!r} is no whole number ≥ 1")
    at = -1
    for _ in range(occurrence):
        at = text.find(surface, at + 1)
        if at < 0:
            raise GoldError(f"{path.name}: {field_name}: {surface!r} is not in the text "
                            f"{occurrence} time(s)")
    return at, at + len(surface)


def load_excerpt(path: Path) -> Excerpt:
    """One gold file, validated (a mistake raises :class:`GoldError` naming the file and the field)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{path.name}: not TOML: {exc}") from exc
    for key in ("id", "url", "outlet", "published", "part", "text"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise GoldError(f"{path.name}: {key}: missing or not a string")
    if raw["id"] != path.stem:
        raise GoldError(f"{path.name}: id: {raw['id']!r} is not the file's stem")
    if raw["part"] not in PARTS:
        raise GoldError(f"{path.name}: part: {raw['part']!r} is none of {PARTS}")
    try:
        published = dt.date.fromisoformat(raw["published"])
    except ValueError as exc:
        raise GoldError(f"{path.name}: published: {raw['published']!r} is no YYYY-MM-DD") from exc
    text = raw["text"]
    dates = []
    for k, d in enumerate(raw.get("date", [])):
        value = d.get("value")
        if not isinstance(value, str) or not _VALUE.match(value):
            raise GoldError(f"{path.name}: date[{k}].value: {value!r} is no day or start..end")
        start, end = _span(path, text, d.get("surface"), f"date[{k}].surface", d.get("occurrence", 1))
        dates.append(Gold(d["surface"], value, start, end))
    not_dates = tuple((*_span(path, text, d.get("surface"), f"not_date[{k}].surface"), d["surface"])
                      for k, d in enumerate(raw.get("not_date", [])))
    ignore = tuple((*_span(path, text, d.get("surface"), f"ignore[{k}].surface"), d["surface"])
                   for k, d in enumerate(raw.get("ignore", [])))
    return Excerpt(raw["id"], raw["url"], raw["outlet"], published, raw["part"], text, tuple(dates),
                   not_dates, ignore)


def load_all(root: Path = ROOT) -> list[Excerpt]:
    return [load_excerpt(p) for p in sorted(root.glob("*.toml"), key=lambda p: (len(p.stem), p.stem))]


@dataclass
class Report:
    part: str
    excerpts: int = 0
    gold: int = 0
    read: int = 0
    wrong: list[str] = field(default_factory=list)  # "id: surface: gold ≠ found"
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    not_dates: int = 0
    false_on_not_dates: int = 0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_excerpt(x: Excerpt, report: Report) -> None:
    mentions = [m for m in st.extract(x.text, published=x.published) if m.value is not None]
    all_mentions = st.extract(x.text, published=x.published)
    report.excerpts += 1
    report.gold += len(x.dates)
    report.not_dates += len(x.not_dates)
    for g in x.dates:
        over = [m for m in mentions if _overlaps((m.start, m.end), (g.start, g.end))]
        if over and all(str(m.value) == g.value for m in over):
            report.read += 1
        elif over or any(_overlaps((m.start, m.end), (g.start, g.end)) for m in all_mentions):
            found = ", ".join(f"«{m.text}» {m.value}" for m in over) or "no value"
            report.wrong.append(f"{x.id}: «{g.surface}»: {g.value} ≠ {found}")
        else:
            report.missed.append(f"{x.id}: «{g.surface}» {g.value}")
    claimed = [(g.start, g.end) for g in x.dates] + [(s, e) for s, e, _ in x.ignore]
    for m in mentions:
        if any(_overlaps((m.start, m.end), c) for c in claimed):
            continue
        if any(_overlaps((m.start, m.end), (s, e)) for s, e, _ in x.not_dates):
            report.false_on_not_dates += 1
        report.false.append(f"{x.id}: «{m.text}» {m.value} ({m.rule})")


def score(excerpts: Iterable[Excerpt], part: str) -> list[Report]:
    """One report per part asked for ("dev", "held-out" or "all": both, each on its own)."""
    parts: Sequence[str] = PARTS if part == "all" else (part,)
    out = []
    for p in parts:
        report = Report(p)
        for x in excerpts:
            if x.part == p:
                score_excerpt(x, report)
        out.append(report)
    return out


def format_report(reports: Iterable[Report], verbose: bool = False) -> list[str]:
    lines = []
    for r in reports:
        pct = 100.0 * r.read / r.gold if r.gold else 0.0
        lines.append(f"{r.part}: {r.excerpts} excerpts, {r.gold} dates: {r.read} read ({pct:.1f} %), "
                     f"{len(r.wrong)} wrong, {len(r.missed)} missed; {len(r.false)} false dates "
                     f"({r.false_on_not_dates} on the {r.not_dates} annotated non-dates)")
        if verbose:
            lines += [f"  wrong  {w}" for w in r.wrong]
            lines += [f"  missed {w}" for w in r.missed]
            lines += [f"  false  {w}" for w in r.false]
    return lines
