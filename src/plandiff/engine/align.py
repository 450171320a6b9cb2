"""Clause alignment: which points of an old version became which points of a new one.

Evidence, strongest first (each pass only sees the points the earlier passes left over):

1. **declared** — a new point's ``derived_from`` names points of the old version;
2. **id** — the same point id on both sides (unless the ids merely restate the numbers, as
   imported drafts' ``p6`` do: see :func:`positional_ids`);
3. **text** — identical text once case, whitespace, punctuation and numbering are ignored
   (``textdiff.normalise``); duplicates pair in document order;
4. **similarity** — TF-IDF cosine over word tokens (case-folded, cut to their first
   :data:`STEM` letters as a crude stemmer; in Chinese and Japanese, character bigrams inside
   each Han run and whole Katakana words; function words such as "the", "shall" and Hiragana
   particles scaled down by :data:`FUNCTION_WEIGHT`, see :mod:`plandiff.engine.stopwords`),
   computed only for a sparse candidate set (the top-k most similar points of each point:
   exact inverted-index sums for small inputs, blocked sparse products for large ones; never
   a full fuzzy matrix), then an optimal one-to-one assignment
   (``scipy.optimize.linear_sum_assignment``) per connected component of the candidate graph;
   pairs scoring below :attr:`AlignOptions.threshold` are left unmatched (added/removed);
5. **containment** — one old point whose text is covered by several new points, each largely
   contained in it, is a *split*; several old points contained in one new point are a *merge*.
   Each part must add a real share of coverage, so near-duplicates never make a split;
6. **gaps** — leftovers lying between the same two in-order pairs (like a line diff's change
   block) pair at a lower similarity (:attr:`AlignOptions.gap_threshold`).

Inside each pair the sub-points are aligned the same way; an unpaired old sub-point whose text
went into the partner's own text (declared by ``derived_from``, or, for a sub-point without
sub-points of its own, largely contained in what that text gained and sharing content words
with it) is folded into the pair, which becomes a merge (and an unpaired new sub-point carved
out of the old text makes a split).

Each pair is marked ``moved`` when it lies outside a longest increasing subsequence of the
pairs' old positions taken in new order (so shifts caused by insertions and deletions are not
moves) and ``renumbered`` when its number label changed (for a split or merge: the first
number on each side; "(a)" and "a)" count as the same label). Every tie is broken by document
position, so the result is deterministic. scipy is imported lazily, only for inputs that need
it (numpy/scipy.sparse above :attr:`AlignOptions.small` candidate cells, the assignment solver
for components with two or more points on each side).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any

from plandiff._text import HAN, HIRAGANA, KATAKANA, UnionFind, class_body, longest_increasing
from plandiff.engine.redline import normalise
from plandiff.engine.stopwords import is_function_word
from plandiff.plans.model import Point
from plandiff.plans.refs import parse_point_ref
from plandiff.typography import fold

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

    threshold: float = 0.25
    """Minimum TF-IDF cosine for an inferred one-to-one pair."""
    top_k: int = 8
    """Candidates kept per point (more when scores tie)."""
    containment: float = 0.7
    """Minimum share of a part's weighted tokens found in the whole, for splits and merges."""
    min_gain: float = 0.12
    """Minimum share of the whole that each part of a split or merge must add."""
    min_coverage: float = 0.55
    """Minimum share of the whole covered by all parts of a split or merge together."""
    part_floor: float = 0.25
    """Minimum cosine between a part and the whole before containment is even measured."""
    absorb: float = 0.25
    """Minimum share of an unpaired sub-point found in the text its parent's partner gained
    (or lost) for it to count as folded into (or carved out of) that text (it must also share
    :data:`ABSORB_MIN_TOKENS` content words with it)."""
    gap_threshold: float = 0.16
    """Lower cosine accepted between unpaired points lying in the same gap between pairs."""
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
    absorbed_old: tuple[int, ...] = ()
    """Old sub-points (positions in ``children``'s old sequence) whose text went into the new
    point's own text: the pair is then a merge, and their ids follow the parent's in ``old``."""
    absorbed_new: tuple[int, ...] = ()
    """New sub-points carved out of the old point's own text: the pair is then a split."""

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

_HAN = class_body(HAN)
_HIRAGANA = class_body(HIRAGANA)
_KATAKANA = class_body(KATAKANA)
_CJK = _HAN + _HIRAGANA + _KATAKANA
_CJK_FROM = chr(HAN[0][0])
"""No Chinese or Japanese character comes before this one."""
STEM = 6
"""Words are cut to their first letters: a crude stemmer for any language that inflects at
the end of words ("guarantees"/"guaranteed", Ukrainian and Russian case endings)."""
_WORD = re.compile(rf"(\w{{1,{STEM}}})\w*")
_ASCII_NOT_WORD = str.maketrans({chr(c): " " for c in range(128)
                                 if not (chr(c).isalnum() or chr(c) == "_")})
r"""ASCII characters outside ``\w``, turned into spaces so that ``str.split`` finds the words."""


@cache
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any CJK character, CJK-aware tokens): compiled on first use only, as their large
    character classes take tens of milliseconds to compile."""
    return (re.compile(f"[{_CJK}]"),
            re.compile(rf"(?P<han>[{_HAN}]+)|(?P<kata>[{_KATAKANA}]+)|(?P<hira>[{_HIRAGANA}]+)"
                       rf"|(?P<word>[^\W{_CJK}]+)"))
FUNCTION_WEIGHT = 0.2
"""Scale of a function word's weight ("the", "for", "shall"; Hiragana particles): in a short
document idf cannot tell them from content words, and pairs sharing only them are noise."""


ABSORB_MIN_TOKENS = 2
"""A sub-point shares at least this many distinct content tokens (not function words) with
the text it is folded into."""


def _bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> list[str]:
    """Matching tokens: case-folded words cut to :data:`STEM` letters; in Chinese and
    Japanese, which have no spaces, overlapping character bigrams inside each run of one
    script (Han, Katakana), never across a script change, and each Hiragana run (particles
    and inflections) as one token."""
    if text.isascii():  # the common case, without Unicode normalisation or regex
        return [word[:STEM] for word in text.lower().translate(_ASCII_NOT_WORD).split()]
    folded = unicodedata.normalize("NFKC", text).casefold()
    if max(folded, default="") < _CJK_FROM:
        return _WORD.findall(folded)
    has_cjk, token_re = _cjk_patterns()
    if has_cjk.search(folded) is None:
        return _WORD.findall(folded)
    out: list[str] = []
    for match in token_re.finditer(folded):
        kind = match.lastgroup
        run = match.group()
        if kind == "word":
            out.append(run[:STEM])
        elif kind == "han":
            out.extend(_bigrams(run))
        else:  # a Katakana word (loanwords, foreign names), a Hiragana run
            out.append(run)
    return out


def matching_text(point: Point) -> str:
    """The text a point is matched on: title, text and every sub-point's, one per line."""
    if not point.points and not point.title:
        return point.text
    parts: list[str] = []
    for p in point.walk():
        if p.title:
            parts.append(p.title)
        parts.append(p.text)
    return "\n".join(parts)


_NOT_WORD = re.compile(r"[\W_]+")


def _own_text(point: Point) -> str:
    return f"{point.title}\n{point.text}" if point.title else point.text


PREFIX = 24
"""Most letters and digits a numbering prefix ("Article 12", "第十二条") can hold."""


def _coarse(letters: str) -> str:
    """A key equal for any two texts whose ``normalise`` keys are equal (but not only them):
    the tail of their letters and digits, which no numbering prefix, case, punctuation or
    spacing can change (``""`` for short texts)."""
    return letters[-32:] if len(letters) >= 64 else ""


def _may_be_equal(a: str, b: str) -> bool:
    """False when two letter strings cannot be equal once a numbering prefix is dropped."""
    common = min(len(a), len(b)) - PREFIX
    if common <= 0:
        return True
    return abs(len(a) - len(b)) <= PREFIX and a[-common:] == b[-common:]


_ASCII_NOT_ALNUM = str.maketrans("", "", "".join(
    chr(c) for c in range(128) if not chr(c).isalnum()))


def _alnum(text: str) -> str:
    """The letters and digits of a text, case-folded (NFKC first)."""
    if text.isascii():  # the same, without Unicode normalisation or regex
        return text.lower().translate(_ASCII_NOT_ALNUM)
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def positional_ids(points: Sequence[Point]) -> bool:
    """True when the ids only restate the numbers (``p6`` for point 6, ``art-6-a``...).

    Such ids (made by ``plandiff import``, or by hand after the numbering) name a position, not
    a clause: after renumbering, the same id names a different clause, so the id pass must not
    trust them. At least 80 % of the points must look like that.
    """
    if not points:
        return False
    positional = 0
    for point in points:
        ident, number = _alnum(point.id), _alnum(point.number)
        if number and ident.endswith(number) and len(ident) - len(number) <= 4:
            positional += 1
    return positional * 5 >= len(points) * 4


@lru_cache(maxsize=65536)
def _number_key(number: str) -> str:
    folded = unicodedata.normalize("NFKC", number).strip().casefold()
    return folded.strip("().:;,-–— \t")


class _Side:
    """The points of one side with their token ids; weight vectors are built on demand."""

    def __init__(self, points: Sequence[Point], texts: list[str], ids: list[list[int]],
                 idf: dict[int, float], vocab: dict[str, int], function: list[bool]) -> None:
        self.points = points
        self.function = function
        self.vocab = vocab
        self.texts = texts
        self.ids = ids
        self.idf = idf
        self._unit: dict[int, dict[int, float]] = {}
        self._mass: dict[int, dict[int, float]] = {}
        self._total: dict[int, float] = {}

    def unit(self, i: int) -> dict[int, float]:
        """L2-normalised TF-IDF vector (token id → weight), sublinear term frequency."""
        vec = self._unit.get(i)
        if vec is None:
            idf = self.idf
            weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in Counter(self.ids[i]).items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vec = self._unit[i] = {t: w / norm for t, w in weights.items()}
        return vec

    def mass(self, i: int) -> dict[int, float]:
        """idf-weighted token counts, for containment."""
        vec = self._mass.get(i)
        if vec is None:
            idf = self.idf
            vec = self._mass[i] = {t: c * idf[t] for t, c in Counter(self.ids[i]).items()}
            self._total[i] = sum(vec.values())
        return vec

    def mass_of(self, text: str) -> dict[int, float]:
        """idf-weighted token counts of any text (tokens unknown to this level are ignored)."""
        counts = Counter(t for t in (self.vocab.get(w) for w in tokens(text)) if t is not None)
        return {t: c * self.idf[t] for t, c in counts.items()}

    def total(self, i: int) -> float:
        """Sum of :meth:`mass`."""
        if i not in self._total:
            self.mass(i)
        return self._total[i]


_ASCII_BYTES_NOT_WORD = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32
                              for c in range(256))


def _raw_tokens(text: str) -> list[str] | list[bytes]:
    """:func:`tokens`, except that the words of an ASCII text come as whole ``bytes`` (bytes
    operations are the fastest way to split them); :func:`_vectorise` cuts each distinct one
    to :data:`STEM` letters."""
    if text.isascii():
        return text.encode("ascii").lower().translate(_ASCII_BYTES_NOT_WORD).split()
    return tokens(text)


def _vectorise(old: Sequence[Point], new: Sequence[Point]) -> tuple[_Side, _Side]:
    texts: list[list[str]] = [[matching_text(p) for p in old], [matching_text(p) for p in new]]
    # Most points of a revision are unchanged: each distinct text is cut into words once.
    memo: dict[str, list[str] | list[bytes]] = {}
    words = [[memo[text] if text in memo else memo.setdefault(text, _raw_tokens(text))
              for text in side] for side in texts]
    # Token ids in order of first appearance: dict.fromkeys and map run in C, and only each
    # distinct word of an ASCII text is cut in Python (a non-ASCII text's tokens are final).
    distinct: dict[str | bytes, None] = dict.fromkeys(
        chain.from_iterable(chain.from_iterable(words)))
    stem_of = {w: w[:STEM].decode("ascii") if isinstance(w, bytes) else w for w in distinct}
    vocab = {t: i for i, t in enumerate(dict.fromkeys(stem_of.values()))}
    id_of = {w: vocab[stem] for w, stem in stem_of.items()}
    ids = [[list(map(id_of.__getitem__, doc)) for doc in side] for side in words]
    df: Counter[int] = Counter()
    for side in ids:
        for doc in side:
            df.update(set(doc))
    n_docs = len(old) + len(new)
    idf = {t: math.log((n_docs + 1) / (d + 1)) + 1.0 for t, d in df.items()}
    function = [False] * len(vocab)
    for token, t in vocab.items():
        if is_function_word(token, STEM):
            idf[t] *= FUNCTION_WEIGHT
            function[t] = True
    return (_Side(old, texts[0], ids[0], idf, vocab, function),
            _Side(new, texts[1], ids[1], idf, vocab, function))


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    """Dot product of two unit vectors, rounded so that float noise never breaks a tie."""
    if len(a) > len(b):
        a, b = b, a
    return round(sum(w * b.get(t, 0.0) for t, w in a.items()), 9)


def _contained(part: dict[int, float], part_total: float, whole: dict[int, float]) -> float:
    """Share of ``part``'s weighted tokens also found in ``whole``."""
    if part_total <= 0:
        return 0.0
    return sum(min(part[t], whole[t]) for t in part.keys() & whole.keys()) / part_total


def _content_shared(side: _Side, mass: dict[int, float], residual: dict[int, float]) -> int:
    """How many distinct content tokens (not function words) two weight vectors share."""
    return sum(1 for t in mass.keys() & residual.keys() if not side.function[t])


def _union(masses: Iterable[dict[int, float]]) -> dict[int, float]:
    merged: dict[int, float] = defaultdict(float)
    for mass in masses:
        for t, w in mass.items():
            merged[t] += w
    return merged


# --------------------------------------------------------------------------- candidates

def _keep_top(scores: dict[int, float], k: int, here: float,
              place: Callable[[int], float]) -> dict[int, float]:
    """The k best entries; among ties, those whose relative place in their document is
    nearest ``here`` (then the first); zeros dropped."""
    positive = {j: s for j, s in scores.items() if s > 0}
    if len(positive) <= k:
        return positive
    best = sorted(positive.items(),
                  key=lambda item: (-item[1], abs(place(item[0]) - here), item[0]))[:k]
    return dict(best)


def _place(index: int, size: int) -> float:
    """Relative place of a point in its sequence, 0..1."""
    return (index + 0.5) / max(size, 1)


def _candidates_small(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for j in cols:
        for t, w in new.unit(j).items():
            postings[t].append((j, w))
    by_row: dict[int, dict[int, float]] = {}
    for i in rows:
        acc: dict[int, float] = defaultdict(float)
        for t, w in old.unit(i).items():
            for j, wj in postings.get(t, ()):
                acc[j] += w * wj
        by_row[i] = {j: round(s, 9) for j, s in acc.items()}
    by_col: dict[int, dict[int, float]] = defaultdict(dict)
    for i, row in by_row.items():
        for j, s in row.items():
            by_col[j][i] = s
    n_old, n_new = len(old.ids), len(new.ids)
    found: dict[tuple[int, int], float] = {}
    for i, row in by_row.items():
        for j, s in _keep_top(row, k, _place(i, n_old), lambda x: _place(x, n_new)).items():
            found[(i, j)] = s
    for j, col in by_col.items():
        for i, s in _keep_top(col, k, _place(j, n_new), lambda x: _place(x, n_old)).items():
            found[(i, j)] = s
    return found


def _sparse(side: _Side, idx: Sequence[int], width: int) -> Any:
    """TF-IDF rows of the points ``idx`` as a CSR matrix (vectorised: no per-point dicts)."""
    import numpy as np
    from scipy import sparse

    lengths = np.fromiter((len(side.ids[i]) for i in idx), dtype=np.int64, count=len(idx))
    cols = np.fromiter(chain.from_iterable(side.ids[i] for i in idx), dtype=np.int64,
                       count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(idx), dtype=np.int64), lengths)
    counts = sparse.csr_matrix((np.ones(len(cols), dtype=np.float64), (rows, cols)),
                               shape=(len(idx), width))
    counts.sum_duplicates()
    idf = np.zeros(width, dtype=np.float64)
    for t, w in side.idf.items():
        idf[t] = w
    counts.data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ counts


def _top_rows(a: Any, b: Any, k: int, a_place: Any, b_place: Any,
              block: int = 256) -> tuple[Any, Any]:
    """(rows, columns), as arrays, of each row's top-k columns of ``a @ b.T`` (positive
    scores only); among ties, the columns whose relative place (``b_place``) is nearest the
    row's (``a_place``), then the first."""
    import numpy as np

    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int64]] = []
    bt = b.T.tocsc()
    for start in range(0, a.shape[0], block):
        dense: npt.NDArray[np.float64] = np.round((a[start:start + block] @ bt).toarray(), 9)
        if dense.shape[1] <= k:
            rr, cc = np.nonzero(dense > 0)
            rows.append(rr + start)
            cols.append(cc)
            continue
        kth = -np.partition(-dense, k - 1, axis=1)[:, k - 1:k]
        keep = (dense >= kth) & (dense > 0)
        excess = keep.sum(axis=1) > k  # ties at the k-th score: choose by place
        rr, cc = np.nonzero(keep & ~excess[:, None])
        rows.append(rr + start)
        cols.append(cc)
        for r in np.nonzero(excess)[0].tolist():
            row = dense[r]
            above = np.nonzero(row > kth[r, 0])[0]
            ties = np.nonzero(row == kth[r, 0])[0]
            nearest = np.argsort(np.abs(b_place[ties] - a_place[start + r]), kind="stable")
            chosen = np.concatenate([above, ties[nearest[:k - len(above)]]])
            rows.append(np.full(len(chosen), start + r, dtype=np.int64))
            cols.append(chosen.astype(np.int64))
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(rows), np.concatenate(cols)


def _pairs_from(a: Any, b: Any, k: int, row_ids: Any, col_ids: Any, width: int,
                a_place: Any, b_place: Any) -> Any:
    """Each row's and each column's top-k of ``a @ b.T``, as keys ``row * width + col``
    (``row_ids``/``col_ids``: the full-matrix position of each row/column of ``a``/``b``)."""
    import numpy as np

    rr, cc = _top_rows(a, b, k, a_place, b_place)
    cc2, rr2 = _top_rows(b, a, k, b_place, a_place)
    return np.concatenate([row_ids[rr] * width + col_ids[cc],
                           row_ids[rr2] * width + col_ids[cc2]])


COMMON_SHARE = 0.2
"""Tokens found in more than this share of the points are left out of the candidate search
(their weight is small and they make every pair share something); exact scores use them."""


def _candidates_large(old: _Side, new: _Side, rows: Sequence[int], cols: Sequence[int],
                      k: int) -> dict[tuple[int, int], float]:
    import numpy as np
    from scipy import sparse

    width = len(old.idf)
    a = _sparse(old, rows, width)
    b = _sparse(new, cols, width)
    df = np.bincount(a.indices, minlength=width) + np.bincount(b.indices, minlength=width)
    rare = sparse.diags((df <= max(8, COMMON_SHARE * (len(rows) + len(cols)))).astype(
        np.float64))
    a_rare, b_rare = (a @ rare).tocsr(), (b @ rare).tocsr()
    a_rare.eliminate_zeros()
    b_rare.eliminate_zeros()
    a_place = np.array([_place(i, len(old.ids)) for i in rows])
    b_place = np.array([_place(j, len(new.ids)) for j in cols])
    width = len(cols)
    all_rows = np.arange(len(rows), dtype=np.int64)
    all_cols = np.arange(width, dtype=np.int64)
    found = [_pairs_from(a_rare, b_rare, k, all_rows, all_cols, width, a_place, b_place)]
    # Points made only of common tokens: search them with every token.
    lone_rows = np.nonzero(np.diff(a_rare.indptr) == 0)[0]
    lone_cols = np.nonzero(np.diff(b_rare.indptr) == 0)[0]
    if len(lone_rows):
        found.append(_pairs_from(a[lone_rows], b, k, lone_rows, all_cols, width,
                                 a_place[lone_rows], b_place))
    if len(lone_cols):
        found.append(_pairs_from(a, b[lone_cols], k, all_rows, lone_cols, width, a_place,
                                 b_place[lone_cols]))
    keys = np.unique(np.concatenate(found))  # sorted by (row, column)
    if not len(keys):
        return {}
    rr, cc = keys // width, keys % width
    exact = np.round(np.asarray(a[rr].multiply(b[cc]).sum(axis=1)).ravel(), 9)
    return {(rows[r], cols[c]): v
            for r, c, v in zip(rr.tolist(), cc.tolist(), exact.tolist(), strict=True) if v > 0}


# --------------------------------------------------------------------------- assignment

def _components(edges: Iterable[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    sets: UnionFind[tuple[int, int]] = UnionFind()
    for i, j in edges:
        sets.union((0, i), (1, j))
    groups: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for node in sorted(sets):
        rows, cols = groups.setdefault(sets.find(node), ([], []))
        (rows if node[0] == 0 else cols).append(node[1])
    return [groups[key] for key in sorted(groups)]


def _assign(edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A maximum-weight matching of the edge set, as (old, new) position pairs."""
    chosen: list[tuple[int, int]] = []
    for rows, cols in _components(edges):
        if len(rows) == 1 or len(cols) == 1:
            # A star: the optimum is its best edge (ties: first in document order).
            best = max((edges[(i, j)], -i, -j) for i in rows for j in cols
                        if (i, j) in edges)
            chosen.append((-best[1], -best[2]))
            continue
        if len(rows) * len(cols) > DENSE_LIMIT:
            chosen.extend(_assign_greedy(edges, set(rows)))
        else:
            chosen.extend(_assign_dense(edges, rows, cols))
    return sorted(chosen)


NUDGE = 1e-6
"""Weight of relative place in the assignment: below score rounding, so it only breaks ties."""

DENSE_LIMIT = 4_000_000
"""Components with more cells than this (only boilerplate-heavy texts make them) are matched
greedily, best edge first, instead of optimally: a dense matrix would be too big."""


def _assign_greedy(edges: dict[tuple[int, int], float], rows: set[int]
                   ) -> list[tuple[int, int]]:
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    chosen = []
    for (i, j), _ in sorted(((e, s) for e, s in edges.items() if e[0] in rows),
                            key=lambda item: (-item[1], item[0])):
        if i not in taken_rows and j not in taken_cols:
            taken_rows.add(i)
            taken_cols.add(j)
            chosen.append((i, j))
    return chosen


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
    return set(longest_increasing(values))


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
        return cosine(self.old_side.unit(i), self.new_side.unit(j))

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
        self._pair_equal(fold)  # exact copies, typography aside (plandiff.typography)
        old_letters = {i: _alnum(self.old_side.texts[i]) for i in self.free_old()}
        new_letters = {j: _alnum(self.new_side.texts[j]) for j in self.free_new()}
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
                self.add(_Draft((i,), (queue.popleft(),), PairKind.ONE_TO_ONE, Evidence.TEXT,
                                1.0))

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
            self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY,
                            edges[(i, j)]))

    def nudged(self, edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        """Edge weights for the assignment: among equal scores, pairs whose places in their
        documents are nearer win (so tied boilerplate pairs in order, not shuffled)."""
        n_old, n_new = len(self.old_points), len(self.new_points)
        return {(i, j): s - NUDGE * abs(_place(i, n_old) - _place(j, n_new))
                for (i, j), s in edges.items()}

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
        if draft.kind is not PairKind.ONE_TO_ONE or draft.evidence not in (
                Evidence.ID, Evidence.SIMILARITY):
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
    def gaps(self) -> None:
        """Pair leftovers that sit in the same gap between consecutive in-order pairs.

        Like a line diff's change block: an old and a new point with nothing paired between
        them on either side are likely the same clause rewritten, so a lower similarity
        (``gap_threshold``) is enough. Only in-order pairs (a longest increasing run) bound
        the gaps, so moved pairs never create false ones.
        """
        free_old, free_new = self.free_old(), self.free_new()
        if not free_old or not free_new:
            return
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
        edges: dict[tuple[int, int], float] = {}
        for gap, rows in old_gap.items():
            cols = new_gap.get(gap, [])
            if len(rows) * len(cols) > 400:  # a rewritten region: too little evidence
                continue
            for i in rows:
                for j in cols:
                    score = self.score(i, j)
                    if score >= self.options.gap_threshold:
                        edges[(i, j)] = score
        for i, j in _assign(self.nudged(edges)):
            self.add(_Draft((i,), (j,), PairKind.ONE_TO_ONE, Evidence.SIMILARITY, edges[(i, j)]))

    def absorbed(self, pair_old: Sequence[Point], pair_new: Sequence[Point],
                 children: Alignment, old_children: Sequence[Point],
                 new_children: Sequence[Point]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Unpaired sub-points folded into (or carved out of) the partner's own text."""
        if len(pair_old) != 1 or len(pair_new) != 1:
            return (), ()
        old, new = pair_old[0], pair_new[0]
        side = self.old_side
        old_own = side.mass_of(_own_text(old))
        new_own = side.mass_of(_own_text(new))
        declared = {ref.point for ref in map(parse_point_ref, new.derived_from)
                    if ref is not None and ref.version_ref == self.old_ref}

        # An author who linked the new point to old points said everything it came from.
        infer = not any(ref is not None and ref.version_ref == self.old_ref
                        for ref in map(parse_point_ref, new.derived_from))

        def pick(whole: dict[int, float], own: dict[int, float],
                 candidates: Sequence[tuple[int, Point]], names: set[str]) -> tuple[int, ...]:
            """The named candidates, and every leaf candidate whose text is largely found in
            what ``whole`` has beyond ``own`` (sharing content words with it)."""
            residual = {t: w - own.get(t, 0.0) for t, w in whole.items() if w > own.get(t, 0.0)}
            chosen: list[int] = []
            for k, child in candidates:
                if child.id not in names:
                    # Only a leaf is plain text that can be inferred folded in (or carved
                    # out): a sub-point with sub-points of its own keeps its structure.
                    if not infer or child.points:
                        continue
                    mass = side.mass_of(matching_text(child))
                    if (_content_shared(side, mass, residual) < ABSORB_MIN_TOKENS
                            or _contained(mass, sum(mass.values()), residual)
                            < self.options.absorb):
                        continue
                chosen.append(k)
            return tuple(chosen)

        taken_old = pick(new_own, old_own,
                         [(k, old_children[k]) for k in children.unmatched_old],
                         declared if self.options.use_declared else set())
        if taken_old:
            return taken_old, ()
        carved = [(k, new_children[k]) for k in children.unmatched_new
                  if not any(parse_point_ref(r) is not None for r in new_children[k].derived_from)]
        return (), pick(old_own, new_own, carved, set())

    def result(self, old_ref: str, new_ref: str) -> Alignment:
        drafts = sorted((d for d in self.drafts if d.old and d.new), key=lambda d: min(d.new))
        keep = _longest_increasing([min(d.old) for d in drafts])
        pairs = []
        for position, draft in enumerate(drafts):
            old_pts = [self.old_points[i] for i in draft.old]
            new_pts = [self.new_points[j] for j in draft.new]
            children = None
            kind = draft.kind
            absorbed_old: tuple[int, ...] = ()
            absorbed_new: tuple[int, ...] = ()
            old_children = [c for p in old_pts for c in p.points]
            new_children = [c for p in new_pts for c in p.points]
            old_ids = [p.id for p in old_pts]
            new_ids = [p.id for p in new_pts]
            if old_children or new_children:
                children = align(old_children, new_children, old_ref=old_ref, new_ref=new_ref,
                                 options=self.options)
                if kind is PairKind.ONE_TO_ONE:
                    absorbed_old, absorbed_new = self.absorbed(
                        old_pts, new_pts, children, old_children, new_children)
                if absorbed_old or absorbed_new:
                    kind = PairKind.MERGE if absorbed_old else PairKind.SPLIT
                    old_ids += [old_children[k].id for k in absorbed_old]
                    new_ids += [new_children[k].id for k in absorbed_new]
                    children = replace(
                        children,
                        unmatched_old=tuple(k for k in children.unmatched_old
                                            if k not in absorbed_old),
                        unmatched_new=tuple(k for k in children.unmatched_new
                                            if k not in absorbed_new))
            pairs.append(Pair(
                old=tuple(old_ids), new=tuple(new_ids),
                old_index=draft.old, new_index=draft.new, kind=kind,
                evidence=draft.evidence, similarity=draft.similarity,
                moved=position not in keep,
                renumbered=_number_key(old_pts[0].number) != _number_key(new_pts[0].number),
                children=children, absorbed_old=absorbed_old, absorbed_new=absorbed_new))
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
    aligner.gaps()
    return aligner.result(old_ref, new_ref)


__all__ = ["AlignOptions", "Alignment", "Evidence", "Pair", "PairKind", "align", "tokens"]

