"""Terminal rendering with rich: timelines, channel states, channel histories and mentions.

This module, :mod:`syrtimeline.cli` and :mod:`syrtimeline.progress` (the progress bars) are the ones
that import rich; ``import syrtimeline`` does not load it. Every function draws on a
:class:`rich.console.Console` it is given, so the same code writes colour to a terminal, plain text to
a pipe and a fixed-width snapshot in the tests (:func:`make_console`).

Colours are given per channel (in the order of the channel ids) and per event kind, and a legend
says which is which. Nothing relies on colour alone: kinds and channel ids are written out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Final

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .channels import ChannelState
from .dates import MentionKind
from .events.model import EventKind, WhenBasis
from .export import date_label

if TYPE_CHECKING:
    from .channels import ChannelHistory, Status
    from .dates import Mention
    from .events import Event, Timeline
    from .places import PlaceMention

__all__ = [
    "KIND_STYLES",
    "STATE_STYLES",
    "channel_styles",
    "make_console",
    "render_channel_history",
    "render_channels",
    "render_mentions",
    "render_places",
    "render_timeline",
]

#: Colour per event kind (every kind has one: a test checks).
KIND_STYLES: Final[Mapping[EventKind, str]] = {
    EventKind.STATEMENT: "cyan",
    EventKind.INTERVIEW: "cyan",
    EventKind.MEETING: "bright_blue",
    EventKind.AGREEMENT: "bold green",
    EventKind.SUSPENSION: "bold red",
    EventKind.RESUMPTION: "green",
    EventKind.CONTACT: "blue",
    EventKind.INCIDENT: "red",
    EventKind.PATROL: "yellow",
    EventKind.NEGOTIATION_ROUND: "magenta",
    EventKind.PROPOSAL: "bright_cyan",
    EventKind.END: "bold bright_red",
    EventKind.CALL: "bright_blue",
    EventKind.STRIKE: "bold red",
    EventKind.CLASH: "red",
    EventKind.ATTACK: "red",
    EventKind.CEASEFIRE: "bold green",
    EventKind.WITHDRAWAL: "yellow",
    EventKind.DEPLOYMENT: "yellow",
    EventKind.ARREST: "magenta",
    EventKind.PROTEST: "bright_magenta",
    EventKind.CAPTURE: "bold yellow",
}

#: Colour per channel state (every state has one: a test checks).
STATE_STYLES: Final[Mapping[ChannelState, str]] = {
    ChannelState.UNKNOWN: "dim",
    ChannelState.PROPOSED: "cyan",
    ChannelState.ACTIVE: "bold green",
    ChannelState.SUSPENDED: "bold red",
    ChannelState.ENDED: "bright_black",
}

_CHANNEL_PALETTE: Final = ("bright_magenta", "bright_green", "bright_yellow", "orange3", "deep_sky_blue1",
                           "plum2", "spring_green2", "gold3", "hot_pink", "turquoise2")
_MENTION_STYLES: Final[dict[MentionKind, str]] = {
    MentionKind.DATE: "black on bright_yellow", MentionKind.RANGE: "black on bright_green",
    MentionKind.DURATION: "black on bright_cyan", MentionKind.SET: "black on plum2",
    MentionKind.VAGUE: "black on grey70", MentionKind.INVALID: "white on red",
}
NARROW: Final = 72  # below this width the timeline is a list, not a table


class _Console(Console):
    """A console whose broken pipe (``syrtimeline | head``) is a BrokenPipeError for the caller to end
    quietly, instead of rich's SystemExit(1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def make_console(file: IO[str] | None = None, *, no_color: bool = False, width: int | None = None,
                 stderr: bool = False, force_terminal: bool | None = None) -> Console:
    """A console that honours ``NO_COLOR`` and *no_color*, and writes plain text (no colour, no
    cursor moves) when its file is not a terminal. *width* fixes the width (default: the terminal's,
    or ``COLUMNS``, or 100 when not a terminal)."""
    no_color = no_color or os.environ.get("NO_COLOR", "") != ""
    console = _Console(file=file, stderr=stderr, no_color=no_color, width=width, highlight=False,
                      emoji=False, soft_wrap=False, force_terminal=force_terminal,
                      color_system=None if no_color else "auto")
    if width is None and not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 100
    return console


def channel_styles(channel_ids: Iterable[str]) -> dict[str, str]:
    """A colour for each channel id, stable for a given set of ids."""
    return {cid: _CHANNEL_PALETTE[i % len(_CHANNEL_PALETTE)] for i, cid in enumerate(sorted(channel_ids))}


# -- timeline ---------------------------------------------------------------------------------------
def _sources_text(e: Event) -> Text:
    """The sources, one citation per reference: "ref: title", or "article (published) @offsets"."""
    order: list[str] = []
    labels: dict[str, str] = {}
    offsets: dict[str, list[int]] = {}
    for s in e.sources:
        if s.ref not in labels:
            order.append(s.ref)
            label = s.ref
            if s.span is None and s.title and s.title != s.ref:
                label += f": {s.title}"
            if s.published is not None:
                label += f" ({s.published.isoformat()})"
            labels[s.ref] = label
            offsets[s.ref] = []
        if s.span is not None:
            offsets[s.ref].append(s.span[0])
    cites = []
    for ref in order:
        at = offsets[ref]
        cites.append(labels[ref] + (" @" + ",".join(str(o) for o in sorted(set(at))) if at else ""))
    return Text("— " + "; ".join(cites), style="dim italic")


def _event_cell(e: Event, channel_style: dict[str, str], show_channel: bool) -> Group:
    head = Text()
    if show_channel and e.channel:
        head.append(f"[{e.channel}] ", style=channel_style.get(e.channel, "bold"))
    head.append(e.summary)
    if e.certainty.value == "uncertain":
        head.append("  (uncertain)", style="yellow")
    parts: list[Text] = [head]
    if e.where is not None:
        parts.append(Text(f"at {e.where.label()}", style="cyan"))
    if e.quote_ar:
        parts.append(Text(f"«{e.quote_ar}»", style="italic"))
    if e.other_dates:
        parts.append(Text("sources disagree: also " + ", ".join(str(d) for d in e.other_dates),
                          style="bold yellow"))
    if e.sources:
        parts.append(_sources_text(e))
    return Group(*parts)


def _legend(events: Sequence[Event], timeline: Timeline, channel_style: dict[str, str]) -> Table:
    kinds = sorted({e.kind for e in events})
    channels = sorted({e.channel for e in events if e.channel})
    legend = Table(box=None, show_header=False, padding=(0, 1), title="Legend", title_justify="left",
                   title_style="bold")
    legend.add_column(no_wrap=True)
    legend.add_column()
    kind_text = Text()
    for i, k in enumerate(kinds):
        if i:
            kind_text.append("  ")
        kind_text.append("■ ", style=KIND_STYLES[k])
        kind_text.append(k.value)
    legend.add_row("kinds", kind_text)
    for cid in channels:
        ch = timeline.channels.get(cid)
        legend.add_row(Text(cid, style=channel_style.get(cid, "")), ch.name if ch else "")
    legend.add_row("dates", "≤ on or before publication · ≥ on or after · 2021-11 a month · "
                            "(early/mid/late) part of it")
    return legend


def _month_key(e: Event) -> tuple[int, int] | None:
    """The (year, month) heading an event goes under; month 0 for a year or several months."""
    w = e.when
    if w is None:
        return None
    if e.when_basis is WhenBasis.ON_OR_BEFORE_PUBLICATION:
        return (w.end.year, w.end.month)
    if (w.start.year, w.start.month) == (w.end.year, w.end.month) or w.days <= 7:
        return (w.start.year, w.start.month)
    return (w.start.year, 0)


def render_timeline(console: Console, timeline: Timeline, events: Sequence[Event] | None = None, *,
                    title: str | None = None, legend: bool = True) -> None:
    """The events grouped by year and month: date, kind, and the summary with channel, Arabic quote
    and sources. A table on wide consoles, a list on narrow ones (< ``NARROW`` columns)."""
    evs = list(timeline if events is None else events)
    styles = channel_styles(timeline.channels or {e.channel for e in evs if e.channel})
    narrow = console.width < NARROW
    if title:
        console.print(Text(title, style="bold"))
    if not evs:
        console.print("no events match")
        return
    date_width = max(len(date_label(e)) for e in evs)
    kind_width = max(len(e.kind.value) for e in evs)
    groups: dict[tuple[int, int] | None, list[Event]] = {}
    for e in evs:
        groups.setdefault(_month_key(e), []).append(e)
    year: int | None = None
    for key in sorted(groups, key=lambda k: (1, 0, 0) if k is None else (0, *k)):
        members = groups[key]
        if key is not None and key[0] != year:
            year = key[0]
            console.print(Rule(Text(str(year), style="bold"), align="left"))
        if key is None:
            heading = "Undated"
            console.print(Rule(Text(heading, style="bold"), align="left"))
        elif key[1] == 0:
            heading = f"{key[0]}, not within one month"
        else:
            heading = f"{calendar.month_name[key[1]]} {key[0]}"
        if narrow:
            if key is not None:
                console.print(Text(heading, style="bold underline"))
            for e in members:
                line = Text()
                line.append(date_label(e), style="bold")
                line.append("  ")
                line.append(e.kind.value, style=KIND_STYLES[e.kind])
                console.print(line)
                console.print(Padding(_event_cell(e, styles, True), (0, 0, 0, 2)))
            continue
        table = Table(box=None, show_header=False, title=heading if key else None, title_justify="left",
                      title_style="bold", expand=False, pad_edge=False, padding=(0, 2, 0, 0))
        table.add_column("date", no_wrap=True, style="bold", min_width=date_width)
        table.add_column("kind", no_wrap=True, min_width=kind_width)
        table.add_column("event", ratio=1)
        for e in members:
            table.add_row(date_label(e), Text(e.kind.value, style=KIND_STYLES[e.kind]),
                          _event_cell(e, styles, True))
        console.print(table)
    if legend:
        console.print()
        console.print(_legend(evs, timeline, styles))


# -- channels ---------------------------------------------------------------------------------------
def _state(state: ChannelState, uncertain: bool = False) -> Text:
    return Text(state.value + (" ?" if uncertain else ""), style=STATE_STYLES[state])


def _deciding(e: Event | None) -> Text:
    if e is None:
        return Text("—", style="dim")
    text = Text(e.id, style="bold")
    text.append(f" ({date_label(e)})\n")
    text.append(e.summary)
    return text


def _source(sources: Sequence[object]) -> Text:
    from .events import Source

    refs = []
    for s in sources:
        if isinstance(s, Source):
            label = s.ref
            if label not in refs:
                refs.append(label)
    return Text("\n".join(refs[:3]) + ("\n…" if len(refs) > 3 else ""), style="dim")


def render_channels(console: Console, timeline: Timeline, statuses: Sequence[tuple[str, Status]],
                    on: dt.date) -> None:
    """Each channel's state on *on*, with the deciding event and its sources ("?" marks a state whose
    deciding day is not exactly known)."""
    styles = channel_styles(timeline.channels or [cid for cid, _ in statuses])
    if console.width < NARROW:
        console.print(Text(f"Channel states on {on.isoformat()}", style="bold"))
        for cid, st in statuses:
            head = Text(cid, style=f"bold {styles.get(cid, '')}".strip())
            head.append("  ")
            head.append_text(_state(st.state, st.uncertain))
            if st.since:
                head.append(f" since {st.since.isoformat()}")
            console.print(head)
            body = [_deciding(st.event)] if st.event is not None else []
            if st.sources:
                body.append(Text("sources: " + ", ".join(dict.fromkeys(s.ref for s in st.sources)),
                                 style="dim"))
            if st.findings:
                body.append(Text(f"{len(st.findings)} finding(s) so far", style="yellow"))
            if body:
                console.print(Padding(Group(*body), (0, 0, 0, 2)))
        return
    table = Table(title=f"Channel states on {on.isoformat()}", title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
    id_width = max((len(cid) for cid, _ in statuses), default=12)
    if console.width >= 90:
        table.add_column("channel", style="bold", overflow="fold", width=min(id_width, 26))
    else:
        table.add_column("channel", style="bold", ratio=1, overflow="fold", min_width=12)
    table.add_column("state", no_wrap=True)
    table.add_column("since", no_wrap=True)
    table.add_column("deciding event", ratio=2)
    if console.width >= 100:
        table.add_column("sources", ratio=1, overflow="fold")
    for cid, st in statuses:
        ch = timeline.channels.get(cid)
        name = Text(cid, style=styles.get(cid, ""))
        if ch is not None and console.width >= NARROW:
            name.append(f"\n{ch.name}", style="dim")
        row: list[Text | str] = [name, _state(st.state, st.uncertain),
                                 st.since.isoformat() if st.since else "—", _deciding(st.event)]
        if st.findings:
            row[3] = Text.assemble(row[3], Text(f"\n{len(st.findings)} finding(s) so far", style="yellow"))
        if console.width >= 100:
            row.append(_source(st.sources))
        table.add_row(*row)
    if any(st.uncertain for _, st in statuses):
        table.caption = "? the deciding event's day is not exactly known, and the date falls in its span"
        table.caption_justify = "left"
    console.print(table)


def render_channel_history(console: Console, timeline: Timeline, history: ChannelHistory) -> None:
    """A channel's intervals (state, from, to, deciding event, sources) and its findings."""
    ch = timeline.channels.get(history.channel_id)
    title = history.channel_id + (f" — {ch.name}" if ch else "")
    if console.width < NARROW and history.intervals:
        console.print(Text(title, style="bold"))
        for iv in history.intervals:
            head = _state(iv.state, iv.uncertain)
            head.append(f"  {iv.start.isoformat()} → {iv.end.isoformat() if iv.end else 'now'}")
            console.print(head)
            body = [_deciding(iv.event)]
            if iv.sources:
                body.append(Text("sources: " + ", ".join(dict.fromkeys(s.ref for s in iv.sources)),
                                 style="dim"))
            console.print(Padding(Group(*body), (0, 0, 0, 2)))
        _findings(console, history)
        return
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                  show_edge=False, expand=True, pad_edge=False)
    table.add_column("state", no_wrap=True)
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    table.add_column("deciding event", ratio=2)
    if console.width >= 100:
        table.add_column("sources", ratio=1, overflow="fold")
    for iv in history.intervals:
        row: list[Text | str] = [_state(iv.state, iv.uncertain), iv.start.isoformat(),
                                 iv.end.isoformat() if iv.end else "now", _deciding(iv.event)]
        if iv.evidence:
            row[3] = Text.assemble(row[3], Text(f"\n+{len(iv.evidence)} confirming event(s)", style="dim"))
        if console.width >= 100:
            row.append(_source(iv.sources))
        table.add_row(*row)
    if not history.intervals:
        console.print(Text(f"{title}: no dated event on record", style="bold"))
    else:
        console.print(table)
    _findings(console, history)


def _findings(console: Console, history: ChannelHistory) -> None:
    if history.findings:
        console.print(Text("Findings", style="bold yellow"))
        for f in history.findings:
            line = Text(f"  {f.date.isoformat()}  ", style="bold")
            line.append(f"{f.message} ", style="yellow")
            line.append(f"(state {f.state.value}; event {f.event.id})", style="dim")
            console.print(line)
    if history.undated:
        console.print(Text(f"{len(history.undated)} undated event(s) cannot be placed: "
                           + ", ".join(e.id for e in history.undated), style="dim"))


# -- mentions ---------------------------------------------------------------------------------------
def render_mentions(console: Console, name: str, text: str, mentions: Sequence[Mention],
                    published: dt.date | None, *, show_text: bool = True) -> None:
    """The text with each mention highlighted (and numbered), then a table of the mentions with
    their resolution. Without colour the mentions are marked ⟦…⟧¹ in the text."""
    pub = published.isoformat() if published else "unknown"
    console.print(Rule(Text(f"{name} (published {pub})", style="bold"), align="left"))
    plain = console.no_color or console.color_system is None
    if show_text:
        body = Text()
        pos = 0
        for i, m in enumerate(sorted(mentions, key=lambda m: m.span), 1):
            start, end = m.span
            if start < pos:
                continue
            body.append(text[pos:start])
            if plain:
                body.append(f"⟦{text[start:end]}⟧{i}")
            else:
                body.append(text[start:end], style=_MENTION_STYLES[m.kind])
                body.append(str(i), style="bold dim")
            pos = end
        body.append(text[pos:])
        console.print(body)
        console.print()
    if not mentions:
        console.print("no temporal expressions")
        return
    if console.width < NARROW:
        for i, m in enumerate(sorted(mentions, key=lambda m: m.span), 1):
            head = Text(f"{i}  {m.span[0]}–{m.span[1]}  ")
            head.append(m.kind, style=_MENTION_STYLES[m.kind])
            head.append(f"  {m.text}")
            console.print(head)
            console.print(Padding(_mention_value(m), (0, 0, 0, 3)))
        return
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("span", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("text", ratio=3)
    table.add_column("value", ratio=3, overflow="fold")
    if console.width >= 100:
        table.add_column("rule", ratio=2, overflow="fold")
    for i, m in enumerate(sorted(mentions, key=lambda m: m.span), 1):
        value = _mention_value(m, rule=False)
        row: list[Text | str] = [str(i), f"{m.span[0]}–{m.span[1]}",
                                 Text(m.kind, style=_MENTION_STYLES[m.kind]), m.text, value]
        if console.width >= 100:
            row.append(Text(m.rule or "", style="dim"))
        table.add_row(*row)
    console.print(table)


def _mention_value(m: Mention, rule: bool = True) -> Text:
    """A mention's resolution: the span, then granularity and TIMEX (and the rule), then warnings."""
    if m.value is not None:
        value = Text(str(m.value), style="bold")
        value.append(f"\n{m.value.granularity.value}" + (f", {m.value.mod.value}" if m.value.mod else "")
                     + f" · TIMEX {m.value.timex}", style="dim")
    elif m.reason:
        value = Text(f"unresolved: {m.reason}", style="yellow")
    else:
        value = Text(m.detail or "")
    if rule and m.rule:
        value.append(f"\nrule {m.rule}", style="dim")
    for w in m.warnings:
        value.append(f"\n! {w}", style="yellow")
    return value


# -- places -------------------------------------------------------------------------------------------
def render_places(console: Console, name: str, mentions: Sequence[PlaceMention]) -> None:
    """A table of the place mentions of one text: the words, their offsets, the place (or the
    candidates of an ambiguous name), its governorate, coordinates, precision and frame."""
    console.print(Rule(Text(name, style="bold"), align="left"))
    if not mentions:
        console.print("no places")
        return
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False)
    table.add_column("surface", ratio=2)
    table.add_column("offsets", no_wrap=True)
    table.add_column("place", ratio=3, overflow="fold")
    table.add_column("admin1", ratio=1, overflow="fold")
    table.add_column("lat, lon", no_wrap=True)
    table.add_column("prec.", justify="right", no_wrap=True)
    table.add_column("frame", no_wrap=True)
    for m in mentions:
        if m.place is not None:
            p = m.place
            place = Text(f"{p.name_en}\n", style="bold")
            place.append(f"{p.id} · {p.kind}", style="dim")
            coords = f"{p.latitude:.4f}, {p.longitude:.4f}" if p.latitude is not None and \
                p.longitude is not None else "–"
        else:
            place = Text(f"ambiguous: {len(m.candidates)} candidates", style="yellow")
            for c in m.candidates:
                place.append(f"\n{c.id} {c.name_en}", style="dim")
            coords = "–"
        admin = next((f"{c.admin1_en} / {c.admin1_ar}" for c in m.candidates if c.admin1 == m.admin1), "") \
            if m.admin1 else ""
        frame = m.frame + (f" ({m.direction})" if m.direction else "")
        table.add_row(m.surface, f"{m.start}–{m.end}", place, admin, coords, str(int(m.precision)), frame)
    console.print(table)
