"""Word files as the world makes them, not as our fixtures do: numbering reached through a
list style (``numStyleLink``), levels that never restart (``lvlRestart``) or print legal
numbers (``isLgl``), ``Article %1`` with no punctuation, points numbered by ``LISTNUM`` and
``AUTONUM`` fields, a table of contents before the points, pandoc's blank bullet for a list
item's second paragraph, text boxes and ``mc:AlternateContent``, positional tabs, hidden
text, an embedded HTML chunk (``altChunk``) and the Strict Open XML namespace. Each file is
built here, part by part, as those producers write it. Texts are the project's own."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
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
         parts: dict[str, str] | None = None, links: str = "") -> bytes:
    """A .docx of ``body`` with the given numbering and style definitions; ``parts`` are
    written as they are, ``links`` are extra relationships of the document part."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="htm" ContentType="text/html"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/'
            f'relationships"><Relationship Id="rId1" Type="{_TYPE}/officeDocument" '
            'Target="word/document.xml"/></Relationships>'))
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


@pytest.mark.parametrize("text", ["Article %1", "Art. %1", "Clause %1", "Пункт %1"])
def test_a_level_whose_wording_ends_without_punctuation(text: str) -> None:
    """``Article %1`` with Word's tab after it (no full stop): every point is read."""
    numbering = one_list(level(0, "decimal", text), level(1, "decimal", "%2."))
    body = (para(run(POINTS[0]), numbered(1)) + para(run("on land;"), numbered(1, 1))
            + para(run(POINTS[1]), numbered(1)) + para(run(POINTS[2]), numbered(1)))
    assert tree(docx(body, numbering)) == [
        ("1", POINTS[0]), ("1(1)", "on land;"), ("2", POINTS[1]), ("3", POINTS[2])]


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
