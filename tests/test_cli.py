"""The syrtimeline command: each subcommand and format through the entry point, the rich rendering
at fixed widths against stored snapshots, colour rules, progress, and the error paths.

Snapshots are kept by syrupy as plain UTF-8 text, one file per test, in tests/__snapshots__/test_cli/
(named after the test). A missing or different snapshot fails the test. After an intended change of
the rendering, regenerate them with ``python -m pytest tests/test_cli.py --snapshot-update`` and review
the diff.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from small_timeline import small_timeline
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

import syrtimeline as st
from syrtimeline.channels import channel_history, channel_status
from syrtimeline.cli import COMMANDS, DataError, UsageError, main
from syrtimeline.export import CSV_COLUMNS
from syrtimeline.places import gazetteer
from syrtimeline.progress import track
from syrtimeline.render import (
    make_console,
    render_channel_history,
    render_channels,
    render_mentions,
    render_timeline,
)

REPO = Path(__file__).resolve().parent.parent
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])[;m]")  # a foreground/background


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def _render(draw: object, width: int, **kw: object) -> str:
    buf = io.StringIO()
    console = make_console(buf, no_color=True, width=width)
    draw(console, **kw)  # type: ignore[operator]
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


class PlainTextSnapshot(SingleFileSnapshotExtension):
    """One snapshot per file, stored as the rendered UTF-8 text itself (readable in a diff)."""

    file_extension = "txt"
    _write_mode = WriteMode.TEXT


@pytest.fixture
def snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(PlainTextSnapshot)


# -- snapshots ----------------------------------------------------------------------------------------
def test_timeline_snapshot_at_100_columns(snapshot: SnapshotAssertion) -> None:
    t = small_timeline()
    text = _render(lambda c: render_timeline(c, t), 100)
    assert text == snapshot
    assert "2021-11 (late)" in text and "≤ 2017-06-20" in text and "2017-05-03–04" in text
    assert "«الخط يعمل بشكل جيد»" in text and "— example.org: Interview" in text
    assert text.index("2014 ─") < text.index("2017 ─") < text.index("Undated ─") < text.index("Legend")


def test_timeline_snapshot_narrow(snapshot: SnapshotAssertion) -> None:
    t = small_timeline()
    text = _render(lambda c: render_timeline(c, t), 50)
    assert text == snapshot
    assert max(len(line) for line in text.splitlines()) <= 50


def test_channels_snapshot(snapshot: SnapshotAssertion) -> None:
    t = small_timeline()
    on = dt.date(2019, 1, 1)
    statuses = [(cid, channel_status(t, cid, on)) for cid in t.channels]
    text = _render(lambda c: render_channels(c, t, statuses, on), 100)
    assert text == snapshot
    assert "Channel states on 2019-01-01" in text and "suspended" in text and "line-suspended" in text


def test_narrow_channels_and_history_are_lists(snapshot: SnapshotAssertion) -> None:
    t = small_timeline()
    on = dt.date(2019, 1, 1)
    statuses = [(cid, channel_status(t, cid, on)) for cid in t.channels]
    text = _render(lambda c: render_channels(c, t, statuses, on), 50)
    assert text == snapshot
    assert "test-line  suspended since 2018-05-01" in text
    assert max(len(line) for line in text.splitlines()) <= 50
    text = _render(lambda c: render_channel_history(c, t, channel_history(t, "test-line")), 50)
    assert "active  2017-04-07 → 2018-04-30" in text and "Findings" in text
    assert max(len(line) for line in text.splitlines()) <= 50


def test_mentions_wide_and_narrow() -> None:
    """No snapshot here: the values come from the date engine, which changes on its own."""
    text = "ونقلت الوكالة، أمس الجمعة 17 كانون الأول، أن الاتصالات تجري منذ سبع سنوات."
    mentions = st.extract(text, dt.date(2021, 12, 18))
    for width in (100, 50):
        out = _render(lambda c: render_mentions(c, "note.txt", text, mentions, dt.date(2021, 12, 18)), width)
        assert "⟦أمس الجمعة 17 كانون الأول⟧1" in out and "⟦منذ سبع سنوات⟧2" in out
        assert "2021-12-17" in out and "2014-01-01..2014-12-31" in out and "TIMEX 2014" in out
        assert max(len(line) for line in out.splitlines()) <= width


def test_channel_history_rendering(snapshot: SnapshotAssertion) -> None:
    t = small_timeline()
    text = _render(lambda c: render_channel_history(c, t, channel_history(t, "test-line")), 100)
    assert text == snapshot
    assert "test-line — Test hotline" in text
    assert re.search(r"active\s+2017-04-07\s+2018-04-30\s+line-agreed", text)


def test_mentions_are_marked_in_plain_text() -> None:
    text = "ونشرته أمس الجمعة 17 كانون الأول."
    mentions = st.extract(text, dt.date(2021, 12, 18))
    out = _render(lambda c: render_mentions(c, "note.txt", text, mentions, dt.date(2021, 12, 18)), 100)
    assert "⟦أمس الجمعة 17 كانون الأول⟧1" in out
    assert "note.txt (published 2021-12-18)" in out and "2021-12-17" in out


# -- colour, width, progress ----------------------------------------------------------------------------
def test_colour_on_a_terminal_and_none_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    t = small_timeline()
    buf = io.StringIO()
    render_timeline(make_console(buf, width=100, force_terminal=True), t)
    assert COLOUR.search(buf.getvalue())
    buf = io.StringIO()
    render_timeline(make_console(buf, width=100, force_terminal=True, no_color=True), t)
    assert not COLOUR.search(buf.getvalue())
    monkeypatch.setenv("NO_COLOR", "1")
    buf = io.StringIO()
    render_timeline(make_console(buf, width=100, force_terminal=True), t)
    assert not COLOUR.search(buf.getvalue())


def test_piped_output_is_plain_text() -> None:
    out = subprocess.run([sys.executable, "-m", "syrtimeline"], capture_output=True, text=True, cwd=REPO,
                         timeout=120, check=True, env={**os.environ, "COLUMNS": "120"})
    assert "\x1b[" not in out.stdout
    assert "2021-12-17" in out.stdout and "Legend" in out.stdout
    assert out.stderr == ""


def test_progress_bar_only_on_a_terminal_and_for_long_corpora() -> None:
    buf = io.StringIO()
    assert list(track(range(30), make_console(buf, force_terminal=True, width=80), total=30)) == \
        list(range(30))
    assert "reading articles" in buf.getvalue()
    buf = io.StringIO()
    assert list(track(range(30), make_console(buf, width=80), total=30)) == list(range(30))
    assert buf.getvalue() == ""  # not a terminal
    buf = io.StringIO()
    assert list(track(range(3), make_console(buf, force_terminal=True, width=80), total=3)) == [0, 1, 2]
    assert buf.getvalue() == ""  # short


def test_importing_syrtimeline_does_not_import_rich() -> None:
    code = ("import sys, syrtimeline, syrtimeline.export\n"
            "print('rich' in sys.modules, 'icalendar' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         timeout=60, check=True)
    assert out.stdout.split() == ["False", "False"]


# -- subcommands through main() -------------------------------------------------------------------------
def test_no_arguments_prints_the_default_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "2021-12-17" in out and "2017 ─" in out and "us-ru-air-safety-mou" in out


def test_timeline_filters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--channel", "us-ru-air-safety-mou", "--kind", "suspension", "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["kind"] for r in rows} == {"suspension"}
    assert {r["channel"] for r in rows} == {"us-ru-air-safety-mou"}
    assert main(["timeline", "--actor", "antonov", "--from", "2021-01-01", "--to", "2021-12-31",
                 "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["events"] and all("antonov" in e["actors"] for e in data["events"])
    assert all(e["when"]["start"] <= "2021-12-31" and e["when"]["end"] >= "2021-01-01"
               for e in data["events"])


def test_timeline_filters_by_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "قصفت الطائرات الروسية أمس بلدة الترنبة في ريف إدلب الجنوبي. وقصفت الطائرات الروسية أمس مدينة "
        "حلب. واجتمع لافروف مع نظيره التركي أمس في موسكو.\n", encoding="utf-8")
    (tmp_path / "MANIFEST.toml").write_text('["a.txt"]\npublished = 2020-02-20\n', encoding="utf-8")

    def places(*argv: str) -> list[str]:
        assert main(["timeline", str(tmp_path), "--no-knowledge", "-f", "csv", *argv]) == 0
        return sorted(r["location"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out)))

    assert places("--place", "إدلب") == ["Tarnaba"]  # the governorate holds the village
    assert places("--place", "Idlib") == ["Tarnaba"]
    assert places("--admin1", "Aleppo") == ["Aleppo"]
    assert places("--admin1", "حلب") == ["Aleppo"]
    assert places("--place", "موسكو") == ["Moscow"]
    assert places("--place", "Saraqib") == []
    assert main(["timeline", str(tmp_path), "--no-knowledge", "-f", "geojson"]) == 0
    captured = capsys.readouterr()
    points = json.loads(captured.out)["features"]
    assert sorted(f["properties"]["place"] for f in points) == ["Aleppo", "Moscow", "Tarnaba"]
    tarnaba = next(f for f in points if f["properties"]["place"] == "Tarnaba")  # no point of its own:
    idlib = gazetteer().places["gov:idlib"]  # its governorate's point and precision (places37)
    assert tarnaba["geometry"]["coordinates"] == [idlib.longitude, idlib.latitude]
    assert (tarnaba["properties"]["geo_precision"], tarnaba["properties"]["point_of"]) == (3, "gov:idlib")
    assert all(f["properties"]["point_of"] == "" for f in points if f is not tarnaba)
    assert "event(s) with no place" not in captured.err


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson", "ics", "timelinejs", "markdown", "rich"])
def test_every_format_to_a_file(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"timeline.{fmt}"
    assert main(["timeline", "--format", fmt, "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert st.Timeline.from_json(text) == st.default_timeline()
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(st.default_timeline()) + 1
        assert out.read_bytes().count(b"\r\n") == len(rows)  # RFC 4180 line ends survive the file
    elif fmt == "ics":
        cal = icalendar.Calendar.from_ical(text)
        assert len(list(cal.walk("VEVENT"))) == sum(1 for e in st.default_timeline() if e.when)
    elif fmt == "timelinejs":
        assert json.loads(text)["events"][0]["start_date"]["year"]
    elif fmt == "geojson":
        features = json.loads(text)["features"]
        assert features and all(f["geometry"]["type"] == "Point" for f in features)
    elif fmt == "markdown":
        assert text.startswith("# Timeline") and "## 2017" in text
    else:
        assert "\x1b[" not in text and "2021-12-17" in text


def test_timeline_of_your_own_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("علقت روسيا العمل بمذكرة أمن التحليقات مع الولايات المتحدة أمس.\n",
                                    encoding="utf-8")
    (tmp_path / "MANIFEST.toml").write_text('["a.txt"]\npublished = 2017-06-20\n', encoding="utf-8")
    assert main(["timeline", str(tmp_path), "--no-knowledge", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(e["when"] and e["when"]["start"] == "2017-06-19" for e in data["events"])


def test_resolve(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "أواخر شهر تشرين الثاني الفائت", "--anchor", "2021-12-18"]) == 0
    out = capsys.readouterr().out
    assert "2021-11-21..2021-11-30" in out and "part-of-month" in out and "timex 2021-11" in out
    assert "rule: part_of_month" in out


def test_extract_files_with_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "note.txt"
    f.write_text("ونشرته أمس الجمعة 17 كانون الأول.", encoding="utf-8")
    assert main(["extract", str(f), "--published", "2021-12-18"]) == 0
    out = capsys.readouterr().out
    assert "⟦أمس الجمعة 17 كانون الأول⟧1" in out and "2021-12-17" in out
    assert main(["dates", str(f), "--published", "2021-12-18", "--no-text"]) == 0  # the old name
    out = capsys.readouterr().out
    assert "⟦" not in out and "2021-12-17" in out


def test_channels_on_a_day_and_history(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["channels", "--on", "2017-06-25", "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert "Channel states on 2017-06-25" in out
    assert re.search(r"us-ru-air-safety-mou\s+suspended\s+2017-06-19\s+mou-suspended-su22", out)
    assert main(["channels", "history", "us-ru-air-safety-mou", "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert "Findings" in out and re.search(r"suspended\s+2017-04-07\s+2017-05-05", out)
    assert main(["channels"]) == 0
    assert f"Channel states on {dt.date.today().isoformat()}" in capsys.readouterr().out


def test_channels_with_your_own_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("أعلنت روسيا أمس تعليق العمل بمذكرة أمن التحليقات مع الولايات المتحدة.",
                                    encoding="utf-8")
    (tmp_path / "MANIFEST.toml").write_text('["a.txt"]\npublished = 2030-01-02\n', encoding="utf-8")
    assert main(["channels", "--corpus", str(tmp_path), "--on", "2030-01-05", "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"us-ru-air-safety-mou\s+suspended\s+2030-01-01", out)


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["channels", "--version"], ["timeline", "--version"]):
        assert main(argv) == 0
        assert capsys.readouterr().out.strip() == f"syrtimeline {st.__version__}"
    for argv in (["--help"], ["timeline", "--help"], ["channels", "history", "--help"], ["extract", "-h"]):
        assert main(argv) == 0
        assert "usage: syrtimeline" in capsys.readouterr().out


def test_python_dash_m(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "syrtimeline", "resolve", "أمس", "--anchor", "2021-12-18"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 0 and "2021-12-17" in out.stdout


def test_a_subcommand_registers_itself(capsys: pytest.CaptureFixture[str]) -> None:
    def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        p = sub.add_parser("hello")
        p.add_argument("name")
        p.set_defaults(func=lambda args: print(f"hello {args.name}") or 0)

    assert main(["hello", "world"], commands=[*COMMANDS, register]) == 0
    assert capsys.readouterr().out == "hello world\n"

    def register_with_handler(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        sub.add_parser("bye").set_defaults(handler=lambda args: 3)

    assert main(["bye"], commands=[*COMMANDS, register_with_handler]) == 3


# -- errors -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("argv", "code", "message"), [
    (["timeline", "--channel", "nope"], 2, "unknown channel id 'nope'"),
    (["timeline", "--actor", "nobody"], 2, "unknown actor id 'nobody'"),
    (["timeline", "--kind", "party"], 2, "invalid choice: 'party'"),
    (["timeline", "--from", "2017-13-01"], 2, "not an ISO date: '2017-13-01'"),
    (["timeline", "--from", "2018-01-01", "--to", "2017-01-01"], 2, "is before --from"),
    (["timeline", "--format", "xml"], 2, "invalid choice: 'xml'"),
    (["timeline", "/no/such/folder"], 1, "/no/such/folder: no such file or folder"),
    (["timeline", "-f", "json", "-o", "/no/such/dir/out.json"], 1, "cannot write /no/such/dir/out.json"),
    (["channels", "history", "nope"], 2, "unknown channel id 'nope'"),
    (["channels", "--on", "yesterday"], 2, "not an ISO date: 'yesterday'"),
    (["resolve", "لا تاريخ هنا", "--anchor", "2017-06-20"], 1, "لا تاريخ هنا"),
    (["resolve", "أمس"], 2, "--anchor"),
    (["extract", "/no/such/file.txt"], 1, "/no/such/file.txt: no such file or folder"),
    (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
    (["timeline", "--width", "5"], 2, "at least 20 columns, not 5"),
    (["timeline", "seeds", "--channel", "nope"], 2, "unknown channel id 'nope'"),
    (["timeline", "--place", "Narnia"], 2, "unknown place 'Narnia'"),
    (["timeline", "seeds", "--place", "نارنيا"], 2, "unknown place 'نارنيا'"),
    (["timeline", "--admin1", "Gotham"], 2, "unknown governorate 'Gotham'"),
])
def test_errors_are_one_line_with_exit_codes(argv: list[str], code: int, message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == code
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert message in captured.err and "Traceback" not in captured.err


def test_a_place_only_the_texts_name_filters_after_they_are_read(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """«--place عثمان»: the gazetteer lacks the village, the text names it after «قرية»; the check that
    runs before a corpus is read lets it pass, the one after finds the event; a name no text gives is
    still a one-line usage error."""
    text = tmp_path / "a.txt"
    text.write_text("قصفت الطائرات أمس قرية عثمان في ريف حماة. وقصفت الطائرات أمس مدينة حلب.\n",
                    encoding="utf-8")
    assert main(["timeline", str(text), "--no-knowledge", "--place", "عثمان", "-f", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2 and ",قرية عثمان,قرية عثمان,Hama," in rows[1]
    assert main(["timeline", str(text), "--no-knowledge", "--place", "عثمانية"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown place 'عثمانية'" in err


def test_debug_shows_the_exception() -> None:
    with pytest.raises(UsageError, match="unknown channel id 'nope'"):
        main(["--debug", "channels", "history", "nope"])
    with pytest.raises(DataError, match="no such file"):
        main(["timeline", "/no/such/folder", "--debug"])


def test_an_error_from_a_subprocess_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8 not text \x81\x82")
    out = subprocess.run([sys.executable, "-m", "syrtimeline", "channels", "history", "nope"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    out = subprocess.run([sys.executable, "-m", "syrtimeline", "extract", str(bad)],
                         capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"syrtimeline: {bad}")


def test_load_warnings_are_one_line_each_and_the_rest_is_read(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("علقت روسيا العمل بمذكرة أمن التحليقات أمس.", encoding="utf-8")
    (tmp_path / "MANIFEST.toml").write_text('["good.txt"]\npublished = 2017-06-20\n["gone.txt"]\n',
                                            encoding="utf-8")
    assert main(["timeline", str(tmp_path), "--no-knowledge", "-f", "csv"]) == 0
    captured = capsys.readouterr()
    assert "2017-06-19" in captured.out
    assert captured.err.startswith("syrtimeline: warning: ") and "gone.txt" in captured.err


def test_a_broken_pipe_is_a_broken_pipe_error_not_rich_s_exit() -> None:
    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

        def flush(self) -> None:
            raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        render_timeline(make_console(Closed(), width=80), small_timeline())


@pytest.mark.parametrize("args", [["timeline", "-f", "json"]])  # 160 kB: more than a pipe holds
def test_a_closed_pipe_ends_quietly(args: list[str]) -> None:
    """`syrtimeline | head -1`: no traceback, no 'Exception ignored', exit 0 (the output is larger
    than a pipe's buffer, so the pipe does break)."""
    proc = subprocess.Popen([sys.executable, "-m", "syrtimeline", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_process_is_a_subcommand_of_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(["process", str(REPO / "seeds"), "--out", str(out), "--format", "jsonl", "--jobs", "1",
                 "--quiet"])
    assert code == 0
    assert {"mentions.jsonl", "events.jsonl", "articles.jsonl", "timeline.json", "errors.jsonl"} <= {
        p.name for p in out.iterdir()}
    tl = st.Timeline.from_json((out / "timeline.json").read_text(encoding="utf-8"))
    assert "shoigu-close-contacts" in {e.id for e in tl}
    assert st.process is not None


def test_process_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", str(REPO / "seeds")]) == 2  # --out is required
    assert "--out" in capsys.readouterr().err
