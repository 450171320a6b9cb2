"""A scanned PDF with a few words of text over its pictures: a court's or a registry's filing
stamp, a fax header, a page number a viewer added. The text layer holds only those words,
so the draft was refused with "no numbered points found" (as though it had none) and a
scanned page among text pages was lost without a word. Printed by WeasyPrint, as the
scanned-page tests in ``test_pdf_real_world`` are."""

from __future__ import annotations

import base64
import io

import pytest
import weasyprint
from PIL import Image

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="d", version="2026-01-01-v")


def _scan(stamp: str) -> str:
    """A page's stamp over the grey picture a scanner makes of it, the page's width."""
    buffer = io.BytesIO()
    Image.new("L", (300, 400), 200).save(buffer, format="PNG")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<div style="break-before:page"><p style="font-size:8pt">{stamp}</p>'
            f'<img src="data:image/png;base64,{data}" style="width:16cm"></div>')


def test_a_scanned_pdf_with_a_filing_stamp_on_each_page_is_refused_as_scanned() -> None:
    page = "".join(_scan(f"Case 25-1234 Document 14 Filed 11/21/25 Page {n} of 3")
                   for n in range(1, 4))
    data = weasyprint.HTML(string=page).write_pdf()
    with pytest.raises(InputError) as raised:
        import_bytes(data, "filed.pdf", ".pdf", REQUEST)
    said = str(raised.value)
    assert "pictures with only a few words of text" in said and "OCR" in said
    assert "Case 25-1234" in said and "\n" not in said


def test_a_stamped_scanned_page_among_text_pages_is_a_warning() -> None:
    page = ("<p>1. The ceasefire takes effect on signature.</p>"
            "<p>2. Prisoners are exchanged all for all.</p>"
            + _scan("Page 2")
            + '<p style="break-before:page">5. Elections are held within 100 days.</p>')
    data = weasyprint.HTML(string=page).write_pdf()
    imported = import_bytes(data, "partial.pdf", ".pdf", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "5"]
    said = [f for f in imported.report.warnings if "only a few words of text" in f.message]
    assert len(said) == 1, imported.report.lines()
    assert said[0].where == "page 2" and "OCR" in said[0].message


def test_a_page_with_a_map_and_its_paragraphs_is_read_without_a_warning() -> None:
    """A page with a large picture and the text of a point beside it is no scan."""
    page = ("<p>1. The ceasefire takes effect on signature.</p>"
            + _scan("2. The line of contact is shown on the map below, as agreed by both "
                    "delegations at the meeting in Geneva.")
            + '<p style="break-before:page">3. Elections are held within 100 days.</p>')
    imported = import_bytes(weasyprint.HTML(string=page).write_pdf(), "map.pdf", ".pdf",
                            REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert not [f for f in imported.report.warnings if "OCR" in f.message]
