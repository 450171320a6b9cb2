"""Word files as the world makes them, not as our fixtures do: numbering reached through a
list style (``numStyleLink``), levels that never restart (``lvlRestart``) or print legal
numbers (``isLgl``), ``Article %1`` with no punctuation, points numbered by ``LISTNUM`` and
``AUTONUM`` fields, a table of contents before the points, pandoc's blank bullet for a list
item's second paragraph, text boxes and ``mc:AlternateContent``, positional tabs, hidden
text, an embedded HTML chunk (``altChunk``) and the Strict Open XML namespace. Each file is
built here, part by part, as those producers write it. Texts are the project's own."""

from __future__ import annotations

import base64
import io
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from plandiff.plans.intake.docxfields import Fields
from tests.plans.intake.producers import libreoffice_docx
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="treaty", version="2026-01-01-real")

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = (f'xmlns:w="{_W}" xmlns:r="{_R}" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
_PKG = "http://schemas.openxmlformats.org/package/2006"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

POINTS = ("The parties stop fire along the whole line.",
          "All prisoners are exchanged, all for all.",
          "Elections are held within one year.")


def docx(body: str, numbering: str = "", styles: str = "",
         parts: dict[str, str] | None = None, links: str = "",
         title_property: str | None = None) -> bytes:
    """A .docx of ``body`` with the given numbering and style definitions; ``parts`` are
    written as they are, ``links`` are extra relationships of the document part; with
    ``title_property``, core properties giving the document that Title."""
    core = ""
    if title_property is not None:
        core = (f'<Relationship Id="rId2" Type="{_PKG}/relationships/metadata/core-'
                'properties" Target="docProps/core.xml"/>')
        parts = {**(parts or {}), "docProps/core.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="{_PKG}/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{title_property}</dc:title></cp:coreProperties>")}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="htm" ContentType="text/html"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            + ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.'
               'openxmlformats-package.core-properties+xml"/>' if core else "") + "</Types>"))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/'
            f'relationships"><Relationship Id="rId1" Type="{_TYPE}/officeDocument" '
            f'Target="word/document.xml"/>{core}</Relationships>'))
        archive.writestr("word/document.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NS}><w:body>{body}'
            "<w:sectPr/></w:body></w:document>"))
        archive.writestr("word/_rels/document.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/'
            f'relationships"><Relationship Id="rIdN" Type="{_TYPE}/numbering" '
            f'Target="numbering.xml"/><Relationship Id="rIdS" Type="{_TYPE}/styles" '
            f'Target="styles.xml"/>{links}</Relationships>'))
        archive.writestr("word/numbering.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {_NS}>{numbering}'
            "</w:numbering>"))
        archive.writestr("word/styles.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:styles {_NS}>{styles}</w:styles>'))
        for name, text in (parts or {}).items():
            archive.writestr(name, text)
    return out.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(inner: str, props: str = "") -> str:
    return f"<w:p><w:pPr>{props}</w:pPr>{inner}</w:p>" if props else f"<w:p>{inner}</w:p>"


def numbered(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:pPr><w:ind w:left="{720 * (ilvl + 1)}" '
            'w:hanging="360"/></w:pPr></w:lvl>')


def one_list(*levels: str, num_id: int = 1) -> str:
    return (f'<w:abstractNum w:abstractNumId="0">{"".join(levels)}</w:abstractNum>'
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/></w:num>')


DECIMAL = one_list(level(0, "decimal", "%1."))


def tree(data: bytes, name: str = "real.docx") -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    return [(p.number, p.text) for p in imported.plan.walk()]


def imported(data: bytes) -> ImportedDraft:
    return import_bytes(data, "real.docx", ".docx", REQUEST)


def three_points(data: bytes, name: str = "real.docx") -> None:
    assert tree(data, name) == [(str(n), text) for n, text in enumerate(POINTS, 1)]


# --- numbering ---------------------------------------------------------------------------

def test_a_list_reached_through_a_list_style_numstylelink() -> None:
    """Word's multilevel list styles: the instance's abstract definition only names the list
    style (``numStyleLink``); the style points at another instance whose definition holds
    the levels (``styleLink``)."""
    numbering = ('<w:abstractNum w:abstractNumId="7"><w:styleLink w:val="TreatyList"/>'
                 f'{level(0, "decimal", "Article %1.")}{level(1, "lowerLetter", "(%2)")}'
                 '</w:abstractNum><w:abstractNum w:abstractNumId="8"><w:numStyleLink '
                 'w:val="TreatyList"/></w:abstractNum><w:num w:numId="3"><w:abstractNumId '
                 'w:val="7"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>')
    styles = ('<w:style w:type="numbering" w:customStyle="1" w:styleId="TreatyList"><w:name '
              'w:val="Treaty List"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>'
              '</w:style>')
    body = (para(run(POINTS[0]), numbered(4)) + para(run("on land;"), numbered(4, 1))
            + para(run("at sea."), numbered(4, 1)) + para(run(POINTS[1]), numbered(4)))
    assert tree(docx(body, numbering, styles)) == [
        ("1", POINTS[0]), ("1(a)", "on land;"), ("1(b)", "at sea."), ("2", POINTS[1])]


def test_a_level_that_never_restarts() -> None:
    """``lvlRestart w:val="0"``: the items go on counting under the next point (a, b, c)."""
    numbering = one_list(level(0, "decimal", "%1."),
                         level(1, "lowerLetter", "%2)", '<w:lvlRestart w:val="0"/>'))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("on land;"), numbered(1, 1))
            + para(run("at sea;"), numbered(1, 1)) + para(run(POINTS[1]), numbered(1))
            + para(run("in the air."), numbered(1, 1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1(a)", "on land;"), ("1(b)", "at sea;"), ("2", POINTS[1]),
        ("2(c)", "in the air.")]


def test_a_legal_level_prints_decimal_numbers_under_roman_parts() -> None:
    """``isLgl``: a level shown as ``%1.%2`` under a level in Roman numerals prints the
    numbers of both in decimal (1.1, not I.1), as Word does."""
    numbering = one_list(level(0, "upperRoman", "%1."),
                         level(1, "decimal", "%1.%2", "<w:isLgl/>"))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("The line is mapped."), numbered(1, 1))
            + para(run("Monitors watch it."), numbered(1, 1)) + para(run(POINTS[1]), numbered(1))
            + para(run("Lists are swapped."), numbered(1, 1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1.1", "The line is mapped."), ("1.2", "Monitors watch it."),
        ("2", POINTS[1]), ("2.1", "Lists are swapped.")]


@pytest.mark.parametrize("top", ["upperRoman", "lowerRoman"])
def test_an_outline_level_under_roman_numbers_without_islgl(top: str) -> None:
    """No ``isLgl``: Word shows ``%1.%2`` under a Roman level as ``I.1``, an outline's
    number, read as 1.1 like the legal one (it read as "1(1)", a list's item)."""
    numbering = one_list(level(0, top, "%1."), level(1, "decimal", "%1.%2"))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("the line is mapped."), numbered(1, 1))
            + para(run("Monitors watch it."), numbered(1, 1)) + para(run(POINTS[1]), numbered(1))
            + para(run("Lists are swapped."), numbered(1, 1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1.1", "the line is mapped."), ("1.2", "Monitors watch it."),
        ("2", POINTS[1]), ("2.1", "Lists are swapped.")]


@pytest.mark.parametrize("text", ["Article %1", "Art. %1", "Clause %1", "Пункт %1"])
def test_a_level_whose_wording_ends_without_punctuation(text: str) -> None:
    """``Article %1`` with Word's tab after it (no full stop): every point is read."""
    numbering = one_list(level(0, "decimal", text), level(1, "decimal", "%2."))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("on land;"), numbered(1, 1))
            + para(run(POINTS[1]), numbered(1)) + para(run(POINTS[2]), numbered(1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1(1)", "on land;"), ("2", POINTS[1]), ("3", POINTS[2])]


def _field(instruction: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            f'xml:space="preserve"> {instruction} </w:instrText></w:r><w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("field", [
    _field("AUTONUM"), _field("AUTONUMLGL"), _field("LISTNUM NumberDefault \\l 1"),
    _field("LISTNUM LegalDefault"), '<w:fldSimple w:instr=" AUTONUM \\* Arabic "/>'])
def test_points_numbered_by_fields_that_keep_no_result(field: str) -> None:
    """AUTONUM and LISTNUM fields: Word works the number out on display and the file keeps
    no result, so the reader counts them (1, 2, 3)."""
    body = "".join(para(field + '<w:r><w:tab/></w:r>' + run(text)) for text in POINTS)
    three_points(docx(body))


def test_listnum_levels_make_sub_points() -> None:
    """``LISTNUM \\l 2`` is a level below: 1), then a), b) under it, then 2)."""
    body = (para(_field("LISTNUM NumberDefault \\l 1") + run(" " + POINTS[0]))
            + para(_field("LISTNUM NumberDefault \\l 2") + run(" on land;"))
            + para(_field("LISTNUM NumberDefault \\l 2") + run(" at sea."))
            + para(_field("LISTNUM NumberDefault \\l 1") + run(" " + POINTS[1])))
    assert tree(docx(body)) == [("1", POINTS[0]), ("1(a)", "on land;"), ("1(b)", "at sea."),
                                ("2", POINTS[1])]


def test_a_pandoc_list_items_second_paragraph_is_not_a_bullet(tmp_path: Path) -> None:
    """pandoc writes a list item's second paragraph in a list of blank bullets (``lvlText``
    one space) to indent it: no bullet shows, so it is no sub-point but the point's text."""
    source = tmp_path / "list.md"
    source.write_text(f"1. {POINTS[0]}\n2. {POINTS[1]}\n\n    Civilians come first.\n\n"
                      f"3. {POINTS[2]}\n", encoding="utf-8")
    target = tmp_path / "list.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(target)], check=True,
                   capture_output=True, timeout=120)
    assert tree(target.read_bytes()) == [("1", POINTS[0]),
                                         ("2", f"{POINTS[1]}\n\nCivilians come first."),
                                         ("3", POINTS[2])]


# --- a table of contents -----------------------------------------------------------------

_HEADING_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>'
    '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
    '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr>'
    '<w:outlineLvl w:val="9"/></w:pPr></w:style>')


def _toc_entries(style: str = "TOC1") -> str:
    entries = ""
    for index, text in enumerate(POINTS, 1):
        first = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                 'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r>'
                 '<w:fldChar w:fldCharType="separate"/></w:r>') if index == 1 else ""
        last = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(POINTS) else ""
        entries += (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{first}<w:hyperlink '
                    f'w:anchor="_Toc{index}">{run(f"{index}.")}<w:r><w:tab/></w:r>{run(text)}'
                    '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                    f'<w:instrText> PAGEREF _Toc{index} \\h </w:instrText></w:r><w:r><w:fldChar'
                    f' w:fldCharType="separate"/></w:r>{run(str(index + 1))}<w:r><w:fldChar '
                    f'w:fldCharType="end"/></w:r></w:hyperlink>{last}</w:p>')
    return entries


_HEADINGS = "".join(para(run(text), '<w:pStyle w:val="Heading1"/>') for text in POINTS)


def test_a_table_of_contents_in_its_content_control_is_not_read_as_points() -> None:
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
           + para(run("Contents"), '<w:pStyle w:val="TOCHeading"/>') + _toc_entries()
           + "</w:sdtContent></w:sdt>")
    three_points(docx(toc + _HEADINGS, DECIMAL, _HEADING_STYLES))


def test_a_bare_table_of_contents_field_is_not_read_as_points() -> None:
    """An older Word's (or another program's) TOC: the field alone, its entries in a style
    other than "toc N"; the field's result is still the contents, not the draft."""
    three_points(docx(_toc_entries("Normal") + _HEADINGS, DECIMAL, _HEADING_STYLES))


_CORE_TITLE = (
    '<w:alias w:val="{alias}"/><w:id w:val="-1"/><w:dataBinding w:prefixMappings="xmlns:ns0='
    "'http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/"
    "2006/metadata/core-properties'\" w:xpath=\"/ns1:coreProperties[1]/ns0:title[1]\" "
    'w:storeItemID="{{6C3C8BC8-F283-45AE-878A-BAB7291924A1}}"/><w:text/>')


def _cover_page(title_paragraph: str) -> str:
    """Word's built-in cover page: a content control of the gallery "Cover Pages" holding
    the ministry's name, the title, a subtitle and a date, then a page break."""
    return ('<w:sdt><w:sdtPr><w:id w:val="7"/><w:docPartObj><w:docPartGallery w:val="Cover '
            'Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            + para(run("Ministry of Foreign Affairs")) + title_paragraph
            + para(run("Draft for consultation")) + para(run("3 December 2026"))
            + para('<w:r><w:br w:type="page"/></w:r>') + "</w:sdtContent></w:sdt>")


@pytest.mark.parametrize("where", ["around the run", "around the paragraph"])
def test_a_cover_page_title_bound_to_the_document_title_is_the_title(where: str) -> None:
    """The title on Word's cover page is a content control bound to the document's Title
    property (in a paragraph or around it, styled as any big text): it is the version's
    title, as a paragraph in the Title style is (it went to the notes with the rest of the
    cover page, and the version was titled "treaty 2026-01-01-real")."""
    title = "Framework Agreement on Peace"
    control = "<w:sdt><w:sdtPr>" + _CORE_TITLE.format(alias="Title") + "</w:sdtPr><w:sdtContent>"
    if where == "around the run":
        paragraph = para(control + run(title) + "</w:sdtContent></w:sdt>")
    else:
        paragraph = control + para(run(title)) + "</w:sdtContent></w:sdt>"
    body = _cover_page(paragraph) + "".join(para(run(t), numbered(1)) for t in POINTS)
    read = imported(docx(body, DECIMAL))
    assert read.plan.title == title
    assert [(p.number, p.text) for p in read.plan.walk()] == [
        (str(n), text) for n, text in enumerate(POINTS, 1)]
    assert "Ministry of Foreign Affairs" in (read.plan.notes or "")


_CHAPTER_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>'
    '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr>'
    '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>'
    '</w:pPr></w:style>')


@pytest.mark.parametrize(("where", "title"), [
    (0, "Framework Agreement on Peace"), (1, "Framework Agreement on Peace"),
    (1, "  framework agreement  ON peace "),
])
def test_a_paragraph_reading_the_title_property_before_the_points_is_the_title(
        where: int, title: str) -> None:
    """A cover page whose title is a plain paragraph of the words of the document's Title
    property (what LibreOffice's copy of a Word cover page keeps of the bound control, and
    what a drafter types over the cover page's field): the version's title. The case and
    spacing of the property do not matter; the rest of the cover page stays in the notes."""
    cover = [para(run("Ministry of Foreign Affairs")), para(run("Draft for consultation"))]
    cover.insert(where, para(run("Framework Agreement on Peace")))
    body = "".join(cover) + "".join(para(run(t), numbered(1)) for t in POINTS)
    read = imported(docx(body, DECIMAL, title_property=title))
    assert read.plan.title == "Framework Agreement on Peace"
    assert "Framework" not in (read.plan.notes or "")
    assert "Ministry of Foreign Affairs" in (read.plan.notes or "")
    three_points(docx(body, DECIMAL, title_property=title))


@pytest.mark.parametrize("title", ["Memo", POINTS[1], "", "Draft for consultation, v2"])
def test_a_title_property_no_paragraph_before_the_points_reads_changes_nothing(
        title: str) -> None:
    """A stale Title property (a template's "Memo"), one that reads as a point's text, an
    empty one, one close to a paragraph without being it: no title, the points as before."""
    body = (para(run("Draft for consultation"))
            + "".join(para(run(t), numbered(1)) for t in POINTS))
    read = imported(docx(body, DECIMAL, title_property=title))
    assert read.plan.title == "treaty 2026-01-01-real"
    assert "Draft for consultation" in (read.plan.notes or "")
    three_points(docx(body, DECIMAL, title_property=title))


@pytest.mark.parametrize(("chapter", "article", "shown"), [
    (("upperRoman", "Chapter %1"), ("decimal", "Article %2"), "Chapter I"),
    (("decimal", "Розділ %1"), ("decimal", "Стаття %2."), "Розділ 1"),
    (("japaneseCounting", "第%1章"), ("decimal", "第%2条"), "第一章"),
])
def test_a_first_chapter_heading_is_no_title(chapter: tuple[str, str],
                                             article: tuple[str, str], shown: str) -> None:
    """A draft law opening with its first chapter (Heading 1, "Chapter %1" numbered by the
    style, articles counted on across chapters): the chapter's heading is a part's heading
    in the notes, as the second chapter's is, not the version's title."""
    numbering = one_list(level(0, *chapter),
                         level(1, *article, '<w:lvlRestart w:val="0"/>'))
    heading = '<w:pStyle w:val="Heading{}"/>'
    body = (para(run("General provisions"), heading.format(1))
            + para(run("Ceasefire"), heading.format(2)) + para(run(POINTS[0]))
            + para(run("Prisoners"), heading.format(2)) + para(run(POINTS[1]))
            + para(run("Final provisions"), heading.format(1))
            + para(run("Elections"), heading.format(2)) + para(run(POINTS[2])))
    read = imported(docx(body, numbering, _CHAPTER_STYLES))
    assert read.plan.title == "treaty 2026-01-01-real"
    assert [(p.number, p.title, p.text) for p in read.plan.walk()] == [
        ("1", "Ceasefire", POINTS[0]), ("2", "Prisoners", POINTS[1]),
        ("3", "Elections", POINTS[2])]
    assert shown in (read.plan.notes or "") and "General provisions" in (read.plan.notes or "")


# --- containers --------------------------------------------------------------------------

def test_body_level_alternate_content_is_read_once() -> None:
    """``mc:AlternateContent`` around whole paragraphs: the choice is read, the fallback
    (the same text again) is not."""
    middle = ('<mc:AlternateContent><mc:Choice Requires="w14">'
              + para(run(POINTS[1]), numbered(1)) + '</mc:Choice><mc:Fallback>'
              + para(run(POINTS[1]), numbered(1)) + "</mc:Fallback></mc:AlternateContent>")
    body = para(run(POINTS[0]), numbered(1)) + middle + para(run(POINTS[2]), numbered(1))
    three_points(docx(body, DECIMAL))


def test_a_text_box_is_read_once_and_apart_from_the_text_around_it() -> None:
    """A text box anchored in a paragraph, as Word writes it (a DrawingML shape, then the
    same text again as VML for old readers): its text once, not glued to the words after
    the anchor."""
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
           '<w:txbxContent>' + para(run("Boxed remark.")) + '</w:txbxContent></wps:txbx>'
           '</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
           '<w:txbxContent>' + para(run("Boxed remark.")) + '</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = (para(run(POINTS[0]), numbered(1))
            + para(run("All prisoners are exchanged,") + box + run(" all for all."),
                   numbered(1))
            + para(run(POINTS[2]), numbered(1)))
    points = tree(docx(body, DECIMAL))
    assert [n for n, _ in points] == ["1", "2", "3"]
    assert points[1][1].count("Boxed remark.") == 1
    assert "All prisoners are exchanged, all for all." in points[1][1]


def test_a_positional_tab_and_hidden_text() -> None:
    """``w:ptab`` separates words as a tab does; text formatted hidden (``w:vanish``) is not
    shown by Word and is not the draft's."""
    body = (para(run(POINTS[0]), numbered(1))
            + para('<w:r><w:t>All prisoners are exchanged,</w:t><w:ptab w:relativeTo="margin"'
                   ' w:alignment="right" w:leader="none"/><w:t>all for all.</w:t></w:r>',
                   numbered(1))
            + para('<w:r><w:rPr><w:vanish/></w:rPr><w:t>Drafting note: check. </w:t></w:r>'
                   + run(POINTS[2]), numbered(1)))
    three_points(docx(body, DECIMAL))


def test_an_embedded_html_chunk_is_read_in_place() -> None:
    """``w:altChunk``: a program that writes Word files embeds an HTML page, which Word
    reads in place on opening; its points are the draft's too."""
    page = ("<html><body><ol start=\"2\">"
            + "".join(f"<li>{text}</li>" for text in POINTS[1:]) + "</ol></body></html>")
    link = (f'<Relationship Id="rIdChunk" Type="{_TYPE}/aFChunk" Target="chunk1.htm" '
            'TargetMode="Internal"/>')
    body = para(run(POINTS[0]), numbered(1)) + '<w:altChunk r:id="rIdChunk"/>'
    three_points(docx(body, DECIMAL, parts={"word/chunk1.htm": page}, links=link))


def test_an_embedded_chunk_that_cannot_be_read_is_reported() -> None:
    link = (f'<Relationship Id="rIdChunk" Type="{_TYPE}/aFChunk" Target="chunk1.rtf"/>')
    body = (para(run(POINTS[0]), numbered(1)) + '<w:altChunk r:id="rIdChunk"/>'
            + para(run(POINTS[1]), numbered(1)))
    draft = imported(docx(body, DECIMAL, parts={"word/chunk1.rtf": r"{\rtf1 2. Text}"},
                          links=link))
    said = [f.message for f in draft.report.findings if "chunk1.rtf" in f.message]
    assert len(said) == 1, draft.report.findings
    assert [p.number for p in draft.plan.walk()] == ["1", "2"]


# --- Strict Open XML ----------------------------------------------------------------------

def test_a_strict_open_xml_file_is_read() -> None:
    """Word's "Strict Open XML Document": the same elements in the ISO namespaces."""
    data = docx("".join(para(run(text), numbered(1)) for text in POINTS), DECIMAL)
    strict = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            text = source.read(info).decode()
            text = text.replace(_W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
            text = text.replace(_TYPE, "http://purl.oclc.org/ooxml/officeDocument/relationships")
            target.writestr(info, text)
    three_points(strict.getvalue())


def test_a_field_nested_in_another_fields_instruction_shows_only_the_outer_result() -> None:
    """``IF {DOCPROPERTY Stage} = "final" "signed" "agreed"``: Word shows the IF field's
    result alone; the inner field's result is part of the instruction."""
    inner = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DOCPROPERTY '
             'Stage </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             + run("draft") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText>'
             f'</w:r>{inner}<w:r><w:instrText> = "final" "signed" "agreed" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("agreed")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (para(run(POINTS[0]), numbered(1))
            + para(run("All prisoners are exchanged, ") + field + run(" all for all."),
                   numbered(1)))
    assert tree(docx(body, DECIMAL))[1] == ("2", "All prisoners are exchanged, agreed all for all.")


def test_a_field_left_open_by_a_damaged_file_hides_no_text() -> None:
    body = (para('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + run(POINTS[0]), numbered(1))
            + "".join(para(run(text), numbered(1)) for text in POINTS[1:]))
    three_points(docx(body, DECIMAL))


def test_an_empty_numbered_paragraph_takes_its_number_as_in_word() -> None:
    """Word shows a number in front of an empty list paragraph ("2." and nothing), and the
    next item is 3; a paragraph whose only text is hidden shows nothing and takes none."""
    body = (para(run(POINTS[0]), numbered(1)) + para("", numbered(1))
            + para('<w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden item.</w:t></w:r>', numbered(1))
            + para(run(POINTS[1]), numbered(1)))
    assert [n for n, _ in tree(docx(body, DECIMAL))] == ["1", "3"]


def _moved(data: bytes, rename: dict[str, str], drop: tuple[str, ...] = ()) -> bytes:
    """``data`` with its parts renamed (the references in the package's own XML too)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            text = source.read(info).decode()
            for old, new in rename.items():
                text = text.replace(old, new)
            name = info.filename
            for old, new in rename.items():
                name = name.replace(old, new)
            target.writestr(name, text)
    return out.getvalue()


def test_the_main_part_and_its_lists_found_by_their_relationships() -> None:
    """A producer that names its parts its own way (``doc/main.xml``, ``doc/lists.xml``):
    the package's relationships lead to the main part, the main part's to its numbering."""
    data = docx("".join(para(run(text), numbered(1)) for text in POINTS), DECIMAL)
    three_points(_moved(data, {"word/": "doc/", "document.xml": "main.xml",
                               "numbering.xml": "lists.xml"}))


def test_the_main_part_found_by_its_content_type_without_package_relationships() -> None:
    data = docx("".join(para(run(text), numbered(1)) for text in POINTS), DECIMAL)
    three_points(_moved(data, {"word/": "doc/"}, drop=("_rels/.rels",)))


def _flat(data: bytes) -> bytes:
    """``data`` as Word's "Word XML Document" (Flat OPC): every part in one XML file, XML
    parts as XML, the others in base64."""
    package = "http://schemas.microsoft.com/office/2006/xmlPackage"
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.filename == "[Content_Types].xml":
                continue
            body = archive.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = body.decode().split("?>", 1)[1] if body.startswith(b"<?xml") else \
                    body.decode()
                content = f"<pkg:xmlData>{text}</pkg:xmlData>"
            else:
                content = f"<pkg:binaryData>{base64.b64encode(body).decode()}</pkg:binaryData>"
            parts.append(f'<pkg:part pkg:name="/{info.filename}" pkg:contentType="application/'
                         f'xml">{content}</pkg:part>')
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>'
            f'\n<pkg:package xmlns:pkg="{package}">{"".join(parts)}</pkg:package>').encode()


def test_a_word_xml_document_flat_opc_is_read_as_its_docx(tmp_path: Path) -> None:
    """Word's Save As "Word XML Document (*.xml)" of a file pandoc made."""
    source = tmp_path / "list.md"
    source.write_text("".join(f"{n}. {text}\n" for n, text in enumerate(POINTS, 1)),
                      encoding="utf-8")
    target = tmp_path / "list.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(target)], check=True,
                   capture_output=True, timeout=120)
    three_points(_flat(target.read_bytes()), "list.xml")


def test_a_table_whose_first_column_is_numbered_by_word() -> None:
    """Provisions in a table, the first column's empty cells numbered by Word's list
    numbering (1., 2., 3. shown, no text), the provision beside, a status after it."""
    def cell(inner: str) -> str:
        return f"<w:tc><w:tcPr/>{inner}</w:tc>"

    rows = "".join(f'<w:tr>{cell(para("", numbered(1)))}{cell(para(run(text)))}'
                   f'{cell(para(run("agreed")))}</w:tr>' for text in POINTS)
    assert tree(docx(f"<w:tbl>{rows}</w:tbl>", DECIMAL)) == [
        (str(n), f"{text}\n\nagreed") for n, text in enumerate(POINTS, 1)]


def test_a_content_control_showing_its_placeholder_adds_no_text() -> None:
    """A form's content controls: one filled in (read), one still showing Word's prompt
    ("Click or tap here to enter text.", not the draft's), in a paragraph and around one (a
    numbered paragraph: Word shows its number, so the next point is 3)."""
    def control(inner: str, placeholder: bool) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return f"<w:sdt><w:sdtPr>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"

    body = (para(run("The parties stop fire along the whole line")
                 + control(run(" on 1 May"), False)
                 + control(run(" Click or tap to enter a date."), True) + run("."), numbered(1))
            + control(para(run("Click or tap here to enter text."), numbered(1)), True)
            + para(run(POINTS[1]), numbered(1)))
    assert tree(docx(body, DECIMAL)) == [
        ("1", "The parties stop fire along the whole line on 1 May."), ("3", POINTS[1])]


def test_a_roman_level_starting_at_a_billion_is_read_at_once() -> None:
    """A hostile (or broken) ``w:start`` of a billion on a Roman level: no million-letter
    label, no minute of work: the item is written with its digits."""
    numbering = ('<w:abstractNum w:abstractNumId="0">' + level(0, "decimal", "%1.")
                 + '<w:lvl w:ilvl="1"><w:start w:val="1000000000"/><w:numFmt '
                 'w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = para(run(POINTS[0]), numbered(1)) + para(run("on land;"), numbered(1, 1))
    started = time.process_time()
    points = tree(docx(body, numbering))
    assert time.process_time() - started < 10
    assert points[0][0] == "1" and POINTS[0] in points[0][1]
    assert "on land;" in " ".join(t for _, t in points)
    assert max(len(t) for _, t in points) < 200


# --- an outline whose points are not its first level -------------------------------------

_OUTLINE = one_list(level(0, "upperRoman", "Part %1"), level(1, "decimal", "Article %2"),
                    level(2, "decimal", "%2.%3"), level(3, "lowerLetter", "(%4)"))
_OUTLINE_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="Heading{k + 1}"><w:name w:val="heading {k + 1}"/>'
    f'<w:pPr>{numbered(1, k)}<w:outlineLvl w:val="{k}"/></w:pPr></w:style>' for k in range(4))
_OUTLINE_PARAS = ((0, "Security"), (1, "Ceasefire"), (2, POINTS[0]),
                  (2, "Monitors report breaches:"), (3, "within a day for shelling;"),
                  (3, "within a week for movements."), (1, "Exchanges"), (2, POINTS[1]),
                  (0, "Politics"), (1, "Elections"), (2, POINTS[2]))
_OUTLINE_PASTED = """Part I. Security
Article 1. Ceasefire
1.1 The parties stop fire along the whole line.
1.2 Monitors report breaches:
(a) within a day for shelling;
(b) within a week for movements.
Article 2. Exchanges
2.1 All prisoners are exchanged, all for all.
Part II. Politics
Article 1. Elections
1.1 Elections are held within one year.
"""


@pytest.mark.parametrize("through_styles", [True, False])
def test_an_outline_of_parts_articles_and_clauses_reads_as_word_shows_it(
        through_styles: bool) -> None:
    """Outline numbering as LibreOffice writes it from heading styles (and as Word's
    multilevel list on plain paragraphs): ``Part %1`` / ``Article %2`` / ``%2.%3`` /
    ``(%4)``. The articles and clauses are read as Word prints them ("Article 1", "1.1",
    restarting in part II), as the same text pasted reads; they were shown to the parser as
    "(1)" and "(1)", so each article went to the notes as a repeated number and its clauses
    became points 1, 2, 1 ..."""
    body = "".join(
        para(run(text), f'<w:pStyle w:val="Heading{k + 1}"/>' if through_styles
             else numbered(1, k)) for k, text in _OUTLINE_PARAS)
    data = docx(body, _OUTLINE, _OUTLINE_STYLES)
    assert tree(data) == tree(_OUTLINE_PASTED.encode(), "pasted.txt")
    assert [number for number, _ in tree(data)] == [
        "1", "1.1", "1.2", "1.2(a)", "1.2(b)", "2", "2.1", "1", "1.1"]


# --- footnotes and endnotes ----------------------------------------------------------------

def _notes_part(kind: str, *texts: str) -> str:
    notes = "".join(f'<w:{kind} w:id="{n}">{para(run(text))}</w:{kind}>'
                    for n, text in enumerate(texts, 2))
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {_NS}><w:{kind} '
            f'w:type="separator" w:id="0">{para(run("-"))}</w:{kind}>{notes}</w:{kind}s>')


@pytest.mark.parametrize(("settings", "endnote_label"), [
    ("", "i"),  # Word's default for endnotes: lower-case Roman numerals
    ('<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>', "1"),
    ('<w:endnotePr><w:numFmt w:val="upperLetter"/></w:endnotePr>', "A"),
])
def test_endnotes_keep_the_marks_word_shows_apart_from_the_footnotes(
        settings: str, endnote_label: str) -> None:
    """A point with a footnote, another with an endnote (LibreOffice's and Word's .docx: the
    endnotes numbered i, ii unless the settings say otherwise): each note reaches the
    notes of its point under the mark Word shows. Both were "[1]", so two notes had one
    mark."""
    body = (para(run(POINTS[0]) + '<w:r><w:footnoteReference w:id="2"/></w:r>', numbered(1))
            + para(run(POINTS[1]) + '<w:r><w:endnoteReference w:id="2"/></w:r>', numbered(1))
            + para(run(POINTS[2]), numbered(1)))
    parts = {"word/footnotes.xml": _notes_part("footnote", "As on the map of one November."),
             "word/endnotes.xml": _notes_part("endnote", "Counted from the front line."),
             "word/settings.xml": (f'<?xml version="1.0" encoding="UTF-8"?><w:settings {_NS}>'
                                   f"{settings}</w:settings>")}
    data = docx(body, DECIMAL, parts=parts)
    three_points(data)
    assert [p.notes for p in imported(data).plan.walk()] == [
        "[1] As on the map of one November.", f"[{endnote_label}] Counted from the front line.",
        None]


def test_page_numbers_typed_into_a_word_file_made_from_a_pdf(tmp_path: Path) -> None:
    """A Word file made from a printed or PDF layout (LibreOffice, the converters): each
    paragraph broken by hard line breaks, numbers typed before a tab, and the pages' numbers
    (``- 2 -``, ``Page 3 of 3``) left in the body as paragraphs of their own. The page numbers
    are left out and counted, as in text pasted from the PDF; "- 2 -" was read as a bullet and
    became a sub-point "2 -" of the point before it."""
    first, rest = POINTS[0].split(" fire ")
    lines = [f"1.<text:tab/>{first} fire<text:line-break/>{rest}", "- 2 -",
             f"2.<text:tab/>{POINTS[1]}", "Page 3 of 3", f"3.<text:tab/>{POINTS[2]}"]
    data = libreoffice_docx("printed", "".join(f"<text:p>{line}</text:p>" for line in lines),
                            tmp_path)
    three_points(data)
    assert any("2 line(s) of page furniture" in f.message
               for f in imported(data).report.findings)


def test_a_table_that_repeats_short_values_keeps_them() -> None:
    """A table of the versions compared (plandiff's own redline writes one) repeats short
    values side by side ("en", "en"): a table's cells are no page's running lines, so none
    is left out as one (they were, once the page furniture of a file made from a PDF was)."""
    cells = (("Version", "draft-1", "draft-2"), ("Language", "en", "en"),
             ("Kind", "paraphrase", "paraphrase"), ("Status", "reported", "reported"))
    table = "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(run(cell))}</w:tc>" for cell in row) + "</w:tr>"
        for row in cells) + "</w:tbl>"
    data = docx(table + "".join(para(run(text), numbered(1)) for text in POINTS), DECIMAL)
    three_points(data)
    notes = imported(data).plan.notes or ""
    for row in cells:
        for cell in row:
            assert notes.count(cell) == row.count(cell), cell


def test_a_note_with_a_mark_of_its_own() -> None:
    """A footnote whose mark is typed (``customMarkFollows``: Word's and LibreOffice's "*"
    note): the mark leaves the point's text as a numbered mark does, the note is listed
    under it, and the next note keeps the number Word shows (1: a typed mark takes none).
    The "*" stayed in the text and the notes read "[1] *…", "[2] …"."""
    star = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference '
            'w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>')
    body = (para(run(POINTS[0][:-1]) + star + run("."), numbered(1))
            + para(run(POINTS[1]) + '<w:r><w:footnoteReference w:id="3"/></w:r>', numbered(1))
            + para(run(POINTS[2]), numbered(1)))
    notes_xml = _notes_part("footnote", "*Wording not agreed.", "All for all means all.")
    data = docx(body, DECIMAL, parts={"word/footnotes.xml": notes_xml})
    three_points(data)
    assert [p.notes for p in imported(data).plan.walk()] == [
        "[*] Wording not agreed.", "[1] All for all means all.", None]


def test_points_numbered_inside_a_text_box(tmp_path: Path) -> None:
    """A numbered list inside a text box or frame (a box of key points; converters from PDF
    set whole pages in boxes), as LibreOffice writes it: the box's paragraphs are read as
    the body's are, with their list numbers, levels and the text after the box after them.
    The numbers were lost, so the file had "no numbered points" (exit 2)."""
    styles = ('<office:styles><text:list-style style:name="L1"><text:list-level-style-number '
              'text:level="1" style:num-format="1" style:num-suffix="."/>'
              '<text:list-level-style-number text:level="2" style:num-format="a" '
              'style:num-suffix=")"/></text:list-style></office:styles>')
    items = (f"<text:list-item><text:p>{POINTS[0]}</text:p></text:list-item>"
             "<text:list-item><text:p>Troops withdraw:</text:p><text:list>"
             "<text:list-item><text:p>on land;</text:p></text:list-item>"
             "<text:list-item><text:p>at sea.</text:p></text:list-item></text:list>"
             f"</text:list-item><text:list-item><text:p>{POINTS[2]}</text:p></text:list-item>")
    body = ('<text:p>Key points<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:'
            'drawing:1.0" draw:name="F1" text:anchor-type="paragraph" '
            'svg:width="12cm" svg:height="6cm"><draw:text-box><text:list text:style-name="L1">'
            f"{items}</text:list></draw:text-box></draw:frame></text:p>"
            "<text:p>Text after the box.</text:p>")
    data = libreoffice_docx("boxed", body, tmp_path, head=styles)
    assert tree(data) == [("1", POINTS[0]), ("2", "Troops withdraw:"), ("2(a)", "on land;"),
                          ("2(b)", "at sea."), ("3", POINTS[2])]
    assert "Text after the box." in (imported(data).plan.notes or "")


def test_words_broken_at_printed_line_ends_in_a_file_made_from_a_pdf(tmp_path: Path) -> None:
    """A Word file made from a PDF whose printed lines are paragraphs (or lines broken by
    hand) keeps the hyphens the words were broken at: they are joined again as in text
    pasted from the PDF ("secu-" / "rity" → "security"; "Russia-" / "Ukraine" keeps its
    hyphen). They read "secu- rity"."""
    lines = ["1.<text:tab/>The parties give secu-", "rity guarantees to each other.",
             "2.<text:tab/>A joint Russia-<text:line-break/>Ukraine commission is set up and "
             "moni-<text:line-break/>tors the line.",
             f"3.<text:tab/>{POINTS[2]}"]
    data = libreoffice_docx("printed", "".join(f"<text:p>{line}</text:p>" for line in lines),
                            tmp_path)
    assert tree(data) == [
        ("1", "The parties give security guarantees to each other."),
        ("2", "A joint Russia-Ukraine commission is set up and monitors the line."),
        ("3", POINTS[2])]


def test_tracked_changes_name_their_authors() -> None:
    """Changes by two reviewers, all accepted in the text read: the report names whose
    changes they are (it gave only their counts)."""
    by = 'w:id="{}" w:author="{}" w:date="2025-11-22T10:00:00Z"'
    body = (para(run("The parties stop fire")
                 + f'<w:ins {by.format(1, "Alice Analyst")}>{run(" along the whole line")}'
                 "</w:ins>" + run("."), numbered(1))
            + para(run("All prisoners are exchanged, ")
                   + f'<w:del {by.format(2, "Bob Reviewer")}><w:r><w:delText>in part, '
                   "</w:delText></w:r></w:del>" + run("all for all."), numbered(1))
            + para(run(POINTS[2])
                   + f'<w:ins {by.format(3, "Alice Analyst")}>{run("")}</w:ins>', numbered(1)))
    data = docx(body, DECIMAL)
    three_points(data)
    messages = [f.message for f in imported(data).report.findings]
    assert any(m.startswith("tracked changes (2 insertion(s), 1 deletion(s)): read with every "
                            "change accepted") and m.endswith(
                                "(by author: Alice Analyst 2 insertion(s); Bob Reviewer 1 "
                                "deletion(s))")
               for m in messages), messages


@pytest.mark.parametrize(("before", "said"), [
    ("<w:pPr/>", True),  # the paragraph was not numbered: a point made by a tracked change
    (f'<w:pPr>{numbered(1, 1)}</w:pPr>', True),  # a sub-point made a point
    ('<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', True),  # a heading made a point
    (f'<w:pPr>{numbered(1)}<w:ind w:left="1440"/></w:pPr>', False),  # its indent alone
])
def test_a_tracked_change_of_numbering_is_said(before: str, said: bool) -> None:
    """A point numbered (or a sub-point raised, a heading made a point) by a tracked change
    of the paragraph's properties (``w:pPrChange``, Word's "Formatted: Numbered"): read
    accepted, as the text's changes are, and the report says so, naming who made it (it said
    nothing, and the points before the change were not the ones read). A change of indent
    alone changes no point and is not said."""
    change = (f'<w:p><w:pPr>{numbered(1)}<w:pPrChange w:id="7" w:author="Carol Counsel" '
              f'w:date="2026-01-05T10:00:00Z">{before}</w:pPrChange></w:pPr>{run(POINTS[1])}'
              "</w:p>")
    data = docx(para(run(POINTS[0]), numbered(1)) + change + para(run(POINTS[2]), numbered(1)),
                DECIMAL)
    three_points(data)
    messages = [f.message for f in imported(data).report.findings
                if f.message.startswith("tracked changes")]
    assert messages == ([
        "tracked changes (0 insertion(s), 0 deletion(s), 1 change(s) of a paragraph's "
        "numbering or style): read with every change accepted (deleted text left out, "
        "inserted text kept); to import the text before them, give --view rejected (by "
        "author: Carol Counsel 1 change(s) of numbering or style)"] if said else [])


def test_a_worded_level_under_a_worded_point_stays_its_sub_point() -> None:
    """``Article %1`` / ``Paragraph %2``: the level under the articles is worded too, but the
    articles are the points (not parts), so its paragraphs stay their sub-points, as
    before; only a level under parts ("Part %1") reads as the points it shows."""
    numbering = one_list(level(0, "decimal", "Article %1"), level(1, "decimal", "Paragraph %2"))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("on land;"), numbered(1, 1))
            + para(run("at sea."), numbered(1, 1)) + para(run(POINTS[1]), numbered(1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1(1)", "on land;"), ("1(2)", "at sea."), ("2", POINTS[1])]


def test_a_status_line_repeated_under_each_point_is_the_drafts_text() -> None:
    """A Word file typed as such (no page number in its body, so not made from a printout)
    that writes "AGREED" under each point: the lines are the draft's, not running lines.
    They were left out as page furniture once that rule read Word files."""
    body = "".join(para(run(text), numbered(1)) + para(run("AGREED")) for text in POINTS)
    assert tree(docx(body, DECIMAL)) == [(str(n), f"{text}\n\nAGREED")
                                         for n, text in enumerate(POINTS, 1)]


def _walked(data: bytes) -> list[tuple[int, str, str]]:
    """(depth, number, text) of every point of a Word file, in document order."""
    out: list[tuple[int, str, str]] = []

    def visit(points: tuple, depth: int) -> None:  # type: ignore[type-arg]
        for p in points:
            out.append((depth, p.number, p.text))
            visit(p.points, depth + 1)
    visit(imported(data).plan.points, 0)
    return out


@pytest.mark.parametrize("texts", [("%1.", "%2.", "%3"), ("%1.", "%2)", "%3.")])
def test_plain_decimal_levels_nest_under_the_current_point(texts: tuple[str, ...]) -> None:
    """Levels that print only their own number (``%2.``, ``%3``, no parent's number in the
    level text): a level-3 item was read as another level-2 item (two points 1(1)), and
    under an unnumbered level 1 every level-3 item opened a new top-level point. Each level
    nests under the item above it."""
    numbering = one_list(*(level(k, "decimal", text) for k, text in enumerate(texts)))
    body = "".join(para(run(text), numbered(1, ilvl)) for ilvl, text in (
        (0, POINTS[0]), (1, "Along the land line."), (2, "Including the coast."),
        (2, "Including the rivers."), (1, "Along the sea line."), (0, POINTS[1]),
        (1, "Civilians first.")))
    assert _walked(docx(body, numbering)) == [
        (0, "1", POINTS[0]), (1, "1(1)", "Along the land line."),
        (2, "1(1)(1)", "Including the coast."), (2, "1(1)(2)", "Including the rivers."),
        (1, "1(2)", "Along the sea line."), (0, "2", POINTS[1]), (1, "2(1)", "Civilians first.")]
    unnumbered = one_list(level(0, "none", ""), *(level(k, "decimal", text)
                                                 for k, text in enumerate(texts[1:], 1)))
    body = para(run("Chapter one"), numbered(1, 0)) + "".join(
        para(run(text), numbered(1, ilvl)) for ilvl, text in (
            (1, POINTS[0]), (2, "On land."), (2, "At sea."), (1, POINTS[1]), (2, "Civilians.")))
    assert _walked(docx(body, unnumbered)) == [
        (0, "1", POINTS[0]), (1, "1(1)", "On land."), (1, "1(2)", "At sea."),
        (0, "2", POINTS[1]), (1, "2(1)", "Civilians.")]



def _seq(instruction: str, result: str | None = None) -> str:
    """A SEQ field, with a result run (as Word saves it once updated) or none (never
    updated: a template's fields, a file written by a program)."""
    shown = ("" if result is None else
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(result))
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            f'xml:space="preserve"> {instruction} </w:instrText></w:r>{shown}<w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>')


def test_seq_fields_never_updated_are_numbered_by_their_sequence() -> None:
    """A SEQ field that kept no result shows no number in the file: the reader counts the
    fields of its identifier (one that kept its result counts too; another identifier's
    fields, a table's caption, do not), so each point keeps its number."""
    body = (para(_seq("SEQ Point \\* ARABIC", "1") + run(". " + POINTS[0]))
            + para(run("Table ") + _seq("SEQ Table \\* ARABIC") + run(": casualties"))
            + para(_seq("SEQ Point \\* ARABIC") + run(". " + POINTS[1]))
            + para('<w:fldSimple w:instr=" SEQ Point \\* ARABIC "/>' + run(". " + POINTS[2])))
    assert tree(docx(body)) == [("1", POINTS[0] + "\n\nTable 1: casualties"),
                                ("2", POINTS[1]), ("3", POINTS[2])]


def test_seq_fields_restart_and_format_as_their_switches_say() -> None:
    """``\\r 4`` restarts the sequence, ``\\c`` repeats the last number without counting,
    ``\\h`` counts and shows nothing, ``\\* ALPHABETIC`` writes capitals (``roman``: lower-case
    Roman numerals); ``\\* MERGEFORMAT`` is no number format."""
    fields = Fields()
    shown = [fields.closed(f" {instruction} ", False).inline for instruction in (
        "SEQ Article \\r 4", "SEQ Article", "SEQ Article \\c", "SEQ Article \\h",
        "SEQ Article \\* MERGEFORMAT", 'SEQ "Annex" \\* ALPHABETIC \\* MERGEFORMAT',
        "SEQ Annex \\* roman")]
    assert shown == ["4", "5", "5", "", "7", "A", "ii"]
    assert fields.closed(" SEQ Article ", True).inline == ""  # its result is the text
    body = (para(run("Article ") + _seq("SEQ Art \\r 4") + run(". " + POINTS[0]))
            + para(run("Article ") + _seq("SEQ Art") + run(". " + POINTS[1])))
    assert tree(docx(body)) == [("4", POINTS[0]), ("5", POINTS[1])]




_PLAIN_HEADINGS = (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>'
    '<w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr>'
    '<w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter Title"/><w:pPr>'
    '<w:outlineLvl w:val="0"/></w:pPr></w:style>')


def test_a_seq_field_restarting_at_each_heading_follows_the_headings() -> None:
    """``SEQ Article \\s 1`` starts again after each heading of level 1 (a style named
    "heading 1", or any style with outline level 1), as Word numbers it; a level-2 heading
    does not restart it, and a sequence without ``\\s`` runs on over the headings."""
    fields = Fields()
    shown = []
    for step in ("SEQ A \\s 1", "SEQ A \\s 1", "SEQ B", 1, "SEQ A \\s 1", 2, "SEQ A \\s 1",
                 "SEQ C \\s 2", 2, "SEQ C \\s 2", "SEQ B", 1, "SEQ C \\s 2", "SEQ A \\s 1"):
        if isinstance(step, int):
            fields.heading(step)
        else:
            shown.append(fields.closed(f" {step} ", False).inline)
    assert shown == ["1", "2", "1", "1", "2", "1", "1", "2", "1", "1"]
    heading = '<w:pStyle w:val="{}"/>'
    body = "".join(
        para(run(chapter), heading.format(style))
        + "".join(para(run("Article ") + _seq("SEQ Article \\s 1") + run(". " + text))
                  for text in texts)
        for chapter, style, texts in (
            ("Chapter I. Ceasefire", "Heading1", POINTS[:2]),
            ("Chapter II. Elections", "Chapter", POINTS[2:]),
            ("Chapter III. Final provisions", "Heading1",
             ("This agreement enters into force on signature.",))))
    points = imported(docx(body, "", _PLAIN_HEADINGS)).plan.walk()
    assert [(p.id, p.number) for p in points] == [
        ("part1-p1", "1"), ("part1-p2", "2"), ("part2-p1", "1"), ("part3-p1", "1")]


def test_a_japanese_drafts_seq_numbers_in_kanji_and_full_width_digits() -> None:
    """A Japanese draft numbers its articles ``第{SEQ 条 \\* DBNUM1}条`` (第一条, 第二条) or in
    full-width digits (``\\* DBNUM3``), its items ① ② (``\\* CIRCLENUM``) or ア イ
    (``\\* AIUEO``): a field never updated shows those, as Word does once it is."""
    fields = Fields()
    shown = [fields.closed(f" {instruction} ", False).inline for instruction in (
        "SEQ 条 \\* DBNUM1", "SEQ 条 \\* DBNUM1", "SEQ 項 \\* DBNUM3",
        "SEQ 号 \\* CIRCLENUM", "SEQ 号 \\* CIRCLENUM", "SEQ 細目 \\* AIUEO",
        "SEQ 細目 \\* IROHA",
        "SEQ 条 \\* KANJINUM1 \\r 11")]
    assert shown == ["一", "二", "１", "①", "②", "ア", "ロ", "十一"]
    body = "".join(para(run("第") + _seq("SEQ 条 \\* DBNUM1") + run("条　" + text))
                   for text in ("停戦は、全線で効力を生ずる。", "捕虜は、全員を交換する。"))
    assert tree(docx(body)) == [("1", "停戦は、全線で効力を生ずる。"),
                                ("2", "捕虜は、全員を交換する。")]


def test_each_footnote_and_endnote_is_a_paragraph_of_the_notes() -> None:
    """Notes whose marks stand inside the points: the marks leave the points' text, and each
    note's text is a note of the point its mark stands in (they ran together as one
    paragraph, "[1] … [2] … [i] …", then went under a footnotes heading in the version's
    notes); a note of two paragraphs stays one note."""
    def mark(ident: int, kind: str = "footnote") -> str:
        return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference '
                f'w:id="{ident}"/></w:r>')

    def note(kind: str, ident: int, *texts: str) -> str:
        first, *more = texts
        return (f'<w:{kind} w:id="{ident}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + first)}'
                f'</w:p>{"".join(para(run(text)) for text in more)}</w:{kind}>')

    footnotes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
                 "</w:p></w:footnote>" + note("footnote", 1, "As drawn on the map in Annex 1.")
                 + note("footnote", 2, "Including volunteer units.",
                        "Civilians are counted apart.") + "</w:footnotes>")
    endnotes = (f'<?xml version="1.0" encoding="UTF-8"?><w:endnotes {_NS}>'
                + note("endnote", 1, "The mandate may be renewed.") + "</w:endnotes>")
    links = (f'<Relationship Id="rIdF" Type="{_TYPE}/footnotes" Target="footnotes.xml"/>'
             f'<Relationship Id="rIdE" Type="{_TYPE}/endnotes" Target="endnotes.xml"/>')
    body = (para(run("The parties stop fire along the line of contact") + mark(1)
                 + run(" from the day of signature."), numbered(1))
            + para(run("All prisoners of war") + mark(2) + run(" are exchanged."), numbered(1))
            + para(run("A mission monitors the line for two years.") + mark(1, "endnote"),
                   numbered(1)))
    read = imported(docx(body, DECIMAL, parts={"word/footnotes.xml": footnotes,
                                               "word/endnotes.xml": endnotes}, links=links))
    assert [(p.number, p.text) for p in read.plan.walk()] == [
        ("1", "The parties stop fire along the line of contact from the day of signature."),
        ("2", "All prisoners of war are exchanged."),
        ("3", "A mission monitors the line for two years.")]
    assert [p.notes for p in read.plan.walk()] == [
        "[1] As drawn on the map in Annex 1.",
        "[2] Including volunteer units. Civilians are counted apart.",
        "[i] The mandate may be renewed."]
    assert read.plan.notes is None
    assert "3 footnote(s) and endnote(s): their marks left out of the text, their text in " \
        "the notes of the point (or before the points, the version's notes) where their " \
        "mark stands" in [f.message for f in read.report.findings]
