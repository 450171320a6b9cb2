"""What a saved news page says about itself: its own address, its site's name, its headline.

A page saved from a browser keeps in its ``<head>`` the address it was published at (``<link
rel="canonical">``, ``<meta property="og:url">``, the ``url`` of its JSON-LD article), the
name of the site (``og:site_name``, the JSON-LD ``publisher``, else the part of ``<title>``
after the headline: "Headline | World News") and the headline it is shared under. They are the
version's source, as a reader would cite the page; nothing they name is fetched. An address
that is not an absolute ``http(s)`` URL, or is under the reserved ``.invalid`` domain, is
not the page's address. A page a browser saved may state no address in its head, but the
comment the browser put over it does: Chrome's and Edge's ``<!-- saved from url=(0043)https://…
-->``, the SingleFile extension's ``url: https://…`` (:func:`saved_address`), read when the
page names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from plandiff.plans.intake.jsonld import PAGE_TYPES, objects_of

if TYPE_CHECKING:
    from plandiff.plans.intake.htmldom import HtmlDocument

__all__ = ["PageSource", "headline_of_title", "page_source_of", "saved_address"]

_SPACE = re.compile(r"\s+")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")
"""What a ``<title>`` puts between the headline and the site's name."""
_SITE_WORDS, _SITE_CHARS = 5, 40
"""At most this long, the end of a ``<title>`` after a separator is a site's name."""
_MAX_FIELD = 300
"""Longer than this, a name or headline in a page's head is not one."""


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)(\S{1,2000}?)\s*-->"
                         r"|<!--\s*Page saved with SingleFile\s+url:[ \t]*(\S{1,2000})", re.I)
_SAVED_HEAD = 4096
"""How far into a page the comment a browser put over it when saving it is looked for."""


def saved_address(text: str) -> str | None:
    """The address the comment a browser wrote over a page it saved names (Chrome's "saved
    from url=", SingleFile's "url:"), when it is a web address; else None."""
    found = _SAVED_FROM.search(text[:_SAVED_HEAD])
    return None if found is None else _address(found.group(1) or found.group(2))


@dataclass(frozen=True)
class PageSource:
    """The page's own account of where it was published."""

    url: str
    title: str | None = None
    publisher: str | None = None


def _clean(value: str | None) -> str | None:
    text = _SPACE.sub(" ", value or "").strip()
    return text if text and len(text) <= _MAX_FIELD else None


def _address(value: str | None) -> str | None:
    """``value`` as an absolute http(s) URI with a host (not a reserved one), or None. What a
    URI may not hold is percent-encoded (a quote, a non-ASCII letter of the path, a lone
    "%"), and a non-ASCII host is written in IDNA, so the plan's source is a valid ``uri``:
    a page's canonical link with a ``"`` in it made ``import`` write a plan its own schema
    refused."""
    text = (value or "").strip()
    if not text.startswith(("http://", "https://")) or len(text) > 2000 \
            or any(ch.isspace() or ord(ch) < 0x20 or ch == "\x7f" for ch in text):
        return None
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        if not host.isascii():
            ascii_host = host.encode("idna").decode("ascii")
            text = text.replace(parts.netloc, parts.netloc.lower().replace(host, ascii_host), 1)
            host = ascii_host
    except (ValueError, UnicodeError):
        return None
    if "." not in host or host.endswith((".invalid", ".localhost")):
        return None
    text = _LONE_PERCENT.sub("%25", quote(text, safe=_URI_SAFE))
    return text if len(text) <= 2000 else None


_URI_SAFE = ":/?#@!$&'()*+,;=%~-._"
"""What a URI holds as it is (beside letters and digits): every other character is
percent-encoded."""
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _name(value: Any) -> str | None:
    """A JSON-LD ``publisher`` or ``mainEntityOfPage``: a string, or an object's name/@id."""
    if isinstance(value, list):
        return next((n for n in map(_name, value) if n), None)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "@id", "url"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _site_in_title(title: str, headline: str | None) -> tuple[str | None, str | None]:
    """(headline, site) of a ``<title>`` such as "Headline | World News": what follows the
    page's headline, else the part after the last separator when it is short (a name, not a
    sentence); the whole title and no site otherwise."""
    if headline and title.startswith(headline):
        rest = title[len(headline):]
        for separator in _TITLE_SEPARATORS:
            if rest.startswith(separator):
                return headline, _clean(rest[len(separator):])
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and tail.strip() and len(tail.split()) <= _SITE_WORDS \
                and len(tail) <= _SITE_CHARS:
            return _clean(head), _clean(tail)
    return _clean(title), None


_NAME_START = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.!?…:;,]$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{3}")
"""Three Japanese or Chinese characters: a headline written without spaces, one "word"."""
_SITE_SEGMENTS = 2
"""The most parts after a ``<title>``'s headline that are the site's: its name, and a
section's before it ("Headline | Новости | Українська правда")."""


def headline_of_title(title: str, sites: Iterable[str | None] = ()) -> str:
    """A ``<title>``'s headline, without the site's name that sites write after it ("… - РИА
    Новости, 21.11.2025", "… | Reuters", "… — Українська правда", "… | Новости | Site"): the
    part after the last separator (:data:`_TITLE_SEPARATORS`) when it is one of ``sites``
    (the page's ``og:site_name`` …) or reads as a name (a few words, :data:`_SITE_WORDS`, in
    :data:`_SITE_CHARS` characters, opening with no lower-case letter, no sentence's end),
    under a headline longer than it, of two words at least (or in Japanese or Chinese, as
    long as it at least: ``和平案 | 港新聞``); the same separator once more for a section's
    name before it. The title as it is otherwise."""
    names = {" ".join(site.split()).casefold() for site in sites if site}
    headline = " ".join(title.split())
    for separator in _TITLE_SEPARATORS:
        if separator not in headline:
            continue
        for _ in range(_SITE_SEGMENTS):
            head, _found, tail = headline.rpartition(separator)
            if not head.strip() or not _site_part(head.strip(), tail.strip(), names):
                break
            headline = head.strip()
        break
    return headline


def _site_part(head: str, tail: str, names: set[str]) -> bool:
    """Whether ``tail``, after ``head`` in a ``<title>``, is the site's name (or a section's)."""
    if tail.casefold() in names:
        return True
    start = _NAME_START.search(tail)
    return start is not None and not tail[start.start()].islower() \
        and len(tail.split()) <= _SITE_WORDS and len(tail) <= _SITE_CHARS \
        and _SENTENCE_END.search(tail) is None and (
            (len(head) > len(tail) and len(head.split()) >= 2)
            or (len(head) >= len(tail) and _UNSPACED.search(head) is not None))


def page_source_of(page: HtmlDocument, headline: str | None = None,
                   saved_from: str | None = None) -> PageSource | None:
    """The address, site name and headline the page states about itself, or None when it
    states no address. ``headline``: the page's own heading, used when its head names none;
    ``saved_from``: the address a single-file archive (MHTML) says the page was saved from,
    used when the page names none."""
    metas = page.metas()
    scripts = page.linked_data()
    articles = list(objects_of(scripts, PAGE_TYPES)) if scripts else []
    canonical = [link.attribute("href") for link in page.select("link[href]")
                 if "canonical" in (link.attribute("rel") or "").lower().split()]
    url = _first(_address(v) for v in (
        *canonical, metas.get("og:url"), metas.get("twitter:url"),
        *(_name(a.get("url")) for a in articles),
        *(_name(a.get("mainEntityOfPage")) for a in articles), saved_from))
    if url is None:
        return None
    in_title, site = _site_in_title(_clean(page.title()) or "", headline)
    title = _first(_clean(v) for v in (
        metas.get("og:title"), metas.get("twitter:title"),
        *(a.get("headline") if isinstance(a.get("headline"), str) else None
          for a in articles),
        headline, in_title))
    publisher = _first(_clean(v) for v in (
        metas.get("og:site_name"), *(_name(a.get("publisher")) for a in articles),
        metas.get("application-name"), site))
    if publisher is None:
        host = (urlsplit(url).hostname or "").lower()
        publisher = host.removeprefix("www.") or None
    return PageSource(url=url, title=title, publisher=publisher)
