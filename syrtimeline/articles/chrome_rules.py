"""Site chrome is not content: the rules that recognise it, as data.

Lines are compared after stripping and folding (alef forms, tatweel, diacritics), so one entry covers
its spelling variants. Adding a site's boiler-plate is a one-line change here.
"""

from __future__ import annotations

from typing import Final

# A whole line that is exactly one of these is chrome.
LINE_EXACT: Final[dict[str, str]] = {
    "fbpx": "tracking-pixel",
    "أخر الأخبار": "navigation", "آخر الأخبار": "navigation", "الأكثر قراءة": "navigation",
    "مقالات ذات صلة": "related-articles", "مقالات متعلقة": "related-articles",
    "أخبار ذات صلة": "related-articles", "اقرأ المزيد": "navigation", "إقرأ المزيد": "navigation",
    "زر الذهاب إلى الأعلى": "navigation", "اظهر المزيد": "navigation", "أظهر المزيد": "navigation",
    "عرض المزيد": "navigation", "×": "widget", "شارك": "share", "شارك المقال": "share",
    "مشاركة": "share", "طباعة": "share", "تابعونا": "share", "ع ع ع": "font-size",
}
# A line that begins with one of these is chrome (captions, tag bars, read-also teasers).
LINE_PREFIX: Final[dict[str, str]] = {
    "camera icon": "photo-caption", "tag icon": "tag-bar",
    "إقرأ أيضاً": "read-also", "اقرأ أيضاً": "read-also", "إقرأ أيضا": "read-also", "اقرأ أيضا": "read-also",
    "اقرأ ايضا": "read-also", "شاهد أيضاً": "read-also", "شاهد أيضا": "read-also",
    "الوسوم": "tag-bar", "كلمات مفتاحية": "tag-bar",
}
# A line that contains one of these is chrome (donation and subscription appeals).
LINE_CONTAINS: Final[dict[str, str]] = {
    "ادعم عنب بلدي": "appeal", "اضغط هنا للمساهمة": "appeal", "نحن بحاجتك لنبقى مستقلين": "appeal",
    "سوريا بحاجة للصحافة الحرة": "appeal", "الإعلام الموجّه يشوه الحقيقة": "appeal",
    "دولار واحد شهريًا يصنع الفرق": "appeal", "اشترك في النشرة": "appeal",
}
# From a line that is exactly one of these to the end of the text, everything is chrome (a list of
# related headlines, appeals) — as long as every line after it is short, as such lists are.
TAIL_FROM: Final[dict[str, str]] = {
    "مقالات متعلقة": "related-articles", "مقالات ذات صلة": "related-articles",
    "أخبار ذات صلة": "related-articles", "اظهر المزيد": "related-articles",
}
TAIL_MAX_LINE: Final = 160  # characters
