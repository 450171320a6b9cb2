"""A synopsis for the terminal.

Wide enough (``width`` of at least 30 characters per column): a table, one column per version,
cells wrapped. Narrower: one block per row, one line per version, so nothing is cut. Redlines
use git's word-diff marks ``[-deleted-]{+inserted+}`` (with colour, Rich also strikes
deletions and underlines insertions, so colour is never the only signal); flags follow a
``!``; a clause missing from a version says ``not in this version`` or ``not reported``.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from plandiff.engine.comparison import Span, SpanOp
from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell, SynopsisRow
from plandiff.render.common import date_text, grouped_flag_texts, word_diff_mark
from plandiff.render.synopsis_marks import cell_marks, state_label

DELETE_STYLE = "red strike"
INSERT_STYLE = "green underline"
MIN_COLUMN = 30
"""Narrowest column (characters) for the table layout; below it, blocks."""


def _redline(spans: tuple[Span, ...], color: bool) -> Text:
    out = Text()
    styles = {SpanOp.DELETE: DELETE_STYLE, SpanOp.INSERT: INSERT_STYLE} if color else {}
    for span in spans:
        out.append(word_diff_mark(span), style=styles.get(span.op, ""))
    return out


def _head(cell: SynopsisCell, index: int, synopsis: Synopsis) -> str:
    if cell.state is not CellState.PRESENT:
        return f"— {state_label(cell)}"
    words = cell_marks(cell, index, synopsis)
    head = ", ".join(cell.numbers)
    return head + (f" ({'; '.join(words)})" if words else "")


def _cell_text(cell: SynopsisCell, index: int, synopsis: Synopsis, color: bool) -> Text:
    out = Text(_head(cell, index, synopsis), style="bold" if color else "")
    if cell.state is CellState.PRESENT:
        out.append("\n")
        out.append_text(_redline(cell.spans, color))
        for text in grouped_flag_texts(cell.flags):
            out.append(f"\n! {text}", style="yellow" if color else "")
    return out


def _row_title(row: SynopsisRow) -> str:
    topics = f" [{', '.join(row.topics)}]" if row.topics else ""
    return f"{'  ' * row.depth}{row.label}{topics}"


def _hanging(prefix: str, body: Text) -> Table:
    """``prefix`` then ``body``, the body's wrapped lines under its first, not under the
    prefix (a narrow terminal keeps the numbers of a list in their own column)."""
    grid = Table.grid()
    grid.add_column(width=len(prefix), no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(prefix, body)
    return grid


def _titled(row: SynopsisRow, color: bool) -> RenderableType:
    """A row's title, its wrapped lines at its own indentation."""
    return Padding(Text(_row_title(row).lstrip(" "), style="bold" if color else ""),
                   (0, 0, 0, 2 * row.depth))


def _header(synopsis: Synopsis) -> RenderableType:
    lines: list[RenderableType] = [Text(f"Synopsis of {len(synopsis.columns)} versions, "
                                        f"{len(synopsis.rows)} of {synopsis.total_rows} rows")]
    for i, c in enumerate(synopsis.columns, 1):
        base = " (base)" if synopsis.base == i - 1 else ""
        lines.append(_hanging(f"  {i}. ", Text(f"{c.ref} ({date_text(c.date, c.dated_by)}, "
                                               f"{c.status}, "
                                               f"{c.language}){base}")))
    return Group(*lines)


def build(synopsis: Synopsis, *, width: int, color: bool) -> RenderableType:
    """Rich renderables: a table when the columns fit, blocks otherwise."""
    if width // max(1, len(synopsis.columns)) >= MIN_COLUMN:
        table = Table(box=box.SQUARE, show_lines=True, expand=True, width=width)
        for c in synopsis.columns:
            table.add_column(f"{c.version}\n{date_text(c.date, c.dated_by)}",
                             overflow="fold", ratio=1)
        for row in synopsis.rows:
            table.add_row(Text(_row_title(row), style="bold" if color else ""),
                          *([""] * (len(synopsis.columns) - 1)), end_section=False)
            table.add_row(*(_cell_text(c, i, synopsis, color) for i, c in enumerate(row.cells)))
        return table
    parts: list[RenderableType] = []
    for row in synopsis.rows:
        parts += [Text(""), _titled(row, color)]
        for i, (cell, column) in enumerate(zip(row.cells, synopsis.columns, strict=True)):
            head = Text(f"{column.version}: ")
            head.append(_head(cell, i, synopsis), style="bold" if color else "")
            parts.append(_hanging(f"  {i + 1}. ", head))
            if cell.state is CellState.PRESENT:
                body = _redline(cell.spans, color)
                for text in grouped_flag_texts(cell.flags):
                    body.append(f"\n! {text}", style="yellow" if color else "")
                parts.append(Padding(body, (0, 0, 0, 5)))
    return Group(*parts)


def render_synopsis_text(synopsis: Synopsis, *, width: int = 100, color: bool = False) -> str:
    """The synopsis as terminal text (ANSI-styled when ``color``)."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, color_system="standard" if color
                      else None, width=width, no_color=not color, highlight=False, emoji=False,
                      markup=False, legacy_windows=False, soft_wrap=False)
    console.print(_header(synopsis))
    if not synopsis.rows:
        console.print("\nno rows match the filters")
    else:
        console.print(build(synopsis, width=width, color=color))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


__all__ = ["render_synopsis_text"]
