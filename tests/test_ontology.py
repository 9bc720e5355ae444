"""The event ontology: every kind (and mode) mapped to PLOVER and ACLED codes, the codes in every export,
the JSON still loading back equal, a knowledge-base mode checked, and ``--kind`` taking the new kinds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from importlib import resources
from pathlib import Path

import icalendar
import pytest

import syrtimeline as st
from syrtimeline import DateSpan
from syrtimeline.cli import main
from syrtimeline.events import Event, EventKind, KnowledgeError, Source, Timeline, load_knowledge
from syrtimeline.events.ontology import (
    ACLED_TYPES,
    EXPORTED,
    PLOVER_EVENTS,
    TABLE,
    Codes,
    ModeError,
    Row,
    check_mode,
    codes,
    export_codes,
    modes,
    row,
)
from syrtimeline.events.serialize import CODE_FIELDS, canonical, event_json, record_bytes, to_json
from syrtimeline.export import (
    CSV_COLUMNS,
    codes_label,
    kind_label,
    to_csv,
    to_ics,
    to_markdown,
    to_timelinejs,
)
from syrtimeline.pipeline.work import event_rows
from syrtimeline.pipeline.writers import EVENTS

D = dt.date


# -- the table ----------------------------------------------------------------------------------------
def test_every_kind_has_a_default_row_and_rows_are_unique() -> None:
    keys = [(r.kind, r.mode) for r in TABLE]
    assert len(keys) == len(set(keys))
    for kind in EventKind:
        assert (kind, None) in keys, kind
        assert row(kind).mode is None and row(kind).kind is kind


def test_every_mode_named_in_the_table_maps() -> None:
    for r in TABLE:
        if r.mode is not None:
            assert r.mode in modes(r.kind)
            assert codes(r.kind, r.mode) == r.codes
            assert r.mode == r.mode.strip().lower() and " " not in r.mode
    assert sum(len(modes(k)) for k in EventKind) == sum(r.mode is not None for r in TABLE)


def test_every_code_is_one_the_datasets_have_and_every_row_is_described() -> None:
    for r in TABLE:
        c = r.codes
        assert c.plover_event is None or c.plover_event in PLOVER_EVENTS, r
        assert c.plover_mode is None or c.plover_event is not None, r
        if c.acled_event_type is None:
            assert c.acled_sub_event_type is None, r
        else:
            assert c.acled_event_type in ACLED_TYPES, r
            assert c.acled_sub_event_type is None or c.acled_sub_event_type in ACLED_TYPES[c.acled_event_type]
        assert r.description and r.example_ar, r
    assert len(PLOVER_EVENTS) == 16 and sum(len(s) for s in ACLED_TYPES.values()) == 25
    assert len(ACLED_TYPES) == 6


@pytest.mark.parametrize(("kind", "mode", "expected"), [
    ("strike", "aerial", Codes("ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike")),
    ("strike", "drone", Codes("ASSAULT", "drone", "Explosions/Remote violence", "Air/drone strike")),
    ("strike", "shelling",
     Codes("ASSAULT", "heavy-weapons", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("strike", "missile",
     Codes("ASSAULT", "heavy-weapons", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("strike", None, Codes("ASSAULT", None, "Explosions/Remote violence", None)),
    ("clash", None, Codes("ASSAULT", None, "Battles", "Armed clash")),
    ("attack", "explosive", Codes("ASSAULT", "explosives", "Explosions/Remote violence",
                                  "Remote explosive/landmine/IED")),
    ("attack", "suicide", Codes("ASSAULT", "suicide-attack", "Explosions/Remote violence", "Suicide bomb")),
    ("withdrawal", None, Codes("RETREAT", "withdraw", "Strategic developments", "Change to group/activity")),
    ("withdrawal", "handover",
     Codes("RETREAT", "withdraw", "Strategic developments", "Non-violent transfer of territory")),
    ("deployment", None, Codes("MOBILIZE", "troops", "Strategic developments", "Change to group/activity")),
    ("patrol", None, Codes("MOBILIZE", "troops", None, None)),
    ("patrol", "joint", Codes("COOPERATE", None, None, None)),
    ("ceasefire", "agreed", Codes("AGREE", None, "Strategic developments", "Agreement")),
    ("ceasefire", "in-force", Codes("RETREAT", "ceasefire", "Strategic developments", "Agreement")),
    ("arrest", None, Codes("COERCE", "arrest", "Strategic developments", "Arrests")),
    ("protest", None, Codes("PROTEST", "demo", "Protests", "Peaceful protest")),
    ("capture", "regained", Codes("ASSAULT", None, "Battles", "Government regains territory")),
    ("meeting", None, Codes("CONSULT")),
    ("call", None, Codes("CONSULT", "phone")),
    ("negotiation-round", None, Codes("CONSULT", "multilateral")),
    ("suspension", "channel", Codes("SANCTION", "discontinue")),
    ("suspension", "meeting", Codes("REJECT", "meet")),
    ("statement", None, Codes()),
    ("statement", "announce", Codes()),
    ("statement", "deny", Codes("REJECT")),
    ("statement", "condemn", Codes("ACCUSE", "disapprove")),
    ("statement", "demand", Codes("REQUEST")),
    ("statement", "warn", Codes("THREATEN")),
    ("interview", "accuse", Codes("ACCUSE", "allege")),
    ("incident", None, Codes()),
    ("contact", None, Codes("COOPERATE")),
])
def test_mappings(kind: str, mode: str | None, expected: Codes) -> None:
    assert codes(kind, mode) == expected
    assert codes(EventKind(kind), mode) == expected


def test_an_unknown_mode_falls_back_to_the_kinds_default_row() -> None:
    assert codes("strike", "catapult") == codes("strike") == codes(EventKind.STRIKE, None)
    assert row("clash", "aerial") is row("clash")
    assert export_codes("strike", "catapult") == export_codes("strike", None)


def test_the_dev_sets_modes_are_modes_of_the_ontology() -> None:
    # the modes the hand-annotated excerpts use (tests/events_real)
    assert {"aerial", "drone", "missile", "shelling"} <= set(modes("strike"))
    assert "explosive" in modes("attack")
    assert {"announce", "warn", "deny", "accuse", "condemn", "demand", "claim"} <= set(modes("statement"))
    assert modes("statement") == modes("interview")
    assert modes("clash") == () and modes(EventKind.CALL) == ()


def test_check_mode() -> None:
    check_mode("strike", "aerial")
    check_mode("clash", None)
    with pytest.raises(ModeError, match=r"mode 'aerial' is not a mode of clash \(its modes: none\)"):
        check_mode("clash", "aerial")
    with pytest.raises(ModeError, match=r"aerial, drone, missile, shelling"):
        check_mode(EventKind.STRIKE, "catapult")


def test_export_codes_are_the_codes_by_name() -> None:
    for r in TABLE:
        got = export_codes(r.kind.value, r.mode)
        assert tuple(got) == EXPORTED == CODE_FIELDS
        assert tuple(got.values()) == (r.codes.plover_event, r.codes.acled_event_type,
                                       r.codes.acled_sub_event_type)


# -- the knowledge base --------------------------------------------------------------------------------
def _kb_with(tmp_path: Path, event: str) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    for name in ("actors.toml", "channels.toml", "events.toml"):
        with resources.as_file(resources.files("syrtimeline.events").joinpath("kb", name)) as path:
            shutil.copy(path, folder / name)
    with (folder / "events.toml").open("a", encoding="utf-8") as fh:
        fh.write(event)
    return folder


STRIKE = """
[[event]]
id = "new-strike"
date = "2017-04-07"
kind = "strike"
mode = "{mode}"
summary = "A strike."
source_actors = ["usa"]
sources = [{{title = "t", url = "https://example.org/a"}}]
"""


def test_a_knowledge_base_mode_the_kind_has_is_loaded(tmp_path: Path) -> None:
    kb = load_knowledge(_kb_with(tmp_path, STRIKE.format(mode="missile")))
    (e,) = [e for e in kb.events if e.id == "new-strike"]
    assert (e.kind, e.mode) == (EventKind.STRIKE, "missile")


def test_a_knowledge_base_mode_the_kind_lacks_names_file_and_key(tmp_path: Path) -> None:
    folder = _kb_with(tmp_path, STRIKE.format(mode="deny"))
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(folder)
    assert str(folder / "events.toml") in str(err.value)
    assert "event 'new-strike': mode 'deny' is not a mode of strike" in str(err.value)


def test_the_bundled_knowledge_base_has_only_modes_its_kinds_have() -> None:
    for e in load_knowledge().events:
        check_mode(e.kind, e.mode)


# -- exports --------------------------------------------------------------------------------------------
def _strikes() -> Timeline:
    src = Source("article", (10, 40), "شنّت طائرات حربية غارات على ريف إدلب", "غارات", None, D(2019, 5, 13))
    return Timeline(events=[
        Event("article@10", DateSpan.day(D(2019, 5, 12)), "strike", "Aircraft strike Idlib's countryside.",
              ("russia", "hts"), mode="aerial", source_actors=("russia",), target_actors=("hts",),
              quote_ar="شنّت طائرات حربية غارات على ريف إدلب", sources=(src,)),
        Event("article@90", DateSpan.day(D(2019, 5, 12)), "clash", "Fighting south of Idlib.",
              sources=(Source("article", (90, 120)),)),
        Event("article@200", DateSpan.day(D(2019, 5, 13)), "statement", "Moscow says something.",
              ("russia",), mode="claim", sources=(Source("article", (200, 230)),)),
    ], actors={"russia": st.Actor("russia", "Russia"), "hts": st.Actor("hts", "Hayat Tahrir al-Sham")})


def test_the_json_of_an_event_carries_its_codes_after_its_mode() -> None:
    e = _strikes()["article@10"]
    data = canonical(e)
    names = list(data)
    at = names.index("mode")
    assert names[at + 1: at + 4] == list(CODE_FIELDS)
    assert (data["plover_event"], data["acled_event_type"], data["acled_sub_event_type"]) == \
        ("ASSAULT", "Explosions/Remote violence", "Air/drone strike")
    assert json.loads(record_bytes(e)) == json.loads(b"".join(event_json(e))) == json.loads(to_json(e))
    assert record_bytes(e) == b"".join(event_json(e))
    claim = canonical(_strikes()["article@200"])
    assert (claim["plover_event"], claim["acled_event_type"], claim["acled_sub_event_type"]) == (None,) * 3


def test_records_carry_their_own_codes() -> None:
    timeline = st.default_timeline()
    merged = next(e for e in timeline if e.records)
    data = canonical(merged)
    assert all(set(CODE_FIELDS) <= set(r) for r in data["records"])


def test_json_round_trip_is_unchanged() -> None:
    timeline = _strikes()
    again = Timeline.from_json(timeline.to_json())
    assert again == timeline and list(again) == list(timeline)
    assert [e.mode for e in again] == ["aerial", None, "claim"]
    default = st.default_timeline()
    assert Timeline.from_json(default.to_json()) == default


def test_csv_carries_mode_codes_and_roles() -> None:
    text = to_csv(_strikes())
    header = next(csv.reader(io.StringIO(text)))
    assert tuple(header) == CSV_COLUMNS
    for column in ("mode", "plover_event", "acled_event_type", "acled_sub_event_type", "source_actors",
                   "target_actors"):
        assert column in CSV_COLUMNS
    assert CSV_COLUMNS.index("mode") == CSV_COLUMNS.index("kind") + 1
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(text))}
    r = rows["article@10"]
    assert (r["kind"], r["mode"], r["plover_event"], r["acled_event_type"], r["acled_sub_event_type"]) == \
        ("strike", "aerial", "ASSAULT", "Explosions/Remote violence", "Air/drone strike")
    assert (r["actors"], r["source_actors"], r["target_actors"]) == ("russia; hts", "russia", "hts")
    c = rows["article@90"]
    assert (c["mode"], c["plover_event"], c["acled_event_type"], c["acled_sub_event_type"]) == \
        ("", "ASSAULT", "Battles", "Armed clash")
    s = rows["article@200"]
    assert (s["mode"], s["plover_event"], s["acled_event_type"], s["acled_sub_event_type"]) == \
        ("claim", "", "", "")


def test_readers_formats_show_the_mode_and_the_codes() -> None:
    timeline = _strikes()
    e = timeline["article@10"]
    assert kind_label(e) == "strike (aerial)"
    assert codes_label(e) == "PLOVER ASSAULT; ACLED Explosions/Remote violence / Air/drone strike"
    assert codes_label(timeline["article@200"]) == ""
    md = to_markdown(timeline)
    assert "· strike (aerial) — Aircraft strike Idlib's countryside." in md
    assert "  - codes: PLOVER ASSAULT; ACLED Explosions/Remote violence / Air/drone strike" in md
    tjs = {x["unique_id"]: x for x in json.loads(to_timelinejs(timeline))["events"]}
    assert tjs["article@10"]["text"]["headline"].startswith("Strike (aerial): Russia")
    assert "PLOVER ASSAULT" in tjs["article@10"]["text"]["text"]
    cal = icalendar.Calendar.from_ical(to_ics(timeline, stamp=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)))
    desc = {str(v["UID"]): str(v["DESCRIPTION"]) for v in cal.walk("VEVENT")}["article@10@syrtimeline"]
    assert "Kind: strike (aerial) (PLOVER ASSAULT; ACLED Explosions/Remote violence / Air/drone strike)" \
        in desc
    assert "Acting: Russia" in desc and "Acted on: Hayat Tahrir al-Sham" in desc


def test_the_events_table_carries_the_same_columns() -> None:
    names = [name for name, _ in EVENTS]
    for column in ("mode", "plover_event", "acled_event_type", "acled_sub_event_type", "source_actors",
                   "target_actors"):
        assert column in names
    rows = {r["event_id"]: r for r in event_rows(canonical(e) for e in _strikes())}
    r = rows["article@10"]
    assert (r["mode"], r["plover_event"], r["acled_event_type"], r["acled_sub_event_type"]) == \
        ("aerial", "ASSAULT", "Explosions/Remote violence", "Air/drone strike")
    assert (r["source_actors"], r["target_actors"]) == (["russia"], ["hts"])
    assert set(r) == set(names)


# -- the command line -------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["strike", "clash", "ceasefire", "withdrawal", "deployment", "capture"])
def test_timeline_kind_takes_the_new_kinds(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--kind", kind, "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert all(r["kind"] == kind for r in rows)  # an empty result is fine


# -- the documentation ------------------------------------------------------------------------------
def _doc_row(r: Row) -> str:
    c = r.codes
    plover = "—" if c.plover_event is None else c.plover_event
    if c.plover_mode:
        plover += f" ({c.plover_mode})"
    acled = "—" if c.acled_event_type is None else f"{c.acled_event_type} / {c.acled_sub_event_type or '—'}"
    kind = f"`{r.kind.value}`" if r.mode is None else ""
    mode = "—" if r.mode is None else f"`{r.mode}`"
    return f"| {kind} | {mode} | {plover} | {acled} | {r.description} | {r.example_ar} |"


def test_docs_state_the_table() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "events.md").read_text(encoding="utf-8")
    section = text[text.index("## Event kinds and the field's codes"):text.index("\n## Channels")]
    table = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line][1:]
    expected = [_doc_row(r) for r in TABLE if r.kind is not EventKind.INTERVIEW or r.mode is None]
    assert table == expected
