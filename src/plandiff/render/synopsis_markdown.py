"""A synopsis as a Markdown table: one row per clause lineage, one column per version.

Cells hold the redline against the column named in the cell (``<del>``/``<ins>``, as in the
comparison report), the marks (moved here from, renumbered, split, merged) and the flags;
a missing clause says *not in this version* or *not reported*. Plan text is escaped with the
comparison report's escaper, so no point can inject markup, links or HTML; line breaks inside
a cell become ``<br>``.
"""

from __future__ import annotations

from plandiff.engine.comparison import SpanOp
from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell
from plandiff.render.common import date_text, grouped_flag_texts
from plandiff.render.markdown import escape
from plandiff.render.synopsis_marks import cell_marks, state_label


def _inline(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _redline(cell: SynopsisCell) -> str:
    parts = []
    for span in cell.spans:
        text = escape(span.text, at_line_start=False).replace("\n", "<br>")
        if span.op is SpanOp.DELETE:
            parts.append(f"<del>{text}</del>")
        elif span.op is SpanOp.INSERT:
            parts.append(f"<ins>{text}</ins>")
        else:
            parts.append(text)
    return "".join(parts) or "*(no text)*"


def _cell(cell: SynopsisCell, index: int, synopsis: Synopsis) -> str:
    if cell.state is not CellState.PRESENT:
        return f"*{state_label(cell)}*"
    marks = cell_marks(cell, index, synopsis)
    head = f"**{_inline(', '.join(cell.numbers))}**"
    if marks:
        head += " *(" + _inline("; ".join(marks)) + ")*"
    flags = "".join(f"<br>⚑ {_inline(text)}" for text in grouped_flag_texts(cell.flags))
    return f"{head}<br>{_redline(cell)}{flags}"


def render_synopsis_markdown(synopsis: Synopsis) -> str:
    """The synopsis as Markdown (ends with a newline)."""
    lines = [f"# Synopsis of {len(synopsis.columns)} versions", ""]
    for i, c in enumerate(synopsis.columns, 1):
        base = " — base of every redline" if synopsis.base == i - 1 else ""
        lines.append(f"{i}. `{c.ref}` — {_inline(c.title)} ({date_text(c.date, c.dated_by)}, "
                     f"{c.status}, "
                     f"{c.language}){base}")
    lines += ["", f"{len(synopsis.rows)} of {synopsis.total_rows} clauses shown. Each cell is "
              "redlined against the column before it that has the clause"
              + (" (or the base)" if synopsis.base is not None else "")
              + ": <del>deleted</del>, <ins>inserted</ins>.", ""]
    if not synopsis.rows:
        return "\n".join([*lines, "*No clause matches the filters.*", ""])
    lines.append("| clause | " + " | ".join(_inline(c.version) for c in synopsis.columns)
                 + " |")
    lines.append("|---" * (len(synopsis.columns) + 1) + "|")
    for row in synopsis.rows:
        label = ("&#160;&#160;" * row.depth) + _inline(row.label)
        if row.topics:
            label += "<br>*" + _inline(", ".join(row.topics)) + "*"
        cells = [_cell(c, i, synopsis) for i, c in enumerate(row.cells)]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


__all__ = ["render_synopsis_markdown"]
