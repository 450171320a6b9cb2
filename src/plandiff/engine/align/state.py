"""The aligner's state over one level of points: the drafts (the pairs being made), which
point each draft holds, the free points, and the scores the passes read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from plandiff.engine.align.coverage import Join
from plandiff.engine.align.types import AlignOptions, Evidence, PairKind
from plandiff.engine.align.vectors import _contained, _union, _vectorise, cosine
from plandiff.plans.model import Point

# Enum members read once: in Python 3.11 each read of a member through its class runs the
# enum metaclass's attribute hook (some 1,400 instructions), which the hot loops below avoid.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_INFERRED = (Evidence.ID, Evidence.SIMILARITY)


def descendants(point: Point) -> Iterator[Point]:
    """Every sub-point below ``point``, at any depth, in document order (not ``point``)."""
    for sub in point.points:
        yield from sub.walk()


@dataclass(frozen=True)
class Elsewhere:
    """The names (entities, numbers, synonym groups) one level holds outside a pair: how many
    old and new points of the level hold each, less the pair's own points."""

    old_counts: Counter[str]
    new_counts: Counter[str]
    old_here: frozenset[str]
    new_here: frozenset[str]

    def holds(self, name: str) -> bool:
        """True when a point of the level other than the pair's holds ``name``."""
        return (self.old_counts[name] > (name in self.old_here)
                or self.new_counts[name] > (name in self.new_here))


@dataclass
class Draft:
    old: tuple[int, ...]
    new: tuple[int, ...]
    kind: PairKind
    evidence: Evidence
    similarity: float
    leftover: bool = False
    slot: bool = False
    """Paired by position: the only leftovers between two consecutive in-order pairs."""
    join: Join | None = None
    """The coverage figures of the leftover that joined the pair last (:meth:`Aligner.attach`)."""
    joining: int = -1
    """That leftover's position on its side."""
    named: tuple[str, ...] = ()
    """The names or numbers (or synonym groups) no other point holds that paired two
    leftovers (:meth:`Aligner.named_only`)."""
    place: str = ""
    """For a pair made on a synonym group no other point holds, where the two points stand
    (:meth:`Aligner.bracket`)."""
    far: tuple[str, ...] = ()
    """Why the pair is to be reviewed, one sentence per join the leftover passes made: a
    far join (:meth:`Aligner.attach`: "old 4 stands apart from old 11 but accounts for 11 %
    of new 3 beyond it"), a sole join, a rehomed part, a restated item or a heading. Any
    entry caps the pair's confidence (:meth:`Aligner._explained`)."""


class State:
    """The points of one level, their vectors and the drafts made so far; every pass of
    :class:`~plandiff.engine.align.aligner.Aligner` adds drafts here and reads them back."""

    def __init__(self, old: Sequence[Point], new: Sequence[Point], old_ref: str,
                 options: AlignOptions, never_old: frozenset[str] = frozenset(),
                 never_new: frozenset[str] = frozenset(),
                 elsewhere: tuple[Elsewhere, ...] = ()) -> None:
        self.old_points = old
        self.new_points = new
        self.old_ref = old_ref
        self.options = options
        self.never_old = never_old
        self.never_new = never_new
        self.old_side, self.new_side = _vectorise(old, new)
        self.drafts: list[Draft] = []
        self.old_owner: dict[int, int] = {}
        self.new_owner: dict[int, int] = {}
        self.candidates: dict[tuple[int, int], float] = {}
        self.elsewhere = elsewhere
        """For a sub-point level, the names the rest of the version holds (:class:`Elsewhere`,
        one per level above): a name no other sub-point holds is not alone in the version."""
        self._names: tuple[Counter[str], Counter[str]] | None = None
        self._own_masses: dict[tuple[bool, int], dict[int, float]] = {}
        """(old side?, position) → the idf-weighted tokens of a point's own text."""
        self._blocked_held: Counter[int] | None = None
        """Token id → how many blocked points hold it (:meth:`named_only`)."""
        # Points that must stay unpaired (not reported, or unlinked by a reviewer) are held by
        # drafts with no partner: no pass sees them free, and the result leaves them unmatched.
        self.blocked_old = tuple(i for i, p in enumerate(old) if p.id in never_old)
        self.blocked_new = tuple(j for j, p in enumerate(new) if p.id in never_new)
        for i in self.blocked_old:
            self.add(Draft((i,), (), PairKind.ONE_TO_ONE, Evidence.DECLARED, 0.0))
        for j in self.blocked_new:
            self.add(Draft((), (j,), PairKind.ONE_TO_ONE, Evidence.DECLARED, 0.0))

    # bookkeeping
    def free_old(self) -> list[int]:
        return [i for i in range(len(self.old_points)) if i not in self.old_owner]

    def free_new(self) -> list[int]:
        return [j for j in range(len(self.new_points)) if j not in self.new_owner]

    def add(self, draft: Draft) -> None:
        index = len(self.drafts)
        self.drafts.append(draft)
        for i in draft.old:
            self.old_owner[i] = index
        for j in draft.new:
            self.new_owner[j] = index

    def drop(self, index: int) -> None:
        draft = self.drafts[index]
        for i in draft.old:
            self.old_owner.pop(i, None)
        for j in draft.new:
            self.new_owner.pop(j, None)
        draft.old, draft.new = (), ()

    def score(self, i: int, j: int) -> float:
        return cosine(self.old_side.unit(i), self.new_side.unit(j))

    def coverage_old(self, i: int, cols: Sequence[int]) -> float:
        o = self.old_side
        return _contained(o.mass(i), o.total(i), _union(self.new_side.mass(j) for j in cols))

    def coverage_new(self, j: int, rows: Sequence[int]) -> float:
        n = self.new_side
        return _contained(n.mass(j), n.total(j), _union(self.old_side.mass(i) for i in rows))

    def _soft(self, owner: dict[int, int], x: int, partner: tuple[int, ...] | None) -> bool:
        """True when ``x`` is free, or held by an inferred one-to-one pair (with ``partner``)."""
        if x not in owner:
            return True
        draft = self.drafts[owner[x]]
        if draft.kind is not _ONE_TO_ONE or draft.evidence not in _INFERRED:
            return False
        if partner is None:
            return True
        return (draft.new if owner is self.old_owner else draft.old) == partner


__all__ = ["Draft", "Elsewhere", "State", "descendants"]
