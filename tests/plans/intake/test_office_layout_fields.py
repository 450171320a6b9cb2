"""Fields whose result the word processor works out anew each time it shows or prints the
file (a page number, the page count, today's date) inside a point: the file keeps the value
of their last showing, which is the layout's or the clock's, not the drafter's words, and
differs between two saves of the same text (a diff would show "page 2" become "page 3").
Their results are left out and counted in the report; a field the drafter locked (Word's
``w:fldLock``, OpenDocument's ``text:fixed``) keeps its value. Word files built part by part
as Word writes them, and OpenDocument texts with LibreOffice's .docx and .odt of them.
Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import opendocument_copies
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="truce", version="2026-01-01-fields")


def _field(instruction: str, result: str, locked: bool = False) -> str:
    lock = ' w:fldLock="true"' if locked else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"{lock}/></w:r><w:r><w:instrText '
            f'xml:space="preserve"> {instruction} </w:instrText></w:r><w:r><w:fldChar '
            f'w:fldCharType="separate"/></w:r>{run(result)}<w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>')


def _texts(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.walk()]


def _said(imported: ImportedDraft) -> list[str]:
    return [f.message for f in imported.report.findings if "worked out anew" in f.message]


def test_page_and_date_fields_in_a_point_are_left_out_and_counted() -> None:
    """They read "(page 2 of 7)", "on 6 December 2026" and "year 3" as the points' words."""
    body = (para(run("The parties stop fire along the whole line (page ")
                 + _field("PAGE", "2") + run(" of ") + _field("NUMPAGES", "7") + run(")."),
                 numbered(1))
            + para(run("Prisoners are exchanged, all for all, on ")
                   + _field('DATE \\@ "d MMMM yyyy"', "6 December 2026") + run("."),
                   numbered(1))
            + para(run("Elections are held within one year ")
                   + '<w:fldSimple w:instr=" PAGE ">' + run("3") + "</w:fldSimple>"
                   + run("."), numbered(1)))
    imported = import_bytes(docx(body, DECIMAL), "fields.docx", ".docx", REQUEST)
    assert _texts(imported) == [
        ("1", "The parties stop fire along the whole line (page of )."),
        ("2", "Prisoners are exchanged, all for all, on ."),
        ("3", "Elections are held within one year .")]
    assert _said(imported) == [
        "4 field result(s) worked out anew each time the file is shown or printed (DATE 1, "
        "NUMPAGES 1, PAGE 2) left out: a page number, a page count or a date so kept is the "
        "layout's or the clock's, not the drafter's words"]


def test_a_locked_date_and_other_fields_keep_their_results() -> None:
    """A locked DATE is the drafter's date; a REF, a PAGEREF and a DOCPROPERTY are text."""
    body = (para(run("Signed on ") + _field("DATE", "1 May 2026", locked=True) + run("."),
                 numbered(1))
            + para(run("As point ") + _field("REF _Ref1 \\r", "1") + run(" says, on page ")
                   + _field("PAGEREF _Ref1", "4") + run("."), numbered(1)))
    imported = import_bytes(docx(body, DECIMAL), "fields.docx", ".docx", REQUEST)
    assert _texts(imported) == [("1", "Signed on 1 May 2026."),
                                ("2", "As point 1 says, on page 4.")]
    assert _said(imported) == []


_HEAD = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-'
         'number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>'
         "</office:automatic-styles>")
_BODY = ('<text:list text:style-name="L1"><text:list-item><text:p>The parties stop fire '
         'along the whole line (page <text:page-number text:select-page="current">2'
         "</text:page-number> of <text:page-count>7</text:page-count>).</text:p>"
         "</text:list-item><text:list-item><text:p>Prisoners are exchanged on <text:date>"
         "6 December 2026</text:date>.</text:p></text:list-item><text:list-item><text:p>"
         'Signed on <text:date text:fixed="true">1 May 2026</text:date>.</text:p>'
         "</text:list-item></text:list>")


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The OpenDocument draft as written, and LibreOffice's .odt and .docx of it."""
    copies = opendocument_copies("fields", _BODY, tmp_path_factory.mktemp("fields"),
                                 ("odt", "docx:MS Word 2007 XML"), _HEAD)
    return {suffix: path.read_bytes() for suffix, path in copies.items()}


@pytest.mark.parametrize("suffix", [".fodt", ".odt", ".docx"])
def test_opendocument_page_and_date_fields(saved: dict[str, bytes], suffix: str) -> None:
    """The .odt read "(page 1 of 1)" and "on 12/6/26" (the values LibreOffice worked out
    when it saved it)."""
    imported = import_bytes(saved[suffix], f"fields{suffix}", suffix, REQUEST)
    assert _texts(imported)[:2] == [
        ("1", "The parties stop fire along the whole line (page of )."),
        ("2", "Prisoners are exchanged on .")]
    assert _texts(imported)[2][1].startswith("Signed on 1")  # LibreOffice's .docx: 5/1/26
    assert len(_said(imported)) == 1
    assert _said(imported)[0].startswith("3 field result(s)")
    assert "(DATE 1, NUMPAGES 1, PAGE 1)" in _said(imported)[0]


def test_a_layout_field_outside_any_point_counts_too() -> None:
    """A "Page 1" line above the points is left out the same way."""
    body = (para(run("Page ") + _field("PAGE", "1")) + para(run("The parties stop fire."),
                                                           numbered(1)))
    imported = import_bytes(docx(body, DECIMAL), "fields.docx", ".docx", REQUEST)
    assert _texts(imported) == [("1", "The parties stop fire.")]
    assert "(PAGE 1)" in _said(imported)[0]
