"""Press pages' leftovers around a plan's list: a bulleted list later in the article (what
is known so far, reactions) after the reporter's own paragraph, speaker labels of a
transcript, bold lead-ins and commentary labels, and a paywall's cut under ``--partial``.
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def _page(body: str) -> bytes:
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The "
            f"outline</title></head><body><main><article>{body}</article></main></body>"
            "</html>").encode()


def _tree(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for top in imported.plan.points for p in top.walk()]


def _messages(imported: ImportedDraft) -> list[str]:
    return [f.message for f in imported.report.findings]


def test_a_bulleted_list_after_the_reporter_s_paragraph_is_not_sub_points() -> None:
    """An <ol> of the points, then a paragraph of the reporter's, then a <ul> of what is
    known so far: the paragraph and the bullets go to the notes, not into point 3 (they
    were its second paragraph and its sub-points 3.1, 3.2)."""
    page = _page("<h1>What the outline says</h1><p>The draft lists these steps.</p>"
                 "<ol><li>Both sides stop firing along the whole front.</li>"
                 "<li>Monitors from neutral states watch the line.</li>"
                 "<li>Detainees are swapped in stages.</li></ol>"
                 "<p>Diplomats in two capitals said the text could still change.</p>"
                 "<ul><li>A summit is planned for next month.</li>"
                 "<li>Neither side has signed anything yet.</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages.")]
    notes = imported.plan.notes or ""
    assert "Diplomats in two capitals said" in notes
    assert "A summit is planned for next month." in notes
    assert "Neither side has signed anything yet." in notes
    assert any("after point 3" in m and "notes" in m for m in _messages(imported))


def test_a_list_after_prose_after_the_sub_points_leaves_the_last_sub_point() -> None:
    """Point 3's own sub-points (a <ul> under its paragraph ending in a colon) stay; the
    reporter's paragraph and the reactions' <ul> after them were read into sub-point 3.2
    and as 3.3, 3.4."""
    page = _page("<p>1. Both sides stop firing along the whole front.</p>"
                 "<p>2. Monitors from neutral states watch the line.</p>"
                 "<p>3. Detainees are swapped in stages, including:</p>"
                 "<ul><li>wounded soldiers first;</li><li>civilians held since the start.</li>"
                 "</ul><p>The foreign ministry said on Monday it would study the text.</p>"
                 "<ul><li>Paris welcomed the outline.</li><li>The opposition called it vague."
                 "</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages, including:"),
                               ("3.1", "wounded soldiers first;"),
                               ("3.2", "civilians held since the start.")]
    notes = imported.plan.notes or ""
    for moved in ("The foreign ministry said", "Paris welcomed the outline.",
                  "The opposition called it vague."):
        assert moved in notes


def test_lists_that_are_the_point_s_own_stay_sub_points() -> None:
    """A <ul> inside an <li>, and one under a further paragraph of the point that ends in
    a colon, are the point's sub-points; a <ul> after a heading goes to the notes."""
    page = _page("<ol><li>Both sides stop firing.<ul><li>on land;</li><li>at sea.</li></ul>"
                 "</li><li>Monitors watch the line.</li>"
                 "<li><p>Detainees are swapped.</p><p>The swaps cover two groups:</p>"
                 "<ul><li>soldiers;</li><li>civilians.</li></ul></li></ol>"
                 "<h2>Reactions</h2><ul><li>The ministry welcomed the text.</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing."), ("1.1", "on land;"),
                               ("1.2", "at sea."), ("2", "Monitors watch the line."),
                               ("3", "Detainees are swapped.\n\nThe swaps cover two groups:"),
                               ("3.1", "soldiers;"), ("3.2", "civilians.")]
    assert "The ministry welcomed the text." in (imported.plan.notes or "")
