"""Each row's top-k of a block of scores (candidates._keep_block), read from the few scores at
least a bound below the k-th largest, against the plain reading of every score it replaced:
the same columns, ties at the k-th score and rows with fewer than k positive scores
included."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.engine.align import candidates
from plandiff.engine.align.candidates import _keep_block


def reference(dense: Any, start: int, k: int, a_place: Any, b_place: Any) -> set[tuple[int, int]]:
    """The top-k of every row read from the whole row (candidates._keep_block before it
    bounded the k-th score): partition, then every score at least the k-th and positive; a row
    with more than k such scores takes those above the k-th and the tied nearest in place."""
    if dense.shape[1] <= k:
        rr, cc = np.nonzero(dense > 0)
        return set(zip((rr + start).tolist(), cc.tolist(), strict=True))
    at = dense.shape[1] - k
    kth = np.partition(dense, at, axis=1)[:, at:at + 1]
    keep = (dense >= kth) & (dense > 0)
    excess = np.count_nonzero(keep, axis=1) > k
    keep[excess] = False
    rr, cc = np.nonzero(keep)
    found = set(zip((rr + start).tolist(), cc.tolist(), strict=True))
    for r in np.nonzero(excess)[0].tolist():
        row = dense[r]
        above = np.nonzero(row > kth[r, 0])[0]
        ties = np.nonzero(row == kth[r, 0])[0]
        nearest = np.argsort(np.abs(b_place[ties] - a_place[start + r]), kind="stable")
        chosen = np.concatenate([above, ties[nearest[:k - len(above)]]])
        found.update((start + r, c) for c in chosen.tolist())
    return found


def kept(dense: Any, start: int, k: int, a_place: Any, b_place: Any) -> set[tuple[int, int]]:
    rows: list[Any] = []
    cols: list[Any] = []
    _keep_block(dense, start, k, a_place, b_place, rows, cols)
    if not rows:
        return set()
    rr, cc = np.concatenate(rows), np.concatenate(cols)
    assert len(rr) == len(set(zip(rr.tolist(), cc.tolist(), strict=True)))  # each once
    return set(zip(rr.tolist(), cc.tolist(), strict=True))


@st.composite
def blocks(draw: st.DrawFn) -> tuple[Any, int, int, Any, Any]:
    """A block of rounded scores: few distinct values (many ties, zeros and negatives' absence
    alike), or many; narrow or wide (up to several groups of columns per row)."""
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 700))
    k = draw(st.integers(1, 12))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    levels = draw(st.sampled_from([2, 3, 5, 50, 10**6]))
    dense = rng.integers(0, levels, (m, n)) / levels
    dense[rng.random((m, n)) < draw(st.sampled_from([0.0, 0.5, 0.97, 1.0]))] = 0.0
    dense = np.round(dense, 9)
    start = draw(st.integers(0, 3))
    a_place = rng.random(start + m)
    # Places with ties too (several columns equally near a row).
    b_place = rng.integers(0, draw(st.sampled_from([2, 1000])), n) / 1000
    return dense, start, k, a_place, b_place


@settings(max_examples=400, deadline=None)
@given(blocks())
def test_keep_block_is_the_plain_top_k(block: tuple[Any, int, int, Any, Any]) -> None:
    dense, start, k, a_place, b_place = block
    assert kept(dense, start, k, a_place, b_place) == reference(dense, start, k, a_place,
                                                                b_place)


@pytest.mark.parametrize("groups", [1, 2, 7, 64, 1000])
def test_any_number_of_groups_gives_the_same_top_k(monkeypatch: pytest.MonkeyPatch,
                                                    groups: int) -> None:
    monkeypatch.setattr(candidates, "GROUPS", groups)
    rng = np.random.default_rng(groups)
    for k in (1, 3, 8, 40):
        for n in (k + 1, 2 * k + 3, 130, 641):
            dense = np.round(rng.integers(0, 4, (5, n)) / 4 * (rng.random((5, n)) < 0.6), 9)
            a_place, b_place = rng.random(5), rng.integers(0, 3, n) / 3
            assert kept(dense, 0, k, a_place, b_place) == reference(dense, 0, k, a_place,
                                                                    b_place)
