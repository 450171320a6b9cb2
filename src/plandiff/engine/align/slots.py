"""The gaps between in-order pairs: leftovers in the same gap pair at a lower similarity,
and a slot of a few points pairs on its place and telling words (again, late)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from plandiff.engine.align.assignment import _assign
from plandiff.engine.align.containment import ContainmentPass
from plandiff.engine.align.moves import _longest_increasing
from plandiff.engine.align.state import Draft
from plandiff.engine.align.types import Evidence, PairKind

SLOT_POINTS = 3
"""A slot (the leftovers between two consecutive in-order pairs) of at most this many old and
this many new points is small enough for position to count as evidence."""
SLOT_RIVAL = 1.5
"""A free point outside a slot that scores this many times a slot pair's score with one of
its two points (and shares :data:`SLOT_RIVAL_TERMS` telling tokens with it) outweighs the
place as evidence (:meth:`SlotPasses.outscored`)."""
SLOT_RIVAL_TERMS = 3
"""Fewest telling tokens such a rival shares with the point: one more than the leftovers'
pass asks of a pair (:attr:`AlignOptions.leftover_terms`), so that a rival is a match of its
own, not two common words ("two", "forces") that happen to score higher."""


class SlotPasses(ContainmentPass):
    """The gaps and slots between consecutive in-order pairs."""

    def gaps(self) -> None:
        """Pair leftovers that sit in the same gap between consecutive in-order pairs.

        Like a line diff's change block: an old and a new point with nothing paired between
        them on either side are likely the same clause rewritten, so a lower similarity
        (``gap_threshold``) is enough. Only in-order pairs (a longest increasing run) bound
        the gaps, so moved pairs never create false ones. The assignment of a gap also
        weighs its weaker links (from ``slot_threshold``, sharing ``slot_terms`` telling
        tokens), which it never makes: the gap's best arrangement as a whole decides.
        """
        free_old, free_new = self.free_old(), self.free_new()
        if not free_old or not free_new or self.unanchored():
            return
        old_gap, new_gap = self.gap_groups(free_old, free_new)
        edges: dict[tuple[int, int], float] = {}
        weak: dict[tuple[int, int], float] = {}
        slots: set[tuple[int, int]] = set()
        for gap, rows in old_gap.items():
            cols = new_gap.get(gap, [])
            if len(rows) * len(cols) > 400:  # a rewritten region: too little evidence
                continue
            if len(rows) <= SLOT_POINTS and len(cols) <= SLOT_POINTS:
                # A few old and new points between two in-order pairs: their place is
                # evidence of its own, so a weak textual link is enough for a pair that is
                # each one's best in the slot and shares a word that is not frequent.
                for i, j in self.slot_pairs(rows, cols, free=(free_old, free_new)):
                    edges[(i, j)] = self.score(i, j)
                    slots.add((i, j))
            for i in rows:
                for j in cols:
                    if (i, j) in edges:
                        continue
                    score = self.score(i, j)
                    if score >= self.options.gap_threshold:
                        edges[(i, j)] = score
                    elif (score >= self.options.slot_threshold
                          and self.telling_shared(i, j) >= self.options.slot_terms):
                        weak[(i, j)] = score
        # The weak links take part in the assignment without being made: a pair above the
        # gap threshold is not made when it would rob two weaker but better-placed pairs of
        # their partners (old 3 -> new 1 at 0.18 loses to old 1 -> new 1 at 0.16 and old 3 ->
        # new 2 at 0.12, which the later passes may then make on their own evidence).
        for i, j in _assign(self.nudged({**weak, **edges})):
            if (i, j) not in edges:
                continue
            self.add(Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, edges[(i, j)],
                           slot=(i, j) in slots))

    def unanchored(self) -> bool:
        """True at a sub-point level where no two items are paired yet: the one gap then runs
        from the list's first item to its last, and "in the same gap" says nothing of where
        an item stands (four items under "Territorial arrangements:" and the one under
        "negotiations start from the line of contact" are no rewrites of each other because
        nothing else was paired between them). At the top level the two versions are one
        document by the user's word, and their start and end bound the gap; a sub-point
        level's lists are only under a pair made on their parents' text."""
        return bool(self.elsewhere) and not any(d.old and d.new for d in self.drafts)

    def late_slots(self) -> None:
        """Once every other pass stands, pair the leftovers of each slot again.

        The gaps narrow as the later passes pair points, so only now may a slot (at most
        :data:`SLOT_POINTS` leftovers a side between two in-order pairs) hold an old and a
        new point that are each other's best in it. The place vouches for less this late:
        two telling tokens are needed, one more than :attr:`AlignOptions.slot_terms`, at any
        score from ``slot_threshold`` up (:meth:`slot_pairs` with ``late``). Such
        a pair is a leftover pair (review); :meth:`attach` then runs again, so that a
        neighbour restated by the same new point can join it. The votes pass
        (:mod:`plandiff.engine.align.votes`) runs first: two neighbours that both come
        closest to one point are more evidence than one leftover standing in its slot.
        """
        free_old, free_new = self.free_old(), self.free_new()
        if not free_old or not free_new:
            return
        old_gap, new_gap = self.gap_groups(free_old, free_new)
        for gap, rows in sorted(old_gap.items()):
            cols = new_gap.get(gap, [])
            if not cols or len(rows) > SLOT_POINTS or len(cols) > SLOT_POINTS:
                continue
            for i, j in self.slot_pairs(rows, cols, late=True, free=(free_old, free_new)):
                self.add(Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY,
                               self.score(i, j), leftover=True, slot=True))

    def gap_groups(self, free_old: Sequence[int], free_new: Sequence[int]
                   ) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """The free old and new points by gap: the stretch between two consecutive in-order
        pairs (a longest increasing run of the pairs' old positions in new order) they lie in."""
        drafts = sorted((d for d in self.drafts if d.old and d.new), key=lambda d: min(d.new))
        keep = _longest_increasing([min(d.old) for d in drafts])
        bounds = [(-1, -1)] + [(min(d.old), min(d.new)) for k, d in enumerate(drafts)
                               if k in keep] + [(len(self.old_points), len(self.new_points))]
        old_starts = [b[0] for b in bounds]
        new_starts = [b[1] for b in bounds]
        old_gap: dict[int, list[int]] = defaultdict(list)
        new_gap: dict[int, list[int]] = defaultdict(list)
        for i in free_old:
            old_gap[bisect_left(old_starts, i)].append(i)
        for j in free_new:
            new_gap[bisect_left(new_starts, j)].append(j)
        return old_gap, new_gap

    def slot_pairs(self, rows: Sequence[int], cols: Sequence[int], *, late: bool = False,
                   free: tuple[Sequence[int], Sequence[int]] = ((), ())
                   ) -> list[tuple[int, int]]:
        """Pairs of a slot (the leftovers between two in-order pairs) that are each other's
        best in the slot, score at least ``slot_threshold`` (and, but ``late``, less than
        ``gap_threshold``, which :meth:`gaps` pairs on its own) and share ``slot_terms``
        tokens that are neither function words nor frequent (``late``: one more), not all of
        them names of parties or persons (:meth:`names_alone`: "President Trump" in a
        thanks clause and in a wire's note on trade deals says who, not what), and neither
        matches a free point outside the slot plainly better (:meth:`outscored`; ``free``:
        the free old and new points)."""
        scores = {(i, j): self.score(i, j) for i in rows for j in cols}
        ceiling = float("inf") if late else self.options.gap_threshold
        terms = self.options.slot_terms + (1 if late else 0)
        found = []
        for (i, j), s in sorted(scores.items()):
            if s < self.options.slot_threshold or s >= ceiling:
                continue
            if any(scores[(i, j2)] > s for j2 in cols) or any(scores[(i2, j)] > s for i2 in rows):
                continue
            if (self.telling_shared(i, j) >= terms
                    and not self.topics_differ(i, j) and not self.lone_word(i, j)
                    and not self.names_alone(i, j)
                    and not self.outscored(i, j, s, rows, cols, free)):
                found.append((i, j))
        return found

    def outscored(self, i: int, j: int, s: float, rows: Sequence[int], cols: Sequence[int],
                  free: tuple[Sequence[int], Sequence[int]]) -> bool:
        """True when old ``i`` or new ``j`` has a free partner outside the slot (``free``: the
        free old and new points) that the candidate search found (each point's closest
        points) scoring at least :data:`SLOT_RIVAL` times the pair's score ``s`` and sharing
        :data:`SLOT_RIVAL_TERMS` telling tokens with it: a text that plainly matches better
        elsewhere outweighs the place. Old 10, the chair's weekly report to the Security
        Council, stood alone between the same two pairs as new 9, the committee watching the
        truce and the mine clearance, which restates old 5, free and half as close again in
        words (committee, ceasefire, pull-back, mines); new 9 is then old 5's, paired by the
        leftovers' pass, and old 10 stays removed."""
        bar = s * SLOT_RIVAL
        found, telling = self.candidates.get, self.telling_shared
        return (any(found((x, j), 0.0) >= bar and telling(x, j) >= SLOT_RIVAL_TERMS
                    for x in free[0] if x not in rows)
                or any(found((i, y), 0.0) >= bar and telling(i, y) >= SLOT_RIVAL_TERMS
                       for y in free[1] if y not in cols))


__all__ = ["SLOT_POINTS", "SlotPasses"]
