"""A news page's own footnotes set at body size under its list of points (no link, no
footnotes box): a superscript or a star after a point's word, the note as a plain paragraph
at the end. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

POINTS = [("1", "Crossings reopen for goods within a week."),
          ("2", "Detainees go home in three rounds."),
          ("3", "The front line freezes where it stands.")]


def _list(first: str, third: str) -> str:
    return (f"<ol><li>Crossings reopen for goods within a week.{first}</li>"
            "<li>Detainees go home in three rounds.</li>"
            f"<li>The front line freezes where it stands.{third}</li></ol>")


def test_the_first_note_under_a_list_of_points_is_a_note_too() -> None:
    """Right under the ``</ol>`` the first note was read as the page's text after the list
    (to the notes as prose) and only the second as a footnote: its mark stayed in point 1
    (``week.*``, ``week.¹``)."""
    for marks, notes in ((("<sup>1</sup>", "<sup>2</sup>"), ("<p>1 Figures are from the "
                                                            "ministry.</p>",
                                                            "<p>2 The list of names is "
                                                            "not public.</p>")),
                         (("*", "**"), ("<p>* Figures are from the ministry.</p>",
                                        "<p>** The list of names is not public.</p>")),
                         (("†", "‡"), ("<p>† Figures are from the ministry.</p>",
                                       "<p>‡ The list of names is not public.</p>"))):
        imported = import_bytes(_page(_list(*marks) + "".join(notes)), "page.html", ".html",
                                REQUEST)
        assert _tree(imported) == POINTS, marks
        notes_text = imported.plan.notes or ""
        assert "Figures are from the ministry." in notes_text, marks
        assert "The list of names is not public." in notes_text, marks
        assert "Footnotes" in notes_text, marks


def test_a_star_note_under_numbered_paragraphs_is_no_sub_point() -> None:
    """Points as paragraphs (``<p>1. …``), a star after a word, ``* …`` at the end: the note
    became sub-point 3.1 and the star stayed in point 1's text."""
    body = ("<p>1. Crossings reopen for goods within a week.*</p>"
            "<p>2. Detainees go home in three rounds.</p>"
            "<p>3. The front line freezes where it stands.</p>"
            "<p>* Figures are from the ministry.</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == POINTS
    assert "Figures are from the ministry." in (imported.plan.notes or "")


def test_a_star_without_a_mark_in_the_text_stays_the_page_s() -> None:
    """A line opening with a star that no point carries (a credit) is no footnote."""
    imported = import_bytes(_page(_list("", "") + "<p>*Reporting by the Kyiv desk.</p>"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == POINTS
    notes = imported.plan.notes or ""
    assert "Reporting by the Kyiv desk." in notes
    assert "Footnotes" not in notes


def test_a_link_to_another_point_keeps_its_bracketed_number() -> None:
    """``as set out in <a href="#p3">[3]</a>`` leads to point 3, not to a note: it was taken
    out of point 2's text as a note mark (glued, ``cf.[3]``, or with notes [1]-[3] at the
    page's end). A link to a note, or to a target that opens with a note's mark, still
    goes."""
    items = ('<li id="p1">Crossings reopen for goods within a week.[1]</li>'
             '<li>Detainees go home as set out in <a href="#p3">[3]</a>.</li>'
             '<li id="p3">The front line freezes where it stands.</li>')
    notes = ("<p>[1] Figures are from the ministry.</p><p>[2] Not yet agreed.</p>"
             "<p>[3] The list of names is not public.</p>")
    imported = import_bytes(_page(f"<ol>{items}</ol>{notes}"), "page.html", ".html", REQUEST)
    assert _tree(imported)[1] == ("2", "Detainees go home as set out in [3].")
    assert _tree(imported)[0] == ("1", "Crossings reopen for goods within a week.")
    glued = import_bytes(_page('<p id="a1">1. Crossings reopen within a week.</p>'
                               '<p>2. Detainees go home (cf.<a href="#a3">[3]</a>).</p>'
                               '<p id="a3">3. The front line freezes.</p>'), "page.html",
                         ".html", REQUEST)
    assert _tree(glued)[1] == ("2", "Detainees go home (cf.[3]).")
    to_note = import_bytes(_page('<p>1. Crossings reopen within a week.</p>'
                                 '<p>2. Detainees go home.<a href="#n3">[3]</a></p>'
                                 '<p>3. The front line freezes.</p>'
                                 '<p id="n3">[3] The list of names is not public.</p>'),
                           "page.html", ".html", REQUEST)
    assert _tree(to_note)[1] == ("2", "Detainees go home.")
