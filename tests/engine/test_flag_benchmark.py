"""The labelled flag set (benchmarks/flag_cases.py): big enough, scored the documented way,
and no worse than the precision and recall recorded in benchmarks/results-flags.md."""

from __future__ import annotations

from benchmarks.bench_flags import evaluate, matches, ratios
from benchmarks.flag_cases import CORPUS, labelled_flags


def test_the_set_labels_at_least_150_flags_with_real_corpus_changes() -> None:
    assert labelled_flags() >= 150
    assert len(CORPUS) >= 10


def test_matching_rule() -> None:
    assert matches(("date", "within 100 days", "within 200 days"), ("date", "100 days", "200 days"))
    assert matches(("party", "Ukraine", ""), ("party", "Ukraine", "Georgia"))  # partial
    assert not matches(("party", "", ""), ("party", "Ukraine", ""))
    assert not matches(("number", "28", ""), ("party", "Europe", ""))
    assert not matches(("party", "Europe", "Ukraine"), ("party", "Europe", ""))


def test_precision_and_recall_do_not_fall() -> None:
    from collections import Counter

    tally = evaluate()
    total: Counter[str] = Counter()
    for counts in tally.values():
        total.update(counts)
    precision, recall = ratios(total)
    # Measured (results-flags.md) on the set as relabelled and enlarged, before the
    # detection was reworked: 0.802 and 0.823.
    assert precision >= 0.80, precision
    assert recall >= 0.82, recall
