"""A page as a web archive serves its capture: archive.today's (archive.ph, archive.is …)
and the Wayback Machine's (web.archive.org).

A capture saved from archive.today is the archive's own page: its header block
(``<div id="HEADER">``: "archive.today webpage capture", "Saved from", the original address,
"history", "All snapshots from host …", the capture's time, "Webpage", "Screenshot",
"share", "download .zip", "report bug or abuse") over the captured page, flattened into
``<div id="CONTENT">`` (the original's scripts and ``<head>`` gone, its classes often
too). The ``<head>`` the saved file has is the archive's: its dates (``article:published_time``,
a ``<time itemprop="pubdate">`` in the header) are the capture's, not the article's. The
capture is told by both blocks and a link or a ``<meta>`` naming one of the archive's hosts.

A capture saved from the Wayback Machine keeps the page's own ``<head>`` and body, with the
archive's scripts added (``__wm.wombat("<page>", "<time>", …)``, which names the page and
the capture's time), its links and canonical address rewritten to the archive's
(``https://web.archive.org/web/<time>/<page>``) and its toolbar over the page (left out by
the page reader: ``#wm-ipp-base``). Its dates are the page's.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.htmldom import Element, HtmlDocument

__all__ = ["archive_today", "capture_addresses", "wayback_addresses"]

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


_WOMBAT = re.compile(r"__wm\.wombat\(\s*[\"'](?P<page>https?://[^\"'\s]{1,1990})[\"']\s*,\s*"
                     r"[\"'](?P<time>[0-9]{4,14})[\"']")
"""The Wayback Machine's rewriting script's call in a capture's ``<head>``: the captured
page's address and the capture's time."""
_WAYBACK_ADDRESS = re.compile(r"^(?:https?:)?//web\.archive\.org/web/(?P<time>[0-9]{4,14})"
                              r"(?:[a-z]{2}_)?/(?P<page>https?://\S{1,1990})$", re.IGNORECASE)
"""A capture's address at the Wayback Machine (its canonical link, rewritten)."""


def wayback_addresses(page: HtmlDocument) -> tuple[str, str] | None:
    """The captured page's own address and the capture's address at the Wayback Machine,
    when the page is a capture saved from it (its rewriting script, else its canonical link
    or ``og:url`` rewritten to the archive's); None for any other page."""
    for script in page.select("script"):
        text = script.text()
        if "__wm" not in text:
            continue
        found = _WOMBAT.search(text)
        if found is not None:
            own = found.group("page")
            return own, f"https://web.archive.org/web/{found.group('time')}/{own}"
    for css in _NAMED_BY[1:]:
        for e in page.select(css):
            value = (e.attribute("content") or e.attribute("href") or "").strip()
            rewritten = _WAYBACK_ADDRESS.match(value)
            if rewritten is not None and _ADDRESS.fullmatch(rewritten.group("page")):
                at = value if value.lower().startswith("http") else f"https:{value}"
                return rewritten.group("page"), at
    return None
