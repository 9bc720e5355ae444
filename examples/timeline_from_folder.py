"""Build a timeline from your own folder of articles.

    python examples/timeline_from_folder.py [FOLDER]

A folder holds one .txt file per article and, optionally, a MANIFEST.toml giving each file's
publication date (without one, syrtimeline reads it from the article's own words when it can).
Without FOLDER this writes a two-article folder to a temporary directory and reads that.
"""

import sys
import tempfile
from pathlib import Path

import syrtimeline as st

ARTICLES = {
    "suspension.txt": "أعلنت وزارة الدفاع الروسية أمس تعليق العمل بمذكرة أمن التحليقات مع الولايات المتحدة "
                      "في الأجواء السورية، بعد إسقاط طائرة سورية قرب الرقة.",
    "interview.txt": "قال السفير الروسي أناتولي أنتونوف في مقابلة يوم الجمعة إن التنسيق العسكري مع واشنطن "
                     "لتفادي الحوادث في سوريا أثبت فعاليته.",
}
MANIFEST = """\
["suspension.txt"]
published = 2017-06-20
outlet = "example"

["interview.txt"]
published = 2021-12-18
outlet = "example"
"""


def sample_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="syrtimeline-articles-"))
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "MANIFEST.toml").write_text(MANIFEST, encoding="utf-8")
    return folder


folder = Path(sys.argv[1]) if len(sys.argv) > 1 else sample_folder()
articles = st.load_corpus(folder)
print(f"{len(articles)} articles from {folder}")

# knowledge=False: only what these articles say; the default merges them with the knowledge base.
timeline = st.Timeline.from_articles(articles, knowledge=False)
for event in timeline:
    when = event.when.timex if event.when else "undated"
    print(f"{when:<12} {event.kind.value:<12} {event.channel or '-':<22} {event.summary}")
    for source in event.sources:
        print(f"{'':12} source: {source.ref} chars {source.span}: {source.quote!r}")

# Merged with the bundled knowledge base, the same reports join the curated events they confirm.
merged = st.Timeline.from_articles(articles)
print(f"with the knowledge base: {len(merged)} events")
