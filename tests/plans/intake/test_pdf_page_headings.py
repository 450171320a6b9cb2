"""A part's heading in large type opening each page of a PDF (``Part 1``, ``Part 2``): the
parts' headings, not a running header (numbers aside, their words are the same at the same
place on every page). Texts are the project's own."""

from __future__ import annotations

import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_pdf_real_world import _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-parts")


def test_part_headings_opening_each_page_head_their_parts() -> None:
    """They were left out as a running header, and the parts ran together ("numbering goes
    back"); a heading must repeat word for word to be one."""
    parts = "".join(
        f"<h1 style='break-before:page;font-size:26pt'>Part {part}</h1>"
        + "".join(f"<p>{n}. {_own_text(n)}</p>" for n in range(1, 4)) for part in (1, 2, 3))
    plan = import_bytes(weasyprint.HTML(string=f"<html><body>{parts}</body></html>")
                        .write_pdf() or b"", "parts.pdf", ".pdf", REQUEST).plan
    assert [p.id for p in plan.points] == [f"part{k}-p{n}" for k in (1, 2, 3)
                                           for n in (1, 2, 3)]
