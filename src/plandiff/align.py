"""Clause alignment: which points of an old version became which points of a new one.

Evidence, strongest first (each pass only sees the points the earlier passes left over):

1. **declared** — a new point's ``derived_from`` names points of the old version;
2. **id** — the same point id on both sides;
3. **text** — identical text once case, whitespace, punctuation and numbering are ignored
   (``textdiff.normalise``); duplicates pair in document order;
4. **similarity** — TF-IDF cosine over word tokens (character bigrams inside CJK runs),
   computed only for a sparse candidate set (the top-k most similar points of each point:
   exact inverted-index sums for small inputs, blocked sparse products for large ones; never
   a full fuzzy matrix), then an optimal one-to-one assignment
   (``scipy.optimize.linear_sum_assignment``) per connected component of the candidate graph;
   pairs scoring below :attr:`AlignOptions.threshold` are left unmatched (added/removed);
5. **containment** — one old point whose text is covered by several new points, each largely
   contained in it, is a *split*; several old points contained in one new point are a *merge*.
   Each part must add a real share of coverage, so near-duplicates never make a split.

Each pair is marked ``moved`` when it lies outside a longest increasing subsequence of the
pairs' old positions taken in new order (so shifts caused by insertions and deletions are not
moves) and ``renumbered`` when its number label changed. Sub-points are aligned inside their
parent pair the same way. Every tie is broken by document position, so the result is
deterministic. scipy is imported lazily, only for inputs that need it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from plandiff.model import Point
from plandiff.refs import parse_point_ref
from plandiff.textdiff import normalise

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class PairKind(StrEnum):
    """The shape of a pair."""

    ONE_TO_ONE = "one-to-one"
    SPLIT = "split"
    """One old point became several new points."""
    MERGE = "merge"
    """Several old points became one new point."""


class Evidence(StrEnum):
    """Why two points were paired (strongest first)."""

    DECLARED = "declared"
    ID = "id"
    TEXT = "text"
    SIMILARITY = "similarity"
    CONTAINMENT = "containment"


@dataclass(frozen=True)
class AlignOptions:
    """Tuning of the aligner; the defaults are what the benchmarks were measured with."""

    threshold: float = 0.3
    """Minimum TF-IDF cosine for an inferred one-to-one pair."""
    top_k: int = 8
    """Candidates kept per point (more when scores tie)."""
    containment: float = 0.7
    """Minimum share of a part's weighted tokens found in the whole, for splits and merges."""
    min_gain: float = 0.12
    """Minimum share of the whole that each part of a split or merge must add."""
    min_coverage: float = 0.55
    """Minimum share of the whole covered by all parts of a split or merge together."""
    use_declared: bool = True
    use_ids: bool = True
    small: int = 20_000
    """Up to this many old × new points, candidates come from exact inverted-index sums."""


@dataclass(frozen=True)
class Pair:
    """Old point(s) paired with new point(s)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    old_index: tuple[int, ...]
    """Positions of the old points in the aligned sequence (document order)."""
    new_index: tuple[int, ...]
    kind: PairKind
    evidence: Evidence
    similarity: float
    """The score that made the pair: cosine, 1.0 for identical text, coverage for splits."""
    moved: bool = False
    renumbered: bool = False
    children: Alignment | None = None
    """Alignment of the sub-points of the old point(s) against those of the new point(s)."""

    @property
    def declared(self) -> bool:
        """True when an author's ``derived_from`` link made the pair."""
        return self.evidence is Evidence.DECLARED


@dataclass(frozen=True)
class Alignment:
    """The result of aligning two sequences of points."""

    pairs: tuple[Pair, ...] = ()
    """In new-document order (of each pair's first new point)."""
    unmatched_old: tuple[int, ...] = ()
    """Positions of old points with no partner (removed), in document order."""
    unmatched_new: tuple[int, ...] = ()
    """Positions of new points with no partner (added), in document order."""
    old_ids: tuple[str, ...] = field(default=(), repr=False)
    new_ids: tuple[str, ...] = field(default=(), repr=False)

    def links(self) -> frozenset[tuple[str, str]]:
        """Every (old id, new id) link, at every depth (a split or merge gives one per pair)."""
        found: set[tuple[str, str]] = set()
        for pair in self.pairs:
            found.update((o, n) for o in pair.old for n in pair.new)
            if pair.children is not None:
                found |= pair.children.links()
        return frozenset(found)


# --------------------------------------------------------------------------- tokens

_CJK = (r"\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
        r"\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f")
_TOKEN = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>[^\W{_CJK}]+)")


def tokens(text: str) -> list[str]:
    """Matching tokens: case-folded words; overlapping character bigrams inside CJK runs."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    for match in _TOKEN.finditer(folded):
        run = match.group("cjk")
        if run is None:
            out.append(match.group("word"))
        elif len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


def matching_text(point: Point) -> str:
    """The text a point is matched on: title, text and every sub-point's, one per line."""
    parts: list[str] = []
    for p in point.walk():
        if p.title:
            parts.append(p.title)
        parts.append(p.text)
    return "\n".join(parts)


def _number_key(number: str) -> str:
    folded = unicodedata.normalize("NFKC", number).strip().casefold()
    return folded.strip("().:;,-–— \t")


@dataclass
class _Side:
    points: Sequence[Point]
    texts: list[str]
    unit: list[dict[int, float]]
    """L2-normalised TF-IDF vectors (token id → weight)."""
    mass: list[dict[int, float]]
    """idf-weighted token counts, for containment."""
    total: list[float]


def _vectorise(old: Sequence[Point], new: Sequence[Point]) -> tuple[_Side, _Side]:
    vocab: dict[str, int] = {}
    counted: list[list[Counter[int]]] = [[], []]
    texts: list[list[str]] = [[], []]
    for side, points in enumerate((old, new)):
        for point in points:
            text = matching_text(point)
            texts[side].append(text)
            counted[side].append(Counter(vocab.setdefault(t, len(vocab)) for t in tokens(text)))
    df: Counter[int] = Counter()
    for side in counted:
        for counts in side:
            df.update(counts.keys())
    n_docs = len(old) + len(new)
    idf = {t: math.log((n_docs + 1) / (d + 1)) + 1.0 for t, d in df.items()}
    sides = []
    for side, points in enumerate((old, new)):
        units: list[dict[int, float]] = []
        masses: list[dict[int, float]] = []
        totals: list[float] = []
        for counts in counted[side]:
            weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            units.append({t: w / norm for t, w in weights.items()})
            mass = {t: c * idf[t] for t, c in counts.items()}
            masses.append(mass)
            totals.append(sum(mass.values()))
        sides.append(_Side(points, texts[side], units, masses, totals))
    return sides[0], sides[1]


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    """Dot product of two unit vectors, rounded so that float noise never breaks a tie."""
    if len(a) > len(b):
        a, b = b, a
    return round(sum(w * b.get(t, 0.0) for t, w in a.items()), 9)


def _contained(part: dict[int, float], part_total: float, whole: dict[int, float]) -> float:
    """Share of ``part``'s weighted tokens also found in ``whole``."""
    if part_total <= 0:
        return 0.0
    return sum(min(w, whole.get(t, 0.0)) for t, w in part.items()) / part_total


def _union(masses: Iterable[dict[int, float]]) -> dict[int, float]:
    merged: dict[int, float] = defaultdict(float)
    for mass in masses:
        for t, w in mass.items():
            merged[t] += w
    return merged


# --------------------------------------------------------------------------- candidates

def _keep_top(scores: dict[int, float], k: int) -> dict[int, float]:
    """The k best entries, plus every entry tied with the k-th; zeros dropped."""
    positive = {j: s for j, s in scores.items() if s > 0}
    if len(positive) <= k:
        return positive
    kth = sorted(positive.values(), reverse=True)[k - 1]
    return {j: s for j, s in positive.items() if s >= kth}


def _candidates_small(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for j in cols:
        for t, w in new.unit[j].items():
            postings[t].append((j, w))
    by_row: dict[int, dict[int, float]] = {}
    for i in rows:
        acc: dict[int, float] = defaultdict(float)
        for t, w in old.unit[i].items():
            for j, wj in postings.get(t, ()):
                acc[j] += w * wj
        by_row[i] = {j: round(s, 9) for j, s in acc.items()}
    by_col: dict[int, dict[int, float]] = defaultdict(dict)
    for i, row in by_row.items():
        for j, s in row.items():
            by_col[j][i] = s
    found: dict[tuple[int, int], float] = {}
    for i, row in by_row.items():
        for j, s in _keep_top(row, k).items():
            found[(i, j)] = s
    for j, col in by_col.items():
        for i, s in _keep_top(col, k).items():
            found[(i, j)] = s
    return found


def _sparse(side: _Side, idx: Sequence[int], width: int) -> Any:
    import numpy as np
    from scipy import sparse

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for i in idx:
        vec = side.unit[i]
        for t in sorted(vec):
            indices.append(t)
            data.append(vec[t])
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data, dtype=np.float64),
                              np.asarray(indices, dtype=np.int64),
                              np.asarray(indptr, dtype=np.int64)), shape=(len(idx), width))


def _top_rows(a: Any, b: Any, k: int, block: int = 256) -> list[dict[int, float]]:
    """For each row of ``a``, its top-k columns of ``a @ b.T`` (ties kept)."""
    import numpy as np

    out: list[dict[int, float]] = []
    bt = b.T.tocsc()
    for start in range(0, a.shape[0], block):
        dense: npt.NDArray[np.float64] = np.round((a[start:start + block] @ bt).toarray(), 9)
        width = dense.shape[1]
        if width > k:
            kth = -np.partition(-dense, k - 1, axis=1)[:, k - 1:k]
            keep = (dense >= kth) & (dense > 0)
        else:
            keep = dense > 0
        for r in range(dense.shape[0]):
            cols = np.nonzero(keep[r])[0]
            out.append({int(c): float(dense[r, c]) for c in cols})
    return out


def _candidates_large(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    width = 1 + max((t for vec in (*old.unit, *new.unit) for t in vec), default=0)
    a = _sparse(old, rows, width)
    b = _sparse(new, cols, width)
    found: dict[tuple[int, int], float] = {}
    for r, best in enumerate(_top_rows(a, b, k)):
        for c, s in best.items():
            found[(rows[r], cols[c])] = s
    for c, best in enumerate(_top_rows(b, a, k)):
        for r, s in best.items():
            found[(rows[r], cols[c])] = s
    return found


# --------------------------------------------------------------------------- assignment

def _components(edges: Iterable[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j in edges:
        a, b = (0, i), (1, j)
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        rows, cols = groups.setdefault(find(node), ([], []))
        (rows if node[0] == 0 else cols).append(node[1])
    return [groups[key] for key in sorted(groups)]


def _assign(edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A maximum-weight matching of the edge set, as (old, new) position pairs."""
    chosen: list[tuple[int, int]] = []
    for rows, cols in _components(edges):
        if len(rows) == 1 or len(cols) == 1:
            # A star: the optimum is its best edge (ties: first in document order).
            best = max(((edges[(i, j)], -i, -j) for i in rows for j in cols
                        if (i, j) in edges))
            chosen.append((-best[1], -best[2]))
            continue
        chosen.extend(_assign_dense(edges, rows, cols))
    return sorted(chosen)


def _assign_dense(edges: dict[tuple[int, int], float], rows: list[int],
                  cols: list[int]) -> list[tuple[int, int]]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    where_row = {i: r for r, i in enumerate(rows)}
    where_col = {j: c for c, j in enumerate(cols)}
    weights = np.zeros((len(rows), len(cols)), dtype=np.float64)
    for (i, j), s in edges.items():
        if i in where_row and j in where_col:
            weights[where_row[i], where_col[j]] = s
    r_idx, c_idx = linear_sum_assignment(weights, maximize=True)
    return [(rows[int(r)], cols[int(c)]) for r, c in zip(r_idx, c_idx, strict=True)
            if weights[r, c] > 0]


# --------------------------------------------------------------------------- moves

def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices (into ``values``) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[slot] = value
            tail_at[slot] = index
        previous[index] = tail_at[slot - 1] if slot else -1
    keep: set[int] = set()
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        keep.add(at)
        at = previous[at]
    return keep


# --------------------------------------------------------------------------- the aligner

@dataclass
class _Draft:
    old: tuple[int, ...]
    new: tuple[int, ...]
    kind: PairKind
    evidence: Evidence
    similarity: float


class _Aligner:
    def __init__(self, old: Sequence[Point], new: Sequence[Point], old_ref: str,
                 options: AlignOptions) -> None:
        self.old_points = old
        self.new_points = new
        self.old_ref = old_ref
        self.options = options
        self.old_side, self.new_side = _vectorise(old, new)
        self.drafts: list[_Draft] = []
        self.old_owner: dict[int, int] = {}
        self.new_owner: dict[int, int] = {}
        self.candidates: dict[tuple[int, int], float] = {}

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
        return cosine(self.old_side.unit[i], self.new_side.unit[j])

    # passes
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
        new_by_id: dict[str, int] = {}
        for j in self.free_new():
            new_by_id.setdefault(self.new_points[j].id, j)
        for i in self.free_old():
            j_found = new_by_id.get(self.old_points[i].id)
            if j_found is not None and j_found not in self.new_owner:
                self.add(_Draft((i,), (j_found,), PairKind.ONE_TO_ONE, Evidence.ID,
                                self.score(i, j_found)))

    def same_text(self) -> None:
        def key(text: str) -> str:
            return normalise(text, case=True, whitespace=True, punctuation=True, numbering=True)

        waiting: dict[str, list[int]] = defaultdict(list)
        for j in self.free_new():
            k = key(self.new_side.texts[j])
            if k:
                waiting[k].append(j)
        for i in self.free_old():
            k = key(self.old_side.texts[i])
            queue = waiting.get(k) if k else None
            if queue:
                self.add(_Draft((i,), (queue.pop(0),), PairKind.ONE_TO_ONE, Evidence.TEXT, 1.0))

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
        for i, j in _assign(edges):
            self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY,
                            edges[(i, j)]))

    # containment (splits and merges)
    def coverage_old(self, i: int, cols: Sequence[int]) -> float:
        o = self.old_side
        return _contained(o.mass[i], o.total[i], _union(self.new_side.mass[j] for j in cols))

    def coverage_new(self, j: int, rows: Sequence[int]) -> float:
        n = self.new_side
        return _contained(n.mass[j], n.total[j], _union(self.old_side.mass[i] for i in rows))

    def _soft(self, owner: dict[int, int], x: int, partner: tuple[int, ...] | None) -> bool:
        """True when ``x`` is free, or held by an inferred one-to-one pair (with ``partner``)."""
        if x not in owner:
            return True
        draft = self.drafts[owner[x]]
        if draft.kind is not PairKind.ONE_TO_ONE or draft.evidence not in (
                Evidence.ID, Evidence.SIMILARITY):
            return False
        if partner is None:
            return True
        return (draft.new if owner is self.old_owner else draft.old) == partner

    def _grow(self, whole_mass: dict[int, float], whole_total: float,
              parts: list[tuple[int, dict[int, float]]]) -> tuple[list[int], float]:
        """Greedily add parts while each adds at least ``min_gain`` of the whole's coverage."""
        chosen: list[int] = []
        covered: dict[int, float] = {}
        coverage = 0.0
        remaining = list(parts)
        while remaining:
            best: tuple[float, int, int] | None = None
            for position, (index, mass) in enumerate(remaining):
                trial = _union((covered, mass))
                gain = _contained(whole_mass, whole_total, trial) - coverage
                if best is None or gain > best[0] + 1e-12:
                    best = (gain, position, index)
            assert best is not None
            gain, position, index = best
            if gain < self.options.min_gain:
                break
            chosen.append(index)
            covered = _union((covered, remaining[position][1]))
            coverage += gain
            remaining.pop(position)
        return chosen, coverage

    def containment(self) -> None:
        if not self.candidates:
            return
        opts = self.options
        o, n = self.old_side, self.new_side
        proposals: list[tuple[float, int, int, _Draft]] = []
        by_old: dict[int, list[int]] = defaultdict(list)
        by_new: dict[int, list[int]] = defaultdict(list)
        for i, j in sorted(self.candidates):
            by_old[i].append(j)
            by_new[j].append(i)
        for i, cols in sorted(by_old.items()):
            if not self._soft(self.old_owner, i, None):
                continue
            parts = [(j, n.mass[j]) for j in cols
                     if self._soft(self.new_owner, j, (i,))
                     and _contained(n.mass[j], n.total[j], o.mass[i]) >= opts.containment]
            chosen, coverage = self._grow(o.mass[i], o.total[i], parts)
            if len(chosen) >= 2 and coverage >= opts.min_coverage:
                draft = _Draft((i,), tuple(sorted(chosen)), PairKind.SPLIT,
                               Evidence.CONTAINMENT, round(coverage, 9))
                proposals.append((-coverage, min(chosen), i, draft))
        for j, rows in sorted(by_new.items()):
            if not self._soft(self.new_owner, j, None):
                continue
            parts = [(i, o.mass[i]) for i in rows
                     if self._soft(self.old_owner, i, (j,))
                     and _contained(o.mass[i], o.total[i], n.mass[j]) >= opts.containment]
            chosen, coverage = self._grow(n.mass[j], n.total[j], parts)
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
                if held.evidence not in (Evidence.ID, Evidence.SIMILARITY) or not (
                        set(held.new) <= set(draft.new)):
                    return False
        for j in draft.new:
            if j in self.new_owner:
                held = self.drafts[self.new_owner[j]]
                if held.evidence not in (Evidence.ID, Evidence.SIMILARITY) or not (
                        set(held.old) <= set(draft.old)):
                    return False
        return True

    # result
    def result(self, old_ref: str, new_ref: str) -> Alignment:
        drafts = sorted((d for d in self.drafts if d.old and d.new), key=lambda d: min(d.new))
        keep = _longest_increasing([min(d.old) for d in drafts])
        pairs = []
        for position, draft in enumerate(drafts):
            old_pts = [self.old_points[i] for i in draft.old]
            new_pts = [self.new_points[j] for j in draft.new]
            children = None
            old_children = [c for p in old_pts for c in p.points]
            new_children = [c for p in new_pts for c in p.points]
            if old_children or new_children:
                children = align(old_children, new_children, old_ref=old_ref, new_ref=new_ref,
                                 options=self.options)
            pairs.append(Pair(
                old=tuple(p.id for p in old_pts), new=tuple(p.id for p in new_pts),
                old_index=draft.old, new_index=draft.new, kind=draft.kind,
                evidence=draft.evidence, similarity=draft.similarity,
                moved=position not in keep,
                renumbered=_number_key(old_pts[0].number) != _number_key(new_pts[0].number),
                children=children))
        return Alignment(
            pairs=tuple(pairs), unmatched_old=tuple(self.free_old()),
            unmatched_new=tuple(self.free_new()),
            old_ids=tuple(p.id for p in self.old_points),
            new_ids=tuple(p.id for p in self.new_points))


def align(old_points: Sequence[Point], new_points: Sequence[Point], *, old_ref: str,
          new_ref: str, options: AlignOptions | None = None) -> Alignment:
    """Pair the points of two versions (one level; sub-points recursively inside each pair).

    ``old_ref``/``new_ref`` are the ``DOCUMENT@VERSION`` of each side: a new point's
    ``derived_from`` entries that name ``old_ref`` are the author's own pairing and win.
    """
    opts = options if options is not None else AlignOptions()
    aligner = _Aligner(old_points, new_points, old_ref, opts)
    if opts.use_declared:
        aligner.declared()
    if opts.use_ids:
        aligner.same_id()
    aligner.same_text()
    aligner.similar()
    aligner.containment()
    return aligner.result(old_ref, new_ref)


__all__ = ["AlignOptions", "Alignment", "Evidence", "Pair", "PairKind", "align", "tokens"]

