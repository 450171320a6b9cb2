"""A news page's own footnotes set at body size under its list of points (no link, no
footnotes box): a superscript, a star or a Japanese ``※`` after a point's word, the note as a
plain paragraph at the end; and a link to another point that looks like a note's mark. Texts
are the project's own."""

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


def test_a_japanese_page_s_kome_notes_are_notes() -> None:
    """Japanese pages mark a note with ``※`` (``※1``, ``※2`` when there are several):
    the note under the list became the last point's second paragraph and the mark stayed
    in the point. A ``※`` line no point refers to (a photo's "※写真はイメージです") is no
    footnote."""
    points = [("1", "停戦を直ちに実施する。"), ("2", "捕虜を全員交換する。"),
              ("3", "選挙を百日以内に行う。")]
    marked = _page("<p>１．停戦を直ちに実施する。</p><p>２．捕虜を全員交換する※。</p>"
                   "<p>３．選挙を百日以内に行う。</p><p>※捕虜の数は双方で異なる。</p>", "ja")
    numbered = ("１．停戦を直ちに実施する。※1\n２．捕虜を全員交換する。\n"
                "３．選挙を百日以内に行う。※2\n\n※1 期限は明記されていない。\n"
                "※2 日程は今後協議する。\n").encode()
    for data, name, suffix in ((marked, "page.html", ".html"), (numbered, "copy.txt", ".txt")):
        imported = import_bytes(data, name, suffix, REQUEST)
        assert _tree(imported) == points, name
        assert "Footnotes" in (imported.plan.notes or ""), name
    photo = _page("<ol><li>停戦を直ちに実施する。</li><li>捕虜を全員交換する。</li>"
                  "<li>選挙を百日以内に行う。</li></ol><p>※写真はイメージです</p>", "ja")
    imported = import_bytes(photo, "page.html", ".html", REQUEST)
    assert _tree(imported) == points
    assert "Footnotes" not in (imported.plan.notes or "")


def test_the_reporter_s_words_between_two_quotes_of_the_draft_are_not_a_point_s() -> None:
    """The page quotes the draft's points in ``<blockquote>``s and comments between them:
    the comment after points 1-2 became point 2's second paragraph."""
    body = ("<p>The text reads:</p><blockquote><p>1. Crossings reopen for goods within a week."
            "</p><p>2. Detainees go home in three rounds.</p></blockquote>"
            "<p>The second step is the most disputed one, officials told the paper.</p>"
            "<blockquote><p>3. The front line freezes where it stands.</p></blockquote>"
            "<p>The Kremlin did not comment.</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == POINTS
    notes = imported.plan.notes or ""
    assert "the most disputed one" in notes and "did not comment" in notes
    quoted = ("<p>1. Crossings reopen for goods within a week.</p><blockquote><p>“We will "
              "open them,” a minister said.</p></blockquote><p>Trucks are checked at the "
              "border.</p><p>2. Detainees go home in three rounds.</p>")
    imported = import_bytes(_page(quoted), "page.html", ".html", REQUEST)
    assert "Trucks are checked at the border." in _tree(imported)[0][1]


def test_a_print_version_s_list_of_the_links_is_no_second_part() -> None:
    """A news site's "print version": each link of the text followed by its number ("<a
    href=…>[2]</a>") and the addresses listed under "Links" (or "Links in this article:")
    at the end in an <ol>. The addresses were read as points 1 and 2 of a second part; they
    go to the notes."""
    for heading in ("<h2>Links</h2>", "<p><b>Links in this article:</b></p>"):
        imported = import_bytes(_page(
            "<h1>Outline of the settlement</h1><p>The outline below was published by the "
            "ministry <a href=\"https://mfa.example/outline\">[1]</a>.</p>"
            + _list("", "") + "<p>The talks continue next week.</p>" + heading
            + "<ol class=\"print-links\"><li>https://mfa.example/outline</li>"
            "<li>https://press.example/ceasefire</li></ol>"), "page.html", ".html", REQUEST)
        assert _tree(imported) == POINTS, heading
        assert "https://press.example/ceasefire" in (imported.plan.notes or ""), heading


def test_a_print_version_s_link_numbers_leave_the_points() -> None:
    """The number a print version sets after each link of the text ("…within a week <a
    href="https://…">[2]</a>.") is the link's, not the point's words: it was left in the
    point's text ("…within a week [2]."). A bracketed number linking to a place in the page
    is still a cross-reference."""
    imported = import_bytes(_page(
        "<ol><li>Crossings reopen for goods within a week <a href=\"https://press.example/"
        "crossings\">[2]</a>.</li><li>Detainees go home in three rounds.</li><li>The front "
        "line freezes where it stands.</li></ol><h2>Links</h2><ol><li>https://mfa.example/"
        "</li><li>https://press.example/crossings</li></ol>"), "page.html", ".html", REQUEST)
    assert _tree(imported) == POINTS
    assert any("link number" in f.message for f in imported.report.findings)
