"""Trial of a learned pairing scorer (issue 14, item 1): is it worth shipping?

Run from the repository root:

    python benchmarks/trial_scorer.py

For every tuned-on real pair of ``bench_engine.py`` (never the held-out pairs: their cells
are not even scored), the aligner's rule passes run as ``align()`` runs them; then every cell
(old point, new point) of the top level with a positive cosine becomes one example with the
evidence features the aligner already computes: the cosine, its ratio to each point's best
cosine, telling and rare shared terms, names no other point holds, shared synonym groups, the
difference of relative places, the bracket test and the length ratio. The label is the
ground truth. A logistic regression (L2, Newton steps, numpy only) is trained with
leave-one-pair-out cross-validation and applied where a scorer could add links: to the cells
whose two points the rules left unpaired, pairing those that are each other's best by the
model's probability at or above the cut. Printed: the examples, the true links left among
the leftover cells, and the links the scorer would add per cut, right and wrong.

Measured 2026-12-02 (pairing6): 3,499 cells, 176 true; 88 leftover cells hold 4 true links;
the scorer adds 0 true and 2 wrong links at a cut of 0.5 (0 and 4 at 0.3). It does not beat
the hand rules, so no scorer ships.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from benchmarks import bench_engine  # noqa: E402

from plandiff.engine.align.aligner import Aligner  # noqa: E402
from plandiff.engine.align.concepts import SYNONYM  # noqa: E402
from plandiff.engine.align.types import AlignOptions  # noqa: E402
from plandiff.engine.align.vectors import text_cache  # noqa: E402

Example = tuple[int, int, int, bool, list[float], bool]
"""(pair, old index, new index, both points left unpaired, features, true link)."""


def features(a: Aligner, i: int, j: int) -> list[float]:
    score = a.score(i, j)
    n_old, n_new = len(a.old_points), len(a.new_points)
    row = max(a.score(i, y) for y in range(n_new)) or 1.0
    col = max(a.score(x, j) for x in range(n_old)) or 1.0
    words = a.old_side.words()
    shared = a.old_side.unit(i).keys() & a.new_side.unit(j).keys()
    place = abs(i / max(1, n_old - 1) - j / max(1, n_new - 1))
    lo, ln = len(a.old_side.ids[i]), len(a.new_side.ids[j])
    return [score, score / row, score / col, a.telling_shared(i, j), a.rare_shared(i, j),
            len(a.named_only(i, j, True)), sum(1 for t in shared if words[t].startswith(SYNONYM)),
            place, 1.0 if a.bracket(i, j) else 0.0, min(lo, ln) / max(lo, ln, 1)]


def examples() -> list[Example]:
    captured: list[tuple[Any, Any, set[tuple[Any, Any]]]] = []

    def capture(old_imp: Any, new_imp: Any, truth: set[tuple[Any, Any]], *,
                warm: bool = True) -> dict[str, Any]:
        captured.append((old_imp, new_imp, truth))
        return {"truth": len(truth)}

    bench_engine.measure_pair = capture
    _, rows = bench_engine.real_revisions()
    found: list[Example] = []
    for k, ((old, new, truth), row) in enumerate(zip(captured, rows, strict=True)):
        if row.get("heldout"):
            continue  # never scored: tuning on them would void the guard
        never = frozenset(r.split("#", 1)[1] for r in new.not_reported)
        with text_cache():
            a = Aligner(old.points, new.points, old.ref, AlignOptions(), never, frozenset())
            a.one_to_one()
            a.containment()
            a.gaps()
            a.leftovers()
            a.attach()
            a.named_joins()
            free_old, free_new = set(a.free_old()), set(a.free_new())
            for i in range(len(old.points)):
                if i in a.blocked_old:
                    continue
                for j in range(len(new.points)):
                    if a.score(i, j) > 0:
                        found.append((k, i, j, i in free_old and j in free_new,
                                      features(a, i, j),
                                      (old.points[i].id, new.points[j].id) in truth))
    return found


def fit(x: Any, y: Any, l2: float = 1.0, steps: int = 50) -> Any:
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.diag(np.r_[np.ones(len(w) - 1), 0.0]) * l2
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w = w - np.linalg.solve(hessian, gradient)
    return w


def main() -> int:
    data = examples()
    x = np.array([d[4] for d in data])
    y = np.array([d[5] for d in data], dtype=float)
    x = (x - x.mean(0)) / (x.std(0) + 1e-9)
    pairs = sorted({d[0] for d in data})
    left = [d for d in data if d[3]]
    print(f"{len(data)} cells, {int(y.sum())} true; {len(left)} leftover cells hold "
          f"{sum(d[5] for d in left)} true links")
    for cut in (0.5, 0.3):
        right = wrong = 0
        for k in pairs:
            w = fit(x[[d[0] != k for d in data]], y[[d[0] != k for d in data]])
            rows = [n for n, d in enumerate(data) if d[0] == k and d[3]]
            if not rows:
                continue
            z = np.hstack([x[rows], np.ones((len(rows), 1))])
            prob = 1 / (1 + np.exp(-z @ w))
            best_row: dict[int, tuple[float, int]] = {}
            best_col: dict[int, tuple[float, int]] = {}
            for n, p in zip(rows, prob, strict=True):
                _, i, j = data[n][:3]
                if p > best_row.get(i, (0.0, -1))[0]:
                    best_row[i] = (p, n)
                if p > best_col.get(j, (0.0, -1))[0]:
                    best_col[j] = (p, n)
            for _, (p, n) in sorted(best_row.items()):
                if p >= cut and best_col[data[n][2]][1] == n:
                    right += data[n][5]
                    wrong += not data[n][5]
        print(f"cut {cut}: leave-one-pair-out, the scorer adds {right} true and {wrong} "
              "wrong links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
