"""Value types of a comparison: spans, meaning-shift flags, changes and their summary.

``compare.compare()`` builds a :class:`Comparison`; every renderer (text, Markdown, JSON,
HTML, PDF) reads one. All types are frozen; the order of every tuple is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SpanOp(StrEnum):
    """What a span of text does in a redline."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


REVIEW_BELOW = 0.5
"""Pairings with a lower confidence are marked "review" (the aligner's threshold)."""

NOT_REPORTED = "not reported"
"""How a removed point is described when the new version does not report on it."""


class ChangeKind(StrEnum):
    """What happened to a point between two versions."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    REMOVED = "removed"
    SPLIT = "split"
    MERGED = "merged"


COUNT_KEYS: tuple[str, ...] = (*(kind.value for kind in ChangeKind), "moved", "renumbered")
"""The keys of a summary's counts, in report order: the six kinds, then moved, renumbered."""


class FlagKind(StrEnum):
    """Kinds of meaning shift a reviewer should see first."""

    NUMBER = "number"
    DATE = "date"
    MODALITY = "modality"
    NEGATION = "negation"
    PARTY = "party"
    REFERENCE = "reference"
    """A cross-reference ("point 12") whose target was renumbered or removed."""


@dataclass(frozen=True)
class Span:
    """A run of text that is equal in both versions, only in the old, or only in the new."""

    op: SpanOp
    text: str
    old_text: str | None = None
    """For an ``equal`` span whose old side differs only in typography (quotes, dashes,
    spaces, widths, soft hyphens: :mod:`plandiff.typography`), the old characters; ``text``
    holds the new ones, which reports show. None everywhere else."""


def exact_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """``spans`` with each typography-only ``equal`` span written out as a deletion of the
    old characters and an insertion of the new: spans that rebuild both texts character for
    character (the diff JSON, the meaning-shift flags)."""
    if all(span.old_text is None for span in spans):
        return spans
    out: list[Span] = []
    for span in spans:
        pieces = ((Span(SpanOp.DELETE, span.old_text), Span(SpanOp.INSERT, span.text))
                  if span.old_text is not None else (span,))
        for piece in pieces:
            if out and out[-1].op is piece.op and out[-1].old_text is None \
                    and piece.old_text is None:
                out[-1] = Span(piece.op, out[-1].text + piece.text)
            else:
                out.append(piece)
    # deletions before insertions inside each changed stretch, as diff_texts orders them
    ordered: list[Span] = []
    i = 0
    while i < len(out):
        if out[i].op is SpanOp.EQUAL:
            ordered.append(out[i])
            i += 1
            continue
        j = i
        while j < len(out) and out[j].op is not SpanOp.EQUAL:
            j += 1
        deleted = "".join(x.text for x in out[i:j] if x.op is SpanOp.DELETE)
        inserted = "".join(x.text for x in out[i:j] if x.op is SpanOp.INSERT)
        ordered.extend(Span(op, text) for op, text in ((SpanOp.DELETE, deleted),
                                                       (SpanOp.INSERT, inserted)) if text)
        i = j
    return tuple(ordered)


@dataclass(frozen=True)
class Flag:
    """A meaning shift inside one change (``old``/``new`` empty when added or removed)."""

    kind: FlagKind
    old: str
    new: str


@dataclass(frozen=True)
class Change:
    """What happened to one point (or group of points, for splits and merges)."""

    kind: ChangeKind
    old: tuple[str, ...]
    """Point ids in the old version (empty for ``added``)."""
    new: tuple[str, ...]
    """Point ids in the new version (empty for ``removed``)."""
    old_numbers: tuple[str, ...]
    new_numbers: tuple[str, ...]
    moved: bool
    renumbered: bool
    similarity: float
    """0..1 textual similarity of old and new text (1.0 unchanged, 0.0 added/removed)."""
    topics: tuple[str, ...]
    spans: tuple[Span, ...]
    flags: tuple[Flag, ...]
    depth: int = 0
    """0 for top-level points, 1 for sub-points, ..."""
    parent: str | None = None
    """Id of the parent point (in the new version, or the old one for removed sub-points)."""
    declared: bool = False
    """True when the pairing came from an author's ``derived_from`` link, not inference."""
    reported: bool = True
    """False for a ``removed`` point the new version lists as ``not_reported``: the new
    version is known only in part, and its sources do not say what became of the point."""
    evidence: str = ""
    """How the pair was made: ``declared``, ``id``, ``text``, ``similarity``,
    ``containment`` (empty for added and removed points)."""
    confidence: float = 1.0
    """0..1, how sure the aligner is of the pairing (1.0 for added and removed points)."""
    score: float = 0.0
    """The aligner's score that made the pairing (weighted cosine, coverage for containment,
    1.0 for identical text); 0.0 for added and removed points."""
    terms: tuple[str, ...] = ()
    """The shared words that carried a similarity or containment pairing."""
    absorbed: bool = False
    """Sub-points folded into (or carved out of) the partner's own text joined the pair."""
    leftover: bool = False
    """Paired as each other's best match among the points left over by every other pass."""
    channels: tuple[tuple[str, float], ...] = ()
    """The pairing's score split by evidence channel (``terms``, ``entities``, ``synonyms``,
    ``numbers``, ``title``, ``topics``), strongest first."""
    position: bool = False
    """Paired on a weak link because both points sit alone between the same two pairs."""
    links: tuple[tuple[str, str], ...] = ()
    """The change's (old id, new id) links when they are fewer than every combination of
    ``old`` and ``new`` (a split whose old sub-points each went into one new part); empty when
    every combination is a link."""
    join: str = ""
    """For a split or merge a leftover joined by coverage, the coverage evidence in words
    (``merge: 80 % of old 10's rare terms are in new 5, 45 % not explained by old 9; ...``);
    for two leftovers paired as the only points naming the same party, place or number, that
    name (``no other point names NATO``)."""
    across: bool = False
    """A sub-point that moved from one parent to another (``moved`` is then true): paired
    after the whole tree was aligned, at ``parent`` in the new version, while its old place
    was under ``old_parent``; ``old_path`` and ``new_path`` name both places."""
    old_parent: str | None = None
    """Id of the old parent of a sub-point that moved ``across`` parents (None otherwise)."""
    old_path: str = ""
    """Where a sub-point that moved ``across`` parents stood in the old version: its number
    after its ancestors' (``20(b)``; a number that already restates its parent's, such as
    ``10(a)`` under ``10``, stands alone); empty otherwise."""
    new_path: str = ""
    """Where it stands in the new version, written the same way; empty otherwise."""

    @property
    def review(self) -> bool:
        """True when the pairing is uncertain enough that a reviewer should check it."""
        return self.confidence < REVIEW_BELOW

    @property
    def label(self) -> str:
        """The kind as readers see it: ``not reported`` for a removed point the new version
        does not report on, the kind's value otherwise."""
        return self.kind.value if self.reported else NOT_REPORTED

    @property
    def old_text(self) -> str:
        """The old text, rebuilt from the spans."""
        return "".join(s.old_text if s.old_text is not None else s.text
                       for s in self.spans if s.op is not SpanOp.INSERT)

    @property
    def new_text(self) -> str:
        """The new text, rebuilt from the spans."""
        return "".join(s.text for s in self.spans if s.op is not SpanOp.DELETE)


@dataclass(frozen=True)
class VersionInfo:
    """Provenance of one side of a comparison, as the reports show it."""

    document: str
    version: str
    title: str = ""
    date: str = ""
    status: str = ""
    text_kind: str = ""
    language: str = ""
    sources: tuple[tuple[str, str, str, str], ...] = ()
    dated_by: str = ""
    """Where a draft read in memory got its date (a :class:`~plandiff.plans.model.DatedBy`
    value); ``""`` for a plan file."""
    """(title, publisher, url, date) of each source."""


@dataclass(frozen=True)
class Summary:
    """Counts by change kind (plus moved and renumbered) and by topic."""

    unchanged: int = 0
    modified: int = 0
    added: int = 0
    removed: int = 0
    split: int = 0
    merged: int = 0
    moved: int = 0
    renumbered: int = 0
    not_reported: int = 0
    """How many of the ``removed`` changes are points the new version does not report on."""
    review: int = 0
    """How many pairings a reviewer should check (confidence below :data:`REVIEW_BELOW`)."""
    references: int = 0
    """Stale cross-references: ``reference`` flags in all changes."""
    by_topic: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()
    """(topic, ((kind, count), ...)) sorted by topic id, kinds in ChangeKind order."""

    def counts(self, *, not_reported: bool = True, review: bool = True,
               references: bool = True) -> tuple[tuple[str, int], ...]:
        """(key, count) for every key of :data:`COUNT_KEYS`, then ``("not_reported", n)`` when
        the new version is known only in part and leaves ``n`` of the removed points out, then
        ``("review", n)`` when ``n`` pairings are uncertain, then ``("references", n)`` for
        ``n`` stale cross-references: the one summary-to-counts step of every report, log and
        message."""
        counts = tuple((key, int(getattr(self, key))) for key in COUNT_KEYS)
        if not_reported and self.not_reported:
            counts += (("not_reported", self.not_reported),)
        if review and self.review:
            counts += (("review", self.review),)
        if references and self.references:
            counts += (("references", self.references),)
        return counts


@dataclass(frozen=True)
class Comparison:
    """The full comparison of two versions."""

    old: VersionInfo
    new: VersionInfo
    summary: Summary
    changes: tuple[Change, ...] = field(default=())
    """In the new version's order, removed points where they stood; sub-points follow their
    parent (``depth`` > 0)."""
