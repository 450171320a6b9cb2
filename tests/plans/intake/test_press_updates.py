"""An editor's update box above a press page's full list of points, quoting the new wording
of a few of them: the full list's points are the points, the box goes to the notes whole.
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

_FULL = [("1", "Both sides stop firing."), ("2", "Troops pull back ten kilometres."),
         ("3", "A buffer zone is set up."), ("4", "Refugees may return home."),
         ("5", "Monitors watch the line."), ("6", "Detainees are swapped in stages."),
         ("7", "Elections follow.")]
_PARAGRAPHS = "".join(f"<p>{n}. {text}</p>" for n, text in _FULL)
_ITEMS = "<ol>" + "".join(f"<li>{text}</li>" for _, text in _FULL) + "</ol>"
_QUOTED = ("<p>5. Monitors from neutral states watch the line for a year.</p>"
           "<p>6. Detainees are swapped all for all.</p>")


def _check(html: str) -> None:
    imported = import_bytes(_page(html), "page.html", ".html", REQUEST)
    assert _tree(imported) == _FULL
    notes = imported.plan.notes or ""
    assert "points 5 and 6 were reworded" in notes
    assert "5. Monitors from neutral states watch the line for a year." in notes
    assert "6. Detainees are swapped all for all." in notes
    assert notes.index("reworded") < notes.index("5. Monitors from neutral")
    assert not any("numbering starts at 5" in m or "goes back" in m
                   for m in _messages(imported))
    assert any("5-6" in m and "excerpt" in m for m in _messages(imported))


def test_an_update_box_quoting_two_points_above_the_full_list_goes_to_the_notes() -> None:
    """A ``div.update`` quoting the new wording of points 5 and 6 in a blockquote, then a
    paragraph of the reporter's and the full text: points 5 and 6 stood twice (5, 6, then
    1-7) and the numbering started at 5."""
    _check("<h1>Draft revised</h1><div class='update'><p>Update (14:20): points 5 and 6 "
           "were reworded. They now read:</p><blockquote>" + _QUOTED + "</blockquote></div>"
           "<p>The full text of the draft follows.</p>" + _PARAGRAPHS)


def test_an_update_box_right_above_the_list_goes_to_the_notes() -> None:
    """The box's lead-in in bold and its points right before the list, with no paragraph
    between (the list goes on from the box's points with no heading)."""
    _check("<div class='article-update'><p><strong>UPDATE 21 Nov, 15:10</strong> — the "
           "White House said points 5 and 6 were reworded:</p>" + _QUOTED + "</div>"
           + _PARAGRAPHS)


def test_an_update_aside_is_read_to_the_notes_not_left_out() -> None:
    """An ``<aside class="update">`` is the editor's box, not a sidebar: it was left out,
    and the new wording with it."""
    _check("<h1>Draft revised</h1><aside class='update'><p><strong>Update:</strong> points "
           "5 and 6 were reworded. They now read:</p>" + _QUOTED + "</aside>"
           "<p>The full text of the draft follows.</p>" + _ITEMS)


def test_a_single_quoted_point_above_the_full_list_goes_too() -> None:
    """One point quoted (point 5, reworded): it goes to the notes as well."""
    imported = import_bytes(_page(
        "<div class='update'><p>Update: point 5 was reworded. It now reads:</p><blockquote>"
        "<p>5. Monitors from neutral states watch the line for a year.</p></blockquote>"
        "</div><p>The full text of the draft follows.</p>" + _PARAGRAPHS),
        "page.html", ".html", REQUEST)
    assert _tree(imported) == _FULL
    assert "5. Monitors from neutral states" in (imported.plan.notes or "")


def test_points_from_five_that_say_other_things_than_the_list_stay_points() -> None:
    """A part numbered 5-6 whose points say other things than the later list's 5 and 6 is
    no quote of it: it stays."""
    imported = import_bytes(_page(
        "<p>5. Grain leaves the ports under escort.</p><p>6. Fishing resumes in spring."
        "</p><h2>Security</h2>" + _PARAGRAPHS), "page.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["5", "6", "1", "2", "3", "4", "5", "6", "7"]


def test_an_update_box_under_the_full_list_goes_to_the_notes() -> None:
    """The same box under the list (points 5 and 6 after 7, numbering going back): the
    quoted points stood twice, and the box's lead-in was point 7's second paragraph."""
    for listed in (_ITEMS, _PARAGRAPHS):
        imported = import_bytes(_page(
            listed + "<div class='update'><p>Update: points 5 and 6 were reworded. They now "
            "read:</p><blockquote>" + _QUOTED + "</blockquote></div>"),
            "page.html", ".html", REQUEST)
        assert _tree(imported) == _FULL
        notes = imported.plan.notes or ""
        assert notes.index("reworded") < notes.index("5. Monitors from neutral") \
            < notes.index("6. Detainees are swapped all for all.")
        assert not any("goes back" in m for m in _messages(imported))


def test_points_after_the_last_that_say_other_things_stay() -> None:
    """5 and 6 after 7 that quote nothing of the list's 5 and 6 stay (a reader asked)."""
    imported = import_bytes(_page(
        _PARAGRAPHS + "<p>5. Grain leaves the ports under escort.</p><p>6. Fishing resumes "
        "in spring.</p>"), "page.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2", "3", "4", "5", "6", "7", "5", "6"]


def test_the_sentence_after_an_update_box_is_no_heading() -> None:
    """The box quotes points 5 and 6 as paragraphs; "The full text follows." stands alone
    before the list from 1. It is the reporter's sentence (it ends in a full stop): the
    notes called it "Heading before point 1"."""
    for box in ("<aside class='update'><p><strong>Update:</strong> points 5 and 6 were "
                "reworded. They now read:</p>" + _QUOTED + "</aside>",
                "<div class='update'><p>Update: points 5 and 6 were reworded. They now read:"
                "</p>" + _QUOTED + "</div>"):
        imported = import_bytes(_page("<h1>Draft revised</h1>" + box
                                      + "<p>The full text follows.</p>" + _PARAGRAPHS),
                                "page.html", ".html", REQUEST)
        assert _tree(imported) == _FULL
        notes = imported.plan.notes or ""
        assert "The full text follows." in notes
        assert "Heading" not in notes
