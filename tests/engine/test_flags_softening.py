"""A statement softened or hardened without its modal changing: a verb of guarantee put for
one of support, the whole put for a part, a condition put on it or taken off
(engine/flags/softening.py); and commitments softened to efforts (engine/flags/modality.py).
The labelled rewrites are benchmarks/flag_cases.py's SOFTENED; the tests here pin the
mechanisms around them."""

from __future__ import annotations

import pytest
from benchmarks.flag_cases import SOFTENED
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.engine.flags import find_flags
from plandiff.engine.redline import diff_texts


def flags(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.old, f.new) for f in find_flags(old, new, diff_texts(old, new))]


@pytest.mark.parametrize(("old", "new", "expected"), SOFTENED)
def test_softened_and_hardened_rewrites(old: str, new: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    assert flags(old, new) == expected


@pytest.mark.parametrize(("old", "new"), [
    # a sentence added whole brings its condition with it
    ("Sanctions are eased in stages.",
     "Sanctions are eased in stages. Further relief may follow, provided that the ceasefire "
     "holds."),
    # the whole and a part far apart in a rewritten passage: no word put for another
    ("All sanctions are eased in stages.",
     "A new commission reviews some of the measures each quarter and reports to the parties."),
    # a guarantee and a support in a long rewrite: the redline shows it, no swap is read
    ("The United States guarantees the deal.",
     "The United States, which earlier offered to help broker talks, now backs the deal in "
     "full."),
    # a plain "if" in a rewritten sentence says nothing of a condition added
    ("Once the line is agreed, neither side may change it by force; the guarantee ceases to "
     "apply if this is breached.", "Both sides undertake not to change the line by force."),
])
def test_no_flag_without_a_word_put_for_another_or_a_condition_put_on_a_statement(
        old: str, new: str) -> None:
    assert not [f for f in flags(old, new) if f[0] in ("modality", "number")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a plain condition inserted alone into a statement otherwise unchanged
    ("Sanctions are lifted.", "Sanctions are lifted, if Russia complies with the ceasefire.",
     ("modality", "", "if")),
    ("Санкции снимаются.", "Санкции снимаются, если Россия соблюдает перемирие.",
     ("modality", "", "если")),
    ("Санкції знімаються поетапно.",
     "Санкції знімаються поетапно, якщо Росія дотримується перемир'я.",
     ("modality", "", "якщо")),
    ("制裁を段階的に緩和する。", "停戦が守られた場合、制裁を段階的に緩和する。",
     ("modality", "", "場合")),
    ("Sanctions are lifted, if Russia complies with the ceasefire.", "Sanctions are lifted.",
     ("modality", "if", "")),
    # the whole put for a part named by "the part"
    ("The guarantee covers all of Ukraine's territory.",
     "The guarantee covers the part of Ukraine's territory under its control.",
     ("number", "all", "part")),
])
def test_a_plain_condition_inserted_alone_and_a_part_put_for_the_whole(
        old: str, new: str, expected: tuple[str, str, str]) -> None:
    assert expected in flags(old, new)


def test_only_if_is_one_condition_not_two() -> None:
    assert flags("Sanctions are lifted in stages.",
                 "Sanctions are lifted in stages only if the ceasefire holds.") == [
        ("modality", "", "only if")]


@given(st.lists(st.sampled_from(
    [*"abcdefghilmnoprstuvwy ASE-'.,", "all ", "each ", "support", "guarantee", "part of ",
     "a number of ", "helped", "favour", "Many", "shall ", "-all", "all-", "if ", "If",
     "only if ", "provided that ", "subject to approval", "as long as", "specific"]),
    max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_latin_searches_answer_as_the_full_ones_on_ascii_text(text: str) -> None:
    """The Latin-only searches (the swap classes', the conditions'; used on ASCII text, for
    speed) find what the full ones, with their Cyrillic and Japanese words, find there."""
    from plandiff.engine.flags.softening import (
        _ANY_SWAPPED,
        _ANY_SWAPPED_LATIN,
        _CONDITION,
        _CONDITIONS_LATIN,
        _IF,
    )

    for latin, full in ((_ANY_SWAPPED_LATIN, _ANY_SWAPPED), (_CONDITIONS_LATIN[0], _CONDITION),
                        (_CONDITIONS_LATIN[1], _IF)):
        assert [m.span() for m in latin.finditer(text)] == \
            [m.span() for m in full.finditer(text)]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a point of one sentence each side rewritten nearly whole: the statement stayed (the
    # point is the same), and a restrictive condition came or went with the rewrite
    ("Sanctions on Russia are eased in stages by the parties.",
     "The parties may gradually relax the restrictive measures on Russia, provided that the "
     "ceasefire holds.", ("modality", "", "provided that")),
    ("Restrictions on Russian trade end on condition that Moscow keeps the ceasefire.",
     "All trade measures against Russia are lifted at once.",
     ("modality", "on condition that", "")),
])
def test_a_condition_in_a_sentence_rewritten_nearly_whole(
        old: str, new: str, expected: tuple[str, str, str]) -> None:
    assert expected in flags(old, new)


def test_a_condition_in_a_sentence_added_to_a_rewrite_is_none() -> None:
    """Two sentences on the new side: the condition may have come with the second."""
    assert not [f for f in flags(
        "Sanctions on Russia are eased in stages by the parties.",
        "The parties may gradually relax the restrictive measures on Russia. Further steps "
        "follow, provided that the ceasefire holds.") if f[0] == "modality" and f[2]]


@pytest.mark.parametrize(("old", "new"), [
    ("The agreement is not binding at all.", "The agreement is not binding."),
    ("Overall, sanctions are eased.", "Over time, sanctions are eased."),
    ("Prisoners are exchanged all for all.", "All prisoners are exchanged for all prisoners."),
    ("All sanctions are eased in stages.", "Sanctions on all banks are eased in stages."),
    ("The allies meet in Paris.", "The ies meet in Paris."),
    ("All in all, the plan holds.", "In all, the plan holds."),
    # a sentence rewritten around the word: the statement did not stay
    ("The commission shall review all reports from the monitors.",
     "A new body may review reports sent by observers."),
])
def test_a_word_of_the_whole_that_counts_nothing_or_moved_is_no_scope_flag(
        old: str, new: str) -> None:
    assert not [f for f in flags(old, new) if f[0] == "number"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Russia withdraws from all occupied areas.", "Russia withdraws from occupied areas.",
     ("number", "all", "")),
    ("Sanctions are lifted.", "All sanctions are lifted.", ("number", "", "All")),
    ("The whole territory is demilitarised.", "The territory is demilitarised.",
     ("number", "whole", "")),
    ("Россия снимает все санкции.", "Россия снимает санкции.", ("number", "все", "")),
    ("米国はすべての制裁を解除する。", "米国は制裁を解除する。", ("number", "すべて", "")),
])
def test_a_word_of_the_whole_dropped_or_added_alone_narrows_or_widens_the_scope(
        old: str, new: str, expected: tuple[str, str, str]) -> None:
    """"withdraws from all occupied areas" → "from occupied areas": the classic scope change
    of a negotiated text, which showed in the redline but raised no flag."""
    assert flags(old, new) == [expected]


def test_the_set_of_words_of_the_whole_is_the_pattern_s() -> None:
    """A hunk that is one word of the whole alone is told by a set lookup; the set and the
    pattern that finds those words in longer hunks must name the same words."""
    from plandiff.engine.flags.softening import _WHOLE, _WHOLE_WORDS

    for word in _WHOLE_WORDS:
        assert _WHOLE.fullmatch(word.removesuffix("の")), word
    alternatives = {w for part in _WHOLE.source.split("|")
                    for w in [part.split("(?:")[-1].split(")")[0]] if w.isalpha()}
    assert len(alternatives) == 27  # the pattern's words, read off its source
    assert {w.casefold() for w in alternatives} <= _WHOLE_WORDS
