"""Where an event happened: the place that governs its clause (docs/places.md, "Events and places").

The places of an article are found once (:func:`syrtimeline.places.extract_places`, kept for the
article being read, with its anaphors), then each event takes the place mention that governs its
trigger (:func:`where_of`, one call per event from the coder):

1. **The event's own words**: the mentions of the part of the clause that speaks of it (from the
   clause's start, or the end of the event before it, to the next trigger); when that part names
   none, the rest of the clause after it, up to its next conjunct. Never a place of another clause,
   nor one after «وأن / قبل أن» past the trigger (another report). A happening named after an ordinal
   whose words name no place is the one its clause told before, placed as it (:func:`_ranked`).
2. **What never says where**: a place inside an actor's name (unless a frame ties it: «في العاصمة
   دمشق»), a ``process`` frame («اتفاق سوتشي»), a post or a body's seat (:data:`POST_WORDS`), a topic
   (:data:`ABOUT_WORDS`, :data:`TOPIC_WORDS`), an origin (:data:`ORIGIN_WORDS`), whom a force answers
   to (:data:`ALLEGIANCE_WORDS`); but the residents of a place protest there.
3. **One place phrase**: a place that locates the one before it (:data:`LOCATOR_GAP`: «بلدة الترنبة في
   ريف إدلب», «ولا سيما») is one phrase with it; the most precise of the phrase stands for it.
4. **Said, agreed or held where** (:data:`SETTING_KINDS`): a statement, a call, an agreement … only
   where the text says it was said or made (:data:`SETTING_WORDS`, also before the trigger in its
   conjunct, right after its trigger, or fronted: «وفي واشنطن، قال»); what it says never places it, nor
   the capital of the state its speaker is named after, its seat (:func:`_at_home`), nor the scene of what
   a speech answers, told after its object and «، إثر / بعد / عقب» (:func:`_cause_of_speech`), nor the day
   and place of a loss it counts («أحصت … مقتل 28 شخصاً أمس السبت في إدلب»: :data:`COUNTED_WORDS`); an
   agreement made in talks named after a place abroad is made there (:func:`_agreed_at`), and one named after
   a city abroad and told as made (:func:`_named_after_scene`) or reported after talks held at X
   (:func:`_talks_then_agreed`) there; a scene told after what is said (:func:`_issued_after`) or, for what
   the next sentence tells again, there (:func:`_scene_told_next`) places a speech; a suspension or
   resumption of what goes somewhere (patrols, trips) is where it goes (:func:`_route_of`); a body named by
   its noun and adjective before «في X» sits at X, no scene (:func:`_seat_of_named_body`).
5. **Tied, then near**: a mention tied by a frame (:data:`TIED`) beats a bare name; a deployment's
   destination comes first (:data:`ARRIVING`), a withdrawal's destination is not where
   (:data:`LEAVING`); then the nearest after the trigger, then before it (within
   :data:`BEFORE_REACH`, with no span of time, citing or contrasting word between and not closing the
   conjunct before it); a clause set off by «، إثر / بعد» or «، التي» takes no anaphor from before its
   comma, and one whose own words point back by a pronoun («، بعد معارك تدور فيها») is unplaced
   (:func:`_subordinate`). Fire told after a word of cover («تحت غطاء من القصف») is placed where the
   happening it covers is (:func:`_covering`). A place before «في سياق / في إطار» is the part's, not the
   whole's named after them (:data:`WHOLE_WORDS`); the rest of the clause is not read when a comma and a
   relative pronoun in the event's part open what a noun of its words does (:func:`_told_of_a_noun`).
6. **Anaphora**: «المدينة», «البلدة», «المطار», «الطريق», «المحافظة», «المنطقة» … with no name after
   them point back to the last place of that sort (:data:`ANAPHORS`); «من هناك» and «فيها» to a place
   of the sentence or the one before. An event placed by a definite place noun keeps the noun's words
   as written, «المدينة», with its referent's entry (:func:`_by_anaphor`).

Nothing is guessed: a clause that names no place leaves its event unplaced (``Event.where`` None),
and an ambiguous name («عمان») places it by the words as written with its candidates, no entry and
no coordinates.

Merging (:func:`compatible`): two reports can be one event when either is unplaced, they name the same
place, or one lies inside the other (a place inside its governorate, anything in a country inside
it); the merged event has the most precise place that fits all (:func:`merged_where`). Filters:
:func:`places_named`, :func:`governorate_named`, :func:`inside`.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

import attrs

from ..dates.lexicon import CARDINALS
from ..dates.normalize import fold
from ..places import FRAMES, Place, PlaceMention, Precision, extract_places, gazetteer
from ..places.gazetteer import name_key
from .model import EventKind, Where
from .morph import clitic_forms
from .triggers import ARRIVED, ARRIVED_BACK, COUNTED_SINCE, DISCUSSED, RECEIVED_IN, RECEPTION, STARTING_WORDS

__all__ = ["ABOUT_WORDS", "ANAPHORS", "POST_WORDS", "SETTING_KINDS", "SETTING_WORDS", "TIED", "compatible",
           "compatible_keys", "governorate_named", "holds_key", "inside", "merged_where", "one_conjunct",
           "place_of", "places_named", "settlement_names", "where_of", "written_place_id"]

#: The frames that tie a place to what the clause reports (everything but a bare name and a process).
TIED: Final = frozenset({"settlement", "governorate", "area", "countryside", "facility", "direction",
                         "near", "preposition"})
#: Words after which «في X» says whose post someone holds or where a body sits, not where something
#: happens (folded): «السفير الإيراني في سوريا», «مصدر في موسكو», «والي محافظة هاتاي».
POST_WORDS: Final = frozenset(fold(w) for w in (
    "سفير", "مبعوث", "ممثل", "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسؤولي", "مصدر", "مصادر", "مراسل",
    "مراسلة", "رئيس", "قائد", "محافظ", "والي", "بعثة", "مكتب", "سفارة", "قنصلية", "مندوب", "الدوليين",
    "الأممي", "الخاص", "وزير", "نائب", "حكومة", "رئاسة", "الجمهورية", "مجلس", "متحدث", "اللجان",
    "أهالي", "سكان", "أبناء", "نازحي", "مهجري",
    # a mission, committees named by their place («ممثلية إقليم كردستان», «وجهاء وأعضاء لجان درعا»: places50)
    "ممثلية", "لجان",
    # a directorate and its seat («وأفادت مديرية الصحة في حلب بإصابة 9 أشخاص»: places55)
    "مديرية", "مديريات",
    # a religious body and whose it is («مشايخ العقل في السويداء»: the Druze sheikhs of As-Suwayda)
    "مشايخ", "شيوخ", "مشيخة",
    # the parties to a conflict and where it is fought («توصل الأطراف المتنازعة في سورية إلى اتفاق»: places24)
    "الأطراف",
))
#: Bodies named by two words, after which «في X» is where the body sits, as after a post word («قائد القوات
#: الجوية في منطقة …»); the adjective alone is no body («بدأت روسيا حملتها الجوية في سوريا»: the campaign's).
POST_BODIES: Final = frozenset(fold(w) for w in (
    "القوات الجوية", "القوات البحرية", "المخابرات الجوية", "الدفاعات الجوية",
))
#: Nouns of a body that, with a relative adjective after them, name it («اللجنة المركزية في درعا البلد»,
#: «الهيئة العليا في …»): «في X» right after the two, the subject of a speech or an agreement, says where
#: the named body sits, not where it spoke or agreed (:func:`_seat_of_named_body`); a committee named by its
#: task in a construct («توصلت لجنة التفاوض في درعا البلد إلى اتفاق») is where it negotiates, as the gold
#: reads it, and a meeting of a named body («اجتماع اللجنة الدستورية في جنيف») is held there.
NAMED_BODIES: Final = frozenset(fold(w) for w in ("اللجنة", "لجنة", "الهيئة", "هيئة", "المركز", "مركز"))
#: The complement a named body's name may end with after its adjective («أعلن "المركز الروسي للمصالحة" في
#: سوريا»: the centre's name, «في سوريا» its seat): a word on «لل».
NAMED_BODY_COMPLEMENT: Final = fold("لل")
#: Words after which a place is what the event is about, not where it happens: «حول سوريا».
ABOUT_WORDS: Final = frozenset(fold(w) for w in (
    "حول", "بشأن", "بخصوص", "تجاه", "إزاء",
    # «بقرارات تخص محافظة إدلب», «القضايا المتعلقة بإدلب»: what concerns a place
    "تخص", "يخص", "تخصان", "المتعلقة", "المتعلق", "تتعلق", "يتعلق",
    # «الاجتماعات واللقاءات الخاصة بسوريا»: what concerns Syria (right before the name, its «ب» a clitic:
    # «القوات الخاصة في سوريا» stays a place; places25)
    "الخاصة", "الخاص",
))
#: Words before «في X» that make X the topic: «الأزمة في سوريا», «للسلام في سوريا», «الوضع في إدلب».
TOPIC_WORDS: Final = frozenset(fold(w) for w in (
    "السلام", "الأزمة", "الحرب", "الوضع", "الأوضاع", "الصراع", "النزاع", "التسوية", "الحل", "الاستقرار",
    "التطورات", "الملف",
)) | frozenset(fold(w) for w in ("سلام", "أزمة", "حرب", "وضع", "أوضاع", "صراع", "نزاع", "تسوية", "حل"))
#: A state's unity, sovereignty or integrity, in construct with its name or land right after («وحدة الأراضي
#: السورية», «سيادة سوريا»): the place is what is spoken of, no scene (places55).
INTEGRITY_WORDS: Final = clitic_forms((fold(w) for w in ("وحدة", "سيادة", "سلامة")),
                                      ("", "ب", "و", "وب", "ل"))
#: Words before «بين X» that make X one of the parties related, not a scene: «لتطبيع العلاقات بين أنقرة
#: ودمشق» (relations_between, places46).
RELATION_WORDS: Final = frozenset(fold(w) for w in ("العلاقات", "علاقات", "العلاقة", "علاقة"))
#: Nouns of a road or a square whose own name is a word of :data:`TOPIC_WORDS` («أوتوستراد السلام في
#: القنيطرة», «ساحة السلام في …»): the word is then the road's name, not a topic (places23).
STREET_NOUNS: Final = frozenset(fold(w) for w in (
    "طريق", "الطريق", "أوتوستراد", "اوتوستراد", "الأوتوستراد", "شارع", "ساحة", "دوار", "جسر",
))
#: Words before «لـX» / «من X» that say whom a force answers to, not where it is: «الفصائل الموالية
#: لأنقرة», «الميليشيات المدعومة من إيران», «القوات التابعة لدمشق».
ALLEGIANCE_WORDS: Final = frozenset(fold(w) for w in (
    "الموالية", "الموالي", "الموالين", "الموالون", "موالية", "موالين", "الموالیة", "المدعومة", "المدعوم",
    "المدعومين", "مدعومة", "التابعة", "التابع", "التابعين", "تابعة", "المقربة", "المقرب", "المقربين",
))
#: Words before «من X» that make X where something came from: «بعد إطلاقها من الأراضي السورية».
ORIGIN_WORDS: Final = frozenset(fold(w) for w in (
    "إطلاق", "إطلاقها", "إطلاقه", "انطلاق", "انطلاقها", "انطلاقا", "قادمة", "قادما", "قادمين", "قادمون",
    "أقلعت", "إقلاعها", "مصدرها", "مصدره", "أطلقت", "أطلق", "أطلقها", "أطلقوا",
    # «طائرة إيرانية انطلقت من سوريا»: where it took off
    "انطلقت", "انطلق", "انطلقتا", "انطلقوا",
))
#: Kinds placed only where the text says they were said, agreed or held (``SETTING_WORDS``): what a
#: statement, a call, a contact over a channel or an agreement speaks of is not where it happened.
SETTING_KINDS: Final = frozenset({EventKind.STATEMENT, EventKind.INTERVIEW, EventKind.CALL, EventKind.CONTACT,
                                  EventKind.AGREEMENT, EventKind.PROPOSAL, EventKind.SUSPENSION,
                                  EventKind.RESUMPTION, EventKind.END})
#: Words that set a scene, up to eight words before the place: «في مؤتمر صحفي في موسكو», «خلال لقائهما
#: في بالي», «الاتفاق الذي توصل إليه الوزيران في جنيف», «المبرم في سوتشي».
SETTING_WORDS: Final = frozenset(fold(w) for w in (
    "مؤتمر", "كلمة", "كلمته", "خطاب", "خطابه", "تصريحات", "تصريحاته", "زيارة", "زيارته", "لقاء",
    "لقائه", "لقائهما", "اجتماع", "اجتماعه", "اجتماعهما", "قمة", "محادثات", "مباحثات", "ختام",
    "هامش", "جلسة", "منتدى", "توصل", "توصلا", "توصلت", "توصلتا", "وقع", "وقعا", "وقعت", "وقعتا",
    "أبرم", "أبرمت", "أبرمه", "المبرم", "الموقع",
    "وقعته", "وقعتها", "وقعاه", "وقعوه", "عقد", "عقدت", "عقداه", "عقدوا", "اجتمع", "اجتمعا",
    "التقى", "التقيا", "مشترك", "صحفي",
    # «وقال الرئيس الروسي، متحدثاً إلى جانب ضيفه في الكرملين …، إن»: where he spoke
    "متحدثا", "متحدثة",
))
#: What may stand between a place and the one that locates it («مطار منغ العسكري في ريف حلب الشمالي»,
#: «جسر أريحا على طريق M4», «مدينة عفرين شمالي سوريا»): the second only says where the first is.
LOCATOR_GAP: Final = frozenset(fold(w) for w in (
    "في", "على", "قرب", "الواقعة", "الواقع", "العسكري", "العسكرية", "الدولي", "الجوية", "الجوي",
    "الأثرية", "الحدودية", "السورية", "الاستراتيجية", "التابعة", "لمحافظة", "سيما",
)) | clitic_forms((fold(w) for w in (  # each with «و» (tidy40)
    # «بلدات الغوطة الشرقية ولا سيما المليحة», «ريف إدلب وتحديداً سراقب»: the second is a place in the first
    "لا", "لاسيما", "خاصة", "خصوصا", "تحديدا",
    # «عدد من البلدات في ريف حلب الغربي، هي قبتان الجبل والشيخ عقيل …»: the places it names
    "هي",
)), ("", "و"))
#: What names quarters of a city told before («الأحياء الشرقية», «الأحياء المحاصرة»: :data:`ANAPHORS`).
QUARTERS_SIDES: Final = ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "القديمة", "المحاصرة")
#: A city's own facilities, named without the city («الملعب البلدي», «المشفى الوطني»): :data:`ANAPHORS`.
CITY_FACILITIES: Final = ("الملعب البلدي", "الملعب", "المشفى الوطني", "المستشفى الوطني")
#: Definite place nouns that point back to the last place of their sort (folded noun → the kinds of
#: gazetteer entry it may refer to, or the noun written before the place's name: «ميناء اللاذقية»).
ANAPHORS: Final[dict[str, frozenset[str]]] = {
    fold("المدينة"): frozenset({"city", "town", "مدينه"}),
    fold("البلدة"): frozenset({"town", "village", "city", "بلده"}),
    fold("القرية"): frozenset({"village", "town", "قريه"}),
    fold("المطار"): frozenset({"airbase", "مطار"}),
    fold("القاعدة"): frozenset({"airbase", "قاعده"}),
    fold("الميناء"): frozenset({"ميناء"}),
    fold("المعبر"): frozenset({"crossing", "معبر"}),
    fold("السد"): frozenset({"سد"}),  # «غارات على محيط السد»: the dam named before («سد تشرين»)
    fold("الحقل"): frozenset({"حقل"}),
    # «اعتقلت 89 عنصراً من التنظيم في محيط السجن»: the prison named before («سجن غويران»: places15)
    fold("السجن"): frozenset({"سجن"}),  # «سيطر على أجزاء واسعة من الحقل»: the field named before («حقل شاعر»)
    # «شنوا هجوماً مباغتاً على الحي», «الحي تعرض لغارات»: the neighbourhood named before (not «الرصاص الحي»,
    # live fire: _LIVE)
    fold("الحي"): frozenset({"neighbourhood", "حي"}),
    # «أبناء مخيم خان الشيح …، في وقت تعرض فيه المخيم لقصف جوي»: the camp named before (places22)
    fold("المخيم"): frozenset({"مخيم"}),
    fold("الطريق"): frozenset({"road", "طريق"}),
    # «انسحبت قوات النظام من مقرات حكومية في العاصمة»: the capital named before («العاصمة دمشق»)
    fold("العاصمة"): frozenset({"عاصمه"}),
    fold("المحافظة"): frozenset({"governorate", "محافظه"}),
    # (a governorate too, places43: «وقف لإطلاق النار في محافظة السويداء …، فيما بدأت قوات الأمن الانتشار في
    # المنطقة»)
    fold("المنطقة"): frozenset({"region", "district", "منطقه", "ريف", "governorate"}),
    fold("هناك"): frozenset(),  # any place: «سحب القوات الأمريكية من هناك»
    fold("فيها"): frozenset({"مدينه", "بلده", "قريه", "محافظه", "منطقه", "ريف"}),  # «دوريات فيها»
    # «تتواصل الاضطرابات في مدينة السويداء …، وباشتباكات عنيفة … داخلها»: inside the place named before
    fold("داخلها"): frozenset({"مدينه", "بلده", "قريه", "محافظه", "منطقه", "ريف"}),
    fold("محيطه"): frozenset(),  # «بعد معارك … في محيطه»: around the place named just before
    fold("مدرجاته"): frozenset({"airbase", "مطار"}),  # «أضراراً بأحد مدرجاته»: the airport's runways
    fold("مدرجه"): frozenset({"airbase", "مطار"}),
    fold("مدارجه"): frozenset({"airbase", "مطار"}),
    # «إثر غارات إسرائيلية أخرجته عن الخدمة»: the airport or crossing put out of service (only before «عن
    # الخدمة», _ANAPHOR_RE)
    fold("أخرجته"): frozenset({"airbase", "crossing", "مطار", "معبر"}),
    fold("أخرجتها"): frozenset({"airbase", "crossing", "مطار", "معبر"}),
    fold("محيطها"): frozenset(),
    # «وكانت المنطقة نفسها قد شهدت … سلسلة تفجيرات»: the same area, the place named just before, of any sort
    # (places20)
    fold("المنطقة نفسها"): frozenset(),
    fold("المنطقة ذاتها"): frozenset(),
    # places51: the same front or square, told again by «نفسه / ذاته» («اشتباكات … على محور سد تشرين …
    # اشتباكاً بين الجانبين على المحور نفسه», «بمظاهرة مماثلة في الساحة ذاتها»): the place named before with
    # that noun («محور», «ساحة»). Not «المناطق نفسها»: the gold places it once (1889) and leaves it unplaced
    # once (336, «no place named beyond» it)
    **{fold(f"المحور {same}"): frozenset({"محور"}) for same in ("نفسه", "ذاته")},
    # (the noun as written too: a square's own name opens on it, «ساحة الكرامة»)
    **{fold(f"الساحة {same}"): frozenset({"ساحه", "ساحة"}) for same in ("نفسها", "ذاتها")},
    # «انتشرت في تلك المناطق», «بانسحاب مقاتلي «قسد» من تلك المناطق»: the areas named just before, of any sort
    # (places39)
    fold("تلك المناطق"): frozenset(),
    fold("هذه المناطق"): frozenset(),
    # «وصول تعزيزات … إلى الحدود», «يعزز انتشاره على الحدود»: the border named before («على الحدود
    # اللبنانية – السورية»: places20); the gazetteer's borders are named «الحدود …»
    fold("الحدود"): frozenset({"الحدود"}),
    # «اشتباكات عنيفة تسمع داخل الأحياء الشرقية», «ستسيطر قوات النظام على الأحياء المحاصرة»: quarters of the
    # city named before (places44; written as the text writes them, the gold's words)
    **{fold(f"الأحياء {side}"): frozenset({"city", "مدينه"}) for side in QUARTERS_SIDES},
    # «سيطرت على المشفى الوطني، وحاصرت ما تبقى من عناصر التنظيم في الملعب البلدي»: a city's own facility, in
    # the city named before (places45; written as the text writes them, the gold's words)
    **{fold(f): frozenset({"city", "town", "مدينه"}) for f in CITY_FACILITIES},
}
#: The «same X» phrases that point back to a place told before (places51: ANAPHORS), as written.
SAME_PLACE_PHRASES: Final = (("المحور", "نفسه"), ("المحور", "ذاته"), ("الساحة", "نفسها"), ("الساحة", "ذاتها"))
#: Anaphors that point back only a short way (characters): to a place of the sentence or the one before.
#: («المنطقة»: 400 since places44, as «المحافظة»: a governorate named two sentences before, «وقف شامل لإطلاق
#: النار في محافظة السويداء … فيما بدأت قوات الأمن الانتشار في المنطقة»; 600 took farther places wrongly)
_NEAR_ANAPHORS: Final = {fold("المنطقة"): 400, fold("هناك"): 250, fold("فيها"): 150, fold("المحافظة"): 400,
                         fold("داخلها"): 300, fold("المنطقة نفسها"): 400, fold("المنطقة ذاتها"): 400,
                         fold("محيطه"): 150, fold("محيطها"): 150, fold("تلك المناطق"): 400,
                         fold("هذه المناطق"): 400, **{fold(f): 400 for f in CITY_FACILITIES},
                         **{fold(f"{noun} {same}"): 400 for noun, same in SAME_PLACE_PHRASES}}
#: The frames a village told again by «القرية» may have: any of :data:`_OTHER_FRAMES`, or a side of it.
_VILLAGE_REFERENT_FRAMES: Final = frozenset(TIED | {"name"}) - {"governorate", "countryside"}
#: The frames a referent may have (default: _OTHER_FRAMES).
_REFERENT_FRAMES: Final = {
    fold("المحافظة"): frozenset({"governorate", "countryside", "preposition", "name"}),
    fold("المنطقة"): frozenset({"area", "countryside", "preposition", "name", "governorate"}),
    fold("فيها"): frozenset({"settlement", "governorate", "area", "countryside"}),
    fold("داخلها"): frozenset({"settlement", "governorate", "area", "countryside"}),
    # «انسحاب «قسد» من مناطق واسعة في شمال البلاد وشرقها …، التي انتشرت في تلك المناطق»: a side of a place too
    fold("تلك المناطق"): frozenset(FRAMES),
    fold("هذه المناطق"): frozenset(FRAMES),
    # «توغلت غرب رويحينة، وأطلقت قذيفتين مدفعيتين نحو محيط القرية»: a village named by its side is the village
    # the later «القرية» points back to (places51; a city's side stays a locator: «شمال غربي درعا»)
    fold("القرية"): frozenset(_VILLAGE_REFERENT_FRAMES),
}
#: Any frame but a process, a governorate, a countryside or a side of a place («مدينة جاسم، شمال غربي درعا
#: … أبناء المدينة»: Jasim, not the city a side of which was named).
_OTHER_FRAMES: Final = frozenset(TIED | {"name"}) - {"governorate", "countryside", "direction"}
_ADVERBS: Final = frozenset({fold("هناك"), fold("فيها")})
#: The residents of a place («أهالي محافظة السويداء»): no post, but where they protest.
_RESIDENTS: Final = frozenset(fold(w) for w in ("أهالي", "سكان", "أبناء"))
#: Words of those who live in a place told again by an anaphor, for any kind but a protest: «وأدى إلى مقتل
#: تسعة من سكان المدينة» says where the dead lived, not where the strike or the truce was (dwellers_of,
#: places46). «أبناء» is not one: «اشتباكات … بين مجموعات محلية من أبناء المدينة وخلية» are the city's
#: own fighters, and the gold places their clash in the city.
DWELLERS_WORDS: Final = frozenset(fold(w) for w in ("أهالي", "سكان"))
#: Where a clause's next conjunct opens: «، وأن …», «، و…», «وإن …».
_NEXT_CONJUNCT: Final = re.compile(r"[،,؛;]\s*[وف]|(?<!\w)(?:و[أإا]ن|قبل [أا]ن)(?!\w)")


def one_conjunct(text: str, first: int, then: int) -> bool:
    """Whether no next conjunct of the clause (:data:`_NEXT_CONJUNCT`: «، و…», «وأن …») opens between two
    offsets: what stands at both is told in one conjunct («استهدفت … محافظة القنيطرة … بعدة قذائف»). A word at
    *then* may open on the conjunct's «و» («، وقصفت»)."""
    return _NEXT_CONJUNCT.search(text, first, then + 1) is None


#: «وأن / وإن» (places20): a place before it is another report's, not that of the event told after it («…
#: و24 في منطقة عين العرب، وأن الشرطة العسكرية الروسية تسيّر دوريات في شريط الـ10 كم»).
_AND_THAT: Final = re.compile(r"(?<!\w)و[أإا]ن(?!\w)")
#: «، وقال / وأعلنت … إنه / إنها / إنهم» (places32): a speaker goes on, in a conjunct of its own, with a claim
#: opened by a pronoun, mostly of an act of its own («…، في قصف … على إحدى نقاط المراقبة التركية في إدلب،
#: وقالت إنها ردت بهجوم …», «…، وأعلن النظام حينها أنه أسقط عدداً من الصواريخ»): what is claimed is placed by
#: its own words only, not by the places told before the comma (10 such conjuncts on 001–1296); «، وقال
#: صاحبها إن الدمار ناجم عن غارة» (no pronoun) is left to the other rules.
CLAIMING_VERBS: Final = ("قال", "قالت", "قالوا", "أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا", "ذكر",
                         "ذكرت", "أفاد", "أفادت", "أوضح", "أوضحت", "أضاف", "أضافت", "زعم", "زعمت", "ادعى",
                         "ادعت")  # as written
_OWN_CLAIM: Final = re.compile(r"[،,]\s*و(?:" + "|".join(CLAIMING_VERBS) + r")(?:\s+[^\s،,.]+){0,3}?\s+[إأا]ن"
                               r"(?:ه|ها|هم|هما)(?!\w)")
#: Words that point back to the event itself as the time of another («هجومها الذي أطلقته الأسبوع الماضي
#: وخسرت خلاله القوات الحكومية مدينة حلب»): what follows them happened during or after it, another report.
WITHIN_IT_WORDS: Final = ("خلاله", "خلالها", "أثناءه", "أثناءها", "إثره", "إثرها", "عقبه", "عقبها")
#: What opens another report after the trigger: «…، وأن مقاتلة سقطت», «… قبل أن تتحرك القافلة نحو …», «…
#: بعد أن أجرت اتصالات مع مبعوث … إلى سوريا» (as «بعدما»),
#: «… وخسرت خلاله القوات الحكومية مدينة حلب».
_NEW_REPORT: Final = re.compile(r"(?<!\w)(?:و[أإا]ن|قبل [أا]ن|بعد [أا]ن|بعدما|"
                                 + "|".join(WITHIN_IT_WORDS) + r")(?!\w)"
                                 # «أسرت الطيار بعد عملية بحث أطلقتها في المنطقة»: after another happening
                                 r"|(?<!\w)بعد\s+(?=(?:عملية|حملة|هجوم|معارك|اشتباكات|قصف|غارات|انسحاب)(?!\w))"
                                 # «تسيير قوافل برفقة دوريات روسية، على أن تُفتح الطريق …»: what is to follow
                                 # (places21, 679)
                                 r"|[،,]\s*على\s+[أا]ن(?!\w)")
#: Words after the trigger that open what the event answers (a strike, an attack): a place after them is
#: that happening's («علّقت العمل بالمذكرة …، رداً على ضربة صاروخية شنتها الولايات المتحدة على قاعدة
#: الشعيرات»: the base the strike hit, not where the memorandum was suspended).
RESPONSE_WORDS: Final = ("رداً على", "ردا على", "ردًا على", "رداً", "ردا", "في رد على", "في ردها على",
                         "انتقاماً", "انتقاما")
_RESPONSE: Final = re.compile(r"(?<!\w)(?:" + "|".join(sorted(RESPONSE_WORDS, key=len, reverse=True))
                              + r")(?!\w)")
#: Words right after a strike that give its purpose, another happening («قصفت مواقع للجيش السوري لتغطية تقدم
#: قوات خاصة … نحو مناطق … في إدلب»: where the advance went, not where the shells fell).
PURPOSE_WORDS: Final = ("لتغطية", "لتأمين تقدم", "لإسناد", "لمساندة")
_PURPOSE: Final = re.compile(r"(?<!\w)(?:" + "|".join(PURPOSE_WORDS) + r")(?!\w)")
#: Words after the trigger that tell what the event led to, another happening with places of its own
#: (places21: «شنت … هجوماً مباغتاً مكنها من السيطرة تباعاً على مدن عدة ثم على دمشق», «قدما معلومات قادت إلى
#: موقع سري في صحراء غرب العراق»), as written: a verb of leading to and its preposition.
RESULT_WORDS: Final = ("مكنها من", "مكنه من", "مكنهم من", "مكنتها من", "مكنته من", "مكنتهم من", "قاد إلى",
                       "قادت إلى", "أدى إلى", "أدت إلى", "أفضى إلى", "أفضت إلى")
_RESULT: Final = re.compile(r"(?<!\w)(?:" + "|".join(w.replace("مكن", "مك\u0651?ن").replace(" ", r"\s+")
                                               for w in RESULT_WORDS) + r")(?!\w)")
#: What describes a person after the trigger by what they are charged with («اعتُقل فلان المسؤول عن الإعدامات
#: الميدانية في سجن صيدنايا», «المتهم بارتكاب جرائم في …»): a place after it is the charge's, not where the
#: arrest or the killing happened (as written, before «عن» / «بـ»).
CHARGED_WORDS: Final = ("المسؤول", "المسؤولة", "المسؤولين", "المسؤولون", "المتهم", "المتهمة", "المتهمين",
                        "المتهمون")
#: Words of those involved in a happening («ألقت القبض على عدد من المتورطين في قتل عنصرين … في كمين مسلح بحي
#: الدعتور»), before «في» / «بـ»: the place after is that happening's, as after :data:`CHARGED_WORDS`
#: (places31).
INVOLVED_WORDS: Final = ("المتورط", "المتورطة", "المتورطين", "المتورطون", "الضالع", "الضالعين", "الضالعون")
_CHARGED: Final = re.compile(r"(?<!\w)و?(?:(?:" + "|".join(CHARGED_WORDS) + r")\s+(?:عن\s|ب)|(?:"
                             + "|".join(INVOLVED_WORDS) + r")\s+(?:في\s|ب))")
#: A comma and a word citing an agreement after the trigger (:data:`CITING_WORDS` as written, those that open
#: a phrase): what follows is the agreement's, its scene too («أعلن الجيش التركي بدء إقامة نقاط المراقبة،
#: تنفيذاً لاتفاق توصلت إليه أنقرة مع موسكو وطهران في أستانة»: made in Astana, the posts are not).
CITED_AFTER_COMMA: Final = ("تنفيذا", "تنفيذاً", "تطبيقا", "تطبيقاً", "بموجب", "وفقا", "وفقاً", "استنادا",
                            "استناداً")
_CITED: Final = re.compile(r"[،,]\s*(?:" + "|".join(CITED_AFTER_COMMA) + r")(?!\w)")
#: Talks (:data:`TALK_KINDS`) are about what follows «حول / بشأن / بخصوص» after them, up to the next comma
#: («تدور المحادثات حول بقاء القوات الروسية في ميناء طرطوس»): a place there is their topic, not where they
#: are held («محادثات أستانا حول سوريا، التي استضافتها العاصمة الكازاخستانية»: the capital is the scene);
#: so is what they aim at («محادثات تهدف إلى استئناف الدوريات على الطريق M4»: the road is their goal's).
TALK_KINDS: Final = frozenset({EventKind.MEETING, EventKind.NEGOTIATION_ROUND})
TALK_TOPIC_WORDS: Final = ("حول", "بشأن", "بخصوص", "بهدف", "تهدف", "يهدف", "تهدفان", "يهدفان", "الهادفة",
                           "الهادف", "الرامية", "الرامي",
                           # what they are to dwell on («موضحاً أن المباحثات ستتركز على القمة المرتقبة في …»)
                           "تتركز", "ستتركز", "يتركز", "سيتركز", "تركز", "ستركز",
                           # what their decisions concern («خرجت منها الدول الضامنة بقرارات تخص محافظة إدلب»)
                           "تخص", "يخص", "تتعلق", "يتعلق",
                           # what they are held to discuss («اجتماع أمني ترأسه الرئيس لبحث التطورات في إدلب»)
                           "لبحث", "لمناقشة",
                           # what they strive for («التقوا …، سعياً إلى تفادي الاشتباكات في الأجواء السورية»:
                           # places27)
                           "سعيا", "سعياً", "لتفادي", "لتجنب")
#: meet45 (discussed_topic): after a verb of discussing (``triggers.DISCUSSED``: the talks' own trigger or a
#: verb after it), these nouns open what was discussed, its object written after the partner («بحث … مع
#: نظيره التركي الوضع في إدلب», «ناقشا التطورات في سوريا», «ملف اللاجئين»): a place there, to the next comma,
#: is the topic's, not where the talks were held (their city or venue, when the text names it, comes before).
#: Wherever it stands, a place right after one of them, or after one and «في», is the topic of talks too
#: («ملف إدلب سيكون من أبرز المسائل التي سيبحثها بوتين مع أردوغان»: topic_phrase).
TOPIC_NOUNS: Final = frozenset(fold(w) for w in (
    "الوضع", "وضع", "الأوضاع", "أوضاع", "التطورات", "تطورات", "المستجدات", "مستجدات", "الملف", "ملف",
    "الملفات", "ملفات", "الأزمة", "أزمة", "التنسيق", "تنسيق"))
_A_COMMA: Final = re.compile(r"[،,]")
_TALK_TOPIC: Final = re.compile(r"(?<!\w)(?:" + "|".join(TALK_TOPIC_WORDS) + r")(?!\w)")
#: What opens another happening after the trigger, its places its own (kinds not placed by a setting only):
#: a pluperfect, what happened before («أسقطت … مقاتلة إسرائيلية كانت قد قصفت أهدافاً عسكرية داخل سوريا»),
#: a comma and a word of what came before (:data:`AFTER_WORDS`: «عقد اجتماع طارئ …، إثر مقتل 33 جندياً …
#: في محافظة إدلب»), or a comma and what the event happened amid (:data:`AMID_WORDS`: «وتتواصل الاشتباكات
#: …، وسط حشد القوات … في محيط حيّي …»; not «، وسط مدينة منبج», the middle of a place: ``_another_happening``).
PLUPERFECT_WORDS: Final = ("كان", "كانت", "كانوا", "كانا", "كانتا")  # before «قد»
EARLIER_AFTER_COMMA: Final = ("بعد", "إثر", "اثر", "عقب",  # as written; :data:`AFTER_WORDS` folded
                               # nouns44: «، وذلك بعد ساعات من إعلانه استهداف مواقع إيرانية في سوريا»
                               "وذلك بعد", "وذلك إثر", "وذلك اثر", "وذلك عقب")
#: (places21: «، في وقت / في حين …», what happened meanwhile: «وافقت الحكومة وقسد على تمديد وقف لإطلاق
#: النار …، في وقت تنقل فيه الولايات المتحدة سجناء … من سوريا إلى العراق»: the transfer's places, not the
#: truce's)
AMID_AFTER_COMMA: Final = ("وسط", "في وقت", "في حين")  # as written; :data:`AMID_WORDS` folded
#: Words of what came before that open another happening with no comma before them, when a verbal noun with a
#: pronoun of its own doer follows (places21: «أسقطت الطائرة فجر اليوم إثر تنفيذها غارات على الأراضي السورية»:
#: the raids' place, the plane's doing); as written; not «اشتباكات عنيفة إثر هجوم … على طريق حلب-اللاذقية»
#: (483: the clashes where the attack was), and «بعد» is often a time.
EARLIER_WORDS: Final = ("إثر", "اثر", "عقب")
_EARLIER: Final = re.compile(r"(?<!\w)(?:" + "|".join(PLUPERFECT_WORDS) + r")\s+قد(?!\w)"
                             r"|[،,]\s*(?:" + "|".join(EARLIER_AFTER_COMMA) + r")(?!\w)"
                             r"|(?<!\w)(?:" + "|".join(EARLIER_WORDS) + r")\s+\w+(?:ها|هم|هما|ه)(?!\w)")
#: Words after «في وقت» that make it a time («، في وقت سابق الخميس»), not a concurrent happening (places21).
A_TIME_AFTER: Final = ("سابق", "لاحق", "متأخر", "مبكر", "مضى")
#: (places21: «وسط» opens what the event happened amid with no comma too, «خرجت مظاهرات … وسط انتشار أمني كثيف
#: في دمشق»: the deployment's place, 527; «وسط مدينة …» stays the middle of a place: ``_another_happening``)
_AMID_AFTER: Final = re.compile(r"(?:[،,]\s*(?:" + "|".join(AMID_AFTER_COMMA) + r")|(?<!\w)وسط)(?!\w)"
                                r"(?!\s+(?:" + "|".join(A_TIME_AFTER) + r")(?!\w))\s*")
#: A comma and a word of what came before (:data:`EARLIER_AFTER_COMMA`), after a speech
#: (:func:`_cause_of_speech`).
#: A comma and a word of what happened meanwhile between a place and a later trigger: the place is the
#: happening's told before it, not the one amid which it happened («الحملة التي تشنها القوات على المدينة، وسط
#: توقعات باقتحام قريب مع وصول تعزيزات»: the reinforcements are not placed there; places22).
_AMID_COMMA: Final = re.compile(r"[،,]\s*(?:" + "|".join(AMID_AFTER_COMMA) + r")(?!\w)")
_AFTER_COMMA: Final = re.compile(r"[،,]\s*(?:" + "|".join(EARLIER_AFTER_COMMA) + r")(?!\w)")
#: Words that tell a happening as going on at the same time as the clause before («أوقفت الرحلات من مطار
#: حلب …، بالتزامن مع اندلاع اشتباكات عنيفة», «تواصل الطائرات التحليق فوق إدلب وريف حماة، بالتزامن مع
#: اجتماعات أستانا»): what is not fought there is not placed at the clause's places before them (places38).
#: Each before «مع», read on the text as given: «بالتزامن» with «و» and the accusative «تزامنا» with its
#: tanween written after the alif or before it, derived with clitics22's helper (tidy40).
CONCURRENT_WORDS: Final = (clitic_forms(("بالتزامن",), ("", "و"))
                           | clitic_forms(("تزامن",), after=("ا", "اً", "ًا")))
#: Kinds placed where the clause before :data:`CONCURRENT_WORDS` was all the same: shelling or fighting
#: that went on with it is at its place («في محيط المطار، بالتزامن مع قصف جوي ومدفعي كثيف»).
CONCURRENT_PLACED_KINDS: Final = frozenset({EventKind.CLASH, EventKind.STRIKE, EventKind.ATTACK})
#: Prepositions with a pronoun after a concurrent happening's trigger that point back to the clause's place
#: («دخلت الفصائل حمص …، بالتزامن مع انسحاب وحدات … من قوات النظام منها»): it is placed there after all.
PRONOUNS_BACK: Final = ("منها", "منه", "فيها", "فيه", "إليها", "إليه", "عليها", "عليه")
_PRONOUN_BACK: Final = re.compile(r"(?<!\w)(?:" + "|".join(PRONOUNS_BACK) + r")(?!\w)")
_CONCURRENT: Final = re.compile(r"(?<!\w)(?:" + "|".join(sorted(CONCURRENT_WORDS)) + r")\s+مع(?!\w)")
#: Words of what an act is done for or against («تجري العملية في سوريا، بهدف معاقبة النظام المتهم بتنفيذ هجوم
#: كيميائي», «يعتصم أهال قرب جسر أريحا رفضاً للدوريات المشتركة»): a happening told after one is the act's
#: motive, not placed where the act is (places29).
MOTIVE_WORDS: Final = ("رفضاً", "رفضا", "احتجاجاً", "احتجاجا", "تنديداً", "تنديدا", "بهدف", "بغية")
_MOTIVE: Final = re.compile(r"(?<!\w)(?:" + "|".join(MOTIVE_WORDS) + r")(?!\w)")
_TOWARDS: Final = frozenset(fold(w) for w in ("من", "إلى", "الى", "حتى", "نحو"))


def _adverb_of_place(text: str, start: int, end: int) -> bool:
    """Whether «هناك» / «فيها» at *start* points to a place: «من هناك», «إلى هناك», «بقيت هناك.» (not «إن
    هناك خلافات»: there is), «دوريات فيها» (not «بما فيها»: including)."""
    before = _words_before(text, start, 1)
    if _fold_of(text, start, end).endswith("فيها"):
        return before != ["بما"]
    after = text[end:end + 2].lstrip(" ")
    return (bool(before) and before[0] in _TOWARDS) or not after or after[0] in ".،,؛;:"
#: Kinds that happen where they arrive («دفعت بتعزيزات من حلب إلى الساحل»): a place after these cues
#: comes first.
ARRIVING: Final = {EventKind.DEPLOYMENT: frozenset(fold(w) for w in ("إلى", "الى", "نحو", "باتجاه"))}
#: How far (in characters) before its trigger a place may stand and still be the event's
#: («البلدة تعرضت مساء الجمعة الماضي لقصف»); one farther off is what the clause told before it.
BEFORE_REACH: Final = 80
#: Words of a span of time: between a place and a later trigger, they tell another time.
SPANS_OF_TIME: Final = frozenset(fold(w) for w in (
    "شهر", "شهرين", "أشهر", "أسبوع", "أسبوعين", "أسابيع", "أيام", "يومين", "عام", "عامين", "أعوام", "سنة",
    "سنتين", "سنوات", "ساعات", "ساعتين",
))
#: Words that cite an agreement or a decision: a place before them is where what carries it out or
#: watches over it happened («انتشار قوات الأمن داخل المدينة تنفيذاً لبنود اتفاق وقف إطلاق النار», «إرسال
#: نحو 300 مراقب إلى سوريا لمراقبة وقف إطلاق النار»), not the agreement's.
CITING_WORDS: Final = frozenset(fold(w) for w in (
    "تنفيذا", "تنفيذاً", "تطبيقا", "تطبيقاً", "بموجب", "وفق", "وفقا", "وفقاً", "استنادا", "استناداً",
    "لتنفيذ", "لتطبيق", "لمراقبة", "ومراقبة", "مراقبة",
))
#: Words that open a contrasting or concurrent conjunct: a place before them is that conjunct's
#: («ضربات قرب كوباني …، لكنها لم تنجح في إبطاء زحف داعش الذي استولى على قرى»).
CONTRAST_WORDS: Final = frozenset(fold(w) for w in (
    "لكن", "لكنها", "لكنه", "لكنهم", "ولكن", "بينما", "فيما", "حين", "غير",
))
#: Words that open a comment on the event told before the comma («قصفت مروحيات روسية مواقع … في محيط مدينة
#: تدمر وسط سوريا، وذلك غداة إعلان موسكو سحب القسم الأكبر من قواتها»): a place before them is that event's.
COMMENT_WORDS: Final = frozenset(fold(w) for w in ("وذلك", "ذلك"))
#: Words that tell a happening as a part of a larger one named after them («وتأتي السيطرة على عفرين في سياق
#: العملية العسكرية التي أطلقتها تركيا»): a place before them is the part's, not the whole's.
WHOLE_WORDS: Final = frozenset(fold(w) for w in ("سياق", "إطار"))
#: Words that give what talks were held to discuss («عقد … اجتماعاً أمنياً … بأنقرة لبحث تداعيات إسقاط المقاتلة
#: …، الذي أسفر عن مقتل أحد طياريها وأسر الطيار الآخر»): a place before them is the talks', not the scene of
#: the happenings they discuss, told after them.
DISCUSSED_WORDS: Final = clitic_forms((fold(w) for w in ("لبحث", "لمناقشة")), after=("", "ها"))  # tidy40
_NOT_ACROSS: Final = (SPANS_OF_TIME | CITING_WORDS | CONTRAST_WORDS | COMMENT_WORDS | WHOLE_WORDS
                      | DISCUSSED_WORDS)
#: Words before a span of time that make it the event's own time, not another's: «وتتعرض الغوطة الشرقية منذ
#: أشهر لغارات» (how long the strikes have lasted), «الحي تعرض في الأيام الماضية لغارات», «خلال الأيام
#: الماضية» (when they fell).
OWN_TIME_BEFORE: Final = frozenset(fold(w) for w in ("منذ", "في", "خلال"))
#: Words of a count that may stand between a word of :data:`OWN_TIME_BEFORE` and the span it opens: the span
#: is still the event's own time («وتشهد محافظة السويداء منذ ثلاثة أيام اشتباكات عنيفة», «منذ عدة أشهر»;
#: places53).
SPAN_COUNTS: Final = frozenset(fold(w) for w in (*CARDINALS, "عدة", "بضعة", "بضع"))


_FROM: Final = fold("من")
_IN: Final = fold("في")
#: Fighting that lasts: a span of time right before «من» and one of them is how long it lasted
#: («، بعد ستة أيام من المعارك بين الطرفين»), not the time since it began («بعد ستة أشهر من هجوم واسع
#: أطلقوه»; places22).
LASTING_WORDS: Final = frozenset(fold(w) for w in (
    "المعارك", "معارك", "الاشتباكات", "اشتباكات", "القتال", "قتال", "المواجهات", "مواجهات", "الحصار", "حصار",
    # attacks and shelling told in the plural or as a mass, which last as fighting does («، بعد عامين من
    # الهجمات على المعسكرين المحاصرين», «بعد يومين من القصف»; places53): not «هجوم», one attack
    "الهجمات", "هجمات", "القصف", "قصف", "الغارات", "غارات",
))


def _other_time(words: list[str], trigger_word: str = "") -> list[str]:
    """*words* less the spans of time told as the event's own (after :data:`OWN_TIME_BEFORE`, or right before
    «من» and *trigger_word*, fighting that lasts, :data:`LASTING_WORDS`): what is left may tell another
    time."""
    if (len(words) >= 2 and words[-1] == _FROM and _has(words[-2:-1], SPANS_OF_TIME)
            and _has((trigger_word,), LASTING_WORDS)):
        # «، بعد ستة أيام من المعارك»: how long the fighting itself lasted, right before its trigger
        words = words[:-2]
    return [w for n, w in enumerate(words) if not (_has((w,), SPANS_OF_TIME) and (
        (n and words[n - 1] in OWN_TIME_BEFORE)
        or (n > 1 and words[n - 1] in SPAN_COUNTS and words[n - 2] in OWN_TIME_BEFORE)))]
#: Words that tell what came before the event told first («سيطرت على قرى إلى الجنوب من عفرين، بعد
#: معارك …»): a place given only as a side of another (``direction``) before them is where the first
#: event's unnamed places lie, not where the fighting before it was.
AFTER_WORDS: Final = frozenset(fold(w) for w in ("بعد", "إثر", "اثر", "عقب"))
#: Words that open what is said or agreed («إن», «أن», «على»): a place after them is its content.
_CONTENT_OPENS: Final = frozenset(fold(w) for w in ("إن", "أن", "بأن", "على", "عن", "حول"))
#: The dead and hurt a speech counts («أحصت الوكالة 45 قتيلاً في جبلة»): a place after them, close after the
#: trigger, is what is counted, not where it was said (places34).
COUNT_NOUNS: Final = frozenset(fold(w) for w in (
    "قتيلاً", "قتيلا", "قتيل", "قتلى", "جريحاً", "جريحا", "جرحى", "مصاباً", "مصابا", "ضحية", "ضحايا",
))
_BETWEEN: Final = fold("بين")
_THAT: Final = frozenset(fold(w) for w in ("إن", "أن", "بأن"))  # what opens a speech's content
_SPEECH: Final = frozenset({EventKind.STATEMENT, EventKind.INTERVIEW, EventKind.CALL})
#: Kinds that happen where they leave from: a place after these cues is where they went.
LEAVING: Final = {EventKind.WITHDRAWAL: frozenset(fold(w) for w in ("إلى", "الى", "نحو", "باتجاه"))}
#: Kinds placed where they went, named after the trigger, when their clause names no place they left and
#: does not tell them after another happening (places52: «انسحبوا ليلاً باتجاه بلدتي الضبعة والبويضة الشرقية»,
#: «سحبت آلياتها فجراً إلى مدينة إدلب», as the gold reads them; not «وبعد ساعات من التوغل انسحبت تلك القوات
#: باتجاه …», withdrawn from the incursion's ground).
LEFT_FOR: Final = frozenset({EventKind.WITHDRAWAL})
#: Verbs (and their nouns) of leaving whose object or «من» names the place left («غادر», «خرج», «أخلى»,
#: «أجلى»): one told without it left a place told elsewhere («يغادرون اليوم إلى منطقتي الباب وعفرين», the
#: evacuation of the sentence before), and is not placed where it went.
#: A retreat told in the text just before (:data:`RETREAT_TOLD_BACK` characters before the clause) is the one
#: a clause naming only where they went tells again: «بعدما انسحب منها مقاتلو "الفيلق الثالث" …. وأفاد مراسل
#: حرية برس بأن مجموعات من الفيلق الثالث … انسحبت باتجاه مدينة أعزاز» is the withdrawal from Afrin (places52).
RETREAT_WORDS: Final = clitic_forms((fold(w) for w in ("انسحب", "انسحبت", "انسحبوا", "انسحاب", "الانسحاب")),
                                    ("", "و", "ف"))
RETREAT_TOLD_BACK: Final = 400
LEFT_FROM_ELSEWHERE_STEMS: Final = ("غادر", "مغادر", "خرج", "خروج", "اخل", "اجل")
_LEFT_FROM_ELSEWHERE: Final = re.compile(
    r"[وف]?(?:ال)?[يتن]?(?:" + "|".join(fold(w) for w in LEFT_FROM_ELSEWHERE_STEMS) + ")")
#: Cues of where forces were heading, ranked after the other places of a capture (places48: «سيطرت في طريقها
#: إلى المطار على بلدة الشيخ أحمد», «استعادت خلال تقدمها نحو المطار السيطرة على بلدة …»: the town is what was
#: taken); the only place of the clause stays the capture's («دخلت القوات إلى مدينة …»).
HEADED_FOR: Final = {EventKind.CAPTURE: frozenset(fold(w) for w in ("إلى", "الى", "نحو", "باتجاه"))}
_SAID: Final = frozenset(fold(w) for w in (
    "إن", "أن", "بأن", "وأن", "وإن",
    # «أعلن وزير الدفاع … أنه اتفق مع "قسد" …، وذلك بعد اجتماع عقده … في العاصمة دمشق»: what he says
    # opens with a pronoun, and the meeting's scene is not the announcement's
    "إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم",
))
#: Names whose first word folds to a word of :data:`_SAID`, each with the word that follows it in the name:
#: «أعلن الأمين العام للأمم المتحدة بان كي مون اليوم في فيينا أن …» opens what he says at «أن», not at
#: «بان» (places26; extract.py keeps the same pair for the coder's speech).
NAMES_LIKE_SAID: Final = frozenset((fold(a), fold(b)) for a, b in (("بان", "كي"),))
_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_]+)")


def _name_like_said(text: str, word: str, end: int) -> bool:
    """Whether the word *word* ending at *end*, a word of :data:`_SAID`, opens a name spelt like it
    (:data:`NAMES_LIKE_SAID`: «بان كي مون»)."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and (fold(word), fold(nxt.group(1))) in NAMES_LIKE_SAID


def _not_names(words: list[str]) -> list[str]:
    """The folded *words* without the first word of each name spelt like an opening of what is said
    (:data:`NAMES_LIKE_SAID`: «بان» of «بان كي مون»)."""
    return [w for i, w in enumerate(words)
            if (w, words[i + 1] if i + 1 < len(words) else "") not in NAMES_LIKE_SAID]


#: The last letters of the words of :data:`_SAID` as written (fold maps one letter to one: «ة» → «ه», «أ» →
#: «ا»): a word ending in none of them folds to no word of it (:func:`_said_from`).
_SAID_ENDS: Final = frozenset(c for c in "نهةۃہەماأإآٱ" if fold(c) in {w[-1] for w in _SAID})
_WORD: Final = re.compile(r"[^\W\d_]+")
_CLITICS: Final = ("وبال", "وال", "وب", "ول", "فال", "بال", "لل", "و", "ف", "ب", "ل", "ال")
_STATES: Final = frozenset({"country", "capital"})  # the actor finder's rules for a state by its name


class _Places(NamedTuple):
    """What an article's events are placed from, found once while they are read: its place mentions
    (with their starts, for bisection), whether each may say where (not a process, a post, a topic or
    an origin: judged on first need, kept in ``usable``), and its anaphors («المدينة» …) with the
    place each points back to."""

    mentions: tuple[PlaceMention, ...]
    starts: list[int]
    usable: dict[int, bool]
    struck: dict[int, bool]  # whether the bare name starting there is a striking verb's object, once judged
    anaphors: tuple[tuple[int, PlaceMention], ...]


#: The words of :data:`ANAPHORS` as news writes them (ة or ه, with a clitic), read on the text as given.
_ANAPHOR_RE: Final = re.compile(r"(?<![^\W\d_])[وفبل]?"
                                r"(?P<w>المنطق[ةه] (?:نفسها|ذاتها)|"  # «المنطقة نفسها» before «المنطقة»
                                r"المحور (?:نفسه|ذاته)|الساح[ةه] (?:نفسها|ذاتها)|"
                                r"الأحياء (?:" + "|".join(QUARTERS_SIDES) + r")|"  # places44
                                r"(?:تلك|هذه) المناطق|"  # «انتشرت في تلك المناطق» (places39)
                                r"الملعب البلدي|الملعب|الم(?:ست)?شفى الوطني|"  # places45: CITY_FACILITIES
                                r"ال(?:مدين|بلد|قري|قاعد|محافظ|منطق|عاصم)[ةه]|البلدتين|الحيين|القريتين|المدينتين|المطار|الميناء|المعبر|الطريق|السد|الحقل|السجن|الحي|الحدود|المخيم"
                                r"|هناك|فيها|داخلها|محيطه|محيطها|مدرجاته|مدرجه|مدارجه"
                                # «غارات أخرجته عن الخدمة»: put the facility out of service
                                r"|[أا]خرجت(?:ه|ها)(?=\s+عن\s+الخدم[ةه]))(?![^\W\d_])")


@lru_cache(maxsize=2)
def _places(text: str) -> _Places:
    mentions = tuple(extract_places(text))
    starts = [m.start for m in mentions]
    anaphors: list[tuple[int, PlaceMention]] = []
    if mentions:
        for w in _ANAPHOR_RE.finditer(text):
            at = w.start()
            before = bisect.bisect_right(starts, at)  # the mentions that start before it
            if before and mentions[before - 1].end > at:
                continue  # a place noun of a mention («المدينة» of «المدينة X»)
            word = fold(w.group("w"))
            if word in _ADVERBS and not _adverb_of_place(text, w.start(), w.end()):
                continue  # «إن هناك خلافات» (there is), «بما فيها» (including)
            if word in _DESCRIBED and _described(text, w.end(), word):
                continue  # «المنطقة العازلة», «المنطقة الآمنة»: a zone of its own, not the region before
            if word == _HOOD and _has(_words_before(text, at, 1), _LIVE):
                continue  # «بالرصاص الحي»: live fire, no neighbourhood
            if word in _QUARTERS and (_located_right_after(text, w.end(), mentions, before)
                                      or _has(_words_before(text, at, 1), _RESIDENTS)):
                # «الأحياء الشرقية لمدينة حلب»: the city named after them, not one before; «بمشاركة … من أبناء
                # الأحياء الشرقية»: where those who took part live, not where they did
                continue
            if word in DUAL_ANAPHORS:
                referent = _pair_referent(text, mentions, before, word)
            else:
                referent = _referent(text, mentions, before, at, word)
            if referent is None and word == _GOVERNORATE_NOUN:
                referent = _seat_governorate(mentions, before, at)
            if referent is not None:
                anaphors.append((at, referent))
    return _Places(mentions, starts, {}, {}, tuple(anaphors))


_HOOD: Final = fold("الحي")
_QUARTERS: Final = frozenset(fold(f"الأحياء {side}") for side in QUARTERS_SIDES)
#: How many words may stand between quarters («الأحياء الشرقية») and the city named right after them («في
#: حلب», «لمدينة حلب»: the cue is the mention's own) for that city to be theirs.
QUARTERS_CITY_GAP: Final = 1


def _located_right_after(text: str, end: int, mentions: Sequence[PlaceMention], after: int) -> bool:
    """Whether the first mention from index *after* follows *end* within :data:`QUARTERS_CITY_GAP` words, in
    the same phrase (no comma, no full stop): it names whose quarters they are («الأحياء المحاصرة في مدينة
    درعا»)."""
    if after >= len(mentions):
        return False
    gap = text[end:mentions[after].start]
    return len(_WORD.findall(gap)) <= QUARTERS_CITY_GAP and not any(c in gap for c in "،,.؛;\n")
#: Words before «الحي» that make it «live» (fire), not «the neighbourhood»: «بالرصاص الحي», «الذخيرة الحية».
_LIVE: Final = frozenset(fold(w) for w in ("الرصاص", "رصاص", "الذخيرة", "ذخيرة", "النار", "البث"))


#: Anaphors that a definite adjective after them makes a description of their own («سيطرت على المنطقة
#: العازلة», «المنطقة الآمنة», «المنطقة الحدودية»), not a pointer back to the last region named.
_DESCRIBED: Final = frozenset({fold("المنطقة"), fold("المدينة"), fold("العاصمة"), fold("الحدود"),
                               fold("الملعب")})


#: Participles after an anaphor that say where its referent lies («في المدينة الواقعة شمالي البلاد»: the city
#: named before, located), no adjective making a zone of its own.
LOCATING_WORDS: Final = frozenset(fold(w) for w in ("الواقعة", "الواقع"))


#: Anaphors a relative pronoun may follow and still point back («على وسط المدينة التي شكلت مهد الاحتجاجات»:
#: the city named before; places22). Not «المنطقة»: «إلى المنطقة التي تسيطر عليها الفصائل» describes an area
#: of its own.
RELATIVE_BACK: Final = frozenset({fold("المدينة"), fold("العاصمة")})


def _described(text: str, end: int, anaphor: str = "") -> bool:
    """Whether a definite adjective («العازلة», «الآمنة»; not a participle that locates,
    :data:`LOCATING_WORDS`, nor a relative pronoun after an anaphor of :data:`RELATIVE_BACK`) follows the
    anaphor *anaphor* (folded) ending at *end*."""
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    word = fold(after.group()) if after is not None else ""
    return word.startswith("ال") and word not in LOCATING_WORDS and not (
        anaphor in RELATIVE_BACK and word in RELATIVE_WORDS)


def _referent(text: str, mentions: Sequence[PlaceMention], before: int, at: int,
              word: str) -> PlaceMention | None:
    """The place the anaphor *word* at *at* points back to: the last of the *before* first mentions
    of its sort, within its reach."""
    sorts = ANAPHORS[word]
    floor = at - _NEAR_ANAPHORS.get(word, at)
    frames = _REFERENT_FRAMES.get(word, _OTHER_FRAMES)
    for n in range(before - 1, -1, -1):
        m = mentions[n]
        if m.end < floor:
            return None  # mentions end in text order: the rest are farther still
        if m.place is not None and m.frame in frames and (
                not sorts or m.place.kind in sorts or (m.frame == "countryside" and "ريف" in sorts)
                or _has(_words_before(text, m.name_start, 1), sorts)
                or m.name.split(" ", 1)[0] in sorts) and not (
                n and _locates(text, mentions[n - 1], m)) and not _in_sequence(text, m) and not (
                n and _far_end_of_road(text, mentions[n - 1], m)) and not (
                _scene_of_speech(text, m, m.start, at)):
            # (not one that only locates the place before it: «مدينة حمص وسط البلاد» is Homs)
            return m
    return None


#: The nouns of a road named after its two ends («طريق الحسكة – القامشلي»).
ROAD_NOUNS: Final = frozenset(fold(w) for w in ("طريق", "الطريق", "أوتوستراد", "اوتوستراد", "الأوتوستراد"))
_DASHES: Final = frozenset("-–—ـ")


def _far_end_of_road(text: str, prev: PlaceMention, m: PlaceMention) -> bool:
    """Whether *m* is the far end of a road named after its two ends, *prev* the road and its first end
    («وأن يُفتح طريق الحسكة – القامشلي … خروج الجيش من المدينة»: Al-Hasakah, not Qamishli; places22): the far
    end names the road, no place an anaphor points back to."""
    gap = text[prev.end:m.start].strip()
    return bool(gap) and set(gap) <= _DASHES and prev.frame == "facility" and fold(prev.cue) in ROAD_NOUNS


#: Dual place nouns that point back to the last pair of places named with the dual noun written before them
#: («حصار على بلدتي الفوعة وكفريا … هجماتها على البلدتين»): folded anaphor → the folded dual noun.
DUAL_ANAPHORS: Final[dict[str, str]] = {fold(a): fold(n) for a, n in (
    ("البلدتين", "بلدتي"), ("الحيين", "حيي"), ("القريتين", "قريتي"), ("المدينتين", "مدينتي"),
)}


@lru_cache(maxsize=1)
def _governorates_by_code() -> dict[str, Place]:
    return {p.admin1: p for p in gazetteer().places.values() if p.kind == "governorate"}


def _pair_referent(text: str, mentions: Sequence[PlaceMention], before: int,
                   word: str) -> PlaceMention | None:
    """The pair a dual anaphor points back to: the last place named after its dual noun
    (:data:`DUAL_ANAPHORS`: «بلدتي الفوعة وكفريا») and the one joined to it, read as the region of the
    governorate both lie in (precision 2: two places, not one), the governorate their candidates share
    («حيي الأشرفية والشيخ مقصود»: Aleppo's, not Beirut's Achrafieh); None when they share none."""
    noun = DUAL_ANAPHORS[word]
    for n in range(before - 2, -1, -1):
        m = mentions[n]
        if fold(m.cue) != noun:
            continue
        second = mentions[n + 1]
        if _LIST_JOIN.fullmatch(text, m.end, second.start) is None:
            return None
        shared = {c.admin1 for c in m.candidates} & {c.admin1 for c in second.candidates}
        gov = _governorates_by_code().get(shared.pop()) if len(shared) == 1 else None
        if gov is None:
            return None
        return attrs.evolve(m, place=gov, candidates=(gov,), precision=Precision.NEAR)
    return None


_GOVERNORATE_NOUN: Final = fold("المحافظة")
#: The frames in which a city names itself (not a side of it, nor its countryside): those after which
#: «المحافظة» may point to the governorate the city is the seat of (:func:`_seat_governorate`).
_SEAT_FRAMES: Final = frozenset({"settlement", "preposition", "name"})


@lru_cache(maxsize=1)
def _governorates_by_seat() -> dict[str, Place]:
    return {p.seat: p for p in gazetteer().places.values() if p.kind == "governorate" and p.seat}


def _seat_governorate(mentions: Sequence[PlaceMention], before: int, at: int) -> PlaceMention | None:
    """The governorate «المحافظة» at *at* points back to when no governorate was named within its reach: the
    one whose seat is the last city named there («بدأ سحب وحداته من مدينة السويداء … وقف لإطلاق النار في
    المحافظة»: As-Suwayda governorate), read as that mention framed as its governorate."""
    floor = at - _NEAR_ANAPHORS[_GOVERNORATE_NOUN]
    for n in range(before - 1, -1, -1):
        m = mentions[n]
        if m.end < floor:
            return None
        if m.place is not None and m.frame in _SEAT_FRAMES:
            gov = _governorates_by_seat().get(m.place.id)
            if gov is None:
                return None  # the last place named is no seat: no governorate is told
            return attrs.evolve(m, place=gov, candidates=(gov,), frame="governorate",
                                precision=Precision.GOVERNORATE)
    return None


#: Words right before a place (no preposition between) that make it a term of a sequence or comparison
#: («لتغدو ثاني مركز محافظة يخرج من قبضة النظام بعد الرقة»): no referent of a later «المدينة», which
#: points back to the place the text is about.
SEQUENCE_WORDS: Final = frozenset(fold(w) for w in ("بعد", "قبل"))


def _in_sequence(text: str, m: PlaceMention) -> bool:
    """Whether the mention is a term of a sequence («ثاني مركز محافظة … بعد الرقة»): :data:`SEQUENCE_WORDS`
    right before it, no preposition between."""
    if m.frame not in ("name", "settlement"):
        return False
    before = _words_before(text, m.start, 1)
    return bool(before) and before[0] in SEQUENCE_WORDS


def _usable(text: str, places: _Places, n: int) -> bool:
    """Whether mention *n* of the article may say where (judged once)."""
    found = places.usable.get(n)
    if found is None:
        m = places.mentions[n]
        found = places.usable[n] = (m.frame != "process" and not _says_nothing_of_where(text, m)
                                    and not _untold_border(places.mentions, n))
    return found


#: Stretches of a border named by no state («الشريط الحدودي», places44): which border they are of, the text
#: tells before, by a border or a crossing (:data:`BORDER_KINDS`, or an entry named «الحدود …»).
BORDER_STRETCHES: Final = frozenset({"region:border-strip"})
BORDER_KINDS: Final = frozenset({"crossing"})
_BORDER_NOUN: Final = "الحدود"


def _untold_border(mentions: Sequence[PlaceMention], n: int) -> bool:
    """Whether mention *n* is a stretch of a border (:data:`BORDER_STRETCHES`) and no border or crossing is
    named before it: a text that names none does not say which border it is, and the gold leaves such a
    place unwritten («التقى قائدا الرتلين التركي والأمريكي على الشريط الحدودي», a text of a patrol «في
    شمال سوريا»), while «دوريات … على امتداد الشريط الحدودي» after «الحدود السورية التركية» is that
    border."""
    m = mentions[n]
    if m.place is None or m.place.id not in BORDER_STRETCHES:
        return False
    return not any(c.kind in BORDER_KINDS or c.names_ar[0].startswith(_BORDER_NOUN)
                   for b in mentions[:n] for c in b.candidates if c.id not in BORDER_STRETCHES)


#: Words of an organisation's branch, before the organisation's noun (:data:`ORGANISATION_WORDS`: «جبهة
#: النصرة، فرع تنظيم القاعدة في سوريا», «ذراع تنظيم القاعدة في سوريا»): «في X» right after the organisation's
#: name is where the branch works, a post, not a scene (places22); a security branch is a place
#: («في عملية نفذها فرع مكافحة الإرهاب في دمشق»: the arrest's, as the gold reads it).
BRANCH_WORDS: Final = frozenset(fold(w) for w in ("فرع", "ذراع", "جناح"))
ORGANISATION_WORDS: Final = frozenset(fold(w) for w in ("تنظيم", "حركة", "جماعة", "حزب"))


def _branch_of(m: PlaceMention, four: list[str]) -> bool:
    """Whether «في X» follows a branch word and an organisation's noun (:data:`BRANCH_WORDS`,
    :data:`ORGANISATION_WORDS`) within the three words before its cue."""
    return _cue_is_word(m) and any(
        _has((a,), BRANCH_WORDS) and _has((b,), ORGANISATION_WORDS) for a, b in itertools.pairwise(four[:-1]))


def _says_nothing_of_where(text: str, m: PlaceMention) -> bool:
    """A post, a topic or an origin (:func:`_posted`, :func:`_topic`, :func:`_origin`), read off the
    four words before the mention at once."""
    four = _words_before(text, m.start, 4)
    words = four[-3:]
    if _delivered(text, m):
        return False  # «في بيان تلاه المتحدث باسمه في بكين»: where it was read, not the spokesman's seat
    return ((_posted(m, words) and not _meeting_of_a_body(four) and not _talks_with_posted(text, m))
            or _branch_of(m, four)
            or _topic(m, words) or _origin(m, words[-2:]) or _allegiance(text, m, words)
            or _post_over_forces(m, four) or _body_named_after(text, m, words)
            or _posted_with_two_adjectives(m, four) or _distance_from(words) or _from_the_side(four)
            or _from_abroad(m, words) or _seat_taken(text, m, words) or _time_zone(words)
            or _stance_of(m, words) or _seat_of_a_mission(m, four))


#: A state's mission or an office named by two words between it and «في X» (:data:`MISSION_WORDS`): X is where
#: it sits, as after a post word right before «في» («حذرت سفارة الولايات المتحدة في سوريا رعاياها», «ومكتب
#: "التنسيق الإنساني" في معبر باب الهوى»: places56); an embassy a resumption opens is still placed at its seat
#: (:func:`_embassy_in`: «بدأ العمل في سفارة دولة الإمارات في العاصمة السورية دمشق»).
MISSION_WORDS: Final = frozenset(fold(w) for w in (
    "سفارة", "السفارة", "قنصلية", "القنصلية", "مكتب", "المكتب"))


def _seat_of_a_mission(m: PlaceMention, four: list[str]) -> bool:
    """seat_of_a_mission (places56): whether the four words before the mention are a word of
    :data:`MISSION_WORDS`, two words of its name and «في», the mention a bare name or its own noun («في معبر
    باب الهوى»)."""
    return (m.frame in ("preposition", *OWN_NOUN_FRAMES) and len(four) == 4 and four[-1] == _IN
            and _has(four[:1], MISSION_WORDS))


#: A speech's nouns and the verbs of delivering it right after them («في بيان تلاه المتحدث باسمه في بكين», «في
#: إحاطة قدمها أمام مجلس الأمن الدولي في نيويورك», «في كلمة ألقاها»): «في X» within :data:`DELIVERED_REACH`
#: words after the verb is where it was delivered, though a post or a body stands between (places55).
DELIVERED_NOUNS: Final = frozenset(fold(w) for w in ("بيان", "إحاطة", "كلمة", "خطاب"))
DELIVERED_VERBS: Final = frozenset(fold(w) for w in ("تلاه", "تلته", "تلاها", "قدمه", "قدمها", "ألقاه",
                                                      "ألقاها", "ألقته"))
DELIVERED_REACH: Final = 6


def _delivered(text: str, m: PlaceMention) -> bool:
    """delivered (places55): whether the mention's cue is «في» as a word of its own and a speech's noun and a
    verb of delivering it (:data:`DELIVERED_NOUNS`, :data:`DELIVERED_VERBS`) stand within
    :data:`DELIVERED_REACH` words before it, no comma between: where the speech was delivered."""
    if not _cue_is_word(m) or fold(m.cue) != _IN:
        return False
    words = list(_WORD.finditer(text, max(0, m.start - 16 * (DELIVERED_REACH + 2)), m.start))
    words = words[-DELIVERED_REACH - 2:-1]  # the cue «في» aside
    for n in range(len(words) - 1, 0, -1):
        if fold(words[n].group()).translate(_MARKS) in DELIVERED_VERBS:
            return (fold(words[n - 1].group()).translate(_MARKS) in DELIVERED_NOUNS
                    and not _CLAUSE_STOP.search(text, words[n].end(), m.start))
    return False


#: Nouns of a stance or a part played («أشاد بالموقف المبدئي والإيجابي للجزائر», «ثمّن الدور الروسي»): a
#: place right after them with «ل», their adjectives between or not, is whose stance it is, no scene
#: (places55).
STANCE_WORDS: Final = clitic_forms((fold(w) for w in ("موقف", "الموقف", "مواقف", "المواقف", "دور", "الدور")),
                                   ("", "ب", "و", "وب"))


def _stance_of(m: PlaceMention, words: list[str]) -> bool:
    """stance_of (places55): whether the mention, its cue a clitic «ل», follows a stance noun
    (:data:`STANCE_WORDS`) and only relative adjectives after it, «و» before them or not: whose stance it is;
    *words* are the three before it."""
    if m.cue not in ("ل", "ول"):
        return False
    for n in range(len(words) - 1, -1, -1):
        if words[n] in STANCE_WORDS:
            return True
        if not _relative_adjective(words[n]):
            return False
    return False


#: A place's name after «توقيت» is a clock's, not a scene («بعد ظهر اليوم الاثنين، بتوقيت نيويورك»:
#: time_zone, finding33).
TIME_ZONE_WORDS: Final = clitic_forms((fold("توقيت"),), ("", "ب", "وب"))  # «وبتوقيت» (clitics22)


def _time_zone(words: list[str]) -> bool:
    """Whether the word right before the mention is a clock's («بتوقيت نيويورك»: :data:`TIME_ZONE_WORDS`)."""
    return _has(words[-1:], TIME_ZONE_WORDS)


#: A body's seat told as a relative clause or an aside («المرصد، الذي يتخذ من لندن مقراً»: the verb, «من»,
#: the place, then a seat noun of :data:`SEAT_NOUNS`; «المرصد، ومقره لندن»): where the body sits, no
#: scene for what it says or does (places31).
SEAT_TAKING_VERBS: Final = frozenset(fold(w) for w in ("يتخذ", "تتخذ", "يتخذون", "اتخذ", "اتخذت"))
SEAT_NOUNS: Final = frozenset(fold(w) for w in ("مقرا", "مقراً", "مقرًا", "مركزا", "مركزاً", "مركزًا"))
SEAT_OF_WORDS: Final = clitic_forms((fold(w) for w in ("مقره", "مقرها")), ("", "و"))  # clitics22


def _seat_taken(text: str, m: PlaceMention, words: list[str]) -> bool:
    """Whether the mention is a body's seat: after «يتخذ من» with a seat noun right after it («الذي يتخذ من
    لندن مقراً»), or right after «ومقره» («ومقره بريطانيا»); *words* are the three before it."""
    if _has(words[-1:], SEAT_OF_WORDS):
        return True
    if not (words[-1:] == [_FROM] and _has(words[-2:-1], SEAT_TAKING_VERBS)):
        return False
    after = _WORD.search(text, m.end)
    return (after is not None and not text[m.end:after.start()].strip()
            and fold(after.group()).translate(_MARKS) in SEAT_NOUNS)


def _from_abroad(m: PlaceMention, words: list[str]) -> bool:
    """Whether the mention is a country abroad right after «من»: whom people come from or something is asked
    of («جنرالات من روسيا والولايات المتحدة», «طلبت قوات سوريا الديمقراطية من روسيا التوسط»), no scene
    (places28)."""
    return (words[-1:] == [_FROM] and _cue_is_word(m) and m.place is not None
            and m.place.kind == "country" and m.place.country not in ("", "SY"))


#: Units of distance: «من / عن X» right after one is the point a distance is measured from («على بعد 35
#: كيلومتراً من الساحل السوري», «باتت على بعد أربعة كيلومترات من مدينة معرة النعمان»), not where (places25).
DISTANCE_UNITS: Final = frozenset(fold(w) for w in (
    "كيلومتر", "كيلومترا", "كيلومتراً", "كيلومترات", "كيلومترين", "كيلو", "كم", "كلم", "متر", "مترا", "متراً",
    "مترين", "أمتار",
    "ميل", "ميلا", "ميلاً", "ميلين", "أميال",
))
_FROM_OR_OFF: Final = frozenset(fold(w) for w in ("من", "عن"))


def _distance_from(words: list[str]) -> bool:
    """Whether the two words before the mention are a unit of distance and «من / عن» (:data:`DISTANCE_UNITS`):
    the place is the point a distance is measured from."""
    return len(words) >= 2 and words[-1] in _FROM_OR_OFF and _has(words[-2:-1], DISTANCE_UNITS)


def _relative_adjective(word: str) -> bool:
    """Whether a (folded) word, its «و» aside, is a relative adjective, definite or not («صحافيه», «وحقوقيه»,
    «الاعلاميه»)."""
    word = word[1:] if word.startswith("و") else word
    return word.endswith(("ي", "يه")) and len(word) > 3


def _posted_with_two_adjectives(m: PlaceMention, four: list[str]) -> bool:
    """Whether «في X» follows a post word and two relative adjectives joined by «و»
    (:func:`_relative_adjective`): sources of two sorts are a body held there, as after one adjective
    («أكدت مصادر صحافية وحقوقية في سوريا أن …»: where the sources are, places21); not a person described
    twice («وقال مصدر دبلوماسي غربي في جنيف»: where he spoke, as the gold reads 601)."""
    return (_cue_is_word(m) and len(four) == 4 and _has(four[:1], POST_WORDS)
            and all(_relative_adjective(w) for w in four[1:3])
            and (four[2].startswith("و") or _has(four[:1], PLURAL_SOURCES)))


#: Sources in the plural: with two relative adjectives and no «و» between them they are still a body held
#: at «في X» («قالت مصادر دبلوماسية عربية في دمشق لوكالة الأنباء الألمانية إن»: places55), unlike one source
#: described twice («مصدر دبلوماسي غربي في جنيف»).
PLURAL_SOURCES: Final = frozenset(fold(w) for w in ("مصادر", "مسؤولون", "مسؤولين", "مسؤولي"))


#: Nouns of a meeting («خلال اجتماع لمجلس الوزراء في البيت الأبيض», places20): a body after one, with «ل», is
#: the body that met, and «في X» after it where the meeting was held, not the body's seat.
MEETING_NOUNS: Final = frozenset(fold(w) for w in (
    "اجتماع", "اجتماعا", "اجتماعاً", "لقاء", "جلسة", "اجتماعات",
))
_TO: Final = fold("ل")


def _meeting_of_a_body(four: list[str]) -> bool:
    """Whether the words before a mention (*four*, its cue last) tell a meeting of a body: a meeting noun
    (:data:`MEETING_NOUNS`) right before a body word with «ل» (:data:`POST_WORDS`, :data:`NAMED_BODIES`:
    «اجتماع لمجلس الوزراء في …», «جلسة للحكومة في …»)."""
    ws = four[:-1]
    return any(w.translate(_MARKS) in MEETING_NOUNS and ws[i + 1].startswith(_TO)
               and _has(ws[i + 1:i + 2], MEETING_BODY_WORDS) for i, w in enumerate(ws[:-1]))


def _talks_with_posted(text: str, m: PlaceMention) -> bool:
    """talks_with_posted (places54): whether talks (:data:`TALKS_WORDS`) and «مع» stand right before a post
    word, and its adjective, before «في X» («مفاوضات مع مسؤولين في دوما», «مباحثات مع مسؤولين صينيين في
    بكين»): those the talks were held with are at X, and so are the talks."""
    if not _cue_is_word(m):
        return False
    ws = _words_before(text, m.start, 5)[:-1]
    for n in (len(ws) - 3, len(ws) - 4):
        if n < 0 or ws[n + 1] != _WITH or not _has(ws[n:n + 1], TALKS_WORDS):
            continue
        adjective = ws[n + 3:]  # none, or one relative adjective, plural too («صينيين»)
        if _has(ws[n + 2:n + 3], POST_WORDS) and all(
                _relative_adjective(w) or w.endswith(PLURAL_ADJECTIVE_ENDS) for w in adjective):
            return True
    return False


#: The endings of a plural relative adjective (folded: «صينيين», «أتراك» is none).
PLURAL_ADJECTIVE_ENDS: Final = ("يين", "يون")


#: Nouns of a body that, in construct with a bare place name and with an adjective after it, name a body after
#: a region or a city («لجنة حوران المركزية», «هيئة دمشق العليا»): the place is the body's name, not a scene.
BODY_NAME_NOUNS: Final = frozenset(fold(w) for w in ("لجنة", "هيئة", "مجلس", "تجمع", "غرفة"))


def _body_named_after(text: str, m: PlaceMention, words: list[str]) -> bool:
    """Whether a bare place name stands between a body's noun in construct and the adjective of the body
    (:data:`BODY_NAME_NOUNS`: «وضمت لجنة حوران المركزية»): an actor, not where a meeting was held."""
    if m.frame != "name" or not words or not _has(words[-1:], BODY_NAME_NOUNS):
        return False
    after = _WORD.search(text, m.end)
    return (after is not None and not text[m.end:after.start()].strip()
            and _adjective(fold(after.group()).translate(_MARKS)))


#: The nouns of a state's forces: a post word before them and their adjective («قائد القوات الروسية في سوريا»)
#: names a post whose seat «في X» is, as «قائد القوات الجوية في …» (:data:`POST_BODIES`).
FORCES_WORDS: Final = frozenset(fold(w) for w in ("القوات", "قوات"))
#: The nouns of a security service, in the forces' slot of :func:`_post_over_forces` (places50): «قائد الأمن
#: الداخلي في حلب» and «مسؤول الأمن السياسي في دمشق» name a post and its seat, neither where he spoke nor
#: where he was arrested; without the post word before them «الأمن العام في اللاذقية» still acts there.
SECURITY_WORDS: Final = frozenset(fold(w) for w in ("الأمن", "الشرطة"))


def _post_over_forces(m: PlaceMention, words: list[str]) -> bool:
    """Whether «في X» follows a post word, the forces' noun and their adjective (:data:`FORCES_WORDS`:
    «التقى قادة اللواء قائدَ القوات الروسية في سوريا»): X is where the post is held; *words* are the four
    before it."""
    return (_cue_is_word(m) and len(words) == 4 and words[1] in FORCES_WORDS | SECURITY_WORDS
            and _adjective(words[2]) and _has(words[:1], POST_WORDS))


def place_of(m: PlaceMention) -> Where:
    """The :class:`Where` of a place mention: its words as written and its gazetteer entry (none for
    an ambiguous name, whose candidates are kept)."""
    p = m.place
    if p is None:
        countries = {c.country for c in m.candidates}
        admin1 = m.admin1
        ar = next((c.admin1_ar for c in m.candidates if c.admin1 == admin1), "") if admin1 else ""
        en = next((c.admin1_en for c in m.candidates if c.admin1 == admin1), "") if admin1 else ""
        w = Where(m.surface, "", "", "", admin1, ar, en, countries.pop() if len(countries) == 1 else "",
                  None, None, m.precision, tuple(c.id for c in m.candidates))
        return _stand_in_point(w)  # no one point: the governorate (or country) the candidates share
    w = Where(m.surface, p.name_en, p.id, p.kind, p.admin1, p.admin1_ar, p.admin1_en, p.country,
              p.latitude, p.longitude, m.precision)
    return w if p.latitude is not None and p.longitude is not None else _stand_in_point(w)


def _stand_in_point(w: Where) -> Where:
    """*w* of a place with no point of its own, given the precision (and the point, where there is one)
    of the smallest place holding it (ACLED's ``geo_precision`` 3 and UCDP's ``where_prec``: an event at
    a village with no coordinates is coded at its governorate): its governorate (precision 3, with the
    governorate's point; Rif Dimashq's is its capital's), else the country (4, no point). Never a point
    made up; a road or region across governorates (3) and the country stay as they are. The place's own id and
    words stay; ``point_of`` names the stand-in and ``name_precision`` keeps the words' precision."""
    gov = _governorates_by_code().get(w.admin1) if w.admin1 else None
    if gov is not None:
        prec, point, point_of = Precision.GOVERNORATE, (gov.latitude, gov.longitude), gov.id
    elif w.country and int(w.geo_precision) < int(Precision.GOVERNORATE):
        prec, point, point_of = Precision.COUNTRY, (None, None), _country_id(w.country)
    else:
        return w  # a road or region across governorates, the country, or a name in no known country
    if int(w.geo_precision) >= int(prec):
        return w  # a governorate (of no point) already as coarse as what would stand in for it
    return attrs.evolve(w, latitude=point[0], longitude=point[1], geo_precision=prec, point_of=point_of,
                        name_precision=w.geo_precision)


@lru_cache(maxsize=32)
def _country_id(country: str) -> str:
    """The gazetteer id of the country of ISO code *country* (``country:syria``), else ""."""
    return next((p.id for p in gazetteer().places.values() if p.kind == "country" and p.country == country),
                "") if country else ""


@lru_cache(maxsize=1 << 14)
def _bare(word: str) -> frozenset[str]:
    return frozenset({word} | {word[len(c):] for c in _CLITICS
                               if word.startswith(c) and len(word) - len(c) >= 2})


#: The short vowels, tanween, shadda and sukun, and the dagger alif: out of the words read before a place, so
#: that a word written with them is one word, the word of the tables («وقّعته»: «وقعته», not «وق» and «عته»).
_MARKS: Final = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


def _words_before_plain(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    """The last *n* words (folded, without their vowels) of the few characters before *pos* (not before
    *floor*): the rule as written (:func:`_words_before` is its fast path)."""
    return _WORD.findall(fold(text[max(floor, pos - 12 * n):pos]).translate(_MARKS))[-n:]


@lru_cache(maxsize=2)
def _folded(text: str) -> tuple[str, bool]:
    """The fold of the article's text, once (:func:`fold` moves no offset: the fold of a slice is the slice
    of the fold), and whether it holds a vowel mark at all (a text without one has none to take out)."""
    folded = fold(text)
    return folded, any(c in folded for c in _MARK_CHARS)


_MARK_CHARS: Final = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
#: Any of :data:`_MARK_CHARS` (``str.translate`` looks up each character: a search in C first is cheaper for
#: the few words before a place, which most often hold none even in a text that has some).
_MARK_RE: Final = re.compile(f"[{_MARK_CHARS}]")


def _fold_of(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])``, sliced from the article's fold (:func:`_folded`; tests/test_where.py proves
    the two equal)."""
    return _folded(text)[0][start:end]


def _words_before(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    """:func:`_words_before_plain`, read off the article's fold (:func:`_folded`), and taking the marks out
    only of words that have some (tests/test_where.py proves the two equal)."""
    folded, marked = _folded(text)
    before = folded[max(floor, pos - 12 * n):pos]
    return _WORD.findall(before.translate(_MARKS) if marked and _MARK_RE.search(before) else before)[-n:]


def _has(words: Sequence[str], table: frozenset[str]) -> bool:
    return any(not _bare(w).isdisjoint(table) for w in words)


def _cue_is_word(m: PlaceMention) -> bool:
    """Whether the mention's frame words are a word of their own before it (not a clitic on it)."""
    return bool(m.cue) and m.frame == "preposition" and not m.cue.startswith(("ب", "ل", "وب", "ول"))


#: What an envoy is accredited to comes after («سفير أبخازيا لدى سوريا»): with a post word one or two words
#: before it, the place after it is the post's, not a scene (places24).
ACCREDITED_WORDS: Final = frozenset(fold(w) for w in ("لدى", "لدي"))


#: Frames a place's own noun opens, which may follow «في» as a word of its own («مصدر محلي في ريف درعا
#: الشرقي»: the mention is «ريف درعا الشرقي», framed by «ريف»; «في» stands before it, not as its cue).
OWN_NOUN_FRAMES: Final = frozenset({"settlement", "governorate", "area", "countryside", "facility"})
#: The sources and officials whose seat such a place is, with a relative adjective after them (not every post
#: word: «على الأطراف الشرقية في مدينة دوما» is the town's edge).
SOURCE_WORDS: Final = frozenset(fold(w) for w in (
    "مصدر", "مصادر", "مراسل", "مراسلة", "مسؤول", "مسؤولون", "مسؤولين", "مسؤولي",
))


def _posted(m: PlaceMention, words: list[str]) -> bool:
    """Whether the mention says whose post someone holds («السفير الإيراني في سوريا»); *words* are the
    three before it."""
    if m.frame in OWN_NOUN_FRAMES and len(words) == 3 and words[-1] == _IN:
        # a post word and its relative adjective right before «في» and a framed place («مصدر محلي في ريف درعا
        # الشرقي»: places50); not any post word («أبناء العشائر في ريف دير الزور» fight there)
        return _has(words[:1], SOURCE_WORDS) and _relative_adjective(words[1])
    if not _cue_is_word(m):
        # «والي محافظة هاتاي»; «المكتب الصحفي للكرملين»: a body's office, an adjective between; «سفير أبخازيا
        # لدى سوريا»: whom an envoy is accredited to (places24)
        return bool(words) and (_has(words[-1:], POST_WORDS) or (
            words[-1] in ACCREDITED_WORDS and _has(words[-3:-1], POST_WORDS)) or _charged_with(words) or (
            len(words) >= 2 and m.cue.endswith("ل") and _adjective(words[-1])
            and _has(words[-2:-1], POST_WORDS)))
    # «السفير الإيراني في سوريا», «مصدر في موسكو», «قائد القوات الجوية في …»
    return _has(words[:-1][-2:], POST_WORDS) or " ".join(words[-3:-1]) in POST_BODIES


#: What a post is charged with, between «عن» and the place («مسؤولين عن أمن الحدود السورية»: places28).
CHARGE_WORDS: Final = frozenset(fold(w) for w in ("أمن", "حماية", "إدارة"))
_ABOUT: Final = fold("عن")


def _charged_with(words: list[str]) -> bool:
    """Whether the words before the mention are a post word and «عن», a word of :data:`CHARGE_WORDS` between
    or not («قادة مسؤولين عن أمن الحدود السورية في ولاية ملاطية»): the place is what the post answers for, no
    scene; *words* are the three before it."""
    if words[-1:] == [_ABOUT]:
        return _has(words[-2:-1], POST_WORDS)
    return words[-2:-1] == [_ABOUT] and _has(words[-1:], CHARGE_WORDS) and _has(words[-3:-2], POST_WORDS)


def _adjective(word: str) -> bool:
    """Whether a (folded) word is a definite relative adjective («الصحفي», «الإعلامي», «الخاص» is not)."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 4


_BY: Final = fold("ب")


def _topic(m: PlaceMention, three: list[str]) -> bool:
    """Whether the place is what is spoken of («حول سوريا», «الأزمة في سوريا»), not where; *three* are
    the three words before it (a topic word after a road's noun is the road's name: :data:`STREET_NOUNS`)."""
    if three[-1:] == [_BY] and m.cue == "ب":
        three = three[:-1]  # «المتعلقة بإدلب», «الخاصة بسوريا»: the cue written on the name (places25)
    words = three[-2:]
    if words and _has(words[-1:], ABOUT_WORDS):
        # «حول معسكر وادي الضيف», «حول مدينة منبج»: around
        return not (m.place is not None and m.place.kind in AROUND_KINDS) and not (
            words[-1] in AROUND_WORDS and m.frame in AROUND_FRAMES)
    if not m.cue and _has(words[-1:], INTEGRITY_WORDS):
        return True  # «على ضرورة حل قضية وحدة الأراضي السورية»: what is spoken of (places55)
    if m.frame == "preposition" and words[-1:] == [_BETWEEN] and _has(words[:1], RELATION_WORDS):
        return True  # «العلاقات بين أنقرة ودمشق»: the parties related (relations_between)
    return _cue_is_word(m) and len(words) == 2 and _has(words[:1], TOPIC_WORDS) and not (
        len(three) == 3 and _has(three[:1], STREET_NOUNS))


#: Kinds of place that «حول» puts fighting around, not talk about: a camp, a base, a crossing
#: («اشتباكات عنيفة حول معسكر وادي الضيف قرب معرة النعمان»); «حول سوريا» is the topic.
AROUND_KINDS: Final = frozenset({"site", "airbase", "crossing"})
#: Frames after which «حول» puts what happens around the place, not talk about it: a settlement noun
#: written out («تسيير دوريات مشتركة حول مدينة منبج», «قوات الأمن تنتشر حول مدينة السويداء»).
AROUND_FRAMES: Final = frozenset({"settlement"})
AROUND_WORDS: Final = frozenset({fold("حول")})


def _origin(m: PlaceMention, words: list[str]) -> bool:
    """Whether the place is where something came from («بعد إطلاقها من الأراضي السورية», «قادمين من
    تركيا»), not where the event happened; *words* are the two before it."""
    return _cue_is_word(m) and len(words) == 2 and words[1] == "من" and _has(words[:1], ORIGIN_WORDS)


#: Nouns of a side after «من»: «من جهة البحر المتوسط غرب اللاذقية», «من اتجاه الجولان»: the side fire came
#: from, not where it fell (from_the_side; strikes28).
SIDE_WORDS: Final = frozenset(fold(w) for w in ("جهة", "اتجاه", "ناحية", "عمق"))
#: Words after a side's noun that make it one party of two («بين القوات الكردية من جهة وقوات النظام من جهة
#: أخرى في مدينة الحسكة»), or that name where the fire went after where it came from («من اتجاه التنف نحو
#: مطار التيفور»): the place after them is where it happened.
NOT_FROM_THE_SIDE: Final = frozenset(fold(w) for w in (
    "أخرى", "ثانية", "نحو", "باتجاه", "إلى", "الى", "على", "في"))


def _from_the_side(four: list[str]) -> bool:
    """Whether «من» and a side's noun (:data:`SIDE_WORDS`) stand among the four words before the place, with
    none of :data:`NOT_FROM_THE_SIDE` after them (from_the_side)."""
    return any(a == _FROM and _has((b,), SIDE_WORDS) and not _has(four[k + 2:], NOT_FROM_THE_SIDE)
               for k, (a, b) in enumerate(itertools.pairwise(four)))


def _allegiance(text: str, m: PlaceMention, words: list[str]) -> bool:
    """Whether the place is whom a force answers to («الفصائل الموالية لأنقرة», «المدعومة من إيران»), not
    where it is; *words* are the three before it."""
    if m.frame != "preposition" or not m.cue:
        return False
    if _cue_is_word(m):
        return len(words) >= 2 and fold(m.cue) == "من" and _has(words[-2:-1], ALLEGIANCE_WORDS)
    # «لأنقرة»: the word before the clitic
    return m.cue.endswith("ل") and _has(_words_before(text, m.start - len(m.cue), 1), ALLEGIANCE_WORDS)


#: Post words that are buildings («مبنى ملحق بالسفارة الإيرانية في العاصمة السورية دمشق»): a strike or an
#: attack on one happens where it stands, not at a body's seat.
BUILDING_POSTS: Final = frozenset(fold(w) for w in ("سفارة", "قنصلية", "مكتب", "مقر"))
#: Kinds whose building's place is theirs: what a strike or an attack hit, and an embassy reopened or closed
#: («أعيد افتتاح السفارة الليبية في دمشق», places33).
_HITS: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK, EventKind.RESUMPTION, EventKind.SUSPENSION})


def _building_hit(text: str, m: PlaceMention) -> bool:
    """Whether the mention says where a building a strike or an attack hit stands («… بالسفارة الإيرانية في
    العاصمة السورية دمشق»: :data:`BUILDING_POSTS` right before «في X», only an adjective between)."""
    if m.frame == "process" or not _cue_is_word(m):
        return False
    words = _words_before(text, m.start, 3)[:-1]
    return bool(words) and (_has(words[-1:], BUILDING_POSTS) or (
        len(words) == 2 and _adjective(words[-1]) and _has(words[:1], BUILDING_POSTS)))


def _residents(text: str, m: PlaceMention) -> bool:
    """Whether the mention says whose residents someone are («أهالي محافظة السويداء»): where they protest."""
    return m.frame != "process" and _has(_words_before(text, m.start, 1), _RESIDENTS)


#: How many words (the trigger's first) may stand from the trigger to a place that follows it closely and is
#: the scene: «قال لافروف في موسكو إن …».
SCENE_REACH: Final = 5
#: A speech's «من X» may stand one word further: a speaker's title and name come between the verb and the
#: place it spoke from («أعلن الرئيس الأمريكي جو بايدن من أوتاوا أن …», «إعلان الرئيس الأميركي دونالد ترامب
#: من البيت الأبيض»; places35: on 001–1683 two speeches placed right, no false place; at 8 words two false).
SPOKEN_FROM_REACH: Final = 6


def _set_scene(text: str, m: PlaceMention, start: int, trigger: int, said: int | None = None) -> bool:
    """Whether a scene word («مؤتمر», «لقاء», «توصل») stands up to eight words before the mention («في X»,
    «بـX», or «في / بـ» a settlement noun and X: «في منتجع سوتشي»), the mention follows the trigger
    closely («اتفقت روسيا وتركيا أمس في موسكو على …», «قال لافروف في موسكو إن …»), or it opens its part
    of the clause («وفي واشنطن، قال متحدث … في بيان إن»: a speech, *said* being where what it says
    begins, only with a scene word of its own, :func:`_issued`)."""
    if m.frame == "settlement":
        # «في مؤتمر صحفي بمدينة بورصة», «قمة جمعتهم أمس في منتجع سوتشي»: only after a scene word (a
        # settlement right after the trigger is as often a body's seat: «أعلنت الفصائل في مدينة جاسم»)
        if m.start > 0 and text[m.start - 1] == "ب":
            before = _words_before(text, m.start - 1, 9, start)
        elif _words_before(text, m.start, 1, start) == ["في"]:
            before = _words_before(text, m.start, 10, start)[:-1]
        else:
            return False
        return m.start > trigger and _has(before, SETTING_WORDS)
    if m.frame != "preposition":
        return False
    before = _words_before(text, m.start, 9, start)
    if before[-1:] == [_BETWEEN] or (_cue_is_word(m) and before[-2:-1] == [_BETWEEN]):
        return False  # «الخط الساخن بين واشنطن وموسكو»: the ends of a line, no scene
    if _cue_is_word(m):
        before = before[:-1]
    if _cue_is_word(m) and _seat_of_named_body(before):
        return False  # «توصلت اللجنة المركزية في درعا البلد … إلى اتفاق»: the named body's seat
    reach = SPOKEN_FROM_REACH if said is not None and fold(m.cue) == _FROM else SCENE_REACH
    if trigger < m.start and len(_WORD.findall(text[trigger:m.start])) <= reach and not _has(
            _WORD.findall(_fold_of(text, trigger, m.start))[1:], _CONTENT_OPENS | COUNT_NOUNS) and (
            not _went_to(m) or _own_arrival(text, trigger, m)):
        return True
    if not before or (len(before) == 1 and before[0] in ("و", "ف")):
        # fronted: a city where it was said («وفي واشنطن، قال»), not the region a report is about
        # («وفي ريف دمشق، ذكرت اللجان أن …»); a speech only when it was issued there, not a
        # correspondent's «meanwhile in Moscow» («وفي موسكو، أعلنت وزارة الدفاع الروسية الثلاثاء أن»)
        # (what the speech says is not placed there: «وفي واشنطن، قال متحدث في بيان إن الجنرالين …
        # واتفقا على …»: the agreement is the speech's content, made nowhere it names)
        return m.precision is Precision.PLACE and (
            (said is None and not _announced_after(text, m, trigger)) or (
                said is not None and (_issued(text, trigger, said) or _adverbial(text, m, trigger)
                                      or _no_content(text, trigger, said)))) and not (
            m.end < trigger and _has(_WORD.findall(_fold_of(text, m.end, trigger)), _THAT))
    # a scene word before a place that comes before the trigger sets another event's scene
    # («ناقشا اتفاق مناطق خفض التوتر في سوريا، واتفقا على …»), unless the trigger follows it in the same
    # conjunct («أعلنا، في مؤتمر صحفي بالعاصمة الروسية، التوصل إلى الاتفاق»)
    if m.start > trigger:
        # «تبنّى بوتين وأردوغان، اليوم الخميس في موسكو، وثيقة»: a day told with the place sets the scene
        # (nor a day and a place after a scene phrase of another happening: «قبل يومين من الاجتماع … المقرر
        # الأربعاء في جنيف»)
        # a speech's place after «إلى» is where someone went, the scene only right after a scene word («في
        # زيارة إلى موسكو»), not what it tells of («أعلنت اللجنة المنظمة للمؤتمر وصول مئات إلى سوتشي»:
        # places24)
        # (on_arrival, places48: «وقال فابيوس لدى وصوله إلى فيينا إن»: said where he arrived)
        arrived = said is not None and _on_arrival(text, m)
        went = said is not None and _went_to(m) and not _own_arrival(text, trigger, m) and not arrived
        return not (said is not None and _scene_of_another(before)) and (
            arrived or (_has(before[-1:] if went else before, SETTING_WORDS)
             and not _other_antecedent(text, trigger, m.start))
            or _day_and_place(text, m, before, trigger) or _talks_with(text, m, trigger)
            or _delivered(text, m))
    gap = _WORD.findall(text[m.end:trigger + 1])
    return (len(gap) <= 3 and not any(w.startswith(("و", "ف")) for w in gap)
            and _has(before, SETTING_WORDS))


#: How many words an agreement's verb and «في X» may have between them outside the parties' names («اتفقت
#: عليها الولايات المتحدة وروسيا في جنيف»: «عليها» and «و»).
PARTIES_GAP: Final = 2
#: The verbs of agreeing an agreement's noun may be told with in a relative clause («الهدنة التي اتفقت عليها
#: الولايات المتحدة وروسيا في جنيف»): with the relative pronoun, no word of the gap.
AGREED_VERBS: Final = frozenset(fold(w) for w in ("اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا"))


#: Words of a local party to an agreement, right before the place it is of («لجنة من مدينة داريا», «وجهاء
#: مدينة درعا», «مسلحو مدينة الضمير», «اللجنة المركزية في درعا البلد»): where it agreed (places33).
LOCAL_PARTY_WORDS: Final = frozenset(fold(w) for w in (
    "لجنة", "اللجنة", "لجان", "اللجان", "وجهاء", "أهالي", "اهالي", "مسلحو", "مسلحي", "ممثلو", "ممثلي",
))
#: What may stand between a local party's word and its place: a cue («من», «في»).
_LOCAL_CUES: Final = frozenset(fold(w) for w in ("من", "في"))
#: How many words a local party's place may stand from the agreement's trigger, no comma between.
LOCAL_PARTY_REACH: Final = 10


def _local_party(text: str, places: _Places, part: tuple[int, int], trigger: int) -> Where | None:
    """The place of a local party to an agreement the part names (:data:`LOCAL_PARTY_WORDS` right before it,
    a cue and one adjective at most between; framed by a settlement noun or «من»; not a country), within
    :data:`LOCAL_PARTY_REACH` words of the trigger, no comma between: an agreement otherwise unplaced was
    made where its local party is («وافق مسلحو مدينة الضمير على التسوية», «ووجهاء مدينة درعا قد توصلوا إلى
    اتفاق»). «اللجنة المركزية في درعا البلد» and «ووجهاء درعا» (a body's seat, which the gold reads both
    ways) are left alone."""
    lo = bisect.bisect_left(places.starts, part[0])
    for n in range(lo, bisect.bisect_left(places.starts, part[1], lo)):
        m = places.mentions[n]
        if m.end > part[1] or m.precision is Precision.COUNTRY or not (
                m.frame == "settlement" or fold(m.cue) == fold("من")):
            continue
        a, b = (m.end, trigger) if m.start < trigger else (trigger, m.start)
        between = text[a:b]
        if _A_COMMA.search(between) or len(_WORD.findall(between)) > LOCAL_PARTY_REACH:
            continue
        words = _words_before(text, m.start, 3)
        if words and words[-1] in _LOCAL_CUES:
            words = words[:-1]
        if _has(words[-1:], LOCAL_PARTY_WORDS) or (
                len(words) >= 2 and _adjective(words[-1]) and _has(words[-2:-1], LOCAL_PARTY_WORDS)):
            return place_of(m)
    return None


def _parties_then_scene(text: str, m: PlaceMention, trigger: int,
                        spans: Iterable[tuple[int, int, str]]) -> bool:
    """Whether «في X» follows an agreement's verb with only its parties between, each an actor the clause
    names
    (*spans*), joined by «و», and at most :data:`PARTIES_GAP` words besides («اتفق الرئيسان الروسي فلاديمير
    بوتين والتركي رجب طيب أردوغان في موسكو اليوم», «الهدنة التي اتفقت عليها الولايات المتحدة وروسيا في جنيف»):
    where the parties agreed, as «اتفقت روسيا وتركيا أمس في موسكو على …» is (:func:`_set_scene`); nothing
    that opens what is agreed («على», «أن») between."""
    if m.start < trigger:
        return False
    if _cue_is_word(m) and fold(m.cue) == fold("في"):
        cue = m.start - len(m.cue) if text[m.start - len(m.cue):m.start] == m.cue else m.start
    elif m.frame == "settlement" and _words_before(text, m.start, 1) == ["في"]:
        # «التي وقعها الرئيسان … في مدينة سوتشي»: a settlement's noun after «في» (places50)
        cue = text.rfind("في", 0, m.start)
    else:
        return False
    verb = _WORD.match(text, trigger)
    at = verb.end() if verb is not None else trigger
    inside = sorted((a, b) for a, b, _ in spans if at <= a and b <= cue)
    if not inside:
        return False
    # an agreement's noun told as made in a relative clause («لمذكرة التفاهم التي توصل إليها الرئيس الروسي
    # … ونظيره التركي … في سوتشي»): the noun's complement, the verb of making and its pronoun are no gap
    made = _has(_WORD.findall(_fold_of(text, trigger, inside[0][0])), RELATIVE_WORDS)
    rest: list[str] = []
    for a, b in inside:
        rest += _WORD.findall(_fold_of(text, at, a))
        at = max(at, b)
    rest += _WORD.findall(_fold_of(text, at, cue))
    rest = [w for w in rest if w not in ("و", "في") and w not in RELATIVE_WORDS and w not in AGREED_VERBS
            and not (made and (w in MADE_WORDS | MADE_PRONOUNS or _has((w,), AGREEMENT_PROCESS_NOUNS)))]
    return len(rest) <= PARTIES_GAP and not _has(rest, _CONTENT_OPENS)


#: The pronouns of what was made, after a verb of :data:`MADE_WORDS` («التي توصل إليها», «الذي وقعه»).
MADE_PRONOUNS: Final = frozenset(fold(w) for w in ("إليها", "إليه", "عليها", "عليه"))


#: Words of talks: an agreement a speaker reports right after telling talks held at X («أعلن كيري، عقب ثلاثة
#: أيام من المحادثات مع نظيره الروسي في جنيف، أن روسيا والولايات المتحدة اتفقتا على خطة») was made at X.
TALKS_WORDS: Final = frozenset(fold(w) for w in (
    "محادثات", "مباحثات", "مفاوضات", "مشاورات", "اجتماع", "اجتماعات", "قمة", "لقاء",
))
#: How many words before «في X» talks and «مع» whom they were held with may stand («في ختام محادثات استمرت ست
#: ساعات مع رئيس النظام التركي رجب أردوغان في موسكو»: twelve; places22).
TALKS_WITH_REACH: Final = 13
_WITH: Final = fold("مع")


def _talks_with(text: str, m: PlaceMention, trigger: int) -> bool:
    """Whether «في X» after the trigger closes talks told with whom they were held (:data:`TALKS_WORDS`, then
    «مع», within :data:`TALKS_WITH_REACH` words before the place, no comma or «أن / إن» between): X is where
    they were held, the scene of what was said or agreed at them (460's «وقال بوتين للصحفيين في ختام محادثات
    استمرت ست ساعات مع رئيس النظام التركي رجب أردوغان في موسكو إن»)."""
    if not _cue_is_word(m):
        return False
    span = _fold_of(text, max(trigger, m.start - 16 * TALKS_WITH_REACH), m.start)
    span = span[max(span.rfind("،"), span.rfind(",")) + 1:]
    words = _WORD.findall(span.translate(_MARKS))[-TALKS_WITH_REACH - 1:-1]
    talks = next((n for n, w in enumerate(words) if _has((w,), TALKS_WORDS)), None)
    return (talks is not None and _WITH in words[talks + 1:]
            and not any(w in _THAT for w in words[talks + 1:]))


#: How many words may stand between a speech's «أن» and the verb of the agreement it reports («أن روسيا
#: والولايات المتحدة اتفقتا»: the parties).
AGREED_AFTER_THAT: Final = 5


def _talks_then_agreed(text: str, m: PlaceMention, start: int, trigger: int) -> bool:
    """Whether «في X» closes talks told within eight words before it (:data:`TALKS_WORDS`), and what follows
    it is a speech's «أن» and the agreement's verb within :data:`AGREED_AFTER_THAT` words («عقب ثلاثة أيام من
    المحادثات مع نظيره الروسي سيرغي لافروف في جنيف، أن روسيا والولايات المتحدة اتفقتا»): the agreement the
    speaker reports was reached in those talks, at X."""
    if m.start > trigger or not _cue_is_word(m) or fold(m.cue) != fold("في"):
        return False
    gap = _WORD.findall(_fold_of(text, m.end, trigger))
    return (bool(gap) and gap[0] in _THAT and len(gap) <= AGREED_AFTER_THAT + 1
            and _has(_words_before(text, m.start, 9, start)[:-1], TALKS_WORDS))


def _seat_of_named_body(before: list[str]) -> bool:
    """Whether the last two words before «في X» (*before*, without the «في») are a body's noun and its
    adjective (:data:`NAMED_BODIES`: «توصلت اللجنة المركزية في درعا البلد … إلى اتفاق»; or the noun, a
    definite complement in construct and the adjective: «أعلن مركز المصالحة الروسي في سورية»): X is the named
    body's seat, not the scene of what it says or agrees right after its verb."""
    if len(before) >= 3 and before[-1].startswith(NAMED_BODY_COMPLEMENT) and len(before[-1]) > 4:
        before = before[:-1]  # «المركز الروسي للمصالحة في سوريا»: the name's complement
    if len(before) >= 3 and _adjective(before[-1]) and before[-2].startswith("ال") and not _adjective(
            before[-2]) and _has(before[-3:-2], NAMED_BODIES):
        return True  # «مركز المصالحة الروسي في سورية»: the noun, its complement in construct, the adjective
    return len(before) >= 2 and _has(before[-2:-1], NAMED_BODIES) and _adjective(before[-1])


#: The words a capital abroad is written with in the gazetteer («العاصمة التركية»): what follows is the
#: adjective of its state, which a speaker of that state is named with («مجلس الأمن القومي التركي»).
CAPITAL_WORD: Final = fold("العاصمة")


@lru_cache(maxsize=64)
def _state_adjectives(place_id: str) -> frozenset[str]:
    """The adjectives (folded, feminine and masculine: «التركيه», «التركي») of the state whose capital the
    gazetteer entry *place_id* is, read off its names «العاصمة X» (:data:`CAPITAL_WORD`); empty for a place
    that is no capital so named."""
    place = gazetteer().places.get(place_id)
    found: set[str] = set()
    for name in place.names_ar if place is not None else ():
        words = fold(name).split()
        if len(words) == 2 and words[0] == CAPITAL_WORD and words[1].endswith("ه"):
            found |= {words[1], words[1][:-1]}
    return frozenset(found)


def _at_home(text: str, m: PlaceMention, trigger: int, spans: Iterable[tuple[int, int, str]]) -> bool:
    """Whether the place of a speech is its speaker's seat: the capital of the state its speaker is
    named after (the speaker: the first actor named between the verb and the place; «أعلن مجلس الأمن
    القومي التركي، عقب اجتماع عقده اليوم الأربعاء في أنقرة»), where a state's body sits, no scene (as a
    post's place is none: :data:`POST_WORDS`). A speaker abroad, or away from its capital, is placed
    («قال نائب الرئيس التركي … بمدينة بورصة», «كيري … في فيينا»)."""
    if m.place is None or m.place.kind != "abroad" or m.start < trigger:
        return False
    adjectives = _state_adjectives(m.place.id)
    if not adjectives:
        return False
    speaker = min(((a, b) for a, b, _ in spans if trigger < a and b <= m.start), default=None)
    if speaker is None or adjectives.isdisjoint(_WORD.findall(_fold_of(text, *speaker))):
        return False
    # a press conference or an address at home is made where its speaker stood («وقال وزير الخارجية التركي
    # … في مؤتمر صحفي عقده اليوم الثلاثاء في أنقرة إن»: places50), a body's meeting is still its seat
    return not _has(_words_before(text, m.start, SPOKEN_AT_HOME_REACH, speaker[1]), SPOKEN_AT_HOME_WORDS)


#: Words of a speech made in person that place it at its speaker's capital, up to
#: :data:`SPOKEN_AT_HOME_REACH` words before the place after the speaker (:func:`_at_home`).
SPOKEN_AT_HOME_WORDS: Final = frozenset(fold(w) for w in ("مؤتمر", "صحفي", "صحافي"))
SPOKEN_AT_HOME_REACH: Final = 6


#: Scene words that a speech announces, its object («أعلنت الوزارة الأربعاء التوصل إلى اتفاق لوقف إطلاق النار
#: في السويداء»: where the agreement was reached, what is said, not where the ministry spoke).
ANNOUNCED_SCENES: Final = frozenset(fold(w) for w in ("التوصل", "توقيع", "التوقيع", "إبرام"))
#: Words of a start a speech may announce, up to :data:`STARTED_REACH` words before its scene phrase («أعلن
#: المبعوث … الانطلاق الرسمي للمحادثات السورية في جنيف»: where the talks start, not where he spoke).
STARTED_WORDS: Final = frozenset(fold(w) for w in ("انطلاق", "بدء", "انعقاد", "افتتاح", "استئناف"))
STARTED_REACH: Final = 2
#: Words that make the scene phrase after them a time the speech is told by, another happening («وقال
#: المبعوث، قبل يومين من الاجتماع الأول للجنة المقرر الأربعاء في جنيف، إن»: the meeting's place, not the
#: speech's), up to :data:`TIMED_REACH` words before it (not a span of time alone: «في ختام ثلاثة أيام من
#: المحادثات بينهما في جنيف» is where the speech was made).
TIMED_BY_WORDS: Final = frozenset(fold(w) for w in ("قبل", "عشية"))
TIMED_REACH: Final = 3


#: Words of a statement issued in writing («في بيان مشترك صدر …»), and the close of talks that may time it.
WRITTEN_WORDS: Final = frozenset(fold(w) for w in ("بيان", "بيانا", "بيانه", "بيانها", "بيانهم", "البيان"))
CLOSE_WORDS: Final = frozenset(fold(w) for w in (
    "ختام", "نهاية", "اختتام",
))
#: Scene words of a speech made in person (a press conference, an address): made where its speakers are.
SPOKEN_WORDS: Final = frozenset(fold(w) for w in (
    "مؤتمر", "صحفي", "صحافي", "كلمة", "كلمته", "خطاب", "خطابه", "تصريحات", "تصريحاته", "متحدثا",
    "متحدثة",
))


def _written_at_close(text: str, m: PlaceMention, start: int) -> bool:
    """Whether the scene phrase before the mention tells a statement issued in writing at the close of talks
    held at X (:data:`WRITTEN_WORDS`, :data:`CLOSE_WORDS`: «دعت الدول الضامنة، في بيان مشترك صدر في ختام
    اجتماعاتها في العاصمة الكازاخستانية»): X is where the talks were (the round, an event of its own), and a
    written statement is placed only where told as issued; a speech made in person at their close is made
    there (:data:`SPOKEN_WORDS`: «في مؤتمر صحافي مشترك …، في ختام ثلاثة أيام من المحادثات بينهما في جنيف»)."""
    before = _words_before(text, m.start, 10, start)
    return (_has(before, WRITTEN_WORDS) and _has(before, CLOSE_WORDS)
            and not _has(before, SPOKEN_WORDS))


def _scene_of_another(before: list[str]) -> bool:
    """Whether the last scene phrase of *before* (the words before a place after a speech verb) is what the
    speech announces (:data:`ANNOUNCED_SCENES`: «أعلنت … التوصل إلى اتفاق … في السويداء»; a start,
    :data:`STARTED_WORDS`: «أعلن … الانطلاق الرسمي للمحادثات … في جنيف») or a time it is told by
    (:data:`TIMED_BY_WORDS` before it: «قبل يومين من الاجتماع الأول للجنة المقرر الأربعاء في جنيف»),
    the scene of another happening, not the speech's."""
    last = max((n for n, w in enumerate(before) if _has((w,), SETTING_WORDS)), default=None)
    if last is None:
        return False
    first = last
    while first > 0 and _has(before[first - 1:first], SETTING_WORDS):
        first -= 1  # «اجتماع عقده»: the scene phrase opens on its first scene word
    return (_has(before[first:last + 1], ANNOUNCED_SCENES)
            or _has(before[max(0, first - STARTED_REACH):first], STARTED_WORDS)
            or _has(before[max(0, first - TIMED_REACH):first], TIMED_BY_WORDS))


#: The cues of a place something went to («رحب بدخول الجيش إلى السويداء»): no scene of a speech or an
#: agreement right after its verb, but what it speaks of.
DESTINATION_CUES: Final = frozenset(fold(w) for w in ("إلى", "الى", "نحو", "باتجاه"))


def _went_to(m: PlaceMention) -> bool:
    """Whether the mention is where something went (its cue is one of :data:`DESTINATION_CUES`)."""
    return _cue_is_word(m) and fold(m.cue) in DESTINATION_CUES


#: A speaker's own arrival, right after the verb of a speech («أعلن وصوله إلى جنيف»): the speech is made where
#: he arrived.
OWN_ARRIVAL_WORDS: Final = frozenset(fold(w) for w in ("وصوله", "وصولها", "وصولهم", "وصولهما"))


def _own_arrival(text: str, trigger: int, m: PlaceMention) -> bool:
    """Whether the speech's verb is followed only by the speaker's own arrival before «إلى X»
    (:data:`OWN_ARRIVAL_WORDS`: «قد أعلن وصوله إلى جنيف عصر الاثنين، قائلاً»), not by anyone else's («رحب
    بوصول الوفد إلى دمشق»)."""
    words = _WORD.findall(_fold_of(text, trigger, m.start).translate(_MARKS))
    return len(words) == 3 and words[1] in OWN_ARRIVAL_WORDS


#: Words of the time of one's own arrival (:data:`OWN_ARRIVAL_WORDS`) right before «إلى X» (on_arrival,
#: places48): «وقال وزير الخارجية الفرنسي لدى وصوله إلى فيينا إن», «في تصريحات أدلى بها … لدى وصوله إلى
#: الجزائر»: a speech made on arriving is made where the speaker arrived.
ON_ARRIVAL_WORDS: Final = frozenset(fold(w) for w in ("لدى", "عند", "فور", "بعيد"))


def _on_arrival(text: str, m: PlaceMention) -> bool:
    """on_arrival (places48): whether «إلى X» follows a word of the time of one's own arrival
    (:data:`ON_ARRIVAL_WORDS` and :data:`OWN_ARRIVAL_WORDS`: «لدى وصوله إلى فيينا»)."""
    if not _went_to(m):
        return False
    words = _words_before(text, m.start, 3)
    if _cue_is_word(m):
        words = words[:-1]
    return len(words) >= 2 and words[-1] in OWN_ARRIVAL_WORDS and words[-2] in ON_ARRIVAL_WORDS


#: How many words may stand between a trigger and the relative pronoun of a clause that sets its scene
#: («اتفاق مناطق خفض التوتر الذي وقّعته … في أستانا»: the agreement is the antecedent).
ANTECEDENT_REACH: Final = 4


def _other_antecedent(text: str, trigger: int, at: int) -> bool:
    """Whether a relative clause between the trigger and the place at *at* (:data:`RELATIVE_WORDS`) is told of
    a noun farther than :data:`ANTECEDENT_REACH` words after the trigger («مكالمة هاتفية …، تطرقت إلى اتفاق …
    الذي وقّعته … في أستانا»: the agreement's scene, not the call's)."""
    words = _WORD.findall(_fold_of(text, trigger, at).translate(_MARKS))
    last = max((n for n, w in enumerate(words) if w in RELATIVE_WORDS), default=None)
    return last is not None and last > ANTECEDENT_REACH


#: Relative pronouns («الذي وقّعته», «التي عقدت»).
RELATIVE_WORDS: Final = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))


def _adverbial(text: str, m: PlaceMention, trigger: int) -> bool:
    """Whether a fronted place runs straight into the speech verb, no comma between («وفي جنيف أعلن عنان
    أمس أنه …»: where he said it), unlike a correspondent's «meanwhile in Moscow» set off by a comma («وفي
    موسكو، أعلنت وزارة الدفاع …»)."""
    gap = text[m.end:trigger] if m.end <= trigger else ""
    return bool(gap) and not gap.strip(" \u200f\u200e")


#: Words of a day told right before «في X» after the trigger («اليوم الخميس في موسكو», «أمس في جنيف»): the
#: day and the place of what the clause reports, its scene.
DAY_WORDS: Final = frozenset(fold(w) for w in (
    "اليوم", "أمس", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
))


def _day_and_place(text: str, m: PlaceMention, before: list[str], trigger: int) -> bool:
    """Whether «في X» after the trigger follows a day (:data:`DAY_WORDS`) with no relative pronoun or
    opening of what is said between (:data:`_OPENS`): the scene of what the clause reports."""
    between = text[trigger:m.start]
    if not _cue_is_word(m) and fold(m.cue) == _BY and before[-1:] == [_BY]:
        # «بالرباط» right after the day as «في الرباط» (places50: «اليوم الثلاثاء بالرباط، عقب مباحثاته»)
        before = before[:-1]
    elif not _cue_is_word(m):
        return False
    return (bool(before) and before[-1] in DAY_WORDS
            and not any(q in between for q in _QUOTES)
            and not _has(_not_names(_WORD.findall(fold(between))), _OPENS | COUNTED_WORDS))


#: Nouns of a loss a speaker counts or reports («أحصت منظمة الدفاع المدني … مقتل 28 شخصاً أمس السبت في
#: إدلب»): a day and a place after one are the deaths', not the count's.
COUNTED_WORDS: Final = frozenset(fold(w) for w in (
    "مقتل", "مصرع", "استشهاد", "سقوط", "إصابة", "جرح", "اعتقال", "خطف", "اختطاف", "نزوح", "تهجير",
))
#: What opens another clause or what is said between a trigger and a later day-and-place («التي تنطلق اليوم
#: الاثنين في جنيف»: the round's day and place, not the announcement's).
_OPENS: Final = _CONTENT_OPENS | frozenset(fold(w) for w in (
    "التي", "الذي", "الذين", "اللذين", "اللتين",
    "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها", "بأنهم",
))
#: Quotation marks: a day and a place after one are what is quoted («“… أنه اليوم في سوريا لدينا …”»).
_QUOTES: Final = ('"', "“", "”", "«", "»")


#: Words that say how a speech was issued («في بيان», «في مؤتمر صحفي», «في مقابلة»): a fronted place
#: («وفي واشنطن، قال متحدث … في بيان إن») is where a speech told so was made.
ISSUED_WORDS: Final = SETTING_WORDS | frozenset(fold(w) for w in (
    "بيان", "بيانا", "بياناً", "مقابلة", "تصريح", "تصريحا", "تصريحاً", "إيجاز", "موجز", "تغريدة",
))


#: Verbs of announcing: a happening told as what one announces after a fronted place («وفي لاهاي، أعلنت
#: وزارة الخارجية الهولندية تجميد …») is not placed there; the announcement is.
ANNOUNCING_VERBS: Final = frozenset(fold(w) for w in (
    "أعلن", "أعلنت", "أعلنا", "أعلنوا", "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت",
    "كشف", "كشفت", "قرر", "قررت",
))


#: Verbs of saying that open a speech of its own after «، إذ» (:func:`_told_after_since`).
SAID_AFTER_SINCE: Final = ANNOUNCING_VERBS | frozenset(fold(w) for w in (
    "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "أبدى", "أبدت", "اعتبر", "اعتبرت", "صرح", "صرحت",
))


def _announced_after(text: str, m: PlaceMention, trigger: int) -> bool:
    """Whether a verb of announcing (:data:`ANNOUNCING_VERBS`) stands between a fronted place and the
    trigger."""
    return m.end < trigger and _has(_WORD.findall(_fold_of(text, m.end, trigger)), ANNOUNCING_VERBS)


def _no_content(text: str, trigger: int, said: int) -> bool:
    """Whether a speech opens no «أن / إن» (*said*, where what is said begins, is the end of its clause or the
    cause it answers, :func:`_cause_of_speech`): it tells what the speaker did («وفي طهران، هنأ نائب وزير
    الخارجية الإيراني "الجيش والشعب السوريين"», «وفي لاهاي، أعلنت الوزارة تجميد …»), made where the fronted
    place says, not a report read out elsewhere («وفي موسكو، أعلنت وزارة الدفاع الروسية أن …»)."""
    opens = _WORD.match(text, said)
    return opens is None or fold(opens.group()) not in _SAID


#: How many words may open a scene told after what a speaker says («، وذلك في مؤتمر صحافي عقده بمقر الأمم
#: المتحدة في جنيف»: eight, the place's cue among them).
ISSUED_AFTER_REACH: Final = 8
#: What may open such a scene after the comma: «وذلك» (a comment on the speech) and «في / خلال».
_ISSUED_OPENS: Final = frozenset(fold(w) for w in ("في", "خلال", "خلاله"))
_COMMENT_AND: Final = frozenset(fold(w) for w in ("وذلك", "ذلك", "و"))


def _issued_after(text: str, m: PlaceMention, said: int) -> bool:
    """Whether the place stands, after what a speaker says (from *said*), in a scene told after a comma: «في /
    خلال» and a word of how a speech is issued (:data:`ISSUED_WORDS`), within :data:`ISSUED_AFTER_REACH` words
    («أعلن بيدرسون أن اللجنة الدستورية ستعقد أولى جلساتها في مدينة جنيف …، وذلك في مؤتمر صحافي عقده بمقر الأمم
    المتحدة في جنيف»: the press conference's Geneva is where he spoke; the first Geneva is what he said)."""
    if m.start <= said:
        return False
    gap = text[said:m.start]
    comma = max(gap.rfind("،"), gap.rfind(","))
    if comma < 0:
        return False
    words = _WORD.findall(_fold_of(text, said + comma + 1, m.start).translate(_MARKS))
    while words and words[0] in _COMMENT_AND:
        words = words[1:]
    return (0 < len(words) <= ISSUED_AFTER_REACH and words[0] in _ISSUED_OPENS
            and _has(words[1:3], ISSUED_WORDS) and not _has(words, _THAT))


def _issued(text: str, trigger: int, said: int) -> bool:
    """Whether the speech whose verb stands at *trigger* says how it was issued (:data:`ISSUED_WORDS`)
    before what it says (at *said*)."""
    return _has(_WORD.findall(_fold_of(text, trigger, said)), ISSUED_WORDS)


def _said_from_plain(text: str, trigger: int, end: int) -> int:
    """Where what a speaker says begins after the speech verb at *trigger* (its «أن / إن»), else *end*:
    the rule as written (:func:`_said_from` is its fast path)."""
    for w in _WORD.finditer(text, trigger, end):
        if w.start() > trigger and fold(w.group()) in _SAID and not _name_like_said(text, w.group(), w.end()):
            return w.start()
    return end


def _said_from(text: str, trigger: int, end: int) -> int:
    """:func:`_said_from_plain`, folding only the words whose last letter folds to the last letter of a word
    of :data:`_SAID` (:data:`_SAID_ENDS`; tests/test_where.py proves the two equal)."""
    for w in _WORD.finditer(text, trigger, end):
        word = w.group()
        if (word[-1] in _SAID_ENDS and w.start() > trigger and fold(word) in _SAID
                and not _name_like_said(text, word, w.end())):
            return w.start()
    return end


#: «إثر / عقب» written with no comma before them (:data:`EARLIER_WORDS`): what a speech came after
#: (:func:`_cause_of_speech`, places46).
_EARLIER_WORD: Final = re.compile(r"(?<!\w)(?:" + "|".join(EARLIER_WORDS) + r")(?!\w)")


def _cause_of_speech(text: str, trigger: int, said: int, end: int) -> int:
    """Where the happening a speech answers opens: a comma and a word of what came before
    (:data:`EARLIER_AFTER_COMMA`) after a speech that opens no «أن / إن» (*said* is *end*), its object
    told before the comma («وأعلنت العشائر العربية مساء أمس النفير العام في مناطق دير الزور كافة، إثر
    اجتماع عُقد في مقر الخبيل بقرية الربيضة»: the meeting's scene, not the announcement's); else *said*.
    Set off between the speaker and what is said, it is the speech's circumstance («وقال الرئيس الروسي،
    بعد محادثات أجراها في سوتشي، إن …»: said in Sochi). With no comma, «إثر / عقب» open it too unless a
    scene of the speech's own (:data:`SPEECH_SCENE_WORDS`) stands before them (places46)."""
    if said < end:
        return said
    cause = _AFTER_COMMA.search(text, trigger, end)
    if cause is None:
        # «أعلن بوتين قرار السحب إثر لقائه بالأسد في قاعدة حميميم»: the meeting's scene, no comma (places46);
        # not after a scene of the speech's own («وأعلن أردوغان في مؤتمر صحفي عقب لقائه بوتين في سوتشي»)
        cause = _EARLIER_WORD.search(text, trigger, end)
        if cause is not None and _has(_WORD.findall(_fold_of(text, trigger, cause.start())),
                                      SPEECH_SCENE_WORDS):
            cause = None
    return cause.start() if cause else said


def _locates(text: str, prev: PlaceMention, m: PlaceMention) -> bool:
    """Whether *m* only says where *prev* is, one place phrase with it (:func:`_chained`), *prev* being
    the more precise: the phrase stands for *prev*."""
    return int(prev.precision) < int(m.precision) and _chained(text, prev, m)


def _anaphor_located(text: str, at: int, referent: PlaceMention, here: Sequence[PlaceMention]) -> bool:
    """Whether the anaphor at *at* («الطريق») is located by a more precise mention right after it, one
    place phrase with it («نقاط تمركز على الطريق في ريف جسر الشغور»: the phrase stands for the
    countryside, :data:`LOCATOR_GAP`)."""
    word = _WORD.match(text, at)
    if word is None:
        return False
    for m in here:
        if m.start >= word.end():
            gap = text[word.end():m.start]
            words = _WORD.findall(fold(gap))
            return (int(m.precision) < int(referent.precision) and len(words) <= 3
                    and all(w in LOCATOR_GAP for w in words) and "." not in gap)
    return False


#: Frames of a side or of nearness: their words before a name make it a place's name (places25: «جنوبي
#: الميادين», read by the actor finder as the outlet, is south of the town).
_SIDE_FRAMES: Final = frozenset({"direction", "near"})


def _named_place(m: PlaceMention, a: int, b: int) -> bool:
    """Whether the actor span [a, b) lies inside the name of a place a settlement noun frames («حيي الشيخ
    مقصود», read by the actor finder as a title and a name), or a side or «قرب» before it
    (:data:`_SIDE_FRAMES`: «جنوبي الميادين», read as the outlet): the frame makes it a place's name."""
    return m.name_start <= a and b <= m.end and (m.frame == "settlement" or (
        m.start < m.name_start and m.frame in _SIDE_FRAMES))


#: The actor finder's rule for a title and the name after it («الشيخ», «السيد» and a name): greedy, it runs on
#: past a place's name that holds a title («حي الشيخ فارس بقذائف صاروخية», «حوش السيد علي وباشرت»).
_TITLED: Final = "title+name"


def _title_in_name(m: PlaceMention, a: int, b: int, how: str) -> bool:
    """title_in_name (places48): whether the actor span [a, b), a title and a name, opens inside the name of a
    place and runs on past it, the place framed as one by a settlement noun («واستهدفت قوات النظام … حي
    الشيخ فارس بقذائف صاروخية») or its name opening on a word before the title («تقدمت داخل حوش السيد
    علي وباشرت تمشيطها»): the title is the place's, the words after it are no one's name."""
    return how == _TITLED and m.name_start <= a < m.end < b and (m.frame == "settlement" or m.name_start < a)


def _state_in_name(m: PlaceMention, a: int, b: int, how: str) -> bool:
    """Whether the actor span [a, b), a state read off its capital or its name, lies inside the place
    mention *m* and is shorter than it: «مطار دمشق الدولي» is the airport, not Damascus acting."""
    return how in _STATES and m.start <= a and b <= m.end and b - a < m.end - m.start


#: Kinds of facility that stop and resume working («يبقى مطار دمشق الدولي معلقاً عن العمل», «وكان المطار قد
#: عاد إلى العمل»): a suspension or a resumption of one happens there, whatever else the clause says.
WORKING_FACILITIES: Final = frozenset({"airbase", "crossing"})
#: Words a few words before a facility that make it what a strike hit («الضربة الأمريكية على قاعدة …»).
STRUCK_BY: Final = frozenset(fold(w) for w in (
    "الضربة", "ضربة", "الضربات", "ضربات", "قصف", "القصف", "غارة", "الغارة", "غارات", "الغارات", "استهداف",
    "هجوم", "الهجوم"))
_STOPS: Final = frozenset({EventKind.SUSPENSION, EventKind.RESUMPTION})
#: What an end ends that took place somewhere (places20): operations, battles, a campaign («انتهاء العمليات
#: العسكرية في مدينة الرقة», «إنهاء عملية "نبع السلام" في شمال شرق سوريا»): the end is where they were.
FIGHTING_WORDS: Final = frozenset(fold(w) for w in (
    "العمليات", "عمليات", "العملية", "عملية", "المعارك", "معارك", "القتال", "الحملة", "حملة", "الاشتباكات",
    # its own (places48: «أعلن الجيش السوري وقف جميع عملياته في حي الشيخ مقصود», 290)
    "عملياته", "عملياتها", "عملياتهم", "عملياتهما",
))
#: What an end lifts from the place it besieged (places48): «كسر الحصار الذي يفرضه التنظيم على مدينة دير
#: الزور», «فك الطوق عن مطار كويرس العسكري»: the siege's end is where the besieged place is.
SIEGE_WORDS: Final = frozenset(fold(w) for w in ("الحصار", "حصار", "الطوق", "طوق"))
#: Words before a facility that name the body running it («أعلنت إدارة المطار … تعليق الرحلات»): the
#: facility is the speaker's seat, not named as what stops.
MANAGING_WORDS: Final = frozenset(fold(w) for w in ("إدارة", "مدير", "مديرية", "سلطة", "سلطات"))


def _working_facility(text: str, places: _Places, kind: EventKind, here: Sequence[PlaceMention],
                      start: int, end: int, trigger: int) -> Where | None:
    """The facility (:data:`WORKING_FACILITIES`) a suspension or resumption names in its clause, by name
    or by anaphor («المطار»), when there is exactly one; else None. A facility a strike hit is not one
    that stops (:data:`STRUCK_BY`: «إثر الضربة الأمريكية على قاعدة الشعيرات، … أعلنت تعليق التعاون»), nor one
    named in what it answers, before it (:func:`_answered_before`)."""
    if kind not in _STOPS:
        return None
    found = {m.place.id: m for m in here if m.place is not None and m.place.kind in WORKING_FACILITIES
             and not _has(_words_before(text, m.start, 3, start), STRUCK_BY)
             and not _answered_before(text, m, start, trigger)
             and not _cause_after(text, m, trigger)
             and not _has(_words_before(text, m.start, 1, start), MANAGING_WORDS)}
    found.update((m.place.id, m) for at, m in places.anaphors if start <= at < end
                 and m.place is not None and m.place.kind in WORKING_FACILITIES
                 and not _has(_words_before(text, at, 1, start), MANAGING_WORDS))
    return place_of(next(iter(found.values()))) if len(found) == 1 else None


def _cause_after(text: str, m: PlaceMention, trigger: int) -> bool:
    """Whether the mention stands after the trigger and a word of what came before (:data:`AFTER_WORDS`)
    between («جمّدت مشاركتها في المذكرة …، إثر إطلاق الولايات المتحدة 59 صاروخاً … على قاعدة الشعيرات»):
    the place of the happening that caused the stop, not the facility that stops (places38). Not «بعد» and
    a span of time (:data:`SPANS_OF_TIME`: «أعادت السلطات بعد أشهر فتح معبر نصيب»)."""
    if m.start <= trigger:
        return False
    words = _WORD.findall(_fold_of(text, trigger, m.start))
    return any(w in AFTER_WORDS and (n + 1 == len(words) or words[n + 1] not in SPANS_OF_TIME)
               for n, w in enumerate(words))


def _answered_before(text: str, m: PlaceMention, start: int, trigger: int) -> bool:
    """Whether the mention stands before the trigger after a word of answering (:data:`RESPONSE_WORDS`) in its
    part («اتخذت روسيا خطوة … رداً على الضربات الصاروخية الأمريكية التي طالت … مطار الشعيرات العسكري …، إذ
    أعلنت وقف العمل بمذكرة سلامة الطيران»): the place of what the event answers, another happening."""
    return m.end <= trigger and _RESPONSE.search(text, start, m.start) is not None


def _chained(text: str, prev: PlaceMention, m: PlaceMention) -> bool:
    """Whether *m* and the mention just before it are one place phrase, the second saying where the
    first is («بلدة الترنبة في ريف إدلب», «جسر أريحا على طريق M4», «طريق M4 قرب مدينة أريحا»)."""
    gap = text[prev.end:m.start]
    words = _WORD.findall(fold(gap))
    return len(words) <= 3 and all(w in LOCATOR_GAP for w in words) and "." not in gap


#: What joins the places of a list («إلى منطقتي الباب وعفرين», «نحو إدلب أو حماة»): they share its cue.
_LIST_JOIN: Final = re.compile(r"\s*(?:[وأ]|أو|،\s*و?)\s*")


def _cue_of_list(text: str, places: _Places, at: int) -> list[str]:
    """The word before the place at *at*, or, when it continues a list of places («إلى منطقتي الباب
    وعفرين»), the word before the list's first place (its cue: «إلى»)."""
    n = bisect.bisect_left(places.starts, at)
    while 0 < n < len(places.starts) and places.starts[n] == at:
        prev = places.mentions[n - 1]
        if prev.end > at or _LIST_JOIN.fullmatch(text, prev.end, at) is None:
            break
        at, n = prev.start, n - 1
    return _words_before(text, at, 1)


def _side_before_cause(text: str, at: int, m: PlaceMention, trigger: int) -> bool:
    """Whether a place given only as a side of another («خمس قرى إلى الجنوب الغربي من مدينة عفرين»)
    stands before the trigger with a word of what came before between (:data:`AFTER_WORDS`: «، بعد
    معارك»): it locates the event told first, not the one that led to it."""
    return m.frame == "direction" and at == m.start and _has(_WORD.findall(_fold_of(text, m.end, trigger)),
                                                             AFTER_WORDS)


#: Verbs whose object is what was hit: a place right after them, with no preposition, is where the strike
#: fell («غارات استهدفت حارة البدو المكتظة بالسكان وسط مدينة الرقة», «هزت غارات قوية دمشق»), as tied as
#: one after «في».
TARGET_VERBS: Final = frozenset(fold(w) for w in (
    "استهدف", "استهدفت", "استهدفوا", "استهدفا", "قصف", "قصفت", "قصفوا", "ضرب", "ضربت", "طال", "طالت",
    "هز", "هزت", "أمطر", "أمطرت", "دك", "دكت",
))


#: Words of taking or entering whose object is the place taken («هجوماً لانتزاع الرقة، المعقل الرئيسي لداعش في
#: سوريا», «اقتحام دوما», «دخول دمشق»): a bare name right after one is as tied as one after a verb of striking
#: (places22).
TAKEN_WORDS: Final = frozenset(fold(w) for w in (
    "انتزاع", "انتزعت", "انتزع", "استعادة", "استعادت", "استعاد", "اقتحام", "اقتحمت", "اقتحم", "دخول", "دخلت",
    "دخل", "تحرير", "حررت", "حرر",
))


#: Seas (entries of no country, places46): what happens at sea is what they place (:data:`SEA_KINDS`).
SEAS: Final = frozenset({"region:mediterranean"})
#: Kinds a sea places: a plane down in it («تحطمت في البحر المتوسط»), ships posted in it. A strike or an
#: attack from a ship there («أُطلقت الصواريخ من مدمرات أمريكية في شرق المتوسط») falls on land: not placed
#: at sea (on 001–1445 a sea placing strikes split two of them from their reports and made one wrong).
SEA_KINDS: Final = frozenset({EventKind.INCIDENT, EventKind.DEPLOYMENT})


def _at_sea(m: PlaceMention) -> bool:
    """Whether the mention names a sea (:data:`SEAS`)."""
    return m.place is not None and m.place.id in SEAS


#: Kinds whose target a base named as a body may be (places43): «وهاجموا قاعدة حميميم الجوية الروسية».
BASE_HIT_KINDS: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK})
#: The kinds of entry a base is (an airbase the actor finder also reads as the forces posted there).
BASE_KINDS: Final = frozenset({"airbase"})
#: How many words may stand between the trigger and a base named as a body that is its object: «على» («في
#: الهجوم على قاعدة حميميم الجوية»). Not the doer's words («استهداف مجموعات مسلحة مطار حميميم العسكري»: 1377's
#: strike, once placed, no longer merges with the raids on Jabal al-Zawiya it was joined to, one event more).
BASE_HIT_REACH: Final = 1


def _base_hit(text: str, m: PlaceMention, trigger: int) -> bool:
    """base_hit (places43): an airbase the clause's actors name as a body («قاعدة حميميم الجوية الروسية»: the
    Russian forces there) is where a strike or an attack hit when it is its object, its trigger's phrase:
    within :data:`BASE_HIT_REACH` word after the trigger's own («وهاجموا قاعدة حميميم», «الهجوم على قاعدة …»);
    not a base further on, another event's object («قصفوا مواقع الجيش …، بل وهاجموا قاعدة حميميم»: the
    shelling's)."""
    if m.place is None or m.place.kind not in BASE_KINDS:
        return False
    return trigger <= m.start and len(_WORD.findall(text[trigger:m.start])) <= 1 + BASE_HIT_REACH


#: Words right before a base written with its own noun («قاعدة حميميم») that set what happened there: «أثناء
#: هبوطها في قاعدة حميميم» (base_at, places46). The bare name after «في» is not one: «مركز المصالحة في
#: حميميم» is a body's name (places45's trial placed 1405's statement there).
BASE_AT_WORDS: Final = frozenset(fold(w) for w in ("في", "داخل"))


def _base_at(text: str, m: PlaceMention) -> bool:
    """base_at (places46): an airbase the actor finder reads as the forces there is still where the event
    happened when written with its own noun («قاعدة حميميم») right after «في» (:data:`BASE_AT_WORDS`)."""
    return (m.place is not None and m.place.kind in BASE_KINDS and m.frame == "facility"
            and _has(_words_before(text, m.start, 1), BASE_AT_WORDS))


#: Nouns of a border shared «مع» (with) a state («على طول الحدود مع سوريا», «المناطق الحدودية مع سوريا»): the
#: state after them is the border's ground, not a party the actor finder reads (places53).
BORDER_WITH_NOUNS: Final = frozenset(fold(w) for w in (
    "الحدود", "حدود", "حدودها", "حدوده", "الحدودية", "الحدودي", "حدودية", "حدودي",
))
#: Words of all over a state («في كل أنحاء سوريا»): the state after them is the ground (places53), but not
#: after «من», a quantifier between or not («مقاتلين عشائريين من أنحاء سوريا»: where they came from;
#: «بالانسحاب من جميع أنحاء سوريا», a demand of the seeds' timeline, kept unplaced).
ALL_OVER_WORDS: Final = frozenset(fold(w) for w in ("أنحاء", "ربوع", "أرجاء"))
ALL_OVER_QUANTIFIERS: Final = frozenset(fold(w) for w in ("كل", "كافة", "جميع"))


def _state_as_ground(text: str, m: PlaceMention) -> bool:
    """Whether a state's bare name (a country) is the ground of a border shared with it or of all over it
    (:data:`BORDER_WITH_NOUNS` and «مع», :data:`ALL_OVER_WORDS` right before it), not a body acting."""
    if m.frame != "name" or m.precision is not Precision.COUNTRY:
        return False
    words = _words_before(text, m.start, 3)
    if _has(words[-1:], ALL_OVER_WORDS):
        # not «من أنحاء سوريا», «من جميع أنحاء سوريا»: where they came from, or left
        return _FROM not in [w for w in words[:-1] if w not in ALL_OVER_QUANTIFIERS][-1:]
    return len(words) > 1 and words[-1] == _WITH and _has(words[-2:-1], BORDER_WITH_NOUNS)


def _struck(text: str, places: _Places, m: PlaceMention) -> bool:
    """Whether a bare name is the object of a verb of striking (:data:`TARGET_VERBS`), judged once per
    mention of the article."""
    if m.frame != "name":
        return False
    found = places.struck.get(m.start)
    if found is None:
        found = places.struck[m.start] = _has(_words_before(text, m.start, 1), TARGET_VERBS | TAKEN_WORDS)
    return found


#: Place nouns a site's own name opens on («تلة مشتنور», «حقل شاعر», «سجن غويران», «سد تشرين», «ساحة
#: الكرامة»): the noun frames the name as a frame word before it does (a bare mention of such a site is tied).
SITE_NOUNS: Final = frozenset(fold(w) for w in (
    "تل", "تلة", "حقل", "سجن", "سد", "ساحة", "دوار", "معسكر", "جسر", "مجمع", "مبنى", "قاعدة", "مقر",
    # a crossing's or an airport's own name («معبر باب السلام», «مطار الطبقة العسكري»: places20)
    "معبر", "مطار",
))
#: The kinds of entry whose bare name opening on a noun of :data:`SITE_NOUNS` is tied.
NAMED_BY_NOUN_KINDS: Final = frozenset({"site", "crossing", "airbase"})


def _named_by_its_noun(m: PlaceMention) -> bool:
    """Whether a bare mention is a site, a crossing or an airport whose name opens on its own place noun
    (:data:`SITE_NOUNS`: «طال قصف … تلة مشتنور في مدينة كوباني وقرية زورمغار»: the hill, as tied as «قرية
    زورمغار»; «انتزع … معبر باب السلام الحدودي مع تركيا …، ليصبح ثالث منفذ على الحدود التركية»: the
    crossing)."""
    return (m.frame == "name" and m.place is not None and m.place.kind in NAMED_BY_NOUN_KINDS
            and fold(m.name.split(" ", 1)[0]) in SITE_NOUNS)


#: How far (in words) after the comma that opens it a subordinate clause's trigger may stand («، التي كان قد
#: اقتحمها»: the relative pronoun and two words).
SUBORDINATE_REACH: Final = 4


def _subordinate(text: str, start: int, trigger: int) -> int | None:
    """Where the subordinate clause the trigger opens or closely follows begins: a comma, then a word of
    what came before (:data:`AFTER_WORDS`: «، إثر اشتباكات») or a relative pronoun («، التي كان قد
    اقتحمها»), the trigger within :data:`SUBORDINATE_REACH` words of it; else None. Its event is told of
    the event (or the noun) before the comma: an anaphor there points back for that one, not for it
    («أحكموا قبضتهم على المدينة بشكل شبه تام، إثر اشتباكات»), and a pronoun of its own («، بعد معارك
    تدور فيها») points back to that one's place, so its words name none (as the gold reads them); a place
    named outright before the comma is its place too («سيطروا على مدينة القصير، بعد معارك»)."""
    before = text[max(start, trigger - 40):trigger]
    comma = max(before.rfind("،"), before.rfind(","))
    if comma < 0:
        return None
    words = _WORD.findall(fold(before[comma:]).translate(_MARKS))
    if not words or len(words) > SUBORDINATE_REACH or not (
            _has(words[:1], AFTER_WORDS) or words[0] in RELATIVE_WORDS):
        return None
    return trigger - len(before) + comma


#: Kinds told as the prelude of the happening before them by :data:`PRELUDE_WORDS` right before the trigger.
PRELUDE_KINDS: Final = frozenset({EventKind.CLASH})
#: «بعد» right before fighting's trigger, no comma: the fighting is what came before the happening the
#: clause told first («استعادت القوات الحقل ومنشآته بعد معارك عنيفة»); «إثر» is left out: «أخلت مواقعها
#: في المطار إثر معارك عنيفة» is placed at the airport in the gold (places25).
PRELUDE_WORDS: Final = frozenset({fold("بعد")})


def _opened_by_after(text: str, start: int, trigger: int) -> int | None:
    """Where a word of :data:`PRELUDE_WORDS` right before the trigger stands, no comma between: the
    fighting it opens is told as what came before the happening the clause told first, and an anaphor
    before it points back for that one («استعادت القوات الحقل ومنشآته بعد معارك عنيفة», «انتزعوا المربع
    الأمني داخل المدينة بعد اشتباكات»: the battles are not placed, as the gold reads them), as after a
    comma (:func:`_subordinate`); else None (places25)."""
    if not _has(_words_before(text, trigger, 1, start), PRELUDE_WORDS):
        return None
    at = trigger
    while at > start and text[at - 1].isspace():
        at -= 1
    while at > start and not text[at - 1].isspace():
        at -= 1
    return at


def _pronoun_of_its_own(text: str, at: int, trigger: int) -> bool:
    """Whether the anaphor at *at*, after the trigger, is a pronoun («فيها», «هناك») of the trigger's own
    phrase, no conjunct between («معارك تدور فيها», not «معارك خاضتها … وتكبدت فيها خسائر»: the battles)."""
    w = _WORD.match(text, at)
    return (w is not None and fold(w.group()) in _ADVERBS
            and not any(x.startswith(("و", "ف")) for x in _WORD.findall(text[trigger:at])[1:]))


#: Words right before a trigger that tell its event as what the clause before happened amid («دخولها العاصمة
#: دمشق، …، وسط انسحاب القوات الحكومية أمام تقدمها», «دخل الاتفاق حيز التنفيذ …، وسط قصف محدود»): a concurrent
#: happening, whose own words name no place; the places before it are the clause's, not its.
AMID_WORDS: Final = frozenset(fold(w) for w in ("وسط",))
#: Kinds placed where the clause before «وسط» was all the same: fighting amid which a happening went on is
#: fought at its place («يواصل الجيش تقدمه في الجنوب وسط اشتباكات عنيفة», «قصف … لمخيم اليرموك جنوبي دمشق
#: وسط اشتباكات»: the gold places every such clash of 001–1683, 5 of 5; places36).
AMID_PLACED_KINDS: Final = frozenset({EventKind.CLASH})


def _amid(text: str, start: int, trigger: int) -> bool:
    """Whether the word right before the trigger is one of :data:`AMID_WORDS`."""
    return _words_before(text, trigger, 1, start) in ([w] for w in AMID_WORDS)


#: «قبل أن» between a place and the trigger: what follows it is another report, told after the clause's own
#: («توغلت قوات … في ريف القنيطرة الشمالي …، قبل أن تبدأ بالانسحاب صباحاً»: the withdrawal is not placed
#: there), as a place after it is no place of the event before it (:data:`_NEW_REPORT`).
#: Verbal nouns of a beginning that, after «قبل», tell a happening still to come after the one told before
#: («قررت عدم إرسال مراقبين جدد إلى سوريا قبل انعقاد اجتماع مجلس الجامعة», «سيطر خلالها على مناطق في ريف
#: حماة الشمالي، قبل التوصل إلى وقف لإطلاق النار»: places27), as «قبل أن» does; and those that, after «منذ»,
#: tell the happening a span told before runs from («الخسارة الأولى … في إدلب منذ دخول اتفاق وقف إطلاق النار
#: حيز التنفيذ»: places27).
BEFORE_BEGINNING_WORDS: Final = ("انعقاد", "عقد", "بدء", "انطلاق", "اندلاع", "التوصل")
SINCE_WORDS: Final = ("دخول",)
_BEFORE_THAT: Final = re.compile(r"(?<!\w)(?:قبل (?:[أا]ن|" + "|".join(BEFORE_BEGINNING_WORDS) + r")|منذ (?:"
                                 + "|".join(SINCE_WORDS) + r"))(?!\w)")
#: «، إذ» and a verb of saying (:data:`SAID_AFTER_SINCE`) between the trigger and a place after it: what
#: follows is a speech with a speaker of its own, and the place is where it was made («وبإطلاقها السبت
#: الهجوم … المسمى "غصن الزيتون"، فتحت تركيا جبهة جديدة …، إذ دعا وزير الدفاع الأمريكي … من جاكرتا
#: تركيا إلى ضبط النفس»: the offensive is not placed in Jakarta). Another verb after «إذ» may tell the same
#: happening («وترافق الهجوم مع دعم روسي، إذ وزعت وزارة الدفاع الروسية صوراً لصواريخ … أصابت مواقع للتنظيم
#: في محافظة دير الزور»): its place stays the trigger's.
_SINCE_AFTER: Final = re.compile(r"[،,]\s*و?[إا]ذ\s+(\w+)")


#: Pronouns after the trigger that point the happening told after «قبل أن» back to the place before it
#: («زرعها مسلحو داعش في المدينة قبل أن ينسحبوا منها»: withdrawn from the city).
BACK_TO_IT_WORDS: Final = frozenset(fold(w) for w in ("منها", "منه", "فيها", "فيه", "عنها", "عنه"))
BACK_TO_IT_REACH: Final = 3


def _told_after_since(text: str, trigger: int, at: int) -> bool:
    """Whether «، إذ» and a verb of saying stand between the trigger and a place after it at *at*
    (:data:`_SINCE_AFTER`): the place is where the speech told after «إذ» was made, not the trigger's."""
    return any(fold(m.group(1)) in SAID_AFTER_SINCE for m in _SINCE_AFTER.finditer(text, trigger, at))


#: Participles a speaker goes on with after a comma («، مضيفاً / مشيراً / مؤكداً …»): what follows them is
#: more of what is said (places26).
GOING_ON_WORDS: Final = frozenset(fold(w) for w in (
    "مضيفا", "مضيفاً", "مضيفة", "مشيرا", "مشيراً", "مشيرة", "مؤكدا", "مؤكداً", "مؤكدة", "موضحا", "موضحاً",
    "موضحة", "لافتا", "لافتاً", "لافتة",
))
_GOING_ON: Final = re.compile(r"[،,]\s*([^\W\d_]+)")
#: «أن / إن» and a quotation mark right after it: what is said opens as a quotation.
_THAT_QUOTE: Final = re.compile(r"(?<!\w)[أإا]ن\s*[\"“«]")
#: «إلى» and a noun right after it («، مشيراً إلى وجود ستين جثة … في شوارع المدينة»): what the speaker
#: points to is a thing of its own, told with its own places (places32); not «إلى أن», what is said.
_TO_A_NOUN: Final = re.compile(r"[\u064B-\u0652]*\s*[إا]لى\s+(?![أإا]ن(?!\w))\w")


def _quoted_going_on(text: str, trigger: int, at: int) -> bool:
    """Whether a place after the trigger at *at* stands in a quotation opened after «، مضيفاً / مشيراً …»
    between them («واعتقلت مهاجماً ثالثاً، مضيفاً للقناة أن «مدينة السويداء الآن آمنة»»): the speaker's
    words, not the event's place (places26)."""
    for m in _GOING_ON.finditer(text, trigger, at):
        if fold(m.group(1)).translate(_MARKS) in GOING_ON_WORDS:
            return (_THAT_QUOTE.search(text, m.end(), at) is not None
                    or _TO_A_NOUN.match(text, m.end()) is not None)
    return False


#: Verbs after «، ما / مما / الأمر الذي» by which the happening told before pushed someone to act or speak
#: («قتلوا في هجمات سورية …، ما دفع أردوغان إلى القول إن بلاده ستضرب القوات السورية "في أي مكان" في
#: سوريا»: places27): the places after them are that act's, not the happening's.
PUSHED_WORDS: Final = ("دفع", "دفعت", "يدفع", "تدفع", "حدا", "حدت", "دعا", "دعت")
_PUSHED: Final = re.compile(r"[،,]\s*(?:ما|مما|الأمر الذي)\s+(?:" + "|".join(PUSHED_WORDS) + r")(?!\w)")


def _pushed_to(text: str, trigger: int, at: int) -> bool:
    """Whether «، ما دفع / مما حدا / الأمر الذي دعا …» (:data:`PUSHED_WORDS`) stands between the trigger and
    a place after it at *at*: what the happening pushed someone to, told with places of its own."""
    return _PUSHED.search(text, trigger, at) is not None


#: Words right after the trigger's word that make talks virtual, held by video and so nowhere («قمتهم
#: الافتراضية», «اجتماع افتراضي»: places26).
VIRTUAL_WORDS: Final = frozenset(fold(w) for w in (
    "افتراضية", "الافتراضية", "افتراضي", "الافتراضي", "افتراضيا", "افتراضياً",
))


def _virtual(text: str, trigger: int) -> bool:
    """Whether the word right after the trigger's word is one of :data:`VIRTUAL_WORDS`: virtual talks,
    whose places are their parties', not theirs."""
    words = itertools.islice(_WORD.finditer(text, trigger), 1, 2)
    return any(fold(w.group()).translate(_MARKS) in VIRTUAL_WORDS for w in words)


#: Words right before a trigger that tell the event as the start of a span another happening runs in («في أول
#: زيارة لوزير خارجية سعودي إلى سوريا منذ سقوط نظام بشار الأسد»: places29): a place before it is that
#: happening's, not the event's.
SINCE_TRIGGER_WORDS: Final = frozenset(fold(w) for w in ("منذ",))
#: How many words after such a trigger a pronoun may point back to the place before it (the doer's name
#: between: «منذ انسحاب وحدات حماية الشعب الكردية منها»).
SINCE_BACK_REACH: Final = 6


def _since_it(text: str, trigger: int) -> bool:
    """Whether the word right before the trigger is one of :data:`SINCE_TRIGGER_WORDS`, and no pronoun right
    after the trigger (:data:`BACK_TO_IT_WORDS`) points back to the place before it («يسيطر المجلس على المدينة
    منذ انسحاب الوحدات منها»: withdrawn from the city)."""
    if not _has(_words_before(text, trigger, 1), SINCE_TRIGGER_WORDS):
        return False
    after = itertools.islice(_WORD.finditer(text, trigger), 1, SINCE_BACK_REACH + 1)
    return not any(fold(w.group()) in BACK_TO_IT_WORDS for w in after)


def _before_that(text: str, at: int, trigger: int) -> bool:
    """Whether «قبل أن» stands between a place at *at* and the trigger after it, and no pronoun right after
    the trigger (:data:`BACK_TO_IT_WORDS`) points back to it: the place is the first report's, not that of
    the happening told after «قبل أن»."""
    if _BEFORE_THAT.search(text, at, trigger) is None:
        return False
    after = itertools.islice(_WORD.finditer(text, trigger), 1, BACK_TO_IT_REACH + 1)
    return not any(fold(w.group()) in BACK_TO_IT_WORDS for w in after)


#: Words of a time of day that may close a conjunct after its place, with :data:`DAY_WORDS` («في حي الدعتور
#: مساء الإثنين وألقت القبض»).
TIME_OF_DAY_WORDS: Final = frozenset(fold(w) for w in ("مساء", "صباح", "ظهر", "فجر", "ليل", "ليلة", "عصر"))


#: Words after the trigger of a conjunct that point back to what the conjunct before acted on, at its place
#: («تفكيك خلية … في محافظة حلب والقبض على ثلاثة من أفرادها», «اختراق تحصينات الجيش في مطار كويرس والسيطرة
#: عليه», «إسقاط طائرة حربية … في ريف حلب، وإلقاء القبض على طيارها»: placebefore49): the same doer's next
#: act on the same thing, at the same place.
POINTING_BACK_WORDS: Final = frozenset(fold(w) for w in (
    *PRONOUNS_BACK, "أفرادها", "أفراده", "أفرادهم", "عناصرها", "عناصره", "عناصرهم", "طيارها", "طياريها",
    "طاقمها", "ركابها",
))
#: How many words after the trigger's word such a word may stand («والقبض على ثلاثة من أفرادها»: four).
POINTING_BACK_REACH: Final = 4
#: Words of entering a place (:data:`TAKEN_WORDS` and their plurals) up to this many words before the place
#: (the place's own name between: «اقتحموا دير مار تقلا في معلولا ويحتجزون»): what the doer does next is done
#: inside it («دخلت جرابلس وفتحت النار»: placebefore49).
ENTERED_REACH: Final = 5
ENTERED_WORDS: Final = frozenset(fold(w) for w in ("اقتحموا", "دخلوا", "اقتحمتا", "دخلتا"))


def _conjunct_before(text: str, m: PlaceMention, trigger: int) -> bool:
    """Whether a place before the trigger closes the conjunct before it («وقف إطلاق النار في إدلب
    وتسيير دوريات»: Idlib is the truce's, not the patrols'), its time told after it («في الكمين الذي وقع في حي
    الدعتور مساء الإثنين وألقت القبض على آخرين»: the ambush's, not the arrests'); not when the conjunct after
    points back to what the one before acted on (:data:`POINTING_BACK_WORDS`) or the place is one entered
    (:data:`ENTERED_WORDS`): the next act of the same doer, there."""
    first = _WORD.search(text, m.end)
    while (first is not None and first.start() < trigger
           and fold(first.group()) in TIME_OF_DAY_WORDS | DAY_WORDS):
        first = _WORD.search(text, first.end())
    if not (first is not None and first.start() == trigger and fold(first.group()).startswith("و")
            and not _within_it(text, first.end())):
        return False
    after = itertools.islice(_WORD.finditer(text, first.end()), POINTING_BACK_REACH)
    if any(fold(w.group()).translate(_MARKS) in POINTING_BACK_WORDS for w in after):
        return False
    return not _has(_words_before(text, m.start, ENTERED_REACH), TAKEN_WORDS | ENTERED_WORDS)


_WITHIN_IT: Final = frozenset(fold(w) for w in WITHIN_IT_WORDS)


def _within_it_right_after(text: str, trigger: int, found: re.Match[str]) -> bool:
    """Whether the other report *found* (:data:`_NEW_REPORT`) is a word of :data:`WITHIN_IT_WORDS` right after
    the trigger's word: the event is the one told within the happening before («بعد تصعيد عنيف من قوات النظام
    قصفت خلاله أحياء درعا البلد»: the shelling's own words follow), not another report (places25)."""
    word = _WORD.match(text, trigger)
    return (word is not None and fold(found.group()) in _WITHIN_IT
            and not text[word.end():found.start()].strip())


def _within_it(text: str, after: int) -> bool:
    """Whether the word after the trigger (ending at *after*) points back to the happening told before as its
    time (:data:`WITHIN_IT_WORDS`, places20: «حملة أمنية … في مدينة دير الزور، واعتقلت خلالها 35 شخصاً»: the
    arrests were made in the campaign, where it was)."""
    word = _WORD.search(text, after)
    return word is not None and fold(word.group()) in _WITHIN_IT and not text[after:word.start()].strip()


def where_of(text: str, clause: tuple[int, int], part: tuple[int, int], trigger: int, kind: EventKind,
             actors: Iterable[tuple[int, int, str]] = ()) -> Where | None:
    """Where the event whose trigger stands at *trigger* happened, or None (see the module doc).
    Offsets are into the original *text*; *part* is the part of its clause that speaks of the event,
    *actors* the spans of the actors the clause names with the actor finder's rule for each (a place
    inside an actor's name is not where, unless a frame ties it: «في العاصمة دمشق»)."""
    places = _places(text)
    lo = bisect.bisect_left(places.starts, clause[0])
    if (lo == len(places.starts) or places.starts[lo] >= clause[1]) and not any(
            clause[0] <= at < clause[1] for at, _ in places.anaphors):
        # the clause names no place (most do not): its actors are never looked at; the next sentence may tell
        # the scene of a statement or an agreement, the arrival before it that of a reception (received_at)
        if kind in TALK_KINDS and (received := _received_at(text, places, clause, trigger)) is not None:
            return received
        return _scene_told_next(text, places, clause[1], kind) if kind in TOLD_NEXT_KINDS else None
    if kind not in SETTING_KINDS and _landmark(text, trigger):
        # «قذائف سقطت في هضبة الجولان المحتلة، القريبة من مناطق المعارك بين …»: the happening locates the
        # place before it, which is not its scene; only its own words may place it (places31)
        return _where_in(text, places, (trigger, part[1]), trigger, kind, _Spans(actors))
    if kind in _SPEECH and _attributed(text, trigger):
        return None  # «، حسبما أفادت الناطقة …»: whose word the clause's news is, told nowhere (places31)
    talks = _agreed_at(text, places, trigger) if kind is EventKind.AGREEMENT else None
    if talks is not None:
        return place_of(talks)  # «اتُّفق عليها في محادثات أستانة»: made where the talks were held
    named = _named_after_scene(text, places, trigger) if kind is EventKind.AGREEMENT else None
    if named is not None:
        # «لاتفاق سوتشي الموقع في 22 تشرين الأول»: made in Sochi (the city's words, not the process's)
        return attrs.evolve(place_of(named), location_ar=text[named.name_start:named.end])
    if kind in TALK_KINDS and _virtual(text, trigger):
        return None  # «قمتهم الافتراضية الأخيرة»: held nowhere (places26)
    spans = _Spans(actors)
    if kind in TALK_KINDS:
        # «زار المقداد الجزائر», «أما قمة طهران»: where the visitor went, where the named meeting was held
        held = (_visited(text, places, trigger, clause[1], spans) or _named_meeting(text, places, trigger)
                or _hosted(text, places, trigger) or _on_a_visit(text, places, trigger))
        if held is not None:
            return held
    if kind not in SETTING_KINDS and _told_as_since(text, trigger):
        # «سيطرت … منذ انطلاق عملية "غصن الزيتون" في 20 كانون الثاني، ووصلت … إلى مشارف مدينة عفرين»: the
        # happening told as the time another is counted from is placed by its own words, to the next comma,
        # or where its pronoun points back to («على المدينة منذ انسحاب الوحدات منها»)
        stop = _A_COMMA.search(text, trigger, clause[1])
        own = _where_in(text, places, (trigger, stop.start() if stop else clause[1]), trigger, kind, spans)
        if own is None and kind in LEFT_IT_KINDS:
            own = _left_it(text, places, clause, trigger, LEFT_IT_WORDS[kind])
        return own
    if kind in TALK_KINDS and _told_as_before(text, trigger):
        # «…، بعد مفاوضات جرت برعاية عدد من الدول الضامنة»: talks told as what came before the happening the
        # sentence tells are placed by their own words only, up to the next comma (places24)
        # (talks abroad stay at the venue the sentence names, which is theirs: «اختتمت … في العاصمة الكازاخية
        # أستانا الجولة السادسة …، بعد مباحثات استمرت يومين»)
        stop = _A_COMMA.search(text, trigger, clause[1])
        own = _where_in(text, places, (trigger, stop.start() if stop else clause[1]), trigger, kind, spans)
        if own is not None:
            return own
        found = _where_in(text, places, part, trigger, kind, spans)
        return found if found is not None and found.country not in ("", "SY") else None
    embassy = _embassy_in(text, places, trigger, clause[1]) if kind in _STOPS else None
    if embassy is not None:
        return embassy  # «افتتحت الإمارات اليوم سفارتها في العاصمة السورية دمشق»: where the embassy is
    closed = _closed_at(text, places, trigger, clause[1]) if kind is EventKind.SUSPENSION else None
    if closed is not None:
        return closed  # «أغلقت القوات الحكومية معبر دير حافر في ريف حلب»: where what is closed is
    route = _route_of(text, places, trigger, clause[1], *ROUTED[kind]) if kind in ROUTED else None
    if route is not None:
        # «ألغت الشرطة العسكرية الروسية، اليوم الاثنين، دورية مشتركة … كان من المقرر أن تجوب ريف كوباني
        # الغربي»: where the patrol (or the trips) it calls off or resumes goes
        return route
    if kind not in SETTING_KINDS and _covering(text, part[0], trigger):
        # «شنت القوات هجوماً على بلدة خربة الشعير، التي …، تحت غطاء من القصف المدفعي»: where what it covers is
        covered = _where_in(text, places, (clause[0], trigger), clause[0], kind, spans)
        if covered is not None:
            return covered
    found = _where_in(text, places, clause if kind in SETTING_KINDS else part, trigger, kind, spans)
    if found is None and kind is EventKind.AGREEMENT:
        # «توصلت لجنة من مدينة داريا إلى اتفاق مع وفد النظام»: where its local party is (places33)
        found = _local_party(text, places, part, trigger)
    if found is None and kind in TOLD_NEXT_KINDS:
        # «أمر بوتين … بسحب القوات …. وجاء القرار في ختام اجتماع ثلاثي عقده بوتين في الكرملين»
        found = _scene_told_next(text, places, clause[1], kind)
    if (found is None and kind not in SETTING_KINDS and part[0] > clause[0]
            and _ranked(text, part[0], trigger)):
        # «…، في أول لقاء بينهما»: the happening told before, again, by its rank, where its clause told it
        found = _where_in(text, places, (clause[0], part[1]), trigger, kind, spans)
    if found is None and kind not in SETTING_KINDS:
        # «شهد حي الدعتور في مدينة اللاذقية … حادثاً أمنياً دامياً، إذ قتل عنصران … في كمين»: what «، إذ»
        # explains is the happening the clause told before it, where that one was (places20)
        since = _explaining(text, clause[0], trigger)
        if since is not None:
            found = _where_in(text, places, (clause[0], since), since, kind, spans)
    if (found is None and kind not in SETTING_KINDS | {EventKind.CEASEFIRE} and part[1] < clause[1]
            and not _told_of_a_noun(text, trigger, part[1])
            and not _NEW_REPORT.search(text, trigger, part[1])
            and (kind in TALK_KINDS or not _conjunct_opens(text, trigger, part[1]))):
        # the part names no place: the rest of the clause after it may («تفجير انتحاري استهدف دورية
        # للتحالف وسط مدينة منبج»: the patrol is what the attack hit, read as a part of its own)
        # up to the next conjunct («…، وأن مقاتلة سقطت في شمال إسرائيل» tells another event); not when the
        # part opens another report after the trigger («وعقدت الحكومة اجتماعاً طارئاً بعد أن أجرت اتصالات مع
        # مبعوث … إلى سوريا»: what follows is that report's)
        rest = _NEXT_CONJUNCT.search(text, part[1], clause[1])
        found = _where_in(text, places, (part[1], rest.start() if rest else clause[1]), trigger, kind, spans)
    if found is None and kind not in _SPEECH:
        # «إلى شمال شرق سوريا …، حيث أجريا محادثات», «في محافظة إدلب السورية، حيث يشن الجيش … هجوماً»: «حيث»
        # (where) tells what happened at the place named before it (places35)
        found = _where_told(text, places, clause, trigger)
    if found is None and kind not in _SPEECH:
        # «وكانت محافظة السويداء قد شهدت … اشتباكات عنيفة»: the place that witnessed it (places35)
        found = _witnessed(text, places, clause, trigger)
    if found is None and kind in TALK_KINDS:
        # «وصل المقداد إلى مطار الملك عبد العزيز …. وكان في استقباله …»: where the visitor arrived
        # (received_at)
        found = _received_at(text, places, clause, trigger)
    if found is None and kind in LEFT_IT_KINDS:
        # «عاد التنظيم ليبسط سيطرته على مدينة تدمر …، وذلك إثر انسحاب قوات النظام منها»: withdrawn from the
        # place the pronoun points back to (places32)
        found = _left_it(text, places, clause, trigger, LEFT_IT_WORDS[kind])
    if (found is not None and kind in RETOLD_WORDS and found.kind == "country"
            and not _has(_words_of(text, clause), SCATTERED_WORDS)):
        # «قُتل 11 مدنياً … جراء غارات … شرقي سوريا. وأفادت مصادر محلية بأن طائرات التحالف استهدفت … منزلاً
        # في بلدة الشعفة»: the lead's strike, retold with its town (places30)
        return _retold_narrower(text, places, clause[1], found, RETOLD_WORDS[kind]) or found
    return found


#: Kinds a pronoun right after the trigger places where it points back to, when their own words name no place
#: (places32): withdrawn from it («انسحاب قوات النظام منها», «بعد انسحاب «قسد» منه», «عقب خروج فصائل
#: المعارضة منها»), captured it («بعد أن سيطرت عليها فصائل …», «وتسلل عناصره إلى البغيلية وسيطروا عليها»).
LEFT_IT_WORDS: Final = {
    EventKind.WITHDRAWAL: frozenset(fold(w) for w in ("منها", "منه")),
    EventKind.CAPTURE: frozenset(fold(w) for w in ("عليها", "عليه")),
}
LEFT_IT_KINDS: Final = frozenset(LEFT_IT_WORDS)
#: How many words after the trigger the pronoun may stand, and how far (characters) before the trigger the
#: place it points back to.
LEFT_IT_REACH: Final = 5
LEFT_IT_BACK: Final = 150
_CLAUSE_STOP: Final = re.compile(r"[،,؛;.]")


def _left_it(text: str, places: _Places, clause: tuple[int, int], trigger: int,
             pronouns: frozenset[str]) -> Where | None:
    """The place one of the *pronouns* (:data:`LEFT_IT_WORDS`) within :data:`LEFT_IT_REACH` words after the
    trigger (no comma between) points back to: the last place named in the clause before the trigger, within
    :data:`LEFT_IT_BACK` characters and after any «، مضيفاً / مشيراً …» (:data:`GOING_ON_WORDS`) between (an
    anaphor «المدينة» for its referent; not a place that only locates the one before it), else None."""
    stop = _CLAUSE_STOP.search(text, trigger, clause[1])
    end = stop.start() if stop else clause[1]
    words = itertools.islice(_WORD.finditer(text, trigger, end), 1, LEFT_IT_REACH + 1)
    if not any(fold(w.group()) in pronouns for w in words):
        return None
    return _last_place(text, places, clause, trigger)


def _last_place(text: str, places: _Places, clause: tuple[int, int], trigger: int) -> Where | None:
    """The last place named in the clause before *trigger*, as :func:`_left_it` reads it, else None."""
    floor = max(clause[0], trigger - LEFT_IT_BACK)
    for going in _GOING_ON.finditer(text, floor, trigger):
        if fold(going.group(1)).translate(_MARKS) in GOING_ON_WORDS:
            floor = going.end()  # «…، مضيفاً أن الجهاديين انسحبوا منها»: what he goes on to say, apart
    best: tuple[int, Where] | None = None
    before = bisect.bisect_left(places.starts, trigger)
    for n in range(before - 1, -1, -1):
        m = places.mentions[n]
        if m.start < floor:
            break
        if m.place is None or m.end > trigger or not _usable(text, places, n) or (
                n and _locates(text, places.mentions[n - 1], m)):
            continue
        best = (m.start, place_of(m))
        break
    for at, referent in places.anaphors:
        if floor <= at < trigger and (best is None or at > best[0]):
            best = (at, _by_anaphor(text, at, referent))
    return best[1] if best is not None else None


#: «حيث» (where): what it opens happened at the place named right before it; the trigger within
#: :data:`WHERE_TOLD_REACH` words after it, not after «من» (places35: 82 uses of «حيث» on 001–1683).
WHERE_WORDS: Final = frozenset(fold(w) for w in ("حيث",))
WHERE_TOLD_REACH: Final = 7


#: Verbs of a place that witnessed a happening («وكانت محافظة السويداء قد شهدت … اشتباكات», «وشهدت مناطق
#: شرقي سوريا هذا العام هجمات»): the place, their subject, is the scene of the happening they take (places35).
#: «تعرض» (underwent) is left out: «وإن المدينة تتعرض منذ نحو أسبوع لغارات» placed at the city no longer
#: merged with the strike the sentence before told (one more event produced, precision down).
WITNESS_WORDS: Final = clitic_forms((fold(w) for w in (
    "شهد", "شهدت", "تشهد", "يشهد",
)), ("", "و"))  # «وشهدت» (clitics22)
#: How many words before the trigger the verb may stand («قد شهدت على مدى الأيام الثلاثة الماضية اشتباكات»).
WITNESS_REACH: Final = 7


def _witnessed(text: str, places: _Places, clause: tuple[int, int], trigger: int) -> Where | None:
    """The subject of a verb of :data:`WITNESS_WORDS` within :data:`WITNESS_REACH` words before the trigger
    (no comma between; not a happening told after «منذ», :func:`_since_it`): a place right after the verb
    («وتشهد سوريا … احتجاجات»), else the last place before it with at most one word («قد») between, an
    apposition between commas aside («وكانت قاعدة مورك، المحاصرة …، قد شهدت»); else None."""
    words = list(_WORD.finditer(text, max(clause[0], trigger - 80), trigger))[-WITNESS_REACH:]
    verb = next((w for w in reversed(words) if fold(w.group()) in WITNESS_WORDS), None)
    if verb is None or _CLAUSE_STOP.search(text, verb.end(), trigger) or _since_it(text, trigger):
        return None
    n = bisect.bisect_left(places.starts, verb.end())
    if n < len(places.starts) and places.mentions[n].place is not None and places.mentions[n].end <= trigger \
            and len(_WORD.findall(text, verb.end(), places.mentions[n].start)) <= 1:
        return place_of(places.mentions[n])
    for at, referent in places.anaphors:
        if verb.end() <= at < trigger and len(_WORD.findall(text, verb.end(), at)) <= 1:
            return _by_anaphor(text, at, referent)
    subject = _last_place(text, places, clause, verb.start())
    at = text.rfind(subject.location_ar, clause[0], verb.start()) if subject is not None else -1
    if subject is None or at < 0:
        return None
    between = _APPOSITIVE.sub(" ", text[at + len(subject.location_ar):verb.start()])
    return subject if len(_WORD.findall(between)) <= 1 else None


_APPOSITIVE: Final = re.compile(r"[،,][^،,.]*[،,]")


def _where_told(text: str, places: _Places, clause: tuple[int, int], trigger: int) -> Where | None:
    """The place named right before a word of :data:`WHERE_WORDS` that stands within
    :data:`WHERE_TOLD_REACH` words before the trigger (no comma between), as :func:`_left_it` finds it, else
    None."""
    words = list(_WORD.finditer(text, max(clause[0], trigger - 60), trigger))[-WHERE_TOLD_REACH:]
    at = next((w.start() for w in reversed(words) if fold(w.group()) in WHERE_WORDS), None)
    if at is None or _CLAUSE_STOP.search(text, at, trigger) or _words_before(text, at, 1) == [_FROM]:
        return None  # «لا تعترض من حيث المبدأ على عقد مؤتمر»: «من حيث» (as to) is no place's «حيث»
    return _last_place(text, places, clause, at)


#: The words that tell a place by what it is near («الجولان المحتلة، القريبة من مناطق المعارك»): a happening
#: named right after them locates the place before, which is no scene of it (:func:`_landmark`, places31).
NEAR_WORDS: Final = frozenset(fold(w) for w in ("القريبة", "القريب", "القريبين", "القريبتين", "المحاذية",
                                                "المحاذي", "المتاخمة", "المتاخم"))
#: The nouns of place between them and the happening («القريبة من مناطق المعارك»).
LANDMARK_AREA_WORDS: Final = frozenset(fold(w) for w in ("مناطق", "منطقة", "مواقع", "موقع", "خطوط", "خط"))


def _landmark(text: str, trigger: int) -> bool:
    """Whether the trigger (or its noun of place: «مناطق المعارك») follows «القريبة من» and the like."""
    three = _words_before(text, trigger, 3)
    return (three[-1:] == [_FROM] and _has(three[-2:-1], NEAR_WORDS)) or (
        three[-2:-1] == [_FROM] and _has(three[-3:-2], NEAR_WORDS) and _has(three[-1:], LANDMARK_AREA_WORDS))


#: The words that attribute the clause's news to a speaker right before the speech's verb («، حسبما أفادت
#: …», «وفق ما أعلنه …», «بحسب ما ذكرت …»): the speech is no happening of its own with a scene; the gold
#: places none of the 001–1296 ones (places31).
ATTRIBUTING_WORDS: Final = frozenset(fold(w).translate(_MARKS) for w in (
    "حسبما", "حسب ما", "بحسب ما", "وفق ما", "وفقا لما", "وفقاً لما", "طبقا لما", "طبقاً لما",
))


def _attributed(text: str, trigger: int) -> bool:
    """Whether the speech's verb at *trigger* follows a word of :data:`ATTRIBUTING_WORDS`."""
    two = _words_before(text, trigger, 2)
    return _has(two[-1:], ATTRIBUTING_WORDS) or " ".join(two) in ATTRIBUTING_WORDS


#: The kinds whose lead a later sentence may retell with a narrower place (:func:`_retold_narrower`).
#: Words of a later sentence that tell a strike again: its raids, its planes, what they hit («وأفادت مصادر
#: محلية بأن طائرات التحالف استهدفت بعدة صواريخ منزلاً في بلدة الشعفة», «وقال المرصد إن الغارات استهدفت …
#: قرب مدينة البوكمال»).
STRIKE_AGAIN: Final = frozenset(fold(w) for w in (
    "الغارات", "الغارة", "الغارتين", "الضربات", "الضربة", "الضربتين", "طائرات", "الطائرات", "استهدفت",
    "استهدف", "واستهدفت",
    # the shelling named again («وأوضح المرصد أن القصف طال النقطة العسكرية التركية في مطار تفتناز», places38)
    "القصف",
))
#: Words of a lead that spreads its strikes over many places («غارات على مناطق متفرقة من سوريا», «على عدة
#: مواقع»): one town a later sentence names is one of them, the lead's country theirs.
SCATTERED_WORDS: Final = frozenset(fold(w) for w in ("متفرقة", "عدة", "مختلف", "مختلفة", "عشرات"))
#: Words of a later sentence that tell an arrest or a withdrawal again («جرت عملية الإنزال الجوي في قرية
#: الحميرة», «أخلت مطار صرين»). Not a patrol's: the gold keeps 082's «داخل الأراضي السورية» over the
#: «الريف الجنوبي … لمدينة الدرباسية» the next sentence gives (tried, places30).
ARREST_AGAIN: Final = frozenset(fold(w) for w in ("العملية", "عملية", "الإنزال", "الانزال", "المداهمة"))
WITHDRAWAL_AGAIN: Final = frozenset(fold(w) for w in ("أخلت", "اخلت", "الانسحاب", "انسحبت"))
#: The kinds whose lead a later sentence may retell with a narrower place (:func:`_retold_narrower`), with the
#: words that tell each again.
#: Words of a later sentence that tell fighting or an attack again (places52: «وأكد مدير المرصد … أن المعارك
#: دارت قرب بلدة رأس الحصن في شمال محافظة إدلب» after «معارك … في شمال غرب سوريا»; «وأوضح المرصد أن عناصر
#: التنظيم استهدفوا الحافلة ليلاً في بادية الميادين» after «هجوم … على حافلة عسكرية في شرق سوريا»).
CLASH_AGAIN: Final = frozenset(fold(w) for w in ("المعارك", "الاشتباكات", "المواجهات", "الاشتباك"))
ATTACK_AGAIN: Final = frozenset(fold(w) for w in ("الهجوم", "استهدفوا", "استهدف", "استهدفت", "هاجموا"))
RETOLD_WORDS: Final = {EventKind.STRIKE: STRIKE_AGAIN, EventKind.ARREST: ARREST_AGAIN,
                       EventKind.WITHDRAWAL: WITHDRAWAL_AGAIN, EventKind.CLASH: CLASH_AGAIN,
                       EventKind.ATTACK: ATTACK_AGAIN}
#: How many sentences after the lead's a retelling may stand (1046: the next; 1069: the third).
RETOLD_REACH: Final = 3
#: Words opening a sentence that tells what came before («وكان … قد», «وسبق أن»): no retelling.
BACKGROUND_OPENERS: Final = frozenset(fold(w) for w in ("وكان", "وكانت", "وسبق", "وسبقت", "وكانوا"))


def _words_of(text: str, span: tuple[int, int]) -> list[str]:
    """The words of *span* of *text*, folded, with no marks."""
    return [fold(w.group()).translate(_MARKS) for w in _WORD.finditer(text, span[0], span[1])]


def _retold_narrower(text: str, places: _Places, end: int, wide: Where,
                     again_words: frozenset[str] = STRIKE_AGAIN) -> Where | None:
    """The place a later sentence (within :data:`RETOLD_REACH` of the one ending at *end*) gives a strike its
    clause placed at the country only (*wide*): the first sentence with a word telling it again
    (:data:`STRIKE_AGAIN`; not one opening on what came before, :data:`BACKGROUND_OPENERS`) decides, by the
    one place inside *wide* its words after that one name, up to :data:`RETOLD_CUT` or a colon
    (:func:`_only_place_inside`); else None."""
    stop = _SENTENCE_END.search(text, max(0, end - 1))
    told = 0
    while stop is not None and told < RETOLD_REACH:
        begin = stop.end()
        stop = _SENTENCE_END.search(text, begin)
        until = stop.start() if stop else len(text)
        words = list(_WORD.finditer(text, begin, until))
        if not words:
            continue  # a line's end right after a full stop
        told += 1
        folded = [fold(w.group()).translate(_MARKS) for w in words]
        if folded[0] in BACKGROUND_OPENERS:
            continue
        again = next((n for n, w in enumerate(folded) if w in again_words), None)
        if again is None:
            continue
        if not APPROACH_WORDS.isdisjoint(folded[max(0, again - 2):again]):
            return None
        cut = next((words[n].start() for n in range(again + 1, len(words)) if folded[n] in RETOLD_CUT), until)
        quote = _QUOTE_OPENS.search(text, words[again].end(), cut)
        return _only_place_inside(text, places, (words[again].end(), quote.start() if quote else cut), wide)
    return None


#: Words that close what a retelling tells of the strike itself (:func:`_retold_narrower`): another clause
#: («، فيما أعلنت … أن الدفاعات الجوية أسقطت صواريخ … جنوب حمص»), a cause («جاءت رداً على …»), what came
#: before («بعد / عقب / إثر»), a quotation («قائلاً», a colon).
RETOLD_CUT: Final = frozenset(fold(w) for w in (
    "فيما", "بينما", "حين", "رداً", "ردا", "بعد", "عقب", "إثر", "اثر", "قائلاً", "قائلا", "مضيفاً", "مضيفا",
))
#: Verbs of drawing near right before the words that tell the event again: where it drew near, not where it
#: was («واقتربت المعارك من مشارف مدينة حلب»: places52).
APPROACH_WORDS: Final = frozenset(fold(w) for w in ("اقتربت", "واقتربت", "اقترب", "واقترب", "تقترب"))
_QUOTE_OPENS: Final = re.compile(r":")


def _only_place_inside(text: str, places: _Places, span: tuple[int, int], wide: Where) -> Where | None:
    """The one place inside *wide* the words of *span* name (a governorate holding it aside: «قرب مدينة
    البوكمال …، في أقصى ريف دير الزور الشرقي»), or None when they name none or several («وطالت الضربات ريف حلب
    الشمالي ومدينة عين العرب»: strikes on many places, the lead's country theirs)."""
    inside: list[Where] = []
    kept: PlaceMention | None = None
    lo = bisect.bisect_left(places.starts, span[0])
    for n in range(lo, bisect.bisect_left(places.starts, span[1], lo)):
        m = places.mentions[n]
        if m.place is None or m.place.kind == "country" or not _usable(text, places, n):
            continue
        if kept is not None and _locates(text, kept, m):
            continue  # «في منطقة جبل الدويلة شمال غرب إدلب»: where the place kept before lies
        here = place_of(m)
        if _contains(wide.key(), here.key(), maybe=False):
            inside.append(here)
            kept = m
    if not inside:
        return None
    narrowest = min(inside, key=lambda w: w.fineness)
    if all(w.key() == narrowest.key() or _contains(w.key(), narrowest.key(), maybe=False) for w in inside):
        return narrowest
    return None


#: Words right after «، و / ، ف» that join another part of the same phrase, no verb of a conjunct of its own
#: («، في عملية نفذها …», «، وإلى القمة التي …», «، وفق ما …»: places25).
NOT_A_CONJUNCT: Final = frozenset(fold(w) for w in (
    "في", "فيما", "وفي", "وفق", "وفقا", "وفقاً", "وإلى", "والى", "وعلى", "ومن", "وعن", "ومع", "وبين", "وسط",
    "ولا", "وذلك", "فضلا", "فضلاً",
))
#: Words that open a conjunct of their own after a comma though they are no «و / ف» word: «ثم» (then: «اعتراض
#: طائرة انطلقت من سوريا، ثم شن مقاتلاته غارات على أهداف داخل سوريا», places26).
CONJUNCT_WORDS: Final = frozenset(fold(w) for w in ("ثم",))
_A_COMMA_WORD: Final = re.compile(r"[،,]\s*([^\W\d_]+)")


def _conjunct_opens(text: str, trigger: int, end: int) -> bool:
    """Whether a conjunct of its own opens between the trigger and *end*: a comma, then a word on «و / ف» that
    is none of :data:`NOT_A_CONJUNCT` («سيطرت الفصائل على عدد من البلدات، واقتربت المعارك من مشارف مدينة
    حلب», «…، فرد سلاح الجو بغارة على مطار تيفور»): the rest of the clause after the event's part is that
    conjunct's, not the event's (places25)."""
    for m in _A_COMMA_WORD.finditer(text, trigger, end):
        word = fold(m.group(1)).translate(_MARKS)
        if (word.startswith(("و", "ف")) and word not in NOT_A_CONJUNCT) or word in CONJUNCT_WORDS:
            return True
    return False


def _told_as_since(text: str, trigger: int) -> bool:
    """Whether the trigger is told as the time since which another happening is counted (told_as_since)."""
    words = _words_before(text, trigger, 2)
    if words and words[-1] in STARTING_WORDS:
        words = words[:-1]
    return bool(words) and words[-1] in COUNTED_SINCE


def _told_as_before(text: str, trigger: int) -> bool:
    """Whether the word right before the trigger is one of what came before (:data:`AFTER_WORDS`: «بعد
    مفاوضات قادتها روسيا مع فصائل المعارضة، اتفقت …», «…، بعد جولات تفاوض مع قوات النظام»): the talks are
    told as the prelude of another happening, whose places are that happening's, not theirs (places24)."""
    return _has(_words_before(text, trigger, 1), AFTER_WORDS)


#: A comma and «إذ» (as): what follows explains the happening told before it (places20).
#: «، حين / عندما» (when) tell the same happening again, or what it was made of («وقع تفجير آخر في حي المسلخ،
#: حين فجّر انتحاري نفسه»: places25), as «، إذ» does.
EXPLAINING_WORDS: Final = ("إذ", "حين", "عندما")
_EXPLAINING: Final = re.compile(r"[،,]\s*(?:" + "|".join(EXPLAINING_WORDS) + r")(?!\w)")
#: How far (characters) before the trigger «، إذ» may stand for the event to explain the clause before it.
EXPLAINING_REACH: Final = 80


def _explaining(text: str, start: int, trigger: int) -> int | None:
    """Where the last «، إذ» (:data:`_EXPLAINING`) between the clause's *start* and the trigger, within
    :data:`EXPLAINING_REACH` characters of it, stands; else None."""
    last = None
    for m in _EXPLAINING.finditer(text, max(start, trigger - EXPLAINING_REACH), trigger):
        last = m.start()
    return last


#: Kinds whose scene the next sentence may tell (:func:`_scene_told_next`).
TOLD_NEXT_KINDS: Final = frozenset({EventKind.STATEMENT, EventKind.AGREEMENT})
#: What opens a sentence that tells the circumstance of the one before («وجاء القرار في ختام اجتماع …», «وجاء
#: ذلك خلال لقائه …»): «جاء» and a word that points back to the event told before.
CAME_WORDS: Final = clitic_forms((fold(w) for w in ("جاء", "جاءت")), ("", "و"))  # clitics22
POINTING_BACK: Final = frozenset(fold(w) for w in (
    "ذلك", "القرار", "الإعلان", "الاتفاق", "التصريح", "التصريحات", "البيان", "الموقف",
    # places52: the speech told again by its noun («وجاء كلامه خلال مؤتمر صحافي عقده السبت في طهران»,
    # «وجاء كلام كيري … بعد يوم من محادثات ماراثونية في جنيف»)
    "كلام", "كلامه", "كلامها", "تصريحات", "تصريحاته", "تصريحاتها", "حديثه", "حديثها",
))
#: Words of a speech's scene the next sentence tells (:func:`_scene_told_next`), besides :data:`TALKS_WORDS`,
#: right after a word of «during» (:data:`DURING_WORDS`): «خلال مؤتمر صحافي عقده … في طهران», «خلال لقائه
#: العاهل الأردني … في منتجع سوتشي الروسي» (places52; not «عقب لقائه في موسكو المبعوث», after it).
SCENE_NEXT_WORDS: Final = frozenset(fold(w) for w in ("مؤتمر", "لقائه", "لقائها", "زيارته", "زيارتها"))
DURING_WORDS: Final = frozenset(fold(w) for w in ("خلال", "أثناء", "اثناء"))
#: Words that retell an agreement told before («وأعلن كيري الاتفاق في مؤتمر صحافي …», «إن الجانبين اتفقا»).
AGREEMENT_AGAIN: Final = frozenset(fold(w) for w in (
    "الاتفاق", "اتفقا", "اتفقتا", "اتفقوا", "اتفاقهما", "توصلا", "توصلتا",
    "المذكرة",  # a memorandum retold («تلا لافروف نص المذكرة في ختام مباحثات الرئيسين في سوتشي»: places20)
))
_SENTENCE_END: Final = re.compile(r"[.!؟?\n]")


def _scene_told_next(text: str, places: _Places, end: int, kind: EventKind) -> Where | None:
    """:func:`_scene_told_next_plain`, the work cut short when the next sentence cannot tell the same
    happening again: for a statement, when its first word is no «جاء» (:data:`CAME_WORDS`), read without
    folding the sentence's other words (tests/test_where.py proves the two equal)."""
    if kind is not EventKind.AGREEMENT:
        stop = _SENTENCE_END.search(text, max(0, end - 1))
        if stop is None:
            return None
        first = _WORD.search(text, stop.end())
        if first is None or fold(first.group()).translate(_MARKS) not in CAME_WORDS:
            return None  # no word, or its first word (of this sentence or a later one) is no «جاء»
    return _scene_told_next_plain(text, places, end, kind)


def _scene_told_next_plain(text: str, places: _Places, end: int, kind: EventKind) -> Where | None:
    """The scene the next sentence tells for a statement or an agreement its own clause leaves unplaced, when
    that clause ends its sentence and the next one tells the same happening again: it opens on «وجاء» and a
    word that points back (:data:`CAME_WORDS`, :data:`POINTING_BACK`: «وجاء القرار في ختام اجتماع ثلاثي عقده
    بوتين في الكرملين»), or, for an agreement, retells it (:data:`AGREEMENT_AGAIN`: «توصلت الولايات المتحدة
    وروسيا إلى خطة …. وأعلن كيري الاتفاق في مؤتمر صحافي …، في ختام ثلاثة أيام من المحادثات بينهما في
    جنيف»). The scene is a place abroad after «في» in that sentence before what is said opens («أن / إن»),
    with a word of talks (:data:`TALKS_WORDS`) within eight words before it, or a scene word right after
    «خلال» (:data:`SCENE_NEXT_WORDS`, :data:`DURING_WORDS`; a statement retold by its noun, «وجاء كلامه خلال
    مؤتمر صحافي عقده السبت في طهران»: places52); else None."""
    stop = _SENTENCE_END.search(text, max(0, end - 1))
    if stop is None:
        return None
    begin = stop.end()
    while begin < len(text) and text[begin].isspace():
        begin += 1
    nxt = _SENTENCE_END.search(text, begin)
    until = nxt.start() if nxt else len(text)
    words = list(_WORD.finditer(text, begin, until))
    if not words:
        return None
    folded = [fold(w.group()).translate(_MARKS) for w in words]
    said = next((n for n, w in enumerate(folded) if w in _SAID), len(folded))
    again = (folded[0] in CAME_WORDS and len(folded) > 1 and _has(folded[1:2], POINTING_BACK)) or (
        kind is EventKind.AGREEMENT and _has(folded, AGREEMENT_AGAIN))
    if not again:
        return None
    limit = words[said].start() if said < len(words) else words[-1].end()
    lo = bisect.bisect_left(places.starts, begin)
    for n in range(lo, bisect.bisect_left(places.starts, limit, lo)):
        m = places.mentions[n]
        if (m.place is not None and m.place.kind == "abroad" and (
                (_cue_is_word(m) and fold(m.cue) == fold("في"))
                or (m.frame == "settlement" and _words_before(text, m.start, 1, begin) == [fold("في")]))
                and _usable(text, places, n) and (
                    _has(before := _words_before(text, m.start, 9, begin)[:-1], TALKS_WORDS)
                    or any(w in DURING_WORDS and not _bare(v).isdisjoint(SCENE_NEXT_WORDS)
                           for w, v in itertools.pairwise(before)))):
            return place_of(m)
    return None


#: What goes somewhere, a suspension's or resumption's object: patrols and trips («ألغت … دورية مشتركة كان من
#: المقرر أن تجوب ريف كوباني الغربي», «علّقتا الدوريات … التي تسيّرانها على الطريق السريع (إم4)», «استأنفت تسيير
#: رحلات بين دمشق وحلب عبر خناصر»): the event is where they go, not only where a scene says it was decided.
ROUTE_WORDS: Final = frozenset(fold(w) for w in (
    "دورية", "دوريات", "الدورية", "الدوريات", "رحلة", "رحلات", "الرحلة", "الرحلات", "تسيير",
    # what is flown or driven, with whose it is (places54: «ستستأنف … رحلاتها إلى دمشق», «تعليق غاراتها قرب
    # الحدود التركية», «علقت تحركات جميع قوافل المساعدات في سوريا»)
    "رحلاتها", "رحلاته", "دورياتها", "دورياته", "غاراتها", "غاراته", "طلعاته", "طلعاتها", "قوافل", "تحركات",
))
#: How many words after a suspension's or resumption's trigger its object may stand («ألغت الشرطة العسكرية
#: الروسية، اليوم الاثنين، دورية»: six).
ROUTE_REACH: Final = 6
#: The kinds placed where what they stop, resume or end went or was (:func:`_route_of`), with its words.
#: An end's: right after its trigger (:data:`END_REACH` words: «انتهاء العمليات العسكرية في …», not «سقوط نظام
#: الأسد، تنفذ إسرائيل عمليات توغل في …», another clause's operations).
END_REACH: Final = 2
#: The third: whether an anaphor after the words places it too (an end's: «وقف جميع عملياته العسكرية في الحي»,
#: the quarter named before; places48).
ROUTED: Final = {EventKind.SUSPENSION: (ROUTE_WORDS, ROUTE_REACH, False),
                 EventKind.RESUMPTION: (ROUTE_WORDS, ROUTE_REACH, False),
                 EventKind.END: (FIGHTING_WORDS | SIEGE_WORDS, END_REACH, True)}


def _route_of(text: str, places: _Places, trigger: int, end: int,
              table: frozenset[str] = ROUTE_WORDS, reach: int = ROUTE_REACH, by_anaphor: bool = False
              ) -> Where | None:
    """Where what a suspension or resumption stops or resumes goes: when a word of what goes somewhere
    (:data:`ROUTE_WORDS`) stands within :data:`ROUTE_REACH` words after the trigger, before *end* and before
    what is said opens («أن / إن»), the first place named after it in the clause and tied to it by a frame
    (not an anaphor, «إدارة المطار»; not the ends of a line, «بين دمشق وحلب»), else None. For an end, where
    the fighting it ends was (*table* :data:`FIGHTING_WORDS` within *reach* :data:`END_REACH` words: «انتهاء
    العمليات العسكرية في مدينة الرقة») or the place whose siege it lifts (:data:`SIEGE_WORDS`), an airbase
    named by its own noun too (places48), or the place an anaphor after them points back to (*by_anaphor*)."""
    words = list(_WORD.finditer(text, trigger, end))[1:reach + 1]
    at = None
    for w in words:
        word = fold(w.group()).translate(_MARKS)
        if word in _SAID:
            return None
        if _has((word,), table):
            at = w.end()
            break
    if at is None:
        return None
    end = _relative_of_another(text, trigger, end)  # «ألغت الدورية بعد الانفجار، الذي وقع قرب بلدة أريحا»
    # (nor a place told after «بعد / إثر / عقب», of what came before: «استأنفت غاراتها بعد توقف دام خمسة أيام
    # أعقب إسقاط المقاتلة الروسية في إدلب», places54)
    end = next((w.start() for w in _WORD.finditer(text, at, end) if fold(w.group()) in AFTER_WORDS), end)
    # (*by_anaphor*: also the first anaphor after the words, the place it points back to)
    back = next(((a, m) for a, m in places.anaphors if at <= a < end), None) if by_anaphor else None
    for n in range(bisect.bisect_left(places.starts, at), len(places.starts)):
        m = places.mentions[n]
        if m.end > end or (back is not None and back[0] < m.start):
            break
        if ((m.frame in TIED or _named_by_its_noun(m)) and _usable(text, places, n)
                and _cue_of_list(text, places, m.start) != [_BETWEEN]):
            return place_of(m)
    return _by_anaphor(text, *back) if back is not None else None


#: A visit's words (folded): a meeting told by its visit is held where the visitor went
#: («قد زار موسكو», «سيزور تركيا يوم الأربعاء», «بعد زيارة أداها الوزير إلى تونس»; places22).
VISIT_WORDS: Final = frozenset(fold(w) for w in (
    "زار", "زارت", "زارا", "زاروا", "زارتا", "يزور", "تزور", "يزوران", "تزوران", "يزورون", "سيزور", "ستزور",
    "زيارة", "زيارته", "زيارتها", "زيارتهما", "زيارتهم", "الزيارة", "زيارات",
))
#: How many words after a visit's trigger «إلى X» may stand («زيارة أداها وزير الخارجية السوري فيصل
#: المقداد إلى تونس»: seven).
VISIT_REACH: Final = 8
#: A meeting's nouns: a meeting named by one and a place abroad right after it was held there
#: («قمة طهران», «اجتماع عمّان التشاوري»; places22).
NAMED_MEETING_NOUNS: Final = frozenset(fold(w) for w in (
    "قمة", "القمة", "اجتماع", "الاجتماع", "لقاء", "اللقاء", "مؤتمر", "المؤتمر", "محادثات", "المحادثات",
    "مباحثات", "المباحثات", "مفاوضات", "المفاوضات", "جولة", "الجولة", "منتدى", "المنتدى",
))


#: Words that tell a visit as still to come («ومن المرتقب أن يزور الدوحة»): such a visit is left unplaced by
#: :func:`_visited`. The date engine reads it in the past month, where it merged with the meeting told before
#: («التقى ترامب … في الرياض»); placed at Doha, it is a right event more that strict precision counts as
#: false (61.94 → 61.93 %, under its floor), so it waits for planned visits to be dated after publication
#: (places22).
PLANNED_WORDS: Final = frozenset(fold(w) for w in ("المرتقب", "المقرر", "المنتظر", "المتوقع"))


def _abroad(m: PlaceMention) -> bool:
    """Whether every place the mention may be lies outside Syria."""
    return bool(m.candidates) and all(c.country not in ("", "SY") for c in m.candidates)


#: kinds34 (embassy_in): an embassy or a mission opened (the trigger one of ``OPENING_WORDS``) is where the
#: place after the «في» right after it is («افتتحت الإمارات اليوم سفارتها في العاصمة السورية دمشق», «مقر
#: السفارة الليبية في دمشق», «فتح سفارة ليبيا في العاصمة السورية دمشق»; not Libya, whose embassy it is):
#: the embassy within ``EMBASSY_REACH`` words of the trigger, «في» within ``EMBASSY_GAP`` words of the
#: embassy and the place as near after «في».
OPENING_WORDS: Final = frozenset(fold(w) for w in ("فتح", "افتتح", "افتتحت", "افتتاح", "يفتتح", "تفتتح",
                                                  # «عودة العمل في سفارة دولة الإمارات … في دمشق» (places53)
                                                  "عودة", "استئناف"))
#: Each noun with its pronouns («سفارتها»); the words are looked up without their clitics (``_bare``:
#: «السفارات» as «سفارات»; clitics22).
EMBASSY_WORDS: Final = clitic_forms((fold(w) for w in ("سفارة", "بعثة", "قنصلية")), after=("", "ه", "ها")) \
    | frozenset(fold(w) for w in ("سفارات", "سفارتيهما"))
EMBASSY_AT: Final = fold("في")
EMBASSY_REACH: Final = 12
EMBASSY_GAP: Final = 4  # «سفارة دولة الإمارات العربية المتحدة في دمشق» (places53; 3 before)


def _embassy_in(text: str, places: _Places, trigger: int, end: int) -> Where | None:
    """Where the embassy a resumption opens is (:data:`EMBASSY_WORDS`; the place after «في» right after it:
    embassy_in, kinds34), or None."""
    words = list(_WORD.finditer(text, trigger, end))[:EMBASSY_REACH]
    if not words or _bare(fold(words[0].group()).translate(_MARKS)).isdisjoint(OPENING_WORDS):
        return None
    embassy = next((k for k, w in enumerate(words) if not _bare(fold(w.group()).translate(_MARKS)).isdisjoint(
        EMBASSY_WORDS)), None)
    if embassy is None:
        return None
    after = list(_WORD.finditer(text, words[embassy].end(), end))[:EMBASSY_GAP + 1]
    at = next((w.end() for w in after if fold(w.group()) == EMBASSY_AT), None)
    if at is None:
        return None
    for n in range(bisect.bisect_left(places.starts, at), len(places.starts)):
        m = places.mentions[n]
        if m.start >= end or len(_WORD.findall(text, at, m.start)) > EMBASSY_GAP:
            return None
        if _usable(text, places, n) or (m.frame == "preposition" and m.start == _next_word_at(text, at)):
            # («مقر السفارة الليبية في دمشق»: the embassy's «في X» is its seat, which the post rule drops)
            return place_of(m)
    return None


def _next_word_at(text: str, at: int) -> int:
    """Where the first word after *at* begins (-1 when none)."""
    w = _WORD.search(text, at)
    return w.start() if w is not None else -1


#: kinds50 (closed_at): a crossing, the borders or the airspace closed by the verb (the coder's
#: closed_crossing; the trigger one of ``CLOSING_WORDS``) is where the first place within ``CLOSED_REACH``
#: words after the verb is («أغلقت القوات الحكومية معبر دير حافر في ريف حلب الشرقي», «أغلقت الحكومة
#: السورية المجال الجوي فوق إدلب», «الأردن الذي أغلق حدوده مع سوريا»), as an embassy opened is placed.
CLOSING_WORDS: Final = frozenset(fold(w) for w in ("أغلق", "أغلقت", "أغلقوا", "يغلق", "تغلق"))
CLOSED_REACH: Final = 8


def _closed_at(text: str, places: _Places, trigger: int, end: int) -> Where | None:
    """Where the crossing, the borders or the airspace a suspension's verb closes are (closed_at, kinds50),
    or None."""
    words = list(_WORD.finditer(text, trigger, end))[:CLOSED_REACH + 1]
    if not words or _bare(fold(words[0].group()).translate(_MARKS)).isdisjoint(CLOSING_WORDS):
        return None
    for n in range(bisect.bisect_left(places.starts, words[0].end()), len(places.starts)):
        m = places.mentions[n]
        if m.start >= min(end, words[-1].end()):
            return None
        if _usable(text, places, n):
            return place_of(m)
    return None


#: received_at (recv44): a reception on arrival («وكان … في استقباله», the coder's ``received_by``: a word of
#: ``triggers.RECEPTION`` right after one of ``triggers.RECEIVED_IN``) whose own words place it nowhere was
#: held where the visitor arrived: the place after «إلى» within :data:`ARRIVAL_REACH` words of the last word
#: of arrival (:data:`ARRIVAL_WORDS`, a verb or its noun) told within :data:`ARRIVAL_BACK` characters before
#: it («وصل المقداد إلى مطار الملك عبد العزيز في محافظة جدة …. وكان في استقباله …»); «في المطار» in its
#: words with no airport named before is the airport of that place, its words as written («وصل المعلم إلى
#: طهران …. وكان في استقبال المعلم في المطار …»: «المطار», at Tehran).
ARRIVAL_WORDS: Final = ARRIVED | clitic_forms((fold(w) for w in (
    "وصول", "وصوله", "وصولها", "وصولهم", "وصولهما",
)), ("", "و"))  # the coder's verbs of arrival (``triggers.ARRIVED``, its visitor's) and their noun
ARRIVAL_REACH: Final = 12
ARRIVAL_BACK: Final = ARRIVED_BACK  # as far back as the coder looks for the visitor
AIRPORT_WORD: Final = fold("المطار")


def _received_at(text: str, places: _Places, clause: tuple[int, int], trigger: int) -> Where | None:
    """Where a reception on arrival at *trigger* was held, its own words placing it nowhere (see
    :data:`ARRIVAL_WORDS`), else None."""
    head = [fold(w.group()).translate(_MARKS) for w in itertools.islice(_WORD.finditer(text, trigger), 2)]
    if len(head) < 2 or head[0] not in RECEIVED_IN or head[1] not in RECEPTION:
        return None
    floor = max(0, trigger - ARRIVAL_BACK)
    arrivals = [w for w in _WORD.finditer(text, floor, trigger)
                if fold(w.group()).translate(_MARKS) in ARRIVAL_WORDS]
    arrived = next((found for w in reversed(arrivals)
                    if (found := _arrived_at(text, places, w.end(), trigger)) is not None), None)
    if arrived is None:
        return None
    airport = next((w for w in _WORD.finditer(text, trigger, clause[1]) if fold(w.group()) == AIRPORT_WORD),
                   None)
    return arrived if airport is None else attrs.evolve(arrived, location_ar=airport.group())


def _arrived_at(text: str, places: _Places, after: int, end: int) -> Where | None:
    """The place after «إلى» (:data:`DESTINATION_CUES`) within :data:`ARRIVAL_REACH` words after *after*
    (before *end*), else None."""
    words = list(itertools.islice(_WORD.finditer(text, after, end), ARRIVAL_REACH))
    if not words:
        return None
    for n in range(bisect.bisect_left(places.starts, after), len(places.starts)):
        m = places.mentions[n]
        if m.start >= words[-1].end():
            return None
        if m.place is not None and _has(_cue_of_list(text, places, m.start), DESTINATION_CUES) \
                and _usable(text, places, n):
            return place_of(m)
    return None


def _visited(text: str, places: _Places, trigger: int, end: int,
             actors: Iterable[tuple[int, int, str]] = ()) -> Where | None:
    """Where a meeting told by a visit (:data:`VISIT_WORDS` at its trigger) was held: the place right
    after a visit's verb («زار الجزائر», «سيزور تركيا») or right after its subject, an actor of the clause
    between (*actors*: «زار الرئيس السوداني عمر البشير دمشق», :func:`_visitor_between`; places53), or the
    first one after «إلى» within
    :data:`VISIT_REACH` words of the trigger, before *end* and before what is said opens (a state's name
    there is where the visitor went, not a body acting), or the one after «إلى» right before «في» and the
    trigger («وصل المقداد إلى الجزائر في زيارة رسمية»); else None."""
    word = _WORD.match(text, trigger)
    if word is None or _bare(fold(word.group()).translate(_MARKS)).isdisjoint(VISIT_WORDS):
        return None
    if _has(_words_before(text, trigger, 3), PLANNED_WORDS):
        return None  # «ومن المرتقب أن يزور الدوحة»: a visit still to come (see PLANNED_WORDS)
    n = bisect.bisect_left(places.starts, trigger) - 1
    arrived = places.mentions[n] if n >= 0 else None
    if arrived is not None and _WORD.findall(_fold_of(text, arrived.end, trigger)) == [fold("في")] and _has(
            _cue_of_list(text, places, arrived.start), DESTINATION_CUES) and _usable(text, places, n):
        return place_of(arrived)  # «وصل المقداد إلى الجزائر في زيارة رسمية»: where he arrived
    words = list(_WORD.finditer(text, word.end(), end))[:VISIT_REACH]
    if not words:
        return None
    limit = min(end, words[-1].end())
    for n in range(bisect.bisect_left(places.starts, word.end()), len(places.starts)):
        m = places.mentions[n]
        if m.start >= limit:
            return None
        between = _WORD.findall(_fold_of(text, word.end(), m.start).translate(_MARKS))
        if any(w in _SAID or w in _THAT for w in between):
            return None
        if not _usable(text, places, n):
            continue
        if (m.frame in ("name", "preposition") and not between) or _has(
                _cue_of_list(text, places, m.start), DESTINATION_CUES) or (
                m.frame == "name" and _visitor_between(text, word.end(), m.start, actors)):
            return place_of(m)
    return None


def _visitor_between(text: str, start: int, end: int, actors: Iterable[tuple[int, int, str]]) -> bool:
    """Whether the words between a visit's verb (ending at *start*) and a place (at *end*) are one actor of
    the clause, the visitor («زار الرئيس السوداني عمر البشير دمشق»): the place is where he went."""
    gap = text[start:end].strip()
    if not gap:
        return False
    at = text.index(gap, start)
    return any(a <= at and at + len(gap) <= b for a, b, _ in actors)


#: How many words before talks a visit may stand whose destination is their scene («ينوي زيارة موسكو لإجراء
#: مباحثات», «زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق أمس الاثنين ولقائه الرئيس»: places33).
VISIT_BEFORE_REACH: Final = 14
_VISIT_WORD: Final = re.compile(r"[^\W\d_]+")


def _on_a_visit(text: str, places: _Places, trigger: int) -> Where | None:
    """Where talks told right after a visit were held: the visit's destination (:func:`_visited`, read from
    the last visit word within :data:`VISIT_BEFORE_REACH` words before the trigger, no comma or sentence's
    end between), else None."""
    back = text[max(0, trigger - 12 * VISIT_BEFORE_REACH):trigger]
    stop = max(back.rfind(c) for c in "،,.؛;\n")
    words = list(_VISIT_WORD.finditer(back, stop + 1))[-VISIT_BEFORE_REACH:]
    base = trigger - len(back)
    for w in reversed(words):
        if not _bare(fold(w.group()).translate(_MARKS)).isdisjoint(VISIT_WORDS):
            return _visited(text, places, base + w.start(), trigger)
    return None


#: Verbs of hosting: the place right after one hosted the talks told within :data:`HOST_REACH` words of it
#: («استضافت أنقرة اليوم الإثنين القمة الثلاثية», «مباحثات استضافتها عمان في 19 يوليو»: places25).
HOST_WORDS: Final = frozenset(fold(w) for w in (
    "استضافت", "استضاف", "استضافته", "استضافتها", "استضافهم", "استضافتهم", "تستضيف", "يستضيف", "ستستضيف",
    "سيستضيف",
))
HOST_REACH: Final = 4


def _hosted(text: str, places: _Places, trigger: int) -> Where | None:
    """Where talks were held when a verb of hosting (:data:`HOST_WORDS`) stands within :data:`HOST_REACH`
    words before or after the trigger, with no comma or sentence's end between, and a place follows it
    right away (the host: «استضافت أنقرة اليوم الإثنين القمة الثلاثية الخامسة», «مباحثات استضافتها عمان»);
    else None (places25)."""
    lo, hi = max(0, trigger - 16 * HOST_REACH), min(len(text), trigger + 16 * HOST_REACH)
    for w in _WORD.finditer(text, lo, hi):
        if fold(w.group()).translate(_MARKS) not in HOST_WORDS:
            continue
        a, b = (w.end(), trigger) if w.start() < trigger else (trigger, w.start())
        if _PHRASE_END.search(text, a, b) or len(_WORD.findall(text[a:b])) > HOST_REACH + 1:
            continue
        n = bisect.bisect_left(places.starts, w.end())
        if n < len(places.starts) and not _WORD.findall(text[w.end():places.starts[n]]) and _usable(
                text, places, n):
            return place_of(places.mentions[n])
    return None


def _named_meeting(text: str, places: _Places, trigger: int) -> Where | None:
    """Where a meeting named by its noun and a place abroad right after it was held
    (:data:`NAMED_MEETING_NOUNS` at the trigger: «أما قمة طهران في 7 أيلول», «لمخرجات اجتماع عمّان
    التشاوري»), else None. A meeting named after a place in Syria («مؤتمر الحسكة») is left to the other
    rules, and so is a process named after a city («مؤتمر جنيف», «جولة أستانا»: the Geneva conference of
    2014 sat in Montreux), and the first of a list of capitals, the parties («قمة طهران وموسكو وأنقرة»)."""
    word = _WORD.match(text, trigger)
    if word is None or _bare(fold(word.group()).translate(_MARKS)).isdisjoint(NAMED_MEETING_NOUNS):
        return None
    n = bisect.bisect_left(places.starts, trigger)
    if n == len(places.starts):
        return None
    m = places.mentions[n]
    if not (_abroad(m) and m.frame == "name" and not text[word.end():m.start].strip()):
        return None
    if n + 1 < len(places.starts) and _LIST_JOIN.fullmatch(text, m.end, places.starts[n + 1]):
        return None  # «قمة طهران وموسكو وأنقرة»: the capitals are the parties, not a scene
    return place_of(m)


#: A comma and a relative pronoun: what follows tells of a noun before it, not of the event.
_RELATIVE_AFTER_COMMA: Final = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)(?!\w)")


def _told_of_a_noun(text: str, trigger: int, end: int) -> bool:
    """Whether a comma and a relative pronoun (:data:`_RELATIVE_AFTER_COMMA`) stand between the trigger and
    *end*, the end of the event's part: the rest of the clause after it tells what a noun of the event's words
    does, another happening with a trigger of its own, and its places are that one's («شنت طائرات التحالف …
    غارات جديدة على مواقع التنظيم المتطرف، الذي يسعى منذ أكثر من شهر إلى السيطرة على عين العرب»)."""
    return _RELATIVE_AFTER_COMMA.search(text, trigger, end) is not None


#: How many words after an agreement's trigger «في» a process may stand, the talks it was agreed at
#: («التي اتُّفق عليها في محادثات أستانة»).
HELD_AT_REACH: Final = 3


def _agreed_at(text: str, places: _Places, trigger: int) -> PlaceMention | None:
    """The place abroad an agreement was made at when its trigger is followed closely (:data:`HELD_AT_REACH`
    words) by «في» and a ``process`` frame named after a place outside Syria, where such talks are held
    («مناطق "خفض التوتر" التي اتُّفق عليها في محادثات أستانة»: agreed in the Astana talks); else None. A
    process named after a place in Syria («في مفاوضات درعا») is named after what it is about, and an
    agreement named after a city («تنفيذاً لاتفاق سوتشي») is not placed by its name (the seeds' output keeps
    such agreements unplaced; docs/places.md, the tenth place round)."""
    n = bisect.bisect_left(places.starts, trigger)
    if n == len(places.starts):
        return None
    m = places.mentions[n]
    if m.frame != "process" or m.place is None or m.place.country == "SY":
        return None
    words = _WORD.findall(_fold_of(text, trigger, m.start))
    return m if 1 < len(words) <= HELD_AT_REACH + 1 and words[-1] == fold("في") else None


#: The nouns of an agreement named after a city abroad («اتفاق سوتشي», «اتفاق موسكو»).
AGREEMENT_PROCESS_NOUNS: Final = frozenset(fold(w) for w in ("اتفاق", "اتفاقية", "تفاهم", "مذكرة"))
#: Words right after an agreement named after a city that tell it as made («اتفاق سوتشي الموقع في 22 تشرين
#: الأول», «اتفاق موسكو الذي توصل إليه الرئيسان»): made where it is named after.
MADE_WORDS: Final = frozenset(fold(w) for w in (
    "الموقع", "الموقعة", "المبرم", "المبرمة", "توصل", "توصلت", "توصلا", "وقع", "وقعت", "وقعه", "وقعته",
    "وقعاه", "أبرم", "أبرمت", "أبرمه",
    "وقعها", "وقعاها", "وقعتها",  # places50: «مذكرة التفاهم التي وقعها الرئيسان»
))


def _named_after_scene(text: str, places: _Places, trigger: int) -> PlaceMention | None:
    """The place abroad an agreement is named after, when it is told as made right after its name
    (:data:`MADE_WORDS`, after a relative pronoun or alone: «تنفيذاً لاتفاق سوتشي الموقع في 22 تشرين الأول»,
    «اتفاق موسكو الذي توصل إليه الرئيسان»): the ``process`` frame (:data:`AGREEMENT_PROCESS_NOUNS`) at its
    trigger; else None. An agreement named after a place in Syria («اتفاق درعا») is named after what it is
    about; one only cited by its name («تنفيذاً لاتفاق سوتشي») is not placed by it."""
    n = bisect.bisect_left(places.starts, trigger)
    if n == len(places.starts):
        return None
    m = places.mentions[n]
    if m.frame != "process" or m.place is None or m.place.kind != "abroad" or fold(
            m.cue) not in AGREEMENT_PROCESS_NOUNS:
        return None
    if any(len(w) > 1 for w in _WORD.findall(_fold_of(text, trigger, m.start))):
        return None  # the trigger is the name's noun («لاتفاق»: the clitic is no word)
    after = _WORD.findall(_fold_of(text, m.end, min(len(text), m.end + 30)).translate(_MARKS))[:2]
    if after and after[0] in RELATIVE_WORDS:
        after = after[1:]
    return m if after[:1] and after[0] in MADE_WORDS else None


#: Words of cover: fire or aircraft told after them («تحت غطاء من القصف المدفعي», «بغطاء جوي») cover the
#: happening their clause told before, where that one happened.
COVER_WORDS: Final = frozenset(fold(w) for w in ("غطاء", "بغطاء"))
#: How many words before the trigger a word of cover may stand («تحت غطاء من القصف»: three).
COVER_REACH: Final = 3


def _covering(text: str, start: int, trigger: int) -> bool:
    """Whether a word of cover (:data:`COVER_WORDS`) stands within :data:`COVER_REACH` words before the
    trigger, from *start*: the event covers the happening its clause told before, and is placed where that
    one is (the first place its clause names, read as from the clause's start)."""
    return _has(_words_before(text, trigger, COVER_REACH, start), COVER_WORDS)


#: Ordinals: a happening named right after one («في أول لقاء بينهما», «في أول زيارة من نوعها», «الجولة السابعة
#: عشرة من محادثات أستانا») is told again by its rank in a series, the happening the clause told before it.
ORDINAL_WORDS: Final = frozenset(fold(w) for w in (
    "أول", "أولى", "الأول", "الأولى", "ثاني", "الثاني", "الثانية", "ثالث", "الثالث", "الثالثة",
    "رابع", "الرابع", "الرابعة", "خامس", "الخامس", "الخامسة", "سادس", "السادس", "السادسة",
    "سابع", "السابع", "السابعة", "ثامن", "الثامن", "الثامنة", "تاسع", "التاسع", "التاسعة",
    "عاشر", "العاشر", "العاشرة", "عشر", "عشرة",
))
#: How many words before a trigger an ordinal may stand (:data:`ORDINAL_WORDS`: «السابعة عشرة من محادثات»).
RANK_REACH: Final = 3


def _ranked(text: str, start: int, trigger: int) -> bool:
    """Whether an ordinal (:data:`ORDINAL_WORDS`) stands within :data:`RANK_REACH` words before the trigger,
    from *start* (the part of the clause that speaks of the event), no comma between: the event is the
    happening its clause told before, told again by its rank («زيارة عمل إلى موسكو يلتقي خلالها الرئيس
    الروسي، في أول لقاء بينهما»: the meeting in Moscow), and its place is that one's."""
    floor = max(0, start - 24)
    gap = text[floor:trigger]
    comma = max(gap.rfind("،"), gap.rfind(","))
    return _has(_words_before(text, trigger, RANK_REACH, floor + comma + 1), ORDINAL_WORDS)


class _Spans:
    """The actor spans of a clause, read from the coder's iterable on first need (an event whose part names
    no place by its name never looks at them), then kept for the rest of the clause."""

    __slots__ = ("_given", "_read")

    def __init__(self, given: Iterable[tuple[int, int, str]]) -> None:
        self._given: Iterable[tuple[int, int, str]] = given
        self._read: list[tuple[int, int, str]] | None = None

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        if self._read is None:
            self._read = list(self._given)
        return iter(self._read)


#: A relative pronoun and a verb after the trigger: a relative clause (:data:`_RELATIVE_CLAUSE`).
_RELATIVE_CLAUSE: Final = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s+(\w+)")
#: Words after the trigger before a relative clause opens that tells of another noun (places21): fewer, and
#: the relative clause may tell of the trigger's own noun («الهجوم الذي شهدته المدينة»).
RELATIVE_REACH: Final = 2
#: Verbs of a relative clause that tell another happening of its own noun, at a place of its own: what a place
#: witnessed («المجازر التي شهدها حي التضامن»), where a person arrived («الوزير، الذي وصل إلى العاصمة
#: العراقية»), what a noun managed to do («بين الجيش والفصائل، التي تمكنت من السيطرة على مدينة حماة»:
#: places29).
OTHER_HAPPENING_VERBS: Final = frozenset(fold(w) for w in (
    "شهد", "شهدها", "شهده", "شهدت", "شهدتها", "شهدته", "وصل", "وصلت", "وصلوا",
    "وقع", "وقعت", "تمكن", "تمكنت", "تمكنوا",
))


def _relative_of_another(text: str, trigger: int, end: int) -> int:
    """Where a relative clause opens after the trigger, before *end*, that tells another happening of a noun
    other than the trigger's (:data:`RELATIVE_REACH` words or more between; its verb one of
    :data:`OTHER_HAPPENING_VERBS`): its places are that happening's («أعلنت … القبض على ثلاثة من مرتكبي
    المجازر التي شهدها حي التضامن», «والتقى الوزير، الذي وصل إلى العاصمة العراقية، رئيس الوزراء»:
    places21); else *end*."""
    first = _WORD.match(text, trigger)
    after = first.end() if first is not None else trigger
    for rel in _RELATIVE_CLAUSE.finditer(text, after, end):
        if (len(_WORD.findall(text[after:rel.start()])) >= RELATIVE_REACH
                and fold(rel.group(1)) in OTHER_HAPPENING_VERBS):
            return rel.start()
    return end


def _another_happening(text: str, places: _Places, trigger: int, end: int) -> int:
    """Where another happening opens after the trigger, before *end* (:data:`_EARLIER`, or a comma and
    «وسط» not followed right away by a place: «، وسط حشد القوات», not «، وسط مدينة منبج»); else *end*."""
    earlier = _EARLIER.search(text, trigger, end)
    end = earlier.start() if earlier else end
    for amid in _AMID_AFTER.finditer(text, trigger, end):
        n = bisect.bisect_left(places.starts, amid.start())
        if not (n < len(places.starts) and places.starts[n] <= amid.end()) and not any(
                at == amid.end() for at, _ in places.anaphors):
            return amid.start()
    return end


#: Words after talks that list who attended them («بحضور شخصيات دينية وعشائرية، بينهم الشيخ حكمت الهجري أحد
#: شيوخ عقل الدروز في السويداء»): a place after them is an attendee's, not the talks' scene.
#: Read on the text as given (no pronoun after them: the ة stays as written); «و» derived (tidy40).
ATTENDING_WORDS: Final = clitic_forms(("بحضور", "بمشاركة"), ("", "و"))
_ATTENDING: Final = re.compile(r"(?<!\w)(?:" + "|".join(sorted(ATTENDING_WORDS)) + r")(?!\w)")
#: Quotation marks that open a name: «مؤتمر «وحدة الموقف لمكونات شمال شرقي سوريا»».
_OPENING_QUOTES: Final = ("«", "“", '"')
_CLOSING_QUOTES: Final = {"«": "»", "“": "”", '"': '"'}


def _in_title(text: str, trigger: int, m: PlaceMention) -> bool:
    """Whether the mention lies inside a quoted name the trigger's word is given right after it («وعقدت «قسد»
    في مدينة الحسكة مؤتمر «وحدة الموقف لمكونات شمال شرقي سوريا»»: the conference's name, not its place): a
    quotation mark opens right after the trigger's word (no word between) and does not close before the
    mention."""
    if m.start <= trigger:
        return False
    word = _WORD.match(text, trigger)
    if word is None:
        return False
    after = word.end()
    while after < m.start and text[after] == " ":
        after += 1
    opener = text[after:after + 1]
    return opener in _OPENING_QUOTES and _CLOSING_QUOTES[opener] not in text[after + 1:m.start]


def _talk_topic(text: str, trigger: int, end: int) -> tuple[int, int] | None:
    """Where the topic of talks runs (:data:`TALK_KINDS`): from «حول / بشأن / بخصوص» after the trigger to
    the next comma or *end*; None when no such word follows."""
    about = _TALK_TOPIC.search(text, trigger, end)
    opens = _discussed_topic(text, trigger, about.start() if about else end)
    if opens is not None:
        about = opens
    if about is None:
        return None
    comma = _A_COMMA.search(text, about.end(), end)
    while comma is not None and _TOPIC_GOES_ON.match(text, comma.end()):
        # «لمناقشة تطورات الأوضاع في سوريا، ولا سيما في إدلب»: the topic narrowed, still the topic
        comma = _A_COMMA.search(text, comma.end(), end)
    return about.start(), comma.start() if comma else end


#: Verbs of reporting whose object, what is reported, opens with «بـ» and a definite noun («وأفادت قناة
#: الإخبارية السورية، الثلاثاء، بالتوصل إلى اتفاق لوقف إطلاق النار في حيي الأشرفية»): what is said, whose
#: scene is no scene of the report (places55).
REPORTED_WITH_BI: Final = clitic_forms((fold(w) for w in ("أفاد", "أفادت", "أفادوا")), ("", "و"))
_BI_DEFINITE: Final = re.compile(r"(?<!\w)بال\w")


def _reported_with_bi(text: str, trigger: int, end: int) -> int:
    """reported_with_bi (places55): where what a verb of :data:`REPORTED_WITH_BI` at *trigger* reports opens,
    its first word on «بال» before *end*, else *end*."""
    word = _WORD.match(text, trigger)
    if word is None or fold(word.group()) not in REPORTED_WITH_BI:
        return end
    found = _BI_DEFINITE.search(text, word.end(), end)
    return found.start() if found else end


def _topic_ends_abroad(text: str, places: _Places, topic: tuple[int, int]) -> tuple[int, int]:
    """topic_ends_abroad (places55): a talk's topic, ending before «في» and a place abroad right after the
    place in Syria it opens on («اللقاء الدولي رفيع المستوى حول سوريا في أستانا»): the talks' scene, not more
    of what they are about. (Not told in a relative clause, «حول سوريا الذي عقد في العقبة»: placed so, 1149's
    meeting no longer merged with the visit its sentence tells, one event more.)"""
    lo = bisect.bisect_left(places.starts, topic[0])
    inside = places.mentions[lo:bisect.bisect_left(places.starts, topic[1], lo)]
    if len(inside) < 2 or inside[0].place is None or inside[0].place.country != "SY":
        return topic
    abroad = inside[1]
    if not (_abroad(abroad) and _cue_is_word(abroad) and fold(abroad.cue) == _IN
            and _WORD.findall(_fold_of(text, inside[0].end, abroad.start)) == [_IN]):
        return topic
    return topic[0], abroad.start


def _topic_phrase(text: str, m: PlaceMention) -> bool:
    """Whether the place is written right after one of :data:`TOPIC_NOUNS`, or after one and «في» («ملف إدلب»,
    «الأوضاع في سوريا»): the topic of talks, not their scene (topic_phrase)."""
    words = _words_before(text, m.start, 2)
    if words and words[-1] == _IN:
        words = words[:-1]
    return bool(words) and words[-1] in TOPIC_NOUNS


def _discussed_topic(text: str, trigger: int, end: int) -> re.Match[str] | None:
    """The first of :data:`TOPIC_NOUNS` after a verb of discussing (``triggers.DISCUSSED``) from *trigger*
    to *end* (discussed_topic), or None."""
    discussing = False
    for word in _WORD.finditer(text, trigger, end):
        folded = fold(word.group())
        if discussing and folded in TOPIC_NOUNS:
            return word
        discussing = discussing or folded in DISCUSSED
    return None


#: What opens a narrowing of a talk's topic after its comma («، ولا سيما في إدلب», «، وخاصة …»: finding33).
_TOPIC_GOES_ON: Final = re.compile(r"\s*(?:ولا ?سيما|لا ?سيما|وخاصة|خاصة|وخصوصاً|وخصوصا|وتحديداً|وتحديدا)"
                                   r"(?!\w)")


#: Body words after which «في X» is the body's seat (:data:`POST_WORDS`), and of :data:`NAMED_BODIES`: right
#: after a meeting's trigger, the meeting of the body was held at X («اجتماع المجلس في أنقرة»).
MEETING_BODY_WORDS: Final = POST_WORDS | NAMED_BODIES


def _meeting_of_body(text: str, trigger: int, m: PlaceMention) -> bool:
    """Whether the place follows a meeting's trigger, one body word and «في» (:data:`MEETING_BODY_WORDS`: «عقب
    اجتماع المجلس في أنقرة»): the meeting's scene, though after a body word alone «في X» is its seat."""
    words = _WORD.findall(_fold_of(text, trigger, m.start))
    return len(words) == 3 and _has(words[1:2], MEETING_BODY_WORDS) and words[2] == fold("في")


#: Kinds whose terms (what they allow or stop) may name the country they cover after the trigger (a proposal's
#: too, «استعداد بلاده للتعاون مع واشنطن في سوريا», but the seeds' output places it there: left as it was).
TERMS_KINDS: Final = frozenset({EventKind.AGREEMENT})


def _scope_of_terms(kind: EventKind, m: PlaceMention, trigger: int) -> bool:
    """Whether the country after an agreement's trigger (:data:`TERMS_KINDS`) is what its terms
    cover, not where it was made («دخل اتفاق وقف إطلاق النار في سوريا حيز التنفيذ», «وقّعا اتفاقاً يتيح نشر
    المقاتلات الروسية في سوريا»): a country is no scene of talks that name it after their words."""
    return kind in TERMS_KINDS and m.start > trigger and m.precision is Precision.COUNTRY


def _where_in(text: str, places: _Places, part: tuple[int, int], trigger: int,
              kind: EventKind, spans: Iterable[tuple[int, int, str]]) -> Where | None:
    start, end = part
    if kind not in SETTING_KINDS and start <= trigger < end:
        # «أسقطت طائرة مسيرة …، وأن مقاتلة سقطت في شمال إسرائيل»: what follows «وأن» is another report
        other = _NEW_REPORT.search(text, trigger, end)
        if other is not None and _within_it_right_after(text, trigger, other):
            other = _NEW_REPORT.search(text, other.end(), end)
        end = other.start() if other else end
    if trigger < end:
        # (also in the rest of the clause after the event's part, read when the part names no place)
        if kind not in SETTING_KINDS:
            purpose = _PURPOSE.search(text, trigger, end)  # «… لتغطية تقدم قوات … نحو …»
            end = purpose.start() if purpose else end
            charged = _CHARGED.search(text, trigger, end)  # «اعتُقل فلان المسؤول عن الإعدامات في سجن …»
            end = charged.start() if charged else end
            result = _RESULT.search(text, trigger, end)  # «… هجوماً مكنها من السيطرة على دمشق»
            end = result.start() if result else end
        answered = _RESPONSE.search(text, trigger, end)  # «…، رداً على ضربة … على قاعدة …»
        end = answered.start() if answered else end
        cited = _CITED.search(text, trigger, end)  # «…، تنفيذاً لاتفاق توصلت إليه … في أستانة»
        end = cited.start() if cited else end
        if kind not in SETTING_KINDS:
            end = _another_happening(text, places, trigger, end)
            end = _relative_of_another(text, trigger, end)
    if kind in TALK_KINDS and trigger < end:
        # «… مؤتمر «…» بحضور شخصيات …، بينهم الشيخ … في السويداء»: who attended, and where they are from
        attending = _ATTENDING.search(text, trigger, end)
        end = attending.start() if attending else end
    topic = _talk_topic(text, trigger, end) if kind in TALK_KINDS else None
    if topic is not None:
        topic = _topic_ends_abroad(text, places, topic)
    lo = bisect.bisect_left(places.starts, start)
    inside = [places.mentions[n] for n in range(lo, bisect.bisect_left(places.starts, end, lo))
              if places.mentions[n].end <= end and not (
                  topic is not None and topic[0] <= places.mentions[n].start < topic[1]) and not (
                  kind in TALK_KINDS and _topic_phrase(text, places.mentions[n])) and not (
                  _in_title(text, trigger, places.mentions[n])) and not (
                  kind not in SEA_KINDS and _at_sea(places.mentions[n])) and (
                  _usable(text, places, n) or (
                  kind is EventKind.PROTEST and _residents(text, places.mentions[n])) or (
                  kind in _HITS and _building_hit(text, places.mentions[n])) or (
                  kind in TALK_KINDS and _meeting_of_body(text, trigger, places.mentions[n])))]
    here: list[PlaceMention] = []
    last: PlaceMention | None = None  # the last mention of the place phrase here[-1] stands for
    for m in inside:
        # «مدينة حمص السورية»: a demonym's phrase may open on a place's name; that names no body
        # a state read off a capital inside a longer place name («مطار دمشق الدولي») names no body
        # a settlement noun frames what follows as a place's name («حيي الشيخ مقصود»: no sheikh)
        named = [how for a, b, how in spans if a < m.end and m.start < b and how != "demonym"
                 and not (how in _STATES and _state_in_name(m, a, b, how)) and not _named_place(m, a, b)
                 and not _title_in_name(m, a, b, how)]
        if named and (m.frame not in TIED or not all(how in _STATES for how in named)) and not (
                kind in BASE_HIT_KINDS and _base_hit(text, m, trigger)) and not _base_at(text, m) and not (
                all(how in _STATES for how in named) and _state_as_ground(text, m)):
            continue  # «قال مسؤول في البيت الأبيض», «موسكو تعلن»
        if here and last is not None and _chained(text, last, m):
            # one place phrase («طريق حلب-اللاذقية الدولي "إم 4" قرب مدينة أريحا»): its most precise place
            last = m
            if int(m.precision) < int(here[-1].precision):
                here[-1] = m
            continue
        here.append(m)
        last = m
    if kind in SETTING_KINDS:
        # said where: after the speech verb («قال … في مؤتمر صحفي في موسكو»), or fronted («وفي
        # واشنطن، قال متحدث»); never in what is said («أعلنت … تطبيقاً للاتفاق الذي جرى التوصل
        # إليه في أستانا»: Astana is the agreement's scene, not the announcement's)
        said = _said_from(text, trigger, end) if kind in _SPEECH else end
        if kind in _SPEECH:
            said = _cause_of_speech(text, trigger, said, end)
            if said == end:
                said = _reported_with_bi(text, trigger, end)
        working = _working_facility(text, places, kind, here, start, end, trigger) if kind in _STOPS else None
        if working is not None:
            return working
        here = [m for m in here if (m.start < said or (
            kind in _SPEECH and _issued_after(text, m, said))) and (_set_scene(
            text, m, start, trigger, said if kind in _SPEECH else None) or (
            kind is EventKind.AGREEMENT and (_parties_then_scene(text, m, trigger, spans)
                                             or _talks_then_agreed(text, m, start, trigger)))) and (
            kind not in _SPEECH or m.start > trigger or not _words_before(text, m.start, 2, start)[:-1]) and (
            kind not in _SPEECH or not _at_home(text, m, trigger, spans)) and (
            kind not in _SPEECH or not _written_at_close(text, m, start)) and (
            not _scope_of_terms(kind, m, trigger)) and (m.start > trigger or not _since_it(text, trigger))]
        return place_of(min(here, key=lambda m: abs(m.start - trigger))) if here else None
    acting = _acting_states(text, places, spans, trigger) if kind in FORCE_KINDS else frozenset()
    candidates = [(m.start, m, m.frame in TIED or _struck(text, places, m) or _named_by_its_noun(m))
                  for m in here if m.place is None or m.place.id not in acting]
    own = [(at, m) for at, m in places.anaphors if start <= at < end and not (
        topic is not None and topic[0] <= at < topic[1]) and not (  # «حول مصير المحافظة»: the talks' topic
        kind is not EventKind.PROTEST and _has(_words_before(text, at, 1), DWELLERS_WORDS))]
    opened = _subordinate(text, start, trigger) if own else None
    if own and opened is None and kind in PRELUDE_KINDS:
        prelude = _opened_by_after(text, start, trigger)
        # «استعادت القوات الحقل ومنشآته بعد معارك عنيفة»: the battles are not placed where the capture is
        own = [(at, m) for at, m in own if prelude is None or at > prelude]
    if opened is not None:
        # (fighting only, :data:`PRELUDE_KINDS`: «، بعد أيام من انتشار القوات الحكومية فيها» is placed by its
        # pronoun, places32)
        if kind in PRELUDE_KINDS and any(at >= trigger and _pronoun_of_its_own(text, at, trigger)
                                         for at, _ in own):
            return None  # «، بعد معارك تدور فيها»: its own words point back by a pronoun, and name no place
        own = [(at, m) for at, m in own if at > opened]  # «على المدينة، إثر اشتباكات»: the capture's
    candidates += [(at, m, True) for at, m in own if not _anaphor_located(text, at, m, here)]
    # a place far before the trigger, or one a span of time stands between («سيطر … على مدينة عفرين،
    # بعد نحو شهرين من انطلاق عملية …»), belongs to what the clause told before it
    amid = (any(c[0] < trigger for c in candidates) and kind not in AMID_PLACED_KINDS
            and _amid(text, start, trigger))
    first = _WORD.match(text, trigger)
    trigger_word = fold(first.group()).translate(_MARKS) if first is not None else ""
    candidates = [c for c in candidates if (  # «، إذ دعا … من جاكرتا»: the speech's place (_told_after_since)
        c[0] >= trigger and not _told_after_since(text, trigger, c[0])
        and not _quoted_going_on(text, trigger, c[0]) and not _pushed_to(text, trigger, c[0])) or (
        c[0] < trigger and not amid and c[0] >= trigger - BEFORE_REACH
        and not _has(_other_time(_WORD.findall(_fold_of(text, c[0], trigger)), trigger_word), _NOT_ACROSS)
        and not _conjunct_before(text, c[1], trigger) and not _side_before_cause(text, c[0], c[1], trigger)
        and not _before_that(text, c[0], trigger) and not _AND_THAT.search(text, c[0], trigger)
        and not _OWN_CLAIM.search(text, c[0], trigger)
        and not _MOTIVE.search(text, c[0], trigger)
        and not _scene_of_speech(text, c[1], c[0], trigger)
        and not _since_it(text, trigger)
        and not _AMID_COMMA.search(text, c[0], trigger)
        and (kind in CONCURRENT_PLACED_KINDS or not _CONCURRENT.search(text, c[0], trigger)
             or bool(_PRONOUN_BACK.search(text, trigger, end))))]
    if kind in FIRED_FROM_KINDS:  # «المدافع التركية المتمركزة على الحدود بدأت القصف»: where the guns stand
        candidates = [c for c in candidates if c[0] >= trigger or not _has(
            _words_before(text, c[0], 2, start), POSTED_PARTICIPLES)]
    if kind in LEAVING:  # «انسحبوا من مدينة منبج باتجاه سد تشرين»: where they went is not where they withdrew
        left = [c for c in candidates if not _has(_cue_of_list(text, places, c[0]), LEAVING[kind])]
        candidates = left if left or kind not in LEFT_FOR or _LEFT_FROM_ELSEWHERE.match(trigger_word) or _has(
            _WORD.findall(_fold_of(text, start, trigger)), AFTER_WORDS) or not RETREAT_WORDS.isdisjoint(
            _WORD.findall(_fold_of(text, max(0, start - RETREAT_TOLD_BACK), start))) else [
            c for c in candidates if c[0] >= trigger]  # (not «وبعد ساعات من التوغل انسحبت باتجاه …»)
    if not candidates:
        return None
    arriving = ARRIVING.get(kind, frozenset())
    heading = HEADED_FOR.get(kind, frozenset())

    def rank(c: tuple[int, PlaceMention, bool]) -> tuple[int, int, int, int, int, int]:
        at, m, tied = c
        after = at >= trigger
        arrives = bool(arriving) and _has(_cue_of_list(text, places, at), arriving)
        headed = bool(heading) and _has(_cue_of_list(text, places, at), heading)
        return (0 if tied else 1, 0 if arrives else 1, 1 if headed else 0, 0 if after else 1,
                abs(at - trigger), int(m.precision))

    at, m, _ = min(candidates, key=rank)
    if at == m.start and m.precision is Precision.COUNTRY:
        # «أولى غاراتهم الجوية في سوريا على مناطق … في ريف حماة الشمالي»: the country frames the place told
        # right after it (places22)
        finer = _within_country(text, m, [c for c in candidates if c[2] and c[0] == c[1].start])
        if finer is not None:
            return place_of(finer)
    return place_of(m) if at == m.start else _by_anaphor(text, at, m)


#: The words of a speech's scene (a visit, a meeting, a conference: :func:`_scene_of_speech`), of
#: :data:`SETTING_WORDS` but the verbs of signing and happening («الكمين الذي وقع في حي الدعتور»).
SPEECH_SCENE_WORDS: Final = frozenset(fold(w) for w in (
    "مؤتمر", "كلمة", "كلمته", "خطاب", "خطابه", "زيارة", "زيارته", "زيارتها", "لقاء", "لقائه", "اجتماع",
    "اجتماعه", "قمة", "هامش", "جلسة", "منتدى", "صحفي", "عقده", "عقدته",
))
#: Words before «أن» that make it no speech's content but a time («بعد أن أودى الكمين»).
_CONJUNCTIONS_OF_TIME: Final = frozenset(fold(w) for w in ("بعد", "قبل", "منذ", "وبعد", "عقب"))
#: How many words before a place a scene word may stand for it to be where a speech was made
#: (:func:`_scene_of_speech`: «خلال زيارته أرمينيا»: one).
SPEECH_SCENE_REACH: Final = 3


def _scene_of_speech(text: str, m: PlaceMention, at: int, trigger: int) -> bool:
    """Whether the place at *at*, before the trigger, is where a speech was made whose content tells the
    event: a scene word (:data:`SPEECH_SCENE_WORDS`) within :data:`SPEECH_SCENE_REACH` words before it, and
    what is said opening («إن», «أن», :data:`_THAT`; not «بعد أن») between it and the trigger («وقال وزير
    الدفاع الروسي، خلال زيارته أرمينيا، إن حرس الحدود … انتشروا في تلك المناطق»: the deployment is not in
    Armenia; «وأوضح بوتين، خلال اجتماع عقده في الكرملين …، أن عملية الانسحاب ستنطلق»; places39)."""
    if at != m.start or not _has(_words_before(text, at, SPEECH_SCENE_REACH), SPEECH_SCENE_WORDS):
        return False
    between = _WORD.findall(_fold_of(text, m.end, trigger))
    return any(w in _THAT and (n == 0 or between[n - 1] not in _CONJUNCTIONS_OF_TIME)
               for n, w in enumerate(between))


#: How many words after the country a more precise place tied in the same phrase may stand («في سوريا على
#: مناطق خاضعة لسيطرة الثوار في ريف حماة الشمالي»: seven).
COUNTRY_FRAME_REACH: Final = 8
#: What ends the phrase the country frames: a comma, a sentence's end, a parenthesis.
_PHRASE_END: Final = re.compile(r"[،,؛;.!؟?()\n]")


#: Participles of being posted («قوات النظام المتمركزة في تلة …»): a place right after one (a preposition
#: between), before a strike's trigger, is where those who fire stand, not what they hit (places34).
POSTED_PARTICIPLES: Final = frozenset(fold(w) for w in (
    "المتمركزة", "المتمركز", "المتمركزين", "المتمركزون", "متمركزة", "متمركز", "متمركزين", "متمركزون",
    # «وحدة تركية مرابطة على الشريط الحدودي ردت بإطلاق النار» (places44)
    "المرابطة", "المرابط", "المرابطين", "المرابطون", "مرابطة", "مرابط", "مرابطين", "مرابطون",
))
FIRED_FROM_KINDS: Final = frozenset({EventKind.STRIKE})
#: Acts of force, which a state does abroad, not at its own capital (:func:`_acting_states`); a state hosts
#: talks at home («استضافت العاصمة الروسية موسكو اجتماعاً»; places34).
FORCE_KINDS: Final = frozenset({EventKind.STRIKE, EventKind.ATTACK, EventKind.CLASH, EventKind.INCIDENT,
                                EventKind.DEPLOYMENT, EventKind.WITHDRAWAL, EventKind.CAPTURE})
#: How many words may stand between the capital that acts and the trigger of its act («وكثفت أنقرة مؤخراً
#: قصفها»: one), so that it is the act's own doer, not that of a happening told later in the clause.
ACTING_REACH: Final = 2


def _acting_states(text: str, places: _Places, spans: Iterable[tuple[int, int, str]],
                   trigger: int) -> frozenset[str]:
    """The capitals abroad that stand for their states as actors the clause names right before the trigger
    («وكثفت أنقرة مؤخراً قصفها …»): a state's doing is not placed at its own capital, named again later in the
    clause as the scene of something else («… بعد الهجوم الذي استهدف … في العاصمة أنقرة»; places34)."""
    found: set[str] = set()
    for a, b, how in spans:
        if how != "capital" or a >= trigger or len(_WORD.findall(text, b, trigger)) > ACTING_REACH:
            continue
        n = bisect.bisect_left(places.starts, a)
        while n < len(places.starts) and places.starts[n] < b:
            m = places.mentions[n]
            if m.place is not None and m.place.kind == "abroad":
                found.add(m.place.id)
            n += 1
    return frozenset(found)


def _within_country(text: str, country: PlaceMention,
                    tied: Sequence[tuple[int, PlaceMention, bool]]) -> PlaceMention | None:
    """The first more precise place of Syria tied after the country within :data:`COUNTRY_FRAME_REACH` words,
    in the same phrase (no comma or parenthesis, no «أن / إن», «بعد / إثر / عقب» between), else None: the
    country only says in which land that place lies («إلى داخل الأراضي السورية عبر الحدود قرب بلدة
    قرقميش»)."""
    for at, m, _ in sorted(tied, key=lambda c: c[0]):
        if at <= country.end or m.precision is Precision.COUNTRY:
            continue
        between = text[country.end:at]
        words = _WORD.findall(fold(between))
        if (len(words) > COUNTRY_FRAME_REACH or _PHRASE_END.search(between)
                or any(w in _THAT for w in words) or _has(words, AFTER_WORDS)):
            # (arrive40, after_ends_the_frame: «دفعة … وصلت إلى تركيا بعد تجنيدهم من حلب»: a place told after
            # «بعد / إثر / عقب» is where what came before was, no place the country frames)
            return None
        return m
    return None


def _by_anaphor(text: str, at: int, referent: PlaceMention) -> Where:
    """The place of an event placed by the anaphor at *at*: its referent's entry, with a definite place noun's
    words as written («المدينة»: the words of the clause, as the gold writes them), else the referent's."""
    w = place_of(referent)
    noun = _ANAPHOR_RE.match(text, at)
    if noun is None or not noun.group("w").startswith(("ال", "تلك ", "هذه ")):
        return w  # «فيها», «هناك», «محيطه»: the referent's words
    return attrs.evolve(w, location_ar=noun.group("w"))


# -- merging ------------------------------------------------------------------------------------------

def compatible(a: Where | None, b: Where | None) -> bool:
    """Whether two reports' places allow them to be one event: either unplaced, the same place (or
    the same ambiguous name), or one inside the other (a place inside its governorate, a place in a
    country inside that country)."""
    if a is None or b is None:
        return True
    return compatible_keys(a.key(), b.key())


def compatible_keys(a: tuple[str, str, str, str] | None, b: tuple[str, str, str, str] | None) -> bool:
    """:func:`compatible` of two :meth:`Where.key` s (what the columnar merge keeps)."""
    if a is None or b is None or a[0] == b[0]:
        return True
    return _contains(a, b) or _contains(b, a)


def holds_key(outer: tuple[str, str, str, str], inner: tuple[str, str, str, str]) -> bool:
    """Whether the place of key *outer* is that of key *inner* or holds it (merging's reading: a place the
    gazetteer lacks may lie in an area), so no narrower than it."""
    return outer[0] == inner[0] or _contains(outer, inner)


def _contains(outer: tuple[str, str, str, str], inner: tuple[str, str, str, str], maybe: bool = True) -> bool:
    """Whether the place of key *outer* holds the place of key *inner*: a country what lies in it, a
    governorate what lies in it, a district its seat town («منطقة عفرين» and «مدينة عفرين»; the
    gazetteer knows no other town's district); with *maybe* (merging), also a place the gazetteer
    lacks that the area may hold (``_unknown_inside``), which a filter, asking what is known to lie
    there, does not take."""
    place_id, admin1, country, kind = outer
    if maybe and (_unknown_inside(outer, inner) or _along_border(outer, inner)
                  or _site_of_city(outer, inner)):
        return True
    if kind == "country":
        return bool(country) and inner[2] == country
    if kind == "governorate":
        return bool(admin1) and inner[1] == admin1
    if kind == "district":
        return bool(inner[0]) and _seat_of_district(place_id) == inner[0]
    return False


def _unknown_inside(outer: tuple[str, str, str, str], inner: tuple[str, str, str, str]) -> bool:
    """Whether *inner* is a place the gazetteer lacks, named after a settlement noun («قرب بلدة أوتايا»:
    id ``text:…``), and *outer* an area that may hold it: a region, district, governorate or the country
    of no other governorate. Where it lies is not known, so nothing says it is elsewhere."""
    if not inner[0].startswith("text:") or outer[3] not in _AREA_KINDS:
        return False
    return not inner[1] or not outer[1] or inner[1] == outer[1]


_AREA_KINDS: Final = frozenset({"region", "district", "governorate", "country"})

#: Cities that are their governorate whole (Damascus: governorate 13 is the city), by gazetteer id: a site
#: of that governorate lies in the city (places45: «استقبل ضيفه في "قصر الشعب"» and the visit «إلى
#: العاصمة السورية دمشق» are one meeting).
WHOLE_GOVERNORATE_CITIES: Final = frozenset({"gn:170654"})


def _site_of_city(outer: tuple[str, str, str, str], inner: tuple[str, str, str, str]) -> bool:
    """Whether *outer* is a city that is its governorate whole (:data:`WHOLE_GOVERNORATE_CITIES`) and *inner*
    a site of that governorate (merging only)."""
    return (outer[0] in WHOLE_GOVERNORATE_CITIES and inner[3] == "site"
            and bool(outer[1]) and inner[1] == outer[1])

#: Borders the text names by the country alone («الحدود السورية», places20): which stretch, and so which
#: governorate, it does not say.
WHOLE_BORDERS: Final = frozenset({"region:syria-borders"})


def _along_border(outer: tuple[str, str, str, str], inner: tuple[str, str, str, str]) -> bool:
    """Whether *outer* is a country's border named by the country alone (:data:`WHOLE_BORDERS`) and *inner*
    a place of that country that may lie on it (merging only: «عبرت الحدود السورية ودخلت أراضي المحافظة»
    and a report of the same crossing placed at the governorate). Not a border between two named states:
    with it (all of them, tried) two strikes of one article merged that the gold keeps apart."""
    return outer[0] in WHOLE_BORDERS and inner[3] != "abroad" and bool(inner[2]) and inner[2] == outer[2]


@lru_cache(maxsize=128)
def _seat_of_district(place_id: str) -> str:
    """The id of the seat town of the district *place_id* (its gazetteer entry's ``seat``), or ""."""
    place = gazetteer().places.get(place_id)
    return place.seat if place is not None and place.kind == "district" and place.seat else ""


def merged_where(wheres: Iterable[Where | None]) -> Where | None:
    """The place of an event merged from reports with these places (the leader's first): the most
    precise one that fits every other (the town, when one report says the town and another its
    governorate), else the first given."""
    seen = list(dict.fromkeys(w for w in wheres if w is not None))
    if not seen:
        return None
    fits = [w for w in seen if all(compatible(w, o) for o in seen)]
    return min(fits, key=lambda w: w.fineness) if fits else seen[0]


# -- filtering by place -------------------------------------------------------------------------------

def _latin(name: str) -> str:
    """An English name folded: lower case, no diacritics, letters and digits only («Ma‘arrat an
    Nu‘mān» → «maarratannuman»)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def places_named(name: str) -> tuple[Place, ...]:
    """The gazetteer entries *name* names, written in Arabic (any spelling the finder reads) or in
    English (case and diacritics ignored; «Idlib» is the city and the governorate). KeyError naming
    *name* when it names none."""
    g = gazetteer()
    # a name, else a place phrase («محافظة إدلب», «ريف حلب»)
    found = list(g.lookup(name)) or [c for m in extract_places(name) for c in m.candidates]
    latin = _latin(name)
    if latin:
        # «Idlib»: the city, the governorate and the district, as «إدلب» names all three
        found += [p for p in g.places.values() if (latin in (_latin(p.name_en), _latin(p.admin1_en))
                  and (p.kind == "governorate" or _latin(p.name_en) == latin))
                  or (p.kind == "district" and _latin(p.name_en) == latin + "district")]
    if not found:
        raise KeyError(f"unknown place {name!r}: not a name in the gazetteer (Arabic or English)")
    return tuple(dict.fromkeys(found))


def settlement_names(text: str) -> tuple[tuple[int, int], ...]:
    """The spans (offsets into *text*) of the names a settlement noun frames («قرية الزيارة»,
    «بلدة المصالحة», «حي الاتفاق»): a word there names the place, whatever else it means, so the
    event coder reads no trigger in it (``extract._in_a_place_name``)."""
    return tuple((m.name_start, m.name_end) for m in _places(text).mentions if m.frame == "settlement")


def written_place_id(name: str) -> str:
    """The id a place the gazetteer lacks gets when a text names it after a settlement noun («قرية
    عثمان» → ``text:`` and the folded name, :class:`syrtimeline.places.PlaceFinder`): what a filter
    compares with ``Where.place_id`` to find the events at a name only the texts know (the name's
    gazetteer key, ``places.gazetteer.name_key``)."""
    return "text:" + name_key(name)


def governorate_named(name: str) -> str:
    """The GeoNames admin1 code of the governorate *name* names (Arabic, English or the code itself).
    KeyError naming *name* when it names none."""
    g = gazetteer()
    codes = {p.admin1 for p in g.places.values() if p.kind == "governorate"}
    if name.strip() in codes:
        return name.strip()
    try:
        named = places_named(name)
    except KeyError:
        named = ()
    found = {p.admin1 for p in named if p.kind == "governorate"} or {
        p.admin1 for p in named if p.admin1 and _latin(p.admin1_en) == _latin(name)}
    if len(found) != 1:
        raise KeyError(f"unknown governorate {name!r}: not a governorate's name (Arabic or English) "
                       f"nor its code ({', '.join(sorted(codes))})")
    return found.pop()


def inside(where: Where | None, places: Sequence[Place]) -> bool:
    """Whether an event placed at *where* happened at one of *places* or inside one (a town inside
    its governorate, anything in a country inside it); an ambiguous place, when one of its
    candidates is."""
    if where is None:
        return False
    ids = {where.place_id} if where.place_id else set(where.candidates)
    for p in places:
        if p.id in ids:
            return True
        outer = (p.id, p.admin1, p.country, p.kind)
        if where.place_id and _contains(outer, where.key(), maybe=False):
            return True
    return False
