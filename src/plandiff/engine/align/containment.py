"""The containment pass: one old point covered by several new ones is a split, several old
points covered by one new one a merge."""

from __future__ import annotations

from collections import defaultdict

from plandiff.engine.align.similar import SimilarityPass
from plandiff.engine.align.state import Draft
from plandiff.engine.align.types import Evidence, PairKind
from plandiff.engine.align.vectors import _contained

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_INFERRED = (Evidence.ID, Evidence.SIMILARITY)


class ContainmentPass(SimilarityPass):
    """Splits and merges by coverage, each part adding a real share of it."""

    def _grow(self, whole_mass: dict[int, float], whole_total: float,
              parts: list[tuple[int, dict[int, float]]]) -> tuple[list[int], float]:
        """Greedily add parts while each adds at least ``min_gain`` of the whole's coverage."""
        if len(parts) < 2 or whole_total <= 0:
            return [], 0.0
        chosen: list[int] = []
        covered: dict[int, float] = defaultdict(float)
        coverage = 0.0
        remaining = list(parts)
        while remaining:
            best: tuple[float, int] | None = None
            for position, (_, mass) in enumerate(remaining):
                gain = 0.0
                for t in mass.keys() & whole_mass.keys():
                    have, want = covered[t], whole_mass[t]
                    if have < want:
                        gain += min(want, have + mass[t]) - have
                gain /= whole_total
                if best is None or gain > best[0] + 1e-12:
                    best = (gain, position)
            assert best is not None
            gain, position = best
            if gain < self.options.min_gain:
                break
            index, mass = remaining.pop(position)
            chosen.append(index)
            for t, w in mass.items():
                covered[t] += w
            coverage += gain
        return chosen, coverage

    def containment(self) -> None:
        if not self.candidates:
            return
        opts = self.options
        o, n = self.old_side, self.new_side
        proposals: list[tuple[float, int, int, Draft]] = []
        by_old: dict[int, list[int]] = defaultdict(list)
        by_new: dict[int, list[int]] = defaultdict(list)
        for (i, j), score in sorted(self.candidates.items()):
            if score < opts.part_floor:
                continue
            by_old[i].append(j)
            by_new[j].append(i)
        free_old = set(self.free_old())
        free_new = set(self.free_new())
        for i, cols in sorted(by_old.items()):
            # A split needs at least one part that nothing else claimed.
            if not free_new.intersection(cols) or not self._soft(self.old_owner, i, None):
                continue
            parts = [(j, n.mass(j)) for j in cols
                     if self._soft(self.new_owner, j, (i,))
                     and _contained(n.mass(j), n.total(j), o.mass(i)) >= opts.containment]
            chosen, coverage = self._grow(o.mass(i), o.total(i), parts)
            if len(chosen) >= 2 and coverage >= opts.min_coverage:
                draft = Draft((i,), tuple(sorted(chosen)), PairKind.SPLIT,
                              Evidence.CONTAINMENT, round(coverage, 9))
                proposals.append((-coverage, min(chosen), i, draft))
        for j, rows in sorted(by_new.items()):
            if not free_old.intersection(rows) or not self._soft(self.new_owner, j, None):
                continue
            parts = [(i, o.mass(i)) for i in rows
                     if self._soft(self.old_owner, i, (j,))
                     and _contained(o.mass(i), o.total(i), n.mass(j)) >= opts.containment]
            chosen, coverage = self._grow(n.mass(j), n.total(j), parts)
            if len(chosen) >= 2 and coverage >= opts.min_coverage:
                draft = Draft(tuple(sorted(chosen)), (j,), PairKind.MERGE,
                              Evidence.CONTAINMENT, round(coverage, 9))
                proposals.append((-coverage, j, min(chosen), draft))
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        for _, _, _, draft in sorted(proposals, key=lambda p: p[:3]):
            if taken_old.intersection(draft.old) or taken_new.intersection(draft.new):
                continue
            if not self._still_open(draft):
                continue
            for i in draft.old:
                if i in self.old_owner:
                    self.drop(self.old_owner[i])
            for j in draft.new:
                if j in self.new_owner:
                    self.drop(self.new_owner[j])
            self.add(draft)
            taken_old.update(draft.old)
            taken_new.update(draft.new)

    def _still_open(self, draft: Draft) -> bool:
        """Every point of the proposal is free or held by a pair lying inside the proposal."""
        for i in draft.old:
            if i in self.old_owner:
                held = self.drafts[self.old_owner[i]]
                if held.evidence not in _INFERRED or not (
                        set(held.new) <= set(draft.new)):
                    return False
        for j in draft.new:
            if j in self.new_owner:
                held = self.drafts[self.new_owner[j]]
                if held.evidence not in _INFERRED or not (
                        set(held.old) <= set(draft.old)):
                    return False
        return True


__all__ = ["ContainmentPass"]
