"""Exports: JSON round trip, CSV columns and precision codes, iCalendar parsed back, TimelineJS3
structure, Markdown, and the date labels they share."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest
from small_timeline import small_timeline

from syrtimeline import DateSpan
from syrtimeline.dates import Granularity, Mod
from syrtimeline.events import Event, Timeline, default_timeline
from syrtimeline.export import (
    CSV_COLUMNS,
    FORMATS,
    date_label,
    export,
    geojson_left_out,
    precision_code,
    span_label,
    to_csv,
    to_geojson,
    to_ics,
    to_json,
    to_markdown,
    to_timelinejs,
)

D = dt.date


@pytest.fixture(scope="module")
def small() -> Timeline:
    return small_timeline()


# -- labels and precision -----------------------------------------------------------------------------
@pytest.mark.parametrize(("span", "label"), [
    (DateSpan.day(D(2021, 12, 17)), "2021-12-17"),
    (DateSpan(D(2017, 5, 3), D(2017, 5, 4)), "2017-05-03–04"),
    (DateSpan(D(2017, 5, 30), D(2017, 6, 2)), "2017-05-30 – 06-02"),
    (DateSpan(D(2017, 12, 30), D(2018, 1, 2)), "2017-12-30 – 2018-01-02"),
    (DateSpan(D(2021, 11, 1), D(2021, 11, 30), Granularity.MONTH), "2021-11"),
    (DateSpan(D(2021, 11, 21), D(2021, 11, 30), Granularity.PART_OF_MONTH, Mod.LATE, "2021-11"),
     "2021-11 (late)"),
    (DateSpan(D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR), "2014"),
    (DateSpan(D(2021, 3, 8), D(2021, 3, 14), Granularity.WEEK, timex="2021-W10"), "2021-W10"),
    (DateSpan(D(2017, 6, 1), D(2017, 8, 31), Granularity.SEASON, timex="2017-SU"), "2017-SU"),
])
def test_span_labels(span: DateSpan, label: str) -> None:
    assert span_label(span) == label


def test_date_labels_say_how_the_date_is_known(small: Timeline) -> None:
    assert date_label(small["article@120"]) == "≤ 2017-06-20"
    assert date_label(small["undated-contact"]) == "undated"
    e = small["line-agreed"]
    assert date_label(Event(e.id, e.when, e.kind, e.summary, when_basis="on-or-after-publication")) == \
        "≥ 2017-04-07"
    assert date_label(Event(e.id, e.when, e.kind, e.summary, when_basis="since")) == "since 2017-04-07"


@pytest.mark.parametrize(("span", "code"), [
    (None, None),
    (DateSpan.day(D(2021, 12, 17)), 1),
    (DateSpan(D(2017, 5, 3), D(2017, 5, 4)), 2),
    (DateSpan(D(2017, 5, 1), D(2017, 5, 6)), 2),
    (DateSpan(D(2021, 3, 8), D(2021, 3, 14), Granularity.WEEK), 3),
    (DateSpan(D(2021, 11, 21), D(2021, 11, 30), Granularity.PART_OF_MONTH, Mod.LATE), 4),
    (DateSpan(D(2021, 2, 1), D(2021, 2, 28), Granularity.MONTH), 4),
    (DateSpan(D(2017, 5, 21), D(2017, 6, 20)), 4),
    (DateSpan(D(2017, 6, 1), D(2017, 8, 31), Granularity.SEASON), 5),
    (DateSpan(D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR), 5),
])
def test_precision_codes_follow_ucdp_ged(span: DateSpan | None, code: int | None) -> None:
    assert precision_code(span) == code


# -- JSON ---------------------------------------------------------------------------------------------
def test_json_loads_back_into_an_equal_timeline(small: Timeline) -> None:
    again = Timeline.from_json(to_json(small))
    assert again == small
    assert list(again) == list(small)
    assert dict(again.channels) == dict(small.channels) and dict(again.actors) == dict(small.actors)


def test_json_of_the_default_timeline_round_trips() -> None:
    t = default_timeline()
    assert Timeline.from_json(export(t, "json")) == t


def test_json_of_a_selection_holds_only_it(small: Timeline) -> None:
    picked = small.events(channel="test-line")
    again = Timeline.from_json(to_json(small, picked))
    assert [e.id for e in again] == [e.id for e in picked]


# -- CSV ----------------------------------------------------------------------------------------------
def test_csv_has_one_row_per_event_with_the_coder_columns(small: Timeline) -> None:
    text = to_csv(small)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(csv.reader(io.StringIO(text)).__next__()) == CSV_COLUMNS
    assert {"date_start", "date_end", "date_prec", "kind", "channel", "actors", "summary", "quote_ar",
            "sources"} <= set(CSV_COLUMNS)
    assert len(rows) == len(small)
    by_id = {r["event_id"]: r for r in rows}
    r = by_id["antonov-interview"]
    assert (r["date_start"], r["date_end"], r["date_prec"], r["timex"]) == ("2021-11-21", "2021-11-30", "4",
                                                                             "2021-11")
    assert r["quote_ar"] == "الخط يعمل بشكل جيد" and r["sources"] == "example.org"
    assert by_id["line-agreed"]["actors"] == "usa; russia"
    assert by_id["line-agreed"]["date_prec"] == "1"
    assert by_id["year-statement"]["date_prec"] == "5"
    assert by_id["undated-contact"]["date_start"] == "" and by_id["undated-contact"]["date_prec"] == ""
    assert by_id["article@120"]["date_basis"] == "on-or-before-publication"
    assert by_id["article@120"]["source_quotes"].startswith("وأكدت موسكو")
    assert by_id["article@120"]["source_published"] == "2017-06-20"
    assert by_id["article@120"]["source_titles"] == "موسكو: الاتصالات مستمرة"
    assert text.startswith("event_id,date_start,date_end,date_prec,")
    geneva = by_id["talks-round-1"]
    assert (geneva["location"], geneva["location_ar"], geneva["latitude"], geneva["longitude"],
            geneva["geo_precision"]) == ("Geneva", "في جنيف", "46.20222", "6.14569", "1")
    assert by_id["week-meeting"]["geo_precision"] == "3" and by_id["week-meeting"]["latitude"] == ""
    assert by_id["line-agreed"]["location"] == "" and by_id["line-agreed"]["geo_precision"] == ""


# -- GeoJSON ------------------------------------------------------------------------------------------
def test_geojson_is_a_feature_collection_of_the_placed_events(small: Timeline) -> None:
    data = json.loads(to_geojson(small))
    assert data["type"] == "FeatureCollection"
    assert [f["properties"]["id"] for f in data["features"]] == ["talks-round-1"]  # the only point
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [6.14569, 46.20222]}  # lon, lat
    props = feature["properties"]
    assert props["kind"] == "negotiation-round" and props["place"] == "Geneva"
    assert props["actors"] == ["usa", "russia"] and props["sources"] == ["example.net"]
    assert props["date"] == "2017-05-03–04" and props["geo_precision"] == 1
    assert set(props["codes"]) == {"plover_event", "acled_event_type", "acled_sub_event_type"}
    # the region has no point, the others no place: left out, and counted
    assert geojson_left_out(small) == (len(small) - 2, 1)


def test_json_carries_the_place_and_loads_it_back(small: Timeline) -> None:
    data = json.loads(to_json(small))
    geneva = next(e for e in data["events"] if e["id"] == "talks-round-1")["where"]
    assert (geneva["location"], geneva["admin1"], geneva["latitude"], geneva["longitude"],
            geneva["geo_precision"]) == ("Geneva", "", 46.20222, 6.14569, 1)
    assert Timeline.from_json(to_json(small))["talks-round-1"].where == small["talks-round-1"].where


# -- iCalendar ----------------------------------------------------------------------------------------
def test_ics_parses_back_as_all_day_events_with_exclusive_end(small: Timeline) -> None:
    stamp = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
    cal = icalendar.Calendar.from_ical(to_ics(small, stamp=stamp))
    assert str(cal["VERSION"]) == "2.0" and "syrtimeline" in str(cal["PRODID"])
    events = list(cal.walk("VEVENT"))
    dated = [e for e in small if e.when is not None]
    assert len(events) == len(dated)  # the undated event has no place in a calendar
    by_uid = {str(v["UID"]): v for v in events}
    assert len(by_uid) == len(events)
    for e in dated:
        assert e.when is not None
        v = by_uid[f"{e.id}@syrtimeline"]
        start, end = v.decoded("DTSTART"), v.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day (VALUE=DATE)
        assert start == e.when.start
        assert end == e.when.end + dt.timedelta(days=1)  # RFC 5545: DTEND is exclusive
        assert str(v["SUMMARY"]) == e.summary
        assert v.decoded("DTSTAMP") == stamp
    month = by_uid["line-suspended@syrtimeline"]
    assert month.decoded("DTEND") == D(2018, 6, 1)
    assert "Source: Hotline suspended <https://example.com/story>" in str(month["DESCRIPTION"])
    quote = by_uid["antonov-interview@syrtimeline"]
    assert "الخط يعمل بشكل جيد" in str(quote["DESCRIPTION"])


# -- TimelineJS3 --------------------------------------------------------------------------------------
def test_timelinejs_has_only_the_known_parts(small: Timeline) -> None:
    data = json.loads(to_timelinejs(small))
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"]
    events = {e["unique_id"]: e for e in data["events"]}
    assert "undated-contact" not in events and len(events) == len(small) - 1
    for e in data["events"]:
        assert set(e) <= {"start_date", "end_date", "display_date", "text", "group", "unique_id"}
        assert "year" in e["start_date"] and e["text"]["headline"]
        assert all(isinstance(v, str) for v in e["start_date"].values())
    assert events["line-agreed"]["start_date"] == {"year": "2017", "month": "4", "day": "7"}
    assert "end_date" not in events["line-agreed"]
    assert events["talks-round-1"]["end_date"] == {"year": "2017", "month": "5", "day": "4"}
    assert events["line-suspended"]["start_date"] == {"year": "2018", "month": "5"}  # a month: no day
    assert "end_date" not in events["line-suspended"]
    assert events["antonov-interview"]["start_date"] == {"year": "2021", "month": "11"}
    assert events["antonov-interview"]["display_date"] == "2021-11 (late)"
    assert events["year-statement"]["start_date"] == {"year": "2014"}
    assert events["line-agreed"]["group"] == "Test hotline"
    assert "https://example.org/story" in events["line-agreed"]["text"]["text"]
    assert 'dir="rtl"' in events["antonov-interview"]["text"]["text"]


# -- Markdown -----------------------------------------------------------------------------------------
def test_markdown_groups_by_year_and_month(small: Timeline) -> None:
    md = to_markdown(small)
    assert md.startswith("# Timeline\n")
    for heading in ("## 2014", "## 2017", "### May 2017", "### November 2021", "## Undated"):
        assert f"\n{heading}\n" in md
    assert "- **2021-11 (late)** · interview · `test-line` — Antonov says the hotline works." in md
    assert "  > الخط يعمل بشكل جيد" in md
    assert "  - source: [Interview](https://example.org/story)" in md
    assert md.index("## 2014") < md.index("## 2017") < md.index("## Undated")


def test_every_format_is_dispatched(small: Timeline) -> None:
    assert set(FORMATS) == {"json", "csv", "geojson", "ics", "timelinejs", "markdown"}
    for fmt in FORMATS:
        assert export(small, fmt).strip()
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        export(small, "xml")


def test_part_of_a_week_keeps_its_days() -> None:
    # "نهاية الأسبوع الماضي" published Saturday 2021-03-20: Friday to Sunday of week 10
    span = DateSpan(D(2021, 3, 12), D(2021, 3, 14), Granularity.PART_OF_WEEK, Mod.LATE, "2021-W10")
    assert precision_code(span) == 2
    e = Event(id="weekend", when=span, kind="statement", summary="s")
    (tjs,) = json.loads(to_timelinejs(Timeline(events=[e])))["events"]
    assert tjs["start_date"] == {"year": "2021", "month": "3", "day": "12"}
    assert tjs["end_date"] == {"year": "2021", "month": "3", "day": "14"}
