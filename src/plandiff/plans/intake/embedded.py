"""A page's article where a browser shows it only by running the page's scripts, or in a
frame: a page saved before its scripts drew the article has an empty shell for a body, and
the article stands in a ``<noscript>`` copy, in a frame's own document (``<iframe
srcdoc>``) or in the framework's page state (``<script type="application/json">``: Next.js'
``__NEXT_DATA__``, :func:`~.jsonld.state_text`; the string literals of a script setting it
on the window, Nuxt 2's ``window.__NUXT__``, :func:`~.jsonld.script_strings`; the stream a
Next.js App Router page's scripts push, ``self.__next_f``, :func:`~.jsonld.flight_strings`).
Read, as a page's JSON-LD ``articleBody`` is, only when the visible text holds no points.
Nothing in them is run or fetched."""

from __future__ import annotations

import re

from plandiff.plans.intake.htmldom import HtmlDocument
from plandiff.plans.intake.jsonld import flight_strings, script_strings, state_text

__all__ = ["embedded_article"]

_MIN_CHARS = 200
"""The least text a copy holds to be the article (a ``<noscript>`` asking for scripts, a
tracking pixel's, is none)."""
_TAG = re.compile(r"<[^<>]*>")


def _chars(markup: str) -> int:
    return len(" ".join(_TAG.sub(" ", markup).split()))


def embedded_article(page: HtmlDocument) -> tuple[str, str] | None:
    """The longest of the page's hidden copies of its article, as HTML or text, and where it
    stands (for the report); None when none holds :data:`_MIN_CHARS` of text."""
    found: list[tuple[str, str]] = []
    found += [(box.inner_html(), "a <noscript> block of the page")
              for box in page.select("noscript")]
    found += [(frame.attribute("srcdoc") or "", "a frame's own document (<iframe srcdoc>)")
              for frame in page.select("iframe[srcdoc]")]
    state = state_text(page.json_data())
    if state is not None:
        found.append((state, "the page's script data (<script type=\"application/json\">)"))
    stream = page.flight()
    if stream:
        state = state_text([flight_strings(stream)])
        if state is not None:
            found.append((state, "the stream a Next.js page's scripts push (self.__next_f)"))
    for name, script in page.state_scripts():
        state = state_text([script_strings(script)])
        if state is not None:
            found.append((state, f"the page state its script sets (window.{name})"))
    chars, best = max(((_chars(text), (text, where)) for text, where in found),
                      key=lambda item: item[0], default=(0, None))
    return best if chars >= _MIN_CHARS else None
