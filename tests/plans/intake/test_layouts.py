"""Fifteen-plus press layouts, each as text, a saved news page (typed numbers and <ol>
lists), a Word .docx (typed numbers and automatic numbering), a WeasyPrint PDF with a running
header and page numbers, and a Chromium print with the browser's header and footer lines;
every one must import to exactly the structure a reader sees (issue #13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from plandiff.plans.model import Point
from tests.plans.intake.layouts import (
    LAYOUTS,
    Layout,
    Pt,
    auto_docx,
    list_html,
    print_page,
    typed_body,
    typed_docx,
    typed_html,
)
from tests.plans.intake.producers import chromium_pdf

REQUEST = DraftRequest(document="layout", version="2025-12-01-layout")


def _structure(points: tuple[Point, ...]) -> tuple[Pt, ...]:
    return tuple(Pt(p.number, p.text, p.title, p.notes, _structure(p.points)) for p in points)


def _check(layout: Layout, data: bytes, suffix: str) -> ImportedDraft:
    imported = import_bytes(data, f"{layout.name}{suffix}", suffix, REQUEST)
    assert _structure(imported.plan.points) == layout.expected
    kinds = {f.kind for f in imported.report.warnings}
    # An excerpt starting at 9 is reported as such; nothing else is wrong with any layout.
    expected = set() if layout.expected[0].number == "1" else {"start"}
    assert kinds == expected, imported.report.lines()
    if layout.title:
        assert imported.plan.title == layout.title
    return imported


def _ids(layouts: tuple[Layout, ...]) -> list[str]:
    return [layout.name for layout in layouts]


def test_at_least_fifteen_layouts() -> None:
    assert len(LAYOUTS) >= 15
    assert len({layout.name for layout in LAYOUTS}) == len(LAYOUTS)


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_text(layout: Layout) -> None:
    _check(layout, layout.text.encode("utf-8"), ".txt")


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_html_page_with_typed_numbers(layout: Layout) -> None:
    _check(layout, typed_html(layout).encode("utf-8"), ".html")


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_html_page_with_ordered_lists(layout: Layout) -> None:
    _check(layout, list_html(layout).encode("utf-8"), ".html")


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_docx_with_typed_numbers(layout: Layout) -> None:
    _check(layout, typed_docx(layout), ".docx")


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_docx_with_automatic_numbering(layout: Layout) -> None:
    _check(layout, auto_docx(layout), ".docx")


@pytest.fixture(scope="module")
def pdf_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layout-pdfs")


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_weasyprint_pdf(layout: Layout) -> None:
    import weasyprint

    html = print_page(typed_body(layout))
    data = weasyprint.HTML(string=html).write_pdf()
    assert data is not None
    imported = _check(layout, data, ".pdf")
    assert any(f.kind == "dropped" for f in imported.report.findings)  # header, page numbers


@pytest.mark.parametrize("layout", LAYOUTS, ids=_ids(LAYOUTS))
def test_chromium_print_with_header_and_footer(layout: Layout, pdf_folder: Path) -> None:
    page = pdf_folder / f"{layout.name}.html"
    page.write_text(print_page(typed_body(layout)).replace("@page", "@media print {} @x"),
                    encoding="utf-8")
    out = pdf_folder / f"{layout.name}.pdf"
    chromium_pdf(page, out, pdf_folder)
    data = out.read_bytes()
    assert b"%PDF-" in data[:16]
    imported = _check(layout, data, ".pdf")
    # the browser's date/title header and URL/page footer were there, and were left out
    assert any(f.kind == "dropped" for f in imported.report.findings)


def test_a_sub_list_that_runs_into_the_second_column_stays_under_its_point() -> None:
    """Two columns, a nested list broken by the column end: the second column's items are
    indented from that column's left edge, not the page's, so its third sub-item stays under
    point 2 and point 3 follows it (it read as a point 3, and point 3 as a repeat)."""
    import weasyprint

    from plandiff.plans.intake import DraftRequest, import_bytes

    subs = ["Sanctions are lifted in stages and case by case.",
            "The two countries conclude a long-term economic cooperation agreement.",
            "Russia is invited to rejoin the G8."]
    sub_items = "".join(f"<li{' class=next' if k == 2 else ''}>{t}</li>"
                        for k, t in enumerate(subs))
    page = ("<html lang='en'><head><meta charset='utf-8'><style>@page {size: A5; margin: "
            "1.5cm} body {font: 11pt serif; columns: 2; column-gap: 0.8cm} .next "
            "{break-before: column}</style></head><body><ol>"
            "<li>Russia and NATO hold a dialogue, with the United States as mediator, to "
            "resolve security questions and reduce tensions.</li>"
            f"<li>Russia is brought back into the world economy:<ol>{sub_items}</ol></li>"
            "<li>What remains of the frozen assets goes into a joint investment vehicle.</li>"
            "<li>The two countries set up a joint security working group.</li>"
            "<li>The two countries extend their treaties on arms control.</li>"
            "</ol></body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    imported = import_bytes(data, "columns.pdf", ".pdf",
                            DraftRequest(document="outline", version="2025-11-21-press"))
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4", "5"]
    assert [c.text for c in imported.plan.points[1].points] == subs
    assert not imported.report.warnings


def test_a_title_wrapped_in_a_narrow_column_stays_one_heading() -> None:
    """Two balanced columns: a large title fills the first and wraps after "reported by 27
    Jan"; its last line "2026" ends the title, it is not a point numbered 2026 (the first
    column held too few body lines to tell the page had two), and the points of the second
    column are not indented under the first column's."""
    import weasyprint

    from plandiff.plans.intake import DraftRequest, import_bytes

    items = ["The United States gives Ukraine a guarantee described as similar to NATO's "
             "Article 5; its provisions have not been published.",
             "The United States offers a guarantee for 15 years; Ukraine has asked for "
             "30–50 years.",
             "The US guarantee is to be approved by the US Congress and by Ukraine's "
             "Verkhovna Rada; the European bilateral agreements are to be approved by "
             "European parliaments.",
             "The guarantees depend on a peace deal likely to involve Ukraine leaving "
             "Donbas, with more weapons for Ukraine if it withdraws."]
    page = ("<html lang='en'><head><meta charset='utf-8'><style>body {font: 11pt serif; "
            "columns: 2; hyphens: auto; text-align: justify}</style></head><body><h1>"
            "US–Ukraine bilateral security guarantee: state reported by 27 Jan 2026</h1><ol>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ol></body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    imported = import_bytes(data, "guarantee.pdf", ".pdf",
                            DraftRequest(document="outline", version="2025-11-21-press"))
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(items, 1)]
    assert not imported.report.warnings
    assert "reported by 27 Jan 2026" in (imported.plan.title or "") + (imported.plan.notes
                                                                       or "")


def test_the_body_size_is_the_one_most_characters_are_set_in(tmp_path: Path) -> None:
    """Chromium prints a short two-column page whose first column is a large wrapped title:
    by a median of lines the title set the body's size, and the first line of point 1, in
    the page's top band, read as smaller furniture and was dropped. Weighted by characters,
    the body is the points' text."""
    from plandiff.plans.intake import DraftRequest, import_bytes
    from tests.plans.intake.producers import chromium_pdf

    page = tmp_path / "declaration.html"
    page.write_text("<html lang='en'><head><meta charset='utf-8'><title>UK–France–Ukraine "
                    "declaration</title><style>body {font: 11pt serif; columns: 2; hyphens: "
                    "auto; text-align: justify}</style></head><body><h1>UK–France–Ukraine "
                    "declaration of intent on deploying forces (reported, 6 Jan 2026)</h1>"
                    "<ol><li>The United Kingdom and France intend to deploy forces in Ukraine "
                    "once a peace deal is in place.</li><li>UK and French military hubs are "
                    "set up across Ukraine.</li></ol></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "declaration.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "declaration.pdf", ".pdf",
                            DraftRequest(document="outline", version="2025-11-21-press"))
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The United Kingdom and France intend to deploy forces in Ukraine once a peace "
              "deal is in place."),
        ("2", "UK and French military hubs are set up across Ukraine.")]
