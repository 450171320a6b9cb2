"""A page as a web archive serves its capture: archive.today's (archive.ph, archive.is …).

A capture saved from archive.today is the archive's own page: its header block
(``<div id="HEADER">``: "archive.today webpage capture", "Saved from", the original address,
"history", "All snapshots from host …", the capture's time, "Webpage", "Screenshot",
"share", "download .zip", "report bug or abuse") over the captured page, flattened into
``<div id="CONTENT">`` (the original's scripts and ``<head>`` gone, its classes often
too). The ``<head>`` the saved file has is the archive's: its dates (``article:published_time``,
a ``<time itemprop="pubdate">`` in the header) are the capture's, not the article's. The
capture is told by both blocks and a link or a ``<meta>`` naming one of the archive's hosts.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.htmldom import Element, HtmlDocument

__all__ = ["archive_today", "capture_addresses"]

_HOSTS = re.compile(r"^(?:https?://)?archive\.(?:today|ph|is|li|vn|fo|md)(?:/|$)", re.IGNORECASE)
_NAMED_BY = ('meta[property="og:site_name"]', 'meta[property="og:url"]',
             'link[rel="canonical"]')
_ADDRESS = re.compile(r"https?://[^\s\"'<>]{1,1990}", re.IGNORECASE)
_HISTORY = re.compile(r"^(?:https?://)?archive\.[a-z]{2,5}/(?P<page>https?://\S+)$", re.IGNORECASE)
"""The header's "history" link: the archive's address followed by the page's
(``https://archive.ph/https://news.example.com/plan``)."""


def archive_today(page: HtmlDocument) -> tuple[Element, Element] | None:
    """The header block and the captured page's block of an archive.today capture (the
    archive's header, ``#HEADER``, and the capture, ``#CONTENT``); None for any other page."""
    headers, contents = page.select("div#HEADER"), page.select("div#CONTENT")
    if len(headers) != 1 or len(contents) != 1 or contents[0].contains(headers[0]):
        return None
    named = [e.attribute("content") or e.attribute("href") or ""
             for css in _NAMED_BY for e in page.select(css)]
    linked = [e.attribute("href") or "" for e in headers[0].select("a[href]")]
    if not any(_HOSTS.match(value.strip()) for value in (*named, *linked)):
        return None
    return headers[0], contents[0]


def capture_addresses(page: HtmlDocument, header: Element) -> tuple[str, str | None] | None:
    """The captured page's own address (the header's "Saved from" field, else the page's
    address in its "history" link) and the capture's address at the archive (its ``og:url``
    or canonical link), or None when the header names no page's address."""
    own = next((value.strip() for field in header.select('input[name="q"]')
                if (value := field.attribute("value") or "")
                and _ADDRESS.fullmatch(value.strip()) and not _HOSTS.match(value.strip())),
               None)
    if own is None:
        own = next((found.group("page") for link in header.select("a[href]")
                    if (found := _HISTORY.match((link.attribute("href") or "").strip()))
                    and _ADDRESS.fullmatch(found.group("page"))), None)
    if own is None:
        return None
    at = next((value.strip() for css in _NAMED_BY[1:] for e in page.select(css)
               if (value := e.attribute("content") or e.attribute("href") or "")
               and _HOSTS.match(value.strip()) and _ADDRESS.fullmatch(value.strip())), None)
    return own, at
