"""Random-document fuzzing of the date engine: run for a few minutes before a release.

    python benchmarks/fuzz_dates.py                  # 5 minutes, seed 17
    python benchmarks/fuzz_dates.py --seconds 60 --seed 3
    python benchmarks/fuzz_dates.py --documents 1000000 --seconds 86400   # a million documents

The engine promises never to raise on text (issue 17, item 1). This script builds random documents —
news-like chains of the engine's own words (months, weekdays, numbers, units, modifiers, prepositions,
multi-word names) and numbers in the digits of every script, mixed with characters of every Arabic block
and presentation form, Persian and Urdu letters, Quranic marks, joiners, bidi controls, tatweel,
censorship dots, punctuation and, now and then, any code point at all — and feeds each one to

* ``extract`` with a random anchor (none, a date, a datetime), checking that every span points into
  the text and that ``explain()`` works;
* ``resolve`` on the document and on a random slice of it (only ``ResolutionError`` may come out);
* ``detect_published``;
* ``Article.build`` (chrome, title, publication date, mentions);
* and, every ``--batch`` documents, the corpus reader on a folder of them written as .txt files (UTF-8,
  UTF-16, Windows-1256, random bytes) and as JSON Lines.

A crash is any other exception; the first input of each kind (exception type and the place it was
raised) is printed and written to ``--out`` (default ``/tmp/fuzz_dates_crashes.jsonl``) to be pinned
as a test. This mode needs only syrtimeline (and hypothesis, for the character groups of
``syrtimeline.strategies``).

    python benchmarks/fuzz_dates.py --atheris --seconds 300

runs coverage-guided instead, with atheris (``pip install atheris``; it has wheels for CPython on
Linux x86-64): libFuzzer mutates the bytes, which are read as a document (code points drawn from
the same groups and words), an anchor and a slice to resolve, and keeps the inputs that reach new
branches of ``syrtimeline``. A crash stops it with libFuzzer's report and the input saved as crash-*.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import syrtimeline as st  # noqa: E402
from syrtimeline.articles.reader import iter_records  # noqa: E402
from syrtimeline.dates import lexicon as L  # noqa: E402
from syrtimeline.strategies import ARABIC_HEAVY_CHARACTERS  # noqa: E402


def _words() -> list[str]:
    words: set[str] = set()
    for table in (L.GREGORIAN_MONTHS, L.AMBIGUOUS_MONTHS, L.HIJRI_MONTHS, L.WEEKDAYS, L.WEEKDAYS_INDEFINITE,
                  L.CARDINALS, L.ORDINALS, L.ORDINALS_INDEFINITE, L.UNIT_SINGULAR, L.UNIT_PLURAL, L.UNIT_DUAL,
                  L.UNIT_PLURAL_DEFINITE, L.UNIT_DUAL_DEFINITE, L.UNIT_DEFINITE, L.MODIFIERS, L.PARTS,
                  L.SEASONS, L.PREPOSITIONS, L.FREQUENCY_ADVERBS, L.VAGUE_WORDS, L.DAYPARTS):
        words.update(table)
    for seq in (L.YESTERDAY, L.TOMORROW, L.TODAY, L.THIS, L.FIRST, L.LAST, L.HALF, L.QUARTER, L.HIJRI_MARKERS,
                L.GREGORIAN_MARKERS, L.TIMES_WORDS, L.EVERY, L.SEVERAL, L.DECADE_SINGULAR,
                L.DECADE_DEFINITE, L.CENTURY_DEFINITE):
        words.update(seq)
    words.update(L.DECADE_COUNTED)
    words.update(L.DECADE_NAMES)
    for key in L.MULTIWORD:
        words.add(" ".join(key))
    words.update(("نشر", "قصفت", "الطائرات", "الروسية", "إدلب", "وقال", "إن", "الذي", "المقرر", "نفسه",
                  "ذاته", "التالي", "التوالي", "لليوم", "أيام", "الآحاد", "من الهجوم", "سنۃ", "ليل", "ـ"))
    return sorted(words)


WORDS = _words()
GROUPS = list(ARABIC_HEAVY_CHARACTERS.values())
DIGITS = ARABIC_HEAVY_CHARACTERS["digits"]
SCRIPTS = [DIGITS[i:i + 10] for i in range(0, len(DIGITS), 10) if len(DIGITS[i:i + 10]) == 10]
SEPARATORS = [" ", " ", " ", "  ", "\u00a0", "\n", "\n\n", "، ", ". ", "/", "-", " - ", "(", ")", "«", "»",
              "\u200f ", "\u0640", ".", ":", "", ", "]


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randint(0, 31), rng.randint(1900, 2100), rng.randint(1300, 1500),
                    rng.randint(0, 10**6), rng.randint(0, 10**30)])
    text = str(n)
    if rng.random() < 0.4:
        script = rng.choice(SCRIPTS)
        text = "".join(script[int(d)] for d in text)
    r = rng.random()
    if r < 0.1:  # a numeric date or a time
        sep = rng.choice("./-:")
        year = sep + str(rng.randint(0, 3000)) if rng.random() < 0.7 else ""
        text += sep + str(rng.randint(0, 40)) + year
    return text


def _piece(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        w = rng.choice(WORDS)
        if rng.random() < 0.15:  # a clitic or the article glued on
            w = rng.choice(["و", "ف", "ب", "ل", "ال", "لل", "وب"]) + w
        if rng.random() < 0.1:  # a strange character inside the word
            k = rng.randrange(len(w) + 1)
            w = w[:k] + rng.choice(rng.choice(GROUPS)) + w[k:]
        return w
    if r < 0.7:
        return _number(rng)
    if r < 0.97:
        return "".join(rng.choice(rng.choice(GROUPS)) for _ in range(rng.randint(1, 4)))
    cp = rng.randrange(0x110000)
    return chr(cp) if not 0xD800 <= cp <= 0xDFFF else "\ufffd"


def document(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 60)):
        parts.append(_piece(rng))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def _anchor(rng: random.Random) -> dt.date | dt.datetime | None:
    r = rng.random()
    if r < 0.2:
        return None
    d = dt.date.fromordinal(rng.randint(dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal())) \
        if r < 0.3 else dt.date(rng.randint(1950, 2075), rng.randint(1, 12), rng.randint(1, 28))
    if r > 0.85:
        return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59))
    return d


def check_text(text: str, rng: random.Random) -> None:
    """Everything the engine promises for one text; raises on a broken promise."""
    anchor = _anchor(rng)
    for m in st.extract(text, anchor):
        s, e = m.span
        if not (0 <= s < e <= len(text) and m.text == text[s:e]):
            raise AssertionError(f"bad span {m.span} for {m.text!r}")
        str(m.explain())
    for expr in (text, text[rng.randrange(len(text) + 1):][:rng.randint(1, 40)]):
        with contextlib.suppress(st.ResolutionError):
            st.resolve(expr, anchor)
    st.detect_published(text, latest=dt.date(2026, 12, 31))
    st.Article.build("fuzz", text, published=anchor if isinstance(anchor, dt.date) else None).mentions()


def check_loaders(texts: list[str], rng: random.Random) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, text in enumerate(texts[:20]):
            enc = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1256", "bytes"])
            path = folder / f"{n}.txt"
            if enc == "bytes":
                path.write_bytes(rng.randbytes(rng.randint(0, 300)))
            else:
                path.write_bytes(text.encode(enc, errors="replace"))
        with (folder / "docs.jsonl").open("w", encoding="utf-8") as f:
            for n, text in enumerate(texts[20:40]):
                f.write(json.dumps({"id": f"j{n}", "text": text, "published": text[:10]}) + "\n")
        for article in st.load_corpus(folder):
            article.mentions()
        list(iter_records([folder / "docs.jsonl"]))


def atheris_main(seconds: float) -> int:
    import atheris

    pieces = [*WORDS, " ", "\n", "، ", "/", "-", "."]
    chars = "".join(GROUPS)

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        parts: list[str] = []
        while fdp.remaining_bytes() and len(parts) < 80:
            r = fdp.ConsumeIntInRange(0, 3)
            if r == 0:
                parts.append(pieces[fdp.ConsumeIntInRange(0, len(pieces) - 1)])
            elif r == 1:
                parts.append(chars[fdp.ConsumeIntInRange(0, len(chars) - 1)])
            elif r == 2:
                parts.append(str(fdp.ConsumeIntInRange(0, 3000)))
            else:
                parts.append(fdp.ConsumeUnicodeNoSurrogates(4))
        text = "".join(parts)
        check_text(text, random.Random(len(data)))

    warnings.simplefilter("ignore")
    atheris.instrument_all()  # syrtimeline is already imported: instrument every loaded function
    atheris.Setup([sys.argv[0], f"-max_total_time={int(seconds)}", "-max_len=2048"], one_input)
    atheris.Fuzz()
    return 0


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    last = frames[-1] if frames else None
    return f"{type(exc).__name__} at {Path(last.filename).name}:{last.lineno}" if last else type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300.0, help="how long to run (default 300)")
    ap.add_argument("--documents", type=int, default=0,
                    help="stop after this many documents (default 0: only --seconds stops it)")
    ap.add_argument("--progress", type=int, default=0,
                    help="print a progress line every this many documents (default 0: none)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--batch", type=int, default=200, help="documents per loader round (default 200)")
    ap.add_argument("--out", default="/tmp/fuzz_dates_crashes.jsonl", help="where the crashing inputs go")
    ap.add_argument("--atheris", action="store_true", help="coverage-guided, with atheris")
    args = ap.parse_args(argv)
    if args.atheris:
        return atheris_main(args.seconds)
    warnings.simplefilter("ignore")  # LoadWarnings are the loaders' reports, not crashes
    rng = random.Random(args.seed)
    start = time.perf_counter()
    docs = chars = 0
    crashes: dict[str, tuple[int, str]] = {}  # kind → (count, first input)
    total_crashes = 0
    batch: list[str] = []
    while time.perf_counter() - start < args.seconds and not (args.documents and docs >= args.documents):
        text = document(rng)
        docs += 1
        if args.progress and docs % args.progress == 0:
            print(f"{docs:,} documents in {time.perf_counter() - start:.0f} s, {total_crashes} crashes",
                  flush=True)
        chars += len(text)
        batch.append(text)
        try:
            check_text(text, rng)
        except Exception as exc:
            total_crashes += 1
            kind = _where(exc)
            count, first = crashes.get(kind, (0, text))
            crashes[kind] = (count + 1, first)
            if count == 0:
                print(f"CRASH {kind}: {text!r}", flush=True)
        if len(batch) >= args.batch:
            try:
                check_loaders(batch, rng)
            except Exception as exc:
                total_crashes += 1
                kind = "loaders: " + _where(exc)
                count, first = crashes.get(kind, (0, json.dumps(batch[:40], ensure_ascii=False)))
                crashes[kind] = (count + 1, first)
                if count == 0:
                    print(f"CRASH {kind}", flush=True)
            batch = []
    elapsed = time.perf_counter() - start
    with open(args.out, "w", encoding="utf-8") as f:
        for kind, (count, first) in crashes.items():
            f.write(json.dumps({"kind": kind, "count": count, "input": first}, ensure_ascii=False) + "\n")
    print(f"{docs:,} documents ({chars / 1e6:.1f} M characters) in {elapsed:.0f} s, seed {args.seed}: "
          f"{total_crashes} crashes of {len(crashes)} kinds")
    for kind, (count, _) in sorted(crashes.items(), key=lambda kv: -kv[1][0]):
        print(f"  {count:6d}  {kind}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
