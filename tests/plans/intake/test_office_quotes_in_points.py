"""A quotation inside a numbered point of a Word or OpenDocument file: pandoc's Word file of a
news page whose list item holds a ``<blockquote>`` (a ``Block Text`` paragraph in the item's
list, under a bullet that shows nothing), and LibreOffice's OpenDocument and Word copies of
it. A quotation with no note's label is the point's text, one labelled ``Note:`` its note,
as the page and its Markdown are read (``test_markdown_quotes_in_points``): the labelled
one stayed in the point's text, and in the OpenDocument copy each quotation was a sub-point
marked ``•`` (the blank bullet read as a bullet). Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_markdown_quotes_in_points import CLAUSE, PAGE
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def test_quotations_in_points_of_word_and_opendocument_copies(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    docx = tmp_path / "page.docx"
    subprocess.run([require("pandoc"), str(page), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    odt = libreoffice_convert(docx, "odt", tmp_path / "odt", tmp_path)
    again = libreoffice_convert(odt, "docx:MS Word 2007 XML", tmp_path / "again", tmp_path)
    expected = [
        ("1", "The sovereignty of the state is confirmed.", None),
        ("2", f"The parties agree on the following clause:\n\n{CLAUSE}", None),
        ("3", "The text of the guarantee reads:\n\nNo party shall use force against the "
              "other.\n\nThe clause binds both parties from the day of signature.", None),
        ("4", "A non-aggression pact is concluded.", "Note: One delegation disputes this point."),
        ("5", "Prisoners are exchanged all for all.", None)]
    for path in (docx, odt, again):
        plan = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST).plan
        assert [(p.number, p.text, p.notes) for p in plan.points] == expected, path.name
        assert not any(p.points for p in plan.points), path.name
