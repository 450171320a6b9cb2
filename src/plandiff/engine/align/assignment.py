"""Optimal one-to-one assignment per connected component of the candidate graph."""

from __future__ import annotations

from collections.abc import Iterable

from plandiff._text import UnionFind


def _components(edges: Iterable[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    sets: UnionFind[tuple[int, int]] = UnionFind()
    for i, j in edges:
        sets.union((0, i), (1, j))
    groups: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for node in sorted(sets):
        rows, cols = groups.setdefault(sets.find(node), ([], []))
        (rows if node[0] == 0 else cols).append(node[1])
    return [groups[key] for key in sorted(groups)]


def _assign(edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A maximum-weight matching of the edge set, as (old, new) position pairs."""
    chosen: list[tuple[int, int]] = []
    for rows, cols in _components(edges):
        if len(rows) == 1 or len(cols) == 1:
            # A star: the optimum is its best edge (ties: first in document order).
            best = max((edges[(i, j)], -i, -j) for i in rows for j in cols
                        if (i, j) in edges)
            chosen.append((-best[1], -best[2]))
            continue
        if len(rows) * len(cols) > DENSE_LIMIT:
            chosen.extend(_assign_greedy(edges, set(rows)))
            continue
        small = _assign_small(edges, rows, cols) if len(rows) * len(cols) <= SMALL_LIMIT else None
        chosen.extend(small if small is not None else _assign_dense(edges, rows, cols))
    return sorted(chosen)


SMALL_LIMIT = 20
"""Components with at most this many cells (4 × 5) are solved by trying every matching, in
pure Python: most components are this small, and scipy's import alone costs a third of a
second of CPU time."""

TIE = 1e-12
"""Two matchings whose weights differ by no more than this are a tie (far below the nudge
that orders tied scores by place, far above rounding error)."""


def _assign_small(edges: dict[tuple[int, int], float], rows: list[int],
                  cols: list[int]) -> list[tuple[int, int]] | None:
    """The maximum-weight matching of a small component, found by trying every matching;
    ``None`` when the best two tie, so that the caller asks scipy, whose choice among equals
    is its own.

    When the best matching is unique, any exact solver returns it: scipy's optimal assignment
    of the dense matrix (non-edges weigh 0, edges more) keeps, once its zero cells are dropped,
    a matching of the same, best weight, which can only be this one. So this path gives the
    same pairs as :func:`_assign_dense` (tests/engine/test_assignment.py checks it against
    scipy on many random components, ties included)."""
    options = [[(j, edges[(i, j)]) for j in cols if (i, j) in edges] for i in rows]
    best: list[tuple[int, int]] = []
    totals = [-1.0, -1.0]  # the best and second-best weights seen
    used: set[int] = set()
    chosen: list[tuple[int, int]] = []

    def search(k: int, total: float) -> None:
        if k == len(rows):
            if total > totals[0]:
                totals[1], totals[0] = totals[0], total
                best[:] = chosen
            elif total > totals[1]:
                totals[1] = total
            return
        search(k + 1, total)  # rows[k] stays unmatched
        for j, weight in options[k]:
            if j not in used:
                used.add(j)
                chosen.append((rows[k], j))
                search(k + 1, total + weight)
                chosen.pop()
                used.discard(j)

    search(0, 0.0)
    return None if totals[0] - totals[1] <= TIE else best


NUDGE = 1e-6
"""Weight of relative place in the assignment: below score rounding, so it only breaks ties."""

DENSE_LIMIT = 4_000_000
"""Components with more cells than this (only boilerplate-heavy texts make them) are matched
greedily, best edge first, instead of optimally: a dense matrix would be too big."""


def _assign_greedy(edges: dict[tuple[int, int], float], rows: set[int]
                   ) -> list[tuple[int, int]]:
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    chosen = []
    for (i, j), _ in sorted(((e, s) for e, s in edges.items() if e[0] in rows),
                            key=lambda item: (-item[1], item[0])):
        if i not in taken_rows and j not in taken_cols:
            taken_rows.add(i)
            taken_cols.add(j)
            chosen.append((i, j))
    return chosen


def _assign_dense(edges: dict[tuple[int, int], float], rows: list[int],
                  cols: list[int]) -> list[tuple[int, int]]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    where_row = {i: r for r, i in enumerate(rows)}
    where_col = {j: c for c, j in enumerate(cols)}
    weights = np.zeros((len(rows), len(cols)), dtype=np.float64)
    for (i, j), s in edges.items():
        if i in where_row and j in where_col:
            weights[where_row[i], where_col[j]] = s
    r_idx, c_idx = linear_sum_assignment(weights, maximize=True)
    return [(rows[int(r)], cols[int(c)]) for r, c in zip(r_idx, c_idx, strict=True)
            if weights[r, c] > 0]


