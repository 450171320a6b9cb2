"""Comparison of two plan versions: aligned points become :class:`Change` values.

Each change holds the redline of one point (or of a split or merge group), its kind, whether it
moved or was renumbered, its similarity, topics and meaning-shift flags. Changes follow the new
version's order; a removed point is placed right after the change holding the new partner of
its nearest surviving old predecessor (at the start when it has none); sub-point changes follow
their parent with ``depth`` 1, 2, ...

Texts of a change: a point's own ``text`` (titles and sub-points are not part of it; sub-points
get changes of their own). For a split the new side is the new points' texts joined by a
newline in document order, for a merge the old side is joined the same way; the spans rebuild
exactly those texts (``Change.old_text`` / ``Change.new_text``), so the span invariant holds for
every change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from plandiff._frozen import Maker, new_frozen
from plandiff.collector import collector_paused
from plandiff.engine.align import Alignment, AlignOptions, Pair, PairKind, align
from plandiff.engine.align.tokens import alnum, number_key
from plandiff.engine.align.types import CrossPair
from plandiff.engine.comparison import (
    Change,
    ChangeKind,
    Comparison,
    FlagKind,
    Span,
    SpanOp,
    Summary,
    VersionInfo,
    exact_spans,
)
from plandiff.engine.flags import find_flags
from plandiff.engine.redline import Granularity, diff_texts, normalise, similarity
from plandiff.engine.xref import stale_reference_flags
from plandiff.errors import InputError, Problem, UsageError
from plandiff.plans.model import PlanVersion, Point, date_basis, stated_date
from plandiff.typography import fold

JOIN = "\n"
"""Separator of the texts of several points on one side of a split or merge."""


@dataclass(frozen=True)
class CompareOptions:
    """What counts as a difference, and how finely redlines mark it."""

    ignore_case: bool = False
    ignore_whitespace: bool = False
    ignore_punctuation: bool = False
    granularity: Granularity = Granularity.WORD
    allow_cross_language: bool = False
    """Compare versions in different languages (normally refused: a diff of a text against
    its translation says nothing useful)."""
    align: AlignOptions = field(default_factory=AlignOptions)

    @property
    def ignores(self) -> bool:
        """True when any ignore option is on."""
        return self.ignore_case or self.ignore_whitespace or self.ignore_punctuation


def version_info(plan: PlanVersion) -> VersionInfo:
    """The provenance of a version as reports show it."""
    basis = date_basis(plan)
    return VersionInfo(
        document=plan.document, version=plan.version, title=plan.title,
        date=stated_date(plan.date),
        status=plan.status.value, text_kind=plan.text_kind.value,
        language=plan.language,
        sources=tuple((s.title, s.publisher, s.url, s.date.isoformat() if s.date else "")
                      for s in plan.sources),
        dated_by=basis.value if basis is not None else "")


def _check_ids(plan: PlanVersion) -> None:
    ids = [p.id for p in plan.walk()]
    if len(set(ids)) == len(ids):
        return
    counts = Counter(ids)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    if duplicates:
        problems = tuple(Problem(file=plan.ref, path="$.points",
                                 message=f"duplicate point id {d!r}", rule="unique-id")
                         for d in duplicates)
        raise InputError(problems[0].format(), problems)


def _children(points: Sequence[Point], index: Sequence[int]) -> list[Point]:
    """The sub-points of ``points[index...]`` as one sequence (the aligner's numbering)."""
    return [c for i in index for c in points[i].points]


def point_paths(points: Sequence[Point]) -> dict[str, str]:
    """Point id → where the point stands: its number after its ancestors' (``20`` then
    ``(b)`` gives ``20(b)``, ``3`` then ``a`` gives ``3.a``); a number that already begins
    with its parent's path (``10(a)`` under ``10``, ``[3a]`` under ``[3]``) stands alone."""
    paths: dict[str, str] = {}

    def visit(point: Point, above: str) -> None:
        number = point.number.strip()
        if not above or alnum(number).startswith(alnum(above)):
            path = number
        elif number[:1].isalnum():
            path = f"{above}.{number}"
        else:
            path = above + number
        paths[point.id] = path
        for sub in point.points:
            visit(sub, path)

    for top in points:
        visit(top, "")
    return paths


_new_change = Maker(Change)
"""``Change(**values)``: the same instance, made without the frozen dataclass's
``object.__setattr__`` call per field, which cost a third of the comparison's own work on a
5,000-point pair (:mod:`plandiff._frozen`)."""


class _Builder:
    def __init__(self, options: CompareOptions, old_ref: str = "",
                 not_reported: frozenset[str] = frozenset(),
                 across: Sequence[CrossPair] = (), old: PlanVersion | None = None,
                 new: PlanVersion | None = None) -> None:
        self.options = options
        self.old_ref = old_ref
        self.not_reported = not_reported
        # Sub-points paired across parents: the new one is a moved change where it stands,
        # the old one leaves no change where it stood (it is not removed).
        self.across_new = {cross.new: cross for cross in across}
        self.across_old = frozenset(cross.old for cross in across)
        self.old_index = old.point_index() if old is not None and across else {}
        self.new_index = new.point_index() if new is not None and across else {}
        self.old_paths = point_paths(old.points) if old is not None and across else {}
        self.new_paths = point_paths(new.points) if new is not None and across else {}

    def same(self, old: str, new: str) -> bool:
        if old == new or fold(old) == fold(new):  # typography is not change
            return True
        if not self.options.ignores:
            return False
        o = self.options

        def key(text: str) -> str:
            # Punctuation removal leaves spaces behind ("shall, at" → "shall  at"), so
            # ignoring punctuation also collapses whitespace runs.
            return normalise(text, case=o.ignore_case,
                             whitespace=o.ignore_whitespace or o.ignore_punctuation,
                             punctuation=o.ignore_punctuation, numbering=False, width=False)

        return key(old) == key(new)

    def pair(self, pair: Pair, old: Sequence[Point], new: Sequence[Point], depth: int,
             parent: str | None) -> Change:
        old_pts = [old[i] for i in pair.old_index]
        new_pts = [new[j] for j in pair.new_index]
        # Sub-points folded into (or carved out of) a partner's text join its group.
        if pair.absorbed_old:
            old_pts += [_children(old, pair.old_index)[k] for k in pair.absorbed_old]
        if pair.absorbed_new:
            new_pts += [_children(new, pair.new_index)[k] for k in pair.absorbed_new]
        old_text = old_pts[0].text if len(old_pts) == 1 else JOIN.join([p.text for p in old_pts])
        new_text = new_pts[0].text if len(new_pts) == 1 else JOIN.join([p.text for p in new_pts])
        spans = diff_texts(old_text, new_text, granularity=self.options.granularity)
        if pair.kind is PairKind.SPLIT:
            kind = ChangeKind.SPLIT
        elif pair.kind is PairKind.MERGE:
            kind = ChangeKind.MERGED
        elif self.same(old_text, new_text):
            kind = ChangeKind.UNCHANGED
        else:
            kind = ChangeKind.MODIFIED
        unchanged = kind is ChangeKind.UNCHANGED
        topics: set[str] = set()
        for point in (*old_pts, *new_pts):
            if point.topics:
                topics.update(point.topics)
        # Every field of Change in its order (tests/engine/test_compare.py checks it): the
        # instance Change(...) makes, without a keyword dict merged with the defaults.
        return new_frozen(Change, {
            "kind": kind, "old": tuple([p.id for p in old_pts]),
            "new": tuple([p.id for p in new_pts]),
            "old_numbers": tuple([p.number for p in old_pts]),
            "new_numbers": tuple([p.number for p in new_pts]),
            "moved": pair.moved, "renumbered": pair.renumbered,
            "similarity": 1.0 if unchanged else similarity(spans),
            "topics": tuple(sorted(topics)) if topics else (),
            "spans": spans,
            "flags": () if unchanged else find_flags(old_text, new_text, exact_spans(spans)),
            "depth": depth, "parent": parent, "declared": pair.declared, "reported": True,
            "evidence": pair.evidence.value, "confidence": pair.confidence,
            "score": round(pair.similarity, 4), "terms": pair.terms,
            "absorbed": bool(pair.absorbed_old or pair.absorbed_new), "leftover": pair.leftover,
            "channels": pair.channels, "position": pair.position, "links": pair.links,
            "join": pair.join, "across": False, "old_parent": None, "old_path": "",
            "new_path": ""})

    def lone(self, point: Point, kind: ChangeKind, depth: int,
             parent: str | None, reported: bool = True) -> Iterator[Change]:
        """An added or removed point and, after it, all its sub-points.

        No flags: every number and name of a point that came or went would be one, and the
        kind already says it. A removed point the new version does not report on (its
        ``not_reported`` list) is not reported, and neither are its sub-points."""
        added = kind is ChangeKind.ADDED
        if added and point.id in self.across_new:
            yield self.moved_across(self.across_new[point.id], depth, parent)
            for sub in point.points:
                yield from self.lone(sub, kind, depth + 1, point.id, reported)
            return
        if not added and point.id in self.across_old:
            for sub in point.points:  # it moved: only its sub-points may be removed here
                yield from self.lone(sub, kind, depth + 1, point.id, reported)
            return
        reported = reported and (added or f"{self.old_ref}#{point.id}" not in self.not_reported)
        op = SpanOp.INSERT if added else SpanOp.DELETE
        spans = (Span(op, point.text),) if point.text else ()
        yield _new_change(
            kind=kind, old=() if added else (point.id,), new=(point.id,) if added else (),
            old_numbers=() if added else (point.number,),
            new_numbers=(point.number,) if added else (),
            moved=False, renumbered=False, similarity=0.0, topics=tuple(sorted(point.topics)),
            spans=spans, flags=(), depth=depth, parent=parent, reported=reported)
        for sub in point.points:
            yield from self.lone(sub, kind, depth + 1, point.id, reported)

    def moved_across(self, cross: CrossPair, depth: int, parent: str | None) -> Change:
        """The change of a sub-point paired with one under another parent: a move, with the
        redline of its own text; its sub-points follow as changes of their own."""
        old, new = self.old_index[cross.old], self.new_index[cross.new]
        pair = Pair(old=(old.id,), new=(new.id,), old_index=(0,), new_index=(0,),
                    kind=PairKind.ONE_TO_ONE, evidence=cross.evidence,
                    similarity=cross.similarity, moved=True,
                    renumbered=number_key(old.number) != number_key(new.number),
                    confidence=cross.confidence, terms=cross.terms)
        change = self.pair(pair, [old], [new], depth, parent)
        return replace(change, across=True, old_parent=cross.old_parent,
                       old_path=self.old_paths[old.id], new_path=self.new_paths[new.id])

    def absorbed_descendants(self, pair: Pair, old: Sequence[Point], new: Sequence[Point],
                             depth: int) -> Iterator[Change]:
        """The sub-points of sub-points folded into (or carved out of) a partner's text.

        Only the absorbed point's own text joins the group (the aligner infers absorption for
        leaves only, but an author may declare it for any sub-point): its own sub-points went
        nowhere the alignment knows of, so they are removed (or added) right after it."""
        for k in pair.absorbed_old:
            point = _children(old, pair.old_index)[k]
            for sub in point.points:
                yield from self.lone(sub, ChangeKind.REMOVED, depth + 1, point.id)
        for k in pair.absorbed_new:
            point = _children(new, pair.new_index)[k]
            for sub in point.points:
                yield from self.lone(sub, ChangeKind.ADDED, depth + 1, point.id)

    def level(self, old: Sequence[Point], new: Sequence[Point], alignment: Alignment,
              depth: int, parent_old: str | None, parent_new: str | None) -> Iterator[Change]:
        """Changes of one level in new order, removed points where they stood."""
        groups: list[tuple[tuple[int, int, int], list[Change]]] = []
        anchor_of_old: dict[int, int] = {}
        for pair in alignment.pairs:
            anchor = min(pair.new_index)
            for i in pair.old_index:
                anchor_of_old[i] = anchor
            change = self.pair(pair, old, new, depth, parent_new)
            changes = [change]
            children = pair.children
            # (an alignment of no sub-points gives no change: it is not walked)
            if children is not None and (children.pairs or children.unmatched_new
                                         or children.unmatched_old):
                changes.extend(self.level(_children(old, pair.old_index),
                                          _children(new, pair.new_index), children,
                                          depth + 1, change.old[0], change.new[0]))
            if pair.absorbed_old or pair.absorbed_new:
                changes.extend(self.absorbed_descendants(pair, old, new, depth))
            groups.append(((anchor, 0, 0), changes))
        for j in alignment.unmatched_new:
            groups.append(((j, 0, 0), list(self.lone(new[j], ChangeKind.ADDED, depth,
                                                     parent_new))))
        anchor = -1
        removed = set(alignment.unmatched_old)
        for i in range(len(old)):
            if i in removed:
                groups.append(((anchor, 1, i), list(self.lone(old[i], ChangeKind.REMOVED,
                                                              depth, parent_old))))
            elif i in anchor_of_old:
                anchor = anchor_of_old[i]
        for _, changes in sorted(groups, key=lambda g: g[0]):
            yield from changes


def summarise(changes: Sequence[Change]) -> Summary:
    """Counts by kind (every depth), moved, renumbered, not reported, and kinds by topic
    (points the new version does not report on count in no topic)."""
    kinds = Counter(c.kind for c in changes)
    by_topic: dict[str, Counter[ChangeKind]] = {}
    for change in changes:
        if not change.reported:
            continue  # the new version says nothing of it: no topic gained or lost it
        for topic in change.topics:
            counts = by_topic.get(topic)
            if counts is None:  # (not setdefault: it would make a Counter every time)
                counts = by_topic[topic] = Counter()
            counts[change.kind] += 1
    reference = FlagKind.REFERENCE  # read once, not for every flag
    return Summary(
        unchanged=kinds[ChangeKind.UNCHANGED], modified=kinds[ChangeKind.MODIFIED],
        added=kinds[ChangeKind.ADDED], removed=kinds[ChangeKind.REMOVED],
        split=kinds[ChangeKind.SPLIT], merged=kinds[ChangeKind.MERGED],
        moved=sum(c.moved for c in changes), renumbered=sum(c.renumbered for c in changes),
        not_reported=sum(not c.reported for c in changes),
        review=sum(c.review for c in changes),
        references=sum(f.kind is reference for c in changes for f in c.flags),
        by_topic=tuple((topic, tuple((k.value, counts[k]) for k in ChangeKind))
                       for topic, counts in sorted(by_topic.items())))


def compare(old: PlanVersion, new: PlanVersion, *,
            options: CompareOptions | None = None) -> Comparison:
    """Compare two versions point by point.

    Raises :class:`UsageError` for versions in different languages (unless
    ``options.allow_cross_language``) and :class:`InputError` for duplicate point ids.
    """
    opts = options if options is not None else CompareOptions()
    # A comparison allocates millions of small objects, keeps many and makes no cycles: the
    # cyclic collector would scan the growing heap over and over to find nothing.
    with collector_paused():
        return _compare(old, new, opts)


def _compare(old: PlanVersion, new: PlanVersion, opts: CompareOptions) -> Comparison:
    if old.language != new.language and not opts.allow_cross_language:
        raise UsageError(
            f"{old.ref} is in {old.language!r} but {new.ref} is in {new.language!r}: a diff "
            "compares texts in one language (use --allow-cross-language to compare anyway)")
    _check_ids(old)
    _check_ids(new)
    alignment = align(old.points, new.points, old_ref=old.ref, new_ref=new.ref,
                      options=opts.align, never_old=never_paired_old(old, new),
                      never_new=never_paired_new(old, new))
    builder = _Builder(opts, old.ref, frozenset(new.not_reported), alignment.across, old,
                       new)
    changes = tuple(builder.level(old.points, new.points, alignment, 0, None, None))
    changes = stale_reference_flags(old, new, changes)
    return Comparison(old=version_info(old), new=version_info(new),
                      summary=summarise(changes), changes=changes)


def never_paired_old(old: PlanVersion, new: PlanVersion) -> frozenset[str]:
    """Ids of old points the aligner must leave unpaired: those the new version does not
    report on, and those a reviewer unlinked when the new version was added."""
    prefix = f"{old.ref}#"
    refs = (*new.not_reported, *(new.alignment.unlinked if new.alignment else ()))
    return frozenset(r[len(prefix):] for r in refs if r.startswith(prefix))


def never_paired_new(old: PlanVersion, new: PlanVersion) -> frozenset[str]:
    """Ids of new points a reviewer declared new (no predecessor in ``old``)."""
    if new.alignment is None or new.alignment.against != old.version:
        return frozenset()
    return frozenset(new.alignment.new)


def has_differences(comparison: Comparison) -> bool:
    """True when any change is not ``unchanged``, or any point moved or was renumbered."""
    return any(c.kind is not ChangeKind.UNCHANGED or c.moved or c.renumbered
               for c in comparison.changes)


__all__ = ["CompareOptions", "compare", "has_differences", "summarise", "version_info"]
