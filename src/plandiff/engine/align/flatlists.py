"""A partner whose own sub-points hold none of a list: its text is read as the list restated
flat (issue 14, session 41).

An unpaired sub-point is folded into its parent's partner on a lesser share of its words
(``absorb_flat``) when the partner has no sub-points at all. A partner with sub-points of its
own is read at the full share (``absorb``): it keeps some items apart, so what its own text
restates is read strictly. But a partner's sub-points may be new detail that takes none of
the old list: the briefing's "fighters are to hand in their weapons in stages, at a pace that
allows for the security situation", over four sub-points of dates and zones that restate
nothing of Pretoria's, restates item (a) ("step by step ... with due regard to the security
situation") in its own text. Such a partner keeps none of the items apart, and its text is
read as a flat one for an item that none of its sub-points shares a content word with."""

from __future__ import annotations

from collections.abc import Sequence

from plandiff.engine.align.tokens import matching_text
from plandiff.engine.align.types import Alignment
from plandiff.engine.align.vectors import _content_shared, _Side
from plandiff.plans.model import Point


def keeps_none_apart(side: _Side, mass: dict[int, float], partners: Sequence[Point],
                     children: Alignment) -> bool:
    """Whether ``partners`` (with sub-points) keep no item of the list apart for the item of
    weights ``mass``: no sub-point of either side was paired with one of the other at this
    level, and no sub-point of the partners shares a content word with the item."""
    if children.pairs:
        return False
    return not any(_content_shared(side, mass, side.mass_of(matching_text(sub)))
                   for p in partners for sub in p.points)


def flat_sentence(items: Sequence[Point], partners: Sequence[Point], old: bool) -> str:
    """``old 4(a) is folded into new 2, whose sub-points hold none of its list``: why an item
    was folded into a partner with sub-points on the share a flat partner needs."""
    here, there = ("old", "new") if old else ("new", "old")
    into = ", ".join(f"{there} {p.number}" for p in partners)
    return "; ".join(f"{here} {sub.number} is {'folded into' if old else 'carved out of'} "
                     f"{into}, whose sub-points hold none of its list" for sub in items)


__all__ = ["flat_sentence", "keeps_none_apart"]
