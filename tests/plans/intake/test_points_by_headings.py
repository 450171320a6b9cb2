"""``--points-by headings``: an explainer or fact sheet that sets a plan out as titled
sections with no number anywhere (a heading, then what the plan says of it) is read one
point a heading, titled by it, in a web page, Markdown and a Word file alike; the lead
before the first section and a "Related stories" section after them go to the notes.
Texts are the project's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy, import_bytes
from tests.plans.intake.layouts import Para, docx_bytes
from tests.plans.intake.pages import page as _page

HEADINGS = DraftRequest(document="outline", version="2026-01-05-explainer",
                        points_by=PointsBy.HEADINGS)
EXPLAINER = (
    "<h1>What is in the new framework</h1>"
    "<p>The document, seen by this newspaper, sets the plan out under four headings.</p>"
    "<h2>Security guarantees</h2>"
    "<p>Ukraine gets guarantees mirroring Article 5 from the US and European signatories.</p>"
    "<p>They lapse if Ukraine attacks Russia without provocation.</p>"
    "<h2>The army</h2><p>The armed forces stay at 800,000 in peacetime.</p>"
    "<figure><img src=\"a.jpg\"><figcaption>A training ground. Photo: Example</figcaption>"
    "</figure>"
    "<h2>Territory</h2><p>Not agreed: the line where troops stand on signing day becomes the "
    "de facto line of contact.</p><h3>Zaporizhzhia plant</h3><p>The US proposes running the "
    "plant jointly.</p>"
    "<h2>Elections</h2><p>Elections follow as soon as possible after signing:</p>"
    "<ul><li>a date is set by the parliament;</li><li>observers are invited.</li></ul>"
    "<h2>Related stories</h2><ul><li><a href=\"/x\">Talks resume in Geneva</a></li></ul>")
TITLES = ["Security guarantees", "The army", "Territory", "Elections"]


def _points(imported: ImportedDraft) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported.plan.points]


def test_a_page_s_titled_sections_are_its_points() -> None:
    imported = import_bytes(_page(EXPLAINER), "page.html", ".html", HEADINGS)
    points = _points(imported)
    assert [(n, t) for n, t, _ in points] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert points[0][2] == ("Ukraine gets guarantees mirroring Article 5 from the US and "
                            "European signatories.\n\nThey lapse if Ukraine attacks Russia "
                            "without provocation.")
    # a sub-heading under a section is a line of its text
    assert points[2][2].endswith("Zaporizhzhia plant\n\nThe US proposes running the plant "
                                 "jointly.")
    # a list in a section: each item a paragraph of its text, no item run into another
    assert points[3][2] == ("Elections follow as soon as possible after signing:\n\n"
                            "a date is set by the parliament;\n\nobservers are invited.")
    assert imported.plan.title == "What is in the new framework"
    notes = imported.plan.notes or ""
    assert notes.startswith("The document, seen by this newspaper")
    assert "Related stories" in notes and "Talks resume in Geneva" in notes
    assert all("Talks resume" not in text for _, _, text in points)


def test_markdown_and_word_sections_read_alike() -> None:
    markdown = ("# What is in the new framework\n\nThe plan under four headings.\n\n"
                + "".join(f"## {title}\n\nWhat the plan says of {title.lower()}.\n\n"
                          for title in TITLES))
    from_md = import_bytes(markdown.encode(), "explainer.md", ".md", HEADINGS)
    assert [(p.number, p.title) for p in from_md.plan.points] == \
        [(str(k), t) for k, t in enumerate(TITLES, 1)]
    paragraphs = [Para("What is in the new framework", style="Title"),
                  Para("The plan under four headings.")]
    for title in TITLES:
        paragraphs += [Para(title, style="Heading1"),
                       Para(f"What the plan says of {title.lower()}.")]
    from_word = import_bytes(docx_bytes(paragraphs), "explainer.docx", ".docx", HEADINGS)
    assert [(p.number, p.title, p.text) for p in from_word.plan.points] == \
        [(p.number, p.title, p.text) for p in from_md.plan.points]


def test_the_cli_takes_points_by_headings(cli: Callable[..., Any], tmp_path: Path) -> None:
    page = tmp_path / "explainer.html"
    page.write_bytes(_page(EXPLAINER))
    run = cli("import", str(page), "--document", "outline", "--version",
              "2026-01-05-explainer", "--points-by", "headings")
    assert run.code == 0, run.err
    assert "4 points" in run.err


def test_a_page_numbering_and_listing_nothing_is_read_by_its_sections() -> None:
    """Read as circulated (the default), the explainer had no numbered points (exit 2), or
    its one bulleted list for the plan; with three titled sections or more and no number
    (and fewer bulleted items than sections), its sections are its points, and the report
    says so. Two sections are too few to tell a plan from an article."""
    from plandiff.errors import InputError

    default = DraftRequest(document="outline", version="2026-01-05-explainer")
    # (its one bulleted list, two items under "Elections", is that section's, not the plan)
    imported = import_bytes(_page(EXPLAINER), "page.html", ".html", default)
    assert [p.title for p in imported.plan.points] == TITLES
    assert any(f.message.startswith("no numbered points: the 4 sections under headings")
               for f in imported.report.findings)
    two = "<h1>Two things</h1>" + "".join(
        f"<h2>{t}</h2><p>What the plan says of {t.lower()}.</p>" for t in TITLES[:2])
    try:
        import_bytes(_page(two), "page.html", ".html", default)
    except InputError as exc:
        assert "--points-by headings" in str(exc)
    else:
        raise AssertionError("two sections were read as points")
