"""The aligner of one level of points, and :func:`align`, which runs its passes in order.

:class:`Aligner` is the last of a chain of classes, each module's extending the one before it
and owning one pass or concern (an import-linter contract keeps the order):

- :mod:`~plandiff.engine.align.state`: the points, their vectors, the drafts and who holds what;
- :mod:`~plandiff.engine.align.evidence`: the tests on two points (telling and rare shared
  terms, names alone, topics and parties that differ, where a point stands);
- :mod:`~plandiff.engine.align.exact`: declared links, the same id, identical text;
- :mod:`~plandiff.engine.align.similar`: similarity and the optimal assignment;
- :mod:`~plandiff.engine.align.containment`: splits and merges by coverage;
- :mod:`~plandiff.engine.align.slots`: the gaps and slots between in-order pairs;
- :mod:`~plandiff.engine.align.leftovers`: leftovers that are each other's best match;
- :mod:`~plandiff.engine.align.joins`: leftovers joining splits and merges, parts rehomed;
- :mod:`~plandiff.engine.align.headings`: headings over items not reported on;
- :mod:`~plandiff.engine.align.folding`: sub-points folded into (or carved out of) a partner;
- :mod:`~plandiff.engine.align.explaining`: confidence, terms, channels, join sentences;

and this module runs the one-to-one passes together and builds the result with sub-point
alignment, absorption, moves and renumbering; :mod:`~plandiff.engine.align.votes` (a function
over the passes before the late slots) pairs neighbouring leftovers restated by the same
leftover.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from plandiff._frozen import new_frozen
from plandiff.engine.align.explain import LEFTOVER_CAP
from plandiff.engine.align.explaining import Explaining
from plandiff.engine.align.moves import _longest_increasing
from plandiff.engine.align.state import Elsewhere
from plandiff.engine.align.tokens import number_key
from plandiff.engine.align.types import Alignment, AlignOptions, Pair, PairKind
from plandiff.engine.align.vectors import text_cache
from plandiff.plans.model import Point


class Aligner(Explaining):
    """The passes over one level of points; :func:`align` runs them in order, and the
    cross-parent pass (:mod:`plandiff.engine.align.crossparent`) reuses the one-to-one passes,
    :meth:`rivals`, :meth:`explain` and :meth:`rare_shared` over every point of both versions."""

    def one_to_one(self) -> None:
        """The passes that pair one point with one: declared links and same ids (when the
        options use them), identical text, then similarity with an optimal assignment."""
        if self.options.use_declared:
            self.declared()
        if self.options.use_ids:
            self.same_id()
        self.same_text()
        self.similar()

    def result(self, old_ref: str, new_ref: str) -> Alignment:
        drafts = sorted((d for d in self.drafts if d.old and d.new), key=lambda d: min(d.new))
        alternatives = self.alternatives(drafts)
        keep = _longest_increasing([min(d.old) for d in drafts])
        pairs = []
        old_points, new_points = self.old_points, self.new_points
        for position, draft in enumerate(drafts):
            old_pts = [old_points[i] for i in draft.old]
            new_pts = [new_points[j] for j in draft.new]
            children = None
            kind = draft.kind
            absorbed_old: tuple[int, ...] = ()
            absorbed_new: tuple[int, ...] = ()
            old_ids = [p.id for p in old_pts]
            new_ids = [p.id for p in new_pts]
            links: tuple[tuple[str, str], ...] = ()
            lead = ""
            tail: tuple[Point, ...] = ()
            old_children = [c for p in old_pts for c in p.points]
            new_children = [c for p in new_pts for c in p.points]
            if old_children or new_children:
                children = align(old_children, new_children, old_ref=old_ref, new_ref=new_ref,
                                 options=self.options,
                                 never_old=self.never_old | self.folded(new_pts, old_children,
                                                                        new_children),
                                 never_new=self.never_new, across=False,
                                 elsewhere=self.outside(draft))
                absorbed_old, absorbed_new, tail = self.absorbed(
                    old_pts, new_pts, children, old_children, new_children)
                if absorbed_old or absorbed_new:
                    if kind is PairKind.ONE_TO_ONE:
                        kind = PairKind.MERGE if absorbed_old else PairKind.SPLIT
                    links, lead = self.part_links(old_pts, new_pts,
                                                  [old_children[k] for k in absorbed_old],
                                                  [new_children[k] for k in absorbed_new])
                    old_ids += [old_children[k].id for k in absorbed_old]
                    new_ids += [new_children[k].id for k in absorbed_new]
                    children = replace(
                        children,
                        unmatched_old=tuple(k for k in children.unmatched_old
                                            if k not in absorbed_old),
                        unmatched_new=tuple(k for k in children.unmatched_new
                                            if k not in absorbed_new))
            certainty, terms, channels = self._explained(draft, alternatives[position])
            join = "; ".join(filter(None, (self.join_sentence(draft), lead)))
            if tail:
                # a list's last item folded on less evidence: a reviewer sees it
                certainty = min(certainty, LEFTOVER_CAP)
                join = "; ".join(filter(None, (join, self.tail_sentence(
                    tail, new_pts if absorbed_old else old_pts, bool(absorbed_old)))))
            # Every field of Pair, in its order (new_frozen: no defaults to merge, no check).
            pairs.append(new_frozen(Pair, {
                "old": tuple(old_ids), "new": tuple(new_ids),
                "old_index": draft.old, "new_index": draft.new, "kind": kind,
                "evidence": draft.evidence, "similarity": draft.similarity,
                "moved": position not in keep,
                "renumbered": number_key(old_pts[0].number) != number_key(new_pts[0].number),
                "children": children, "absorbed_old": absorbed_old,
                "absorbed_new": absorbed_new, "confidence": certainty, "terms": terms,
                "leftover": draft.leftover, "channels": channels, "position": draft.slot,
                "links": links, "join": join}))
        return Alignment(
            pairs=tuple(pairs), unmatched_old=tuple(sorted((*self.free_old(), *self.blocked_old))),
            unmatched_new=tuple(sorted((*self.free_new(), *self.blocked_new))),
            old_ids=tuple(p.id for p in self.old_points),
            new_ids=tuple(p.id for p in self.new_points))


def align(old_points: Sequence[Point], new_points: Sequence[Point], *, old_ref: str,
          new_ref: str, options: AlignOptions | None = None,
          never_old: frozenset[str] = frozenset(),
          never_new: frozenset[str] = frozenset(), across: bool = True,
          elsewhere: tuple[Elsewhere, ...] = ()) -> Alignment:
    """Pair the points of two versions (one level; sub-points recursively inside each pair).

    With ``across`` (the top-level call), sub-points left over under different parents are
    then paired across them (:mod:`plandiff.engine.align.crossparent`).

    ``old_ref``/``new_ref`` are the ``DOCUMENT@VERSION`` of each side: a new point's
    ``derived_from`` entries that name ``old_ref`` are the author's own pairing and win.
    Points whose ids are in ``never_old``/``never_new`` (at any depth) are never paired: the
    new version does not report on them, or a reviewer said they have no partner.
    """
    opts = options if options is not None else AlignOptions()
    with text_cache():  # sub-point levels and the cross-parent pass reuse each text's words
        aligner = Aligner(old_points, new_points, old_ref, opts, never_old, never_new,
                          elsewhere)
        aligner.one_to_one()
        aligner.containment()
        aligner.gaps()
        aligner.leftovers()
        aligner.attach()
        aligner.named_joins()
        aligner.rehome()
        aligner.sole_joins()
        aligner.headings()
        if aligner.few_enough():  # (a large pair never loads the votes pass)
            from plandiff.engine.align.votes import shared_best

            # before the late slots: neighbours restated together by one point are read
            # before a lone leftover in that point's slot takes it by place
            shared_best(aligner)
        aligner.late_slots()
        aligner.attach()
        result = aligner.result(old_ref, new_ref)
        if not across:
            return result
        from plandiff.engine.align.crossparent import cross_parent  # it builds on this module

        return cross_parent(old_points, new_points, result, old_ref=old_ref, options=opts,
                            never_old=never_old, never_new=never_new)


__all__ = ["Aligner", "align"]
