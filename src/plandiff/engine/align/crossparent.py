"""Sub-points that moved from one parent to another: the cross-parent pass.

The aligner pairs sub-points only inside a pair of parents, so a paragraph moved from one
article to another (or out of an article that was dropped, or into one that is new) would be
removed in one place and added in another. After the whole tree is aligned, this pass gathers
the sub-points left over at every depth:

- old sub-points left unpaired under a paired parent, and every sub-point of a removed point
  (at any depth, a removed top-level point's included);
- new sub-points left unpaired under a paired parent, and every sub-point of an added point,

and pairs those that are clearly the same clause, with the aligner's own passes and evidence
(:class:`~plandiff.engine.align.aligner.Aligner` over every point of both versions, each on
its own text, so the IDF is the documents'; every point that is not a leftover is held out
of reach): a declared
``derived_from`` link, the same id, identical text, then similarity with an optimal
assignment. Precision comes first: an inferred pair (identical text or similarity) must share
:attr:`AlignOptions.leftover_terms` content words that are not common in the two versions, a
similarity pair must score at least :data:`CROSS_THRESHOLD` and have a confidence a reviewer
need not check (:data:`~plandiff.engine.comparison.REVIEW_BELOW`). Top-level points stay
where the main pass left them: a whole point is not turned into a sub-point, nor the reverse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace

from plandiff.engine.align.aligner import Aligner
from plandiff.engine.align.state import descendants
from plandiff.engine.align.types import Alignment, AlignOptions, CrossPair, Evidence
from plandiff.engine.comparison import REVIEW_BELOW
from plandiff.plans.model import Point

CROSS_THRESHOLD = 0.7
"""Lowest cosine at which two leftover sub-points of different parents pair."""


def _leftovers(points: Sequence[Point], alignment: Alignment, depth: int,
               old_side: bool) -> Iterator[Point]:
    """Sub-points of one side the alignment left without a partner (see the module notes)."""
    for k in alignment.unmatched_old if old_side else alignment.unmatched_new:
        if depth:
            yield points[k]
        yield from descendants(points[k])
    for pair in alignment.pairs:
        index = pair.old_index if old_side else pair.new_index
        children = [c for i in index for c in points[i].points]
        for k in pair.absorbed_old if old_side else pair.absorbed_new:
            yield from descendants(children[k])  # only the absorbed point's text went
        if pair.children is not None:
            yield from _leftovers(children, pair.children, depth + 1, old_side)


def _alone(point: Point) -> Point:
    return point.model_copy(update={"points": ()}) if point.points else point


def _parents(points: Sequence[Point]) -> dict[str, str]:
    """Sub-point id → its parent's id."""
    return {sub.id: point.id for top in points for point in top.walk() for sub in point.points}


def cross_parent(old_points: Sequence[Point], new_points: Sequence[Point],
                 alignment: Alignment, *, old_ref: str, options: AlignOptions,
                 never_old: frozenset[str] = frozenset(),
                 never_new: frozenset[str] = frozenset()) -> Alignment:
    """``alignment`` (a top-level one) with the sub-points paired across parents in
    :attr:`Alignment.across`; the pairs and leftovers of each level are left as they are."""
    old_free = {p.id for p in _leftovers(old_points, alignment, 0, True)} - never_old
    new_free = {p.id for p in _leftovers(new_points, alignment, 0, False)} - never_new
    if not old_free or not new_free:
        return alignment
    # Every point on its own (title and text, not its sub-points' texts): each sub-point is a
    # leftover of its own, and a parent holding a word must not count it again for the IDF.
    flat_old = [_alone(p) for top in old_points for p in top.walk()]
    flat_new = [_alone(p) for top in new_points for p in top.walk()]
    for flat in (flat_old, flat_new):
        if max(Counter(p.id for p in flat).values()) > 1:
            return alignment  # ids must name one point each (compare() refuses duplicates)
    aligner = Aligner(
        flat_old, flat_new, old_ref,
        replace(options, threshold=max(options.threshold, CROSS_THRESHOLD)),
        never_old=frozenset(p.id for p in flat_old if p.id not in old_free),
        never_new=frozenset(p.id for p in flat_new if p.id not in new_free))
    aligner.one_to_one()
    old_parent, new_parent = _parents(old_points), _parents(new_points)
    paired = alignment.links()
    rivals = aligner.rivals()
    found: list[tuple[int, CrossPair]] = []
    for draft in aligner.drafts:
        if len(draft.old) != 1 or len(draft.new) != 1:
            continue  # held out of reach, or a declared split or merge: not a move
        i, j = draft.old[0], draft.new[0]
        old, new = flat_old[i], flat_new[j]
        parents = (old_parent[old.id], new_parent[new.id])
        if parents in paired:
            continue  # the same pair of parents: the main pass already judged them
        certainty, terms = aligner.explain(draft, rivals)
        if draft.evidence in (Evidence.TEXT, Evidence.SIMILARITY) and (
                certainty < REVIEW_BELOW
                or aligner.rare_shared(i, j) < options.leftover_terms):
            continue  # "Deleted." under two parents is not one clause that moved
        found.append((j, CrossPair(old=old.id, new=new.id, old_parent=parents[0],
                                   new_parent=parents[1], evidence=draft.evidence,
                                   similarity=draft.similarity, confidence=certainty,
                                   terms=terms)))
    if not found:
        return alignment
    return replace(alignment, across=tuple(cross for _, cross in sorted(
        found, key=lambda item: item[0])))


__all__ = ["CROSS_THRESHOLD", "cross_parent"]
