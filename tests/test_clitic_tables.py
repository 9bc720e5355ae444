"""The word tables that list each word bare once and derive its clitic forms (clitics22) still hold every
form the hand-written lists held (the lists as they stood before, copied here)."""

from __future__ import annotations

from syrtimeline.dates import rules as R
from syrtimeline.dates.normalize import fold
from syrtimeline.events import triggers as T
from syrtimeline.events import where as W
from syrtimeline.events.morph import clitic_forms, stems


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def test_clitic_forms_glues_before_and_after() -> None:
    assert clitic_forms(("جاء",), ("", "و")) == {"جاء", "وجاء"}
    assert clitic_forms(("سفاره",), after=("", "ها")) == {"سفاره", "سفارتها"}  # ة written ت before a pronoun
    assert clitic_forms(("شهد",)) == {"شهد"}


def test_told_again_holds_the_old_forms() -> None:
    old = {"جاء", "جاءت", "وجاء", "وجاءت", "ياتي", "تاتي", "وياتي", "وتاتي", "يتزامن", "تتزامن", "ويتزامن",
           "وتتزامن", "تزامن", "تزامنت", "وتزامن", "وتزامنت"}
    assert old == T.TOLD_AGAIN


def test_embassy_needs_hold_the_old_forms() -> None:
    """The clause's words are looked up by their stems: «السفاره» is found as «سفاره»."""
    old = ("سفارتها", "سفارته", "سفاره", "السفاره", "بعثتها", "بعثه", "قنصليتها", "القنصليه")
    needed = frozenset(T.NEEDS["افتتح/فتتح"])
    assert all(needed & set(stems(word)) for word in old)


def test_time_zone_and_witness_words_hold_the_old_forms() -> None:
    assert _folded("توقيت", "بتوقيت", "وبتوقيت") == W.TIME_ZONE_WORDS
    assert _folded("شهد", "شهدت", "تشهد", "يشهد", "وشهد", "وشهدت", "وتشهد", "ويشهد") == W.WITNESS_WORDS


def test_embassy_words_hold_the_old_forms() -> None:
    """Looked up without their clitics (``_bare``): «السفارات» is found as «سفارات»."""
    old = _folded("سفارة", "سفارتها", "سفارته", "سفارات", "السفارات", "سفارتيهما", "بعثة", "بعثتها", "قنصلية",
                  "قنصليتها")
    assert all(not W._bare(word).isdisjoint(W.EMBASSY_WORDS) for word in old)


def test_friday_plurals_after_hold_the_old_forms() -> None:
    """The old test took «و» and «ال» off the word by hand; the table holds those forms."""
    for plural in ("خطب", "صلوات", "شعائر"):
        for word in (plural, "و" + plural, "ال" + plural, "وال" + plural, "ب" + plural, "وب" + plural):
            assert fold(word) in R._FRIDAY_PRAYER_PLURALS_AFTER


def test_the_other_tables_hold_the_old_forms() -> None:
    """Tables of words listed with and without «و» (clitics22): each old form is in the derived table."""
    old: dict[frozenset[str], set[str]] = {
        T.BECAME: {"بات", "باتت", "باتوا", "وبات", "وباتت", "اصبح", "اصبحت", "اصبحوا", "واصبح", "واصبحت",
                   "صار", "صارت", "وصار", "وصارت"},
        T.WAS: {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"},
        T.HAD_ALREADY: {"سبق", "وسبق"},
        T.STARTING_FROM: {"بدءا", "بدء", "اعتبارا", "ابتداء", "وابتداء", "وبدءا"},
        T.REPELLED: {"صدت", "صدوا", "وصدت", "وصدوا"},
        T.OCCASION_BEFORE: {"خلال", "وخلال", "بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "ختام", "لدي"},
        T.PROVISIONS: {"ينص", "تنص", "وينص", "وتنص", "ينصان", "يقضي", "تقضي", "ويقضي", "وتقضي", "يتضمن",
                       "تتضمن", "ويتضمن", "وتتضمن", "بنود", "بند", "وبنود", "ببنود", "يشمل", "تشمل",
                       "ويشمل", "وتشمل", "نصت"},
        T.FRONT_OF: {"قواعد", "وقواعد", "خطوط", "وخطوط", "خط", "جبهات", "وجبهات", "دوله", "ودوله",
                     "دول", "ودول"},
        T.OFFSET_WORDS: {"بعد", "وبعد", "قبل", "وقبل", "قبيل", "عقب"},
        T.DEPLOYED_AT: {"نقاط", "ونقاط", "نقطه", "ونقطه", "مناطق", "ومناطق", "بمناطق", "منطقه", "خطوط",
                        "وخطوط", "اماكن", "واماكن", "مواقع"},
        T.KILLING: {"قتل", "قتلهم", "قتلوا", "قتلته", "وقتلهم", "قتلها", "تصفيه", "تصفيتهم", "وتصفيتهم",
                    "اعدم", "اعدمهم", "مقتل", "ومقتل"},
        T.PREPARING: {"يستعد", "تستعد", "يستعدون", "تستعدان", "ويستعد", "وتستعد", "يتاهب", "تتاهب", "يتاهبون",
                      "تتاهبان", "التحضير", "والتحضير", "للتحضير", "استعدادا", "واستعدادا"},
        W.SEAT_OF_WORDS: set(_folded("ومقره", "ومقرها", "مقره", "مقرها")),
        W.CAME_WORDS: set(_folded("وجاء", "جاء", "وجاءت", "جاءت")),
    }
    for table, words in old.items():
        assert words <= table


def test_tables_derived_in_tidy40_equal_the_old_lists() -> None:
    """The tables whose clitic forms were listed by hand until tidy40: the derived table is the old list,
    no form more or less (the coder's output unchanged)."""
    old: dict[frozenset[str], set[str]] = {
        T.TIME_BOUNDARIES: {"بعد", "بعدما", "وبعد", "قبل", "قبيل", "وقبل", "وفق", "وفقا", "بحسب", "حسب"},
        T.ATTEMPT: {"محاوله", "محاولتان", "محاولتين", "محاولات", "المحاوله", "المحاولات", "بمحاوله",
                    "ومحاوله", "ومحاولات", "لمحاوله", "ومحاولتان", "ومحاولتين", "محاولته", "محاولتها",
                    "محاولتهم", "محاولاته", "محاولاتها", "محاولاتهم", "بمحاولات"},
        T.DISCUSSED: {"ناقش", "ناقشا", "ناقشت", "ناقشوا", "وناقش", "وناقشا", "بحث", "بحثا", "بحثت", "بحثوا",
                      "وبحث", "وبحثا", "تناول", "تناولا", "تناولت", "وتناول", "يناقش", "يبحث", "يبحثان",
                      "يناقشان"},
        T.REFUSED: {"رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "يرفضان", "ورفض", "ورفضت", "رفضها",
                    "رفضه", "رفضهم"},
        T.NEGATION: {"لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "فلم", "فلن",
                     "وعدم"},
        frozenset(T.MODAL): {"ربما", "يمكن", "ممكن", "محتمل", "احتمال", "يحتمل", "اذا", "لو", "في حال", "حال",
                             "يعتزم", "تعتزم", "ينوي", "تنوي", "يسعي", "تسعي", "يريد", "تريد", "امكانيه",
                             "يجب", "ينبغي", "يتيح", "تتيح", "يسمح", "تسمح", "ويتيح", "وتتيح", "ويسمح",
                             "وتسمح", "يتوقع", "ويتوقع", "يفترض", "ويفترض"},
        W.DISCUSSED_WORDS: set(_folded("لبحث", "لمناقشة", "لبحثها", "لمناقشتها")),
        W.ATTENDING_WORDS: {"بحضور", "وبحضور", "بمشاركة", "وبمشاركة"},
        frozenset(w + " مع" for w in W.CONCURRENT_WORDS): {"بالتزامن مع", "وبالتزامن مع", "تزامنا مع",
                                                           "تزامناً مع", "تزامنًا مع"},
    }
    for table, words in old.items():
        assert table == words
    assert len(T.MODAL) == 33  # each word once


def test_locator_gap_and_not_triggers_hold_the_old_forms() -> None:
    """The forms tidy40 derived in two larger tables (whose other words stay listed): each is there, and
    the tables' sizes are those of the old lists (29, 52): nothing added."""
    gap = _folded("ولا", "لا", "سيما", "ولاسيما", "لاسيما", "خاصة", "وخاصة", "خصوصا", "وخصوصا", "تحديدا",
                  "وتحديدا", "هي", "وهي", "في", "على", "لمحافظة")
    assert gap <= W.LOCATOR_GAP and len(W.LOCATOR_GAP) == 29
    moved = {"عادته", "عادتها", "عادتهم", "اضافه", "واضافه", "بالاضافه", "وزارته", "وزارتها", "وزارتهم",
             "نصف", "ونصف", "عادات", "وزارتا"}
    # 52, and the three forms of the preposition «عبر» verbs44 added («عبر», «وعبر», «فعبر»)
    assert moved <= T.NOT_TRIGGERS and len(T.NOT_TRIGGERS) == 52 + 3


def test_concurrent_words_read_with_their_tanween_either_way() -> None:
    for phrase in ("بالتزامن مع", "وبالتزامن مع", "تزامناً مع", "تزامنًا مع", "تزامنا مع"):
        assert W._CONCURRENT.search(f"القصف، {phrase} اشتباكات")
    assert not W._CONCURRENT.search("القصف، تزامن مع اشتباكات")
