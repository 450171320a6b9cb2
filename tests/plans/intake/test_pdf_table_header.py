"""A table of numbered provisions printed to PDF by LibreOffice from a Word file, with a
header row (``No. | Provision | Comment``) and rows of several lines: the first row's number,
set beside the middle of its row, went in front of the header row, so the header's words
opened point 1 and the row's own text followed as its second paragraph. The header row is
no row of a number. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.numbercells import _header_row
from tests.plans.intake.producers import flat_odt, libreoffice_convert
from tests.plans.intake.test_word_real_files import docx, para, run

REQUEST = DraftRequest(document="truce", version="2026-01-01-pdf-table")
_ROWS = [("Ukraine's sovereignty is confirmed by all parties to this framework.",
          "Agreed by both delegations at the Geneva round, no change needed."),
         ("A non-aggression pact is signed between Russia, Ukraine and Europe.",
          "One delegation asks for a different wording of this provision."),
         ("Elections are held within one hundred days of signature.", "Open")]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """LibreOffice's PDF of its Word file of a page's ``No. | Provision | Comment`` table."""
    work = tmp_path_factory.mktemp("printed")
    rows = "".join(f"<tr><td>{n}</td><td>{text}</td><td>{comment}</td></tr>"
                   for n, (text, comment) in enumerate(_ROWS, 1))
    page = work / "table.html"
    page.write_text('<html><body><h1>Draft</h1><table border="1"><tr><th>No.</th>'
                    f"<th>Provision</th><th>Comment</th></tr>{rows}</table>"
                    "<p>Done at Geneva.</p></body></html>", encoding="utf-8")
    word = libreoffice_convert(page, "docx:MS Word 2007 XML", work / "word", work)
    return libreoffice_convert(word, "pdf", work / "pdf", work)


def test_a_header_row_over_a_printed_table_is_no_point_s_text(printed: Path) -> None:
    imported = import_bytes(printed.read_bytes(), printed.name, ".pdf", REQUEST)
    points = imported.plan.points
    assert [p.number for p in points] == ["1", "2", "3"]
    assert points[0].text.startswith("Ukraine's sovereignty is confirmed"), points[0].text
    assert "Provision" not in points[0].text
    assert "No. | Provision | Comment" in (imported.plan.notes or "")


def test_the_comment_column_of_a_printed_table_is_the_points_notes(printed: Path) -> None:
    """The comments ran into the points' text ("… this framework. Agreed by both …",
    "… of signature. Open"), where the Word file's and the OpenDocument text's go to the
    points' notes under the column's header."""
    imported = import_bytes(printed.read_bytes(), printed.name, ".pdf", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        (str(n), text, f"Comment: {comment}") for n, (text, comment) in enumerate(_ROWS, 1)]
    # the header row one line of the notes, its cells apart, as the Word file's reads
    assert imported.plan.notes == "No. | Provision | Comment\n\nDone at Geneva."
    assert "1 table(s) of numbered provisions with a column of comments (Comment): each " \
        "row read as one point, its comment in the point's notes, not its text" in [
            f.message for f in imported.report.findings]


@pytest.mark.parametrize(("text", "header"), [
    ("No. Provision Comment", True), ("# Text", True), ("№ п/п Положення Примітка", True),
    ("Item Provision", True), ("番号 条文 備考", True),
    ("No troops are deployed.", False), ("No. 5 is withdrawn", False),
    ("Point 3 is agreed by the parties", False), ("Article 5 applies", False),
])
def test_a_header_row_is_told_from_a_provision(text: str, header: bool) -> None:
    """A number column's header and a few capitalised cells' words is a header row; a
    provision opening with "No" or "Article" is a sentence, with words in small letters."""
    assert _header_row(text) is header


def test_a_table_over_two_pages_with_its_header_repeated(tmp_path: Path) -> None:
    """A Word table whose header row repeats on each page ("Repeat as header row") and whose
    rows do not break across pages, printed by LibreOffice: the header over the rows on the
    next page is the table's furniture, once in the notes. It ran into the point before the
    page break as a further paragraph ("… commission.\n\nNo. | Provision | Comment")."""
    def cell(text: str) -> str:
        return f"<w:tc>{para(run(text))}</w:tc>"

    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("No.") + cell("Provision")
            + cell("Comment") + "</w:tr>"]
    rows += [f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cell(str(n))}{cell(_long(n))}"
             f"{cell(_remark(n))}</w:tr>" for n in range(1, 19)]
    grid = "<w:tblGrid>" + '<w:gridCol w:w="700"/><w:gridCol w:w="5000"/>' \
        '<w:gridCol w:w="3000"/></w:tblGrid>'
    word = tmp_path / "long.docx"
    word.write_bytes(docx(para(run("Draft")) + f"<w:tbl>{grid}{''.join(rows)}</w:tbl>"
                          + para(run("Done at Geneva."))))
    pdf = libreoffice_convert(word, "pdf", tmp_path / "pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        (str(n), _long(n), f"Comment: {_remark(n)}") for n in range(1, 19)]
    assert imported.plan.notes == "Draft\n\nNo. | Provision | Comment\n\nDone at Geneva."
    assert "1 table(s) of numbered provisions with a column of comments (Comment): each " \
        "row read as one point, its comment in the point's notes, not its text" in [
            f.message for f in imported.report.findings]


def _long(n: int) -> str:
    return (f"Provision {n} says that the parties take the steps this framework sets for its "
            "subject within thirty days of signature and report them to the joint commission.")


def _remark(n: int) -> str:
    return f"Remark {n}: one delegation wants a shorter period; the other agrees in principle."


_PREAMBLE = "Preamble paragraph {} of the draft, which sets out the background of the talks."
_BROKEN_TEXT = ["The parties agree on the detailed arrangements for the exchange of prisoners "
                "and the return of civilians.", "The exchange proceeds step by step under the "
                "supervision of the mission, in groups agreed a week ahead.", "Each stage is "
                "reported to the joint commission, which publishes the lists of those exchanged."]
_BROKEN_COMMENT = ["One side objects to the supervision clause and asks that the mission "
                   "report to both capitals at once.", "The other insists on the wording of "
                   "the Geneva round and on a weekly report to the commission."]
_SHORT = [("The parties cease all hostilities along the entire line of contact within "
           "seventy-two hours of signature.", "Agreed at the second round in Geneva."),
          ("Free and fair elections are held within one hundred days of signature.", "Open.")]


def _odt_cell(*texts: str) -> str:
    return "<table:table-cell>" + "".join(f"<text:p>{t}</text:p>" for t in texts) + \
        "</table:table-cell>"


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``No. | Provision | Comment`` under a preamble long enough that row 2 (three
    paragraphs of text, two of comment) breaks across pages 1 and 2, its header row
    repeated on page 2 or not; LibreOffice's Word file of the OpenDocument text, printed to
    PDF by LibreOffice."""
    work = tmp_path_factory.mktemp("broken")
    rows = [(_SHORT[0][0],), _BROKEN_TEXT, (_SHORT[1][0],)]
    comments = [(_SHORT[0][1],), _BROKEN_COMMENT, (_SHORT[1][1],)]
    body = "".join(f"<table:table-row>{_odt_cell(str(n))}{_odt_cell(*rows[n - 1])}"
                   f"{_odt_cell(*comments[n - 1])}</table:table-row>" for n in (1, 2, 3))
    head = ("<table:table-row>" + _odt_cell("No.") + _odt_cell("Provision")
            + _odt_cell("Comment") + "</table:table-row>")
    out = {}
    for name, header, count in (("plain", head, 50), ("repeated", "<table:table-header-rows>"
                                                      + head + "</table:table-header-rows>", 50)):
        text = ("".join(f"<text:p>{_PREAMBLE.format(n)}</text:p>" for n in range(count))
                + '<table:table><table:table-column table:number-columns-repeated="3"/>'
                + header + body + "</table:table><text:p>Done at Geneva.</text:p>")
        word = libreoffice_convert(flat_odt(name, text, work), "docx:MS Word 2007 XML",
                                   work / "word", work)
        out[name] = libreoffice_convert(word, "pdf", work / "pdf", work)
    return out


@pytest.mark.parametrize("name", ["plain", "repeated"])
def test_a_row_broken_across_pages_keeps_its_cells_apart(broken: dict[str, Path],
                                                         name: str) -> None:
    """Row 2 of a printed ``No. | Provision | Comment`` table breaks across the pages, both
    its cells going on on page 2, and row 3 stands alone under it there. The comment's end
    ran into point 2's text after the provision's end ("… those exchanged. wording of the
    Geneva round …"), and row 3's comment ("Open.") into point 3's text or to the version's
    notes: page 2 held no header row, or one over a single row, so no table was seen there.
    The columns go on from page 1."""
    pdf = broken[name]
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        ("1", _SHORT[0][0], f"Comment: {_SHORT[0][1]}"),
        ("2", " ".join(_BROKEN_TEXT), f"Comment: {' '.join(_BROKEN_COMMENT)}"),
        ("3", _SHORT[1][0], f"Comment: {_SHORT[1][1]}")]
    notes = imported.plan.notes or ""
    assert notes.endswith("No. | Provision | Comment\n\nDone at Geneva."), notes
    assert "1 table(s) of numbered provisions with a column of comments (Comment)" in str(
        imported.report)


def test_a_printed_table_with_an_empty_number_header_cell(tmp_path: Path) -> None:
    """`` | Provision | Comment``: the number column's header cell left empty, printed by
    LibreOffice from its Word file. The header row was not one (no "No." opening it), so the
    comments ran into the points' text ("… of signature. Agreed …"). Read as the Word
    file is: the comments the points' notes, the header row one line of the notes."""
    header = ("<table:table-header-rows><table:table-row>" + _odt_cell("")
              + _odt_cell("Provision") + _odt_cell("Comment")
              + "</table:table-row></table:table-header-rows>")
    rows = "".join(f"<table:table-row>{_odt_cell(str(n))}{_odt_cell(text)}"
                   f"{_odt_cell(comment)}</table:table-row>"
                   for n, (text, comment) in enumerate(_ROWS, 1))
    text = ("<text:p>Draft</text:p><table:table><table:table-column table:number-columns-"
            f'repeated="3"/>{header}{rows}</table:table><text:p>Done at Geneva.</text:p>')
    word = libreoffice_convert(flat_odt("headless", text, tmp_path), "docx:MS Word 2007 XML",
                               tmp_path / "word", tmp_path)
    pdf = libreoffice_convert(word, "pdf", tmp_path / "pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        (str(n), text, f"Comment: {comment}") for n, (text, comment) in enumerate(_ROWS, 1)]
    assert imported.plan.notes == "Draft\n\nProvision | Comment\n\nDone at Geneva."
