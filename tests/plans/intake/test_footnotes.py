"""Footnotes: their marks leave the points' text, their text goes to the version's notes,
and their numbered list is never read as points 1, 2 … again. The files come from real
producers: pandoc (HTML and .docx from Markdown footnotes), LibreOffice (that .docx as PDF)
and WeasyPrint (CSS footnotes)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-notes")
SOURCE = """# Outline

1. The parties confirm sovereignty.[^1]
2. A ceasefire takes effect within three days.[^2]
3. Monitors deploy along the line.
4. Sanctions are eased in stages.

[^1]: As in the earlier memorandum.
[^2]: Counted from signature.
"""
POINTS = [("1", "The parties confirm sovereignty."),
          ("2", "A ceasefire takes effect within three days."),
          ("3", "Monitors deploy along the line."), ("4", "Sanctions are eased in stages.")]


def _check(imported: ImportedDraft, name: str) -> None:
    assert [(p.number, p.text) for p in imported.plan.points] == POINTS, name
    notes = imported.plan.notes or ""
    assert "As in the earlier memorandum." in notes, name
    assert "Counted from signature." in notes, name
    assert not imported.report.warnings, name


def test_footnotes_from_pandoc_and_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "outline.md"
    source.write_text(SOURCE, encoding="utf-8")
    pandoc = require("pandoc")
    for suffix in ("html", "docx"):
        out = tmp_path / f"outline.{suffix}"
        subprocess.run([pandoc, str(source), "--standalone", "-o", str(out)], check=True,
                       capture_output=True)
        _check(import_bytes(out.read_bytes(), out.name, out.suffix, REQUEST), out.name)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "outline.docx")], check=True, capture_output=True,
                   timeout=180)
    pdf = tmp_path / "outline.pdf"
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), pdf.name)


def test_css_footnotes_in_a_weasyprint_pdf() -> None:
    import weasyprint

    page = ("<html><head><style>@page {size: A5; margin: 2cm} .fn {float: footnote} body "
            "{font: 11pt serif}</style></head><body><h1>Outline</h1>"
            "<p>1. The parties confirm sovereignty.<span class='fn'>As in the earlier "
            "memorandum.</span></p><p>2. A ceasefire takes effect within three days.<span "
            "class='fn'>Counted from signature.</span></p><p>3. Monitors deploy along the "
            "line.</p><p>4. Sanctions are eased in stages.</p></body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    _check(import_bytes(data, "outline.pdf", ".pdf", REQUEST), "weasyprint")


def test_a_notes_heading_inside_a_draft_does_not_swallow_the_next_points() -> None:
    text = "1. A.\n2. B.\n\n## Notes\n\nThe text above is agreed.\n\n3. C.\n4. D.\n"
    imported = import_bytes(text.encode(), "d.md", ".md", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert "The text above is agreed." in (imported.plan.notes or "")
