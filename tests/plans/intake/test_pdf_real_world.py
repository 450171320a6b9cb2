"""PDFs as offices and agencies make them, beyond the press layouts: a partial scan (a page
that is only an image among pages with a text layer). Texts are the project's own."""

from __future__ import annotations

import base64
import io

import weasyprint
from PIL import Image

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="d", version="2026-01-01-v")


def _scanned_page() -> str:
    """An ``<img>`` of a grey page: what a scanner puts where the text was."""
    buffer = io.BytesIO()
    Image.new("L", (300, 400), 200).save(buffer, format="PNG")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" style="width:15cm">'


def test_a_page_without_a_text_layer_among_pages_with_one_is_a_warning() -> None:
    page = ('<p>1. The ceasefire takes effect on signature.</p>'
            '<p>2. Prisoners are exchanged all for all.</p>'
            f'<div style="break-before:page">{_scanned_page()}</div>'
            '<p style="break-before:page">5. Elections are held within 100 days.</p>')
    data = weasyprint.HTML(string=page).write_pdf()
    imported = import_bytes(data, "partial.pdf", ".pdf", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "5"]
    said = [f for f in imported.report.warnings if "no text layer" in f.message]
    assert len(said) == 1, imported.report.lines()
    assert said[0].where == "page 2" and "page 2 " in said[0].message
    assert "OCR" in said[0].message
