"""The leftovers pass: points that are each other's best match among the leftovers, on
shared words or on a name no other point holds."""

from __future__ import annotations

from plandiff.engine.align.slots import SlotPasses
from plandiff.engine.align.state import Draft
from plandiff.engine.align.tokens import _own_text
from plandiff.engine.align.types import Evidence, PairKind

LEFTOVER_FULL = 24
"""From this many points on the larger side, leftovers pair at ``leftover_threshold``; below,
at a proportionally lower cosine, never under :data:`LEFTOVER_FLOOR` (at the top level only:
:meth:`LeftoverPass.leftover_floor`)."""
LEFTOVER_FLOOR = 0.08
LEFTOVER_CELLS = 4_000
"""Up to this many leftover old × new points, the leftovers' pass scores every cell; above,
only the candidate search's cells."""


class LeftoverPass(SlotPasses):
    """Mutual best matches among the leftovers, for review."""

    def leftovers(self) -> None:
        """Pair leftover points that are each other's best match among the leftovers.

        At a lower score than any other pass (:attr:`AlignOptions.leftover_threshold`), but
        only between points sharing :attr:`AlignOptions.leftover_terms` distinct content words
        that are not common in the two versions; such pairs get a low confidence (review).
        """
        free_old, free_new = self.free_old(), self.free_new()
        if not free_old or not free_new:
            return
        opts = self.options
        if len(free_old) * len(free_new) <= LEFTOVER_CELLS:
            scores = {(i, j): self.score(i, j) for i in free_old for j in free_new}
        else:
            rows, cols = set(free_old), set(free_new)
            scores = {(i, j): s for (i, j), s in self.candidates.items()
                      if i in rows and j in cols}
        best_row: dict[int, tuple[float, int]] = {}
        best_col: dict[int, tuple[float, int]] = {}
        for (i, j), s in sorted(scores.items()):
            if s <= 0 or self.sub_points_alone(i, j):
                continue
            if i not in best_row or s > best_row[i][0]:
                best_row[i] = (s, j)
            if j not in best_col or s > best_col[j][0]:
                best_col[j] = (s, i)
        # Among few points a mutual best match is less likely to be chance: the floor falls
        # with the number of points (full from LEFTOVER_FULL points on a side, and at a
        # sub-point level).
        floor = self.leftover_floor()
        for i, (s, j) in sorted(best_row.items()):
            if best_col.get(j, (0.0, -1))[1] != i or self.topics_differ(i, j):
                continue
            named: tuple[str, ...] = ()
            if s < floor or self.telling_shared(i, j) < opts.leftover_terms:
                # Weaker than the rule, but each other's best and alone in naming the same
                # party, place or number: a reader pairs "the EU" with "the European Union".
                named = self.named_only(i, j) if s >= opts.named_threshold else ()
                if not named or self.parties_differ(i, j):
                    continue
            self.add(Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, s,
                           leftover=True, named=named))
        # Then, once those pairs stand, a synonym group no other point holds is enough when
        # the two points also stand in the same place (:meth:`bracket`): "humanitarian
        # measures" and "aid convoys", the only points about aid, with new 7 between the
        # partners of old 5 and old 11.
        for i, (s, j) in sorted(best_row.items()):
            if (i in self.old_owner or j in self.new_owner or s < opts.named_threshold
                    or best_col.get(j, (0.0, -1))[1] != i or self.topics_differ(i, j)):
                continue
            place = self.bracket(i, j)
            named = self.named_only(i, j, synonyms=True) if place else ()
            if named and not self.parties_differ(i, j):
                self.add(Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, s,
                               leftover=True, named=named, place=place))

    def leftover_floor(self) -> float:
        """The lowest score at which two leftovers that are each other's best match pair on
        shared words: :attr:`AlignOptions.leftover_threshold` from :data:`LEFTOVER_FULL`
        points on the larger side, proportionally lower below (never under
        :data:`LEFTOVER_FLOOR`): among the few points of a short document a mutual best
        match is less likely to be chance. Not at a sub-point level, whose points are few
        because one pair holds them, not because the version is short: two items there that
        share "commanders" and a word of the deal are each other's best among two and four
        items, which says little (the full threshold holds)."""
        opts = self.options
        size = LEFTOVER_FULL if self.elsewhere else max(len(self.old_points),
                                                         len(self.new_points))
        return min(opts.leftover_threshold,
                   max(LEFTOVER_FLOOR, opts.leftover_threshold * size / LEFTOVER_FULL))

    def sub_points_alone(self, i: int, j: int) -> bool:
        """True when old ``i`` or new ``j`` has sub-points and its own text (title and text,
        sub-points aside) shares no content word (not a function word) with the other
        point: whatever the two share lies in its sub-points alone, so a leftover is no
        match for the whole point ("a joint committee has 14 days to produce a plan", an
        item of "Tigrayan fighters are to hand in their weapons in stages:", is no reason to
        pair that heading with the clause setting up the monitoring committee)."""
        o, n = self.old_side, self.new_side
        for old, x in ((True, i), (False, j)):
            if not (self.old_points[x] if old else self.new_points[x]).points:
                continue  # (the other point's vector is only read when needed)
            other = n.unit(j) if old else o.unit(i)
            if not any(not o.function[t] for t in self.own_mass(old, x).keys() & other.keys()):
                return True
        return False

    def own_mass(self, old: bool, x: int) -> dict[int, float]:
        """The idf-weighted tokens of point ``x``'s own text (:func:`_own_text`) on the old
        (or new) side, computed once a point."""
        found = self._own_masses.get((old, x))
        if found is None:
            point = self.old_points[x] if old else self.new_points[x]
            found = self._own_masses[(old, x)] = self.old_side.mass_of(_own_text(point))
        return found


__all__ = ["LEFTOVER_CELLS", "LEFTOVER_FLOOR", "LEFTOVER_FULL", "LeftoverPass"]
