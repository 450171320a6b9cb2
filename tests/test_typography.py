"""``typography.is_folded`` is the fast check in front of ``fold``: it must say True exactly
when folding leaves the text as it is (an ASCII backtick folds to an apostrophe)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from plandiff.typography import fold, is_folded

_SAMPLES = "ab `'\"-‘’“”«»–—\u00a0\u2009\u3000－日本"


def test_an_ascii_backtick_is_not_folded_yet() -> None:
    assert not is_folded("it`s")
    assert fold("it`s") == "it's"
    assert is_folded("it's plain ASCII")


@given(st.text(alphabet=_SAMPLES, max_size=12))
@example("a `b`")
def test_is_folded_says_whether_fold_changes_the_text(text: str) -> None:
    assert is_folded(text) == (fold(text) == text)
