"""``fold`` of a long text (``_fold_by_replacing``: one ``str.replace`` per character of the table) is
the plain ``str.translate`` through ``_FOLD_TABLE``, on texts dense in the characters the table folds and
in their folds, at every length around the point where ``fold`` switches from one to the other."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as hs

from syrtimeline import strategies as sts
from syrtimeline.dates import normalize as N

MANY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FOLDED = sorted({chr(k) for k in N._FOLD_TABLE})
FOLDS = sorted({v for v in N._FOLD_TABLE.values() if isinstance(v, str)})
piece = hs.one_of(hs.sampled_from(FOLDED), hs.sampled_from(FOLDS), sts.arabic_heavy_text(max_size=20),
                  hs.text(max_size=8))
texts = hs.lists(piece, max_size=200).map("".join)


def test_no_fold_is_folded_again() -> None:
    """Replacing one character after another equals translating at once only when no character the
    table gives is one it folds."""
    assert all(isinstance(v, str) and len(v) == 1 for v in N._FOLD_TABLE.values())
    assert not set(FOLDS) & set(FOLDED)


@MANY
@given(text=texts)
@example(text="أ" * N._FOLD_BY_REPLACING)
@example(text="ة" * (N._FOLD_BY_REPLACING - 1))
def test_folding_by_replacing_is_translating(text: str) -> None:
    plain = text.translate(N._FOLD_TABLE)
    assert N._fold_by_replacing(text) == plain
    assert N.fold(text) == plain
    assert len(plain) == len(text)  # no offsets move
