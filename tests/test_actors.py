"""The actor layer: who an Arabic news text names (syrtimeline.events.actors) and the country data it
reads (syrtimeline/events/kb/countries.toml, made by syrtimeline.events.kb.countries)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.dates.normalize import fold
from syrtimeline.events.actors import (
    BODY_ROLES,
    GENERIC_BODY_ROLES,
    ActorFinder,
    ActorMention,
    countries,
    is_person,
    person_id,
    transliterate,
)
from syrtimeline.events.kb import countries as generator

KB = Path(st.__file__).resolve().parent / "events" / "kb"


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(st.load_knowledge().actors)


def _find(finder: ActorFinder, text: str) -> list[ActorMention]:
    found = finder.find(text)
    for m in found:
        assert text[m.start:m.end] == m.surface
    return found


def _one(finder: ActorFinder, text: str, surface: str) -> ActorMention:
    hits = [m for m in _find(finder, text) if m.surface == surface]
    assert len(hits) == 1, (surface, [(m.surface, m.actor.id, m.how) for m in finder.find(text)])
    return hits[0]


# -- knowledge-base actors, countries, capitals ---------------------------------------------------------
@pytest.mark.parametrize(("text", "surface", "actor", "how"), [
    ("وقال المرصد السوري لحقوق الإنسان إن", "المرصد السوري لحقوق الإنسان", "sohr", "name"),
    ("أعلنت هيئة تحرير الشام السيطرة", "هيئة تحرير الشام", "hts", "name"),
    ("عناصر من تنظيم داعش", "تنظيم داعش", "isis", "name"),
    ("قال الدفاع المدني السوري (الخوذ البيضاء)", "الدفاع المدني السوري", "white-helmets", "name"),
    ("مقاتلو قوات سورية الديمقراطية", "قوات سورية الديمقراطية", "sdf", "name"),
    ("وقصفت قسد مواقع", "قسد", "sdf", "name"),
    ("فصائل الجيش السوري الحر", "فصائل الجيش السوري الحر", "fsa", "name"),
    ("اشتباكات مع الجيش السوري قرب حلب", "الجيش السوري", "syrian-army", "name"),
    ("مقاتلي حزب الله اللبناني في القصير", "حزب الله اللبناني", "hezbollah", "name"),
    ("عناصر كتائب حزب الله في البوكمال", "كتائب حزب الله", "kataib-hezbollah", "name"),
    ("وأكدت الأمم المتحدة أن", "الأمم المتحدة", "un", "name"),
    ("جلسة لمجلس الأمن الدولي", "مجلس الأمن الدولي", "unsc", "name"),
    ("اجتماع مجلس الأمن القومي التركي", None, "unsc", None),  # a blocker: not the UN Security Council
    ("وقال المبعوث الأممي إلى سوريا إن", "المبعوث الأممي إلى سوريا", "un-envoy-syria", "name"),
    ("والتقى ستافان دي ميستورا", "ستافان دي ميستورا", "de-mistura", "name"),
    ("غارات جيش الاحتلال على دمشق", "جيش الاحتلال", "idf", "name"),
    ("وحدات من الفرقة الرابعة", "الفرقة الرابعة", "syria-4th-division", "name"),
    ("قوات الحرس الثوري الإيراني", "الحرس الثوري الإيراني", "irgc", "name"),
    ("دخلت الميليشيات الإيرانية البلدة", "الميليشيات الإيرانية", "iran-backed-militias", "name"),
    ("قال الجولاني إن", "الجولاني", "sharaa", "name"),
    ("وقال الشرع", "الشرع", "sharaa", "name"),
    ("أعلنت الحكومة السورية الانتقالية", "الحكومة السورية الانتقالية", "syria-transitional-government",
     "name"),
    ("الحكومة السورية المؤقتة", "الحكومة السورية المؤقتة", "syrian-interim-government", "name"),
    ("قصفت الفصائل المعارضة", "الفصائل المعارضة", "opposition-factions", "name"),
    ("هاجمت فرقة الحمزات", "فرقة الحمزات", "hamzat", "name"),
    # armed groups and bodies of the war beyond the seeds' story
    ("قصفت مواقع فيلق الرحمن في الغوطة", "فيلق الرحمن", "faylaq-al-rahman", "name"),
    ("دخل مقاتلو جيش الفتح المدينة", "جيش الفتح", "jaysh-al-fatah", "name"),
    ("اشتباكات بين لواء الجبل وعناصر الأمن", "لواء الجبل", "liwa-al-jabal", "name"),
    ("وأفادت لجان التنسيق المحلية بمقتل", "لجان التنسيق المحلية", "lcc", "name"),
    ("وقالت منظمة هيومن رايتس ووتش إن", "منظمة هيومن رايتس ووتش", "hrw", "name"),
    ("هاجمت وحدات حماية المرأة", "وحدات حماية المرأة", "ypj", "name"),
    ("زار أردوغان تركيا", "تركيا", "turkey", "country"),
    ("وقالت موسكو إن", "موسكو", "russia", "capital"),
    ("وردّت تل أبيب", "تل أبيب", "israel", "capital"),
    ("غارات إسرائيلية على سوريا", "سوريا", "syria-government", "country"),
    ("قالت إسرائيل", "إسرائيل", "israel", "country"),
    ("دعت فرنسا وألمانيا", "فرنسا", "france", "country"),
    ("دعت فرنسا وألمانيا", "ألمانيا", "germany", "country"),
    ("أعلنت الولايات المتحدة الأمريكية", "الولايات المتحدة الأمريكية", "usa", "country"),
    # bodies the eleventh round added (docs/events.md, "Eleventh round: actors")
    ("بعد أن سيطرت عليها فصائل غرفة عمليات \"فجر الحرية\" الموالية لتركيا", "غرفة عمليات \"فجر الحرية",
     "fajr-al-hurriya", "name"),
    ("لاتفاق توصلت إليه الدولة مع مشايخ العقل في السويداء", "مشايخ العقل", "druze-spiritual-leadership",
     "name"),
    ("أن فريق العمل الخاص بوقف إطلاق النار سيجتمع", "فريق العمل الخاص بوقف إطلاق النار",
     "issg-ceasefire-task-force", "name"),
    ("وذكر الموقع الإلكتروني لصحيفة \"تودايز زمان\" التركية أن", "تودايز زمان", "todays-zaman",
     "name"),
    ("وتوصلت الأطراف إلى اتفاق مع القيادات الدرزية", "القيادات الدرزية", "druze-spiritual-leadership",
     "name"),
    ("بعد سيطرة مقاتلي العشائر على مدينة البصيرة", "مقاتلي العشائر", "arab-tribal-fighters", "name"),
    ("بدأ خروج أهالي ومسلحي المعارضة من داريا", "مسلحي المعارضة", "opposition-factions", "name"),
    ("ألقت طائرات النظام براميل متفجرة على درعا", "طائرات النظام", "syrian-army", "name"),
    ("وقال إن قائد قوة المهام المشتركة استخدم الخط الساخن", "قائد قوة المهام المشتركة", "cjtf-oir-commander",
     "name"),  # an office named without its holder's name
    # actors37: the Astana process's three guarantors named as one party
    ("وجددت الدول الضامنة لعملية أستانا التزامها", "الدول الضامنة", "astana-guarantors", "name"),
    ("ممثلو الدول الضامنة الثلاث في أستانا", "الدول الضامنة الثلاث", "astana-guarantors", "name"),
    # actors37: Arab foreign ministers met as one party, in the League's council or outside it
    ("بدأ وزراء الخارجية العرب اجتماعهم", "وزراء الخارجية العرب", "arab-foreign-ministers", "name"),
    ("عقب اجتماع لوزراء خارجية عرب في عمان", "وزراء خارجية عرب", "arab-foreign-ministers", "name"),
    # actors44: Jordan's king by his father's name; the Emirates' foreign minister
    ("واستقبل عبد الله بن الحسين وفداً", "عبد الله بن الحسين", "abdullah-ii", "name"),
    ("وبحث عبدالله بن زايد آل نهيان مع نظيره", "عبدالله بن زايد آل نهيان", "abdullah-bin-zayed",
     "name"),
    ("للأمم المتحدة", "للأمم المتحدة", "un", "name"),  # ل fused with the article stays in the span
    ("وبالأمم المتحدة", "الأمم المتحدة", "un", "name"),
])
def test_knowledge_base_actors_and_states(finder: ActorFinder, text: str, surface: str | None, actor: str,
                                          how: str | None) -> None:
    found = _find(finder, text)
    if surface is None:
        assert actor not in [m.actor.id for m in found]
        return
    m = _one(finder, text, surface)
    assert (m.actor.id, m.how) == (actor, how)


def test_a_name_without_the_article_never_matches_with_it(finder: ActorFinder) -> None:
    assert [m.actor.id for m in _find(finder, "في القطر العربي السوري")] == ["syria-government"]
    assert [m.actor.id for m in _find(finder, "زار قطر")] == ["qatar"]
    assert [m.actor.id for m in _find(finder, "أطلق العنان")] == []  # عنان (Annan) is written without ال


def test_a_state_without_a_knowledge_base_actor_is_new_with_its_iso_code(finder: ActorFinder) -> None:
    m = _one(finder, "وقالت الحكومة الأردنية", "الأردنية")
    assert (m.actor.id, m.actor.role, m.actor.country, m.actor.name) == ("jordan", "state", "jo", "Jordan")
    assert m.actor == finder.states["jo"] == finder.country_actors["jordan"]
    assert finder.states["ru"] is st.load_knowledge().actors["russia"] or finder.states["ru"].id == "russia"
    assert finder.states["sy"].id == "syria-government"  # the first state of country sy


# -- demonyms -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("form", "actor"), [
    ("روسي", "russia"), ("روسية", "russia"), ("الروسي", "russia"), ("الروسية", "russia"), ("الروس", "russia"),
    ("تركي", "turkey"), ("التركية", "turkey"), ("الأتراك", "turkey"),
    ("أمريكي", "usa"), ("الأميركية", "usa"), ("الأمريكيون", "usa"), ("الأمريكيين", "usa"),
    ("الأميركيين", "usa"), ("الأمريكان", "usa"),
    ("الإسرائيلية", "israel"), ("إسرائيليين", "israel"), ("الإيراني", "iran"), ("الإيرانيين", "iran"),
    ("البريطاني", "uk"), ("البريطانيين", "uk"), ("الفرنسية", "france"), ("الألمان", "germany"),
    ("السعودي", "saudi-arabia"), ("الإماراتية", "uae"), ("القطري", "qatar"), ("اللبناني", "lebanon"),
    ("العراقية", "iraq"), ("الأردني", "jordan"), ("المصري", "egypt"), ("الصينية", "china"),
    ("النمساوي", "austria"), ("الأفغان", "afghanistan"), ("السوري", "syria-government"),
    ("الصهيوني", "israel"), ("الصهيونيين", "israel"),  # actors35: «العدو الصهيوني», «دورية صهيونية»
])
def test_demonyms_in_every_form(finder: ActorFinder, form: str, actor: str) -> None:
    text = f"وصل الجنود {form} إلى المنطقة"
    m = _one(finder, text, form)
    assert (m.actor.id, m.how) == (actor, "demonym")
    assert m.head is not None and text[m.head[0]:m.head[1]] == "الجنود"


def test_zionism_is_no_state(finder: ActorFinder) -> None:
    # actors35: «صهيوني» is Israel's adjective, but «الصهيونية» alone is the doctrine
    assert _find(finder, "وزعم أن ما يجري يخدم الصهيونية مباشرة") == []
    assert [m.actor.id for m in _find(finder, "أن طائرات العدو الصهيوني أغارت")] == ["israel"]


def test_a_demonym_knows_its_head_title_and_coordination(finder: ActorFinder) -> None:
    text = "قصف الطيران الحربي السوري والروسي مواقع، وقال وزير الخارجية الروسي إن"
    found = _find(finder, text)
    russian = [m for m in found if m.actor.id == "russia"]
    assert [m.surface for m in russian] == ["الروسي", "الروسي"]
    first, second = russian
    # the head of «الطيران الحربي السوري» before it
    assert first.head is not None and text[first.head[0]:first.head[1]] == "الطيران"
    assert second.title is not None and text[second.title[0]:second.title[1]] == "وزير الخارجية"
    assert second.role == "Minister of Foreign Affairs"
    m = _one(finder, "التعاون الروسي – الأمريكي", "الأمريكي")
    assert m.actor.id == "usa"


@pytest.mark.parametrize("text", [
    "داخل الأراضي السورية", "عودة اللاجئين السوريين", "على الحدود السورية التركية", "والحدود التركية",
    "في الشمال السوري", "يحمل الجنسية الروسية",
])
def test_a_demonym_after_a_noun_that_names_no_actor_is_no_mention(finder: ActorFinder, text: str) -> None:
    assert [m for m in _find(finder, text) if m.how == "demonym"] == []


def test_a_demonym_after_an_actor_of_its_country_extends_it(finder: ActorFinder) -> None:
    m = _one(finder, "قال لافروف الروسي", "لافروف الروسي")
    assert m.actor.id == "lavrov"


def test_a_country_name_that_is_also_a_demonym_reads_by_context(finder: ActorFinder) -> None:
    assert _one(finder, "أسقطت مروحية سورية", "سورية").how == "demonym"
    assert _one(finder, "دخلوا إلى سورية", "سورية").how == "country"


# -- people introduced by a title ------------------------------------------------------------------------
def test_a_verbal_noun_after_a_name_ends_it(finder: ActorFinder) -> None:
    # «مشاركة» is a stop word (actor50; 1870): the name is «فيصل بن فرحان», not «… بمشاركة»
    text = "رحّب وزير الخارجية السعودي الأمير فيصل بن فرحان بمشاركة سوريا"
    people = [m for m in _find(finder, text) if m.how == "title+name"]
    assert [m.surface for m in people] == ["فيصل بن فرحان"], people


@pytest.mark.parametrize(("text", "name", "actor", "role", "country", "title"), [
    ("قال وزير الخارجية البريطاني بوريس جونسون إن", "بوريس جونسون", None, "Minister of Foreign Affairs", "gb",
     "وزير الخارجية البريطاني"),
    ("أعلن المتحدث باسم البنتاغون جون كيربي مقتل جنديين", "جون كيربي", None, "Spokesperson", "us",
     "المتحدث باسم البنتاغون"),
    ("التقى وزير الخارجية الروسي “سيرغي لافروف” في جنيف", "سيرغي لافروف", "lavrov", None, None,
     "وزير الخارجية الروسي"),
    ("وقال المبعوث الأممي إلى سوريا غير بيدرسن إن", "غير بيدرسن", "pedersen", None, None,
     "المبعوث الأممي إلى سوريا"),
    ("نائب وزير الدفاع الروسي أناتولي أنتونوف", "أناتولي أنتونوف", "antonov", None, None,
     "نائب وزير الدفاع الروسي"),
    ("رئيس الوزراء العراقي محمد شياع السوداني", "محمد شياع السوداني", None, "Prime Minister", "iq",
     "رئيس الوزراء العراقي"),
    ("وزير الخارجية السعودي الأمير فيصل بن فرحان قال", "فيصل بن فرحان", None, "Minister of Foreign Affairs",
     "sa", "وزير الخارجية السعودي الأمير"),
    ("مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن", "رامي عبد الرحمن", "rami-abdulrahman", None, None,
     "مدير المرصد السوري لحقوق الإنسان"),
    ("وزير الدفاع السوري العماد داوود راجحة ونائبه", "داوود راجحة", None, "Minister of Defence", "sy",
     "وزير الدفاع السوري العماد"),
    ("قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني", "ناصر كنعاني", None, "Spokesperson", "ir",
     "المتحدث باسم الخارجية الإيرانية"),
    ("قائد قوات سوريا الديمقراطية مظلوم عبدي", "مظلوم عبدي", "mazloum-abdi", None, None,
     "قائد قوات سوريا الديمقراطية"),
    ("قال وزير الخارجية التركي مولود جاويش أوغلو", "مولود جاويش أوغلو", "cavusoglu", None, None,
     "وزير الخارجية التركي"),
    ("وأكد نظيره الأمريكي جون كيري", "جون كيري", "kerry", None, None, "نظيره الأمريكي"),
    ("قال الجنرال النرويجي روبرت مود", "روبرت مود", None, "General", "no", "الجنرال النرويجي"),
    ("أعلن الرئيس السوري أحمد الشرع", "أحمد الشرع", "sharaa", None, None, "الرئيس السوري"),
    ("وقال سفير روسيا لدى واشنطن أناتولي أنتونوف", "أناتولي أنتونوف", "antonov", None, None,
     "سفير روسيا لدى واشنطن"),
    ("المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل جوناثان كونريكوس", "جوناثان كونريكوس", None,
     "Spokesperson", "il", "المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل"),
    ("وصل شيخ العقل حكمت الهجري إلى بلدة المزرعة", "حكمت الهجري", None,
     "Sheikh al-Aql (Druze spiritual leader)", "", "شيخ العقل"),
    # a compound given name («نور الدين») and a family name with ال that ends the phrase
    ("وقال المتحدث باسم الوزارة نور الدين البابا، في بيان، إن", "نور الدين البابا", None, "Spokesperson", "",
     "المتحدث باسم الوزارة"),
    # the complement of a title may begin with a body's head («وزارة الداخلية»)
    ("وقال المتحدث باسم وزارة الداخلية نور الدين البابا إن", "نور الدين البابا", None, "Spokesperson", "",
     "المتحدث باسم وزارة الداخلية"),
    # a definite word a demonym qualifies is the name's object, not its family name («الضربات الأمريكية»)
    ("وصف المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني الضربات الأمريكية بأنها عدوان", "ناصر كنعاني",
     None, "Spokesperson", "ir", "المتحدث باسم وزارة الخارجية الإيرانية"),
    # a known body after a clitic ends the name («لرويترز»: to Reuters)
    ("وقال العميد المنشق فايز عمرو لرويترز عبر الهاتف إن", "فايز عمرو", None, "Brigadier General", "",
     "العميد المنشق"),
    # «في» and a body no actor names, then the name
    ("عن مدير الاتصالات في الرئاسة فخر الدين ألتون قوله", "فخر الدين ألتون", None, "Director", "",
     "مدير الاتصالات في الرئاسة"),
    # a complement's definite words joined by و, and «في» + an indefinite noun in construct with a state
    ("وكان رئيس لجنة الدفاع والأمن في مجلس الاتحاد الروسي فيكتور أوزيروف قد أكد", "فيكتور أوزيروف", None,
     "Head", "ru", "رئيس لجنة الدفاع والأمن في مجلس الاتحاد الروسي"),
    # the name before a comma and the title after it, the subject of the verb before the name
    ("وتوقع أندريه كراسوف، النائب الأول لرئيس لجنة الدفاع في مجلس الدوما، في تصريح", "أندريه كراسوف", None,
     "Member of parliament", "", "النائب"),
    # … after a speech verb with its conjunction, and a family name with ال (actors19)
    ("وأوضح خالد الحمصي، المتحدث باسم لواء شهداء الإسلام، أن المقاتلين انسحبوا", "خالد الحمصي", None,
     "Spokesperson", "", "المتحدث باسم"),
    ("وقال سامر العبيد، الناطق الرسمي باسم الفيلق، إن الهجوم صُد", "سامر العبيد", None, "Spokesperson", "",
     "الناطق الرسمي باسم"),
    # «باسم» with a pronoun: the spokesman of the one told before, then his name (actors20)
    ("وقال المتحدث باسمها سامي الخطيب إن الهجوم صُد", "سامي الخطيب", None, "Spokesperson", "",
     "المتحدث باسمها"),
])
def test_title_and_name(finder: ActorFinder, text: str, name: str, actor: str | None, role: str | None,
                        country: str | None, title: str) -> None:
    m = _one(finder, text, name)
    assert m.how == "title+name"
    assert m.title is not None and text[m.title[0]:m.title[1]] == title
    if actor is not None:
        assert m.actor.id == actor
    else:
        assert m.actor.id == person_id(name)
        assert (m.actor.role, m.actor.country) == (role, country)
        assert m.actor.names_ar[0] == name
    # the title's words are not mentions of their own: the person carries them
    assert not [x for x in finder.find(text) if x.start < m.start and x.end > m.title[0]]


def test_the_affiliation_is_the_body_or_state_of_the_title(finder: ActorFinder) -> None:
    m = _one(finder, "المتحدث باسم البنتاغون جون كيربي", "جون كيربي")
    assert m.affiliation is not None and m.affiliation.id == "us-dod"
    m = _one(finder, "وزير الخارجية البريطاني بوريس جونسون", "بوريس جونسون")
    assert m.affiliation is not None and m.affiliation.id == "uk"


@pytest.mark.parametrize("text", [
    "وزير الخارجية في حكومة النظام", "قال الرئيس السابق إن", "قائد العمليات في المنطقة", "قائد العمليات",
    "أعلن المتحدث باسم الوزارة أن", "التقى السفير وعائلته بخير", "وقال مسؤول روسي إن",
    "الرئيس التركي نظيره الروسي",
    "قائد اللواء الثامن والأمن العسكري", "المتحدث العسكري 16تموز", "قال وزير الخارجية لهذه الأسباب",
    "رئيس حلب", "بمشاركة فرقتي الحمزة والسلطان سليمان شاه", "قال الرئيس في حلب",
    # the clause's verb right after a title is no name
    "إن قائد قوة المهام المشتركة استخدم الخط الساخن", "أن قائد الفصيل انسحب من البلدة",
    # before a comma and a title, two words that are no name: the title's own clause
    "وفي وقت سابق، قال وزير الخارجية إن", "قتل مدنيان اثنان، الرئيس", "عن قوات النظام، قائد الفرقة",
    "وقال الجيش الروسي، المتحدث باسم", "وفي الوقت نفسه، قال المتحدث باسم الوزارة إن",
    # «باسمه», «باسمها»: in his / its name, never a person's name; nor a verb after a title (actors20)
    "وأكدت الهيئة على لسان المتحدث باسمها أن الطريق مغلق", "وقال الناطق باسمه إن الاجتماع أجل",
    "وأكد أن المبعوث تسلم رسالة من الحكومة",
])
def test_no_false_persons(finder: ActorFinder, text: str) -> None:
    found = _find(finder, text)
    assert [m.surface for m in found if m.how == "title+name" or m.actor.id.startswith("person:")] == []


def test_an_unknown_name_ending_with_a_known_person_is_that_person(finder: ActorFinder) -> None:
    m = _one(finder, "وزير الخارجية الروسي سيرجيه لافروف", "سيرجيه لافروف")
    assert (m.actor.id, m.how) == ("lavrov", "title+name")


# -- later mentions -------------------------------------------------------------------------------------
def test_bare_mentions_link_to_the_person_introduced(finder: ActorFinder) -> None:
    text = ("قال وزير الخارجية البريطاني بوريس جونسون إن لندن لن تقبل. وأضاف جونسون أن بلاده، "
            "كما قال بوريس جونسون لاحقا، ولجونسون موقف آخر.")
    johnson = [m for m in _find(finder, text) if m.actor.id == person_id("بوريس جونسون")]
    assert [(m.surface, m.how) for m in johnson] == [
        ("بوريس جونسون", "title+name"), ("جونسون", "bare-name"), ("بوريس جونسون", "bare-name"),
        ("جونسون", "bare-name")]
    assert len({id(m.actor) for m in johnson}) == 1  # one actor for the whole article


def test_a_name_before_its_introduction_is_not_linked(finder: ActorFinder) -> None:
    text = "قال جونسون. ثم قال وزير الخارجية البريطاني بوريس جونسون"
    assert [m.how for m in _find(finder, text)] == ["title+name"]


def test_known_people_are_found_bare_anywhere(finder: ActorFinder) -> None:
    text = "وأضاف بيدرسن أن اللجنة ستجتمع، وقال الشرع إن"
    assert [(m.surface, m.actor.id, m.how) for m in _find(finder, text)] == [
        ("بيدرسن", "pedersen", "name"), ("الشرع", "sharaa", "name")]


@pytest.mark.parametrize("text", [
    "بدأ وزير الخارجية السوري فيصل المقداد زيارة إلى الجزائر. وأكد المقداد أن البلدين تربطهما علاقات قوية",
    "التقى فيصل المقداد نظيره. وقال المقداد إن",
    "وصل فيصل المقداد إلى بغداد. وكان المقداد قد أعلن أمس أن",
])
def test_a_known_person_s_family_name_names_him_as_a_speaker(finder: ActorFinder, text: str) -> None:
    # known_surname (nothing35): «المقداد» after «فيصل المقداد», the subject of a speech verb
    assert [(m.surface, m.actor.id) for m in _find(finder, text) if m.how == "bare-name"] == [
        ("المقداد", "mekdad")]


@pytest.mark.parametrize("text", [
    "وقال المقداد إن البلدين. ثم وصل فيصل المقداد إلى الجزائر",  # before he is named in full
    "وصل فيصل المقداد إلى الجزائر، ومن المقرر أن يلتقي المقداد نظيره",  # not a speaker: a meeting's
    "وصل فيصل المقداد إلى الجزائر، وكان في استقبال المقداد وزير الخارجية",
])
def test_a_known_person_s_family_name_elsewhere_is_not_read(finder: ActorFinder, text: str) -> None:
    # as a meeting's partner the family name would join two meetings of one day through him (merge)
    assert [m.surface for m in _find(finder, text) if m.how == "bare-name"] == []


def test_the_last_name_of_two_people_is_linked_to_neither(finder: ActorFinder) -> None:
    text = ("قال وزير الخارجية البريطاني بوريس جونسون وقال وزير الدفاع الأمريكي مارك جونسون "
            "ثم قال جونسون")
    assert [m.surface for m in _find(finder, text) if m.how == "bare-name"] == []


# -- offsets into the original text -----------------------------------------------------------------------
def test_offsets_point_into_the_original_text(finder: ActorFinder) -> None:
    text = "في 16تموز، قال وزيـــر الخارجيّة البريطانيُّ بوريس جونسونَ إن القـ.ـوات التركـيّة والمرصـد السوري"
    found = _find(finder, text)
    # a diacritic at the edge of a span stays outside it (OffsetMap.span_to_original)
    assert [(m.surface, m.how) for m in found] == [
        ("بوريس جونسون", "title+name"), ("القـ.ـوات التركـيّة", "name"), ("المرصـد السوري", "name")]
    person = found[0]
    assert person.title is not None and text[person.title[0]:person.title[1]] == "وزيـــر الخارجيّة البريطاني"


def test_same_name_same_id_whatever_the_spelling() -> None:
    assert person_id("غير بيدرسن") == person_id("غَير بيدرسِن") == person_id("غيـر  بيدرسن")
    assert person_id("أسامة") == person_id("اسامه")
    assert person_id("بوريس جونسون") != person_id("بوريس جونسن")
    assert re.fullmatch(r"person:[a-z0-9-]+-[0-9a-f]{4}", person_id("بوريس جونسون"))
    assert transliterate(fold("بوريس جونسون")) == "buris-junsun"


# -- the data -------------------------------------------------------------------------------------------
SYRIA_NEWS = {
    "sy": ("سوريا", "السوري"), "tr": ("تركيا", "الأتراك"), "ru": ("روسيا", "الروس"),
    "us": ("أمريكا", "الأمريكيين"),
    "ir": ("إيران", "الإيرانية"), "il": ("إسرائيل", "الإسرائيلي"), "lb": ("لبنان", "اللبنانيين"),
    "jo": ("الأردن", "الأردنية"), "iq": ("العراق", "العراقيين"), "sa": ("السعودية", "السعودي"),
    "qa": ("قطر", "القطرية"), "ae": ("الإمارات", "الإماراتي"), "kw": ("الكويت", "الكويتية"),
    "bh": ("البحرين", "البحريني"), "om": ("سلطنة عمان", "العماني"), "ye": ("اليمن", "اليمني"),
    "eg": ("مصر", "المصرية"), "ly": ("ليبيا", "الليبي"), "dz": ("الجزائر", "الجزائري"),
    "ma": ("المغرب", "المغربي"),
    "tn": ("تونس", "التونسي"), "sd": ("السودان", "السوداني"), "ps": ("فلسطين", "الفلسطينيين"),
    "gb": ("بريطانيا", "البريطانية"), "fr": ("فرنسا", "الفرنسي"), "de": ("ألمانيا", "الألمانية"),
    "it": ("إيطاليا", "الإيطالي"), "es": ("إسبانيا", "الإسبانية"), "nl": ("هولندا", "الهولندي"),
    "be": ("بلجيكا", "البلجيكية"), "ch": ("سويسرا", "السويسري"), "at": ("النمسا", "النمساوية"),
    "se": ("السويد", "السويدي"), "no": ("النرويج", "النرويجية"), "dk": ("الدنمارك", "الدنماركي"),
    "gr": ("اليونان", "اليونانية"), "cy": ("قبرص", "القبرصي"), "ua": ("أوكرانيا", "الأوكراني"),
    "cn": ("الصين", "الصيني"), "jp": ("اليابان", "اليابانية"), "in": ("الهند", "الهنود"),
    "pk": ("باكستان", "الباكستاني"), "af": ("أفغانستان", "الأفغاني"), "az": ("أذربيجان", "الأذربيجاني"),
    "ge": ("جورجيا", "الجورجية"), "kz": ("كازاخستان", "الكازاخستاني"), "ca": ("كندا", "الكندي"),
    "au": ("أستراليا", "الأسترالية"), "by": ("بيلاروسيا", "البيلاروسي"), "am": ("أرمينيا", "الأرميني"),
}


def test_the_generated_data_covers_the_countries_of_syria_news() -> None:
    data = countries()
    assert len(data) >= 249
    for code, (name, demonym) in SYRIA_NEWS.items():
        c = data[code]
        assert fold(name) in {fold(n) for n in c.names_ar}, (code, c.names_ar)
        forms = {fold(d) for d in c.demonyms_ar}
        assert fold(demonym) in forms, (code, demonym)
    ids = [c.id for c in data.values()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


def test_no_form_names_two_countries_and_the_ambiguous_ones_are_left_out() -> None:
    owner: dict[str, str] = {}
    for c in countries().values():
        for form in (*c.names_ar, *c.capitals_ar, *c.demonyms_ar):
            assert owner.setdefault(fold(form), c.code) == c.code, form
    for word in ("عمان", "مالي", "بنين", "المالديف", "مجري", "روماني", "المقعد المقدس", "الأراضي الفلسطينية"):
        assert fold(word) not in {fold(f) for c in countries().values() if c.code != "mv"
                                  for f in (*c.names_ar, *c.demonyms_ar)}, word


def test_the_file_credits_its_sources() -> None:
    header = (KB / "countries.toml").read_text(encoding="utf-8").split("\n\n")[0]
    assert "pycountry" in header and "iso-codes" in header and "LGPL" in header
    assert "CLDR" in header and "Babel" in header and "Unicode" in header


@pytest.mark.parametrize(("name", "stem"), [
    ("روسيا", "روسي"), ("سوريا", "سوري"), ("السعودية", "سعودي"), ("مالطة", "مالطي"), ("فرنسا", "فرنسي"),
    ("مصر", "مصري"), ("إيران", "إيراني"), ("العراق", "عراقي"), ("الأردن", "أردني"), ("الإمارات", "إماراتي"),
    ("مالي", None), ("بيرو", None), ("الولايات المتحدة", None),
])
def test_the_demonym_rule(name: str, stem: str | None) -> None:
    assert generator.demonym_stem(name) == stem


def test_demonym_forms() -> None:
    assert generator.demonym_forms(["روسي"], ["روس"], sound_plural=False) == [
        "روسي", "روسية", "الروسي", "الروسية", "روس", "الروس"]
    assert generator.demonym_forms(["لبناني"])[4:] == ["لبنانيون", "لبنانيين", "اللبنانيون", "اللبنانيين"]


def test_the_generator_builds_tables_from_its_sources_and_keeps_ids() -> None:
    rows = [("SY", ["الجمهوريّة العربيّة السّوريّة", "Syria"]), ("IR", ["إيران، الجمهوريّة الإسلاميّة الإيرانيّة"]),
            ("MM", ["ميانمار"]), ("BA", ["البوسنة و الهرسك"])]
    cldr_ar = {"SY": "سوريا", "IR": "إيران", "MM": "ميانمار (بورما)", "BA": "البوسنة والهرسك"}
    cldr_en = {"SY": "Syria", "IR": "Iran", "MM": "Myanmar (Burma)", "BA": "Bosnia & Herzegovina"}
    extras = {"sy": {"names": ["سورية"], "capitals": ["دمشق"]}, "mm": {"names": ["بورما"]}}
    tables = generator.build(rows, cldr_ar, cldr_en, extras, {"ir": "iran-kept"})
    assert tables["sy"]["names_ar"] == ["سورية", "الجمهورية العربية السورية", "سوريا"]
    assert tables["sy"]["id"] == "syria" and tables["sy"]["capitals_ar"] == ["دمشق"]
    assert "سوري" in tables["sy"]["demonyms_ar"] and "السوريين" in tables["sy"]["demonyms_ar"]
    assert tables["ir"]["names_ar"] == ["الجمهورية الإسلامية الإيرانية", "إيران"]
    assert tables["ir"]["id"] == "iran-kept"
    assert tables["mm"]["names_ar"] == ["بورما", "ميانمار"] and tables["mm"]["id"] == "myanmar-burma"
    assert tables["ba"]["names_ar"] == ["البوسنة والهرسك"]
    text = generator.render(tables, {"pycountry": "0", "babel": "0"})
    assert tomllib.loads(text)["sy"]["names_ar"] == tables["sy"]["names_ar"]


def test_the_bundled_file_is_what_the_generator_makes() -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("babel")
    assert generator.generate() == (KB / "countries.toml").read_text(encoding="utf-8")


def test_the_knowledge_base_spellings_belong_to_one_actor_and_roles_are_known() -> None:
    owner: dict[str, str] = {}
    # a body may share the words of the one it succeeded (words.toml successors: dated by in_its_period)
    heirs = {("syria-security-forces", "sy-general-security")}
    for a in st.load_knowledge().actors.values():
        assert a.role, a.id
        for name in a.names_ar:
            first = owner.setdefault(fold(" ".join(name.split())), a.id)
            assert first == a.id or (first, a.id) in heirs, (name, a.id)
        if not is_person(a):
            assert a.role in BODY_ROLES
    assert {"state", "ministry", "military coalition", "political body", "armed group"} <= GENERIC_BODY_ROLES
    assert "office" in BODY_ROLES - GENERIC_BODY_ROLES


def test_titles_and_words_load() -> None:
    titles = tomllib.loads((KB / "titles.toml").read_text(encoding="utf-8"))["title"]
    kinds = ("office", "rank", "prefix")
    assert all(t["ar"] and "role" in t and t.get("kind", "office") in kinds for t in titles)
    words = tomllib.loads((KB / "words.toml").read_text(encoding="utf-8"))
    assert {"stop", "particles", "suffixes", "family_names", "non_actor_heads", "blockers"} <= set(words)


def test_import_stays_light() -> None:
    code = ("import sys, syrtimeline; "
            "print('syrtimeline.events.actors' in sys.modules, 'tomllib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "False"


# -- properties -----------------------------------------------------------------------------------------
_VOCAB = ["وزير الخارجية", "الروسي", "سيرغي لافروف", "بوريس", "جونسون", "المتحدث باسم", "البنتاغون", "قال",
          "إن", "و", "في", "16تموز", "،", ".", "“", "”", "ـ", "\u064e", "\u0651", "ال", "لل", "قسد", "الأسد",
          "تركيا", "التركية", "الأراضي", "السورية", "أبو", "عبد", "بن", "المرصد", "الرئيس", "نظيره", "\n",
          "-"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hs.one_of(hs.lists(hs.sampled_from(_VOCAB), max_size=40).map(" ".join),
                 hs.lists(hs.sampled_from(_VOCAB), max_size=40).map("".join),
                 hs.text(max_size=200)))
def test_find_never_raises_and_its_spans_are_ordered_and_point_into_the_text(text: str) -> None:
    f = _finder()
    found = f.find(text)
    last = 0
    for m in found:
        assert last <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        for span in (m.title, m.head):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)
        last = m.end
    assert f.find(text) == found  # deterministic


_FINDER: list[ActorFinder] = []


def _finder() -> ActorFinder:
    if not _FINDER:
        _FINDER.append(ActorFinder(st.load_knowledge().actors))
    return _FINDER[0]


# -- short names of bodies named before ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("سيطرت هيئة تحرير الشام على عفرين. وكانت الهيئة قد سيطرت أمس على جنديرس.",
     [("هيئة تحرير الشام", "hts", "name"), ("الهيئة", "hts", "short-name")]),
    ("بدأ تنظيم الدولة الإسلامية هجوماً. وكان التنظيم قد تقدم نحو تدمر.",
     [("تنظيم الدولة الإسلامية", "isis", "name"), ("التنظيم", "isis", "short-name")]),
    # the last-named of the short name's actors
    ("قال المرصد السوري لحقوق الإنسان إن قسد ومجلس دير الزور العسكري اشتبكا. وهاجم عناصر المجلس مقرات.",
     [("المرصد السوري لحقوق الإنسان", "sohr", "name"), ("قسد", "sdf", "name"),
      ("مجلس دير الزور العسكري", "deir-ez-zor-military-council", "name"),
      ("المجلس", "deir-ez-zor-military-council", "short-name")]),
    # actors33: a state's body told by its head and a demonym, named again by the head alone
    ("قتل الجيش الأردني مهربين على الحدود. وقال الجيش في بيان إن المجموعة حاولت العبور.",
     [("الأردني", "jordan", "demonym"), ("الجيش", "jordan", "short-name")]),
    # actors35: the civil aviation authority the base lacked, named again as «الهيئة»
    ("أعلنت الهيئة العامة للطيران المدني السوري تعليق الرحلات. وكانت الهيئة قد أوقفت الرحلات من مطار حلب.",
     [("الهيئة العامة للطيران المدني السوري", "sy-civil-aviation", "name"),
      ("الهيئة", "sy-civil-aviation", "short-name")]),
    # nothing37: a front named again as «الجبهة» (the merger of 2018 the base lacked)
    ("أعلنت الحركتان اندماجهما باسم جبهة تحرير سوريا. وقالت الجبهة في بيان إنها درع للشعب.",
     [("جبهة تحرير سوريا", "syria-liberation-front", "name"),
      ("الجبهة", "syria-liberation-front", "short-name")]),
    # nothing37 (short_name_of_the_affiliation): the body a person was introduced by («زعيم تنظيم داعش»),
    # named again by its short name
    ("أعلن بايدن مقتل زعيم تنظيم داعش أبي إبراهيم القرشي. وكان التنظيم قد أعلن تعيينه في 2019.",
     [("بايدن", "biden", "name"), ("أبي إبراهيم القرشي", "person:abi-abrahim-alqrshi-1b38", "title+name"),
      ("التنظيم", "isis", "short-name")]),
    # nothing37: the tribal council of 2025, named again as «المجلس»
    ("أعلن مجلس القبائل والعشائر السورية سحب مقاتليه. وكان المجلس قد أعلن النفير العام.",
     [("مجلس القبائل والعشائر السورية", "syrian-tribes-council", "name"),
      ("المجلس", "syrian-tribes-council", "short-name")]),
])
def test_a_body_named_before_may_be_called_by_its_short_name(finder: ActorFinder, text: str,
                                                             expected: list[tuple[str, str, str]]) -> None:
    assert [(m.surface, m.actor.id, m.how) for m in _find(finder, text)] == expected


@pytest.mark.parametrize("text", [
    "وكانت الهيئة قد سيطرت أمس على جنديرس.",  # named before nowhere: nobody
    "سيطرت هيئة تحرير الشام على عفرين. واجتمعت الهيئة العامة للأمم المتحدة.",  # another body's name
])
def test_a_short_name_with_nothing_named_before_names_nobody(finder: ActorFinder, text: str) -> None:
    assert [m for m in _find(finder, text) if m.how == "short-name"] == []


# -- the thirty-fifth round: a group's members, units or command as the doer (members55) --------------

@pytest.mark.parametrize(("text", "expected"), [
    # the Lebanese army is a body of the base, as the Turkish and the Israeli armies are: «الجيش» after it
    # is that army, no longer the state of its demonym (1687 #3, 1840 #3, 372 #4)
    ("انتشر الجيش اللبناني على الحدود الشمالية. وقال الجيش في بيان إن وحداته ردت على مصادر النيران.",
     [("الجيش اللبناني", "lebanese-army", "name"), ("الجيش", "lebanese-army", "short-name")]),
])
def test_members55_an_army_named_by_its_head(finder: ActorFinder, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert [(m.surface, m.actor.id, m.how) for m in _find(finder, text)] == expected


@pytest.mark.parametrize("text", [
    "أعلنت قيادة الأمن الداخلي في محافظة اللاذقية القبض على خلية",
    "وأفادت الوكالة بأن وحدات الأمن الداخلي في المحافظة أمنت التجمعات",
    "لاحقت القوى الأمنية في محافظة اللاذقية مجموعة مسلحة",
])
def test_the_internal_security_of_2025_is_general_security(finder: ActorFinder, text: str) -> None:
    # actors33: the names of General Security since the Interior Ministry took it in
    assert "sy-general-security" in {m.actor.id for m in _find(finder, text)}
