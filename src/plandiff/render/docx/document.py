"""A Word document under construction: paragraphs, tables, comments, and the fixed parts
(styles, settings, fonts, properties) every plandiff .docx carries.

Fonts: Noto Sans for Latin and Cyrillic (Debian ``fonts-noto-core``) and IPAexGothic for
Japanese (``fonts-ipaexfont-gothic``), named in the document defaults and the font table;
every run carries ``w:lang`` with the plan's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plandiff._text import is_cjk_language
from plandiff.render.docx.ooxml import (
    R,
    W,
    el,
    package,
    plain,
    root,
    serialise,
    sub,
    text_element,
)

if TYPE_CHECKING:
    from plandiff.render.docx.ooxml import Element

LATIN_FONT = "Noto Sans"
EAST_ASIAN_FONT = "IPAexGothic"
_REGIONS = {"en": "en-US", "ja": "ja-JP", "uk": "uk-UA", "ru": "ru-RU", "zh": "zh-CN",
            "ko": "ko-KR", "de": "de-DE", "fr": "fr-FR"}
POINT_STYLES = 6
"""Point paragraph styles ``Point``, ``Point 2`` ... ``Point 6`` (indent by depth)."""

_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def word_lang(language: str) -> str:
    """A plan language as Word writes it (``ja`` → ``ja-JP``)."""
    base = language.split("-", 1)[0].lower()
    return language if "-" in language else _REGIONS.get(base, language)


def lang_element(language: str) -> Element:
    """``w:lang`` for a run of text in ``language`` (East Asian slot for CJK)."""
    tag = word_lang(language)
    if is_cjk_language(language):
        return el("w:lang", {"w:val": "en-US", "w:eastAsia": tag})
    return el("w:lang", {"w:val": tag, "w:eastAsia": "ja-JP"})


@dataclass
class Comment:
    """One Word comment (a meaning-shift flag)."""

    id: int
    author: str
    date: str
    text: str


@dataclass
class Document:
    """The body and comments of a document being written, in ``language``."""

    language: str
    body: list[Element] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    # ----------------------------------------------------------------- runs and paragraphs

    def run_props(self, *, bold: bool = False, italic: bool = False, size: int | None = None,
                  language: str | None = None, mark: str | None = None) -> Element:
        """Run properties, in the order the schema requires (b, i, strike, color, sz, u,
        lang): Word refuses a file whose properties are out of order."""
        props = el("w:rPr")
        if bold:
            sub(props, "w:b")
        if italic:
            sub(props, "w:i")
        if mark == "deleted":
            sub(props, "w:strike")
        if mark is not None:
            sub(props, "w:color", {"w:val": "B00020" if mark == "deleted" else "1B5E20"})
        if size is not None:
            sub(props, "w:sz", {"w:val": size})
        if mark == "inserted":
            sub(props, "w:u", {"w:val": "single"})
        props.append(lang_element(language or self.language))
        return props

    def run(self, text: str, *, deleted: bool = False, bold: bool = False,
            italic: bool = False, size: int | None = None, language: str | None = None,
            mark: str | None = None) -> Element:
        """One run; tabs become ``w:tab`` and line breaks ``w:br``. ``mark`` formats (not
        tracks) a change: ``deleted`` (struck through, red) or ``inserted`` (underlined,
        green)."""
        props = self.run_props(bold=bold, italic=italic, size=size, language=language,
                               mark=mark)
        node = el("w:r", None, props)
        tag = "w:delText" if deleted else "w:t"
        for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n")
                                     .split("\n")):
            if index:
                sub(node, "w:br")
            for part_index, part in enumerate(line.split("\t")):
                if part_index:
                    sub(node, "w:tab")
                if part:
                    node.append(text_element(tag, part))
        return node

    def paragraph(self, style: str | None = None, *content: Element,
                  mark: Element | None = None, page_break: bool = False) -> Element:
        """A paragraph; ``mark`` is a revision element on its paragraph mark."""
        props = el("w:pPr")
        if style:
            sub(props, "w:pStyle", {"w:val": style})
        if page_break:
            sub(props, "w:pageBreakBefore")
        if mark is not None:
            props.append(el("w:rPr", None, mark))
        node = el("w:p", None, props)
        for child in content:
            node.append(child)
        return node

    def add(self, node: Element) -> Element:
        self.body.append(node)
        return node

    def text(self, text: str, style: str | None = None, *, bold: bool = False) -> Element:
        """Add a paragraph of plain text."""
        return self.add(self.paragraph(style, self.run(text, bold=bold)))

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str | Sequence[Element]]],
              widths: Sequence[int] | None = None) -> Element:
        """Add a table with a bold, repeated header row (widths in twentieths of a point)."""
        grid = el("w:tblGrid")
        columns = len(header)
        sizes = list(widths) if widths else [9000 // columns] * columns
        for width in sizes:
            sub(grid, "w:gridCol", {"w:w": width})
        table = el("w:tbl", None, el("w:tblPr", None, el("w:tblStyle", {"w:val": "Grid"}),
                                     el("w:tblW", {"w:w": 0, "w:type": "auto"})), grid)

        def row(cells: Sequence[str | Sequence[Element]], head: bool) -> Element:
            node = el("w:tr", None, el("w:trPr", None, el("w:tblHeader")) if head else None)
            for width, value in zip(sizes, cells, strict=True):
                cell = el("w:tc", None, el("w:tcPr", None,
                                           el("w:tcW", {"w:w": width, "w:type": "dxa"})))
                runs = [self.run(value, bold=head)] if isinstance(value, str) else value
                cell.append(self.paragraph("TableText", *runs))
                node.append(cell)
            return node

        table.append(row(header, True))
        for cells in rows:
            table.append(row(cells, False))
        self.add(table)
        self.add(self.paragraph(None))
        return table

    def comment(self, author: str, date: str, text: str) -> int:
        """A new comment's id."""
        comment = Comment(len(self.comments), author, date, text)
        self.comments.append(comment)
        return comment.id

    # ------------------------------------------------------------------------ the package

    def to_bytes(self, *, title: str, creator: str, created: dt.datetime,
                 landscape: bool = False, subject: str = "") -> bytes:
        """The whole .docx (deterministic: fixed timestamps, sorted parts); A4, portrait or
        ``landscape``; ``subject`` the Subject property, when given."""
        document = root("w:document", {"w": W, "r": R})
        body = sub(document, "w:body")
        for node in self.body:
            body.append(node)
        body.append(el("w:p"))
        section = sub(body, "w:sectPr")
        sub(section, "w:pgSz", {"w:w": 16838, "w:h": 11906, "w:orient": "landscape"}
            if landscape else {"w:w": 11906, "w:h": 16838})
        sub(section, "w:pgMar", {"w:top": 1134, "w:right": 1134, "w:bottom": 1134,
                                 "w:left": 1134, "w:header": 567, "w:footer": 567,
                                 "w:gutter": 0})
        parts = {
            "[Content_Types].xml": self._content_types(),
            "_rels/.rels": _relationships([
                ("rId1", f"{_OFFICE}/relationships/officeDocument", "word/document.xml"),
                ("rId2", f"{_PKG}/relationships/metadata/core-properties",
                 "docProps/core.xml"),
            ]),
            "docProps/core.xml": _core(title, creator, created, subject),
            "word/document.xml": serialise(document),
            "word/styles.xml": _styles(self.language),
            "word/settings.xml": _settings(),
            "word/fontTable.xml": _fonts(),
            "word/_rels/document.xml.rels": _relationships(self._document_rels()),
        }
        if self.comments:
            parts["word/comments.xml"] = self._comments_part()
        stamp = (max(created.year, 1980), created.month, created.day, 0, 0, 0)
        return package(parts, stamp)

    def _document_rels(self) -> list[tuple[str, str, str]]:
        rels = [("rId1", f"{_OFFICE}/relationships/styles", "styles.xml"),
                ("rId2", f"{_OFFICE}/relationships/settings", "settings.xml"),
                ("rId3", f"{_OFFICE}/relationships/fontTable", "fontTable.xml")]
        if self.comments:
            rels.append(("rId4", f"{_OFFICE}/relationships/comments", "comments.xml"))
        return rels

    def _content_types(self) -> bytes:
        ns = f"{_PKG}/content-types"
        items: list[tuple[str, dict[str, str], str | None]] = [
            (f"{{{ns}}}Default", {"Extension": "rels", "ContentType":
                                  "application/vnd.openxmlformats-package.relationships+xml"},
             None),
            (f"{{{ns}}}Default", {"Extension": "xml", "ContentType": "application/xml"}, None),
        ]
        overrides = [("/word/document.xml", f"{_MAIN_TYPE}.document.main+xml"),
                     ("/word/styles.xml", f"{_MAIN_TYPE}.styles+xml"),
                     ("/word/settings.xml", f"{_MAIN_TYPE}.settings+xml"),
                     ("/word/fontTable.xml", f"{_MAIN_TYPE}.fontTable+xml"),
                     ("/docProps/core.xml",
                      "application/vnd.openxmlformats-package.core-properties+xml")]
        if self.comments:
            overrides.append(("/word/comments.xml", f"{_MAIN_TYPE}.comments+xml"))
        items += [(f"{{{ns}}}Override", {"PartName": name, "ContentType": kind}, None)
                  for name, kind in overrides]
        return plain(f"{{{ns}}}Types", {None: ns}, items)

    def _comments_part(self) -> bytes:
        top = root("w:comments", {"w": W, "r": R})
        for comment in self.comments:
            dated = {"w:date": comment.date} if comment.date else {}  # an undated draft's: none
            node = sub(top, "w:comment", {"w:id": comment.id, "w:author": comment.author,
                                          **dated, "w:initials": "pd"})
            node.append(self.paragraph("CommentText", self.run(comment.text)))
        return serialise(top)


def _relationships(rels: Sequence[tuple[str, str, str]]) -> bytes:
    ns = f"{_PKG}/relationships"
    return plain(f"{{{ns}}}Relationships", {None: ns},
                 [(f"{{{ns}}}Relationship", {"Id": rid, "Type": kind, "Target": target}, None)
                  for rid, kind, target in rels])


def _core(title: str, creator: str, created: dt.datetime, subject: str = "") -> bytes:
    cp = f"{_PKG}/metadata/core-properties"
    dc = "http://purl.org/dc/elements/1.1/"
    terms = "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return plain(f"{{{cp}}}coreProperties", {"cp": cp, "dc": dc, "dcterms": terms, "xsi": xsi}, [
        (f"{{{dc}}}title", {}, title),
        *([(f"{{{dc}}}subject", {}, subject)] if subject else []),
        (f"{{{dc}}}creator", {}, creator),
        (f"{{{terms}}}created", {f"{{{xsi}}}type": "dcterms:W3CDTF"}, stamp),
        (f"{{{terms}}}modified", {f"{{{xsi}}}type": "dcterms:W3CDTF"}, stamp),
    ])


def _settings() -> bytes:
    top = root("w:settings", {"w": W})
    sub(top, "w:defaultTabStop", {"w:val": 567})
    # Word's own mode since Word 2013: without it Word opens the file in Compatibility Mode
    sub(sub(top, "w:compat"), "w:compatSetting",
        {"w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
         "w:val": 15})
    return serialise(top)


def _fonts() -> bytes:
    top = root("w:fonts", {"w": W})
    for name, charset, alt in ((LATIN_FONT, "00", "Arial"),
                               (EAST_ASIAN_FONT, "80", "Yu Gothic")):
        font = sub(top, "w:font", {"w:name": name})
        sub(font, "w:altName", {"w:val": alt})
        sub(font, "w:charset", {"w:val": charset})
        sub(font, "w:family", {"w:val": "swiss"})
    return serialise(top)


def _style(top: Element, kind: str, style_id: str, name: str, *, based: str | None = None,
           paragraph: Element | None = None, run: Element | None = None) -> None:
    style = sub(top, "w:style", {"w:type": kind, "w:styleId": style_id})
    sub(style, "w:name", {"w:val": name})
    if based:
        sub(style, "w:basedOn", {"w:val": based})
    sub(style, "w:qFormat")
    if paragraph is not None:
        style.append(paragraph)
    if run is not None:
        style.append(run)


def _styles(language: str) -> bytes:
    top = root("w:styles", {"w": W})
    defaults = sub(top, "w:docDefaults")
    run = sub(sub(defaults, "w:rPrDefault"), "w:rPr")
    sub(run, "w:rFonts", {"w:ascii": LATIN_FONT, "w:hAnsi": LATIN_FONT, "w:cs": LATIN_FONT,
                          "w:eastAsia": EAST_ASIAN_FONT})
    sub(run, "w:sz", {"w:val": 20})
    run.append(lang_element(language))
    sub(sub(sub(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing",
        {"w:after": 120, "w:line": 264, "w:lineRule": "auto"})
    _style(top, "paragraph", "Normal", "Normal")
    _style(top, "paragraph", "Title", "Title", based="Normal",
           paragraph=el("w:pPr", None, el("w:spacing", {"w:after": 240})),
           run=el("w:rPr", None, el("w:b"), el("w:sz", {"w:val": 32})))
    _style(top, "paragraph", "Subtitle", "Subtitle", based="Normal",
           run=el("w:rPr", None, el("w:sz", {"w:val": 24})))
    for level, size in ((1, 28), (2, 24)):
        _style(top, "paragraph", f"Heading{level}", f"heading {level}", based="Normal",
               paragraph=el("w:pPr", None, el("w:keepNext"),
                            el("w:spacing", {"w:before": 240, "w:after": 120}),
                            el("w:outlineLvl", {"w:val": level - 1})),
               run=el("w:rPr", None, el("w:b"), el("w:sz", {"w:val": size})))
    _style(top, "paragraph", "TableText", "Table Text", based="Normal",
           paragraph=el("w:pPr", None, el("w:spacing", {"w:after": 0})),
           run=el("w:rPr", None, el("w:sz", {"w:val": 18})))
    _style(top, "paragraph", "CommentText", "annotation text", based="Normal")
    for depth in range(POINT_STYLES):
        indent = 567 * (depth + 1)
        _style(top, "paragraph", point_style(depth),
               "Point" if depth == 0 else f"Point {depth + 1}", based="Normal",
               paragraph=el("w:pPr", None,
                            el("w:tabs", None, el("w:tab", {"w:val": "left", "w:pos": indent})),
                            el("w:ind", {"w:left": indent, "w:hanging": 567})))
    _style(top, "table", "Grid", "Table Grid",
           paragraph=None,
           run=None)
    borders = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": 4, "w:space": 0,
                                   "w:color": "808080"})
    grid = top[-1]
    grid.append(el("w:tblPr", None, borders,
                   el("w:tblCellMar", None, el("w:left", {"w:w": 80, "w:type": "dxa"}),
                      el("w:right", {"w:w": 80, "w:type": "dxa"}))))
    return serialise(top)


def point_style(depth: int) -> str:
    """Style id of a point paragraph at ``depth`` (deeper levels share the last style)."""
    level = min(depth, POINT_STYLES - 1)
    return "Point" if level == 0 else f"Point{level + 1}"
