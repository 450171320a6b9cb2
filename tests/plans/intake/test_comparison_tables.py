"""A comparison table in a Word file (``No. | Draft of 10 March | Draft of 2 April``, as
negotiators trade their drafts, and plandiff's own synopsis .docx): one version is read, the
column the user chooses with ``--column``; with no choice the import stops with one line
naming the columns. Read as any table, each point took both versions' texts (or the rows with
two texts went to the notes and the rest became points). Texts are the project's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.comparison import comparison_table
from tests.helpers import run_cli
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_odf import flat
from tests.plans.intake.test_titled_tables import _odf_table
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run

_MARCH = ("The parties cease all hostilities from the date of signature.",
          "A joint commission monitors the line of contact.",
          "Prisoners are exchanged on an all-for-all basis.",
          "")
_APRIL = ("The parties cease all hostilities within 72 hours of signature.",
          "A joint commission, chaired by a neutral state, monitors the line of contact.",
          "",
          "Humanitarian corridors stay open at all times.")


def _table(rows: list[tuple[str, ...]], struck: dict[tuple[int, int], str] | None = None
           ) -> str:
    """A Word table of ``rows`` (the first the header); ``struck`` adds, to a cell, words
    set struck through before its text (a redline set as formatting)."""
    cells = []
    for at, row in enumerate(rows):
        tds = []
        for col, text in enumerate(row):
            gone = (struck or {}).get((at, col))
            runs = (f'<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">{gone} </w:t>'
                    "</w:r>" if gone else "") + (run(text) if text else "")
            tds.append(f"<w:tc>{para(runs)}</w:tc>")
        cells.append("<w:tr>" + "".join(tds) + "</w:tr>")
    return "<w:tbl>" + "".join(cells) + "</w:tbl>"


def _negotiators(**struck: str) -> bytes:
    rows = [("No.", "Draft of 10 March", "Draft of 2 April"),
            *((str(n), a, b) for n, (a, b) in enumerate(zip(_MARCH, _APRIL, strict=True), 1))]
    return docx(para(run("Comparative table of the framework")) + _table(
        rows, {(1, 2): struck["first"]} if struck else None))


def _request(column: str | None) -> DraftRequest:
    return DraftRequest(document="framework", version="2026-04-02-draft", column=column)


def _points(data: bytes, column: str | None, name: str = "table.docx"
            ) -> list[tuple[str, str]]:
    draft = import_bytes(data, name, Path(name).suffix, _request(column))
    return [(p.number, p.text) for p in draft.plan.walk()]


def test_the_shape_is_told_from_the_cells() -> None:
    """Two columns of prose that say mostly the same thing row by row, under a header."""
    rows = [[["No."], ["Draft of 10 March"], ["Draft of 2 April"]],
            *([[str(n)], [a] if a else [], [b] if b else []]
              for n, (a, b) in enumerate(zip(_MARCH, _APRIL, strict=True), 1))]
    found = comparison_table(rows)
    assert found is not None and found.versions == (1, 2)
    # number | title | text, a provision and its remarks, a text and its translation: none
    assert comparison_table([[["No."], ["Issue"], ["Text"]],
                             [["1"], ["Ceasefire"], ["Both sides stop firing at once."]],
                             [["2"], ["Prisoners"], ["All detainees are swapped soon."]]]) is None
    assert comparison_table([[["No."], ["English"], ["Русский"]],
                             [["1"], ["Both sides stop firing at once."],
                              ["Стороны немедленно прекращают огонь везде."]],
                             [["2"], ["All detainees are swapped soon."],
                              ["Все задержанные вскоре будут обменены."]]]) is None


def test_without_a_choice_the_import_stops_naming_the_columns() -> None:
    with pytest.raises(InputError) as caught:
        _points(_negotiators(), None)
    message = str(caught.value)
    assert 'column 2 "Draft of 10 March" and column 3 "Draft of 2 April"' in message
    assert "--column" in message and "\n" not in message.strip()


@pytest.mark.parametrize("column", ["2", "10 march", "Draft of 10 March"])
def test_the_first_version_by_number_or_header(column: str) -> None:
    assert _points(_negotiators(), column) == [
        ("1", _MARCH[0]), ("2", _MARCH[1]), ("3", _MARCH[2])]


def test_the_second_version_leaves_out_struck_words_and_keeps_its_numbers() -> None:
    """A row empty in the column chosen is no point there: point 3 is gone from April's
    draft, point 4 new in it (the numbers are the table's); words struck through in the
    cell (a redline set as formatting) are the older text's."""
    draft = import_bytes(_negotiators(first="Hostilities end at once."), "t.docx", ".docx",
                         _request("3"))
    assert [(p.number, p.text) for p in draft.plan.walk()] == [
        ("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]
    said = " ".join(draft.report.lines())
    assert 'column 3 "Draft of 2 April"' in said and "struck through" in said


def test_a_column_that_is_not_a_version_is_refused() -> None:
    with pytest.raises(InputError, match="column 2"):
        _points(_negotiators(), "1")
    with pytest.raises(InputError, match="no comparison table"):
        _points(docx(para(run("1. The parties cease fire."))), "2")


def _synopsis_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    plans = Path(__file__).parents[3] / "plans" / "peace-framework"
    out = tmp_path / "synopsis.docx"
    result = run_cli(["synopsis", str(plans / "2025-11-20-us-28-point.json"),
                      str(plans / "2025-12-24-20-point.json"), "--format", "docx",
                      "-o", str(out)], capsys)
    assert result.code == 0, result.err
    return out


def _version_texts(name: str) -> dict[str, str]:
    plans = Path(__file__).parents[3] / "plans" / "peace-framework"
    data = json.loads((plans / f"{name}.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}

    def walk(points: list[dict[str, object]]) -> None:
        for point in points:
            texts[str(point["number"])] = " ".join(str(point["text"]).split())
            walk(point.get("points", []))  # type: ignore[arg-type]
    walk(data["points"])
    return texts


def _check_synopsis_columns(data: bytes, name: str) -> None:
    with pytest.raises(InputError, match="2025-11-20-us-28-point"):
        _points(data, None, name)
    for column, version in (("2", "2025-11-20-us-28-point"), ("3", "2025-12-24-20-point")):
        got = {number: " ".join(text.split()) for number, text in _points(data, column, name)}
        assert got == _version_texts(version), version


def test_plandiffs_own_synopsis_docx_gives_back_each_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each column of the synopsis of two versions reads as that version, point for point:
    the clause column's labels, the cells' marks ("(modified)"), the flags under a cell and
    the words the redline struck through stay out; a row following several points as one
    clause (``10, 10(b), 10(c)``: merged in the later version) gives each its text, and the
    later version's rows, in the first version's order, are read in the order of their
    numbers."""
    _check_synopsis_columns(_synopsis_docx(tmp_path, capsys).read_bytes(), "synopsis.docx")


def test_the_synopsis_saved_again_by_libreoffice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _synopsis_docx(tmp_path, capsys)
    resaved = libreoffice_convert(source, "docx:MS Word 2007 XML", tmp_path / "out", tmp_path)
    _check_synopsis_columns(resaved.read_bytes(), "resaved.docx")


def test_the_command_line_chooses_the_column(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``plandiff import --column``: exit 2 and one line without it, the version with it."""
    source = tmp_path / "comparative.docx"
    source.write_bytes(_negotiators())
    base = ["import", str(source), "--document", "framework", "--version", "2026-04-02-draft"]
    refused = run_cli(base, capsys)
    assert refused.code == 2 and "--column" in refused.err
    out = tmp_path / "april.json"
    done = run_cli([*base, "--column", "2 April", "-o", str(out)], capsys)
    assert done.code == 0, done.err
    points = json.loads(out.read_text(encoding="utf-8"))["points"]
    assert [p["text"] for p in points] == [_APRIL[0], _APRIL[1], _APRIL[3]]


def test_diff_of_one_comparison_table_compares_its_two_columns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``plandiff diff comparative.docx``, no NEW: each version column read as its own
    version, the first against the second (as a Word file alone compares its tracked
    changes)."""
    source = tmp_path / "comparative.docx"
    source.write_bytes(_negotiators())
    done = run_cli(["diff", str(source), "--format", "json"], capsys)
    assert done.code == 0, done.err
    assert '"Draft of 10 March"' in done.err and '"Draft of 2 April"' in done.err
    counts = json.loads(done.out)["summary"]
    assert (counts["modified"], counts["removed"], counts["added"]) == (2, 1, 1)


def test_versions_without_a_number_column_keep_only_the_one_chosen() -> None:
    """``Draft of 10 March | Draft of 2 April``, each cell opening with its own ``1.``: the
    second column read alone (the first column was kept as if it held the numbers, and
    both versions' points came back)."""
    rows = [("Draft of 10 March", "Draft of 2 April"),
            *((f"{n}. {a}" if a else "", f"{n}. {b}" if b else "")
              for n, (a, b) in enumerate(zip(_MARCH, _APRIL, strict=True), 1))]
    assert _points(docx(_table(rows)), "2") == [
        ("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]


def test_a_number_column_drawn_by_a_word_list_counts_the_rows_left_empty() -> None:
    """The first column numbered by Word's list (empty cells, the numbers drawn): a row
    empty in the version chosen still takes its number, as Word shows it, so April's new
    point is 4, not 3."""
    head = "<w:tr>" + "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in (
        "No.", "Draft of 10 March", "Draft of 2 April")) + "</w:tr>"
    rows = "".join(
        f"<w:tr><w:tc>{para('', numbered(1))}</w:tc><w:tc>{para(run(a) if a else '')}</w:tc>"
        f"<w:tc>{para(run(b) if b else '')}</w:tc></w:tr>" for a, b in zip(_MARCH, _APRIL,
                                                                         strict=True))
    data = docx(f"<w:tbl>{head}{rows}</w:tbl>", DECIMAL)
    assert _points(data, "3") == [("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]
    assert _points(data, "2") == [("1", _MARCH[0]), ("2", _MARCH[1]), ("3", _MARCH[2])]


def test_a_comments_column_beside_the_versions_is_left_out() -> None:
    """``No. | Draft of 10 March | Draft of 2 April | Comments``: the comments say other
    things, so they are no version, and the column chosen is read without them."""
    notes = ("Agreed.", "One side asks for a neutral chair; the other objects to it.",
             "Dropped in April.", "New text the mediators proposed.")
    rows = [("No.", "Draft of 10 March", "Draft of 2 April", "Comments"),
            *((str(n), a, b, c) for n, (a, b, c) in enumerate(zip(_MARCH, _APRIL, notes,
                                                                  strict=True), 1))]
    with pytest.raises(InputError, match='column 2 "Draft of 10 March" and column 3 "Draft'):
        _points(docx(_table(rows)), None)
    assert _points(docx(_table(rows)), "3") == [
        ("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]


def test_an_opendocument_comparison_table(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The same table in LibreOffice's own format (.fodt) and plandiff's synopsis saved by
    LibreOffice as .odt: told apart the same way, with no choice one line naming the columns
    (both texts were merged into each point), and with ``--column`` read through
    LibreOffice's .docx of it, as a .doc is."""
    rows = [("No.", "Draft of 10 March", "Draft of 2 April"),
            *((str(n), a, b) for n, (a, b) in enumerate(zip(_MARCH, _APRIL, strict=True), 1))]
    data = flat(_odf_table(rows)).encode()
    with pytest.raises(InputError, match='column 2 "Draft of 10 March" and column 3'):
        _points(data, None, "table.fodt")
    draft = import_bytes(data, "table.fodt", ".fodt", _request("3"))
    assert [(p.number, p.text) for p in draft.plan.walk()] == [
        ("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]
    assert any("converted to .docx by LibreOffice" in line for line in draft.report.lines())
    source = _synopsis_docx(tmp_path, capsys)
    odt = libreoffice_convert(source, "odt", tmp_path / "odt", tmp_path)
    _check_synopsis_columns(odt.read_bytes(), "synopsis.odt")


def test_a_version_set_all_in_italics_is_read_and_a_short_italic_label_is_not() -> None:
    """A negotiator sets a new proposal all in italics: it is that version's text (it was
    taken for a cell's remark and the point lost); a short cell all in italics (``not in
    this version``, ``No equivalent``) is a remark, no text."""
    def italic(text: str) -> str:
        return f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    head = "<w:tr>" + "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in (
        "No.", "Draft of 10 March", "Draft of 2 April")) + "</w:tr>"
    later = (run(_APRIL[0]), italic(_APRIL[1]), italic("No equivalent"), run(_APRIL[3]))
    rows = "".join(f"<w:tr><w:tc>{para(run(str(n)))}</w:tc><w:tc>{para(run(a) if a else '')}"
                   f"</w:tc><w:tc>{para(b)}</w:tc></w:tr>"
                   for n, (a, b) in enumerate(zip(_MARCH, later, strict=True), 1))
    assert _points(docx(f"<w:tbl>{head}{rows}</w:tbl>"), "3") == [
        ("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]
