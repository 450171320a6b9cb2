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
translation is not one. The columns so paired are the versions; a comments column beside
them is not.

The user chooses the column to read (``--column``: its number counted from the left, 1 the
first, or its header's words); without a choice the import stops with one line naming the
columns, never merging them.
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

__all__ = ["COLUMN_RULE", "ColumnNotChosen", "ComparisonTable", "chosen_column", "comparison_table",
           "number_key", "opening_numbers", "unchosen_problem"]

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
    cell holds the older words too). A text met in more than one cell of its column is
    no prose but a placeholder ("not in this version", "No equivalent")."""
    texts = {at: Counter(row[at] for row in body) for at in (one, other)}

    def prose(row: Sequence[str], at: int) -> bool:
        return _prose(row[at]) and texts[at][row[at]] == 1

    both = [row for row in body if prose(row, one) and prose(row, other)]
    alike = sum(1 for row in both if _alike(row[one], row[other]))
    if alike < 2 or alike * 3 < len(both) * 2:
        return False
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
