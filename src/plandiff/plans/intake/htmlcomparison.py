"""A web page's comparison table (versions side by side, one column each:
:mod:`.comparison`), told by the one rule every reader uses and cut down to the column
``--column`` names.

A page's table gives its header in ``<thead>``, in leading rows of ``<th>`` cells (over
several rows when a cell spans columns: ``No. | Versions`` over ``Draft of 10 March | Draft
of 2 April``) or in its first row of ``<td>`` cells. In a version's cell the words struck
through (``<del>``, ``<s>``: a redline's older words) and plandiff's own synopsis marks
(``(modified)``, its flags, a cell saying the clause is not in the version) are no text of
it. The table is replaced by the column's rows written as a page writes points (``<p>3.
text</p>``; titled rows as a table of title and text), which the page reader then reads.
"""

from __future__ import annotations

from html import escape

from plandiff.plans.intake.comparison import (
    ColumnRead,
    column_note,
    read_column,
    stacked_header,
    version_column,
)
from plandiff.plans.intake.htmldom import Element, EndTag, StartTag, Text

__all__ = ["comparison_tables"]

_STRUCK = frozenset({"del", "s", "strike"})
_REMARKS = frozenset({"mk", "pflags"})
"""The classes of plandiff's synopsis marks in a cell: ``(modified; renumbered from 5)``
and the flags under the text."""
_ABSENT = "state-"
_PRESENT = "state-present"
"""A synopsis cell's class: ``state-present``, or the state that says the clause is not in
the version (``state-absent``, ``state-not-reported``)."""
_ITALIC = frozenset({"em", "i"})
_LABEL_WORDS = 6
"""The most words of a cell all in italics that is a remark ("deleted", "No equivalent"),
not text: the Word and Markdown readers' rule."""
_BREAKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote"})
_MOST_SPAN = 50
_KEPT_LINES = "ctext"
"""The class of a synopsis cell's text, which the synopsis shows with its line breaks."""


def _keeps_lines(start: StartTag) -> bool:
    """Whether an element shows the line breaks of its text: ``<pre>``, a style of
    ``white-space: pre…``, plandiff's synopsis text."""
    style = "".join(start.attrs.get("style", "").split()).casefold()
    return start.tag == "pre" or "white-space:pre" in style \
        or _KEPT_LINES in _classes(start.attrs)


def _classes(attrs: dict[str, str]) -> set[str]:
    return set(attrs.get("class", "").split())


def _cell_lines(cell: Element) -> tuple[list[str], int, bool]:
    """A cell's non-empty lines (a paragraph, a line break, a list item each), the words
    struck through and the synopsis marks left out; with how many such runs were left out,
    and whether the cell is all in italics and of six words at most (``<em>deleted</em>``:
    in a version's column a remark, not text). A synopsis cell saying its clause is not in
    the version has no lines."""
    classes = set((cell.attribute("class") or "").split())
    if any(name.startswith(_ABSENT) and name != _PRESENT for name in classes):
        return [], 0, False
    lines = [""]
    struck = skipping = kept = italic = 0
    plain = False  # text met outside italics
    for event in cell.events():
        if isinstance(event, StartTag):
            italic += event.tag in _ITALIC
            kept += 1 if kept or _keeps_lines(event) else 0
            if skipping:
                skipping += 1
            elif event.tag in _STRUCK or _classes(event.attrs) & _REMARKS:
                skipping, struck = 1, struck + 1
            elif event.tag in _BREAKS:
                lines.append("")
        elif isinstance(event, EndTag):
            italic -= 1 if italic and event.tag in _ITALIC else 0
            kept -= 1 if kept else 0
            if skipping:
                skipping -= 1
            elif event.tag in _BREAKS:
                lines.append("")
        elif isinstance(event, Text) and not skipping:
            plain = plain or (not italic and bool(event.text.strip()))
            first, *more = event.text.split("\n") if kept else [event.text]
            lines[-1] += first
            lines.extend(more)
    out = [" ".join(line.split()) for line in lines if line.split()]
    return out, struck, bool(out) and not plain and len(" ".join(out).split()) <= _LABEL_WORDS


def _span(cell: Element, name: str) -> int:
    value = (cell.attribute(name) or "").strip()
    return min(_MOST_SPAN, max(1, int(value))) if value.isdigit() else 1


def _cells(row: Element) -> list[Element]:
    return [cell for cell in row.children() if cell.tag in ("td", "th")]


def _header_rows(rows: list[Element]) -> int:
    """How many of a table's first rows are its header: the rows in ``<thead>`` or of
    ``<th>`` cells alone; with none, its first row."""
    count = 0
    for row in rows:
        parent = row.parent()
        cells = _cells(row)
        if (parent is not None and parent.tag == "thead") or (
                cells and all(cell.tag == "th" for cell in cells)):
            count += 1
        else:
            break
    return count or 1


def _written(read: ColumnRead) -> str:
    """The rows of the column chosen as a page writes them: a numbered paragraph a row
    (``3. text``, ``10(a) text``), a table of title and text for titled rows, a row across
    the table and an unlabelled cell's lines as paragraphs."""
    parts: list[str] = []
    titled: list[str] = []
    for row in read.rows:
        lines = [escape(line) for line in row.lines]
        if row.label and not row.numbered and not row.across:
            titled.append(f"<tr><td>{escape(row.label)}</td><td>{'<br>'.join(lines)}</td></tr>")
            continue
        if titled:
            parts.append(f"<table>{''.join(titled)}</table>")
            titled = []
        if row.numbered:
            mark = row.label if row.label.endswith(")") else f"{row.label}."
            lines[0] = f"{escape(mark)} {lines[0]}"
        parts.extend(f"<p>{line}</p>" for line in lines)
    if titled:
        parts.append(f"<table>{''.join(titled)}</table>")
    return "".join(parts)


def comparison_tables(root: Element, column: str | None, display: str) -> tuple[str, ...]:
    """Each comparison table in ``root`` replaced by the version column ``column`` names
    (:func:`~.comparison.read_column`); what the structure report says of each. Raises when
    a table is found and no column chosen (a column chosen and no table found is refused by
    the caller, :mod:`.formats`)."""
    said: list[str] = []
    for table in root.select("table"):
        if any(not inner.same(table) for inner in table.select("table")):
            continue  # a table of tables: a page's layout (the selector matches itself too)
        rows = [row for row in table.select("tr") if _cells(row)]
        heads = _header_rows(rows)
        header = stacked_header([[(" ".join(cell.text().split()), _span(cell, "colspan"),
                                   _span(cell, "rowspan")) for cell in _cells(row)]
                                 for row in rows[:heads]])
        read_cells = [[_cell_lines(cell) for cell in _cells(row)] for row in rows[heads:]]
        grid = [header, *([lines for lines, _, _ in row] for row in read_cells)]
        chosen = version_column(grid, column, display)
        if chosen is None:
            continue
        found, at = chosen
        width = len(found.headers)
        remarks = [index for index, row in enumerate(read_cells, 1)
                   if len(row) == width and row[at][2]]
        for index in remarks:  # "deleted" in italics: the version's remark, no text of it
            grid[index] = [*grid[index][:at], [], *grid[index][at + 1:]]
        read = read_column(found, grid, at)
        struck = len(remarks) + sum(row[at][1] for row in read_cells if len(row) == width)
        table.replace_with_html(_written(read))
        said.append(column_note(found, at, empty=read.empty, struck=struck,
                                reordered=read.reordered))
    return tuple(said)
