"""The passes of the aligner (declared, id, text, similarity, containment, gaps) and the
result with sub-point alignment, absorption, moves and renumbering."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from plandiff._frozen import new_frozen
from plandiff.engine.align.assignment import NUDGE, _assign, _components
from plandiff.engine.align.candidates import _candidates_large, _candidates_small, _place
from plandiff.engine.align.concepts import (
    ENTITY,
    NUMBER,
    SYNONYM,
    TOPIC,
    channel_of,
)
from plandiff.engine.align.coverage import Join, distinctive, measure, overlap
from plandiff.engine.align.explain import (
    LEFTOVER_CAP,
    TERMS,
    confidence,
    named_label,
    surface_words,
    top_terms,
)
from plandiff.engine.align.moves import _longest_increasing
from plandiff.engine.align.tokens import (
    ABSORB_MIN_TOKENS,
    _coarse,
    _may_be_equal,
    _own_text,
    alnum,
    exact_key,
    matching_text,
    number_key,
    positional_ids,
)
from plandiff.engine.align.types import Alignment, AlignOptions, Evidence, Pair, PairKind
from plandiff.engine.align.vectors import (
    FREQUENT_SHARE,
    _contained,
    _content_shared,
    _Side,
    _union,
    _vectorise,
    cosine,
    text_cache,
)
from plandiff.engine.redline import normalise
from plandiff.plans.model import Point
from plandiff.plans.refs import parse_point_ref
from plandiff.typography import fold

# Enum members read once: in Python 3.11 each read of a member through its class runs the
# enum metaclass's attribute hook (some 1,400 instructions), which the hot loops below avoid.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_TEXT, _SIMILARITY, _CONTAINMENT = Evidence.TEXT, Evidence.SIMILARITY, Evidence.CONTAINMENT
_DECLARED = Evidence.DECLARED
_INFERRED = (Evidence.ID, Evidence.SIMILARITY)
_KIND_WORD = {PairKind.SPLIT: "split: ", PairKind.MERGE: "merge: "}
"""How :meth:`Aligner.join_sentence` begins for a split or a merge."""

SAME_OWN_TEXT = 0.05
"""Added to an assignment weight when two points with sub-points have the same own text:
between close scores, the pair under the same heading wins."""
SLOT_POINTS = 3
"""A slot (the leftovers between two consecutive in-order pairs) of at most this many old and
this many new points is small enough for position to count as evidence."""
LEFTOVER_FULL = 24
"""From this many points on the larger side, leftovers pair at ``leftover_threshold``; below,
at a proportionally lower cosine, never under :data:`LEFTOVER_FLOOR`."""
LEFTOVER_FLOOR = 0.08
LEFTOVER_CELLS = 4_000
"""Up to this many leftover old × new points, the leftovers' pass scores every cell; above,
only the candidate search's cells."""
SANDWICH_ABSORB = 0.1
"""Lowest share of an unpaired sub-point found in what the partner's text gained, for it to
be folded in when the sub-points on both sides of it were (see :meth:`Aligner.absorbed`)."""
JOIN_UNEXPLAINED = 0.04
"""Lowest share of a leftover's distinctive terms that must lie in what a pair's whole holds
beyond its present partners, for the leftover to join the pair (:meth:`Aligner.attach`)."""
FAR_EXPLAINS = 0.10
"""Lowest share of a pair's whole that a leftover far from the pair's parts must account for
beyond what the present partners explain, for it to join (:meth:`Aligner.attach`)."""
ONE_SUB_POINT = 0.75
"""Share of what a pair's whole holds of a leftover's terms that, found in one sub-point of
the whole, makes the leftover a restatement of that sub-point rather than a part of the
whole (:meth:`Aligner.restates_one_sub_point`)."""
HEADING_SHARE = 0.5
"""Lowest share of a heading's own distinct terms (words and concept tokens, function words
aside: :meth:`Aligner.reported_terms`) a new point must
hold for a heading whose items the new version does not report on to go with it
(:meth:`Aligner.headings`)."""
SOLE_AMONG = 5
"""Fewest other points (points that must stay unpaired aside) the whole's side must hold for
"no other point holds any of a leftover's terms" to be evidence (:meth:`Aligner.sole_joins`):
among one or two points, holding a word alone says little."""
RARE_SHARE = 0.2
"""A token counts as rare evidence when at most this share of the points of both versions (or
two points, in short texts) hold it."""


def _named(token: str) -> bool:
    """True for a token that names something: an entity, a number token, a number written in
    digits."""
    return token[:1] in (ENTITY, NUMBER) or token.isdigit()


def _exclusive(token: str) -> bool:
    """True for a token :meth:`Aligner.named_only` looks at: a name or number, or a synonym
    group of ``data/concepts.json``."""
    return _named(token) or token.startswith(SYNONYM)


def _descendants(point: Point) -> Iterator[Point]:
    """Every sub-point below ``point``, at any depth, in document order (not ``point``)."""
    for sub in point.points:
        yield from sub.walk()


def _without(point: Point, never: frozenset[str]) -> Point:
    """``point`` without the sub-points (at any depth) whose ids are in ``never``."""
    if not point.points:
        return point
    return point.model_copy(update={"points": tuple(
        _without(sub, never) for sub in point.points if sub.id not in never)})

@dataclass(frozen=True)
class _Elsewhere:
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
class _Draft:
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


class Aligner:
    """The passes over one level of points; :func:`align` runs them in order, and the
    cross-parent pass (:mod:`plandiff.engine.align.crossparent`) reuses the one-to-one passes,
    :meth:`rivals`, :meth:`explain` and :meth:`rare_shared` over every point of both versions."""

    def __init__(self, old: Sequence[Point], new: Sequence[Point], old_ref: str,
                 options: AlignOptions, never_old: frozenset[str] = frozenset(),
                 never_new: frozenset[str] = frozenset(),
                 elsewhere: tuple[_Elsewhere, ...] = ()) -> None:
        self.old_points = old
        self.new_points = new
        self.old_ref = old_ref
        self.options = options
        self.never_old = never_old
        self.never_new = never_new
        self.old_side, self.new_side = _vectorise(old, new)
        self.drafts: list[_Draft] = []
        self.old_owner: dict[int, int] = {}
        self.new_owner: dict[int, int] = {}
        self.candidates: dict[tuple[int, int], float] = {}
        self.elsewhere = elsewhere
        """For a sub-point level, the names the rest of the version holds (:class:`_Elsewhere`,
        one per level above): a name no other sub-point holds is not alone in the version."""
        self._names: tuple[Counter[str], Counter[str]] | None = None
        self._blocked_held: Counter[int] | None = None
        """Token id → how many blocked points hold it (:meth:`named_only`)."""
        # Points that must stay unpaired (not reported, or unlinked by a reviewer) are held by
        # drafts with no partner: no pass sees them free, and the result leaves them unmatched.
        self.blocked_old = tuple(i for i, p in enumerate(old) if p.id in never_old)
        self.blocked_new = tuple(j for j, p in enumerate(new) if p.id in never_new)
        for i in self.blocked_old:
            self.add(_Draft((i,), (), PairKind.ONE_TO_ONE, Evidence.DECLARED, 0.0))
        for j in self.blocked_new:
            self.add(_Draft((), (j,), PairKind.ONE_TO_ONE, Evidence.DECLARED, 0.0))

    # bookkeeping
    def free_old(self) -> list[int]:
        return [i for i in range(len(self.old_points)) if i not in self.old_owner]

    def free_new(self) -> list[int]:
        return [j for j in range(len(self.new_points)) if j not in self.new_owner]

    def add(self, draft: _Draft) -> None:
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

    # passes
    def one_to_one(self) -> None:
        """The passes that pair one point with one: declared links and same ids (when the
        options use them), identical text, then similarity with an optimal assignment."""
        if self.options.use_declared:
            self.declared()
        if self.options.use_ids:
            self.same_id()
        self.same_text()
        self.similar()

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
                self.add(_Draft((rows[0],), (cols[0],), PairKind.ONE_TO_ONE, Evidence.DECLARED,
                                links[(rows[0], cols[0])]))
            elif len(rows) == 1:
                self.add(_Draft((rows[0],), tuple(cols), PairKind.SPLIT, Evidence.DECLARED,
                                self.coverage_old(rows[0], cols)))
            elif len(cols) == 1:
                self.add(_Draft(tuple(rows), (cols[0],), PairKind.MERGE, Evidence.DECLARED,
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
                self.add(_Draft((olds[0],), (j,), PairKind.ONE_TO_ONE, Evidence.DECLARED,
                                links[(olds[0], j)]))
            else:
                self.add(_Draft(tuple(olds), (j,), PairKind.MERGE, Evidence.DECLARED,
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
                self.add(_Draft((i,), (j_found,), PairKind.ONE_TO_ONE, Evidence.ID,
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
                self.add(_Draft((i,), (queue.popleft(),), _ONE_TO_ONE, _TEXT, 1.0))

    def similar(self) -> None:
        free_rows, free_cols = set(self.free_old()), set(self.free_new())
        if not free_rows and not free_cols:
            return
        # Points paired by id stay candidates: the containment pass may grow them into splits.
        rows = [i for i in range(len(self.old_points))
                if i in free_rows or self._soft(self.old_owner, i, None)]
        cols = [j for j in range(len(self.new_points))
                if j in free_cols or self._soft(self.new_owner, j, None)]
        if not rows or not cols:
            return
        k = self.options.top_k
        if len(rows) * len(cols) <= self.options.small:
            self.candidates = _candidates_small(self.old_side, self.new_side, rows, cols, k)
        else:
            self.candidates = _candidates_large(self.old_side, self.new_side, rows, cols, k)
        edges = {(i, j): s for (i, j), s in self.candidates.items()
                 if s >= self.options.threshold and i in free_rows and j in free_cols}
        for i, j in _assign(self.nudged(edges)):
            self.add(_Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, edges[(i, j)]))

    def nudged(self, edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        """Edge weights for the assignment: among equal scores, pairs whose places in their
        documents are nearer win (so tied boilerplate pairs in order, not shuffled)."""
        n_old, n_new = len(self.old_points), len(self.new_points)
        return {(i, j): s - NUDGE * abs(_place(i, n_old) - _place(j, n_new))
                + (SAME_OWN_TEXT if self.same_own_text(i, j) else 0.0)
                for (i, j), s in edges.items()}

    def same_own_text(self, i: int, j: int) -> bool:
        """True when two points with sub-points have the same text of their own (title and
        text, sub-points aside): the same heading over sub-points that moved."""
        old, new = self.old_points[i], self.new_points[j]
        if not old.points and not new.points:
            return False
        return fold(_own_text(old)) == fold(_own_text(new))

    # containment (splits and merges)
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
        proposals: list[tuple[float, int, int, _Draft]] = []
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
                draft = _Draft((i,), tuple(sorted(chosen)), PairKind.SPLIT,
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
                draft = _Draft(tuple(sorted(chosen)), (j,), PairKind.MERGE,
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

    def _still_open(self, draft: _Draft) -> bool:
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

    # result
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
        if not free_old or not free_new:
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
                for i, j in self.slot_pairs(rows, cols):
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
            self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, edges[(i, j)],
                            slot=(i, j) in slots))

    def late_slots(self) -> None:
        """Once every other pass stands, pair the leftovers of each slot again.

        The gaps narrow as the later passes pair points, so only now may a slot (at most
        :data:`SLOT_POINTS` leftovers a side between two in-order pairs) hold an old and a
        new point that are each other's best in it. The place vouches for less this late:
        two telling tokens are needed, one more than :attr:`AlignOptions.slot_terms`, at any
        score from ``slot_threshold`` up (:meth:`slot_pairs` with ``late``). Such
        a pair is a leftover pair (review); :meth:`attach` then runs again, so that a
        neighbour restated by the same new point can join it.
        """
        free_old, free_new = self.free_old(), self.free_new()
        if not free_old or not free_new:
            return
        old_gap, new_gap = self.gap_groups(free_old, free_new)
        for gap, rows in sorted(old_gap.items()):
            cols = new_gap.get(gap, [])
            if not cols or len(rows) > SLOT_POINTS or len(cols) > SLOT_POINTS:
                continue
            for i, j in self.slot_pairs(rows, cols, late=True):
                self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY,
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

    def slot_pairs(self, rows: Sequence[int], cols: Sequence[int], *, late: bool = False
                   ) -> list[tuple[int, int]]:
        """Pairs of a slot (the leftovers between two in-order pairs) that are each other's
        best in the slot, score at least ``slot_threshold`` (and, but ``late``, less than
        ``gap_threshold``, which :meth:`gaps` pairs on its own) and share ``slot_terms``
        tokens that are neither function words nor frequent (``late``: one more)."""
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
                    and not self.topics_differ(i, j) and not self.lone_word(i, j)):
                found.append((i, j))
        return found

    def topics_differ(self, i: int, j: int) -> bool:
        """True when both points carry topic ids and share none: an author said they are
        about different things, so weak evidence must not pair them."""
        a = {t for p in self.old_points[i].walk() for t in p.topics}
        b = {t for p in self.new_points[j].walk() for t in p.topics}
        return bool(a) and bool(b) and a.isdisjoint(b)

    def parties_differ(self, i: int, j: int) -> bool:
        """True when both points name parties or places (entities, a stand-in counting as
        what it stands for) and share none: "the United States and Russia extend their
        treaties" is not a part of "Ukraine stays free of nuclear weapons", whatever words
        they share."""
        o, n = self.old_side, self.new_side
        words = o.words()
        a = {words[t] for t in o.unit(i) if words[t].startswith(ENTITY)}
        b = {words[t] for t in n.unit(j) if words[t].startswith(ENTITY)}
        return bool(a) and bool(b) and a.isdisjoint(b)

    def telling_shared(self, i: int, j: int) -> int:
        """Distinct tokens ``i`` and ``j`` share that are neither function words, topic ids nor
        frequent in the two versions (:data:`~plandiff.engine.align.vectors.FREQUENT_SHARE`)."""
        return len(self.telling_tokens(i, j))

    def names_alone(self, i: int, j: int) -> bool:
        """True when every telling token ``i`` and ``j`` share (:meth:`telling_tokens`) names
        a party or place: an entity both hold, or a word of the names of such an entity
        ("United States", "Egypt"). Shared names say who a clause is about, not what it says:
        "the United States forms a Stabilization Force with Jordan and Egypt" is no part of
        "Egypt, Qatar and Turkey stand as guarantors, and the United States"."""
        o, n = self.old_side, self.new_side
        words = o.words()
        found = [words[t] for t in self.telling_tokens(i, j)]
        if not found:
            return False
        held = {words[t] for t in o.unit(i).keys() & n.unit(j).keys()
                if words[t].startswith(ENTITY)}
        return _all_names(found, held, o.table.entity_words)

    @staticmethod
    def shares_names_alone(side: _Side, mass: dict[int, float], other: dict[int, float],
                           empty: bool = False) -> bool:
        """True when the content tokens (not function words) two weight vectors share are
        all names of parties (an entity both hold, or a word of the names of such an entity:
        :meth:`names_alone`); with ``empty``, also when they share none."""
        words = side.words()
        found = [words[t] for t in mass.keys() & other.keys() if not side.function[t]]
        if not found:
            return empty
        return _all_names(found, {w for w in found if w.startswith(ENTITY)},
                          side.table.entity_words)

    def lone_word(self, i: int, j: int) -> bool:
        """True when ``i`` and ``j`` share one telling token (:meth:`telling_tokens`), a plain
        word no synonym group, name or number stands behind, that some other point holds too
        ("both sides" in a clause on the ceasefire and in one on the pull-back): such a word
        tells the two points apart from nothing, whatever their place."""
        found = self.telling_tokens(i, j)
        if len(found) != 1:
            return False
        o, t = self.old_side, found[0]
        return o.word[t] and o.df[t] > 2 and o.words()[t] not in o.table.single

    def telling_tokens(self, i: int, j: int) -> list[int]:
        """The tokens :meth:`telling_shared` counts."""
        o, n = self.old_side, self.new_side
        frequent = max(2.0, FREQUENT_SHARE * o.n_docs)
        words = o.words()
        shared = [t for t in o.unit(i).keys() & n.unit(j).keys()
                  if not o.function[t] and o.df[t] <= frequent]
        # A shared word and the concept it gives are one piece of evidence, not two.
        single = o.table.single
        covered = {c for t in shared for c in single.get(words[t], ())}
        # A shared topic id says two points are about the same subject, not that they say
        # the same thing: it never counts as a telling token; nor does a word of punctuation
        # alone (the middle dot of "米国・欧州").
        return [t for t in shared if words[t] not in covered and not words[t].startswith(TOPIC)
                and (not o.word[t] or any(ch.isalnum() for ch in words[t]))]

    def folded(self, pair_new: Sequence[Point], old_children: Sequence[Point],
               new_children: Sequence[Point]) -> frozenset[str]:
        """Old sub-points an author declared folded into the new points' own text (named in
        their ``derived_from``, and in no new sub-point's): the sub-point pass must not pair
        them with a new sub-point on shared words."""
        if not self.options.use_declared or not old_children:
            return frozenset()

        def named(points: Sequence[Point]) -> set[str]:
            return {ref.point for p in points for ref in map(parse_point_ref, p.derived_from)
                    if ref is not None and ref.version_ref == self.old_ref}

        held = named(pair_new) & {c.id for c in old_children}
        return frozenset(held - named(new_children)) if held else frozenset()

    def absorbed(self, pair_old: Sequence[Point], pair_new: Sequence[Point],
                 children: Alignment, old_children: Sequence[Point],
                 new_children: Sequence[Point]
                 ) -> tuple[tuple[int, ...], tuple[int, ...], tuple[Point, ...]]:
        """Unpaired sub-points folded into (or carved out of) the partner's own text, and
        those of them taken as a list's last item after two folded siblings (for review).

        For a one-to-one pair the partner is one point; for a split (one old point, several
        new) the old sub-points may be folded into the new parts' texts taken together, and
        for a merge the new sub-points carved out of the old parts' texts: 28#12 (a package
        with sub-points) split into 20#8 (which restates three of them) and 20#9 (which has a
        sub-point of its own) takes those three along."""
        if len(pair_old) != 1 and len(pair_new) != 1:
            return (), (), ()
        side = self.old_side
        tail: list[Point] = []
        old_own = _union(side.mass_of(_own_text(p)) for p in pair_old)
        new_own = _union(side.mass_of(_own_text(p)) for p in pair_new)
        refs = [ref for new in pair_new for ref in map(parse_point_ref, new.derived_from)
                if ref is not None and ref.version_ref == self.old_ref]
        declared = {ref.point for ref in refs}

        # An author who linked the new point to old points said everything it came from.
        infer = not refs

        def pick(whole: dict[int, float], own: dict[int, float],
                 candidates: Sequence[tuple[int, Point]], names: set[str],
                 parent: Sequence[int]) -> tuple[int, ...]:
            """The named candidates, and every leaf candidate whose text is largely found in
            what ``whole`` has beyond ``own`` (sharing content words with it); then, by
            position, a leaf between two siblings that were both taken, when its text is
            found there to a lesser degree (:data:`SANDWICH_ABSORB`, one content word)."""
            residual = {t: w - own.get(t, 0.0) for t, w in whole.items() if w > own.get(t, 0.0)}
            chosen: set[int] = set()
            near: dict[int, float] = {}
            for k, child in candidates:
                if child.id in self.never_old or child.id in self.never_new:
                    continue
                if child.id not in names:
                    # Only a leaf is plain text that can be inferred folded in (or carved
                    # out): a sub-point with sub-points of its own keeps its structure.
                    if not infer or child.points:
                        continue
                    mass = side.mass_of(matching_text(child))
                    share = _contained(mass, sum(mass.values()), residual)
                    if (_content_shared(side, mass, residual) < ABSORB_MIN_TOKENS
                            or share < self.options.absorb):
                        if _content_shared(side, mass, residual) and share >= SANDWICH_ABSORB:
                            near[k] = share
                        continue
                chosen.add(k)
            grew = bool(chosen)
            while grew and near:
                grew = False
                for k in sorted(near):
                    siblings = [x for x in (k - 1, k + 1)
                                if 0 <= x < len(parent) and parent[x] == parent[k]]
                    if len(siblings) == 2 and all(x in chosen for x in siblings):
                        chosen.add(k)
                        del near[k]
                        grew = True
            # A list's last item after two folded siblings: the run goes on to its end.
            for k in sorted(near):
                last = k + 1 >= len(parent) or parent[k + 1] != parent[k]
                if last and k >= 2 and all(x in chosen and parent[x] == parent[k]
                                           for x in (k - 1, k - 2)):
                    chosen.add(k)
                    tail.append(dict(candidates)[k])
            return tuple(sorted(chosen))

        taken_old = pick(new_own, old_own,
                         [(k, old_children[k]) for k in children.unmatched_old],
                         declared if self.options.use_declared else set(),
                         [n for n, p in enumerate(pair_old) for _ in p.points])
        if taken_old:
            return taken_old, (), tuple(tail)
        # (nothing taken from the old side: the tail, which only grows with a take, is empty)
        carved = [(k, new_children[k]) for k in children.unmatched_new
                  if not any(parse_point_ref(r) is not None for r in new_children[k].derived_from)]
        taken_new = pick(old_own, new_own, carved, set(),
                         [n for n, p in enumerate(pair_new) for _ in p.points])
        return (), taken_new, tuple(tail)

    @staticmethod
    def tail_sentence(tail: Sequence[Point], partners: Sequence[Point], old: bool) -> str:
        """``old 10(d) ends a list whose two items before it are folded into new 5``: why a
        list's last item was folded in on less evidence (:meth:`absorbed`)."""
        here, there = ("old", "new") if old else ("new", "old")
        into = ", ".join(f"{there} {p.number}" for p in partners)
        return "; ".join(f"{here} {sub.number} ends a list whose two items before it are "
                         f"{'folded into' if old else 'carved out of'} {into}" for sub in tail)

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
            if s <= 0:
                continue
            if i not in best_row or s > best_row[i][0]:
                best_row[i] = (s, j)
            if j not in best_col or s > best_col[j][0]:
                best_col[j] = (s, i)
        # Among few points a mutual best match is less likely to be chance: the floor falls
        # with the number of points (full from LEFTOVER_FULL points on a side).
        size = max(len(self.old_points), len(self.new_points))
        floor = min(opts.leftover_threshold,
                    max(LEFTOVER_FLOOR, opts.leftover_threshold * size / LEFTOVER_FULL))
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
            self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, s,
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
                self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, s,
                                leftover=True, named=named, place=place))

    def named_only(self, i: int, j: int, synonyms: bool = False) -> tuple[str, ...]:
        """The names and numbers (entities, number tokens, numbers in digits; with
        ``synonyms``, synonym groups too) that old point ``i`` and new point ``j`` share and
        no other point of either version holds, each in its own text (title and text, not a
        sub-point's); points that must stay unpaired (not reported, unlinked) do not count,
        and share nothing themselves. Sorted."""
        if i in self.blocked_old or j in self.blocked_new:
            return ()  # a point that must stay unpaired is nobody's evidence
        o, n = self.old_side, self.new_side
        words = o.words()
        wanted = _exclusive if synonyms else _named
        shared = [t for t in o.unit(i).keys() & n.unit(j).keys() if wanted(words[t])]
        if not shared:
            return ()
        # i and j hold each shared token, so no other (not blocked) point holds it when the
        # points of both versions holding it, blocked ones aside, are two: the document
        # frequency, less the blocked points' share.
        if self._blocked_held is None:
            self._blocked_held = Counter()
            for side, blocked in ((o, self.blocked_old), (n, self.blocked_new)):
                for x in blocked:
                    self._blocked_held.update(set(side.ids[x]))
        held = self._blocked_held
        found = [t for t in shared if o.df[t] - held[t] == 2]
        # A name a sub-point holds tells where that sub-point went, not that its parent is
        # the other point: the name must be in each point's own text.
        for side, point in ((o, self.old_points[i]), (n, self.new_points[j])):
            if found and point.points:
                own = side.mass_of(_own_text(point))
                found = [t for t in found if t in own]
        if found and self.elsewhere:
            # At a sub-point level: alone among the sub-points, but not in the version.
            found = [t for t in found
                     if not any(level.holds(words[t]) for level in self.elsewhere)]
        return tuple(sorted(words[t] for t in found))

    def names_held(self) -> tuple[Counter[str], Counter[str]]:
        """Name, number and synonym-group token → how many old and how many new points of
        this level hold it (for :class:`_Elsewhere`)."""
        if self._names is None:
            words = self.old_side.words()

            def count(side: _Side) -> Counter[str]:
                return Counter(words[t] for ids in side.ids for t in set(ids)
                               if _exclusive(words[t]))

            self._names = (count(self.old_side), count(self.new_side))
        return self._names

    def outside(self, draft: _Draft) -> tuple[_Elsewhere, ...]:
        """:attr:`elsewhere` for the sub-points of ``draft``'s points: this level's names
        held by points other than the draft's, and the levels above."""
        old_counts, new_counts = self.names_held()
        words = self.old_side.words()

        def held(side: _Side, points: Sequence[int]) -> frozenset[str]:
            return frozenset(words[t] for x in points for t in side.ids[x]
                             if _exclusive(words[t]))

        return (*self.elsewhere, _Elsewhere(old_counts, new_counts,
                                            held(self.old_side, draft.old),
                                            held(self.new_side, draft.new)))

    def bracket(self, i: int, j: int) -> str:
        """Where old point ``i`` and new point ``j`` stand, when that is evidence: on one side
        (new first), the point lies between two paired neighbours (the nearest before and
        after it, points that must stay unpaired aside; the document's edge is no neighbour)
        whose partners on the other side bracket its candidate ("new 7 stands between new 6
        and new 8, whose partners old 5 and old 11 bracket old 8"); empty when neither side
        does."""
        for x, y, old in ((j, i, False), (i, j, True)):
            points = self.old_points if old else self.new_points
            others = self.new_points if old else self.old_points
            owner = self.old_owner if old else self.new_owner
            blocked = self.blocked_old if old else self.blocked_new
            before = next((k for k in range(x - 1, -1, -1)
                           if k in owner and k not in blocked), None)
            after = next((k for k in range(x + 1, len(points))
                          if k in owner and k not in blocked), None)
            if before is None or after is None:
                continue  # the place is told by two pairs, not by the document's edge
            low = max(self.partners(owner[before], old))
            high = min(self.partners(owner[after], old))
            if low < y < high:
                here, there = ("old", "new") if old else ("new", "old")
                return (f"{here} {points[x].number} stands between {here} "
                        f"{points[before].number} and {here} {points[after].number}, whose "
                        f"partners {there} {others[low].number} and {there} "
                        f"{others[high].number} bracket {there} {others[y].number}")
        return ""

    def partners(self, index: int, old: bool) -> tuple[int, ...]:
        """The other side's points of draft ``index`` (seen from the old side when ``old``)."""
        draft = self.drafts[index]
        return draft.new if old else draft.old

    def attach(self) -> None:
        """A leftover point joins the pair of its best match on the other side as a split or
        merge part (one old point restated by several new ones, or several old ones restated
        in one new point) when the coverage test holds (:mod:`plandiff.engine.align.coverage`):
        the pair's whole holds the leftover's distinctive terms better than any other point
        does, and holds some of them beyond what its present partners explain (at least
        :data:`JOIN_UNEXPLAINED`); the link is strong enough
        (:attr:`AlignOptions.attach_threshold`), rests on telling tokens, names no other
        parties or topics, and the leftover sits next to one of the pair's parts on its own
        side (its place is part of the evidence). An author's declared pairs are never
        changed. A join whose coverage is marginal (:meth:`Join.sure`) is marked for review."""
        opts = self.options
        olds, news = self.old_points, self.new_points
        if not self.few_enough():
            return
        joins: list[tuple[float, int, int, bool]] = []
        for j in self.free_new():
            s, i = max((self.score(i, j), -i) for i in range(len(olds)))
            joins.append((s, -i, j, True))
        for i in self.free_old():
            s, j = max((self.score(i, j), -j) for j in range(len(news)))
            joins.append((s, i, -j, False))
        for s, i, j, split in sorted(joins, key=lambda x: (-x[0], x[1], x[2])):
            if s < opts.attach_threshold:
                break
            owner, held, joining = ((self.old_owner, i, j) if split
                                    else (self.new_owner, j, i))
            if held not in owner or joining in (self.new_owner if split else self.old_owner):
                continue
            index = owner[held]
            draft = self.drafts[index]
            whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
            if (draft.evidence is _DECLARED or len(whole) != 1 or not parts
                    or self.telling_shared(i, j) < opts.attach_terms
                    or self.names_alone(i, j)
                    or self.topics_differ(i, j) or self.parties_differ(i, j)):
                continue
            join = self.join_coverage(whole[0], parts, joining, split)
            if ((not join.adjacent and (s < opts.far_join_threshold
                                        or join.explains < FAR_EXPLAINS))
                    or join.unexplained < JOIN_UNEXPLAINED
                    or join.share <= join.rival):
                continue
            item = self.restated_item(whole[0], joining, split)
            if item is not None and not self.items_one_unit(parts, joining, split):
                continue
            far = draft.far
            if not join.adjacent:
                far = (*far, self.far_sentence(whole[0], parts, joining, split, join))
            if item is not None:
                far = (*far, self.item_sentence(whole[0], item, joining, split))
            self.regroup(index, joining, split, join=join, far=far)

    def far_sentence(self, whole: int, parts: Sequence[int], joining: int, split: bool,
                     join: Join) -> str:
        """``old 4 stands apart from old 11 but accounts for 11 % of new 3 beyond it``: why a
        leftover far from a pair's parts joined it."""
        here, there = (("new", self.new_points), ("old", self.old_points)) if split else (
            ("old", self.old_points), ("new", self.new_points))
        partners = ", ".join(f"{here[0]} {here[1][x].number}" for x in parts)
        return (f"{here[0]} {here[1][joining].number} stands apart from {partners} but "
                f"accounts for {join.explains * 100:.0f} % of {there[0]} "
                f"{there[1][whole].number} beyond {'it' if len(parts) == 1 else 'them'}")

    def named_joins(self) -> None:
        """A leftover the coverage test left out joins a split or merge as a part, for review,
        when it stands next to one of the pair's parts on its own side and it and the pair's
        whole are the only points of either version naming the same party, place or number,
        or using the same synonym group (:meth:`named_only`): "a vision of prosperity to 2040"
        beside "$700–800bn", merged into "up to $800bn through 2040". The join must score
        :attr:`AlignOptions.named_threshold` and name no other parties or topics; an author's
        declared pairs are never changed."""
        opts = self.options
        if not self.few_enough():
            return
        found: list[tuple[float, int, bool, int, tuple[str, ...], int]] = []
        for split, free in ((True, self.free_new()), (False, self.free_old())):
            for x in free:
                best: tuple[float, int, tuple[str, ...], int] | None = None
                for index, whole, _, beside in self.beside_pairs(x, split):
                    i, j = (whole, x) if split else (x, whole)
                    score = self.score(i, j)
                    if score < opts.named_threshold or (best is not None and score <= best[0]):
                        continue
                    named = self.named_only(i, j, synonyms=True)
                    if named and not self.topics_differ(i, j) and not self.parties_differ(i, j):
                        best = (score, index, named, beside)
                if best is not None:
                    found.append((best[0], x, split, best[1], best[2], best[3]))
        for _, x, split, index, named, beside in sorted(found, key=lambda f: (-f[0], f[2], f[1])):
            draft = self.drafts[index]
            if x in (self.new_owner if split else self.old_owner) or not (draft.old and draft.new):
                continue
            (points, label), _ = self.labelled(split)
            place = f"{label} {points[x].number} stands next to {label} {points[beside].number}"
            self.regroup(index, x, split, named=named, place=place, far=draft.far)

    def rehome(self) -> None:
        """A part of a split (or merge) with at least two parts moves to another pair's whole,
        for review, when it shares with that whole a name or number no other point of either
        version holds (:meth:`named_only`), shares none with its own whole, and scores at
        least :attr:`AlignOptions.gap_threshold` with its new whole: "For every dead hostage
        handed back, Israel returns the bodies of 15 Gazans" leaves the split of "All hostages
        ... handed back within 72 hours" for the clause that alone says 15. Its old whole
        keeps its other parts (a single one as a one-to-one pair, for review). An author's
        declared pairs are never changed; parties and topics must not differ."""
        if not self.few_enough():
            return
        for split in (True, False):
            for index in range(len(self.drafts)):
                draft = self.drafts[index]
                whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
                if (len(whole) != 1 or len(parts) < 2
                        or draft.evidence is Evidence.DECLARED):
                    continue
                for part in parts:
                    moved = self.rehomed(whole[0], part, split)
                    if moved is not None:
                        self.move_part(index, part, split, *moved)
                        break

    def rehomed(self, whole: int, part: int, split: bool
                ) -> tuple[int, tuple[str, ...]] | None:
        """For :meth:`rehome`: the draft a part should move to, and the names it shares alone
        with that draft's whole; None when it stays."""
        i, j = (whole, part) if split else (part, whole)
        if self.named_only(i, j):
            return None
        best: tuple[float, int, tuple[str, ...]] | None = None
        for index, other in enumerate(self.drafts):
            there = other.old if split else other.new
            if (len(there) != 1 or there[0] == whole or not (other.old and other.new)
                    or other.evidence is Evidence.DECLARED):
                continue
            a, b = (there[0], part) if split else (part, there[0])
            score = self.score(a, b)
            if score < self.options.gap_threshold or (best is not None and score <= best[0]):
                continue
            named = self.named_only(a, b)
            if named and not self.topics_differ(a, b) and not self.parties_differ(a, b):
                best = (score, index, named)
        return None if best is None else (best[1], best[2])

    def move_part(self, index: int, part: int, split: bool, target: int,
                  named: tuple[str, ...]) -> None:
        """Move ``part`` (a new point for a split, an old one for a merge) from draft
        ``index`` to draft ``target`` (:meth:`rehome`)."""
        draft = self.drafts[index]
        whole = (draft.old if split else draft.new)[0]
        rest = tuple(x for x in (draft.new if split else draft.old) if x != part)
        (points, label), (others, other) = self.labelled(split)
        home = (self.drafts[target].old if split else self.drafts[target].new)[0]
        names = ", ".join(named_label(t) for t in named)
        why = (f"{label} {points[part].number} went to {other} {others[home].number}, "
               f"with which alone it names {names}")
        self.drop(index)
        if len(rest) == 1:
            i, j = (whole, rest[0]) if split else (rest[0], whole)
            self.add(_Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, round(self.score(i, j), 9),
                            far=(why,)))
        elif split:
            self.add(_Draft((whole,), rest, PairKind.SPLIT, Evidence.CONTAINMENT,
                            round(self.coverage_old(whole, rest), 9), far=(why,)))
        else:
            self.add(_Draft(rest, (whole,), PairKind.MERGE, Evidence.CONTAINMENT,
                            round(self.coverage_new(whole, rest), 9), far=(why,)))
        place = (f"{label} {points[part].number} left {other} {others[whole].number}'s "
                 f"{'split' if split else 'merge'}")
        self.regroup(target, part, split, named=named, place=place,
                     far=self.drafts[target].far)

    def sole_joins(self) -> None:
        """A leftover the earlier joins left out joins a split or merge as a part, for review,
        when the pair's whole is the only point on its side that holds any of the leftover's
        distinctive terms (the coverage test's rival share is nil:
        :mod:`plandiff.engine.align.coverage`), holds some of them beyond what its present
        partners explain (at least :data:`JOIN_UNEXPLAINED`), shares a telling token with it
        (:meth:`telling_tokens`), and the leftover stands next to one of the pair's parts on
        its own side: its words lead nowhere else ("The Centre shall fix the timetable"
        beside the clause setting the Centre up, both restated in "a control room ... will
        draw up the sailing timetable"). No score floor: the place and the lack of any other
        home are the evidence, so the pair is marked for review. When the leftover's gap
        between in-order pairs holds no unpaired point of the other version
        (:meth:`alone_in_gap`: it was dropped, or went into a neighbour), any share of its
        terms the whole holds beyond its partners is enough, not :data:`JOIN_UNEXPLAINED`
        ("pull heavy artillery back to open a buffer strip" beside the ceasefire clause,
        both in "a full ceasefire, followed by the withdrawal of heavy weapons"). It must
        name no other parties or topics, and must not restate one sub-point of the whole; an
        author's declared pairs are never changed."""
        olds, news = self.old_points, self.new_points
        if not self.few_enough():
            return
        found: list[tuple[int, bool, int, int, Join, int, bool]] = []
        lone = self.alone_in_gap()
        for split, free in ((True, self.free_new()), (False, self.free_old())):
            there = (len(olds) - len(self.blocked_old)) if split else (
                len(news) - len(self.blocked_new))
            if there - 1 < SOLE_AMONG:
                continue
            for x in free:
                for index, whole, parts, beside in self.beside_pairs(x, split):
                    i, j = (whole, x) if split else (x, whole)
                    if (not self.telling_shared(i, j) or self.names_alone(i, j)
                            or self.topics_differ(i, j) or self.parties_differ(i, j)):
                        continue
                    join = self.join_coverage(whole, parts, x, split)
                    alone = (x, split) in lone
                    if (not self.sole_share(join, alone)
                            or self.restates_one_sub_point(whole, x, split)):
                        continue
                    found.append((x, split, index, whole, join, beside, alone))
                    break  # no other whole holds any of its terms: one home at most
        for x, split, index, home, join, beside, alone in found:
            if x in (self.new_owner if split else self.old_owner):
                continue
            if not (self.drafts[index].old and self.drafts[index].new):
                # an earlier leftover joined the same pair: measure the join as it is now
                index = (self.old_owner if split else self.new_owner).get(home, -1)
                if index < 0:
                    continue
                now = self.drafts[index]
                join = self.join_coverage(home, now.new if split else now.old, x, split)
                if not self.sole_share(join, alone):
                    continue
            draft = self.drafts[index]
            thin = alone and join.unexplained < JOIN_UNEXPLAINED
            (points, label), (others, other) = self.labelled(split)
            why = (f"{label} {points[x].number} stands next to {label} "
                   f"{points[beside].number}, and no {other} point but {other} "
                   f"{others[home].number} holds any of its terms")
            if thin:
                why += f" (no {other} point is left unpaired across from it)"
            self.regroup(index, x, split, join=join, far=(*draft.far, why))

    @staticmethod
    def sole_share(join: Join, alone: bool) -> bool:
        """The share test of :meth:`sole_joins`: no rival holds any of the leftover's terms,
        and the whole holds some beyond its partners, at least :data:`JOIN_UNEXPLAINED`
        unless the leftover is alone in its gap."""
        return join.rival <= 0 and join.unexplained > 0 and (
            alone or join.unexplained >= JOIN_UNEXPLAINED)

    def alone_in_gap(self) -> set[tuple[int, bool]]:
        """The leftovers (``(x, True)`` for new point ``x``, ``(x, False)`` for old point
        ``x``) whose gap between two consecutive in-order pairs (:meth:`gap_groups`) holds no
        leftover of the other version: each was dropped, or went into a neighbouring pair's
        point."""
        free_old, free_new = self.free_old(), self.free_new()
        old_gap, new_gap = self.gap_groups(free_old, free_new)
        found = {(j, True) for gap, cols in new_gap.items() if not old_gap.get(gap)
                 for j in cols}
        found.update((i, False) for gap, rows in old_gap.items() if not new_gap.get(gap)
                     for i in rows)
        return found

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
                                           for sub in _descendants(point)):
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
                self.add(_Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, round(self.score(i, j), 9),
                                leftover=True, far=(why,)))
                continue
            index = self.new_owner[j]
            draft = self.drafts[index]
            if draft.evidence is _DECLARED or len(draft.new) != 1 or not draft.old:
                continue
            self.regroup(index, i, False, far=(*draft.far, why))

    def beside_pairs(self, x: int, split: bool) -> Iterator[tuple[int, int, tuple[int, ...],
                                                                   int]]:
        """The splits (``split``: ``x`` a new point) or merges (``x`` an old point) a leftover
        could join as a part, in the drafts' order: (draft index, the pair's whole, its
        parts, the part ``x`` stands next to on its own side). Only pairs with one whole and
        no author's declaration; the first part next to ``x`` is given."""
        here = self.new_side if split else self.old_side
        for index, draft in enumerate(self.drafts):
            whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
            if len(whole) != 1 or not parts or draft.evidence is _DECLARED:
                continue
            beside = next((p for p in parts if self.next_to(here, x, p)), None)
            if beside is not None:
                yield index, whole[0], parts, beside

    def few_enough(self) -> bool:
        """True when both versions have points and the leftover passes (attach, named and
        sole joins, rehome) may weigh every old point against every new one: at most
        :data:`LEFTOVER_CELLS` cells."""
        olds, news = self.old_points, self.new_points
        return bool(olds) and bool(news) and len(olds) * len(news) <= LEFTOVER_CELLS

    def labelled(self, split: bool) -> tuple[tuple[Sequence[Point], str],
                                             tuple[Sequence[Point], str]]:
        """(the joining side's points, "new" or "old"), (the other side's, its word): for a
        split the new side joins, for a merge the old."""
        new, old = (self.new_points, "new"), (self.old_points, "old")
        return (new, old) if split else (old, new)

    def regroup(self, index: int, joining: int, split: bool, *, join: Join | None = None,
                named: tuple[str, ...] = (), place: str = "", far: tuple[str, ...] = ()) -> None:
        """Replace draft ``index`` by the split (``split``: new point ``joining`` joins its new
        parts) or the merge (old point ``joining`` joins its old parts) it makes with
        ``joining``, parts in order and coverage taken again; ``join``, ``named``, ``place``
        and ``far`` are the evidence that carried the join."""
        old, new = self.drafts[index].old, self.drafts[index].new  # drop() empties them
        self.drop(index)
        if split:
            cols = tuple(sorted((*new, joining)))
            self.add(_Draft(old, cols, PairKind.SPLIT, Evidence.CONTAINMENT,
                            round(self.coverage_old(old[0], cols), 9), join=join,
                            joining=joining, named=named, place=place, far=far))
        else:
            rows = tuple(sorted((*old, joining)))
            self.add(_Draft(rows, new, PairKind.MERGE, Evidence.CONTAINMENT,
                            round(self.coverage_new(new[0], rows), 9), join=join,
                            joining=joining, named=named, place=place, far=far))

    def restates_one_sub_point(self, whole: int, joining: int, split: bool) -> bool:
        """True when what a pair's whole holds of a leftover's terms lies almost all
        (:data:`ONE_SUB_POINT`) in one of the whole's sub-points: the leftover restates that
        sub-point, not the whole (a clause moved up a level, not a split or merge)."""
        return self.restated_item(whole, joining, split) is not None

    def restated_item(self, whole: int, joining: int, split: bool) -> Point | None:
        """The sub-point of a pair's whole that holds almost all (:data:`ONE_SUB_POINT`) of
        what the whole holds of a leftover's terms (:meth:`restates_one_sub_point`), or
        None."""
        here, there = (self.new_side, self.old_side) if split else (self.old_side,
                                                                     self.new_side)
        point = (self.old_points if split else self.new_points)[whole]
        if not point.points:
            return None
        terms = distinctive(here, joining)
        held = overlap(terms, distinctive(there, whole))
        if held <= 0:
            return None
        return next((sub for sub in point.points
                     if overlap(terms, {t: w for t, w in there.mass_of(matching_text(sub)).items()
                                        if not there.function[t]}) >= ONE_SUB_POINT * held),
                    None)

    def items_one_unit(self, parts: Sequence[int], joining: int, split: bool) -> bool:
        """True when neither a pair's present partners nor the leftover joining it have
        sub-points: the other version writes the whole's lead-in and its items as plain
        points, so a leftover restating one item is a part of the whole taken as one unit (a
        split or merge whose items go with the part that restates them:
        :meth:`part_links`), not a sub-point that moved up a level."""
        points = self.new_points if split else self.old_points
        return not any(points[x].points for x in (*parts, joining))

    def item_sentence(self, whole: int, item: Point, joining: int, split: bool) -> str:
        """``new 2 restates item 2(b) of old 2, and no new point of the pair has items``: why a
        leftover restating one sub-point joined the whole (:meth:`items_one_unit`)."""
        (points, label), (others, other) = self.labelled(split)
        return (f"{label} {points[joining].number} restates item {item.number} of {other} "
                f"{others[whole].number}, and no {label} point of the pair has items")

    def join_coverage(self, whole: int, parts: Sequence[int], joining: int,
                      split: bool) -> Join:
        """The coverage figures of ``joining`` (a new point for a split, an old one for a
        merge) against the pair of ``whole`` with its present ``parts``."""
        here, there = (self.new_side, self.old_side) if split else (self.old_side,
                                                                     self.new_side)
        size = len(self.old_points if split else self.new_points)
        return measure(self.reported_terms(here, joining), self.reported_terms(there, whole),
                       [self.reported_terms(here, x) for x in parts],
                       (self.reported_terms(there, x) for x in range(size) if x != whole),
                       adjacent=any(self.next_to(here, joining, x) for x in parts))

    def reported_terms(self, side: _Side, x: int) -> dict[int, float]:
        """:func:`~plandiff.engine.align.coverage.distinctive` of point ``x`` of ``side``,
        without the words of its sub-points that must stay unpaired (the new version does not
        report on them, or a reviewer unlinked them): "A broad package to rebuild Ukraine,
        including:" is matched on its own words when none of its items is reported."""
        old = side is self.old_side
        point = (self.old_points if old else self.new_points)[x]
        never = self.never_old if old else self.never_new
        if not never or not any(sub.id in never for sub in _descendants(point)):
            return distinctive(side, x)
        words = side.words()
        return {t: w for t, w in side.mass_of(matching_text(_without(point, never))).items()
                if not side.function[t] and not words[t].startswith(TOPIC)}

    def next_to(self, side: _Side, a: int, b: int) -> bool:
        """True when points ``a`` and ``b`` of ``side`` stand next to each other once the
        points that must stay unpaired (not reported, unlinked) are left out."""
        blocked = self.blocked_old if side is self.old_side else self.blocked_new
        low, high = min(a, b), max(a, b)
        return low < high and all(x in blocked for x in range(low + 1, high))

    def rare_shared(self, i: int, j: int) -> int:
        """Distinct content tokens (not function words, not in most points) ``i`` and ``j``
        share."""
        o, n = self.old_side, self.new_side
        most = max(2.0, RARE_SHARE * o.n_docs)
        return sum(1 for t in o.unit(i).keys() & n.unit(j).keys()
                   if not o.function[t] and o.df[t] <= most)

    # explanation
    def rivals(self) -> tuple[dict[int, list[tuple[int, float]]],
                               dict[int, list[tuple[int, float]]]]:
        by_row: dict[int, list[tuple[int, float]]] = defaultdict(list)
        by_col: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for (i, j), s in self.candidates.items():
            by_row[i].append((j, s))
            by_col[j].append((i, s))
        return by_row, by_col

    def _contestable(self, owner: dict[int, int], x: int, score: float) -> bool:
        """True when a point is free, or held by a similarity pair weaker than ``score``."""
        if x not in owner:
            return True
        held = self.drafts[owner[x]]
        return held.evidence is _SIMILARITY and held.similarity < score

    def explain(self, draft: _Draft,
                rivals: tuple[dict[int, list[tuple[int, float]]],
                              dict[int, list[tuple[int, float]]]]) -> tuple[float, tuple[str, ...]]:
        """Confidence and shared terms of a draft."""
        value, terms, _ = self.explained(draft, rivals)
        return value, terms

    def explained(self, draft: _Draft,
                  rivals: tuple[dict[int, list[tuple[int, float]]],
                                dict[int, list[tuple[int, float]]]],
                  ) -> tuple[float, tuple[str, ...], tuple[tuple[str, float], ...]]:
        """Confidence, shared terms and the score by evidence channel of a draft."""
        alternative = 0.0
        if draft.evidence is Evidence.SIMILARITY:
            i, j = draft.old[0], draft.new[0]
            for j2, s in rivals[0].get(i, ()):
                if j2 != j and self._contestable(self.new_owner, j2, s):
                    alternative = max(alternative, s)
            for i2, s in rivals[1].get(j, ()):
                if i2 != i and self._contestable(self.old_owner, i2, s):
                    alternative = max(alternative, s)
        return self._explained(draft, alternative)

    def alternatives(self, drafts: Sequence[_Draft]) -> list[float]:
        """For each of ``drafts``, what :meth:`explained` reads from :meth:`rivals` for a
        similarity draft (0.0 for the others): the best score of a candidate of either point,
        other than its partner, whose other point is free or held by a weaker similarity pair
        (:meth:`_contestable`). One pass over the candidates for all the drafts; a maximum
        does not depend on the order it is taken in."""
        similarity = _SIMILARITY
        by_row: dict[int, tuple[int, int]] = {}
        by_col: dict[int, tuple[int, int]] = {}
        for k, draft in enumerate(drafts):
            if draft.evidence is similarity:
                by_row[draft.old[0]] = (k, draft.new[0])
                by_col[draft.new[0]] = (k, draft.old[0])
        # A point held by a similarity pair is contested by a score above that pair's, a free
        # point by any score, any other point by none (a score is at most 1).
        bar = [d.similarity if d.evidence is similarity else 2.0 for d in self.drafts]
        old_owner, new_owner = self.old_owner, self.new_owner
        best = [0.0] * len(drafts)
        for (i, j), s in self.candidates.items():
            row = by_row.get(i)
            if row is not None and s > best[row[0]] and j != row[1]:
                held = new_owner.get(j)
                if held is None or bar[held] < s:
                    best[row[0]] = s
            col = by_col.get(j)
            if col is not None and s > best[col[0]] and i != col[1]:
                held = old_owner.get(i)
                if held is None or bar[held] < s:
                    best[col[0]] = s
        return best

    def _explained(self, draft: _Draft, alternative: float,
                   ) -> tuple[float, tuple[str, ...], tuple[tuple[str, float], ...]]:
        """:meth:`explained`, given the best rival score of a similarity draft's points."""
        if draft.evidence is not _SIMILARITY and draft.evidence is not _CONTAINMENT:
            return confidence(draft.evidence, draft.similarity), (), ()
        o, n = self.old_side, self.new_side
        if draft.evidence is _SIMILARITY:
            i, j = draft.old[0], draft.new[0]
            value = confidence(draft.evidence, draft.similarity, alternative,
                               leftover=draft.leftover)
            if draft.far and not draft.leftover:
                value = min(value, LEFTOVER_CAP)  # what is left of a split (rehome): review
            if not self.options.terms:
                return value, (), ()
            a, b = o.unit(i), n.unit(j)
            contributions = {t: a[t] * b[t] for t in a.keys() & b.keys()}
        else:  # containment
            value = confidence(draft.evidence, draft.similarity)
            if (draft.join is not None and not draft.join.sure) or draft.named or draft.far:
                # marginal coverage, a join on a name alone, or a join far from the pair's
                # parts: a reviewer sees it
                value = min(value, LEFTOVER_CAP)
            if not self.options.terms:
                return value, (), ()
            a = _union(o.mass(i) for i in draft.old)
            b = _union(n.mass(j) for j in draft.new)
            contributions = {t: min(a[t], b[t]) for t in a.keys() & b.keys()}
        words = o.words()
        by_channel: dict[str, float] = defaultdict(float)
        for t, w in contributions.items():
            by_channel[channel_of(words[t])] += w
        scale = draft.similarity / (sum(by_channel.values()) or 1.0)
        channels = tuple((name, round(w * scale, 4)) for name, w in sorted(
            by_channel.items(), key=lambda item: (-item[1], item[0])) if w * scale >= 0.005)
        ranked = sorted(((w, words[t]) for t, w in contributions.items()
                         if not o.function[t] and w > 0), key=lambda x: (-x[0], x[1]))
        named = {token: w for w, token in ranked[:3 * TERMS]
                 # a number already named by its digits is not named twice
                 if not (token.startswith(NUMBER) and token[1:] in self.old_side.vocab)}
        surface = surface_words([*(o.texts[i] for i in draft.old),
                                 *(n.texts[j] for j in draft.new)], named)
        for token in named:
            if token.startswith(NUMBER) and token[1:].isdigit():
                surface[token] = f"{int(token[1:]):,}"
        return value, top_terms(named, surface), channels

    def part_links(self, old_pts: Sequence[Point], new_pts: Sequence[Point],
                   folded: Sequence[Point], carved: Sequence[Point]) -> tuple[tuple[str, str], ...]:
        """The (old id, new id) links of a split whose old sub-points were folded into the new
        parts' texts (or of a merge whose new sub-points were carved out of the old parts'):
        each such sub-point goes with the one part that names it in ``derived_from``, else the
        part whose own text holds most of it, not with every part. A part that shares
        nothing with the whole's own text (a lead-in such as "Russia is brought back into the
        world economy:"), the names of parties aside, restates only the items folded into it
        and is linked with them alone, not with the whole (unless every part is such a part).
        Empty when every combination of the pair's ids is a link (one point on the other
        side)."""
        if not ((folded and len(new_pts) > 1) or (carved and len(old_pts) > 1)):
            return ()
        links = [(o.id, n.id) for o in old_pts for n in new_pts]
        side = self.old_side
        for subs, parts, split in ((folded, new_pts, True), (carved, old_pts, False)):
            own = [side.mass_of(_own_text(p)) for p in parts]
            fed: set[int] = set()
            for sub in subs:
                named = [k for k, p in enumerate(parts) if split and any(
                    ref is not None and ref.version_ref == self.old_ref and ref.point == sub.id
                    for ref in map(parse_point_ref, p.derived_from))]
                mass = side.mass_of(matching_text(sub))
                total = sum(mass.values())
                best = named[0] if named else max(
                    range(len(parts)), key=lambda k: (_contained(mass, total, own[k]), -k))
                links.append((sub.id, parts[best].id) if split else (parts[best].id, sub.id))
                fed.add(best)
            if not subs or len(parts) < 2:
                continue
            # A part that shares nothing with the whole's own text (a lead-in), names of
            # parties aside, restates only the items folded into it: its links are theirs.
            whole = (old_pts if split else new_pts)[0]
            lead = side.mass_of(_own_text(whole))
            bare = {parts[k].id for k in fed
                    if self.shares_names_alone(side, own[k], lead, empty=True)}
            if len(bare) < len(parts):
                links = [(o, n) for o, n in links
                         if not ((o if split else n) == whole.id and (n if split else o) in bare)]
        return tuple(links)

    def join_sentence(self, draft: _Draft) -> str:
        """``merge: 45 % of old 10's rare terms are in new 5, 30 % not explained by old 9;
        ...`` for a pair a leftover joined (:meth:`attach`); ``no other point names NATO``
        for two leftovers paired on a name no other point holds (:meth:`named_only`); else
        empty."""
        if draft.named:
            names = [named_label(t) for t in draft.named if not t.startswith(SYNONYM)]
            groups = [f"'{t[1:]}'" for t in draft.named if t.startswith(SYNONYM)]
            found = [*(["no other point names " + ", ".join(names)] if names else []),
                     *([f"no other point uses the words of {', '.join(groups)}"]
                       if groups else []),
                     *([draft.place] if draft.place else [])]
            return _KIND_WORD.get(draft.kind, "") + "; ".join((*found, *draft.far))
        if draft.join is None:
            return (_KIND_WORD.get(draft.kind, "") + "; ".join(draft.far)) if draft.far else ""
        olds = [f"old {self.old_points[i].number}" for i in draft.old]
        news = [f"new {self.new_points[j].number}" for j in draft.new]
        if draft.kind is PairKind.SPLIT:
            joining = f"new {self.new_points[draft.joining].number}"
            sentence = draft.join.sentence("split", joining, olds[0],
                                           [n for n in news if n != joining])
        else:
            joining = f"old {self.old_points[draft.joining].number}"
            sentence = draft.join.sentence("merge", joining, news[0],
                                           [o for o in olds if o != joining])
        return "; ".join((sentence, *draft.far))

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
                    links = self.part_links(old_pts, new_pts,
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
            join = self.join_sentence(draft)
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


def _all_names(found: Sequence[str], held: set[str],
               names: dict[str, frozenset[str]]) -> bool:
    """True when every word of ``found`` is an entity in ``held`` or a word of the names of
    one (``names``: :attr:`ConceptTable.entity_words` of the side's table)."""
    return all(w in held or any(e in held for e in names.get(w, ())) for w in found)


def align(old_points: Sequence[Point], new_points: Sequence[Point], *, old_ref: str,
          new_ref: str, options: AlignOptions | None = None,
          never_old: frozenset[str] = frozenset(),
          never_new: frozenset[str] = frozenset(), across: bool = True,
          elsewhere: tuple[_Elsewhere, ...] = ()) -> Alignment:
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
        aligner.late_slots()
        aligner.attach()
        result = aligner.result(old_ref, new_ref)
        if not across:
            return result
        from plandiff.engine.align.crossparent import cross_parent  # it builds on this module

        return cross_parent(old_points, new_points, result, old_ref=old_ref, options=opts,
                            never_old=never_old, never_new=never_new)


__all__ = ["RARE_SHARE", "Aligner", "align"]
