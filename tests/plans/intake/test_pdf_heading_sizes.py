"""How much larger than the body a PDF line must be set to be a heading, on real producers'
PDFs: reading the lines, LibreOffice's Heading 2 (14 pt over a 12 pt body, 1.17 times) is a
heading between the points; in the page's margin band a line must be in large type (1.3 times)
to be a part's heading rather than a running header, so a running header set a little larger
than the body with the page's number in it is still left out. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_pdf

REQUEST = DraftRequest(document="outline", version="2025-11-21-sizes")

_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_STYLES = (
    f'<office:automatic-styles xmlns:fo="{_FO}">'
    '<style:style style:name="H" style:family="paragraph"><style:paragraph-properties '
    'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt"'
    ' fo:font-weight="bold"/></style:style><style:style style:name="B" style:family="paragraph">'
    '<style:text-properties fo:font-size="12pt"/></style:style></office:automatic-styles>')
_LINES = (
    "## Economic matters",
    "1. A reconstruction fund is set up and the partners pay into it each year.",
    "2. Sanctions are lifted step by step once the monitors confirm compliance.",
    "## Humanitarian matters",
    "3. Prisoners are exchanged all for all within forty days of signature.",
    "4. Children taken away during the war go back to their families.",
)


def test_libreoffice_headings_at_fourteen_over_twelve_points_end_the_point_above(
        tmp_path: Path) -> None:
    """The heading under point 2 ran into its text ("… compliance.\\n\\nHumanitarian
    matters"): the 1.3 the margin band asks had overridden the 1.15 that reading needs."""
    body = "".join(
        f'<text:h text:style-name="H" text:outline-level="2">{line[3:]}</text:h>'
        if line.startswith("## ") else f'<text:p text:style-name="B">{line}</text:p>'
        for line in _LINES)
    pdf = libreoffice_pdf("headings", body, tmp_path, _STYLES)
    plan = import_bytes(pdf, "headings.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (line.split(". ", 1)[0], line.split(". ", 1)[1]) for line in _LINES
        if not line.startswith("## ")]
    assert "Heading before point 3: Humanitarian matters" in (plan.notes or "")


def test_a_running_header_a_little_larger_than_the_body_is_still_left_out() -> None:
    """WeasyPrint sets the running header at 1.2 times the body with the page's number: a
    line in the band that is no part's heading, left out on every page."""
    points = "".join(f"<p>{n}. Clause {n} of the outline is agreed by the parties and "
                     "recorded by the secretariat in its register.</p>" for n in range(1, 41))
    page = ("<html><head><style>@page { size: A6; margin: 2cm 1.5cm; @top-center { content: "
            "'Outline of the accord, page ' counter(page); font-size: 12pt } } body { "
            "font-size: 10pt }</style></head><body>" + points + "</body></html>")
    imported = import_bytes(weasyprint.HTML(string=page).write_pdf() or b"", "running.pdf",
                            ".pdf", REQUEST)
    assert len(imported.plan.points) == 40
    assert "Outline of the accord" not in (imported.plan.notes or "")
    assert not any("Outline of the accord" in p.text for p in imported.plan.points)
