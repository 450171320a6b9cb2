"""A watermark across every page of a leaked or draft PDF (``DRAFT``, ``CONFIDENTIAL``):
furniture, not a heading that cuts the point it stands over in two. Texts are the
project's own."""

from __future__ import annotations

import pytest
import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_pdf_real_world import _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-watermark")


@pytest.mark.parametrize("mark", [
    '<div style="position:fixed;top:40%;left:10%;font-size:90pt;color:#ddd;'
    'transform:rotate(-45deg)">DRAFT</div>',
    '<div style="position:fixed;top:45%;left:20%;font-size:60pt;color:#ddd">'
    "CONFIDENTIAL</div>"])
def test_a_watermark_on_every_page_cuts_no_point(mark: str) -> None:
    points = "".join(f"<p>{n}. {_own_text(n)}</p>" for n in range(1, 21))
    page = f"<html><body style='font-size:11pt'>{mark}<h1>Outline of a settlement</h1>" \
           f"{points}</body></html>"
    imported = import_bytes(weasyprint.HTML(string=page).write_pdf() or b"", "draft.pdf",
                            ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), _own_text(n)) for n in range(1, 21)]
    assert not imported.plan.notes, imported.plan.notes
    assert not imported.report.warnings, imported.report.lines()
