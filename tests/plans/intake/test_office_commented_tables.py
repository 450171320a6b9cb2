"""A negotiated draft set as a Word table: ``No. | Provision`` (each row one point, its
number from the first column, however long its text) and ``No. | Provision | Comment``
(the comments are the points' notes, not their text). A comment over five words made the
row no provision: it ran into the point's text as a paragraph, and with bare numbers (``1``)
every row but the last went to the version's notes. Word files built part by part as Word
writes them; an OpenDocument text as written and as LibreOffice saves it. Texts are the
project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import opendocument_copies
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="truce", version="2026-01-01-table")
_TEXTS = [["The parties cease all hostilities along the entire line of contact within "
           "seventy-two hours of signature.", "The joint commission monitors the ceasefire "
           "and reports every week to both parties."],
          ["All prisoners of war and detained civilians are exchanged on an all-for-all basis "
           "under international supervision."],
          ["Free and fair elections are held within one hundred days under the observation of "
           "international monitors."]]
_COMMENTS = ["Agreed at the second round in Geneva, subject to the wording of the annex.",
             "One side objects to the supervision clause; the other insists on it.", "Open."]


def _word(header: list[str], number: str, comments: bool) -> bytes:
    def cell(*texts: str) -> str:
        return "<w:tc>" + "".join(para(run(text)) for text in texts) + "</w:tc>"

    rows = ["<w:tr>" + "".join(cell(text) for text in header) + "</w:tr>"]
    for n, texts in enumerate(_TEXTS, 1):
        rows.append("<w:tr>" + cell(number.format(n)) + cell(*texts)
                    + (cell(_COMMENTS[n - 1]) if comments else "") + "</w:tr>")
    return docx(para(run("Draft agreement of 2 April")) + "<w:tbl>" + "".join(rows)
                + "</w:tbl>" + para(run("Done at Geneva.")))


def _points(imported: ImportedDraft) -> list[tuple[str, str, str | None]]:
    return [(p.number, p.text, p.notes) for p in imported.plan.walk()]


def _expected(label: str | None) -> list[tuple[str, str, str | None]]:
    return [(str(n), " ".join(texts), None if label is None else (
        f"{label}: {_COMMENTS[n - 1]}" if label else _COMMENTS[n - 1]))
        for n, texts in enumerate(_TEXTS, 1)]


@pytest.mark.parametrize("number", ["{}.", "{}"])
@pytest.mark.parametrize("header", [["No.", "Provision", "Comment"],
                                    ["Point", "Text", "Remarks"]])
def test_a_comment_column_goes_to_the_points_notes(header: list[str], number: str) -> None:
    imported = import_bytes(_word(header, number, comments=True), "table.docx", ".docx",
                            REQUEST)
    assert _points(imported) == _expected(header[2])
    assert not imported.report.warnings
    assert f"1 table(s) of numbered provisions with a column of comments ({header[2]}): " \
        "each row read as one point, its comment in the point's notes, not its text" in [
            f.message for f in imported.report.findings]


def test_a_long_comment_under_any_header_is_a_note() -> None:
    """No header naming a commentary ("Status"), but a cell longer than a status."""
    imported = import_bytes(_word(["No.", "Text", "Status"], "{}", comments=True),
                            "table.docx", ".docx", REQUEST)
    assert _points(imported) == _expected("Status")


def test_a_short_status_column_stays_in_the_text() -> None:
    """``No. | Text | Status`` with "Agreed" beside each provision: read as before, the
    status a paragraph of the point."""
    rows = "".join(f"<w:tr><w:tc>{para(run(f'{n}.'))}</w:tc><w:tc>{para(run(' '.join(t)))}"
                   f"</w:tc><w:tc>{para(run('Agreed'))}</w:tc></w:tr>"
                   for n, t in enumerate(_TEXTS, 1))
    imported = import_bytes(docx(f"<w:tbl>{rows}</w:tbl>"), "table.docx", ".docx", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        (str(n), " ".join(t) + "\n\nAgreed", None) for n, t in enumerate(_TEXTS, 1)]


@pytest.mark.parametrize("number", ["{}.", "{}"])
def test_a_two_column_table_of_long_provisions_is_one_point_a_row(number: str) -> None:
    """``No. | Text``, each cell over eight words and of two paragraphs: one point a row,
    none of its text in the notes (a regression test: read so before)."""
    imported = import_bytes(_word(["No.", "Text"], number, comments=False), "table.docx",
                            ".docx", REQUEST)
    assert _points(imported) == _expected(None)
    assert not any(text in (imported.plan.notes or "") for texts in _TEXTS for text in texts)


def _odt_cell(*texts: str) -> str:
    return "<table:table-cell>" + "".join(f"<text:p>{t}</text:p>" for t in texts) + \
        "</table:table-cell>"


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``No. | Provision | Comment`` in an OpenDocument text, and LibreOffice's .odt,
    .docx and .doc of it."""
    work = tmp_path_factory.mktemp("table")
    rows = [_odt_cell("No."), _odt_cell("Provision"), _odt_cell("Comment")]
    body = ("<text:p>Draft agreement of 2 April</text:p><table:table><table:table-column "
            'table:number-columns-repeated="3"/><table:table-row>' + "".join(rows)
            + "</table:table-row>" + "".join(
                f"<table:table-row>{_odt_cell(str(n))}{_odt_cell(*texts)}"
                f"{_odt_cell(_COMMENTS[n - 1])}</table:table-row>"
                for n, texts in enumerate(_TEXTS, 1))
            + "</table:table><text:p>Done at Geneva.</text:p>")
    return opendocument_copies("table", body, work, ("odt", "docx", "doc"))


@pytest.mark.parametrize("suffix", [".fodt", ".odt", ".docx", ".doc"])
def test_the_comment_column_in_opendocument_and_libreoffice_s_copies(
        saved: dict[str, Path], suffix: str) -> None:
    imported = import_bytes(saved[suffix].read_bytes(), f"table{suffix}", suffix, REQUEST)
    assert _points(imported) == _expected("Comment")


def test_a_first_column_numbered_by_word_s_list() -> None:
    """The numbers drawn by a Word list in empty first cells (Word's "Numbering" button on
    the column): counted as Word shows them, so a list after the table goes on from 4."""
    def cell(*texts: str) -> str:
        return "<w:tc>" + "".join(para(run(text)) for text in texts) + "</w:tc>"

    rows = ["<w:tr>" + cell("No.") + cell("Provision") + cell("Comment") + "</w:tr>"]
    rows += ["<w:tr><w:tc>" + para("", numbered(1)) + "</w:tc>" + cell(*texts)
             + cell(_COMMENTS[n]) + "</w:tr>" for n, texts in enumerate(_TEXTS)]
    body = "<w:tbl>" + "".join(rows) + "</w:tbl>" + para(run("Monitors deploy."), numbered(1))
    imported = import_bytes(docx(body, DECIMAL), "table.docx", ".docx", REQUEST)
    assert _points(imported) == [*_expected("Comment"), ("4", "Monitors deploy.", None)]


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The table with its first column numbered by a list (one list going on from cell to
    cell), in an OpenDocument text, and LibreOffice's .odt and .docx of it."""
    work = tmp_path_factory.mktemp("listed")
    head = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-'
            'style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
            "</text:list-style></office:automatic-styles>")
    rows = ("<table:table-row>" + _odt_cell("No.") + _odt_cell("Provision")
            + _odt_cell("Comment") + "</table:table-row>")
    for n, texts in enumerate(_TEXTS):
        named = 'xml:id="la"' if n == 0 else 'text:continue-list="la"'
        rows += (f'<table:table-row><table:table-cell><text:list {named} text:style-name="L1">'
                 "<text:list-item><text:p/></text:list-item></text:list></table:table-cell>"
                 f"{_odt_cell(*texts)}{_odt_cell(_COMMENTS[n])}</table:table-row>")
    body = ('<table:table><table:table-column table:number-columns-repeated="3"/>' + rows
            + "</table:table>")
    return opendocument_copies("listed", body, work, ("odt", "docx"), head)


@pytest.mark.parametrize("suffix", [".fodt", ".odt", ".docx"])
def test_a_first_column_numbered_by_an_opendocument_list(listed: dict[str, Path],
                                                         suffix: str) -> None:
    imported = import_bytes(listed[suffix].read_bytes(), f"listed{suffix}", suffix, REQUEST)
    assert _points(imported) == _expected("Comment")


@pytest.mark.parametrize("header", [["No.", "Provision", "Comment"], ["", "Provision", "Comment"]])
def test_the_header_row_is_one_line_of_the_notes(header: list[str]) -> None:
    """Over a number column with no header of its own, the header row's cells went to the
    notes as paragraphs of their own ("Provision", "Comment")."""
    imported = import_bytes(_word(header, "{}.", comments=True), "table.docx", ".docx",
                            REQUEST)
    assert _points(imported) == _expected("Comment")
    assert imported.plan.notes == ("Draft agreement of 2 April\n\n"
                                   f"{' | '.join(c for c in header if c)}\n\nDone at Geneva.")


@pytest.fixture(scope="module")
def headless(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The table with no header over its number column, in LibreOffice's repeated header
    row, in an OpenDocument text and LibreOffice's .odt and .docx of it."""
    work = tmp_path_factory.mktemp("headless")
    head = ("<table:table-header-rows><table:table-row>" + _odt_cell("") + _odt_cell("Provision")
            + _odt_cell("Comment") + "</table:table-row></table:table-header-rows>")
    body = ("<text:p>Draft agreement of 2 April</text:p><table:table><table:table-column "
            'table:number-columns-repeated="3"/>' + head + "".join(
                f"<table:table-row>{_odt_cell(str(n))}{_odt_cell(*texts)}"
                f"{_odt_cell(_COMMENTS[n - 1])}</table:table-row>"
                for n, texts in enumerate(_TEXTS, 1))
            + "</table:table><text:p>Done at Geneva.</text:p>")
    return opendocument_copies("headless", body, work, ("odt", "docx"))


@pytest.mark.parametrize("suffix", [".fodt", ".odt", ".docx"])
def test_a_header_row_with_an_empty_number_cell_in_opendocument(
        headless: dict[str, Path], suffix: str) -> None:
    imported = import_bytes(headless[suffix].read_bytes(), f"headless{suffix}", suffix,
                            REQUEST)
    assert _points(imported) == _expected("Comment")
    assert imported.plan.notes == ("Draft agreement of 2 April\n\nProvision | Comment\n\n"
                                   "Done at Geneva.")
