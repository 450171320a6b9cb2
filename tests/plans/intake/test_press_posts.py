"""A blog post on a platform (Medium's, Substack's shapes): numbered subheads over each
point's paragraph, figure captions, pull quotes, "Share" buttons between the points and the
writer's call to follow or subscribe after the last. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page

REQUEST = DraftRequest(document="outline", version="2025-12-03-post")

POINTS = (("Ceasefire", "Both sides stop firing along the line of contact once signed."),
          ("Monitoring", "A mission of neutral states watches the line."),
          ("Prisoners", "All prisoners are exchanged within sixty days."),
          ("Guarantees", "Partners commit to respond to a renewed attack."))


@pytest.mark.parametrize("call", [
    "If you found this useful, follow me for more.",
    "Thanks for reading! Subscribe for free to receive new posts.",
    "Follow me for more analysis of the talks.",
])
def test_the_writer_s_call_after_the_last_point_is_not_its_text(call: str) -> None:
    """The post's last paragraph asks readers to follow the writer: it was the last point's
    second paragraph (another point has two, so nothing told it apart)."""
    body = "".join(f"<h2>{n}. {title}</h2><p>{text}</p>"
                   + ("<p>The partners are not named.</p>" if n == 2 else "")
                   + "<figure><img src=\"x.jpg\" alt=\"\"><figcaption>A checkpoint near the "
                   "front. Photo: the author</figcaption></figure>"
                   for n, (title, text) in enumerate(POINTS, 1))
    imported = import_bytes(_page(f"<h1>Four points</h1><p>The draft has four points.</p>"
                                  f"{body}<p>{call}</p>"), "post.html", ".html", REQUEST)
    points = imported.plan.points
    assert [(p.title, p.text.split("\n\n")[0]) for p in points] == list(POINTS)
    assert points[-1].text == POINTS[-1][1]
    assert call in (imported.plan.notes or "") + (points[-1].notes or "")


SUBSTACK_POINTS = (("A ceasefire", "Fire stops along the whole line on the day both sides sign."),
                   ("Monitors", "A mission of up to 400 observers from neutral states."),
                   ("Sanctions", "Relief in stages over three years."))


def test_a_substack_post_s_footnotes_go_to_the_notes() -> None:
    """A Substack post's footnotes (``<div class="footnote">`` after the body, each opening
    with its number linking back to ``#footnote-anchor-1``) ran into the last point's text."""
    heads = "".join(
        f'<h3 class="header-anchor-post">{n}. {title}</h3><p>{text}'
        + (f'<a class="footnote-anchor" id="footnote-anchor-{n}" href="#footnote-{n}">{n}</a>'
           if n < 3 else "") + "</p>"
        for n, (title, text) in enumerate(SUBSTACK_POINTS, 1))
    notes = "".join(
        f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}" '
        f'href="#footnote-anchor-{n}" class="footnote-number" contenteditable="false" '
        f'target="_self">{n}</a><div class="footnote-content"><p>{text}</p></div></div>'
        for n, text in ((1, "The earlier draft said 72 hours after signing."),
                        (2, "Up from 200 in the January text.")))
    page = ('<html><body><div class="available-content"><div dir="auto" class="body markup">'
            f"{heads}{notes}</div></div></body></html>").encode()
    imported = import_bytes(page, "post.html", ".html", REQUEST)
    assert [(p.title, p.text) for p in imported.plan.points] == list(SUBSTACK_POINTS)
    assert "72 hours after signing" in (imported.plan.notes or "")
    assert "Up from 200" in (imported.plan.notes or "")


@pytest.mark.parametrize("block", [
    '<ol class="wp-block-footnotes">',  # WordPress's own Footnotes block
    '<ol class="easy-footnotes-wrapper">',  # the Easy Footnotes plugin
])
def test_a_wordpress_post_s_footnotes_are_no_second_part(block: str) -> None:
    """A WordPress post's footnotes list after the points (each note's link back at its
    end: ``<a href="#x-1-link">↩︎</a>``) was read as the plan's second part (1-3, 1-2)."""
    items = ("The parties stop all fire from the day of signature.",
             "Observers from neutral states watch the line.",
             "Heavy weapons move back 15 km.")
    marks = [f'<sup class="fn"><a href="#0b1f-{n}" id="0b1f-{n}-link">{n}</a></sup>'
             for n in (1, 2)] + [""]
    page = ('<html><body><article><div class="entry-content"><p>Our translation:</p><ol>'
            + "".join(f"<li>{item}{mark}</li>" for item, mark in zip(items, marks, strict=True))
            + "</ol>" + block
            + '<li id="0b1f-1">In the Russian text: “from the moment of signing”. '
            '<a href="#0b1f-1-link">↩︎</a></li><li id="0b1f-2">The January draft said 30 km. '
            '<a href="#0b1f-2-link">↩︎</a></li></ol></div></article></body></html>').encode()
    imported = import_bytes(page, "post.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(items)
    assert "The January draft said 30 km." in (imported.plan.notes or "")


def test_a_list_of_notes_linked_both_ways_is_footnotes_whatever_its_class() -> None:
    """A list whose every item is a note its mark in the text links to, and that links back
    to the mark (``<a href="#n1" id="r1">`` … ``<li id="n1">… <a href="#r1">^</a>``), is the
    page's footnotes whatever a CMS names it; it was the plan's second part."""
    items = ("The parties stop all fire from the day of signature.",
             "Observers from neutral states watch the line.",
             "Heavy weapons move back 15 km.")
    page = ('<html><body><article><p>The points:</p><ol>'
            f'<li>{items[0]}<a href="#n1" id="r1">[1]</a></li><li>{items[1]}</li>'
            f'<li>{items[2]}<a href="#n2" id="r2">[2]</a></li></ol><hr>'
            '<ol class="post-notes"><li id="n1"><a href="#r1">^</a> As signed in Minsk.</li>'
            '<li id="n2"><a href="#r2">^</a> It was 30 km.</li></ol></article></body></html>')
    imported = import_bytes(page.encode(), "post.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(items)
    assert "It was 30 km." in (imported.plan.notes or "")


@pytest.mark.parametrize("button", ["Share", "Share this post", "Поделиться", "Поділитися:",
                                    "シェアする", "Copy link"])
def test_a_share_button_among_the_points_is_left_out(button: str) -> None:
    """A newsletter post's "Share" button between its lists, and the same button copied
    with the post's text (a pasted Substack post: "Share" alone on a line, before the
    points and between them), went to the notes of the point above it (or the version's):
    it is the page's button, left out and counted."""
    html = _page("<p>I have seen the draft. Here it is, point by point.</p>"
                 f"<p class=\"button-wrapper\"><a class=\"button primary\" href=\"#\"><span>"
                 f"{button}</span></a></p><ol><li><p>A ceasefire holds along the whole line."
                 "</p></li><li><p>Prisoners are swapped all for all.</p></li></ol>"
                 f"<p class=\"button-wrapper\"><a class=\"button primary\" href=\"#\"><span>"
                 f"{button}</span></a></p><ol start=\"3\"><li><p>Sanctions are lifted in "
                 "stages.</p></li></ol>")
    text = ("The outline, point by point\n\nAnn Writer\nNov 21, 2025\n\n"
            f"{button}\n\nI have seen the draft. Here it is, point by point.\n\n"
            "1. A ceasefire holds along the whole line.\n\n"
            f"2. Prisoners are swapped all for all.\n\n{button}\n\n"
            f"3. Sanctions are lifted in stages.\n\n{button}\n").encode()
    for name, data in (("post.html", html), ("post.txt", text)):
        imported = import_bytes(data, name, "." + name.split(".")[1], REQUEST)
        points = imported.plan.points
        assert [p.text for p in points] == ["A ceasefire holds along the whole line.",
                                            "Prisoners are swapped all for all.",
                                            "Sanctions are lifted in stages."], name
        everything = " ".join([imported.plan.notes or ""] + [p.notes or "" for p in points])
        assert button not in everything, (name, everything)
        assert "I have seen the draft." in everything
        assert any("share or show-more button" in f.message
                   for f in imported.report.findings), name
