"""Event triggers, as data: the Arabic words that say what kind of event a sentence reports.

Keys are words as news writes them (the matcher folds spelling and strips the clitics و ف ب ل ك
and ال); a phrase of several words is matched as written. When a sentence holds triggers of several
kinds, the kind listed first in PRIORITY wins (a suspension reported in a statement is a suspension;
contacts reported in a statement are a statement about the channel).
"""

from __future__ import annotations

from typing import Final

TRIGGERS: Final[dict[str, str]] = {
    # suspension
    "علقت": "suspension", "علق": "suspension", "تعليق": "suspension", "أوقفت": "suspension",
    "أوقف": "suspension", "إيقاف": "suspension", "وقف العمل": "suspension", "جمدت": "suspension",
    "تجميد": "suspension", "انسحبت من": "suspension",
    # resumption
    "استئناف": "resumption", "استأنفت": "resumption", "استأنف": "resumption", "استأنفا": "resumption",
    "استأنفوا": "resumption", "استؤنف": "resumption", "استؤنفت": "resumption", "إعادة العمل": "resumption",
    "عودة العمل": "resumption", "عودة الاتصالات": "resumption", "أعادت تفعيل": "resumption",
    # agreement
    "اتفاق": "agreement", "اتفاقية": "agreement", "اتفقت": "agreement", "اتفق": "agreement",
    "وقعت": "agreement", "وقع": "agreement", "توقيع": "agreement", "الموقعة": "agreement",
    "مذكرة تفاهم": "agreement", "بروتوكول": "agreement",
    # interview
    "مقابلة": "interview", "حوار صحفي": "interview", "مقابلته": "interview",
    # meeting
    "لقاء": "meeting", "اجتماع": "meeting", "اجتماعات": "meeting", "التقى": "meeting", "التقت": "meeting",
    "بحث مع": "meeting", "وبحث": "meeting", "مباحثات": "meeting", "محادثات": "meeting", "قمة": "meeting",
    "اتصال هاتفي": "meeting",
    # negotiation rounds
    "جولة": "negotiation-round", "جولات": "negotiation-round", "الدورة": "negotiation-round",
    "مفاوضات": "negotiation-round",
    # patrols
    "دوريات": "patrol", "دورية": "patrol", "تسيير": "patrol",
    # incidents
    "إسقاط": "incident", "أسقطت": "incident", "اسقاط": "incident", "هجوم": "incident", "غارة": "incident",
    "غارات": "incident", "ضربة": "incident", "حادث": "incident", "حوادث": "incident", "احتكاك": "incident",
    "اصطدام": "incident", "اشتباك": "incident",
    # proposals
    "استعدادها": "proposal", "استعداده": "proposal", "مستعدة": "proposal", "سعيها": "proposal",
    "اقترح": "proposal", "اقترحت": "proposal", "عرضت": "proposal",
    # contacts (the channel in use)
    "اتصالات": "contact", "تواصل": "contact", "التواصل": "contact", "تنسيق": "contact", "التنسيق": "contact",
    "تبادل المعلومات": "contact", "تعاون": "contact", "تتعاونان": "contact", "يحافظان على اتصالات": "contact",
    # statements
    "قال": "statement", "أعلن": "statement", "أعلنت": "statement", "أكد": "statement", "أكدت": "statement",
    "أوضح": "statement", "صرح": "statement", "أشار": "statement", "كشف": "statement", "اعتبر": "statement",
    "أفاد": "statement", "أضاف": "statement", "أضافت": "statement", "ادعى": "statement", "حذرت": "statement",
    "عارضت": "statement", "رجحت": "statement",
}

PRIORITY: Final[tuple[str, ...]] = (
    "suspension", "resumption", "agreement", "interview", "meeting", "negotiation-round", "patrol",
    "proposal", "incident", "statement", "contact",
)

# A sentence is worth an event only when it names a channel, or an actor together with a trigger.
# Kinds that need a channel in the sentence to be kept (a bare "قال" about anything is not an event
# of this story).
NEED_CHANNEL: Final[frozenset[str]] = frozenset({"statement", "contact", "incident", "proposal",
                                                "negotiation-round", "patrol"})

# Words that, just before an incident trigger, make it the thing prevented, not an incident
# ("لمنع وقوع حوادث", "تفادي الحوادث", "تجنب الاحتكاك").
PREVENTION: Final[tuple[str, ...]] = ("منع", "لمنع", "تفادي", "لتفادي", "تجنب", "لتجنب", "تجـنب", "تقليل")

# Words that put the reported event in the future ("لقاء أستانا المقبل", "من المقرر عقد جولة"):
# undated, such an event is dated "on or after publication".
FUTURE: Final[tuple[str, ...]] = ("المقبل", "المقبلة", "القادم", "القادمة", "المقرر", "سيعقد", "ستعقد",
                                  "سيجري", "ستجري")

# Words that take the date of the previous clause ("وقال أنطونوف حينها": then, on the date just given).
ANAPHORIC: Final[tuple[str, ...]] = ("حينها", "حينذاك", "آنذاك", "وقتها", "يومها", "يومذاك")

# Event kinds that, on a negotiation format (Astana, Geneva), are a round of it.
ROUND_KINDS: Final[frozenset[str]] = frozenset({"meeting", "agreement", "negotiation-round"})
