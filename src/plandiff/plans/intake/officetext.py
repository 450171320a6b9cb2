"""What the office document readers (Word's .docx, :mod:`.docx`; OpenDocument's .odt and
.fodt, :mod:`.odf`) do alike to the paragraphs they read: a number typed before a tab read as
a point's marker, the styles of a table of contents' lines, a table row of a number and a
provision, a two-column table of figures read a row a line (each table told once), and the
passes over the lines once read (page furniture of a file made from a PDF left out, words
broken at a printed line's end joined, a paragraph reading the document's Title property or
else a first heading taken as the title).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from plandiff.plans.intake.furniture import is_page_number, pasted_furniture
from plandiff.plans.intake.hyphens import Hyphenation
from plandiff.plans.intake.lines import CELL_JOIN, CELL_NUMBER, FOOTNOTES_HEADING, POINT_NOTE, Line
from plandiff.plans.intake.markers import PART, TOP, qualified_marker
from plandiff.plans.intake.mdquotes import NOTE_LABEL
from plandiff.xmlio import local_name

__all__ = [
    "CONTENTS_STYLE",
    "LISTED_NUMBER",
    "broken_words_joined",
    "commented_note",
    "commented_notes",
    "commented_paragraph",
    "comments_in_points",
    "figure_line",
    "figure_row",
    "figure_table",
    "first_heading_as_title",
    "indent_pad",
    "paragraph_lines",
    "property_title",
    "provision_paragraphs",
    "quote_style",
    "quoted_note",
    "short_grid",
    "short_table",
    "style_heading",
    "tab_marker",
    "unstable_note",
    "with_notes",
    "without_furniture",
]

CONTENTS_STYLE = re.compile(r"^(?:toc [1-9]|toc heading|contents(?: [1-9][0-9]?| heading))$",
                             re.IGNORECASE)
"""The styles of a table of contents' lines and heading (Word's and LibreOffice's): not the
draft's text (a contents list whose field was unlinked is plain text in these styles)."""


_QUOTE_STYLE = re.compile(r"^(?:quote|quotations?|block[ _]?(?:20_)?text|intense[ _]quote"
                          r"|цитата|цитати|цитаты|引用文?|zitat|citation|cita)$", re.IGNORECASE)
"""The paragraph styles of a quotation (Word's ``Quote``, ``Intense Quote`` and ``Block
Text``, pandoc's ``Block Text`` for a ``<blockquote>``, LibreOffice's ``Quotations``)."""


def quote_style(names: Sequence[str]) -> bool:
    """Whether a paragraph's style chain (its style and those it is based on) is a
    quotation's: a clause a point quotes, or a note on it, never an item set in under the
    point (its indentation is the style's, not a list level's)."""
    return any(_QUOTE_STYLE.match(name.strip()) for name in names)


def quoted_note(texts: Sequence[str], where: str) -> list[Line] | None:
    """A quotation paragraph's lines when it opens with a note's label (``Note:``,
    ``Editor's note:``, ``Примітка:``: :data:`~.mdquotes.NOTE_LABEL`): one line the parser
    puts in the notes of the point it stands under, and a blank one; None for a quotation
    that is the point's text."""
    text = " ".join(t.strip() for t in texts if t.strip())
    if not NOTE_LABEL.match(text) or TOP.match(text):
        return None
    return [Line(POINT_NOTE + text, where), Line("", where)]


_FIGURE_WORDS = 8
"""The most words a cell of a two-column table of figures holds (``Ground troops`` |
``600,000``; a longer cell is a text of its own, read as a paragraph)."""
_BARE_NUMBER = re.compile(rf"[\[(]?(?:{CELL_NUMBER})[\]).]?")


def figure_table(rows: Sequence[Sequence[Sequence[str]]]) -> bool:
    """Whether a table (rows of cells, each cell its non-empty lines) is a two-column table
    of figures set inside a point (force | ceiling, year | troops): two cells a row, a line
    of a few words in each, figures in at least half of the rows, at least two rows. Its rows
    are read a line each (:func:`figure_line`); a table of points (a number, then words)
    is none."""
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return False
    if any(len(cell) > 1 or len(" ".join(cell).split()) > _FIGURE_WORDS
           for row in rows for cell in row):
        return False
    texts = [[" ".join(cell) for cell in row] for row in rows]
    if sum(1 for row in texts if any(ch.isdigit() for ch in "".join(row))) * 2 < len(rows):
        return False
    points = sum(1 for first, second in texts if _BARE_NUMBER.fullmatch(first.strip())
                 and any(ch.isalpha() for ch in second))
    return points * 2 < len(rows)


def short_table(rows: Sequence[Sequence[Sequence[str]]]) -> bool:
    """Whether a table read by an office reader is a two-column table set inside a point
    whose rows are lines: a table of figures (:func:`figure_table`), or one whose every
    cell is a line of a few words (party | duty, term | meaning), at least two rows, not a
    table of points (a number, then words). Its cells read as paragraphs of their own ran
    into each other, the reader's test of text set in mid-sentence sending some of them to
    the notes; its rows are read a line each (:func:`figure_line`)."""
    if figure_table(rows):
        return True
    if len(rows) < 2 or any(len(row) != 2 or any(len(cell) != 1 for cell in row)
                            for row in rows):
        return False
    return _rows_of_lines([[cell[0] for cell in row] for row in rows])


def short_grid(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table of three columns or more (rows of cells, each cell its text) is a
    table set inside a point whose rows are lines: the same number of cells in every row,
    each a line of a few words (party | duty | when), at least two rows, not a table of
    points (a number, then words). A Word file's such row is read a line anyway
    (``" | "`` between its cells); a PDF's, its cells told apart by their gaps, was run
    into the sentence before the table."""
    if len(rows) < 2 or len(rows[0]) < 3 or any(len(row) != len(rows[0]) for row in rows):
        return False
    return _rows_of_lines(rows)


def _rows_of_lines(rows: Sequence[Sequence[str]]) -> bool:
    """Whether every cell of ``rows`` (each cell its text) is a line of a few words and the
    table is no table of points (a number, then words): :func:`short_table`'s and
    :func:`short_grid`'s common test."""
    if any(len(text.split()) > _FIGURE_WORDS or not text.strip() for row in rows
           for text in row):
        return False
    return not any(_BARE_NUMBER.fullmatch(row[0].strip()) for row in rows)


def figure_row(row: Any, table_tag: str, figured: dict[Any, bool],
               table_cells: Callable[[Any], list[list[list[str]]]]) -> bool:
    """Whether ``row`` (an element of a table whose local name is ``table_tag``: Word's
    ``tbl``, OpenDocument's ``table``) is a row of a two-column table read a line a row
    (:func:`short_table`); each table is read once (``table_cells``: its rows as cells of
    lines), its answer kept in ``figured`` by table."""
    table = next((up for up in row.iterancestors() if local_name(up) == table_tag), None)
    if table is None:
        return False
    if table not in figured:
        figured[table] = short_table(table_cells(table))
    return figured[table]


def figure_line(cells: Sequence[Sequence[str]]) -> str:
    """A row of a table of figures as one line, its cells joined by " | "."""
    return CELL_JOIN.join(text for cell in cells if (text := " ".join(cell).strip()))


def indent_pad(twips: int) -> str:
    """The leading spaces standing for an unnumbered paragraph's left margin (in twips,
    1/1440 inch): two a half inch, from about a fifth of an inch, at most
    :data:`_INDENT_STEPS` steps (a margin of billions, hostile or broken, is no more)."""
    if twips < 300:
        return ""
    return "  " * min(_INDENT_STEPS, max(1, round(twips / 720)))


_INDENT_STEPS = 10
"""The deepest indentation a margin gives, in steps of two spaces (a list's ninth level)."""


_TAB_MARKER = re.compile(
    r"^[ \t]*(?P<num>[0-9]{1,4}[A-Z]?) ?(?P<subs>(?:\([^\W_]{1,6}\))*)\t+")
"""A point number typed before a tab at the start of a paragraph, Word's way of setting a
number apart (``12⇥Text``; ``12(a)⇥Text``, ``12 (a)⇥``, ``2(б)⇥``, ``1(ア)⇥`` for a
sub-point named by its full number)."""


_TAB_DECIMAL = re.compile(r"^[ \t]*(?P<num>[0-9]{1,3}(?:\.[0-9]{1,3}){1,3})\.?\t+")
"""``1.1⇥`` and ``1.2.1.⇥``: a clause's outline number typed before a tab."""


_TAB_BRACKET = re.compile(r"^[ \t]*\[(?P<num>[0-9]{1,4})(?P<sub>[a-z]{1,2})?\]\t+")
"""``[3]⇥`` and ``[3a]⇥``: the bracketed numbers an editor gives an unnumbered text (plandiff's
own plans use them), read as point 3 and its sub-point (a)."""


def opens_with_typed_number(text: str) -> bool:
    """Whether ``text`` opens with a point number typed before a tab (``12⇥``, ``10(c)⇥``,
    ``1.2⇥``, ``[3a]⇥``), as :func:`tab_marker` reads one."""
    return any(pattern.match(text) for pattern in (_TAB_MARKER, _TAB_DECIMAL, _TAB_BRACKET))


def tab_marker(first: str, title_line: bool) -> str:
    """The first line of a paragraph with a leading ``N⇥`` read as the marker ``N.``
    (``1.1⇥`` as ``1.1.``, and ``N(a)⇥`` as ``N(a)``, which the parser reads as the
    sub-point ``(a)`` of point N, even where the draft does not restate point N); a bold
    first line after the number, followed by more lines, becomes a heading, so it is the
    point's title."""
    bracket = _TAB_BRACKET.match(first)
    if bracket is not None:  # "[3]⇥", "[3a]⇥": numbers an editor supplied
        rest = first[bracket.end():].replace("\t", " ").strip()
        if bracket.group("sub"):
            return f"({bracket.group('sub')}) {rest}"
        first = f"{bracket.group('num')}\t{first[bracket.end():]}"
    decimal = _TAB_DECIMAL.match(first)
    if decimal is not None:  # "1.1⇥": the clause 1.1 (a closing dot: however it opens)
        rest = first[decimal.end():].replace("\t", " ").strip()
        return f"{'### ' if title_line and rest else ''}{decimal.group('num')}. {rest}"
    match = _TAB_MARKER.match(first)
    if match is None:
        return first.replace("\t", " ")
    rest = first[match.end():].replace("\t", " ").strip()
    subs = match.group("subs")
    if subs:  # its point's number kept: under point 14 the parser reads the sub-point (d)
        return qualified_marker(match.group("num"), subs, rest, title_line and bool(rest))
    label = f"{match.group('num')}. "
    return f"### {label}{rest}" if title_line and rest else label + rest


def provision_paragraphs(provision: tuple[str, list[str], list[str]]) -> list[list[str]]:
    """The paragraphs a table row of a numbered provision reads as (``provision``: the
    number, the provision's lines and the remarks, :func:`~.lines.numbered_provision`): the
    number set before its text by a tab (``N⇥``, read as the point's marker), then each
    remark beside it (a status, "Agreed") a paragraph of the point's text."""
    return [commented_paragraph(provision), *([remark] for remark in provision[2])]


def commented_paragraph(provision: tuple[str, list[str], list[str]]) -> list[str]:
    """The paragraph a row of a table of numbered provisions reads as (with comments beside
    them, :func:`~.lines.commented_rows`, or remarks, :func:`provision_paragraphs`): the
    number set before its text by a tab."""
    number, text, _ = provision
    return [f"{number}\t{text[0]}", *text[1:]]


def commented_notes(label: str, provision: tuple[str, list[str], list[str]]) -> list[str]:
    """The notes of such a row's point: each comment, under the column's label
    (``Comment: …``) when the table names one."""
    return [f"{label}: {remark}" if label else remark for remark in provision[2]]


def commented_note(labels: Sequence[str]) -> tuple[str, ...]:
    """The structure report's line on the tables of numbered provisions with comments
    beside them (``labels``: each table's comments' label)."""
    if not labels:
        return ()
    named = sorted({label for label in labels if label})
    return (f"{len(labels)} table(s) of numbered provisions with a column of comments"
            + (f" ({', '.join(named)})" if named else "") + ": each row read as one point, "
            "its comment in the point's notes, not its text",)


LISTED_NUMBER = re.compile(r"^[0-9]{1,4}(?:\.[0-9]{1,3}){0,3}$")
"""A number a list draws in a table's number column, its closing mark taken off (``3``,
``2.1``): the number of a titled row (:func:`titled_paragraphs`)."""


def titled_paragraphs(titled: tuple[str, str, list[str], list[str]]) -> list[list[str]]:
    """The paragraphs a table row of a titled point reads as (``titled``: the number, the
    title, the text's lines and the remarks, :func:`~.lines.titled_provision`): the number
    read as a title line (``### N. Title``: the cells tell the title, a table of two rows
    has no draft's shape to tell it by), then its text a paragraph below, then each remark
    (a status) a paragraph of the point's text."""
    number, title, text, remarks = titled
    return [[tab_marker(f"{number}\t{title}", True)], text, *([remark] for remark in remarks)]


def without_furniture(lines: list[Line], in_tables: set[int]) -> tuple[list[Line], int]:
    """The lines without the page numbers and running lines a file made from a PDF or a
    printout keeps as paragraphs (left out as in text pasted from the PDF), and how many
    were left out. Only in a file whose body holds a page number (a Word file typed as such
    may repeat "AGREED" under each point); a table's cells are never page furniture (a
    table of versions repeats "en", "en")."""
    body = tuple(line for index, line in enumerate(lines) if index not in in_tables)
    if not any(is_page_number(line.text) for line in body):
        return lines, 0  # typed in Word, not made from a printout: no page furniture
    kept = {id(line) for line in pasted_furniture(body)[0]}
    out = [line for index, line in enumerate(lines) if index in in_tables or id(line) in kept]
    return out, len(lines) - len(out)


def broken_words_joined(lines: list[Line]) -> list[Line]:
    """The lines with each word broken at a printed line's end joined again, as in text
    pasted from a PDF (:mod:`.hyphens`): a file made from a PDF or a printout keeps the
    hyphen at the end of a line broken by hand, or of a paragraph that is one printed line
    (the rest of the word opens the next paragraph)."""
    hyphenation = Hyphenation(line.text for line in lines)
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        before = len(out) - 1
        if before > 0 and not out[before].text.strip():
            before -= 1  # the paragraph before, past the blank line between paragraphs
        if text and before >= 0 and out[before].text.strip():
            joined = hyphenation.join(out[before].text.rstrip(), text)
            if joined is not None:
                out[before:] = [Line(joined, out[before].where)]
                continue
        out.append(line)
    return out


def first_heading_as_title(lines: list[Line]) -> list[Line]:
    """A document without a ``Title`` paragraph that opens with a ``Heading 1`` (as Word and
    pandoc write a document's name) takes that heading as its title, as an HTML page's first
    ``<h1>`` is: the line becomes a one-``#`` heading, which the parser reads as the title.
    Plain paragraphs before it (a saved web page's cookie notice and menu) do not count;
    another heading or a numbered line does, and so does a part's heading (``Chapter I``,
    ``Розділ 1``, ``第一章``: a draft law opening with its first chapter)."""
    for index, line in enumerate(lines):
        if not line.text.strip():
            continue
        if line.text.startswith("## ") and not line.text.startswith("### ") \
                and not PART.match(line.text[3:]):
            head = Line("# " + line.text[3:], line.where)
            return [*lines[:index], head, *lines[index + 1:]]
        if line.text.startswith("#") or _NUMBERED.match(line.text):
            return lines  # a page's furniture (a cookie notice, a menu) may come first
    return lines


_NUMBERED = re.compile(r"^\s*(?:[(（]?[0-9０-９]{1,3}[.．)）:]|第)")


def property_title(lines: list[Line], title: str | None) -> tuple[list[Line], str | None]:
    """The lines with the paragraph that shows the document's Title property (``title``,
    from a Word file's ``docProps/core.xml`` or an OpenDocument file's ``meta.xml``) made
    the title line (``# …``), and that title; the lines as they were and None when no
    paragraph before the first heading or numbered line reads the property's words. A Word
    cover page shows the property through a content control bound to it, which the copy
    LibreOffice makes of a .doc, an .rtf or an .odt keeps only as a plain paragraph (or a
    form field) of the same words; a stale property (a template's "Memo") matches no
    paragraph and changes nothing."""
    wanted = " ".join((title or "").split()).casefold()
    if not wanted:
        return lines, None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if text.startswith("#") or _NUMBERED.match(text):
            break  # the points (or a part) begin: a title stands before them
        if " ".join(text.split()).casefold() == wanted:
            shown = " ".join(text.split())
            return [*lines[:index], Line("# " + shown, line.where), *lines[index + 1:]], shown
    return lines, None


_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


def style_heading(names: list[str], level: int = 0) -> int:
    """The heading level a paragraph's style chain (its style and those it is based on)
    gives it: a ``Title`` style is -1 (the document's title), else the paragraph's own
    outline ``level`` when it has one, else the first ``Heading N`` style's N, else 0."""
    if any(name.lower() == "title" for name in names):
        return -1
    if level:
        return level
    return next((int(match.group(1)) for name in names
                 if (match := _HEADING_NAME.match(name))), 0)


def paragraph_lines(texts: list[str], raw_first: str, first_bold: bool, prefix: str,
                    heading: int, where: str) -> list[Line]:
    """A paragraph's lines (``texts``, tabs made spaces; ``raw_first`` its first line as
    written) as the line parser reads them: the document's title (``heading`` -1) as ``#
    …``, a heading as ``## …`` and deeper with its number, else ``prefix`` (the list's
    marker or the indentation) before the first line and its indentation before the others;
    a typed ``12⇥`` marker is read where neither numbering nor a heading gives one; a blank
    line after. An empty line between two lines of text (two line breaks: a typist's
    Shift+Enter twice in a numbered item, plandiff's redline between a point's paragraphs)
    stays, once, in a paragraph that is no heading: it sets the point's paragraphs apart, as
    in a text draft."""
    if heading == -1:
        prefix = "# "
    elif heading > 0:
        number = prefix.strip()
        prefix = "#" * min(6, heading + 1) + " " + number + (" " if number else "")
    first, *rest = texts
    if heading == 0 and not prefix.strip():
        first = tab_marker(raw_first, first_bold and any(r.strip() for r in rest))
    pad = " " * (len(prefix) - len(prefix.lstrip()))
    out = [Line(prefix + first.strip(), where)]
    written, blank = bool(first.strip()), False
    for more in rest:
        if not more.strip():
            blank = written and heading == 0
            continue
        written = True
        if blank:
            out.append(Line("", where))
            blank = False
        out.append(Line(pad + more.strip(), where))
    return [*out, Line("", where)]


_ANCHOR_CHARS = 60
"""The most characters of a comment's anchored words quoted in its line (cut with …)."""


_PLACE_CHARS = 40
"""The most characters of the words before (or after) a comment on no words quoted in its
line (cut with …)."""
_TYPED_NUMBER = re.compile(r"^[ \t]*\(?[0-9]{1,3}[.)][ \t]+")


def _first_words(text: str, limit: int) -> str:
    """``text``, or its first words within ``limit`` characters cut with …"""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def comment_place(before: str, after: str) -> str:
    """Where a comment covering no words stands (a point comment, anchored at one position
    of its paragraph: ``before`` and ``after`` are the paragraph's words either side of it):
    ``after “…watch the line.”`` (the last words before it, a number typed before the
    paragraph's words left out), else ``before “Monitors from…”``; ``""`` in a paragraph
    with no words."""
    before = " ".join(_TYPED_NUMBER.sub("", before).split())
    after = " ".join(after.split())
    if before:
        cut = before if len(before) <= _PLACE_CHARS else \
            "…" + before[-_PLACE_CHARS:].split(" ", 1)[-1].lstrip(",;:")
        return f"after “{cut}”"
    after = _TYPED_NUMBER.sub("", after)
    if after:
        return f"before “{_first_words(after, _PLACE_CHARS)}”"
    return ""


def comment_line(author: str, text: str, anchor: str, *, resolved: bool = False,
                 reply_to: str | None = None, place: str = "") -> str:
    """A reviewer's comment as the notes list it: ``Author: text``, and the words it is
    anchored on when it has a range (``Author, on “swapped all for all”: text``, a long
    range cut to its first words), so a reader of the notes knows what it concerns; a
    comment on no words says where it stands instead (``place``: ``Author, after “…the
    line.”: text``, :func:`comment_place`); a reply names whom it answers instead
    (``reply_to``: ``Bo (reply to Ann): text``), and a comment marked resolved says so
    (``Ann (resolved): text``)."""
    author, anchor = " ".join(author.split()), " ".join(anchor.split())
    anchor = _first_words(anchor, _ANCHOR_CHARS)
    if reply_to is not None:
        anchor = place = ""  # the comment it answers names the words
    if anchor:
        head = f"{author}, on “{anchor}”" if author else f"On “{anchor}”"
    elif place:
        head = f"{author}, {place}" if author else place[0].upper() + place[1:]
    else:
        head = author
    tags = ([f"reply to {' '.join(reply_to.split()) or 'a comment'}"]
            if reply_to is not None else []) + (["resolved"] if resolved else [])
    if tags and not head:
        return f"({'; '.join(tags)}) {text}"
    head = f"{head} ({'; '.join(tags)})" if tags else head
    return f"{head}: {text}" if head else text


_ANCHORED = re.compile(r"^(?P<head>(?:[^:\n]*?, (?:on|after|before)|On|After|Before) "
                       r"“(?P<anchor>[^”]*)”)")
"""A comment line's head, to the words it is on, or beside (:func:`comment_line`)."""
_TAGS_COLON = re.compile(r"(?: \([^)\n]*\))?: ")
_HEAD = re.compile(r"[^:“”\n]*(?: \([^)\n]*\))?: |\([^)\n]*\) ")
FLAG_MARK = "⚑ "
"""How plandiff's Word redline begins a flag's comment (``⚑ number: 600,000 → 800,000``)."""


def plandiff_flag_comment(line: str) -> bool:
    """Whether a comment line (:func:`comment_line`) is a flag plandiff's own redline put in
    the margin: its text, after the author, the words it is on and its tags, begins with
    :data:`FLAG_MARK`. A reviewer's comment quoting one further on is not."""
    if line.startswith(FLAG_MARK):
        return True
    anchored = _ANCHORED.match(line)
    if anchored is not None:
        tags = _TAGS_COLON.match(line, anchored.end())
        return tags is not None and line.startswith(FLAG_MARK, tags.end())
    head = _HEAD.match(line)
    return head is not None and line.startswith(FLAG_MARK, head.end())


def comments_in_points(comments: tuple[str, ...],
                       points: list[tuple[str, str]]) -> tuple[str, ...]:
    """The comment lines (:func:`comment_line`), each naming the point it is on (``Ann, on
    “whole line” in point 1: …``) when the words it is anchored on (the first of a long
    anchor cut with …, in any case), or for a comment on no words those it stands after or
    before (``Ann, after “…the line.” in point 2: …``), stand in one point's text alone
    (``points``: each point's and sub-point's number and words, title included); a comment
    on words found in two points, or in none (a heading, the text outside the points),
    names none."""
    out: list[str] = []
    for line in comments:
        match = _ANCHORED.match(line)
        wanted = " ".join(match.group("anchor").removesuffix("…").removeprefix("…")
                          .split()).casefold() if match else ""
        holders = {number for number, text in points if wanted and wanted in text.casefold()}
        if match and len(holders) == 1:
            line = f"{match.group('head')} in point {holders.pop()}{line[match.end():]}"
        out.append(line)
    return tuple(out)


def with_notes(lines: list[Line], notes: Sequence[tuple[str, str]]) -> list[Line]:
    """``lines`` with a document's footnotes and endnotes (``(where, text)``) after them,
    under a heading whose numbered lines are not points (:data:`FOOTNOTES_HEADING`), each
    note a paragraph of its own; ``lines`` as they are when there is none."""
    if not notes:
        return lines
    return [*lines, Line("", "footnotes"), Line(FOOTNOTES_HEADING, "footnotes"),
            *(line for where, text in notes for line in (Line("", where), Line(text, where)))]


def notes_kept_out(count: int, placed: int = 0) -> tuple[str, ...]:
    """What the structure report says of a document's footnotes and endnotes: where their
    text went (none: nothing). ``placed`` of them went to the notes of the point whose text
    holds their mark (:data:`~.lines.POINT_NOTE`), ``count`` to the version's notes."""
    said: list[str] = []
    if placed:
        said.append(f"{placed} footnote(s) and endnote(s): their marks left out of the text, "
                    "their text in the notes of the point (or before the points, the "
                    "version's notes) where their mark stands")
    if count:
        said.append(f"{count} footnote(s) and endnote(s): their marks left out of the points' "
                    'text, their text in the version\'s notes under "Footnotes"')
    return tuple(said)


def unstable_note(counts: dict[str, int]) -> tuple[str, ...]:
    """The structure report's line on the field results an office reader left out because
    the word processor works them out anew each time it shows or prints the file (a page
    number, a page count, today's date: :func:`.docxfields.is_unstable`, and OpenDocument's
    ``text:page-number`` …, counted under Word's names)."""
    if not counts:
        return ()
    each = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    return (f"{sum(counts.values())} field result(s) worked out anew each time the file is "
            f"shown or printed ({each}) left out: a page number, a page count or a date so "
            "kept is the layout's or the clock's, not the drafter's words",)
