"""The labelled flag set (benchmarks/flag_cases.py): big enough, scored the documented way,
and no worse than the precision and recall recorded in benchmarks/results-flags.md."""

from __future__ import annotations

from collections import Counter

import pytest
from benchmarks.bench_flags import KINDS, evaluate, matches, ratios, score
from benchmarks.flag_cases import CORPUS, cases, labelled_flags

from plandiff.engine.flags import find_flags
from plandiff.engine.redline import diff_texts


def test_the_set_labels_at_least_150_flags_with_real_corpus_changes() -> None:
    assert labelled_flags() >= 150
    assert sum(len(expected) for *_, expected in CORPUS) >= 140
    assert len(CORPUS) >= 80


def test_matching_rule() -> None:
    assert matches(("date", "within 100 days", "within 200 days"), ("date", "100 days", "200 days"))
    assert matches(("party", "Ukraine", ""), ("party", "Ukraine", "Georgia"))  # partial
    assert not matches(("party", "", ""), ("party", "Ukraine", ""))
    assert not matches(("number", "28", ""), ("party", "Europe", ""))
    assert not matches(("party", "Europe", "Ukraine"), ("party", "Europe", ""))


def _total(tally: dict[str, Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for counts in tally.values():
        total.update(counts)
    return total


def test_precision_and_recall_do_not_fall() -> None:
    tally = evaluate()
    precision, recall = ratios(_total(tally))
    # Measured (results-flags.md): 0.995 and 0.988 in session 31, 0.998 and 0.998 in session
    # 32 (503 flags); every kind's precision ≥ 0.98.
    assert precision >= 0.98, precision
    assert recall >= 0.98, recall
    for kind in KINDS:
        assert ratios(tally[kind])[0] >= 0.95, (kind, ratios(tally[kind]))


def test_the_real_changes_alone_stay_above_the_target() -> None:
    # Labelled before the detection was reworked; measured 0.986 and 0.972 (session 31),
    # 0.993 and 0.993 (session 32).
    precision, recall = ratios(_total(evaluate("real")))
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall


@pytest.mark.parametrize(("old", "new", "expected"), list(cases()))
def test_every_labelled_rewrite_raises_its_flags_and_no_other(
        old: str, new: str, expected: list[tuple[str, str, str]]) -> None:
    """The one copy of the rewrites the flag tests once repeated: each labelled flag raised
    (as the benchmark matches it: "100 days" in "within 100 days") and nothing else."""
    tally: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    found = find_flags(old, new, diff_texts(old, new))
    score([(f.kind.value, f.old, f.new) for f in found], expected, tally)
    assert not any(counts["fp"] or counts["fn"] for counts in tally.values()), (
        [(f.kind.value, f.old, f.new) for f in found], expected)
