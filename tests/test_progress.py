"""The one progress helper (syrtimeline.progress): the item bar of the command line (see test_cli) and
the bytes-and-rates bar of ``syrtimeline process``."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from syrtimeline.progress import Progress, track
from syrtimeline.render import make_console

REPO = Path(__file__).resolve().parent.parent


def test_the_process_bar_shows_bytes_rates_errors_and_its_stage() -> None:
    buf = io.StringIO()
    bar = Progress("process", total=2_000_000, console=make_console(buf, force_terminal=True, width=120),
                   transient=False, rates=True)
    bar.update(1_000_000, articles=1234, errors=5)
    bar.stage("merging the timeline")
    bar.close()
    shown = buf.getvalue()
    for part in ("merging the timeline", " 50%", "1,234 articles", "/s", "MB/s", "errors 5"):
        assert part in shown, shown
    bar.close()  # twice is harmless


def test_without_a_known_size_there_is_no_percentage() -> None:
    buf = io.StringIO()
    with Progress("process", console=make_console(buf, force_terminal=True, width=120), transient=False,
                  rates=True) as bar:
        bar.update(10, articles=3, errors=0)
    assert "3 articles" in buf.getvalue() and "%" not in buf.getvalue()


def test_the_item_bar_counts_to_its_total_or_says_how_many_are_done() -> None:
    buf = io.StringIO()
    with Progress("reading x", total=40, console=make_console(buf, force_terminal=True, width=80),
                  transient=False) as bar:
        bar.advance(25)
    assert "reading x" in buf.getvalue() and "25/40" in buf.getvalue()
    buf = io.StringIO()
    got = list(track(iter(range(25)), make_console(buf, force_terminal=True, width=80), description="long"))
    assert got == list(range(25))
    assert "long" in buf.getvalue() and " done" in buf.getvalue()  # no total: a count


def test_a_disabled_bar_draws_nothing_and_never_loads_rich() -> None:
    code = ("import sys\nfrom syrtimeline.progress import Progress\n"
            "b = Progress('process', total=10, enabled=False, rates=True)\n"
            "b.update(5, articles=1, errors=0); b.stage('x'); b.advance(); b.close()\n"
            "import syrtimeline.pipeline, syrtimeline.articles\n"
            "print('rich' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                         check=True)
    assert (out.stdout.strip(), out.stderr) == ("False", "")
