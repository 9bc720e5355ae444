"""Article: one news text, when it was published and how we know, and what in it is not content."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from ..dates import Lexed, Mention, Scan, extract
from .chrome import Region, find_chrome
from .published import Evidence, Published, detect_published

__all__ = ["Article"]

PublishedFrom = Literal["manifest", "text", "inferred"]


def _published(value: object) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    raise TypeError(f"published must be a date, a datetime or None, not {type(value).__name__}")


@attrs.frozen
class Article:
    """A news article.

    ``published`` is the day (or moment) it was published; ``published_from`` says how that is known
    (``"manifest"`` — metadata given with the text; ``"text"`` — a full date in its own words;
    ``"inferred"`` — a dateline whose year only the weekday fixes; ``None`` — unknown) and
    ``evidence`` the words it was read from. ``chrome`` are the regions of site chrome, left out of
    :meth:`mentions`. All offsets point into ``text`` as loaded.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = attrs.field(default=None, converter=_published)
    published_from: PublishedFrom | None = None
    evidence: Evidence | None = None
    candidates: tuple[dt.date, ...] = ()
    chrome: tuple[Region, ...] = ()
    warnings: tuple[str, ...] = ()
    source: str | None = None
    notes: str | None = None

    @classmethod
    def build(cls, id: str, text: str, *, title: str | None = None, outlet: str | None = None,
              url: str | None = None, published: dt.date | dt.datetime | None = None,
              source: str | None = None, notes: str | None = None, detect: bool = True,
              earliest: dt.date | None = None, latest: dt.date | None = None,
              lexed: Lexed | Scan | None = None) -> Article:
        """An article from its text and whatever metadata came with it: finds the chrome and the
        title, reads the publication date from the text when the metadata lacks it, and warns when
        metadata and text disagree. *lexed* is ``dates.lex(text)`` when the caller has it (to lex the
        text once for this and :meth:`mentions`), or ``dates.scan(text)`` (to scan it once: the
        publication date is read from its mentions against no anchor)."""
        chrome = find_chrome(text)
        warnings: list[str] = []
        if title is None:
            title = _first_content_line(text, chrome)
        found: Published | None = None
        if detect:
            kw = {"earliest": earliest} if earliest else {}
            found = detect_published(text, latest=latest, chrome=chrome, lexed=lexed, **kw)
        published_from: PublishedFrom | None = None
        evidence: Evidence | None = None
        candidates: tuple[dt.date, ...] = ()
        if published is not None:
            published_from = "manifest"
            where = f" ({source})" if source else ""
            evidence = Evidence("manifest", "", None, f"given with the text{where}")
            pub_day = published.date() if isinstance(published, dt.datetime) else published
            if found is not None and found.date is not None:
                if found.date == pub_day:  # the words say so too: cite them
                    published_from = found.source
                    note = found.evidence.note + "; the metadata agrees"
                    evidence = attrs.evolve(found.evidence, note=note)
                else:
                    warnings.append(
                        f"the metadata says {pub_day.isoformat()} but the text says "
                        f"{found.date.isoformat()} ({found.evidence.text!r}); keeping the metadata"
                    )
        elif found is not None:
            published = found.value
            published_from = found.source if found.value is not None else None
            evidence = found.evidence
            candidates = found.candidates
            if found.value is None:
                warnings.append(f"publication date ambiguous: {found.evidence.note}")
        return cls(id=id, text=text, title=title, outlet=outlet, url=url, published=published,
                   published_from=published_from, evidence=evidence, candidates=candidates,
                   chrome=chrome, warnings=tuple(warnings), source=source, notes=notes)

    def is_chrome(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps site chrome."""
        return any(start < r.end and r.start < end for r in self.chrome)

    def mentions(self, lexed: Lexed | Scan | None = None) -> list[Mention]:
        """``extract(text, published)``, less what falls in site chrome (*lexed*: ``dates.lex(text)``
        or ``dates.scan(text)`` when the caller has it; a scan's mentions against the publication
        date are the same, without scanning again what the date does not change)."""
        if isinstance(lexed, Scan):
            found = (lexed.anchored(self.published) if lexed.lexed.text == self.text
                     else extract(self.text, self.published))
        else:
            found = extract(self.text, self.published, lexed=lexed)
        return [m for m in found if not self.is_chrome(m.start, m.end)]

    @property
    def content(self) -> str:
        """The text with chrome regions blanked out (same length: offsets still hold)."""
        chars = list(self.text)
        for r in self.chrome:
            for i in range(r.start, r.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


def _first_content_line(text: str, chrome: tuple[Region, ...]) -> str | None:
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(line)
        if stripped and not any(r.start <= start < r.end for r in chrome):
            return stripped
    return None
