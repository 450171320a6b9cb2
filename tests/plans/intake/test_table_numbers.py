"""Table rows numbered as drafters number them in a cell of their own: ``1.1``, ``1.2`` (an
outline's clauses), ``№ 1``, ``No. 1``, ``п. 1`` (Ukrainian and Russian ``пункт``): each row
is its point, in a Word and an OpenDocument table and a web page's, as ``1`` is."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_odf import flat
from tests.plans.intake.test_titled_tables import _odf_table, _word_table
from tests.plans.intake.test_word_real_files import docx

_EN = ("Both sides stop firing along the whole line of contact.",
       "All detainees are swapped, all for all.",
       "A vote is held within a hundred days of the ceasefire.")
_UK = ("Сторони припиняють вогонь уздовж усієї лінії зіткнення.",
       "Усіх полонених обмінюють за формулою всіх на всіх.",
       "Вибори проводять протягом ста днів після припинення вогню.")


def _read(data: bytes, name: str) -> list[tuple[str, str]]:
    got = import_bytes(data, name, "." + name.rsplit(".", 1)[1],
                       DraftRequest(document="d", version="2025-01-01-x"))
    return [(p.number, p.text) for p in got.plan.points]


def _page(rows: tuple[tuple[str, ...], ...]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return (f'<!DOCTYPE html><html><body><h1>Draft plan</h1><table>{body}</table>'
            "</body></html>").encode()


@pytest.mark.parametrize(("marks", "texts"), [
    (("№ 1", "№ 2", "№ 3"), _UK),
    (("No. 1", "No. 2", "No. 3"), _EN),
    (("No 1", "No 2", "No 3"), _EN),
    (("п. 1", "п. 2", "п. 3"), _UK),
    (("п.1", "п.2", "п.3"), _UK),
])
def test_a_number_sign_or_word_in_the_number_cell(marks: tuple[str, ...],
                                                  texts: tuple[str, ...]) -> None:
    rows = tuple(zip(marks, texts, strict=True))
    expected = [(str(n), text) for n, text in enumerate(texts, 1)]
    assert _read(docx(_word_table(rows)), "t.docx") == expected
    assert _read(flat(_odf_table(rows)).encode(), "t.fodt") == expected
    assert _read(_page(rows), "t.html") == expected


def test_a_number_sign_before_a_titled_row() -> None:
    rows = (("№", "Питання", "Текст"), ("№ 1", "Припинення вогню", _UK[0]),
            ("№ 2", "Обмін полоненими", _UK[1]), ("№ 3", "Вибори", _UK[2]))
    got = import_bytes(docx(_word_table(rows)), "t.docx", ".docx",
                       DraftRequest(document="d", version="2025-01-01-x"))
    assert [(p.number, p.title, p.text) for p in got.plan.points] == [
        ("1", "Припинення вогню", _UK[0]), ("2", "Обмін полоненими", _UK[1]),
        ("3", "Вибори", _UK[2])]


def test_rows_numbered_as_an_outline_s_clauses() -> None:
    """``1.1 | text``, ``1.2 | text``, ``2.1 | text``: the clauses are the points (there is
    no point 1 or 2 for them to be under), numbered as the table numbers them."""
    rows = (("1.1", _EN[0]), ("1.2", _EN[1]), ("2.1", _EN[2]))
    expected = [("1.1", _EN[0]), ("1.2", _EN[1]), ("2.1", _EN[2])]
    assert _read(docx(_word_table(rows)), "t.docx") == expected
    assert _read(flat(_odf_table(rows)).encode(), "t.fodt") == expected
    assert _read(_page(rows), "t.html") == expected


def test_outline_clauses_under_their_section_headings() -> None:
    """The same table under ``1. Security`` and ``2. Politics`` headings, as an outline
    sets them: the clauses are still the points, the sections part headings."""
    from tests.plans.intake.test_word_real_files import para, run

    body = (para(run("1. Security")) + _word_table((("1.1", _EN[0]), ("1.2", _EN[1])))
            + para(run("2. Politics")) + _word_table((("2.1", _EN[2]),)))
    assert _read(docx(body), "t.docx") == [("1.1", _EN[0]), ("1.2", _EN[1]), ("2.1", _EN[2])]


def test_titled_rows_numbered_as_an_outline_s_clauses() -> None:
    """``1.1 | Ceasefire | text``: the clause a titled point, in the part of its section."""
    rows = (("No.", "Issue", "Text"), ("1.1", "Ceasefire", _EN[0]),
            ("1.2", "Prisoners", _EN[1]), ("2.1", "Elections", _EN[2]))
    got = import_bytes(docx(_word_table(rows)), "t.docx", ".docx",
                       DraftRequest(document="d", version="2025-01-01-x"))
    assert [(p.id, p.number, p.title) for p in got.plan.points] == [
        ("part1-p1", "1.1", "Ceasefire"), ("part1-p2", "1.2", "Prisoners"),
        ("part2-p1", "2.1", "Elections")]


def test_a_figure_at_a_line_s_start_opens_no_clause() -> None:
    """Without the closing dot, or not a section's first clause, a decimal opens no point:
    ``1.1 million people …``, ``2.5 billion …`` stay text."""
    from plandiff.errors import InputError

    text = "Plan\n\n2.5. Billion dollars go to reconstruction.\n\n1.1 Million people return.\n"
    with pytest.raises(InputError, match="no numbered points"):
        _read(text.encode(), "t.txt")
