"""Where events happened, measured on real news: the gold places of ``tests/events_real/``.

Every excerpt numbered up to 090 has ``places = true``: each of its events has its place annotated
(the place's words as written), or none when the text names no place for it. The coder is scored on
the **dev** part only (``event_scoring.score_places``): of the gold events with a place that it
produces (matched loosely, by kind and evidence), the share whose report has the right place, and the
number of events it places where the text names none (false places). The figures are printed in the
terminal summary and each has a floor. The held-out part is never scored here.
"""

from __future__ import annotations

import pytest
from event_scoring import (
    Excerpt,
    GoldEvent,
    PlaceReport,
    format_place_report,
    load_all,
    right_place,
    score_places,
)

from syrtimeline import Event, Where

# --- floors of the dev figures --------------------------------------------------------------------------
# Today's figures (fractions rounded down). Raise a floor when a change raises its figure; never lower one
# to let a change pass, never tune on the held-out part, never edit the gold to suit the coder.
FLOOR_RIGHT_PLACE = 0.7942  # 2513 of 3164 (79.425 %); nothing43 (its 4 newly matched blasts, 4 right)
# (before nothing43: 0.7937, 2505 of 3156 (79.373 %); kinds37 + places39 met)
# (places39 alone: 0.7935, 2503 of 3154 (79.359 %): visits, «تلك المناطق», «مركز جابر»)
# (kinds37 alone: 0.7911, 2497 of 3156 (79.119 %): its 2 newly matched events, 2 right)
# (before kinds37: 0.791, 2495 of 3154 (79.106 %); lexicon36 (its 4 newly matched executions, 3 right))
# (before lexicon36: 0.791, 2492 of 3150 (79.11 %); places38 + kinds35 + nothing35 (places38 alone: 79.16 %))
# (before places38: 0.791, 2491 of 3148 (79.13 %); false34 met (2489 of 3144 with kinds34 + places36))
# (kinds34's newly matched events bring a lower share than places36 alone; the count floor keeps the gain)
# (before kinds34+places36: 0.792, 2481 of 3132 (79.21 %); places36: places GeoNames lacks, «وسط اشتباكات»)
# The count of right places beside the ratio (places36): a coder gain that matches more gold events with a
# place lowers the ratio while the right places rise, so the ratio alone trips on it; the count does not,
# and a place change that loses right places trips the count even when it also loses matched events.
FLOOR_RIGHT_COUNT = 2513  # nothing43 (of 3164 matched; 79.425 %)
# (before nothing43: 2509, batch41 (of 3161 matched; 79.374 %, FLOOR_RIGHT_PLACE kept))
# (before batch41: 2506, kinds37 + places39 + actors37 met, of 3157 matched)
# (before actors37 met: 2505, kinds37 + places39 met (of 3156 matched))
# (places39 alone: 2503 of 3154: 455, 661, 869, 1232 ×2, 688, 726, 1415)
# (kinds37 alone: 2497 of 3156: «احتدام / تواصل القتال», «وافق على فتح», «الموكب»)
# (before kinds37: 2495, lexicon36 (of 3154 matched): «أعدم» read (934, 1269, 1289))
# (actors37 alone: FLOOR_RIGHT_COUNT = 2496)
# (before lexicon36: 2492, places38 (of 3148 matched): 1455 #1's strike retold by «القصف»)
# (before places38: 2491, false34 met (of 3148 matched))
# (before false34: 2488, evdate34 met (of 3144))
# (787 #4's strike, dated anew by evdate34, is now placed at Damascus' outskirts; the gold: Syrian territory)
# (before evdate34: 2489, kinds34 + places36 met (of 3144 matched))
# (before kinds34+places36: 2481, places36 (of 3132 matched))
# (before places35: 0.785, 2458 of 3128 (78.58 %); stmt32 met the join)
# (before stmt32: 0.784, 2438 of 3107 (78.47 %), set anew at the join of 1446-1683 (blind: 223 of 295))
# (places35 alone: 0.787, 2448 of 3107 (78.79 %); places35: a speech's «من X», «حيث», «شهدت»)
# (0.784  # 2438 of 3107 (78.47 %), set anew at the join of 1446-1683 (blind: 223 of 295))
# (before the join of 1446-1683: 0.787, 2215 of 2812 (78.77 %))
# (0.787  # 2213 of 2810 (78.75 %), set anew at the join of 1297-1445 (blind: 165 of 248))
# (stmt32 alone: 0.788, 2236 of 2834 (78.90 %); stmt32)
# (before stmt32: 0.787  # 2213 of 2810 (78.75 %), set anew at the join of 1297-1445 (blind: 165 of 248))
# (before the join: 0.799  # places33: 2040 -> 2047 of 2561 (79.93 %): local parties, embassies, visits
# (before: 0.796  # accords30 met the round: 2040 of 2561 (79.66 %); see the comment below)
# (accords30 matched 4 more placed events, 2 of them right: 167 «خط التماس», 295 «الحدود بين البلدين» and
# 997 «شرق حلب» left unplaced or placed wrong, 401 right instead of Hamburg; right rose 2038 -> 2040,
# the ratio fell 79.70 -> 79.66 %: the floor follows the ratio down by 0.001, the lead's call, in the note)
# (before: 0.797  # places32: 2019 -> 2028 of 2544 (79.72 %): «إلى» after «مشيراً», pronouns back
# (0.793: 2019 of 2543 (79.39 %), set anew at the join of 1176-1296 (blind: 166 of 236))
# (before the join: 0.803, 1853 of 2307 (80.32 %), the round met; places30 alone: 1843 of 2295)
# (0.802 with places30's strikes only: 1841; 0.800 before places30: 1837 of 2295, 80.04 %, places28, places29)
# (before places29 met: 1836 of 2295; places28 alone: 1821 of 2276; places29 alone: 1791 of 2274, 78.76 %)
# (0.787 before places28: 1790 of 2274, 78.72 %; set anew at the join: 1787 of 2270)
# (On 001-927 before the join, every branch of the twenty-first round met: 0.804.)
# carry 10 right places)
# (places26 alone: 0.805, 1483 of 1842, 80.51 %; «بان كي مون» opens nothing said, 428)
# (places25: 0.804, 1478 of 1838, 80.41 %; Sulaymaniyah, al-Omar, «قرية وعدد», distances,
# «الخاصة بسوريا», hosts, Jordan, «قصفت خلاله», «جنوبي الميادين», «، حين»)
# (1461 of 1837 matched gold events with a place, 79.53 %, set anew at the join)
# (Set anew at the join of 696-927, 2026-12-06: the fifteenth held-out part scored once at 246 of 362
# (68.0 %), 33 false places; 0.823 before, 1215 of 1475 on 001-695 with every branch of the round met.)
# (Set when places23 met the round's other branches on 001-695, 2026-12-06: 1215 of 1475, 14 false; the
# coder's second wave matched 7 more gold events with a place, 4 of them placed right.)
# (places23 alone: FLOOR_RIGHT_PLACE = 0.824, 1211 of 1468, 82.49 %.)
# (places23 from 1208 of 1468, 82.29 %: Turkey a country of the gazetteer, a topic word after a road's noun
# the road's name, Nahariya abroad; 13 false places still.)
# (Set when places22 met when23, stmt23 and none23 on 001-695, 2026-12-06: 1208 of 1468, 13 false; the
# coder's branches matched 10 more gold events with a place, 7 of them placed right.)
# (places22 alone: FLOOR_RIGHT_PLACE = 0.823, 1201 of 1458, 82.37 %.)
# (places22 from 1176 of 1458, 80.66 %, finding22: visits and meetings named after a place abroad, Algiers,
# Tunis and Jeddah, the country framing a finer place, «المدينة التي», «المخيم», fighting that lasts, Syria's
# airspace, talks told with whom, an organisation's branch, a name taken or entered, «جبل / جبال X», a road's
# far end.)
# (Set anew at the join of 521-695, 2026-12-06: the held-out part scored once at 210 of 321 (65.4 %), 16
# false places; 0.848 before, 960 of 1131 on 001-520 with every branch of the round met.)
# (places20 alone: 951 of 1121, 84.83 %.)
# (Set anew at the join of 391-520, 2026-12-06: the held-out part scored once at 159 of 237 (67.1 %), 15
# false places. Before the join: 0.874, 766 of 876 on 001-390.)
# (0.871, 760 of 872, when places18 met embed18, split18 and when18.)
# (Set when places18 met embed18, split18 and when18 on 001-390; places18 alone: 0.868, 745 of 858.)
# (Raised by places18, 2026-12-06: an unknown name after a singular settlement noun («قرية عثمان»,
# «بلدة ضمان», «حي العرضي») is a place as written, never snapped to a known one: 738 → 745 of 858,
# false places 1.)
# (Raised when places17 and finding18 met: finding18's offensives and posts find 4 more with a place, all
# right; places17 alone: 734 of 854, 727 → 734.)
# (Set anew on 2026-12-06 when 361-390 joined the dev part: 30 of 47 right on it (63.8 %), 2 false (383's
# meeting at «حوران», 386's withdrawal at the Quneitra countryside). Before: 0.863, 697 of 807 on 001-360.)
# (Raised when places16 met when16, embed17 and multi17: their events find 4 more with a place, 6 more right.)
# (Raised by the sixteenth place round, places16, 2026-12-06: 682 → 691 of 803, matched unchanged, the coder's
# figures and the seeds unchanged: «المحافظة» after a governorate's seat (``_seat_governorate``: +2), a site
# named by its own place noun as tied (``_named_by_its_noun``: +2), dual anaphors «البلدتين / الحيين»
# (``_pair_referent``: +2), Mezzeh, Balyun and Sayyidah Zaynab in the gazetteer (+3).)
# (Raised when places15 and finding16 met: finding16's words find 11 more events with a place, 10 right.)
# (Raised by the fifteenth place round, places15, 2026-12-05: 670 → 672 of 792, no false place more, the
# coder's figures and the seeds unchanged: Ghwayran prison in the gazetteer (``site:ghwayran-prison``) and
# «السجن» as an anaphor of a prison named before (349's «هجوماً على سجن غويران», «في محيط السجن»).)
# (Raised by the fifteenth place round, places15, 2026-12-05: 669 → 670 of 792, false places 5 → 2, the
# coder's figures and the seeds unchanged: a speaker announcing his own arrival at X spoke there
# (``_own_arrival``: 343's «قد أعلن وصوله إلى جنيف عصر الاثنين، قائلاً»).)
# (Set anew on 2026-12-05 when the eleventh held-out part, 331-360, scored once (34 of 45 placed right,
# 75.6 %; 5 false places), joined the dev part: 360 excerpts. On 001-330 the round had ended at 635 of 747
# (85.01 %) when places14 and kinds15 met (places14 alone: 632 of 743, 85.06 %), no false place.)
# (Raised by the fourteenth place round, places14, 2026-12-05: 626 → 632 of 743, no false place; the coder's
# figures hold (1296 strict, 2114 → 2113 produced: a false capture of 127 merges away), the seeds' as below.
# An agreement a speaker reports right after talks held at X (313's «عقب ثلاثة أيام من المحادثات … في جنيف،
# أن روسيا والولايات المتحدة اتفقتا»); the next sentence's scene of a statement or agreement it tells again
# (100's «وجاء القرار في ختام اجتماع ثلاثي عقده بوتين في الكرملين», 215's and 028's agreements retold
# after talks in Geneva and Sochi); a post over a state's forces («قائدَ القوات الروسية في سوريا»: 291); a
# quoted name after the trigger and who attended are no scene of talks (297).)
# (Raised by the fourteenth place round, places14, 2026-12-05: 620 → 626 of 743, no false place, the coder's
# figures unchanged, the seeds' events unchanged but for one place that improves (their Moscow protocol,
# «لاتفاق "موسكو"، الموقع بين …», now at Moscow). A fronted city is a speech's scene when it opens no «أن»
# (178's «وفي لاهاي، أعلنت …», 190's «وفي طهران، هنأ …»); a scene told after what is said («، وذلك في مؤتمر
# صحافي … في جنيف»: 256); an agreement named after a city abroad and told as made there (109, 226); The
# Hague, Norway (275), the Élysée and the White House as places abroad.)
# (Raised by the thirteenth place round, 2026-12-05: 619 → 620 of 743, no false place, the coder's figures and
# the seeds unchanged: a speaker «متحدثاً» somewhere spoke there (``SETTING_WORDS``: 321's «وقال الرئيس الروسي،
# متحدثاً إلى جانب ضيفه في الكرملين … إن»).)
# (Raised by the thirteenth place round, 2026-12-05: 616 → 619 of 743, no false place, the coder's figures and
# the seeds unchanged: an agreement's verb with only its parties before «في X» (actors named, joined by «و»; a
# relative clause of the agreement's noun, «التي اتفقت عليها») was made at X (``_parties_then_scene``: 321's
# «اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في موسكو اليوم الخميس», 310's «الهدنة التي
# اتفقت عليها الولايات المتحدة وروسيا في جنيف», 228's «الهدنة التي اتفق عليها الرئيسان … في موسكو»).)
# (Set anew on 2026-12-05 when the tenth held-out part, 301-330, scored once (34 of 56 placed right, 60.7 %;
# 2 false places), joined the dev part: 330 excerpts. On 001-300 the round had ended at 582 of 687 (84.7 %)
# with the four held-back trigger words landed, no false place.)
# (Raised by the twelfth place round, 2026-12-05: 580 → 581 of 683 with Erbil as a place abroad (GeoNames
# 95446: 269's «وصل … إلى أربيل لعقد اجتماع»); set at 0.847, the figure with the four held-back trigger words
# (582 of 687, 84.72 %, no false place), so that it holds when they land.)
# (Raised by the twelfth place round, 2026-12-05: 574 of 681 → 580 of 683 (84.9 %), no false place; set at
# 0.845, not 0.849, so that it holds when the four held-back trigger words (an accord reached, a patrol
# called off, an airspace violated, a vehicle rammed: the main engineer's, after this branch) land: with
# them, 581 of 687 (84.57 %), no false place. Moved: Syria's neighbours as countries placed only after a side
# (``needs_side``: 135's «توغلت أمس في شمال لبنان» and its clash, 043's «شمالي العراق», +3; 234's two
# strikes «في جنوب لبنان» and «على شمال إسرائيل» are placed right, each at its own, but the scorer pairs
# each gold strike with the other's report: matched 681 → 683, no right place more); a suspension or
# resumption of what goes somewhere is where it goes (``_route_of``: 163's «علّقتا الدوريات … على الطريق
# السريع (إم4) في منطقة إدلب», 136's «استأنفت تسيير رحلات بين دمشق وحلب عبر خناصر», +2; with the held-back
# words 260's «ألغت … دورية مشتركة … كان من المقرر أن تجوب ريف كوباني الغربي», +1); a body named by its noun
# and adjective before «في X» after a speech's or agreement's verb sits there (``_seat_of_named_body``: with
# the held-back words, 229's «توصلت اللجنة المركزية في درعا البلد … إلى اتفاق», the false place they brought;
# 164's «توصلت لجنة التفاوض في درعا البلد» stays placed, as the gold reads it).)
# (Set anew on 2026-12-05 when the ninth held-out part, 271-300, scored once (51 of 67 placed right,
# 76.1 %; 3 false places), joined the dev part: 300 excerpts. On 001-270 the round had ended at 522 of
# 613, 85.2 %, 0 false, raised from 512 of 610 (83.9 %) by the tenth place round and the round's rules.)
# (Raised when places10 was merged with when10's dating rules (513 of 611) and the coder's less common
# words of happenings (عزز, إنهاء: two events more, both placed right; 515 of 613 before places10).)
# (places10 alone: 0.850, 519 of 610.)
# (Raised by the tenth place round, 2026-12-05: 518 → 519 of 610: fire told after a word of cover («تحت غطاء
# من القصف المدفعي») covers the happening its clause told before and is placed where that one is
# (``_covering``, ``COVER_WORDS``: 226's shelling, no longer at the countryside that only locates Khirbet
# al-Shayr). No false place; the coder's figures and the seeds unchanged.)
# (Raised by the tenth place round, 2026-12-05: 512 → 518 of 610, no false place, the coder's figures and the
# seeds unchanged. Gazetteer gaps of 241-270, each with its page: al-Saidin by Tishrin Dam (270's clash «على
# محور بلدة السعيدين», no longer at the dam it is near, and its shelling «على قرى السعيدين …», +2), al-Rubaida
# in Deir ez-Zor (259's meeting «في مقر الخبيل بقرية الربيضة», +1), the Castello road and the Shihan
# roundabout in Aleppo (268's clash «على محوري الكاستيلو والشيحان», +1), Tiyas written without its article
# (255's strike «في مطار تيفور العسكري وسط سوريا», +1); a speech that opens no «أن» and tells its object
# before «، إثر / بعد / عقب» is not placed at the scene of what it answers (``_cause_of_speech``: 259's
# «أعلنت العشائر … النفير العام …، إثر اجتماع عُقد في … بقرية الربيضة», the false place the new entry
# brought); an agreement made «في» talks named after a place abroad is made there (``_agreed_at``: 189's
# «مناطق "خفض التوتر" التي اتُّفق عليها في محادثات أستانة», +1). Hawsh al-Dawahira (140) was tried and
# left out: one right place more, one strict match of the coder less through the merge.)
# (Raised by the ninth place round, 2026-12-05: 510 → 512 of 610: «حول» before a settlement noun written
# out puts what happens around the place, not talk about it (``AROUND_FRAMES``: 253's patrols «حول مدينة
# منبج شمالي سوريا», no longer the side of Syria after it; 265's «قوات الأمن تنتشر حول مدينة السويداء»,
# no longer unplaced); «حول سوريا» stays a topic. No false place, seeds byte-identical.)
# (Set anew on 2026-12-05 when the eighth held-out part, 241-270, scored once (41 of 57 placed right,
# 6 false places), joined the dev part: 270 excerpts. On 001-240 the round had ended at 467 of 549, 85.1 %,
# 0 false, raised from 449 of 539 (83.3 %, 1 false) by the eighth place round and the round's coder rules.)
# (Raised by the eighth place round, 2026-12-05: 457 → 459 of 540 with two gazetteer gaps, each with its
# page: Dibsi Afnan in Raqqa (171's «بسط سيطرته على بلدة دبسي عفنان غربي محافظة الرقة»: the town, no longer
# the side of the governorate that locates it) and the Kurdistan Region of Iraq as a region abroad (240's
# «اجتمع … مع بارزاني في إقليم كردستان العراق», no longer the Raqqa of a concurrent «بالتوازي مع
# العمليات العسكرية في الرقة» before it).)
# (Raised by the eighth place round, 2026-12-05: 456 → 457 of 540 with al-Harijiya in Deir ez-Zor
# (114's «أرسلت العشائر تعزيزات إلى منطقة الحريجية»), added with Mashhour Fawqani in Tell Abyad (218,
# whose clash the coder reads too far from it to place), each with its page. Balshoun (233) was tried
# again and left out, as in the seventh round: one right place more, one placed gold event less matched
# through the merge, 540 → 539.)
# (Raised by the eighth place round, 2026-12-05: 454 → 456 of 540 with two gazetteer gaps, each with its page:
# Atmeh in Idlib (064's raid «في بلدة أطمة شمالي إدلب»), Mishtenur hill by Kobani (205's strike «في تل
# مشتنور»). The coder's strict precision moves to 917 of 1503 (61.01 %, the hill's strike no longer merges),
# over its floor of 0.610; loose 1205.)
# (Raised by the eighth place round, 2026-12-05: 452 of 539 → 454 of 540: a participle that locates
# (``LOCATING_WORDS`` «الواقعة») is no adjective making «المدينة» a zone of its own: 213's arrest and
# clash «في المدينة الواقعة شمالي البلاد» are placed at the city named before (Raqqa, +2), and 205's
# strike «في تل مشتنور بالمدينة الواقعة ضمن مناطق …» is matched (+1 matched, placed wrong: Mishtenur
# hill is no entry). The coder's strict precision moves 917 of 1501 → 917 of 1502 (61.05 %), over its
# floor; loose 1203 → 1204.)
# (Raised by the eighth place round, 2026-12-05: 449 → 452 of 539: a happening named right after an ordinal is
# the one its clause told before, told again by its rank, and takes its place (``_ranked``, ``ORDINAL_WORDS``:
# 203's «زيارة عمل إلى موسكو يلتقي خلالها …، في أول لقاء بينهما», 090's «حط … في دمشق وأجرى مباحثات …، في أول
# زيارة من نوعها», 230's «في العاصمة الكازاخستانية نور سلطان أعمال الجولة السابعة عشرة من محادثات أستانا»:
# the second report of each, judged by the scorer, was unplaced).)
# (Raised at the start of the eighth place round, 2026-12-05: 448 of 538 → 449 of 539 with the coder's last
# rules on main (a128332); no place rule moved it.)
# (Raised by the seventh place round, 2026-12-05: 446 → 447 of 537: a strike or an attack on a building that
# is a body's seat happens where it stands (``BUILDING_POSTS``: 236's «مبنى ملحق بالسفارة الإيرانية في
# العاصمة السورية دمشق», +1).)
# (Raised by the seventh place round, 2026-12-05: 445 → 446 of 537: «داخلها» points back to the place of the
# sentence, as «فيها» does (237's clash «وباشتباكات عنيفة … داخلها» at «مدينة السويداء», +1).)
# (Raised by the seventh place round, 2026-12-05: 439 → 445 of 537, gazetteer gaps of 211-240, each with its
# page: «معبر باب السلام» for Bab al-Salameh (212: +2, the capture and the shelling «في محيطه»), Da Nang
# (223: +2, the agreement and the meeting), Khirbet al-Shayr (226: +1), the Shaer gas field with «الحقل»
# pointing back to it (217: +1). Balshoun (233) was tried and left out: one right place more, but one placed
# gold event less matched through the merge (537 → 536, under FLOOR_MATCHED).)
# (Set anew on 2026-12-05 when the seventh held-out part, 211-240, scored once (41 of 72 placed right,
# 3 false places), joined the dev part: 240 excerpts. On 001-210 the round had ended at 398 of 465, 85.6 %,
# raised from 378 of 454 by the place round, the scorer's tie rule and the merge's place check.)
# (Raised by the sixth place round: 386 → 387 with what concerns a place read as a topic, not a scene
# (``ABOUT_WORDS`` «تخص / المتعلقة …»: 209's round «في العاصمة الكازاخية أستانا … بقرارات تخص محافظة إدلب»).)
FLOOR_MATCHED = 3164  # nothing43 (2513 of 3164 right, 79.425 %)
# (before nothing43: 3161, batch41 (2509 of 3161 right, 79.374 %))
# (before batch41: 3157, kinds37 + places39 + actors37 met, 2506 of 3157 right, 79.379 %)
# (before actors37 met: 3156, kinds37 (2497 of 3156 right, 79.119 %))
# (before kinds37: 3154, lexicon36 (2495 of 3154 right, 79.106 %))
# (actors37 alone: FLOOR_MATCHED = 3155)
# (before lexicon36: 3150, kinds35 + nothing35 + places38 met (2492 of 3150 right, 79.11 %))
# (before nothing35 met: 3149, kinds35 (2491 of 3149 right, 79.10 %))
# (before kinds35: 3148, false34 met (2491 of 3148 right, 79.13 %))
# (nothing35 alone: 3149, nothing35 (2491 of 3149 right, 79.10 %): 1421 #2 «وأكد المقداد», not placed right)
# (before false34: 3144, kinds34 + places36 met (2489 of 3144 right, 79.17 %))
# (before kinds34+places36: 3143, kinds34 (2478 of 3143 right, 78.84 %))
# (before kinds34: 3131, actors33 (2460 of 3131 right))
# (places36 alone: 3132 (2480 of 3132 right): 1367's capture «على تل الحارة» matched, its hill known)
# (false34 alone: 3135, false34 (2473 of 3135 right; before: 3131, actors33))
# (before actors33: 3130, finding33 met the round (2459 of 3130 right))
# (before finding33: 3128, stmt32 met the join (2458 of 3128 right))
# (before stmt32: 3107, set anew at the join of 1446-1683 (2438 of 3107 right; the joined part 223 of 295))
# (before the join: 2812  # stmt31 met the second wave (2215 of 2812 right))
# (stmt32 alone: 2834, stmt32 (2236 of 2834 right))
# (before stmt32: 2812  # stmt31 met the second wave (2215 of 2812 right))
# (before: 2810, set anew at the join of 1297-1445)
# (before the join: 2562  # actors30 met the round (2041 of 2562 right)
# (before: 2561, accords30 met the round (2040 of 2561 right))
# (before: 2557, moves30 with attack30, places32 and the round (2038 of 2557 right))
# (before moves30: 2544, found29 (2019 of 2544 right); 2543 set anew at the join of 1176-1296)
# (before set anew at the join of 1176-1296: 2307)
# (before round 22 (+lexicon29): 2305)
# (before round 22 (+kinds28): 2296)
# (before round 22 (+actors28): 2295)
# (lexicon29 alone: FLOOR_MATCHED = 2297)
# (before lexicon29: 2295)
# (before round 22 (+false28): 2295)
# (before round 22 (+scope28): 2290)
# (before round 22 (+places28): 2287)
# (scope28 alone: FLOOR_MATCHED = 2292)
# (2287 before scope28; strikes28: 1801 of 2287 right)
# (actors28 alone: FLOOR_MATCHED = 2288)
# (before actors28: 2287; strikes28: 1801 of 2287 right)
# (kinds28 alone: FLOOR_MATCHED = 2296)
# (2287 before kinds28; strikes28: 1801 of 2287 right)
# (2274 before strikes28; finding26: 1790 of 2274 right)
# (places28 alone: FLOOR_MATCHED = 2276)
# (2274 before places28, finding26: 1790 right; its «منطقة» row matched 2 more)
# (2270, set anew at the join of 928-1175)
# (On 001-927 before the join, every branch of the twenty-first round met: 1855.)
# (before kinds25 + the round: 1842)
# (before stmt25 met the round: 1838)
# (1837: gold events with a place the coder produces, loose; set anew at the join of 696-927)
# (stmt25 alone: FLOOR_MATCHED = 1841)
# (kinds25 alone: FLOOR_MATCHED = 1850)
# (1837 set anew at the join of 696-927.)
# (1475 on 001-695 with every branch of the twentieth round met, 1215 right.)
# (The first wave met: 1468, 1208 right.)
# (stmt23: 1458 → 1466, 1182 right; none23: 1468.)
# (finding22: 1452 → 1458.)
# (places22 alone: FLOOR_MATCHED = 1458)
# (places22: 1459 with 174's planned visit to Doha placed there, no longer merged with the meeting in
# Riyadh; held back, the strict precision floor of tests/test_events_real.py would fall: see PLANNED_WORDS)
# (1131 on 001-520 with every branch of the round met, 960 right.)
# (Before merge21: 1128, 957 right.)
# (none21 and kinds21 met: 1127, 937 right.)
# (merge21 alone: FLOOR_MATCHED = 1129)
# (Raised by merge21: 1126 → 1129 (939 of them right, 83.17 %, 8 false), a shelling and an air raid of one
# article two strikes.)
# (Raised by none21: 1121 → 1126 (936 of them right, 83.13 %), with the new words' events.)
# (kinds21 alone: FLOOR_MATCHED = 1122)
# (Raised by kinds21: 1121 → 1122 (933 of them right, 83.16 %), an Israeli attack read as the strike.)
# (Raised by deconf20: 1113 → 1121 (932 of them right, 83.14 %), with the evacuations and redeployments
# read as withdrawals; set anew at 1113 at the join of 391-520, 876 before.)
# (Raised when when16, embed17, places16 and multi17 met: 803 → 807.)
# (Raised by finding16: 792 → 803; set anew at 792 when 331-360 joined.)
# (747 on 001-330 at the end of the thirteenth event round.)
# (Raised by kinds15, 2026-12-05: 743 → 747 matched, 620 → 623 right (83.40 %, the right-place floor holds),
# no false place: the trigger words it adds find four more events with a place.)
# (687 on 001-300 at the end of the tenth event round, with the four held-back trigger words.)
# (681 → 683 by the twelfth place round: Lebanon and Israel as places keep 234's two strikes apart, and a
# place found makes another report unmergeable; 687 with the four held-back trigger words.)
# (680 → 681: 238's assault «اعتدت على حي المقوس», placed right; right 573 → 574.)
# (Set anew when 271-300 joined the dev part: 613 on 001-270 at the end of the ninth round.)
# (610 → 613 in the ninth round: when10's dating rules, عزز and إنهاء.)
# (Set anew when 241-270 joined the dev part: 549 on 001-240 at the end of the eighth round.)
# (539 → 540 by the eighth place round: 205's strike, with «المدينة الواقعة» read as an anaphor.)
# (538 → 539 with the coder's last rules on main, a128332.)
# (537 → 538 where places7 met the coder's last rules on main: «لقائه» matches 220's meeting in Moscow.)
# (Raised by the sixth place round: 384 of 454 → 386 of 455 with eight neighbourhoods of Homs, each with the
# page it was read from (Karm al-Shami, Bab al-Sebaa, Bab al-Dreib, Bab Hud, Karm al-Zeitoun, Jouret
# al-Shayah, Wadi al-Dhahab, al-Waer): 207's campaign «على أحياء كرم الشامي وباب الدريب …» is placed, and its
# report, placed apart, no longer merges: the coder matches one more placed gold event (1030 → 1031 loose).)
# (Raised by the sixth place round: 381 → 384 with an event placed by a definite place noun («المدينة»,
# «المحافظة») keeping the noun's words as written in ``location_ar``, its referent's entry in the rest: the
# gold writes the clause's words (182, 187, 194 place «المدينة»), and a gold place that names the referent
# is still matched by its entry.)
# (Raised by the sixth place round: 380 → 381 with a span of time after «في / خلال» read as the event's own,
# as after «منذ» (208's «الحي تعرض في الأيام الماضية لغارات»; tried in the fifth round, it cost the coder's
# strict precision then through the merge; it no longer does: 792 of 1272).)
# (Raised by the sixth place round: 379 → 380 with al-Duwaya al-Saghira in Quneitra (200's withdrawal, by
# «غرب القرية»), added with Bariqa and Beer Ajam, each with the page it was read from.)
# (Raised by the sixth place round: 378 → 379 of 454 with a clause set off by «، إثر / بعد» or «، التي»
# taking no anaphor from before its comma (``_subordinate``): 099's attack «، بعد هجوم عنيف» no longer takes
# «فيها» of the capture before it, and is placed at the airport named there.)
# (Set anew where the fifth place round (375 of 450 on its branch, 83.3 %) met the coder's rules that
# followed the joining of 181-210 on main (shells, opening fire, «أقر بأن»): 378 of 454, 83.26 %, more
# right, a share lower by a tenth of a point; false places four on both.)
# (Raised by the fifth place round, from the misses of 181-210: 362 of 449 → 370 of 450 with the places
# they named, each with the page it was read from: Sheikh Maqsoud and al-Ashrafiyah in Aleppo (202;
# al-Ashrafiyah keeps Achrafieh in Beirut as its other candidate), the Euphrates Dam (195), Kudna in
# Quneitra (200), Beit Ana in Latakia (204, twice), Zormghar west of Kobani (205), al-Mabrouka near Ras
# al-Ayn (192; the coder matches one more placed gold event, placed right); 371 with «الحي» pointing back
# to the neighbourhood named before (208; not «بالرصاص الحي», live fire); 372 with a settlement noun framing
# a place's name whatever the actor finder reads in it («حيي الشيخ مقصود», read as a sheikh: 196); 373 with
# «العاصمة» pointing back to the capital named before («العاصمة دمشق», 198); 374 with a span of time after
# «منذ» read as the event's own («وتتعرض الغوطة الشرقية منذ أشهر لغارات», 189); 375 with the words before a
# place read without their vowels («وقّعته») and a relative clause setting the scene of the noun it follows
# (181's agreement «الذي وقّعته … في أستانا»; not of the call farther before it, which stays unplaced).)
# (Set anew when the coder's rules that followed the joining of 181-210 (shells as strikes, opening fire
# as an attack, «أقر بأن» as a statement) matched 4 more placed gold events (449 → 453), 3 of them placed
# right (362 → 365): more right, a lower share (80.57 %); no place rule changed. 089's Turkish shelling of
# Bir Hasso now shares the SDF's strike east of Manbij in its clause and is placed there.)
# (Set anew on 2026-12-05 when the sixth held-out part, 181-210, scored once (37 of 67 placed right, six
# false places), joined the dev part: 210 excerpts. Before, on 001-180, the floors were 325 of 382
# (85.08 %) and two false places.)
# (Set anew when the fourth place round (322 of 378 on its branch, 85.2 %) met the coder's sixth-round
# rules on main, which match 4 more placed gold events (378 → 382), 3 of them placed right (322 → 325):
# more right, a share lower by a tenth of a point, 85.08 %. The two contacts the coder now reads (055's
# «أبلغت روسيا مسبقاً بالضربة», 056's «إشعاراً وصل عبر الخط الساخن») were placed at the strike they speak
# of: a contact is now placed only where the text says it was held (``SETTING_KINDS``), so the false places
# stay two.)
# (Raised by the fourth place round: 297 → 302 of 377 with the places the dev misses named (Tishrin Dam and
# Syriatel Hill as sites, Harat al-Badu, al-Jumruk, al-Sawaeq, al-Ajraf; 071's strike by «القصف» is now
# placed at al-Jumruk, the attack after it, one wrong more), 303 with the object of a verb of striking read
# as tied («استهدفت حارة البدو … وسط مدينة الرقة»), 305 with the object of a verb of entering framed as
# after «إلى» («دخلوا القصير»: 093, 152), 306 with Saida in Quneitra («قرية صيدا», 177), which keeps Sidon
# as its other candidate, 311 with four named sites the misses named: Base 46 (127, twice), Division 17 (012),
# the Qara Qozak bridge (129), al-Karama Square in As-Suwayda (117); 312 with Wadi al-Deif camp and «حول» a
# site, base or crossing read as around it, not about it (004); 314 of 378 with the Syrian-Turkish border as a
# region (097; the coder matches one more placed gold event, placed right); 316 with al-Daraiya and al-Barid
# in Raqqa and «المدينة القديمة» read as a zone of its own (126), Qabtan al-Jabal and a phrase's «هي» (118);
# 317 with a fronted city that runs straight into the speech verb («وفي جنيف أعلن عنان», 151); 318 with a day
# told with the place after the trigger as the scene («اليوم الخميس في موسكو», 167); 319 with the General
# Staff compound in Damascus (052); 320 with the Naim roundabout in Raqqa and «في محيطه» pointing back to it
# (024); 321 with «بأحد مدرجاته» pointing back to the airport (121), 322 with «أخرجته عن الخدمة» (115).)
# (Set anew when the coder's rules that followed the joining of 151-180 matched 6 more placed gold events
# (371 → 377), 3 of them placed right (294 → 297): more right, a lower share; no place rule changed.)
# (Set anew on 2026-12-05 when the fifth held-out part, 151-180, scored once, joined the dev part: 180
# excerpts. Before, on 001-150, the floors were 256 of 321 (79.8 %) and no false place.)
# (Set anew when the third place round (251 of 313 on its branch, 80.2 %) met the coder's fifth round on
# main, which matches 8 more placed gold events (313 → 321), placed right less often: 256 of 321, 79.8 %;
# the two false places the coder's new events brought are gone: a place after «بعد عملية / حملة …» is
# another happening's, and what a fronted city's speech says is not placed there.)
# (Raised by the third round of issue 16, 2026-12-05: 241 → 247 of 313: a capital inside a facility's name,
# an airport that stops or resumes working, «البلاد» after a side and «وسط البلاد»; then 250: an air campaign
# is no air force, an anaphor located by a more precise place, Ayn Tarma; then 251: a list's plural noun
# frames its names.)
# (Set anew on 2026-12-05 when the fourth held-out part, 121-150, scored once, joined the dev part: 150
# excerpts. Before, on 001-120, the floors were 198 of 251 (78.9 %) and no false place.)
# (Raised by the second round of issue 16, 2026-12-05: 147 → 185 of 230 with the coder of the third round,
# and no false place left; merged with the coder's fourth round, which matches 21 more placed gold events
# (230 → 251): 198 of 251, 78.9 %.)
# (Set anew on 2026-12-05 when the third held-out part, 091-120, scored once, joined the dev part: 120
# excerpts. Before, on 001-090, the floors were 110 of 168 (65.4 %) and no false place.)
# (Set anew when the place work met the coder's third round on main: 168 gold events with a place are
# matched now, 113 on the place branch, and the 55 more are placed right less often; on the branch the
# figure was 76 of 113, 67.3 %.)
# events placed where the text names no place: none (the two of 091-120 counted when that part was scored
# once, 106's meeting of the convoys' commanders set at the patrol's town and 119's truce at the city it was
# for, are gone: «قبل أن» opens another report, a place before «تنفيذاً لـ» is not the agreement's)
CEILING_FALSE_PLACES = 58  # lexicon36: 717 #2 judged on the report of «أعدم» joined to it, placed nowhere
# (before lexicon36: 59, places38: 1645 #11 («بالتزامن مع»), 1644 #3 (a base named after «إثر»))
# (before places38: 61, set anew at the join of 1446-1683: the 49 of 001-1445 and the joined part's 12)
# (before the join: 49  # places34: 53 -> 49 («كل من», a capital acting, guns posted, the dead counted))
# (before the join: 40  # places32: 43 → 40 («، مشيراً إلى» and a noun, «، وقالت إنها …» a claim)
# (places31: 47 → 43: a seat, an attributing speech, «المتورطين في», «القريبة من»)
# (set anew at the join of 1176-1296: 47, the 40 of 001-1175 and the joined part's 7)
# (before the join: 40, places29: 45 -> 40: motive words, «منذ» before the trigger, a route or a
# relative clause of another happening); 40 with the round's branches met
# (places27: 50 -> 45, set anew at 50 at the join of 928-1175; places28: held at 45)
# (On 001-927 before the join, every branch of the twenty-first round met: 29.)
# أن» (763), virtual talks held nowhere (814): 32 → 29
# (places25: «من X» after a unit of distance is no place, 798: 33 → 32)
# (places25: no rest of the clause past a conjunct, 544, 844, 896: 36 → 33)
# (places25: an anaphor before «بعد» and fighting is the happening's before it, 707, 727, 731: 39 → 36)
# (places24: a speech's «إلى X» a scene only right after a scene word, 764: 40 → 39)
# (places24: «الأطراف المتنازعة في سورية» a post, 749: 41 → 40)
# (places24: «سفير … لدى سوريا» a post, 920: 42 → 41)
# (places24: «لبحث / لمناقشة» a talks' topic, 886: 43 → 42)
# (places24: talks told after «بعد / إثر / عقب» placed by their own words: 47 → 43)
# (47 set anew at the join of 696-927: 14 on 001-695 and the joined part's 33)
# (14 on 001-695 with every branch met: 13 (places22) met lexicon23: one more, 439 #6, see below)
# (When lexicon23 met places22, 2026-12-06: lexicon23's «استعادة مدينة» finds 439 #6, the capture of
# «المدينة التي سيطر عليها التنظيم في أيار/مايو 2015»; the coder places it at Tadmur, the city those words
# point back to (places22's «المدينة التي»), and the gold gives it no place, so it counts as false. The
# gold is left as written; the ceiling takes the measured figure rather than the rule being dropped.)
# (13: lowered 14 -> 13 by places22, measured: 530's reinforcements no longer take
# the place of the campaign told before «، وسط» (what happened amid it).
# (14: lowered 23 -> 14 by places21, measured: 624's meeting and 693's arrest no longer
# take the place of a relative clause of another happening («الذي وصل إلى», «التي شهدها»); 688's truce not
# that of what happened meanwhile («، في وقت …»); 657's attack and 615's arrest not that of what they led to
# («مكنها من», «قادت إلى»); 552's statement not its sources' seat («مصادر صحافية وحقوقية في سوريا»); 579's
# downing not the raids' («إثر تنفيذها غارات»); 527's protests not the deployment's («وسط انتشار أمني»);
# 679's patrol not what is to follow («، على أن تُفتح الطريق»). Set anew
# at 23 at the join of 521-695 (2026-12-06): 7 on 001-520 and the 16 of the
# joined part. (7 before: places20 removed 455's; set anew at 16 at the join of 391-520: 337 and the 15 of the
# joined part.))
# (lowered 8 -> 7 by places20: 455's patrol after «وأن» no longer takes the place before it)
# (412, 423, 432, 436, 441 ×2, 455 ×2, 464, 471, 500, 503, 516 ×2, 518). Before: 1, 337 (a finding matter);
# places17 removed 383 and 386 (3 → 1)
# (Lowered by places19, 2026-12-06: 16 → 8, measured: talks' aim after «تهدف إلى / بهدف» (503), a body
# named by noun, complement and adjective (455's «مركز المصالحة الروسي في سورية»), a person's charge after
# the trigger (516's «المسؤول عن … في سجن صيدنايا»), «بعد أن» opening another report (423), the country
# after an agreement's trigger (436, 518), a comma and a citing word after the trigger (441's two at
# Astana). Left: 337, 412, 432, 455's patrol, 464, 471, 500, 516's massacre.)
# (Lowered by the sixteenth place round, places16, 2026-12-06: 2 → 1 on 001-360: a statement issued in writing
# at the close of talks held at X is not placed at X (``_written_at_close``: 340's «في بيان مشترك صدر في ختام
# اجتماعاتها في العاصمة الكازاخستانية»). Left: 337's raid told again, which the scorer pairs with the chemical
# attack the coder does not find.)
# (Lowered by the fifteenth place round, places15, 2026-12-05: 5 → 2 on 001-360, no right place lost (669 →
# 670 of 792), the coder's figures and the seeds unchanged: a speech that announces a start of talks at X is
# not made there (``STARTED_WORDS``: 343's «أعلن … الانطلاق الرسمي للمحادثات السورية في جنيف»), nor one
# timed by a meeting at X (``TIMED_BY_WORDS``: 346's «قبل يومين من الاجتماع الأول للجنة المقرر الأربعاء في
# جنيف»); a suspension is not where the strike it answers hit (``_answered_before``: 331's «رداً على الضربات
# … التي طالت … مطار الشعيرات»). Left: 337, the coder's «عملية عسكرية … تجري حالياً في سوريا» (the raid
# again, placed right for itself) paired by the scorer with the chemical attack the coder does not find;
# 340, a joint statement «صدر في ختام اجتماعاتها في العاصمة الكازاخستانية», which the coder places at the
# talks as it does statements at the close of talks elsewhere.)
# (Set anew on 2026-12-05 when 331-360 joined the dev part: its five, counted when it was scored once — 331's
# suspension of the air-safety memorandum at the Shayrat base its strike hit, 337's chemical attack at
# «سوريا», 340's guarantors' statement at Astana, 343's and 346's envoy's words at Geneva; 0 on 001-330.)
# (Lowered by the thirteenth place round, 2026-12-05: 2 → 0, no right place lost (616 of 743, the same 127
# wrong), each a phenomenon and a named rule of ``where.py``: a body named by its noun, adjective and «لل»
# complement before «في X» after a speech's verb sits at X (``NAMED_BODY_COMPLEMENT``, in
# ``_seat_of_named_body``: 323's «أعلن "المركز الروسي للمصالحة" في سوريا»); a place before what talks were
# held to discuss is the talks', not the scene of the happenings discussed after it (``DISCUSSED_WORDS``:
# 315's «اجتماعاً أمنياً … بأنقرة لبحث تداعيات إسقاط المقاتلة …، الذي أسفر عن مقتل أحد طياريها وأسر الطيار
# الآخر»). The coder's figures are unchanged (1292 strict of 2233, 1662 loose, 2114 produced); seeds
# byte-identical.)
# (Set anew when 301-330 joined the dev part: its two false places, 315's capture of the second pilot
# («وأسر الطيار الآخر») at «أنقرة» and 323's announcement by the Russian reconciliation centre «في سوريا» at
# Syria, to be lowered; 0 on 001-300 before.)
# (Lowered by the eleventh place round, 2026-12-05: 3 → 0, no right place lost (573 of 680, the same 107
# wrong), each a phenomenon and a named rule of ``where.py``: a comma and a relative pronoun in the event's
# part open what a noun of its words does, and the rest of the clause is not read for the event
# (``_told_of_a_noun``: 273's raids «على مواقع التنظيم المتطرف، الذي يسعى … إلى السيطرة على عين العرب»); a
# place before «في سياق / في إطار» is the part's, not the whole's named after them (``WHOLE_WORDS``: 280's
# «وتأتي السيطرة على عفرين في سياق العملية العسكرية التي أطلقتها تركيا»); a day and a place after a loss a
# speaker counts are the loss's, not the count's (``COUNTED_WORDS``, in ``_day_and_place``: 294's «أحصت منظمة
# الدفاع المدني السوري … مقتل 28 شخصاً أمس السبت في إدلب»). The coder's figures are unchanged (1163 strict
# of 2045, 1525 loose, 1935 produced); seeds byte-identical.)
# (Set anew when 271-300 joined the dev part, 2026-12-05: 0 on 001-270, and three on the ninth held-out part,
# scored once: 273's coalition raids placed at «عين العرب», 280's operation at «عفرين», 294's count of the
# dead by the Civil Defence at «إدلب» — places the gold does not give. To be lowered, never raised.)
# (Lowered by the ninth place round, 2026-12-05: 6 → 0, no right place lost (510 of 610, the same 100 wrong),
# each a phenomenon and a named rule of ``where.py``: another happening opened after the trigger keeps its
# places (``_another_happening``): a pluperfect «كانت قد» (255's downing of a jet «كانت قد قصفت أهدافاً عسكرية
# داخل سوريا»), a comma and «إثر / بعد / عقب» (263's NATO meeting «، إثر مقتل 33 جندياً … في محافظة إدلب»), a
# comma and «وسط» before no place (268's clashes «، وسط حشد القوات … في محيط حيّي …»); «وذلك» opens a comment
# on the event before the comma (``COMMENT_WORDS``: 248's withdrawal «، وذلك غداة إعلان موسكو سحب …» no longer
# at Palmyra); where a drone took off is its origin (``ORIGIN_WORDS`` «انطلقت»: 255's downing by the Apache);
# a facility after «إدارة» is the body's seat, not what stops (``MANAGING_WORDS``: 262's suspension). The
# coder's figures are unchanged (1046 strict of 1852, 1374 loose, 1728 produced); seeds byte-identical.)
# (Set anew on 2026-12-05 when 241-270 joined the dev part: the six false places are all of that part,
# scored once (001-240 had none at the end of the eighth round); lower it as they go, never raise it.)
# (Lowered by the eighth place round, 2026-12-05: 1 → 0, no right place lost (449 of 539). The capital of the
# state a speaker is named after is its seat, no scene (``_at_home``: 222's «أعلن مجلس الأمن القومي التركي،
# عقب اجتماع عقده اليوم الأربعاء في أنقرة»; the capital read off the gazetteer's «العاصمة التركية»); 028's
# «وقال الرئيس الروسي فلاديمير بوتين، بعد محادثات أجراها في سوتشي» stays placed, Sochi being no capital.)
# (Lowered by the seventh place round, 2026-12-05: 3 → 1, no right place lost (439 of 537). A scene a speech
# announces is the agreement's (``ANNOUNCED_SCENES``: 238's «أعلنت الأربعاء التوصل إلى اتفاق لوقف إطلاق النار
# في السويداء»), and a place something went to right after a speech verb is what it speaks of
# (``DESTINATION_CUES``: 237's «رحب بدخول الجيش إلى السويداء»). 222's statement stays: «أعلن المجلس، عقب
# اجتماع عقده اليوم الأربعاء في أنقرة» is placed as 028's «وقال بوتين، بعد محادثات أجراها في سوتشي» is in
# the gold, one phenomenon judged two ways.)
# (Set anew on 2026-12-05 when 211-240 joined the dev part: its three false places, all statements placed
# where the text names only their speaker's seat or subject: 222's «أعلن مجلس الأمن القومي التركي، عقب
# اجتماع عقده …» at Ankara, 237's and 238's statements at As-Suwayda. On 001-210 there are none.)
# (Lowered by the sixth place round: 1 → 0. A happening told right after «وسط» is what the clause before
# happened amid, and names no place of its own (``AMID_WORDS``: 170's «دخولها العاصمة دمشق، …، وسط انسحاب
# القوات الحكومية أمام تقدمها»; 017's «وسط قصف محدود» reads so in the gold too). The unplaced report then
# merges with the withdrawal from Homs of the same day (an unplaced report is compatible with any place, the
# merge's rule): the coder's loose matches 1031 → 1030, still over its floors (73.8 % of 1395, 81.0 % of
# 1272), paid by the Homs neighbourhoods' +1 above.)
# (Lowered by the sixth place round: 4 → 1. A clause set off by a comma and «إثر / بعد / عقب» or a relative
# pronoun tells of the event (or noun) before the comma: an anaphor before the comma is that one's (155's
# clash «على المدينة بشكل شبه تام، إثر اشتباكات», 188's storming «على المدينة، التي كان قد اقتحمها»), and a
# pronoun of its own points back to that one's place, so its words name none (190's «، بعد معارك تدور
# فيها»); a place named outright before the comma stays its place, as 093, 131 and 088 read it. 170's
# withdrawal «وسط انسحاب» is left: «وسط» as a concurrent conjunct unplaces it, and the unplaced report
# still merges with the withdrawal from Homs, one loose match fewer (1030 → 1029, under the coder's floor).)
# (Lowered by the fifth place round: 8 → 4. 181's suspension is no longer placed at the base a strike hit
# («رداً على ضربة … على قاعدة الشعيرات»: what an event answers is another happening, ``RESPONSE_WORDS``),
# 194's agreement at the province of the sheikhs it was made with («مشايخ العقل في السويداء», a religious
# body and whose it is, ``POST_WORDS``), 196's statement at the meeting's scene inside what is said («أنه»
# opens it), 199's shelling at where the advance it covered went («لتغطية تقدم …»: ``PURPOSE_WORDS``).)
# (181-210 brought six false places when it joined the dev part (181's suspension at the base a strike
# hit, 188's storming at the city, 190's fighting at the town taken, 194's agreement at the province it
# was with, 196's statement at the capital, 199's shelling at Idlib); with 155 and 170, eight. The target
# stays none: lower this as they go, never raise it.)
# (Lowered by the fourth place round: 161's clash «بعد معارك» is no longer placed at the side of Afrin the
# capture before it names («إلى الجنوب الغربي والغرب من مدينة عفرين», now read as a side); 155's clash is
# now placed at Idlib, not at Raqqa (a term of a sequence, «بعد الرقة», is no referent of «المدينة»), which
# the gold still calls none (its 093 and 131 place a clash «بعد / إثر معارك» at the city taken, as 155's
# clause does by «المدينة»); 170's withdrawal «وسط انسحاب»: reading «وسط» as a concurrent conjunct unplaces
# it, but the unplaced report then merges with the withdrawal from Homs, one loose match fewer (866 → 865,
# under the coder's floor), so it was left out.)
# (151-180 brought four false places when it joined the dev part; the target stays none: lower this as
# they go, never raise it. 160's suspension is no longer placed at the base a strike hit: three left;
# 160's hotline «بين واشنطن وموسكو», read as a resumption since, is no scene: still three.)
# (121-150 brought six false places when it joined the dev part; the third round of issue 16 brought them
# back to none: «خلاله» opens another report, a body's office with its adjective («المكتب الصحفي
# للكرملين») is a post, a fronted «وفي موسكو،» places a speech only told as issued there («في بيان»),
# a withdrawal's destinations in a list share its «إلى», a place before «لمراقبة» is the watch's.)


@pytest.fixture(scope="module")
def excerpts() -> list[Excerpt]:
    return load_all()


def test_every_excerpt_up_to_090_has_its_places_annotated(excerpts: list[Excerpt]) -> None:
    annotated = [x for x in excerpts if int(x.id) <= 90]
    assert len(annotated) == 90
    assert all(x.places for x in annotated)
    placed = sum(1 for x in annotated for e in x.events if e.place is not None)
    assert placed >= 150  # a yardstick, not a handful


def _event(where: Where | None) -> Event:
    return Event(id="a@0", when=None, kind="strike", summary="", where=where)


def _gold(place: str) -> GoldEvent:
    return GoldEvent(index=1, kind="strike", evidence="x", span=(0, 1), actors=(), date="undated",
                     place=place)


def test_a_place_is_right_by_its_entry_or_by_its_words() -> None:
    idlib_gov = Where("ريف إدلب الجنوبي", "Idlib Governorate", "gov:idlib", "governorate", "12", "إدلب",
                      "Idlib", "SY")
    assert right_place("ريف إدلب الجنوبي", _event(idlib_gov))  # the same words
    assert right_place("محافظة إدلب", _event(idlib_gov))  # the same entry, other words
    tarnaba = Where("بلدة الترنبة", "Tarnaba", "village:tarnaba", "village", "12", "إدلب", "Idlib", "SY")
    assert right_place("الترنبة", _event(tarnaba))  # the gold words inside the produced ones
    assert right_place("بلدة الترنبة شرقي إدلب", _event(tarnaba))  # the produced words inside the gold
    assert not right_place("ريف إدلب الجنوبي", _event(tarnaba))  # a town is not its governorate
    assert not right_place("بلدة الترنبة", _event(None))


def test_the_coder_places_events_on_the_dev_part(excerpts: list[Excerpt], measured_report: list[str]) -> None:
    report: PlaceReport = score_places(excerpts, "dev")
    measured_report.extend(format_place_report(report))
    assert report.part == "dev"
    assert report.excerpts == sum(1 for x in excerpts if x.part == "dev")  # the held-out part is not read
    assert report.right + len(report.wrong) == report.matched <= report.gold_placed
    assert report.false_places == len(report.false)
    assert report.matched >= FLOOR_MATCHED
    assert report.accuracy() >= FLOOR_RIGHT_PLACE
    assert report.right >= FLOOR_RIGHT_COUNT
    assert report.false_places <= CEILING_FALSE_PLACES

