"""A page that publishes the plan only as pictures of its pages (scans, screenshots of a
leaked document): no text to read, and the error says why in one line instead of the
generic "no numbered points found"."""

from __future__ import annotations

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2026-03-12-press")

SCANS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Document: the draft in full | Kyiv Daily</title></head>
<body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main><article><h1>Document: the draft in full</h1><p class="meta">12 March 2026, 14:20</p>
<figure><img src="/uploads/page1.jpg" alt="Page 1 of the draft">
<figcaption>Page 1. Photo: obtained by Kyiv Daily</figcaption></figure>
<figure><img src="/uploads/page2.jpg" alt="Page 2 of the draft"><figcaption>Page 2</figcaption>
</figure><p><img src="/uploads/page3.jpg" alt=""></p>
<p><img src="/i/share.svg" width="16" height="16" alt=""></p>
</article></main><footer><p>© 2026 Kyiv Daily</p></footer></body></html>"""

TEASER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>The plan</title></head>
<body><main><article><h1>The draft plan in full</h1>
<p>We publish the document as we received it. Its twenty points are below.</p>
<p><img src="data:image/png;base64,iVBORw0KGgo=" alt=""></p>
<p><img src="p2.png" alt=""></p><p>Reporting by the politics desk.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(("page", "count"), [(SCANS, 3), (TEASER, 2)])
def test_a_plan_published_as_pictures_says_so(page: str, count: int) -> None:
    with pytest.raises(InputError) as caught:
        import_bytes(page.encode(), "page.html", ".html", REQUEST)
    message = str(caught.value)
    assert f"{count} image(s)" in message
    assert "no OCR" in message
    assert "\n" not in message.strip()


def test_a_page_of_prose_and_a_photo_keeps_the_usual_error() -> None:
    """An article of prose with no numbered points and one photo is not a plan in pictures."""
    prose = " ".join(["The talks went on late into the night and no text was agreed."] * 30)
    page = (f"<html><body><article><h1>Talks</h1><p>{prose}</p><figure><img src='a.jpg'>"
            "</figure></article></body></html>")
    with pytest.raises(InputError) as caught:
        import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert "no numbered points found" in str(caught.value)
    assert "image" not in str(caught.value)


@pytest.mark.parametrize("src", ["./Read the full document_files/document.html",
                                 "https://viewer.example.org/framework.pdf"])
def test_a_page_whose_document_is_in_a_frame_says_so(src: str) -> None:
    """A page saved with "Save Page As… complete" whose main content is a document viewer's
    frame: the browser kept the frame's document in a file of its own (or it stands at its
    address). The import said only "no numbered points found"; it names the frame, since
    plandiff reads no other file and fetches nothing."""
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Document "
            "viewer</title></head><body><main><h1>Read the full document</h1><p>The full text "
            "of the framework is embedded below.</p>"
            f"<iframe src=\"{src}\" width=\"100%\" height=\"900\"></iframe></main></body></html>")
    with pytest.raises(InputError, match="frame") as raised:
        import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert src.rsplit("/", 1)[-1] in str(raised.value)
