"""Language data for the Arabic date engine — tables only, no logic.

Every entry is written as Arabic news writes it. The engine folds spelling variation itself
(alef forms أ إ آ ٱ → ا, ى → ي, ة → ه, tatweel, diacritics, clitics و ف ب ل ك), so a table needs one
line per *word*, not per spelling: adding a dialect variant or a misspelling is a one-line change here.

Each WORDS entry maps a word to ``(category, value)``. The categories are the vocabulary of the
grammar in ``rules.py``; the values are what the resolvers read (a month number, a weekday with
Monday = 0, a unit, a count ...).
"""

from __future__ import annotations

from typing import Final

# --- months ------------------------------------------------------------------------------------
# Unambiguous Gregorian month names: they are dates wherever a date is possible.
GREGORIAN_MONTHS: Final[dict[str, int]] = {
    # Levantine / Iraqi (single-word ones; كانون and تشرين are in MULTIWORD)
    "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "أيلول": 9,
    # Egyptian / Gulf
    "يناير": 1, "فبراير": 2, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "سيبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "أكتوير": 10, "نوفمبر": 11, "نوفمير": 11, "ديسمبر": 12, "ديسيمبر": 12,
    "فبرير": 2, "إبرايل": 4,
    # Maghrebi: Algeria / Tunisia
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "جويليه": 7, "أوت": 8,
    # Maghrebi: Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# The Levantine / Iraqi names, as a family: two names side by side with nothing between them are one month's
# two names only when one is of this family and the other not («حزيران يوليو 2011», a typist's slip for
# «حزيران/يوليو»: read by the first, with a warning; dates29, dates_real 798). Two of one family side by
# side are two months, never one (Ctx.month).
LEVANTINE_MONTH_NAMES: Final[tuple[str, ...]] = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "آيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول", "ك1", "ك2", "ت1", "ت2",
)
# Month names that are also ordinary words (آب / أب "father", مارس "he practised", ماي):
# they are read as months only where the context makes a date certain.
AMBIGUOUS_MONTHS: Final[dict[str, int]] = {"آب": 8, "مارس": 3, "ماي": 5}
# English month names, as an embedded post prints its date in an Arabic article («… pic.twitter.com/…
# August 25, 2025»): read like the ambiguous names, only where a day or a year makes a date certain
# («May» alone is an English word).
ENGLISH_MONTHS: Final[dict[str, int]] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    # abbreviated, as a site's byline prints them («Aug 09 2018», «Aug ٢٨, ٢٠١٧ ٠٩:٠٠ UTC»; dates25)
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}

# Levantine months abbreviated to a letter and a digit, as Syrian and Lebanese papers write them in
# tables and datelines: ك1 / ك2 are كانون الأول / الثاني, ت1 / ت2 are تشرين الأول / الثاني («5 ك2 2022»).
# Read like the ambiguous names, only where a day or a year makes a date certain; the lexer reads them
# where a clitic letter and a digit would otherwise be «like 2».
ABBREVIATED_MONTHS: Final[dict[str, int]] = {"ك1": 12, "ك2": 1, "ت1": 10, "ت2": 11}
# The same months with the pair's first word whole and the ordinal's digit glued to it or one space after
# it, in any digit script, as Levantine news writes them («6 تشرين2 2019», «3 كانون1 2019», «تشرين 2»,
# «تشرين٢»; dates34): the word that names a pair, and the digit that picks its month. Unlike ك2 a month
# alone: no common word is so written (0 uses in the dev texts of both yardsticks, in any form).
ORDINAL_DIGIT_MONTHS: Final[dict[str, dict[str, int]]] = {
    "كانون": {"1": 12, "2": 1}, "تشرين": {"1": 10, "2": 11},
}
# How many spaces may stand between such a word and its digit: «كانون  2», a doubled space of a page
# (dates35; the blind parts' form, 0 uses in the dev texts). The article is read as in «الكانون الثاني».
PAIR_DIGIT_MAX_SPACES: Final = 2

# The Levantine months told apart by an ordinal (كانون الأول / الثاني, تشرين الأول / الثاني, ك1 …): the
# words of their names. Typists swap the ordinal far more often than a one-word name: a pair whose two
# names disagree by one such swap («8 تشرين الثاني/أكتوبر») is read by its other name (dates26).
ORDINAL_MONTH_WORDS: Final = (
    "كانون", "تشرين", *ABBREVIATED_MONTHS,
    *(word + digit for word, digits in ORDINAL_DIGIT_MONTHS.items() for digit in digits))

# A month's two names glued with no space between them, as a page stripped of its markup prints
# «يوليو/تموز» («يوليوتموز 2012»; dates33: one blind byline, 0 uses in the dev texts of both yardsticks):
# every one-word name of one family glued to a one-word name of the same month of the other, in both
# orders, is that month. Two names of two months glued are no word.
_LEVANTINE_ONE_WORD: Final = {w: v for w, v in GREGORIAN_MONTHS.items() if w in LEVANTINE_MONTH_NAMES}
_OTHER_ONE_WORD: Final = {w: v for w, v in GREGORIAN_MONTHS.items() if w not in LEVANTINE_MONTH_NAMES}
GLUED_TWIN_MONTHS: Final[dict[str, int]] = {
    first + second: v
    for lev, v in (*_LEVANTINE_ONE_WORD.items(), ("آب", 8))
    for other, w in _OTHER_ONE_WORD.items() if w == v
    for first, second in ((lev, other), (other, lev))
}
ORDINAL_MONTH_TWINS: Final[dict[int, int]] = {1: 12, 12: 1, 10: 11, 11: 10}

HIJRI_MONTHS: Final[dict[str, int]] = {
    "محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
}
# Every month name is also read with the article (الآذار 2021, المحرم, الكانون الثاني), except where
# the ال-form is a common word: الأب / الآب "the father", الصفر "zero", الربيع "spring"; ذو / ذي
# never take it.
MONTHS_WITHOUT_ARTICLE: Final = frozenset({"آب", "صفر", "ربيع", "ذو", "ذي"})

# Multi-word names. Key: the words in order; value: (category, value).
# The name of Kuwait's ruling family, «الصباح», is the word for «the morning»: after a name of the family's
# men (a father's or grandfather's name with its article, as the family writes its names: «الشيخ صباح الأحمد
# الصباح الاربعاء», «نواف الأحمد الجابر الصباح اليوم الأربعاء») it is the name, never the morning of the day
# told after it (dates54; dates53 counted four such weekdays in the dates dev texts, 191, 265, 338, 384, each
# read from the name on). `MULTIWORD` reads each pair as a name. Not «آل الصباح»: «آل» folds to «ال», the
# article written apart («الـ 15»), which no multi-word name may begin with.
SABAH_FAMILY_BEFORE: Final[tuple[str, ...]] = (
    "الأحمد", "الجابر", "الخالد", "المبارك", "الحمد", "السالم", "المحمد", "العبدالله", "الناصر", "الفهد",
    "الحمود", "النواف", "العلي", "الصباح",
)

MULTIWORD: Final[dict[tuple[str, ...], tuple[str, object]]] = {
    ("كانون", "الثاني"): ("month", 1), ("كانون", "ثاني"): ("month", 1),
    ("كانون", "الأول"): ("month", 12), ("كانون", "أول"): ("month", 12),
    ("تشرين", "الأول"): ("month", 10), ("تشرين", "أول"): ("month", 10),
    ("تشرين", "الثاني"): ("month", 11), ("تشرين", "ثاني"): ("month", 11),
    # the ordinal cut short, its ي dropped as in «ثان»: «جولة أستانة في كانون ثان/ يناير» (dates50)
    ("كانون", "ثان"): ("month", 1), ("تشرين", "ثان"): ("month", 11),
    ("ربيع", "الأول"): ("hmonth", 3), ("ربيع", "أول"): ("hmonth", 3),
    ("ربيع", "الثاني"): ("hmonth", 4), ("ربيع", "الآخر"): ("hmonth", 4), ("ربيع", "ثاني"): ("hmonth", 4),
    ("جمادى", "الأولى"): ("hmonth", 5), ("جمادى", "الأول"): ("hmonth", 5),
    ("جمادى", "الآخرة"): ("hmonth", 6), ("جمادى", "الثانية"): ("hmonth", 6),
    ("جمادى", "الآخر"): ("hmonth", 6), ("جمادى", "الثاني"): ("hmonth", 6),
    # without the article, as datelines write them: «20 جمادى أول 1446»
    ("جمادى", "أولى"): ("hmonth", 5), ("جمادى", "أول"): ("hmonth", 5),
    ("جمادى", "آخرة"): ("hmonth", 6), ("جمادى", "ثانية"): ("hmonth", 6),
    ("جمادى", "آخر"): ("hmonth", 6), ("جمادى", "ثاني"): ("hmonth", 6),
    ("ذو", "القعدة"): ("hmonth", 11), ("ذي", "القعدة"): ("hmonth", 11),
    ("ذو", "الحجة"): ("hmonth", 12), ("ذي", "الحجة"): ("hmonth", 12),
    # Ramadan with its epithet, one name: «شهر رمضان المبارك 1446هـ» is the month of that Hijri year, not
    # the month and the Hijri year apart (dates18; dates_real 302, 313)
    ("رمضان", "المبارك"): ("hmonth", 9), ("رمضان", "الكريم"): ("hmonth", 9),
    ("رمضان", "الفضيل"): ("hmonth", 9), ("رمضان", "المعظم"): ("hmonth", 9),
    # holidays (value: holiday id, see HOLIDAYS)
    ("عيد", "الفطر"): ("holiday", "eid-al-fitr"),
    ("عيد", "الأضحى"): ("holiday", "eid-al-adha"),
    # the day of sacrifice, the first day of Eid al-Adha, as the pilgrimage's reports name it (dates25)
    ("يوم", "النحر"): ("holiday", "eid-al-adha"),
    ("رأس", "السنة", "الهجرية"): ("holiday", "hijri-new-year"),
    ("المولد", "النبوي"): ("holiday", "mawlid"),
    # the day of Ashura (10 Muharram) and the day of Arafat (9 Dhu al-Hijja), named with «يوم» (dates38;
    # «بعرفة» alone is the mount, «عاشوراء» alone often the season of its rites)
    ("يوم", "عاشوراء"): ("holiday", "ashura"), ("يوم", "عرفة"): ("holiday", "arafat"),
    ("عيد", "الميلاد", "المجيد"): ("holiday", "christmas"),
    ("عيد", "الميلاد"): ("holiday", "christmas"),
    ("عيد", "الفصح"): ("holiday", "easter"),
    ("رأس", "السنة", "الميلادية"): ("holiday", "new-year"),
    ("رأس", "السنة"): ("holiday", "new-year"),
    # «إلى غاية» (until, as Maghrebi and Algerian papers write it): one «إلى»; «منذ … في عام 2011 إلى غاية شهر
    # أغسطس الماضي» is one span
    ("إلى", "غاية"): ("to", "to"),
    # «الموافق لـ 30-3-2025»: the preposition written apart (its tatweel stripped) still announces the date
    ("الموافق", "ل"): ("date_of", "date-of"), ("الموافقة", "ل"): ("date_of", "date-of"),
    # references to a time that no calendar fixes
    ("في", "وقت", "سابق"): ("vague", "past"),
    ("في", "وقت", "لاحق"): ("vague", "future"),
    ("في", "وقت", "مبكر"): ("vague", "past"),
    ("في", "الوقت", "القريب"): ("vague", "future"),
    ("في", "الوقت", "الحالي"): ("vague", "present"),
    ("في", "الوقت", "الراهن"): ("vague", "present"),
    ("في", "أقرب", "وقت", "ممكن"): ("vague", "future"),
    ("في", "أقرب", "وقت", "الممكن"): ("vague", "future"),
    ("في", "أقرب", "وقت"): ("vague", "future"),
    ("في", "المستقبل", "القريب"): ("vague", "future"),
    ("في", "السابق"): ("vague", "past"),
    ("في", "الآونة", "الأخيرة"): ("vague", "past"),
    ("في", "الفترة", "الأخيرة"): ("vague", "past"),
    # the same without في (خلال الفترة الأخيرة, منذ الآونة الأخيرة): the preposition is not needed
    ("الآونة", "الأخيرة"): ("vague", "past"),
    ("الفترة", "الأخيرة"): ("vague", "past"), ("الفترة", "الماضية"): ("vague", "past"),
    ("الفترة", "السابقة"): ("vague", "past"), ("الفترة", "الفائتة"): ("vague", "past"),
    ("الفترة", "المقبلة"): ("vague", "future"), ("الفترة", "القادمة"): ("vague", "future"),
    ("خلال", "الفترة", "المقبلة"): ("vague", "future"),
    ("في", "الفترة", "المقبلة"): ("vague", "future"),
    ("من", "الآن"): ("from_now", None), ("من", "اليوم"): ("from_now", None),
    # "less than" before a count: «بعد أقل من 12 ساعة» is within 12 hours after, a bound, not a
    # duration of 12 hours (rules `offset_within`, and offset_from_event's detail; dates19)
    ("أقل", "من"): ("under", "less"),
    # "the past day" is yesterday
    ("اليوم", "الماضي"): ("yesterday", -1), ("اليوم", "المنصرم"): ("yesterday", -1),
    ("اليوم", "الفائت"): ("yesterday", -1),
    # "last night" is the night before the publication day (like ليلة أمس)
    ("الليلة", "الماضية"): ("yesterday", -1), ("الليلة", "الفائتة"): ("yesterday", -1),
    ("الليلة", "المنصرمة"): ("yesterday", -1),
    # "a little while ago"
    ("قبل", "قليل"): ("vague", "past"), ("منذ", "قليل"): ("vague", "past"),
    ("بعد", "قليل"): ("vague", "future"),
    # a weekday in construct with the week, where the bare word is a number (أحد "one", اثنين "two")
    ("أحد", "الأسبوع"): ("weekday_week", 6), ("اثنين", "الأسبوع"): ("weekday_week", 0),
    ("ثلاثاء", "الأسبوع"): ("weekday_week", 1), ("أربعاء", "الأسبوع"): ("weekday_week", 2),
    ("خميس", "الأسبوع"): ("weekday_week", 3), ("جمعة", "الأسبوع"): ("weekday_week", 4),
    ("سبت", "الأسبوع"): ("weekday_week", 5),
    # a day, month or year the text told before (its antecedent): "the same day", "the next day";
    # value: the unit and the shift from the antecedent
    ("اليوم", "التالي"): ("discourse", ("day", 1)), ("اليوم", "السابق"): ("discourse", ("day", -1)),
    ("اليوم", "نفسه"): ("discourse", ("day", 0)), ("اليوم", "ذاته"): ("discourse", ("day", 0)),
    ("ذلك", "اليوم"): ("discourse", ("day", 0)), ("نفس", "اليوم"): ("discourse", ("day", 0)),
    ("ذات", "اليوم"): ("discourse", ("day", 0)),
    ("الليلة", "نفسها"): ("discourse", ("day", 0)), ("الليلة", "ذاتها"): ("discourse", ("day", 0)),
    # the night after the day told before: that next day, its night a part of it (dates33: the one use in the
    # dev texts of both yardsticks, dates_real 1012). Not «الليلة السابقة», the eve of the day told (877)
    ("الليلة", "التالية"): ("discourse", ("day", 1)),
    ("الشهر", "نفسه"): ("discourse", ("month", 0)), ("الشهر", "ذاته"): ("discourse", ("month", 0)),
    ("ذلك", "الشهر"): ("discourse", ("month", 0)), ("نفس", "الشهر"): ("discourse", ("month", 0)),
    ("ذات", "الشهر"): ("discourse", ("month", 0)),
    ("العام", "نفسه"): ("discourse", ("year", 0)), ("العام", "ذاته"): ("discourse", ("year", 0)),
    ("السنة", "نفسها"): ("discourse", ("year", 0)), ("السنة", "ذاتها"): ("discourse", ("year", 0)),
    ("ذلك", "العام"): ("discourse", ("year", 0)), ("تلك", "السنة"): ("discourse", ("year", 0)),
    ("نفس", "العام"): ("discourse", ("year", 0)), ("نفس", "السنة"): ("discourse", ("year", 0)),
    ("ذات", "العام"): ("discourse", ("year", 0)), ("ذات", "السنة"): ("discourse", ("year", 0)),
    # the quarter the text told before (dates30): «ما بين الفصل الثاني من سنة 2021 ونفس الفصل سنة 2022»
    ("نفس", "الفصل"): ("discourse", ("quarter", 0)), ("نفس", "الربع"): ("discourse", ("quarter", 0)),
    ("الربع", "نفسه"): ("discourse", ("quarter", 0)), ("الربع", "ذاته"): ("discourse", ("quarter", 0)),
    ("تلك", "الفترة"): ("vague", "narrative"),
    # an anniversary: «في مثل هذا اليوم» is the anchor's day of the month in another year (that year
    # when it follows: «في مثل هذا اليوم من عام 2013»), never the anchor's day itself
    ("مثل", "هذا", "اليوم"): ("vague", "anniversary"),
    # the same of a night and of «نفس هذا اليوم» (on this same day, in another year; dates24)
    ("مثل", "هذه", "الليلة"): ("vague", "anniversary"),
    ("مثل", "هذا", "الصباح"): ("vague", "anniversary"), ("مثل", "هذا", "المساء"): ("vague", "anniversary"),
    ("نفس", "هذا", "اليوم"): ("vague", "anniversary"),
    ("ذلك", "الوقت"): ("vague", "narrative"),
    # look like dates but are names: never dates (movements and revolutions named after a day)
    ("قوى", "14", "آذار"): ("filler", None), ("تحالف", "14", "آذار"): ("filler", None),
    ("تيار", "14", "آذار"): ("filler", None), ("فريق", "14", "آذار"): ("filler", None),
    ("قوى", "8", "آذار"): ("filler", None), ("تحالف", "8", "آذار"): ("filler", None),
    ("فريق", "8", "آذار"): ("filler", None), ("ثورة", "8", "آذار"): ("filler", None),
    ("حركة", "6", "أبريل"): ("filler", None), ("حركة", "6", "إبريل"): ("filler", None),
    ("ثورة", "25", "يناير"): ("filler", None), ("ثورة", "17", "فبراير"): ("filler", None),
    ("حركة", "20", "فبراير"): ("filler", None), ("ثورة", "30", "يونيو"): ("filler", None),
    ("الربيع", "العربي"): ("filler", None),
    ("رجب", "طيب"): ("filler", None),
    # a man's name, «servant of the One» (عبد الأحد إسطيفو, dates_real 182), not «the servant, Sunday»
    ("عبد", "الأحد"): ("filler", None),
    # the ruling family's name after a man's name of it, not «the morning» (dates54)
    **{(name, "الصباح"): ("filler", None) for name in SABAH_FAMILY_BEFORE},
    ("اليوم", "العالمي"): ("filler", None),
    ("اليوم", "الوطني"): ("filler", None),
    ("عيد", "ميلاده"): ("filler", None),
    ("مفاعل", "تموز"): ("filler", None),
    ("أيلول", "الأسود"): ("filler", None),
    ("نكسة", "حزيران"): ("filler", None),
    # numbers written as two words
    ("أحد", "عشر"): ("card", 11), ("إحدى", "عشرة"): ("card", 11),
    ("اثنا", "عشر"): ("card", 12), ("اثني", "عشر"): ("card", 12), ("اثنتا", "عشرة"): ("card", 12),
    ("اثنتي", "عشرة"): ("card", 12),
}

# --- weekdays (Monday = 0) -----------------------------------------------------------------------
WEEKDAYS: Final[dict[str, int]] = {
    "الاثنين": 0, "الإثنين": 0,
    "الثلاثاء": 1, "الثلثاء": 1, "الثلاثا": 1,
    "الأربعاء": 2, "الأربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}
# Plurals of weekdays: أيام الآحاد "on Sundays", a recurring day, never a date.
WEEKDAY_PLURALS: Final[dict[str, int]] = {
    "الآحاد": 6, "الأحاد": 6, "الأثانين": 0, "الثلاثاءات": 1, "الأربعاءات": 2, "الخميسات": 3,
    "الجمعات": 4, "السبوت": 5,
}
# Indefinite forms, used after كل / يوم and in "ثالث ثلاثاء" (أحد and اثنين are left out: they are
# the everyday words "one" and "two").
WEEKDAYS_INDEFINITE: Final[dict[str, int]] = {
    "ثلاثاء": 1, "ثلثاء": 1, "ثلاثا": 1, "أربعاء": 2, "أربعا": 2, "خميس": 3, "جمعة": 4, "سبت": 5,
}

# --- numbers -----------------------------------------------------------------------------------
CARDINALS: Final[dict[str, int]] = {
    "واحد": 1, "واحدة": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40, "أربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
    "مئة": 100, "مائة": 100, "ألف": 1000,
    # the thousands and hundreds a year in words is built of («عام ألفين وعشرين», «الفين واربعة عشر»,
    # «ألف وتسعمائة واثنين وثمانين»): joined into a year by the lexer (dates26)
    "ألفين": 2000, "ألفان": 2000, "تسعمائة": 900, "تسعمئة": 900, "تسعمية": 900,
    "إحدى": 1, "احدى": 1, "اثنتي": 2, "اثني": 2,
}
# Ordinals (definite: "the third"); masculine and feminine.
ORDINALS: Final[dict[str, int]] = {
    "الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3,
    "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
    "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9,
    "العاشر": 10, "العاشرة": 10, "الحادي": 1, "الحادية": 1,
    "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
}
# Indefinite ordinals: "ثالث ثلاثاء", "ثاني يوم".
ORDINALS_INDEFINITE: Final[dict[str, int]] = {
    "ثاني": 2, "ثان": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
    "تاسع": 9, "عاشر": 10,
}
# The second word of 11–19 (أحد عشر, الحادي عشر, خمسة عشر): the lexer joins it to the unit before it.
TEEN_WORDS: Final[frozenset[str]] = frozenset({"عشر", "عشرة"})

# --- units ---------------------------------------------------------------------------------------
# Unit nouns: singular, plural, dual (the dual carries its count of 2), definite plural.
UNIT_SINGULAR: Final[dict[str, str]] = {
    "يوم": "day", "أسبوع": "week", "شهر": "month", "سنة": "year", "عام": "year",
    "ساعة": "hour", "دقيقة": "minute",
    # accusative after 11–99 ("منذ 11 عاماً"), and the dual construct ("بين عامي 2014 و2016")
    "يوما": "day", "أسبوعا": "week", "شهرا": "month", "عاما": "year", "ساعه": "hour",
    "عامي": "year", "شهري": "month", "سنتي": "year", "يومي": "day",
}
UNIT_PLURAL: Final[dict[str, str]] = {
    "أيام": "day", "أسابيع": "week", "أشهر": "month", "شهور": "month", "سنوات": "year",
    "سنين": "year", "أعوام": "year", "ساعات": "hour", "دقائق": "minute", "ليال": "day",
    "ليالي": "day",
}
UNIT_DUAL: Final[dict[str, str]] = {
    "يومين": "day", "يومان": "day", "أسبوعين": "week", "أسبوعان": "week",
    "شهرين": "month", "شهران": "month", "سنتين": "year", "سنتان": "year",
    "عامين": "year", "عامان": "year", "ساعتين": "hour", "ساعتان": "hour",
    "دقيقتين": "minute", "دقيقتان": "minute", "ليلتين": "day",
}
UNIT_PLURAL_DEFINITE: Final[dict[str, str]] = {
    "الأيام": "day", "الأسابيع": "week", "الأشهر": "month", "الشهور": "month",
    "السنوات": "year", "الأعوام": "year", "السنين": "year", "الساعات": "hour",
}
UNIT_DUAL_DEFINITE: Final[dict[str, str]] = {
    "اليومين": "day", "الأسبوعين": "week", "الشهرين": "month", "العامين": "year", "السنتين": "year",
}
# Definite singulars that name the current unit ("الشهر الماضي", "هذا العام").
UNIT_DEFINITE: Final[dict[str, str]] = {
    "الأسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year",
}

# Decades: عقد (one decade), عقدين / عقدان (two), عقود (a plural counted by the number before it),
# العقد (the decade: العقد الماضي), the decades of a century by name and القرن (the century).
DECADE_SINGULAR: Final[tuple[str, ...]] = ("عقد",)
DECADE_COUNTED: Final[dict[str, int | None]] = {"عقدين": 2, "عقدان": 2, "عقود": None}
DECADE_DEFINITE: Final[tuple[str, ...]] = ("العقد",)
_DECADE_STEMS: Final[dict[str, int]] = {
    "عشرين": 2, "ثلاثين": 3, "أربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9,
}
# ثمانينيات, الثمانينيات, ثمانينات, الثمانينات → 8 (the 80s of a century)
DECADE_NAMES: Final[dict[str, int]] = {
    art + stem + suffix: v
    for stem, v in _DECADE_STEMS.items() for art in ("", "ال") for suffix in ("يات", "ات")
}
CENTURY_DEFINITE: Final[tuple[str, ...]] = ("القرن",)

# --- relative words ------------------------------------------------------------------------------
YESTERDAY: Final[tuple[str, ...]] = ("أمس", "البارحة", "امبارح", "مبارح", "الأمس")
TOMORROW: Final[tuple[str, ...]] = ("غدا", "غد", "الغد", "بكرة", "بكرا")
TODAY: Final[tuple[str, ...]] = ("اليوم",)

MODIFIERS: Final[dict[str, str]] = {
    # previous
    "الماضي": "past", "الماضية": "past", "الماض": "past", "الماضيين": "past", "الماضيتين": "past",
    "الفائت": "past", "الفائتة": "past",
    "المنصرم": "past", "المنصرمة": "past", "السابق": "past", "السابقة": "past",
    "المنصرمين": "past", "المنصرمتين": "past", "الفائتين": "past", "الفائتتين": "past",  # dual (dates25)
    "الفارط": "past", "الفارطة": "past", "المنقضي": "past", "المنقضية": "past",
    # next
    "المقبل": "future", "المقبلة": "future", "المقبلين": "future", "القادمين": "future",
    "القادم": "future", "القادمة": "future",
    "التالي": "future", "التالية": "future", "الجاي": "future", "الجاية": "future",
    # current
    "الجاري": "current", "الجارية": "current", "الحالي": "current", "الحالية": "current",
}
THIS: Final[tuple[str, ...]] = ("هذا", "هذه")
# The date the story told before (the antecedent), pointed at after قبل / بعد: «قبل ذلك بيومين», «بعد
# يومين من ذلك» (that), «بعدها بيومين», «قبله بأسبوع» (قبل / بعد with a pronoun): an offset from the
# antecedent, not from the publication date.
THAT: Final[tuple[str, ...]] = ("ذلك",)
# After a weekday, the words that point it at the day the story told before: «وفي 30 يونيو 2011 سمّت
# التنسيقيات يوم الخميس ذاك …» (that Thursday), «الجمعة نفسها» (the same Friday). Not ذلك, which after a
# weekday begins a noun phrase as often («أعلن الخميس ذلك القرار»).
SAME_AS_TOLD: Final[tuple[str, ...]] = ("ذاك", "نفسه", "ذاته", "نفسها", "ذاتها")
PREPOSITIONS_OF_THAT: Final[dict[str, str]] = {
    "قبلها": "before", "قبله": "before", "بعدها": "after", "بعده": "after",
}
# The modifiers of «الشهر التالي», «الأسبوع التالي», «العام التالي», «السنة التالية»: the unit after the
# antecedent's when the text told one before (as «اليوم التالي»), else the next one after the anchor.
NEXT_IN_STORY: Final[tuple[str, ...]] = ("التالي", "التالية")
# The ه of these words is the pronoun «it» (بعده «after it»), never a taa marbuta written ه: «بعدة أيام»
# is ب + عدة «after several days» (the lexer reads their ه as written, not folded).
PRONOUN_HA: Final[str] = "ه"
# Words a clitic ب / ل / ك never stands before: with one, the letters are another word. «لم» (did not) is
# no ل + the era mark م, «به» / «له» no ب / ل + the Hijri mark ه, «بالي» (Bali, my mind) no ب + إلى,
# «للغاية» (extremely) no ل + لغاية.
NO_CLITIC: Final[tuple[str, ...]] = ("م", "ه", "هـ", "إلى", "لغاية")
# Month names that keep their madda after a clitic: «بآب», «لآب» are «in / for August»; «باب» (a door, as
# in معبر باب الهوى), «لاب», «كاب» are other words.
MADDA_AFTER_CLITIC: Final[tuple[str, ...]] = ("آب",)
# Modifiers a news text sometimes glues to the word before them (نيسانالماضي, العامالمقبل): read as two
# words. Their stems, after ال; the feminine ة follows.
GLUED_MODIFIERS: Final[tuple[str, ...]] = ("ماضي", "مقبل", "قادم", "جاري", "حالي", "فائت", "منصرم")

# After «بعد» + a count: the verbs of living or spending that count, with the pronoun that takes it
# back (بعد أربع سنوات عاشها أهلها تحت الحصار, بعد عامين قضاهما في السجن): the count is a stretch lived,
# a length, never an offset (rules.stretch_lived, dates20). Written forms; fold() joins their spellings.
VERBS_OF_A_STRETCH_LIVED: Final[tuple[str, ...]] = tuple(
    stem + pronoun
    for stem in ("عاش", "عاشت", "عاشو", "قضا", "قضت", "قضو", "أمضا", "أمضت", "أمضو", "عانا", "عانت",
                 "عانو", "قضينا", "أمضينا", "عشنا", "قضيت", "أمضيت", "عشت")
    for pronoun in ("ها", "ه", "هما"))

# The words whose ل… form (لليوم = ل + اليوم) is read as the word only after a clitic ل: alone, «ليوم» is
# ل + the bare noun (زيارة ليوم واحد: for one day; ليوم الجمعة: for Friday), never today (dates20);
# «لشهر أيلول» is ل + شهر (for the month of September), «للشهر» is ل + الشهر (dates28).
# The weekdays whose bare word is a number are such words too (dates30): «لا يحق لأحد» is «for anyone»,
# «خمسة أعوام لاثنين» «for two», never Sunday or Monday; «للاثنين المقبل» (ل + الاثنين) stays Monday.
LIL_NEEDS_CLITIC: Final[tuple[str, ...]] = ("اليوم", "الشهر", "الأحد", "الاثنين", "الإثنين")
# ... and these, whose ل… form alone is another word: «لامس» is the verb «touched» («لامس الدولار 660
# ليرة»), never ل + الأمس; «للأمس» is (dates25).
LIL_OTHER_WORD: Final[tuple[str, ...]] = ("الأمس",)

# After «اليوم» and a number in digits, the words that make it a count of days (لليوم الـ 12 على التوالي,
# "for the 12th day in a row"), not the publication day. Read in the text after the match.
IN_A_ROW: Final[str] = "على التوالي"
# ... and without it, a number that carries the article (لليوم الـ22 إلى, مع دخول اليوم الـ24 للعدوان):
# «the 22nd day», a count, unless the words after name a month (اليوم الـ 14 من آذار is a day of it). The
# words that, after an optional «من», name one (dates30).
MONTH_LEAD_WORDS: Final[tuple[str, ...]] = (
    *GREGORIAN_MONTHS, *AMBIGUOUS_MONTHS, *HIJRI_MONTHS, *ORDINAL_MONTH_WORDS,
    "ربيع", "جمادى", "جمادي", "ذو", "ذي", "شهر", "الشهر")
# After a weekday and a number, the words that make the number a count of a weekly series («الجمعة 22 من
# عمر الحراك», «للجمعة 30 منذ انطلاق الاحتجاجات»), as «على التوالي» does (dates25).
SERIES_OF_WEEKDAYS: Final[tuple[str, ...]] = ("من عمر", "منذ انطلاق", "منذ بدء", "منذ بداية")
# A word of number right after a bare weekday and before a number: «في الجمعة رقم 12 على التوالي» (Friday
# number 12) counts the weeks of a series, no day of a month: vague, never the latest Friday (rule
# `numbered_weekday` of weekday in rules.py, dates50).
NUMBER_WORDS: Final[tuple[str, ...]] = ("رقم", "الرقم")

# After «بعد» / «قبل» and a unit, an adjective that describes the unit (بعد أسبوع حافل بالمسيرات, بعد يوم
# دامٍ): the week or the day is a stretch the text tells of ("after a busy week"), not a count from a day.
# Read in the text after the match.
DESCRIBED_PERIOD_ADJECTIVES: Final[tuple[str, ...]] = (
    "حافل", "حافلة", "دام", "دامي", "دامية", "عصيب", "عصيبة", "مضطرب", "مضطربة", "ساخن", "ساخنة",
    "هادئ", "هادئة", "مليء", "مليئة", "مثقل", "مثقلة",
    # the year's hardship told, as its stir is (بعد عام شاق، وقبل سنة حافلة; dates30)
    "شاق", "شاقة", "صعب", "صعبة", "مرهق", "مرهقة",
    # its length told (بعد يوم طويل من المفاوضات; dates55)
    "طويل", "طويلة",
)

# After an offset, the word that makes it an offset from an event (بعد ساعة على انتهاء المهلة), unless it
# begins "at least" (قبل عامين على الأقل). Read in the text after the match, not by the lexer: it is too
# common a word to stop at.
# A word of exactness may stand between the offset and من / على: «بعد عام بالتمام من إسقاط الطائرة»,
# «قبل أسبوع بالضبط على الهجوم» (exactly a year after; dates27, events_real 1202).
EXACT_OFFSET_WORDS: Final[tuple[str, ...]] = ("بالتمام", "بالضبط", "تماما", "تماماً", "بالتحديد")
EVENT_OFFSET_WORDS: Final[tuple[str, ...]] = (
    "على", *(f"{w} {p}" for w in EXACT_OFFSET_WORDS for p in ("من", "على")))
NOT_EVENT_AFTER_OFFSET: Final[tuple[str, ...]] = ("على الأقل", "على الاقل")
# After «قبل / بعد» + a count of decades and «من», the words that keep the count on the publication date
# (بعد عقد من الآن, قبل عقد من الزمن); any other word names the event the decade is counted from or the
# stretch it lasted («بعد نحو عقد من قطع العلاقات», «بعد عقد من الخلاف»): no year (dates25).
DECADE_FROM_NOW_WORDS: Final[tuple[str, ...]] = ("الآن", "الان", "الزمن", "الزمان")
# After «قبل» + a count and «على» or «من», a word that begins a place is no event: «الهجوم الذي بدأته أنقرة
# قبل يومين على شمال شرق سوريا» is the attack of two days ago ON north-east Syria, counted from the
# publication date. Points of the compass, the nouns that name a place (ريف, مدينة, محافظة …), the
# countries round Syria and its governorates and chief towns. «بعد» + a count before a place stays an
# offset from an event («بعد ثلاثة أيام على الحدود»: after three days spent there, no day of the calendar).
PLACE_AFTER_OFFSET: Final[tuple[str, ...]] = (
    # the compass
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "الشمال", "الجنوب", "الشرق",
    "الغرب", "الوسط", "الشمالي", "الجنوبي", "الشرقي", "الغربي",
    # nouns of places
    "ريف", "مدينة", "بلدة", "قرية", "قرى", "بلدات", "مدن", "محافظة", "محافظات", "منطقة", "مناطق", "حي",
    "أحياء", "مخيم", "مطار", "معبر", "جبل", "سهل", "بادية", "البادية", "الحدود", "حدود", "الأراضي",
    "أراضي", "مواقع", "موقع", "مقرات", "مقر", "قاعدة",
    # countries round Syria and Syria itself
    "سوريا", "سورية", "لبنان", "تركيا", "العراق", "الأردن", "إسرائيل", "فلسطين", "الجولان",
    # governorates and chief towns
    "دمشق", "حلب", "إدلب", "حمص", "حماة", "اللاذقية", "طرطوس", "درعا", "السويداء", "القنيطرة", "الرقة",
    "دير", "الحسكة", "القامشلي", "منبج", "عفرين", "جرابلس", "كوباني", "عين", "تل",
    "الغوطة", "داريا", "دوما", "تدمر", "البوكمال", "الميادين", "خان",
)

# Tense cues for a date without its year (17 آذار) or a month alone (في تشرين الثاني): a word among the
# few before it, in its clause, that says the time is past or still to come. Without one, the nearest
# occurrence stands.
PAST_CUES: Final[tuple[str, ...]] = (
    "منذ", "مذ", "صدر", "صدرت", "جرى", "جرت", "وقع", "وقعت", "حدث", "حدثت", "تم", "كان", "كانت",
    "سقوط", "توقيع", "التوقيع", "اندلاع", "مقتل", "اغتيال", "انعقد", "انعقدت", "أعلن", "أعلنت", "بدأ",
    "بدأت", "انتهى", "انتهت", "شهد", "شهدت", "قتل", "قتلت", "استهدف", "استهدفت", "سيطر", "سيطرت", "انسحب",
    "انسحبت", "دخل", "دخلت", "أطلق", "أطلقت", "نفذ", "نفذت", "وقعا", "عقدت", "اجتمع",
    "اجتمعت", "زار", "زارت", "أصدر", "أصدرت", "المنصرم",
    # seen before yearless dates in the real-news excerpts (tests/events_real): agreements reached or
    # signed, strikes, killings, a published statement, a meeting held
    "اتفق", "اتفقت", "اتفقا", "اتفقتا", "توصل", "توصلت", "توصلا", "المبرم", "المبرمة", "هز", "هزت",
    "أغار", "أغارت", "اخترق", "اخترقت", "قتلوا", "نشرته", "نشرتها", "عقده", "عقدته",
    "نشره", "نشرها",
    # not «انطلاق» (dates37): the launch of talks, a campaign or a season is announced ahead as often as told
    # gone by («انطلاق المفاوضات السورية في جنيف في 25 كانون الثاني», dates_real 180, a month ahead); of its
    # uses before a yearless date in the dev texts of both yardsticks it alone decided only that one
    # a deadline that ran out (انقضت المهلة في …)
    "انقضت", "انقضى",
    # what happened on the date itself, not an announcement of it (dates21; dates_real 363, 404): an arrival
    # («وصلتهم آخر قافلة في يناير»), a return, a victory («انتصرت بثورتها في 17 فبراير»)
    "وصل", "وصلت", "وصلوا", "وصلتهم", "وصلتها", "وصلته", "وصلهم", "وصلها", "وصله", "عاد", "عادت", "عادوا",
    "انتصر", "انتصرت", "انتصروا",
    # the same with the other verbs a writer uses for them (dates22): «رجع» for a return, «فاز» for a win
    "رجع", "رجعت", "رجعوا", "فاز", "فازت", "فازوا",
)
# Nouns of an event that a yearless date right after them names («باتفاق العاشر من آذار», «مجزرة 21 آب»,
# «أحداث 15 آذار»): the date is the day the event is known by, so it lies on or before the anchor (a past
# cue, but only for the word right before the date, with و / ف / ب / ل before it or not: «التوصل إلى اتفاق
# في آذار» after يأمل keeps its future). rule `event_named_by_date` of _tense in rules.py.
NAMED_BY_DATE_NOUNS: Final[tuple[str, ...]] = (
    "اتفاق", "اتفاقية", "تفاهم", "تفاهمات", "مجزرة", "مجازر", "مذبحة", "أحداث", "انتفاضة", "ثورة", "انقلاب",
    "تفجير", "تفجيرات", "هجوم", "هجمات", "اتفاقات", "أزمة",
    "دستور",  # «بعد إقرار دستور 2017»: a charter known by its year, as an accord is (dates30)
)
# The words for a year (with their article, ل or و before them or not) that an adjective of relation
# between them and a bare four-digit number leaves a year: «للسنة المالية 2015», «السنة القضائية 2018»,
# «للسنوات المالية 2023» (rule `year_word_adjective` of year_of_named_event in rules.py, dates30).
YEAR_WORDS_BEFORE_ADJECTIVE: Final[tuple[str, ...]] = (
    "السنة", "للسنة", "والسنة", "العام", "للعام", "والعام", "السنوات", "للسنوات", "الأعوام", "للأعوام",
)
# ... but not these, which end as such adjectives do and are read by rules of their own or name a stretch
# across two years: «العام الجاري 2024», «للعام الهجري 1446», «العام الدراسي 2019-2020».
NOT_YEAR_ADJECTIVES: Final[tuple[str, ...]] = (
    "الجاري", "الماضي", "الحالي", "التالي", "المنصرم", "الفائت", "المقبل", "الهجري", "الهجرية", "الميلادي",
    "الميلادية", "الدراسي", "الدراسية", "الزراعي", "الزراعية", "الرياضي", "الرياضية",
)
# Nouns of an event known by its year only, never by a day («بعد انتخابات 2014», «الانتخابات السورية 2021»):
# a year right after them is the event's (rule `year_of_named_event`, as NAMED_BY_DATE_NOUNS), but a day
# after them names no past event («التحضير لانتخابات 12 ديسمبر» lies ahead), so they are no tense cue
# (dates29; dates_real 838, 110: both such years in the dates dev texts).
NAMED_BY_YEAR_NOUNS: Final[tuple[str, ...]] = (
    "انتخابات",
    # the same class (dates32): protests, a presidential or legislative vote, a war known by its year
    # («احتجاجات 2011», «لرئاسيات 2024», «حرب 1967»); with عام / سنة between them the year was read before
    "احتجاجات", "مظاهرات", "رئاسيات", "تشريعيات", "حرب",
    # a year of birth (dates33): «من مواليد 1976» is that year, as «من مواليد عام 1976» was read; the two
    # uses of the word in the dev texts of both yardsticks (events_real 628; dates_real 1137 with its day)
    "مواليد",
)
# Two-word names of a yearly act known by its year, the nearer word first as words_before gives them:
# «مشروع قانون المالية 2026» (Maghreb's finance law; dates32, dates_real 809).
NAMED_BY_YEAR_PHRASES: Final[tuple[tuple[str, str], ...]] = (("المالية", "قانون"),)
# Words of «by» a time before a bare four-digit number (1900–2100): «بحلول 2025» (by 2025) is that year
# (dates32: the one such use in the dates dev texts, 1127; «بحلول عام 2026» was read by عام).
YEAR_DEADLINE_WORDS: Final[tuple[str, ...]] = ("بحلول",)
# Nouns of a place or a body that a day and a month right after them name: «مدينة 6 أكتوبر» (a city near
# Cairo), «ملعب 5 جويلية» (Algiers' stadium), «شارع 29 أيار», «كتلة 14 آذار», «صحيفة 26 سبتمبر». The
# words are a name, never a date (with و / ف / ب / ل before the noun or not: «بمدينة 6 أكتوبر»). Only the
# noun without ال, right before the day (a quotation mark between them is no word). rule
# `place_named_by_date` of day_month and day_month_year in rules.py (dates17).
PLACE_NAMED_BY_DATE_NOUNS: Final[tuple[str, ...]] = (
    "مدينة", "ملعب", "ملعبي", "استاد", "ستاد", "شارع", "جسر", "كوبري", "جامعة", "ميدان", "ساحة", "محور",
    "مستشفى", "كتلة", "صحيفة", "جريدة", "مدرسة", "حي",
    # armed bodies named after a day: «لواء السابع عشر من فبراير» (Benghazi; dates29, dates_real 762)
    "لواء", "كتيبة", "كتائب", "ألوية",
    # political blocs, movements and firms named after a day (dates55): «قوى 14 آذار», «تحالف 8 آذار»,
    # «حركة 6 أبريل», «حركة 20 فبراير», «تيار 14 آذار», «شركة 6 أكتوبر»; a suburb or a camp too
    # («ضاحية 8 آذار»)
    "قوى", "تحالف", "حركة", "تيار", "فريق", "فريقي", "جبهة", "شركة", "ضاحية", "مخيم", "معسكر",
)
# Words that follow a decade of ages: «رجل في الخمسينيات من عمره», «امرأة في الستينيات من العمر» — the
# decade of a person's life, never the 1950s (rule `decade_of_age` of decade_of_century, dates55).
AGE_WORDS_AFTER_DECADE: Final[tuple[str, ...]] = (
    "عمره", "عمرها", "عمرهم", "عمرهما", "عمرهن", "العمر", "أعمارهم", "أعمارهن", "أعمارهما",
)
# Makes of vehicles that are also month names, and the nouns of a vehicle right before them: «سيارة نيسان
# 2015», «بيك آب 2015» (a Nissan, a pickup of model 2015) name no month (rule `vehicle_make` of
# month_year, dates55). A month's word right after another noun is read as before.
VEHICLE_MAKE_MONTHS: Final[tuple[str, ...]] = ("نيسان", "آب")
VEHICLE_NOUNS_BEFORE_MAKE: Final[tuple[str, ...]] = (
    "سيارة", "سيارات", "السيارة", "شاحنة", "شاحنات", "الشاحنة", "طراز", "نوع", "ماركة", "موديل", "بيك", "بك",
    "جيب", "حافلة", "باص",
)
# Words of a match that make a number before «صفر» its score, never a day of the Hijri month Safar: «فاز
# الوحدة 3 صفر», «انتهت المباراة 1 صفر» (rule `score_zero` of hijri_day_month, dates55). Looked for among
# the words before the day in its clause; «صفر» with its year, «هـ» or a relative word is read as before.
SCORE_WORDS: Final[tuple[str, ...]] = (
    "فاز", "فوز", "بفوز", "تغلب", "هزم", "خسر", "تعادل", "بنتيجة", "النتيجة", "نتيجة", "المباراة", "مباراة",
    "المباراه", "الشوط", "هدف", "بهدف", "أهداف", "بثلاثية", "نظيفة", "مقابل", "النهائي", "الدوري", "الكأس",
    "لقاء", "اللقاء", "انتهى", "انتهت",
)
# What marks a page's copyright line, whose years («جميع الحقوق محفوظة لموقع … 2012-2024»,
# «Copyright © 2012-2025») are the site's, never a date of the story: looked for (folded, lower case) on
# the year's line, within COPYRIGHT_REACH characters either side. Not «حقوق» alone: «المرصد السوري
# لحقوق الإنسان» (rule `copyright` of range_years and year_with_word in rules.py, dates17).
COPYRIGHT_MARKS: Final[tuple[str, ...]] = ("©", "محفوظة", "حقوق النشر", "حقوق الطبع", "copyright",
                                           "all rights reserved")
COPYRIGHT_REACH: Final = 60
# Nouns that make the four-digit number right before them a count, never a year: a price, a score, a toll
# («ارتفع سعر الربطة حتى 2000 ليرة», «من 1950 إلى 2000 ليرة», «تراجع المؤشر حتى 2050 نقطة», «شنّ الطيران في
# 2015 غارة»). Rule `counted_noun` of year_context and range_years in rules.py (dates17).
COUNTED_NOUNS_AFTER_NUMBER: Final[tuple[str, ...]] = (
    "ليرة", "ليرات", "ل.س", "دولار", "دولارا", "يورو", "دينار", "دينارا", "ريال", "ريالا", "جنيه", "جنيها",
    "درهم", "درهما", "نقطة", "طن", "طنا", "كيلو", "كغ", "كلغ", "كيلوغرام", "متر", "مترا", "كم", "كيلومتر",
    "برميل", "برميلا", "غارة", "غارات", "قذيفة", "صاروخ", "صاروخا", "قتيل", "قتيلا", "شخص", "شخصا", "مدني",
    "مدنيا", "عنصر", "عنصرا", "مقاتل", "مقاتلا", "جندي", "جنديا", "لاجئ", "لاجئا", "نازح", "نازحا", "عائلة",
    "منزل", "منزلا", "معتقل", "معتقلا", "طفل", "طفلا",
)
# Nouns of a length, an area or a distance: a number with «م» after one of them (among the three words
# before it in its clause) is metres, no year of the Christian era: «تبلغ مساحته «1800م»», «بطول 2000م»
# (rule `measured` of year_with_era in rules.py; dates23, dates_real 437).
MEASURE_NOUNS: Final[tuple[str, ...]] = (
    "مساحة", "مساحته", "مساحتها", "بمساحة", "طول", "طوله", "طولها", "بطول", "عرض", "عرضه", "عرضها", "بعرض",
    "ارتفاع", "ارتفاعه", "ارتفاعها", "بارتفاع", "عمق", "عمقه", "عمقها", "بعمق", "مسافة", "بمسافة", "مسافته",
)
# The word for «number» before a reference «رقم (175/2011م)», «القرار رقم 12/2014»: the year after the
# slash belongs to the reference's number, no date of the story (rule `reference_number` of year_with_era
# in rules.py; dates23, dates_real 566).
REFERENCE_NUMBER_WORDS: Final[tuple[str, ...]] = ("رقم", "برقم", "الرقم")
# The pronoun that ties a relative clause to an indefinite «يوم / عام» before it («بعد يوم سقط فيه 43
# قتيلاً»: after a day in which 43 fell): among the three words after a one-unit offset, it makes the unit
# a noun the clause describes, no count from a day (rule `unit_with_relative_clause` of offset_from_anchor
# and offset_from_antecedent in rules.py; dates23, dates_real 425).
RELATIVE_CLAUSE_PRONOUNS: Final[tuple[str, ...]] = ("فيه", "فيها", "خلاله", "خلالها")
# The words that may stand before a date that opens its clause, whose tense the verb right after it then
# says («وفي الثامن عشر من شباط صدر قانون …»; rule `cue_after` of _tense in rules.py, dates17).
DATE_FRONTING_WORDS: Final[tuple[str, ...]] = ("في", "وفي", "ففي", "و", "ف")
# The words that, in the clause before a stretch of bare weekdays («من الإثنين إلى الجمعة»), make it the
# days of a timetable that recurs: the hours of each day («ويسري الحظر من الساعة 21 ليلا إلى الخامسة فجرا
# من الإثنين إلى الجمعة») or a daily habit («يومياً من الإثنين إلى الخميس»). Rule `weekday_range_timetable`
# in rules.py (dates30).
TIMETABLE_WORDS: Final[tuple[str, ...]] = ("الساعة", "الساعه", "يوميا", "يومياً", "أسبوعيا", "أسبوعياً")
# The words of a crescent announcement that complete a Hijri month («غداً المتمم لشعبان», «يكون اليوم متمماً
# لشهر شعبان»): the month named right after them with ل alone is that month (rule `hijri_month_completed`,
# dates30); a bare month name with ل elsewhere may be a man's name («لرجب», «لشعبان عبد الرحمن»).
MONTH_COMPLETING_WORDS: Final[tuple[str, ...]] = (
    "المتمم", "متمم", "متمما", "متمماً", "المكمل", "مكمل", "مكملا", "مكملاً", "المتممة", "متممة",
)
# The words after which «الاثنين» is «the two» (a dual pronoun), not Monday: «الخلاف بين الاثنين», «كلا
# الاثنين» (rule `the_two` of weekday in rules.py, dates17). A second weekday after و makes a pair, read
# first («بين الاثنين والخميس»).
THE_TWO_BEFORE: Final[tuple[str, ...]] = ("بين", "كلا", "وبين")
# The word after «الأحد» that makes it the number eleven, not Sunday: «اللبنانيون الأحد عشر» (the eleven
# Lebanese; rule `eleven` of weekday in rules.py, dates29: the one such use in the dev texts of both
# yardsticks, events_real 931). «الأحد عشرة» (Sunday, ten) is left to the weekday.
ELEVEN_AFTER_AHAD: Final[tuple[str, ...]] = ("عشر",)
# Epithets of colour and blood that make a bare weekday right before them the name of an event remembered
# by it («أحداث شغب «الخميس الأسود»», «الأحد الدامي», «الأربعاء الأحمر»): a name, no date (rule
# `named_weekday` of weekday in rules.py, dates30). Not «العظيمة» («الجمعة العظيمة», Good Friday, a feast).
WEEKDAY_EPITHETS: Final[tuple[str, ...]] = (
    "الأسود", "السوداء", "الدامي", "الدامية", "الأحمر", "الحمراء",
)
# Words that look like a cue and are none: «سيما» of «لا سيما / ولا سيما» (especially) begins like سـ + a
# verb («ولا سيما أن دعوة مماثلة في 5 فبراير لم تنجح» is no future; glued, لاسيما is no cue anyway).
NOT_TENSE_CUES: Final[tuple[str, ...]] = ("سيما",)
# A bare weekday told in a past habit: a form of كان (a subject between or not) and an imperfect verb
# right before it, or before one word of time (بعد, عقب …) and the noun of the Friday prayer or sermon:
# «احتجاجاتهم التي كانت تنطلق بعد صلاة الجمعة», «كانوا يتظاهرون الجمعة», «كنا نلتقي عقب خطبة الجمعة»:
# the Fridays of a habit, no one day (rule `past_habit` of weekday in rules.py, dates27). The verb is read
# by its prefix (ي, ت, ن).
PAST_HABIT_KANA: Final[tuple[str, ...]] = ("كان", "كانت", "كانوا", "كانو", "كنا", "كنت", "كانا", "كانتا")
PAST_HABIT_TIME_WORDS: Final[tuple[str, ...]] = ("بعد", "عقب", "قبل", "إثر", "اثر", "خلال", "في", "من")
# A bare weekday named as the day a thing comes back on every week: the weekly day off right after it
# («تسع دول تعتمد يوم الجمعة عطلة أسبوعية», «48 دولة تعتمد الأحد عطلة أسبوعية»: a noun of rest, then a
# weekly adjective), or the usual time of a thing right before it, one word between them or none («انعقد
# الاجتماع متأخراً عن موعده المعتاد ضحى الأربعاء»): the weekday of a habit, no one day (rule `weekly_day` of
# weekday in rules.py, dates50).
WEEKLY_DAY_OFF_NOUNS: Final[tuple[str, ...]] = ("عطلة", "إجازة", "راحة")
WEEKLY_ADJECTIVES: Final[tuple[str, ...]] = ("أسبوعية", "الأسبوعية", "أسبوعي", "الأسبوعي")
USUAL_TIME_WORDS: Final[tuple[str, ...]] = ("المعتاد", "المعتادة", "المعهود", "المعهودة")
FRIDAY_PRAYER_NOUNS: Final[tuple[str, ...]] = ("صلاة", "صلاه", "صلوات", "خطبة", "خطبه", "خطب", "خطيب",
                                              "إمام", "منبر")
# ... and their plurals, which make the bare «الجمعة» right after them the Fridays of a custom: «تعليق
# الصلوات في المساجد وخطب الجمعة» (the sermons of Fridays), a frequency as «أيام الجمعة» is (rule
# `friday_plural` of weekday in rules.py, dates30).
FRIDAY_PRAYER_PLURALS: Final[tuple[str, ...]] = (
    "خطب", "صلوات", "خطبات",
    # the rites of Friday («اكتفوا بصلاة الخوف من دون شعائر الجمعة»; dates32, dates_real 877: the one use)
    "شعائر", "طقوس",
)

# A Hijri day without its year that the next few words of its clause equate with another day («أعلنت
# الحكومة أن غرة رمضان في البلاد ستكون غداً السبت»): the month's start is a sighting, and the day the text
# names carries it, not the Umm al-Qura count (dates_real 077: 20 July 2012 by the table, Saturday 21 in
# Syria). The Hijri words are then read as no day of their own.
SIGHTING_WORDS: Final[tuple[str, ...]] = (
    "ستكون", "سيكون", "تكون", "يكون", "هي", "هو", "توافق", "يوافق", "ستوافق", "سيوافق", "تصادف", "يصادف",
    "ستصادف", "سيصادف",
    # «ليكون يوم عرفة السبت 15 من الشهر ذاته» (so that the day of Arafat is …; dates38)
    "ليكون", "لتكون",
)
# the words that equate a Hijri date with its year and a Gregorian date after it (besides الموافق, بتاريخ,
# which announce a date anyway): «فاتح شعبان 1440 هو يوم الأحد 7 أبريل 2019» (dates24)
HIJRI_GREGORIAN_JOINS: Final[tuple[str, ...]] = ("هو", "هي", "موافق", "يوافق", "توافق", "والموافق")
# Verbs of saying in the past (و / ف before them or not): a bare weekday after one in its clause, or set off
# by commas after one («وقال المندوب، الخميس، إن …»), is the day of the saying, gone by: never the day a
# headline's «الخميس المقبل» tells ahead (`_weekday_told_elsewhere` in rules.py; dates37)
SAYING_VERBS: Final[tuple[str, ...]] = (
    "قال", "قالت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت", "أوضح", "أوضحت", "أضاف",
    "أضافت", "نفى", "نفت", "كشف", "كشفت", "أعلن", "أعلنت", "دعا", "دعت", "طالب", "طالبت",
)
# «أن» opening the clause of what was said: a past verb of saying before it does not make a weekday in it
# past when a month or a feast starts on that day («أعلنت الوزارة أن الخميس أول أيام شهر رمضان»; dates24)
THAT_WORDS: Final[tuple[str, ...]] = ("أن", "بأن", "وأن", "أنّ")
# the longest apposition between commas read past after a Hijri day or a feast before a sighting word
# («فاتح شهر شوال، يوم عيد الفطر، هو يوم غد»; dates24)
APPOSITION_MAX_WORDS: Final = 4
# «أول» before a Hijri month: its first day when the next words equate it with a day (dates24)
FIRST_OF_MONTH_WORDS: Final[tuple[str, ...]] = ("أول", "اول")
# «أمس» / «غداً» followed by one of these («بالأمس - وقتها -»: yesterday, at the time) counts from a day
# the story tells (a statement's), not from the publication date: no day of the calendar by its words
# (dates_real 093: a spokesman's «yesterday» of April 2017 in an article of December).
THEN_WORDS: Final[tuple[str, ...]] = ("وقتها", "حينها", "آنذاك", "يومها", "وقتئذ", "حينئذ", "يومئذ", "ساعتها")
# «الأمس» (with its article: بالأمس, وبالأمس, حتى الأمس) as «the past», not yesterday: followed by one of
# these («بالأمس القريب», «حتى الأمس القريب»: until recently), or between a form of كان (PAST_HABIT_KANA)
# and an imperfect verb («لقد كنا بالأمس نشكو», «كانوا بالأمس يحكمون»: we used to): a vague mention
# (rule `the_past` of relative_day in rules.py, dates27; dates_real 630).
THE_PAST_AFTER: Final[tuple[str, ...]] = ("القريب", "البعيد")
# A bare weekday right before «أول أيام» / «أول يوم» (with من or not) and a month or a feast: «وزارة
# الأوقاف تعلن الإثنين أول أيام عيد الفطر», «ويكون يوم الخميس أول أيام شهر رمضان». The start of a month or a
# feast is announced for the day ahead: the first such weekday on or after the anchor, unless a past cue
# before the weekday says otherwise (rule `first_day_of_occasion` of weekday in rules.py; dates23, dates_real
# 495, 553). The word after «أيام / يوم (من)» must be one of FIRST_DAY_OCCASIONS or a Hijri month's name:
# «الإثنين أول أيام الهدنة» is left to the weekday's tense.
FIRST_DAY_WORDS: Final[tuple[tuple[str, str], ...]] = (("أول", "أيام"), ("أول", "يوم"), ("اول", "ايام"),
                                                       ("اول", "يوم"))
# «الذي يليه» after a bare weekday: the first such weekday after the day the text told before (dates31:
# «والوقوف بعرفة يوم الأحد الحادي عشر من شهر سبتمبر 2016م، والعيد يوم الاثنين الذي يليه»; the two uses
# of a weekday with these words in the dev texts of both yardsticks, dates_real 1047 and 1064).
FOLLOWING_WORDS: Final[tuple[str, ...]] = ("الذي يليه", "التي تليه", "الذي يليها", "التي تليها")
# One word that names a month's first day, before a weekday's month as «أول أيام» is (dates31: «لجنة
# الأهلة: الأربعاء فاتح شهر محرم», «والخميس غرة شهر رمضان», the two such uses of the dates dev texts).
FIRST_DAY_SINGLE_WORDS: Final[tuple[str, ...]] = ("غرة", "فاتح")
FIRST_DAY_OCCASIONS: Final[tuple[str, ...]] = ("عيد", "شهر", "الشهر", "العيد", *HIJRI_MONTHS)
# The feasts whose first day a bare weekday before «أول أيام» may name, and their first day in the Hijri
# year (month, day): the table's day fixes the weekday's week (rule `occasion_week`, dates33).
FEAST_FIRST_DAYS: Final[dict[str, tuple[int, int]]] = {"عيد الفطر": (10, 1), "عيد الأضحى": (12, 10)}
FUTURE_CUES: Final[tuple[str, ...]] = (
    # «المقررة» (the session set for a day: «الجلسة المقررة ليوم الثلاثاء»; dates23, dates_real 480)
    "المقرر", "مقرر", "مقررة", "المقررة", "المزمع", "مزمع", "المرتقب", "مرتقب", "المرتقبة", "المنتظر",
    "المتوقع",
    "يأمل", "تأمل", "نأمل", "يأملون", "يعتزم", "تعتزم", "يتوقع", "تتوقع", "يرتقب", "سوف", "المقبل",
    "المقبلة", "القادم", "القادمة", "موعد",
)
# The imperfect of a verb of holding, convening, travelling or starting before a bare weekday, no other cue
# in its clause: news writes the present for what is set to happen («جلسة رسمية تُعقد صباح يوم الاثنين»,
# «ويلتئم مجلس الأمن في جلسة طارئة يوم الخميس»): the first such weekday on or after the anchor (rule
# `scheduled` of weekday in rules.py, dates29). Only for a weekday: before «لشهر أكتوبر» the present tells a
# month gone by as often (dates_real 861). «لم / كان» before the verb make it past.
SCHEDULED_EVENT_VERBS: Final[tuple[str, ...]] = (
    "يعقد", "تعقد", "ينعقد", "تنعقد", "يلتئم", "تلتئم", "يجتمع", "تجتمع", "يلتقي", "تلتقي", "يتوجه", "تتوجه",
    "يصل", "تصل", "يزور", "تزور", "يجري", "تجري", "يستأنف", "تستأنف", "يغادر", "تغادر", "يفتتح", "تفتتح",
)
# Not the verbs of starting (يبدأ, تبدأ, ينطلق, تنطلق): they would read two more weekdays ahead in the events
# yardstick as its gold does (events_real 430, 431), but the event coder then adds a second negotiation
# round in 430 and its loose precision falls by one event; left to the event coder's owner (dates29).
SCHEDULED_VERB_NEGATORS: Final[tuple[str, ...]] = ("لم", "ولم", "فلم", "كان", "كانت", "وكان", "وكانت", "لما")
# سـ + an imperfect verb (سيعقد, ستبدأ, سنعلن) points forward; these words begin the same way and are not.
FUTURE_PREFIX_STOPWORDS: Final[tuple[str, ...]] = (
    "سيارة", "سيارات", "سياسة", "سياسات", "سياسي", "سياسية", "سياسيين", "سياسيون", "سيطرة", "سيطرت",
    "سيطر", "سيادة", "سيدة", "سيد", "سيناريو", "ستين", "ستة", "سنة", "سنوات", "سنين", "سنوية", "سنوي",
    "ستار", "سياق", "سياج", "سيول", "سيناء", "سنتين", "ستالين", "سيناتور", "سيرة", "سيتي", "ستوديو",
    "سنوياً", "سيئة", "سيء", "سيف", "سيفر", "ستراتيجية", "سنغافورة", "سيبيريا", "سيريلانكا", "سيراليون",
    "سنجار", "ستوكهولم", "سيول",
    # names and nouns of the news that begin the same way (سيرغي لافروف, ستيفان دي ميستورا)
    "سيرغي", "سيرجي", "ستيفان", "ستافان", "ستيفن", "ستيف", "سيمون", "سنان", "ستاد", "سينما", "ستارت",
    "سياحة", "سياحية", "سياحي", "سيناتورات", "سيدات", "سيدتين", "سيرين", "سيريا", "سنتيمتر",
    "سيطرته", "سيطرتها", "سيطرتهم", "سيطروا", "سيطرتنا", "سيارته", "سيارتها", "سانا",
    "ستون", "ستمئة", "ستمائة", "ستينيات", "سيريانيوز", "سيناريوهات", "سياسيا", "سيادية", "سيادي",
)
# سـ + a verb of remaining: «سيبقى الثامن من ديسمبر يوماً فارقاً» says the day will stay memorable, not
# that it is still to come; no cue (the nearest occurrence stands).
REMAIN_VERBS: Final[tuple[str, ...]] = (
    "سيبقى", "ستبقى", "سيظل", "ستظل", "سيبقي", "ستبقي", "سيضل", "ستضل", "سيظلان", "ستظلان",
)

# «اعتباراً من / ابتداءً من / بدءاً من» right before a bare weekday: the start of a measure that holds from
# then on (إعادة فتح المعبر اعتباراً من الأربعاء), the first such weekday on or after the anchor (rule
# `weekday`, dates20; dates_real 379; every dated start after these words in the dev part lies on or after
# its anchor: 112, 253, 382, 391). Before «من اليوم» standing alone («وابتداءً من اليوم تصبح …»): starting
# today, the anchor's day (rule `from_today`, dates28). Written without the tanween, which is left out before
# comparing.
STARTING_FROM: Final[tuple[str, ...]] = ("اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بدء")
STARTING_FROM_PREPOSITION: Final = "من"

# A bare weekday right after «حتى / لغاية / إلى» that an imperfect verb of lasting governs («بدأ صباح اليوم
# الجمعة ويستمر حتى الاثنين», «تستمر الهدنة حتى الأحد»): what lasts goes on now, so the day it lasts until
# is ahead — the first such weekday on or after the anchor (dates_real 099). The past («استمر القصف حتى
# الاثنين») is no such verb: the most recent weekday stands.
UNTIL_WORDS: Final[tuple[str, ...]] = ("حتى", "لغاية", "إلى", "غاية")  # غاية of «إلى غاية»
LASTING_VERBS: Final[tuple[str, ...]] = (
    "يستمر", "تستمر", "يمتد", "تمتد", "يتواصل", "تتواصل", "يسري", "تسري", "يدوم", "تدوم",
    # verbs of staying: «ويبقى في مصر حتى الأحد» (will stay until Sunday; dates25)
    "يبقى", "تبقى", "يظل", "تظل", "يمكث", "تمكث",
)
# A bare weekday right after «إلى / حتى» with a word of putting off before it in its clause («قرر مجلس الأمن
# تأجيل التصويت على مشروع القرار إلى يوم الجمعة»): the day a thing is put off to lies ahead, the first such
# weekday on or after the anchor (rule `postponed_to` of weekday, dates35; dates_real 860, the one bare use
# of the dev texts of both yardsticks: 1023 and 1024 write «المقبل»). Not «أجل» / «أجلت», which are also
# «من أجل» (for) and «أجلت» (evacuated).
POSTPONE_WORDS: Final[tuple[str, ...]] = (
    "تأجيل", "التأجيل", "إرجاء", "الإرجاء", "أرجأ", "أرجأت", "تأجل", "تأجلت", "يؤجل", "تؤجل", "يرجئ", "ترجئ",
)
POSTPONED_TO_WORDS: Final[tuple[str, ...]] = ("إلى", "الى", "حتى")

# A bare weekday right after the length in hours of a pause («أعلن الجيش الروسي هدنة إنسانية جديدة في حلب
# مدتها عشر ساعات الجمعة», announced on a Wednesday): the weekday is the slot the pause is set for, so it lies
# ahead — the first such weekday on or after the anchor (dates_real 113). The weekday follows an hour unit
# (at most three words on) that a length word (PAUSE_LENGTH_WORDS) one to three words before it, or its count
# written with ل (لعشر ساعات), makes a length, and a pause noun (PAUSE_NOUNS: وقف of «وقف إطلاق النار»,
# تعليق of the strikes) stands earlier in the sentence with no past verb between it and the weekday («هدنة
# أعلنت لمدة عشر ساعات الجمعة» is the last Friday).
PAUSE_NOUNS: Final[tuple[str, ...]] = ("هدنة", "الهدنة", "تهدئة", "التهدئة", "وقف", "وقفا", "الوقف", "تعليق")
PAUSE_LENGTH_WORDS: Final[tuple[str, ...]] = ("مدتها", "مدته", "لمدة", "مدة", "تمتد", "تستمر")

# Parts of a period (conventions: days 1–10 / 11–20 / 21–end; Jan–Apr / May–Aug / Sep–Dec).
PARTS: Final[dict[str, str]] = {
    "بداية": "early", "بدايات": "early", "مطلع": "early", "أوائل": "early", "مستهل": "early",
    "منتصف": "mid", "أواسط": "mid", "نصف": "mid", "نص": "mid", "وسط": "mid",
    "أواخر": "late", "نهاية": "late", "نهايات": "late", "ختام": "late",
}
FIRST: Final[tuple[str, ...]] = ("أول", "الأوائل")           # أول + period = early; أول أمس
LAST: Final[tuple[str, ...]] = ("آخر", "أخر", "الأخير", "الأخيرة", "الأواخر")
HALF: Final[tuple[str, ...]] = ("النصف",)
# The word after «و» that makes a count of units «and a half» (عام ونصف, ساعة ونص): a length, not a part
# of a period.
HALF_OF_A_UNIT: Final[tuple[str, ...]] = ("نصف", "نص")
# «الفصل» is the quarter in Moroccan statistics («الفصل الثاني من سنة 2022», the HCP's note on Q2), but
# also a chapter, a term, a school semester: read as a quarter only with an ordinal and a year in digits
# right after (rule `quarter_word_fasl` of half_or_quarter in rules.py, dates30).
QUARTER: Final[tuple[str, ...]] = ("الربع", "الفصل")
QUARTER_NEEDS_YEAR: Final[tuple[str, ...]] = ("الفصل",)

SEASONS: Final[dict[str, str]] = {
    "صيف": "SU", "الصيف": "SU", "شتاء": "WI", "الشتاء": "WI",
    "ربيع": "SP", "الربيع": "SP", "خريف": "FA", "الخريف": "FA",
}

# --- function words that join or frame a date ---------------------------------------------------
PREPOSITIONS: Final[dict[str, str]] = {
    "في": "in", "خلال": "in", "من": "from", "منذ": "since", "مذ": "since",
    "قبل": "before", "بعد": "after", "بين": "between",
    "القبل": "before",  # colloquial: اليوم القبل البارحة, the day before yesterday
    "إلى": "to", "حتى": "to", "لغاية": "to",
    "و": "and",
    # «أو» between two days of a list: «يوم 6 أو يوم 7 ماي» is one stretch of the days it hesitates between
    # (dates21; dates_real 367)
    "أو": "and",
    "لمدة": "for", "مدة": "for", "مدى": "for", "طوال": "for", "طيلة": "for",
    "نحو": "approx", "حوالي": "approx", "حوالى": "approx", "قرابة": "approx", "زهاء": "approx",
    "قرابه": "approx", "تقريبا": "approx",
    "الموافق": "date-of", "الموافقة": "date-of", "تاريخ": "date-of", "بتاريخ": "date-of",
    "الواقع": "date-of", "الواقعة": "date-of",
    # the dual, after two weekdays: «يومي الأحد والاثنين الموافقين لـ7 و8 كانون الأول»
    "الموافقين": "date-of", "الموافقان": "date-of", "الموافقتين": "date-of", "الموافقتان": "date-of",
    "الواقعين": "date-of", "الواقعان": "date-of",
    "غرة": "first-day", "الساعة": "hour-word",
    # the Maghrebi word for it: «فاتح ماي», «فاتح نونبر 2021», «فاتح رمضان» (dates22)
    "فاتح": "first-day",
    # with its article, «من» before the month: «اندلاع الثورة في الفاتح من نوفمبر 1954» (dates50)
    "الفاتح": "first-day",
    # a year under review: «حصاد 2017» (the year's harvest, a year-end review's title) reads its year as
    # «في 2017» does (dates_real 093)
    "حصاد": "in",
}

# Era and calendar markers after a year: "1442 هـ", "2017م".
HIJRI_MARKERS: Final[tuple[str, ...]] = (
    "هـ", "ه", "هجري", "هجرية", "الهجري", "الهجرية", "للهجرة", "هجريا",
)
GREGORIAN_MARKERS: Final[tuple[str, ...]] = ("م", "ميلادي", "ميلادية", "الميلادي", "الميلادية", "للميلاد")

# Frequencies: never dates.
TIMES_WORDS: Final[tuple[str, ...]] = ("مرة", "مرات", "مرتين", "مرتان")
EVERY: Final[tuple[str, ...]] = ("كل",)
# "a few": عدة أيام, الأيام القليلة الماضية, قبل أيام قليلة
SEVERAL: Final[tuple[str, ...]] = ("عدة", "بضع", "بضعة", "القليلة", "قليلة", "المعدودة")
FREQUENCY_ADVERBS: Final[dict[str, str]] = {
    "يوميا": "day", "أسبوعيا": "week", "شهريا": "month", "سنويا": "year", "ساعيا": "hour",
}
# Vague single words: a time, but no calendar fixes it.
VAGUE_WORDS: Final[dict[str, str]] = {
    "حينها": "narrative", "حينذاك": "narrative", "آنذاك": "narrative", "وقتها": "narrative",
    "مؤخرا": "past", "سابقا": "past", "حاليا": "present", "قريبا": "future", "لاحقا": "future",
    "الآن": "present", "حالا": "present",
}
# «غداة» (the morrow of) and «عشية» (the eve of) right before a date: the day after it, the day before it
# («غداة 15 آذار» is 16 March, «عشية 17 نيسان 2013» is 16 April). عشية is also the part of a day
# (evening, DAYPARTS) and is read as the eve only before a date that names its day.
MORROW: Final[tuple[str, ...]] = ("غداة",)
EVE: Final[str] = "عشية"

# «منتصف هذه الليلة», «منتصف الليلة» (midnight tonight): the word for the middle, and the night that is
# tonight (with هذه before it or not). «منتصف ليل اليوم» is the night of «اليوم».
MIDNIGHT: Final[str] = "منتصف"
TONIGHT: Final[tuple[str, ...]] = ("الليلة",)
# The parts of the day that «هذا» / «هذه» make the anchor's own: «هذه الليلة», «حتى هذا الصباح», «هذا المساء»
# (rule `tonight`; dates24, dates28). Only these with the article: «هذا الفجر» is rare and «هذا العصر» is
# «this era».
THIS_DAYPARTS: Final[tuple[str, ...]] = ("الليلة", "الصباح", "المساء")

DAYPARTS: Final[dict[str, str]] = {
    "صباح": "morning", "صباحا": "morning", "الصباح": "morning", "مساء": "evening",
    "المساء": "evening", "ليلة": "night", "ليل": "night", "ليلا": "night", "الليلة": "night",
    "فجر": "dawn", "فجرا": "dawn", "ظهر": "noon", "ظهرا": "noon", "عصر": "afternoon",
    "عصرا": "afternoon", "صبيحة": "morning", "عشية": "evening",
    # «نهار» (the daytime) before a weekday or a date: «بدءاً من نهار الأربعاء», «نهار الجمعة بتاريخ 17 حزيران»
    # (dates29; the three such uses in the dates dev texts are that weekday's daytime)
    "نهار": "daytime",
}

# --- datelines -----------------------------------------------------------------------------------
# A news agency's mark right after the day and month of its dateline, numbers joined by dashes: «بغداد - 19
# - 2 (كونا) --» is the dispatch of 19 February (rule `agency_dateline`, dates25; dates_real 709).
DATELINE_AGENCY_MARKS: Final[tuple[str, ...]] = ("(كونا)",)

# --- holidays -------------------------------------------------------------------------------------
# Hijri holidays: (month, day) in the Umm al-Qura calendar; Gregorian ones: (month, day) or "easter".
HIJRI_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "eid-al-fitr": (10, 1), "eid-al-adha": (12, 10), "hijri-new-year": (1, 1), "mawlid": (3, 12),
    "ashura": (1, 10), "arafat": (12, 9),
}
# A feast named as an occasion, the subject of what it means («عيد الأضحى رمز للتضحية», «عيد الفطر المبارك
# يرمز إلى …», «عيد الميلاد يجسد …»): the words that may follow it, after the epithets, make it no day
# (rule `holiday`, dates20; dates_real 394). Folded forms are compared.
HOLIDAY_EPITHETS: Final[tuple[str, ...]] = ("المبارك", "السعيد", "الكريم", "المجيد")
# The weather or the mood of a month told between its name and its year («ليالي يونيو الحارة عام 2014»: the
# hot June of 2014): the month of that year, one mention (rule `month_epithet_year`, dates38)
MONTH_EPITHETS: Final[tuple[str, ...]] = (
    "الحار", "الحارة", "الحارق", "الحارقة", "القائظ", "القائظة", "اللاهب", "الملتهب", "الساخن", "الساخنة",
    "البارد", "الباردة", "القارس", "القارسة", "الماطر", "الممطر", "الممطرة", "العاصف", "العاصفة",
    "الدامي", "الدامية", "الأسود", "الحزين", "العصيب", "الطويل", "الطويلة",
)
# The words that may stand between a Hijri holiday and its own day of the month when the text says when it
# falls every year: «رأس السنة الهجرية الذي يصادف أول يوم من شهر محرم», «عيد المولد النبوي الشريف الذي
# يصادف الثاني عشر من شهر ربيع الأول», «عيد الفطر المبارك الذي يبدأ في أول يوم من شهر شوال» (rule
# `holiday_yearly_day`, dates29, dates_real 893: its three such uses). One of the verbs must stand there.
HOLIDAY_FALLS_ON_VERBS: Final[tuple[str, ...]] = (
    "يصادف", "تصادف", "يوافق", "توافق", "يبدأ", "تبدأ", "يحل", "تحل", "يكون", "يقع",
)
HOLIDAY_FALLS_ON_WORDS: Final[tuple[str, ...]] = ("الذي", "التي", "الشريف", "النبوي", "الهجرية", "الهجري")
HOLIDAY_AS_OCCASION: Final[tuple[str, ...]] = ("رمز", "يرمز", "يمثل", "يجسد", "يجسّد", "يعني", "معناه")
# the longest span of two years a dash and an era mark join («941–1014م»; rule `range_years_era`, dates24)
ERA_RANGE_MAX_YEARS: Final = 500
# Feasts of several days: «ثاني أيام عيد الفطر» is the feast's second day (rule `nth_day_of_feast`, dates24)
FEASTS_OF_DAYS: Final[frozenset[str]] = frozenset({"eid-al-fitr", "eid-al-adha"})
FEAST_MAX_DAY: Final = 4
GREGORIAN_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {"christmas": (12, 25), "new-year": (1, 1)}

# --- writing dates (format_date) -------------------------------------------------------------------
# The spelling each style writes; every one of them is also read back above.
FORMAT_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "levantine": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                  "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    "egyptian": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                 "أكتوبر", "نوفمبر", "ديسمبر"),
    "maghrebi": ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
                 "أكتوبر", "نوفمبر", "ديسمبر"),
    "moroccan": ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                 "أكتوبر", "نونبر", "دجنبر"),
    "hijri": ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
              "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"),
}
FORMAT_WEEKDAYS: Final[tuple[str, ...]] = (
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
)
ARABIC_INDIC_DIGITS: Final[str] = "٠١٢٣٤٥٦٧٨٩"


# A dateline: a short line, «بغداد - المغرب اليوم», «بغداد اليوم - بغداد», that gives the city and the
# outlet, dashes between them (a tatweel standing alone is such a dash). A bare «اليوم» in it is the
# outlet's name (المغرب اليوم, بغداد اليوم), no day (rule `today`, dates16; dates_real 196, 202).
DATELINE_DASHES: Final[tuple[str, ...]] = ("-", "–", "—", "ـ")
# The dashes that count when glued to a word of a dateline («دمشق- العرب اليوم»): not the tatweel (dates17).
DATELINE_GLUED_DASHES: Final = "-–—"
DATELINE_MAX_WORDS: Final = 4
# What may follow an outlet «X اليوم» that opens its line, besides a dash standing alone: a colon, glued or
# spaced («الأردن اليوم: نظراً للأحوال الجوية …», dates_real 924; dates29). In the dev texts of both yardsticks
# every line that opens with one word and «اليوم» before a dash or a colon is an outlet (7 of 7).
OUTLET_HEAD_COLONS: Final = ":："
#: The longest line, in characters, that may be a dateline («بغداد - المغرب اليوم»): a line longer than this
#: is not read word by word for one.
DATELINE_MAX_CHARS: Final = 120
# a slash standing alone between the fields of a page's header line (the date, the time, the outlet's
# credit: «السبت 21 سبتمبر 2019 الساعة 08 صباحاً / مأرب برس - أخبار اليوم»); each field is read as a line
# of its own when asking whether «اليوم» stands in a dateline (dates18)
HEADER_FIELD_SEPARATOR: Final = " / "

# An outlet named «X اليوم» after the word for its kind («موقع الليرة اليوم», «قناة روسيا اليوم», «صحيفة
# مصر اليوم»): the «اليوم» of its name names no day (rule `today`, dates20; dates_real 369). Only these
# names, the X of which is no outlet's name alone: «نشرت وكالة سانا اليوم تقريراً» is today.
OUTLET_KINDS: Final[tuple[str, ...]] = (
    "موقع", "صحيفة", "جريدة", "قناة", "وكالة", "شبكة", "منصة", "مجلة", "إذاعة", "تلفزيون", "فضائية",
    "حساب",  # dates36: «حساب «حلب اليوم» على تويتر»
)
OUTLET_NAMES_BEFORE_TODAY: Final[tuple[str, ...]] = (
    "الليرة", "روسيا", "مصر", "المصري", "ليبيا", "تونس", "المغرب", "بغداد", "سوريا", "سورية", "العراق",
    # dates36: «لموقع السوري اليوم» (events_real 473), «صحيفة تركيا اليوم», «شبكة شام اليوم», «قناة حلب
    # اليوم», «وكالة فلسطين اليوم», «قناة اليمن اليوم»: none of these X is an outlet's name alone
    "السوري", "تركيا", "شام", "حلب", "فلسطين", "اليمن", "الأردن", "السودان",
)
# The articles on an outlet's kind before which a name of ``OUTLET_NAMES_BEFORE_TODAY`` that is an adjective
# of relation (ال + …ي: «السوري», «المصري») is the kind's adjective, not a name: «وقال التلفزيون السوري اليوم
# إن» is Syrian television, today (dates36; events_real 1063). «لموقع السوري اليوم» stays the outlet.
OUTLET_KIND_ARTICLES: Final[tuple[str, ...]] = ("ال", "وال")
# An outlet named by the word of a day alone, «قناة الغد», «صحيفة «الغد»», «قناة اليوم»: the word, bare, right
# after the word for an outlet's kind without the article (``OUTLET_KINDS`` with a clitic of
# ``OUTLET_KIND_NAME_CLITICS``, quote marks between them or not), or standing alone between quote marks
# («قال لـ«الغد»»), names the outlet, no day (rule `outlet_kind_name` of today and relative_day, dates36;
# events_real 551). The kind in construct with a bare day word is a name: «ذكرت الوكالة اليوم» (the article)
# and «نقلت وكالة سانا اليوم» (a name between) stay today, and so does a day after the name, «لقناة الغد
# اليوم الأحد». Not «الأيام» and «أمس»: neither is read as a day alone after a kind.
OUTLET_DAY_NAMES: Final[tuple[str, ...]] = ("اليوم", "الغد")
OUTLET_KIND_NAME_CLITICS: Final[tuple[str, ...]] = ("", "و", "ل", "ب", "ف", "ول", "وب")
# The kinds that take a day's word as a name only from ``OUTLET_NAMES_BEFORE_TODAY``: «على حساب اليوم» is
# at the day's expense, no account named «اليوم».
OUTLET_KINDS_NAMED_ONLY: Final[tuple[str, ...]] = ("حساب",)
# The borrowed words that end an outlet's name after «اليوم» or «الغد» («الغد برس», «اليوم نيوز», «اليوم تي
# في»): the word names the outlet, no day (`outlet_tail` of today and relative_day; dates28, dates_real 927).
OUTLET_NAME_TAILS: Final[tuple[tuple[str, ...], ...]] = (("برس",), ("نيوز",), ("تي", "في"))
# The clitics an outlet's kind may carry: «بحسب لموقع …» is rare, «وفقاً لموقع», «بموقع», «وقناة» are not.
OUTLET_KIND_CLITICS: Final[tuple[str, ...]] = ("", "و", "ل", "ب", "ف", "ول", "وب", "ال", "وال")

# Words that restrict a count and may stand between it and the event it counts from: «بعد ثلاثة أيام فقط
# من وصول البعثة» is three days after the arrival, as «بعد ثلاثة أيام من وصول» (rule `offset_from_event`,
# dates16; dates_real 189).
ONLY_WORDS: Final[tuple[str, ...]] = ("فقط", "فحسب")
# The word before «بعد» that makes «بعد» + a count a distance: «على بعد ساعة بالسيارة من بغداد», «على بعد
# أيام من الانتخابات» (an hour's drive away, days away from): never an offset from the date told before
# or from the anchor (rule `distance`, dates16; dates_real 196).
DISTANCE_BEFORE_AFTER: Final[tuple[str, ...]] = ("على",)

# The words that open a clause of what is still to come when an imperfect verb follows them: «…، على أن
# تبلغ ذروتها يومي الاثنين والثلاثاء» (with the peak to come on Monday and Tuesday), «على أن تستأنف
# المفاوضات الخميس». Only at the head of the clause: «أكد على أن …» (stressed that) is no cue (rule
# `clause_to_come` of _tense, dates16; dates_real 198).
TO_COME_OPENERS: Final[tuple[tuple[str, ...], ...]] = (("على", "أن"),)
IMPERFECT_PREFIXES: Final = "يتن"

# The clitic that glues a place to «اليوم» in a quotation: «حلّ الوزير … اليوم بدمشق» (arrived today in
# Damascus) tells the day of an arrival, not the speaker's «nowadays» (rule `today`, dates16; dates_real
# 212). The place is one of ``PLACE_AFTER_OFFSET``.
AT_PLACE_CLITIC: Final = "ب"

# The nouns that, in construct with «اليوم» (no article, a clitic or not), make it «of our days», not a
# day: «عالم اليوم», «جيل اليوم», «شباب اليوم», «في مجتمع اليوم», «لإنسان اليوم» (today's world, generation,
# youth …). A vague mention inside a quotation or out of it (rule `nowadays_noun` of `today`, dates27).
# Not the nouns of people a story counts or tells of on a day (أطفال, نساء: «قتل أطفال اليوم في القصف»),
# nor a country or a group with its article («سوريا اليوم», «الشباب اليوم» may be today's news).
NOWADAYS_NOUNS: Final[tuple[str, ...]] = ("عالم", "جيل", "أجيال", "شباب", "إنسان", "مجتمع", "مجتمعات",
                                         "واقع", "عرب")
# What a quoted «اليوم» right after it makes a day, not the speaker's «nowadays»: the noun of a gathering
# held on a day, set for it beforehand («مسيرة اليوم» today's march, «المباراة اليوم», «جلسة اليوم»), or a
# participle of holding («القمة المنعقدة اليوم»), with ال, و, ف, ب, ل before it or not (rule
# `event_of_the_day` of `today`, dates21; dates_real 306, 340, 348). «نعيش اليوم», «سوريا اليوم» stay
# «nowadays». Not the nouns of an attack: «رداً على هجوم اليوم» in a statement quoted the next day is
# the statement's day, not the publication date (events_real 636).
EVENT_OF_THE_DAY: Final[tuple[str, ...]] = (
    "مسيرة", "مسيرات", "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "وقفة", "اعتصام", "اجتماع", "اجتماعات",
    "جلسة", "جلسات", "قمة", "لقاء", "مؤتمر", "محادثات", "مباحثات", "مفاوضات", "مباراة", "اقتراع",
    "احتفال", "حفل",
    "المنعقد", "المنعقدة", "المقرر", "المقررة", "المقام", "المقامة",
    # dates22: the protest in the plural, and the verbs of holding in a relative clause («الجلسة التي انعقدت
    # اليوم», «المؤتمر الذي يعقد اليوم»); not «عقد» alone (a decade, a contract)
    "احتجاج", "احتجاجات", "لقاءات", "مؤتمرات",
    "انعقد", "انعقدت", "ينعقد", "تنعقد", "يعقد", "تعقد", "عقدت", "أقيم", "أقيمت", "يقام", "تقام",
    # dates50: a rally, a festival; such a noun with the possessive of those it speaks to or of («تجمعكم
    # اليوم لدعم الاستقلال رسالة»: your rally today) is read as without it (``EVENT_OF_THE_DAY_POSSESSIVES``)
    "تجمع", "مهرجان",
)
EVENT_OF_THE_DAY_POSSESSIVES: Final[tuple[str, ...]] = ("كم", "نا", "هم")

# A quoted bare «اليوم» beside a verb of what the speaker did or is doing that day is that day, the
# article's, not «nowadays» (rule `quoted_today_verb` of `today`, today41; dates_real 697, 873, events_real
# 607, 1196, 1219): a past verb one of the two words before it («توجت قواتنا اليوم», «توصلنا اليوم») or right
# after it («اليوم وصلنا»): a verb of ``PAST_CUES`` (not ``QUOTED_TODAY_NOT_PAST``: nouns and «كان»), or one
# of ``QUOTED_TODAY_PAST_STEMS`` or of ``PAST_CUES``'s bare verbs with a person's ending of
# ``PAST_PERSON_ENDINGS``; or a first-person present verb of an act done at that moment
# (``QUOTED_TODAY_PRESENT_ACTS``) right before or after it («نرافق اليوم الرئيس», «واليوم نعيد المدينة»).
# Not a verb of a state: «نعيش اليوم بسلام», «أصبحنا اليوم» stay «nowadays», so does «أما اليوم فلدينا».
QUOTED_TODAY_PAST_STEMS: Final[tuple[str, ...]] = (
    "نجح", "توصل", "توج", "حقق", "حرر", "أنجز", "استعاد", "أكمل", "أتم", "التقى", "استقبل", "افتتح",
    "ودع", "شارك", "بحث", "ناقش", "وقع", "سلم", "تسلم",
    # dates50: what struck the speaker's land that day («الزلزال الذي ضرب بلادنا اليوم»)
    "ضرب",
)
PAST_PERSON_ENDINGS: Final[tuple[str, ...]] = ("", "ت", "نا", "وا", "تم", "ا")
QUOTED_TODAY_NOT_PAST: Final[tuple[str, ...]] = (
    "منذ", "مذ", "كان", "كانت", "سقوط", "توقيع", "التوقيع", "اندلاع", "مقتل", "اغتيال", "المنصرم",
    "المبرم", "المبرمة",
)
QUOTED_TODAY_PRESENT_ACTS: Final[tuple[str, ...]] = (
    "نرافق", "أرافق", "نعيد", "أعيد", "نعلن", "نزور", "أزور", "نستقبل", "أستقبل", "نحتفل", "أحتفل", "نشارك",
    "أشارك", "نفتتح", "أفتتح", "نطلق", "نوقع", "أوقع", "نلتقي", "ألتقي", "نجتمع", "أجتمع", "نودع", "أودع",
    "نسلم", "أسلم", "نتوجه", "أتوجه",
)

# A word between the two weekdays of a night, besides a dash, a slash and «إلى»: «ليلة السبت على الأحد»
# (the night of Saturday into Sunday), as Levantine and Maghrebi papers write it (rules `weekday_pair` and
# `night_weekdays_date`, dates22).
NIGHT_JOINERS: Final[tuple[str, ...]] = ("على",)

# What ends the sentence a day and the wider date that frames it share (rule `antecedent_within_frame`,
# dates40): a full stop, a question or exclamation mark, a line's end. «اليوم الخميس، الموافق 20 نوفمبر
# 2025، … مع اختتام نشاط السوق لهذا الأسبوع»: the week told after the day in its sentence frames the day.
FRAME_BREAKS: Final = ".!?؟\n"
