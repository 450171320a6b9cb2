"""Text copied out of a two-column PDF with its layout kept (``pdftotext -layout``, a
viewer's "copy with layout"): each line holds a line of the left column, a wide run of
spaces, and the line of the right column printed level with it, so the columns interleave
line by line. Read here as the page reads: the left column, then the right.

A page (the text between form feeds, or the whole text) is in two columns when the right
column's lines start at one character position: most lines with words on both sides of a
wide run of spaces have the right side's words start there, every other line ends before it
(a left column's line) or starts at it (a right column's line whose left neighbour is a
paragraph gap), and the left sides are lines of prose, not a number column or a table's first
cells. A line that runs across that position (a heading set over both columns) ends one run
of column lines and opens the next, in place. A comparison set side by side (the old text on
the left, the new on the right, its right side numbering its points again from the start) is
no pair of columns: it is left as it is.

Plain ``pdftotext`` (no ``-layout``) already writes a page's columns one after the other:
nothing here is needed for it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from plandiff.plans.intake.lines import Line

__all__ = ["pasted_columns"]

_SPLIT = re.compile(r" {2,}")
"""The gutter between two columns: two spaces or more."""
_NARROWEST = 16
"""The fewest characters a column of prose is wide."""
_NUMBERED = re.compile(r"^\s*\(?([0-9]{1,3})[.)]\s")
_MIN_ROWS = 4
"""Lines with words in both columns a page needs to be read as two columns."""


@dataclass(frozen=True)
class _Row:
    """One line of a page split at the right column's edge."""

    left: str
    right: str
    across: bool = False
    """The line runs across the edge (a heading over both columns): not split."""


def _edge(texts: list[str]) -> int | None:
    """The character position the right column's lines start at, or None when the lines
    are not in two columns: the position most lines have a run of spaces inside them end at
    (a justified line's wide spaces between words end anywhere)."""
    starts: Counter[int] = Counter()
    for text in texts:
        indent = len(text) - len(text.lstrip(" "))
        end = len(text.rstrip())
        starts.update({gap.end() for gap in _SPLIT.finditer(text, indent) if gap.end() < end})
    if not starts:
        return None
    edge, _ = max(starts.items(), key=lambda item: (item[1], -item[0]))
    near = sum(count for start, count in starts.items() if abs(start - edge) <= 1)
    return edge if near >= _MIN_ROWS and edge >= _NARROWEST else None


def _split(text: str, edge: int) -> _Row:
    """``text`` as its left column's part and its right column's, the right one starting
    within a character of ``edge``."""
    if len(text.rstrip()) < edge - 1:
        return _Row(text.rstrip(), "")
    if not text[:edge - 1].strip():
        return _Row("", text.strip())
    for gap in _SPLIT.finditer(text):
        if abs(gap.end() - edge) <= 1 and gap.end() < len(text.rstrip()):
            return _Row(text[:gap.start()], text[gap.end():].rstrip())
    return _Row(text.rstrip(), "", across=True)


def _prose(rows: list[_Row]) -> bool:
    """Whether the rows split in two are two columns of prose: most lines with words in the
    left column have words in the right one too, each side's lines fill their column (six
    tenths of its width at the median, the width its longest lines' but the tenth longest:
    a table's first cells, a number column, labels, are shorter), few lines run across, and
    the right column's points, if numbered, go on from the left one's (a comparison set side
    by side numbers its points on both sides from the same start)."""
    both = [row for row in rows if row.left.strip() and row.right.strip()]
    if len(both) < _MIN_ROWS or len(both) * 3 < sum(1 for row in rows if row.left.strip()):
        return False
    for side in ("left", "right"):  # each line about as long as its column's widest
        lengths = sorted(len(getattr(row, side).strip()) for row in both)
        if lengths[len(lengths) // 2] < 0.6 * lengths[(9 * len(lengths)) // 10] \
                or lengths[-1] < _NARROWEST:
            return False
    numbers = {side: [int(found.group(1)) for row in rows
                      if (found := _NUMBERED.match(getattr(row, side))) is not None]
               for side in ("left", "right")}
    if numbers["left"] and numbers["right"] and min(numbers["right"]) <= max(numbers["left"]):
        return False  # the right side numbers its points again: a comparison
    return sum(1 for row in rows if row.across) * 4 <= len(rows)


def _trimmed(lines: list[Line]) -> list[Line]:
    """``lines`` without blank lines at either end."""
    while lines and not lines[0].text.strip():
        lines.pop(0)
    while lines and not lines[-1].text.strip():
        lines.pop()
    return lines


def _page(lines: list[Line]) -> tuple[list[Line], bool]:
    """One page's lines with its columns read one after the other, and whether it was in
    two columns."""
    words = [index for index, line in enumerate(lines) if line.text.strip()]
    if not words:
        return lines, False
    # blank lines around the page's text stay where they are (the one a form feed ends)
    head, body, tail = lines[:words[0]], lines[words[0]:words[-1] + 1], lines[words[-1] + 1:]
    edge = _edge([line.text for line in body])
    if edge is None:
        return lines, False
    rows = [_split(line.text, edge) for line in body]
    if not _prose(rows):
        return lines, False
    out: list[Line] = list(head)
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        column = _trimmed(left[:])
        second = _trimmed(right[:])
        out.extend(column)
        if column and second:
            # a point that runs on from the foot of one column to the head of the next
            # reads as one paragraph: no blank line between
            last = column[-1].text.rstrip()
            if last.endswith((".", ";", ":", "!", "?")) or _NUMBERED.match(second[0].text):
                out.append(Line("", second[0].where))
        out.extend(second)
        left.clear()
        right.clear()

    foot = _foot(rows)
    for line, row in zip(body[:foot], rows[:foot], strict=True):
        if row.across:
            flush()
            out.append(line)
            continue
        left.append(Line(row.left.rstrip(), line.where))
        right.append(Line(row.right, line.where))
    flush()
    return out + list(body[foot:]) + tail, True


def _foot(rows: list[_Row]) -> int:
    """Where the page's foot starts below its columns (its footnotes, set across the page
    after a wide gap: two blank lines or more under the right column's last line), or the
    number of rows when there is none."""
    last = max((index for index, row in enumerate(rows) if row.right.strip()), default=-1)
    blank = 0
    for index in range(last + 1, len(rows)):
        if rows[index].left.strip() or rows[index].across:
            if blank >= 2:
                return index
            blank = 0
        else:
            blank += 1
    return len(rows)


def pasted_columns(lines: tuple[Line, ...], breaks: set[int]) -> tuple[tuple[Line, ...], int]:
    """The lines with each page set in two columns (:mod:`this module's rule
    <plandiff.plans.intake.columns>`) read column by column, and how many pages were.
    ``breaks`` holds the indices of the lines that end a page (a form feed after them)."""
    out: list[Line] = []
    pages = 0
    page: list[Line] = []
    for index, line in enumerate(lines):
        page.append(line)
        if index in breaks or index == len(lines) - 1:
            read, columns = _page(page)
            out.extend(read)
            pages += columns
            page = []
    return tuple(out), pages
