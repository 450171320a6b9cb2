"""``plandiff history``: the life of one clause across every version and every document.

A *lineage graph* links appearances of points (``DOCUMENT@VERSION#POINT``):

- along every ``supersedes`` edge, the comparison engine pairs the points of the two versions
  (ids first, then the author's ``derived_from``, then text and similarity), so a clause is
  followed across renumbering, moves, splits and merges;
- every ``derived_from`` link is an edge too, from any version of any document, so a clause
  of the 28-point plan that moved into the bilateral guarantee or the reconstruction plan is
  followed there.

:func:`point_history` walks the graph from one point forwards (what became of it) and
backwards (where it came from) and gives every appearance with its text and every step with
its change: kind, word-level redline and meaning-shift flags. :func:`evolution_matrix` gives
one row per lineage of a document and one column per version (one language). The graph is
built lazily: only the comparisons the walk needs are computed.
"""

from __future__ import annotations

import difflib
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from plandiff._text import UnionFind
from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, Comparison, Flag, Span
from plandiff.engine.flags import find_flags
from plandiff.engine.redline import diff_texts, similarity
from plandiff.errors import InputError, UsageError
from plandiff.plans.corpus import Corpus
from plandiff.plans.model import PlanVersion, Point
from plandiff.plans.refs import parse_point_ref


class Via(StrEnum):
    """What links two appearances of a clause."""

    SAME_ID = "same-id"
    """Consecutive versions of one document, same point id."""
    ALIGNED = "aligned"
    """Consecutive versions; the aligner paired points with different ids."""
    DERIVED = "derived-from"
    """An author's ``derived_from`` link (within or across documents)."""


@dataclass(frozen=True)
class Appearance:
    """One point in one version."""

    ref: str
    """``DOCUMENT@VERSION#POINT``."""
    document: str
    version: str
    date: str
    language: str
    status: str
    version_title: str
    point: str
    number: str
    title: str | None
    text: str
    topics: tuple[str, ...]
    depth: int
    point_status: str | None = None

    @property
    def version_ref(self) -> str:
        """``DOCUMENT@VERSION``."""
        return f"{self.document}@{self.version}"


@dataclass(frozen=True)
class Step:
    """What happened between two appearances (``new`` is None when the clause was dropped)."""

    old: str
    new: str | None
    new_version: str
    """``DOCUMENT@VERSION`` of the version the step leads to."""
    kind: ChangeKind
    via: Via
    moved: bool
    renumbered: bool
    similarity: float
    spans: tuple[Span, ...]
    flags: tuple[Flag, ...]
    head: str | None = None
    """For a step along a supersedes edge: the first new point of its change (where a
    comparison report of the pair shows it); None for other steps."""
    across: tuple[str, str] | None = None
    """For a sub-point that moved to another parent in this step: where it stood and where
    it stands (``("1(b)", "2(c)")``, the comparison's ``old_path`` and ``new_path``)."""

    @property
    def cross_document(self) -> bool:
        """True when the step leaves the document of ``old``."""
        return self.old.split("@", 1)[0] != self.new_version.split("@", 1)[0]


@dataclass(frozen=True)
class PointHistory:
    """A clause's appearances (date order) and the steps between them."""

    document: str
    point: str
    language: str
    appearances: tuple[Appearance, ...]
    steps: tuple[Step, ...]
    versions: tuple[str, ...] = ()
    """Every version the history read (``DOCUMENT@VERSION``, sorted): its inputs."""

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents the clause appears in, the starting one first."""
        seen = dict.fromkeys([self.document, *(a.document for a in self.appearances)])
        return tuple(seen)

    def steps_into(self, ref: str) -> tuple[Step, ...]:
        """Steps arriving at the appearance ``ref``."""
        return tuple(s for s in self.steps if s.new == ref)

    def steps_from(self, ref: str) -> tuple[Step, ...]:
        """Steps leaving the appearance ``ref``."""
        return tuple(s for s in self.steps if s.old == ref)


@dataclass(frozen=True)
class Cell:
    """One point of one version in the evolution matrix."""

    point: str
    number: str
    kind: ChangeKind | None
    """Change against the superseded version; None in a version that supersedes nothing."""
    moved: bool = False
    renumbered: bool = False
    flags: int = 0
    ended: bool = False
    """The lineage ends here: removed (the cell shows the old number), or merged into
    another point (``into``)."""
    into: str | None = None
    """Number of the point this lineage merged into (``kind`` is merged, ``ended`` true)."""
    head: str | None = None
    """The first new point of the change this cell belongs to (where the comparison report
    of the column's version against the one it supersedes shows it)."""


@dataclass(frozen=True)
class MatrixRow:
    """One lineage of points through the versions of a document."""

    key: str
    """The point id the lineage starts with."""
    label: str
    """A short text of the clause (its title, or the start of its latest text)."""
    depth: int
    cells: tuple[Cell | None, ...]


@dataclass(frozen=True)
class MatrixColumn:
    """One version of the document."""

    version: str
    date: str
    status: str
    title: str
    supersedes: str | None


@dataclass(frozen=True)
class EvolutionMatrix:
    """Rows = lineages of points, columns = versions (one language)."""

    document: str
    language: str
    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]


# --------------------------------------------------------------------------- graph


@dataclass(frozen=True)
class _Node:
    plan: PlanVersion
    point: Point
    depth: int

    @property
    def ref(self) -> str:
        return f"{self.plan.ref}#{self.point.id}"


class LineageGraph:
    """The corpus as a lazily built graph of point appearances."""

    def __init__(self, corpus: Corpus, language: str | None = None) -> None:
        self.corpus = corpus
        self.language = language
        self._comparisons: dict[tuple[str, str], Comparison] = {}
        self._derived: dict[tuple[str, str], Step] = {}
        self.read: set[str] = set()
        """Versions whose content the walks used (the inputs of a history)."""

    @cached_property
    def _plans(self) -> dict[str, PlanVersion]:
        return {p.ref: p for p in self.corpus.plans
                if self.language is None or p.language == self.language}

    @cached_property
    def _depths(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for ref, plan in self._plans.items():
            depths: dict[str, int] = {}
            stack: list[tuple[Point, int]] = [(p, 0) for p in plan.points]
            while stack:
                point, depth = stack.pop()
                depths[point.id] = depth
                stack.extend((c, depth + 1) for c in point.points)
            out[ref] = depths
        return out

    @cached_property
    def _places(self) -> dict[str, dict[str, int]]:
        """Version ref → each point id's place in the version's text (a point before its
        sub-points)."""
        return {ref: {p.id: i for i, p in enumerate(plan.walk())}
                for ref, plan in self._plans.items()}

    def place(self, node: _Node) -> int:
        """Where ``node``'s point stands in its version's text."""
        return self._places[node.plan.ref][node.point.id]

    @cached_property
    def _successors(self) -> dict[str, list[PlanVersion]]:
        out: dict[str, list[PlanVersion]] = {}
        for plan in sorted(self._plans.values(), key=lambda p: (p.date, p.ref)):
            if plan.supersedes is not None:
                out.setdefault(f"{plan.document}@{plan.supersedes}", []).append(plan)
        return out

    @cached_property
    def _cited_by(self) -> dict[str, list[tuple[PlanVersion, Point]]]:
        """Point ref → the points (anywhere) whose ``derived_from`` names it."""
        out: dict[str, list[tuple[PlanVersion, Point]]] = {}
        for plan in sorted(self._plans.values(), key=lambda p: (p.date, p.ref)):
            for point in plan.walk():
                for ref in point.derived_from:
                    out.setdefault(ref, []).append((plan, point))
        return out

    def plan(self, ref: str) -> PlanVersion | None:
        """A version of the graph's language by ``DOCUMENT@VERSION``."""
        return self._plans.get(ref)

    def plans_of(self, document: str) -> list[PlanVersion]:
        """Versions of a document in date order."""
        return sorted((p for p in self._plans.values() if p.document == document),
                      key=lambda p: (p.date, p.version))

    def node(self, ref: str) -> _Node | None:
        """The appearance ``DOCUMENT@VERSION#POINT``, if it exists in the graph's language."""
        parsed = parse_point_ref(ref)
        if parsed is None:
            return None
        plan = self._plans.get(parsed.version_ref)
        if plan is None:
            return None
        point = plan.point_index().get(parsed.point)
        if point is None:
            return None
        return _Node(plan, point, self._depths[plan.ref].get(point.id, 0))

    def numbered(self, plan: PlanVersion, number: str) -> _Node | None:
        """The point of ``plan`` numbered ``number`` as a reader writes it (its number as
        the plan has it, or the one number that reads the same without brackets, dots,
        spaces or case), None if none or several are."""
        points = list(plan.walk())
        exact = [p for p in points if p.number == number.strip()]
        loose = exact or [p for p in points if p.number and _number_key(p.number)
                          == _number_key(number)]
        return self._make(plan, loose[0].id) if len(loose) == 1 else None

    def _make(self, plan: PlanVersion, point_id: str) -> _Node | None:
        point = plan.point_index().get(point_id)
        if point is None:
            return None
        return _Node(plan, point, self._depths[plan.ref].get(point_id, 0))

    def comparison(self, old: PlanVersion, new: PlanVersion) -> Comparison:
        """``compare(old, new)``, computed once."""
        key = (old.ref, new.ref)
        if key not in self._comparisons:
            self.read.update(key)
            self._comparisons[key] = compare(old, new)
        return self._comparisons[key]

    # -- steps ---------------------------------------------------------------------------

    def _step_from_change(self, old: _Node, new_plan: PlanVersion, new_id: str | None,
                          comparison: Comparison) -> Step | None:
        for change in comparison.changes:
            if old.point.id not in change.old:
                continue
            if new_id is None:
                if change.kind is not ChangeKind.REMOVED or not change.reported:
                    return None  # a partial version that does not report on it: no step
                return Step(old=old.ref, new=None, new_version=new_plan.ref,
                            kind=ChangeKind.REMOVED, via=Via.ALIGNED, moved=False,
                            renumbered=False, similarity=0.0, spans=change.spans, flags=(),
                            head=None)
            if new_id not in change.new:
                continue
            one_to_one = len(change.old) == 1 and len(change.new) == 1
            via = Via.SAME_ID if old.point.id == new_id else (
                Via.DERIVED if change.declared else Via.ALIGNED)
            if one_to_one:
                return Step(old=old.ref, new=f"{new_plan.ref}#{new_id}",
                            new_version=new_plan.ref, kind=change.kind, via=via,
                            moved=change.moved, renumbered=change.renumbered,
                            similarity=change.similarity, spans=change.spans,
                            flags=change.flags, head=change.new[0],
                            across=(change.old_path, change.new_path) if change.across
                            else None)
            new_point = new_plan.point_index()[new_id]
            return _text_step(old, f"{new_plan.ref}#{new_id}", new_plan.ref, new_point.text,
                              change.kind, via, moved=change.moved,
                              renumbered=old.point.number != new_point.number,
                              head=change.new[0])
        return None

    def forward(self, node: _Node) -> list[tuple[Step, _Node | None]]:
        """Steps out of ``node``: into each superseding version, and to every point (of any
        document) that names it in ``derived_from``."""
        out: list[tuple[Step, _Node | None]] = []
        reached: set[str] = set()
        for successor in self._successors.get(node.plan.ref, []):
            comparison = self.comparison(node.plan, successor)
            for change in comparison.changes:
                if node.point.id not in change.old:
                    continue
                if change.kind is ChangeKind.REMOVED:
                    step = self._step_from_change(node, successor, None, comparison)
                    if step is not None:
                        out.append((step, None))
                    continue
                for new_id in change.new:
                    target = self._make(successor, new_id)
                    step = self._step_from_change(node, successor, new_id, comparison)
                    if target is not None and step is not None and target.ref not in reached:
                        reached.add(target.ref)
                        out.append((step, target))
        for plan, point in self._cited_by.get(node.ref, []):
            target = self._make(plan, point.id)
            if target is None or target.ref in reached:
                continue
            reached.add(target.ref)
            self.read.add(plan.ref)
            out.append((self._derived_step(node, target), target))
        self.read.add(node.plan.ref)
        return out

    def backward(self, node: _Node) -> list[tuple[Step, _Node]]:
        """Steps into ``node``: from the superseded version, and from its ``derived_from``."""
        out: list[tuple[Step, _Node]] = []
        reached: set[str] = set()
        before = self.corpus.predecessor(node.plan)
        if before is not None and before.ref in self._plans:
            comparison = self.comparison(before, node.plan)
            for change in comparison.changes:
                if node.point.id not in change.new:
                    continue
                for old_id in change.old:
                    source = self._make(before, old_id)
                    if source is None or source.ref in reached:
                        continue
                    step = self._step_from_change(source, node.plan, node.point.id, comparison)
                    if step is not None:
                        reached.add(source.ref)
                        out.append((step, source))
        for ref in node.point.derived_from:
            source = self.node(ref)
            if source is None or source.ref in reached:
                continue
            reached.add(source.ref)
            self.read.add(source.plan.ref)
            out.append((self._derived_step(source, node), source))
        self.read.add(node.plan.ref)
        return out

    def _derived_step(self, old: _Node, new: _Node) -> Step:
        key = (old.ref, new.ref)
        if key not in self._derived:
            self._derived[key] = self._make_derived_step(old, new)
        return self._derived[key]

    def _make_derived_step(self, old: _Node, new: _Node) -> Step:
        citing = len(new.point.derived_from)
        cited = sum(1 for plan, _ in self._cited_by.get(old.ref, []) if plan.ref == new.plan.ref)
        if citing > 1:
            kind: ChangeKind | None = ChangeKind.MERGED
        elif cited > 1:
            kind = ChangeKind.SPLIT
        else:
            kind = None
        return _text_step(old, new.ref, new.plan.ref, new.point.text, kind, Via.DERIVED,
                          moved=False, renumbered=old.point.number != new.point.number)


def _text_step(old: _Node, new_ref: str, new_version: str, new_text: str,
               kind: ChangeKind | None, via: Via, *, moved: bool, renumbered: bool,
               head: str | None = None) -> Step:
    """A step computed from the two texts alone (derived links, parts of splits/merges)."""
    spans = diff_texts(old.point.text, new_text)
    unchanged = old.point.text == new_text
    if kind is None:
        kind = ChangeKind.UNCHANGED if unchanged else ChangeKind.MODIFIED
    return Step(old=old.ref, new=new_ref, new_version=new_version, kind=kind, via=via,
                moved=moved, renumbered=renumbered,
                similarity=1.0 if unchanged else similarity(spans), spans=spans,
                flags=() if unchanged else find_flags(old.point.text, new_text, spans),
                head=head)


# --------------------------------------------------------------------------- point history


def _appearance(node: _Node) -> Appearance:
    plan, point = node.plan, node.point
    return Appearance(
        ref=node.ref, document=plan.document, version=plan.version,
        date=plan.date.isoformat(), language=plan.language, status=plan.status.value,
        version_title=plan.title, point=point.id, number=point.number, title=point.title,
        text=point.text, topics=point.topics, depth=node.depth,
        point_status=point.status.value if point.status is not None else None)


def default_language(corpus: Corpus, document: str) -> str:
    """``en`` when the document has English versions, else the language of its first one."""
    plans = corpus.versions_of(document)
    if not plans:
        known = ", ".join(corpus.documents()) or "none"
        raise InputError(f"{document}: no such document (documents: {known})")
    languages = {p.language for p in plans}
    return "en" if "en" in languages else plans[0].language


def _check_language(corpus: Corpus, document: str, language: str) -> None:
    if not corpus.versions_of(document, language):
        have = sorted({p.language for p in corpus.versions_of(document)})
        raise UsageError(f"{document} has no version in {language!r} "
                         f"(languages: {', '.join(have) or 'none'})")


def _seeds(graph: LineageGraph, document: str, point: str) -> list[_Node]:
    """Where a history starts: the appearances of ``point`` (an id of ``document``, a number
    as a reader writes it, ``DOCUMENT#POINT``, or ``DOCUMENT@VERSION#POINT``)."""
    if point.startswith(f"{document}#"):
        point = point.removeprefix(f"{document}#")
    if "@" in point:
        version_ref, _, wanted = point.partition("#")
        plan = graph.plan(version_ref)
        found = graph.node(point) or (
            graph.numbered(plan, wanted) if plan is not None else None)
        if found is None:
            raise InputError(f"{point}: no such point (in {graph.language or 'any language'})")
        return [found]
    seeds = [n for n in (graph._make(p, point) for p in graph.plans_of(document))
             if n is not None]
    if not seeds:  # a number: the id of the point so numbered in the latest version
        numbered = (graph.numbered(p, point) for p in reversed(graph.plans_of(document)))
        found = next((n for n in numbered if n is not None), None)
        if found is not None:
            return _seeds(graph, document, found.point.id)
    if not seeds:
        ids = sorted({p.id for plan in graph.plans_of(document) for p in plan.walk()})
        close = difflib.get_close_matches(point, ids, n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise InputError(f"{document}: no point {point!r} in any version"
                         f" in {graph.language!r}{hint}")
    return seeds


_NUMBER_MARKS = re.compile(r"[\s().]+")
"""What a reader may write between a point's number and its sub-point's letter, or leave
out: ``21(d)`` is also ``21d``, ``21 (d)`` and ``21.d``."""


def _number_key(number: str) -> str:
    return _NUMBER_MARKS.sub("", number).casefold()


def point_history(corpus: Corpus, document: str, point: str,
                  language: str | None = None, *,
                  graph: LineageGraph | None = None) -> PointHistory:
    """The history of ``point`` (a point id of ``document``, or a full
    ``DOCUMENT@VERSION#POINT``): every appearance reachable forwards and backwards.
    ``graph`` (of the same corpus and language) shares comparisons between calls."""
    lang = language or default_language(corpus, document)
    _check_language(corpus, document, lang)
    if graph is None or graph.language != lang or graph.corpus is not corpus:
        graph = LineageGraph(corpus, lang)
    seeds = _seeds(graph, document, point)
    nodes: dict[str, _Node] = {n.ref: n for n in seeds}
    steps: dict[tuple[str, str], Step] = {}

    def walk(forwards: bool) -> None:
        queue = deque(seeds)
        seen = {n.ref for n in seeds}
        while queue:
            node = queue.popleft()
            pairs: Iterable[tuple[Step, _Node | None]] = (
                graph.forward(node) if forwards else graph.backward(node))
            for step, other in pairs:
                key = (step.old, step.new or step.new_version)
                steps.setdefault(key, step)
                if other is None:
                    continue
                nodes.setdefault(other.ref, other)
                if other.ref not in seen:
                    seen.add(other.ref)
                    queue.append(other)

    walk(True)
    walk(False)
    order = {ref: i for i, ref in enumerate(sorted(
        nodes, key=lambda r: (nodes[r].plan.date, nodes[r].plan.document != document,
                              nodes[r].plan.document, nodes[r].plan.version,
                              graph.place(nodes[r]))))}
    appearances = tuple(_appearance(nodes[r]) for r in sorted(nodes, key=order.__getitem__))
    ordered_steps = tuple(sorted(
        steps.values(),
        key=lambda s: (order[s.old], order.get(s.new or "", len(order)), s.new_version)))
    start = seeds[0].point.id
    return PointHistory(document=document, point=start, language=lang,
                        appearances=appearances, steps=ordered_steps,
                        versions=tuple(sorted(graph.read)))


# --------------------------------------------------------------------------- matrix


def _label(point: Point, limit: int = 60) -> str:
    text = point.title or " ".join(point.text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def evolution_matrix(corpus: Corpus, document: str, language: str | None = None, *,
                     graph: LineageGraph | None = None) -> EvolutionMatrix:
    """Rows = lineages of the document's points (in order of first appearance), columns =
    its versions in one language (date order), cells = number and change kind."""
    lang = language or default_language(corpus, document)
    _check_language(corpus, document, lang)
    if graph is None or graph.language != lang or graph.corpus is not corpus:
        graph = LineageGraph(corpus, lang)
    plans = graph.plans_of(document)
    column = {p.ref: i for i, p in enumerate(plans)}
    order: dict[str, int] = {}
    for plan in plans:
        for point in plan.walk():
            order[f"{plan.ref}#{point.id}"] = len(order)
    union: UnionFind[str] = UnionFind(order)
    union.add(order)
    kinds: dict[str, tuple[ChangeKind | None, bool, bool, int, str | None]] = {}
    removed_in: dict[str, list[str]] = {}
    merged_into: dict[str, list[tuple[str, str, str]]] = {}
    for plan in plans:
        before = corpus.predecessor(plan)
        if before is None or before.ref not in column:
            continue
        comparison = graph.comparison(before, plan)
        for change in comparison.changes:
            if change.kind is ChangeKind.REMOVED:
                if not change.reported:
                    continue  # not removed: the version does not report on it
                removed_in.setdefault(f"{before.ref}#{change.old[0]}", []).append(plan.ref)
                continue
            for new_id in change.new:
                kinds[f"{plan.ref}#{new_id}"] = (change.kind, change.moved, change.renumbered,
                                                 len(change.flags), change.new[0])
            if not change.old or not change.new:
                continue
            # One lineage per row: a one-to-one pair continues the row; a split or merge
            # continues it through the part with the same id, else through the first part.
            if len(change.old) == 1 and len(change.new) == 1:
                union.union(f"{before.ref}#{change.old[0]}", f"{plan.ref}#{change.new[0]}")
                continue
            shared = [i for i in change.new if i in change.old]
            old_id, new_id = (shared[0], shared[0]) if shared else (change.old[0],
                                                                     change.new[0])
            union.union(f"{before.ref}#{old_id}", f"{plan.ref}#{new_id}")
            if len(change.new) == 1:
                for other in change.old:
                    if other != old_id:
                        merged_into.setdefault(f"{before.ref}#{other}", []).append(
                            (plan.ref, change.new_numbers[0], change.new[0]))
    rows: dict[str, list[Cell | None]] = {}
    meta: dict[str, tuple[str, int, str]] = {}
    for plan in plans:
        for point in plan.walk():
            ref = f"{plan.ref}#{point.id}"
            root = union.find(ref)
            cells = rows.setdefault(root, [None] * len(plans))
            kind, moved, renumbered, flags, head = kinds.get(ref, (None, False, False, 0, None))
            cells[column[plan.ref]] = Cell(point=point.id, number=point.number, kind=kind,
                                           moved=moved, renumbered=renumbered, flags=flags,
                                           head=head)
            meta[root] = (meta[root][0] if root in meta else point.id,
                          graph._depths[plan.ref].get(point.id, 0), _label(point))
    for old_ref, successors in removed_in.items():
        root = union.find(old_ref)
        old_cell = rows[root][column[old_ref.split("#", 1)[0]]]
        for successor in successors:
            index = column[successor]
            if rows[root][index] is None and old_cell is not None:
                rows[root][index] = Cell(point=old_cell.point, number=old_cell.number,
                                         kind=ChangeKind.REMOVED, ended=True)
    for old_ref, targets in merged_into.items():
        root = union.find(old_ref)
        for successor, number, point_id in targets:
            index = column[successor]
            if rows[root][index] is None:
                rows[root][index] = Cell(point=point_id, number=number,
                                         kind=ChangeKind.MERGED, ended=True, into=number)
    ordered = sorted(rows, key=lambda r: order[r])
    columns = tuple(MatrixColumn(version=p.version, date=p.date.isoformat(),
                                 status=p.status.value, title=p.title, supersedes=p.supersedes)
                    for p in plans)
    return EvolutionMatrix(
        document=document, language=lang, columns=columns,
        rows=tuple(MatrixRow(key=meta[r][0], label=meta[r][2], depth=meta[r][1],
                             cells=tuple(rows[r])) for r in ordered))


# --------------------------------------------------------------------------- inputs


def history_inputs(corpus: Corpus, document: str, language: str) -> tuple[str, ...]:
    """Every version a history page of ``document`` in ``language`` may read, found without
    comparing anything: the versions reachable from the document's versions forwards and
    backwards along ``supersedes`` and ``derived_from`` (a superset of what the page uses)."""
    plans = {p.ref: p for p in corpus.plans if p.language == language}
    forward: dict[str, set[str]] = {ref: set() for ref in plans}
    backward: dict[str, set[str]] = {ref: set() for ref in plans}
    for plan in plans.values():
        sources = set()
        if plan.supersedes is not None:
            sources.add(f"{plan.document}@{plan.supersedes}")
        for point in plan.walk():
            for ref in point.derived_from:
                parsed = parse_point_ref(ref)
                if parsed is not None:
                    sources.add(parsed.version_ref)
        for source in sources:
            if source in plans and source != plan.ref:
                forward[source].add(plan.ref)
                backward[plan.ref].add(source)
    seeds = [ref for ref, plan in plans.items() if plan.document == document]
    found: set[str] = set(seeds)
    for graph in (forward, backward):
        queue = deque(seeds)
        seen = set(seeds)
        while queue:
            ref = queue.popleft()
            for other in sorted(graph[ref]):
                if other not in seen:
                    seen.add(other)
                    found.add(other)
                    queue.append(other)
    return tuple(sorted(found))


@dataclass(frozen=True)
class DocumentHistory:
    """A document's matrix and the history of every lineage in it (the history page)."""

    matrix: EvolutionMatrix
    histories: tuple[PointHistory, ...] = field(default=())


def document_history(corpus: Corpus, document: str, language: str | None = None,
                     points: Sequence[str] | None = None) -> DocumentHistory:
    """The matrix plus one :class:`PointHistory` per row (or per id in ``points``)."""
    lang = language or default_language(corpus, document)
    graph = LineageGraph(corpus, lang)
    matrix = evolution_matrix(corpus, document, lang, graph=graph)
    keys = list(points) if points is not None else [row.key for row in matrix.rows]
    histories = tuple(point_history(corpus, document, key, lang, graph=graph) for key in keys)
    return DocumentHistory(matrix=matrix, histories=histories)
