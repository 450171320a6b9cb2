"""The Word redline: a comparison as a .docx whose changes are real tracked revisions.

The document holds the new version's text; every difference is a revision Word (and pandoc,
and LibreOffice) can accept or reject: ``w:ins``/``w:del`` from the comparison's spans, moved
points as ``w:moveFrom``/``w:moveTo`` with named move ranges, renumbering as a deleted old and
an inserted new number, added and removed points with their paragraph marks inserted or
deleted, and split/merge boundaries as inserted or deleted paragraph marks. Accepting every
revision gives the new version's points, in order, each as ``number<TAB>[title<BR>]text``;
rejecting every revision gives the old version's points the same way. Meaning-shift flags
are Word comments on the span they concern. Point numbers are text, never Word numbering.

The first page is titled with the document's own title (a revision from the old title to
the new one when it changed; the Title property is the new one), so the file imports as the
new version; below it, both versions' provenance, the counts by kind and the renumbering map.
Every revision's author is the new version's first party ("plandiff" when it names none),
its date the new version's date.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from plandiff.engine.comparison import Change, ChangeKind, Comparison, Flag, SpanOp
from plandiff.plans.model import UNDATED, PlanVersion, Point, Source, stated_date
from plandiff.render.common import source_name, version_date
from plandiff.render.docx.document import Document, point_style
from plandiff.render.docx.ooxml import el
from plandiff.render.docx.tables import TextOf, split_table
from plandiff.render.report.i18n import choose_language, labels, value_label
from plandiff.sourcedate import report_date

if TYPE_CHECKING:
    from plandiff.render.docx.ooxml import Element


class Op(StrEnum):
    """What a piece of the document is to a reviewer."""

    EQUAL = "equal"
    DELETE = "del"
    INSERT = "ins"
    MOVE_FROM = "moveFrom"
    MOVE_TO = "moveTo"


_SPAN_OPS = {SpanOp.EQUAL: Op.EQUAL, SpanOp.DELETE: Op.DELETE, SpanOp.INSERT: Op.INSERT}
_DELETED = frozenset({Op.DELETE, Op.MOVE_FROM})


@dataclass(frozen=True)
class Item:
    """A piece of text with its revision (``role``: number, title or text)."""

    op: Op
    text: str
    role: str = "text"


@dataclass(frozen=True)
class Marker:
    """A zero-width element: a comment or move range boundary."""

    tag: str
    id: int
    name: str = ""


@dataclass
class Para:
    """One point paragraph: its pieces and the revision of its paragraph mark."""

    depth: int
    items: list[Item | Marker] = field(default_factory=list)
    mark: Op = Op.EQUAL
    owner: str | None = None
    """The old point whose text this paragraph holds (once every change is rejected)."""
    new_owner: str | None = None
    """The new point whose text this paragraph holds (once every change is accepted)."""


@dataclass
class _Floating:
    """Paragraphs that stand where old points stood: removed points, moved-from text."""

    order: int
    paras: list[Para]
    old_ids: frozenset[str]


@dataclass
class _Revisions:
    author: str
    date: str
    next_id: int = 1

    @property
    def dated(self) -> dict[str, str]:
        """``w:date``, which an undated draft's changes go without (it is optional)."""
        return {"w:date": self.date} if self.date else {}

    def attrs(self) -> dict[str, str | int]:
        ident = self.next_id
        self.next_id += 1
        return {"w:id": ident, "w:author": self.author, **self.dated}

    def new_id(self) -> int:
        ident = self.next_id
        self.next_id += 1
        return ident


def _label(point: Point, op: Op) -> list[Item | Marker]:
    items: list[Item | Marker] = [Item(op, point.number, "number"), Item(op, "\t")]
    if point.title:
        items.append(Item(op, point.title + "\n", "title"))
    return items


def _prefix(old: Point | None, new: Point | None) -> list[Item | Marker]:
    """The number (and title) opening a paragraph where ``old`` and/or ``new`` start."""
    if new is None:
        return [] if old is None else _label(old, Op.DELETE)
    if old is None:
        return _label(new, Op.INSERT)
    items: list[Item | Marker] = []
    if old.number == new.number:
        items.append(Item(Op.EQUAL, new.number, "number"))
    else:
        items += [Item(Op.DELETE, old.number, "number"), Item(Op.INSERT, new.number, "number")]
    items.append(Item(Op.EQUAL, "\t"))
    if old.title == new.title:
        if new.title:
            items.append(Item(Op.EQUAL, new.title + "\n", "title"))
    else:
        if old.title:
            items.append(Item(Op.DELETE, old.title + "\n", "title"))
        if new.title:
            items.append(Item(Op.INSERT, new.title + "\n", "title"))
    return items


def _joins(points: Sequence[Point]) -> frozenset[int]:
    """Offsets of the newline that joins the texts of several points (compare.JOIN)."""
    offsets, position = [], 0
    for point in points[:-1]:
        position += len(point.text)
        offsets.append(position)
        position += 1
    return frozenset(offsets)


def _flag_span(change: Change, flag: Flag) -> int:
    """Index of the span a flag's comment is anchored on."""
    wanted = ((SpanOp.INSERT, flag.new), (SpanOp.EQUAL, flag.new), (SpanOp.DELETE, flag.old),
              (SpanOp.EQUAL, flag.old))
    for op, text in wanted:
        if not text:
            continue
        for index, span in enumerate(change.spans):
            if span.op is op and text in span.text:
                return index
    for index, span in enumerate(change.spans):
        if span.op is not SpanOp.EQUAL:
            return index
    return 0


def change_paras(change: Change, old_pts: Sequence[Point], new_pts: Sequence[Point],
                 anchors: Mapping[int, Sequence[int]] | None = None,
                 depths: tuple[Mapping[str, int], Mapping[str, int]] | None = None
                 ) -> list[Para]:
    """The paragraphs of one change: revisions from its spans, split and merge boundaries
    as paragraph marks, numbers and titles as prefixes. With ``depths`` (each old and new
    point's depth by id), a paragraph a sub-point of the change opens is set as deep below
    the change's as that point stands below its first point (a merged point's (a), (b) set
    in under it, as every other sub-point is)."""
    anchors = anchors or {}
    old_joins = _joins(old_pts) if "\n".join(p.text for p in old_pts) == change.old_text \
        else frozenset()
    new_joins = _joins(new_pts) if "\n".join(p.text for p in new_pts) == change.new_text \
        else frozenset()
    paras = [Para(change.depth, _prefix(old_pts[0] if old_pts else None,
                                        new_pts[0] if new_pts else None),
                  owner=old_pts[0].id if old_pts else None,
                  new_owner=new_pts[0].id if new_pts else None)]
    oi = ni = o = n = 0

    def flush(op: Op, text: str) -> None:
        if text:
            paras[-1].items.append(Item(op, text))

    def depth_of(old_start: bool, new_start: bool) -> int:
        if depths is None:
            return change.depth
        points, depth = ((new_pts, depths[1]) if new_start and ni < len(new_pts)
                         else (old_pts, depths[0]) if old_start and oi < len(old_pts)
                         else ((), depths[0]))
        if not points:
            return change.depth
        at = points[ni if points is new_pts else oi]
        below = depth.get(at.id, 0) - depth.get(points[0].id, 0)
        return change.depth + max(0, below)

    def close(mark: Op, old_start: bool, new_start: bool) -> None:
        paras[-1].mark = mark
        prefix = _prefix(old_pts[oi] if old_start and oi < len(old_pts) else None,
                         new_pts[ni] if new_start and ni < len(new_pts) else None)
        owner = old_pts[min(oi, len(old_pts) - 1)].id if old_pts else None
        new_owner = new_pts[min(ni, len(new_pts) - 1)].id if new_pts else None
        paras.append(Para(depth_of(old_start, new_start), prefix, owner=owner,
                          new_owner=new_owner))

    for index, span in enumerate(change.spans):
        op = _SPAN_OPS[span.op]
        paras[-1].items += [Marker("commentRangeStart", c) for c in anchors.get(index, ())]
        buffer: list[str] = []
        for char in span.text:
            old_join = char == "\n" and span.op is not SpanOp.INSERT and o in old_joins
            new_join = char == "\n" and span.op is not SpanOp.DELETE and n in new_joins
            if old_join or new_join:
                flush(op, "".join(buffer))
                buffer = []
                oi += old_join
                ni += new_join
                if old_join and new_join:
                    close(Op.EQUAL, True, True)
                elif old_join:
                    if op is Op.EQUAL:
                        flush(Op.INSERT, "\n")
                    close(Op.DELETE, True, False)
                else:
                    if op is Op.EQUAL:
                        flush(Op.DELETE, "\n")
                    close(Op.INSERT, False, True)
            else:
                buffer.append(char)
            o += span.op is not SpanOp.INSERT
            n += span.op is not SpanOp.DELETE
        flush(op, "".join(buffer))
        for comment in anchors.get(index, ()):
            paras[-1].items += [Marker("commentRangeEnd", comment),
                                Marker("commentReference", comment)]
    paras[-1].mark = (Op.EQUAL if old_pts and new_pts
                      else Op.INSERT if new_pts else Op.DELETE)
    return paras


def as_move_to(paras: Sequence[Para]) -> list[Para]:
    """Paragraphs at a moved point's new place: kept text becomes moved-to text, deleted
    text and paragraph marks are left out (the old text stands at the old place)."""
    out: list[Para] = []
    carry: list[Item | Marker] = []
    for para in paras:
        items: list[Item | Marker] = list(carry)
        carry = []
        for item in para.items:
            if isinstance(item, Marker):
                items.append(item)
            elif item.op is Op.EQUAL:
                items.append(Item(Op.MOVE_TO, item.text, item.role))
            elif item.op is Op.INSERT:
                items.append(item)
        if para.mark is Op.DELETE:
            carry = items
            continue
        out.append(Para(para.depth, items, Op.MOVE_TO if para.mark is Op.EQUAL else para.mark,
                        new_owner=para.new_owner))
    if carry and out:
        out[-1].items += carry
    return out


class _Pieces(TextOf[Item | Marker]):
    """A paragraph's items as :func:`~.tables.split_table` sees them."""

    def text(self, piece: Item | Marker) -> str | None:
        return piece.text if isinstance(piece, Item) else None

    def kept(self, piece: Item | Marker) -> bool:
        return isinstance(piece, Marker) or piece.op is Op.EQUAL

    def view(self, piece: Item | Marker, accepted: bool) -> bool:
        if isinstance(piece, Marker):
            return False
        return piece.op not in (_DELETED if accepted else (Op.INSERT, Op.MOVE_TO))

    def copy(self, piece: Item | Marker, text: str) -> Item | Marker:
        return Item(piece.op, text, piece.role) if isinstance(piece, Item) else piece


_PIECES = _Pieces()


COVER_SOURCES = 3
"""Sources listed per version on the first page (all of them are under "Sources and notes")."""


def _source_line(source: Source, t: Mapping[str, str]) -> str:
    date = source.date.isoformat() if source.date else t["no_date"]
    label = f"[{source.id}] " if source.id else ""
    return f"{label}{source_name(source)}, {date}\n{source.url}"


def _walk_depths(points: Sequence[Point], depth: int = 0) -> Iterator[tuple[Point, int]]:
    for point in points:
        yield point, depth
        yield from _walk_depths(point.points, depth + 1)


def _flag_text(flag: Flag, t: Mapping[str, str]) -> str:
    label = value_label(t, "flag", flag.kind.value)
    if flag.old and flag.new:
        return f"⚑ {label}: {flag.old} → {flag.new}"
    if flag.new:
        return "⚑ " + t["flag_added"].format(label=label) + f": {flag.new}"
    return "⚑ " + t["flag_removed"].format(label=label) + f": {flag.old}"


class _Writer:
    def __init__(self, comparison: Comparison, old: PlanVersion, new: PlanVersion,
                 t: Mapping[str, str]) -> None:
        self.comparison = comparison
        self.old, self.new = old, new
        self.t = t
        self.doc = Document(new.language)
        author = new.parties[0] if new.parties else "plandiff"
        # an undated draft's changes carry no date (w:date is optional), never 1 Jan 1970
        day = stated_date(new.date)
        self.rev = _Revisions(author, f"{day}T00:00:00Z" if day else "")
        self.old_index = old.point_index()
        self.new_index = new.point_index()
        self.old_depth = {p.id: d for p, d in _walk_depths(old.points)}
        self.old_order = {p.id: i for i, (p, _) in enumerate(_walk_depths(old.points))}
        self.old_walk = [p.id for p, _ in _walk_depths(old.points)]
        self.new_walk = [p.id for p, _ in _walk_depths(new.points)]
        self.new_order = {p: i for i, p in enumerate(self.new_walk)}
        self.new_depth = {p.id: d for p, d in _walk_depths(new.points)}
        self.moves = 0

    # ------------------------------------------------------------------ the point groups

    def anchors(self, change: Change) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for flag in change.flags:
            comment = self.doc.comment(self.rev.author, self.rev.date, _flag_text(flag, self.t))
            found.setdefault(_flag_span(change, flag), []).append(comment)
        if not change.reported:
            comment = self.doc.comment(self.rev.author, self.rev.date,
                                       self.t["kind.not-reported"])
            found.setdefault(0, []).append(comment)
        if change.across:  # moved to another point: the note says from where to where
            comment = self.doc.comment(self.rev.author, self.rev.date, self.t[
                "moved_across"].format(old=change.old_path, new=change.new_path))
            found.setdefault(0, []).append(comment)
        return found

    def paras_of(self, change: Change) -> list[Para]:
        old_pts = [self.old_index[i] for i in change.old if i in self.old_index]
        new_pts = [self.new_index[i] for i in change.new if i in self.new_index]
        return change_paras(change, old_pts, new_pts, self.anchors(change),
                            (self.old_depth, self.new_depth))

    def contiguous(self, ids: Sequence[str], order: Mapping[str, int],
                   skip: frozenset[str]) -> bool:
        """True when ``ids`` follow each other in ``order`` (ignoring ``skip``), listed in
        that order: a split may list a part's own sub-point after the next part (old 1 →
        new 3, new 4 and new 3(a)), and its paragraphs, written in the change's order, would
        then put 3(a) under 4."""
        listed = [order[i] for i in ids if i in order]
        positions = sorted(listed)
        between = {i for i, k in order.items() if positions and positions[0] <= k <= positions[-1]}
        return listed == positions and between - skip == set(ids)

    def lone(self, point: Point, depth: int, op: Op) -> Para:
        """A whole point as one deleted or inserted paragraph."""
        deleted = op is Op.DELETE
        return Para(depth, [*_label(point, op), Item(op, point.text)], op,
                    owner=point.id if deleted else None,
                    new_owner=None if deleted else point.id)

    def point_paras(self) -> list[Para]:
        """Every point paragraph: changes in the new order, then removed points and moved-from
        text placed right after the paragraph of the old point that came before them.

        A split or merge whose points are not next to each other (another point, or a
        sub-point, stands between them) cannot be one group of paragraphs in both orders:
        its old points are removed and its new points added, each where it stood. A last
        check accepts and rejects every revision; should it ever fail, the document falls
        back to every old point deleted, then every new point inserted."""
        paras = self._arranged()
        if self._replay(paras, accept=True) != self._expected(self.new) or \
                self._replay(paras, accept=False) != self._expected(self.old):
            paras = [self.lone(p, d, Op.DELETE) for p, d in _walk_depths(self.old.points)]
            paras += [self.lone(p, d, Op.INSERT) for p, d in _walk_depths(self.new.points)]
        return paras

    @staticmethod
    def _expected(plan: PlanVersion) -> list[str]:
        return [f"{p.number}\t{p.title + chr(10) if p.title else ''}{p.text}"
                for p in plan.walk()]

    @staticmethod
    def _replay(paras: Sequence[Para], *, accept: bool) -> list[str]:
        gone = (Op.DELETE, Op.MOVE_FROM) if accept else (Op.INSERT, Op.MOVE_TO)
        out: list[str] = []
        pending = ""
        for para in paras:
            pending += "".join(i.text for i in para.items
                               if isinstance(i, Item) and i.op not in gone)
            if para.mark not in gone:
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
        return [text for text in out if text]

    def _arranged(self) -> list[Para]:
        changes = self.comparison.changes
        removed = frozenset(i for c in changes if not c.new for i in c.old)
        paras: list[Para] = []
        floating: list[_Floating] = []
        arriving: list[_Floating] = []
        index = 0
        while index < len(changes):
            change = changes[index]
            if not change.new:
                ids = frozenset(change.old)
                floating.append(_Floating(min(self.old_order[i] for i in ids),
                                          self.paras_of(change), ids))
                index += 1
                continue
            if not change.old:
                paras += self.paras_of(change)
                index += 1
                continue
            if not (self.contiguous(change.old, self.old_order, removed)
                    and self.contiguous(change.new, self.new_order, frozenset())):
                end = self._subtree_end(index)
                for each in changes[index:end]:
                    for ident in each.old:
                        floating.append(_Floating(self.old_order[ident], [self.lone(
                            self.old_index[ident], self.old_depth[ident], Op.DELETE)],
                            frozenset({ident})))
                    for ident in each.new:
                        arriving.append(_Floating(self.new_order[ident], [self.lone(
                            self.new_index[ident], self.new_depth[ident], Op.INSERT)],
                            frozenset({ident})))
                index = end
                continue
            if not change.moved:
                paras += self.paras_of(change)
                index += 1
                continue
            end = self._subtree_end(index)
            name = f"move{self.moves + 1}"
            self.moves += 1
            moved_to = as_move_to([p for c in changes[index:end] for p in self.paras_of(c)])
            self._range(moved_to, "moveTo", name)
            paras += moved_to
            # The old points this block's changes hold: a sub-point that moved to another
            # parent has a change (and a move) of its own, elsewhere.
            held = {i for c in changes[index:end] for i in c.old}
            subtree = list({p.id: p for i in change.old if i in self.old_index
                            for p, _ in _walk_depths([self.old_index[i]])
                            if p.id in held}.values())
            subtree.sort(key=lambda p: self.old_order[p.id])
            moved_from = [Para(self.old_depth[p.id], [*_label(p, Op.MOVE_FROM),
                                                      Item(Op.MOVE_FROM, p.text)],
                               Op.MOVE_FROM, owner=p.id)
                          for p in subtree]
            self._range(moved_from, "moveFrom", name)
            ids = frozenset(p.id for p in subtree)
            floating.append(_Floating(min(self.old_order[i] for i in ids), moved_from, ids))
            # A sub-point the block gained from another old point (one whose parent was
            # removed) is none of that subtree: its old text is deleted where it stood.
            for ident in sorted(held - ids, key=lambda i: self.old_order.get(i, 0)):
                if ident in self.old_index:
                    floating.append(_Floating(self.old_order[ident], [self.lone(
                        self.old_index[ident], self.old_depth[ident], Op.DELETE)],
                        frozenset({ident})))
            index = end
        self._place(paras, arriving, self.new_walk, new=True)
        self._place(paras, floating, self.old_walk, new=False)
        return paras

    def _subtree_end(self, index: int) -> int:
        """The index after the last change below ``changes[index]``."""
        changes = self.comparison.changes
        end = index + 1
        while end < len(changes) and changes[end].depth > changes[index].depth:
            end += 1
        return end

    @staticmethod
    def _place(paras: list[Para], blocks: Sequence[_Floating], walk: Sequence[str], *,
               new: bool) -> None:
        for block in sorted(blocks, key=lambda f: f.order):
            before = next((walk[k] for k in range(block.order - 1, -1, -1)
                           if walk[k] not in block.old_ids), None)
            place = 0
            if before is not None:
                for position, para in enumerate(paras):
                    if (para.new_owner if new else para.owner) == before:
                        place = position + 1
            paras[place:place] = block.paras

    def _range(self, paras: list[Para], kind: str, name: str) -> None:
        if not paras:
            return
        ident = self.rev.new_id()
        paras[0].items.insert(0, Marker(f"{kind}RangeStart", ident, name))
        paras[-1].items.append(Marker(f"{kind}RangeEnd", ident))

    # ---------------------------------------------------------------------- XML of points

    def blocks(self, para: Para) -> list[Element]:
        """A point's paragraph, and the table ending it as a Word table (:mod:`.tables`)
        when its paragraph mark stands in both versions."""
        found = split_table(para.items, _PIECES) if para.mark is Op.EQUAL else None
        if found is None:
            return [self.paragraph(para)]
        head = Para(para.depth, found.before, para.mark, para.owner, para.new_owner)
        columns = len(found.rows[0])
        grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": 9000 // columns})
                                       for _ in range(columns)))
        table = el("w:tbl", None, el("w:tblPr", None, el("w:tblStyle", {"w:val": "Grid"}),
                                     el("w:tblW", {"w:w": 0, "w:type": "auto"})), grid)
        for cells in found.rows:
            row = el("w:tr")
            for items in cells:
                cell = el("w:tc", None, el("w:tcPr", None, el(
                    "w:tcW", {"w:w": 9000 // columns, "w:type": "dxa"})))
                cell.append(self.fill(self.doc.paragraph("TableText"), items))
                row.append(cell)
            table.append(row)
        return [self.paragraph(head), table]

    def paragraph(self, para: Para) -> Element:
        mark = None if para.mark is Op.EQUAL else el(f"w:{para.mark.value}", self.rev.attrs())
        return self.fill(self.doc.paragraph(point_style(para.depth), mark=mark), para.items)

    def fill(self, node: Element, items: Sequence[Item | Marker]) -> Element:
        """``node`` (a paragraph) with the runs of ``items``, each revision in its mark."""
        wrapper: Element | None = None
        wrapper_op: Op | None = None
        for item in items:
            if isinstance(item, Marker):
                wrapper, wrapper_op = None, None
                node.append(self.marker(item))
                continue
            run = self.doc.run(item.text, deleted=item.op in _DELETED,
                               bold=item.role in ("number", "title"))
            if item.op is Op.EQUAL:
                wrapper, wrapper_op = None, None
                node.append(run)
                continue
            if wrapper is None or wrapper_op is not item.op:
                wrapper = el(f"w:{item.op.value}", self.rev.attrs())
                wrapper_op = item.op
                node.append(wrapper)
            wrapper.append(run)
        return node

    def marker(self, marker: Marker) -> Element:
        if marker.tag == "commentReference":
            return el("w:r", None, el("w:commentReference", {"w:id": marker.id}))
        if marker.tag.endswith("RangeStart") and marker.tag.startswith("move"):
            return el(f"w:{marker.tag}", {"w:id": marker.id, "w:name": marker.name,
                                          "w:author": self.rev.author, **self.rev.dated})
        return el(f"w:{marker.tag}", {"w:id": marker.id})

    # ------------------------------------------------------------------------ first page

    def cover(self) -> None:
        t, doc, comparison = self.t, self.doc, self.comparison
        # The document's own title, as a revision when it changed (accepting gives the new
        # title, rejecting the old): a reader of the file (and plandiff's import) takes the
        # Title paragraph as the document's name. The report's name is the subtitle.
        title = doc.paragraph("Title")
        if self.old.title == self.new.title:
            title.append(doc.run(self.new.title))
        else:
            for op, text in ((Op.DELETE, self.old.title), (Op.INSERT, self.new.title)):
                if text:
                    wrapper = el(f"w:{op.value}", self.rev.attrs())
                    wrapper.append(doc.run(text, deleted=op is Op.DELETE))
                    title.append(wrapper)
        doc.add(title)
        doc.text(f"{t['report_title']} · "
                 + t["report_subtitle"].format(old=self.old.ref, new=self.new.ref), "Subtitle")

        def sources(plan: PlanVersion) -> str:
            shown = [_source_line(s, t) for s in plan.sources[:COVER_SOURCES]]
            if len(plan.sources) > COVER_SOURCES:
                shown.append(t["more_sources"].format(
                    count=len(plan.sources) - COVER_SOURCES))
            return "\n".join(shown)

        rows = []
        for key, value in (
                ("reference", lambda p: p.ref), ("title", lambda p: p.title),
                ("date", lambda p: version_date(p, t)),
                ("status", lambda p: t[f"status.{p.status.value}"]),
                ("text_kind", lambda p: t[f"text_kind.{p.text_kind.value}"]),
                ("language", lambda p: p.language),
                ("parties", lambda p: t["list_sep"].join(p.parties)),
                ("points_count", lambda p: str(sum(1 for _ in p.walk()))),
                ("sources", sources)):
            rows.append((t[key], value(self.old), value(self.new)))
        doc.table(("", t["old_version"], t["new_version"]), rows, (1800, 3600, 3600))
        doc.text(t["summary"], "Heading1")
        summary = comparison.summary
        counts = [(t[f"kind.{k.value}"], str(getattr(summary, k.value))) for k in ChangeKind]
        counts += [(t["kind.moved"], str(summary.moved)),
                   (t["kind.renumbered"], str(summary.renumbered))]
        if summary.not_reported:
            counts.append((t["counts_not_reported"], str(summary.not_reported)))
        doc.table((t["change"], t["count"]), counts, (6000, 3000))
        doc.text(t["renumbering"], "Heading1")
        mapping = [(", ".join(c.old_numbers) or "—", ", ".join(c.new_numbers) or "—",
                    self.kind_label(c))
                   for c in comparison.changes
                   if c.old_numbers != c.new_numbers or c.moved
                   or (c.kind is not ChangeKind.UNCHANGED and c.kind is not ChangeKind.MODIFIED)]
        if mapping:
            doc.text(t["renumbering_intro"])
            doc.table((t["old_number"], t["new_number"], t["change"]), mapping,
                      (2500, 2500, 4000))
        else:
            doc.text(t["no_renumbering"])

    def sources_section(self) -> None:
        t, doc = self.t, self.doc
        doc.text(t["sources_section"], "Heading1")
        for heading, plan in ((t["old_version"], self.old), (t["new_version"], self.new)):
            doc.text(f"{heading}: {plan.ref}", "Heading2")
            for source in plan.sources:
                doc.text(_source_line(source, t))
            if plan.notes:
                doc.text(f"{t['notes']}: {plan.notes}")

    def kind_label(self, change: Change) -> str:
        t = self.t
        words = [t["kind.not-reported"] if not change.reported else t[f"kind.{change.kind}"]]
        if change.moved:
            words.append(t["kind.moved"])
        if change.renumbered:
            words.append(t["kind.renumbered"])
        return t["list_sep"].join(words)

    def write(self) -> bytes:
        self.cover()
        self.doc.add(self.doc.paragraph("Heading1", self.doc.run(self.t["points"]),
                                        page_break=True))
        paras = self.point_paras()
        for para in paras:
            for block in self.blocks(para):
                self.doc.add(block)
        if paras and paras[-1].mark is not Op.EQUAL:
            # The last point's paragraph mark is a revision: accepting (or rejecting) it joins
            # the paragraph to the next, and LibreOffice gives the joined paragraph the first
            # one's style, so the "Sources and notes" heading would become a point paragraph.
            # An empty paragraph of no revision takes the join instead.
            self.doc.add(self.doc.paragraph())
        self.sources_section()
        created = report_date([d for d in (self.new.date,) if d != UNDATED])
        subject = self.t["report_subtitle"].format(old=self.old.ref, new=self.new.ref)
        return self.doc.to_bytes(title=self.new.title, subject=subject,
                                 creator=self.rev.author, created=created)


def render_docx(comparison: Comparison, old: PlanVersion, new: PlanVersion, *,
                lang: str | None = None) -> bytes:
    """The comparison as a Word document with tracked revisions (see the module notes).

    ``lang`` chooses the labels (en, ja, uk); default: the plans' language. Raises
    ``ValueError`` for a language without labels."""
    t = labels(choose_language(lang, new.language, old.language))
    return _Writer(comparison, old, new, t).write()
