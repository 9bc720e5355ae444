"""The event ontology: every kind of event (and its mode, how it happened) mapped to the field's codes.

One table, :data:`TABLE`, gives for each :class:`~syrtimeline.events.model.EventKind` a default row
(mode ``None``) and a row per mode the kind has. Each row says

* the **PLOVER** event type (the Open Event Data Alliance's successor of CAMEO, as coded in POLECAT)
  and, where the codebook has one, its PLOVER mode;
* the **ACLED** event type and sub-event type (the codebook's 6 types and 25 sub-types since 2019);
* what the row means, and an Arabic example of the words that report it.

A code is ``None`` where the dataset has none for that event: PLOVER dropped CAMEO's plain statements
(a statement that only announces or claims has no PLOVER type), and ACLED codes political violence,
demonstrations and a few strategic developments, not statements, meetings, calls or the use of a
deconfliction channel. Where we depart from the ACLED codebook is written in docs/events.md
("Event kinds and the field's codes").

:func:`codes` gives the codes of a (kind, mode) (an unknown mode takes the kind's default row),
:func:`modes` the modes of a kind, :func:`check_mode` refuses a mode a kind does not have (the
knowledge base uses it), and :func:`export_codes` is the fast path the serializers use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, NamedTuple

from .model import EventKind

__all__ = [
    "ACLED_TYPES",
    "EXPORTED",
    "PLOVER_EVENTS",
    "TABLE",
    "Codes",
    "ModeError",
    "Row",
    "check_mode",
    "codes",
    "export_codes",
    "modes",
    "row",
]

#: PLOVER's sixteen event types (REQUEST is the POLECAT name of the drafts' DEMAND).
PLOVER_EVENTS: Final = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                        "ASSAULT")

_BATTLES: Final = "Battles"
_REMOTE: Final = "Explosions/Remote violence"
_VAC: Final = "Violence against civilians"
_PROTESTS: Final = "Protests"
_RIOTS: Final = "Riots"
_STRATEGIC: Final = "Strategic developments"

#: ACLED's event types and their sub-event types (the codebook since 2019).
ACLED_TYPES: Final[Mapping[str, tuple[str, ...]]] = {
    _BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    _REMOTE: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
              "Remote explosive/landmine/IED", "Grenade"),
    _VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    _PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    _RIOTS: ("Violent demonstration", "Mob violence"),
    _STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                 "Headquarters or base established", "Looting/property destruction",
                 "Non-violent transfer of territory", "Other"),
}


class Codes(NamedTuple):
    """The field's codes of one kind of event (``None``: the dataset has no code for it). A NamedTuple,
    as :class:`Row`: the table is built when events are first imported, and these are cheap to make."""

    plover_event: str | None = None
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


class Row(NamedTuple):
    """One row of the table: a kind, one of its modes (``None``: the kind's default row), its codes,
    what it means and an Arabic example."""

    kind: EventKind
    mode: str | None
    codes: Codes
    description: str
    example_ar: str


class ModeError(ValueError):
    """A mode the kind does not have."""


def _r(kind: EventKind, mode: str | None, plover: str | None, plover_mode: str | None,
       acled: tuple[str, str | None] | None, description: str, example_ar: str) -> Row:
    acled_type, acled_sub = acled if acled is not None else (None, None)
    return Row(kind, mode, Codes(plover, plover_mode, acled_type, acled_sub), description, example_ar)


def _said(kind: EventKind, description: str, example_ar: str) -> tuple[Row, ...]:
    """The rows of a kind that reports words (a statement, an interview): its mode is what is said."""
    return (
        _r(kind, None, None, None, None, description, example_ar),
        _r(kind, "announce", None, None, None,
           "announces a decision or a fact (a plain statement: PLOVER has no type for it)",
           "أعلنت وزارة الدفاع الروسية"),
        _r(kind, "claim", None, None, None,
           "claims an act (responsibility) or asserts a fact (a plain statement: PLOVER has no type)",
           "تبنى الجيش السوري الحر العملية"),
        _r(kind, "warn", "THREATEN", None, None, "warns of consequences, vows to respond",
           "حذّرت موسكو من عواقب"),
        _r(kind, "deny", "REJECT", None, None, "denies a report or a responsibility",
           "نفت دمشق أي مسؤولية عن المجزرة"),
        _r(kind, "accuse", "ACCUSE", "allege", None, "accuses, blames, charges",
           "اتهمت موسكو واشنطن بخرق المذكرة"),
        _r(kind, "condemn", "ACCUSE", "disapprove", None, "condemns, criticises, denounces",
           "أدانت الخارجية السورية الغارة"),
        _r(kind, "demand", "REQUEST", None, None, "demands, calls for, appeals",
           "دعا رئيس المجلس الوطني السوري المواطنين إلى الخروج في تظاهرات"),
        _r(kind, "reject", "REJECT", None, None, "rejects a proposal, a demand or a plan",
           "رفضت دمشق المبادرة"),
        _r(kind, "welcome", "SUPPORT", None, None, "welcomes, praises, endorses",
           "رحّبت أنقرة بالاتفاق"),
        _r(kind, "pledge", "AGREE", None, None, "promises or commits to act",
           "تعهّد المقاتلون باحترام المهلة"),
    )


_K = EventKind

#: The ontology: every kind's default row (mode ``None``) and a row per mode, in EventKind order.
TABLE: Final[tuple[Row, ...]] = (
    *_said(_K.STATEMENT, "says something in public; coded by what it says (its mode)",
           "وقال المتحدث باسم الخارجية الروسية"),
    *_said(_K.INTERVIEW, "an interview given (a statement's family); coded by what it says (its mode)",
           "في مقابلة مع قناة روسيا اليوم"),
    _r(_K.MEETING, None, "CONSULT", None, None, "talks in person, a summit", "التقى لافروف نظيره الأمريكي"),
    _r(_K.MEETING, "visit", "CONSULT", "visit", None,
       "one side visits the other (the visitor is the source)", "وصل وزير الدفاع التركي إلى موسكو في زيارة"),
    _r(_K.MEETING, "third-party", "CONSULT", "third-party", None,
       "the two sides meet where a third hosts them", "اجتمع الطرفان في جنيف"),
    _r(_K.MEETING, "multilateral", "CONSULT", "multilateral", None,
       "a meeting of several parties or of a body", "اجتماع الدول الضامنة"),
    _r(_K.CALL, None, "CONSULT", "phone", None, "a phone call", "اتصال هاتفي بين لافروف وكيري"),
    _r(_K.AGREEMENT, None, "SUPPORT", None, (_STRATEGIC, "Agreement"),
       "an agreement or memorandum signed or agreed", "وقّعت الولايات المتحدة وروسيا مذكرة تفاهم"),
    _r(_K.SUSPENSION, None, "SANCTION", None, None,
       "cooperation suspended (what is suspended not told apart)", "أعلنت موسكو تعليق العمل بالمذكرة"),
    _r(_K.SUSPENSION, "channel", "SANCTION", "discontinue", None,
       "a channel, an agreement or joint patrols suspended", "علّقت روسيا العمل بمذكرة التفاهم"),
    _r(_K.SUSPENSION, "talks", "SANCTION", "withdraw", None, "a party halts or leaves negotiations",
       "علّقت المعارضة مشاركتها في مفاوضات جنيف"),
    _r(_K.SUSPENSION, "meeting", "REJECT", "meet", None, "a planned meeting or round called off",
       "أُلغي الاجتماع المقرر"),
    _r(_K.RESUMPTION, None, "COOPERATE", None, None, "a channel, patrols or cooperation resumed",
       "استئناف العمل بالمذكرة"),
    _r(_K.RESUMPTION, "channel", "COOPERATE", None, None,
       "a channel, an agreement or joint patrols back in use", "استأنفت الدوريات المشتركة"),
    _r(_K.RESUMPTION, "talks", "CONSULT", None, None, "negotiations resumed", "استئناف المفاوضات"),
    _r(_K.CONTACT, None, "COOPERATE", None, None,
       "a deconfliction channel in use: militaries share information", "جرى التواصل عبر الخط الساخن"),
    _r(_K.INCIDENT, None, None, None, None,
       "an incident between forces (an air incident, an interception, a downing) not told apart",
       "حادث جوي بين طائرتين"),
    _r(_K.INCIDENT, "encounter", "MOBILIZE", None, None,
       "an unsafe intercept, close approach, harassment or ramming: force shown short of an attack",
       "اقتربت طائرة روسية بشكل خطير من طائرة أمريكية"),
    _r(_K.INCIDENT, "downing", "ASSAULT", None, None, "an aircraft or a drone shot down",
       "أسقطت مقاتلة أمريكية طائرة سوخوي 22 سورية"),
    _r(_K.PATROL, None, "MOBILIZE", "troops", None,
       "a patrol by one side's forces", "سيّرت القوات الروسية دورية"),
    _r(_K.PATROL, "joint", "COOPERATE", None, None,
       "a patrol by two sides' forces together (a joint operation)", "دورية روسية تركية مشتركة"),
    _r(_K.NEGOTIATION_ROUND, None, "CONSULT", "multilateral", None,
       "a round of a negotiation format (Astana, Geneva)", "انطلاق الجولة الخامسة من محادثات أستانا"),
    _r(_K.PROPOSAL, None, "AGREE", None, None, "something offered or proposed", "اقترحت موسكو عقد لقاء"),
    _r(_K.END, None, "SANCTION", "discontinue", None, "a channel or an agreement ended",
       "انتهى العمل بالاتفاق"),
    _r(_K.STRIKE, None, "ASSAULT", None, (_REMOTE, None),
       "a strike whose means is not said (قصف alone may be from the air or the ground)", "قصف البلدة"),
    _r(_K.STRIKE, "aerial", "ASSAULT", "aerial", (_REMOTE, "Air/drone strike"),
       "an air strike by aircraft or helicopters (a missile fired from the air included)",
       "شنّت طائرات حربية غارات على ريف إدلب"),
    _r(_K.STRIKE, "drone", "ASSAULT", "drone", (_REMOTE, "Air/drone strike"), "a strike by a drone",
       "استهدفت طائرة مسيّرة سيارة"),
    _r(_K.STRIKE, "missile", "ASSAULT", "heavy-weapons", (_REMOTE, "Shelling/artillery/missile attack"),
       "missiles or rockets fired from the ground or the sea", "قصفت صواريخ توماهوك مطار الشعيرات"),
    _r(_K.STRIKE, "shelling", "ASSAULT", "heavy-weapons", (_REMOTE, "Shelling/artillery/missile attack"),
       "shelling by artillery, tanks or rocket launchers", "تعرضت المدينة لقصف مدفعي كثيف"),
    _r(_K.STRIKE, "chemical", "ASSAULT", "unconventional", (_REMOTE, "Chemical weapon"),
       "a chemical weapon used", "هجوم بغاز السارين"),
    _r(_K.CLASH, None, "ASSAULT", None, (_BATTLES, "Armed clash"),
       "armed fighting between parties (each party is a source)", "اشتباكات عنيفة بين الجيش والفصائل"),
    _r(_K.ATTACK, None, "ASSAULT", None, None,
       "an armed attack or bombing whose means and target are not said", "هجوم على حاجز"),
    _r(_K.ATTACK, "explosive", "ASSAULT", "explosives", (_REMOTE, "Remote explosive/landmine/IED"),
       "a bomb, car bomb, IED or mine set off (no suicide bomber)", "فجّروا عربة مفخخة عند مبنى القيادة"),
    _r(_K.ATTACK, "suicide", "ASSAULT", "suicide-attack", (_REMOTE, "Suicide bomb"),
       "a suicide bombing", "تفجير انتحاري استهدف مبنى الأمن القومي"),
    _r(_K.ATTACK, "armed", "ASSAULT", "firearms", (_BATTLES, "Armed clash"),
       "gunmen attack forces or a position", "هاجم مسلحون حاجزاً للجيش"),
    _r(_K.ATTACK, "on-civilians", "ASSAULT", None, (_VAC, "Attack"),
       "armed violence against unarmed civilians (a killing, a massacre)", "مجزرة راح ضحيتها مدنيون"),
    _r(_K.ATTACK, "abduction", "ASSAULT", "abduct", (_VAC, "Abduction/forced disappearance"),
       "people abducted or made to disappear", "اختطف مسلحون صحفيين"),
    _r(_K.CEASEFIRE, None, "AGREE", None, (_STRATEGIC, "Agreement"),
       "a truce reported without more (taken as agreed)", "هدنة في حمص"),
    _r(_K.CEASEFIRE, "agreed", "AGREE", None, (_STRATEGIC, "Agreement"), "a truce agreed between parties",
       "اتفق الطرفان على وقف إطلاق النار"),
    _r(_K.CEASEFIRE, "declared", "CONCEDE", None, (_STRATEGIC, "Other"), "a truce declared by one side",
       "أعلن الجيش هدنة من طرف واحد"),
    _r(_K.CEASEFIRE, "in-force", "RETREAT", "ceasefire", (_STRATEGIC, "Agreement"),
       "a truce entering into force, observed", "دخلت الهدنة حيز التنفيذ"),
    _r(_K.WITHDRAWAL, None, "RETREAT", "withdraw", (_STRATEGIC, "Change to group/activity"),
       "forces or weapons withdrawn", "انسحاب القوات الأمريكية من قاعدة"),
    _r(_K.WITHDRAWAL, "handover", "RETREAT", "withdraw", (_STRATEGIC, "Non-violent transfer of territory"),
       "forces withdraw and hand the area over to another party", "سلّمت القوات مواقعها للجيش السوري"),
    _r(_K.DEPLOYMENT, None, "MOBILIZE", "troops", (_STRATEGIC, "Change to group/activity"),
       "forces sent or stationed", "أرسلت تركيا تعزيزات عسكرية"),
    _r(_K.DEPLOYMENT, "base", "MOBILIZE", "troops", (_STRATEGIC, "Headquarters or base established"),
       "a base or a post set up", "أقامت القوات الروسية نقطة مراقبة"),
    _r(_K.DEPLOYMENT, "observers", "AID", None, None, "monitors or peacekeepers deployed",
       "وصول طلائع المراقبين الدوليين"),
    _r(_K.ARREST, None, "COERCE", "arrest", (_STRATEGIC, "Arrests"), "people arrested or detained",
       "اعتقلت قوات الأمن ناشطين"),
    _r(_K.PROTEST, None, "PROTEST", "demo", (_PROTESTS, "Peaceful protest"),
       "a demonstration (no violence or intervention said)", "خرجت تظاهرات في حماة"),
    _r(_K.PROTEST, "peaceful", "PROTEST", "demo", (_PROTESTS, "Peaceful protest"), "a peaceful demonstration",
       "تظاهرات سلمية"),
    _r(_K.PROTEST, "intervention", "PROTEST", "demo", (_PROTESTS, "Protest with intervention"),
       "a peaceful demonstration dispersed or blocked by force", "فرّقت قوات الأمن المتظاهرين"),
    _r(_K.PROTEST, "excessive-force", "PROTEST", "demo", (_PROTESTS, "Excessive force against protesters"),
       "a peaceful demonstration met with lethal force", "أطلق الأمن الرصاص الحي على المتظاهرين"),
    _r(_K.PROTEST, "riot", "PROTEST", "riot", (_RIOTS, "Violent demonstration"),
       "demonstrators use violence", "أحرق محتجون مبنى"),
    _r(_K.CAPTURE, None, "ASSAULT", None, (_BATTLES, None),
       "territory taken by force (by whom not told apart)", "سيطرت القوات على البلدة"),
    _r(_K.CAPTURE, "regained", "ASSAULT", None, (_BATTLES, "Government regains territory"),
       "state forces (or their allies) take territory back", "استعاد الجيش السوري السيطرة على البلدة"),
    _r(_K.CAPTURE, "overtaken", "ASSAULT", None, (_BATTLES, "Non-state actor overtakes territory"),
       "a non-state armed group takes territory", "سيطرت فصائل المعارضة على البلدة"),
)

_ROWS: Final[dict[tuple[EventKind, str | None], Row]] = {(r.kind, r.mode): r for r in TABLE}
_MODES: Final[dict[EventKind, tuple[str, ...]]] = {
    k: tuple(r.mode for r in TABLE if r.kind is k and r.mode is not None) for k in EventKind}
#: The codes every export carries, in their order.
EXPORTED: Final = ("plover_event", "acled_event_type", "acled_sub_event_type")
#: (kind value, mode) → the exported codes by name; an unknown mode falls back in export_codes.
_EXPORT: Final[dict[tuple[str, str | None], Mapping[str, str | None]]] = {
    (k.value, m): {"plover_event": r.codes.plover_event, "acled_event_type": r.codes.acled_event_type,
                   "acled_sub_event_type": r.codes.acled_sub_event_type}
    for (k, m), r in _ROWS.items()}


def row(kind: EventKind | str, mode: str | None = None) -> Row:
    """The row of *kind* and *mode*; a mode the kind does not have gives the kind's default row."""
    k = EventKind(kind)
    return _ROWS.get((k, mode)) or _ROWS[(k, None)]


def codes(kind: EventKind | str, mode: str | None = None) -> Codes:
    """The PLOVER and ACLED codes of *kind* with *mode* (an unknown mode: the kind's default row)."""
    return row(kind, mode).codes


def modes(kind: EventKind | str) -> tuple[str, ...]:
    """The modes *kind* has, in the table's order (empty when it has none)."""
    return _MODES[EventKind(kind)]


def check_mode(kind: EventKind | str, mode: str | None) -> None:
    """Raise :class:`ModeError` when *mode* is not ``None`` and not one of *kind*'s modes."""
    k = EventKind(kind)
    if mode is not None and (k, mode) not in _ROWS:
        known = ", ".join(_MODES[k]) or "none"
        raise ModeError(f"mode {mode!r} is not a mode of {k.value} (its modes: {known})")


def export_codes(kind: str, mode: str | None) -> Mapping[str, str | None]:
    """The codes every export carries (:data:`EXPORTED`: ``plover_event``, ``acled_event_type``,
    ``acled_sub_event_type``) of a kind given by its value, by name, in that order: one look-up per
    event, no enum conversion (the serializer calls it for every report). Shared: do not modify."""
    return _EXPORT.get((kind, mode)) or _EXPORT[(kind, None)]
