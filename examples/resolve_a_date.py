"""Resolve Arabic dates against a publication date and ask why."""

from datetime import date

import syrtimeline as st

published = date(2017, 6, 20)  # SyriaNews, 20.06.2017 19:39
for expression in ("يوم الثلاثاء", "4 – 5 من شهر تموز المقبل", "في أيار", "الأسبوع الماضي"):
    span = st.resolve(expression, anchor=published)
    print(f"{expression:>28}  →  {span}  ({span.granularity.value}, TIMEX {span.timex})")

text = "ونقلت الوكالة، أمس الجمعة 17 كانون الأول، أن الاتصالات تجري عدة مرات في اليوم منذ سبع سنوات."
for m in st.extract(text, published=date(2021, 12, 18)):
    print(f"[{m.kind}] {m.text!r} at {m.span}: {m.value}")
print(st.extract(text, published=date(2021, 12, 18))[0].explain())
