"""A table of three or more columns inside a point (a schedule: phase, start, troops), in a
Word file, an OpenDocument text, a web page and Markdown: read one row a line, its cells
joined by " | ". Before, Word's and LibreOffice's cells were a paragraph each (the rows
lost), a page's rows ran together in the point's one paragraph and Markdown's ran together
after the header. Tables of points (a number cell first) are read as before
(test_ordinal_points, test_docx_tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import numbered_provision
from tests.plans.intake.test_odf import convert, flat
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="accord", version="2026-01-01-schedule")
_LEAD = "The parties withdraw in phases as follows:"
_LAST = "Elections are held within one year."
_ROWS = (("Phase", "Start", "Troops"), ("First", "Day 1", "Half"),
         ("Second", "Day 30", "All"))
_POINTS = [("1", f"{_LEAD}\n\nPhase | Start | Troops\n\nFirst | Day 1 | Half\n\n"
                 "Second | Day 30 | All"), ("2", _LAST)]


def _tree(data: bytes, name: str) -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    return [(p.number, p.text) for p in imported.plan.walk()]


def test_word() -> None:
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(run(c))}</w:tc>" for c in row) + "</w:tr>"
                   for row in _ROWS)
    body = (para(run(_LEAD), numbered(1)) + f"<w:tbl>{rows}</w:tbl>"
            + para(run(_LAST), numbered(1)))
    assert _tree(docx(body, DECIMAL), "draft.docx") == _POINTS


def test_opendocument_and_libreoffice_word_and_page(tmp_path: Path) -> None:
    """The same flat OpenDocument text read itself, and as LibreOffice saves it as Word and
    as a web page."""
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
        + "</table:table-row>" for row in _ROWS)
    body = (f"<text:p>1. {_LEAD}</text:p><table:table><table:table-column "
            f'table:number-columns-repeated="3"/>{cells}</table:table><text:p>2. {_LAST}</text:p>')
    source = tmp_path / "schedule.fodt"
    source.write_text(flat(body), encoding="utf-8")
    assert _tree(source.read_bytes(), source.name) == _POINTS
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    assert _tree(word.read_bytes(), word.name) == _POINTS
    page = convert([source], "html", tmp_path / "html")[0]
    assert _tree(page.read_bytes(), page.name) == _POINTS


def test_web_page_list_item() -> None:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ROWS)
    page = (f"<html><body><ol><li>{_LEAD}<table>{cells}</table></li><li>{_LAST}</li></ol>"
            "</body></html>").encode()
    assert _tree(page, "draft.html") == _POINTS


@pytest.mark.parametrize("rule", ["|---|---|---|", "| :-- | --- | --: |"])
def test_markdown(rule: str) -> None:
    rows = ["| " + " | ".join(row) + " |" for row in _ROWS]
    text = "\n".join([f"1. {_LEAD}", "", rows[0], rule, *rows[1:], "", f"2. {_LAST}", ""])
    assert _tree(text.encode(), "draft.md") == _POINTS



def test_a_note_in_a_cell_of_an_opendocument_schedule_is_kept() -> None:
    """An OpenDocument footnote inside a schedule's cell: the row read as one line left the
    note out of the draft's notes (the cells were not read through the reader); it is
    kept, as a numbered provision's row keeps its notes: the note of the point the
    schedule stands in."""
    note = ('<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
            "</text:note-citation><text:note-body><text:p>Counted from the day of signing."
            "</text:p></text:note-body></text:note>")
    rows = (_ROWS[0], (_ROWS[1][0], _ROWS[1][1] + note, _ROWS[1][2]), _ROWS[2])
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
        + "</table:table-row>" for row in rows)
    body = (f"<text:p>1. {_LEAD}</text:p><table:table>{cells}</table:table>"
            f"<text:p>2. {_LAST}</text:p>")
    imported = import_bytes(flat(body).encode(), "draft.fodt", ".fodt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == _POINTS
    assert imported.plan.points[0].notes == "[1] Counted from the day of signing."


_STATUS_ROWS = (("No.", "Provision", "Status"), ("1", "The parties stop fire along the line.",
                                                 "Agreed"),
                ("2", "All prisoners are exchanged, all for all.", "Open"),
                ("3", "Elections are held within one year.", "Agreed ad ref."))


def _status_table() -> str:
    cell = "<w:tc>{}</w:tc>"
    rows = "".join("<w:tr>" + "".join(cell.format(para(run(text))) for text in row)
                   + "</w:tr>" for row in _STATUS_ROWS)
    return ('<w:tbl><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="7000"/><w:gridCol '
            f'w:w="1500"/></w:tblGrid>{rows}</w:tbl>')


def test_a_table_of_provisions_with_a_status_column(tmp_path: Path) -> None:
    """A negotiators' working table, number | provision | status, in Word and as LibreOffice
    saves it as OpenDocument: a row is a point, its status a paragraph of its text (the
    import failed: "no numbered points found"). A longer third cell (the table of an old and
    a new text) is no status."""
    data = docx(para(run("Draft framework, working table")) + _status_table())
    expected = [(number, f"{text}\n\n{status}") for number, text, status in _STATUS_ROWS[1:]]
    assert _tree(data, "status.docx") == expected
    source = tmp_path / "status.docx"
    source.write_bytes(data)
    odt = convert([source], "odt", tmp_path)[0]
    assert _tree(odt.read_bytes(), "status.odt") == expected


def test_a_long_third_cell_is_no_remark() -> None:
    """A table of an old and a new text beside a number is not one provision with remarks."""
    old = "The parties stop fire along the line."
    new = "The parties stop fire along the whole line."
    assert numbered_provision([["1"], [old], [new]]) is None
    assert numbered_provision([["1"], [old], ["Agreed"], []]) == ("1", [old], ["Agreed"])


def test_a_table_of_provisions_with_a_status_column_in_a_web_page() -> None:
    """The same working table saved as a web page (Word's and LibreOffice's set each cell's
    text in a ``<p>``) reads as the Word file does."""
    rows = "".join("<tr>" + "".join(f"<td><p>{text}</p></td>" for text in row) + "</tr>"
                   for row in _STATUS_ROWS)
    page = f"<html><body><p>Draft framework, working table</p><table>{rows}</table></body></html>"
    expected = [(number, f"{text}\n\n{status}") for number, text, status in _STATUS_ROWS[1:]]
    assert _tree(page.encode(), "status.html") == expected
    # a redline's concordance row (old point | new points | changes …) is no provision
    assert numbered_provision([["24"], ["[6], [7], [8]"], ["split, moved"], ["reported"]]) \
        is None
    assert numbered_provision([["24"], ["[6], [7], [8]"], ["split, moved"]]) is None


def test_a_numbered_table_inside_a_point_in_libreoffice_s_pdf(tmp_path: Path) -> None:
    """A table of stages numbered 1 to 4 inside point 2 (``2. … in stages:`` / Stage | Area |
    Deadline / 1 | Northern districts | 30 days …), printed by LibreOffice: the header row ran
    onto the lead-in's line, so the lead-in ended in no colon and the stages were read as
    points 1-4 again, with points 3 and 4 twice ("numbering goes back"). They are point 2's
    sub-points, as a list numbered from 1 after a colon is."""
    from tests.plans.intake.producers import libreoffice_pdf

    def cell(text: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>' \
            "</table:table-cell>"

    rows = [("Stage", "Area", "Deadline"), ("1", "Northern districts", "30 days"),
            ("2", "Eastern districts", "60 days"), ("3", "Southern districts", "90 days"),
            ("4", "Coastal districts", "120 days")]
    table = ('<table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             'table:name="T"><table:table-column table:number-columns-repeated="3"/>'
             + "".join("<table:table-row>" + "".join(cell(c) for c in row)
                       + "</table:table-row>" for row in rows) + "</table:table>")
    body = ("<text:p>1. The parties agree to a ceasefire along the whole line of contact and "
            "keep it.</text:p><text:p>2. Troops withdraw in stages; the areas and the deadlines"
            " of each stage are:</text:p>" + table + "<text:p>3. Elections take place within "
            "one hundred days after signature.</text:p><text:p>4. A reconstruction fund is set "
            "up and the partners pay into it.</text:p>")
    imported = import_bytes(libreoffice_pdf("stages", body, tmp_path), "stages.pdf", ".pdf",
                            REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert [(p.number, p.text) for p in imported.plan.points[1].points] == [
        (f"2({row[0]})", f"{row[1]} {row[2]}") for row in rows[1:]]
    assert not imported.report.warnings, imported.report.warnings


def test_a_numbered_table_inside_a_point_in_chromium_s_print(tmp_path: Path) -> None:
    """The same table in a web page printed by Chromium: the bold header row (Stage, Area,
    Deadline) read as a heading, and the rows after it as a second part's points 1-4, with
    points 3 and 4 in it twice. The header row goes to point 2, the rows are its
    sub-points."""
    from tests.plans.intake.producers import chromium_pdf

    rows = [("1", "Northern districts", "30 days"), ("2", "Eastern districts", "60 days"),
            ("3", "Southern districts", "90 days"), ("4", "Coastal districts", "120 days")]
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>td, th { padding: 4px 12px; border: 1px "
        "solid #999 } table { border-collapse: collapse }</style></head><body><p>1. The "
        "parties agree to a ceasefire along the whole line of contact and keep it.</p><p>2. "
        "Troops withdraw in stages; the areas and deadlines are:</p><table><tr><th>Stage</th>"
        "<th>Area</th><th>Deadline</th></tr>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</table><p>3. Elections take place within one hundred days after signature.</p>"
        "<p>4. A reconstruction fund is set up and the partners pay into it.</p></body></html>",
        encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST)
    assert [(p.id, p.number) for p in imported.plan.points] == [
        ("p1", "1"), ("p2", "2"), ("p3", "3"), ("p4", "4")]
    assert imported.plan.points[1].text.endswith("are:\n\nStage Area Deadline")
    assert [(p.number, p.text) for p in imported.plan.points[1].points] == [
        (f"2({a})", f"{b} {c}") for a, b, c in rows]
    assert not imported.report.warnings, imported.report.warnings
