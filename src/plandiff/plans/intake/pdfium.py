"""Adapter for pypdfium2 (Google's PDFium): the only module that imports it.

It opens a PDF from memory (never from a path or the network), says how many pages it has,
and gives each page's text as PDFium lays it out (its own reading order and line breaks),
each line with its box, so the PDF reader can tell running headers from body text. PDFium is
C++, fast, and keeps up with the PDFs browsers and office suites write.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import dataclasses
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from plandiff.plans.intake.lines import UNSPACED, UNSPACED_CHAR
from plandiff.plans.intake.markers import SUPERSCRIPT

__all__ = ["PageMarks", "PdfRefused", "PdfText", "RawLine"]

_Box = tuple[float, float, float, float]
"""left, bottom, right, top"""
_THIN = 2.5
"""A change bar is at most this thick (points)."""
_THIN_HEIGHT = 0.3
"""A rule across or under a line's text (a strike-through, an underline) is at most this
share of the line's glyph height thick (:attr:`RawLine.height`, about 0.7 em: a fifth of the
type size, 2.5 pt at 12 pt): a word processor draws the strike of large type thicker (a
tenth of an em, a bold strike more), and a bar a third of an em thick under small type is a
marker's highlight, no strike. The glyph height, not the size PDFium reports: a page that
sets its text at 1 pt and scales it by the text matrix reports 1."""
_THICKEST = 12.0
"""The thickest flat rule kept for :data:`_THIN_HEIGHT` to judge (points)."""


class PdfRefused(Exception):
    """PDFium could not open the file (the message says why: password, damage ...)."""


@dataclass(frozen=True)
class RawLine:
    """One line of a page, in PDF units (origin at the bottom left)."""

    text: str
    x0: float
    x1: float
    bottom: float
    """The line's baseline (the median origin of its characters, where the font sets them)."""
    top: float
    height: float
    """A high quantile of its characters' box heights (capitals and ascenders: a proxy for
    the font size)."""
    size: float = 0.0
    """The median font size (em size, points) PDFium reports for its characters; 0 when it
    reports none."""
    struck: tuple[str, ...] = ()
    """Runs of the line's characters that a rule crosses at mid-height (struck through: a
    tracked deletion as Word and LibreOffice print it), left out of ``text``."""
    underlined: int = 0
    """Runs of characters with a rule just under their baseline (a tracked insertion, or a
    link), kept in ``text``."""
    struck_head: bool = False
    """The line's first visible character is struck through (a deletion runs in from the
    line before, or an old list number stands before the new one)."""
    struck_tail: bool = False
    """The line's last visible character is struck through (a deletion runs on)."""
    cells: tuple[str, ...] = ()
    """For a line that opens with a number set apart from the rest by a gap wider than
    :data:`_CELL_GAP` glyph heights (a table's row, its cells run together): its cells, split
    at every such gap; empty otherwise."""
    cell_starts: tuple[float, ...] = ()
    """Where each of :attr:`cells` after the first starts (its left edge, PDF units)."""
    lead: tuple[float, float] | None = None
    """For a line that opens with a bare number and a space (``12 from the line …``: a
    margin's line number or a table's number cell run onto its line): the right edge of the
    number and the left edge of the text after it."""
    bold: bool = False
    """Whether the line's text (what is not struck through) is all set in a bold face, as a
    point's title line is (``[3]⇥Title``)."""
    bold_lead: bool = False
    """Whether the line's text opens in a bold face (``3⇥Title`` with a bold number: a
    Japanese font with no bold face of its own prints the title bold by other means)."""
    trail: tuple[float, float] | None = None
    """For a line that ends with a space and a bare number (``… within its 4``: a line
    number in the right margin run onto its line): the right edge of the text before it and
    the left edge of the number."""
    rtl: bool = False
    """Whether the line is right-to-left text (Arabic, Hebrew: more such letters than
    left-to-right ones), its ``text`` put in logical order from the characters' places
    (:func:`_logical`)."""
    notes: tuple[int, ...] = ()
    """The footnotes whose marks the PDF reader took out of the line (their places in the
    draft's list of footnotes), so that each goes to the notes of the paragraph holding it."""


@dataclass(frozen=True)
class PageMarks:
    """What a page shows of tracked changes besides its text."""

    bars: int = 0
    """Change bars: thin vertical rules in the margin, level with a line of text."""
    drawn: bool = False
    """Whether the page draws anything at all (an image, a path, text): a page that does
    and has no text is a scanned page or text drawn as outlines, not a blank page."""
    comments: tuple[str, ...] = ()
    """What reviewers wrote on the page in annotations (sticky notes, text boxes, notes on a
    highlight): ``Author: text``, or the text alone."""
    fields: int = 0
    """Form fields on the page whose value holds text (not part of the page's text)."""
    unmapped: float = 0.0
    """The share of the page's characters (a sample) whose font maps them to no Unicode
    character (no ToUnicode map, no known encoding): PDFium gives glyph numbers for them,
    and the text reads as garbage (``\x01\x04\x05``, ``+RPH`` for ``Home``)."""
    pictured: float = 0.0
    """The share of the page that its largest image covers (a scanned page's picture of
    itself is most of it)."""


class PdfText:
    """An open PDF (close it after use)."""

    def __init__(self, data: bytes) -> None:
        try:
            self._pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc).lower()
            if "password" in message or "security" in message:
                raise PdfRefused("encrypted: it needs a password to open; save an "
                                 "unprotected copy") from None
            reason = re.sub(r"^Failed to load document \(PDFium: (.*)\)\.?$", r"\1", str(exc))
            raise PdfRefused(f"damaged or incomplete (a download cut short?): it cannot be "
                             f"opened ({reason.rstrip('.')})") from None

    def __len__(self) -> int:
        return len(self._pdf)

    def close(self) -> None:
        self._pdf.close()

    def info(self) -> dict[str, str]:
        """The document information dictionary (``CreationDate``, ``ModDate`` ...), as
        strings; empty when it cannot be read."""
        try:
            return {key: value for key, value in self._pdf.get_metadata_dict().items()
                    if isinstance(value, str)}
        except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
            return {}

    def page(self, index: int) -> tuple[float, float, list[RawLine]]:
        """Width, height and the lines of page ``index`` (0-based)."""
        width, height, lines, _ = self.page_marks(index)
        return width, height, lines

    def page_marks(self, index: int) -> tuple[float, float, list[RawLine], PageMarks]:
        """:meth:`page` and the change bars the page shows."""
        try:
            return self._page(index)
        except pdfium.PdfiumError as exc:
            raise PdfRefused(f"page {index + 1} cannot be read ({exc})") from None

    def _page(self, index: int) -> tuple[float, float, list[RawLine], PageMarks]:
        page = self._pdf[index]
        try:
            if page.get_rotation():  # read as drawn (the copy in memory only): PDFium's
                page.set_rotation(0)  # reading order of a page shown turned mixed lines up
            width, height = page.get_size()
            drawn = pdfium_c.FPDFPage_CountObjects(page.raw) > 0
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                text = textpage.get_text_range(0, count) if count else ""
                turn = _turn(_quarter(textpage, text), float(width), float(height))
                vertical = turn is None and _vertical(textpage, text)
                columns: list[RawLine] = []
                if vertical:  # 縦書き: columns read right to left as lines top to bottom
                    turn = _turn(3, float(width), float(height))
                if vertical and turn is not None:
                    columns = _column_lines(textpage, text, turn)
                if turn is not None:
                    textpage = _Upright(textpage, turn)
                    width, height = turn.width, turn.height
                flat, upright, dots, image = _rules(page, turn)
                lines = _bulleted(columns if vertical else _lines(textpage, text, flat), dots)
                unmapped = _unmapped(textpage, text)
            finally:
                textpage.close()
            comments, fields = _annotations(page)
        finally:
            page.close()
        return float(width), float(height), lines, PageMarks(
            _bars(lines, upright), drawn, comments, fields, unmapped,
            image / (float(width) * float(height)) if width and height else 0.0)


@dataclass(frozen=True)
class _Turn:
    """Boxes turned a number of quarter turns clockwise, to where they show upright on a
    page ``width`` by ``height`` (after the turn)."""

    quarters: int
    width: float
    height: float
    """The page's size once turned."""
    source: tuple[float, float]
    """The page's width and height before."""

    def __call__(self, box: _Box) -> _Box:
        left, bottom, right, top = box
        width, height = self.source
        if self.quarters == 1:  # text running up the page
            return bottom, width - right, top, width - left
        if self.quarters == 3:  # text running down
            return height - top, left, height - bottom, right
        return width - right, height - top, width - left, height - bottom


def _quarter(textpage: pdfium.PdfTextPage, text: str) -> int:
    """How many quarter turns counterclockwise most of the page's characters (a sample)
    are drawn at: 1 for a landscape page stored turned on a portrait one, its text running
    up the page (a scanner's, an assembling tool's; ``/Rotate`` turns it back on screen)."""
    turns: Counter[int] = Counter()
    for i in _spread(text, 32):
        angle = float(pdfium_c.FPDFText_GetCharAngle(textpage.raw, i))
        if angle >= 0:  # PDFium's angle runs clockwise
            turns[(4 - round(math.degrees(angle) / 90)) % 4] += 1
    return turns.most_common(1)[0][0] if turns else 0


def _spread(text: str, count: int) -> list[int]:
    """About ``count`` offsets of visible characters of ``text``, spread over it (a sample
    read without a loop over every character: a page holds thousands)."""
    step = max(1, len(text) // count)
    return [i for i in range(0, len(text), step) if not text[i].isspace()]


def _turn(quarters: int, width: float, height: float) -> _Turn | None:
    """The turn that sets text drawn ``quarters`` turns counterclockwise upright (None for
    upright text)."""
    if quarters == 0:
        return None
    size = (height, width) if quarters % 2 else (width, height)
    return _Turn(quarters, size[0], size[1], (width, height))


_FLOW_SAMPLE = 48
"""Pairs of neighbouring characters whose boxes tell which way a page's text runs."""


def _vertical(textpage: pdfium.PdfTextPage, text: str) -> bool:
    """Whether most of the page's text runs down the page in columns (縦書き: a Japanese
    newspaper's page, a document Word or LibreOffice sets vertical, Chromium's
    ``writing-mode: vertical-rl``): a sample of characters, each against the next visible
    one, steps down far more often than it steps right (Japanese or Chinese characters
    only: a browser's header and footer set across such a page are Latin). PDFium reads
    such a page in lines as it guesses them, and on a page of few columns it gave every
    character a line of its own."""
    if text.isascii():
        return False
    down = right = 0
    cjk = [m.start() for m in UNSPACED_CHAR.finditer(text)]  # a header's address, date
    for i in cjk[::max(1, len(cjk) // _FLOW_SAMPLE)]:        # and page number are not
        j = i + 1
        while j < len(text) and text[j].isspace():
            j += 1
        if j >= len(text) or j - i > 3:
            continue
        try:
            a = textpage.get_charbox(i, loose=True)
            b = textpage.get_charbox(j, loose=True)
        except (pdfium.PdfiumError, IndexError, ValueError):
            continue
        size = max(a[2] - a[0], a[3] - a[1], 1.0)
        dx = (b[0] + b[2]) / 2 - (a[0] + a[2]) / 2
        dy = (b[1] + b[3]) / 2 - (a[1] + a[3]) / 2
        if -2.5 * size < dy < -0.3 * size and abs(dx) < 0.5 * size:
            down += 1
        elif 0 < dx < 2.5 * size and abs(dy) < 0.3 * size:
            right += 1
    return down >= 3 and down > 2 * right


@dataclass
class _Run:
    """Characters of a vertical page read into one column (or one horizontal line)."""

    chars: list[str]
    boxes: list[_Box]
    cells: list[_Box]
    """The characters' loose boxes (the font's whole em: a full stop's box is its cell's,
    not the dot in its corner)."""
    sizes: list[float]
    across: bool = False
    """The run goes right along a baseline (a heading or a page number set horizontally
    on a vertical page), not down a column."""


def _step(run: _Run, box: _Box, size: float) -> str | None:
    """How a character's box (as drawn) goes on ``run``: ``"down"`` its column (two digits
    set side by side in one, 縦中横, too), ``"across"`` a horizontal line (a run of one
    character may start either), or None: it starts a run of its own."""
    last = run.cells[-1]
    em = max(size, 1.0)
    across = abs((box[1] + box[3]) / 2 - (last[1] + last[3]) / 2) < 0.3 * em \
        and -0.3 * em < box[0] - last[2] < 1.5 * em
    if run.across or (across and len(run.boxes) == 1):
        return "across" if across else None
    column = sorted((b[0] + b[2]) / 2 for b in run.cells)[len(run.cells) // 2]
    if abs((box[0] + box[2]) / 2 - column) <= 0.6 * em and box[3] <= last[3] + 0.3 * em \
            and last[1] - box[3] < 2.0 * em:
        return "down"
    return None


def _column_lines(textpage: pdfium.PdfTextPage, text: str, turn: _Turn) -> list[RawLine]:
    """The lines of a vertical page (:func:`_vertical`), read from its characters' boxes,
    not PDFium's lines: each column, right to left, is a line, top to bottom, in the frame
    ``turn`` gives (a column's head at a line's left). The characters PDFium made up (line
    ends, spaces) are left out, but a space between two Latin letters or digits stays. A
    line set horizontally (a page number, a heading across the page) is a line of its own
    at its place on the page, scaled to the turned page."""
    raw = textpage.raw
    runs: list[_Run] = []
    run: _Run | None = None
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            pending_space = pending_space or (ch in " \u3000" and run is not None)
            if ch == "\u3000" and pdfium_c.FPDFText_IsGenerated(raw, i) != 1 \
                    and run is not None:
                run.chars.append(ch)  # an ideographic space is the text's
                pending_space = False
            continue
        try:
            box = textpage.get_charbox(i, loose=False)
            cell = textpage.get_charbox(i, loose=True)
        except (pdfium.PdfiumError, IndexError, ValueError):
            continue
        size = float(pdfium_c.FPDFText_GetFontSize(raw, i))
        step = _step(run, cell, size) if run is not None else None
        if run is not None and step is not None:
            run.across = step == "across"
            if pending_space and run.chars and run.chars[-1].isascii() and ch.isascii():
                run.chars.append(" ")
        else:
            run = _Run([], [], [], [])
            runs.append(run)
        pending_space = False
        run.chars.append(ch)
        run.boxes.append(box)
        run.cells.append(cell)
        run.sizes.append(size)
    columns = [_run_line(run, turn) for run in runs if not run.across]
    body = [line for line in columns if len(line.text) >= 8] or columns
    head = sorted(line.x0 for line in body)[len(body) // 4] if body else -math.inf
    foot = max((line.x1 for line in body), default=math.inf)
    lines = [_across_line(run, turn, head, foot) if run.across
             else _placed(line, turn, head, foot) for run, line in zip(
                 runs, _aligned(runs, columns), strict=True)]
    # reading order: tier by tier (段), each tier's columns right to left, that is the
    # turned page's bands left to right, each band's lines top to bottom
    bands = _bands(columns)  # a header or an address set across may bridge the tiers
    return sorted(lines, key=lambda line: (bands(line), -line.bottom, line.x0))


def _bands(lines: list[RawLine]) -> Callable[[RawLine], int]:
    """Which band of the turned page a line stands in: the page's tiers (段, as a newspaper
    or a page set in columns stacks its columns in two or three rows) are bands side by side
    once turned, apart by a gap no line crosses; a line read by its place alone went from
    the first tier's column to the second's on the same level."""
    if not lines:
        return lambda line: 0
    gap = sorted(line.height for line in lines)[len(lines) // 2]
    starts: list[float] = []
    end = -math.inf
    for line in sorted(lines, key=lambda line: line.x0):
        if line.x0 > end + gap:
            starts.append(line.x0)
        end = max(end, line.x1)
    return lambda line: bisect.bisect_right(starts, line.x0) - 1


def _aligned(runs: list[_Run], columns: list[RawLine]) -> list[RawLine | None]:
    """``columns`` (the lines of the runs that are not set across) in the places of their
    runs, None for the others."""
    found = iter(columns)
    return [None if run.across else next(found) for run in runs]


def _placed(line: RawLine | None, turn: _Turn, head: float, foot: float) -> RawLine:
    """A column wholly in the page's top or bottom margin (a running header or a page
    number set vertical) moved to the turned page's top or bottom edge, where a header or
    footer stands on any page: by its place across the page it stood among the body's
    columns and was read into a point."""
    assert line is not None
    step = line.top - line.bottom
    if line.x1 < head - line.height:
        return dataclasses.replace(line, bottom=turn.height - 2.0 - step, top=turn.height - 2.0)
    if line.x0 > foot + line.height:
        return dataclasses.replace(line, bottom=2.0, top=2.0 + step)
    return line


def _across_line(run: _Run, turn: _Turn, head: float, foot: float) -> RawLine:
    """A line set across a vertical page, as a line of the turned page: above the body's
    columns (a running header) at its top edge, below them (a page number, a footer) at its
    bottom edge, and among them (a headline across the columns) before the first column it
    stands over."""
    sizes = sorted(run.sizes)
    size = max(0.0, sizes[len(sizes) // 2])
    left = min(b[0] for b in run.boxes)
    right = max(b[2] for b in run.boxes)
    low = sorted(b[1] for b in run.boxes)[len(run.boxes) // 2]
    high = sorted(b[3] for b in run.boxes)[len(run.boxes) // 2]
    heights = sorted(b[3] - b[1] for b in run.boxes)
    height = heights[(4 * len(heights)) // 5]
    start = turn.source[1] - high  # where it stands across the turned page
    if turn.source[1] - low < head - 1.0:
        bottom = turn.height - 2.0 - (high - low)
        start = head
    elif start > foot + 1.0:
        bottom, start = 2.0, head
    else:
        bottom = right
    text = "".join(run.chars).strip()
    return RawLine(text, start, start + right - left, bottom, bottom + high - low, height, size)


def _run_line(run: _Run, turn: _Turn) -> RawLine:
    sizes = sorted(run.sizes)
    size = max(0.0, sizes[len(sizes) // 2])
    text = "".join(run.chars).strip()
    boxes = [turn(box) for box in run.boxes]
    heights = sorted(b[3] - b[1] for b in boxes)
    bottoms = sorted(b[1] for b in boxes)
    tops = sorted(b[3] for b in boxes)
    return RawLine(text, min(b[0] for b in boxes), max(b[2] for b in boxes),
                   bottoms[len(bottoms) // 2], tops[len(tops) // 2],
                   heights[(4 * len(heights)) // 5], size)


class _Upright:
    """A text page whose characters' boxes are turned upright (:class:`_Turn`): every
    measure of the reader (lines, bands, indentation, gaps) then holds as on any page."""

    def __init__(self, textpage: pdfium.PdfTextPage, turn: _Turn) -> None:
        self._textpage = textpage
        self._turn = turn
        self.raw = textpage.raw

    def get_charbox(self, index: int, loose: bool = False) -> _Box:
        box = self._textpage.get_charbox(index, loose=loose)
        return self._turn((box[0], box[1], box[2], box[3]))

    def baseline(self, index: int) -> float | None:
        """The height of the character's origin once turned upright (:func:`_baseline`)."""
        origin = _origin(self._textpage, index)
        return None if origin is None else self._turn((*origin, *origin))[1]

    def close(self) -> None:
        self._textpage.close()


def _origin(textpage: pdfium.PdfTextPage, index: int) -> tuple[float, float] | None:
    x, y = ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x),
                                           ctypes.byref(y)):
        return None
    return x.value, y.value


def _baseline(textpage: pdfium.PdfTextPage | _Upright, index: int) -> float | None:
    """The height of the baseline a character stands on: its origin, where the font sets
    it, not the foot of its glyph (``р``, ``у``, ``g`` hang below it)."""
    if isinstance(textpage, _Upright):
        return textpage.baseline(index)
    origin = _origin(textpage, index)
    return None if origin is None else origin[1]


_COMMENTS = frozenset({pdfium_c.FPDF_ANNOT_TEXT, pdfium_c.FPDF_ANNOT_FREETEXT,
                       pdfium_c.FPDF_ANNOT_HIGHLIGHT, pdfium_c.FPDF_ANNOT_UNDERLINE,
                       pdfium_c.FPDF_ANNOT_SQUIGGLY, pdfium_c.FPDF_ANNOT_STRIKEOUT,
                       pdfium_c.FPDF_ANNOT_CARET, pdfium_c.FPDF_ANNOT_STAMP,
                       pdfium_c.FPDF_ANNOT_INK})
"""The kinds of annotation a reviewer writes a remark in (links and pop-ups are not: a
pop-up repeats its parent's text)."""


def _annotations(page: pdfium.PdfPage) -> tuple[tuple[str, ...], int]:
    """The page's reviewers' remarks (:attr:`PageMarks.comments`) and the number of its form
    fields that hold text."""
    comments: list[str] = []
    fields = 0
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            kind = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if kind == pdfium_c.FPDF_ANNOT_WIDGET:
                fields += bool(_annot_string(annot, b"V").strip())
            elif kind in _COMMENTS:
                text = " ".join(_annot_string(annot, b"Contents").split())
                author = " ".join(_annot_string(annot, b"T").split())
                if text:
                    comments.append(f"{author}: {text}" if author else text)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return tuple(comments), fields


def _annot_string(annot: object, key: bytes) -> str:
    """An annotation's text entry (``Contents``, ``T``, ``V``), ``""`` when it has none."""
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(
        buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace")


_MAP_SAMPLE = 100
"""Characters per page whose Unicode mapping is checked (each is a call into PDFium)."""


def _unmapped(textpage: pdfium.PdfTextPage, text: str) -> float:
    """The share of the page's visible characters (a sample, spread over the page) that
    PDFium could map to no Unicode character (:attr:`PageMarks.unmapped`)."""
    sample = _spread(text, _MAP_SAMPLE)
    if not sample:
        return 0.0
    errors = sum(1 for i in sample if pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, i) == 1)
    return errors / len(sample)


def _rules(page: pdfium.PdfPage, turn: _Turn | None = None
           ) -> tuple[list[_Box], list[_Box], list[_Box], float]:
    """The page's thin horizontal and vertical rules (path objects, in form objects too), as
    boxes, and the area of its largest image. Read through PDFium's C calls: most of a page's
    objects are text, and wrapping each one in a Python object cost more than the rest of
    this."""
    flat: list[_Box] = []
    upright: list[_Box] = []
    dots: list[_Box] = []
    image = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    stack = [(pdfium_c.FPDFPage_CountObjects(page.raw), None, 0)]
    while stack:
        count, form, depth = stack.pop()
        for index in range(count):
            obj = pdfium_c.FPDFPage_GetObject(page.raw, index) if form is None \
                else pdfium_c.FPDFFormObj_GetObject(form, index)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((pdfium_c.FPDFFormObj_CountObjects(obj), obj, depth + 1))
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE and pdfium_c.FPDFPageObj_GetBounds(
                    obj, left, bottom, right, top):
                image = max(image, (right.value - left.value) * (top.value - bottom.value))
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(
                    obj, left, bottom, right, top):
                continue
            box = (left.value, bottom.value, right.value, top.value)
            if turn is not None:
                box = turn(box)
            thick, long = box[3] - box[1], box[2] - box[0]
            if long > _THIN and (thick <= _THIN or (thick <= _THICKEST and long > 3 * thick)):
                flat.append(box)
            elif box[2] - box[0] <= _THIN and box[3] - box[1] > 2 * _THIN:
                upright.append(box)
            elif _DOT[0] <= box[2] - box[0] <= _DOT[1] and _DOT[0] <= box[3] - box[1] <= _DOT[1] \
                    and abs((box[2] - box[0]) - (box[3] - box[1])) <= 1.0:
                dots.append(box)
    return flat, upright, dots, image


_DOT = (2.0, 8.0)
"""A list's bullet drawn as a shape (a disc, a circle, a square: Chromium's) is this many
points wide and as high."""


def _bulleted(lines: list[RawLine], dots: list[_Box]) -> list[RawLine]:
    """The lines with ``• `` before each that a drawn bullet stands just left of, level with
    it: the text layer has no character there, and an item that ended short of the line's
    end ran on into the next one."""
    if not dots:
        return lines
    out = []
    for line in lines:
        reach = 3.0 * (line.height or 1.0)
        if any(line.x0 - reach <= box[2] <= line.x0
               and line.bottom - 0.3 * line.height <= (box[1] + box[3]) / 2
               <= line.bottom + 1.2 * line.height for box in dots):
            line = dataclasses.replace(line, text=f"• {line.text}")
        out.append(line)
    return out


def _bars(lines: list[RawLine], upright: list[_Box]) -> int:
    """Vertical rules outside the text's left or right edge, level with a line of text."""
    if not lines or not upright:
        return 0
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    return sum(1 for box in upright if (box[2] < left - 2.0 or box[0] > right + 2.0)
               and any(box[1] - 2.0 <= line.bottom <= box[3] + 2.0 for line in lines))


@dataclass(frozen=True)
class _Marks:
    """What the rules across and under a line's characters mark (:func:`_marked`)."""

    kept: tuple[int, ...]
    """The offsets (in the line's characters) of the characters not struck through."""
    struck: tuple[str, ...]
    underlined: int
    head: bool
    """The first visible character is struck through."""
    tail: bool
    """The last visible character is struck through."""


def _covered(left: float, right: float, box: _Box) -> bool:
    """Whether a rule covers at least half of a character's box (a strike that runs on a
    little past a deleted "." misses the ";" after it)."""
    return min(right, box[2]) - max(left, box[0]) >= (right - left) / 2


_RAISED = 0.25
"""A digit or bracket whose glyph's foot stands this share of the line's glyph height above
the line's baseline is raised (a note's mark set as a superscript): a rule is measured from
its foot."""
_FOOTED = frozenset("0123456789[]()")
"""The glyphs that stand on the baseline when not raised (not a dash, a quotation mark, or a
kanji such as 一, whose strokes stand at mid-height)."""


def _marked(textpage: pdfium.PdfTextPage, start: int, chars: str, baseline: float,
            height: float, rules: list[_Box]) -> _Marks:
    """The characters a rule strikes through and those it underlines. A rule marks a
    character when it covers at least half of the character's advance (its loose box: the
    ink of a "j" reaches left under the letter before it, and a strike ending over a struck
    "t" covered half of the kept "j"'s ink, ``joins`` read ``oins``). A strike crosses a
    character between a fifth and nine-tenths of the line's glyph height above the baseline;
    an underline lies within half that height under it (a descender's box reaches lower: the
    baseline is the line's; a raised mark's is its own foot, :data:`_RAISED`). A space the
    page draws (a glyph with a width) is struck when a
    strike crosses it, as a letter is; a space PDFium made up only when the characters on
    both sides of it are: the space between a deleted word and a kept one is the kept text's
    (``Russia[, Ukraine] and`` reads ``Russia and``, not ``Russiaand``)."""
    strikes: list[bool | None] = []
    unders: list[bool] = []
    raw = textpage.raw
    for i, ch in enumerate(chars):
        try:
            left, bottom, right, _ = textpage.get_charbox(start + i, loose=False)
        except (pdfium.PdfiumError, IndexError, ValueError):
            left = right = bottom = -1.0
        if ch.isspace() and (right <= left or pdfium_c.FPDFText_IsGenerated(raw, start + i) == 1):
            strikes.append(None)  # decided by its neighbours, below
            unders.append(False)
            continue
        if right > left:  # the glyph's advance: an ink box overhangs it ("j" reaches left)
            with contextlib.suppress(pdfium.PdfiumError, IndexError, ValueError):
                left, _, right, _ = textpage.get_charbox(start + i, loose=True)
        middle = (left + right) / 2
        strike = under = False
        for box in rules:
            if right > left:
                if not _covered(left, right, box):
                    continue
            elif not box[0] - 0.5 <= middle <= box[2] + 0.5:
                continue
            # a raised mark (``[1]``, a superscript digit) stands on its own foot: the
            # underline of a link set so lies at mid-height of the line's own letters
            foot = bottom if ch in _FOOTED \
                and bottom > baseline + _RAISED * (height or 1.0) else baseline
            level = ((box[1] + box[3]) / 2 - foot) / (height or 1.0)
            strike = strike or 0.2 <= level <= 0.9
            under = under or -0.6 <= level < 0.1
        strikes.append(strike)
        unders.append(under and not ch.isspace())
    visible = [i for i, ch in enumerate(chars) if not ch.isspace()]
    for i in range(len(chars)):
        if strikes[i] is None:
            before = [k for k in visible if k < i]
            after = [k for k in visible if k > i]
            strikes[i] = bool(before and after and strikes[before[-1]] and strikes[after[0]])
    kept: list[int] = []
    struck: list[str] = []
    underlined = 0
    was_struck = was_under = False
    for i, ch in enumerate(chars):
        strike = bool(strikes[i])
        under = unders[i] or (ch.isspace() and was_under)  # a space inside a run stays in it
        if strike:
            if not was_struck:
                struck.append("")
            struck[-1] += ch
        else:
            kept.append(i)
        if under and not was_under and not strike:
            underlined += 1
        was_struck, was_under = strike, under and not strike
    return _Marks(tuple(kept), tuple(run.strip() for run in struck if run.strip()), underlined,
                  bool(visible) and bool(strikes[visible[0]]),
                  bool(visible) and bool(strikes[visible[-1]]))


_SAMPLE = 12
"""Characters per line whose boxes are read (each is a call into PDFium)."""


_JOIN_MARKS = re.compile("[\ufffe\x02]")
"""What PDFium puts where it joined a word broken with a hyphen at a line end to the rest of
it on the next line, in one line of its text."""


def _visual_pieces(textpage: pdfium.PdfTextPage, start: int, chars: str
                   ) -> list[tuple[int, str]]:
    """``chars`` (a line of PDFium's text, starting at offset ``start``) cut back into the
    visual lines PDFium joined at a hyphenated line end: after each join mark whose next
    character sits on another baseline (a mark inside a line stays). Each piece with its
    offset; the mark ends the piece before it, so the hyphenation rule still sees it."""
    pieces: list[tuple[int, str]] = []
    begin = 0
    for mark in _JOIN_MARKS.finditer(chars):
        k = mark.start()
        if k == 0 or k + 1 >= len(chars):
            continue
        try:
            before = textpage.get_charbox(start + k - 1, loose=False)
            after = textpage.get_charbox(start + k + 1, loose=False)
        except (pdfium.PdfiumError, IndexError, ValueError):
            continue
        height = max(before[3] - before[1], 1.0)
        if abs(before[1] - after[1]) > 0.5 * height:
            pieces.append((start + begin, chars[begin:k + 1]))
            begin = k + 1
    pieces.append((start + begin, chars[begin:]))
    return pieces


def _lines(textpage: pdfium.PdfTextPage, text: str, rules: list[_Box]) -> list[RawLine]:
    out: list[RawLine] = []
    offset = 0
    for whole in text.split("\n"):
        stripped = whole.rstrip("\r")
        pieces = (_visual_pieces(textpage, offset, stripped)
                  if _JOIN_MARKS.search(stripped) else [(offset, stripped)])
        offset += len(whole) + 1
        for start, chars in pieces:
            line = _line(textpage, start, chars, rules)
            if line is not None:
                out.append(line)
    return out


def _line(textpage: pdfium.PdfTextPage, start: int, chars: str, rules: list[_Box]
          ) -> RawLine | None:
    """One visual line of the page's text (``chars``, at offset ``start``), or None when it
    holds nothing visible."""
    boxes = []
    sizes = []
    visible = [i for i, ch in enumerate(chars) if not ch.isspace()]
    if len(visible) > _SAMPLE:  # the ends fix x0/x1; a spread of others the height
        step = len(visible) / (_SAMPLE - 1)
        visible = sorted({visible[0], visible[-1],
                          *(visible[int(k * step)] for k in range(_SAMPLE - 1))})
    origins = []
    for i in visible:
        try:
            box = textpage.get_charbox(start + i, loose=False)
        except (pdfium.PdfiumError, IndexError, ValueError):
            continue
        boxes.append(box)
        sizes.append(float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + i)))
        origin = _baseline(textpage, start + i)
        if origin is not None:
            origins.append(origin)
    if chars.strip() and boxes:
        heights = sorted(b[3] - b[1] for b in boxes)
        # the baseline is the median origin (a median bottom was a descender's on a
        # Cyrillic line whose sample held as many р, у, ф as other letters: the line stood
        # three points low, and the step down to it read as a paragraph's gap in the
        # middle of a point set one and a half lines apart); the median top the x-height
        # or cap height: steadier than the extremes of a sample
        bottoms = sorted(origins or [b[1] for b in boxes])
        tops = sorted(b[3] for b in boxes)
        line = RawLine(chars, min(b[0] for b in boxes), max(b[2] for b in boxes),
                       bottoms[len(bottoms) // 2], tops[len(tops) // 2],
                       heights[(4 * len(heights)) // 5],
                       max(0.0, sorted(sizes)[len(sizes) // 2]))
        thin = _THIN_HEIGHT * line.height
        near = [box for box in rules if box[2] >= line.x0 and box[0] <= line.x1
                and box[3] - box[1] <= thin
                and line.bottom - 0.6 * line.height <= (box[1] + box[3]) / 2
                <= line.bottom + line.height]
        gaps = _layout_gaps(textpage, start, chars) | _letter_gaps(textpage, start, chars)
        kept = tuple(i for i in range(len(chars)) if i not in gaps) if gaps else None
        if near:  # only lines a rule runs through or under pay for every box
            marks = _marked(textpage, start, chars, line.bottom, line.height, near)
            kept = tuple(i for i in marks.kept if i not in gaps)
            line = dataclasses.replace(
                line, text="".join(chars[i] for i in kept), struck=marks.struck,
                underlined=marks.underlined, struck_head=marks.head, struck_tail=marks.tail)
        if gaps and not line.struck:
            line = dataclasses.replace(line, text="".join(
                ch for i, ch in enumerate(chars) if i not in gaps))
        lead = _LEAD.match(chars) if not gaps or _LEAD.match(line.text) else None
        if lead:
            line = dataclasses.replace(line, lead=_edges(
                textpage, start, lead.start("space") - 1, lead.end("space")))
            if line.lead is not None and not gaps and not line.struck \
                    and line.lead[1] - line.lead[0] >= _CELL_GAP * line.height:
                cells, starts = _cells(textpage, start, chars, _CELL_GAP * line.height)
                line = dataclasses.replace(line, cells=cells, cell_starts=starts)
        bold_lead, bold = _bold(textpage, start, chars, kept)
        if bold_lead:
            line = dataclasses.replace(line, bold=bold, bold_lead=bold_lead)
        first = _FIRST_CELL.match(chars) if not (line.cells or gaps or line.struck) else None
        if first:  # "[3]⇥Title", "13(b) | — | removed": a first cell set apart by a gap
            edges = _edges(textpage, start, first.start("space") - 1, first.end("space"))
            # a point's number before a tab: bracketed, or bold (``14(d)⇥Title``)
            tab = first.group("bracket") or bold_lead
            gap = (_TAB_GAP if tab else _CELL_GAP) * line.height
            if edges is not None and edges[1] - edges[0] >= gap:
                cells, starts = _cells(textpage, start, chars, gap)
                line = dataclasses.replace(line, cells=cells, cell_starts=starts)
        elif not (line.cells or gaps or line.struck) and _spread_out(line, chars):
            # "Ground troops      600,000": a table's row whose first cell is words
            found, starts = _cells(textpage, start, chars, _CELL_GAP * line.height)
            if len(found) >= 2 and sum(ch.isalpha() for ch in found[0]) >= _CELL_LETTERS:
                line = dataclasses.replace(line, cells=found, cell_starts=starts)
        if line.text == chars and _FIGURE.search(chars):
            # "Стаття 14¹", "capped at 800,000²": the digits set raised and smaller read
            # "141", "800,0002"
            text = chars
            for figure in reversed(list(_FIGURE.finditer(chars))):
                text = _raised_digits(textpage, start, text, figure, line)
            line = dataclasses.replace(line, text=text)
        trail = _TRAIL.search(chars) if chars.rstrip()[-1:].isdigit() and (
            not gaps or _TRAIL.search(line.text)) else None
        if trail:
            line = dataclasses.replace(line, trail=_edges(
                textpage, start, trail.start("space") - 1, trail.end("space")))
        if not line.struck and _right_to_left(line.text):
            text = _logical(textpage, start, chars, gaps, line.size or line.height / 0.7)
            line = dataclasses.replace(line, text=text or line.text, rtl=True, cells=(),
                                       lead=None, trail=None)
        return line
    return None


_STRONG_RTL = frozenset({"R", "AL"})
_LTR_RUN = frozenset({"L", "EN", "AN"})
"""The bidirectional classes a left-to-right run within right-to-left text is made of
(letters, European and Arabic-Indic digits: ``OSCE``, ``100``, ``١٠٠``)."""


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""A Hebrew, Arabic, Syriac or Thaana character (the blocks and presentation forms)."""


def _right_to_left(text: str) -> bool:
    """Whether a line's text is right-to-left text: more Arabic or Hebrew letters than
    left-to-right ones."""
    if _RTL_LETTER.search(text) is None:
        return False
    classes = Counter(unicodedata.bidirectional(ch) for ch in text if ch.isalpha())
    return classes["R"] + classes["AL"] > classes["L"]


def _logical(textpage: pdfium.PdfTextPage, start: int, chars: str, skip: set[int],
             size: float) -> str:
    """A right-to-left line (``chars`` at offset ``start``, its type ``size`` points; the
    offsets in ``skip`` left out) in logical order, rebuilt from where its characters stand.
    PDFium reorders such a line only in part (LibreOffice's PDF of an Arabic point numbered
    "5." gave ".5" before the text, its list number then read as no number; a lam-alef
    ligature's two letters came out swapped, "اال" for "الا"; Chromium's print had some
    words backwards), as pdftotext does. The glyphs are read right to left (the two
    letters of one ligature glyph share a box: they are taken in the order opposite to
    PDFium's, which reversed them), then each left-to-right run within (words in Latin
    letters, figures: ``OSCE``, ``100``, ``5.1``, with what stands between their letters or
    digits) is turned back to read left to right. The spaces are where two glyphs stand
    :data:`_RTL_SPACE` of the type size apart or more: PDFium's own stand where the
    producer drew them, which in Chromium's print is inside the next word, and it puts one
    between a list's ``5`` and ``.``. Empty when a box cannot be read."""
    placed: list[tuple[float, int, str, float, float]] = []
    for i, ch in enumerate(chars):
        if i in skip or not ch.strip():
            continue
        try:
            box = textpage.get_charbox(start + i, loose=False)
        except (pdfium.PdfiumError, IndexError, ValueError):
            return ""
        placed.append(((box[0] + box[2]) / 2, i, ch, box[0], box[2]))
    placed.sort(key=lambda each: (-each[0], -each[1]))
    ordered: list[str] = []
    for k, (_, _, ch, _, right) in enumerate(placed):
        if k and placed[k - 1][3] - right >= size * (
                _RTL_FIGURE_SPACE if ch.isdigit() and placed[k - 1][2].isdigit() else _RTL_SPACE):
            ordered.append(" ")
        ordered.append(ch)
    out: list[str] = []
    k = 0
    while k < len(ordered):
        if unicodedata.bidirectional(ordered[k]) not in _LTR_RUN:
            out.append(ordered[k])
            k += 1
            continue
        end = k
        for j in range(k, len(ordered)):
            kind = unicodedata.bidirectional(ordered[j])
            if kind in _STRONG_RTL:
                break
            if kind in _LTR_RUN:
                end = j
        out.extend(reversed(ordered[k:end + 1]))
        k = end + 1
    return re.sub(" {2,}", " ", "".join(out)).strip()


_RTL_SPACE = 0.22
"""Glyphs of a right-to-left line this share of the type size apart or more (ink box to ink
box) stand a word space apart. Measured: between words, LibreOffice's Arabic at 12 pt 4.4 pt
or more, Chromium's Arabic and Hebrew at 16 pt 3.8 pt or more (0.24 of the size); within a
word at most 2.4 pt (0.2: an alef before a lam-alef) and 2.3 pt; a list's number and its
dot 1.6 pt."""
_RTL_FIGURE_SPACE = 0.5
"""Two digits this share of the type size apart or more stand a space apart (``100 000``):
a digit's ink is narrower than its advance (the ``1`` of ``100`` stood 3 pt from its ``0``
at 12 pt)."""


_FIGURE = re.compile(r"(?<![0-9])(?P<num>[0-9](?:[0-9.,]*[0-9])?)(?![0-9])")
"""A figure of two digits or more (``141``, ``800,0002``), whose last digits may be set as a
superscript: an article inserted after article 14 (``Стаття 14¹``), a footnote's mark after a
figure."""


def _raised_digits(textpage: pdfium.PdfTextPage, start: int, chars: str,
                   number: re.Match[str], line: RawLine) -> str:
    """``chars`` with the last digits of a figure made superscript digits when they are set
    raised and smaller than its first (``Стаття 14¹``, which the text layer reads "Стаття
    141"; ``800,000²``, a footnote's mark, read "800,0002")."""
    first = number.start("num")
    try:
        size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + first))
        foot = textpage.get_charbox(start + first, loose=False)[1]
    except (pdfium.PdfiumError, IndexError, ValueError):
        return chars
    raised = number.end("num")
    for index in range(number.end("num") - 1, first, -1):
        try:
            box = textpage.get_charbox(start + index, loose=False)
            small = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + index))
        except (pdfium.PdfiumError, IndexError, ValueError):
            return chars
        if not (small < size and box[1] > foot + _RAISED * (line.height or 1.0)):
            break
        raised = index
    if raised == number.end("num"):
        return chars
    return chars[:raised] + chars[raised:number.end("num")].translate(SUPERSCRIPT) \
        + chars[number.end("num"):]


_BOLD_NAME = re.compile(r"bold|heavy|[-,]black", re.IGNORECASE)
"""A bold face's font name (``NotoSans-Bold``, ``Arial,Bold``, ``Roboto-Black``): PDFium reports
the weight 400 for an embedded bold face that gives none."""
_PLAIN_NAME = re.compile(r"regular|book|roman|normal|medium|light|thin", re.IGNORECASE)
"""A face's name that says it is not bold (Chromium gives its ``NotoSans-Regular`` subset
the weight 625)."""
_BOLD_WEIGHT = 600


@functools.lru_cache(maxsize=256)
def _face_says(face: bytes) -> bool | None:
    """Whether a face's name says it is bold (True), or not (False); None when it says
    neither."""
    text = face.decode("latin-1")
    return True if _BOLD_NAME.search(text) else False if _PLAIN_NAME.search(text) else None


def _bold(textpage: pdfium.PdfTextPage, start: int, chars: str,
          kept: tuple[int, ...] | None) -> tuple[bool, bool]:
    """Whether the first of the characters at ``kept`` (offsets in ``chars``: those not
    struck through; None for all) is set in a bold face, and whether they all are, by a
    sample of them (the first, the last and some between). The face's name tells (the weight
    a PDF gives is often wrong); a name that says neither, the weight."""
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()

    def bold(i: int) -> bool:
        size = pdfium_c.FPDFText_GetFontInfo(textpage.raw, start + i, name, len(name),
                                             ctypes.byref(flags))
        said = _face_says(name.value if 0 < size <= len(name) else b"")
        return said if said is not None else (
            pdfium_c.FPDFText_GetFontWeight(textpage.raw, start + i) >= _BOLD_WEIGHT)

    # the first character first: most lines are not bold, and one call or two tells
    first = next((i for i in (range(len(chars)) if kept is None else kept)
                  if not chars[i].isspace()), None)
    if first is None or not bold(first):
        return False, False
    at = [i for i in (range(len(chars)) if kept is None else kept) if not chars[i].isspace()]
    step = max(1, len(at) // (_SAMPLE - 1))
    if not all(bold(i) for i in sorted({at[-1], *at[::step]} - {first})):
        return True, False
    return True, True


_CJK_ASCII_GAP = re.compile(f"(?<={UNSPACED}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?={UNSPACED})")
"""A space between a Japanese or Chinese character and a Latin letter or a digit."""


def _layout_gaps(textpage: pdfium.PdfTextPage, start: int, chars: str) -> set[int]:
    """The offsets in ``chars`` of spaces PDFium made up (no space glyph in the PDF) for the
    gap a layout sets between Japanese or Chinese text and Latin letters or digits
    (LibreOffice's "autospace", a Japanese typesetter's 四分アキ: ``平時に 80 万人``, ``第 1
    条``). They are spacing, not characters of the text: kept, the same sentence read from a
    .docx and from its PDF differed (``80`` against `` 80 ``) and ``80 万人`` lost its 万."""
    if chars.isascii():
        return set()
    made_up = {m.start() for m in _CJK_ASCII_GAP.finditer(chars)
               if pdfium_c.FPDFText_IsGenerated(textpage.raw, start + m.start()) == 1}
    by_marks = {m.start() for m in _CJK_PUNCTUATION_GAP.finditer(chars)
                if pdfium_c.FPDFText_IsGenerated(textpage.raw, start + m.start()) == 1}
    return by_marks | {i for i in made_up - by_marks
                       if not _ideographic_space(textpage, start, i)}


_CJK_PUNCTUATION_GAP = re.compile(r" (?=[、。，」』）】〕］！？])|(?<=[、。「『（【〔［]) ")
"""A space before Japanese or Chinese closing punctuation, or after a comma, a full stop or
an opening bracket: a justified line's spacing (LibreOffice's ``…復活させる 。`` at a line's
end, ``基金を設け、 8000億ドル``), never a space of the text, however wide. The glyph of ``、``
or ``。`` sits in the left of its em, so the gap after it looked as wide as an ideographic
space."""


_IDEOGRAPHIC_GAP = 0.5
"""A gap of this share of the font size or more is an ideographic space (a full em) or a
table's cell edge, not the quarter em a layout sets between Japanese text and digits (a row's
number cell four digits wide, ``[21]14``, left 0.58 em before its text)."""


def _ideographic_space(textpage: pdfium.PdfTextPage, start: int, at: int) -> bool:
    """Whether the made-up space at ``at`` stands for an ideographic space the page drew
    as a gap (``１　ウクライナの…``: a list's number, a Japanese newspaper's 「全文」): kept,
    it parts the number from the text, as the page shows it."""
    edges = _edges(textpage, start, at - 1, at + 1)
    if edges is None:
        return False
    size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + at - 1)) or 1.0
    return edges[1] - edges[0] >= _IDEOGRAPHIC_GAP * size


_LETTER_GAP = 0.5
"""Letter-spacing is under this share of the font size (a table's cells stand further
apart)."""
_WORD_GAP = 0.2
"""A gap wider than the letters' by this share of the font size holds a space: a word's
end (a space is a quarter of an em or more; letters' gaps differ by far less)."""


def _letter_gaps(textpage: pdfium.PdfTextPage, start: int, chars: str) -> set[int]:
    """The offsets in ``chars`` of the spaces PDFium made up between the letters of a line
    set with letter-spacing (a heading in spaced capitals: no space glyphs, a gap after every
    letter, so ``D r a f t f r a m e w o r k``). A line is letter-spaced when made-up spaces
    part nearly every two characters. The gaps between words are wider than the rest by a
    space: those spaces stay, and so do the spaces the text holds; between two Japanese or
    Chinese characters no space is a word's end."""
    visible = len(chars) - chars.count(" ")
    if visible < 2 or chars.count(" ") < 0.6 * (visible - 1):  # cheap: no C calls
        return set()
    spaced = [i for i in range(1, len(chars) - 1) if chars[i] == " "
              and not chars[i - 1].isspace() and not chars[i + 1].isspace()
              and pdfium_c.FPDFText_IsGenerated(textpage.raw, start + i) == 1]
    if not spaced:
        return set()
    gaps: dict[int, float] = {}
    for i in spaced:
        try:
            before = textpage.get_charbox(start + i - 1, loose=True)
            after = textpage.get_charbox(start + i + 1, loose=True)
        except (pdfium.PdfiumError, IndexError, ValueError):
            return set()
        gaps[i] = after[0] - before[2]
    size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + spaced[0] - 1)) or 1.0
    # between two Japanese or Chinese characters a made-up space in a letter's gap is never
    # a word's end, on a line however short (a spaced heading's last two characters)
    unspaced = {i for i in spaced if UNSPACED_CHAR.match(chars[i - 1])
                and UNSPACED_CHAR.match(chars[i + 1]) and 0 <= gaps[i] < _LETTER_GAP * size}
    pairs = sum(1 for a, b in itertools.pairwise(chars) if not a.isspace() and not b.isspace())
    if len(spaced) < 4 or len(spaced) < 0.75 * (len(spaced) + pairs):
        return unspaced
    letter = sorted(gaps.values())[len(gaps) // 4]  # most gaps are between letters
    if not 0 <= letter < _LETTER_GAP * size:
        return unspaced
    return unspaced | {i for i, gap in gaps.items() if gap < letter + _WORD_GAP * size}


_LEAD = re.compile(r"^\s*[0-9]{1,4}(?P<space>\s+)\S")
_NUMBER_CELL = r"[0-9]{1,4}[A-Z]?(?:\([a-z]{1,3}\))?"
_FIRST_CELL = re.compile(rf"^\s*(?:(?P<bracket>\[[0-9]{{1,4}}[a-z]{{0,2}}\])"
                         rf"|{_NUMBER_CELL}(?:,\s*{_NUMBER_CELL})*|[—–-])(?P<space>\s+)\S")
"""A line opening with what may be a table's first cell: a number (``12``, ``9A``,
``13(b)``), a list of them (``13, 13(a)``), a dash standing for an empty cell, or a
bracketed point number (``[3]``, ``[3a]``: plandiff's own, set apart from its text by a
tab)."""
_TAB_GAP = 0.6
"""A gap this many glyph heights wide after a bracketed or bold point number is a tab's (a
word's space is a third of a glyph's height or so): ``[3a]⇥A fund`` stands 1.2 heights
apart, the wider ``[21a]⇥Ukraine``, nearer the tab stop, 0.76."""
_CELL_GAP = 1.5
"""A gap between two characters of a line this many glyph heights wide parts two cells of a
table's row (a word's space is a third of a glyph's height or so; a justified line's widest
under one)."""


_SPREAD = 0.85
"""A line this many glyph heights wide per character or wider is spread out: a gap in it
far wider than a word's space (a line of running text takes about 0.7)."""


_CELL_LETTERS = 3
"""The fewest letters a first cell of words holds (``Navy``, ``Етап``): a list's mark before
its tab (``a.``, ``№ 1``, ``1.1``, ``１``, ``第1条``) is no such cell."""


def _spread_out(line: RawLine, chars: str) -> bool:
    """Whether ``line`` may hold cells apart (a table's row): two words or more, and wider
    than running text of as many characters (the cells are then looked for)."""
    text = chars.strip()
    return " " in text and line.x1 - line.x0 >= _SPREAD * line.height * len(text)


def _cells(textpage: pdfium.PdfTextPage, start: int, chars: str, gap: float
           ) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``chars`` split at every run of spaces whose sides stand ``gap`` or more apart, and
    where each cell after the first starts (its left edge)."""
    cells: list[tuple[str, float]] = []
    begin, left = 0, 0.0
    for space in re.finditer(r"\s+", chars):
        if space.start() == 0 or space.end() >= len(chars):
            continue
        edges = _edges(textpage, start, space.start() - 1, space.end())
        if edges is not None and edges[1] - edges[0] >= gap:
            cells.append((chars[begin:space.start()].strip(), left))
            begin, left = space.end(), edges[1]
    cells.append((chars[begin:].strip(), left))
    kept = [(cell, at) for cell, at in cells if cell]
    return tuple(cell for cell, _ in kept), tuple(at for _, at in kept[1:])
_TRAIL = re.compile(r"\S(?P<space>\s+)[0-9]{1,4}\s*$")


def _edges(textpage: pdfium.PdfTextPage, start: int, before: int, after: int
           ) -> tuple[float, float] | None:
    """The right edge of the character at ``before`` and the left edge of the one at
    ``after`` (offsets in the line that begins at ``start``): the gap between them."""
    try:
        left = textpage.get_charbox(start + before, loose=False)
        right = textpage.get_charbox(start + after, loose=False)
    except (pdfium.PdfiumError, IndexError, ValueError):
        return None
    return float(left[2]), float(right[0])
