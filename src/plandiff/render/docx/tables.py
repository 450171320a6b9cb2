"""A table a point holds, in the Word redline: a real Word table under the point's paragraph.

An imported point keeps a table it held as lines of cells joined by ``" | "`` set apart
by blank lines (``Heavy weapons are withdrawn as follows:`` / ``Zone | Width | Guard`` /
``North | 15 km | monitors``); the redline wrote those lines into the point's paragraph
with line breaks, which Word, LibreOffice and pandoc show as text. :func:`split_table`
finds such a table at the end of a point's paragraph, where the table keeps its shape
across the change (its row and cell boundaries are the same in both versions: only the
cells' words changed) and plandiff's import reads each row back as the same line (three
cells or more, not a numbered row; two cells of a few words each), and cuts the paragraph's
pieces into the paragraph before it and the table's cells, each with its revisions. A table
whose shape changed, or that the import would read otherwise, stays lines in the paragraph:
accepting or rejecting every revision still gives each version's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from plandiff.plans.intake.lines import CELL_JOIN, row_line
from plandiff.plans.intake.officetext import short_table

__all__ = ["PointTable", "split_table"]

_ROW = "\n\n"
_CUT = re.compile(r"(\n\n| \| )")

Piece = TypeVar("Piece")


@dataclass(frozen=True)
class PointTable(Generic[Piece]):
    """A point's paragraph cut at the table ending it: the pieces before the table and each
    row's cells, each cell its pieces."""

    before: list[Piece]
    rows: list[list[list[Piece]]]


class TextOf(Generic[Piece]):
    """How :func:`split_table` sees a piece (the redline's items)."""

    def text(self, piece: Piece) -> str | None:
        raise NotImplementedError

    def kept(self, piece: Piece) -> bool:
        raise NotImplementedError

    def view(self, piece: Piece, accepted: bool) -> bool:
        """Whether the piece's text is read with every change accepted (or rejected)."""
        raise NotImplementedError

    def copy(self, piece: Piece, text: str) -> Piece:
        raise NotImplementedError


def split_table(pieces: Sequence[Piece], text_of: TextOf[Piece]) -> PointTable[Piece] | None:
    """The table ending a paragraph of ``pieces`` (see the module notes), None when there is
    none. ``text_of`` gives a piece's text, whether it is kept (the same in both versions),
    and a copy of it holding other text; a piece with no text (a comment's mark) is kept
    where it stands."""
    segments: list[list[tuple[str, Piece]]] = [[]]  # ("cell", boundary) or ("text", piece)
    breaks: list[Piece] = []  # the blank line before each segment after the first
    for piece in pieces:
        text = text_of.text(piece)
        for part in _CUT.split(text) if text is not None else [None]:
            if part is None:
                segments[-1].append(("text", piece))
            elif part == _ROW:
                breaks.append(text_of.copy(piece, part))
                segments.append([])
            elif part == CELL_JOIN:
                segments[-1].append(("cell", piece))
            elif part:
                segments[-1].append(("text", text_of.copy(piece, part)))
    start = len(segments)
    while start > 1 and text_of.kept(breaks[start - 2]) \
            and _cells(segments[start - 1], text_of) is not None:
        start -= 1
    table = [row for row in (_cells(s, text_of) for s in segments[start:]) if row is not None]
    if len(table) < 2 or len({len(row) for row in table}) != 1 \
            or not _reads_back(table, text_of):
        return None
    before: list[Piece] = []
    for at, segment in enumerate(segments[:start]):
        if at:
            before.append(breaks[at - 1])  # a blank line in the text before the table
        before += [piece for _, piece in segment]
    return PointTable(before, table)


def _cells(segment: list[tuple[str, Piece]], text_of: TextOf[Piece]
           ) -> list[list[Piece]] | None:
    """A row's cells, or None when the segment is no row (no cell boundary in it, one that
    is not in both versions, or a line break or tab in it, which a cell does not read back
    as)."""
    if not any(kind == "cell" for kind, _ in segment):
        return None
    cells: list[list[Piece]] = [[]]
    for kind, piece in segment:
        if kind == "cell":
            if not text_of.kept(piece):
                return None
            cells.append([])
        else:
            text = text_of.text(piece)
            if text is not None and ("\n" in text or "\t" in text):
                return None
            cells[-1].append(piece)
    return cells


def _reads_back(table: list[list[list[Piece]]], text_of: TextOf[Piece]) -> bool:
    """Whether plandiff's import reads every row of the table back as its line, in both
    versions."""
    for accepted in (True, False):
        rows = [["".join(text_of.text(p) or "" for p in cell if text_of.view(p, accepted))
                 for cell in row] for row in table]
        if any(" ".join(cell.split()) != cell or not cell for row in rows for cell in row):
            return False
        if len(rows[0]) == 2:
            if not short_table([[[cell] for cell in row] for row in rows]):
                return False
        elif any(row_line(row) != CELL_JOIN.join(row) for row in rows):
            return False
    return True
