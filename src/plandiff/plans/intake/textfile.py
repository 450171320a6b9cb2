"""Plain-text and Markdown drafts: bytes → text → lines.

UTF-8 (an optional byte-order mark is dropped), or UTF-16/UTF-32 when a byte-order mark says
so; a draft in none of these is read in the legacy encoding it reads best in
(:mod:`plandiff.plans.intake.encodings`: Windows-1251, Shift-JIS, UTF-16 without a mark,
ISO-2022-JP, told by its escapes before UTF-8 is tried ...;
the structure report says which), and refused with line:column when none fits.
"""

from __future__ import annotations

import itertools
import quopri
import re
from dataclasses import replace
from itertools import groupby
from pathlib import Path

from plandiff._text import decode_text
from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.autonumbers import auto_numbers
from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.columns import pasted_columns
from plandiff.plans.intake.comparison import (
    ColumnRead,
    ComparisonTable,
    column_note,
    read_column,
    version_column,
)
from plandiff.plans.intake.encodings import Guess, guess_encoding, seven_bit_japanese
from plandiff.plans.intake.furniture import pasted_furniture, pasted_line_numbers
from plandiff.plans.intake.hyphens import rejoin_lines
from plandiff.plans.intake.lines import (
    PAGE_TEXT,
    POINT_NOTE,
    DraftFormat,
    DraftLines,
    Line,
    commented_rows,
    mark_number_column,
    row_line,
    text_lines,
    without_marks,
)
from plandiff.plans.intake.markers import NUMBERED_LINE
from plandiff.plans.intake.mdlists import item_paragraphs
from plandiff.plans.intake.mdquotes import block_quotes
from plandiff.plans.intake.mojibake import undo_mojibake
from plandiff.plans.intake.notemarks import page_footnotes, pasted_footnotes
from plandiff.plans.intake.orgmode import org_marks
from plandiff.plans.intake.readings import pasted_readings
from plandiff.plans.intake.replies import EARLIER_SAID, QUOTE_MARKS, earlier_message
from plandiff.plans.intake.sentences import ends_clause
from plandiff.plans.intake.subtitles import subtitle_lines
from plandiff.plans.intake.timedbullets import timed_bullets
from plandiff.plans.intake.underlines import underlined_headings
from plandiff.plans.intake.wiki import wiki_marks
from plandiff.plans.jsonsource import read_bytes

__all__ = ["decode_text_bytes", "read_text", "read_text_file"]

_MD_ITEM = re.compile(r"^(?P<indent>[ ]{0,3})(?P<num>[0-9]{1,9})(?P<delim>[.)])(?P<gap>[ \t]+)")


def _furniture_breaks(before: tuple[Line, ...], after: tuple[Line, ...]) -> set[int]:
    """The line numbers at which pages end in a copy with no form feeds: the last line with
    text before each run of page furniture left out (``before`` the lines with it,
    ``after`` without it)."""
    kept = {id(line) for line in after}
    breaks: set[int] = set()
    last: Line | None = None
    for line in before:
        if id(line) not in kept:
            if last is not None and last.where.startswith("line "):
                breaks.add(int(last.where.removeprefix("line ")))
        elif line.text.strip():
            last = line
    return breaks


_BACKSLASHED = re.compile(r"\\(.)")
_LITERAL = frozenset("!\"#$%&'()+,-./:;<=>?@[\\]^`{|}~")
"""The characters a Markdown backslash escape makes literal and the reader writes as they
are: every ASCII punctuation mark but the marks of emphasis (``*``, ``_``: an escaped one
stays escaped, never read as emphasis). A list's escaped number (``2\\.``, as pandoc writes
a paragraph its writer numbered by hand) reads as a chat's does: a point's number."""


def _unescaped(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """A Markdown text's lines with its backslash escapes of punctuation read as the
    character (``\\$100bn`` → ``$100bn``, ``\\[sic\\]`` → ``[sic]``), as pandoc, Notion
    and plandiff's own Markdown write them (:data:`_LITERAL`), outside code spans
    (```C:\\drafts```); with how many lines had one."""
    out: list[Line] = []
    changed = 0
    for line in lines:
        if "\\" not in line.text:
            out.append(line)
            continue
        pieces = line.text.split("`")  # odd pieces are inside code spans
        text = "`".join(piece if at % 2 else _BACKSLASHED.sub(
            lambda m: m.group(1) if m.group(1) in _LITERAL else m.group(), piece)
            for at, piece in enumerate(pieces))
        changed += text != line.text
        out.append(Line(text, line.where) if text != line.text else line)
    return tuple(out), changed


def _lazy_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """A Markdown list whose items all carry one number (``1.``, ``1.``, ``1.``: Markdown
    numbers them from the first, as pandoc and every renderer show them: 1, 2, 3) numbered
    as shown; how many items were renumbered. A list that counts (or skips) keeps its
    numbers: they are the draft's."""
    out = list(lines)
    runs: list[list[tuple[int, re.Match[str]]]] = []  # (line index, its item marker)
    key: tuple[str, str] | None = None
    blank = False
    for index, line in enumerate(lines):
        found = _MD_ITEM.match(line.text)
        if found is not None:
            here = (found.group("indent"), found.group("delim"))
            if key == here and runs:
                runs[-1].append((index, found))
            else:
                runs.append([(index, found)])
                key = here
            blank = False
        elif not line.text.strip():
            blank = True
        elif blank and len(line.text) - len(line.text.lstrip(" ")) < 2:
            key = None  # a paragraph after the list ends it
    renumbered = 0
    for run in runs:
        numbers = {found.group("num") for _, found in run}
        if len(run) < 2 or len(numbers) != 1:
            continue
        start = int(numbers.pop())
        for offset, (index, found) in enumerate(run):
            text = lines[index].text
            out[index] = Line(f"{found.group('indent')}{start + offset}{found.group('delim')}"
                              f"{found.group('gap')}{text[found.end():]}", lines[index].where)
            renumbered += offset > 0
    return tuple(out), renumbered


def _interjections(passage: list[tuple[int, re.Match[str]]], lines: tuple[Line, ...]
                   ) -> set[int]:
    """The lines of a quoted passage in which the forwarder speaks between the points they
    forward: the numbered lines (the bulleted ones, when none is numbered) all quoted one
    level deeper (``>> 2. …``), a line quoted less deep (``> My comment: point 2 is new.``)
    after the first of them. A less deep line right under a deeper one that does not finish
    its clause is that line's end, rewrapped by a mail client (``>> 2. … signed by Russia,``
    / ``> Ukraine and Europe.``, the next point or nothing after it): it stays the point's."""
    depth = {index: mark.group().count(">") for index, mark in passage}
    text = {index: lines[index].text[mark.end():] for index, mark in passage}
    pointed = {index for index in depth if NUMBERED_LINE.match(text[index])}
    bulleted = {index for index in depth if BULLET_LINE.match(text[index])}
    numbered = {depth[index] for index in pointed or bulleted}
    if len(numbered) != 1:
        return set()
    points = numbered.pop()
    opening = pointed | bulleted
    found: set[int] = set()
    started = False
    before = ""
    for at, (index, _) in enumerate(passage):
        started = started or (depth[index] == points and index in opening)
        if started and depth[index] < points and text[index].strip() and (
                index - 1 in found or not before.strip() or ends_clause(before)
                or _resumes(passage[at + 1:], depth, text, points, opening)):
            found.add(index)
        before = text[index] if depth[index] >= points else ""
    return found


def _resumes(after: list[tuple[int, re.Match[str]]], depth: dict[int, int],
             text: dict[int, str], points: int, opening: set[int]) -> bool:
    """Whether the point's sentence goes on at its own depth after a less deep line (the
    forwarder's word in the middle of it), rather than the next point opening there."""
    index = next((index for index, _ in after if depth[index] >= points), None)
    return index is not None and bool(text[index].strip()) and index not in opening


def _unquoted(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int, int]:
    """The lines with the quote marks of a quoted passage taken off (``> 1. Ukraine's
    sovereignty …``, a press text forwarded by e-mail or quoted in Markdown), how many
    lines lost them, and how many of them are the forwarder's own words between the quoted
    points (:func:`_interjections`): those are marked as the page's text
    (:data:`~plandiff.plans.intake.lines.PAGE_TEXT`, to the version's notes) and moved down
    to stand before the next quoted point, so that a point they interrupt stays whole. A
    passage is two or more lines in a row that open with ``>`` (blank quoted lines ``>``
    included); a lone line opening with ``>`` is left as it is (``> 100 days``), unless it
    is numbered and the text quotes another numbered line (a reply quoting its points a few
    at a time, the last alone).
    The forwarder's words set off by a blank line between two passages, the second opening
    with a numbered line, go to the notes too (:func:`_comments_between`)."""
    out: list[Line] = []
    count = asides = 0
    marked = [(index, QUOTE_MARKS.match(line.text)) for index, line in enumerate(lines)]
    runs = [(quoted, list(run))
            for quoted, run in groupby(marked, key=lambda item: item[1] is not None)]
    numbered = {index for index, mark in marked if mark is not None
                and NUMBERED_LINE.match(lines[index].text[mark.end():])}
    passages = {at for at, (quoted, items) in enumerate(runs) if quoted and (
        len(items) >= 2 or (len(numbered) >= 2 and items[0][0] in numbered))}
    between = _comments_between(runs, passages, lines)
    for at, (_quoted, items) in enumerate(runs):
        passage = [(index, mark) for index, mark in items if mark is not None]
        if at not in passages:
            out.extend(Line(PAGE_TEXT + lines[index].text, lines[index].where)
                       if index in between else lines[index] for index, _ in items)
            asides += sum(1 for index, _ in items if index in between)
            continue
        aside = _interjections(passage, lines)
        held: list[Line] = []
        for index, mark in passage:
            text, where = lines[index].text[mark.end():], lines[index].where
            if index in aside:
                held.append(Line(PAGE_TEXT + text, where))
                continue
            if held and NUMBERED_LINE.match(text):
                out.extend(held)
                held = []
            out.append(Line(text, where))
        out.extend(held)
        count += len(passage)
        asides += len(aside)
    return tuple(out), count, asides


_SIGN_HEADER = re.compile(r"^(?P<indent>[ \t]*)#(?:\t+| {2,})(?P<rest>[^\s#|].*)$")
"""A table's header row pasted with its column gaps (tabs, or two spaces and more) whose first
cell is ``#``, the number column's label (``#<tab>Provision``)."""
_NUMBER_ROW = re.compile(r"^[ \t]*[0-9]{1,4}[.)]?(?:\t+| {2,})\S")
_GAP = re.compile(r"\t+| {2,}")


def _sign_headers(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A pasted table's header row whose first cell is ``#`` (:data:`_SIGN_HEADER`), over a
    row opening with a number cell: its cells joined by " | " (``# | Provision``), a
    header's line, no Markdown heading (the ``#`` read as a heading's mark made the header's
    label the version's title)."""
    out = list(lines)
    for index, line in enumerate(lines):
        header = _SIGN_HEADER.match(line.text) if line.text[:1] in "# \t" else None
        if header is None:
            continue
        following = next((later.text for later in lines[index + 1:] if later.text.strip()), "")
        if _NUMBER_ROW.match(following):
            cells = _GAP.sub(" | ", header.group("rest").strip())
            out[index] = Line(f"{header.group('indent')}# | {cells}", line.where)
    return tuple(out)


def _comments_between(runs: list[tuple[bool, list[tuple[int, re.Match[str] | None]]]],
                      passages: set[int], lines: tuple[Line, ...]) -> set[int]:
    """The unquoted lines that are the forwarder's comments between quoted points: a run
    of unquoted lines after a passage that holds a numbered line and before one whose
    first line with words is numbered, opening with a blank line (a line right under a
    quoted one is that line's end, rewrapped by a mail client) and numbering nothing."""
    found: set[int] = set()
    started = False
    for at, (quoted, items) in enumerate(runs):
        if at in passages:
            started = started or any(
                mark is not None and NUMBERED_LINE.match(lines[index].text[mark.end():])
                for index, mark in items)
            continue
        if quoted or not started or at + 1 not in passages \
                or lines[items[0][0]].text.strip() \
                or any(NUMBERED_LINE.match(lines[index].text) for index, _ in items):
            continue  # a numbered line among them: the reply's own points, not comments
        following = next((lines[index].text[mark.end():] for index, mark in runs[at + 1][1]
                          if mark is not None and lines[index].text[mark.end():].strip()), "")
        if NUMBERED_LINE.match(following):
            found.update(index for index, _ in items if lines[index].text.strip())
    return found


_SOFT_BREAK = re.compile(r"(?<![=\s])=[ \t]*$", re.MULTILINE)
_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_QP_LINE = 76
"""The longest line quoted-printable writes (RFC 2045); the soft break ``=`` included."""


def _quoted_printable(text: str) -> bytes | None:
    """The bytes of a text pasted still in quoted-printable (an e-mail's body copied from
    its source, without the headers that say so: ``… covers a=`` / ``ll land …``,
    ``=E2=80=9C``), or None when it is not: seven-bit, no line longer than 76 characters,
    a soft line break at least, and three soft breaks or escapes in all."""
    if not text.isascii() or any(len(line) > _QP_LINE for line in text.splitlines()):
        return None
    soft = len(_SOFT_BREAK.findall(text))
    if not soft or soft + len(_ESCAPE.findall(text)) < 3:
        return None
    return quopri.decodestring(text.encode("ascii"))


def decode_text_bytes(data: bytes, display: str) -> str:
    """UTF-8 (an optional byte-order mark is dropped), or UTF-16/UTF-32 when a byte-order mark
    says so. Binary data and invalid UTF-8 raise :class:`InputError` with line:column."""
    return decode_text(data, display, utf16_32=True)


_WIDE = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
"""The byte-order marks of UTF-16 and UTF-32, where a byte below 0x80 may be half a
character: their bytes are never edited before decoding."""
_TERMINAL_CODE = re.compile(rb"\x1b\[[0-9;:?]*[ -/]*[@-~]")
"""A terminal's control sequence (ANSI/ECMA-48 CSI: colours, bold, cursor moves), as a text
saved from a terminal or a log holds them."""


def _terminal_text(data: bytes) -> tuple[bytes, int]:
    """``data`` without what a terminal or an old editor wrote around the text, and how many
    terminal codes were taken out: the DOS end-of-file mark (Ctrl-Z, 0x1A) ending it (``copy
    /a``, old editors) and the colour and style codes of a terminal's output. Both are
    control characters, which would make the text read as a binary file."""
    if data.startswith(_WIDE):
        return data, 0
    if data.endswith(b"\x1a"):
        data = data.rstrip(b"\x1a")
    if b"\x1b[" not in data:
        return data, 0
    return _TERMINAL_CODE.subn(b"", data)


def read_text_file(path: Path, limits: Limits = DEFAULT_LIMITS, *,
                   display: str | None = None) -> str:
    """The text of a draft file: size-limited, decoded, refused when binary."""
    shown = display if display is not None else str(path)
    return decode_text_bytes(read_bytes(path, shown, limits), shown)


_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
"""A Markdown table's delimiter row (``|---|---|``, ``--- | :---:``)."""
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _split_row(text: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(text.strip().strip("|"))]


_STRUCK = re.compile(r"~~.*?~~|<(del|s|strike)>.*?</\1>", re.IGNORECASE)
"""Words struck through in a Markdown cell (``~~older words~~``, ``<del>…</del>``): a
redline's older text."""
_REMARK = re.compile(r"\s*(?:\*\([^*]*\)\*|_\([^_]*\)_)")
"""A remark in italics in parentheses in a cell (plandiff's synopsis: ``*(modified)*``)."""
_ITALIC_LINE = re.compile(r"\*([^*]+)\*|_([^_]+)_")
_BOLD_LINE = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
_INLINE_TAGS = re.compile(r"</?(?:ins|u|mark|span)\b[^>]*>", re.IGNORECASE)
_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_REMARK_WORDS = 6


def _cell_lines(cell: str) -> tuple[list[str], int]:
    """A Markdown cell's lines (``<br>`` breaks them), what a redline or plandiff's synopsis
    marks in it left out: the words struck through, a remark in italics in parentheses, a
    line all in italics of six words at most (``*not in this version*``), a flag's line
    (``⚑ …``); with how many such runs were left out. Bold around a whole line (the
    synopsis' ``**3**``) and inserted-text tags are dropped, their words kept."""
    cleaned, struck = _STRUCK.subn("", cell)
    cleaned, remarks = _REMARK.subn("", _INLINE_TAGS.sub("", cleaned))
    lines: list[str] = []
    for part in _CELL_BREAK.split(cleaned):
        line = " ".join(part.split())
        italic = _ITALIC_LINE.fullmatch(line)
        if line.startswith("⚑") or (italic is not None and len(
                (italic.group(1) or italic.group(2)).split()) <= _REMARK_WORDS):
            remarks += 1
            continue
        bold = _BOLD_LINE.fullmatch(line)
        line = (bold.group(1) or bold.group(2)).strip() if bold is not None else line
        if line:
            lines.append(line)
    return lines, struck + remarks


def _comparison(block: list[Line], column: str | None, display: str
                ) -> tuple[list[Line], str, ComparisonTable] | None:
    """A pipe table that is a comparison table (:mod:`.comparison`) read in the version
    column ``column`` names (:func:`_column_table`); None when the table is none. Raises
    when no column is chosen."""
    rule = next((at for at, line in enumerate(block[:3]) if _TABLE_RULE.match(line.text)), None)
    if not rule:
        return None
    read_rows = [[_cell_lines(cell) for cell in _split_row(line.text)]
                 for line in (block[rule - 1], *block[rule + 1:])
                 if not _TABLE_RULE.match(line.text)]
    return _column_table([[lines for lines, _ in row] for row in read_rows],
                         [[marks for _, marks in row] for row in read_rows],
                         block[0].where, column, display)


def _column_table(grid: list[list[list[str]]], marks: list[list[int]] | None, where: str,
                  column: str | None, display: str
                  ) -> tuple[list[Line], str, ComparisonTable] | None:
    """The rows of a table pasted as text (``grid``: the header first, each cell its
    lines) that is a comparison table, read in the version column ``column`` names, as a
    text writes points (``3. text``, :func:`_column_lines`), with what the structure report
    says of it and the table; None when the table is none. ``marks`` counts, cell by cell,
    the runs struck through or marked that were left out of it. Raises when no column is
    chosen: the one path of a pipe table and a tab table alike."""
    chosen = version_column(grid, column, display)
    if chosen is None:
        return None
    found, at = chosen
    read = read_column(found, grid, at)
    struck = sum(row[at] for row in (marks or [])[1:] if len(row) == len(found.headers))
    return _column_lines(read, where), column_note(
        found, at, empty=read.empty, struck=struck, reordered=read.reordered), found


def _column_lines(read: ColumnRead, where: str) -> list[Line]:
    """The rows of a comparison table's column as a text writes points (``3. text``), a
    blank line after each."""
    out: list[Line] = []
    for row in read.rows:
        lines = list(row.lines)
        if row.numbered:
            lines[0] = f"{row.label}{'' if row.label.endswith(')') else '.'} {lines[0]}"
        elif row.label and not row.across:
            lines[0] = f"{row.label} {lines[0]}"
        out.extend([*(Line(line, where) for line in lines), Line("", where)])
    return out


_LEGEND_ITEM = re.compile(r"^[ \t]*(?P<num>[0-9]{1,2})[.)][ \t]+")


def _legend(lines: list[Line], table: ComparisonTable) -> list[int]:
    """The indexes of the lines above a comparison table that list its versions, one a
    numbered item (plandiff's own synopsis: ``1. `peace-framework@2025-11-20-us-28-point`
    — …``): as many items as the table has version columns, numbered from 1, each naming
    its column's header in turn. Empty when the lines above hold no such list."""
    headers = [" ".join(table.headers[at].split()).casefold() for at in table.versions]
    items = [(index, int(found.group("num"))) for index, line in enumerate(lines)
             if (found := _LEGEND_ITEM.match(line.text)) is not None]
    last = items[-len(headers):] if len(items) >= len(headers) else []
    if not last or [number for _, number in last] != list(range(1, len(headers) + 1)):
        return []
    named = all(header and header in " ".join(lines[index].text.split()).casefold()
                for header, (index, _) in zip(headers, last, strict=True))
    return [index for index, _ in last] if named else []


def _tab_tables(lines: tuple[Line, ...], column: str | None, display: str
                ) -> tuple[tuple[Line, ...], tuple[str, ...]]:
    """Comparison tables pasted as text, their cells set apart by tabs (a table copied out
    of Word, a spreadsheet or a web page into a mail or a .txt: ``No.⇥Draft of 10 March⇥Draft
    of 2 April``), each read in the version column ``column`` names (:mod:`.comparison`,
    the one rule); with what the structure report says of each. A table is a run of lines
    each holding a tab; a row of fewer cells than its header lost its empty last ones (a
    mail client strips the tabs at a line's end). Any other run (a list typed ``3⇥Sanctions
    …``) is unchanged. Raises when a table is found and no column chosen."""
    out: list[Line] = []
    said: list[str] = []
    for tabbed, group in itertools.groupby(lines, key=lambda line: "\t" in line.text):
        block = list(group)
        grid = [[[cell] if cell else [] for cell in (" ".join(part.split())
                                                      for part in line.text.split("\t"))]
                 for line in block] if tabbed and len(block) >= 3 else []
        width = len(grid[0]) if grid else 0
        grid = [row + [[]] * (width - len(row)) for row in grid]
        compared = _column_table(grid, None, block[0].where, column, display) \
            if grid else None
        if compared is None:
            out.extend(block)
            continue
        out.extend(compared[0])
        said.append(compared[1])
    return tuple(out), tuple(said)


def _pipe_tables(lines: tuple[Line, ...], column: str | None = None, display: str = ""
                 ) -> tuple[tuple[Line, ...], int, tuple[str, ...], str]:
    """Markdown (pipe) tables as rows of text: the delimiter row left out, the header row
    above it as written, each other row its first two cells on one line (``| 3 | Sanctions …
    |`` → ``3 Sanctions …``, a number column then reads as
    :func:`~plandiff.plans.intake.lines.mark_number_column` says) and each further cell on a
    line of its own under it; with how many rows were read. A table is the run of lines
    holding ``|`` around a delimiter row; text without one is unchanged. A comparison table
    is read in the column ``column`` names (:func:`_comparison`), with what the structure
    report says of it (a column chosen and no such table found is refused by the caller,
    :mod:`.formats`), and what it says of tables with a column of comments
    (:func:`_commented_table`), ``""`` when there is none."""
    out: list[Line] = []
    rows = 0
    said: list[str] = []
    tables: list[str] = []
    for piped, group in itertools.groupby(lines, key=lambda line: "|" in line.text):
        block = list(group)
        if not piped or len(block) < 2 or not any(_TABLE_RULE.match(line.text)
                                                  for line in block[:3]):
            out.extend(block)
            continue
        compared = _comparison(block, column, display)
        if compared is not None:
            legend = _legend(out, compared[2])
            for index in legend:  # the table's key to its columns: the notes', no points
                out[index] = Line(_LEGEND_ITEM.sub("", out[index].text), out[index].where)
            out.extend(compared[0])
            said.append(compared[1] + (f"; the list of its {len(legend)} versions above it "
                                       "read as the version's notes, not as points"
                                       if legend else ""))
            continue
        commented = _commented_table(block)
        if commented is not None:
            out.extend(commented[0])
            rows += commented[1]
            tables.append(commented[2])
            continue
        for at, line in enumerate(block):
            if _TABLE_RULE.match(line.text):
                continue
            cells = _split_row(line.text)
            joined = row_line(cells) if cells[0] else None
            if at + 1 < len(block) and _TABLE_RULE.match(block[at + 1].text):
                below = _split_row(block[at + 2].text) if at + 2 < len(block) else []
                schedule = joined is not None and bool(below) and row_line(below) is not None
                # the header row, as written (joined as the rows under it are)
                out.extend((Line(joined or "", line.where), Line("", line.where))
                           if schedule else (line,))
                continue
            if joined is not None:  # three or more cells: one line a row, joined by " | "
                rows += 1
                out.extend((Line(joined, line.where), Line("", line.where)))
                continue
            cells = [cell for cell in cells if cell]
            if cells:
                rows += 1
                out.append(Line(" ".join(cells[:2]), line.where))
                out.extend(Line(cell, line.where) for cell in cells[2:])
    if tables:
        named = sorted({label for label in tables if label})
        notes = (f"{len(tables)} table(s) of numbered provisions with a column of comments"
                 + (f" ({', '.join(named)})" if named else "") + ": each row read as one "
                 "point, its comment in the point's notes, not its text")
        return tuple(out), rows, tuple(said), notes
    return tuple(out), rows, tuple(said), ""


def _commented_table(block: list[Line]) -> tuple[list[Line], int, str] | None:
    """A Markdown table of numbered provisions with a column of comments beside them (``| No.
    | Provision | Comment |``, read as the office readers read it:
    :func:`~plandiff.plans.intake.lines.commented_rows`): its header row as written, then
    each row its number and provision on a line and each comment a line of the point's
    notes (:data:`~plandiff.plans.intake.lines.POINT_NOTE`, under the column's header); how
    many rows, and the comments' label. None for any other table (the comment ran into the
    point's text)."""
    rule = next((at for at, line in enumerate(block) if _TABLE_RULE.match(line.text)), None)
    if rule != 1:
        return None
    table = [[[cell] if cell else [] for cell in _split_row(line.text)]
             for at, line in enumerate(block) if at != rule]
    read = commented_rows(table)
    if read is None:
        return None
    label, found = read
    out = [block[0], Line("", block[0].where)]
    for at, (number, text, remarks) in sorted(found.items()):
        where = block[at + 1].where
        out.append(Line(f"{number}. {' '.join(text)}", where))
        out.extend(Line(POINT_NOTE + (f"{label}: {remark}" if label else remark), where)
                   for remark in remarks)
    return out, len(found), label


def _read_as(guess: Guess) -> tuple[str, tuple[str, ...]]:
    """The text of a draft read in a legacy encoding, with the note saying which."""
    return guess.text, (f"not UTF-8: read as {guess.name}",)


def _legacy(data: bytes, error: InputError) -> tuple[str, tuple[str, ...]]:
    """``data`` read in the legacy encoding it is written in, with the note saying so;
    ``error`` (reading it as UTF-8 failed) when no encoding fits."""
    guess = guess_encoding(data)
    if guess is None:
        raise error
    return _read_as(guess)


def _garbled_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes refused for their control characters when they are the C1
    controls of a garble (:mod:`.mojibake`: UTF-8 read as Windows-1252 and saved again);
    else None."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    return text if undo_mojibake(text).said is not None else None


def read_text(data: bytes, display: str, fmt: DraftFormat = DraftFormat.TEXT,
              limits: Limits = DEFAULT_LIMITS, column: str | None = None) -> DraftLines:
    """A text or Markdown draft's lines (words broken with a hyphen at a line end joined
    again: :mod:`plandiff.plans.intake.hyphens`; footnote marks out of the text and the
    footnotes at its end read as notes: :mod:`plandiff.plans.intake.notemarks`; page numbers
    and running lines pasted from a PDF left out: :mod:`plandiff.plans.intake.furniture`)."""
    notes: tuple[str, ...] = ()
    data, codes = _terminal_text(data)
    guess = seven_bit_japanese(data)
    try:
        if guess is not None:  # seven-bit: it would pass for UTF-8 text but for its escapes
            text, notes = _read_as(guess)
        else:
            text = decode_text_bytes(data, display)
    except InputError as error:
        garbled = _garbled_utf8(data)
        if garbled is None:
            text, notes = _legacy(data, error)
        else:  # UTF-8 with the C1 controls of a garble in it (read back below)
            text = garbled
    unquoted = _quoted_printable(text)
    if unquoted is not None:
        try:
            text = decode_text_bytes(unquoted, display)
        except InputError as error:
            text, notes = _legacy(unquoted, error)
        notes += ("the text was still in quoted-printable (an e-mail's body copied from its "
                  "source: soft line breaks '=' and escapes such as '=E2=80=99'): decoded",)
    if codes:  # after the encoding's notes, which the readings above set, not add to
        notes += (f"{codes} terminal control code(s) (colours, bold: a text saved from a "
                  "terminal) left out",)
    ungarbled = undo_mojibake(text, "the text")
    text = without_marks(ungarbled.text)
    if ungarbled.said is not None and not ungarbled.lost:
        notes += (ungarbled.said,)
    draft = text_lines(text, fmt)
    # pages end with a form feed in a copy made page by page (pdftotext)
    breaks = {n for n, raw in enumerate(text.splitlines(keepends=True), 1)
              if raw.endswith("\f")} if "\f" in text else set()
    # a comparison table pasted with its tabs, read before they become spaces
    tabbed_lines, tabbed = _tab_tables(tuple(Line(raw, f"line {n}") for n, raw in
                                             enumerate(text.splitlines(), 1)), column, display)
    if tabbed:
        draft = replace(draft, lines=tuple(Line(line.text.expandtabs(4), line.where)
                                           for line in tabbed_lines))
        first: dict[str, int] = {}
        for at, line in enumerate(draft.lines, 1):
            first.setdefault(line.where, at)
        breaks = {first[f"line {n}"] for n in breaks if f"line {n}" in first}
    lines, cues = subtitle_lines(_sign_headers(draft.lines))
    if cues:
        notes += (f"subtitles ({cues} timed captions): read as the words spoken, one line a "
                  "caption, without the cue numbers and timings",)
    lines, org = org_marks(lines)
    if org:
        notes += (f"an Org file: its title line (#+TITLE:) and {org} heading(s) ('* Points') "
                  "read as headings",)
    lines, underlined = underlined_headings(lines)
    if underlined:
        notes += (f"{underlined} heading(s) underlined ('Title' over '=====', as Markdown "
                  "and reStructuredText set them): read as headings",)
    lines, columns = pasted_columns(lines, {n - 1 for n in breaks} if not cues else set())
    if columns:
        notes += (f"{columns} page(s) copied with their layout in two columns (each line the "
                  "left column's and the right one's, side by side): read column by column",)
    if fmt is DraftFormat.MARKDOWN:  # before a reply's quoted lines are read
        lines, paragraphs = item_paragraphs(lines)
        if paragraphs:
            notes += (f"{paragraphs} paragraph(s) set in under a list item and wrapped (as "
                      "pandoc writes an item's second paragraph): each read as one paragraph "
                      "of its point, not a sub-point a line",)
        quotes = block_quotes(lines)
        lines, noted, blocks = quotes.lines, quotes.to_points, quotes.to_version
        if quotes.to_text:
            notes += (f"{quotes.to_text} block quote(s) inside a point with no note's label "
                      "('> All territories …', not '> **Note:** …'): read as the point's text, "
                      "without their quote marks",)
        if noted:
            notes += (f"{noted} block quote(s) between the points ('> **Note:** …') went to "
                      "the notes of the point above each",)
        if blocks:
            notes += (f"{blocks} block quote(s) after the points (a note, '> **Note:** …', or "
                      "'> …' alone between blank lines) went to the version's notes",)
    lines, earlier = earlier_message(lines)
    if earlier:
        notes += (EARLIER_SAID.format(earlier),)
    lines, quoted, asides = _unquoted(lines)
    if quoted:
        notes += (f"{quoted} quoted line(s) (opening with '>', as in a forwarded e-mail or a "
                  "Markdown block quote): read without their quote marks",)
    if asides:
        notes += (f"{asides} line(s) between the quoted points, quoted less deep than they "
                  "are or not quoted (the forwarder's own words in a reply), went to the "
                  "version's notes",)
    lines, readings = pasted_readings(lines)
    if readings:
        notes += (f"{readings} reading(s) of kanji pasted in brackets after them (furigana: "
                  "'不可侵（ふかしん）') taken out, as a page's ruby readings are",)
    lines, timed = timed_bullets(lines)
    if timed:
        notes += (f"a live blog pasted with its {timed} entries as bullets opening with their "
                  "times ('• 14:02 …'): each read as an entry under its time stamp, not as a "
                  "point",)
    lines, numbers = pasted_line_numbers(lines)
    furnished = lines
    lines, furniture = pasted_furniture(lines)
    if furniture and not breaks:  # a viewer's copy: its pages end where furniture stood
        breaks = _furniture_breaks(furnished, lines)
    lines, edit_links, tags = wiki_marks(lines)
    if edit_links:
        notes += (f"{edit_links} wiki section heading(s) read without their edit link "
                  "('[edit]'): each heading ends the point before it",)
    if tags:
        notes += (f"{tags} wiki maintenance tag(s) ('[citation needed]' …) taken out of the "
                  "text",)
    renumbered = 0
    if fmt is DraftFormat.MARKDOWN:
        lines, renumbered = _lazy_numbers(lines)
    if renumbered:
        notes += (f"a Markdown list numbered with one number throughout: read as numbered "
                  f"from its first, as Markdown shows it ({renumbered} item(s) renumbered)",)
    lines, auto = auto_numbers(lines)
    if auto:
        notes += (f"{auto} auto-numbered list item(s) ('#.', as reStructuredText writes "
                  "them): numbered as docutils numbers them, from 1 in each list",)
    lines, rows, compared, commented = _pipe_tables(lines, column, display)
    compared = tabbed + compared
    notes += compared + ((commented,) if commented else ())
    if fmt is DraftFormat.MARKDOWN:  # after the tables: an escaped "\|" is no cell's end
        lines, escaped = _unescaped(lines)
        if escaped:
            notes += (f"{escaped} line(s) with Markdown's backslash escapes ('\\$', '\\[', "
                      "'\\#'): read as the characters they write",)
    if rows:
        notes += (f"{rows} row(s) of a Markdown table read cell by cell (the number cell "
                  "opens the row)",)
    # a table of numbered provisions pasted as text: "3<tab>Sanctions …"
    marked = mark_number_column([line.text for line in lines])
    lines = tuple(Line(marked[index], line.where) if index in marked else line
                  for index, line in enumerate(lines))
    paged = page_footnotes(lines, breaks)
    pasted = pasted_footnotes(rejoin_lines(paged.lines), symbols=fmt is DraftFormat.TEXT)
    dropped: tuple[tuple[str, int], ...] = (
        ("line(s) of page furniture pasted with the text (page numbers, running headers and "
         "footers)", furniture),) if furniture else ()
    if numbers:
        dropped += (("line number(s) pasted with the text", numbers),)
    return DraftLines(draft.format, pasted.lines, draft.title, dropped,
                      notes + paged.report() + pasted.report(),
                      warnings=(("", ungarbled.said),) if ungarbled.lost and ungarbled.said
                      else (), compared=bool(compared))
