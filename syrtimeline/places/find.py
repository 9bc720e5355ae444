"""Where an Arabic news text says something happened: place mentions, resolved against the gazetteer.

:func:`extract_places` (or :meth:`PlaceFinder.find`) returns the :class:`PlaceMention` s of a text in
text order, never overlapping (the longest gazetteer name wins), each with offsets into the text as
given (whatever diacritics, tatweel or censorship dots it holds), the gazetteer entry it names (or
its candidates when the name is ambiguous: never a guess), the frame that found it and a precision
level in the manner of UCDP GED's ``where_prec`` and ACLED's ``geo_precision``
(:class:`Precision`).

Names are matched on the folded text (``syrtimeline.dates.normalize``: alef forms, ى/ي, ة/ه, tatweel,
diacritics; Latin letters in lower case) after the clitics و ف and ب ل ك, a name written with the
article ال also after بال وبال لل («للرقة»); a name written without ال never matches with it («دوما»
is not «الدوما», the Russian Duma). The frames (``frame``), read from the words before the name:

``"settlement"``
    «مدينة / بلدة / قرية / مخيم / حي / حيّا / أحياء / منتجع X»: the settlement (governorates, regions,
    roads … are left out of its candidates when a settlement of the name remains).
``"governorate"``
    «محافظة X»: the governorate (X may be its seat's name). Precision 3.
``"area"``
    «منطقة / ناحية X»: the area or district of X. Precision 2 at least. After «منطقة / مناطق / منطقتي» a
    name of a district is the district («منطقة منبج»: Manbij District, not the town); elsewhere a
    district named like its seat town gives way to the town («منبج», «مدينة منبج», «ناحية منبج»).
``"countryside"``
    «ريف X», «ريف X الشمالي الغربي», «الريف الجنوبي لـX», «بريف دمشق الغربي»: a region of the governorate
    when X is a governorate's seat («ريف إدلب الجنوبي»: a region of Idlib governorate), else the
    countryside of the town. Precision 2. The direction is kept (``direction``).
``"facility"``
    «مطار / قاعدة / معبر / طريق / الطريق الدولي X»: an air base, crossing or road of the name when
    there is one.
``"direction"``
    «جنوب / شمال / شرق / غرب X», «جنوبي X», «شمال غرب X», «جنوب مدينة X»: near X, on that side. Precision
    2 at least.
``"near"``
    «قرب / محيط / أطراف / ضواحي / مشارف X», «بالقرب من X». Precision 2 at least.
``"process"``
    «اتفاق / مسار / تفاهمات / منصة / بيان X»: an agreement or process named after the place («اتفاق
    سوتشي», «مسار أستانة»), which says nothing of where its events happen.
``"preposition"``
    «في X», «من / إلى / نحو / داخل … X», or the clitics ب ل on the name («بدمشق», «لحلب»); also the
    places a list gives («ومن أبرزها X», «ولا سيما X»).
``"name"``
    the name alone.

**Common words.** A name that is also a common word needs a frame (``needs_frame`` of the data file:
«تدمر», «القصير», «السلمية» … are places after a preposition or a place noun, not alone), some a place
noun (``needs_place_noun``: «الباب», «التل», «الزيارة» … only after «مدينة», «ريف», «جنوب» …), or
only after a side or «near» (``needs_side``: «البلاد», the country, in «شمال شرق البلاد»).

**People.** A name right after a given name or a title of the data file («أحمد حلب», «العميد حلب», «أبو
حلب»), with no preposition on it, is a person's name and no place. Phrases that hold a place name but
name a body (``blockers``: «قوات سوريا الديمقراطية», «قناة الميادين») are read as one phrase and
dropped. This layer sits below the actor finder (``syrtimeline.events.actors``) and does not use it.

**Ambiguity.** A governorate and its seat share a name («إدلب»): the name alone, or after «مدينة», is
the city; after «محافظة» the governorate; after «ريف» the governorate's region. Any other name that
names several places («صوران», «عمان»: Amman or Oman) keeps all of them as ``candidates`` and no
``place``; its precision is the coarsest of theirs. A name the gazetteer does not have is no mention,
but after a singular settlement noun («قرية عثمان», «بلدة ضمان», «حي العرضي», «مخيم X»: ``UNKNOWN_NOUNS``;
an area after «منطقة / ناحية / جرود / محور», frame ``area``, precision 2; a checkpoint, crossing, dam,
farms, street or roundabout after «حاجز / معبر / سد / مزارع / شارع / دوار»),
where it is a place kept as written (id ``text:<name>``, source "text", no coordinates), in the
governorate of the known place right after it when the text says one («قرية عثمان في ريف حماة»), else in
none. Nothing is ever matched to the nearest known name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any, Final

import attrs

from ..dates.normalize import stripped_folded, trie_pattern
from .gazetteer import Gazetteer, Place, gazetteer

__all__ = ["FRAMES", "PlaceFinder", "PlaceMention", "Precision", "extract_places"]


class Precision(enum.IntEnum):
    """How precisely a mention places what happened (UCDP ``where_prec`` / ACLED ``geo_precision``)."""

    PLACE = 1  #: the place itself: a city, town, village, air base, crossing, a place abroad
    NEAR = 2  #: near the place, its district or area, or a region within one governorate
    GOVERNORATE = 3  #: a governorate, or a larger region or road across governorates
    COUNTRY = 4  #: the country


#: What each frame means (see the module), as :meth:`PlaceMention.explain` says it.
FRAMES: Final = {
    "settlement": "«مدينة / بلدة / قرية / مخيم / حي / منتجع X»: the settlement X",
    "governorate": "«محافظة X»: the governorate X",
    "area": "«منطقة / ناحية X»: the area or district of X",
    "countryside": "«ريف X» (+ a direction): a region of the governorate X is the seat of, else the "
                   "countryside of X",
    "facility": "«مطار / قاعدة / معبر / طريق X»: the air base, crossing or road X",
    "direction": "«جنوب / شمال / شرق / غرب X»: near X, on that side",
    "near": "«قرب / محيط / أطراف / بالقرب من X»: near X",
    "process": "«اتفاق / مسار / تفاهمات X»: an agreement or process named after X, not where it happens",
    "preposition": "«في / من / إلى … X» or «بـX / لـX»: X",
    "name": "the name alone",
}
#: The named rules a mention's ``rule`` may give, and what each says (``PlaceMention.explain``).
NAMED_RULES: Final = {
    "arrived_at": "a neighbour named alone after a word of arriving or entering and «إلى» is where who "
                  "arrives went («وصلت إلى تركيا»), not the state acting",
}
_DESCRIBE_PRECISION: Final = {
    1: "the place itself",
    2: "near the place, its district, or a region of its governorate",
    3: "the governorate, or a larger region",
    4: "the country",
}

_READ_MEMO: Final = 1 << 14  # names and frames whose candidates a finder remembers
_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SPACE: Final = "[\\s\"'\u00ab\u00bb\u201c\u201d/-]+"  # between the words of a name: spaces, quotes, a dash
_SPACE_RE: Final = re.compile(_SPACE)  # the same, compiled once (the name of each match is normalized)
_GAP: Final = " \t\"'\u00ab\u00bb\u201c\u201d"  # what may stand between two words of a phrase
_WORD: Final = re.compile(r"[^\W_]+")

_SETTLEMENT: Final = frozenset({"مدينه", "بلده", "قريه", "مخيم", "حي", "مدن", "بلدات", "قري", "مدينتي",
                                "بلدتي", "قريتي", "العاصمه", "حيا", "حيي", "احياء", "منتجع"})
#: Plural and dual settlement nouns, which frame every name of the list after them («قرى الصور وبريهة
#: والعزبة», «بلدتي الحصين والعزبة»): a name that needs a place noun is framed by the list's.
_SETTLEMENTS: Final = frozenset({"مدن", "بلدات", "قري", "مدينتي", "بلدتي", "قريتي", "حيا", "حيي", "احياء"})
_LIST_REACH: Final = 8  # words back from a name to its list's noun
_GOVERNORATE: Final = frozenset({"محافظه", "محافظتي", "محافظات"})
_AREA: Final = frozenset({"منطقه", "ناحيه", "مناطق", "منطقتي"})
_DISTRICT_NOUNS: Final = frozenset({"منطقه", "مناطق", "منطقتي"})  # not «ناحية»: a subdistrict
_COUNTRYSIDE: Final = frozenset({"ريف", "ريفي", "ارياف"})
_FACILITY: Final = frozenset({"مطار", "قاعده", "معبر", "طريق", "الطريق", "اوتوستراد", "اوتستراد", "جسر"})
_ROAD_ADJ: Final = frozenset({"الدولي", "السريع"})
_DIRECTION: Final = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "شمالي": "north",
                     "جنوبي": "south", "شرقي": "east", "غربي": "west"}
_DIRECTION_ADJ: Final = {"الشمالي": "north", "الجنوبي": "south", "الشرقي": "east", "الغربي": "west",
                         "الاوسط": "centre"}
#: Sides read as nouns with the article, before «من X»: «إلى الجنوب من حلب», «الجنوب الغربي من مدينة عفرين».
_SIDE_NOUNS: Final = {"الشمال": "north", "الجنوب": "south", "الشرق": "east", "الغرب": "west"}
_SIDE_REACH: Final = 6  # words back from «من» to the first side noun («إلى الجنوب الغربي والغرب من X»)
#: (places48: «سماء», the sky over a place: «اعترضت الدفاعات الجوية … هجوماً صاروخياً في سماء دمشق»)
_NEAR: Final = frozenset({"قرب", "محيط", "اطراف", "ضواحي", "مشارف", "تخوم", "حدود", "جوار", "سماء"})
_NEAR_BEFORE_MIN: Final = frozenset({"القرب", "قريبا", "مقربه"})  # «بالقرب من X», «قريبا من X»
_PROCESS: Final = frozenset({"اتفاق", "اتفاقيه", "مسار", "تفاهمات", "تفاهم", "منصه", "صيغه", "مخرجات",
                             "بيان", "جوله", "جولات", "محادثات", "مفاوضات", "مؤتمر"})
_PREPOSITIONS: Final = frozenset({"في", "من", "الى", "الي", "نحو", "داخل", "عند", "حول", "باتجاه", "عبر",
                                  "لدي", "علي", "خارج", "بين", "تجاه", "صوب", "قباله",
                                  # the places a list names: «ومن أبرزها اللطامنة», «ولا سيما المليحة»
                                  "ابرزها", "اهمها", "بينها", "منها", "سيما", "لاسيما"})
#: Prepositions of where something is, after which a neighbour named alone (``needs_side``: no place there)
#: and «و» frame the name after it: «هجمات على القوات الأمريكية في العراق وسوريا» (Syria is where; places28).
#: Not «من / بين»: «مسؤولون من إسرائيل وسوريا», «الحدود بين تركيا وسوريا» name the states.
_NEIGHBOUR_AND: Final = frozenset({"في", "داخل", "عبر"})
#: Words before «من» that make it no preposition but «each of, both»: «وصفتها كل من أنقرة وموسكو», «أدانت كل
#: من السعودية والكويت»: the states (or the capitals standing for them) that act, no place (places34).
_EACH_OF: Final = frozenset({"كل", "وكل", "فكل"})
#: Verbs and nouns of entering, whose object is a place as after «إلى»: «دخلوا القصير», «اقتحموا التل»
#: (a name that needs a frame has one after them).
_ENTERING: Final = frozenset({"دخل", "دخلت", "دخلوا", "دخلا", "يدخل", "تدخل", "يدخلون", "دخول", "دخولها",
                              "دخوله", "دخولهم", "اقتحم", "اقتحمت", "اقتحموا", "اقتحام", "اقتحامها"})
#: Verbs and nouns of visiting, whose object is a place as after «إلى» (places39): «خلال زيارته أرمينيا», «زار
#: وفد سوري روسيا», «سيزور تركيا»; a neighbour named alone (``needs_side``) is a place after them too: the
#: state visited is where the visitor went, not a state acting.
_VISITING: Final = frozenset({"زار", "زارت", "زارا", "زاروا", "يزور", "تزور", "يزوران", "سيزور", "ستزور",
                              "زياره", "زيارته", "زيارتها", "زيارتهما", "زيارتهم"})
_VISITED: Final = {"visit": _VISITING}
#: arrive40 (arrived_at): verbs and nouns of arriving or entering right before «إلى»: a neighbour named alone
#: (``needs_side``) after them is where who arrives went, a place («دفعة جديدة من المقاتلين وصلت إلى تركيا»,
#: «دخلت إلى لبنان»), not a state acting. Not the entering word with the name as its object («دخول تركيا
#: على خط الأزمة»: Turkey enters).
_ARRIVED: Final = {"arrive": frozenset({"وصل", "وصلت", "وصلوا", "وصلا", "يصل", "تصل", "يصلون", "وصول",
                                        "وصوله", "وصولها", "وصولهم"}) | _ENTERING}
_TOWARDS_ARRIVAL: Final = frozenset({"الى", "الي"})
_NOUNS: Final = {"settlement": _SETTLEMENT, "governorate": _GOVERNORATE, "area": _AREA,
                 "countryside": _COUNTRYSIDE, "facility": _FACILITY}
_FRAMING: Final = frozenset({"settlement", "governorate", "area", "countryside", "facility", "direction",
                             "near"})
_SETTLED: Final = frozenset({"city", "town", "village", "neighbourhood", "abroad"})

#: An unknown name after a singular settlement noun («قرية عثمان», «بلدة ضمان», «حي العرضي», «مخيم X»), or a
#: mountain's («جبال الحمام», «جبل الشيخ»: places22), or an area, a facility, a street (places28, below):
#: the noun (folded) and the kind of place it names. Not «مدينة»: every Syrian city is in the gazetteer,
#: and «مدينة X» with X unknown is mostly no settlement («مدينة الملاهي», «مدينة صناعية»; places28 tried it:
#: 701 #1's «مدينة عدرا العمالية» placed, but 701 #2 gained a false place and a strict event was lost). Not
#: the duals «بلدتي / قريتي X وY» (tried by places28: three right places more, but two events more produced,
#: one a false report split off 879's strike, and strict precision under its floor).
UNKNOWN_NOUNS: Final = {"قريه": "village", "بلده": "town", "حي": "neighbourhood", "مخيم": "site",
                         "جبل": "site", "جبال": "site",
                         "منطقه": "region", "ناحيه": "region", "جرود": "region", "محور": "region",
                         "معبر": "crossing", "حاجز": "site", "سد": "site", "مزارع": "site", "شارع": "site",
                         "دوار": "site"}
#: Nouns of :data:`UNKNOWN_NOUNS` that name an area, not a settlement («منطقة الكنطري», «منطقة عندان»,
#: «ناحية جنديرس», «جرود عرسال», «محور حوش الضواهرة»: places28): the frame ``area``, near the name (precision
#: 2), as «منطقة X» is for a known X. The other nouns places28 added name a point: a checkpoint, a crossing, a
#: dam, farms, a street, a roundabout («حاجز بيت سحم», «معبر الزمراني», «سد اليادودة», «مزارع الملاح», «شارع
#: الكنائس», «دوار صباغ»). Not «جسر»: «جسر الرشيد» in Raqqa and «جسر المزارب» in Hama took the place of their
#: city (no gain on the dev part); not «تلة / تلال»: a false report more produced (118's «تلة عقيل»).
AREA_NOUNS: Final = frozenset({"منطقه", "ناحيه", "جرود", "محور"})
#: Words after «منطقة» (and the other nouns of :data:`DESCRIBED_NOUNS`) that say what the area is, not its
#: name («منطقة منزوعة السلاح», «منطقة خفض التصعيد», «منطقة العمليات», «منطقة خاضعة لسيطرة …», «منطقة تكتظ
#: بالسكان»), folded; with :data:`NOT_NAMES`.
AREA_NOT_NAMES: Final = frozenset({
    "منزوعه", "عازله", "خاضعه", "مغلقه", "امنه", "امنيه", "عسكريه", "صناعيه", "حدوديه", "خفض", "لخفض",
    "تخفيف", "التصعيد", "تصعيد", "سقوط", "اطلاق", "لاطلاق", "عمليات", "العمليات", "عمليه", "العمليه",
    "القتال", "قتال", "الاشتباكات", "اشتباكات", "المعارك", "معارك", "نفوذ", "النفوذ", "سيطره", "السيطره",
    "حظر", "الحظر", "البحوث", "الاذاعه", "المعبر", "الحريه", "المعسكرين", "شارع", "غير", "تكتظ", "سادتها",
    "دخلتها", "بوتين", "الانتشار", "انتشار", "العازله", "المنزوعه", "الامنيه", "العسكريه", "الصناعيه",
    "الحدوديه", "الخاضعه", "المحرره", "محرره", "المحاصره",
    # «حاجز تفتيش», «جرود بلدة عرسال»: a checkpoint's sort, a settlement noun («بلدة X» is read on its own)
    "تفتيش", "التفتيش", "بلده", "قريه", "مدينه", "منطقه", "بلدات", "قري", "مدن", "بلدتي", "قريتي",
    # «محور المقاومة» (the alliance), «من ناحية البحر / مرتفعات …» (the side it came from), «شارع مزدحم»,
    # «شارع تحيط به …», «حاجز أقامته القوات»: no names
    "المقاومه", "مقاومه", "البحر", "مرتفعات", "المرتفعات", "مزدحم", "مكتظ", "تحيط", "يحيط", "اقامته",
    "اقامها", "اقامتها", "اخر", "اخري",
})
#: Nouns of :data:`UNKNOWN_NOUNS` that name a facility (the frame ``facility``, as «معبر X» for a known X).
FACILITY_NOUNS: Final = frozenset({"معبر", "حاجز", "سد"})
#: The nouns of :data:`UNKNOWN_NOUNS` after which :data:`AREA_NOT_NAMES` are no name (places28's).
DESCRIBED_NOUNS: Final = frozenset({"منطقه", "ناحيه", "جرود", "محور", "معبر", "حاجز", "سد", "مزارع", "شارع",
                                    "دوار"})
#: Nouns of :data:`UNKNOWN_NOUNS` that frame only a definite name («جبال الحمام», «جبل الشيخ»; not «جبال
#: شاهقة», an adjective: places22).
DEFINITE_ONLY_NOUNS: Final = frozenset({"جبل", "جبال"})
#: The first word of a two-word name («تل X», «عين X», «كفر X», «حوش X»): the next word is the name's too.
NAME_HEADS: Final = frozenset({"تل", "عين", "كفر", "دير", "بيت", "خربه", "ابو", "ام", "راس", "بير", "بئر",
                               "جب", "حوش", "مزرعه", "وادي", "جبل", "تله", "سد", "بني", "الشيخ", "خان",
                               "معره", "مرج", "قصر", "حاره", "نبع", "جسر"})
#: The conjunction an unknown name never opens on: «قرية وعدد من المعسكرات», «46 قرية وباتت على بعد …»
#: open the next conjunct after a count of villages (a name's head «وادي» stays: :data:`NAME_HEADS`;
#: places25).
CONJUNCTION: Final = "و"
#: A word after the name that is the name's own («الصمدانية الشرقية», «مشهور فوقاني»).
NAME_TAILS: Final = frozenset({"الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشرقي", "الغربي", "الشمالي",
                               "الجنوبي", "الفوقاني", "التحتاني", "فوقاني", "تحتاني", "الكبري", "الصغري",
                               "الكبير", "الصغير", "الجديده", "القديمه", "الفوقا", "التحتا"})
#: Words after a settlement noun that are no name: adjectives, pronouns, the noun's complements
#: («قرية صغيرة», «حي سكني», «مخيم اللاجئين», «البلدة نفسها», «حي يرزق»).
NOT_NAMES: Final = frozenset({
    "الواقعه", "الواقع", "المجاوره", "المجاور", "المذكوره", "المذكور", "نفسها", "نفسه", "ذاتها", "ذاته",
    "التي", "الذي", "اللذين", "اللتين", "الصغيره", "الكبيره", "القريبه", "المحاصره", "المحاذيه",
    "الحدوديه", "التابعه", "التابع", "الاخري", "الاخير", "الاخيره", "اللاجئين", "النازحين", "المهجرين",
    "الفلسطينيين", "الفلسطيني", "السوريين", "العراقيين", "الايزيديين", "المسيحيين", "الدروز", "العلويين",
    "المسيحي", "الدرزيه", "العلويه", "الكرديه", "العربيه", "التركمانيه", "السنيه", "الشيعيه", "الرئيسي",
    "الرئيسيه", "السكني", "الشعبي", "الراقي", "المحتل", "المحتله", "الجنوب", "الشمال", "الشرق", "الغرب",
    "يرزق", "واحد", "واحده", "اخري", "اخر", "كامل", "كامله", "بكامله", "بكاملها", "باكمله", "باكملها",
    "باسره", "باسرها", "بعينها", "بعينه", "مثل", "كان", "كانت", "يقطنه", "يقطنها", "يسكنه", "يسكنها",
    "تضم", "يضم", "يبلغ", "تبلغ", "فقط", "ايضا", "حيث", "بعد", "قبل", "خلال", "اثناء", "منذ", "حتي",
    "عندما", "بينما", "كما", "لكن", "ولكن", "عدد", "عده", "اهالي", "سكان", "مدنيين",
    "مؤقت", "مؤقته", "عشوائي", "عشوائيه", "للاجئين", "للنازحين", "جديد", "جديده", "قديم", "قديمه",
    "كبير", "كبيره", "صغير", "صغيره", "ثالث", "ثاني", "اول", "اخير", "ناء", "نائيه",
    # adjectives with no article («بلدة محاصرة», «قرية مهجورة»)
    "محاصره", "مجاوره", "قريبه", "بعيده", "امنه", "مدمره", "مهجوره", "ماهوله", "واقعه", "محتله",
    "محرره", "معزوله", "ثالثه", "مختلطه", "تابعه", "متاخمه", "ملاصقه", "مجاور", "قريب", "بعيد",
    "محاصر", "مدمر", "مهجور", "ماهول", "محتل", "محرر", "معزول", "مختلط", "تابع", "كثيفه", "مكتظه",
    # verbs that describe the place («قرية تقع على …», «بلدة شهدت …»)
    "تقع", "يقع", "تبعد", "يبعد", "تعد", "يعد", "تعتبر", "يعتبر", "تعرض", "تعرضت", "شهد", "شهدت", "تشهد",
    "يشهد", "تسكن", "يسكن", "يقطن", "تقطن", "بات", "باتت", "اصبح", "اصبحت", "ظل", "ظلت", "بقي", "بقيت",
    "تحولت", "تحول", "لا", "لم", "لن", "قد", "يعيش", "تعيش", "تحوي", "يحوي", "تسيطر", "يسيطر",
    # what «سد» fills, no dam («أرسلت قوات لسد الفراغ بعد رحيل الأميركيين»: places55)
    "الفراغ", "الثغره", "الثغرات", "النقص", "العجز",
})
#: Words before «حي» that make it «live», not «neighbourhood» («برصاص حي وقنابل», «بث حي ومباشر»).
LIVE_BEFORE: Final = frozenset({"رصاص", "الرصاص", "ذخيره", "بث", "البث", "نقل", "هواء", "كائن"})
#: What may stand between an unknown name and the known place that gives its governorate («قرية X في ريف
#: حماة», «بلدة X بريف إدلب», «قرية X التابعة لمنطقة عفرين», «حي X شمال حلب»).
GOVERNORATE_LINKS: Final = frozenset({"في", "ب", "ل", "ضمن", "التابعه", "التابع", "الواقعه", "الواقع"})
_GAP_AS_SPACE: Final = str.maketrans(dict.fromkeys(_GAP, " "))
_NAME_AFTER: Final = f"[{_GAP}]+(?P<w1>[\u0621-\u064a]+)(?:[{_GAP}]+(?P<w2>[\u0621-\u064a]+))?(?!\\w)"
#: A settlement noun (after the clitics و ف, then ب ل) and the one or two words after it: the rule as written.
_UNKNOWN_RE: Final = re.compile(f"(?<!\\w)[وف]?[بل]?(?P<noun>{'|'.join(UNKNOWN_NOUNS)}){_NAME_AFTER}")
#: The same, the noun first (a regex that opens on literal words scans fast) and its words in a lookahead, so
#: the clitics before it are read apart (:func:`_unknown_matches`).
_UNKNOWN_FAST: Final = re.compile(f"(?P<noun>{'|'.join(UNKNOWN_NOUNS)})(?={_NAME_AFTER})")
_Unknown = tuple[int, int, int, int, int, int, int]
_CLITICS_BEFORE: Final = re.compile("(?<!\\w)[وف]?[بل]?")


def _unknown_matches_plain(folded: str) -> list[_Unknown]:
    """(start, noun start, noun end, w1 start, w1 end, w2 start, w2 end) of each :data:`_UNKNOWN_RE`
    match (w2 -1, -1 when there is none): the rule as written (:func:`_unknown_matches` is its fast path)."""
    return [(m.start(), m.start("noun"), m.end("noun"), *m.span("w1"), *m.span("w2"))
            for m in _UNKNOWN_RE.finditer(folded)]


def _unknown_matches(folded: str) -> list[_Unknown]:
    """:func:`_unknown_matches_plain`, the noun found first and the clitics before it read apart, a match
    inside the words of the one before skipped as there (tests/test_places.py proves the two equal)."""
    out: list[_Unknown] = []
    consumed = 0
    for m in _UNKNOWN_FAST.finditer(folded):
        ns = m.start()
        start = next((ns - k for k in range(3) if ns - k >= consumed
                      and _CLITICS_BEFORE.fullmatch(folded, ns - k, ns)), -1)
        if start < 0:
            continue
        out.append((start, ns, m.end("noun"), *m.span("w1"), *m.span("w2")))
        consumed = max(m.end("w1"), m.end("w2"))
    return out
_FACILITIES: Final = frozenset({"airbase", "crossing", "road", "site"})


@attrs.frozen
class PlaceMention:
    """One place a text names. Offsets point into the text given to :func:`extract_places`.

    ``start``/``end`` cover the whole expression without its preposition («ريف إدلب الجنوبي», «بلدة
    الترنبة», «جنوب حلب»), ``name_start``/``name_end`` the gazetteer name in it («إدلب»). ``place`` is the
    gazetteer entry, or None when the name is ambiguous: then ``candidates`` holds every place it may
    be (it always holds the place when there is one)."""

    start: int
    end: int
    surface: str  # text[start:end]
    name_start: int
    name_end: int
    place: Place | None
    candidates: tuple[Place, ...]
    frame: str  # a key of FRAMES
    precision: Precision
    #: the words of the frame as written («ريف … الجنوبي», «في», «ب»), empty for a name alone
    cue: str = ""
    #: the side («south», «north-west») for the "direction" and "countryside" frames
    direction: str = ""
    #: the gazetteer name that matched, folded («ادلب»)
    key: str = ""
    #: the named rule that let a name needing a side be a place here (a key of ``NAMED_RULES``), else empty
    rule: str = ""

    @property
    def name(self) -> str:
        """The place name as written in the text."""
        return self.surface[self.name_start - self.start:self.name_end - self.start]

    @property
    def ambiguous(self) -> bool:
        return self.place is None

    @property
    def admin1(self) -> str:
        """The GeoNames admin1 code of the governorate: the place's, or the one all candidates share,
        else empty."""
        codes = {p.admin1 for p in self.candidates}
        return codes.pop() if len(codes) == 1 else ""

    def explain(self) -> str:
        """Which rule found the mention and which gazetteer entry it names, in a few lines."""
        if self.place is not None:
            head = f"{self.surface!r} [{self.start}:{self.end}] → {self.place.describe()}"
        else:
            head = (f"{self.surface!r} [{self.start}:{self.end}] → ambiguous: {len(self.candidates)} "
                    "candidates, not guessed")
        lines = [head, f"precision {int(self.precision)}: {_DESCRIBE_PRECISION[int(self.precision)]}"]
        rule = f"rule: {self.frame} — {FRAMES[self.frame]}"
        if self.cue:
            rule += f" (the words «{self.cue}»)"
        if self.direction:
            rule += f"; side: {self.direction}"
        lines.append(rule)
        if self.rule:
            lines.append(f"{self.rule}: {NAMED_RULES[self.rule]}")
        for p in self.candidates:
            if p.source == "text":
                lines.append(f"name: «{self.name}» is in no gazetteer entry: {p.note}")
                continue
            seat = f"; coordinates of its seat {p.seat}" if p.seat and p.latitude is not None else ""
            note = f"; {p.note}" if p.note and not seat else ""
            also = "" if self.place is not None else f": {p.describe()}"
            lines.append(f"name: «{self.name}» is the gazetteer name «{self.key}» of {p.id} "
                         f"({p.source}{seat}{note}){also}")
        return "\n".join(lines)


def _trie(forms: Iterable[str]) -> str:
    """:func:`~syrtimeline.dates.normalize.trie_pattern` of *forms*: a space matches any run of spaces,
    quotes, dashes or slashes."""
    return trie_pattern(forms, _SPACE)


def _name_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """The names, each a whole word after the clitics و ف ب ل ك; one written with ال also after بال,
    لل (groups: ``a``/``a2``/``d`` a definite name, ``i`` one without the article)."""
    definite = {k[2:] for k in keys if k.startswith("ال") and len(k) > 2}
    indefinite = set(keys)
    return re.compile(
        f"(?<!\\w)(?:[وف]?(?:[بك]?(?P<a>ال)|(?P<a2>لل)|ل(?=ل))(?P<d>{_trie(definite)})"
        f"|[وف]?[بلك]?(?P<i>{_trie(indefinite)}))(?!\\w)")


def _whole_name(g: Gazetteer, name_start: int, key: str, clitics: str) -> tuple[int, str, str]:
    """A name read after letters taken for clitics that, with them, is a longer name of its own: the longer
    name («لبنان», Lebanon, not «ل» + the village «بنان»; the longest gazetteer name wins)."""
    for i in range(len(clitics)):
        whole = clitics[i:] + key
        if whole in g.by_name:
            return name_start - (len(clitics) - i), whole, clitics[:i]
    return name_start, key, clitics


def _matched(m: re.Match[str]) -> tuple[int, str, str]:
    """(start of the name, its key, the clitics before it) of a :func:`_name_regex` match."""
    if m.group("i") is not None:
        start = m.start("i")
        return start, _normal(m.group("i")), m.string[m.start():start]
    if m.group("a") is not None:
        start = m.start("a")
        return start, _normal("ال" + m.group("d")), m.string[m.start():start]
    start = m.start("a2") if m.group("a2") is not None else m.start("d")
    return start, _normal("ال" + m.group("d")), m.string[m.start():start] + "ل"


@lru_cache(maxsize=1 << 14)
def _normal(matched: str) -> str:
    """A name as matched, its spaces, quotes and dashes read as one space (remembered, a bounded cache:
    an article's places recur)."""
    return " ".join(_SPACE_RE.sub(" ", matched).split()) if not matched.startswith("m-") else matched


class _Word:
    __slots__ = ("bare", "end", "offset", "start")

    def __init__(self, start: int, end: int, bare: str, offset: int) -> None:
        self.start, self.end, self.bare, self.offset = start, end, bare, offset


def _word_before(folded: str, pos: int) -> tuple[int, int, str] | None:
    """The word that ends just before *pos* (spaces and quotes between), or None (punctuation)."""
    j = pos
    while j > 0 and folded[j - 1] in _GAP:
        j -= 1
    i = j
    while i > 0 and (folded[i - 1].isalnum()):
        i -= 1
    return (i, j, folded[i:j]) if i < j else None


def _listed(folded: str, pos: int) -> bool:
    """Whether the name at *pos* («والعزبة») ends a list of names joined by «و» that a plural or dual
    settlement noun opens («قرى الصور وبريهة والحريجة والعزبة»): each name before it starts with «و»,
    but the first, of one or two words, right after the noun."""
    w = _word_before(folded, pos)
    plain = 0  # words since the last «و»: the first name's, at most two
    for _ in range(_LIST_REACH):
        if w is None:
            return False
        if plain and any(b in _SETTLEMENTS for _, b in _bares(w[2])):
            return True
        if w[2].startswith("و") and len(w[2]) > 2:
            plain = 0
        else:
            plain += 1
            if plain > 2:
                return False
        w = _word_before(folded, w[0])
    return False


def _word_after(folded: str, pos: int) -> tuple[int, int, str] | None:
    m = _WORD.match(folded, len(folded) - len(folded[pos:].lstrip(_GAP)))
    return (m.start(), m.end(), m.group()) if m else None


def _bares(word: str) -> list[tuple[int, str]]:
    """*word* and it without its clitics: و / ف, then ب / ل / ك («وبريف» → «ريف», «بالقرب» → «القرب»)."""
    out = [(0, word)]
    k = 1 if len(word) > 2 and word[0] in "وف" else 0
    if k:
        out.append((1, word[1:]))
    if len(word) > k + 2 and word[k] in "بلك":
        out.append((k + 1, word[k + 1:]))
    return out


def _side_before(folded: str, pos: int) -> tuple[int, str] | None:
    """Where a side read as a noun begins and which side it is, when the words ending at *pos* (the
    word «من» before a place) name one: «إلى الجنوب من», «الجنوب الغربي من», «إلى الجنوب الغربي والغرب
    من» (the first side of the list). A side noun with no adjective must follow «إلى» («حذر الغرب من …»
    is the West). None otherwise."""
    w = _word_before(folded, pos)
    first: tuple[int, str] | None = None  # the leftmost side read so far
    adjective = ""  # a side adjective read, waiting for its noun («الغربي» of «الجنوب الغربي»)
    described = listed = False
    for _ in range(_SIDE_REACH):
        if w is None:
            break
        word = w[2]
        if not adjective and word in _DIRECTION_ADJ and word != "الاوسط":
            adjective = _DIRECTION_ADJ[word]
        else:
            listed = word.startswith("و") and word[1:] in _SIDE_NOUNS
            bare = word[1:] if listed else word
            if bare not in _SIDE_NOUNS:
                break
            described = described or bool(adjective)
            first = (w[0] + (1 if listed else 0), _SIDE_NOUNS[bare] + (f"-{adjective}" if adjective else ""))
            adjective = ""
            if not listed:
                w = _word_before(folded, w[0])
                break
        w = _word_before(folded, w[0])
    if first is None or adjective or listed:
        return None  # no side, or an adjective or a list with no side noun before it
    return first if described or (w is not None and w[2] in ("الى", "الي")) else None


def _classify(found: tuple[int, int, str] | None, tables: dict[str, Any]) -> tuple[str, _Word] | None:
    if found is None:
        return None
    start, end, word = found
    for offset, bare in _bares(word):
        for name, table in tables.items():
            if bare in table:
                return name, _Word(start, end, bare, offset)
    return None


_BEFORE: Final = {**_NOUNS, "direction": _DIRECTION, "near": _NEAR, "process": _PROCESS,
                  "preposition": _PREPOSITIONS | _ENTERING}


class PlaceFinder:
    """The place finder for one gazetteer: built once (one compiled regex), then :meth:`find`."""

    def __init__(self, data: Gazetteer | None = None, unknown: bool = True) -> None:
        self.gazetteer = data if data is not None else gazetteer()
        #: whether unknown names after a settlement noun are places too (:meth:`_with_unknown`)
        self.unknown = unknown
        g = self.gazetteer
        self._gov_of: dict[str, Place] = {p.admin1: p for p in g.places.values() if p.kind == "governorate"}
        self._regex = _name_regex({*g.by_name, *g.blockers})
        self._seat_of: dict[str, Place] = {p.seat: p for p in g.places.values()
                                           if p.seat and p.kind == "governorate"}
        self._people = g.given_names | g.titles
        self._read_memo: dict[tuple[str, str, bool, str], tuple[tuple[Place, ...], Precision]] = {}

    def find(self, text: str) -> list[PlaceMention]:
        """The places *text* names, in text order, never overlapping; offsets into *text*."""
        _, omap, folded = stripped_folded(text)  # the event coder's, when it reads the same article
        lowered = folded.lower()  # Latin letters in lower case: str.lower is the fast way, when it moves
        folded = lowered if len(lowered) == len(folded) else folded.translate(_LOWER)  # no offset
        g = self.gazetteer
        out: list[PlaceMention] = []
        spans: list[tuple[int, int]] = []  # the folded spans of *out*
        taken = -1
        for m in self._regex.finditer(folded):
            name_start, key, clitics = _matched(m)
            if clitics and m.group("i") is not None:
                name_start, key, clitics = _whole_name(g, name_start, key, clitics)
            places = g.by_name.get(key)
            if not places or m.start() < taken or any(clitics[i:] + key in g.blockers
                                                      for i in range(len(clitics))):
                continue  # a blocker read with a clitic: «لبنان» is not «ل» + the village «بنان»
            found = self._read(folded, m.start(), name_start, m.end(), key, clitics, places)
            if found is None:
                continue
            start, end, frame, cue_spans, direction, cands, precision, rule = found
            s, e = omap.span_to_original(start, end)
            ns, ne = omap.span_to_original(name_start, m.end())
            cue = " … ".join(text[a:b] for a, b in (omap.span_to_original(x, y) for x, y in cue_spans))
            out.append(PlaceMention(s, e, text[s:e], ns, ne, cands[0] if len(cands) == 1 else None,
                                    tuple(cands), frame, precision, cue.strip(), direction, key, rule))
            spans.append((start, end))
            taken = end
        return self._with_unknown(text, omap, folded, out, spans) if self.unknown else out

    def _with_unknown(self, text: str, omap: Any, folded: str, known: list[PlaceMention],
                      spans: list[tuple[int, int]]) -> list[PlaceMention]:
        """*known* and the unknown names a settlement noun frames («قرية عثمان», «منطقة عندان»:
        ``UNKNOWN_NOUNS``), each a place of its own kept as written (id ``text:<name>``, ``source`` "text",
        no coordinates), never snapped to a known one; its governorate is the known place right after it,
        when only ``GOVERNORATE_LINKS`` stand between («قرية عثمان في ريف حماة»), else none."""
        found: list[PlaceMention] = []
        for start, nstart, nend, *words in _unknown_matches(folded):
            inner = _UNKNOWN_RE.match(folded, words[0]) if folded[nstart:nend] in DESCRIBED_NOUNS else None
            if inner is not None:  # «جرود بلدة عرسال»: the settlement noun after it frames the name
                start, nstart, nend = inner.start(), inner.start("noun"), inner.end("noun")
                words = [*inner.span("w1"), *inner.span("w2")]
            name = self._unknown_name(folded, *words)
            if name is None:
                continue
            ns, ne = name
            noun = folded[nstart:nend]
            if noun in DEFINITE_ONLY_NOUNS and not folded.startswith("ال", ns):
                continue  # «جبال شاهقة»: a mountain's own name is definite («جبال الحمام», «جبل الشيخ»)
            if noun in DESCRIBED_NOUNS and folded[ns:ne].split()[0] in AREA_NOT_NAMES:
                continue  # «منطقة خفض التصعيد», «منطقة العمليات»: what the area is, not its name
            before = _word_before(folded, start)
            if noun == "حي" and before is not None and any(b in LIVE_BEFORE for _, b in _bares(before[2])):
                continue  # «برصاص حي»: live fire
            if any(a < ne and ns < b for a, b in spans):
                continue  # a known place (or a blocker) there
            key = folded[ns:ne]
            code = self._governorate_after(folded, ne, spans, known)
            gov = self._gov_of.get(code)
            a, b = omap.span_to_original(ns, ne)
            place = Place(f"text:{key}", (text[a:b],), "", UNKNOWN_NOUNS[noun], code,
                          gov.admin1_ar if gov else "", gov.admin1_en if gov else "", "SY" if gov else "",
                          source="text", note=f"no gazetteer entry: the name as written after «{noun}»"
                          + (f", in the governorate of the place after it ({gov.admin1_en})" if gov else ""))
            frame, precision, direction, begin = "settlement", Precision.PLACE, "", nstart
            if noun in AREA_NOUNS:  # «منطقة الكنطري»: an area, as «منطقة X» is for a known X
                frame, precision = "area", Precision.NEAR
            elif noun in FACILITY_NOUNS:  # «معبر الزمراني», «حاجز بيت سحم»: a facility, as for a known one
                frame = "facility"
            side = _classify(before, {"direction": _DIRECTION, "near": _NEAR})
            if side is not None:  # «قرب بلدة X», «شمال قرية X»: near it, as for a known name
                frame, precision, begin = side[0], Precision.NEAR, side[1].start + side[1].offset
                direction = _DIRECTION.get(side[1].bare, "")
            s, e = omap.span_to_original(begin, ne)
            cs, ce = omap.span_to_original(begin, nend)
            found.append(PlaceMention(s, e, text[s:e], a, b, place, (place,), frame, precision,
                                      text[cs:ce], direction, key))
        return sorted([*known, *found], key=lambda x: x.start) if found else known

    def _unknown_name(self, folded: str, w1s: int, w1e: int, w2s: int, w2e: int) -> tuple[int, int] | None:
        """The span of the name in the words after a settlement noun (the first at *w1s*–*w1e*, the second,
        if any, at *w2s*–*w2e*), or None when they are no name."""
        w1, w2 = folded[w1s:w1e], (folded[w2s:w2e] if w2s >= 0 else None)
        if (len(w1) < 3 and w1 not in NAME_HEADS) or w1 in NOT_NAMES or w1.startswith("لل"):
            return None  # «البلدة نفسها», «مخيم للنازحين»
        if not w1.startswith("ال") and w1.endswith(("ي", "يه")):
            return None  # a nisba adjective with no article: «حي سكني», «قرية حدودية»
        if w1.startswith(CONJUNCTION) and len(w1) > 3 and w1 not in NAME_HEADS:
            return None  # «على 46 قرية وباتت …», «ثلاث عشرة قرية وعدد من …»: the next conjunct (places25)
        if any(b in table for _, b in _bares(w1) for table in _BEFORE.values()) or w1 in _DIRECTION_ADJ:
            return None  # «بلدة في», «قرية شمال …»
        end = w1e
        if w2 is not None and (w1 in NAME_HEADS or w2 in NAME_TAILS) and w2 not in NOT_NAMES:
            end = w2e
        elif w1 in NAME_HEADS:
            return None
        key = folded[w1s:end]
        g = self.gazetteer
        if key in g.by_name or w1 in g.by_name or key in g.blockers:
            return None  # a known name the finder did not take here (a blocker, a common word)
        return w1s, end

    def _governorate_after(self, folded: str, end: int, spans: list[tuple[int, int]],
                           known: list[PlaceMention]) -> str:
        """The governorate code of the known place right after *end*, when only ``GOVERNORATE_LINKS``
        stand between, else empty."""
        for (a, _), mention in zip(spans, known, strict=True):
            if a < end:
                continue
            words = folded[end:a].translate(_GAP_AS_SPACE).replace("،", " , ").split()
            if len(words) > 3 or any(w not in GOVERNORATE_LINKS for w in words):
                return ""
            return mention.admin1 if mention.place is None or mention.place.country == "SY" else ""
        return ""

    def _read(self, folded: str, wstart: int, name_start: int, name_end: int, key: str, clitics: str,
              places: tuple[Place, ...]) -> tuple[int, int, str, list[tuple[int, int]], str, list[Place],
                                                  Precision, str] | None:
        g = self.gazetteer
        prep = any(c in "بلك" for c in clitics)
        w1 = _word_before(folded, wstart)
        c1 = _classify(w1, _BEFORE)
        noun = outer = noun_word = ""
        direction = ""
        start = name_start
        cues: list[tuple[int, int]] = []
        if prep:
            cues.append((wstart + (1 if clitics[0] in "وف" else 0), wstart + len(clitics)))
        w2 = _word_before(folded, w1[0]) if w1 is not None else None
        if w1 is not None and w1[2] in _ROAD_ADJ and _classify(w2, {"f": {"الطريق", "طريق", "الاوتوستراد"}}):
            noun = "facility"  # «الطريق الدولي M4»
            c2 = _classify(w2, {"f": {"الطريق", "طريق", "الاوتوستراد"}})
            assert c2 is not None
            start = c2[1].start + c2[1].offset
            cues = [(start, w1[1])]
        elif c1 is not None and c1[0] in _NOUNS:
            noun, word = c1
            noun_word = word.bare
            start = word.start + word.offset
            cues = [(start, word.end)]
            c2 = _classify(w2, {"direction": _DIRECTION, "near": _NEAR})
            sided = _side_before(folded, w2[0]) if c2 is None and w2 is not None and w2[2] == "من" else None
            if c2 is not None:
                outer = c2[0]
                start = c2[1].start + c2[1].offset
                cues = [(start, word.end)]
                if outer == "direction":
                    direction = _DIRECTION[c2[1].bare]
            elif sided is not None:  # «إلى الجنوب الغربي من مدينة عفرين»
                outer, (start, direction) = "direction", sided
                cues = [(start, word.end)]
        elif c1 is not None and c1[0] == "direction":
            outer, word = c1
            direction = _DIRECTION[word.bare]
            start = word.start + word.offset
            c2 = _classify(w2, {"direction": _DIRECTION})
            if c2 is not None and c2[1].bare in ("شمال", "جنوب") and direction in ("east", "west"):
                direction = f"{_DIRECTION[c2[1].bare]}-{direction}"  # «جنوب شرق X», «شمال غربي X»
                start = c2[1].start + c2[1].offset
            cues = [(start, word.end)]
        elif w1 is not None and w1[2] == "من" and (sided := _side_before(folded, w1[0])) is not None:
            outer, (start, direction) = "direction", sided  # «إلى الجنوب من حلب»
            cues = [(start, w1[1])]
        elif c1 is not None and c1[0] == "near":
            outer, word = c1
            start = word.start + word.offset
            cues = [(start, word.end)]
        elif w1 is not None and w1[2] == "من" and _classify(w2, {"n": _NEAR_BEFORE_MIN}):
            c2 = _classify(w2, {"n": _NEAR_BEFORE_MIN})
            assert c2 is not None
            outer, start = "near", c2[1].start + (1 if c2[1].bare == "القرب" and c2[1].offset == 2 else 0)
            cues = [(start, w1[1])]  # «بالقرب من X»: the whole compound preposition
        elif w1 is not None and w1[2] in _DIRECTION_ADJ and prep and "ل" in clitics \
                and _classify(w2, {"c": {"الريف"}}):
            c2 = _classify(w2, {"c": {"الريف"}})  # «الريف الجنوبي لإدلب»
            assert c2 is not None
            noun, direction = "countryside", _DIRECTION_ADJ[w1[2]]
            start = c2[1].start + c2[1].offset
            cues = [(start, wstart + len(clitics))]
        elif c1 is not None and c1[0] == "process":
            outer, word = c1
            start = word.start + word.offset
            cues = [(start, word.end)]
        elif not prep and w1 is not None and w1[2] == "من" and w2 is not None and w2[2] in _EACH_OF:
            pass  # «كل من أنقرة وموسكو»: a list of those who act, no frame
        elif prep or (c1 is not None and c1[0] == "preposition"):
            outer = "preposition"
            if not prep and c1 is not None:
                cues = [(c1[1].start + c1[1].offset, c1[1].end)]
        elif clitics.startswith("و") and w1 is not None and w1[2] in g.needs_side and w2 is not None \
                and w2[2] in _NEIGHBOUR_AND:
            outer = "preposition"  # «في العراق وسوريا»: the preposition before the neighbour frames it
            cues = [(w2[0], w2[1])]
        elif w1 is not None and any(b in self._people for _, b in _bares(w1[2])[:2]):
            return None  # «أحمد حلب», «العميد حلب»: a person's name
        frame = outer if outer in ("direction", "near", "process") else (noun or outer or "name")
        framed = bool(noun) or frame in _FRAMING
        if key in g.needs_place_noun and not framed:
            if not (clitics.startswith("و") and _listed(folded, wstart)):
                return None
            noun = frame = "settlement"  # «قرى الصور وبريهة والحريجة والعزبة»: the list's noun
        if frame == "name" and (key in g.needs_side or key in g.needs_frame) and _classify(w1, _VISITED):
            # «خلال زيارته أرمينيا», «سيزور تركيا»: where the visitor went (the verb is no cue of the name's)
            outer = frame = "preposition"
        arrived = (frame == "preposition" and not prep and w1 is not None and w1[2] in _TOWARDS_ARRIVAL
                   and _classify(w2, _ARRIVED) is not None)  # arrived_at: «وصلت إلى تركيا»
        if key in g.needs_side and frame not in ("direction", "near") and not arrived and not (
                frame == "preposition" and _classify(w1, _VISITED)):
            return None  # «شمال شرق البلاد», not «مدن البلاد» (the country's cities)
        if key in g.needs_frame and frame in ("name", "process"):
            return None
        end = name_end
        if noun == "countryside" or (key.startswith("ريف ") and not noun):
            after = _word_after(folded, end)
            if after is not None and after[2] in _DIRECTION_ADJ and not direction:
                side, end = _DIRECTION_ADJ[after[2]], after[1]
                nxt = _word_after(folded, end)
                if nxt is not None and nxt[2] in _DIRECTION_ADJ and nxt[2] not in ("الشمالي", "الجنوبي"):
                    side, end = f"{side}-{_DIRECTION_ADJ[nxt[2]]}", nxt[1]  # الشمالي الغربي
                direction = side
                cues.append((after[0], end))
                if not noun:
                    noun = "countryside"  # «ريف دمشق الغربي»
                    frame = "countryside" if frame in ("name", "preposition") else frame
        cands, precision = self._read_candidates(key, places, noun, noun_word in _DISTRICT_NOUNS, frame)
        rule = "arrived_at" if arrived and key in g.needs_side else ""
        return start, end, frame, cues, direction, list(cands), precision, rule

    def _read_candidates(self, key: str, places: tuple[Place, ...], noun: str, district: bool,
                         frame: str) -> tuple[tuple[Place, ...], Precision]:
        """``_candidates`` and the precision of the best of them, remembered for each name and frame
        (a pure function of them: the names of an archive recur)."""
        memo = (key, noun, district, frame)
        found = self._read_memo.get(memo)
        if found is None:
            cands = tuple(self._candidates(places, noun, district))
            found = cands, Precision(max(self._precision(p, frame, noun) for p in cands))
            if len(self._read_memo) >= _READ_MEMO:
                self._read_memo.clear()  # bounded
            self._read_memo[memo] = found
        return found

    def _candidates(self, places: tuple[Place, ...], noun: str, district: bool = False) -> list[Place]:
        cands = list(places)
        if district and noun == "area" and any(p.kind == "district" for p in cands):
            # «منطقة منبج»: the district; «منطقة إدلب», a central district named like its governorate's
            # seat: the district or the wider region (the governorate), not guessed
            districts = [p for p in cands if p.kind == "district"]
            seats_of = {self._seat_of[p.seat].id for p in districts if p.seat in self._seat_of}
            wider = [p for p in cands if p.kind == "governorate" and p.id in seats_of]
            return list(dict.fromkeys([*districts, *wider]))
        ids = {p.id for p in cands}
        # a district shares its seat town's names: without «منطقة» the name is the town («منبج»)
        cands = [p for p in cands if not (p.kind == "district" and p.seat in ids)] or cands
        if noun in ("governorate", "countryside"):
            # the governorate a seat city's name stands for, and not the city itself
            mapped = [self._seat_of.get(p.id, p) for p in cands]
            cands = list(dict.fromkeys(mapped))
            if noun == "governorate":
                cands = [p for p in cands if p.kind == "governorate"] or cands
            return cands
        if noun == "settlement":
            cands = [p for p in cands if p.kind in _SETTLED] or cands
        elif noun == "facility":
            cands = [p for p in cands if p.kind in _FACILITIES] or cands
        ids = {p.id for p in cands}
        return [p for p in cands if not (p.kind == "governorate" and p.seat in ids)] or cands

    @staticmethod
    def _precision(place: Place, frame: str, noun: str) -> int:
        base = place.precision
        if noun == "countryside":
            return 2 if base <= 3 else base
        if frame in ("direction", "near") or noun == "area":
            return max(2, base)
        return base


@cache
def _default_finder() -> PlaceFinder:
    return PlaceFinder()


def extract_places(text: str) -> list[PlaceMention]:
    """The places *text* names, in text order, with offsets into *text*, each resolved against the
    bundled gazetteer (read on first use): see :mod:`syrtimeline.places.find`."""
    return _default_finder().find(text)
