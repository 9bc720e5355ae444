"""The documentation the code and tests rely on: docs/facts.md backs the knowledge base, and nothing in the
repository names a path outside it.
"""

from __future__ import annotations

import re
from pathlib import Path

import syrtimeline as st

REPO = Path(__file__).resolve().parent.parent
FACTS = REPO / "docs" / "facts.md"
_ROW = re.compile(r"^### .*\{#row-(\w+)\}$", re.M)
_FACT_NOTE = re.compile(r"\(facts row (\w+)\)")


def _fact_rows() -> dict[str, str]:
    """row number → the text of that row's section in docs/facts.md."""
    text = FACTS.read_text(encoding="utf-8")
    heads = list(_ROW.finditer(text))
    return {m.group(1): text[m.end():nxt.start() if nxt else len(text)]
            for m, nxt in zip(heads, [*heads[1:], None], strict=True)}


def test_every_knowledge_base_fact_is_a_row_with_its_sources() -> None:
    rows = _fact_rows()
    cited = set()
    for event in st.load_knowledge().events:
        found = _FACT_NOTE.search(event.note or "")
        if found is None:
            continue
        row = found.group(1)
        cited.add(row)
        assert row in rows, f"{event.id}: facts row {row} is not in docs/facts.md"
        for source in event.sources:
            if source.url:
                assert f"<{source.url}>" in rows[row], f"{event.id}: {source.url} is not in facts row {row}"
    assert cited == set(rows), f"rows that back no event: {sorted(set(rows) - cited)}"


# Written so that this file does not match itself.
_OUTSIDE = re.compile(r"/wor[k]/|share[d]/(?:conventions|facts|seeds|peer)")
_SCANNED = ("README.md", "pyproject.toml", "mkdocs.yml", ".ci", "syrtimeline", "seeds", "tests", "docs",
            "examples", "benchmarks")
_TEXT = {".py", ".md", ".toml", ".tsv", ".txt", ".yml", ".jsonl", ".json", ""}


def test_no_path_outside_the_repository_is_cited() -> None:
    offenders = []
    for top in _SCANNED:
        base = REPO / top
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in files:
            rel = path.relative_to(REPO)
            if not path.is_file() or path.suffix not in _TEXT or "_corpus" in rel.parts:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                if _OUTSIDE.search(line):
                    offenders.append(f"{rel}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_api_overview_lists_every_top_level_name() -> None:
    """docs/api.md's table of the names importable from ``syrtimeline`` is ``syrtimeline.__all__``
    (``mkdocs build --strict`` then checks that each link reaches a rendered entry)."""
    text = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    table = text[text.index("| topic | names |"):text.index("## Reference")]
    links = re.findall(r"\[`(\w+)`\]\[(syrtimeline\.[\w.]+)\]", table)
    assert all(target.endswith(f".{name}") for name, target in links), links
    listed = [name for name, _ in links]
    assert len(listed) == len(set(listed)), "a name is listed twice"
    assert set(listed) == set(st.__all__) - {"__version__"}
