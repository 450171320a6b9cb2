"""Words every synopsis renderer shares: a cell's state and marks in English (text, Markdown
and JSON; the HTML and PDF take theirs from the report labels, in en, ja or uk)."""

from __future__ import annotations

from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell

STATE_WORDS = {CellState.ABSENT: "not in this version",
               CellState.NOT_REPORTED: "not reported"}


def cell_marks(cell: SynopsisCell, index: int, synopsis: Synopsis) -> list[str]:
    """``modified``, ``moved here from 6``, ``renumbered from 6``, ``split``, ``merged`` ...
    (the change is against the column ``cell.against``), then ``vs VERSION`` when that is
    not the column right before (``index``)."""
    marks = []
    if cell.change is not None:
        marks.append(cell.change.value)
    if cell.moved_from is not None:
        marks.append(f"moved here from {cell.moved_from}")
    if cell.renumbered_from is not None:
        marks.append(f"renumbered from {cell.renumbered_from}")
    if cell.against is not None and cell.against != index - 1:
        marks.append(f"vs {synopsis.columns[cell.against].version}")
    return marks


__all__ = ["STATE_WORDS", "cell_marks"]
