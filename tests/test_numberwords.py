"""The one table of numbers written in words (plandiff.numberwords) and its two readers."""

from __future__ import annotations

from collections import Counter

import pytest

from plandiff.engine.flags.patterns import CYR_WORD_VALUES
from plandiff.numberwords import CYR_FORMS, cyrillic_values
from plandiff.plans.intake.numwords import number_value


def test_no_form_stands_for_two_numbers() -> None:
    counts = Counter(form for forms in CYR_FORMS.values() for form in forms)
    assert [form for form, n in counts.items() if n > 1] == []


def test_each_reader_takes_its_range_and_leaves_out_its_words() -> None:
    assert cyrillic_values(2, 3) == {form: value for value in (2, 3)
                                     for form in CYR_FORMS[value]}
    assert "семью" not in CYR_WORD_VALUES  # "family" for the flags
    assert "одна" not in CYR_WORD_VALUES  # "одна из сторон"
    assert CYR_WORD_VALUES["дев'ятсот"] == 900
    assert number_value("семью") == 7  # "с семью пунктами" for a headline's count


@pytest.mark.parametrize(("words", "value"), [
    ("двадцятьма вісьмома", 28),
    ("двадцатью восемью", 28),
    ("з двадцяти", None),
    ("двадцяти восьми", 28),
    ("дев'ятнадцятьма", 19),
])
def test_the_readers_agree_on_a_count(words: str, value: int | None) -> None:
    assert number_value(words) == value
    if value is not None:  # the flags' reader adds the words up the same way
        assert sum(CYR_WORD_VALUES[w] for w in words.split()) == value
