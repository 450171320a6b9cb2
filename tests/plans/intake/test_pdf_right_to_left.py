"""A point in Arabic (a right-to-left paragraph) among English points, in LibreOffice's PDF.
PDFium, like pdftotext, gives such a line partly in visual order: the list's "5." came
before the text as ".5" (so the line was no point and ran into point 4), a typed "5." read
"5 ." after the text, and a lam-alef ligature's letters came out swapped ("اال" for "الا").
The line is read in logical order, rebuilt from where its characters stand, a Latin word
and a figure within it kept left to right; the report says so. Texts are the project's
own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import chromium_pdf, libreoffice_convert, libreoffice_pdf
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="truce", version="2026-01-01-arabic")
_ENGLISH = ["The parties cease fire along the whole line.", "Heavy weapons are withdrawn.",
            "Prisoners are exchanged all for all.", "A joint commission monitors the ceasefire."]
_LAST = "The agreement enters into force on signature."
_ARABIC = {"listed": "تجري الانتخابات في غضون 100 يوم بإشراف OSCE.",
           "typed": "تجري الانتخابات في غضون مائة يوم."}
_HEAD = ('<office:styles><text:list-style style:name="L1"><text:list-level-style-number '
         'text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>'
         '</office:styles><office:automatic-styles><style:style style:name="RTL" '
         'style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" '
         'fo:text-align="end" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-'
         'compatible:1.0"/></style:style></office:automatic-styles>')


def _body(shape: str) -> str:
    arabic = _ARABIC[shape]
    if shape == "listed":  # numbered by the list
        items = [f"<text:p>{t}</text:p>" for t in _ENGLISH]
        items += [f'<text:p text:style-name="RTL">{arabic}</text:p>', f"<text:p>{_LAST}</text:p>"]
        return ('<text:list text:style-name="L1">'
                + "".join(f"<text:list-item>{p}</text:list-item>" for p in items)
                + "</text:list>")
    return ("".join(f"<text:p>{n}. {t}</text:p>" for n, t in enumerate(_ENGLISH, 1))
            + f'<text:p text:style-name="RTL">5. {arabic}</text:p><text:p>6. {_LAST}</text:p>')


@pytest.mark.parametrize("shape", ["listed", "typed"])
def test_an_arabic_point_in_a_libreoffice_pdf_reads_in_logical_order(tmp_path: Path,
                                                                     shape: str) -> None:
    data = libreoffice_pdf(shape, _body(shape), tmp_path, head=_HEAD)
    imported = import_bytes(data, f"{shape}.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        *((str(n), t) for n, t in enumerate(_ENGLISH, 1)), ("5", _ARABIC[shape]),
        ("6", _LAST)]
    assert any(f.message.startswith("1 line(s) of right-to-left text (Arabic, Hebrew) on "
                                    "page(s) 1: ") for f in imported.report.findings)


_PRINTED = ["يتوقف الطرفان عن إطلاق النار على طول خط التماس بالكامل.",
            "تسحب الأسلحة الثقيلة مسافة 15 كيلومترا من الخط.",
            "يتم تبادل الأسرى على أساس الكل مقابل الكل وفق قواعد ICRC.",
            "تجري الانتخابات في غضون مائة يوم."]
_HEBREW = "בחירות נערכות בתוך מאה ימים."


def test_an_arabic_page_as_chromium_prints_it(tmp_path: Path) -> None:
    """A right-to-left page (an ordered list in Arabic, a Hebrew paragraph after it) printed
    by Chromium: PDFium gave some words backwards ("فقوتي" for "يتوقف") and each number
    as ".1" after the text, so the file had no numbered points at all (exit 2)."""
    page = tmp_path / "arabic.html"
    page.write_text('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
                    "<title>اتفاق</title></head><body><h1>اتفاق وقف إطلاق النار</h1><ol>"
                    + "".join(f"<li>{text}</li>" for text in _PRINTED)
                    + f'</ol><p lang="he">{_HEBREW}</p></body></html>', encoding="utf-8")
    printed = chromium_pdf(page, tmp_path / "arabic.pdf", tmp_path)
    imported = import_bytes(printed.read_bytes(), "arabic.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        (str(n), text) for n, text in enumerate(_PRINTED, 1)]
    assert _HEBREW in (imported.plan.notes or "")


def test_hebrew_and_arabic_points_of_a_word_file_printed_by_libreoffice(tmp_path: Path) -> None:
    """Right-to-left paragraphs (``w:bidi``) numbered by the Word file's list, printed by
    LibreOffice: both ran into point 2 (".3 הבחירות …OSCE..4 تسحب األسلحة …"), point 5
    then following 2."""
    hebrew = "הבחירות נערכות בתוך 100 ימים בפיקוח OSCE."
    arabic = "تسحب الأسلحة الثقيلة مسافة 15 كيلومترا من الخط."

    def bidi(text: str) -> str:
        return para(f'<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>',
                    numbered(1) + "<w:bidi/>")

    word = tmp_path / "bidi.docx"
    word.write_bytes(docx("".join(para(run(t), numbered(1)) for t in _ENGLISH[:2])
                          + bidi(hebrew) + bidi(arabic) + para(run(_LAST), numbered(1)),
                          DECIMAL))
    printed = libreoffice_convert(word, "pdf", tmp_path / "pdf", tmp_path)
    imported = import_bytes(printed.read_bytes(), "bidi.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", _ENGLISH[0]), ("2", _ENGLISH[1]), ("3", hebrew), ("4", arabic), ("5", _LAST)]
