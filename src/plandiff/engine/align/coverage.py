"""Coverage: the evidence that a leftover point joins a pair as a split or merge part.

A leftover X joins the pair whose whole is W (an old point split into several new ones, or a
new point several old ones were merged into) when W restates X, and restates it in the part
W's present partners do not explain:

- ``share``: the share of X's distinctive terms (idf-weighted words and concept tokens,
  function words and topic ids aside) that W holds;
- ``unexplained``: the share of X's distinctive terms found in W's *residual*, what W holds
  beyond its present partners (counted with multiplicity, so a word W says twice and a partner
  once is still half unexplained);
- ``explains``: the share of W's own distinctive terms that X accounts for in that residual
  (X explains part of W, not only W part of X);
- ``rival``: the best share of X's terms any other point on W's side holds: a join is only
  evidence when no other point explains X as well as W does.

Everything is a sum over the aligner's own token weights: deterministic, and the reader can be
told the figures (:meth:`Join.sentence`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from plandiff.engine.align.concepts import TOPIC
from plandiff.engine.align.vectors import _Side

SURE_SHARE = 0.5
SURE_UNEXPLAINED = 0.25


def distinctive(side: _Side, x: int) -> dict[int, float]:
    """The idf-weighted token counts of point ``x`` of ``side``: words and concept tokens
    (entities, synonym groups, numbers, titles), not function words, not topic ids."""
    words = side.words()
    return {t: c * side.idf[t] for t, c in Counter(side.ids[x]).items()
            if not side.function[t] and not words[t].startswith(TOPIC)}


def overlap(part: dict[int, float], whole: dict[int, float]) -> float:
    """The weight of ``part`` also found in ``whole`` (each token up to the smaller weight)."""
    if len(part) > len(whole):
        return sum(min(w, part[t]) for t, w in whole.items() if t in part)
    return sum(min(w, whole[t]) for t, w in part.items() if t in whole)


def residual(whole: dict[int, float], parts: Iterable[dict[int, float]]) -> dict[int, float]:
    """What ``whole`` holds beyond the ``parts`` together (positive differences only)."""
    covered: dict[int, float] = defaultdict(float)
    for part in parts:
        for t, w in part.items():
            covered[t] += w
    return {t: w - covered.get(t, 0.0) for t, w in whole.items() if w > covered.get(t, 0.0)}


@dataclass(frozen=True)
class Join:
    """The coverage figures of one proposed join (see the module documentation)."""

    share: float
    unexplained: float
    explains: float
    rival: float
    adjacent: bool
    """The leftover sits next to one of the pair's parts on its own side."""

    @property
    def sure(self) -> bool:
        """True when the coverage is clear enough to trust without review: most of the
        leftover's terms are in the whole (:data:`SURE_SHARE`) and a good part of them beyond
        what the partners explain (:data:`SURE_UNEXPLAINED`)."""
        return self.share >= SURE_SHARE and self.unexplained >= SURE_UNEXPLAINED

    def sentence(self, kind: str, joining: str, whole: str, partners: Iterable[str]) -> str:
        """``merge: 45 % of 10's rare terms are in 5, 30 % not explained by 9`` (the point
        labels as the caller names them)."""
        names = ", ".join(partners)
        return (f"{kind}: {_percent(self.share)} of {joining}'s rare terms are in {whole}, "
                f"{_percent(self.unexplained)} not explained by {names}; no other point "
                f"holds more than {_percent(self.rival)}")


def _percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def measure(joining: dict[int, float], whole: dict[int, float],
            partners: Iterable[dict[int, float]], others: Iterable[dict[int, float]],
            adjacent: bool) -> Join:
    """The :class:`Join` figures of a leftover's terms ``joining`` against a pair's ``whole``
    with its present ``partners``; ``others``: every other point on the whole's side."""
    total = sum(joining.values())
    whole_total = sum(whole.values())
    if total <= 0 or whole_total <= 0:
        return Join(0.0, 0.0, 0.0, 0.0, adjacent)
    left = residual(whole, partners)
    found = overlap(joining, left)
    rival = max((overlap(joining, other) for other in others), default=0.0)
    return Join(share=round(overlap(joining, whole) / total, 9),
                unexplained=round(found / total, 9),
                explains=round(found / whole_total, 9),
                rival=round(rival / total, 9), adjacent=adjacent)


__all__ = ["Join", "distinctive", "measure", "overlap", "residual"]
