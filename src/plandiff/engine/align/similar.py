"""The similarity pass: candidate scores, then an optimal one-to-one assignment, its edge
weights nudged by place and by a heading's own text."""

from __future__ import annotations

from plandiff.engine.align.assignment import NUDGE, _assign
from plandiff.engine.align.candidates import _candidates_large, _candidates_small, _place
from plandiff.engine.align.exact import ExactPasses
from plandiff.engine.align.state import Draft
from plandiff.engine.align.tokens import _own_text
from plandiff.engine.align.types import Evidence, PairKind
from plandiff.typography import fold

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_SIMILARITY = Evidence.SIMILARITY

SAME_OWN_TEXT = 0.05
"""Added to an assignment weight when two points with sub-points have the same own text:
between close scores, the pair under the same heading wins."""


class SimilarityPass(ExactPasses):
    """Similarity with an optimal assignment over the sparse candidates."""

    def similar(self) -> None:
        free_rows, free_cols = set(self.free_old()), set(self.free_new())
        if not free_rows and not free_cols:
            return
        # Points paired by id stay candidates: the containment pass may grow them into splits.
        rows = [i for i in range(len(self.old_points))
                if i in free_rows or self._soft(self.old_owner, i, None)]
        cols = [j for j in range(len(self.new_points))
                if j in free_cols or self._soft(self.new_owner, j, None)]
        if not rows or not cols:
            return
        k = self.options.top_k
        if len(rows) * len(cols) <= self.options.small:
            self.candidates = _candidates_small(self.old_side, self.new_side, rows, cols, k)
        else:
            self.candidates = _candidates_large(self.old_side, self.new_side, rows, cols, k)
        edges = {(i, j): s for (i, j), s in self.candidates.items()
                 if s >= self.options.threshold and i in free_rows and j in free_cols}
        for i, j in _assign(self.nudged(edges)):
            self.add(Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, edges[(i, j)]))

    def nudged(self, edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        """Edge weights for the assignment: among equal scores, pairs whose places in their
        documents are nearer win (so tied boilerplate pairs in order, not shuffled)."""
        n_old, n_new = len(self.old_points), len(self.new_points)
        return {(i, j): s - NUDGE * abs(_place(i, n_old) - _place(j, n_new))
                + (SAME_OWN_TEXT if self.same_own_text(i, j) else 0.0)
                for (i, j), s in edges.items()}

    def same_own_text(self, i: int, j: int) -> bool:
        """True when two points with sub-points have the same text of their own (title and
        text, sub-points aside): the same heading over sub-points that moved."""
        old, new = self.old_points[i], self.new_points[j]
        if not old.points and not new.points:
            return False
        return fold(_own_text(old)) == fold(_own_text(new))


__all__ = ["SAME_OWN_TEXT", "SimilarityPass"]
