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
        else:
            chosen.extend(_assign_dense(edges, rows, cols))
    return sorted(chosen)


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


