"""Clause alignment: which points of an old version became which points of a new one.

Evidence, strongest first (each pass only sees the points the earlier passes left over):

1. **declared** — a new point's ``derived_from`` names points of the old version;
2. **id** — the same point id on both sides (unless the ids merely restate the numbers, as
   imported drafts' ``p6`` do: see :func:`positional_ids`);
3. **text** — identical text once case, whitespace, punctuation and numbering are ignored
   (``textdiff.normalise``); duplicates pair in document order;
4. **similarity** — TF-IDF cosine over word tokens (case-folded, cut to their first
   :data:`STEM` letters as a crude stemmer, an English word one version writes in one
   inflection and the other only in another joined, see :mod:`.inflection`; in Chinese and
   Japanese, character bigrams inside each Han run and whole Katakana words; function words
   such as "the", "shall" and Hiragana particles scaled down by :data:`FUNCTION_WEIGHT`, see
   :mod:`plandiff.engine.stopwords`),
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

from plandiff.engine.align.aligner import align
from plandiff.engine.align.tokens import matching_text, positional_ids, tokens
from plandiff.engine.align.types import Alignment, AlignOptions, Evidence, Pair, PairKind

__all__ = ["AlignOptions", "Alignment", "Evidence", "Pair", "PairKind", "align", "matching_text",
           "positional_ids", "tokens"]

