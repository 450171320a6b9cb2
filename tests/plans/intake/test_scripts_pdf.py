"""Japanese, Ukrainian and Russian drafts as real producers print them to PDF: Japanese set
vertical (縦書き) by LibreOffice and by Chromium's ``writing-mode: vertical-rl``, read column by
column, right to left, as a reader reads them. Texts are the project's own."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.pdfium import PdfText
from tests.plans.intake.producers import chromium_pdf, libreoffice_convert

REQUEST = DraftRequest(document="d", version="2025-01-01-ja")

VERTICAL = [
    "１．ウクライナの主権をあらためて確かめる。",
    "２．三者は包括的な不可侵の取り決めを結び、これまでの三十年に残った曖昧な点はすべて片付いた"
    "ものとして扱う。",
    "３．ロシアが隣の国々を攻めず、北大西洋条約機構（NATO）もこれ以上広がらないことが望まれる。",
    "４．米国の仲立ちでロシアとNATOが話し合い、安全保障上の懸念を解いて緊張を和らげる。",
    "５．ウクライナは信頼に足る安全の保証を受ける。",
    "６．ウクライナ軍の兵員数は60万人までとする。",
    "７．ウクライナはNATOに加わらないと憲法に書き、NATOも同国を将来にわたって受け入れないと"
    "規約に定める。",
    "８．欧州の戦闘機は隣国ポーランドに置かれる。",
    "９．米国の保証には条件が付き、米国はその見返りを受け取る。ロシアが再び攻め込んだときは、"
    "強い軍事的な対応に加えて、世界的な制裁がすべて元に戻り、この合意の利益も取り消される。",
    "１０．ウクライナの立て直しのため、成長と近代化を目指す一連の措置をとる。対象には技術、"
    "データセンター、人工知能などの分野が含まれる。",
]

_ODT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document'
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
    ' office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
    '<office:font-face-decls><style:font-face style:name="F"'
    ' svg:font-family="&apos;Noto Serif CJK JP&apos;"/></office:font-face-decls>'
    '<office:styles><style:default-style style:family="paragraph">'
    '<style:paragraph-properties style:writing-mode="tb-rl"/>'
    '<style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="10.5pt"'
    ' style:font-size-asian="10.5pt" style:language-asian="ja" style:country-asian="JP"/>'
    '</style:default-style></office:styles><office:automatic-styles>'
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm"'
    ' fo:page-height="21cm" fo:margin="2cm" style:writing-mode="tb-rl"/></style:page-layout>'
    '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard"'
    ' style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>{body}'
    '</office:text></office:body></office:document>')


def _with_header_and_footer(odt: str) -> str:
    """The page style with a running header and a page number in the footer (on a vertical
    page LibreOffice sets both across the page, the header in the top margin)."""
    return odt.replace('fo:margin="2cm" style:writing-mode="tb-rl"/>', 'fo:margin="2cm" '
                       'style:writing-mode="tb-rl"/><style:header-style><style:header-footer-'
                       'properties fo:min-height="0.5cm"/></style:header-style><style:footer-'
                       'style><style:header-footer-properties fo:min-height="0.5cm"/>'
                       '</style:footer-style>').replace(
        'style:page-layout-name="pm1"/>', 'style:page-layout-name="pm1"><style:header><text:p>'
        "和平案（仮訳）</text:p></style:header><style:footer><text:p><text:page-number "
        'text:select-page="current"/></text:p></style:footer></style:master-page>')


def _expected() -> list[tuple[str, str]]:
    out = []
    for paragraph in VERTICAL:
        number, text = paragraph.split("．", 1)
        out.append((str(int(number)), text))
    return out


def test_a_vertical_libreoffice_pdf_reads_column_by_column(tmp_path: Path) -> None:
    """An A5 page set vertical: its second page holds one column and a half, which PDFium
    read one character a line (``１`` / ``２`` / ``．`` …), and on the first page the
    full-width number stood on a line of its own (``１`` / ``．ウクライナ…``): points 1 and 3
    were lost."""
    source = tmp_path / "vertical.fodt"
    source.write_text(_ODT.format(body="".join(
        f"<text:p>{escape(p)}</text:p>" for p in VERTICAL)), encoding="utf-8")
    pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "vertical.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == _expected()
    assert not imported.report.warnings


def test_a_vertical_page_with_a_running_header_and_page_numbers(tmp_path: Path) -> None:
    """The header LibreOffice sets across a vertical page's top margin stood, by its place
    across the page, between the first columns: ``…復興和平案（仮訳）の資金…`` in point 1."""
    body = [f"{str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}．"
            f"第{n}の項目として、当事者は停戦の監視と捕虜の交換、復興の資金について協議を続け、"
            "その結果を三十日以内に公表する。" for n in range(1, 25)]
    source = tmp_path / "vertical.fodt"
    source.write_text(_with_header_and_footer(_ODT).format(body="".join(
        f"<text:p>{escape(p)}</text:p>" for p in body)), encoding="utf-8")
    pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "vertical.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text.split("．", 1)[1]) for n, text in enumerate(body, 1)]
    assert "和平案（仮訳）" not in (imported.plan.notes or "")


@pytest.mark.parametrize("rule", ["vertical-rl", "vertical-rl; text-orientation: upright"])
def test_a_vertical_web_page_printed_by_chromium(tmp_path: Path, rule: str) -> None:
    """Chromium's print of a page set ``writing-mode: vertical-rl``, with its own header and
    footer (date, title, address, page number) set horizontally on the page."""
    page = tmp_path / "vertical.html"
    page.write_text(
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>和平案</title>'
        f'<style>body{{writing-mode: {rule}; font: 12pt "Noto Serif CJK JP"; height: 20cm}}'
        "p{margin: 0 0 0 1em}</style></head><body>"
        + "".join(f"<p>{escape(p)}</p>" for p in VERTICAL) + "</body></html>",
        encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "vertical.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "vertical.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == _expected()


def test_furigana_beside_a_vertical_column_never_join_the_text(tmp_path: Path) -> None:
    """Readings set beside a vertical column (to its right) are furigana, as those set over
    a horizontal line are: ``ふかしん`` was read into point 2 (the page's few columns against
    Chromium's horizontal header and footer read as a horizontal page)."""
    page = tmp_path / "ruby.html"
    page.write_text(
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>body{writing-mode:'
        ' vertical-rl; font: 12pt "Noto Serif CJK JP"; line-height: 2}</style></head><body>'
        "<p>１．ウクライナの<ruby>主権<rt>しゅけん</rt></ruby>をあらためて確かめる。</p>"
        "<p>２．三者は包括的な<ruby>不可侵<rt>ふかしん</rt></ruby>の取り決めを結ぶ。</p>"
        "<p>３．ウクライナ軍の兵員数は60万人までとする。</p></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "ruby.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "ruby.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "ウクライナの主権をあらためて確かめる。"),
        ("2", "三者は包括的な不可侵の取り決めを結ぶ。"),
        ("3", "ウクライナ軍の兵員数は60万人までとする。")]


_HORIZONTAL = _ODT.replace(' style:writing-mode="tb-rl"', "").replace(
    '<style:paragraph-properties style:writing-mode="tb-rl"/>',
    '<style:paragraph-properties fo:text-align="justify"/>').replace(
    ' style:language-asian="ja"', ' fo:language="ja" fo:country="JP" style:language-asian="ja"')
"""A justified page whose Latin text is set as Japanese too (as a Japanese Word user's is)."""


def _horizontal_pdf(paragraphs: list[str], tmp_path: Path) -> bytes:
    """A justified Japanese A5 page, 29 full-width characters a line, saved as a Word file
    and that printed to PDF by LibreOffice (as Word files are laid out: a line may break
    inside a run of Latin letters or digits)."""
    source = tmp_path / "ja.fodt"
    source.write_text(_HORIZONTAL.format(body="".join(
        f"<text:p>{escape(p)}</text:p>" for p in paragraphs)), encoding="utf-8")
    docx = libreoffice_convert(source, "docx:MS Word 2007 XML", tmp_path / "docx", tmp_path)
    return libreoffice_convert(docx, "pdf", tmp_path / "out", tmp_path).read_bytes()


def test_a_run_of_capitals_or_digits_broken_across_lines_stays_one_word(tmp_path: Path) -> None:
    """A justified Japanese line breaks anywhere, inside ``NATO`` or ``50`` too: they read
    ``NA TO``, ``5 0対50`` (a number that is not the text's)."""
    body = "".join(f"ウクライナは{'米国と欧州は協議を重ねて'[:k]}NATOに加わらないと明記し、"
                   "NATOも将来受け入れず、50対50で分ける。" for k in range(10))
    data = _horizontal_pdf(["１．" + body, "２．ウクライナの主権を確かめる。"], tmp_path)
    pdf = PdfText(data)
    try:
        ends = [line.text for line in pdf.page(0)[2]]
    finally:
        pdf.close()
    assert any(re.search(r"(?:N|NA|NAT|5)$", end) for end in ends)  # a break inside
    imported = import_bytes(data, "ja.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", body), ("2", "ウクライナの主権を確かめる。")]


def test_a_full_width_letter_item_after_a_full_line_opens_its_item(tmp_path: Path) -> None:
    """``（ｃ）`` after an item whose last line reaches the column's edge ran into it."""
    items = ["（ａ）米国は保証の見返りを受ける。",
             "（ｂ）ウクライナが先に攻めた場合には保証はなくなる。以上",
             "（ｃ）ロシアが再び攻めた場合は共に対応する。"]
    data = _horizontal_pdf(["１．米国の保証には条件が付く。", *items, "２．主権を確かめる。"],
                           tmp_path)
    imported = import_bytes(data, "ja.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for point in imported.plan.points
            for p in (point, *point.points)] == [
        ("1", "米国の保証には条件が付く。"), ("1(a)", items[0][3:]), ("1(b)", items[1][3:]),
        ("1(c)", items[2][3:]), ("2", "主権を確かめる。")]


def test_a_vertical_page_set_in_two_tiers_reads_tier_by_tier(tmp_path: Path) -> None:
    """A vertical page whose columns stand in two tiers (段), as a newspaper sets them: read
    by place alone, each line of the first tier was followed by the line level with it in
    the second (points 1, 7, 2, 8 …, their texts interleaved)."""
    body = [f"{str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))}．"
            f"第{n}の項目として、当事者は停戦の監視と捕虜の交換、復興の資金について協議を続け、"
            "その結果を三十日以内に公表する。" for n in range(1, 13)]
    page = tmp_path / "tiers.html"
    page.write_text(
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>@page{size: A4 '
        'landscape} html{writing-mode: vertical-rl} body{font: 10.5pt "Noto Serif CJK JP"; '
        "column-count: 2; column-gap: 2em; height: 14cm} p{margin: 0}</style></head><body>"
        + "".join(f"<p>{escape(p)}</p>" for p in body) + "</body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "tiers.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "tiers.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text.split("．", 1)[1]) for n, text in enumerate(body, 1)]
    assert not imported.report.warnings
