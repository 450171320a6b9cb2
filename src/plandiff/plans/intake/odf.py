"""OpenDocument text drafts (LibreOffice's and OpenOffice's .odt, and the same saved as one
flat XML file, .fodt) → lines, read as the Word reader (:mod:`.docx`) reads a .docx.

An .odt is a zip of XML parts, read through the Word reader's package class (the unpacking
budget, the safe XML adapter :func:`plandiff.xmlio.parse_untrusted`: no DTD, no entities, no
network, UTF-8 only); a .fodt is the same parts in one ``office:document``. A package whose
manifest says its parts are encrypted (saved with a password) is refused with a line that
says how to save it without one. The file's last save and creation (``meta.xml``) date a
draft read without a date, as a Word file's do.

The body (``office:text``) is read in order: paragraphs and headings, lists, tables (row by
row, a row of a number and a provision as one point), sections and text boxes (a frame's
paragraphs after the paragraph it is anchored in). Spans, links, bookmarks and fields are
read as the text they show (text formatted hidden, ``text:display="none"``, left out and
counted in the report, as Word's hidden text is, a list item holding only hidden text not
counted; a Word form's control showing its prompt left out), ``text:s`` as its spaces, a tab as a
tab (a number typed before it is a point's marker, as in Word), a line break starts a new
line, soft hyphens vanish.
Footnotes and endnotes are kept out of the text and put after it under the footnotes
heading (``[1] text``, under the mark LibreOffice shows), reviewers' comments
(``office:annotation``) go to the end of the version's notes, a ruby's reading and the
generated body of a table of contents or an index are left out. Headers and footers live in
the master pages of the styles, never in the body, so they never reach the text.

Tracked changes are read as the .docx ones are: with every change accepted, or rejected as
``--view rejected`` asks (:mod:`.odfrevisions`). An .odt's body holds the inserted text and
only a mark where text was deleted (the deleted text is kept apart in ``text:tracked-changes``,
read only to reject the changes); a .fodt LibreOffice writes keeps its deleted text in place
too, between the marks of its deletion, taken out when the changes are read accepted. The
report says so, with the number of changes and their authors.

Numbering is worked out as LibreOffice shows it (:mod:`.odfstyles`): a list's style gives
each level its format, prefix, suffix, display-levels and start; a list continues another
named by ``text:continue-list`` or, with ``text:continue-numbering``, the last list of its
style; a list nested with a style of its own is numbered by that style, counting on its
own; an item's ``text:start-value`` sets its number; a ``text:list-header`` shows none; a
``text:numbered-paragraph`` is an item of the list its ``text:list-id`` names;
an item holding only a deeper list does not count at its own level. Headings are numbered by
the outline style (``Article %1``, ``%1.``, ``1.1``), ``text:is-list-header`` and
``text:restart-numbering`` as LibreOffice reads them. Where the file itself writes the
number shown (``text:number``) and it differs from the count, the number written is used: it
is what the reader of the file saw. The markers the parser is shown are the Word reader's
(:func:`~.docxnumbering.marker`). The document's language settings are not read: as for a
.docx, the parser tells the language from the letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from plandiff._text import HAN, HANGUL, KANA, class_body, merged
from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.comparison import comparison_table, stacked_header, unchosen_problem
from plandiff.plans.intake.dating import odf_dates
from plandiff.plans.intake.docxnumbering import Level, format_number, marker, unknown_formats
from plandiff.plans.intake.docxpackage import Archive
from plandiff.plans.intake.lines import (
    POINT_NOTE,
    SECTION_BREAK,
    AuthorChanges,
    DraftFormat,
    DraftLines,
    Line,
    RevisionView,
    by_author,
    commented_rows,
    head_line,
    numbered_provision,
    row_line,
    titled_rows,
)
from plandiff.plans.intake.notemarks import pasted_footnotes, superscript_mark
from plandiff.plans.intake.odfrevisions import accept_changes, reject_changes
from plandiff.plans.intake.odfstyles import OFFICE, TEXT, Counter, Styles, read_styles
from plandiff.plans.intake.officetext import (
    CONTENTS_STYLE,
    LISTED_NUMBER,
    broken_words_joined,
    comment_line,
    comment_place,
    commented_note,
    commented_notes,
    commented_paragraph,
    figure_line,
    figure_row,
    first_heading_as_title,
    indent_pad,
    notes_kept_out,
    paragraph_lines,
    property_title,
    provision_paragraphs,
    quote_style,
    quoted_note,
    style_heading,
    titled_paragraphs,
    unstable_note,
    with_notes,
    without_furniture,
)
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.intake.titlelooks import LOOKED, Look, typed_title_lines
from plandiff.xmlio import XmlInputError, children, namespace, parse_untrusted, walk
from plandiff.xmlio import local_name as local

__all__ = ["read_odf"]

_TEXT_NS = TEXT.strip("{}")
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_DC = "{http://purl.org/dc/elements/1.1/}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
"""LibreOffice's extension namespace (``loext:resolved``, a comment marked resolved;
``loext:parent-name``, the comment a reply answers)."""
_WHITE = re.compile(r"[ \t\r\n]{2,}|[\t\r\n]")
"""White space in the text of a paragraph, which OpenDocument reads as one space (a run of
spaces is written ``text:s``, a tab ``text:tab``, a line break ``text:line-break``)."""

_UNSTABLE = {"page-number": "PAGE", "page-count": "NUMPAGES", "page-continuation": "PAGE",
             "date": "DATE", "time": "TIME", "print-date": "PRINTDATE",
             "print-time": "PRINTDATE", "modification-date": "SAVEDATE",
             "modification-time": "SAVEDATE", "editing-duration": "EDITTIME"}
"""The fields whose value LibreOffice works out anew each time it shows or prints the file
(the page's number, the page count, today's date …), by Word's name for them: the value kept
is not the drafter's words; left out and counted (:func:`.officetext.unstable_note`)."""
_LEFT_OUT = frozenset({
    "note", "annotation", "annotation-end", "tracked-changes", "ruby-text", "bookmark",
    "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
    "reference-mark-end", "soft-page-break", "change", "change-start", "change-end",
    "toc-mark", "toc-mark-start", "toc-mark-end", "alphabetical-index-mark",
    "alphabetical-index-mark-start", "alphabetical-index-mark-end", "user-index-mark",
    "user-index-mark-start", "user-index-mark-end", "title", "desc", "sequence-decls",
    "variable-decls", "user-field-decls", "forms", "event-listeners"})
"""Elements whose text is not the draft's, or not in its place: notes (read apart),
comments, the deleted text of tracked changes, a ruby's reading, marks that hold no text,
and declarations (and a frame's ``svg:title``; the ``text:title`` field showing the
document's title is read, as the version's title)."""


def _in_span(span: Any, paragraph: Any) -> bool:
    """Whether ``span`` lies inside another span of ``paragraph``."""
    for up in span.iterancestors():
        if up is paragraph:
            return False
        if local(up) == "span":
            return True
    return False


_CJK = re.compile(f"[{class_body(merged(HAN, KANA, HANGUL))}]")


_INDEXES = frozenset({"table-of-content", "illustration-index", "table-index", "object-index",
                      "user-index", "alphabetical-index", "bibliography"})
"""Generated indexes: a table of contents' lines are not the draft's text."""
_CONTAINERS = frozenset({"section", "text-box", "frame", "index-body", "a",
                         "table-header-rows", "table-rows", "table-row-group",
                         "change-start", "g"})


def _attr(element: Any, name: str, ns: str = TEXT) -> str | None:
    value = element.get(f"{ns}{name}") if element is not None else None
    return str(value) if value is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass
class _Paragraph:
    """What the text walk found in one paragraph."""

    parts: list[str] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    """Whether each piece of the first line's text with letters in it is bold."""
    number: str | None = None
    """The number the file writes as shown (``text:number``)."""
    boxes: list[Any] = field(default_factory=list)
    """Frames and shapes anchored in the paragraph: read after it."""
    broken: bool = False
    """Whether a line break has been met (the text after it is no longer the first line)."""
    titled: str = ""
    """The document's title as a field (``text:title``) in it shows it."""

    def lines(self) -> list[str]:
        return "".join(self.parts).replace("\u00ad", "").split("\n")

    def first_bold(self) -> bool:
        return bool(self.bold) and all(self.bold)


@dataclass
class _List:
    """A list being read: its counter (shared with the lists that continue it), its style
    and how deep the walk is in it."""

    counter: Counter
    style: str | None
    depth: int


@dataclass
class _Reader:
    styles: Styles
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    count: int = 0
    fallback: dict[str, None] = field(default_factory=dict)
    outline: Counter = field(default_factory=Counter)
    by_id: dict[str, Counter] = field(default_factory=dict)
    by_style: dict[str, Counter] = field(default_factory=dict)
    row_number: str = ""
    in_tables: set[int] = field(default_factory=set)
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    """(class, where, ``[mark] text``) of each footnote and endnote, in the body's order."""
    commented: dict[Any, dict[Any, tuple[str, tuple[str, list[str], list[str]]]]] = \
        field(default_factory=dict)
    """The rows of each table met that are numbered provisions with comments beside them,
    by table and row (:func:`~.lines.commented_rows`)."""
    comment_labels: list[str] = field(default_factory=list)
    """The comments' label of each such table (for the report)."""
    table_heads: set[Any] = field(default_factory=set)
    """The header rows of such tables: each read as one line (:func:`~.lines.head_line`)."""
    placed: set[int] = field(default_factory=set)
    """The notes (by index in :attr:`notes`) put under the point whose text holds their
    mark (:meth:`place_notes`); the others go to the version's notes."""
    comments: list[str] = field(default_factory=list)
    titled: dict[Any, dict[Any, tuple[str, str, list[str], list[str]]]] = \
        field(default_factory=dict)
    """The titled points of each table met, by table and row (:func:`~.lines.titled_rows`;
    the elements are held, so each stays the one object lxml gives for it)."""
    figured: dict[Any, bool] = field(default_factory=dict)
    """Whether each table met is a two-column table of figures, by table."""
    anchors: dict[str, str] = field(default_factory=dict)
    """The words each named comment is anchored on (:func:`_annotation_anchors`)."""
    authors: dict[str, str] = field(default_factory=dict)
    """The author of each named comment (:func:`_annotation_authors`)."""
    places: dict[Any, str] = field(default_factory=dict)
    """Where each comment on no words stands, by its element (:func:`_annotation_places`)."""
    hidden: int = 0
    """Runs (spans, paragraphs) of text formatted hidden, left out."""
    unstable: dict[str, int] = field(default_factory=dict)
    """The fields showing a page number, a page count or a date whose kept value was left
    out, by Word's name for them (:data:`_UNSTABLE`)."""
    looks: dict[str, tuple[Look, int]] = field(default_factory=dict)
    """How each of the first paragraphs looks and how many characters it holds, by where it
    is (:meth:`look`): the title typed by hand is told by them."""
    unshown: str = ""
    """The number of the last paragraph read when it holds no text (a table's number
    column: the number LibreOffice shows in an empty numbered cell)."""

    # --- the walk of the body ------------------------------------------------------------

    def block(self, container: Any, within: _List | None = None) -> None:
        """The paragraphs, lists and tables inside ``container``, in order."""
        for element in children(container):
            self.element(element, within)

    def element(self, element: Any, within: _List | None = None) -> None:
        name = local(element)
        if name in ("p", "h"):
            self.paragraph(element, within)
        elif name == "list":
            self.read_list(element, within)
        elif name == "numbered-paragraph":
            self.numbered_paragraph(element)
        elif name == "table-row":
            self.row(element, within)
        elif name in _INDEXES or name in _LEFT_OUT:
            return
        elif name in _CONTAINERS or name == "table" or namespace(element) == _DRAW_NS:
            self.block(element, within)

    def read_list(self, element: Any, within: _List | None) -> None:
        style = _attr(element, "style-name")
        if within is None or (style and within.style and style != within.style):
            # a list of its own: at the top, or nested with a style of its own (pandoc's
            # numbered list inside a bulleted one), which LibreOffice numbers by that style
            continued = _attr(element, "continue-list")
            counter = self.by_id.get(continued or "") if continued else None
            if counter is None and _attr(element, "continue-numbering") == "true":
                counter = self.by_style.get(style or "")
            counter = counter if counter is not None else Counter()
            if style:
                self.by_style[style] = counter
            ident = element.get("{http://www.w3.org/XML/1998/namespace}id")
            if ident:
                self.by_id[ident] = counter
            current = _List(counter, style, 0 if within is None else within.depth + 1)
        else:
            current = _List(within.counter, within.style or style, within.depth + 1)
        for item in children(element):
            if local(item) not in ("list-item", "list-header"):
                continue
            numbered = local(item) == "list-item"
            start = _int(_attr(item, "start-value"))
            first = True
            for part in children(item):
                name = local(part)
                if name in ("p", "h"):
                    self.paragraph(part, current, numbered=numbered and first, start=start)
                    first = False
                elif name == "list":
                    self.read_list(part, current)
                    first = False
                else:
                    self.element(part, current)

    def numbered_paragraph(self, element: Any) -> None:
        """A ``text:numbered-paragraph``: its paragraph numbered as an item of the list its
        ``text:list-id`` names (counted with the other paragraphs and lists of that id) at
        its ``text:level``, by its style, or as its ``text:number`` says."""
        ident = _attr(element, "list-id") or ""
        counter = self.by_id.setdefault(ident, Counter()) if ident else Counter()
        depth = max(0, min(9, _int(_attr(element, "level")) or 1) - 1)
        within = _List(counter, _attr(element, "style-name"), depth)
        start = _int(_attr(element, "start-value"))
        number = next(("".join(str(text) for text in part.itertext()) for part in children(element)
                       if local(part) == "number"), None)
        first = True
        for part in children(element):
            if local(part) in ("p", "h"):
                self.paragraph(part, within, numbered=first, start=start, shown=number)
                first = False

    def paragraph(self, element: Any, within: _List | None, numbered: bool = False,
                  start: int | None = None, shown: str | None = None) -> None:
        self.count += 1
        where = f"paragraph {self.count}"
        hidden = self.hidden
        noted = len(self.notes)
        found = self.text_of(element)
        texts = found.lines()
        style = _attr(element, "style-name")
        chain = self.styles.chain(style)
        names = [s.name for s in chain]
        heading = style_heading(names, max(1, min(10, _int(_attr(
            element, "outline-level")) or 1)) if local(element) == "h" else 0)
        empty = not "".join(texts).strip()
        if found.titled.split() and found.titled.split() == " ".join(texts).split() \
                and self.title is None and heading == 0 and within is None:
            heading = -1  # a cover page's title field: as a paragraph in the Title style
        prefix = ""
        if empty and self.hidden != hidden:
            numbered = False  # all its text hidden: it shows no number (as in a .docx)
        if within is not None and numbered:
            prefix = self.list_number(within, style, start, shown or found.number)
        elif within is not None:
            prefix = "  " * (within.depth + 1)
        elif heading > 0 and local(element) == "h" \
                and _attr(element, "is-list-header") != "true":
            prefix = self.heading_number(element, heading - 1, found.number)
        elif self.row_number:
            prefix, self.row_number = self.row_number, ""
        elif heading == 0:
            prefix = indent_pad(self.styles.first(style, "indent") or 0)
        if heading == 0 and not empty and not prefix.strip() and quote_style(names):
            labelled = quoted_note(texts, where)  # a quotation: the point's text or its note
            if labelled is not None:
                self.lines.extend(labelled)
                self.place_notes(noted, where)
                return
            prefix = ""  # set in by its style, not as an item under the point
        self.unshown = prefix.strip() if empty else ""
        if self.count <= LOOKED and not empty:
            self.looks[where] = self.look(element, style, found, texts)
        if chain and chain[0].page and any(line.text.strip() for line in self.lines):
            self.lines.append(Line(SECTION_BREAK, where))  # a new page style: a section
        if not empty and not any(CONTENTS_STYLE.match(name) for name in names):
            self.emit(texts, found.first_bold(), prefix, heading, where)
            self.place_notes(noted, where)
        for box in found.boxes:
            self.block(box)

    def look(self, element: Any, style: str | None, found: _Paragraph, texts: list[str]
             ) -> tuple[Look, int]:
        """How a paragraph looks (:class:`~.titlelooks.Look`): the size most of its letters
        are set in (by their spans' text styles, else the paragraph's style chain, else the
        default style's), whether its first line is bold, whether it is centred; and how
        many characters it holds. A paragraph mostly of CJK text is read in the Asian
        text's size and weight, as LibreOffice sets it."""
        chars = len("".join("".join(texts).split()))
        asian = len(_CJK.findall("".join(texts))) * 2 > chars
        size_of, bold_of = ("size_asian", "bold_asian") if asian else ("size", "bold")
        base = self.styles.first(style, size_of) or (
            self.styles.default_asian if asian else self.styles.default_size)
        whole = bool(self.styles.first(style, bold_of))  # the paragraph style's weight
        sizes = {base: chars}
        bolds = {whole: chars}
        for span in element.iter(f"{TEXT}span"):
            text_style = self.styles.texts.get(_attr(span, "style-name") or "")
            if text_style is None or _in_span(span, element):
                continue  # a span in a span: counted with the outer one
            count = len("".join("".join(str(t) for t in span.itertext()).split()))
            span_size, span_bold = getattr(text_style, size_of), getattr(text_style, bold_of)
            if span_size is not None:
                sizes[base] -= count
                sizes[span_size] = sizes.get(span_size, 0) + count
            if span_bold is not None:
                bolds[whole] -= count
                bolds[span_bold] = bolds.get(span_bold, 0) + count
        size = max(sizes.items(), key=lambda item: item[1])[0]
        bold = found.first_bold() if not asian else bolds.get(False, 0) <= 0
        return Look(size, bold and len(texts) == 1,
                    bool(self.styles.first(style, "centred"))), chars

    def emit(self, texts: list[str], first_bold: bool, prefix: str, heading: int,
             where: str) -> None:
        raw_first = texts[0]
        texts = [t.replace("\t", " ") for t in texts]
        if heading == -1 and self.title is None:
            self.title = " ".join(t.strip() for t in texts if t.strip())
        self.lines.extend(paragraph_lines(texts, raw_first, first_bold, prefix, heading, where))

    def list_number(self, within: _List, style: str | None, start: int | None,
                    shown: str | None) -> str:
        """The marker of a numbered list item's paragraph (counted)."""
        name = within.style or self.styles.first(style, "list_style")
        levels = self.styles.lists.get(name or "", {})
        return self.numbered(within.counter, levels, within.depth, start, shown)

    def heading_number(self, element: Any, ilvl: int, shown: str | None) -> str:
        start = _int(_attr(element, "start-value")) \
            if _attr(element, "restart-numbering") == "true" else None
        return self.numbered(self.outline, self.styles.outline, ilvl, start, shown)

    def numbered(self, counter: Counter, levels: dict[int, Level], ilvl: int,
                 start: int | None, shown: str | None) -> str:
        counts = counter.advance(ilvl, levels, start)
        level = levels.get(ilvl) or _deeper(levels, ilvl)
        levels = {**levels, ilvl: level} if level is not None else levels
        pad = "  " * ilvl
        if level is None:
            return f"{pad}{shown.strip()} " if shown and shown.strip() else pad
        label = re.sub(r"%([1-9])", lambda m: format_number(
            counts.get(int(m.group(1)) - 1, 1),
            levels.get(int(m.group(1)) - 1, level).fmt), level.text).strip()
        if shown and shown.strip() and shown.strip() != label:
            return f"{pad}{shown.strip()} "  # what the file shows its reader
        self.fallback.update(dict.fromkeys(unknown_formats(level, levels)))
        return marker(level, ilvl, counts, levels)

    def place_notes(self, since: int, where: str) -> None:
        """The notes read since index ``since`` and not yet placed, each a line the parser
        puts in the notes of the point it stands under (:data:`~.lines.POINT_NOTE`)."""
        for index in range(since, len(self.notes)):
            if index not in self.placed:
                self.placed.add(index)
                self.lines.append(Line(POINT_NOTE + self.notes[index][2], where))

    def row(self, row: Any, within: _List | None) -> None:
        """A table row (:meth:`_read_row`), then the notes its cells refer to."""
        noted = len(self.notes)
        self._read_row(row, within)
        self.place_notes(noted, f"paragraph {self.count}")

    def _read_row(self, row: Any, within: _List | None) -> None:
        start = len(self.lines)
        commented = self.commented_row(row)
        if commented is not None:  # No. | Provision | Comment: one point, its comments noted
            label, commented_provision = commented
            cells = [cell for cell in children(row) if local(cell) == "table-cell"]
            if not self._cell_lines(cells[0]) and self._has_list(cells[0]):
                self.unshown = ""  # the number the list shows in the first cell, counted
                self.block(cells[0], within)
                shown = self.unshown.strip().rstrip(".)")
                if LISTED_NUMBER.match(shown):
                    commented_provision = (shown, *commented_provision[1:])
                cells = cells[1:]
            self._cell_notes(cells)
            self.count += 1
            where = f"paragraph {self.count}"
            self.emit(commented_paragraph(commented_provision), False, "", 0, where)
            self.lines.extend(Line(POINT_NOTE + note, where)
                              for note in commented_notes(label, commented_provision))
            self.in_tables.update(range(start, len(self.lines)))
            return
        cells = [cell for cell in children(row) if local(cell) == "table-cell"]
        texts = [self._cell_lines(cell) for cell in cells]
        titled = self.titled_row(row)  # before a provision with a remark: the cells tell
        provision = numbered_provision(texts) if titled is None else None
        paragraphs = titled_paragraphs(titled) if titled is not None \
            else None if provision is None else provision_paragraphs(provision)
        line = head_line(texts) if row in self.table_heads else row_line(
            [" ".join(text) for text in texts]) if texts and texts[0] else None
        if line is not None:  # three or more cells: one line, the cells joined by " | "
            self._cell_notes(cells)
            self.count += 1
            self.emit([line], False, "", 0, f"paragraph {self.count}")
        elif paragraphs is not None and not any(self._has_list(cell) for cell in cells[:1]):
            self._cell_notes(cells)
            self.count += 1
            for paragraph in paragraphs:
                self.emit(paragraph, False, "", 0, f"paragraph {self.count}")
        elif len(cells) >= 2 and not texts[0] and self._has_list(cells[0]):
            self.unshown = ""
            self.block(cells[0], within)  # counted: the number shown beside the provision
            shown = self.unshown.strip().rstrip(".)")
            if titled is not None and LISTED_NUMBER.match(shown):
                self._cell_notes(cells[1:])  # 1 | Title | Text, the 1 drawn by the list
                self.count += 1
                for paragraph in titled_paragraphs((shown, *titled[1:])):
                    self.emit(paragraph, False, "", 0, f"paragraph {self.count}")
                self.in_tables.update(range(start, len(self.lines)))
                return
            self.row_number = self.unshown + " " if self.unshown else ""
            for cell in cells[1:]:
                self.block(cell, within)
            self.row_number = ""
        elif self.figures(row):  # force | ceiling: a line, as a reader sees the row
            self._cell_notes(cells)
            self.count += 1
            self.emit([figure_line(texts)], False, "", 0, f"paragraph {self.count}")
        else:
            for cell in cells:
                self.block(cell, within)
        self.in_tables.update(range(start, len(self.lines)))

    def commented_row(self, row: Any) -> tuple[str, tuple[str, list[str], list[str]]] | None:
        """The comments' label and the row's number, text and comments when ``row`` is a
        row of a table of numbered provisions with comments beside them (the table read
        once, :func:`~.lines.commented_rows`), else None."""
        table = next((up for up in row.iterancestors() if local(up) == "table"), None)
        if table is None:
            return None
        if table not in self.commented:
            rows, texts = self._counted_cells(table)
            found = commented_rows(texts)
            self.commented[table] = {} if found is None else {
                rows[at]: (found[0], provision) for at, provision in found[1].items()}
            if found is not None:
                self.comment_labels.append(found[0])
                if 0 not in found[1]:
                    self.table_heads.add(rows[0])
        return self.commented[table].get(row)

    def figures(self, row: Any) -> bool:
        """Whether ``row`` is a row of a two-column table of figures
        (:func:`~.officetext.figure_row`, the table read once)."""
        return figure_row(row, "table", self.figured, lambda table: [
            [self._cell_lines(cell) for cell in children(each) if local(cell) == "table-cell"]
            for each in walk(table, lambda e: local(e) in _ROW_GROUPS)
            if local(each) == "table-row"])

    def titled_row(self, row: Any) -> tuple[str, str, list[str], list[str]] | None:
        """The titled point a table row is (number | title | text), in the light of its
        whole table (:func:`~.lines.titled_rows`; a first cell only a list numbers counts
        as numbered 1, 2 … down the table), None when it is none."""
        table = next((up for up in row.iterancestors() if local(up) == "table"), None)
        if table is None:
            return None
        if table not in self.titled:  # the whole table read once
            rows, texts = self._counted_cells(table)
            found = titled_rows(texts)
            self.titled[table] = {rows[at]: titled for at, titled in found.items()}
        return self.titled[table].get(row)

    def _counted_cells(self, table: Any) -> tuple[list[Any], list[list[list[str]]]]:
        """The rows of ``table`` and their cells' lines, a first cell that only a list
        numbers counted 1, 2 … down the table (as the list draws it)."""
        rows = [found for found in walk(table, lambda e: local(e) in _ROW_GROUPS)
                if local(found) == "table-row"]
        cells = [[cell for cell in children(each) if local(cell) == "table-cell"]
                 for each in rows]
        texts = [[self._cell_lines(cell) for cell in row_cells] for row_cells in cells]
        listed = [at for at, row_cells in enumerate(cells)
                  if row_cells and not texts[at][0] and self._has_list(row_cells[0])]
        for count, at in enumerate(listed, 1):  # a list draws the numbers: 1, 2 … here
            texts[at] = [[str(count)], *texts[at][1:]]
        return rows, texts

    def _cell_notes(self, cells: list[Any]) -> None:
        """The notes and comments of a row read as one line, read once."""
        for cell in cells:
            for held in cell.iter(f"{TEXT}note", f"{OFFICE}annotation"):
                if local(held) == "note":
                    self.note(held)
                else:
                    self.comment(held)

    def _cell_lines(self, cell: Any) -> list[str]:
        """The lines of text of a cell's paragraphs (a nested table's too), read apart: each
        paragraph once for each row around it, never the rows again (which would double
        the work at each table nested in another)."""
        probe = _Reader(self.styles)
        lines: list[str] = []
        for element in walk(cell, lambda e: local(e) not in _LEFT_OUT
                            and local(e) not in _INDEXES):
            if local(element) in ("p", "h"):
                lines.extend(line.replace("\t", " ").strip()
                             for line in probe.text_of(element).lines())
        return [line for line in lines if line]

    @staticmethod
    def _has_list(cell: Any) -> bool:
        return any(local(child) == "list" for child in children(cell))

    # --- the text of one paragraph --------------------------------------------------------

    def text_of(self, paragraph: Any) -> _Paragraph:
        found = _Paragraph()
        if self.styles.first(_attr(paragraph, "style-name"), "hidden"):
            self.hidden += bool("".join(str(t) for t in paragraph.itertext()).strip())
            return found  # a paragraph formatted hidden: not shown, not read
        self._text(paragraph, found, bold=bool(self.styles.first(
            _attr(paragraph, "style-name"), "bold")), sup=False, top=True)
        return found

    def _text(self, node: Any, found: _Paragraph, bold: bool, sup: bool,
              top: bool = False) -> None:
        name = local(node)
        ns = namespace(node)
        if not top:
            if ns == _DRAW_NS:
                if any(local(p) in ("p", "h") for p in node.iter(f"{TEXT}p", f"{TEXT}h")):
                    found.boxes.append(node)
                self._tail(node, found, bold, sup)
                return
            if name == "note" and ns == _TEXT_NS:
                self.note(node)
            elif name == "annotation" and ns == OFFICE.strip("{}"):
                self.comment(node)
            if name == "title" and ns == _TEXT_NS:  # the title field: what it shows
                found.titled += "".join(node.itertext())
            elif name in _LEFT_OUT:
                self._tail(node, found, bold, sup)
                return
            if name in _UNSTABLE and ns == _TEXT_NS and _attr(node, "fixed") != "true":
                # the value of its last showing (a fixed date is the drafter's: kept)
                if "".join(node.itertext()).strip():
                    self.unstable[_UNSTABLE[name]] = self.unstable.get(_UNSTABLE[name], 0) + 1
                self._tail(node, found, bold, sup)
                return
            if name == "number" and ns == _TEXT_NS:
                found.number = "".join(node.itertext())
                self._tail(node, found, bold, sup)
                return
            if name == "content-control" and node.get(f"{_LOEXT}showing-place-holder") \
                    == "true":  # a Word form's prompt ("Click or tap here …"), not ours
                self._tail(node, found, bold, sup)
                return
            if name == "hidden-text" and _attr(node, "is-hidden") == "true":
                self._tail(node, found, bold, sup)
                return
            if name == "s" and ns == _TEXT_NS:
                found.parts.append(" " * max(1, min(1000, _int(_attr(node, "c")) or 1)))
                self._tail(node, found, bold, sup)
                return
            if name == "tab":
                found.parts.append("\t")
                self._tail(node, found, bold, sup)
                return
            if name == "line-break":
                found.parts.append("\n")
                found.broken = True
                self._tail(node, found, bold, sup)
                return
            if name == "span":
                style = _attr(node, "style-name")
                text_style = self.styles.texts.get(style or "")
                if text_style is not None and text_style.hidden:
                    self.hidden += bool("".join(str(t) for t in node.itertext()).strip())
                    self._tail(node, found, bold, sup)
                    return
                if text_style is not None and text_style.bold is not None:
                    bold = text_style.bold
                if text_style is not None and text_style.super is not None:
                    sup = text_style.super
        self._piece(node.text, found, bold, sup)
        for child in children(node):
            self._text(child, found, bold, sup)
        if not top:
            self._tail(node, found, bold, sup)

    def _tail(self, node: Any, found: _Paragraph, bold: bool, sup: bool) -> None:
        self._piece(node.tail, found, bold, sup)

    @staticmethod
    def _piece(text: str | None, found: _Paragraph, bold: bool, sup: bool) -> None:
        if not text:
            return
        if sup:
            mark = superscript_mark(text)
            text = mark if mark is not None else text
        if not found.broken and re.search(r"[^\W_]", text):
            found.bold.append(bold)
        found.parts.append(_WHITE.sub(" ", text))

    def note(self, node: Any) -> None:
        kind = _attr(node, "note-class") or "footnote"
        citation = node.find(f"{TEXT}note-citation")
        mark = (_attr(citation, "label") or "".join(citation.itertext()) if citation
                is not None else "").strip()
        body = node.find(f"{TEXT}note-body")
        text = _paragraphs_text(body, self) if body is not None else ""
        if text:
            count = sum(1 for k, _, _ in self.notes if k == kind) + 1
            self.notes.append((kind, f"{kind} {count}", f"[{mark or count}] {text}"))

    def comment(self, node: Any) -> None:
        author = _author(node)
        text = _paragraphs_text(node, self)
        if text:
            anchor = self.anchors.get(node.get(f"{OFFICE}name") or "", "")
            resolved = node.get(f"{_LOEXT}resolved") == "true"
            parent = node.get(f"{_LOEXT}parent-name")
            reply_to = None if parent is None else self.authors.get(parent, "")
            self.comments.append(comment_line(author, text, anchor, resolved=resolved,
                                              reply_to=reply_to,
                                              place=self.places.get(node, "")))


def _author(node: Any) -> str:
    """A comment's author (its ``dc:creator``)."""
    return " ".join(str(c.text or "") for c in node.findall(f"{_DC}creator"))


def _annotation_authors(text: Any) -> dict[str, str]:
    """The author of each named comment, by name: whom a reply (``loext:parent-name``)
    answers."""
    return {name: _author(node) for node in text.iter(f"{OFFICE}annotation")
            if (name := node.get(f"{OFFICE}name"))}


_ROW_GROUPS = frozenset({"table-header-rows", "table-rows", "table-row-group"})
"""What holds a table's rows (a nested table's rows are inside a cell, not here)."""
_NOT_ANCHORED = frozenset({"annotation", "note", "tracked-changes", "ruby-text"})
"""What holds no words of the text a comment is anchored on (a comment's own text, a note's,
the deleted text of tracked changes, a ruby's reading)."""


def _annotation_anchors(text: Any) -> dict[str, str]:
    """The words each named comment (``office:annotation`` with ``office:name``) is anchored
    on, up to its ``office:annotation-end``, by name; paragraphs joined by a space. The walk
    is iterative: nesting depth costs no recursion. A named comment with no end is on no
    range (LibreOffice names a reply it saves without its thread, and ends it nowhere): its
    words are not the rest of the document."""
    ends = {node.get(f"{OFFICE}name") for node in text.iter(f"{OFFICE}annotation-end")}
    if not ends:
        return {}  # no comment on a range of words: no walk
    words: dict[str, list[str]] = {}
    opened: list[str] = []

    def add(value: str | None) -> None:
        for name in opened:
            words[name].append(value or "")

    stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(children(text))]
    while stack:
        node, done = stack.pop()
        name = local(node)
        if done:  # the element's end: a paragraph's break, then the text after it
            add(" " if name in ("p", "h") else "")
            add(node.tail)
            continue
        label = node.get(f"{OFFICE}name") if name in ("annotation", "annotation-end") else None
        if name == "annotation-end" and label in opened:
            opened.remove(label)
        elif name == "annotation" and label and label in ends:
            opened.append(label)
            words.setdefault(label, [])
        elif name not in _NOT_ANCHORED:
            add(node.text)
            add(" " if name in ("s", "tab", "line-break") else "")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(children(node)))
            continue
        add(node.tail)
    return {name: " ".join("".join(parts).split()) for name, parts in words.items()}


def _annotation_places(text: Any, anchors: dict[str, str]) -> dict[Any, str]:
    """Where each comment covering no words stands (a point comment: an ``office:annotation``
    with no name, LibreOffice's, or an empty range), by the comment's element (held,
    so that it stays the one object lxml gives for it): its paragraph's words either side
    of it (:func:`~.officetext.comment_place`). The walk is iterative, as
    :func:`_annotation_anchors`'s."""
    places: dict[Any, str] = {}
    words: list[list[str]] = [[]]  # the text so far of each paragraph open
    waiting: list[list[tuple[Any, str]]] = [[]]
    stack: list[tuple[Any, bool]] = [(child, False) for child in reversed(children(text))]
    while stack:
        node, done = stack.pop()
        name = local(node)
        if done:
            if name in ("p", "h"):  # the paragraph's end: its marks' places
                said = "".join(words.pop())
                for mark, before in waiting.pop():
                    places[mark] = comment_place(before, said[len(before):])
                (words[-1] if words else []).append(" ")
            words[-1].append(node.tail or "")
            continue
        if name == "annotation":
            label = node.get(f"{OFFICE}name")
            if not label or (label in anchors and not anchors[label]):
                # a point comment (a named one with no end is a reply saved on its own)
                waiting[-1].append((node, "".join(words[-1])))
        elif name not in _NOT_ANCHORED:
            if name in ("p", "h"):
                words.append([])
                waiting.append([])
            words[-1].append(node.text or "")
            words[-1].append(" " if name in ("s", "tab", "line-break") else "")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(children(node)))
            continue
        words[-1].append(node.tail or "")
    return {node: place for node, place in places.items() if place}


def _deeper(levels: dict[int, Level], ilvl: int) -> Level | None:
    """The level a list style that stops above ``ilvl`` shows there: its deepest level's
    format, prefix and suffix, as LibreOffice shows a list pandoc writes with one level
    nested in another list (``1.`` under a bullet)."""
    above = [k for k in levels if k < ilvl]
    if not above:
        return None
    level = levels[max(above)]
    shift = ilvl - max(above)
    return replace(level, text=re.sub(r"%([1-9])", lambda m: f"%{min(9, int(m.group(1)) + shift)}",
                                      level.text))


def _paragraphs_text(element: Any, reader: _Reader) -> str:
    """The words of a note's or a comment's paragraphs, on one line."""
    probe = _Reader(reader.styles)
    words = []
    for paragraph in element.iter(f"{TEXT}p", f"{TEXT}h"):
        words.append(" ".join(" ".join(probe.text_of(paragraph).lines()).split()))
    return " ".join(word for word in words if word)


_ENCRYPTED = b"encryption-data"
"""What the manifest of a package saved with a password holds for each encrypted part."""


def read_odf(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS,
             view: RevisionView = RevisionView.ACCEPTED) -> DraftLines:
    """The lines of an OpenDocument text's body (an .odt, or the same as one .fodt file),
    its tracked changes read accepted or rejected (``view``)."""
    if data.startswith(b"PK"):
        archive = Archive(data, display, limits, named="OpenDocument text (.odt)",
                          kind="OpenDocument text", part="an OpenDocument part")
        manifest = archive.read("META-INF/manifest.xml") or b""
        if _ENCRYPTED in manifest:
            raise input_problem(display, "a password-protected (encrypted) OpenDocument text; "
                                "open it in LibreOffice and save a copy without a password "
                                "(File → Save As, 'Save with password' unticked)",
                                rule="format")
        content = archive.xml("content.xml", required=True)
        roots = [archive.xml("styles.xml"), content]
        meta = _meta(archive)
    else:
        try:
            content = parse_untrusted(data, kind="a flat OpenDocument file")
        except XmlInputError as exc:
            at = f" (line {exc.line}, column {exc.column})" if exc.line is not None else ""
            raise input_problem(display, f"{exc}{at}", rule="format") from None
        roots = [content]
        meta = content.find(f"{OFFICE}meta")
    body = content.find(f"{OFFICE}body")
    text = body.find(f"{OFFICE}text") if body is not None else None
    if text is None:
        kinds = [local(kind) for kind in children(body)] if body is not None else []
        what = f"an OpenDocument {kinds[0]}" if kinds else "not an OpenDocument text"
        raise input_problem(display, f"{what} (no office:text in its body); plandiff reads "
                            "OpenDocument text documents (.odt, .fodt)", rule="format")
    revisions, tracked = _revisions(text, view)
    if view is RevisionView.REJECTED:
        reject_changes(text)
    else:
        accept_changes(text)
    reader = _Reader(read_styles(roots))
    _no_comparison_table(text, reader, display)
    reader.anchors = _annotation_anchors(text)
    reader.places = _annotation_places(text, reader.anchors)
    reader.authors = _annotation_authors(text)
    reader.block(text)
    lines, furniture = without_furniture(reader.lines, reader.in_tables)
    lines = broken_words_joined(lines)
    if reader.title is None:
        lines, reader.title = property_title(lines, _meta_text(meta, f"{_DC}title"))
    if reader.title is None:
        lines, reader.title = typed_title_lines(lines, reader.looks)
    if reader.title is None:
        lines = first_heading_as_title(lines)
    notes = [(where, said) for kind in ("footnote", "endnote")
             for index, (found, where, said) in enumerate(reader.notes)
             if found == kind and index not in reader.placed]
    lines = with_notes(lines, notes)
    pasted = pasted_footnotes(tuple(lines), symbols=False)
    unknown = tuple(f"list numbering in the OpenDocument format '{fmt}' read as decimal "
                    "numbers (1, 2, 3 …): plandiff does not know how LibreOffice shows it; "
                    "check the points' numbers" for fmt in reader.fallback)
    dropped = (("line(s) of page furniture in the text (page numbers, running headers and "
                "footers of the PDF or printout the file was made from)", furniture),) \
        if furniture else ()
    hidden = (f"{reader.hidden} run(s) of text formatted hidden (LibreOffice does not show "
              "them) left out",) if reader.hidden else ()
    return DraftLines(DraftFormat.ODT, pasted.lines, title=reader.title, dropped=dropped,
                      notes=unknown + revisions + hidden + unstable_note(reader.unstable)
                      + commented_note(reader.comment_labels)
                      + notes_kept_out(len(notes), len(reader.placed))
                      + pasted.report(),
                      comments=tuple(reader.comments), dates=odf_dates(meta), tracked=tracked)


def _no_comparison_table(text: Any, reader: _Reader, display: str) -> None:
    """Refuse a table that sets versions side by side (:mod:`.comparison`), read with no
    column chosen: each point took every version's text. ``--column`` reads one version of
    it through LibreOffice's .docx (:func:`~.formats.read_lines`)."""
    tables = [table for table in text.iter(f"{{{_TABLE_NS}}}table")
              if not any(local(up) == "table" for up in table.iterancestors())]
    for table in tables:
        rows = [found for found in walk(table, lambda e: local(e) in _ROW_GROUPS)
                if local(found) == "table-row"]
        found = comparison_table(_comparison_rows(reader, rows))
        if found is not None:
            raise unchosen_problem(found, display)


def _comparison_rows(reader: _Reader, rows: list[Any]) -> list[list[list[str]]]:
    """A table's rows as :func:`~.comparison.comparison_table` reads them, a header over
    several rows (a cell spanning columns, the rows down to the first spanning none) as one
    row (:func:`~.comparison.stacked_header`), as the Word reader reads them."""
    def cells(row: Any) -> list[Any]:
        return [cell for cell in children(row) if local(cell) == "table-cell"]

    def span(cell: Any, what: str) -> int:
        value = str(cell.get(f"{{{_TABLE_NS}}}number-{what}-spanned") or "1")
        return max(1, int(value)) if value.isdigit() else 1

    heads = 1
    while heads < len(rows) and max((span(cell, "columns") for cell in cells(rows[heads - 1])),
                                    default=1) > 1:
        heads += 1
    read = [[reader._cell_lines(cell) for cell in cells(row)] for row in rows]
    if heads == 1:
        return read
    header = stacked_header([[(" ".join(lines), span(cell, "columns"), span(cell, "rows"))
                              for lines, cell in zip(read[at], cells(row), strict=True)]
                             for at, row in enumerate(rows[:heads])])
    return [header, *read[heads:]]


def _meta(archive: Archive) -> Any:
    """The ``office:meta`` element of a package's ``meta.xml`` (the file's dates), None when
    it cannot be read: the properties are not the text, so a damaged part does not stop the
    import."""
    try:
        root = archive.xml("meta.xml")
    except InputError:
        return None
    return root.find(f"{OFFICE}meta") if root is not None else None


def _meta_text(meta: Any, tag: str) -> str | None:
    """The text of one of the file's properties (``dc:title``), None when it has none."""
    element = meta.find(tag) if meta is not None else None
    return str(element.text or "") if element is not None else None


def _revisions(text: Any, view: RevisionView
               ) -> tuple[tuple[str, ...], tuple[AuthorChanges, ...]]:
    """What the structure report says of tracked changes (see the module notes), read
    accepted or, as ``--view rejected`` asks, rejected; and the changes counted per author
    (the name as the file gives it)."""
    counts = {"insertion": 0, "deletion": 0, "format-change": 0}
    authors: dict[str, dict[str, int]] = {}
    for region in text.iter(f"{TEXT}changed-region"):
        for change in children(region):
            if local(change) in counts:
                counts[local(change)] += 1
                creator = next(change.iter(f"{_DC}creator"), None)
                author = " ".join(str(creator.text or "").split()) if creator is not None \
                    else ""
                mine = authors.setdefault(author, dict.fromkeys(counts, 0))
                mine[local(change)] += 1
    if not counts["insertion"] and not counts["deletion"]:
        return (), ()
    tracked = tuple(AuthorChanges(author, mine["insertion"], mine["deletion"])
                    for author, mine in authors.items()
                    if mine["insertion"] or mine["deletion"])
    said = f"tracked changes ({counts['insertion']} insertion(s), {counts['deletion']} " \
        "deletion(s)): read with every change "
    if view is RevisionView.REJECTED:
        return (said + "rejected (inserted text left out, deleted text kept), as --view "
                "rejected asks; without it the text after them is read"
                + by_author(tracked),), tracked
    return (said + "accepted (deleted text left out, inserted text kept); to import the "
            "text before them, give --view rejected" + by_author(tracked),), tracked
