"""``typography.is_folded`` is the fast check in front of ``fold``: it must say True exactly
when folding leaves the text as it is (an ASCII backtick folds to an apostrophe)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from plandiff.typography import fold, fold_map, is_folded

_SAMPLES = "ab `'\"-‘’ʼ“”«»–—\u00a0\u2009\u3000－日本"


def test_an_ascii_backtick_is_not_folded_yet() -> None:
    assert not is_folded("it`s")
    assert fold("it`s") == "it's"
    assert is_folded("it's plain ASCII")


@given(st.text(alphabet=_SAMPLES, max_size=12))
@example("a `b`")
def test_is_folded_says_whether_fold_changes_the_text(text: str) -> None:
    assert is_folded(text) == (fold(text) == text)


def test_a_space_between_japanese_and_digits_or_latin_is_typography() -> None:
    """A PDF pasted as text keeps the gap a layout sets between kanji and digits as a space
    (``平時に 80 万人``): the diff showed ``平時に[-80-]{+ 80 +}万人`` against the typed text."""
    assert fold("軍は平時に 80 万人を保つ。") == fold("軍は平時に80万人を保つ。")
    assert fold("NATO の監視団") == "NATOの監視団"
    assert fold("peace 80 days") == "peace 80 days"
    folded, where = fold_map("平時に 80 万人")
    assert folded == "平時に80万人"
    assert len(where) == len(folded) + 1


@given(st.text(alphabet=_SAMPLES + "8 日", max_size=12))
@example("日 8")
def test_fold_map_folds_as_fold_does(text: str) -> None:
    folded, where = fold_map(text)
    assert folded == fold(text)
    assert len(where) == len(folded) + 1


def test_the_ukrainian_apostrophe_is_typography() -> None:
    """Ukrainian orthography's apostrophe is the modifier letter U+02BC (``зобовʼязання``);
    outlets type ``’`` or ``'``: the diff showed the word deleted and inserted."""
    assert fold("зобовʼязання сторін") == fold("зобов’язання сторін") == "зобов'язання сторін"
