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
    """The points' text without the marks; the notes' text in the version's notes (a web
    page, a PDF) or in the notes of the point the mark is in (a Word file)."""
    assert [(p.number, p.text) for p in imported.plan.points] == POINTS, name
    notes = "\n\n".join(filter(None, [imported.plan.notes,
                                      *(p.notes for p in imported.plan.walk())]))
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


PASTED = ("1. The parties confirm sovereignty.\n2. A ceasefire is observed along the line of "
          "contact.³\n3. Monitors deploy [2] within a month.\n4. Sanctions are eased in "
          "stages.*\n\n¹ Earlier drafts said \u201crecognise\u201d.\n[2] Under a UN mandate,\n"
          "renewed each year.\n³ As of signature.\n* Subject to review.\n")
PASTED_POINTS = [("1", "The parties confirm sovereignty."),
                 ("2", "A ceasefire is observed along the line of contact."),
                 ("3", "Monitors deploy within a month."),
                 ("4", "Sanctions are eased in stages.")]


def test_pasted_text_marks_and_footnotes_by_position_and_shape() -> None:
    """Text pasted from a page or a PDF has no markup: superscript, bracketed and star marks
    glued to the text leave it, and the footnotes at the end (a note may wrap) are notes,
    not the last point's text or sub-points."""
    imported = import_bytes(PASTED.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text, len(p.points)) for p in imported.plan.points] == [
        (n, t, 0) for n, t in PASTED_POINTS]
    notes = imported.plan.notes or ""
    for note in ("[1] Earlier drafts said", "[2] Under a UN mandate, renewed each year.",
                 "[3] As of signature.", "[*] Subject to review."):
        assert note in notes
    messages = [f.message for f in imported.report.findings]
    assert "4 footnote(s) at the end of the text read as notes, not points" in messages
    assert "3 footnote mark(s) taken out of the text" in messages
    assert not imported.report.warnings


def test_pasted_markdown_footnotes() -> None:
    imported = import_bytes(SOURCE.encode(), "outline.md", ".md", REQUEST)
    _check(imported, "markdown")


def test_marks_without_their_footnotes_and_what_is_not_a_mark() -> None:
    """Only part of a page was pasted: a superscript after closing punctuation and a
    bracketed number glued to a word are marks all the same. A superscript inside a word
    (km²), a bracketed number at a line's start and a bulleted list are text."""
    text = ("1. The zone is 30 km² wide.¹\n2. Monitors deploy along the line.[4]\n"
            "[3] Elections are held.\n3. Guarantees include:\n* air defence;\n* a fund.\n")
    imported = import_bytes(text.encode(), "part.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", "The zone is 30 km² wide."), ("2", "Monitors deploy along the line. [3] "
                                                 "Elections are held."),
        ("3", "Guarantees include:"), ("3.1", "air defence;"), ("3.2", "a fund.")]
    assert any(f.message == "2 footnote mark(s) taken out of the text"
               for f in imported.report.findings)


SUP_PAGE = ("<html><body><article><h1>Plan</h1><p>1. The parties confirm sovereignty.<sup>1</sup>"
            "</p><p>2. A ceasefire is observed along the line of contact.<sup>2</sup></p><p>3. "
            "The zone is 30 km<sup>2</sup> wide.</p><p><sup>1</sup> As in the memorandum.<br>"
            "<sup>2</sup> Counted from signature.</p></article></body></html>")


def test_unlinked_superscript_marks_in_a_page_and_its_word_copy(tmp_path: Path) -> None:
    """A page that sets its note marks as bare <sup>1</sup> (no link to tell them by), and
    the same page saved as .docx by pandoc (superscript runs): the marks leave the text, the
    notes at the end go to the notes, and km² stays."""
    page = tmp_path / "sup.html"
    page.write_text(SUP_PAGE, encoding="utf-8")
    out = tmp_path / "sup.docx"
    subprocess.run([require("pandoc"), str(page), "-o", str(out)], check=True)
    for path in (page, out):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert [(p.number, p.text) for p in imported.plan.points] == [
            ("1", "The parties confirm sovereignty."),
            ("2", "A ceasefire is observed along the line of contact."),
            ("3", "The zone is 30 km² wide.")], path.name
        notes = imported.plan.notes or ""
        assert "[1] As in the memorandum." in notes and "[2] Counted from signature." in notes
        assert not imported.report.warnings, path.name


def test_plain_digit_marks_in_pasted_text() -> None:
    """A copy that lost its superscripts: ``sovereignty.1`` and the notes ``1 As in …`` at the
    end. The marks leave the text by place (glued to a word or to its closing punctuation)
    and by the notes that carry them; ``2.1``, ``2 days`` and a run-on next point stay."""
    text = ("1. The parties respect the sovereignty of the state.1\n2. A ceasefire takes "
            "effect within three days.2 Monitors deploy at once.\n3. Version 2.1 of the "
            "annex applies within 2 days.\n\n1 As in the earlier memorandum.\n2 Counted "
            "from signature.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties respect the sovereignty of the state."),
        ("2", "A ceasefire takes effect within three days. Monitors deploy at once."),
        ("3", "Version 2.1 of the annex applies within 2 days.")]
    notes = imported.plan.notes or ""
    assert "[1] As in the earlier memorandum." in notes
    assert "[2] Counted from signature." in notes
    assert not imported.report.warnings
    # only part pasted: a digit glued to a finished sentence at a line's end is a mark
    part = ("1. The parties respect the sovereignty of the state.1\n2. Monitors deploy "
            "under Art.5\n3. The fund holds 2 billion.\n")
    imported = import_bytes(part.encode(), "part.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties respect the sovereignty of the state.", "Monitors deploy under Art.5",
        "The fund holds 2 billion."]
    assert any(f.message == "1 footnote mark(s) taken out of the text"
               for f in imported.report.findings)


def test_a_note_heading_in_the_singular_keeps_its_numbered_note_out_of_the_points() -> None:
    """"Note:" alone on a line after the list is a notes heading, as "Notes" is (the parser
    and the pasted-notes reader share the words): its numbered line is a note, not point 1
    again."""
    text = ("1. The parties confirm sovereignty.\n\n2. A ceasefire takes effect.\n\nNote:\n\n"
            "1. Point 2 was added on Friday.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties confirm sovereignty."), ("2", "A ceasefire takes effect.")]
    assert "Point 2 was added on Friday." in (imported.plan.notes or "")
    assert not imported.report.warnings


def test_a_point_at_the_foot_of_the_second_column_on_a_page_with_a_footnote() -> None:
    """Two columns and a footnote across the page's foot: the point that opens low in the
    second column, after a paragraph's gap, and goes on over the page is no footnote. It
    was read as one ("[7] The parties agree …" in the notes) and point 7 was missing."""
    import weasyprint

    def text(n: int, topic: str) -> str:
        said = (f"The parties agree on {topic}. Within the period this framework sets, each "
                f"party takes the steps that {topic} requires, reports on them to the joint "
                "commission every month, and refrains from any act that would defeat its "
                f"purpose. Disputes about {topic} go first to the commission and then to the "
                "guarantors, who answer within fourteen days. ")
        return said * (2 if n % 3 == 0 else 1)

    topics = ["the ceasefire", "the withdrawal of heavy weapons", "a monitoring mission",
              "the exchange of prisoners", "the return of civilians", "the easing of sanctions",
              "the use of frozen assets", "elections after signature", "the power plant",
              "navigation on the river", "a humanitarian commission", "security guarantees"]
    items = "".join(
        f"<p><b>{n}.</b> " + text(n, topic).replace(
            "every month", "every month<span class=fn>The first report is due thirty days "
            "after signature.</span>", 1 if n == 5 else 0) + "</p>"
        for n, topic in enumerate(topics, 1))
    page = ("<html lang='en'><head><meta charset='utf-8'><style>@page {size: A4; margin: 2.2cm "
            "1.8cm; @bottom-center {content: 'Page ' counter(page) ' of ' counter(pages); font: "
            "9pt sans-serif}} body {font: 10.5pt serif; columns: 2; column-gap: 0.9cm; "
            "text-align: justify; hyphens: auto} .fn {float: footnote; font-size: 8pt}</style>"
            f"</head><body><h1>Framework agreement: working text</h1>{items}</body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    imported = import_bytes(data, "columns.pdf", ".pdf", REQUEST)
    points = imported.plan.points
    assert [p.number for p in points] == [str(n) for n in range(1, 13)]
    assert [p.text for p in points] == [" ".join(text(n, topic).split())
                                        for n, topic in enumerate(topics, 1)]
    # the note in the notes of point 5, which calls it (as a Word file's is)
    assert points[4].notes == "[1] The first report is due thirty days after signature."
    assert "frozen" not in (imported.plan.notes or "")
    assert not imported.report.warnings, imported.report.lines()


def test_plain_digit_notes_with_their_number_on_a_line_of_its_own() -> None:
    """A newsletter post copied as text (Substack's footnotes): each note's number alone on
    its line, its text on the next, the marks plain digits glued to the text. The notes
    were read as a second part of the draft, points 1-3 again."""
    text = ("Below is my summary.1 It follows the briefing.\n\n"
            "1. The parties respect the sovereignty of the state.2\n"
            "2. A ceasefire takes effect within three days.\n"
            "3. The army stays at 800,000 in peacetime.3\n\n"
            "1\nI use the text the office posted.\n\n2\nThe earlier draft said "
            "\"confirmed\".\n\n3\nUp from 600,000.\n\n42 Likes\n·\n3 Restacks\n"
            "Write a comment...\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties respect the sovereignty of the state."),
        ("2", "A ceasefire takes effect within three days."),
        ("3", "The army stays at 800,000 in peacetime.")]
    notes = imported.plan.notes or ""
    for note in ("[1] I use the text the office posted.", "[3] Up from 600,000.",
                 "Below is my summary. It follows the briefing."):
        assert note in notes
    assert not imported.report.warnings, imported.report.lines()

