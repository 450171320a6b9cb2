"""PDFs as offices and agencies make them, beyond the press layouts: a partial scan (a page
that is only an image among pages with a text layer), LibreOffice's running header inside a
wide margin, two columns of Cyrillic, headings set with letter-spacing, fonts without a
ToUnicode map. Texts are the project's own."""

from __future__ import annotations

import base64
import io
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
import weasyprint
from PIL import Image
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.annotations import FreeText, Text
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    RectangleObject,
    TextStringObject,
)

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import chromium_pdf, libreoffice_convert

REQUEST = DraftRequest(document="d", version="2026-01-01-v")


def _scanned_page() -> str:
    """An ``<img>`` of a grey page: what a scanner puts where the text was."""
    buffer = io.BytesIO()
    Image.new("L", (300, 400), 200).save(buffer, format="PNG")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" style="width:15cm">'


def test_a_page_without_a_text_layer_among_pages_with_one_is_a_warning() -> None:
    page = ('<p>1. The ceasefire takes effect on signature.</p>'
            '<p>2. Prisoners are exchanged all for all.</p>'
            f'<div style="break-before:page">{_scanned_page()}</div>'
            '<p style="break-before:page">5. Elections are held within 100 days.</p>')
    data = weasyprint.HTML(string=page).write_pdf()
    imported = import_bytes(data, "partial.pdf", ".pdf", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "5"]
    said = [f for f in imported.report.warnings if "no text layer" in f.message]
    assert len(said) == 1, imported.report.lines()
    assert said[0].where == "page 2" and "page 2 " in said[0].message
    assert "OCR" in said[0].message


_FODT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
    'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:'
    'tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype='
    '"application/vnd.oasis.opendocument.text"><office:styles>'
    '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="justify" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size='
    '"11pt"/></style:style>{styles}</office:styles><office:automatic-styles><style:page-layout '
    'style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height='
    '"29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
    'fo:margin-right="2cm">{columns}</style:page-layout-properties><style:header-style>'
    '<style:header-footer-properties fo:min-height='
    '"0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style>'
    '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/>'
    '</style:footer-style></style:page-layout></office:automatic-styles><office:master-styles>'
    '<style:master-page style:name="Standard" style:page-layout-name="pm1">{master}'
    '</style:master-page></office:master-styles><office:body><office:text>{body}'
    '</office:text></office:body></office:document>')
"""A flat OpenDocument text on A4 with LibreOffice's default 2 cm margins: ``styles`` more
styles, ``columns`` the page's columns (``<style:columns …/>``), ``master`` the page's header
and footer, ``body`` the text."""

_HEADER_FOOTER = (
    '<style:header><text:p text:style-name="Standard">Working translation: not an official '
    'text</text:p></style:header><style:footer><text:p text:style-name="Standard">Page '
    '<text:page-number text:select-page="current"/> of <text:page-count/></text:p>'
    '</style:footer>')

_CLAUSES = ("the parties set up a joint commission that meets every month in Geneva",
            "each side reports on the steps it has taken since the commission last met",
            "observers from the monitoring mission take part without a vote",
            "a dispute goes first to the commission and then to the guarantor states")


def _point_text(number: int) -> str:
    """Point ``number``'s text in the project's own words, three or four lines long."""
    return f"Under item {number}, " + "; ".join(_CLAUSES[number % 2:]) + "."


def _own_text(number: int) -> str:
    """Point ``number``'s text, no line of it the same as another point's (a line repeated
    at the same height on two pages reads as a running header or footer)."""
    return f"Under item {number}, " + "; ".join(
        f"{clause} (stage {number}.{k})" for k, clause in enumerate(_CLAUSES, 1)) + "."


def _libreoffice_pdf(fodt: str, tmp_path: Path, name: str = "draft") -> bytes:
    source = tmp_path / f"{name}.fodt"
    source.write_text(fodt, encoding="utf-8")
    return libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path).read_bytes()


def test_a_running_header_below_the_top_band_never_enters_a_point(tmp_path: Path) -> None:
    """LibreOffice sets a header inside the 2 cm top margin, its baseline 2.3 cm from the
    page's top: below the band where furniture was looked for. Repeated on every page at
    the same height it is a running header, and it landed in the middle of the point that
    runs over the page break."""
    texts = [_point_text(n) for n in range(1, 25)]
    body = "".join(f'<text:p text:style-name="Standard">{n}. {text}</text:p>'
                   for n, text in enumerate(texts, 1))
    data = _libreoffice_pdf(_FODT.format(styles="", columns="", master=_HEADER_FOOTER,
                                               body=body), tmp_path)
    plan = import_bytes(data, "draft.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text) for n, text in enumerate(texts, 1)]
    assert "Working translation" not in (plan.notes or "")


_RU_CLAUSES = ("стороны создают совместную комиссию, которая собирается каждый месяц",
               "каждая сторона докладывает о шагах, сделанных после прошлого заседания",
               "наблюдатели миссии участвуют в работе без права голоса",
               "спор сначала рассматривает комиссия, а затем государства-гаранты")


def test_two_columns_of_russian_keep_each_point_one_paragraph(tmp_path: Path) -> None:
    """A page set in two columns, no header: whether the next line's first word would have
    fitted was measured against the right column's edge, so in the left column every word
    "fitted", and Cyrillic's low glyphs made each line step look like a paragraph gap: with no
    spacing between paragraphs, every line of a point became a paragraph of its own."""
    texts = [f"По пункту {n} " + "; ".join(_RU_CLAUSES[n % 2:]) + "." for n in range(1, 17)]
    body = "".join(f'<text:p text:style-name="Tight">{n}. {text}</text:p>'
                   for n, text in enumerate(texts, 1))
    tight = ('<style:style style:name="Tight" style:family="paragraph" style:parent-style-name='
             '"Standard"><style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="120%"/>'
             '</style:style>')
    columns = '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>'
    data = _libreoffice_pdf(_FODT.format(styles=tight, columns=columns, master="", body=body),
                            tmp_path)
    plan = import_bytes(data, "draft.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text) for n, text in enumerate(texts, 1)]


def test_a_letter_spaced_title_reads_as_its_words() -> None:
    """A heading set with letter-spacing has no space glyphs: PDFium makes one up at every
    gap, between letters and between words alike (``D r a f t f r a m e w o r k``). The
    title was garbled, and the count it announces misread (``2 0項 目`` announced 0 points).
    The gaps between words are wider than those between letters by a space: those stay."""
    titles = ("Draft framework (3 points)", "Рамковий документ (3 пункти)", "和平の枠組み（3項目）")
    for title in titles:
        page = (f'<h1 style="letter-spacing:0.25em;font-size:20pt">{title}</h1>'
                '<p>1. The ceasefire takes effect on signature.</p>'
                '<p>2. Prisoners are exchanged all for all.</p>'
                '<p>3. Elections are held within 100 days.</p>')
        data = weasyprint.HTML(string=page).write_pdf()
        imported = import_bytes(data, "spaced.pdf", ".pdf", REQUEST)
        assert imported.plan.title == title
        assert not imported.report.warnings, imported.report.lines()


def _without_to_unicode(data: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode maps taken out: what an old or careless producer
    writes, whose text layer reads as glyph numbers (``\\x01\\x04\\x05 …``, ``+RPH``)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            font.pop(NameObject("/ToUnicode"), None)
            for descendant in font.get("/DescendantFonts", []):
                descendant.get_object().pop(NameObject("/ToUnicode"), None)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_THREE_POINTS = ('<p>1. The ceasefire takes effect on signature.</p>'
                 '<p>2. Prisoners are exchanged all for all.</p>'
                 '<p>3. Elections are held within 100 days.</p>')


def test_a_pdf_whose_fonts_map_to_no_characters_is_refused_not_read_as_garbage() -> None:
    data = _without_to_unicode(weasyprint.HTML(string=_THREE_POINTS).write_pdf())
    with pytest.raises(InputError) as raised:
        import_bytes(data, "glyphs.pdf", ".pdf", REQUEST)
    message = str(raised.value)
    assert "glyphs.pdf" in message and "ToUnicode" in message and "\n" not in message


def test_a_page_whose_fonts_map_to_no_characters_is_a_warning_and_left_out() -> None:
    clean = weasyprint.HTML(string=_THREE_POINTS).write_pdf()
    garbled = _without_to_unicode(weasyprint.HTML(
        string="<p>4. Sanctions are lifted in stages.</p>").write_pdf())
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(clean)).pages[0])
    writer.add_page(PdfReader(io.BytesIO(garbled)).pages[0])
    out = io.BytesIO()
    writer.write(out)
    imported = import_bytes(out.getvalue(), "mixed.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The ceasefire takes effect on signature."),
        ("2", "Prisoners are exchanged all for all."),
        ("3", "Elections are held within 100 days.")]
    said = [f for f in imported.report.warnings if "ToUnicode" in f.message]
    assert len(said) == 1 and said[0].where == "page 2", imported.report.lines()
    assert imported.plan.notes is None


def _turned(data: bytes, pages: tuple[int, ...]) -> bytes:
    """The PDF with ``pages`` (0-based) stored as a scanner or an assembling tool stores a
    landscape page: a portrait page whose content is drawn turned a quarter, and a
    ``/Rotate 90`` that turns it back upright on screen. It looks the same."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for index in pages:
        page = writer.pages[index]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().rotate(90).translate(height, 0))
        page.mediabox = RectangleObject([0, 0, height, width])
        page.cropbox = RectangleObject([0, 0, height, width])
        page.rotation = 90
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_landscape_page_stored_turned_reads_as_it_shows() -> None:
    """PDFium gives a turned page's characters where they are drawn, running up the page:
    every line was a sliver a few points wide, so the running header and the page number
    went into the points and the sub-points lost their indentation."""
    style = ('<style>@page{size:A4 landscape;margin:2cm;@top-left{content:"Working '
             'translation: not an official text";font-size:9pt}@bottom-center{content:"Page "'
             ' counter(page) " of " counter(pages);font-size:9pt}}</style>')
    items = "".join(f"<p>{n}. {_point_text(n)}</p>" for n in range(1, 13))
    subs = ('<p>13. The commission may set up working groups:</p>'
            '<p style="margin-left:1cm">(a) on the exchange of prisoners;</p>'
            '<p style="margin-left:1cm">(b) on the return of children;</p>'
            '<p style="margin-left:1cm">(c) on the search for the missing.</p>')
    data = weasyprint.HTML(string=style + items + subs).write_pdf()
    upright = import_bytes(data, "upright.pdf", ".pdf", REQUEST)
    turned = import_bytes(_turned(data, (0, 1)), "turned.pdf", ".pdf", REQUEST)
    assert [p.number for p in upright.plan.walk()][-3:] == ["13(a)", "13(b)", "13(c)"]
    assert turned.plan.points == upright.plan.points
    assert turned.plan.notes == upright.plan.notes
    # a page turned on screen only (a viewer's "rotate", saved): read as drawn
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.pages[1].rotation = 180
    shown = io.BytesIO()
    writer.write(shown)
    upside = import_bytes(shown.getvalue(), "shown.pdf", ".pdf", REQUEST)
    assert upside.plan.points == upright.plan.points


def test_a_text_that_repeats_itself_keeps_its_lines_at_the_foot_of_its_pages(
        tmp_path: Path) -> None:
    """A long text whose pages end on the same words at the same height (a plan printed
    three times over, one version a page break apart): the body's last line on each page is
    in the margin's height and on several pages, like a footer, but sits at a line pitch
    from the line above, where a footer stands apart. It was left out as a running footer
    (a 1680-point test file lost 170 lines)."""
    text = " ".join(f"Stage {i}: " + "; ".join(_CLAUSES) + "." for i in range(1, 20))
    page_break = ('<style:style style:name="Break" style:family="paragraph" '
                  'style:parent-style-name="Standard"><style:paragraph-properties '
                  'fo:break-before="page"/></style:style>')
    body = "".join(f'<text:p text:style-name="{"Break" if n > 1 else "Standard"}">{n}. '
                   f"{text}</text:p>" for n in range(1, 4))
    data = _libreoffice_pdf(_FODT.format(styles=page_break, columns="", master=_HEADER_FOOTER,
                                         body=body), tmp_path)
    imported = import_bytes(data, "draft.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n in range(1, 4)]
    assert "Working translation" not in (imported.plan.notes or "")



def _noted_points(notes: dict[int, str], text_of: Callable[[int], str]) -> str:
    """24 numbered paragraphs of a .fodt body, point ``n`` calling footnote ``notes[n]``."""
    body = ""
    for n in range(1, 25):
        mark = ""
        if n in notes:
            mark = (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>'
                    f'{len([k for k in notes if k <= n])}</text:note-citation><text:note-body>'
                    f'<text:p text:style-name="Footnote">{notes[n]}</text:p></text:note-body>'
                    '</text:note>')
        body += f'<text:p text:style-name="Standard">{n}. {text_of(n)}{mark}</text:p>'
    return body

def test_footnotes_whose_number_is_glued_to_their_text(tmp_path: Path) -> None:
    """A footnote style without a hanging indent sets the note's number right against its
    text: PDFium reads ``1The word …``, which opened no footnote, and the page's notes ran
    into the last point on the page."""
    note = ('<style:style style:name="Footnote" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left='
            '"0cm" fo:text-indent="0cm"/><style:text-properties fo:font-size="9pt"/>'
            '</style:style>')
    notes = {2: "The word used in the draft is ambiguous in the original.",
             3: "Other copies give a different figure."}
    body = _noted_points(notes, _point_text)
    data = _libreoffice_pdf(_FODT.format(styles=note, columns="", master="", body=body),
                            tmp_path)
    plan = import_bytes(data, "notes.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), _point_text(n)) for n in range(1, 25)]
    # each note in the notes of the point that calls it, as in the Word file
    assert all(text in (plan.points[n - 1].notes or "") for n, text in notes.items())


def test_footnotes_under_a_column_and_in_the_bottom_band(tmp_path: Path) -> None:
    """A page set in two columns: LibreOffice sets a note under the column that calls it,
    and PDFium reads it between the columns, so the notes landed in the middle of a point.
    With a narrow bottom margin the last note's line lies in the band where a line in a
    smaller font than the body was taken for a footer, and was left out without a word."""
    note = ('<style:style style:name="Footnote" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/>'
            '</style:style>')
    notes = {2: "The word used in the draft is ambiguous in the original.",
             3: "Other copies give a different figure."}
    body = _noted_points(notes, _own_text)
    narrow = _FODT.replace('fo:margin-bottom="2cm" fo:margin-left', 'fo:margin-bottom="1.2cm" '
                           'fo:margin-left')
    columns = '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>'
    data = _libreoffice_pdf(narrow.format(styles=note, columns=columns, master="", body=body),
                            tmp_path)
    plan = import_bytes(data, "notes.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), _own_text(n)) for n in range(1, 25)]
    assert all(text in (plan.points[n - 1].notes or "") for n, text in notes.items()), [
        (p.number, p.notes) for p in plan.points]


def test_page_numbers_in_roman_numerals_are_furniture(tmp_path: Path) -> None:
    """A front matter's or an annex's pages numbered i, ii, iii: ``Page ii of iii`` was no
    page number, and went into the point that runs over the page break."""
    footer = ('<style:footer><text:p text:style-name="Standard">Page <text:page-number '
              'style:num-format="i" text:select-page="current"/></text:p></style:footer>')
    texts = [_own_text(n) for n in range(1, 25)]
    body = "".join(f'<text:p text:style-name="Standard">{n}. {text}</text:p>'
                   for n, text in enumerate(texts, 1))
    data = _libreoffice_pdf(_FODT.format(styles="", columns="", master=footer, body=body),
                            tmp_path)
    plan = import_bytes(data, "roman.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text) for n, text in enumerate(texts, 1)]
    assert "Page" not in (plan.notes or "")


def test_bullets_chromium_draws_as_shapes_open_their_items(tmp_path: Path) -> None:
    """Chromium prints a list's bullets as small drawn discs, not characters: the text layer
    has no mark where one item ends and the next begins, and an item that ends short of the
    line's end ran on into the next one."""
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Draft</title>'
        '</head><body><article><p>1. A broad package to rebuild the country, including:</p>'
        "<ul><li>A development fund that invests in technology and data centres, with "
        "a board the donors appoint and a yearly report.</li>"
        "<li>A partnership to rebuild and run the gas network, pipelines and storage "
        "included.</li><li>Rebuilding of the areas hit by the war.</li></ul>"
        "<p>2. Prisoners are exchanged all for all.</p></article></body></html>",
        encoding="utf-8")
    data = chromium_pdf(page, tmp_path / "page.pdf", tmp_path).read_bytes()
    plan = import_bytes(data, "page.pdf", ".pdf", REQUEST).plan
    assert [p.text for p in plan.points[0].points] == [
        "A development fund that invests in technology and data centres, with a board the "
        "donors appoint and a yearly report.",
        "A partnership to rebuild and run the gas network, pipelines and storage included.",
        "Rebuilding of the areas hit by the war."]


def test_comments_and_form_fields_holding_text_are_not_lost_without_a_word() -> None:
    """A reviewer's sticky notes and text boxes (annotations) are no part of the page's text,
    and neither is what a form's fields hold: they were dropped without a word. The comments
    go to the end of the notes, as a Word file's do; filled-in fields are a warning."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(
        weasyprint.HTML(string=_THREE_POINTS).write_pdf())))
    writer.add_annotation(page_number=0, annotation=FreeText(
        text="Check the wording of point 2", rect=(300, 700, 550, 740)))
    writer.add_annotation(page_number=0, annotation=Text(
        text="The figure is disputed", rect=(50, 600, 70, 620)))
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("point4"),
        NameObject("/V"): TextStringObject("4. Sanctions are lifted in stages."),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 300, 400, 320)])})
    reference = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")].append(reference)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([reference])})
    out = io.BytesIO()
    writer.write(out)
    imported = import_bytes(out.getvalue(), "reviewed.pdf", ".pdf", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    notes = imported.plan.notes or ""
    assert "Check the wording of point 2" in notes and "The figure is disputed" in notes
    said = [f for f in imported.report.warnings if "form field" in f.message]
    assert len(said) == 1 and said[0].where == "page 1", imported.report.lines()


def test_a_truncated_pdf_is_one_clear_line() -> None:
    """A download cut short: the message said ``PDF PDFium cannot open it (Failed to load
    document (PDFium: Data format error).)``, naming the library and not the trouble."""
    data = weasyprint.HTML(string=_THREE_POINTS).write_pdf()
    with pytest.raises(InputError) as raised:
        import_bytes(data[:len(data) // 2], "cut.pdf", ".pdf", REQUEST)
    message = str(raised.value)
    assert message.startswith("cut.pdf: ") and "\n" not in message
    assert "damaged or incomplete" in message and "PDF PDFium" not in message


def test_circled_numbers_and_cyrillic_letters_open_their_lines(tmp_path: Path) -> None:
    """A PDF line that reaches the text's right edge runs on into the next one unless that
    one opens with a marker: ``③`` and ``а)``, ``б)`` were none, so the third point ran into
    the second, and the Cyrillic sub-points into their lead-in, when the line before them was
    the page's longest."""
    drafts = {
        "circled": ("和平の枠組み\n①　ウクライナの主権を再確認する。\n"
                    "②　当事者は接触線に沿って停戦する。平時の兵力は８０万人とする。\n"
                    "③　選挙は署名後１００日以内に行う。\n",
                    [("1", "ウクライナの主権を再確認する。"),
                     ("2", "当事者は接触線に沿って停戦する。平時の兵力は８０万人とする。"),
                     ("3", "選挙は署名後１００日以内に行う。")]),
        "letters": ("Рамковий документ\nПункт 1. Суверенітет України підтверджується.\n"
                    "Пункт 2. Сторони укладають угоду про ненапад і взаємний контроль:\n"
                    "а) лінія зіткнення контролюється з космосу;\n"
                    "б) порушення фіксуються негайно.\n"
                    "Пункт 3. Вибори проводяться протягом 100 днів після підписання.\n",
                    [("1", "Суверенітет України підтверджується."),
                     ("2", "Сторони укладають угоду про ненапад і взаємний контроль:"),
                     ("2(а)", "лінія зіткнення контролюється з космосу;"),
                     ("2(б)", "порушення фіксуються негайно."),
                     ("3", "Вибори проводяться протягом 100 днів після підписання.")]),
    }
    for name, (text, expected) in drafts.items():
        source = tmp_path / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
        plan = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST).plan
        assert [(p.number, p.text) for point in plan.points
                for p in (point, *point.points)] == expected, name


def test_a_text_set_one_and_a_half_or_double_spaced_keeps_its_paragraphs(
        tmp_path: Path) -> None:
    """Official texts are often set at 1.5 line spacing: a step between a paragraph's lines
    is then more than 1.5 times the font size, and more than 2.4 glyph heights (Cyrillic's
    low letters), so each line read as a paragraph of its own, though its first word would
    not have fitted on the line before. Lines that wrapped give the page's pitch."""
    ru = [f"По пункту {n} " + "; ".join(_RU_CLAUSES[n % 2:]) + f" (этап {n})."
          for n in range(1, 17)]
    en = [_own_text(n) for n in range(1, 17)]
    for name, texts, spacing, columns in (
            ("ru", ru, "150%", ""),
            ("ru2", ru, "150%", '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>'),
            ("en", en, "200%", "")):
        spaced = ('<style:style style:name="Spaced" style:family="paragraph" style:parent-'
                  'style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" '
                  f'fo:line-height="{spacing}"/></style:style>')
        body = "".join(f'<text:p text:style-name="Spaced">{n}. {text}</text:p>'
                       for n, text in enumerate(texts, 1))
        data = _libreoffice_pdf(_FODT.format(styles=spaced, columns=columns, master="",
                                             body=body), tmp_path, name)
        plan = import_bytes(data, f"{name}.pdf", ".pdf", REQUEST).plan
        assert [(p.number, p.text) for p in plan.points] == [
            (str(n), text) for n, text in enumerate(texts, 1)], name


def test_a_number_opening_a_japanese_sentence_is_no_footnote_mark(tmp_path: Path) -> None:
    """Japanese sets no space after 。, so a sentence that opens with a number (``2国間``)
    follows it directly: with a footnote 2 on the page, the 2 was taken for its mark."""
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
            '構成は未定。</text:p></text:note-body></text:note>'
            '<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2'
            '</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
            '報道による。</text:p></text:note-body></text:note>')
    texts = ["ウクライナの主権を再確認する。",
             "ロシアが攻撃した場合に保証が発動する。2国間の保証も排除しない。",
             "選挙は署名後100日以内に行う。"]
    body = "".join(f'<text:p text:style-name="Standard">第{n}条　{text}'
                   f'{note if n == 3 else ""}</text:p>' for n, text in enumerate(texts, 1))
    small = ('<style:style style:name="Footnote" style:family="paragraph" style:parent-'
             'style-name="Standard"><style:text-properties fo:font-size="9pt" '
             'style:font-size-asian="9pt"/></style:style>')
    data = _libreoffice_pdf(_FODT.format(styles=small, columns="", master="", body=body),
                            tmp_path)
    plan = import_bytes(data, "ja.pdf", ".pdf", REQUEST).plan
    assert [p.text for p in plan.points] == texts
    assert "[1] 構成は未定。" in (plan.notes or "") and "[2] 報道による。" in (plan.notes or "")


def test_a_running_header_and_footer_a_paragraph_gap_from_the_text(tmp_path: Path) -> None:
    """A memo set one and a half lines apart, its header a quarter centimetre above the
    text and its footer right under the page's footnotes (LibreOffice): on a page where the
    first point starts right under the header, or notes fill the page's foot, the header or
    footer stands no further from the text than a paragraph gap does, and it went into the
    point that runs over the page break (``Page 1 of 3`` into the footnote before it). The
    same words at the same height stand apart from the text on another page, and a page
    number is never text."""
    styles = ('<style:style style:name="Spaced" style:family="paragraph" '
              'style:parent-style-name="Standard"><style:paragraph-properties '
              'fo:line-height="150%"/></style:style>'
              '<style:style style:name="Footnote" style:family="paragraph" '
              'style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/>'
              '</style:style>')
    master = _HEADER_FOOTER.replace("Standard", "Spaced")
    fodt = _FODT.replace('fo:margin-bottom="0.5cm"/></style:header-style>',
                         'fo:margin-bottom="0.1cm"/></style:header-style>').replace(
        'fo:margin-top="0.5cm"/></style:footer-style>',
        'fo:margin-top="0.1cm"/></style:footer-style>')
    remarks = ("One delegation reads the figure as a ceiling.", "The annex is still open.",
               "Some copies name Vienna instead.", "The word is ambiguous in the original.",
               "Added at the second round.", "Not yet agreed by the guarantors.",
               "The date is disputed.", "A later copy drops the words in brackets.")
    notes = {n: remarks[n // 3] for n in range(1, 25) if n % 3 == 1}
    body = _noted_points(notes, _own_text).replace('"Standard"', '"Spaced"')
    data = _libreoffice_pdf(fodt.format(styles=styles, columns="", master=master, body=body),
                            tmp_path)
    plan = import_bytes(data, "memo.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), _own_text(n)) for n in range(1, 25)]
    assert "Working translation" not in (plan.notes or "")
    assert "Page" not in (plan.notes or ""), plan.notes
    assert all(text in (plan.points[n - 1].notes or "") for n, text in notes.items()), [
        (p.number, p.notes) for p in plan.points]


def test_a_page_of_short_articles_keeps_each_caption_on_its_line() -> None:
    """The last page of a Japanese statute-style draft: short articles of one line each,
    each under its caption (``（選挙）``), every line a paragraph spaced as far from the next
    as any other. Most of the page's lines end short of the longest, so one that ended a
    sentence well short of it was taken for a full line, and the caption under it ran on
    as the article's text (``…賄う。（選挙）``): the next article lost its title."""
    articles = [("復興", "損傷したインフラの復興は、国際基金により賄う。"),
                ("選挙", "影響を受けた地域における選挙は、停戦から六か月を経過した後に実施する。"),
                ("効力発生", "この枠組みは、署名の時に効力を生じる。"),
                ("改正", "この枠組みは、両当事者の合意により改正することができる。")]
    body = "".join(f"<p>（{title}）</p><p>第{n}条　{text}</p>"
                   for n, (title, text) in enumerate(articles, 1))
    style = ("<style>@page { size: A4; margin: 2.5cm } body { font-family: 'IPAexMincho'; "
             "font-size: 10.5pt } p { margin: 0 0 0.3em 0 }</style>")
    data = weasyprint.HTML(string=f"<html lang=ja>{style}{body}</html>").write_pdf()
    plan = import_bytes(data, "articles.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.title, p.text) for p in plan.points] == [
        (str(n), title, text) for n, (title, text) in enumerate(articles, 1)]


def test_a_justified_japanese_text_has_no_spaces_by_its_punctuation(tmp_path: Path) -> None:
    """Justified Japanese in LibreOffice's PDF, a comma or a full stop hanging in the
    margin at a line's end (ぶら下げ): the gap the justification leaves before it has no
    glyph, and PDFium made up a space there (``基金を設け 、``), which the PDF's text kept,
    so it read differently from the text it was printed from."""
    style = ('<style:style style:name="Ja" style:family="paragraph" style:parent-style-name='
             '"Standard"><style:paragraph-properties fo:text-indent="1.25cm" fo:line-height='
             '"150%"/><style:text-properties fo:font-family="\'Liberation Serif\'" '
             'style:font-family-asian="IPAexMincho" style:font-size-asian="11pt"/>'
             '</style:style>')
    clause = ("経済の回復と被災地域の再建と人道上の必要に充てる複数の基金の設立と運用の監督を行う"
              "理事会の設置について両当事者は合意する")
    texts = [clause[:30 + n] + "。基金を設け、8000億ドルの調達を目指す。" for n in range(30)]
    body = "".join(f'<text:p text:style-name="Ja">{n}. {text}</text:p>'
                   for n, text in enumerate(texts, 1))
    data = _libreoffice_pdf(_FODT.format(styles=style, columns="", master="", body=body),
                            tmp_path)
    plan = import_bytes(data, "ja.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text) for n, text in enumerate(texts, 1)]


def test_a_cyrillic_line_full_of_descenders_stands_on_its_baseline() -> None:
    """A line's height on the page was the median foot of a sample of its letters, and in
    Russian ``р``, ``у``, ``ф``, ``д`` hang below the line so often that a sample could hold
    more of them than of the others: the line stood two or three points low, and in a text
    set one and a half lines apart the step down to it read as a paragraph's gap (a
    sub-point's second half went to the point above it as a paragraph of its own)."""
    from plandiff.plans.intake.pdfium import PdfText

    clauses = ["Группа урегулирования рассмотрит структуру и процедуру передачи фрагментов "
               "инфраструктуры, упомянутую в предыдущем пункте, а руководство группы "
               "утверждает сроки.",
               "Процедуру проверки утверждает группа экспертов; руководству группы "
               "предоставляется доступ к портам, аэропортам, трубопроводу, энергосистеме и "
               "другому имуществу."]
    body = "".join(f"<p>{n}. {clauses[n % 2]} {clauses[(n + 1) % 2]}</p>" for n in range(1, 9))
    style = ("<style>@page { size: A4; margin: 2cm 1.5cm 2cm 3cm } body { font-family: "
             "'Liberation Serif'; font-size: 14pt; line-height: 1.5; text-align: justify } "
             "p { margin: 0; text-indent: 1.25cm }</style>")
    data = weasyprint.HTML(string=f"<html lang=ru>{style}{body}</html>").write_pdf()
    text = PdfText(data)
    try:
        _, _, lines = text.page(0)
    finally:
        text.close()
    steps = {round(a.bottom - b.bottom, 1) for a, b in itertools.pairwise(lines)}
    assert max(steps) - min(steps) < 0.5, sorted(steps)  # 21 points, line after line
