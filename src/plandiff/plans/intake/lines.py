"""The one shape every draft format is reduced to: lines of a circulated draft.

A reader (text, Markdown, HTML, Word, PDF, and any later one) turns a file into
:class:`DraftLines`: the lines a reader of the draft sees, in reading order, each with the place
it came from (``line 12``, ``page 3``, ``paragraph 40``) so the structure report can point at
it. Leading spaces are kept: they carry indentation (a sub-item under a lead-in). A blank line is
a paragraph break. What a reader dropped on purpose (page furniture, navigation) is counted in
``dropped``, so the report can say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from plandiff._text import CJK_SYMBOLS, FULLWIDTH_FORMS, HAN, KANA, class_body, merged

if TYPE_CHECKING:
    from plandiff.plans.intake.dating import Stated
    from plandiff.plans.intake.pagemeta import PageSource


class DraftFormat(StrEnum):
    """The formats a draft can come in (``--from``)."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"
    ODT = "odt"
    """An OpenDocument text (.odt, or the flat .fodt): :mod:`plandiff.plans.intake.odf`."""
    AKN = "akn"
    """Akoma Ntoso XML: read by :mod:`plandiff.plans.akoma` into a plan directly (it carries
    its own structure), not reduced to lines."""


class RevisionView(StrEnum):
    """How a draft carrying tracked changes (a Word file's insertions and deletions) is read
    (``--view``)."""

    ACCEPTED = "accepted"
    """Every change accepted: the text after them (deleted text left out, inserted kept)."""
    REJECTED = "rejected"
    """Every change rejected: the text before them (deleted text kept, inserted left out)."""


PAGE_TEXT = "\x1a"
"""Put by a reader before a line that its document's structure sets outside the points (a
web page's paragraph after the closed ``<ol>`` of the points): the parser puts it, and the
lines under it up to the next point, in the version's notes as they are."""

ITEM_MORE = "\x17"
"""Put by a reader before a line that goes on with the list item above it (a web page's
second ``<p>`` inside one ``<li>``): read one point a line (``--points-by lines``), the line
is that point's further paragraph, not a point of its own; read by the points' numbers, the
mark is dropped (the parser joins such a paragraph to its item anyway)."""

SECTION_BREAK = "\x1f"
"""A line of its own put by a reader where its document starts a new section (a Word
file's section break, ``w:sectPr`` in a paragraph's properties): a list numbered from 1
again right after it is a part of its own, as after a heading (an annex on its own pages
with no heading over it). Python reads the character as a space, so every pass that knows
nothing of it reads a blank line (a paragraph break), which a section break is."""

POINT_NOTE = "\x16"
"""Put by a reader before a line that its document ties to the point it stands under but
that is no part of its text: a footnote whose mark is in that point, a table's comment
column beside a numbered provision. The parser puts the line (the mark taken off) in that
point's notes (under a heading: the heading's paragraphs; before any point: the version's
notes), and names no event for it; read one point a line, the point's note too; read by
headings, the point's further paragraph (:data:`ITEM_MORE`)."""

_MARKS = {ord(PAGE_TEXT): None, ord(ITEM_MORE): None, ord(SECTION_BREAK): None,
          ord(POINT_NOTE): None}


def without_marks(text: str) -> str:
    """A draft's own text without the characters the readers use as marks
    (:data:`PAGE_TEXT`, :data:`ITEM_MORE`, :data:`SECTION_BREAK`, :data:`POINT_NOTE`): a
    control character a file happens to hold (a DOS text's end-of-file mark, U+001A) must
    not read as a mark. Every reader that decodes text itself runs it through this before it
    adds marks of its own."""
    return text.translate(_MARKS) if any(mark in text for mark in (
        PAGE_TEXT, ITEM_MORE, SECTION_BREAK, POINT_NOTE)) else text


FOOTNOTES_HEADING = "## Footnotes"
"""The heading a reader puts the footnotes of a page or a PDF under: the parser reads the
numbered lines under it as notes, not points (it is one of its link-list headings)."""


NOTES_WORDS = (r"(?:foot|end)?notes?|sources|references|bibliography|citations|works cited"
               r"|notes and references|примітки|примечания|источники|литература|джерела"
               r"|література|脚注|注|出典|参考文献|einzelnachweise|références"
               r"|notes et références")
"""The words of a notes heading ("Notes", "Footnotes", "Sources", "References", "Примітки",
"Источники", "脚注", "出典": a wiki's references list among them), as a
regular-expression alternation: the numbered lines under such a heading are notes, not
points (the parser's link-list headings and the pasted-footnotes reader share it)."""


LEAD_IN_WORDS = (r"(?<![^\W\d_])(?:that|as[ \t]+follows|the[ \t]+following|namely|що|наступне"
                 r"|таке|такі|а[ \t]+саме|что|следующее|такое|такие|а[ \t]+именно)"
                 r"|(?:以下|次)の(?:通り|とおり|ように|点)")
"""The last words of a lead-in going on in its items, colon or none (``… sets out that``,
``… reads as follows``, ``Сторони домовилися про таке``, ``… предусматривает
следующее``, ``骨子は以下の通り``), as a regular-expression alternation to put before an
end (``$``, a colon): a wire story's lead before its run-together items
(:mod:`.runin`), a line that is no headline (:mod:`.headlines`), the words before a colon
that are no point's label (:mod:`.titles`) share it, each adding the endings its own
question knows."""


STRUCTURED_FROM = "the page's structured data (JSON-LD articleBody)"
"""Where a page's article text stands when its JSON-LD gives it
(:attr:`DraftLines.structured_from`)."""


@dataclass(frozen=True)
class Line:
    """One line of a draft: its text (leading spaces are indentation) and where it is."""

    text: str
    where: str
    """``line 12``, ``page 3``, ``paragraph 40``: shown after the file name in warnings."""


@dataclass(frozen=True)
class AuthorChanges:
    """The pending tracked changes of one author (the name as the file gives it, spaces
    folded; empty when the file names none), as the structure report counts them."""

    author: str
    insertions: int = 0
    deletions: int = 0
    moves: int = 0
    restyled: int = 0
    """Changes of a paragraph's numbering or style (a point made, unmade or made a heading)."""

    def counts(self) -> str:
        """``2 insertion(s), 1 deletion(s)``: the kinds this author made, in that order."""
        return ", ".join(f"{count} {noun}" for count, noun in (
            (self.insertions, "insertion(s)"), (self.deletions, "deletion(s)"),
            (self.restyled, "change(s) of numbering or style"), (self.moves, "move(s)"))
            if count)


def by_author(changes: Sequence[AuthorChanges]) -> str:
    """`` (by author: A 2 insertion(s); B 1 deletion(s))`` for a tracked-changes report line,
    every author with the kinds of changes they made; empty when there are none."""
    if not changes:
        return ""
    more = len(changes) - _AUTHORS
    return " (by author: " + "; ".join(
        f"{change.author or '(no name)'} {change.counts()}" for change in changes[:_AUTHORS]
    ) + (f"; and {more} more author(s), in the report's JSON" if more > 0 else "") + ")"


_AUTHORS = 10
"""How many authors a tracked-changes report line names (the JSON names every one)."""


@dataclass(frozen=True)
class DraftLines:
    """A draft reduced to lines, with what the reader left out on purpose."""

    format: DraftFormat
    lines: tuple[Line, ...]
    title: str | None = None
    """A title the format itself carries (an HTML ``<h1>``/``<title>``, a Word title style)."""
    dropped: tuple[tuple[str, int], ...] = ()
    """(what, how many): page furniture, navigation blocks ..., for the structure report."""
    notes: tuple[str, ...] = ()
    """What the reader wants the structure report to say (``read as Windows-1251``)."""
    warnings: tuple[tuple[str, str], ...] = ()
    """(where, what): text the reader could not read, for the structure report's warnings
    (a PDF's page with no text layer among pages with one)."""
    comments: tuple[str, ...] = ()
    """Reviewers' comments on the draft (``[a] Check the wording``), which the format keeps
    apart from its text: they go to the version's notes, after everything else, and never
    through the parser (a comment is no point, whatever it opens with)."""
    structured: tuple[str, str | None] | None = None
    """The article's text and headline as the page's structured data gives them (a news
    page's JSON-LD ``articleBody``): read, as pasted text, only when the visible text yields
    no points (a paywalled or script-rendered page whose HTML holds a teaser or nothing)."""
    structured_from: str = STRUCTURED_FROM
    """Where the page holds :attr:`structured`, for the report: its JSON-LD, or a copy a
    browser shows only by running the page's scripts (:mod:`.embedded`)."""
    lead: str | None = None
    """The page's summary of its article (``<meta name="description">``, ``og:description``):
    a paragraph of the notes saying it a second time leaves them (:mod:`.repeats`)."""
    headline: str | None = None
    """The article's headline when :attr:`title` is another (the site's name in ``<title>``):
    the headline of the page's structured data when the text was read from it, else the one
    its ``<meta property="og:title">`` gives for sharing. The count it speaks of
    ("28-point plan") is checked against the points found."""
    address: tuple[str, str | None] | None = None
    """The page's own address and where it was read (a web archive's capture of it: the
    archive's address), when the file states them: the version's source."""
    page: PageSource | None = None
    """What a saved web page states about itself (its canonical address, its site's name, its
    headline): the version's source, when it is no archive's capture (:attr:`address`)."""
    pictures: int = 0
    """Images in a page's main text (not icons): when no point is found in a page of few
    words, the plan may be in them (pictures of a leaked document's pages), and the error
    says so."""
    frames: tuple[str, ...] = ()
    """The addresses of the documents a page's main text shows in frames (a document
    viewer's ``<iframe src>``): a browser saves each as a file of its own, which plandiff
    does not read; when no point is found, the error names them."""
    compared: bool = False
    """One column of a comparison table was read (``--column``, :mod:`.comparison`): a count
    of points the text around the table announces is the table's, not the column's."""
    set_apart: tuple[str, ...] = ()
    """Pull quotes a page sets apart from its text in their boxes (``quotation — speaker``):
    never lines (a quotation is no point, nor a point's text); they go to the version's
    notes, after the text the points leave, and the report counts them."""
    tracked: tuple[AuthorChanges, ...] = ()
    """The pending tracked changes per author, in the order their authors first appear."""
    dates: tuple[Stated, ...] = ()
    """The dates the file itself states (a page's publication date, a Word file's last save,
    a PDF's creation ...: :mod:`plandiff.plans.intake.dating`), which date a draft read in
    memory when its file name holds none."""


def text_lines(text: str, fmt: DraftFormat = DraftFormat.TEXT) -> DraftLines:
    """Plain text or Markdown: one :class:`Line` per line, tabs as four spaces."""
    return DraftLines(fmt, tuple(Line(raw.expandtabs(4), f"line {n}")
                                 for n, raw in enumerate(text.splitlines(), 1)))


def roman_label(n: int) -> str:
    """4 -> ``iv``: the label of the n-th item of a list numbered in lower-case Roman."""
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out or "0"


def letter_label(n: int) -> str:
    """28 -> ``ab``: the label of the n-th item of a list lettered a, b, ... z, aa ..."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out or "a"


UNSPACED = f"[{class_body(merged(HAN, KANA, CJK_SYMBOLS, FULLWIDTH_FORMS), astral=False)}]"
"""A character of a script written without spaces between words (Japanese, Chinese, their
punctuation and full-width forms), as a regular-expression class: a line of them wraps
between any two characters."""
UNSPACED_CHAR = re.compile(UNSPACED)
"""One character of :data:`UNSPACED`, compiled (``.match`` tests a text's first)."""
_CJK_BREAK = re.compile(f"{UNSPACED} {UNSPACED}")
_CJK_LATIN_BREAK = re.compile(f"{UNSPACED} [A-Za-z0-9]|[A-Za-z0-9%] {UNSPACED}")
"""A Japanese or Chinese line wrapped between one of its characters and a digit or a Latin
letter (``その利益の`` / ``50%を``, ``NATO`` / ``は``): written together, with no space."""


def join_wrapped(lines: list[str]) -> str:
    """The lines of one paragraph as one line: a space between them, none where a Japanese
    or Chinese line was wrapped between two of its characters (no spaces between words) or
    between one of them and a digit or Latin letter (``利益の`` / ``50%``), nor inside a run of
    capitals or digits set in Japanese text (``…、NAT`` / ``Oも``), nor
    after a dash set against the word before it (``Iranian–Russian–`` / ``Turkish``,
    ``2025–`` / ``2026``: the line broke where no space was; a spaced dash keeps its space)."""
    joined = " ".join(lines)
    if len(lines) < 2 or joined.isascii():
        return joined
    parts = [lines[0]]
    for line in lines[1:]:
        before = parts[-1]
        pair = f"{before[-1:]} {line[:1]}"
        spaced = not (_CJK_BREAK.fullmatch(pair) or _CJK_LATIN_BREAK.fullmatch(pair)) and not (
            before[-1:] in _DASHES and len(before) > 1 and not before[-2].isspace()
            and line[:1].isalnum()) and not (
            _CJK_RUN_END.search(before[-_RUN:]) and _CJK_RUN_START.match(line))
        if not spaced and before[-1:] not in _JA_ENDS and _JA_PARTY.match(line):
            parts.append("／" + line)  # "米国：…" / "ロシア：…": one party's line, then another's
            continue
        parts.append(" " + line if spaced else line)
    return "".join(parts)


_JA_PARTY = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff]{1,8}：(?=\S)")
"""A Japanese party's line under a point (``米国：…``, ``ウクライナ：…``): a name in kanji or
katakana and a full-width colon. Joined to the line before with ``／`` unless that one ends
in a full stop (the line itself ends in none), not run into it."""
_JA_ENDS = "。．！？!?／、"


_RUN = 40
_CJK_RUN_END = re.compile(f"{UNSPACED}[A-Z0-9][A-Z0-9.,]*$")
_CJK_RUN_START = re.compile(f"[A-Z0-9][A-Z0-9.,%]*(?:{UNSPACED}|$)")
"""A run of capitals or digits set in Japanese text with no space on either side, broken
across two lines (a justified line breaks anywhere: ``…、NAT`` / ``Oも``, ``…が5`` /
``0対50``): it is one word, joined without a space. (``Donald`` / ``Trump`` in small
letters keeps its space.)"""
_DASHES = "\u2012\u2013\u2014\u2015"
"""The figure dash, en dash, em dash and horizontal bar (a hyphen is a broken word's, which
:mod:`plandiff.plans.intake.hyphens` joins)."""


_COLUMN_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<num>[0-9]{1,3})"
                            r"(?:[ \t]+(?=[^\W\d_]|[«“\"'(\[])|[ \t]*$)")
"""A number and a space before a word, or a number alone (a cell centred beside a row of
several lines): how a table of numbered provisions reads once its cells are text (a PDF's
table, a table pasted as text)."""
_COLUMN_RUN = 3
"""Bare numbers count as a table's number column from this many in a row."""


def counting_up(values: Sequence[int], least: int = _COLUMN_RUN) -> list[int]:
    """The indexes of ``values`` in runs that count up one by one (each value the one before
    it plus one), at least ``least`` in a row: the test a table's number column passes,
    whether its numbers are lines of text or cells beside the rows."""
    runs: list[list[int]] = []
    for index, value in enumerate(values):
        if runs and value == values[runs[-1][-1]] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [index for run in runs if len(run) >= least for index in run]


LINE_STEPS = range(2, 11)
"""How far apart a draft's printed line numbers may stand besides one by one: every 2nd to
every 10th line."""


def stepped_runs(values: Sequence[int]) -> list[tuple[int, list[int]]]:
    """Runs of the positions of ``values`` that count up by one step each, by one or by one
    of :data:`LINE_STEPS`, with the step (0 for a run of one): how a draft's line numbers
    read, in a PDF's margin or in a pasted copy of one."""
    runs: list[tuple[int, list[int]]] = []
    for index, value in enumerate(values):
        if runs:
            step, run = runs[-1]
            gap = value - values[run[-1]]
            if len(run) == 1 and (gap == 1 or gap in LINE_STEPS):
                runs[-1] = (gap, [*run, index])
                continue
            if len(run) > 1 and gap == step:
                run.append(index)
                continue
        runs.append((0, [index]))
    return runs


def every_kth(step: int, values: Sequence[int]) -> bool:
    """True for a run counting up by ``step`` (one of :data:`LINE_STEPS`), at least two
    values, all multiples of it: a margin that numbers every k-th line."""
    return step in LINE_STEPS and len(values) >= 2 and all(v % step == 0 for v in values)


def number_column(texts: list[str]) -> set[int]:
    """The lines that open with a bare number (``3 Sanctions are eased …``) counting up one by
    one through the draft, at least three of them in a row: a table of numbered provisions
    whose cells became text. A bare number elsewhere ("1 January", "2 million") stays text."""
    found = [(index, int(match.group("num"))) for index, text in enumerate(texts)
             if (match := _COLUMN_NUMBER.match(text)) is not None]
    return {found[i][0] for i in counting_up([value for _, value in found])}


def _with_marker(text: str) -> str:
    """``3 Sanctions …`` (a line :func:`number_column` found) as the marker line
    ``3. Sanctions …``."""
    return _COLUMN_NUMBER.sub(r"\g<indent>\g<num>. ", text, count=1).rstrip()


def mark_number_column(texts: list[str]) -> dict[int, str]:
    """The lines of a table of numbered provisions whose cells became text (a PDF's table, a
    table pasted as text: :func:`number_column`), rewritten as marker lines (``3 Sanctions
    …`` → ``3. Sanctions …``), by their index in ``texts``; empty when there is none. One
    rule for every reader that meets such a table."""
    return {index: _with_marker(texts[index]) for index in sorted(number_column(texts))}


TABLE_ROW_CELLS = 3
"""A table row of this many cells or more inside a point (a schedule: phase, start, troops)
is read as one line, its cells joined by :data:`CELL_JOIN`."""
CELL_JOIN = " | "
NUMBER_SIGN = r"(?:№|N[oO°º]\.?|Nr\.?|пп?\.|#)[ \t\u00a0]*"
"""What a table's number cell may set before the number (``№ 1``, ``No. 1``, ``Nr. 1``,
``п. 1``, ``#1``), as a regular expression."""
CELL_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{1,3}){1,3}(?![0-9])|[0-9]{1,4}[A-Z]?"
"""A point's number in a table's number cell: ``3``, ``9A``, or a decimal sub-point's
``1.2`` (whose ``1.`` is no number with a dot), as a regular expression."""
_NUMBER_CELL = re.compile(rf"^\s*(?:{NUMBER_SIGN})?[\[(]?(?:{CELL_NUMBER})[\]).]?\s*$")


def row_line(cells: Sequence[str]) -> str | None:
    """A table row of :data:`TABLE_ROW_CELLS` or more cells as one line (each cell's text,
    its paragraphs joined by a space, joined by ``" | "``); None for a row of fewer cells,
    of one cell with text, or whose first cell holds a number alone (a numbered provision, a
    renumbering map's "12 | 8 | modified", a table of points: read as before)."""
    texts = [" ".join(cell.split()) for cell in cells]
    if len(texts) < TABLE_ROW_CELLS or _NUMBER_CELL.match(texts[0]) \
            or sum(1 for text in texts if text) < 2:
        return None
    return CELL_JOIN.join(texts)


def head_line(cells: Sequence[Sequence[str]]) -> str | None:
    """A table's header row as one line: each cell's lines joined by a space, the cells that
    hold text joined by :data:`CELL_JOIN` (``No. | Provision | Comment``; ``Provision |
    Comment`` under a number column with no header); None when no cell holds text."""
    texts = [" ".join(" ".join(cell).split()) for cell in cells]
    return CELL_JOIN.join(text for text in texts if text) or None


NUMBER_ALONE = rf"(?:{NUMBER_SIGN})?\[?(?P<num>{CELL_NUMBER})\]?[.)]?"
"""A point's number alone in its cell, as written: ``3``, ``3.``, ``[3]``, ``9A``, ``1.2``,
``№ 3``, ``No. 3``, ``п. 3`` (its number the group ``num``), as a regular expression."""
_ROW_NUMBER = re.compile(rf"^{NUMBER_ALONE}$|^(?P<sub>[0-9]{{1,4}}(?:\([^\W_]{{1,6}}\))+)$")
"""A provision's number alone in its cell: ``3``, ``3.``, ``[3]``, ``9A``, ``1.2``, ``№ 3``,
``No. 3``, ``п. 3``, or a sub-point's full number (``14(d)``, as a typed ``14(d)⇥`` reads)."""


_REMARK_CELLS = 2
"""The most cells of remarks after a provision's (a status, a date agreed)."""
_REMARK_WORDS = 5
"""The most words a cell after a provision's holds to be a remark on it (a negotiators'
table's status, "Agreed ad ref."), not a text of its own (a table of old and new texts)."""


def numbered_provision(cells: list[list[str]], *, long_remarks: bool = False
                       ) -> tuple[str, list[str], list[str]] | None:
    """A table row that is a numbered provision, in any reader's table (cells given as their
    non-empty lines: a number alone, then at least three words, then perhaps short remarks,
    a negotiators' working table's status): the number, the second cell's lines and the
    remarks (each later cell's text on one line, the empty ones left out). With
    ``long_remarks`` a remark may be any length (its table's rows are numbered provisions
    one by one, an explainer's column beside them)."""
    if len(cells) < 2 or len(cells[0]) != 1 or len(" ".join(cells[1]).split()) < 3:
        return None  # not number + provision (a renumbering map: "12 | 8 | modified")
    remarks = [" ".join(" ".join(cell).split()) for cell in cells[2:]]
    if len(remarks) > _REMARK_CELLS or (not long_remarks and any(
            len(r.split()) > _REMARK_WORDS for r in remarks)):
        return None
    if remarks and sum(1 for word in " ".join(cells[1]).split()
                       if re.search(r"[^\W\d_]", word)) < 3:
        return None  # a renumbering map's row: "24 | [6], [7], [8] | split | …"
    match = _ROW_NUMBER.match(cells[0][0])
    if match is None:
        return None
    return match.group("num") or match.group("sub"), cells[1], [r for r in remarks if r]


_COMMENT_HEADER = re.compile(
    r"^\W*(?:(?:our |their |the )?(?:comments?|remarks?|notes?|commentary|explanations?"
    r"|observations?|reasons?|rationale|justification|position|positions)"
    r"|коментар(?:і)?|примітк[аи]|комментари[йи]|примечани[ея]|пояснення|пояснения"
    r"|備考|コメント|注記|说明|备注)\W*$", re.IGNORECASE)
"""A table's third column header that names a commentary beside the provisions
(``Comment``, ``Remarks``, ``Примітка``, ``備考``): its cells are the points' notes."""


def commented_rows(rows: list[list[list[str]]]
                   ) -> tuple[str, dict[int, tuple[str, list[str], list[str]]]] | None:
    """A table of numbered provisions with a column of comments beside them (``No. |
    Provision | Comment``, the rows numbered one by one; cells given as their non-empty
    lines, as :func:`numbered_provision` takes them), which a negotiated draft in Word is
    often set as: the comments' label (the third column's header, ``""`` when the table has
    none) and, by row index, each row's number, text and comments (each one line). The
    comments are the points' notes, not their text. A column is one of comments when its
    header names a commentary or when a cell of it is longer than a status (``Agreed``,
    over :data:`_REMARK_WORDS` words); a table of statuses alone is None (its status stays
    a paragraph of the point, :func:`numbered_provision`), as is any other table."""
    heads = 1 if rows and rows[0] and (not rows[0][0]
                                       or not _ROW_NUMBER.match(rows[0][0][0])) else 0
    body = rows[heads:]
    if len(body) < 2 or any(len(row) != 3 for row in rows):
        return None
    found: dict[int, tuple[str, list[str], list[str]]] = {}
    for at, row in enumerate(body, heads):
        provision = numbered_provision(row, long_remarks=True)
        if provision is None or not provision[0].isdigit():
            return None
        found[at] = provision
    numbers = [int(number) for number, _, _ in found.values()]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    label = " ".join(" ".join(rows[0][2]).split()) if heads else ""
    if not _COMMENT_HEADER.match(label) and all(
            len(remark.split()) <= _REMARK_WORDS for _, _, remarks in found.values()
            for remark in remarks):
        return None
    return label, found


TITLE_CELL_WORDS = 6
_TITLE_CELL_CHARS = 60
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{6}")
_SENTENCE_ENDS = (".", "。", "．", "!", "！", ";", "；", "”", "」", ")", "）")


def titled_provision(cells: list[list[str]], *, stopped: bool = True, longer: bool = True
                     ) -> tuple[str, str, list[str], list[str]] | None:
    """A table row that is a titled point, in any reader's table (cells given as their
    non-empty lines, as :func:`numbered_provision` takes them): a number alone, a short
    title with a letter in it and no sentence's end, then a sentence (three words, or six
    Japanese or Chinese characters, at least), then perhaps short remarks (a status,
    "Agreed"): ``| 1 | Ceasefire | Both sides stop firing … |``, ``| 1 | 停戦 | 双方は … |``.
    The number, the title, the text's lines and the remarks; None for any other row (a
    renumbering map's ``5 | Security guarantees | merged into 4``, a status ``Agreed`` where
    the text would be). With ``stopped`` False the text need not end a sentence (a table set
    without full stops) but must be four words, or six Japanese or Chinese characters, at
    least: :func:`titled_rows` asks it of a table numbered 1, 2, 3 …. With ``longer`` False
    the text need not be longer than the title (``Exchange of prisoners and detainees | All
    are swapped.``): :func:`titled_rows` asks it of a table with titled rows already."""
    if len(cells) < 3 or len(cells[0]) != 1 or len(cells[1]) != 1 or not cells[2]:
        return None
    match = _ROW_NUMBER.match(cells[0][0])
    title, text = " ".join(cells[1][0].split()), " ".join(" ".join(cells[2]).split())
    remarks = [" ".join(" ".join(cell).split()) for cell in cells[3:]]
    if match is None or len(remarks) > _REMARK_CELLS \
            or any(len(r.split()) > _REMARK_WORDS for r in remarks):
        return None
    if len(title.split()) > TITLE_CELL_WORDS or len(title) > _TITLE_CELL_CHARS \
            or not re.search(r"[^\W\d_]", title) or title.endswith(_SENTENCE_ENDS[:6]):
        return None
    words = 3 if stopped else 4
    if (stopped and not text.endswith(_SENTENCE_ENDS)) or (longer and len(text) <= len(title)) \
            or (len(text.split()) < words and not _CJK_TEXT.search(text)):
        return None
    return (match.group("num") or match.group("sub"), title, cells[2],
            [r for r in remarks if r])


def titled_rows(rows: list[list[list[str]]]) -> dict[int, tuple[str, str, list[str], list[str]]]:
    """The rows of one table (each row's cells as :func:`titled_provision` takes them) that
    are titled points, by their index: each row :func:`titled_provision` reads, and, in a
    run of three rows or more numbered one by one (1, 2, 3 …), the rows whose text ends
    with no full stop too: table cells are often set without one; and, beside a titled row,
    the rows whose title is longer than their short text. One rule for every reader that
    sees a whole table at once."""
    found = {at: row for at, cells in enumerate(rows)
             if (row := titled_provision(cells)) is not None}
    if found:
        found.update({at: row for at, cells in enumerate(rows) if at not in found
                      and (row := titled_provision(cells, longer=False)) is not None})
    loose = {at: row for at, cells in enumerate(rows)
             if at not in found and (row := titled_provision(cells, stopped=False)) is not None}
    if not loose:
        return found
    both = sorted({**found, **loose}.items())
    run = counting_up([int(row[0]) if row[0].isdigit() else -1 for _, row in both])
    found.update({both[k][0]: both[k][1] for k in run if both[k][0] in loose})
    return found


_TABLE_ROW = re.compile(r"^[^|]*\S \| \S?[^|]*(?: \| [^|]*)*$")
"""A table's row read as one line, its cells joined by ``" | "``
(:data:`~plandiff.plans.intake.lines.CELL_JOIN`: a renumbering map's ``3 | 4 | moved``)."""


def note_paragraph(lines: list[str]) -> str:
    """A paragraph of the notes as one text: its wrapped lines joined, but each table row
    on a line of its own, and the line over the first row (the table's header, ``Old point
    New point Change``) too; the rows of a table set without space between them ran
    together into one line (``… Change 3 | 4 | moved 7 | 9 | merged …``)."""
    rows = [bool(_TABLE_ROW.match(line)) for line in lines]
    if not any(rows):
        return join_wrapped(lines)
    out: list[str] = []
    run: list[str] = []
    for at, line in enumerate(lines):
        if rows[at] or (at + 1 < len(lines) and rows[at + 1] and not any(rows[:at])):
            if run:
                out.append(join_wrapped(run))
                run = []
            out.append(line)
        else:
            run.append(line)
    if run:
        out.append(join_wrapped(run))
    return "\n".join(out)
