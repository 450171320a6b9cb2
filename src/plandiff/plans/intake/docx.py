"""Word .docx drafts → lines, with Word's automatic numbering worked out as Word shows it.

A .docx is a zip of XML parts; :mod:`.docxpackage` reads the package (within the unpacking
budget, every part through the safe XML adapter :func:`plandiff.xmlio.parse_untrusted`: no
DTD, no entities, no network, UTF-8 only) and the parts beside the body (notes, comments,
the file's dates); this module reads the body.

The body is read in order: paragraphs, tables (row by row) and content controls; tracked
deletions are left out and insertions kept (the text as it would read with all changes
accepted, which the structure report says, with the number of changes; ``--view rejected``
reads the text before them, :mod:`.docxrevisions`); reviewers' comments in the margin go
to the end of the version's notes, counted in the report, each with the words it is on; line
breaks inside a paragraph start a new line; soft hyphens vanish. One choice of an
``mc:AlternateContent`` is read (never its fallback copy); a text box's paragraphs follow
its paragraph, read as the body's are (numbered, styled), but come before the body's first
point when anchored in it (a title drawn at the top of page 1); text formatted hidden and a
table of contents (its content control, its field's result, its "toc N" lines) are left
out; points numbered by AUTONUM and LISTNUM fields are counted (:mod:`.docxfields`); an
embedded HTML or text chunk (``w:altChunk``) is read in place, a chunk in another format
named in the report. Word's Strict Open XML namespaces are
read as the transitional ones.

Numbering comes from ``numbering.xml``: the list a paragraph is in (its own ``numPr`` or its
style's, following ``basedOn``), its level, each level's start, format and text (``%1.``,
``(%2)``), restarts of a level when a higher level moves on, and ``startOverride`` restarts
of a list instance (from the level the instance is first used at: a nested list pandoc
writes as a restarting instance does not restart the outer list); lists sharing one abstract
definition continue each other's count, as in Word. The parser then sees what a reader sees:
level 0 as ``N.`` (or the level's own wording, ``Article N``, ``Part II``), deeper levels as
``(n)``, ``a)`` or ``(i)``, or ``2.1`` when the level prints the numbers above it (``%1.%2``),
bullets as ``•``, each level indented further. Japanese formats are written as the same text
pasted reads: katakana (``ア``, ``イ``, ``ロ``), kanji numerals (``一``), the ten stems (``甲``)
and circled numbers (``①``); a format whose label is the number (``01``, ``1st``, ``One``) as
the number; any other format as the number too, and the report names it. Heading styles
become Markdown headings (``Title`` the title); a left indent on an unnumbered paragraph
becomes leading spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.comparison import (
    ColumnRow,
    column_note,
    number_key,
    read_column,
    stacked_header,
    version_column,
)
from plandiff.plans.intake.dating import word_dates
from plandiff.plans.intake.docxfields import Fields, Shown, is_contents, is_unstable
from plandiff.plans.intake.docxml import W, attr, find, int_value, on
from plandiff.plans.intake.docxnumbering import Numbering, marker, read_numbering, unknown_formats
from plandiff.plans.intake.docxpackage import (
    Archive,
    Chunks,
    comment_anchors,
    comment_places,
    custom_mark,
    flat_package,
    main_part,
    margin_comments,
    note_texts,
    properties,
    title_property,
    written_by_libreoffice,
)
from plandiff.plans.intake.docxrevisions import (
    change_author,
    counted_changes,
    lost_joins,
    reject_changes,
)
from plandiff.plans.intake.docxsymbols import PRIVATE_USE, symbol, symbol_run
from plandiff.plans.intake.formats import office_xml
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
from plandiff.plans.intake.officetext import (
    CONTENTS_STYLE,
    LISTED_NUMBER,
    broken_words_joined,
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
from plandiff.xmlio import children, walk
from plandiff.xmlio import local_name as local

__all__ = ["read_docx"]


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None = None
    size: int | None = None
    """The type's size in half-points (``w:sz``), when the style sets one."""
    centred: bool | None = None


_DEFAULTS = "\0defaults"
"""The key of the document defaults' run properties among the styles (no style id holds a
NUL)."""


def _bold_of(props: Any) -> bool | None:
    bold = find(props, "b")
    return None if bold is None else attr(bold, "val") not in ("0", "false", "off")


def _size_of(props: Any) -> int | None:
    size = attr(find(props, "sz"), "val")
    return int_value(size) or None if size is not None else None


def _read_styles(root: Any) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:
        return styles
    defaults = find(root, "docDefaults", "rPrDefault", "rPr")
    if defaults is not None:
        styles[_DEFAULTS] = _Style(_DEFAULTS, None, None, None, None,
                                   bold=_bold_of(defaults), size=_size_of(defaults))
    for element in root.findall(f"{W}style"):
        ident = attr(element, "styleId") or ""
        num = find(element, "pPr", "numPr")
        outline = attr(find(element, "pPr", "outlineLvl"), "val")
        run = find(element, "rPr")
        align = attr(find(element, "pPr", "jc"), "val")
        styles[ident] = _Style(
            name=_style_name(attr(find(element, "name"), "val") or ident, ident),
            based_on=attr(find(element, "basedOn"), "val"),
            num_id=attr(find(num, "numId"), "val"),
            ilvl=int_value(attr(find(num, "ilvl"), "val")) if find(num, "ilvl") is not None
            else None,
            outline=int_value(outline) if outline is not None else None,
            bold=_bold_of(run), size=_size_of(run),
            centred=None if align is None else align == "center")
        if attr(element, "type") == "paragraph" and attr(element, "default") in ("1", "true", "on"):
            styles[_DEFAULT_PARAGRAPH] = styles[ident]
    return styles


_DEFAULT_PARAGRAPH = "\0paragraph"
"""The key of the default paragraph style (``w:default="1"``, Word's ``Normal``)."""


def _default_style(styles: dict[str, _Style]) -> str | None:
    """The id of the paragraph style a paragraph naming none is in (``Normal``)."""
    return _DEFAULT_PARAGRAPH if _DEFAULT_PARAGRAPH in styles else None


def _look(paragraph: Any, props: Any, chain: list[_Style],
          styles: dict[str, _Style]) -> tuple[Look, int]:
    """How a paragraph looks (:class:`~.titlelooks.Look`), by its runs' own properties, then
    their character style's, its paragraph style chain's and the document defaults' (Word's
    10 points when none sets a size), and how many characters it holds."""
    chain = chain or _style_chain(styles, _default_style(styles))
    inherited = [*chain, *([styles[_DEFAULTS]] if _DEFAULTS in styles else [])]
    base_bold = next((s.bold for s in inherited if s.bold is not None), False)
    base_size = next((s.size for s in inherited if s.size is not None), 20)
    sizes: dict[int, int] = {}
    bold = chars = 0
    for text in paragraph.iter(f"{W}t"):
        run = text.getparent()
        if not text.text or not text.text.strip() or local(run) != "r" \
                or next(run.iterancestors(f"{W}p"), None) is not paragraph:
            continue
        props_run = find(run, "rPr")
        if on(find(props_run, "vanish")):
            continue
        character = styles.get(attr(find(props_run, "rStyle"), "val") or "")
        run_bold = _bold_of(props_run)
        run_size = _size_of(props_run)
        if run_bold is None and character is not None:
            run_bold = character.bold
        if run_size is None and character is not None:
            run_size = character.size
        count = len(text.text.strip())
        chars += count
        bold += count if (base_bold if run_bold is None else run_bold) else 0
        size = base_size if run_size is None else run_size
        sizes[size] = sizes.get(size, 0) + count
    align = attr(find(props, "jc"), "val")
    centred = align == "center" if align is not None else \
        next((s.centred for s in chain if s.centred is not None), False)
    size = max(sizes.items(), key=lambda item: item[1])[0] if sizes else base_size
    return Look(size / 2, bool(chars) and bold == chars, centred), chars


_ENCODED = re.compile(r"_([0-9a-fA-F]{2,4})_")
"""A character as an OpenDocument style name writes it (``_20_`` a space)."""


def _style_name(name: str, ident: str) -> str:
    """A style's name as Word shows it. LibreOffice's .docx of a Word 2003 XML file names
    each style "w" and its name as OpenDocument writes it (``wHeading_20_1``, id
    ``WHeading201``): read as "Heading 1", so its headings and title are found."""
    if ident.startswith("W") and name.startswith("w") and len(name) > 1 \
            and ident[1:] == name[1:].replace("_", ""):
        return _ENCODED.sub(lambda found: chr(int(found.group(1), 16)), name[1:])
    return name


def _list_of(props: Any, chain: list[_Style]) -> tuple[str | None, int]:
    """The list instance (numId) and level of a paragraph: its own ``numPr``, or its
    style's (following ``basedOn``)."""
    num = find(props, "numPr")
    num_id = attr(find(num, "numId"), "val")
    ilvl_text = attr(find(num, "ilvl"), "val")
    ilvl = int_value(ilvl_text) if ilvl_text is not None else None
    for style in chain:
        if num_id is None and style.num_id is not None:
            num_id = style.num_id
        if ilvl is None and style.ilvl is not None:
            ilvl = style.ilvl
    return num_id, ilvl or 0


def _style_chain(styles: dict[str, _Style], ident: str | None) -> list[_Style]:
    chain: list[_Style] = []
    while ident and ident in styles and len(chain) < 20:
        style = styles[ident]
        chain.append(style)
        ident = style.based_on
    return chain


def _heading_level(props: Any, chain: list[_Style]) -> int:
    """The heading level (1 to 9) Word's fields see in a paragraph: its own outline level,
    else its style's (following ``basedOn``), else a ``heading N`` style's N; 0 for body
    text (outline level 9, or none)."""
    own = int_value(attr(find(props, "outlineLvl"), "val")) \
        if find(props, "outlineLvl") is not None else None
    outline = next((level for level in (own, *(s.outline for s in chain))
                    if level is not None), None)
    if outline is not None:
        return outline + 1 if 0 <= outline < 9 else 0
    return max(0, style_heading([s.name for s in chain]))


_SKIP = frozenset({"del", "moveFrom", "instrText", "delText", "Fallback", "footnoteReference",
                   "endnoteReference", "commentReference", "pPr", "rPr", "rt", "rubyPr",
                   "sdtPr", "txbxContent"})
"""Elements whose text is not the draft's, or not in its place: deletions, field codes, note
marks, properties, a ruby's reading (``w:rt``, the furigana Word sets over 主権: the text keeps
the base), the second copy of an ``mc:AlternateContent`` (``mc:Fallback``), and a text box
(read after its paragraph, see :func:`_paragraph_text`)."""
_RUN_TEXT = {"tab": " ", "ptab": " ", "br": "\n", "cr": "\n", "noBreakHyphen": "-",
             "softHyphen": ""}
"""What a run element other than ``t`` stands for."""
_LEAVES = _SKIP | _RUN_TEXT.keys() | {"t", "sym"}
"""Elements the paragraph walk does not enter."""
_CONTAINERS = frozenset({"tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo",
                         "txbxContent", "AlternateContent", "Choice"})
"""Body elements whose paragraphs are read in place."""


def _first_choice(element: Any) -> bool:
    """Whether ``element`` is not an ``mc:Choice`` after the first of its
    ``mc:AlternateContent`` (every choice holds the same content: one is read)."""
    if local(element) != "Choice":
        return True
    previous = element.getprevious()
    while previous is not None:
        if local(previous) == "Choice":
            return False
        previous = previous.getprevious()
    return True


def _contents_control(element: Any) -> bool:
    """A content control holding a table of contents (Word's ``docPartGallery``)."""
    if local(element) != "sdt":
        return False
    gallery = find(element, "sdtPr", "docPartObj", "docPartGallery")
    return (attr(gallery, "val") or "").lower().startswith("table of contents")


def _placeholder(element: Any) -> bool:
    """A content control showing its placeholder ("Click or tap here to enter text."): the
    form's prompt, not the draft's text."""
    return local(element) == "sdt" and find(element, "sdtPr", "showingPlcHdr") is not None


_TITLE_BINDING = re.compile(r"(?:^|/)(?:\w+:)?title(?:\[1\])?$")
"""The path a content control bound to the document's Title property names
(``/ns1:coreProperties[1]/ns0:title[1]``)."""


def _bound_to_title(element: Any) -> bool:
    """Whether a paragraph is, or holds, a content control bound to the document's Title
    property: the title Word's cover page shows, however it is styled."""
    controls = [up for up in element.iterancestors() if local(up) == "sdt"]
    controls += [child for child in children(element) if local(child) == "sdt"]
    return any(_TITLE_BINDING.search(attr(find(control, "sdtPr", "dataBinding"), "xpath")
                                     or "") for control in controls)


def _into(element: Any) -> bool:
    """Whether the body walk reads the paragraphs inside ``element``."""
    return local(element) in _CONTAINERS and _first_choice(element) \
        and not _contents_control(element)


def _cells(row: Any) -> list[Any]:
    """A table row's cells, those inside a content control or custom XML around a cell (a
    form's or a template's fields to fill in) included, in order."""
    return [cell for cell in walk(row, lambda e: local(e) in ("sdt", "sdtContent", "customXml"))
            if local(cell) == "tc"]


def _row_cells(row: Any) -> list[list[str]]:
    """A table row's cells, each as the non-empty lines of its paragraphs."""
    cells = []
    for cell in _cells(row):
        lines = [line.replace("\t", " ").strip()
                 for p in walk(cell, _into) if local(p) == "p"
                 for line in _paragraph_text(p)[0]]
        cells.append([line for line in lines if line])
    return cells


def _comparison_rows(rows: list[Any]) -> tuple[int, list[list[list[str]]]]:
    """How many of a table's first rows are its header, and its rows as
    :func:`~.comparison.comparison_table` reads them: a header over several rows (a cell
    spanning columns, ``No. | Text of the framework`` over ``| Draft of 10 March | Draft of
    2 April``, the rows down to the first spanning none) as one row."""
    def spans(row: Any) -> list[int]:
        return [max(1, int_value(attr(find(cell, "tcPr", "gridSpan"), "val"), 1))
                for cell in _cells(row)]

    heads = 1
    while heads < len(rows) and max(spans(rows[heads - 1]), default=1) > 1:
        heads += 1
    if heads == 1:
        return 1, [_row_cells(row) for row in rows]
    header = stacked_header([[(" ".join(lines), span, 1) for lines, span in
                              zip(_row_cells(row), spans(row), strict=True)]
                             for row in rows[:heads]])
    return heads, [header, *(_row_cells(row) for row in rows[heads:])]


def _table_rows(table: Any) -> list[Any]:
    """The rows of ``table`` (inside content controls or custom XML too, not a nested
    table's), in order."""
    return [found for found in walk(table, lambda e: local(e) in ("sdt", "sdtContent",
                                                                  "customXml"))
            if local(found) == "tr"]




def _schedule_row(row: Any) -> str | None:
    """A row of three or more cells, the first holding text, as one line
    (:func:`~plandiff.plans.intake.lines.row_line`); None for any other row."""
    cells = [" ".join(line for p in walk(cell, _into) if local(p) == "p"
                      for line in _paragraph_text(p)[0]).replace("\t", " ")
             for cell in _cells(row)]
    return row_line(cells) if cells and cells[0].strip() else None


def _is_bold(run: Any) -> bool:
    """A run set in bold by its own properties (``<w:b/>``, not ``w:val="0"``)."""
    bold = find(run, "rPr", "b")
    return bold is not None and attr(bold, "val") not in ("0", "false", "off")


_LINK_MARK = re.compile(r"\s*(?:\[[0-9a-z]{1,3}\]|[*†‡]{1,3})\s*")
"""A comment's or a note's mark as a link inside the file (Google Docs' ``[a]`` for a
comment, ``[1]`` for a footnote, saved as Word by an office suite): not the draft's text."""


def _anchored(run: Any) -> bool:
    """Whether a run is inside a hyperlink to a place in the same file (``w:anchor``)."""
    parent = run.getparent() if run is not None else None
    return parent is not None and local(parent) == "hyperlink" \
        and bool(attr(parent, "anchor"))


@dataclass
class _TextState:
    """What the paragraph walk carries from one paragraph to the next: the open fields, the
    runs of hidden text left out, and the number a number field showed at the start of the
    paragraph just read (``lead``)."""

    fields: Fields = field(default_factory=Fields)
    hidden: int = 0
    lead: str = ""


def _locked(node: Any) -> bool:
    """A field locked (``w:fldLock`` on its ``fldChar begin`` or ``fldSimple``): Word never
    updates its result."""
    return attr(node, "fldLock") in ("1", "true", "on")


def _ancestors_within(node: Any, container: Any) -> list[Any]:
    """The elements between ``node`` and ``container`` (both left out)."""
    out: list[Any] = []
    for up in node.iterancestors():
        if up is container:
            break
        out.append(up)
    return out


def _simple_field(node: Any, state: _TextState, parts: list[str]) -> bool:
    """A ``w:fldSimple``: whether the walk reads its result (not a table of contents'); a
    number field or a SEQ field with no result adds the number it shows."""
    instruction = attr(node, "instr") or ""
    if is_contents(instruction):
        return False
    result = any(local(t) == "t" and t.text for t in node.iter())
    if is_unstable(instruction) and not _locked(node):
        # a page number or today's date: not the draft's words (a locked one is kept)
        if result:
            state.fields.left_out(instruction)
        return False
    _show_number(state.fields.closed(instruction, result), state, parts)
    return True


def _show_number(shown: Shown, state: _TextState, parts: list[str]) -> None:
    """A closed field's number: a number field's marker (``shown.marker``) is the
    paragraph's number when it comes before any text (``state.lead``), else a word of its
    text; a SEQ field's number (``shown.inline``) is text where the field stands."""
    if shown.inline:
        parts.append(shown.inline)
    elif shown.marker and not "".join(parts).strip() and not state.lead:
        state.lead = shown.marker
    elif shown.marker:
        parts.append(shown.marker.strip() + " ")


def _paragraph_text(paragraph: Any, state: _TextState | None = None,
                    boxes_out: list[Any] | None = None) -> tuple[list[str], bool]:
    """The paragraph's text, split at line breaks, and whether every letter of its first line
    is set in bold. A tab stays a tab here (see :func:`tab_marker`). Text formatted hidden
    (``w:vanish``) and a table of contents' entries are left out; a text box's paragraphs
    come after the paragraph's own text, each a line of its own, or, given ``boxes_out``,
    the text boxes go there for the caller to read as paragraphs (with their numbering). A
    number field's number at the start goes to ``state.lead``."""
    state = state if state is not None else _TextState()
    fields = state.fields
    parts: list[str] = []
    boxes: list[str] = []
    bold = False
    hidden = False
    run: Any = None
    typed_mark = False
    first_bold: bool | None = None
    line = 0
    read_field: list[Any] = [None]
    """The simple field just met, when its result is read (the walk asks right after)."""

    def into(node: Any) -> bool:
        name = local(node)
        if name == "fldSimple":
            return read_field[0] is node
        return name not in _LEAVES and _first_choice(node) and not _placeholder(node)

    for node in walk(paragraph, into):
        name = local(node)
        if name == "r":
            bold = _is_bold(node)
            hidden = on(find(node, "rPr", "vanish"))
            run = node
            typed_mark = custom_mark(node) is not None
        elif name == "fldChar":
            kind = attr(node, "fldCharType")
            if kind == "begin":
                fields.begin(_locked(node))
            elif kind == "separate":
                fields.separate()
            elif kind == "end":
                _show_number(fields.end(), state, parts)
        elif name == "instrText":
            fields.instruction(node.text or "")
        elif name == "fldSimple":
            read_field[0] = node if _simple_field(node, state, parts) else None
        elif name == "txbxContent" and boxes_out is not None:
            boxes_out.append(node)
        elif name == "txbxContent":
            boxes.extend(box_line for p in walk(node, _into) if local(p) == "p"
                         for box_line in _paragraph_text(p)[0])
        elif fields.hides or (hidden and name in _LEAVES):
            state.hidden += hidden and name == "t" and bool(node.text)
            continue
        elif name == "t" and typed_mark:
            continue  # a note's typed mark ("*"), as a numbered mark: not the draft's text
        elif (name in ("t", "sym") or name in _RUN_TEXT) and fields.open and fields.drops():
            continue  # a PAGE or DATE field's last shown value (docxfields' notes)
        elif name == "t":
            fields.text_shown()
            text = node.text or ""
            # A superscript run holding a number (a footnote mark typed by hand, or a web
            # page's <sup> saved as Word) becomes superscript digits: ¹
            mark = superscript_mark(text)
            if mark is not None and attr(find(run, "rPr", "vertAlign"), "val") \
                    == "superscript":
                text = mark
            elif _LINK_MARK.fullmatch(text) and _anchored(run):
                text = ""  # [a]: a link to a comment or a note in the file, not its text
            elif run is not None and PRIVATE_USE.search(text):
                text = symbol_run(text, run)  # → written in the Symbol font
            parts.append(text)
            if line == 0 and text.strip() and first_bold is not False:
                first_bold = bold
        elif name == "sym":
            parts.append(symbol(node))
        elif name in _RUN_TEXT:
            value = "\t" if name in ("tab", "ptab") else _RUN_TEXT[name]
            parts.append(value)
            line += value == "\n"
    parts.extend(f"\n{box}" for box in boxes if box.strip())
    return "".join(parts).replace("\u00ad", "").split("\n"), bool(first_bold)


_NESTED_INDENT = 300
"""How much deeper in (twips, about a fifth of an inch) a list's first level is set than the
list before it for its paragraphs to be that list's sub-points."""


@dataclass
class _Reader:
    numbering: Numbering
    styles: dict[str, _Style]
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    count: int = 0
    fallback: dict[str, None] = field(default_factory=dict)
    """The numbering formats read as decimal numbers because the reader does not know them
    (in the order first met)."""
    carry: tuple[list[str], bool, str] | None = None
    """A paragraph whose mark is a tracked deletion (or moved away): accepted, its text runs on
    into the next paragraph, which keeps its own properties, as in Word (its lines, whether its
    first line is bold, where it is)."""
    state: _TextState = field(default_factory=_TextState)
    chunk: Any = None
    """Reads an embedded chunk (``w:altChunk``, by its relationship id) as lines."""
    row_number: str = ""
    """The number the first cell of the table row being read shows (no text beside it)."""
    in_tables: set[int] = field(default_factory=set)
    """The indexes of the lines read from a table's cells (no page furniture is among them)."""
    titled: dict[Any, dict[Any, tuple[str, str, list[str], list[str]]]] = \
        field(default_factory=dict)
    """The titled points of each table met, by table and row (:func:`~.lines.titled_rows`;
    the elements are held, so each stays the one object lxml gives for it)."""
    figured: dict[Any, bool] = field(default_factory=dict)
    """Whether each table met is a two-column table of figures, by table."""
    listed: dict[Any, None] = field(default_factory=dict)
    """The rows among them whose number a Word list draws in an empty first cell (their
    number is the list's, counted when the row is read)."""
    looks: dict[str, tuple[Look, int]] = field(default_factory=dict)
    """How each of the first paragraphs looks and how many characters it holds, by where it
    is (:func:`_look`): the title typed by hand is told by them."""
    outer: tuple[str, int] | None = None
    """The list (its id, its first level's indentation) whose first level last numbered a
    paragraph not nested in another: a list of one level set deeper in after it (python-docx's
    "List Number 2") is nested in its point (:meth:`nested`)."""
    boxes_apart: bool = False
    """Whether a text box's lists are counted apart from the body's (a file LibreOffice
    wrote: it counts each frame's text on its own, :meth:`box`)."""
    notes: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """The footnotes and endnotes not yet placed, by key (``("footnote", id)``): where each
    is and its text (:func:`~.docxpackage.note_texts`)."""
    referred: list[tuple[str, str]] = field(default_factory=list)
    """The notes referred to in the text read since the last paragraph was emitted."""
    commented: dict[Any, dict[Any, tuple[str, tuple[str, list[str], list[str]]]]] = \
        field(default_factory=dict)
    """The rows of each table met that are numbered provisions with comments beside them,
    by table and row: the comments' label and the row's number, text and comments
    (:func:`~.lines.commented_rows`)."""
    comment_labels: list[str] = field(default_factory=list)
    """The comments' label of each such table (for the report)."""
    table_heads: set[Any] = field(default_factory=set)
    """The header rows of such tables: each read as one line (:func:`~.lines.head_line`)."""

    def paragraph(self, element: Any) -> None:
        self.count += 1
        where = f"paragraph {self.count}"
        hidden = self.state.hidden
        boxes: list[Any] = []
        props = find(element, "pPr")
        chain = _style_chain(self.styles, attr(find(props, "pStyle"), "val"))
        self.state.fields.heading(_heading_level(props, chain))  # SEQ \s N restarts here
        texts, first_bold = _paragraph_text(element, self.state, boxes)
        if self.count <= LOOKED:
            self.looks[where] = _look(element, props, chain, self.styles)
        if any(_placeholder(up) for up in element.iterancestors()):
            texts = [""]  # a form's prompt: Word numbers the paragraph, the text is not ours
        shown = self.state.hidden == hidden
        if boxes and self.carry is None and self.opens_the_points(props):
            # a title drawn in a box at the top of page 1, anchored by Word in point 1's
            # paragraph: read before the point, not as its text
            lead, self.state.lead = self.state.lead, ""
            for box in boxes:
                self.box(box)
            self.state.lead, boxes = lead, []
        if self.carry is not None:
            before, before_bold, where = self.carry
            if "".join(before).strip():
                first_bold = before_bold
            texts = [*before[:-1], before[-1] + texts[0], *texts[1:]]
            self.carry = None
        self.refer(element)
        if find(props, "rPr", "del") is not None or find(props, "rPr", "moveFrom") is not None:
            self.carry = (texts, first_bold, where)
        else:
            self.emit(texts, first_bold, props, where, shown, _bound_to_title(element))
            self.place_notes(where)
        if find(props, "sectPr") is not None:  # the section ends here: a list from 1 after
            self.lines.append(Line(SECTION_BREAK, where))  # it is a part (an annex)
        for box in boxes:  # a text box's paragraphs after the one it is anchored in, read
            self.box(box)  # as the body's are (a numbered list in a box keeps its numbers)

    def box(self, content: Any) -> None:
        """A text box's paragraphs (``w:txbxContent``), read as the body's are; in a file
        LibreOffice wrote, its lists counted apart from the body's, as LibreOffice shows
        them (a .doc or .rtf it saved keeps a boxed list and the body's list in one list,
        and still shows the body's points from 1)."""
        if not self.boxes_apart:
            self.block(content)
            return
        outer = self.outer
        with self.numbering.apart():
            self.block(content)
        self.outer = outer

    def opens_the_points(self, props: Any) -> bool:
        """Whether a paragraph is numbered by Word's lists and no text comes before it (the
        body's first point, where Word anchors what is drawn at the top of page 1)."""
        chain = _style_chain(self.styles, attr(find(props, "pStyle"), "val"))
        num_id = _list_of(props, chain)[0]
        return num_id not in (None, "0") and not any(line.text.strip() for line in self.lines)

    def flush(self) -> None:
        """The text of a last paragraph whose mark was deleted (nothing follows to join)."""
        if self.carry is not None:
            texts, first_bold, where = self.carry
            self.carry = None
            self.emit(texts, first_bold, None, where)
            self.place_notes(where)

    def refer(self, container: Any) -> None:
        """Note the footnotes and endnotes whose marks ``container`` shows (not a deleted
        run's, not a text box's: read with the box), to be placed after its text."""
        for ref in container.iter(f"{W}footnoteReference", f"{W}endnoteReference"):
            if any(local(up) in ("del", "moveFrom", "txbxContent", "Fallback")
                   for up in _ancestors_within(ref, container)):
                continue
            key = ("footnote" if local(ref) == "footnoteReference" else "endnote",
                   attr(ref, "id") or "")
            if key in self.notes and key not in self.referred:
                self.referred.append(key)

    def place_notes(self, where: str) -> None:
        """The notes referred to since the last paragraph, each a line the parser puts in
        the notes of the point it stands under (:data:`~.lines.POINT_NOTE`)."""
        for key in self.referred:
            found = self.notes.pop(key, None)
            if found is not None:
                self.lines.append(Line(POINT_NOTE + found[1], where))
        self.referred.clear()

    def emit(self, texts: list[str], first_bold: bool, props: Any, where: str,
             shown: bool = True, titled: bool = False) -> None:
        """The lines of one paragraph; ``shown`` is False when all its text is hidden;
        ``titled`` when it shows the document's Title property (a cover page's title)."""
        lead, self.state.lead = self.state.lead, ""
        chain = _style_chain(self.styles, attr(find(props, "pStyle"), "val"))
        num_id, ilvl = _list_of(props, chain)
        if not "".join(texts).strip():
            if shown and num_id is not None and num_id != "0":
                self.numbering.advance(num_id, ilvl)  # Word shows (and counts) its number
            return
        if num_id in (None, "0"):
            self.numbering.unnumbered()
        raw_first = texts[0]
        texts = [t.replace("\t", " ") for t in texts]
        if any(CONTENTS_STYLE.match(style.name) for style in chain):
            return  # a table of contents' line
        heading = style_heading([s.name for s in chain])
        if titled and self.title is None and num_id in (None, "0") and heading == 0:
            heading = -1  # the cover page's title: as a paragraph in the Title style
        prefix = ""
        if heading:
            self.outer = None  # a heading: a list after it is no other list's sub-list
        if num_id is not None and num_id != "0":
            # a heading's list (LibreOffice's outline numbering) is no list's outer list
            number = self.list_number(num_id, ilvl, not heading and self.nested(num_id, ilvl))
            if number is not None:
                prefix, unknown = number
                self.fallback.update(dict.fromkeys(unknown))
        elif lead or self.row_number:  # an AUTONUM or LISTNUM field's, or the row's number
            prefix, self.row_number = lead or self.row_number, ""
        elif heading == 0:
            indent = int_value(attr(find(props, "ind"), "left")
                          or attr(find(props, "ind"), "start"))
            prefix = indent_pad(indent)
        if heading == -1 and self.title is None:
            self.title = " ".join(t.strip() for t in texts if t.strip())
        if heading == 0 and not prefix.strip() and quote_style([style.name for style in chain]):
            noted = quoted_note(texts, where)  # a quotation: the point's text or its note
            if noted is not None:
                self.lines.extend(noted)
                return
            prefix = ""  # set in by its style, not as an item under the point
        # no Word numbering and no heading: a typed "12⇥" marker is read (paragraph_lines)
        self.lines.extend(paragraph_lines(texts, raw_first, first_bold, prefix, heading, where))

    def block(self, container: Any) -> None:
        """The paragraphs of ``container`` in order; a table row is read by :meth:`row`."""
        for element in walk(container, lambda e: _into(e) and local(e) != "tr"):
            if local(element) == "p":
                self.paragraph(element)
            elif local(element) == "tr":
                self.row(element)
            elif local(element) == "altChunk" and self.chunk is not None:
                self.flush()
                self.lines.extend(self.chunk(element))

    def row(self, row: Any) -> None:
        """A table row of a number and a provision is one point (a two-column table of
        numbered provisions); any other row's paragraphs are read in place."""
        start = len(self.lines)
        self._row(row)
        self.refer(row)  # a row read as one point: its notes after it
        self.place_notes(f"paragraph {self.count}")
        self.in_tables.update(range(start, len(self.lines)))

    def _row(self, row: Any) -> None:
        commented = self.commented_row(row)
        if commented is not None:  # No. | Provision | Comment: one point, its comments noted
            label, provision = commented
            if row in self.listed:  # the number Word's list draws in the first cell
                shown = self.number_cell(_cells(row)[0]).strip().rstrip(".)")
                if LISTED_NUMBER.match(shown):
                    provision = (shown, *provision[1:])
            self.count += 1
            where = f"paragraph {self.count}"
            self.emit(commented_paragraph(provision), False, None, where)
            self.lines.extend(Line(POINT_NOTE + note, where)
                              for note in commented_notes(label, provision))
            return
        line = head_line(_row_cells(row)) if row in self.table_heads else _schedule_row(row)
        if line is not None:  # three or more cells: one line, the cells joined by " | "
            self.count += 1
            self.emit([line], False, None, f"paragraph {self.count}")
            return
        paragraphs = self.provision_row(row)
        if paragraphs is None:
            cells = _cells(row)
            number = self.number_cell(cells[0]) if len(cells) >= 2 else ""
            if not number and self.figures(row):  # force | ceiling: a line, as a reader sees
                self.count += 1
                self.emit([figure_line(_row_cells(row))], False, None, f"paragraph {self.count}")
                return
            if not number:
                self.block(row)
                return
            titled = self.titled_row(row) if row in self.listed else None
            shown = number.strip().rstrip(".)")
            if titled is not None and LISTED_NUMBER.match(shown):
                self.count += 1  # 1 | Title | Text, the 1 drawn by Word's list
                for texts in titled_paragraphs((shown, *titled[1:])):
                    self.emit(texts, False, None, f"paragraph {self.count}")
                return
            self.row_number = number  # the row's first paragraph of text takes it
            for cell in cells[1:]:
                self.block(cell)
            self.row_number = ""
            return
        self.count += 1
        for texts in paragraphs:
            self.emit(texts, False, None, f"paragraph {self.count}")

    def provision_row(self, row: Any) -> list[list[str]] | None:
        """The paragraphs of a table row that is a numbered provision (a number alone, then
        at least three words, then perhaps short remarks) or a titled point (number | title
        | text, in the whole table's light: :func:`~.lines.titled_rows`; asked first, as a
        short text beside a title would pass for a remark beside a provision):
        :func:`~.officetext.provision_paragraphs`, :func:`~.officetext.titled_paragraphs`;
        None for any other row."""
        titled = self.titled_row(row)
        if titled is not None and row in self.listed:
            return None  # read with the number its list draws (_row)
        if titled is not None:  # "2 | Exchange of prisoners | All detainees are swapped."
            return titled_paragraphs(titled)
        provision = numbered_provision(_row_cells(row))
        return None if provision is None else provision_paragraphs(provision)

    def commented_row(self, row: Any) -> tuple[str, tuple[str, list[str], list[str]]] | None:
        """The comments' label and the row's number, text and comments when ``row`` is a
        row of a table of numbered provisions with comments beside them (the table read
        once, :func:`~.lines.commented_rows`), else None."""
        table = next((up for up in row.iterancestors() if local(up) == "tbl"), None)
        if table is None:
            return None
        if table not in self.commented:
            rows, cells, listed = self._counted_cells(table)
            found = commented_rows(cells)
            self.commented[table] = {} if found is None else {
                rows[at]: (found[0], provision) for at, provision in found[1].items()}
            if found is not None:
                self.comment_labels.append(found[0])
                self.listed.update(dict.fromkeys(rows[at] for at in listed))
                if 0 not in found[1]:
                    self.table_heads.add(rows[0])
        return self.commented[table].get(row)

    def figures(self, row: Any) -> bool:
        """Whether ``row`` is a row of a two-column table of figures
        (:func:`~.officetext.figure_row`, the table read once)."""
        return figure_row(row, "tbl", self.figured,
                          lambda table: [_row_cells(each) for each in _table_rows(table)])

    def titled_row(self, row: Any) -> tuple[str, str, list[str], list[str]] | None:
        """The titled point a table row is, in its whole table's light (the table read once,
        :func:`~.lines.titled_rows`; a first cell that only a Word list numbers counts as
        numbered 1, 2 … down the table), None when it is none."""
        table = next((up for up in row.iterancestors() if local(up) == "tbl"), None)
        if table is None:
            return None
        if table not in self.titled:
            rows, cells, listed = self._counted_cells(table)
            found = titled_rows(cells)
            self.titled[table] = {rows[at]: titled for at, titled in found.items()}
            self.listed.update(dict.fromkeys(rows[at] for at in listed if at in found))
        return self.titled[table].get(row)

    def _counted_cells(self, table: Any) -> tuple[list[Any], list[list[list[str]]], list[int]]:
        """The rows of ``table``, their cells' lines and the rows whose first cell only a Word
        list numbers, that cell counted 1, 2 … down the table (as Word's list draws it)."""
        rows = _table_rows(table)
        cells = [_row_cells(each) for each in rows]
        listed = [at for at, each in enumerate(rows)
                  if cells[at] and not cells[at][0] and self.listed_cell(_cells(each)[0])]
        for count, at in enumerate(listed, 1):
            cells[at] = [[str(count)], *cells[at][1:]]
        return rows, cells, listed

    def listed_cell(self, cell: Any) -> bool:
        """Whether a cell holds no text but a paragraph of a Word list (which draws its
        number there); nothing is counted."""
        paragraphs = [p for p in walk(cell, _into) if local(p) == "p"]
        if any("".join(_paragraph_text(p)[0]).strip() for p in paragraphs):
            return False
        for paragraph in paragraphs:
            props = find(paragraph, "pPr")
            num_id = _list_of(props, _style_chain(self.styles,
                                                  attr(find(props, "pStyle"), "val")))[0]
            if num_id not in (None, "0"):
                return True
        return False

    def nested(self, num_id: str, ilvl: int) -> bool:
        """Whether a list's first level is set deeper in than the first level of the list
        numbered before it (python-docx's "List Number 2", a list of its own at half an
        inch, under "List Number" at a quarter): a level deeper, as Word shows it, so that
        its "1." is a sub-point of the point above, not a new list. Any other first level is
        the outer list from there on."""
        found = self.numbering.level(num_id, 0)
        if ilvl != 0 or found is None:
            return False
        indent = found[1].indent
        if self.outer is not None and self.outer[0] != num_id \
                and indent >= self.outer[1] + _NESTED_INDENT:
            return True
        self.outer = (num_id, indent)
        return False

    def list_number(self, num_id: str, ilvl: int,
                    nested: bool = False) -> tuple[str, list[str]] | None:
        """The number Word shows for the next paragraph of list ``num_id`` at level
        ``ilvl`` (counted), and the formats in it the reader does not know; None when the
        list or level is not defined. A ``nested`` list's first level is shown as a second
        level's (``(3)``, ``c)``): Word counts such a list on through the whole document
        (LibreOffice's text export reads "3." under the next point too), and its "3." is
        the point's sub-point, not top-level point 3."""
        counters = self.numbering.advance(num_id, ilvl)
        found = self.numbering.level(num_id, ilvl)
        if counters is None or found is None:
            return None
        levels = self.numbering.abstract.get(found[0], {})
        if nested:
            return (marker(found[1], 1, {1: counters.get(ilvl, found[1].start)},
                           {1: found[1]}), unknown_formats(found[1], levels))
        return marker(found[1], ilvl, counters, levels), unknown_formats(found[1], levels)

    def number_cell(self, cell: Any) -> str:
        """The number Word's list numbering shows in a cell holding no text but numbered
        paragraphs (a table whose first column numbers the provisions beside it); ``""``
        for any other cell. The paragraphs are counted."""
        paragraphs = [p for p in walk(cell, _into) if local(p) == "p"]
        lists = []
        for paragraph in paragraphs:
            if "".join(_paragraph_text(paragraph)[0]).strip():
                return ""
            props = find(paragraph, "pPr")
            lists.append(_list_of(props, _style_chain(self.styles,
                                                      attr(find(props, "pStyle"), "val"))))
        shown = ""
        for num_id, ilvl in lists:
            if num_id is None or num_id == "0":
                continue
            number = self.list_number(num_id, ilvl)
            if number is not None:
                shown = number[0]
        if shown:
            self.count += len(paragraphs)
        return shown


def read_docx(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS,
              view: RevisionView = RevisionView.ACCEPTED, column: str | None = None
              ) -> DraftLines:
    """The lines of a Word document's body (a .docx, or the same saved as one XML file), its
    tracked changes read accepted or rejected (``view``), one version column of each
    comparison table (``column``: :mod:`.comparison`, :func:`_one_column`)."""
    if not data.startswith(b"PK") and office_xml(data) == "flat-opc":
        data = flat_package(data, display)
    archive = Archive(data, display, limits)
    main = main_part(archive)
    document = archive.xml(main, required=True)
    body = find(document, "body")
    if body is None:
        raise input_problem(display, f"{main} has no body; not a Word document",
                            rule="format")
    revisions, tracked = _revisions(body, view)
    joins, emptied = lost_joins(body, view)
    if view is RevisionView.REJECTED:
        reject_changes(body)
    anchors = comment_anchors(body)  # the words as the view read shows them
    places = comment_places(body, anchors)  # and where a comment on no words stands
    compared = _one_column(body, column, display)
    chunks = Chunks(archive, main)
    numbering = read_numbering(archive.xml(chunks.part("numbering")))
    styles = _read_styles(archive.xml(chunks.part("styles")))
    numbering.link_styles({ident: style.num_id for ident, style in styles.items()
                           if style.num_id is not None})
    reader = _Reader(numbering, styles, boxes_apart=written_by_libreoffice(archive))
    reader.chunk = chunks
    notes = note_texts(archive, chunks, body)
    reader.notes = {key: (where, text) for where, text, key in notes}
    marks = [attr(mark, "fldCharType") for mark in body.iter(f"{W}fldChar")]
    reader.state.fields.followed = marks.count("begin") == marks.count("end")
    reader.block(body)
    reader.flush()
    lines, furniture = without_furniture(reader.lines, reader.in_tables)
    lines = broken_words_joined(lines)
    core = properties(archive)
    if reader.title is None:
        lines, reader.title = property_title(lines, title_property(core))
    if reader.title is None:
        lines, reader.title = typed_title_lines(lines, reader.looks)
    if reader.title is None:
        lines = first_heading_as_title(lines)
    left = list(reader.notes.values())  # referred to nowhere in the body's text
    lines = with_notes(lines, left)
    pasted = pasted_footnotes(tuple(lines), symbols=False)
    comments = margin_comments(archive, chunks.part("comments"), anchors,
                               chunks.part("commentsExtended"), places)
    unknown = tuple(f"list numbering in Word's format '{fmt}' read as decimal numbers (1, 2, "
                    "3 …): plandiff does not know how Word shows it; check the points' numbers"
                    for fmt in reader.fallback)
    hidden = (f"{reader.state.hidden} run(s) of text formatted hidden (Word does not show "
              "them) left out",) if reader.state.hidden else ()
    dropped = (("line(s) of page furniture in the text (page numbers, running headers and "
                "footers of the PDF or printout the file was made from)", furniture),) \
        if furniture else ()
    return DraftLines(DraftFormat.DOCX, pasted.lines, title=reader.title, dropped=dropped,
                      notes=unknown + revisions + _lost_marks(joins, emptied, view) + hidden
                      + unstable_note(reader.state.fields.unstable)
                      + commented_note(reader.comment_labels)
                      + notes_kept_out(len(left), len(notes) - len(left))
                      + tuple(chunks.skipped) + pasted.report()
                      + compared,
                      comments=comments, dates=word_dates(core), compared=bool(compared),
                      tracked=tracked)


def _one_column(body: Any, column: str | None, display: str) -> tuple[str, ...]:
    """Each comparison table of the body (:func:`~.comparison.comparison_table`) cut down to
    the version column ``column`` names, as :func:`~.comparison.read_column` reads it (the
    one reading every reader's table goes through; its rows map back to the table's by
    ``source``): its header row and the other columns removed, the rows empty in that
    column (or holding a placeholder) too, but for a number only a Word list draws; a
    first column of numbers stays, one of labels goes when the cells open with their own
    numbers (plandiff's synopsis: ``Clause | version | …``).
    In the cells kept, words struck through (a redline set as formatting: the older text's)
    and a cell's remarks in italics (``(modified)``, ``not in this version``) and its flags
    (``⚑ …``) are left out. Raises when a table is found and no column chosen (a column
    chosen and no table found is refused by the caller, :mod:`.formats`). What the
    structure report says of it."""
    tables = [table for table in body.iter(f"{W}tbl")
              if not any(local(up) == "tbl" for up in table.iterancestors())]
    said: list[str] = []
    for table in tables:
        rows = _table_rows(table)
        heads, grid = _comparison_rows(rows)
        chosen = version_column(grid, column, display)
        if chosen is None:
            continue
        found, at = chosen
        for head in rows[:heads]:
            head.getparent().remove(head)
        body = rows[heads:]
        width = len(found.headers)
        struck = sum(_cell_remarks_removed(_cells(row)[at]) for row in body
                     if len(_cells(row)) == width)
        read = read_column(found, [[[header] for header in found.headers],
                                   *([_row_cells_of(cell) for cell in _cells(row)]
                                     for row in body)], at)
        shown: dict[int, list[ColumnRow]] = {}
        for part in read.rows:
            shown.setdefault(part.source, []).append(part)
        numbered: list[tuple[tuple[int, str], Any]] = []
        for source, row in enumerate(body, 1):
            cells = _cells(row)
            if len(cells) != width:
                numbered.append(((-1, ""), row))  # kept in place: no reordering
                continue  # a heading across the table (a part's title): read as it is
            parts = shown.get(source)
            keep = {at} if 0 in found.versions else {0, at}  # no number column, or one
            if parts is None:  # empty in the column, or a placeholder (comparison)
                if _row_cells_of(cells[0]) or 0 in found.versions:
                    row.getparent().remove(row)
                    continue
                keep = {0}  # a number only a Word list draws: still counted, as Word does
                numbered.append(((-1, ""), row))
            elif parts[0].opened:  # Clause | 1⏎text: 1 | text
                numbers = tuple(part.label for part in parts)
                _number_moved(cells[at], cells[0], numbers, len(numbers) > 1)
                numbered.append((number_key(numbers[0]), row))
            else:
                numbered.append(((-1, ""), row))
            for index, cell in enumerate(cells):
                if index not in keep:
                    cell.getparent().remove(cell)
        reordered = _in_number_order(numbered)
        said.append(column_note(found, at, empty=read.empty, struck=struck,
                                reordered=reordered))
    return tuple(said)


def _in_number_order(numbered: list[tuple[tuple[int, str], Any]]) -> bool:
    """Put the rows of a version's column in the order of their numbers when every row
    opens with one and they are out of order (plandiff's synopsis lists a later version's
    clauses in the first version's order); whether they were moved."""
    keys = [key for key, _ in numbered]
    parents = {id(row.getparent()) for _, row in numbered}
    if not numbered or min(keys)[0] < 0 or len(parents) != 1 or keys == sorted(keys):
        return False
    parent = numbered[0][1].getparent()
    place = parent.index(numbered[0][1])
    for _, row in numbered:
        parent.remove(row)
    for offset, (_, row) in enumerate(sorted(numbered, key=lambda pair: pair[0])):
        parent.insert(place + offset, row)
    return True


def _number_moved(cell: Any, label: Any, numbers: tuple[str, ...], each: bool) -> None:
    """A version's cell that opens with its number on a line of its own (plandiff's
    synopsis: ``1`` ⏎ text) beside a cell of labels: the (first) number moved into the
    label's cell, in place of the label (a table of number | provision, read as such); with
    ``each``, a line of text for each number, the later lines open with theirs (``8, 9`` ⏎
    text ⏎ text: point 8, then ``9. text``)."""
    texts: list[Any] = list(label.iter(f"{W}t", f"{W}br", f"{W}cr", f"{W}tab"))
    shown: Any = next((node for node in texts if local(node) == "t"), None)
    for node in texts:
        if node is shown:
            node.text = numbers[0]
        elif local(node) == "t":
            node.text = ""
        else:
            node.getparent().remove(node)
    opened = 0  # the numbers' line cleared, then each later line given its number
    broken = False
    for node in list(cell.iter(f"{W}t", f"{W}br", f"{W}cr", f"{W}p")):
        name = local(node)
        if name in ("br", "cr", "p") and opened:
            broken = True
            if opened == 1 and name != "p":
                node.getparent().remove(node)
                opened, broken = 2, False
        elif name == "t" and (node.text or "").strip():
            if not opened:
                node.text, opened = "", 1
            elif opened == 1:
                opened, broken = 2, False
            elif broken and each and opened - 1 < len(numbers):
                number = numbers[opened - 1]
                node.text = f"{number}{'' if number.endswith(')') else '.'} {node.text}"
                opened, broken = opened + 1, False
            elif not each:
                return


def _row_cells_of(cell: Any) -> list[str]:
    """A cell's non-empty lines (as :func:`_row_cells` reads each cell)."""
    lines = [line.replace("\t", " ").strip()
             for p in walk(cell, _into) if local(p) == "p" for line in _paragraph_text(p)[0]]
    return [line for line in lines if line]


_LABEL_WORDS = 6
"""The most words of a cell all in italics that is a label ("No equivalent"), not text."""
_REMARK = re.compile(r"^\s*\(.*\)\s*$", re.DOTALL)


def _cell_remarks_removed(cell: Any) -> int:
    """Remove from a comparison table's cell the runs struck through, a flag's runs
    (``⚑ …``, plandiff's synopsis) and the remarks in italics: a run in parentheses, or all
    the cell's text when it is all in italics and short (``not in this version``). How many
    runs."""
    runs = list(cell.iter(f"{W}r"))
    texts = {id(r): "".join(t.text or "" for t in r.iter(f"{W}t")) for r in runs}
    written = [r for r in runs if texts[id(r)].strip()]
    if written and all(on(find(r, "rPr", "i")) for r in written) \
            and len(" ".join(texts[id(r)] for r in written).split()) <= _LABEL_WORDS:
        gone = written  # "not in this version": a label, where a proposal in italics is text
    else:
        gone = [r for r in runs if on(find(r, "rPr", "strike")) or on(find(r, "rPr", "dstrike"))
                or texts[id(r)].lstrip().startswith("⚑")
                or (on(find(r, "rPr", "i")) and _REMARK.match(texts[id(r)]))]
    for r in gone:
        r.getparent().remove(r)
    return len(gone)


def _lost_marks(joins: int, emptied: int, view: RevisionView) -> tuple[str, ...]:
    """What the structure report says of the paragraph marks' revisions put back
    (:func:`~.docxrevisions.lost_joins`)."""
    change, one = ("deletion", "a deletion") if view is RevisionView.ACCEPTED else \
        ("insertion", "an insertion")
    said: list[str] = []
    if joins:
        said.append(f"{joins} paragraph(s) whose typed number is a tracked {change} read as "
                    "running on from the paragraph before, which stops mid-sentence: the file "
                    f"kept no tracked {change} of the paragraph mark between them (LibreOffice "
                    "drops it saving tracked changes as .doc or .rtf); check those points")
    if emptied:
        said.append(f"{emptied} numbered paragraph(s) whose text is all a tracked {change} "
                    f"read as {one} with its paragraph mark, taking no number: the file "
                    f"kept no tracked {change} of the mark (LibreOffice drops it saving "
                    "tracked changes as .doc or .rtf)")
    return tuple(said)


def _revisions(body: Any, view: RevisionView
               ) -> tuple[tuple[str, ...], tuple[AuthorChanges, ...]]:
    """What the structure report says of tracked changes: the text read is the text with
    every change accepted (the module notes) or, as ``--view rejected`` asks, rejected, and
    the user must know which; and the changes counted per author (the name as the file
    gives it)."""
    counts = {"ins": 0, "del": 0, "moveFrom": 0, "moveTo": 0}
    authors: dict[str, dict[str, int]] = {}

    def of(author: str) -> dict[str, int]:
        return authors.setdefault(author, {**dict.fromkeys(counts, 0), "restyled": 0,
                                           "moves": 0})

    for element in counted_changes(body):  # a change written as several marks, once
        counts[local(element)] += 1
        of(change_author(element))[local(element)] += 1
    restyled = 0
    for change in body.iter(f"{W}pPrChange"):
        if _renumbered(change):
            restyled += 1
            of(change_author(change))["restyled"] += 1
    if not any(counts.values()) and not restyled:
        return (), ()
    parts = [f"{counts['ins']} insertion(s)", f"{counts['del']} deletion(s)"]
    if restyled:  # a point numbered, unnumbered or made a heading: the points change
        parts.append(f"{restyled} change(s) of a paragraph's numbering or style")
    # a move is one named range of moved text, however many paragraphs it holds
    ranges: dict[str, str] = {}
    for start in body.iter(f"{W}moveFromRangeStart"):
        name = attr(start, "name")
        if name is not None and name not in ranges:
            ranges[name] = change_author(start)
    moves = len(ranges) or max(counts["moveFrom"], counts["moveTo"])
    for author in ranges.values():
        of(author)["moves"] += 1
    if not ranges:
        for mine in authors.values():
            mine["moves"] = max(mine["moveFrom"], mine["moveTo"])
    if moves:
        parts.append(f"{moves} move(s)")
    tracked = tuple(AuthorChanges(author, mine["ins"], mine["del"], mine["moves"],
                                  mine["restyled"])
                    for author, mine in authors.items()
                    if mine["ins"] or mine["del"] or mine["moves"] or mine["restyled"])
    if view is RevisionView.REJECTED:
        return (f"tracked changes ({', '.join(parts)}): read with every change rejected "
                "(inserted text left out, deleted text kept), as --view rejected asks; "
                "without it the text after them is read" + by_author(tracked),), tracked
    return (f"tracked changes ({', '.join(parts)}): read with every change accepted "
            "(deleted text left out, inserted text kept); to import the text before them, "
            "give --view rejected" + by_author(tracked),), tracked


def _renumbered(change: Any) -> bool:
    """Whether a tracked change of a paragraph's properties (``w:pPrChange``, holding the
    properties before it) changed its list, list level or style: what makes it a point, a
    sub-point or a heading (an indent or spacing changed alone does not count)."""
    def shown(props: Any) -> tuple[str | None, ...]:
        return (attr(find(props, "numPr", "numId"), "val"),
                attr(find(props, "numPr", "ilvl"), "val"), attr(find(props, "pStyle"), "val"))
    return shown(change.getparent()) != shown(find(change, "pPr"))
