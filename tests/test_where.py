"""Where events happened: the place that governs each event's clause (syrtimeline.events.where)."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.dates.normalize import fold
from syrtimeline.events import EventKind, Where
from syrtimeline.events.where import (
    _fold_of,
    _said_from,
    _said_from_plain,
    _words_before,
    _words_before_plain,
    compatible,
    governorate_named,
    inside,
    merged_where,
    places_named,
    written_place_id,
)
from syrtimeline.places import extract_places, gazetteer

DAY = dt.date(2020, 2, 20)


def _places(text: str) -> dict[str, str | None]:
    """kind → the Arabic words of its place (None: unplaced), for each event the text reports."""
    article = st.Article.build("t", text, published=DAY)
    out: dict[str, str | None] = {}
    for e in st.Timeline.from_articles([article], knowledge=False):
        for r in e.records or (e,):
            out[r.kind.value] = r.where.location_ar if r.where else None
    return out


def _entries(text: str) -> dict[str, tuple[str, str] | None]:
    """kind → the words of its place as written and its gazetteer entry, for each event the text reports."""
    article = st.Article.build("t", text, published=DAY)
    out: dict[str, tuple[str, str] | None] = {}
    for e in st.Timeline.from_articles([article], knowledge=False):
        for r in e.records or (e,):
            out[r.kind.value] = (r.where.location_ar, r.where.place_id) if r.where else None
    return out


@pytest.mark.parametrize(("text", "kind", "place"), [
    # (a row whose place is a pair is placed by an anaphor: its own words as written, «المدينة», and the
    # gazetteer entry of its referent, the city named before)
    # a frame ties the place to the trigger; the nearest after it wins, a locator joins the phrase
    ("قصفت الطائرات الروسية أمس بلدة الترنبة في ريف إدلب الجنوبي.", "strike", "بلدة الترنبة"),
    ("سيطرت الفصائل أمس على مطار منغ العسكري في ريف حلب الشمالي.", "capture", "مطار منغ العسكري"),
    ("استهدف تفجير أمس دورية مشتركة على طريق حلب-اللاذقية قرب مدينة أريحا.", "attack", "قرب مدينة أريحا"),
    # arrive40: where forces arrived after «إلى», a neighbour too (arrived_at), not a place told after «بعد»
    # that the country seems to frame (after_ends_the_frame)
    ("وأرسلت روسيا أرتالاً عسكرية وصلت إلى تركيا أمس بعد تجميعها من حلب.", "deployment", "تركيا"),
    ("وذكر المرصد أن القوات التركية دخلت إلى لبنان أمس بعد انسحابها من حلب.", "deployment", "لبنان"),
    # a statement is placed where it was said, never by what it says
    ("وقال لافروف أمس في مؤتمر صحفي في موسكو إن الطائرات قصفت إدلب.", "statement", "موسكو"),
    ("وقال المرصد السوري أمس إن الطائرات قصفت بلدة الترنبة.", "statement", None),
    # fronted: a city where a speech told as issued was made («في بيان»), not the region the report is
    # about, nor a correspondent's «meanwhile in Moscow» (121-150: «وفي موسكو، أعلنت وزارة الدفاع»)
    ("وفي موسكو، قال لافروف أمس في بيان إن الطائرات قصفت إدلب.", "statement", "موسكو"),
    # places39: a visit's destination that needs a frame is where the visitor spoke; what he says is not
    # placed there (_scene_of_speech; 1232's «وقال … شويغو، خلال زيارته أرمينيا، إن حرس الحدود … انتشروا»)
    ("وقال وزير الدفاع الروسي، خلال زيارته أرمينيا أمس، إن القوات الروسية انتشرت في تلك المناطق.",
     "statement", "أرمينيا"),
    ("وقال وزير الدفاع الروسي، خلال زيارته أرمينيا أمس، إن القوات الروسية انتشرت في تلك المناطق.",
     "deployment", None),
    ("وقال وزير الدفاع الروسي، خلال زيارته أرمينيا أمس، إن القوات الروسية انتشرت في مدينة القامشلي.",
     "deployment", "مدينة القامشلي"),
    # talks are about what follows «حول» up to a comma: a topic, not where they are held (206); the scene
    # after the comma is theirs (145's «محادثات أستانا حول سوريا، التي استضافتها العاصمة الكازاخستانية»)
    ("وجرت محادثات أمس حول بقاء القوات الروسية في ميناء طرطوس.", "meeting", None),
    ("وعقد اجتماع أمس حول الوضع في إدلب، استضافته مدينة أنقرة.", "meeting", "مدينة أنقرة"),
    # meet45: what is discussed after the partner of «بحث / ناقش» (discussed_topic) and a place right after a
    # topic noun (topic_phrase: 1074, 1239) are the topic of the talks; the city they were held in is theirs
    ("وفي السياق، بحث وزير الدفاع التركي أمس مع نظيره الروسي التنسيق بين البلدين في محافظة إدلب.", "meeting",
     None),
    ("قال لافروف إن ملف إدلب السورية سيكون من أبرز المسائل التي بحثها بوتين أمس مع نظيره التركي خلال"
     " لقائهما.", "meeting", None),
    ("بحث الرئيس الروسي أمس في موسكو مع نظيره التركي التطورات في إدلب.", "meeting", "موسكو"),
    ("التقى الرئيس الروسي أمس نظيره التركي في أنقرة وناقشا الأوضاع في إدلب.", "meeting", "أنقرة"),
    ("وعقد اجتماع آخر في دمشق أمس.", "meeting", "دمشق"),
    # meet45 (told_as_since): what another is counted from («منذ انطلاق عملية …») is placed by its own words
    # to the next comma (104: not at the outskirts the forces reached after it), or where its pronoun points
    # back to (138)
    ('وكانت القوات التركية قد سيطرت على ريف عفرين منذ انطلاق عملية "غصن الزيتون" في 20 كانون الثاني'
     ' الماضي، ووصلت أمس إلى مشارف مدينة عفرين.', "attack", None),
    ("ويسيطر المجلس العسكري على مدينة منبج منذ انسحاب وحدات حماية الشعب منها صيف العام 2018.", "withdrawal",
     "مدينة منبج"),
    ("وفي موسكو، أعلنت وزارة الدفاع الروسية أمس أن الطائرات قصفت إدلب.", "statement", None),
    # (a fronted city that runs straight into the speech verb is where it was said)
    ("وفي جنيف أعلن عنان أمس أنه تلقى تعهداً مكتوباً من الحكومة.", "statement", "جنيف"),
    ("وفي واشنطن، قال مسؤول أميركي أمس لوكالة رويترز إن روسيا بدأت شن ضربات جوية.", "statement", None),
    ("وفي ريف دمشق، ذكرت اللجان أمس أن الطيران قصف البلدة.", "statement", None),
    # the capital of the state a speaker is named after is its seat, no scene (222's «أعلن مجلس الأمن القومي
    # التركي، عقب اجتماع عقده اليوم الأربعاء في أنقرة»); the meeting is held there, and a speaker abroad or
    # away from its capital is placed (028's «وقال بوتين، بعد محادثات أجراها في سوتشي»)
    ("أعلن مجلس الأمن القومي التركي، عقب اجتماع عقده أمس في أنقرة، أن العملية تكللت بالنجاح.", "statement",
     None),
    ("أعلن مجلس الأمن القومي التركي، عقب اجتماع عقده أمس في أنقرة، أن العملية تكللت بالنجاح.", "meeting",
     "أنقرة"),
    ("وقالت وزارة الخارجية الروسية أمس في بيان في موسكو إن الطائرات قصفت إدلب.", "statement", None),
    ("وقال وزير الخارجية الروسي أمس في مؤتمر صحفي في أنقرة إن الطائرات قصفت إدلب.", "statement", "أنقرة"),
    ("وقال الرئيس الروسي بوتين، بعد محادثات أجراها أمس في سوتشي مع نظيره التركي، إن الجانبين اتفقا.",
     "statement", "سوتشي"),
    # a scene in what is said is another event's («التوصل إليه في أستانا»)
    ("وأعلن الجيش التركي أمس أن قواته عبرت الحدود تطبيقاً للاتفاق الذي جرى التوصل إليه في أستانا.",
     "statement", None),
    # a day told with the place after the trigger sets the scene («اليوم الخميس في موسكو»), not a day and
    # place of a relative clause («التي تنطلق اليوم الاثنين في جنيف»); a scene after «بعد محادثات» is farther
    ("تبنى بوتين وأردوغان، اليوم الخميس في موسكو، وثيقة مشتركة بعد محادثات بينهما في الكرملين.", "agreement",
     "موسكو"),
    ("كشف المبعوث الأممي ليل الأحد عن جدول أعمال الجولة التي تنطلق اليوم الاثنين في جنيف.", "statement",
     None),
    ('وقال شويغو أمس في مقابلة: "لن أخفي أنه اليوم في سوريا لدينا اتصالات وثيقة".', "interview", None),
    # an agreement where it was made, not where it applies
    # (accords30: a truce agreed on is the truce made, truce_agreed: the agreement here is on a corridor)
    ("اتفقت روسيا وتركيا أمس في موسكو على فتح ممر إنساني في إدلب.", "agreement", "موسكو"),
    # a place a title holds, or a topic, is not where
    ("التقى السفير الإيراني في سوريا أمس وزير الخارجية.", "meeting", None),
    ("اجتمع الوزيران أمس لبحث الأزمة في سوريا.", "meeting", None),
    ("اجتمع الوزيران أمس وخرجا بقرارات تخص محافظة إدلب.", "meeting", None),  # what concerns a place
    # another happening opened after the trigger keeps its places (241-270's false places): a pluperfect
    # tells what happened before (``_EARLIER``), a comma and «إثر / بعد / عقب» what came before, a comma and
    # «وسط» what the event happened amid (not «، وسط مدينة منبج», the middle of a place)
    ("أسقطت الدفاعات الجوية السورية أمس مقاتلة إسرائيلية كانت قد قصفت أهدافاً عسكرية داخل سوريا.",
     "incident", None),
    ("أعلن حلف شمال الأطلسي عقد اجتماع طارئ أمس بطلب من تركيا، إثر مقتل 33 جندياً تركياً في قصف جوي على"
     " مواقعهم في محافظة إدلب.", "meeting", None),
    ("وتتواصل الاشتباكات أمس لليوم الثاني، وسط حشد القوات الحكومية مدرعات في محيط حي الأشرفية.", "clash",
     None),
    ("واندلعت اشتباكات عنيفة أمس، وسط مدينة منبج.", "clash", "مدينة منبج"),
    # «، وذلك غداة …» comments on the event before the comma: a place before it is that one's
    ("قصفت مروحيات روسية أمس مواقع للتنظيم في محيط مدينة تدمر وسط سوريا، وذلك غداة إعلان موسكو سحب القسم"
     " الأكبر من قواتها.", "withdrawal", None),
    # where a drone took off from («انطلقت من سوريا») is no scene of its downing
    ("رصد الجيش الإسرائيلي أمس طائرة مسيرة فأسقطتها مروحية إسرائيلية، وقال الجيش إنها طائرة إيرانية انطلقت"
     " من سوريا.", "incident", None),
    # a facility that names the body running it («إدارة مطار دمشق») is the speaker's seat, not what stops;
    # one named as where the flights stop is
    ("وأعلنت إدارة مطار دمشق الدولي أمس تعليق الرحلات.", "suspension", None),
    ("وأعلنت إدارة المطار أمس تعليق الرحلات في مطار دمشق الدولي.", "suspension", "مطار دمشق الدولي"),
    # «حول» before a settlement noun written out puts what happens around the place (``AROUND_FRAMES``);
    # «حول سوريا» stays the topic
    ("وأوضح المتحدث أمس أن قوات الأمن تنتشر حول مدينة السويداء.", "deployment", "مدينة السويداء"),
    ("وبدأت أمس دوريات أمريكية تركية مشتركة حول مدينة منبج.", "patrol", "مدينة منبج"),
    ("اجتمع الوزيران أمس وتباحثا حول سوريا.", "meeting", None),
    # a definite place noun points back to the last place of its sort
    ("سيطرت قوات النظام أمس على مدينة القصير. وقالت مصادر إن المدينة تعرضت أمس لقصف عنيف.", "strike",
     ("المدينة", "gn:173322")),
    # a clause that names no place leaves its event unplaced
    ("قصفت الطائرات الروسية أمس مواقع المسلحين.", "strike", None),
    # one place phrase however many names it chains: a road by its name and number, the town by it
    ('استهدف تفجير أمس دورية مشتركة على طريق حلب-اللاذقية الدولي "إم 4" قرب مدينة أريحا.', "attack",
     "قرب مدينة أريحا"),
    # «X ولا سيما Y»: Y is a place in X
    ("شن الطيران الحربي أمس غارات عنيفة على بلدات الغوطة الشرقية ولا سيما المليحة.", "strike", "المليحة"),
    # whom a force answers to is not where it is
    ("انسحبت الفصائل الموالية لأنقرة أمس من مواقعها.", "withdrawal", None),
    # a scene given by a resort or a city noun, after a scene word
    ("اتفق الرؤساء الثلاثة، إثر قمة جمعتهم أمس في منتجع سوتشي، على عقد مؤتمر للحوار.", "agreement",
     "منتجع سوتشي"),
    # «الطريق», «المحافظة», «المنطقة» point back to the last road, governorate, region; «هناك», «فيها»
    # to a place of the sentence or the one before
    ('وأنشئ ممر آمن على جانبي الطريق الدولي "إم 4". وستنطلق دوريات مشتركة أمس على امتداد الطريق.',
     "patrol", ("الطريق", "road:m4")),
    ("بدأت عملية في محافظة إدلب. وقال البيان إن وحدات من الجيش دخلت أمس أراضي المحافظة.", "deployment",
     ("المحافظة", "gov:idlib")),
    ("هزم التنظيم في سوريا، فيما أعلن البيت الأبيض أمس البدء بسحب القوات من هناك.", "withdrawal",
     "سوريا"),
    ("اتفقا على منطقة عازلة في محافظة إدلب، على أن تسيّر قوات تركية وروسية أمس دوريات فيها.", "patrol",
     "محافظة إدلب"),
    ("وقال المرصد إن الطائرات قصفت أمس بلدة الترنبة. ثم وصلت أمس تعزيزات إلى هناك.", "deployment",
     "بلدة الترنبة"),
    ("قصفت الطائرات أمس بلدة الترنبة. وقال المرصد إن هناك اشتباكات عنيفة أمس بين الفصائل.", "clash", None),
    # a scene before the trigger in the same conjunct; the residents of a place protest there
    ("وكان الرئيسان قد أعلنا أمس، في مؤتمر صحفي بالعاصمة الروسية، التوصل إلى الاتفاق.", "agreement",
     "العاصمة الروسية"),
    ("يواصل أهالي محافظة السويداء، جنوبي سوريا، أمس احتجاجاتهم الشعبية.", "protest", "محافظة السويداء"),
    # what follows «وأن» is another report
    ('أعلن الجيش الإسرائيلي أمس أن مروحية من طراز "أباتشي" أسقطت طائرة إيرانية مسيرة اخترقت الأجواء بعد'
     ' إطلاقها من الأراضي السورية، وأن مقاتلة من طراز "إف-16" سقطت في ريف درعا بعدما أصابتها نيران'
     " المضادات الأرضية.", "incident", None),
    # «قبل أن» opens another report; a place before «تنفيذاً لـ» is where the agreement is carried out
    ("التقى قائدا الرتلين التركي والأمريكي أمس على الشريط الحدودي وتباحثا في خطة سير الدورية، قبل أن تتحرك"
     " القافلة المشتركة نحو مدينة تل أبيض.", "meeting", None),
    # (the truce names the agreement carried out, which happened at no place the clause tells; a ceasefire,
    # placed as the agreement that names it: truce_named)
    ("انتشرت قوات الأمن أمس داخل مدينة السويداء تنفيذاً لبنود اتفاق وقف إطلاق النار الذي رعته"
     " الولايات المتحدة.", "ceasefire", None),
    # «المدينة» points back to a city named, not to one a side of which was named
    ("أعلنت الفصائل في مدينة جاسم، شمال غربي درعا، مقتل القيادي. وتجددت أمس الاشتباكات بين مجموعات من أبناء"
     " المدينة وخلية التنظيم.", "clash", ("المدينة", "gn:165997")),
    # a place before the trigger in a contrasting conjunct is that conjunct's
    ("شن التحالف ضربات عدة قرب كوباني، لكنها لم تنجح في إبطاء زحف التنظيم الذي استولى أمس على قرى عدة.",
     "capture", None),
    # a settlement right after a speech verb is as often a body's seat
    ("أعلنت الفصائل المحلية في مدينة جاسم أمس مقتل القيادي.", "statement", None),
    # a body's office with its adjective («المكتب الصحفي للكرملين») is no scene
    ("وأشار المكتب الصحفي للكرملين أمس إلى أن المحادثة جرت بطلب من الجانب التركي.", "statement", None),
    # «خلاله» (during it): what follows is another report, in the event's time
    ("في إطار هجومها الذي أطلقته أمس وخسرت خلاله القوات الحكومية مدينة حلب.", "attack", None),
    # a withdrawal's destinations, a list sharing its «إلى», are not where it withdrew from
    ("قال المصدر إن نحو 3200 شخص من المسلحين وذويهم يغادرون أمس إلى منطقتي الباب وعفرين في ريف حلب.",
     "withdrawal", None),
    # places52: a retreat whose clause names no place left is where it went (LEFT_FOR), not a departure told
    # without what it left, nor one told after another happening (withdrawn from that one's ground)
    ("قال المرصد إن مقاتلي المعارضة انسحبوا أمس باتجاه بلدتي الضبعة والبويضة الشرقية بسبب نفاد الذخيرة.",
     "withdrawal", "بلدتي الضبعة"),
    ("وكانت القوات الحكومية قد سحبت آلياتها أمس إلى مدينة إدلب.", "withdrawal", "مدينة إدلب"),
    ("وبعد ساعات من التوغل انسحبت تلك القوات أمس باتجاه مدينة القنيطرة المدمرة.", "withdrawal", None),
    # (nor a retreat told just before and told again by where they went: the withdrawal from Afrin)
    ("وأفاد المراسل بأن مجموعات من الفيلق الثالث انسحبت أمس باتجاه مدينة أعزاز وبلدة كفرجنة.", "withdrawal",
     "مدينة أعزاز"),
    ("سيطرت الهيئة أمس على مدينة عفرين بعدما انسحب منها مقاتلو الفيلق الثالث.\nوأفاد المراسل بأن مجموعات من"
     " الفيلق الثالث انسحبت أمس باتجاه مدينة أعزاز وبلدة كفرجنة.", "withdrawal", None),
    # a capital inside a facility's name is the facility, not the state acting
    ("قتل عسكريان أمس بقصف جوي إسرائيلي طال مطار دمشق الدولي ومحيطه.", "strike", "مطار دمشق الدولي"),
    # an airport or a crossing that stops or resumes working is where, by name or by «المطار»
    ("استهدفت الغارات أمس مطار دمشق الدولي. وكان المطار قد عاد إلى العمل أمس بعد توقف.", "resumption",
     "مطار دمشق الدولي"),
    # places38: not one named after «إثر» past the trigger, the place of what caused the stop
    ("وكانت موسكو قد جمّدت أمس مشاركتها في المذكرة، إثر إطلاق الولايات المتحدة صواريخ مجنحة على قاعدة الشعيرات"
     " التابعة للجيش السوري.", "suspension", None),
    # (but «بعد» and a span of time is when, not a cause)
    ("استأنفت الرحلات الجوية أمس بعد أسابيع من التوقف في مطار حلب الدولي.", "resumption", "مطار حلب الدولي"),
    # places38: what went on «بالتزامن مع» the clause is not placed at its places, unless it is fought there
    # or points back to them («منها»)
    ("أكدت دمشق أن الجيش استعاد أمس بلدة السمان وعدة قرى في ريف حماة الشمالي، بالتزامن مع وصول تعزيزات إلى"
     " خطوط المواجهة.", "deployment", None),
    ("وكانت الفصائل قد دخلت حمص أمس من جهتي الشمال والشرق، بالتزامن مع انسحاب وحدات عسكرية كبيرة من قوات"
     " النظام منها.", "withdrawal", "حمص"),
    ("اندلعت اشتباكات عنيفة أمس في محيط مطار أبو الظهور، بالتزامن مع قصف جوي ومدفعي كثيف.", "strike",
     "محيط مطار أبو الظهور"),
    # «المنطقة» points to a region named on its own, not to one that locates a city («مدينة حمص وسط البلاد»)
    ("تفقد الرئيس أمس مدينة حمص وسط البلاد. واشتبكت القوات أمس مع مسلحين لجأوا إلى المنطقة.", "clash", None),
    # an air campaign is no air force: «حملتها الجوية في سوريا» is where, «القوات الجوية في …» a body's seat
    ("فيما بدأت روسيا أمس حملتها الجوية في سوريا.", "strike", "سوريا"),
    # an anaphor located by a more precise place right after it is that place («على الطريق في ريف …»)
    ('سيرت القوات دورية على الطريق الدولي "إم 4". وثبتت القوات التركية أمس نقاط تمركز جديدة على الطريق في'
     " ريف جسر الشغور.", "deployment", "ريف جسر الشغور"),
    # where a shell was fired from is no place of the strike («أطلقت من مطار حماة»)
    ("استهدفت قوات النظام أمس بصواريخ يعتقد أنها أطلقت من مطار حماة نقطة المراقبة التركية.", "strike", None),
    # a contact over a channel is placed where the text says it was held, not at what it speaks of
    ("وكانت الولايات المتحدة أبلغت روسيا مسبقاً بالضربة الصاروخية على مطار الشعيرات.", "contact", None),
    # a place before «لمراقبة» is where the watch is, not the truce's
    ("قرر المجلس أمس إرسال نحو 300 مراقب إلى سوريا لمراقبة وقف إطلاق النار.", "ceasefire", None),
    # the ends of a line («بين واشنطن وموسكو») are no scene
    ("أعلن ماتيس أمس إعادة تفعيل الخط الساخن بين واشنطن وموسكو.", "resumption", None),
    # a facility a strike hit is not the one that stops
    ("أعلنت موسكو أمس تعليق التعاون مع واشنطن إثر الضربة الأمريكية على قاعدة الشعيرات الجوية.",
     "suspension", None),
    # a place after «بعد عملية / حملة / هجوم …» is that other happening's
    ("وأسرت هيئة تحرير الشام أمس الطيار بعد عملية بحث أطلقتها في ريف إدلب.", "arrest", None),
    # a fronted city is where the speech was made, not where what it says happened
    ("وفي واشنطن، قال متحدث باسم البنتاغون أمس في بيان إن الجنرالين اتفقا على إبقاء الاتصالات منتظمة.",
     "agreement", None),
    # a place given only as a side of another, before «بعد / إثر / عقب», locates the event told first
    ("سيطرت الفصائل أمس على خمس قرى إلى الجنوب الغربي من مدينة عفرين، بعد معارك مع الوحدات الكردية.",
     "clash", None),
    ("سيطرت الفصائل أمس على مدينة القصير، بعد معارك مع الوحدات الكردية.", "clash", "مدينة القصير"),
    # the object of a verb of striking is where the strike fell, as tied as a place after «في»
    ("قتل مدنيون أمس في غارات للتحالف استهدفت حارة البدو المكتظة بالسكان وسط مدينة الرقة.", "strike",
     "حارة البدو"),
    # «السد» points back to the dam named before
    ("انسحبت الفصائل أمس من موقع قرب سد تشرين. وشنت الطائرات التركية أمس غارات على محيط السد.", "strike",
     ("السد", "site:tishrin-dam")),
    # the object of a verb of entering is a place («دخلوا القصير»: «القصير» needs a frame, and has one)
    ("نفذ عناصر الحزب أمس هجوماً مباغتاً ودخلوا القصير.", "attack", "القصير"),
    # «حول» a camp, a base or a crossing is around it, not about it («حول سوريا» is the topic)
    ("اندلعت أمس اشتباكات عنيفة بين مسلحين والقوات الحكومية حول معسكر وادي الضيف قرب معرة النعمان.", "clash",
     "معسكر وادي الضيف"),
    ("اجتمع الوزيران أمس وتباحثا حول سوريا.", "meeting", None),
    # «المدينة القديمة» is a zone of its own, not a pointer back to the city; «هي» names a phrase's places
    ("تواصل القوات هجومها داخل الرقة. فيما تتركز المواجهات أمس في المدينة القديمة وفي حيي الدرعية والبريد.",
     "clash", "حيي الدرعية"),
    ("أعلنت الفصائل أمس سيطرتها على عدد من البلدات في ريف حلب الغربي، هي قبتان الجبل والشيخ عقيل.", "capture",
     "قبتان الجبل"),
    # «المدينة الواقعة شمالي البلاد» (213): a participle that locates is no adjective; «المدينة» points back
    ("احتجز مقاتلو المعارضة أمس محافظ الرقة، خلال معارك عنيفة خاضوها مع القوات الحكومية في المدينة الواقعة"
     " شمالي البلاد.", "clash", ("المدينة", "gn:172955")),
    # gazetteer gaps of the eighth round: Atmeh (064), Mishtenur hill by Kobani (205)
    ("نفذت القوات الأمريكية أمس عملية إنزال جوي على مبنى سكني في بلدة أطمة شمالي إدلب.", "attack",
     "بلدة أطمة"),
    ("استهدفت طائرة مسيرة تركية أمس موقعاً عسكرياً في تل مشتنور بالمدينة.", "strike", "تل مشتنور"),
    # al-Harijiya in Deir ez-Zor (114), Mashhour Fawqani in Tell Abyad (218)
    ("أرسلت العشائر أمس تعزيزات إلى منطقة الحريجية التي تشهد اشتباكات.", "deployment", "منطقة الحريجية"),
    # Dibsi Afnan in Raqqa (171: the town, not the side of the governorate that locates it); the Kurdistan
    # Region of Iraq (240: the meeting's place after its verb, not a concurrent happening's before it)
    ("أعلن الجيش السوري، اليوم السبت، بسط سيطرته على بلدة دبسي عفنان غربي محافظة الرقة، وبدء تقدمه نحو"
     " مدينة الطبقة.", "capture", "بلدة دبسي عفنان"),
    ("وبالتوازي مع العمليات العسكرية في الرقة، اجتمع عبدي أمس مع بارزاني في إقليم كردستان العراق.", "meeting",
     "إقليم كردستان العراق"),
    ("اقتحم مسلحو التنظيم أمس حي مشهور فوقاني في شمال شرق البلدة.", "attack", "حي مشهور فوقاني"),
    # «محيطه / محيطها» points back to the place named just before («… دوار النعيم … بعد معارك في محيطه»)
    ("سيطرت قوات سوريا الديمقراطية أمس على دوار النعيم. واندلعت أمس اشتباكات عنيفة بين القوات والتنظيم في"
     " محيطه.", "clash", "دوار النعيم"),
    # a facility's part with its pronoun («بأحد مدرجاته») points back to the airport named before
    ("استهدفت الغارات أمس مطار دمشق الدولي. وألحقت غارة إسرائيلية أمس أضراراً بأحد مدرجاته.", "strike",
     "مطار دمشق الدولي"),
    # «أخرجته عن الخدمة» (put it out of service) points back to the airport or crossing named before
    ("توقف مطار دمشق الدولي عن العمل. وكان قد عاد إلى العمل أمس، من دون إعلان رسمي، بعد توقف منذ 22 من الشهر"
     " الماضي إثر غارات إسرائيلية أخرجته عن الخدمة.", "strike", "مطار دمشق الدولي"),
    # a term of a sequence («ثاني مركز محافظة … بعد الرقة») is no referent of «المدينة»
    ("سيطرت الفصائل أمس على مدينة إدلب لتغدو ثاني مركز محافظة يخرج من قبضة النظام بعد الرقة. وقال المرصد"
     " إن الفصائل أحكمت أمس قبضتها على المدينة.", "capture", ("المدينة", "gn:169389")),
    ("وفي واشنطن، قال متحدث باسم البنتاغون أمس في بيان إن الجنرالين اتفقا على إبقاء الاتصالات منتظمة.",
     "statement", "واشنطن"),
    # what an event answers («رداً على ضربة … على قاعدة الشعيرات») is another happening, placed there
    ("علّقت موسكو أمس العمل بالمذكرة، رداً على ضربة صاروخية شنتها الولايات المتحدة على قاعدة الشعيرات الجوية"
     " في ريف حمص.", "suspension", None),
    # a religious body and whose it is («مشايخ العقل في السويداء») is no scene
    ("توصلت الدولة أمس إلى اتفاق مع مشايخ العقل في السويداء.", "agreement", None),
    # «أنه» opens what is said: the scene of a meeting in it is not the announcement's
    ('أعلن وزير الدفاع السوري، أمس، أنه اتفق مع "قسد" على وقف فوري لإطلاق النار، وذلك بعد اجتماع عقده مع'
     ' قائد "قسد" في العاصمة دمشق.', "statement", None),
    # «الحي» points back to the neighbourhood named before
    ("استعادت القوات أمس السيطرة على حي بابا عمرو في مدينة حمص. وكان مقاتلون معارضون قد شنوا أمس هجوماً"
     " مباغتاً على الحي.", "attack", ("الحي", "hood:baba-amr")),
    # a settlement noun frames a place's name, whatever the actor finder reads in it («الشيخ مقصود»)
    ('اندلعت أمس مواجهات بين مقاتلي "قسد" وقوات تابعة للحكومة في حيي الشيخ مقصود والأشرفية.', "clash",
     "حيي الشيخ مقصود"),
    # «العاصمة» points back to the capital named before («العاصمة دمشق»), not to another city
    ("أعلنت الفصائل أمس دخول العاصمة دمشق. وانسحبت قوات النظام أمس من مقرات حكومية في العاصمة، بينها وزارة"
     " الدفاع.", "withdrawal", ("العاصمة", "gn:170654")),
    ("سيطرت الفصائل أمس على مدينة حلب. وانسحبت قوات النظام أمس من مقرات حكومية في العاصمة.", "withdrawal",
     None),
    # a span of time after «منذ» is how long the event lasted, no other time: the place before it is its own
    ("وتتعرض الغوطة الشرقية منذ أشهر لغارات جوية وقصف مدفعي متواصلين من قوات النظام.", "strike",
     "الغوطة الشرقية"),
    ("دخلت الفصائل أمس بلدة سراقب. وأوضح المرصد أن البلدة تعرضت في الأيام الماضية لغارات جوية.", "strike",
     ("البلدة", "gn:164816")),
    # a word written with its vowels is the word of the tables («وقّعته»); a relative clause sets the scene of
    # the noun it follows (the agreement), not of a trigger farther before it (the call)
    ("وجاء ذلك خلال مكالمة هاتفية أجراها الوزيران أمس، تطرقت كذلك إلى اتفاق مناطق خفض التوتر الذي وقّعته روسيا"
     " وتركيا وإيران في أستانا.", "agreement", "أستانا"),
    ("وجاء ذلك خلال مكالمة هاتفية أجراها الوزيران أمس، تطرقت كذلك إلى اتفاق مناطق خفض التوتر الذي وقّعته روسيا"
     " وتركيا وإيران في أستانا.", "call", None),
    # a strike's purpose («لتغطية تقدم قوات … نحو …») is another happening, placed where it went
    ("وذكرت وسائل إعلام أمس أن المدفعية التركية قصفت مواقع للجيش السوري لتغطية تقدم قوات خاصة تركية نحو"
     " مناطق في إدلب.", "strike", None),
    # a clause set off by «، إثر / بعد» or «، التي» tells of the event (or noun) before the comma: an anaphor
    # before it is that one's, and a pronoun of its own («تدور فيها») names no place; a place named outright
    # before it is the gold's place (the row of «مدينة القصير، بعد معارك» above)
    ("دخلت الفصائل أمس مدينة سراقب. وقال المرصد إنها أحكمت قبضتها على المدينة بشكل كامل، إثر اشتباكات"
     " عنيفة مع قوات النظام.", "clash", None),
    ("دخلت الفصائل أمس مدينة سراقب. وقال المرصد إنها أحكمت قبضتها على المدينة بشكل كامل، إثر اشتباكات"
     " عنيفة مع قوات النظام.", "capture", ("المدينة", "gn:164816")),
    ("أعلن التنظيم أمس السيطرة على مدينة تدمر. وأقر الجيش بخسارة المدينة، التي كان قد اقتحمها التنظيم"
     " الجمعة.", "attack", None),
    ("سيطرت القوات الحكومية أمس على مدينة القصير في ريف حمص، بعد معارك تدور فيها منذ أسبوعين.", "clash",
     None),
    ("انسحبت قوات النظام أمس من مدينة حماة، إثر معارك عنيفة خاضتها مع الفصائل وتكبدت فيها خسائر فادحة.",
     "clash", "مدينة حماة"),
    # a happening told as what the clause before happened amid («، وسط انسحاب …») names no place of its own:
    # the places before it are the clause's; one after it is its own
    ("أعلنت الفصائل أمس دخولها مدينة حماة، وسط انسحاب القوات الحكومية أمام تقدمها.", "withdrawal", None),
    ("أعلنت الفصائل أمس دخولها مدينة حماة، وسط انسحاب القوات الحكومية من حي الوعر في حمص.", "withdrawal",
     "حي الوعر"),
    # a scene a speech announces («أعلنت … التوصل إلى اتفاق … في X») is the agreement's, not the speech's
    ("وكانت وزارة الداخلية قد أعلنت أمس التوصل إلى اتفاق لوقف إطلاق النار في السويداء.", "statement", None),
    ("وقال لافروف أمس في مؤتمر صحفي في موسكو إن الاتفاق صامد.", "statement", "موسكو"),
    # a place something went to, right after a speech verb («رحب بدخول الجيش إلى السويداء»), is what the
    # speech speaks of, not where it was made
    ("وكانت الرئاسة الروحية رحبت أمس بدخول الجيش إلى السويداء.", "statement", None),
    ("ورحبت الرئاسة الروحية أمس في السويداء بدخول الجيش.", "statement", "السويداء"),
    # gazetteer gaps of 211-240, each with its page: Bab al-Salameh written «معبر باب السلام», Khirbet
    # al-Shayr (Hasakah), Da Nang; the Shaer gas field, and «الحقل» pointing back to the field named before
    ("انتزع مقاتلو المعارضة أمس معبر باب السلام الحدودي مع تركيا من قوات النظام.", "capture",
     ("معبر باب السلام", "crossing:bab-al-salameh")),
    ("شنت القوات التركية أمس هجوماً على بلدة خربة الشعير.", "attack",
     ("بلدة خربة الشعير", "village:khirbet-al-shayr")),
    ("اتفق ترامب وبوتين، خلال لقائهما أمس في مدينة دا نانغ الفيتنامية، على مواصلة قتال التنظيم.", "agreement",
     ("مدينة دا نانغ", "abroad:da-nang")),
    ("قصفت الطائرات أمس حقل شاعر في ريف حمص الشرقي. وكان التنظيم قد سيطر الخميس الماضي على أجزاء واسعة من"
     " الحقل.", "capture", ("الحقل", "site:shaer-gas-field")),
    ("وكان التنظيم قد سيطر الخميس الماضي على أجزاء واسعة من الحقل.", "capture", None),
    # «داخلها» points back to the place of the sentence («… في مدينة السويداء …، وباشتباكات … داخلها»)
    ("تتواصل الاضطرابات في مدينة السويداء اليوم الثلاثاء، إذ أفاد ناشطون بحركة نزوح واسعة، وباشتباكات عنيفة"
     " بين الجيش ومجموعات مسلحة داخلها.", "clash", "مدينة السويداء"),
    ("اندلعت أمس اشتباكات عنيفة بين الجيش ومجموعات مسلحة داخلها.", "clash", None),
    # a strike on a building that is a body's seat («مبنى ملحق بالسفارة الإيرانية في …») happens where it
    # stands; a speaker's post in an embassy is still no place of what he says
    ("تعرض مبنى ملحق بالسفارة الإيرانية في العاصمة السورية دمشق أمس لقصف إسرائيلي.", "strike",
     ("العاصمة السورية", "gn:170654")),
    ("وقال مسؤول في السفارة الروسية في دمشق أمس إن الطائرات قصفت مواقع للمسلحين.", "strike", None),
    # gazetteer gaps of 241-270 (tenth round), each with its page: al-Saidin by Tishrin Dam, al-Rubaida in
    # Deir ez-Zor, the Castello road and the Shihan roundabout in Aleppo, Tiyas written without its article
    # («مطار تيفور»)
    ("اندلعت أمس اشتباكات بين الجيش السوري وقسد على محور بلدة السعيدين القريبة من سد تشرين.", "clash",
     ("بلدة السعيدين", "village:al-saidin-manbij")),
    ("عقد وجهاء العشائر أمس اجتماعاً في مقر الخبيل بقرية الربيضة.", "meeting",
     ("قرية الربيضة", "village:al-rubaida-deir-ez-zor")),
    ("اشتبكت وحدات الجيش أمس مع قسد على محوري الكاستيلو والشيحان.", "clash",
     ("الكاستيلو", "site:castello-road-aleppo")),
    ("أغار سلاح الجو الإسرائيلي أمس على أهداف في مطار تيفور العسكري وسط سوريا.", "strike",
     ("مطار تيفور", "airbase:tiyas")),
    # a speech that opens no «أن» and tells its object before «، إثر / بعد / عقب»: what follows is the
    # happening it answers, whose scene is not the speech's (``_cause_of_speech``); set off between the
    # speaker and what is said, it is the speech's circumstance
    ("وأعلنت العشائر العربية مساء أمس النفير العام في مناطق دير الزور كافة، إثر اجتماع عُقد في مقر الخبيل"
     " بقرية الربيضة.", "statement", None),
    ("وقال الرئيس الروسي فلاديمير بوتين، بعد محادثات أجراها أمس في سوتشي، إن الاتفاق صامد.", "statement",
     "سوتشي"),
    # an agreement made «في» talks named after a place abroad is made where they were held (``_agreed_at``);
    # talks named after a place in Syria place nothing; an agreement named after a city abroad is made there
    # only when told as made (places14, ``_named_after_scene``: 226's «لاتفاق سوتشي الموقع في 22 تشرين الأول»,
    # as the gold reads it; before, unplaced)
    ("وتندرج الغوطة ضمن مناطق خفض التوتر التي اتُّفق عليها في محادثات أستانة عام 2017.", "agreement",
     ("محادثات أستانة", "abroad:astana")),
    ("وتندرج البلدة ضمن التسوية التي اتُّفق عليها في مفاوضات درعا عام 2018.", "agreement", None),
    ("وتأتي الدوريات أمس تنفيذاً لاتفاق سوتشي الموقع في 22 تشرين الأول.", "agreement", "سوتشي"),
    # fire told after a word of cover («تحت غطاء من القصف») covers the happening its clause told before, and
    # is placed where that one is (``_covering``), not at the place nearest before it, which only locates it
    ("شنت القوات التركية أمس هجوماً على بلدة خربة الشعير، التي تقع على الطريق بينها وبين بلدة أبو راسين في"
     " ريف الحسكة الشمالي الغربي، تحت غطاء من القصف المدفعي التركي الكثيف.", "strike",
     ("بلدة خربة الشعير", "village:khirbet-al-shayr")),
    ("شنت القوات التركية أمس هجوماً على بلدة خربة الشعير، التي تقع على الطريق بينها وبين بلدة أبو راسين في"
     " ريف الحسكة الشمالي الغربي، تبعه قصف مدفعي تركي كثيف.", "strike",
     # places18: «بلدة أبو راسين», a town the gazetteer lacks, is a place as written (``text:``), and the
     # phrase «بلدة أبو راسين في ريف الحسكة …» stands for its most precise place, as for a known town
     ("بلدة أبو راسين", "text:ابو راسين")),
    # eleventh round, the false places of 271-300: a comma and a relative pronoun in the event's part open
    # what a noun of its words does, another happening, whose place is not the event's (``_told_of_a_noun``:
    # 273); a place named in the event's own words still is
    ("وشنت طائرات التحالف الدولي أمس غارات جديدة على مواقع التنظيم، الذي يسعى منذ أكثر من شهر إلى السيطرة على"
     " عين العرب.", "strike", None),
    ("وشنت طائرات التحالف الدولي أمس غارات جديدة على مواقع التنظيم قرب عين العرب.", "strike",
     "قرب عين العرب"),
    # a happening told after «في سياق / في إطار» is the whole the one before is a part of: the part's place
    # is not the whole's (``WHOLE_WORDS``: 280); the part keeps it (280's «وتأتي السيطرة» is the capture told
    # before, no event: told_again, false34; «وتمت» keeps one)
    ("وتمت السيطرة على عفرين في سياق العملية العسكرية التي أطلقتها تركيا في 20 كانون الثاني.", "attack",
     None),
    ("وتمت السيطرة على عفرين في سياق العملية العسكرية التي أطلقتها تركيا في 20 كانون الثاني.", "capture",
     "عفرين"),
    # a day and a place after a loss a speaker counts are the loss's, not the count's (``COUNTED_WORDS``:
    # 294); a day and a place right after a speech verb are still its scene
    ("أحصت منظمة الدفاع المدني السوري مقتل 28 شخصاً أمس السبت في إدلب.", "statement", None),
    ("وقال الرئيس التركي رجب طيب أردوغان اليوم الخميس في سوتشي إن الاتفاق صامد.", "statement", "سوتشي"),
    # a name spelt like «بأن» opens nothing that is said (``NAMES_LIKE_SAID``, places26: 428's «بان كي مون»);
    # the word itself still does
    ("أعلن الأمين العام للأمم المتحدة بان كي مون اليوم الخميس في جنيف أن المحادثات ستستأنف.", "statement",
     "جنيف"),
    ("أعلن الأمين العام للأمم المتحدة بأن الوفود ستلتقي اليوم الخميس في جنيف.", "statement", None),
    # a named quarter before «داخل المدينة» is the place, not the anaphor after it, once the quarter is an
    # entry (al-Maqwas in As-Suwayda, with its page: 238's «اعتدت على حي المقوس داخل المدينة»)
    ("وقصفت مجموعات مسلحة أمس حي المقوس داخل المدينة.", "strike", ("حي المقوس", "hood:al-maqwas-suwayda")),
    # twelfth round: a suspension or resumption of what goes somewhere (patrols, trips) is where it goes, the
    # first place tied to it after it (``_route_of``: 163, 136; 260 with the held-back «ألغى»), not an
    # anaphor of the body that runs it, nor the ends of a line («بين دمشق وحلب»)
    ("علّقت روسيا وتركيا أمس الدوريات العسكرية المشتركة التي تسيّرانها في ريف كوباني الغربي.", "suspension",
     ("ريف كوباني الغربي", "gn:172256")),
    ("استأنفت الحكومة أمس تسيير رحلات بين دمشق وحلب عبر خناصر.", "resumption", "خناصر"),
    ("استأنفت الحكومة أمس تسيير رحلات بين دمشق وحلب.", "resumption", None),
    # a body named by its noun and adjective, right before «في X» after a speech's or an agreement's verb: X
    # is its seat, no scene (``_seat_of_named_body``: 229); a committee named by its task negotiates there
    # (164), and a meeting of a named body is held there (107)
    ("اتفقت اللجنة المركزية في درعا البلد مع النظام على تسليم السلاح.", "agreement", None),
    ("اتفقت لجنة التفاوض في درعا البلد مع الوفد الروسي على تسليم السلاح.", "agreement", "درعا"),
    ("وقال رئيس اللجنة أمس إن اجتماع اللجنة الدستورية في جنيف كان إيجابياً.", "meeting", "جنيف"),
    # thirteenth round, the false places of 301-330: a body named by its noun, adjective and «لل» complement
    # before «في X» after a speech's verb sits at X (``NAMED_BODY_COMPLEMENT``: 323's reconciliation centre);
    # a place before what talks were held to discuss is the talks', not the happenings discussed after it
    # (``DISCUSSED_WORDS``: 315's capture of the second pilot)
    ('أعلن "المركز الروسي للمصالحة" في سوريا اليوم الإثنين أن الطائرات قصفت مواقع المسلحين.', "statement",
     None),
    ("وعقد الرئيس التركي مساء اليوم اجتماعاً أمنياً في أنقرة لبحث تداعيات إسقاط المقاتلة، الذي أسفر عن مقتل"
     " أحد طياريها وأسر الطيار الآخر.", "arrest", None),
    ("وعقد الرئيس التركي مساء اليوم اجتماعاً أمنياً في أنقرة لبحث تداعيات إسقاط المقاتلة، الذي أسفر عن مقتل"
     " أحد طياريها وأسر الطيار الآخر.", "meeting", "أنقرة"),
    # an agreement's verb with only its parties before «في X» (each an actor named, joined by «و»; a relative
    # clause of the agreement's noun) was made at X (``_parties_then_scene``: 321, 310, 228); not when what is
    # agreed opens first, nor for a speech
    ("اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في موسكو اليوم الخميس على وقف"
     " لإطلاق النار.", "agreement", "موسكو"),
    ("وجاء القصف بعد ساعات من انتهاء الهدنة التي اتفقت عليها الولايات المتحدة وروسيا في جنيف في التاسع"
     " من الشهر.", "agreement", "جنيف"),
    ("اتفقت الولايات المتحدة وروسيا على فتح ممر إنساني في حلب.", "agreement", None),  # accords30: not a truce
    ("وأعلن الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في موسكو اليوم أن الهدنة صامدة.",
     "statement", None),
    # a speaker «متحدثاً» somewhere spoke there (``SETTING_WORDS``: 321's statement in the Kremlin); what he
    # says still places nothing
    ("وقال الرئيس الروسي، متحدثاً إلى جانب ضيفه في الكرملين بعد محادثات دامت ست ساعات، إن التوتر في إدلب"
     " استدعى لقاءً مباشراً.", "statement", "الكرملين"),
    ("وقال الرئيس الروسي إن التوتر في إدلب استدعى لقاءً مباشراً.", "statement", None),
    # Syria's neighbours are places after a side (``needs_side``: 135, 234, 043), not alone
    ("أفاد سكان بأن قوات سورية توغلت أمس في شمال لبنان، ودمرت مبنى.", "deployment",
     ("شمال لبنان", "country:lebanon")),
    ("وقصف الجيش الإسرائيلي أمس مواقع لحزب الله في لبنان.", "strike", None),
    # Erbil, where Syria's Kurds meet their go-betweens (GeoNames 95446: 269)
    ("وصل المبعوث الأميركي وقائد قسد أمس إلى أربيل لعقد اجتماع مع رئيس إقليم كردستان العراق.", "meeting",
     ("أربيل", "abroad:erbil")),
    # places14: a fronted city is where a speech was made when it opens no «أن / إن», telling what the speaker
    # did (178, 190; ``_no_content``); not a correspondent's «meanwhile in Moscow» before «أن», nor what a
    # speech after the place announces (``ANNOUNCING_VERBS``); The Hague is a place abroad
    ("وفي لاهاي، أعلنت الحكومة الهولندية أمس تجميد طلبات تصدير الأسلحة إلى تركيا.", "statement",
     ("لاهاي", "abroad:the-hague")),
    ("وفي لاهاي، أعلنت الحكومة الهولندية أمس تجميد طلبات تصدير الأسلحة إلى تركيا.", "suspension", None),
    ("وفي طهران، رحب وزير الخارجية الإيراني أمس بالتقدم الذي حققه الجيش السوري.", "statement", "طهران"),
    ("وفي موسكو، أعلنت وزارة الدفاع الروسية أمس أن طائراتها قصفت مواقع المسلحين.", "statement", None),
    # a scene told after what is said, set off by a comma («، وذلك في مؤتمر صحافي … في X»: 256,
    # ``_issued_after``); the place of what is said before it places nothing
    ("أعلن المبعوث الأممي أمس أن الجولة المقبلة ستعقد في جنيف الشهر المقبل، وذلك خلال مؤتمر صحفي عقده في"
     " نيويورك.", "statement", "نيويورك"),
    ("أعلن المبعوث الأممي أمس أن الجولة المقبلة ستعقد في جنيف الشهر المقبل، بحسب ما نقلت وكالة الأنباء.",
     "statement", None),
    # an agreement named after a city abroad and told as made there (``_named_after_scene``: 109, 226); not
    # one only cited by its name
    ("وتجري الدوريات المشتركة تنفيذاً لاتفاق سوتشي المبرم بين الجانبين العام الماضي.", "agreement",
     ("سوتشي", "abroad:sochi")),
    ("وتجري الدوريات المشتركة تنفيذاً لاتفاق موسكو الذي وقعه الرئيسان في آذار.", "agreement",
     ("موسكو", "abroad:moscow")),
    ("وتجري الدوريات المشتركة تنفيذاً لاتفاق سوتشي بين الجانبين.", "agreement", None),
    # seats of government are places abroad after «في» (the Élysée, the White House, Norway), never the body
    # acting («أعلن البيت الأبيض»), nor a post («مسؤولة في البيت الأبيض»)
    ("والتقى الرئيس الفرنسي أمس في قصر الإليزيه وزير الخارجية السوري.", "meeting",
     ("قصر الإليزيه", "abroad:elysee")),
    ("والتقى وزير الخارجية الأمريكي أمس في النرويج نظيره الإيراني.", "meeting", ("النرويج", "abroad:norway")),
    ("وقالت مسؤولة في البيت الأبيض أمس إن القوات ستنسحب من سوريا.", "statement", None),
    # an agreement a speaker reports right after telling talks held at X was made at X (313,
    # ``_talks_then_agreed``); without the talks, nothing
    ("أعلن وزير الخارجية الفرنسي أمس، عقب يومين من المباحثات مع نظيره الألماني في باريس، أن فرنسا وألمانيا"
     " اتفقتا على خطة لإيصال المساعدات.", "agreement", "باريس"),
    ("أعلن وزير الخارجية الفرنسي أمس أن فرنسا وألمانيا اتفقتا على خطة لإيصال المساعدات إلى حلب.", "agreement",
     None),
    # the next sentence tells the scene of a statement or an agreement its own clause leaves unplaced, when it
    # tells the same happening again («وجاء الإعلان في ختام قمة … في X», an agreement retold; 100, 215, 028:
    # ``_scene_told_next``); not a circumstance with no talks
    ("أعلن رئيس الوزراء البريطاني أمس إرسال مساعدات إلى سوريا.\nوجاء الإعلان في ختام قمة عقدها مع قادة"
     " أوروبيين في بروكسل.", "statement", "بروكسل"),
    ("أعلن رئيس الوزراء البريطاني أمس إرسال مساعدات إلى سوريا.\nوجاء الإعلان بعد ضغوط متزايدة من البرلمان.",
     "statement", None),
    # places52: a speech retold by its noun («وجاء كلامه»), its scene a conference or a meeting it was made
    # during (not one it followed)
    ("أكد وزير الخارجية السوري أمس ضرورة الضغط على تركيا.\nوجاء كلامه خلال مؤتمر صحافي عقده أمس في طهران مع"
     " نظيره الإيراني.", "statement", "طهران"),
    ("اعتبر الرئيس الروسي أمس أن إسقاط الطائرة طعنة في الظهر.\nوجاء كلامه أمام الصحفيين خلال لقائه العاهل"
     " الأردني في منتجع سوتشي الروسي.", "statement", "منتجع سوتشي"),
    ("أكد وزير الخارجية الروسي أمس أن إعلان هدنة سيصدر قريباً.\nوجاءت تصريحات لافروف عقب لقائه في موسكو"
     " المبعوث الأممي.", "statement", None),
    ("اتفقت تركيا وروسيا أمس على وقف إطلاق النار في إدلب.\nوقال الرئيس الروسي، بعد محادثات أجراها في موسكو مع"
     " نظيره التركي، إن الطرفين اتفقا على تسيير دوريات مشتركة.", "meeting", "موسكو"),
    # a post over a state's forces («قائد القوات الروسية في سوريا») sits at X, no scene (291,
    # ``_post_over_forces``); a quoted name right after the trigger and who attended are no scene (297,
    # ``_in_title``, ``ATTENDING_WORDS``)
    ("والتقى الوفد أمس قائدَ القوات الروسية في سوريا في مدينة اللاذقية.", "meeting", "مدينة اللاذقية"),
    ("وعقدت الإدارة الذاتية أمس في مدينة القامشلي مؤتمر «الحوار بين مكونات شمال شرقي سوريا» بحضور وجهاء من"
     " عشائر دير الزور.", "meeting", "مدينة القامشلي"),
    # places15: a speech that announces the start of talks at X («أعلن المبعوث … الانطلاق الرسمي للمحادثات في
    # جنيف»: 343) or is timed by a meeting at X («قبل يومين من الاجتماع … المقرر الأربعاء في جنيف»: 346) was
    # not made there (``STARTED_WORDS``, ``TIMED_BY_WORDS`` in ``_scene_of_another``); one made there is, and
    # one told after the meeting still is
    ("أعلن المبعوث الأممي إلى اليمن أمس الانطلاق الرسمي للمحادثات اليمنية في جنيف.", "statement", None),
    ("أعلن وزير الخارجية السويسري أمس بدء المحادثات بين الطرفين في جنيف.", "statement", None),
    ("أعلن المبعوث الأممي إلى اليمن أمس في مؤتمر صحفي في جنيف أن المحادثات ستبدأ غداً.", "statement", "جنيف"),
    ("وقال وزير الخارجية الألماني، قبل يومين من الاجتماع الوزاري المقرر الخميس في باريس، إن بلاده تدعم الحل"
     " السياسي.", "statement", None),
    ("وقال وزير الخارجية الألماني، عشية الاجتماع الوزاري في باريس، إن بلاده تدعم الحل السياسي.", "statement",
     None),
    ("وقال وزير الخارجية الألماني، بعد الاجتماع الوزاري في باريس، إن بلاده تدعم الحل السياسي.", "statement",
     "باريس"),
    # places15: a speaker announcing his own arrival at X spoke there (``_own_arrival``: 343's «قد أعلن وصوله
    # إلى جنيف عصر الاثنين، قائلاً»); welcoming another's arrival is no scene
    ("وكان رئيس الوفد المعارض قد أعلن وصوله إلى جنيف عصر الاثنين، قائلاً إن الوفد جاء ليجد حلاً.", "statement",
     "جنيف"),
    ("ورحب وزير الخارجية الإيراني بوصول الوفد الروسي إلى دمشق، قائلاً إن الزيارة مهمة.", "statement", None),
    # places15: Ghwayran prison in the gazetteer, and «السجن» pointing back to the prison named before (349's
    # «هجوماً على سجن غويران», «في محيط السجن»); with no prison named before, «السجن» places nothing
    ("هاجم مسلحو التنظيم ليل الخميس سجن غويران في مدينة الحسكة.\nواندلعت اشتباكات عنيفة أمس في محيط السجن بين"
     " القوات ومسلحي التنظيم.", "clash", ("السجن", "site:ghwayran-prison")),
    ("هاجم مسلحو التنظيم ليل الخميس سجن غويران في مدينة الحسكة.", "attack",
     ("سجن غويران", "site:ghwayran-prison")),
    ("واندلعت اشتباكات عنيفة أمس في محيط السجن بين القوات ومسلحي التنظيم.", "clash", None),
    # places15: a suspension is not placed at the facility named in what it answers, before it («رداً على
    # الضربات … التي طالت … مطار الشعيرات …، إذ أعلنت وقف العمل بمذكرة»: 331, ``_answered_before``); a
    # suspension of the facility itself still is
    ("اتخذت روسيا خطوة غاضبة رداً على الغارات التي طالت أمس مطار الشعيرات العسكري، إذ أعلنت تعليق العمل"
     " بالاتفاق الجوي.", "suspension", None),
    ("أعلنت إدارة الطيران أمس تعليق الرحلات في مطار حلب الدولي حتى إشعار آخر.", "suspension",
     "مطار حلب الدولي"),
    # places16: «المحافظة» with no governorate named within its reach points to the governorate whose seat
    # is the last city named (352's «سحب وحداته من مدينة السويداء … وقف لإطلاق النار في المحافظة»,
    # ``_seat_governorate``); after a city that is no seat it places nothing
    ("انسحبت القوات الحكومية أمس من مدينة السويداء.\nوأعلنت الوزارة أمس التوصل إلى هدنة في المحافظة.",
     "ceasefire", ("المحافظة", "gov:suwayda")),
    ("سيطرت الفصائل أمس على مدينة إدلب.\nوقصفت الطائرات اليوم عدة بلدات في المحافظة.", "strike",
     ("المحافظة", "gov:idlib")),
    ("انسحبت القوات الحكومية أمس من مدينة منبج.\nوأعلنت الوزارة أمس التوصل إلى هدنة في المحافظة.",
     "ceasefire", None),
    # places16: a statement issued in writing at the close of talks held at X is not placed there (340's
    # «في بيان مشترك صدر في ختام اجتماعاتها في العاصمة الكازاخستانية», ``_written_at_close``); one told as
    # issued at X, or a speech made in person at their close, is
    ("دعت الدول الثلاث، في بيان مشترك صدر في ختام اجتماعاتها في جنيف أمس، جميع الأطراف إلى"
     " الالتزام بالهدنة.", "statement", None),
    ("دعت الدول الثلاث، في بيان مشترك صدر أمس في جنيف، جميع الأطراف إلى الالتزام بالهدنة.", "statement",
     "جنيف"),
    ("وقال وزير الخارجية الروسي، في مؤتمر صحفي مشترك في ختام المحادثات في جنيف أمس، إن بلاده تدعم"
     " الحل السياسي.", "statement", "جنيف"),
    # places16: a site whose name opens on its own place noun («تلة مشتنور», «سد تشرين»: ``SITE_NOUNS``) is
    # as tied as a place after a frame word (288's «طال قصف … تلة مشتنور في مدينة كوباني وقرية زورمغار»,
    # 260's «تتعرض المدينة … لقصف …، استهدفت بثلاث غارات تلة مشته نور», ``_named_by_its_noun``)
    ("وقصفت المدفعية التركية أمس تلة مشتنور في مدينة كوباني وقرية زورمغار في ريفها الغربي.", "strike",
     ("تلة مشتنور", "site:mishtenur-hill")),
    ("دخلت القوات أمس مدينة كوباني.\nوتتعرض المدينة منذ أمس لقصف عنيف من طائرات حربية تركية، استهدفت"
     " بغارتين تلة مشتنور.", "strike", ("تلة مشتنور", "site:mishtenur-hill")),
    ("دخلت القوات أمس مدينة كوباني.\nوتتعرض المدينة منذ أمس لقصف عنيف من طائرات حربية تركية، استهدفت"
     " بغارتين أطراف المدينة.", "strike", ("المدينة", "gn:172256")),
    # places16: a dual place noun points back to the last pair named after its dual noun, placed at the
    # governorate both lie in, precision 2 (285's «بلدتي الفوعة وكفريا … هجماتها على البلدتين», 202's «حيي
    # الأشرفية والشيخ مقصود … في الحيين», ``_pair_referent``); no pair, or a pair across governorates: none
    ("فرضت الفصائل حصاراً على بلدتي الفوعة وكفريا منذ أشهر.\nوقصفت الفصائل أمس البلدتين بعشرات القذائف.",
     "strike", ("البلدتين", "gov:idlib")),
    ("سيطرت القوات أمس على مدينتي مسكنة ودير حافر بريف حلب الشرقي.\nواندلعت اشتباكات عنيفة اليوم في"
     " المدينتين.", "clash", ("المدينتين", "gov:aleppo")),
    ("واندلعت اشتباكات عنيفة اليوم في المدينتين بين القوات والفصائل.", "clash", None),
    ("سيطرت القوات أمس على مدينتي إدلب وحماة.\nواندلعت اشتباكات عنيفة اليوم في المدينتين.", "clash", None),
    # places16: Mezzeh and Balyun in the gazetteer (309's «تفاقم التوتر الأمني في حي المزة …، حيث قُتل خمسة
    # شبان», 316's «قصف سوقاً شعبية في قرية بليون»)
    ("وفي دمشق، قتل ثلاثة شبان أمس برصاص قوات الأمن في حي المزة.", "attack", ("حي المزة", "hood:mezzeh")),
    ("قصف الطيران الروسي أمس سوقاً شعبية في قرية بليون جنوبي إدلب.", "strike", ("قرية بليون", "town:balyun")),
    # places16: Sayyidah Zaynab (Rif Dimashq) in the gazetteer (307's «عند مدخل السيدة زينب من جهة الذيابية»)
    ("فجر انتحاري حزاماً ناسفاً صباح أمس عند مدخل السيدة زينب جنوب دمشق.", "attack",
     ("السيدة زينب", "town:sayyidah-zaynab")),
    # places17: a bare place name between a body's noun and its adjective names the body (383's «وضمت لجنة
    # حوران المركزية», ``_body_named_after``); «في حوران» after the same noun is still where it met
    ("أوضح المصدر أن الاجتماع عقد أمس وضم لجنة درعا المركزية وممثلين عن الفصائل.", "meeting", None),
    ("أوضح المصدر أن الاجتماع عقد أمس في درعا وضم اللجنة المركزية وممثلين عن الفصائل.", "meeting", "درعا"),
    # places17: a place before «قبل أن» is the first report's, not that of the happening told after it (386's
    # «توغلت قوات … في ريف القنيطرة الشمالي …، قبل أن تبدأ بالانسحاب صباحاً», ``_before_that``), unless a
    # pronoun right after the trigger points back to it (182's «في المدينة قبل أن ينسحبوا منها»)
    ("توغلت قوات إسرائيلية فجر اليوم في ريف القنيطرة الشمالي بعشرين آلية، قبل أن تبدأ بالانسحاب صباحاً.",
     "withdrawal", None),
    # a place after «، إذ» and a verb of saying is where that speech was made, not the scene of the happening
    # told before it (365's «…، إذ دعا وزير الدفاع الأمريكي … من جاكرتا تركيا إلى ضبط النفس»,
    # ``_told_after_since``); after another verb it may tell the same happening (102's «، إذ وزعت …»)
    ("شنت القوات التركية أمس هجوماً واسعاً على مواقع المقاتلين الأكراد، إذ حذر وزير الخارجية الفرنسي من "
     "باريس من التصعيد.", "attack", None),
    ("شنت القوات التركية أمس هجوماً واسعاً على مواقع المقاتلين الأكراد، إذ تقدمت قواتها في ريف عفرين "
     "الشمالي.", "attack", "ريف عفرين الشمالي"),
    ("زرع مسلحو التنظيم ألغاماً في مدينة الميادين قبل أن ينسحبوا منها أمس.", "withdrawal", "مدينة الميادين"),
    # places17: Jakarta, Yerevan and Crimea in the gazetteer (365's «دعا وزير الدفاع الأمريكي … الثلاثاء من
    # جاكرتا», 367's «في مؤتمر صحفي عقده في يريفان عاصمة أرمينيا», 374's «لضم شبه جزيرة القرم الأوكرانية»)
    ("وقال وزير الخارجية الفرنسي في مؤتمر صحفي عقده أمس في جاكرتا إن الحل سياسي.", "statement",
     ("جاكرتا", "abroad:jakarta")),
    ("وقال وزير الخارجية الروسي في مؤتمر صحفي عقده أمس في يريفان إن الحل سياسي.", "statement",
     ("يريفان", "abroad:yerevan")),
    ("وأرسلت روسيا أمس قوات النخبة إلى شبه جزيرة القرم.", "deployment", ("شبه جزيرة القرم", "region:crimea")),
    # places17: al-Daatour (Latakia) in the gazetteer (384's «الكمين الذي وقع في حي الدعتور مساء الإثنين»),
    # and a place closing the conjunct before the trigger with its time of day after it is not the next
    # conjunct's (384's «… في حي الدعتور مساء الإثنين وألقت القبض على آخرين», ``_conjunct_before``,
    # ``TIME_OF_DAY_WORDS``)
    ("نصب مسلحون كميناً لعنصرين من الأمن العام في حي الدعتور بمدينة اللاذقية.", "attack",
     ("حي الدعتور", "hood:al-daatour-latakia")),
    ("وقع اشتباك عنيف في حي المزة مساء الإثنين واعتقلت القوات خمسة مسلحين.", "arrest", None),
    # places17: a meeting's trigger, one body word and «في X»: the body's meeting was held at X (373's «عقب
    # اجتماع المجلس في أنقرة», ``_meeting_of_body``), though «المجلس في X» alone is the body's seat
    ("وذكر البيان الصادر عقب اجتماع المجلس في باريس أن القوات نجحت في تطهير مساحات واسعة من شمال سوريا.",
     "meeting", "باريس"),
    # places17: al-Shuhayl (Deir ez-Zor) in the gazetteer (377's «هجمات عدة على مواقع "قسد" في بلدتي الشحيل
    # والجرذي»)
    ("وشن مقاتلو العشائر أمس هجوماً على مواقع قسد في بلدة الشحيل شرقي دير الزور.", "attack",
     ("بلدة الشحيل", "town:al-shuhayl")),
    # places19, the false places of 391-520: what talks aim at is their topic (503's «محادثات تهدف إلى استئناف
    # الدوريات على الطريق M4»), not their scene named before it
    ("بدأ الجانبان محادثات بهدف إعادة فتح الطريق M4 قرب مدينة أريحا.", "meeting", None),
    ("بدأ الجانبان محادثات في جنيف تهدف إلى إعادة فتح الطريق M4.", "meeting", "جنيف"),
    # places19: a body named by its noun, a complement in construct and an adjective sits at «في X» (455's
    # reconciliation centre)
    ("وقال مركز التنسيق الروسي في سوريا أمس إن القوات الحكومية فتحت ممراً إنسانياً.", "statement", None),
    # places19: a person described by what they are charged with after the trigger (516's «المسؤول عن
    # الإعدامات الميدانية في سجن صيدنايا»): the charge's place, not the arrest's; the arrest's own stays
    ("واعتقلت قوى الأمن أمس العقيد سليم المتهم بارتكاب مجزرة في بلدة التريمسة.", "arrest", None),
    ("وأوقف الأمن العام أمس أحد عناصر الميليشيا المسؤول عن قصف بلدة كفرنبل.", "arrest", None),
    ("واعتقلت قوى الأمن في مدينة حمص أمس ضابطاً سابقاً المتهم بارتكاب مجزرة في بلدة التريمسة.", "arrest",
     "مدينة حمص"),
    # places31: those involved in a happening («المتورطين في …») are described by it, as the charged
    ("واعتقلت دورية أمس ثلاثة من المتورطين في تفجير سيارة مفخخة بحي الجمرك في مدينة جبلة.", "arrest", None),
    ("واعتقلت دورية في مدينة جبلة أمس ثلاثة من المتورطين في تفجير سيارة مفخخة.", "arrest", "مدينة جبلة"),
    # places31: a happening after «القريبة من (مناطق)» locates the place before it, no scene of it
    ("سقطت قذائف أمس في بلدة خان أرنبة، القريبة من مناطق الاشتباكات بين الجيش والفصائل.", "clash", None),
    ("اندلعت اشتباكات أمس بين الجيش والفصائل في بلدة خان أرنبة.", "clash", "بلدة خان أرنبة"),
    # places19: «بعد أن» opens another report as «بعدما»; the rest of the clause is not read past it (423)
    ("وعقدت الحكومة الأردنية اجتماعاً طارئاً بعد أن أجرت اتصالات مع قادة الفصائل في مدينة درعا.", "meeting",
     None),
    ("وعقدت الحكومة الأردنية اجتماعاً طارئاً في عمان بعد أن أجرت اتصالات مع المبعوث الأممي إلى سوريا.",
     "meeting", "عمان"),
    # places19: the country after an agreement's trigger is what its terms cover (436, 518), no scene
    ("ووقع الجانبان اتفاقاً يسمح بنشر قوات إضافية في سوريا.", "agreement", None),
    ("ووقع الجانبان في موسكو اتفاقاً يسمح بنشر قوات إضافية في سوريا.", "agreement", "موسكو"),
    # places19: a comma and a citing word after the trigger open the cited agreement's words (441's «،
    # تنفيذاً لاتفاق توصلت إليه … في أستانة»): its scene is not the event's
    ("وأعلنت وزارة الدفاع التركية بدء إقامة نقاط جديدة، تنفيذاً لاتفاق أبرمته أنقرة وموسكو في سوتشي.",
     "deployment", None),
    ("وانتشرت وحدات من الشرطة العسكرية في مدينة منبج، تنفيذاً لاتفاق أبرمته أنقرة وموسكو في سوتشي.",
     "deployment", "مدينة منبج"),
    # places20: Syria's borders are places («على الحدود مع تركيا», «قرب الحدود السورية», «على الحدود
    # اللبنانية – السورية»), and «الحدود» alone points back to the border named before
    ("وأقامت القوات الحكومية أمس عشرين نقطة مراقبة على الحدود مع تركيا، بينها خمس في منطقة القامشلي.",
     "deployment", ("الحدود مع تركيا", "region:syria-turkey-border")),
    ("وأسقطت الدفاعات الجوية أمس طائرة مسيرة قرب الحدود السورية.", "incident",
     ("قرب الحدود السورية", "region:syria-borders")),
    ("واندلعت أمس اشتباكات عنيفة على الحدود اللبنانية – السورية.", "clash",
     ("الحدود اللبنانية – السورية", "region:syria-lebanon-border")),
    ("اندلعت أمس اشتباكات على الحدود السورية الأردنية. وأرسل الجيش الأردني تعزيزات عسكرية إلى الحدود.",
     "deployment", ("الحدود", "region:syria-jordan-border")),
    ("ودفع الجيش أمس بتعزيزات جديدة إلى الحدود.", "deployment", None),  # no border named before
    ("واعتقل حرس الحدود السورية أمس ثلاثة مهربين.", "arrest", None),  # border guards: a force
    # places20: a place before «وأن» is another report's (455's patrol after «… و24 في منطقة عين العرب، وأن
    # الشرطة العسكرية الروسية تسيّر دوريات»)
    ("وأفاد المرصد أمس بأن الجيش نشر 40 نقطة، بينها عشر في مدينة منبج، وأن الشرطة الروسية تسيّر دوريات على"
     " ثلاثة محاور.", "patrol", None),
    ("وأفاد المرصد أمس بأن الشرطة الروسية تسيّر دوريات في مدينة منبج على ثلاثة محاور.", "patrol",
     "مدينة منبج"),
    # places20: a memorandum retold in the next sentence at talks abroad was made there (454's «تلا لافروف نص
    # المذكرة في ختام مباحثات الرئيسين في سوتشي»)
    ("توصل الرئيسان أمس إلى مذكرة تفاهم، تقضي بانسحاب المقاتلين من منبج.\nوتلا الوزير نص المذكرة في ختام"
     " مباحثات الرئيسين في أنقرة.", "agreement", "أنقرة"),
    # places20: an event told «خلاله / خلالها» after a conjunct took place in the happening told before it,
    # where that one was (408's «حملة أمنية … في مدينة دير الزور، واعتقلت خلالها 35 شخصاً»); without it the
    # place closes the conjunct before
    ("انتهت مساء أمس حملة أمنية نفذتها قوى الأمن الداخلي في مدينة جبلة، واعتقلت خلالها عشرين مطلوباً.",
     "arrest", "مدينة جبلة"),
    ("ووقع اشتباك أمس في مدينة جبلة، واعتقلت قوى الأمن عشرين مطلوباً.", "arrest", None),
    # places20: an end of operations or battles is where they were, the first tied place right after
    # (306's «انتهاء العمليات العسكرية في مدينة الرقة», 417's «إنهاء عملية "نبع السلام" في شمال شرق
    # سوريا»), not another clause's operations after a comma
    ("وكشف المتحدث باسم الفصائل أمس عن انتهاء العمليات العسكرية في مدينة الباب، مشيراً إلى أن الإعلان قريب.",
     "end", "مدينة الباب"),
    ("ومنذ سقوط النظام أمس، تنفذ القوات الإسرائيلية عمليات توغل في ريف القنيطرة.", "end", None),
    # places20: what «، إذ» explains is the happening its clause told before, where that one was (390's
    # «شهد حي الدعتور في مدينة اللاذقية … حادثاً أمنياً دامياً، إذ قتل عنصران … في كمين»); not after «و»
    ("شهد حي الزهراء في مدينة حمص اليوم الأحد حادثاً أمنياً دامياً، إذ قتل عنصران من وزارة الداخلية السورية في"
     " كمين نصبه مسلحون مجهولون.", "attack", "حي الزهراء"),
    ("شهد حي الجورة في مدينة دير الزور مساء اليوم الثلاثاء حادثاً أمنياً دامياً جديداً، وقتل ثلاثة عناصر من قوات"
     " الأمن العام في كمين نصبه مجهولون.", "attack", None),
    # places20: «المنطقة نفسها / ذاتها» is the place named just before, of any sort (307's «وكانت المنطقة
    # نفسها قد شهدت … سلسلة تفجيرات»: the town of the sentences before)
    ("قصفت الطائرات أمس بلدة السيدة زينب جنوب دمشق.\nوكانت المنطقة نفسها قد شهدت في شباط الماضي سلسلة"
     " تفجيرات تبناها التنظيم.", "attack", ("المنطقة نفسها", "town:sayyidah-zaynab")),
    # places20: «في X» after a meeting of a body («اجتماع لمجلس الوزراء في …», 457) is where the meeting was
    # held, not the body's seat; a post's «في X» stays a seat
    # (meet45: «سيبحث الملف مع حلفائه» is talks of their own now, read by the verb in place of the noun)
    ("وقال الرئيس الأميركي خلال اجتماع لمجلس الوزراء في البيت الأبيض إنه سيبحث الملف.", "meeting",
     "البيت الأبيض"),
    ("وقال مسؤول في مجلس الوزراء في دمشق أمس إن الحكومة ستبحث الملف مع حلفائها.", "statement", None),
    # places20: a crossing or an airport named with its own noun is as tied as «معبر X» (the capture is the
    # crossing's, not the border's after the comma)
    ("انتزعت الفصائل أمس معبر باب السلام من قوات النظام، ليصبح ثاني منفذ على الحدود التركية تخسره.",
     "capture", ("معبر باب السلام", "crossing:bab-al-salameh")),
    # places21: a relative clause after the trigger that tells another happening of another noun (693's
    # «القبض على ثلاثة من مرتكبي المجازر التي شهدها حي التضامن», 624's «الذي وصل إلى العاصمة العراقية»): its
    # place is that happening's; the trigger's own noun may still be told of («الهجوم الذي شهدته …»)
    ("واعتقلت قوى الأمن أمس خمسة من المتورطين في الأحداث التي شهدتها بلدة التريمسة.", "arrest", None),
    ("واعتقلت قوى الأمن أمس في مدينة حماة خمسة من المتورطين في الأحداث التي شهدتها بلدة التريمسة.", "arrest",
     "مدينة حماة"),
    ("والتقى المبعوث الأممي، الذي وصل إلى مدينة القامشلي صباح أمس، قادة العشائر.", "meeting", None),
    # places21: what happened meanwhile after «، في وقت / في حين» (688) has places of its own; «، في وقت سابق»
    # is a time, and the place after it stays the event's
    ("وافق الطرفان أمس على تمديد الهدنة، في وقت تنقل فيه القوات الأمريكية معتقلين من سوريا إلى العراق.",
     "ceasefire", None),
    ("وافق الطرفان أمس في مدينة القامشلي على تمديد الهدنة، في وقت تنقل فيه القوات الأمريكية معتقلين من سوريا"
     " إلى العراق.", "ceasefire", "مدينة القامشلي"),
    ("واندلعت اشتباكات عنيفة، في وقت سابق أمس، في مدينة منبج.", "clash", "مدينة منبج"),
    # places21: sources of two sorts joined by «و» sit at «في X» as after one adjective (552's «مصادر صحافية
    # وحقوقية في سوريا»); one source described twice still speaks there (601's «مصدر دبلوماسي غربي في جنيف»)
    ("وأكدت مصادر طبية وأمنية في سوريا أمس أن عشرة مدنيين قتلوا في القصف.", "statement", None),
    ("وأكدت مصادر محلية في سوريا أمس أن عشرة مدنيين قتلوا في القصف.", "statement", None),
    # places21: «إثر / عقب» and a verbal noun with a pronoun of its own doer open what came before, with no
    # comma too (579's «أسقطت الطائرة … إثر تنفيذها غارات على الأراضي السورية»); «إثر هجوم» keeps the scene
    ("وأسقطت الدفاعات الجوية أمس طائرة مسيرة إثر تنفيذها غارات على بلدة كفرنبل.", "incident", None),
    ("واندلعت أمس اشتباكات عنيفة إثر هجوم شنه مسلحون على حاجز في مدينة جبلة.", "clash", "مدينة جبلة"),
    # places21: «وسط» and no place right after it opens what the event happened amid, with no comma too (527's
    # «خرجت مظاهرات … وسط انتشار أمني كثيف في دمشق»); «وسط مدينة …» is the middle of the place
    ("وخرجت أمس مظاهرات حاشدة وسط انتشار أمني كثيف في مدينة حماة.", "protest", None),
    ("وخرجت أمس مظاهرات حاشدة وسط مدينة حماة.", "protest", "مدينة حماة"),
    # places21: «، على أن …» tells what is to follow (679's «… برفقة دوريات روسية، على أن تُفتح الطريق»),
    # another report; a place before it stays the event's
    ("ومن المقرر أن تسيّر الشرطة الروسية دوريات يومية، على أن يُفتح الطريق M4 أمام الشاحنات لاحقاً.", "patrol",
     None),
    ("ومن المقرر أن تسيّر الشرطة الروسية دوريات يومية على الطريق M4، على أن تتوسع لاحقاً.", "patrol",
     "الطريق M4"),
    # places21: what the event led to («مكنها من السيطرة على …», «قادت إلى …», 657, 615) is another happening
    ("وشنت الفصائل أمس هجوماً واسعاً مكنها من السيطرة على مدينة خان شيخون.", "attack", None),
    ("وشنت الفصائل أمس في ريف إدلب هجوماً واسعاً مكنها من السيطرة على مدينة خان شيخون.", "attack", "ريف إدلب"),
    # places22: a meeting told by a visit is held where the visitor went: the place right after the visit's
    # verb (a capital there is no state acting), or the first after «إلى» close after the trigger
    ("وكان رئيس الوزراء العراقي قد زار موسكو الشهر الماضي.", "meeting", "موسكو"),
    ("ويأتي ذلك بعد زيارة قام بها وزير الخارجية التركي إلى طهران الأسبوع الماضي.", "meeting", "طهران"),
    ("وكان وزير الخارجية الإيراني قد زار أمس.", "meeting", None),
    # places22: a meeting named by its noun and a place abroad right after it was held there («قمة طهران»);
    # a process named after a city is not («مؤتمر جنيف» sat in Montreux), nor a meeting about a Syrian place
    ("وكانت قمة أنقرة في نيسان الماضي قد أكدت وحدة الأراضي السورية.", "meeting", "أنقرة"),
    ("وعقدت أمس قمة طهران وموسكو وأنقرة لبحث الوضع في سوريا.", "meeting", None),
    # places22: the place after «إلى» right before «في زيارة» is where the visitor arrived; capitals abroad
    # where ministers met are places («الجزائر», «تونس», «بجدة»)
    ("وصل وزير الخارجية العراقي، أمس، إلى الجزائر في زيارة رسمية تستمر يومين.", "meeting", "الجزائر"),
    ("والتقى الرئيس العراقي نظيره المصري على هامش القمة العربية المنعقدة بجدة أمس.", "meeting", "جدة"),
    # places22: what talks are to dwell on («ستتركز على …») is their topic, not their scene
    ("وسيلتقي الوزير نظيره السوري غداً، موضحاً أن المباحثات ستتركز على القمة المرتقبة في تونس.", "meeting",
     None),
    # places22: «المدينة» before a relative pronoun is the city named before («… وسط المدينة التي …»), not a
    # zone of its own as before a definite adjective («المدينة القديمة»)
    ("سيطرت الفصائل أمس على مدينة سراقب. وقصفت الطائرات اليوم أحياء المدينة التي نزح منها معظم السكان.",
     "strike", ("المدينة", "gn:164816")),
    # places22: the country frames a more precise place tied right after it in the same phrase; not one past
    # a comma or what is said
    ("شنت الطائرات الروسية أمس غارات جوية في سوريا على مواقع للفصائل في ريف إدلب الجنوبي.", "strike",
     "ريف إدلب الجنوبي"),
    ("شنت الطائرات الروسية أمس غارات جوية في سوريا، وقال ناشطون إن القصف طال ريف إدلب الجنوبي.", "strike",
     "سوريا"),
    # places22: a place before «، وسط / في وقت / في حين» is the happening's told before it, not the one told
    # amid it after the comma
    ("وتواصل القوات حملتها على مدينة الرستن، وسط أنباء عن وصول تعزيزات عسكرية ضخمة.", "deployment", None),
    # places22: «المخيم» points back to the camp named before
    ("قتل ثلاثة مدنيين أمس في مخيم اليرموك. وتعرض المخيم اليوم لقصف مدفعي عنيف.", "strike",
     ("المخيم", "gn:166716")),
    # places22: a span of time right before «من» and fighting that lasts is how long it lasted there; before
    # an attack it is the time since it was launched, another time
    ("طردت الفصائل أمس قوات النظام من بلدة كفرنبودة في ريف حماة الشمالي، بعد خمسة أيام من المعارك العنيفة.",
     "clash", "بلدة كفرنبودة"),
    ("ورفعت الفصائل أمس رايتها في بلدة كفرنبودة، بعد ثلاثة أشهر من هجوم واسع أطلقته.", "attack", None),
    # places22: «في X» closing talks told with whom they were held is their scene, and what was said at them
    ("وقال الوزير الروسي للصحفيين في ختام مباحثات استمرت يومين مع نظيره التركي مولود جاويش أوغلو في أنقرة إن"
     " الخلافات ما زالت قائمة.", "statement", "أنقرة"),
    ("وقال وزير الخارجية الروسي للصحفيين أمس إن مباحثاته مع نظيره التركي ستتناول الوضع في إدلب.", "statement",
     None),
    # places22: «في X» after an organisation's branch («فرع / ذراع تنظيم …») is where the branch works;
    # the place of the event is the one its own words name
    ("سيطر مقاتلون، بينهم عناصر من هيئة تحرير الشام فرع تنظيم القاعدة في سوريا، أمس على أجزاء من بلدة كفرنبل"
     " في ريف إدلب.", "capture", "بلدة كفرنبل"),
    # places22: a bare name right after a word of taking or entering is the place taken, as tied as «في X»
    ("وكانت الفصائل قد بدأت قبل شهرين هجوماً لانتزاع إدلب، أكبر معاقل النظام في سوريا.", "attack", "إدلب"),
    # places22: a visit still to come («من المرتقب أن يزور …») is left to the other rules (see PLANNED_WORDS)
    ("وأعلن البيت الأبيض أمس أن الرئيس سيجري جولة في المنطقة، ومن المرتقب أن يزور موسكو الشهر المقبل.",
     "meeting", None),
    # places22: the far end of a road named after its two ends («طريق حماة – حمص») is no place «المدينة»
    # points back to: the road's first end is
    ("أعلن المحافظ أمس في مدينة حماة فتح طريق حماة – حمص أمام المدنيين. واندلعت اشتباكات عنيفة اليوم على"
     " أطراف المدينة.", "clash", ("المدينة", "gn:170017")),
    # places22: Syria's airspace is Syria («اخترقت الأجواء السورية»)
    ("وأعلن الجيش التركي أن طائرة حربية مجهولة اخترقت الأجواء السورية قرب الحدود أمس.", "incident",
     ("الأجواء السورية", "country:syria")),
    # places23: Turkey's airspace named whole is Turkey; «تركيا» alone is the state acting
    ("وقالت أنقرة إن مقاتلة مجهولة اخترقت الأجواء التركية قرب الحدود مساء أمس.", "incident",
     ("الأجواء التركية", "country:turkey")),
    ("وقصفت تركيا أمس مواقع لقوات سوريا الديمقراطية.", "strike", None),
    # places23: a topic word after a road's or a square's noun is its name («أوتوستراد السلام في …»), not
    # what is spoken of («للسلام في سوريا»)
    ("وأقامت دورية إسرائيلية صباح أمس حاجزاً عسكرياً على طريق السلام في القنيطرة.", "deployment",
     "القنيطرة"),
    ("وأقامت دورية إسرائيلية صباح أمس حاجزاً عسكرياً دعماً لمسار السلام في القنيطرة.", "deployment", None),
    # places24: talks told right after «بعد / إثر / عقب», as what came before the happening the sentence
    # tells, are placed by their own words up to the next comma only; talks abroad keep the sentence's venue
    ("توصلت الفصائل والحكومة أمس إلى اتفاق لوقف إطلاق النار في ريف حمص الشمالي، بعد مفاوضات جرت برعاية"
     " روسية.", "negotiation-round", None),
    ("بعد مفاوضات قادتها روسيا مع الفصائل، اتفقت الأطراف أمس على وقف لإطلاق النار يشمل محافظة درعا.",
     "negotiation-round", None),
    ("خرجت أمس حافلات تقل المقاتلين من بلدة مضايا نحو مدينة إدلب، بعد جولات تفاوض مع قوات النظام استمرت"
     " أسبوعاً.", "negotiation-round", None),
    ("وافق المقاتلون أمس على الخروج من البلدة، بعد مفاوضات أجروها مع ضباط روس في مدينة حمص.",
     "negotiation-round", "مدينة حمص"),
    ("اختتمت أمس في العاصمة الكازاخية أستانا جولة جديدة من المحادثات حول سوريا، بعد مباحثات استمرت يومين خرج"
     " منها الضامنون بقرارات تخص ريف إدلب.", "negotiation-round", "العاصمة الكازاخية"),
    # places24: what talks are held to discuss («لبحث / لمناقشة …») is their topic, not their scene
    ("وتزامن ذلك مع اجتماع أمني ترأسه وزير الدفاع التركي لبحث آخر المستجدات في محافظة حلب.", "meeting", None),
    ("وعقد الوزراء أمس اجتماعاً في العاصمة الأردنية عمّان لمناقشة الوضع في جنوب سوريا.", "meeting",
     "العاصمة الأردنية عمّان"),
    # places24: the place after «لدى» with a post word before it is whom the envoy is accredited to
    ("وأكد سفير النمسا لدى سوريا، أمس، أن أحداً من موظفي السفارة لم يصب بأذى.", "statement", None),
    ("وأكد السفير الصيني لدى سوريا أمس أن بلاده تدعم الحل السياسي.", "statement", None),
    # places24: «في X» after «الأطراف …» is where the parties are at odds, not where they agreed; the
    # outskirts named with a frame stay a place
    # (an agreement's noun naming its truce is that truce, a ceasefire placed as the agreement: truce_named)
    ("وأثمرت المساعي أمس عن توصل الأطراف المتحاربة في سوريا إلى اتفاق لوقف إطلاق النار.", "ceasefire", None),
    ("ورحب الوزير أمس بتوصل الأطراف المتنازعة في سوريا إلى هدنة جديدة.", "ceasefire", None),
    ("واندلعت أمس اشتباكات عنيفة على الأطراف الشرقية في مدينة دوما.", "clash", "مدينة دوما"),
    # places24: a speech's place after «إلى» far from a scene word is where what it tells of went, no scene
    ("وأعلنت اللجنة المنظمة للمؤتمر أمس وصول مئات المدعوين إلى جنيف من عواصم عدة.", "statement", None),
    # places25: fighting told right after «بعد», no comma, is the prelude of the happening told before
    # it: an anaphor before «بعد» is that one's place, not the fighting's; a place named outright stays
    ("وأعلن الجيش أنه دخل مدينة سراقب أمس. وقال المرصد إن القوات استعادت المدينة بعد معارك عنيفة استمرت طوال"
     " النهار.", "clash", None),
    ("وقال المرصد إن القوات استعادت مدينة سراقب بعد معارك عنيفة استمرت طوال النهار.", "clash", "مدينة سراقب"),
    # places25: the rest of the clause is not read past a conjunct of its own that opens after the trigger
    # («، واقتربت …», «، فرد …»); «، في …» is no conjunct
    ("وبحسب ناشطين، سيطرت الفصائل أمس على عدد من القرى والتلال، واقتربت المعارك من مشارف مدينة حلب.",
     "capture", None),
    ("وجاء ذلك بعد اعتراض إسرائيل أمس طائرة مسيرة، فرد سلاح الجو بغارة على مطار تيفور العسكري.", "incident",
     None),
    ("واعتقل الأمن العام أمس ثلاثة مطلوبين، في مداهمة نفذها في مدينة حمص.", "arrest", "مدينة حمص"),
    # places26: a place in a quotation opened after «، مضيفاً / مشيراً … أن» is the speaker's words, not the
    # event's place (``GOING_ON_WORDS``); unquoted, what he goes on to say may still place it
    ("وقال مسؤول محلي إن قوات الأمن اعتقلت أمس ثلاثة مطلوبين، مضيفاً للصحفيين أن «مدينة حمص الآن آمنة».",
     "arrest", None),
    ("وقال مسؤول محلي إن قوات الأمن اعتقلت أمس ثلاثة مطلوبين، مضيفاً أن الاعتقالات جرت في مدينة حمص.",
     "arrest", "مدينة حمص"),
    # places32: after «، مشيراً / مضيفاً … إلى» and a noun the speaker points to a thing of its own, told with
    # its own places; «إلى أن» is what he says, which may still place the event
    ("وأفاد المرصد بأن الفصائل سيطرت أمس على عدد من القرى، مشيراً إلى وجود عشرات الجثث في شوارع مدينة حماة.",
     "capture", None),
    ("وأعلن الجيش أن قواته اعتقلت أمس خمسة مسلحين، لافتاً إلى مصادرة أسلحة وذخائر في مدينة حمص.", "arrest",
     None),
    ("وأعلن الجيش أن قواته اعتقلت أمس خمسة مسلحين، مشيراً إلى أن الاعتقالات جرت في مدينة حمص.", "arrest",
     "مدينة حمص"),
    # places32: «، وقالت / وأعلن … إنها / أنه» opens a claim of the speaker's, placed by its own words only
    ("وكانت طائرات إسرائيلية قد قصفت أمس مطار الضمير العسكري في ريف دمشق، وأعلن الجيش السوري أنه أسقط عدداً"
     " من الصواريخ.", "incident", None),
    ("وكانت طائرات إسرائيلية قد قصفت أمس مطار الضمير العسكري في ريف دمشق، وأعلن الجيش السوري أنه أسقط عدداً"
     " من الصواريخ فوق مدينة حمص.", "incident", "مدينة حمص"),
    ("وقتل جنديان تركيان أمس في قصف على نقطة مراقبة في ريف إدلب، وقالت أنقرة إنها ردت بهجوم واسع.", "attack",
     None),
    # places32: a pronoun right after a withdrawal's trigger («انسحاب قوات النظام منها») places it where the
    # clause named before; not across «، مضيفاً أن …», what the speaker goes on to say
    ("سيطر التنظيم أمس على مدينة السخنة في ريف حمص الشرقي، وذلك إثر انسحاب قوات النظام منها.", "withdrawal",
     "مدينة السخنة"),
    ("سيطر التنظيم أمس على مدينة السخنة في ريف حمص الشرقي، وذلك إثر انسحاب قوات النظام.", "withdrawal", None),
    ("وفي مدينة الطبقة، انسحبت القوات الكردية أمس من المدينة، بعد أن سيطرت عليها فصائل موالية لتركيا.",
     "capture", ("المدينة", "gn:172374")),
    ("وقال مصدر عسكري إن الجيش بات يسيطر على كامل مدينة تدمر بعد معارك عنيفة، مضيفاً أن المسلحين انسحبوا"
     " منها.", "withdrawal", None),
    # places32: after «، بعد …» a pronoun of the event's own words leaves only fighting unplaced (as the gold
    # reads battles); another happening is placed where it points back to
    ("انسحب المقاتلون الأكراد أمس من مدينة منبج، بعد أيام من انتشار القوات الحكومية فيها.", "deployment",
     "مدينة منبج"),
    ("سيطرت الفصائل أمس على مدينة منبج، بعد معارك عنيفة دارت فيها.", "clash", None),
    # places33: an agreement otherwise unplaced is made where its local party is («لجنة من مدينة X», «وجهاء
    # مدينة X»: ``LOCAL_PARTY_WORDS``), framed by a settlement noun or «من»; a bare name or «في X» is a seat
    ("توصل وفد من أهالي بلدة الهامة أمس إلى اتفاق مع الحكومة على تسوية أوضاع المطلوبين.", "agreement",
     "بلدة الهامة"),
    ("وكان وجهاء مدينة الرستن قد توصلوا أمس إلى اتفاق مع الجيش يقضي بتسليم السلاح الثقيل.", "agreement",
     "مدينة الرستن"),
    ("وقعت لجنة من مدينة التل أمس اتفاقاً مع الجيش يقضي بخروج المسلحين.", "agreement", "مدينة التل"),
    ("وقعت لجنة التفاوض أمس اتفاقاً مع الجيش، وعادت إلى مدينة التل.", "agreement", None),
    # places33: an embassy reopened or closed is where it stands (``_HITS``, as a building a strike hit)
    ("وأعلنت الحكومة أمس إعادة افتتاح السفارة العمانية في دمشق بعد إغلاق دام سنوات.", "resumption", "دمشق"),
    ("وقررت الحكومة أمس تعليق عمل السفارة الكويتية في دمشق حتى إشعار آخر.", "suspension", "دمشق"),
    # places33: talks told right after a visit are held where the visit goes (``_on_a_visit``)
    ("وأعلن الوزير أمس أنه ينوي زيارة أنقرة لإجراء مباحثات مع نظيره التركي.", "meeting", "أنقرة"),
    ("وعلق المبعوث أمس على زيارة وزير الخارجية العراقي إلى دمشق يوم الأحد ولقائه الرئيس السوري.", "meeting",
     "دمشق"),
    # places34: «كل من X وY» lists those who act (capitals standing for their states), no «من» of a place
    ("وعقد الوزراء اجتماعاً أمس، ووصفت كل من أنقرة وطهران المحادثات بأنها مثمرة.", "statement", None),
    # places34: a capital abroad acting right before an act of force stands for its state: the act is not
    # placed at that capital, named later as the scene of something else; hosting talks, it is their scene
    ("وكثفت أنقرة مؤخراً قصفها بالطيران المسير بعد التفجير الذي استهدف في الثاني من الشهر مقراً للشرطة في"
     " العاصمة أنقرة.", "strike", None),
    ("وكثفت واشنطن أمس غاراتها بعد الهجوم الذي استهدف في الأسبوع الماضي مبنى حكومياً في العاصمة واشنطن.",
     "attack", "العاصمة واشنطن"),
    ("واستضافت العاصمة الروسية موسكو أمس اجتماعاً لوزراء الدفاع.", "meeting", "العاصمة الروسية"),
    # places34: a place right after «المتمركزة في / على» before a strike's trigger is where the guns stand
    ("وقالت المصادر إن المدفعية التركية المتمركزة على الحدود السورية التركية بدأت القصف فجر اليوم.", "strike",
     None),
    ("وقصفت المدفعية التركية أمس مواقع على الحدود السورية التركية.", "strike", "الحدود السورية التركية"),
    ("واندلعت أمس اشتباكات بين الفصائل وقوات النظام المتمركزة في مدينة مورك.", "clash", "مدينة مورك"),
    # places34: the dead a speech counts («أحصت … 30 قتيلاً في X») are its content, not where it was said
    ("أما الوكالة الرسمية فأحصت 30 قتيلاً في دوما و20 في حرستا.", "statement", None),
    ("وأحصى المرصد 30 قتيلاً في دوما.", "statement", None),
    # places35: a speech's «من X» may stand six words from its verb (a speaker's title and name between)
    ("وأعلن الرئيس الأمريكي جو بايدن من أوتاوا أن بلاده لا تسعى إلى صراع.", "statement", "أوتاوا"),
    ("وتعليقاً على الضربات، أعلن الرئيس الأمريكي جو بايدن من أوتاوا أن بلاده لا تسعى إلى صراع.", "statement",
     "أوتاوا"),
    # places35: «حيث» (where) tells what happened at the place named before it; not a speech's scene
    ("وطلبت تركيا وقف إطلاق النار في محافظة إدلب، حيث يشن الجيش السوري بدعم روسي هجوماً واسعاً.", "attack",
     "محافظة إدلب"),
    ("وتزامنت العملية مع أخرى في ريف دمشق، حيث أعلنت الوزارة اليوم القبض على متزعم خلية.", "statement", None),
    ("وكان لافروف قد زار دمشق في السابع من أيلول، حيث التقى الرئيس السوري.", "meeting", "دمشق"),
    ("وقال الوزير إن أنقرة لا تعترض من حيث المبدأ على عقد مؤتمر الحوار الوطني.", "meeting", None),
    # places35: the place that witnessed a happening («شهدت / تشهد»), their subject, is its scene
    ("وكانت محافظة السويداء قد شهدت على مدى الأيام الثلاثة الماضية اشتباكات عنيفة بين فصائل محلية.", "clash",
     "محافظة السويداء"),
    ("وكانت قاعدة مورك، المحاصرة منذ أكثر من عام، قد شهدت خلال الشهرين الماضيين مظاهرات.", "protest",
     "قاعدة مورك"),
    ("وتشهد سوريا منذ أكثر من عام احتجاجات شعبية تطالب بإصلاحات.", "protest", "سوريا"),
    # places26: virtual talks are held nowhere (``VIRTUAL_WORDS``); a summit not told virtual keeps its scene
    ("وقال الرئيس إن القادة بحثوا الوضع الميداني في سوريا، واستعرضوا التطورات التي تلت قمتهم الافتراضية"
     " الأخيرة في 1 تموز.", "meeting", None),
    ("وعقد الرؤساء الثلاثة أمس قمة في طهران بحثوا فيها الوضع في سوريا.", "meeting", "طهران"),
    # places26: «، ثم …» opens a conjunct of its own too (``CONJUNCT_WORDS``)
    ("وجاء ذلك بعد اعتراض إسرائيل أمس طائرة مسيرة، ثم شن سلاح الجو غارات على مطار تيفور العسكري.", "incident",
     None),
    # places25: «من / عن X» right after a unit of distance is the point a distance is measured from
    ("سيطرت القوات أمس على عشر قرى وباتت على بعد خمسة كيلومترات من مدينة سراقب.", "capture", None),
    ("أقامت القوات أمس حاجزاً على بعد كيلومترين من مدينة سراقب.", "deployment", None),
    ("قصفت الطائرات أمس مواقع على بعد 20 كم عن الحدود التركية.", "strike", None),
    # places25: what talks concern, its «ب» written on the name («الخاصة بسوريا», «المتعلقة بإدلب»), is their
    # topic; «القوات الخاصة» stays a force
    ("تتواصل في أستانا اليوم الاجتماعات الخاصة بسوريا ضمن جولة جديدة من المحادثات.", "negotiation-round",
     "أستانا"),
    ("وتتواصل في جنيف اليوم المحادثات المتعلقة بإدلب بين الوفدين.", "meeting", "جنيف"),
    ("ونفذت القوات الخاصة أمس عملية إنزال في ريف دير الزور.", "attack", "ريف دير الزور"),
    # places25: talks are held where the host right after a verb of hosting is
    ("استضافت الدوحة أمس الأحد اجتماعاً لوزراء الخارجية العرب بحث الأوضاع في سوريا.", "meeting", "الدوحة"),
    ("وأعلن الوزير أمس نتائج مباحثات استضافتها عمان الأسبوع الماضي بين الطرفين.", "meeting", "عمان"),
    # places25: Jordan a country of the gazetteer: the kingdom by its full style, or after a side; «الأردن»
    # alone is the state acting
    ("شارك الوزير أمس في اجتماع استضافته المملكة الأردنية الهاشمية لبحث الأوضاع في سوريا.", "meeting",
     ("المملكة الأردنية الهاشمية", "country:jordan")),
    ("وقصف الطيران أمس مواقع في شمال الأردن.", "strike", ("شمال الأردن", "country:jordan")),
    ("وأعلن الأردن أمس إغلاق معبر جابر.", "statement", None),
    # places25: «خلاله / خلالها …» right after the trigger's verb tells the event within the happening
    # before, its own words following; after another verb it opens another report
    ("بدأ أمس سريان اتفاق التسوية، بعد تصعيد عنيف من قوات النظام قصفت خلاله أحياء مدينة درعا بالصواريخ.",
     "strike", "مدينة درعا"),
    ("وكانت القوات قد شنت هجوماً الأسبوع الماضي وخسرت خلاله الفصائل مدينة سراقب.", "attack", None),
    # places25: a side or «قرب» before a name makes it a place's even where the actor finder reads an outlet
    # («الميادين»); the outlet alone stays no place
    ("قصفت الطائرات أمس مواقع جنوب مدينة الميادين.", "strike", "جنوب مدينة الميادين"),
    ("انسحبت الميليشيات أمس من المزارع جنوبي الميادين.", "withdrawal", "جنوبي الميادين"),
    ("وقالت قناة الميادين أمس إن الطائرات قصفت مواقع للمسلحين.", "strike", None),
    # places25: «، حين / عندما» tell the happening before again, as «، إذ» does: placed where that one is
    ("وأضافت أن تفجيراً آخر وقع صباحاً في مدينة جبلة، حين فجّر انتحاري نفسه بعدما طارده الأهالي.", "attack",
     "مدينة جبلة"),
    # places25: al-Omar oil field a site of the gazetteer, «الحقل» pointing back to it
    ("وقصفت ميليشيات موالية لإيران أمس حقل العمر النفطي في ريف دير الزور الشرقي.", "strike",
     ("حقل العمر النفطي", "site:al-omar-oil-field")),
    ("وقالت مصادر محلية إن القوات الأمريكية عززت أمس قاعدتها في حقل العمر. وتعرض الحقل مساء أمس لقصف صاروخي.",
     "strike", ("الحقل", "site:al-omar-oil-field")),
    # places27: what talks strive for («سعياً إلى / لتفادي / لتجنب …») is their aim, not their scene
    ("والتقى قادة عسكريون من البلدين أمس، سعياً إلى تفادي الحوادث في الأجواء السورية.", "meeting", None),
    ("وعقد الضباط أمس اجتماعاً لتجنب الصدامات في ريف حلب.", "meeting", None),
    ("وعقد الضباط أمس اجتماعاً في مدينة القامشلي لتفادي الصدامات في ريف حلب.", "meeting", "مدينة القامشلي"),
    # places27: a place before «قبل انعقاد / بدء / اندلاع …» is the first report's, as before «قبل أن»; the
    # place named after the trigger stays
    ("وقال مصدر إن المنظمة قررت عدم إرسال أي خبراء جدد إلى مدينة حمص قبل انعقاد اجتماع مجلس المنظمة يوم 22"
     " كانون الثاني الجاري.", "meeting", None),
    ("وسيطرت القوات أمس على مدينة سراقب قبل اندلاع اشتباكات عنيفة مع الفصائل.", "clash", None),
    ("وعقد وزراء الخارجية العرب أمس اجتماعاً في القاهرة قبل انعقاد القمة.", "meeting", "القاهرة"),
    ("وكان الجيش قد شن عملية سيطر خلالها على مناطق في ريف حماة الشمالي، قبل التوصل إلى وقف لإطلاق النار"
     " برعاية روسية نهاية آب.", "ceasefire", None),
    # places27: so is a place before «منذ دخول …», the happening a span runs from
    ("وهذه أول خسارة للجيش في ريف إدلب منذ دخول الهدنة حيز التنفيذ مطلع الشهر، بعد أن توصلت إليها أنقرة"
     " وموسكو.", "ceasefire", None),
    # places27: a place past «، ما دفع / مما دفع …» is that of what the happening pushed someone to
    ("وكان عشرة جنود قد قتلوا في هجمات مسلحة الشهر الماضي، ما دفع الوزير إلى التهديد بضرب المسلحين في أي مكان"
     " في سوريا.", "attack", None),
    ("وقصفت الطائرات أمس مواقع للمسلحين، مما دفع مئات العائلات إلى النزوح نحو مدينة إدلب.", "strike", None),
    ("وقصفت الطائرات أمس مدينة سراقب، ما دفع مئات العائلات إلى النزوح.", "strike", "مدينة سراقب"),
    # places28: a country abroad is a place only framed; after «من» it is whom people come from or something
    # is asked of, no scene
    ("وعقد الرئيسان أمس اجتماعاً في روسيا لبحث التسوية.", "meeting", "روسيا"),
    ("والتقى أمس جنرالات من روسيا وتركيا لبحث الأوضاع.", "meeting", None),
    ("وعقد وزراء الخارجية العرب اجتماعاً أمس في السعودية.", "meeting", "السعودية"),
    # places28: «في العراق وسوريا»: the preposition before the neighbour frames Syria after it
    ("وشن التحالف أمس غارات على مواقع التنظيم في العراق وسوريا.", "strike", "سوريا"),
    # places28: an area after «منطقة», a checkpoint after «حاجز», as written
    ("وسيطرت الفصائل أمس على منطقة الزهيرية بعد معارك.", "capture", "منطقة الزهيرية"),
    ("واعتقلت دورية أمس شاباً على حاجز العليان.", "arrest", "حاجز العليان"),
    # places28: what a post answers for («مسؤولين عن (أمن) X») is no scene; the meeting's place after it is
    ("والتقى الوزير أمس ضباطاً مسؤولين عن أمن الحدود السورية في ولاية ملاطية.", "meeting", "ملاطية"),
    ("واجتمع الوزير أمس بالقادة المسؤولين عن محافظة إدلب.", "meeting", None),

    # places29: a happening told after a word of motive («رفضاً ل / احتجاجاً على / بهدف …») is not placed where
    # the act done for it is; a place after the motive word stays the happening's
    ("وتظاهر مئات أمس في مدينة إدلب رفضاً للدوريات الروسية المشتركة.", "patrol", None),
    ("ويعمل المقاتلون منذ أسبوع في ريف حماة بهدف تخفيف الضغط عن مدينة حمص التي تتعرض لقصف متواصل.", "strike",
     "مدينة حمص"),
    # places29: a suspension is placed where the patrol it calls off goes, not where a happening told in a
    # relative clause after it («، الذي وقع …») was
    ("وقالت الوزارة إن روسيا ألغت الدورية المشتركة بعد الانفجار، الذي وقع قرب بلدة سراقب أمس.", "suspension",
     None),
    ("وألغت الشرطة الروسية أمس دورية كان من المقرر أن تجوب ريف كوباني الغربي.", "suspension",
     "ريف كوباني الغربي"),
    # places29: an event told right after «منذ» is the start of a span another happening runs in: the place
    # before it is that happening's, unless a pronoun after the trigger points back to it
    ("وتوقفت حركة المرور على طريق حلب منذ العملية العسكرية التي شنها الجيش في تشرين الأول.", "attack", None),
    ("ويسيطر المجلس على مدينة منبج منذ انسحاب الوحدات الكردية منها صيف العام الماضي.", "withdrawal",
     "مدينة منبج"),
    ("واستقبل الرئيس أمس في دمشق وزير الخارجية في أول زيارة له إلى سوريا منذ سقوط النظام.", "end", None),
    # places29: a relative clause of what a noun managed to do («، التي تمكنت من …») tells another happening
    ("تواصلت الاشتباكات أمس بين الجيش والفصائل المعارضة، التي تمكنت من دخول مدينة سراقب بعد أسبوع من"
     " المعارك.", "clash", None),
    # places31: a body's seat («الذي يتخذ من X مقراً», «ومقره X») is no scene for what it says
    ("وقال المركز، الذي يتخذ من باريس مقراً، في بيان أمس إن الوضع الإنساني يتدهور.", "statement", None),
    ("وقالت الشبكة، ومقرها بريطانيا، في بيان أمس إن الوضع الإنساني يتدهور.", "statement", None),
    # places31: a speech that attributes the clause's news («، حسبما أفادت …», «وفق ما أعلنه …») is placed
    # nowhere, neither at the sentence's fronted place nor in the speaker's title
    ("وفي حمص، أطلقت قوات الأمن النار على متظاهرين في حي الخالدية ما أدى إلى إصابة عشرة أشخاص، حسبما أفادت"
     " الناطقة باسم تنسيقية الثورة في حمص.", "statement", None),
    ("وفي حمص، أطلقت قوات الأمن النار على متظاهرين في حي الخالدية ما أدى إلى إصابة عشرة أشخاص، حسبما أفاد"
     " ناشطون.", "statement", None),
    ("وقتل ثلاثة مدنيين برصاص قناص في مدينة حمص أمس، وفق ما أعلنه مصدر طبي.", "statement", None),
    ("وقال الناطق باسم الفصائل في مؤتمر صحفي بمدينة إدلب أمس إن الهدنة صامدة.", "statement", "مدينة إدلب"),
    ("وكانت الفصائل تتخذ من بلدة سراقب منطلقاً لهجماتها قبل أن تقصفها الطائرات أمس.", "attack", "بلدة سراقب"),
    # places36: fighting amid which the clause's happening went on («وسط اشتباكات») is fought at its place
    # (AMID_PLACED_KINDS); another happening amid it is not («وسط انسحاب …», above)
    ("وتواصل أمس قصف القوات النظامية لحي الوعر في حمص وسط اشتباكات مع مقاتلي المعارضة.", "clash", "حي الوعر"),
    ("وتواصل أمس قصف القوات النظامية لحي الوعر في حمص وسط انسحاب مقاتلي المعارضة.", "withdrawal", None),
    # places39: «تلك المناطق» points back to the areas named just before, a side of a place too (688's «انسحاب
    # الأخيرة من مناطق واسعة في شمال البلاد وشرقها …، التي انتشرت في تلك المناطق»), never to where a speech
    # about them was made (1232's «خلال زيارته أرمينيا، إن حرس الحدود … انتشروا في تلك المناطق»)
    ("انسحبت القوات أمس من مدينة منبج، وانتشرت القوات الحكومية في تلك المناطق.", "deployment",
     ("تلك المناطق", "gn:167357")),
    ("أتمت القوات الكردية أمس انسحابها من المناطق المحاذية للحدود التركية.\nوقال وزير الدفاع الروسي، خلال"
     " زيارته أرمينيا، إن الشرطة العسكرية الروسية انتشرت في تلك المناطق أمس.", "deployment",
     ("تلك المناطق", "region:syria-turkey-border")),
    # places43 (base_hit): an airbase the actors read as the forces there («قاعدة حميميم الجوية الروسية») is
    # where a strike or an attack hit it, its trigger's object (1401, 1056); not another event's further on,
    # nor where the jets that struck elsewhere took off
    ("وقال بوتين إن المسلحين هاجموا أمس قاعدة حميميم الجوية الروسية.", "attack",
     ("قاعدة حميميم", "airbase:hmeimim")),
    ("أعلن المركز الروسي أمس تدمير طائرتين مسيرتين حاول مسلحون استخدامهما في الهجوم على قاعدة حميميم الجوية.",
     "strike", ("قاعدة حميميم", "airbase:hmeimim")),
    ("وقال بوتين إن المسلحين قصفوا مواقع الجيش السوري أمس، بل وهاجموا قاعدة حميميم الجوية الروسية.", "strike",
     None),
    ("وقال المرصد إن طائرات انطلقت أمس من قاعدة حميميم الجوية الروسية وقصفت مدينة إدلب.", "strike",
     ("مدينة إدلب", "gn:169389")),
    # places43: «المنطقة» points back to a governorate named just before too (685, 873, 669, 680)
    ("أعلنت الرئاسة وقفاً شاملاً لإطلاق النار في محافظة السويداء أمس، فيما بدأت قوات الأمن الانتشار في"
     " المنطقة.", "deployment", ("المنطقة", "gov:suwayda")),
    ("وجاء ذلك بعد ثلاثة أسابيع من بدء قوات النظام هجوماً على محافظة درعا. وتواصل القصف أمس على المنطقة.",
     "strike", ("المنطقة", "gov:daraa")),
    # places44: «الشريط الحدودي» (the border strip) is a place after the text named a border or a crossing
    # (162, 544, 583, 1043), not in a text that names none (106's meeting of the two columns' commanders)
    ("سيرت القوات الروسية والتركية دوريات على الحدود السورية التركية. وبدأت القوات الروسية أمس دوريات"
     " منفردة على امتداد الشريط الحدودي.", "patrol", ("الشريط الحدودي", "region:border-strip")),
    ("استعادت القوات الحكومية السيطرة على معبر نصيب الحدودي مع الأردن أمس، بعد هجوم عنيف على مناطق"
     " المعارضة في الشريط الحدودي.", "attack", ("الشريط الحدودي", "region:border-strip")),
    ("أنهى الجيشان أول دورية مشتركة في شمال سوريا. والتقى قائدا الرتلين أمس على الشريط الحدودي وتباحثا.",
     "meeting", None),
    # places44: «الأحياء الشرقية / المحاصرة» point back to the city named before (438, 1279, 1291), not when a
    # city follows them (theirs) nor after a residents' word (where those who took part live: 522)
    ("أحكم الجيش حصاره على مدينة حلب أمس.\nواندلعت أمس اشتباكات عنيفة داخل الأحياء الشرقية.",
     "clash", ("الأحياء الشرقية", "gn:170063")),
    ("قال قائد إن الكتائب ستنسحب من مدينة حمص، وستسيطر قوات النظام على الأحياء المحاصرة غداً.", "capture",
     ("الأحياء المحاصرة", "gn:169577")),
    ("زار الوفد مدينة حمص أمس.\nودخلت الشرطة العسكرية الروسية أمس إلى الأحياء المحاصرة في مدينة درعا.",
     "deployment", ("مدينة درعا", "gn:170905")),
    ("وصل الوفد إلى مدينة القامشلي أمس.\nففي حي العنترية انطلقت مظاهرة أمس بمشاركة من أبناء الأحياء الشرقية.",
     "protest", ("حي العنترية", "text:العنتريه")),
    # places44: «المنطقة» reaches 400 characters back (685, 871: the governorate two sentences before)
    ("أعلنت الرئاسة وقفاً شاملاً لإطلاق النار في محافظة السويداء أمس، بعد اشتباكات دامية بين مسلحين من البدو"
     " وفصائل محلية.\nوجاء الإعلان عقب جهود مكثفة بذلتها دول عربية وإقليمية والولايات المتحدة، إلى جانب"
     " وساطة أمريكية بين العاصمتين استمرت أياماً عدة وشملت اتصالات مع الأطراف المحلية كافة.\nوأكدت الرئاسة"
     " في بيانها التزامها بتطبيق الاتفاق، فيما بدأت قوات الأمن أمس الانتشار في المنطقة.", "deployment",
     ("المنطقة", "gov:suwayda")),
    # places45: a city's own facility named without the city (CITY_FACILITIES) is in the city told before
    # (1025: its words as written, the city's entry)
    ("أعلنت القوات سيطرتها على مدينة الرقة بالكامل.\nوكانت القوات قد حاصرت أمس ما تبقى من عناصر التنظيم في"
     " الملعب البلدي.", "attack", ("الملعب البلدي", "gn:172955")),
    ("أعلنت القوات سيطرتها على مدينة الرقة بالكامل.\nوكانت القوات قد سيطرت صباح أمس على المشفى الوطني.",
     "capture", ("المشفى الوطني", "gn:172955")),
    # (where a unit is posted, «مرابطة على …», is where it fired from, not what it hit: POSTED_PARTICIPLES)
    ("قصف الجيش التركي مواقع على الحدود السورية. وأفاد مكتب الحاكم بأن وحدة تركية مرابطة على الشريط"
     " الحدودي ردت أمس بإطلاق النار.", "strike", None),
    # places46: an anaphor in a talk's topic is no scene (1363: «حول مصير المحافظة»), where it is outside
    # the topic it is; a dwellers' word before an anaphor says where the dead lived (964), not for a protest
    # (where the residents gather) nor for «أبناء» (113: the city's own fighters, placed in the city)
    ("بعد أسبوعين من العمليات العسكرية في محافظة درعا، ألقى الأردن بثقله في محاولة للحد من العنف، وتوسط"
     " لعقد جولة جديدة من المحادثات بين فصائل المعارضة وروسيا حول مصير المحافظة.", "meeting", None),
    ("بعد أسبوعين من العمليات العسكرية في محافظة درعا، ألقى الأردن بثقله في محاولة للحد من العنف، وتوسط"
     " لعقد جولة جديدة من المحادثات بين فصائل المعارضة وروسيا في المحافظة.", "meeting",
     ("المحافظة", "gov:daraa")),
    ("أجلت الأمم المتحدة يوم الأحد نحو 600 مدني من أحياء حمص القديمة، بعد يوم من قصف بقذائف الهاون عرقل"
     " هدنة الأمم المتحدة القصيرة وأدى إلى مقتل تسعة من سكان المدينة.", "ceasefire", None),
    ("دخلت قوات الأمن مدينة السويداء أمس. وتظاهر العشرات من أهالي المدينة احتجاجاً على انتشارها.", "protest",
     ("المدينة", "gn:172408")),
    ("أعلنت الفصائل المحلية في مدينة جاسم مقتل قيادي في التنظيم. وتجددت الاشتباكات أمس بين مجموعات محلية من"
     " أبناء المدينة وخلية تابعة للتنظيم.", "clash", "المدينة"),
    # places46: the states whose relations are spoken of («العلاقات بين أنقرة ودمشق») are no scene of the
    # talks (1195: the round is then placed by its own name)
    ("أكدت إيران وروسيا وتركيا، في بيان مشترك صدر في ختام الجولة الجديدة من مباحثات أستانا حول سوريا، ضرورة"
     " مواصلة الجهود لتطبيع العلاقات بين أنقرة ودمشق.", "negotiation-round", "أستانا"),
    # places46: a sea places what happens at sea (SEA_KINDS: a plane down in it, 1165), not a strike fired
    # from a ship there, which falls on land
    ("وذكرت وزارة الدفاع الروسية أن المقاتلة تحطمت في البحر المتوسط نحو الساعة 09:45 بعيد إقلاعها.",
     "incident", "البحر المتوسط"),
    ("أطلقت سفن حربية روسية في البحر الأبيض المتوسط صواريخ على مواقع في ريف إدلب أمس.", "strike",
     "ريف إدلب"),
    # places46: an airbase read as the forces there is where it happened when written with its noun after
    # «في» (base_at, 1165), not its bare name in a body's («مركز المصالحة في حميميم»: 1405, places45's trial)
    ("وتحطمت طائرة نقل روسية أمس أثناء هبوطها في قاعدة حميميم.", "incident", "قاعدة حميميم"),
    ("وأوضح مركز المصالحة في حميميم أن المسلحين قصفوا القرية.", "statement", None),
    ("وجاء ذلك بعد أن أعلن الرئيس فلاديمير بوتين قرار السحب إثر لقائه بالأسد في قاعدة حميميم باللاذقية.",
     "meeting", "قاعدة حميميم"),
    # places46: a speech told with what came before it by «إثر / عقب», no comma, is not placed where that was
    # (1028: the meeting's base), unless the speech has a scene of its own before it («في مؤتمر صحفي»: 607)
    ("وجاء ذلك بعد أن أعلن الرئيس فلاديمير بوتين قرار السحب إثر لقائه بالأسد في قاعدة حميميم باللاذقية.",
     "statement", None),
    ("وأعلن أردوغان في مؤتمر صحفي عقب لقائه بوتين في سوتشي: \"توصلنا اليوم مع بوتين إلى اتفاق تاريخي\".",
     "statement", "سوتشي"),
    # places48: a siege's end is where the place besieged is (SIEGE_WORDS on the end's route: 102, 730, 910),
    # an airbase named by its own noun too; an end of nothing that took place somewhere stays unplaced
    ("تمكنت القوات السورية أمس من كسر الحصار الذي يفرضه التنظيم على مدينة دير الزور منذ أربع سنوات.",
     "end", "مدينة دير الزور"),
    ("نجح الجيش السوري أمس في فك الطوق عن مطار كويرس العسكري في ريف حلب الشرقي.", "end",
     "مطار كويرس العسكري"),
    ("وتمكنت هذه القوات أمس من فك الحصار عن جنود كانوا محاصرين داخل الكلية البحرية في جبلة.", "end", "جبلة"),
    ("أعلنت الفصائل أمس إنهاء مشاركتها في الحصار المفروض على مدينة درعا.", "end", None),  # not its object
    # places48: an end of its own operations («عملياته»: 290), and an anaphor after them (1141: the quarter)
    ("وكان الجيش السوري قد أعلن أمس وقف جميع عملياته في حي الشيخ مقصود.", "end", "حي الشيخ مقصود"),
    ("دخلت القوات الحكومية أمس حي الشيخ مقصود في مدينة حلب. وأعلن الجيش أمس وقف جميع عملياته العسكرية في"
     " الحي.", "end", ("الحي", "hood:sheikh-maqsoud-aleppo")),
    # places48: a title inside a place's name whose actor span runs on past it (title_in_name: «حي الشيخ فارس
    # بقذائف», 1324; «حوش السيد علي وباشرت», 488) is the place's, not a person's
    ("واستهدفت قوات النظام أمس حي الشيخ فارس بقذائف صاروخية، فقُتل طفلان.", "strike", "حي الشيخ فارس"),
    ("وتفيد تقارير محلية بأن قوات الجيش السوري تقدمت أمس داخل حوش السيد علي وباشرت تمشيطها.", "attack",
     "حوش السيد علي"),
    # places48: where a capture's forces were heading ranks after what they took (HEADED_FOR: 731), and stays
    # the capture's place when the clause names no other
    ("حاصر التنظيم مطار كويرس العسكري. وكانت القوات السورية قد سيطرت أمس في طريقها إلى المطار على بلدة الشيخ"
     " أحمد.", "capture", "بلدة الشيخ أحمد"),
    ("تقدمت القوات أمس إلى مدينة منبج وسيطرت عليها.", "capture", "مدينة منبج"),
    # places48: the sky over a capital is a place («في سماء دمشق», 1416), no longer the state the actor finder
    # reads off the capital
    ("اعترضت الدفاعات الجوية السورية مساء أمس هجوماً صاروخياً إسرائيلياً في سماء دمشق والمنطقة الجنوبية.",
     "strike", "سماء دمشق"),
    # places48: a speech made on arriving is made where the speaker arrived (on_arrival: «لدى وصوله إلى
    # فيينا», 1322; 1421), not where he was going
    ("وقال وزير الخارجية الفرنسي لوران فابيوس أمس لدى وصوله إلى فيينا إن المحادثات ستكون صعبة.", "statement",
     "فيينا"),
    ("وقال وزير الخارجية الفرنسي لوران فابيوس أمس قبل توجهه إلى فيينا إن المحادثات ستكون صعبة.", "statement",
     None),
    # placebefore49: a place closing the conjunct before the trigger is the next conjunct's when that one
    # points back to what the first acted on (POINTING_BACK_WORDS: 874's «… في محافظة حلب والقبض على ثلاثة
    # من أفرادها», 1002's «… في مطار كويرس والسيطرة عليه», 1007's «… في ريف حلب، وإلقاء القبض على طيارها»)
    # or the place is one entered (ENTERED_WORDS: 1321's «دخلت جرابلس وفتحت النار», 1255's «اقتحموا دير …
    # في معلولا ويحتجزون»); a conjunct of its own stays unplaced (384's, 1264's «في سوريا وسحب القوات»)
    ("أعلنت الوزارة أمس تفكيك خلية في مدينة جبلة والقبض على أربعة من أفرادها.", "arrest", "مدينة جبلة"),
    ("أعلنت الفصائل أمس إسقاط طائرة حربية في ريف إدلب، وإلقاء القبض على طيارها.", "arrest", "ريف إدلب"),
    ("وذكرت الوكالة أن دبابات تركية دخلت مدينة منبج وفتحت النار على مواقع التنظيم، تساندها طائرات حربية.",
     "strike", "مدينة منبج"),
    ("ودعا المجلس أمس إلى إنهاء العمليات العسكرية في سوريا وسحب القوات من المدن.", "withdrawal", None),
    ("وقع اشتباك عنيف في حي المزة أمس واعتقلت القوات خمسة مسلحين.", "arrest", None),
    # places50: a post over a security service and its seat (SECURITY_WORDS in _post_over_forces: 1691, 1867,
    # 1883, 412) is no scene; the service without a post word still acts where it is
    ("وقال قائد الأمن الداخلي في حلب، محمد عبد الغني، إن القوات الحكومية وضعت خطة لتأمين مداخل الحيين.",
     "statement", None),
    ("أُلقي القبض على مسؤول الأمن السياسي في دمشق إبان حكم نظام الأسد.", "arrest", None),
    ("أعلن الأمن العام في اللاذقية اعتقال خمسة مطلوبين.", "arrest", "اللاذقية"),
    # places50: a day then «بـX» is the day and the place of what the clause reports, as «في X» (1854)
    ("أعلن وزير الخارجية الروسي أمس بدمشق أن الحل سياسي.", "statement", "دمشق"),
    # places50: an agreement's noun told as made in a relative clause, its parties named at length
    # (MADE_WORDS, MADE_PRONOUNS: 1788, 1924), a settlement's noun after «في» too
    ("وتأتي هذه الإجراءات تطبيقاً لمذكرة التفاهم التي توصل إليها الرئيس الروسي فلاديمير بوتين ونظيره التركي"
     " رجب طيب أردوغان في سوتشي الثلاثاء الماضي.", "agreement", "سوتشي"),
    ("ويأتي الانسحاب تنفيذاً لمذكرة التفاهم التي وقعها الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان"
     " في مدينة سوتشي يوم 22 تشرين الأول.", "agreement", "مدينة سوتشي"),
    # places50: a press conference at its speaker's capital is where he spoke (SPOKEN_AT_HOME_WORDS in
    # _at_home: 1382); a body's meeting there is still its seat
    ("وقال وزير الخارجية التركي مولود تشاووش أوغلو في مؤتمر صحفي عقده اليوم الثلاثاء في أنقرة إن تركيا لا"
     " تنوي نقل النقطة.", "statement", "أنقرة"),
    ("أعلن مجلس الأمن القومي التركي، عقب اجتماع عقده اليوم الأربعاء في أنقرة، أن العملية مستمرة.",
     "statement", None),
    # places50: a source's seat before a place framed by its own noun, a relative adjective after the source
    # (OWN_NOUN_FRAMES, SOURCE_WORDS in _posted: 2053); not any post word («أبناء العشائر في ريف …»)
    ("وقال مصدر سوري إن عناصر الحرس الوطني هاجموا مواقع الأمن العام غرب السويداء، فيما أفاد مصدر محلي في ريف"
     " درعا الشرقي بمقتل عناصر بقذيفة صاروخية استهدفت سيارتهم.", "strike", None),
    ("تتواصل المواجهات بين قسد ومجموعات من أبناء العشائر في ريف دير الزور.", "clash", "ريف دير الزور"),
    # places50: villages the gazetteer lacked (curated.toml: 1715, 1812, 1813, 2021)
    ("وأضافت الوكالة أن القوات الإسرائيلية توغلت غرب رويحينة.", "deployment", "غرب رويحينة"),
    ("ثم انسحبت القوات الإسرائيلية باتجاه ثكنة الجزيرة غرب قرية معرية.", "withdrawal", "غرب قرية معرية"),
    ("وأشار إلى أن قوة إسرائيلية أخرى توغلت في موقع عسكري في الرفيد.", "deployment", "الرفيد"),
    ("وسيطر الثوار على بلدة جوسية القريبة.", "capture", "بلدة جوسية"),
    # places51: «القرية» points back to a village named by its side too (_VILLAGE_REFERENT_FRAMES: 1813);
    # a city named by its side stays a locator no village is told again by
    ("وأضافت الوكالة أن القوات الإسرائيلية توغلت غرب رويحينة، وأطلقت قذيفتين مدفعيتين نحو محيط القرية.",
     "strike", ("القرية", "village:ruwayhina")),
    ("وأضافت الوكالة أن القوات الإسرائيلية توغلت غرب مدينة درعا، وأطلقت قذيفتين مدفعيتين نحو محيط القرية.",
     "strike", None),
    # places51: «the same front / square / areas» points back to the place told before with that noun
    # (SAME_PLACE_PHRASES: 1804, 1795, 1889); no front told before, no place
    ("اندلعت اشتباكات بين قسد والجيش الوطني على محور سد تشرين في ريف حلب الشرقي.\nوكان المرصد قد رصد أمس"
     " اشتباكاً بين الجانبين على المحور نفسه.", "clash", ("المحور نفسه", "site:tishrin-dam")),
    ("خرج عشرات المواطنين في مظاهرة شعبية بساحة الكرامة وسط مدينة السويداء.\nوكان العشرات قد شاركوا أمس"
     " بمظاهرة مماثلة في الساحة ذاتها.", "protest", ("الساحة ذاتها", "site:karama-square-suwayda")),
    ("وكان المرصد قد رصد أمس اشتباكاً بين الجانبين على المحور نفسه.", "clash", None),
    # places53: a span of time counted in words after «منذ» is the fighting's own time (SPAN_COUNTS)
    ("وتشهد محافظة السويداء جنوب سوريا منذ ثلاثة أيام اشتباكات عنيفة بين قوات الأمن ومجموعات مسلحة.",
     "clash", "محافظة السويداء"),
    ("اندلعت في محافظة السويداء منذ عدة أيام اشتباكات عنيفة بين قوات الأمن ومجموعات مسلحة.", "clash",
     "محافظة السويداء"),
    # places53: attacks in the plural, after the span they lasted (LASTING_WORDS), are where the capture is
    ("سيطرت الفصائل أمس على معسكري وادي الضيف والحامدية، بعد عامين من الهجمات على المعسكرين.", "attack",
     "وادي الضيف"),
    # (not one attack since which the span is counted)
    ("سيطرت الفصائل أمس على معسكري وادي الضيف والحامدية، بعد عامين من هجوم واسع أطلقته.", "attack", None),
    # places53: a visit's destination right after its subject, the visitor (_visitor_between)
    ("زار الرئيس السوداني عمر البشير دمشق بشكل مفاجئ أمس.", "meeting", "دمشق"),
    # places53: a state after a border shared with it, or all over it, is the ground, not a body acting
    # (_state_as_ground); a state a party agrees with is no place
    ("اندلعت أمس اشتباكات مسلحة بين الجيش الأردني وتجار مخدرات على طول الحدود مع سوريا.", "clash", "سوريا"),
    ("صوت مجلس الأمن أمس على قرار يقضي بوقف فوري لإطلاق النار في كل أنحاء سوريا لمدة 30 يوما.", "ceasefire",
     "سوريا"),
    ("اتفقت تركيا أمس مع سوريا على تبادل الأسرى.", "agreement", None),
    # (nor where fighters came from: «من أنحاء سوريا»)
    ("اتسع نطاق الاشتباكات أمس مع قدوم مقاتلين عشائريين من أنحاء سوريا لإسناد مقاتلي البدو.", "clash", None),
    # places53: an embassy's work resumed is where it is, the place of its «في» its seat (_embassy_in)
    ("افتتحت السلطات السورية أمس مقر السفارة الليبية في دمشق بعد إغلاق دام ثماني سنوات.", "resumption",
     "دمشق"),
    ("أعلنت وزارة الخارجية الإماراتية أمس عودة العمل في سفارة دولة الإمارات العربية المتحدة في دمشق.",
     "resumption", "دمشق"),
    # places54: what a stop stops, with whose it is, is where it went (ROUTE_WORDS): flights, raids, convoys
    ("أعلنت الخطوط الجوية القطرية أمس أنها ستستأنف بدءاً من الثلاثاء رحلاتها إلى دمشق.", "resumption", "دمشق"),
    ("قررت روسيا أمس تعليق غاراتها قرب الحدود التركية.", "suspension", "قرب الحدود التركية"),
    ("أعلنت الأمم المتحدة أمس أن المنظمة الدولية علقت تحركات جميع قوافل المساعدات في سوريا.", "suspension",
     "سوريا"),
    # (not the place of what came before the stop, told after «بعد / إثر / عقب»)
    ("أعلنت رئاسة الأركان التركية أمس أن مقاتلاتها استأنفت غاراتها بعد توقف دام خمسة أيام أعقب إسقاط المقاتلة"
     " الروسية في إدلب.", "resumption", None),
    # places54: talks with post-holders told at X are held at X, where those they met are (_talks_with_posted)
    ("وتجري الحكومة السورية وروسيا مفاوضات مع مسؤولين في دوما، آخر معاقل المعارضة المسلحة في الغوطة الشرقية.",
     "negotiation-round", "دوما"),
    ("أجرى وزير الخارجية السوري أمس مباحثات مع مسؤولين صينيين في بكين.", "meeting", "بكين"),
    # (a post-holder's place with no talks before «مع» stays his post's)
    ("قال مسؤولون صينيون في بكين أمس إن المباحثات ستستمر.", "statement", None),
    # places55: a country after a stance's noun and «ل» is whose stance it is, no scene (_stance_of)
    ("استقبل الرئيس السوري أمس وزير الخارجية الجزائري، وأشاد خلال اللقاء بالموقف المبدئي والإيجابي للجزائر"
     " حيال سوريا.", "meeting", None),
    # (a visit «لروسيا» still goes there)
    ("وصل وزير الخارجية أمس في زيارة لروسيا.", "meeting", "روسيا"),
    # places55: a speech delivered at X, a post or a body between (_delivered)
    ("أعلن كوفي عنان أمس، في بيان تلاه المتحدث باسمه في بكين، أن دمشق قبلت خطة السلام.", "statement", "بكين"),
    ("أكد المبعوث الأممي أمس، في إحاطة قدمها أمام مجلس الأمن الدولي في نيويورك، ضرورة الحل السياسي.",
     "statement", "نيويورك"),
    # places55: a state's unity or sovereignty is what is spoken of, no scene (INTEGRITY_WORDS)
    ("وكان المبعوث الرئاسي الروسي إلى سوريا ألكسندر لافرينتيف قد شدد، خلال لقائه الوفد التركي الثلاثاء"
     " الماضي، على ضرورة حل قضية وحدة الأراضي السورية.", "meeting", None),
    # places55: a talk's topic ends before a place abroad after the place in Syria it opens on
    # (_topic_ends_abroad); a place in Syria after it is still the topic
    ("وجاء في البيان الختامي أنه تقرر عقد اللقاء الدولي رفيع المستوى حول سوريا في أستانا في النصف الثاني من"
     " ديسمبر 2017.", "negotiation-round", "أستانا"),
    ("عقد الوزيران أمس اجتماعاً حول الأوضاع في سوريا.", "meeting", None),
    # places55: sources in the plural with two adjectives are held at «في X» (PLURAL_SOURCES); one source
    # described twice speaks there
    ("وقالت مصادر دبلوماسية عربية في دمشق أمس لوكالة الأنباء الألمانية إن الزيارة خطوة مهمة.", "statement",
     None),
    ("وقال مصدر دبلوماسي غربي في جنيف أمس إن المحادثات ستستأنف.", "statement", "جنيف"),
    # places55: what «أفاد» reports opens at «بال…», whose scene is no scene of the report (_reported_with_bi)
    ("وأفادت قناة الإخبارية السورية، الثلاثاء، بالتوصل إلى اتفاق لوقف إطلاق النار في حيي الأشرفية والشيخ"
     " مقصود بين القوات الحكومية وقسد.", "statement", None),
    # places55: a directorate's seat places neither what it reports nor what it reports of (POST_WORDS)
    ("وأفادت مديرية الصحة في حلب أمس بإصابة 9 أشخاص جراء استهداف «قسد» الأحياء المدنية.", "statement", None),
    ("وأفادت مديرية الصحة في حلب أمس بإصابة 9 أشخاص جراء استهداف «قسد» الأحياء المدنية.", "attack", None),
    # places56: a state's mission or an office, two words of its name before «في X», sits at X
    # (_seat_of_a_mission); the embassy a resumption opens is still placed there (_embassy_in)
    ("وحذرت سفارة الولايات المتحدة في سوريا أمس رعاياها من ارتفاع خطر وقوع هجمات.", "statement", None),
    ("وقال مكتب الأمم المتحدة في جنيف أمس إن المحادثات ستستأنف.", "statement", None),
    ("وكان ممثلون عن الأمم المتحدة ومكتب \"التنسيق الإنساني\" في معبر باب الهوى قد عقدوا اجتماعاً أمس.",
     "meeting", None),
    ("أعلنت وزارة الخارجية أمس عودة العمل في سفارة دولة الإمارات في دمشق.", "resumption", "دمشق"),
    # (a speaker who speaks at X, no mission before it, is placed there)
    ("وقال وزير الخارجية الفرنسي أمس في جنيف إن المحادثات ستستأنف.", "statement", "جنيف"),
])
def test_the_place_that_governs_the_clause(text: str, kind: str, place: str | tuple[str, str] | None) -> None:
    if isinstance(place, tuple):  # an anaphor: its words as written, its referent's entry
        assert _entries(text)[kind] == place
    else:
        assert _places(text)[kind] == place


@pytest.mark.parametrize(("text", "places"), [
    # places54 (twin_told): a deployment told again in its conjunct, its date a window around the first's
    ("طوّقت قوات الأسد مدينة الصنمين في ريف درعا الشمالي فجر يوم الأحد، بعد أن حشدت مئات العناصر على أطرافها.",
     ["مدينة الصنمين", "مدينة الصنمين"]),
    # (not a strike of the next conjunct: «، وقصفت المدفعية»)
    ("قصفت الطائرات الروسية أمس مدينة حلب، وقصفت المدفعية مواقع للفصائل.", [None, "مدينة حلب"]),
    # places55: the reports read in the order the text tells them, a twin after the first it retells
    ("وجاءت الاشتباكات أمس إثر مهاجمة هذه المجموعات حاجزاً لإدارة الأمن قرب مدينة اللاذقية واستهدافها سيارات"
     " الأهالي.", ["قرب مدينة اللاذقية", "قرب مدينة اللاذقية"]),
])
def test_a_happening_told_again_in_its_conjunct_is_where_it_was_told_first(text: str,
                                                                           places: list[str | None]) -> None:
    article = st.Article.build("t", text, published=DAY)
    found = [r.where.location_ar if r.where else None
             for e in st.Timeline.from_articles([article], knowledge=False) for r in e.records or (e,)]
    assert found == places


def test_an_agreement_s_scene_told_in_the_next_sentence() -> None:
    # places14 (``_scene_told_next``: 215's «توصلت … إلى خطة …. وأعلن كيري الاتفاق في مؤتمر صحافي …، في ختام
    # ثلاثة أيام من المحادثات بينهما في جنيف»): the agreement the next sentence retells after talks abroad
    found = _entries("توصلت فرنسا وألمانيا أمس إلى خطة لإيصال المساعدات الإنسانية.\nوأعلن الوزيران الاتفاق في"
                     " مؤتمر صحفي مشترك، في ختام يومين من المحادثات بينهما في باريس.")
    assert found["agreement"] == ("باريس", "abroad:paris")


def test_a_place_of_another_sentence_is_not_taken() -> None:
    found = _places("وصل الوفد أمس إلى مدينة حلب. وقصفت الطائرات الروسية أمس مواقع المسلحين.")
    assert found["strike"] is None


@pytest.mark.parametrize(("text", "kind", "place"), [
    # 203's «زيارة عمل إلى موسكو يلتقي خلالها الرئيس الروسي …، في أول لقاء بينهما»
    ("يبدأ الرئيس السوري اليوم زيارة عمل إلى موسكو يلتقي خلالها الرئيس الروسي، في أول لقاء بينهما منذ سنوات.",
     "meeting", "موسكو"),
    # 230's «اختتمت … في العاصمة الكازاخستانية نور سلطان أعمال الجولة السابعة عشرة من محادثات أستانا»
    ("اختتمت اليوم في العاصمة الكازاخستانية أعمال الجولة السابعة عشرة من محادثات أستانا حول سوريا.",
     "negotiation-round", "العاصمة الكازاخستانية"),
    # no ordinal, no place of the clause before: unplaced as before
    ("التقى الوزيران أمس، في أول لقاء بينهما منذ سنوات.", "meeting", None),
])
def test_a_happening_told_again_by_its_rank_is_placed_as_told_before(text: str, kind: str,
                                                                      place: str | None) -> None:
    """A happening named after an ordinal («في أول لقاء بينهما») is the one its clause told before: every
    report of it has that one's place (``where._ranked``)."""
    article = st.Article.build("t", text, published=DAY)
    reports = [r for e in st.Timeline.from_articles([article], knowledge=False) for r in e.records or (e,)
               if r.kind.value == kind]
    assert reports
    assert {r.where.location_ar if r.where else None for r in reports} == {place}


_LEAD: Final = "قتل خمسة مدنيين أمس جراء غارات جوية على مواقع في شمال سوريا.\n"


@pytest.mark.parametrize(("text", "place"), [
    # places30: a later sentence retells the lead's strike with the one town it hit inside the lead's country
    (_LEAD + "وقالت مصادر محلية إن الطائرات دمرت منزلاً في بلدة سراقب.", "بلدة سراقب"),
    (_LEAD + "وقالت مصادر محلية إن الطائرات دمرت منزلاً في بلدة سراقب بريف إدلب الشرقي.", "بلدة سراقب"),
    (_LEAD + "وقالت المصادر إن الحصيلة مرشحة للارتفاع.\nوأضافت أن الغارات أصابت مقراً في مدينة أريحا.",
     "مدينة أريحا"),
    # places38: the shelling named again («القصف») retells it too
    (_LEAD + "وأوضح المرصد أن القصف طال مستودعاً في بلدة سراقب.", "بلدة سراقب"),
    # a lead spreading its strikes over many places keeps its country
    (_LEAD.replace("مواقع", "مناطق متفرقة") + "وقالت مصادر محلية إن الطائرات دمرت منزلاً في بلدة سراقب.",
     "شمال سوريا"),
    # two towns: strikes on many places
    (_LEAD + "وقالت مصادر محلية إن الطائرات دمرت منازل في بلدة سراقب ومدينة أريحا.", "شمال سوريا"),
    # a town after «، فيما», in what came before («وكانت … قد»), or in no retelling sentence is not the
    # lead's; the shells that fell on the town after «، فيما» are a strike of their own there (fell_at)
    (_LEAD + "وقالت مصادر محلية إن الطائرات دمرت مواقع، فيما سقطت قذائف على بلدة سراقب.",
     ("شمال سوريا", "بلدة سراقب")),
    (_LEAD + "وكانت الطائرات قد دمرت منزلاً في بلدة سراقب الشهر الماضي.", "شمال سوريا"),
    (_LEAD + "وزار الوزير أمس بلدة سراقب.", "شمال سوريا"),
])
def test_a_lead_s_strike_retold_with_its_town(text: str, place: str | tuple[str, ...]) -> None:
    """A strike its lead places at the country only is placed at the one town a later sentence retelling it
    names inside that country (``where._retold_narrower``); *place* is a tuple where the text tells a second
    strike of its own, the lead's place first."""
    article = st.Article.build("t", text, published=DAY)
    events = st.Timeline.from_articles([article], knowledge=False)
    found = {r.where.location_ar if r.where else None for e in events for r in e.records or (e,)
             if r.kind.value == "strike"}
    assert found == ({place} if isinstance(place, str) else set(place))


@pytest.mark.parametrize(("text", "place", "kind"), [
    # an arrest and a withdrawal, by their own words told again («عملية الإنزال», «أخلت»)
    ("أعلن التحالف اعتقال قيادي في التنظيم خلال عملية نفذها في سوريا أمس.\nوبحسب المرصد، جرت عملية الإنزال في"
     " قرية الحميرة بريف حلب الشمالي.", "قرية الحميرة", "arrest"),
    ("انسحبت القوات الأمريكية أمس من قاعدة في شمال سوريا.\nوتشير المعلومات إلى أن القوات أخلت مطار صرين الذي"
     " اتخذته قاعدة لها.", "مطار صرين", "withdrawal"),
    # two villages: the lead's country kept
    ("أعلن التحالف اعتقال قيادي في التنظيم خلال عملية نفذها في سوريا أمس.\nوبحسب المرصد، جرت العملية في قرية"
     " الحميرة وبلدة دابق.", "سوريا", "arrest"),
    # places52: fighting and an attack, by their own words told again («المعارك», «استهدفوا»); not where the
    # fighting drew near («واقتربت المعارك من مشارف …»)
    ("اندلعت أمس معارك بين فصائل المعارضة في شمال غرب سوريا.\nوأكد مدير المرصد أن المعارك دارت قرب بلدة رأس"
     " الحصن في شمال محافظة إدلب.", "قرب بلدة رأس الحصن", "clash"),
    ("تواصلت المعارك أمس في شمال سوريا.\nوبحسب ناشطين، سيطرت الفصائل على عدد من البلدات، واقتربت المعارك من"
     " مشارف مدينة حلب.", "شمال سوريا", "clash"),
    ("قتل 26 جندياً أمس في هجوم شنه التنظيم على حافلة عسكرية في شرق سوريا.\nوأوضح المرصد أن عناصر التنظيم"
     " استهدفوا الحافلة ليلاً في بادية الميادين بريف دير الزور الشرقي.", "ريف دير الزور الشرقي", "attack"),
])
def test_a_lead_s_arrest_or_withdrawal_retold_with_its_town(text: str, place: str, kind: str) -> None:
    """An arrest, a withdrawal, a clash or an attack, by their own words told again
    (``where.RETOLD_WORDS``)."""
    article = st.Article.build("t", text, published=DAY)
    events = st.Timeline.from_articles([article], knowledge=False)
    found = {r.where.location_ar if r.where else None for e in events for r in e.records or (e,)
             if r.kind.value == kind}
    assert found == {place}


def test_a_place_inside_a_body_s_name_is_not_where() -> None:
    found = _places("هاجمت قوات سوريا الديمقراطية أمس مواقع التنظيم.")
    assert found["attack"] is None


def test_an_event_s_place_carries_the_gazetteer_entry() -> None:
    article = st.Article.build("t", "قصفت الطائرات أمس مدينة سراقب.", published=DAY)
    (e,) = st.Timeline.from_articles([article], knowledge=False)
    w = e.where
    assert w is not None
    assert (w.location, w.admin1, w.admin1_en, w.country, int(w.geo_precision)) == ("Saraqib", "12", "Idlib",
                                                                                     "SY", 1)
    assert w.latitude is not None and w.longitude is not None
    assert "where: مدينة سراقب (Saraqib, Idlib)" in str(e.explain())


def test_an_event_in_a_district_is_placed_at_the_district() -> None:
    article = st.Article.build("t", "قصفت الطائرات أمس قرى في منطقة معرة النعمان.", published=DAY)
    (e,) = st.Timeline.from_articles([article], knowledge=False)
    w = e.where
    assert w is not None
    assert (w.location_ar, w.place_id, w.kind, w.admin1, int(w.geo_precision)) == (
        "منطقة معرة النعمان", "district:maarrat-al-numan", "district", "12", 2)
    assert w.latitude is not None  # its seat's
    article = st.Article.build("t", "قصفت الطائرات أمس مدينة معرة النعمان.", published=DAY)
    (e,) = st.Timeline.from_articles([article], knowledge=False)
    assert e.where is not None and (e.where.kind, int(e.where.geo_precision)) == ("town", 1)


def _where_of(sentence: str) -> Where:
    (e,) = st.Timeline.from_articles([st.Article.build("t", sentence, published=DAY)], knowledge=False)
    assert e.where is not None
    return e.where


def test_a_place_with_no_point_of_its_own_takes_its_governorate_s() -> None:
    """places37: precision 1 always means the place's own coordinates; a village with none is coded at
    its governorate (its point, precision 3), never at a made-up point, and says so."""
    gaz = gazetteer()
    assert gaz.places["village:tarnaba"].latitude is None
    w = _where_of("قصفت الطائرات أمس بلدة الترنبة.")
    idlib = gaz.places["gov:idlib"]
    assert (w.place_id, w.location, int(w.geo_precision), w.point_of, w.name_precision) == (
        "village:tarnaba", "Tarnaba", 3, "gov:idlib", 1)
    assert (w.latitude, w.longitude) == (idlib.latitude, idlib.longitude) and w.fineness == 1
    (e,) = st.Timeline.from_articles([st.Article.build("t", "قصفت الطائرات أمس بلدة الترنبة.",
                                                       published=DAY)], knowledge=False)
    assert "no point of its own: the point and precision of gov:idlib" in str(e.explain())


def test_a_place_in_rif_dimashq_takes_its_capitals_point() -> None:
    """places38: Rif Dimashq, of no seat of its own name, has its capital's point (Damascus, without
    Damascus's names), so a village there with no point of its own is drawn at it, precision 3."""
    gaz = gazetteer()
    rif, damascus = gaz.places["gov:rif-dimashq"], gaz.places["gn:170654"]
    assert (rif.latitude, rif.longitude) == (damascus.latitude, damascus.longitude) and rif.seat == ""
    assert rif.names_ar == ("ريف دمشق",)
    w = _where_of("قصفت الطائرات أمس بلدة بيت جن.")
    assert (w.place_id, int(w.geo_precision), w.point_of, w.latitude) == (
        "village:beit-jinn", 3, "gov:rif-dimashq", damascus.latitude)
    w = _where_of("اشتباكات عنيفة أمس في ريف دمشق.")  # the governorate itself: its point, precision 3
    assert (w.place_id, int(w.geo_precision), w.point_of, w.longitude) == (
        "gov:rif-dimashq", 3, "", damascus.longitude)


def test_a_place_with_its_own_point_keeps_it() -> None:
    w = _where_of("قصفت الطائرات أمس مدينة سراقب.")
    assert (int(w.geo_precision), w.point_of, w.name_precision) == (1, "", None)
    w = _where_of("قصفت الطائرات أمس ريف إدلب الجنوبي.")  # a region of a governorate with a point: its own
    assert (int(w.geo_precision), w.point_of) == (2, "")


def test_no_event_has_precision_1_without_its_own_point() -> None:
    for sentence in ("قصفت الطائرات أمس بلدة الترنبة.", "قصفت الطائرات أمس تل الحارة.",
                     "قصفت الطائرات أمس معبر نصيب."):
        w = _where_of(sentence)
        assert int(w.geo_precision) == 3 and w.point_of and w.name_precision == 1


# -- compatibility and filters ----------------------------------------------------------------------------
IDLIB = Where("محافظة إدلب", "Idlib Governorate", "gov:idlib", "governorate", "12", country="SY",
              geo_precision=3)
SARAQIB = Where("سراقب", "Saraqib", "gn:164816", "town", "12", country="SY")
ARIHA = Where("أريحا", "Ariha", "gn:172946", "town", "12", country="SY")
SYRIA = Where("سوريا", "Syria", "country:sy", "country", country="SY", geo_precision=4)
MOSCOW = Where("موسكو", "Moscow", "abroad:moscow", "abroad", country="RU")
AFRIN_DISTRICT = Where("منطقة عفرين", "Afrin District", "district:afrin", "district", "09", country="SY",
                       geo_precision=2)
AFRIN = Where("مدينة عفرين", "Afrin", "gn:174186", "town", "09", country="SY")
AZAZ = Where("مدينة أعزاز", "Azaz", "gn:172082", "town", "09", country="SY")


def test_places_are_compatible_when_one_holds_the_other() -> None:
    assert compatible(SARAQIB, SARAQIB) and compatible(SARAQIB, None)
    assert compatible(IDLIB, SARAQIB) and compatible(SARAQIB, IDLIB)
    assert compatible(SYRIA, ARIHA)
    assert not compatible(SARAQIB, ARIHA)
    assert not compatible(SYRIA, MOSCOW)
    assert merged_where([IDLIB, SARAQIB, None]) == SARAQIB  # the most precise that fits all
    assert merged_where([SARAQIB, ARIHA, IDLIB]) == IDLIB  # the towns do not fit each other
    # a district holds its seat town (the gazetteer knows no other town's district)
    assert compatible(AFRIN_DISTRICT, AFRIN) and compatible(AFRIN, AFRIN_DISTRICT)
    assert not compatible(AFRIN_DISTRICT, AZAZ) and not compatible(AFRIN, AZAZ)
    assert merged_where([AFRIN_DISTRICT, AFRIN]) == AFRIN


def _strikes(*texts: str) -> list[tuple[str | None, int]]:
    """The strikes the texts (one article each, the same day) make: (place, how many reports)."""
    articles = [st.Article.build(f"a{n}", t, published=DAY) for n, t in enumerate(texts)]
    return [(e.where.location_ar if e.where else None, len(e.records or (e,)))
            for e in st.Timeline.from_articles(articles, knowledge=False) if e.kind is EventKind.STRIKE]


def test_reports_merge_only_when_their_places_are_compatible() -> None:
    strike = "قصفت الطائرات الروسية أمس "
    # a district and its seat town, a governorate and a town inside it: one strike, at the town
    assert _strikes(strike + "قرى في منطقة عفرين.", strike + "مدينة عفرين.") == [("مدينة عفرين", 2)]
    assert _strikes(strike + "قرى في محافظة إدلب.", strike + "مدينة سراقب.") == [("مدينة سراقب", 2)]
    # two towns, or a district and a town that is not its seat: two strikes
    assert sorted(_strikes(strike + "مدينة سراقب.", strike + "مدينة أريحا.")) == [
        ("مدينة أريحا", 1), ("مدينة سراقب", 1)]
    assert sorted(_strikes(strike + "قرى في منطقة عفرين.", strike + "مدينة أعزاز.")) == [
        ("مدينة أعزاز", 1), ("منطقة عفرين", 1)]
    # places20: Syria's borders, named by the country alone, may run by any Syrian place; a border between
    # two named states holds no place of its own
    assert _strikes(strike + "مواقع قرب الحدود السورية.", strike + "مواقع في محافظة إدلب.") == [
        ("قرب الحدود السورية", 2)]
    assert len(_strikes(strike + "مواقع قرب الحدود السورية العراقية.", strike + "مواقع في محافظة إدلب.")) == 2


def test_a_site_of_damascus_lies_in_the_city() -> None:
    # places45: Damascus is its governorate whole (WHOLE_GOVERNORATE_CITIES), so a visit to the city and the
    # talks at the People's Palace are one meeting (1101), placed at the palace
    text = ("وصل رئيس الحكومة العراقية محمد شياع السوداني أمس إلى العاصمة السورية دمشق في زيارة رسمية التقى"
            " خلالها الرئيس السوري بشار الأسد.\nوذكر بيان لمكتبه أن الأسد استقبل ضيفه في قصر الشعب أمس.")
    article = st.Article.build("a", text, published=DAY)
    events = st.Timeline.from_articles([article], knowledge=False)
    meetings = [e for e in events if e.kind is EventKind.MEETING]
    assert len(meetings) == 1


def test_place_names_in_arabic_and_english() -> None:
    assert {p.id for p in places_named("إدلب")} == {p.id for p in places_named("idlib")}
    assert governorate_named("Idlib") == governorate_named("محافظة إدلب") == governorate_named("12") == "12"
    assert inside(SARAQIB, places_named("إدلب")) and not inside(SARAQIB, places_named("حلب"))
    assert not inside(None, places_named("إدلب"))
    with pytest.raises(KeyError, match="unknown place 'Narnia'"):
        places_named("Narnia")
    with pytest.raises(KeyError, match="unknown governorate 'Saraqib'"):
        governorate_named("Saraqib")


def test_timeline_events_filter_by_place() -> None:
    article = st.Article.build("t", "قصفت الطائرات أمس مدينة سراقب. وقصفت الطائرات أمس مدينة حلب.",
                               published=DAY)
    tl = st.Timeline.from_articles([article], knowledge=False)
    assert [e.where.location for e in tl.events(place="Idlib") if e.where] == ["Saraqib"]
    assert [e.where.location for e in tl.events(admin1="حلب") if e.where] == ["Aleppo"]
    assert len(tl.events(kind=EventKind.STRIKE.value)) == 2


@pytest.mark.parametrize(("text", "asked", "written"), [
    ("قصفت الطائرات أمس قرية عثمان في ريف حماة. وقصفت الطائرات أمس مدينة حلب.", "عثمان", "قرية عثمان"),
    ("قصفت الطائرات أمس بلدة كفرعويد. وقصفت الطائرات أمس مدينة حلب.", "كفرعويد", "بلدة كفرعويد"),
    ("قصفت الطائرات أمس حيّ الأرمن. وقصفت الطائرات أمس مدينة حلب.", "الارمن", "حيّ الأرمن"),
])
def test_a_name_only_the_texts_know_filters_its_events(text: str, asked: str, written: str) -> None:
    """A place the gazetteer lacks, kept as written after a settlement noun, is asked for by its name
    (spelling folded: «الارمن» finds «حيّ الأرمن»); a name neither the gazetteer nor any event of the
    timeline knows is a clear error, not an empty answer."""
    tl = st.Timeline.from_articles([st.Article.build("t", text, published=DAY)], knowledge=False)
    found = tl.events(place=asked)
    assert [e.where.location_ar for e in found if e.where] == [written]
    assert found[0].where is not None and found[0].where.place_id == written_place_id(asked)
    assert [e.where.location for e in tl.events(place="Aleppo") if e.where] == ["Aleppo"]
    with pytest.raises(KeyError, match=r"unknown place 'عثمانية'.*nor a place as written"):
        tl.events(place="عثمانية")


_SPEECH_WORDS = hs.sampled_from(["إن", "أن", "بأن", "وأن", "وإن", "إنّ", "أنَّ", "آن", "ان", "قال", "لكن",
                                 "أنه", "بين", "إنما", "عن", "ن", "ـن", "ٱن", "إن،", "«أن»", "٣ن",
                                 "أنها", "بأنهم", "إنهم", "إنة", "أنهمـ", "انه", "هم", "ها", "بان", "كي",
                                 "كى"])


@given(words=hs.lists(_SPEECH_WORDS | hs.text(alphabet="ابتنوأإآٱىةهمۃـَُِّ ،.0٣", max_size=6), max_size=14),
       cut=hs.integers(0, 80), span=hs.integers(0, 120))
def test_the_said_from_fast_path_is_the_plain_rule(words: list[str], cut: int, span: int) -> None:
    text = " ".join(words)
    trigger = min(cut, len(text))
    end = min(len(text), trigger + span)
    assert _said_from(text, trigger, end) == _said_from_plain(text, trigger, end)


#: Letters the fold changes (alef forms, ى, ة, ۃ, Persian and Latin letters), the vowel marks the words before
#: a place are read without, tatweel, digits, spaces and punctuation: the fast paths read off the article's
#: fold, and take the marks out only of a text that has some.
_FOLDING = "ابتنوأإآٱىيةهمۃیکگـَُِّْٰ ،.«»0٣AbZ"


@given(text=hs.text(alphabet=_FOLDING, max_size=300) | hs.text(max_size=40), pos=hs.integers(0, 320),
       n=hs.integers(1, 10), floor=hs.integers(0, 320))
def test_the_words_before_fast_path_is_the_plain_rule(text: str, pos: int, n: int, floor: int) -> None:
    assert _words_before(text, pos, n, floor) == _words_before_plain(text, pos, n, floor)


@given(text=hs.text(alphabet=_FOLDING, max_size=300) | hs.text(max_size=300), a=hs.integers(0, 320),
       b=hs.integers(0, 320))
def test_a_slice_of_the_fold_is_the_fold_of_the_slice(text: str, a: int, b: int) -> None:
    assert _fold_of(text, a, b) == fold(text[a:b])


_NEXT_TOKENS = hs.sampled_from(["وجاء", "جاء", "وجاءت", "ذلك", "القرار", "الاتفاق", "اتفقا", "في", "ختام",
                                "محادثات", "جنيف", "موسكو", "حلب", "قال", "أن", "إن", "وقال", "وجَاء",
                                "الوزير", "2", "ـ"])


@settings(max_examples=300)
@given(text=hs.lists(hs.tuples(_NEXT_TOKENS, hs.sampled_from([" ", " ", ". ", "، ", "\n", "؟", "."])),
                     max_size=16).map(lambda xs: "".join(w + sep for w, sep in xs)),
       end=hs.integers(0, 200), kind=hs.sampled_from([EventKind.STATEMENT, EventKind.AGREEMENT]))
@example(text="قال الوزير إن الحل سياسي. وجاء ذلك في ختام محادثات في جنيف.", end=24, kind=EventKind.STATEMENT)
@example(text="قال الوزير إن الحل سياسي. وجاء ذلك في ختام محادثات في جنيف.", end=24, kind=EventKind.AGREEMENT)
def test_the_scene_told_next_fast_path_is_the_plain_rule(text: str, end: int, kind: EventKind) -> None:
    # places18: a statement's next sentence is read only when it opens on «جاء»
    from syrtimeline.events import where

    places = where._places(text)
    end = min(end, len(text))
    fast = where._scene_told_next(text, places, end, kind)
    assert fast == where._scene_told_next_plain(text, places, end, kind)


def test_live_fire_is_no_neighbourhood() -> None:
    from syrtimeline.events import where

    text = "قصفت القوات أمس حي بابا عمرو. وأطلقت قوات الأمن النار بالرصاص الحي على المتظاهرين في الحي."
    anaphors = [text[at:at + 6] for at, _ in where._places(text).anaphors]
    assert anaphors == ["الحي."]  # «في الحي», not «بالرصاص الحي»


@pytest.mark.parametrize(("text", "kind", "written"), [
    ("تظاهر مئات الأشخاص أمس في مدينة السليمانية احتجاجاً على الغارات.", "protest", "مدينة السليمانية"),
    ("وتعرض مطار السليمانية الدولي أمس لقصف بطائرة مسيرة.", "strike", "مطار السليمانية"),
])
def test_sulaymaniyah_keeps_both_candidates(text: str, kind: str, written: str) -> None:
    # places25: «السليمانية» is Sulaymaniyah in Iraq and a quarter of Aleppo; framed, it is a place of the two
    # candidates, none guessed; bare it is no place («التكية السليمانية» is a mosque in Damascus)
    article = st.Article.build("t", text, published=DAY)
    found = {r.kind.value: r.where for e in st.Timeline.from_articles([article], knowledge=False)
             for r in e.records or (e,)}
    where = found[kind]
    assert where is not None and where.location_ar == written and where.place_id == ""
    assert set(where.candidates) == {"abroad:sulaymaniyah", "hood:sulaymaniyah-aleppo"}
    assert extract_places("وزار الوفد التكية السليمانية أمس.") == []


@pytest.mark.parametrize(("text", "frame"), [
    ("ورحبت كل من أنقرة وموسكو أمس بالاتفاق.", "name"),  # «كل من»: each of them, those who act (places34)
    ("وأدانت كل من الأردن وتركيا أمس الهجوم.", None),  # a state needing a frame has none there
    ("ووصل الوفد أمس من أنقرة.", "preposition"),  # «من» alone is a place's preposition
])
def test_each_of_is_no_preposition(text: str, frame: str | None) -> None:
    found = extract_places(text)
    assert (found[0].frame if found else None) == frame


@pytest.mark.parametrize(("text", "written"), [
    # closed_at (kinds50): a crossing, the borders or the airspace closed by the verb is where the first place
    # after the verb is (1804 #7, 1385 #5), not where the clause's other words point
    ("ولاحقاً أغلقت القوات الحكومية أمس معبر دير حافر في ريف حلب الشرقي بعد قصف مدينة منبج.", "دير حافر"),
    ("وأغلقت الحكومة السورية أمس المجال الجوي فوق إدلب.", "إدلب"),
])
def test_kinds50_a_crossing_closed_is_where_it_is(text: str, written: str) -> None:
    article = st.Article.build("t", text, published=DAY)
    found = {r.kind.value: r.where for e in st.Timeline.from_articles([article], knowledge=False)
             for r in e.records or (e,)}
    where = found["suspension"]
    assert where is not None and written in where.location_ar, where
