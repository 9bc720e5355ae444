"""A small, hand-made timeline for the CLI, rendering and export tests.

Built here rather than taken from the knowledge base so that snapshots do not change when the
knowledge base or the extraction rules do. It has one event of each date shape the renderers treat
differently: an exact day, a range of days, a month, a part of a month, a year, a week, "on or
before publication" and undated; two are placed (one at a place with coordinates, one at a region
with none).
"""

from __future__ import annotations

import datetime as dt

from syrtimeline import DateSpan
from syrtimeline.dates import Granularity, Mod
from syrtimeline.events import Actor, Channel, Event, Source, Timeline, Where
from syrtimeline.places import Precision

D = dt.date

ACTORS = {
    "russia": Actor("russia", "Russia", ("روسيا",), role="state", country="RU"),
    "usa": Actor("usa", "United States", ("الولايات المتحدة",), role="state", country="US"),
    "antonov": Actor("antonov", "Anatoly Antonov", ("أنتونوف",), role="ambassador", country="RU"),
}
GENEVA = Where("في جنيف", "Geneva", "abroad:geneva", "abroad", country="CH", latitude=46.20222,
               longitude=6.14569)
EAST_EUPHRATES = Where("شرق الفرات", "East of the Euphrates", "region:east-euphrates", "region", country="SY",
                       geo_precision=Precision.GOVERNORATE)
CHANNELS = {
    "test-line": Channel("test-line", "Test hotline", "hotline", ("الخط الساخن",), ("usa", "russia")),
    "test-talks": Channel("test-talks", "Test talks", "negotiation-format", (), ("usa", "russia")),
}


def kb(ref: str, title: str | None = None) -> Source:
    return Source(ref, title=title, url=f"https://{ref}/story")


EVENTS = [
    Event("line-agreed", DateSpan.day(D(2017, 4, 7)), "agreement",
          "The two sides agree to set up the test hotline.", ("usa", "russia"), "test-line",
          sources=(kb("example.org", "Hotline agreed"),), certainty="confirmed"),
    Event("talks-round-1", DateSpan(D(2017, 5, 3), D(2017, 5, 4)), "negotiation-round",
          "First round of the test talks.", ("usa", "russia"), "test-talks",
          sources=(kb("example.net"),), where=GENEVA),
    Event("article@120", DateSpan(D(2017, 5, 21), D(2017, 6, 20)), "contact",
          "Contacts over the hotline, reported without a date.", ("russia",), "test-line",
          quote_ar="وأكدت موسكو أن الاتصالات مستمرة عبر الخط الساخن",
          sources=(Source("article", (120, 168), "وأكدت موسكو أن الاتصالات مستمرة عبر الخط الساخن",
                          "موسكو: الاتصالات مستمرة", None, D(2017, 6, 20)),),
          certainty="uncertain", when_basis="on-or-before-publication"),
    Event("line-suspended", DateSpan(D(2018, 5, 1), D(2018, 5, 31), Granularity.MONTH, timex="2018-05"),
          "suspension", "Russia suspends the test hotline.", ("russia",), "test-line",
          sources=(kb("example.com", "Hotline suspended"),)),
    Event("antonov-interview", DateSpan(D(2021, 11, 21), D(2021, 11, 30), Granularity.PART_OF_MONTH,
                                        Mod.LATE, "2021-11"),
          "interview", "Antonov says the hotline works.", ("antonov",), "test-line",
          quote_ar="الخط يعمل بشكل جيد", sources=(kb("example.org", "Interview"),)),
    Event("week-meeting", DateSpan(D(2021, 3, 8), D(2021, 3, 14), Granularity.WEEK, timex="2021-W10"),
          "meeting", "A meeting some day in the week.", ("usa",), None, sources=(kb("example.edu"),),
          where=EAST_EUPHRATES),
    Event("year-statement", DateSpan(D(2014, 1, 1), D(2014, 12, 31), Granularity.YEAR, timex="2014"),
          "statement", "Contacts began that year, a later report says.", ("usa",), None,
          sources=(kb("example.info"),)),
    Event("undated-contact", None, "contact", "Contacts mentioned with no date.", ("usa", "russia"),
          "test-talks", sources=(Source("other-article", (5, 20)),), certainty="uncertain",
          when_basis="undated"),
]


def small_timeline() -> Timeline:
    return Timeline(events=EVENTS, actors=ACTORS, channels=CHANNELS)
