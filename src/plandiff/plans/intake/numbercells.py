"""The number cells of a table of provisions in a PDF, put back at the start of their rows.

A table of numbered provisions (number | text) is printed with the number cell to the left
of its row, often centred vertically beside a row of several lines: beside its second line,
or between two lines. PDFium gives the text in the order the producer drew it, so the
number may come before its row (LibreOffice), after it (a grid drawn text first: Chromium,
WeasyPrint) or run onto the end of the line it sits beside (``days of signature. 4``). Read
in that order, every point took the next row's text, or the first row went to the notes.

Told by place, whatever the order: a number cell is a line that is a bare number (or a line
ending in one that starts left of the text column) set left of the page's text column, and
the numbers count up one by one, at least three in a row through the draft. The row a
number belongs to starts at or above the number's baseline and below the number before it
on the page: after the widest step between lines there (the rule or padding between rows;
the lines of a row are a line pitch apart). The number is put in front of that line
(``3 Sanctions are eased …``), where :func:`~plandiff.plans.intake.lines.mark_number_column`
reads it as the marker of point 3.

A point's number set before a tab (``[3]⇥Title``, ``14(d)⇥Title``: plandiff's own Word
redline, printed) is read as the Word reader reads it (:func:`tab_numbers`).

A table of numbers is not a table of provisions: a row whose first cell is a number and whose
second is another number (or a list of them) or a dash standing for an empty cell is a
renumbering map's or a concordance's (``5 | 3 | modified, renumbered``, ``3 | — | removed``).
Its cells run together read as a point (``3 — removed`` opens point 3 as ``3 – text`` does),
so such a row keeps its cells apart (``3 | — | removed``), as a Word table's rows are read.

A table of provisions with a column of comments beside them under a header row (``No. |
Provision | Comment``, a negotiated draft set in Word and printed) is read as the office
readers read it (:func:`~plandiff.plans.intake.lines.commented_rows`): each comment cell, told
by its column (the left edge two rows' lines or more share, right of every provision line),
becomes a line of the point's notes (:data:`~plandiff.plans.intake.lines.POINT_NOTE`,
``Comment: …``) after its row's text (:func:`comment_cells`). Read in order, each comment ran
into its point's text, a short one glued to the row's last line (``of signature. Open``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from plandiff.plans.intake.lines import (
    POINT_NOTE,
    commented_rows,
    counting_up,
    join_wrapped,
    numbered_provision,
)
from plandiff.plans.intake.markers import qualified_marker
from plandiff.plans.intake.pdfium import RawLine

__all__ = ["APART", "CommentedPage", "TableCarry", "anchor_number_cells", "attach_list_markers",
           "comment_cells", "number_rows", "tab_numbers"]

_ALONE = re.compile(r"^\s*(?P<num>[0-9]{1,3})\s*$")
_AT_END = re.compile(r"^(?P<text>.*\S)\s+(?P<num>[0-9]{1,3})\s*$")
_MARKER_ALONE = re.compile(
    r"^\s*(?:[(（]?(?:[0-9]{1,3}|[^\W\d_]|[ivxlcdm]{1,5})[.)）]|[•·▪◦‣∙●○■□–-])\s*$",
    re.IGNORECASE)
"""A list item's marker on a line of its own: ``1.``, ``2)``, ``(a)``, ``iv.``, a bullet."""
_MARKER_REACH = 4.0
"""A marker stands at most this many line heights left of its item's text."""
_ROW_TEXT = 12
"""A line ending in a number cell is a row's line this long at least ("Chapter 3" set out in
the margin is a heading)."""


_HEADER_WORD = re.compile(r"^\s*(?:no\.?|nr\.?|#|№(?:\s*п/п)?|num(?:ber)?\.?|item|point|art\.?"
                          r"|article|пункт|п/п|番号|項目|項)\s+", re.IGNORECASE)
"""The header of a table's number column opening the header row's line (``No.``, ``#``,
``Item``, ``№ п/п``, ``番号``)."""
_HEADER_CELLS = 4
"""A header row holds at most this many other cells' words after it."""


def _header_row(text: str) -> bool:
    """Whether a line is a table's header row (``No. Provision Comment``): a number column's
    header, then a few words each opening in a capital (or in Japanese), no sentence's
    small-letter words (``No troops are deployed`` is a provision)."""
    found = _HEADER_WORD.match(text)
    if found is None:
        return False
    return _header_words(text[found.end():].split())


def _header_words(words: Sequence[str]) -> bool:
    """Whether a header row's cells' words (after its number column's header) read as a
    header's: a few, each opening in a capital (or in Japanese)."""
    return 0 < len(words) <= _HEADER_CELLS and all(
        word[:1].isupper() or not (word[:1].isascii() or word[:1].islower()) for word in words)


def _headless_row(lines: Sequence[RawLine], at: int) -> bool:
    """Whether line ``at`` is a table's header row over a number column with no header of
    its own (``Provision Comment``, the "No." cell left empty): two header words at least
    (:func:`_header_words`), the first set where the text of the row under it starts,
    right of that row's number cell."""
    line = lines[at]
    below = lines[at + 1] if at + 1 < len(lines) else None
    if below is None or _ROW_OPENS.match(below.text) is None or not below.cell_starts:
        return False
    words = line.text.split()
    unit = line.height or 10.0
    return len(words) >= 2 and _header_words(words) \
        and abs(line.x0 - below.cell_starts[0]) <= unit and below.x0 < line.x0 - unit


@dataclasses.dataclass(frozen=True)
class _Cell:
    page: int
    index: int
    """The line's index on its page."""
    value: int
    bottom: float


def _column_left(lines: Sequence[RawLine]) -> float:
    """The left edge most lines of the page start at (the text column)."""
    counts = Counter(round(line.x0) for line in lines if not _ALONE.match(line.text))
    if not counts:
        return 0.0
    return float(counts.most_common(1)[0][0])


def _split(lines: Sequence[RawLine], left: float) -> list[RawLine]:
    """A line that starts left of the text column and ends in a bare number (the number cell
    run onto the line it sits beside) as that line and the number alone."""
    out: list[RawLine] = []
    for line in lines:
        found = _AT_END.match(line.text)
        margin = 0.5 * (line.height or 1.0)
        if found is None or line.x0 >= left - margin or len(found.group("text")) < _ROW_TEXT:
            out.append(line)
            continue
        out.append(dataclasses.replace(line, text=found.group("text"), x0=left))
        out.append(dataclasses.replace(line, text=found.group("num"), x1=line.x0))
    return out


def _cells(pages: Sequence[Sequence[RawLine]], lefts: Sequence[float]) -> list[_Cell]:
    """The number lines left of the text column that count up, at least three in a row."""
    found: list[_Cell] = []
    for page, (lines, left) in enumerate(zip(pages, lefts, strict=True)):
        for index, line in enumerate(lines):
            alone = _ALONE.match(line.text)
            if alone and line.x1 < left - 0.5 * (line.height or 1.0):
                found.append(_Cell(page, index, int(alone.group("num")), line.bottom))
    return [found[i] for i in counting_up([cell.value for cell in found])]


def _row_start(lines: Sequence[RawLine], numbers: set[int], cell: _Cell, ceiling: float
               ) -> int | None:
    """The index of the first line of ``cell``'s row: among the page's other lines with their
    baseline at or above the number's and below ``ceiling``, the one after the widest step
    (counted from the line before them). The table's header row is no row of a number (the
    first number, set between the lines of a row of several, had gone in front of it)."""
    window = [i for i, line in enumerate(lines) if i not in numbers
              and cell.bottom - 1.0 <= line.bottom < ceiling and not _header_row(line.text)]
    if not window:
        return None
    best, widest = window[0], -1.0
    for position, index in enumerate(window):
        before = window[position - 1] if position else max(
            (i for i in range(index) if i not in numbers), default=None)
        if before is None:
            continue
        step = lines[before].bottom - lines[index].bottom
        if step > widest:
            best, widest = index, step
    return best


def anchor_number_cells(pages: Sequence[Sequence[RawLine]]) -> list[list[RawLine]]:
    """Each page's lines with every number cell of a table of provisions in front of the
    first line of its row (module notes); pages without one unchanged."""
    # only a page with a line that is or ends in a number can hold a cell
    maybe = [any(line.text.rstrip()[-1:].isdigit() for line in lines) for lines in pages]
    if not any(maybe):
        return [list(lines) for lines in pages]
    lefts = [_column_left(lines) if found else 0.0 for lines, found in zip(pages, maybe,
                                                                          strict=True)]
    split = [_split(lines, left) if found else list(lines)
             for lines, left, found in zip(pages, lefts, maybe, strict=True)]
    cells = _cells(split, lefts)
    if not cells:
        return [list(lines) for lines in pages]
    steps = [a.bottom - b.bottom for a, b in itertools.pairwise(cells)
             if a.page == b.page and a.bottom > b.bottom]
    heights = [line.height for lines in split for line in lines if line.height]
    spacing = statistics.median(steps) if steps else 4 * statistics.median(heights or [10.0])
    out = []
    for page, lines in enumerate(split):
        mine = [cell for cell in cells if cell.page == page]
        if not mine:
            out.append(list(pages[page]))
            continue
        numbers = {cell.index for cell in mine}
        prefix: dict[int, str] = {}
        ceiling = mine[0].bottom + spacing
        for cell in mine:
            start = _row_start(lines, numbers, cell, ceiling)
            ceiling = cell.bottom - 1.0
            if start is None or start in prefix:
                numbers.discard(cell.index)  # no row beside it: leave it where it is
                continue
            prefix[start] = str(cell.value)
        out.append([dataclasses.replace(line, text=f"{prefix[i]} {line.text.lstrip()}")
                    if i in prefix else line
                    for i, line in enumerate(lines) if i not in numbers])
    return out


def attach_list_markers(lines: Sequence[RawLine]) -> list[RawLine]:
    """A page's lines with every list marker that PDFium gives as a line of its own put in
    front of its item's first line: the line on the marker's baseline that starts just right
    of it, wherever PDFium's order puts either. WeasyPrint, for one, draws an ordered list's
    markers after all the items' text, so read in order every point came out empty and its
    text went to the notes. A marker with no such line stays where it is."""
    markers = [i for i, line in enumerate(lines) if _MARKER_ALONE.match(line.text)]
    if not markers:
        return list(lines)
    is_marker = set(markers)
    taken: dict[int, RawLine] = {}
    used: set[int] = set()
    for m in markers:
        marker = lines[m]
        reach = _MARKER_REACH * (marker.height or 10.0)
        level = 0.3 * (marker.height or 10.0)
        beside = [i for i, line in enumerate(lines)
                  if i not in is_marker and i not in used
                  and abs(line.bottom - marker.bottom) <= level
                  and marker.x1 <= line.x0 + 1.0 and line.x0 - marker.x1 <= reach]
        if not beside:
            continue
        target = min(beside, key=lambda i: (lines[i].x0, i))
        line = taken.get(target, lines[target])
        taken[target] = dataclasses.replace(line, text=f"{marker.text.strip()} "
                                            f"{line.text.lstrip()}", x0=marker.x0)
        used.update((m, target))
    return [taken.get(i, line) for i, line in enumerate(lines)
            if not (i in used and i not in taken)]


_NUMBER = r"(?:\[[0-9]{1,4}[a-z]{0,2}\]|[0-9]{1,4}[A-Z]?(?:\([a-z]{1,3}\))?)"
_NUMBERS_CELL = re.compile(rf"^{_NUMBER}(?:,\s*{_NUMBER})*$|^[—–-]$")
"""A cell of a table of numbers: a number (``9A``, ``10(a)``, plandiff's bracketed ``[4]``,
``[3a]``) or a list of them (``13, 13(a), 13(c)``), or a dash alone (an empty cell)."""


def number_rows(lines: Sequence[RawLine]) -> list[RawLine]:
    """``lines`` with each row of a table of numbers (module notes; a line whose cells
    :attr:`~plandiff.plans.intake.pdfium.RawLine.cells` the PDFium adapter told apart) read
    with its cells apart: its first two cells are numbers or dashes (``4 | [4] | modified``,
    ``13(b) | — | removed``, ``— | [2] | added``)."""
    return [dataclasses.replace(line, text=" | ".join(line.cells)) if _numbers_row(line)
            else line for line in lines]


def _numbers_row(line: RawLine) -> bool:
    return len(line.cells) >= 2 and bool(_NUMBERS_CELL.match(line.cells[0])
                                         and _NUMBERS_CELL.match(line.cells[1]))


_NUMBERED = re.compile(r"^\s*(?:\[(?P<num>[0-9]{1,4})(?P<sub>[a-z]{1,2})?\]"
                       r"|(?P<plain>[0-9]{1,3})(?P<subs>(?:\([^\W_]{1,6}\))*))(?=\s|$)")
"""``[3]`` and ``[3a]`` opening a line: the bracketed numbers an editor gives an unnumbered
text (plandiff's own plans and redlines print them, ``[3]⇥Title``); or a plain number,
``3⇥Title`` or a sub-point's full number ``14(d)⇥``, as plandiff's redline prints a plan's
own numbers."""


def tab_numbers(lines: Sequence[RawLine]) -> list[RawLine]:
    """``lines`` with each point number set apart from its text by a tab (a cell the PDFium
    adapter told apart) read as the Word reader reads ``N⇥``: a bracketed number
    (``[3]⇥Title``) as ``3. Title``, ``[3a]`` as the sub-point ``(a)``; the same when what
    stood beside the number is struck through (an old number before it, ``[2][3]``, or the
    old title after it: all the line keeps is ``[3]``). A bold title with more lines after
    it is the point's title, as a bold first line is in Word, whatever the other points
    hold: the line reads as a heading (``### 3. Title``); when the line keeps only its
    number, the bold line under it is the new title. A plain number (``3⇥Title``) reads so
    when it is bold, as plandiff's redline prints it (a table's number cells are left to
    :func:`anchor_number_cells`), a sub-point's full number (``14(d)⇥Title``) as the
    Word reader reads it, ``14(d) Title`` (the sub-point ``(d)`` under point 14, its title
    run into its text; the provision 14(d) with its title where point 14 is not restated).
    A bracketed number in running text (a citation, ``[3] and``) has no such gap and
    stays."""
    out: list[RawLine] = []
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index in taken:
            continue
        found = _NUMBERED.match(line.text)
        cell = (bool(line.cells) and found is not None and not _numbers_row(line)
                and line.cells[0] == found.group(0).strip())
        rest = line.text[found.end():].strip() if found is not None else ""
        if found is None or not (cell or line.struck_head or (line.struck_tail and not rest)) \
                or (found.group("plain") and not line.bold_lead):
            out.append(line)
            continue
        if found.group("sub"):
            out.append(dataclasses.replace(line, text=f"({found.group('sub')}) {rest}".rstrip(),
                                           cells=()))
            continue
        after = [i for i in range(index + 1, len(lines)) if lines[i].text.strip()][:2]
        title = line.bold and bool(rest)
        tail = line.struck_tail
        if not rest and tail and len(after) == 2 and lines[after[0]].bold:
            rest, title = lines[after[0]].text.strip(), True  # "[3] [Old title]" / "New title"
            tail = lines[after[0]].struck_tail
            taken.add(after[0])
            after = after[1:]
        title = title and bool(after) and not _NUMBERED.match(lines[after[0]].text)
        number = found.group("num") or found.group("plain")
        if found.group("subs"):  # "14(d)⇥": the provision 14(d), its title run into its text
            text = qualified_marker(number, found.group("subs"), rest, title).rstrip()
            tail = line.struck_tail  # … across what is struck through after it
        else:
            text = f"{'### ' if title else ''}{number}. {rest}".rstrip()
        out.append(dataclasses.replace(line, text=text, cells=(), struck_tail=tail))
    return out


APART = "\ue013"
"""Put before a line that is a paragraph of its own (a table's header row, read as one line
``No. | Provision | Comment``); the PDF reader takes it off."""
_ROW_OPENS = re.compile(r"^\s*(?P<num>[0-9]{1,3})\s+\S")
"""A row's first line, its number cell put in front of it (:func:`anchor_number_cells`)."""
_COMMENT_GAP = 8.0
"""A comment column starts at least this many glyph heights right of the provisions'."""


@dataclasses.dataclass(frozen=True)
class TableCarry:
    """A table of provisions with comments going on at the foot of a page: its header row's
    text, its comments' label and the left edge of its comment column, for the page after
    (:func:`comment_cells`)."""

    header: str
    label: str
    column: float


@dataclasses.dataclass(frozen=True)
class CommentedPage:
    """A page's lines read by :func:`comment_cells`."""

    lines: list[RawLine]
    labels: list[str]
    """Each table's comments' label (its header's last word, ``Comment``)."""
    heads: list[str]
    """Each table's header row's text."""
    carry: TableCarry | None = None
    """The table the page ends in, which may go on on the next page."""
    continued: str = ""
    """The end of the comment of the row the page before ended in (its cell broken across
    the pages), at the top of this page's comment column."""


def comment_cells(lines: Sequence[RawLine], seen: frozenset[str] = frozenset(),
                  carry: TableCarry | None = None) -> CommentedPage:
    """A page's lines with each comment cell of a table of provisions with comments beside
    them (module notes) as one line of its point's notes after its row's lines; the lines
    unchanged when the page holds no such table. A header row ``seen`` on a page before is
    the table's header repeated over its rows on this page: left out, and the table not
    counted again. A table the page before ended in (``carry``) goes on at the top of this
    page, under its header repeated or with none: its rows are read in the same columns,
    one row alone too, and the end of a row broken across the pages (its text, its comment
    continued at the top of the page) is told apart by column: the comment's end is
    :attr:`CommentedPage.continued`, not the row's text run together with it."""
    out = list(lines)
    labels: list[str] = []
    heads: list[str] = []
    start = 0
    last: TableCarry | None = None
    continued = ""
    shown = [line for line in out if line.text.strip()]
    if carry is not None and shown and not any(
            _header_row(line.text) or _headless_row(out, i) for i, line in enumerate(out)
            if line.bottom >= shown[0].bottom - 0.5 * (line.height or 10.0)):
        top = max(shown, key=lambda line: line.bottom)  # no header again: one stood in for
        head = dataclasses.replace(top, text=carry.header, x0=min(line.x0 for line in shown),
                                   bottom=top.bottom + 2 * (top.height or 10.0), cells=(),
                                   cell_starts=())
        found = _commented_table([head, *out], 0, repeated=True, carry=carry)
        if found is not None:
            out, _, last, continued = found
    while True:
        header = next((i for i in range(start, len(out))
                       if _header_row(out[i].text) or _headless_row(out, i)), None)
        if header is None:
            return CommentedPage(out, labels, heads, last, continued)
        text = " ".join(out[header].text.split())
        again = carry if carry is not None and text == carry.header else None
        found = _commented_table(out, header, repeated=text in seen, carry=again)
        start = header + 1
        if found is not None:
            out, label, last, more = found
            continued = continued or more
            if text not in seen:
                labels.append(label)
                heads.append(text)


def _commented_table(lines: list[RawLine], header: int, repeated: bool = False,
                     carry: TableCarry | None = None
                     ) -> tuple[list[RawLine], str, TableCarry, str] | None:
    """``lines`` with the comment cells of the table under the header row at ``header`` read
    as its points' notes (the header row left out when ``repeated``), the comments' label,
    the table for the page after (:class:`TableCarry`) and the end of a comment broken
    over from the page before (at the top of the comment column, above the first row:
    ``carry`` the table going on); None when no such table stands there."""
    head = lines[header]
    unit = statistics.median([line.height for line in lines if line.height] or [10.0])
    below = sorted((i for i in range(len(lines)) if lines[i].bottom < head.bottom - 0.5 * unit),
                   key=lambda i: -lines[i].bottom)
    first = next((i for i in below if _ROW_OPENS.match(lines[i].text)), None)
    if first is None:
        return None
    top = lines[first]
    left = top.x0
    number = _ROW_OPENS.match(top.text)
    # the provisions' column: where the first row's text starts (after its number cell,
    # when the number is run onto the line)
    text = top.cell_starts[0] if number is not None and top.cells and top.cell_starts \
        and top.cells[0].strip().rstrip(".") == number.group("num") else left
    def opens(line: RawLine) -> bool:  # a row's first line, its number before it or run on
        return _ROW_OPENS.match(line.text) is not None and (
            abs(line.x0 - left) <= unit
            or (bool(line.cell_starts) and abs(line.cell_starts[0] - text) <= unit))

    table: list[int] = []
    for i in below:  # the table: down to the first line starting left of its text column
        if lines[i].x0 < text - unit and not opens(lines[i]):
            break
        table.append(i)
    column = _comment_column(lines, table, text, unit)
    if column is None and carry is not None and carry.column > text + _COMMENT_GAP * unit:
        column = carry.column  # a row or two on this page: the columns of the page before
    if column is None:
        return None
    starts = [i for i in table if opens(lines[i])]
    broken = [i for i in table if lines[i].bottom > lines[first].bottom + 0.5 * unit
              and lines[i].x0 >= column - unit] if carry is not None else []
    rows: list[tuple[list[int], list[str], list[str]]] = []
    for at, row_start in enumerate(starts):
        ceiling = lines[row_start].bottom + 0.5 * unit
        floor = lines[starts[at + 1]].bottom + 0.5 * unit if at + 1 < len(starts) else -1.0
        row = sorted((i for i in table if floor < lines[i].bottom <= ceiling),
                     key=lambda i: (-lines[i].bottom, lines[i].x0))
        texts: list[str] = []
        comments: list[str] = []
        for i in row:
            line = lines[i]
            cut = _cut_at(line, column, unit)
            if line.x0 >= column - unit:
                comments.append(line.text.strip())
            elif cut is not None:
                texts.append(" ".join(line.cells[:cut]))
                comments.append(" ".join(line.cells[cut:]))
            else:
                texts.append(line.text.strip())
        rows.append((row, texts, comments))
    words = head.text.split()
    if _HEADER_WORD.match(head.text) is None:  # no header over the number column
        words = ["", *words]
    cells = [[[words[0]], [" ".join(words[1:-1])], [words[-1]]]]
    for _, texts, comments in rows:
        opened = _ROW_OPENS.match(texts[0]) if texts else None
        if opened is None:
            return None
        cells.append([[opened.group("num")], [texts[0].split(None, 1)[1], *texts[1:]],
                      [join_wrapped(comments)] if comments else []])
    read = commented_rows(cells) if carry is None else _carried_rows(cells[1:], carry.label)
    if read is None:
        return None
    label = read[0]
    taken = {i for row, _, _ in rows for i in row} | set(broken)
    notes: dict[int, list[RawLine]] = {}
    replaced: dict[int, RawLine] = {}
    for (row, _, _), (_, provision) in zip(rows, sorted(read[1].items()), strict=True):
        kept = [i for i in row if lines[i].x0 < column - unit]
        for i in kept:
            cut = _cut_at(lines[i], column, unit)
            replaced[i] = lines[i] if cut is None else dataclasses.replace(
                lines[i], text=" ".join(lines[i].cells[:cut]), cells=(), cell_starts=(),
                x1=lines[i].cell_starts[cut - 1] - unit)
        last = max(kept)
        notes[last] = [dataclasses.replace(
            lines[last], text=POINT_NOTE + (f"{label}: {remark}" if label else remark),
            cells=(), cell_starts=(), x0=left) for remark in provision[2]]
    if repeated:  # the header again over the rows on a later page: the table's furniture
        taken.add(header)
    elif len(words) == 3:  # one word a column: the cells apart, as the office readers read it
        replaced[header] = dataclasses.replace(head, text=APART + " | ".join(w for w in words
                                                                              if w))
    else:
        replaced[header] = dataclasses.replace(head, text=APART + head.text.strip())
    out: list[RawLine] = []
    for i, line in enumerate(lines):
        if i in taken and i not in replaced:
            continue
        out.append(replaced.get(i, line))
        out.extend(notes.get(i, ()))
    continued = join_wrapped([lines[i].text.strip() for i in sorted(
        broken, key=lambda i: (-lines[i].bottom, lines[i].x0))])
    return out, label, TableCarry(" ".join(head.text.split()), label, column), continued


def _carried_rows(rows: list[list[list[str]]], label: str
                  ) -> tuple[str, dict[int, tuple[str, list[str], list[str]]]] | None:
    """The rows of a table going on from the page before (:func:`commented_rows`'s reading
    of them, its header's label kept): one row or more, each a numbered provision."""
    found: dict[int, tuple[str, list[str], list[str]]] = {}
    for at, row in enumerate(rows, 1):
        provision = numbered_provision(row, long_remarks=True)
        if provision is None or not provision[0].isdigit():
            return None
        found[at] = provision
    return (label, found) if found else None


def _comment_column(lines: list[RawLine], table: list[int], left: float, unit: float
                    ) -> float | None:
    """The left edge of a table's comment column: shared (within a glyph height) by lines
    of two rows or more, well right of the text column, with every line left of it ending
    before it (but a short cell glued on: :func:`_cut_at`); None when there is none."""
    starts = Counter(round(lines[i].x0) for i in table
                     if lines[i].x0 > left + _COMMENT_GAP * unit)
    edges = sorted(starts, reverse=True)  # the rightmost column: the comments' (three columns)
    if not edges:
        return None
    edge = float(edges[0])
    if sum(count for x, count in starts.items() if abs(x - edge) <= unit) < 2:
        return None
    for i in table:
        line = lines[i]
        if line.x0 < edge - unit and line.x1 > edge and _cut_at(line, edge, unit) is None:
            return None
    return edge


def _cut_at(line: RawLine, column: float, unit: float) -> int | None:
    """The index of the cell of ``line`` that starts at the comment column (a short comment
    glued to a row's last line, ``of signature. Open``), None when none does."""
    return next((k for k, x in enumerate(line.cell_starts, 1)
                 if abs(x - column) <= unit and k < len(line.cells)), None)
