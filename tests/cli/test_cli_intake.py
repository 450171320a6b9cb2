"""``plandiff import`` and ``plandiff add`` with drafts in every format (issue #13): the
structure report, --strict, --report-json, --points-by, --partial/--covers, provenance."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.plans.intake.layouts import LAYOUTS, auto_docx, news_page, print_page

FIRST = """# Framework (five points)

1. The parties confirm the country's sovereignty.
2. A joint commission watches the line of contact.
3. Sanctions are eased in stages once the ceasefire holds.
4. Frozen funds pay for rebuilding schools and hospitals.
5. Elections are held within one hundred days.
"""
PARTIAL_PAGE = news_page("<h1>What the new draft says</h1>"
                         "<p>1. The parties confirm the country’s sovereignty.</p>"
                         "<p>2. A joint commission watches the line of contact each week.</p>")


@pytest.fixture
def tree(tmp_path: Path, cli: Callable[..., Any]) -> Path:
    plans = tmp_path / "plans"
    draft = tmp_path / "first.txt"
    draft.write_text(FIRST, encoding="utf-8")
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-11-01-first",
              "--plans", str(plans), "--source-url", "https://example.org/first")
    assert run.code == 0, run.err
    return plans


def test_add_page_html_with_partial_marks_the_rest_not_reported(
        tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PARTIAL_PAGE, encoding="utf-8")
    report = tmp_path / "report.json"
    run = cli("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
              "--plans", str(tree), "--partial", "--report-json", str(report))
    assert run.code == 0, run.err
    assert "page.html (html): 2 points, 0 sub-points, numbered 1-2; 0 warnings" in run.err
    assert "placeholder https://plandiff.invalid/import" in run.err  # said what it defaulted to
    assert "not reported (the text does not cover them): 3 earlier point(s)" in run.out
    written = json.loads((tree / "accord" / "2025-11-20-second.json").read_text("utf-8"))
    assert written["not_reported"] == [f"accord@2025-11-01-first#p{n}" for n in (3, 4, 5)]
    assert (written["status"], written["text_kind"]) == ("reported", "paraphrase")
    assert json.loads(report.read_text("utf-8"))["points"] == 2
    diff = cli("diff", "accord@2025-11-01-first", "accord@2025-11-20-second", "--plans",
               str(tree), "--format", "json")
    data = json.loads(diff.out)
    assert data["summary"]["removed"] == 3 and data["summary"]["not_reported"] == 3
    assert data["summary"]["unchanged"] == 1  # the curly apostrophe is typography only
    assert all(c.get("reported") is False for c in data["changes"] if c["kind"] == "removed")
    # the placeholder source: a warning for validate, an error with --strict
    warn = cli("validate", str(tree))
    assert warn.code == 0 and "warning:" in warn.out and "placeholder source" in warn.out
    strict = cli("validate", str(tree), "--strict")
    assert strict.code == 1 and "placeholder source" in strict.out + strict.err


def test_add_docx_with_covers(tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    from tests.plans.intake.layouts import Para, docx_bytes

    draft = tmp_path / "draft.docx"
    draft.write_bytes(docx_bytes([
        Para("The parties confirm the country's sovereignty.", num=1),
        Para("A joint commission watches the line of contact.", num=1),
        Para("Sanctions end at once.", num=1)]))
    run = cli("add", str(draft), "--document", "accord", "--version", "2025-11-21-docx",
              "--plans", str(tree), "--covers", "1-3", "--source-url",
              "https://example.org/docx")
    assert run.code == 0, run.err
    assert "draft.docx (docx): 3 points" in run.err
    written = json.loads((tree / "accord" / "2025-11-21-docx.json").read_text("utf-8"))
    assert written["not_reported"] == [f"accord@2025-11-01-first#p{n}" for n in (4, 5)]


def test_add_statement_pdf_with_partial(tmp_path: Path, tree: Path,
                                        cli: Callable[..., Any]) -> None:
    import weasyprint

    body = ("<p>4. Frozen funds pay for rebuilding schools, hospitals and bridges.</p>"
            "<p>5. Elections are held within one hundred days.</p>")
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(weasyprint.HTML(string=print_page(body)).write_pdf())
    run = cli("add", str(pdf), "--document", "accord", "--version", "2025-11-22-pdf",
              "--plans", str(tree), "--partial", "--source-url", "https://example.org/pdf")
    assert run.code == 0, run.err
    assert "statement.pdf (pdf): 2 points" in run.err
    assert "left out 2 line(s) of page furniture" in run.err
    written = json.loads((tree / "accord" / "2025-11-22-pdf.json").read_text("utf-8"))
    assert written["not_reported"] == [f"accord@2025-11-01-first#p{n}" for n in (1, 2, 3)]


def test_import_strict_exits_1_on_a_gap_and_writes_nothing(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    draft = tmp_path / "gap.txt"
    draft.write_text("1. First.\n2. Second.\n4. Fourth.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    run = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v", "-o",
              str(out), "--strict")
    assert run.code == 1
    assert run.err.count("point 4 follows 2: 3 missing") == 1  # once, in the report
    assert "gap.txt:line 3: warning: point 4 follows 2: 3 missing" in run.err
    assert "--strict; nothing was written" in run.err
    assert not out.exists()
    loose = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v", "-o",
                str(out), "--report-json", str(tmp_path / "r.json"))
    assert loose.code == 0 and out.exists()
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert [w["kind"] for w in report["warnings"]] == ["gap"]
    assert report["warnings"][0]["where"] == "line 3"


def test_import_reports_announced_count_and_a_swallowed_list(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    long = " ".join(["The parties agree on a long list of measures for the region."] * 20)
    draft = tmp_path / "plan.txt"
    draft.write_text(f"# The 6-point plan\n\n1. Short one.\n2. Short two.\n3. {long}\n"
                     "4. Short four.\n5. Short five.\n", encoding="utf-8")
    run = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v")
    assert run.code == 0
    assert "the text announces 6 points but 5 were found" in run.err
    assert "plan.txt:line 5: warning: point 3 is" in run.err and "median" in run.err


def test_a_list_without_numbers_names_points_by_lines(tmp_path: Path,
                                                      cli: Callable[..., Any]) -> None:
    draft = tmp_path / "list.txt"
    draft.write_text("Ceasefire along the line.\nExchange of prisoners.\nElections.\n",
                     encoding="utf-8")
    run = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v")
    assert run.code == 2 and "--points-by lines" in run.err
    assert run.err.strip().count("\n") == 0
    lines = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v",
                "--points-by", "lines")
    assert lines.code == 0
    plan = json.loads(lines.out)
    assert [(p["number"], p["text"]) for p in plan["points"]] == [
        ("1", "Ceasefire along the line."), ("2", "Exchange of prisoners."),
        ("3", "Elections.")]


def test_from_overrides_detection_and_must_match_binary_content(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(news_page("<p>1. One.</p><p>2. Two.</p>"), encoding="utf-8")
    lying = cli("import", str(page), "--document", "d", "--version", "2025-01-01-v")
    assert lying.code == 2 and "named .txt but the content is an HTML page" in lying.err
    ok = cli("import", str(page), "--document", "d", "--version", "2025-01-01-v", "--from",
             "html")
    assert ok.code == 0 and [p["text"] for p in json.loads(ok.out)["points"]] == ["One.", "Two."]
    wrong = cli("import", str(page), "--document", "d", "--version", "2025-01-01-v", "--from",
                "pdf")
    assert wrong.code == 2 and "not a PDF" in wrong.err


def test_scanned_pdf_without_text_is_a_clear_input_error(tmp_path: Path,
                                                         cli: Callable[..., Any]) -> None:
    import weasyprint

    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(weasyprint.HTML(string='<div style="width:8cm;height:8cm;'
                                    'background:#333"></div>').write_pdf())
    run = cli("import", str(pdf), "--document", "d", "--version", "2025-01-01-v")
    assert run.code == 2
    assert "no text layer" in run.err and "OCR" in run.err
    assert run.err.strip().count("\n") == 0


def test_auto_numbered_docx_round_trips_through_import(tmp_path: Path,
                                                       cli: Callable[..., Any]) -> None:
    layout = next(lay for lay in LAYOUTS if lay.name == "letters")
    draft = tmp_path / "letters.docx"
    draft.write_bytes(auto_docx(layout))
    run = cli("import", str(draft), "--document", "d", "--version", "2025-01-01-v")
    assert run.code == 0, run.err
    numbers = [p["number"] for p in json.loads(run.out)["points"][0]["points"]]
    assert numbers == ["1(a)", "1(b)", "1(c)"]


def test_report_json_on_standard_output_never_shares_it(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """`--report-json -` put the report on standard output next to the plan JSON (import
    without -o) or before add's summary lines: two things no tool could parse. It is
    refused there, and works where standard output is the report's alone."""
    draft = tmp_path / "d.txt"
    draft.write_text("1. First.\n2. Second.\n", encoding="utf-8")
    ids = ("--document", "d", "--version", "2025-01-01-v")
    mixed = cli("import", str(draft), *ids, "--report-json", "-")
    assert mixed.code == 2 and "give -o FILE" in mixed.err and not mixed.out
    alone = cli("import", str(draft), *ids, "--report-json", "-", "-o", str(tmp_path / "o.json"))
    assert alone.code == 0 and json.loads(alone.out)["points"] == 2
    added = cli("add", str(draft), *ids, "--plans", str(tmp_path / "plans"), "--report-json", "-",
                "--source-url", "https://example.org/d")
    assert added.code == 2 and "give a file" in added.err
    assert not (tmp_path / "plans").exists()


def test_report_json_never_replaces_a_file_that_is_not_a_report(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """`--report-json draft.txt` (the draft itself) replaced the draft with the report. A
    file that is not a structure report is refused before anything runs (exit 2, nothing
    written); a report written before is replaced."""
    draft = tmp_path / "d.txt"
    draft.write_text("1. First.\n2. Second.\n", encoding="utf-8")
    ids = ("--document", "d", "--version", "2025-01-01-v")
    for command in (("import", str(draft), *ids, "-o", str(tmp_path / "o.json")),
                    ("add", str(draft), *ids, "--plans", str(tmp_path / "plans"),
                     "--source-url", "https://example.org/d")):
        run = cli(*command, "--report-json", str(draft))
        assert run.code == 2, run.err
        assert f"{draft}: not a structure report" in run.err
        assert draft.read_text("utf-8") == "1. First.\n2. Second.\n"
        assert not (tmp_path / "o.json").exists() and not (tmp_path / "plans").exists()
    report = tmp_path / "r.json"
    assert cli("import", str(draft), *ids, "-o", str(tmp_path / "o.json"), "--report-json",
               str(report)).code == 0
    run = cli("import", str(draft), *ids, "-o", str(tmp_path / "o2.json"), "--report-json",
              str(report))
    assert run.code == 0, run.err
    assert json.loads(report.read_text("utf-8"))["points"] == 2


def test_strict_partial_import_of_a_page_a_paywall_cuts(tmp_path: Path, tree: Path,
                                                        cli: Callable[..., Any]) -> None:
    """The paywall's warning says to add the draft with --partial; with --partial the cut is
    the part the option declares: a note, so --strict --partial writes the file (it exited
    1 with the same warning). --strict alone still refuses."""
    page = tmp_path / "page.html"
    page.write_text(news_page("<h1>What the new draft says</h1>"
                              "<p>1. The parties confirm the country's sovereignty.</p>"
                              "<p>2. A joint commission watches the line of contact.</p>"
                              "<div class=\"paywall\"><p>Subscribe to continue reading</p>"
                              "</div>"), encoding="utf-8")
    out = tmp_path / "second.json"
    base = ("import", str(page), "--document", "accord", "--version", "2025-11-20-second",
            "--plans", str(tree), "-o", str(out))
    strict = cli(*base, "--strict")
    assert strict.code == 1 and "a paywall cuts the text" in strict.err
    assert not out.exists()
    run = cli(*base, "--strict", "--partial")
    assert run.code == 0, run.err
    assert "1-2; 0 warnings" in run.err
    assert "note: a paywall cuts the text" in run.err and "as --partial says" in run.err
    written = json.loads(out.read_text("utf-8"))
    assert written["not_reported"] == [f"accord@2025-11-01-first#p{n}" for n in (3, 4, 5)]


@pytest.mark.parametrize(("numbers", "hidden"), [
    # points 1, 2, 4 and 5 under their own numbers say by them that the copy leaves 3 out:
    # the earlier point 3, which nothing pairs with, is not reported, not removed
    (("1", "2", "4", "5"), ["accord@2025-11-01-first#p3"]),
    # numbered 1-4 with nothing skipped, the copy covers the stretch it lists: the earlier
    # point 3, which it does not restate, was dropped (removed), not left unreported
    (("1", "2", "3", "4"), []),
])
def test_partial_copy_leaves_the_points_its_numbering_skips_not_reported(
        tmp_path: Path, tree: Path, cli: Callable[..., Any], numbers: tuple[str, ...],
        hidden: list[str]) -> None:
    texts = ("The parties confirm the country's sovereignty.",
             "A joint commission watches the line of contact each week.",
             "Frozen funds pay for rebuilding schools, hospitals and roads.",
             "Elections are held within one hundred days.")
    page = tmp_path / "page.html"
    page.write_text(news_page("<h1>Four points of the new draft</h1>" + "".join(
        f"<p>{number}. {text}</p>" for number, text in zip(numbers, texts, strict=True))),
        encoding="utf-8")
    run = cli("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
              "--plans", str(tree), "--partial", "--source-url", "https://example.org/p")
    assert run.code == 0, run.err
    written = json.loads((tree / "accord" / "2025-11-20-second.json").read_text("utf-8"))
    assert written.get("not_reported", []) == hidden


TEN = ("The parties confirm the country's sovereignty.",
       "A joint commission watches the line of contact.",
       "Sanctions are eased in stages once the ceasefire holds.",
       "Frozen funds pay for rebuilding schools and hospitals.",
       "Elections are held within one hundred days.",
       "Prisoners of war are exchanged all for all.",
       "The nuclear power station is run under international supervision.",
       "Grain ships sail freely through the Black Sea corridor.",
       "A peace council chaired by the mediator oversees the agreement.",
       "The agreement takes effect on signature.")


@pytest.mark.parametrize(("middle", "hidden"), [
    # "the three key points", numbered 1-3, restating the earlier 1, 5 and 9: a selection,
    # which says nothing of the points between the ones it picked
    ("Elections are held within one hundred days.", [2, 3, 4, 6, 7, 8, 10]),
    # its second point pairs with nothing: the earlier points around it may be what it
    # rewrote, so they stay removed (only 10, after the stretch, is not reported)
    ("Refugees may return home under a separate protocol on housing.", [10]),
])
def test_partial_copy_picking_points_under_its_own_numbers_leaves_the_rest_not_reported(
        tmp_path: Path, cli: Callable[..., Any], middle: str, hidden: list[int]) -> None:
    plans = tmp_path / "plans"
    first = tmp_path / "first.txt"
    first.write_text("".join(f"{n}. {text}\n" for n, text in enumerate(TEN, 1)),
                     encoding="utf-8")
    run = cli("add", str(first), "--document", "accord", "--version", "2025-11-01-first",
              "--plans", str(plans), "--source-url", "https://example.org/first")
    assert run.code == 0, run.err
    picked = (TEN[0], middle, TEN[8])
    page = tmp_path / "page.html"
    page.write_text(news_page("<h1>The three key points</h1>" + "".join(
        f"<p>{n}. {text}</p>" for n, text in enumerate(picked, 1))), encoding="utf-8")
    run = cli("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
              "--plans", str(plans), "--partial", "--source-url", "https://example.org/p")
    assert run.code == 0, run.err
    written = json.loads((plans / "accord" / "2025-11-20-second.json").read_text("utf-8"))
    assert written.get("not_reported", []) == [f"accord@2025-11-01-first#p{n}" for n in hidden]


def test_partial_copy_keeping_the_numbering_never_merges_a_point_it_skipped(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A Russian news page (written for this test) lists 13 of the 28 points under their own
    numbers, 1-3, 5-9, 18, 19, 25, 26 and 28. The aligner alone draws the skipped point 17
    (nuclear arms-control treaties) into the page's 18 (non-nuclear status) as a merge; the
    page says by its numbering that it left 17 out, so 17 is not reported, 18 pairs with 18
    alone, and nothing is recorded as a reviewer's unlinking."""
    repo = Path(__file__).resolve().parents[2]
    plans = tmp_path / "plans"
    (plans / "peace-framework").mkdir(parents=True)
    shipped = repo / "plans" / "peace-framework" / "2025-11-20-us-28-point-ru.json"
    (plans / "peace-framework" / shipped.name).write_bytes(shipped.read_bytes())
    page = repo / "tests" / "fixtures" / "press" / "ru-28-selected-points.html"
    run = cli("add", str(page), "--document", "peace-framework", "--version",
              "2025-11-21-press", "--plans", str(plans), "--partial", "--supersedes",
              "2025-11-20-us-28-point-ru", "--source-url", "https://example.org/ru")
    assert run.code == 0, run.err
    assert "17, 18 -> 18" not in run.out and "  18 -> 18  pair" in run.out
    written = json.loads((plans / "peace-framework" / "2025-11-21-press.json")
                         .read_text("utf-8"))
    old = json.loads(shipped.read_text("utf-8"))
    ids = {point["number"]: point["id"] for point in old["points"]}
    ref = "peace-framework@2025-11-20-us-28-point-ru#"
    assert written["not_reported"] == [ref + ids[n] for n in (
        "4", "10", "11", "12", "13", "14", "15", "16", "17", "20", "21", "22", "23", "24",
        "27")]
    eighteen = next(p for p in written["points"] if p["number"] == "18")
    assert eighteen["derived_from"] == [ref + ids["18"]]
    assert "alignment" not in written
    diff = cli("diff", "peace-framework@2025-11-20-us-28-point-ru",
               "peace-framework@2025-11-21-press", "--plans", str(plans), "--format", "json")
    data = json.loads(diff.out)
    # the 15 points and their 21 sub-points
    assert data["summary"]["not_reported"] == 36 and data["summary"].get("merged", 0) == 0


SKIPPING_PAGE = news_page("<h1>Four of the five points</h1>"
                          "<p>1. The parties confirm the country’s sovereignty.</p>"
                          "<p>2. A joint commission watches the line of contact each week.</p>"
                          "<p>4. Frozen funds pay for rebuilding schools and roads.</p>"
                          "<p>5. Elections are held within one hundred days.</p>")


def test_a_dry_run_shows_the_structure_report_and_what_partial_would_leave_unreported(
        tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    """``--dry-run`` is where a user checks a draft before writing it: the numbering gap and
    the points ``--partial`` leaves unreported are said there as they are by the real add."""
    page = tmp_path / "page.html"
    page.write_text(SKIPPING_PAGE, encoding="utf-8")
    args = ("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
            "--plans", str(tree), "--source-url", "https://example.org/p")
    run = cli(*args, "--dry-run")
    assert run.code == 0, run.err
    assert "page.html (html): 4 points" in run.err
    assert "warning: point 4 follows 2: 3 missing" in run.err
    partial = cli(*args, "--dry-run", "--partial")
    assert partial.code == 0, partial.err
    assert "page.html (html): 4 points" in partial.err
    assert "not reported (the text does not cover them): 1 earlier point(s)" in partial.out
    assert not (tree / "accord" / "2025-11-20-second.json").exists()


def test_add_of_a_copy_that_skips_points_says_how_to_keep_them_unreported(
        tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    """A copy whose numbering skips points, added without ``--partial``, calls the earlier
    points it skipped removed; the user is told so and how to say it is a part."""
    page = tmp_path / "page.html"
    page.write_text(SKIPPING_PAGE, encoding="utf-8")
    run = cli("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
              "--plans", str(tree), "--source-url", "https://example.org/p", "--dry-run")
    assert run.code == 0, run.err
    hint = [line for line in run.out.splitlines() if "--partial" in line]
    assert hint == ["note: the text may be only a part of the version (3 missing; it "
                    "announces 5, 4 found): if so, add "
                    "it with --partial, and the earlier points it does not cover are not "
                    "reported rather than removed"]
    whole = tmp_path / "whole.txt"
    whole.write_text(FIRST.replace("one hundred", "ninety"), encoding="utf-8")
    complete = cli("add", str(whole), "--document", "accord", "--version",
                   "2025-11-20-third", "--plans", str(tree), "--source-url",
                   "https://example.org/w", "--dry-run")
    assert complete.code == 0 and "--partial" not in complete.out
    declared = cli("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
                   "--plans", str(tree), "--source-url", "https://example.org/p",
                   "--dry-run", "--partial")
    assert "--partial" not in declared.out


def test_partial_mapping_says_not_reported_where_the_version_will(
        tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    """With ``--partial`` the earlier point a copy skips is not reported in the saved file;
    the mapping ``add`` prints and writes says so too, not "removed", and the CSV reads back
    to the same version."""
    page = tmp_path / "page.html"
    page.write_text(SKIPPING_PAGE, encoding="utf-8")
    args = ("add", str(page), "--document", "accord", "--version", "2025-11-20-second",
            "--plans", str(tree), "--source-url", "https://example.org/p", "--partial")
    csv_path = tmp_path / "map.csv"
    run = cli(*args, "--dry-run", "--mapping-out", str(csv_path))
    assert run.code == 0, run.err
    rows = [line.strip() for line in run.out.splitlines()]
    assert "3 -> -  not reported" in rows and "3 -> -  removed" not in rows
    assert "3,,not reported,,," in csv_path.read_text(encoding="utf-8").splitlines()
    again = cli(*args, "--mapping", str(csv_path))
    assert again.code == 0, again.err
    written = json.loads((tree / "accord" / "2025-11-20-second.json").read_text("utf-8"))
    assert written["not_reported"] == ["accord@2025-11-01-first#p3"]


def test_dash_as_the_output_file_is_standard_output(
        tmp_path: Path, tree: Path, cli: Callable[..., Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``-o -`` prints, as every Unix tool's does; it wrote a file named "-"."""
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "first.txt"
    run = cli("import", str(draft), "--document", "x", "--version", "2026-01-01-x", "-o", "-")
    assert run.code == 0, run.err
    assert json.loads(run.out)["document"] == "x"
    first = "accord@2025-11-01-first"
    for args in (("diff", first, first, "--plans", str(tree)),
                 ("export", first, "--plans", str(tree), "--format", "akn"),
                 ("history", "accord", "--plans", str(tree))):
        run = cli(*args, "-o", "-")
        assert run.code == 0, (args, run.err)
        assert run.out.strip(), args
    assert not (tmp_path / "-").exists()


SUMMARY = """# The five-point framework in brief

1. Security: sovereignty is confirmed and a joint commission watches the line of contact.
2. Money and votes: sanctions ease in stages, frozen funds rebuild schools and hospitals, and elections follow within one hundred days.
"""  # noqa: E501


def test_a_summary_announcing_more_points_than_it_has_is_no_part(
        tmp_path: Path, tree: Path, cli: Callable[..., Any]) -> None:
    """A brief summary numbered 1-2 of a five-point text: without ``--text-kind`` the note
    offers both readings (a part, or a summary); declared a summary, the count it announces
    is a note, not a warning, and nothing suggests ``--partial``."""
    text = tmp_path / "summary.txt"
    text.write_text(SUMMARY, encoding="utf-8")
    args = ("add", str(text), "--document", "accord", "--version", "2025-11-21-brief",
            "--plans", str(tree), "--source-url", "https://example.org/s", "--dry-run")
    plain = cli(*args)
    assert plain.code == 0, plain.err
    assert "warning: the text announces 5 points but 2 were found" in plain.err
    assert "if it restates the whole version in fewer points, add it with --text-kind " \
        "summary" in plain.out
    brief = cli(*args, "--text-kind", "summary", "--strict")
    assert brief.code == 0, brief.err
    assert "note: a summary: the text announces 5 points and restates them in 2" in brief.err
    assert "0 warnings" in brief.err and "warning:" not in brief.err
    assert "--partial" not in brief.out


@pytest.mark.parametrize(("content", "options", "said"), [
    (b"1. ok\nab\x00cd", [], "binary file (NUL byte)"),
    (b"1. The parties cease fire.\n", ["--column", "2"], "no comparison table in the file"),
])
def test_an_import_error_names_a_file_with_a_line_break_or_tab_on_one_line(
        tmp_path: Path, content: bytes, options: list[str], said: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A file's name holding a line break or a tab (a name written by a script, a mail's
    attachment saved as it was called) was quoted raw in the error: the line broke in two."""
    from tests.helpers import run_cli

    source = tmp_path / "draft of\n2 April\t(final).txt"
    source.write_bytes(content)
    result = run_cli(["import", str(source), "--document", "framework", "--version",
                      "2026-04-02-draft", *options], capsys)
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and "\t" not in result.err, result.err
    assert "draft of 2 April (final).txt" in lines[0] and said in lines[0]


@pytest.mark.parametrize("args", [
    ["import", "https://example.org/news/peace-plan", "--document", "d", "--version", "v"],
    ["add", "HTTPS://example.org/a?id=1", "--document", "d", "--version", "v"],
    ["diff", "https://example.org/old", "https://example.org/new"],
    ["diff", "https://example.org/tracked.docx"],
    ["synopsis", "http://example.org/a", "http://example.org/b"],
])
def test_a_web_address_is_refused_with_what_to_give_instead(
        cli: Callable[..., Any], tmp_path: Path, args: list[str]) -> None:
    """A journalist gives the article's address: it was read as a file name, its two
    slashes made one ("https:/example.org/news/peace-plan: no such file")."""
    run = cli(*args, "--plans", str(tmp_path)) if args[0] != "import" else cli(*args)
    assert run.code == 2
    assert f"{args[1]}: plandiff reads saved files and fetches nothing" in run.err
    assert "plandiff import -" in run.err and len(run.err.strip().splitlines()) == 1
