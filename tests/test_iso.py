"""The one parser of ISO date strings (syrtimeline.dates.iso), and the places that read dates through it."""

from __future__ import annotations

import datetime as dt

import pytest

import syrtimeline as st
from syrtimeline.cli import main
from syrtimeline.dates import as_date, parse_iso

AWARE = dt.datetime(2017, 6, 20, 19, 39, tzinfo=dt.timezone(dt.timedelta(hours=3)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2021-12-18", dt.date(2021, 12, 18)),
        ("  2021-12-18\n", dt.date(2021, 12, 18)),
        ("20211218", dt.date(2021, 12, 18)),
        ("2021-W50-6", dt.date(2021, 12, 18)),
        ("2017-06-20T19:39:00+03:00", AWARE),
        ("2017-06-20 19:39", dt.datetime(2017, 6, 20, 19, 39)),
        ("2021-12-18T00:00", dt.datetime(2021, 12, 18)),  # a time, even midnight, is kept
    ],
)
def test_a_day_is_a_date_and_a_moment_a_datetime(text: str, value: dt.date) -> None:
    parsed = parse_iso(text)
    assert parsed == value and type(parsed) is type(value)
    assert as_date(text) == value and type(as_date(text)) is type(value)


@pytest.mark.parametrize("text", ["2017-13-01", "yesterday", "", "18/12/2021", "2021-12-18T25:00"])
def test_what_is_not_an_iso_date_says_so(text: str) -> None:
    with pytest.raises(ValueError, match=f"not an ISO date: {text!r}"):
        parse_iso(text)
    with pytest.raises(ValueError, match=f"anchor {text!r} is not an ISO date"):
        as_date(text, "anchor")


def test_dates_and_none_pass_and_other_types_are_type_errors() -> None:
    assert as_date(None) is None
    assert as_date(dt.date(2021, 12, 18)) == dt.date(2021, 12, 18)
    assert as_date(AWARE) is AWARE
    for bad in (20170620, 2017.0, b"2017-06-20", ["2017-06-20"]):
        with pytest.raises(TypeError, match=f"published must be .* not {type(bad).__name__}"):
            as_date(bad)


def test_the_callers_read_dates_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    for text in ("2021-12-18", "2017-06-20T19:39:00+03:00"):
        parsed = parse_iso(text)
        assert [m.value for m in st.extract("أمس", text)] == [m.value for m in st.extract("أمس", parsed)]
    assert main(["resolve", "أمس", "--anchor", " 2017-06-20T19:39:00+03:00"]) == 0
    assert "2017-06-19" in capsys.readouterr().out
    assert main(["resolve", "أمس", "--anchor", "2017-13-01"]) == 2
    assert "not an ISO date: '2017-13-01'" in capsys.readouterr().err
