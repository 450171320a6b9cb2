"""A page's subheads pasted over its numbered points (``Non-aggression`` / ``2. A pact …``):
each is its point's title, not the last words of the point before. Texts are the
project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-titled")
_POINTS = (("Sovereignty", "Both sides confirm the country's sovereignty."),
           ("Non-aggression", "Russia, Ukraine and Europe sign a pact of non-aggression."),
           ("Elections", "A vote follows within a hundred days."))


def test_a_subhead_over_each_point_is_its_title() -> None:
    pasted = "What the draft says\n\n" + "\n".join(
        f"{title}\n{n}. {text}\n" for n, (title, text) in enumerate(_POINTS, 1))
    imported = import_bytes(pasted.encode(), "titled.txt", ".txt", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (str(n), title, text) for n, (title, text) in enumerate(_POINTS, 1)]
    assert not imported.report.warnings, imported.report.lines()


def test_one_line_over_one_point_is_left_as_it_was() -> None:
    """A lone short line over one point of many is no pattern of subheads."""
    pasted = ("Intro\n1. Both sides confirm the country's sovereignty.\n"
              "2. Russia, Ukraine and Europe sign a pact of non-aggression.\n"
              "3. A vote follows within a hundred days.\n")
    imported = import_bytes(pasted.encode(), "plain.txt", ".txt", REQUEST)
    assert [p.title for p in imported.plan.points] == [None, None, None]


def test_a_page_s_subhead_over_each_numbered_paragraph_is_its_title() -> None:
    """``<h3>Ceasefire</h3><p>1. Both sides …</p>`` for every point: the subheads are the
    points' titles (they went to the notes as headings between the points). Section
    headings over a few points each stay headings."""
    page = "<html><body><article><h1>What the draft says</h1>" + "".join(
        f"<h3>{title}</h3><p>{n}. {text}</p>" for n, (title, text) in enumerate(
            (*_POINTS, ("Sanctions", "They are lifted in stages.")), 1)) \
        + "</article></body></html>"
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (str(n), title, text) for n, (title, text) in enumerate(
            (*_POINTS, ("Sanctions", "They are lifted in stages.")), 1)]
    assert "Heading" not in (imported.plan.notes or "")
    sections = ("<html><body><article><h2>Security</h2><p>1. Both sides stop firing.</p><p>2. "
                "Monitors watch the line.</p><h2>Economy</h2><p>3. Sanctions are lifted in "
                "stages.</p><p>4. Trade resumes.</p></article></body></html>")
    imported = import_bytes(sections.encode(), "page.html", ".html", REQUEST)
    assert [p.title for p in imported.plan.points] == [None, None, None, None]
    assert "Heading before point 3: Economy" in (imported.plan.notes or "")
