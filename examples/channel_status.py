"""Ask where a deconfliction channel stood on a given day, and why.

    python examples/channel_status.py [CHANNEL_ID] [DATE]
"""

import datetime as dt
import sys

import syrtimeline as st

channel = sys.argv[1] if len(sys.argv) > 1 else "us-ru-air-safety-mou"
days = [dt.date.fromisoformat(sys.argv[2])] if len(sys.argv) > 2 else \
    [dt.date(2017, 4, 20), dt.date(2017, 6, 25), dt.date(2021, 12, 18)]

timeline = st.default_timeline()  # the bundled knowledge base and seed articles
print(timeline.channels[channel].name)
for day in days:
    status = st.channel_status(timeline, channel, on=day)
    line = f"{day}: {status.state.value}"
    if status.event is not None:
        line += f" since {status.since} ({status.event.id}: {status.event.summary})"
        line += " — sources: " + ", ".join(s.ref for s in status.sources)
    if status.uncertain:
        line += " [the deciding event's day is not exactly known]"
    print(line)

history = st.channel_history(timeline, channel)
print("\nIntervals:")
for interval in history.intervals:
    print(f"  {interval.state.value:<10} {interval.start} → {interval.end or 'now'}  ({interval.event.id})")
print("Findings (impossible or suspicious sequences, never smoothed over):")
for finding in history.findings:
    print(f"  {finding.date}: {finding.message} ({finding.event.id})")
