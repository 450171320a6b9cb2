"""The flags of an exchange's formula changed ("all for all" → "one for one")."""

from __future__ import annotations

import pytest
from benchmarks.flag_cases import EXCHANGES

from plandiff.engine.flags import find_flags
from plandiff.engine.flags.exchanges import formulas
from plandiff.engine.redline import diff_texts


def flags(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.old, f.new) for f in find_flags(old, new, diff_texts(old, new))]


@pytest.mark.parametrize(("old", "new", "expected"), [c for c in EXCHANGES if c[2]])
def test_an_exchange_formula_put_for_another_is_one_number_flag(
        old: str, new: str, expected: list[tuple[str, str, str]]) -> None:
    """The flagged cases of flag_cases.EXCHANGES (the one copy, which the benchmark reads
    too), in lower case, in capitals and capitalised: exactly one number flag."""
    assert flags(old, new) == expected


@pytest.mark.parametrize(("old", "new"), [c[:2] for c in EXCHANGES if not c[2]])
def test_no_flag_without_a_formula_put_for_another(old: str, new: str) -> None:
    """The cases of flag_cases.EXCHANGES that raise nothing: the same formula written
    otherwise, or a formula on one side only."""
    assert flags(old, new) == []


def test_words_that_only_look_like_a_formula_are_none() -> None:
    assert formulas("He voted for one, then for all of them; 5 for 6.") == []
    assert formulas("Day for day, they wait.") == []
    assert [f[1:] for f in formulas("a 2-for-2 swap and an all for all swap")] == [
        ("2-for-2", "2"), ("all for all", "all")]


def test_capitals_that_only_look_like_a_formula_are_none() -> None:
    assert formulas("ONE FOR ALL, ALL FOR ONE") == []
    assert formulas("VOTES FOR 5 FOR 6 AND NONE FOR ALL") == []
