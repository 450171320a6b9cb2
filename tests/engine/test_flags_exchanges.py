"""The flags of an exchange's formula changed ("all for all" → "one for one")."""

from __future__ import annotations

import pytest

from plandiff.engine.flags import find_flags
from plandiff.engine.flags.exchanges import formulas
from plandiff.engine.redline import diff_texts


def flags(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.old, f.new) for f in find_flags(old, new, diff_texts(old, new))]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Prisoners are exchanged on an all-for-all basis.",
     "Prisoners are exchanged on a one-for-one basis.",
     [("number", "all-for-all", "one-for-one")]),
    ("Prisoners are exchanged all for all.", "Prisoners are exchanged 1,000 for 1,000.",
     [("number", "all for all", "1,000 for 1,000")]),
    # both formulas in digits: one flag for the formula, not one for each of its numbers
    ("Russia and Ukraine swap 1,000 for 1,000 prisoners.",
     "Russia and Ukraine swap 500 for 500 prisoners.",
     [("number", "1,000 for 1,000", "500 for 500")]),
    ("Обмін полоненими відбувається за формулою всіх на всіх.",
     "Обмін полоненими відбувається за формулою одного на одного.",
     [("number", "всіх на всіх", "одного на одного")]),
    ("捕虜は全員対全員で交換する。", "捕虜は1000人対1000人で交換する。",
     [("number", "全員対全員", "1000人対1000人")]),
])
def test_an_exchange_formula_put_for_another_is_one_number_flag(
        old: str, new: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(old, new) == expected


@pytest.mark.parametrize(("old", "new"), [
    # the same formula written otherwise
    ("Prisoners are swapped all for all.", "Prisoners are swapped all-for-all."),
    ("Prisoners are swapped all for all.", "Prisoners are swapped All for All."),
    # a formula on one side only: a rewrite, which the redline shows
    ("Prisoners are exchanged all for all.", "All prisoners are exchanged for all prisoners."),
])
def test_no_formula_flag_without_a_formula_put_for_another(old: str, new: str) -> None:
    assert [f for f in flags(old, new) if f[0] == "number"] == []


def test_words_that_only_look_like_a_formula_are_none() -> None:
    assert formulas("He voted for one, then for all of them; 5 for 6.") == []
    assert formulas("Day for day, they wait.") == []
    assert [f[1:] for f in formulas("a 2-for-2 swap and an all for all swap")] == [
        ("2-for-2", "2"), ("all for all", "all")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a headline's formula, in capitals or with every word capitalised
    ("PRISONER SWAP: ALL-FOR-ALL EXCHANGE AGREED", "PRISONER SWAP: ONE-FOR-ONE EXCHANGE AGREED",
     [("number", "ALL-FOR-ALL", "ONE-FOR-ONE")]),
    ("Prisoners Are Exchanged All For All", "Prisoners Are Exchanged 1,000 For 1,000",
     [("number", "All For All", "1,000 For 1,000")]),
    ("ОБМЕН ПЛЕННЫМИ ПО ФОРМУЛЕ ВСЕХ НА ВСЕХ", "ОБМЕН ПЛЕННЫМИ ПО ФОРМУЛЕ 1000 НА 1000",
     [("number", "ВСЕХ НА ВСЕХ", "1000 НА 1000")]),
    ("ОБМІН ПОЛОНЕНИМИ ВСІХ НА ВСІХ", "ОБМІН ПОЛОНЕНИМИ ОДНОГО НА ОДНОГО",
     [("number", "ВСІХ НА ВСІХ", "ОДНОГО НА ОДНОГО")]),
])
def test_a_formula_in_capitals_is_read_as_one_in_lower_case(
        old: str, new: str, expected: list[tuple[str, str, str]]) -> None:
    assert flags(old, new) == expected


def test_capitals_that_only_look_like_a_formula_are_none() -> None:
    assert formulas("ONE FOR ALL, ALL FOR ONE") == []
    assert formulas("VOTES FOR 5 FOR 6 AND NONE FOR ALL") == []
