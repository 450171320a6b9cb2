"""A rule through a PDF's text is a strike-through by its thickness measured against the
line's type size, not against a fixed 2.5 pt: a word processor draws the strike of 28 or
40 pt type 2.8 or 3 pt thick (WeasyPrint a tenth of an em, a font's own strike-out size
0.05-0.1 em), and the marker highlight a page lays under the lower half of 7 pt type (a
third of an em, 2.3 pt) is no strike at all. The PDFs are drawn here line by line (Helvetica,
a filled rectangle for each rule), the texts the project's own."""

from __future__ import annotations

import pytest
import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.helpers import one_page_pdf

REQUEST = DraftRequest(document="outline", version="2025-11-21-strikes")


def _pdf(content: bytes) -> bytes:
    """A one-page Letter PDF drawing ``content`` with Helvetica as /F1."""
    return one_page_pdf(content, b"/Encoding /WinAnsiEncoding ")


_WIDTHS = dict(zip(" .,123TMabcdefghijklmnopqrstuvwxyz", (
    278, 278, 278, 556, 556, 556, 611, 833, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222,
    500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500), strict=True))
"""Helvetica's advance widths (thousandths of an em), for placing a rule over words."""


def _width(text: str, size: float) -> float:
    return sum(_WIDTHS[ch] for ch in text) * size / 1000


def _line(x: float, y: float, size: float, before: str, marked: str, after: str,
          bottom: float, thickness: float) -> bytes:
    """One line of text at baseline ``y``, ``marked`` covered by a filled rule whose lower
    edge stands ``bottom`` em above the baseline and that is ``thickness`` pt thick."""
    left = x + _width(before, size)
    rule = b"%.2f %.2f %.2f %.2f re f\n" % (left, y + bottom * size, _width(marked, size),
                                           thickness)
    text = (before + marked + after).encode("latin-1")
    return rule + b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, y, text)


@pytest.mark.parametrize(("size", "em"), [(7, 0.05), (12, 0.05), (20, 0.1), (20, 0.13),
                                          (28, 0.1), (40, 0.075)])
def test_a_strike_through_is_read_at_every_type_size(size: float, em: float) -> None:
    """The deleted words are left out at every size: at 20 pt drawn 2.6 pt thick (a bold
    strike), at 28 pt 2.8 pt, at 40 pt 3 pt, the rule was taken for no rule and the deleted
    words stayed in the text."""
    content = _line(36, 700, size, "1. Troops pull back ", "within thirty days", ".",
                    0.25, em * size)
    content += _line(36, 700 - 2 * size, size, "2. Monitors report ", "every week", ".",
                     0.25, em * size)
    plan = import_bytes(_pdf(content), "struck.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Troops pull back ."), ("2", "Monitors report .")] or [
        (p.number, p.text) for p in plan.points] == [
        ("1", "Troops pull back."), ("2", "Monitors report.")]


@pytest.mark.parametrize("size", [7, 8])
def test_a_marker_highlight_under_small_type_is_no_strike(size: float) -> None:
    """A marker pen's highlight under a footnote-sized line's lower half (a third of an em
    thick, lower edge a tenth of an em above the baseline: 2.3 pt at 7 pt) was read as a
    strike-through, and the highlighted words were left out as deleted."""
    content = _line(36, 700, size, "1. Troops pull back ", "within thirty days", ".",
                    0.1, size / 3)
    content += _line(36, 700 - 2 * size, size, "2. Monitors report ", "every week", ".",
                     0.1, size / 3)
    plan = import_bytes(_pdf(content), "marker.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Troops pull back within thirty days."), ("2", "Monitors report every week.")]


def test_weasyprint_line_through_at_large_sizes() -> None:
    """WeasyPrint draws ``<del>`` a tenth of an em thick: 2.8 pt at 28 pt was kept."""
    page = ("<html><body style='font-size:28pt'><p>1. Troops pull back <del>within thirty "
            "days</del> along the line.</p><p>2. Monitors report <s>every week</s> each month."
            "</p></body></html>")
    plan = import_bytes(weasyprint.HTML(string=page).write_pdf() or b"", "big.pdf", ".pdf",
                        REQUEST).plan
    assert [p.text for p in plan.points] == ["Troops pull back along the line.",
                                             "Monitors report each month."]
