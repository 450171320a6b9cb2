"""A comparison table: versions of one text set side by side, one column each.

Negotiators trade their drafts as comparative tables (``No. | Draft of 10 March | Draft of
2 April``), and plandiff's own synopsis .docx is one (``Clause | version | version``). Read
as any other table, each point took every column's text, both versions merged into one.

Told by its shape, in any reader's table (each row's cells as their non-empty lines): a
header row whose cells after the first name the columns (short, each filled), at least two
rows below it, and two or more columns of prose (four words a cell, or six Japanese or
Chinese characters) that say mostly the same thing row by row: where two of them both hold
prose, the texts share half their words (of the shorter one, the longer at most three
times as long) in at least two rows and two thirds of those rows, and neither column's
cells are typically over three times as long as the other's. A
table of a number, a title and a text, of a provision and its remarks, or of a text and its
translation is not one, nor one whose two columns hold short values (a date, a language, a
count) in more rows than prose in both (plandiff's own reports set the versions'
particulars side by side so). The columns so paired are the versions; a comments column beside
them is not.

One rule for every reader that sees tables (a Word, OpenDocument or web page's table, a
Markdown pipe table or a table pasted with its cells set apart by tabs, in a text or
Markdown file or a mail): the user chooses the column to read
(``--column``: its number counted from the left, 1 the first, or its header's words);
without a choice the import stops with one line naming the columns, never merging them and
never guessing which version the user means (``plandiff diff FILE`` alone compares them).
A header over several rows (a cell spanning columns, ``No. | Versions`` over ``| Draft of 10
March | Draft of 2 April``) is read as one row (:func:`stacked_header`); the column chosen
is read row by row (:func:`read_column`) and the structure report says so
(:func:`column_note`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from plandiff.errors import InputError
from plandiff.plans.intake.lines import NUMBER_ALONE
from plandiff.plans.intake.problems import input_problem

__all__ = ["COLUMN_RULE", "ColumnNotChosen", "ColumnRead", "ColumnRow", "ComparisonTable",
           "chosen_column", "column_note", "comparison_table", "no_table_problem", "number_key",
           "opening_numbers", "read_column", "stacked_header", "unchosen_problem",
           "version_column"]

COLUMN_RULE = "column"
"""The rule of the errors about ``--column``."""

_HEADER_WORDS = 15
"""The most words a header cell holds (a header names a column, it says nothing)."""
_PROSE_WORDS = 4
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")
_LENGTHS = 3
"""How many times longer one version column's cells may typically be than the other's."""
_SHARED = 0.5
"""The share of the shorter text's words the other holds, for two cells to say the same."""


_NUMBER = rf"(?:{NUMBER_ALONE}|[0-9]{{1,4}}(?:\([^\W_]{{1,6}}\))+)".replace("?P<num>", "")
_OPENING = re.compile(rf"^\s*{_NUMBER}(?:\s*,\s*{_NUMBER})*\s*$")


def opening_numbers(line: str) -> tuple[str, ...]:
    """The numbers a version's cell opens with on a line of their own, as plandiff's
    synopsis writes them (``3``, ``10(a)``; of a row following several points as one
    clause, ``10, 10(b)``): none when ``line`` is no such numbers."""
    if _OPENING.match(line) is None:
        return ()
    return tuple(part.strip() for part in line.split(","))


def number_key(number: str) -> tuple[int, str]:
    """How a version's point numbers sort: ``9`` < ``9A`` < ``10`` < ``10(a)``."""
    match = re.match(r"\D*(\d+)(.*)", number)
    return (int(match.group(1)), match.group(2)) if match else (0, number)


@dataclass(frozen=True)
class ComparisonTable:
    """A table found to set versions side by side: every column's header and the indexes
    (from 0) of the columns that hold the versions."""

    headers: tuple[str, ...]
    versions: tuple[int, ...]

    def described(self) -> str:
        """The version columns, as a line names them: ``column 2 "Draft of 10 March" and
        column 3 "Draft of 2 April"``."""
        named = [f'column {at + 1} "{self.headers[at]}"' for at in self.versions]
        return ", ".join(named[:-1]) + f" and {named[-1]}"


def _text(cell: Sequence[str]) -> str:
    return " ".join(" ".join(cell).split())


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS or len(_CJK.findall(text)) >= 6


def _alike(one: str, other: str) -> bool:
    """Whether two cells say mostly the same thing: the longer at most three times the
    shorter (a clause's title beside its text is not its version), and half the shorter's
    words in the other."""
    first, second = _words(one), _words(other)
    shorter, longer = sorted((len(first), len(second)))
    return shorter > 0 and longer <= 3 * shorter and len(first & second) >= _SHARED * shorter


def _versions(body: Sequence[Sequence[str]], one: int, other: int) -> bool:
    """Whether columns ``one`` and ``other`` hold versions of one text: alike in at least
    two rows and two thirds of the rows where both hold prose (a clause's title beside its
    text shares words with it in about half the rows), and of one typical length (the
    median of their prose cells' words, neither over three times the other's: a redline's
    cell holds the older words too), and holding prose in both in at least as many rows as
    short values in both (a table of particulars: reference, date, language, count). A
    text met in more than one cell of its column is no prose but a placeholder ("not in
    this version", "No equivalent")."""
    texts = {at: Counter(row[at] for row in body) for at in (one, other)}

    def prose(row: Sequence[str], at: int) -> bool:
        return _prose(row[at]) and texts[at][row[at]] == 1

    both = [row for row in body if prose(row, one) and prose(row, other)]
    alike = sum(1 for row in both if _alike(row[one], row[other]))
    if alike < 2 or alike * 3 < len(both) * 2:
        return False
    short = sum(1 for row in body if all(
        row[at] and not _prose(row[at]) and texts[at][row[at]] == 1 for at in (one, other)))
    if short > len(both):
        return False  # particulars side by side (a date, a language, a count), not texts
    first, second = sorted(statistics.median(_size(row[at]) for row in body if prose(row, at))
                           for at in (one, other))
    return second <= _LENGTHS * first


def _size(text: str) -> int:
    return len(text.split()) + len(_CJK.findall(text))


def comparison_table(rows: Sequence[Sequence[Sequence[str]]]) -> ComparisonTable | None:
    """The comparison ``rows`` (one table's rows, each row's cells as their non-empty lines,
    the header first) set out, None when they are no comparison table."""
    if len(rows) < 3 or len(rows[0]) < 2:
        return None
    headers = tuple(_text(cell) for cell in rows[0])
    body = [[_text(cell) for cell in row] for row in rows[1:] if len(row) == len(headers)]
    if len(body) < 2:
        return None
    prose = [at for at in range(len(headers))
             if headers[at] and len(headers[at].split()) <= _HEADER_WORDS
             and sum(1 for row in body if _prose(row[at])) >= 2]
    paired: dict[int, None] = {}
    for one in prose:
        for other in prose:
            if other > one and _versions(body, one, other):
                paired.update({one: None, other: None})
    if len(paired) < 2:
        return None
    return ComparisonTable(headers, tuple(sorted(paired)))


def chosen_column(table: ComparisonTable, column: str, display: str) -> int:
    """The index of the version column ``column`` names: its number counted from the left
    (1 the table's first column) or words of its header (case and spacing aside, naming one
    version column only)."""
    wanted = " ".join(column.split()).casefold()
    if wanted.isdigit():
        at = int(wanted) - 1
        if at in table.versions:
            return at
    else:
        named = [at for at in table.versions if wanted and wanted in table.headers[at].casefold()]
        if len(named) == 1:
            return named[0]
    raise input_problem(display, f"--column {column}: the comparison table's versions are "
                        f"{table.described()}; give one of their numbers or header words",
                        rule=COLUMN_RULE)


def version_column(grid: Sequence[Sequence[Sequence[str]]], column: str | None,
                   display: str) -> tuple[ComparisonTable, int] | None:
    """The comparison table ``grid`` is (:func:`comparison_table`) and the index of the
    version column ``column`` names (:func:`chosen_column`); None when it is none. Such a
    table read with no column chosen raises :func:`unchosen_problem`'s error: the one rule
    every reader keeps."""
    found = comparison_table(grid)
    if found is None:
        return None
    if column is None:
        raise unchosen_problem(found, display)
    return found, chosen_column(found, column, display)


class ColumnNotChosen(InputError):
    """A comparison table read with no column chosen (:func:`unchosen_problem`); ``table``
    names its columns (``plandiff diff FILE`` alone reads each as a version)."""

    def __init__(self, found: InputError, table: ComparisonTable) -> None:
        super().__init__(str(found), found.problems)
        self.table = table


def unchosen_problem(table: ComparisonTable, display: str) -> ColumnNotChosen:
    """The error of a comparison table read with no column chosen: one line naming the
    columns and the option that chooses one."""
    first = table.versions[0] + 1
    return ColumnNotChosen(input_problem(
        display, f"a comparison table sets {len(table.versions)} versions side by side "
        f"({table.described()}); give --column (e.g. --column {first}) to read one of them "
        "(plandiff diff FILE alone compares them): their texts are never merged",
        rule=COLUMN_RULE), table)


def no_table_problem(column: str, display: str) -> InputError:
    """``--column`` given for a file that holds no comparison table."""
    return input_problem(display, f"--column {column}: no comparison table in the file (a "
                         "header row over two or more columns of the same text's versions)",
                         rule=COLUMN_RULE)


def stacked_header(rows: Sequence[Sequence[tuple[str, int, int]]]) -> list[list[str]]:
    """A header set over several rows (each cell its text, the columns and the rows it
    spans: ``No.`` over two rows beside ``Versions`` over two columns, then ``Draft of 10
    March | Draft of 2 April``) as one header row: each column's texts from the top down,
    a text spanning it once (``Versions Draft of 10 March``), each cell's lines one."""
    grid: dict[tuple[int, int], str] = {}
    for at, row in enumerate(rows):
        column = 0
        for text, across, down in row:
            while (at, column) in grid:
                column += 1
            for below in range(at, min(len(rows), at + max(1, down))):
                for right in range(column, column + max(1, across)):
                    grid[(below, right)] = text
            column += max(1, across)
    width = 1 + max((right for _, right in grid), default=-1)
    header: list[list[str]] = []
    for column in range(width):
        texts: list[str] = []
        for at in range(len(rows)):
            text = " ".join(grid.get((at, column), "").split())
            if text and text not in texts:
                texts.append(text)
        header.append([" ".join(texts)] if texts else [])
    return header


@dataclass(frozen=True)
class ColumnRow:
    """One row of the column chosen as read: ``label`` the row's number (``numbered``) or
    title, "" when it has none; ``lines`` the cell's text; ``across`` a row of another
    shape (a heading across the table), its text read as it is."""

    label: str
    numbered: bool
    lines: tuple[str, ...]
    across: bool = False
    source: int = 0
    """The row it is read from (1 the first under the header), for a reader that cuts its
    own table down (the Word reader)."""
    opened: bool = False
    """Its number is one the cell opens with on a line of its own, that line left out."""


@dataclass(frozen=True)
class ColumnRead:
    """The rows of the column chosen, with how many were left out empty and whether they
    were put in the order of their numbers."""

    rows: tuple[ColumnRow, ...]
    empty: int
    reordered: bool


_PLACEHOLDER_WORDS = 6


def read_column(table: ComparisonTable, rows: Sequence[Sequence[Sequence[str]]], at: int
                ) -> ColumnRead:
    """The column ``at`` of the comparison ``rows`` (the header first, each cell its lines,
    the words struck through and a cell's own remarks already left out), read row by row:
    a row empty in it, holding no letter or digit (a dash: ``—``), or holding a placeholder
    (a short text met in more than one of its cells: "not in this version", "No
    equivalent"), is left out; a first column of numbers
    or titles labels each row, and gives way to the numbers a cell opens with on a line of
    their own (plandiff's synopsis: ``Clause | 1 ⏎ text``; ``8, 9`` ⏎ text ⏎ text: point 8,
    then point 9), the version's own; such rows are read in the order of their numbers."""
    width = len(table.headers)
    texts = Counter(_text(row[at]) for row in rows[1:] if len(row) == width)
    out: list[ColumnRow] = []
    empty = 0
    keys: list[tuple[int, str]] = []
    for source, row in enumerate(rows[1:], 1):
        if len(row) != width:
            lines = tuple(line for cell in row for line in cell if line.strip())
            if lines:
                out.append(ColumnRow("", False, lines, across=True, source=source))
                keys.append((-1, ""))
            continue
        lines = tuple(line for line in row[at] if line.strip())
        text = _text(lines)
        if not any(char.isalnum() for char in text) or (
                texts[text] > 1 and len(text.split()) <= _PLACEHOLDER_WORDS):
            empty += 1  # empty, a dash alone ("—") or a placeholder
            continue
        label = "" if 0 in table.versions else _text(row[0])
        numbers = opening_numbers(lines[0]) if label else ()
        if numbers and len(lines) > 1:
            rest = lines[1:]
            each: list[tuple[str, tuple[str, ...]]] = \
                [(number, (line,)) for number, line in zip(numbers, rest, strict=True)] \
                if len(numbers) > 1 and len(rest) == len(numbers) else [(numbers[0], rest)]
            for number, said in each:
                out.append(ColumnRow(number, True, said, source=source, opened=True))
                keys.append(number_key(number))
            continue
        numbered = bool(label) and re.fullmatch(_NUMBER, label) is not None
        out.append(ColumnRow(label.rstrip(".)") if numbered else label, numbered, lines,
                             source=source))
        keys.append((-1, ""))
    reordered = bool(keys) and min(keys)[0] >= 0 and keys != sorted(keys)
    if reordered:
        out = [row for _, row in sorted(zip(keys, out, strict=True), key=lambda pair: pair[0])]
    return ColumnRead(tuple(out), empty, reordered)


def column_note(table: ComparisonTable, at: int, *, empty: int = 0, struck: int = 0,
                reordered: bool = False) -> str:
    """What the structure report says of a comparison table read in column ``at``."""
    return (f"a comparison table of {len(table.versions)} versions ({table.described()}): "
            f'column {at + 1} "{table.headers[at]}" read, the others left out'
            + (f"; {empty} row(s) with no text in it left out" if empty else "")
            + (f"; {struck} run(s) struck through or marked in it (the older text's words, a "
               "cell's remarks) left out" if struck else "")
            + ("; its rows read in the order of that column's numbers (the table follows "
               "another version's order)" if reordered else ""))
