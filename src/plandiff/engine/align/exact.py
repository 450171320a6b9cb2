"""The exact passes: an author's declared links, the same point id, identical text."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Sequence

from plandiff.engine.align.assignment import _components
from plandiff.engine.align.evidence import PairEvidence
from plandiff.engine.align.state import Draft
from plandiff.engine.align.tokens import _coarse, _may_be_equal, alnum, exact_key, positional_ids
from plandiff.engine.align.types import Evidence, PairKind
from plandiff.engine.redline import normalise
from plandiff.plans.refs import parse_point_ref

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_TEXT = Evidence.TEXT


class ExactPasses(PairEvidence):
    """Declared links, same ids and identical text (:meth:`Aligner.one_to_one` runs them)."""

    def declared(self) -> None:
        old_by_id: dict[str, int] = {}
        for i, p in enumerate(self.old_points):
            old_by_id.setdefault(p.id, i)
        links: dict[tuple[int, int], float] = {}
        for j, point in enumerate(self.new_points):
            for raw in point.derived_from:
                ref = parse_point_ref(raw)
                if ref is None or ref.version_ref != self.old_ref or ref.point not in old_by_id:
                    continue
                i = old_by_id[ref.point]
                if i in self.old_owner or j in self.new_owner:
                    continue  # blocked: not reported, or unlinked by a reviewer
                links[(i, j)] = self.score(i, j)
        for rows, cols in _components(links):
            if len(rows) == 1 and len(cols) == 1:
                self.add(Draft((rows[0],), (cols[0],), PairKind.ONE_TO_ONE, Evidence.DECLARED,
                               links[(rows[0], cols[0])]))
            elif len(rows) == 1:
                self.add(Draft((rows[0],), tuple(cols), PairKind.SPLIT, Evidence.DECLARED,
                               self.coverage_old(rows[0], cols)))
            elif len(cols) == 1:
                self.add(Draft(tuple(rows), (cols[0],), PairKind.MERGE, Evidence.DECLARED,
                               self.coverage_new(cols[0], rows)))
            else:
                self.declared_tangle(links, rows)

    def declared_tangle(self, links: dict[tuple[int, int], float], rows: list[int]) -> None:
        """Many old ↔ many new: each old point goes to its most similar declared new point."""
        groups: dict[int, list[int]] = defaultdict(list)
        for i in rows:
            best = max((s, -j) for (a, j), s in links.items() if a == i)
            groups[-best[1]].append(i)
        for j in sorted(groups):
            olds = sorted(groups[j])
            if len(olds) == 1:
                self.add(Draft((olds[0],), (j,), PairKind.ONE_TO_ONE, Evidence.DECLARED,
                               links[(olds[0], j)]))
            else:
                self.add(Draft(tuple(olds), (j,), PairKind.MERGE, Evidence.DECLARED,
                               self.coverage_new(j, olds)))

    def same_id(self) -> None:
        if positional_ids(self.old_points) or positional_ids(self.new_points):
            return
        new_by_id: dict[str, int] = {}
        for j in self.free_new():
            new_by_id.setdefault(self.new_points[j].id, j)
        for i in self.free_old():
            j_found = new_by_id.get(self.old_points[i].id)
            if j_found is not None and j_found not in self.new_owner:
                self.add(Draft((i,), (j_found,), PairKind.ONE_TO_ONE, Evidence.ID,
                               self.score(i, j_found)))

    def same_text(self) -> None:
        """Identical text: exact copies first, then equal ``normalise`` keys (document order).

        ``normalise`` (slow: it looks at every character) is only computed for points whose
        letters and digits could match a point's on the other side (:func:`_may_be_equal`).
        """
        self._pair_equal(exact_key)  # exact copies, typography aside (plandiff.typography)
        old_letters = {i: alnum(self.old_side.texts[i]) for i in self.free_old()}
        new_letters = {j: alnum(self.new_side.texts[j]) for j in self.free_new()}
        groups: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for i, letters in old_letters.items():
            groups[_coarse(letters)][0].append(i)
        for j, letters in new_letters.items():
            groups[_coarse(letters)][1].append(j)
        rows: set[int] = set()
        cols: set[int] = set()
        for key, (olds, news) in groups.items():
            if not olds or not news:
                continue
            if not key:  # short texts: cheap to normalise
                rows.update(olds)
                cols.update(news)
                continue
            for i in olds:
                for j in news:
                    if _may_be_equal(old_letters[i], new_letters[j]):
                        rows.add(i)
                        cols.add(j)
        self._pair_equal(
            lambda text: normalise(text, case=True, whitespace=True, punctuation=True,
                                   numbering=True),
            sorted(rows), sorted(cols))

    def _pair_equal(self, key: Callable[[str], str], rows: Sequence[int] | None = None,
                    cols: Sequence[int] | None = None) -> None:
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for j in self.free_new() if cols is None else cols:
            waiting[key(self.new_side.texts[j])].append(j)
        for i in self.free_old() if rows is None else rows:
            queue = waiting.get(key(self.old_side.texts[i]))
            if queue:
                self.add(Draft((i,), (queue.popleft(),), _ONE_TO_ONE, _TEXT, 1.0))


__all__ = ["ExactPasses"]
