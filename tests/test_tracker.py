"""The channel tracker: the protocol tables, the real story of the US–Russia air-safety MoU, and
properties over random event sequences.

The story's events are written here by hand from docs/facts.md, with the sources the facts cite.
"""

from __future__ import annotations

import datetime as dt
import itertools
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs

from syrtimeline.channels import (
    FINDINGS,
    IN_USE_WHILE_SUSPENDED,
    NO_CHANGE,
    TRANSITIONS,
    USE_KINDS,
    ChannelHistory,
    ChannelState,
    Interval,
    step,
    track,
)
from syrtimeline.dates.span import DateSpan
from syrtimeline.events.model import Event, EventKind, Source

D = dt.date
S = ChannelState
K = EventKind
MOU = "us-ru-air-safety-mou"
ALL_PAIRS = list(itertools.product(ChannelState, EventKind))


def ev(
    id: str,
    when: dt.date | DateSpan,
    kind: EventKind,
    channel: str | None = MOU,
    *sources: Source,
) -> Event:
    span = when if isinstance(when, DateSpan) else DateSpan.day(when)
    return Event(id=id, when=span, kind=kind, summary=id, channel=channel, sources=sources)


def start_of(event: Event) -> dt.date:
    assert event.when is not None
    return event.when.start


def month(year: int, m: int, last: int) -> DateSpan:
    return DateSpan(D(year, m, 1), D(year, m, last), "month")


# Events that bring a fresh channel into each state (all before 2020-01-01).
REACH: dict[ChannelState, list[Event]] = {
    S.UNKNOWN: [],
    S.PROPOSED: [ev("p", D(2019, 1, 1), K.PROPOSAL)],
    S.ACTIVE: [ev("a", D(2019, 1, 1), K.AGREEMENT)],
    S.SUSPENDED: [ev("a", D(2019, 1, 1), K.AGREEMENT), ev("s", D(2019, 2, 1), K.SUSPENSION)],
    S.ENDED: [ev("e", D(2019, 1, 1), K.END)],
}


def check_intervals(history: ChannelHistory) -> None:
    """Contiguous, ordered, non-overlapping, open at the end, each state different from the last."""
    ivs = history.intervals
    for a, b in pairwise(ivs):
        assert a.end is not None
        assert a.start <= a.end
        assert b.start == a.end + dt.timedelta(days=1)
        assert a.state is not b.state
    if ivs:
        assert ivs[-1].end is None
        assert ivs[0].state is not S.UNKNOWN


# -- the protocol tables ------------------------------------------------------------------------


def test_every_pair_is_in_exactly_one_table() -> None:
    for pair in ALL_PAIRS:
        homes = [pair in TRANSITIONS, pair in FINDINGS, pair in NO_CHANGE]
        assert sum(homes) == 1, (pair, homes)
    assert set(TRANSITIONS) | set(FINDINGS) | NO_CHANGE == set(ALL_PAIRS)


def test_the_tables_hold_only_real_pairs() -> None:
    for state, kind in [*TRANSITIONS, *FINDINGS, *NO_CHANGE]:
        assert isinstance(state, ChannelState) and isinstance(kind, EventKind)
    assert all(isinstance(v, ChannelState) for v in TRANSITIONS.values())
    assert all(isinstance(v, str) and v for v in FINDINGS.values())


@pytest.mark.parametrize(("state", "kind"), ALL_PAIRS, ids=[f"{s}+{k}" for s, k in ALL_PAIRS])
def test_the_machine_follows_the_table(state: ChannelState, kind: EventKind) -> None:
    prefix = REACH[state]
    assert track(MOU, prefix).state is state
    last = ev("x", D(2020, 1, 1), kind)
    history = track(MOU, [*prefix, last])

    expected_state = TRANSITIONS.get((state, kind), state)
    expected_message = FINDINGS.get((state, kind))
    assert step(state, kind) == (expected_state, expected_message)
    assert history.state is expected_state
    assert history.status(D(2020, 1, 1)).state is expected_state
    assert history.steps[-1].event == last
    assert (history.steps[-1].before, history.steps[-1].after) == (state, expected_state)

    new = [f for f in history.findings if f.event == last]
    if expected_message is None:
        assert new == []
        assert history.steps[-1].finding is None
    else:
        assert [(f.message, f.date, f.state) for f in new] == [(expected_message, D(2020, 1, 1), state)]
        assert history.steps[-1].finding == new[0]

    status = history.status(D(2020, 1, 1))
    if expected_state is not state:
        assert status.event == last and status.since == D(2020, 1, 1)
        assert status.evidence == ()
    else:
        assert status.event != last
        assert (last in status.evidence) is True
    check_intervals(history)


# in a fixed order: every xdist worker must collect the same test ids (a frozenset's order changes with
# the process's hash seed)
_USE_KINDS = sorted(USE_KINDS, key=lambda k: k.value)


# The semantics the tables must encode, written out independently of them.
@pytest.mark.parametrize(
    ("state", "kind", "after", "finding"),
    [
        (S.UNKNOWN, K.AGREEMENT, S.ACTIVE, False),
        (S.PROPOSED, K.AGREEMENT, S.ACTIVE, False),
        (S.SUSPENDED, K.AGREEMENT, S.ACTIVE, False),
        (S.ACTIVE, K.AGREEMENT, S.ACTIVE, False),  # reaffirmation
        (S.UNKNOWN, K.PROPOSAL, S.PROPOSED, False),
        (S.SUSPENDED, K.RESUMPTION, S.ACTIVE, False),
        (S.ACTIVE, K.SUSPENSION, S.SUSPENDED, False),
        (S.PROPOSED, K.SUSPENSION, S.SUSPENDED, False),
        *[(s, K.END, S.ENDED, False) for s in (S.UNKNOWN, S.PROPOSED, S.ACTIVE, S.SUSPENDED)],
        *[(s, k, S.ACTIVE, False) for s in (S.UNKNOWN, S.PROPOSED, S.ACTIVE) for k in _USE_KINDS],
        *[(S.SUSPENDED, k, S.SUSPENDED, True) for k in _USE_KINDS],  # in use while suspended
        (S.UNKNOWN, K.RESUMPTION, S.UNKNOWN, True),  # resumption of a channel never suspended
        (S.ACTIVE, K.RESUMPTION, S.ACTIVE, True),
        (S.SUSPENDED, K.SUSPENSION, S.SUSPENDED, True),  # two suspensions in a row
        *[(S.ENDED, k, S.ENDED, True) for k in EventKind],  # anything after the end
    ],
)
def test_protocol_semantics(state: ChannelState, kind: EventKind, after: ChannelState, finding: bool) -> None:
    new_state, message = step(state, kind)
    assert new_state is after
    assert (message is not None) is finding


def test_use_kinds() -> None:
    assert {K.CONTACT, K.MEETING, K.CALL, K.PATROL, K.NEGOTIATION_ROUND, K.STATEMENT,
                         K.INTERVIEW} == USE_KINDS
    assert step(S.SUSPENDED, K.CONTACT) == (S.SUSPENDED, IN_USE_WHILE_SUSPENDED)
    assert step(S.SUSPENDED, K.CALL) == (S.SUSPENDED, IN_USE_WHILE_SUSPENDED)


def test_what_happens_near_a_channel_changes_nothing() -> None:
    for kind in (K.INCIDENT, K.STRIKE, K.CLASH, K.ATTACK, K.CEASEFIRE, K.WITHDRAWAL, K.DEPLOYMENT):
        for state in (S.UNKNOWN, S.PROPOSED, S.ACTIVE, S.SUSPENDED):
            assert step(state, kind) == (state, None)
        assert step(S.ENDED, kind)[1] == f"{kind.value} after the channel ended"


# -- the real story: the US–Russia air-safety MoU ------------------------------------------------

SPUTNIK_0407 = Source(
    "Russia Suspends Memorandum With US on Flight Safety in Syria (Sputnik)",
    url="https://sputniknews.com/politics/201704071052391256-russia-us-syria-flight-safety/",
)
TASK_PURPOSE = Source(
    "US Coalition Hints It Might Still Be In Contact With Russian Forces In Syria",
    url="https://taskandpurpose.com/us-russian-deconfliction-line-syria",
)
STORY = [
    ev(
        "mou-signed",
        D(2015, 10, 20),
        K.AGREEMENT,
        MOU,
        Source(
            "US, Russia sign memorandum on air safety in Syria",
            url="https://www.aerotechnews.com/blog/2015/10/21/us-russia-sign-memorandum-on-air-safety-in-syria/",
        ),
    ),
    ev("shayrat-suspension", D(2017, 4, 7), K.SUSPENSION, MOU, SPUTNIK_0407),
    ev(
        "lavrov-ready-to-return",
        D(2017, 4, 12),
        K.STATEMENT,
        MOU,
        Source(
            "Sputnik",
            url="https://sputniknews.com/politics/201704121052583078-russia-air-safety-memorandum-us/",
        ),
    ),
    ev(
        "dunford-gerasimov-restore",
        D(2017, 5, 6),
        K.RESUMPTION,
        MOU,
        Source(
            "Russia and the United States agree to fully resume Syria agreement (Daily Mail)",
            url="http://www.dailymail.co.uk/news/article-4481346/Russia-agree-prevent-mid-air-incidents-Syria.html",
        ),
    ),
    ev(
        "su22-suspension",
        D(2017, 6, 19),
        K.SUSPENSION,
        MOU,
        Source(
            "Russia halts interaction with U.S. on memorandum of air safety in Syria (RBTH)",
            url="https://www.rbth.com/news/2017/06/19/russia-halts-interaction-with-us-on-memorandum-of-air-safety-in-syria_785772",
        ),
    ),
    ev("line-open-and-in-use", D(2017, 6, 23), K.CONTACT, MOU, TASK_PURPOSE),
    ev("tabqa-deconfliction-line", D(2017, 7, 17), K.CONTACT, MOU),
    ev(
        "da-nang",
        D(2017, 11, 11),
        K.AGREEMENT,
        MOU,
        Source(
            "Vladimir Putin and Donald Trump approved a joint statement on Syria (Kremlin)",
            url="http://en.special.kremlin.ru/catalog/countries/VN/events/56048",
        ),
    ),
    ev("shoigu-tengrinews", D(2021, 3, 17), K.INTERVIEW, MOU),
]
BY_ID = {e.id: e for e in STORY}


@pytest.fixture(scope="module")
def mou() -> ChannelHistory:
    # Shuffled, with another channel's events mixed in: order comes from the dates, not the input.
    noise = [
        ev("sochi", D(2019, 10, 22), K.AGREEMENT, "ru-tr-joint-patrols"),
        ev("patrol-1", D(2017, 5, 1), K.SUSPENSION, "ru-tr-joint-patrols"),
        ev("undirected", D(2017, 5, 8), K.END, None),
    ]
    return track(MOU, [*reversed(STORY), *noise])


@pytest.mark.parametrize(
    ("on", "state", "deciding"),
    [
        (D(2015, 10, 19), S.UNKNOWN, None),
        (D(2016, 1, 1), S.ACTIVE, "mou-signed"),
        (D(2017, 4, 10), S.SUSPENDED, "shayrat-suspension"),
        (D(2017, 5, 10), S.ACTIVE, "dunford-gerasimov-restore"),
        (D(2017, 6, 20), S.SUSPENDED, "su22-suspension"),
        (D(2017, 6, 25), S.SUSPENDED, "su22-suspension"),
        (D(2017, 11, 11), S.ACTIVE, "da-nang"),
        (D(2021, 3, 17), S.ACTIVE, "da-nang"),
    ],
)
def test_mou_status(mou: ChannelHistory, on: dt.date, state: ChannelState, deciding: str | None) -> None:
    status = mou.status(on)
    assert status.state is state
    assert status.on == on
    assert status.uncertain is False  # every date in the story is an exact day
    if deciding is None:
        assert status.event is None and status.since is None and status.sources == ()
    else:
        assert status.event == BY_ID[deciding]
        assert status.since == start_of(BY_ID[deciding])
        assert status.sources == BY_ID[deciding].sources


def test_mou_line_in_use_while_suspended_is_evidence_and_a_finding(mou: ChannelHistory) -> None:
    status = mou.status(D(2017, 6, 25))
    assert status.state is S.SUSPENDED
    assert status.evidence == (BY_ID["line-open-and-in-use"],)
    assert status.evidence[0].sources == (TASK_PURPOSE,)
    in_use = [f for f in status.findings if f.event.id == "line-open-and-in-use"]
    assert [(f.message, f.date, f.state) for f in in_use] == [
        (IN_USE_WHILE_SUSPENDED, D(2017, 6, 23), S.SUSPENDED)
    ]
    # Not yet known on the day before.
    assert mou.status(D(2017, 6, 22)).evidence == ()


def test_mou_findings(mou: ChannelHistory) -> None:
    assert [(f.event.id, f.date) for f in mou.findings] == [
        ("lavrov-ready-to-return", D(2017, 4, 12)),
        ("line-open-and-in-use", D(2017, 6, 23)),
        ("tabqa-deconfliction-line", D(2017, 7, 17)),
    ]
    assert all(f.state is S.SUSPENDED for f in mou.findings)
    assert mou.status(D(2017, 4, 11)).findings == ()
    assert len(mou.status(D(2017, 7, 1)).findings) == 2
    assert mou.status(D(2017, 7, 1)).evidence == (BY_ID["line-open-and-in-use"],)


def test_mou_intervals(mou: ChannelHistory) -> None:
    check_intervals(mou)
    assert [(i.state, i.start, i.end, i.event.id) for i in mou.intervals] == [
        (S.ACTIVE, D(2015, 10, 20), D(2017, 4, 6), "mou-signed"),
        (S.SUSPENDED, D(2017, 4, 7), D(2017, 5, 5), "shayrat-suspension"),
        (S.ACTIVE, D(2017, 5, 6), D(2017, 6, 18), "dunford-gerasimov-restore"),
        (S.SUSPENDED, D(2017, 6, 19), D(2017, 11, 10), "su22-suspension"),
        (S.ACTIVE, D(2017, 11, 11), None, "da-nang"),
    ]
    assert mou.intervals[1].sources == (SPUTNIK_0407,)
    assert [e.id for e in mou.intervals[3].evidence] == ["line-open-and-in-use", "tabqa-deconfliction-line"]
    assert [e.id for e in mou.intervals[4].evidence] == ["shoigu-tengrinews"]
    assert not any(i.uncertain for i in mou.intervals)


def test_mou_shoigu_interview_confirms(mou: ChannelHistory) -> None:
    status = mou.status(D(2021, 3, 17))
    assert status.evidence == (BY_ID["shoigu-tengrinews"],)
    assert mou.status(D(2021, 3, 16)).evidence == ()


def test_other_channels_are_ignored(mou: ChannelHistory) -> None:
    assert mou.channel_id == MOU
    assert [e.id for e in mou.events] == [e.id for e in STORY]
    assert all(e.channel == MOU for e in mou.events)
    assert track("ru-tr-joint-patrols", STORY).intervals == ()
    assert track("no-such-channel", STORY).status(D(2018, 1, 1)).state is S.UNKNOWN


# -- uncertainty ------------------------------------------------------------------------------


def test_uncertain_inside_a_deciding_events_span() -> None:
    # "in June 2017" the channel was suspended: the day is not known.
    history = track(
        MOU,
        [
            ev("signed", D(2017, 1, 10), K.AGREEMENT),
            ev("june", month(2017, 6, 30), K.SUSPENSION),
            ev("contact", D(2017, 6, 10), K.CONTACT),
        ],
    )
    assert history.status(D(2017, 5, 31)).state is S.ACTIVE
    assert history.status(D(2017, 5, 31)).uncertain is False
    for day in (D(2017, 6, 1), D(2017, 6, 15), D(2017, 6, 30)):
        status = history.status(day)
        assert status.state is S.SUSPENDED  # holds from the span's start
        assert status.uncertain is True
        assert status.since == D(2017, 6, 1)
    after = history.status(D(2017, 7, 1))
    assert after.state is S.SUSPENDED and after.uncertain is False
    assert history.intervals[1].uncertain is True and history.intervals[0].uncertain is False
    # The exact-day contact is dated inside the suspension's span: it is a finding, kept as evidence.
    assert [f.event.id for f in history.findings] == ["contact"]
    assert history.status(D(2017, 6, 15)).evidence == (history.events[2],)


def test_evidence_with_a_span_counts_from_its_start() -> None:
    history = track(
        MOU,
        [ev("signed", D(2017, 1, 10), K.AGREEMENT), ev("march-meeting", month(2017, 3, 31), K.MEETING)],
    )
    assert history.status(D(2017, 2, 28)).evidence == ()
    assert [e.id for e in history.status(D(2017, 3, 1)).evidence] == ["march-meeting"]
    assert history.status(D(2017, 3, 1)).uncertain is False  # the meeting decided nothing


# -- findings, never exceptions -----------------------------------------------------------------


def test_resumption_with_no_suspension_is_a_finding() -> None:
    history = track(
        MOU,
        [
            ev("r0", D(2016, 1, 1), K.RESUMPTION),
            ev("a", D(2016, 2, 1), K.AGREEMENT),
            ev("r1", D(2016, 3, 1), K.RESUMPTION),
        ],
    )
    assert [(f.event.id, f.state) for f in history.findings] == [("r0", S.UNKNOWN), ("r1", S.ACTIVE)]
    assert history.status(D(2016, 1, 15)).state is S.UNKNOWN
    assert [e.id for e in history.status(D(2016, 1, 15)).evidence] == ["r0"]
    assert [e.id for e in history.prelude] == ["r0"]
    assert history.status(D(2016, 3, 1)).state is S.ACTIVE
    assert history.status(D(2016, 3, 1)).event == history.events[1]


def test_two_suspensions_in_a_row_is_a_finding() -> None:
    history = track(
        MOU,
        [
            ev("a", D(2016, 1, 1), K.AGREEMENT),
            ev("s1", D(2016, 2, 1), K.SUSPENSION),
            ev("s2", D(2016, 3, 1), K.SUSPENSION),
        ],
    )
    assert [(f.event.id, f.message) for f in history.findings] == [
        ("s2", FINDINGS[S.SUSPENDED, K.SUSPENSION])
    ]
    status = history.status(D(2016, 3, 2))
    assert status.state is S.SUSPENDED
    assert status.since == D(2016, 2, 1)  # the first suspension still decides
    assert [e.id for e in status.evidence] == ["s2"]


def test_everything_after_the_end_is_a_finding() -> None:
    history = track(
        MOU,
        [ev("a", D(2016, 1, 1), K.AGREEMENT), ev("e", D(2016, 2, 1), K.END)]
        + [ev(f"late-{k}", D(2016, 3, 1), k) for k in EventKind],
    )
    assert history.state is S.ENDED
    assert len(history.findings) == len(EventKind)
    assert [(i.state, i.end) for i in history.intervals] == [(S.ACTIVE, D(2016, 1, 31)), (S.ENDED, None)]


def test_same_day_events_decide_the_day_together() -> None:
    # Suspended and restored on the same day: the day (and after) is active, nothing is lost.
    history = track(
        MOU,
        [
            ev("a", D(2016, 1, 1), K.AGREEMENT),
            ev("s", D(2016, 2, 1), K.SUSPENSION),
            ev("t", D(2016, 2, 1), K.RESUMPTION),
        ],
    )
    check_intervals(history)
    assert [(i.state, i.start) for i in history.intervals] == [(S.ACTIVE, D(2016, 1, 1))]
    assert [e.id for e in history.status(D(2016, 2, 1)).evidence] == ["s", "t"]
    # Signed and suspended on the same day: suspended from that day, the signing kept as evidence.
    history = track(MOU, [ev("a", D(2016, 1, 1), K.AGREEMENT), ev("b", D(2016, 1, 1), K.SUSPENSION)])
    assert [(i.state, i.start, i.event.id) for i in history.intervals] == [(S.SUSPENDED, D(2016, 1, 1), "b")]
    assert [e.id for e in history.intervals[0].evidence] == ["a"]


def test_ties_order_by_end_then_id() -> None:
    # Both start 2016-02-01; the exact day (ends first) goes before the month.
    history = track(
        MOU,
        [
            ev("a", D(2016, 1, 1), K.AGREEMENT),
            ev("month-resume", month(2016, 2, 29), K.RESUMPTION),
            ev("z-day-suspend", D(2016, 2, 1), K.SUSPENSION),
        ],
    )
    assert [s.event.id for s in history.steps] == ["a", "z-day-suspend", "month-resume"]
    assert history.findings == ()
    assert history.status(D(2016, 2, 1)).state is S.ACTIVE


def test_undated_events_are_kept_apart() -> None:
    undated = Event(id="u", when=None, kind=K.END, summary="no date", channel=MOU)
    history = track(MOU, [ev("a", D(2016, 1, 1), K.AGREEMENT), undated])
    assert history.undated == (undated,)
    assert history.state is S.ACTIVE
    assert [s.event.id for s in history.steps] == ["a"]


def test_empty_history() -> None:
    history = track(MOU, [])
    assert history.intervals == () and history.findings == () and history.steps == ()
    status = history.status(D(2020, 1, 1))
    assert (status.state, status.since, status.event, status.evidence) == (S.UNKNOWN, None, None, ())
    assert history.interval_on(D(2020, 1, 1)) is None


# -- properties ---------------------------------------------------------------------------------

FIRST, LAST = D(2015, 1, 1), D(2015, 12, 31)
days = hs.dates(min_value=FIRST, max_value=LAST)


@hs.composite
def events(draw: hs.DrawFn, i: int) -> Event:
    start = draw(days)
    length = draw(hs.sampled_from([0, 0, 0, 1, 6, 30]))
    end = min(start + dt.timedelta(days=length), LAST + dt.timedelta(days=40))
    span = DateSpan.day(start) if length == 0 else DateSpan(start, end, "week")
    kind = draw(hs.sampled_from(list(EventKind)))
    channel = draw(hs.sampled_from([MOU, MOU, MOU, MOU, "other", None]))
    return Event(id=f"e{i:03d}", when=span, kind=kind, summary="", channel=channel)


@hs.composite
def sequences(draw: hs.DrawFn) -> list[Event]:
    n = draw(hs.integers(min_value=0, max_value=25))
    return [draw(events(i)) for i in range(n)]


PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _containing(intervals: tuple[Interval, ...], on: dt.date) -> Interval | None:
    found = [i for i in intervals if i.start <= on and (i.end is None or on <= i.end)]
    assert len(found) <= 1
    return found[0] if found else None


@PROPS
@given(sequences(), hs.lists(days, max_size=8))
@example([ev("s", D(2015, 3, 1), K.SUSPENSION), ev("r", D(2015, 3, 1), K.RESUMPTION)], [D(2015, 3, 1)])
def test_track_is_total_and_consistent(seq: list[Event], queries: list[dt.date]) -> None:
    history = track(MOU, seq)  # never raises
    mine = [e for e in seq if e.channel == MOU]
    check_intervals(history)
    assert len(history.steps) == len(mine) == len(history.events)
    assert [s.event for s in history.steps] == sorted(mine, key=Event.sort_key)
    for a, b in pairwise(history.steps):
        assert a.after is b.before
    assert [s.finding for s in history.steps if s.finding] == list(history.findings)

    # Every event is placed exactly once: deciding an interval, or as evidence, or in the prelude.
    placed = [*history.prelude]
    for iv in history.intervals:
        placed += [iv.event, *iv.evidence]
        assert iv.sources == iv.event.sources
        assert iv.start == start_of(iv.event)
    assert sorted(e.id for e in placed) == sorted(e.id for e in mine)

    # status(on) is the interval containing on.
    boundaries = [d for iv in history.intervals for d in (iv.start, iv.start - dt.timedelta(days=1))]
    for on in [*queries, *boundaries, FIRST, LAST]:
        status = history.status(on)
        containing = _containing(history.intervals, on)
        assert history.interval_on(on) == containing
        if containing is None:
            assert (status.state, status.since, status.event) == (S.UNKNOWN, None, None)
            assert status.uncertain is False
        else:
            assert (status.state, status.since, status.event, status.sources) == (
                containing.state,
                containing.start,
                containing.event,
                containing.sources,
            )
            when = containing.event.when
            assert when is not None
            assert status.uncertain == (when.start <= on <= when.end and when.start != when.end)
            assert status.evidence == tuple(e for e in containing.evidence if start_of(e) <= on)
        assert all(e.when is not None and e.when.start <= on for e in status.evidence)
        assert status.findings == tuple(f for f in history.findings if f.date <= on)
