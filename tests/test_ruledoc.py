"""The rule list of docs/dates.md ("Every rule, in order") is the code's: order, names, kinds and
docstrings. Regenerate it with ``python -m syrtimeline.dates.ruledoc --write docs/dates.md``."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from syrtimeline.dates.priority import PRIORITY
from syrtimeline.dates.ruledoc import SECTION, rule_table, table_of, with_rule_table
from syrtimeline.dates.rules import RULES

ROOT = Path(__file__).parent.parent
DOC = ROOT / "docs" / "dates.md"


def test_the_rule_table_in_the_docs_is_the_code() -> None:
    have, want = table_of(DOC.read_text(encoding="utf-8")), rule_table()
    diff = "".join(difflib.unified_diff(have.splitlines(True), want.splitlines(True), "docs", "code"))
    assert have == want, ("the rule table of docs/dates.md differs from the rules; regenerate it with "
                          "python -m syrtimeline.dates.ruledoc --write docs/dates.md\n" + diff)


def test_the_table_has_one_row_per_rule_in_priority_order() -> None:
    rows = rule_table().splitlines()[2:]
    assert len(rows) == len(RULES) == len(PRIORITY)
    for i, (row, name) in enumerate(zip(rows, PRIORITY, strict=True), 1):
        rule = RULES[i - 1]
        assert row.startswith(f"| {i} | `{name}` | {rule.kind} | "), row
        assert rule.doc and " ".join(rule.doc.split()) in row  # every rule has a docstring, shown whole


def test_the_table_is_replaced_in_place_and_a_stale_one_is_caught(tmp_path: Path) -> None:
    document = f"# Title\n\n{SECTION}\n\nIntro.\n\n| # | Rule | Kind | What it reads |\n|---|---|---|---|\n" \
               f"| 1 | `old` | date | gone |\n\n## Next\n\ntext\n"
    new = with_rule_table(document)
    assert new.startswith(f"# Title\n\n{SECTION}\n\nIntro.\n\n") and new.endswith("\n\n## Next\n\ntext\n")
    assert table_of(new) == rule_table() and with_rule_table(new) == new
    with pytest.raises(ValueError, match="no table"):
        table_of(f"{SECTION}\n\nno table\n\n## Next\n| a |\n")
    stale = tmp_path / "dates.md"
    stale.write_text(document, encoding="utf-8")
    command = [sys.executable, "-m", "syrtimeline.dates.ruledoc"]
    check = subprocess.run([*command, "--check", str(stale)], cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert check.returncode == 1 and "--write" in check.stderr
    subprocess.run([*command, "--write", str(stale)], cwd=ROOT, check=True, timeout=120)
    assert stale.read_text(encoding="utf-8") == new
    assert subprocess.run([*command, "--check", str(stale)], cwd=ROOT, timeout=120).returncode == 0
