"""Adapter for pypdfium2 (Google's PDFium): the only module that imports it.

It opens a PDF from memory (never from a path or the network), says how many pages it has,
and gives each page's text as PDFium lays it out (its own reading order and line breaks),
each line with its box, so the PDF reader can tell running headers from body text. PDFium is
C++, fast, and keeps up with the PDFs browsers and office suites write.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

__all__ = ["PdfRefused", "PdfText", "RawLine"]


class PdfRefused(Exception):
    """PDFium could not open the file (the message says why: password, damage ...)."""


@dataclass(frozen=True)
class RawLine:
    """One line of a page, in PDF units (origin at the bottom left)."""

    text: str
    x0: float
    x1: float
    bottom: float
    """The line's baseline (median bottom of its characters' boxes)."""
    top: float
    height: float
    """A high quantile of its characters' box heights (capitals and ascenders: a proxy for
    the font size)."""
    size: float = 0.0
    """The median font size (em size, points) PDFium reports for its characters; 0 when it
    reports none."""


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
            raise PdfRefused(f"PDFium cannot open it ({exc})") from None

    def __len__(self) -> int:
        return len(self._pdf)

    def close(self) -> None:
        self._pdf.close()

    def page(self, index: int) -> tuple[float, float, list[RawLine]]:
        """Width, height and the lines of page ``index`` (0-based)."""
        try:
            return self._page(index)
        except pdfium.PdfiumError as exc:
            raise PdfRefused(f"page {index + 1} cannot be read ({exc})") from None

    def _page(self, index: int) -> tuple[float, float, list[RawLine]]:
        page = self._pdf[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                text = textpage.get_text_range(0, count) if count else ""
                lines = _lines(textpage, text)
            finally:
                textpage.close()
        finally:
            page.close()
        return float(width), float(height), lines


_SAMPLE = 12
"""Characters per line whose boxes are read (each is a call into PDFium)."""


def _lines(textpage: pdfium.PdfTextPage, text: str) -> list[RawLine]:
    out: list[RawLine] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        chars = piece.rstrip("\r")
        boxes = []
        sizes = []
        visible = [i for i, ch in enumerate(chars) if not ch.isspace()]
        if len(visible) > _SAMPLE:  # the ends fix x0/x1; a spread of others the height
            step = len(visible) / (_SAMPLE - 1)
            visible = sorted({visible[0], visible[-1],
                              *(visible[int(k * step)] for k in range(_SAMPLE - 1))})
        for i in visible:
            try:
                box = textpage.get_charbox(start + i, loose=False)
            except (pdfium.PdfiumError, IndexError, ValueError):
                continue
            boxes.append(box)
            sizes.append(float(pdfium_c.FPDFText_GetFontSize(textpage.raw, start + i)))
        if chars.strip() and boxes:
            heights = sorted(b[3] - b[1] for b in boxes)
            bottoms = sorted(b[1] for b in boxes)
            tops = sorted(b[3] for b in boxes)
            # the median bottom is the baseline (descenders aside), the median top the
            # x-height or cap height: steadier than the extremes of a sample
            out.append(RawLine(chars, min(b[0] for b in boxes), max(b[2] for b in boxes),
                               bottoms[len(bottoms) // 2], tops[len(tops) // 2],
                               heights[(4 * len(heights)) // 5],
                               max(0.0, sorted(sizes)[len(sizes) // 2])))
        start = end + 1
    return out
