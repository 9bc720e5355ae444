"""Event triggers, as data: the Arabic words that say what kind of event a sentence reports.

Keys are words as news writes them (the matcher folds spelling and strips the clitics و ف ب ل ك
and ال); a phrase of several words is matched as written. When a sentence holds triggers of several
kinds, the kind listed first in PRIORITY wins (a suspension reported in a statement is a suspension;
contacts reported in a statement are a statement about the channel).
"""

from __future__ import annotations

from typing import Final

from .model import EventKind

K = EventKind

TRIGGERS: Final[dict[str, EventKind]] = {
    # suspension
    "علقت": K.SUSPENSION, "علق": K.SUSPENSION, "تعليق": K.SUSPENSION, "أوقفت": K.SUSPENSION,
    "أوقف": K.SUSPENSION, "إيقاف": K.SUSPENSION, "وقف العمل": K.SUSPENSION, "جمدت": K.SUSPENSION,
    "تجميد": K.SUSPENSION, "انسحبت من": K.SUSPENSION,
    # resumption
    "استئناف": K.RESUMPTION, "استأنفت": K.RESUMPTION, "استأنف": K.RESUMPTION, "استأنفا": K.RESUMPTION,
    "استأنفوا": K.RESUMPTION, "استؤنف": K.RESUMPTION, "استؤنفت": K.RESUMPTION, "إعادة العمل": K.RESUMPTION,
    "عودة العمل": K.RESUMPTION, "عودة الاتصالات": K.RESUMPTION, "أعادت تفعيل": K.RESUMPTION,
    # agreement
    "اتفاق": K.AGREEMENT, "اتفاقية": K.AGREEMENT, "اتفقت": K.AGREEMENT, "اتفق": K.AGREEMENT,
    "وقعت": K.AGREEMENT, "وقع": K.AGREEMENT, "توقيع": K.AGREEMENT, "الموقعة": K.AGREEMENT,
    "مذكرة تفاهم": K.AGREEMENT, "بروتوكول": K.AGREEMENT,
    # interview
    "مقابلة": K.INTERVIEW, "حوار صحفي": K.INTERVIEW, "مقابلته": K.INTERVIEW,
    # meeting
    "لقاء": K.MEETING, "اجتماع": K.MEETING, "اجتماعات": K.MEETING, "التقى": K.MEETING, "التقت": K.MEETING,
    "بحث مع": K.MEETING, "وبحث": K.MEETING, "مباحثات": K.MEETING, "محادثات": K.MEETING, "قمة": K.MEETING,
    "اتصال هاتفي": K.MEETING,
    # negotiation rounds
    "جولة": K.NEGOTIATION_ROUND, "جولات": K.NEGOTIATION_ROUND, "الدورة": K.NEGOTIATION_ROUND,
    "مفاوضات": K.NEGOTIATION_ROUND,
    # patrols
    "دوريات": K.PATROL, "دورية": K.PATROL, "تسيير": K.PATROL,
    # incidents
    "إسقاط": K.INCIDENT, "أسقطت": K.INCIDENT, "اسقاط": K.INCIDENT, "هجوم": K.INCIDENT, "غارة": K.INCIDENT,
    "غارات": K.INCIDENT, "ضربة": K.INCIDENT, "حادث": K.INCIDENT, "حوادث": K.INCIDENT, "احتكاك": K.INCIDENT,
    "اصطدام": K.INCIDENT, "اشتباك": K.INCIDENT,
    # proposals
    "استعدادها": K.PROPOSAL, "استعداده": K.PROPOSAL, "مستعدة": K.PROPOSAL, "سعيها": K.PROPOSAL,
    "اقترح": K.PROPOSAL, "اقترحت": K.PROPOSAL, "عرضت": K.PROPOSAL,
    # contacts (the channel in use)
    "اتصالات": K.CONTACT, "تواصل": K.CONTACT, "التواصل": K.CONTACT, "تنسيق": K.CONTACT, "التنسيق": K.CONTACT,
    "تبادل المعلومات": K.CONTACT, "تعاون": K.CONTACT, "تتعاونان": K.CONTACT, "يحافظان على اتصالات": K.CONTACT,
    # statements
    "قال": K.STATEMENT, "أعلن": K.STATEMENT, "أعلنت": K.STATEMENT, "أكد": K.STATEMENT, "أكدت": K.STATEMENT,
    "أوضح": K.STATEMENT, "صرح": K.STATEMENT, "أشار": K.STATEMENT, "كشف": K.STATEMENT, "اعتبر": K.STATEMENT,
    "أفاد": K.STATEMENT, "أضاف": K.STATEMENT, "أضافت": K.STATEMENT, "ادعى": K.STATEMENT, "حذرت": K.STATEMENT,
    "عارضت": K.STATEMENT, "رجحت": K.STATEMENT,
}

PRIORITY: Final[tuple[EventKind, ...]] = (
    K.SUSPENSION, K.RESUMPTION, K.AGREEMENT, K.INTERVIEW, K.MEETING, K.NEGOTIATION_ROUND, K.PATROL,
    K.PROPOSAL, K.INCIDENT, K.STATEMENT, K.CONTACT,
)

# A sentence is worth an event only when it names a channel, or an actor together with a trigger.
# Kinds that need a channel in the sentence to be kept (a bare "قال" about anything is not an event
# of this story).
NEED_CHANNEL: Final[frozenset[EventKind]] = frozenset({K.STATEMENT, K.CONTACT, K.INCIDENT, K.PROPOSAL,
                                                K.NEGOTIATION_ROUND, K.PATROL})

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
ROUND_KINDS: Final[frozenset[EventKind]] = frozenset({K.MEETING, K.AGREEMENT, K.NEGOTIATION_ROUND})
