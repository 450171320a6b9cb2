"""PDFs with line numbers in the margin, as bills and legislative drafts are printed: a Word
file with line numbering on (every line, or every fifth, counting on across pages) printed
by LibreOffice, and a page whose every line carries its number printed by Chromium. The
numbers are neither point numbers nor text. Texts are the project's own."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from plandiff.plans.intake.linenumbers import drop_line_numbers
from plandiff.plans.intake.lines import every_kth, stepped_runs
from plandiff.plans.intake.pdfium import RawLine
from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="bill", version="2025-11-21-numbered")

CLAUSES = [
    "The parties confirm the sovereignty and territorial integrity of the state within its "
    "internationally recognised borders.",
    "A full and unconditional ceasefire takes effect seventy-two hours after signature and "
    "applies on land, at sea and in the air.",
    "An international mission of observers drawn from neutral states monitors the line of "
    "contact and reports to both parties every week.",
    "Heavy weapons are withdrawn to a distance of at least thirty kilometres from the line of "
    "contact within twenty-one days.",
    "Prisoners of war and civilians detained in connection with the conflict are exchanged on "
    "an all-for-all basis.",
    "Frozen sovereign assets are placed in a reconstruction fund administered jointly under "
    "international supervision.",
    "Elections are held within one hundred days of the end of martial law, observed by an "
    "international mission.",
]


def _pandoc(tmp_path: Path, clauses: list[str], name: str) -> Path:
    """pandoc's file ``name`` (its suffix sets the format) of a bill with these numbered
    clauses after a preamble."""
    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / "bill.md"
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(clauses, 1))
    source.write_text("# Draft framework agreement\n\nThe parties, meeting in Geneva, agree "
                      "on the following provisions, which enter into force on the day of "
                      f"signature by both delegations.\n\n{body}\n", encoding="utf-8")
    out = tmp_path / name
    subprocess.run([require("pandoc"), str(source), "-o", str(out)], check=True,
                   capture_output=True, timeout=120)
    return out

def _numbered_docx(tmp_path: Path, clauses: list[str], count_by: int,
                   blank: bool = False) -> Path:
    """pandoc's .docx of the draft with Word's line numbering switched on in its section
    (``w:lnNumType``), printed to PDF by LibreOffice; ``blank``: an empty paragraph after
    each one, as drafts space their paragraphs (the empty line gets a number too)."""
    plain = _pandoc(tmp_path, clauses, "plain.docx")
    numbered = tmp_path / f"bill{count_by}.docx"
    setting = (f'<w:sectPr><w:lnNumType w:countBy="{count_by}" w:restart="continuous"/>'
               "</w:sectPr>").encode()
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(numbered, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                assert b"<w:sectPr />" in data
                data = data.replace(b"<w:sectPr />", setting)
                if blank:
                    data = data.replace(b"</w:p>", b"</w:p><w:p/>")
            zout.writestr(item, data)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    str(numbered)], check=True, capture_output=True, timeout=180)
    return tmp_path / "pdf" / f"bill{count_by}.pdf"


def _check(imported: ImportedDraft, clauses: list[str], name: str) -> None:
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(clauses, 1)], name
    assert not any(p.points for p in imported.plan.points), name
    assert "The parties, meeting in Geneva" in (imported.plan.notes or ""), name
    notes = (imported.plan.notes or "").replace("Heading before point 1:", "")
    assert not any(ch.isdigit() for ch in notes), name
    assert not imported.report.warnings, (name, imported.report.lines())
    assert any(f.kind == "dropped" and "line number(s) in the margin" in f.message
               for f in imported.report.findings), name


def test_libreoffice_prints_every_line_numbered(tmp_path: Path) -> None:
    pdf = _numbered_docx(tmp_path, CLAUSES, 1)
    assert "17" in subprocess.run([require("pdftotext"), str(pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), CLAUSES, pdf.name)


def test_libreoffice_prints_every_fifth_line_numbered_over_two_pages(tmp_path: Path) -> None:
    clauses = CLAUSES * 4
    pdf = _numbered_docx(tmp_path, clauses, 5)
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    margins = [re.findall(r"(?m)^([0-9]+) ", page) for page in text.split("\f")
               if page.strip()]
    assert len(margins) == 2 and margins[0][:2] == ["5", "10"] \
        and int(margins[1][0]) == int(margins[0][-1]) + 5, margins  # counting on
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), clauses, pdf.name)


def test_empty_lines_numbered_in_the_margin(tmp_path: Path) -> None:
    """A draft that spaces its paragraphs with empty ones, printed with every line numbered
    (LibreOffice counts empty lines; so does Word): the number of an empty line stands
    alone, level with no text. It was read as a number alone (point 1 became the preamble,
    2-6 were lost, "5" "8" "11" … the last point's paragraphs)."""
    for count_by in (1, 5):
        pdf = _numbered_docx(tmp_path / f"by{count_by}", CLAUSES, count_by, blank=True)
        text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        assert re.search(r"(?m)^ *(?:8|20) *$", text), text  # an empty line's number
        _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), CLAUSES, pdf.name)


def test_a_copy_of_a_numbered_pdf_pasted_as_text(tmp_path: Path) -> None:
    """pdftotext's copy of the numbered PDFs, as it reads them and keeping their layout:
    the margin numbers are lines of their own (``2`` / ``3`` together), or open the lines
    they number before a wide space (``5           within its …``)."""
    for count_by in (1, 5):
        pdf = _numbered_docx(tmp_path / f"by{count_by}", CLAUSES, count_by)
        for options in ([], ["-layout"]):
            copy = subprocess.run([require("pdftotext"), *options, str(pdf), "-"],
                                  check=True, capture_output=True).stdout
            name = f"by{count_by}{''.join(options)}.txt"
            imported = import_bytes(copy, name, ".txt", REQUEST)
            assert [(p.number, p.text) for p in imported.plan.points] == [
                (str(n), text) for n, text in enumerate(CLAUSES, 1)], name
            assert not any(ch.isdigit() for ch in (imported.plan.notes or "")), name
            assert not imported.report.warnings, (name, imported.report.lines())
            assert any("line number(s) pasted with the text" in f.message
                       for f in imported.report.findings), name


def test_point_numbers_alone_on_their_lines_are_not_line_numbers() -> None:
    """A point's number alone above its text (a page's number boxes, pasted) counts up too,
    but never two together and never by fives: they stay the points' numbers."""
    text = "".join(f"{n}\n{text}\n\n" for n, text in enumerate(CLAUSES[:4], 1))
    imported = import_bytes(text.encode(), "boxes.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert not any(f.kind == "dropped" for f in imported.report.findings)


def _right_numbered_odt(tmp_path: Path, clauses: list[str], increment: int) -> Path:
    """pandoc's OpenDocument file of the draft with LibreOffice's line numbering on, set in
    the right margin (``text:number-position="right"``, as some parliaments print their
    bills), printed to PDF by LibreOffice; pandoc's page-number footer kept."""
    plain = _pandoc(tmp_path, clauses, "plain.odt")
    numbered = tmp_path / f"right{increment}.odt"
    setting = ('<text:linenumbering-configuration text:number-lines="true" text:offset="0.5cm" '
               'style:num-format="1" text:number-position="right" '
               f'text:increment="{increment}"/>').encode()
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(numbered, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "styles.xml":
                data, found = re.subn(rb"<text:linenumbering-configuration[^>]*/>", setting,
                                      data)
                assert found == 1
            zout.writestr(item, data)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    str(numbered)], check=True, capture_output=True, timeout=180)
    return tmp_path / "pdf" / f"right{increment}.pdf"


def test_libreoffice_prints_line_numbers_in_the_right_margin(tmp_path: Path) -> None:
    """Every line numbered on one page, and every fifth over two pages (each page with its
    footer's page number an inch from the bottom): PDFium runs a number onto the end of the
    line it stands beside (``… of the state 4``) or gives it a line of its own."""
    pdf = _right_numbered_odt(tmp_path / "every", CLAUSES, 1)
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert re.search(r"(?m)\S\s{3,}17$", text), text  # the numbers stand on the right
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), CLAUSES, pdf.name)
    clauses = CLAUSES * 4
    pdf = _right_numbered_odt(tmp_path / "fifth", clauses, 5)
    text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert text.count("\f") >= 2 and re.search(r"(?m)^\s+2$", text), text  # page 2's number
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), clauses, pdf.name)


def test_chromium_prints_a_page_whose_lines_carry_their_numbers(tmp_path: Path) -> None:
    """Each line a block with its number set in the margin before it: PDFium runs the number
    onto the line it stands beside (``5 within its internationally …``)."""
    lines = [("h", "Draft framework agreement"),
             ("p", "The parties, meeting in Geneva, agree on the following provisions, which"),
             ("c", "enter into force on the day of signature by both delegations.")]
    for n, text in enumerate(CLAUSES[:5], 1):
        words = text.split()
        lines += [("p", f"{n}. {' '.join(words[:12])}"), ("c", " ".join(words[12:]))]
    rows = "\n".join(f'<div class="{kind}"><span class="ln">{n}</span>{text}</div>'
                     for n, (kind, text) in enumerate(lines, 1))
    page = tmp_path / "bill.html"
    page.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bill</title><style>body{{font-family:serif;font-size:11pt;margin:1.5cm}}
.bill div{{position:relative;padding-left:3em;line-height:1.5;white-space:nowrap}}
.bill .p{{margin-top:0.6em}} .bill .h{{font-weight:bold}}
.ln{{position:absolute;left:0;width:2em;text-align:right;color:#555}}</style></head>
<body><div class="bill">{rows}</div></body></html>""", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "bill.pdf", tmp_path)
    _check(import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST), CLAUSES[:5], pdf.name)


def test_stepped_runs_read_every_line_and_every_kth_line_numberings() -> None:
    """The one reading of counting runs that the PDF margin and the pasted copy share: by one,
    or by a step of 2 to 10 set by a run's first two values; a run of one has step 0."""
    assert stepped_runs([1, 2, 3, 7, 5, 10, 15, 40]) == [
        (1, [0, 1, 2]), (0, [3]), (5, [4, 5, 6]), (0, [7])]
    assert stepped_runs([3, 14]) == [(0, [0]), (0, [1])]  # 11 apart: no line numbering
    assert every_kth(5, [5, 10, 15]) and not every_kth(5, [4, 9, 14])
    assert not every_kth(1, [1, 2]) and not every_kth(5, [10])


def test_number_cells_rows_apart_are_not_every_third_line() -> None:
    """A table's number cells 15 and 18 (rows 16 and 17 between them read without a line of
    text level with their numbers: a redline whose titles are struck through) count up by
    three, but stand 17 lines apart: they numbered the rows, not every third line, and
    stay (they went, and points 15 and 18 with them, and 12, a multiple of 3, on the page
    before)."""
    def line(text: str, x0: float, bottom: float) -> RawLine:
        return RawLine(text, x0, x0 + 6.0 * len(text), bottom, bottom + 7.0, 7.0, 10.0)

    page = [line("15", 57.0, 738.0), line("No change by force", 86.0, 738.0)]
    page += [line("the text of the rows between them, line by line", 86.0, 723.0 - 15.0 * k)
             for k in range(16)]
    page += [line("18", 57.0, 480.0), line("Elections", 86.0, 480.0),
             line("Elections are held as soon as possible.", 86.0, 465.0)]
    out, dropped = drop_line_numbers([page])
    assert dropped == 0
    assert [raw.text for raw in out[0]] == [raw.text for raw in page]


def test_bold_numbers_in_the_margin_are_points_not_line_numbers() -> None:
    """Numbers left of the text counting up by one, each level with a line that runs on in
    small letters, are a margin's line numbers, unless they are bold: a point's number set
    in bold before a tab (``2⇥Title``, a redline's title struck through, its new one on the
    next line) stays, and its point with it (the European 24 → E3 redline lost points 2-8)."""
    def line(text: str, x0: float, bottom: float, bold: bool = False) -> RawLine:
        return RawLine(text, x0, x0 + 6.0 * len(text), bottom, bottom + 7.0, 7.0, 10.0,
                       bold=bold, bold_lead=bold)

    def page(bold: bool) -> list[RawLine]:
        lines = []
        for n in range(1, 5):
            lines += [line(str(n), 57.0, 750.0 - 15.0 * n, bold),
                      line("and the text of the line runs on from the one above", 86.0,
                           750.0 - 15.0 * n)]
        return lines

    assert drop_line_numbers([page(bold=False)])[1] == 4
    out, dropped = drop_line_numbers([page(bold=True)])
    assert dropped == 0
    assert [raw.text for raw in out[0]] == [raw.text for raw in page(bold=True)]
