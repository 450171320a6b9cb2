"""A table of the points whose rows are number | title | text (№ | Title | Text, 番号 | 項目 |
内容), as Word and LibreOffice save it: each row is its point, titled by its middle cell, in
.docx and .odt as in a web page (one rule: ``lines.titled_provision``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from plandiff.plans.intake.lines import titled_provision
from tests.plans.intake.test_odf import convert, flat, imported
from tests.plans.intake.test_word_real_files import docx, para, run

_EN = (("No.", "Issue", "What the draft says"),
       ("1", "Ceasefire", "Both sides stop firing along the line."),
       ("2", "Prisoners", "All detainees are swapped."),
       ("3", "Elections", "A vote is held within a hundred days."))
_JA = (("番号", "項目", "内容", "状況"),
       ("1", "停戦", "双方は前線全体で戦闘を停止する。", "合意"),
       ("2", "捕虜", "捕虜は全員を交換する。", "未決"),
       ("3", "選挙", "選挙は100日以内に実施する。", "合意"))


def _points(data: bytes, name: str) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported(data, name).plan.points]


def _word_table(rows: tuple[tuple[str, ...], ...]) -> str:
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(run(cell))}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows) + "</w:tbl>"


def _odf_table(rows: Sequence[tuple[str, ...]]) -> str:
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p>'
            "</table:table-cell>" for cell in row) + "</table:table-row>" for row in rows)
    return (f'<table:table table:name="T"><table:table-column table:number-columns-repeated='
            f'"{len(rows[0])}"/>{cells}</table:table>')


def test_a_word_table_of_number_title_and_text() -> None:
    """Typed in Word: the title went into the point's text ("Ceasefire Both sides …") or the
    rows were no points at all."""
    assert _points(docx(_word_table(_EN)), "table.docx") == [
        ("1", "Ceasefire", "Both sides stop firing along the line."),
        ("2", "Prisoners", "All detainees are swapped."),
        ("3", "Elections", "A vote is held within a hundred days.")]


def test_a_status_column_after_the_text_stays_a_remark() -> None:
    """番号 | 項目 | 内容 | 状況: the status (合意, 未決) is a remark under the point's text, not
    its text."""
    got = _points(docx(_word_table(_JA)), "table.docx")
    assert [(n, t, text.split("\n\n")) for n, t, text in got] == [
        ("1", "停戦", ["双方は前線全体で戦闘を停止する。", "合意"]),
        ("2", "捕虜", ["捕虜は全員を交換する。", "未決"]),
        ("3", "選挙", ["選挙は100日以内に実施する。", "合意"])]


def test_the_same_table_saved_by_libreoffice_as_odt_and_docx(tmp_path: Path) -> None:
    source = tmp_path / "titled.fodt"
    source.write_text(flat(_odf_table(_EN)), encoding="utf-8")
    odt = convert([source], "odt", tmp_path)[0]
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    expected = [("1", "Ceasefire", "Both sides stop firing along the line."),
                ("2", "Prisoners", "All detainees are swapped."),
                ("3", "Elections", "A vote is held within a hundred days.")]
    assert _points(odt.read_bytes(), odt.name) == expected
    assert _points(word.read_bytes(), word.name) == expected


def test_rows_that_are_no_titled_points() -> None:
    """A renumbering map's row, a status where the text would be, a title that is a
    sentence: no title and text."""
    assert titled_provision([["5"], ["Security guarantees"], ["merged into 4"]]) is None
    assert titled_provision([["1"], ["Ceasefire"], ["Agreed"]]) is None
    assert titled_provision([["1"], ["Погоджено"], ["Open"]]) is None
    assert titled_provision([["1"], ["Both sides stop."], ["They stop firing now."]]) is None
    assert titled_provision([["1"], ["Ceasefire"], ["Both sides stop firing."]]) == (
        "1", "Ceasefire", ["Both sides stop firing."], [])


def test_the_status_column_in_a_web_page_s_table_too() -> None:
    """The same rule in the page reader: 番号 | 項目 | 内容 | 状況 rows titled, the status a
    remark (the rows of four cells were no points)."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in _JA[1:])
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in _JA[0]) + "</tr>"
    page = (f'<!DOCTYPE html><html lang="ja"><body><h1>和平案の要旨</h1><table>{head}{rows}'
            "</table></body></html>").encode()
    got = import_bytes(page, "page.html", ".html", DraftRequest(document="d",
                                                                version="2025-01-01-x"))
    assert [(p.number, p.title, p.text.split("\n\n")) for p in got.plan.points] == [
        ("1", "停戦", ["双方は前線全体で戦闘を停止する。", "合意"]),
        ("2", "捕虜", ["捕虜は全員を交換する。", "未決"]),
        ("3", "選挙", ["選挙は100日以内に実施する。", "合意"])]


_UNSTOPPED = (("No.", "Issue", "Text"),
              ("1", "Ceasefire", "Both sides stop firing along the line"),
              ("2", "Prisoners", "All detainees are swapped, all for all"),
              ("3", "Elections", "A vote is held within 100 days"))


def test_a_table_set_without_full_stops_numbered_1_2_3(tmp_path: Path) -> None:
    """Table cells are often set without a closing full stop: the rows of a table numbered
    1, 2, 3 … (three or more counting up) are titled points all the same, in Word and
    OpenDocument ("no numbered points found" before)."""
    expected = [("1", "Ceasefire", "Both sides stop firing along the line"),
                ("2", "Prisoners", "All detainees are swapped, all for all"),
                ("3", "Elections", "A vote is held within 100 days")]
    assert _points(docx(_word_table(_UNSTOPPED)), "table.docx") == expected
    source = tmp_path / "unstopped.fodt"
    source.write_text(flat(_odf_table(_UNSTOPPED)), encoding="utf-8")
    assert _points(source.read_bytes(), source.name) == expected


def test_an_unstopped_row_outside_a_numbered_run_is_no_titled_point() -> None:
    """A map of old and new points after the text (5, 12, 19: no run counting up) whose
    last column says what became of each is no titled point, full stop or not."""
    rows = (("Old", "Clause", "What became of it"), ("5", "Security guarantees",
                                                     "moved into the new point four"),
            ("12", "Sanctions", "merged with the trade clause"),
            ("19", "Nuclear plant", "split into two new points"))
    body = "".join(para(run(f"{n}. {text}")) for n, text in enumerate(
        ("Fire stops at once.", "Guns move back.", "Prisoners are swapped."), 1))
    assert [n for n, _, _ in _points(docx(body + _word_table(rows)), "map.docx")] == [
        "1", "2", "3"]


_SHORT = (("No.", "Issue", "Text"),
          ("1", "Ceasefire", "Both sides stop firing along the whole line of contact."),
          ("2", "Exchange of prisoners", "All detainees are swapped."))


def _page_points(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str | None, str]]:
    from plandiff.plans.intake import DraftRequest, import_bytes

    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows[1:])
    page = (f'<!DOCTYPE html><html lang="en"><body><h1>Draft plan</h1><table>{head}{body}'
            "</table></body></html>").encode()
    got = import_bytes(page, "page.html", ".html", DraftRequest(document="d",
                                                                version="2025-01-01-x"))
    return [(p.number, p.title, p.text) for p in got.plan.points]


def test_a_table_of_two_titled_rows_in_every_reader() -> None:
    """A table of two rows (a short draft, or a table cut in two by a page break) has no
    three points for the draft's shape to tell titles by; the cells tell them: each row is a
    titled point in Word, OpenDocument and a web page alike (read as text and a remark,
    "Exchange of prisoners\\n\\nAll detainees are swapped.", before)."""
    expected = [("1", "Ceasefire", "Both sides stop firing along the whole line of contact."),
                ("2", "Exchange of prisoners", "All detainees are swapped.")]
    assert _points(docx(_word_table(_SHORT)), "table.docx") == expected
    assert _points(flat(_odf_table(_SHORT)).encode(), "table.fodt") == expected
    assert _page_points(_SHORT) == expected


_LONG_TITLE = (("No.", "Issue", "Text"),
               ("1", "Ceasefire", "Both sides stop firing along the whole line of contact."),
               ("2", "Exchange of prisoners and detainees", "All are swapped."))


def test_a_title_longer_than_its_text_among_titled_rows() -> None:
    """A row whose title is longer than its short text, in a table whose other rows are
    titled points, is one too (its text was read as a remark under the title), in a Word,
    an OpenDocument and a web page's table."""
    expected = [("1", "Ceasefire", "Both sides stop firing along the whole line of contact."),
                ("2", "Exchange of prisoners and detainees", "All are swapped.")]
    assert _points(docx(_word_table(_LONG_TITLE)), "table.docx") == expected
    assert _points(flat(_odf_table(_LONG_TITLE)).encode(), "table.fodt") == expected
    assert _page_points(_LONG_TITLE) == expected


def test_a_status_that_reads_as_a_sentence_stays_no_title() -> None:
    """The test keeps its guard: alone, a number | provision | status row whose status is
    longer than nothing is no titled point (``Agreed ad ref.`` under a provision)."""
    assert titled_provision([["1"], ["Ceasefire along the line"], ["Agreed ad ref."]]) is None


def test_a_two_row_table_numbered_by_a_list_in_its_first_column(tmp_path: Path) -> None:
    """The number column a Word list (the cells hold no text, Word draws 1., 2.): a table of
    two titled rows is two titled points all the same, in the .docx and in the .odt
    LibreOffice saves of it (where the list is LibreOffice's)."""
    from tests.plans.intake.test_word_real_files import DECIMAL, numbered

    table = "<w:tbl>" + "".join(
        "<w:tr>" + f"<w:tc>{para('', numbered(1))}</w:tc>"
        + "".join(f"<w:tc>{para(run(cell))}</w:tc>" for cell in row) + "</w:tr>"
        for row in (_LONG_TITLE[1][1:], _LONG_TITLE[2][1:])) + "</w:tbl>"
    word = tmp_path / "listed.docx"
    word.write_bytes(docx(table, DECIMAL))
    odt = convert([word], "odt", tmp_path)[0]
    for path in (word, odt):
        assert _points(path.read_bytes(), path.name) == [
            ("1", "Ceasefire", "Both sides stop firing along the whole line of contact."),
            ("2", "Exchange of prisoners and detainees", "All are swapped.")], path
def test_a_word_table_numbered_with_a_sign_is_points() -> None:
    """``№ 1`` / ``No. 2`` / ``п. 3`` in a Word table's number cell are the points' numbers,
    as in a web page's table (one rule: ``lines.numbered_provision``)."""
    rows = (("№ 1", "Сторони припиняють вогонь уздовж усієї лінії зіткнення."),
            ("No. 2", "Полонених обмінюють за формулою всіх на всіх."),
            ("п. 3", "Міжнародна місія стежить за виконанням домовленостей."))
    assert _points(docx(_word_table(rows)), "table.docx") == [
        (str(n), None, text) for n, (_, text) in enumerate(rows, 1)]
