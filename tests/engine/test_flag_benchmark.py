"""The labelled flag set (benchmarks/flag_cases.py): big enough, scored the documented way,
and no worse than the precision and recall recorded in benchmarks/results-flags.md."""

from __future__ import annotations

from collections import Counter

from benchmarks.bench_flags import KINDS, evaluate, matches, ratios
from benchmarks.flag_cases import CORPUS, labelled_flags


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
    # Measured (results-flags.md, session 31): 0.995 and 0.988; every kind's precision ≥ 0.98.
    assert precision >= 0.98, precision
    assert recall >= 0.98, recall
    for kind in KINDS:
        assert ratios(tally[kind])[0] >= 0.95, (kind, ratios(tally[kind]))


def test_the_real_changes_alone_stay_above_the_target() -> None:
    # Labelled before the detection was reworked; measured 0.986 and 0.972 (session 31).
    precision, recall = ratios(_total(evaluate("real")))
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall
