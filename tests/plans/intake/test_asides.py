"""Editorial asides at a point's end: before the sentence's own full stop, and cut in two
where a PDF (or a pasted copy of one) wrapped the line before the aside's dash. Both go to
the point's notes, whole, and the wrapped half opens no bullet (the README's statement.pdf
example printed as it is: A4, the aside wrapped before "– Ed.")."""

from __future__ import annotations

import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="accord", version="2025-11-22-pdf", partial=True)
ASIDE = "(in the earlier version: ninety – Ed.)"
TEXT = "Sanctions are lifted in stages over sixty days."


def _point5(data: bytes, name: str) -> tuple[object, list[str]]:
    imported = import_bytes(data, name, name[name.rindex("."):], REQUEST)
    point = next(p for p in imported.plan.points if p.number == "5")
    return point, imported.report.lines()


def test_an_aside_before_the_full_stop_goes_to_the_notes() -> None:
    text = f"4. A joint commission monitors the line.\n5. {TEXT[:-1]} {ASIDE}.\n"
    point, lines = _point5(text.encode(), "statement.txt")
    assert (point.text, point.notes, point.points) == (TEXT, ASIDE, ())  # type: ignore[attr-defined]
    assert any("editorial text moved to the notes of point 5" in line for line in lines)


def test_an_aside_wrapped_before_its_dash_is_no_bullet() -> None:
    text = (f"4. A joint commission monitors the line.\n5. {TEXT[:-1]} "
            "(in the earlier version: ninety\n– Ed.).\n")
    point, _ = _point5(text.encode(), "statement.txt")
    assert (point.text, point.notes, point.points) == (TEXT, ASIDE, ())  # type: ignore[attr-defined]


def test_the_readme_statement_pdf() -> None:
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 2.5cm; @top-center {{ content: "Joint statement"; font-size: 9pt }}
             @bottom-center {{ content: "Page " counter(page); font-size: 9pt }} }}
    body {{ font-family: serif; font-size: 12pt }}</style></head><body>
    <p>4. A joint commission monitors the ceasefire line and reports every week.</p>
    <p>5. {TEXT[:-1]} {ASIDE}.</p></body></html>"""
    data = weasyprint.HTML(string=page).write_pdf()
    point, lines = _point5(data, "statement.pdf")
    assert (point.text, point.notes, point.points) == (TEXT, ASIDE, ())  # type: ignore[attr-defined]
    assert any("left out 2 line(s) of page furniture" in line for line in lines)


def test_a_dash_item_that_closes_no_parenthesis_is_still_a_bullet() -> None:
    text = ("1. The parties agree on these measures (in stages):\n– a ceasefire;\n"
            "– an exchange of prisoners (all for all).\n")
    imported = import_bytes(text.encode(), "m.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points[0].points] == [
        "a ceasefire;", "an exchange of prisoners (all for all)."]


def test_an_omission_mark_alone_between_points_goes_to_the_notes() -> None:
    """A press copy that skips points marks the cut on a line of its own (``[…]``,
    ``(...)``, ``（中略）``): the editor's, not the point's; it ended the text of the point
    before it. The numbering gap stays a warning."""
    for mark in ("[…]", "(...)", "…", "（中略）", "[...]", "(…)"):
        text = f"1. Sovereignty is reaffirmed.\n2. A pact is concluded.\n{mark}\n20. A ceasefire.\n"
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        assert [(p.number, p.text, p.notes) for p in imported.plan.points] == [
            ("1", "Sovereignty is reaffirmed.", None), ("2", "A pact is concluded.", mark),
            ("20", "A ceasefire.", None)], mark
        assert any("3-19 missing" in f.message for f in imported.report.warnings), mark


PRESS = """What is in the revised framework? The points in full

By Jane Doe, Diplomatic Correspondent

Negotiators trimmed the draft; here is the text as shared with reporters.

1. The sovereignty of the state is confirmed.

2. A comprehensive non-aggression agreement is concluded.

Soldiers dig trenches near the front line last month. Photograph: John Smith/Reuters

3. The state receives robust security guarantees.

Skip past newsletter promotion
Sign up to our morning briefing
Privacy Notice: Newsletters may contain info about charities, online ads, and content \
funded by outside parties. For more information see our Privacy Policy.
after newsletter promotion

4. Elections are held as soon as possible after signature.

Delegations meet in Geneva on Sunday. (AP Photo/Evan Vucci)

5. A joint committee exchanges prisoners and returns civilians.

Story continues

6. The agreement is legally binding.
"""


def test_a_press_copy_s_captions_and_newsletter_box_leave_the_points() -> None:
    """A caption ending in its photo credit (``… Photograph: X/Reuters``, ``(AP Photo/…)``),
    a newsletter box's lines around its sign-up line and a bare ``Story continues`` ran into
    the points' text."""
    imported = import_bytes(PRESS.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The sovereignty of the state is confirmed.",
        "A comprehensive non-aggression agreement is concluded.",
        "The state receives robust security guarantees.",
        "Elections are held as soon as possible after signature.",
        "A joint committee exchanges prisoners and returns civilians.",
        "The agreement is legally binding."]
    notes = {p.number: p.notes or "" for p in imported.plan.points}
    assert "Photograph: John Smith/Reuters" in notes["2"]
    assert "Privacy Notice" in notes["3"] and "Skip past" in notes["3"]
    assert "(AP Photo/Evan Vucci)" in notes["4"]
    assert "Story continues" in notes["5"]


BROADCASTER = """Peace plan: what we know about the points

Here are the main points of the revised document.

Point 1: The sovereignty of the state is reaffirmed.

Point 2: A full non-aggression agreement is signed.

Reuters
Image caption,
Soldiers near the front line in the east

Point 3: The state receives security guarantees.

(Photo by John Smith/Getty Images)

Point 4: The agreement is legally binding.

Copyright 2025 Example News. All rights reserved. This material may not be published, \
broadcast, rewritten or redistributed.
"""


def test_a_broadcaster_s_image_caption_and_a_copyright_line_leave_the_points() -> None:
    """A copy of a broadcaster's page: the picture's agency alone on a line, ``Image
    caption,`` and the caption on the next line; a credit alone in brackets; the copyright
    line under the story. They ran into points 2, 3 and 4."""
    imported = import_bytes(BROADCASTER.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The sovereignty of the state is reaffirmed.", "A full non-aggression agreement is signed.",
        "The state receives security guarantees.", "The agreement is legally binding."]
    notes = {p.number: p.notes or "" for p in imported.plan.points}
    assert "Reuters" in notes["2"] and "Image caption, Soldiers near the front line" in notes["2"]
    assert "(Photo by John Smith/Getty Images)" in notes["3"]
    assert "All rights reserved" in notes["4"] + (imported.plan.notes or "")
