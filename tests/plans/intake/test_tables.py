"""Provisions laid out as a two-column table (number | text), as official Word documents and
some web pages print them: each row is a point. A table of more columns (a renumbering map,
"12 | 8 | modified") stays text. Word files are written by pandoc, a real client."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

TABLE = """# Framework

Preamble: the parties agree as follows.

| No. | Provision |
|---|---|
| 1 | Ukraine's sovereignty is confirmed. |
| 2 | A non-aggression agreement is concluded between the parties. |
| [3] | Security guarantees are given by the partners. |

| Old | New | Change |
|---|---|---|
| 12 | 8 | modified and renumbered |
"""

EXPECTED = [("1", "Ukraine’s sovereignty is confirmed."),
            ("2", "A non-aggression agreement is concluded between the parties."),
            ("3", "Security guarantees are given by the partners.")]


def _points(path: Path, cli: Callable[..., Any]) -> tuple[list[tuple[str, str]], str]:
    run = cli("import", str(path), "--document", "framework", "--version", "2025-01-01-t")
    assert run.code == 0, run.err
    plan = json.loads(run.out)
    return [(p["number"], p["text"].replace("'", "’")) for p in plan["points"]], \
        plan.get("notes", "")


def test_numbered_table_rows_are_points_in_word_and_html(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    source = tmp_path / "framework.md"
    source.write_text(TABLE, encoding="utf-8")
    for suffix in ("docx", "html"):
        out = tmp_path / f"framework.{suffix}"
        subprocess.run([require("pandoc"), str(source), "--standalone", "--metadata",
                        "title=Framework", "-o", str(out)], check=True)
        points, notes = _points(out, cli)
        # The renumbering map's row is not point 12: it reads as text of point 3 (after the
        # list, in no heading) or the notes, never as a point.
        assert [n for n, _ in points] == ["1", "2", "3"], suffix
        assert points[:2] == EXPECTED[:2], suffix
        assert points[2][1].startswith(EXPECTED[2][1]), suffix
        assert "Preamble" in notes, suffix


LOOSE = """# The plan

1. Ukraine's sovereignty will be confirmed.

2. A non-aggression pact is concluded.

    A monitoring mechanism is set up.

3. Security guarantees:

    - the US gives a guarantee;
    - Europe joins it.
"""


def test_list_items_wrapping_their_text_in_paragraphs(tmp_path: Path,
                                                      cli: Callable[..., Any]) -> None:
    """pandoc (like most publishing systems) writes a loose list as <li><p>…</p></li>; an item
    may also open with a heading (<li><h3>Title</h3><p>…): each is one numbered point."""
    source = tmp_path / "plan.md"
    source.write_text(LOOSE, encoding="utf-8")
    page = tmp_path / "plan.html"
    subprocess.run([require("pandoc"), str(source), "--standalone", "-o", str(page)],
                   check=True)
    assert "<li><p>" in page.read_text("utf-8")
    run = cli("import", str(page), "--document", "plan", "--version", "2025-01-01-p")
    assert run.code == 0, run.err
    points = json.loads(run.out)["points"]
    assert [(p["number"], p["text"].replace("’", "'")) for p in points] == [
        ("1", "Ukraine's sovereignty will be confirmed."),
        ("2", "A non-aggression pact is concluded.\n\nA monitoring mechanism is set up."),
        ("3", "Security guarantees:")]
    assert [p["text"] for p in points[2]["points"]] == ["the US gives a guarantee;",
                                                         "Europe joins it."]
    titled = tmp_path / "titled.html"
    titled.write_text("<article><ol><li><h3>Sovereignty</h3><p>It is confirmed.</p></li>"
                      "<li><h3>Elections</h3><p>They follow.</p></li></ol></article>",
                      encoding="utf-8")
    run = cli("import", str(titled), "--document", "plan", "--version", "2025-01-01-t")
    assert run.code == 0, run.err
    assert [(p["number"], p.get("title"), p["text"]) for p in json.loads(run.out)["points"]] \
        == [("1", "Sovereignty", "It is confirmed."), ("2", "Elections", "They follow.")]


TABLE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plan</title>
</head><body><h1>The framework in a table</h1>
<table border="1"><tr><th>No.</th><th>Provision</th></tr>
<tr><td>1</td><td>The parties confirm the sovereignty of the state.</td></tr>
<tr><td>2</td><td>A ceasefire takes effect on signature, observed by a joint mission of the
parties and their partners, which reports to both governments every week.</td></tr>
<tr><td>3</td><td>Sanctions are eased in stages as the ceasefire holds.</td></tr>
<tr><td>4</td><td>Elections are held within one hundred days of signature.</td></tr>
</table><p>Source: the ministry.</p></body></html>
"""
TABLE_POINTS = [
    ("1", "The parties confirm the sovereignty of the state."),
    ("2", "A ceasefire takes effect on signature, observed by a joint mission of the parties "
          "and their partners, which reports to both governments every week."),
    ("3", "Sanctions are eased in stages as the ceasefire holds."),
    ("4", "Elections are held within one hundred days of signature.")]


def test_a_table_of_provisions_in_a_pdf_and_pasted_as_text(tmp_path: Path) -> None:
    """In a PDF (LibreOffice's, Chromium's) PDFium joins a row's cells into '3 Sanctions …',
    rows set apart by leading only; pasted as text, the cells are split by a tab. A column of
    bare numbers counting up opens the points; '1 January' in a sentence stays text."""

    from plandiff.plans.intake import DraftRequest, import_bytes

    request = DraftRequest(document="framework", version="2025-01-01-t")
    page = tmp_path / "table.html"
    page.write_text(TABLE_PAGE, encoding="utf-8")
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "office"),
                    str(page)], check=True, capture_output=True, timeout=180)
    chrome = tmp_path / "chrome.pdf"
    chromium_pdf(page, chrome, tmp_path)
    for path in (tmp_path / "office" / "table.pdf", chrome):
        imported = import_bytes(path.read_bytes(), path.name, ".pdf", request)
        assert [(p.number, p.text) for p in imported.plan.points] == TABLE_POINTS, path
        assert "Source: the ministry." in (imported.plan.notes or ""), path
    pasted = ("No.\tProvision\n1\tThe parties confirm sovereignty.\n2\tA ceasefire takes "
              "effect.\n3\tMonitors deploy.\n")
    imported = import_bytes(pasted.encode(), "t.txt", ".txt", request)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties confirm sovereignty."), ("2", "A ceasefire takes effect."),
        ("3", "Monitors deploy.")]
    prose = ("1. Talks began on\n1 January and ran for\n2 weeks.\n2. Monitors deploy.\n")
    imported = import_bytes(prose.encode(), "t.txt", ".txt", request)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Talks began on 1 January and ran for 2 weeks."), ("2", "Monitors deploy.")]


CENTRED_ROWS = (
    "The parties confirm the sovereignty of the state and commit to refrain from the use of "
    "force against each other in any form whatsoever.",
    "A joint commission watches the line of contact and reports each week to the "
    "guarantors, who publish its findings without delay.",
    "Sanctions are eased in stages once the ceasefire holds for three months and the "
    "monitors confirm that heavy weapons were withdrawn.",
    "Elections are held within one hundred days of signature.")


def test_number_cells_centred_beside_their_rows_in_a_pdf(tmp_path: Path) -> None:
    """A table whose number cells are centred vertically beside rows of three or four lines:
    the number sits level with a row's second line or between two lines. A grid drawn text
    first (WeasyPrint, Chromium) gives each number after its row (every point took the next
    row's text) or runs it onto the line beside it ('days of signature. 4'); LibreOffice
    draws it first but may set the first row of a page in the top band, where a bare number
    read as a page number (point 1 went to the notes). Each number opens its own row."""

    import weasyprint

    from plandiff.plans.intake import DraftRequest, import_bytes

    request = DraftRequest(document="framework", version="2025-01-01-t")
    cells = "".join(f'<div class="row"><div class="t">{text}</div><div class="n">{n}</div>'
                    "</div>" for n, text in enumerate(CENTRED_ROWS, 1))
    grid = tmp_path / "grid.html"
    grid.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>.row '
                    "{display: grid; grid-template-columns: 3em 20em; align-items: center; "
                    "border-bottom: 1px solid; padding: 4px 0} .t {grid-column: 2; grid-row: "
                    "1} .n {grid-column: 1; grid-row: 1; text-align: center}</style></head>"
                    f"<body><h1>Provisions</h1>{cells}</body></html>", encoding="utf-8")
    rows = "".join(f'<tr><td class="n">{n}</td><td>{text}</td></tr>'
                   for n, text in enumerate(CENTRED_ROWS, 1))
    table = tmp_path / "table.html"
    table.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>td '
                     "{vertical-align: middle; border: 1px solid; padding: 4px} table {width: "
                     "60%; border-collapse: collapse}</style></head><body><h1>Provisions</h1>"
                     f"<table>{rows}</table></body></html>", encoding="utf-8")
    pdfs = [tmp_path / "weasyprint-grid.pdf", tmp_path / "weasyprint-table.pdf",
            tmp_path / "chromium-grid.pdf", tmp_path / "office" / "table.pdf"]
    pdfs[0].write_bytes(weasyprint.HTML(filename=str(grid)).write_pdf() or b"")
    pdfs[1].write_bytes(weasyprint.HTML(filename=str(table)).write_pdf() or b"")
    chromium_pdf(grid, pdfs[2], tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "office"),
                    str(table)], check=True, capture_output=True, timeout=180)
    expected = [(str(n), text) for n, text in enumerate(CENTRED_ROWS, 1)]
    for path in pdfs:
        imported = import_bytes(path.read_bytes(), path.name, ".pdf", request)
        assert [(p.number, p.text) for p in imported.plan.points] == expected, path.name
        assert not imported.report.warnings, path.name
        # a bordered table's rules are not tracked changes
        assert not [f for f in imported.report.findings if "tracked" in f.message], path.name


def test_counting_up_keeps_runs_of_three_or_more() -> None:
    """The one test of a number column (lines of text and PDF cells alike)."""
    from plandiff.plans.intake.lines import counting_up

    assert counting_up([1, 2, 3, 7, 1, 2, 5, 6, 7, 8]) == [0, 1, 2, 6, 7, 8, 9]
    assert counting_up([4, 5]) == []
    assert counting_up([2, 2, 3, 4], least=2) == [1, 2, 3]
