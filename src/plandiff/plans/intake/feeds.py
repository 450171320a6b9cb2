"""A news feed saved as a file (RSS 2.0, RSS 1.0, Atom): the item that holds the points, read
as the web page it stands for.

A site's feed (``/feed``, ``/rss.xml``) carries each story as an item: its title, link,
date, and its text as HTML written escaped in the XML (``<description>``, RSS's
``<content:encoded>``, Atom's ``<content type="html">``) or inline (Atom's ``type="xhtml"``).
Saved as ``.xml``, it was refused as no Akoma Ntoso document. :func:`is_feed` tells a feed by
its root element; :func:`feed_page` picks the item whose text numbers the most lines (list
items, ``1.`` at a line's start; the first item when none does) and writes it as a page,
its title the headline and its date the page's publication date, for the web page reader.
The report says which item was read and how many others were left out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from plandiff.errors import InputError
from plandiff.plans.intake.problems import input_problem
from plandiff.xmlio import (
    XmlInputError,
    all_text,
    children,
    local_name,
    parse_untrusted,
    to_bytes,
)

if TYPE_CHECKING:
    from plandiff.xmlio import Element

__all__ = ["FeedPage", "feed_page", "is_feed"]

_ROOT = re.compile(r"^(?:\ufeff)?(?:\s|<\?[^>]*\?>|<!--.*?-->)*<(?P<name>[\w.-]+:)?"
                   r"(?P<local>rss|feed|RDF)\b(?P<attrs>[^>]*)>", re.DOTALL)
_ATOM = "http://www.w3.org/2005/Atom"
_RSS1 = "http://purl.org/rss/1.0/"
_HEAD = 4096
_NUMBERED = re.compile(r"<li\b|(?:^|>|\n)[ \t]*(?:[0-9]{1,3}|[０-９]{1,3})[.)．）][ \t\u3000]*\S")
"""What numbers a line in an item's text: a list item, or a number and its stop opening a
line or an element's text."""
_BODIES = ("encoded", "content", "description", "summary")
"""An item's text, fullest first: RSS's ``content:encoded``, Atom's ``content``, RSS's
``description``, Atom's ``summary``."""
_DATES = ("pubDate", "published", "date", "updated", "issued", "modified")


@dataclass(frozen=True)
class FeedPage:
    """The page :func:`feed_page` wrote for the item it read, and what the report says."""

    html: bytes
    note: str


def is_feed(data: bytes) -> bool:
    """Whether ``data`` is an RSS or Atom feed (its root element near the start)."""
    head = data[:_HEAD].decode("utf-8", errors="replace")
    found = _ROOT.match(head)
    if found is None:
        return False
    local, attrs = found.group("local"), found.group("attrs")
    return local == "rss" or (local == "feed" and _ATOM in attrs) \
        or (local == "RDF" and _RSS1 in attrs)


def _child(item: Element, names: tuple[str, ...]) -> Element | None:
    found = {local_name(c): c for c in reversed(children(item))}
    return next((found[name] for name in names if name in found), None)


def _body(item: Element) -> str:
    """The item's text as HTML (escaped in the XML, inline XHTML, or plain text)."""
    node = _child(item, _BODIES)
    if node is None:
        return ""
    kind = (node.get("type") or "").lower()
    if kind in ("xhtml", "application/xhtml+xml") or (not (node.text or "").strip()
                                                      and children(node)):
        inner = children(node)
        box = inner[0] if len(inner) == 1 and local_name(inner[0]) == "div" else node
        parts = [html.escape(box.text or "")]
        for element in children(box):
            parts.append(_plain_tags(to_bytes(element, newline=False).decode("utf-8")))
        return "".join(parts)
    text = all_text(node)
    if kind == "text":
        return "<br>".join(html.escape(line) for line in text.splitlines())
    if _twice(text):
        return html.unescape(text)  # escaped once more than the XML needs
    return text


def _twice(text: str) -> bool:
    """Whether an item's HTML is escaped once more than the XML needs (:data:`_ESCAPED_TAG`)."""
    return not _TAG.search(text) and bool(_ESCAPED_TAG.search(text))


_TAG = re.compile(r"<[A-Za-z/!]")
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|ol|ul|li|div|h[1-6]|strong|b|em|i|a|span)\b",
                          re.IGNORECASE)
"""An item's HTML escaped once more than the XML needs (``&amp;lt;p&amp;gt;`` in a
``<description>``, ``&lt;p&gt;`` in a CDATA section): a publishing system's second escaping,
its tags text to a reader. Only when no tag of its own stands in the text."""


_XML_DECLARATION = re.compile(r"^<\?xml[^>]*\?>")
_PREFIXED = re.compile(r"(</?)[\w.-]+:|\sxmlns(?::[\w.-]+)?=\"[^\"]*\"")


def _plain_tags(markup: str) -> str:
    """Inline XHTML without its declaration and namespaces (``<h:p>`` is ``<p>``)."""
    return _PREFIXED.sub(lambda m: m.group(1) or "", _XML_DECLARATION.sub("", markup))


def _date(item: Element) -> str | None:
    """The item's date as ``YYYY-MM-DD`` (RSS's RFC 822 date, Atom's and Dublin Core's ISO
    date), None when it states none that reads."""
    node = _child(item, _DATES)
    text = (all_text(node) if node is not None else "").strip()
    if re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return text[:10]
    try:
        return parsedate_to_datetime(text).date().isoformat() if text else None
    except (TypeError, ValueError, IndexError):
        return None


def feed_page(data: bytes, display: str) -> FeedPage:
    """The page of the feed item that holds the points (see the module notes)."""
    try:
        root = parse_untrusted(data, kind="a news feed (RSS or Atom)")
    except XmlInputError as exc:
        raise input_problem(display, f"a news feed (RSS or Atom) that cannot be read: "
                            f"{exc}", line=exc.line, column=exc.column,
                            rule="format") from None
    holders = [root, *(c for c in children(root) if local_name(c) == "channel")]
    items = [c for holder in holders for c in children(holder)
             if local_name(c) in ("item", "entry")]
    if not items:
        raise _empty(display)
    scored = [(len(_NUMBERED.findall(_body(item))), -at, item) for at, item in enumerate(items)]
    _, at, item = max(scored, key=lambda s: (s[0], s[1]))
    title_node = _child(item, ("title",))
    title = " ".join(all_text(title_node).split()) if title_node is not None else ""
    date = _date(item)
    meta = (f'<meta property="article:published_time" content="{date}">' if date else "")
    lang = (root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    channel = _child(root, ("channel",))
    language = _child(root if channel is None else channel, ("language",))
    lang = lang or (all_text(language).strip() if language is not None else "")
    page = (f'<!DOCTYPE html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>{meta}</head><body><article>"
            f"<h1>{html.escape(title)}</h1>{_body(item)}</article></body></html>")
    others = len(items) - 1
    body = _child(item, _BODIES)
    twice = body is not None and (body.get("type") or "").lower() not in (
        "text", "xhtml", "application/xhtml+xml") and _twice(all_text(body))
    note = (f"a news feed: its item {-at + 1} of {len(items)} read as the page"
            + (f" ({title[:60]})" if title else "")
            + (f"; {others} other item(s) left out" if others else "")
            + ("; its HTML, escaped twice, read as HTML" if twice else ""))
    return FeedPage(page.encode("utf-8"), note)


def _empty(display: str) -> InputError:
    return input_problem(display, "a news feed (RSS or Atom) with no item (<item>, <entry>)",
                         rule="format")
