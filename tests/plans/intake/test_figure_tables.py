"""A two-column table of figures inside a point (point 9's troop ceilings: force | ceiling),
in a Word file and an OpenDocument text: read one row a line, its two cells joined by " | ",
and kept with its point. Before, each cell was a paragraph of its own ("Ground troops",
"600,000", "Air force" …), the rows lost. A two-column table of points (a number, a short
text) is read as before. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_odf import convert, flat
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

REQUEST = DraftRequest(document="accord", version="2026-01-01-figures")
_BEFORE = ["The parties cease fire along the whole line of contact.",
           "Heavy weapons are withdrawn fifteen kilometres from it.",
           "Each side keeps no more troops than the table below sets:"]
_LAST = "This agreement enters into force on signature."
_ROWS = (("Force", "Ceiling"), ("Ground troops", "600,000"), ("Air force", "80,000"),
         ("Navy", "25,000"))
_YEARS = (("2026", "600,000"), ("2027", "550,000"), ("2028", "500,000"))


def _expected(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str]]:
    table = "\n\n".join(" | ".join(row) for row in rows)
    return [("1", _BEFORE[0]), ("2", _BEFORE[1]), ("3", f"{_BEFORE[2]}\n\n{table}"),
            ("4", _LAST)]


def _tree(data: bytes, name: str) -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    return [(p.number, p.text) for p in imported.plan.walk()]


def _word_table(rows: tuple[tuple[str, ...], ...]) -> str:
    """A table as Word writes one: its grid, the style, cell widths, set in under the list."""
    cells = "".join("<w:tr>" + "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="3600" w:type="dxa"/></w:tcPr>{para(run(cell))}</w:tc>'
        for cell in row) + "</w:tr>" for row in rows)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblInd w:w="720" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3600"/>'
            f'<w:gridCol w:w="3600"/></w:tblGrid>{cells}</w:tbl>')


def _word(rows: tuple[tuple[str, ...], ...]) -> bytes:
    return docx("".join(para(run(text), numbered(1)) for text in _BEFORE) + _word_table(rows)
                + para(run(_LAST), numbered(1)), DECIMAL)


def _flat_draft(path: Path, name: str, rows: tuple[tuple[str, ...], ...]) -> Path:
    """A flat OpenDocument draft at ``path``: the points before, a table ``name`` of
    ``rows`` (two columns, or as many as its rows' cells) under the third, and point 4."""
    cells = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" for cell in row)
        + "</table:table-row>" for row in rows)
    body = ("".join(f"<text:p>{n}. {text}</text:p>" for n, text in enumerate(_BEFORE, 1))
            + f'<table:table table:name="{name}"><table:table-column '
            f'table:number-columns-repeated="{len(rows[0])}"/>{cells}</table:table>'
            f"<text:p>4. {_LAST}</text:p>")
    path.write_text(flat(body), encoding="utf-8")
    return path


def test_a_word_table_of_figures_under_a_point_keeps_its_rows() -> None:
    assert _tree(_word(_ROWS), "figures.docx") == _expected(_ROWS)
    assert _tree(_word(_YEARS), "years.docx") == _expected(_YEARS)


def test_the_same_table_in_opendocument_and_libreoffice_s_word_file(tmp_path: Path) -> None:
    source = _flat_draft(tmp_path / "figures.fodt", "Ceilings", _ROWS)
    assert _tree(source.read_bytes(), source.name) == _expected(_ROWS)
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    assert _tree(word.read_bytes(), word.name) == _expected(_ROWS)
    # printed: the rows ran into the lead-in ("… sets: Force Ceiling Ground troops 600,000")
    printed = convert([source], "pdf", tmp_path / "pdf")[0]
    assert _tree(printed.read_bytes(), printed.name) == _expected(_ROWS)


def test_a_pandoc_list_items_table_printed_by_libreoffice(tmp_path: Path) -> None:
    """A table inside a list item (Markdown through pandoc, printed by LibreOffice): its
    rows, set in under the item, were read as the item's sub-points 3.1, 3.2 …."""
    from tests.render.docx.pandoc_text import require

    rows = "".join(f"   | {a} | {b} |\n" + ("   |---|---|\n" if n == 0 else "")
                   for n, (a, b) in enumerate(_ROWS))
    markdown = tmp_path / "figures.md"
    markdown.write_text("".join(f"{n}. {text}\n" for n, text in enumerate(_BEFORE, 1))
                        + f"\n{rows}\n4. {_LAST}\n", encoding="utf-8")
    word = tmp_path / "figures.docx"
    subprocess.run([require("pandoc"), str(markdown), "-o", str(word)], check=True,
                   capture_output=True, timeout=120)
    assert _tree(word.read_bytes(), word.name) == _expected(_ROWS)
    printed = convert([word], "pdf", tmp_path)[0]
    assert _tree(printed.read_bytes(), printed.name) == _expected(_ROWS)


def test_a_two_column_table_of_short_points_is_read_as_before() -> None:
    """Number | text rows are points, however short their text."""
    rows = (("1", "Ceasefire."), ("2", "Withdrawal."), ("3", "Elections."))
    assert _tree(docx(_word_table(rows)), "points.docx") == list(rows)


_DUTIES = (("Party", "Duty"), ("Ukraine", "withdraws its troops"),
           ("Russia", "returns the prisoners"))


def test_a_two_column_table_of_short_text_under_a_point_keeps_its_rows(tmp_path: Path) -> None:
    """No figures in it (party | duty): its cells were read as paragraphs of their own that
    ran into each other ("Party withdraws its troops returns the prisoners"), three of them
    sent to the notes as text set in mid-sentence. Word, OpenDocument and LibreOffice's
    Word file of it alike."""
    assert _tree(_word(_DUTIES), "duties.docx") == _expected(_DUTIES)
    source = _flat_draft(tmp_path / "duties.fodt", "Duties", _DUTIES)
    assert _tree(source.read_bytes(), source.name) == _expected(_DUTIES)
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    assert _tree(word.read_bytes(), word.name) == _expected(_DUTIES)


def test_a_two_column_table_of_short_text_printed_by_libreoffice(tmp_path: Path) -> None:
    """The same party | duty table in LibreOffice's PDF of the draft: its rows ran into the
    lead-in before them ("… sets: Party Duty Ukraine withdraws its troops …"). Each row is a
    line, as in the Word file."""
    source = _flat_draft(tmp_path / "duties.fodt", "Duties", _DUTIES)
    printed = convert([source], "pdf", tmp_path / "pdf")[0]
    assert _tree(printed.read_bytes(), printed.name) == _expected(_DUTIES)


_WHEN = (("Party", "Duty", "When"), ("Ukraine", "withdraws its troops", "at once"),
         ("Russia", "returns the prisoners", "within a month"))


def test_a_three_column_table_of_short_text_printed_by_libreoffice(tmp_path: Path) -> None:
    """Party | duty | when, printed: its rows ran into the lead-in as the two-column table's
    did. The Word file of it reads each row a line (three cells or more, always); the PDF
    now too."""
    source = _flat_draft(tmp_path / "when.fodt", "When", _WHEN)
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    assert _tree(word.read_bytes(), word.name) == _expected(_WHEN)
    printed = convert([source], "pdf", tmp_path / "pdf")[0]
    assert _tree(printed.read_bytes(), printed.name) == _expected(_WHEN)
