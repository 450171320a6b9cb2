"""The words of a synopsis cell, one rule for every synopsis format: its state when the clause
is not there, and its marks (change, move, renumbering, the column it is compared with).
Text, Markdown and JSON take the words in English; the HTML, PDF and Word pages in the
page's language (the same labels, :func:`plandiff.render.report.i18n.synopsis_labels`)."""

from __future__ import annotations

from collections.abc import Mapping

from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell
from plandiff.render.report.i18n import synopsis_labels

ENGLISH: Mapping[str, str] = synopsis_labels("en")
"""The labels of the plain-text synopsis formats."""


def state_label(cell: SynopsisCell, t: Mapping[str, str] = ENGLISH) -> str:
    """``not in this version`` or ``not reported`` (for a cell whose clause is not there)."""
    return t["cell_absent" if cell.state is CellState.ABSENT else "cell_not_reported"]


def cell_marks(cell: SynopsisCell, index: int, synopsis: Synopsis,
               t: Mapping[str, str] = ENGLISH) -> list[str]:
    """``modified``, ``moved here from 6``, ``renumbered from 6``, ``split``, ``merged`` ...
    (the change is against the column ``cell.against``), then ``vs VERSION`` when that is
    not the column right before (``index``)."""
    marks = []
    if cell.change is not None:
        marks.append(t[f"kind.{cell.change.value}"])
    if cell.moved_from is not None:
        marks.append(t["moved_from"].format(where=cell.moved_from))
    if cell.renumbered_from is not None:
        marks.append(t["renumbered_from"].format(where=cell.renumbered_from))
    if cell.against is not None and cell.against != index - 1:
        marks.append(t["against"].format(version=synopsis.columns[cell.against].version))
    return marks


__all__ = ["ENGLISH", "cell_marks", "state_label"]
