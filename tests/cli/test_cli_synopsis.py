"""``plandiff synopsis`` end to end, in-process: formats, the landscape tagged PDF, filters,
untrusted text in HTML, errors."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import PLANS, Run, assert_no_traceback, make_plan, write_plan

CliRun = Callable[..., Run]
THREE = ("peace-framework@2025-11-20-us-28-point",
         "peace-framework@2025-11-23-e3-counter-proposal",
         "peace-framework@2025-12-24-20-point")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_formats(cli: CliRun, fmt: str) -> None:
    run = cli("synopsis", *THREE, "--topic", "territory", "--format", fmt,
              "--plans", str(PLANS))
    assert run.code == 0, run.err
    assert "2025-11-23-e3-counter-proposal" in run.out
    if fmt == "json":
        data = json.loads(run.out)
        assert list(data) == ["synopsis", "columns", "base", "filters", "total_rows", "rows"]
        assert list(data["rows"][0]["cells"][0]) == [
            "state", "points", "numbers", "against", "change", "moved_from",
            "renumbered_from", "text", "spans", "flags"]
    if fmt == "html":
        assert "<main>" in run.out and "<script" not in run.out
        assert 'scope="row"' in run.out and 'scope="col"' in run.out


def test_output_is_deterministic(cli: CliRun) -> None:
    first = cli("synopsis", "peace-framework", "--all", "--format", "html",
                "--plans", str(PLANS))
    second = cli("synopsis", "peace-framework", "--all", "--format", "html",
                 "--plans", str(PLANS))
    assert first.code == 0 and first.out == second.out


def test_narrow_text_gives_one_block_per_clause(cli: CliRun) -> None:
    run = cli("synopsis", *THREE, "--points", "21", "--width", "60", "--plans", str(PLANS))
    assert run.code == 0, run.err
    assert "│" not in run.out
    assert "  3. 2025-12-24-20-point: 14" in run.out
    assert all(len(line) <= 60 for line in run.out.splitlines())
    wide = cli("synopsis", *THREE, "--points", "21", "--width", "160", "--plans", str(PLANS))
    assert "│" in wide.out


def test_narrow_text_wraps_under_the_text_not_the_number(cli: CliRun) -> None:
    """The README's `--width 72` example: a version line or a cell's head that wraps goes
    on under its text, so the column of numbers stays clear (it went on at column 0)."""
    run = cli("synopsis", "peace-framework", "--all", "--points", "5,10,21", "--width", "72",
              "--plans", str(PLANS))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    header = lines[1:lines.index("")]
    assert len(header) > 5  # five versions, some wrapped
    for line in header:
        assert line.startswith(("  1. ", "  2. ", "  3. ", "  4. ", "  5. ", "     ")), line
    assert "\nen)\n" not in run.out and "\ncounter-proposal, en)" not in run.out


def test_pdf_is_landscape_tagged_and_keeps_numbers_with_their_text(cli: CliRun,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "territory.pdf"
    run = cli("synopsis", *THREE, "--topic", "territory", "--format", "pdf", "-o", str(out),
              "--plans", str(PLANS))
    assert run.code == 0, run.err
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) > float(box.height)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Synopsis of 3 versions" in text and "not reported" in text
    # The 20-point framework's territory clause (14, renumbered from 21) starts its cell
    # with its number and marks; its text is on the same page, never cut off from it.
    pages = [page.extract_text() for page in reader.pages]
    heads = [i for i, page in enumerate(pages) if "renumbered from 21" in page]
    assert heads
    assert all("Not agreed" in pages[i] for i in heads)


def test_untrusted_plan_text_is_escaped(cli: CliRun, tmp_path: Path) -> None:
    evil = '<script>alert(1)</script><img src="http://example.org/x.png">'
    old = make_plan(version="v1", points=[{"id": "one", "number": "1", "text": evil}])
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01",
                    points=[{"id": "one", "number": "1", "text": evil + " changed"}])
    paths = [write_plan(tmp_path / "plans", old), write_plan(tmp_path / "plans", new)]
    run = cli("synopsis", *map(str, paths), "--format", "html")
    assert run.code == 0, run.err
    assert "<script>alert" not in run.out and "<img" not in run.out
    assert "&lt;script&gt;" in run.out
    md = cli("synopsis", *map(str, paths), "--format", "markdown")
    assert "<script>" not in md.out and "&lt;script&gt;" in md.out


@pytest.mark.parametrize(("args", "message"), [
    (("peace-framework@no-such-version",), "no such version"),
    (("peace-framework", "accord", "--all"), "--all takes one DOCUMENT"),
    ((*THREE[:1], "--points", ","), "--points needs"),
    ((*THREE[:1], "--format", "pdf"), "needs -o FILE"),
    ((*THREE[:1], "--topic", "nope"), "not in the topic vocabulary"),
    ((), "give at least one version"),
    ((THREE[0], THREE[0]), "given twice"),
])
def test_errors_are_one_line_with_exit_code_2(cli: CliRun, args: tuple[str, ...],
                                              message: str) -> None:
    run = cli("synopsis", *args, "--plans", str(PLANS))
    assert run.code == 2, run.err
    assert message in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)


def test_a_document_alone_sets_all_its_versions_side_by_side(cli: CliRun) -> None:
    """``plandiff synopsis peace-framework`` is what a reader types first; it was refused as
    "not a DOCUMENT@VERSION reference"."""
    alone = cli("synopsis", "peace-framework", "--plans", str(PLANS), "--format", "json")
    flagged = cli("synopsis", "peace-framework", "--all", "--plans", str(PLANS),
                  "--format", "json")
    assert alone.code == 0, alone.err
    assert alone.out == flagged.out
