"""A Griffe extension for the API reference: inline Sphinx roles in docstrings become code spans.

The docstrings write references the Sphinx way (``:class:`DateSpan```,
``:func:`~syrtimeline.dates.resolve```), which Markdown would print as they are. This turns each into a
code span (`` `DateSpan` ``, `` `resolve` ``: a leading ``~`` keeps only the last name, as in Sphinx), and
a paragraph ending in ``::`` (Sphinx's "a literal block follows") ends in ``:``; the indented block after
it is already a Markdown code block. attrs' ``__attrs_post_init__`` hook, a detail of construction, is
left out of the reference. This happens at documentation time only; the code is unchanged. mkdocs.yml
loads it; it is not part of the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|attr|data|exc|obj|const):`(~?)([^`]+)`")
_LITERAL_BLOCK = re.compile(r"(?<=\S)::$", re.M)


def _code_span(match: re.Match[str]) -> str:
    tilde, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if tilde else target}`"


def plain(text: str) -> str:
    """*text* with every inline Sphinx role replaced by a code span, and ``::`` before a block as ``:``."""
    return _LITERAL_BLOCK.sub(":", _ROLE.sub(_code_span, text))


class SphinxRoles(griffe.Extension):
    """Rewrites the roles of every docstring once the object tree is complete."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        self._rewrite(pkg)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        self._rewrite(obj)
        if obj.name == "__attrs_post_init__" and obj.parent is not None:
            obj.parent.del_member(obj.name)

    @staticmethod
    def _rewrite(obj: griffe.Object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain(obj.docstring.value)
