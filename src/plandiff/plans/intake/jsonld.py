"""A news page's article text in its structured data (JSON-LD), for a page that shows none.

Paywalled and script-rendered news pages often ship the article only in a
``<script type="application/ld+json">`` block: an object whose ``@type`` is ``NewsArticle``,
``Article`` or ``ReportageNewsArticle`` (alone, in an array, or in an ``@graph``) with the
whole text as its ``articleBody`` string, while the visible HTML holds a teaser or nothing.
The block is read as data (``json.loads``), never run, and nothing it names is fetched; a
block that is not valid JSON, or nested too deep to read, is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

__all__ = ["ARTICLE_TYPES", "article_body"]

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle"})
"""The schema.org types whose ``articleBody`` is the article's text."""
_MAX_NODES = 100_000
"""How many JSON values one block may hold before the rest of it is not looked at."""
_OPENERS = ("<!--", "//<![CDATA[", "<![CDATA[")
_CLOSERS = ("-->", "//]]>", "]]>")
"""What old pages wrap a script's content in."""


def _types(value: Any) -> set[str]:
    """An object's ``@type`` (a string or a list), without a ``schema:`` or URL prefix."""
    names = value if isinstance(value, list) else [value]
    return {name.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in names
            if isinstance(name, str)}


def _articles(data: Any) -> Iterable[tuple[str, str | None]]:
    """(articleBody, headline) of each article object in a block, in document order."""
    stack = [data]
    seen = 0
    while stack and seen < _MAX_NODES:
        value = stack.pop()
        seen += 1
        if isinstance(value, dict):
            body = value.get("articleBody")
            if isinstance(body, str) and body.strip() and _types(value.get("@type")) \
                    & ARTICLE_TYPES:
                headline = value.get("headline")
                yield body, headline if isinstance(headline, str) else None
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def article_body(scripts: Iterable[str]) -> tuple[str, str | None] | None:
    """The longest article text (and its headline) in the JSON-LD blocks ``scripts``; None
    when no block holds one."""
    found: list[tuple[str, str | None]] = []
    for raw in scripts:
        text = raw.strip()
        for opener in _OPENERS:
            text = text.removeprefix(opener).lstrip()
        for closer in _CLOSERS:
            text = text.removesuffix(closer).rstrip()
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue  # not JSON, or nested deeper than Python reads: no article text
        found.extend(_articles(data))
    return max(found, key=lambda item: len(item[0]), default=None)
