"""Throughput of syrtimeline.extract against dateparser and against a bare regex scan.

    python benchmarks/bench_extract.py                      # the full run (a few minutes)
    python benchmarks/bench_extract.py --size-mb 2 --dateparser-min-seconds 5   # a quick look
    python benchmarks/bench_extract.py --profile-mb 2       # also print a cProfile of extract()

One run builds a deterministic (seeded) corpus of at least ``--size-mb`` MB of UTF-8 Arabic news —
the five seed articles plus generated articles that recombine seed sentences with dates written in
every style the engine reads (Levantine, Egyptian, Maghrebi, Moroccan, Hijri and numeric, western and
Arabic-Indic digits, via ``st.format_date``), relative expressions, counts and noise, each article with
its own publication date — and then measures, on that corpus:

1. syrtimeline's throughput in MB/s (best of ``--passes`` passes over every article);
2. dateparser's ``search_dates`` on a deterministic sample of whole articles with the same anchors,
   and syrtimeline on that same sample, so the ratio compares like with like;
3. a bare single-regex scan (digits or a month name) as the ceiling any regex-based engine can reach;
4. the time ``import syrtimeline`` takes in a fresh interpreter;
5. linearity (a tenth of the corpus against all of it, per article and as one document) and
   adversarial inputs (each in a child process with a time limit, so a catastrophic backtrack shows
   as TIMEOUT instead of hanging the run).

Timings are informational: the summary says PASS or MISS against each target, and nothing asserts.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1_000_000  # throughput is reported in decimal megabytes of UTF-8 per second

# Targets (informational only)
TARGET_VS_DATEPARSER = 100.0  # syrtimeline at least this many times faster than dateparser
TARGET_BARE_RATIO = 5.0  # the bare regex scan at most this many times faster than syrtimeline
TARGET_IMPORT_MS = 150.0
LINEAR_TOLERANCE = 1.15  # time(10x)/time(1x) may exceed the size ratio by 15 % (shared, noisy machine)
PATHO_TOLERANCE = 2.0  # per-byte time may at most double from the small to the large adversarial input


# --------------------------------------------------------------------------------------------------
# corpus


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    published: dt.date | dt.datetime | None  # what syrtimeline gets

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))

    @property
    def relative_base(self) -> dt.datetime | None:
        """The same anchor for dateparser: a naive datetime (None: dateparser uses now)."""
        p = self.published
        if p is None:
            return None
        if isinstance(p, dt.datetime):
            return p.replace(tzinfo=None)
        return dt.datetime.combine(p, dt.time())


def load_seeds() -> list[Article]:
    with (SEEDS / "MANIFEST.toml").open("rb") as fh:
        manifest = tomllib.load(fh)
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        published = manifest.get(path.name, {}).get("published")
        out.append(Article(path.name, path.read_text(encoding="utf-8"), published))
    return out


_SENT_SPLIT = re.compile(r"(?<=[.!؟?:])\s+|\n+")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{2,}$")

SUBJECTS = (
    "المتحدث باسم وزارة الخارجية الروسية", "مصدر عسكري في قوات النظام", "المرصد السوري لحقوق الإنسان",
    "وزير الدفاع الأمريكي", "مسؤول في التحالف الدولي", "المبعوث الأممي إلى سوريا",
    "الدفاع المدني السوري", "مصدر محلي في ريف إدلب", "وكالة الأنباء الرسمية سانا",
    "قائد ميداني في الجيش الوطني", "ناشطون في دير الزور", "السفير الروسي في واشنطن",
)
VERBS = ("قال", "أعلن", "أكد", "ذكر", "أفاد", "نفى", "كشف", "أوضح", "صرح", "أشار")
PLACES = ("إدلب", "حلب", "دير الزور", "الرقة", "درعا", "حماة", "حمص", "القنيطرة", "الحسكة", "اللاذقية",
          "دمشق", "السويداء", "منبج", "عفرين", "تدمر", "البوكمال")
OUTLETS = ("عنب بلدي", "راديو الكل", "سيريانيوز", "مرصد مينا", "تلفزيون سوريا", "الشرق الأوسط")
CLAUSES = (
    "إن المفاوضات ستستأنف في جنيف", "أن القوات انسحبت من المنطقة", "إن الهدنة ما زالت صامدة",
    "أن الطيران الحربي استهدف المدينة", "إن الاتصالات بين الجانبين مستمرة",
    "أن قافلة مساعدات دخلت إلى المخيم", "إن الطريق الدولي أعيد افتتاحه",
    "أن الدوريات المشتركة توقفت", "إن اللجنة الدستورية ستجتمع", "أن المعبر أغلق أمام المدنيين",
)
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
COUNT_WORDS = ("ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
RELATIVE = (
    "أمس", "أول أمس", "أمس الأول", "اليوم", "غداً", "صباح اليوم", "مساء أمس", "فجر اليوم",
    "الشهر الماضي", "الشهر المقبل", "الشهر الجاري", "الأسبوع الماضي", "الأسبوع المقبل",
    "العام الماضي", "العام الجاري", "هذا العام", "السنة الماضية", "في وقت سابق", "في وقت لاحق",
    "خلال الأيام الثلاثة الماضية", "خلال الأشهر الستة الماضية", "منذ سبع سنوات", "منذ ستّ سنوات",
    "لمدة 6 أشهر", "عدة مرات في اليوم", "في الآونة الأخيرة", "في رمضان الماضي", "قبيل عيد الفطر",
    "مطلع العام الجاري", "أواخر الشهر الماضي", "منتصف الأسبوع المقبل", "في الفترة المقبلة",
)
STYLES = ("levantine", "egyptian", "maghrebi", "moroccan", "hijri", "numeric")
STYLE_WEIGHTS = (30, 25, 8, 6, 10, 6)


class Generator:
    """Deterministic article factory (everything flows from one random.Random)."""

    def __init__(self, seeds: Sequence[Article], rng: random.Random) -> None:
        import syrtimeline as st

        self.fmt = st.format_date
        self.rng = rng
        self.sentences = [s.strip() for a in seeds for s in _SENT_SPLIT.split(a.text) if len(s.strip()) > 25]
        words = {w.strip("،.:؛“”\"()«»") for a in seeds for w in a.text.split()}
        self.words = sorted(w for w in words if _ARABIC_WORD.match(w))
        self.levantine = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                          "تشرين الأول", "تشرين الثاني", "كانون الأول")
        self.egyptian = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                         "أكتوبر", "نوفمبر", "ديسمبر")

    # -- pieces ------------------------------------------------------------------------------------
    def digits(self, text: str) -> str:
        if self.rng.random() < 0.2:
            return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return text

    def near(self, anchor: dt.date) -> dt.date:
        r = self.rng.random()
        if r < 0.6:
            back = self.rng.randint(0, 45)
        elif r < 0.9:
            back = self.rng.randint(0, 800)
        else:
            back = self.rng.randint(0, 4000)
        d = anchor - dt.timedelta(days=back)
        if self.rng.random() < 0.1:
            d = anchor + dt.timedelta(days=self.rng.randint(1, 60))
        return max(d, dt.date(1930, 1, 1))

    def month_name(self, month: int) -> str:
        return (self.levantine if self.rng.random() < 0.6 else self.egyptian)[month - 1]

    def date_expr(self, anchor: dt.date) -> str:
        rng = self.rng
        d = self.near(anchor)
        r = rng.random()
        if r < 0.40:  # a full date in one of the regional styles
            style = rng.choices(STYLES, STYLE_WEIGHTS)[0]
            digits = "arabic-indic" if rng.random() < 0.2 else "western"
            text = self.fmt(d, style, digits, weekday=rng.random() < 0.25,
                            of=style != "numeric" and rng.random() < 0.3)
            return rng.choice(("في ", "يوم ", "بتاريخ ", "منذ ", "حتى ", "", "وفي ", "الموافق ")) + text
        if r < 0.70:
            return rng.choice(RELATIVE + tuple(
                f"يوم {w}" if rng.random() < 0.5 else f"{w} {rng.choice(('الماضي', 'المقبل', 'الفائت'))}"
                for w in WEEKDAYS))
        if r < 0.85:  # partial dates, ranges, parts
            m = self.month_name(d.month)
            y = str(d.year)
            n = rng.randint(2, 9)
            day = d.day if d.day < 28 else 27
            return self.digits(rng.choice((
                f"{d.day} {m}", f"{m} {y}", f"شهر {m} الماضي", f"عام {y}", f"في {y}", f"مطلع {y}",
                f"أواخر شهر {m} الفائت", f"منتصف {m}", f"صيف {y}", f"النصف الأول من {y}",
                f"بين {day} و{day + 1} {m}", f"من {day} إلى {day + 1} {m} {y}",
                f"في {day} و{day + 1} {m} المقبل", f"منذ {n} أيام", f"قبل {n} أشهر", f"بعد {n} أسابيع",
                f"منذ {rng.choice(COUNT_WORDS)} سنوات", f"خلال {y}", f"أواخر عام {y}",
            )))
        # numeric dates and clock times
        return self.digits(rng.choice((
            f"{d.day}/{d.month}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}-{d.month}-{d.year}",
            f"الساعة {rng.randint(1, 12)}:{rng.randint(0, 59):02d}", f"{d.month}/{d.year}",
        )))

    def obfuscate(self, word: str) -> str:
        """Censorship-dodging spellings as in seed 000 (مسـ.ـؤول, القو.ات) or diacritics."""
        if len(word) < 4:
            return word
        k = self.rng.randint(1, len(word) - 2)
        mark = self.rng.choice(("ـ.ـ", ".", "ـ", "\u064e", "\u0651"))
        return word[:k] + mark + word[k:]

    def noise(self) -> str:
        rng = self.rng
        words = [rng.choice(self.words) for _ in range(rng.randint(6, 22))]
        if rng.random() < 0.3:
            i = rng.randrange(len(words))
            words[i] = self.obfuscate(words[i])
        return " ".join(words) + rng.choice((".", ".", "،", ":"))

    def counts(self) -> str:
        rng = self.rng
        place = rng.choice(PLACES)
        return self.digits(rng.choice((
            f"وقتل {rng.randint(2, 90)} مدنياً وأصيب {rng.randint(2, 200)} آخرون جراء قصف استهدف "
            f"{rng.randint(2, 12)} قرى في ريف {place}.",
            f"ووثق المرصد {rng.randint(1, 99)},{rng.randint(100, 999)} حالة اعتقال في {place}.",
            f"وارتفعت الأسعار بنسبة {rng.randint(1, 99)}.{rng.randint(0, 9)}% خلال أسبوع واحد.",
            f"ونزح نحو {rng.randint(2, 900)} ألف شخص من {place}، بينهم {rng.randint(10, 99)} عائلة.",
            f"وأحصت اللجنة {rng.randint(3, 40)} خرقاً للهدنة و{rng.randint(3, 40)} غارة جوية.",
            f"وبلغ عدد الضحايا {rng.randint(100, 99999)} شخصاً في المحافظة رقم {rng.randint(1, 14)}.",
        )))

    def date_sentence(self, anchor: dt.date) -> str:
        rng = self.rng
        when = self.date_expr(anchor)
        verb = rng.choice(VERBS)
        who = rng.choice(SUBJECTS)
        what = rng.choice(CLAUSES)
        shape = rng.randrange(4)
        if shape == 0:
            return f"و{verb} {who} {when}، {what}."
        if shape == 1:
            return f"{verb} {who}، {what} {when}."
        if shape == 2:
            return f"وجاء ذلك {when} في {rng.choice(PLACES)}، بحسب ما {verb} {who}."
        return f"و{verb} {who} في بيان نشره {when} {what}، مشيراً إلى أن ذلك جرى {self.date_expr(anchor)}."

    def sentence(self, anchor: dt.date) -> str:
        r = self.rng.random()
        if r < 0.30:
            s = self.rng.choice(self.sentences)
            if self.rng.random() < 0.2:
                ws = s.split()
                i = self.rng.randrange(len(ws))
                ws[i] = self.obfuscate(ws[i])
                s = " ".join(ws)
            return s
        if r < 0.60:
            return self.date_sentence(anchor)
        if r < 0.75:
            return self.counts()
        return self.noise()

    def article(self, index: int) -> Article:
        rng = self.rng
        anchor = dt.date(2011, 3, 15) + dt.timedelta(days=rng.randint(0, 5040))
        r = rng.random()
        published: dt.date | dt.datetime | None = anchor
        if r < 0.03:
            published = None  # like seed 002: no publication date known
        elif r < 0.15:
            published = dt.datetime.combine(anchor, dt.time(rng.randint(0, 23), rng.randint(0, 59)))
        lines = [self.noise().rstrip(".،:"), f"{rng.choice(PLACES)} - {rng.choice(OUTLETS)}", ""]
        for _ in range(rng.randint(4, 12)):
            lines.append(" ".join(self.sentence(anchor) for _ in range(rng.randint(1, 5))))
        if rng.random() < 0.3:
            lines.append(self.digits(f"{anchor:%d.%m.%Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"))
        return Article(f"gen_{index:06d}", "\n".join(lines) + "\n", published)


def build_corpus(size_mb: float, seed: int) -> list[Article]:
    seeds = load_seeds()
    gen = Generator(seeds, random.Random(seed))
    articles = list(seeds)
    total = sum(a.nbytes for a in articles)
    target = int(size_mb * MB)
    i = 0
    while total < target:
        a = gen.article(i)
        articles.append(a)
        total += a.nbytes
        i += 1
    return articles


def nbytes(articles: Sequence[Article]) -> int:
    return sum(a.nbytes for a in articles)


def prefix_fraction(articles: Sequence[Article], fraction: float) -> list[Article]:
    """The first articles holding *fraction* of the corpus' bytes (the order is already random)."""
    goal = nbytes(articles) * fraction
    out: list[Article] = []
    acc = 0
    for a in articles:
        if acc >= goal:
            break
        out.append(a)
        acc += a.nbytes
    return out


def sample_articles(articles: Sequence[Article], kb: float, seed: int) -> list[Article]:
    """A deterministic sample of whole articles: the seeds, then generated ones in a seeded order."""
    goal = kb * 1000
    seeds = [a for a in articles if not a.name.startswith("gen_")]
    rest = [a for a in articles if a.name.startswith("gen_")]
    random.Random(seed + 1).shuffle(rest)
    out = list(seeds)
    acc = nbytes(out)
    for a in rest:
        if acc >= goal:
            break
        out.append(a)
        acc += a.nbytes
    return out


# --------------------------------------------------------------------------------------------------
# timing helpers


def best_of(passes: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(passes):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def run_syrtimeline(articles: Sequence[Article]) -> int:
    import syrtimeline as st

    extract = st.extract
    n = 0
    for a in articles:
        n += len(extract(a.text, published=a.published))
    return n


def run_dateparser(articles: Sequence[Article]) -> tuple[int, int, list[str]]:
    from dateparser.search import search_dates

    found = errors = 0
    messages: list[str] = []
    for a in articles:
        base = a.relative_base
        settings = {"RELATIVE_BASE": base} if base is not None else {}
        try:
            res = search_dates(a.text, languages=["ar"], settings=settings)
        except Exception as exc:  # dateparser raises on some inputs; count them and go on
            errors += 1
            if len(messages) < 3:
                messages.append(f"{a.name}: {type(exc).__name__}: {str(exc)[:100]}")
            continue
        found += len(res or ())
    return found, errors, messages


def bare_pattern() -> re.Pattern[str]:
    import syrtimeline.dates.lexicon as lex

    names = set(lex.FORMAT_MONTHS["levantine"]) | set(lex.FORMAT_MONTHS["egyptian"])
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\d+|{alternation}")


def run_bare(articles: Sequence[Article], pattern: re.Pattern[str]) -> int:
    findall = pattern.findall
    n = 0
    for a in articles:
        n += len(findall(a.text))
    return n


def mbps(nb: int, seconds: float) -> float:
    return nb / MB / seconds if seconds > 0 else float("inf")


# --------------------------------------------------------------------------------------------------
# which engine is measured: the engine may be edited while the benchmark runs, so every child
# process imports the same tree as this one, and the sources are fingerprinted before and after.


def engine_root() -> Path:
    """The folder holding the ``syrtimeline`` package this process imports."""
    import syrtimeline

    return Path(syrtimeline.__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    root = str(engine_root())
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def engine_fingerprint() -> str:
    h = hashlib.sha256()
    pkg = engine_root() / "syrtimeline"
    for f in sorted(pkg.rglob("*.py")):
        h.update(str(f.relative_to(pkg)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def engine_provenance() -> str:
    root = engine_root()
    where = str(root / "syrtimeline")
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", "syrtimeline"],
                               capture_output=True, text=True, check=True).stdout.strip()
        git = f"git {head}{' + uncommitted edits' if dirty else ''}"
    except (OSError, subprocess.CalledProcessError):
        git = "not a git checkout"
    return f"{where} ({git}; sources {engine_fingerprint()})"


# --------------------------------------------------------------------------------------------------
# import time


def import_times(runs: int) -> dict[str, float]:
    env = child_env()
    cwd = engine_root()
    cumulative: list[float] = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-X", "importtime", "-c", "import syrtimeline"],
                           cwd=cwd, env=env, capture_output=True, text=True, check=True)
        for line in p.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "syrtimeline" and not parts[2][1:].startswith(" "):
                cumulative.append(int(parts[1].strip()) / 1000)

    def wall(code: str) -> float:
        best = float("inf")
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, check=True)
            best = min(best, time.perf_counter() - t0)
        return best * 1000

    bare = wall("pass")
    full = wall("import syrtimeline")
    return {"importtime_ms": min(cumulative) if cumulative else float("nan"),
            "wall_import_ms": full, "wall_pass_ms": bare, "wall_delta_ms": full - bare}


# --------------------------------------------------------------------------------------------------
# adversarial inputs (run in a child process each, with a time limit)


def _repeat_to(unit: str, nb: int) -> str:
    return unit * max(1, nb // len(unit.encode("utf-8")))


_ENUM = "4 و5 و"  # 8 bytes of UTF-8
# name → (description, text of about n bytes, fixed full size in bytes or None for --patho-mb)
PATHO_CASES: dict[str, tuple[str, Callable[[int], str], int | None]] = {
    "digits_dots": ('"1.1.1.1…" one run of digits and dots', lambda nb: _repeat_to("1.", nb), None),
    "dotted_dates": ('"1.1.1 12.12.2012 …" numeric-date look-alikes',
                     lambda nb: _repeat_to("1.1.1 12.12.2012 ", nb), None),
    "digit_run_5000": ("5,000 digits in one run (over int()'s 4,300-digit limit)", lambda nb: "7" * nb, 5000),
    "fi_fi": ('"في في في …"', lambda nb: _repeat_to("في ", nb), None),
    "month_run": ('"آذار آذار …" one month name repeated', lambda nb: _repeat_to("آذار ", nb), None),
    "all_months": ("every month name in a row, repeated", lambda nb: _repeat_to(
        "كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول تشرين الثاني كانون الأول "
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ", nb), None),
    "days_months": ('"17 آذار 17 آذار 2021 …" numbers and months', lambda nb: _repeat_to(
        "17 آذار 17 من آذار و18 و19 آذار 2021 ", nb), None),
    "tatweel_dots": ("tatweel / dot runs inside words", lambda nb: _repeat_to(
        "مسـ.ـ.ـ.ـــــ....ـؤول أمـ.ـ.ـس القو...ات ", nb), None),
    "dot_run": ("one letter, a run of dots, one letter", lambda nb: "ا" + "." * (nb - 4) + "ب", None),
    "enum_100k": ('10^5 × "4 و5 و" (no month at the end)', lambda nb: _ENUM * (nb // 8), 800_000),
    "enum_100k_month": ('10^5 × "4 و5 و" then "6 تموز"', lambda nb: _ENUM * (nb // 8) + "6 تموز", 800_000),
    "relative_run": ('"منذ الشهر الماضي الماضي …"',
                     lambda nb: _repeat_to("منذ الشهر الماضي الماضي ", nb), None),
}


def patho_child(case: str, nb: int, small_div: int) -> None:
    """Child-process entry: time extract on the case at nb/small_div and at nb bytes, print JSON."""
    import syrtimeline as st

    make = PATHO_CASES[case][1]
    anchor = dt.date(2021, 12, 18)
    out: dict[str, Any] = {}
    st.extract("أمس الجمعة 17 كانون الأول", published=anchor)  # build the lexer outside the timing
    for label, size in (("small", max(16, nb // small_div)), ("full", nb)):
        text = make(size)
        out[f"{label}_bytes"] = len(text.encode("utf-8"))
        t0 = time.perf_counter()
        try:
            out[f"{label}_mentions"] = len(st.extract(text, published=anchor))
        except Exception as exc:
            out["error"] = f"{type(exc).__name__}: {str(exc).split(':')[0][:100]}"
        out[f"{label}_s"] = time.perf_counter() - t0
        if "error" in out:
            break
    print(json.dumps(out))


def run_patho(case: str, nb: int, small_div: int, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_patho-case", case, "--_patho-bytes", str(nb),
           "--_patho-small-div", str(small_div)]
    try:
        p = subprocess.run(cmd, cwd=engine_root(), env=child_env(), capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["exit " + str(p.returncode)])[-1][:160]}
    return json.loads(p.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------------
# report


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, what: str, value: str, target: str = "", ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        self.rows.append((what, value, target, verdict))

    def render(self) -> str:
        head = ("measure", "value", "target", "")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(4)]
        lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |",
                 "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
                  for r in self.rows]
        return "\n".join(lines)


def one_document(articles: Sequence[Article], passes: int) -> dict[str, float]:
    """extract() on one long text of 1/20 and of 1/2 of the corpus (a tenfold size step)."""
    import syrtimeline as st

    anchor = dt.date(2021, 12, 18)
    out: dict[str, float] = {}
    for label, fraction in (("small", 1 / 20), ("big", 1 / 2)):
        text = "\n\n".join(a.text for a in prefix_fraction(articles, fraction))
        out[f"{label}_bytes"] = len(text.encode("utf-8"))
        out[f"{label}_s"], _ = best_of(passes, lambda text=text: st.extract(text, published=anchor))
        gc.disable()  # diagnostic: how much of a long document's time is the cyclic collector's
        try:
            out[f"{label}_nogc_s"], _ = best_of(passes, lambda text=text: st.extract(text, published=anchor))
        finally:
            gc.enable()
    return out


def say(msg: str) -> None:
    print(msg, flush=True)


def profile_extract(articles: Sequence[Article], mb: float) -> str:
    part = prefix_fraction(articles, min(1.0, mb * MB / nbytes(articles)))
    run_syrtimeline(part[:20])  # warm
    prof = cProfile.Profile()
    prof.enable()
    run_syrtimeline(part)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    buf.write(f"cProfile of extract() over {len(part)} articles, {nbytes(part) / MB:.2f} MB\n")
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(20)
    return buf.getvalue() + stage_breakdown(part)


def stage_breakdown(articles: Sequence[Article]) -> str:
    """extract() split into its stages, timed separately (uses engine internals; best effort)."""
    import syrtimeline as st

    try:
        from syrtimeline.dates.lexer import lexer_regex, tokenize
        from syrtimeline.dates.normalize import strip
    except ImportError as exc:
        return f"stage breakdown unavailable: {exc}\n"
    try:
        from syrtimeline.dates.grammar import compiled
    except ImportError:  # an engine from before the grammar had its own module
        try:
            from syrtimeline.dates.rules import compiled  # type: ignore[attr-defined,no-redef]
        except ImportError as exc:
            return f"stage breakdown unavailable: {exc}\n"
    nb = nbytes(articles)
    texts = [a.text for a in articles]
    stripped = [strip(t)[0] for t in texts]
    tokens = [tokenize(s) for s in stripped]
    symbols = ["".join(t.sym for t in tk) for tk in tokens]
    grammar = compiled()
    lexer = lexer_regex()
    pat = bare_pattern()

    def rule_scan() -> int:
        n = 0
        for sy in symbols:
            pos = 0
            while (first := grammar.starts.search(sy, pos)) is not None:
                at = first.start()
                m = grammar.by_first[sy[at]].match(sy, at)
                n += m is not None
                pos = m.end() if m is not None else at + 1
        return n

    stages: list[tuple[str, Callable[[], Any]]] = [
        ("extract(), all stages", lambda: [st.extract(a.text, published=a.published) for a in articles]),
        ("normalize.strip", lambda: [strip(t) for t in texts]),
        ("lexer regex alone (finditer)", lambda: [sum(1 for _ in lexer.finditer(x)) for x in stripped]),
        ("lexer.tokenize (regex + tokens + gaps + merge)", lambda: [tokenize(x) for x in stripped]),
        ("rule search over the symbol strings", rule_scan),
        ("bare regex scan (for scale)", lambda: [pat.findall(t) for t in texts]),
    ]
    lines = [f"\nstages over {len(articles)} articles, {nb / MB:.2f} MB (best of 5; "
             f"{sum(map(len, symbols)):,} symbols for {sum(map(len, stripped)):,} characters)"]
    total = None
    for name, fn in stages:
        t, _ = best_of(5, fn)
        total = total or t
        lines.append(f"  {name:48} {t * 1000:7.1f} ms {mbps(nb, t):7.1f} MB/s {100 * t / total:5.0f} %")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (default 20)")
    ap.add_argument("--seed", type=int, default=20211218, help="random seed of the corpus (default 20211218)")
    ap.add_argument("--dateparser-sample-kb", type=float, default=300.0,
                    help="size of dateparser's sample of whole articles, in KB (default 300)")
    ap.add_argument("--dateparser-min-seconds", type=float, default=20.0,
                    help="repeat dateparser's pass over the sample until this much time is measured "
                         "(default 20)")
    ap.add_argument("--dateparser-max-passes", type=int, default=100)
    ap.add_argument("--passes", type=int, default=3, help="syrtimeline / bare scan: best of N passes")
    ap.add_argument("--import-runs", type=int, default=5)
    ap.add_argument("--patho-mb", type=float, default=1.0, help="size of each adversarial input in MB")
    ap.add_argument("--patho-timeout", type=float, default=60.0, help="seconds per adversarial case")
    ap.add_argument("--profile-mb", type=float, default=0.0,
                    help="also print a cProfile of extract() over this many MB (0: no profile)")
    ap.add_argument("--skip-dateparser", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--_patho-case", help=argparse.SUPPRESS)
    ap.add_argument("--_patho-bytes", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--_patho-small-div", type=int, default=8, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._patho_case:
        patho_child(args._patho_case, args._patho_bytes, args._patho_small_div)
        return 0

    t_start = time.perf_counter()
    table = Table()
    say(f"# syrtimeline benchmark — {dt.datetime.now():%Y-%m-%d %H:%M}")
    say(f"python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}, "
        f"nproc {os.cpu_count()}")
    try:
        import dateparser

        dp_version = dateparser.__version__
    except ImportError:
        dp_version = None
    say(f"dateparser {dp_version or 'not installed'}")
    fingerprint = engine_fingerprint()
    say(f"engine: {engine_provenance()}")

    # 6. import time first, before this process has warmed the file cache any further
    say("\n## import time (fresh interpreters)")
    imp = import_times(args.import_runs)
    say(f"-X importtime cumulative for syrtimeline: min of {args.import_runs} = "
        f"{imp['importtime_ms']:.1f} ms")
    say(f"wall: python -c 'import syrtimeline' {imp['wall_import_ms']:.1f} ms - python -c 'pass' "
        f"{imp['wall_pass_ms']:.1f} ms = {imp['wall_delta_ms']:.1f} ms")

    # 1. corpus
    say("\n## corpus")
    t0 = time.perf_counter()
    articles = build_corpus(args.size_mb, args.seed)
    total = nbytes(articles)
    chars = sum(len(a.text) for a in articles)
    say(f"{len(articles)} articles, {total / MB:.2f} MB UTF-8 ({chars:,} characters), built in "
        f"{time.perf_counter() - t0:.1f} s (seed {args.seed})")
    anchors = sum(a.published is not None for a in articles)
    say(f"{anchors} articles with a publication date, {len(articles) - anchors} without")

    # 2. syrtimeline over the whole corpus
    say("\n## syrtimeline.extract over the whole corpus")
    run_syrtimeline(articles[:50])  # builds the lexer and the rules: a one-off, not throughput
    st_time, st_mentions = best_of(args.passes, lambda: run_syrtimeline(articles))
    st_mbps = mbps(total, st_time)
    say(f"best of {args.passes}: {st_time:.2f} s → {st_mbps:.2f} MB/s, {st_mentions:,} mentions "
        f"({st_mentions / len(articles):.1f} per article)")

    # 4. the bare regex ceiling
    say("\n## bare single-regex scan (digits | Levantine and Egyptian month names)")
    pat = bare_pattern()
    bare_time, bare_hits = best_of(args.passes, lambda: run_bare(articles, pat))
    bare_mbps = mbps(total, bare_time)
    say(f"best of {args.passes}: {bare_time:.2f} s → {bare_mbps:.2f} MB/s, {bare_hits:,} matches")

    # 3. dateparser on a sample, and syrtimeline on the same sample
    dp_mbps = float("nan")
    sample: list[Article] = []
    if dp_version and not args.skip_dateparser:
        sample = sample_articles(articles, args.dateparser_sample_kb, args.seed)
        sb = nbytes(sample)
        say(f"\n## dateparser.search.search_dates(languages=['ar']) on a sample of {len(sample)} whole "
            f"articles, {sb / 1000:.0f} KB")
        run_dateparser(sample[:3])  # loads the Arabic locale data: not throughput
        times: list[float] = []
        found = errors = 0
        messages: list[str] = []
        while True:
            gc.collect()
            t0 = time.perf_counter()
            found, errors, messages = run_dateparser(sample)
            times.append(time.perf_counter() - t0)
            if sum(times) >= args.dateparser_min_seconds or len(times) >= args.dateparser_max_passes:
                break
        dp_time = sum(times) / len(times)
        dp_mbps = mbps(sb, dp_time)
        say("pass times (s): " + " ".join(f"{t:.2f}" for t in times))
        say(f"dateparser: {len(times)} pass(es), {sum(times):.1f} s measured, mean {dp_time:.2f} s per "
            f"pass → {dp_mbps:.4f} MB/s (first pass {mbps(sb, times[0]):.4f}); {found:,} dates found; "
            f"{errors} article(s) raised")
        for m in messages:
            say(f"  e.g. {m}")
        s_time, s_mentions = best_of(max(args.passes, 10), lambda: run_syrtimeline(sample))
        s_mbps = mbps(sb, s_time)
        say(f"syrtimeline on the same sample: best {s_time * 1000:.1f} ms → {s_mbps:.2f} MB/s, "
            f"{s_mentions:,} mentions")
        ratio_sample = s_mbps / dp_mbps
        ratio_full = st_mbps / dp_mbps
        say(f"speed-up on the sample: {ratio_sample:.0f}×; syrtimeline (whole corpus) vs dateparser: "
            f"{ratio_full:.0f}×")

    # 7. linearity
    say("\n## linearity")
    tenth = prefix_fraction(articles, 0.1)
    t_tenth, _ = best_of(args.passes, lambda: run_syrtimeline(tenth))
    size_ratio = total / nbytes(tenth)
    lin = st_time / t_tenth
    say(f"per article: 1/10 of the corpus ({len(tenth)} articles, {nbytes(tenth) / MB:.2f} MB) "
        f"{t_tenth:.2f} s, whole {st_time:.2f} s: time ratio {lin:.2f}× for a size ratio of "
        f"{size_ratio:.2f}×")
    doc = one_document(articles, args.passes)
    doc_size_ratio = doc["big_bytes"] / doc["small_bytes"]
    doc_lin = doc["big_s"] / doc["small_s"]
    say(f"one document: {doc['small_bytes'] / MB:.2f} MB in {doc['small_s']:.2f} s, "
        f"{doc['big_bytes'] / MB:.2f} MB in {doc['big_s']:.2f} s: time ratio {doc_lin:.2f}× for a size ratio "
        f"of {doc_size_ratio:.2f}×")
    say(f"  same with the cyclic GC disabled (diagnostic): {doc['small_nogc_s']:.2f} s and "
        f"{doc['big_nogc_s']:.2f} s, ratio {doc['big_nogc_s'] / doc['small_nogc_s']:.2f}×")

    say(f"\n## adversarial inputs (~{args.patho_mb:g} MB each unless fixed; small = 1/8; "
        f"limit {args.patho_timeout:g} s per case)")
    patho: dict[str, dict[str, Any]] = {}
    for case, (desc, _, fixed) in PATHO_CASES.items():
        res = run_patho(case, fixed or int(args.patho_mb * MB), 8, args.patho_timeout)
        patho[case] = res
        if "timeout" in res:
            say(f"{case:16} TIMEOUT after {res['timeout']:g} s — {desc}")
        elif "error" in res:
            say(f"{case:16} ERROR {res['error']} — {desc}")
        else:
            fb, fs, sb_, ss = res["full_bytes"], res["full_s"], res["small_bytes"], res["small_s"]
            res["scale"] = (fs / max(ss, 1e-6)) / (fb / sb_)
            say(f"{case:16} {fb / MB:5.2f} MB {fs:6.2f} s {mbps(fb, fs):7.2f} MB/s | small "
                f"{sb_ / MB:5.2f} MB {mbps(sb_, ss):7.2f} MB/s | per-byte slowdown {res['scale']:.2f}× | "
                f"{res['full_mentions']} mentions — {desc}")

    # summary
    table.add("corpus", f"{total / MB:.1f} MB, {len(articles)} articles", "≥ 20 MB", total >= 20 * MB)
    table.add("syrtimeline, whole corpus", f"{st_mbps:.2f} MB/s ({st_mentions:,} mentions)")
    table.add("bare regex scan, whole corpus", f"{bare_mbps:.2f} MB/s")
    bare_ratio = bare_mbps / st_mbps
    table.add("bare scan / syrtimeline", f"{bare_ratio:.1f}×", f"≤ {TARGET_BARE_RATIO:g}×",
              bare_ratio <= TARGET_BARE_RATIO)
    if sample:
        table.add("dateparser, sample",
                  f"{dp_mbps:.4f} MB/s ({nbytes(sample) / 1000:.0f} KB, {errors} raised)")
        table.add("syrtimeline, same sample", f"{s_mbps:.2f} MB/s")
        vs = f"≥ {TARGET_VS_DATEPARSER:g}×"
        table.add("syrtimeline / dateparser (same sample)", f"{ratio_sample:.0f}×", vs,
                  ratio_sample >= TARGET_VS_DATEPARSER)
        table.add("syrtimeline (whole corpus) / dateparser", f"{ratio_full:.0f}×", vs,
                  ratio_full >= TARGET_VS_DATEPARSER)
    table.add("import syrtimeline (-X importtime, min)", f"{imp['importtime_ms']:.1f} ms",
              f"< {TARGET_IMPORT_MS:g} ms", imp["importtime_ms"] < TARGET_IMPORT_MS)
    table.add("import syrtimeline (wall − bare python)", f"{imp['wall_delta_ms']:.1f} ms",
              f"< {TARGET_IMPORT_MS:g} ms", imp["wall_delta_ms"] < TARGET_IMPORT_MS)
    table.add("linearity, time(10×)/time(1×), per article", f"{lin:.2f}× (size {size_ratio:.2f}×)",
              "≤ 10× (linear)", lin <= size_ratio * LINEAR_TOLERANCE)
    table.add("linearity, one document", f"{doc_lin:.2f}× (size {doc_size_ratio:.2f}×)", "≤ 10× (linear)",
              doc_lin <= doc_size_ratio * LINEAR_TOLERANCE)
    for case, res in patho.items():
        if "timeout" in res:
            table.add(f"adversarial: {case}", f"TIMEOUT > {res['timeout']:g} s", "no blow-up", False)
        elif "error" in res:
            table.add(f"adversarial: {case}", f"raised {res['error'].split(':')[0]}", "never raises", False)
        else:
            table.add(f"adversarial: {case}",
                      f"{mbps(res['full_bytes'], res['full_s']):.2f} MB/s, per-byte ×{res['scale']:.2f}",
                      "no blow-up", res["scale"] <= PATHO_TOLERANCE)
    say("\n## summary (timings are informational: shared, noisy machine)\n")
    say(table.render())
    say(f"\ntotal benchmark time {time.perf_counter() - t_start:.0f} s")
    if engine_fingerprint() != fingerprint:
        say("WARNING: the engine's sources changed during the run; the figures mix two versions. "
            "Benchmark a snapshot (git archive HEAD syrtimeline | tar -x -C DIR; PYTHONPATH=DIR).")

    if args.profile_mb > 0:
        say("\n## profile\n")
        say(profile_extract(articles, args.profile_mb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
