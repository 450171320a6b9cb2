"""A news page's article text in its structured data (JSON-LD), for a page that shows none.

Paywalled and script-rendered news pages often ship the article only in a
``<script type="application/ld+json">`` block: an object whose ``@type`` is ``NewsArticle``,
``Article`` or ``ReportageNewsArticle`` (alone, in an array, or in an ``@graph``) with the
whole text as its ``articleBody`` string, while the visible HTML holds a teaser or nothing.
The same blocks give the article's ``datePublished`` and ``dateModified`` (:func:`dates_of`,
for :mod:`.dating`). A block is read as data (``json.loads``), never run, and nothing it
names is fetched; a block that is not valid JSON, or nested too deep to read, is ignored.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["ARTICLE_TYPES", "PAGE_TYPES", "article_body", "dates_of", "flight_strings",
           "objects_of", "script_strings", "state_text"]

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle"})
"""The schema.org types whose ``articleBody`` is the article's text."""
PAGE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                        "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
                        "WebPage"})
"""The schema.org types that describe the page itself: its dates, address and publisher."""
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


def _blocks(scripts: Iterable[str]) -> Iterator[Any]:
    """The JSON value of each block that holds one."""
    for raw in scripts:
        text = raw.strip()
        for opener in _OPENERS:
            text = text.removeprefix(opener).lstrip()
        for closer in _CLOSERS:
            text = text.removesuffix(closer).rstrip()
        try:
            yield json.loads(text)
        except (ValueError, RecursionError):
            continue  # not JSON, or nested deeper than Python reads: nothing in it


def article_body(scripts: Iterable[str]) -> tuple[str, str | None] | None:
    """The longest article text (and its headline) in the JSON-LD blocks ``scripts``; None
    when no block holds one."""
    found = [(body, headline if isinstance(headline := value.get("headline"), str) else None)
             for value in objects_of(scripts, ARTICLE_TYPES)
             if isinstance(body := value.get("articleBody"), str) and body.strip()]
    return max(found, key=lambda item: len(item[0]), default=None)


_DATE_KEYS = ("datePublished", "dateModified")


def _values(scripts: Iterable[str]) -> Iterator[Any]:
    """Every value in the JSON blocks ``scripts`` (objects, arrays, strings, numbers), in
    document order, up to ``_MAX_NODES`` a block."""
    for data in _blocks(scripts):
        stack = [data]
        seen = 0
        while stack and seen < _MAX_NODES:
            value = stack.pop()
            seen += 1
            yield value
            if isinstance(value, dict):
                stack.extend(reversed(list(value.values())))
            elif isinstance(value, list):
                stack.extend(reversed(value))


def objects_of(scripts: Iterable[str], types: frozenset[str]) -> Iterator[dict[str, Any]]:
    """Every object of one of ``types`` in the JSON-LD blocks ``scripts``, in document order
    (an ``@graph``, arrays and nested objects included)."""
    for value in _values(scripts):
        if isinstance(value, dict) and _types(value.get("@type")) & types:
            yield value


_BLOCK_MARKUP = re.compile(r"<(?:p|li|ol|ul|h[1-6]|blockquote)\b[^<>]*>", re.IGNORECASE)
"""A block element opening in a string: the string is HTML."""
_NOT_PROSE = ("http://", "https://", "/", "data:", "{", "<")


_JS_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
"""A JavaScript string literal in double quotes, as Nuxt 2 and a store's state write them."""
_JS_ESCAPE = re.compile(r"\\(?:x(?P<hex>[0-9a-fA-F]{2})|(?P<quote>'))")
"""The escapes JavaScript has and JSON has not (``\x3C``, ``\'``)."""


def script_strings(script: str) -> str:
    """The double-quoted string literals of a script that sets a page state (Nuxt 2 writes
    its state as a function call, no JSON), as a JSON array for :func:`state_text`: read as
    text, never run; a literal that does not decode is left out."""
    found: list[str] = []
    for match in _JS_STRING.finditer(script):
        literal = _JS_ESCAPE.sub(
            lambda m: "'" if m.group("quote") else "\\u00" + m.group("hex"), match.group(1))
        try:
            found.append(json.loads(f'"{literal}"'))
        except ValueError:
            continue
    return json.dumps(found)


_FLIGHT_ROW = re.compile(r"(?P<id>[0-9a-f]{1,8}):(?:T(?P<size>[0-9a-f]{1,8}),)?")
"""The head of a row of React's flight stream: its id, and a text row's length in bytes
(``4:T1a2,``)."""


def flight_strings(stream: str) -> str:
    """The strings of a Next.js App Router page's stream (:meth:`~.htmldom.HtmlDocument.flight`:
    rows ``id:JSON`` and text rows ``id:Tlength,text``) in order, as a JSON array for
    :func:`state_text`; a row that does not decode is passed over. Read as text, never run."""
    found: list[Any] = []
    data = stream.encode("utf-8", errors="replace")
    at = 0
    while at < len(data):
        head = _FLIGHT_ROW.match(data[at:at + 20].decode("ascii", errors="replace"))
        if head is None:  # not a row's head: on to the next line
            end = data.find(b"\n", at)
            at = len(data) if end < 0 else end + 1
            continue
        at += head.end()
        if head.group("size"):  # a text row: so many bytes, newlines and all
            size = int(head.group("size"), 16)
            found.append(data[at:at + size].decode("utf-8", errors="replace"))
            at += size
            continue
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        with contextlib.suppress(ValueError):
            found.append(json.loads(data[at:end]))
        at = end + 1
    return json.dumps(found)


def state_text(scripts: Iterable[str]) -> str | None:
    """The article in a framework's page state (the JSON blocks ``scripts``: Next.js'
    ``__NEXT_DATA__``), for a page saved before its scripts drew it: the longest string
    that is HTML with blocks in it (a story's ``"html"``), else every string of prose
    (words with spaces, no address) in document order, a paragraph each (a story kept as a
    list of paragraph objects); None when there is none."""
    markup: list[str] = []
    prose: list[str] = []
    for value in _values(scripts):
        if not isinstance(value, str):
            continue
        if _BLOCK_MARKUP.search(value):
            markup.append(value)
        elif " " in value.strip() and not value.lstrip().startswith(_NOT_PROSE) \
                and any(c.isalpha() for c in value):
            prose.append(" ".join(value.split()))
    if markup:
        return max(markup, key=len)
    return "\n\n".join(prose) or None


def dates_of(scripts: Iterable[str], types: frozenset[str]) -> dict[str, str]:
    """``datePublished`` and ``dateModified`` (as written) of the first object of one of
    ``types`` that gives each, in document order, in the JSON-LD blocks ``scripts``."""
    found: dict[str, str] = {}
    for value in objects_of(scripts, types):
        for key in _DATE_KEYS:
            date = value.get(key)
            if isinstance(date, str) and key not in found:
                found[key] = date
        if len(found) == len(_DATE_KEYS):
            break
    return found
