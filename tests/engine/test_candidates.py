"""The candidate search without scipy, with numpy or in pure Python, gives exactly what the
scipy.sparse search it replaced gave: the same candidates with the same (rounded) scores, in
the same order, on many seeded cases (ties, points made only of common tokens, empty points,
any k, any subset of points).

The reference below is that scipy code as it stood before numpy alone took over (commit
afd1cdd, ``engine/align/candidates.py``), kept here only to check against."""

from __future__ import annotations

import random
from itertools import chain
from typing import Any

import numpy as np
import pytest
from benchmarks.synth import generate
from scipy import sparse

from plandiff.engine.align.candidates import (
    COMMON_SHARE,
    _candidates_large,
    _candidates_numpy,
    _candidates_python,
    _place,
)
from plandiff.engine.align.vectors import _Side, _vectorise
from plandiff.plans.model import Point


def _sparse(side: _Side, idx: list[int], width: int) -> Any:
    lengths = np.fromiter((len(side.ids[i]) for i in idx), dtype=np.int64, count=len(idx))
    cols = np.fromiter(chain.from_iterable(side.ids[i] for i in idx), dtype=np.int64,
                       count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(idx), dtype=np.int64), lengths)
    counts = sparse.csr_matrix((np.ones(len(cols), dtype=np.float64), (rows, cols)),
                               shape=(len(idx), width))
    counts.sum_duplicates()
    idf = np.zeros(width, dtype=np.float64)
    for t, w in side.idf.items():
        idf[t] = w
    counts.data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ counts


def _top_rows(a: Any, b: Any, k: int, a_place: Any, b_place: Any,
              block: int = 256) -> tuple[Any, Any]:
    rows: list[Any] = []
    cols: list[Any] = []
    bt = b.T.tocsc()
    for start in range(0, a.shape[0], block):
        dense = np.round((a[start:start + block] @ bt).toarray(), 9)
        if dense.shape[1] <= k:
            rr, cc = np.nonzero(dense > 0)
            rows.append(rr + start)
            cols.append(cc)
            continue
        kth = -np.partition(-dense, k - 1, axis=1)[:, k - 1:k]
        keep = (dense >= kth) & (dense > 0)
        excess = keep.sum(axis=1) > k
        rr, cc = np.nonzero(keep & ~excess[:, None])
        rows.append(rr + start)
        cols.append(cc)
        for r in np.nonzero(excess)[0].tolist():
            row = dense[r]
            above = np.nonzero(row > kth[r, 0])[0]
            ties = np.nonzero(row == kth[r, 0])[0]
            nearest = np.argsort(np.abs(b_place[ties] - a_place[start + r]), kind="stable")
            chosen = np.concatenate([above, ties[nearest[:k - len(above)]]])
            rows.append(np.full(len(chosen), start + r, dtype=np.int64))
            cols.append(chosen.astype(np.int64))
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(rows), np.concatenate(cols)


def _pairs_from(a: Any, b: Any, k: int, row_ids: Any, col_ids: Any, width: int,
                a_place: Any, b_place: Any) -> Any:
    rr, cc = _top_rows(a, b, k, a_place, b_place)
    cc2, rr2 = _top_rows(b, a, k, b_place, a_place)
    return np.concatenate([row_ids[rr] * width + col_ids[cc],
                           row_ids[rr2] * width + col_ids[cc2]])


def reference(old: _Side, new: _Side, rows: list[int], cols: list[int],
              k: int) -> dict[tuple[int, int], float]:
    width = len(old.idf)
    a = _sparse(old, rows, width)
    b = _sparse(new, cols, width)
    df = np.bincount(a.indices, minlength=width) + np.bincount(b.indices, minlength=width)
    rare = sparse.diags((df <= max(8, COMMON_SHARE * (len(rows) + len(cols)))).astype(
        np.float64))
    a_rare, b_rare = (a @ rare).tocsr(), (b @ rare).tocsr()
    a_rare.eliminate_zeros()
    b_rare.eliminate_zeros()
    a_place = np.array([_place(i, len(old.ids)) for i in rows])
    b_place = np.array([_place(j, len(new.ids)) for j in cols])
    width = len(cols)
    all_rows = np.arange(len(rows), dtype=np.int64)
    all_cols = np.arange(width, dtype=np.int64)
    found = [_pairs_from(a_rare, b_rare, k, all_rows, all_cols, width, a_place, b_place)]
    lone_rows = np.nonzero(np.diff(a_rare.indptr) == 0)[0]
    lone_cols = np.nonzero(np.diff(b_rare.indptr) == 0)[0]
    if len(lone_rows):
        found.append(_pairs_from(a[lone_rows], b, k, lone_rows, all_cols, width,
                                 a_place[lone_rows], b_place))
    if len(lone_cols):
        found.append(_pairs_from(a, b[lone_cols], k, all_rows, lone_cols, width, a_place,
                                 b_place[lone_cols]))
    keys = np.unique(np.concatenate(found))
    if not len(keys):
        return {}
    rr, cc = keys // width, keys % width
    exact = np.round(np.asarray(a[rr].multiply(b[cc]).sum(axis=1)).ravel(), 9)
    return {(rows[r], cols[c]): v
            for r, c, v in zip(rr.tolist(), cc.tolist(), exact.tolist(), strict=True) if v > 0}


def points(texts: list[str], prefix: str) -> list[Point]:
    return [Point.model_validate({"id": f"{prefix}{k}", "number": str(k + 1), "text": text})
            for k, text in enumerate(texts)]


def random_texts(rng: random.Random, count: int, vocabulary: list[str]) -> list[str]:
    """Texts of 0 to 30 words over a small vocabulary, a fifth of them copies of an earlier
    one: tied scores, repeated and common words, and points holding only common words are
    frequent."""
    common = vocabulary[:4]
    out: list[str] = []
    for _ in range(count):
        if out and rng.random() < 0.2:
            out.append(rng.choice(out))
            continue
        pool = common if rng.random() < 0.15 else vocabulary
        out.append(" ".join(rng.choice(pool) for _ in range(rng.randint(0, 30))))
    return out


def check(old: list[Point], new: list[Point], rng: random.Random, k: int) -> None:
    """The numpy search, the pure-Python one and the scipy reference agree exactly."""
    o, n = _vectorise(old, new)
    rows = sorted(rng.sample(range(len(old)), rng.randint(1, len(old))))
    cols = sorted(rng.sample(range(len(new)), rng.randint(1, len(new))))
    want = list(reference(o, n, rows, cols, k).items())
    assert list(_candidates_numpy(o, n, rows, cols, k).items()) == want
    assert list(_candidates_python(o, n, rows, cols, k).items()) == want
    assert list(_candidates_large(o, n, rows, cols, k).items()) == want


@pytest.mark.parametrize("seed", range(60))
def test_same_candidates_as_the_scipy_search_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{v}" for v in range(rng.randint(5, 80))]
    old = points(random_texts(rng, rng.randint(1, 70), vocabulary), "o")
    new = points(random_texts(rng, rng.randint(1, 70), vocabulary), "n")
    check(old, new, rng, rng.randint(1, 9))


@pytest.mark.parametrize("seed", range(4))
def test_same_candidates_as_the_scipy_search_on_synthetic_revisions(seed: int) -> None:
    rng = random.Random(seed)
    pair = generate(rng.choice([150, 300, 600]), seed=seed)
    check(points(pair.old, "o"), points(pair.new, "n"), rng, 8)


@pytest.mark.parametrize("exact_cells", [1, 1000, 1 << 21])
@pytest.mark.parametrize("dense_cells", [0, 1 << 22])
@pytest.mark.parametrize("expansion", [50, 1 << 20])
def test_blocks_and_both_ways_of_reading_columns_give_the_same_candidates(
        monkeypatch: pytest.MonkeyPatch, expansion: int, dense_cells: int,
        exact_cells: int) -> None:
    from plandiff.engine.align import candidates

    # A row or two per block (50), or 256; each column's top-k read from the kept matrix, or
    # computed a second time (0 cells kept); the full cosines read a row at a time (1 cell),
    # a few rows (1,000 cells) or all at once.
    monkeypatch.setattr(candidates, "EXPANSION", expansion)
    monkeypatch.setattr(candidates, "DENSE_CELLS", dense_cells)
    monkeypatch.setattr(candidates, "EXACT_CELLS", exact_cells)
    for seed in range(3):
        rng = random.Random(99 + seed)
        pair = generate(200, seed=5 + seed)
        check(points(pair.old, "o"), points(pair.new, "n"), rng, 8)
        vocabulary = [f"w{v}" for v in range(12)]
        check(points(random_texts(rng, 40, vocabulary), "o"),
              points(random_texts(rng, 300, vocabulary), "n"), rng, 3)
