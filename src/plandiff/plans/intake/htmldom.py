"""Adapter for selectolax (the Lexbor HTML5 parser): the only module that imports it.

It offers what the HTML reader needs and nothing more: parse a page (its ruby readings out,
:func:`_base_text_only`), find elements by CSS selector, and walk an element as a flat
stream of start / text / end events (iteratively, so a deep page cannot exhaust Python's
stack). Lexbor parses like a browser (HTML5 tree building,
entities, broken markup) in C, never fetches anything and runs no scripts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

__all__ = ["Comment", "Element", "EndTag", "HtmlDocument", "StartTag", "Text"]


@dataclass(frozen=True)
class StartTag:
    tag: str
    attrs: dict[str, str]
    cells: int = 0
    """A table row's (``tr``) number of cells (``td``, ``th``), an ordered list's (``ol``)
    number of items (``li``); 0 for any other tag."""


@dataclass(frozen=True)
class EndTag:
    tag: str


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Comment:
    """An HTML comment (``<!-- … -->``), its text without the delimiters."""

    text: str


class Element:
    """An element of the parsed page (opaque outside this module)."""

    def __init__(self, node: LexborNode) -> None:
        self._node = node

    @property
    def tag(self) -> str:
        return str(self._node.tag)

    def attribute(self, name: str) -> str | None:
        """The value of the element's attribute ``name`` (lower-case), None when absent."""
        for key, value in self._node.attributes.items():
            if str(key).lower() == name:
                return str(value) if value is not None else ""
        return None

    def select(self, css: str) -> list[Element]:
        """The elements inside this one that match ``css``."""
        return [Element(node) for node in self._node.css(css)]

    def matching(self, css: str) -> list[Element]:
        """:meth:`select` for a selector a page's own style sheet gives: none matches when
        the parser cannot read it (a pseudo-element, a selector of a later CSS level)."""
        try:
            return self.select(css)
        except SelectolaxError:
            return []

    def parent(self) -> Element | None:
        parent = self._node.parent
        return Element(parent) if parent is not None else None

    def previous(self) -> Element | None:
        """The element before this one in its parent (text and comments passed over)."""
        node = self._node.prev
        while node is not None and str(node.tag)[:1] in ("-", "_"):
            node = node.prev
        return Element(node) if node is not None else None

    def following(self) -> Element | None:
        """The element after this one in its parent (text and comments passed over)."""
        node = self._node.next
        while node is not None and str(node.tag)[:1] in ("-", "_"):
            node = node.next
        return Element(node) if node is not None else None

    def same(self, other: Element) -> bool:
        return bool(self._node.mem_id == other._node.mem_id)

    def key(self) -> int:
        """A number that is this element's while the page is parsed (for a cache)."""
        return int(self._node.mem_id)

    def set_attribute(self, name: str, value: str) -> None:
        self._node.attrs[name] = value

    def replace_with_html(self, html: str) -> None:
        """Put the elements ``html`` writes (made by plandiff, its texts escaped) in this
        element's place, inside one ``<div>``."""
        made = LexborHTMLParser(f"<div>{html}</div>").css_first("div")
        if made is not None:
            self._node.replace_with(made)

    def contains(self, other: Element) -> bool:
        """Whether ``other`` is inside this element (not the element itself)."""
        node = other._node.parent
        while node is not None:
            if node.mem_id == self._node.mem_id:
                return True
            node = node.parent
        return False

    def children(self) -> list[Element]:
        """The elements directly inside this one, in order (text and comments passed over)."""
        out: list[Element] = []
        child = self._node.child
        while child is not None:
            if str(child.tag)[:1] not in ("-", "_"):
                out.append(Element(child))
            child = child.next
        return out

    def own_text(self) -> str:
        """The text directly inside the element (its child elements' text left out)."""
        parts: list[str] = []
        child = self._node.child
        while child is not None:
            if str(child.tag) == "-text":
                parts.append(str(child.text_content or ""))
            child = child.next
        return "".join(parts)

    def text(self) -> str:
        """All text inside the element."""
        return str(self._node.text(deep=True, separator=" ") or "")

    def shown_text(self) -> str:
        """The text inside the element a reader sees: a script's, a style sheet's and a
        template's left out (:meth:`text` holds their code). One walk, no recursion."""
        parts: list[str] = []
        stack = [self._node.child]
        while stack:
            node = stack.pop()
            while node is not None:
                tag = str(node.tag)
                if tag == "-text":
                    parts.append(str(node.text_content or ""))
                elif tag not in _UNSHOWN and node.child is not None:
                    stack.append(node.next)
                    node = node.child
                    continue
                node = node.next
        return " ".join(parts)

    def inner_html(self) -> str:
        """The HTML inside the element (its own tags left out)."""
        parts: list[str] = []
        child = self._node.child
        while child is not None:
            parts.append(str(child.html or ""))
            child = child.next
        return "".join(parts)

    def events(self, skip: frozenset[str] = frozenset(), *, comments: bool = False
               ) -> Iterator[StartTag | Text | EndTag | Comment]:
        """Start, text and end events of the element and everything inside it; comments are
        left out unless ``comments``, and so are the insides of elements whose tag is in
        ``skip``."""
        stack: list[tuple[LexborNode, bool]] = [(self._node, False)]
        while stack:
            node, done = stack.pop()
            tag = str(node.tag)
            if done:
                yield EndTag(tag)
                continue
            if tag == "-text":
                yield Text(str(node.text_content or ""))
                continue
            if comments and tag in ("-comment", "_comment"):
                raw = str(node.html or "")
                yield Comment(raw.removeprefix("<!--").removesuffix("-->"))
                continue
            if tag.startswith("-") or tag == "_comment":
                continue
            attrs = {str(k).lower(): str(v) if v is not None else ""
                     for k, v in node.attributes.items()}
            children = []
            child = node.child
            while child is not None and tag not in skip:
                children.append(child)
                child = child.next
            inside = ("td", "th") if tag == "tr" else ("li",) if tag == "ol" else ()
            cells = sum(1 for c in children if c.tag in inside) if inside else 0
            yield StartTag(tag, attrs, cells)
            stack.append((node, True))
            if tag in skip:
                continue
            stack.extend((c, False) for c in reversed(children))


_READINGS = "rt, rp, rtc"
"""A ruby's reading (``<rt>``, in a container ``<rtc>`` or not) and the brackets round it
for a browser without ruby (``<rp>``): the furigana a Japanese page sets over 主権."""


def _base_text_only(tree: LexborHTMLParser) -> None:
    """The page with its ruby readings out and each ruby's base text run into the text
    round it (``<ruby>停戦<rt>ていせん</rt></ruby>案`` reads ``停戦案`` wherever its text is
    taken: the walk, a heading read as the title, a table's cell), never the draft's."""
    for node in tree.css(_READINGS):
        node.decompose()
    tree.unwrap_tags(["ruby", "rb"])
    tree.merge_text_nodes()


_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
"""Elements whose text a reader never sees (:meth:`Element.shown_text`)."""
_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
_FLIGHT_PUSH = re.compile(r"^\s*self\.__next_f\.push\((?P<args>\[.*\])\)\s*;?\s*$", re.DOTALL)
"""A chunk of a Next.js App Router page's stream, as its script pushes it."""
_STATE_ASSIGNMENT = re.compile(
    r"\s*(?:<!--\s*)?(?:window\.|self\.)?(?P<name>__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__"
    r"|__APOLLO_STATE__|__INITIAL_DATA__|__DATA__)\s*=")
"""A script that sets a framework's page state: Nuxt 2's, a Redux or Vuex store's
(``__INITIAL_STATE__``, ``__PRELOADED_STATE__``), Apollo's cache."""
_ORIGINALS = ".google-src-text"
"""The original text a page saved from Google's page translator (its ``translate.goog``
proxy) keeps beside each translated phrase, shown on hover."""
_TRANSLATED = ("html.translated-ltr, html.translated-rtl, "
               "font[style*='vertical-align: inherit']")
"""A page a browser translated before it was saved: Chrome marks the ``<html>`` element and
wraps each translated phrase in ``<font style="vertical-align: inherit;">``."""


class HtmlDocument:
    """A parsed HTML page. A page saved from a page translator keeps its translation alone:
    the original beside each phrase is taken out (:attr:`translated`)."""

    def __init__(self, text: str) -> None:
        self._tree = LexborHTMLParser(text)
        if self._tree.css_first("ruby, rt, rtc") is not None:
            _base_text_only(self._tree)
        originals = self._tree.css(_ORIGINALS)
        for node in originals:
            node.decompose()
        self.translated = bool(originals) or self._tree.css_first(_TRANSLATED) is not None
        """Whether the page is a machine translation saved from a browser or a translator."""

    def select(self, css: str) -> list[Element]:
        return [Element(node) for node in self._tree.css(css)]

    def body(self) -> Element | None:
        body = self._tree.body
        return Element(body) if body is not None else None

    def title(self) -> str:
        node = self._tree.css_first("title")
        return str(node.text(deep=True) or "") if node is not None else ""

    def metas(self) -> dict[str, str]:
        """The ``content`` of the page's ``<meta>`` tags by their ``property``, ``name`` or
        ``itemprop`` (lower case; the first tag of each)."""
        found: dict[str, str] = {}
        for meta in self.select("meta[content]"):
            for attribute in ("property", "name", "itemprop"):
                key = (meta.attribute(attribute) or "").strip().lower()
                if key and key not in found:
                    found[key] = meta.attribute("content") or ""
        return found

    def linked_data(self) -> list[str]:
        """The text of the page's JSON-LD blocks (``<script type="application/ld+json">``)."""
        return self._scripts("application/ld+json")

    def json_data(self) -> list[str]:
        """The text of the page's JSON data blocks (``<script type="application/json">``: a
        framework's page state, Next.js' ``__NEXT_DATA__``)."""
        return self._scripts("application/json")

    def state_scripts(self) -> list[tuple[str, str]]:
        """The page's scripts that set a framework's page state on the window (Nuxt 2's
        ``window.__NUXT__=(function(…){…}(…))``, a store's ``window.__INITIAL_STATE__ =
        {…}``), each with the name it sets: read as text, never run."""
        found: list[tuple[str, str]] = []
        for text in self._scripts(*_SCRIPT_TYPES):
            assignment = _STATE_ASSIGNMENT.match(text)
            if assignment is not None:
                found.append((assignment.group("name"), text[assignment.end():]))
        return found

    def flight(self) -> str:
        """The stream a Next.js App Router page's scripts push (``self.__next_f.push([1,
        "…"])``, React's "flight" rows), its chunks joined in order; "" when there is none.
        Read as text, never run."""
        chunks: list[str] = []
        for text in self._scripts(*_SCRIPT_TYPES):
            pushed = _FLIGHT_PUSH.match(text)
            if pushed is None:
                continue
            try:
                value = json.loads(pushed.group("args"))
            except ValueError:
                continue
            if isinstance(value, list) and len(value) == 2 and value[0] == 1 \
                    and isinstance(value[1], str):
                chunks.append(value[1])
        return "".join(chunks)

    def _scripts(self, *kinds: str) -> list[str]:
        """The text of the page's scripts of these types (``type``, its parameters left
        out, in lower case; "" for a script that names none)."""
        return [e.text() for e in self.select("script")
                if (e.attribute("type") or "").split(";")[0].strip().lower() in kinds]
