"""Line numbers in a PDF's margin (a bill or a legislative draft: 1, 2, 3 … down the left
margin or the right one, or every fifth line), left out of the text.

PDFium gives each margin number as a line of its own (a bare number, left of the text
column or right of all its lines, level with a line of text), often after the page's text,
or runs it onto the line it stands beside (``12 from the line …``, ``… of the state 4``).
Read as text, they became point numbers (a table of provisions' number cells look the same)
or ran onto the last point.

Told apart from a table's number cells by what they number: every line, or every k-th
line. A page's bare numbers left of its text column, each level with a line of text, that
count up by one, at least three of them, numbering a line that runs on in small letters or
that opens with its own list marker (a table's row does neither: its number is its
marker); or that count up by k (2 to 10), all multiples of k, at least two of them. Once
one page has them, the same column's numbers that are multiples of its step leave every
other page too (a last page with only "55"). An empty line's number, level with no text,
counts in a run as long as most of the run's numbers stand level with text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from plandiff.plans.intake.lines import every_kth, stepped_runs
from plandiff.plans.intake.pdfium import RawLine

__all__ = ["drop_line_numbers"]

_ALONE = re.compile(r"^\s*(?P<num>[0-9]{1,4})\s*$")
_OWN_MARKER = re.compile(r"^\s*(?:[(（]?[0-9]{1,3}[.)）]\s|[(（][a-z]{1,4}[)）]|[a-z][.)]\s"
                         r"|[•\-–*]\s|[a-zа-яіїєґ])")
"""A line of text that a table's row does not open with: its own list marker, or a word in
small letters (the line runs on from the one above)."""
_RUN_ON = re.compile(r"^\s*(?P<num>[0-9]{1,4})\s+(?P<text>\S.*)$")
_RUN_OFF = re.compile(r"^(?P<text>.*\S)\s+(?P<num>[0-9]{1,4})\s*$")
_RUN = 3


@dataclass(frozen=True)
class _Number:
    index: int
    value: int
    line: RawLine
    level: RawLine | None
    """The line of text level with it (:func:`_level`); None for an empty line's number."""


def _column_left(text_lines: Sequence[RawLine]) -> float:
    counts = Counter(round(line.x0) for line in text_lines)
    return float(counts.most_common(1)[0][0]) if counts else 0.0


def _level(number: RawLine, text_lines: Sequence[RawLine]) -> RawLine | None:
    """The line of text (of ``text_lines``, the page's lines but its bare numbers) level
    with ``number`` (the same baseline, within half its height), on its right (a left
    margin's number) or on its left (a right margin's)."""
    reach = 0.5 * (number.height or 1.0)
    return next((line for line in text_lines
                 if (line.x0 > number.x1 or line.x1 < number.x0)
                 and abs(line.bottom - number.bottom) <= reach), None)


def _margin_numbers(lines: Sequence[RawLine]) -> list[_Number]:
    """The page's bare numbers left of its text column, or right of every line of its text
    (some parliaments print them there), from the top of the page down: level with a line of
    text, or with none (an empty line's number: LibreOffice and Word number empty lines
    too)."""
    text_lines = [line for line in lines if not _ALONE.match(line.text)]
    left = _column_left(text_lines)
    right = max((line.x1 for line in text_lines), default=0.0)
    found = []
    for index, line in enumerate(lines):
        alone = _ALONE.match(line.text)
        gap = 0.5 * (line.height or 1.0)
        if alone and (line.x1 < left - gap or line.x0 > right + gap):
            found.append(_Number(index, int(alone.group("num")), line,
                                 _level(line, text_lines)))
    return sorted(found, key=lambda n: -n.line.bottom)


def _runs(numbers: list[_Number]) -> list[tuple[int, list[_Number]]]:
    """Runs of numbers that count up by one step each, with the step."""
    return [(step, [numbers[k] for k in places])
            for step, places in stepped_runs([n.value for n in numbers])]


_SPREAD = 2.0
"""Line numbers k apart stand at most this many times k line pitches apart down the page (a
paragraph's spacing adds to the pitch; a table's number cells, a row of several lines each,
stand much further apart)."""


def _pitch(lines: Sequence[RawLine]) -> float:
    """The page's line pitch: a low quantile of the steps down between its lines of text
    (paragraph gaps are wider); 0 when it has too few."""
    bottoms = sorted({round(line.bottom, 1) for line in lines if not _ALONE.match(line.text)},
                     reverse=True)
    steps = sorted(a - b for a, b in itertools.pairwise(bottoms) if a - b > 0.5)
    return steps[len(steps) // 4] if steps else 0.0


def _numbering(step: int, run: list[_Number], pitch: float) -> bool:
    """Whether a run of margin numbers numbers the page's lines: each stands as many lines
    below the one before as it counts up (:data:`_SPREAD`; the number cells 15 and 18 of a
    table whose rows 16 and 17 stand alone, a page apart, are not every third line), and
    see the module notes. Numbers mostly in bold are points' (``2⇥Title``), not lines'."""
    if pitch and any(a.line.bottom - b.line.bottom > _SPREAD * pitch * (b.value - a.value)
                     for a, b in itertools.pairwise(run)):
        return False
    if 2 * sum(n.line.bold_lead for n in run) > len(run):
        return False  # points' numbers in bold (``2⇥Title``); a bold heading's line number
    levels = [n.level for n in run if n.level is not None]
    if 2 * len(levels) < len(run):
        return False  # mostly level with no text: not the lines' numbers
    if step == 1:
        return len(levels) >= _RUN and any(_OWN_MARKER.match(level.text) for level in levels)
    return every_kth(step, [n.value for n in run])


def _apart(gap: tuple[float, float] | None, line: RawLine) -> bool:
    return gap is not None and gap[1] - gap[0] >= 0.6 * (line.height or 1.0)


def _pieces(lines: Sequence[RawLine]) -> list[tuple[int, RawLine]]:
    """The page's lines, with a line that opens or ends with a number set apart from its
    text (a margin number PDFium ran onto its line: ``12 from the line …``, ``… within its
    4``) as two pieces, the number and the text in the order they stand; each with the
    index of the line it comes from."""
    out: list[tuple[int, RawLine]] = []
    for index, line in enumerate(lines):
        found = _RUN_ON.match(line.text)
        trail = _RUN_OFF.match(line.text)
        if found is not None and line.lead is not None and _apart(line.lead, line):
            out.append((index, replace(line, text=found.group("num"), x1=line.lead[0])))
            out.append((index, replace(line, text=found.group("text"), x0=line.lead[1])))
        elif trail is not None and line.trail is not None and _apart(line.trail, line):
            out.append((index, replace(line, text=trail.group("text"), x1=line.trail[0])))
            out.append((index, replace(line, text=trail.group("num"), x0=line.trail[1])))
        else:
            out.append((index, line))
    return out


def drop_line_numbers(pages: Sequence[Sequence[RawLine]]) -> tuple[list[list[RawLine]], int]:
    """Each page's lines without its margin line numbers (module notes), and how many
    left."""
    if not any(_ALONE.match(line.text) or line.lead is not None or line.trail is not None
               for lines in pages for line in lines):
        return [list(lines) for lines in pages], 0
    split = [_pieces(lines) for lines in pages]
    views = [[piece for _, piece in pieces] for pieces in split]
    found = [_margin_numbers(lines) for lines in views]
    steps: set[int] = set()
    edges: list[float] = []
    drop: list[set[int]] = [set() for _ in pages]
    for page, numbers in enumerate(found):
        pitch = _pitch(views[page])
        for step, run in _runs(numbers):
            if _numbering(step, run, pitch):
                steps.add(step)
                edges.extend(n.line.x1 for n in run)
                drop[page].update(n.index for n in run)
    if not steps:
        return [list(lines) for lines in pages], 0
    step = min(steps)
    for page, numbers in enumerate(found):  # the same column on every page
        drop[page].update(n.index for n in numbers if n.value % step == 0
                          and any(abs(n.line.x1 - edge) <= 2.0 for edge in edges))
    out: list[list[RawLine]] = []
    for page_lines, pieces, gone in zip(pages, split, drop, strict=True):
        kept: list[RawLine] = []
        for position, (index, piece) in enumerate(pieces):
            if position and pieces[position - 1][0] == index:
                continue  # the second piece of a split line: read with the first
            if position + 1 < len(pieces) and pieces[position + 1][0] == index:
                left = [p for p in (position, position + 1) if p not in gone]
                # the text of a split line without its number, or the whole line
                kept.extend([pieces[left[0]][1]] if len(left) == 1 else
                            [page_lines[index]] if left else [])
            elif position not in gone:
                kept.append(piece)  # a whole line
        out.append(kept)
    return out, sum(len(gone) for gone in drop)
