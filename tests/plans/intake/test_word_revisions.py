"""A Word file as reviewers pass it around: tracked changes and comments, written by pandoc
(a real producer of both) and saved again by LibreOffice. The import reads the text with every
change accepted and says so, with the number of changes; comments stay out of the points and
are counted. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-review")
_BY = 'author="Editor" date="2025-11-20T00:00:00Z"'
_COMMENT = f'[Check this wording with the mission.]{{.comment-start id="0" {_BY}}}'
SOURCE = (f"1. The parties confirm sovereignty [and territorial integrity]{{.insertion {_BY}}}.\n"
          f"2. A ceasefire takes effect [within 72 hours]{{.deletion {_BY}}}"
          f"[on signature]{{.insertion {_BY}}}.\n"
          f'3. {_COMMENT}Monitors deploy[]{{.comment-end id="0"}} along the line.\n'
          "4. Sanctions are eased in stages.\n")
ACCEPTED = [("1", "The parties confirm sovereignty and territorial integrity."),
            ("2", "A ceasefire takes effect on signature."),
            ("3", "Monitors deploy along the line."), ("4", "Sanctions are eased in stages.")]


def test_tracked_changes_are_read_accepted_and_the_report_says_so(tmp_path: Path) -> None:
    source = tmp_path / "review.md"
    source.write_text(SOURCE, encoding="utf-8")
    written = tmp_path / "review.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(written)], check=True)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(written)], check=True, capture_output=True,
                   timeout=180)
    for path in (written, tmp_path / "office" / "review.docx"):
        imported = import_bytes(path.read_bytes(), path.name, ".docx", REQUEST)
        assert [(p.number, p.text) for p in imported.plan.points] == ACCEPTED, path
        messages = [f.message for f in imported.report.findings]
        assert any(m.startswith("tracked changes (2 insertion(s), 1 deletion(s)): read with "
                                "every change accepted") for m in messages), path
        assert "1 reviewer comment(s) in the margin went to the end of the version's notes " \
               "(remarks on the draft, not its text)" in messages, path
        assert (imported.plan.notes or "").endswith(
            "Reviewers' comments:\n\nEditor, on “Monitors deploy” in point 3: Check this wording "
            "with the mission."), path
        assert all("Check this" not in p.text for p in imported.plan.walk()), path


def test_a_word_file_without_changes_says_nothing_of_them(tmp_path: Path) -> None:
    source = tmp_path / "clean.md"
    source.write_text("1. The parties confirm sovereignty.\n2. Monitors deploy.\n",
                      encoding="utf-8")
    out = tmp_path / "clean.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(out)], check=True)
    imported = import_bytes(out.read_bytes(), out.name, ".docx", REQUEST)
    assert not [f for f in imported.report.findings
                if "tracked" in f.message or "comment" in f.message]


def test_a_pdf_printed_with_its_tracked_changes_showing(tmp_path: Path) -> None:
    """The Word file with tracked changes exported to PDF by LibreOffice, its markup showing:
    the deletion struck through, the insertions underlined, change bars in the margin, and
    list numbers marked as changed ('[2.]', '2.[3.]'). Read as text it mixed both versions
    ('takes effect within 72 hourson signature', '[3.] Monitors …'). It is read as the Word
    file is, with every change accepted, and the report says so; a PDF of the same file
    without changes says nothing of them."""
    source = tmp_path / "review.md"
    source.write_text(SOURCE, encoding="utf-8")
    written = tmp_path / "review.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(written)], check=True)
    clean = tmp_path / "clean.md"
    clean.write_text("".join(f"{n}. {text}\n" for n, text in ACCEPTED), encoding="utf-8")
    subprocess.run([require("pandoc"), str(clean), "-o", str(tmp_path / "clean.docx")],
                   check=True)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    str(written), str(tmp_path / "clean.docx")], check=True,
                   capture_output=True, timeout=180)
    pdf = tmp_path / "pdf" / "review.pdf"
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == ACCEPTED
    messages = [f.message for f in imported.report.findings]
    assert any(m.startswith("the PDF shows tracked changes (1 deletion(s) struck through, "
                            "2 insertion(s) underlined") and "every change accepted" in m
               for m in messages), messages
    assert not imported.report.warnings
    plain = tmp_path / "pdf" / "clean.pdf"
    imported = import_bytes(plain.read_bytes(), plain.name, ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == ACCEPTED
    assert not [f for f in imported.report.findings if "tracked" in f.message]
