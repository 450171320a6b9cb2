"""What interrupts or follows a point in a press copy and must not become its text: a pull
quote set in the middle of a point's sentence (a CMS drops the quote box after so many
words; printed by Chromium, saved as Word by LibreOffice, or pasted), and an analyst's
closing paragraph after the list that names no speaker and reads like no news story. Texts
are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

POINT_3 = ("An international mission of observers drawn from neutral states, with a mandate "
           "renewed every six months, monitors the line of contact and reports to both "
           "parties every week.")
QUOTE = "“Nobody will be left behind in this exchange,” one negotiator said."

MID_QUOTE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The draft in full | The Ledger</title>
<style>body{{font-family:serif;max-width:40em;margin:2em auto}}
.pullquote{{display:block;font-size:1.4em;font-style:italic;border-top:2px solid #333;
border-bottom:2px solid #333;margin:0.8em 0;padding:0.4em 0}}</style></head><body>
<main><article>
<h1>The draft in full</h1>
<p>The text seen by The Ledger reads:</p>
<p>1. The parties confirm the sovereignty of the state.</p>
<p>2. A full ceasefire takes effect 72 hours after signature.</p>
<p>3. An international mission of observers drawn from neutral states, with a mandate
renewed every six months,
<span class="pullquote">{QUOTE}</span>
monitors the line of contact and reports to both parties every week.</p>
<p>4. Prisoners of war are exchanged all for all.</p>
<p>5. Elections are held within one hundred days.</p>
</article></main></body></html>
"""


def _point_3(imported: ImportedDraft, name: str) -> None:
    points = imported.plan.points
    assert [p.number for p in points] == ["1", "2", "3", "4", "5"], name
    assert points[2].text == POINT_3, name
    assert "Nobody will be left behind" in (points[2].notes or ""), name
    assert all("Nobody" not in p.text for p in imported.plan.walk()), name
    assert "monitors the line" not in (imported.plan.notes or ""), name
    assert any("moved to the notes of point 3" in f.message
               for f in imported.report.findings), (name, imported.report.lines())


def test_a_pull_quote_in_the_middle_of_a_sentence_printed_and_saved_as_word(
        tmp_path: Path) -> None:
    """Chromium sets the quote box larger, so the PDF reader takes it for a heading between
    the two halves; LibreOffice runs it into the paragraph."""
    page = tmp_path / "page.html"
    page.write_text(MID_QUOTE_PAGE, encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (pdf, tmp_path / "office" / "page.docx"):
        _point_3(import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST), path.name)


PASTED_HEAD = ("1. The parties confirm the sovereignty of the state.\n\n"
               "2. A full ceasefire takes effect 72 hours after signature.\n\n"
               "3. An international mission of observers drawn from neutral states, with a "
               "mandate renewed every six months,\n")
PASTED_TAIL = ("monitors the line of contact and reports to both parties every week.\n\n"
               "4. Prisoners of war are exchanged all for all.\n\n"
               "5. Elections are held within one hundred days.\n")


def test_a_pull_quote_in_the_middle_of_a_sentence_pasted() -> None:
    """Pasted with blank lines around the quote, with none, and a quote with no speaker."""
    for quote, between in ((QUOTE, "\n"), (QUOTE, ""),
                           ("“Nobody will be left behind in this exchange.”", "\n")):
        text = f"{PASTED_HEAD}{between}{quote}\n{between}{PASTED_TAIL}"
        _point_3(import_bytes(text.encode(), "t.txt", ".txt", REQUEST), repr(text[-200:]))


def test_a_clause_that_quotes_and_goes_on_keeps_its_quotation() -> None:
    """Not a pull quote: a clause's own quotation in its sentence, and a quotation after a
    lead-in that the next line continues."""
    text = ("1. The parties refer to the “Normandy format”, as agreed, and\n"
            "“the line of contact of 2022”\n"
            "is the line of the ceasefire.\n2. Sanctions are eased.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[0].text == (
        "The parties refer to the “Normandy format”, as agreed, and “the line of contact of "
        "2022” is the line of the ceasefire.")
    assert not imported.plan.points[0].notes
