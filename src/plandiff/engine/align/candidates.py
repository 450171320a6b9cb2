"""Sparse candidate search: each point's top-k most similar points on the other side,
never a full fuzzy matrix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from plandiff.engine.align.vectors import _Side

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def _keep_top(scores: dict[int, float], k: int, here: float,
              place: Callable[[int], float]) -> dict[int, float]:
    """The k best entries; among ties, those whose relative place in their document is
    nearest ``here`` (then the first); zeros dropped."""
    positive = {j: s for j, s in scores.items() if s > 0}
    if len(positive) <= k:
        return positive
    best = sorted(positive.items(),
                  key=lambda item: (-item[1], abs(place(item[0]) - here), item[0]))[:k]
    return dict(best)


def _place(index: int, size: int) -> float:
    """Relative place of a point in its sequence, 0..1."""
    return (index + 0.5) / max(size, 1)


def _candidates_small(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for j in cols:
        for t, w in new.unit(j).items():
            postings[t].append((j, w))
    by_row: dict[int, dict[int, float]] = {}
    for i in rows:
        acc: dict[int, float] = defaultdict(float)
        for t, w in old.unit(i).items():
            for j, wj in postings.get(t, ()):
                acc[j] += w * wj
        by_row[i] = {j: round(s, 9) for j, s in acc.items()}
    by_col: dict[int, dict[int, float]] = defaultdict(dict)
    for i, row in by_row.items():
        for j, s in row.items():
            by_col[j][i] = s
    n_old, n_new = len(old.ids), len(new.ids)
    found: dict[tuple[int, int], float] = {}
    for i, row in by_row.items():
        for j, s in _keep_top(row, k, _place(i, n_old), lambda x: _place(x, n_new)).items():
            found[(i, j)] = s
    for j, col in by_col.items():
        for i, s in _keep_top(col, k, _place(j, n_new), lambda x: _place(x, n_old)).items():
            found[(i, j)] = s
    return found


def _sparse(side: _Side, idx: Sequence[int], width: int) -> Any:
    """TF-IDF rows of the points ``idx`` as a CSR matrix (vectorised: no per-point dicts)."""
    import numpy as np
    from scipy import sparse

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
    """(rows, columns), as arrays, of each row's top-k columns of ``a @ b.T`` (positive
    scores only); among ties, the columns whose relative place (``b_place``) is nearest the
    row's (``a_place``), then the first."""
    import numpy as np

    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int64]] = []
    bt = b.T.tocsc()
    for start in range(0, a.shape[0], block):
        dense: npt.NDArray[np.float64] = np.round((a[start:start + block] @ bt).toarray(), 9)
        if dense.shape[1] <= k:
            rr, cc = np.nonzero(dense > 0)
            rows.append(rr + start)
            cols.append(cc)
            continue
        kth = -np.partition(-dense, k - 1, axis=1)[:, k - 1:k]
        keep = (dense >= kth) & (dense > 0)
        excess = keep.sum(axis=1) > k  # ties at the k-th score: choose by place
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
    """Each row's and each column's top-k of ``a @ b.T``, as keys ``row * width + col``
    (``row_ids``/``col_ids``: the full-matrix position of each row/column of ``a``/``b``)."""
    import numpy as np

    rr, cc = _top_rows(a, b, k, a_place, b_place)
    cc2, rr2 = _top_rows(b, a, k, b_place, a_place)
    return np.concatenate([row_ids[rr] * width + col_ids[cc],
                           row_ids[rr2] * width + col_ids[cc2]])


COMMON_SHARE = 0.2
"""Tokens found in more than this share of the points are left out of the candidate search
(their weight is small and they make every pair share something); exact scores use them."""


def _candidates_large(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    import numpy as np
    from scipy import sparse

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
    # Points made only of common tokens: search them with every token.
    lone_rows = np.nonzero(np.diff(a_rare.indptr) == 0)[0]
    lone_cols = np.nonzero(np.diff(b_rare.indptr) == 0)[0]
    if len(lone_rows):
        found.append(_pairs_from(a[lone_rows], b, k, lone_rows, all_cols, width,
                                 a_place[lone_rows], b_place))
    if len(lone_cols):
        found.append(_pairs_from(a, b[lone_cols], k, all_rows, lone_cols, width, a_place,
                                 b_place[lone_cols]))
    keys = np.unique(np.concatenate(found))  # sorted by (row, column)
    if not len(keys):
        return {}
    rr, cc = keys // width, keys % width
    exact = np.round(np.asarray(a[rr].multiply(b[cc]).sum(axis=1)).ravel(), 9)
    return {(rows[r], cols[c]): v
            for r, c, v in zip(rr.tolist(), cc.tolist(), exact.tolist(), strict=True) if v > 0}


