"""The date a draft states (plans/intake/dating.py): a date line in its text (English,
Ukrainian, Russian, Japanese), a page's publication date in each form pages give it, a Word
file's core properties, a PDF's Info dates, an MHTML archive's Date header; and which one
dates the draft. Word and PDF files come from real producers (LibreOffice, Chromium)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.dating import line_date
from plandiff.plans.model import UNDATED, DatedBy, date_basis
from tests.plans.intake.producers import chromium_pdf, libreoffice_convert, libreoffice_docx

REQUEST = DraftRequest(document="draft", version="draft-1", stated_date=True)
POINTS = "1. The parties confirm the sovereignty of the state.\n2. A ceasefire takes effect.\n"
HTML_POINTS = ("<p>1. The parties confirm the sovereignty of the state.</p>"
               "<p>2. A ceasefire takes effect.</p>")


def _dated(data: bytes, suffix: str) -> tuple[dt.date, DatedBy | None]:
    plan = import_bytes(data, f"draft{suffix}", suffix, REQUEST).plan
    return plan.date, date_basis(plan)


@pytest.mark.parametrize(("line", "date"), [
    ("20 November 2025", "2025-11-20"),
    ("November 20, 2025", "2025-11-20"),
    ("Nov. 3, 2025", "2025-11-03"),
    ("By A. Writer, 21 November 2025", "2025-11-21"),
    ("Київ, 20 листопада 2025 р.", "2025-11-20"),
    ("20 листопада 2025 року", "2025-11-20"),
    ("Москва, 20 ноября 2025 г.", "2025-11-20"),
    ("2025年11月20日", "2025-11-20"),
    ("２０２５年１１月２０日　外務省", "2025-11-20"),
    ("令和7年11月20日", "2025-11-20"),
    ("Draft as of 2025-11-20", "2025-11-20"),
    ("20.11.2025", "2025-11-20"),
])
def test_a_date_line_in_each_language_is_read(line: str, date: str) -> None:
    assert line_date(line) == dt.date.fromisoformat(date)


@pytest.mark.parametrize("line", [
    "The ceasefire takes effect on 1 March 2026 along the whole line of contact.",
    "Draft of 20 November 2025, revised on 24 November 2025",
    "11/20/2025",  # month or day first: ambiguous
    "1 January 1970",
    "31 November 2025",
    "Outline of a settlement",
])
def test_a_sentence_two_dates_a_default_or_no_date_is_no_date_line(line: str) -> None:
    assert line_date(line) is None


def test_a_text_is_dated_by_its_date_line_before_the_points_not_by_a_date_inside_one() -> None:
    head = "Outline of a settlement\nKyiv, 20 листопада 2025 р.\n\n"
    assert _dated((head + POINTS).encode(), ".txt") == (dt.date(2025, 11, 20),
                                                          DatedBy.DATE_LINE)
    later = "1. The parties confirm sovereignty.\n2. 1 March 2026\n"
    assert _dated(later.encode(), ".txt") == (UNDATED, None)


def test_a_plain_text_with_no_date_stays_undated() -> None:
    assert _dated(POINTS.encode(), ".txt") == (UNDATED, None)


def _page(head: str, body: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>'
            f"{head}</head><body><main><article>{body}<h1>The outline</h1>{HTML_POINTS}"
            "</article></main></body></html>").encode()


@pytest.mark.parametrize(("head", "body", "date", "by"), [
    ('<meta property="article:published_time" content="2025-11-21T23:30:00-05:00">', "",
     "2025-11-21", DatedBy.PUBLISHED),  # the date as written, not moved to UTC
    ('<meta name="date" content="2025-11-19">', "", "2025-11-19", DatedBy.PUBLISHED),
    ('<meta name="DC.date.issued" content="2025-11-18">', "", "2025-11-18", DatedBy.PUBLISHED),
    ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
     '{"@type":"Organization","name":"Ledger"},{"@type":"NewsArticle",'
     '"datePublished":"2025-11-17T10:00:00Z","dateModified":"2025-11-25T10:00:00Z"}]}'
     "</script>", "", "2025-11-17", DatedBy.PUBLISHED),
    ("", '<header><time datetime="2025-11-16T09:00">16 Nov</time></header>', "2025-11-16",
     DatedBy.PUBLISHED),
    ('<meta property="article:modified_time" content="2025-11-15T12:00:00Z">', "",
     "2025-11-15", DatedBy.UPDATED),
    ('<meta property="article:published_time" content="0001-01-01T00:00:00Z">'
     '<meta name="date" content="2025-11-14">', "", "2025-11-14", DatedBy.PUBLISHED),
])
def test_a_page_is_dated_by_the_publication_date_it_states(
        head: str, body: str, date: str, by: DatedBy) -> None:
    assert _dated(_page(head, body), ".html") == (dt.date.fromisoformat(date), by)


def test_a_page_s_publication_date_wins_over_its_byline_and_its_update_date() -> None:
    page = _page('<meta property="article:modified_time" content="2025-11-25">'
                 '<meta property="article:published_time" content="2025-11-21">',
                 "<p>By A. Writer, 23 November 2025</p>")
    assert _dated(page, ".html") == (dt.date(2025, 11, 21), DatedBy.PUBLISHED)
    byline_only = _page("", "<p>By A. Writer, 23 November 2025</p>")
    assert _dated(byline_only, ".html") == (dt.date(2025, 11, 23), DatedBy.DATE_LINE)


def test_a_single_file_page_is_dated_by_its_meta_else_the_day_it_was_saved() -> None:
    def archive(head: str) -> bytes:
        return (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/a\r\n"
                b"Subject: T\r\nDate: Sat, 22 Nov 2025 01:30:00 +0200\r\nMIME-Version: 1.0\r\n"
                b'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
                b"--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + _page(head) + b"\r\n--B--\r\n")
    assert _dated(archive(""), ".mhtml") == (dt.date(2025, 11, 22), DatedBy.ARCHIVED)
    assert _dated(archive('<meta name="date" content="2025-11-20">'), ".mhtml") == \
        (dt.date(2025, 11, 20), DatedBy.PUBLISHED)


_META = ('<office:meta xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/"><meta:creation-date>{created}'
         "</meta:creation-date><dc:date>{modified}</dc:date></office:meta>")


def _paragraphs(*texts: str) -> str:
    return "".join(f"<text:p>{t}</text:p>" for t in texts)


def test_a_word_file_from_libreoffice_is_dated_by_its_last_save_then_its_date_line(
        tmp_path: Path) -> None:
    meta = _META.format(created="2025-10-02T09:00:00", modified="2025-11-20T17:30:00")
    body = _paragraphs("Outline of a settlement", *POINTS.splitlines())
    data = libreoffice_docx("saved", body, tmp_path, head=meta)
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    assert "2025-10-02" in core and "2025-11-20" in core  # the producer kept both dates
    assert _dated(data, ".docx") == (dt.date(2025, 11, 20), DatedBy.WORD_SAVED)
    dated = _paragraphs("Outline of a settlement", "20 November 2025", *POINTS.splitlines())
    data = libreoffice_docx("line", dated.replace("20 November", "24 November"), tmp_path,
                            head=meta)
    assert _dated(data, ".docx") == (dt.date(2025, 11, 24), DatedBy.DATE_LINE)


def test_an_odt_from_libreoffice_is_dated_by_its_last_save_else_its_creation(
        tmp_path: Path) -> None:
    """An OpenDocument text (and the flat file it was made from) is dated as a Word file
    is: its last save (``dc:date`` in its meta), else its creation."""
    meta = _META.format(created="2025-10-02T09:00:00", modified="2025-11-20T17:30:00")
    body = _paragraphs("Outline of a settlement", *POINTS.splitlines())
    libreoffice_docx("saved", body, tmp_path, head=meta)  # writes tmp_path/saved.fodt
    flat = tmp_path / "saved.fodt"
    odt = libreoffice_convert(flat, "odt", tmp_path / "odt", tmp_path).read_bytes()
    meta_part = zipfile.ZipFile(io.BytesIO(odt)).read("meta.xml").decode()
    assert "2025-10-02" in meta_part and "2025-11-20" in meta_part  # the producer kept both
    assert _dated(odt, ".odt") == (dt.date(2025, 11, 20), DatedBy.DOCUMENT_SAVED)
    assert _dated(flat.read_bytes(), ".fodt") == (dt.date(2025, 11, 20), DatedBy.DOCUMENT_SAVED)
    created_only = flat.read_text(encoding="utf-8").replace(
        "<dc:date>2025-11-20T17:30:00</dc:date>", "")
    assert _dated(created_only.encode(), ".fodt") == (dt.date(2025, 10, 2),
                                                      DatedBy.DOCUMENT_CREATED)


def _word(created: str, modified: str) -> bytes:
    """A minimal .docx holding POINTS, with these core property dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"))
        package.writestr("word/document.xml", (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            'main"><w:body>' + "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
                                       for t in POINTS.splitlines()) + "</w:body></w:document>"))
        package.writestr("docProps/core.xml", (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/">'
            f"<dcterms:created>{created}</dcterms:created>"
            f"<dcterms:modified>{modified}</dcterms:modified></cp:coreProperties>"))
    return out.getvalue()


def test_a_word_file_whose_last_save_is_a_default_is_dated_by_its_creation() -> None:
    assert _dated(_word("2025-11-12T08:00:00Z", "1601-01-01T00:00:00Z"), ".docx") == \
        (dt.date(2025, 11, 12), DatedBy.WORD_CREATED)
    assert _dated(_word("1980-01-01T00:00:00Z", "2107-01-01T00:00:00Z"), ".docx") == \
        (UNDATED, None)
    assert _dated(_word("2025-11-12T08:00:00Z", "<x>"), ".docx") == (UNDATED, None)


def _info_created(pdf: bytes) -> dt.date:
    """The creation day the producer wrote into the PDF's Info dictionary (read from the
    bytes, not by plandiff)."""
    found = re.search(rb"/CreationDate\s*\(D:(\d{4})(\d{2})(\d{2})", pdf)
    assert found, "the producer wrote no CreationDate"
    return dt.date(*map(int, found.groups()))


def _libreoffice_pdf(name: str, body: str, work: Path, export: str = "pdf") -> bytes:
    libreoffice_docx(name, body, work)  # writes work/NAME.fodt, the text it converts
    return libreoffice_convert(work / f"{name}.fodt", export, work / "pdf", work).read_bytes()


def test_a_pdf_from_libreoffice_is_dated_by_its_date_line_else_its_creation(
        tmp_path: Path) -> None:
    pdf = _libreoffice_pdf("plain", _paragraphs("Outline", *POINTS.splitlines()), tmp_path)
    assert _dated(pdf, ".pdf") == (_info_created(pdf), DatedBy.PDF_CREATED)
    pdf = _libreoffice_pdf("dated", _paragraphs("Outline", "2025年11月20日",
                                                *POINTS.splitlines()), tmp_path)
    assert _dated(pdf, ".pdf") == (dt.date(2025, 11, 20), DatedBy.DATE_LINE)


def test_a_page_printed_by_chromium_is_dated_by_the_date_it_shows_else_its_creation(
        tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_page(""))
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path).read_bytes()
    assert _dated(pdf, ".pdf") == (_info_created(pdf), DatedBy.PDF_CREATED)
    page.write_bytes(_page("", "<p>November 20, 2025</p>"))
    pdf = chromium_pdf(page, tmp_path / "dated.pdf", tmp_path).read_bytes()
    assert _dated(pdf, ".pdf") == (dt.date(2025, 11, 20), DatedBy.DATE_LINE)


def test_a_pdf_whose_info_gives_no_date_is_dated_by_its_xmp_packet(tmp_path: Path) -> None:
    pdfa = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}'
    pdf = _libreoffice_pdf("archival", _paragraphs("Outline", *POINTS.splitlines()), tmp_path,
                           pdfa)
    xmp = re.search(rb"xmp:CreateDate>(\d{4})-(\d{2})-(\d{2})", pdf)
    assert xmp, "LibreOffice's PDF/A has an XMP packet"
    # the Info dictionary's dates blanked in place (same length: the offsets hold)
    blank = re.sub(rb"/(CreationDate|ModDate)\(([^)]*)\)",
                   lambda m: b"/" + m.group(1) + b"(" + b" " * len(m.group(2)) + b")", pdf)
    assert b"/CreationDate(D:" not in blank and len(blank) == len(pdf)
    assert _dated(blank, ".pdf") == (dt.date(*map(int, xmp.groups())), DatedBy.PDF_CREATED)


def test_the_site_header_s_date_and_a_related_story_s_time_do_not_date_a_page() -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head><body>'
            '<header class="site"><time datetime="2026-12-03">Today</time></header><main>'
            f"<article><h1>The outline</h1>{HTML_POINTS}<aside><time datetime="
            '"2025-10-01">Earlier story</time></aside></article></main></body></html>')
    assert _dated(page.encode(), ".html") == (UNDATED, None)


def test_a_word_file_whose_properties_cannot_be_unpacked_is_read_undated() -> None:
    """The properties are not the text: a damaged ``docProps/core.xml`` (its checksum
    wrong) neither stops the import nor dates the draft."""
    data = _word("2025-11-12T08:00:00Z", "2025-11-13T08:00:00Z")
    damaged = data.replace(b"2025-11-13T08", b"2025-11-14T08")  # stored: the CRC no longer fits
    assert damaged != data
    plan = import_bytes(damaged, "draft.docx", ".docx", REQUEST).plan
    assert [p.text for p in plan.points][:1] == ["The parties confirm the sovereignty of the "
                                                 "state."]
    assert (plan.date, date_basis(plan)) == (UNDATED, None)


def test_python_docx_s_template_stamp_dates_no_draft() -> None:
    """python-docx 1.2.0 writes its template's own dates, 2013-12-23T23:15:00Z, as created
    and modified into every file whose script sets none (measured on a file it made); that
    is no draft's date. The same day at another time is."""
    stamp = "2013-12-23T23:15:00Z"
    assert _dated(_word(stamp, stamp), ".docx") == (UNDATED, None)
    assert _dated(_word(stamp, "2025-11-20T17:30:00Z"), ".docx") == \
        (dt.date(2025, 11, 20), DatedBy.WORD_SAVED)
    assert _dated(_word(stamp, "2013-12-23T10:00:00Z"), ".docx") == \
        (dt.date(2013, 12, 23), DatedBy.WORD_SAVED)


def test_a_page_saved_from_libreoffice_is_dated_by_its_document_s_last_save(
        tmp_path: Path) -> None:
    """LibreOffice's HTML export writes the document's dates as ``<meta name="created">``
    and ``<meta name="changed">``: the document's, not a publication's."""
    meta = _META.format(created="2025-10-02T09:00:00", modified="2025-11-20T17:30:00")
    libreoffice_docx("exported", _paragraphs("Outline", *POINTS.splitlines()), tmp_path,
                     head=meta)
    page = libreoffice_convert(tmp_path / "exported.fodt", "html", tmp_path / "html",
                               tmp_path).read_bytes()
    assert b'name="changed" content="2025-11-20' in page  # what the producer wrote
    assert _dated(page, ".html") == (dt.date(2025, 11, 20), DatedBy.DOCUMENT_SAVED)


def test_a_page_saved_from_word_is_dated_by_its_document_properties() -> None:
    """Word's "Web Page" keeps the document's properties in an XML island inside a
    conditional comment: ``<o:LastSaved>``, else ``<o:Created>``."""
    def word_page(properties: str) -> bytes:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta name=Generator content="Microsoft Word 15 (filtered)">'
                "<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>A. Clerk"
                f"</o:Author>\r\n  {properties}\r\n </o:DocumentProperties>\r\n</xml>"
                f"<![endif]--></head><body>{HTML_POINTS}</body></html>").encode()
    assert _dated(word_page("<o:Created>2025-11-02T08:00:00Z</o:Created><o:LastSaved>"
                            "2025-11-19T16:45:00Z</o:LastSaved>"), ".htm") == \
        (dt.date(2025, 11, 19), DatedBy.DOCUMENT_SAVED)
    assert _dated(word_page("<o:Created>2025-11-02T08:00:00Z</o:Created>"), ".htm") == \
        (dt.date(2025, 11, 2), DatedBy.DOCUMENT_CREATED)
