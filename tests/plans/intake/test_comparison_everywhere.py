"""One rule for a comparison table (``No. | Draft of 10 March | Draft of 2 April``) in every
format that can hold one: a web page (its <table> with or without <thead>, a header over two
rows), a single-file page (MHTML), a Markdown or text file's pipe table, a Word or
OpenDocument file. With no ``--column`` the import stops with the same one line; with it the
column chosen is read; ``plandiff diff FILE`` alone compares the two columns. A table that
is no comparison (``Point | What it says``) still reads as points. Texts are the project's
own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.comparison import stacked_header
from tests.helpers import run_cli
from tests.plans.intake.pages import page
from tests.plans.intake.test_comparison_tables import _APRIL, _MARCH, _negotiators, _version_texts
from tests.plans.intake.test_odf import flat
from tests.plans.intake.test_single_file_pages import _archive
from tests.plans.intake.test_titled_tables import _odf_table
from tests.plans.intake.test_word_real_files import docx, para, run

_HEAD = ("No.", "Draft of 10 March", "Draft of 2 April")
_ROWS = [(str(n), a, b) for n, (a, b) in enumerate(zip(_MARCH, _APRIL, strict=True), 1)]
_APRIL_POINTS = [("1", _APRIL[0]), ("2", _APRIL[1]), ("4", _APRIL[3])]
_MARCH_POINTS = [("1", _MARCH[0]), ("2", _MARCH[1]), ("3", _MARCH[2])]


def _cells(tag: str, texts: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<{tag}>{text}</{tag}>" for text in texts) + "</tr>"


def _news_page(head: str | None = None) -> bytes:
    """A news page: a paragraph, then the table with its header in <thead>."""
    head = head if head is not None else f"<thead>{_cells('th', _HEAD)}</thead>"
    body = "".join(_cells("td", row) for row in _ROWS)
    return page("<h1>What changed between the drafts</h1><p>The negotiators' comparative "
                f"table, as the ministry posted it:</p><table>{head}<tbody>{body}</tbody>"
                "</table><p>Talks resume next week.</p>")


def _markdown() -> bytes:
    rows = [f"| {n} | {a} | {b} |" for n, a, b in _ROWS]
    return ("# Comparative table\n\n| No. | Draft of 10 March | Draft of 2 April |\n"
            "|---|---|---|\n" + "\n".join(rows) + "\n").encode()


def _points(data: bytes, name: str, column: str | None) -> list[tuple[str, str]]:
    draft = import_bytes(data, name, Path(name).suffix,
                         DraftRequest(document="framework", version="2026-04-02-draft",
                                      column=column))
    return [(p.number, p.text) for p in draft.plan.walk()]


def _refusal(data: bytes, name: str) -> str:
    with pytest.raises(InputError) as caught:
        _points(data, name, None)
    return str(caught.value).removeprefix(f"{name}: ")


_FILES = {
    "page.html": _news_page,
    "headless.html": lambda: _news_page(_cells("td", _HEAD)),
    "two-rows.html": lambda: _news_page(
        '<thead><tr><th rowspan="2">No.</th><th colspan="2">Text of the framework</th></tr>'
        f"{_cells('th', _HEAD[1:])}</thead>"),
    "saved.mhtml": lambda: _archive(_news_page(), "quoted-printable"),
    "table.md": _markdown,
    "table.txt": _markdown,
    "table.docx": _negotiators,
    "two-rows.docx": lambda: _word_two_rows(),
}


def _word_two_rows() -> bytes:
    """A Word table whose header is two rows: ``No.`` merged down beside ``Text of the
    framework`` spanning both version columns, the versions' dates under it."""
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{para(run(text) if text else '')}</w:tc>"
    head = ("<w:tr>" + cell("No.", '<w:vMerge w:val="restart"/>')
            + cell("Text of the framework", '<w:gridSpan w:val="2"/>') + "</w:tr><w:tr>"
            + cell("", "<w:vMerge/>") + cell(_HEAD[1]) + cell(_HEAD[2]) + "</w:tr>")
    body = "".join("<w:tr>" + "".join(cell(text) for text in row) + "</w:tr>" for row in _ROWS)
    return docx(para(run("Comparative table")) + f"<w:tbl>{head}{body}</w:tbl>")


@pytest.mark.parametrize("name", sorted(_FILES))
def test_every_format_stops_with_the_same_line_and_reads_the_column_chosen(name: str) -> None:
    """The same refusal, word for word, whatever the file; the column chosen by its number
    or its header's words; a row empty in it is no point there."""
    data = _FILES[name]()
    said = _refusal(data, name).replace("Text of the framework ", "")  # two header rows
    assert said == _refusal(_negotiators(), "table.docx"), said
    assert "\n" not in said and "--column" in said
    assert _points(data, name, "3") == _APRIL_POINTS
    assert _points(data, name, "10 march") == _MARCH_POINTS


def test_an_opendocument_table_stops_with_the_same_line() -> None:
    data = flat(_odf_table([_HEAD, *_ROWS])).encode()
    assert _refusal(data, "table.fodt") == _refusal(_negotiators(), "table.docx")


def test_an_opendocument_table_with_a_header_over_two_rows() -> None:
    """``No.`` over two rows beside ``Text of the framework`` over both versions, as
    LibreOffice writes merged cells (spans, then covered cells): told apart, named as the
    Word file's and the page's are, and read through LibreOffice's .docx with --column."""
    def cell(text: str, spans: str = "") -> str:
        return (f'<table:table-cell{spans} office:value-type="string"><text:p>{text}'
                "</text:p></table:table-cell>")
    covered = "<table:covered-table-cell/>"
    head = ("<table:table-row>" + cell("No.", ' table:number-rows-spanned="2"')
            + cell("Text of the framework", ' table:number-columns-spanned="2"') + covered
            + "</table:table-row><table:table-row>" + covered + cell(_HEAD[1]) + cell(_HEAD[2])
            + "</table:table-row>")
    body = "".join("<table:table-row>" + "".join(cell(text) for text in row)
                   + "</table:table-row>" for row in _ROWS)
    data = flat('<table:table table:name="T"><table:table-column table:number-columns-repeated='
                f'"3"/>{head}{body}</table:table>').encode()
    assert _refusal(data, "table.fodt") == _refusal(_word_two_rows(), "table.docx")
    assert _points(data, "table.fodt", "3") == _APRIL_POINTS


def test_the_report_says_which_column_was_read() -> None:
    draft = import_bytes(_news_page(), "page.html", ".html",
                         DraftRequest(document="framework", version="2026-04-02-draft",
                                      column="2 April"))
    said = " ".join(draft.report.lines())
    assert 'column 3 "Draft of 2 April" read, the others left out' in said
    assert "1 row(s) with no text in it left out" in said


def test_a_header_over_two_rows_names_each_column_by_both() -> None:
    """``No.`` over two rows beside ``Text`` over two columns: each version column's header
    is the spanning cell's words and its own."""
    assert stacked_header([[("No.", 1, 2), ("Text", 2, 1)],
                           [("10 March", 1, 1), ("2 April", 1, 1)]]) == [
        ["No."], ["Text 10 March"], ["Text 2 April"]]


def test_a_counter_proposal_beside_a_draft_and_a_comment_column() -> None:
    """``No. | US draft | Ukrainian counter-proposal | Comment``: two versions, the comment
    column none; the counter-proposal read alone, without the comments."""
    comments = ("Agreed in substance.", "Kyiv wants a neutral chair; Moscow objects.",
                "Dropped by Kyiv.", "Proposed by Kyiv.")
    rows = "".join(_cells("td", (n, a, b, c)) for (n, a, b), c in
                   zip(_ROWS, comments, strict=True))
    data = page("<p>The two texts side by side.</p><table><thead>" + _cells(
        "th", ("No.", "US draft", "Ukrainian counter-proposal", "Comment"))
        + f"</thead><tbody>{rows}</tbody></table>")
    said = _refusal(data, "page.html")
    assert 'column 2 "US draft" and column 3 "Ukrainian counter-proposal"' in said
    assert _points(data, "page.html", "counter-proposal") == _APRIL_POINTS


def test_a_table_of_points_and_what_they_say_is_no_comparison() -> None:
    """``Point | What it says``: one text column, read as points with no --column; a
    --column for it is refused, naming no table."""
    rows = "".join(_cells("td", (str(n), text)) for n, text in enumerate(_MARCH[:3], 1))
    data = page(f"<table><thead>{_cells('th', ('Point', 'What it says'))}</thead><tbody>{rows}"
                "</tbody></table>")
    assert _points(data, "page.html", None) == _MARCH_POINTS
    with pytest.raises(InputError, match="no comparison table in the file"):
        _points(data, "page.html", "2")


_PLAIN = ("1. The parties cease fire along the whole line.\n"
          "2. Prisoners are exchanged on an all-for-all basis.\n")
_NO_TABLE = {
    "draft.txt": lambda: _PLAIN.encode(),
    "draft.md": lambda: _PLAIN.encode(),
    "draft.html": lambda: page("".join(f"<p>{line}</p>" for line in _PLAIN.splitlines())),
    "empty.html": lambda: b"<html><body></body></html>",
    "draft.mhtml": lambda: _archive(page(f"<p>{_PLAIN}</p>"), "quoted-printable"),
    "draft.docx": lambda: docx("".join(para(run(line)) for line in _PLAIN.splitlines())),
    "draft.fodt": lambda: flat(_odf_table([("No.", "Text"), ("1", _PLAIN)])).encode(),
    "draft.eml": lambda: ("From: desk@example.org\nTo: team@example.org\nSubject: Draft\n"
                          "Content-Type: text/plain; charset=utf-8\n\n" + _PLAIN).encode(),
}


@pytest.mark.parametrize("name", sorted(_NO_TABLE))
def test_a_column_chosen_for_a_file_without_a_comparison_table_reads_the_same_line(
        name: str) -> None:
    """Whichever reader looked for the table (and found none, or no text at all), the one
    refusal, said in one place."""
    with pytest.raises(InputError) as caught:
        _points(_NO_TABLE[name](), name, "2")
    assert str(caught.value) == (f"{name}: --column 2: no comparison table in the file (a "
                                 "header row over two or more columns of the same text's "
                                 "versions)")


def test_column_on_a_pdf_names_the_formats_that_hold_tables() -> None:
    with pytest.raises(InputError, match=r"one pasted with tabs .*this is a PDF"):
        _points(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "draft.pdf", "2")


def _synopsis(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> Path:
    plans = Path(__file__).parents[3] / "plans" / "peace-framework"
    out = tmp_path / f"synopsis.{fmt}"
    result = run_cli(["synopsis", str(plans / "2025-11-20-us-28-point.json"),
                      str(plans / "2025-12-24-20-point.json"), "--format",
                      "markdown" if fmt == "md" else fmt,
                      "-o", str(out)], capsys)
    assert result.code == 0, result.err
    return out


def test_plandiffs_own_synopsis_page_gives_back_each_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The synopsis HTML read back: each version column is that version, point for point
    (the clause column's titles, the cells' marks, the flags, the words struck through and
    the "not in this version" cells left out; the later version in its own order)."""
    data = _synopsis(tmp_path, capsys, "html").read_bytes()
    assert "2025-11-20-us-28-point" in _refusal(data, "synopsis.html")
    for column, version in (("2", "2025-11-20-us-28-point"), ("3", "2025-12-24-20-point")):
        got = {number: " ".join(text.split()) for number, text in
               _points(data, "synopsis.html", column)}
        assert got == _version_texts(version), version


def test_plandiffs_own_synopsis_in_markdown_gives_back_each_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The synopsis exported as Markdown read back: its list of the versions over the table
    (``1. `peace-framework@…` — …``) was read as points 1 and 2 of every column; it is the
    table's key to its columns, not the version's points, and goes to the notes."""
    data = _synopsis(tmp_path, capsys, "md").read_bytes()
    assert "2025-11-20-us-28-point" in _refusal(data, "synopsis.md")
    for column, version in (("2", "2025-11-20-us-28-point"), ("3", "2025-12-24-20-point")):
        draft = import_bytes(data, "synopsis.md", ".md",
                             DraftRequest(document="framework", version="2026-04-02-draft",
                                          column=column))
        got = [(p.number, " ".join(p.text.split())) for p in draft.plan.walk()]
        assert dict(got) == _version_texts(version), version
        assert len(got) == len(_version_texts(version))  # no number read twice
        assert f"`peace-framework@{version}`" in (draft.plan.notes or "")
        assert not draft.report.warnings, draft.report.lines()


@pytest.mark.parametrize("name", ["page.html", "two-rows.html", "table.md"])
def test_the_command_line_reads_a_page_s_column_and_diff_compares_them(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``plandiff import page.html``: exit 2 and one line, ``--column`` reads the version
    (it was refused as no Word file); ``plandiff diff page.html`` alone compares the two
    columns, as it does a Word file's."""
    source = tmp_path / name
    source.write_bytes(_FILES[name]())
    base = ["import", str(source), "--document", "framework", "--version", "2026-04-02-draft"]
    refused = run_cli(base, capsys)
    assert refused.code == 2 and "--column" in refused.err
    out = tmp_path / "april.json"
    done = run_cli([*base, "--column", "3", "-o", str(out)], capsys)
    assert done.code == 0, done.err
    points = json.loads(out.read_text(encoding="utf-8"))["points"]
    assert [p["text"] for p in points] == [text for _, text in _APRIL_POINTS]
    compared = run_cli(["diff", str(source), "--format", "json"], capsys)
    assert compared.code == 0, compared.err
    assert 'Draft of 10 March"' in compared.err and 'Draft of 2 April"' in compared.err
    counts = json.loads(compared.out)["summary"]
    assert (counts["modified"], counts["removed"], counts["added"]) == (2, 1, 1)


def test_add_takes_a_page_s_column_as_a_word_file_s(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``plandiff add page.html``: refused in one line and nothing written without --column;
    with it, the version chosen is added to the tree."""
    source = tmp_path / "page.html"
    source.write_bytes(_news_page())
    plans = tmp_path / "plans"
    base = ["add", str(source), "--document", "framework", "--version", "2026-04-02-draft",
            "--plans", str(plans), "--source-url", "https://news.example/table"]
    refused = run_cli(base, capsys)
    assert refused.code == 2 and "--column" in refused.err
    assert not (plans / "framework" / "2026-04-02-draft.json").exists()
    done = run_cli([*base, "--column", "Draft of 2 April"], capsys)
    assert done.code == 0, done.err
    written = json.loads((plans / "framework" / "2026-04-02-draft.json").read_text("utf-8"))
    assert [p["text"] for p in written["points"]] == [text for _, text in _APRIL_POINTS]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_synopsis_column_is_not_checked_against_the_table_s_clause_count(
        fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The synopsis' line "41 of 41 clauses" counts the table's rows (every version's
    clauses), not the points of the column read: no warning that 13 points are missing,
    a note that the count was not checked."""
    data = _synopsis(tmp_path, capsys, fmt).read_bytes()
    draft = import_bytes(data, f"synopsis.{fmt}", f".{fmt}",
                         DraftRequest(document="framework", version="2025-11-20-draft",
                                      column="2"))
    warned = [f.message for f in draft.report.findings if f.warning]
    assert not any("announces" in message for message in warned), warned
    assert any("announces 41 points" in message and "not checked" in message
               for message in draft.report.lines()), draft.report.lines()


def test_a_markdown_table_s_redline_and_remarks_are_no_text_of_the_column() -> None:
    """A Markdown comparison table as a redline writes it: the older words struck through
    (``~~…~~``, ``<del>``), the newer ones in ``<ins>``, the number in bold, a remark in
    italics in parentheses, a flag's line and a short cell all in italics ("*No
    equivalent*") are no words of the version."""
    rows = ["| No. | Draft of 10 March | Draft of 2 April |", "|---|---|---|",
            f"| 1 | {_MARCH[0]} | **1** *(modified)*<br>The parties cease all hostilities "
            "<del>from the date of signature</del><ins>within 72 hours of signature</ins>."
            "<br>⚑ date: on signing → 72 hours |",
            f"| 2 | {_MARCH[1]} | A joint commission~~ of experts~~, chaired by a neutral state, "
            "monitors the line of contact. |",
            f"| 3 | {_MARCH[2]} | *No equivalent* |",
            f"| 4 | *No equivalent* | {_APRIL[3]} |"]
    data = ("\n".join(rows) + "\n").encode()
    draft = import_bytes(data, "table.md", ".md", DraftRequest(
        document="framework", version="2026-04-02-draft", column="3"))
    assert [(p.number, p.text) for p in draft.plan.walk()] == _APRIL_POINTS
    assert "struck through or marked in it" in " ".join(draft.report.lines())


def test_a_japanese_old_and_new_table_sets_the_new_text_first() -> None:
    """A 新旧対照表 as Japanese ministries post them: the amended text (改正後) on the left,
    the text in force (改正前) on the right; the last column is the older one, so no column
    is read by default. The one chosen by its header reads as the articles it holds."""
    rows = [("第一条　両国は、署名の日から七十二時間以内に全ての敵対行為を停止する。",
             "第一条　両国は、署名の日から全ての敵対行為を停止する。"),
            ("第二条　中立国が議長を務める合同委員会は、接触線を監視する。",
             "第二条　合同委員会は、接触線を監視する。"),
            ("第三条　捕虜は、一か月以内に全員を全員と交換する。",
             "第三条　捕虜は、全員を全員と交換する。")]
    body = "".join(_cells("td", row) for row in rows)
    data = page(f"<p>新旧対照表</p><table><thead>{_cells('th', ('改正後', '改正前'))}</thead>"
                f"<tbody>{body}</tbody></table>", lang="ja")
    assert 'column 1 "改正後" and column 2 "改正前"' in _refusal(data, "page.html")
    assert _points(data, "page.html", "改正後") == [
        (str(n), new.split("　", 1)[1]) for n, (new, _) in enumerate(rows, 1)]


_PLACEHOLDER_ROWS = [
    ("1", "The parties cease all hostilities from the date of signature.",
     "The parties cease all hostilities within 72 hours of signature."),
    ("2", "A joint commission monitors the line of contact.", "No equivalent"),
    ("3", "Prisoners are exchanged on an all-for-all basis.",
     "Prisoners are exchanged on an all-for-all basis, civilians first."),
    ("4", "Sanctions are eased step by step.", "No equivalent"),
    ("5", "A monitoring mission reports every month.",
     "A monitoring mission reports every week to both parties."),
    ("6", "Elections take place within a hundred days.",
     "Elections take place within a hundred and twenty days."),
]


def test_a_word_table_s_column_reads_as_the_same_table_s_in_markdown_and_on_a_page() -> None:
    """The Word reader cuts its table down by the one reading of a column (comparison's
    read_column), as the Markdown and page readers do: a placeholder typed plainly in two
    of the column's cells ("No equivalent") is no point in any of them; the Word reader
    read it as points 2 and 4."""
    from tests.plans.intake.test_comparison_tables import _table

    word = docx(para(run("Comparative table")) + _table([_HEAD, *_PLACEHOLDER_ROWS]))
    markdown = ("| " + " | ".join(_HEAD) + " |\n|---|---|---|\n" + "".join(
        "| " + " | ".join(row) + " |\n" for row in _PLACEHOLDER_ROWS)).encode()
    web = page("<table><thead>" + _cells("th", _HEAD) + "</thead><tbody>" + "".join(
        _cells("td", row) for row in _PLACEHOLDER_ROWS) + "</tbody></table>")
    expected = [(n, b) for n, _, b in _PLACEHOLDER_ROWS if b != "No equivalent"]
    assert _points(markdown, "table.md", "3") == expected
    assert _points(web, "page.html", "3") == expected
    assert _points(word, "table.docx", "3") == expected


_DASHED = [tuple(text or "—" for text in row) for row in _ROWS]
"""The rows with a dash where a version has no text, as editors fill an empty cell."""


def _dashed_word() -> bytes:
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in row)
                   + "</w:tr>" for row in [_HEAD, *_DASHED])
    return docx(para(run("Comparative table")) + f"<w:tbl>{rows}</w:tbl>")


_DASHED_FILES = {
    "page.html": lambda: page("<table><thead>" + _cells("th", _HEAD) + "</thead><tbody>"
                              + "".join(_cells("td", row) for row in _DASHED)
                              + "</tbody></table><p>Talks resume next week.</p>"),
    "table.md": lambda: ("| " + " | ".join(_HEAD) + " |\n|---|---|---|\n" + "".join(
        "| " + " | ".join(row) + " |\n" for row in _DASHED)).encode(),
    "table.txt": lambda: "".join("\t".join(row) + "\n" for row in [_HEAD, *_DASHED]).encode(),
    "table.docx": _dashed_word,
}


@pytest.mark.parametrize("name", sorted(_DASHED_FILES))
def test_a_dash_in_a_version_s_cell_is_no_point_of_it(name: str) -> None:
    """A cell holding a dash alone (``—``: the version has no such point) is empty, in every
    reader's table: it was read as a point numbered by the row, its text "—", and in a web
    page the paragraph after the table ran on into it."""
    data = _DASHED_FILES[name]()
    assert _points(data, name, "3") == _APRIL_POINTS
    assert _points(data, name, "10 march") == _MARCH_POINTS


def test_a_web_page_s_cell_all_in_italics_is_a_remark() -> None:
    """A cell that says, in italics, that the version drops the point (``<em>deleted</em>``,
    ``<i>no equivalent</i>``) is a remark, as in a Word or Markdown table: no point of the
    version; a proposal's text in italics is still its text."""
    rows = [(_ROWS[0][0], _ROWS[0][1], f"<em>{_ROWS[0][2]}</em>"), _ROWS[1],
            (_ROWS[2][0], _ROWS[2][1], "<em>deleted</em>"),
            (_ROWS[3][0], "<i>no equivalent</i>", _ROWS[3][2])]
    data = page("<table><thead>" + _cells("th", _HEAD) + "</thead><tbody>"
                + "".join(_cells("td", row) for row in rows) + "</tbody></table>")
    assert _points(data, "page.html", "3") == _APRIL_POINTS
    assert _points(data, "page.html", "10 march") == _MARCH_POINTS
