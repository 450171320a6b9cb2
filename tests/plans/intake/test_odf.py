"""OpenDocument text drafts (.odt, .fodt) read natively (plans/intake/odf.py): files made by
real clients (LibreOffice from a flat OpenDocument text written here, pandoc from Markdown),
and the strongest check, the same draft as .docx and as .odt importing to the same points."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from plandiff.plans.intake.lines import DraftFormat
from tests.plans.intake.test_word_real_files import docx, para, run

REQUEST = DraftRequest(document="treaty", version="2026-01-01-odf")

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def flat(body: str, styles: str = "", master: str = "", automatic: str = "",
         meta: str = "") -> str:
    """A flat OpenDocument text (.fodt) of ``body`` with the given styles (and properties,
    ``meta``)."""
    spaces = " ".join(f'xmlns:{k}="{v}"' for k, v in _NS.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {spaces} '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            + (f"<office:meta>{meta}</office:meta>" if meta else "")
            + f"<office:styles>{styles}</office:styles>"
            f"<office:automatic-styles>{automatic}</office:automatic-styles>"
            f"<office:master-styles>{master}</office:master-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document>")


def convert(sources: list[Path], target: str, work: Path) -> list[Path]:
    """``sources`` converted by headless LibreOffice (one run) into ``work/out``."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (scripts/setup installs it)"
    out = work / "out"
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out), *map(str, sources)],
                   check=True, capture_output=True, timeout=240)
    made = [out / f"{source.stem}.{target.split(':')[0]}" for source in sources]
    assert all(path.exists() for path in made), made
    return made


def libreoffice_odt(work: Path, body: str, styles: str = "", master: str = "",
                    automatic: str = "", name: str = "draft") -> bytes:
    """LibreOffice's .odt of the flat document."""
    source = work / f"{name}.fodt"
    source.write_text(flat(body, styles, master, automatic), encoding="utf-8")
    return convert([source], "odt", work)[0].read_bytes()


def imported(data: bytes, name: str = "draft.odt") -> ImportedDraft:
    return import_bytes(data, name, Path(name).suffix, REQUEST)


def tree(data: bytes, name: str = "draft.odt") -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported(data, name).plan.walk()]


def item(text: str, start: str = "") -> str:
    return f"<text:list-item{start}><text:p>{text}</text:p></text:list-item>"


# --- lists and headings -----------------------------------------------------------------

LIST_STYLES = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-prefix="("'
    ' style:num-suffix=")" text:start-value="3"/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    '<text:list-level-style-number text:level="3" style:num-format="i" style:num-prefix="("'
    ' style:num-suffix=")"/></text:list-style>')


def test_lists_are_counted_as_libreoffice_shows_them(tmp_path: Path) -> None:
    """A list style's start value, a header item with no number, nested levels as
    sub-points, a list that continues another by its id and an item's own start value."""
    body = (
        '<text:list xml:id="la" text:style-name="L1">'
        "<text:list-header><text:p>Terms used below.</text:p></text:list-header>"
        f"{item('The parties stop all fire at once.')}"
        "<text:list-item><text:p>Heavy weapons move back from the line.</text:p><text:list>"
        f"{item('within ten days of signing;')}"
        "<text:list-item><text:p>under the eye of monitors,</text:p><text:list>"
        f"{item('who report every week.')}</text:list></text:list-item>"
        "</text:list></text:list-item></text:list>"
        "<text:p>A paragraph between the two lists.</text:p>"
        '<text:list text:continue-list="la" text:style-name="L1">'
        f"{item('Prisoners go home, all for all.')}"
        + item("A vote is held within a year.", ' text:start-value="9"') + "</text:list>")
    got = tree(libreoffice_odt(tmp_path, body, LIST_STYLES))
    assert [number for number, _ in got] == ["3", "4", "4(a)", "4(b)", "4(b)(i)", "5", "9"]
    assert got[0][1] == "The parties stop all fire at once."
    assert got[-1][1] == "A vote is held within a year."


def test_continue_numbering_goes_on_from_the_last_list_of_its_style(tmp_path: Path) -> None:
    styles = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
              ' style:num-format="1" style:num-suffix="."/></text:list-style>')
    body = (f'<text:list text:style-name="N">{item("Fire stops on the whole line.")}'
            f'{item("Both sides pull back their guns.")}</text:list>'
            "<text:p>Some words between.</text:p>"
            f'<text:list text:style-name="N" text:continue-numbering="true">'
            f'{item("Monitors watch the line.")}</text:list>'
            f'<text:list text:style-name="N">{item("A new list starts again.")}</text:list>')
    got = tree(libreoffice_odt(tmp_path, body, styles))
    assert [number for number, _ in got] == ["1", "2", "3", "1"]


OUTLINE = (
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:default-outline-level="1"/>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
    'style:family="paragraph" style:default-outline-level="2"/>'
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Article "'
    ' style:num-suffix="."/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    "</text:outline-style>")


def test_headings_numbered_by_the_outline_style(tmp_path: Path) -> None:
    """``Article %1.`` headings over ``1.1`` headings, as LibreOffice numbers them: each
    article's heading is a point, its subsections 1.1 and 1.2 its sub-points, as the same
    document saved as .docx by LibreOffice reads."""
    body = ('<text:h text:style-name="Heading_20_1" text:outline-level="1">Ceasefire</text:h>'
            '<text:h text:style-name="Heading_20_2" text:outline-level="2">Where it holds'
            '</text:h><text:p>Along the whole front line, from the first day.</text:p>'
            '<text:h text:style-name="Heading_20_2" text:outline-level="2">Who watches'
            "</text:h><text:p>A mission of neutral monitors.</text:p>"
            '<text:h text:style-name="Heading_20_1" text:outline-level="1">Elections</text:h>'
            "<text:p>Held within one year of signing.</text:p>")
    source = tmp_path / "outline.fodt"
    source.write_text(flat(body, OUTLINE), encoding="utf-8")
    odt = convert([source], "odt", tmp_path)[0]
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    got = [(p.number, p.title, p.text) for p in imported(odt.read_bytes()).plan.walk()]
    assert [(number, title) for number, title, _ in got] == [
        ("1", "Ceasefire"), ("1.1", None), ("1.2", None), ("2", "Elections")]
    assert got[1][2].startswith("Where it holds")
    assert got == [(p.number, p.title, p.text)
                   for p in imported(word.read_bytes(), word.name).plan.walk()]


def test_a_heading_list_header_shows_no_number_and_restart_sets_it(tmp_path: Path) -> None:
    body = ('<text:h text:outline-level="1" text:is-list-header="true">Preamble</text:h>'
            "<text:p>The parties, wishing for peace, agree as follows.</text:p>"
            '<text:h text:outline-level="1" text:restart-numbering="true" '
            'text:start-value="7">Borders</text:h><text:p>The line is fixed as it is now.'
            '</text:p><text:h text:outline-level="1">Sanctions</text:h>'
            "<text:p>They are lifted in stages.</text:p>")
    got = imported(libreoffice_odt(tmp_path, body, OUTLINE))
    assert [(p.number, p.title) for p in got.plan.walk()] == [
        ("7", "Borders"), ("8", "Sanctions")]


def test_the_number_the_file_writes_is_used_when_the_count_differs() -> None:
    """``text:number``: what the file shows its reader wins over the style's count."""
    styles = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
              ' style:num-format="1" style:num-suffix="."/></text:list-style>')
    body = ('<text:list text:style-name="N">'
            "<text:list-item><text:p><text:number>4.</text:number>The line is fixed.</text:p>"
            "</text:list-item><text:list-item><text:p><text:number>5.</text:number>"
            "Guns move back.</text:p></text:list-item></text:list>")
    got = tree(flat(body, styles).encode(), "draft.fodt")
    assert got == [("4", "The line is fixed."), ("5", "Guns move back.")]


def test_numbered_paragraphs_outside_a_list_are_points() -> None:
    """``text:numbered-paragraph`` (ODF 1.2's numbered paragraph outside a ``text:list``)
    holds its paragraph, numbered by its list's style at its ``text:level`` (counted per
    ``text:list-id``, ``text:start-value`` setting the count) or as its ``text:number`` says:
    its text was left out, so the points it numbers were lost."""
    body = ('<text:numbered-paragraph text:list-id="list7" text:style-name="N" '
            'text:start-value="12"><text:number>12.</text:number><text:p>Frozen assets fund '
            "the reconstruction.</text:p></text:numbered-paragraph>"
            '<text:numbered-paragraph text:list-id="list7" text:style-name="N">'
            "<text:p>Reconstruction is overseen by a board.</text:p></text:numbered-paragraph>"
            '<text:numbered-paragraph text:list-id="list7" text:style-name="N" text:level="2">'
            "<text:p>The board meets every quarter.</text:p></text:numbered-paragraph>"
            "<text:numbered-paragraph><text:number>14.</text:number><text:h>Sanctions are "
            "lifted in stages.</text:h></text:numbered-paragraph>")
    levels = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
              ' style:num-format="1" style:num-suffix="."/><text:list-level-style-number '
              'text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>')
    assert tree(flat(body, levels).encode(), "draft.fodt") == [
        ("12", "Frozen assets fund the reconstruction."),
        ("13", "Reconstruction is overseen by a board."),
        ("13(a)", "The board meets every quarter."),
        ("14", "Sanctions are lifted in stages.")]


# --- the same draft as .docx and as .odt ------------------------------------------------

_JA_STYLES = (
    '<text:list-style style:name="J"><text:list-level-style-number text:level="1" '
    'style:num-format="1, 2, 3, ..." style:num-prefix="第" style:num-suffix="条"/>'
    '<text:list-level-style-number text:level="2" style:num-format="1, 2, 3, ..." '
    'style:num-suffix="．"/></text:list-style>')
"""第１条 over １．, ２． (LibreOffice's name for full-width digits is ``1, 2, 3, ...``)."""
_UK_STYLES = (
    '<text:list-style style:name="U"><text:list-level-style-number text:level="1" '
    'style:num-format="1" style:num-prefix="Стаття " style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix=")"/>'
    "</text:list-style>")


def _nested(style: str, points: list[tuple[str, list[str]]]) -> str:
    items = "".join(
        f"<text:list-item><text:p>{text}</text:p>"
        + (f"<text:list>{''.join(item(sub) for sub in subs)}</text:list>" if subs else "")
        + "</text:list-item>" for text, subs in points)
    return f'<text:list text:style-name="{style}">{items}</text:list>'


DRAFTS = {
    "japanese": (_JA_STYLES, _nested("J", [
        ("両国は、全ての戦線で直ちに射撃を止める。", ["重火器は十日以内に後退させる。",
                                                   "監視団がその履行を確かめる。"]),
        ("捕虜は全員を相互に引き渡す。", []),
        ("選挙は署名から一年以内に行う。", [])])),
    "ukrainian": (_UK_STYLES, _nested("U", [
        ("Сторони негайно припиняють вогонь на всій лінії.",
         ["важка зброя відводиться протягом десяти днів;",
          "відведення перевіряє місія спостерігачів."]),
        ("Полонених обмінюють за принципом усіх на всіх.", []),
        ("Вибори проводять протягом року після підписання.", [])])),
    "english": (LIST_STYLES, _nested("L1", [
        ("The parties stop firing along the whole line.",
         ["heavy guns move back within ten days;", "monitors check that they have."]),
        ("Prisoners are exchanged, all for all.", []),
        ("Elections take place within a year of signing.", [])])),
}


NUMBERS = {"japanese": ["1", "1(1)", "1(2)", "2", "3"],
           "ukrainian": ["1", "1(1)", "1(2)", "2", "3"],
           "english": ["3", "3(a)", "3(b)", "4", "5"]}


@pytest.mark.parametrize("language", sorted(DRAFTS))
def test_the_same_draft_as_docx_odt_and_fodt_imports_to_the_same_points(
        tmp_path: Path, language: str) -> None:
    """One flat document, converted by LibreOffice to .docx and to .odt: the .docx reader and
    the .odt reader (and the .fodt itself) give the same points, numbers and text."""
    styles, body = DRAFTS[language]
    source = tmp_path / f"{language}.fodt"
    source.write_text(flat(body, styles), encoding="utf-8")
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    odt = convert([source], "odt", tmp_path)[0]
    from_word = tree(word.read_bytes(), word.name)
    assert len(from_word) == 5, from_word  # three points, two sub-points
    assert tree(odt.read_bytes(), odt.name) == from_word
    assert tree(source.read_bytes(), source.name) == from_word
    assert [number for number, _ in from_word] == NUMBERS[language]
    unknown = [f.message for f in imported(odt.read_bytes()).report.findings
               if "does not know" in f.message]
    assert not unknown  # every format known, as the .docx reader knows Word's


def test_word_numbering_formats_saved_as_odt_read_as_the_docx(tmp_path: Path) -> None:
    """Word's Japanese and Russian list formats, saved as .odt by LibreOffice (which names
    them in its own way: ``壱, 弐, 参, ...``, ``А, Б, .., Аа, Аб, ... (ru)``, ``1, 2, 3, ...``
    for full-width digits): the .odt reads as the .docx."""
    from tests.plans.intake.test_word_numbering_formats import _word

    formats = ("japaneseLegal", "russianUpper", "russianLower", "decimalFullWidth",
               "aiueoFullWidth", "irohaFullWidth", "ideographTraditional",
               "decimalEnclosedCircle")
    sources = []
    for fmt in formats:
        sources.append(tmp_path / f"{fmt}.docx")
        sources[-1].write_bytes(_word(fmt, "%2."))
    for source, odt in zip(sources, convert(sources, "odt", tmp_path), strict=True):
        assert tree(odt.read_bytes(), odt.name) == tree(source.read_bytes(), source.name), \
            source.name


def test_pandoc_odt_and_libreoffice_odt_of_a_docx_read_as_the_docx(tmp_path: Path) -> None:
    """Markdown made into .docx and .odt by pandoc, and the .docx into .odt by LibreOffice."""
    source = tmp_path / "plan.md"
    source.write_text("# Draft plan\n\n## Part one\n\n1. Fire stops along the line.\n"
                      "2. Guns move back.\n    a. within ten days;\n    b. under watch.\n"
                      "3. Prisoners are swapped.\n\nWords between the lists.\n\n"
                      "4. A vote follows within a year.[^1]\n\n[^1]: A note on the vote.\n",
                      encoding="utf-8")
    pandoc = shutil.which("pandoc")
    assert pandoc, "pandoc is needed (scripts/setup installs it)"
    word, own = tmp_path / "plan.docx", tmp_path / "pandoc.odt"
    for target in (word, own):
        subprocess.run([pandoc, str(source), "-o", str(target)], check=True, timeout=120)
    office = convert([word], "odt", tmp_path)[0]
    expected = tree(word.read_bytes(), word.name)
    assert [number for number, _ in expected] == ["1", "2", "2(a)", "2(b)", "3", "4"]
    assert tree(own.read_bytes(), own.name) == expected
    assert tree(office.read_bytes(), office.name) == expected
    for data in (own.read_bytes(), office.read_bytes()):
        draft = imported(data)
        last = list(draft.plan.walk())[-1]
        assert last.notes == "[1] A note on the vote."  # the note of the point it is on
        assert "note" not in last.text
        assert draft.plan.title == "Draft plan"


# --- text inside paragraphs ---------------------------------------------------------------

NUMBERED = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
            ' style:num-format="1" style:num-suffix="."/></text:list-style>')


def test_spans_spaces_tabs_breaks_links_bookmarks_and_fields(tmp_path: Path) -> None:
    body = ('<text:list text:style-name="N"><text:list-item><text:p>Fire <text:span>stops'
            '</text:span> on<text:s text:c="2"/>the <text:a xlink:type="simple" '
            'xlink:href="https://example.org/line">whole line</text:a><text:bookmark '
            'text:name="b1"/> from <text:date text:fixed="true" text:date-value="2026-05-01">'
            "1 May 2026</text:date>.</text:p></text:list-item><text:list-item><text:p>Guns "
            "move back:<text:tab/>heavy ones first<text:line-break/>and the rest after."
            "</text:p></text:list-item><text:list-item><text:p>Prisoners are swapped."
            "</text:p></text:list-item></text:list>")
    source = tmp_path / "inline.fodt"
    source.write_text(flat(body, NUMBERED), encoding="utf-8")
    odt = convert([source], "odt", tmp_path)[0]
    shown = convert([odt], "txt", tmp_path / "text")[0].read_text(encoding="utf-8-sig")
    got = tree(odt.read_bytes())
    assert [number for number, _ in got] == ["1", "2", "3"]
    first = got[0][1]  # the date as LibreOffice shows the field, the spaces as they are
    assert first.startswith("Fire stops on the whole line from ") and f"{first[:-1]}" in \
        " ".join(shown.split()), (first, shown)
    assert got[1][1] == "Guns move back: heavy ones first and the rest after."


def test_footnotes_and_endnotes_are_kept_out_of_the_points_text(tmp_path: Path) -> None:
    def note(kind: str, ident: str, mark: str, text: str) -> str:
        return (f'<text:note text:id="{ident}" text:note-class="{kind}"><text:note-citation>'
                f"{mark}</text:note-citation><text:note-body><text:p>{text}</text:p>"
                "</text:note-body></text:note>")

    body = (f'<text:list text:style-name="N"><text:list-item><text:p>Fire stops at once.'
            f'{note("footnote", "f1", "1", "As agreed in the talks of May.")}</text:p>'
            "</text:list-item><text:list-item><text:p>Guns move back."
            f'{note("endnote", "e1", "i", "The list of weapons is attached.")}</text:p>'
            f"</text:list-item>{item('Prisoners are swapped.')}</text:list>")
    draft = imported(libreoffice_odt(tmp_path, body, NUMBERED))
    assert [(p.number, p.text) for p in draft.plan.walk()] == [
        ("1", "Fire stops at once."), ("2", "Guns move back."),
        ("3", "Prisoners are swapped.")]
    assert [p.notes for p in draft.plan.walk()] == [  # each the note of the point it is on
        "[1] As agreed in the talks of May.", "[i] The list of weapons is attached.", None]
    assert any(f.message.startswith("2 footnote(s) and endnote(s): their marks left out")
               for f in draft.report.findings)


def test_comments_go_to_the_notes_not_the_text(tmp_path: Path) -> None:
    body = (f'<text:list text:style-name="N"><text:list-item><text:p>Fire stops at once.'
            "<office:annotation><dc:creator>Ann Reviewer</dc:creator><text:p>Check the date."
            f"</text:p></office:annotation></text:p></text:list-item>"
            f"{item('Guns move back.')}{item('Prisoners are swapped.')}</text:list>")
    draft = imported(libreoffice_odt(tmp_path, body, NUMBERED))
    assert next(p.text for p in draft.plan.walk()) == "Fire stops at once."
    # a point comment (no words covered): where it stands, and its point
    assert "Ann Reviewer, after “Fire stops at once.” in point 1: Check the date." in (
        draft.plan.notes or "")


# --- tables, frames, headers -------------------------------------------------------------

def test_a_table_of_numbers_and_provisions(tmp_path: Path) -> None:
    def cell(text: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>' \
            "</table:table-cell>"

    rows = "".join(f"<table:table-row>{cell(str(n))}{cell(text)}</table:table-row>"
                   for n, text in enumerate(("Fire stops along the line.",
                                             "Guns move back ten kilometres.",
                                             "Prisoners are swapped all for all."), 1))
    body = ('<table:table table:name="T"><table:table-column table:number-columns-repeated='
            f'"2"/>{rows}</table:table>')
    assert tree(libreoffice_odt(tmp_path, body)) == [
        ("1", "Fire stops along the line."), ("2", "Guns move back ten kilometres."),
        ("3", "Prisoners are swapped all for all.")]


def test_a_table_whose_number_column_is_a_numbered_list(tmp_path: Path) -> None:
    """Word's table with a numbered first column, as LibreOffice saves it as .odt."""
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    texts = ("Fire stops along the line.", "Guns move back ten kilometres.",
             "Prisoners are swapped all for all.")
    rows = "".join(f"<w:tr><w:tc><w:p>{numbered}</w:p></w:tc><w:tc>{para(run(text))}</w:tc>"
                   "</w:tr>" for text in texts)
    source = tmp_path / "table.docx"
    source.write_bytes(docx(f"<w:tbl>{rows}</w:tbl><w:p/>", numbering))
    odt = convert([source], "odt", tmp_path)[0]
    expected = [(str(n), text) for n, text in enumerate(texts, 1)]
    assert tree(source.read_bytes(), source.name) == expected
    assert tree(odt.read_bytes(), odt.name) == expected


def test_a_text_box_is_read_after_its_paragraph_and_headers_never(tmp_path: Path) -> None:
    master = ('<style:master-page style:name="Standard"><style:header><text:p>RUNNING HEAD '
              "of the draft</text:p></style:header><style:footer><text:p>Footer line of the "
              "draft</text:p></style:footer></style:master-page>")
    box = ('<draw:frame draw:name="F" text:anchor-type="paragraph" svg:width="8cm" '
           'svg:height="3cm"><draw:text-box><text:list text:style-name="N">'
           f"{item('Guns move back.')}{item('Prisoners are swapped.')}</text:list>"
           "</draw:text-box></draw:frame>")
    body = (f'<text:list text:style-name="N"><text:list-item><text:p>Fire stops at once.'
            f"{box}</text:p></text:list-item></text:list>")
    draft = imported(libreoffice_odt(tmp_path, body, NUMBERED, master))
    texts = [p.text for p in draft.plan.walk()]
    assert "Fire stops at once." in texts and "Guns move back." in texts
    assert "Prisoners are swapped." in texts
    everything = " ".join(texts) + (draft.plan.notes or "")
    assert "RUNNING HEAD" not in everything and "Footer line" not in everything


# --- tracked changes ---------------------------------------------------------------------

def test_tracked_changes_read_with_every_change_accepted_as_in_the_docx(
        tmp_path: Path) -> None:
    """A .docx with a tracked insertion and deletion, saved as .odt by LibreOffice: both
    read as the text with the changes accepted, and the report says so."""
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    when = 'w:author="Bo Editor" w:date="2026-02-01T10:00:00Z"'
    body = (f"<w:p>{numbered}{run('Fire stops ')}<w:del w:id=\"1\" {when}><w:r><w:delText>"
            f"slowly </w:delText></w:r></w:del>{run('along the line')}<w:ins w:id=\"2\" "
            f"{when}>{run(' from the first day')}</w:ins>{run('.')}</w:p>"
            f"<w:p>{numbered}{run('Guns move back.')}</w:p>"
            f"<w:p>{numbered}{run('Prisoners are swapped.')}</w:p>")
    source = tmp_path / "changes.docx"
    source.write_bytes(docx(body, numbering))
    odt = convert([source], "odt", tmp_path)[0]
    expected = [("1", "Fire stops along the line from the first day."),
                ("2", "Guns move back."), ("3", "Prisoners are swapped.")]
    assert tree(source.read_bytes(), source.name) == expected
    assert tree(odt.read_bytes(), odt.name) == expected
    said = [f.message for f in imported(odt.read_bytes()).report.findings
            if "tracked changes" in f.message]
    assert len(said) == 1 and "1 insertion(s), 1 deletion(s)" in said[0], said
    assert "Bo Editor" in said[0]


def test_a_flat_odt_s_deletions_kept_in_place_are_left_out_when_accepted(
        tmp_path: Path) -> None:
    """LibreOffice writes a .fodt's tracked deletions in place, the deleted words in the
    body between ``text:change-start`` and ``text:change-end`` (its .odt keeps them apart in
    the changed region): they were read as text, "slowly" kept and a deleted point read as a
    point. Read accepted, they are left out (a deleted paragraph's break with them); read
    rejected, they stay and the insertions go, as in the .odt and the .docx."""
    from plandiff.plans.intake import RevisionView

    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    when = 'w:author="Bo Editor" w:date="2026-02-01T10:00:00Z"'
    kept = 'xml:space="preserve"'
    body = (f"<w:p>{numbered}</w:pPr>{run('Fire stops ')}<w:del w:id=\"1\" {when}><w:r>"
            f"<w:delText {kept}>slowly </w:delText></w:r></w:del>{run('along the line')}"
            f"<w:ins w:id=\"2\" {when}>{run(' from the first day')}</w:ins>{run('.')}</w:p>"
            f"<w:p>{numbered}<w:rPr><w:del w:id=\"3\" {when}/></w:rPr></w:pPr><w:del "
            f"w:id=\"4\" {when}><w:r><w:delText>Mines stay where they are.</w:delText></w:r>"
            f"</w:del></w:p>"
            f"<w:p>{numbered}</w:pPr>{run('Guns move back.')}</w:p>"
            f"<w:p>{numbered}</w:pPr>{run('Prisoners are swapped.')}</w:p>")
    source = tmp_path / "changes.docx"
    source.write_bytes(docx(body, numbering))
    odt, fodt = (convert([source], kind, tmp_path / kind)[0] for kind in ("odt", "fodt"))
    accepted = [("1", "Fire stops along the line from the first day."),
                ("2", "Guns move back."), ("3", "Prisoners are swapped.")]
    rejected = [("1", "Fire stops slowly along the line."), ("2", "Mines stay where they are."),
                ("3", "Guns move back."), ("4", "Prisoners are swapped.")]
    for path in (source, odt, fodt):
        assert tree(path.read_bytes(), path.name) == accepted, path.name
        back = import_bytes(path.read_bytes(), path.name, path.suffix,
                            replace(REQUEST, view=RevisionView.REJECTED))
        assert [(p.number, p.text) for p in back.plan.walk()] == rejected, path.name


def test_words_inserted_and_deleted_again_are_in_neither_view(tmp_path: Path) -> None:
    """A reviewer deletes words inside another author's insertion (plandiff's own redline
    handed back): LibreOffice keeps one changed region that is both an insertion and a
    deletion. Rejected, the .odt set the words back ("a full lastingceasefire"): they were
    never in the text before the changes. Accepted, they are gone too."""
    from plandiff.plans.intake import RevisionView

    numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    first = 'w:author="plandiff" w:date="2025-02-01T00:00:00Z"'
    second = 'w:author="Olena Kovalenko" w:date="2025-02-10T09:30:00Z"'
    body = (f"<w:p>{numbered}{run('A full ')}<w:ins w:id=\"1\" {first}>{run('and ')}</w:ins>"
            f"<w:ins w:id=\"2\" {first}><w:del w:id=\"3\" {second}><w:r><w:delText>lasting"
            f"</w:delText></w:r></w:del></w:ins><w:ins w:id=\"4\" {second}>{run('durable')}"
            f"</w:ins><w:ins w:id=\"5\" {first}>{run(' ')}</w:ins>{run('ceasefire.')}</w:p>"
            f"<w:p>{numbered}{run('Guns move back.')}</w:p>")
    source = tmp_path / "nested.docx"
    source.write_bytes(docx(body, numbering))
    odt, fodt = (convert([source], kind, tmp_path / kind)[0] for kind in ("odt", "fodt"))
    for path in (source, odt, fodt):
        assert tree(path.read_bytes(), path.name)[0] == ("1", "A full and durable ceasefire."), \
            path.name
        back = import_bytes(path.read_bytes(), path.name, path.suffix,
                            replace(REQUEST, view=RevisionView.REJECTED))
        point = back.plan.points[0]
        assert (point.number, point.text) == ("1", "A full ceasefire."), path.name


# --- detection and broken files -----------------------------------------------------------

def _package(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_an_odt_renamed_or_read_with_from_and_a_template(tmp_path: Path) -> None:
    data = libreoffice_odt(tmp_path, f'<text:list text:style-name="N">{item("Fire stops.")}'
                           f'{item("Guns move back.")}</text:list>', NUMBERED)
    template = convert([tmp_path / "draft.fodt"], "ott", tmp_path)[0].read_bytes()
    assert b"opendocument.text-template" in template[:100]
    assert [n for n, _ in tree(template, "draft.ott")] == ["1", "2"]
    with pytest.raises(InputError, match=r"named \.docx but the content is an OpenDocument"):
        imported(data, "draft.docx")
    again = import_bytes(data, "draft.bin", ".bin", DraftRequest(
        document="treaty", version="2026-01-01-odf", fmt=DraftFormat.ODT))
    assert [p.number for p in again.plan.walk()] == ["1", "2"]


@pytest.mark.parametrize(("parts", "said"), [
    ({"styles.xml": b"<x/>"}, "no content.xml"),
    ({"content.xml": b"<office:document-content"}, "content.xml: not well-formed XML"),
    ({"content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>'},
     "DOCTYPE"),
    ({"META-INF/manifest.xml": b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
      b'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"'
      b'><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry>'
      b"</manifest:manifest>", "content.xml": bytes(range(256))},
     "password-protected"),
])
def test_a_broken_odt_is_one_line_naming_the_file(parts: dict[str, bytes], said: str) -> None:
    with pytest.raises(InputError) as caught:
        imported(_package(parts), "broken.odt")
    message = str(caught.value)
    assert said in message and "broken.odt" in message and "\n" not in message.strip()


def test_a_broken_flat_file_and_a_flat_spreadsheet(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"broken\.fodt.*line 1"):
        imported(flat("<text:p>Fire stops.</text:p>").encode()[:-40], "broken.fodt")
    sheet = flat("").replace("opendocument.text", "opendocument.spreadsheet")
    with pytest.raises(InputError, match="flat OpenDocument spreadsheet"):
        imported(sheet.encode(), "sheet.fods")


def test_typed_numbers_indents_and_superscript_marks_read_as_in_the_docx(
        tmp_path: Path) -> None:
    """A Word file typed by hand (``1⇥`` numbers, a bold title line, a lead-in over indented
    paragraphs, ``10(a)⇥`` and ``[4]⇥`` numbers, a superscript note mark and its note typed
    at the end), saved as .odt by LibreOffice: the .odt reads as the .docx."""
    def bold(text: str) -> str:
        return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'

    tab, brk = "<w:r><w:tab/></w:r>", "<w:r><w:br/></w:r>"
    sup = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'
    indent = '<w:ind w:left="720"/>'
    body = "".join((
        para(run("1") + tab + bold("Ceasefire") + brk + run("The parties stop firing.")),
        para(run("2") + tab + run("Both sides pull back their guns by 30") + sup
             + run(" km, as follows:")),
        para(run("Each side withdraws its forces."), indent),
        para(run("Each side frees its prisoners."), indent),
        para(run("3") + tab + run("Prisoners are swapped, all for all.")),
        para(run("3(a)") + tab + run("A clause written with its full number.")),
        para(run("[4]") + tab + run("A number an editor put in brackets.")),
        para(run("1 A note typed at the end, as in a copy of a PDF."))))
    source = tmp_path / "typed.docx"
    source.write_bytes(docx(body))
    odt = convert([source], "odt", tmp_path)[0]
    expected = tree(source.read_bytes(), source.name)
    assert expected[1:4] == [("2", "Both sides pull back their guns by 30 km, as follows:"),
                             ("2.1", "Each side withdraws its forces."),
                             ("2.2", "Each side frees its prisoners.")]
    assert [number for number, _ in expected] == ["1", "2", "2.1", "2.2", "3", "3(a)", "4"]
    assert tree(odt.read_bytes(), odt.name) == expected
    assert "A note typed at the end" in (imported(odt.read_bytes()).plan.notes or "")


def test_a_table_of_contents_and_a_ruby_reading_are_left_out(tmp_path: Path) -> None:
    """A generated table of contents (its lines are no points), a section, a ruby's reading
    and a soft page break inside a paragraph, as LibreOffice saves them: as the .docx."""
    toc = ('<text:table-of-content text:name="C"><text:table-of-content-source '
           'text:outline-level="3"/><text:index-body><text:p text:style-name="Contents_20_1">'
           "Article 1. Ceasefire<text:tab/>1</text:p><text:p text:style-name="
           '"Contents_20_1">Article 2. Prisoners<text:tab/>1</text:p></text:index-body>'
           "</text:table-of-content>")
    styles = OUTLINE + ('<style:style style:name="Contents_20_1" style:display-name='
                        '"Contents 1" style:family="paragraph"/>')
    body = (f'{toc}<text:section text:name="S"><text:h text:style-name="Heading_20_1" '
            'text:outline-level="1">Ceasefire</text:h><text:p>The parties stop <text:ruby>'
            "<text:ruby-base>停戦</text:ruby-base><text:ruby-text>ていせん</text:ruby-text>"
            "</text:ruby> firing.<text:soft-page-break/> All along the line.</text:p>"
            '</text:section><text:h text:style-name="Heading_20_1" text:outline-level="1">'
            "Prisoners</text:h><text:p>All for all, within a month.</text:p>")
    source = tmp_path / "contents.fodt"
    source.write_text(flat(body, styles), encoding="utf-8")
    odt = convert([source], "odt", tmp_path)[0]
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    got = tree(odt.read_bytes())
    assert got == [("1", "The parties stop 停戦 firing. All along the line."),
                   ("2", "All for all, within a month.")]
    assert got == tree(word.read_bytes(), word.name)


def test_a_nested_list_with_a_style_of_its_own_is_numbered_by_it(tmp_path: Path) -> None:
    """pandoc writes each nested list with a list style of its own (a numbered list inside
    a bulleted one); LibreOffice numbers it by that style (1., 2.), as the .docx reads."""
    source = tmp_path / "nested.md"
    source.write_text("- The parties agree on these steps:\n    1. fire stops on the line;\n"
                      "    2. guns move back.\n- Talks go on in Geneva.\n", encoding="utf-8")
    pandoc = shutil.which("pandoc")
    assert pandoc, "pandoc is needed (scripts/setup installs it)"
    word, own = tmp_path / "nested.docx", tmp_path / "nested.odt"
    for target in (word, own):
        subprocess.run([pandoc, str(source), "-o", str(target)], check=True, timeout=120)
    request = DraftRequest(document="treaty", version="2026-01-01-odf", fmt=None)
    expected = [(p.number, p.text) for p in import_bytes(
        word.read_bytes(), word.name, ".docx", request).plan.walk()]
    assert ("1", "fire stops on the line;") in expected and ("2", "guns move back.") in expected
    assert tree(own.read_bytes(), own.name) == expected


def test_diff_reads_odt_and_fodt_drafts_directly(tmp_path: Path, cli: Callable[..., Any]) -> None:
    """``plandiff diff old.odt new.fodt`` imports both in memory, as it does a .docx."""
    old = tmp_path / "old.odt"
    old.write_bytes(libreoffice_odt(tmp_path, f'<text:list text:style-name="N">'
                                    f'{item("The army is capped at 600,000.")}'
                                    f'{item("Elections within 100 days.")}</text:list>',
                                    NUMBERED))
    new = tmp_path / "new.fodt"
    new.write_text(flat(f'<text:list text:style-name="N">{item("The army is capped at 800,000.")}'
                        f'{item("Elections within 100 days.")}</text:list>', NUMBERED),
                   encoding="utf-8")
    run = cli("diff", str(old), str(new))
    assert run.code == 0, run.err
    assert run.err.count("imported in memory as a odt draft") == 2, run.err
    assert "1 modified" in run.out and "1 unchanged" in run.out, run.out


def test_hidden_text_is_left_out_and_counted_as_in_the_docx(tmp_path: Path) -> None:
    """Text formatted hidden in Word (``w:vanish``), saved as .odt by LibreOffice
    (``text:display="none"``): left out of the points and counted in the report."""
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> a hidden aside</w:t></w:r>'
    body = (para(run("1. Fire stops along the line.") + hidden) + para(run("2. Guns move back."))
            + para(hidden) + para(run("3. Prisoners are swapped.")))
    source = tmp_path / "hidden.docx"
    source.write_bytes(docx(body))
    odt = convert([source], "odt", tmp_path)[0]
    expected = [("1", "Fire stops along the line."), ("2", "Guns move back."),
                ("3", "Prisoners are swapped.")]
    assert tree(source.read_bytes(), source.name) == expected
    assert tree(odt.read_bytes(), odt.name) == expected
    said = [f.message for f in imported(odt.read_bytes()).report.findings if "hidden" in f.message]
    assert said and said[0].startswith("2 run(s) of text formatted hidden"), said


def _numbered_docx(body: str) -> bytes:
    numbering = ('<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    return docx(body, numbering)


NUMBERED_PARAGRAPH = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'


def test_a_content_control_showing_its_placeholder_adds_no_text(tmp_path: Path) -> None:
    """A Word form's control still showing its prompt, as LibreOffice saves it in an .odt
    (``loext:content-control`` showing its place-holder): the prompt is not the draft's."""
    control = ('<w:sdt><w:sdtPr>{}</w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>')
    body = (para(run("Fire stops along the whole line") + control.format("", run(" on 1 May"))
                 + control.format("<w:showingPlcHdr/>", run(" Click or tap to enter a date."))
                 + run("."), NUMBERED_PARAGRAPH)
            + para(run("Prisoners are swapped, all for all."), NUMBERED_PARAGRAPH))
    source = tmp_path / "form.docx"
    source.write_bytes(_numbered_docx(body))
    odt = convert([source], "odt", tmp_path)[0]
    expected = [("1", "Fire stops along the whole line on 1 May."),
                ("2", "Prisoners are swapped, all for all.")]
    assert tree(source.read_bytes(), source.name) == expected
    assert tree(odt.read_bytes(), odt.name) == expected


def test_a_list_item_whose_text_is_all_hidden_is_not_counted(tmp_path: Path) -> None:
    """As the .docx reader reads it: a numbered paragraph holding only hidden text shows
    nothing and takes no number."""
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>An item hidden from view.</w:t></w:r>'
    body = (para(run("Fire stops along the whole line."), NUMBERED_PARAGRAPH)
            + para(hidden, NUMBERED_PARAGRAPH)
            + para(run("Prisoners are swapped, all for all."), NUMBERED_PARAGRAPH))
    source = tmp_path / "hidden-item.docx"
    source.write_bytes(_numbered_docx(body))
    odt = convert([source], "odt", tmp_path)[0]
    expected = tree(source.read_bytes(), source.name)
    assert [number for number, _ in expected] == ["1", "2"]
    assert tree(odt.read_bytes(), odt.name) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Framework Agreement on Peace", "Framework Agreement on Peace"),
    ("Memo", "treaty 2026-01-01-odf"),
])
def test_a_paragraph_reading_the_title_property_is_the_title(title: str, expected: str) -> None:
    """The document's Title property (``dc:title`` in its meta) read by a plain paragraph
    before the points (LibreOffice's copy of a Word cover page) is the version's title; a
    property no paragraph reads changes nothing."""
    body = ("<text:p>Ministry of Foreign Affairs</text:p><text:p><text:text-input>Framework "
            'Agreement on Peace</text:text-input></text:p><text:list text:style-name="N">'
            + item("The parties stop fire.") + item("Prisoners are exchanged.") + "</text:list>")
    styles = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
              ' style:num-format="1" style:num-suffix="."/></text:list-style>')
    read = imported(flat(body, styles, meta=f"<dc:title>{title}</dc:title>").encode(),
                    "draft.fodt")
    assert read.plan.title == expected
    assert [p.text for p in read.plan.walk()] == ["The parties stop fire.",
                                                  "Prisoners are exchanged."]


@pytest.mark.parametrize(("paragraph", "title"), [
    ("<text:title>Framework Agreement on Peace</text:title>", "Framework Agreement on Peace"),
    ("See the <text:title>Framework Agreement on Peace</text:title> annex.", None),
])
def test_a_paragraph_showing_the_title_field_is_the_title(paragraph: str,
                                                          title: str | None) -> None:
    """A cover page showing the document's title through LibreOffice's Title field
    (``text:title``): the version's title, as a Word cover page's bound title is (the field
    was left out, the title lost). A paragraph citing the title among other words is text."""
    body = (f"<text:p>Ministry of Foreign Affairs</text:p><text:p>{paragraph}</text:p>"
            '<text:list text:style-name="N">' + item("The parties stop fire.")
            + item("Prisoners are exchanged.") + "</text:list>")
    styles = ('<text:list-style style:name="N"><text:list-level-style-number text:level="1"'
              ' style:num-format="1" style:num-suffix="."/></text:list-style>')
    read = imported(flat(body, styles).encode(), "draft.fodt")
    assert read.plan.title == (title or "treaty 2026-01-01-odf")
    assert [p.text for p in read.plan.walk()] == ["The parties stop fire.",
                                                  "Prisoners are exchanged."]
    assert ("annex" in (read.plan.notes or "")) == (title is None)
