"""Sparse candidate search: each point's top-k most similar points on the other side,
never a full fuzzy matrix."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any, cast

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


class _Rows:
    """TF-IDF unit rows of some points of one side as flat arrays (CSR-like): row ``r``'s
    token ids ``tokens[start[r]:start[r + 1]]``, ascending, and their weights.

    Built with the very float operations (and summation orders) of the scipy.sparse code this
    replaced (tests/engine/test_candidates.py keeps it as the reference): counts ``c`` of each
    token, ``x = (1 + log c) · idf``, the norm the root of the squares summed in token order,
    each weight ``(1 / norm) · x``; an empty row keeps norm 1. Only numpy is imported, not
    scipy.sparse, whose import alone cost about half a second of CPU time per process.
    """

    def __init__(self, side: _Side, idx: Sequence[int], idf: npt.NDArray[np.float64]) -> None:
        import numpy as np

        from plandiff.engine.align.npsets import unique_counts

        width = len(idf)
        docs = list(map(side.ids.__getitem__, idx))
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        tokens = np.fromiter(chain.from_iterable(docs), dtype=np.int64,
                             count=int(lengths.sum()))
        row = np.repeat(np.arange(len(idx), dtype=np.int64), lengths)
        keys, counts = unique_counts(row * width + tokens)
        self.row: npt.NDArray[np.int64] = keys // width
        self.tokens: npt.NDArray[np.int64] = keys % width
        data = (1.0 + np.log(counts.astype(np.float64))) * idf[self.tokens]
        # np.bincount adds its weights one after another, in order: the row's squares in
        # token order, as a sparse matrix-vector product does (np.add.reduce would pair them).
        norms = np.sqrt(np.bincount(self.row, weights=data * data, minlength=len(idx)))
        norms[norms == 0] = 1.0
        self.weights: npt.NDArray[np.float64] = (1.0 / norms)[self.row] * data
        self.size = len(idx)
        self.start = np.zeros(len(idx) + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.row, minlength=len(idx)), out=self.start[1:])

    def subset(self, keep: npt.NDArray[np.bool_]) -> _Rows:
        """The same rows holding only the tokens where ``keep`` (indexed by token id)."""
        import numpy as np

        mask = keep[self.tokens]
        made = object.__new__(_Rows)
        made.row, made.tokens, made.weights = self.row[mask], self.tokens[mask], self.weights[mask]
        made.size = self.size
        made.start = np.zeros(self.size + 1, dtype=np.int64)
        np.cumsum(np.bincount(made.row, minlength=self.size), out=made.start[1:])
        return made

    def take(self, rows: npt.NDArray[np.int64]) -> _Rows:
        """The rows ``rows`` (in that order), renumbered from 0."""
        import numpy as np

        lengths = self.start[rows + 1] - self.start[rows]
        picked = _ranges(self.start[rows], lengths)
        made = object.__new__(_Rows)
        made.row = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        made.tokens, made.weights = self.tokens[picked], self.weights[picked]
        made.size = len(rows)
        made.start = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=made.start[1:])
        return made


def _ranges(starts: npt.NDArray[np.int64], lengths: npt.NDArray[np.int64]
            ) -> npt.NDArray[np.int64]:
    """``concatenate([arange(s, s + n) for s, n in zip(starts, lengths)])``, vectorised."""
    import numpy as np

    total = int(lengths.sum())
    before = np.cumsum(lengths) - lengths
    return np.repeat(starts - before, lengths) + np.arange(total, dtype=np.int64)


EXPANSION = 1 << 20
"""Most products one block of rows may expand to in :func:`_blocks`: bounds its memory."""
BLOCK = 256
"""Most rows of one block of scores."""
DENSE_CELLS = 1 << 22
"""Up to this many cells (32 MB), :func:`_pairs_from` keeps the whole score matrix and reads
each column's top-k from it instead of computing every score a second time."""


def _blocks(a: _Rows, b: _Rows, width: int, descending: bool
            ) -> Iterator[tuple[int, npt.NDArray[np.float64]]]:
    """(first row, scores) of consecutive blocks of rows of ``a · bᵀ``, rounded to 9 places.

    Each score sums its products in ``a``'s token order (ascending, or ``descending``) with
    np.bincount, which adds one after another: the order, and so the floats, of the sparse
    matrix product this replaced (a score sums the same products in the same token order
    whichever side is ``a``)."""
    import numpy as np

    # b's entries by token: the columns holding each token, in column order.
    by_token = np.lexsort((b.row, b.tokens))
    # (np.take throughout: the same gathers as indexing with an array, by a quicker loop.)
    b_cols, b_weights = b.row.take(by_token), b.weights.take(by_token)
    b_count = np.bincount(b.tokens, minlength=width)
    b_start = np.cumsum(b_count) - b_count
    ncols = b.size
    order = np.arange(len(a.tokens), dtype=np.int64)
    if descending:
        order = a.start[a.row] + a.start[a.row + 1] - 1 - order
    fan = b_count.take(a.tokens.take(order))  # products each entry of ``a`` (in summing
    # order) makes
    per_row = np.bincount(a.row.take(order), weights=fan, minlength=a.size)
    start = 0
    while start < a.size:
        stop, load = start + 1, per_row[start]
        while stop < a.size and stop - start < BLOCK and load + per_row[stop] <= EXPANSION:
            load += per_row[stop]
            stop += 1
        entries = order[a.start[start]:a.start[stop]]
        tokens = a.tokens.take(entries)
        n = b_count.take(tokens)
        pos = _ranges(b_start.take(tokens), n)
        cells = np.repeat((a.row.take(entries) - start) * ncols, n) + b_cols.take(pos)
        products = np.repeat(a.weights.take(entries), n) * b_weights.take(pos)
        # (np.bincount with weights counts in float64, which its type hints do not say.)
        dense = cast("npt.NDArray[np.float64]", np.bincount(
            cells, weights=products, minlength=(stop - start) * ncols))
        # Rounded where it stands: np.round's own steps (multiply, rint, divide) on one
        # buffer, without a second one.
        yield start, np.round(dense, 9, out=dense).reshape(stop - start, ncols)
        start = stop


def _top_rows(a: _Rows, b: _Rows, k: int, a_place: Any, b_place: Any, width: int,
              descending: bool = False) -> tuple[Any, Any]:
    """(rows, columns), as arrays, of each row's top-k columns of ``a · bᵀ`` (positive scores,
    rounded to 9 places, only); among ties, the columns whose relative place (``b_place``) is
    nearest the row's (``a_place``), then the first."""
    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int64]] = []
    if a.size and b.size:
        for start, dense in _blocks(a, b, width, descending):
            _keep_block(dense, start, k, a_place, b_place, rows, cols)
    return _joined(rows, cols)


def _joined(rows: list[Any], cols: list[Any]) -> tuple[Any, Any]:
    import numpy as np

    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(rows), np.concatenate(cols)


GROUPS = 64
""":func:`_keep_block` bounds each row's k-th largest score from below by the maxima of about
this many groups of its columns."""


def _keep_block(dense: Any, start: int, k: int, a_place: Any, b_place: Any,
                rows: list[Any], cols: list[Any]) -> None:
    """Append each row's top-k columns of a block of scores to ``rows`` and ``cols`` (in no
    particular order): the columns of its k largest positive scores; when the k-th largest
    score is positive and more than k scores reach it (ties), those above it and, among the
    tied, the columns whose relative place (``b_place``) is nearest the row's (``a_place``),
    then the first.

    Only the few scores that can be among the top k are looked at one by one. The columns
    are cut into groups (at least k, at most about :data:`GROUPS`) and each group's maximum
    taken: k of these maxima are k scores of the row, so the k-th largest maximum (the
    ``floor``) is at most the row's k-th largest score, and every score of the top k, ties
    included, is at least the floor. The scores at least the floor (a few more than k per
    row) are then ranked within their row."""
    import numpy as np

    m, n = dense.shape
    if n <= k:
        rr, cc = np.nonzero(dense > 0)
        rows.append(rr + start)
        cols.append(cc)
        return
    size = max(1, n // max(GROUPS, k))
    q = n // size  # groups: columns j, j + q, j + 2q, ... (size of them) for each j < q
    maxima = dense[:, :q].copy()
    for i in range(1, size):
        np.maximum(maxima, dense[:, i * q:(i + 1) * q], out=maxima)
    if n > q * size:  # and the columns left over, one more group
        maxima = np.concatenate([maxima, dense[:, q * size:].max(axis=1, keepdims=True)],
                                axis=1)
    groups = maxima.shape[1]  # at least q, which is at least k + 1 (n > k) or max(GROUPS, k)
    floor = np.partition(maxima, groups - k, axis=1)[:, groups - k:groups - k + 1]
    at = np.flatnonzero(dense >= floor)  # row by row, columns ascending
    rr = at // n
    cc = at - rr * n
    value = dense.reshape(-1)[at]
    # The k-th largest of each row's values (each row has at least k of them).
    ranked = np.lexsort((-value, rr))
    held = np.bincount(rr, minlength=m)
    kth = value[ranked[np.cumsum(held) - held + (k - 1)]]
    reach = value >= kth[rr]
    positive = kth > 0
    excess = (np.bincount(rr, weights=reach, minlength=m) > k) & positive
    # A row whose k-th largest is not positive keeps its positive scores (fewer than k).
    keep = np.where(positive[rr], reach, value > 0)
    keep &= ~excess[rr]  # rows with ties at the k-th score are chosen below
    rows.append(rr[keep] + start)
    cols.append(cc[keep])
    for r in np.nonzero(excess)[0].tolist():
        row = dense[r]
        above = np.nonzero(row > kth[r])[0]
        ties = np.nonzero(row == kth[r])[0]
        nearest = np.argsort(np.abs(b_place[ties] - a_place[start + r]), kind="stable")
        chosen = np.concatenate([above, ties[nearest[:k - len(above)]]])
        rows.append(np.full(len(chosen), start + r, dtype=np.int64))
        cols.append(chosen.astype(np.int64))


def _pairs_from(a: _Rows, b: _Rows, k: int, row_ids: Any, col_ids: Any, width: int,
                a_place: Any, b_place: Any, vocab: int, descending: bool = False) -> Any:
    """Each row's and each column's top-k of ``a · bᵀ``, as keys ``row * width + col``
    (``row_ids``/``col_ids``: the full-matrix position of each row/column of ``a``/``b``)."""
    import numpy as np

    if a.size * b.size <= DENSE_CELLS and a.size and b.size:
        # Kept in column order: its transpose, b's rows against a's, is then contiguous, and
        # each block of it is read in place.
        scores = np.empty((a.size, b.size), dtype=np.float64, order="F")
        rows: list[npt.NDArray[np.int64]] = []
        cols: list[npt.NDArray[np.int64]] = []
        for start, dense in _blocks(a, b, vocab, descending):
            scores[start:start + len(dense)] = dense
            _keep_block(dense, start, k, a_place, b_place, rows, cols)
        rr, cc = _joined(rows, cols)
        rows, cols = [], []
        by_column = scores.T
        for start in range(0, b.size, BLOCK):
            _keep_block(by_column[start:start + BLOCK], start, k, b_place, a_place, rows, cols)
        cc2, rr2 = _joined(rows, cols)
    else:
        rr, cc = _top_rows(a, b, k, a_place, b_place, vocab, descending)
        cc2, rr2 = _top_rows(b, a, k, b_place, a_place, vocab, descending)
    return np.concatenate([row_ids[rr] * width + col_ids[cc],
                           row_ids[rr2] * width + col_ids[cc2]])


EXACT_CELLS = 1 << 21
"""Most cells (rows of ``a`` × vocabulary) of the weight table :func:`_exact` fills for one
block of rows (16 MB)."""


def _exact(a: _Rows, b: _Rows, rr: Any, cc: Any, vocab: int) -> Any:
    """The full cosine of each pair (row ``rr[p]`` of ``a``, row ``cc[p]`` of ``b``; pairs
    sorted by ``rr``): the products of their shared tokens summed in ascending token order,
    rounded to 9 places.

    For a block of ``a``'s rows, their weights are laid out in a table (row, token); each
    pair reads the weight of each of its ``b`` row's tokens there (0.0 for a token its ``a``
    row lacks) and multiplies. The products are summed in the ``b`` row's token order, which
    is ascending: the shared tokens' products in ascending token order, with zeros between
    them that leave each partial sum as it is (x + 0.0 == x)."""
    import numpy as np

    out = np.zeros(len(rr), dtype=np.float64)
    if not len(rr):
        return out
    b_len = b.start.take(cc + 1) - b.start.take(cc)
    rows_per_block = max(1, EXACT_CELLS // max(vocab, 1))
    table = np.zeros(rows_per_block * vocab, dtype=np.float64)
    # The pairs of each block of rows: rr is sorted, so each block is one stretch of pairs.
    first = int(rr[0])
    bounds = np.searchsorted(rr, np.arange(first, int(rr[-1]) + rows_per_block + 1,
                                           rows_per_block))
    for block, (lo, hi) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist(),
                                         strict=True)):
        if lo == hi:
            continue
        low = first + block * rows_per_block
        rows = np.arange(low, min(low + rows_per_block, a.size), dtype=np.int64)
        # (these rows' entries are one stretch, read as slices; np.take for the gathers,
        # the same values as indexing with an array, by a quicker loop)
        first_entry, last_entry = int(a.start[rows[0]]), int(a.start[rows[-1] + 1])
        at = (a.row[first_entry:last_entry] - low) * vocab + a.tokens[first_entry:last_entry]
        table[at] = a.weights[first_entry:last_entry]
        lengths = b_len[lo:hi]
        pos = _ranges(b.start.take(cc[lo:hi]), lengths)
        pair = np.repeat(np.arange(hi - lo, dtype=np.int64), lengths)
        products = table.take((rr[lo:hi] - low).take(pair) * vocab + b.tokens.take(pos)) \
            * b.weights.take(pos)
        out[lo:hi] = np.bincount(pair, weights=products, minlength=hi - lo)
        table[at] = 0.0
    return np.round(out, 9)


COMMON_SHARE = 0.2
"""Tokens found in more than this share of the points are left out of the candidate search
(their weight is small and they make every pair share something); exact scores use them."""


PYTHON_WORK = 60_000
"""Up to about this many products (pairs of points sharing a rare token, counted per token),
:func:`_candidates_large` runs in pure Python (:func:`_candidates_python`), which gives the
same candidates: it is then quicker than importing numpy (0.1 to 0.2 s of CPU time). Measured
on the synthetic 1,000-point pair (335 × 336 leftovers, 91,000 products): pure Python 0.15 s,
numpy 0.11 s to import and 0.05 s to search."""


PYTHON_CELLS = 1_000_000
"""Above this many old × new points the search goes to numpy without estimating its work
(the estimate itself costs ~0.05 s on the 5,000-point pair's 1,773 × 1,765 leftovers, where
the work is 2.7 million products): synthetic revisions make about 0.8 products per cell."""


def _candidates_large(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    """Each point's top-k candidates by the score over rare tokens (points holding none: over
    every token), both ways, with their full cosine (see :data:`COMMON_SHARE`)."""
    if len(rows) * len(cols) <= PYTHON_CELLS and _work(old, new, rows, cols) <= PYTHON_WORK:
        return _candidates_python(old, new, rows, cols, k)
    return _candidates_numpy(old, new, rows, cols, k)


def _work(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int]) -> int:
    """About how many products the candidate search computes: per rare token, the points
    holding it on one side times those on the other; a point with no rare token is scored
    against every point of the other side."""
    in_old: Counter[int] = Counter()
    in_new: Counter[int] = Counter()
    for i in rows:
        in_old.update(set(old.ids[i]))
    for j in cols:
        in_new.update(set(new.ids[j]))
    limit = max(8, COMMON_SHARE * (len(rows) + len(cols)))
    rare = {t for t, n in (in_old + in_new).items() if n <= limit}
    work = sum(n * in_new[t] for t, n in in_old.items() if t in rare)
    lone_old = sum(1 for i in rows if rare.isdisjoint(old.ids[i]))
    lone_new = sum(1 for j in cols if rare.isdisjoint(new.ids[j]))
    return work + 32 * (lone_old * len(cols) + lone_new * len(rows))


def _round9(x: float) -> float:
    """numpy's rounding to 9 places (``np.round(x, 9)``: ``rint(x · 1e9) / 1e9``), which
    Python's ``round(x, 9)`` (correctly rounded in decimal) does not always match."""
    return round(x * 1e9) / 1e9


def _python_rows(side: _Side, idx: Sequence[int]) -> list[list[tuple[int, float]]]:
    """The unit rows of :class:`_Rows` as (token id, weight) lists, ascending, with the same
    float operations in the same order."""
    idf = side.idf
    out = []
    for i in idx:
        counts = sorted(Counter(side.ids[i]).items())
        values = [(t, (1.0 + math.log(c)) * idf[t]) for t, c in counts]
        squares = 0.0
        for _, x in values:
            squares += x * x
        norm = math.sqrt(squares)
        inverse = 1.0 / (norm if norm != 0 else 1.0)
        out.append([(t, inverse * x) for t, x in values])
    return out


def _python_pairs(a: list[list[tuple[int, float]]], b: list[list[tuple[int, float]]], k: int,
                  a_place: list[float], b_place: list[float], descending: bool
                  ) -> set[tuple[int, int]]:
    """:func:`_pairs_from` in pure Python: each row's and each column's top-k of ``a · bᵀ``,
    as (row, column) positions; each score sums its products in ``a``'s token order
    (ascending, or ``descending``), as :func:`_blocks` does, and is rounded as numpy
    rounds."""
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for c, row in enumerate(b):
        for t, w in row:
            postings[t].append((c, w))
    by_col: dict[int, dict[int, float]] = defaultdict(dict)
    found: set[tuple[int, int]] = set()
    for r, row in enumerate(a):
        sums: dict[int, float] = {}
        for t, w in reversed(row) if descending else row:
            for c, wc in postings.get(t, ()):
                sums[c] = sums[c] + w * wc if c in sums else w * wc
        for c, v in sums.items():
            by_col[c][r] = v
        found.update((r, c) for c in _top_rounded(sums, k, a_place[r], b_place))
    for c, col in by_col.items():
        found.update((r, c) for r in _top_rounded(col, k, b_place[c], a_place))
    return found


def _top_rounded(raw: dict[int, float], k: int, here: float, places: list[float]) -> list[int]:
    """:func:`_keep_top` of the scores rounded as numpy rounds, rounding only the scores that
    can reach the top k: those at most two rounding steps below the k-th largest (rounding
    keeps the order, so the k-th largest rounded score is the k-th largest score rounded)."""
    if len(raw) > k:
        floor = sorted(raw.values(), reverse=True)[k - 1] - 2e-9
        pool = {c: _round9(v) for c, v in raw.items() if v >= floor}
    else:
        pool = {c: _round9(v) for c, v in raw.items()}
    return list(_keep_top(pool, k, here, places.__getitem__))


def _candidates_python(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                       k: int) -> dict[tuple[int, int], float]:
    """:func:`_candidates_numpy` in pure Python, for small searches: the same candidates
    with the same scores (tests/engine/test_candidates.py checks both against each other
    and against the scipy search they replaced)."""
    a, b = _python_rows(old, rows), _python_rows(new, cols)
    df: Counter[int] = Counter()
    for row in chain(a, b):
        df.update(t for t, _ in row)
    limit = max(8, COMMON_SHARE * (len(rows) + len(cols)))
    a_rare = [[(t, w) for t, w in row if df[t] <= limit] for row in a]
    b_rare = [[(t, w) for t, w in row if df[t] <= limit] for row in b]
    a_place = [_place(i, len(old.ids)) for i in rows]
    b_place = [_place(j, len(new.ids)) for j in cols]
    found = _python_pairs(a_rare, b_rare, k, a_place, b_place, descending=False)
    # Points made only of common tokens: search them with every token.
    lone_rows = [r for r, row in enumerate(a_rare) if not row]
    lone_cols = [c for c, row in enumerate(b_rare) if not row]
    if lone_rows:
        found.update((lone_rows[r], c) for r, c in _python_pairs(
            [a[r] for r in lone_rows], b, k, [a_place[r] for r in lone_rows], b_place,
            descending=True))
    if lone_cols:
        found.update((r, lone_cols[c]) for r, c in _python_pairs(
            a, [b[c] for c in lone_cols], k, a_place, [b_place[c] for c in lone_cols],
            descending=True))
    out: dict[tuple[int, int], float] = {}
    a_rows: dict[int, dict[int, float]] = {}
    b_rows: dict[int, dict[int, float]] = {}
    for r, c in sorted(found):
        a_row = a_rows.get(r) or a_rows.setdefault(r, dict(a[r]))
        b_row = b_rows.get(c) or b_rows.setdefault(c, dict(b[c]))
        total = 0.0
        for t in sorted(a_row.keys() & b_row.keys()):
            total += a_row[t] * b_row[t]
        value = _round9(total)
        if value > 0:
            out[(rows[r], cols[c])] = value
    return out


def _candidates_numpy(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    import numpy as np

    from plandiff.engine.align.npsets import unique_sorted

    vocab = len(old.idf)
    idf = np.zeros(vocab, dtype=np.float64)
    idf[np.fromiter(old.idf, dtype=np.int64, count=vocab)] = np.fromiter(
        old.idf.values(), dtype=np.float64, count=vocab)
    a = _Rows(old, rows, idf)
    b = _Rows(new, cols, idf)
    df = np.bincount(a.tokens, minlength=vocab) + np.bincount(b.tokens, minlength=vocab)
    rare = df <= max(8, COMMON_SHARE * (len(rows) + len(cols)))
    a_rare, b_rare = a.subset(rare), b.subset(rare)
    # _place of each, in the same float operations: (index + 0.5) / size.
    a_place = (np.array(rows, dtype=np.float64) + 0.5) / max(len(old.ids), 1)
    b_place = (np.array(cols, dtype=np.float64) + 0.5) / max(len(new.ids), 1)
    width = len(cols)
    all_rows = np.arange(len(rows), dtype=np.int64)
    all_cols = np.arange(width, dtype=np.int64)
    found = [_pairs_from(a_rare, b_rare, k, all_rows, all_cols, width, a_place, b_place,
                         vocab)]
    # Points made only of common tokens: search them with every token.
    lone_rows = np.nonzero(np.diff(a_rare.start) == 0)[0]
    lone_cols = np.nonzero(np.diff(b_rare.start) == 0)[0]
    if len(lone_rows):
        found.append(_pairs_from(a.take(lone_rows), b, k, lone_rows, all_cols, width,
                                 a_place[lone_rows], b_place, vocab, descending=True))
    if len(lone_cols):
        found.append(_pairs_from(a, b.take(lone_cols), k, all_rows, lone_cols, width, a_place,
                                 b_place[lone_cols], vocab, descending=True))
    keys = np.sort(np.concatenate(found))  # by (row, column)
    if not len(keys):
        return {}
    keys = unique_sorted(keys)  # each key once
    rr, cc = keys // width, keys % width
    exact = _exact(a, b, rr, cc, vocab)
    scored = exact > 0
    return dict(zip(zip(np.array(rows, dtype=np.int64)[rr[scored]].tolist(),
                        np.array(cols, dtype=np.int64)[cc[scored]].tolist(), strict=True),
                    exact[scored].tolist(), strict=True))
