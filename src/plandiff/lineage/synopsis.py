"""``plandiff synopsis``: many versions side by side, one row per clause lineage (data only).

The "four-column document" of EU trilogues, built from the lineage plandiff already knows:

- columns are versions, in the order given (any documents, any number);
- rows are clause lineages. Two appearances share a row when the comparison engine pairs
  them between a column and the nearest earlier column of the same document and language
  (ids, ``derived_from``, text similarity, splits and merges), when they carry the same point
  id in two columns of the same document (a point the column before did not report on, or a
  translation), or when one's ``derived_from`` names the other (a clause moved into another
  document stays on its row);
- each cell holds the clause's text in that version, redlined against the nearest earlier
  column where the row has text (or against the ``base`` column), its change against that
  column, and marks: not in this version, not reported (the version's ``not_reported``),
  moved here from, renumbered, split, merged.

Rows follow the columns' document order: a row first seen in a later column is placed right
after the rows of the points before it in that column. Nothing here reads a clock or prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, Flag, Span, SpanOp
from plandiff.engine.flags import find_flags
from plandiff.engine.redline import diff_texts
from plandiff.errors import UsageError
from plandiff.plans.model import PlanVersion, Point, date_basis, stated_date
from plandiff.plans.refs import parse_point_ref

JOIN = "\n"
"""Separator of the texts of several points of one row in one column (a split or merge)."""


class CellState(StrEnum):
    """Whether a row's clause is in a column's version."""

    PRESENT = "present"
    ABSENT = "absent"
    """Not in this version."""
    NOT_REPORTED = "not-reported"
    """The version is known only in part and its sources do not cover this clause."""


@dataclass(frozen=True)
class SynopsisColumn:
    """One version (a column)."""

    document: str
    version: str
    title: str
    date: str
    status: str
    text_kind: str
    language: str
    dated_by: str = ""
    """Where a draft read in memory got its date (a :class:`~plandiff.plans.model.DatedBy`
    value; ``date`` is ``""`` when it has none); ``""`` for a plan file."""

    @property
    def ref(self) -> str:
        """``DOCUMENT@VERSION``."""
        return f"{self.document}@{self.version}"


@dataclass(frozen=True)
class CellPoint:
    """One point of a cell."""

    id: str
    number: str
    title: str | None


@dataclass(frozen=True)
class SynopsisCell:
    """A row's clause in one column."""

    state: CellState
    points: tuple[CellPoint, ...] = ()
    text: str = ""
    against: int | None = None
    """Index of the column the redline compares with (None: nothing to compare with)."""
    change: ChangeKind | None = None
    """Against ``against``: unchanged, modified, split, merged; ``added`` when an earlier
    column exists but none has the clause; None in the first column or across languages."""
    moved_from: str | None = None
    """Where the clause stood before when it moved: its number in the column before (same
    document), or ``DOCUMENT NUMBER`` when it came from another document."""
    renumbered_from: str | None = None
    """Its number in the column before when only the number changed."""
    spans: tuple[Span, ...] = ()
    """The redline; joining equal and insert spans gives ``text``."""
    flags: tuple[Flag, ...] = ()

    @property
    def numbers(self) -> tuple[str, ...]:
        """The numbers of the cell's points."""
        return tuple(p.number for p in self.points)

    @property
    def changed(self) -> bool:
        """True when the cell differs from what it is compared with (or is missing)."""
        return (self.state is not CellState.PRESENT
                or self.change in (ChangeKind.MODIFIED, ChangeKind.ADDED, ChangeKind.SPLIT,
                                   ChangeKind.MERGED)
                or self.moved_from is not None or self.renumbered_from is not None)


@dataclass(frozen=True)
class SynopsisRow:
    """One clause lineage across the columns."""

    key: str
    """``DOCUMENT@VERSION#POINT`` of the row's first appearance (stable, unique)."""
    label: str
    depth: int
    topics: tuple[str, ...]
    cells: tuple[SynopsisCell, ...]

    @property
    def changed(self) -> bool:
        """True when the clause is missing from a column or any cell differs from what it is
        compared with."""
        return any(c.changed for c in self.cells)


@dataclass(frozen=True)
class SynopsisFilters:
    """Which rows a synopsis keeps."""

    topics: tuple[str, ...] = ()
    """Keep rows with any of these topics (empty: all)."""
    changed_only: bool = False
    points: tuple[str, ...] = ()
    """Keep rows with a point of this id or number in any column (empty: all)."""


@dataclass(frozen=True)
class Synopsis:
    """Rows = clause lineages, columns = versions in the order given."""

    columns: tuple[SynopsisColumn, ...]
    rows: tuple[SynopsisRow, ...]
    base: int | None = None
    """Index of the column every cell is redlined against (None: the column before)."""
    filters: SynopsisFilters = SynopsisFilters()
    total_rows: int = 0
    """Rows before filtering."""


# --------------------------------------------------------------------------- building


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(self, x: tuple[int, str]) -> tuple[int, str]:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: tuple[int, str], b: tuple[int, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            first, second = sorted((ra, rb))
            self.parent[second] = first


@dataclass(frozen=True)
class _Arrival:
    """How a point of a column was reached from an earlier column."""

    moved: bool
    renumbered: bool
    old_numbers: tuple[str, ...]
    other_document: str | None = None


def _walk(plan: PlanVersion) -> Iterable[tuple[Point, int]]:
    stack: list[tuple[Point, int]] = [(p, 0) for p in reversed(plan.points)]
    while stack:
        point, depth = stack.pop()
        yield point, depth
        stack.extend((c, depth + 1) for c in reversed(point.points))


def _label(point: Point, limit: int = 60) -> str:
    text = point.title or " ".join(point.text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def column_of(plan: PlanVersion) -> SynopsisColumn:
    """The column describing ``plan``."""
    basis = date_basis(plan)
    return SynopsisColumn(document=plan.document, version=plan.version, title=plan.title,
                          date=stated_date(plan.date), status=plan.status.value,
                          text_kind=plan.text_kind.value, language=plan.language,
                          dated_by=basis.value if basis is not None else "")


def build_synopsis(plans: Sequence[PlanVersion], *, base: int | None = None,
                   filters: SynopsisFilters | None = None) -> Synopsis:
    """The synopsis of ``plans`` (columns in this order).

    Raises :class:`UsageError` for fewer than one version, a version given twice or a base
    index out of range."""
    filters = filters if filters is not None else SynopsisFilters()
    if not plans:
        raise UsageError("a synopsis needs at least one version")
    refs = [p.ref for p in plans]
    twice = sorted({r for r in refs if refs.count(r) > 1})
    if twice:
        raise UsageError(f"{twice[0]}: given twice (each version is one column)")
    if base is not None and not 0 <= base < len(plans):
        raise UsageError(f"--base: no column {base + 1}")
    union = _Union()
    points: list[dict[str, tuple[Point, int]]] = []
    for index, plan in enumerate(plans):
        found = {p.id: (p, d) for p, d in _walk(plan)}
        points.append(found)
        for point_id in found:
            union.find((index, point_id))
    arrivals: dict[tuple[int, str], _Arrival] = {}
    paired: set[tuple[int, str]] = set()
    column = {ref: i for i, ref in enumerate(refs)}
    for index, plan in enumerate(plans):
        before = next((j for j in range(index - 1, -1, -1)
                       if plans[j].document == plan.document
                       and plans[j].language == plan.language), None)
        if before is not None:
            comparison = compare(plans[before], plan)
            for change in comparison.changes:
                if not change.old or not change.new:
                    continue
                for old_id in change.old:
                    for new_id in change.new:
                        union.union((before, old_id), (index, new_id))
                for new_id in change.new:
                    paired.add((index, new_id))
                    # a sub-point from another parent: its full old place ("1(b)(i)")
                    arrivals[(index, new_id)] = _Arrival(
                        change.moved, change.renumbered,
                        (change.old_path,) if change.across else change.old_numbers)
        # Same id in an earlier column of the same document: a point the column before did
        # not report on, or a translation of one.
        for point_id in points[index]:
            if (index, point_id) in paired:
                continue
            earlier = next((j for j in range(index - 1, -1, -1)
                            if plans[j].document == plan.document and point_id in points[j]),
                           None)
            if earlier is not None:
                union.union((earlier, point_id), (index, point_id))
        # derived_from links into other columns (of any document).
        for point_id, (point, _) in points[index].items():
            for link in point.derived_from:
                parsed = parse_point_ref(link)
                if parsed is None or parsed.version_ref not in column:
                    continue
                other = column[parsed.version_ref]
                if other == index or parsed.point not in points[other]:
                    continue
                union.union((other, parsed.point), (index, point_id))
                if other < index and (index, point_id) not in arrivals:
                    source = plans[other]
                    arrivals[(index, point_id)] = _Arrival(
                        moved=source.document != plan.document, renumbered=False,
                        old_numbers=(points[other][parsed.point][0].number,),
                        other_document=(source.document if source.document != plan.document
                                        else None))
    order = _row_order(plans, union)
    members: dict[tuple[int, str], list[list[tuple[Point, int]]]] = {
        root: [[] for _ in plans] for root in order}
    for index, plan in enumerate(plans):
        for point, depth in _walk(plan):
            members[union.find((index, point.id))][index].append((point, depth))
    rows = [(root, _row(root, members[root], plans, arrivals, base)) for root in order]
    kept = tuple(row for root, row in rows if _keep(row, members[root], filters))
    return Synopsis(columns=tuple(column_of(p) for p in plans), rows=kept, base=base,
                    filters=filters, total_rows=len(rows))


def _row_order(plans: Sequence[PlanVersion], union: _Union) -> list[tuple[int, str]]:
    """Rows in the columns' document order: a row first seen in a later column goes right
    after the rows of the points before it in that column. Each row gets a sort key (a
    tuple): the first column's rows get (n,), a new row the largest key seen so far in its
    column extended by (0, n), which sorts after that key and before the next one."""
    keys: dict[tuple[int, str], tuple[int, ...]] = {}
    counter = 0
    for index, plan in enumerate(plans):
        previous: tuple[int, ...] = (0,)
        for point, _ in _walk(plan):
            root = union.find((index, point.id))
            if root not in keys:
                counter += 1
                keys[root] = (*previous, 0, counter)
            previous = max(previous, keys[root])
    return sorted(keys, key=keys.__getitem__)


def _row(root: tuple[int, str], cells: list[list[tuple[Point, int]]],
         plans: Sequence[PlanVersion], arrivals: dict[tuple[int, str], _Arrival],
         base: int | None) -> SynopsisRow:
    first_col = next(i for i, c in enumerate(cells) if c)
    depth = cells[first_col][0][1]
    refs = {f"{plans[i].ref}#{p.id}" for i, c in enumerate(cells) for p, _ in c}
    out: list[SynopsisCell] = []
    texts: list[str | None] = []
    for index, found in enumerate(cells):
        plan = plans[index]
        if not found:
            texts.append(None)
            reported = not any(r in plan.not_reported for r in refs)
            out.append(SynopsisCell(CellState.ABSENT if reported else CellState.NOT_REPORTED))
            continue
        pts = [p for p, _ in found]
        text = JOIN.join(p.text for p in pts)
        texts.append(text)
        against = base if base is not None and base != index else None
        if base is None:
            against = next((j for j in range(index - 1, -1, -1) if texts[j] is not None), None)
        elif against is not None and texts_of(cells[against]) is None:
            against = None
        out.append(_cell(pts, text, index, against, cells, plans, arrivals, base))
    last = next(p for c in reversed(cells) if c for p, _ in c[:1])
    topics = sorted({t for c in cells for p, _ in c for t in p.topics})
    return SynopsisRow(key=f"{plans[root[0]].ref}#{root[1]}", label=_label(last),
                       depth=depth, topics=tuple(topics),
                       cells=tuple(out))


def texts_of(found: list[tuple[Point, int]]) -> str | None:
    """The joined text of a cell's points, None when the cell is empty."""
    return JOIN.join(p.text for p, _ in found) if found else None


def _cell(pts: list[Point], text: str, index: int, against: int | None,
          cells: list[list[tuple[Point, int]]], plans: Sequence[PlanVersion],
          arrivals: dict[tuple[int, str], _Arrival], base: int | None) -> SynopsisCell:
    cell_points = tuple(CellPoint(p.id, p.number, p.title) for p in pts)
    arrival = arrivals.get((index, pts[0].id))
    moved_from = renumbered_from = None
    if arrival is not None and arrival.old_numbers:
        numbers = ", ".join(arrival.old_numbers)
        if arrival.other_document is not None:
            moved_from = f"{arrival.other_document} {numbers}"
        elif arrival.moved:
            moved_from = numbers
        elif arrival.renumbered:
            renumbered_from = numbers
    if against is None:
        earlier = index > 0 and (base is None or base != index)
        if earlier:
            return SynopsisCell(CellState.PRESENT, cell_points, text, None, ChangeKind.ADDED,
                                moved_from, renumbered_from, (Span(SpanOp.INSERT, text),))
        return SynopsisCell(CellState.PRESENT, cell_points, text, None, None, moved_from,
                            renumbered_from, (Span(SpanOp.EQUAL, text),) if text else ())
    old_text = texts_of(cells[against]) or ""
    if plans[against].language != plans[index].language:
        return SynopsisCell(CellState.PRESENT, cell_points, text, against, None, moved_from,
                            renumbered_from, (Span(SpanOp.EQUAL, text),) if text else ())
    spans = diff_texts(old_text, text)
    old_count = len(cells[against])
    if len(pts) > 1 and old_count <= 1:
        kind = ChangeKind.SPLIT
    elif old_count > 1 and len(pts) == 1:
        kind = ChangeKind.MERGED
    elif old_text == text:
        kind = ChangeKind.UNCHANGED
    else:
        kind = ChangeKind.MODIFIED
    flags = () if old_text == text else find_flags(old_text, text, spans)
    return SynopsisCell(CellState.PRESENT, cell_points, text, against, kind, moved_from,
                        renumbered_from, spans, flags)


def _keep(row: SynopsisRow, cells: list[list[tuple[Point, int]]],
          filters: SynopsisFilters) -> bool:
    if filters.topics and not set(filters.topics) & set(row.topics):
        return False
    if filters.changed_only and not row.changed:
        return False
    if filters.points:
        wanted = set(filters.points)
        if not any(p.id in wanted or p.number in wanted for c in cells for p, _ in c):
            return False
    return True


__all__ = ["CellPoint", "CellState", "Synopsis", "SynopsisCell", "SynopsisColumn",
           "SynopsisFilters", "SynopsisRow", "build_synopsis", "column_of"]
