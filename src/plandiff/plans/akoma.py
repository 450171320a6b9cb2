"""Akoma Ntoso XML → a plan version: ``plandiff import`` and ``add`` of an act, bill or doc,
whoever wrote it.

- The hierarchy elements (``article``, ``section``, ``paragraph``, ``point``, ``clause``,
  ``rule``, ``indent``, ``alinea``, ``level``, ``hcontainer`` and their ``sub…`` forms)
  become points, nested ones sub-points; the grouping levels above articles (``part``,
  ``chapter``, ``title``, ``book``, ``tome``, ``division`` and ``sub…``) only group: their
  children are points at the level of the group (their headings go to the version's
  notes). A hierarchical ``list`` and a ``blockList`` give their ``point``/``indent``/``item``
  children to the point they stand in, their intro joins its text. An unnumbered
  ``subparagraph`` or ``alinea`` is a paragraph of its point's text; a cross-heading
  (``crossHeading``, an ``hcontainer`` holding only its heading) a heading in the notes (the
  version's, or inside an article that article's: "Heading before point 5(3): …"); an
  unnumbered ``hcontainer`` of words between numbered points text between the points; a
  numbered ``tblock`` where points stand a point (one in a point's text stays text).
- ``num`` is the number (a trailing dot or separator and a word before it dropped: ``Article 1``,
  ``Art. 3.``, ``§ 4``, ``第１条``, ``Article 5 -`` are 1, 3, 4, 1, 5, ``第十二条の二`` 12の2, as
  the text importer numbers Japanese law; a sub-point's bare number is
  put under its parent's, ``2(1)``, and a point with no ``num`` (or a dash for one) is numbered in
  order, ``1.1``; a footnote in a ``num`` goes to the notes; a plandiff export's numbers are kept
  as written), ``heading`` the title (a ``subheading`` after it, ``Board — Inserted in 2026``),
  ``p`` and other blocks the text (one line each, a
  table row one line; ``intro``, ``content`` and ``wrapUp`` in that order, the ``wrapUp``
  after the sub-points (a list's too) a paragraph of its own: the point's closing words; a
  quoted structure's provisions as lines; ``eol`` and ``eop``, where the printed text broke
  a line or a page, a space), an ``authorialNote`` or ``remark`` the point's notes (no space
  left where it stood before a full stop), an ``img``'s ``alt`` text too (``Image: …``), and so a
  note kept in ``meta/notes`` that a ``noteRef`` in its text references (a note nothing
  references goes to the version's notes). An ``hcontainer`` with no number around points
  only groups.
- Text outside the points goes to the version's notes under where it stood: the preface
  (but the line holding the title), the preamble, the conclusions, text set in the body
  between the points, and attachments (annexes, as lines of text) and the other components
  of a ``documentCollection`` (the first body holding points is read); the structure report
  names each.
- A body that marks up no points (plain paragraphs, the numbers typed in them, as a
  statement converted from a word processor is) raises :class:`UnmarkedText` with its
  words, which the importer reads as text (``intake/draft``).
- Ids: the element's ``wId`` when it is a valid, unused point id (plandiff's export writes
  the plan id there), else made from the numbers as the text importer does (``p6``,
  ``p10-a``, ``а)`` as ``a``).
- Metadata: title from ``docTitle`` (or ``shortTitle``, the title ``FRBRalias``, a Dublin
  Core ``dc:title``, the ``longTitle``, ``FRBRname``), date and language from the FRBR
  expression (ISO 639-2 ``eng`` as ``en``); a plandiff export's ``proprietary`` block
  gives back status, kind of text, lineage, parties, sources and per-point topics, links
  and status, so export → import → export is byte-identical. Options given on the command
  line win.

Spaces: only XML's own white space (the spaces, tabs and line ends of a file's layout) is
made one space (:func:`_xml_spaces`); an ideographic space (``第１条　停戦``), a no-break
space and the other spaces are the text's own and stay, so an export reads back as written.

Untrusted input: parsed by :func:`plandiff.xmlio.parse_untrusted` (no DTD, no entities, no
network, nesting limited), errors with line and column, exit code 2.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from plandiff.errors import InputError, Problem, UsageError
from plandiff.langtags import bcp47
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.build import (
    IMPORT_PUBLISHER,
    IMPORT_SOURCE_NOTE,
    IMPORT_SOURCE_URL,
    id_part,
)
from plandiff.plans.intake.markers import (
    ARTICLE_WORDS,
    CAPTION,
    LATIN_INSERTS,
    SUPERSCRIPT,
    ja_number,
    roman_value,
)
from plandiff.plans.intake.parser import FW_DIGITS
from plandiff.plans.model import POINT_ID, PlanVersion, Status, TextKind
from plandiff.xmlio import (
    XmlInputError,
    all_text,
    children,
    line_of,
    local_name,
    namespace,
    parse_untrusted,
)

if TYPE_CHECKING:
    from plandiff.xmlio import Element

PLANDIFF_NS = "https://plandiff.invalid/ns/akn-proprietary/1"
_POINTS = frozenset({
    "article", "section", "subsection", "paragraph", "subparagraph", "point", "clause",
    "subclause", "rule", "subrule", "indent", "alinea", "level", "hcontainer", "proviso",
    "transitional", "item"})
_GROUPS = frozenset({"part", "subpart", "chapter", "subchapter", "title", "subtitle", "book",
                     "tome", "division", "subdivision",
                     # the parts of a judgment's body, which hold its numbered paragraphs
                     "introduction", "background", "arguments", "remedies", "motivation",
                     "decision"})
_RUN_ON = frozenset({"subparagraph", "alinea"})
"""Units a reader sees as paragraphs of their point's text when they have no number: the
subparagraphs of an EU act's article or paragraph, a French or Italian text's alineas."""
_LISTS = frozenset({"list", "sublist", "blockList"})
_TEXT_PARTS = ("intro", "content", "wrapUp", "listIntroduction", "listWrapUp")
_SKIP = frozenset({"num", "heading", "subheading", "authorialNote"})
_NOTES = frozenset({"authorialNote", "remark"})
"""Inline notes: an author's footnote, an editor's remark; they go to the point's notes."""
_LINE_ENDS = frozenset({"br"})
_PRINTED_BREAKS = frozenset({"eol", "eop"})
"""Where the printed text broke a line or a page: the sentence runs on (a space, none where
``breakAt`` says a word was broken there)."""
_STRUCTURES = frozenset({"quotedStructure", "embeddedStructure"})
"""Whole provisions quoted inside a line (an amendment's inserted section): read as lines."""
_INLINE_HOLDERS = frozenset({"p", "num", "heading", "subheading"})
"""Blocks whose content is inline: one line each, whatever elements they hold."""
_SNIFF = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?akomaNtoso[\s>/]")


def looks_like_akn(text: str, label: str = "") -> bool:
    """True for Akoma Ntoso text (its root element near the start), or any XML in a file
    named ``*.xml`` (which then must be Akoma Ntoso)."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if _SNIFF.search(head):
        return True
    return label.lower().endswith(".xml") and head.startswith("<")


def _problem(label: str, message: str, line: int | None = None,
             column: int | None = None) -> InputError:
    problem = Problem(file=label, path="", message=message, line=line, column=column,
                      rule="akoma-ntoso")
    return InputError(problem.format(), (problem,))


class UnmarkedText(InputError):
    """An Akoma Ntoso document whose body marks up no points (a statement converted from a
    word processor: plain paragraphs, the numbers typed in them): its words, a block a
    line, and what its metadata says, for the text importer to read."""

    def __init__(self, error: InputError, blocks: tuple[str, ...], title: str | None,
                 date: str | None, language: str | None) -> None:
        super().__init__(error.message, error.problems)
        self.blocks = blocks
        self.title = title
        self.date = date
        """The expression's date as written (``2024-05-06``), when it has one."""
        self.language = language
        """The expression's language as a plan's tag (``fr``), when it names one."""


@dataclass
class _Point:
    number: str
    title: str | None
    lines: list[str]
    notes: list[str]
    wid: str | None
    eid: str | None
    children: list[_Point] = field(default_factory=list)
    kind: str = ""
    """The element's name (``article``, ``subparagraph`` …)."""
    headed: list[str] = field(default_factory=list)
    """The cross-headings set right above this point inside its parent (an article's
    "Transitional provisions" over its third paragraph): the parent's notes name them."""


def _inline_text(node: Element, notes: list[str]) -> str:
    """The text of an inline/block element; authorial notes go to ``notes``."""
    out = [node.text or ""]
    for sub in children(node):
        name = local_name(sub)
        if name in _NOTES or name == "img":
            said = "\n".join(line.strip(_LAYOUT) for line in _block_lines(sub, [])) \
                if name in _NOTES else _xml_spaces(sub.get("alt", ""))
            if said and name == "img":  # a picture's words, as its alt text gives them
                said = f"Image: {said}"
            if said:
                notes.append(said)
            _close_up(out, sub.tail or "")
        elif name in _LINE_ENDS:
            out.append("\n")
        elif name in _PRINTED_BREAKS:
            before = "".join(out)
            if sub.get("breakAt") is None and before[-1:].strip() \
                    and (sub.tail or "")[:1].strip():
                out.append(" ")
        elif name in _STRUCTURES:
            lines = _structure_lines(sub, notes) or [""]
            lines[0] = sub.get("startQuote", "") + lines[0]
            lines[-1] += sub.get("endQuote", "")
            out.append("\n" + "\n".join(lines) + "\n")
        elif name == "sup" and (sub.text or "").strip().isdigit() and not len(sub) \
                and "".join(out)[-1:].isdigit():
            out.append((sub.text or "").strip().translate(SUPERSCRIPT))  # 14<sup>1</sup>: 14¹
        elif name in _TITLE_PARTS:  # "Proposal for a" "REGULATION": words apart
            out.append(_apart("".join(out), _inline_text(sub, notes), sub.tail or ""))
            continue
        else:
            out.append(_inline_text(sub, notes))
        out.append(sub.tail or "")
    return "".join(out)


_CLOSERS = frozenset(".,;:!?)]»”’、。，．」』）")
"""Marks that follow a word with no space before them."""


def _close_up(out: list[str], tail: str) -> None:
    """Where a note or a picture was taken out of a sentence: no space left before the
    mark or the space that follows it ("thirty days <remark/>." reads "thirty days.")."""
    if not tail[:1] or not (tail[:1] in _CLOSERS or tail[:1] in " \t\u00a0"):
        return
    before = "".join(out)
    kept = before.rstrip(" \t\u00a0")
    if kept != before and (kept or tail[:1] in _CLOSERS):
        out[:] = [kept]


def _apart(before: str, text: str, tail: str) -> str:
    """``text`` and ``tail`` with a space between them and the text ``before`` where none
    is (a long title's parts, :data:`_TITLE_PARTS`, set side by side)."""
    if before and text and (before[-1].isalnum() or before[-1] in ".,;:") \
            and text[0].isalnum():
        text = " " + text
    if tail and text and (text[-1].isalnum() or text[-1] in ".,;:") and tail[0].isalnum():
        tail = " " + tail
    return text + tail


def _groups(node: Element) -> bool:
    """Whether ``node`` only groups points: a grouping level (part, chapter …), or an
    ``hcontainer`` with no number and no words of its own around the points it holds (the
    cross-heading of legislation.gov.uk and Laws.Africa: ``hcontainer name="crossheading"``),
    or holding only its heading (Laws.Africa's cross-heading set between the sections it
    heads, as a ``crossHeading`` is: a heading, no point)."""
    name = local_name(node)
    if name in _GROUPS or name == "crossHeading":
        return True
    if name != "hcontainer":
        return False
    kinds = {local_name(sub) for sub in children(node)}
    return bool(kinds) and kinds <= _POINTS | {"heading", "subheading"}


def _numbered_block(node: Element) -> bool:
    """Whether ``node`` is a ``tblock`` with a number: a numbered provision where points
    stand (a converted communiqué's), read as a point; one inside a point's text (a numbered
    table or box) stays its text."""
    return local_name(node) == "tblock" and any(local_name(sub) == "num"
                                                 for sub in children(node))


def _loose_text(node: Element) -> bool:
    """Whether ``node`` is an ``hcontainer`` of text among numbered points, not a point: no
    number, no points in it, and a numbered point beside it (Laws.Africa's ``hcontainer``
    of words set between two sections). Counted as a point, it took the next number in
    order, which the next section holds too."""
    if local_name(node) != "hcontainer" or any(
            local_name(sub) in _POINTS | _LISTS | {"num"} for sub in children(node)):
        return False
    parent = node.getparent()
    return parent is not None and any(
        local_name(other) in _POINTS and local_name(other) != "hcontainer"
        and any(local_name(sub) == "num" for sub in children(other))
        for other in children(parent))


def _structure_lines(node: Element, notes: list[str]) -> list[str]:
    """The lines of provisions quoted in the text (not points of this version): each
    provision's number and heading a line, its number joined to its first words when it has
    no heading."""
    lines: list[str] = []
    for sub in children(node):
        name = local_name(sub)
        if name in ("num", "heading", "subheading"):
            continue
        if name == "crossHeading":
            lines.append(_xml_spaces(_inline_text(sub, notes)))
        elif name in _POINTS or _groups(sub):
            number = _Reader.first_text(sub, "num", notes)
            heading = _Reader.first_text(sub, "heading", notes)
            inner = _structure_lines(sub, notes)
            if number and not heading and inner:
                inner[0] = f"{number} {inner[0].strip()}"
            elif number or heading:
                lines.append(" ".join(t for t in (number, heading) if t))
            lines.extend(inner)
        elif _holds_blocks(sub) and any(local_name(c) in _POINTS | _LISTS
                                        for c in children(sub)):
            lines.extend(_structure_lines(sub, notes))
        else:
            lines.extend(line.strip("\n") for line in _block_lines(sub, notes) if line.strip())
    return lines


def _holds_blocks(node: Element) -> bool:
    """Whether ``node`` is a container of blocks (no words of its own between its children)
    rather than a block of inline content such as a ``p``."""
    return (local_name(node) not in _INLINE_HOLDERS and not (node.text or "").strip()
            and not any((sub.tail or "").strip() for sub in children(node)))


def _block_lines(node: Element, notes: list[str]) -> list[str]:
    """Lines of a container of blocks (each ``p`` one line, a table row one line with its
    cells apart, a ``num`` joined to the line after it); the points in it are read apart."""
    blocks = children(node)
    if not blocks or not _holds_blocks(node):
        return [_inline_text(node, notes).strip("\n")]
    lines: list[str] = []
    number = ""
    for block in blocks:
        name = local_name(block)
        if name in _LISTS:
            found = _list_intro(block, notes)
        elif name in _POINTS:
            continue
        elif name in _NOTES:
            notes.append("\n".join(line.strip(_LAYOUT) for line in _block_lines(block, [])))
            continue
        elif name == "tr":
            cells = (" ".join(_xml_spaces(line) for line in _block_lines(cell, notes))
                     for cell in children(block))
            found = [" ".join(cell for cell in cells if cell)]
        else:
            before = len(notes)
            found = _block_lines(block, notes)
            if len(notes) > before and not "".join(found).strip():
                continue  # a block that held only a note
        if name == "num" and found:
            number = " ".join(found).strip()
            continue
        if number:
            found = [f"{number} {found[0].strip()}" if found else number, *found[1:]]
            number = ""
        lines.extend(found)
    if number:
        lines.append(number)
    return lines


_WRAP_UPS = ("wrapUp", "listWrapUp")
"""A provision's or a list's closing words, after its sub-points."""


def _list_intro(node: Element, notes: list[str]) -> list[str]:
    """The lead-in (and closing words) of a list, whose items are sub-points."""
    lines: list[str] = []
    for sub in children(node):
        name = local_name(sub)
        if name in ("intro", "listIntroduction"):
            lines.extend(_block_lines(sub, notes))
        elif name in _WRAP_UPS:
            _closing_words(lines, _block_lines(sub, notes))
    return lines


def _closing_words(lines: list[str], words: list[str]) -> None:
    """Closing words (a ``wrapUp``) after the lead-in ``lines``: a paragraph of their own
    (a blank line between), as the text importer keeps an item's closing words after its
    nested list."""
    if any(line.strip() for line in lines) and any(word.strip() for word in words):
        lines.append("")
    lines.extend(words)


_NUM_WORD = re.compile(
    rf"^(?:{ARTICLE_WORDS}|section|sec\.|§|paragraph|para\.|point|clause|item|rule|пункт"
    rf"|ст\.)[ \t\u00a0]*(?P<num>[0-9０-９]\S{{0,15}}?(?:[ \t\u00a0]+{LATIN_INSERTS})?)\.?$"
    r"|^第(?P<ja>[0-9０-９]{1,5}|[〇零一二三四五六七八九十百千]{1,8})[条項]"
    r"(?:の(?P<branch>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}))?$"
    rf"|^{ARTICLE_WORDS}[ \t\u00a0]*(?P<roman>[IVXLC]{{1,7}})\.?$", re.IGNORECASE)


def _bare_number(number: str) -> str:
    """A number as another producer writes it (``Article 1``, ``Art. 3.``, ``§ 4``,
    ``第１条``, ``第十二条の二``, ``Article IV``, ``Article 2 -``) without its word and
    trailing dot or separator, as the text importer numbers points (``12の2``)."""
    number = number.translate(FW_DIGITS)  # a Japanese act's paragraph "２" is 2
    number = _SEPARATOR.sub("", number)  # "Article 2 -": the dash before a heading
    found = _NUM_WORD.match(number)
    if found is not None and found.group("roman"):
        value = roman_value(found.group("roman"))  # a treaty's "Article IV" is 4
        return str(value) if value else number
    if found is not None and found.group("ja"):  # 第十二条の二: 12の2, as the text importer
        number, branch = ja_number(found.group("ja")), found.group("branch")
        return f"{number}の{ja_number(branch)}" if branch else number
    if found is not None:
        number = found.group("num").translate(FW_DIGITS)
    number = number[:-1].strip() if number.endswith(".") else number
    first = _FIRST.fullmatch(number)  # a French "Article 1er" is 1, as the text importer reads
    return first.group(1) if first else number


_SEPARATOR = re.compile(r"(?<=[^\W_])[ \t\u00a0]*[-–—:][ \t\u00a0]*$")
"""A separator a producer set after the number inside ``num`` (``Article 2 -``, ``4 —``,
``Section 3:``), before the heading it kept apart."""
_FIRST = re.compile(r"(1)(?:er|re|ᵉʳ|ʳᵉ)")
"""French law's first article (``Article 1er``, ``1re``), read as 1."""


_LAYOUT = " \t\r\n"
"""XML's white space: the spaces, tabs and line ends a file's layout puts between words."""
_XML_SPACES = re.compile(r"[ \t\r\n]+")


def _xml_spaces(text: str) -> str:
    """``text`` with its runs of XML white space (the space, tab and line ends a file's
    layout puts in) made one space, and none at its ends; other spaces are the text's own
    (a Japanese heading's ideographic space 第１条　停戦, a no-break space) and stay."""
    return _XML_SPACES.sub(" ", text).strip(" ")


def _caption(heading: str) -> str:
    """A Japanese article's caption without its brackets (``（目的）`` → ``目的``), as the text
    importer takes it (:data:`~plandiff.plans.intake.markers.CAPTION`); any other heading as
    written."""
    found = CAPTION.match(heading)
    if found is None or max(found.group("caption")) < "\u3000":
        return heading
    return found.group("caption")


class _Reader:
    def __init__(self, label: str, limits: Limits, verbatim: bool = False) -> None:
        self.label = label
        self.limits = limits
        self.verbatim = verbatim
        """A plandiff export: its numbers are the plan's, as written."""
        self.count = 0
        self.group_notes: list[str] = []

    def points_in(self, node: Element, depth: int,
                  headed: list[str] | None = None) -> Iterator[_Point]:
        """The points directly inside ``node`` (through groups and lists). Inside a point
        (``headed`` given), a cross-heading between its sub-points is kept for the next
        one (:attr:`_Point.headed`), not the version's: it heads a part of that point."""
        for sub in children(node):
            name = local_name(sub)
            if _groups(sub):
                said: list[str] = []
                heading = " ".join(t for t in (self.first_text(sub, "num", said),
                                               self.heading_text(sub, said)) if t) \
                    if name != "crossHeading" else _xml_spaces(_inline_text(sub, said))
                if heading:
                    heading += "".join(f"\nNote: {_xml_spaces(note)}" for note in said)
                    if headed is not None and not any(
                            local_name(inner) in _POINTS for inner in children(sub)):
                        headed.append(heading)
                    else:
                        self.group_notes.append(heading)
                yield from self.points_in(sub, depth, headed)
            elif (name in _POINTS and not _loose_text(sub)) \
                    or (_numbered_block(sub) and local_name(node) not in _TEXT_PARTS):
                point = self.point(sub, depth)
                if headed:
                    point.headed, headed[:] = list(headed), []
                yield point
            elif name in _LISTS or name in ("content", "intro", "wrapUp", "blockContainer"):
                yield from self.points_in(sub, depth, headed)

    @staticmethod
    def first_text(node: Element, name: str, notes: list[str] | None = None) -> str | None:
        """The text of ``node``'s first ``name`` child (``num``, ``heading``); a footnote or
        remark in it goes to ``notes`` (or nowhere), never into the number or heading."""
        for sub in children(node):
            if local_name(sub) == name:
                return _inline_text(sub, [] if notes is None else notes).strip()
        return None

    @staticmethod
    def heading_text(node: Element, notes: list[str]) -> str | None:
        """``node``'s heading, its ``subheading`` after a dash (or the subheading alone),
        spaces normalised; None when it has neither."""
        parts = [_caption(_xml_spaces(_inline_text(sub, notes))) for sub in children(node)
                 if local_name(sub) in ("heading", "subheading")]
        return " — ".join(part for part in parts if part) or None

    def point(self, node: Element, depth: int) -> _Point:
        self.count += 1
        if self.count > self.limits.max_points:
            raise _problem(self.label, f"over the limit of {self.limits.max_points} points "
                           "(set PLANDIFF_MAX_POINTS to raise it)", line_of(node))
        if depth > self.limits.max_point_depth:
            raise _problem(self.label, f"points nested deeper than {self.limits.max_point_depth}"
                           " levels, the most a plan file holds (set PLANDIFF_MAX_DEPTH to "
                           "raise it)", line_of(node))
        notes: list[str] = []
        lines: list[str] = []
        block = local_name(node) == "tblock"
        for part in children(node):
            name = local_name(part)
            if name in _WRAP_UPS:
                _closing_words(lines, _block_lines(part, notes))
            elif name in _TEXT_PARTS:
                lines.extend(_block_lines(part, notes))
            elif name in _LISTS:
                lines.extend(_list_intro(part, notes))
            elif name == "p":
                lines.append(_inline_text(part, notes).strip("\n"))
            elif block and name not in _SKIP and name not in _NOTES:
                lines.extend(_block_lines(part, notes))  # a numbered block's table, its box
        if not any(local_name(p) in (*_TEXT_PARTS, *_LISTS, *_POINTS, "p")
                   for p in children(node)) and (node.text or "").strip():
            lines.append(node.text or "")
        number = self.first_text(node, "num", notes)
        if number and not self.verbatim:
            number = _bare_number(number)
            if not any(ch.isalnum() for ch in number):
                number = ""  # an EU indent's dash ("—"), a bullet: numbered in order
        title = self.heading_text(node, notes)
        point = _Point(number=number or "", title=title or None, lines=lines, notes=notes,
                       wid=node.get("wId"), eid=node.get("eId"), kind=local_name(node))
        headed: list[str] = []
        for child in self.points_in(node, depth + 1, headed):
            if child.kind in _RUN_ON and not child.number and child.title is None \
                    and not child.children:
                # an unnumbered subparagraph (the EU's) or alinea: a paragraph of the text
                point.lines.extend(child.lines)
                point.notes.extend([*(f"Heading: {h}" for h in child.headed), *child.notes])
            else:
                point.children.append(child)
        point.notes.extend(f"Heading after the last point: {h}" for h in headed)
        only = point.children[0] if len(point.children) == 1 else None
        if (only is not None and not lines and not only.number and only.title is None
                and not only.children):
            # An article of one unnumbered paragraph (as EU bills write it): its words are
            # the article's text, as a text draft of the article gives them.
            point.lines, point.notes, point.children = only.lines, notes + only.notes, []
        return point


def _language(code: str) -> str:
    """A FRBRlanguage code as a plan's language tag (``eng`` → ``en``, ``fra-CA`` → ``fr-CA``);
    a code the language registry does not know stays as it is."""
    return bcp47(code)


def _meta(root: Element) -> dict[str, Any]:
    """What the metadata says: title, date, language, and a plandiff export's own data."""
    found: dict[str, Any] = {}
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        name = local_name(node)
        if name == "docTitle" and "title" not in found:
            found["title"] = _inline_text(node, []).strip()
        elif name == "FRBRname" and "name" not in found:
            found["name"] = node.get("value")
        elif name == "shortTitle" and "short" not in found:
            found["short"] = _inline_text(node, []).strip()
        elif name == "longTitle" and "long" not in found:
            found["long"] = _long_title(node)
        elif name == "FRBRalias" and node.get("name") == "title" and "alias" not in found:
            found["alias"] = node.get("value")
        elif name == "title" and namespace(node) == _DUBLIN_CORE and "dc" not in found:
            found["dc"] = all_text(node).strip()
        elif name == "FRBRExpression":
            for sub in children(node):
                if local_name(sub) == "FRBRdate" and sub.get("date"):
                    found.setdefault("date", sub.get("date"))
                elif local_name(sub) == "FRBRlanguage" and sub.get("language"):
                    found.setdefault("language", _language(sub.get("language", "")))
        elif name == "note" and node.get("eId") == "note_version":
            found["notes"] = "\n".join(all_text(p) for p in children(node))
        elif namespace(node) == PLANDIFF_NS and name == "version" and "own" not in found:
            found["own"] = node
    return found


_DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
"""The namespace of ``dc:title``, which a ``proprietary`` block may hold (legislation.gov.uk)."""

_TITLE_PARTS = frozenset({"docStage", "docType", "docPurpose", "docTitle", "docNumber",
                          "docDate", "docProponent"})
"""The parts of a long title that AKN4EU (the EU's drafting tools) writes side by side with
no space between them: ``Proposal for a`` ``REGULATION …`` ``on …``."""


def _set_referenced_notes(root: Element) -> list[str]:
    """Each ``noteRef`` to a note kept in the metadata (``meta/notes/note``) made that note,
    as an ``authorialNote`` where it is referenced (so it goes where a note in the text goes:
    the point's notes); the text of each note no ``noteRef`` references (but plandiff's own
    ``note_version``, the version's notes)."""
    held: dict[str, Element] = {}
    for node in root.iter():
        if not isinstance(node.tag, str) or local_name(node) != "note":
            continue
        holder = node.getparent()
        meta = holder.getparent() if holder is not None else None
        key = node.get("eId") or node.get("id") or node.get("GUID")
        if holder is not None and meta is not None and local_name(holder) == "notes" \
                and local_name(meta) == "meta" \
                and key and key != "note_version":
            held.setdefault(key, node)
    used: set[str] = set()
    for ref in [n for n in root.iter() if isinstance(n.tag, str) and local_name(n) == "noteRef"]:
        key = (ref.get("href") or "").rpartition("#")[2]
        note = held.get(key)
        if note is None:
            continue
        used.add(key)
        ref.tag = ref.tag[:len(ref.tag) - len("noteRef")] + "authorialNote"
        for part in children(note):
            ref.append(copy.deepcopy(part))
    return [text for key, note in held.items() if key not in used
            if (text := "\n".join(_xml_spaces(all_text(p)) for p in children(note)
                                  if all_text(p).strip()))]


def _long_title(node: Element) -> str:
    """A ``longTitle``'s words on one line, its parts (:data:`_TITLE_PARTS`) apart."""
    return _xml_spaces(" ".join(_block_lines(node, [])))


def _own_data(own: Element) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """A plandiff export's proprietary block: version fields, and per-point extras by eId."""
    version: dict[str, Any] = {}
    for key in ("status", "text_kind", "translation_of", "supersedes"):
        if own.get(key) is not None:
            version[key] = own.get(key)
    parties, not_reported, sources = [], [], []
    divergences: list[dict[str, Any]] = []
    points: dict[str, dict[str, Any]] = {}
    for node in children(own):
        name = local_name(node)
        if name == "party":
            parties.append(node.text or "")
        elif name == "notReported":
            not_reported.append(node.get("ref", ""))
        elif name == "alignment":
            version["alignment"] = {
                "against": node.get("against", ""),
                "unlinked": [s.get("ref", "") for s in children(node)
                             if local_name(s) == "unlinked"],
                "new": [s.get("id", "") for s in children(node) if local_name(s) == "new"]}
        elif name == "divergence":
            divergence = {k: node.get(k) for k in ("point", "kind", "value")
                          if node.get(k) is not None}
            divergences.append(divergence | {"reason": node.text or ""})
        elif name == "source":
            source: dict[str, Any] = {k: node.get(k) for k in ("id", "title", "publisher", "url",
                                                              "date", "reliability")
                                      if node.get(k) is not None}
            for sub in children(node):
                if local_name(sub) == "notes":
                    source["notes"] = sub.text or ""
            sources.append(source)
        elif name == "point" and node.get("eId"):
            extra: dict[str, Any] = {}
            if node.get("status"):
                extra["status"] = node.get("status")
            topics = [s.text or "" for s in children(node) if local_name(s) == "topic"]
            links = [s.get("ref", "") for s in children(node) if local_name(s) == "derivedFrom"]
            if topics:
                extra["topics"] = topics
            if links:
                extra["derived_from"] = links
            points[node.get("eId", "")] = extra
    if parties:
        version["parties"] = parties
    if not_reported:
        version["not_reported"] = not_reported
    if sources:
        version["sources"] = sources
    if divergences:
        version["translation_divergences"] = divergences
    return version, points


class _Ids:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str | None, fallback: str) -> str:
        if wanted and re.fullmatch(POINT_ID, wanted) and ".." not in wanted \
                and wanted not in self.used:
            self.used.add(wanted)
            return wanted
        base, n = fallback[:110], 2
        candidate = base
        while candidate in self.used:
            candidate = f"{base}-{n}"
            n += 1
        self.used.add(candidate)
        return candidate


_PLAIN_NUMBER = re.compile(r"[0-9]{1,4}[A-Za-z]?")


def _point_data(point: _Point, index: int, prefix: str, ids: _Ids,
                extras: dict[str, dict[str, Any]], limits: Limits, label: str,
                parent: str = "", verbatim: bool = False) -> dict[str, Any]:
    # A point with no num is numbered in order, under its parent's number as the text
    # importer numbers a bulleted list (1.1, 1.2): a bare "10" under "1" would stand where
    # point 10 does. A sub-point numbered with a bare number ("1." under Article 2) is 2(1),
    # as the text importer numbers an article's paragraphs (a plandiff export keeps its own).
    number = point.number or (f"{parent}.{index}" if parent else str(index))
    if parent and not verbatim and _PLAIN_NUMBER.fullmatch(number):
        number = f"{parent}({number})"
    number = number[:32]
    ident = ids.take(point.wid, f"{prefix}{id_part(point.number or str(index))}")
    text = "\n".join(point.lines)
    if len(text) > limits.max_text_chars:
        raise _problem(label, f"point {number}: text of {len(text)} characters is over the "
                       f"limit of {limits.max_text_chars} (set PLANDIFF_MAX_TEXT_CHARS)")
    data: dict[str, Any] = {"id": ident, "number": number}
    if point.title:
        data["title"] = point.title[:1000]
    data["text"] = text
    data.update(extras.get(point.eid or "", {}))
    subs = [_point_data(c, i, f"{ident}-", ids, extras, limits, label, number, verbatim)
            for i, c in enumerate(_first_paragraph(point.children), 1)]
    notes = [*point.notes, *(f"Heading before point {sub['number']}: {heading}"
                             for child, sub in zip(point.children, subs, strict=True)
                             for heading in child.headed)]
    if notes:
        data["notes"] = "\n".join(notes)
    if subs:
        data["points"] = subs
    return data


def _first_paragraph(points: list[_Point]) -> list[_Point]:
    """``points`` with the first numbered 1 when it has no number and the next is 2 or
    (2): a Japanese act leaves an article's first paragraph unnumbered before its ``２``, as
    some acts do before ``(2)``."""
    if len(points) > 1 and not points[0].number and points[1].number in ("2", "(2)"):
        return [replace(points[0], number=points[1].number.replace("2", "1")), *points[1:]]
    return points


def _date(option: dt.date | None, found: str | None, version: str) -> str:
    if option is not None:
        return option.isoformat()
    for candidate in (found, version[:10]):
        if candidate and re.fullmatch(r"\d{4}-\d{2}-\d{2}", candidate[:10]):
            try:
                return dt.date.fromisoformat(candidate[:10]).isoformat()
            except ValueError:
                continue
    raise UsageError("no date: give --date YYYY-MM-DD (the Akoma Ntoso document has no "
                     "expression date and the version id does not start with one)")


_ATTACHMENT_LINES = frozenset({"num", "heading", "subheading", "p"})
"""The elements of an attachment read as its lines (AKN keeps the words in them)."""
_BODIES = frozenset({"body", "mainBody", "judgmentBody", "debateBody", "portionBody"})
"""The bodies that hold points: an act's or bill's, a doc's or statement's, a judgment's, a
debate's, and a portion's (one provision of an act served on its own, with its chapter)."""
_FRAME = {"preface": "Preface", "preamble": "Preamble", "conclusions": "Conclusions"}
"""The parts of a document around its body, whose text goes to the version's notes."""


def _text_lines(node: Element) -> list[str]:
    """The lines of a part outside the points: each block a line, spaces normalised; its
    footnotes after them ("Note: …")."""
    notes: list[str] = []
    lines = _block_lines(node, notes)
    return [_xml_spaces(line) for line in (*lines, *(f"Note: {n}" for n in notes))
            if line.strip()]


def _attachment_lines(attachment: Element) -> list[str]:
    """The words of an attached document, a line per num, heading and paragraph (a note in
    one is a paragraph of its own)."""
    return [line for node in attachment.iter()
            if isinstance(node.tag, str) and local_name(node) in _ATTACHMENT_LINES
            if (line := _xml_spaces(_inline_text(node, [])))]


def _same_words(line: str, title: str | None) -> bool:
    """Whether a line of the preface is the title (its parts may be set with no space)."""
    return title is not None and "".join(line.split()) == "".join(title.split())


def _outside_points(body: Element, title: str | None
                    ) -> list[tuple[str, list[str], int | None]]:
    """What the document says outside its points, by where it stands: the preface (but
    the line that holds the title), the preamble and the conclusions around the body, text
    set in the body or a group between the points, and the attachments (annexes, read as
    text: they are documents of their own), each with the line it starts on."""
    found: list[tuple[str, list[str], int | None]] = []
    document = body.getparent()
    for part in children(document) if document is not None else []:
        name = local_name(part)
        if name in _FRAME:
            lines = [line for line in _text_lines(part) if not _same_words(line, title)]
            if lines:
                found.append((_FRAME[name], lines, line_of(part)))
        elif name in ("attachments", "components"):
            for attachment in children(part):
                text = _attachment_lines(attachment)
                if text:
                    found.append(("Attachment", text, line_of(attachment)))
    # The body read may be a component's (a documentCollection) or an attachment's (when
    # the main body holds no points): the documents around it, their frames and words, and
    # the other components or attachments go to the notes too.
    inner = document
    while inner is not None and (outer := inner.getparent()) is not None:
        if local_name(inner) in ("component", "attachment"):
            found += [(local_name(inner).capitalize(), text, line_of(other))
                      for other in children(outer)
                      if other is not inner and local_name(other) == local_name(inner)
                      if (text := _attachment_lines(other))]
        elif local_name(outer) not in ("akomaNtoso", "collectionBody", "attachments",
                                       "components"):
            for part in children(outer):
                name = local_name(part)
                lines = [line for line in _text_lines(part) if not _same_words(line, title)]
                if name in _FRAME and lines:
                    found.append((_FRAME[name], lines, line_of(part)))
                elif name in _BODIES and lines:
                    found.append(("Text between the points", lines, line_of(part)))
        inner = outer
    stray: list[Element] = []

    def between(node: Element) -> None:
        for sub in children(node):
            name = local_name(sub)
            if _groups(sub) or name == "blockContainer":
                between(sub)
            elif (name not in _POINTS and name not in _LISTS and name not in _SKIP
                  and not _numbered_block(sub)) or _loose_text(sub):
                stray.append(sub)
    between(body)
    lines = [line for sub in stray for line in _text_lines(sub)]
    if lines:
        found.append(("Text between the points", lines, line_of(stray[0])))
    return found


def parse_akn(data: bytes, *, document: str, version: str, label: str,
              title: str | None = None, date: dt.date | None = None,
              language: str | None = None, status: Status | None = None,
              text_kind: TextKind | None = None, source: dict[str, str] | None = None,
              limits: Limits = DEFAULT_LIMITS) -> PlanVersion:
    """A plan version from Akoma Ntoso XML bytes (see the module notes). ``source`` is the
    placeholder source used when the document carries none of plandiff's."""
    return read_akn(data, document=document, version=version, label=label, title=title,
                    date=date, language=language, status=status, text_kind=text_kind,
                    source=source, limits=limits)[0]


def read_akn(data: bytes, *, document: str, version: str, label: str,
             title: str | None = None, date: dt.date | None = None,
             language: str | None = None, status: Status | None = None,
             text_kind: TextKind | None = None, source: dict[str, str] | None = None,
             limits: Limits = DEFAULT_LIMITS
             ) -> tuple[PlanVersion, tuple[tuple[str, int | None], ...]]:
    """:func:`parse_akn`, and where the text outside the points that went to the version's
    notes stood (``Preamble``, ``Attachment`` …, once each, in order, with the line of the
    first)."""
    try:
        root = parse_untrusted(data, kind="an Akoma Ntoso document")
    except XmlInputError as exc:
        raise _problem(label, str(exc), exc.line, exc.column) from None
    if local_name(root) != "akomaNtoso":
        raise _problem(label, f"XML whose root element is <{local_name(root)}>, not "
                       "<akomaNtoso>: only Akoma Ntoso XML can be imported", line_of(root))
    bodies = [n for n in root.iter() if isinstance(n.tag, str) and local_name(n) in _BODIES]
    if not bodies:
        raise _problem(label, "no body, mainBody or portionBody element: nothing to import")
    # The first body with points (a collection's covering note may have none); the words of
    # the other documents of a collection go to the notes.
    meta = _meta(root)
    unreferenced = _set_referenced_notes(root)
    own, extras = _own_data(meta["own"]) if "own" in meta else ({}, {})
    for body in bodies:
        reader = _Reader(label, limits, verbatim="own" in meta)
        points = list(reader.points_in(body, 1))
        if points:
            break
    else:
        error = _problem(label, "no article, section, paragraph, point or item in the body",
                         line_of(bodies[0]))
        whole = bodies[0].getparent()
        lines = [line for part in (children(whole) if whole is not None else [bodies[0]])
                 if local_name(part) != "meta" for line in _text_lines(part)]
        raise UnmarkedText(error, tuple(lines), meta.get("title") or meta.get("short")
                           or meta.get("alias") or meta.get("dc") or meta.get("long"),
                           meta.get("date"), meta.get("language"))
    ids = _Ids()
    plan: dict[str, Any] = {
        "document": document, "version": version,
        "title": (title or meta.get("title") or meta.get("short") or meta.get("alias")
                  or meta.get("dc") or meta.get("long") or meta.get("name")
                  or f"{document} {version}")[:1000],
        "date": _date(date, meta.get("date"), version),
        "status": (status or own.get("status") or Status.DRAFT).__str__(),
        "text_kind": (text_kind or own.get("text_kind") or TextKind.OFFICIAL).__str__(),
        "language": language or meta.get("language") or "en",
    }
    for key in ("translation_of", "supersedes", "parties"):
        if key in own:
            plan[key] = own[key]
    plan["sources"] = own.get("sources") or [source or {
        "title": f"Text imported from {label}"[:1000], "publisher": IMPORT_PUBLISHER,
        "url": IMPORT_SOURCE_URL, "notes": IMPORT_SOURCE_NOTE}]
    notes = meta.get("notes")
    outside = _outside_points(body, meta.get("title") or meta.get("short")
                              or (meta.get("long") if not (meta.get("alias") or meta.get("dc"))
                                  else None))
    if reader.group_notes or outside or unreferenced:
        notes = "\n\n".join([*([notes] if notes else []),
                             *(f"Heading: {h}" for h in reader.group_notes),
                             *(f"{where}:\n" + "\n".join(lines) for where, lines, _ in outside),
                             *(["Notes:\n" + "\n".join(unreferenced)] if unreferenced else [])])
    if notes:
        plan["notes"] = notes
    for key in ("not_reported", "alignment", "translation_divergences"):
        if key in own:
            plan[key] = own[key]
    plan["points"] = [_point_data(p, i, "p", ids, extras, limits, label, "", reader.verbatim)
                      for i, p in enumerate(points, 1)]
    first_lines: dict[str, int | None] = {}  # where each kind of text stood first
    for where, _, line in outside:
        first_lines.setdefault(where, line)
    moved = tuple(first_lines.items())
    try:
        return PlanVersion.model_validate(plan), moved
    except ValidationError as exc:
        problems = tuple(
            Problem(file=label, path="$." + ".".join(str(p) for p in error["loc"]),
                    message=error["msg"], rule="akoma-ntoso")
            for error in exc.errors())
        raise InputError(f"{label}: the imported Akoma Ntoso document is not a valid plan "
                         f"({problems[0].format()})", problems) from None
