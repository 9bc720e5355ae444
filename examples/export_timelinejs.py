"""Export the timeline for TimelineJS3 (and as CSV, iCalendar and Markdown).

    python examples/export_timelinejs.py [OUTPUT_FOLDER]

Open https://timeline.knightlab.com/ and load timeline.json through TimelineJS's JSON option (or
host it next to the embed code). Month-level events carry no day, so TimelineJS shows them as months.
"""

import json
import sys
import tempfile
from pathlib import Path

import syrtimeline as st
from syrtimeline.export import to_csv, to_ics, to_markdown, to_timelinejs

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="syrtimeline-export-"))
out.mkdir(parents=True, exist_ok=True)

timeline = st.default_timeline()
events = timeline.events(channel="us-ru-air-safety-mou")  # only one channel's story

(out / "timeline.json").write_text(to_timelinejs(timeline, events, title="The US–Russia air-safety "
                                                 "memorandum over Syria"), encoding="utf-8")
(out / "events.csv").write_text(to_csv(timeline, events), encoding="utf-8", newline="")
(out / "events.ics").write_text(to_ics(timeline, events), encoding="utf-8", newline="")
(out / "events.md").write_text(to_markdown(timeline, events), encoding="utf-8")

data = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
print(f"{len(data['events'])} TimelineJS events written to {out / 'timeline.json'}")
for slide in data["events"][:3]:
    print(" ", slide["display_date"], slide["start_date"], slide["text"]["headline"])
