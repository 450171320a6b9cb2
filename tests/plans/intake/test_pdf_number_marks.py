"""A footnote's mark set raised right after a figure (``capped at 800,000²``): a PDF's text
layer gives the mark as a plain digit, glued to the figure (``800,0002``), so the point's
number changed and the mark stayed. The digits set smaller and raised after a figure's are
a superscript, and a footnote's mark leaves the text as one after a word does. An office
suite's PDF with real footnotes (LibreOffice, as Word exports its own), the texts the
project's own."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_pdf

REQUEST = DraftRequest(document="peace-framework", version="2025-12-01-notes")


def _note(number: int, text: str) -> str:
    return (f'<text:note text:id="ftn{number}" text:note-class="footnote"><text:note-citation>'
            f"{number}</text:note-citation><text:note-body><text:p>{text}</text:p>"
            "</text:note-body></text:note>")


PARAGRAPHS = (
    f"1. The parties confirm the sovereignty of Ukraine{_note(1, 'As worded in 1994.')} "
    "within its recognised borders.",
    "2. A non-aggression agreement is concluded between Russia, Ukraine and Europe.",
    "3. The armed forces of Ukraine are capped at 800,000"
    + _note(2, "The draft of 20 November gave 600,000.") + " in peacetime.",
    "4. Ukraine may join the European Union once the criteria are met.",
    f"5. Reconstruction is funded with 100 billion{_note(3, 'In US dollars.')} of frozen "
    "assets.",
    "6. Elections are held within 100 days of signature.",
    f"7. Article 14{_note(4, 'Of the draft of 20 November.')} is withdrawn.",
)


def test_a_footnote_mark_after_a_figure_leaves_the_figure_whole(tmp_path: Path) -> None:
    body = "".join(f"<text:p>{text}</text:p>" for text in PARAGRAPHS)
    pdf = libreoffice_pdf("marks", body, tmp_path)
    plan = import_bytes(pdf, "marks.pdf", ".pdf", REQUEST).plan
    texts = [p.text for p in plan.points]
    assert texts[2] == "The armed forces of Ukraine are capped at 800,000 in peacetime."
    assert texts[4] == "Reconstruction is funded with 100 billion of frozen assets."
    assert texts[5] == "Elections are held within 100 days of signature."
    assert texts[6] == "Article 14 is withdrawn."
    assert texts[0] == ("The parties confirm the sovereignty of Ukraine within its recognised "
                        "borders.")
    # each note in the notes of the point that calls it, as in the Word file
    assert [p.notes for p in plan.points] == [
        "[1] As worded in 1994.", None, "[2] The draft of 20 November gave 600,000.", None,
        "[3] In US dollars.", None, "[4] Of the draft of 20 November."]
