"""The small-component path of the assignment gives scipy's pairs."""

from __future__ import annotations

import random

import pytest

from plandiff.engine.align import assignment
from plandiff.engine.align.assignment import SMALL_LIMIT, _assign, _assign_dense, _assign_small


def _component(rng: random.Random, n_rows: int, n_cols: int, density: float,
               levels: int | None) -> tuple[dict[tuple[int, int], float], list[int], list[int]]:
    rows = sorted(rng.sample(range(100), n_rows))
    cols = sorted(rng.sample(range(100), n_cols))
    edges: dict[tuple[int, int], float] = {}
    for i in rows:
        for j in cols:
            if rng.random() < density:
                # Few weight levels make many ties; a continuous weight almost none.
                edges[(i, j)] = (rng.randint(1, levels) / levels if levels
                                 else rng.uniform(0.2, 1.0))
    return edges, rows, cols


@pytest.mark.parametrize("levels", [None, 2, 3, 10])
def test_small_path_gives_scipys_pairs(levels: int | None) -> None:
    rng = random.Random(levels or 0)
    solved = tied = 0
    for _ in range(1500):
        n_rows = rng.randint(1, 5)
        n_cols = rng.randint(1, max(1, SMALL_LIMIT // n_rows))
        edges, rows, cols = _component(rng, n_rows, n_cols, rng.choice((0.4, 0.7, 1.0)),
                                       levels)
        if not edges:
            continue
        small = _assign_small(edges, rows, cols)
        if small is None:
            tied += 1
            continue
        solved += 1
        assert sorted(small) == sorted(_assign_dense(edges, rows, cols)), (edges, rows, cols)
    # Both outcomes were exercised: most components are solved here, ties go to scipy.
    assert solved > 300
    if levels is not None:
        assert tied > 10


def test_small_path_with_place_nudges_on_a_long_document() -> None:
    """Equal scores told apart only by the place nudge of a 5,000-point document (weights
    differing by about 1e-10) are not taken for ties, and still give scipy's pairs."""
    n = 5000
    rows, cols = [10, 11, 12], [10, 11, 12]
    edges = {(i, j): 0.5 - 1e-6 * abs((i + 0.5) / n - (j + 0.5) / n)
             for i in rows for j in cols}
    small = _assign_small(edges, rows, cols)
    assert small == [(10, 10), (11, 11), (12, 12)]
    assert sorted(_assign_dense(edges, rows, cols)) == small


def test_assign_uses_scipy_only_for_ties_and_big_components(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = assignment._assign_dense

    def spy(edges: dict[tuple[int, int], float], rows: list[int],
            cols: list[int]) -> list[tuple[int, int]]:
        calls.append(len(rows) * len(cols))
        return real(edges, rows, cols)

    monkeypatch.setattr(assignment, "_assign_dense", spy)
    # Two 2 × 2 components with a clear best matching, and one 5 × 5 component.
    edges = {(0, 0): 0.9, (0, 1): 0.5, (1, 0): 0.4, (1, 1): 0.8,
             (2, 3): 0.3, (3, 2): 0.7, (3, 3): 0.6}
    big = {(10 + i, 10 + j): 0.1 + 0.01 * ((i * 7 + j * 3) % 11) for i in range(5)
           for j in range(5)}
    result = _assign({**edges, **big})
    assert result[:4] == [(0, 0), (1, 1), (2, 3), (3, 2)]
    assert calls == [25]
    assert sorted(result) == sorted([(0, 0), (1, 1), (2, 3), (3, 2),
                                     *real(big, list(range(10, 15)), list(range(10, 15)))])
