"""The mapping CSV after a spreadsheet: a reviewer opens ``--mapping-out``'s file in Excel or
LibreOffice Calc, edits it and saves it as CSV (a code page, ``;``, every cell quoted, UTF-16)
or as a spreadsheet file. What the spreadsheet does to the cells (1.10 shown as 1.1, dates,
columns moved or added, rows deleted) is read back right or refused in one line naming the
file, the row and the column; never silently read as another mapping."""

from __future__ import annotations

import csv
import io
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import InputError, UsageError
from plandiff.plans.model import Point
from plandiff.workflows.add import AddRequest, add_version
from plandiff.workflows.mapping import (
    Row,
    _columns,
    _Names,
    mapping_csv,
    read_mapping,
    row_line,
    row_lines,
)
from tests.helpers import PLANS, REPO, Run, assert_no_traceback
from tests.workflows.test_add_review import ARGS, _tree

_URL = "https://example.org/a"
_TOPICS = ("harbours", "highways", "wheat", "electricity", "reservoirs", "railways",
           "lenders", "colleges", "tribunals", "quarries")


def _charter(version: str, changed: str = "") -> str:
    lines = [f"# Charter, {version}", "1. Common rules."]
    for k, topic in enumerate(_TOPICS, start=1):
        text = f"Rule {k} of the common part covers the {topic}"
        lines.append(f"1.{k} {text}{changed if k == 2 else ''}.")
    lines += ["2. Closing rules.", "2.1 The charter applies from the day it is signed."]
    return "\n".join(lines) + "\n"


@pytest.fixture
def charter(cli: Callable[..., Run], tmp_path: Path) -> tuple[str, ...]:
    """A draft numbered 1.1 to 1.10 (a spreadsheet shows 1.10 as 1.1), added once, and the
    command that reviews its next draft."""
    (tmp_path / "v1.txt").write_text(_charter("first text"), encoding="utf-8")
    (tmp_path / "v2.txt").write_text(_charter("second text", " and the bridges"),
                                     encoding="utf-8")
    plans = tmp_path / "plans"
    assert cli("add", str(tmp_path / "v1.txt"), "--plans", str(plans), "--document", "charter",
               "--version", "2025-01-01-v1").code == 0
    return ("add", str(tmp_path / "v2.txt"), "--plans", str(plans), "--document", "charter",
            "--version", "2025-02-01-v2", "--source-url", _URL, "--dry-run")


def _as_calc_saves(rows: list[list[str]]) -> list[list[str]]:
    """What Calc's CSV import and save make of the cells by default (measured with
    LibreOffice 7.4): a cell that reads as a number is saved as the number it shows (1.10 as
    1.1, 1.00 as 1); an apostrophe at the start of a cell in the file stays."""
    def shown(cell: str) -> str:
        try:
            value = float(cell)
        except ValueError:
            return cell
        return f"{value:g}"
    return [[shown(cell) for cell in row] for row in rows]


def _write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8",
           delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text("utf-8").splitlines()))


def test_places_a_spreadsheet_shortens_survive_and_a_shortened_one_is_refused(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """1.1 and 1.10 are both points: the CSV writes them as text ('1.1, '1.10), which a
    spreadsheet keeps, so its save gives back the same mapping. A place the reviewer types
    as a number (1.10, shown and saved as 1.1) is refused with the cell; before, the swap
    below was read as 1.1 <-> 1.9, a silent wrong mapping."""
    first, saved, second = (tmp_path / f"{n}.csv" for n in ("first", "saved", "second"))
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    assert ["'1.10", "'1.10"] in [row[:2] for row in rows]
    assert ["1.9", "1.9"] in [row[:2] for row in rows]
    _write(saved, _as_calc_saves(rows))
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    # The reviewer swaps the partners of 1.9 and 1.10, typing the places as numbers.
    swapped = [["1.9", "1.10", *row[2:]] if row[:2] == ["1.9", "1.9"]
               else ["1.10", "1.9", *row[2:]] if row[:2] == ["'1.10", "'1.10"] else row
               for row in rows]
    _write(saved, _as_calc_saves(swapped))
    run = cli(*charter, "--mapping", str(saved))
    assert run.code == 2, run.out
    line = next(k for k, row in enumerate(swapped, start=1) if row[:2] == ["1.9", "1.10"])
    assert f"{saved}:{line}:B: new point '1.1' is ambiguous: 1.1 or 1.10" in run.err
    assert "'1.10" in run.err and len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)
    # Typed as text, the swap is read as meant.
    fixed = [[("'" + c if c == "1.10" else c) for c in row] for row in swapped]
    run = cli(*charter, "--mapping", str(_write(saved, _as_calc_saves(fixed))))
    assert run.code == 0, run.err
    assert "1.9 -> 1.10  pair" in run.out and "1.10 -> 1.9  pair" in run.out


def _point(ident: str, number: str, *subs: Point) -> Point:
    return Point(id=ident, number=number, text="Some words.", points=subs)


def test_a_shortened_number_that_fits_one_point_names_it() -> None:
    """10.10 saved as 10.1 where there is no 10.1, and 01 saved as 1 where there is no 1:
    one point fits, so it is named; a date a spreadsheet made of a place says so."""
    names = _Names([_point("a", "01"), _point("b", "10", _point("c", "10.10"))], "old")
    assert names.cell("10.1", "m.csv:2:A") == "c"
    assert names.cell("1", "m.csv:2:A") == "a"
    assert names.cell("'10.10", "m.csv:2:A") == "c"
    with pytest.raises(UsageError, match=r"m\.csv:4:A: no old point '03/04/26'.*as a date"):
        names.cell("03/04/26", "m.csv:4:A")


@pytest.mark.parametrize("shown", ["01. Feb", "1. Sep", "01-févr.", "1-sept", "2月1日"])
def test_a_place_a_spreadsheet_made_a_date_in_another_locale_says_so(shown: str) -> None:
    """A German Excel shows 1.2 typed or opened as a date ("01. Feb") and saves the CSV so; a
    French one writes "01-févr."; a Japanese one "2月1日". The refusal lacked the date hint
    that "03/04/26" gets."""
    names = _Names([_point("a", "1", _point("b", "1.2"))], "old")
    with pytest.raises(UsageError, match=r"m\.csv:4:A: no old point .*as a date"):
        names.cell(shown, "m.csv:4:A")


def test_a_place_in_brackets_a_spreadsheet_made_negative_names_it() -> None:
    """Calc and Excel read (1) as the number -1 and save it so; where point 1 has a
    sub-point (1), -1 was refused as ambiguous between them."""
    names = _Names([_point("a", "1", _point("b", "(1)")), _point("c", "(2)")], "old")
    assert names.cell("-1", "m.csv:2:A") == "b"
    assert names.cell("-2", "m.csv:2:A") == "c"
    assert names.cell("1", "m.csv:2:A") == "a"


def test_a_code_page_save_is_read_and_a_non_ascii_place_in_it_refused(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """Saved in the Windows code page (the reviewer's note in a comment column has accents):
    the old and new cells are ASCII, so the file is read; a place that is not ASCII is
    refused with its cell, since the code page is unknown."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = [[*row, "note"] for row in _rows(first)]
    rows[1][-1] = "vérifié – à revoir"
    saved = _write(tmp_path / "saved.csv", rows, encoding="cp1252", delimiter=";")
    run = cli(*base, "--mapping", str(saved))
    assert run.code == 0, run.err
    rows[2][0] = "4é"
    _write(saved, rows, encoding="cp1252", delimiter=";")
    run = cli(*base, "--mapping", str(saved))
    assert run.code == 2
    assert f"{saved}:3:A: the mapping is not UTF-8" in run.err
    assert_no_traceback(run)


def test_unicode_text_and_quoted_semicolon_saves_are_read(cli: Callable[..., Run],
                                                          tmp_path: Path) -> None:
    """Excel's "Unicode text" (UTF-16, tabs) and Calc's save with every text cell quoted
    and ``;`` between the cells (refused before: its header line was not recognised)."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = [row for row in _rows(first) if row[:2] != ["4", "2"]]
    rows += [["4", "", "removed"], ["", "2", "added"]]
    for name, options in (("utf16.txt", {"encoding": "utf-16", "delimiter": "\t"}),
                          ("quoted.csv", {"delimiter": ";", "quoting": csv.QUOTE_ALL})):
        saved = _write(tmp_path / name, rows, **options)  # type: ignore[arg-type]
        run = cli(*base, "--mapping", str(saved))
        assert run.code == 0, (name, run.err)
        assert "4 -> -  removed" in run.out and "- -> 2  added" in run.out


def test_a_spreadsheet_file_is_refused_with_what_to_do(cli: Callable[..., Run],
                                                       tmp_path: Path) -> None:
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    xlsx = tmp_path / "map.xlsx"
    with zipfile.ZipFile(xlsx, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
    xls = tmp_path / "map.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    for path in (xlsx, xls):
        run = cli(*base, "--mapping", str(path))
        assert run.code == 2
        assert f"{path}: a spreadsheet file" in run.err and "save it as CSV" in run.err
        assert len(run.err.strip().splitlines()) == 1
        assert_no_traceback(run)


def test_columns_found_by_name_and_cells_cleaned(cli: Callable[..., Run],
                                                 tmp_path: Path) -> None:
    """A comment column put first, the columns reordered, no-break spaces in the cells, rows
    sorted and empty rows and columns at the end: the same mapping as the file written."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    _header, *body = _rows(first)
    moved = [["comment", "New", "kind", "old", "", ""]]
    moved += sorted([["checked", f"\u00a0{row[1]}\u00a0", row[2], f"{row[0]} ", "", ""]
                     for row in body], key=lambda row: row[3])
    moved += [["", "", "", "", "", ""]]
    edited = _write(tmp_path / "edited.csv", moved)
    run = cli(*base, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    _write(edited, [["alt", "neu", "art"], *body])
    run = cli(*base, "--mapping", str(edited))
    assert run.code == 2 and f"{edited}:1: " in run.err and "found alt,neu,art" in run.err


def test_a_deleted_row_and_a_kind_that_contradicts_its_row_are_refused(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A row deleted in the spreadsheet (old 4 -> new 2), and a kind changed to removed while
    the row still names the new point: before, both were read as the proposal, silently."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    at = next(k for k, row in enumerate(rows, start=1) if row[:2] == ["4", "2"])
    edited = _write(tmp_path / "edited.csv", [row for row in rows if row[:2] != ["4", "2"]])
    run = cli(*base, "--mapping", str(edited))
    assert run.code == 2, run.out
    assert f"{edited}: no row names old 4 or new 2, which the proposal pairs" in run.err
    assert "4,,removed and ,2,added" in run.err
    for kind, words in (("removed", ":C: the row says removed but names both"),
                        ("rejected", ":C: unknown kind 'rejected'")):
        rows[at - 1][2] = kind
        _write(edited, rows)
        run = cli(*base, "--mapping", str(edited))
        assert run.code == 2, (kind, run.out)
        assert f"{edited}:{at}{words}" in run.err
        assert_no_traceback(run)


def test_new_and_deleted_read_as_the_kinds_added_and_removed(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A reviewer who unpairs a row types "new" (as the --new option says) or "deleted" (as
    Word's tracked changes say) in its kind: the same as "added" and "removed". Before, both
    were refused as unknown kinds."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    kept = [row for row in rows if row[:2] != ["4", "2"]]
    assert len(kept) == len(rows) - 1
    outputs = []
    for old_kind, new_kind in (("removed", "added"), ("deleted", "new"), ("Deleted", "NEW")):
        edited = _write(tmp_path / f"{new_kind}.csv",
                        [*kept, ["4", "", old_kind, "", "", ""], ["", "2", new_kind, "", "", ""]])
        out = tmp_path / f"{new_kind}-out.csv"
        run = cli(*base, "--mapping", str(edited), "--mapping-out", str(out))
        assert run.code == 0, run.err
        assert_no_traceback(run)
        outputs.append(out.read_text("utf-8"))
    assert "4,,removed" in outputs[0] and ",2,added" in outputs[0]
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]


@pytest.mark.parametrize("language", ["", "-ja"])
def test_the_printed_mapping_fits_an_80_column_terminal(language: str) -> None:
    """The press copy's mapping against the 28 points: its merge and split rows ran to 99
    columns (the Japanese ones to 95, a wide character taking two) and broke mid-word at
    the terminal's edge; at a terminal's width they wrap at spaces, six columns in, and say
    the same. Not at a terminal (piped), each row stays one line."""
    result = add_version(AddRequest(
        source=REPO / "benchmarks" / "data" / "press" / f"20-point-press{language}.txt",
        plans_root=PLANS, document="peace-framework", version=f"2025-12-24-press{language}",
        language=language[1:] or "en", supersedes=f"2025-11-20-us-28-point{language}",
        dry_run=True))
    rows = result.mapping
    assert max(_columns("  " + row_line(row)) for row in rows) > 80
    wrapped = 0
    for row in rows:
        lines = row_lines(row, 80)
        assert all(_columns(line) <= 80 for line in lines), lines
        assert all(line.startswith("      ") and line[6] != " " for line in lines[1:])
        assert " ".join(" ".join(lines).split()) == " ".join(row_line(row).split())
        wrapped += len(lines) > 1
        assert row_lines(row) == ["  " + row_line(row)]
    assert wrapped >= 2


def test_old_mac_line_ends_are_read_and_a_broken_csv_is_an_input_error(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """Excel's "CSV (Macintosh)" ends lines with CR alone: it stopped plandiff with an
    internal error (exit 3) from the CSV reader, as a cell past the reader's size limit did.
    Now CR is a line end and a file the CSV reader cannot read is a one-line input error
    with its row."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    mac = tmp_path / "mac.csv"
    mac.write_bytes(first.read_bytes().replace(b"\n", b"\r"))
    run = cli(*base, "--mapping", str(mac))
    assert run.code == 0, run.err
    broken = tmp_path / "broken.csv"
    broken.write_bytes(first.read_bytes() + b',4,added,,"' + b"x" * 200_000 + b'"\n')
    run = cli(*base, "--mapping", str(broken))
    assert run.code == 2, run.err
    assert f"{broken}:" in run.err and "not a readable CSV" in run.err
    assert_no_traceback(run)


def test_the_csv_marks_the_rows_to_review(cli: Callable[..., Run], tmp_path: Path) -> None:
    """The printed mapping's [review] marks were not in the CSV, so a reviewer working in a
    spreadsheet could not filter the rows to look at: a review column says them."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    out = tmp_path / "map.csv"
    run = cli("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
              "--version", "2025-12-24-press", "--source-url", _URL, "--supersedes",
              "2025-11-20-us-28-point", "--dry-run", "--mapping-out", str(out))
    assert run.code == 0, run.err
    printed = [line.strip().removesuffix("  [review]").split("  ")[0]
               for line in run.out.splitlines() if line.endswith("  [review]")]
    header, *rows = _rows(out)
    assert header == ["old", "new", "kind", "confidence", "evidence", "review"]
    marked = [f"{r[0].replace(';', ', ') or '-'} -> {r[1].replace(';', ', ') or '-'}"
              for r in rows if r[5] == "review"]
    assert len(printed) == 4 and marked == printed
    assert {r[5] for r in rows} == {"review", ""}


def test_a_place_a_spreadsheet_would_take_for_a_formula_is_written_as_text(
        tmp_path: Path) -> None:
    """A plan file's number may start with =, +, - or @ (a hand-written plan, an odd draft):
    Calc and Excel read such a cell as a formula and save its value ("=1" as 1, another
    point). The CSV writes it after an apostrophe, and reads it back."""
    old = [_point("a", "=1"), _point("b", "1"), _point("c", "+2")]
    new = [_point("d", "@3"), _point("e", "-4"), _point("f", "5")]
    rows = [Row(("=1",), ("@3",), "pair", 0.5, "similar text"),
            Row(("+2", "1"), ("-4",), "merge", 0.5, "similar text"),
            Row((), ("5",), "added")]
    text = mapping_csv(rows)
    cells = [row[:2] for row in csv.reader(text.splitlines())][1:]
    assert cells == [["'=1", "'@3"], ["'+2;1", "'-4"], ["", "5"]]
    path = tmp_path / "map.csv"
    path.write_text(text, encoding="utf-8")
    links, _olds, _news = read_mapping(path, _Names(old, "old"), _Names(new, "new"))
    assert set(links) == {("a", "d"), ("c", "e"), ("b", "e")}


def test_japanese_evidence_shows_the_words_the_texts_share_not_bigram_pieces() -> None:
    """The aligner matches Japanese on overlapping character pairs, and the mapping showed
    them as they came: "和評, 平和, 評議" for the Peace Council both texts name (平和評議会).
    Pairs that chain into a run both texts hold are shown as that run; no two pairs that
    could chain are left side by side unless their run is not in both texts."""
    result = add_version(AddRequest(
        source=REPO / "benchmarks" / "data" / "press" / "20-point-press-ja.txt",
        plans_root=PLANS, document="peace-framework", version="2025-12-24-press-ja",
        language="ja", supersedes="2025-11-20-us-28-point-ja", dry_run=True))
    council = next(row for row in result.mapping if row.old == ("27",))
    assert "平和評議" in council.evidence, council.evidence
    shown = [row.evidence.partition(": ")[2].split(", ") for row in result.mapping
             if row.evidence.startswith("similar text: ")]
    for terms in shown:
        assert len(terms) <= 3
        cjk = [t for t in terms if not t.isascii()]
        assert not any(a != b and a[-1] == b[0] and len(a) == len(b) == 2
                       for a in cjk for b in cjk), terms


def test_mapping_out_named_as_a_spreadsheet_file_is_refused(cli: Callable[..., Run],
                                                            tmp_path: Path) -> None:
    """--mapping-out map.xlsx wrote CSV text under a workbook's name, which Excel then
    refuses or warns about on opening; it is refused, and nothing is written."""
    plans = _tree(tmp_path)
    base = ("add", str(tmp_path / "v2.txt"), *ARGS, "--plans", str(plans), "--source-url", _URL,
            "--dry-run")
    for name in ("map.xlsx", "map.ODS", "map.xls"):
        run = cli(*base, "--mapping-out", str(tmp_path / name))
        assert run.code == 2, (name, run.out)
        assert f"{tmp_path / name}: --mapping-out writes CSV" in run.err
        assert not (tmp_path / name).exists()
        assert_no_traceback(run)


def test_places_in_a_cell_may_be_listed_as_the_mapping_prints_them(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """The printed mapping lists several places as "10, 10(b), 10(c)"; a reviewer who types a
    cell that way (or one place a line, Alt+Enter) meant what "10;10(b);10(c)" says. It was
    refused as no point "10, 10(b), 10(c)"."""
    draft = REPO / "benchmarks" / "data" / "press" / "20-point-press.txt"
    base = ("add", str(draft), "--plans", str(PLANS), "--document", "peace-framework",
            "--version", "2025-12-24-press", "--source-url", _URL, "--supersedes",
            "2025-11-20-us-28-point", "--dry-run")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    for joiner in (", ", "\n"):
        edited = [[cell.replace(";", joiner) for cell in row[:2]] + row[2:] for row in rows]
        assert any(joiner in row[0] for row in edited)
        _write(tmp_path / "edited.csv", edited)
        run = cli(*base, "--mapping", str(tmp_path / "edited.csv"), "--mapping-out",
                  str(second))
        assert run.code == 0, (joiner, run.err)
        assert second.read_text("utf-8") == first.read_text("utf-8")


def _through_calc(source: Path, work: Path, save: str = "44,34,76,1",
                  read: str = "44,34,76,1") -> Path:
    """``source`` opened in LibreOffice Calc (a real spreadsheet, headless, a private
    profile) as a reviewer opens a CSV (comma, UTF-8, the default cell formats), and saved
    back as CSV with the filter options ``save`` (separator, quote, character set: 76 is
    UTF-8, 60 Windows-932, Japanese Excel's Shift-JIS): Calc's own reading of every cell, not
    an imitation of it."""
    from tests.render.docx.pandoc_text import require

    soffice = require("soffice")
    profile = f"-env:UserInstallation={(work / 'lo-profile').as_uri()}"
    sheet_dir, csv_dir = work / "ods", work / "csv"
    for target, fmt, src, options in (
            (sheet_dir, "ods", source, [f"--infilter=CSV:{read}"]),
            (csv_dir, f"csv:Text - txt - csv (StarCalc):{save}",
             sheet_dir / f"{source.stem}.ods", [])):
        result = subprocess.run([soffice, profile, "--headless", *options, "--convert-to", fmt,
                                 "--outdir", str(target), str(src)],
                                capture_output=True, timeout=180, check=False)
        made = target / f"{source.stem}.{fmt.split(':')[0]}"
        assert made.exists(), f"LibreOffice Calc wrote no {made.name}: {result.stderr!r}"
    return csv_dir / f"{source.stem}.csv"


def test_the_mapping_survives_a_save_in_libreoffice_calc(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Through the real Calc (not the imitation above): the written CSV comes back as the
    same mapping; a reviewer's swap typed as text ('1.10) is read as meant; the same swap
    typed as numbers, which Calc turns into 1.1, is refused naming the cell."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    saved = _through_calc(first, tmp_path / "plain")
    assert saved.read_bytes() != first.read_bytes()  # Calc wrote the file its own way
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    rows = _rows(first)
    for label, typed, code in (("text", "'1.10", 0), ("number", "1.10", 2)):
        swapped = [["1.9", typed, *row[2:]] if row[:2] == ["1.9", "1.9"]
                   else [typed, "1.9", *row[2:]] if row[:2] == ["'1.10", "'1.10"] else row
                   for row in rows]
        edited = _write(tmp_path / f"{label}.csv", swapped)
        run = cli(*charter, "--mapping", str(_through_calc(edited, tmp_path / label)))
        assert run.code == code, (label, run.out, run.err)
        if code == 0:
            assert "1.9 -> 1.10  pair" in run.out and "1.10 -> 1.9  pair" in run.out
        else:
            assert "is ambiguous: 1.1 or 1.10" in run.err
            assert len(run.err.strip().splitlines()) == 1
        assert_no_traceback(run)


_KYOTEI = ("# 協定 {}\n1. 両当事者は署名の日から完全な停戦を守る。\n{}\n{}\n"
           "2. 選挙は署名から百日以内に行う。\n3. 合同委員会が停戦線を監視する。\n")
_LAND_SEA = "停戦は陸上と海上の双方に及ぶ。"
_PATROL = "監視団が停戦線を見回る。"


def test_a_shift_jis_save_of_japanese_places_is_read(cli: Callable[..., Run],
                                                      tmp_path: Path) -> None:
    """Japanese Excel saves CSV in Shift-JIS; a Japanese draft's sub-points are numbered in
    katakana (1(ア), 1(イ)). Saved so by LibreOffice Calc, the mapping was refused ("not
    UTF-8 and this old cell is not plain ASCII"): the file's encoding is now found as a
    draft's is, so the places read as written, and a reviewer's swap is read as meant."""
    (tmp_path / "v1.txt").write_text(_KYOTEI.format("第一案", f"(ア) {_LAND_SEA}",
                                                    f"(イ) {_PATROL}"), encoding="utf-8")
    (tmp_path / "v2.txt").write_text(_KYOTEI.format("第二案", f"(ア) {_PATROL}",
                                                    f"(イ) {_LAND_SEA}"), encoding="utf-8")
    plans = tmp_path / "plans"
    assert cli("add", str(tmp_path / "v1.txt"), "--plans", str(plans), "--document", "kyotei",
               "--version", "2025-01-01-v1", "--language", "ja").code == 0
    base = ("add", str(tmp_path / "v2.txt"), "--plans", str(plans), "--document", "kyotei",
            "--version", "2025-02-01-v2", "--language", "ja", "--source-url", _URL,
            "--dry-run")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    assert ["1(イ)", "1(ア)"] in [row[:2] for row in rows]
    saved = _through_calc(first, tmp_path / "sjis", save="44,34,60,1")
    assert saved.read_bytes().decode("cp932") != saved.read_bytes().decode("latin-1")
    run = cli(*base, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    swapped = [[row[0], row[0], *row[2:]] if row[0] in ("1(ア)", "1(イ)") else row
               for row in rows]
    edited = _write(tmp_path / "edited.csv", swapped, encoding="cp932")
    run = cli(*base, "--mapping", str(edited))
    assert run.code == 0, run.err
    assert "1(ア) -> 1(ア)  pair" in run.out and "1(イ) -> 1(イ)  pair" in run.out
    # A cell whose letters no place uses is not read in a code page that happens to decode
    # it: refused with its cell.
    wrong = [[row[0].replace("ア", "カ"), *row[1:]] for row in swapped]
    run = cli(*base, "--mapping", str(_write(edited, wrong, encoding="cp932")))
    assert run.code == 2, run.out
    line = next(k for k, row in enumerate(wrong, start=1) if row[0] == "1(カ)")
    assert f"{edited}:{line}:A: the mapping is not UTF-8" in run.err
    assert "save the CSV as UTF-8" in run.err and len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)


_UHODA = ("# Угода, {}\n1. Сторони дотримуються повного припинення вогню з дня підписання.\n"
          "{}\n{}\n2. Вибори проводяться протягом ста днів.\n")
_GROUND = "Припинення вогню діє на суходолі й на морі."
_WATCH = "Спостерігачі обходять лінію припинення вогню."


def test_letters_a_code_page_save_lost_are_refused_not_read_as_another_point(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """A Ukrainian draft's sub-points 1(а), 1(б) saved by LibreOffice Calc as Windows-1252
    CSV (a Western reviewer's default) come out as 1(?): the place without its punctuation
    read as point 1, and the file was refused only for a deleted row, not for the cell. The
    cell is refused itself, with what to do."""
    (tmp_path / "v1.txt").write_text(_UHODA.format("перший проєкт", f"а) {_GROUND}",
                                                   f"б) {_WATCH}"), encoding="utf-8")
    (tmp_path / "v2.txt").write_text(_UHODA.format("другий проєкт", f"а) {_WATCH}",
                                                   f"б) {_GROUND}"), encoding="utf-8")
    plans = tmp_path / "plans"
    assert cli("add", str(tmp_path / "v1.txt"), "--plans", str(plans), "--document", "uhoda",
               "--version", "2025-01-01-v1", "--language", "uk").code == 0
    base = ("add", str(tmp_path / "v2.txt"), "--plans", str(plans), "--document", "uhoda",
            "--version", "2025-02-01-v2", "--language", "uk", "--source-url", _URL,
            "--dry-run")
    first = tmp_path / "first.csv"
    assert cli(*base, "--mapping-out", str(first)).code == 0
    line = next(k for k, row in enumerate(_rows(first), start=1) if row[0] == "1(б)")
    saved = _through_calc(first, tmp_path / "western", save="44,34,1,1")
    assert any(row[0] == "1(?)" for row in csv.reader(saved.read_text("cp1252").splitlines()))
    run = cli(*base, "--mapping", str(saved))
    assert run.code == 2, run.out
    assert f"{saved}:{line}:A: '1(?)' has '?'" in run.err and "UTF-8" in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)


def test_rows_a_spreadsheet_kept_in_one_cell_are_read_as_their_cells(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Opened with ";" as the separator (a German Calc's or Excel's default), the comma CSV
    lands in column A; saved, a row holding quotes comes back as one quoted cell
    ("1,1,pair,1.00,""similar text: …"","): it was refused as "no old point 'pair'". Such a
    cell, which splits into the header's columns with a kind in its place, is read as the
    row; one that does not stays a cell."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    saved = _through_calc(first, tmp_path / "semicolon", save="59,34,76,1", read="59,34,76,1")
    assert saved.read_text("utf-8").splitlines()[1].startswith('"1,1,pair,1.00,""similar')
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


def test_a_dotted_place_never_names_a_point_with_other_digits() -> None:
    """"1.2" named point 12 when there was no 1.2 (the place without its punctuation is "12"):
    a silent wrong link. A dotted place still finds the sub-point it spells ("1.2" is 1(2)),
    and "3.b" still finds 3(b)."""
    names = _Names([_point("a", "1"), _point("b", "12"), _point("c", "3", _point("d", "b"))],
                   "old")
    with pytest.raises(UsageError, match=r"--link: no old point '1\.2'"):
        names("1.2", "--link")
    assert names("3.b", "--link") == "d"
    assert names("12", "--link") == "b"
    sub = _Names([_point("a", "1", _point("e", "2")), _point("b", "12")], "old")
    assert sub("1.2", "--link") == "e"


@pytest.mark.parametrize("save", ["124,34,76,1", "58,39,76,1", "32,34,76,1", "59,39,76,1"],
                         ids=["pipe", "colon-apostrophes", "space", "semicolon-apostrophes"])
def test_a_calc_save_with_another_separator_or_quote_is_read(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path, save: str) -> None:
    """Saved by the real Calc with "|", ":" or a space between the cells, or with ' as the
    text delimiter (Calc's other choice), the mapping was refused as "the header names the
    columns old and new (found old|"new"|…)": it is read back as the same mapping, the
    apostrophe that keeps '1.10 text included."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    saved = _through_calc(first, tmp_path / "calc", save=save)
    header = saved.read_text("utf-8").splitlines()[0]
    assert "," not in header and chr(int(save.split(",")[0])) in header, header
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


def test_a_separator_the_mapping_is_not_read_with_is_named(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Any other separator (Calc's "Other": here "/") is refused in one line naming the
    file, the line and the separator found, not as a header lacking old and new."""
    first = tmp_path / "first.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    saved = _through_calc(first, tmp_path / "slash", save="47,34,76,1")
    run = cli(*charter, "--mapping", str(saved))
    assert run.code == 2, run.out
    assert run.err.strip() == (f"plandiff: {saved}:1: the cells are separated by '/', which a "
                               "mapping CSV is not read with; save it with a comma, semicolon "
                               "or tab as the separator")
    assert_no_traceback(run)
    # --mapping-out does not take the file for something else: it names the separator too
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(saved))
    assert run.code == 2 and "separated by '/'" in run.err, run.err


@pytest.mark.parametrize("delimiter", [";", ",", "\t"], ids=["semicolon", "comma", "tab"])
def test_an_excel_sep_line_sets_the_separator_and_is_skipped(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path,
        delimiter: str) -> None:
    """A first line ``sep=;`` (Excel writes and reads it to name the separator) was taken for
    the header: "found sep=;". It names the separator and is skipped, the rows and a cell's
    line counted as in the file; --mapping-out takes the file for a mapping CSV."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    rows = _rows(first)
    saved = tmp_path / "sep.csv"
    body = io.StringIO()
    csv.writer(body, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    saved.write_text(f"sep={delimiter}\r\n" + body.getvalue(), encoding="utf-8")
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(saved))
    assert run.code == 0, run.err
    # a cell is named by its line in the file (the sep= line counts)
    at = next(k for k, row in enumerate(rows, start=2) if row[:2] == ["1.9", "1.9"])
    rows[at - 2][2] = "rejected"
    body = io.StringIO()
    csv.writer(body, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    saved.write_text(f"sep={delimiter}\r\n" + body.getvalue(), encoding="utf-8")
    run = cli(*charter, "--mapping", str(saved))
    assert run.code == 2, run.out
    assert f"{saved}:{at}:C: unknown kind 'rejected'" in run.err
    assert_no_traceback(run)


def test_a_sep_line_a_spreadsheet_kept_as_a_cell_is_skipped(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Opened where the sep= line is not understood, saved back: it comes as a quoted cell
    with the row's empty cells after it (``"sep=;";;;;;``), a byte-order mark before it."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    body = io.StringIO()
    csv.writer(body, delimiter=";", lineterminator="\n").writerows(_rows(first))
    saved = tmp_path / "sep.csv"
    saved.write_text('\ufeff"sep=;";;;;;\n' + body.getvalue(), encoding="utf-8")
    run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


@pytest.mark.parametrize("header", [["old", "new"], ["\ufeffNEW", "Old"], ["Old", "New", "Notes"]],
                         ids=["two-columns", "bom-other-case-and-order", "no-kind-column"])
def test_a_mapping_without_its_kind_column_is_read(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path,
        header: list[str]) -> None:
    """The kind column deleted (or a sheet of just old and new, in any case and order, a
    byte-order mark before it, blank rows after it): each row's kind follows from its cells,
    as the proposal's does, and the mapping is the one written."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    names = [name.removeprefix("\ufeff").casefold() for name in header]
    body = [[row[0] if name == "old" else row[1] if name == "new" else "" for name in names]
            for row in _rows(first)[1:]]
    edited = tmp_path / "edited.csv"
    _write(edited, [header, *body, [""] * len(header), [""] * len(header)])
    edited.write_bytes(edited.read_bytes() + b"\r\n\r\n")
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")


def test_a_sheet_of_old_and_new_without_a_header_is_read(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Rows of old,new alone with no header line (the reviewer's own sheet, or the header
    row deleted) were refused as "found 1,1"; a first row whose cells name points is a row,
    the columns taken in the order written. A header naming other columns is still refused."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    edited = _write(tmp_path / "edited.csv", [row[:2] for row in _rows(first)[1:]])
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    # a cell is named by its line in the file (no header line above the rows)
    rows = [row[:3] for row in _rows(first)[1:]]
    rows[4][2] = "rejected"
    _write(edited, rows)
    run = cli(*charter, "--mapping", str(edited))
    assert run.code == 2 and f"{edited}:5:C: unknown kind 'rejected'" in run.err, run.err
    _write(edited, [["from", "to"], *rows])
    run = cli(*charter, "--mapping", str(edited))
    assert run.code == 2 and f"{edited}:1: " in run.err and "found from,to" in run.err


def test_a_byte_order_mark_kept_inside_the_header_is_read(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """A file saved with a byte-order mark by a tool that kept the one it read (two marks;
    or one after a sep= line) had its first column named '\\ufeffold': "found old,new"."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    text = first.read_text("utf-8")
    for saved_text in ("\ufeff\ufeff" + text, "sep=,\n\ufeff" + text):
        saved = tmp_path / "bom.csv"
        saved.write_text(saved_text, encoding="utf-8")
        run = cli(*charter, "--mapping", str(saved), "--mapping-out", str(second))
        assert run.code == 0, run.err
        assert second.read_text("utf-8") == text


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_a_sheet_without_a_header_saved_with_a_semicolon_or_tab_is_read(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path,
        delimiter: str) -> None:
    """Rows of old;new(;kind) with no header line, as a German or French locale's Excel
    saves the sheet, were refused as a header lacking old and new ("found 1.1;1.1"): the
    separator is taken from the first row when its cells name points, each cell still named
    by its line in the file."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    edited = tmp_path / "edited.csv"
    _write(edited, [row[:2] for row in _rows(first)[1:]], delimiter=delimiter)
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(second))
    assert run.code == 0, run.err
    assert second.read_text("utf-8") == first.read_text("utf-8")
    rows = [row[:3] for row in _rows(first)[1:]]
    rows[4][2] = "rejected"
    _write(edited, rows, delimiter=delimiter)
    run = cli(*charter, "--mapping", str(edited))
    assert run.code == 2 and f"{edited}:5:C: unknown kind 'rejected'" in run.err, run.err


def test_a_sheet_without_a_header_whose_cells_name_no_points_names_its_separator(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """A first line of cells separated by ';' that is no header and names no points is
    refused in one line naming the file, the line, the separator seen and the header
    expected (it was "found 7.7;8.8", which read as one cell)."""
    edited = tmp_path / "edited.csv"
    edited.write_text("7.7;8.8\r\n1.1;1.1\r\n", encoding="utf-8")
    run = cli(*charter, "--mapping", str(edited))
    assert run.code == 2, run.out
    assert run.err.strip() == (
        f"plandiff: {edited}:1: the first line, its cells separated by ';' (7.7, 8.8), is "
        "neither the header old;new[;kind] nor a row naming an old and a new point; save "
        "the sheet with its header row (write one with --mapping-out)")
    assert_no_traceback(run)


@pytest.mark.parametrize("header", ["from,to", "alt,neu", "旧,新", "старый,новый", "alt;neu",
                                    "旧\t新"])
def test_a_header_naming_other_columns_says_which_are_expected(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path,
        header: str) -> None:
    """A header naming its columns otherwise (another language's words, from and to) is
    refused in one line naming the columns expected, whatever the separator."""
    edited = tmp_path / "edited.csv"
    sep = next(c for c in header if not c.isalnum())
    edited.write_text(f"{header}\r\n1.1{sep}1.1\r\n", encoding="utf-8")
    run = cli(*charter, "--mapping", str(edited))
    assert run.code == 2, run.out
    message = run.err.strip()
    assert len(message.splitlines()) == 1 and message.startswith(f"plandiff: {edited}:1: ")
    assert "old" in message and "new" in message and "\t" not in message, message
    assert_no_traceback(run)


@pytest.mark.parametrize("delimiter", [",", ";"], ids=["comma", "semicolon"])
def test_a_sheet_without_a_header_is_replaced_by_the_mapping_it_states(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path,
        delimiter: str) -> None:
    """Read with --mapping, a sheet of rows alone was refused as --mapping-out ("not a
    mapping CSV"): it is replaced by the CSV of the mapping it states, unless a cell after
    its old, new and kind columns holds the reviewer's words, which that CSV would drop."""
    first = tmp_path / "first.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    edited = tmp_path / "edited.csv"
    rows = [row[:3] for row in _rows(first)[1:]]
    _write(edited, rows, delimiter=delimiter)
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(edited))
    assert run.code == 0, run.err
    assert edited.read_text("utf-8") == first.read_text("utf-8")
    rows[3].append("asked the author")
    _write(edited, rows, delimiter=delimiter)
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(edited))
    assert run.code == 2 and "would drop your column (column D, row 4)" in run.err, run.err
    assert "asked the author" in edited.read_text("utf-8")


def test_a_column_of_yours_is_named_by_its_line_after_a_sep_line(
        cli: Callable[..., Run], charter: tuple[str, ...], tmp_path: Path) -> None:
    """Replacing the sheet --mapping read, a note in a column of the reviewer's own is
    refused with the row's line in the file, Excel's sep= line counted (it named the line
    above)."""
    first = tmp_path / "first.csv"
    assert cli(*charter, "--mapping-out", str(first)).code == 0
    rows = [[*row, ""] for row in _rows(first)]
    rows[0][-1] = "comment"
    rows[3][-1] = "asked the author"  # header on line 2, so this row is line 5
    edited = tmp_path / "edited.csv"
    edited.write_bytes(b"sep=;\r\n" + _write(tmp_path / "body.csv", rows, delimiter=";")
                       .read_bytes())
    run = cli(*charter, "--mapping", str(edited), "--mapping-out", str(edited))
    assert run.code == 2, run.err
    assert "would drop your column 'comment'" in run.err and "row 5)" in run.err, run.err
    assert "asked the author" in edited.read_text("utf-8")


def test_unreported_rows_cover_the_sub_points_of_a_point_not_reported() -> None:
    """A point a partial version does not cover takes its sub-points with it (the comparison
    counts them not reported too); a removed point outside the list stays removed."""
    from plandiff.plans.model import PlanVersion
    from plandiff.workflows.mapping import Row, unreported_rows
    from tests.helpers import make_plan

    old = PlanVersion.model_validate(make_plan())
    rows = (Row(("1",), ("1",), "pair", 1.0), Row(("2",), (), "removed"),
            Row(("2(a)",), (), "removed"), Row(("3",), (), "removed"))
    kinds = [row.kind for row in unreported_rows(rows, old, ["accord@v1#two"])]
    assert kinds == ["pair", "not reported", "not reported", "removed"]
    assert [row.kind for row in unreported_rows(rows, old, ["other@v1#two"])] == [
        "pair", "removed", "removed", "removed"]


def test_a_cell_saved_as_a_formula_of_one_value_is_that_value_and_another_is_refused(
        tmp_path: Path) -> None:
    """Calc's CSV export can save formulas as typed ("Save cell formulas"): a reviewer's
    ``=10`` or ``="10(a)"`` (the usual way to keep a cell as text) is the value it shows, a
    point's place; a formula that computes (``=7+2``, ``=A1``) is refused in one line
    saying it is a formula. Before, every one was "no new point '=10'"; a point whose
    number really starts with = is still found first."""
    old = [_point("a", "9"), _point("b", "10", _point("b-a", "10(a)"))]
    new = [_point("c", "9"), _point("d", "10", _point("d-a", "10(a)")), _point("e", "=1")]

    def read(new_cell: str) -> set[tuple[str, str]]:
        path = tmp_path / "map.csv"
        _write(path, [["old", "new", "kind"], ["9", "9", "pair"], ["10", new_cell, "pair"],
                      ["10(a)", "10(a)", "pair"], ["", "=1", "added"]], delimiter=";")
        links, _olds, _news = read_mapping(path, _Names(old, "old"), _Names(new, "new"))
        return set(links)

    assert read("=10") == read('="10"') == read("10") == {
        ("a", "c"), ("b", "d"), ("b-a", "d-a")}
    assert ("b", "d-a") in read('="10(a)"')
    for formula in ("=7+2", "=A1", "=SUM(B2:B3)"):
        with pytest.raises(UsageError) as caught:
            read(formula)
        message = str(caught.value)
        assert "map.csv:3:B: " in message, message
        assert "spreadsheet formula" in message and "\n" not in message


@pytest.mark.parametrize(("text", "line"), [
    ('"old,new,kind\n1,1,pair\n2,2,pair\n', 1),
    ('old,new,kind\n1,1,pair\n2,"2,pair\n10,3,pair\n', 3),
])
def test_a_quote_never_closed_is_named_with_its_line(tmp_path: Path, text: str,
                                                     line: int) -> None:
    """A quote a reviewer typed and never closed makes every line after it one cell: the
    mapping was refused as a header "found old,new,kind 1,1,pair 2,2,pair" (the whole sheet)
    or a point named by three lines. The line where the quote opens is named instead."""
    path = tmp_path / "map.csv"
    path.write_text(text, encoding="utf-8")
    old = [_point("a", "1"), _point("b", "2"), _point("c", "10")]
    new = [_point("d", "1"), _point("e", "2"), _point("f", "3")]
    with pytest.raises(InputError) as caught:
        read_mapping(path, _Names(old, "old"), _Names(new, "new"))
    assert caught.value.lines() == [
        f"{path}:{line}: a quote (\") opened on this line is never closed, so every line "
        "after it is read as one cell; close the quote or remove it"]


def test_a_first_cell_holding_a_line_break_is_refused_in_one_line(tmp_path: Path) -> None:
    """A quoted first cell holding a line break and another separator (fuzzing found it)
    raised the csv module's own error while the refusal quoted its cells."""
    path = tmp_path / "map.csv"
    path.write_text('"1;\n2;3"\n', encoding="utf-8")
    names = _Names([_point("a", "1")], "old"), _Names([_point("b", "2")], "new")
    with pytest.raises(InputError) as caught:
        read_mapping(path, *names)
    assert caught.value.lines() == [
        f"{path}:1: the first line, its cells separated by ';' (1, 2, 3), is neither the "
        "header old;new[;kind] nor a row naming an old and a new point; save the sheet with "
        "its header row (write one with --mapping-out)"]
