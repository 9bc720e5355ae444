"""The bundled knowledge base: what it holds, and how a mistake in a data file is reported."""

from __future__ import annotations

import datetime as dt
import shutil
from importlib import resources
from pathlib import Path

import pytest

import syrtimeline as st
from syrtimeline.events import ChannelKind, EventKind, KnowledgeError, load_knowledge

KB = load_knowledge()
D = dt.date.fromisoformat


def test_public_names() -> None:
    assert st.load_knowledge is load_knowledge
    assert st.KnowledgeError is KnowledgeError
    assert issubclass(KnowledgeError, ValueError)


@pytest.mark.parametrize(
    ("actor", "spellings"),
    [
        ("antonov", ["أنتونوف", "أنطونوف"]),
        ("shoigu", ["شويغو", "شويجو"]),
        ("gerasimov", ["غيراسيموف", "جيراسيموف"]),
        ("de-mistura", ["ديمستورا", "دي ميستورا"]),
        ("lavrov", ["لافروف"]),
        ("dunford", ["دانفورد"]),
        ("mcnulty", ["ماكنولتي"]),
        ("erdogan", ["أردوغان", "اردوغان"]),
    ],
)
def test_actors_carry_the_spellings_news_uses(actor: str, spellings: list[str]) -> None:
    a = KB.actors[actor]
    assert a.name and a.role and a.id == actor
    for s in spellings:
        assert s in a.names_ar


@pytest.mark.parametrize(
    ("channel", "kind", "parties"),
    [
        ("us-ru-air-safety-mou", ChannelKind.MEMORANDUM, {"usa", "russia"}),
        ("us-ru-email-backup", ChannelKind.BACKUP_LINE, {"usa", "russia"}),
        ("us-ru-deconfliction-line", ChannelKind.HOTLINE, {"usa", "russia"}),
        ("us-ru-chiefs-of-staff", ChannelKind.CHIEFS_TALKS, {"usa", "russia"}),
        ("ru-tr-joint-patrols", ChannelKind.JOINT_PATROLS, {"russia", "turkey"}),
        ("astana-format", ChannelKind.NEGOTIATION_FORMAT, {"russia", "turkey", "iran"}),
        ("geneva-process", ChannelKind.NEGOTIATION_FORMAT, set()),
    ],
)
def test_channels(channel: str, kind: ChannelKind, parties: set[str]) -> None:
    c = KB.channels[channel]
    assert c.kind is kind
    assert set(c.parties) == parties
    assert c.name and c.names_ar


def test_air_safety_memorandum_phrases() -> None:
    c = KB.channels["us-ru-air-safety-mou"]
    assert "مذكرة أمن التحليقات" in c.names_ar
    assert "القنوات العسكرية" in c.phrases_ar


@pytest.mark.parametrize(
    ("event_id", "when", "kind", "channel"),
    [
        ("mou-signed", "2015-10-20", EventKind.AGREEMENT, "us-ru-air-safety-mou"),
        ("mou-suspended-shayrat", "2017-04-07", EventKind.SUSPENSION, "us-ru-air-safety-mou"),
        ("mou-restored-in-full", "2017-05-06", EventKind.RESUMPTION, "us-ru-air-safety-mou"),
        ("mou-suspended-su22", "2017-06-19", EventKind.SUSPENSION, "us-ru-air-safety-mou"),
        ("astana-4", "2017-05-03/2017-05-04", EventKind.NEGOTIATION_ROUND, "astana-format"),
        ("astana-5", "2017-07-04/2017-07-05", EventKind.NEGOTIATION_ROUND, "astana-format"),
        ("helsinki-chiefs-meeting", "2018-06-08", EventKind.MEETING, "us-ru-chiefs-of-staff"),
        ("sochi-memorandum", "2019-10-22", EventKind.AGREEMENT, "ru-tr-joint-patrols"),
        ("moscow-idlib-protocol", "2020-03-05", EventKind.AGREEMENT, "ru-tr-joint-patrols"),
        ("shoigu-close-contacts", "2021-03-17", EventKind.INTERVIEW, "us-ru-air-safety-mou"),
        ("mcnulty-reply-march-2021", "2021-03-18/2021-03-19", EventKind.STATEMENT, "us-ru-air-safety-mou"),
        ("antonov-newsweek-interview", "2021-12-17", EventKind.INTERVIEW, "us-ru-air-safety-mou"),
        ("lavrov-ilham-ahmed-meeting", "2021-11-23", EventKind.MEETING, None),
    ],
)
def test_dated_events(event_id: str, when: str, kind: EventKind, channel: str | None) -> None:
    e = next(e for e in KB.events if e.id == event_id)
    start, _, end = when.partition("/")
    assert e.when is not None
    assert (e.when.start, e.when.end) == (D(start), D(end or start))
    assert e.kind is kind
    assert e.channel == channel


def test_every_event_is_sourced_and_refers_to_known_ids() -> None:
    assert len(KB.events) >= 25
    assert len({e.id for e in KB.events}) == len(KB.events)
    for e in KB.events:
        assert e.sources, e.id
        assert all(s.url or s.ref for s in e.sources)
        assert all(a in KB.actors for a in e.actors)
        assert e.channel is None or e.channel in KB.channels


def test_the_unverified_reply_is_uncertain_and_says_why() -> None:
    e = next(e for e in KB.events if e.id == "mcnulty-reply-march-2021")
    assert e.certainty == "uncertain"
    assert e.when_basis == "from-seeds"
    assert "Unverified" in e.note


# -- a mistake in a data file names the file and the key ----------------------------------------------

def _bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    for name in ("actors.toml", "channels.toml", "events.toml"):
        src = resources.files("syrtimeline.events").joinpath("kb", name)
        with resources.as_file(src) as path:
            shutil.copy(path, folder / name)
    return folder


GOOD_EVENT = """
[[event]]
id = "new-event"
date = "2022-01-05"
kind = "meeting"
summary = "A meeting."
actors = ["lavrov"]
sources = [{title = "t", url = "https://example.org/a"}]
"""


@pytest.mark.parametrize(
    ("file", "replace", "with_", "message"),
    [
        ("events.toml", 'date = "2022-01-05"', 'date = "2022-02-31"',
         "event 'new-event': '2022-02-31' is not a date"),
        ("events.toml", 'date = "2022-01-05"', 'date = "2022-01-09/2022-01-05"', "ends before it starts"),
        ("events.toml", 'kind = "meeting"', 'kind = "party"',
         "event 'new-event': kind 'party' is not one of"),
        ("events.toml", '["lavrov"]', '["kazakhstan"]', "event 'new-event': unknown actor 'kazakhstan'"),
        ("events.toml", 'summary = "A meeting."', 'summary = "A meeting."\nchannel = "x"',
         "unknown channel 'x'"),
        ("events.toml", 'summary = "A meeting."', 'summary = "A meeting."\nwhen = "x"',
         "unknown field 'when'"),
        ("events.toml", 'sources = [{title = "t", url = "https://example.org/a"}]', "sources = []",
         "missing required field 'sources'"),
        ("events.toml", '"https://example.org/a"', '"example.org"', "is not an http(s) address"),
        ("events.toml", 'id = "new-event"', 'id = "mou-signed"', "event 'mou-signed': duplicate id"),
        ("events.toml", 'kind = "meeting"', 'kind = "meeting\n', "events.toml: invalid TOML"),
        ("events.toml", 'actors = ["lavrov"]', "actors = [1]", "must be a list of strings"),
        ("events.toml", 'actors = ["lavrov"]', 'actors = ["lavrov"]\nnames_ar = ["اتفاق سوتشي"]',
         "the name 'اتفاق سوتشي' is already event 'sochi-memorandum'"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, file: str, replace: str, with_: str, message: str) -> None:
    folder = _bundled(tmp_path)
    path = folder / "events.toml"
    text = path.read_text(encoding="utf-8") + GOOD_EVENT
    assert replace in GOOD_EVENT
    path.write_text(text.replace(GOOD_EVENT, GOOD_EVENT.replace(replace, with_)), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(folder)
    assert message in str(err.value)
    assert str(folder / file) in str(err.value)


def test_a_valid_addition_is_loaded(tmp_path: Path) -> None:
    folder = _bundled(tmp_path)
    path = folder / "events.toml"
    path.write_text(path.read_text(encoding="utf-8") + GOOD_EVENT, encoding="utf-8")
    kb = load_knowledge(folder)
    assert len(kb.events) == len(KB.events) + 1
    new = [e for e in kb.events if e.id == "new-event"]
    assert new and new[0].when is not None and new[0].when.start == D("2022-01-05")


def test_unknown_party_in_channels(tmp_path: Path) -> None:
    folder = _bundled(tmp_path)
    (folder / "channels.toml").write_text('[x]\nname = "X"\nkind = "hotline"\nparties = ["mars"]\n',
                                          encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"channels\.toml: \[x\]: unknown party 'mars'"):
        load_knowledge(folder)


def test_bad_channel_kind_and_missing_actor_name(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "channels.toml").write_text('[x]\nname = "X"\nkind = "pigeon"\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"\[x\]: kind 'pigeon' is not one of"):
        load_knowledge(folder)
    (folder / "actors.toml").write_text('[y]\nnames_ar = ["ي"]\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"actors\.toml: \[y\]: missing required field 'name'"):
        load_knowledge(folder)


def test_not_a_folder_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="not a folder"):
        load_knowledge(tmp_path / "missing")
    (tmp_path / "actors.toml").write_bytes(b"[a]\nname = '\xff'\n")
    with pytest.raises(KnowledgeError, match=r"actors\.toml: not UTF-8 \(byte"):
        load_knowledge(tmp_path)
