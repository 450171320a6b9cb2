"""A government fact sheet: sections under ``<h2>``/``<h3>`` headings whose items are
bullets or paragraphs opened by a bold lead word ("Ceasefire." …), no number anywhere. The
items are the points 1, 2 … in order; the headings and the sheet's own sentences go to the
notes. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, PointsBy, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-23-fact-sheet")

ITEMS = (("Ceasefire.", "Both sides stop all hostilities along the line of contact."),
         ("Monitoring.", "An international mission watches the line and reports breaches."),
         ("Reconstruction:", "A fund is set up to rebuild homes, grids and ports."),
         ("Sanctions relief.", "Sanctions are lifted in stages, tied to compliance."),
         ("Prisoners.", "All prisoners of war are exchanged, all for all."))


def _sheet(item: str) -> bytes:
    """The fact sheet with each item written as ``item`` says (``{lead}``, ``{text}``)."""
    one, two, three, four, five = (item.format(lead=lead, text=text) for lead, text in ITEMS)
    return _page("<h1>Fact Sheet: A Framework for a Durable Peace</h1><p>Today the President "
                 "announced a framework for ending the war.</p><h2>Ending the fighting</h2>"
                 f"{one}{two}<h2>Rebuilding</h2><h3>Economy</h3>{three}{four}"
                 f"<h2>Humanitarian measures</h2>{five}<p>The President thanked the teams for "
                 "their work.</p>")


def test_paragraphs_opened_by_bold_lead_words_are_the_points() -> None:
    """<p><strong>Ceasefire.</strong> Both sides …</p> under section headings: the page had
    "no numbered points"."""
    imported = import_bytes(_sheet("<p><strong>{lead}</strong> {text}</p>"), "page.html",
                            ".html", REQUEST)
    assert _tree(imported) == [(str(n), f"{lead} {text}")
                               for n, (lead, text) in enumerate(ITEMS, 1)]
    notes = imported.plan.notes or ""
    for said in ("Today the President announced", "Ending the fighting", "Economy",
                 "The President thanked the teams"):
        assert said in notes
    assert any("read as points 1-5" in m for m in _messages(imported))
    assert any("5 paragraph(s) opened by a bold lead word" in m for m in _messages(imported))


def test_one_point_a_line_leaves_the_section_headings_out() -> None:
    """``--points-by lines`` on the same sheet: its headings ("## Ending the fighting") were
    points with their Markdown marks; they go to the notes as headings."""
    imported = import_bytes(_sheet("<p><strong>{lead}</strong> {text}</p>"), "page.html",
                            ".html", DraftRequest(document="outline", version="2025-11-23-fs",
                                                  points_by=PointsBy.LINES))
    texts = [text for _, text in _tree(imported)]
    assert not any(text.startswith("#") for text in texts)
    assert texts[-6:] == [f"{lead} {text}" for lead, text in ITEMS] + [
        "The President thanked the teams for their work."]
    assert "Heading before point 2: Ending the fighting" in (imported.plan.notes or "")


def test_a_transcript_s_bold_speaker_labels_are_no_points() -> None:
    """Bold labels that repeat ("President:", "Question:") are a transcript's speakers: the
    page still numbers no point."""
    page = _page("<p><b>President:</b> Good evening.</p><p><b>Question:</b> Will you meet?"
                 "</p><p><b>President:</b> It is too early.</p><p><b>Question:</b> When, then?"
                 "</p>")
    with pytest.raises(InputError, match="no numbered points"):
        import_bytes(page, "page.html", ".html", REQUEST)


def test_lead_words_with_the_colon_or_dash_outside_the_bold_beside_a_related_box() -> None:
    """A State Department sheet: "<strong>Ceasefire</strong>: …", "<b>Prisoners</b> – …",
    a box of related articles (links alone in an <ul>) after the text: the items are still
    the points, the box is no list of the sheet's, and the office's closing line ("For more
    information, contact …") is not the last point's text."""
    page = _page("<h1>Fact Sheet: Support for a Just Peace</h1><p>The partners agreed on the "
                 "following elements.</p><p><strong>Ceasefire</strong>: Both sides stop all "
                 "hostilities.</p><p><strong>Monitoring</strong>: A mission watches the line."
                 "</p><p><b>Prisoners</b> – All prisoners of war are exchanged.</p><p>For more "
                 "information, contact the spokesperson.</p><div class=\"related-articles\">"
                 "<h2>Related Articles</h2><ul>"
                 "<li><a href=\"/a\">The Secretary's remarks</a></li><li><a href=\"/b\">Travel "
                 "to Geneva</a></li></ul></div>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == [
        "Ceasefire: Both sides stop all hostilities.", "Monitoring: A mission watches the line.",
        "Prisoners – All prisoners of war are exchanged."]
