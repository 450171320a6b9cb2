"""A block quote inside a point of a Markdown draft: a clause the point quotes, or a note on
it. Markdown written as a converter writes it: pandoc's Markdown of a news page whose list
item holds a ``<blockquote>`` (indented under the item, four spaces in) and a plain one set
under the item's line. A quote with no note's label is the point's text without its ``>``
(it went to the point's notes, or, indented, stayed with its marks as sub-points); one
labelled ``Note:`` stays the point's note; the page itself is read the same. An item's
second paragraph that pandoc wraps is one paragraph, not a sub-point a line. Texts are the
project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")
CLAUSE = ("All areas taken after February 2022 return to the control of their state within "
          "one hundred days of the signing.")

PAGE = f"""<html><head><title>The framework in full</title></head><body><article>
<h1>The framework in full</h1>
<ol>
<li><p>The sovereignty of the state is confirmed.</p></li>
<li><p>The parties agree on the following clause:</p>
<blockquote><p>{CLAUSE}</p></blockquote></li>
<li><p>The text of the guarantee reads:</p>
<blockquote><p>No party shall use force against the other.</p></blockquote>
<p>The clause binds both parties from the day of signature.</p></li>
<li><p>A non-aggression pact is concluded.</p>
<blockquote><p><strong>Note:</strong> One delegation disputes this point.</p></blockquote></li>
<li><p>Prisoners are exchanged all for all.</p></li>
</ol></article></body></html>"""


def _markdown(tmp_path: Path, flavour: str) -> ImportedDraft:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / f"page-{flavour}.md"
    subprocess.run([require("pandoc"), str(page), "-f", "html", "-t", flavour, "-o", str(out)],
                   check=True, capture_output=True, timeout=120)
    text = out.read_text(encoding="utf-8")
    assert "    > " in text  # pandoc set the quotes inside the items
    return import_bytes(text.encode(), "page.md", ".md", REQUEST)


def test_pandoc_s_quotes_inside_list_items_are_the_point_s_text_or_its_note(
        tmp_path: Path) -> None:
    for flavour in ("gfm", "markdown"):
        imported = _markdown(tmp_path, flavour)
        points = imported.plan.points
        assert [(p.number, len(p.points)) for p in points] == [
            ("1", 0), ("2", 0), ("3", 0), ("4", 0), ("5", 0)], flavour
        assert points[1].text == f"The parties agree on the following clause:\n\n{CLAUSE}"
        assert points[1].notes is None
        assert points[2].text == (
            "The text of the guarantee reads:\n\nNo party shall use force against the "
            "other.\n\nThe clause binds both parties from the day of signature.")
        assert points[3].text == "A non-aggression pact is concluded."
        assert points[3].notes == "Note: One delegation disputes this point."
        assert not imported.plan.notes
        said = " ".join(f.message for f in imported.report.findings)
        assert "2 block quote(s) inside a point with no note's label" in said


def test_a_tight_quoted_clause_under_a_point_is_its_text_and_a_labelled_one_its_note() -> None:
    """The same at the top level, as typed: the quote tight under the point's line, over two
    lines, with no label (the point's text) and with an editor's label (its note)."""
    text = ("# The outline\n\n1. The sovereignty of the state is confirmed.\n"
            "2. The parties agree on the following clause:\n"
            "> All areas taken after February 2022 return to the control of their state\n"
            "> within one hundred days of the signing.\n"
            "3. A non-aggression pact is concluded.\n"
            "> **Editor's note:** the earlier copy said ninety days.\n"
            "4. Prisoners are exchanged all for all.\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.points] == [
        ("1", "The sovereignty of the state is confirmed.", None),
        ("2", f"The parties agree on the following clause:\n\n{CLAUSE}", None),
        ("3", "A non-aggression pact is concluded.",
         "Editor's note: the earlier copy said ninety days."),
        ("4", "Prisoners are exchanged all for all.", None)]


LONG = ("All prisoners and detainees held by either side are released within one hundred "
        "days of the signing of this agreement, under the supervision of the Red Cross.")
TERMS = f"""<html><body><article><h1>The framework in full</h1>
<ol>
<li><p>The sovereignty of the state is confirmed.</p></li>
<li><p>Prisoners are exchanged under the following terms:</p>
<p>{LONG}</p></li>
<li><p>Sanctions are lifted in stages:</p>
<ul><li>first the freeze on assets;</li><li>then the bans on trade.</li></ul></li>
</ol></article></body></html>"""


def test_pandoc_s_wrapped_second_paragraph_of_an_item_is_one_paragraph(tmp_path: Path) -> None:
    """pandoc sets an item's second paragraph in under its text, wrapped at 72 columns: under
    a lead-in ending in a colon each wrapped line became a sub-point. It is one paragraph
    of the point, as the page itself is read; a nested list stays sub-points, and short
    lines typed in under a lead-in stay items."""
    page = tmp_path / "terms.html"
    page.write_text(TERMS, encoding="utf-8")
    out = tmp_path / "terms.md"
    subprocess.run([require("pandoc"), str(page), "-t", "gfm", "-o", str(out)], check=True,
                   capture_output=True, timeout=120)
    text = out.read_text(encoding="utf-8")
    assert "\n    one hundred" in text or "\n    days" in text or "\n    under" in text
    imported = import_bytes(text.encode(), "terms.md", ".md", REQUEST)
    from_page = import_bytes(TERMS.encode(), "terms.html", ".html", REQUEST)
    tree = [(p.number, p.text) for top in imported.plan.points for p in top.walk()]
    assert tree == [(p.number, p.text) for top in from_page.plan.points for p in top.walk()]
    assert tree[1] == ("2", f"Prisoners are exchanged under the following terms:\n\n{LONG}")
    assert [n for n, _ in tree] == ["1", "2", "3", "3.1", "3.2"]
    typed = ("1. The sovereignty of the state is confirmed.\n\n2. The parties agree:\n\n"
             "    Troops withdraw\n    Monitors arrive\n\n3. Sanctions are lifted.\n")
    points = import_bytes(typed.encode(), "typed.md", ".md", REQUEST).plan.points
    assert [c.text for c in points[1].points] == ["Troops withdraw", "Monitors arrive"]


def test_the_page_s_quotes_inside_list_items_are_read_as_its_markdown_is() -> None:
    """The page itself: a ``<blockquote>`` inside an ``<li>`` was set in as an item under
    the lead-in (``The text reads:``), so the quoted clause became sub-point 3.1 after the
    point's next paragraph, and the labelled note stayed in point 4's text."""
    imported = import_bytes(PAGE.encode(), "page.html", ".html", REQUEST)
    points = imported.plan.points
    assert [(p.number, len(p.points)) for p in points] == [
        ("1", 0), ("2", 0), ("3", 0), ("4", 0), ("5", 0)]
    assert points[1].text == f"The parties agree on the following clause:\n\n{CLAUSE}"
    assert points[2].text == (
        "The text of the guarantee reads:\n\nNo party shall use force against the "
        "other.\n\nThe clause binds both parties from the day of signature.")
    assert (points[3].text, points[3].notes) == (
        "A non-aggression pact is concluded.", "Note: One delegation disputes this point.")


def test_quotes_after_the_last_point_a_note_over_two_lines_and_the_last_point_s_clause(
        tmp_path: Path) -> None:
    """After the last point a note quoted over two lines went to the version's notes with
    its ``**`` (read as a reply's earlier message), and the clause quoted under the last
    point's lead-in (``2. The clause reads:``) went to the version's notes, the point left
    a lead-in with nothing after it. pandoc's Markdown of the page says the same."""
    text = ("# The outline\n\n1. Both sides stop firing along the whole front.\n"
            "2. The clause on monitors reads:\n\n> Monitors from neutral states watch the "
            "line.\n\n> **Note:** Sources differ on the second point.\n"
            "> The wording may change.\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("Both sides stop firing along the whole front.", None),
        ("The clause on monitors reads:\n\nMonitors from neutral states watch the line.", None)]
    notes = imported.plan.notes or ""
    assert "Note: Sources differ on the second point. The wording may change." in notes
    assert "**" not in notes and "Monitors" not in notes
    page = tmp_path / "last.html"
    page.write_text("<article><h1>The outline</h1><ol><li><p>Both sides stop firing along the "
                    "whole front.</p></li><li><p>The clause on monitors reads:</p><blockquote>"
                    "<p>Monitors from neutral states watch the line.</p></blockquote></li></ol>"
                    "</article>", encoding="utf-8")
    markdown = subprocess.run([require("pandoc"), str(page), "-t", "gfm"], check=True,
                              capture_output=True, timeout=120).stdout
    assert b"    > Monitors" in markdown
    points = import_bytes(markdown, "last.md", ".md", REQUEST).plan.points
    assert points[-1].text == imported.plan.points[-1].text
