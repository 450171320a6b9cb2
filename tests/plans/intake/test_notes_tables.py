"""A renumbering map set as a table in a PDF's notes, its rows with no space between them:
each row stays a line of its own in the version's notes. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_pdf_real_world import _FODT, _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-map")
_ROWS = (("Old point", "New point", "Change"), ("3", "4", "moved after the point on energy"),
         ("7", "9", "merged with 8"), ("12", "—", "dropped"), ("14", "13", "renumbered"))
_TIGHT = ('<style:style style:name="Cell" style:family="paragraph" '
          'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" '
          'fo:text-align="start"/></style:style>')


def _paragraph(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


@pytest.mark.parametrize("heading", ["Notes", None])
def test_a_renumbering_maps_rows_stay_apart_in_the_notes(tmp_path: Path,
                                                         heading: str | None) -> None:
    table = ('<table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'table:name="Map"><table:table-column table:number-columns-repeated="3"/>'
             + "".join("<table:table-row>" + "".join(
                 f"<table:table-cell>{_paragraph(cell, 'Cell')}</table:table-cell>"
                 for cell in row) + "</table:table-row>" for row in _ROWS)
             + "</table:table>")
    body = ("".join(_paragraph(f"{n}. {_own_text(n)}") for n in range(1, 9))
            + (_paragraph(heading) if heading else "")
            + _paragraph("Changes against the draft of 20 November:") + table)
    source = tmp_path / "map.fodt"
    source.write_text(_FODT.format(styles=_TIGHT, columns="", master="", body=body),
                      encoding="utf-8")
    data = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path).read_bytes()
    plan = import_bytes(data, "map.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), _own_text(n)) for n in range(1, 9)]
    notes = plan.notes or ""
    assert ("Changes against the draft of 20 November:\n\nOld point New point Change\n"
            "3 | 4 | moved after the point on energy\n7 | 9 | merged with 8\n"
            "12 | — | dropped\n14 | 13 | renumbered") in notes, notes
