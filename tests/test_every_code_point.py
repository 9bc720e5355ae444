"""No character breaks the reader: every Unicode code point alone and inside a news sentence, and the
Arabic blocks' letters, marks and presentation forms inside news sentences (with the event coder too),
give dates or none, events or none, never an exception.

(«ۃ», U+06C3 ARABIC LETTER TEH MARBUTA GOAL, written in Urdu and in some transliterated names, raised
KeyError from the lexer: the lexer matched it as a spelling of ه but folding did not.)"""

from __future__ import annotations

import datetime as dt

import syrtimeline as st

PUB = dt.date(2020, 1, 1)
#: Arabic, Arabic Supplement, Arabic Extended-B and -A, Presentation Forms-A and -B.
ARABIC_BLOCKS = [(0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x0900), (0xFB50, 0xFE00), (0xFE70, 0xFF00)]


def _arabic() -> list[str]:
    return [chr(cp) for a, b in ARABIC_BLOCKS for cp in range(a, b)]


def test_every_code_point_alone_is_read_without_error() -> None:
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:  # surrogates are not characters of a str read from text
            continue
        assert isinstance(st.extract(chr(cp), PUB), list), hex(cp)


def test_arabic_characters_inside_sentences_are_read_without_error() -> None:
    articles = []
    for n, c in enumerate(_arabic()):
        text = f"قصفت الطائرات{c} الروسية أمس مواقع في إدلب، وقال لافروف{c} في 16{c}تموز {c}الثلاثاء إن{c}ه"
        st.extract(text, PUB)
        articles.append(st.Article.build(f"t{n}", text, published=PUB, detect=False))
    assert list(st.Timeline.from_articles(articles, knowledge=False))  # the sentences' strikes and words


def test_every_code_point_inside_a_sentence_is_read_without_error() -> None:
    """Every code point (surrogates aside) inside a news sentence with dates, weekdays and a numeric
    date: runs of eight code points fill twelve places of the sentence (inside words, glued to numbers
    and month names, between the parts of a numeric date), so each is met by the lexer and the rules
    and none is read alone."""
    cps = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    places = 12
    for i in range(0, len(cps), 8 * places):
        runs = ["".join(map(chr, cps[j:j + 8])) for j in range(i, min(i + 8 * places, len(cps)), 8)]
        r = runs + [""] * (places - len(runs))
        text = (f"قصفت{r[0]} الطائرات الروسية{r[1]} أمس {r[2]}مواقع في إدلب{r[3]}، وقال لافروف في "
                f"16{r[4]}تموز{r[5]} 2019 {r[6]}الثلاثاء{r[7]} إن{r[8]} الهدنة تبدأ{r[9]} يوم{r[10]} "
                f"الجمعة 3/4/{r[11]}2021")
        for m in st.extract(text, PUB):
            assert m.text == text[m.span[0]:m.span[1]], hex(cps[i])


def test_teh_marbuta_goal_reads_as_teh_marbuta() -> None:
    (m,) = st.extract("في الثالث من تموز سنۃ 2019", PUB)
    assert (m.value.start, m.value.end) == (dt.date(2019, 7, 3), dt.date(2019, 7, 3))
