"""Words every synopsis renderer shares: a cell's state and marks in English (text, Markdown
and JSON; the HTML and PDF take theirs from the report labels, in en, ja or uk)."""

from __future__ import annotations

from plandiff.engine.comparison import Span, SpanOp
from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell

STATE_WORDS = {CellState.ABSENT: "not in this version",
               CellState.NOT_REPORTED: "not reported"}


def cell_marks(cell: SynopsisCell) -> list[str]:
    """``modified``, ``moved here from 6``, ``renumbered from 6``, ``split``, ``merged`` ...
    (the change is against the column ``cell.against``)."""
    marks = []
    if cell.change is not None:
        marks.append(cell.change.value)
    if cell.moved_from is not None:
        marks.append(f"moved here from {cell.moved_from}")
    if cell.renumbered_from is not None:
        marks.append(f"renumbered from {cell.renumbered_from}")
    return marks


def against_note(cell: SynopsisCell, index: int, synopsis: Synopsis) -> str | None:
    """``vs 2025-11-20-us-28-point`` when the cell is compared with a column other than the
    one right before it."""
    if cell.against is None or cell.against == index - 1:
        return None
    return f"vs {synopsis.columns[cell.against].version}"


def plain_redline(spans: tuple[Span, ...]) -> str:
    """``[-deleted-]{+inserted+}`` (git's word-diff marks)."""
    out = []
    for span in spans:
        if span.op is SpanOp.DELETE:
            out.append(f"[-{span.text}-]")
        elif span.op is SpanOp.INSERT:
            out.append(f"{{+{span.text}+}}")
        else:
            out.append(span.text)
    return "".join(out)


__all__ = ["STATE_WORDS", "against_note", "cell_marks", "plain_redline"]
