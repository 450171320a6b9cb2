"""The headings pass: a heading whose items the new version does not report on goes with
the new point that restates it."""

from __future__ import annotations

from plandiff.engine.align.joins import JoinPasses
from plandiff.engine.align.state import Draft, descendants
from plandiff.engine.align.types import Evidence, PairKind

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_SIMILARITY = Evidence.SIMILARITY
_DECLARED = Evidence.DECLARED

HEADING_SHARE = 0.5
"""Lowest share of a heading's own distinct terms (words and concept tokens, function words
aside: :meth:`Aligner.reported_terms`) a new point must
hold for a heading whose items the new version does not report on to go with it
(:meth:`Aligner.headings`)."""


class HeadingPass(JoinPasses):
    """Headings over items not reported on."""

    def headings(self) -> None:
        """A heading left unpaired whose items the new version does not report on at all
        (every sub-point not reported) goes with the new point that holds most of its own
        words, at least :data:`HEADING_SHARE` of them: a summary that leaves a list's items
        out answers the list where it restates the heading ("The US security guarantee is
        conditional:" in "Ukraine receives legally binding security guarantees, including a
        commitment from the United States"). When two new points hold as much, the one
        paired with a neighbour of the heading wins; otherwise nothing is made. The heading
        joins that point's pair as a merge part, or pairs with it when it is free; either way
        for review, and ``--explain`` says why: "old 10 heads items the new version does not
        report on; new 10 holds 80 % of its terms". An author's declared pairs are never
        changed."""
        if not self.never_old:
            return
        olds, news = self.old_points, self.new_points
        o, n = self.old_side, self.new_side
        targets = [j for j in range(len(news)) if j not in self.blocked_new]
        for i in self.free_old():
            point = olds[i]
            if not point.points or not all(sub.id in self.never_old
                                           for sub in descendants(point)):
                continue
            terms = self.reported_terms(o, i).keys()
            if not terms or not targets:
                continue
            shares = {j: len(terms & n.unit(j).keys()) / len(terms) for j in targets}
            top = max(shares.values())
            if top < HEADING_SHARE:
                continue
            best = [j for j in targets if shares[j] >= top - 1e-9]
            if len(best) > 1:
                best = [j for j in best if j in self.new_owner and any(
                    self.next_to(o, i, x) for x in self.drafts[self.new_owner[j]].old)]
            if len(best) != 1:
                continue
            j = best[0]
            why = (f"old {point.number} heads items the new version does not report on; "
                   f"new {news[j].number} holds {top * 100:.0f} % of its terms")
            if j not in self.new_owner:
                self.add(Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, round(self.score(i, j), 9),
                               leftover=True, far=(why,)))
                continue
            index = self.new_owner[j]
            draft = self.drafts[index]
            if draft.evidence is _DECLARED or len(draft.new) != 1 or not draft.old:
                continue
            self.regroup(index, i, False, far=(*draft.far, why))


__all__ = ["HEADING_SHARE", "HeadingPass"]
