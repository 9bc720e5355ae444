"""Event triggers, as data: the Arabic words that say what kind of event a sentence reports.

Everything here is written in folded spelling (alef forms as ا, ى as ي, ة as ه; see
:func:`syrtimeline.dates.fold`), without diacritics. Adding a word is adding one string.

* ``VERBS``: ``"past/present"`` stems (``morph.verb_forms`` spells out every conjugation: قصفت, يقصفون,
  ستقصف, استهدفتها …; ``|`` separates the stems of a defective or irregular verb: ``نفي|نف/نفي`` gives
  نفى, نفت, نفوا, ينفي). The value is the kind and, where the verb says it, the mode.
* ``NOUNS``: nouns and verbal nouns with their plurals (غاره, غارات; the clitics و ف ب ل ك and ال are
  taken off before lookup).
* ``PHRASES``: several words matched in order, each through its clitics (وقف اطلاق النار).
* ``NEEDS``: a word that reports an event only next to one of these words (نشر deploys forces only
  when forces are named: نشرت تركيا تعزيزات; otherwise it "published").
* ``MODE_CUES``: words in the clause that tell the mode (طائرات, جوي → aerial; مسيره → drone …).
* The lists after them are the words around a trigger that make it no event (negation, a modal, a
  condition, prevention), that put it in the future, that take the date of the clause before.

When a clause holds triggers of several kinds, the kind listed first in ``PRIORITY`` is its event (a
suspension reported in a statement is a suspension). An agreement on a truce stays an agreement; the
truce it is on is no second event unless its own words date it (``AGREED_ON``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .model import EventKind
from .morph import clitic_forms

K = EventKind
Reading = tuple[EventKind, str | None]  # the kind a word reports, and the mode it says (or None)

VERBS: Final[dict[str, Reading]] = {
    # strikes: air, drone, missile, shelling (the mode comes from MODE_CUES unless the verb says it)
    "قصف/قصف": (K.STRIKE, None), "اغار/غير": (K.STRIKE, "aerial"), "دك/دك": (K.STRIKE, None),
    "استهدف/ستهدف": (K.STRIKE, None), "ضرب/ضرب": (K.STRIKE, None), "اغارت|اغار/غير": (K.STRIKE, "aerial"),
    "اعتدي|اعتد/عتدي": (K.ATTACK, None),  # «مجموعات اعتدت على حي المقوس»: assaulted
    # lexicon19 (words of stored war news beyond the dev set): shells or rockets rained on a place
    "امطر/مطر": (K.STRIKE, None),  # «أمطرت قوات النظام البلدة بالقذائف» (NEEDS)
    "دمر/دمر": (K.STRIKE, None),  # stmt23: «دمّر الطيران الروسي نقطة استناد للمسلحين» (NEEDS)
    # clashes and attacks
    "اشتبك/شتبك": (K.CLASH, None), "هاجم/هاجم": (K.ATTACK, None), "فجر/فجر": (K.ATTACK, "explosive"),
    "فتح/فتح": (K.ATTACK, None),  # «فتحت قوات الأمن النار على متظاهرين»: opening fire (NEEDS)
    "اغتال/غتال": (K.ATTACK, None), "اقتحم/قتحم": (K.ATTACK, None), "نصب/نصب": (K.ATTACK, None),
    "اغتيل/غتال": (K.ATTACK, None),  # «اغتيل قيادي»: the passive, written apart from the active
    # lexicon36: an execution told by its verb («أعدم التنظيم سبعة أشخاص»; the noun «إعدام» is one already):
    # of its 8 uses in 001-1445, 6 over a gold attack (5 unfound), 2 over none
    "اعدم/عدم": (K.ATTACK, None),
    # lexicon19: a tunnel or a building blown up (NEEDS)
    "نسف/نسف": (K.ATTACK, "explosive"),
    # nothing43: a device or a car bomb that went off, told by the verb («انفجرت دراجة نارية مفخخة قرب
    # دوار …», «انفجر لغم أرضي بسيارة عسكرية»; NEEDS, as its noun «انفجار»: not «انفجر الوضع»)
    "انفجر/نفجر": (K.ATTACK, "explosive"),
    # withdrawals, deployments, territory
    "انسحب/نسحب": (K.WITHDRAWAL, None), "سحب/سحب": (K.WITHDRAWAL, None), "فر/فر": (K.WITHDRAWAL, None),
    "نشر/نشر": (K.DEPLOYMENT, None), "ارسل/رسل": (K.DEPLOYMENT, None), "دفع/دفع": (K.DEPLOYMENT, None),
    "دخل/دخل": (K.DEPLOYMENT, None), "طوق/طوق": (K.DEPLOYMENT, None), "انتشر/نتشر": (K.DEPLOYMENT, None),
    "توغل/توغل": (K.DEPLOYMENT, None), "حشد/حشد": (K.DEPLOYMENT, None), "استقدم/ستقدم": (K.DEPLOYMENT, None),
    "تمركز/تمركز": (K.DEPLOYMENT, None), "تقدم/تقدم": (K.ATTACK, None),
    # verbs44: a place or a force besieged («وحاصرت ما تبقى من عناصر التنظيم في الملعب», «حاصرت قوات النظام
    # نقطة المراقبة التركية في مورك»): an attack in the gold; its present is a state (STATES_IN_THE_PRESENT)
    "حاصر/حاصر": (K.ATTACK, None),
    # lexicon19: posts set up anew or made fast («استحدثت القوات التركية نقطة», «ثبّتت نقاطاً جديدة»)
    "استحدث/ستحدث": (K.DEPLOYMENT, None), "ثبت/ثبت": (K.DEPLOYMENT, None),
    "انشا/نشئ": (K.DEPLOYMENT, None),  # none21: «أنشأت تركيا 12 نقطة مراقبة» (NEEDS: a post)
    "عزز/عزز": (K.DEPLOYMENT, None),  # «عزز الجيش مواقعه في غرب حلب»: reinforced (NEEDS)
    "اقام/قيم": (K.DEPLOYMENT, None),  # «أقام الجيش التركي ثلاث نقاط عسكرية»: with posts (NEEDS)
    "اخلي|اخل/خلي": (K.WITHDRAWAL, None), "غادر/غادر": (K.WITHDRAWAL, None), "خرج/خرج": (K.WITHDRAWAL, None),
    "اجلي|اجل/جلي": (K.WITHDRAWAL, None),  # deconf20: «أُجلي المقاتلون», «أجلوا من حمص» (NEEDS)
    "تقهقر/تقهقر": (K.WITHDRAWAL, None), "تراجع/تراجع": (K.WITHDRAWAL, None),
    "لاذ/لوذ": (K.WITHDRAWAL, None),  # «لاذوا بالفرار»: fled (NEEDS; finding16)
    "وصل/صل": (K.DEPLOYMENT, None),  # «وصلت أرتال عسكرية إلى بانياس»: forces arrived (NEEDS; finding16)
    "سيطر/سيطر": (K.CAPTURE, None), "سقط/سقط": (K.CAPTURE, None), "استعاد/ستعيد": (K.CAPTURE, None),
    "استرجع/سترجع": (K.CAPTURE, None),  # needs52: «واسترجعت عدة قرى في ريف حلب الجنوبي» (NEEDS, as «استعاد»)
    "حرر/حرر": (K.CAPTURE, None),
    "احتل/حتل": (K.CAPTURE, None),  # lexicon19: «احتلت قوات النظام عشرات القرى» (its present is a state)
    "استولي|استول/ستولي": (K.CAPTURE, None), "انتزع/نتزع": (K.CAPTURE, None), "احكم/حكم": (K.CAPTURE, None),
    # arrests, protests
    "اعتقل/عتقل": (K.ARREST, None), "احتجز/حتجز": (K.ARREST, None), "اوقف/وقف": (K.ARREST, None),
    "خطف/خطف": (K.ATTACK, None), "اختطف/ختطف": (K.ATTACK, None),  # «خطف الحزب ثلاثة جنود»: abducted
    "احتشد/حتشد": (K.PROTEST, None),  # lexicon19: «احتشد المئات في ساحة الكرامة» (NEEDS: a crowd)
    "تظاهر/تظاهر": (K.PROTEST, None), "اعتصم/عتصم": (K.PROTEST, None), "اسر/اسر": (K.ARREST, None),
    "افرج/فرج": (K.END, None),  # none21: «أفرجت إسرائيل عن سوريين»: a detention ended
    "اقتاد/قتاد": (K.ARREST, None),  # lexicon19: «اقتادت الدورية شابين إلى جهة مجهولة»: led away
    "داهم/داهم": (K.ARREST, None),  # «داهمت قوى الأمن مواقع …»: a raid of an arrest campaign (embed18)
    "اطلق/طلق": (K.STRIKE, None),  # «أطلقت قوات النظام قذيفة على …»: fired from afar (NEEDS; embed18)
    # patrols, incidents
    "سير/سير": (K.PATROL, None), "اسقط/سقط": (K.INCIDENT, None),
    "صدم/صدم": (K.INCIDENT, None),  # «مركبة روسية صدمت مركبة أمريكية»: a collision (NEEDS)
    # nouns44: an aircraft that crashed («تحطمت طائرة نقل أثناء هبوطها في قاعدة حميميم»; NEEDS: an aircraft)
    "تحطم/تحطم": (K.INCIDENT, None),
    # channels: suspension, resumption, agreement, end
    "علق/علق": (K.SUSPENSION, None), "جمد/جمد": (K.SUSPENSION, None),
    "توقف/توقف": (K.SUSPENSION, None),  # accords30: «وكانت الدوريات المشتركة قد توقفت» (NEEDS)
    "الغي|الغ/لغي": (K.SUSPENSION, None),  # «ألغت الشرطة الروسية دورية مشتركة»: called off (NEEDS)
    # kinds50 (closed_crossing): a crossing, the borders, the airspace or a mission closed, told by the verb
    # («أغلقت إدارة معبر "فيشخابور"», «أُغلق معبر فيش خابور», «أغلقت الحكومة السورية المجال الجوي فوق
    # إدلب», «أغلقت بعثتها الدبلوماسية في دمشق»; NEEDS: not roads, shops or mosques closed)
    "اغلق/غلق": (K.SUSPENSION, None),
    "اخترق/خترق": (K.INCIDENT, None),  # «طائرة مسيرة اخترقت مجاله الجوي»: an airspace violated (NEEDS)
    "استانف|استؤنف/ستانف": (K.RESUMPTION, None),
    # stmt32: a facility back at work («عاد مطار دمشق الدولي إلى الخدمة», «سيعود إلى العمل»; NEEDS,
    # NEEDED_AFTER: the work within a few words after; «عاد إلى بلاده» is none)
    "عاد/عود": (K.RESUMPTION, None),
    # kinds34 (embassy_opened): an embassy or a mission opened («افتتحت دولة الإمارات اليوم سفارتها في
    # دمشق», «افتتحت السلطات السورية مقر السفارة الليبية»; NEEDS, NEEDED_AFTER); a conference opened
    # («افتتح دي ميستورا مؤتمر …») stays the meeting its noun reads
    "افتتح/فتتح": (K.RESUMPTION, None),
    "اتفق/تفق": (K.AGREEMENT, None), "وقع/وقع": (K.AGREEMENT, None), "وافق/وافق": (K.AGREEMENT, None),
    "توصل/توصل": (K.AGREEMENT, None),  # «توصلت واشنطن وموسكو إلى خطة …»: reached an accord (NEEDS)
    # agree47 (leave_given): a council's leave to use force or send troops («أجاز مجلس الاتحاد الروسي أمس
    # للرئيس فلاديمير بوتين استخدام القوة», «فوّض مجلس الاتحاد الروسي بالإجماع … الرئيس»; NEEDS)
    "اجاز/جيز": (K.AGREEMENT, None), "فوض/فوض": (K.AGREEMENT, None),
    # meetings and calls
    "التقي|التق/لتقي": (K.MEETING, None), "اجتمع/جتمع": (K.MEETING, None), "استقبل/ستقبل": (K.MEETING, None),
    "ناقش/ناقش": (K.MEETING, None), "زار/زور": (K.MEETING, "visit"),
    # meet45: talks told by the verb of discussing with a partner named after it («بحث وزير الخارجية مع
    # نظيره التركي الوضع في إدلب»; NEEDS «مع»): what follows the partner is the topic (where.DISCUSSED_TOPIC)
    "بحث/بحث": (K.MEETING, None),
    "هاتف/هاتف": (K.CALL, None), "اتصل/تصل": (K.CALL, None),
    "قطع/قطع": (K.SUSPENSION, None),  # lexicon19: «قطعت روسيا قنوات الاتصال» (NEEDS: a channel cut)
    "استخدم/ستخدم": (K.CONTACT, None),  # a channel used («استخدم الخط الساخن»): with its words (NEEDS)
    # needs52: an ambassador summoned («واستدعت أنقرة السفير الروسي إلى مقر الخارجية»; NEEDS: an envoy)
    "استدعي|استدع/ستدعي": (K.CONTACT, None),
    # proposals
    "اقترح/قترح": (K.PROPOSAL, None), "عرض/عرض": (K.PROPOSAL, None),
    "انهار/نهار": (K.END, None),  # lexicon19: «انهارت الهدنة بعد ثلاثة أيام» (NEEDS, as «انهيار»)
    # statements: the verb says the mode
    "قال/قول": (K.STATEMENT, None), "اعلن/علن": (K.STATEMENT, "announce"), "اكد/ؤكد": (K.STATEMENT, None),
    "اوضح/وضح": (K.STATEMENT, None), "صرح/صرح": (K.STATEMENT, None), "اشار/شير": (K.STATEMENT, None),
    "كشف/كشف": (K.STATEMENT, "announce"), "اعتبر/عتبر": (K.STATEMENT, None), "افاد/فيد": (K.STATEMENT, None),
    "اضاف/ضيف": (K.STATEMENT, None), "ادعي|ادع/دعي": (K.STATEMENT, "claim"),
    "زعم/زعم": (K.STATEMENT, "claim"),
    # needs52: congratulations («وهنأ الرئيس السوري بشار الأسد السوريين بـ"تحرير" مدينة …»; NEEDS: the
    # past «هنأ» is spelled as «هنا», here, once folded: only beside a title of who congratulates)
    "هنا/هنئ": (K.STATEMENT, None),
    "نعي|نع/نعي": (K.STATEMENT, None),  # found29: a death made known, mourned («نعى الدفاع المدني متطوعه»)
    # lexicon19: more verbs of speech news writes («نوّه», «أردف», «ناشد», «شجب», «استهجن», «لوّح ب…»)
    "نوه/نوه": (K.STATEMENT, None), "اردف/ردف": (K.STATEMENT, None), "ناشد/ناشد": (K.STATEMENT, "demand"),
    "شجب/شجب": (K.STATEMENT, "condemn"), "استهجن/ستهجن": (K.STATEMENT, "condemn"),
    "لوح/لوح": (K.STATEMENT, "warn"),  # a threat waved (NEEDS), not a thing that looms («تلوح في الأفق»)
    "حذر/حذر": (K.STATEMENT, "warn"), "هدد/هدد": (K.STATEMENT, "warn"), "توعد/توعد": (K.STATEMENT, "warn"),
    "نفي|نف/نفي": (K.STATEMENT, "deny"), "اتهم/تهم": (K.STATEMENT, "accuse"),
    "تبادل/تبادل": (K.STATEMENT, "accuse"),
    "ادان/دين": (K.STATEMENT, "condemn"), "ندد/ندد": (K.STATEMENT, "condemn"),
    "دان/دين": (K.STATEMENT, "condemn"),  # kinds21: «دان مود التفجير», the first form of «أدان»
    "استنكر/ستنكر": (K.STATEMENT, "condemn"), "طالب/طالب": (K.STATEMENT, "demand"),
    "طلب/طلب": (K.STATEMENT, "demand"),
    "دعا|دع/دعو": (K.STATEMENT, "demand"), "حث/حث": (K.STATEMENT, "demand"),
    "عارض/عارض": (K.STATEMENT, None), "رجح/رجح": (K.STATEMENT, None), "رحب/رحب": (K.STATEMENT, None),
    "اشاد/شيد": (K.STATEMENT, None), "اشترط/شترط": (K.STATEMENT, "demand"),  # praise; a condition set
    # verbs44: more verbs of speech the tables lacked (nothing43's unfound statements): «واكتفى متحدث …
    # بالقول إن», «عبّرا عن قلق بالغ» (the bare «عبر» is the preposition: NOT_TRIGGERS, PHRASES «عبر عن»),
    # «أعطى الرئيس … تعليماته / الضوء الأخضر» (each NEEDS), «شكك مسؤول أميركي في …» (doubted), «نبهت
    # الأمم المتحدة إلى أن» (alerted)
    "اكتفي|اكتف/كتفي": (K.STATEMENT, None), "عبر/عبر": (K.STATEMENT, None),
    "اعطي|اعط/عطي": (K.STATEMENT, None), "شكك/شكك": (K.STATEMENT, None), "نبه/نبه": (K.STATEMENT, None),
    "رفض/رفض": (K.STATEMENT, "reject"), "شدد/شدد": (K.STATEMENT, None), "اعرب/عرب": (K.STATEMENT, None),
    "حمل/حمل": (K.STATEMENT, "accuse"), "تبني|تبن/تبني": (K.STATEMENT, "claim"),
    "اعترض/عترض": (K.STATEMENT, None),
    "وجه/وجه": (K.STATEMENT, None),  # finding24: «ووجه الدفاع المدني نداءً إلى المدنيين» (NEEDS)
    "انتقد/نتقد": (K.STATEMENT, "condemn"),  # finding24: «وانتقد ناشطون سوريون التنظيم بشدة»: criticised
    "اقر/قر": (K.STATEMENT, None),  # admitted that («أقر المرصد بأن …»: NEEDS)
    "اعترف/عترف": (K.STATEMENT, None),  # said20: «واعترف معارضون بسقوط المدينة»: admitted
    "راي|را/ري": (K.STATEMENT, None),  # none21: «ورأى مصدر عسكري أن …»: held that (NEEDS «أن»)
    "شكر/شكر": (K.STATEMENT, None),  # said20: «شكر وزير الخارجية … العاهل الأردني على …»: thanked
    "المح/لمح": (K.STATEMENT, None),  # lexicon25: «ألمح لافروف إلى أن بلاده ستستخدم …»: hinted
    "قابل/قابل": (K.STATEMENT, None),  # lexicon25: «وقابلت واشنطن الإعلان بالتشكيك»: met it with (NEEDS)
    "وثق/وثق": (K.STATEMENT, None), "كتب/كتب": (K.STATEMENT, None), "تعهد/تعهد": (K.STATEMENT, "pledge"),
    "وصف/صف": (K.STATEMENT, None), "امر/امر": (K.STATEMENT, None), "ذكر/ذكر": (K.STATEMENT, None),
    "نقل/نقل": (K.STATEMENT, None), "ابلغ/بلغ": (K.CONTACT, None), "افادت|افاد/فيد": (K.STATEMENT, None),
    "لفت/لفت": (K.STATEMENT, None), "ابدي|ابد/بدي": (K.STATEMENT, None),
    "روي|رو/روي": (K.STATEMENT, None), "عزا|عز/عزو": (K.STATEMENT, None),  # narrated; put it down to
    "اورد/ورد": (K.STATEMENT, None), "تحدث/تحدث": (K.STATEMENT, None), "بث/بث": (K.STATEMENT, None),
    "سجل/سجل": (K.STATEMENT, None), "احصي|احص/حصي": (K.STATEMENT, None),  # a monitor records, counts
    # stmt48: a text read out («تلا وزير الخارجية الروسي سيرغي لافروف نص المذكرة», «وتلا أحد المتظاهرين
    # بياناً»; NEEDS, NEEDED_AFTER: the text after it, not «الغارات التي تلت سقوط النظام»: followed)
    "تلا/تلو": (K.STATEMENT, None),
}

NOUNS: Final[dict[str, Reading]] = {
    # strikes
    "قصف": (K.STRIKE, None), "غاره": (K.STRIKE, "aerial"), "غارات": (K.STRIKE, "aerial"),
    "ضربه": (K.STRIKE, None), "ضربات": (K.STRIKE, None), "استهداف": (K.STRIKE, None),
    "قذائف": (K.STRIKE, "shelling"),  # «تعرضت أحياء في مدينة حمص لقذائف أطلقتها قوات الأسد»
    "براميل": (K.STRIKE, "aerial"),  # «البراميل المتفجرة التي تلقيها المروحيات» (NEEDS)
    # clashes and attacks
    "اشتباك": (K.CLASH, None), "اشتباكات": (K.CLASH, None), "معارك": (K.CLASH, None),
    "معركه": (K.CLASH, None),
    "مواجهات": (K.CLASH, None), "اقتتال": (K.CLASH, None),
    # lexicon29: fighting told as going on, breaking out or moving («استمر القتال في محيط قرية الحصين»,
    # «اندلع القتال بين التنظيم وأبناء العشيرة»; NEEDS), not spoken of («لبحث سبل وقف القتال», «جبهات
    # القتال», «متعهداً بمواصلة القتال»); «قتالاً عنيفاً», «تجدد القتال» cost places (docs/events.md)
    "قتال": (K.CLASH, None),
    "مناوشات": (K.CLASH, None),  # finding22: skirmishes («امتدت المناوشات بين الطرفين إلى ريف حلب»)
    "هجوم": (K.ATTACK, None), "هجمات": (K.ATTACK, None), "تفجير": (K.ATTACK, "explosive"),
    "تفجيرات": (K.ATTACK, "explosive"), "انفجار": (K.ATTACK, "explosive"), "كمين": (K.ATTACK, None),
    "حمله": (K.STRIKE, "aerial"),
    # lexicon23: executions («إعدام سجناء ومعتقلين في الطبقة», «إعدامات ميدانية ارتكبتها …»)
    "اعدام": (K.ATTACK, None), "اعدامات": (K.ATTACK, None),
    # stmt32: the verbal noun of «هاجم» («إثر مهاجمة لجان الحماية أحد حواجز "الحر"», «تواصل مهاجمة مواقعها»)
    "مهاجمه": (K.ATTACK, None),
    "اغتيال": (K.ATTACK, None), "مجزره": (K.ATTACK, None), "اقتحام": (K.ATTACK, None),
    "حشود": (K.DEPLOYMENT, None), "احتجاج": (K.PROTEST, None),
    # truces, withdrawals, deployments, territory
    # false55 (calming_no_truce): «تهدئة» is calming, sought or urged («لتهدئة الوضع», «مطالب التهدئة»,
    # «اتفاق جديد للتهدئة»), no truce: 6 ceasefires read from it on the tuning ranges, none in the gold
    "هدنه": (K.CEASEFIRE, None),
    "انتهاء": (K.END, None), "انهيار": (K.END, None), "الغاء": (K.END, None),
    "خروج": (K.WITHDRAWAL, None), "اعتصام": (K.PROTEST, None), "عمليه": (K.ATTACK, None),
    "انسحاب": (K.WITHDRAWAL, None), "سحب": (K.WITHDRAWAL, None), "تعزيزات": (K.DEPLOYMENT, None),
    "اخلاء": (K.WITHDRAWAL, None), "مغادره": (K.WITHDRAWAL, None),
    # deconf20: an evacuation of fighters or people under a deal is a withdrawal (the gold codes
    # «عملية إجلاء المسلحين» so, 001-520) (NEEDS, NEEDED_AFTER)
    "اجلاء": (K.WITHDRAWAL, None),
    "تسلل": (K.ATTACK, None),  # lexicon19: «أحبطت محاولة تسلل لعناصر التنظيم» (NEEDS)
    "تقهقر": (K.WITHDRAWAL, None), "تراجع": (K.WITHDRAWAL, None),  # the verbal nouns of the verbs
    "توغل": (K.DEPLOYMENT, None), "سقوط": (K.CAPTURE, None),
    # plurals and duals news counts happenings by («توغلات إسرائيلية», «انسحابات متتالية», «غارتين»)
    "توغلات": (K.DEPLOYMENT, None), "انسحابات": (K.WITHDRAWAL, None), "مواجهه": (K.CLASH, None),
    "اقتحامات": (K.ATTACK, None), "اغتيالات": (K.ATTACK, None), "كمائن": (K.ATTACK, None),
    "مجازر": (K.ATTACK, None), "لقاءات": (K.MEETING, None),  # (ضربتين, غارتين: noun_forms' duals)
    "هجومين": (K.ATTACK, None), "تفجيرين": (K.ATTACK, "explosive"),
    "رصاص": (K.ATTACK, None),  # «قتل ثلاثة أشخاص برصاص قوات الجيش»: shot by someone (NEEDS)
    # a landing from the air is a raid on the ground, an attack («عملية إنزال جوي», «إنزالاً جوياً»)
    "انزال": (K.ATTACK, None),
    "انتشار": (K.DEPLOYMENT, None),
    "تفكيك": (K.WITHDRAWAL, None),  # «تفكيك نقطة مراقبة»: a post taken down to be left (NEEDS; finding18)
    "وصول": (K.DEPLOYMENT, None),  # forces arriving (NEEDS; finding16)
    "ارسال": (K.DEPLOYMENT, None),  # forces sent, the verbal noun of «أرسل» (NEEDS; finding16)
    "سيطره": (K.CAPTURE, None), "استيلاء": (K.CAPTURE, None),
    "هزيمه": (K.CAPTURE, None),  # stmt23: a defeat announced («أعلنت قسد هزيمة داعش في الباغوز») (NEEDS)
    # finding22: Israel's strikes told as assaults («الاعتداءات الإسرائيلية المتكررة على سوريا») (NEEDS)
    "اعتداءات": (K.STRIKE, None),
    # strikes28: an assault launched or carried out («نفذ العدو الإسرائيلي … عدواناً جوياً», «شنت عدواناً
    # صاروخياً», «لعدوان ثلاثي شنته الولايات المتحدة», «نفذت اعتداءً صاروخياً») (NEEDS)
    "عدوان": (K.STRIKE, None), "اعتداء": (K.STRIKE, None),
    # arrests, protests
    "اعتقال": (K.ARREST, None), "اعتقالات": (K.ARREST, None),
    "خطف": (K.ATTACK, None), "اختطاف": (K.ATTACK, None),  # an abduction: violence against people
    "احتجاز": (K.ARREST, None),
    "توقيف": (K.ARREST, None), "توقيفات": (K.ARREST, None),  # «أعلنت الوزارة توقيف …» (embed18)
    "مظاهره": (K.PROTEST, None), "مظاهرات": (K.PROTEST, None), "احتجاجات": (K.PROTEST, None),
    "تظاهره": (K.PROTEST, None), "تظاهرات": (K.PROTEST, None),  # lexicon19: «خرجت تظاهرات في حماة»
    "اضراب": (K.PROTEST, None),  # lexicon19: «إضراب عام في السويداء», «إضراب عن الطعام»
    # lexicon19: raids of an arrest campaign («نفذت قوات الأمن مداهمات», «حملة دهم»)
    "مداهمات": (K.ARREST, None), "دهم": (K.ARREST, None),
    # patrols
    "دوريات": (K.PATROL, None), "دوريه": (K.PATROL, None), "تسيير": (K.PATROL, None),
    # incidents
    "اسقاط": (K.INCIDENT, None), "حادث": (K.INCIDENT, None),
    "حوادث": (K.INCIDENT, None), "احتكاك": (K.INCIDENT, None), "اصطدام": (K.INCIDENT, None),
    "اعتراض": (K.INCIDENT, None),
    # channels
    "تعليق": (K.SUSPENSION, None), "ايقاف": (K.SUSPENSION, None), "توقف": (K.SUSPENSION, None),
    "انهاء": (K.END, None),  # «إنهاء الحصار», «إنهاء عمل بعثة المراقبين» (NEEDS)
    "تجميد": (K.SUSPENSION, None),
    # stmt25: a border post or the borders closed («أعلن وزير الداخلية الأردني إغلاق مركز جابر
    # الحدودي»): what a speaker declares is the suspension itself, not only his statement (NEEDS)
    "اغلاق": (K.SUSPENSION, None),
    # nothing46 (ties_cut): the verbal noun of cutting, with the ties it needs (NEEDS: «بعد سبع سنوات من
    # قطع علاقاتها مع سوريا», «بعد نحو عقد من قطع تونس علاقاتها مع دمشق»), as its verb is read
    "قطع": (K.SUSPENSION, None),
    "استئناف": (K.RESUMPTION, None),
    "عوده": (K.RESUMPTION, None),  # stmt32: «أعلنت الوزارة عودة مطار حلب الدولي إلى العمل» (NEEDS)
    "اتفاق": (K.AGREEMENT, None), "اتفاقيه": (K.AGREEMENT, None), "توقيع": (K.AGREEMENT, None),
    "موافقه": (K.AGREEMENT, None), "موافقتها": (K.AGREEMENT, None), "موافقتهم": (K.AGREEMENT, None),
    "الموقعه": (K.AGREEMENT, None), "بروتوكول": (K.AGREEMENT, None),
    # interviews, meetings, rounds, calls
    "مقابله": (K.INTERVIEW, None), "مقابلته": (K.INTERVIEW, None),
    "لقاء": (K.MEETING, None), "اجتماع": (K.MEETING, None), "اجتماعات": (K.MEETING, None),
    # finding33 (a_session_held): a session held is a meeting («عقد مجلس الأمن الدولي جلسته رقم 9759»,
    # «يعقد مجلس الأمن … جلسة مشاورات مغلقة», «انعقاد جلسة لمجلس الأمن»; NEEDS)
    "جلسه": (K.MEETING, None), "جلسات": (K.MEETING, None),
    "مباحثات": (K.MEETING, None), "محادثات": (K.MEETING, None), "قمه": (K.MEETING, None),
    "مؤتمر": (K.MEETING, None), "مؤتمرا": (K.MEETING, None),  # a conference («مؤتمر جنيف 2»)
    "زياره": (K.MEETING, "visit"),
    "جوله": (K.NEGOTIATION_ROUND, None), "جولات": (K.NEGOTIATION_ROUND, None),
    "الدوره": (K.NEGOTIATION_ROUND, None), "مفاوضات": (K.NEGOTIATION_ROUND, None),
    "مكالمه": (K.CALL, None),
    # proposals
    "استعدادها": (K.PROPOSAL, None), "استعداده": (K.PROPOSAL, None), "مستعده": (K.PROPOSAL, None),
    "سعيها": (K.PROPOSAL, None), "اقتراح": (K.PROPOSAL, None),
    # contacts: the channel in use
    "اشعار": (K.CONTACT, None), "اخطار": (K.CONTACT, None),  # a notice sent over a channel
    "اتصالات": (K.CONTACT, None), "تواصل": (K.CONTACT, None), "تنسيق": (K.CONTACT, None),
    "تعاون": (K.CONTACT, None), "تتعاونان": (K.CONTACT, None),
    # statements
    "بيان": (K.STATEMENT, "announce"), "تصريح": (K.STATEMENT, None), "تصريحات": (K.STATEMENT, None),
    "اعلان": (K.STATEMENT, "announce"),
    "استدعاء": (K.CONTACT, None),  # needs52: an ambassador summoned, told by the noun (NEEDS, as the verb)
    # stmt23: threats made («تهديدات تركية بشن عملية برية», «تهديدات متكررة أطلقها أردوغان») (NEEDS)
    "تهديدات": (K.STATEMENT, "warn"),
    # stmt23: a party's demand («وسط مطالبة تركيا بسحب القوات الكردية»); «الاحتجاجات المطالبة بالتغيير»,
    # the participle, is no trigger (NOT_TRIGGERS)
    "مطالبه": (K.STATEMENT, "demand"),
    "تحذير": (K.STATEMENT, "warn"), "اتهامات": (K.STATEMENT, "accuse"), "اداناته": (K.STATEMENT, "condemn"),
    # both49 (laid_at_door): blame laid by its verbal noun («وسارعت أنقرة إلى تحميل النظام السوري
    # المسؤولية»; ``NEEDS``: the responsibility), the accuser's statement beside the happening blamed
    "تحميل": (K.STATEMENT, "accuse"),
}

#: stmt32 (achieved): verbs of succeeding. The verbal noun after one and its «من / في» is a happening its
#: subject brought about («تمكنت القوات من دخول مدينة خان شيخون», «نجح الجيش في فك الطوق عن المطار»),
#: not an aim. Counted over every «تمكن / نجح / استطاع … من / في» of dev 001-1445 (71 uses): «السيطرة»
#: 13 captures of 13 (a trigger already); «دخول» with the place its object 4 captures of 4 («تمكن
#: الانتحاري من الدخول إلى بهو القصر», a way in, is none); «تحرير», «تطهير», «تأمين», «اختراق» 5 captures
#: of 5; «فك / كسر / رفع» a siege 4 ends of 5 (told without the frame, «أعلن الجيش كسر الحصار», the gold
#: has 0 ends of 6: a capture, a statement's words, a term).
SUCCEEDED: Final[tuple[str, ...]] = ("تمكن/تمكن", "نجح/نجح", "استطاع/ستطيع")
#: How many words (the subject, a day) may stand between the verb of succeeding and its «من / في».
SUCCEEDED_REACH: Final[int] = 8
#: The prepositions that open what was achieved.
ACHIEVED_BY: Final[frozenset[str]] = frozenset({"من", "في"})
#: Verbal nouns read only after a verb of succeeding, and what they report there; with the words one of
#: which must follow right after it (a siege broken), or none.
ACHIEVED: Final[dict[str, tuple[EventKind, tuple[str, ...]]]] = {
    "دخول": (K.CAPTURE, ()), "تحرير": (K.CAPTURE, ()), "تطهير": (K.CAPTURE, ()), "تامين": (K.CAPTURE, ()),
    "اختراق": (K.CAPTURE, ()),
    "فك": (K.END, ("الحصار", "حصار", "الطوق", "طوق")), "كسر": (K.END, ("الحصار", "حصار", "الطوق", "طوق")),
    "رفع": (K.END, ("الحصار", "حصار", "الطوق", "طوق")),
}

#: The entering whose object is the place taken (``achieved``, ``entered_taken``), and the words after it
#: that make it a way in or a move, no place taken («من الدخول إلى بهو القصر», «دخلت قوات … إلى مدينة»).
ENTERING: Final[str] = "دخول"
ENTERED_INTO: Final[frozenset[str]] = frozenset({"الي", "اليه", "اليها", "اليهم", "نحو", "باتجاه"})

#: stmt32 (entered_taken): «دخل» with the place its direct object («دخلت قوات المعارضة العاصمة دمشق», «دخل
#: الجيش البلدة»), no «إلى» within ``ENTERED_REACH`` words after it, is a place taken, a capture; forces
#: that enter «إلى» a place, a place told before («التي دخلتها»: its pronoun), or with a word of
#: ``ENTERED_NOT_TAKEN`` in the clause — a deal («دخلت الشرطة الروسية مدينة درعا تطبيقاً لاتفاق
#: المصالحة»), a handover after the other side left («عقب خروج الجيش»), a border crossed, an incursion, a
#: territory («أراضي المحافظة») — are deployed.
ENTERED: Final[str] = "دخل/دخل"
ENTERED_REACH: Final[int] = 8
ENTERED_NOT_TAKEN: Final[frozenset[str]] = frozenset({
    "اتفاق", "اتفاقا", "تطبيقا", "بموجب", "تنفيذا", "انسحاب", "خروج", "تسويه", "مصالحه", "الحدود", "حدود",
    "توغل", "توغلت", "اراضي"})  # «دخلت وحدات من الجيش أراضي المحافظة»: a territory, no place taken

#: stmt32: nouns that report an event only bare, with no owner's pronoun: «بعد ساعات من عودته إلى العمل»,
#: «لم تعلن موعداً لعودته إلى العمل» name the return the story told or awaits, not a new one.
BARE_NOUNS: Final[frozenset[str]] = frozenset({"عوده"})

#: guide55 (exchanged): an exchange of prisoners, detainees or the dead («عملية تبادل للأسرى», «صفقة تبادل
#: أسرى», «بتبادل جثث القتلى», «بتبادل جثامين مقاتلين») is an agreement of the two sides carried out, as the
#: guide's row (c) has it (ACLED's Agreement names prisoner exchanges; 7 of the 9 exchanges the dev gold
#: codes).
EXCHANGE_MODE: Final = "exchange"  # marks the hit (``READ_AS``: the event has no mode), ``PLACED_AS``
EXCHANGES: Final[dict[str, Reading]] = {
    f"{verb} {held}": (K.AGREEMENT, EXCHANGE_MODE)
    for verb in ("تبادل", "صفقه تبادل", "عمليه تبادل")
    for held in ("الاسري", "اسري", "للاسري", "لاسري", "المعتقلين", "معتقلين", "للمعتقلين", "المحتجزين",
                 "محتجزين", "للمحتجزين", "الموقوفين", "موقوفين", "للموقوفين", "المختطفين", "مختطفين",
                 "الجثث", "جثث", "الجثامين", "جثامين")}
#: ... and a release for a release («أفرج التنظيم عن سيدتين … مقابل إفراج الحكومة عن 17 معتقلة»): the
#: verb of release (``RELEASES``, an end alone: «أفرجت إسرائيل عن سوريين») with «مقابل» and a word of
#: release after it in its clause is that exchange; beside an exchange (``EXCHANGES``) a release is its own
#: telling of it («أُفرج فيها عن 27 أسيراً»), no end (exchanged).
RELEASES: Final[frozenset[str]] = frozenset({"افرج/فرج"})
IN_RETURN: Final[frozenset[str]] = frozenset({"مقابل", "ومقابل", "بمقابل"})
RELEASED_IN_RETURN: Final[frozenset[str]] = frozenset({"افراج", "الافراج", "اطلاق", "تسليم"})
IN_RETURN_REACH: Final = 2

PHRASES: Final[dict[str, Reading]] = {
    "وقف اطلاق النار": (K.CEASEFIRE, None), "وقف اطلاق نار": (K.CEASEFIRE, None),
    "وقف الاعمال القتاليه": (K.CEASEFIRE, None), "وقف العمليات القتاليه": (K.CEASEFIRE, None),
    "وقف الاعمال العدائيه": (K.CEASEFIRE, None), "وقف العمليات العسكريه": (K.CEASEFIRE, None),
    # accords30: the military activity of a front stopped («وقف كل الأعمال العسكرية على امتداد خط التماس»,
    # «وقف جميع الأنشطة العسكرية»; all_stopped reads «جميع / كل» between)
    "وقف الاعمال العسكريه": (K.CEASEFIRE, None), "وقف الانشطه العسكريه": (K.CEASEFIRE, None),
    # deconf20: a truce told as fighting suspended («تمديد تعليق الأعمال القتالية»), not a channel's
    # suspension
    "تعليق الاعمال القتاليه": (K.CEASEFIRE, None), "تعليق العمليات القتاليه": (K.CEASEFIRE, None),
    # deconf20: a truce reached, told as «التوصل إلى اتفاق لوقف …», is the truce (the gold of 202, 238, 460;
    # «توصلت إلى اتفاق لوقف» stays an agreement, 401)
    "التوصل الي اتفاق لوقف": (K.CEASEFIRE, None),
    # deconf20: forces pulled back told as a redeployment («أعادت الانتشار والتموضع خارج المدينة», «إعادة
    # تموضع»): a withdrawal (gold 001-520)
    "اعادت انتشارها": (K.WITHDRAWAL, None), "اعادت الانتشار": (K.WITHDRAWAL, None),
    "اعاد انتشاره": (K.WITHDRAWAL, None), "اعاد الانتشار": (K.WITHDRAWAL, None),
    "اعادت تموضعها": (K.WITHDRAWAL, None), "اعاده تموضع": (K.WITHDRAWAL, None),
    # kinds28 (operations_stopped): an army that stops all its operations in a place ends them, with no
    # term told («أعلن الجيش وقف جميع عملياته في حي الشيخ مقصود»: ends in the gold, 290 #5, 1141 #3); a
    # stop for a time, «وقف العمليات العسكرية … حتى الاثنين», stays a truce
    "وقف جميع عملياته": (K.END, None), "وقف جميع عملياتها": (K.END, None),
    # false55 (fighting_stopped): the fighting in a place stopped by those who quelled it («تمكنت الوزارة
    # من إيقاف الاشتباكات», «أعلنت إخلاء المدينة … وإيقاف الاشتباكات داخل أحيائها»): an end in the
    # gold (119 #7, 197 #5), no suspension of a work or a channel
    "ايقاف الاشتباكات": (K.END, None),
    "لوقف اطلاق النار": (K.CEASEFIRE, None), "حيز التنفيذ": (K.CEASEFIRE, "in-force"),
    "لاطلاق النار": (K.CEASEFIRE, None),  # «وقفاً شاملاً وفورياً لإطلاق النار»: وقف then its epithets
    "سقوط النظام": (K.END, None), "سقوط نظام": (K.END, None),
    # a regime brought down: its end, not an aircraft downed («إسقاط نظام بشار الأسد», «الإطاحة بنظام …»)
    "اسقاط النظام": (K.END, None), "اسقاط نظام": (K.END, None), "الاطاحه بنظام": (K.END, None),
    "الاطاحه بالنظام": (K.END, None), "اطاحه نظام": (K.END, None), "اطاحت بنظام": (K.END, None),
    "اطاح بنظام": (K.END, None),
    # nothing46 (rule_ended): the rule or the ruler brought down, not the regime named («بعد نحو أسبوع من سقوط
    # حكم بشار الأسد», «منذ إسقاط بشار الأسد في 8 ديسمبر», «منذ الإطاحة بالرئيس السابق بشار الأسد»)
    "سقوط حكم": (K.END, None), "اسقاط بشار": (K.END, None), "الاطاحه بالرئيس": (K.END, None),
    # a projectile falling is a strike (a shell, a rocket), not an aircraft downed
    "سقوط قذيفه": (K.STRIKE, "shelling"), "سقوط قذائف": (K.STRIKE, "shelling"),
    "سقطت قذيفه": (K.STRIKE, "shelling"), "سقطت قذائف": (K.STRIKE, "shelling"),
    "سقوط صاروخ": (K.STRIKE, "missile"), "سقوط صواريخ": (K.STRIKE, "missile"),
    "سقط صاروخ": (K.STRIKE, "missile"), "سقطت صواريخ": (K.STRIKE, "missile"),
    "سقط صاروخان": (K.STRIKE, "missile"), "سقوط صاروخين": (K.STRIKE, "missile"),
    "سقطت قذيفتان": (K.STRIKE, "shelling"), "سقوط قذيفتين": (K.STRIKE, "shelling"),
    "مباحثات هاتفيه": (K.CALL, None), "محادثات هاتفيه": (K.CALL, None), "محادثه هاتفيه": (K.CALL, None),
    "اتصالين هاتفيين": (K.CALL, None), "اتصالات هاتفيه": (K.CALL, None),
    "تبادل اطلاق النار": (K.CLASH, None), "تبادل القصف": (K.CLASH, None),
    "وقف العمل": (K.SUSPENSION, None),
    # kinds28: a party out of an accord or talks is a suspension («انسحبت من الاتفاق»); «انسحبت من»
    # alone is forces gone from a place, a withdrawal (the verb's reading): all 17 uses of 001-1175 are
    # places («انسحبت من المطار», «انسحبت من منبج», «انسحبت من حقل العمر»)
    "انسحبت من الاتفاق": (K.SUSPENSION, None), "انسحبت من اتفاق": (K.SUSPENSION, None),
    "انسحبت من الاتفاقيه": (K.SUSPENSION, None), "انسحبت من اتفاقيه": (K.SUSPENSION, None),
    "انسحبت من المفاوضات": (K.SUSPENSION, None), "انسحبت من المحادثات": (K.SUSPENSION, None),
    "انسحبت من معاهده": (K.SUSPENSION, None), "انسحبت من المعاهده": (K.SUSPENSION, None),
    # deconf23: forces gone from a town or an area, not a party out of an accord («بعد أن انسحبت من
    # مدينتي تل أبيض ورأس العين», «قافلة من المقاتلين الأكراد انسحبت من منطقة منبج»)
    "انسحبت من مدينه": (K.WITHDRAWAL, None), "انسحبت من مدينتي": (K.WITHDRAWAL, None),
    "انسحبت من منطقه": (K.WITHDRAWAL, None), "انسحبت من بلده": (K.WITHDRAWAL, None),
    "انسحبت من قريه": (K.WITHDRAWAL, None), "انسحبت من مواقعها": (K.WITHDRAWAL, None),
    "وقف التعاون": (K.SUSPENSION, None), "وقف التنسيق": (K.SUSPENSION, None),  # a channel's work stopped
    "اعاده العمل": (K.RESUMPTION, None), "اعاده تفعيل": (K.RESUMPTION, None),
    # finding22: an embassy opened again («أعادت الإمارات فتح سفارتها في دمشق»)
    "فتح سفارتها": (K.RESUMPTION, None), "فتح سفارته": (K.RESUMPTION, None),
    # finding26: a mission opened again («أعادت عام 2017 فتح بعثة دبلوماسية في دمشق», «أعيد اليوم افتتاح
    # السفارة الليبية في دمشق»)
    "فتح بعثه": (K.RESUMPTION, None), "افتتاح السفاره": (K.RESUMPTION, None),
    # kinds34 (embassy_opened): another's embassy opened («فتح سفارة ليبيا في العاصمة السورية», «إعادة فتح
    # سفارة الإمارات», «فتح السفارة الليبية في العاصمة»)
    "فتح سفاره": (K.RESUMPTION, None), "فتح السفاره": (K.RESUMPTION, None),
    # kinds34 (first_flight): the first airliner or flight in years landed, arrived or was received
    # («وهبطت في مطار دمشق أول طائرة ركاب قطرية منذ نحو 13 عاماً», «استقبل مطار حلب الدولي أول رحلة جوية
    # قادمة من دمشق»): flights resumed
    "اول طائره ركاب": (K.RESUMPTION, None), "اول رحله جويه": (K.RESUMPTION, None),
    "عوده العمل": (K.RESUMPTION, None),
    "عاد الي العمل": (K.RESUMPTION, None), "عادت الي العمل": (K.RESUMPTION, None),
    "عوده الاتصالات": (K.RESUMPTION, None), "اعادت تفعيل": (K.RESUMPTION, None),
    "مذكره تفاهم": (K.AGREEMENT, None),
    # the works of a conference open or close: a meeting («انطلقت أعمال مؤتمر جنيف 2»)
    "انطلقت اعمال": (K.MEETING, None), "انطلاق اعمال": (K.MEETING, None),
    "افتتحت اعمال": (K.MEETING, None), "افتتاح اعمال": (K.MEETING, None),
    "اختتمت اعمال": (K.MEETING, None), "اختتام اعمال": (K.MEETING, None),
    # verbs44: a feeling voiced («وعبر عن أمله في أن …»): the preposition «عبر» never stands before «عن»
    "عبر عن": (K.STATEMENT, None),
    "حوار صحفي": (K.INTERVIEW, None), "مؤتمر صحفي": (K.STATEMENT, "announce"),
    "بحث مع": (K.MEETING, None), "وبحث": (K.MEETING, None),
    "اتصال هاتفي": (K.CALL, None), "اتصالا هاتفيا": (K.CALL, None), "مكالمه هاتفيه": (K.CALL, None),
    "تبادل المعلومات": (K.CONTACT, None), "يحافظان علي اتصالات": (K.CONTACT, None),
    "القي القبض": (K.ARREST, None), "القت القبض": (K.ARREST, None), "القوا القبض": (K.ARREST, None),
    "القاء القبض": (K.ARREST, None),
    # «القبض على …», «تم القبض عليه»: an arrest; «في قبضة الفصائل» (a grip) is none
    "قبض علي": (K.ARREST, None), "قبض عليه": (K.ARREST, None), "قبض عليها": (K.ARREST, None),
    "قبض عليهم": (K.ARREST, None), "وقفه احتجاجيه": (K.PROTEST, None), "وقفات احتجاجيه": (K.PROTEST, None),
    "عصيان مدني": (K.PROTEST, None),  # lexicon19: «العصيان المدني في السويداء»
    "مسيرات شعبيه": (K.PROTEST, None),  # lexicon23: «خرجت مسيرات شعبية حاشدة» (not drones: «مسيّرات»)
    "اطبقت الحصار": (K.DEPLOYMENT, None), "اطبق الحصار": (K.DEPLOYMENT, None),
    # snipers posted on the roofs («ونشرت قناصة على أسطح المباني»; finding16)
    "نشرت قناصه": (K.DEPLOYMENT, None), "نشر قناصه": (K.DEPLOYMENT, None),
    "نشروا قناصه": (K.DEPLOYMENT, None), "نشرت قناصتها": (K.DEPLOYMENT, None),
    # nothing46 (posted): checkpoints or a force's men posted («ونشر حواجز أمنية في محيط السويداء», «بعدما
    # نشرت عناصرها ليل الأحد-الإثنين على الطريق»); the words right after the verb, as «عناصر» elsewhere in
    # the clause may be who is shown in footage published. Patrols sent out are patrols («نشر دوريات»)
    "نشر حواجز": (K.DEPLOYMENT, None), "نشرت حواجز": (K.DEPLOYMENT, None),
    "نشر عناصر": (K.DEPLOYMENT, None), "نشرت عناصرها": (K.DEPLOYMENT, None),
    "نشر عناصره": (K.DEPLOYMENT, None),
    "عبوه ناسفه": (K.ATTACK, "explosive"),
    # a military campaign is an offensive («أطلقت القوات التركية حملة عسكرية داخل سوريا»), not a
    # campaign of arrests or in the media («حملة دهم واعتقالات», «حملة إعلامية») (finding18)
    "حمله عسكريه": (K.ATTACK, None),
    # attack30: a campaign of raids or arrests is arrests («شنت قوات الأمن حملة دهم واعتقالات»), not the
    # offensive a campaign waged is otherwise (``OTHERWISE``)
    "حمله دهم": (K.ARREST, None), "حمله اعتقالات": (K.ARREST, None), "حمله مداهمات": (K.ARREST, None),
    "حمله اعتقال": (K.ARREST, None),
    # an escalation of fighting told as such («تشهد درعا تصعيداً عسكرياً بين قوات النظام والمجموعات
    # المسلحة», «بعد تصعيد عنيف شهدته خطوط التماس»), not the de-escalation of a zone («خفض التصعيد») nor
    # an escalation spoken of («تناولا التصعيد العسكري»: no «تصعيد عسكري» in the table) (multi17)
    "تصعيدا عسكريا": (K.CLASH, None), "تصعيد عنيف": (K.CLASH, None),
    "سياره مفخخه": (K.ATTACK, "explosive"), "تفجير انتحاري": (K.ATTACK, "explosive"),
    # lexicon23: a town taken back, told by the verbal noun before a town's noun («أعلن الجيش السوري
    # استعادة مدينة معرة النعمان»); not relations or a seat taken back («استعادة العلاقات»). The phrase
    # reads through «ال» and «ل»: an offensive's aim («هجوماً لاستعادة المدينة») reads too (left)
    "استعاده مدينه": (K.CAPTURE, None), "استعاده بلده": (K.CAPTURE, None),
    # nouns44: a shell told before its verb («وأوضح مصدر أن قذيفة سقطت قرب مدرسة الفاروق»), two shells in
    # the construct state («بسقوط قذيفتي مدفعية»), a barrel bomb in the singular («ألقى برميلاً متفجراً»),
    # bombs dropped («الطائرات الحكومية ألقت قنابل»)
    "قذيفه سقطت": (K.STRIKE, "shelling"), "سقوط قذيفتي": (K.STRIKE, "shelling"),
    "برميلا متفجرا": (K.STRIKE, "aerial"), "القت قنابل": (K.STRIKE, None), "تلقي قنابل": (K.STRIKE, None),
    "القي قنابل": (K.STRIKE, None),
    # inner52 (a_bomb_dropped): one bomb («طائرة للجيش الإسرائيلي ألقت قنبلة صوتية على بلدة العديسة»);
    # «ألقت قنابلها» was left out: the bombs of a strike told before (576), its doer unread
    "القت قنبله": (K.STRIKE, None), "القي قنبله": (K.STRIKE, None),
    # nouns44: meetings told by their ceremony («تسلم الرئيس … أوراق اعتماد سفير», «خلال حفل وداع أقامته
    # الوزارة لسفير الجزائر»)
    "حفل وداع": (K.MEETING, None),
    # nouns44: an invitation a visitor answers («ويزور المقداد المملكة تلبيةً لدعوة من وزير الخارجية»):
    # the invitation is a proposal of its own beside the visit; «استجابة لدعوة …» is left: a protest or a
    # deployment that answers a call would be read as the call alone («خرج المئات في مظاهرات استجابةً لدعوة»)
    "تلبيه لدعوه": (K.PROPOSAL, None),
    **EXCHANGES,
}

#: Words that look like a trigger's form but are other words (وزاره "ministry" is not و + زاره "and
#: visited him"); never read as triggers.
NOT_TRIGGERS: Final[frozenset[str]] = frozenset({
    "وزاره", "الوزاره", "وزارات", "وزير", "وزيره", "وزراء", "ولايه", "ولايات", "وفد", "وقت", "وقتها", "وقوع",
    "سياره", "سيارات", "عرضه", "دفعه", "نشره", "قصير", "اوقع", "اوقعت", "اوقعا", "اوقعوا", "فجرا",
    "نقلا",  # «نقلاً عن …»: quoting, the attribution of a report, not a report
    "عادات",  # stmt32: «على غير عادتها»: a habit, not «she came back» (the pronoun forms below)
    "نشرته",  # «في بيان نشرته على تويتر»: a statement published, not forces deployed
    # «واصل الجيش قصفه»: went on (واصل), not «and I arrive» (وصل); «الأصل»: the origin (finding16)
    "واصل", "فاصل", "اصل", "واصلا", "واصلوا", "واصلون", "واصلين",
    # «وزارته», «وزارتا الدفاع والداخلية»: a ministry with its pronoun or in the dual, not «and she
    # visited him» (lexicon19)
    "وزارتا", "وزارتي", "وزارتين", "وزارتيه",  # (with a pronoun: below)
    # stmt23: «تحقيق الهزيمة الكاملة والدائمة لتنظيم داعش»: the defeat as an aim, not one announced
    # («أعلنت قسد هزيمة تنظيم داعش في الباغوز»: a capture)
    "الهزيمه",
    "المطالبه",  # stmt23: «التظاهرات المطالبة بإسقاط النظام»: demanding, a participle («مطالبة تركيا»)
    # lexicon23: «الذي كان التنظيم يستخدمه لتنفيذ الإعدامات»: executions spoken of, none told («إعدامات
    # ميدانية ارتكبتها», «إعدام سجناء» are)
    "الاعدامات",
    "تدمر",  # Palmyra, not «she destroys» («طريق تدمر - حمص»)
}) | (clitic_forms(("عاده", "وزاره"), after=("ه", "ها", "هم"))  # «عادتها», «وزارته» (tidy40)
       | clitic_forms(("اضافه",), ("", "و", "بال"))  # «إضافة إلى»: in addition to, not «he added it»
       | clitic_forms(("نصف",), ("", "و"))  # false25: a half («منذ عام ونصف»), not «we describe»
       # verbs44: the preposition «via», not «he voiced» (PHRASES: «عبر عن», the verb right before its «عن»)
       | clitic_forms(("عبر",), ("", "و", "ف")))
#: Forms a verb's conjugation makes that are only ever its verbal noun in news («سيطرة», not «he took
#: it»: سيطر takes no object): read as the noun.
NOUN_NOT_VERB: Final[frozenset[str]] = frozenset({
    "سيطره", "وسيطره",
    "توصل",  # «وشهدت توصل الدول الضامنة لاتفاق»: the verbal noun, spelled as the bare past (توصلت read)
})
#: Words right before «سيطرة» that make it the control of an area, not its capture («مناطق سيطرة
#: قسد», «تحت سيطرة النظام»).
CONTROL_OF: Final[frozenset[str]] = frozenset({"مناطق", "منطقه", "تحت", "خطوط", "نفوذ", "وبمناطق",
                                               "بمناطق", "ومناطق", "لمناطق", "الخاضعه", "الخاضع",
                                               "خاضعه", "خاضع", "الواقعه", "الواقع"})
#: Words right before «انتشار» that make it where forces stand, not forces deployed («نقاط الانتشار
#: العسكري», «مناطق انتشار قوات النظام», «إحدى نقاط انتشار الجيش»; multi17).
DEPLOYED_AT: Final[frozenset[str]] = clitic_forms((
    "نقاط", "نقطه", "مناطق", "منطقه", "خطوط", "اماكن", "مواقع"), ("", "و")) | {"بمناطق"}  # clitics22

#: Words that are no trigger right after these words: there they are adjectives («وسط هدوء حذر»:
#: a cautious calm, not «he warned»).
NOT_AFTER: Final[dict[str, frozenset[str]]] = {
    "حذر": frozenset({"هدوء", "وهدوء", "ترقب", "وترقب", "تفاؤل", "بتفاؤل", "بشكل", "صمت"}),
    # false50: «بصورة دورية» is «periodically», no patrol («ويعلن الجيش الأردني بصورة دورية إحباط …»)
    "دوريه": frozenset({"بصوره", "وبصوره", "بشكل", "وبشكل"}),
    # false55 (a_body_s_name): «التعاون» in a body's name («قمة منتدى التعاون الاقتصادي», «مجلس التعاون
    # الخليجي», «منظمة التعاون الإسلامي») is no contact (223)
    "التعاون": frozenset({"منتدي", "مجلس", "منظمه"}),
}

#: The days of the week, folded: the times several tables of words before or after a trigger hold.
DAY_NAMES: Final = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})

#: A trigger's word that, before one of these words, is a noun of time, not the verb: «فجر اليوم» is
#: the dawn of today, not «blew up» (kinds15); or a noun of the land: «فوق قمة التل الأحمر» is the top
#: of a hill, not a summit (hilltop, finding33).
NOT_BEFORE: Final[dict[str, frozenset[str]]] = {
    "فجر": frozenset({"اليوم", "امس", "يوم", "الغد", *DAY_NAMES}),
    "قمه": frozenset({"تل", "التل", "تله", "التله", "تلال", "التلال", "جبل", "الجبل", "جبال", "الجبال",
                      "هضبه", "الهضبه", "مرتفع", "المرتفع", "مرتفعات", "المرتفعات"}),
}
#: A present speech verb with no subject before what it says is impersonal, no one's statement:
#: «استهدفت طائرة مسيّرة يُرجّح أنها تابعة للتحالف …، بحسب المرصد» (it is believed; the report is
#: the attribution's, believed_to_be, speaker55). The verb's folded word (its «و» aside) → the words
#: right after it that make it so.
BELIEVED_TO_BE: Final[dict[str, frozenset[str]]] = {
    "يرجح": frozenset({"ان", "انه", "انها", "انهم", "انهما"}),
}
#: the_speaker_told_of (speaker55): what a statement says may be that someone else spoke — a party
#: named right after its «أن / إن» (a title before it aside) with one of these past verbs of speech right
#: after the name («ذكرت وسائل إعلام روسية أن وزير الدفاع سيرغي شويغو أبلغ الرئيس …», «أفاد موقع
#: "سبوتنيك" بأن الرئيس السوري بشار الأسد طلب من روسيا …»): a statement of that party's own, beside
#: the teller's (the gold codes both). Folded, third person. «أبلغ» with its hearer named after it
#: («أن الأمانة العامة للأمم المتحدة أبلغت سوريا بأن …») is a contact in the gold (367, 673, 1928), with a
#: pronoun («أبلغهم بأنه احتجزهم», 724) what was said.
TOLD_SPEAKING: Final[frozenset[str]] = frozenset({
    "ابلغه", "ابلغها", "ابلغهم", "اعلن", "اعلنت", "اكد", "اكدت", "طلب", "طلبت", "قال", "قالت",
    "نفي", "نفت", "اوضح", "اوضحت", "حذر", "حذرت", "طالب", "طالبت", "نبه", "نبهت", "صرح", "صرحت",
})
#: ... when the statement's speaker relays what others say, an outlet or a source the report does not
#: name (the roles of ``actors.unnamed_speaker``): a named speaker's own account of another's words
#: («قال المتحدث باسم الجيش الإسرائيلي إن إسرائيل أبلغت روسيا», «فقالت إن كيري طلب من لافروف») is
#: his statement alone, as the gold codes it.
RELAYING_ROLES: Final = frozenset({"media", "unnamed source"})
#: How many words a title may take between the «أن» and the party's name («أن وزير الدفاع سيرغي شويغو»).
TOLD_SPEAKING_TITLE: Final = 3
#: How many words the title and the name may take from its first word to the verb («الرئيس السوري بشار
#: الأسد طلب»).
TOLD_SPEAKING_NAME: Final = 6

#: A speaker who asks not to be named («طلب عدم كشف اسمه», «طلبت عدم الكشف عن هويتها») demands nothing:
#: the words after «عدم» that make a demand verb this idiom (who speaks, not what is asked for).
NOT_NAMED: Final[frozenset[str]] = frozenset({"كشف", "الكشف", "ذكر", "نشر", "الافصاح", "الاشاره"})
#: A demand's words end at a past verb joined by «و» / «ف» with its own doer («جلسة طلبها الإبراهيمي
#: ووافق عليها الطرفان»): what was asked for is a noun or «أن» + the present, not a past report.
DEMAND_MODES: Final[frozenset[str]] = frozenset({"demand", "pledge"})

#: A battle one side launches is its offensive, an attack, not fighting between two («أطلقت فصائل
#: المعارضة معركة جديدة ضد قوات النظام»; «إثر معركة استمرت أسبوعين» stays a clash): the nouns, and the
#: verbs that launch them (past/present stems).
LAUNCHED: Final[frozenset[str]] = frozenset({"معركه"})
LAUNCH: Final[tuple[str, ...]] = ("اطلق/طلق",)
#: The verbal noun right before the battle launches it too («أعلنت قسد إطلاق معركة جديدة»; finding18).
LAUNCHING: Final[frozenset[str]] = frozenset({"اطلاق", "باطلاق", "لاطلاق", "انطلاق", "بانطلاق", "لانطلاق"})
#: Verbs whose present tense tells how things stand, not what happened («حيث تتمركز القوات الروسية»;
#: a capture verb's present is always so: «المناطق التي يسيطر عليها التنظيم»).
STATES_IN_THE_PRESENT: Final[frozenset[str]] = frozenset({
    "تمركز/تمركز",
    "طوق/طوق",  # false25: «القوات الحكومية تطوق حالياً النقطة», «بات الجيش يطوق النقطة التركية»: a siege
    # false34: a force moving on, told in the present («ويتقدم الجيش شرقاً باتجاه مواقع التنظيم»,
    # «دبابات سورية كانت تتقدم نحو أطراف السويداء», «الجيش الإسرائيلي يتوغل في ريف القنيطرة»,
    # «يتقدمهم وزيرا الخارجية»): 8 produced on 001–1683, all false; the past is the happening
    "تقدم/تقدم", "توغل/توغل",
    # verbs44: a siege that stands («وتحاصر القوات الحكومية منذ حزيران 2012 …», «التي تحاصرها الفصائل»)
    "حاصر/حاصر",
    # agree47 (leave_given): what a charter or a law allows («الميثاق الذي يجيز اللجوء إلى القوة»)
    "اجاز/جيز", "فوض/فوض",
    # false50: «يُذكر» (worth telling, or calls to mind: «لم تشهد الجولة أي حادث يذكر», «ويذكّر الهجوم بغارة
    # مماثلة»): 3 produced on 001–1445 and 1684–2059, all false; the past is the statement. (Not «ترفض»: 4
    # false too, but a headline tells in the present what was said: «واشنطن ترفض التواصل مع موسكو …».)
    "ذكر/ذكر",
    # false53: «تكشف / يكشف» (shows, reveals: «وتكشف صور الأقمار الصناعية …», «ويكشف الهجوم استمرار
    # التهديدات»): 2 produced on 001–1445 and 1684–2059, both false; the past is the statement
    "كشف/كشف",
})
#: false53: the present of «أغار» raids only with «على» right after it («طائرات كانت تغير على أهداف في
#: اللاذقية»); with none it is «تغيّر», a change (a_change): «على أن تغير مسارها بانتظام», «لم تشهد
#: المناطق أي تغير يذكر».
RAIDING: Final[str] = "اغار/غير"
RAIDED_ON: Final[frozenset[str]] = frozenset({"علي"})
#: false25: verbs whose present, read as an attack (no means of fire told), says what a campaign or a
#: force is aimed at («حملة تقول السلطات إنها تستهدف فلول النظام», «الهجمات التي تستهدف منطقة درع
#: الفرات», «ما يستهدف استقرار سوريا»), not an attack that happened; «منذ» in the clause makes it one
#: going on («ومنذ 20 كانون الثاني، يستهدف الجيشان … مواقع»; aimed_in_the_present).
AIMED_IN_THE_PRESENT: Final[frozenset[str]] = frozenset({"استهدف/ستهدف"})
#: Verbs of becoming: a present of control after one («باتت العشائر تسيطر على القرى», «أصبحت قوات
#: النظام تسيطر على …») is a change that happened, a capture, not how things stand; and how many words
#: (the subject) may stand between them.
BECAME: Final[frozenset[str]] = clitic_forms((
    "بات", "باتت", "باتوا", "اصبح", "اصبحت", "اصبحوا", "صار", "صارت"), ("", "و"))  # clitics22
BECAME_REACH: Final = 4
#: «كان» before a verb (folded, with «و»): what it tells had happened before the news, or went on then
#: («وكان لافروف قد صرح», «كانت تستعد لقصف»); and «سبق», which tells so by itself («وسبق أن أعلن»).
WAS: Final[frozenset[str]] = clitic_forms(("كان", "كانت", "كانوا"), ("", "و"))  # clitics22
HAD_ALREADY: Final[frozenset[str]] = clitic_forms(("سبق",), ("", "و"))
#: What opens a speaker's turn (folded): «من جهته، قال الأسد», «بدوره، قال بوتين» — another speaker
#: answers, not one named in the speech before going on (the_person_speaks_on, nothing35)
ON_ONE_S_PART: Final[frozenset[str]] = clitic_forms((
    "من جهته", "من جهتها", "من جانبه", "من جانبها", "من ناحيته", "من ناحيتها", "بدوره", "بدورها"), ("", "و"))

#: deconf21, finding26: the device set off that makes an explosion an attack (``NEEDS`` of «انفجار» and, since
#: nothing43, of «انفجر»): a car bomb, a charge, a mine, a suicide belt, two devices («انفجار عبوتين ناسفتين»)
_SET_OFF: Final = ("مفخخه", "مفخخ", "ناسفه", "ناسف", "انتحاري", "انتحاريه", "عبوه", "عبوات", "لغم", "الغام",
                   "سياره", "دراجه", "حزام", "عبوتين", "عبوتان", "ناسفتين", "ناسفتان")
_DOWNED: Final = ("طائره", "طائرات", "الطائره", "الطائرات", "مقاتله", "مقاتلات", "المقاتله", "مسيره",
                  "مسيرات", "المسيره", "مروحيه", "المروحيه", "صاروخ", "صواريخ", "الصواريخ", "قذيفه",
                  "درون", "طراز", "سو", "اف", "ميغ", "حربيه", "مقاتلاتها", "طائرتها", "طائرته",
                  # what the sentence before named («أطلقت صواريخ … وأسقطت الدفاعات معظمها»)
                  "معظمها", "بعضها", "منها", "اغلبها", "جميعها",
                  "قاذفه")  # inside44: a bomber («بعد إسقاط تركيا قاذفة روسية»)

#: The verbs an assault («عدوان», «اعتداء») is launched or carried out by, beside which it is a strike told.
_LAUNCHED_ASSAULT: Final = ("شن", "شنت", "شنوا", "شنه", "شنته", "شنها", "نفذ", "نفذت", "نفذوا", "تشن", "يشن")

#: What is cut in a suspension: a channel, or relations (nouns31: «قطعت تونس علاقاتها»; nothing46: the verbal
#: noun too, «بعد سبع سنوات من قطع علاقاتها مع سوريا»), not a road, water or heads.
_TIES_CUT: Final = ("الاتصالات", "اتصالاتها", "اتصالاته", "قنوات", "القنوات", "الخط", "التنسيق", "التعاون",
                    "علاقاتها", "علاقاته", "العلاقات")
#: What a withdrawal takes away: forces («سحبت قسد مسلحيها», «سحب الجزء الرئيسي من القوة الروسية»).
_WITHDRAWN: Final = ("قوات", "قواته", "قواتها", "جنود", "جنوده", "جنودها", "عناصر", "عناصرها", "عناصره",
                     "وحدات", "وحداته", "وحداتها", "جندي", "جنديا", "قوه", "القوه", "مسلحيها", "مسلحيه",
                     "مقاتليها", "مقاتليه",
                     # heavy weapons pulled back from a line («سحب أسلحتها الثقيلة من خطوط التماس»)
                     "اسلحتها", "اسلحته", "اسلحتهم", "السلاح", "الاسلحه",
                     # vocab56: its own weapons, the equipment and the servicemen pulled out («سحب سلاحها
                     # الثقيل من المنطقة العازلة», «بدأ سحب المعدات والعسكريين من القاعدة»)
                     "سلاحها", "المعدات", "العسكريين")

#: Who is evacuated in a withdrawal under a deal (deconf20).
_EVACUATED: Final = ("مقاتلين", "مقاتلي", "المقاتلين", "مقاتليها", "مسلحين", "مسلحي", "المسلحين", "مدنيين",
                     "المدنيين", "شخص", "اشخاص", "سكان", "اهالي", "عائلات", "عائلاتهم", "الاف", "مئات")

#: Who arrives in a deployment: forces, convoys, reinforcements, monitors (finding16).
_ARRIVING: Final = ("ارتال", "رتل", "تعزيزات", "مراقبين", "مراقبا", "مؤازرات", "دبابات",
                    # kinds37: a military motorcade («الموكب العسكري التركي … وصل إلى إدلب»)
                    "موكب", "الموكب",
                    # batch41 (new_batch): a batch told new, «دفعة / دفعات جديدة من المقاتلين … وصلت»:
                    # recruits sent; an ordinal batch («الدفعة الأولى / الأخيرة») leaves under a deal: no
                    # arrival
                    "دفعه جديده")
#: batch41 (new_batch): word pairs a clause's stems hold as one (``fastpath.clause_stems``): a first word,
#: the word that must follow it, the stem they give.
PAIRED_STEMS: Final[dict[tuple[str, str], str]] = {
    ("دفعه", "جديده"): "دفعه جديده", ("دفعات", "جديده"): "دفعه جديده"}

#: moves30 (fell_back_to): where a party falls back to, right after the verb «تراجع» («قبل أن يتراجع
#: التنظيم ويعود إلى المنطقة», «تراجع مقاتلو "قسد" عبر جسر سد الفرات نحو …», «بينما تراجع باقي أفراد
#: المجموعة إلى داخل الأراضي»): a withdrawal whoever falls back; a decline or a leader going back on his
#: word has none («تراجع الهجمات», «تراجع … عن دعوة»). Within ``NEEDED_AFTER`` words, as the forces its
#: NEEDS name.
_FALLING_BACK_TO: Final = ("الي", "نحو", "عبر", "باتجاه")
#: moves30 (a_decline): what declines, right after «تراجع» («تراجعت الليرة إلى أدنى مستوى», «تراجع عدد
#: العائدين إلى النصف»): no withdrawal, though a place or a figure it falls to follows (taken without «ال»).
DECLINED: Final[frozenset[str]] = frozenset({
    "ليره", "سعر", "اسعار", "عدد", "اعداد", "نسبه", "معدل", "معدلات", "حده", "مستوي", "اقتصاد", "انتاج",
    "قيمه", "صادرات", "واردات", "عنف", "هجمات", "اعمال", "دعم", "شعبيه", "حجم", "مبيعات", "احتياطي"})

#: nouns44: what crashes (``NEEDS`` of «تحطم»): an aircraft.
_CRASHED: Final = ("طائره", "طائرات", "مقاتله", "مقاتلات", "مروحيه", "مقاتلاته", "مقاتلتها", "طائرته",
                   "طائرتها", "قاذفه", "القاذفه", "حربيه", "مسيره", "طراز")

#: Words of holding a session (``NEEDS`` of «جلسة»), folded: «عقد مجلس الأمن جلسته», «انعقاد جلسة».
# none21: what is taken back is control or ground («استعادت قوات من الجيش نقاطاً», «واستعادوا قرى»),
# not ties or health
_TAKEN_BACK: Final = ("سيطره", "السيطره", "نقاطا", "نقاط", "قري", "مواقع", "المواقع", "معبر", "معبرين",
                      # strikes28: a town, villages, areas, a province taken back, or by an army («التي
                      # استعادها الجيش السوري قبل أيام», «واستعادت القوات نفسها أيضاً بلدة تل حلف»)
                      "بلده", "بلدات", "قريه", "قريتي", "قريتين", "مدينه", "المناطق", "محافظه", "حي",
                      "احياء", "مطار", "حقل", "الجيش", "وحدات")
#: needs52: an envoy summoned to a ministry («استدعت الحكومة التركية سفيري روسيا وإيران لديها»).
_ENVOY: Final = ("السفير", "سفير", "سفيري", "سفيرها", "سفيره", "سفراء", "السفراء", "المبعوث", "مبعوث")
#: needs52: who congratulates, by title («وهنأ الرئيس الأمريكي دونالد ترامب …»), as «هنا» (here) has none.
_CONGRATULATING: Final = ("الرئيس", "رئيس", "وزير", "نائب", "الملك", "ملك", "الامير", "امير", "الامين",
                          "امين", "المستشار")
_HELD: Final = ("عقد", "عقدت", "عقدا", "عقدوا", "يعقد", "تعقد", "يعقدان", "يعقدها", "تعقدها", "عقدها",
                "عقدتها", "ستعقد", "سيعقد", "انعقاد", "انعقد", "انعقدت", "ينعقد", "تنعقد")

#: Prepositions that a word of ``NEEDS`` may be, and the pronouns they carry for what they govern: a
#: need of «علي» is met by «عليها» too («التي سيطر عليها الجيش»).
PRONOUN_CARRIERS: Final = frozenset({"علي", "الي", "في", "من", "مع"})
PREPOSITION_PRONOUNS: Final = ("ه", "ها", "هم", "هما", "هن")
#: both49 (laid_at_door): words of ``NEEDS`` that count with a possessive pronoun too, their ة written ت
#: before it (``PREPOSITION_PRONOUNS``): «الهجوم الذي حمّلت أنقرة التنظيمات الكردية مسؤوليته».
OWNED_NEEDS: Final = frozenset({"مسؤوليه"})

#: Words of ``NEEDS`` whose needed word must follow them within so many words (fired_after): «أطلقت قوات
#: النظام قذيفة على …» fires a shell; «بصاروخ جو-جو أطلقته مقاتلة», «صواريخ توماهوك أطلقتها مدمرات»
#: describe a missile the clause has already told of (embed18).
NEEDED_AFTER: Final[dict[str, int]] = {
    # inside44: eight, for an aircraft named and a time told between («أطلقت طائرات حربية إسرائيلية فجر
    # اليوم عدة صواريخ على …»)
    "اطلق/طلق": 8,
    # deconf20: who is evacuated follows the noun («عمليات إجلاء نحو 5000 شخص»), not fighters named
    # elsewhere in the clause («وجرى الإجلاء بموجب اتفاق بين المقاتلين …»)
    "اجلاء": 3,
    # deconf23: an objection is to something right after the verb («اعترض وفد المعارضة على …»); an «أن»
    # elsewhere in the clause makes no objection («بعد أن اعترض مسلحون سيارة»: they stopped a car)
    "اعترض/عترض": 6,
    # verbs44: what is said follows the verb («عبّرا عن قلق», «اكتفى مصدر أمني بالقول»)
    "عبر/عبر": 6, "اكتفي|اكتف/كتفي": 8,
    "تلا/تلو": 8,  # stmt48: the text read out follows the verb
    # moves30 (fell_back_to): the forces or the place fallen back to follow «تراجع» («تراجع الزعيم … عن
    # دعوته», «تراجع العنف بشكل ملحوظ» with forces named elsewhere in the clause are none)
    "تراجع/تراجع": 6,
    # stmt32: the work a facility is back at follows its name («عودة مطار حلب الدولي إلى العمل»)
    "عاد/عود": 6, "عوده": 6,
    # kinds34 (embassy_opened): the embassy follows the verb, a doer and a full date between them
    # («افتتحت السلطات السورية، يوم الثلاثاء 3 مارس/آذار 2020، مقر السفارة الليبية»)
    "افتتح/فتتح": 10,
    # cut46: the ties cut (nothing46's ties_cut) follow the noun, its doer or a demonstrative between
    # («من قطع تونس علاقاتها», «من قطع هذه العلاقات»), not ties named elsewhere in the clause
    "قطع": 3,
}

#: kinds34: an embassy or a mission opened (embassy_opened), each noun with its pronouns («سفارتها»;
#: clitics22: the clause's words are looked up by their stems, «السفارة» as «سفاره»)
_EMBASSY: Final = tuple(sorted(clitic_forms(("سفاره", "بعثه", "قنصليه"), after=("", "ه", "ها"))))

#: meet45, ops46: words of launching or widening an operation, among the ``NEEDS`` of «عملية» («أطلقت
#: تركيا عملية "غصن الزيتون"», «انطلاق عملية «درع الفرات»», «شرعوا في توسيع عملية …»); «بدء» was measured
#: and left (the time of a capture told from it, «سيطرت منذ بدء العملية», more often than the gold's launch).
OPERATION_LAUNCHED: Final = ("اطلق", "اطلقت", "اطلقتها", "اطلقه", "اطلقها", "اطلقوا", "انطلاق", "اطلاق",
                             "توسيع")

#: agree47 (leave_given): what a council's leave is given to (``NEEDS`` of «أجاز», «فوّض»): the head of
#: state («للرئيس»), or the force used, deployed or sent; a president delegating a file is none.
_LEAVE_GIVEN: Final = ("للرئيس", "استخدام", "باستخدام", "نشر", "بنشر", "ارسال", "بارسال")

#: Words that report an event only when one of these words is in the clause too.
NEEDS: Final[dict[str, tuple[str, ...]]] = {
    # kinds34 (flights_back): flights or air traffic back too («عودة حركة الطيران في مطار حلب الدولي»,
    # «وعودة الرحلات الجوية المدنية»)
    "عاد/عود": ("العمل", "الخدمه", "استقبال", "الرحلات", "الطيران", "الملاحه"),
    "عوده": ("العمل", "الخدمه", "استقبال", "الرحلات", "الطيران", "الملاحه"),
    "افتتح/فتتح": _EMBASSY,
    # agree47 (leave_given): the one given leave, or the force he is given leave to use or send
    "اجاز/جيز": _LEAVE_GIVEN, "فوض/فوض": _LEAVE_GIVEN,
    "نشر/نشر": ("قوات", "قواته", "قواتها", "تعزيزات", "جنود", "عسكريه", "منظومه", "منظومات", "وحدات"),
    "ارسل/رسل": ("قوات", "تعزيزات", "جنود", "عسكريه", "وحدات", "رتل", "ارتال",
                 # inside44: fighters, a batch of soldiers, a system sent («المقاتلين السوريين الذين
                 # أرسلتهم تركيا إلى ليبيا», «أرسلت الولايات المتحدة أول دفعة من جنودها إلى سوريا»)
                 "مقاتلين", "المقاتلين", "مقاتلي", "جنودها", "دفعه", "منظومه",
                 # vocab56: armour sent, as «دفع» reads it («وأرسلت تركيا دبابات ومدرعات إلى إدلب»)
                 "دبابات", "مدرعات", "اليات"),
    "دفع/دفع": ("تعزيزات", "قوات", "رتل", "ارتال", "دبابات", "اليات", "مدرعات", "عربات", "كتيبه",
                "اسلحه"),  # vocab56: weapons pushed to a front («دفعت "قسد" بأسلحة ثقيلة إلى محاور التماس»)
    "حمله": ("جويه", "الجويه", "غارات", "قصف"),
    # finding33 (a_session_held): a session only with a verb or noun of holding it in its clause
    # inside44: an emergency session, or one of the Security Council («إلى جلسة طارئة لمجلس الأمن», «أمام
    # جلسة لمجلس الأمن الدولي»); «مغلقة» and «المجلس» were measured and left out (a closed session
    # addressed from Geneva placed there, a false place)
    "جلسه": (*_HELD, "طارئه", "لمجلس"), "جلسات": _HELD,
    "سحب/سحب": _WITHDRAWN,
    "سحب": _WITHDRAWN,  # «سحب القوات», not «سحب الثقة»
    "سيطر/سيطر": ("علي",),
    # meet45: discussed with someone («بحث … مع نظيره», «بحثا معه»), not a search («عملية بحث») nor a
    # topic looked into alone («يبحث مجلس الأمن مشروع قرار»)
    "بحث/بحث": ("مع",),
    "استعاد/ستعيد": _TAKEN_BACK,
    "استرجع/سترجع": _TAKEN_BACK,  # needs52: its synonym, the same ground taken back
    # needs52: an envoy summoned (to be told a protest), not a reply a deed called for («استدعى رداً»)
    "استدعي|استدع/ستدعي": _ENVOY, "استدعاء": _ENVOY,
    "هنا/هنئ": _CONGRATULATING,
    "اوقف/وقف": ("شخص", "شخصا", "اشخاص", "عناصر", "مطلوبين", "متهمين", "مشتبه"),  # none21: «21 شخصاً»
    # shells and rockets fired («أطلقت قذيفة», «أطلقت عدداً من الصواريخ»), not a battle launched (LAUNCH),
    # fire opened, flares, a prisoner released
    "اطلق/طلق": ("قذيفه", "قذيفتين", "قذائف", "صاروخ", "صاروخا", "صاروخين", "صواريخ", "رشقات", "رشقه",
                 "صليات", "صليه"),  # inside44: salvoes («أطلقت صليات صاروخية على منازل الأهالي»)
    # lexicon25: a word met with doubt, refusal or welcome («قابلت واشنطن الإعلان بالتشكيك»), not a
    # person met nor «قابل للتمديد» (open to)
    "قابل/قابل": ("بالتشكيك", "بالرفض", "بالترحيب", "بالاستنكار", "بالتنديد", "باستنكار", "بترحيب", "برفض",
                  "بالصمت", "بالسخريه", "بحذر", "بالتحفظ", "بالارتياح"),
    "وقع/وقع": ("اتفاق", "اتفاقيه", "مذكره", "بروتوكول", "وثيقه", "اعلان", "ميثاق"),
    "استهدف/ستهدف": ("طائرات", "طائره", "طيران", "غاره", "غارات", "صاروخ", "صواريخ", "مسيره", "مسيرات",
                     "قصف", "مدفعيه", "قذائف", "قذيفه", "جوي", "جويه", "حربيه", "مقاتلات", "مروحيه",
                     "ضربه", "ضربات", "راجمات", "درون",
                     "جوا"),  # kinds48 (by_air_adverb): «استهدفت براً وجواً», as «جوياً»
    "دخل/دخل": ("قوات", "الشرطه", "وحدات", "رتل", "ارتال", "عناصر", "دبابات", "جنود", "الجيش",
                # inside44: fighters, a force, an army's trucks («نحو عشرة من مقاتلي البيشمركة … دخلوا مدينة
                # عين العرب», «ودخلت قوة إسرائيلية … إلى قرية», «دخلت عشرات الشاحنات التابعة للجيش التركي»)
                "مقاتلي", "قوه", "شاحنات"),
    "ارسال": ("قوات", "قوه", "تعزيزات", "جنود", "وحدات", "رتل", "ارتال", "مراقب", "مراقبين",
              # moves30: arms sent with their crews («بإرسال بطاريات صواريخ "إس 400" … إلى قاعدة حميميم»,
              # «إعلان روسيا إرسال فرقاطة حربية … إلى الساحل السوري»); not aid or a delegation
              "بطاريات", "فرقاطه", "فرقاطات", "منظومه", "منظومات", "دبابات", "مدرعات"),
    "عزز/عزز": ("مواقع", "مواقعه", "مواقعها", "مواقعهم", "قواته", "قواتها", "وجوده", "وجودها", "انتشاره",
                "انتشارها", "نقاط", "نقاطه", "نقاطها", "تعزيزات", "دفاعاته", "دفاعاتها"),
    "براميل": ("متفجره", "المتفجره"),
    # a patrol or flights called off; a visit or a decision cancelled is none
    "الغي|الغ/لغي": ("دوريه", "الدوريه", "دوريات", "الدوريات", "رحلات", "الرحلات"),
    # an airspace entered without leave (not a city's defences broken through: that is the fighting)
    "اخترق/خترق": ("الاجواء", "اجواء", "المجال", "مجاله", "مجالها", "الجوي"),
    # an accord, a plan, an understanding, a road map reached («توصلوا إلى خريطة طريق»)
    "توصل/توصل": ("اتفاق", "اتفاقا", "اتفاقيه", "تفاهم", "تفاهما", "خطه", "خريطه", "خارطه", "صيغه", "تسويه",
                  "مذكره"),
    # a vehicle rammed by another («صدمت مركبة أمريكية»), not a public shocked («صدمت الأنباء الشارع»)
    "صدم/صدم": ("مركبه", "مركبات", "عربه", "عربات", "مدرعه", "مدرعات", "دوريه", "سياره", "اليه", "اليات"),
    # what is ended is a state of things or a body's work, not a war called on to end («لإنهاء الحرب»)
    "انهاء": ("الحصار", "حصار", "حاله", "التعبئه", "عمل", "مهام", "مهمه", "بعثه", "الاحتجاجات", "الوجود",
              "وجود", "الاستنفار"),
    "طوق/طوق": ("قوات", "الوحدات", "وحدات", "عناصر", "الامنيه", "الجيش"),
    "انتشر/نتشر": ("قوات", "وحدات", "عناصر", "الجيش", "الشرطه", "الامن"),
    # the responsibility laid on someone, not a load carried («حملت لافتات»); both49 (laid_at_door): by the
    # verbal noun too («تحميل النظام السوري المسؤولية»), with its pronoun (``OWNED_NEEDS``)
    "حمل/حمل": ("مسؤوليه", "المسؤوليه"), "تحميل": ("مسؤوليه", "المسؤوليه"),
    # inside44: written on a platform («وكتب أبو قصرة على منصة "إكس"», «كتب المتحدث … على فيسبوك أن»,
    # «قد كتبت على مواقع التواصل الاجتماعي»)
    "كتب/كتب": ("تويتر", "تغريده", "منشور", "حسابه", "صفحته", "منصه", "اكس", "فيسبوك", "التواصل"),
    # verbs44: said only by words («اكتفى … بالقول»), a feeling voiced, an instruction or the go-ahead given
    "اكتفي|اكتف/كتفي": ("بالقول",),
    "عبر/عبر": ("عن",),
    "تلا/تلو": ("نص", "بيان", "بيانا", "البيان", "رساله", "كلمه", "خطابا"),  # stmt48: a text read out
    "اعطي|اعط/عطي": ("تعليماته", "تعليماتها", "تعليمات", "الضوء"),
    "امر/امر": ("الجيش", "القوات", "قوات", "بالانسحاب", "بالاستيلاء", "بنشر", "بشن", "جيشه", "جيشها",
                "قواته", "قواتها", "بسحب", "بالشروع"),
    "اتصل/تصل": ("هاتفيا", "بنظيره", "بالرئيس", "هاتفي"),
    # stmt23: «ونقلت وكالة سانا أن …» relays as «نقلت … عن» does (RELAYED_THAT: the «أن» right after it)
    "نقل/نقل": ("عن", "ان", "بان", "انه", "انها", "بانه", "بانها"),
    # none21: «وفق ما بثه التلفزيون الرسمي»
    "بث/بث": ("ان", "بان", "انه", "انها", "عاجل", "بيانا", "بيان", "ما"),
    "تحدث/تحدث": ("عن", "ان", "بان"),
    "وجه/وجه": ("نداء", "نداءا", "نداءات", "رساله", "تحذيرا", "انتقادات", "اتهامات", "دعوه"),
    "اقر/قر": ("ان", "بان", "انه", "انها", "بانه", "بانها",
               # finding24: admitted a loss told by its noun («أقرت الوحدات الكردية بمقتل ثلاثين»,
               # «أقر الجيش السوري بدخول مقاتلي المعارضة», «أقرت قوات النظام بفقدان مدينة حماة»)
               "بانسحاب", "بدخول", "بمقتل", "بوجود", "بفقدان", "بسحب", "بخساره"),
    "راي|را/ري": ("ان", "انه", "انها"),  # none21: not «رأى شهود الدخان» (saw)
    "فتح/فتح": ("النار", "نار", "نيرانها", "نيرانه", "نيرانهم", "رشاشاتها"),
    "استخدم/ستخدم": ("الساخن", "الخط", "خط", "القناه", "قناه", "قنوات", "القنوات"),
    "ابلغ/بلغ": ("مسبقا", "بالضربه", "الجانب", "نظيره"),  # the other side informed (else, OTHERWISE)
    "عمليه": ("عسكريه", "ضد", "جويه", "بريه", "هجوميه", "نوعيه", "انزال", "نفذ", "نفذت", "نفذتها",
              "نفذها", "ينفذ", "تنفذ", "باشر", "باشرت", "باشرا", *OPERATION_LAUNCHED),
    # nouns44: a crash is of an aircraft («تحطم مقاتلة إسرائيلية», «تحطمت طائرة نقل»), not of hopes
    "تحطم/تحطم": _CRASHED,
    # found29: gunmen fleeing too («مئات المسلحين فرّوا من أرض المعركة»)
    "فر/فر": ("الرئيس", "الاسد", "قوات", "عناصر", "مقاتلو", "مقاتلي", "المسلحين", "مسلحين", "المسلحون",
              "مسلح", "ضباط", "ضباطا"),  # inside44: «أكثر من ألف مسلح فروا», «ضباطاً فروا من المطار»
    # lexicon23: buses carrying fighters out («خرجت أول حافلة تقل مسلحين من دوما»), not a protest
    # («خرجت مظاهرة») nor a statement («خرج عن اللياقة»)
    # inside44: fighters going out («خرج مقاتلو "قسد" من حي الشيخ مقصود», «خرج بموجبه مسلحو "جبهة النصرة"»);
    # «الدفعة» measured and left out (a batch of a deal to come, placed at its towns)
    "خرج/خرج": ("حافله", "حافلتان", "حافلات", "الحافلات", "مقاتلو", "مسلحو"),
    # lexicon23: accusations traded («وتبادل الطرفان الاتهامات بالمسؤولية عن الخروقات»), not fire,
    # shelling or information (PHRASES: «تبادل إطلاق النار», «تبادل القصف», «تبادل المعلومات»)
    "تبادل/تبادل": ("الاتهامات", "اتهامات"),
    "لاذ/لوذ": ("بالفرار", "بالهرب"),  # «لاذوا بالفرار», not «لاذ بالصمت»
    # forces, convoys, monitors arriving («وصلت أرتال عسكرية», «وصول المراقبين»), not a minister
    "وصل/صل": _ARRIVING, "وصول": _ARRIVING,
    "اسر/اسر": ("قائد", "قائدها", "قائده",  # inside44: «وأسر قائدها في محافظة دير الزور»
                "جنود", "جنديا", "جنديين", "عناصر", "عناصرها", "عناصره", "عناصرهم", "عنصرا",
                "عنصرين", "ضابط", "ضابطا", "ضباط", "اسري", "طيار", "طيارا", "طيارين", "مقاتلا", "مقاتلين",
                "عسكريين", "عسكريا"),
    "خروج": ("مقاتلي", "مقاتلين", "قوات", "عناصر", "المقاتلين", "المسلحين", "مسلحي", "مسلحين", "مسلحو",
              "حافلات", "الحافلات", "دفعه", "الدفعه",  # «بدأ خروج أهالي ومسلحي المعارضة من داريا»
              # inside44: «يليه خروج العسكريين إلى إدلب», «بخروج نحو مئتين إلى ثلاثمئة مسلح», «وبدأ مقاتلو
              # القلمون … الخروج»
              "العسكريين", "مسلح", "مقاتلو",
              "مقاتلون"),  # needs51: the word's third case («بدأ مقاتلون من "جيش الإسلام" … الخروج»)
    "انتهاء": ("الهدنه", "الاتفاق", "وقف", "العمليه", "العمليات", "عمليه"),  # «انتهاء عملية "درع الفرات"»
    "انهيار": ("الهدنه", "الاتفاق", "اتفاقيه", "وقف"),
    "انهار/نهار": ("الهدنه", "الاتفاق", "اتفاقيه", "وقف", "التهدئه"),
    # an objection is to something («اعترضت الخارجية على القرار», «اعترض بأن …»; else OTHERWISE)
    "اعترض/عترض": ("علي", "ان", "بان", "انه", "انها"),
    "الغاء": ("الاتفاق", "اتفاقيه", "مذكره"),
    "فجر/فجر": ("عبوه", "سياره", "انتحاري", "نفسه", "مفخخه", "ناسفه", "لغم", "عربه", "حزاما", "حزام",
                "حزامه", "حزامها",  # inside44: his own belt («فجّر حزامه الناسف»)
                "جسر", "جسرا", "جسور",  # a bridge blown up («فجّرت قسد الجسر القديم»)
                # attack30: a building or a tunnel blown up, the objects of «نسف» and a hotel («فجّر الجيش
                # نفقاً أسفل مبنى», «فجّروا فندقاً أثرياً», «فجّرت المجموعات أحد المنازل»)
                "نفق", "نفقا", "انفاق", "مبني", "مبنيين", "مقر", "مقرا", "منزل", "منازل", "حاجز", "حاجزا",
                "بنايه", "ابنيه", "فندق", "فندقا"),
    # a stop of something that then resumes, or of a joint work («بعد توقف دام خمسة أيام», «بعد توقف
    # العملية منذ ظهر أمس»), not a halt of violence called for («ضرورة توقف أشكال العنف»)
    "توقف": ("دام", "استمر", "العمليه", "الدوريات", "الدوريه", "المفاوضات", "المحادثات", "الرحلات"),
    # accords30: the verb, of patrols, flights, talks, evacuations or aid that stopped («وكانت عمليات
    # الإجلاء قد توقفت»), not of fighting («الاشتباكات توقفت») nor a patrol halted on its way (611: «منعت
    # دورية من المرور …، بعد أن توقفت الأخيرة»; «المرور» measured out: 679's traffic gains only loosely)
    "توقف/توقف": ("الدوريات", "الدوريه", "الرحلات", "المفاوضات", "المحادثات", "الاجلاء", "المساعدات"),
    # deconf21: what is suspended is a work, a part, an accord, patrols, flights or talks («علّقت روسيا
    # العمل بالمذكرة»), not a comment («نادراً ما تعلق إسرائيل على ضرباتها») nor pictures hung
    # deconf21: what is suspended is a work, a part, an accord, patrols, flights or talks («علّقت روسيا
    # العمل بالمذكرة»), not a comment («نادراً ما تعلق إسرائيل على ضرباتها») nor pictures hung; kinds34:
    # the moves of convoys («علقت تحركات جميع قوافل المساعدات»)
    "علق/علق": ("العمل", "عمل", "عملها", "عمله", "المشاركه", "مشاركه", "مشاركتها", "مشاركته", "الاتفاق",
                "اتفاق", "الاتفاقيه", "اتفاقيه", "المذكره", "بمذكره", "الدوريات", "الدوريه", "دورياتها",
                "التعاون", "تعاونها", "الاتصالات", "اتصالاتها", "عضويه", "عضويتها", "المفاوضات",
                "مفاوضات", "المحادثات", "محادثاتها", "مباحثاتها", "الرحلات", "رحلاتها", "الهدنه", "التنسيق",
                "انشطتها", "عملياتها", "غاراتها", "تحركات",
                "عملياته"),  # accords30: «قبل أن يعلق عملياته مؤقتاً»
    # stmt25: a border post or the borders, not a base («قرار بإغلاق قاعدتين») nor the surroundings of
    # a blast («إغلاق مؤقت لمحيط الموقع»). Measured and left out: a crossing («المعبر»: 528, 569 gain
    # only loosely, and 528's capture splits) and the airspace or an airport («إغلاق الأجواء»: 262 is
    # then placed at the airport its sentence names, a false place)
    "اغلاق": ("مركز", "الحدود"),
    # kinds50 (closed_crossing): the verb, with a crossing, the borders, the airspace or a mission
    "اغلق/غلق": ("معبر", "معابر", "معابرها", "حدود", "حدوده", "حدودها", "مركز", "اجواء", "المجال", *_EMBASSY),
    "تعليق": ("العمل", "المشاركه", "الاتفاق", "المذكره", "بمذكره", "الدوريات", "التعاون", "الاتصالات",
              "عضويه", "المفاوضات", "الرحلات", "اتفاق", "مشاركه", "الهدنه", "التنسيق", "عمل",
              "عملياتها",  # accords30: a party's operations («تعليق كل عملياتها ضد التنظيم»)
              "غاراتها", "الحركه"),  # kinds34: «قررت تعليق غاراتها», «تعليق الحركة الجوية»
    # stmt31: a truce offered («عرضت الفصائل هدنة», «قد عرضت وقفاً لإطلاق النار مقابل انسحاب …»)
    "عرض/عرض": ("استعداد", "وساطه", "مساعده", "اقتراح", "خطه", "مبادره", "هدنه", "وقفا"),
    # finding22: an aircraft in the singular, the air force («ضربت طائرة بدون طيار منشأة», «كان الطيران
    # الإسرائيلي قد ضرب مطار التيفور»)
    "ضرب/ضرب": ("صاروخ", "صواريخ", "طائرات", "طائره", "الطيران", "طيران", "مسيره", "قذائف", "غارات", "موقع",
                "مواقع", "مقر", "هدف", "هدفا", "اهداف", "الاهداف",
                # strikes28: the accusative («ضربت … قاعدة الشعيرات الجوية بـ59 صاروخاً», «يضرب أهدافاً»)
                "صاروخا", "اهدافا",
                # inside44: a missile strike, salvoes («ضربة صاروخية إسرائيلية قرب دمشق», «رشقات صاروخية
                # إسرائيلية ضربت المطار»); «جوية» measured and left out (a convoy's strike placed in the
                # country the gold leaves unplaced)
                "صاروخيه", "رشقات"),
    "سير/سير": ("دوريه", "دوريات", "مشتركه"),
    "هاتف/هاتف": ("نظيره", "نظيرته", "الرئيس", "وزير"),
    # inside44: towns, villages, positions wrested («أن الجيش انتزع بلدات النشابية …», «انتزعوا المربع
    # الأمني»)
    "انتزع/نتزع": ("علي", "من", "السيطره", "بلدات", "بلده", "المربع", "مواقع", "قري", "قريه"),
    # shot dead or wounded («قتل … برصاص قناص»), not bullets spoken of
    "رصاص": ("قتل", "قتلوا", "قتلا", "مقتل", "اصيب", "اصيبوا", "اصابه", "جرح", "جرحوا", "استشهد", "استشهدوا"),
    "نصب/نصب": ("كمين", "كمينا", "كمائن", "مكمن"),  # «نصبت كميناً», not «نصبت خيام»
    "احكم/حكم": ("قبضه", "قبضتها", "قبضته", "قبضتهم", "سيطرتها", "سيطرته", "سيطرتهم", "السيطره"),
    "سيطره": ("علي",), "استيلاء": ("علي",),
    # finding22: who assaults is Israel («الاعتداءات الإسرائيلية»), not a violation spoken of at large
    "اعتداءات": ("الاسرائيليه", "الاحتلال", "اسرائيل", "الاسرائيلي"),
    # strikes28: the assault someone launched or carried out, not one spoken of («أي اعتداء سيواجه بالرد»,
    # «الاعتداء يهدف إلى …», «عملية ردع العدوان»)
    "عدوان": _LAUNCHED_ASSAULT, "اعتداء": _LAUNCHED_ASSAULT,
    # lexicon19: what rains on a place is fire («أمطر البلدة بالقذائف»), what is blown up a structure
    # («نسفت الكتائب نفقاً», not «نسف الاتفاق»), a post set up or made fast (not «ثبت أن …»: it proved),
    # a channel cut (not a road: «قطع الطريق» is a protest's or a siege's), a threat waved with «ب…»
    # an infiltration tried and repelled is an attack made («أحبطت محاولة تسلل»), not a crossing of
    # a border by stealth («تسللا إلى البلاد عبر البادية»)
    "تسلل": ("محاوله", "محاولات", "محاولتين", "محاولتي", "احبط", "احبطت", "احبطوا", "احباط", "صد", "صدت"),
    # a crowd gathered, not troops massed (that is «حشد»: a deployment)
    "احتشد/حتشد": ("العشرات", "المئات", "الالاف", "الاف", "مئات", "عشرات", "المحتجون", "محتجون",
                   "المتظاهرون", "متظاهرون", "الاهالي", "اهالي", "السكان", "المواطنين", "ساحه"),
    "امطر/مطر": ("قذائف", "قذيفه", "صواريخ", "الصواريخ", "القذائف", "براميل", "البراميل", "رصاص"),
    "نسف/نسف": ("نفق", "نفقا", "انفاق", "جسر", "جسرا", "مبني", "مبنيين", "مقر", "مقرا", "منزل", "منازل",
                "حاجز", "حاجزا", "بنايه", "ابنيه"),
    "انشا/نشئ": ("نقطه", "نقاط", "نقاطا", "حاجز", "حاجزا", "حواجز", "قاعده", "قواعد"),  # none21
    "استحدث/ستحدث": ("نقطه", "نقاط", "حاجز", "حاجزا", "حواجز", "قاعده", "قواعد", "موقعا", "مواقع"),
    "ثبت/ثبت": ("نقطه", "نقاط", "نقاطا", "حواجز", "حاجزا", "تمركز"),
    "قطع/قطع": _TIES_CUT, "قطع": _TIES_CUT,
    "تهديدات": ("بشن", "اطلقها", "اطلقتها", "اطلقوها"),
    # stmt23: a threat to go on or to retaliate («لوحت … بمواصلة هجماتها», «لوّحت برد انتقامي»)
    "لوح/لوح": ("بعمليه", "بالرد", "بشن", "بالتدخل", "باستخدام", "بهجوم", "بالقوه", "بعمل", "بمواصله",
                "برد"),
    "انتشار": ("قوات", "جنود", "عسكري", "عسكريه", "الجيش",
                # inside44: a party's forces or units spread («انتشار قواتها في الريفين …», «انتشار وحدات
                # الوزارة», «بعد انتشار عناصرها», «انتشاراً واسعاً لمقاتلي العشائر»)
                "قواتها", "قواته", "وحدات", "عناصر", "عناصرها", "عناصره", "مقاتلي",
                # needs51 (security_spread): the internal security forces, «قوى الأمن الداخلي», and the
                # security spread told by its adjective («الانتشار الأمني يهدف إلى …»)
                "قوي", "الامني"),
    "تسيير": ("دوريه", "دوريات", "الدوريه", "الدوريات", "مشتركه", "دورياتها"),  # not «تسيير رحلات»
    # forces leave a place («أخلت القوات مواقعها», «إجلاء المقاتلين»), not a hospital its wounded
    "اخلي|اخل/خلي": ("مواقع", "مواقعها", "مواقعه", "مواقعهم", "مقاتلي", "مقاتلين", "المقاتلين", "مسلحي",
                     "المسلحين", "قوات", "قواتها", "عناصر", "نقاط", "نقطه", "مقر", "مقرات", "الثكنه",
                     # vocab56: its own bases («بعدما أخلى في وقت سابق قواعده في الشدادي»); «قاعدة» bare
                     # (as «إخلاء» has it) was measured and left: «وهذه القاعدة الرابعة التي يخليها …»
                     # tells the withdrawal at large, no gold event
                     "قواعده", "قواعدها", "قاعدتها"),
    # deconf20: who is evacuated: fighters, people, the residents of a besieged place («إجلاء مقاتلين
    # ومدنيين من دوما», «إجلاء نحو 5000 شخص», «إجلاء سكان الأحياء الشرقية»), not the wounded (a rescue)
    "اجلاء": _EVACUATED, "اجلي|اجل/جلي": _EVACUATED,
    "اخلاء": ("مواقع", "مواقعها", "مواقعه", "مقاتلي", "مقاتلين", "المقاتلين", "مسلحي", "المسلحين", "قوات",
              "عناصر", "نقاط", "نقطه", "مقر", "مقرات", "قاعده", "قواعد", "قواعدها", "قاعدتها"),
    # inside44: the ruler who left the country («غادر الأسد سوريا عبر مطار دمشق الدولي»), as «فر»
    "غادر/غادر": ("حافلات", "الحافلات", "حافلتين", "قوات", "القوات", "مقاتلو", "مقاتلي", "المقاتلين", "الاسد",
                  "مسلحو", "المسلحين", "عناصر", "قافله", "رتل", "الرتل", "مفتشو", "المفتشين", "حافله"),
    "مغادره": ("حافلات", "الحافلات", "قوات", "القوات", "مقاتلي", "المقاتلين", "المسلحين", "عناصر",
               "مفتشو", "المفتشين"),
    "تراجع/تراجع": ("قوات", "القوات", "الدوريه", "الدوريات", "دوريه", "عناصر", "مقاتلي", "الرتل", "رتل",
                    *_FALLING_BACK_TO),
    "تقهقر/تقهقر": ("قوات", "القوات", "عناصر", "مقاتلي"),
    "تقهقر": ("قوات", "القوات", "عناصر", "مقاتلي"),
    "تراجع": ("قوات", "القوات", "الدوريه", "الدوريات", "دوريه", "عناصر", "مقاتلي", "الرتل", "رتل"),
    # a place falling into a party's hands («سقوط مطار الطبقة بيد التنظيم»), not a shell or a regime
    "سقط/سقط": ("بيد", "بايدي", "يد", "قبضه"),
    "وافق/وافق": ("هدنه", "الهدنه", "اتفاق", "الاتفاق", "وقف", "خطه", "الخطه", "مقترح", "المقترح", "تسويه",
                  "التسويه", "مبادره", "المبادره", "مقترحات", "عليها", "عليه", "السماح", "شروط", "الشروط",
                  "الابقاء", "ابقاء", "تمديد", "التمديد",
                  "فتح"),  # kinds37: agreed to open crossings («وافق على فتح معبرين حدوديين إضافيين»)
    "موافقه": ("هدنه", "الهدنه", "اتفاق", "الاتفاق", "وقف", "خطه", "مقترح", "تسويه", "مبادره"),
    "حشد/حشد": ("قوات", "قواته", "قواتها", "تعزيزات", "جنود", "عناصر", "مقاتلين", "الاف", "دبابات",
                # moves30: his fighters or mercenaries massed («وكان أردوغان قد حشد … مرتزقته»; «مقاتليها»
                # waits on the places: «تحشد مقاتليها لخوض معركة حاسمة في حمص» is placed at the battle's aim)
                "مقاتليه", "مقاتليهم", "مرتزقته", "مرتزقتها", "مرتزقه", "مدرعات"),
    "حشود": ("عسكريه", "قوات", "تركيه", "للجيش", "للقوات"),
    "استقدم/ستقدم": ("تعزيزات", "قوات", "رتل", "ارتال", "عناصر", "دبابات", "مقاتلين"),
    "اقام/قيم": ("نقاط", "نقطه", "قاعده", "قواعد", "تحصينات", "حواجز", "حاجزا", "مواقع", "موقعا", "قاعدتها",
                 "قاعدته"),
    # a post dismantled to be left («تفكيك نقطة مراقبة … تمهيداً لمغادرتها»), not a cell or mines
    "تفكيك": ("نقطه", "نقاط", "قاعده", "قواعد", "قاعدتها", "قاعدته"),
    "تمركز/تمركز": ("قوات", "القوات", "عناصر", "وحدات", "الجيش", "دوريات", "نقاط",
                    # lexicon23 and deconf23: vehicles, soldiers and armour that took position («الجنود
                    # الأتراك تمركزوا», «تمركزت خمس مدرعات أمريكية على مفرق», «تمركزت مركبة لرصد …»)
                    "جنود", "الجنود", "مدرعات", "المدرعات", "دبابات", "مركبه", "اليات", "عربات"),
    "تقدم/تقدم": ("قوات", "القوات", "عناصر", "الفصائل", "فصائل", "مقاتلو", "مقاتلي", "الجيش", "وحدات",
                  "نحو", "باتجاه"),
    "سقوط": ("بيد", "بايدي", "يد", "قبضه"),
    # an aircraft or a missile downed, not a regime toppled («إسقاط النظام»)
    # deconf21: an explosion is an attack when a device set off is told («دوي انفجار … ناجم عن سيارة
    # مفخخة»), not an explosion heard or shaking a place, whose cause the gold codes (a strike) or nothing
    # («هزّ انفجار عنيف محيط مقر وزارة الدفاع», «انفجاراً قوياً دوّى في دمشق»)
    # vocab56: an explosion told big or strong, one like another told before, one that took a life
    # («انفجار ضخم ضرب مدينة الباب», «وهزّ انفجار قوي مدينة حلب», «انفجار مماثل … أودى بحياة طفل»): the
    # gold codes these an attack; «هزّ» alone was measured and left (three explosions heard, no gold)
    "انفجار": (*_SET_OFF, "ضخم", "قوي", "بحياه", "مماثل"),
    "انفجر/نفجر": _SET_OFF,  # nothing43: the verb needs the device its noun needs
    # inside44: «قتالاً عنيفاً» witnessed («شهدت مؤخراً قتالاً عنيفاً بين …»); «عنيف» (after «بعد قتال عنيف»,
    # placed at the town of its sentence) and «الدائر» were measured and left out
    "قتال": ("استمر", "مستمر", "اندلع", "انتقل", "عنيفا",  # lexicon29
             "احتدام", "تواصل"),  # kinds37: «ومع احتدام القتال وامتداده إلى …», «ورغم ذلك تواصل القتال»
    "اسقط/سقط": _DOWNED, "اسقاط": _DOWNED,
    # deconf21: what is intercepted is an aircraft, a drone or a missile, not an objection («لتخفيف حدة
    # الاعتراض والحوادث»)
    "اعتراض": _DOWNED,
    # stmt23: a group's defeat announced by who defeated it, not a defeat wished for or given as a cause
    # («مهمة هزيمة التنظيم», «سبباً في هزيمة التنظيم»)
    "هزيمه": ("اعلن", "اعلنت", "اعلان", "اعلانها", "اعلانه"),
    # stmt23: what the air force or a party's aircraft destroy is struck («دمّر الطيران الحربي رتلاً»,
    # «طائراتها … ودمرت معدات», «نفذت ثماني طلعات … دمرت خلالها»); not aircraft destroyed («سبع طائرات
    # روسية دمرت عندما أطلق مسلحو المعارضة قذائف»: bare «طائرات» is no cue)
    "دمر/دمر": ("طيران", "الطيران", "طائراتها", "طائراته", "غارات", "غاره", "طلعات", "طلعاتها",
                # needs51 (sites_destroyed): launchers destroyed are struck («دمّرت طائرات مجهولة منصات
                # لصواريخ»); «مواقع» left out at the merge: «إن الطائرات دمرت مواقع» retelling a lead's raids
                # became a second, unplaced strike the merge did not join (tests/test_where.py)
                "منصات"),
}

#: Words in the clause that say the mode of an event of that kind (the first found wins).
MODE_CUES: Final[dict[EventKind, dict[str, str]]] = {
    K.STRIKE: {
        "مسيره": "drone", "مسيرات": "drone", "درون": "drone", "المسيره": "drone",
        "مسيرتين": "drone", "مسيرتان": "drone",  # kinds25: the dual («لهجوم بطائرتين مسيّرتين»)
        "صاروخ": "missile", "صواريخ": "missile", "صاروخيه": "missile", "صاروخي": "missile",
        "صاروخيا": "missile", "باليستي": "missile",
        "كروز": "missile", "توماهوك": "missile",
        "مدفعي": "shelling", "مدفعيه": "shelling", "قذائف": "shelling", "قذيفه": "shelling",
        "هاون": "shelling", "راجمات": "shelling", "المدفعيه": "shelling",
        "جوي": "aerial", "جويه": "aerial", "جويا": "aerial", "طيران": "aerial", "الطيران": "aerial",
        "جوا": "aerial",  # kinds48 (by_air_adverb): «براً وجواً»
        "طائرات": "aerial", "طائرتين": "aerial", "طائرتان": "aerial",
        "الطائرات": "aerial", "مقاتلات": "aerial", "حربيه": "aerial", "غاره": "aerial", "غارات": "aerial",
    },
    K.ATTACK: {"ناسفه": "explosive", "مفخخه": "explosive", "انتحاري": "explosive", "لغم": "explosive",
               "انفجار": "explosive", "تفجير": "explosive"},
}

PRIORITY: Final[tuple[EventKind, ...]] = (
    K.SUSPENSION, K.RESUMPTION, K.AGREEMENT, K.CEASEFIRE, K.INTERVIEW, K.MEETING, K.CALL, K.NEGOTIATION_ROUND,
    K.WITHDRAWAL, K.DEPLOYMENT, K.PATROL, K.STRIKE, K.ATTACK, K.CLASH, K.CAPTURE, K.ARREST, K.PROTEST,
    K.PROPOSAL, K.INCIDENT, K.STATEMENT, K.CONTACT, K.END,
)

#: Kinds that say nothing without a channel (the deconfliction channel in use).
NEED_CHANNEL: Final[frozenset[EventKind]] = frozenset({K.CONTACT})

#: Words that speak of contacts between forces: a statement with one of them, by a party of a channel
#: naming the other («قنوات الاتصال العسكرية مع واشنطن تعمل»), is about that channel. Without one, a
#: statement is on a channel only when it names it.
CHANNEL_WORDS: Final[frozenset[str]] = frozenset({
    "اتصال", "الاتصال", "اتصالات", "الاتصالات", "قناه", "القناه", "قنوات", "القنوات", "خط", "الخط",
    "خطوط", "الساخن", "تنسيق", "التنسيق", "تواصل", "التواصل", "الاشتباك", "التصادم", "مذكره", "المذكره",
    "تفاهم", "التفاهم", "اليه", "الاليه", "تعاون", "التعاون",
})
#: Words that open a part of a clause with a time of its own: «بعدما انسحب منها مقاتلو الفيلق» is
#: not dated by the capture «أمس» it follows, «وفق ما أعلنته الوزارة» not by the event it sources. A
#: date dates a trigger only on the trigger's side of these words (one inside a date mention, as in
#: «بعد يومين», is part of that date). «إثر» and «عقب» are not among them: what follows at once
#: shares the day («اتفق … إثر قمة جمعتهم أمس»).
TIME_BOUNDARIES: Final[frozenset[str]] = (  # «وبعد», «بحسب»: clitics derived (tidy40)
    clitic_forms(("بعد", "قبل"), ("", "و")) | clitic_forms(("حسب",), ("", "ب"))
    | {"بعدما", "قبيل", "وفق", "وفقا"})
#: Words that open the next happening of a clause, one that follows or answers the one before it
#: (folded): «شن غارات على محيط المطار، ثم قصف بلدتي إعزاز والأتارب», «أطلقت جماعات صواريخ على قاعدة …،
#: فردت الولايات المتحدة بضربات جوية», a second report of a speech «… ، وأن قوات الأسد قصفت مشفى»: a trigger
#: before the clause's main one of its kind, with one of these between, is a happening of its own
#: (``_before_the_main`` in extract.py; split18).
NEXT_HAPPENING: Final[frozenset[str]] = frozenset({"ثم", "فرد", "فردت", "فردوا", "وان"})
#: The word right before a noun trigger that makes it the complement of the verb of its kind before it,
#: the same happening named again, not another by the party named after it («توصلت … إلى اتفاق هدنة
#: بوساطة روسية», «التقى الأسد خلال زيارة», «على هامش القمة»; restated_noun, false25).
RESTATING: Final[frozenset[str]] = frozenset({"الي", "خلال", "هامش", "في", "بموجب"})
#: The first word of an offset from an event that puts the event before the day told («بعد أسبوع على
#: تفجير إسطنبول»: the bombing a week before), folded; any other («قبل يومين من …») puts it after.
AFTER_OFFSET: Final[frozenset[str]] = frozenset({"بعد", "وبعد"})
#: Words of a landing from the air: what they report is a raid on the ground, an attack, even beside
#: «جوي» («عملية إنزال جوي نفذتها القوات الأمريكية»), not a strike.
LANDING: Final[frozenset[str]] = frozenset({"انزال", "انزالا"})
#: Words of a fight on the ground: an attack told from the ground as well as from the air («لهجوم بري
#: وجوي واسع يشنه النظام», «الهجوم البري والجوي المسمى "غصن الزيتون"») is an offensive, an attack, not a
#: strike (``by_ground_too`` in extract.py; finding18).
BY_GROUND: Final[frozenset[str]] = frozenset({"بري", "بريه", "بريا"})
#: The verbs of an abduction (``abducted_held`` in extract.py; kinds25): people carried off and held
#: («خطف مسلحون أمس متروبوليت حلب», «اختُطف ثلاثة عشر لبنانياً»), which the gold codes as an arrest
#: (a detention by whoever holds them), unless the clause also tells a killing or another assault
#: («خطف ثلاثة جنود ثم قتلهم»: an attack, ``KILLING``). Not the noun, which names abductions in general
#: or as charged («سلسلة عمليات خطف متبادل», «اتهمت … باستهداف موكب وبخطف كادرين»).
ABDUCTING: Final[frozenset[str]] = frozenset({"خطف/خطف", "اختطف/ختطف"})
#: nothing46: the nouns of abduction read so too when they tell one happening («بعد خطف مراقبين دوليين في
#: المنطقة», «أقدم مسلحون على خطف متروبوليت حلب»: arrests in the gold, 931, 952, 953), not after «ب», the
#: charge of an accusation («اتهام دمشق حزب الله بخطف ثلاثة من عناصر قواتها», «وبخطف كادرين»).
ABDUCTIONS: Final[frozenset[str]] = frozenset({"خطف", "اختطاف"})
ABDUCTION_CHARGED: Final[tuple[str, ...]] = ("ب", "وب")
#: Heads after which a verb's spelling is the verbal noun of cases in general («عمليات خطف متبادل»,
#: «حالات خطف»): no one happening with its doer (abducted_held), folded.
CASES_OF: Final[frozenset[str]] = frozenset({
    "عمليات", "عمليه", "حالات", "حاله", "ظاهره", "جرائم", "جريمه", "سلسله"})
KILLING: Final[frozenset[str]] = clitic_forms((
    "قتل", "قتلهم", "قتلوا", "قتلته", "قتلها", "تصفيه", "تصفيتهم", "اعدم", "اعدمهم", "مقتل"), ("", "و"))
#: Verbs of trying right before a capture's word (``tried_to_take`` in extract.py; kinds25): a place
#: one tries to take («يحاولون استعادة بلدة خناصر», «تحاول الفصائل استعادة سراقب») is fought for, an
#: offensive, an attack, not taken, folded («و» or «ف» before one is taken off).
TRYING: Final[frozenset[str]] = frozenset({
    "يحاول", "تحاول", "يحاولون", "يحاولان", "تحاولان", "حاول", "حاولت", "حاولوا", "حاولا",
    # kinds28: seeking it, or to it, is trying too («الذي يسعى منذ أكثر من شهر إلى السيطرة على عين
    # العرب», «شنت … عشرات الحملات بغية التقدم إلى المدينة والسيطرة عليها»: attacks in the gold)
    "يسعي", "تسعي", "يسعون", "سعي", "سعت", "سعوا", "سعيا", "بغيه"})
#: How many words before the capture's word a verb of ``TRYING`` is read (its subject and a support
#: between: «تحاول تلك الفصائل استعادة», «وتحاول قوات النظام وحلفاؤها، بغطاء جوي روسي، استعادة»).
TRYING_REACH: Final[int] = 8
#: An advance told with «داخل» right after it is into the place, which is taken (``advanced_inside`` in
#: extract.py; kinds25): «الجيش السوري تقدم داخل البلدة», «تقدمت داخل حوش السيد علي» (a capture in the
#: gold), not an advance towards it («تقدمت نحو», an attack). The rule of the advance, and the words.
ADVANCING: Final[frozenset[str]] = frozenset({"تقدم/تقدم"})
INSIDE: Final[frozenset[str]] = frozenset({"داخل"})
#: stormed_and_held (kinds48): a building stormed by the verb («بعد أن اقتحمت مبنى الإذاعة والتلفزيون»),
#: its object within ``STORMED_REACH`` words after it (the doer between), is taken, a capture in the gold
#: (668); a place stormed otherwise (a town, a checkpoint, homes) stays the attack. A prison stormed is a
#: capture in the gold too (198, 1196) but is left out: 1196's capture takes its clause's first place (the
#: airport freed before it), which lowers the right places below their floor. The verb's rule, the heads,
#: folded.
STORMING: Final[frozenset[str]] = frozenset({"اقتحم/قتحم"})
STORMED_HELD: Final[frozenset[str]] = frozenset({"مبني"})
STORMED_REACH: Final[int] = 4
#: Words one or two words before an air word that make it no means of the attack beside it, the
#: heads of compounds that name no weapon (``air_no_means`` in extract.py; kinds25): air defence as a
#: unit's name («كتيبة الدفاع الجوي»; the plural «الدفاعات الجوية» that meet an attack tell it came
#: from the air), the weather («سوء الأحوال الجوية»), air-force intelligence («المخابرات الجوية»), an
#: air base («قاعدة جوية», «مطار»), folded. Air support («بإسناد جوي», «بغطاء من طيران») is not here:
#: the gold codes it as a strike of its own as often as a part of the offensive.
AIR_NO_MEANS: Final[frozenset[str]] = frozenset({
    "الدفاع", "دفاع", "الاحوال", "احوال", "المخابرات", "مخابرات",
    "قاعده", "القاعده", "قواعد", "مطار", "مطارات",
    # kinds28: the same with «و» («تضم منشأة بحرية وقاعدة جوية للقوات الروسية», 987)
    "وقاعده", "والقاعده", "وقواعد", "ومطار", "ومطارات"})
#: Words that, with «من» after them, make the date that follows the day something starts from
#: («بدءاً من يوم غد», «اعتباراً من منتصف الليل», «ابتداءً من الأحد»), folded.
STARTING_FROM: Final[frozenset[str]] = clitic_forms(("بدءا", "بدء", "اعتبارا", "ابتداء"), ("", "و"))
#: Words of repelling a few words before an attack's noun («صدّوا اليوم السبت هجوماً شنه الجيش», «صدت
#: الفصائل الهجمات على مواقعها»): an attack met by those it hit is fighting between both, a clash
#: (``repelled`` in extract.py; embed18). Past verbs only: not «لصد», what the fighting was for, nor the
#: noun «في صد الهجمات», as often what forces are to do («ستكون رديفة … في صد الهجمات»).
#: stmt23: not «تصدّى / تصدّت … لهجوم» (lexicon19 had them): the dev gold codes the attack met that way
#: as the attackers' attack, 3 of 3 (540 #5, 612 #1, 658 #2: «تصدت لهجوم شنه مسلحو الدولة الإسلامية»).
REPELLED: Final[frozenset[str]] = clitic_forms(("صدت", "صدوا"), ("", "و"))  # clitics22
REPELLED_REACH: Final[int] = 4

#: the_occasion (stmt25): words right before a meeting's, a summit's or a call's noun that make it the
#: occasion a demand, a warning or a pledge was made at, told and not what it speaks of («ودعا … بعد
#: لقائه الرئيس الأسد في دمشق», «وحذروا خلال قمة جمعتهم في القاهرة», «دعت في ختام اجتماعاتها»). Not
#: a bare «في»: «في مؤتمر صحافي», «في اتصال هاتفي مع قناة المنار», «وفي اجتماع لدول أعضاء …» are where
#: a speech was made, which the gold leaves (823, 711, 186).
OCCASION_BEFORE: Final[frozenset[str]] = clitic_forms((
    "خلال", "بعد", "عقب", "اثر", "ختام", "لدي"), ("", "و"))  # clitics22

#: where_told (scope28): «حيث» after a demand, a warning or a pledge opens a clause of its own, where what
#: it tells is told, not what the speech speaks of («بعد يوم من تحذير أردوغان من هجوم وشيك في إدلب، حيث
#: تشن القوات السورية … هجوماً لاستعادة المنطقة»; «طلبت … اتفاق لوقف إطلاق النار في إدلب، حيث يشن الجيش
#: … هجوماً واسعاً»). Fighting only (a strike, an attack, a clash): «تعهد بتطهير منبج، حيث تنتشر قوات
#: أمريكية» tells where forces stand, no deployment (580).
WHERE_TOLD: Final[frozenset[str]] = frozenset({"حيث", "وحيث"})

#: done_in_quotes (scope28): past verbs that, within ``DONE_IN_QUOTES_REACH`` words before a happening's noun
#: inside a speaker's quotation, tell it done («إن "الجيش الحر قام بانسحاب تكتيكي"», «"العمليات انتهت
#: بسيطرة القوات على المدينة"», «"تمكنت القوات من السيطرة على …"»), folded.
DONE_IN_QUOTES: Final[frozenset[str]] = frozenset({
    "قام", "قامت", "قاموا", "تمكن", "تمكنت", "تمكنوا", "انتهت", "انتهي", "نجح", "نجحت", "نجحوا"})
DONE_IN_QUOTES_REACH: Final = 3

#: inner48 (waged_told): the verb of waging or carrying out with the pronoun of a noun of fighting, within
#: ``WAGED_REACH`` words after it (an adjective or a relative pronoun between), tells that happening done or
#: going on, so that neither a statement that warns, demands or denies nor a quotation only speaks of it:
#: «هدد … بتوسيع الهجوم الذي تشنه القوات التركية على جيب عفرين», «قواته "ردّت على هجوم شنته عدة مركبات
#: جوية"», «"هجوم غير مبرر" شنته القوات الموالية للنظام». Folded. A verb of aiming or going on after the
#: noun («هجوم كيماوي استهدف مدينة دوما», «"اشتباكات تدور حالياً"») was measured and left: read, but dated
#: otherwise than the gold (the speech's day for the window).
WAGED: Final[frozenset[str]] = frozenset({
    "شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "يشنه", "يشنها", "تشنه", "تشنها", "نفذه", "نفذها",
    "نفذته", "نفذتها", "نفذوه", "نفذوها", "ينفذه", "ينفذها", "تنفذه", "تنفذها"})
WAGED_REACH: Final[int] = 3

#: happened_told (inner55): a noun of fighting or of protest that a relative pronoun (``HAPPENED_WHICH``)
#: follows within ``HAPPENED_REACH`` words, with a verb of happening, striking or witnessing right after
#: it (``HAPPENED``: «الاشتباكات التي اندلعت فجر الثلاثاء», «الهجوم الانتحاري الذي استهدف», «التفجير
#: الإجرامي الذي أودى بحياة»), or with such a verb carrying its pronoun («احتجاجات سلمية شهدتها مدينة
#: السويداء»), is told done, as ``WAGED`` tells it: no demand, warning, denial or pledge only speaks of
#: it. Folded.
HAPPENED_WHICH: Final[frozenset[str]] = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين"})
HAPPENED: Final[frozenset[str]] = frozenset({
    "اندلع", "اندلعت", "استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "اودي", "اودت", "وقع", "وقعت",
    "جري", "جرت", "هز", "هزت", "خلف", "خلفت", "اسفر", "اسفرت"})
HAPPENED_WITNESSED: Final[frozenset[str]] = frozenset({
    "شهدته", "شهدتها", "شهده", "شهدها", "شهدتهما", "تعرض", "تعرضت"})
HAPPENED_REACH: Final[int] = 2

#: laid_to (actors28): words that lay what happened at someone's door, with «إلى» a few words after them
#: and the one it is laid to right after that («نسبت إلى إسرائيل غارة», «ضربات صاروخية نسبتها دمشق
#: وموسكو إلى إسرائيل», «وُجهت أصابع الاتهام فيه إلى إسرائيل»): that one did it, as far as the report
#: goes; who lays it is not the doer. Folded («و» or «ف» before one is taken off).
LAID_TO: Final[frozenset[str]] = frozenset({
    "نسب", "نسبت", "نسبته", "نسبتها", "نسبه", "نسبها", "نسبوا", "نسبوها", "تنسب", "تنسبها", "تنسبه",
    "ينسب", "ينسبها", "ينسبه", "نسبتهما", "الاتهام"})
#: How many words after a word of ``LAID_TO`` its «إلى» may come (the one who lays it and a pronoun
#: between: «نسبتها دمشق وموسكو وطهران إلى», «أصابع الاتهام فيه إلى»).
LAID_TO_REACH: Final[int] = 5
#: Words that attribute a report to whoever tells it («بحسب المرصد», «وفقاً لوكالة سانا», «حسب مراسل
#: الأناضول»): with the teller named right after them, the telling is that teller's statement. Before
#: «ما» a verb of speech follows («وفق ما أفاد المرصد»), which is the statement's own trigger.
ATTRIBUTIONS: Final[frozenset[str]] = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا"})
#: Verbs that relay another's words («نقلت وكالة سانا عن محافظ حمص …»): the one after their «عن» says
#: what the relaying teller carries (both are the statement's sources, the one quoted first).
RELAYED_BY: Final[frozenset[str]] = frozenset({"verb نقل/نقل"})
#: stmt23 (relayed_that): with no «عن», a relaying verb carries what its teller said when «أن» follows
#: within ``RELAYED_THAT_REACH`` words («ونقلت وكالة الأنباء السورية "سانا" أن انفجاراً وقع»); a «فإن»
#: after an attribution («وبحسب ما نقلته سانا، فإن …») or an «أن» further on is not what it relays.
RELAYED_THAT: Final[frozenset[str]] = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})
RELAYED_THAT_REACH: Final[int] = 6
#: The words that name whom a relaying verb quotes («عن», «عنه», «عنها»).
RELAYED_FROM: Final[frozenset[str]] = frozenset({"عن", "عنه", "عنها", "عنهم"})
#: Words after an attribution word that hand the report to a verb, not to a teller named at once.
ATTRIBUTED_BY_VERB: Final[frozenset[str]] = frozenset({"ما", "لما"})
#: vouched_by_who_follows (actor49): an attribution word and its «ما» written as one word, right before the
#: verb that tells the report («…، حسبما أفاد مرصد حرب»): as «بحسب ما» before it (folded forms).
ATTRIBUTED_BY_VERB_FUSED: Final[frozenset[str]] = frozenset({"حسبما", "بحسبما"})
#: restated_by_who_follows (actor50): «وهو ما / وهذا ما / وهي ما» and a speech verb that carries the
#: pronoun of what was just told («، وهو ما أكدته دمشق», «وهو ما ينفيه الجيش السوري», «وهو ما أعلنه أيضاً
#: مسؤول أمني»): a clause of its own, the statement of the one after the verb, not a part of the clause
#: before (``_CLAUSE_BREAK``). The openers, then the verbs with their pronoun, as written (hamza forms are
#: matched whatever the alef).
RESTATED_OPENERS: Final[tuple[str, ...]] = ("وهو ما", "وهذا ما", "وهي ما")
RESTATED_BY: Final[tuple[str, ...]] = (
    "أكده", "أكدها", "أكدته", "أكدتها", "أكدوه", "يؤكده", "تؤكده", "يؤكدها", "تؤكدها",
    "نفاه", "نفاها", "نفته", "نفتها", "نفوه", "ينفيه", "تنفيه", "ينفيها", "تنفيها",
    "أعلنه", "أعلنته", "أعلنها", "أعلنتها", "ذكره", "ذكرته", "أورده", "أوردته", "أوضحه", "أوضحته",
    "كشفه", "كشفته", "أقره", "أقرته", "قاله", "قالته", "يقوله", "تقوله", "أفاد به", "أفادت به")
#: Words after which a boundary word is part of a time of day («بعد ظهر أمس», «قبيل منتصف الليل»).
NOT_A_BOUNDARY_BEFORE: Final[frozenset[str]] = frozenset({
    "ظهر", "الظهر", "الظهيره", "منتصف", "فجر", "الفجر", "غروب", "الغروب", "شروق", "الشروق"})
#: Phrases that hold a channel's phrase but name something else: the 1974 Israeli–Syrian disengagement
#: agreement is «اتفاقية فض الاشتباك», not the US–Russian deconfliction of the air.
NOT_CHANNELS: Final[tuple[str, ...]] = ("اتفاقيه فض الاشتباك", "اتفاق فض الاشتباك", "اتفاقيه فصل القوات",
                                        "اتفاق فصل القوات")
#: Kinds whose report carries the channel itself: a statement that reports one («أشارت إلى أن
#: استئناف الاتصالات أمر ممكن») speaks of changing the channel, not of it at work, and leaves the
#: channel to that event.
CHANNEL_CHANGE: Final[frozenset[EventKind]] = frozenset({
    K.PROPOSAL, K.SUSPENSION, K.RESUMPTION, K.END, K.AGREEMENT})

#: Words that, just before a trigger, make it the thing prevented, not an event ("لمنع وقوع حوادث",
#: "تفادي الحوادث", "تجنب الاحتكاك").
PREVENTION: Final[tuple[str, ...]] = ("منع", "لمنع", "بمنع", "تفادي", "لتفادي", "بتفادي", "تجنب", "لتجنب",
                                      "بتجنب", "تقليل", "للحيلوله", "حظر", "فض", "لفض",  # فض الاشتباك
                                      # deconf21: «تحول دون أي احتكاك بين قواتهما», «يتجنب الجيش الاحتكاك»
                                      "دون", "يتجنب", "تتجنب",
                                      # false25: «إلغاء زيارته إلى تركيا»: a happening called off
                                      "الغاء", "بالغاء", "والغاء")

#: Corridors opened for people to leave by (deconf21): a withdrawal's noun after one of these words in
#: its clause is the way out made ready, no one gone out yet («ممرات الخروج الآمن من المنطقة فُتحت»,
#: «تُفتح خلالها ثلاثة ممرات إنسانية … لخروج المدنيين والمقاتلين»: a_way_out).
CORRIDORS: Final[frozenset[str]] = frozenset({"ممر", "ممرات", "الممر", "الممرات", "ممرين", "ممرا"})

#: Nouns of an attempt, folded (``attempted_not_done``): what «محاولتان لإدارة ترامب لسحب قواتها» tried
#: is not done, and no event («ثالث محاولة هدنة»). Not an attack's kinds (``ATTEMPT_DONE``): a failed
#: attempt to storm or infiltrate is an attack made («كل محاولات قسد لاقتحام بلدة العزبة باءت بالفشل»).
ATTEMPT: Final[frozenset[str]] = (  # «بمحاولة», «ومحاولتين», «محاولتها»: forms derived (tidy40)
    clitic_forms(("محاوله",), ("", "ال", "ب", "و", "ل")) | clitic_forms(("محاولات",), ("", "ال", "ب", "و"))
    | clitic_forms(("محاولتان", "محاولتين"), ("", "و"))
    | clitic_forms(("محاوله", "محاولات"), after=("ه", "ها", "هم")))
#: Kinds whose attempt is done: the attack or the fight tried is made, though it fails.
#: The parties whose attacks on Syria are struck from the air or with missiles, whatever word tells them
#: («هجوم إسرائيلي استهدف مطار دمشق», «سبق لإسرائيل أن استهدفت مواقع»: strikes in the gold; kinds21,
#: struck_from_afar). Its army too (``idf``; kinds25: «الجيش الإسرائيلي شن هجمات على موقعين», «هاجم …
#: عدداً من الأهداف», strikes in the gold, which has no attack by it): going in on the ground is told by
#: ``ON_THE_GROUND`` verbs («اقتحم») or as an incursion («توغل», a deployment).
STRIKES_FROM_AFAR: Final[frozenset[str]] = frozenset({"israel", "idf"})
#: kinds28 (targeted_positions): «استهدف» by an army that fires from afar, the United States' or the
#: Syrian one, at positions, headquarters, gatherings or depots («استهدفت الولايات المتحدة ليلة الأحد
#: مقرات عسكرية», «واستهدفت وحدات الجيش تجمعات للمسلحين»: strikes in the gold, 234 #1, 769 #4). Of the
#: gold's 24 «استهدف … مواقع / مقرات / تجمعات …», 18 are strikes; the 6 attacks are explosions, Turkey's
#: ground offensive (452 #4, left out by its doer), «نقاطاً» (left out) and attacks named as such. Not
#: a vehicle, a convoy or men targeted («حين استهدف عناصر من الجيش السوري السيارة», an attack).
#: modes51: the Syrian state named as its government too («وأعلنت الحكومة السورية أنها استهدفت مواقع لقوات
#: سوريا الديمقراطية», a strike in the gold, 1719 #4).
TARGETING_FROM_AFAR: Final[frozenset[str]] = frozenset({"usa", "us-dod", "syrian-army", "syria-government"})
TARGETED: Final[str] = "استهدف/ستهدف"
POSITIONS: Final[frozenset[str]] = frozenset({
    "مواقع", "مقرات", "مقار", "تجمعات", "مستودعات", "المواقع", "المقرات", "التجمعات", "المستودعات"})
#: How many words after «استهدف» its object of ``POSITIONS`` is read («استهدفت الولايات المتحدة ليلة
#: الأحد مقرات»).
POSITIONS_REACH: Final[int] = 5
#: Attacks only made on the ground, whoever makes them (an advance, a storming, an ambush, a killing, an
#: abduction): never struck from afar.
ON_THE_GROUND: Final[frozenset[str]] = frozenset({
    "تقدم/تقدم", "اقتحم/قتحم", "اقتحام", "اقتحامات", "نصب/نصب", "كمين", "كمائن", "اغتال/غتال", "اغتيل/غتال",
    "اغتيال", "اغتيالات", "خطف/خطف"})
ATTEMPT_DONE: Final[frozenset[EventKind]] = frozenset({K.ATTACK, K.CLASH, K.STRIKE, K.CAPTURE})
#: How many words before a noun trigger opened by «ل» (or after a verbal noun so opened: «لعقد اجتماع»)
#: a word of ``ATTEMPT`` is read («محاولتان لإدارة
#: الرئيس الأمريكي السابق ترامب لسحب قواتها»).
ATTEMPT_REACH: Final[int] = 7

#: Words right before a trigger that make it an aim, not a happening ("لتثبيت وقف إطلاق النار": to
#: make the truce hold).
AIMED_AT: Final[tuple[str, ...]] = ("تثبيت", "لتثبيت", "وتثبيت", "ترسيخ", "لترسيخ", "ضمان", "لضمان",
                                    "انجاح", "لانجاح", "صون", "لصون",
                                    "اجل",  # «التوسط من أجل "وقف لإطلاق النار"»: for (embed18)
                                    "المطالبه", "بالمطالبه")  # deconf21: «التظاهرات المطالبة بإسقاط النظام»

#: A time named right before a trigger, as the object of setting one («من دون أن يحدد موعداً لانتهائها»,
#: «لم يحددوا موعداً لانتهاء الهدنة»): the time of a happening to come, no happening (embed18).
TIME_FOR_IT: Final[tuple[str, ...]] = ("موعدا",)

#: Verbs right before a trigger that make it what is hit, not an event of its own ("غارة استهدفت
#: اجتماعاً لقادة", "تفجير استهدف دورية روسية تركية").
HIT_BY: Final[tuple[str, ...]] = ("استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت", "هاجم", "هاجمت",
                                  "ضرب", "ضربت", "قصف", "قصفت")

#: Verbs of being exposed to (folded): a happening after one negated («لم يتعرض لاعتداء», «ولم تتعرض
#: الطائرة لإطلاق نار») did not happen (not_exposed; strikes28).
EXPOSED: Final[frozenset[str]] = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضوا", "يتعرضون",
                                            "تتعرضا", "يتعرضا"})
#: How many words before a happening's noun a negated verb of :data:`EXPOSED` is read (its subject between).
EXPOSED_REACH: Final[int] = 3

#: false34: verbs of seeing, recording, announcing, planning or ruling out (folded): a happening's noun
#: within ``EXPOSED_REACH`` words after one negated is one nobody saw, recorded, announced or planned
#: (not_seen): «لم يرصد انسحاب أي دبابة», «ولم تعلن فصائل المعارضة موافقتها على الهدنة», «لا تخطط لغارات
#: جديدة», «ولم يستبعد سقوط النظام» (a prospect).
NOT_SEEN: Final[frozenset[str]] = frozenset({
    "يرصد", "ترصد", "يرصدوا", "نرصد", "يسجل", "تسجل", "يسجلوا", "تسجلوا", "نسجل", "يشهد", "تشهد",
    "يعلن", "تعلن", "يعلنوا", "نعلن", "يخطط", "تخطط", "يخططون", "نخطط", "يستبعد", "تستبعد", "نستبعد",
    "يؤكد", "تؤكد", "يتم", "تتم"})

#: false34: the verb of describing (its rule) and how a verb of it opens a clause (its «و» or «ف» before
#: the root's «و», or before a present's prefix): «ووصف», «وتصف» (described_as).
DESCRIBING: Final[frozenset[str]] = frozenset({"وصف/صف"})
DESCRIBING_OPENS: Final[tuple[str, ...]] = ("وو", "فو", "وت", "وي", "فت", "في", "وا")
#: Punctuation between two words that ends a clause (described_as).
CLAUSE_BREAKS: Final[frozenset[str]] = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")", "-", "–"})

#: false34: a verbal noun in the accusative that gives the reason of what its clause tells, with the word
#: it must open right after it: «اعتصامهم على الطريق الدولي رفضاً لمشاركة القوات الروسية», «ورفضاً
#: للتطبيع معه» (for_the_reason). Every «رفضاً» before «ل» on 001–1683 (four) is so; «رفضا الاستسلام»,
#: a dual verb, is not. So is «احتجاجاً على» after an act of a state («قطعت علاقاتها مع دمشق احتجاجاً على
#: قمع …», «علقت مشاركتها احتجاجاً على …»: 5 false of 8 produced on 001–1683), unless a crowd is named in
#: its clause (``PROTEST_CROWD``: «وخرج المتظاهرون … احتجاجاً على تصريحات …», the protest itself).
FOR_THE_REASON: Final[dict[str, tuple[str, ...]]] = {"رفضا": ("ل",), "ورفضا": ("ل",), "احتجاجا": ("علي",)}

#: false35 (no_partner): a noun of working together is a contact only with the partner it is with, in
#: «مع» right after it («بالتنسيق مع تركيا», «بعد تنسيق مباشر مع واشنطن»: the four gold contacts of
#: «تنسيق» on 001–1683). Without it the noun is the topic, the aim or the name of a coordination
#: («شددا على تنسيق الجهود», «مركز … لتنسيق الضربات», «تدريبات على التنسيق بين عناصرهما», «مركز تنسيق ثلاثي»,
#: «مواقع التواصل الاجتماعي»): the noun and the words after it within which «مع» (or «معها», «معه» …)
#: must come, unless «مع» names the partner before it in its clause («بحث مع واشنطن تنسيق التحركات»).
#: «تعاون» is so too (its 4 produced on 001–1683 are false: «منتدى التعاون», «مذكرة التعاون», «وزارة
#: الخارجية والتعاون الدولي»), but is left out: in 595 the ministry's name read as a contact kept the
#: announcement's day from it; without it the announcement and the next report merge into one, and the
#: gold's two lose a loose match (the merge's to part).
PARTNER_AFTER: Final[dict[str, int]] = {"تنسيق": 3, "تواصل": 3}
PARTNER_WITH: Final = ("مع",)

#: false35 (in_a_series): a happening's noun right after an ordinal that follows «في» places the happening
#: its clause tells in a series («شنت ضربات …، في أول عملية عسكرية لموسكو», «استضاف … نظيريه …، في أول
#: لقاء ثلاثي من نوعه», «في ثاني هجوم من هذا النوع خلال أسبوع»): no happening of its own. Over 001–1683
#: the nouns after an ordinal are 9 false, 6 strict, 2 loose; after «في» 5 false and 1 strict, a
#: statement («في أول تصريح رسمي», kept). The ordinal after a verb («أنهت … رابع دورية», «شنت أول
#: غارة») or a time word («إثر أول اجتماع») is the happening and stays; so is the predicate of a sentence
#: of its own («وهذه ثاني زيارة يقوم بها المقداد إلى الجزائر»: 4 false, 1 loose — the gold counts it,
#: and the visit's place with it).
ORDINALS: Final = frozenset({"اول", "ثاني", "ثالث", "رابع", "خامس"})
SERIES_OPENERS: Final = frozenset({"في"})
PROTEST_CROWD: Final[frozenset[str]] = frozenset({
    "المتظاهرون", "متظاهرون", "المتظاهرين", "متظاهرين", "المحتجون", "محتجون", "المحتجين", "محتجين",
    "مظاهره", "تظاهره", "مظاهرات", "تظاهرات", "اعتصام", "وقفه", "مسيره", "المعتصمون", "معتصمون"})

#: false34: a verb that places a happening the article told in its time or its cause, right before the
#: happening's definite noun (told_again): «وجاءت الغارة بعد ساعات من إعلان …», «وتأتي الدورية تنفيذاً
#: للاتفاق», «ويأتي الانسحاب رغم تهديدات …», «وتتزامن الزيارة مع مرور عام …». The noun names again
#: what was told, no second happening.
TOLD_AGAIN: Final[frozenset[str]] = clitic_forms((
    "جاء", "جاءت", "ياتي", "تاتي", "يتزامن", "تتزامن", "تزامن", "تزامنت"), ("", "و"))  # وجاءت (clitics22)

#: Verbs of discussing: an agreement or truce they take as object is a topic, not an event made.
#: (The «و» forms derived for the words that had one; tidy40.)
DISCUSSED: Final[frozenset[str]] = clitic_forms(("ناقش", "ناقشا", "بحث", "بحثا", "تناول"), ("", "و")) | {
    "ناقشت", "ناقشوا", "بحثت", "بحثوا", "تناولا", "تناولت", "يناقش", "يبحث", "يبحثان", "يناقشان"}

#: Words that open an agreement's terms: what they provide for is a term, not an event («اتفاق يقضي
#: بخروج المسلحين», «تنص بنود الاتفاق على تسليم السلاح»), though it may happen later and be told then.
PROVISIONS: Final[frozenset[str]] = clitic_forms((
    "ينص", "تنص", "ينصان", "يقضي", "تقضي", "يتضمن", "تتضمن", "بنود", "بند", "ببنود", "يشمل", "تشمل", "نصت"),
    ("", "و"))  # clitics22

#: Words right before an agreement or a truce that refer to one made before: it is carried out,
#: kept or broken on the day the clause tells, not made then («بدأ اليوم تنفيذ الاتفاق»).
CARRIED_OUT: Final[frozenset[str]] = frozenset({
    "تنفيذ", "تطبيق", "تنفيذا", "تطبيقا", "استكمال", "بنود", "خرق", "خروقات", "انتهاك", "انتهاكات", "بموجب",
    "سريان", "تثبيت", "احترام", "التزام", "بتنفيذ", "لتنفيذ", "بتطبيق", "لتطبيق", "لاستكمال", "لبنود"})

#: false25: words right before an operation noun that make it the area of an operation told before
#: («الأراضي المتاخمة لمنطقة العملية التركية»), no attack of its own (area_of_operation).
OPERATION_AREA: Final[frozenset[str]] = frozenset({"منطقه", "لمنطقه", "بمنطقه", "ومنطقه", "مناطق",
                                                    "لمناطق", "بمناطق"})
#: false25: a verb that, after one of these words, tells what a happening caused («ما دفع المملكة إلى
#: إغلاق المعبر», «ما دفع الرئيس إلى مغادرة المدينة»): driven to act, no forces sent (caused_to).
CAUSED_BY: Final[dict[str, frozenset[str]]] = {"دفع/دفع": frozenset({"ما", "مما"})}

#: false25: a noun trigger followed within ``EXPECTED_REACH`` words by one of these is a happening
#: expected, not one that happened («العملية العسكرية المرتقبة في شمال سوريا», «تمهيداً لعملية عسكرية
#: مرتقبة», «الانسحاب المرتقب»; expected).
EXPECTED: Final[frozenset[str]] = frozenset({"المرتقبه", "مرتقبه", "المرتقب", "مرتقب"})
EXPECTED_REACH: Final = 2

#: false25: a patrol's noun glued to «ب» or «و», or right after «على», in a clause that tells an attack,
#: a strike or an incident, is what it hit («هجوم مسلح على دورية», «انفجرت عبوة بدورية», «استهدف نقاطاً
#: وحواجز ودوريات»), no patrol told (patrol_hit).
PATROL_HIT_PREFIXES: Final[frozenset[str]] = frozenset({"ب", "و"})
PATROL_HIT_AFTER: Final[frozenset[str]] = frozenset({"علي"})
#: false25: a meeting's noun right after these words, in a clause that tells an attack, a strike or an
#: incident, is what it hit («غارة شنها الطيران على اجتماع لقيادة التنظيم», «قصفت مقر الاجتماع»;
#: meeting_hit).
MEETING_HIT_AFTER: Final[frozenset[str]] = frozenset({"علي", "مقر", "استهدف", "استهدفت"})

#: false25: a speech verb in the present right after (within two words) or right before one of these
#: words is what a protest's banners, chants or crowd say («لافتات تندد بالجبهة», «هتافات تطالب برحيل»,
#: «احتجاجات شعبية تطالب بإصلاحات», «يطالب المحتجون بإطلاق سراح …»): the protest's voice, no statement
#: (protest_voice).
PROTEST_VOICES: Final[frozenset[str]] = frozenset({
    "لافتات", "لافته", "شعارات", "هتافات", "مظاهره", "مظاهرات", "تظاهره", "تظاهرات", "احتجاجات", "وقفه",
    "المحتجون", "المتظاهرون", "المحتجين", "المتظاهرين", "محتجون", "متظاهرون"})

#: finding33 (what_it_demands): words after a protest's trigger that open what the protest demands,
#: opposes or backs («الاحتجاجات المطالبة بتغيير سياسي عبر تطبيق قرار مجلس الأمن», «مظاهرات طالب
#: المشاركون فيها بإعدام الجولاني», «مظاهرة مناهضة للنظام»): a party named after one is what the
#: protest is about, not who protests.
DEMANDED: Final[frozenset[str]] = frozenset({
    "المطالبه", "للمطالبه", "مطالبه", "مطالبين", "تطالب", "يطالب", "طالب", "طالبوا", "طالبت", "يطالبون",
    "مناهضه", "المناهضه", "مناهضا", "رفضا", "تنديدا", "احتجاجا", "دعما", "تضامنا", "نصره", "برحيل",
    "باسقاط", "لاسقاط", "بسقوط", "باعدام", "تندد", "منددين", "تدعو", "داعين", "تاييدا", "ضد"})
#: How many words after the protest's trigger a word of ``DEMANDED`` is read.
DEMANDED_REACH: Final[int] = 12

#: actor53 (the_crowd_by_its_number): the crowd's number words without the article, folded: a crowd
#: beside a protest only (not ``agent_heads``: «قتل عشرات المدنيين» are the killed, no party).
CROWD_NUMBERS: Final[frozenset[str]] = frozenset({"عشرات", "مئات", "الاف"})
#: finding33 (the_crowd): a protest with no doer of its own is the crowd's its clause names near it, a
#: described party of these heads («توافد المئات، اليوم الجمعة، … للمشاركة في الاحتجاجات»; «مظاهرات
#: طالب المشاركون فيها»), folded; how many words before or after the trigger one is read.
CROWDS: Final[frozenset[str]] = frozenset({
    "المعتصمون", "المحتجون", "محتجون", "متظاهرون", "المتظاهرون", "اهالي", "الاهالي", "العشرات", "المئات",
    "الالاف", "المحتجين", "محتجين", "المتظاهرين", "متظاهرين", "حشود", "الحشود", "المشاركون",
    # actors44: activists, the mourners, relatives, the people of a place without the article («نظم
    # ناشطون ومدنيون … وقفة احتجاجية», «وتظاهر المشيعون», «وتجمع أقرباء المخطوفين», «ويعتصم أهال …»),
    # described parties too (``agent_heads``)
    "ناشطون", "نشطاء", "المشيعون", "مشيعون", "اقرباء", "اهال",
    # actor53 (the_crowd_by_its_number): tens, hundreds, thousands without the article («خرج عشرات
    # المواطنين في مظاهرة», «توافد مئات من أهالي محافظة إدلب … في مظاهرة»)
    *CROWD_NUMBERS})
#: actor53 (the_head_keeps_its_nun): an unnamed speaker's head, a sound plural or a dual that keeps its
#: «ن», governs no name after it (in construct it would drop it: «ناشطو», «مسؤولا»): a party named right
#: after it is whom the speaker speaks to or of («ويتهم ناشطون التنظيم بإعدامات»), folded (``_spoken_to``).
KEEPS_ITS_NUN: Final[frozenset[str]] = frozenset({
    "ناشطون", "ناشطين", "مسؤولون", "مسؤولين", "مسؤولان", "دبلوماسيون", "دبلوماسيين", "مراقبون", "محللون",
    "متابعون", "مراسلون", "صحفيون", "صحفيين", "صحافيون", "منظمون", "مصدران", "مصدرين"})
CROWDS_REACH: Final[int] = 12

#: Nouns of an operation in general: followed by what it is («عملية الانسحاب», «عملية التسوية»), they
#: name that, no attack of their own.
OPERATION_NOUNS: Final[frozenset[str]] = frozenset({"عمليه", "عمليات"})
#: ops46 (launched_otherwise): a word of ``OPERATION_LAUNCHED`` right before one of these launches
#: nothing: it names the operation («في عملية أطلقت عليها أنقرة اسم «درع الفرات»») or it is fire («وقف
#: لإطلاق النار»، «بسبب إطلاق نار وقع أثناء العملية»). An operation whose clause meets its ``NEEDS`` only
#: through such words is no attack.
LAUNCHED_OTHERWISE: Final[frozenset[str]] = frozenset({
    "عليها", "عليه", "عليهم", "عليهما", "اسم", "النار", "نار", "للنار", "الرصاص", "رصاص"})
#: meet45 (told_as_since), ops46 (since_the_operation): «منذ» (since), and the nouns of a start that may
#: stand between it and a happening («منذ انطلاق عملية …», «منذ انسحاب الوحدات»): the happening is the
#: time another is counted from.
COUNTED_SINCE: Final[frozenset[str]] = frozenset({"منذ", "ومنذ"})
STARTING_WORDS: Final[frozenset[str]] = frozenset({"انطلاق", "بدء", "اطلاق", "اندلاع", "بدايه"})
#: What an operation may be besides fighting («عملية التسوية», «عملية الإجلاء»).
NOT_MILITARY: Final[frozenset[str]] = frozenset({
    "تسويه", "مصالحه", "اجلاء", "اغاثه", "تبادل", "انتخابيه", "انتخابات", "سياسيه", "اعاده", "نقل", "ترحيل",
    "تسليم", "تفتيش", "اخلاء", "عوده", "اعمار", "تلقيح", "توزيع", "انقاذ", "بحث",
    "استطلاعيه",  # ops46: a reconnaissance («أطلق … عملية استطلاعية بهدف إقامة مراكز مراقبة»)
    "تهريب", "سلام"})  # false50: «رداً على عملية تهريب واسعة», «ظروفاً ملائمة لعملية السلام»

#: Verbs of claiming that, with a document as their object, adopt it: an agreement («تبنى الرئيسان
#: وثيقة …», «تبنى المجلس قراراً»), not a claim of responsibility («تبنى التنظيم الهجوم»).
ADOPTING: Final[frozenset[str]] = frozenset({"تبني|تبن/تبني"})
ADOPTED: Final[frozenset[str]] = frozenset({
    "وثيقه", "الوثيقه", "بيانا", "البيان", "قرارا", "القرار", "اتفاقا", "الاتفاق", "بروتوكولا", "البروتوكول",
    "خطه", "الخطه", "مبادره", "المبادره", "اعلانا", "الاعلان", "مسوده", "ميثاق", "الميثاق"})

#: Nouns of targeting: a strike only when the clause tells a fire from afar (``MODE_CUES``: aircraft,
#: drones, missiles, shells); else a targeting on the ground, an attack («استهداف مسلحين عربة مدرعة»).
TARGETING: Final[frozenset[str]] = frozenset({"استهداف"})

#: Words right before a trigger that refuse it ("يرفضون الخروج إلى إدلب"): not an event.
REFUSED: Final[frozenset[str]] = (  # «ورفضت», «رفضها»: clitics and pronouns derived (tidy40)
    clitic_forms(("رفض", "رفضت"), ("", "و")) | clitic_forms(("رفض",), after=("ه", "ها", "هم"))
    | {"رفضوا", "يرفض", "ترفض", "يرفضون", "يرفضان"})

#: Words in a speaker's part of a clause that set the speech at a meeting («قال لافروف في كلمته
#: الافتتاحية»): with no date of its own, it is dated by the meeting the article told.
AT_A_MEETING: Final[frozenset[str]] = frozenset({"الافتتاحيه", "الختاميه", "افتتاحيه", "ختاميه"})

#: Nouns that name any event in general («حادث»): beside another event in their clause they name that
#: one, not another («ردّ الجيش التركي بقذيفة … في ثاني حادث من هذا النوع»).
GENERIC_NOUNS: Final[frozenset[str]] = frozenset({"حادث", "حوادث"})

#: Words right before a trigger that deny it happened ("لم يلتق", "لن تنسحب", "عدم انسحاب"). ("لا يزال"
#: and "ما زال" say that something goes on: they come before the trigger's own word, not right at it.)
NEGATION: Final[frozenset[str]] = (  # «ولم», «فلن», «بدون»: clitics derived (tidy40)
    clitic_forms(("لم", "لن"), ("", "و", "ف")) | clitic_forms(("لا", "عدم"), ("", "و"))
    | clitic_forms(("دون",), ("", "ب")) | {"ليس", "ليست"})

#: Words (or pairs of words) a few words before a trigger that make it a prospect, a wish or a
#: condition ("ربما ينسحب", "يمكن أن", "في حال انسحاب", "يعتزم نشر"): not an event. ("قد" makes a
#: present verb a prospect, "قد يلتقي"; before a past verb it is emphatic: "كانت قد بحثت".)
MODAL: Final[tuple[str, ...]] = ("ربما", "يمكن", "ممكن", "محتمل", "احتمال", "يحتمل", "اذا", "لو", "في حال",
                                 "حال", "يعتزم", "تعتزم", "ينوي", "تنوي", "يسعي", "تسعي", "يريد", "تريد",
                                 "امكانيه", "يجب", "ينبغي",
                                 # deconf20: what a deal allows («هدنة تتيح إجلاء مدنيين», «يسمح بإجلاء»)
                                 *sorted(clitic_forms(("يتيح", "تتيح", "يسمح", "تسمح"), ("", "و"))),
                                 # false30: what is expected or supposed to happen («يتوقع أن يلتقي»,
                                 # «كان يفترض أن ينسحب منها النظام»)
                                 *sorted(clitic_forms(("يتوقع", "يفترض"), ("", "و"))))  # «و» derived (tidy40)
MAYBE: Final = "قد"  # before a present verb: a prospect

#: A frequency adverb and «ما» right before a trigger: what a party usually or rarely does, not a
#: happening (habitual; false24): «ونادراً ما تعلن إسرائيل مسؤوليتها», «وهي نادراً ما تعلّق على
#: عملياتها». The «و» or «ف» a first word carries is taken off before the pair is looked up.
HABITUAL: Final[tuple[tuple[str, str], ...]] = (("نادرا", "ما"), ("غالبا", "ما"), ("كثيرا", "ما"),
                                                ("عاده", "ما"), ("قلما", "ما"))
#: A count of times told with «منذ» near a trigger: a tally of past happenings, not one (tally;
#: false24): «وتعرّض المطار للاستهداف أربع مرات منذ مطلع العام», «وأحصى المرصد منذ مطلع العام 10
#: مرات استهدفت فيها إسرائيل الأراضي السورية». How many words from the trigger «مرات» is read, and
#: from «مرات» «منذ».
TALLY_TIMES: Final[tuple[str, ...]] = ("مرات",)
TALLY_SINCE: Final[tuple[str, ...]] = ("منذ",)
TALLY_REACH: Final[int] = 6

#: false28: a happening a party gets ready for, one or two words before the trigger, is a plan, not
#: a happening (prepared_for): «الذي يستعد لهجوم مضاد», «يتأهبون لهجوم واسع», «أنها تستعد لشن هجوم»,
#: «والتحضير لهجوم مضاد», «استعداداً لتنفيذ الاتفاق». Not «تمهيداً ل»: what a step paves the way for is
#: as often done in the same report («تمهيداً لتنفيذ اتفاق يقضي بخروج المقاتلين»).
PREPARING: Final[frozenset[str]] = clitic_forms((
    "يستعد", "تستعد", "يستعدون", "تستعدان", "يتاهب", "تتاهب", "يتاهبون", "تتاهبان", "التحضير", "استعدادا"),
    ("", "و")) | {"للتحضير"}  # clitics22
PREPARING_REACH: Final = 2

#: false50: a happening a party plans, intends or threatens, within ``PLANNING_REACH`` words before the
#: trigger, is a plan or a threat, not a happening (planned): «خلية كانت تخطط لاغتيال ناشطين», «كانت تخطط
#: لتنفيذ اغتيالات», «عزمها تسيير دوريات», «في ظل تلويح أنقرة بعملية برية», «ولوّحت بمهاجمة قوات الحكومة».
#: Not «نية» (1 false on the tuning ranges, 066, whose clause then gives its place «في شمال سوريا» to the
#: visit told before it, a right place lost). The present of planning only: its past often names who was
#: behind a happening that took place («القيادي كان ضمن من خططوا لتفجير شارع الاستقلال», an attack in the
#: gold), and the noun «خطط / خطة» names a plan whose happening the gold codes when it is set («أعلنت عن
#: خطط لعقد قمة جديدة», «اتفاق على خطة لوقف إطلاق النار»).
PLANNING: Final[frozenset[str]] = clitic_forms((
    "يخطط", "تخطط", "يخططون", "يخططان", "تخططان",
    "عزم", "عزمه", "عزمها", "عزمهم", "بعزم",
    "هدد", "هددت", "يهدد", "تهدد", "يهددون", "تهديد", "تهديده", "تهديدها", "تهديدات", "مهددا", "مهدده",
    "لوح", "لوحت", "يلوح", "تلوح", "تلويح", "التلويح", "بتلويح", "ملوحا", "ملوحه"), ("", "و"))
PLANNING_REACH: Final = 3

#: false50: «نشر» read as a deployment with pictures or footage within ``SHOWN_REACH`` words after it (the
#: forces it would send standing as its subject before them, so ``PUBLISHED`` is not reached) publishes, no
#: forces deployed (shown): «نشرت قوات سوريا الديمقراطية، اليوم الثلاثاء، صوراً تظهر …», «قد نشرت اليوم
#: مقطع فيديو يظهر فيه الجنود», «وقد نشر عناصره حينها مقطعاً مصوراً».
SHOWN: Final[frozenset[str]] = frozenset({
    "صور", "صورا", "صوره", "الصور", "مقطع", "مقطعا", "مقاطع", "فيديو", "تسجيل", "تسجيلا", "تسجيلات", "شريط",
    "شريطا", "لقطات", "خريطه"})
SHOWN_REACH: Final = 8

#: false50: a verb or participle of aiming right before «إلى» and the trigger: what a step, a campaign or a
#: decision aims at, no happening (aimed_to): «حملتها الرامية إلى إنهاء وجود التنظيم», «يهدف إلى إنهاء حكم
#: الأسد», «محادثات تهدف إلى استئناف الدوريات المشتركة», «القرار يهدف إلى تهدئة الأوضاع». Not «بهدف» nor
#: «في مسعى ل»: what a move is made for is as often done in the same report («بهدف إتمام المفاوضات»).
AIMING: Final[frozenset[str]] = clitic_forms((
    "يهدف", "تهدف", "يهدفان", "تهدفان", "يهدفون", "الهادف", "الهادفه", "يرمي", "ترمي", "الرامي", "الراميه",
    "الرامين"), ("", "و"))
AIMING_TO: Final[frozenset[str]] = frozenset({"الي"})

#: false50: «بحث / بحثاً» with «عن» right after it searches, no talks (searched_for): «عمليات تمشيط …
#: بحثاً عن خلايا التنظيم», «قبل أن يُنقلوا إلى الأردن بحثاً عن ملاذ».
SEARCHED_FOR: Final[frozenset[str]] = frozenset({"عن", "عنه", "عنها", "عنهم"})
SEARCHING: Final[str] = "بحث/بحث"

#: false53: a word of waiting within the three words before a trigger: the happening waited for, none yet
#: (awaited): «احتشدوا عند حاجز السرايا بانتظار خروج المسلحين», «بانتظار اكتمال خروج المسلحين». Not the
#: words of paving the way («في خطوة تمهد لإعلان الجيش …»): what is paved for may be scheduled, an event
#: by the guide («قرار يمهد لاجتماع مجلس الأمن المقرر الثلاثاء»); nor «تمهيداً ل» (the step told, and what
#: it prepares, are annotated as often as not).
AWAITED: Final[frozenset[str]] = clitic_forms(("بانتظار", "انتظار"), ("", "و"))

#: false54: a word of fearing, guarding against or sparing within the three words before a trigger (not
#: a statement's): the happening feared, guarded against or averted, none that happened (feared_or_spared):
#: «وخشية هجوم تهدد تركيا بشنّه», «تحسباً لتعرض الدوريات لهجمات مسلحة», «تحسباً لضربات محتملة», «الاتفاق
#: الذي جنّب إدلب ومحيطها هجوماً واسعاً». On the tuning ranges 5 produced, none matched. «تجنب» is
#: ``PREVENTION``'s (two words).
FEARED_OR_SPARED: Final[frozenset[str]] = clitic_forms((
    "خشيه", "تحسبا", "خوفا", "جنب", "جنبت", "يجنب", "تجنيب", "لتجنيب"), ("", "و"))
FEARED_REACH: Final = 3
#: false54: «منع» with whom it stops and «من» right before the trigger: the happening prevented
#: (prevented_from; the guide's prevented happenings): «ومنع السكان من مغادرة المدينة», «ومنع المدنيين من
#: مغادرة المدينة». ``PREVENTION`` reads two words before the trigger only; here the prevented party stands
#: between. On the tuning ranges 2 produced, none matched (611's «منعت … دورية روسية … من المرور», the
#: patrol stopped on its way, is kept: «من» is not right before it).
PREVENTED_FROM: Final[frozenset[str]] = clitic_forms(
    ("منع", "منعت", "يمنع", "تمنع", "منعوا"), ("", "و", "ب", "ل"))
PREVENTED_FROM_THEN: Final[frozenset[str]] = frozenset({"من"})

#: false54: a verb of ranking («يعد / تعد / يعتبر / تعتبر», «يُعدّ»: considered) with a noun of the trigger's
#: kind within the three words after it ranks the happening the report told, and that noun and those of its
#: kind after it in the clause are no happening of their own («ويعد تفجير الثلاثاء من أعنف التفجيرات», «ويعد
#: هذا أول هجوم تشنه إسرائيل»), or tells what a cell got ready for («كانت تعدّ لاغتيال ناشطين»): no
#: happening of its own (ranked_as). On the tuning ranges 6 produced, none matched.
RANKED_AS: Final[frozenset[str]] = clitic_forms(("يعد", "تعد", "يعتبر", "تعتبر"), ("", "و"))
RANKED_REACH: Final = 3
#: Words between the verb of ranking and a later trigger that make the trigger another happening (the
#: time the ranking counts from, ranked_as).
SINCE_RANKED: Final[frozenset[str]] = frozenset({"منذ"})
#: The words that make the ranked happening one told before (ranked_as): a demonstrative right after the verb
#: («ويعد هذا أول هجوم», «وتُعد هذه أول زيارة»), or a day right after the ranked noun («تفجير الثلاثاء»).
RANKED_THIS: Final[frozenset[str]] = frozenset({"هذا", "هذه", "ذلك", "تلك"})
RANKED_DAYS: Final[frozenset[str]] = frozenset({"امس", *DAY_NAMES})

#: false54: the modes of a truce's entering into force («دخل … حيز التنفيذ»): an agreement's noun naming
#: that truce before it («دخل اتفاق وقف إطلاق النار حيز التنفيذ», «منذ دخول اتفاق وقف إطلاق النار حيز
#: التنفيذ») is the ceasefire itself, one happening (in_force_is_the_truce): the gold codes it a ceasefire in
#: each of its 4 uses of the tuning ranges, the agreement beside it matched nothing (5 produced).
IN_FORCE: Final[frozenset[str]] = frozenset({"in-force"})

#: false54: a call's noun after «في» with an outlet after «مع» («قال مدير المرصد في اتصال هاتفي مع وكالة فرانس
#: برس إن …», «في اتصال هاتفي مع قناة "العربية"») or «من» and the place the speaker speaks from («في اتصال
#: هاتفي من بريطانيا», «من مقره في بريطانيا») is how a speaker spoke to the press, the statement's, no call
#: between parties (phoned_to_the_press; as ``OCCASION_BEFORE``'s note found, the gold leaves it). On the
#: tuning ranges 6 produced, none matched; the calls between ministers «في اتصال هاتفي مع نظيره» stay.
PRESS_CALLED_AT: Final[frozenset[str]] = frozenset({"في", "وفي"})
PRESS_CALLED_WITH: Final[frozenset[str]] = frozenset({"مع"})
PRESS_CALLED_FROM: Final[frozenset[str]] = frozenset({"من"})
PRESS_HEADS: Final[frozenset[str]] = clitic_forms(
    ("وكاله", "قناه", "صحيفه", "موقع", "تلفزيون", "اذاعه", "شبكه", "مراسل"), ("", "ال"))

#: false53: «دون / بدون» (without) up to three words before a trigger, through the verb or the
#: noun it denies, one of ``WITHOUT_THEN`` right after it (without): «حلّقت الطائرات فوق المنطقة دون أن تنفذ
#: غارات», «انتهى الاجتماع دون التوصل إلى اتفاق». Not any word after it: «سيطرت على عفرين من دون مقاومة،
#: بعدما انسحب منها مقاتلو الفيلق» (042 #2). (The two words right before are read by ``PREVENTION``.)
WITHOUT: Final[frozenset[str]] = frozenset({"دون", "بدون"})
WITHOUT_THEN: Final[frozenset[str]] = frozenset({"ان", "التوصل"})

#: false53: «لا» or «ليس» and a word of cause right before a trigger: what a happening was not caused by
#: (not_by): «نتجت الإصابات عن تصادم لا عن تبادل لإطلاق النار», «بسبب تصادم، لا نتيجة تبادل لإطلاق النار».
NOT_BY: Final[frozenset[str]] = frozenset({"لا", "ليس", "وليس"})
NOT_BY_CAUSE: Final[frozenset[str]] = frozenset({"عن", "نتيجه", "بسبب", "جراء", "بفعل"})

#: false28: an attack or a strike told in the future — its verb («ستضرب طائرات روسية قريباً أهدافاً»,
#: «ستتقدم القوات على أربعة محاور») or its noun right after one of these verbs in the future («سيطلق
#: عملية عسكرية جديدة», «ستشن عملية عسكرية على بلدتين», «سيواصل ضرباته») — is a threat or a plan, not a
#: happening (fire_to_come). Deployments and withdrawals to come are left: the gold codes those an
#: agreement sets («ستدخل الشرطة العسكرية درعا البلد الأربعاء»).
FUTURE_LAUNCH: Final[frozenset[str]] = frozenset({
    "سيطلق", "ستطلق", "سنطلق", "سيشن", "ستشن", "سنشن", "سينفذ", "ستنفذ", "سننفذ", "سيواصل", "ستواصل",
    "سنواصل", "سيبدا", "ستبدا", "سنبدا"})

#: false30: a trigger right after «أي / لأي / بأي / وأي» (or after «أي محاولة») names a kind of happening,
#: none that happened (any_of): «بحق الرد على أي هجوم», «ستمنع أي توغل», «من دون تسجيل أي اشتباكات»,
#: «ولم يصدر أي بيان», «لإحباط أي محاولة تسلل». Strikes are left: 826's «للرد على أي ضربات أمريكية» so
#: dropped frees the report's strike, placed by its merged record where the gold has no place (the
#: false-places ceiling of tests/test_places_real.py; as false28 found).
ANY_OF: Final[frozenset[str]] = frozenset({"اي", "لاي", "باي", "واي"})

#: false31: an attack, a strike or a clash ranked in its series by «من نوعه / من نوعها» within
#: ``SERIES_REACH`` words after it, named by the article or right after a rank, is the happening the report
#: told, counted again, not a second one (one_of_a_series): «وهذا ثاني هجوم من نوعه خلال أقل من أسبوع»,
#: «إن هذا القصف هو الثاني من نوعه», «ويعد الهجوم الإسرائيلي الأول من نوعه منذ …», «في أخطر مواجهة
#: مباشرة من نوعها». An indefinite noun with no rank before it is left («تعرضت القاعدة لهجوم هو الأول من
#: نوعه»: the attack itself).
SERIES_OF: Final[frozenset[str]] = frozenset({"نوعه", "نوعها"})
SERIES_REACH: Final = 5
SERIES_RANKS: Final[frozenset[str]] = frozenset({
    "اول", "ثاني", "ثالث", "رابع", "خامس", "اكبر", "اخطر", "اعنف", "ابرز", "اوسع", "اخر"})

#: false31: «تحدثت تقارير / تسريبات عن …» (any tense) and the present «تفيد التقارير بأن …», with the reports
#: right after the verb, tell what reports say, no speaker and no statement of one (reports_spoke): «وتحدثت
#: تقارير صحفية عن عملية تسلل», «وتحدثت تسريبات غير رسمية عن وفاة …», «وفق ما تفيد التقارير الواردة».
#: The past «أفادت تقارير» is left (two strict of five); so are «أنباء» (one strict of two).
REPORTS_SPOKE: Final[frozenset[str]] = frozenset({"تقارير", "التقارير", "تسريبات", "التسريبات"})
REPORTS_SPOKE_RULES: Final[dict[str, frozenset[str]]] = {
    "تحدث/تحدث": frozenset({"past", "present"}), "افاد/فيد": frozenset({"present"})}

#: false30: «لن» (the future denied) within three words before a trigger, through the verb it negates:
#: what a party will not do is no happening (not_to_come): «أكدت أنها لن تنفذ عملية عسكرية», «لن تدخل في
#: مفاوضات مع …», «إن المراقبين لن يقوموا بدوريات». (The word right before is read by ``NEGATION``.)
NOT_TO_COME: Final[frozenset[str]] = frozenset({"لن", "ولن", "فلن"})
NOT_TO_COME_REACH: Final = 3

#: false28: «تقدم» with a verb of achieving within two words of it is ground gained, a summary of what the
#: report tells as captures, not an attack of its own (progress_made): «في أهم تقدم تحققه قوات …», «في
#: أوسع تقدم تحرزه», «بعد تقدم جديد أحرزه داخل المدينة», «حققت تقدماً ميدانياً واسعاً», «من تحقيق تقدم
#: ميداني». The rules of the trigger read, and the words of achieving.
ADVANCE_RULES: Final[frozenset[str]] = ADVANCING | frozenset({"تقدم"})  # the verb's rule and the noun's
PROGRESS_MADE: Final[frozenset[str]] = frozenset({
    "حقق", "حققت", "حققه", "حققته", "تحققه", "يحقق", "تحقق", "تحقيق", "وحقق", "وحققت", "احرز", "احرزت",
    "احرزه", "احرزته", "تحرزه", "يحرز", "تحرز", "احراز", "لاحراز", "واحرز", "واحرزت"})
PROGRESS_REACH: Final = 2

#: frames29: an agreement named by what it stops («اتفاق وقف إطلاق النار», «اتفاق خفض التصعيد», «اتفاق فض
#: الاشتباك», «اتفاق التهدئة») right after a word that makes it the frame of another act («بموجب», «تنفيذاً
#: ل», «التزاماً ب», «المشمولة ب», «في إطار», «تعطيل», «انتهاك») is no agreement made, unless who made it
#: or its making follows within ``FRAME_PARTIES_REACH`` words («المبرم», «الموقع بين», «مع», «توصلت
#: إليه», «يقضي», «المعلن», «وقعه», «رعته») (agreement_as_frame). The truce it names is no ceasefire either.
AGREEMENT_FRAMES: Final[frozenset[str]] = frozenset({
    "بموجب", "وبموجب", "تنفيذا", "وتنفيذا", "تطبيقا", "وتطبيقا", "التزاما", "والتزاما", "وفقا", "ووفقا",
    "وفق", "طبقا", "اطار", "لبنود", "بنود", "تطبيق", "تنفيذ", "تعزيز", "تعطيل", "انتهاك", "خرق", "ضرب",
    "وضرب", "المشموله", "المشمول", "المشمولين"})
AGREEMENT_FRAME_REACH: Final = 2
AGREEMENT_NAMED_BY: Final[frozenset[str]] = frozenset({
    "وقف", "لوقف", "خفض", "فض", "التهدئه", "الهدنه", "هدنه"})
#: the agreement words before a truce it names («بموجب اتفاق وقف إطلاق النار»: the truce is the frame too)
AGREEMENT_WORDS: Final[frozenset[str]] = frozenset({
    "اتفاق", "لاتفاق", "باتفاق", "الاتفاق", "للاتفاق", "بالاتفاق", "اتفاقيه", "لاتفاقيه", "باتفاقيه"})
FRAME_PARTIES: Final[frozenset[str]] = frozenset({
    "المبرم", "الموقع", "مع", "بين", "توصلت", "توصل", "التوصل", "ابرمته", "ابرمه", "ابرم", "يقضي", "جرى",
    "تم", "المعلن", "وقعه", "وقعته", "وقعاه", "وقعتاه", "الموقعه",
    "رعته", "رعاه", "رعتها", "رعاها"})
FRAME_PARTIES_REACH: Final = 6

#: frames29: the agreement told before, named again with what it holds right after it («أن الاتفاق ينص على
#: وقف الأعمال العدائية», «أن الاتفاق يشمل أيضاً إجراء تسوية»), tells its terms, no agreement made
#: (terms_told).
TERMS_TOLD: Final[frozenset[str]] = frozenset({
    "ينص", "تنص", "يشمل", "تشمل", "يتضمن", "تتضمن", "يقضي", "تقضي"})

#: frames29: a report credited with «بحسب / وفق» to reports, informed sources or local media («بحسب
#: تقارير إعلامية», «وبحسب مصادر مطلعة», «بحسب وسائل إعلام محلية») names no speaker: the gold codes no
#: statement for it (hearsay). Sources with a head of their own («مصادر محلية», «ناشطين») are left: the
#: gold codes those about as often as not.
HEARSAY: Final[frozenset[str]] = frozenset({"تقارير", "التقارير", "مطلعه", "مطلعين"})
HEARSAY_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({("اعلام", "محليه"), ("الاعلام", "المحلي")})

#: false28: «استقبل» with an airport or flights within two words after it (or three before
#: it) receives aircraft, not visitors: no meeting (received_flights): «استقبل مطار حلب الدولي أول رحلة»,
#: «مطار حلب الدولي سيستقبل الرحلات مجدداً», «وأنه سيستقبل رحلات داخلية ودولية».
RECEIVING_RULES: Final[frozenset[str]] = frozenset({"استقبل/ستقبل"})
FLIGHTS: Final[frozenset[str]] = frozenset({
    "مطار", "المطار", "الرحلات", "رحلات", "رحله", "الرحله", "طائره", "الطائره", "الطائرات", "طائرات",
    "المسافرين", "مسافرين"})
FLIGHTS_REACH: Final = 2

#: false28: «التقى» with forces right after it (or after «مع») is forces joining up on the ground, no
#: meeting (forces_joined): «والتقت القوات المهاجمة بالقوات المرابطة», «بعدما التقت القوات المتقدمة
#: بحامية المطار», «والتقت مع القوات المدافعة عن المطار».
FORCES_JOINED: Final[frozenset[str]] = frozenset({"القوات", "قوات", "الوحدات", "وحدات", "طلائع"})
#: false28: a round («جولة») with one of these within three words after it is a tour in the field, a
#: regional trip or a wave of fire, no round of talks (tour_not_talks): «خلال جولة ميدانية مشتركة»,
#: «خلال جولة تفقدية في القنيطرة», «في إطار جولة إقليمية», «شنت جولتين منفصلتين من الغارات», «الجولة
#: الرابعة من المعارك الطاحنة».
TOUR_RULES: Final[frozenset[str]] = frozenset({"جوله", "جولات"})
NOT_TALKS: Final[frozenset[str]] = frozenset({
    "ميدانيه", "تفقديه", "اقليميه", "الغارات", "غارات", "المعارك", "معارك", "القصف", "قصف"})
NOT_TALKS_REACH: Final = 3

#: false28: a session («الدورة») of a council named within three words after it is the council's
#: sitting, no round of talks (council_session): «القرار الصادر عن الدورة غير العادية لمجلس الجامعة»,
#: «رئيس الدورة الحالية لمجلس الجامعة», «على هامش الدورة الحادية والخمسين لمجلس وزراء الخارجية».
SESSION_RULES: Final[frozenset[str]] = frozenset({"دوره", "الدوره"})
SESSION_OF: Final[frozenset[str]] = frozenset({"لمجلس", "مجلس"})
SESSION_REACH: Final = 3

#: Words right before a clash noun that make it the line, front or rules of fighting, not fighting
#: (front_of; false24): «قواعد الاشتباك», «خطوط الاشتباك الأمامية», «تعدد جبهات الاشتباك».
#: false31: «دولة مواجهة / دول المواجهة» is a country's standing toward Israel, no clash («إن سوريا دولة
#: مواجهة وإن إضعافها …»).
FRONT_OF: Final[frozenset[str]] = clitic_forms(("قواعد", "خطوط", "خط", "جبهات", "دوله", "دول"), ("", "و"))
#: «في مواجهة» with its object right after: «in the face of», a stance or an aim, not a clash
#: (in_the_face_of; false24): «التعاون في مواجهة خطر المخدرات», «الأكثر فاعلية في مواجهة التنظيم».
#: A clash is told when «مع» or «بين» names its other side («قتل جنديان في مواجهة مع مهربين»).
FACING: Final[frozenset[str]] = frozenset({"مواجهه"})
FACING_AFTER: Final[frozenset[str]] = frozenset({"في", "وفي"})
FACING_SIDES: Final[frozenset[str]] = frozenset({"مع", "بين"})

#: Words in a clause that make it a prospect (the clause is read as a proposal or a statement).
MODAL_CLAUSE: Final[tuple[str, ...]] = ("ممكن", "محتمل", "احتماليه", "يمكن", "سعيها", "استعداد", "ترجح",
                                        "مستعده", "مستعد")

#: kinds34 (ready_to_carry_out): a readiness («استعداد», «مستعدة») to carry out what is agreed, to go on
#: with what is done or to answer an attack is a pledge or a warning, no offer (no proposal, and no prospect
#: of the clause): «قواته مستعدة لتطبيق الاتفاق المبرم مع دمشق», «الحكومة مستعدة لمواصلة إرسال المساعدات»,
#: «تأكيدها الاستعداد للرد على أي خرق», «استعداد الفصائل للتصدي لأي محاولة». The readiness words, the
#: words of carrying out within ``READY_REACH`` words after one (a doer may stand between: «استعداد قواته
#: لتطبيق»). Offers stay proposals: «مستعدتان لتمديد الهدنة», «مستعدة لتعليق غاراتها», «استعداده للحوار».
READINESS: Final[tuple[str, ...]] = ("استعداد", "مستعد")
READY_TO_CARRY_OUT: Final[frozenset[str]] = frozenset({
    "لتطبيق", "لتنفيذ", "لتنفيذها", "لتنفيذه", "للرد", "للتصدي", "لمواصله", "لاتخاذ", "للدفاع", "لمواجهه"})
READY_REACH: Final = 2

#: How many words a quotation may hold and still be a name or a word set off, not a speaker's words, and
#: the kinds so read (set_off; embed18): a truce declared under its name («بإعلان "هدنة إنسانية" يومية»,
#: «سريان "الهدنة الإنسانية اليومية"»). Measured for every kind but speech: two more right, twelve more
#: produced (a capture «"تحرير"», an end «"انهيار"», strikes «"ضربات قوية"» a speaker claims).
SET_OFF_WORDS: Final[int] = 4
SET_OFF_KINDS: Final[frozenset[EventKind]] = frozenset({K.CEASEFIRE})

#: Phrases of «as soon as possible» that hold a word of ``MODAL_CLAUSE`` and make nothing a prospect:
#: «اتفقا … على عقد لقاء ثنائي في أقرب وقت ممكن» is an agreement to meet (as_soon_as; embed18).
AS_SOON_AS: Final[tuple[str, ...]] = ("اقرب وقت ممكن", "اسرع وقت ممكن")

#: Words that put the reported event in the future ("لقاء أستانا المقبل", "من المقرر عقد جولة"):
#: undated, such an event is dated "on or after publication".
FUTURE: Final[tuple[str, ...]] = ("المقبل", "المقبله", "القادم", "القادمه", "المقرر", "سيعقد", "ستعقد",
                                  "سيجري", "ستجري")

#: Words that take the date of the previous clause ("وقال أنطونوف حينها": then, on the date just given).
ANAPHORIC: Final[tuple[str, ...]] = ("حينها", "حينذاك", "انذاك", "وقتها", "يومها", "يومذاك")

#: Event kinds that, on a negotiation format (Astana, Geneva), are a round of it (an agreement made at
#: one stays an agreement: what the round produced).
ROUND_KINDS: Final[frozenset[EventKind]] = frozenset({K.MEETING, K.NEGOTIATION_ROUND})
#: Words between a subject and its verb that say how the action goes on, not who acts («الطيران
#: الحربي لا يزال يستهدف …», «القوات ما زالت تقصف …»).
AUXILIARIES: Final[frozenset[str]] = frozenset({"لا", "ما", "يزال", "تزال", "زال", "زالت", "يزالون", "زالوا",
                                               "ظل", "ظلت", "واصل", "واصلت"})
#: cut46 (begun_since): kinds of a state that a «منذ» date tells the start of, that day theirs: a suspension
#: («علقت عضوية سوريا منذ 2011», «المجمدة منذ تشرين الثاني 2011», «بعد توقف منذ 22 من الشهر الماضي»), not
#: what goes on since then up to publication (``extract._ONGOING``) nor a one-off the «منذ» does not date.
BEGUN_SINCE: Final[frozenset[EventKind]] = frozenset({K.SUSPENSION})
#: Words that make what «منذ» follows a one-off: the first of its kind since a day («الهجوم الأول من
#: نوعه منذ سقوط النظام»), not something going on since then.
FIRST_SINCE: Final[frozenset[str]] = frozenset({"اول", "الاول", "الاولي", "اولي", "الاوله"})
#: An offset of hours or minutes («بعد ساعات», «قبل أقل من دقيقة من الهجوم») counts from the happening
#: the story has just told: its first word, and the units that make it short.
OFFSET_WORDS: Final[frozenset[str]] = clitic_forms(("بعد", "قبل", "قبيل", "عقب"), ("", "و"))  # clitics22
SHORT_UNITS: Final[frozenset[str]] = frozenset({
    "ساعه", "ساعات", "ساعتين", "ساعتان", "دقيقه", "دقائق", "دقيقتين", "دقيقتان", "لحظات"})
#: Verbs that carry a noun trigger and whose subject is the noun's doer («شنت طائرات حربية غارات»,
#: «نفذت القوات الأمريكية عملية إنزال», «خاضت الوحدات معارك»), as past/present stems (``morph``).
#: heads54: «أقدم على» (undertook) carries any noun, its subject the doer («أقدم مسلحون، الاثنين، على خطف …»).
LIGHT_VERBS: Final[tuple[str, ...]] = (
    "شن/شن", "نفذ/نفذ", "اطلق/طلق", "خاض/خوض", "باشر/باشر", "واصل/واصل", "اجري/جري", "عقد/عقد",
    "ارتكب/رتكب", "سير/سير", "بدا/بدا", "صعد/صعد", "كثف/كثف", "جدد/جدد", "القي/لقي", "اقدم/قدم")
#: A pair named by a dual head, in either case («الطرفان / الطرفين», «الوزيرين» after «أن»): the subject
#: of a dual verb right after it, which a dual verb joined by «و» with no subject of its own goes on with
#: («أن الطرفين جددا التزامهما …، واتفقا على إنشاء آلية»: the_dual_s_pair, actors23).
DUAL_HEADS: Final[frozenset[str]] = frozenset({
    "الطرفان", "الطرفين", "الجانبان", "الجانبين", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين",
    "الزعيمان", "الزعيمين", "الجنرالان", "الجنرالين", "البلدان", "البلدين", "الوفدان", "الوفدين"})
#: the_pair_s_officials (owner46): the dual heads of two officials of a pair, each the pair's own
#: («اجتماع بين وزيري خارجية البلدين»), before the oblique pair word, with at most ``PAIR_OFFICE_WORDS``
#: words of their office between («خارجية», «الدفاع»): the phrase is the party that met, described
#: (the two officials, not the two states: the pair is not read as the states named before).
PAIR_OFFICIALS: Final[frozenset[str]] = frozenset({"وزيري", "وزيرا", "رئيسي", "رئيسا", "قائدي", "قائدا"})
PAIR_OFFICE_WORDS: Final[int] = 1
#: Verbs that carry the noun of one kind only, their subject its doer («خرج المئات من أهالي المدينة في
#: تظاهرة», «نظم ناشطون وقفة احتجاجية», «توافد مئات من الأهالي … في مظاهرة»: a_kind_s_light_verb,
#: actors23); «خرج» before any other noun is no light verb («خرج المسلحون بعد هجوم»).
KIND_LIGHT_VERBS: Final[Mapping[K, tuple[str, ...]]] = {
    K.PROTEST: ("خرج/خرج", "نظم/نظم", "توافد/توافد"),
    # moves30 (managed_to_take): «تمكّن / نجح … من السيطرة / في استعادة»: who managed took the place
    # («وتمكن المهاجمون من السيطرة على مبنى المخابرات الجوية», «تمكنت قوات سوريا الديمقراطية في الشرق من
    # السيطرة على دير الزور»; 18 of the 19 such phrases in 001-1296 are gold captures)
    # told48 (carried_anew): a capture or an arrest announced by its noun («وأعلنت الإدارة أيضاً السيطرة على
    # 25 قرية», «أعلنت الوزارة في وقت سابق اليوم القبض على متزعم خلية»): who announces it did it, and it is
    # a happening of its own, not the capture or the arrest told before named again (001-1445: 3 gold of
    # the 4 such nouns it makes)
    K.CAPTURE: ("تمكن/تمكن", "نجح/نجح", "اعلن/علن"),
    K.ARREST: ("اعلن/علن",),
}
#: The verbs whose relative clause after a noun trigger names its doer, the pronoun glued to the verb
#: standing for the noun («كمين نصبته فلول النظام», «الكمائن التي نفذتها الفلول», «احتجاجات نظمها …»:
#: the_relative_doer, actors21): the light verbs and those of a noun they go with only after it.
RELATIVE_DOERS: Final[tuple[str, ...]] = (*LIGHT_VERBS, "نصب/نصب", "نظم/نظم")
#: The nouns of a happening with no object whose genitive right after them is their doer («انسحاب القوات
#: الكردية», «خروج فصائل الثوار منها», «هجوم الجيش على الحي»: the_genitive_doer, actors23), folded; not
#: those of a happening done to someone («إجلاء المسلحين», «قصف المدينة»: the genitive is who it is done to).
#: actors28: «سيطرة», whose genitive takes the place it names after «على» («أعلن سيطرة القوات المشاركة في
#: العملية على مركز المدينة»: the forces, not the speaker; «بعد سيطرة المقاتلين عليه»). heads54: «رصاص»,
#: the shots of whoever fires them («برصاص مجهولين», «برصاص قناص للدفاع الوطني», «برصاص قوات الأمن»), and
#: «انتشار», a deployment of those who spread («انتشار وحدات الوزارة في شمال المحافظة»).
GENITIVE_DOERS: Final[frozenset[str]] = frozenset({"انسحاب", "خروج", "هجوم", "سيطره", "رصاص", "انتشار"})
#: The nouns of a happening done to someone whose definite genitive is their doer when the one it is done
#: to follows after «ل» («جراء استهداف المجموعات المسلحة للبلدتين», «اقتحام المسلحين للبلدة», «قصف
#: المدفعية التركية للقرية»: the_genitive_before_its_object, actor54), folded; with no «ل» object after
#: it the genitive is whom it is done to («استهداف المدنيين», «استهدافاً للقوات»: no genitive, no doer).
GENITIVE_BEFORE_LAM: Final[frozenset[str]] = frozenset({"استهداف", "قصف", "اقتحام", "مهاجمه"})
#: The heads of what fires and flies that are such a noun's doer in its genitive with no «ل» object after
#: it: no one bombs or targets a drone or the artillery in these words («أيام من قصف مسيّرات «شاهين»»,
#: «استهداف طيران مجهول مواقع للفصائل»: the_genitive_before_its_object), folded.
GENITIVE_WEAPONS: Final[frozenset[str]] = frozenset({
    "طيران", "الطيران", "طائرات", "الطائرات", "مسيرات", "المسيرات", "مدفعيه", "المدفعيه", "مروحيات",
    "المروحيات", "مقاتلات", "المقاتلات", "راجمات"})
#: The words after «ل» that are no object of such a noun: a time («لليوم الثالث», «للمرة الثانية»), and
#: the words that make the «ل» phrase the genitive's owner («القوات التابعة للنظام»), folded.
LAM_NO_OBJECT: Final[frozenset[str]] = frozenset({
    "لليوم", "للمره", "لليله", "لاول", "لساعات", "لايام", "لمده", "لفتره", "للاسبوع", "للشهر"})
GENITIVE_OWNED: Final[frozenset[str]] = frozenset({
    "التابعه", "التابع", "التابعين", "التابعون", "المواليه", "الموالي", "الموالين", "الموالون"})
#: The nouns of a happening whose doer may follow them after «ل», an adjective or two between («بقصف
#: لطائرات مجهولة», «توغلاً للقوات الإسرائيلية», «اجتماع مغلق لوزراء الخارجية»: the_doer_after_lam,
#: actor51), folded; not «استهداف» nor «كمين» («استهدافاً للقوات», «كميناً لقوة من قسد»: whom it is aimed at).
LAM_DOERS: Final[frozenset[str]] = frozenset({
    "قصف", "غاره", "غارات", "توغل", "توغلات", "هجوم", "هجمات", "انسحاب", "انتشار", "تحليق", "اجتماع",
    "اجتماعات", "رصاص", "اقتحام", "عمليه", "عمليات"})
#: How many words (adjectives: «مغلق», «جوي», «مكثف») may stand between such a noun and its «ل» doer.
LAM_DOER_REACH: Final = 2
#: The word before «أن» that makes the verb after it what is agreed or planned to be done («على أن
#: تسيّر القوات دوريات»: to come, not done).
AGREED_TO: Final[frozenset[str]] = frozenset({"علي", "وعلي"})
#: The preposition before the agreement's noun a verb reached («توصلا إلى اتفاق لوقف إطلاق النار»: the
#: truce made; truce_agreed, accords30).
REACHED_TO: Final[frozenset[str]] = frozenset({"الي"})
#: The verbs of parties agreeing whose truce agreed on is the truce made (truce_agreed); not «وافق»
#: (accepting a truce: the gold's agreement).
TRUCE_AGREED: Final[frozenset[str]] = frozenset({"اتفق/تفق", "توصل/توصل"})
#: A further term agreed on after the truce («… على وقف لإطلاق النار وعلى تسيير دوريات»): an agreement.
AND_ON: Final[frozenset[str]] = frozenset({"وعلي"})
#: The verbal noun of holding between «على» and a meeting's noun: «اتفقا على عقد لقاء ثنائي» agrees to a
#: meeting to come (agreed_to_hold; embed18).
TO_HOLD: Final[frozenset[str]] = frozenset({"عقد"})
#: finding25: what is published (pictures, a clip, a statement, a toll): «نشر» with one of them is a
#: statement where no forces are sent (``OTHERWISE``), and where it comes before the forces (published:
#: «ونشرت الصفحة … صوراً لجنود ومدرعات روسية تنتشر …», pictures of soldiers, none sent).
PUBLISHED: Final[frozenset[str]] = frozenset({"صورا", "صوره", "مقطعا", "مقاطع", "تسجيلا", "شريطا", "بيانا",
                                              "بنود", "حصيله", "خريطه", "اصدارا", "تقريرا"})
PUBLISHING: Final[frozenset[str]] = frozenset({"verb نشر/نشر"})
#: kinds28 (published_before): what «نشر» describes when it comes right before it, a document or
#: footage published («وأظهرت وثيقة نشرتها الرئاسة السورية أن …», «أظهرت لقطات نشرها الجيش التركي»,
#: «لقطات مصورة نشرت اليوم»): a statement, not forces deployed; within ``PUBLISHED_BEFORE_REACH`` words.
PUBLISHED_BEFORE: Final[frozenset[str]] = PUBLISHED | frozenset({
    "وثيقه", "لقطات", "لقطه", "مصوره", "صور", "فيديو", "مقطع", "تسجيل", "تسجيلات", "بيان", "تقرير"})
PUBLISHED_BEFORE_REACH: Final[int] = 2
#: attack30 (set_off_unclaimed): the modes of an attack told by its device or its blast («سيارة مفخخة»,
#: «تفجير», «انفجار … عبوة ناسفة»), an event at the place the clause names with nobody named for it.
SET_OFF_MODES: Final[frozenset[str]] = frozenset({"explosive"})
#: nothing43: the verbs whose subject is the device that went off, not a doer («انفجرت سيارة مفخخة»): told
#: with nobody named, they are set off at a place as the noun «انفجار» is (set_off_unclaimed).
BLAST_VERBS: Final[frozenset[str]] = frozenset({"verb انفجر/نفجر"})
#: inner50 (fierce_fight): fighting told fierce by the word right after its noun («اشتباكات عنيفة تدور في
#: محيط قرية تعنيتا», «دارت معارك عنيفة … في قرى الطيرة», «مواجهات دامية في السويداء», «لغارات جوية عنيفة»,
#: «لقصف عنيف ومتواصل») took place, at the place the clause names, though nobody is named for it: fighting
#: spoken of at large («اشتباكات مماثلة», «مواجهات واسعة») is not (dropped with nobody named and no day told).
FIERCE_KINDS: Final[frozenset[EventKind]] = frozenset({K.CLASH, K.STRIKE, K.ATTACK})
FIERCE: Final[frozenset[str]] = frozenset({
    "عنيفه", "عنيفا", "عنيف", "داميه", "داميا", "ضاريه", "ضاريا", "طاحنه", "طاحنا", "شرسه", "شرسا"})
#: How many words after the noun its fierce word may stand («لغارات جوية عنيفة»).
FIERCE_REACH: Final[int] = 2
#: drop53 (the_toll_s_cause): a strike or an attack (``TOLL_CAUSE_KINDS``) told by its noun as what the dead
#: or the wounded fell to took place, at the place the clause names, though nobody is named for it: its noun
#: right after a word of cause (``TOLL_CAUSES``: «جراء قصف جوي استهدف قرية»، «جراء القصف على مدينة داريا»),
#: or right after «في» with a word of the dead or wounded (``DEAD_OR_WOUNDED``, a «و» before it taken off)
#: within ``DEAD_REACH`` words before it («وقتل مئات الأشخاص في القصف المتواصل على الغوطة»، «قُتلوا وأصيب
#: خمسة في غارات على مدينة خان شيخون»); not what took part in one («شاركت في الهجوم»).
TOLL_CAUSE_KINDS: Final[frozenset[EventKind]] = frozenset({K.STRIKE, K.ATTACK})
TOLL_CAUSES: Final[frozenset[str]] = frozenset({"جراء"})
DEAD_OR_WOUNDED: Final[frozenset[str]] = frozenset({
    "قتل", "قتلت", "قتلوا", "قتلا", "استشهد", "استشهدت", "استشهدوا", "اصيب", "اصيبت", "اصيبوا", "جرح",
    "جرحت", "جرحوا", "سقط", "سقطوا", "مقتل", "بمقتل", "استشهاد", "اصابه", "قتيلا", "قتلي", "جريحا", "جرحي"})
DEAD_REACH: Final[int] = 4
#: drop53 (aimed_at): a strike or an attack told by its indefinite noun with a verb of hitting after it
#: within ``HITTING_REACH`` words (``HITTING_AFTER``, what it hit: «غارة جوية طالت بلدة الحرية»، «هجوم
#: استهدف حافلة تقل عسكريين») took place, at the place the clause names; a definite one («الغارات طالت
#: مناطق …»، «الهجوم الذي استهدف حفل تخرج») is one the story told before or knows.
HITTING_AFTER: Final[frozenset[str]] = frozenset({
    "استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "اصاب", "اصابت"})
HITTING_REACH: Final[int] = 3
#: drop53 (fell_at): a strike told by its projectiles falling, a word of ``FALLING`` (a «و» before it taken
#: off) right before, inside or right after its words and none of them definite («سقط صاروخان في وسط مدينة
#: اللاذقية»، «قذيفة سقطت قرب مدرسة الفاروق»، «وتساقطت قذائف في القرى المجاورة»), took place at the place
#: the clause names; the shells the story told («القذائف سقطت على أحياء سكنية») are not told again.
#: The words of falling, one list for fell_at (``FALLING``, with «تتساقط») and shells_fell (``FELL``, with
#: its clitics).
_FELL_WORDS: Final = ("سقط", "سقطت", "سقوط", "تساقطت", "تسقط", "يسقط")
FALLING: Final[frozenset[str]] = frozenset({*_FELL_WORDS, "تتساقط"})
#: inner48 (fire_opened): the words of fire «أطلق» reads an attack beside (``OTHERWISE``); one must stand
#: within ``FIRE_REACH`` words after the verb (its doer between: «وأطلقت قوات الأمن السورية النار»), not
#: right after a word of ``LAUNCHING`` (the fire a truce stops: «دعوة أطلقتها تركيا إلى وقف إطلاق النار»),
#: and with none of ``FIRE_INTO`` within ``FIRE_INTO_REACH`` words after it (shots into the air, for joy or
#: to warn: «أطلق المقاتلون النار في الهواء ابتهاجاً», which the gold codes apart or not at all; fire in
#: answer).
_FIRE: Final = ("النار", "نار", "الرصاص", "رصاص", "النيران", "نيران")
FIRE: Final[frozenset[str]] = frozenset(_FIRE)
FIRE_OPENED: Final[frozenset[str]] = frozenset({"اطلق/طلق"})
FIRE_REACH: Final[int] = 6
FIRE_INTO: Final[frozenset[str]] = frozenset({"الهواء", "ابتهاجا", "ردا"})
FIRE_INTO_REACH: Final[int] = 2
#: ... nor fire on forces («أطلقت النار عند الرابعة من فجر الأحد على قوات حرس الحدود», «أطلقوا النار رداً
#: على …»: fire in answer, above): fire between armed parties, the clash the gold codes (``FIRE_ON`` then a
#: word of ``FIRE_ON_FORCES`` within ``FIRE_ON_REACH`` words after the fire).
FIRE_ON: Final[frozenset[str]] = frozenset({"علي"})
FIRE_ON_FORCES: Final[frozenset[str]] = frozenset({"قوات", "القوات", "عناصر", "حرس", "جنود", "الجنود"})
FIRE_ON_REACH: Final[int] = 8
#: ... nor the fire of air defences, named between the verb and its fire («أطلقت المدفعية السورية المضادة
#: للطائرات النار على مقاتلة إسرائيلية»: an interception, an incident the gold codes apart), as
#: ``ANSWERED_NOT_BY`` tells for an answer. Nor fire told after another attack or strike of its clause
#: («هجوماً شنته مجموعة مسلحة …، وأطلق المهاجمون النار»: the attack's fire, no second one; fire_of_the_attack).
FIRE_NOT_BY: Final[frozenset[str]] = frozenset({"الدفاعات", "الدفاع", "المضادات", "دفاعاتها", "المضاده"})
#: The kind a verb reports when the words it needs (``NEEDS``) are not there, and the words that
#: reading needs in turn (none: any clause): targeting by no fire from afar is an attack («استهدف
#: مسلح رتلاً مشتركاً»), as for its noun (``TARGETING``); informing someone that something is so, with
#: no other side informed in advance, is a statement («أبلغ مود مجلس الأمن أن …»). A noun reads otherwise
#: only beside the words its entry names (attack30: «حملة»).
OTHERWISE: Final[dict[str, tuple[EventKind, frozenset[str]]]] = {
    # nothing46 (checkpoint_set_up): a checkpoint set up, no ambush laid («ونصبت قوة إسرائيلية ثالثة حاجزاً
    # مؤقتاً على الطريق», «نصبت قوات الاحتلال حاجزاً»): forces deployed, as «أقامت حاجزاً» is read
    "نصب/نصب": (K.DEPLOYMENT, frozenset({"حاجز", "حاجزا", "حاجزين", "حواجز"})),
    "استهدف/ستهدف": (K.ATTACK, frozenset()),
    # inner48 (fire_opened): fire or bullets loosed, no shell nor rocket («وأطلقت قوات الأمن النار لتفريق
    # المتظاهرين», «أطلقوا عليه النار فأردوه», «الذين أطلقوا الرصاص على المتظاهرين»): an attack, as «فتح
    # النار» is; a shot into the air to stop a crowd is the gold's incident, and reads as an attack here
    "اطلق/طلق": (K.ATTACK, frozenset(_FIRE)),
    # attack30: a campaign waged («شن» and its forms, as an assault is, strikes28), no air word beside it
    # («شنت قوات النظام حملة شرسة على مواقع الفصائل», «بعد الحملة التي شنتها القوات الروسية»): an offensive,
    # an attack; not one launched («أطلقت السلطات حملة أمنية»: a deployment, arrests or a media campaign)
    "حمله": (K.ATTACK, frozenset({*_LAUNCHED_ASSAULT, "شنتها", "شنوها", "تشنها", "يشنها"})),
    "ابلغ/بلغ": (K.STATEMENT, frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})),
    # verbs44: a comment on a matter («وعلّق ترامب على قراره بالقول», «علّق المبعوث … على زيارة …»), where
    # nothing is suspended
    "علق/علق": (K.STATEMENT, frozenset({"علي"})),
    # lexicon19: a work, flights or patrols stopped («أوقفت روسيا العمل بالمذكرة», «أوقفت الهيئة جميع
    # الرحلات»), where nobody is held: a suspension
    # lexicon19: missiles or aircraft intercepted («اعترضت الدفاعات الجوية صواريخ»), no objection
    "اعترض/عترض": (K.INCIDENT, frozenset({"صواريخ", "صاروخا", "صاروخين", "طائره", "طائرات", "مسيره",
                                           "مسيرات", "هدفا", "اهدافا", "قذائف"})),
    # none21: spoke with someone, of nothing said (no «عن / أن»): a call («تحدث الأمين العام مع أوباما»)
    "تحدث/تحدث": (K.CALL, frozenset({"مع"})),
    # finding25: what a party published, pictures, a clip, a statement, a toll («ونشرت جبهة النصرة على أحد
    # حساباتها صوراً لمقاتليها», «نشرت الوكالة حصيلة عمليات الجيش»), where no forces are sent: a statement
    "نشر/نشر": (K.STATEMENT, PUBLISHED),
    "اوقف/وقف": (K.SUSPENSION, frozenset({"العمل", "الرحلات", "الدوريات", "التعاون", "التنسيق",
                                          "الاتصالات", "المشاركه",
                                          # deconf21: talks stopped («ستوقف مباحثاتها مع روسيا»)
                                          "مباحثاتها", "محادثاتها", "مباحثاته", "محادثاته", "المباحثات",
                                          "المحادثات",
                                          # accords30: sorties stopped («أوقف سلاح الجو التركي طلعاته»)
                                          "طلعاته", "طلعاتها"})),
}
#: nothing37 (sources_of_the_outlet): sources who speak to the outlet («وقالت مصادر خاصة لـ"حصار" إن», «وقالت
#: مصادر عنب بلدي في داريا» in Enab Baladi) tell it what they say, a statement of their own; its
#: correspondent («وقال مراسل عنب بلدي») is the report itself. The heads, without ال, folded.
SOURCES_TOLD: Final[frozenset[str]] = frozenset({"مصادر", "مصدر", "مصدران", "مصدرين"})
#: stmt30 (a_statement_speaks): a statement that speaks for whoever issued it when it is the subject of a
#: speech verb («أعلن بيان لجامعة الدول العربية أن»), not a source told by «بحسب بيان …» nor one carrying
#: another's words («ونقل بيان صحفي عن مصدر …»): a speaker head of ``words.toml`` only there.
STATEMENT_SPEAKS: Final[frozenset[str]] = frozenset({"بيان"})
#: How many words the phrase of such a statement may run to what it says, with its issuer («بيان مشترك
#: تلاه وزيرا خارجية البلدين أن»).
ISSUER_REACH: Final[int] = 8
#: The subject of a speech verb that is the statement told before speaking on («ودعا البيان …»,
#: «وشدد البيان الختامي على …»): its speaker's words, not a new speaker's.
THE_STATEMENT: Final[frozenset[str]] = frozenset({"البيان", "بيانها", "بيانه", "بيانهما", "بيانهم"})
#: Speech verbs with «و» that go on with what the speaker told before said («وأضافت الوزارة أن …»,
#: «وأوضحت القيادة …»): a body named again by one definite noun after them is the speaker told before
#: (the_body_goes_on; false25).
GOES_ON: Final[frozenset[str]] = frozenset({
    "واضاف", "واضافت", "واوضح", "واوضحت", "وقال", "وقالت", "واعتبر", "واعتبرت", "وتابع", "وتابعت",
    "واكد", "واكدت", "وشدد", "وشددت", "واشار", "واشارت", "ولفت", "ولفتت", "وبين", "وبينت", "وذكر", "وذكرت",
    "وافاد", "وافادت"})
#: Words (folded) between an outlet and the side it is close to («وسائل إعلام مقربة من التنظيم», «وكالة
#: هاوار نيوز المقربة من الإدارة الذاتية»): the outlet speaks, not the side (outlet_close_to, actors21).
CLOSE_TO: Final[frozenset[str]] = frozenset({
    "مقربه", "المقربه", "مقرب", "المقرب", "مقربين", "المقربين", "قريبه", "القريبه", "تابعه", "التابعه",
    "مواليه", "المواليه", "مرتبطه", "المرتبطه"})
#: Words after «البيان» that make it another statement («البيان الختامي», «البيان المشترك»).
OTHER_STATEMENT: Final[frozenset[str]] = frozenset({"الختامي", "المشترك", "الصادر", "الرسمي"})
#: What an agreement right before it is on, and so no event of its own («اتفاق وقف إطلاق النار»,
#: «اتفقتا على وقف إطلاق النار»): the agreement's object. An agreement's noun that names its truce is
#: that truce, a ceasefire (truce_named, guide55: the guide's row (a)).
AGREED_ON: Final[frozenset[EventKind]] = frozenset({EventKind.CEASEFIRE})
#: The mode that marks such a noun (the ontology's truce agreed between parties), and what its event reads
#: (``READ_AS``): the agreement's noun is read, dated, placed and given its parties as an agreement is (only
#: where the text says it was agreed, «المبرم في سوتشي», not what the clause names beside it, «دعم اتفاق وقف
#: الأعمال العدائية في سوريا»), and its event is a ceasefire (truce_named).
TRUCE_NAMED_MODE: Final = "agreed"
READ_AS: Final[dict[tuple[EventKind, str | None], tuple[EventKind, str | None]]] = {
    (EventKind.AGREEMENT, TRUCE_NAMED_MODE): (EventKind.CEASEFIRE, TRUCE_NAMED_MODE),
    (EventKind.AGREEMENT, EXCHANGE_MODE): (EventKind.AGREEMENT, None)}
#: exchanged: an exchange is placed where it was carried out («جرت … في معبر العيس عملية تبادل أسرى»), as a
#: happening is (an arrest's people held), not only where an agreement is said to be made.
PLACED_AS: Final[dict[tuple[EventKind, str | None], EventKind]] = {
    (EventKind.AGREEMENT, EXCHANGE_MODE): EventKind.ARREST}
#: The agreement's nouns that name a truce so («اتفاق وقف إطلاق النار», «اتفاقاً لوقف إطلاق النار»): not a
#: signing's («منذ توقيع الهدنة بين تركيا وروسيا»: the gold's agreement, the truce held told apart).
NAMING_AGREEMENTS: Final[frozenset[str]] = AGREEMENT_WORDS | frozenset({"اتفاقا", "واتفاق", "والاتفاق"})
#: Words after the truce in its clause that tell its start («يبدأ تطبيقه اعتباراً من …», «يسري اعتباراً
#: من منتصف الليل»): the agreement and the start are two events (the guide's row (d)), the agreement stays.
TRUCE_STARTS: Final[frozenset[str]] = frozenset({
    "تطبيقه", "تطبيقها", "تنفيذه", "تنفيذها", "سريانه", "سريانها", "يسري", "تسري", "ويسري", "وتسري", "حيز"})
#: Kinds of event that stop something: what the noun right after one names («إيقاف جميع الدوريات
#: المشتركة», «لتعليق غاراتها», «وقف العمل باتفاق») is what is stopped, no event of its own (multi17). Not
#: an end: the gold codes a truce that ends as a truce too («انتهاء الهدنة», measured: one strict lost).
STOPPING: Final[frozenset[EventKind]] = frozenset({EventKind.SUSPENSION})
#: Words that may stand between a stop and what it stops («إيقاف **جميع** الدوريات»).
ALL_OF: Final[frozenset[str]] = frozenset({"جميع", "كل", "كافه", "مختلف"})
#: The first words of phrases (``PHRASES``) that may take a word of ``ALL_OF`` after them: «وقف جميع
#: الأعمال القتالية» is «وقف الأعمال القتالية» (all_stopped, accords30).
QUANTIFIED_STOPS: Final[frozenset[str]] = frozenset({"وقف", "تعليق"})


#: Words that may stand between a speech verb and its speaker («وفق ما صرحت **به** مسؤولة»), or a verb
#: and the party after it («ووافق **عليها** الطرفان», «ودعا **خلاله** الوزيران»).
SPEAKER_GAP: Final = frozenset({"به", "له", "لها", "بها", "اليوم", "امس", "عليه", "عليها", "خلاله", "خلالها"})
#: the_report_of_an_outlet (speaker56): the heads of a report whose «ل» + outlet after them is its owner,
#: not who is told («كشف تقرير لموقع «ديفينس إكسبريس» أن», «بحسب تقرير لقناة الجزيرة»): the speaker's
#: phrase reads on through the outlet («لموقع», «لقناة»: a media head, not a hearer), folded.
REPORT_OF: Final = frozenset({"تقرير", "التقرير"})
#: The demonstratives that may stand between a verb or a noun and the party it describes as its doer
#: («وسيطرت هذه القوات على», «عقب سيطرة هذه القوات على مزارع الملاح», «بانسحاب هذه القوات»): the
#: party's phrase opens at the head after them (this_party, actor54), folded.
PARTY_DEMONSTRATIVES: Final = frozenset({"هذه", "هذا", "هؤلاء", "تلك"})

#: A speaker who goes on to affirm, add or explain («نفت أن تكون قصفت …، مؤكدة أنها استهدفت داعش»,
#: «دعت الأطراف إلى الالتزام بالهدنة، مؤكدة أن قوات الأمن بدأت بالانتشار»): the participles that, with
#: «أن / إن» right after them, end what a demand, warning or denial before them speaks of; what follows
#: is a report (embed17). Not «معتبراً» (an opinion) nor «مشدداً» (an insistence).
AFFIRMING: Final[frozenset[str]] = frozenset({
    "مؤكدا", "مؤكده", "مؤكدين", "مضيفا", "مضيفه", "موضحا", "موضحه", "مبينا", "مبينه", "مشيرا", "مشيره",
    "لافتا", "لافته", "كاشفا", "كاشفه", "معلنا", "معلنه"})
#: How many words may stand between an affirming word and its «أن» («مؤكدة في بيانها أن …»).
AFFIRMING_REACH: Final = 3
#: After a demand verb, the pronoun that makes the noun before it what was called for («اجتماعاً طارئاً
#: دعت إليه أنقرة لبحث …»): the demand speaks of nothing after it (embed17, called_for_it).
CALLED_FOR_IT: Final[frozenset[str]] = frozenset({"اليه", "اليها", "اليهما"})

#: The verbs of announcing that open a later statement of a speaker as a new announcement, not a
#: continuation of its speech (``fastpath.announced_anew``, taken34), as written.
ANNOUNCING_ANEW: Final = frozenset({"وأعلن", "وأعلنت", "واعلن", "واعلنت"})
#: unnamed_apart (taken47): the heads of a speaker written as an unnamed official or source («وقال مسؤول
#: أمريكي إن», «فيما أفاد مصدر أمريكي بأن», «وقالت مصادر في المعارضة إن»), indefinite, folded: a speaker
#: of its own (the gold's speaker is the subject as written), not its party's speech going on
#: (``fastpath.told_by_unnamed``); «المصدر / المسؤول» go on with the last one named.
UNNAMED_SPEAKERS: Final = frozenset({"مسؤول", "مسؤولون", "مسؤولين", "مصدر", "مصادر"})
#: ... within how many words of the clause's start, and not right after the words of a speaker relaying
#: them («وأوضح المرصد، نقلاً عن مصادر وصفها بالموثوقة»: the monitor speaks).
UNNAMED_REACH: Final = 5
UNNAMED_RELAYED: Final = frozenset({"عن", "نقلا"})
#: ... unless the clause opens with the verb of relaying («ونقلت شبكة "فوكس نيوز" عن مسؤولين أمريكيين اثنين
#: أن»): the outlet carries the words of the ones it quotes, who speak (stmt48), within four words more.
UNNAMED_RELAYING: Final = frozenset({"ونقلت", "نقلت", "ونقل", "نقل"})
#: A clause's lead that opens a new occasion before the verb of announcing («وفي تطور آخر، أعلنت», «وفي
#: أعقاب ذلك أعلن»): the announcement is new too (``fastpath.announced_anew``), as written.
NEW_OCCASION: Final = frozenset({"وفي"})
#: said_anew (stmt48): the words of a statement's occasion and of its being another or a later one, in
#: the first ``SAID_ANEW_REACH`` words of its clause («وقالت الوزارة في بيان آخر اليوم إن», «وفي بيان
#: لاحق، أعلن الجيش», «وفي تغريدة ثانية قال بالي»), folded, a «ب» taken off the first: a statement of
#: its own, not its speaker's speech going on (``fastpath.said_anew``; the gold's, as written).
SAID_ANEW_OCCASIONS: Final = frozenset({"بيان", "تصريح", "تصريحات", "تغريده", "تدوينه"})
SAID_ANEW_OTHER: Final = frozenset({"اخر", "اخري", "لاحق", "لاحقه", "منفصل", "منفصله", "ثان", "ثانيه"})
SAID_ANEW_REACH: Final = 6

#: the_name_before_its_title (actor51): the title words that, after a name and a comma, tell who the name
#: is («أدان عبد الملك الحوثي، قائد حركة أنصار الله، …», «وكان جمال رشدي، المتحدث باسم الأمين العام
#: للجامعة، قد أعلن»), folded: the name speaks, not the body its title names.
TITLES_AFTER_A_NAME: Final = frozenset({
    "قائد", "زعيم", "المتحدث", "الناطق", "متحدث", "رئيس", "وزير", "نائب", "مدير", "الامين", "امين", "مستشار",
    "مبعوث", "المبعوث", "سفير", "السفير", "مندوب", "المندوب", "مساعد", "محافظ", "عضو", "رئيسه", "مديره"})
#: ... and how many words the name may have.
NAME_BEFORE_TITLE_WORDS: Final = 3
#: the_name_told_before (speaker54): how many letters a surname alone after a speech verb, and the given name
#: it was written after before, have at least («أيمن الصفدي» … «وأكد الصفدي أن»).
GIVEN_NAME_LETTERS: Final = 3
#: a_speaker_written_out (kinds35): the speech verbs that open a statement of their own (not «أضاف»,
#: «أوضح», «أشار», which go on with one), whose subject written out right after them speaks even when no
#: speaker head or known party names it («قالت ثلاثة مصادر أمنية، الأحد، إن», «أعلنت مديرية الصحة في
#: السويداء أن», «وأعلنت السفارة الأمريكية في تركيا … أن»): the gold's statement by that phrase.
OPENING_SPEECH: Final = frozenset({"قال/قول", "اعلن/علن", "افاد/فيد", "اكد/ؤكد", "ذكر/ذكر", "كشف/كشف",
                                   # speaker54: an opinion given, a declaration («ورأى الخبير … أن»)
                                   "راي|را/ري", "صرح/صرح"})
#: the_title_in_its_body (speaker54): the word that joins a title to the body or field it holds in («الخبير
#: في الشؤون الدولية نسيب حطيط», «مدير المركز الإعلامي في هذه القوات مصطفى بالي»), read into the phrase
#: once, up to ``_SEAT_WORDS`` more words, after a person's title (folded) that begins the phrase ...
TITLE_IN: Final = frozenset({"في"})
TITLES_IN: Final = frozenset({
    "الخبير", "خبير", "الباحث", "باحث", "المحلل", "محلل", "الاعلامي", "اعلامي", "الصحفي", "العضو", "عضو",
    "العضوه", "عضوه", "مدير", "مديره", "رئيس", "رئيسه", "وزير", "نائب", "مستشار", "المستشار", "القيادي",
    "الموظف", "الضابط", "السفير", "المبعوث", "امين", "الامين", "القائد", "المسؤول", "المسؤوله"})
#: ... unless what follows it is the occasion or the time of the speech, not a body («وقال الجيش في بيان»,
#: «وقال الحوثي في خطاب متلفز», «في وقت سابق»), folded.
NOT_A_SEAT: Final = frozenset({
    "بيان", "بيانه", "بيانها", "تصريح", "تصريحات", "تصريحه", "تصريحاته", "مؤتمر", "المؤتمر", "تغريده",
    "منشور", "حديث", "حديثه", "كلمه", "كلمته", "مقابله", "رساله", "اتصال", "لقاء", "ختام", "خطاب", "خطابه",
    "اطار", "تعليق", "تعليقه", "افاده", "ايجاز", "تسجيل", "شريط", "فيديو", "مقطع", "صفحته", "حسابه",
    "موقعه", "وقت", "الوقت", "حين", "اليوم", "جلسه", "الجلسه", "اجتماع", "الاجتماع", "مقال", "مقاله",
    "تقرير", "رد", "معرض", "سياق", "ظل", "حوار", "اعقاب", "نهايه", "بدايه", "مستهل", "ذات", "هذا", "ذلك"})
#: the_activists_alone (speaker54): a definite plural of people that speaks by itself when none of its head
#: was named before («وأوضح الناشطون أن», «وبحسب الناشطين»), folded: not «المصدر», «المصادر», «الوكالة»,
#: «التقرير» (the one told before by another head as often: every definite head so, 8 gained and 40 false).
SPEAK_ALONE: Final = frozenset({"الناشطون", "الناشطين"})
#: ... and the words its subject does not begin with: a time, a pronoun or what is said or announced.
NOT_A_SUBJECT: Final = frozenset({
    "اليوم", "امس", "مساء", "صباح", "ظهر", "فجر", "ليل", "ليله", "يوم", *DAY_NAMES, "فيه", "فيها", "قبل",
    "بعد", "خلال", "انه", "انها", "هو", "هي",
    "ذلك", "ان", "عن", "ايضا", "كذلك", "مجددا", "رسميا", "اخيرا", "لاحقا"})
#: ... nor a word of news or of a text told before: the news itself, no speaker («وذكرت معلومات صحافية
#: أن», «وأفادت الأنباء الأولية بأن», «وأكد البيان الختامي أن»: its issuers speak).
NEWS_NOT_A_SPEAKER: Final = frozenset({"معلومات", "المعلومات", "انباء", "الانباء", "البيان", "التقارير",
                                       "تقارير"})
#: ... and the heads of an office it may begin with though they qualify no name (``stop`` words: «رئيس»
#: never continues one): «وقال رئيس بعثة المنظمة، …، إن», «وقال رئيس المجلس المحلي لمدينة دوما …»
#: (an_office_speaks, stmt50).
OFFICE_HEADS: Final = frozenset({"رئيس", "رئيسه", "نائب", "امين", "مدير", "مديره"})

#: a_call_to_hold (kinds35): «دعا / يدعو … إلى» a meeting, talks, a dialogue or a truce to be held is a
#: proposal (the annotation guide: «A call to hold something is a proposal, not the thing»): the verbs, the
#: reach from the verb to «إلى», the nouns of holding that may come first («عقد اجتماع», «فتح حوار») and
#: the heads of what is called to be held («وقف» only before a word of firing or fighting).
CALLING: Final = frozenset({"دعا|دع/دعو"})
CALL_REACH: Final = 8
HOLDING: Final = frozenset({"عقد", "اجراء", "فتح", "بدء", "اعلان", "التوصل", "حضور"})
CALLED_TO_HOLD: Final = frozenset({"اجتماع", "اجتماعا", "جلسه", "مؤتمر", "مؤتمرا", "قمه", "حوار", "مفاوضات",
                                   "محادثات", "هدنه", "تهدئه", "جوله"})
#: envoy_to (kinds50): an envoy, the «إلى» within ``ENVOY_REACH`` words after whom is where he is sent
#: («ودعا موفد الأمم المتحدة إلى سوريا ستافان دي ميستورا الحكومة والمعارضة إلى جولة مفاوضات»): the call's
#: own «إلى» is the next one, within ``CALL_REACH`` words of the envoy's.
ENVOYS: Final = frozenset({"موفد", "الموفد", "مبعوث", "المبعوث", "مندوب", "المندوب", "سفير", "السفير"})
ENVOY_REACH: Final = 3
CALLED_TRUCE: Final = frozenset({"وقف"})
CALLED_TRUCE_NEXT: Final = frozenset({"اطلاق", "لاطلاق", "القتال", "الاعمال", "العمليات", "الاقتتال"})
#: called_for_before (kinds48): a call whose «إليه / إليها» points back to what it asks to be held, told
#: before the verb («الهدنة التي دعا إليها المبعوث», «اجتماع وزاري دولي دعا إليه وزير الخارجية»), is a
#: proposal too: the head (``CALLED_TO_HOLD``, «ال» taken off) within ``CALLED_BEFORE_REACH`` words before
#: the verb (its adjectives and «التي / الذي» between).
CALLED_BEFORE_REACH: Final = 4
#: ... and the pronoun that opens who the speaker is, after a comma («وقال عمر التلاوي، وهو صحفي …»).
APPOSED: Final = frozenset({"وهو", "وهي", "وهم"})

#: press_with (inside43): a press conference a speech was made at, held «مع» another (within
#: ``PRESS_WITH_REACH`` words after the phrase: «في مؤتمر صحفي مشترك مع أردوغان», «في مؤتمر صحفي عقده
#: مع العاهل الأردني») is a meeting beside what is said at it; the phrase alone stays the statement.
PRESS_CONFERENCE: Final[str] = "phrase مؤتمر صحفي"
PRESS_WITH: Final[frozenset[str]] = frozenset({"مع"})
#: ... where a speech was made, the words right before the phrase: not one to come («ستعقد مؤتمر صحفي
#: مع الوفد غداً»), folded.
PRESS_AT: Final[frozenset[str]] = clitic_forms(("في", "خلال", "عقب", "بعد", "اثر", "ختام"), ("", "و"))
PRESS_WITH_REACH: Final[int] = 4

#: answered_with_fire (inside43): a verb of answering with a word of fire within ``ANSWERED_REACH`` words
#: after it («ردت القوات التركية على الهجوم بإطلاق النار على أهداف محددة», «ردت على الغارة بضرب
#: أهداف») is a strike by who answers, when the word of fire is itself no trigger of fighting («بالمثل»
#: is left out: in kind, its doer unread). Folded.
ANSWERED: Final[frozenset[str]] = clitic_forms(("رد", "ردت", "ردوا"), ("", "و", "ف"))
ANSWERED_WITH: Final[frozenset[str]] = frozenset({
    "باطلاق", "بضرب", "بقصف", "بضربات", "بنيران", "باستهداف", "بغارات",
    # inner52 (answered_and_destroyed): a verb of destroying joined after the answer («ردّت فوراً على
    # مصادر النيران ودمّرت مواقع للنظام», «ردت مباشرة على الهجوم ودمرت مواقع العدو»); the answer alone
    # («فردت القوات على مصادر النيران») stays out: the gold codes it a clash of both sides
    "ودمرت", "ودمر", "ودمروا", "فدمرت", "فدمر"})
ANSWERED_REACH: Final[int] = 6
#: ... not when the air defences answer (they meet what flies in: «ردت الدفاعات الجوية السورية بإطلاق
#: النار على الطائرات الإسرائيلية» is an interception, an incident the gold codes apart).
ANSWERED_NOT_BY: Final[frozenset[str]] = frozenset({"الدفاعات", "الدفاع", "المضادات", "دفاعاتها"})
ANSWERED_NOT_BY_REACH: Final[int] = 3  # words before the verb too: «إن الدفاعات الجوية السورية ردت»

#: shells_fell (inner52): a verb or a noun of falling (``FELL``) with a shell or a rocket (``FELL_SHELLS``)
#: after it, across at most ``FELL_REACH`` words of a number or a time (``FELL_BETWEEN``, or digits): «سقطت
#: قذيفتا هاون الليلة», «سقطت 150 قذيفة هاون», «وسقطت أمس قذيفة على مخبز», «عن سقوط عدد من القذائف قرب
#: كنيسة» is a strike, its mode the shell's (the phrases of two words, «سقطت قذائف», are ``PHRASES``'). A
#: definite shell only after «من» of a number («عدد من القذائف»): «سقطت القذيفة» is one told before. Not
#: «بسقوط» (the object of a speech verb: «وأقرت وسائل الإعلام بسقوط عدة صواريخ»), measured: it gains
#: nothing and retells a strike told before (103); «بسقوط قذائف» stays the phrase's. Folded.
FELL: Final[frozenset[str]] = clitic_forms(_FELL_WORDS, ("", "و", "ف"))
FELL_SHELLS: Final[dict[str, str]] = {
    "قذيفه": "shelling", "قذائف": "shelling", "قذيفتا": "shelling", "قذيفتان": "shelling",
    "قذيفتين": "shelling", "صاروخ": "missile", "صواريخ": "missile", "صاروخان": "missile",
    "صاروخين": "missile"}
FELL_OF_A_NUMBER: Final[dict[str, str]] = {"القذائف": "shelling", "الصواريخ": "missile"}
FELL_BETWEEN: Final[frozenset[str]] = frozenset({
    "عدد", "عده", "من", "اكثر", "نحو", "حوالي", "امس", "الليله", "اليوم", "ليلا", "صباحا", "مساء",
    "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرات"})
FELL_REACH: Final[int] = 3

#: the_subject_of_the_sentence_before (actors43): the words that may stand before a verb at a sentence's
#: head whose subject is its own pronoun («ثم تمكنت الأربعاء من دخول …», «وكانت قد سيطرت …», «كما دفعت
#: بتعزيزات …»), the words of a time that may stand between the verb and what shows it has no subject
#: written out (a preposition), and the heads of a plural of people that a plural verb agrees with
#: («عناصر المجلس … وتمكنوا»; a sound plural «مسلحون», «مقاتلين» is told by its ending).
CARRIED_SUBJECT_OPENERS: Final = frozenset({
    "ثم", "كما", "وكان", "وكانت", "فكانت", "فكان", "قد", "وقد", "فقد"})
CARRIED_SUBJECT_TIMES: Final = frozenset({
    "اليوم", "امس", "مساء", "صباح", "ظهر", "فجر", "ليل", "ليله", "يوم", *DAY_NAMES, "ايضا", "كذلك",
    "مجددا", "لاحقا", "بدورها", "بدوره", "بدورهم"})
PEOPLE_PLURALS: Final = frozenset({
    "عناصر", "رجال", "افراد", "جنود", "ثوار", "اهالي", "اهال", "سكان", "شبان", "قاده", "زعماء", "وزراء",
    "نشطاء", "ضباط", "المقاتلون", "العناصر", "الجنود", "الثوار", "الاهالي", "السكان", "القاده", "الوزراء"})

#: the_owner_written_before (actors45): a happening told by its noun with a possessive pronoun glued on
#: («سيطرتها», «انسحابها», «سيطرتهم», ``OWNER_PRONOUNS``) that is the object of one of ``OWN_DEED_VERBS``
#: (a verb whose object is its subject's own deed: «أعلنت فصائل معارضة محلية سيطرتها على محافظة درعا»,
#: «وسعت القوات الكردية نطاق سيطرتها», «إعلان الثوار سيطرتهم عليها») is its subject's: the party
#: written between the two, right before the noun or before one of ``OWNED_MEASURES`` said of it
#: («نطاق سيطرتها»: the measure is no word of the party's), the verb at most ``OWNER_REACH`` words before
#: the noun; folded, «و» or «ف» glued on or not.
OWNER_PRONOUNS: Final[tuple[str, ...]] = ("ها", "هم", "هما", "ه")
OWN_DEED_VERBS: Final[frozenset[str]] = frozenset({
    "اعلن", "اعلنت", "اعلان", "اكد", "اكدت", "تاكيد", "وسع", "وسعت", "بسط", "بسطت", "احكم", "احكمت",
    "اتم", "اتمت", "اكمل", "اكملت", "استكمل", "استكملت", "بدا", "بدات", "واصل", "واصلت", "عزز", "عززت",
    "استانف", "استانفت", "انهي", "انهت", "جدد", "جددت", "تابع", "تابعت", "كثف", "كثفت", "صعد", "صعدت"})
OWNED_MEASURES: Final[frozenset[str]] = frozenset({"نطاق", "رقعه", "مساحه"})
#: the_force_s_owner_before (pron47): the form of the past verb whose subject owns a force named by a
#: possessive pronoun («قواتها», «عناصرها»: ``OWNER_PRONOUNS``) right after a noun trigger: «ها» a
#: feminine singular («بذلتها الوزارة», «إن الوزارة تمكنت»); the masculine past has no letter of its
#: own and is not read.
FORCE_OWNER_FORMS: Final[dict[str, str]] = {"ها": "f"}
#: the_force_s_owner_before: a word of quantity that may stand between the noun and the force («سحب
#: جميع مقاتليه»).
FORCE_QUANTIFIERS: Final[frozenset[str]] = frozenset({"جميع", "كل", "معظم", "كامل"})
OWNER_REACH: Final[int] = 7
#: the_owner_named_before (owner46): the words that govern a happening told by its noun with a pronoun
#: whose owner is named before it in the sentence, no verb of one's own deed over it («منذ بدء هجومه»,
#: «منذ سيطرته على المحافظة»): a noun of beginning, or a word of time.
OWNER_GOVERNORS: Final[frozenset[str]] = frozenset({"بدء", "بدايه", "منذ", "بعد", "اثر", "اثناء", "خلال"})

#: received_by (recv44): a reception on arrival told as a state, «كان … في استقباله» (the receiver was
#: there to receive him: «وصل الإبراهيمي إلى دمشق اليوم الأحد، وكان المقداد في استقباله», «وكان في
#: استقبال الوزير لدى وصوله إلى مطار هواري بومدين الدولي وزير الشؤون الخارجية …») is a meeting of the
#: visitor and the receiver: a word of ``RECEPTION`` right after one of ``RECEIVED_IN``, with a «كان» of
#: ``WAS`` within ``RECEIVED_REACH`` words before (its subject, the receiver, may stand between). Not
#: «لاستقبال الرحلات» (an airport ready for flights), nor «خلال استقباله» (a reception told as a verb's
#: occasion, which the verb «استقبل» or the meeting's words read), folded.
RECEPTION: Final[frozenset[str]] = frozenset({
    "استقبال", "استقباله", "استقبالها", "استقبالهم", "استقبالهما"})
RECEIVED_IN: Final[frozenset[str]] = frozenset({"في"})
RECEIVED_REACH: Final[int] = 8
#: ... not when its clause, before it, holds one of ``RECEIVED_SAID``: a complementizer (a reception another
#: tells, «وقال مصدر إن المقداد كان في استقبال نظيره», or one planned, «وكان من المقرر أن يكون في
#: استقباله») or a «يكون» (to be), folded.
RECEIVED_SAID: Final[frozenset[str]] = frozenset({
    "ان", "بان", "انه", "انها", "وان", "يكون", "تكون", "سيكون", "ستكون"})
#: ... the visitor: the last party named after the last verb of arrival (``ARRIVED``, folded) told within
#: ``ARRIVED_BACK`` characters before the reception, within ``ARRIVED_REACH`` words of the verb and before
#: its «إلى» (``ARRIVED_TO``): the name that ends the visitor's phrase («وصل وزير الخارجية … فيصل المقداد
#: إلى مطار الملك عبد العزيز …. وكان في استقباله …»: Mekdad). The reception is dated by the last day told
#: in those ``ARRIVED_BACK`` characters (the arrival's), else by the day the story told last
#: (received_on_the_day); placed where the visitor arrived when its words name no place (received_at,
#: ``where.py``).
ARRIVED: Final[frozenset[str]] = clitic_forms(("وصل", "وصلت", "وصلا", "وصلوا"), ("", "و"))
ARRIVED_TO: Final[frozenset[str]] = frozenset({"الي"})
ARRIVED_BACK: Final[int] = 400
ARRIVED_REACH: Final[int] = 10
