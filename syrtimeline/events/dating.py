"""Dating by the story: the rules that date a report with no date of its own from what the article
told around it (the eighth round of issue 15). Each rule is small and named, its cue words are the
tables below (folded, as ``dates.normalize.fold`` spells them), and ``extract.events_from_article``
writes the rule's name into the event's trace, so ``Event.explain()`` says which one dated it.

* ``at_the_occasion`` — what a speaker said at or after an occasion the story tells («وقال بوتين، بعد
  محادثات أجراها في سوتشي مع أردوغان، إن …», «عقب جلسة», «في ختام اجتماع», «في مؤتمر صحافي»), and the
  occasion itself, when neither has a date of its own, are of the day the story told last: the day's
  news it goes on with.
* ``news_of_the_day`` — what a speech dated on the publication day reports done in its own words
  («أعلنت الهيئة، الأربعاء، أنها سيطرت على الفوج 46»), with no day of its own, is that day's news —
  unless it is fighting the news followed (``LED_UP_TO``: «إثر معارك عنيفة»), which went on before
  it, or an agreement carried out (``triggers.CARRIED_OUT``: «بموجب اتفاق»).
* ``next_to_the_day`` — a happening named right after «غداة» (the morrow of) is the day before the day
  its clause told («دفعت تركيا اليوم الخميس بعشر دبابات، غداة هجوم خاطف شنته الفصائل»: the attack is
  of Wednesday), one after «عشية» (the eve of) the day after (``NEXT_TO_THE_DAY``).
* ``at_present`` — what goes on «حالياً» (now) beside its trigger, not told in the past, is of the
  publication day («وأن قوات البلدين تنتشر حالياً في المواقع المخصصة لها», «فيما تتركز المواجهات مع
  التنظيم حالياً في المدينة القديمة»; ``AT_PRESENT``).
* ``just_now`` — what was done or said «قبل قليل / منذ قليل / قبل دقائق» (a short while ago) beside its
  trigger is of the publication day («وأعلنت الوكالة السورية الرسمية قبل قليل عودة المطار إلى العمل»,
  «تعرضت منذ قليل لهجوم جديد»; ``JUST_NOW_OPENERS`` before ``JUST_NOW``), not when «من» follows: «قبل دقائق
  من وقوع الهجوم» is measured from another happening (evdate37).
* ``in_the_wake_of`` — a happening a few words after «إثر» (``IN_THE_WAKE_OF``), dated by a day told
  before that word, takes the day its clause gives after it when there is one: «عقد الحلف اجتماعاً
  طارئاً اليوم الجمعة، إثر مقتل 33 جندياً في قصف جوي … مساء أمس الخميس» (the strike is of Thursday).
* ``what_came_before`` — a happening named right after «إثر / عقب / بعد» (``LED_UP_TO``) is what the
  happening the clause dated came after: the day told before that word is the later happening's, not
  its own, and with no day of its own it is dated by the report («ثم تمكنت الأربعاء من دخول خان شيخون
  إثر انسحاب مقاتلي الهيئة منها»: the withdrawal is on or before publication). Not fighting (which
  went on up to the day: ``lasted_until``, ``news_of_the_day``), not talks or a speech (occasions:
  ``at_the_occasion``).
* ``also_that_day`` — a sentence that opens with «كما» (also) goes on with the one before: what it
  tells with no day of its own is of the day that sentence told last («قصف الجيش التركي، اليوم
  الثلاثاء، قرية زورمغار … كما استهدفت طائرة مسيرة تركية موقعاً عسكرياً»; ``ALSO``).
* ``in_force_from`` — a truce is of the day it comes into force: a day told right after words of its
  coming into force a few words after it («هدنة إنسانية في … حلب، تسري اليوم من الثامنة صباحاً»,
  «التي دخلت حيز التنفيذ ظهر السبت الماضي»; ``IN_FORCE``) is its own, whatever day stands nearer
  before it (the announcement's: «أعلنتا الاثنين الماضي هدنة إنسانية …، تسري اليوم»); so is a day
  told right before «سريان» a few words before it («بدأ صباح الأربعاء سريان اتفاق درعا البلد القاضي
  بوقف إطلاق النار»; ``IN_FORCE_BEFORE``).
* ``count_of_the_dead`` — a day told after the dead a speaker counts («أحصى المرصد مقتل 10 أشخاص …
  الثلاثاء», «أحصت الخوذ البيضاء مقتل 28 شخصاً أمس السبت»; ``DEAD_COUNTED``) is the dead's, not the
  count's: the count, with no day of its own before them, is on or before publication.
* ``part_of_the_day`` — a happening told with a part of the day and no day («انسحبوا من القصير خلال
  الليل», «نفذوا هجوماً مباغتاً في الساعات الأولى من الصباح», «التي تتعرض منذ الصباح لقصف عنيف»,
  «بسطت سيطرتها خلال النهار»; ``PARTS_OF_THE_DAY``, ``PART_OF_THE_DAY_OPENERS`` before
  ``PARTS_OF_THE_DAY_DEFINITE``) is of the day the story told last, else of the publication day. A
  definite noun only with the part of the day said alone right after it («قبل أن تبدأ بالانسحاب صباحاً»:
  ``right_after``, when17); «الانسحاب» alone is mostly one the story told before.
* ``midnight_of_the_day`` — «منتصف ليل الخميس» (``MIDNIGHT`` before the night of a weekday) is the
  midnight that ends Thursday: what happens then is of Friday («اشتباكات اندلعت فور سريان الهدنة عند
  منتصف ليل الخميس»), and «منتصف ليل الخميس-الجمعة» is of Friday, not of both days. Not the night of
  a day counted from today («منتصف ليل أمس»), nor of a date («منتصف ليل 27 فبراير»), which the
  annotators read as that day; nor past publication (``midnight_before_publication``: «بعد منتصف ليل
  الجمعة بقليل» in a Friday's report is the midnight that began Friday, the day told stands).
* ``evening_to_morning`` — a happening told at a time joined by only «و / حتى / وحتى / إلى» to a time of
  the day after, before or after it («وردت تركيا بقصف مدفعي على مواقع للجيش السوري مساء أمس وصباح
  اليوم», «مساء السبت حتى فجر الأحد»; ``TO_THE_NEXT``), went on both days: not a statement.
* ``heaviest_since`` — a day or a span told right after «منذ» that follows a superlative («تعرضت أمس
  الجمعة "لأعنف قصف منذ 14 يوماً"», «هي الأولى على أحياء المدينة منذ عام 2016»; ``SUPERLATIVES``,
  ``SINCE``) is what the happening is measured against, not its day: the day told before it is.
* ``in_force_from_midnight`` — a truce that comes into force at midnight with no day of its own
  («اتفق الرئيسان … اليوم الخميس على وقف لإطلاق النار … يسري اعتباراً من منتصف الليل»; ``IN_FORCE``, then
  ``MIDNIGHT`` before ``TONIGHT``) is of the day after the day its clause told: the midnight that ends it.
* ``days_up_to_it`` — talks told right after a count of days («عقب ثلاثة أيام من المحادثات», «في ختام
  ثلاثة أيام من المحادثات», «بعد أربعة أيام من المباحثات»; ``AT_THE_END_OF``, ``DAYS_OF``), dated by the
  day its clause told before them, went on those days up to that day: «أعلن كيري اليوم السبت، عقب
  ثلاثة أيام من المحادثات مع لافروف، أن …» (the talks are the three days up to Saturday).
* ``days_it_lasted`` — talks told with how many days they lasted a few words after them («انتهاء جولة
  محادثات أستانا التي استمرت يومين», «على مدى يومين»; ``LASTED``, ``LASTED_REACH``, ``LASTED_OF``), dated by
  the day its clause told before them, went on those days up to that day (when28).
* ``dateline_day`` — the date of a dateline («موسكو 20 أكتوبر 2016 - أفادت وزارة الخارجية الروسية بأن …»;
  ``DATELINE_DASHES``, ``DATELINE_WORDS``) is the dispatch's: it dates nothing the text tells (when28).
* ``in_preparation`` — what a present verb of getting ready is for («تستعد القوات الأميركية … للانسحاب
  الكامل من سوريا خلال شهر», «تستعد أرتال من الأمن العام … للتوجه إلى جبلة»; ``PREPARING``), with no day
  of its own, is to come: on or after publication. Not «كانت تستعد لقصف» (``WAS``).
* ``of_another_noun`` — a date told after a trigger that dates another noun told between them is not the
  trigger's: a «منذ» span right after a participle of lasting («وقف إطلاق النار في سوريا القائم منذ ستة
  أسابيع», «الحصار المفروض عليها منذ نحو شهر»; ``LASTING_SINCE``, ``WITH_ITS_PRONOUN``) or a year opened
  by «لعام» («انهيار اتفاقية فصل القوات لعام 1974»; ``OF_THE_YEAR``), more than ``OWN_PARTICIPLE_REACH``
  words past the trigger (dategov48).
* ``since_in_the_mention`` — a mention that opens with «منذ» («منذ يومين», «منذ 26 يوماً») is told since,
  as one told after the word: what goes on is dated from it up to publication, a one-off not by it
  (dategov48).
* ``within_the_span`` — what a word of ``WITHIN_IT`` puts inside a «منذ» span told just before it
  («ينتشر الجيش التركي في إدلب منذ أربع سنوات، شهدت خلالها غارات روسية …», «منذ خمسة أشهر، قصفت خلالها
  قوات النظام …») happened within that span, from its start up to publication, not in its first year.
* ``then_pulled_out`` — a withdrawal told right after «ثم» or «قبل أن» (``THEN``, ``THEN_BEFORE``), with no
  day of its own, ends what its clause told before that word, and is of the day told there (or by the
  clause before it in the sentence): «توغلت قوة إسرائيلية، يوم السبت، في ريف القنيطرة …، ورفعت العلم
  … ثم انسحبت منها», «ومكثت فيها ساعات قبل أن تنسحب» (``THEN_KINDS``; finding33).
* ``named_by_its_day`` — a day told right after the noun of an agreement («تنفيذ بنود اتفاق 1 أيلول»,
  «وفق ما نص عليه اتفاق 5 آذار»; ``NAMED_BY_ITS_DAY``) names that agreement: it dates the agreement, not
  another happening of the clause («اتفقت يوم أمس الأحد … على وقف إطلاق النار وتنفيذ بنود اتفاق 1
  أيلول»: the truce is of Sunday), which takes the date it would have without it (when17).
* ``its_own_clause`` — a day told in the relative clause right after a noun trigger («اتفاق وقف إطلاق
  النار الذي أبرمه الرئيسان … في الخامس من آذار الماضي», «الهجوم الجديد الذي شنته الفصائل أمس الأحد»;
  ``OWN_CLAUSE``) is the noun's own, not a nearer day told before it (the day of another happening:
  «أُنجزت الخميس الفائت، في إطار اتفاق …»). Not a relative clause after what the noun acts on or where
  («هجوماً على المواقع التي سيطرت عليها أمس»: ``NOT_ACROSS``), nor a day past a comma (when18).
* ``during_the_call`` — a speech with no day of its own that tells what was said during a call
  («قالت الخارجية الأمريكية إن كيري أبلغ نظيره خلال الاتصال …», «فقالت في بيان إن عراقجي أكد خلال اتصاله
  بلافروف»; ``CALL_NOUNS`` after ``OCCASION_OPENERS``, anywhere after its verb) is of the day of the call
  the story told last (when18).
* ``by_that_means`` — a noun trigger opened by «ب» (``MEANS``: the means of a verb) that opens a reading
  of its own (a second report of a kind in its clause: another doer, another place) and has a day told
  right before it, nothing between, is of that day: «ردّت عليه أنقرة يومي الأربعاء والخميس بقصف أهداف …»
  (the reply's shelling is of Wednesday and Thursday), as a trigger read with the whole clause would be
  (when18).
* ``to_begin`` — a noun trigger a verb of starting not told in the past sets going («ستبدأ خلال الأيام
  المقبلة تسيير دوريات مشتركة», «وبعد ذلك تبدأ روسيا وتركيا تسيير دوريات»; ``BEGIN_AHEAD`` at most
  ``BEGIN_AHEAD_REACH`` words before it, not after a word of ``WAS`` nearby nor after «قبل أن»:
  ``BEFORE_THAT``), with no day of its own
  after that verb, is to come: on or after publication, not of the day the speech or the story told
  (when19).
* ``another_said`` — a day told after a trigger past «وأن» (``AND_THAT``: a second thing a speaker says)
  is that thing's, not the trigger's: «أشار إلى أن الاتفاق دخل حيز التنفيذ، وأن أولى خطواته تنظيم دورية
  … في 15 آذار» (when19).

* ``agreed_there`` — what the parties agreed on by a verb of agreeing («واتفق الجانبان على وقف شامل لإطلاق
  النار», «اتفقت الأطراف الثلاثة على مواصلة الاجتماعات»; ``AGREED_THERE`` at most ``AGREED_THERE_REACH``
  words before the trigger), with no day of its own and not inside what a speaker says, after a meeting
  or a call the story dated, is of that meeting's or call's day: agreed there (when20).
* ``day_of_what_is_told`` — a day told past another happening a statement names («تبنى التنظيم سلسلة
  تفجيرات ضربت صباح اليوم …», «أعلنت الوزارة إعادة تشغيل المطار ابتداءً من اليوم الخميس») is that
  happening's, not the statement's, which has no day of its own then: on or before publication. Not a
  happening the statement declares, nor an occasion it is made at (``DECLARED_THERE``: «أعلن الرئيس
  الهدنة يوم الخميس», «أعلن المجلس، عقب اجتماع عقده اليوم الأربعاء، …»), whose day is the statement's
  too (when21).
* ``reported_not_dated`` — only a truce («أعلنت … اليوم السبت وقفاً شاملاً لإطلاق النار») takes the day of the
  speech that declares it (``THE_DAY_S_NEWS``); what else a speech of the publication day reports done is
  dated by its own words only (evdate34: the gold left 27 of 55 so dated on or before publication).
* ``not_the_day_s_news`` — fighting between two sides that a speech of the publication day reports
  («أعلن الجيش، اليوم الأحد، أن قواته اشتبكت مع …»; ``NOT_THE_DAY_S_NEWS``) went on up to the speech:
  ``news_of_the_day`` does not date it (when21); nor forces deployed that it reports («قالت الحكومة يوم
  السبت إنها تعيد نشر قوات الأمن»), nor a downing it tells by a verb («أعلن الجيش، اليوم السبت، أن قوات
  حرس الحدود أسقطت طائرة مسيرة»; ``NOT_THE_DAY_S_NEWS_BY_A_VERB``) (when24).
* ``another_clause`` — a day told after a trigger past a comma and a word that opens another clause of the
  sentence («…، ثم تمكنت الأربعاء من دخول …», «…، غير أن أعمال العنف تصاعدت في 15 حزيران الماضي»;
  ``ANOTHER_CLAUSE``) is that clause's happening's, not the trigger's; not for a definite noun, a happening
  the story told (when23).
* ``what_it_was`` — a happening with no day of its own in a clause opened by «، إذ» (``WHAT_IT_WAS``) tells
  what the clause before it was («شهد الشريط الحدودي صباح اليوم توغلات إسرائيلية جديدة، إذ تقدمت دورية …»):
  it is of the last day told before that word in its sentence. A statement there («…، إذ أفاد تلفزيون سوريا»)
  does not take that day: it is of what the clause before tells (when23).
* ``own_day_past_idh`` — a happening in a clause opened by «، إذ» with a day of its own told after it in
  its clause (no comma between: ``set_apart``) is of that day, not of the last day told before «إذ»
  («… منذ تولي بايدن السلطة في كانون الثاني/يناير، إذ قتلت غارة في شرق سوريا في شباط/فبراير …») (when31).
* ``a_week_ago`` — an age told in whole weeks («وكانت السلطات قد اعتقلت قبل أسبوع …», «توصلت
  موسكو وأنقرة قبل ثلاثة أسابيع إلى الاتفاق»; ``AGO``, ``WEEKS``), which the date engine reads as the
  ISO week so many weeks before the anchor's, dates a happening to the day seven days a week before the
  anchor; not an age told roughly («قبل نحو أسبوع»; ``ROUGHLY``), which the annotators leave on or
  before publication (when25).
* ``told_roughly`` — an age told roughly («قبل نحو أسبوع», «منذ نحو شهرين»; ``ROUGHLY``) dates nothing: what
  it would govern is on or before publication, as the annotators leave it; after «منذ» only a happening told
  by a past verb, not one told by a noun or a present verb, which goes on since then (when25).
* ``came_after_counted`` — a sentence that opens with a verb placing a happening the story told in its time
  («ويأتي التفجير بعد يومين من انفجار سيارة مفخخة أخرى», «وجاءت الضربات بعد يوم من تحذير أردوغان»;
  ``PLACED_IN_ITS_TIME``) counts the offset from the day the story told last: the happening named right
  after the offset is that day less it (dategov50).
* ``uncounted_offset`` — a happening named right after an offset from an event that counts no day: vague
  («بعد أيام من المعارك العنيفة»), told roughly («بعد نحو شهرين من انطلاق عملية …», «بعد نحو أسبوع على
  الهجوم»), or in months or years («بعد عامين من الهجمات»; ``offset_not_counted``), is not of the day
  told before the offset, which is the later happening's: with no day of its own it is on or before
  publication, as the annotators leave it. Not hours or minutes («بعد ساعات من إعلان …»: ``SHORT_UNITS``),
  the same day (dategov50).
* ``what_it_came_after`` — in a sentence opened by a verb of ``PLACED_IN_ITS_TIME``, what is named after a
  word of ``LED_UP_TO`` («وجاء الإعلان عقب اجتماع عقده الأسد …», «وجاء ذلك بعد أن أعلن بوتين القرار إثر
  لقائه بالأسد») is what the story's happening came after: ``at_the_occasion`` does not give it the
  story's day; with no day of its own it is on or before publication (evdate55).
* ``speech_day_kept`` — a day told within a speech's own words («أعلنت قسد، اليوم الأحد، أنها …») is the
  speech's: a clause the sentence joins after it («…، بينما تدور اشتباكات عنيفة في عين عيسى») with no
  day of its own does not take it (the rule of the day the sentence told before, which a happening's
  day still carries), and is on or before publication (evdate55).

Pure: functions of words and dates, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from typing import Final

from ..dates import Mention
from . import triggers as T
from .model import EventKind

__all__ = ["AGE_RULE", "AGO", "AGREED_THERE", "AGREED_THERE_REACH", "ALSO", "AND_THAT", "ANOTHER_CLAUSE",
           "AT_PRESENT", "AT_THE_END_OF", "BEFORE_THAT", "BEGIN_AHEAD", "BEGIN_AHEAD_REACH",
           "BEGIN_AHEAD_WAS_REACH", "CALL_NOUNS", "CLOCK", "CLOCK_REACH", "CLOSING", "DATELINE_DASHES",
           "DATELINE_WORDS", "DAYS_IN",
           "DAYS_OF", "DEAD_COUNTED", "DECLARED_THERE", "IN_FORCE", "IN_FORCE_BEFORE", "IN_THE_WAKE_OF",
           "JUST_NOW", "JUST_NOW_FROM", "JUST_NOW_OPENERS", "JUST_NOW_REACH_AFTER", "JUST_NOW_REACH_BEFORE",
           "LASTED", "LASTED_OF", "LASTED_REACH", "LASTING", "LASTING_SINCE", "LED_UP_TO", "MEANS",
           "MIDNIGHT", "MIDNIGHT_OF_RULES", "NAMED_BY_ITS_DAY", "NEXT_TO_THE_DAY", "NOT_ACROSS",
           "NOT_A_TIME_BEFORE", "NOT_THE_DAY_S_NEWS", "OBJECT_PREFIXES", "OCCASION_NOUNS", "OCCASION_OPENERS",
           "OF_THE_YEAR",
           "OWN_CLAUSE", "OWN_PARTICIPLE_REACH", "PARTS_OF_THE_DAY", "PARTS_OF_THE_DAY_DEFINITE",
           "PART_OF_THE_DAY_OPENERS", "PREPARING", "REPORTED_ON_THE_DAY",
           "REPORTED_ON_THE_DAY_REACH", "ROUGHLY", "SAID_THEN_REACH", "SET_APART", "SINCE",
           "SUPERLATIVES", "TERMS", "TERMS_OF", "TERMS_REACH", "THAT_OCCASION", "THEN", "THEN_BEFORE",
           "THEN_KINDS", "TONIGHT", "TO_THE_NEXT", "WAS", "WEEKS", "WEEK_DAYS", "WHAT_IT_WAS", "WITHIN_IT",
           "WITH_ITS_PRONOUN", "a_week_ago", "agreed_there", "also_that_day", "another_clause",
           "another_said", "at_present", "came_after", "dateline_day", "day_of_what_is_told",
           "days_it_lasted",
           "days_up_to_it", "dead_counted", "during_the_call", "evening_to_morning", "heaviest_since",
           "in_force", "in_force_at_midnight", "in_force_before", "in_preparation", "in_the_terms",
           "in_the_wake_of", "its_own_clause", "just_now", "led_up_to", "midnight", "midnight_day",
           "named_by_its_day", "next_to_the_day", "occasion_at", "of_another_noun", "part_of_the_day",
           "past_closing", "reported_on_the_day", "right_after", "said_alone", "said_then", "set_apart",
           "since_in_the_mention", "speaker_part", "the_means", "then_pulled_out", "to_begin",
           "told_roughly", "told_since", "what_it_was", "within_the_span"]

#: Words right before a noun of an occasion that set what is said or done at it, or right after it:
#: «بعد محادثات», «عقب جلسة», «خلال اجتماع», «في مؤتمر صحافي», «في ختام اجتماع» (``ختام`` opens too),
#: «إثر لقاء», «لدى استقباله».
OCCASION_OPENERS: Final[frozenset[str]] = frozenset({
    "بعد", "عقب", "اثر", "خلال", "في", "لدي", "ختام", "وبعد", "وعقب", "وخلال", "وفي"})
#: Nouns of an occasion where things are said: talks, sessions, meetings, press conferences, summits
#: (their possessive forms as news writes them: «عقب لقائه», «خلال محادثاته»), folded.
OCCASION_NOUNS: Final[frozenset[str]] = frozenset({
    "محادثات", "المحادثات", "محادثاته", "محادثاتهما", "مباحثات", "المباحثات", "مباحثاته", "مباحثاتهما",
    "جلسه", "الجلسه", "جلسات", "اجتماع", "الاجتماع", "اجتماعه", "اجتماعهما", "اجتماعات", "لقاء", "اللقاء",
    "لقائه", "لقائهما", "لقاءات", "مؤتمر", "المؤتمر", "مؤتمرا", "قمه", "القمه", "اجتماعها", "لقائها",
    "محادثاتها",
    # a call, a speech, a statement (when16): «أبلغ نظيره خلال الاتصال», «في كلمته الافتتاحية», «وحذرت
    # الرئاسة في بيانها», «قال بوتين في كلمة متلفزة»; not «بيان» (the gold leaves «وقالت الوزارة في بيان
    # إن» on or before publication far more often than not), nor «حديث» («في حديث للتلفزيون الرسمي»: right
    # in 188, but news_of_the_day then dates two reports of the speech that no longer merge, and loose
    # precision falls under its floor)
    "الاتصال", "اتصاله", "اتصالها", "اتصالهما", "المكالمه", "مكالمته", "كلمته", "كلمتها", "الكلمه",
    "البيان", "بيانها", "بيانه", "حديثه", "حديثها", "كلمه"})


#: Demonstratives between an opener and an occasion noun, folded: «في تلك الجلسة», «خلال هذا الاجتماع»
#: (the occasion the story told; when17).
THAT_OCCASION: Final[frozenset[str]] = frozenset({"تلك", "ذلك", "هذا", "هذه"})


def occasion_at(words: Sequence[str], start: int, end: int) -> int | None:
    """The index of the first occasion noun among *words* (folded) ``start..end`` (inclusive) that an
    opener stands right before («بعد محادثات», «في الجلسة الختامية», «في ختام اجتماع»), or before a
    demonstrative right before it («وطالبت اللجنة في تلك الجلسة»: ``THAT_OCCASION``), or None."""
    for k in range(max(start, 1), min(end, len(words) - 1) + 1):
        if words[k] in OCCASION_NOUNS and (words[k - 1] in OCCASION_OPENERS or (
                k > 1 and words[k - 1] in THAT_OCCASION and words[k - 2] in OCCASION_OPENERS)):
            return k
    return None


def speaker_part(words: Sequence[str], trigger_last: int, reading_last: int,
                 complementizers: Collection[str]) -> tuple[int, int]:
    """The words of a speech between its verb (ending at *trigger_last*) and what is said: up to the
    first complementizer («إن», «أن») or the end of its reading, as ``occasion_at`` takes them."""
    end = next((k for k in range(trigger_last + 1, reading_last + 1) if words[k] in complementizers),
               reading_last)
    return trigger_last + 1, end


#: Words right before fighting that make it what the news followed, before the day's news («سيطرت على
#: البلدة إثر معارك عنيفة», «عقب اشتباكات», «بعد هجوم»), folded; right before another happening, what
#: the day told before them is not the day of (``what_came_before``: «… إثر انسحاب مقاتلي الهيئة»).
LED_UP_TO: Final[frozenset[str]] = frozenset({"اثر", "عقب", "بعد", "وبعد", "واثر", "وعقب"})


def led_up_to(word: str) -> bool:
    """Whether *word* (folded), right before fighting, makes it what the news followed."""
    return word in LED_UP_TO


#: Words right before a happening that put it a day from the day its clause told, folded, with the
#: days to add: «غداة» (on the morrow of) − 1, «عشية» (on the eve of) + 1.
NEXT_TO_THE_DAY: Final[dict[str, int]] = {"غداه": -1, "وغداه": -1, "عشيه": 1, "وعشيه": 1}


def next_to_the_day(word: str) -> int | None:
    """The days from the day told to the happening *word* (folded) stands right before, or None."""
    return NEXT_TO_THE_DAY.get(word)


#: Kinds of happening that last: an offset from one («بعد أربعة أيام من المواجهات», «بعد ستة أيام من
#: المعارك») is the span it went on, up to the day told, not a day that far back (``lasted_until``).
LASTING: Final[frozenset[EventKind]] = frozenset({EventKind.CLASH, EventKind.MEETING})


#: Words that set what goes on at the time of writing, folded: «تنتشر حالياً» (``at_present``). Not
#: «الآن», which outlets' names carry («تركيا الآن», «أخبار الآن»), nor «حتى الآن» (up to now: mostly
#: what has not happened yet).
AT_PRESENT: Final[frozenset[str]] = frozenset({"حاليا", "وحاليا"})
#: How far from its trigger, in words, a cue of ``AT_PRESENT`` is read: «تتركز المواجهات مع التنظيم حالياً».
AT_PRESENT_REACH: Final[int] = 4


def at_present(words: Sequence[str], first: int, last: int, start: int, end: int) -> int | None:
    """The index of a word of ``AT_PRESENT`` among *words* (folded) within ``AT_PRESENT_REACH`` of the
    trigger ``first..last`` and inside its reading ``start..end`` (inclusive), or None."""
    stop = min(end, last + AT_PRESENT_REACH, len(words) - 1)
    for k in range(max(start, first - AT_PRESENT_REACH), stop + 1):
        if words[k] in AT_PRESENT:
            return k
    return None


#: Words that open a short while before the time of writing, folded (``just_now``): «قبل قليل», «منذ قليل»,
#: «قبل دقائق», «منذ لحظات».
JUST_NOW_OPENERS: Final[frozenset[str]] = frozenset({"قبل", "منذ"})
#: The short while after a word of ``JUST_NOW_OPENERS``, folded: «قليل», «دقائق», «لحظات».
JUST_NOW: Final[frozenset[str]] = frozenset({"قليل", "دقائق", "لحظات"})
#: What «قبل دقائق» is measured from when it is not the time of writing: «قبل دقائق من وقوع الهجوم».
JUST_NOW_FROM: Final[frozenset[str]] = frozenset({"من"})
#: How far from its trigger, in words, a cue of ``just_now`` is read: before it («وانتشرت منذ قليل قوة
#: تركية»: «قبل دقائق تعرض البلدة لهجوم»), and after it («وقالت الوزارة، في بيان نشرته قبل قليل، إن»).
JUST_NOW_REACH_BEFORE: Final[int] = 4
JUST_NOW_REACH_AFTER: Final[int] = 8


def just_now(words: Sequence[str], first: int, last: int, start: int, end: int) -> int | None:
    """The index of the opener of «قبل قليل / منذ قليل / قبل دقائق …» (``JUST_NOW_OPENERS`` before
    ``JUST_NOW``, not followed by a word of ``JUST_NOW_FROM``) among *words* (folded), within
    ``JUST_NOW_REACH_BEFORE`` before the trigger ``first..last`` or ``JUST_NOW_REACH_AFTER`` after it and
    inside its reading ``start..end`` (inclusive), or None."""
    stop = min(end, last + JUST_NOW_REACH_AFTER, len(words) - 2)
    for k in range(max(start, first - JUST_NOW_REACH_BEFORE, 0), stop + 1):
        if words[k] in JUST_NOW_OPENERS and words[k + 1] in JUST_NOW \
                and (k + 2 >= len(words) or words[k + 2] not in JUST_NOW_FROM):
            return k
    return None


#: Words that set a happening in the wake of which something came, folded (``in_the_wake_of``): a day
#: told before them is what came after's, and a happening after them with a day of its own after it
#: takes that one («عقد الحلف اجتماعاً طارئاً اليوم الجمعة، إثر مقتل 33 جندياً في قصف جوي … مساء أمس
#: الخميس»: Friday is the meeting's day, Thursday the strike's). Not «عقب» (the gold dates some
#: happenings after it by the day told before).
IN_THE_WAKE_OF: Final[frozenset[str]] = frozenset({"اثر", "واثر"})
#: How many words before its trigger a word of ``IN_THE_WAKE_OF`` is read («إثر مقتل 33 جندياً تركياً في
#: قصف»).
IN_THE_WAKE_OF_REACH: Final[int] = 6


def in_the_wake_of(words: Sequence[str], trigger: int) -> int | None:
    """The index of the nearest word of ``IN_THE_WAKE_OF`` among *words* (folded) at most
    ``IN_THE_WAKE_OF_REACH`` words before the trigger at *trigger*, or None."""
    for k in range(trigger - 1, max(-1, trigger - 1 - IN_THE_WAKE_OF_REACH), -1):
        if words[k] in IN_THE_WAKE_OF:
            return k
    return None


#: Words that open a sentence going on with the one before it («كما استهدفت طائرة مسيرة تركية …»
#: after «قصف الجيش التركي، اليوم الثلاثاء، …»), folded (``also_that_day``): a happening the new
#: sentence tells, with no day of its own, is of the day the sentence before told last, as one joined
#: to it inside a sentence is.
ALSO: Final[frozenset[str]] = frozenset({"كما", "وكما"})


def also_that_day(words: Sequence[str]) -> bool:
    """Whether a sentence whose words (folded) are *words* opens with a word of ``ALSO``."""
    return bool(words) and words[0] in ALSO


#: Words that tell a truce coming into force, folded (``in_force_from``): «تسري» / «يسري» (it holds),
#: «سريانها» / «سريانه» (its coming into force: «بدأ سريانها أمس»), and «التنفيذ» right after «حيز»
#: («دخلت حيز التنفيذ»). A day told right after one of them is the truce's.
IN_FORCE: Final[frozenset[str]] = frozenset({
    "تسري", "وتسري", "يسري", "ويسري", "سريانها", "سريانه", "التنفيذ"})
#: How many words after its trigger a word of ``IN_FORCE`` is read («هدنة إنسانية في المناطق الخاضعة
#: للمعارضة في حلب، تسري اليوم»).
IN_FORCE_REACH: Final[int] = 10


def in_force(words: Sequence[str], trigger_last: int, end: int) -> int | None:
    """The index of the first word of ``IN_FORCE`` among *words* (folded) after the trigger ending at
    *trigger_last*, within ``IN_FORCE_REACH`` words and up to *end* (inclusive), or None («التنفيذ» only
    right after «حيز»)."""
    for k in range(trigger_last + 1, min(end, trigger_last + IN_FORCE_REACH, len(words) - 1) + 1):
        if words[k] in IN_FORCE and (words[k] != "التنفيذ" or words[k - 1] == "حيز"):
            return k
    return None


#: Words of a coming into force that stand before what comes into force, folded (``in_force_from``):
#: «بدأ صباح الأربعاء سريان اتفاق «درعا البلد» … القاضي بوقف إطلاق النار» (the agreement's truce holds
#: from Wednesday). A day told right before one is the truce's.
IN_FORCE_BEFORE: Final[frozenset[str]] = frozenset({"سريان", "وسريان"})


def in_force_before(words: Sequence[str], trigger_first: int) -> int | None:
    """The index of the nearest word of ``IN_FORCE_BEFORE`` among *words* (folded) at most
    ``IN_FORCE_REACH`` words before the trigger starting at *trigger_first*, or None."""
    for k in range(trigger_first - 1, max(-1, trigger_first - 1 - IN_FORCE_REACH), -1):
        if words[k] in IN_FORCE_BEFORE:
            return k
    return None


#: Nouns of the dead a speaker counts, folded (``count_of_the_dead``): «أحصى المرصد مقتل 10 أشخاص …
#: الثلاثاء», «أفاد المرصد بمقتل 16 شخصاً في الساعات الأولى من صباح أمس». A day told after one is the
#: dead's, not the count's.
DEAD_COUNTED: Final[frozenset[str]] = frozenset({
    "مقتل", "بمقتل", "ومقتل", "مصرع", "بمصرع", "استشهاد", "باستشهاد"})


def dead_counted(words: Sequence[str], start: int, end: int) -> int | None:
    """The index of the first word of ``DEAD_COUNTED`` among *words* (folded) ``start..end``
    (inclusive), or None."""
    for k in range(max(0, start), min(end, len(words) - 1) + 1):
        if words[k] in DEAD_COUNTED:
            return k
    return None


#: Parts of the day said alone, folded (``part_of_the_day``): «انسحبوا ليلاً», «دخلت فجراً». With a day
#: after them («مساء الجمعة») they are the date engine's, and a happening is dated by that day.
PARTS_OF_THE_DAY: Final[frozenset[str]] = frozenset({
    "فجرا", "صباحا", "ظهرا", "عصرا", "مساء", "ليلا"})
#: Parts of the day as definite nouns, read only right after a word of ``PART_OF_THE_DAY_OPENERS``:
#: «خلال الليل», «منذ الصباح», «في الساعات الأولى من الصباح», «خلال النهار».
PARTS_OF_THE_DAY_DEFINITE: Final[frozenset[str]] = frozenset({
    "الليل", "النهار", "الصباح", "الفجر", "الظهر", "العصر", "المساء"})
PART_OF_THE_DAY_OPENERS: Final[frozenset[str]] = frozenset({"خلال", "منذ", "من", "في", "طوال"})
#: Words right after a part of the day that put it on another day: «في الصباح التالي» (the morning after).
ANOTHER_DAY: Final[frozenset[str]] = frozenset({"التالي", "اللاحق", "السابق"})
#: Words right before the opener that make «الظهر» the back, not noon (dates53): «طعنة في الظهر» (a stab in
#: the back, six uses in the events tuning texts, none of them a time), «خنجر في الظهر». Folded.
NOT_A_TIME_BEFORE: Final[frozenset[str]] = frozenset({
    "طعنه", "بطعنه", "كطعنه", "طعنات", "طعن", "الطعن", "خنجر", "سكين"})
#: How far from its trigger, in words, a part of the day is read: «نفذوا هجوماً مباغتاً في الساعات الأولى
#: من الصباح».
PART_OF_THE_DAY_REACH: Final[int] = 6


def part_of_the_day(words: Sequence[str], first: int, last: int, start: int, end: int) -> int | None:
    """The index of a part of the day said with no day (``PARTS_OF_THE_DAY``, or a word of
    ``PARTS_OF_THE_DAY_DEFINITE`` right after one of ``PART_OF_THE_DAY_OPENERS``, not «طعنة في الظهر»:
    ``NOT_A_TIME_BEFORE``) among *words* (folded)
    within ``PART_OF_THE_DAY_REACH`` of the trigger ``first..last`` and inside its reading ``start..end``
    (inclusive), not followed by a word of ``ANOTHER_DAY``; or None."""
    stop = min(end, last + PART_OF_THE_DAY_REACH, len(words) - 1)
    for k in range(max(start, first - PART_OF_THE_DAY_REACH, 0), stop + 1):
        if k + 1 < len(words) and words[k + 1] in ANOTHER_DAY:
            continue
        if words[k] in PARTS_OF_THE_DAY or (
                k > 0 and words[k] in PARTS_OF_THE_DAY_DEFINITE and words[k - 1] in PART_OF_THE_DAY_OPENERS
                and not (k > 1 and words[k - 2] in NOT_A_TIME_BEFORE)):
            return k
    return None


#: Words of midnight right before the night of a weekday, folded (``midnight_of_the_day``): «منتصف ليل
#: الخميس» ends Thursday, so what happens then is of Friday.
MIDNIGHT: Final[frozenset[str]] = frozenset({"منتصف", "بمنتصف", "ومنتصف"})
#: The date engine's rules of the night of a weekday («ليل الخميس») and of a pair of them («ليل
#: الخميس-الجمعة»), and the detail it gives the night: the only nights ``midnight_of_the_day`` moves.
MIDNIGHT_OF_RULES: Final[frozenset[str]] = frozenset({"weekday", "weekday_pair"})
NIGHT: Final[str] = "part of day: night"


def midnight(before: Sequence[str], rule: str, detail: str | None) -> bool:
    """Whether a mention of the date engine's *rule* with *detail*, after the words (folded) *before*
    it, is the midnight that ends a weekday: the night of one (``MIDNIGHT_OF_RULES``, ``NIGHT``) right
    after a word of ``MIDNIGHT``."""
    return bool(before) and before[-1] in MIDNIGHT and rule in MIDNIGHT_OF_RULES and detail == NIGHT


def midnight_day(start: dt.date, end: dt.date, published: dt.date | None) -> dt.date | None:
    """The day of what happens at the midnight that ends the night told from *start* to *end*
    (``midnight_of_the_day``): the day after a one-day night, the last day of a pair; None when that
    day is after *published* (``midnight_before_publication``: «شنت مقاتلات … بعد منتصف ليل الجمعة
    بقليل» in a Friday's report is the midnight that began Friday, and the day told stands)."""
    day = end if end > start else start + dt.timedelta(days=1)
    return None if published is not None and day > published else day


#: The words that join a time to the next day's in one span, folded (``evening_to_morning``): «مساء أمس
#: وصباح اليوم», «مساء الخميس حتى فجر اليوم», «منذ مساء أمس وحتى صباح اليوم».
TO_THE_NEXT: Final[frozenset[str]] = frozenset({"و", "حتي", "وحتي", "الي", "والي", "لغايه"})


def evening_to_morning(between: str, first: tuple[dt.date, dt.date],
                       second: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The span of a happening told at a time and, joined to it by only a word of ``TO_THE_NEXT``
    (*between*, the text between the two mentions, folded), at a time of the day after
    (``evening_to_morning``: «وردت تركيا بقصف مدفعي … مساء أمس وصباح اليوم» went on from yesterday to
    today): from *first*'s day to *second*'s (each a span's start and end); None when they are not one
    day then the next."""
    words = between.replace("-", " ").split()
    if len(words) != 1 or words[0] not in TO_THE_NEXT:
        return None
    if first[0] != first[1] or second[0] != second[1] or second[0] - first[0] != dt.timedelta(days=1):
        return None
    return first[0], second[1]


#: The date engine's rule of an age told from the anchor («قبل أسبوع», «قبل 3 أيام»), the words of «ago»
#: and of weeks, folded (``a_week_ago``): the engine reads «قبل أسبوع» as the ISO week before the anchor's,
#: the annotators as the day seven days before the anchor («قبل ثلاثة أسابيع»: 21 days before).
AGE_RULE: Final[str] = "offset_from_anchor"
AGO: Final[frozenset[str]] = frozenset({"قبل", "وقبل"})
WEEKS: Final[frozenset[str]] = frozenset({"اسبوع", "اسبوعا", "اسبوعاً", "اسبوعين", "اسابيع"})
#: Words of an age told roughly («قبل نحو أسبوع», «قبل حوالي أسبوعين»), folded: the annotators leave what it
#: dates on or before publication, so ``a_week_ago`` leaves it to the date engine.
ROUGHLY: Final[frozenset[str]] = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "يقارب"})
#: Days in a week (``a_week_ago``).
WEEK_DAYS: Final[int] = 7


def a_week_ago(rule: str, mention: Sequence[str], start: dt.date, end: dt.date,
               anchor: dt.date) -> int | None:
    """How many days before *anchor* a mention of the date engine's *rule*, with the words (folded)
    *mention*, that the engine read as the ISO week *start*–*end*, dates a happening when it tells an age
    in weeks («قبل أسبوع», «قبل أسبوعين», «قبل ثلاثة أسابيع»: ``AGO`` first, a word of ``WEEKS`` last, none
    of ``ROUGHLY``): seven days for each week between that week and the anchor's (a_week_ago, when25); else
    None."""
    if rule != AGE_RULE or len(mention) < 2 or mention[0] not in AGO or mention[-1] not in WEEKS \
            or any(w in ROUGHLY for w in mention) or (end - start).days != WEEK_DAYS - 1:
        return None
    weeks = ((anchor - dt.timedelta(days=anchor.weekday())) - start).days // WEEK_DAYS
    return weeks * WEEK_DAYS if weeks > 0 else None


def told_roughly(rule: str, mention: Sequence[str], tense: str) -> bool:
    """Whether a mention of the date engine's *rule* with the words (folded) *mention* is an age told
    roughly («قبل نحو أسبوع», «منذ نحو شهرين»: ``AGE_RULE``, a word of ``ROUGHLY``), which the annotators
    leave on or before publication, of a happening told in *tense*; after «منذ» only a happening told by a
    past verb, whose clause it is not of («وقّعت اللجنة اتفاقاً يقضي برفع الحصار المفروض منذ نحو شهر»), not
    one told by a noun or a present verb, which goes on since then («وتنتشر الدوريات منذ نحو ثلاثة أشهر»:
    ``SINCE``) (told_roughly, when25)."""
    if rule != AGE_RULE or not any(w in ROUGHLY for w in mention):
        return False
    return not (bool(mention) and mention[0] in SINCE and tense != "past")


#: A moment ago, folded (``moments_ago``): «قبل قليل», «منذ قليل» — the date engine's vague past, which the
#: annotators read as the publication day («رصد قبل قليل هجوماً», «وانتشرت منذ قليل قوة تركية»).
MOMENTS_BEFORE: Final[frozenset[str]] = frozenset({"قبل", "منذ"})
A_LITTLE: Final[frozenset[str]] = frozenset({"قليل"})

#: How many words may stand between the trigger and «قبل قليل» on either side («أن لقاءه بعبدي جرى قبل قليل»).
MOMENTS_REACH: Final[int] = 2


def moments_ago(words: Sequence[str], trigger_first: int, trigger_last: int) -> int | None:
    """The index of the «قبل / منذ» of a «قبل قليل» or «منذ قليل» (``MOMENTS_BEFORE``, ``A_LITTLE``) within
    ``MOMENTS_REACH`` words before or after a trigger at words *trigger_first* to *trigger_last* of the
    words (folded) *words*, or None: what happened a moment ago is of the publication day (moments_ago,
    when26)."""
    lo = max(0, trigger_first - MOMENTS_REACH - 2)
    hi = min(len(words) - 1, trigger_last + MOMENTS_REACH + 2)
    for i in range(lo, hi):
        if words[i] in MOMENTS_BEFORE and words[i + 1] in A_LITTLE \
                and (i + 1 < trigger_first or i > trigger_last):
            return i
    return None


#: Words that tell a happening repeated, folded (``told_repeated``): «التوغلات الإسرائيلية المتكررة», «وتوغلها
#: المتكرر», «الغارات الإسرائيلية المتكررة». What is told repeated is many happenings, of no one day.
REPEATED: Final[frozenset[str]] = frozenset({"المتكرر", "المتكرره", "المتكررين"})

#: How many words after the trigger a word of ``REPEATED`` is looked for (a nisba may stand between).
REPEATED_REACH: Final[int] = 2


def told_repeated(words: Sequence[str], trigger_last: int) -> bool:
    """Whether a happening whose trigger ends at word *trigger_last* of the words (folded) *words* is told
    repeated («وتوغلها المتكرر في مناطق من القنيطرة»: a word of ``REPEATED`` within ``REPEATED_REACH``
    words after it): many happenings, which the annotators leave on or before publication; a day told
    later in the sentence («… لاتفاق فض الاشتباك لعام 1974») is another's (told_repeated, when26)."""
    return any(w in REPEATED for w in words[trigger_last + 1:trigger_last + 1 + REPEATED_REACH])


#: Words of a superlative that a «منذ» after them measures against (``heaviest_since``), folded: «أعنف
#: قصف منذ 14 يوماً» (the heaviest shelling in 14 days), «الأكثر دموية منذ», «الأولى … منذ عام 2016».
SUPERLATIVES: Final[frozenset[str]] = frozenset({
    "اعنف", "الاعنف", "لاعنف", "بالاعنف", "اشد", "الاشد", "اكبر", "الاكبر", "الاكثر", "اسوا", "الاسوا",
    "اول", "الاول", "الاولي", "اولي"})
#: Words of «since» (``heaviest_since``), folded.
SINCE: Final[frozenset[str]] = frozenset({"منذ", "ومنذ"})
#: How many words before «منذ» a word of ``SUPERLATIVES`` is read («الأولى على أحياء المدينة منذ»).
SUPERLATIVE_REACH: Final[int] = 4


def heaviest_since(before: Sequence[str], mention: Sequence[str]) -> bool:
    """Whether a date mention whose words (folded) are *mention*, after the words (folded) *before* it,
    is what a superlative measures against: «منذ» opens it or stands right before it, and a word of
    ``SUPERLATIVES`` stands at most ``SUPERLATIVE_REACH`` words before that «منذ»."""
    if mention and mention[0] in SINCE:
        lead = list(before)
    elif before and before[-1] in SINCE:
        lead = list(before[:-1])
    else:
        return False
    return any(w in SUPERLATIVES for w in lead[-SUPERLATIVE_REACH:])


#: The night a bare midnight ends, folded (``in_force_from_midnight``): «منتصف الليل», «منتصف هذه الليلة».
TONIGHT: Final[frozenset[str]] = frozenset({"الليل", "الليله"})
#: How many words after a word of ``IN_FORCE`` the midnight is read («يسري اعتباراً من منتصف الليل»).
MIDNIGHT_REACH: Final[int] = 4


def in_force_at_midnight(words: Sequence[str], force: int) -> bool:
    """Whether a word of ``MIDNIGHT`` followed by one of ``TONIGHT`` («منتصف الليل», «منتصف هذه الليلة»)
    stands among *words* (folded) at most ``MIDNIGHT_REACH`` words after the word of ``IN_FORCE`` at
    *force*."""
    for k in range(force + 1, min(force + MIDNIGHT_REACH, len(words) - 1) + 1):
        if words[k] in MIDNIGHT:
            rest = words[k + 1:k + 3]
            return bool(rest) and (rest[0] in TONIGHT or (rest[0] == "هذه" and rest[1:] == ["الليله"]))
    return False


#: Words right before a count of days that make it the days a lasting happening went on up to the day
#: told (``days_up_to_it``), folded: «بعد ستة أيام من المعارك» (the date engine's offset from an event),
#: «عقب ثلاثة أيام من المحادثات», «في ختام ثلاثة أيام من المحادثات» (its duration). Not a count with no
#: number («بعد أيام من الاشتباكات»), which the gold reads both ways.
AT_THE_END_OF: Final[frozenset[str]] = frozenset({"بعد", "وبعد", "عقب", "وعقب", "ختام", "وختام"})
#: Kinds of happening ``days_up_to_it`` dates: talks. Not fighting, though the gold reads «بعد ستة أيام
#: من المعارك» so too (217): a dated fight made a span joins another fight the story told in those days
#: (merge), and the undated fight is ``lasted_until``'s.
DAYS_OF: Final[frozenset[EventKind]] = frozenset({EventKind.MEETING})
#: The units of a count of days, in days (the date engine's ISO units: «ستة أيام» P6D, «أسبوعين» P2W).
DAYS_IN: Final[dict[str, int]] = {"D": 1, "W": 7}


def days_up_to_it(cue: str, amount: int, unit: str) -> int | None:
    """The days a lasting happening went on up to the day told, when a count of *amount* *unit*s (ISO:
    ``D``, ``W``) stands right after the word *cue* (folded) of ``AT_THE_END_OF``; or None."""
    if cue not in AT_THE_END_OF or unit not in DAYS_IN or amount < 1:
        return None
    return amount * DAYS_IN[unit]


#: Words right before a count of days after the noun of talks that tell how long they lasted, up to the
#: day told (``days_it_lasted``), folded: «جولة محادثات أستانا التي استمرت يومين», «بعد مباحثات استمرت
#: يومين», «التي استضافتها العاصمة الكازاخستانية على مدى يومين» (the date engine's duration «مدى يومين»
#: begins with its word). Told in the past only: talks that will last («تنطلق اليوم … وتستمر خمسة أيام»)
#: begin on the day told; nor hours («بعد محادثات دامت ست ساعات»), which end on it (when28).
LASTED: Final[frozenset[str]] = frozenset({
    "استمرت", "استمر", "واستمرت", "دامت", "دام", "امتدت", "امتد", "مدي", "مدار"})
#: How many words after the trigger the count may stand (``days_it_lasted``): «الجولة العشرين من محادثات
#: "أستانا" حول سوريا، التي استضافتها العاصمة الكازاخستانية على مدى يومين».
LASTED_REACH: Final[int] = 12
#: Kinds of happening ``days_it_lasted`` dates: talks, and a round of them («انتهاء جولة محادثات أستانا
#: التي استمرت يومين»).
LASTED_OF: Final[frozenset[EventKind]] = frozenset({EventKind.MEETING, EventKind.NEGOTIATION_ROUND})


def days_it_lasted(cue: str, amount: int, unit: str, words_between: int) -> int | None:
    """The days talks went on up to the day told, when a count of *amount* *unit*s (ISO: ``D``, ``W``)
    stands right after the word *cue* (folded) of ``LASTED``, *words_between* words after their trigger
    (at most ``LASTED_REACH``); or None (``days_it_lasted``, when28)."""
    if cue not in LASTED or words_between > LASTED_REACH or unit not in DAYS_IN or amount < 1:
        return None
    return amount * DAYS_IN[unit]


#: The dashes that close a dateline («موسكو 20 أكتوبر 2016 - أفادت وزارة الخارجية …», «طهران 20/07/2022 –
#: شدد الرؤساء …»; ``dateline_day``), and how many words (dashes and slashes not counted) may stand before
#: its date on the line: a place, an outlet («بوابة أوكرانيا – كييف –») (when28).
DATELINE_DASHES: Final[frozenset[str]] = frozenset({"-", "–", "—"})
DATELINE_WORDS: Final[int] = 4


def dateline_day(before: str, after: str) -> bool:
    """Whether a date with *before* on its line before it (from the line's start) and *after* right after
    it stands in a dateline: at most ``DATELINE_WORDS`` words before it, a dash of ``DATELINE_DASHES``
    right after it. The dateline's date is the dispatch's, not the day of what it tells: over 001–1175 the
    gold leaves the statement told right after one undated (276, 642) (``dateline_day``, when28)."""
    words = [w for w in before.split() if w.strip("-–—/")]
    return len(words) <= DATELINE_WORDS and after.lstrip()[:1] in DATELINE_DASHES


#: Present verbs of getting ready, folded (``in_preparation``): «تستعد القوات الأميركية … للانسحاب»,
#: «تستعد أرتال من الأمن العام … للتوجه إلى جبلة»: what they get ready for is to come.
PREPARING: Final[frozenset[str]] = frozenset({
    "تستعد", "يستعد", "وتستعد", "ويستعد", "تستعدان", "يستعدان", "يستعدون", "تتهيا", "يتهيا", "وتتهيا",
    "ويتهيا", "تتاهب", "يتاهب", "وتتاهب", "ويتاهب", "يتاهبون"})
#: Words right before a verb of ``PREPARING`` that put the getting ready in the past («كانت تستعد لقصف»).
WAS: Final[frozenset[str]] = T.WAS
#: How many words before its trigger a verb of ``PREPARING`` is read («تستعد القوات الأميركية التي تقود
#: التحالف الدولي ضد تنظيم داعش للانسحاب»).
PREPARING_REACH: Final[int] = 12


def in_preparation(words: Sequence[str], trigger: int, start: int) -> int | None:
    """The index of a verb of ``PREPARING`` among *words* (folded), not after a word of ``WAS``, at most
    ``PREPARING_REACH`` words before the trigger at *trigger* and not before *start*, when the trigger
    opens with «ل» (what the getting ready is for: «للانسحاب», «لدخول»); or None."""
    if not words[trigger].startswith("ل"):
        return None
    for k in range(trigger - 1, max(start, trigger - PREPARING_REACH) - 1, -1):
        if words[k] in PREPARING:
            return None if k > 0 and words[k - 1] in WAS else k
    return None


#: Words that put what follows them inside a span told just before (``within_the_span``), folded:
#: «تتواجد القوات الأمريكية في سوريا منذ سبع سنوات، تخللتها غارات …», «منذ خمسة أشهر، قصفت خلالها …»,
#: «شهدت خلالها»: what they tell is of the span, not of its first year.
WITHIN_IT: Final[frozenset[str]] = frozenset({
    "تخللها", "تخلله", "تخللته", "تخللتها", "وتخللها", "وتخلله", "وتخللته", "وتخللتها", "تخللتهما",
    "خلالها", "خلاله", "وخلالها", "وخلاله"})
#: How many words after the end of a «منذ» span a word of ``WITHIN_IT`` is read («منذ سبع سنوات، تخللها»)
#: and how many words before the trigger («شهدت خلالها غارات»).
WITHIN_IT_REACH: Final[int] = 4


def within_the_span(mention: Sequence[str], before: Sequence[str], between: Sequence[str]) -> bool:
    """Whether a date mention whose words (folded) are *mention*, after the words (folded) *before* it,
    is a «منذ» span (``SINCE`` opens it or stands right before it) and a word of ``WITHIN_IT`` stands
    among the words *between* it and the trigger (and the word right after a verb trigger: «قصفت
    خلالها»), at most ``WITHIN_IT_REACH`` words from either end."""
    if not ((mention and mention[0] in SINCE) or (before and before[-1] in SINCE)):
        return False
    return any(w in WITHIN_IT for w in list(between[:WITHIN_IT_REACH]) + list(between[-WITHIN_IT_REACH:]))


def right_after(words: Sequence[str], trigger_last: int, part: int) -> bool:
    """Whether the part of the day at *part* among *words* (folded) is said alone («صباحاً», a word of
    ``PARTS_OF_THE_DAY``) right after the trigger ending at *trigger_last* (``part_of_the_day``, a
    definite noun: «قبل أن تبدأ بالانسحاب صباحاً»)."""
    return part == trigger_last + 1 and words[part] in PARTS_OF_THE_DAY


#: Words of a clock time right before a part of the day, folded: «عند الساعة 10:16 ليلاً», «في تمام
#: السادسة صباحاً», «عند الثالثة فجراً» (the hour of a day the writer knows; with a digit too).
CLOCK: Final[frozenset[str]] = frozenset({
    "الساعه", "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه",
    "التاسعه", "العاشره", "الحاديه", "عشره", "عشر", "والنصف", "والربع", "الا", "ربعا"})
#: How many words before a part of the day a word of ``CLOCK`` (or a digit) makes it a clock time.
CLOCK_REACH: Final[int] = 2


def said_alone(words: Sequence[str], part: int) -> bool:
    """time_of_day_alone (evdate55): whether the part of the day at *part* among *words* (folded) is
    said alone, an adverb of ``PARTS_OF_THE_DAY`` («انسحبوا ليلاً», «شن ليلاً غارات», «سحبت آلياتها
    فجراً»), not a definite noun after an opener («خلال الليل») nor the part of a clock time (``CLOCK``
    within ``CLOCK_REACH`` words before it: «عند الثالثة فجراً», read as before: the gold splits them).
    Alone it dates only a noun right before it (``right_after``): after a verb the annotators leave the
    happening on or before publication (005, 707, 843, 945 against 386)."""
    return words[part] in PARTS_OF_THE_DAY and not any(
        w in CLOCK or any(c.isdigit() for c in w) for w in words[max(0, part - CLOCK_REACH):part])


#: Nouns of an agreement that a day right after them names (``named_by_its_day``), folded: «اتفاق 1
#: أيلول», «اتفاق 10 آذار الموقع بين …», «اتفاقية 5 آذار». Not the definite noun: «توصلت إلى الاتفاق مساء
#: الثلاثاء» is the day it was reached.
NAMED_BY_ITS_DAY: Final[frozenset[str]] = frozenset({
    "اتفاق", "لاتفاق", "باتفاق", "واتفاق", "اتفاقيه", "لاتفاقيه", "باتفاقيه", "واتفاقيه", "تفاهم", "تفاهمات",
    "هدنه"})


def named_by_its_day(before: Sequence[str]) -> bool:
    """Whether a date mention after the words (folded) *before* it names an agreement: a word of
    ``NAMED_BY_ITS_DAY`` stands right before it."""
    return bool(before) and before[-1] in NAMED_BY_ITS_DAY


#: Words right before a withdrawal that join it to what its clause told before as what came next
#: (``then_pulled_out``): «ثم انسحبت»; and the two words «قبل أن» («قبل أن تنسحب»), folded.
THEN: Final[frozenset[str]] = frozenset({"ثم", "وثم"})
THEN_BEFORE: Final[tuple[frozenset[str], frozenset[str]]] = (frozenset({"قبل", "وقبل"}), frozenset({"ان"}))
#: The kinds ``then_pulled_out`` dates: a pull-out ends the incursion or raid told before it, that day.
THEN_KINDS: Final[frozenset[EventKind]] = frozenset({EventKind.WITHDRAWAL})


def then_pulled_out(words: Sequence[str], trigger: int, kind: EventKind) -> int | None:
    """The index of the first word of «ثم» / «قبل أن» right before the trigger at *trigger* among
    *words* (folded), when *kind* is one ``THEN_KINDS`` dates; or None."""
    if kind not in THEN_KINDS or trigger < 1:
        return None
    if words[trigger - 1] in THEN:
        return trigger - 1
    first, second = THEN_BEFORE
    if trigger >= 2 and words[trigger - 2] in first and words[trigger - 1] in second:
        return trigger - 2
    return None


#: Relative pronouns that open a clause describing the noun right before them, folded
#: (``its_own_clause``): «اتفاق وقف إطلاق النار الذي أبرمه الرئيسان … في الخامس من آذار».
OWN_CLAUSE: Final[frozenset[str]] = frozenset({"الذي", "التي", "والذي", "والتي"})
#: How many words after a noun trigger its relative pronoun is read («اتفاق وقف إطلاق النار الذي»: the
#: trigger is the phrase), and how many words of the relative clause a day is read in.
OWN_CLAUSE_REACH: Final[int] = 4
OWN_CLAUSE_WORDS: Final[int] = 14


#: Words that open what the noun acts on or where («هجوماً على المواقع التي سيطرت عليها أمس»): a relative
#: clause after them describes that, not the noun, folded; so do words with a clitic preposition on
#: the article («بالمدينة», «للقوات»: ``OBJECT_PREFIXES``).
NOT_ACROSS: Final[frozenset[str]] = frozenset({
    "علي", "في", "من", "الي", "عن", "ضد", "مع", "بين", "حول", "نحو", "قرب", "داخل", "عبر", "لدي"})
OBJECT_PREFIXES: Final[tuple[str, ...]] = ("بال", "لل", "وال", "فال", "كال")


def its_own_clause(words: Sequence[str], trigger_last: int) -> tuple[int, int] | None:
    """The words ``first..last`` (inclusive) of the relative clause that describes the noun trigger
    ending at *trigger_last* among *words* (folded): opened by a word of ``OWN_CLAUSE`` at most
    ``OWN_CLAUSE_REACH`` words after it, with no word of ``NOT_ACROSS`` (nor one opening with
    ``OBJECT_PREFIXES``) between, at most ``OWN_CLAUSE_WORDS`` long; or None."""
    for k in range(trigger_last + 1, min(trigger_last + 1 + OWN_CLAUSE_REACH, len(words))):
        if words[k] in OWN_CLAUSE:
            return k, min(k + OWN_CLAUSE_WORDS, len(words) - 1)
        if words[k] in NOT_ACROSS or words[k].startswith(OBJECT_PREFIXES):
            return None
    return None


#: Nouns of a call, folded (``during_the_call``): «أبلغ نظيره خلال الاتصال», «في مكالمته»: what a speaker
#: says was said during the call the story told is of that call's day.
CALL_NOUNS: Final[frozenset[str]] = frozenset({
    "الاتصال", "اتصاله", "اتصالها", "اتصالهما", "المكالمه", "مكالمته", "مكالمتها", "مكالمتهما"})


def during_the_call(words: Sequence[str], start: int, end: int) -> int | None:
    """The index of the first noun of ``CALL_NOUNS`` among *words* (folded) ``start..end`` (inclusive)
    right after a word of ``OCCASION_OPENERS`` («خلال الاتصال»), or None."""
    for k in range(max(start, 1), min(end, len(words) - 1) + 1):
        if words[k] in CALL_NOUNS and words[k - 1] in OCCASION_OPENERS:
            return k
    return None


#: The clitic preposition of means, folded (``by_that_means``): «ردّت عليه أنقرة يومي الأربعاء والخميس
#: بقصف أهداف …»: the shelling is how the reply was made, on the day told right before it.
MEANS: Final[str] = "ب"


def the_means(word: str) -> bool:
    """Whether a noun trigger *word* (folded) is opened by ``MEANS`` (``by_that_means``)."""
    return word.startswith(MEANS) and len(word) > 3


#: Verbs of starting in the present or the future, folded (``to_begin``): what they set going is to come
#: («ستبدأ … تسيير دوريات», «تبدأ روسيا وتركيا تسيير دوريات», «سينطلق تنفيذ», «ستباشر»); each with «و» /
#: «ف» / «ل» before it as news writes it.
BEGIN_AHEAD: Final[frozenset[str]] = frozenset(
    clitic + form
    for stem in ("بدا", "نطلق", "باشر", "شرع")
    for form in ("ت" + stem, "ي" + stem, "ست" + stem, "سي" + stem, "ت" + stem + "ان", "ي" + stem + "ان",
                 "ست" + stem + "ان", "سي" + stem + "ان", "ي" + stem + "ون", "سي" + stem + "ون")
    for clitic in ("", "و", "ف", "ل"))
#: How many words before its noun trigger a verb of ``BEGIN_AHEAD`` is read («ستبدأ خلال الأيام المقبلة
#: تسيير»), and how many words before that verb a word of ``WAS`` puts it in the past («وكان يفترض أن
#: يبدأ»).
BEGIN_AHEAD_REACH: Final[int] = 4
BEGIN_AHEAD_WAS_REACH: Final[int] = 3
#: Words that, before «أن» right before a verb of ``BEGIN_AHEAD``, tell a start that came before or
#: after another happening, not one to come («قبل أن تبدأ بالانسحاب صباحاً», «بعد أن بدأت»), folded.
BEFORE_THAT: Final[frozenset[str]] = frozenset({"قبل", "وقبل", "بعد", "وبعد", "منذ", "ومنذ"})


def to_begin(words: Sequence[str], trigger: int, start: int) -> int | None:
    """The index of a verb of ``BEGIN_AHEAD`` among *words* (folded) at most ``BEGIN_AHEAD_REACH`` words
    before the noun trigger at *trigger* and not before *start*, with no word of ``WAS`` in the
    ``BEGIN_AHEAD_WAS_REACH`` words before it, nor «أن» after a word of ``BEFORE_THAT`` («قبل أن تبدأ
    بالانسحاب»); or None."""
    for k in range(trigger - 1, max(start, trigger - BEGIN_AHEAD_REACH) - 1, -1):
        if words[k] in BEGIN_AHEAD:
            if any(w in WAS for w in words[max(0, k - BEGIN_AHEAD_WAS_REACH):k]) \
                    or (k > 1 and words[k - 1] == "ان" and words[k - 2] in BEFORE_THAT):
                return None
            return k
    return None


#: Words that open a second thing a speaker says, folded (``another_said``): «… دخل حيز التنفيذ، وأن أولى
#: خطواته …».
AND_THAT: Final[frozenset[str]] = frozenset({"وان", "وانه", "وانها", "وانهم"})


def another_said(words: Sequence[str], start: int, end: int) -> int | None:
    """The index of the first word of ``AND_THAT`` among *words* (folded) ``start..end`` (end
    excluded), or None."""
    return next((k for k in range(start, min(end, len(words))) if words[k] in AND_THAT), None)


#: Past verbs of agreeing, folded (``agreed_there``): «واتفق الجانبان على …», «اتفقا على …», «اتفقت الأطراف
#: الثلاثة على …», «وتوافق الطرفان على …»: what the parties of a meeting or a call agreed there.
AGREED_THERE: Final[frozenset[str]] = frozenset(
    clitic + stem + ending for stem in ("اتفق", "توافق")
    for ending in ("", "ا", "ت", "تا", "وا") for clitic in ("", "و", "ف"))
#: How many words before its trigger a verb of ``AGREED_THERE`` is read («واتفق الجانبان على وقف شامل
#: لإطلاق النار»: the trigger is «لإطلاق النار»).
AGREED_THERE_REACH: Final[int] = 5


def agreed_there(words: Sequence[str], trigger: int, start: int) -> int | None:
    """The index of a verb of ``AGREED_THERE`` among *words* (folded), the trigger at *trigger* itself or
    at most ``AGREED_THERE_REACH`` words before it and not before *start*; or None."""
    return next((k for k in range(trigger, max(start, trigger - AGREED_THERE_REACH) - 1, -1)
                 if words[k] in AGREED_THERE), None)


#: Kinds of happening whose declaration is the happening itself, or an occasion the statement is made
#: at (``day_of_what_is_told`` does not act past them): «أعلن الرئيس الهدنة يوم الخميس», «أعلن كيري
#: توصله مع لافروف إلى اتفاق …», «أعلن المجلس، عقب اجتماع عقده اليوم الأربعاء، …»: the day is the
#: statement's too (the annotation guide: declaring a truce, a suspension, an end or an agreement is
#: that event itself).
DECLARED_THERE: Final[frozenset[EventKind]] = frozenset({
    EventKind.AGREEMENT, EventKind.CEASEFIRE, EventKind.SUSPENSION, EventKind.END, EventKind.MEETING,
    EventKind.CALL, EventKind.NEGOTIATION_ROUND})


def day_of_what_is_told(kind: EventKind) -> bool:
    """Whether a happening of *kind*, named after a statement's trigger with a day told past it, owns
    that day rather than the statement (``day_of_what_is_told``): not one of ``DECLARED_THERE``."""
    return kind.family not in DECLARED_THERE


#: Kinds ``news_of_the_day`` does not date: fighting between two sides a speech of the publication day
#: reports («أعلن الجيش، اليوم الأحد، أن قواته اشتبكت مع مجموعات مسلحة», «نقلت القناة اليوم عن المعارضة
#: قولها إن معارك عنيفة اندلعت في محيط الأحياء») went on up to the speech, not on its day: on or before
#: publication (when21). when24: forces sent or redeployed too («قالت الحكومة يوم السبت إنها تعيد نشر قوات
#: الأمن»), as the guide has it (the happening a speech reports is dated by its own words only): over
#: 001–927 the gold dates none of the deployments so read by the speech's day and leaves 2 on or before
#: publication.
NOT_THE_DAY_S_NEWS: Final[frozenset[EventKind]] = frozenset({
    EventKind.CLASH, EventKind.DEPLOYMENT})
#: Kinds ``news_of_the_day`` does not date when a verb tells them (when24): a downing or an interception
#: a speech of the publication day reports by a verb («أعلن الجيش، اليوم السبت، أن قوات حرس الحدود
#: أسقطت طائرة مسيرة», «أعلنت الوزارة اليوم أن طائرتها أسقطتها المضادات الجوية»). A noun («قبل إسقاط
#: الطائرة») is left to ``news_of_the_day``: undated, it no longer merges with the speech's other report
#: and is one more event.
NOT_THE_DAY_S_NEWS_BY_A_VERB: Final[frozenset[EventKind]] = frozenset({EventKind.INCIDENT})


#: Kinds ``news_of_the_day`` dates (evdate34): only a truce a speech of the publication day declares
#: («أعلنت القيادة العامة اليوم السبت وقفاً شاملاً وفورياً لإطلاق النار»: the declaration is the truce).
#: What else such a speech reports done — a capture, a strike, a withdrawal, a call, an agreement signed —
#: is dated by its own words only, on or before publication with none (``reported_not_dated``), as the
#: annotation guide has it. Counted over 001–1445 (events the rule dated, the actor right): the gold gave
#: the speech's day to 21 and left 27 on or before publication (7 more another day or span, 3 to come);
#: ceasefires 3 of 3 the speech's day, captures 1 of 7, strikes 8 of 16, agreements 2 of 7, withdrawals
#: 2 of 7, suspensions 1 of 4, calls 0 of 2.
THE_DAY_S_NEWS: Final[frozenset[EventKind]] = frozenset({EventKind.CEASEFIRE})


def the_day_s_news(kind: EventKind) -> bool:
    """Whether ``news_of_the_day`` dates a happening of *kind* a speech of the publication day reports
    (one of ``THE_DAY_S_NEWS``), else it is dated by its own words only (``reported_not_dated``)."""
    return kind in THE_DAY_S_NEWS


def not_the_day_s_news(kind: EventKind, tense: str) -> bool:
    """Whether ``news_of_the_day`` leaves a happening of *kind* told in *tense* («past», «noun», …)
    that a speech of the publication day reports undated (``not_the_day_s_news``)."""
    return kind in NOT_THE_DAY_S_NEWS or (kind in NOT_THE_DAY_S_NEWS_BY_A_VERB and tense != "noun")



#: Words that open an agreement's terms, folded (``in_the_terms``): the finder's ``triggers.PROVISIONS``
#: («وتشمل بنود الاتفاق، إلى جانب وقف شامل وفوري لإطلاق النار، انسحاب …», past the finder's reach, which
#: takes what is right after them for no happening at all) and the conditions («من شروطه خروج الجيش …»).
#: Not «لبنود» («تنفيذاً لبنود الاتفاق»: what was done to carry them out).
TERMS: Final[frozenset[str]] = T.PROVISIONS | frozenset({"شروط", "شروطه", "شروطها", "وشروط",
    # deconf23: what a deal ensures or comes with («اتفقا على تسيير دوريات مشتركة، تضمن انسحاب القوات
    # الكردية إلى عمق 30 كيلومتراً», «وقف النار يترافق مع انسحاب جميع تشكيلات قسد»)
    "تضمن", "يضمن", "وتضمن", "ويضمن", "يترافق", "تترافق", "ويترافق", "وتترافق"})
#: The kinds that, named among an agreement's terms, are to come (when22): forces leaving, entering,
#: patrolling. Truces among the terms mostly have a day of their own («ابتداء من …»).
TERMS_OF: Final[frozenset[EventKind]] = frozenset({
    EventKind.WITHDRAWAL, EventKind.DEPLOYMENT, EventKind.PATROL})
#: How many words before its trigger a word of ``TERMS`` is read («من شروط الاتفاق خروج النظام ومرتزقته
#: من الحسكة، على أن تتولى قوات الأسايش حماية المدينة»).
TERMS_REACH: Final[int] = 12


def in_the_terms(words: Sequence[str], trigger: int, kind: EventKind) -> int | None:
    """The index of a word of ``TERMS`` among *words* (folded) at most ``TERMS_REACH`` words before the
    trigger at *trigger*, for a kind of ``TERMS_OF`` (what the terms of an agreement say is to be done is to
    come: in_the_terms); or None."""
    if kind not in TERMS_OF:
        return None
    for k in range(trigger - 1, max(-1, trigger - TERMS_REACH - 1), -1):
        if words[k] in TERMS:
            return k
    return None


#: Closing brackets a date mention may end with past the last word of a statement's reading
#: (``past_closing``): «وكانت قسد قد نفت يوم الخميس (21 آذار 2019) أن …» — the mention holds «)», the
#: reading ends at «2019».
CLOSING: Final[str] = ")]"


def past_closing(text: str, end: int) -> int:
    """*end*, moved past the characters of ``CLOSING`` right after it in *text* (the end of a statement's
    reading, so that a date closed by a bracket is read within it: past_closing, when22)."""
    while end < len(text) and text[end] in CLOSING:
        end += 1
    return end


#: How many words after a statement's trigger a word of ``triggers.ANAPHORIC`` is read (``said_then``):
#: «وأعلن النظام حينها أنه …», «وقال المتحدث باسم الجيش حينها».
SAID_THEN_REACH: Final[int] = 4


def said_then(words: Sequence[str], trigger_last: int, reading_last: int) -> int | None:
    """The index of a word of ``triggers.ANAPHORIC`` among *words* (folded) at most ``SAID_THEN_REACH`` words
    after a statement's trigger ending at *trigger_last* and not past *reading_last*: the statement was made
    then, at the time of the happening told before it in its sentence, and the date before it is its own too
    (said_then, when22); or None."""
    return next((k for k in range(trigger_last + 1, min(reading_last, trigger_last + SAID_THEN_REACH) + 1)
                 if words[k] in T.ANAPHORIC), None)


#: Words that, right after a comma, open another clause of the sentence (``another_clause``), folded: «بعد
#: معارك عنيفة وقصف القوات الحكومية على المنطقة، ثم تمكنت الأربعاء من دخول …», «وقف إطلاق النار الذي …،
#: غير أن أعمال العنف تصاعدت … في 15 حزيران الماضي»: a day told past them is that clause's happening's, not
#: the trigger's before them. Not «إذ» (mostly what the happening was: «شنوا هجمات …، إذ قتل 34 شخصاً … في
#: تشرين الأول»), «لكن», «حيث» (seed 003's «تنتشر قوات روسية …، حيث بدأت روسيا … منذ 2015»), a participle of
#: saying («مشيراً», «مضيفاً»): tried, when23.
ANOTHER_CLAUSE: Final[frozenset[str]] = frozenset({"ثم", "وثم", "فيما", "بينما", "غير"})
_ANOTHER_CLAUSE: Final = re.compile(
    r",\s*(?:" + "|".join(sorted(ANOTHER_CLAUSE, key=len, reverse=True)) + r")(?![^\W_])")


def another_clause(between: str) -> int | None:
    """The offset in *between* (the text, stripped and folded, between a trigger and a day told after
    it) of a word of ``ANOTHER_CLAUSE`` right after a comma: the day is another clause's happening's, not
    the trigger's (another_clause, when23); or None."""
    m = _ANOTHER_CLAUSE.search(between)
    return None if m is None else m.start()


def since_in_the_mention(mention: str) -> bool:
    """since_in_the_mention: whether a date mention (its words, folded) opens with «منذ» («منذ يومين»,
    «منذ 26 يوماً», «منذ يوم أمس»: the date engine reads the offset and its «منذ» as one mention)."""
    words = mention.split()
    return bool(words) and words[0] in SINCE


def told_since(before: str, mention: str) -> bool:
    """Whether a date mention is told after «منذ» (since): the word stands in *before* (the folded
    characters right before the mention: «منذ الخميس»), or opens the mention itself (*mention*, folded:
    ``since_in_the_mention``). What goes on since then is dated from it up to publication; a one-off is
    not dated by it."""
    return "منذ" in before or since_in_the_mention(mention)


#: Participles of what lasts, holds or binds that a «منذ» span right after them dates (``of_another_noun``),
#: folded: «تمسكهما بدعم وقف إطلاق النار في سوريا القائم منذ ستة أسابيع», «ورفع الحصار المفروض عليها منذ
#: نحو شهر», «ضمن حملة متواصلة منذ عشر سنوات»: the span is how long the noun the participle describes has
#: lasted, not the day of a trigger told some words before that noun.
LASTING_SINCE: Final[frozenset[str]] = frozenset({
    "القائم", "القائمه", "قائم", "قائمه", "المفروض", "المفروضه", "مفروض", "مفروضه", "المتواصل", "المتواصله",
    "متواصل", "متواصله", "المستمر", "المستمره", "مستمر", "مستمره", "الدائر", "الدائره", "دائر", "دائره",
    "الجاري", "الجاريه", "الساري", "الساريه", "المعمول", "المتبع", "المتبعه"})
#: Prepositions with a pronoun that may stand between such a participle and its «منذ» («المفروض عليها»).
WITH_ITS_PRONOUN: Final[frozenset[str]] = frozenset({
    "عليها", "عليه", "عليهم", "عليهما", "فيها", "فيه", "بها", "به", "لها", "له"})
#: How many words may stand between the trigger and the participle for the participle to describe the
#: trigger's own noun («المعارك الدائرة منذ أيام», «الهدنة في إدلب القائمة منذ …»).
OWN_PARTICIPLE_REACH: Final[int] = 2
#: The words that open a year naming the noun before it (``of_another_noun``), folded: «انهيار اتفاقية فصل
#: القوات لعام 1974», «القرار 2254 لعام 2015»: the treaty's or the resolution's year, not the trigger's day.
OF_THE_YEAR: Final[frozenset[str]] = frozenset({"لعام", "للعام"})


def of_another_noun(between: Sequence[str], mention: Sequence[str], agreement: bool = False) -> str | None:
    """of_another_noun: the word that makes a date *mention* (its words, folded) told after a trigger, with
    the words *between* them (folded), the date of another noun told between them, not the trigger's: a
    year opened by ``OF_THE_YEAR`` more than ``OWN_PARTICIPLE_REACH`` words after it («انهيار اتفاقية فصل
    القوات لعام 1974»), a «منذ» span right after a participle of ``LASTING_SINCE`` (or it and a
    preposition with its pronoun, ``WITH_ITS_PRONOUN``) more than ``OWN_PARTICIPLE_REACH`` words after
    the trigger («في اتصال هاتفي، تمسكهما بدعم وقف إطلاق النار القائم منذ ستة أسابيع»); or None. The
    year is not read so for an *agreement* trigger: what is signed or agreed is of the year that names
    it («وقعت … اتفاقية … لعام»)."""
    if not mention:
        return None
    if mention[0] in OF_THE_YEAR and len(between) > OWN_PARTICIPLE_REACH and not agreement:
        return mention[0]
    if mention[0] not in SINCE:
        return None
    k = len(between) - 1
    while k >= 0 and between[k] in WITH_ITS_PRONOUN:
        k -= 1
    return between[k] if k > OWN_PARTICIPLE_REACH and between[k] in LASTING_SINCE else None


#: Words that, right after a comma, open a clause telling what the clause before it was
#: (``what_it_was``), folded: «شهد الشريط الحدودي صباح اليوم توغلات إسرائيلية جديدة، إذ تقدمت دورية …», «شهد
#: حي الدعتور اليوم الثلاثاء حادثاً أمنياً دامياً، إذ قتل عنصران … في كمين …»: what it tells happened on the
#: day told before it.
WHAT_IT_WAS: Final[frozenset[str]] = frozenset({"اذ"})
_WHAT_IT_WAS: Final = re.compile(
    r",\s*(?:" + "|".join(sorted(WHAT_IT_WAS, key=len, reverse=True)) + r")(?![^\W_])")


def what_it_was(folded: str, start: int, end: int) -> int | None:
    """The offset in *folded* (a stripped and folded text) of the last word of ``WHAT_IT_WAS`` right after a
    comma between *start* (the sentence's) and *end* (a trigger's): what the trigger tells is what the
    clause before that word was, of the day told there (what_it_was, when23); or None."""
    found = None
    for m in _WHAT_IT_WAS.finditer(folded, start, end):
        found = m.end() - len(m.group().lstrip(", \t\n"))
    return found


#: Marks that set a day told after a trigger apart from it (``set_apart``): a comma closes the clause
#: («…، إذ أعلنت وقف العمل بمذكرة سلامة الطيران، التي كان البلدان قد وقّعاها في تشرين الأول 2015»).
SET_APART: Final[frozenset[str]] = frozenset({"،", ",", "؛", ";"})


def set_apart(between: str) -> bool:
    """Whether *between* (the text between a trigger and a day told after it) holds a mark of ``SET_APART``:
    the day is not told in the trigger's own clause (own_day_past_idh, when31)."""
    return any(c in SET_APART for c in between)


#: Month names whose second word is «الأول» (``of_a_month_name``), folded: «تشرين الأول», «كانون الأول», «ربيع
#: الأول», «جمادى الأولى»: that «الأول» is no «أول … منذ» (the first since, ``triggers.FIRST_SINCE``).
MONTH_FIRST: Final[frozenset[str]] = frozenset({
    clitic + month for month in ("تشرين", "كانون", "ربيع", "جمادي") for clitic in ("", "و", "ب", "ل", "في")})


def of_a_month_name(words: Sequence[str]) -> bool:
    """Whether every word of ``triggers.FIRST_SINCE`` among *words* (folded; or one with a one-letter clitic:
    «لأول») is the second word of a month's name («منذ الخامس من تشرين الأول»: of_a_month_name, when23), at
    least one being so: the clause tells no «first since»."""
    named = False
    for k, w in enumerate(words):
        if w in T.FIRST_SINCE or w[1:] in T.FIRST_SINCE:
            if k > 0 and words[k - 1] in MONTH_FIRST and w in T.FIRST_SINCE:
                named = True
            else:
                return False
    return named


#: The words of «في وقت سابق» (earlier), folded: right after a statement's verb with no day of their own
#: («وكانت أنقرة قد أعلنت في وقت سابق أن …»), the statement was made before the story's day, on none the
#: text tells (``said_earlier``, stmtdate47); «في وقت سابق اليوم», «في وقت سابق من يوم الاثنين» tell one.
SAID_EARLIER: Final[tuple[str, ...]] = ("في", "وقت", "سابق")
#: What may stand between «في وقت سابق» and the day it is earlier in («في وقت سابق من اليوم»), folded.
EARLIER_IN: Final[frozenset[str]] = frozenset({"من"})


def said_earlier(words: Sequence[str], trigger_last: int, reading_last: int) -> tuple[int, int] | None:
    """The indices of the first and last words of ``SAID_EARLIER`` among *words* (folded), the first at
    most ``SAID_THEN_REACH`` words after a statement's trigger ending at *trigger_last* and the last not
    past *reading_last*, unless ``EARLIER_IN`` follows them (said_earlier, stmtdate47); or None."""
    n = len(SAID_EARLIER)
    for k in range(trigger_last + 1, min(reading_last - n + 1, trigger_last + SAID_THEN_REACH) + 1):
        if tuple(words[k:k + n]) == SAID_EARLIER:
            last = k + n - 1
            return None if last + 1 < len(words) and words[last + 1] in EARLIER_IN else (k, last)
    return None


def earlier_that_day(text: str, start: int, end: int, after: Sequence[Mention]) -> bool:
    """Whether «في وقت سابق», at *start*..*end* of *text*, is earlier in a day told with it: the first
    dated mention of *after* (those from *start* on) holds it («في وقت سابق اليوم» is one mention) or
    stands right after it («في وقت سابق ليل الجمعة») (said_earlier)."""
    first = next((m for m in after if m.value is not None), None)
    return first is not None and not text[end:max(end, first.start)].strip()


#: The verbs that, opening a sentence, place a happening the story told in its time («ويأتي الإعلان بعد
#: ثلاثة أيام من اجتماع خماسي», «وجاءت الضربات بعد يوم من تحذير …», «وتأتي الغارة بعد ثلاثة أيام من
#: تصريح …»), folded: an offset from an event in that sentence counts from the day the story told last,
#: the day of the happening told again (came_after_counted, dategov50). The verbs ``told_again`` reads.
PLACED_IN_ITS_TIME: Final[frozenset[str]] = T.TOLD_AGAIN


def placed_in_its_time(first_word: str) -> bool:
    """came_after_counted: whether a sentence's first word (folded) is a verb of ``PLACED_IN_ITS_TIME``:
    what the sentence tells is counted from the day the story told last."""
    return first_word in PLACED_IN_ITS_TIME


def came_after(words: Sequence[str], trigger_first: int) -> int | None:
    """what_it_came_after (evdate55): in a clause opened by a verb of ``PLACED_IN_ITS_TIME`` («وجاء
    الإعلان عقب اجتماع عقده الأسد …», «وجاء ذلك بعد أن أعلن بوتين …»), the index of the word of
    ``LED_UP_TO`` before the trigger that names what the story's happening came after, or None: that
    happening is told as an anchor, not at the occasion of the story's day."""
    if not words or not placed_in_its_time(words[0]):
        return None
    return next((k for k in range(1, trigger_first) if words[k] in LED_UP_TO), None)


#: The units of a short offset from an event, folded: «بعد ساعات من إعلان …», «قبل دقائق من …» keep the
#: happening after them on the day told before, as the annotators read them (uncounted_offset, dategov50).
SHORT_UNITS: Final[frozenset[str]] = frozenset({
    "ساعات", "ساعه", "ساعتين", "ساعتان", "دقائق", "دقيقه", "دقيقتين", "لحظات"})
#: The date engine's rules of an offset from an event: counted («بعد ثلاثة أيام»), vague («بعد أيام»).
OFFSET_RULES: Final[frozenset[str]] = frozenset({"offset_from_event", "vague_some_units_ago"})
#: The units of an offset that count days from the day told («بعد يومين من …»: ``_counted_from``).
COUNTED_UNITS: Final[frozenset[str]] = frozenset({"D", "W"})


def offset_not_counted(mention: Sequence[str], rule: str, unit: str | None) -> bool:
    """uncounted_offset: whether an offset from an event (its words, folded; the date engine's rule; the
    unit of its offset, None when vague) counts no day for the happening right after it: vague («بعد
    أيام»), told roughly («بعد نحو شهرين», ``ROUGHLY``) or in months or years («بعد عامين»); never one of
    hours or minutes (``SHORT_UNITS``)."""
    if rule not in OFFSET_RULES or any(w in SHORT_UNITS for w in mention):
        return False
    return unit is None or unit not in COUNTED_UNITS or any(w in ROUGHLY for w in mention)


#: Verbs that report or judge what a source tells, opening their clause, folded: a day set off by commas
#: after the source («أفاد المرصد السوري لحقوق الإنسان، الثلاثاء، بمقتل 4 جنود أتراك بقصف مدفعي», «أدان
#: عبد الملك الحوثي، قائد حركة أنصار الله، الخميس، توغل القوات الإسرائيلية», «عدّ الرئيس الروسي، الثلاثاء،
#: إسقاط تركيا للمقاتلة الروسية») is the report's; the happening it names is dated by its own words only
#: (reported_on_the_day, dategov52). Not «أعلن» (``told_of_done`` reads it), nor a monitor's record
#: («وسجل المرصد، الإثنين، استهداف مسلحين …»: the gold gives what is recorded that day), nor «أقر» (the
#: gold reads it once each way in the tuning ranges). Not «وعد» («and counted» is «and promised»).
REPORTED_ON_THE_DAY: Final[frozenset[str]] = frozenset({
    "افاد", "افادت", "وافاد", "وافادت", "ذكر", "ذكرت", "وذكر", "وذكرت",
    "ادان", "ادانت", "وادان", "وادانت", "دان", "دانت", "ودان", "ودانت",
    "عد", "عدت", "اعتبر", "اعتبرت", "واعتبر", "واعتبرت"})
#: How many words may stand between the day and the trigger of what is reported («، الثلاثاء، بمقتل 4 جنود
#: أتراك بقصف»).
REPORTED_ON_THE_DAY_REACH: Final[int] = 8


def reported_on_the_day(first_word: str, before: str, after: str) -> bool:
    """reported_on_the_day: whether a day is set off by commas (*before*: the clause's text up to it;
    *after*: its text from the day to the trigger) after the source of a verb of ``REPORTED_ON_THE_DAY``
    that opens the clause (*first_word*, folded), the trigger a few words after it
    (``REPORTED_ON_THE_DAY_REACH``): the day is the report's, not that of the happening it names."""
    after = after.lstrip()
    return first_word in REPORTED_ON_THE_DAY and before.rstrip()[-1:] in SET_APART \
        and after[:1] in SET_APART and len(after[1:].split()) <= REPORTED_ON_THE_DAY_REACH
