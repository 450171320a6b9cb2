"""Value types of an alignment: pair kinds, evidence, options, pairs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from plandiff.engine.comparison import REVIEW_BELOW


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
    absorb_flat: float = 0.15
    """The same share when the partner has no sub-points at all: a list restated as one flat
    paragraph ("neither government may arm or fund rebel groups, and the militias are to
    pull back" for a formal point's items (a) and (b)) rewords its items more than a text
    that keeps some of them apart. An item folded in below ``absorb`` must share two pieces
    of evidence with the text, a word and its synonym group counted once
    (:meth:`~plandiff.engine.align.folding.Folding.pieces_shared`; session 31)."""
    gap_threshold: float = 0.16
    """Lower cosine accepted between unpaired points lying in the same gap between pairs."""
    slot_threshold: float = 0.05
    """Lower cosine still accepted for the only unpaired old point and the only unpaired new
    point between two consecutive in-order pairs (position evidence: the same slot), if they
    share :attr:`slot_terms` distinct content tokens."""
    slot_terms: int = 1
    attach_threshold: float = 0.10
    """Lowest cosine at which a leftover point joins the pair of its best match on the other
    side, as a split or merge part (it must sit next to the pair's point on its own side,
    share :attr:`attach_terms` telling tokens with its best match and pass the coverage test
    of :mod:`plandiff.engine.align.coverage`; 0.12 before that test existed)."""
    attach_terms: int = 2
    far_join_threshold: float = 0.16
    """Lowest cosine at which a leftover joins the pair of its best match as a split or merge
    part without standing next to one of the pair's parts (the coverage test must hold as for a
    join next to the pair): a regrouped text gathers clauses from anywhere."""
    leftover_threshold: float = 0.2
    """Lowest cosine at which two leftover points that are each other's best match among the
    leftovers still pair (they must also share :attr:`leftover_terms` content words)."""
    leftover_terms: int = 2
    """Distinct content words (not function words) two leftovers must share to pair."""
    named_threshold: float = 0.05
    """Lowest cosine at which two leftovers that are each other's best match pair with fewer
    shared words than :attr:`leftover_terms` (or below :attr:`leftover_threshold`), when they
    are the only points of either version naming the same party, place or number (a reader
    pairs "the EU" with "the European Union" on that alone; the pair is marked for review)."""
    terms: bool = True
    """Name the shared words that carried each inferred pair (``Pair.terms``); a plain diff
    that shows no explanation skips the work."""
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
    confidence: float = 1.0
    """0..1, how sure the aligner is: 1 for declared links, ids and identical text; for an
    inferred pair it grows with the score and with its margin over the next-best partner of
    either point (see :func:`plandiff.engine.align.explain.confidence`)."""
    terms: tuple[str, ...] = ()
    """The shared words that carried a similarity or containment pair, strongest first."""
    leftover: bool = False
    """Paired in the last pass: each point was the other's best match among the leftovers."""
    channels: tuple[tuple[str, float], ...] = ()
    """The score of a similarity or containment pair split by evidence channel (``terms``,
    ``entities``, ``synonyms``, ``numbers``, ``title``, ``topics``), strongest first."""
    position: bool = False
    """Paired on a weak link because the two points are the only leftovers between the same
    two in-order pairs (their place in the documents is the rest of the evidence)."""
    links: tuple[tuple[str, str], ...] = ()
    """The pair's (old id, new id) links when they are fewer than every combination of
    ``old`` and ``new``: a split whose old sub-points were folded into one new part each (or a
    merge whose new sub-points were carved out of one old part each); empty otherwise."""
    join: str = ""
    """For a split or merge a leftover joined by coverage, the evidence in words ("merge: 80 %
    of old 10's rare terms are in new 5, 45 % not explained by old 9; ..."); for two leftovers
    paired as the only points naming a party, place or number, that name ("no other point
    names NATO"); else empty."""

    @property
    def id_links(self) -> tuple[tuple[str, str], ...]:
        """The pair's (old id, new id) links: :attr:`links` when it lists them, else every
        combination of ``old`` and ``new`` (old ids in order within each new id)."""
        return self.links or tuple((o, n) for n in self.new for o in self.old)

    @property
    def review(self) -> bool:
        """True when a reviewer should check the pair (confidence below :data:`REVIEW_BELOW`)."""
        return self.confidence < REVIEW_BELOW

    @property
    def declared(self) -> bool:
        """True when an author's ``derived_from`` link made the pair."""
        return self.evidence is Evidence.DECLARED


@dataclass(frozen=True)
class CrossPair:
    """A sub-point paired with a sub-point of another parent (see
    :mod:`plandiff.engine.align.crossparent`): the clause moved from one point to another."""

    old: str
    """Id of the old sub-point."""
    new: str
    """Id of the new sub-point."""
    old_parent: str
    """Id of the old sub-point's parent."""
    new_parent: str
    """Id of the new sub-point's parent."""
    evidence: Evidence
    similarity: float
    confidence: float = 1.0
    terms: tuple[str, ...] = ()

    @property
    def review(self) -> bool:
        """True when a reviewer should check the move (confidence below :data:`REVIEW_BELOW`)."""
        return self.confidence < REVIEW_BELOW


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
    across: tuple[CrossPair, ...] = ()
    """Sub-points paired across parents, at every depth (set on the top-level alignment
    only), in new-document order: each old one was otherwise removed and each new one added."""

    def links(self) -> frozenset[tuple[str, str]]:
        """Every (old id, new id) link, at every depth (a split or merge gives one per pair)."""
        found: set[tuple[str, str]] = set()
        for pair in self.pairs:
            found.update(pair.id_links)
            if pair.children is not None:
                found |= pair.children.links()
        found.update((cross.old, cross.new) for cross in self.across)
        return frozenset(found)

