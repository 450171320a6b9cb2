"""A comparison table pasted as text: its cells set apart by tabs, as a table copied out of
Word, a spreadsheet or a web page reads in a mail or a .txt (``No.⇥Draft of 10 March⇥Draft of
2 April``). It is told by the one rule of :mod:`plandiff.plans.intake.comparison`, as the
other formats' tables are: refused with no ``--column``, one column read with it, ``plandiff
diff FILE`` comparing the two. A tab table of numbers and texts is no comparison and still
reads as points. Texts are the project's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.comparison import ColumnNotChosen
from tests.helpers import run_cli

_ROWS = (
    ("1", "Both sides stop all shelling from the day the accord is signed.",
     "Both sides stop all shelling within three days of the accord being signed."),
    ("2", "A joint mission watches the contact line and reports weekly.",
     "A joint mission led by a neutral country watches the contact line and reports weekly."),
    ("3", "Detained civilians are handed back all for all.", ""),
    ("4", "", "Aid convoys pass freely through the agreed corridors."),
)
_HEAD = ("No.", "Draft of 10 March", "Draft of 2 April")


def _table(rows: tuple[tuple[str, ...], ...] = _ROWS, head: tuple[str, ...] = _HEAD) -> str:
    return "\n".join("\t".join(row) for row in (head, *rows)) + "\n"


def _text() -> bytes:
    return ("Colleagues,\n\nbelow is the comparison the secretariat circulated this "
            "morning.\n\n" + _table() + "\nRegards,\nThe desk\n").encode()


def _mail() -> bytes:
    """A mail client strips the spaces and tabs at a line's end: a row whose last cell is
    empty loses its last tab."""
    body = "\n".join(line.rstrip() for line in _text().decode().splitlines()) + "\n"
    return ("From: desk@example.org\nTo: team@example.org\nSubject: Two drafts side by side\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()


def _points(data: bytes, name: str, column: str | None) -> list[tuple[str, str]]:
    draft = import_bytes(data, name, Path(name).suffix,
                         DraftRequest(document="framework", version="2026-04-02-draft",
                                      column=column))
    return [(p.number, p.text) for p in draft.plan.walk()]


_FILES = {"table.txt": _text, "table.eml": _mail,
          "table.md": lambda: _table().encode()}


@pytest.mark.parametrize("name", sorted(_FILES))
def test_a_tab_separated_comparison_table_is_refused_without_a_column(name: str) -> None:
    with pytest.raises(ColumnNotChosen) as caught:
        _points(_FILES[name](), name, None)
    said = str(caught.value)
    assert 'column 2 "Draft of 10 March" and column 3 "Draft of 2 April"' in said
    assert "--column" in said and "\n" not in said


@pytest.mark.parametrize("name", sorted(_FILES))
def test_a_tab_separated_comparison_table_reads_the_column_chosen(name: str) -> None:
    data = _FILES[name]()
    assert _points(data, name, "3") == [("1", _ROWS[0][2]), ("2", _ROWS[1][2]),
                                        ("4", _ROWS[3][2])]
    assert _points(data, name, "10 march") == [(row[0], row[1]) for row in _ROWS[:3]]


def test_a_tab_separated_table_of_numbers_and_texts_is_no_comparison() -> None:
    """``No.⇥Provision``: one text column, read as the points it numbers; a --column for it
    is refused as for any file without a comparison table."""
    data = _table(tuple((n, a) for n, a, _ in _ROWS[:3]), ("No.", "Provision")).encode()
    assert _points(data, "list.txt", None) == [(row[0], row[1]) for row in _ROWS[:3]]
    with pytest.raises(Exception, match="no comparison table in the file"):
        _points(data, "list.txt", "2")


def test_diff_of_a_tab_separated_table_compares_its_two_columns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "compared.txt"
    source.write_bytes(_text())
    compared = run_cli(["diff", str(source), "--format", "json"], capsys)
    assert compared.code == 0, compared.err
    counts = json.loads(compared.out)["summary"]
    assert (counts["modified"], counts["removed"], counts["added"]) == (2, 1, 1)


def test_a_tab_table_and_the_same_table_in_pipes_read_alike() -> None:
    """One path reads a comparison table pasted as text, its cells set apart by tabs or by
    pipes: the same points and the same words in the structure report."""
    piped = "\n".join(["| " + " | ".join(_HEAD) + " |", "|---|---|---|",
                       *("| " + " | ".join(row) + " |" for row in _ROWS)]) + "\n"
    read = {}
    for name, data in (("table.txt", _table().encode()), ("table.md", piped.encode())):
        draft = import_bytes(data, name, Path(name).suffix,
                             DraftRequest(document="framework", version="2026-04-02-draft",
                                          column="2"))
        said = [line.split(": ", 1)[1] for line in draft.report.lines()
                if "comparison table" in line]
        read[name] = ([(p.number, p.text) for p in draft.plan.walk()], said)
    assert read["table.txt"] == read["table.md"]
    points, said = read["table.txt"]
    assert points == [(row[0], row[1]) for row in _ROWS[:3]]
    assert len(said) == 1 and "1 row(s) with no text in it left out" in said[0]
