"""A site's news feed saved as a file (``.xml``): RSS 2.0 with the story's HTML escaped in
``<description>`` or in a ``<content:encoded>`` CDATA section, and Atom with ``type="html"``
or inline XHTML content. It was refused as no Akoma Ntoso document. Texts are the project's
own."""

from __future__ import annotations

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-feed")
STEPS = ("A ceasefire holds along the whole line.", "Prisoners are swapped all for all.",
         "Sanctions are lifted in stages.")
LIST = ("<p>The outline seen by the Ledger sets out these steps:</p><ol>"
        + "".join(f"<li>{step}</li>" for step in STEPS) + "</ol><p>Officials did not comment.</p>")


def _escaped(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rss(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content='
            '"http://purl.org/rss/1.0/modules/content/"><channel><title>Ledger World</title>'
            "<link>https://ledger.example/</link><language>en-gb</language><item><title>"
            "Markets steady</title><description>&lt;p&gt;Stocks rose 2. Bonds fell.&lt;/p&gt;"
            "</description><pubDate>Fri, 21 Nov 2025 08:00:00 GMT</pubDate></item><item>"
            "<title>Leaked outline sets out three steps</title><link>https://ledger.example/"
            f"outline</link><pubDate>Fri, 21 Nov 2025 09:30:00 GMT</pubDate>{body}</item>"
            "</channel></rss>\n").encode()


def _atom(content: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Ledger World</title><id>urn:ledger:world</id><updated>2025-11-21T10:00:00Z"
            "</updated><entry><title>Leaked outline sets out three steps</title><id>urn:ledger:"
            "1</id><published>2025-11-21T09:30:00Z</published><updated>2025-11-21T09:45:00Z"
            f"</updated>{content}</entry><entry><title>Markets steady</title><id>urn:ledger:2"
            '</id><updated>2025-11-21T08:00:00Z</updated><summary type="text">Stocks rose.'
            "</summary></entry></feed>\n").encode()


@pytest.mark.parametrize("feed", [
    _rss(f"<description>{_escaped(LIST)}</description>"),
    _rss("<description>Three steps to a truce.</description>"
         f"<content:encoded><![CDATA[{LIST}]]></content:encoded>"),
    _atom(f'<content type="html">{_escaped(LIST)}</content>'),
    _atom('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
          f"{LIST}</div></content>"),
    _rss(f"<description>{_escaped(_escaped(LIST))}</description>"),
    _rss(f"<content:encoded><![CDATA[{_escaped(LIST)}]]></content:encoded>"),
], ids=["rss-description", "rss-content-encoded", "atom-html", "atom-xhtml",
        "rss-escaped-twice", "rss-cdata-escaped"])
def test_a_feed_s_item_holding_the_points_is_read_as_its_page(feed: bytes) -> None:
    """Also an item's HTML escaped once more than the XML needs (a publishing system
    escaping it again, or escaping it inside a CDATA section): its tags were read as text,
    one line holding every point ("no numbered points found")."""
    imported = import_bytes(feed, "world.xml", ".xml", REQUEST)
    assert [p.text for p in imported.plan.points] == list(STEPS)
    assert imported.plan.title == "Leaked outline sets out three steps"
    notes = imported.plan.notes or ""
    assert "Officials did not comment." in notes and "Stocks rose" not in notes
    assert any("news feed" in f.message and "1 other item(s) left out" in f.message
               for f in imported.report.findings)


def test_a_feed_with_no_item_is_refused_as_one() -> None:
    empty = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
             b"</channel></rss>")
    with pytest.raises(InputError, match="news feed"):
        import_bytes(empty, "world.xml", ".xml", REQUEST)


def test_an_item_escaped_twice_is_said_in_the_report() -> None:
    feed = _rss(f"<description>{_escaped(_escaped(LIST))}</description>")
    imported = import_bytes(feed, "world.xml", ".xml", REQUEST)
    assert any("escaped twice" in f.message for f in imported.report.findings)
    feed = _rss(f"<description>{_escaped(LIST)}</description>")
    imported = import_bytes(feed, "world.xml", ".xml", REQUEST)
    assert not any("escaped twice" in f.message for f in imported.report.findings)
