"""The merge rule (syrtimeline.events.merge, the specification) and its columnar fast path.

The fast path (syrtimeline.events.columnar: a key table, packed orders, an index of leaders, groups
combined one report at a time) must give exactly the timeline the plain rule gives, for any reports:
ties on id and dates, the same report twice, undated reports, windows around publication, "since"
reports, knowledge-base entries, generic actors, families of kinds, places (two reports merge only when
their places are compatible, and every two reports of a merged event are: the properties below fail if
either path drops that check, or checks a report's place only against its group's leader).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.dates import DateSpan
from syrtimeline.events import (
    Event,
    EventKind,
    Source,
    Timeline,
    WhenBasis,
    Where,
    columnar,
    merge,
    merge_events,
    sweep,
    timeline,
)
from syrtimeline.events.merge import MergeKey, same_event
from syrtimeline.events.serialize import content_digest, to_json
from syrtimeline.events.where import compatible, compatible_keys
from syrtimeline.places import Precision

D = dt.date.fromisoformat
_DAY0 = D("2021-03-01")
GENERIC = frozenset({"russia", "usa"})

#: Places of reports: unplaced (often), a governorate and two towns in it, the district one of them is the
#: seat of, a city of another governorate, the country, a place abroad and an ambiguous name.
_WHERES = [
    None, None, None,
    Where("محافظة إدلب", "Idlib Governorate", "gov:idlib", "governorate", "12", "إدلب", "Idlib", "SY",
          35.93, 36.63, Precision.GOVERNORATE),
    Where("سراقب", "Saraqib", "gn:1", "town", "12", "إدلب", "Idlib", "SY", 35.86, 36.8),
    Where("أريحا", "Ariha", "gn:172994", "town", "12", "إدلب", "Idlib", "SY", 35.81, 36.61),
    Where("حلب", "Aleppo", "gn:3", "city", "09", "حلب", "Aleppo", "SY", 36.2, 37.16),
    Where("سوريا", "Syria", "country:sy", "country", "", "", "", "SY", None, None, Precision.COUNTRY),
    Where("موسكو", "Moscow", "abroad:moscow", "abroad", "", "", "", "RU", 55.75, 37.62),
    Where("عمان", candidates=("abroad:amman", "abroad:oman")),
    Where("منطقة أريحا", "Ariha District", "district:ariha", "district", "12", "إدلب", "Idlib", "SY", 35.81,
          36.61, Precision.NEAR),
]
#: Places of the Eastern Ghouta (140's Harasta, Ayn Tarma and Douma) and their governorate: three towns,
#: none inside another, all inside Rif Dimashq.
_GHOUTA = [
    Where("مدينة حرستا", "Ḩarastā", "gn:169897", "town", "08", "ريف دمشق", "Rif Dimashq", "SY", 33.56, 36.37),
    Where("بلدة عين ترما", "Ayn Tarma", "town:ayn-tarma", "town", "08", "ريف دمشق", "Rif Dimashq", "SY",
          33.51, 36.35),
    Where("مدينة دوما", "Dūmā", "gn:170592", "city", "08", "ريف دمشق", "Rif Dimashq", "SY", 33.57, 36.4),
    Where("ريف دمشق", "Rif Dimashq", "gov:rif-dimashq", "governorate", "08", "ريف دمشق", "Rif Dimashq", "SY",
          33.5, 36.5, Precision.GOVERNORATE),
]
_BASES = [WhenBasis.STATED, WhenBasis.STATED, WhenBasis.ON_OR_BEFORE_PUBLICATION, WhenBasis.SINCE,
          WhenBasis.ON_OR_AFTER_PUBLICATION, WhenBasis.NAMED, WhenBasis.UNDATED]


@hs.composite
def reports(draw: hs.DrawFn, spread: int = 30, most: int = 14, wheres: list[Where | None] = _WHERES,
            kb_days: int | None = None, lengths: tuple[int, ...] = (0, 0, 0, 1, 6, 30),
            actors: tuple[str, ...] = ("lavrov", "antonov", "russia", "usa")) -> list[Event]:
    """Reports as extraction and the knowledge base make them, crowded enough to merge and to tie
    (at most *most*, starting within *spread* days, placed at one of *wheres*, each of one of *lengths*
    days after its first, naming up to three of *actors*, the first its speaker if it is a statement;
    dated knowledge-base entries *kb_days* days long after their first, if given)."""
    out: list[Event] = []
    for i in range(draw(hs.integers(0, most))):
        basis = draw(hs.sampled_from(_BASES))
        start = _DAY0 + dt.timedelta(days=draw(hs.integers(0, spread)))
        length = draw(hs.sampled_from(lengths))
        kb = draw(hs.integers(0, 4)) == 0
        if kb and kb_days is not None:
            length = kb_days
        when = None if basis is WhenBasis.UNDATED else DateSpan(start, start + dt.timedelta(days=length))
        if kb:
            sources: tuple[Source, ...] = tuple(
                Source(draw(hs.sampled_from(["tass.com", "rbth.com"])), title=f"t{j}", url=f"https://x/{i}/{j}")
                for j in range(draw(hs.integers(1, 2))))
        else:
            art = draw(hs.integers(0, 3))
            sources = (Source(f"art{art}", (i, i + 5), quote=f"q{i}", published=D("2021-04-02")),)
        other = (DateSpan.day(start - dt.timedelta(days=3)),) if draw(hs.integers(0, 9)) == 0 else ()
        named = tuple(draw(hs.lists(hs.sampled_from(actors), max_size=3, unique=True)))
        out.append(Event(
            # ids repeat: the same id, other content; «<article>@» for the rules of one article's reports,
            # «.2» for a clause's second report (told_in_one_clause)
            id=f"{draw(hs.sampled_from(['e', 'art0@', 'art1@']))}{draw(hs.integers(0, max(i, 1)))}"
               f"{draw(hs.sampled_from(['', '', '.2']))}",
            when=when, kind=draw(hs.sampled_from(["statement", "interview", "meeting", "suspension",
                                                  "agreement", "patrol", "strike"])),
            summary=draw(hs.sampled_from(["s", "t"])),
            actors=named, source_actors=named[:1], target_actors=named[1:2],
            mode=draw(hs.sampled_from([None, None, "aerial", "warn", "shelling"])), trace=(f"read {i}",),
            channel=draw(hs.sampled_from([None, None, "us-ru-air-safety-mou", "astana-format"])),
            quote_ar=draw(hs.sampled_from([None, "نص"])), sources=sources,
            certainty=draw(hs.sampled_from(["reported", "confirmed", "uncertain"])),
            when_basis=basis, other_dates=other, note=draw(hs.sampled_from(["", "n"])),
            where=draw(hs.sampled_from(wheres))))
    if out and draw(hs.booleans()):
        out.append(out[draw(hs.integers(0, len(out) - 1))])  # the same report twice
    return out


def _written(events: list[Event]) -> list[tuple[Event, tuple[Event, ...], str]]:
    """Everything a timeline says: each event, its records and its JSON (order of sources included)."""
    return [(e, e.records, to_json(e)) for e in events]


@settings(max_examples=400, deadline=None)
@given(reports())
def test_the_columnar_merge_gives_the_timeline_of_the_rule(evs: list[Event]) -> None:
    expected = merge.merge(evs, GENERIC)
    assert _written(columnar.merge(evs, GENERIC)) == _written(expected)
    # and so does merging again what either made (a merged event brings its reports back)
    assert _written(columnar.merge(expected, GENERIC)) == _written(expected)


def _places_fit(events: list[Event]) -> None:
    """Every two reports of a merged event are placed compatibly (not only each with its leader: an
    unplaced leader does not make Harasta and Ayn Tarma one event), and the event has the most precise
    of their places."""
    for e in events:
        reports = e.records or (e,)
        assert all(compatible(r.where, o.where) for r in reports for o in reports), e.id
        placed = [r.where for r in reports if r.where is not None]
        assert (e.where is None) == (not placed)
        if placed:
            assert e.where in placed
            assert int(e.where.geo_precision) == min(int(w.geo_precision) for w in placed)


@settings(max_examples=300, deadline=None)
@given(reports())
def test_reports_in_different_places_never_merge_either_way(evs: list[Event]) -> None:
    _places_fit(merge.merge(evs, GENERIC))
    _places_fit(columnar.merge(evs, GENERIC))


#: Unplaced (a third), nested (the governorate and its towns) and disjoint (the three towns).
_IN_GHOUTA: list[Where | None] = [None, None, *_GHOUTA]


@settings(max_examples=400, deadline=None)
@given(reports(spread=10, most=20, wheres=_IN_GHOUTA))
def test_reports_at_towns_apart_never_merge_through_a_leader_placed_less(evs: list[Event]) -> None:
    # crowded in a few days and a few places, with unplaced and governorate-placed leaders for towns
    # to join: the rule keeps every two reports of an event placed alike, and both fast paths group
    # as the rule does
    expected = merge.merge(evs, GENERIC)
    _places_fit(expected)
    assert _written(columnar.merge(evs, GENERIC)) == _written(expected)
    _groups_alike(evs)
    _swept_alike(evs, 1)
    _swept_alike(evs, 128)


_DAY_140 = DateSpan.day(D("2017-07-24"))


def _strike(n: int, where: Where | None, when: DateSpan = _DAY_140, basis: WhenBasis = WhenBasis.STATED
            ) -> Event:
    return Event(id=f"r{n}", when=when, kind="strike", summary="s", actors=("syria-government",),
                 sources=(Source(f"a{n}", (0, 5)),), when_basis=basis, where=where)


def test_an_unplaced_leader_does_not_make_reports_at_two_towns_one_event() -> None:
    # 140: the regime shelled Harasta, also Ayn Tarma, while three shells fell on Douma, all on the
    # day of the report; the day's unplaced report leads. Each town fits it, but not each other: the
    # first to join keeps the others out, and each of them is an event of its own
    harasta, ayn_tarma, douma, rif_dimashq = _GHOUTA
    window = DateSpan(D("2017-06-24"), D("2017-07-24"))
    leader = _strike(1, None)
    towns = [_strike(n, w, window, WhenBasis.ON_OR_BEFORE_PUBLICATION)
             for n, w in ((2, harasta), (3, ayn_tarma), (4, douma))]
    for merged in (merge.merge, columnar.merge, merge_events):
        events = merged([leader, *towns], GENERIC)
        assert sorted(sorted(r.id for r in (e.records or (e,))) for e in events) == [
            ["r1", "r2"], ["r3"], ["r4"]]
        _places_fit(events)
    timeline = Timeline(events=[leader, *towns])
    assert sorted(e.where.location for e in timeline if e.where is not None) == [
        "Ayn Tarma", "Dūmā", "Ḩarastā"]
    # placed at the governorate the leader is no better: a town in it joins, another town does not
    led = _strike(1, rif_dimashq)
    for merged in (merge.merge, columnar.merge):
        events = merged([led, *towns[:2]], GENERIC)
        assert sorted(sorted(r.id for r in (e.records or (e,))) for e in events) == [["r1", "r2"], ["r3"]]
        assert [e.where for e in events if len(e.records) == 2] == [harasta]


def test_an_undated_report_counts_the_leaders_it_still_fits_after_others_joined_them() -> None:
    # five dated meetings of Lavrov's, weeks apart (five groups): the first two on channels, unplaced,
    # the other three at Ayn Tarma. Two undated reports at Harasta each join one of the first two (the
    # only ones of their channel and place). An undated one at Ayn Tarma then fits the three at Ayn
    # Tarma, not the first two (Harasta is in them now): it stands alone. The sweep keeps only the
    # first three fits it finds of each undated report, and looks again when places rule out two
    harasta, ayn_tarma = _GHOUTA[:2]

    def meeting(n: int, where: Where | None, day: int | None, channel: str | None = None) -> Event:
        when = None if day is None else DateSpan.day(_DAY0 + dt.timedelta(days=day))
        return Event(id=f"m{n}", when=when, kind="meeting", summary="s", actors=("lavrov",), channel=channel,
                     sources=(Source(f"a{n}", (0, 5)),),
                     when_basis=WhenBasis.UNDATED if day is None else WhenBasis.STATED, where=where)

    evs = [meeting(1, None, 0, "astana-format"), meeting(2, None, 20, "us-ru-air-safety-mou"),
           meeting(3, ayn_tarma, 40), meeting(4, ayn_tarma, 60), meeting(5, ayn_tarma, 80),
           meeting(6, harasta, None, "astana-format"), meeting(7, harasta, None, "us-ru-air-safety-mou"),
           meeting(8, ayn_tarma, None)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    expected = [["m1", "m6"], ["m2", "m7"], ["m3"], ["m4"], ["m5"], ["m8"]]
    assert [[k.ref.id for k in g] for g in merge.group(keys, lambda k: content_digest(k.ref))] == expected
    for size in (1, 2, 128):
        got = sweep.group(keys, lambda k: content_digest(k.ref), chunk_size=size)
        assert [[k.ref.id for k in g] for g in got] == expected
    fast = columnar.cluster(keys, lambda k: content_digest(k.ref))
    assert [[k.ref.id for k in g] for g in fast] == expected


def test_a_town_merges_with_its_governorate_not_with_another_town() -> None:
    day = DateSpan.day(D("2020-02-20"))
    idlib, saraqib, ariha = _WHERES[3:6]

    def report(n: int, where: Where | None) -> Event:
        return Event(id=f"r{n}", when=day, kind="strike", summary="s", actors=("lavrov",),
                     sources=(Source(f"a{n}", (0, 5)),), where=where)

    for merged in (merge.merge, columnar.merge):
        one = merged([report(1, idlib), report(2, saraqib)], GENERIC)
        assert len(one) == 1 and one[0].where == saraqib  # the more precise place that fits both
        assert len(merged([report(1, saraqib), report(2, ariha)], GENERIC)) == 2
        assert len(merged([report(1, None), report(2, ariha)], GENERIC)) == 1
        assert len(merged([report(1, _WHERES[7]), report(2, ariha)], GENERIC)) == 1  # Syria holds it
        assert len(merged([report(1, _WHERES[8]), report(2, ariha)], GENERIC)) == 2  # Moscow does not
        assert len(merged([report(1, _WHERES[10]), report(2, ariha)], GENERIC)) == 1  # its district does
        assert len(merged([report(1, _WHERES[10]), report(2, saraqib)], GENERIC)) == 2  # not its seat


def _groups_alike(evs: list[Event]) -> None:
    """The fast path (``columnar.cluster``) and the rule (``merge.group``) group *evs* alike."""
    keys = [MergeKey.of(e, GENERIC) for e in set(evs)]

    def tiebreak(k: MergeKey) -> bytes:
        return content_digest(k.ref)

    def refs(groups: list[list[MergeKey]]) -> list[list[object]]:
        return [[k.ref for k in g] for g in groups]

    assert refs(columnar.cluster(keys, tiebreak)) == refs(merge.group(keys, tiebreak))


@settings(max_examples=300, deadline=None)
@given(reports())
def test_the_index_of_leaders_misses_none(evs: list[Event]) -> None:
    # the fast path looks a report's leaders up in an index (by person, actor, channel and month);
    # the rule compares it with every leader so far: they must group alike
    _groups_alike(evs)


@settings(max_examples=300, deadline=None)
@given(reports(spread=100, most=30))
def test_the_nearest_leader_found_first_is_the_nearest_that_fits(evs: list[Event]) -> None:
    # the fast path takes a precisely dated report's candidate leaders in order of distance (then of
    # their making) and stops at the first that fits; the rule gathers every leader that fits and
    # takes the nearest (the earliest made on a tie). Over months (several buckets of the index) and
    # crowded, with leaders at every distance: they must group alike
    _groups_alike(evs)


def _swept_alike(evs: list[Event], chunk_size: int) -> None:
    """The sweep (``sweep.group``: leaders out of reach wait in a store, read back class by class) and
    the rule (``merge.group``) group *evs* alike."""
    keys = [MergeKey.of(e, GENERIC) for e in set(evs)]

    def tiebreak(k: MergeKey) -> bytes:
        return content_digest(k.ref)

    def refs(groups: list[list[MergeKey]]) -> list[list[object]]:
        return [[k.ref for k in g] for g in groups]

    expected = refs(merge.group(keys, tiebreak))
    assert refs(sweep.group(keys, tiebreak, chunk_size=chunk_size)) == expected  # the bundled pass
    assert refs(sweep.group(keys, tiebreak, chunk_size=chunk_size, bundles=())) == expected  # class by class


@settings(max_examples=400, deadline=None)
@given(reports(spread=400, most=40), hs.sampled_from([1, 2, 3, 128]))
def test_the_sweep_groups_as_the_rule_over_months(evs: list[Event], chunk_size: int) -> None:
    # over a year (a dozen buckets of the index: leaders are dropped from the window and runs'
    # chunks skipped unread), classes of every width, undated reports and knowledge-base entries
    _swept_alike(evs, chunk_size)


@settings(max_examples=400, deadline=None)
@given(reports(), hs.sampled_from([1, 2, 128]))
def test_the_sweep_groups_as_the_rule_when_crowded(evs: list[Event], chunk_size: int) -> None:
    _swept_alike(evs, chunk_size)


@settings(max_examples=300, deadline=None)
@given(reports(spread=400, most=40, kb_days=364), hs.sampled_from([1, 3, 128]))
def test_the_sweep_groups_as_the_rule_with_knowledge_base_entries_of_a_year(evs: list[Event],
                                                                            chunk_size: int) -> None:
    # a bundle's classes are taken together, each lagging the one before; a knowledge-base entry of a
    # year is within reach of reports of every class whatever their lags: when one class changes its
    # group's places out of the rule's order, the family is grouped again class by class
    _swept_alike(evs, chunk_size)


@settings(max_examples=300, deadline=None)
@given(reports(spread=400, most=40, wheres=_IN_GHOUTA), hs.sampled_from([1, 3, 128]))
def test_the_sweep_groups_as_the_rule_over_months_at_towns_apart(evs: list[Event], chunk_size: int) -> None:
    # over a year and placed at towns none inside another: a group's places leave memory with its
    # leader and must come back with it, for a later class and for the undated reports
    _swept_alike(evs, chunk_size)


@settings(max_examples=300, deadline=None)
@given(reports(spread=700, most=50, lengths=(0, 0, 1, 6, 30, 60, 60, 90, 181, 181, 364, 365)),
       hs.sampled_from([1, 2, 3, 128]))
def test_the_sweep_groups_as_the_rule_when_long_classes_read_only_to_their_fit(evs: list[Event],
                                                                              chunk_size: int) -> None:
    # reports of one day to a year over two years: the precise classes of months are taken alone and
    # read back the chunks near a report in the order of their groups, stopping at its fit when it
    # overlaps the report and was made before every leader left unread (sweep._read_to_fit); the rest
    # wait for the class's next reports
    _swept_alike(evs, chunk_size)


@settings(max_examples=200, deadline=None)
@given(reports(spread=700, most=50, wheres=_IN_GHOUTA, lengths=(0, 0, 6, 60, 90, 181, 364)),
       hs.sampled_from([1, 3]))
def test_the_sweep_groups_as_the_rule_when_long_classes_read_only_to_their_fit_at_towns_apart(
        evs: list[Event], chunk_size: int) -> None:
    # the same at towns none inside another: a leader read late must bring its group's places back
    _swept_alike(evs, chunk_size)


@settings(max_examples=300, deadline=None)
@given(reports(spread=700, most=50, lengths=(0, 0, 6, 60, 90, 181, 364),
               actors=("lavrov", "antonov", "shoigu", "gerasimov", "dunford", "russia", "usa")),
       hs.sampled_from([1, 2, 3]))
def test_the_sweep_groups_as_the_rule_when_long_classes_skip_the_chunks_whose_marks_fit_nothing(
        evs: list[Event], chunk_size: int) -> None:
    # more people, and statements by each of them: most chunks a report of months comes near name
    # nobody it looks up, or are statements by other speakers only, and it does not read them
    # (sweep.marks); they wait unread for the class's next reports
    _swept_alike(evs, chunk_size)


def test_a_groups_places_leave_memory_with_its_leader_and_come_back_with_it() -> None:
    # Lavrov's unplaced meeting of day 0 is joined by one at Harasta the same day; Antonov's meetings
    # every 50 days for a year move the window on, and the group's places leave memory (written to
    # the store). A 61-day meeting of Lavrov's around day 0 at Ayn Tarma (a later class) fits the
    # day's leader but not the group (Harasta is in it), and stands alone: only if the group's places
    # came back. Then an undated one at Ayn Tarma joins it (the only group it fits, again only if the
    # undated reports read the day's group's places from the store), one at Harasta the day's group
    harasta, ayn_tarma = _GHOUTA[:2]

    def meeting(n: str, actor: str, where: Where | None, day: int | None, days: int = 1) -> Event:
        start = None if day is None else _DAY0 + dt.timedelta(days=day)
        when = None if start is None else DateSpan(start, start + dt.timedelta(days=days - 1))
        return Event(id=n, when=when, kind="meeting", summary="s", actors=(actor,),
                     sources=(Source(f"a-{n}", (0, 5)),),
                     when_basis=WhenBasis.UNDATED if day is None else WhenBasis.STATED, where=where)

    evs = [meeting("m1", "lavrov", None, 0), meeting("m2", "lavrov", harasta, 0),
           *(meeting(f"f{n}", "antonov", None, 50 * n) for n in range(1, 8)),
           meeting("m4", "lavrov", ayn_tarma, -10, 61),
           meeting("u1", "lavrov", ayn_tarma, None), meeting("u2", "lavrov", harasta, None)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    tiebreak = lambda k: content_digest(k.ref)  # noqa: E731
    expected = [["m1", "m2", "u2"], *([f"f{n}"] for n in range(1, 8)), ["m4", "u1"]]
    assert [[k.ref.id for k in g] for g in merge.group(keys, tiebreak)] == expected
    written: list[sweep.Placed] = []
    back: list[sweep.Placed] = []

    class Counted(sweep.MemoryStore):
        def write_places(self, bucket: int, records: list[sweep.Placed]) -> None:
            written.extend(records)
            super().write_places(bucket, records)

        def places(self, bucket: int) -> list[sweep.Placed]:
            got = super().places(bucket)
            back.extend(got)
            return got

    for bundles in (sweep.BUNDLES, ()):
        for size in (1, 128):
            written[:], back[:] = [], []
            got = sweep.group(keys, tiebreak, store=Counted, chunk_size=size, bundles=bundles)
            assert [[k.ref.id for k in g] for g in got] == expected
            assert [p for _, p in written] == [(harasta.key(),)]  # the day's group's, once
            assert back  # read back for the 61-day class and the undated reports


def test_a_bundle_that_meets_a_knowledge_base_group_out_of_order_is_taken_class_by_class() -> None:
    # a knowledge-base meeting of Lavrov's over 2021; a week of his meetings at Saraqib in January (the
    # seven-day class, which lags the one-day class by 132 days) and a day of them at Ariha in December.
    # The rule takes the day first: it joins the entry, and the week (Saraqib is not Ariha) stands
    # alone. The bundled pass comes to the week first (January + 132 days is before December)
    year = Event(id="kb", when=DateSpan(D("2021-01-01"), D("2021-12-31")), kind="meeting", summary="s",
                 actors=("lavrov",), sources=(Source("tass.com", title="t", url="https://x/1"),))

    def meeting(n: int, start: str, days: int, where: Where) -> Event:
        return Event(id=f"m{n}", when=DateSpan(D(start), D(start) + dt.timedelta(days=days - 1)),
                     kind="meeting", summary="s", actors=("lavrov",), sources=(Source(f"a{n}", (0, 5)),),
                     where=where)

    evs = [year, meeting(1, "2021-12-10", 1, _WHERES[5]), meeting(2, "2021-01-10", 7, _WHERES[4])]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    tiebreak = lambda k: content_digest(k.ref)  # noqa: E731
    expected = [["kb", "m1"], ["m2"]]
    assert [[k.ref.id for k in g] for g in merge.group(keys, tiebreak)] == expected
    taken = sorted(keys, key=sweep.turn_order)
    assert [k.ref.id for k in taken] == ["kb", "m2", "m1"]
    with pytest.raises(sweep.Unbundled):
        list(sweep.sweep(taken, sweep.MemoryStore()))
    assert [[k.ref.id for k in g] for g in sweep.group(keys, tiebreak)] == expected


def _counting_store(reads: list[int]) -> type[sweep.MemoryStore]:
    """A store of the sweep that adds to *reads* how many leaders each read gives back."""

    class Counted(sweep.MemoryStore):
        def read(self, bucket: int, chunk: int) -> list[sweep.Leader]:
            got = super().read(bucket, chunk)
            reads.append(len(got))
            return got

    return Counted


def _lavrov_meeting(n: int, day: int, days: int) -> Event:
    """Report *n*: a meeting of Lavrov's *days* long, *day* days after ``_DAY0``."""
    start = _DAY0 + dt.timedelta(days=day)
    return Event(id=f"m{n}", when=DateSpan(start, start + dt.timedelta(days=days - 1)), kind="meeting",
                 summary="s", actors=("lavrov",), sources=(Source(f"a{n}", (0, 5)),))


def test_a_bundle_reads_the_leaders_of_the_classes_before_it_once() -> None:
    # one-day meetings of Lavrov's every ninth day over two years (80 leaders of the first class, on
    # the shelf for the next ones: 2-, 4-, 7- and 10-day meetings every twelfth day). Class by class,
    # each of the four reads back every one of them; in one bundle with the one-day class they read
    # none (the one-day class's leaders are in the bundle's window)
    reads: list[int] = []
    Counted = _counting_store(reads)

    evs = [_lavrov_meeting(n, 9 * n, 1) for n in range(80)]
    evs += [_lavrov_meeting(1000 * days + n, 12 * n + days, days)
            for days in (2, 4, 7, 10) for n in range(60)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    tiebreak = lambda k: content_digest(k.ref)  # noqa: E731
    expected = merge.group(keys, tiebreak)
    assert sweep.group(keys, tiebreak, store=Counted, chunk_size=8, bundles=()) == expected
    one_by_one, reads[:] = sum(reads), []
    assert sweep.group(keys, tiebreak, store=Counted, chunk_size=8) == expected
    assert one_by_one >= 4 * 80 and sum(reads) == 0


def test_the_sweep_reads_back_a_leader_whose_chunk_starts_before_the_report() -> None:
    # leaders in chunks of one: the meeting of the 1st and that of the 31st. A two-day report of the
    # 3rd-4th (a later class) fits the first (a day apart) and must find it, though the first is filed
    # in the store under the bucket before the report's: a chunk may be skipped only when its leaders
    # all end, widened by the gap, before the report's first bucket
    day0 = dt.date.fromordinal(23_057 * 32 + 1)  # 2021-02-04, the second day of its 32-day bucket

    def meeting(n: int, start: dt.date, days: int) -> Event:
        return Event(id=f"m{n}", when=DateSpan(start, start + dt.timedelta(days=days - 1)), kind="meeting",
                     summary="s", actors=("lavrov",), sources=(Source(f"a{n}", (0, 5)),))

    evs = [meeting(1, day0, 1), meeting(2, day0 + dt.timedelta(days=30), 1),
           meeting(3, day0 + dt.timedelta(days=2), 2)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    expected = merge.group(keys, lambda k: content_digest(k.ref))
    assert [[k.ref.id for k in g] for g in expected] == [["m1", "m3"], ["m2"]]
    for size in (1, 2, 128):
        got = sweep.group(keys, lambda k: content_digest(k.ref), chunk_size=size)
        assert [[k.ref.id for k in g] for g in got] == [["m1", "m3"], ["m2"]]


def test_a_class_of_a_few_reports_reads_back_only_the_leaders_near_them() -> None:
    # 300 one-day meetings of Lavrov's, a week apart over six years (leaders of the first class), then
    # three nine-day meetings (the next class) in the first, third and sixth year: the sweep reads
    # back from its store only the buckets near those three (19 leaders), not every leader between
    # the first and the last (136 until the seventh round of issue 18)
    reads: list[int] = []
    Counted = _counting_store(reads)

    evs = [_lavrov_meeting(n, 7 * n, 1) for n in range(300)]
    evs += [_lavrov_meeting(300 + n, day, 9) for n, day in enumerate((100, 800, 1900))]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    got = sweep.group(keys, lambda k: content_digest(k.ref), store=Counted, chunk_size=4)
    assert got == merge.group(keys, lambda k: content_digest(k.ref))
    assert sum(reads) <= 3 * 3 * 5  # three reports, at most three buckets of five leaders each


def test_a_report_of_months_reads_back_only_the_chunks_up_to_its_fit() -> None:
    # a one-day meeting every day for two years, of eight people in turn with Russia (730 leaders of
    # the first class, in chunks of eight), then half-year meetings of Russia's alone (a later class,
    # taken alone) from days 100, 300 and 500: each overlaps 182 leaders, fits them all and joins the
    # earliest made (the nearest, at distance 0, the earliest made on a tie), so it reads back the
    # chunks near it in the order of their groups up to the one that holds it, one chunk. Before the
    # eleventh round of issue 18 the three read every chunk near them: 656 leaders. A half-year meeting
    # of the USA's from day 200 fits none: no chunk near it names the USA (their marks say so), and it
    # reads none of them (until the twelfth round, every chunk near it: 27)
    reads: list[int] = []
    Counted = _counting_store(reads)

    def meeting(n: int, actors: tuple[str, ...], day: int, days: int) -> Event:
        start = _DAY0 + dt.timedelta(days=day)
        return Event(id=f"m{n}", when=DateSpan(start, start + dt.timedelta(days=days - 1)), kind="meeting",
                     summary="s", actors=actors, sources=(Source(f"a{n}", (0, 5)),))

    evs = [meeting(n, (f"p{n % 8}", "russia"), n, 1) for n in range(730)]
    evs += [meeting(1000 + day, ("russia",), day, 182) for day in (100, 300, 500)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    tiebreak = lambda k: content_digest(k.ref)  # noqa: E731
    expected = merge.group(keys, tiebreak)
    assert [[k.ref.id for k in g] for g in expected if len(g) > 1] == [
        ["m100", "m1100"], ["m300", "m1300"], ["m500", "m1500"]]
    assert sweep.group(keys, tiebreak, store=Counted, chunk_size=8) == expected
    assert sum(reads) <= 3 * 8  # a chunk each
    keys.append(MergeKey.of(meeting(2000, ("usa",), 200, 182), GENERIC))
    reads[:] = []
    assert sweep.group(keys, tiebreak, store=Counted, chunk_size=8) == merge.group(keys, tiebreak)
    assert sum(reads) <= 3 * 8


def test_a_since_report_reads_back_only_the_chunks_that_may_hold_leaders_of_its_first_day() -> None:
    # a one-day meeting every day for 200 days, of eight people in turn (leaders of the first class,
    # in chunks of four), then meetings "since" days 50 and 53 (a later class) of that day's person:
    # each fits only the leader that starts its first day, so it reads back the chunk that holds it,
    # not the whole bucket (31 leaders until the tenth round of issue 18)
    reads: list[int] = []
    Counted = _counting_store(reads)

    def meeting(n: int, day: int, days: int, basis: WhenBasis = WhenBasis.STATED) -> Event:
        start = _DAY0 + dt.timedelta(days=day)
        return Event(id=f"m{n}", when=DateSpan(start, start + dt.timedelta(days=days - 1)), kind="meeting",
                     summary="s", actors=(f"p{day % 8}",), sources=(Source(f"a{n}", (0, 5)),),
                     when_basis=basis)

    evs = [meeting(n, n, 1) for n in range(200)]
    evs += [meeting(1000 + day, day, 10, WhenBasis.SINCE) for day in (50, 53)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    tiebreak = lambda k: content_digest(k.ref)  # noqa: E731
    expected = merge.group(keys, tiebreak)
    assert [[k.ref.id for k in g] for g in expected if len(g) > 1] == [["m50", "m1050"], ["m53", "m1053"]]
    assert sweep.group(keys, tiebreak, store=Counted, chunk_size=4) == expected
    assert 0 < sum(reads) <= 8  # a chunk or two of four


def test_the_sweep_stores_no_leader_that_nothing_fits_and_reads_only_named_ones_for_undated() -> None:
    # one-day meetings ten days apart: naming nobody (no actor, no channel: no report can fit them), naming
    # only Russia (generic: no person), naming Lavrov; then two-day meetings of Lavrov (a later class)
    # and undated ones. The first never reach the store; the undated reports read only Lavrov's
    written: list[sweep.Leader] = []
    named_reads: list[sweep.Leader] = []

    class Counted(sweep.MemoryStore):
        def write(self, bucket: int, chunk: list[sweep.Leader]) -> None:
            written.extend(chunk)
            super().write(bucket, chunk)

        def read_named(self, bucket: int, chunk: int) -> list[sweep.Leader]:
            got = super().read_named(bucket, chunk)
            named_reads.extend(got)
            return got

    def meeting(n: int, day: int | None, days: int, actors: tuple[str, ...]) -> Event:
        start = _DAY0 + dt.timedelta(days=day or 0)
        when = None if day is None else DateSpan(start, start + dt.timedelta(days=days - 1))
        return Event(id=f"m{n}", when=when, kind="meeting", summary="s", actors=actors,
                     sources=(Source(f"a{n}", (0, 5)),), when_basis="undated" if day is None else "stated")

    evs = [meeting(3 * n + j, 10 * n, 1, actors) for n in range(60)
           for j, actors in enumerate([(), ("russia",), ("lavrov",)])]
    evs += [meeting(200 + n, 10 * n + 2, 2, ("lavrov",)) for n in range(0, 60, 10)]
    evs += [meeting(300 + n, None, 1, ("lavrov",)) for n in range(3)]
    keys = [MergeKey.of(e, GENERIC) for e in evs]
    got = sweep.group(keys, lambda k: content_digest(k.ref), store=Counted, chunk_size=4)
    assert got == merge.group(keys, lambda k: content_digest(k.ref))
    assert all(k.actors for _, k in written) and len(written) == 120  # Russia's and Lavrov's, once each
    assert {k.actors for _, k in named_reads} == {("lavrov",)}


@settings(max_examples=200, deadline=None)
@given(reports())
def test_every_report_fits_the_leader_of_its_group(evs: list[Event]) -> None:
    keys = [MergeKey.of(e, GENERIC) for e in set(evs)]
    for group in merge.group(keys, lambda k: content_digest(k.ref)):
        leader, *members = group
        assert not any(k.kb for k in members)  # a knowledge-base entry always leads its own group
        assert all(same_event(leader, k) for k in members)
        assert all(compatible_keys(a.place, b.place) for a in group for b in group)  # every two
        assert len({k.family for k in group}) == 1


def test_timeline_takes_the_columnar_path_above_its_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = st.default_timeline()
    assert sum(len(e.records) or 1 for e in plain) <= timeline.COLUMNAR_ABOVE  # the seeds: the rule
    calls: list[int] = []
    fast = columnar.merge

    def counted(events: object, generic: object = ()) -> list[Event]:
        calls.append(1)
        return fast(events, generic)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline.columnar, "merge", counted)
    monkeypatch.setattr(timeline, "COLUMNAR_ABOVE", 10)
    fast_tl = st.default_timeline()
    assert calls
    assert _written(list(fast_tl)) == _written(list(plain))


def _said(i: int, day: str, ref: str, basis: WhenBasis = WhenBasis.STATED, actor: str = "lavrov") -> Event:
    return Event(id=f"r{i}", when=DateSpan.day(D(day)), kind="statement", summary="s", actors=(actor,),
                 sources=(Source(ref, (0, 5)),), when_basis=basis)


def test_the_narrowest_precise_date_wins_and_the_others_are_kept() -> None:
    a = _said(1, "2021-03-02", "a1")
    b = Event(id="r2", when=DateSpan(D("2021-03-01"), D("2021-03-31")), kind="statement", summary="s",
              actors=("lavrov",), sources=(Source("a2", (0, 5)),))
    c = _said(3, "2021-03-05", "a3")
    (e,) = merge.merge([b, a, c], GENERIC)
    assert e.when == DateSpan.day(D("2021-03-02")) and e.when_basis is WhenBasis.STATED
    assert e.other_dates == (DateSpan.day(D("2021-03-05")),)  # the month overlaps: no disagreement
    assert e.certainty == "uncertain" and "sources disagree on the date: also 2021-03-05" in e.note
    assert [r.id for r in e.records] == ["r2", "r1", "r3"]  # in timeline order


def test_a_knowledge_base_entry_leads_and_gives_its_kind() -> None:
    kb = Event(id="kb", when=DateSpan.day(D("2021-03-02")), kind="interview", summary="known",
               actors=("lavrov",), sources=(Source("tass.com", title="T"),), certainty="confirmed")
    art = _said(1, "2021-03-02", "a1")
    (e,) = merge.merge([art, kb], GENERIC)
    assert (e.id, e.kind.value, e.summary, e.certainty.value) == ("kb", "interview", "known", "confirmed")
    assert [s.ref for s in e.sources] == ["tass.com", "a1"]  # references before articles


def test_the_same_report_twice_counts_once_and_merging_again_changes_nothing() -> None:
    a, b = _said(1, "2021-03-02", "a1"), _said(2, "2021-03-03", "a2")
    once = merge_events([a, b, a], GENERIC)
    assert [len(e.records) for e in once] == [2]
    assert merge_events(once, GENERIC) == once
    assert Timeline(events=[a, b]) == Timeline(events=once)


def test_a_dated_leader_is_nearer_than_an_undated_one() -> None:
    # an undated knowledge-base entry naming Lavrov leads first; a report naming only Russia leads the
    # day's group; a report of that day naming Lavrov and Russia fits both, and joins the day's group:
    # an undated leader is the farthest (merge.FAR), however early it was made
    kb = Event(id="kb", when=None, kind="statement", summary="known", actors=("lavrov",),
               sources=(Source("tass.com", title="T"),), certainty="confirmed", when_basis=WhenBasis.UNDATED)
    day = DateSpan.day(D("2021-03-02"))
    russia = Event(id="e1", when=day, kind="statement", summary="s", actors=("russia",),
                   sources=(Source("a1", (0, 5), quote="q"),), when_basis=WhenBasis.STATED)
    both = Event(id="e2", when=day, kind="statement", summary="s", actors=("lavrov", "russia"),
                 sources=(Source("a2", (0, 5), quote="q"),), when_basis=WhenBasis.STATED)
    for merged in (merge.merge, columnar.merge):
        events = merged([kb, russia, both], GENERIC)
        assert sorted([r.id for r in e.records] for e in events) == [[], ["e1", "e2"]]


# -- the fifteenth round: what an article's coder kept apart stays apart (merge17) ---------------------------

def _lavrov_key(id: str, when: DateSpan, basis: WhenBasis, channel: str | None = None) -> MergeKey:
    return MergeKey(id, False, when, basis, EventKind.STATEMENT, channel, ("lavrov",), frozenset({"lavrov"}),
                    None, speakers=frozenset({"lavrov"}))


def test_statements_of_one_speaker_kept_apart_in_their_article_stay_apart() -> None:
    day = DateSpan(D("2019-03-05"), D("2019-03-05"))
    window = DateSpan(D("2019-02-03"), D("2019-03-05"))
    speech = _lavrov_key("a@0", day, WhenBasis.STATED)
    earlier = _lavrov_key("a@134", window, WhenBasis.ON_OR_BEFORE_PUBLICATION)
    assert merge.judge(speech, earlier) == (False, "kept-apart")
    # the same words in another article's report are the same statement as before
    other = _lavrov_key("b@40", window, WhenBasis.ON_OR_BEFORE_PUBLICATION)
    assert merge.judge(speech, other) == (True, "overlap")
    # two precisely dated statements of one day in one article are one speech, as before
    assert same_event(speech, _lavrov_key("a@300", day, WhenBasis.STATED))
    # and one about another channel is the speech's, as before (the coder dated it by the speech)
    on_a_channel = _lavrov_key("a@200", window, WhenBasis.ON_OR_BEFORE_PUBLICATION, "idlib-ceasefire")
    assert same_event(speech, on_a_channel)


@pytest.mark.parametrize("chunk_size", [1, 2, 128])
def test_the_sweep_keeps_apart_what_an_article_s_coder_kept_apart(chunk_size: int) -> None:
    # the sweep reads leaders back from its store with their ids (the article is the id's part before «@»)
    day = DateSpan(D("2019-03-05"), D("2019-03-05"))
    evs = [Event(id=id, when=when, kind="statement", summary="s", actors=("lavrov",),
                 source_actors=("lavrov",), sources=(Source(id.partition("@")[0], (n, n + 5)),),
                 when_basis=basis)
           for n, (id, when, basis) in enumerate([
               ("a@0", day, WhenBasis.STATED),
               ("a@134", DateSpan(D("2019-02-03"), D("2019-03-05")), WhenBasis.ON_OR_BEFORE_PUBLICATION),
               ("b@40", DateSpan(D("2019-02-04"), D("2019-03-05")), WhenBasis.ON_OR_BEFORE_PUBLICATION),
               ("c@7", DateSpan(D("2019-03-20"), D("2019-03-20")), WhenBasis.STATED)])]
    _swept_alike(evs, chunk_size)
    assert len(merge.merge(evs, GENERIC)) == 3  # a@0 with b@40; a@134 apart; c@7 (another day) apart


# -- the seventeenth round: one article's two precise days are two happenings (split18) --------------------

def _met(id: str, day: str) -> Event:
    article, _, at = id.partition("@")
    return Event(id=id, when=DateSpan.day(D(day)), kind="meeting", summary="m", actors=("lavrov", "pedersen"),
                 sources=(Source(article, (int(at), int(at) + 5)),), when_basis=WhenBasis.STATED)


def test_one_article_s_meetings_days_apart_stay_apart_and_other_articles_still_bridge_them() -> None:
    today, sunday = _met("a@0", "2019-03-06"), _met("a@90", "2019-03-03")
    yesterday = _met("a@200", "2019-03-05")
    key = lambda e: MergeKey.of(e, GENERIC)  # noqa: E731
    assert merge.judge(key(today), key(sunday)) == (False, "dated-apart")
    assert merge.judge(key(today), key(yesterday)) == (True, "near")  # a day apart: one night's, «أمس»
    # another article giving Sunday for today's meeting disagrees on the date: the "near" rule as before
    assert merge.judge(key(today), key(_met("b@0", "2019-03-03"))) == (True, "near")
    for merged in (merge.merge, columnar.merge):
        assert sorted(len(e.records or (e,)) for e in merged([today, sunday, yesterday], GENERIC)) == [1, 2]


@pytest.mark.parametrize("chunk_size", [1, 2, 128])
def test_the_sweep_keeps_one_article_s_days_apart(chunk_size: int) -> None:
    evs = [_met("a@0", "2019-03-06"), _met("a@90", "2019-03-03"), _met("b@7", "2019-03-04")]
    _swept_alike(evs, chunk_size)


# -- the nineteenth round: one article's strikes by two means are two strikes (merge21) ---------------------

def _struck(id: str, mode: str | None) -> Event:
    article, _, at = id.partition("@")
    return Event(id=id, when=DateSpan.day(D("2019-05-12")), kind="strike", mode=mode, summary="s",
                 actors=("turkey",), source_actors=("turkey",),
                 sources=(Source(article, (int(at), int(at) + 5)),), when_basis=WhenBasis.STATED)


def test_one_article_s_shelling_and_air_raid_stay_two_and_other_articles_still_join_them() -> None:
    key = lambda e: MergeKey.of(e, GENERIC)  # noqa: E731
    shelled, raided = _struck("a@0", "shelling"), _struck("a@90", "aerial")
    assert merge.judge(key(shelled), key(raided)) == (False, "moded-apart")
    # a missile and an air raid may be one strike told twice (missiles fired by aircraft)
    assert merge.judge(key(raided), key(_struck("a@200", "missile"))) == (True, "overlap")
    # a strike whose means is not told fits either, as before
    assert merge.judge(key(shelled), key(_struck("a@300", None))) == (True, "overlap")
    # another article naming the means otherwise is left to the other rules
    assert merge.judge(key(shelled), key(_struck("b@0", "aerial"))) == (True, "overlap")
    # only a strike's means counts (merge.mode_of): a statement's «announce» is no means
    said = Event(id="a@400", when=shelled.when, kind="statement", mode="announce", summary="s",
                 actors=("turkey",), sources=(Source("a", (400, 405)),), when_basis=WhenBasis.STATED)
    assert merge.mode_of(said) is None and merge.mode_of(shelled) == "shelling"
    for merged in (merge.merge, columnar.merge):
        assert sorted(len(e.records or (e,)) for e in merged([shelled, raided, _struck("b@0", "aerial")],
                                                            GENERIC)) == [1, 2]


@pytest.mark.parametrize("chunk_size", [1, 2, 128])
def test_the_sweep_keeps_one_article_s_strikes_by_two_means_apart(chunk_size: int) -> None:
    evs = [_struck("a@0", "shelling"), _struck("a@90", "aerial"), _struck("b@7", "aerial")]
    _swept_alike(evs, chunk_size)


# -- the thirty-third round: a report that tells its article's happening again (retell52) ----------------

_RAIDS_DAY = DateSpan.day(D("2024-03-05"))
_RAIDS_WINDOW = DateSpan(D("2024-02-05"), D("2024-03-06"))


def _raid(id: str, actors: tuple[str, ...], when: DateSpan, basis: WhenBasis, where: Where | None) -> Event:
    article, _, at = id.partition("@")
    return Event(id=id, when=when, kind="strike", summary="s", actors=actors, source_actors=actors,
                 sources=(Source(article, (int(at), int(at) + 5)),), when_basis=basis, where=where)


#: (the later report: actors, dated by the publication window or not, place; the reason judge gives)
_RETOLD_ROWS: list[tuple[tuple[str, ...], bool, Where | None, str]] = [
    # no actor, no date of its own, no place: the lead's raids told again («قال المرصد إن الغارات دمرت منازل»)
    ((), True, None, "told-again"),
    # placed at the lead's town or wider (its governorate, the country): told again too
    ((), True, _WHERES[4], "told-again"),
    ((), True, _WHERES[3], "told-again"),
    ((), True, _WHERES[7], "told-again"),
    # placed at another town, or narrower than a lead placed at its governorate: a second strike there
    ((), True, _WHERES[5], "places"),
    # a date of its own («الأسبوع الماضي», the same day written): left to the other rules
    ((), False, None, "overlap-nobody"),
    # an actor the lead does not name: another strike
    (("usa",), True, None, "overlap-nobody"),
]


@pytest.mark.parametrize(("actors", "windowed", "where", "reason"), _RETOLD_ROWS)
def test_a_report_that_tells_its_article_s_happening_again_joins_it(
        actors: tuple[str, ...], windowed: bool, where: Where | None, reason: str) -> None:
    lead = _raid("a@0", ("russia",), _RAIDS_DAY, WhenBasis.STATED, _WHERES[4])
    later = _raid("a@90", actors, _RAIDS_WINDOW if windowed else _RAIDS_DAY,
                  WhenBasis.ON_OR_BEFORE_PUBLICATION if windowed else WhenBasis.STATED, where)
    key = lambda e: MergeKey.of(e, GENERIC)  # noqa: E731
    assert merge.judge(key(lead), key(later))[1] == reason
    assert merge.judge(key(later), key(lead))[1] == reason
    for merged in (merge.merge, columnar.merge):
        assert len(merged([lead, later], GENERIC)) == (1 if reason == "told-again" else 2)
    # another article's report, whatever it names, is left to the other rules
    elsewhere = _raid("b@90", actors, later.when, later.when_basis, where)  # type: ignore[arg-type]
    assert merge.judge(key(lead), key(elsewhere))[1] != "told-again"


def test_a_lead_placed_at_its_governorate_keeps_a_village_s_report_apart() -> None:
    # the lead's raids on the governorate, then an unnamed clash at one of its towns (1292: a second fighting)
    lead = _raid("a@0", ("russia",), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, _WHERES[3])
    town = _raid("a@90", (), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, _WHERES[4])
    assert not same_event(MergeKey.of(lead, GENERIC), MergeKey.of(town, GENERIC))
    # the lead itself unnamed and told only by the window, and a named report at its town: the lead is
    # wider, so it may tell the town's raids again
    assert same_event(MergeKey.of(town, GENERIC), MergeKey.of(
        _raid("a@200", ("russia",), _RAIDS_DAY, WhenBasis.STATED, _WHERES[4]), GENERIC))


@pytest.mark.parametrize("chunk_size", [1, 2, 128])
def test_the_sweep_joins_a_report_told_again_as_the_rule(chunk_size: int) -> None:
    evs = [_raid("a@0", ("russia",), _RAIDS_DAY, WhenBasis.STATED, _WHERES[4]),
           _raid("a@90", (), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, None),
           _raid("a@200", (), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, _WHERES[5]),
           _raid("b@7", (), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, None),
           _raid("c@7", (), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, None),
           _raid("c@70", ("usa",), _RAIDS_WINDOW, WhenBasis.ON_OR_BEFORE_PUBLICATION, _WHERES[6])]
    _swept_alike(evs, chunk_size)
    # c@7 tells c@70 again; a@90 could tell a@0's raids at Saraqib or a@200's at Ariha again: which one is
    # not known, so it stands alone (a report dated by the window joins only the one leader it fits)
    assert sorted(len(e.records or (e,)) for e in merge.merge(evs, GENERIC)) == [1, 1, 1, 1, 2]
    without_ariha = [e for e in evs if e.id != "a@200"]
    _swept_alike(without_ariha, chunk_size)
    assert sorted(len(e.records or (e,)) for e in merge.merge(without_ariha, GENERIC)) == [1, 2, 2]


_RAIDS_LEAD = "قتل خمسة مدنيين أمس جراء غارات جوية روسية على مدينة سراقب.\n"


@pytest.mark.parametrize(("later", "strikes"), [
    # a speech telling the lead's raids again, with no doer, date or place of its own: one strike
    ("وقال المرصد إن الغارات دمرت منازل.", 1),
    ("وقال المرصد إن الغارات دمرت منازل في محافظة إدلب.", 1),  # placed wider: its governorate
    # a place of its own (another town, a village), a date of its own, a doer of its own: a second strike
    ("وقال المرصد إن الغارات دمرت منازل في مدينة أريحا.", 2),
    ("وقال المرصد إن الغارات دمرت منازل في قرية كفرعويد.", 2),
    ("وقال المرصد إن غارات سابقة دمرت منازل الأسبوع الماضي.", 2),
    ("وقال المرصد إن الطائرات التركية قصفت منازل.", 2),
])
def test_a_speech_telling_the_lead_s_strike_again_is_no_second_strike(later: str, strikes: int) -> None:
    article = st.Article.build("t", _RAIDS_LEAD + later, published=dt.date(2024, 3, 6))
    found = [e for e in st.Timeline.from_articles([article], knowledge=False) if e.kind.value == "strike"]
    assert len(found) == strikes, [(e.actors, e.when, e.where) for e in found]
    if strikes == 1:  # the speech's words are the strike's evidence too, its date the lead's
        (strike,) = found
        assert len(strike.records) == 2 and str(strike.when) == "2024-03-05"
        assert strike.where is not None and strike.where.location_ar == "مدينة سراقب"


# -- the thirty-fourth round: one happening read twice from one clause (retell54) -----------------------

def _read(id: str, kind: str, actors: tuple[str, ...], when: DateSpan, basis: WhenBasis) -> Event:
    article, _, at = id.partition("@")
    start = int(at.partition(".")[0])
    return Event(id=id, when=when, kind=kind, summary="s", actors=actors, source_actors=actors[:1],
                 sources=(Source(article, (start, start + 5)),), when_basis=basis)


_DAY, _WINDOW = WhenBasis.STATED, WhenBasis.ON_OR_BEFORE_PUBLICATION

#: (kind, the first report's actors, the second's id, actors and basis; the reason judge gives). The first
#: is «a@0», precisely dated; a clause's n-th report is «a@0.n».
_ONE_CLAUSE_ROWS: list[tuple[str, tuple[str, ...], str, tuple[str, ...], WhenBasis, str]] = [
    # «أحكم الجيش السوري سيطرته على يبرود»: the army and its state read as two doers, one capture
    ("capture", ("russia",), "a@0.2", ("usa",), _DAY, "one-clause"),
    # «أرسلت القوات الروسية تعزيزات إلى مناطق سيطرة قسد والجيش السوري»: the areas' holders read as doers
    ("deployment", ("russia",), "a@0.2", ("assad",), _WINDOW, "one-clause"),
    ("deployment", ("putin",), "a@0.2", ("assad",), _DAY, "one-clause"),
    ("patrol", ("putin",), "a@0.2", ("assad",), _DAY, "one-clause"),
    # the same in the next clause, or in another article: two, as before
    ("capture", ("russia",), "a@90", ("usa",), _DAY, "overlap-nobody"),
    ("deployment", ("putin",), "b@0.2", ("assad",), _DAY, "people"),
    # a town taken on another day the clause gives: two happenings (one article's days apart)
    ("capture", ("russia",), "a@0.2", ("usa",), WhenBasis.NAMED, "dated-apart"),
    # strikes and agreements of one clause may be two doers' («رداً على قصف نفذه جيش الإسلام», «ثم وافق
    # فيلق الرحمن على اتفاق مماثل»); a visit and the host met during it are two meetings in some files
    # (626): left to the other rules
    ("strike", ("russia",), "a@0.2", ("usa",), _DAY, "overlap-nobody"),
    ("agreement", ("putin",), "a@0.2", ("assad",), _DAY, "people"),
    ("meeting", ("putin",), "a@0.2", ("assad",), _DAY, "people"),
]


@pytest.mark.parametrize(("kind", "first", "id", "second", "basis", "reason"), _ONE_CLAUSE_ROWS)
def test_one_clause_s_reports_of_one_happening_are_one_event(
        kind: str, first: tuple[str, ...], id: str, second: tuple[str, ...], basis: WhenBasis,
        reason: str) -> None:
    lead = _read("a@0", kind, first, _RAIDS_DAY, _DAY)
    when = {_DAY: _RAIDS_DAY, _WINDOW: _RAIDS_WINDOW}.get(basis, DateSpan.day(D("2024-02-20")))
    later = _read(id, kind, second, when, _DAY if basis is WhenBasis.NAMED else basis)
    key = lambda e: MergeKey.of(e, GENERIC)  # noqa: E731
    assert merge.judge(key(lead), key(later))[1] == reason
    assert merge.judge(key(later), key(lead))[1] == reason
    for merged in (merge.merge, columnar.merge):
        assert len(merged([lead, later], GENERIC)) == (1 if reason == "one-clause" else 2)
    for chunk_size in (1, 128):
        _swept_alike([lead, later], chunk_size)


def test_the_merged_event_names_the_one_clause_rule() -> None:
    sent = _read("a@0", "deployment", ("putin",), _RAIDS_DAY, _DAY)
    held = _read("a@0.2", "deployment", ("assad",), _RAIDS_WINDOW, _WINDOW)
    assert merge.clause_of(MergeKey.of(held, GENERIC)) == merge.clause_of(MergeKey.of(sent, GENERIC)) == "a@0"
    (event,) = merge.merge([sent, held], GENERIC)
    assert event.actors == ("putin", "assad") and str(event.when) == "2024-03-05"
    assert merge.REASONS["one-clause"] in str(st.Timeline([sent, held]).explain(event.id))


@pytest.mark.parametrize(("text", "kind", "events"), [
    # the areas' holders read as doers of a second deployment, the army and its state of a second capture:
    # one each (two on main)
    ("أرسلت القوات الروسية تعزيزات عسكرية إلى مناطق سيطرة قوات سوريا الديمقراطية والجيش السوري في تل "
     "رفعت.", "deployment", 1),
    ("أحكم الجيش السوري اليوم الأحد سيطرته على مدينة يبرود في القلمون بريف دمشق الشمالي.", "capture", 1),
    # two towns taken, told in two sentences: two
    ("سيطر الجيش السوري اليوم على مدينة يبرود. وسيطرت قوات سوريا الديمقراطية أمس على مدينة الرقة.",
     "capture", 2),
])
def test_one_clause_s_doer_named_twice_is_one_happening(text: str, kind: str, events: int) -> None:
    article = st.Article.build("t", text, published=dt.date(2020, 9, 21))
    found = [e for e in st.Timeline.from_articles([article], knowledge=False) if e.kind.value == kind]
    assert len(found) == events, [(e.id, e.actors, e.when) for e in found]
    if events == 1:
        assert len(found[0].records) == 2
