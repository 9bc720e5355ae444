"""Find the site chrome in an article: spans of the original text, each with the rule that matched."""

from __future__ import annotations

import re
from typing import Final

import attrs

from ..dates.normalize import fold_text
from . import chrome_rules as R

__all__ = ["Region", "find_chrome"]


@attrs.frozen
class Region:
    """A span ``[start, end)`` of the original text that is not content, and why."""

    start: int
    end: int
    rule: str

    def __contains__(self, pos: object) -> bool:
        return isinstance(pos, int) and self.start <= pos < self.end


def _key(s: str) -> str:
    return " ".join(fold_text(s).split()).casefold()


_EXACT: Final = {_key(k): v for k, v in R.LINE_EXACT.items()}
_PREFIX: Final = tuple((_key(k), v) for k, v in R.LINE_PREFIX.items())
_CONTAINS: Final = tuple((_key(k), v) for k, v in R.LINE_CONTAINS.items())
_TAIL: Final = {_key(k): v for k, v in R.TAIL_FROM.items()}
_LINE: Final = re.compile(r"[^\n]*")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each non-empty line, the span trimmed of white space: :func:`_lines_plain`,
    the whole text stripped and folded once, not line by line (speed54; tests/test_articles.py proves the
    two equal). Stripping never deletes a line break nor reads across one (what it deletes are marks and
    dots, a letter around them), and folding is one character for one and keeps line breaks: the lines of
    the text's fold are the folds of its lines."""
    out = []
    pos = 0
    for line, folded in zip(text.split("\n"), fold_text(text).split("\n"), strict=True):
        if line.strip():
            start = pos + (len(line) - len(line.lstrip()))
            out.append((start, pos + len(line.rstrip()), " ".join(folded.split()).casefold()))
        pos += len(line) + 1
    return out


def _lines_plain(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each non-empty line, the span trimmed of white space: the specification of
    :func:`_lines`."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = m.end() - (len(line) - len(line.rstrip()))
        out.append((start, end, _key(line)))
    return out


def _line_rule(key: str) -> str | None:
    rule = _EXACT.get(key)
    if rule:
        return rule
    for prefix, rule in _PREFIX:
        if key.startswith(prefix):
            return rule
    for part, rule in _CONTAINS:
        if part in key:
            return rule
    return None


def find_chrome(text: str) -> tuple[Region, ...]:
    """The regions of *text* that are site chrome, in order."""
    lines = _lines(text)
    regions: list[Region] = []
    tail_at: int | None = None
    for i, (_s, _e, key) in enumerate(lines):
        if key in _TAIL and all(e - s <= R.TAIL_MAX_LINE for s, e, _k in lines[i + 1:]):
            tail_at = i
            break
    for i, (s, e, key) in enumerate(lines):
        if tail_at is not None and i >= tail_at:
            regions.append(Region(s, len(text.rstrip()), _TAIL[lines[tail_at][2]]))
            break
        rule = _line_rule(key)
        if rule:
            regions.append(Region(s, e, rule))
    return tuple(regions)
